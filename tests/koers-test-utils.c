/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "koers-demo.h"
#include "koers-test-utils.h"

/* A fresh temporary folder for one test's databases. */
char *
koers_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (NULL, &error);

  g_assert_no_error (error);
  /* Readable by the unprivileged user that read-only tests switch to. */
  g_chmod (dir, 0755);
  return dir;
}

/* Removes @dir and everything in it. */
void
koers_test_remove_dir (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  g_chmod (dir, 0755);
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL
         && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, g_file_info_get_name (info), NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        koers_test_remove_dir (path);
      else
        g_unlink (path);
      g_object_unref (info);
    }
  g_rmdir (dir);
}

/* Opens dir/demo.db with @n_participants demo participants (seed 7). */
KoersStore *
koers_test_open_demo (const char *dir,
                      guint       n_participants)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  KoersStore *store = koers_store_open (path, &error);

  g_assert_no_error (error);
  koers_demo_generate (store, n_participants, 7, &error);
  g_assert_no_error (error);
  return store;
}

/* Root may write anything, so read-only cases run as "nobody" in a subprocess. */
void
koers_test_drop_root (void)
{
  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
}

/* PRAGMA integrity_check of the file at @path, on a connection of its own: "ok" when intact. */
char *
koers_test_integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* The first column of the first row of @sql on the file at @path, read past the store. */
gint64
koers_test_query_int (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}
