/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "koers-lock.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"

/* One writer at a time: the lock file next to the database, and the read-only store that a
 * second Koers opens while someone else holds it. */

typedef struct {
  char *dir;
  char *database;
  char *lock_file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = koers_test_make_dir ();
  f->database = g_build_filename (f->dir, "koers.db", NULL);
  f->lock_file = g_strconcat (f->database, ".lock", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->database);
  g_free (f->lock_file);
}

static GDateTime *
utc (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

static char *
iso (GDateTime *time)
{
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (time);
  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* A lock file as another Koers would write it. */
static void
write_lock (Fixture    *f,
            const char *who,
            const char *host,
            gint64      pid,
            GDateTime  *heartbeat)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *beat = iso (heartbeat);
  g_autofree char *text = g_strdup_printf ("[Koers Lock]\nWho=%s\nHost=%s\nPid=%" G_GINT64_FORMAT
                                           "\nSince=2026-11-28T08:12:00Z\nHeartbeat=%s\n",
                                           who, host, pid, beat);

  g_file_set_contents (f->lock_file, text, -1, &error);
  g_assert_no_error (error);
}

static char *
read_lock (Fixture *f)
{
  char *text = NULL;

  if (!g_file_get_contents (f->lock_file, &text, NULL, NULL))
    return NULL;
  return text;
}

/* The pid of a process that has ended, and whose number is therefore free. */
static pid_t
dead_pid (void)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return pid;
}

static void
test_acquire_release (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersLock) lock = NULL;
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = iso (now);
  g_autofree char *since_text = NULL;

  lock = koers_lock_acquire (f->database, "Anna de Vries", NULL, &holder, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  g_assert_null (holder);
  g_assert_cmpstr (koers_lock_get_path (lock), ==, f->lock_file);
  g_assert_true (g_file_test (f->lock_file, G_FILE_TEST_IS_REGULAR));

  /* What another Koers reads: who, where, which process, since when; alive. */
  holder = koers_lock_inspect (f->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (holder);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_assert_cmpstr (holder->host, ==, g_get_host_name ());
  g_assert_cmpint (holder->pid, ==, getpid ());
  g_assert_nonnull (holder->since);
  g_assert_nonnull (holder->heartbeat);
  g_assert_cmpint (g_date_time_difference (holder->heartbeat, now), <=, 2 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (now, holder->since), <=, 2 * G_TIME_SPAN_SECOND);
  since_text = iso (holder->since);
  g_assert_cmpint (strlen (since_text), ==, strlen (now_text));
  g_assert_false (holder->stale);

  g_assert_true (koers_lock_release (lock, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->lock_file, G_FILE_TEST_EXISTS));
  g_clear_pointer (&holder, koers_lock_holder_free);
  holder = koers_lock_inspect (f->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (holder);

  /* Twice is harmless; and then anyone may take it. */
  g_assert_true (koers_lock_release (lock, &error));
  g_assert_no_error (error);
  g_clear_object (&lock);
  lock = koers_lock_acquire (f->database, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);

  /* Freeing a lock releases it too. */
  g_clear_object (&lock);
  g_assert_false (g_file_test (f->lock_file, G_FILE_TEST_EXISTS));
}

static void
test_default_who (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersLock) lock = koers_lock_acquire (f->database, NULL, NULL, NULL, &error);
  g_autoptr(KoersLockHolder) holder = NULL;

  g_assert_no_error (error);
  holder = koers_lock_inspect (f->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (holder->who);
  g_assert_cmpstr (holder->who, !=, "");
  g_assert_cmpstr (holder->who, !=, "Unknown");
}

static void
test_second_sees_live_lock (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersLock) first = NULL;
  g_autoptr(KoersLock) second = NULL;
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  first = koers_lock_acquire (f->database, "Anna de Vries", NULL, NULL, &error);
  g_assert_no_error (error);
  before = read_lock (f);

  second = koers_lock_acquire (f->database, "Bram Peeters", NULL, &holder, &error);
  g_assert_null (second);
  g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD);
  g_assert_nonnull (strstr (error->message, "Anna de Vries"));
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));
  g_assert_nonnull (holder);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_assert_cmpstr (holder->host, ==, g_get_host_name ());
  g_assert_cmpint (holder->pid, ==, getpid ());
  g_assert_false (holder->stale);

  /* The holder's file is untouched, and a live lock cannot be taken over. */
  after = read_lock (f);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);
  g_clear_pointer (&holder, koers_lock_holder_free);
  second = koers_lock_take_over (f->database, "Bram Peeters", NULL, &holder, &error);
  g_assert_null (second);
  g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_free (after);
  after = read_lock (f);
  g_assert_cmpstr (after, ==, before);
}

static void
test_stale_dead_pid (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(KoersLock) lock = NULL;
  pid_t gone = dead_pid ();

  /* The same lock with a living process on this host is live... */
  write_lock (f, "Anna de Vries", g_get_host_name (), getppid (), now);
  holder = koers_lock_inspect (f->database, now, &error);
  g_assert_no_error (error);
  g_assert_false (holder->stale);
  g_clear_pointer (&holder, koers_lock_holder_free);

  /* ...and stale when that process has ended, even with a fresh heartbeat. */
  write_lock (f, "Anna de Vries", g_get_host_name (), gone, now);
  holder = koers_lock_inspect (f->database, now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_assert_cmpint (holder->pid, ==, gone);
  g_assert_true (holder->stale);
  g_clear_pointer (&holder, koers_lock_holder_free);

  /* Acquiring does not take it by itself: it reports the stale holder. */
  lock = koers_lock_acquire (f->database, "Bram Peeters", now, &holder, &error);
  g_assert_null (lock);
  g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD);
  g_assert_nonnull (strstr (error->message, "stopped using it"));
  g_assert_true (holder->stale);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
}

static void
test_stale_heartbeat (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc ("2026-11-28T10:00:00Z");
  g_autoptr(GDateTime) recent = g_date_time_add_minutes (now, -2);
  g_autoptr(GDateTime) old = g_date_time_add_minutes (now, -11);
  g_autoptr(KoersLockHolder) holder = NULL;

  /* On another workstation the process cannot be checked: the heartbeat decides. A pid that
   * does not exist here says nothing about WS-2. */
  write_lock (f, "Anna de Vries", "WS-2.elsewhere.invalid", dead_pid (), recent);
  holder = koers_lock_inspect (f->database, now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (holder->host, ==, "WS-2.elsewhere.invalid");
  g_assert_false (holder->stale);
  g_clear_pointer (&holder, koers_lock_holder_free);

  write_lock (f, "Anna de Vries", "WS-2.elsewhere.invalid", 4242, old);
  holder = koers_lock_inspect (f->database, now, &error);
  g_assert_no_error (error);
  g_assert_true (holder->stale);
  g_assert_true (g_date_time_equal (holder->heartbeat, old));
  g_clear_pointer (&holder, koers_lock_holder_free);

  /* The limit is ten minutes. */
  {
    g_autoptr(GDateTime) nine = g_date_time_add_minutes (now, 9);
    g_autoptr(GDateTime) eleven = g_date_time_add_minutes (now, 11);

    write_lock (f, "Anna de Vries", "WS-2.elsewhere.invalid", 4242, now);
    holder = koers_lock_inspect (f->database, nine, &error);
    g_assert_no_error (error);
    g_assert_false (holder->stale);
    g_clear_pointer (&holder, koers_lock_holder_free);
    holder = koers_lock_inspect (f->database, eleven, &error);
    g_assert_no_error (error);
    g_assert_true (holder->stale);
  }
}

static void
test_garbage_is_stale (Fixture       *f,
                       gconstpointer  data)
{
  static const char *contents[] = {
    "",
    "\x01\x02 not a key file \xff",
    "[Koers Lock]\nWho=Anna de Vries\nHost=WS-2\n",   /* half written */
    "[Koers Lock]\nWho=Anna de Vries\nHost=WS-2\nPid=12\nSince=yesterday\nHeartbeat=now\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersLockHolder) holder = NULL;
      g_autoptr(KoersLock) lock = NULL;

      g_file_set_contents (f->lock_file, contents[i], -1, &error);
      g_assert_no_error (error);
      holder = koers_lock_inspect (f->database, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (holder);
      g_assert_true (holder->stale);

      /* Still a lock: nobody takes it without asking. */
      g_clear_pointer (&holder, koers_lock_holder_free);
      lock = koers_lock_acquire (f->database, "Bram Peeters", NULL, &holder, &error);
      g_assert_null (lock);
      g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_HELD);
      g_assert_true (holder->stale);
    }
}

static void
test_take_over (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) old = g_date_time_add_hours (now, -3);
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(KoersLock) lock = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  write_lock (f, "Anna de Vries", "WS-2.elsewhere.invalid", 4242, old);
  lock = koers_lock_take_over (f->database, "Bram Peeters", NULL, &holder, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  g_assert_null (holder);

  /* The file now names us, alive. */
  holder = koers_lock_inspect (f->database, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (holder->who, ==, "Bram Peeters");
  g_assert_cmpstr (holder->host, ==, g_get_host_name ());
  g_assert_cmpint (holder->pid, ==, getpid ());
  g_assert_false (holder->stale);

  /* No temporary file is left next to the database. */
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "koers.db.lock");

  /* Ours to release. */
  g_assert_true (koers_lock_release (lock, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->lock_file, G_FILE_TEST_EXISTS));

  /* Taking over where there is no lock simply takes it. */
  g_clear_object (&lock);
  lock = koers_lock_take_over (f->database, "Bram Peeters", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  g_assert_true (g_file_test (f->lock_file, G_FILE_TEST_EXISTS));
}

static void
test_heartbeat (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = utc ("2026-11-28T09:12:00Z");
  g_autoptr(GDateTime) later = g_date_time_add_minutes (start, 5);
  g_autoptr(GDateTime) judged = g_date_time_add_minutes (start, 14);
  g_autoptr(KoersLockHolder) holder = NULL;
  g_autoptr(KoersLock) lock = NULL;

  lock = koers_lock_acquire (f->database, "Anna de Vries", start, NULL, &error);
  g_assert_no_error (error);

  /* Without a heartbeat, fourteen minutes later the lock looks abandoned. */
  holder = koers_lock_inspect (f->database, judged, &error);
  g_assert_no_error (error);
  g_assert_true (holder->stale);
  g_clear_pointer (&holder, koers_lock_holder_free);

  g_assert_true (koers_lock_heartbeat (lock, later, &error));
  g_assert_no_error (error);
  holder = koers_lock_inspect (f->database, judged, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (holder->heartbeat, later));
  g_assert_true (g_date_time_equal (holder->since, start));
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_assert_false (holder->stale);
  g_clear_pointer (&holder, koers_lock_holder_free);

  /* A lock file someone removed is made again by the next heartbeat. */
  g_assert_cmpint (g_unlink (f->lock_file), ==, 0);
  g_assert_true (koers_lock_heartbeat (lock, later, &error));
  g_assert_no_error (error);
  holder = koers_lock_inspect (f->database, later, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (holder->who, ==, "Anna de Vries");
  g_assert_true (g_date_time_equal (holder->since, start));
}

static void
test_not_ours (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(KoersLock) lock = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;

  lock = koers_lock_acquire (f->database, "Anna de Vries", NULL, NULL, &error);
  g_assert_no_error (error);

  /* Bram took it over while this Koers was silent. */
  write_lock (f, "Bram Peeters", "WS-7.elsewhere.invalid", 777, now);
  theirs = read_lock (f);

  g_assert_false (koers_lock_heartbeat (lock, NULL, &error));
  g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_LOST);
  g_assert_nonnull (strstr (error->message, "Bram Peeters"));
  g_clear_error (&error);
  after = read_lock (f);
  g_assert_cmpstr (after, ==, theirs);

  /* Releasing leaves Bram's lock alone, now and when the object goes. */
  g_assert_true (koers_lock_release (lock, &error));
  g_assert_no_error (error);
  g_clear_object (&lock);
  g_free (after);
  after = read_lock (f);
  g_assert_cmpstr (after, ==, theirs);

  /* Also when it was taken over between the last heartbeat and the release. */
  g_assert_cmpint (g_unlink (f->lock_file), ==, 0);
  lock = koers_lock_acquire (f->database, "Anna de Vries", NULL, NULL, &error);
  g_assert_no_error (error);
  write_lock (f, "Bram Peeters", "WS-7.elsewhere.invalid", 777, now);
  g_assert_false (koers_lock_release (lock, &error));
  g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_LOST);
  g_free (after);
  after = read_lock (f);
  g_assert_cmpstr (after, ==, theirs);
}

static void
test_folder_errors (Fixture       *f,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *database = g_build_filename (g_getenv ("KOERS_TEST_DIR"), "koers.db",
                                                    NULL);
      KoersLock *lock;

      koers_test_remove_dir (f->dir);
      koers_test_drop_root ();
      lock = koers_lock_acquire (database, NULL, NULL, NULL, &error);
      g_assert_null (lock);
      g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FOLDER);
      g_assert_nonnull (strstr (error->message, "may not write in the folder"));
      return;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *missing = g_build_filename (f->dir, "share", "koers.db", NULL);
    KoersLock *lock = koers_lock_acquire (missing, NULL, NULL, NULL, &error);

    g_assert_null (lock);
    g_assert_error (error, KOERS_LOCK_ERROR, KOERS_LOCK_ERROR_FOLDER);
    g_assert_nonnull (strstr (error->message, "does not exist"));
  }

  /* A folder Koers may not write in (checked as an ordinary user: root may write anyway). */
  {
    g_autofree char *closed = g_build_filename (f->dir, "closed", NULL);

    g_assert_cmpint (g_mkdir (closed, 0555), ==, 0);
    g_chmod (closed, 0555);
    g_setenv ("KOERS_TEST_DIR", closed, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
  }
}

static void
test_describe (void)
{
  g_autoptr(GDateTime) now = utc ("2026-11-28T10:00:00Z");
  g_autoptr(GDateTime) since = utc ("2026-11-28T09:12:00Z");
  g_autoptr(GDateTime) yesterday = utc ("2026-11-27T16:05:00Z");
  g_autoptr(GDateTime) beat = utc ("2026-11-28T09:40:00Z");
  KoersLockHolder holder = { (char *) "Anna de Vries", (char *) "WS-2", 4242, since, beat, FALSE };
  g_autofree char *live = NULL;
  g_autofree char *older = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *damaged = NULL;

  /* What the read-only banner and the take-over question say (TZ is UTC here). */
  live = koers_lock_holder_describe (&holder, now);
  g_assert_cmpstr (live, ==, "Anna de Vries is using this database on WS-2 since 09:12.");
  holder.since = yesterday;
  older = koers_lock_holder_describe (&holder, now);
  g_assert_cmpstr (older, ==,
                   "Anna de Vries is using this database on WS-2 since 27-11-2026 16:05.");
  holder.stale = TRUE;
  stale = koers_lock_holder_describe (&holder, now);
  g_assert_cmpstr (stale, ==, "Anna de Vries opened this database on WS-2 at 27-11-2026 16:05; "
                              "the last sign of life from there was at 09:40.");
  holder.who = NULL;
  damaged = koers_lock_holder_describe (&holder, now);
  g_assert_nonnull (strstr (damaged, "cannot read"));
}

static char *
file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

#define REASON "Anna de Vries is using this database on WS-2 since 09:12."

static void
assert_read_only_error (GError *error)
{
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_nonnull (strstr (error->message, REASON));
}

static void
test_store_read_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) writer = NULL;
  g_autoptr(KoersStore) reader = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *demo_path = NULL;
  KoersStmt *stmt;

  writer = koers_test_open_demo (f->dir, 5);
  demo_path = g_strdup (koers_store_get_path (writer));
  g_assert_false (koers_store_is_read_only (writer));

  /* While the writer has it open, the reader sees what the writer committed. */
  reader = koers_store_open_full (demo_path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_is_read_only (reader));
  g_assert_cmpint (koers_store_count_participants (reader, &error), ==, 5);
  g_assert_no_error (error);
  g_clear_object (&reader);

  /* Once the writer closed (and wrote everything into the file), a reader opens it too. */
  g_clear_object (&writer);
  before = file_checksum (demo_path);
  reader = koers_store_open_full (demo_path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_no_error (error);

  koers_store_set_read_only_reason (reader, REASON);
  g_assert_cmpstr (koers_store_get_read_only_reason (reader), ==, REASON);

  /* A transaction is refused at once, with the reason. */
  g_assert_false (koers_store_begin (reader, &error));
  assert_read_only_error (error);
  g_clear_error (&error);

  /* So is every store function that writes. */
  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Yonas", "family-name", "Haile",
                    NULL);
  g_assert_false (koers_store_add_participant (reader, p, &error));
  assert_read_only_error (error);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_staff (reader, "Sanne", KOERS_STAFF_ROLE_TRAINER, &error), ==,
                   0);
  assert_read_only_error (error);
  g_clear_error (&error);

  /* A single statement outside a transaction: SQLite refuses it, and the store says why. */
  stmt = koers_store_prepare (reader, "UPDATE participant SET given_name = 'X'", &error);
  g_assert_no_error (error);
  g_assert_false (koers_store_step_done (reader, stmt, &error));
  koers_stmt_release (stmt);
  assert_read_only_error (error);
  g_clear_error (&error);

  /* Reading still works, and the file is exactly as it was. */
  g_assert_cmpint (koers_store_count_participants (reader, &error), ==, 5);
  g_assert_no_error (error);
  g_clear_object (&reader);
  after = file_checksum (demo_path);
  g_assert_cmpstr (after, ==, before);

  /* Without a reason the message still says read-only. */
  reader = koers_store_open_full (demo_path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_no_error (error);
  g_assert_false (koers_store_begin (reader, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "someone else"));
}

static void
test_store_read_only_creates_nothing (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *nested = g_build_filename (f->dir, "share", "koers.db", NULL);

  /* No file, no folder: a reader does not make them. */
  store = koers_store_open_full (f->database, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_null (store);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED);
  g_assert_false (g_file_test (f->database, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  store = koers_store_open_full (nested, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autofree char *share = g_path_get_dirname (nested);
    g_assert_false (g_file_test (share, G_FILE_TEST_EXISTS));
  }

  /* An older schema is not updated by a reader: it says who has to open it first. */
  store = koers_store_open_full (f->database, KOERS_STORE_OPEN_DEFAULT, 5000, 1, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  {
    g_autofree char *before = file_checksum (f->database);
    g_autofree char *after = NULL;

    store = koers_store_open_full (f->database, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
    g_assert_null (store);
    g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY);
    g_assert_nonnull (strstr (error->message, "older version"));
    after = file_checksum (f->database);
    g_assert_cmpstr (after, ==, before);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* Times are shown in local time: make that the same everywhere. */
  g_setenv ("TZ", "UTC", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lock/describe", test_describe);

#define ADD(name, func) \
  g_test_add ("/lock/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("acquire-release", test_acquire_release);
  ADD ("default-who", test_default_who);
  ADD ("second-sees-live-lock", test_second_sees_live_lock);
  ADD ("stale/dead-pid", test_stale_dead_pid);
  ADD ("stale/heartbeat", test_stale_heartbeat);
  ADD ("stale/garbage", test_garbage_is_stale);
  ADD ("take-over", test_take_over);
  ADD ("heartbeat", test_heartbeat);
  ADD ("not-ours", test_not_ours);
  ADD ("folder-errors", test_folder_errors);
  ADD ("store/read-only", test_store_read_only);
  ADD ("store/read-only-creates-nothing", test_store_read_only_creates_nothing);
#undef ADD

  return g_test_run ();
}
