/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "koers-report.h"
#include "koers-test-utils.h"

/* The trajectory report: a whole trajectory, from outreach to monitoring after return, goes
 * into a PDF of several pages whose text (read back with pdftotext from poppler-utils)
 * holds the steps and results; the sensitive parts appear only when asked for; a small
 * dossier fits on one page; a folder that cannot be written gives an error and no file.
 * Today is Saturday 28 November 2026. */

typedef struct {
  char       *dir;
  KoersStore *store;
  gint64      full;    /* a whole trajectory */
  gint64      small;   /* just registered */
} Fixture;

static gint64
add_person (KoersStore *store,
            const char *given,
            const char *family,
            const char *since,
            gint64      case_manager)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT,
                                                "given-name", given, "family-name", family,
                                                "country", "ER", "sex", KOERS_SEX_MALE,
                                                "birth-date", "1991-04-02",
                                                "languages", "Tigrinya, Arabic, English",
                                                "phone", "06 1234 5678",
                                                "case-manager-id", case_manager,
                                                "phase-since", since, NULL);

  koers_store_add_participant (store, p, &error);
  g_assert_no_error (error);
  return koers_participant_get_id (p);
}

static void
ok (gboolean  done,
    GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (done);
}

static void
set_commitment (Fixture    *f,
                const char *date)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, date);
  ok (koers_store_update_participant (f->store, f->full, KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE,
                                      &value, &error), error);
}

static void
add_documents_and_obstacles (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  ok (koers_store_set_document (f->store, f->full, KOERS_DOCUMENT_KIND_PASSPORT,
                                KOERS_DOCUMENT_STATUS_OBTAINED, "2025-11-20", "2026-02-16",
                                "Embassy in The Hague", &error), error);
  ok (koers_store_set_document (f->store, f->full, KOERS_DOCUMENT_KIND_BIRTH_CERTIFICATE,
                                KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE, NULL, NULL, "", &error),
      error);

  id = koers_store_add_obstacle (f->store, f->full, KOERS_OBSTACLE_KIND_DOCUMENTS,
                                 "Passport expired in 2019", "2025-10-06", &error);
  ok (koers_store_set_obstacle_status (f->store, id, KOERS_OBSTACLE_STATUS_RESOLVED,
                                       "2026-02-16", &error), error);
  id = koers_store_add_obstacle (f->store, f->full, KOERS_OBSTACLE_KIND_MEDICAL,
                                 "Needs insulin every day", "2025-10-06", &error);
  ok (koers_store_set_obstacle_status (f->store, id, KOERS_OBSTACLE_STATUS_RESOLVED,
                                       "2026-04-01", &error), error);
  id = koers_store_add_obstacle (f->store, f->full, KOERS_OBSTACLE_KIND_SAFETY,
                                 "Threatened by a smuggler network", "2025-11-10", &error);
  ok (koers_store_set_obstacle_status (f->store, id, KOERS_OBSTACLE_STATUS_RESOLVED,
                                       "2026-04-20", &error), error);
  id = koers_store_add_obstacle (f->store, f->full, KOERS_OBSTACLE_KIND_DEBTS,
                                 "Owes 300 euros to a friend", "2026-01-12", &error);
  g_assert_cmpint (id, >, 0);
}

/* Enough goals and actions that the report needs more than one page. */
static void
add_plans (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  static const char *const goals[] = {
    "Start a tailoring workshop in Keren", "Find a place to live near the family",
    "Arrange the travel documents", "Prepare the family for the return",
  };

  for (guint g = 0; g < G_N_ELEMENTS (goals); g++)
    {
      gint64 goal = koers_store_add_goal (f->store, f->full, goals[g], &error);

      g_assert_no_error (error);
      for (guint a = 0; a < 6; a++)
        {
          g_autofree char *text = g_strdup_printf ("Action %u.%u: talk it through with the "
                                                   "case manager and write down what was "
                                                   "agreed, with names and dates", g + 1,
                                                   a + 1);
          gint64 action = koers_store_add_action (f->store, goal, text, "Lotte", "2026-03-01",
                                                  &error);

          g_assert_no_error (error);
          if (a % 2 == 0)
            ok (koers_store_set_action_done (f->store, action, TRUE, &error), error);
        }
    }
  ok (koers_store_set_business_field (f->store, f->full, KOERS_BUSINESS_FIELD_IDEA,
                                      "Tailoring workshop for school uniforms", 0, &error),
      error);
  ok (koers_store_set_business_field (f->store, f->full, KOERS_BUSINESS_FIELD_PLACE, "Keren",
                                      0, &error), error);
  ok (koers_store_set_business_field (f->store, f->full, KOERS_BUSINESS_FIELD_STARTUP_COSTS,
                                      NULL, 125000, &error), error);
  ok (koers_store_set_business_field (f->store, f->full, KOERS_BUSINESS_FIELD_STATUS, NULL,
                                      KOERS_BUSINESS_STATUS_FUNDED, &error), error);
}

static void
add_training (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 course, first;

  course = koers_store_add_course (f->store, "Small business Tuesday",
                                   KOERS_COURSE_KIND_SMALL_BUSINESS, 0, "Room 2", TRUE, "19:00",
                                   120, "2026-01-13", "2026-04-28", &error);
  g_assert_no_error (error);
  koers_store_enrol (f->store, f->full, course, "2026-01-13", NULL, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT min(id) FROM training_session WHERE course_id = %"
                         G_GINT64_FORMAT, course);
  first = koers_test_query_int (koers_store_get_path (f->store), sql);
  /* Three of the first four present, one absent; the rest not marked (absent). */
  for (gint64 s = first; s < first + 4; s++)
    ok (koers_store_mark_attendance (f->store, s, f->full,
                                     s == first + 2 ? KOERS_ATTENDANCE_ABSENT
                                                    : KOERS_ATTENDANCE_PRESENT, NULL, &error),
        error);
  g_assert_cmpint (koers_store_add_internship (f->store, f->full, "Atelier Noord",
                                               "2026-03-02", "2026-03-13", 40, "Sewing machines",
                                               &error), >, 0);
  g_assert_no_error (error);
}

/* Physical health acute, the rest in between: category high, 2b. */
static void
add_assessment (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = koers_store_get_current_score_list (f->store, NULL, &error);
  gint64 id = koers_store_start_assessment (f->store, f->full, "2026-02-02", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      const char *domain = koers_score_list_get_domain (list, i)->id;
      g_autofree char *item = koers_score_item_domain (domain);

      ok (koers_store_set_answer (f->store, id, item,
                                  g_str_equal (domain, "physical-health") ? 1 : 3, &error),
          error);
    }
  ok (koers_store_finish_assessment (f->store, id, "2026-02-03", &error), error);
}

static gint64
partner (Fixture    *f,
         const char *name)
{
  g_autoptr(GVariant) partners = koers_store_list_partners (f->store, NULL);
  GVariantIter iter;
  const char *each;
  gint64 id;

  g_variant_iter_init (&iter, partners);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &id, &each, NULL, NULL, NULL, NULL, NULL))
    if (g_str_equal (each, name))
      return id;
  g_assert_not_reached ();
}

static void
add_handover (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  KoersMonitoringContact *first;
  const char *sensitivity;
  GVariantIter iter;
  gint64 id;

  ok (koers_store_start_checklist (f->store, f->full, &error), error);
  items = koers_store_list_checklist (f->store, f->full, &error);
  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &id, NULL, NULL, NULL, NULL, NULL,
                              NULL, NULL, &sensitivity))
    ok (koers_store_set_checklist_item (f->store, id, KOERS_CHECK_STATUS_DONE, "2026-07-01",
                                        "Lotte",
                                        g_str_equal (sensitivity, "safety")
                                        ? "Safe house arranged by IOM" : "", &error), error);

  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full,
                                                  KOERS_HANDOVER_STEP_PREPARED,
                                                  partner (f, "IOM"), "2026-05-11",
                                                  "2026-05-18", NULL, NULL, &error), >, 0);
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full, KOERS_HANDOVER_STEP_SENT,
                                                  0, "2026-05-18", "2026-06-01", NULL, NULL,
                                                  &error), >, 0);
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full,
                                                  KOERS_HANDOVER_STEP_ACCEPTED, 0, "2026-06-01",
                                                  "2026-06-15", NULL, NULL, &error), >, 0);
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full,
                                                  KOERS_HANDOVER_STEP_GRANT_APPROVED, 0,
                                                  "2026-06-15", "2026-07-01", NULL, NULL,
                                                  &error), >, 0);
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full,
                                                  KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 0,
                                                  "2026-07-01", "2026-08-03", "2026-08-03", NULL,
                                                  &error), >, 0);
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->full,
                                                  KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-08-03",
                                                  NULL, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  ok (koers_store_move_phase (f->store, f->full, KOERS_PHASE_MONITORING, "2026-09-03", &error),
      error);

  contacts = koers_store_list_monitoring (f->store, f->full, &error);
  g_assert_cmpuint (contacts->len, ==, 4);
  first = g_ptr_array_index (contacts, 0);
  first->contact_date = g_strdup ("2026-09-04");
  first->channel = KOERS_CONTACT_CHANNEL_PHONE;
  first->reached = 1;
  first->arrived_safely = 1;
  first->business = KOERS_BUSINESS_STARTED_PARTLY;
  first->income = g_strdup ("Sews uniforms for two schools");
  first->housing = g_strdup ("With his sister");
  first->wellbeing = 4;
  first->support_needed = g_strdup ("Physiotherapy for his back");
  ok (koers_store_record_monitoring (f->store, first, &error), error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 lotte;

  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  f->dir = koers_test_make_dir ();
  path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_open (path, &error);
  g_assert_no_error (error);
  lotte = koers_store_add_staff (f->store, "Lotte van den Berg", KOERS_STAFF_ROLE_CASE_MANAGER,
                                 &error);
  g_assert_no_error (error);
  f->small = add_person (f->store, "Samir", "Haddad", "2026-11-02", 0);
  f->full = add_person (f->store, "Tesfay", "Gebremedhin", "2025-09-01", lotte);

  ok (koers_store_move_phase (f->store, f->full, KOERS_PHASE_INTAKE, "2025-10-06", &error),
      error);
  ok (koers_store_move_phase (f->store, f->full, KOERS_PHASE_EMPOWERMENT, "2025-11-10", &error),
      error);
  set_commitment (f, "2025-11-10");
  ok (koers_store_move_phase (f->store, f->full, KOERS_PHASE_TRAINING, "2026-01-12", &error),
      error);
  add_documents_and_obstacles (f);
  add_plans (f);
  add_training (f);
  add_assessment (f);
  ok (koers_store_move_phase (f->store, f->full, KOERS_PHASE_HANDOVER, "2026-05-04", &error),
      error);
  add_handover (f);
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

static char *
run (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     &status, &error))
    g_error ("%s did not run (install poppler-utils): %s", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Every run of white space made one space: a line may wrap anywhere. */
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

  return run (argv);
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };

  return run (argv);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = pdf_info (path);
  const char *pages = strstr (info, "Pages: ");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages: "), NULL, 10);
}

static void
assert_has (const char *text,
            const char *what)
{
  if (strstr (text, what) == NULL)
    g_error ("the report does not say “%s”:\n%s", what, text);
}

static void
assert_lacks (const char *text,
              const char *what)
{
  if (strstr (text, what) != NULL)
    g_error ("the report says “%s”, which it should leave out:\n%s", what, text);
}

static char *
write_report (Fixture          *f,
              gint64            participant,
              KoersReportFlags  include,
              const char       *name,
              guint            *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  report = koers_report_gather (f->store, participant, include, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (koers_report_render_pdf (report, "Worthy Future Coaching", path, n_pages,
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, *n_pages);
  return g_steal_pointer (&path);
}

static void
test_steps_and_results (Fixture       *f,
                        gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *path = write_report (f, f->full, KOERS_REPORT_INCLUDE_NONE, "full.pdf",
                                        &n_pages);
  g_autofree char *text = pdf_text (path);
  g_autofree char *last = NULL;
  g_autofree char *info = pdf_info (path);

  g_assert_cmpuint (n_pages, >=, 2);
  /* Every page has the organisation, the participant and its number. */
  assert_has (text, "Worthy Future Coaching");
  assert_has (text, "Tesfay Gebremedhin · K-00002");
  assert_has (text, "Page 1 of ");
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_has (text, last);
  assert_has (text, "Confidential · made on 28-11-2026");
  assert_has (info, "Creator: Koers");
  assert_has (info, "Title: Trajectory report — Tesfay Gebremedhin (K-00002)");

  /* Identity, without the phone number or the exact birthday. */
  assert_has (text, "Lotte van den Berg");
  assert_has (text, "Year of birth 1991");
  assert_has (text, "Eritrea");
  assert_lacks (text, "1234");
  assert_lacks (text, "02-04-1991");

  /* The phases with their dates, and the commitment. */
  assert_has (text, "01-09-2025 Outreach · until 06-10-2025 · 35 days");
  assert_has (text, "06-10-2025 Intake and action plan");
  assert_has (text, "03-08-2026 Departed · until 03-09-2026");
  assert_has (text, "03-09-2026 Monitoring");
  assert_has (text, "Commitment to return 10-11-2025");

  /* Documents, the obstacles that are not sensitive, the plans, training. */
  assert_has (text, "Passport: Obtained · requested on 20-11-2025 · obtained on 16-02-2026");
  assert_has (text, "Passport expired in 2019");
  assert_has (text, "Owes 300 euros");
  assert_has (text, "Start a tailoring workshop in Keren");
  assert_has (text, "Action 4.6");
  assert_has (text, "Tailoring workshop for school uniforms");
  assert_has (text, "Small business Tuesday");
  assert_has (text, "Attendance rate");
  assert_has (text, "Atelier Noord");

  /* The handover to IOM up to departure, and the monitoring after return. */
  assert_has (text, "IOM");
  assert_has (text, "Flight booked");
  assert_has (text, "flight on 03-08-2026");
  assert_has (text, "Documents arranged");
  assert_has (text, "After 1 month");
  assert_has (text, "arrived safely");
  assert_has (text, "Sews uniforms for two schools");

  /* Left out: health, safety, the score list, and always the contact log. */
  assert_has (text, "Left out at the user’s choice: health (medical and psychological), "
                    "safety, the vulnerability score list.");
  assert_lacks (text, "insulin");
  assert_lacks (text, "smuggler");
  assert_lacks (text, "Medical and psychological continuity arranged");
  assert_lacks (text, "Safety assured");
  assert_lacks (text, "Safe house");
  assert_lacks (text, "Physiotherapy");
  assert_lacks (text, "wellbeing");
  assert_lacks (text, "Why this category");
  assert_lacks (text, "acute");
  assert_lacks (text, "Target group");
  /* The readiness counts only the items shown: 9 of the template's 11. */
  assert_has (text, "Readiness 9 of 9 items done");
}

static void
test_sensitive_when_ticked (Fixture       *f,
                            gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *health_path = write_report (f, f->full, KOERS_REPORT_INCLUDE_HEALTH,
                                               "health.pdf", &n_pages);
  g_autofree char *health = pdf_text (health_path);
  g_autofree char *all_path = NULL;
  g_autofree char *all = NULL;

  /* Health only. */
  assert_has (health, "Sensitive information included: health (medical and psychological).");
  assert_has (health, "Needs insulin every day");
  assert_has (health, "Medical and psychological continuity arranged");
  assert_has (health, "wellbeing 4 of 5");
  assert_has (health, "Physiotherapy for his back");
  assert_has (health, "Readiness 10 of 10 items done");
  assert_lacks (health, "smuggler");
  assert_lacks (health, "Safety assured");
  assert_lacks (health, "Why this category");

  /* Everything. */
  all_path = write_report (f, f->full, KOERS_REPORT_INCLUDE_HEALTH | KOERS_REPORT_INCLUDE_SAFETY
                                       | KOERS_REPORT_INCLUDE_SCORE_LIST, "all.pdf", &n_pages);
  all = pdf_text (all_path);
  assert_has (all, "Sensitive information included: health (medical and psychological), "
                   "safety, the vulnerability score list.");
  assert_lacks (all, "Left out at the user’s choice");
  assert_has (all, "Threatened by a smuggler network");
  assert_has (all, "Safety assured");
  assert_has (all, "Safe house arranged by IOM");
  assert_has (all, "Readiness 11 of 11 items done");
  assert_has (all, "Vulnerability score list");
  assert_has (all, "Category High");
  assert_has (all, "Why this category");
  assert_has (all, "acute (rated 1)");
  assert_has (all, "Target group 2b");
}

static void
test_small_dossier_one_page (Fixture       *f,
                             gconstpointer  data)
{
  guint n_pages = 0;
  g_autofree char *path = write_report (f, f->small, KOERS_REPORT_INCLUDE_NONE, "small.pdf",
                                        &n_pages);
  g_autofree char *text = pdf_text (path);

  g_assert_cmpuint (n_pages, ==, 1);
  assert_has (text, "Page 1 of 1");
  assert_has (text, "Samir Haddad");
  assert_has (text, "02-11-2026 Outreach · current phase");
  /* The parts without anything in them are named in one line, not given a section. */
  assert_has (text, "Nothing to report yet Documents, obstacles, perspective and return plan, "
                    "business plan, training, handover");
  assert_lacks (text, "Business plan");
  /* No monitoring before departure: not even its heading. */
  assert_lacks (text, "Monitoring");
}

/* Lists @dir, the names joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_replaces_whole (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *listed = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "an old report", -1, NULL));
  g_assert_true (koers_report_write_pdf (f->store, f->small, KOERS_REPORT_INCLUDE_NONE,
                                         "Worthy Future Coaching", path, &error));
  g_assert_no_error (error);
  /* Replaced, with no file of the writing left behind. */
  listed = list_dir (dir);
  g_assert_cmpstr (listed, ==, "report.pdf");
  text = pdf_text (path);
  assert_has (text, "Samir Haddad");

  /* A participant that is not there. */
  g_assert_false (koers_report_write_pdf (f->store, 999, KOERS_REPORT_INCLUDE_NONE, "", path,
                                          &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

static void
test_folder_missing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "gone", "report.pdf", NULL);

  g_assert_false (koers_report_write_pdf (f->store, f->full, KOERS_REPORT_INCLUDE_NONE,
                                          "Worthy Future Coaching", path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "is not there"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_folder_read_only (Fixture       *f,
                       gconstpointer  data)
{
  const char *folder = g_getenv ("KOERS_TEST_DIR");

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersReport) report = koers_report_gather (f->store, f->full,
                                                           KOERS_REPORT_INCLUDE_NONE, NULL,
                                                           &error);
      g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);

      g_assert_no_error (error);
      /* This process's own fixture folder is not needed; remove it while still allowed. */
      koers_test_remove_dir (f->dir);
      koers_test_drop_root ();
      g_assert_false (koers_report_render_pdf (report, "Worthy Future Coaching", path, NULL,
                                               &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "may not write in the folder"));
      return;
    }
  {
    g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
    g_autofree char *listed = NULL;

    g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
    g_setenv ("KOERS_TEST_DIR", locked, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();
    listed = list_dir (locked);
    g_assert_cmpstr (listed, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/report/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("steps-and-results", test_steps_and_results);
  ADD ("sensitive-when-ticked", test_sensitive_when_ticked);
  ADD ("small-dossier-one-page", test_small_dossier_one_page);
  ADD ("replaces-whole", test_replaces_whole);
  ADD ("folder-missing", test_folder_missing);
  ADD ("folder-read-only", test_folder_read_only);
#undef ADD

  return g_test_run ();
}
