/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "koers-store-private.h"

/* What went wrong, in words: SQLite's result codes (and the system's reason behind an I/O
 * error) become store errors that say what happened, and advice that says what to do. */

/**
 * koers_store_error_get_advice:
 * @error: an error of the %KOERS_STORE_ERROR domain
 *
 * The message of a store error says what happened; this says what the user can do about it.
 *
 * Returns: (transfer none): translated advice for @error.
 */
const char *
koers_store_error_get_advice (const GError *error)
{
  if (error == NULL || error->domain != KOERS_STORE_ERROR)
    return _("Try again. If this keeps happening, make a copy of the database and ask your "
             "administrator for help.");

  switch ((KoersStoreError) error->code)
    {
    case KOERS_STORE_ERROR_NOT_SQLITE:
      return _("Check that you chose the right file. Koers databases are files that Koers "
               "created, usually called “koers.db”.");
    case KOERS_STORE_ERROR_NOT_KOERS:
      return _("Koers does not change files of other programs. Choose a Koers database, or a "
               "new file name to start an empty one.");
    case KOERS_STORE_ERROR_TOO_NEW:
      return _("Install the newer version of Koers on this workstation too. The file has not "
               "been changed.");
    case KOERS_STORE_ERROR_CORRUPT:
      return _("Stop working in this file and keep a copy of it as it is. Restore the most "
               "recent backup, or ask your administrator for help.");
    case KOERS_STORE_ERROR_READ_ONLY:
      return _("If someone else is using this database, wait until they have closed Koers, "
               "then open it again. Otherwise ask your administrator for permission to change "
               "this file, or copy it to a folder of your own.");
    case KOERS_STORE_ERROR_FOLDER_READ_ONLY:
      return _("While it works, Koers keeps a journal next to the database, so it must be "
               "allowed to write in that folder. Ask your administrator for permission, or "
               "move the database to a folder of your own.");
    case KOERS_STORE_ERROR_LOCKED:
      return _("Another program, or Koers on another workstation, is using this database. "
               "Close it there, wait a moment and try again.");
    case KOERS_STORE_ERROR_DISK_FULL:
      return _("Free some space on the disk, or ask your administrator to make room or raise "
               "the limit, then try again. What was saved before is safe.");
    case KOERS_STORE_ERROR_INVALID:
      return _("Correct the value and try again. Nothing was saved.");
    case KOERS_STORE_ERROR_NOT_FOUND:
      return _("Someone else may have removed it. The list will show what is there now.");
    case KOERS_STORE_ERROR_MOVED:
      return _("Everything saved until then is still held by Koers and can be saved to a new "
               "file. Do not make more changes; find out what moved the file (a "
               "synchronisation program, for example) and open the right file again.");
    case KOERS_STORE_ERROR_FOLDER_MISSING:
      return _("Connect the disk or network share, or choose another folder, then try again. "
               "The database itself was not changed.");
    case KOERS_STORE_ERROR_FAILED:
    default:
      return _("Try again. If this keeps happening, make a copy of the database and ask your "
               "administrator for help.");
    }
}

/* A write to a store opened read-only: says so, with the reason its opener gave. */
gboolean
koers_store_set_read_only_error (KoersStore  *self,
                     GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);

  if (self->read_only_reason != NULL)
    /* Translators: the second %s is a sentence that says why, such as "Anna de Vries is
     * using this database on WS-2 since 09:12." */
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                 _("Koers opened “%s” read-only, so the change was not saved. %s"), name,
                 self->read_only_reason);
  else
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                 _("Koers opened “%s” read-only, so the change was not saved."), name);
  return FALSE;
}

/* The system's reason (errno) for an SQLite I/O error. sqlite3_system_errno() misses the
 * errors of a COMMIT, and most writes go to the journal (WAL), so ask the files first. */
static int
io_errno (sqlite3 *db)
{
  sqlite3_file *journal = NULL;
  int value = 0;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK
      && journal != NULL && journal->pMethods != NULL)
    journal->pMethods->xFileControl (journal, SQLITE_FCNTL_LAST_ERRNO, &value);
  if (value == 0)
    sqlite3_file_control (db, "main", SQLITE_FCNTL_LAST_ERRNO, &value);
  if (value == 0)
    value = sqlite3_system_errno (db);
  return value;
}

/**
 * koers_store_set_error:
 * @self: a store
 * @rc: an SQLite result code other than OK, ROW or DONE
 * @error: return location for the error
 *
 * Translates an SQLite result code into a %KOERS_STORE_ERROR.
 *
 * Returns: %FALSE, so callers can `return koers_store_set_error (…)`.
 */
gboolean
koers_store_set_error (KoersStore  *self,
                       int          rc,
                       GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int system_errno = self->db && (rc & 0xff) == SQLITE_IOERR ? io_errno (self->db) : 0;

  /* A write refused for want of room mostly comes back as a plain "disk I/O error"
   * (SQLite says SQLITE_FULL only for ENOSPC on the main file); the reason says more. */
  if (system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG)
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      if (system_errno == EFBIG)
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL,
                       _("“%s” has reached the largest file size this disk or system allows. "
                         "The change was not saved."), name);
          break;
        }
      if (system_errno == EDQUOT)
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL,
                       _("Your share of the disk that holds “%s” is used up. The change was "
                         "not saved."), name);
          break;
        }
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL,
                   _("The disk that holds “%s” is full. The change was not saved."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      if (self->read_only)
        koers_store_set_read_only_error (self, error);
      else
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                     _("Koers may not change “%s”."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_LOCKED,
                   _("“%s” is in use by another program."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)."), name, detail);
      break;
    case SQLITE_CONSTRAINT:
      /* A record the change refers to was removed, perhaps on another workstation. */
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                               _("Something this change refers to no longer exists. The "
                                 "change was not saved."));
          break;
        }
      G_GNUC_FALLTHROUGH;
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("The database refused a value (%s)."), detail);
      break;
    default:
      if (rc == SQLITE_IOERR_WRITE)
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                     _("Koers could not write to “%s” (%s). The change was not saved."), name,
                     system_errno != 0 ? g_strerror (system_errno) : detail);
      else
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                     _("Koers could not read or write “%s” (%s)."), name, detail);
      break;
    }
  return FALSE;
}
