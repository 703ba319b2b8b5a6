/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-preferences-window.h"
#include "koers-restore-window.h"
#include "koers-summary.h"

/* Settings of this workstation: who works here (named in the audit trail), the name of the
 * organisation on reports, the project the funder's target belongs to, where the backups
 * go, and the way back to a backup. */

#define ERROR_KEY "koers-error"
#define TYPED_KEY "koers-typed"

struct _KoersPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *workstation_group;
  AdwEntryRow          *name_row;
  AdwEntryRow          *organisation_row;
  AdwPreferencesGroup  *project_group;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  GtkSpinButton        *target_spin;
  GtkSpinButton        *ambition_spin;
  gboolean              showing_date;
  AdwActionRow         *folder_row;
  AdwPreferencesGroup  *training_group;
  GtkSpinButton        *absence_spin;
  GtkSpinButton        *points_spins[4];
  GtkWidget            *default_folder_button;

  KoersSession         *session;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
update_folder (KoersPreferencesWindow *self)
{
  GSettings *settings = koers_session_get_settings (self->session);
  g_autofree char *chosen = g_settings_get_string (settings, "backup-folder");
  g_autofree char *folder = koers_session_dup_backup_folder (self->session);
  g_autofree char *shown = g_filename_display_name (folder);

  adw_action_row_set_subtitle (self->folder_row, shown);
  gtk_widget_set_visible (self->default_folder_button, *chosen != '\0');
}

static void
on_name_applied_cb (AdwEntryRow            *row,
                    KoersPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_settings_set_string (koers_session_get_settings (self->session), "staff-name", name);
}

static void
on_organisation_applied_cb (AdwEntryRow            *row,
                            KoersPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  GSettings *settings = koers_session_get_settings (self->session);

  /* Emptied, it is the organisation's own name again rather than none. */
  if (*name == '\0')
    {
      g_autofree char *standard = NULL;

      g_settings_reset (settings, "organisation-name");
      standard = g_settings_get_string (settings, "organisation-name");
      gtk_editable_set_text (GTK_EDITABLE (row), standard);
      return;
    }
  g_settings_set_string (settings, "organisation-name", name);
}

/* ---- the funder's target ----------------------------------------------------------------- */

/* The group tells what is wrong with a date refused at its field, or else how the summary
 * uses the dates, with the end an empty field stands for. */
static void
update_project_description (KoersPreferencesWindow *self)
{
  AdwEntryRow *rows[] = { self->start_row, self->end_row };
  GSettings *settings = koers_session_get_settings (self->session);
  g_autofree char *start = g_settings_get_string (settings, "project-start");
  g_autofree char *default_end = koers_summary_default_end (start);
  g_autofree char *shown_end = koers_date_format_user (default_end);
  g_autofree char *description = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *message = g_object_get_data (G_OBJECT (rows[i]), ERROR_KEY);

      if (message != NULL)
        {
          description = g_strdup_printf ("%s: %s",
                                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                                         message);
          adw_preferences_group_set_description (self->project_group, description);
          return;
        }
    }
  if (default_end != NULL)
    {
      /* Translators: %s is a date, "30-06-2027" */
      description = g_strdup_printf (_("The quarterly summary counts the returns against the "
                                       "target from the start of the project. Without an end, "
                                       "the project runs 18 months: until %s."), shown_end);
    }
  else
    {
      description = g_strdup (_("The quarterly summary counts the returns against the target "
                                "from the start of the project. Without an end, the project "
                                "runs 18 months."));
    }
  adw_preferences_group_set_description (self->project_group, description);
}

static void
set_date_error (KoersPreferencesWindow *self,
                AdwEntryRow            *row,
                const char             *message)
{
  g_object_set_data_full (G_OBJECT (row), ERROR_KEY, g_strdup (message), g_free);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  update_project_description (self);
}

/* Shows a stored date as day-month-year, unless the field holds something typed and not
 * yet applied, or refused: what was typed there stays. */
static void
show_date (KoersPreferencesWindow *self,
           AdwEntryRow            *row,
           const char             *iso)
{
  g_autofree char *shown = koers_date_format_user (iso);

  if (g_object_get_data (G_OBJECT (row), ERROR_KEY) != NULL
      || g_object_get_data (G_OBJECT (row), TYPED_KEY) != NULL
      || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), shown) == 0)
    return;
  /* Not typed, so nothing to apply: the row would offer its apply button again for a text
   * set while it has the focus (just after an apply, say). */
  self->showing_date = TRUE;
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), shown);
  adw_entry_row_set_show_apply_button (row, TRUE);
  self->showing_date = FALSE;
}

static void
on_date_changed_cb (AdwEntryRow            *row,
                    KoersPreferencesWindow *self)
{
  if (!self->showing_date)
    g_object_set_data (G_OBJECT (row), TYPED_KEY, GINT_TO_POINTER (TRUE));
}

static void
update_project (KoersPreferencesWindow *self)
{
  GSettings *settings = koers_session_get_settings (self->session);
  g_autofree char *start = g_settings_get_string (settings, "project-start");
  g_autofree char *end = g_settings_get_string (settings, "project-end");

  show_date (self, self->start_row, start);
  show_date (self, self->end_row, end);
  /* The day an empty end stands for is in the group's description: a placeholder in the
   * field would overlap the row's title in libadwaita 1.2. */
  update_project_description (self);
}

static void
on_start_applied_cb (AdwEntryRow            *row,
                     KoersPreferencesWindow *self)
{
  GSettings *settings = koers_session_get_settings (self->session);
  g_autofree char *start = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (row)),
                                                  FALSE);
  g_autofree char *end = g_strstrip (g_settings_get_string (settings, "project-end"));

  if (start == NULL || *start == '\0')
    {
      set_date_error (self, row, _("type the date as day-month-year, such as 24-05-2026"));
      return;
    }
  if (*end != '\0' && strcmp (start, end) > 0)
    {
      g_autofree char *shown = koers_date_format_user (end);
      /* Translators: %s is the end of the project, "30-06-2027" */
      g_autofree char *message = g_strdup_printf (_("the start lies after the end of the "
                                                    "project, %s"), shown);

      set_date_error (self, row, message);
      return;
    }
  set_date_error (self, row, NULL);
  g_object_set_data (G_OBJECT (row), TYPED_KEY, NULL);
  g_settings_set_string (settings, "project-start", start);
  update_project (self);
}

static void
on_end_applied_cb (AdwEntryRow            *row,
                   KoersPreferencesWindow *self)
{
  GSettings *settings = koers_session_get_settings (self->session);
  g_autofree char *end = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (row)),
                                                FALSE);
  g_autofree char *start = g_strstrip (g_settings_get_string (settings, "project-start"));

  if (end == NULL)
    {
      set_date_error (self, row, _("type the date as day-month-year, such as 30-06-2027, or "
                                   "leave it empty for 18 months after the start"));
      return;
    }
  if (*end != '\0' && strcmp (end, start) < 0)
    {
      g_autofree char *shown = koers_date_format_user (start);
      /* Translators: %s is the start of the project, "01-01-2026" */
      g_autofree char *message = g_strdup_printf (_("the end lies before the start of the "
                                                    "project, %s"), shown);

      set_date_error (self, row, message);
      return;
    }
  set_date_error (self, row, NULL);
  g_object_set_data (G_OBJECT (row), TYPED_KEY, NULL);
  g_settings_set_string (settings, "project-end", end);
  update_project (self);
}

static void
on_points_changed_cb (GtkSpinButton          *spin,
                      KoersPreferencesWindow *self)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ai"));
  for (guint i = 0; i < G_N_ELEMENTS (self->points_spins); i++)
    g_variant_builder_add (&builder, "i", gtk_spin_button_get_value_as_int (self->points_spins[i]));
  g_settings_set_value (koers_session_get_settings (self->session), "attendance-points",
                        g_variant_builder_end (&builder));
}

/* One row per attendance mark, with the points it counts. */
static void
add_points_rows (KoersPreferencesWindow *self)
{
  g_autoptr(GVariant) points = g_settings_get_value (koers_session_get_settings (self->session),
                                                     "attendance-points");
  gsize n = 0;
  const gint32 *values = g_variant_get_fixed_array (points, &n, sizeof (gint32));

  for (guint i = 0; i < G_N_ELEMENTS (self->points_spins); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);
      /* Translators: a row in Preferences, "Points for Present" */
      g_autofree char *title = g_strdup_printf (_("Points for %s"),
                                                koers_attendance_get_label (i));

      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), i < n ? values[i] : 0);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->training_group, row);
      self->points_spins[i] = GTK_SPIN_BUTTON (spin);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->points_spins); i++)
    g_signal_connect_object (self->points_spins[i], "value-changed",
                             G_CALLBACK (on_points_changed_cb), self, 0);
}

static void
on_chooser_response_cb (GtkNativeDialog        *chooser,
                        int                     response,
                        KoersPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }
  g_clear_object (&self->chooser);
  if (path != NULL)
    g_settings_set_string (koers_session_get_settings (self->session), "backup-folder", path);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Backup Folder"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), NULL);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
default_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (widget);

  g_settings_reset (koers_session_get_settings (self->session), "backup-folder");
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (widget);
  GtkWindow *main_window = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkWidget *restore;

  /* The restore window belongs to the main window, where its toast shows. */
  restore = koers_restore_window_new (main_window, self->session);
  gtk_window_destroy (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (restore));
}

static void
koers_preferences_window_dispose (GObject *object)
{
  KoersPreferencesWindow *self = KOERS_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_preferences_window_parent_class)->dispose (object);
}

static void
koers_preferences_window_class_init (KoersPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, workstation_group);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, project_group);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, end_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, target_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, ambition_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, training_group);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow, absence_spin);
  gtk_widget_class_bind_template_child (widget_class, KoersPreferencesWindow,
                                        default_folder_button);

  gtk_widget_class_install_action (widget_class, "preferences.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.default-folder", NULL,
                                   default_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.restore", NULL, restore_action);
}

static void
koers_preferences_window_init (KoersPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_preferences_window_new:
 * @parent: the main window
 * @session: the open database and its settings
 *
 * Returns: (transfer full): the preferences window.
 */
GtkWidget *
koers_preferences_window_new (GtkWindow    *parent,
                              KoersSession *session)
{
  KoersPreferencesWindow *self = g_object_new (KOERS_TYPE_PREFERENCES_WINDOW,
                                               "transient-for", parent, NULL);
  GSettings *settings = koers_session_get_settings (session);
  g_autofree char *name = g_settings_get_string (settings, "staff-name");
  g_autofree char *organisation = g_settings_get_string (settings, "organisation-name");
  g_autofree char *description = NULL;

  self->session = g_object_ref (session);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  /* Translators: %s is the name of the computer account */
  description = g_strdup_printf (_("The history of every change names who made it. Without a "
                                   "name here, Koers uses the computer account’s: %s."),
                                 g_get_real_name ());
  adw_preferences_group_set_description (self->workstation_group, description);
  g_signal_connect_object (self->name_row, "apply", G_CALLBACK (on_name_applied_cb), self, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation);
  g_signal_connect_object (self->organisation_row, "apply",
                           G_CALLBACK (on_organisation_applied_cb), self, 0);
  update_project (self);
  g_signal_connect_object (self->start_row, "apply", G_CALLBACK (on_start_applied_cb), self, 0);
  g_signal_connect_object (self->end_row, "apply", G_CALLBACK (on_end_applied_cb), self, 0);
  g_signal_connect_object (self->start_row, "changed", G_CALLBACK (on_date_changed_cb), self, 0);
  g_signal_connect_object (self->end_row, "changed", G_CALLBACK (on_date_changed_cb), self, 0);
  g_signal_connect_object (settings, "changed::project-start", G_CALLBACK (update_project),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::project-end", G_CALLBACK (update_project),
                           self, G_CONNECT_SWAPPED);
  g_settings_bind (settings, "return-target", self->target_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "return-ambition", self->ambition_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::backup-folder", G_CALLBACK (update_folder),
                           self, G_CONNECT_SWAPPED);
  update_folder (self);
  g_settings_bind (settings, "absence-alert", self->absence_spin, "value", G_SETTINGS_BIND_DEFAULT);
  add_points_rows (self);
  return GTK_WIDGET (self);
}
