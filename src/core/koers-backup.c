/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "koers-backup.h"
#include "koers-store.h"
#include "koers-types.h"

/* Automatic backups: a verified copy at the first start of each day, kept with rotation
 * (7 daily, 4 weekly, 12 monthly). Copies are made on connections of their own, so that
 * they can run in a thread while the window works. Backup files are named
 * koers-YYYYMMDD-HHMMSS.db, which sorts by time. */

#define PREFIX "koers-"
#define SUFFIX ".db"
#define KEPT "-kept"
#define KEEP_DAILY 7
#define KEEP_WEEKLY 4
#define KEEP_MONTHLY 12

/**
 * koers_backup_default_folder:
 * @database: the database file
 *
 * Returns: (transfer full): the folder "<name>-backups" next to @database ("koers-backups"
 *   for koers.db).
 */
char *
koers_backup_default_folder (const char *database)
{
  g_autofree char *dir = g_path_get_dirname (database);
  g_autofree char *base = g_path_get_basename (database);
  g_autofree char *folder = NULL;
  char *dot = strrchr (base, '.');

  /* One folder per database: "koers-backups" for koers.db, "demo-backups" for demo.db, so
   * that two databases in one folder never rotate or restore each other's copies. */
  if (dot != NULL && dot != base)
    *dot = '\0';
  folder = g_strconcat (base, "-backups", NULL);
  return g_build_filename (dir, folder, NULL);
}

static gboolean
set_sqlite_error (sqlite3     *db,
                  int          rc,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KOERS_STORE_ERROR,
               (rc & 0xff) == SQLITE_FULL ? KOERS_STORE_ERROR_DISK_FULL : KOERS_STORE_ERROR_FAILED,
               _("Koers could not write the backup “%s” (%s)."), name,
               db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
write_error (const char  *path,
             int          errnum,
             GError     **error)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
               _("Koers could not write the backup “%s” (%s)."), shown, g_strerror (errnum));
  return FALSE;
}

/* Gives the checked copy @partial its name @path; removes it when that fails. */
static gboolean
put_in_place (const char  *partial,
              const char  *path,
              GError     **error)
{
  int saved_errno;

  if (g_rename (partial, path) == 0)
    return TRUE;
  saved_errno = errno;
  g_unlink (partial);
  return write_error (path, saved_errno, error);
}

/* Copies @database to @destination with the online backup API, then checks the copy. */
static gboolean
copy_and_verify (const char  *database,
                 const char  *destination,
                 GError     **error)
{
  sqlite3 *src = NULL, *dest = NULL;
  sqlite3_backup *backup;
  sqlite3_stmt *stmt = NULL;
  int rc;
  gboolean ok = FALSE;

  rc = sqlite3_open_v2 (database, &src, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (src, rc, database, error);
      goto out;
    }
  sqlite3_busy_timeout (src, 5000);
  rc = sqlite3_open_v2 (destination, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (dest, rc, destination, error);
      goto out;
    }
  backup = sqlite3_backup_init (dest, "main", src, "main");
  if (backup == NULL)
    {
      set_sqlite_error (dest, sqlite3_errcode (dest), destination, error);
      goto out;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (dest, rc, destination, error);
      goto out;
    }
  /* A copy is a single file: no write-ahead log, so it opens on a read-only share and
   * leaves no -wal or -shm files beside it. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (dest, rc, destination, error);
      goto out;
    }
  /* A backup one cannot restore is worse than none: read it back. */
  rc = sqlite3_prepare_v2 (dest, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW || g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_autofree char *name = g_filename_display_name (destination);
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT,
                   _("The backup “%s” did not pass its check and was removed."), name);
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (dest);
  sqlite3_close (src);
  return ok;
}

/* The default folder, next to the database, is made when missing. Any other folder is used
 * only when it is there: a missing one may be a disk or network share that is not connected,
 * and a backup made in its place would fill the local disk and vanish when it is. */
static gboolean
prepare_folder (const char  *database,
                const char  *folder,
                GError     **error)
{
  g_autofree char *default_folder = koers_backup_default_folder (database);
  g_autofree char *canonical = g_canonicalize_filename (folder, NULL);
  g_autofree char *canonical_default = g_canonicalize_filename (default_folder, NULL);
  g_autofree char *shown = g_filename_display_name (folder);
  GStatBuf st;

  if (g_stat (folder, &st) != 0 && errno == ENOENT && strcmp (canonical, canonical_default) != 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_MISSING,
                   _("The backup folder “%s” is not there. Is the disk or network share "
                     "connected?"), shown);
      return FALSE;
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, KOERS_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? KOERS_STORE_ERROR_FOLDER_READ_ONLY : KOERS_STORE_ERROR_FAILED,
                   _("Koers could not use the backup folder “%s” (%s)."), shown,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_backup_make:
 * @database: the database file
 * @folder: where backups go: the default folder (koers_backup_default_folder()) is created
 *   when missing; any other folder must exist, or %KOERS_STORE_ERROR_FOLDER_MISSING is set
 * @error: return location for an error
 *
 * Makes a verified copy of @database in @folder. The copy is written under a temporary name
 * and renamed only once checked, so a failed backup never looks like a good one.
 *
 * Returns: (transfer full) (nullable): the backup's path.
 */
static char *
make_backup (const char  *database,
             const char  *folder,
             gboolean     kept,
             GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strconcat (PREFIX, stamp, kept ? KEPT SUFFIX : SUFFIX, NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);

  if (!prepare_folder (database, folder, error))
    return NULL;
  if (!copy_and_verify (database, partial, error))
    {
      g_unlink (partial);
      return NULL;
    }
  if (!put_in_place (partial, path, error))
    return NULL;
  return g_steal_pointer (&path);
}

char *
koers_backup_make (const char  *database,
                   const char  *folder,
                   GError     **error)
{
  return make_backup (database, folder, FALSE, error);
}

/**
 * koers_backup_make_kept:
 * @database: the database file
 * @folder: where backups go, as for koers_backup_make()
 * @error: return location for an error
 *
 * Makes a verified copy, as koers_backup_make() does, that rotation never removes: the
 * state just before a restore, which may hold work nowhere else.
 *
 * Returns: (transfer full) (nullable): the backup's path.
 */
char *
koers_backup_make_kept (const char  *database,
                        const char  *folder,
                        GError     **error)
{
  return make_backup (database, folder, TRUE, error);
}

/**
 * koers_backup_keep_file:
 * @copy: a verified copy of @database made elsewhere: the one made before a schema update,
 *   next to the database
 * @database: the database file
 * @folder: where backups go, as for koers_backup_make()
 * @kept: (out) (optional) (transfer full): where the copy is now
 * @error: return location for an error
 *
 * Moves @copy into @folder as a backup that rotation never removes, named for the time it
 * was made, so that it is listed with the others (and can be restored) instead of lying
 * next to the database, where nobody looks after it: it holds everything the database
 * held. Within one file system it is renamed; across file systems (a backup folder on a
 * share) it is copied and checked first, and only then removed from beside the database.
 *
 * Returns: %TRUE when moved; @copy is left where it was otherwise.
 */
gboolean
koers_backup_keep_file (const char  *copy,
                        const char  *database,
                        const char  *folder,
                        char       **kept,
                        GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  GStatBuf st;

  if (kept != NULL)
    *kept = NULL;
  if (!prepare_folder (database, folder, error))
    return FALSE;
  when = g_stat (copy, &st) == 0 ? g_date_time_new_from_unix_local (st.st_mtime)
                                 : g_date_time_new_now_local ();
  stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");
  name = g_strconcat (PREFIX, stamp, KEPT SUFFIX, NULL);
  path = g_build_filename (folder, name, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return write_error (path, EEXIST, error);
  if (g_rename (copy, path) != 0)
    {
      if (errno != EXDEV)
        return write_error (path, errno, error);
      partial = g_strconcat (path, ".partial", NULL);
      if (!copy_and_verify (copy, partial, error))
        {
          g_unlink (partial);
          return FALSE;
        }
      if (!put_in_place (partial, path, error))
        return FALSE;
      g_unlink (copy);
    }
  if (kept != NULL)
    *kept = g_steal_pointer (&path);
  return TRUE;
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -strcmp (*(const char **) a, *(const char **) b);
}

/**
 * koers_backup_list:
 * @folder: a backup folder
 *
 * Returns: (transfer full) (element-type utf8): the backup file names, newest first; empty
 *   when the folder does not exist.
 */
GPtrArray *
koers_backup_list (const char *folder)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, PREFIX) && g_str_has_suffix (name, SUFFIX)
        && (strlen (name) == strlen (PREFIX "YYYYMMDD-HHMMSS" SUFFIX)
            || (strlen (name) == strlen (PREFIX "YYYYMMDD-HHMMSS" KEPT SUFFIX)
                && g_str_has_suffix (name, KEPT SUFFIX))))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names_newest_first);
  return names;
}

static GDate *
date_of (const char *name)
{
  unsigned y, m, d;

  if (sscanf (name + strlen (PREFIX), "%4u%2u%2u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

/**
 * koers_backup_expired:
 * @names: (element-type utf8): backup file names, newest first
 * @today: today
 *
 * The rotation rule: keep the newest backup of each of the last 7 days that have one, of each
 * of the last 4 weeks and of each of the last 12 months; the rest expires.
 *
 * Returns: (transfer full) (element-type utf8): the names to remove.
 */
GPtrArray *
koers_backup_expired (GPtrArray   *names,
                      const GDate *today)
{
  GPtrArray *expired = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) months = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GDate) date = date_of (name);
      gboolean keep = FALSE;
      guint day, week, month;

      /* A copy kept on purpose (before a restore) is never rotated away. */
      if (date == NULL || g_str_has_suffix (name, KEPT SUFFIX))
        continue;
      day = g_date_get_julian (date);
      /* Weeks start on Monday; the key is the Julian day of that Monday. */
      week = day - (g_date_get_weekday (date) - 1);
      month = g_date_get_year (date) * 12 + g_date_get_month (date);

      if (!g_hash_table_contains (days, GUINT_TO_POINTER (day))
          && g_hash_table_size (days) < KEEP_DAILY)
        {
          g_hash_table_add (days, GUINT_TO_POINTER (day));
          keep = TRUE;
        }
      if (!g_hash_table_contains (weeks, GUINT_TO_POINTER (week))
          && g_hash_table_size (weeks) < KEEP_WEEKLY)
        {
          g_hash_table_add (weeks, GUINT_TO_POINTER (week));
          keep = TRUE;
        }
      if (!g_hash_table_contains (months, GUINT_TO_POINTER (month))
          && g_hash_table_size (months) < KEEP_MONTHLY)
        {
          g_hash_table_add (months, GUINT_TO_POINTER (month));
          keep = TRUE;
        }
      if (!keep)
        g_ptr_array_add (expired, g_strdup (name));
    }
  (void) today;
  return expired;
}

/**
 * koers_backup_daily:
 * @database: the database file
 * @folder: the backup folder; only the default one is created when missing, as with
 *   koers_backup_make()
 * @made: (out) (optional) (transfer full) (nullable): the backup made, %NULL when today's
 *   already existed
 * @error: return location for an error
 *
 * Makes today's backup unless there is one, then removes the backups the rotation no longer
 * keeps.
 *
 * Returns: %TRUE on success.
 */
gboolean
koers_backup_daily (const char  *database,
                    const char  *folder,
                    char       **made,
                    GError     **error)
{
  g_autoptr(GPtrArray) names = koers_backup_list (folder);
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GDate) today = koers_today ();
  g_autofree char *today_prefix = g_strdup_printf (PREFIX "%04u%02u%02u",
                                                   g_date_get_year (today),
                                                   g_date_get_month (today),
                                                   g_date_get_day (today));
  g_autofree char *path = NULL;
  gboolean done_today = FALSE;

  if (made != NULL)
    *made = NULL;
  /* A copy kept on purpose (before a restore or a schema update) is not today's backup: that
   * is of the database as it is now. */
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_str_has_suffix (name, KEPT SUFFIX))
        continue;
      done_today = g_str_has_prefix (name, today_prefix);
      break;
    }
  if (!done_today)
    {
      path = koers_backup_make (database, folder, error);
      if (path == NULL)
        return FALSE;
      g_ptr_array_unref (names);
      names = koers_backup_list (folder);
    }

  expired = koers_backup_expired (names, today);
  for (guint i = 0; i < expired->len; i++)
    {
      g_autofree char *old = g_build_filename (folder, g_ptr_array_index (expired, i), NULL);
      g_unlink (old);
    }
  if (made != NULL)
    *made = g_steal_pointer (&path);
  return TRUE;
}

static void
daily_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  char **paths = task_data;
  g_autoptr(GError) error = NULL;
  char *made = NULL;

  /* The copy from before a schema update goes with the others first; where it cannot, it
   * stays next to the database, as it was, and the daily backup is made all the same. */
  if (paths[2] != NULL && !koers_backup_keep_file (paths[2], paths[0], paths[1], NULL, &error))
    {
      g_warning ("Koers could not move %s into the backup folder: %s", paths[2], error->message);
      g_clear_error (&error);
    }
  if (!koers_backup_daily (paths[0], paths[1], &made, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, made, g_free);
}

/**
 * koers_backup_daily_async:
 * @database: the database file
 * @folder: the backup folder
 * @keep: (nullable): a copy to move into @folder first (koers_backup_keep_file()): the one
 *   made before a schema update
 * @cancellable: (nullable): a cancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * koers_backup_daily() in a thread.
 */
void
koers_backup_daily_async (const char          *database,
                          const char          *folder,
                          const char          *keep,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **paths = g_new0 (char *, 4);

  paths[0] = g_strdup (database);
  paths[1] = g_strdup (folder);
  paths[2] = g_strdup (keep);
  g_task_set_source_tag (task, koers_backup_daily_async);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, daily_thread);
}

/**
 * koers_backup_daily_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the backup made, or %NULL when today's existed (then
 *   @error is not set) or on failure.
 */
char *
koers_backup_daily_finish (GAsyncResult  *result,
                           GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
