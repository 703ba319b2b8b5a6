/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-checklist-section.h"
#include "koers-error-dialog.h"
#include "koers-form-dialog.h"
#include "koers-window.h"

/* The handover checklist of a dossier: what is arranged before the participant is handed
 * over to the partner. One row per item with a check to mark it done (today, by the person
 * at this workstation); its menu marks it not applicable (with a reason), changes the day,
 * who and the note, or removes an item that was added. The readiness figure counts done of
 * what applies. */

struct _KoersChecklistSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *start_button;
  AdwEntryRow         *add_row;
  GPtrArray           *rows;
  GVariant            *items;     /* as koers_store_list_checklist() gives them */

  KoersSession        *session;
  gint64               participant_id;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (KoersChecklistSection, koers_checklist_section, GTK_TYPE_WIDGET)

static KoersStore *
store (KoersChecklistSection *self)
{
  return koers_session_get_store (self->session);
}

static gboolean
writable (KoersChecklistSection *self)
{
  return self->session != NULL && !koers_store_is_read_only (store (self));
}

static void
add_toast (KoersChecklistSection *self,
           const char            *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), koers_window_new_undo_toast (store (self), title));
}

/* The item @id as listed; FALSE when it is gone. */
static gboolean
find_item (KoersChecklistSection *self,
           gint64                 id,
           const char           **title,
           const char           **status,
           const char           **date,
           const char           **who,
           const char           **note,
           const char           **source)
{
  GVariantIter iter;
  gint64 item_id;
  const char *t, *s, *d, *w, *n, *src;

  if (self->items == NULL)
    return FALSE;
  g_variant_iter_init (&iter, self->items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &item_id, &t, NULL, &s, &d, &w, &n,
                              &src, NULL))
    if (item_id == id)
      {
        *title = t;
        *status = s;
        *date = d;
        *who = w;
        *note = n;
        *source = src;
        return TRUE;
      }
  return FALSE;
}

static void
on_done_toggled_cb (GtkCheckButton        *check,
                    KoersChecklistSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "koers-id"));
  gboolean done = gtk_check_button_get_active (check);

  if (self->loading)
    return;
  if (!koers_store_set_checklist_item (store (self), id,
                                       done ? KOERS_CHECK_STATUS_DONE : KOERS_CHECK_STATUS_OPEN,
                                       NULL, done ? koers_store_get_actor (store (self)) : NULL,
                                       NULL, &error))
    koers_show_error (GTK_WIDGET (self), _("The Checklist Could Not Be Saved"), error);
}

static char *
describe (const char *status,
          const char *date,
          const char *who,
          const char *note,
          const char *guidance)
{
  g_autofree char *day = koers_date_format_user (date);
  g_autofree char *head = NULL;

  if (g_str_equal (status, "done"))
    /* Translators: "Done on 20-11-2026 by Els de Vries" */
    head = *who ? g_strdup_printf (_("Done on %s by %s"), day, who)
                : g_strdup_printf (_("Done on %s"), day);
  else if (g_str_equal (status, "not-applicable"))
    /* Translators: a checklist item that does not apply, and why */
    return g_strdup_printf (_("Not applicable: %s"), note);
  else
    return g_strdup (*note ? note : guidance);
  return *note ? g_strdup_printf ("%s · %s", head, note) : g_steal_pointer (&head);
}

static GMenuModel *
item_menu (gint64      id,
           const char *status,
           const char *source)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) details = g_menu_item_new (_("_Details…"), NULL);
  g_autoptr(GMenuItem) applies = NULL;

  g_menu_item_set_action_and_target_value (details, "checklist.details",
                                           g_variant_new_int64 (id));
  g_menu_append_item (menu, details);
  if (g_str_equal (status, "not-applicable"))
    {
      applies = g_menu_item_new (_("_Applies After All"), NULL);
      g_menu_item_set_action_and_target_value (applies, "checklist.applies",
                                               g_variant_new_int64 (id));
    }
  else
    {
      applies = g_menu_item_new (_("_Not Applicable…"), NULL);
      g_menu_item_set_action_and_target_value (applies, "checklist.not-applicable",
                                               g_variant_new_int64 (id));
    }
  g_menu_append_item (menu, applies);
  if (!g_str_equal (source, "template"))
    {
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

      g_menu_item_set_action_and_target_value (remove, "checklist.remove",
                                               g_variant_new_int64 (id));
      g_menu_append_item (menu, remove);
    }
  return G_MENU_MODEL (menu);
}

static void
load (KoersChecklistSection *self)
{
  g_autoptr(GError) error = NULL;
  GVariantIter iter;
  gint64 id;
  const char *title, *guidance, *status, *date, *who, *note, *source;
  gboolean started = FALSE;
  guint done, applicable;
  gint64 focused = 0;
  GtkWidget *refocus = NULL;

  /* Marking an item rebuilds the rows; the keyboard stays on the item it was on. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = self->rows->pdata[i];
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "koers-check");
      GtkRoot *root = gtk_widget_get_root (row);
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row)))
        focused = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "koers-id"));
    }
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->items, g_variant_unref);

  self->items = koers_store_list_checklist (store (self), self->participant_id, &error);
  if (self->items == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Handover Checklist Could Not Be Read"), error);
      return;
    }

  self->loading = TRUE;
  g_variant_iter_init (&iter, self->items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &id, &title, &guidance, &status,
                              &date, &who, &note, &source, NULL))
    {
      g_autofree char *subtitle = describe (status, date, who, note, guidance);
      g_autoptr(GMenuModel) menu = item_menu (id, status, source);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *more = gtk_menu_button_new ();

      started |= g_str_equal (source, "template");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_str_equal (status, "done"));
      gtk_widget_set_sensitive (check, writable (self) && !g_str_equal (status, "not-applicable"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data (G_OBJECT (check), "koers-id", GSIZE_TO_POINTER (id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled_cb), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      if (g_str_equal (status, "not-applicable"))
        gtk_widget_add_css_class (row, "dim-label");

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), menu);
      gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (more, "flat");
      gtk_widget_set_tooltip_text (more, _("More About This Item"));
      gtk_widget_set_sensitive (more, writable (self));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), more);
      g_object_set_data (G_OBJECT (row), "koers-check", check);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      if (id == focused)
        refocus = gtk_widget_get_sensitive (check) ? check : row;
    }
  self->loading = FALSE;
  if (refocus != NULL)
    gtk_widget_grab_focus (refocus);

  /* The entry for an item of one's own stays last. */
  g_object_ref (self->add_row);
  adw_preferences_group_remove (self->group, GTK_WIDGET (self->add_row));
  adw_preferences_group_add (self->group, GTK_WIDGET (self->add_row));
  g_object_unref (self->add_row);
  gtk_widget_set_visible (GTK_WIDGET (self->add_row), started);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), writable (self));

  gtk_widget_set_visible (self->start_button, !started);
  gtk_widget_set_sensitive (self->start_button, writable (self));
  koers_checklist_readiness (self->items, &done, &applicable);
  if (!started)
    adw_preferences_group_set_description (self->group,
      _("What is arranged before the participant is handed over to the partner. Start the "
        "checklist when the handover comes in sight."));
  else
    {
      /* Translators: the readiness for handover, "Ready: 7 of 10 done" */
      g_autofree char *figure = g_strdup_printf (ngettext ("Ready: %u of %u item done",
                                                           "Ready: %u of %u items done",
                                                           applicable), done, applicable);
      adw_preferences_group_set_description (self->group, figure);
    }
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (!koers_store_start_checklist (store (self), self->participant_id, &error))
    {
      koers_show_error (widget, _("The Checklist Could Not Be Started"), error);
      return;
    }
  add_toast (self, _("Checklist started"));
}

static void
on_add_apply_cb (AdwEntryRow           *row,
                 KoersChecklistSection *self)
{
  g_autoptr(GError) error = NULL;

  if (koers_store_add_checklist_item (store (self), self->participant_id,
                                      gtk_editable_get_text (GTK_EDITABLE (row)), &error) == 0)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        {
          gtk_widget_add_css_class (GTK_WIDGET (row), "error");
          gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
          adw_preferences_group_set_description (self->group, error->message);
        }
      else
        koers_show_error (GTK_WIDGET (self), _("The Item Could Not Be Added"), error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  add_toast (self, _("Item added"));
}

/* ---- the dialogs ---------------------------------------------------------------------- */

static void open_details (KoersChecklistSection *self,
                          gint64                 id,
                          KoersCheckStatus       status,
                          const char            *date,
                          const char            *who,
                          const char            *note,
                          const char            *problem);

static void
on_details_response_cb (AdwMessageDialog      *dialog,
                        const char            *response,
                        KoersChecklistSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "koers-id"));
  KoersCheckStatus status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog),
                                                                "koers-status"));
  const char *date_text = koers_form_dialog_get_text (GTK_WIDGET (dialog), "koers-date");
  g_autofree char *date = date_text ? koers_date_parse_user (date_text, FALSE) : NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (date_text != NULL && (date == NULL || *date == '\0'))
    g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                         _("Type the date as day-month-year, such as 20-11-2026."));
  else
    koers_store_set_checklist_item (store (self), id, status, date,
                                    koers_form_dialog_get_text (GTK_WIDGET (dialog), "koers-who"),
                                    koers_form_dialog_get_text (GTK_WIDGET (dialog), "koers-note"),
                                    &error);
  if (error == NULL)
    {
      add_toast (self, status == KOERS_CHECK_STATUS_NOT_APPLICABLE ? _("Marked as not applicable")
                                                                   : _("Saved"));
      return;
    }
  if (!g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
    {
      koers_show_error (GTK_WIDGET (self), _("The Checklist Could Not Be Saved"), error);
      return;
    }
  /* Ask again with what was typed, and what was wrong with it. */
  open_details (self, id, status, date_text,
                koers_form_dialog_get_text (GTK_WIDGET (dialog), "koers-who"),
                koers_form_dialog_get_text (GTK_WIDGET (dialog), "koers-note"), error->message);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *text != '\0');
}

static void
open_details (KoersChecklistSection *self,
              gint64                 id,
              KoersCheckStatus       status,
              const char            *date,
              const char            *who,
              const char            *note,
              const char            *problem)
{
  const char *title = NULL, *current = NULL, *d = NULL, *w = NULL, *n = NULL, *source = NULL;
  GtkWidget *dialog, *note_entry;
  g_autofree char *shown_date = NULL;

  if (!find_item (self, id, &title, &current, &d, &w, &n, &source))
    return;
  dialog = koers_form_dialog_new (GTK_WIDGET (self),
                                  status == KOERS_CHECK_STATUS_NOT_APPLICABLE
                                  ? _("Not Applicable?") : _("Checklist Item"),
                                  title, problem, "save", _("_Save"));
  if (status != KOERS_CHECK_STATUS_OPEN)
    {
      g_autofree char *today = koers_today_iso ();

      shown_date = date ? g_strdup (date) : koers_date_format_user (*d ? d : today);
      koers_form_dialog_add_entry (dialog, "koers-date", _("_Date (day-month-year)"), shown_date);
    }
  if (status == KOERS_CHECK_STATUS_DONE)
    koers_form_dialog_add_entry (dialog, "koers-who", _("Done _by"), who ? who : w);
  note_entry = koers_form_dialog_add_entry (dialog, "koers-note",
                                            status == KOERS_CHECK_STATUS_NOT_APPLICABLE
                                            ? _("_Why it does not apply") : _("_Note"),
                                            note ? note : n);
  if (status == KOERS_CHECK_STATUS_NOT_APPLICABLE)
    {
      /* A reason is required: Save waits for one. */
      g_signal_connect_object (note_entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog, 0);
      on_reason_changed_cb (GTK_EDITABLE (note_entry), ADW_MESSAGE_DIALOG (dialog));
      gtk_window_set_focus (GTK_WINDOW (dialog), note_entry);
    }
  g_object_set_data (G_OBJECT (dialog), "koers-id", GSIZE_TO_POINTER (id));
  g_object_set_data (G_OBJECT (dialog), "koers-status", GINT_TO_POINTER (status));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_details_response_cb), self, 0);
  /* For the tests, which answer it as a person would. */
  g_object_set_data (G_OBJECT (self), "dialog", dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (widget);
  const char *title, *status, *date, *who, *note, *source;
  int value = KOERS_CHECK_STATUS_OPEN;
  gint64 id = g_variant_get_int64 (parameter);

  if (!find_item (self, id, &title, &status, &date, &who, &note, &source))
    return;
  koers_enum_from_nick (KOERS_TYPE_CHECK_STATUS, status, &value);
  open_details (self, id, value, NULL, NULL, NULL, NULL);
}

static void
not_applicable_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (widget);

  open_details (self, g_variant_get_int64 (parameter), KOERS_CHECK_STATUS_NOT_APPLICABLE, NULL,
                NULL, "", NULL);
}

static void
applies_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (widget);
  g_autoptr(GError) error = NULL;

  if (!koers_store_set_checklist_item (store (self), g_variant_get_int64 (parameter),
                                       KOERS_CHECK_STATUS_OPEN, NULL, NULL, "", &error))
    koers_show_error (widget, _("The Checklist Could Not Be Saved"), error);
  else
    add_toast (self, _("Item applies again"));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (widget);
  g_autoptr(GError) error = NULL;

  if (!koers_store_delete_checklist_item (store (self), g_variant_get_int64 (parameter), &error))
    koers_show_error (widget, _("The Item Could Not Be Removed"), error);
  else
    add_toast (self, _("Item removed"));
}

static void
koers_checklist_section_dispose (GObject *object)
{
  KoersChecklistSection *self = KOERS_CHECKLIST_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_variant_unref);

  G_OBJECT_CLASS (koers_checklist_section_parent_class)->dispose (object);
}

static void
koers_checklist_section_class_init (KoersChecklistSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_checklist_section_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "checklist.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "checklist.details", "x", details_action);
  gtk_widget_class_install_action (widget_class, "checklist.not-applicable", "x",
                                   not_applicable_action);
  gtk_widget_class_install_action (widget_class, "checklist.applies", "x", applies_action);
  gtk_widget_class_install_action (widget_class, "checklist.remove", "x", remove_action);
}

static void
koers_checklist_section_init (KoersChecklistSection *self)
{
  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Handover Checklist"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->start_button = gtk_button_new_with_mnemonic (_("_Start Checklist"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "checklist.start");
  gtk_widget_set_valign (self->start_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (self->group, self->start_button);

  self->add_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add an item of your own"));
  adw_entry_row_set_show_apply_button (self->add_row, TRUE);
  g_signal_connect_object (self->add_row, "apply", G_CALLBACK (on_add_apply_cb), self, 0);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->add_row));
  /* For the tests. */
  g_object_set_data (G_OBJECT (self), "group", self->group);
  g_object_set_data (G_OBJECT (self), "start", self->start_button);
  g_object_set_data (G_OBJECT (self), "add", self->add_row);
  g_object_set_data (G_OBJECT (self), "rows", self->rows);
}

/**
 * koers_checklist_section_show:
 * @self: the section
 * @session: (nullable): the session
 * @participant_id: whose checklist
 *
 * Shows (or refreshes) a participant's handover checklist.
 */
void
koers_checklist_section_show (KoersChecklistSection *self,
                              KoersSession          *session,
                              gint64                 participant_id)
{
  g_return_if_fail (KOERS_IS_CHECKLIST_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  if (self->session != NULL && self->participant_id != 0)
    load (self);
}
