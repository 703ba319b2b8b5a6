/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "bench-data.h"
#include "koers-demo.h"

/* The large database of the benches: the size of a large office after four years. Shared
 * by bench-training and bench-summary, so both measure the same file. */

#define PER_COURSE 25

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs @sql, which must work: a bench has nothing sensible to do on failure. */
void
koers_bench_exec (KoersStore *store,
                  const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (store->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The first column of the first row of @sql, 0 for none. */
gint64
koers_bench_query_int (KoersStore *store,
                       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (store->db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/**
 * koers_bench_build_training:
 * @store: an empty store, KOERS_TODAY set to %KOERS_BENCH_TODAY
 * @n_participants: how many participants the demo generator makes
 * @n_courses: weekly courses of 25 participants each
 * @n_weeks: how far back the courses run
 *
 * Participants from the demo generator (without its own courses), then the courses and
 * enrolments through the store, then the marks in one INSERT … SELECT: a mark per enrolled
 * participant per past session, the status drawn from a hash of the two ids so the file is
 * the same every run. All with the audit trail off, in one transaction; then ANALYZE and a
 * WAL checkpoint. Prints how long each part took.
 */
void
koers_bench_build_training (KoersStore *store,
                            guint       n_participants,
                            guint       n_courses,
                            guint       n_weeks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = koers_date_parse_iso (KOERS_BENCH_TODAY);
  gint64 start = g_get_monotonic_time ();

  if (!koers_demo_generate (store, n_participants, 7, &error))
    g_error ("%s", error->message);
  printf ("%-36s %8.0f ms\n", "demo participants", since (start));

  start = g_get_monotonic_time ();
  koers_store_set_audit_enabled (store, FALSE);
  if (!koers_store_begin (store, &error))
    g_error ("%s", error->message);
  koers_bench_exec (store, "DELETE FROM internship; DELETE FROM course");
  for (guint c = 0; c < n_courses; c++)
    {
      g_autoptr(GDate) first = g_date_copy (today);
      g_autoptr(GDate) last = g_date_copy (today);
      g_autofree char *first_iso = NULL;
      g_autofree char *last_iso = NULL;
      g_autofree char *title = g_strdup_printf ("Bench course %u", c + 1);
      gint64 course;

      /* Every weekday, sessions in the past n_weeks and two months ahead. */
      g_date_subtract_days (first, 7 * n_weeks - c % 7);
      g_date_add_days (last, 60);
      first_iso = koers_date_to_iso (first);
      last_iso = koers_date_to_iso (last);
      course = koers_store_add_course (store, title, c % (KOERS_COURSE_KIND_OTHER + 1), 0,
                                       "Zaal 1", TRUE, c % 2 ? "13:30" : "10:00", 120,
                                       first_iso, last_iso, &error);
      if (course == 0)
        g_error ("%s", error->message);
      for (guint k = 0; k < PER_COURSE; k++)
        if (!koers_store_enrol (store, 1 + (c * PER_COURSE + k) % n_participants, course,
                                first_iso, NULL, &error))
          g_error ("%s", error->message);
    }
  printf ("%-36s %8.0f ms\n", "courses, sessions, enrolments", since (start));

  start = g_get_monotonic_time ();
  koers_bench_exec (store,
                    "INSERT INTO attendance (session_id, participant_id, status) "
                    "SELECT s.id, e.participant_id, "
                    "CASE (s.id * 7919 + e.participant_id * 104729) % 20 "
                    "WHEN 0 THEN 'absent' WHEN 1 THEN 'excused' WHEN 2 THEN 'late' "
                    "WHEN 3 THEN 'late' ELSE 'present' END "
                    "FROM training_session s JOIN enrolment e ON e.course_id = s.course_id "
                    "WHERE s.session_date < '" KOERS_BENCH_TODAY "' "
                    "ORDER BY s.id, e.participant_id");
  if (!koers_store_commit (store, &error))
    g_error ("%s", error->message);
  koers_store_set_audit_enabled (store, TRUE);
  koers_bench_exec (store, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)");
  printf ("%-36s %8.0f ms\n", "attendance marks", since (start));
}
