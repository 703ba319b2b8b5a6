/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-error-dialog.h"
#include "koers-score-view.h"
#include "koers-window.h"

/* The score-list overview: which list new assessments are made with (and importing a new
 * version of it), how the active participants spread over the categories, and who is due
 * for an assessment. A few queries of the store; read again after each change while the
 * view is shown. */

/* Rows for the participants who are due: enough to work through, not thousands of widgets. */
#define MAX_DUE_ROWS 100

/* A score list is some tens of kilobytes; a file far larger is the wrong file, and is not
 * read into memory. */
#define MAX_FILE_SIZE (1024 * 1024)

/* The rows of the distribution: the four categories (in KoersScoreCategory order), then
 * those without an assessment (counts[4] of the overview), then high and severe together. */
enum {
  ROW_NONE = KOERS_SCORE_CATEGORY_SEVERE + 1,
  ROW_VERY_VULNERABLE,
  N_CATEGORY_ROWS
};

static const char *bar_classes[N_CATEGORY_ROWS] = {
  "koers-low", "koers-moderate", "koers-high", "koers-severe", "koers-none", "koers-severe",
};

struct _KoersScoreView
{
  KoersView             parent_instance;

  GtkStack             *state_stack;
  GtkBox               *overview_box;
  AdwClamp             *empty_clamp;
  AdwPreferencesGroup  *list_group;
  AdwActionRow         *list_row;
  AdwPreferencesGroup  *category_group;
  GtkListBox           *category_list;
  AdwPreferencesGroup  *due_group;
  GtkListBox           *due_list;

  GtkLevelBar          *bars[N_CATEGORY_ROWS];
  GtkLabel             *count_labels[N_CATEGORY_ROWS];
  GtkLabel             *share_labels[N_CATEGORY_ROWS];

  KoersStore           *store;
  GtkFileChooserNative *chooser;
  guint                 reload_source;
  gboolean              stale;      /* the store changed while the view was hidden */
};

G_DEFINE_FINAL_TYPE (KoersScoreView, koers_score_view, KOERS_TYPE_VIEW)

enum {
  OPEN_PARTICIPANT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_category_row (KoersScoreView *self,
                  guint           index,
                  const char     *title,
                  const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *share = gtk_label_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Without the low/high offsets the bar has one colour, per category (style.css), rather
   * than GTK's colours for a low or high level, which would read as a verdict on the share. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (bar, bar_classes[index]);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);

  /* Fixed widths keep the bars of all rows in one column. */
  gtk_label_set_width_chars (GTK_LABEL (count), 6);
  gtk_label_set_xalign (GTK_LABEL (count), 1.0);
  gtk_widget_add_css_class (count, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (share), 5);
  gtk_label_set_xalign (GTK_LABEL (share), 1.0);
  gtk_widget_add_css_class (share, "numeric");
  gtk_widget_add_css_class (share, "dim-label");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), share);
  gtk_list_box_append (self->category_list, row);

  self->bars[index] = GTK_LEVEL_BAR (bar);
  self->count_labels[index] = GTK_LABEL (count);
  self->share_labels[index] = GTK_LABEL (share);
}

static void
show_category (KoersScoreView *self,
               guint           index,
               gint64          count,
               gint64          total)
{
  double share = total > 0 ? (double) count / (double) total : 0.0;
  g_autofree char *count_text = g_strdup_printf ("%'" G_GINT64_FORMAT, count);
  /* Translators: a share of the active participants, such as "34%" */
  g_autofree char *share_text = g_strdup_printf (_("%d%%"), (int) (share * 100.0 + 0.5));

  gtk_level_bar_set_value (self->bars[index], share);
  gtk_label_set_label (self->count_labels[index], count_text);
  gtk_label_set_label (self->share_labels[index], share_text);
}

static void
show_categories (KoersScoreView *self,
                 const gint64    counts[5],
                 gint64          total)
{
  g_autofree char *description = NULL;

  for (guint i = 0; i <= ROW_NONE; i++)
    show_category (self, i, counts[i], total);
  show_category (self, ROW_VERY_VULNERABLE,
                 counts[KOERS_SCORE_CATEGORY_HIGH] + counts[KOERS_SCORE_CATEGORY_SEVERE], total);

  description = g_strdup_printf (ngettext ("%'d active participant, by the category of their "
                                           "latest finished assessment.",
                                           "%'d active participants, by the category of their "
                                           "latest finished assessment.", total),
                                 (int) total);
  adw_preferences_group_set_description (self->category_group, description);
}

static void
clear_list_box (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* The finished date of the participant's latest assessment, or %NULL. */
static char *
dup_last_assessed (KoersStore *store,
                   gint64      participant_id)
{
  g_autoptr(GListModel) assessments = koers_store_list_assessments (store, participant_id, NULL);

  for (guint i = 0; assessments != NULL && i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(KoersAssessment) assessment = g_list_model_get_item (assessments, i);

      if (koers_assessment_is_finished (assessment))
        return g_strdup (koers_assessment_get_finished_date (assessment));
    }
  return NULL;
}

static GtkWidget *
new_due_row (KoersStore *store,
             gint64      participant_id)
{
  g_autoptr(KoersParticipant) participant = koers_store_get_participant (store, participant_id,
                                                                          NULL);
  g_autofree char *name = NULL;
  g_autofree char *last = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Gone since the overview was read: the next reload follows. */
  if (participant == NULL)
    return NULL;

  name = koers_participant_dup_display_name (participant);
  last = dup_last_assessed (store, participant_id);
  if (last == NULL)
    when = g_strdup (_("No assessment yet"));
  else
    {
      g_autofree char *date = koers_date_format_user (last);
      /* Translators: %s is the date of the participant's latest assessment, "24-05-2026" */
      when = g_strdup_printf (_("Last assessed %s"), date);
    }
  subtitle = g_strdup_printf ("%s · %s", koers_participant_get_code (participant), when);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "koers-participant-id",
                          g_memdup2 (&participant_id, sizeof participant_id), g_free);
  return row;
}

static void
add_note_row (KoersScoreView *self,
              const char     *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (self->due_list, row);
}

static void
show_due (KoersScoreView *self,
          GArray         *due)
{
  g_autofree char *description = NULL;
  guint shown = MIN (due->len, MAX_DUE_ROWS);

  clear_list_box (self->due_list);
  for (guint i = 0; i < shown; i++)
    {
      GtkWidget *row = new_due_row (self->store, g_array_index (due, gint64, i));

      if (row != NULL)
        gtk_list_box_append (self->due_list, row);
    }
  if (due->len > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %'u more participant",
                                                         "And %'u more participants",
                                                         due->len - shown),
                                               due->len - shown);
      add_note_row (self, more);
    }
  else if (due->len == 0)
    add_note_row (self, _("Everyone has been assessed in the last six months."));

  if (due->len > 0)
    description = g_strdup_printf (ngettext ("%'u active participant has no finished "
                                             "assessment, or one older than six months. "
                                             "Longest waiting first.",
                                             "%'u active participants have no finished "
                                             "assessment, or one older than six months. "
                                             "Longest waiting first.", due->len),
                                   due->len);
  adw_preferences_group_set_description (self->due_group, description);
}

/* With no active participants there is nothing to count: a status page says so, and the
 * current list moves onto it, so that a list can still be imported before anyone is
 * assessed. */
static void
show_state (KoersScoreView *self,
            gboolean        empty)
{
  GtkWidget *group = GTK_WIDGET (self->list_group);
  gboolean on_empty_page = gtk_widget_get_parent (group) == GTK_WIDGET (self->empty_clamp);

  if (empty != on_empty_page)
    {
      g_object_ref (group);
      if (empty)
        {
          gtk_box_remove (self->overview_box, group);
          adw_clamp_set_child (self->empty_clamp, group);
        }
      else
        {
          adw_clamp_set_child (self->empty_clamp, NULL);
          gtk_box_prepend (self->overview_box, group);
        }
      g_object_unref (group);
    }
  gtk_stack_set_visible_child_name (self->state_stack, empty ? "empty" : "overview");
}

static void
reload (KoersScoreView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  g_autoptr(GArray) due = NULL;
  g_autofree char *version = NULL;
  gint64 counts[5] = { 0 };
  gint64 total = 0;

  self->stale = FALSE;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store == NULL)
    {
      clear_list_box (self->due_list);
      show_state (self, TRUE);
      return;
    }

  list = koers_store_get_current_score_list (self->store, NULL, &error);
  if (list != NULL)
    due = koers_store_get_score_overview (self->store, counts, &error);
  if (due == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Score Overview Could Not Be Read"), error);
      return;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list_row),
                                 koers_score_list_get_title (list));
  version = g_strdup_printf (_("Version %d"), koers_score_list_get_version (list));
  adw_action_row_set_subtitle (self->list_row, version);

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    total += counts[i];
  show_categories (self, counts, total);
  show_due (self, due);
  show_state (self, total == 0);
}

static gboolean
reload_idle_cb (gpointer data)
{
  KoersScoreView *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* The overview reads every active participant: it is read only for a view that is shown,
 * and from an idle, so that one read follows a burst of changes. Ahead of the redraw, so
 * that the view never shows old figures. */
static void
queue_reload (KoersScoreView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle_cb, self, NULL);
}

static void
on_session_changed_cb (KoersScoreView *self)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  KoersStore *store = session ? koers_session_get_store (session) : NULL;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (queue_reload), self,
                             G_CONNECT_SWAPPED);
  /* Importing into a database opened read-only could only fail. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "score.import",
                                 self->store != NULL && !koers_store_is_read_only (self->store));
  queue_reload (self);
}

static void
on_due_list_row_activated_cb (KoersScoreView *self,
                              GtkListBoxRow  *row)
{
  const gint64 *participant_id = g_object_get_data (G_OBJECT (row), "koers-participant-id");

  if (participant_id != NULL)
    g_signal_emit (self, signals[OPEN_PARTICIPANT], 0, *participant_id);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        KoersScoreView  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    koers_score_view_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersScoreView *self = KOERS_SCORE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) lists = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Import Score List"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Suffixes rather than patterns: they also match "LIST.INI" from another system. */
  gtk_file_filter_set_name (lists, _("Score lists"));
  gtk_file_filter_add_suffix (lists, "ini");
  gtk_file_filter_add_suffix (lists, "txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), lists);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
show_import_error (KoersScoreView *self,
                   GFile          *file,
                   const GError   *error)
{
  const char *heading = _("The Score List Could Not Be Imported");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Errors of the database come with their own advice. */
  if (error->domain == KOERS_STORE_ERROR)
    {
      koers_show_error (GTK_WIDGET (self), heading, error);
      return;
    }

  /* Otherwise the trouble is the file, not the database: say that nothing changed, and what
   * to do about the file (the general "try again" advice would not help). */
  name = g_file_get_parse_name (file);
  if (error->domain == KOERS_SCORE_LIST_ERROR)
    advice = g_strdup_printf (_("Nothing was changed: new assessments are still made with the "
                                "current list. Correct “%s”, or ask whoever made it for a "
                                "corrected version."), name);
  else
    advice = g_strdup_printf (_("Nothing was changed. Check that “%s” is still there and that "
                                "you may read it."), name);
  body = g_strdup_printf ("%s\n\n%s", error->message, advice);

  dialog = koers_error_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   error);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
koers_score_view_map (GtkWidget *widget)
{
  KoersScoreView *self = KOERS_SCORE_VIEW (widget);

  GTK_WIDGET_CLASS (koers_score_view_parent_class)->map (widget);
  if (self->stale)
    queue_reload (self);
}

static void
koers_score_view_dispose (GObject *object)
{
  KoersScoreView *self = KOERS_SCORE_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_SCORE_VIEW);

  G_OBJECT_CLASS (koers_score_view_parent_class)->dispose (object);
}

static void
koers_score_view_class_init (KoersScoreViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_score_view_dispose;
  widget_class->map = koers_score_view_map;

  /**
   * KoersScoreView::open-participant:
   * @self: the view
   * @participant_id: the participant to show
   *
   * The user asked to open a participant's dossier, from the list of who is due for an
   * assessment. The window, which knows where dossiers are shown, handles it.
   */
  signals[OPEN_PARTICIPANT] =
    g_signal_new ("open-participant", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-score-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, overview_box);
  gtk_widget_class_bind_template_child_full (widget_class, "empty_page", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, empty_clamp);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, list_group);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, list_row);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, category_group);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, category_list);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, due_group);
  gtk_widget_class_bind_template_child (widget_class, KoersScoreView, due_list);
  gtk_widget_class_bind_template_child_full (widget_class, "import_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_due_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "score.import", NULL, import_action);
}

static void
koers_score_view_init (KoersScoreView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i <= KOERS_SCORE_CATEGORY_SEVERE; i++)
    add_category_row (self, i, koers_score_category_get_label (i), NULL);
  add_category_row (self, ROW_NONE, _("No assessment"), NULL);
  add_category_row (self, ROW_VERY_VULNERABLE, _("Very vulnerable (2b)"),
                    _("High and severe together"));

  g_signal_connect (self, "notify::session", G_CALLBACK (on_session_changed_cb), NULL);
  on_session_changed_cb (self);
}

/**
 * koers_score_view_new:
 * @session: (nullable): the session to show
 *
 * Returns: (transfer floating): a new score-list overview.
 */
GtkWidget *
koers_score_view_new (KoersSession *session)
{
  return g_object_new (KOERS_TYPE_SCORE_VIEW, "session", session, NULL);
}

/**
 * koers_score_view_import_file:
 * @self: a score view
 * @file: a score-list definition
 *
 * Imports @file as the list new assessments are made with, as the Import button does once
 * a file is chosen: a toast says which list and version came in; a dialog says what is
 * wrong with a file that is refused, and nothing changes then.
 *
 * Returns: %TRUE when imported.
 */
gboolean
koers_score_view_import_file (KoersScoreView *self,
                              GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  GtkRoot *root;

  g_return_val_if_fail (KOERS_IS_SCORE_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &error);
  if (info != NULL && g_file_info_get_size (info) > MAX_FILE_SIZE)
    g_set_error_literal (&error, KOERS_SCORE_LIST_ERROR, KOERS_SCORE_LIST_ERROR_INVALID,
                         _("The file is too large to be a score list."));
  if (error == NULL && g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    list = koers_store_import_score_list (self->store, data, length, &error);
  if (list == NULL)
    {
      show_import_error (self, file, error);
      return FALSE;
    }

  reload (self);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root),
                            adw_toast_new_format (_("Score list “%s” version %d imported"),
                                                  koers_score_list_get_title (list),
                                                  koers_score_list_get_version (list)));
  return TRUE;
}
