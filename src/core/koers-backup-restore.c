/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "koers-backup-restore.h"
#include "koers-backup.h"
#include "koers-store-private.h"

/* Going back to a backup: what each one holds, the newest one that is good, and putting one
 * in place — into the open store, or as the file itself when the database is too damaged to
 * open. Whatever is replaced is kept: the caller backs the current state up first, and a
 * damaged file is moved aside, never deleted. */

void
koers_backup_info_free (KoersBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_clear_pointer (&info->modified, g_date_time_unref);
  g_free (info->last_change);
  g_free (info);
}

static gboolean
backup_error (sqlite3     *db,
              int          rc,
              const char  *path,
              GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);

  g_set_error (error, KOERS_STORE_ERROR,
               (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB
                 ? KOERS_STORE_ERROR_CORRUPT : KOERS_STORE_ERROR_FAILED,
               _("The backup “%s” cannot be used (%s)."), name,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
count (sqlite3     *db,
       const char  *sql,
       gint64      *value,
       char       **text)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (value != NULL)
        *value = sqlite3_column_int64 (stmt, 0);
      if (text != NULL)
        *text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/**
 * koers_backup_inspect:
 * @path: a backup file
 * @error: return location for an error
 *
 * Opens @path read-only, checks it for damage and counts what it holds.
 *
 * Returns: (transfer full) (nullable): what the backup holds, or %NULL when it is damaged,
 *   not a Koers database or made by a newer Koers.
 */
KoersBackupInfo *
koers_backup_inspect (const char  *path,
                      GError     **error)
{
  g_autoptr(KoersBackupInfo) info = g_new0 (KoersBackupInfo, 1);
  g_autofree char *check = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) file_info = NULL;
  gint64 application_id = 0, version = 0;
  sqlite3 *db = NULL;
  int rc;

  file_info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                 G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL,
                                 error);
  if (file_info == NULL)
    return NULL;
  info->path = g_strdup (path);
  info->size = g_file_info_get_size (file_info);
  info->modified = g_file_info_get_modification_date_time (file_info);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      backup_error (db, rc, path, error);
      sqlite3_close (db);
      return NULL;
    }
  if (!count (db, "PRAGMA quick_check(1)", NULL, &check) || g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT,
                   _("The backup “%s” is damaged."), name);
      sqlite3_close (db);
      return NULL;
    }
  count (db, "PRAGMA application_id", &application_id, NULL);
  count (db, "PRAGMA user_version", &version, NULL);
  if (application_id != KOERS_STORE_APPLICATION_ID
      || version > koers_store_get_latest_schema_version ())
    {
      g_set_error (error, KOERS_STORE_ERROR,
                   application_id != KOERS_STORE_APPLICATION_ID ? KOERS_STORE_ERROR_NOT_KOERS
                                                                : KOERS_STORE_ERROR_TOO_NEW,
                   application_id != KOERS_STORE_APPLICATION_ID
                     ? _("“%s” is not a Koers backup.")
                     : _("The backup “%s” was made by a newer version of Koers."), name);
      sqlite3_close (db);
      return NULL;
    }
  info->schema_version = (int) version;
  count (db, "SELECT count(*) FROM participant", &info->n_participants, NULL);
  count (db, "SELECT count(*) FROM participant WHERE status = 'active'", &info->n_active, NULL);
  count (db, "SELECT count(*) FROM contact_note", &info->n_notes, NULL);
  count (db, "SELECT max(updated_at) FROM participant", NULL, &info->last_change);
  sqlite3_close (db);
  return g_steal_pointer (&info);
}

/**
 * koers_backup_find_newest_good:
 * @folder: a backup folder
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the newest backup in @folder that is not damaged, or
 *   %NULL with @error set when there is none.
 */
char *
koers_backup_find_newest_good (const char  *folder,
                               GError     **error)
{
  g_autoptr(GPtrArray) names = koers_backup_list (folder);
  g_autofree char *shown = g_filename_display_name (folder);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, (char *) names->pdata[i], NULL);
      g_autoptr(KoersBackupInfo) info = koers_backup_inspect (path, NULL);

      if (info != NULL)
        return g_steal_pointer (&path);
    }
  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
               _("There is no usable backup in “%s”."), shown);
  return NULL;
}

/* Copies @from into @to, a connection open for writing, page by page. */
static gboolean
copy_into (sqlite3     *to,
           const char  *from,
           GError     **error)
{
  sqlite3 *src = NULL;
  sqlite3_backup *backup;
  int rc = sqlite3_open_v2 (from, &src, SQLITE_OPEN_READONLY, NULL);

  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (to, "main", src, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (to);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
          if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
            rc = sqlite3_errcode (to);
        }
    }
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_basename (from);
      g_set_error (error, KOERS_STORE_ERROR,
                   (rc & 0xff) == SQLITE_FULL ? KOERS_STORE_ERROR_DISK_FULL
                                              : KOERS_STORE_ERROR_FAILED,
                   _("Restoring “%s” failed (%s). The database was not changed."), name,
                   sqlite3_errstr (rc));
    }
  sqlite3_close (src);
  return rc == SQLITE_OK;
}

/**
 * koers_store_restore:
 * @self: a store, outside a transaction
 * @backup: a backup file that koers_backup_inspect() found good
 * @error: return location for an error
 *
 * Replaces the whole database with @backup, in one step that either completes or leaves the
 * database as it was, then updates its schema when the backup is older. Make a backup of
 * the current state first: what is replaced is gone from this file. What could be undone is
 * forgotten, and #KoersStore::changed is emitted so that every view reloads.
 *
 * Returns: %TRUE when restored.
 */
gboolean
koers_store_restore (KoersStore  *self,
                     const char  *backup,
                     GError     **error)
{
  g_autoptr(KoersBackupInfo) info = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  /* The copy bypasses koers_store_begin(), so it checks for itself. */
  if (!koers_store_check_not_moved (self, error))
    return FALSE;
  info = koers_backup_inspect (backup, error);
  if (info == NULL)
    return FALSE;
  /* Cached statements would hold read locks the copy has to wait for. */
  g_hash_table_remove_all (self->statements);
  if (!koers_store_audit_remove (self, error))
    return FALSE;
  if (!copy_into (self->db, backup, error))
    {
      koers_store_audit_install (self, NULL);
      return FALSE;
    }
  if (!koers_store_reload_schema (self, error))
    return FALSE;
  koers_store_clear_undo (self);
  g_signal_emit_by_name (self, "changed");
  return TRUE;
}

/**
 * koers_backup_restore_file:
 * @backup: a backup file that koers_backup_inspect() found good
 * @database: the database file, which cannot be opened (it is damaged), or is missing
 * @damaged_copy: (out) (optional) (transfer full) (nullable): where the old file was moved
 * @error: return location for an error
 *
 * Puts a copy of @backup in the place of @database, for when the database is too damaged to
 * open. The damaged file (and its journal) is moved aside with a time stamp, never deleted:
 * someone may still rescue the latest changes from it.
 *
 * Returns: %TRUE when @database is the backup's copy.
 */
gboolean
koers_backup_restore_file (const char  *backup,
                           const char  *database,
                           char       **damaged_copy,
                           GError     **error)
{
  g_autoptr(KoersBackupInfo) info = koers_backup_inspect (backup, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", database, stamp);
  g_autofree char *partial = g_strconcat (database, ".restoring", NULL);
  const char *suffixes[] = { "", "-wal", "-shm" };
  sqlite3 *out = NULL;
  int rc;

  if (info == NULL)
    return FALSE;

  /* The copy is made first, under a temporary name: a failure leaves everything as it was. */
  g_unlink (partial);
  rc = sqlite3_open_v2 (partial, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK || !copy_into (out, backup, error))
    {
      if (rc != SQLITE_OK)
        backup_error (out, rc, partial, error);
      sqlite3_close (out);
      g_unlink (partial);
      return FALSE;
    }
  sqlite3_close (out);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (database, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;
          g_autofree char *shown = g_filename_display_name (from);
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                       _("Koers could not move “%s” aside (%s)."), shown,
                       g_strerror (saved_errno));
          g_unlink (partial);
          return FALSE;
        }
    }
  if (g_rename (partial, database) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (database);
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                   _("Koers could not put the backup in place of “%s” (%s)."), shown,
                   g_strerror (saved_errno));
      return FALSE;
    }
  if (damaged_copy != NULL)
    *damaged_copy = g_file_test (aside, G_FILE_TEST_EXISTS) ? g_steal_pointer (&aside) : NULL;
  return TRUE;
}
