/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-utils.h"

/* Assessments in the store: the list loaded on first use, versions that keep old
 * assessments readable, import of a new version (and of a broken file), answers, finishing,
 * the target group that follows the category or is set by hand with a reason, and the
 * overview across active participants. */

typedef struct {
  char       *dir;
  KoersStore *store;
  gint64      id;
} Fixture;

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
  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Amina", "phase-since", "2026-01-05",
                    NULL);
  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  f->id = koers_participant_get_id (p);
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

/* Answers every scored domain of the current list with @rating. */
static gint64
assess (Fixture    *f,
        int         rating,
        const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = koers_store_get_current_score_list (f->store, NULL, &error);
  gint64 id = koers_store_start_assessment (f->store, f->id, date, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      g_autofree char *item = koers_score_item_domain (koers_score_list_get_domain (list, i)->id);
      koers_store_set_answer (f->store, id, item, rating, &error);
      g_assert_no_error (error);
    }
  return id;
}

static KoersTargetGroup
target_group (Fixture *f)
{
  g_autoptr(KoersParticipant) p = koers_store_get_participant (f->store, f->id, NULL);
  return koers_participant_get_target_group (p);
}

static void
test_first_use (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  gint64 row = 0;

  list = koers_store_get_current_score_list (f->store, &row, &error);
  g_assert_no_error (error);
  g_assert_cmpint (row, >, 0);
  g_assert_cmpstr (koers_score_list_get_id (list), ==, "koers-return-vulnerability");
  g_assert_cmpint (count (f, "SELECT count(*) FROM score_list"), ==, 1);
  /* Asking again adds nothing. */
  g_clear_object (&list);
  list = koers_store_get_current_score_list (f->store, NULL, &error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM score_list"), ==, 1);
}

static void
test_finish_sets_target_group (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersAssessment) a = NULL;
  KoersScoreResult result;
  gint64 id;

  /* Self-reliant everywhere: low, 2a. */
  id = assess (f, 5, "2026-11-01");
  g_assert_true (koers_store_finish_assessment (f->store, id, "2026-11-02", &error));
  g_assert_no_error (error);
  g_assert_cmpint (target_group (f), ==, KOERS_TARGET_GROUP_2A);
  a = koers_store_get_assessment (f->store, id, &error);
  g_assert_true (koers_assessment_is_finished (a));
  koers_assessment_compute (a, &result);
  g_assert_cmpint (result.category, ==, KOERS_SCORE_CATEGORY_LOW);
  g_assert_false (result.incomplete);

  /* A finished assessment keeps its answers. */
  g_assert_false (koers_store_set_answer (f->store, id, "flag:trafficking", 1, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A new one with a red flag: severe, 2b. */
  id = assess (f, 4, NULL);
  g_assert_true (koers_store_set_answer (f->store, id, "flag:trafficking", 1, &error));
  g_assert_true (koers_store_finish_assessment (f->store, id, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (target_group (f), ==, KOERS_TARGET_GROUP_2B);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment WHERE category = 'severe'"), ==, 1);

  /* Both are in the history, newest first. */
  {
    g_autoptr(GListModel) all = koers_store_list_assessments (f->store, f->id, &error);
    g_autoptr(KoersAssessment) newest = g_list_model_get_item (all, 0);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
    g_assert_cmpint (koers_assessment_get_id (newest), ==, id);
  }
}

static void
test_answers_checked (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = koers_store_start_assessment (f->store, f->id, NULL, &error);

  g_assert_no_error (error);
  /* One being filled in at a time: starting again gives the same one. */
  g_assert_cmpint (koers_store_start_assessment (f->store, f->id, NULL, &error), ==, id);
  g_assert_false (koers_store_set_answer (f->store, id, "domain:mental-health", 6, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_set_answer (f->store, id, "domain:astrology", 3, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (koers_store_set_answer (f->store, id, "flag:trafficking", 2, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (koers_store_start_assessment (f->store, f->id, "2027-01-01", &error), ==, 0);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Answer, change, clear; an unfinished assessment can be discarded, and undone. */
  g_assert_true (koers_store_set_answer (f->store, id, "domain:mental-health", 2, &error));
  g_assert_true (koers_store_set_answer (f->store, id, "domain:mental-health", 3, &error));
  {
    g_autoptr(KoersAssessment) a = koers_store_get_assessment (f->store, id, &error);
    g_autoptr(KoersScoreList) list = koers_store_get_current_score_list (f->store, NULL, NULL);
    guint mental = G_MAXUINT;
    for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
      if (g_str_equal (koers_score_list_get_domain (list, i)->id, "mental-health"))
        mental = i;
    g_assert_cmpint (koers_assessment_get_rating (a, mental), ==, 3);
  }
  g_assert_true (koers_store_set_answer (f->store, id, "domain:mental-health", -1, &error));
  g_assert_true (koers_store_discard_assessment (f->store, id, &error));
  g_assert_null (koers_store_get_assessment (f->store, id, NULL));
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(KoersAssessment) back = koers_store_get_assessment (f->store, id, &error);
    g_assert_no_error (error);
    g_assert_false (koers_assessment_is_finished (back));
  }
}

static const char *version_2 =
  "[Score List]\nId=koers-return-vulnerability\nVersion=2\nTitle=Score list v2\n"
  "[Domain health]\nTitle=Health (v2)\nWeight=1\nRating1=1\nRating2=2\nRating3=3\nRating4=4\nRating5=5\n";

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) imported = NULL;
  g_autoptr(KoersAssessment) old = NULL;
  g_autoptr(KoersAssessment) fresh = NULL;
  gint64 old_id, new_id;

  old_id = assess (f, 3, NULL);
  g_assert_true (koers_store_finish_assessment (f->store, old_id, NULL, &error));

  imported = koers_store_import_score_list (f->store, version_2, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_score_list_get_version (imported), ==, 2);

  /* The same version again is refused, with a message that says what to do. */
  g_assert_null (koers_store_import_score_list (f->store, version_2, -1, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "higher version"));
  g_clear_error (&error);
  /* A broken file says what is wrong, and changes nothing. */
  g_assert_null (koers_store_import_score_list (f->store, "[Score List]\nId=x\n", -1, &error));
  g_assert_error (error, KOERS_SCORE_LIST_ERROR, KOERS_SCORE_LIST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM score_list"), ==, 2);

  /* New assessments use version 2; the old one reads as it was made. */
  new_id = koers_store_start_assessment (f->store, f->id, NULL, &error);
  fresh = koers_store_get_assessment (f->store, new_id, &error);
  g_assert_cmpint (koers_score_list_get_version (koers_assessment_get_list (fresh)), ==, 2);
  g_assert_cmpstr (koers_score_list_get_domain (koers_assessment_get_list (fresh), 0)->title, ==,
                   "Health (v2)");
  old = koers_store_get_assessment (f->store, old_id, &error);
  g_assert_cmpint (koers_score_list_get_version (koers_assessment_get_list (old)), ==, 1);
  g_assert_cmpuint (koers_score_list_get_n_domains (koers_assessment_get_list (old)), ==, 10);
  g_assert_cmpint (koers_assessment_get_rating (old, 0), ==, 3);
}

static void
test_target_group_by_hand (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  gint64 id;

  /* Set by hand with a reason; an assessment after that leaves it alone. */
  g_assert_true (koers_store_set_target_group (f->store, f->id, KOERS_TARGET_GROUP_2B,
                                               "Pregnant; the list is not filled in yet", &error));
  g_assert_no_error (error);
  id = assess (f, 5, NULL);
  koers_store_finish_assessment (f->store, id, NULL, &error);
  g_assert_no_error (error);
  p = koers_store_get_participant (f->store, f->id, &error);
  g_assert_cmpint (koers_participant_get_target_group (p), ==, KOERS_TARGET_GROUP_2B);
  g_assert_true (koers_participant_is_target_group_by_hand (p));
  {
    g_autofree char *label = koers_participant_dup_target_group_label (p);
    g_assert_cmpstr (label, ==, "2b (by hand)");
  }

  /* Without a reason it follows the list again: the low category gives 2a. */
  g_assert_true (koers_store_set_target_group (f->store, f->id, KOERS_TARGET_GROUP_2B, "  ",
                                               &error));
  g_assert_cmpint (target_group (f), ==, KOERS_TARGET_GROUP_2A);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) due = NULL;
  gint64 counts[5];
  gint64 others[3];
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "X",
                                                    "phase-since", "2026-01-05", NULL);
      koers_store_add_participant (f->store, p, &error);
      others[i] = koers_participant_get_id (p);
    }
  /* Amina: severe, recent. Others[0]: low but seven months ago. Others[1]: none. Others[2]:
   * none, but not active: not counted. */
  id = assess (f, 1, NULL);
  koers_store_finish_assessment (f->store, id, NULL, &error);
  f->id = others[0];
  id = assess (f, 5, "2026-04-01");
  koers_store_finish_assessment (f->store, id, "2026-04-20", &error);
  g_assert_no_error (error);
  koers_store_end_trajectory (f->store, others[2], KOERS_STATUS_DROPPED_OUT, NULL, "Moved", &error);
  g_assert_no_error (error);

  due = koers_store_get_score_overview (f->store, counts, &error);
  g_assert_no_error (error);
  g_assert_cmpint (counts[KOERS_SCORE_CATEGORY_LOW], ==, 1);
  g_assert_cmpint (counts[KOERS_SCORE_CATEGORY_MODERATE], ==, 0);
  g_assert_cmpint (counts[KOERS_SCORE_CATEGORY_HIGH], ==, 0);
  g_assert_cmpint (counts[KOERS_SCORE_CATEGORY_SEVERE], ==, 1);
  g_assert_cmpint (counts[4], ==, 1);
  /* Without an assessment first, then the oldest. */
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpint (g_array_index (due, gint64, 0), ==, others[1]);
  g_assert_cmpint (g_array_index (due, gint64, 1), ==, others[0]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/assessments/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("first-use", test_first_use);
  ADD ("finish-sets-target-group", test_finish_sets_target_group);
  ADD ("answers-checked", test_answers_checked);
  ADD ("versions", test_versions);
  ADD ("target-group-by-hand", test_target_group_by_hand);
  ADD ("overview", test_overview);
#undef ADD

  return g_test_run ();
}
