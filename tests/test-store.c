/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "koers-backup.h"
#include "koers-demo.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"

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

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static gint64
pragma_int (KoersStore *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static KoersParticipant *
new_participant (const char *given,
                 const char *family)
{
  return g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", given, "family-name", family,
                       "country", "ER", "phase-since", "2026-01-05", NULL);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *journal = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (koers_store_get_schema_version (store), ==,
                   koers_store_get_latest_schema_version ());
  g_assert_cmpint (koers_store_get_latest_schema_version (), >=, 2);
  /* A new database needs no backup. */
  g_assert_null (koers_store_get_migration_backup (store));

  g_assert_cmpint (pragma_int (store, "PRAGMA application_id"), ==, KOERS_STORE_APPLICATION_ID);
  g_assert_cmpint (pragma_int (store, "PRAGMA user_version"), ==,
                   koers_store_get_latest_schema_version ());
  g_assert_cmpint (pragma_int (store, "PRAGMA synchronous"), ==, 2 /* FULL */);
  g_assert_cmpint (pragma_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (store, "PRAGMA busy_timeout"), >, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (store->db, "PRAGMA journal_mode", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  journal = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpstr (journal, ==, "wal");

  g_assert_cmpint (koers_store_count_participants (store, &error), ==, 0);
  g_assert_no_error (error);
}

static void
test_default_path (void)
{
  g_autofree char *path = koers_store_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "koers", "koers.db",
                                                NULL);
  g_assert_cmpstr (path, ==, expected);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) amina = new_participant ("Amina", "Tesfay");
  g_autoptr(KoersParticipant) loaded = NULL;
  KoersStore *store = koers_store_open (f->path, &error);
  gint64 id;

  g_assert_no_error (error);
  koers_store_add_participant (store, amina, &error);
  g_assert_no_error (error);
  id = koers_participant_get_id (amina);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (koers_participant_get_code (amina), ==, "K-00001");
  g_object_unref (store);

  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (koers_store_get_migration_backup (store));
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_participant_get_given_name (loaded), ==, "Amina");
  g_assert_cmpstr (koers_participant_get_family_name (loaded), ==, "Tesfay");
  g_assert_cmpstr (koers_participant_get_country (loaded), ==, "ER");
  g_assert_cmpint (koers_participant_get_phase (loaded), ==, KOERS_PHASE_OUTREACH);
  g_assert_cmpstr (koers_participant_get_phase_since (loaded), ==, "2026-01-05");
  g_object_unref (store);
}

static void
test_migrate_older (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  KoersStore *store;
  const char *backup;

  /* A database as the first released schema left it, with a participant in it. */
  store = koers_store_open_full (f->path, KOERS_STORE_OPEN_DEFAULT, 1000, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_get_schema_version (store), ==, 1);
  g_object_unref (store);
  raw_exec (f->path,
            "INSERT INTO participant (code, given_name, family_name, phase_since)"
            " VALUES ('K-00001', 'Émile', 'Nkemelu', '2025-03-01');"
            "INSERT INTO phase_history (participant_id, phase, from_date)"
            " VALUES (1, 'outreach', '2025-03-01');");

  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_get_schema_version (store),
                   ==, koers_store_get_latest_schema_version ());

  /* The copy made before migrating is next to the file and holds the old version. */
  backup = koers_store_get_migration_backup (store);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, f->path));
  g_assert_cmpint (raw_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_int (backup, "SELECT count(*) FROM participant"), ==, 1);

  /* The data came through, and the new search keys were filled in for it. */
  ids = koers_store_find_participants (store, "EMILE", NULL, KOERS_PARTICIPANT_COLUMN_CODE, FALSE,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  /* The copy then joins the backups (as the window's daily backup does it): kept, listed,
   * never rotated away, gone from beside the database; and it is not today's backup, which
   * is of the database as it is now. */
  {
    g_autofree char *folder = koers_backup_default_folder (f->path);
    g_autofree char *kept = NULL;
    g_autofree char *made = NULL;
    g_autofree char *copy = g_strdup (backup);
    g_autoptr(GPtrArray) names = NULL;
    g_autoptr(GPtrArray) expired = NULL;
    g_autoptr(GDate) far = g_date_new_dmy (1, 1, 2040);

    g_assert_true (koers_backup_keep_file (copy, f->path, folder, &kept, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
    g_assert_true (g_str_has_prefix (kept, folder));
    g_assert_true (g_str_has_suffix (kept, "-kept.db"));
    g_assert_cmpint (raw_int (kept, "PRAGMA user_version"), ==, 1);
    g_assert_cmpint (raw_int (kept, "SELECT count(*) FROM participant"), ==, 1);

    g_assert_true (koers_backup_daily (f->path, folder, &made, &error));
    g_assert_no_error (error);
    g_assert_nonnull (made);
    g_assert_cmpint (raw_int (made, "PRAGMA user_version"), ==,
                     koers_store_get_latest_schema_version ());
    names = koers_backup_list (folder);
    g_assert_cmpuint (names->len, ==, 2);
    expired = koers_backup_expired (names, far);
    for (guint i = 0; i < expired->len; i++)
      g_assert_false (g_str_has_suffix (expired->pdata[i], "-kept.db"));

    /* Moved once: there is nothing left to move. */
    g_assert_false (koers_backup_keep_file (copy, f->path, folder, NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_object_unref (store);
}

static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open_full (path, KOERS_STORE_OPEN_DEFAULT, 100, -1, &error);

  g_assert_null (store);
  g_assert_error (error, KOERS_STORE_ERROR, code);
  /* What happened and what to do, both in words. */
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_cmpuint (strlen (koers_store_error_get_advice (error)), >, 10);
}

static void
test_error_not_sqlite (Fixture       *f,
                       gconstpointer  data)
{
  const char *text = "Deelnemerslijst\nAmina;Eritrea\nThis is a spreadsheet export, not SQLite.\n";
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->path, text, -1, NULL));
  assert_open_fails (f->path, KOERS_STORE_ERROR_NOT_SQLITE);
  /* The file is left as it was. */
  g_assert_true (g_file_get_contents (f->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  assert_open_fails (f->dir, KOERS_STORE_ERROR_NOT_SQLITE);
}

static void
test_error_not_koers (Fixture       *f,
                      gconstpointer  data)
{
  raw_exec (f->path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER);"
                     "INSERT INTO invoices (amount) VALUES (1200);");
  assert_open_fails (f->path, KOERS_STORE_ERROR_NOT_KOERS);
  g_assert_cmpint (raw_int (f->path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
  g_assert_cmpint (raw_int (f->path, "PRAGMA application_id"), ==, 0);
}

static void
test_error_too_new (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pragma = NULL;
  KoersStore *store = koers_store_open (f->path, &error);
  int future = koers_store_get_latest_schema_version () + 1;

  g_assert_no_error (error);
  g_object_unref (store);
  pragma = g_strdup_printf ("PRAGMA user_version = %d", future);
  raw_exec (f->path, pragma);

  assert_open_fails (f->path, KOERS_STORE_ERROR_TOO_NEW);
  g_assert_cmpint (raw_int (f->path, "PRAGMA user_version"), ==, future);
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_error_corrupt (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  KoersStore *store = koers_test_open_demo (f->dir, 300);
  g_autofree char *path = g_strdup (koers_store_get_path (store));

  raw_exec (path, "PRAGMA wal_checkpoint(TRUNCATE)");
  g_object_unref (store);
  raw_exec (path, "PRAGMA journal_mode = DELETE");

  /* Scribble over the pages after the first, keeping the header intact. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 2 * 4096; i < length - 4096; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_open_fails (path, KOERS_STORE_ERROR_CORRUPT);

  /* The window opens at once and checks in a thread; the check finds the same damage. */
  {
    g_autoptr(GError) check_error = NULL;
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(KoersStore) deferred = koers_store_open_full (path, KOERS_STORE_OPEN_DEFER_CHECK,
                                                            100, -1, &check_error);
    if (deferred == NULL)
      {
        /* Damage SQLite meets while reading the schema is reported at once. */
        g_assert_error (check_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT);
        return;
      }
    koers_store_check_async (deferred, NULL, store_result_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (koers_store_check_finish (deferred, result, &check_error));
    g_assert_error (check_error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT);
  }
}

static void
test_check_async_ok (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(KoersStore) store = koers_test_open_demo (f->dir, 50);

  koers_store_check_async (store, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (koers_store_check_finish (store, result, &error));
  g_assert_no_error (error);
}

static void
test_error_read_only_file (Fixture       *f,
                           gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      /* This process's own fixture folder is not needed; remove it while still allowed. */
      koers_test_remove_dir (f->dir);
      koers_test_drop_root ();
      assert_open_fails (g_getenv ("KOERS_TEST_PATH"), KOERS_STORE_ERROR_READ_ONLY);
      return;
    }
  {
    g_autoptr(GError) error = NULL;
    KoersStore *store = koers_store_open (f->path, &error);
    g_assert_no_error (error);
    g_object_unref (store);
  }
  g_chmod (f->path, 0444);
  g_setenv ("KOERS_TEST_PATH", f->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_error_read_only_folder (Fixture       *f,
                             gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *fresh = g_build_filename (g_getenv ("KOERS_TEST_DIR"), "new.db", NULL);
      koers_test_remove_dir (f->dir);
      koers_test_drop_root ();
      /* Both an existing database (WAL needs files beside it) and a new one. */
      assert_open_fails (g_getenv ("KOERS_TEST_PATH"), KOERS_STORE_ERROR_FOLDER_READ_ONLY);
      assert_open_fails (fresh, KOERS_STORE_ERROR_FOLDER_READ_ONLY);
      return;
    }
  {
    g_autoptr(GError) error = NULL;
    KoersStore *store = koers_store_open (f->path, &error);
    g_assert_no_error (error);
    g_object_unref (store);
  }
  g_chmod (f->path, 0666);
  g_chmod (f->dir, 0555);
  g_setenv ("KOERS_TEST_PATH", f->path, TRUE);
  g_setenv ("KOERS_TEST_DIR", f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_error_locked (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoersStore *store = koers_store_open (f->path, &error);
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  g_object_unref (store);

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE; INSERT INTO staff (name, role)"
                                        " VALUES ('Sanne', 'trainer')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  assert_open_fails (f->path, KOERS_STORE_ERROR_LOCKED);

  /* Once it lets go, Koers opens the file. */
  sqlite3_exec (other, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (other);
  store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
}

static void
assert_rejected (KoersStore *store,
                 const char *property,
                 const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = new_participant ("Yonas", "Haile");
  gint64 before = koers_store_count_participants (store, NULL);

  g_object_set (p, property, value, NULL);
  g_assert_false (koers_store_add_participant (store, p, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_cmpint (koers_participant_get_id (p), ==, 0);
  g_assert_cmpint (koers_store_count_participants (store, NULL), ==, before);
}

static void
test_participant_validation (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autofree char *long_name = g_strnfill (201, 'a');
  const char *hostile = "Robert'); DROP TABLE participant;--";
  const char *names[] = { "محمد", "ዮናስ", "Émile", hostile };
  g_autoptr(GArray) ids = NULL;

  g_assert_no_error (error);
  assert_rejected (store, "given-name", "");
  assert_rejected (store, "given-name", "   ");
  assert_rejected (store, "given-name", long_name);
  assert_rejected (store, "given-name", "Yo\x01nas");
  assert_rejected (store, "family-name", "Hai\nle");
  assert_rejected (store, "given-name", "Yonas\xff\xfe");
  assert_rejected (store, "country", "XX");
  assert_rejected (store, "country", "er");
  assert_rejected (store, "birth-date", "2020-02-30");
  assert_rejected (store, "birth-date", "19-4-1990");
  assert_rejected (store, "phase-since", "yesterday");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(KoersParticipant) p = new_participant (names[i], "");
      g_autoptr(KoersParticipant) loaded = NULL;

      g_object_set (p, "birth-date", "1990", NULL);
      koers_store_add_participant (store, p, &error);
      g_assert_no_error (error);
      loaded = koers_store_get_participant (store, koers_participant_get_id (p), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (koers_participant_get_given_name (loaded), ==, names[i]);
      g_assert_cmpstr (koers_participant_get_birth_date (loaded), ==, "1990");
    }
  g_assert_cmpint (koers_store_count_participants (store, NULL), ==, G_N_ELEMENTS (names));

  /* Text that looks like SQL is only text. */
  ids = koers_store_find_participants (store, "DROP TABLE", NULL, KOERS_PARTICIPANT_COLUMN_CODE,
                                       FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
}

static void
test_move_phase (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Selam", "Berhane");
  g_autoptr(KoersParticipant) loaded = NULL;
  gint64 id;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  g_assert_no_error (error);
  id = koers_participant_get_id (p);

  koers_store_move_phase (store, id, KOERS_PHASE_INTAKE, "2026-02-01", &error);
  g_assert_no_error (error);
  koers_store_move_phase (store, id, KOERS_PHASE_EMPOWERMENT, "2026-02-01", &error);
  g_assert_no_error (error);
  koers_store_move_phase (store, id, KOERS_PHASE_TRAINING, NULL, &error);
  g_assert_no_error (error);

  /* Refused: same phase, before the current start, in the future, unknown person. */
  g_assert_false (koers_store_move_phase (store, id, KOERS_PHASE_TRAINING, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_move_phase (store, id, KOERS_PHASE_HANDOVER, "2026-06-29",
                                          &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_move_phase (store, id, KOERS_PHASE_HANDOVER, "2026-07-01",
                                          &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_move_phase (store, id, KOERS_PHASE_HANDOVER, "2026-13-01",
                                          &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_move_phase (store, id + 100, KOERS_PHASE_HANDOVER, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  loaded = koers_store_get_participant (store, id, &error);
  g_assert_cmpint (koers_participant_get_phase (loaded), ==, KOERS_PHASE_TRAINING);
  g_assert_cmpstr (koers_participant_get_phase_since (loaded), ==, "2026-06-30");
  g_assert_cmpint (koers_participant_get_days_in_phase (loaded), ==, 0);

  /* History: four rows, each closed on the day the next opened, one open. */
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history"), ==, 4);
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history WHERE to_date IS NULL"),
                   ==, 1);
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history a JOIN phase_history b"
                                      " ON b.participant_id = a.participant_id"
                                      " AND b.id = a.id + 1 WHERE a.to_date = b.from_date"), ==, 3);
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history h JOIN participant p"
                                      " ON p.id = h.participant_id AND h.to_date IS NULL"
                                      " AND h.phase = p.phase AND h.from_date = p.phase_since"),
                   ==, 1);
  g_unsetenv ("KOERS_TODAY");
}

static gboolean
update_text (KoersStore             *store,
             gint64                  id,
             KoersParticipantField   field,
             const char             *text,
             GError                **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return koers_store_update_participant (store, id, field, &value, error);
}

static void
assert_update_rejected (KoersStore            *store,
                        gint64                 id,
                        KoersParticipantField  field,
                        const char            *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) before = koers_store_get_participant (store, id, NULL);
  g_autoptr(KoersParticipant) after = NULL;

  g_assert_false (update_text (store, id, field, text, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  after = koers_store_get_participant (store, id, NULL);
  g_assert_cmpstr (koers_participant_get_given_name (after), ==,
                   koers_participant_get_given_name (before));
  g_assert_cmpstr (koers_participant_get_birth_date (after), ==,
                   koers_participant_get_birth_date (before));
  g_assert_cmpstr (koers_participant_get_commitment_date (after), ==,
                   koers_participant_get_commitment_date (before));
}

static void
test_update_participant (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Selam", "Berhane");
  g_autoptr(KoersParticipant) loaded = NULL;
  g_autoptr(GArray) ids = NULL;
  g_auto(GValue) enum_value = G_VALUE_INIT;
  g_auto(GValue) staff_value = G_VALUE_INIT;
  gint64 id, manager;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  g_assert_no_error (error);
  id = koers_participant_get_id (p);
  manager = koers_store_add_staff (store, "Sanne de Vries", KOERS_STAFF_ROLE_CASE_MANAGER, &error);
  g_assert_no_error (error);

  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_FAMILY_NAME, " ሃይለ ", &error));
  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "1988", &error));
  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE, "2026-03-01",
                              &error));
  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE, "2026-09-15",
                              &error));
  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_COUNTRY, "ET", &error));
  g_value_init (&enum_value, KOERS_TYPE_TARGET_GROUP);
  g_value_set_enum (&enum_value, KOERS_TARGET_GROUP_2B);
  g_assert_true (koers_store_update_participant (store, id, KOERS_PARTICIPANT_FIELD_TARGET_GROUP,
                                                 &enum_value, &error));
  g_value_init (&staff_value, G_TYPE_INT64);
  g_value_set_int64 (&staff_value, manager);
  g_assert_true (koers_store_update_participant (store, id, KOERS_PARTICIPANT_FIELD_CASE_MANAGER,
                                                 &staff_value, &error));
  g_assert_no_error (error);

  loaded = koers_store_get_participant (store, id, &error);
  g_assert_cmpstr (koers_participant_get_family_name (loaded), ==, "ሃይለ");
  g_assert_cmpstr (koers_participant_get_birth_date (loaded), ==, "1988");
  g_assert_cmpstr (koers_participant_get_commitment_date (loaded), ==, "2026-03-01");
  g_assert_cmpstr (koers_participant_get_planned_departure (loaded), ==, "2026-09-15");
  g_assert_cmpstr (koers_participant_get_country (loaded), ==, "ET");
  g_assert_cmpint (koers_participant_get_target_group (loaded), ==, KOERS_TARGET_GROUP_2B);
  g_assert_cmpstr (koers_participant_get_case_manager_name (loaded), ==, "Sanne de Vries");

  /* The search follows the new name. */
  ids = koers_store_find_participants (store, "ሃይለ", NULL, KOERS_PARTICIPANT_COLUMN_CODE, FALSE, &error);
  g_assert_cmpuint (ids->len, ==, 1);

  /* Refused, and nothing changes. */
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_GIVEN_NAME, "  ");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "2027");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "2026-07-01");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "1890");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "31-12-1990");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE, "2026-07-01");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE, "2026-02-01");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE, "soon");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_COUNTRY, "ZZ");
  assert_update_rejected (store, id, KOERS_PARTICIPANT_FIELD_PHONE, "+31\t6");

  /* Clearing an optional date is allowed. */
  g_assert_true (update_text (store, id, KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE, "", &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_null (koers_participant_get_planned_departure (loaded));
  g_unsetenv ("KOERS_TODAY");
}

static void
test_end_and_reopen (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Yonas", "Tekle");
  g_autoptr(KoersParticipant) loaded = NULL;
  gint64 id;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  id = koers_participant_get_id (p);
  koers_store_move_phase (store, id, KOERS_PHASE_INTAKE, "2026-02-01", &error);
  g_assert_no_error (error);

  g_assert_false (koers_store_end_trajectory (store, id, KOERS_STATUS_DROPPED_OUT, NULL, "  ",
                                              &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_end_trajectory (store, id, KOERS_STATUS_ACTIVE, NULL, "x", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_end_trajectory (store, id, KOERS_STATUS_LOST_CONTACT, "2026-01-15",
                                              "No answer", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (koers_store_end_trajectory (store, id, KOERS_STATUS_LOST_CONTACT, "2026-05-01",
                                             "No answer for six weeks", &error));
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_cmpint (koers_participant_get_status (loaded), ==, KOERS_STATUS_LOST_CONTACT);
  g_assert_cmpint (koers_participant_get_phase (loaded), ==, KOERS_PHASE_INTAKE);
  g_assert_cmpstr (koers_participant_get_exit_date (loaded), ==, "2026-05-01");
  g_assert_cmpstr (koers_participant_get_exit_reason (loaded), ==, "No answer for six weeks");
  g_assert_false (koers_participant_is_overdue (loaded));

  g_assert_true (koers_store_reopen_trajectory (store, id, &error));
  g_clear_object (&loaded);
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_cmpint (koers_participant_get_status (loaded), ==, KOERS_STATUS_ACTIVE);
  g_assert_null (koers_participant_get_exit_date (loaded));
  g_assert_false (koers_store_reopen_trajectory (store, id, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_unsetenv ("KOERS_TODAY");
}

static void
test_undo_move_and_staff (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Abeba", "Kidane");
  g_autoptr(KoersParticipant) loaded = NULL;
  g_autoptr(GListModel) staff = NULL;
  gint64 id;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  id = koers_participant_get_id (p);
  koers_store_move_phase (store, id, KOERS_PHASE_INTAKE, "2026-02-01", &error);
  koers_store_move_phase (store, id, KOERS_PHASE_EMPOWERMENT, "2026-03-01", &error);
  g_assert_no_error (error);

  /* Undo takes the newest move back, history and all. */
  g_assert_true (koers_store_undo (store, NULL, &error));
  loaded = koers_store_get_participant (store, id, &error);
  g_assert_cmpint (koers_participant_get_phase (loaded), ==, KOERS_PHASE_INTAKE);
  g_assert_cmpstr (koers_participant_get_phase_since (loaded), ==, "2026-02-01");
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history"), ==, 2);
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM phase_history WHERE to_date IS NULL"),
                   ==, 1);
  g_assert_true (koers_store_undo (store, NULL, &error));
  g_assert_no_error (error);

  koers_store_add_staff (store, "Youssef El Amrani", KOERS_STAFF_ROLE_CASE_MANAGER, &error);
  koers_store_add_staff (store, "anouk Verhoeven", KOERS_STAFF_ROLE_TRAINER, &error);
  g_assert_no_error (error);
  staff = koers_store_list_staff (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (staff), ==, 2);
  {
    g_autoptr(KoersStaff) first = g_list_model_get_item (staff, 0);
    g_assert_cmpstr (koers_staff_get_name (first), ==, "anouk Verhoeven");
    g_assert_cmpint (koers_staff_get_role (first), ==, KOERS_STAFF_ROLE_TRAINER);
  }
  g_unsetenv ("KOERS_TODAY");
}

static void
test_obstacles (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Dawit", "Mehari");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KoersObstacle) removed = NULL;
  g_autofree char *huge = g_strnfill (2001, 'x');
  gint64 pid, debts, safety;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  pid = koers_participant_get_id (p);

  debts = koers_store_add_obstacle (store, pid, KOERS_OBSTACLE_KIND_DEBTS,
                                    "Owes rent to a former landlord", "2026-03-01", &error);
  safety = koers_store_add_obstacle (store, pid, KOERS_OBSTACLE_KIND_SAFETY,
                                     "Threatened by family of creditor", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (debts, >, 0);

  /* Refused: no description, too long, a future date, resolved before it was noted. */
  g_assert_cmpint (koers_store_add_obstacle (store, pid, KOERS_OBSTACLE_KIND_OTHER, "  ", NULL,
                                             &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_obstacle (store, pid, KOERS_OBSTACLE_KIND_OTHER, huge, NULL,
                                             &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_obstacle (store, pid, KOERS_OBSTACLE_KIND_OTHER, "Later",
                                             "2026-07-01", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_set_obstacle_status (store, debts, KOERS_OBSTACLE_STATUS_RESOLVED,
                                                   "2026-02-01", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (koers_store_set_obstacle_status (store, debts, KOERS_OBSTACLE_STATUS_RESOLVED,
                                                  "2026-05-15", &error));
  g_assert_true (koers_store_set_obstacle_status (store, safety, KOERS_OBSTACLE_STATUS_IN_PROGRESS,
                                                  NULL, &error));
  list = koers_store_list_obstacles (store, pid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    /* Unresolved first. */
    g_autoptr(KoersObstacle) first = g_list_model_get_item (list, 0);
    g_autoptr(KoersObstacle) second = g_list_model_get_item (list, 1);
    g_assert_cmpint (koers_obstacle_get_kind (first), ==, KOERS_OBSTACLE_KIND_SAFETY);
    g_assert_cmpint (koers_obstacle_get_status (first), ==, KOERS_OBSTACLE_STATUS_IN_PROGRESS);
    g_assert_cmpstr (koers_obstacle_get_opened_date (first), ==, "2026-06-30");
    g_assert_cmpstr (koers_obstacle_get_resolved_date (second), ==, "2026-05-15");
  }
  g_clear_object (&list);

  /* Deleted and restored as it was. */
  removed = koers_store_delete_obstacle (store, debts, &error);
  g_assert_nonnull (removed);
  list = koers_store_list_obstacles (store, pid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  g_assert_true (koers_store_undo (store, NULL, &error));
  list = koers_store_list_obstacles (store, pid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_null (koers_store_delete_obstacle (store, 9999, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_unsetenv ("KOERS_TODAY");
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Meron", "Tesfaye");
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(KoersNote) removed = NULL;
  g_autofree char *longest = g_strnfill (10000, 'a');
  g_autofree char *too_long = g_strnfill (10001, 'a');
  gint64 pid, author, first;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  pid = koers_participant_get_id (p);
  author = koers_store_add_staff (store, "Lotte van den Berg", KOERS_STAFF_ROLE_CASE_MANAGER,
                                  &error);

  first = koers_store_add_note (store, pid, "2026-06-01", KOERS_NOTE_KIND_MEETING, author,
                                "First talk.\nWants to go back to Asmara;\tneeds papers.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_add_note (store, pid, NULL, KOERS_NOTE_KIND_CALL, 0,
                                         "مكالمة قصيرة'); DROP TABLE contact_note;--", &error),
                   >, 0);
  g_assert_cmpint (koers_store_add_note (store, pid, "2026-06-10", KOERS_NOTE_KIND_TRAINING_TALK,
                                         author, longest, &error), >, 0);
  g_assert_no_error (error);

  /* Refused: empty, too long, a control character, a future date. */
  g_assert_cmpint (koers_store_add_note (store, pid, NULL, KOERS_NOTE_KIND_CALL, 0, " \n ",
                                         &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_note (store, pid, NULL, KOERS_NOTE_KIND_CALL, 0, too_long,
                                         &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_note (store, pid, NULL, KOERS_NOTE_KIND_CALL, 0, "bell\a",
                                         &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_note (store, pid, "2026-07-01", KOERS_NOTE_KIND_CALL, 0, "x",
                                         &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  notes = koers_store_list_notes (store, pid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  {
    g_autoptr(KoersNote) newest = g_list_model_get_item (notes, 0);
    g_autoptr(KoersNote) oldest = g_list_model_get_item (notes, 2);
    g_assert_cmpstr (koers_note_get_date (newest), ==, "2026-06-30");
    g_assert_true (g_str_has_prefix (koers_note_get_text (newest), "مكالمة"));
    g_assert_cmpstr (koers_note_get_author_name (oldest), ==, "Lotte van den Berg");
    g_assert_nonnull (strchr (koers_note_get_text (oldest), '\n'));
  }
  g_clear_object (&notes);

  removed = koers_store_delete_note (store, first, &error);
  g_assert_nonnull (removed);
  g_assert_true (koers_store_undo (store, NULL, &error));
  notes = koers_store_list_notes (store, pid, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  g_unsetenv ("KOERS_TODAY");
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Hagos", "Weldu");
  KoersDocumentStatus status;
  g_autofree char *requested = NULL, *obtained = NULL, *note = NULL;
  gint64 pid;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  pid = koers_participant_get_id (p);

  koers_store_get_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT, &status, &requested,
                            &obtained, &note, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, KOERS_DOCUMENT_STATUS_UNCHECKED);
  g_clear_pointer (&note, g_free);

  g_assert_true (koers_store_set_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT,
                                           KOERS_DOCUMENT_STATUS_REQUESTED, "2026-04-01", NULL,
                                           "Embassy in The Hague", &error));
  g_assert_true (koers_store_set_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT,
                                           KOERS_DOCUMENT_STATUS_OBTAINED, "2026-04-01",
                                           "2026-06-02", "Embassy in The Hague", &error));
  /* Refused: obtained before requested, a future date. */
  g_assert_false (koers_store_set_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT,
                                            KOERS_DOCUMENT_STATUS_OBTAINED, "2026-04-01",
                                            "2026-03-01", NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_set_document (store, pid, KOERS_DOCUMENT_KIND_ID_CARD,
                                            KOERS_DOCUMENT_STATUS_REQUESTED, "2026-08-01",
                                            NULL, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  koers_store_get_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT, &status, &requested,
                            &obtained, &note, &error);
  g_assert_cmpint (status, ==, KOERS_DOCUMENT_STATUS_OBTAINED);
  g_assert_cmpstr (obtained, ==, "2026-06-02");
  g_assert_cmpstr (note, ==, "Embassy in The Hague");
  g_clear_pointer (&requested, g_free);
  g_clear_pointer (&obtained, g_free);
  g_clear_pointer (&note, g_free);

  /* Back to "not checked" forgets it. */
  g_assert_true (koers_store_set_document (store, pid, KOERS_DOCUMENT_KIND_PASSPORT,
                                           KOERS_DOCUMENT_STATUS_UNCHECKED, NULL, NULL, NULL,
                                           &error));
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM document"), ==, 0);
  g_unsetenv ("KOERS_TODAY");
}

static void
test_money (void)
{
  struct { const char *text; gboolean ok; gint64 cents; } cases[] = {
    { "1250", TRUE, 125000 }, { "1.250", TRUE, 125000 }, { "1.250,50", TRUE, 125050 },
    { "1,250.50", TRUE, 125050 }, { "€ 80", TRUE, 8000 }, { "12,5", TRUE, 1250 },
    { "0", TRUE, 0 }, { "1 250,00", TRUE, 125000 }, { "-5", FALSE, 0 }, { "", FALSE, 0 },
    { "vijftig", FALSE, 0 }, { "=1+1", FALSE, 0 }, { "99999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 cents = -7;
      gboolean ok = koers_money_parse (cases[i].text, &cents);
      if (ok != cases[i].ok || (ok && cents != cases[i].cents))
        g_error ("\"%s\": got %d, %" G_GINT64_FORMAT, cases[i].text, ok, cents);
    }
}

static void
test_business_plan (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Kofi", "Mensah");
  g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
  KoersBusinessStatus status;
  gint64 pid, cents;

  koers_store_add_participant (store, p, &error);
  pid = koers_participant_get_id (p);
  g_assert_true (koers_store_get_business_plan (store, pid, &idea, &sector, &place, &cents,
                                                &funding, &status, &error));
  g_assert_cmpstr (idea, ==, "");
  g_assert_cmpint (cents, ==, -1);
  g_clear_pointer (&idea, g_free); g_clear_pointer (&sector, g_free);
  g_clear_pointer (&place, g_free); g_clear_pointer (&funding, g_free);

  g_assert_true (koers_store_set_business_field (store, pid, KOERS_BUSINESS_FIELD_IDEA,
                                                 "Tailor shop", 0, &error));
  g_assert_true (koers_store_set_business_field (store, pid, KOERS_BUSINESS_FIELD_PLACE,
                                                 "Kumasi", 0, &error));
  g_assert_true (koers_store_set_business_field (store, pid, KOERS_BUSINESS_FIELD_STARTUP_COSTS,
                                                 NULL, 125050, &error));
  g_assert_true (koers_store_set_business_field (store, pid, KOERS_BUSINESS_FIELD_STATUS,
                                                 NULL, KOERS_BUSINESS_STATUS_FUNDED, &error));
  g_assert_false (koers_store_set_business_field (store, pid, KOERS_BUSINESS_FIELD_STARTUP_COSTS,
                                                  NULL, -500, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (koers_store_get_business_plan (store, pid, &idea, &sector, &place, &cents,
                                                &funding, &status, &error));
  g_assert_cmpstr (idea, ==, "Tailor shop");
  g_assert_cmpstr (place, ==, "Kumasi");
  g_assert_cmpint (cents, ==, 125050);
  g_assert_cmpint (status, ==, KOERS_BUSINESS_STATUS_FUNDED);
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_store_open (f->path, &error);
  g_autoptr(KoersParticipant) p = new_participant ("Aster", "Gebru");
  g_autoptr(GVariant) plan = NULL;
  g_autoptr(GVariant) goal = NULL;
  g_autoptr(GVariant) actions = NULL;
  gint64 pid, goal_id, action_id;

  g_setenv ("KOERS_TODAY", "2026-06-30", TRUE);
  koers_store_add_participant (store, p, &error);
  pid = koers_participant_get_id (p);
  goal_id = koers_store_add_goal (store, pid, "Passport arranged", &error);
  g_assert_cmpint (goal_id, >, 0);
  action_id = koers_store_add_action (store, goal_id, "Make an appointment at the embassy",
                                      "Lotte", "2026-07-15", &error);
  g_assert_cmpint (action_id, >, 0);
  g_assert_cmpint (koers_store_add_action (store, goal_id, " ", NULL, NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_goal (store, pid, "", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (koers_store_set_action_done (store, action_id, TRUE, &error));

  plan = koers_store_list_plan (store, pid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_variant_n_children (plan), ==, 1);
  goal = g_variant_get_child_value (plan, 0);
  actions = g_variant_get_child_value (goal, 2);
  g_assert_cmpuint (g_variant_n_children (actions), ==, 1);
  {
    gint64 id;
    const char *description, *owner, *due, *done;
    g_variant_get_child (actions, 0, "(x&s&s&sm&s)", &id, &description, &owner, &due, &done);
    g_assert_cmpstr (owner, ==, "Lotte");
    g_assert_cmpstr (due, ==, "2026-07-15");
    g_assert_cmpstr (done, ==, "2026-06-30");
  }
  g_assert_true (koers_store_delete_goal (store, goal_id, &error));
  g_assert_cmpint (pragma_int (store, "SELECT count(*) FROM plan_action"), ==, 0);
  g_unsetenv ("KOERS_TODAY");
}

static void
test_backup_rotation (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expired = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (28, 11, 2026);
  g_autoptr(GHashTable) gone = g_hash_table_new (g_str_hash, g_str_equal);
  guint kept = 0;

  /* A backup every day for 400 days, newest first. */
  for (int i = 0; i < 400; i++)
    {
      g_autoptr(GDate) day = g_date_copy (today);
      g_date_subtract_days (day, i);
      g_ptr_array_add (names, g_strdup_printf ("koers-%04u%02u%02u-090000.db",
                                               g_date_get_year (day), g_date_get_month (day),
                                               g_date_get_day (day)));
    }
  expired = koers_backup_expired (names, today);
  for (guint i = 0; i < expired->len; i++)
    g_hash_table_add (gone, g_ptr_array_index (expired, i));

  /* The last 7 days are all kept. */
  for (guint i = 0; i < 7; i++)
    g_assert_false (g_hash_table_contains (gone, g_ptr_array_index (names, i)));
  for (guint i = 0; i < names->len; i++)
    kept += !g_hash_table_contains (gone, g_ptr_array_index (names, i));
  /* 7 days, up to 4 weeks and 12 months, overlapping. */
  g_assert_cmpuint (kept, >=, 12);
  g_assert_cmpuint (kept, <=, 7 + 4 + 12);
  /* Nothing older than about a year. */
  for (guint i = 370; i < names->len; i++)
    g_assert_true (g_hash_table_contains (gone, g_ptr_array_index (names, i)));
  /* One backup a month for a year: the first of each month is kept... or a later one. */
  g_assert_false (g_hash_table_contains (gone, "koers-20260601-090000.db")
                  && g_hash_table_contains (gone, "koers-20260630-090000.db"));
}

static void
test_backup_daily (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = koers_test_open_demo (f->dir, 40);
  /* The default folder is made when missing; others must exist (see test-faults). */
  g_autofree char *folder = koers_backup_default_folder (koers_store_get_path (store));
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;
  g_autofree char *blocker = g_build_filename (f->dir, "not-a-folder", NULL);
  g_autofree char *blocked = g_build_filename (blocker, "backups", NULL);
  KoersStore *copy;

  g_assert_true (koers_backup_daily (koers_store_get_path (store), folder, &made, &error));
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));

  /* Once a day. */
  g_assert_true (koers_backup_daily (koers_store_get_path (store), folder, &again, &error));
  g_assert_null (again);
  {
    g_autoptr(GPtrArray) names = koers_backup_list (folder);
    g_assert_cmpuint (names->len, ==, 1);
  }

  /* The copy is a Koers database with everything in it. */
  copy = koers_store_open (made, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_count_participants (copy, NULL), ==, 40);
  g_object_unref (copy);

  /* A backup folder that cannot be made: a clear error, nothing left behind. */
  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  g_assert_null (koers_backup_make (koers_store_get_path (store), blocked, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "backup folder"));
}

/* Intake is overdue after one month, after three for target group 2b. */
static void
test_overdue (void)
{
  struct {
    const char       *today;
    KoersPhase        phase;
    KoersTargetGroup  group;
    KoersStatus       status;
    gboolean          overdue;
  } cases[] = {
    { "2026-02-15", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2A, KOERS_STATUS_ACTIVE, FALSE },
    { "2026-02-15", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2A, KOERS_STATUS_ACTIVE, FALSE },
    { "2026-02-16", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2A, KOERS_STATUS_ACTIVE, TRUE },
    { "2026-02-16", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_UNKNOWN, KOERS_STATUS_ACTIVE, TRUE },
    { "2026-04-15", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2B, KOERS_STATUS_ACTIVE, FALSE },
    { "2026-04-16", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2B, KOERS_STATUS_ACTIVE, TRUE },
    { "2026-09-01", KOERS_PHASE_EMPOWERMENT, KOERS_TARGET_GROUP_2A, KOERS_STATUS_ACTIVE, FALSE },
    { "2026-09-01", KOERS_PHASE_INTAKE, KOERS_TARGET_GROUP_2A, KOERS_STATUS_DROPPED_OUT, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT,
                                                    "phase", cases[i].phase,
                                                    "phase-since", "2026-01-15",
                                                    "target-group", cases[i].group,
                                                    "status", cases[i].status, NULL);
      g_setenv ("KOERS_TODAY", cases[i].today, TRUE);
      if (koers_participant_is_overdue (p) != cases[i].overdue)
        g_error ("case %u: on %s overdue should be %d", i, cases[i].today, cases[i].overdue);
    }
  g_unsetenv ("KOERS_TODAY");
}

static char *
describe_database (const char *dir)
{
  g_autoptr(KoersStore) store = koers_test_open_demo (dir, 60);
  g_autoptr(GArray) ids = koers_store_find_participants (store, NULL, NULL,
                                                         KOERS_PARTICIPANT_COLUMN_CODE, FALSE,
                                                         NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(KoersParticipant) p = koers_store_get_participant (store,
                                                                   g_array_index (ids, gint64, i),
                                                                   NULL);
      g_autofree char *name = koers_participant_dup_display_name (p);
      g_string_append_printf (out, "%s %s %s %d %s\n", koers_participant_get_code (p), name,
                              koers_participant_get_country (p),
                              koers_participant_get_phase (p),
                              koers_participant_get_phase_since (p));
    }
  return g_string_free (out, FALSE);
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *other_dir = koers_test_make_dir ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gboolean arabic = FALSE, geez = FALSE, latin = FALSE;
  guint phases[KOERS_N_PHASES] = { 0 };

  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  first = describe_database (f->dir);
  second = describe_database (other_dir);
  koers_test_remove_dir (other_dir);
  g_unsetenv ("KOERS_TODAY");

  /* The same seed and day give the same fictional people. */
  g_assert_cmpstr (first, ==, second);

  for (const char *p = first; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      arabic |= script == G_UNICODE_SCRIPT_ARABIC;
      geez |= script == G_UNICODE_SCRIPT_ETHIOPIC;
      latin |= script == G_UNICODE_SCRIPT_LATIN && g_unichar_islower (c);
    }
  g_assert_true (arabic);
  g_assert_true (geez);
  g_assert_true (latin);

  {
    g_auto(GStrv) lines = g_strsplit (first, "\n", -1);
    for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], " ", -1);
        guint n = g_strv_length (fields);
        phases[atoi (fields[n - 2])]++;
      }
  }
  /* Spread over the pipeline, not all in one phase. */
  g_assert_cmpuint (phases[KOERS_PHASE_OUTREACH], >, 0);
  g_assert_cmpuint (phases[KOERS_PHASE_TRAINING] + phases[KOERS_PHASE_EMPOWERMENT], >, 0);
  g_assert_cmpuint (phases[KOERS_PHASE_DEPARTED] + phases[KOERS_PHASE_MONITORING]
                    + phases[KOERS_PHASE_CLOSED], >, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/default-path", test_default_path);
#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create", test_create);
  ADD ("reopen", test_reopen);
  ADD ("migrate-older", test_migrate_older);
  ADD ("error/not-sqlite", test_error_not_sqlite);
  ADD ("error/not-koers", test_error_not_koers);
  ADD ("error/too-new", test_error_too_new);
  ADD ("error/corrupt", test_error_corrupt);
  ADD ("check-async", test_check_async_ok);
  ADD ("error/read-only-file", test_error_read_only_file);
  ADD ("error/read-only-folder", test_error_read_only_folder);
  ADD ("error/locked", test_error_locked);
  ADD ("participant/validation", test_participant_validation);
  ADD ("participant/move-phase", test_move_phase);
  ADD ("participant/update", test_update_participant);
  ADD ("participant/end-and-reopen", test_end_and_reopen);
  ADD ("participant/undo-move-and-staff", test_undo_move_and_staff);
  ADD ("participant/obstacles", test_obstacles);
  ADD ("participant/notes", test_notes);
  ADD ("participant/documents", test_documents);
  ADD ("participant/business-plan", test_business_plan);
  ADD ("participant/plan", test_plan);
  g_test_add_func ("/store/money", test_money);
  g_test_add_func ("/store/backup/rotation", test_backup_rotation);
  ADD ("backup/daily", test_backup_daily);
  g_test_add_func ("/store/participant/overdue", test_overdue);
  ADD ("demo", test_demo);
#undef ADD

  return g_test_run ();
}
