/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-backup-restore.h"
#include "koers-backup.h"
#include "koers-error-dialog.h"
#include "koers-restore-window.h"
#include "koers-store.h"
#include "koers-window.h"

/* The backups in the backup folder, newest first, each with when it was made, its size and
 * what it holds; one can be restored after the current state is backed up. Reading the
 * backups checks each one for damage, which takes a while on large files, so it runs in a
 * thread. */

struct _KoersRestoreWindow
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkListBox      *list;

  KoersSession    *session;
  char            *folder;
  GCancellable    *cancellable;
  gboolean         loaded;
};

G_DEFINE_FINAL_TYPE (KoersRestoreWindow, koers_restore_window, ADW_TYPE_WINDOW)

typedef struct {
  char            *path;
  KoersBackupInfo *info;    /* NULL when the backup cannot be used */
  char            *problem;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->path);
  koers_backup_info_free (found->info);
  g_free (found->problem);
  g_free (found);
}

static void
inspect_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *folder = task_data;
  g_autoptr(GPtrArray) names = koers_backup_list (folder);
  GPtrArray *found = g_ptr_array_new_with_free_func (found_free);

  for (guint i = 0; i < names->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GError) error = NULL;
      Found *f = g_new0 (Found, 1);

      f->path = g_build_filename (folder, (char *) names->pdata[i], NULL);
      f->info = koers_backup_inspect (f->path, &error);
      if (f->info == NULL)
        f->problem = g_strdup (error->message);
      g_ptr_array_add (found, f);
    }
  g_task_return_pointer (task, found, (GDestroyNotify) g_ptr_array_unref);
}

static char *
format_when (GDateTime *when)
{
  g_autoptr(GDateTime) local = when ? g_date_time_to_local (when) : NULL;

  if (local == NULL)
    return g_strdup ("");
  /* Translators: when a backup was made: weekday, date and time */
  return g_date_time_format (local, _("%A %d-%m-%Y %H:%M"));
}

static GtkWidget *
create_row (Found *found)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (found->info == NULL)
    {
      g_autofree char *name = g_path_get_basename (found->path);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), found->problem);
      gtk_widget_add_css_class (row, "error");
      return row;
    }

  title = format_when (found->info->modified);
  /* A copy kept on purpose says why: made by an older Koers, it is the state before an
   * update; otherwise the state before a restore. */
  if (g_str_has_suffix (found->path, "-kept.db"))
    {
      g_autofree char *when = g_steal_pointer (&title);
      const char *why = found->info->schema_version < koers_store_get_latest_schema_version ()
                        ? _("kept from before an update") : _("kept from before a restore");

      /* Translators: when a backup was made, then why it is kept */
      title = g_strdup_printf (C_("backup", "%s · %s"), when, why);
    }
  {
    g_autofree char *size = g_format_size (found->info->size);
    int n_participants = (int) found->info->n_participants;
    int n_notes = (int) found->info->n_notes;
    g_autofree char *people = g_strdup_printf (ngettext ("%d participant", "%d participants",
                                                         n_participants), n_participants);
    g_autofree char *active = g_strdup_printf (_("%d active"), (int) found->info->n_active);
    g_autofree char *notes = g_strdup_printf (ngettext ("%d note", "%d notes", n_notes),
                                              n_notes);
    /* Translators: what a backup holds: "12 participants (9 active) · 40 notes · 1.2 MB" */
    subtitle = g_strdup_printf (_("%s (%s) · %s · %s"), people, active, notes, size);
  }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  {
    GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "restore.restore");
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                            g_variant_new_string (found->path));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  }
  return row;
}

static void
on_inspected_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GPtrArray) found = g_task_propagate_pointer (G_TASK (result), NULL);
  KoersRestoreWindow *self;

  if (found == NULL || g_task_had_error (G_TASK (result)))
    return;
  self = KOERS_RESTORE_WINDOW (source);
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->list, create_row (found->pdata[i]));
  gtk_stack_set_visible_child_name (self->stack, found->len > 0 ? "list" : "empty");
  self->loaded = TRUE;
}

static gboolean
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        KoersRestoreWindow *self)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "koers-backup");
  const char *when = g_object_get_data (G_OBJECT (dialog), "koers-when");
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  KoersStore *store = koers_session_get_store (self->session);
  GtkWindow *parent;

  if (g_strcmp0 (response, "restore") != 0)
    return;

  /* The state that is about to be replaced is kept first; without that copy, no restore. */
  saved = koers_backup_make_kept (koers_store_get_path (store), self->folder, &error);
  if (saved == NULL)
    {
      g_prefix_error (&error, _("Before restoring, Koers backs up the current state, which "
                                "failed: "));
      koers_show_error (GTK_WIDGET (self), _("Nothing Was Restored"), error);
      return;
    }
  if (!koers_store_restore (store, backup, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Backup Could Not Be Restored"), error);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (KOERS_IS_WINDOW (parent))
    koers_window_add_toast (KOERS_WINDOW (parent),
                            adw_toast_new_format (_("Restored the backup of %s"), when));
  /* Not from inside the dialog's own signal: closing this window closes the dialog. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (self), g_object_unref);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersRestoreWindow *self = KOERS_RESTORE_WINDOW (widget);
  const char *backup = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersBackupInfo) info = koers_backup_inspect (backup, &error);
  g_autofree char *when = NULL;
  GtkWidget *dialog;

  if (info == NULL)
    {
      koers_show_error (widget, _("The Backup Could Not Be Restored"), error);
      return;
    }
  when = format_when (info->modified);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The database goes back to how it was on %s. Changes "
                                    "made since then are kept in a backup of the current "
                                    "state that Koers makes first."), when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "koers-backup", g_strdup (backup), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "koers-when", g_steal_pointer (&when), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
koers_restore_window_dispose (GObject *object)
{
  KoersRestoreWindow *self = KOERS_RESTORE_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_RESTORE_WINDOW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_restore_window_parent_class)->dispose (object);
}

static void
koers_restore_window_finalize (GObject *object)
{
  KoersRestoreWindow *self = KOERS_RESTORE_WINDOW (object);

  g_free (self->folder);

  G_OBJECT_CLASS (koers_restore_window_parent_class)->finalize (object);
}

static void
koers_restore_window_class_init (KoersRestoreWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_restore_window_dispose;
  object_class->finalize = koers_restore_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-restore-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersRestoreWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersRestoreWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoersRestoreWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersRestoreWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KoersRestoreWindow, list);

  gtk_widget_class_install_action (widget_class, "restore.restore", "s", restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
koers_restore_window_init (KoersRestoreWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * koers_restore_window_new:
 * @parent: the main window
 * @session: the open database
 *
 * Returns: (transfer full): a window that lists the backups and restores one.
 */
GtkWidget *
koers_restore_window_new (GtkWindow    *parent,
                          KoersSession *session)
{
  KoersRestoreWindow *self = g_object_new (KOERS_TYPE_RESTORE_WINDOW,
                                           "transient-for", parent, NULL);
  g_autoptr(GTask) task = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *description = NULL;

  self->session = g_object_ref (session);
  self->folder = koers_session_dup_backup_folder (session);
  shown = g_filename_display_name (self->folder);
  adw_window_title_set_subtitle (self->window_title, shown);
  description = g_strdup_printf (_("There are no backups in %s yet. Koers makes one at the "
                                   "first start of each day."), shown);
  adw_status_page_set_description (self->empty_page, description);

  task = g_task_new (self, self->cancellable, on_inspected_cb, NULL);
  g_task_set_task_data (task, g_strdup (self->folder), g_free);
  g_task_run_in_thread (task, inspect_thread);
  return GTK_WIDGET (self);
}

/**
 * koers_restore_window_is_loaded:
 * @self: a restore window
 *
 * Returns: whether the list of backups is filled in.
 */
gboolean
koers_restore_window_is_loaded (KoersRestoreWindow *self)
{
  g_return_val_if_fail (KOERS_IS_RESTORE_WINDOW (self), FALSE);
  return self->loaded;
}
