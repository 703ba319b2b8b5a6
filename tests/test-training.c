/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-utils.h"

/* Training: sessions generated across daylight-saving changes and year ends, rates over the
 * sessions a participant was expected at (enrolment date, cancellations, late enrolment),
 * the missed-in-a-row rule, regenerating only the future, the sheet and bad input. Today is
 * Saturday 28 November 2026. */

typedef struct {
  char       *dir;
  KoersStore *store;
  gint64      amina;
  gint64      dawit;
} Fixture;

static gint64
add_person (KoersStore *store,
            const char *given)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", given,
                                                "phase-since", "2026-01-05", NULL);

  koers_store_add_participant (store, p, &error);
  g_assert_no_error (error);
  return koers_participant_get_id (p);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  f->dir = koers_test_make_dir ();
  path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_open (path, &error);
  g_assert_no_error (error);
  f->amina = add_person (f->store, "Amina");
  f->dawit = add_person (f->store, "Dawit");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
  g_unsetenv ("KOERS_TODAY");
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return koers_test_query_int (koers_store_get_path (f->store), sql);
}

static void
assert_dates (GPtrArray   *dates,
              const char **expected)
{
  guint n = g_strv_length ((char **) expected);

  g_assert_nonnull (dates);
  g_assert_cmpuint (dates->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (dates->pdata[i], ==, expected[i]);
}

static void
test_weekly_dates (void)
{
  const char *spring[] = { "2026-03-17", "2026-03-24", "2026-03-31", "2026-04-07", NULL };
  const char *autumn[] = { "2026-10-20", "2026-10-27", "2026-11-03", NULL };
  const char *year_end[] = { "2026-12-22", "2026-12-29", "2027-01-05", "2027-01-12", NULL };
  const char *one[] = { "2026-11-24", NULL };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(GPtrArray) d = NULL;
  g_autofree char *monday = NULL;
  g_autofree char *sunday = NULL;

  /* Across the Dutch clock changes (29 March, 25 October 2026) and a year end: every
   * Tuesday stays a Tuesday, whatever the time zone. */
  g_setenv ("TZ", "Europe/Amsterdam", TRUE);
  a = koers_schedule_weekly_dates ("2026-03-17", "2026-04-13");
  b = koers_schedule_weekly_dates ("2026-10-20", "2026-11-03");
  c = koers_schedule_weekly_dates ("2026-12-22", "2027-01-12");
  d = koers_schedule_weekly_dates ("2026-11-24", "2026-11-24");
  g_unsetenv ("TZ");
  assert_dates (a, spring);
  assert_dates (b, autumn);
  assert_dates (c, year_end);
  assert_dates (d, one);
  g_assert_null (koers_schedule_weekly_dates ("2026-02-30", "2026-03-30"));

  monday = koers_schedule_week_start ("2027-01-03");
  g_assert_cmpstr (monday, ==, "2026-12-28");
  sunday = koers_schedule_week_start ("2026-11-23");
  g_assert_cmpstr (sunday, ==, "2026-11-23");
}

static void
test_course_and_bad_input (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = koers_store_add_course (f->store, "Small business", KOERS_COURSE_KIND_SMALL_BUSINESS, 0,
                               "Room 2", TRUE, "19:00", 120, "2026-10-20", "2026-12-15",
                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session"), ==, 9);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE "
                             "strftime('%w', session_date) != '2'"), ==, 0);

  /* A special day is one session, whatever last date is given. */
  koers_store_add_course (f->store, "Instant business day", KOERS_COURSE_KIND_INSTANT_BUSINESS,
                          0, NULL, FALSE, "10:00", 360, "2026-12-05", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session"), ==, 10);

#define REFUSED(call, text) \
  G_STMT_START { \
    g_assert_cmpint (call, ==, 0); \
    g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID); \
    if (strstr (error->message, text) == NULL) \
      g_error ("“%s” does not say “%s”", error->message, text); \
    g_clear_error (&error); \
  } G_STMT_END
  REFUSED (koers_store_add_course (f->store, "X", KOERS_COURSE_KIND_OTHER, 0, NULL, TRUE,
                                   "19:00", 60, "2026-12-15", "2026-10-20", &error),
           "last date lies before the first");
  REFUSED (koers_store_add_course (f->store, "X", KOERS_COURSE_KIND_OTHER, 0, NULL, TRUE,
                                   "19:00", 0, "2026-10-20", "2026-12-15", &error),
           "one minute to twelve hours");
  REFUSED (koers_store_add_course (f->store, "X", KOERS_COURSE_KIND_OTHER, 0, NULL, TRUE,
                                   "7 pm", 60, "2026-10-20", "2026-12-15", &error),
           "such as 19:30");
  REFUSED (koers_store_add_course (f->store, "  ", KOERS_COURSE_KIND_OTHER, 0, NULL, TRUE,
                                   "19:00", 60, "2026-10-20", "2026-12-15", &error),
           "Give the course a name");
  REFUSED (koers_store_enrol (f->store, f->amina, id, "2026-11-01", "2026-10-01", &error),
           "last date lies before the first");
  g_assert_cmpint (count (f, "SELECT count(*) FROM course"), ==, 2);
#undef REFUSED
}

static void
mark (Fixture     *f,
      const char  *date,
      gint64       participant,
      int          status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM training_session WHERE session_date = '%s'",
                                          date);
  gint64 session = count (f, sql);

  g_assert_cmpint (session, >, 0);
  g_assert_true (koers_store_mark_attendance (f->store, session, participant, status, NULL,
                                              &error));
  g_assert_no_error (error);
}

static void
test_rates (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoersAttendancePoints points;
  double rate;
  guint planned;
  gint64 course;

  koers_attendance_points_init (&points);
  /* Tuesdays 20 October … 15 December: six of them (20, 27 Oct; 3, 10, 17, 24 Nov) lie
   * before today. */
  course = koers_store_add_course (f->store, "Empowerment", KOERS_COURSE_KIND_EMPOWERMENT, 0,
                                   NULL, TRUE, "10:00", 90, "2026-10-20", "2026-12-15", &error);
  g_assert_no_error (error);
  koers_store_enrol (f->store, f->amina, course, "2026-10-20", NULL, &error);
  /* Dawit comes late: from 5 November, so only 10, 17 and 24 November count for him. */
  koers_store_enrol (f->store, f->dawit, course, "2026-11-05", NULL, &error);
  g_assert_no_error (error);

  mark (f, "2026-10-20", f->amina, KOERS_ATTENDANCE_PRESENT);
  mark (f, "2026-10-27", f->amina, KOERS_ATTENDANCE_LATE);
  mark (f, "2026-11-03", f->amina, KOERS_ATTENDANCE_EXCUSED);
  mark (f, "2026-11-10", f->amina, KOERS_ATTENDANCE_ABSENT);
  /* 17 November not marked: counts as absent. 24 November cancelled: never counts. */
  koers_store_cancel_session (f->store, count (f, "SELECT id FROM training_session "
                                                  "WHERE session_date = '2026-11-24'"),
                              "Trainer ill", &error);
  g_assert_no_error (error);

  g_assert_true (koers_store_get_attendance_rate (f->store, f->amina, course, NULL, NULL,
                                                  &points, &rate, &planned, &error));
  g_assert_cmpuint (planned, ==, 5);
  g_assert_cmpfloat_with_epsilon (rate, (2.0 + 1 + 1 + 0 + 0) / 10, 1e-9);

  mark (f, "2026-11-10", f->dawit, KOERS_ATTENDANCE_PRESENT);
  mark (f, "2026-11-17", f->dawit, KOERS_ATTENDANCE_PRESENT);
  g_assert_true (koers_store_get_attendance_rate (f->store, f->dawit, course, NULL, NULL,
                                                  &points, &rate, &planned, &error));
  g_assert_cmpuint (planned, ==, 2);
  g_assert_cmpfloat_with_epsilon (rate, 1.0, 1e-9);

  /* Per period; and other points for late. */
  g_assert_true (koers_store_get_attendance_rate (f->store, f->amina, 0, "2026-10-01",
                                                  "2026-10-31", &points, &rate, &planned,
                                                  &error));
  g_assert_cmpuint (planned, ==, 2);
  g_assert_cmpfloat_with_epsilon (rate, 3.0 / 4, 1e-9);
  points.points[KOERS_ATTENDANCE_LATE] = 2;
  g_assert_true (koers_store_get_attendance_rate (f->store, f->amina, 0, "2026-10-01",
                                                  "2026-10-31", &points, &rate, &planned,
                                                  &error));
  g_assert_cmpfloat_with_epsilon (rate, 1.0, 1e-9);
}

static void
test_missed_in_a_row (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 course;

  course = koers_store_add_course (f->store, "English", KOERS_COURSE_KIND_ENGLISH, 0, NULL,
                                   TRUE, "14:00", 60, "2026-10-20", "2026-12-15", &error);
  koers_store_enrol (f->store, f->amina, course, "2026-10-20", NULL, &error);
  g_assert_no_error (error);

  mark (f, "2026-10-20", f->amina, KOERS_ATTENDANCE_ABSENT);
  mark (f, "2026-10-27", f->amina, KOERS_ATTENDANCE_PRESENT);
  mark (f, "2026-11-03", f->amina, KOERS_ATTENDANCE_ABSENT);
  g_assert_cmpint (koers_store_count_missed_in_a_row (f->store, f->amina, course, &error), ==, 1);
  /* An unmarked session in between is skipped; excused breaks the row. */
  mark (f, "2026-11-17", f->amina, KOERS_ATTENDANCE_ABSENT);
  g_assert_cmpint (koers_store_count_missed_in_a_row (f->store, f->amina, course, &error), ==, 2);
  mark (f, "2026-11-24", f->amina, KOERS_ATTENDANCE_EXCUSED);
  g_assert_cmpint (koers_store_count_missed_in_a_row (f->store, f->amina, course, &error), ==, 0);
  mark (f, "2026-11-24", f->amina, KOERS_ATTENDANCE_ABSENT);
  g_assert_cmpint (koers_store_count_missed_in_a_row (f->store, f->amina, course, &error), ==, 3);
  /* A cancelled session is not a miss. */
  koers_store_cancel_session (f->store, count (f, "SELECT id FROM training_session "
                                                  "WHERE session_date = '2026-11-24'"),
                              "Holiday", &error);
  g_assert_cmpint (koers_store_count_missed_in_a_row (f->store, f->amina, course, &error), ==, 2);
}

static void
test_regenerate_future_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 course, added;

  course = koers_store_add_course (f->store, "ICT", KOERS_COURSE_KIND_ICT, 0, NULL, TRUE,
                                   "09:30", 120, "2026-11-03", "2026-12-29", &error);
  koers_store_enrol (f->store, f->amina, course, "2026-11-03", NULL, &error);
  g_assert_no_error (error);
  /* A future session someone marked ahead (excused), one added by hand, one moved. */
  mark (f, "2026-12-08", f->amina, KOERS_ATTENDANCE_EXCUSED);
  added = koers_store_add_session (f->store, course, "2026-12-19", "10:00", 60, &error);
  g_assert_cmpint (added, >, 0);
  g_assert_true (koers_store_move_session (f->store, count (f, "SELECT id FROM training_session "
                                                                "WHERE session_date = '2026-11-10'"),
                                           "2026-11-12", "09:30", &error));

  /* The course now ends on 15 December: the later generated sessions go, the rest stays. */
  g_assert_true (koers_store_set_course_dates (f->store, course, "2026-11-03", "2026-12-15",
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date > '2026-12-15' "
                             "AND added = 0"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date = '2026-12-19'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date = '2026-12-08'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date = '2026-11-12'"), ==, 1);
  /* Past sessions are not generated again. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date = '2026-11-10'"), ==, 0);

  /* Longer again: new future Tuesdays appear, none twice. */
  g_assert_true (koers_store_set_course_dates (f->store, course, "2026-11-03", "2027-01-05",
                                               &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM training_session WHERE session_date = '2027-01-05'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM (SELECT session_date FROM training_session "
                             "GROUP BY session_date HAVING count(*) > 1)"), ==, 0);
}

static void
test_sheet_and_week (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheet = NULL;
  g_autoptr(GListModel) week = NULL;
  g_autoptr(KoersSheetRow) first = NULL;
  g_autoptr(KoersSheetRow) second = NULL;
  g_autoptr(KoersTrainingSession) session = NULL;
  gint64 course, id;

  course = koers_store_add_course (f->store, "Sales", KOERS_COURSE_KIND_SALES, 0, "Hall",
                                   TRUE, "13:00", 60, "2026-11-24", "2026-12-15", &error);
  koers_store_enrol (f->store, f->dawit, course, "2026-11-01", NULL, &error);
  id = count (f, "SELECT id FROM training_session WHERE session_date = '2026-11-24'");
  /* Amina is not enrolled, but came: added from the sheet. */
  koers_store_mark_attendance (f->store, id, f->amina, KOERS_ATTENDANCE_LATE, "Bus late", &error);
  g_assert_no_error (error);

  sheet = koers_store_list_sheet (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sheet), ==, 2);
  first = g_list_model_get_item (sheet, 0);
  second = g_list_model_get_item (sheet, 1);
  g_assert_cmpstr (koers_sheet_row_get_name (first), ==, "Amina");
  g_assert_cmpint (koers_sheet_row_get_status (first), ==, KOERS_ATTENDANCE_LATE);
  g_assert_cmpstr (koers_sheet_row_get_note (first), ==, "Bus late");
  g_assert_false (koers_sheet_row_get_enrolled (first));
  g_assert_cmpstr (koers_sheet_row_get_name (second), ==, "Dawit");
  g_assert_cmpint (koers_sheet_row_get_status (second), ==, -1);
  g_assert_true (koers_sheet_row_get_enrolled (second));

  week = koers_store_list_week (f->store, "2026-11-23", &error);
  g_assert_cmpuint (g_list_model_get_n_items (week), ==, 1);
  session = g_list_model_get_item (week, 0);
  g_assert_cmpstr (koers_training_session_get_course_title (session), ==, "Sales");
  g_assert_cmpstr (koers_training_session_get_date (session), ==, "2026-11-24");
  g_assert_cmpuint (koers_training_session_get_n_enrolled (session), ==, 1);
  g_assert_cmpuint (koers_training_session_get_n_marked (session), ==, 1);

  /* The course list, and who is enrolled. */
  {
    g_autoptr(GListModel) courses = koers_store_list_courses (f->store, &error);
    g_autoptr(KoersCourse) c = g_list_model_get_item (courses, 0);
    g_autoptr(GListModel) enrolled = koers_store_list_enrolled (f->store, course, &error);
    g_autoptr(KoersSheetRow) only = g_list_model_get_item (enrolled, 0);

    g_assert_cmpuint (g_list_model_get_n_items (courses), ==, 1);
    g_assert_cmpstr (koers_course_get_title (c), ==, "Sales");
    g_assert_cmpstr (koers_course_get_location (c), ==, "Hall");
    g_assert_cmpuint (koers_course_get_n_enrolled (c), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (enrolled), ==, 1);
    g_assert_cmpstr (koers_sheet_row_get_name (only), ==, "Dawit");
    g_assert_true (koers_sheet_row_get_enrolled (only));
  }

  /* Taking a mark away; and undo brings it back, as for any change. */
  koers_store_mark_attendance (f->store, id, f->amina, -1, NULL, &error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance"), ==, 0);
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM attendance WHERE status = 'late'"), ==, 1);
}

static void
test_internships (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (koers_store_add_internship (f->store, f->amina, "Farm De Hoeve", "2026-09-01",
                                               "2026-09-30", 80, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_add_internship (f->store, f->amina, "Bike workshop", "2026-09-25",
                                               "2026-10-10", 40, NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Farm De Hoeve from 01-09-2026 to 30-09-2026"));
  g_clear_error (&error);
  /* The day after is fine; so is the same period for someone else. */
  g_assert_cmpint (koers_store_add_internship (f->store, f->amina, "Bike workshop", "2026-10-01",
                                               "2026-10-10", 40, NULL, &error), >, 0);
  g_assert_cmpint (koers_store_add_internship (f->store, f->dawit, "Farm De Hoeve", "2026-09-01",
                                               "2026-09-30", 80, NULL, &error), >, 0);
  g_assert_cmpint (koers_store_add_internship (f->store, f->dawit, "", "2026-11-01",
                                               "2026-11-30", 80, NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_internship (f->store, f->dawit, "Farm", "2026-11-01",
                                               "2026-11-30", 0, NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training/weekly-dates", test_weekly_dates);
#define ADD(name, func) \
  g_test_add ("/training/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("course-and-bad-input", test_course_and_bad_input);
  ADD ("rates", test_rates);
  ADD ("missed-in-a-row", test_missed_in_a_row);
  ADD ("regenerate-future-only", test_regenerate_future_only);
  ADD ("sheet-and-week", test_sheet_and_week);
  ADD ("internships", test_internships);
#undef ADD

  return g_test_run ();
}
