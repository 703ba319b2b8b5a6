/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-dossier-view-private.h"
#include "koers-error-dialog.h"
#include "koers-report.h"
#include "koers-window.h"

/* The trajectory report of the dossier shown, from its menu: a dialog asks which sensitive
 * parts go in (none unless ticked), a file chooser where it goes; the report is read from
 * the store here, on the thread that owns the store, and drawn into the PDF in a worker
 * thread, so that the window stays responsive for a long dossier. */

static const struct {
  KoersReportFlags  flag;
  const char       *label;
} parts[] = {
  { KOERS_REPORT_INCLUDE_HEALTH, N_("_Health (medical and psychological)") },
  { KOERS_REPORT_INCLUDE_SAFETY, N_("Sa_fety") },
  { KOERS_REPORT_INCLUDE_SCORE_LIST, N_("_Vulnerability score list") },
};

typedef struct {
  KoersReport *report;
  char        *organisation;
  char        *path;
} Job;

static void
job_free (Job *job)
{
  koers_report_free (job->report);
  g_free (job->organisation);
  g_free (job->path);
  g_free (job);
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;

  if (koers_report_render_pdf (job->report, job->organisation, job->path, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->reporting--;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.report", self->reporting == 0);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (root != NULL)
        koers_show_file_error (GTK_WIDGET (self), _("The Report Could Not Be Saved"), error);
      return;
    }
  if (KOERS_IS_WINDOW (root))
    koers_window_add_open_toast (KOERS_WINDOW (root), _("Report saved"), job->path);
}

/* Reads the report now and draws it in a thread. */
static void
save_report (KoersDossierView *self,
             gint64            participant_id,
             KoersReportFlags  include,
             const char       *path)
{
  GSettings *settings = koers_session_get_settings (self->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  KoersAttendancePoints points;
  Job *job;

  koers_attendance_points_from_settings (settings, &points);
  job = g_new0 (Job, 1);
  job->report = koers_report_gather (koers_session_get_store (self->session), participant_id,
                                     include, &points, &error);
  if (job->report == NULL)
    {
      job_free (job);
      koers_show_error (GTK_WIDGET (self), _("The Report Could Not Be Made"), error);
      return;
    }
  job->organisation = g_strstrip (g_settings_get_string (settings, "organisation-name"));
  job->path = g_strdup (path);
  self->reporting++;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.report", FALSE);
  task = g_task_new (self, NULL, on_rendered_cb, NULL);
  g_task_set_source_tag (task, save_report);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, render_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog  *chooser,
                        int               response,
                        KoersDossierView *self)
{
  gint64 participant_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser),
                                                               "koers-participant-id"));
  KoersReportFlags include = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser),
                                                                  "koers-include"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path != NULL && self->session != NULL)
    save_report (self, participant_id, include, path);
}

static void
on_dialog_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KoersDossierView *self)
{
  gint64 participant_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog),
                                                               "koers-participant-id"));
  const char *code = g_object_get_data (G_OBJECT (dialog), "koers-code");
  KoersReportFlags include = KOERS_REPORT_INCLUDE_NONE;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkWidget *check;

  if (g_strcmp0 (response, "save") != 0 || self->session == NULL)
    return;
  check = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  for (guint i = 0; check != NULL && i < G_N_ELEMENTS (parts); i++)
    {
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        include |= parts[i].flag;
      check = gtk_widget_get_next_sibling (check);
    }

  if (self->report_path != NULL)
    {
      g_autofree char *path = g_steal_pointer (&self->report_path);

      save_report (self, participant_id, include, path);
      return;
    }
  /* Translators: the suggested file name of a trajectory report; %s is a dossier code */
  name = g_strdup_printf (_("trajectory-report-%s.pdf"), code);
  chooser = gtk_file_chooser_native_new (_("Save Trajectory Report"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "koers-participant-id",
                     GSIZE_TO_POINTER (participant_id));
  g_object_set_data (G_OBJECT (chooser), "koers-include", GUINT_TO_POINTER (include));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *box;

  if (self->session == NULL || self->shown == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Trajectory Report"),
                                   _("A PDF of the steps followed and their results, for the "
                                     "partner or the file. Sensitive information goes in "
                                     "only when ticked; the contact log never does."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    gtk_box_append (GTK_BOX (box), gtk_check_button_new_with_mnemonic (_(parts[i].label)));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "koers-participant-id",
                     GSIZE_TO_POINTER (self->participant_id));
  g_object_set_data_full (G_OBJECT (dialog), "koers-code",
                          g_strdup (koers_participant_get_code (self->shown)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * koers_dossier_view_set_report_path:
 * @self: a dossier view
 * @path: (nullable): a PDF file
 *
 * Where the next trajectory report goes, instead of asking with a file chooser; used once.
 * For tests, which cannot answer the chooser of the desktop.
 */
void
koers_dossier_view_set_report_path (KoersDossierView *self,
                                    const char       *path)
{
  g_return_if_fail (KOERS_IS_DOSSIER_VIEW (self));

  g_free (self->report_path);
  self->report_path = g_strdup (path);
}

/**
 * koers_dossier_view_is_reporting:
 * @self: a dossier view
 *
 * Returns: whether a trajectory report is being written.
 */
gboolean
koers_dossier_view_is_reporting (KoersDossierView *self)
{
  g_return_val_if_fail (KOERS_IS_DOSSIER_VIEW (self), FALSE);

  return self->reporting > 0;
}

/**
 * koers_dossier_view_class_add_report_action:
 * @widget_class: the dossier view's class
 *
 * Installs `dossier.report`.
 */
void
koers_dossier_view_class_add_report_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dossier.report", NULL, report_action);
}
