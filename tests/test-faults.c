/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a user gets when the world under the database goes wrong: the file is deleted or
 * replaced while Koers has it open, the disk fills up, the folder or the file becomes
 * read-only, the backup folder is not there. Each case must give a clear message and lose
 * nothing that was already saved. Cases that change the process (its user, its limits, its
 * mounts) run in a forked child. */
#include "config.h"

#define _GNU_SOURCE
#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "koers-backup.h"
#include "koers-backup-restore.h"
#include "koers-test-utils.h"

#define EXIT_SKIP 77

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = koers_test_make_dir ();
  f->path = g_build_filename (f->dir, "koers.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

typedef void (*ChildFunc) (gpointer data);

/* Runs @func in a forked child and returns its exit status; a child that crashes or fails
 * an assertion fails the test. */
static int
run_in_child (ChildFunc func,
              gpointer  data)
{
  pid_t pid;
  int status = 0;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      func (data);
      fflush (stdout);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFSIGNALED (status))
    g_error ("The child process was killed by signal %d", WTERMSIG (status));
  return WEXITSTATUS (status);
}

static gint64
add_participant (KoersStore  *store,
                 const char  *given,
                 GError     **error)
{
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", given,
                                                "family-name", "Test", "country", "ER",
                                                "phase-since", "2026-01-05", NULL);

  if (!koers_store_add_participant (store, p, error))
    return 0;
  return koers_participant_get_id (p);
}

/* How many participants called @given the file at @path holds, read past the store. */
static gint64
count_named (const char *path,
             const char *given)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM participant WHERE given_name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, given, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
assert_intact (const char *path)
{
  g_autofree char *check = koers_test_integrity_check (path);
  g_assert_cmpstr (check, ==, "ok");
}

/* The database file deleted while open (by a file manager, a clean-up script): writing on
 * would go into a file that no longer exists and be lost at close. */
static void
test_moved_deleted (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) loaded = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autofree char *rescued = g_build_filename (f->dir, "rescued.db", NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 id;
  const char *advice;

  g_assert_no_error (error);
  id = add_participant (store, "Amina", &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_add_note (store, id, "2026-01-06", KOERS_NOTE_KIND_MEETING, 0,
                                         "Intake done", &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (g_unlink (f->path), ==, 0);

  /* The next edit is refused, with a message that says what happened. */
  g_assert_cmpint (add_participant (store, "Bilal", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_assert_nonnull (strstr (error->message, "“koers.db”"));
  g_assert_nonnull (strstr (error->message, "moved, replaced or deleted"));
  g_assert_nonnull (strstr (error->message, "Nothing more was written"));
  advice = koers_store_error_get_advice (error);
  g_assert_nonnull (strstr (advice, "new file"));
  g_test_message ("%s %s", error->message, advice);
  g_clear_error (&error);

  /* So is every other kind of edit. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Haile");
  g_assert_false (koers_store_update_participant (store, id, KOERS_PARTICIPANT_FIELD_FAMILY_NAME,
                                                  &value, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_note (store, id, NULL, KOERS_NOTE_KIND_CALL, 0, "Called",
                                         &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_staff (store, "Sanne", KOERS_STAFF_ROLE_CASE_MANAGER, &error),
                   ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_clear_error (&error);

  /* What was saved is still there to read... */
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_participant_get_family_name (loaded), ==, "Test");

  /* ...and can be written to a new file, or back where the database was. */
  g_assert_true (koers_store_backup_to (store, rescued, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_named (rescued, "Amina"), ==, 1);
  assert_intact (rescued);
  /* Restoring a backup writes past koers_store_begin(); it is stopped as well. */
  g_assert_false (koers_store_restore (store, rescued, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_clear_error (&error);
  g_assert_true (koers_store_backup_to (store, f->path, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_count_participants (store, &error), ==, 1);
  notes = koers_store_list_notes (store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  {
    g_autoptr(KoersNote) note = g_list_model_get_item (notes, 0);
    g_assert_cmpstr (koers_note_get_text (note), ==, "Intake done");
  }
  /* Work goes on in the restored file. */
  g_assert_cmpint (add_participant (store, "Bilal", &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&store);
  assert_intact (f->path);
}

typedef struct {
  const char *path;
} ReplacedCheck;

/* Another program opening the file that now lies at the path sees that file only. */
static void
check_replacement (gpointer data)
{
  ReplacedCheck *check = data;

  g_assert_cmpint (count_named (check->path, "Theirs"), ==, 1);
  g_assert_cmpint (count_named (check->path, "Ours"), ==, 0);
  assert_intact (check->path);
}

/* The database file replaced while open (a restored copy, a synchronisation program): our
 * edits must not go into, or be read as part of, the file that took its place. */
static void
test_moved_replaced (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *rescued = g_build_filename (f->dir, "rescued.db", NULL);
  ReplacedCheck check = { f->path };

  g_assert_no_error (error);
  g_assert_cmpint (add_participant (store, "Ours", &error), >, 0);
  {
    g_autoptr(KoersStore) other = koers_store_open (other_path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (add_participant (other, "Theirs", &error), >, 0);
  }
  g_assert_cmpint (g_rename (other_path, f->path), ==, 0);

  g_assert_cmpint (add_participant (store, "More of ours", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED);
  g_clear_error (&error);

  /* While this store is still open, as after it closed. */
  g_assert_cmpint (run_in_child (check_replacement, &check), ==, 0);

  g_assert_true (koers_store_backup_to (store, rescued, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  check_replacement (&check);
  g_assert_cmpint (count_named (rescued, "Ours"), ==, 1);
  g_assert_cmpint (count_named (rescued, "Theirs"), ==, 0);
  g_assert_cmpint (count_named (rescued, "More of ours"), ==, 0);
  assert_intact (rescued);
}

typedef struct {
  const char *path;
  const char *mount_point;
  gint64      participant_id;
  int         pipe_fd;
} DiskFull;

/* A note big enough to fill the journal quickly, and recognisable when read back. */
static char *
note_text (guint n)
{
  GString *text = g_string_new (NULL);

  g_string_printf (text, "Note %u:", n);
  while (text->len < 9000)
    g_string_append_printf (text, " %u", n);
  return g_string_free (text, FALSE);
}

/* Adds notes until the disk refuses one; writes the number of each saved note to @pipe_fd.
 * Returns the number saved, with @error set by the refused one. */
static guint
write_until_full (KoersStore  *store,
                  gint64       participant_id,
                  int          pipe_fd,
                  GError     **error)
{
  for (guint n = 1; n <= 2000; n++)
    {
      g_autofree char *text = note_text (n);

      if (koers_store_add_note (store, participant_id, "2026-06-01", KOERS_NOTE_KIND_MEETING, 0,
                                text, error) == 0)
        return n - 1;
      if (pipe_fd >= 0)
        g_assert_cmpint (write (pipe_fd, &n, sizeof n), ==, sizeof n);
    }
  g_error ("The disk never filled up");
  return 0;
}

static void
assert_notes (KoersStore *store,
              gint64      participant_id,
              guint       n_saved)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = koers_store_list_notes (store, participant_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, n_saved);
  /* Newest first. */
  for (guint i = 0; i < n_saved; i++)
    {
      g_autoptr(KoersNote) note = g_list_model_get_item (notes, i);
      g_autofree char *expected = note_text (n_saved - i);
      g_assert_cmpstr (koers_note_get_text (note), ==, expected);
    }
}

static void
fill_up_to_limit (gpointer data)
{
  DiskFull *d = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  g_autoptr(KoersStore) store = koers_store_open (d->path, &error);
  g_autofree char *wal = g_strconcat (d->path, "-wal", NULL);
  struct rlimit limit;
  GStatBuf db_st, wal_st;
  guint n;

  g_assert_no_error (error);
  /* Past the limit, write() fails with EFBIG instead of killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (g_stat (d->path, &db_st), ==, 0);
  if (g_stat (wal, &wal_st) != 0)
    wal_st.st_size = 0;
  limit.rlim_cur = limit.rlim_max = MAX (db_st.st_size, wal_st.st_size) + 256 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  n = write_until_full (store, d->participant_id, d->pipe_fd, &error);
  g_assert_cmpuint (n, >, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "“koers.db”"));
  g_assert_nonnull (strstr (error->message, "largest file size"));
  g_assert_nonnull (strstr (error->message, "The change was not saved"));
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "raise the limit"));
  g_test_message ("after %u notes: %s %s", n, error->message,
                  koers_store_error_get_advice (error));

  /* The store still shows every note that was saved, and refuses the next one the same way. */
  assert_notes (store, d->participant_id, n);
  g_assert_cmpint (add_participant (store, "One more", &again), ==, 0);
  g_assert_error (again, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL);
  assert_notes (store, d->participant_id, n);
}

/* A file-size limit makes writes fail with EFBIG: as good as a full disk, and possible
 * everywhere. */
static void
test_disk_full_file_size_limit (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DiskFull d = { f->path, NULL, 0, -1 };
  int fds[2];
  guint n, n_saved = 0;

  {
    g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
    g_assert_no_error (error);
    d.participant_id = add_participant (store, "Amina", &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (pipe (fds), ==, 0);
  d.pipe_fd = fds[1];
  g_assert_cmpint (run_in_child (fill_up_to_limit, &d), ==, 0);
  close (fds[1]);
  while (read (fds[0], &n, sizeof n) == sizeof n)
    n_saved = n;
  close (fds[0]);
  g_assert_cmpuint (n_saved, >, 0);

  /* Opened again without the limit: intact, with every note that was acknowledged. */
  assert_intact (f->path);
  {
    g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
    g_assert_no_error (error);
    assert_notes (store, d.participant_id, n_saved);
    g_assert_cmpint (koers_store_count_participants (store, &error), ==, 1);
  }
}

static void
fill_tmpfs (gpointer data)
{
  DiskFull *d = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autofree char *filler = g_build_filename (d->mount_point, "other-files", NULL);
  g_autofree char *blob = g_malloc0 (512 * 1024);
  gint64 id;
  guint n;

  /* A mount namespace of our own, so that the mount goes away with this process. */
  if (unshare (CLONE_NEWNS) != 0
      || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0
      || mount ("tmpfs", d->mount_point, "tmpfs", MS_NOSUID | MS_NODEV, "size=2m") != 0)
    {
      g_printerr ("cannot mount a tmpfs here: %s\n", g_strerror (errno));
      _exit (EXIT_SKIP);
    }
  /* Other files on the same disk, which the user can remove later. */
  g_assert_true (g_file_set_contents (filler, blob, 512 * 1024, NULL));

  store = koers_store_open (d->path, &error);
  g_assert_no_error (error);
  id = add_participant (store, "Amina", &error);
  g_assert_no_error (error);

  n = write_until_full (store, id, -1, &error);
  g_assert_cmpuint (n, >, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "The disk that holds “koers.db” is full"));
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "Free some space"));
  g_test_message ("after %u notes: %s", n, error->message);
  g_clear_error (&error);
  assert_notes (store, id, n);

  /* As the advice says: free some space, and the next edit is saved. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  {
    g_autofree char *text = note_text (n + 1);
    g_assert_cmpint (koers_store_add_note (store, id, "2026-06-01", KOERS_NOTE_KIND_MEETING, 0,
                                           text, &error), >, 0);
    g_assert_no_error (error);
  }
  g_clear_object (&store);

  assert_intact (d->path);
  store = koers_store_open (d->path, &error);
  g_assert_no_error (error);
  assert_notes (store, id, n + 1);
}

/* A real full disk: a small tmpfs, where this machine lets a test mount one. */
static void
test_disk_full_tmpfs (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *mount_point = g_build_filename (f->dir, "small-disk", NULL);
  g_autofree char *path = g_build_filename (mount_point, "koers.db", NULL);
  DiskFull d = { path, mount_point, 0, -1 };

  g_assert_cmpint (g_mkdir (mount_point, 0755), ==, 0);
  if (run_in_child (fill_tmpfs, &d) == EXIT_SKIP)
    g_test_skip ("This system does not let the test mount a small tmpfs (it needs "
                 "CAP_SYS_ADMIN); the file-size limit test covers a full disk instead.");
}

typedef struct {
  const char *dir;
  const char *path;
} ReadOnly;

/* Exit status of the read-only children: whether the edit made after the change of
 * permissions was saved. */
enum {
  SAVED_AFTER = 0,
  REFUSED_AFTER = 10,
};

static void
write_in_read_only_folder (gpointer data)
{
  ReadOnly *r = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStore) again = NULL;
  g_autofree char *fresh = g_build_filename (r->dir, "new.db", NULL);
  gboolean saved_after;

  koers_test_drop_root ();
  store = koers_store_open (r->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (add_participant (store, "Before", &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (g_chmod (r->dir, 0555), ==, 0);

  /* The journal files exist already, so edits may go on; if not, the message must say so. */
  saved_after = add_participant (store, "After", &error) > 0;
  if (!saved_after)
    {
      g_assert_true (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY)
                     || g_error_matches (error, KOERS_STORE_ERROR,
                                         KOERS_STORE_ERROR_FOLDER_READ_ONLY));
      g_clear_error (&error);
    }
  g_clear_object (&store);

  /* Opening it again, or a new database there, says what is wrong and what to do. */
  again = koers_store_open (r->path, &error);
  g_assert_null (again);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "may not write in the folder"));
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "journal"));
  g_test_message ("%s %s", error->message, koers_store_error_get_advice (error));
  g_clear_error (&error);
  again = koers_store_open (fresh, &error);
  g_assert_null (again);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_READ_ONLY);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  fflush (stdout);
  _exit (saved_after ? SAVED_AFTER : REFUSED_AFTER);
}

/* Root may write anything, so the children run as "nobody" in a folder of theirs. */
static void
hand_over_to_nobody (const char *dir)
{
  if (geteuid () == 0)
    g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);
}

/* The folder becomes read-only while the database is open (a changed share permission). */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  ReadOnly r = { f->dir, f->path };
  int status;

  hand_over_to_nobody (f->dir);
  status = run_in_child (write_in_read_only_folder, &r);
  g_assert_true (status == SAVED_AFTER || status == REFUSED_AFTER);
  g_test_message ("an edit after the folder became read-only was %s",
                  status == SAVED_AFTER ? "saved" : "refused");
  g_chmod (f->dir, 0755);

  assert_intact (f->path);
  g_assert_cmpint (count_named (f->path, "Before"), ==, 1);
  g_assert_cmpint (count_named (f->path, "After"), ==, status == SAVED_AFTER ? 1 : 0);
}

static void
write_to_read_only_file (gpointer data)
{
  ReadOnly *r = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersStore) again = NULL;
  gboolean saved_after;

  koers_test_drop_root ();
  store = koers_store_open (r->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (add_participant (store, "Before", &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (g_chmod (r->path, 0444), ==, 0);

  saved_after = add_participant (store, "After", &error) > 0;
  if (!saved_after)
    {
      g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY);
      g_clear_error (&error);
    }
  g_clear_object (&store);

  again = koers_store_open (r->path, &error);
  g_assert_null (again);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "“koers.db”: the file is read-only"));
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "permission"));
  g_test_message ("%s %s", error->message, koers_store_error_get_advice (error));

  fflush (stdout);
  _exit (saved_after ? SAVED_AFTER : REFUSED_AFTER);
}

/* The file itself becomes read-only while open. */
static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  ReadOnly r = { f->dir, f->path };
  int status;

  hand_over_to_nobody (f->dir);
  status = run_in_child (write_to_read_only_file, &r);
  g_assert_true (status == SAVED_AFTER || status == REFUSED_AFTER);
  g_test_message ("an edit after the file became read-only was %s",
                  status == SAVED_AFTER ? "saved" : "refused");
  g_chmod (f->path, 0644);

  assert_intact (f->path);
  g_assert_cmpint (count_named (f->path, "Before"), ==, 1);
  g_assert_cmpint (count_named (f->path, "After"), ==, status == SAVED_AFTER ? 1 : 0);
}

/* A chosen backup folder that is not there may be a share that is not mounted: it is not
 * created (the backup would fill the local disk and vanish when the share comes back). */
static void
test_backup_missing_folder (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *share = g_build_filename (f->dir, "share", NULL);
  g_autofree char *folder = g_build_filename (share, "koers-backups", NULL);
  g_autofree char *made = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (add_participant (store, "Amina", &error), >, 0);

  /* Neither the share nor the folder in it. */
  g_assert_null (koers_backup_make (f->path, share, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_MISSING);
  expected = g_strdup_printf ("The backup folder “%s” is not there. Is the disk or network "
                              "share connected?", share);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_nonnull (strstr (koers_store_error_get_advice (error), "Connect the disk"));
  g_test_message ("%s %s", error->message, koers_store_error_get_advice (error));
  g_clear_error (&error);
  g_assert_false (g_file_test (share, G_FILE_TEST_EXISTS));

  /* An empty mount point is there, the folder on the share is not. */
  g_assert_cmpint (g_mkdir (share, 0755), ==, 0);
  g_assert_false (koers_backup_daily (f->path, folder, &made, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_MISSING);
  g_assert_null (made);
  g_clear_error (&error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Once the share is there, the backup is made in it; the database was never touched. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (koers_backup_daily (f->path, folder, &made, &error));
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_assert_cmpint (count_named (made, "Amina"), ==, 1);
  g_assert_cmpint (koers_store_count_participants (store, &error), ==, 1);
  assert_intact (f->path);
}

/* The default folder, next to the database, is Koers's own: made when missing. */
static void
test_backup_default_folder (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *folder = koers_backup_default_folder (f->path);
  g_autofree char *made = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (add_participant (store, "Amina", &error), >, 0);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  made = koers_backup_make (f->path, folder, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (count_named (made, "Amina"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/faults/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("moved/deleted", test_moved_deleted);
  ADD ("moved/replaced", test_moved_replaced);
  ADD ("disk-full/file-size-limit", test_disk_full_file_size_limit);
  ADD ("disk-full/tmpfs", test_disk_full_tmpfs);
  ADD ("read-only/folder", test_read_only_folder);
  ADD ("read-only/file", test_read_only_file);
  ADD ("backup/missing-folder", test_backup_missing_folder);
  ADD ("backup/default-folder", test_backup_default_folder);
#undef ADD

  return g_test_run ();
}
