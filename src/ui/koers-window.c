/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-backup.h"
#include "koers-bench.h"
#include "koers-error-dialog.h"
#include "koers-participants-view.h"
#include "koers-partners-window.h"
#include "koers-preferences-window.h"
#include "koers-reports-view.h"
#include "koers-restore-window.h"
#include "koers-score-view.h"
#include "koers-training-view.h"
#include "koers-window.h"

struct _KoersWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;

  KoersSession         *session;
};

G_DEFINE_FINAL_TYPE (KoersWindow, koers_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_view (KoersWindow *self,
          const char  *name,
          KoersView   *view)
{
  AdwViewStackPage *page;

  g_object_bind_property (self, "session", view, "session", G_BINDING_SYNC_CREATE);
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (view), name,
                                    koers_view_get_title (view));
  adw_view_stack_page_set_icon_name (page, koers_view_get_icon_name (view));
}

static void
update_switcher (KoersWindow *self)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (self->view_stack));
  gboolean several = g_list_model_get_n_items (pages) > 1;

  /* A switcher with a single view is noise: then the header shows just the title. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, several);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), several);
}

static void
on_title_visible_cb (KoersWindow *self)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
restore_size (KoersWindow *self)
{
  GSettings *settings = self->session ? koers_session_get_settings (self->session) : NULL;

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
koers_window_close_request (GtkWindow *window)
{
  KoersWindow *self = KOERS_WINDOW (window);
  GSettings *settings = self->session ? koers_session_get_settings (self->session) : NULL;

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (settings);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      if (!gtk_window_is_maximized (window))
        {
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
      g_settings_apply (settings);
    }

  return GTK_WINDOW_CLASS (koers_window_parent_class)->close_request (window);
}

static void
koers_window_dispose (GObject *object)
{
  KoersWindow *self = KOERS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_WINDOW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_window_parent_class)->dispose (object);
}

static void
koers_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KoersWindow *self = KOERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KoersWindow *self = KOERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      koers_window_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_window_class_init (KoersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = koers_window_dispose;
  object_class->get_property = koers_window_get_property;
  object_class->set_property = koers_window_set_property;
  window_class->close_request = koers_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, KOERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KOERS_TYPE_PARTICIPANTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/koers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoersWindow, read_only_label);

  /* On the window, not as application accelerators: a text field that has typing to undo
   * gets Ctrl+Z first, and passes it on when it has none. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK,
                                       "win.preferences", NULL);
  /* The view switcher has no keys of its own: Alt+number, as tabs have in GNOME. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "participants");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "score");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "training");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-view", "s", "reports");
}

/* Window actions with application-wide accelerators (Ctrl+N, Ctrl+F), so that they work
 * wherever the focus is; they hand over to the participants view. */
static void
forward_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  KoersWindow *self = user_data;
  const char *target = g_object_get_data (G_OBJECT (action), "koers-target");
  GtkWidget *view = adw_view_stack_get_child_by_name (self->view_stack, "participants");

  if (self->session != NULL)
    {
      adw_view_stack_set_visible_child (self->view_stack, view);
      gtk_widget_activate_action (view, target, NULL);
    }
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  char **paths = task_data;   /* the database and the backup folder */
  g_autoptr(GError) error = NULL;
  char *made = koers_backup_make (paths[0], paths[1], &error);

  if (made == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, made, g_free);
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KoersWindow *self = KOERS_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = g_task_propagate_pointer (G_TASK (result), &error);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                            "backup-now")),
                               TRUE);
  if (made == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Backup Failed"), error);
      return;
    }
  {
    g_autofree char *dir = g_path_get_dirname (made);
    g_autofree char *shown = g_filename_display_name (dir);
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new_format (_("Backup saved in %s"), shown));
  }
}

static void
set_action_enabled (KoersWindow *self,
                    const char  *name,
                    gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_undo_actions (KoersWindow *self)
{
  KoersStore *store = self->session ? koers_session_get_store (self->session) : NULL;

  gboolean writable = store != NULL && !koers_store_is_read_only (store);

  set_action_enabled (self, "undo", writable && koers_store_can_undo (store));
  set_action_enabled (self, "redo", writable && koers_store_can_redo (store));
  set_action_enabled (self, "undo-change", writable && koers_store_can_undo (store));
  set_action_enabled (self, "restore", writable);
}

/* Undo and redo go through the store, so every view's changes are covered; the toast
 * says what was undone and offers to redo it. */
static void
revert (KoersWindow *self,
        gboolean     redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  KoersStore *store;
  AdwToast *toast;
  gboolean ok;

  if (self->session == NULL)
    return;
  store = koers_session_get_store (self->session);
  ok = redo ? koers_store_redo (store, &description, &error)
            : koers_store_undo (store, &description, &error);
  if (!ok)
    {
      koers_show_error (GTK_WIDGET (self), redo ? _("The Change Could Not Be Redone")
                                                : _("The Change Could Not Be Undone"), error);
      return;
    }
  /* Translators: a notification, "Undone: Phone changed" */
  toast = adw_toast_new_format (redo ? _("Redone: %s") : _("Undone: %s"), description);
  if (!redo)
    {
      adw_toast_set_button_label (toast, _("_Redo"));
      adw_toast_set_action_name (toast, "win.redo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  revert (KOERS_WINDOW (user_data), FALSE);
}

static void
redo_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  revert (KOERS_WINDOW (user_data), TRUE);
}

/* The Undo button of a toast undoes the change the toast is about, and nothing else. */
static void
undo_change_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  KoersWindow *self = user_data;
  KoersStore *store;

  if (self->session == NULL)
    return;
  store = koers_session_get_store (self->session);
  if (koers_store_get_last_change (store) != g_variant_get_int64 (parameter))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Later changes came after this one: undo "
                                                    "those first with Ctrl+Z")));
      return;
    }
  revert (self, FALSE);
}

/**
 * koers_window_new_undo_toast:
 * @store: the store that just made the change
 * @title: what happened, "Moved to Empowerment"
 *
 * Returns: (transfer full): a toast whose Undo button undoes exactly the newest change of
 *   @store.
 */
AdwToast *
koers_window_new_undo_toast (KoersStore *store,
                             const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_detailed_action_name (toast, "win.undo-change");
  adw_toast_set_action_target_value (toast,
                                     g_variant_new_int64 (koers_store_get_last_change (store)));
  return toast;
}

static void
on_open_file_clicked_cb (AdwToast    *toast,
                         KoersWindow *self)
{
  gtk_show_uri (GTK_WINDOW (self), g_object_get_data (G_OBJECT (toast), "koers-uri"),
                GDK_CURRENT_TIME);
}

/**
 * koers_window_add_open_toast:
 * @self: the window
 * @title: what was written, "Report saved"
 * @path: the file, which the toast's Open button opens
 *
 * Tells that a file was written, and offers to open it.
 */
void
koers_window_add_open_toast (KoersWindow *self,
                             const char  *title,
                             const char  *path)
{
  AdwToast *toast = adw_toast_new (title);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "koers-uri", g_steal_pointer (&uri), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_file_clicked_cb),
                               self, 0);
    }
  koers_window_add_toast (self, toast);
}

/* A verified copy now, in a thread; the window stays usable. */
static void
backup_now_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  KoersWindow *self = user_data;
  g_autoptr(GTask) task = NULL;

  if (self->session == NULL)
    return;
  g_simple_action_set_enabled (action, FALSE);
  task = g_task_new (self, NULL, on_backup_done_cb, NULL);
  {
    char **paths = g_new0 (char *, 3);
    paths[0] = g_strdup (koers_store_get_path (koers_session_get_store (self->session)));
    paths[1] = koers_session_dup_backup_folder (self->session);
    g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  }
  g_task_run_in_thread (task, backup_thread);
}

static void
on_save_copy_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          KoersWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path == NULL || self->session == NULL)
    return;
  if (!koers_window_save_copy (self, path, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Copy Could Not Be Saved"), error);
      return;
    }
  {
    g_autofree char *shown = g_filename_display_name (path);
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new_format (_("Saved a copy as %s"), shown));
  }
}

/**
 * koers_window_save_copy:
 * @self: a window with a session
 * @path: the file to write
 * @error: return location for an error
 *
 * Writes everything the open database holds to @path: the way out when the database file
 * was moved or deleted while Koers had it open.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_window_save_copy (KoersWindow  *self,
                        const char   *path,
                        GError      **error)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self) && self->session != NULL, FALSE);
  return koers_store_backup_to (koers_session_get_store (self->session), path, error);
}

static void
save_copy_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KoersWindow *self = user_data;
  GtkFileChooserNative *chooser;

  if (self->session == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save a Copy of the Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "koers.db");
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_copy_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->session != NULL)
    gtk_window_present (GTK_WINDOW (koers_preferences_window_new (GTK_WINDOW (self),
                                                                  self->session)));
}

/* The partner organisations (IOM, VluchtelingenWerk and the others), in a window of their
 * own: they belong to no single view. */
static void
partners_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->session != NULL)
    gtk_window_present (GTK_WINDOW (koers_partners_window_new (GTK_WINDOW (self),
                                                               self->session)));
}

static void
restore_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->session != NULL)
    gtk_window_present (GTK_WINDOW (koers_restore_window_new (GTK_WINDOW (self),
                                                              self->session)));
}

static void
show_view_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KoersWindow *self = user_data;

  if (self->session != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack,
                                           g_variant_get_string (parameter, NULL));
}

/* The score view asks for a dossier; dossiers are shown in the participants view. A signal
 * keeps the score view from knowing about the window or the other views. */
static void
on_open_participant_cb (KoersWindow *self,
                        gint64       participant_id)
{
  GtkWidget *view = adw_view_stack_get_child_by_name (self->view_stack, "participants");

  adw_view_stack_set_visible_child (self->view_stack, view);
  koers_participants_view_open_participant (KOERS_PARTICIPANTS_VIEW (view), participant_id);
}

static void
koers_window_init (KoersWindow *self)
{
  static const struct {
    const char *name;
    const char *target;
  } forwards[] = {
    { "new-participant", "participants.new" },
    { "search", "participants.search" },
  };
  GtkWidget *score_view;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Only views that work are added. */
  add_view (self, "participants", KOERS_VIEW (koers_participants_view_new (NULL)));
  score_view = koers_score_view_new (NULL);
  add_view (self, "score", KOERS_VIEW (score_view));
  g_signal_connect_object (score_view, "open-participant", G_CALLBACK (on_open_participant_cb),
                           self, G_CONNECT_SWAPPED);
  add_view (self, "training", KOERS_VIEW (koers_training_view_new (NULL)));
  add_view (self, "reports", KOERS_VIEW (koers_reports_view_new (NULL)));

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (on_title_visible_cb), self, G_CONNECT_SWAPPED);
  update_switcher (self);
  koers_bench_attach (self);

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (forwards[i].name, NULL);

      g_object_set_data (G_OBJECT (action), "koers-target", (gpointer) forwards[i].target);
      g_signal_connect_object (action, "activate", G_CALLBACK (forward_action_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
  {
    static const GActionEntry entries[] = {
      { "backup-now", backup_now_cb },
      { "undo", undo_cb },
      { "redo", redo_cb },
      { "undo-change", undo_change_cb, "x" },
      { "preferences", preferences_cb },
      { "partners", partners_cb },
      { "save-copy", save_copy_cb },
      { "restore", restore_cb },
      { "show-view", show_view_cb, "s" },
    };
    g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  }
  update_undo_actions (self);
}

/**
 * koers_window_new:
 * @application: the application
 * @session: (nullable): the open database, or %NULL when it could not be opened
 *
 * Returns: (transfer full): a new main window.
 */
KoersWindow *
koers_window_new (GtkApplication *application,
                  KoersSession   *session)
{
  return g_object_new (KOERS_TYPE_WINDOW,
                       "application", application,
                       "session", session,
                       NULL);
}

/**
 * koers_window_get_session:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the session the window shows.
 */
KoersSession *
koers_window_get_session (KoersWindow *self)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);
  return self->session;
}

/* Adding a participant to a read-only database can only fail: Ctrl+N is greyed out instead. */
static void
update_read_only_actions (KoersWindow *self)
{
  KoersStore *store = self->session ? koers_session_get_store (self->session) : NULL;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "new-participant");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               store == NULL || !koers_store_is_read_only (store));
}

/**
 * koers_window_set_session:
 * @self: a window
 * @session: (nullable): the session to show
 *
 * Shows @session in every view, and restores the window size kept in its settings.
 */
void
koers_window_set_session (KoersWindow  *self,
                          KoersSession *session)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (koers_session_get_store (self->session), self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      KoersStore *store = koers_session_get_store (session);
      g_signal_connect_object (store, "notify::can-undo", G_CALLBACK (update_undo_actions),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::can-redo", G_CALLBACK (update_undo_actions),
                               self, G_CONNECT_SWAPPED);
    }
  update_undo_actions (self);
  update_read_only_actions (self);

  restore_size (self);
  if (session != NULL)
    {
      g_autofree char *name = g_filename_display_basename (
        koers_store_get_path (koers_session_get_store (session)));

      adw_view_switcher_title_set_subtitle (self->switcher_title, name);
      gtk_stack_set_visible_child_name (self->main_stack, "views");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static gboolean
destroy_window_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_open_error_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           KoersWindow      *self)
{
  /* Not from inside the dialog's own signal: destroying the window destroys the dialog. */
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window_cb, g_object_ref (self), g_object_unref);
}

/**
 * koers_window_show_open_error:
 * @self: a window without a session
 * @path: the database that could not be opened
 * @error: why
 *
 * Shows why the database could not be opened, in the window and in a dialog that closes
 * the window.
 *
 * Returns: (transfer none): the dialog.
 */
GtkWidget *
koers_window_show_open_error (KoersWindow  *self,
                              const char   *path,
                              const GError *error)
{
  g_autofree char *description = NULL;
  g_autofree char *file = g_filename_display_name (path);
  GtkWidget *dialog;

  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);

  description = g_markup_printf_escaped ("%s\n\n%s\n\n<small>%s</small>", error->message,
                                         koers_store_error_get_advice (error), file);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");

  dialog = koers_error_dialog_new (GTK_WINDOW (self), _("The Database Could Not Be Opened"),
                                   error);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (dialog), "close", _("_Quit"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * koers_window_set_read_only_banner:
 * @self: a window
 * @text: (nullable): what to say under the header bar, such as who else is writing the
 *   database; %NULL hides the banner
 *
 * Shows (or hides) a banner at the top of the window that stays while the database is open
 * read-only, so that the user knows before trying to change anything.
 */
void
koers_window_set_read_only_banner (KoersWindow *self,
                                   const char  *text)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));

  if (text != NULL)
    gtk_label_set_label (self->read_only_label, text);
  gtk_revealer_set_reveal_child (self->read_only_revealer, text != NULL);
  update_undo_actions (self);
}

/**
 * koers_window_add_toast:
 * @self: a window
 * @toast: (transfer full): a toast
 *
 * Shows @toast at the bottom of the window.
 */
void
koers_window_add_toast (KoersWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (KOERS_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * koers_window_get_view:
 * @self: a window
 * @name: the view's name, such as "participants"
 *
 * Returns: (transfer none) (nullable): the view.
 */
GtkWidget *
koers_window_get_view (KoersWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (KOERS_IS_WINDOW (self), NULL);
  return adw_view_stack_get_child_by_name (self->view_stack, name);
}
