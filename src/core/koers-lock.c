/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "koers-lock.h"

/* One writer at a time. SQLite's own locks do not hold across workstations on every network
 * share, so a Koers that writes a database keeps a small key file next to it,
 * "<database>.lock", saying who, on which workstation, in which process and since when, with
 * a heartbeat renewed every minute. Another Koers that finds the file opens the database
 * read-only, unless the lock is stale: its process is gone, or its heartbeat stopped long
 * ago. Readers must never see half a file, so after the first write (O_EXCL, which decides
 * who gets the lock) the file is only ever replaced by renaming a complete one over it. */

#define GROUP "Koers Lock"

struct _KoersLock
{
  GObject    parent_instance;

  char      *database;
  char      *path;
  char      *who;
  char      *host;
  gint64     pid;
  GDateTime *since;
  gboolean   held;
};

G_DEFINE_FINAL_TYPE (KoersLock, koers_lock, G_TYPE_OBJECT)
G_DEFINE_QUARK (koers-lock-error-quark, koers_lock_error)
G_DEFINE_BOXED_TYPE (KoersLockHolder, koers_lock_holder, koers_lock_holder_copy,
                     koers_lock_holder_free)

/**
 * koers_lock_holder_copy:
 * @holder: a holder
 *
 * Returns: (transfer full): a copy of @holder.
 */
KoersLockHolder *
koers_lock_holder_copy (const KoersLockHolder *holder)
{
  KoersLockHolder *copy;

  g_return_val_if_fail (holder != NULL, NULL);

  copy = g_new0 (KoersLockHolder, 1);
  copy->who = g_strdup (holder->who);
  copy->host = g_strdup (holder->host);
  copy->pid = holder->pid;
  copy->since = holder->since ? g_date_time_ref (holder->since) : NULL;
  copy->heartbeat = holder->heartbeat ? g_date_time_ref (holder->heartbeat) : NULL;
  copy->stale = holder->stale;
  return copy;
}

/**
 * koers_lock_holder_free:
 * @holder: (nullable): a holder
 *
 * Frees @holder.
 */
void
koers_lock_holder_free (KoersLockHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->who);
  g_free (holder->host);
  g_clear_pointer (&holder->since, g_date_time_unref);
  g_clear_pointer (&holder->heartbeat, g_date_time_unref);
  g_free (holder);
}

/* Local time of day, with the date in front when it is not today: "09:12",
 * "27-11-2026 09:12" (days the way Koers writes them everywhere). */
static char *
format_local_time (GDateTime *time,
                   GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autoptr(GDateTime) local_now = now ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  int y, m, d, now_y, now_m, now_d;

  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_time_get_ymd (local_now, &now_y, &now_m, &now_d);
  if (y == now_y && m == now_m && d == now_d)
    return g_date_time_format (local, "%H:%M");
  return g_date_time_format (local, "%d-%m-%Y %H:%M");
}

/**
 * koers_lock_holder_describe:
 * @holder: a holder
 * @now: (nullable): the time that decides what "today" is; %NULL for the current time
 *
 * Returns: (transfer full): a sentence about the holder for the user, such as "Anna de Vries
 *   is using this database on WS-2 since 09:12.", or for a stale lock when it was last
 *   heard of.
 */
char *
koers_lock_holder_describe (const KoersLockHolder *holder,
                            GDateTime             *now)
{
  g_autofree char *since = NULL;
  g_autofree char *heartbeat = NULL;

  g_return_val_if_fail (holder != NULL, NULL);

  if (holder->who == NULL || holder->host == NULL || holder->since == NULL
      || holder->heartbeat == NULL)
    return g_strdup (_("Next to this database is a lock file that Koers cannot read, so it "
                       "cannot tell who may be using the database."));

  since = format_local_time (holder->since, now);
  if (!holder->stale)
    /* Translators: "Anna de Vries is using this database on WS-2 since 09:12." */
    return g_strdup_printf (_("%s is using this database on %s since %s."), holder->who,
                            holder->host, since);

  heartbeat = format_local_time (holder->heartbeat, now);
  /* Translators: "Anna de Vries opened this database on WS-2 at 09:12; the last sign of
   * life from there was at 10:40." */
  return g_strdup_printf (_("%s opened this database on %s at %s; the last sign of life from "
                            "there was at %s."), holder->who, holder->host, since, heartbeat);
}

static void
koers_lock_dispose (GObject *object)
{
  KoersLock *self = KOERS_LOCK (object);

  /* A lock nobody released explicitly still goes, but only if it is still ours. */
  if (self->held)
    koers_lock_release (self, NULL);

  G_OBJECT_CLASS (koers_lock_parent_class)->dispose (object);
}

static void
koers_lock_finalize (GObject *object)
{
  KoersLock *self = KOERS_LOCK (object);

  g_free (self->database);
  g_free (self->path);
  g_free (self->who);
  g_free (self->host);
  g_clear_pointer (&self->since, g_date_time_unref);

  G_OBJECT_CLASS (koers_lock_parent_class)->finalize (object);
}

static void
koers_lock_class_init (KoersLockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_lock_dispose;
  object_class->finalize = koers_lock_finalize;
}

static void
koers_lock_init (KoersLock *self)
{
}

/* Whole seconds in UTC, so that every workstation reads the same moment. */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
parse_time (GKeyFile   *file,
            const char *key)
{
  g_autofree char *text = g_key_file_get_string (file, GROUP, key, NULL);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

static GDateTime *
now_or_current (GDateTime *now)
{
  return now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
}

static const char *
default_who (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    return g_get_user_name ();
  return name;
}

/* Only "no such process" means gone: EPERM is a live process of another user. */
static gboolean
process_is_gone (gint64 pid)
{
  if (pid <= 0 || pid > G_MAXINT)
    return TRUE;
  return kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

static void
judge (KoersLockHolder *holder,
       GDateTime       *now)
{
  if (holder->who == NULL || holder->host == NULL || holder->pid <= 0
      || holder->since == NULL || holder->heartbeat == NULL)
    holder->stale = TRUE;
  else if (g_str_equal (holder->host, g_get_host_name ()) && process_is_gone (holder->pid))
    holder->stale = TRUE;
  else
    holder->stale = g_date_time_difference (now, holder->heartbeat)
                    > KOERS_LOCK_STALE_AFTER * G_TIME_SPAN_SECOND;
}

/* The holder written in @path, %NULL without @error when there is no lock file. A file that
 * cannot be parsed gives a holder without fields, which judge() calls stale. */
static KoersLockHolder *
read_holder (const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *contents = NULL;
  KoersLockHolder *holder;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FAILED,
                     _("Koers could not read the lock file “%s” (%s)."), name,
                     local_error->message);
      return NULL;
    }

  holder = g_new0 (KoersLockHolder, 1);
  if (g_key_file_load_from_data (file, contents, length, G_KEY_FILE_NONE, NULL))
    {
      holder->who = g_key_file_get_string (file, GROUP, "Who", NULL);
      holder->host = g_key_file_get_string (file, GROUP, "Host", NULL);
      holder->pid = g_key_file_get_int64 (file, GROUP, "Pid", NULL);
      holder->since = parse_time (file, "Since");
      holder->heartbeat = parse_time (file, "Heartbeat");
    }
  return holder;
}

static gboolean
is_ours (KoersLock             *self,
         const KoersLockHolder *holder)
{
  return holder != NULL
         && g_strcmp0 (holder->host, self->host) == 0
         && holder->pid == self->pid
         && holder->since != NULL
         && g_date_time_equal (holder->since, self->since);
}

static void
set_held_error (GError                **error,
                const char             *database,
                const KoersLockHolder  *holder)
{
  g_autofree char *name = g_filename_display_basename (database);

  if (holder->who == NULL || holder->host == NULL)
    g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD,
                 _("“%s” has a damaged lock file next to it."), name);
  else if (holder->stale)
    /* Translators: "“koers.db” is locked by Anna de Vries on WS-2, who seems to have
     * stopped using it." */
    g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD,
                 _("“%s” is locked by %s on %s, who seems to have stopped using it."),
                 name, holder->who, holder->host);
  else
    /* Translators: "“koers.db” is in use by Anna de Vries on WS-2." */
    g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD,
                 _("“%s” is in use by %s on %s."), name, holder->who, holder->host);
}

static void
set_lost_error (GError                **error,
                KoersLock              *self,
                const KoersLockHolder  *holder)
{
  g_autofree char *name = g_filename_display_basename (self->database);

  if (holder != NULL && holder->who != NULL && holder->host != NULL)
    /* Translators: "Anna de Vries on WS-2 took over “koers.db”." */
    g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_LOST,
                 _("%s on %s took over “%s”."), holder->who, holder->host, name);
  else
    g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_LOST,
                 _("Someone else took over “%s”."), name);
}

static void
set_write_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_name = g_filename_display_name (dir);
  g_autofree char *name = g_filename_display_basename (path);

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FOLDER,
                   _("The folder “%s” does not exist."), dir_name);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FOLDER,
                   _("Koers may not write in the folder “%s”, where it keeps a lock file next "
                     "to the database."), dir_name);
      break;
    default:
      g_set_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FAILED,
                   _("Koers could not write the lock file “%s” (%s)."), name,
                   g_strerror (saved_errno));
      break;
    }
}

static char *
lock_contents (KoersLock *self,
               GDateTime *heartbeat,
               gsize     *length)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *since = format_time (self->since);
  g_autofree char *beat = format_time (heartbeat);

  /* For whoever finds the file on the share. */
  g_key_file_set_comment (file, NULL, NULL,
                          " Koers is writing the database next to this file. Koers removes it"
                          " when it closes.", NULL);
  g_key_file_set_string (file, GROUP, "Who", self->who);
  g_key_file_set_string (file, GROUP, "Host", self->host);
  g_key_file_set_int64 (file, GROUP, "Pid", self->pid);
  g_key_file_set_string (file, GROUP, "Since", since);
  g_key_file_set_string (file, GROUP, "Heartbeat", beat);
  return g_key_file_to_data (file, length, NULL);
}

/* Writes all of @data and flushes it to the disk; errno tells why not. */
static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= n;
    }
  return fsync (fd) == 0;
}

/* Creates the lock file only if there is none: O_EXCL makes exactly one Koers win. */
static gboolean
create_lock_file (KoersLock  *self,
                  GDateTime  *now,
                  gboolean   *exists,
                  GError    **error)
{
  gsize length = 0;
  g_autofree char *data = lock_contents (self, now, &length);
  int fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  int saved_errno;

  *exists = FALSE;
  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == EEXIST)
        *exists = TRUE;
      else
        set_write_error (error, saved_errno, self->path);
      return FALSE;
    }
  if (!write_all (fd, data, length))
    {
      saved_errno = errno;
      close (fd);
      /* Half a lock would look stale to everyone else: better none. */
      g_unlink (self->path);
      set_write_error (error, saved_errno, self->path);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (self->path);
      set_write_error (error, saved_errno, self->path);
      return FALSE;
    }
  self->held = TRUE;
  return TRUE;
}

/* Puts a complete new lock file in place with one rename, so that a reader sees either the
 * old file or the new one. */
static gboolean
replace_lock_file (KoersLock  *self,
                   GDateTime  *heartbeat,
                   GError    **error)
{
  gsize length = 0;
  g_autofree char *data = lock_contents (self, heartbeat, &length);
  g_autofree char *temp = g_strdup_printf ("%s.%s-%" G_GINT64_FORMAT ".tmp", self->path,
                                           self->host, self->pid);
  int fd = g_open (temp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int saved_errno;

  if (fd < 0)
    {
      set_write_error (error, errno, self->path);
      return FALSE;
    }
  if (!write_all (fd, data, length))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      set_write_error (error, saved_errno, self->path);
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (temp, self->path) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      set_write_error (error, saved_errno, self->path);
      return FALSE;
    }
  return TRUE;
}

static KoersLock *
lock_new (const char *database,
          const char *who,
          GDateTime  *now)
{
  KoersLock *self = g_object_new (KOERS_TYPE_LOCK, NULL);
  g_autofree char *since = format_time (now);

  self->database = g_strdup (database);
  self->path = g_strconcat (database, ".lock", NULL);
  self->who = g_strdup (who != NULL && *who != '\0' ? who : default_who ());
  self->host = g_strdup (g_get_host_name ());
  self->pid = getpid ();
  /* Parsed back from the text, so that it compares equal to what the file says. */
  self->since = g_date_time_new_from_iso8601 (since, NULL);
  return self;
}

/**
 * koers_lock_inspect:
 * @database: the database file
 * @now: (nullable): the time to judge the heartbeat by; %NULL for the current time
 * @error: return location for a %KOERS_LOCK_ERROR
 *
 * Reads the lock file of @database and judges whether its holder is still there.
 *
 * Returns: (transfer full) (nullable): the holder, or %NULL when there is no lock (then
 *   @error is not set) or it could not be read (then it is).
 */
KoersLockHolder *
koers_lock_inspect (const char  *database,
                    GDateTime   *now,
                    GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) current = NULL;
  KoersLockHolder *holder;

  g_return_val_if_fail (database != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_strconcat (database, ".lock", NULL);
  current = now_or_current (now);
  holder = read_holder (path, error);
  if (holder != NULL)
    judge (holder, current);
  return holder;
}

/**
 * koers_lock_acquire:
 * @database: the database file; its folder must exist
 * @who: (nullable): the name others see; %NULL for the user's full name
 * @now: (nullable): the time to write as start and heartbeat; %NULL for the current time
 * @holder: (out) (optional) (nullable): who holds the lock instead, when it is taken
 * @error: return location for a %KOERS_LOCK_ERROR
 *
 * Takes the lock of @database by creating `<database>.lock`, which succeeds for only one
 * Koers. When another holds it, fails with %KOERS_LOCK_ERROR_HELD and returns in @holder
 * who that is and whether the lock is stale (see koers_lock_take_over()).
 *
 * Returns: (transfer full) (nullable): the lock, released when freed; or %NULL.
 */
KoersLock *
koers_lock_acquire (const char       *database,
                    const char       *who,
                    GDateTime        *now,
                    KoersLockHolder **holder,
                    GError          **error)
{
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(KoersLock) self = NULL;

  g_return_val_if_fail (database != NULL, NULL);
  g_return_val_if_fail (holder == NULL || *holder == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  current = now_or_current (now);
  self = lock_new (database, who, current);

  /* The other lock can disappear between our attempt and our look at it: then try again. */
  for (int attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(KoersLockHolder) found = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean exists = FALSE;

      if (create_lock_file (self, current, &exists, error))
        return g_steal_pointer (&self);
      if (!exists)
        return NULL;

      found = koers_lock_inspect (database, current, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (found != NULL)
        {
          set_held_error (error, database, found);
          if (holder != NULL)
            *holder = g_steal_pointer (&found);
          return NULL;
        }
    }

  set_write_error (error, EEXIST, self->path);
  return NULL;
}

/**
 * koers_lock_take_over:
 * @database: the database file
 * @who: (nullable): the name others see; %NULL for the user's full name
 * @now: (nullable): the time to judge by and to write; %NULL for the current time
 * @holder: (out) (optional) (nullable): who holds the lock instead, when it is not stale
 * @error: return location for a %KOERS_LOCK_ERROR
 *
 * Replaces a stale lock of @database by our own, after the user agreed. The lock is judged
 * again first: when its holder came back to life (or someone else took it over meanwhile)
 * this fails with %KOERS_LOCK_ERROR_HELD and @holder says who. Without a lock it is
 * koers_lock_acquire().
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL.
 */
KoersLock *
koers_lock_take_over (const char       *database,
                      const char       *who,
                      GDateTime        *now,
                      KoersLockHolder **holder,
                      GError          **error)
{
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(KoersLock) self = NULL;
  g_autoptr(KoersLockHolder) found = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (database != NULL, NULL);
  g_return_val_if_fail (holder == NULL || *holder == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  current = now_or_current (now);
  found = koers_lock_inspect (database, current, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (found == NULL)
    return koers_lock_acquire (database, who, now, holder, error);
  if (!found->stale)
    {
      set_held_error (error, database, found);
      if (holder != NULL)
        *holder = g_steal_pointer (&found);
      return NULL;
    }

  self = lock_new (database, who, current);
  if (!replace_lock_file (self, current, error))
    return NULL;
  self->held = TRUE;

  /* Two Koersen taking over at once both rename; the one that renamed last holds the lock,
   * and the other must find out now rather than at its first heartbeat. */
  g_clear_pointer (&found, koers_lock_holder_free);
  found = read_holder (self->path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!is_ours (self, found))
    {
      self->held = FALSE;
      if (found == NULL)
        {
          set_lost_error (error, self, NULL);
          return NULL;
        }
      judge (found, current);
      set_held_error (error, database, found);
      if (holder != NULL)
        *holder = g_steal_pointer (&found);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * koers_lock_heartbeat:
 * @self: a lock
 * @now: (nullable): the time to write; %NULL for the current time
 * @error: return location for a %KOERS_LOCK_ERROR
 *
 * Renews the heartbeat in the lock file, so that others see the holder is still there; call
 * it every %KOERS_LOCK_HEARTBEAT_INTERVAL seconds. When someone took the lock over in the
 * meantime (after this Koers was silent for too long), the file is left alone and this fails
 * with %KOERS_LOCK_ERROR_LOST; a lock file that was removed is made again.
 *
 * Returns: %TRUE when the heartbeat was written.
 */
gboolean
koers_lock_heartbeat (KoersLock  *self,
                      GDateTime  *now,
                      GError    **error)
{
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(KoersLockHolder) found = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KOERS_IS_LOCK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->held)
    {
      set_lost_error (error, self, NULL);
      return FALSE;
    }

  current = now_or_current (now);
  found = read_holder (self->path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (found == NULL)
    {
      gboolean exists = FALSE;

      if (create_lock_file (self, current, &exists, error))
        return TRUE;
      if (!exists)
        return FALSE;
      found = read_holder (self->path, NULL);
    }
  if (!is_ours (self, found))
    {
      self->held = FALSE;
      set_lost_error (error, self, found);
      return FALSE;
    }
  return replace_lock_file (self, current, error);
}

/**
 * koers_lock_release:
 * @self: a lock
 * @error: return location for a %KOERS_LOCK_ERROR
 *
 * Removes the lock file, but only while it is still ours: a lock someone took over stays
 * (and then this fails with %KOERS_LOCK_ERROR_LOST). Releasing twice does nothing.
 *
 * Returns: %TRUE when the lock is no longer held by us and the file is no longer ours.
 */
gboolean
koers_lock_release (KoersLock  *self,
                    GError    **error)
{
  g_autoptr(KoersLockHolder) found = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KOERS_IS_LOCK (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->held)
    return TRUE;
  self->held = FALSE;

  found = read_holder (self->path, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (found == NULL)
    return TRUE;
  if (!is_ours (self, found))
    {
      set_lost_error (error, self, found);
      return FALSE;
    }
  if (g_unlink (self->path) != 0 && errno != ENOENT)
    {
      set_write_error (error, errno, self->path);
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_lock_get_path:
 * @self: a lock
 *
 * Returns: (transfer none): the lock file, `<database>.lock`.
 */
const char *
koers_lock_get_path (KoersLock *self)
{
  g_return_val_if_fail (KOERS_IS_LOCK (self), NULL);
  return self->path;
}
