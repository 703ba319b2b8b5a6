/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-utils.h"

/* The end of a trajectory: the checklist template (loading, broken files, the reader's
 * language), readiness, the pipeline rules one by one, the departure that moves the
 * participant and plans the monitoring (and its undo), monitoring contacts and partners.
 * Today is Saturday 28 November 2026. */

typedef struct {
  char       *dir;
  KoersStore *store;
  gint64      amina;
  gint64      iom;
  gint64      vw;
} Fixture;

static gint64
partner_id (KoersStore *store,
            const char *wanted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) partners = koers_store_list_partners (store, &error);
  GVariantIter iter;
  gint64 id;
  const char *name;

  g_assert_no_error (error);
  g_variant_iter_init (&iter, partners);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &id, &name, NULL, NULL, NULL, NULL, NULL))
    if (g_str_equal (name, wanted))
      return id;
  return 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KoersParticipant) p = NULL;

  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  f->dir = koers_test_make_dir ();
  path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_open (path, &error);
  g_assert_no_error (error);
  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Amina", "phase-since", "2025-11-01",
                    NULL);
  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  f->amina = koers_participant_get_id (p);
  koers_store_move_phase (f->store, f->amina, KOERS_PHASE_INTAKE, "2025-12-01", &error);
  g_assert_no_error (error);
  koers_store_move_phase (f->store, f->amina, KOERS_PHASE_HANDOVER, "2026-01-05", &error);
  g_assert_no_error (error);
  f->iom = partner_id (f->store, "IOM");
  f->vw = partner_id (f->store, "VluchtelingenWerk");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* ---- the template -------------------------------------------------------------------- */

static void
test_template_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) t = koers_checklist_template_new_default (&error);
  static const char *const keys[] = { "documents", "plans", "expectations", "medical",
                                      "reception", "safety", "funds", "departure", "aftercare",
                                      "report", "agreement" };

  g_assert_no_error (error);
  g_assert_cmpstr (koers_checklist_template_get_id (t), ==, "koers-handover");
  g_assert_cmpint (koers_checklist_template_get_version (t), ==, 1);
  g_assert_cmpuint (koers_checklist_template_get_n_entries (t), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpstr (koers_checklist_template_get_entry (t, i)->key, ==, keys[i]);
  g_assert_cmpstr (koers_checklist_template_find (t, "documents")->title, ==,
                   "Documents arranged");
  g_assert_cmpint (koers_checklist_template_find (t, "medical")->sensitivity, ==,
                   KOERS_SENSITIVITY_HEALTH);
  g_assert_cmpint (koers_checklist_template_find (t, "safety")->sensitivity, ==,
                   KOERS_SENSITIVITY_SAFETY);
  g_assert_cmpint (koers_checklist_template_find (t, "funds")->sensitivity, ==,
                   KOERS_SENSITIVITY_NONE);
  g_assert_nonnull (koers_checklist_template_find (t, "agreement")->guidance);
}

static void
test_template_dutch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersChecklistTemplate) t = NULL;
  g_autofree char *old = g_strdup (g_getenv ("LANGUAGE"));

  g_setenv ("LANGUAGE", "nl", TRUE);
  t = koers_checklist_template_new_default (&error);
  if (old != NULL)
    g_setenv ("LANGUAGE", old, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);
  g_assert_cmpstr (koers_checklist_template_find (t, "documents")->title, ==,
                   "Documenten geregeld");
  g_assert_cmpstr (koers_checklist_template_find (t, "agreement")->title, ==,
                   "Samenwerkingsovereenkomst aanwezig");
}

static void
test_template_broken (void)
{
  static const struct {
    const char *data;
    const char *message_part;
  } cases[] = {
    { "[Checklist]\nId=x\nVersion=1\nTitle=T\n", "has no items" },
    { "[Score List]\nId=x\n", "not a handover checklist" },
    { "[Checklist]\nVersion=1\nTitle=T\n[Item a]\nTitle=A\n", "has no Id" },
    { "[Checklist]\nId=x\nTitle=T\n[Item a]\nTitle=A\n", "Version" },
    { "[Checklist]\nId=x\nVersion=1\n[Item a]\nTitle=A\n", "[Checklist] has no Title" },
    { "[Checklist]\nId=x\nVersion=1\nTitle=T\n[Item a]\nGuidance=G\n", "[Item a] has no Title" },
    { "[Checklist]\nId=x\nVersion=1\nTitle=T\n[Thing a]\nTitle=A\n", "not a section" },
    { "[Checklist]\nId=x\nVersion=1\nTitle=T\n[Item a]\nTitle=A\nSensitive=money\n",
      "health or safety" },
    { "[Checklist]\nId=x\nVersion=1\nTitle=T\n[Item ]\nTitle=A\n", "no key" },
    { "not a key file at all", "cannot be read" },
    { "[Checklist]\nId=x\nVersion=1\nTitle=\xff\xfe\n", "UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersChecklistTemplate) t = koers_checklist_template_new_from_data (cases[i].data,
                                                                                   -1, &error);

      g_test_message ("case %u", i);
      g_assert_null (t);
      g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message_part));
    }
}

/* ---- the checklist and readiness ------------------------------------------------------ */

static gint64
item_with_title (GVariant   *items,
                 const char *wanted,
                 const char **status,
                 const char **source,
                 const char **sensitivity)
{
  GVariantIter iter;
  gint64 id;
  const char *title, *s, *src, *sens;

  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &id, &title, NULL, &s, NULL, NULL,
                              NULL, &src, &sens))
    if (g_str_equal (title, wanted))
      {
        if (status)
          *status = s;
        if (source)
          *source = src;
        if (sensitivity)
          *sensitivity = sens;
        return id;
      }
  return 0;
}

static void
readiness (Fixture *f,
           guint    expect_done,
           guint    expect_applicable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = koers_store_list_checklist (f->store, f->amina, &error);
  guint done, applicable;

  g_assert_no_error (error);
  koers_checklist_readiness (items, &done, &applicable);
  g_assert_cmpuint (done, ==, expect_done);
  g_assert_cmpuint (applicable, ==, expect_applicable);
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = NULL;
  const char *status = NULL, *source = NULL, *sensitivity = NULL;
  gint64 documents, safety, own;

  items = koers_store_list_checklist (f->store, f->amina, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_variant_n_children (items), ==, 0);
  g_clear_pointer (&items, g_variant_unref);

  g_assert_true (koers_store_start_checklist (f->store, f->amina, &error));
  g_assert_no_error (error);
  g_assert_false (koers_store_start_checklist (f->store, f->amina, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  readiness (f, 0, 11);

  items = koers_store_list_checklist (f->store, f->amina, &error);
  documents = item_with_title (items, "Documents arranged", &status, &source, NULL);
  g_assert_cmpint (documents, >, 0);
  g_assert_cmpstr (status, ==, "open");
  g_assert_cmpstr (source, ==, "template");
  safety = item_with_title (items, "Safety assured", NULL, NULL, &sensitivity);
  g_assert_cmpstr (sensitivity, ==, "safety");
  g_clear_pointer (&items, g_variant_unref);

  /* Done counts; not applicable needs a reason and leaves the count of what applies. */
  g_assert_true (koers_store_set_checklist_item (f->store, documents, KOERS_CHECK_STATUS_DONE,
                                                 "2026-11-20", "Els", "", &error));
  g_assert_no_error (error);
  readiness (f, 1, 11);
  g_assert_false (koers_store_set_checklist_item (f->store, safety,
                                                  KOERS_CHECK_STATUS_NOT_APPLICABLE, NULL, NULL,
                                                  "  ", &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (koers_store_set_checklist_item (f->store, safety,
                                                 KOERS_CHECK_STATUS_NOT_APPLICABLE, NULL, NULL,
                                                 "No safety risk", &error));
  readiness (f, 1, 10);
  g_assert_false (koers_store_set_checklist_item (f->store, documents, KOERS_CHECK_STATUS_DONE,
                                                  "2026-12-01", NULL, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Back to open: the date and who are cleared. */
  g_assert_true (koers_store_set_checklist_item (f->store, documents, KOERS_CHECK_STATUS_OPEN,
                                                 NULL, "Els", "", &error));
  readiness (f, 0, 10);
  items = koers_store_list_checklist (f->store, f->amina, &error);
  {
    GVariantIter iter;
    const char *title, *date, *who;

    g_variant_iter_init (&iter, items);
    while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", NULL, &title, NULL, NULL, &date,
                                &who, NULL, NULL, NULL))
      if (g_str_equal (title, "Documents arranged"))
        {
          g_assert_cmpstr (date, ==, "");
          g_assert_cmpstr (who, ==, "");
        }
  }
  g_clear_pointer (&items, g_variant_unref);

  /* Template items stay; own items can go. */
  g_assert_false (koers_store_delete_checklist_item (f->store, documents, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_checklist_item (f->store, f->amina, "   ", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  own = koers_store_add_checklist_item (f->store, f->amina, "Suitcase bought", &error);
  g_assert_no_error (error);
  readiness (f, 0, 11);
  items = koers_store_list_checklist (f->store, f->amina, &error);
  g_assert_cmpint (item_with_title (items, "Suitcase bought", NULL, &source, NULL), ==, own);
  g_assert_cmpstr (source, ==, "own");
  g_assert_true (koers_store_delete_checklist_item (f->store, own, &error));
  g_assert_no_error (error);
  readiness (f, 0, 10);
}

/* Ticking and unticking are changes of their own, each undone alone. */
static void
test_checklist_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = NULL;
  gint64 documents;

  g_assert_true (koers_store_start_checklist (f->store, f->amina, &error));
  items = koers_store_list_checklist (f->store, f->amina, &error);
  documents = item_with_title (items, "Documents arranged", NULL, NULL, NULL);
  g_assert_true (koers_store_set_checklist_item (f->store, documents, KOERS_CHECK_STATUS_DONE,
                                                 NULL, "Els", NULL, &error));
  g_assert_cmpint (koers_store_add_checklist_item (f->store, f->amina, "Suitcase", &error), >, 0);
  readiness (f, 1, 12);
  g_assert_true (koers_store_set_checklist_item (f->store, documents, KOERS_CHECK_STATUS_OPEN,
                                                 NULL, NULL, NULL, &error));
  readiness (f, 0, 12);
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  readiness (f, 1, 12);
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  readiness (f, 1, 11);
}

static void
test_checklist_from_score_list (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = NULL;
  g_autofree char *item = koers_score_item_domain ("physical-health");
  const char *source = NULL, *sensitivity = NULL;
  gint64 assessment, id;

  assessment = koers_store_start_assessment (f->store, f->amina, "2026-11-01", &error);
  g_assert_no_error (error);
  koers_store_set_answer (f->store, assessment, item, 2, &error);
  g_assert_no_error (error);
  koers_store_finish_assessment (f->store, assessment, "2026-11-01", &error);
  g_assert_no_error (error);

  /* Before the checklist is started: the action comes first, the template after it. */
  id = koers_store_add_checklist_action (f->store, assessment, "check-treatment", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (koers_store_add_checklist_action (f->store, assessment, "check-treatment",
                                                     &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_checklist_action (f->store, assessment, "no-such-action",
                                                     &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (koers_store_start_checklist (f->store, f->amina, &error));
  readiness (f, 0, 12);

  items = koers_store_list_checklist (f->store, f->amina, &error);
  g_assert_cmpint (item_with_title (items, "Check availability and cost of treatment in the "
                                    "country of origin", NULL, &source, &sensitivity), ==, id);
  g_assert_cmpstr (source, ==, "score-list");
  g_assert_cmpstr (sensitivity, ==, "health");
  {
    gint64 first;
    g_variant_get_child (items, 0, "(x&s&s&s&s&s&s&s&s)", &first, NULL, NULL, NULL, NULL, NULL,
                         NULL, NULL, NULL);
    g_assert_cmpint (first, ==, id);
  }
}

/* ---- the pipeline --------------------------------------------------------------------- */

static void
test_step_order (void)
{
  /* Every pair: only these may follow each other. */
  static const struct {
    int               from;
    KoersHandoverStep to;
  } allowed[] = {
    { -1, KOERS_HANDOVER_STEP_PREPARED },
    { KOERS_HANDOVER_STEP_PREPARED, KOERS_HANDOVER_STEP_SENT },
    { KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_ACCEPTED },
    { KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_REJECTED },
    { KOERS_HANDOVER_STEP_REJECTED, KOERS_HANDOVER_STEP_PREPARED },
    { KOERS_HANDOVER_STEP_ACCEPTED, KOERS_HANDOVER_STEP_GRANT_APPROVED },
    { KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED },
    { KOERS_HANDOVER_STEP_FLIGHT_BOOKED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED },
    { KOERS_HANDOVER_STEP_FLIGHT_BOOKED, KOERS_HANDOVER_STEP_DEPARTED },
  };

  for (int from = -1; from <= KOERS_HANDOVER_STEP_DEPARTED; from++)
    for (int to = KOERS_HANDOVER_STEP_PREPARED; to <= KOERS_HANDOVER_STEP_DEPARTED; to++)
      {
        gboolean expected = FALSE;

        for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
          expected |= allowed[i].from == from && (int) allowed[i].to == to;
        g_test_message ("%d → %d", from, to);
        g_assert_cmpint (koers_handover_step_follows (from, to), ==, expected);
      }
}

static void
test_step_rules (void)
{
  static const struct {
    int               current;
    KoersHandoverStep next;
    gint64            partner;
    const char       *date;
    const char       *follow_up;
    const char       *flight;
    const char       *note;
    const char       *message_part;   /* NULL: allowed */
  } cases[] = {
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-20", "2026-12-01", NULL, NULL, NULL },
    { -1, KOERS_HANDOVER_STEP_SENT, 1, "2026-11-20", "2026-12-01", NULL, NULL, "starts with" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 0, "2026-11-20", "2026-12-01", NULL, NULL, "partner" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-29", "2026-12-01", NULL, NULL, "future" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-28", "2026-11-28", NULL, NULL, NULL },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "28-11-2026", "2026-12-01", NULL, NULL, "not a date" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-20", NULL, NULL, NULL, "follow-up" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-20", "2026-11-19", NULL, NULL, "before" },
    { -1, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-20", "2026-02-30", NULL, NULL, "not a date" },
    { KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_REJECTED, 1, "2026-11-20", "2026-12-01",
      NULL, " ", "why" },
    { KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_REJECTED, 1, "2026-11-20", "2026-12-01",
      NULL, "No grant for this country", NULL },
    { KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 1, "2026-11-20",
      "2026-12-01", NULL, NULL, "flight" },
    { KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 1, "2026-11-20",
      "2026-12-01", "2026-11-19", NULL, "before" },
    { KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 1, "2026-11-20",
      "2026-12-01", "2026-12-15", NULL, NULL },
    { KOERS_HANDOVER_STEP_ACCEPTED, KOERS_HANDOVER_STEP_GRANT_APPROVED, 1, "2026-11-20",
      "2026-12-01", "2026-12-15", NULL, "Only a booked flight" },
    { KOERS_HANDOVER_STEP_FLIGHT_BOOKED, KOERS_HANDOVER_STEP_DEPARTED, 1, "2026-11-20", NULL,
      NULL, NULL, NULL },
    { KOERS_HANDOVER_STEP_FLIGHT_BOOKED, KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-11-20", NULL,
      NULL, NULL, "partner" },
    { KOERS_HANDOVER_STEP_FLIGHT_BOOKED, KOERS_HANDOVER_STEP_DEPARTED, 1, "2026-11-20",
      "2026-12-01", NULL, NULL, "no follow-up" },
    { KOERS_HANDOVER_STEP_DEPARTED, KOERS_HANDOVER_STEP_PREPARED, 1, "2026-11-20", "2026-12-01",
      NULL, NULL, "complete" },
    { KOERS_HANDOVER_STEP_ACCEPTED, KOERS_HANDOVER_STEP_DEPARTED, 1, "2026-11-20", NULL, NULL,
      NULL, "cannot follow" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = koers_handover_check_step (cases[i].current, cases[i].next, cases[i].partner,
                                               cases[i].date, cases[i].follow_up,
                                               cases[i].flight, cases[i].note, &error);

      g_test_message ("case %u", i);
      if (cases[i].message_part == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].message_part));
        }
    }
}

static void
test_monitoring_dates (void)
{
  static const struct {
    const char *departure;
    int         months;
    const char *planned;
  } cases[] = {
    { "2026-01-31", 1, "2026-02-28" },
    { "2028-01-31", 1, "2028-02-29" },
    { "2026-01-31", 3, "2026-04-30" },
    { "2026-08-31", 6, "2027-02-28" },
    { "2026-12-15", 1, "2027-01-15" },
    { "2026-11-28", 12, "2027-11-28" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *planned = koers_monitoring_planned_date (cases[i].departure,
                                                                cases[i].months);
      g_assert_cmpstr (planned, ==, cases[i].planned);
    }
  g_assert_null (koers_monitoring_planned_date ("someday", 1));
}

static KoersPhase
phase_of (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = koers_store_get_participant (f->store, f->amina, &error);

  g_assert_no_error (error);
  return koers_participant_get_phase (p);
}

static void
step (Fixture           *f,
      KoersHandoverStep  s,
      gint64             partner,
      const char        *date,
      const char        *follow_up,
      const char        *flight,
      const char        *note)
{
  g_autoptr(GError) error = NULL;

  koers_store_add_handover_step (f->store, f->amina, s, partner, date, follow_up, flight, note,
                                 &error);
  g_assert_no_error (error);
}

static void
test_pipeline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) steps = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  static const char *const planned[] = { "2026-08-31", "2026-10-31", "2027-01-31", "2027-07-31" };

  /* Departure is not a phase to move to by hand. */
  g_assert_false (koers_store_move_phase (f->store, f->amina, KOERS_PHASE_DEPARTED, NULL,
                                          &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  step (f, KOERS_HANDOVER_STEP_PREPARED, f->iom, "2026-03-02", "2026-03-16", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_SENT, 0, "2026-03-10", "2026-03-24", NULL, NULL);
  /* The partner stays that of the preparation. */
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->amina,
                                                  KOERS_HANDOVER_STEP_ACCEPTED, f->vw,
                                                  "2026-03-20", "2026-04-01", NULL, NULL,
                                                  &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Not before the step before. */
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->amina,
                                                  KOERS_HANDOVER_STEP_ACCEPTED, 0,
                                                  "2026-03-09", "2026-04-01", NULL, NULL,
                                                  &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  step (f, KOERS_HANDOVER_STEP_REJECTED, 0, "2026-03-20", "2026-04-01", NULL,
        "IOM has no programme for this country");
  step (f, KOERS_HANDOVER_STEP_PREPARED, f->vw, "2026-04-01", "2026-04-15", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_SENT, 0, "2026-04-08", "2026-04-22", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_ACCEPTED, 0, "2026-05-01", "2026-05-15", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_GRANT_APPROVED, 0, "2026-06-01", "2026-06-15", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 0, "2026-07-01", "2026-07-31", "2026-07-31", NULL);
  g_assert_cmpint (phase_of (f), ==, KOERS_PHASE_HANDOVER);
  step (f, KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-07-31", NULL, NULL, NULL);

  /* Departed on the day, with the partner, and four contacts planned. */
  g_assert_cmpint (phase_of (f), ==, KOERS_PHASE_DEPARTED);
  steps = koers_store_list_handover_steps (f->store, f->amina, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_variant_n_children (steps), ==, 9);
  {
    const char *s, *partner, *date, *follow_up;
    g_variant_get_child (steps, 8, "(x&sx&s&s&s&s&s)", NULL, &s, NULL, &partner, &date,
                         &follow_up, NULL, NULL);
    g_assert_cmpstr (s, ==, "departed");
    g_assert_cmpstr (partner, ==, "VluchtelingenWerk");
    g_assert_cmpstr (date, ==, "2026-07-31");
    g_assert_cmpstr (follow_up, ==, "");
    g_variant_get_child (steps, 3, "(x&sx&s&s&s&s&s)", NULL, &s, NULL, &partner, NULL, NULL,
                         NULL, NULL);
    g_assert_cmpstr (s, ==, "prepared");
    g_assert_cmpstr (partner, ==, "VluchtelingenWerk");
  }
  contacts = koers_store_list_monitoring (f->store, f->amina, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      KoersMonitoringContact *c = g_ptr_array_index (contacts, i);
      g_assert_cmpint (c->months, ==, koers_monitoring_months[i]);
      g_assert_cmpstr (c->planned_date, ==, planned[i]);
      g_assert_null (c->contact_date);
    }
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* Nothing after departure. */
  g_assert_cmpint (koers_store_add_handover_step (f->store, f->amina,
                                                  KOERS_HANDOVER_STEP_PREPARED, f->iom,
                                                  "2026-08-01", "2026-08-15", NULL, NULL,
                                                  &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Undo takes back the departure as one change: phase, step and the planned contacts. */
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phase_of (f), ==, KOERS_PHASE_HANDOVER);
  contacts = koers_store_list_monitoring (f->store, f->amina, &error);
  g_assert_cmpuint (contacts->len, ==, 0);
}

static void
depart (Fixture *f)
{
  step (f, KOERS_HANDOVER_STEP_PREPARED, f->iom, "2026-03-02", "2026-03-16", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_SENT, 0, "2026-03-10", "2026-03-24", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_ACCEPTED, 0, "2026-05-01", "2026-05-15", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_GRANT_APPROVED, 0, "2026-06-01", "2026-06-15", NULL, NULL);
  step (f, KOERS_HANDOVER_STEP_FLIGHT_BOOKED, 0, "2026-07-01", "2026-07-31", "2026-07-31", NULL);
  step (f, KOERS_HANDOVER_STEP_DEPARTED, 0, "2026-07-31", NULL, NULL, NULL);
}

static void
test_monitoring (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  KoersMonitoringContact c = { 0 };
  KoersMonitoringContact *first, *second;

  depart (f);
  contacts = koers_store_list_monitoring (f->store, f->amina, &error);
  c.id = ((KoersMonitoringContact *) g_ptr_array_index (contacts, 0))->id;
  g_clear_pointer (&contacts, g_ptr_array_unref);

  c.channel = KOERS_CONTACT_CHANNEL_PHONE;
  c.reached = 1;
  c.arrived_safely = 1;
  c.business = KOERS_BUSINESS_STARTED_PARTLY;
  c.income = (char *) "Sells phone cards";
  c.housing = (char *) "With her sister";
  c.wellbeing = 4;
  c.support_needed = (char *) "Money for stock";

  c.contact_date = (char *) "2026-07-30";
  g_assert_false (koers_store_record_monitoring (f->store, &c, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "before the departure"));
  g_clear_error (&error);
  c.contact_date = (char *) "2026-11-29";
  g_assert_false (koers_store_record_monitoring (f->store, &c, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  c.contact_date = (char *) "2026-09-02";
  c.wellbeing = 6;
  g_assert_false (koers_store_record_monitoring (f->store, &c, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  c.wellbeing = 4;
  g_assert_true (koers_store_record_monitoring (f->store, &c, &error));
  g_assert_no_error (error);

  /* Not reached: only the day, the channel and the note are kept. */
  contacts = koers_store_list_monitoring (f->store, f->amina, &error);
  c.id = ((KoersMonitoringContact *) g_ptr_array_index (contacts, 1))->id;
  g_clear_pointer (&contacts, g_ptr_array_unref);
  c.contact_date = (char *) "2026-11-02";
  c.channel = KOERS_CONTACT_CHANNEL_MESSAGE;
  c.reached = 0;
  c.note = (char *) "No answer; try through the partner";
  g_assert_true (koers_store_record_monitoring (f->store, &c, &error));

  contacts = koers_store_list_monitoring (f->store, f->amina, &error);
  first = g_ptr_array_index (contacts, 0);
  second = g_ptr_array_index (contacts, 1);
  g_assert_cmpstr (first->contact_date, ==, "2026-09-02");
  g_assert_cmpint (first->reached, ==, 1);
  g_assert_cmpint (first->arrived_safely, ==, 1);
  g_assert_cmpint (first->business, ==, KOERS_BUSINESS_STARTED_PARTLY);
  g_assert_cmpstr (first->income, ==, "Sells phone cards");
  g_assert_cmpint (first->wellbeing, ==, 4);
  g_assert_cmpstr (second->contact_date, ==, "2026-11-02");
  g_assert_cmpint (second->reached, ==, 0);
  g_assert_cmpint (second->arrived_safely, ==, -1);
  g_assert_cmpint (second->business, ==, KOERS_BUSINESS_STARTED_UNKNOWN);
  g_assert_cmpstr (second->income, ==, "");
  g_assert_cmpint (second->wellbeing, ==, 0);
  g_assert_cmpstr (second->note, ==, "No answer; try through the partner");
}

static void
test_partners (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ros;

  g_assert_cmpint (f->iom, >, 0);
  g_assert_cmpint (f->vw, >, 0);

  g_assert_cmpint (koers_store_add_partner (f->store, " IOM ", KOERS_PARTNER_KIND_OTHER, NULL,
                                            NULL, NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already a partner called “IOM”"));
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_partner (f->store, "", KOERS_PARTNER_KIND_OTHER, NULL, NULL,
                                            NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_add_partner (f->store, "Stichting ROS",
                                            KOERS_PARTNER_KIND_REINTEGRATION, "Mira",
                                            "2027-01-01", NULL, &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ros = koers_store_add_partner (f->store, "Stichting ROS", KOERS_PARTNER_KIND_REINTEGRATION,
                                 "Mira", "2025-06-01", "Reintegration in West Africa", &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_update_partner (f->store, ros, "Stichting ROS",
                                             KOERS_PARTNER_KIND_REINTEGRATION, "Mira Jansen",
                                             "2025-06-01", "", &error));
  g_assert_false (koers_store_update_partner (f->store, ros, "VluchtelingenWerk",
                                              KOERS_PARTNER_KIND_REINTEGRATION, NULL, NULL, NULL,
                                              &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A partner in a handover stays; one without goes. */
  step (f, KOERS_HANDOVER_STEP_PREPARED, f->iom, "2026-03-02", "2026-03-16", NULL, NULL);
  g_assert_false (koers_store_delete_partner (f->store, f->iom, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 participant"));
  g_clear_error (&error);
  g_assert_true (koers_store_delete_partner (f->store, ros, &error));
  g_assert_no_error (error);
  g_assert_cmpint (partner_id (f->store, "Stichting ROS"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* Saturday 28 November 2026, also for the rules without a database. */
  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);

  g_test_add_func ("/handover/template-default", test_template_default);
  g_test_add_func ("/handover/template-dutch", test_template_dutch);
  g_test_add_func ("/handover/template-broken", test_template_broken);
  g_test_add_func ("/handover/step-order", test_step_order);
  g_test_add_func ("/handover/step-rules", test_step_rules);
  g_test_add_func ("/handover/monitoring-dates", test_monitoring_dates);
#define ADD(name, func) \
  g_test_add ("/handover/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("checklist", test_checklist);
  ADD ("checklist-undo", test_checklist_undo);
  ADD ("checklist-from-score-list", test_checklist_from_score_list);
  ADD ("pipeline", test_pipeline);
  ADD ("monitoring", test_monitoring);
  ADD ("partners", test_partners);
#undef ADD
  return g_test_run ();
}
