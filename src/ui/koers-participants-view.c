/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-dossier-view.h"
#include "koers-error-dialog.h"
#include "koers-participant-list.h"
#include "koers-participants-view.h"

/* The list of all participants: search and sort run in SQL (KoersParticipantList), the
 * column view only shows the rows on screen. */

typedef struct {
  KoersParticipantColumn  column;
  const char             *title;
  const char             *property;
  guint                   chars;     /* width in characters, so columns do not jump */
  gboolean                expand;
  gboolean                numeric;
} ColumnInfo;

static const ColumnInfo columns[] = {
  { KOERS_PARTICIPANT_COLUMN_CODE, N_("Dossier"), "code", 8, FALSE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_NAME, N_("Name"), "display-name", 20, TRUE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_COUNTRY, N_("Country"), "country-name", 13, FALSE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_PHASE, N_("Phase"), "phase-label", 20, FALSE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_TARGET_GROUP, N_("Target Group"), "target-group-label", 4, FALSE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_CASE_MANAGER, N_("Case Manager"), "case-manager-name", 17, FALSE, FALSE },
  { KOERS_PARTICIPANT_COLUMN_DAYS_IN_PHASE, N_("Days in Phase"), "days-in-phase", 5, FALSE, TRUE },
};

typedef struct {
  KoersParticipantsView *view;
  guint                  index;
} SortProbe;

struct _KoersParticipantsView
{
  KoersView             parent_instance;

  AdwLeaflet           *leaflet;
  KoersDossierView     *dossier_view;
  GtkWidget            *toolbar;
  GtkWidget            *filter_button;
  GtkDropDown          *phase_filter;
  GtkDropDown          *status_filter;
  GtkDropDown          *group_filter;
  GtkDropDown          *manager_filter;
  GtkCheckButton       *overdue_filter;
  GArray               *manager_ids;    /* per entry of manager_filter: -1 any, 0 none */
  gboolean              applying;       /* setting the filter widgets, not the user */
  GtkWidget            *toolbar_separator;
  GtkSearchEntry       *search_entry;
  GtkLabel             *count_label;
  GtkStack             *content_stack;
  GtkColumnView        *column_view;

  KoersParticipantList *list;
  GtkSingleSelection   *selection;
  GtkColumnViewColumn  *view_columns[G_N_ELEMENTS (columns)];
  SortProbe             probes[G_N_ELEMENTS (columns)];
  int                   probed_index;
};

G_DEFINE_FINAL_TYPE (KoersParticipantsView, koers_participants_view, KOERS_TYPE_VIEW)

static void
update_state (KoersParticipantsView *self)
{
  guint shown = self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gint64 total = self->list ? koers_participant_list_get_total (self->list) : 0;
  g_autofree char *text = NULL;

  if (total == 0)
    text = g_strdup ("");
  else if (shown == total)
    text = g_strdup_printf (ngettext ("%'u participant", "%'u participants", shown), shown);
  else
    {
      g_autofree char *all = g_strdup_printf ("%'" G_GINT64_FORMAT, total);
      /* Translators: "12 of 4,321 participants", shown above the list while searching;
       * %s is the number of all participants */
      text = g_strdup_printf (ngettext ("%'u of %s participant", "%'u of %s participants",
                                        total), shown, all);
    }
  gtk_label_set_label (self->count_label, text);
  /* Nothing to search or open in an empty database. */
  gtk_widget_set_visible (self->toolbar, total > 0);
  gtk_widget_set_visible (self->toolbar_separator, total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->dossier_view), total > 0);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "welcome");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "list");
}

static void
on_list_items_changed_cb (KoersParticipantsView *self)
{
  gint64 open_id = koers_dossier_view_get_participant_id (self->dossier_view);

  update_state (self);

  /* A reload replaces the row objects, which drops GTK's selection: select the open
   * participant again if the list still shows them. */
  if (open_id != 0 && gtk_single_selection_get_selected_item (self->selection) == NULL)
    {
      guint position = koers_participant_list_find (self->list, open_id);
      if (position != G_MAXUINT)
        gtk_single_selection_set_selected (self->selection, position);
    }
}

static void
on_list_failed_cb (KoersParticipantsView *self,
                   const GError          *error)
{
  koers_show_error (GTK_WIDGET (self), _("The Participant List Could Not Be Read"), error);
}

static void
on_selection_changed_cb (KoersParticipantsView *self)
{
  KoersParticipant *p = gtk_single_selection_get_selected_item (self->selection);

  /* Losing the selection (a reload, a search that hides the row) keeps the dossier open. */
  if (p != NULL)
    koers_dossier_view_set_participant_id (self->dossier_view, koers_participant_get_id (p));
}

static void
on_column_view_activate_cb (KoersParticipantsView *self,
                            guint                  position)
{
  gtk_single_selection_set_selected (self->selection, position);
  /* On a narrow window the dossier takes the place of the list. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->dossier_view));
}

static void
on_leaflet_folded_cb (KoersParticipantsView *self)
{
  koers_dossier_view_set_show_back (self->dossier_view, adw_leaflet_get_folded (self->leaflet));
}

static void
on_dossier_back_cb (KoersParticipantsView *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
}

static void
on_search_entry_search_changed_cb (KoersParticipantsView *self)
{
  if (self->list != NULL)
    koers_participant_list_set_search (self->list,
                                       gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_entry_activate_cb (KoersParticipantsView *self)
{
  /* Enter in the search moves to the first match. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
}

static void
on_search_entry_stop_search_cb (KoersParticipantsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Escape clears the search first, then hands the keyboard back to the list. */
  if (text != NULL && *text != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const ColumnInfo *info = user_data;
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), info->expand ? 10 : info->chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), info->chars);
  if (info->numeric)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
      gtk_widget_add_css_class (cell, "numeric");
    }
  /* For focus_row(): which row a cell shows. */
  g_object_set_data (G_OBJECT (cell), "koers-list-item", item);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  const ColumnInfo *info = user_data;
  GObject *participant = gtk_list_item_get_item (item);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) text = G_VALUE_INIT;

  g_autofree char *isolated = NULL;

  g_value_init (&text, G_TYPE_STRING);
  g_object_get_property (participant, info->property, &value);
  if (G_VALUE_HOLDS_INT (&value) && g_value_get_int (&value) < 0)
    g_value_set_string (&text, "");
  else
    g_value_transform (&value, &text);

  /* A left-to-right mark with a first-strong isolate keeps an Arabic name right to left, yet
   * aligned with the other rows of its column instead of at the far edge. */
  isolated = g_strconcat ("\u200e\u2068", g_value_get_string (&text) ? g_value_get_string (&text) : "",
                          "\u2069", NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), isolated);
}

/* GTK 4.8 has no public way to ask a GtkColumnViewSorter for its primary column (4.10 adds
 * gtk_column_view_sorter_get_primary_sort_column). It does consult the primary column's
 * sorter first and inverts its answer for descending order, so one comparison of two
 * dummies tells both: the probe records which column's sorter was asked. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortProbe *probe = user_data;

  probe->view->probed_index = probe->index;
  return GTK_ORDERING_SMALLER;
}

static void
on_sorter_changed_cb (KoersParticipantsView *self,
                      GtkSorterChange        change,
                      GtkSorter             *sorter)
{
  GSettings *settings;
  GtkOrdering ordering;
  KoersParticipantColumn column;
  gboolean descending;

  if (self->list == NULL)
    return;

  self->probed_index = -1;
  ordering = gtk_sorter_compare (sorter, self, self->column_view);
  if (self->probed_index < 0)
    return;

  column = columns[self->probed_index].column;
  descending = ordering == GTK_ORDERING_LARGER;
  koers_participant_list_set_sort (self->list, column, descending);

  settings = koers_session_get_settings (koers_view_get_session (KOERS_VIEW (self)));
  if (settings != NULL)
    {
      g_settings_set_enum (settings, "participants-sort-column", column);
      g_settings_set_boolean (settings, "participants-sort-descending", descending);
    }
}

static void
add_columns (KoersParticipantsView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = NULL;
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), (gpointer) &columns[i]);

      self->probes[i].view = self;
      self->probes[i].index = i;
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, &self->probes[i], NULL));

      column = gtk_column_view_column_new (_(columns[i].title), g_steal_pointer (&factory));
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->column_view, column);
      self->view_columns[i] = column;
      g_object_unref (column);
    }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
fill_drop_down (GtkDropDown *drop_down,
                const char  *any,
                const char  *(*label) (int),
                int          n_values)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, any);
  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (names, label (i));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
}

static const char *
phase_label (int phase)
{
  return koers_phase_get_label (phase);
}

static const char *
status_label (int status)
{
  return koers_status_get_label (status);
}

static const char *
group_label (int group)
{
  return group == KOERS_TARGET_GROUP_UNKNOWN ? _("Not assessed")
                                             : koers_target_group_get_label (group);
}

static int
nick_index (GType type, const char *nick)
{
  int value;
  return koers_enum_from_nick (type, nick, &value) ? value + 1 : 0;
}

/* The case managers in the filter: everyone, nobody, then the staff by name. */
static void
load_manager_filter (KoersParticipantsView *self,
                     gint64                 selected_id)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  gint64 any = -1, none = 0;
  guint selected = 0;

  g_array_set_size (self->manager_ids, 0);
  g_array_append_val (self->manager_ids, any);
  g_array_append_val (self->manager_ids, none);
  gtk_string_list_append (names, _("Any case manager"));
  gtk_string_list_append (names, _("No case manager"));
  if (selected_id == 0)
    selected = 1;
  if (session != NULL)
    staff = koers_store_list_staff (koers_session_get_store (session), NULL);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) member = g_list_model_get_item (staff, i);
      gint64 id = koers_staff_get_id (member);

      if (id == selected_id)
        selected = self->manager_ids->len;
      g_array_append_val (self->manager_ids, id);
      gtk_string_list_append (names, koers_staff_get_name (member));
    }
  gtk_drop_down_set_model (self->manager_filter, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->manager_filter, selected);
}

static void
read_filter (KoersParticipantsView  *self,
             KoersParticipantFilter *filter)
{
  guint manager = gtk_drop_down_get_selected (self->manager_filter);

  koers_participant_filter_init (filter);
  filter->phase = (int) gtk_drop_down_get_selected (self->phase_filter) - 1;
  filter->status = (int) gtk_drop_down_get_selected (self->status_filter) - 1;
  filter->target_group = (int) gtk_drop_down_get_selected (self->group_filter) - 1;
  filter->case_manager_id = manager < self->manager_ids->len
                            ? g_array_index (self->manager_ids, gint64, manager) : -1;
  filter->overdue_only = gtk_check_button_get_active (self->overdue_filter);
}

static void
on_filter_changed_cb (KoersParticipantsView *self)
{
  KoersParticipantFilter filter;
  GSettings *settings;

  if (self->applying || self->list == NULL)
    return;

  read_filter (self, &filter);
  koers_participant_list_set_filter (self->list, &filter);
  if (koers_participant_filter_is_active (&filter))
    gtk_widget_add_css_class (self->filter_button, "koers-filter-active");
  else
    gtk_widget_remove_css_class (self->filter_button, "koers-filter-active");

  settings = koers_session_get_settings (koers_view_get_session (KOERS_VIEW (self)));
  if (settings != NULL)
    {
      g_settings_delay (settings);
      g_settings_set_string (settings, "participants-filter-phase",
                             filter.phase < 0 ? "" : koers_enum_to_nick (KOERS_TYPE_PHASE,
                                                                          filter.phase));
      g_settings_set_string (settings, "participants-filter-status",
                             filter.status < 0 ? "" : koers_enum_to_nick (KOERS_TYPE_STATUS,
                                                                           filter.status));
      g_settings_set_string (settings, "participants-filter-target-group",
                             filter.target_group < 0 ? ""
                             : koers_enum_to_nick (KOERS_TYPE_TARGET_GROUP, filter.target_group));
      g_settings_set_int64 (settings, "participants-filter-case-manager", filter.case_manager_id);
      g_settings_set_boolean (settings, "participants-filter-overdue", filter.overdue_only);
      g_settings_apply (settings);
    }
}

static void
on_clear_filters_clicked_cb (KoersParticipantsView *self)
{
  self->applying = TRUE;
  gtk_drop_down_set_selected (self->phase_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->group_filter, 0);
  gtk_drop_down_set_selected (self->manager_filter, 0);
  gtk_check_button_set_active (self->overdue_filter, FALSE);
  self->applying = FALSE;
  on_filter_changed_cb (self);
}

/* The filter as the settings keep it, shown in the widgets. */
static void
restore_filter (KoersParticipantsView *self,
                GSettings             *settings)
{
  g_autofree char *phase = NULL;
  g_autofree char *status = NULL;
  g_autofree char *group = NULL;

  self->applying = TRUE;
  if (settings != NULL)
    {
      phase = g_settings_get_string (settings, "participants-filter-phase");
      status = g_settings_get_string (settings, "participants-filter-status");
      group = g_settings_get_string (settings, "participants-filter-target-group");
    }
  gtk_drop_down_set_selected (self->phase_filter, nick_index (KOERS_TYPE_PHASE, phase));
  gtk_drop_down_set_selected (self->status_filter, nick_index (KOERS_TYPE_STATUS, status));
  gtk_drop_down_set_selected (self->group_filter, nick_index (KOERS_TYPE_TARGET_GROUP, group));
  load_manager_filter (self, settings ? g_settings_get_int64 (settings,
                                                              "participants-filter-case-manager")
                                      : -1);
  gtk_check_button_set_active (self->overdue_filter,
                               settings && g_settings_get_boolean (settings,
                                                                   "participants-filter-overdue"));
  self->applying = FALSE;
}

static void
on_session_changed_cb (KoersParticipantsView *self)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  GSettings *settings;
  KoersParticipantColumn sort_column = KOERS_PARTICIPANT_COLUMN_CODE;
  gboolean descending = FALSE;

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  gtk_single_selection_set_model (self->selection, NULL);
  koers_dossier_view_set_session (self->dossier_view, session);
  /* Adding to a database opened read-only could only fail: grey out the buttons. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.new",
                                 session == NULL
                                 || !koers_store_is_read_only (koers_session_get_store (session)));

  if (session == NULL)
    {
      update_state (self);
      return;
    }

  settings = koers_session_get_settings (session);
  if (settings != NULL)
    {
      sort_column = g_settings_get_enum (settings, "participants-sort-column");
      descending = g_settings_get_boolean (settings, "participants-sort-descending");
    }

  self->list = g_object_new (KOERS_TYPE_PARTICIPANT_LIST,
                             "store", koers_session_get_store (session),
                             "search", gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                             "sort-column", sort_column,
                             "sort-descending", descending,
                             NULL);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::total", G_CALLBACK (on_list_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "failed", G_CALLBACK (on_list_failed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  restore_filter (self, settings);
  on_filter_changed_cb (self);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (columns[i].column == sort_column)
      gtk_column_view_sort_by_column (self->column_view, self->view_columns[i],
                                      descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  update_state (self);
}

/**
 * koers_participants_view_add_participant:
 * @self: a participant view
 * @given_name: the given name, required
 * @family_name: (nullable): the family name
 * @error: return location for an error
 *
 * Adds a participant in outreach from today and opens the dossier.
 *
 * Returns: %TRUE when added.
 */
gboolean
koers_participants_view_add_participant (KoersParticipantsView  *self,
                                         const char             *given_name,
                                         const char             *family_name,
                                         GError                **error)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  g_autoptr(KoersParticipant) p = NULL;
  guint position;

  g_return_val_if_fail (KOERS_IS_PARTICIPANTS_VIEW (self), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", given_name,
                    "family-name", family_name, NULL);
  if (!koers_store_add_participant (koers_session_get_store (session), p, error))
    return FALSE;

  /* Show the new dossier, in the list too unless the search hides it. */
  koers_dossier_view_set_participant_id (self->dossier_view, koers_participant_get_id (p));
  position = koers_participant_list_find (self->list, koers_participant_get_id (p));
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->dossier_view));
  return TRUE;
}

static void
on_new_name_changed_cb (AdwMessageDialog *dialog,
                        GtkEditable      *given)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (given)));

  adw_message_dialog_set_response_enabled (dialog, "add", *name != '\0');
}

static void
on_new_entry_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    adw_message_dialog_response (dialog, "add");
}

static void
on_new_dialog_response_cb (AdwMessageDialog      *dialog,
                           const char            *response,
                           KoersParticipantsView *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *given = g_object_get_data (G_OBJECT (dialog), "given");
  GtkEditable *family = g_object_get_data (G_OBJECT (dialog), "family");

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (!koers_participants_view_add_participant (self, gtk_editable_get_text (given),
                                                gtk_editable_get_text (family), &error))
    koers_show_error (GTK_WIDGET (self), _("The Participant Could Not Be Added"), error);
}

static void
new_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KoersParticipantsView *self = KOERS_PARTICIPANTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *list, *given, *family;

  if (koers_view_get_session (KOERS_VIEW (self)) == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("New Participant"),
                                   _("The dossier starts in outreach, today. Everything else "
                                     "can be filled in afterwards."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  given = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (given), _("Given name"));
  family = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (family), _("Family name"));
  gtk_list_box_append (GTK_LIST_BOX (list), given);
  gtk_list_box_append (GTK_LIST_BOX (list), family);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_object_set_data (G_OBJECT (dialog), "given", given);
  g_object_set_data (G_OBJECT (dialog), "family", family);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_swapped (given, "changed", G_CALLBACK (on_new_name_changed_cb), dialog);
  g_signal_connect_swapped (given, "entry-activated", G_CALLBACK (on_new_entry_activated_cb),
                            dialog);
  g_signal_connect_swapped (family, "entry-activated", G_CALLBACK (on_new_entry_activated_cb),
                            dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (given);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersParticipantsView *self = KOERS_PARTICIPANTS_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
focus_search_if_idle_cb (gpointer data)
{
  KoersParticipantsView *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Start in the search, unless the keyboard is already somewhere in this view. Not in a
   * hidden search (an empty database): the keyboard would be stuck there, Tab included. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->search_entry))
      && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return G_SOURCE_REMOVE;
}

/* Typing anywhere in the window searches, while this view is the one shown. */
static void
koers_participants_view_map (GtkWidget *widget)
{
  KoersParticipantsView *self = KOERS_PARTICIPANTS_VIEW (widget);

  GTK_WIDGET_CLASS (koers_participants_view_parent_class)->map (widget);
  gtk_search_entry_set_key_capture_widget (self->search_entry,
                                           GTK_WIDGET (gtk_widget_get_root (widget)));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_search_if_idle_cb, g_object_ref (self),
                   g_object_unref);
}

static void
koers_participants_view_unmap (GtkWidget *widget)
{
  KoersParticipantsView *self = KOERS_PARTICIPANTS_VIEW (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  GTK_WIDGET_CLASS (koers_participants_view_parent_class)->unmap (widget);
}

static void
koers_participants_view_dispose (GObject *object)
{
  KoersParticipantsView *self = KOERS_PARTICIPANTS_VIEW (object);

  /* Removing the columns changes the view's sorter: nothing may re-sort or reload then. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_single_selection_set_model (self->selection, NULL);
    }
  g_clear_object (&self->list);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PARTICIPANTS_VIEW);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->manager_ids, g_array_unref);

  G_OBJECT_CLASS (koers_participants_view_parent_class)->dispose (object);
}

static void
koers_participants_view_class_init (KoersParticipantsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_participants_view_dispose;
  widget_class->map = koers_participants_view_map;
  widget_class->unmap = koers_participants_view_unmap;

  g_type_ensure (KOERS_TYPE_DOSSIER_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-participants-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, dossier_view);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, phase_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, group_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, manager_filter);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, overdue_filter);
  gtk_widget_class_bind_template_child_full (widget_class, "clear_filters_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, toolbar_separator);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersParticipantsView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dossier_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "participants.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "participants.new", NULL, new_participant_action);


}

static void
koers_participants_view_init (KoersParticipantsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  self->manager_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->applying = TRUE;
  fill_drop_down (self->phase_filter, _("Any phase"), phase_label, KOERS_N_PHASES);
  fill_drop_down (self->status_filter, _("Any status"), status_label,
                  KOERS_STATUS_DECEASED + 1);
  fill_drop_down (self->group_filter, _("Any target group"), group_label,
                  KOERS_TARGET_GROUP_2B + 1);
  {
    g_autoptr(GtkExpression) expression =
      gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
    gtk_drop_down_set_expression (self->manager_filter, expression);
  }
  load_manager_filter (self, -1);
  self->applying = FALSE;
  {
    GtkDropDown *drop_downs[] = { self->phase_filter, self->status_filter, self->group_filter,
                                  self->manager_filter };
    for (guint i = 0; i < G_N_ELEMENTS (drop_downs); i++)
      g_signal_connect_object (drop_downs[i], "notify::selected",
                               G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->overdue_filter, "toggled",
                             G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  }

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (on_column_view_activate_cb), self, G_CONNECT_SWAPPED);
  on_leaflet_folded_cb (self);
  add_columns (self);


  g_signal_connect (self, "notify::session", G_CALLBACK (on_session_changed_cb), NULL);
  update_state (self);
}

/**
 * koers_participants_view_new:
 * @session: (nullable): the session to show
 *
 * Returns: (transfer floating): a new participant list view.
 */
GtkWidget *
koers_participants_view_new (KoersSession *session)
{
  return g_object_new (KOERS_TYPE_PARTICIPANTS_VIEW, "session", session, NULL);
}

/**
 * koers_participants_view_set_search_text:
 * @self: a participant view
 * @text: what to search for
 *
 * Searches as if @text had been typed, without the typing delay.
 */
void
koers_participants_view_set_search_text (KoersParticipantsView *self,
                                         const char            *text)
{
  GtkEditable *editable = GTK_EDITABLE (self->search_entry);
  const char *old = gtk_editable_get_text (editable);
  int keep = 0;
  int position;

  g_return_if_fail (text != NULL);

  /* Edit only the end that differs, as typing a key or Backspace does. */
  while (old[keep] != '\0' && old[keep] == text[keep])
    keep++;
  while (keep > 0 && (old[keep] & 0xc0) == 0x80)
    keep--;
  keep = g_utf8_pointer_to_offset (old, old + keep);
  position = keep;

  gtk_search_entry_set_search_delay (self->search_entry, 0);
  gtk_editable_delete_text (editable, keep, -1);
  gtk_editable_insert_text (editable, g_utf8_offset_to_pointer (text, keep), -1, &position);
  /* search-changed comes from a timeout even without delay; search now. */
  on_search_entry_search_changed_cb (self);
}

/**
 * koers_participants_view_get_n_shown:
 * @self: a participant view
 *
 * Returns: how many participants the list shows.
 */
guint
koers_participants_view_get_n_shown (KoersParticipantsView *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANTS_VIEW (self), 0);
  return self->list ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
}

/* GTK 4.8 can neither scroll a column view to a row nor put the keyboard on one (4.12
 * can). Its inner list view has the "list.scroll-to-item" action, which also creates the
 * row's widget; that widget takes the focus as a click would, and the list follows it. */
static void
focus_row (KoersParticipantsView *self,
           guint                  position)
{
  GtkWidget *list = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      list = child;
  if (list == NULL)
    return;

  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cell = gtk_widget_get_first_child (row);
      GtkWidget *content = cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
      GtkListItem *item = content != NULL ? g_object_get_data (G_OBJECT (content),
                                                               "koers-list-item") : NULL;

      if (item != NULL && gtk_list_item_get_position (item) == position)
        {
          gtk_widget_grab_focus (row);
          return;
        }
    }
}

/**
 * koers_participants_view_open_participant:
 * @self: a participant view
 * @participant_id: the participant to show
 *
 * Opens the dossier of @participant_id and selects them in the list, as if the user had
 * chosen them there. When the search or the filters hide them, those are cleared first, so
 * that the dossier never opens without its row in the list.
 */
void
koers_participants_view_open_participant (KoersParticipantsView *self,
                                          gint64                 participant_id)
{
  guint position;

  g_return_if_fail (KOERS_IS_PARTICIPANTS_VIEW (self));

  if (self->list == NULL)
    return;

  position = koers_participant_list_find (self->list, participant_id);
  if (position == G_MAXUINT)
    {
      koers_participants_view_set_search_text (self, "");
      on_clear_filters_clicked_cb (self);
      position = koers_participant_list_find (self->list, participant_id);
    }

  koers_dossier_view_set_participant_id (self->dossier_view, participant_id);
  if (position != G_MAXUINT)
    {
      gtk_single_selection_set_selected (self->selection, position);
      /* The keyboard goes to the row, as if it had been chosen there (and not to the
       * search, where a view that was just shown starts). */
      focus_row (self, position);
    }
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->dossier_view));
}
