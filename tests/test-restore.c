/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "koers-backup-restore.h"
#include "koers-backup.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"

/* Going back to a backup: what a backup holds, restoring into the open database (also from
 * an older version), and putting a backup in place of a database too damaged to open. */

typedef struct {
  char *dir;
  char *path;
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = koers_test_make_dir ();
  f->path = g_build_filename (f->dir, "koers.db", NULL);
  f->folder = koers_backup_default_folder (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->folder);
}

static void
add (KoersStore *store,
     const char *given)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", given,
                                                "phase-since", "2026-01-05", NULL);

  koers_store_add_participant (store, p, &error);
  g_assert_no_error (error);
}

static gint64
n_participants (KoersStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = koers_store_count_participants (store, &error);

  g_assert_no_error (error);
  return n;
}

static void
damage (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  /* Garbage over the second page: the header still says SQLite, the tree is broken. */
  memset (contents + 4096, 0xA5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
on_changed_cb (KoersStore *store,
               gboolean   *changed)
{
  *changed = TRUE;
}

static void
test_inspect (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersBackupInfo) info = NULL;
  g_autoptr(KoersBackupInfo) broken = NULL;
  g_autofree char *made = NULL;

  add (store, "Amina");
  add (store, "Dawit");
  koers_store_end_trajectory (store, 2, KOERS_STATUS_DROPPED_OUT, NULL, "Moved away", &error);
  g_assert_no_error (error);
  made = koers_backup_make (f->path, f->folder, &error);
  g_assert_no_error (error);

  info = koers_backup_inspect (made, &error);
  g_assert_no_error (error);
  g_assert_cmpint (info->n_participants, ==, 2);
  g_assert_cmpint (info->n_active, ==, 1);
  g_assert_cmpint (info->schema_version, ==, koers_store_get_latest_schema_version ());
  g_assert_cmpint (info->size, >, 0);
  g_assert_nonnull (info->modified);

  damage (made);
  broken = koers_backup_inspect (made, &error);
  g_assert_null (broken);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT);
}

static void
test_restore_into_store (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersStore) reopened = NULL;
  g_autofree char *made = NULL;
  gboolean changed = FALSE;

  add (store, "Amina");
  add (store, "Dawit");
  made = koers_backup_make (f->path, f->folder, &error);
  g_assert_no_error (error);
  add (store, "Senait");
  g_assert_cmpint (n_participants (store), ==, 3);
  g_assert_true (koers_store_can_undo (store));

  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &changed);
  g_assert_true (koers_store_restore (store, made, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpint (n_participants (store), ==, 2);
  g_assert_false (koers_store_can_undo (store));

  /* The store keeps working, with its trail, and the file is whole. */
  add (store, "Yonas");
  {
    g_autoptr(GListModel) history = koers_store_list_history (store, 3, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (history), >, 0);
  }
  g_clear_object (&store);
  reopened = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_participants (reopened), ==, 3);
}

static void
test_restore_older_version (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(KoersStore) old = koers_store_open_full (old_path, KOERS_STORE_OPEN_DEFAULT, 1000, 8,
                                                     &error);
  g_autoptr(KoersStore) store = NULL;

  g_assert_no_error (error);
  add (old, "Amina");
  g_clear_object (&old);

  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_restore (store, old_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_get_schema_version (store), ==,
                   koers_store_get_latest_schema_version ());
  g_assert_cmpint (n_participants (store), ==, 1);
  /* The trail works on the restored schema. */
  {
    g_auto(GValue) value = G_VALUE_INIT;
    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "06 1");
    koers_store_update_participant (store, 1, KOERS_PARTICIPANT_FIELD_PHONE, &value, &error);
    g_assert_no_error (error);
    g_assert_true (koers_store_undo (store, NULL, &error));
    g_assert_no_error (error);
  }
}

static void
test_restore_damaged_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *aside = NULL;

  for (int i = 0; i < 40; i++)
    add (store, "Amina");
  good = koers_backup_make (f->path, f->folder, &error);
  g_assert_no_error (error);
  g_usleep (1100 * 1000);
  bad = koers_backup_make (f->path, f->folder, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The newest backup is damaged too: the one before it is found. */
  damage (bad);
  newest = koers_backup_find_newest_good (f->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (newest, ==, good);

  damage (f->path);
  store = koers_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_true (koers_backup_restore_file (newest, f->path, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_participants (store), ==, 40);
}

static void
test_no_good_backup (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = koers_backup_find_newest_good (f->folder, &error);

  g_assert_null (found);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

/* The copy made before a restore may hold work nowhere else: rotation leaves it alone, and
 * the restore list shows it. */
static void
test_kept_not_rotated (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (28, 11, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) listed = NULL;

  g_ptr_array_add (names, "koers-20261128-090000.db");
  g_ptr_array_add (names, "koers-20261128-080000-kept.db");
  g_ptr_array_add (names, "koers-20261128-070000.db");
  g_ptr_array_add (names, "koers-20240101-070000-kept.db");
  g_ptr_array_add (names, "koers-20240101-060000.db");
  expired = koers_backup_expired (names, today);
  /* Of the same day only the newest ordinary one stays; the kept ones are not counted. */
  g_assert_cmpuint (expired->len, ==, 1);
  g_assert_cmpstr (expired->pdata[0], ==, "koers-20261128-070000.db");

  kept = koers_backup_make_kept (f->path, f->folder, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (kept, "-kept.db"));
  listed = koers_backup_list (f->folder);
  g_assert_cmpuint (listed->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/restore/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("inspect", test_inspect);
  ADD ("into-store", test_restore_into_store);
  ADD ("older-version", test_restore_older_version);
  ADD ("damaged-file", test_restore_damaged_file);
  ADD ("no-good-backup", test_no_good_backup);
  ADD ("kept-not-rotated", test_kept_not_rotated);
#undef ADD

  return g_test_run ();
}
