/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Kills a writing Koers store with SIGKILL at random moments, then checks that the database
 * is intact and holds every edit that was acknowledged. KOERS_CRASH_KILLS sets how many
 * times (50 by default; bench/run-crash runs 1 000). */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "koers-test-utils.h"

static char *writer_path;

static gint64
query_int (sqlite3    *db,
           const char *sql,
           gint64      arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (arg >= 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
test_crash (void)
{
  g_autofree char *dir = koers_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  const char *kills_env = g_getenv ("KOERS_CRASH_KILLS");
  guint kills = kills_env ? (guint) atoi (kills_env) : 50;
  gint64 acknowledged = 0;
  guint writes_seen = 0;

  for (guint i = 0; i < kills; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *argv[] = { writer_path, path, NULL };
      GPid pid;
      int out_fd, status;
      g_autoptr(GString) output = g_string_new (NULL);
      char buffer[4096];
      ssize_t n;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      /* Wait for the writer to say it started (every other time: that it opened the store),
       * so that a slow start, as under the sanitizers, does not eat the time: half the kills
       * can land while the database is created or opened, half while edits are written. */
      for (guint line = 0; line < (i % 2 ? 2u : 1u); line++)
        while ((n = read (out_fd, buffer, 1)) == 1 && buffer[0] != '\n')
          ;
      g_usleep (g_rand_int_range (rand, 2000, 60000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);

      /* The last complete line is the last acknowledged edit. */
      {
        g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);
        guint n_lines = g_strv_length (lines);
        for (guint l = 0; l + 1 < n_lines; l++)
          {
            if (!g_ascii_isdigit (lines[l][0]))
              continue; /* "start" or "open" */
            acknowledged = MAX (acknowledged, g_ascii_strtoll (lines[l], NULL, 10));
            writes_seen++;
          }
      }

      /* Killed before it created the database (a slow start, as under the sanitizers):
       * nothing can have been acknowledged, and there is nothing to check yet. */
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_assert_cmpint (acknowledged, ==, 0);
          continue;
        }

      /* After every kill: intact, and nothing acknowledged is missing. */
      {
        sqlite3 *db = NULL;
        sqlite3_stmt *stmt = NULL;
        g_autofree char *check = NULL;

        g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                         SQLITE_OK);
        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL),
                         ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        check = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        sqlite3_finalize (stmt);
        g_assert_cmpstr (check, ==, "ok");
        if (acknowledged > 0)
          {
            g_assert_cmpint (query_int (db, "SELECT count(*) FROM participant", -1), >=,
                             acknowledged);
            g_assert_cmpint (query_int (db, "SELECT count(*) FROM participant WHERE given_name"
                                            " = 'Crash ' || ?1", acknowledged), ==, 1);
            /* Each participant came with its open phase-history row, or not at all. */
            g_assert_cmpint (query_int (db, "SELECT count(*) FROM participant p WHERE NOT EXISTS"
                                            " (SELECT 1 FROM phase_history h WHERE"
                                            " h.participant_id = p.id AND h.to_date IS NULL)",
                                        -1), ==, 0);
          }
        sqlite3_close (db);
      }
    }

  g_print ("# crash test: %u kills, %u acknowledged edits, every one present, integrity ok\n",
           kills, writes_seen);
  g_assert_cmpuint (writes_seen, >, 0);
  koers_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  writer_path = g_strdup (g_getenv ("KOERS_CRASH_WRITER"));
  if (writer_path == NULL)
    writer_path = g_build_filename (g_path_get_dirname (argv[0]), "crash-writer", NULL);
  g_test_add_func ("/store/crash", test_crash);
  return g_test_run ();
}
