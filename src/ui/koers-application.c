/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>

#include "koers-application.h"
#include "koers-summary-command.h"
#include "koers-backup-restore.h"
#include "koers-backup.h"
#include "koers-demo.h"
#include "koers-error-dialog.h"
#include "koers-lock.h"
#include "koers-window.h"

struct _KoersApplication
{
  AdwApplication  parent_instance;

  char           *database;
  KoersLock      *lock;           /* while this Koers may write the database */
  guint           heartbeat_id;
};

G_DEFINE_FINAL_TYPE (KoersApplication, koers_application, ADW_TYPE_APPLICATION)

/* Seed of the demonstration data unless --seed says otherwise: the same every time. */
#define DEFAULT_DEMO_SEED 20261128

/**
 * koers_is_uninstalled:
 *
 * Returns: %TRUE when this koers runs from its build folder (build/src/koers), so that it
 *   takes its translations and settings schema from there.
 */
gboolean
koers_is_uninstalled (void)
{
  static int uninstalled = -1;

  if (uninstalled < 0)
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *dir = exe ? g_path_get_dirname (exe) : NULL;
      g_autofree char *build_src = g_build_filename (KOERS_BUILD_ROOT, "src", NULL);

      uninstalled = dir != NULL && g_str_equal (dir, build_src);
    }
  return uninstalled;
}

/**
 * koers_settings_new:
 *
 * Returns: (transfer full): the application's settings, from the build folder's compiled
 *   schema when Koers runs uninstalled.
 */
GSettings *
koers_settings_new (void)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (koers_is_uninstalled () && g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *dir = g_build_filename (KOERS_BUILD_ROOT, "data", NULL);
      source = g_settings_schema_source_new_from_directory (dir,
                                                            g_settings_schema_source_get_default (),
                                                            FALSE, NULL);
    }
  if (source == NULL)
    source = g_settings_schema_source_ref (g_settings_schema_source_get_default ());
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    g_error ("The settings schema %s is not installed", APPLICATION_ID);
  return g_settings_new_full (schema, NULL, NULL);
}

static void
print_store_error (const GError *error)
{
  g_printerr ("koers: %s\n%s\n", error->message, koers_store_error_get_advice (error));
}

/* One writer at a time: the lock file next to the database (see koers-lock.c). Its folder
 * is made first, as opening the store would, so that a new database is locked too. */
static KoersLock *
take_lock (const char       *database,
           KoersLockHolder **holder,
           GError          **error)
{
  g_autofree char *folder = g_path_get_dirname (database);
  g_autoptr(GSettings) settings = koers_settings_new ();
  g_autofree char *name = g_strstrip (g_settings_get_string (settings, "staff-name"));

  /* The lock names the person, as the audit trail does, when Preferences knows who. */
  g_mkdir_with_parents (folder, 0700);
  return koers_lock_acquire (database, *name ? name : NULL, NULL, holder, error);
}

/* --generate-demo writes, so it takes the lock like the window does; with nobody to ask, a
 * stale lock is taken over, and said so. */
static gboolean
lock_for_demo (KoersApplication  *self,
               KoersLock        **lock)
{
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(GError) error = NULL;

  *lock = take_lock (self->database, &holder, &error);
  if (*lock == NULL && holder != NULL && holder->stale)
    {
      /* Translators: %s says whose lock it is, such as "“koers.db” is locked by Anna de
       * Vries on WS-2, who seems to have stopped using it." */
      g_printerr (_("koers: %s Koers takes the lock over.\n"), error->message);
      g_clear_error (&error);
      g_clear_pointer (&holder, koers_lock_holder_free);
      *lock = koers_lock_take_over (self->database, NULL, NULL, &holder, &error);
    }
  if (*lock == NULL && g_error_matches (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD))
    {
      g_printerr ("koers: %s\n%s\n", error->message,
                  _("Nothing was changed. Close Koers there, then try again."));
      return FALSE;
    }
  /* Without a lock file (in a folder Koers may not write in, say) opening the store gives
   * the clearer message. */
  return TRUE;
}

static int
koers_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  KoersApplication *self = KOERS_APPLICATION (application);
  g_autofree char *database = NULL;
  g_autofree char *demo_count_text = NULL;
  g_autofree char *period = NULL;
  gint32 seed = DEFAULT_DEMO_SEED;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("koers %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (database);
      g_free (self->database);
      self->database = g_file_get_path (file);
    }
  else
    self->database = koers_store_get_default_path ();

  if (g_variant_dict_lookup (options, "export-quarter", "s", &period))
    {
      g_autofree char *output = NULL;

      g_variant_dict_lookup (options, "output", "^ay", &output);
      return koers_summary_command (self->database, period, output,
                                    g_variant_dict_contains (options, "with-participants"),
                                    g_variant_dict_contains (options, "with-names"));
    }

  g_variant_dict_lookup (options, "seed", "i", &seed);
  if (g_variant_dict_lookup (options, "generate-demo", "s", &demo_count_text))
    {
      g_autoptr(GError) error = NULL;
      /* Before the store, so that the store is closed before the lock is released. */
      g_autoptr(KoersLock) lock = NULL;
      g_autoptr(KoersStore) store = NULL;
      guint64 demo_count = 0;

      if (!g_ascii_string_to_unsigned (demo_count_text, 10, 0, 1000000, &demo_count, NULL))
        {
          g_printerr (_("koers: --generate-demo needs a number of participants from 0 to "
                        "1,000,000, not “%s”\n"), demo_count_text);
          return EXIT_FAILURE;
        }
      if (!lock_for_demo (self, &lock))
        return EXIT_FAILURE;
      store = koers_store_open (self->database, &error);
      if (store == NULL || !koers_demo_generate (store, demo_count, seed, &error))
        {
          print_store_error (error);
          return EXIT_FAILURE;
        }
      g_print (ngettext ("Added %u fictional participant to %s\n",
                         "Added %u fictional participants to %s\n", demo_count),
               (guint) demo_count, self->database);
      return EXIT_SUCCESS;
    }

  /* A Koers already running here shows its window; with another database open, it says
   * so instead of silently showing that one. */
  if (g_application_register (application, NULL, NULL)
      && g_application_get_is_remote (application))
    {
      g_action_group_activate_action (G_ACTION_GROUP (application), "open-database",
                                      g_variant_new_bytestring (self->database));
      return EXIT_SUCCESS;
    }

  return -1;
}

static void open_database (KoersApplication      *self,
                           KoersWindow           *window,
                           KoersLock             *lock,
                           const KoersLockHolder *holder);
static void ask_about_damage (KoersApplication *self,
                              KoersWindow      *window,
                              const GError     *error);

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) window = user_data;
  g_autoptr(GError) error = NULL;
  KoersApplication *self;

  if (koers_store_check_finish (KOERS_STORE (source), result, &error)
      || !gtk_widget_get_visible (window))
    return;
  self = KOERS_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  if (self != NULL && g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT)
      && !koers_store_is_read_only (KOERS_STORE (source)))
    ask_about_damage (self, KOERS_WINDOW (window), error);
  else
    koers_show_error (window, _("The Database Is Damaged"), error);
}

static void
on_daily_backup_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GtkWidget) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = koers_backup_daily_finish (result, &error);

  if (error != NULL && gtk_widget_get_visible (window))
    koers_show_error (window, _("Today's Backup Failed"), error);
  else if (made != NULL && KOERS_IS_WINDOW (window))
    koers_window_add_toast (KOERS_WINDOW (window), adw_toast_new (_("Today's backup is made")));
}

static gboolean
heartbeat_cb (gpointer user_data)
{
  KoersApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (koers_lock_heartbeat (self->lock, NULL, &error))
    return G_SOURCE_CONTINUE;

  /* Work goes on: a network share that hiccups must not stop anyone, and the next heartbeat
   * may get through. Only a lock that someone else took over is given up. */
  g_warning ("Koers could not renew its lock on %s: %s", self->database, error->message);
  if (!g_error_matches (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_LOST))
    return G_SOURCE_CONTINUE;

  /* Someone else took the database over (after this computer slept, say): two writers
   * could damage it, so this one stops writing and says so. */
  {
    GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
    KoersSession *session = KOERS_IS_WINDOW (window)
                            ? koers_window_get_session (KOERS_WINDOW (window)) : NULL;

    if (session != NULL)
      {
        g_autofree char *banner = g_strdup_printf (_("Read-only: %s"), error->message);
        koers_store_stop_writing (koers_session_get_store (session), error->message);
        koers_window_set_read_only_banner (KOERS_WINDOW (window), banner);
      }
  }
  self->heartbeat_id = 0;
  return G_SOURCE_REMOVE;
}

static void
keep_lock (KoersApplication *self,
           KoersLock        *lock)
{
  if (lock == NULL || self->lock != NULL)
    {
      g_clear_object (&lock);
      return;
    }
  self->lock = lock;
  self->heartbeat_id = g_timeout_add_seconds (KOERS_LOCK_HEARTBEAT_INTERVAL, heartbeat_cb, self);
}

/* Where backups are looked for when the database cannot be opened, so without a session. */
static char *
backup_folder (KoersApplication *self)
{
  g_autoptr(GSettings) settings = koers_settings_new ();
  g_autofree char *chosen = g_settings_get_string (settings, "backup-folder");

  if (*chosen != '\0')
    return g_steal_pointer (&chosen);
  return koers_backup_default_folder (self->database);
}

/* Opens the damaged database read-only, for whatever can still be read; nothing is written. */
static void
open_damaged_read_only (KoersApplication *self,
                        KoersWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersSession) session = NULL;
  g_autoptr(GSettings) settings = koers_settings_new ();
  const char *reason = _("The database is damaged. Koers shows what it can still read and "
                         "changes nothing.");

  store = koers_store_open_full (self->database,
                                 KOERS_STORE_OPEN_DEFER_CHECK | KOERS_STORE_OPEN_READ_ONLY, 5000,
                                 -1, &error);
  if (store == NULL)
    {
      koers_window_show_open_error (window, self->database, error);
      return;
    }
  koers_store_set_read_only_reason (store, reason);
  session = koers_session_new (store, settings);
  koers_window_set_session (window, session);
  {
    g_autofree char *banner = g_strdup_printf (_("Read-only: %s"), reason);
    koers_window_set_read_only_banner (window, banner);
  }
}

/* Puts the newest good backup in place of the damaged file (which is kept aside) and opens
 * that. */
static void
restore_newest (KoersApplication *self,
                KoersWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = backup_folder (self);
  g_autofree char *newest = koers_backup_find_newest_good (folder, &error);
  g_autofree char *aside = NULL;
  g_autoptr(KoersBackupInfo) info = NULL;

  if (newest != NULL)
    info = koers_backup_inspect (newest, NULL);
  if (newest == NULL || !koers_backup_restore_file (newest, self->database, &aside, &error))
    {
      koers_window_show_open_error (window, self->database, error);
      return;
    }
  open_database (self, window, NULL, NULL);
  {
    g_autoptr(GDateTime) local = info ? g_date_time_to_local (info->modified) : NULL;
    g_autofree char *when = local ? g_date_time_format (local, "%d-%m-%Y %H:%M") : g_strdup ("");
    g_autofree char *kept = aside ? g_filename_display_basename (aside) : g_strdup ("");
    /* Translators: a notification after a damaged database was replaced by a backup */
    AdwToast *toast = adw_toast_new_format (_("Restored the backup of %s; the damaged file "
                                              "is kept as %s"), when, kept);
    adw_toast_set_timeout (toast, 0);
    koers_window_add_toast (window, toast);
  }
}

static void
on_damage_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       KoersApplication *self)
{
  KoersWindow *window = KOERS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  /* The damaged store closes first: its file is about to be moved or reopened. */
  koers_window_set_session (window, NULL);
  if (g_strcmp0 (response, "restore") == 0)
    restore_newest (self, window);
  else if (g_strcmp0 (response, "read-only") == 0)
    open_damaged_read_only (self, window);
  else
    g_application_quit (G_APPLICATION (self));
}

/* A damaged database, found when opening or by the check that follows: restore the newest
 * good backup, look at it read-only, or quit. Nothing is written to the damaged file. */
static void
ask_about_damage (KoersApplication *self,
                  KoersWindow      *window,
                  const GError     *error)
{
  g_autofree char *folder = backup_folder (self);
  g_autofree char *shown = g_filename_display_name (folder);
  g_autofree char *newest = koers_backup_find_newest_good (folder, NULL);
  g_autoptr(KoersBackupInfo) info = newest ? koers_backup_inspect (newest, NULL) : NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (info != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (info->modified);
      g_autofree char *when = g_date_time_format (local, "%d-%m-%Y %H:%M");
      /* Translators: %s are the error, the date of the backup and its folder */
      body = g_strdup_printf (_("%s\n\nKoers can put the newest good backup, of %s, from %s "
                                "in its place; the damaged file is kept beside it. Changes "
                                "made after that backup are not in it. Or open the damaged "
                                "file read-only to see what can still be read."),
                              error->message, when, shown);
    }
  else
    body = g_strdup_printf (_("%s\n\nThere is no good backup in %s. Open the damaged file "
                              "read-only to see what can still be read, and ask your "
                              "administrator for help."), error->message, shown);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("The Database Is Damaged"), body));
  adw_message_dialog_add_responses (dialog,
                                    "quit", _("_Quit"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  if (info != NULL)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore Newest Backup"));
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
    }
  else
    adw_message_dialog_set_default_response (dialog, "read-only");
  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damage_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the database in @window (or a new window): read-only when @holder is someone else
 * who holds the lock, else writing under @lock (transfer full), which the application
 * keeps until it shuts down. */
static void
open_database (KoersApplication      *self,
               KoersWindow           *window,
               KoersLock             *lock,
               const KoersLockHolder *holder)
{
  g_autoptr(KoersLock) owned_lock = lock;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersSession) session = NULL;
  g_autofree char *reason = NULL;
  KoersStoreOpenFlags flags = KOERS_STORE_OPEN_DEFER_CHECK;

  if (holder != NULL)
    flags |= KOERS_STORE_OPEN_READ_ONLY;
  store = koers_store_open_full (self->database, flags, 5000, -1, &error);
  if (store == NULL)
    {
      if (window == NULL)
        window = koers_window_new (GTK_APPLICATION (self), NULL);
      gtk_window_present (GTK_WINDOW (window));
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT) && holder == NULL)
        {
          keep_lock (self, g_steal_pointer (&owned_lock));
          ask_about_damage (self, window, error);
        }
      else
        koers_window_show_open_error (window, self->database, error);
      return;
    }

  if (holder != NULL)
    {
      reason = koers_lock_holder_describe (holder, NULL);
      koers_store_set_read_only_reason (store, reason);
    }
  {
    g_autoptr(GSettings) settings = koers_settings_new ();
    session = koers_session_new (store, settings);
  }
  if (window == NULL)
    window = koers_window_new (GTK_APPLICATION (self), session);
  else
    koers_window_set_session (window, session);
  if (reason != NULL)
    {
      /* Translators: the banner of a database opened read-only; %s is a sentence such as
       * "Anna de Vries is using this database on WS-2 since 09:12." */
      g_autofree char *banner = g_strdup_printf (_("Read-only: %s"), reason);
      koers_window_set_read_only_banner (window, banner);
    }
  gtk_window_present (GTK_WINDOW (window));

  keep_lock (self, g_steal_pointer (&owned_lock));
  koers_store_check_async (store, NULL, on_check_done_cb, g_object_ref (window));
  /* A verified copy at the first start of each day, made in a thread; a reader leaves that
   * to whoever writes, rather than writing next to the database itself. */
  if (holder == NULL)
    {
      g_autofree char *folder = koers_session_dup_backup_folder (session);
      /* The copy made before a schema update joins the other backups. */
      koers_backup_daily_async (self->database, folder, koers_store_get_migration_backup (store),
                                NULL, on_daily_backup_done_cb, g_object_ref (window));
    }
}

static void
on_take_over_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          KoersApplication *self)
{
  KoersWindow *window = KOERS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  const KoersLockHolder *stale = g_object_get_data (G_OBJECT (dialog), "koers-holder");
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(GError) error = NULL;
  KoersLock *lock;

  if (g_strcmp0 (response, "take-over") != 0)
    {
      open_database (self, window, NULL, stale);
      return;
    }

  lock = koers_lock_take_over (self->database, NULL, NULL, &holder, &error);
  if (lock == NULL && holder != NULL)
    {
      /* The holder came back, or someone else took over first: then read-only after all. */
      open_database (self, window, NULL, holder);
      return;
    }
  if (lock == NULL)
    g_warning ("Koers could not take over the lock on %s: %s", self->database, error->message);
  open_database (self, window, lock, NULL);
}

/* A stale lock is taken over only when the user agrees: the holder may be at work after
 * all, on a workstation whose heartbeats did not come through. */
static void
ask_take_over (KoersApplication      *self,
               KoersWindow           *window,
               const KoersLockHolder *holder)
{
  g_autofree char *about = koers_lock_holder_describe (holder, NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf ("%s\n\n%s", about,
                          _("Koers may have stopped there without closing properly. Take over "
                            "only if you are sure nobody is working in this database any more; "
                            "otherwise open it read-only."));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Take Over the Database?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "read-only", _("Open _Read-Only"),
                                    "take-over", _("_Take Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "take-over", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "read-only");
  adw_message_dialog_set_close_response (dialog, "read-only");
  g_object_set_data_full (G_OBJECT (dialog), "koers-holder", koers_lock_holder_copy (holder),
                          (GDestroyNotify) koers_lock_holder_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_take_over_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
koers_application_activate (GApplication *application)
{
  KoersApplication *self = KOERS_APPLICATION (application);
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  KoersLock *lock;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* Someone else writing the database: read-only. Someone who stopped without letting go:
   * ask. A lock file that cannot be written: the store will say what is wrong, if anything. */
  lock = take_lock (self->database, &holder, &error);
  if (lock == NULL && holder == NULL)
    g_warning ("Koers could not lock %s: %s", self->database, error->message);
  if (lock == NULL && holder != NULL && holder->stale)
    {
      KoersWindow *empty = koers_window_new (GTK_APPLICATION (application), NULL);

      gtk_window_present (GTK_WINDOW (empty));
      ask_take_over (self, empty, holder);
      return;
    }
  open_database (self, NULL, lock, holder);
}

static void
show_about_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GtkApplication *application = user_data;
  static const char *developers[] = { "Worthy Future Coaching", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", "Koers",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "Worthy Future Coaching",
                         "developers", developers,
                         "comments", _("Case management for voluntary, dignified and lasting "
                                       "return: participant dossiers, phases and the people "
                                       "who guide them."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 Worthy Future Coaching",
                         /* Translators: your name, to be credited in the About window */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* A second start on this computer, asking for @parameter (a path). */
static void
open_database_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KoersApplication *self = user_data;
  const char *wanted = g_variant_get_bytestring (parameter);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwMessageDialog *dialog;
  g_autofree char *open_name = NULL;
  g_autofree char *wanted_name = NULL;

  if (window == NULL)
    return;
  gtk_window_present (window);
  if (g_strcmp0 (wanted, self->database) == 0)
    return;
  open_name = g_filename_display_name (self->database);
  wanted_name = g_filename_display_name (wanted);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Another Database Is Open"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, _("Koers has “%s” open. Close Koers, then start it "
                                            "again to open “%s”."), open_name, wanted_name);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static gboolean
quit_on_signal_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
koers_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { .name = "about", .activate = show_about_cb },
    { .name = "quit", .activate = quit_cb },
    { .name = "open-database", .activate = open_database_cb, .parameter_type = "ay" },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };

  G_APPLICATION_CLASS (koers_application_parent_class)->startup (application);

  /* Logging out or a kill ends Koers as Quit does: the lock is let go. */
  g_unix_signal_add (SIGTERM, quit_on_signal_cb, application);
  g_unix_signal_add (SIGINT, quit_on_signal_cb, application);
  g_unix_signal_add (SIGHUP, quit_on_signal_cb, application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.new-participant",
                                         new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.search",
                                         search_accels);
}

/* The lock goes last, when the windows (and with them the store) are gone. */
static void
koers_application_shutdown (GApplication *application)
{
  KoersApplication *self = KOERS_APPLICATION (application);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->heartbeat_id, g_source_remove);
  if (self->lock != NULL && !koers_lock_release (self->lock, &error))
    g_warning ("Koers could not remove its lock on %s: %s", self->database, error->message);
  g_clear_object (&self->lock);

  G_APPLICATION_CLASS (koers_application_parent_class)->shutdown (application);
}

static void
koers_application_finalize (GObject *object)
{
  KoersApplication *self = KOERS_APPLICATION (object);

  g_clear_handle_id (&self->heartbeat_id, g_source_remove);
  g_clear_object (&self->lock);
  g_free (self->database);

  G_OBJECT_CLASS (koers_application_parent_class)->finalize (object);
}

static void
koers_application_class_init (KoersApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = koers_application_finalize;
  app_class->handle_local_options = koers_application_handle_local_options;
  app_class->activate = koers_application_activate;
  app_class->startup = koers_application_startup;
  app_class->shutdown = koers_application_shutdown;
}

static void
koers_application_init (KoersApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the database in FILE instead of the default one"), N_("FILE") },
    { "generate-demo", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Add N fictional participants to the database, then exit"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, NULL,
      N_("Seed for --generate-demo; the same seed gives the same people"), N_("SEED") },
    { "export-quarter", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the summary of a quarter (2026-Q3) or a period (2026-07-01..2026-09-30) to "
         "the workbook given with --output, then exit"), N_("PERIOD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("The workbook --export-quarter writes"), N_("FILE") },
    { "with-participants", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Add a sheet with each participant of the period, by dossier code"), NULL },
    { "with-names", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Give their names on it too (personal data)"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Case management for return guidance."));
}

/**
 * koers_application_new:
 *
 * Returns: (transfer full): the Koers application.
 */
KoersApplication *
koers_application_new (void)
{
  return g_object_new (KOERS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
