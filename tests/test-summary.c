/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "koers-store-private.h"
#include "koers-summary-xlsx.h"
#include "koers-test-utils.h"

/* The quarterly summary on a small fixed dataset, every figure computed by hand (the sums
 * are in the comments), and the pure parts: periods, age bands, the median. The period is
 * the third quarter of 2026; the project started on 1 January 2026 (18 months: until
 * 30 June 2027); today is 28 November 2026. */

typedef struct {
  char       *dir;
  KoersStore *store;
  gint64      amina, dawit, farida, goran, hana, ivan;
} Fixture;

static gint64
person (Fixture    *f,
        const char *name,
        const char *since,
        KoersSex    sex,
        const char *born,
        const char *country,
        KoersTargetGroup group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", name,
                                                "phase-since", since, "sex", sex,
                                                "birth-date", born, "country", country,
                                                "target-group", group, NULL);

  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  return koers_participant_get_id (p);
}

static void
moves (Fixture    *f,
       gint64      id,
       const char *const *dates)
{
  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      koers_store_move_phase (f->store, id, KOERS_PHASE_INTAKE + i, dates[i], &error);
      g_assert_no_error (error);
    }
}

static void
step (Fixture          *f,
      gint64            id,
      KoersHandoverStep s,
      gint64            partner,
      const char       *date,
      const char       *follow_up,
      const char       *note)
{
  g_autoptr(GError) error = NULL;

  koers_store_add_handover_step (f->store, id, s, partner, date, follow_up,
                                 s == KOERS_HANDOVER_STEP_FLIGHT_BOOKED ? follow_up : NULL, note,
                                 &error);
  g_assert_no_error (error);
}

static gint64
query (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
session_on (Fixture    *f,
            const char *date)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM training_session WHERE "
                                          "session_date = '%s'", date);
  return query (f, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(GValue) commitment = G_VALUE_INIT;
  static const char *const amina[] = { "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01",
                                       NULL };
  static const char *const dawit[] = { "2026-07-10", NULL };
  static const char *const farida[] = { "2026-02-01", "2026-03-01", "2026-04-01", "2026-08-01",
                                        NULL };
  static const char *const goran[] = { "2026-04-01", NULL };
  static const char *const ivan[] = { "2026-02-01", "2026-06-01", NULL };
  static const char *const tuesdays[] = { "2026-07-07", "2026-07-14", "2026-07-21",
                                          "2026-07-28" };
  gint64 iom, vw, course, contact;

  f->dir = koers_test_make_dir ();
  path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_open (path, &error);
  g_assert_no_error (error);
  iom = query (f, "SELECT id FROM partner WHERE name = 'IOM'");
  vw = query (f, "SELECT id FROM partner WHERE name = 'VluchtelingenWerk'");

  f->amina = person (f, "Amina", "2026-02-01", KOERS_SEX_FEMALE, "1990", "ET",
                     KOERS_TARGET_GROUP_2B);
  f->dawit = person (f, "Dawit", "2026-05-01", KOERS_SEX_MALE, "2009-01-01", "ER",
                     KOERS_TARGET_GROUP_2A);
  f->farida = person (f, "Farida", "2026-01-10", KOERS_SEX_MALE, "1970-05-05", "MA",
                      KOERS_TARGET_GROUP_2A);
  f->goran = person (f, "Goran", "2026-03-01", KOERS_SEX_MALE, "1980", "RS",
                     KOERS_TARGET_GROUP_2A);
  f->hana = person (f, "Hana", "2026-10-01", KOERS_SEX_FEMALE, NULL, "IQ",
                    KOERS_TARGET_GROUP_UNKNOWN);
  f->ivan = person (f, "Ivan", "2026-01-05", KOERS_SEX_MALE, "1985", "UA",
                    KOERS_TARGET_GROUP_2A);
  moves (f, f->amina, amina);
  moves (f, f->dawit, dawit);
  moves (f, f->farida, farida);
  moves (f, f->goran, goran);
  moves (f, f->ivan, ivan);

  /* Amina departs with IOM on 15 July; Farida, rejected once by VluchtelingenWerk, departs
   * with them on 20 September and committed on 5 July; Goran drops out on 10 August. */
  step (f, f->amina, KOERS_HANDOVER_STEP_PREPARED, iom, "2026-06-10", "2026-06-15", NULL);
  step (f, f->amina, KOERS_HANDOVER_STEP_SENT, 0, "2026-06-15", "2026-06-20", NULL);
  step (f, f->amina, KOERS_HANDOVER_STEP_ACCEPTED, 0, "2026-06-20", "2026-06-25", NULL);
  step (f, f->amina, KOERS_HANDOVER_STEP_GRANT_APPROVED, 0, "2026-06-25", "2026-07-01", NULL);
  step (f, f->amina, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 0, "2026-07-01", "2026-07-15", NULL);
  step (f, f->amina, KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-07-15", NULL, NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_PREPARED, vw, "2026-08-02", "2026-08-05", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_SENT, 0, "2026-08-05", "2026-08-10", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_REJECTED, 0, "2026-08-10", "2026-08-12", "Incomplete");
  step (f, f->farida, KOERS_HANDOVER_STEP_PREPARED, vw, "2026-08-12", "2026-08-15", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_SENT, 0, "2026-08-15", "2026-08-20", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_ACCEPTED, 0, "2026-08-20", "2026-08-25", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_GRANT_APPROVED, 0, "2026-08-25", "2026-09-01", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 0, "2026-09-01", "2026-09-20", NULL);
  step (f, f->farida, KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-09-20", NULL, NULL);
  g_value_init (&commitment, G_TYPE_STRING);
  g_value_set_string (&commitment, "2026-07-05");
  koers_store_update_participant (f->store, f->farida, KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE,
                                  &commitment, &error);
  g_assert_no_error (error);
  koers_store_end_trajectory (f->store, f->goran, KOERS_STATUS_DROPPED_OUT, "2026-08-10",
                              "Moved away", &error);
  g_assert_no_error (error);

  /* Amina's first monitoring contact: reached, business started. */
  contact = query (f, "SELECT id FROM monitoring_contact WHERE months = 1");
  {
    KoersMonitoringContact c = { contact, 1, NULL, (char *) "2026-08-20",
                                 KOERS_CONTACT_CHANNEL_PHONE, 1, 1,
                                 KOERS_BUSINESS_STARTED_YES, (char *) "", (char *) "", 4,
                                 (char *) "", (char *) "" };
    koers_store_record_monitoring (f->store, &c, &error);
    g_assert_no_error (error);
  }

  /* Small business on Tuesdays, 7 July to 29 September: 13 sessions, 11 August cancelled.
   * Dawit enrolled from 1 July, present in July; Ivan from 1 September, late once. */
  course = koers_store_add_course (f->store, "Small business", KOERS_COURSE_KIND_SMALL_BUSINESS,
                                   0, "Zaal 1", TRUE, "19:00", 120, "2026-07-07", "2026-09-29",
                                   &error);
  g_assert_no_error (error);
  koers_store_cancel_session (f->store, session_on (f, "2026-08-11"), "Trainer ill", &error);
  g_assert_no_error (error);
  koers_store_enrol (f->store, f->dawit, course, "2026-07-01", NULL, &error);
  g_assert_no_error (error);
  koers_store_enrol (f->store, f->ivan, course, "2026-09-01", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (tuesdays); i++)
    {
      koers_store_mark_attendance (f->store, session_on (f, tuesdays[i]), f->dawit,
                                   KOERS_ATTENDANCE_PRESENT, NULL, &error);
      g_assert_no_error (error);
    }
  koers_store_mark_attendance (f->store, session_on (f, "2026-09-01"), f->ivan,
                               KOERS_ATTENDANCE_LATE, NULL, &error);
  g_assert_no_error (error);
  koers_store_add_internship (f->store, f->ivan, "Farm De Hoeve", "2026-09-10", "2026-10-10", 80,
                              NULL, &error);
  g_assert_no_error (error);
  koers_store_add_internship (f->store, f->dawit, "Bike workshop", "2026-05-01", "2026-05-31", 40,
                              NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* The figures of 2026-Q3 and, when @people is given, its participants (@names or not). */
static KoersSummary *
summary_q3_full (Fixture             *f,
                 KoersSummaryPeople **people,
                 gboolean             names)
{
  g_autoptr(GError) error = NULL;
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersAttendancePoints points;
  KoersSummary *s;

  koers_attendance_points_init (&points);
  s = koers_store_get_summary_full (f->store, "2026-07-01", "2026-09-30", &targets, &points,
                                    people, names, &error);
  g_assert_no_error (error);
  return s;
}

static KoersSummary *
summary_q3 (Fixture *f)
{
  return summary_q3_full (f, NULL, FALSE);
}

static gint64
line (GPtrArray  *lines,
      const char *label,
      int         column)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (((KoersSummaryLine *) lines->pdata[i])->label, label))
      return ((KoersSummaryLine *) lines->pdata[i])->n[column];
  return -1;
}

static void
test_summary_sheet (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(KoersSummary) s = summary_q3 (f);

  g_assert_cmpstr (s->project_end, ==, "2027-06-30");
  /* On 30 June: Amina (handover), Dawit (outreach), Farida (training), Goran (intake),
   * Ivan (empowerment); Hana starts in October. */
  g_assert_cmpint (s->active_start, ==, 5);
  /* On 30 September: Dawit and Ivan; Amina and Farida departed, Goran dropped out. */
  g_assert_cmpint (s->active_end, ==, 2);
  g_assert_cmpint (s->inflow, ==, 1);                       /* Dawit, 10 July */
  g_assert_cmpint (s->new_contacts, ==, 0);                 /* Hana only in October */
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_RETURNED], ==, 2);
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_DROPPED_OUT], ==, 1);
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_TRANSFERRED], ==, 0);
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_LOST_CONTACT], ==, 0);
  g_assert_cmpint (s->commitments, ==, 1);                  /* Farida, 5 July */
  g_assert_cmpint (s->returns, ==, 2);
  g_assert_cmpint (s->returns_cumulative, ==, 2);
  g_assert_cmpint (s->returns_very_vulnerable, ==, 1);      /* Amina, 2b */
  /* 2 returns in 273 days of 546: 4 by the end. */
  g_assert_cmpfloat_with_epsilon (s->forecast, 4.0, 1e-9);
  /* Phases that ended in the quarter: Dawit's outreach (70 days), Farida's training (122),
   * Amina's and Farida's handover (44 and 50: median 47). */
  g_assert_cmpfloat (s->median_days[KOERS_PHASE_OUTREACH], ==, 70);
  g_assert_cmpfloat (s->median_days[KOERS_PHASE_TRAINING], ==, 122);
  g_assert_cmpfloat (s->median_days[KOERS_PHASE_HANDOVER], ==, 47);
  g_assert_cmpfloat (s->median_days[KOERS_PHASE_INTAKE], ==, -1);
}

static void
test_phases_and_returns (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(KoersSummary) s = summary_q3 (f);

  g_assert_cmpint (s->stock[KOERS_PHASE_DEPARTED], ==, 2);
  g_assert_cmpint (s->stock[KOERS_PHASE_INTAKE], ==, 1);
  g_assert_cmpint (s->stock[KOERS_PHASE_EMPOWERMENT], ==, 1);
  g_assert_cmpint (s->stock[KOERS_PHASE_OUTREACH], ==, 0);   /* Hana only from October */
  g_assert_cmpint (s->stock[KOERS_PHASE_TRAINING], ==, 0);
  g_assert_cmpuint (s->moves->len, ==, 3);
  g_assert_cmpint (line (s->moves, "Handover → Departed", 0), ==, 2);
  g_assert_cmpint (line (s->moves, "Outreach → Intake and action plan", 0), ==, 1);
  g_assert_cmpint (line (s->moves, "Training → Handover", 0), ==, 1);

  g_assert_cmpint (line (s->by_country, "Ethiopia", 0), ==, 1);
  g_assert_cmpint (line (s->by_country, "Morocco", 0), ==, 1);
  g_assert_cmpuint (s->by_country->len, ==, 2);
  g_assert_cmpint (line (s->by_sex, "Female", 0), ==, 1);
  g_assert_cmpint (line (s->by_sex, "Male", 0), ==, 1);
  g_assert_cmpint (line (s->by_sex, "Other", 0), ==, 0);
  g_assert_cmpint (line (s->by_age, "35–44", 0), ==, 1);        /* Amina, 1990: 36 */
  g_assert_cmpint (line (s->by_age, "55 and over", 0), ==, 1);  /* Farida, 56 on 20 Sep */
  g_assert_cmpint (line (s->by_age, "Under 18", 0), ==, 0);
  g_assert_cmpint (line (s->by_group, "2b", 0) + line (s->by_group, "2a", 0), ==, 2);
  g_assert_cmpint (line (s->by_category, "No assessment", 0), ==, 2);
  g_assert_cmpint (line (s->by_partner, "IOM", 0), ==, 1);
  g_assert_cmpint (line (s->by_partner, "VluchtelingenWerk", 0), ==, 1);
  /* Months of the project: 18, of which January to November have begun by the end of… the
   * quarter: nine. July one return, September one, cumulative two. */
  g_assert_cmpuint (s->by_month->len, ==, 18);
  g_assert_cmpint (line (s->by_month, "2026-07", 0), ==, 1);
  g_assert_cmpint (line (s->by_month, "2026-08", 1), ==, 1);
  g_assert_cmpint (line (s->by_month, "2026-09", 1), ==, 2);
  g_assert_cmpint (line (s->by_month, "2026-09", 2), ==, 1);
  g_assert_cmpint (line (s->by_month, "2026-10", 2), ==, 0);
}

static void
test_training_and_handover (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(KoersSummary) s = summary_q3 (f);
  KoersSummaryLine *course;

  g_assert_cmpint (s->sessions_held, ==, 12);                  /* 13 Tuesdays, one cancelled */
  g_assert_cmpfloat_with_epsilon (s->training_hours, 24.0, 1e-9);
  g_assert_cmpint (s->participants_trained, ==, 2);            /* Dawit and Ivan */
  g_assert_cmpuint (s->courses->len, ==, 1);
  course = s->courses->pdata[0];
  g_assert_cmpstr (course->label, ==, "Small business");
  g_assert_cmpint (course->n[0], ==, 12);
  /* Places: Dawit at 12 sessions, Ivan at 5 (1 to 29 September): 17. Points: 4 × present (2)
   * + 1 × late (1) = 9 of 34. */
  g_assert_cmpint (course->n[1], ==, 17);
  g_assert_cmpfloat_with_epsilon (course->rate, 9.0 / 34.0, 1e-9);
  g_assert_cmpuint (s->kinds->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (((KoersSummaryLine *) s->kinds->pdata[0])->rate, 9.0 / 34.0,
                                  1e-9);
  g_assert_cmpint (s->internships, ==, 1);
  /* Ivan's 80 hours over 31 days, 21 of them in September: 54. */
  g_assert_cmpint (s->internship_hours, ==, 54);

  /* IOM: Amina's flight and departure fall in the quarter; VluchtelingenWerk: Farida sent
   * twice, rejected once, accepted once, departed. */
  g_assert_cmpint (line (s->partners, "IOM", 0), ==, 0);
  g_assert_cmpint (line (s->partners, "IOM", 3), ==, 1);
  g_assert_cmpint (line (s->partners, "VluchtelingenWerk", 0), ==, 2);
  g_assert_cmpint (line (s->partners, "VluchtelingenWerk", 1), ==, 1);
  g_assert_cmpint (line (s->partners, "VluchtelingenWerk", 2), ==, 1);
  g_assert_cmpint (line (s->partners, "VluchtelingenWerk", 3), ==, 1);
  g_assert_cmpint (s->contacts_made, ==, 1);
  g_assert_cmpint (s->contacts_reached, ==, 1);
  g_assert_cmpint (s->business_started, ==, 1);
  g_assert_cmpint (s->business_partly, ==, 0);
}

/* Enough courses that the summary's table of them grows several times over: each line
 * must still get its places and its rate (the table once kept pointers into an array that
 * moved as it grew, and lost courses on large databases). */
static void
test_many_courses (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(KoersSummary) s = NULL;
  guint n_rated = 0;

  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *title = g_strdup_printf ("Course %03u", i);
      gint64 course = koers_store_add_course (f->store, title, KOERS_COURSE_KIND_OTHER, 0,
                                              "Zaal 2", TRUE, "10:00", 60, "2026-07-15",
                                              "2026-07-15", &error);

      g_assert_no_error (error);
      koers_store_enrol (f->store, f->dawit, course, "2026-07-01", NULL, &error);
      g_assert_no_error (error);
    }
  s = summary_q3 (f);
  g_assert_cmpuint (s->courses->len, ==, 101);
  for (guint i = 0; i < s->courses->len; i++)
    {
      KoersSummaryLine *course = s->courses->pdata[i];

      /* One session with Dawit, unmarked (absent), in each of the new courses. */
      if (g_str_equal (course->label, "Small business"))
        continue;
      g_assert_cmpint (course->n[0], ==, 1);
      g_assert_cmpint (course->n[1], ==, 1);
      g_assert_cmpfloat (course->rate, ==, 0);
      n_rated++;
    }
  g_assert_cmpuint (n_rated, ==, 100);
}

/* Found in review: rates of the third and later courses were lost; returns after the end
 * of the project counted towards its target; an end during monitoring counted as outflow;
 * a period that runs into the future counted days not yet lived. */
static void
test_edges (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersSummary) s = NULL;
  g_autoptr(KoersSummary) short_project = NULL;
  g_autoptr(KoersSummary) q4 = NULL;
  KoersSummaryTargets targets = { "2026-01-01", "2026-08-31", 45, 50 };
  KoersAttendancePoints points;
  guint courses = 0;

  koers_attendance_points_init (&points);
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *title = g_strdup_printf ("Course %d", i);
      gint64 course = koers_store_add_course (f->store, title, KOERS_COURSE_KIND_ENGLISH, 0, "",
                                              TRUE, "10:00", 60, "2026-07-07", "2026-07-28",
                                              &error);
      g_assert_no_error (error);
      koers_store_enrol (f->store, f->ivan, course, "2026-07-01", NULL, &error);
      g_assert_no_error (error);
    }
  /* Amina reached again in September (early for her 3-month contact), business partly
   * going: two contacts, one person, her business as at the latest. */
  {
    KoersMonitoringContact c = { query (f, "SELECT id FROM monitoring_contact WHERE months = 3"),
                                 3, NULL, (char *) "2026-09-25", KOERS_CONTACT_CHANNEL_MESSAGE,
                                 1, -1, KOERS_BUSINESS_STARTED_PARTLY, (char *) "",
                                 (char *) "", 0, (char *) "", (char *) "" };
    koers_store_record_monitoring (f->store, &c, &error);
    g_assert_no_error (error);
  }
  /* Amina, back home since July, is no longer reachable in September. */
  koers_store_end_trajectory (f->store, f->amina, KOERS_STATUS_LOST_CONTACT, "2026-09-01",
                              "No answer", &error);
  g_assert_no_error (error);

  s = summary_q3 (f);
  for (guint i = 0; i < s->courses->len; i++)
    {
      KoersSummaryLine *line = s->courses->pdata[i];

      if (!g_str_has_prefix (line->label, "Course "))
        continue;
      courses++;
      g_assert_cmpint (line->n[0], ==, 4);
      g_assert_cmpint (line->n[1], ==, 4);      /* Ivan at each of the four Tuesdays */
      g_assert_cmpfloat (line->rate, ==, 0);    /* never marked: absent */
    }
  g_assert_cmpuint (courses, ==, 6);
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_LOST_CONTACT], ==, 0);
  g_assert_cmpint (s->outflow[KOERS_OUTFLOW_DROPPED_OUT], ==, 1);
  g_assert_cmpint (s->contacts_made, ==, 2);
  g_assert_cmpint (s->contacts_reached, ==, 1);
  g_assert_cmpint (s->business_started, ==, 0);
  g_assert_cmpint (s->business_partly, ==, 1);

  /* A project that ended on 31 August: Farida's return in September is not counted. */
  short_project = koers_store_get_summary (f->store, "2026-07-01", "2026-09-30", &targets,
                                           &points, &error);
  g_assert_no_error (error);
  g_assert_cmpint (short_project->returns, ==, 2);
  g_assert_cmpint (short_project->returns_cumulative, ==, 1);
  g_assert_cmpfloat_with_epsilon (short_project->forecast, 1.0, 1e-9);

  /* The fourth quarter, seen on 28 November: counted as of today. */
  targets.project_end = NULL;
  q4 = koers_store_get_summary (f->store, "2026-10-01", "2026-12-31", &targets, &points, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (q4->as_of, ==, "2026-11-28");
  g_assert_cmpint (q4->new_contacts, ==, 1);                /* Hana, 1 October */
  g_assert_cmpint (q4->active_end, ==, 3);                  /* Dawit, Ivan and Hana */
  /* 2 returns in the 332 days to 28 November, of 546. */
  g_assert_cmpfloat_with_epsilon (q4->forecast, 2.0 * 546 / 332, 1e-9);
  g_assert_cmpint (line (q4->by_month, "2026-12", 2), ==, 0);
  g_assert_cmpint (line (q4->by_month, "2026-11", 2), ==, 1);
}

typedef struct {
  GPtrArray *codes;
  gboolean   named;
} People;

static gboolean
collect (const KoersSummaryPerson *person,
         gpointer                  data,
         GError                  **error)
{
  People *people = data;

  g_ptr_array_add (people->codes, g_strdup (person->code));
  people->named |= person->name != NULL;
  return TRUE;
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  People people = { g_ptr_array_new_with_free_func (g_free), FALSE };

  /* Everyone in a trajectory some time in the quarter but Hana: pseudonymous by default. */
  g_assert_true (koers_store_foreach_summary_person (f->store, "2026-07-01", "2026-09-30", FALSE,
                                                     collect, &people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (people.codes->len, ==, 5);
  g_assert_false (people.named);
  g_ptr_array_set_size (people.codes, 0);
  g_assert_true (koers_store_foreach_summary_person (f->store, "2026-07-01", "2026-09-30", TRUE,
                                                     collect, &people, &error));
  g_assert_true (people.named);
  g_ptr_array_unref (people.codes);
}


/* ---- the workbook, read back ------------------------------------------------------------ */

static char *
member (const char *xlsx,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "unzip", "-p", xlsx, name, NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  return out;
}

/* The XML of cell @ref of a sheet, "<c r=…>…</c>" or "<c …/>". */
static char *
cell (const char *sheet_xml,
      const char *ref)
{
  g_autofree char *start = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *at = strstr (sheet_xml, start);
  const char *end;

  if (at == NULL)
    return NULL;
  end = strstr (at, "</c>");
  g_assert_nonnull (end);
  return g_strndup (at, end + 4 - at);
}

static char *
write_workbook (Fixture  *f,
                gboolean  people,
                gboolean  names)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersSummaryPeople) participants = NULL;
  g_autoptr(KoersSummary) s = summary_q3_full (f, &participants, names);
  char *path = g_build_filename (f->dir, "summary.xlsx", NULL);
  KoersSummaryOptions options = { "Worthy Future & Co", people, names, NULL, NULL, NULL };

  g_assert_true (koers_summary_write_xlsx (s, participants, &options, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *book = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *core = NULL;
  g_autofree char *b5 = NULL;
  g_autofree char *a5 = NULL;
  static const char *const sheets[] = { "Summary", "Phases", "Returns", "Training", "Handover" };

  /* A hostile name must stay text anywhere it shows. */
  {
    g_auto(GValue) value = G_VALUE_INIT;
    g_autoptr(GError) error = NULL;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "=HYPERLINK(\"http://x.invalid\",\"click\")");
    koers_store_update_participant (f->store, f->dawit, KOERS_PARTICIPANT_FIELD_GIVEN_NAME,
                                    &value, &error);
    g_assert_no_error (error);
  }
  path = write_workbook (f, FALSE, FALSE);
  book = member (path, "xl/workbook.xml");
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *tag = g_strdup_printf ("<sheet name=\"%s\"", sheets[i]);
      g_autofree char *xml = NULL;
      g_autofree char *sheet = g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1);

      g_assert_nonnull (strstr (book, tag));
      xml = member (path, sheet);
      /* No formulas anywhere: every value is written as what it is. */
      g_assert_null (strstr (xml, "<f>"));
      g_assert_null (strstr (xml, "<f "));
      /* Landscape, one page wide, with the organisation in the page header. */
      g_assert_nonnull (strstr (xml, "orientation=\"landscape\""));
      g_assert_nonnull (strstr (xml, "fitToPage=\"1\""));
      g_assert_nonnull (strstr (xml, "fitToHeight=\"0\""));
      g_assert_nonnull (strstr (xml, "Worthy Future &amp;&amp; Co"));
    }
  /* The participants sheet only when asked for. */
  g_assert_null (strstr (book, "<sheet name=\"Participants\""));

  summary = member (path, "xl/worksheets/sheet1.xml");
  /* Header frozen; the first figure a number (no type attribute), its label text. */
  g_assert_nonnull (strstr (summary, "<pane ySplit=\"5\" topLeftCell=\"A6\""));
  a5 = cell (summary, "A6");
  g_assert_nonnull (strstr (a5, "t=\"inlineStr\""));
  g_assert_nonnull (strstr (a5, "Participants in a trajectory at the start"));
  b5 = cell (summary, "B6");
  g_assert_nonnull (strstr (b5, "<v>5</v>"));
  g_assert_null (strstr (b5, " t=\""));
  {
    /* The period as dates (serial numbers with a date format), not as text. */
    g_autofree char *from = cell (summary, "B3");
    g_assert_nonnull (strstr (from, "<v>46204"));   /* 1 July 2026 */
    g_assert_null (strstr (from, " t=\""));
  }
  {
    /* The share of very vulnerable returns: 1 of 2, as a percentage. */
    g_autofree char *share = cell (summary, "B22");
    g_assert_nonnull (strstr (share, "<v>0.5</v>"));
  }
  styles = member (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "formatCode=\"0%\""));
  g_assert_nonnull (strstr (styles, "formatCode=\"dd-mm-yyyy\""));
  core = member (path, "docProps/core.xml");
  g_assert_nonnull (strstr (core, "<dc:title>Quarterly summary 01-07-2026 – 30-09-2026</dc:title>"));
  g_assert_nonnull (strstr (core, "<dc:creator>Worthy Future &amp; Co</dc:creator>"));
  {
    /* Charts: returns against the target (line) and people per phase (bar). */
    g_autofree char *chart1 = member (path, "xl/charts/chart1.xml");
    g_autofree char *chart2 = member (path, "xl/charts/chart2.xml");
    g_assert_nonnull (strstr (chart1, "<c:barChart>"));
    g_assert_nonnull (strstr (chart2, "<c:lineChart>"));
  }
}

static void
test_workbook_people (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *book = NULL;
  g_autofree char *people = NULL;
  g_autofree char *code = NULL;

  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  {
    g_auto(GValue) value = G_VALUE_INIT;
    g_autoptr(GError) error = NULL;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "=HYPERLINK(\"http://x.invalid\",\"click\")");
    koers_store_update_participant (f->store, f->dawit, KOERS_PARTICIPANT_FIELD_GIVEN_NAME,
                                    &value, &error);
    g_assert_no_error (error);
  }
  code = g_strdup_printf ("K-%05" G_GINT64_FORMAT, f->dawit);

  /* Pseudonymous by default: codes, no names. */
  path = write_workbook (f, TRUE, FALSE);
  book = member (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (book, "<sheet name=\"Participants\""));
  people = member (path, "xl/worksheets/sheet6.xml");
  g_assert_nonnull (strstr (people, code));
  g_assert_nonnull (strstr (people, "(pseudonymous)"));
  g_assert_null (strstr (people, "Amina"));
  g_assert_null (strstr (people, "HYPERLINK"));
  g_assert_null (strstr (people, "<f>"));
  g_clear_pointer (&people, g_free);
  g_clear_pointer (&path, g_free);

  /* With names, when asked: the name is text, never a formula. */
  path = write_workbook (f, TRUE, TRUE);
  people = member (path, "xl/worksheets/sheet6.xml");
  g_assert_nonnull (strstr (people, "Amina"));
  g_assert_nonnull (strstr (people, "=HYPERLINK("));
  g_assert_null (strstr (people, "<f>"));
  g_assert_nonnull (strstr (people, "personal data"));
}

static void
test_workbook_unwritable (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersSummaryPeople) people = NULL;
  g_autoptr(KoersSummary) s = summary_q3_full (f, &people, FALSE);
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "summary.xlsx", NULL);
  KoersSummaryOptions options = { "Worthy Future", FALSE, FALSE, NULL, NULL, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *kept = g_build_filename (f->dir, "kept.xlsx", NULL);

  g_assert_false (koers_summary_write_xlsx (s, people, &options, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Cancelled: no file, and none half-written. */
  options.cancellable = cancellable;
  options.with_people = TRUE;
  g_cancellable_cancel (cancellable);
  g_assert_false (koers_summary_write_xlsx (s, people, &options, kept, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  {
    g_autofree char *partial = g_strconcat (kept, ".part", NULL);
    g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  }
}

static void
test_periods (void)
{
  static const struct {
    const char *text;
    const char *from;
    const char *until;
  } cases[] = {
    { "2026-Q3", "2026-07-01", "2026-09-30" },
    { "2026q1", "2026-01-01", "2026-03-31" },
    { " Q4 2026 ", "2026-10-01", "2026-12-31" },
    { "2028-Q1", "2028-01-01", "2028-03-31" },
    { "2026-02-01..2026-02-28", "2026-02-01", "2026-02-28" },
    { "2026-Q5", NULL, NULL },
    { "2026-09-30..2026-07-01", NULL, NULL },
    { "last quarter", NULL, NULL },
    { "", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *from = NULL;
      g_autofree char *until = NULL;
      gboolean ok = koers_summary_parse_period (cases[i].text, &from, &until, &error);

      g_assert_cmpint (ok, ==, cases[i].from != NULL);
      g_assert_cmpstr (from, ==, cases[i].from);
      g_assert_cmpstr (until, ==, cases[i].until);
      if (!ok)
        g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
    }
}

static void
test_age_bands (void)
{
  g_assert_cmpstr (koers_summary_age_band ("2008-09-21", "2026-09-20"), ==, "Under 18");
  g_assert_cmpstr (koers_summary_age_band ("2008-09-20", "2026-09-20"), ==, "18–24");
  g_assert_cmpstr (koers_summary_age_band ("2001", "2026-01-01"), ==, "25–34");
  g_assert_cmpstr (koers_summary_age_band ("1971-09-21", "2026-09-20"), ==, "45–54");
  g_assert_cmpstr (koers_summary_age_band ("1971-09-20", "2026-09-20"), ==, "55 and over");
  g_assert_cmpstr (koers_summary_age_band (NULL, "2026-09-20"), ==, "Unknown");
}

static void
test_median (void)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  int values[] = { 50, 3, 44 };

  g_assert_cmpfloat (koers_summary_median (days), ==, -1);
  g_array_append_vals (days, values, 3);
  g_assert_cmpfloat (koers_summary_median (days), ==, 44);
  g_array_append_val (days, values[0]);
  g_assert_cmpfloat (koers_summary_median (days), ==, 47);
}

/* The export (its own read-only connection; the training and handover figures counted in
 * a second thread while the participants' sheet is written) writes the very workbook the
 * figures counted in one go give; a period without sessions or handover has neither sheet. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = write_workbook (f, TRUE, FALSE);
  g_autofree char *exported = g_build_filename (f->dir, "exported.xlsx", NULL);
  g_autofree char *quiet = g_build_filename (f->dir, "quiet.xlsx", NULL);
  g_autofree char *book = NULL;
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersSummaryOptions options = { "Worthy Future & Co", TRUE, FALSE, NULL, NULL, NULL };
  KoersAttendancePoints points;
  static const char *const members[] = {
    "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml",
    "xl/worksheets/sheet6.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml",
  };

  koers_attendance_points_init (&points);
  g_assert_true (koers_summary_export (koers_store_get_path (f->store), "2026-07-01",
                                       "2026-09-30", &targets, &points, &options, exported,
                                       &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *want = member (serial, members[i]);
      g_autofree char *got = member (exported, members[i]);

      g_assert_nonnull (strstr (want, "<"));
      g_assert_cmpstr (got, ==, want);
    }

  /* The two sheets filled last have every figure (hand-counted in
   * test_training_and_handover()), each where it belongs. */
  {
    g_autofree char *training = member (exported, "xl/worksheets/sheet4.xml");
    g_autofree char *handover = member (exported, "xl/worksheets/sheet5.xml");
    const char *sheets[] = { training, handover };
    static const struct { guint sheet; const char *ref, *xml; } cells[] = {
      { 0, "A4", "Sessions held" }, { 0, "B4", "<v>12</v>" }, { 0, "B5", "<v>24</v>" },
      { 0, "B6", "<v>2</v>" }, { 0, "B7", "<v>1</v>" }, { 0, "B8", "<v>54</v>" },
      { 0, "A11", "Small business" }, { 0, "B11", "<v>12</v>" }, { 0, "C11", "<v>17</v>" },
      { 0, "D11", "<v>0.2647058823529" },
      { 1, "A5", "IOM" }, { 1, "B5", "<v>0</v>" }, { 1, "E5", "<v>1</v>" },
      { 1, "A6", "VluchtelingenWerk" }, { 1, "B6", "<v>2</v>" }, { 1, "C6", "<v>1</v>" },
      { 1, "D6", "<v>1</v>" }, { 1, "E6", "<v>1</v>" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
      {
        g_autofree char *xml = cell (sheets[cells[i].sheet], cells[i].ref);

        g_assert_nonnull (xml);
        g_assert_nonnull (strstr (xml, cells[i].xml));
      }
    g_assert_nonnull (strstr (training, "<autoFilter ref=\"A10:D11\"/>"));
    g_assert_nonnull (strstr (handover, "<autoFilter ref=\"A4:E6\"/>"));
    g_assert_nonnull (strstr (handover, "Monitoring contacts made"));
  }

  /* Before anything happened: the figures say there is nothing to show of training and
   * handover, and the workbook has no sheet for them. */
  {
    g_autoptr(KoersSummary) s = koers_store_get_summary (f->store, "2025-01-01", "2025-03-31",
                                                         &targets, &points, &error);

    g_assert_no_error (error);
    g_assert_false (s->has_training);
    g_assert_false (s->has_handover);
    g_assert_cmpint (s->sessions_held + s->internships, ==, 0);
    g_assert_cmpuint (s->partners->len, ==, 0);
  }
  {
    g_autoptr(KoersSummary) s = summary_q3 (f);

    g_assert_true (s->has_training);
    g_assert_true (s->has_handover);
  }
  g_assert_true (koers_summary_export (koers_store_get_path (f->store), "2025-01-01",
                                       "2025-03-31", &targets, &points, &options, quiet,
                                       &error));
  g_assert_no_error (error);
  book = member (quiet, "xl/workbook.xml");
  g_assert_nonnull (strstr (book, "<sheet name=\"Summary\""));
  g_assert_null (strstr (book, "<sheet name=\"Training\""));
  g_assert_null (strstr (book, "<sheet name=\"Handover\""));
}

/* The export's failures: a folder that is not there, and a cancel while the figures are
 * still being counted in the second thread; neither leaves a file, whole or half. */
static void
test_export_failures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "summary.xlsx", NULL);
  g_autofree char *cancelled = g_build_filename (f->dir, "cancelled.xlsx", NULL);
  g_autofree char *partial = g_strconcat (cancelled, ".part", NULL);
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersSummaryOptions options = { "Worthy Future", TRUE, FALSE, NULL, NULL, NULL };
  KoersAttendancePoints points;

  koers_attendance_points_init (&points);
  g_assert_false (koers_summary_export (koers_store_get_path (f->store), "2026-07-01",
                                        "2026-09-30", &targets, &points, &options, missing,
                                        &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  options.cancellable = cancellable;
  g_cancellable_cancel (cancellable);
  g_assert_false (koers_summary_export (koers_store_get_path (f->store), "2026-07-01",
                                        "2026-09-30", &targets, &points, &options, cancelled,
                                        &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
}

/* The figure beside @label on a sheet (the label in column A, the number in B). */
static gint64
figure (const char *sheet_xml,
        const char *label)
{
  g_autofree char *text = g_strdup_printf ("<t>%s</t>", label);
  const char *at = strstr (sheet_xml, text);
  const char *row;
  g_autofree char *ref = NULL;
  g_autofree char *value = NULL;
  const char *v;

  g_assert_nonnull (at);
  row = g_strrstr_len (sheet_xml, at - sheet_xml, "<c r=\"A");
  g_assert_nonnull (row);
  ref = g_strdup_printf ("B%d", atoi (row + strlen ("<c r=\"A")));
  value = cell (sheet_xml, ref);
  g_assert_nonnull (value);
  v = strstr (value, "<v>");
  g_assert_nonnull (v);
  return g_ascii_strtoll (v + 3, NULL, 10);
}

typedef struct {
  Fixture  *f;
  gint64    session;
  gint      stop;
  guint     written;
} Writer;

/* Keeps adding a participant who comes to intake in the quarter and is present at a
 * session, each in one transaction: one more intake and one more participant trained. */
static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  static const char *const intake[] = { "2026-08-03", NULL };

  while (!g_atomic_int_get (&w->stop))
    {
      g_autoptr(GError) error = NULL;
      gint64 id;

      g_assert_true (koers_store_begin (w->f->store, &error));
      id = person (w->f, "Writer", "2026-06-01", KOERS_SEX_FEMALE, "1990", "ET",
                   KOERS_TARGET_GROUP_2A);
      moves (w->f, id, intake);
      koers_store_mark_attendance (w->f->store, w->session, id, KOERS_ATTENDANCE_PRESENT, NULL,
                                   &error);
      g_assert_no_error (error);
      g_assert_true (koers_store_commit (w->f->store, &error));
      w->written++;
    }
  return NULL;
}

/* The export counts on two connections at once; they must see the file in the same state,
 * also while another connection keeps changing it. */
static void
test_export_same_state (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) other = NULL;
  g_autofree char *path = g_build_filename (f->dir, "busy.xlsx", NULL);
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersSummaryOptions options = { "Worthy Future", FALSE, FALSE, NULL, NULL, NULL };
  KoersAttendancePoints points;
  gint64 before, after, seen, fixed, inflow, trained;
  Writer w = { f, session_on (f, "2026-07-07") };
  GThread *thread;

  koers_attendance_points_init (&points);

  /* The data version changes when another connection changed the file in between, and a
   * transaction begun with it sees the file as it was then. */
  other = koers_store_open_full (koers_store_get_path (f->store), KOERS_STORE_OPEN_READ_ONLY,
                                 5000, -1, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_get_data_version (other, &before, &error));
  person (f, "Between", "2026-06-01", KOERS_SEX_MALE, "1990", "ET", KOERS_TARGET_GROUP_2A);
  g_assert_true (koers_store_begin_read_fixed (other, &after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (after, !=, before);
  seen = query (f, "SELECT count(*) FROM participant");
  person (f, "Later", "2026-06-01", KOERS_SEX_MALE, "1990", "ET", KOERS_TARGET_GROUP_2A);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (other->db, "SELECT count(*) FROM participant", -1,
                                         &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, seen);
    sqlite3_finalize (stmt);
  }
  koers_store_rollback (other);
  g_assert_true (koers_store_get_data_version (other, &before, &error));
  g_assert_true (koers_store_begin_read_fixed (other, &fixed, &error));
  g_assert_cmpint (fixed, ==, before);
  koers_store_rollback (other);

  /* Two stores on one path have the same file open; a store whose path was given another
   * file (a restore renames one into place) no longer says which file it has. */
  {
    g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere.db", NULL);
    g_autofree char *aside = g_build_filename (f->dir, "aside.db", NULL);
    g_autoptr(KoersStore) moved = koers_store_open (elsewhere, &error);
    KoersFileId a, b, c;

    g_assert_no_error (error);
    g_assert_true (koers_store_get_file_id (f->store, &a));
    g_assert_true (koers_store_get_file_id (other, &b));
    g_assert_true (a.device == b.device && a.inode == b.inode);
    g_assert_true (koers_store_get_file_id (moved, &c));
    g_assert_false (a.device == c.device && a.inode == c.inode);
    g_assert_cmpint (g_rename (elsewhere, aside), ==, 0);
    g_assert_true (g_file_set_contents (elsewhere, "another file", -1, &error));
    g_assert_false (koers_store_get_file_id (moved, &c));
  }
  g_clear_object (&other);

  /* Every export agrees with itself while the file keeps changing: each change adds one
   * intake (counted with the participants) and one participant trained (counted with the
   * training, on the second connection). */
  {
    g_autoptr(KoersSummary) s = koers_store_get_summary (f->store, "2026-07-01", "2026-09-30",
                                                         &targets, &points, &error);
    g_assert_no_error (error);
    inflow = s->inflow;
    trained = s->participants_trained;
  }
  thread = g_thread_new ("writer", writer_thread, &w);
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *summary = NULL;
      g_autofree char *training = NULL;

      g_assert_true (koers_summary_export (koers_store_get_path (f->store), "2026-07-01",
                                           "2026-09-30", &targets, &points, &options, path,
                                           &error));
      g_assert_no_error (error);
      summary = member (path, "xl/worksheets/sheet1.xml");
      training = member (path, "xl/worksheets/sheet4.xml");
      g_assert_cmpint (figure (summary, "Inflow: new intakes") - inflow, ==,
                       figure (training, "Participants trained (present or late at least once)")
                       - trained);
    }
  g_atomic_int_set (&w.stop, 1);
  g_thread_join (thread);
  /* The writer did change both figures meanwhile. */
  g_assert_cmpuint (w.written, >, 0);
  {
    g_autoptr(KoersSummary) s = koers_store_get_summary (f->store, "2026-07-01", "2026-09-30",
                                                         &targets, &points, &error);
    g_assert_no_error (error);
    g_assert_cmpint (s->inflow, ==, inflow + w.written);
    g_assert_cmpint (s->participants_trained, ==, trained + w.written);
  }
}

/* Sheet @n of the export of 2026-Q3 (on two connections, as the window and the command
 * line export). */
static char *
exported_sheet (Fixture *f,
                guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "q3.xlsx", NULL);
  g_autofree char *name = g_strdup_printf ("xl/worksheets/sheet%u.xml", n);
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersSummaryOptions options = { "Worthy Future", TRUE, FALSE, NULL, NULL, NULL };
  KoersAttendancePoints points;

  koers_attendance_points_init (&points);
  g_assert_true (koers_summary_export (koers_store_get_path (f->store), "2026-07-01",
                                       "2026-09-30", &targets, &points, &options, path,
                                       &error));
  g_assert_no_error (error);
  return member (path, name);
}

static void
run (Fixture    *f,
     const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (f->store->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A return counts for the partner of the latest departure in the handover; one without a
 * departure there is "Not recorded". */
static void
test_returns_by_partner (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *sql = NULL;

  /* Amina departed with IOM on 15 July; a later departure with VluchtelingenWerk counts. */
  sql = g_strdup_printf ("INSERT INTO handover_step (participant_id, partner_id, step, step_date) "
                         "SELECT %" G_GINT64_FORMAT ", id, 'departed', '2026-07-16' FROM partner "
                         "WHERE name = 'VluchtelingenWerk'", f->amina);
  run (f, sql);
  {
    g_autoptr(KoersSummary) s = summary_q3 (f);
    g_autofree char *returns = exported_sheet (f, 3);

    g_assert_cmpint (line (s->by_partner, "VluchtelingenWerk", 0), ==, 2);
    g_assert_cmpint (line (s->by_partner, "IOM", 0), ==, -1);
    g_assert_cmpint (figure (returns, "VluchtelingenWerk"), ==, 2);
    g_assert_null (strstr (returns, "<t>IOM</t>"));
  }

  /* Farida's departure not in the handover at all. */
  g_free (sql);
  sql = g_strdup_printf ("DELETE FROM handover_step WHERE participant_id = %" G_GINT64_FORMAT
                         " AND step = 'departed'", f->farida);
  run (f, sql);
  {
    g_autoptr(KoersSummary) s = summary_q3 (f);
    g_autofree char *returns = exported_sheet (f, 3);

    g_assert_cmpint (line (s->by_partner, "VluchtelingenWerk", 0), ==, 1);
    g_assert_cmpint (line (s->by_partner, "Not recorded", 0), ==, 1);
    g_assert_cmpint (figure (returns, "VluchtelingenWerk"), ==, 1);
    g_assert_cmpint (figure (returns, "Not recorded"), ==, 1);
  }
}

/* Participant ids far apart, as a database may have them after deletions or an import:
 * every figure stays the same when Ivan (trained, enrolled, with phases) gets an id far
 * beyond the others. */
static void
test_far_ids (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KoersSummary) before = summary_q3 (f);
  g_autoptr(KoersSummary) after = NULL;
  g_autoptr(GString) sql = g_string_new ("PRAGMA foreign_keys = OFF;");
  g_autofree char *training = NULL;
  const gint64 far = (G_GINT64_CONSTANT (1) << 24) + 7;
  sqlite3_stmt *stmt = NULL;

  g_string_append_printf (sql, "UPDATE participant SET id = %" G_GINT64_FORMAT " WHERE id = %"
                          G_GINT64_FORMAT ";", far, f->ivan);
  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, "SELECT m.name, k.\"from\" FROM "
                                       "sqlite_schema m, pragma_foreign_key_list (m.name) k "
                                       "WHERE m.type = 'table' AND k.\"table\" = 'participant'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (sql, "UPDATE %s SET %s = %" G_GINT64_FORMAT " WHERE %s = %"
                            G_GINT64_FORMAT ";", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), far, sqlite3_column_text (stmt, 1),
                            f->ivan);
  sqlite3_finalize (stmt);
  g_string_append (sql, "PRAGMA foreign_keys = ON;");
  run (f, sql->str);
  g_assert_cmpint (query (f, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  after = summary_q3 (f);
  g_assert_cmpint (after->participants_trained, ==, 2);
  g_assert_cmpint (after->participants_trained, ==, before->participants_trained);
  g_assert_cmpint (line (after->courses, "Small business", 1), ==, 17);
  g_assert_cmpint (after->active_start, ==, before->active_start);
  g_assert_cmpint (after->active_end, ==, before->active_end);
  g_assert_cmpint (after->inflow, ==, before->inflow);
  g_assert_cmpint (after->internships, ==, before->internships);
  for (int i = 0; i < KOERS_N_PHASES; i++)
    g_assert_cmpint (after->stock[i], ==, before->stock[i]);
  training = exported_sheet (f, 4);
  g_assert_cmpint (figure (training, "Participants trained (present or late at least once)"),
                   ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);

  g_test_add_func ("/summary/periods", test_periods);
  g_test_add_func ("/summary/age-bands", test_age_bands);
  g_test_add_func ("/summary/median", test_median);
#define ADD(name, func) \
  g_test_add ("/summary/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("summary-sheet", test_summary_sheet);
  ADD ("phases-and-returns", test_phases_and_returns);
  ADD ("training-and-handover", test_training_and_handover);
  ADD ("many-courses", test_many_courses);
  ADD ("people", test_people);
  ADD ("edges", test_edges);
  ADD ("workbook", test_workbook);
  ADD ("workbook-people", test_workbook_people);
  ADD ("workbook-unwritable", test_workbook_unwritable);
  ADD ("export", test_export);
  ADD ("export-failures", test_export_failures);
  ADD ("export-same-state", test_export_same_state);
  ADD ("returns-by-partner", test_returns_by_partner);
  ADD ("far-ids", test_far_ids);
#undef ADD
  return g_test_run ();
}
