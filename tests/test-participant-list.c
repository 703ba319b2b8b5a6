/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "koers-country.h"
#include "koers-participant-list.h"
#include "koers-test-utils.h"

#define N_DEMO 400

typedef struct {
  char                 *dir;
  KoersStore           *store;
  KoersParticipantList *list;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  f->dir = koers_test_make_dir ();
  f->store = koers_test_open_demo (f->dir, N_DEMO);
  f->list = koers_participant_list_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->list), (gpointer *) &f->list);
  g_object_unref (f->list);
  g_assert_null (f->list);
  g_object_unref (f->store);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
}

static KoersParticipant *
item (Fixture *f,
      guint    position)
{
  KoersParticipant *p = g_list_model_get_item (G_LIST_MODEL (f->list), position);

  g_assert_nonnull (p);
  /* The model keeps its own reference in its page cache. */
  g_object_unref (p);
  return p;
}

static guint
n_items (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->list));
}

static void
test_all (Fixture       *f,
          gconstpointer  data)
{
  g_assert_cmpuint (n_items (f), ==, N_DEMO);
  g_assert_cmpint (koers_participant_list_get_total (f->list), ==, N_DEMO);
  g_assert_cmpstr (koers_participant_get_code (item (f, 0)), ==, "K-00001");
  g_assert_cmpstr (koers_participant_get_code (item (f, N_DEMO - 1)), ==, "K-00400");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->list), N_DEMO));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->list)) == KOERS_TYPE_PARTICIPANT);
}

static void
test_search_code (Fixture       *f,
                  gconstpointer  data)
{
  koers_participant_list_set_search (f->list, "k-00042");
  g_assert_cmpuint (n_items (f), ==, 1);
  g_assert_cmpstr (koers_participant_get_code (item (f, 0)), ==, "K-00042");
  /* The total stays the number in the database. */
  g_assert_cmpint (koers_participant_list_get_total (f->list), ==, N_DEMO);
}

static guint
count_where_country (Fixture    *f,
                     const char *code)
{
  g_autoptr(KoersParticipantList) all = koers_participant_list_new (f->store);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(KoersParticipant) p = g_list_model_get_item (G_LIST_MODEL (all), i);
      n += g_strcmp0 (koers_participant_get_country (p), code) == 0;
    }
  return n;
}

static void
test_search_country (Fixture       *f,
                     gconstpointer  data)
{
  guint expected = count_where_country (f, "ER");

  g_assert_cmpuint (expected, >, 0);
  koers_participant_list_set_search (f->list, "eritr");
  g_assert_cmpuint (n_items (f), >=, expected);
  /* Every Eritrean is found; anyone else only through their name. */
  {
    guint eritrean = 0;
    for (guint i = 0; i < n_items (f); i++)
      eritrean += g_strcmp0 (koers_participant_get_country (item (f, i)), "ER") == 0;
    g_assert_cmpuint (eritrean, ==, expected);
  }

  /* Word starts, not substrings: "ali" does not bring in everyone from Somalia or Mali. */
  koers_participant_list_set_search (f->list, "ali");
  for (guint i = 0; i < n_items (f); i++)
    {
      KoersParticipant *p = item (f, i);
      g_autofree char *name = koers_participant_dup_display_name (p);
      g_autofree char *key = koers_fold (name);
      g_autofree char *alias = koers_fold (koers_participant_get_alias (p));
      g_assert_true (strstr (key, "ali") || strstr (alias, "ali"));
    }
}

static void
test_search_name (Fixture       *f,
                  gconstpointer  data)
{
  KoersParticipant *target = item (f, 123);
  g_autofree char *upper = g_utf8_strup (koers_participant_get_family_name (target), -1);
  gboolean found = FALSE;

  /* Case does not matter, and two words must both match. */
  g_autofree char *query = g_strdup_printf ("%s  %s", koers_participant_get_given_name (target),
                                            upper);
  g_object_ref (target);
  koers_participant_list_set_search (f->list, query);
  g_assert_cmpuint (n_items (f), >=, 1);
  g_assert_cmpuint (n_items (f), <, N_DEMO);
  for (guint i = 0; i < n_items (f); i++)
    found |= koers_participant_get_id (item (f, i)) == koers_participant_get_id (target);
  g_assert_true (found);
  g_object_unref (target);

  /* Nothing matches: an empty list, and back to everyone when the search is cleared. */
  koers_participant_list_set_search (f->list, "zzqxj");
  g_assert_cmpuint (n_items (f), ==, 0);
  koers_participant_list_set_search (f->list, "");
  g_assert_cmpuint (n_items (f), ==, N_DEMO);
}

static void
test_search_hostile (Fixture       *f,
                     gconstpointer  data)
{
  const char *queries[] = { "%", "_", "\\", "'", "\"; DROP TABLE participant; --",
                            "' OR 1=1 --", "=HYPERLINK(\"x\")", "a%", "%a" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *needle = koers_fold (queries[i]);

      koers_participant_list_set_search (f->list, queries[i]);
      /* Wildcards and quotes are plain characters: whatever is found contains them
       * (an apostrophe occurs in some names, such as N'Diaye). */
      g_assert_cmpuint (n_items (f), <, 10);
      for (guint j = 0; j < n_items (f); j++)
        {
          KoersParticipant *p = item (f, j);
          g_autofree char *name = koers_participant_dup_display_name (p);
          g_autofree char *text = g_strconcat (name, " ", koers_participant_get_alias (p), NULL);
          g_autofree char *key = koers_fold (text);
          g_assert_nonnull (strstr (key, needle));
        }
    }
  /* Text that is not UTF-8 searches for nothing, so the whole list shows. */
  koers_participant_list_set_search (f->list, "\xff\xfe");
  g_assert_cmpuint (n_items (f), ==, N_DEMO);
  koers_participant_list_set_search (f->list, NULL);
  g_assert_cmpuint (n_items (f), ==, N_DEMO);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT,
                                                "given-name", "Zewdi", "family-name", "Kidane",
                                                NULL);
  guint calls = 0;

  g_signal_connect (f->list, "items-changed", G_CALLBACK (on_items_changed), &calls);
  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (n_items (f), ==, N_DEMO + 1);
  g_assert_cmpint (koers_participant_list_get_total (f->list), ==, N_DEMO + 1);
  g_assert_cmpstr (koers_participant_get_code (item (f, N_DEMO)), ==, "K-00401");
}

static int
phase_rank (KoersParticipant *p)
{
  return koers_participant_get_phase (p);
}

/* Compares two neighbours by what the column shows; NULL-like values sort last. */
static int
compare_by (KoersParticipantColumn  column,
            KoersParticipant       *a,
            KoersParticipant       *b)
{
  switch (column)
    {
    case KOERS_PARTICIPANT_COLUMN_CODE:
      return (koers_participant_get_id (a) > koers_participant_get_id (b))
             - (koers_participant_get_id (a) < koers_participant_get_id (b));
    case KOERS_PARTICIPANT_COLUMN_NAME:
      {
        g_autofree char *na = koers_participant_dup_display_name (a);
        g_autofree char *nb = koers_participant_dup_display_name (b);
        g_autofree char *ka = koers_fold (na);
        g_autofree char *kb = koers_fold (nb);
        return strcmp (ka, kb);
      }
    case KOERS_PARTICIPANT_COLUMN_COUNTRY:
      {
        g_autofree char *ka = koers_fold (koers_country_get_name (koers_participant_get_country (a)));
        g_autofree char *kb = koers_fold (koers_country_get_name (koers_participant_get_country (b)));
        return strcmp (ka, kb);
      }
    case KOERS_PARTICIPANT_COLUMN_PHASE:
      return phase_rank (a) - phase_rank (b);
    case KOERS_PARTICIPANT_COLUMN_TARGET_GROUP:
      {
        int ga = koers_participant_get_target_group (a), gb = koers_participant_get_target_group (b);
        ga = ga == KOERS_TARGET_GROUP_UNKNOWN ? 3 : ga;
        gb = gb == KOERS_TARGET_GROUP_UNKNOWN ? 3 : gb;
        return ga - gb;
      }
    case KOERS_PARTICIPANT_COLUMN_CASE_MANAGER:
      return g_ascii_strcasecmp (koers_participant_get_case_manager_name (a),
                                 koers_participant_get_case_manager_name (b));
    case KOERS_PARTICIPANT_COLUMN_DAYS_IN_PHASE:
      return koers_participant_get_days_in_phase (a) - koers_participant_get_days_in_phase (b);
    default:
      g_assert_not_reached ();
    }
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  for (KoersParticipantColumn column = KOERS_PARTICIPANT_COLUMN_CODE;
       column <= KOERS_PARTICIPANT_COLUMN_DAYS_IN_PHASE; column++)
    for (int descending = 0; descending <= 1; descending++)
      {
        guint changes = 0;

        koers_participant_list_set_sort (f->list, column, descending);
        g_assert_cmpint (koers_participant_list_get_sort_column (f->list), ==, column);
        g_assert_cmpuint (n_items (f), ==, N_DEMO);
        for (guint i = 1; i < n_items (f); i++)
          {
            int order = compare_by (column, item (f, i - 1), item (f, i));
            if (descending)
              order = -order;
            if (order > 0)
              g_error ("column %d %s: rows %u and %u out of order", column,
                       descending ? "descending" : "ascending", i - 1, i);
            changes += order != 0;
          }
        /* The order is not trivially constant. */
        g_assert_cmpuint (changes, >, 1);
      }
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  KoersParticipantFilter filter;
  guint overdue = 0, intake_2b = 0;
  gint64 manager;

  /* Count by hand over everyone first. */
  for (guint i = 0; i < n_items (f); i++)
    {
      KoersParticipant *p = item (f, i);
      overdue += koers_participant_is_overdue (p);
      intake_2b += koers_participant_get_phase (p) == KOERS_PHASE_INTAKE
                   && koers_participant_get_target_group (p) == KOERS_TARGET_GROUP_2B;
    }
  g_assert_cmpuint (overdue, >, 0);
  manager = koers_participant_get_case_manager_id (item (f, 0));

  koers_participant_filter_init (&filter);
  g_assert_false (koers_participant_filter_is_active (&filter));
  filter.phase = KOERS_PHASE_INTAKE;
  filter.target_group = KOERS_TARGET_GROUP_2B;
  g_assert_true (koers_participant_filter_is_active (&filter));
  koers_participant_list_set_filter (f->list, &filter);
  g_assert_cmpuint (n_items (f), ==, intake_2b);

  koers_participant_filter_init (&filter);
  filter.overdue_only = TRUE;
  koers_participant_list_set_filter (f->list, &filter);
  g_assert_cmpuint (n_items (f), ==, overdue);
  for (guint i = 0; i < n_items (f); i++)
    g_assert_true (koers_participant_is_overdue (item (f, i)));

  koers_participant_filter_init (&filter);
  filter.case_manager_id = manager;
  filter.status = KOERS_STATUS_ACTIVE;
  koers_participant_list_set_filter (f->list, &filter);
  g_assert_cmpuint (n_items (f), >, 0);
  for (guint i = 0; i < n_items (f); i++)
    {
      g_assert_cmpint (koers_participant_get_case_manager_id (item (f, i)), ==, manager);
      g_assert_cmpint (koers_participant_get_status (item (f, i)), ==, KOERS_STATUS_ACTIVE);
    }

  /* Filter and search together. */
  koers_participant_list_set_search (f->list, "k-0001");
  for (guint i = 0; i < n_items (f); i++)
    g_assert_true (g_str_has_prefix (koers_participant_get_code (item (f, i)), "K-0001"));

  koers_participant_filter_init (&filter);
  koers_participant_list_set_filter (f->list, &filter);
  koers_participant_list_set_search (f->list, NULL);
  g_assert_cmpuint (n_items (f), ==, N_DEMO);
}

static void
test_search_translated_country (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = koers_test_make_dir ();
      g_autoptr(KoersStore) store = NULL;
      g_autoptr(KoersParticipantList) list = NULL;

      g_setenv ("LANGUAGE", "nl", TRUE);
      setlocale (LC_ALL, "");
      /* Without Debian's translations of country names there is nothing to test. */
      if (g_strcmp0 (koers_country_get_name ("SY"), "Syrië") != 0)
        {
          g_test_message ("iso-codes has no Dutch names here");
          koers_test_remove_dir (dir);
          return;
        }
      store = koers_test_open_demo (dir, N_DEMO);
      list = koers_participant_list_new (store);
      koers_participant_list_set_search (list, "syrie");
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(KoersParticipant) p = g_list_model_get_item (G_LIST_MODEL (list), i);
          g_assert_cmpstr (koers_participant_get_country (p), ==, "SY");
        }
      g_clear_object (&list);
      g_clear_object (&store);
      koers_test_remove_dir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/participant-list/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("all", test_all);
  ADD ("search/code", test_search_code);
  ADD ("search/country", test_search_country);
  ADD ("search/name", test_search_name);
  ADD ("search/hostile", test_search_hostile);
  ADD ("follows-store", test_follows_store);
  ADD ("sort", test_sort);
  ADD ("filter", test_filter);
#undef ADD
  g_test_add_func ("/participant-list/search/translated-country", test_search_translated_country);

  return g_test_run ();
}
