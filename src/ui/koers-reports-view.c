/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-error-dialog.h"
#include "koers-reports-view.h"
#include "koers-summary-command.h"
#include "koers-window.h"

/* The Reports view, for directors: choose a quarter (or a period of one's own), see its key
 * figures, and export the quarterly summary for funders as a workbook. The export runs in
 * a thread on a read-only connection of its own, shows its progress and can be cancelled;
 * a toast offers to open the file. Names go into the workbook only when asked for, with a
 * warning. */

#define CUSTOM_PERIOD G_MAXUINT

struct _KoersReportsView
{
  KoersView             parent_instance;

  AdwComboRow          *period_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *until_row;
  AdwPreferencesGroup  *figures_group;
  GPtrArray            *figure_rows;
  GtkWidget            *people_switch;
  GtkWidget            *names_switch;
  AdwActionRow         *names_row;
  GtkWidget            *export_button;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GtkWidget            *cancel_button;

  GPtrArray            *quarters;      /* "2026-Q3", newest first, as the period row lists */
  char                 *from;          /* the period shown */
  char                 *until;
  char                 *label;         /* "2026-Q3", or "2026-07-01..2026-08-15" */
  char                 *export_path;   /* set by the tests instead of asking */
  KoersStore           *store;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  gboolean              stale;
};

G_DEFINE_FINAL_TYPE (KoersReportsView, koers_reports_view, KOERS_TYPE_VIEW)

static GSettings *
settings (KoersReportsView *self)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));

  return session ? koers_session_get_settings (session) : NULL;
}

/* ---- the period ----------------------------------------------------------------------- */

static char *
quarter_label (const char *quarter)
{
  /* Translators: a quarter in the period list, "Q3 2026"; %1$d is the quarter, %2$d the year */
  return g_strdup_printf (_("Q%1$d %2$d"), quarter[6] - '0', atoi (quarter));
}

static void
fill_quarters (KoersReportsView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *today = koers_today_iso ();
  g_autofree char *start = NULL;
  int year = atoi (today), quarter = (atoi (today + 5) - 1) / 3 + 1;
  int first_year, first_quarter;
  guint selected = 0;

  if (settings (self) != NULL)
    start = g_settings_get_string (settings (self), "project-start");
  if (start == NULL || strlen (start) != 10)
    {
      g_free (start);
      start = g_strdup_printf ("%04d-01-01", year - 1);
    }
  first_year = atoi (start);
  first_quarter = (atoi (start + 5) - 1) / 3 + 1;

  g_ptr_array_set_size (self->quarters, 0);
  /* Newest first, from this quarter back to the one the project started in (two years at
   * least, for a project that started recently or is yet to start). */
  for (int n = 0; n < 40; n++)
    {
      char *q = g_strdup_printf ("%04d-Q%d", year, quarter);
      g_autofree char *label = quarter_label (q);

      g_ptr_array_add (self->quarters, q);
      gtk_string_list_append (labels, label);
      if ((year < first_year || (year == first_year && quarter <= first_quarter)) && n >= 7)
        break;
      if (--quarter == 0)
        {
          quarter = 4;
          year--;
        }
    }
  gtk_string_list_append (labels, _("Another period"));
  /* Directors report the quarter that ended last. */
  if (self->quarters->len > 1)
    selected = 1;
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->period_row, selected);
}

static void
set_field_error (AdwEntryRow *row,
                 const char  *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
}

/* Reads the chosen period into self->from/until; FALSE (with the field marked) when the
 * custom dates are not a period. */
static gboolean
read_period (KoersReportsView *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  gboolean custom = selected >= self->quarters->len;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), custom);
  g_clear_pointer (&self->label, g_free);
  if (!custom)
    {
      self->label = g_strdup (self->quarters->pdata[selected]);
      koers_summary_parse_period (self->label, &from, &until, NULL);
    }
  else
    {
      from = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), FALSE);
      until = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->until_row)),
                                     FALSE);
      set_field_error (self->from_row, from == NULL || *from == '\0'
                       ? _("Type the first day as day-month-year, such as 01-07-2026.") : NULL);
      set_field_error (self->until_row, until == NULL || *until == '\0'
                       ? _("Type the last day as day-month-year, such as 30-09-2026.") : NULL);
      if (from == NULL || *from == '\0' || until == NULL || *until == '\0')
        return FALSE;
      if (strcmp (from, until) > 0)
        {
          set_field_error (self->until_row, _("The last day lies before the first."));
          return FALSE;
        }
      self->label = g_strdup_printf ("%s..%s", from, until);
    }
  g_free (self->from);
  g_free (self->until);
  self->from = g_steal_pointer (&from);
  self->until = g_steal_pointer (&until);
  return TRUE;
}

/* ---- the key figures ------------------------------------------------------------------- */

static void
add_figure (KoersReportsView *self,
            const char       *title,
            const char       *subtitle,
            const char       *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "title-4");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "koers-value", label);
  adw_preferences_group_add (self->figures_group, row);
  g_ptr_array_add (self->figure_rows, row);
}

static char *
count_text (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

static void
show_figures (KoersReportsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersSummary) s = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  KoersSummaryTargets targets;
  KoersAttendancePoints points;

  for (guint i = 0; i < self->figure_rows->len; i++)
    adw_preferences_group_remove (self->figures_group, self->figure_rows->pdata[i]);
  g_ptr_array_set_size (self->figure_rows, 0);
  self->stale = FALSE;
  gtk_widget_set_sensitive (self->export_button, FALSE);
  if (self->store == NULL || settings (self) == NULL || !read_period (self))
    return;

  koers_summary_targets_from_settings (settings (self), &targets, &start, &end);
  koers_attendance_points_from_settings (settings (self), &points);
  s = koers_store_get_summary (self->store, self->from, self->until, &targets, &points, &error);
  if (s == NULL)
    {
      adw_preferences_group_set_description (self->figures_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->figures_group, NULL);
  gtk_widget_set_sensitive (self->export_button, self->cancellable == NULL);

  {
    g_autofree char *active_start = count_text (s->active_start);
    g_autofree char *active_end = count_text (s->active_end);
    g_autofree char *active = g_strdup_printf ("%s → %s", active_start, active_end);
    g_autofree char *inflow = count_text (s->inflow);
    g_autofree char *new_contacts = count_text (s->new_contacts);
    g_autofree char *commitments = count_text (s->commitments);
    g_autofree char *returns = count_text (s->returns);
    gint64 other = 0;
    g_autofree char *ended = NULL;
    g_autofree char *end_day = koers_date_format_user (s->project_end);
    g_autofree char *so_far = count_text (s->returns_cumulative);
    /* Translators: returns so far against the target, "38 of 45" */
    g_autofree char *cumulative = g_strdup_printf (_("%s of %d"), so_far, s->target);
    /* Translators: "ambition 50; at the rate so far 61 by 30-06-2027" */
    g_autofree char *cumulative_sub = NULL;
    g_autofree char *vulnerable = NULL;
    g_autofree char *sessions = count_text (s->sessions_held);
    g_autofree char *contacts = count_text (s->contacts_made);

    for (int i = KOERS_OUTFLOW_DROPPED_OUT; i < KOERS_N_OUTFLOWS; i++)
      other += s->outflow[i];
    ended = count_text (other);
    if (s->forecast >= 0)
      {
        char forecast[G_ASCII_DTOSTR_BUF_SIZE];

        g_snprintf (forecast, sizeof forecast, "%.0f", s->forecast);
        cumulative_sub = g_strdup_printf (_("Ambition %d; at the rate so far %s by %s"),
                                          s->ambition, forecast, end_day);
      }
    vulnerable = s->returns > 0
                 ? g_strdup_printf ("%.0f%%", 100.0 * s->returns_very_vulnerable / s->returns)
                 : g_strdup ("–");

    add_figure (self, _("Participants in a trajectory"), _("At the start and at the end"),
                active);
    add_figure (self, _("New contacts"), _("Their first phase began in the period"),
                new_contacts);
    add_figure (self, _("Inflow: new intakes"), NULL, inflow);
    add_figure (self, _("Commitments to return"), NULL, commitments);
    add_figure (self, _("Returns in the period"), NULL, returns);
    add_figure (self, _("Returns since the start of the project"), cumulative_sub, cumulative);
    add_figure (self, _("Very vulnerable (2b) among the returns"), NULL, vulnerable);
    add_figure (self, _("Ended another way"),
                _("Dropped out, transferred, legal status changed, lost contact, deceased"),
                ended);
    add_figure (self, _("Training sessions held"), NULL, sessions);
    add_figure (self, _("Monitoring contacts made"), NULL, contacts);
  }
}

static void
on_period_changed_cb (KoersReportsView *self)
{
  show_figures (self);
}

static void
on_store_changed_cb (KoersReportsView *self)
{
  /* Counted again when next seen. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_figures (self);
  else
    self->stale = TRUE;
}

static void
on_map_cb (KoersReportsView *self)
{
  if (self->stale)
    show_figures (self);
}

/* ---- Export… ---------------------------------------------------------------------------- */

typedef struct {
  char                *database;
  char                *from;
  char                *until;
  char                *start;
  char                *end;
  char                *organisation;
  char                *path;
  KoersSummaryTargets  targets;
  KoersAttendancePoints points;
  gboolean             people;
  gboolean             names;
  KoersReportsView    *view;      /* for progress, on the main thread only */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->database);
  g_free (job->from);
  g_free (job->until);
  g_free (job->start);
  g_free (job->end);
  g_free (job->organisation);
  g_free (job->path);
  g_clear_object (&job->view);
  g_free (job);
}

typedef struct {
  KoersReportsView *view;
  double            fraction;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;

  gtk_progress_bar_set_fraction (p->view->progress_bar, p->fraction);
  g_object_unref (p->view);
  g_free (p);
  return G_SOURCE_REMOVE;
}

/* In the thread: hands the fraction to the main loop. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;
  Progress *p = g_new (Progress, 1);

  p->view = g_object_ref (job->view);
  p->fraction = fraction;
  g_idle_add (show_progress, p);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  KoersSummaryOptions options = { job->organisation, job->people, job->names, cancellable,
                                  on_progress, job };

  job->targets.project_start = job->start;
  job->targets.project_end = *job->end ? job->end : NULL;
  if (koers_summary_export (job->database, job->from, job->until, &job->targets, &job->points,
                            &options, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KoersReportsView *self = KOERS_REPORTS_VIEW (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_clear_object (&self->cancellable);
  gtk_widget_set_visible (self->progress_box, FALSE);
  gtk_widget_set_sensitive (self->export_button, TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (KOERS_IS_WINDOW (root))
            koers_window_add_toast (KOERS_WINDOW (root),
                                    adw_toast_new (_("Export cancelled; no file was written")));
        }
      else if (root != NULL)
        koers_show_file_error (GTK_WIDGET (self), _("The Summary Could Not Be Exported"), error);
      return;
    }
  if (KOERS_IS_WINDOW (root))
    koers_window_add_open_toast (KOERS_WINDOW (root), _("Summary exported"), job->path);
}

static void
export_to (KoersReportsView *self,
           const char       *path)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->store == NULL || self->from == NULL || self->cancellable != NULL)
    return;
  job = g_new0 (Job, 1);
  job->database = g_strdup (koers_store_get_path (self->store));
  job->from = g_strdup (self->from);
  job->until = g_strdup (self->until);
  koers_summary_targets_from_settings (settings (self), &job->targets, &job->start, &job->end);
  koers_attendance_points_from_settings (settings (self), &job->points);
  job->organisation = g_settings_get_string (settings (self), "organisation-name");
  job->path = g_strdup (path);
  job->people = gtk_switch_get_active (GTK_SWITCH (self->people_switch));
  job->names = job->people && gtk_switch_get_active (GTK_SWITCH (self->names_switch));
  job->view = g_object_ref (self);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (self->progress_box, TRUE);
  gtk_widget_set_sensitive (self->export_button, FALSE);
  task = g_task_new (self, self->cancellable, on_exported_cb, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog  *chooser,
                        int               response,
                        KoersReportsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      /* The name as chosen (the chooser asked before replacing it): adding ".xlsx" here
       * could replace another file without asking. */
      if (path != NULL)
        export_to (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersReportsView *self = KOERS_REPORTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->label == NULL || self->cancellable != NULL)
    return;
  if (self->export_path != NULL)
    {
      export_to (self, self->export_path);
      return;
    }
  /* Translators: the suggested file name of the workbook, "summary-2026-Q3.xlsx" */
  name = g_strdup_printf (_("summary-%s.xlsx"), self->label);
  self->chooser = gtk_file_chooser_native_new (_("Export the Summary"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersReportsView *self = KOERS_REPORTS_VIEW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_people_active_cb (KoersReportsView *self)
{
  gboolean people = gtk_switch_get_active (GTK_SWITCH (self->people_switch));

  gtk_widget_set_sensitive (GTK_WIDGET (self->names_row), people);
  if (!people)
    gtk_switch_set_active (GTK_SWITCH (self->names_switch), FALSE);
}

/* ---- the view ---------------------------------------------------------------------------- */

static void
on_session_changed_cb (KoersReportsView *self)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  KoersStore *store = session ? koers_session_get_store (session) : NULL;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  fill_quarters (self);
  show_figures (self);
}

static GtkWidget *
switch_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *subtitle,
            AdwActionRow       **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group, row);
  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);
  return toggle;
}

static void
koers_reports_view_dispose (GObject *object)
{
  KoersReportsView *self = KOERS_REPORTS_VIEW (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->figure_rows, g_ptr_array_unref);
  g_clear_pointer (&self->quarters, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_reports_view_parent_class)->dispose (object);
}

static void
koers_reports_view_finalize (GObject *object)
{
  KoersReportsView *self = KOERS_REPORTS_VIEW (object);

  g_free (self->from);
  g_free (self->until);
  g_free (self->label);
  g_free (self->export_path);

  G_OBJECT_CLASS (koers_reports_view_parent_class)->finalize (object);
}

static void
koers_reports_view_class_init (KoersReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_reports_view_dispose;
  object_class->finalize = koers_reports_view_finalize;
  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "reports.export", NULL);
}

static void
koers_reports_view_init (KoersReportsView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *period = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *export = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *cancel_label;

  self->figure_rows = g_ptr_array_new ();
  self->quarters = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));

  adw_preferences_group_set_title (period, _("Quarterly Summary for Funders"));
  adw_preferences_group_set_description (period,
    _("Inflow and outflow, people per phase, returns against the target, training and "
      "handover, for a quarter or a period of your own."));
  self->period_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->period_row), _("_Period"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->period_row), TRUE);
  adw_preferences_group_add (period, GTK_WIDGET (self->period_row));
  self->from_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->from_row),
                                 _("First day (day-month-year)"));
  adw_entry_row_set_show_apply_button (self->from_row, TRUE);
  adw_preferences_group_add (period, GTK_WIDGET (self->from_row));
  self->until_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->until_row),
                                 _("Last day (day-month-year)"));
  adw_entry_row_set_show_apply_button (self->until_row, TRUE);
  adw_preferences_group_add (period, GTK_WIDGET (self->until_row));
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (period));

  self->figures_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->figures_group, _("Key Figures"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->figures_group));

  adw_preferences_group_set_title (export, _("Workbook"));
  self->people_switch = switch_row (export, _("Sheet with the participants"),
                                    _("One row per participant of the period, by dossier code: "
                                      "pseudonymous"), NULL);
  self->names_switch = switch_row (export, _("With their names"),
                                   _("The file then holds personal data: keep it safe, share "
                                     "it with no one who does not need it"), &self->names_row);
  gtk_widget_add_css_class (GTK_WIDGET (self->names_row), "warning");
  gtk_widget_set_sensitive (GTK_WIDGET (self->names_row), FALSE);
  g_signal_connect_object (self->people_switch, "notify::active",
                           G_CALLBACK (on_people_active_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (export));

  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->export_button), "reports.export");
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  gtk_widget_add_css_class (self->export_button, "pill");
  gtk_widget_set_halign (self->export_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), self->export_button);

  self->progress_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress_bar), GTK_ALIGN_CENTER);
  self->cancel_button = gtk_button_new ();
  cancel_label = gtk_label_new_with_mnemonic (_("_Cancel"));
  gtk_button_set_child (GTK_BUTTON (self->cancel_button), cancel_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "reports.cancel");
  gtk_box_append (GTK_BOX (self->progress_box), GTK_WIDGET (self->progress_bar));
  gtk_box_append (GTK_BOX (self->progress_box), self->cancel_button);
  gtk_widget_set_visible (self->progress_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->progress_box);

  g_signal_connect_object (self->period_row, "notify::selected",
                           G_CALLBACK (on_period_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_row, "apply", G_CALLBACK (on_period_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->until_row, "apply", G_CALLBACK (on_period_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  g_signal_connect (self, "notify::session", G_CALLBACK (on_session_changed_cb), NULL);

  /* For the tests, which use it as a person would. */
  g_object_set_data (G_OBJECT (self), "period", self->period_row);
  g_object_set_data (G_OBJECT (self), "from", self->from_row);
  g_object_set_data (G_OBJECT (self), "until", self->until_row);
  g_object_set_data (G_OBJECT (self), "figures", self->figure_rows);
  g_object_set_data (G_OBJECT (self), "people", self->people_switch);
  g_object_set_data (G_OBJECT (self), "names", self->names_switch);
  g_object_set_data (G_OBJECT (self), "export", self->export_button);
  g_object_set_data (G_OBJECT (self), "progress", self->progress_box);
}

/**
 * koers_reports_view_new:
 * @session: (nullable): the session to show
 *
 * Returns: (transfer floating): the Reports view.
 */
GtkWidget *
koers_reports_view_new (KoersSession *session)
{
  return g_object_new (KOERS_TYPE_REPORTS_VIEW, "session", session, "title", _("Reports"),
                       "icon-name", "x-office-spreadsheet-symbolic", NULL);
}

/**
 * koers_reports_view_set_export_path:
 * @self: the view
 * @path: (nullable): where Export… writes, without asking; %NULL to ask again
 *
 * For the tests, which cannot answer a native file chooser.
 */
void
koers_reports_view_set_export_path (KoersReportsView *self,
                                    const char       *path)
{
  g_return_if_fail (KOERS_IS_REPORTS_VIEW (self));

  g_free (self->export_path);
  self->export_path = g_strdup (path);
}
