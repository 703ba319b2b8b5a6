/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "koers-score-list.h"
#include "koers-test-utils.h"

/* The score list as data and the scoring rules: every rule and boundary of
 * koers_score_compute() in one table, and what a broken definition says. */

/* Three scored domains (weights 1, 1, 2) and one recorded only; two red flags; two
 * protective factors of 6 and 7 points with the usual cap of 10. With weights 1+1+2 the
 * index moves in steps of 100 / 16 = 6.25 per point of weighted need. */
static const char *rules_list =
  "[Score List]\n"
  "Id=test\nVersion=3\nTitle=Test list\nTitle[nl]=Testlijst\n"
  "Moderate=25\nHigh=50\nSevere=75\nProtectiveCap=10\n"
  "[Domain a]\nTitle=A\nWeight=1\nRating1=a1\nRating2=a2\nRating3=a3\nRating4=a4\nRating5=a5\nActions=act-a\n"
  "[Domain b]\nTitle=B\nWeight=1\nRating1=b1\nRating2=b2\nRating3=b3\nRating4=b4\nRating5=b5\n"
  "[Domain c]\nTitle=C\nWeight=2\nRating1=c1\nRating2=c2\nRating3=c3\nRating4=c4\nRating5=c5\nActions=act-c;act-a\n"
  "[Domain readiness]\nTitle=Readiness\nWeight=0\nRating1=r1\nRating2=r2\nRating3=r3\nRating4=r4\nRating5=r5\n"
  "[Flag trafficking]\nTitle=Trafficking\nActions=act-safety\n"
  "[Flag minor]\nTitle=Minor\n"
  "[Protective family]\nTitle=Family\nPoints=6\n"
  "[Protective work]\nTitle=Work\nPoints=7\n"
  "[Action act-a]\nTitle=Do A\nObstacleKind=medical\n"
  "[Action act-c]\nTitle=Do C\n"
  "[Action act-safety]\nTitle=Safety check\nObstacleKind=safety\n";

typedef struct {
  const char         *name;
  int                 ratings[4];   /* a, b, c, readiness; 0 = not answered */
  gboolean            flags[2];
  gboolean            protective[2];
  double              index;
  KoersScoreCategory  category;
  gboolean            incomplete;
} Case;

#define L KOERS_SCORE_CATEGORY_LOW
#define M KOERS_SCORE_CATEGORY_MODERATE
#define H KOERS_SCORE_CATEGORY_HIGH
#define S KOERS_SCORE_CATEGORY_SEVERE

static const Case cases[] = {
  /* need = 5 − rating; index = 100 × Σ w·need / Σ w·4 = 6.25 × Σ w·need here */
  { "all self-reliant", { 5, 5, 5, 5 }, { 0, 0 }, { 0, 0 }, 0, L, FALSE },
  { "one step of need", { 4, 5, 5, 0 }, { 0, 0 }, { 0, 0 }, 6.25, L, FALSE },
  { "just below moderate", { 3, 4, 5, 0 }, { 0, 0 }, { 0, 0 }, 18.75, L, FALSE },
  { "exactly moderate", { 4, 4, 4, 0 }, { 0, 0 }, { 0, 0 }, 25, M, FALSE },
  { "just below high", { 3, 4, 3, 0 }, { 0, 0 }, { 0, 0 }, 43.75, M, FALSE },
  { "exactly high", { 3, 3, 3, 5 }, { 0, 0 }, { 0, 0 }, 50, H, FALSE },
  { "just below severe", { 2, 3, 2, 0 }, { 0, 0 }, { 0, 0 }, 68.75, H, FALSE },
  { "exactly severe", { 2, 2, 2, 0 }, { 0, 0 }, { 0, 0 }, 75, S, FALSE },
  { "severe by the index", { 2, 2, 1, 0 }, { 0, 0 }, { 0, 0 }, 87.5, S, FALSE },
  { "maximum need", { 1, 1, 1, 1 }, { 0, 0 }, { 0, 0 }, 100, S, FALSE },
  /* a scored domain rated 1 makes it at least high */
  { "acute domain lifts moderate to high", { 1, 5, 5, 0 }, { 0, 0 }, { 0, 0 }, 25, H, FALSE },
  { "acute in the unscored domain does not count", { 5, 5, 5, 1 }, { 0, 0 }, { 0, 0 }, 0, L, FALSE },
  /* red flags make it severe, whatever else */
  { "red flag on a self-reliant person", { 5, 5, 5, 5 }, { 1, 0 }, { 0, 0 }, 0, S, FALSE },
  { "second red flag alone", { 5, 5, 5, 0 }, { 0, 1 }, { 1, 1 }, 0, S, FALSE },
  { "red flag with nothing answered", { 0, 0, 0, 0 }, { 1, 0 }, { 0, 0 }, 0, S, TRUE },
  /* protective factors: their points off, at most 10, not below 0, never cancelling */
  { "protective 6 points", { 3, 4, 3, 0 }, { 0, 0 }, { 1, 0 }, 37.75, M, FALSE },
  { "protective 7 points crosses a threshold", { 4, 4, 4, 0 }, { 0, 0 }, { 0, 1 }, 18, L, FALSE },
  { "protective 6 + 7 capped at 10", { 2, 2, 2, 0 }, { 0, 0 }, { 1, 1 }, 65, H, FALSE },
  { "protective never below 0", { 4, 5, 5, 0 }, { 0, 0 }, { 1, 1 }, 0, L, FALSE },
  { "protective does not cancel acute", { 1, 5, 5, 0 }, { 0, 0 }, { 1, 1 }, 15, H, FALSE },
  { "protective does not cancel a red flag", { 5, 5, 5, 0 }, { 1, 0 }, { 1, 1 }, 0, S, FALSE },
  /* unanswered domains are unknown: left out of the index, assessment incomplete */
  { "nothing answered", { 0, 0, 0, 0 }, { 0, 0 }, { 0, 0 }, 0, L, TRUE },
  { "only c answered", { 0, 0, 3, 0 }, { 0, 0 }, { 0, 0 }, 50, H, TRUE },
  { "readiness unanswered is not incomplete", { 5, 5, 5, 0 }, { 0, 0 }, { 0, 0 }, 0, L, FALSE },
  { "ratings out of range count as unanswered", { 6, -1, 4, 0 }, { 0, 0 }, { 0, 0 }, 25, M, TRUE },
};

#undef L
#undef M
#undef H
#undef S

static KoersScoreList *
load (const char *text)
{
  g_autoptr(GError) error = NULL;
  KoersScoreList *list = koers_score_list_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static void
test_rules (void)
{
  g_autoptr(KoersScoreList) list = load (rules_list);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      KoersScoreResult result;

      koers_score_compute (list, c->ratings, c->flags, c->protective, &result);
      g_test_message ("%s: index %.2f category %d incomplete %d", c->name, result.index,
                      result.category, result.incomplete);
      g_assert_cmpfloat_with_epsilon (result.index, c->index, 1e-9);
      g_assert_cmpint (result.category, ==, c->category);
      g_assert_cmpint (result.incomplete, ==, c->incomplete);
    }
}

/* The boundaries themselves: the first index of each category belongs to it. */
static void
test_thresholds (void)
{
  g_autoptr(KoersScoreList) list = load (rules_list);
  struct { int ratings[4]; double index; KoersScoreCategory category; } edges[] = {
    { { 4, 4, 4, 0 }, 25, KOERS_SCORE_CATEGORY_MODERATE },
    { { 3, 3, 3, 0 }, 50, KOERS_SCORE_CATEGORY_HIGH },
    { { 2, 2, 2, 0 }, 75, KOERS_SCORE_CATEGORY_SEVERE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      KoersScoreResult result;
      int below[4];

      koers_score_compute (list, edges[i].ratings, NULL, NULL, &result);
      g_assert_cmpfloat_with_epsilon (result.index, edges[i].index, 1e-9);
      g_assert_cmpint (result.index_category, ==, edges[i].category);

      /* One step less need in the heaviest domain drops below the threshold. */
      memcpy (below, edges[i].ratings, sizeof below);
      below[2]++;
      koers_score_compute (list, below, NULL, NULL, &result);
      g_assert_cmpfloat (result.index, <, edges[i].index);
      g_assert_cmpint (result.index_category, ==, edges[i].category - 1);
    }
}

static void
test_explain_and_actions (void)
{
  g_autoptr(KoersScoreList) list = load (rules_list);
  int ratings[4] = { 1, 3, 2, 0 };
  gboolean flags[2] = { TRUE, FALSE };
  gboolean protective[2] = { TRUE, TRUE };
  KoersScoreResult result;
  g_autoptr(GPtrArray) why = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  koers_score_compute (list, ratings, flags, protective, &result);
  g_assert_true (result.red_flag);
  g_assert_true (result.acute);
  g_assert_cmpint (result.protective_points, ==, 10);
  why = koers_score_explain (list, ratings, flags, protective, &result);
  g_assert_cmpuint (why->len, ==, 5);
  g_assert_cmpstr (why->pdata[0], ==, "Red flag: Trafficking");
  g_assert_cmpstr (why->pdata[1], ==, "A: acute (rated 1)");
  /* C (weight 2, need 3) weighs more than B (weight 1, need 2). */
  g_assert_cmpstr (why->pdata[2], ==, "C: rated 2, weight 2");
  g_assert_cmpstr (why->pdata[3], ==, "B: rated 3, weight 1");
  g_assert_cmpstr (why->pdata[4], ==, "Protective factors: 10 points off (at most 10)");

  /* Rated 1 or 2, or a ticked flag; each action once, in list order. */
  actions = koers_score_suggest_actions (list, ratings, flags);
  g_assert_cmpuint (actions->len, ==, 3);
  g_assert_cmpstr (((KoersScoreAction *) actions->pdata[0])->id, ==, "act-a");
  g_assert_cmpint (((KoersScoreAction *) actions->pdata[0])->obstacle_kind, ==,
                   KOERS_OBSTACLE_KIND_MEDICAL);
  g_assert_cmpstr (((KoersScoreAction *) actions->pdata[1])->id, ==, "act-c");
  g_assert_cmpint (((KoersScoreAction *) actions->pdata[1])->obstacle_kind, ==,
                   KOERS_OBSTACLE_KIND_OTHER);
  g_assert_cmpstr (((KoersScoreAction *) actions->pdata[2])->id, ==, "act-safety");
}

static void
test_translations (void)
{
  g_autoptr(KoersScoreList) english = NULL;
  g_autoptr(KoersScoreList) dutch = NULL;

  g_setenv ("LANGUAGE", "nl", TRUE);
  dutch = load (rules_list);
  g_setenv ("LANGUAGE", "C", TRUE);
  english = load (rules_list);
  g_assert_cmpstr (koers_score_list_get_title (dutch), ==, "Testlijst");
  g_assert_cmpstr (koers_score_list_get_title (english), ==, "Test list");
  /* Without a translation, the English text. */
  g_assert_cmpstr (koers_score_list_get_domain (dutch, 0)->title, ==, "A");
  g_assert_cmpint (koers_score_list_get_version (dutch), ==, 3);
}

/* The list that ships with Koers: the areas of the seed, the five decisive flags, complete
 * Dutch, every referenced action defined. */
static void
test_shipped_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  const char *flags[] = { "trafficking", "treatment-unavailable", "acute-psychiatric",
                          "pregnant-or-minor", "no-safe-reception" };
  guint scored = 0, unscored = 0;

  g_setenv ("LANGUAGE", "nl", TRUE);
  list = koers_score_list_new_default (&error);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_score_list_get_title (list), ==, "Scorelijst voor terugkeer");
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      const KoersScoreDomain *d = koers_score_list_get_domain (list, i);
      if (d->weight > 0)
        scored++;
      else
        unscored++;
    }
  g_assert_cmpuint (scored, ==, 9);
  g_assert_cmpuint (unscored, ==, 1);   /* return readiness: recorded, not scored */
  g_assert_cmpuint (koers_score_list_get_n_flags (list), ==, G_N_ELEMENTS (flags));
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    g_assert_cmpstr (koers_score_list_get_flag (list, i)->id, ==, flags[i]);
  g_assert_cmpuint (koers_score_list_get_n_protective (list), >=, 3);
  g_assert_cmpfloat (koers_score_list_get_threshold (list, KOERS_SCORE_CATEGORY_HIGH), ==, 50);
}

static void
test_broken (void)
{
  struct { const char *text; const char *message; } broken[] = {
    { "not a key file at all {", "The score list cannot be read" },
    { "[Something]\nId=x\n", "This is not a score list" },
    { "[Score List]\nVersion=1\nTitle=T\n", "[Score List] has no Id." },
    { "[Score List]\nId=x\nVersion=one\nTitle=T\n", "Version of [Score List] must be a whole number" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\nModerate=60\nHigh=50\n", "The thresholds must rise" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Domain a]\nTitle=A\nWeight=9\n", "Weight of [Domain a]" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Domain a]\nTitle=A\nWeight=1\nRating1=1\nRating2=2\nRating3=3\nRating4=4\n",
      "[Domain a] has no Rating5." },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Domain a]\nTitle=A\nWeight=1\nRating1=1\nRating2=2\nRating3=3\nRating4=4\nRating5=5\nActions=nowhere\n",
      "suggests the action “nowhere”" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Domain a]\nTitle=A\nWeight=0\nRating1=1\nRating2=2\nRating3=3\nRating4=4\nRating5=5\n",
      "no domain with a weight above 0" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Action a]\nTitle=A\nObstacleKind=weather\n", "not a kind of obstacle" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Question a]\nTitle=A\n", "[Question a] is not a section" },
    { "[Score List]\nId=x\nVersion=1\nTitle=T\n[Flag f]\nTitle=\n", "[Flag f] has no Title." },
    { "[Score List]\nId=x\nVersion=1\nTitle=\xff\xfe\n", "not a text file in UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersScoreList) list = koers_score_list_new_from_data (broken[i].text, -1, &error);

      g_assert_null (list);
      g_assert_error (error, KOERS_SCORE_LIST_ERROR, KOERS_SCORE_LIST_ERROR_INVALID);
      if (strstr (error->message, broken[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, broken[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/rules", test_rules);
  g_test_add_func ("/score/thresholds", test_thresholds);
  g_test_add_func ("/score/explain-and-actions", test_explain_and_actions);
  g_test_add_func ("/score/translations", test_translations);
  g_test_add_func ("/score/shipped-list", test_shipped_list);
  g_test_add_func ("/score/broken", test_broken);

  return g_test_run ();
}
