/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-data.h"

/* Training at the size of a large office: 200 weekly courses of 25 participants each over
 * four years, a million attendance marks. Times opening a week, opening an attendance
 * sheet and committing one mark with the audit trail on, as the app does them. Prints
 * figures; asserts nothing. Usage: bench-training [PARTICIPANTS] [COURSES] [WEEKS] [KEEP]
 * (KEEP: a path to keep the database at, for EXPLAIN QUERY PLAN in the sqlite3 shell). */

#define TODAY KOERS_BENCH_TODAY
#define PER_COURSE 25

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
print_figures (const char *what,
               GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  printf ("%-36s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (n = %u)\n", what,
          g_array_index (ms, double, ms->len / 2),
          g_array_index (ms, double, (guint) (ms->len * 0.99)),
          g_array_index (ms, double, ms->len - 1), ms->len);
}

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n_participants = argc > 1 ? (guint) atoi (argv[1]) : 5000;
  guint n_courses = argc > 2 ? (guint) atoi (argv[2]) : 200;
  guint n_weeks = argc > 3 ? (guint) atoi (argv[3]) : 200;
  const char *keep = argc > 4 ? argv[4] : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("koers-bench-XXXXXX", NULL);
  g_autofree char *path = keep ? g_strdup (keep) : g_build_filename (dir, "bench.db", NULL);
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GArray) week_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sheet_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) mark_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sessions = g_array_new (FALSE, FALSE, sizeof (gint64));
  KoersAttendancePoints points;
  gint64 start, n_marks, n_sessions;
  GStatBuf st = { 0 };
  guint n_rows = 0;

  setlocale (LC_ALL, "");
  g_setenv ("KOERS_TODAY", TODAY, TRUE);
  koers_attendance_points_init (&points);
  store = koers_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  koers_store_set_actor (store, "Bench");

  start = g_get_monotonic_time ();
  koers_bench_build_training (store, n_participants, n_courses, n_weeks);
  n_marks = koers_bench_query_int (store, "SELECT count(*) FROM attendance");
  n_sessions = koers_bench_query_int (store, "SELECT count(*) FROM training_session");
  g_stat (path, &st);
  printf ("%-36s %8.1f s\n", "build in all", since (start) / 1000.0);
  printf ("participants %u, courses %u, sessions %" G_GINT64_FORMAT ", marks %" G_GINT64_FORMAT
          ", database %" G_GINT64_FORMAT " MiB\n  %s\n\n", n_participants, n_courses,
          n_sessions, n_marks, (gint64) st.st_size / (1024 * 1024), path);

  /* Twenty weeks spread over the four years, the current one last. */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GDate) day = koers_date_parse_iso (TODAY);
      g_autofree char *iso = NULL;
      g_autofree char *monday = NULL;
      g_autoptr(GListModel) week = NULL;
      double elapsed;

      g_date_subtract_days (day, 7 * (19 - i) * n_weeks / 20);
      iso = koers_date_to_iso (day);
      monday = koers_schedule_week_start (iso);
      start = g_get_monotonic_time ();
      week = koers_store_list_week (store, monday, &error);
      elapsed = since (start);
      if (week == NULL)
        g_error ("%s", error->message);
      g_array_append_val (week_ms, elapsed);
      n_rows += g_list_model_get_n_items (week);
      if (i == 19)
        for (guint j = 0; j < g_list_model_get_n_items (week) && sessions->len < 50; j++)
          {
            g_autoptr(KoersTrainingSession) s = g_list_model_get_item (week, j);
            gint64 id = koers_training_session_get_id (s);
            g_array_append_val (sessions, id);
          }
    }
  print_figures ("open a week (list_week)", week_ms);
  printf ("%-36s %u sessions a week on average\n", "", n_rows / 20);

  /* Fifty sheets: half of this week, half from the past, spread over the years. */
  for (guint i = 0; sessions->len < 50; i++)
    {
      gint64 id = 1 + (gint64) i * (n_sessions / 25);
      g_array_append_val (sessions, id);
    }
  n_rows = 0;
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GListModel) sheet = NULL;
      double elapsed;

      start = g_get_monotonic_time ();
      sheet = koers_store_list_sheet (store, g_array_index (sessions, gint64, i), &error);
      elapsed = since (start);
      if (sheet == NULL)
        g_error ("%s", error->message);
      g_array_append_val (sheet_ms, elapsed);
      n_rows += g_list_model_get_n_items (sheet);
    }
  print_figures ("open a sheet (list_sheet)", sheet_ms);
  printf ("%-36s %u people a sheet on average\n", "", n_rows / 50);

  /* A trainer marking rooms: each sheet's people in turn, the status cycling so every
   * mark is a real change that lands in the audit trail. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GListModel) sheet = koers_store_list_sheet (store,
                                                            g_array_index (sessions, gint64,
                                                                           (i / PER_COURSE) % 50),
                                                            &error);
      g_autoptr(KoersSheetRow) row = g_list_model_get_item (sheet, i % g_list_model_get_n_items (sheet));
      double elapsed;

      start = g_get_monotonic_time ();
      if (!koers_store_mark_attendance (store, g_array_index (sessions, gint64, (i / PER_COURSE) % 50),
                                        koers_sheet_row_get_participant_id (row),
                                        (koers_sheet_row_get_status (row) + 1) % 4, NULL, &error))
        g_error ("%s", error->message);
      elapsed = since (start);
      g_array_append_val (mark_ms, elapsed);
    }
  print_figures ("commit one mark (audit on)", mark_ms);

  {
    double rate = 0;
    guint planned = 0;

    start = g_get_monotonic_time ();
    if (!koers_store_get_attendance_rate (store, 1, 0, NULL, NULL, &points, &rate, &planned,
                                          &error))
      g_error ("%s", error->message);
    printf ("%-36s %6.2f ms (%.0f %% of %u sessions)\n", "attendance rate of a participant",
            since (start), rate * 100, planned);
    start = g_get_monotonic_time ();
    if (koers_store_get_most_missed (store, 1, NULL, &error) < 0)
      g_error ("%s", error->message);
    printf ("%-36s %6.2f ms\n", "missed in a row (dossier alert)", since (start));
  }

  g_clear_object (&store);
  if (keep == NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
          g_unlink (file);
        }
    }
  g_rmdir (dir);
  return 0;
}
