/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-demo-names.h"
#include "koers-demo.h"
#include "koers-store-private.h"

/* Fictional demonstration data, the same for the same seed and the same day (KOERS_TODAY):
 * for training, screenshots and benchmarks. Every name is drawn at random from common given
 * and family names, so no person in it exists. */

#define HISTORY_DAYS 730

typedef struct {
  GRand         *rand;
  GDate         *today;
  GArray        *case_managers;   /* gint64 staff ids */
  guint          total_weight;
  KoersScoreList *score_list;
} Demo;

static const char *
pick (GRand             *rand,
      const char *const *names)
{
  guint n = g_strv_length ((char **) names);

  if (n == 0)
    return "";
  return names[g_rand_int_range (rand, 0, n)];
}

static const KoersDemoCountry *
pick_country (Demo *demo)
{
  const KoersDemoCountry *countries = koers_demo_countries ();
  guint target = g_rand_int_range (demo->rand, 0, demo->total_weight);

  for (guint i = 0; countries[i].country != NULL; i++)
    {
      if (target < countries[i].weight)
        return &countries[i];
      target -= countries[i].weight;
    }
  return &countries[0];
}

static gboolean
add_staff (Demo        *demo,
           KoersStore  *store,
           GError     **error)
{
  static const KoersStaffRole roles[] = {
    KOERS_STAFF_ROLE_PROJECT_MANAGER, KOERS_STAFF_ROLE_CASE_MANAGER,
    KOERS_STAFF_ROLE_CASE_MANAGER, KOERS_STAFF_ROLE_PROJECT_MANAGER,
    KOERS_STAFF_ROLE_CASE_MANAGER, KOERS_STAFF_ROLE_TRAINER, KOERS_STAFF_ROLE_TRAINER,
    KOERS_STAFF_ROLE_VOLUNTEER, KOERS_STAFF_ROLE_VOLUNTEER, KOERS_STAFF_ROLE_DIRECTOR,
    KOERS_STAFF_ROLE_CASE_MANAGER, KOERS_STAFF_ROLE_TRAINER,
  };
  const char *const *names = koers_demo_staff_names ();

  for (guint i = 0; i < G_N_ELEMENTS (roles) && names[i] != NULL; i++)
    {
      gint64 id = koers_store_add_staff (store, names[i], roles[i], error);

      if (id == 0)
        return FALSE;
      if (roles[i] == KOERS_STAFF_ROLE_CASE_MANAGER
          || roles[i] == KOERS_STAFF_ROLE_PROJECT_MANAGER)
        g_array_append_val (demo->case_managers, id);
    }
  return TRUE;
}

static char *
birth_date (Demo *demo)
{
  int year = g_date_get_year (demo->today) - g_rand_int_range (demo->rand, 18, 62);

  /* Often only the year is known. */
  if (g_rand_int_range (demo->rand, 0, 100) < 40)
    return g_strdup_printf ("%04d", year);
  return g_strdup_printf ("%04d-%02d-%02d", year, g_rand_int_range (demo->rand, 1, 13),
                          g_rand_int_range (demo->rand, 1, 29));
}

/* Typical days spent in each phase; 2b takes about twice as long. */
static int
phase_length (Demo       *demo,
              KoersPhase  phase,
              gboolean    vulnerable)
{
  static const int range[KOERS_N_PHASES][2] = {
    [KOERS_PHASE_OUTREACH] = { 7, 90 },
    [KOERS_PHASE_INTAKE] = { 14, 80 },
    [KOERS_PHASE_EMPOWERMENT] = { 20, 100 },
    [KOERS_PHASE_TRAINING] = { 30, 160 },
    [KOERS_PHASE_HANDOVER] = { 14, 70 },
    [KOERS_PHASE_DEPARTED] = { 1, 14 },
    [KOERS_PHASE_MONITORING] = { 300, 400 },
    [KOERS_PHASE_CLOSED] = { 1000, 1001 },
  };
  int days = g_rand_int_range (demo->rand, range[phase][0], range[phase][1]);

  if (vulnerable && phase <= KOERS_PHASE_HANDOVER)
    days *= 2;
  return days;
}

/* A few obstacles and contact notes, dated between the start and today. */
static gboolean
add_dossier_entries (Demo        *demo,
                     KoersStore  *store,
                     gint64       participant_id,
                     const char  *start,
                     gint64       author_id,
                     GError     **error)
{
  static const struct {
    KoersObstacleKind kind;
    const char       *text;
  } obstacles[] = {
    { KOERS_OBSTACLE_KIND_DOCUMENTS, "No passport; embassy appointment needed" },
    { KOERS_OBSTACLE_KIND_MEDICAL, "Needs medication that may not be available at home" },
    { KOERS_OBSTACLE_KIND_DEBTS, "Debts to a relative who paid for the journey" },
    { KOERS_OBSTACLE_KIND_FAMILY, "Family expects money; fears losing face" },
    { KOERS_OBSTACLE_KIND_HOUSING, "No place to stay on arrival" },
    { KOERS_OBSTACLE_KIND_MOTIVATION, "Doubts about returning after a bad week" },
  };
  static const struct {
    KoersNoteKind kind;
    const char   *text;
  } notes[] = {
    { KOERS_NOTE_KIND_MEETING, "First conversation about the future; interested in the trainings." },
    { KOERS_NOTE_KIND_CALL, "Called to confirm the appointment at the embassy." },
    { KOERS_NOTE_KIND_EMPOWERMENT_SESSION, "Talked about strengths and a small shop at home." },
    { KOERS_NOTE_KIND_TRAINING_TALK, "Follows the small-business training well; asks good questions." },
  };
  g_autoptr(GDate) from = koers_date_parse_iso (start);
  int span = g_date_days_between (from, demo->today);
  int n_obstacles = g_rand_int_range (demo->rand, 0, 3);
  int n_notes = g_rand_int_range (demo->rand, 0, 4);

  for (int i = 0; i < n_obstacles; i++)
    {
      g_autoptr(GDate) day = g_date_copy (from);
      g_autofree char *when = NULL;
      guint which = g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (obstacles));
      gint64 id;

      g_date_add_days (day, span > 0 ? g_rand_int_range (demo->rand, 0, span + 1) : 0);
      when = koers_date_to_iso (day);
      id = koers_store_add_obstacle (store, participant_id, obstacles[which].kind,
                                     obstacles[which].text, when, error);
      if (id == 0)
        return FALSE;
      if (g_rand_boolean (demo->rand)
          && !koers_store_set_obstacle_status (store, id, KOERS_OBSTACLE_STATUS_RESOLVED, NULL,
                                               error))
        return FALSE;
    }
  for (int i = 0; i < n_notes; i++)
    {
      g_autoptr(GDate) day = g_date_copy (from);
      g_autofree char *when = NULL;
      guint which = g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (notes));

      g_date_add_days (day, span > 0 ? g_rand_int_range (demo->rand, 0, span + 1) : 0);
      when = koers_date_to_iso (day);
      if (koers_store_add_note (store, participant_id, when, notes[which].kind, author_id,
                                notes[which].text, error) == 0)
        return FALSE;
    }

  /* Most have had their passport checked; some have a plan and a business idea. */
  if (g_rand_int_range (demo->rand, 0, 100) < 70)
    {
      static const KoersDocumentStatus statuses[] = {
        KOERS_DOCUMENT_STATUS_PRESENT, KOERS_DOCUMENT_STATUS_REQUESTED,
        KOERS_DOCUMENT_STATUS_OBTAINED, KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE,
      };
      KoersDocumentStatus status = statuses[g_rand_int_range (demo->rand, 0, 4)];
      g_autofree char *requested = NULL;
      g_autofree char *obtained = NULL;

      if (status == KOERS_DOCUMENT_STATUS_REQUESTED || status == KOERS_DOCUMENT_STATUS_OBTAINED)
        requested = g_strdup (start);
      if (status == KOERS_DOCUMENT_STATUS_OBTAINED)
        obtained = koers_date_to_iso (demo->today);
      if (!koers_store_set_document (store, participant_id, KOERS_DOCUMENT_KIND_PASSPORT, status,
                                     requested, obtained, NULL, error))
        return FALSE;
    }
  if (g_rand_int_range (demo->rand, 0, 100) < 40)
    {
      static const char *const ideas[] = {
        "Small shop selling phone credit and accessories", "Tailoring workshop",
        "Poultry farm", "Vegetable market stall", "Taxi-motorbike service",
        "Hair salon", "Repair of mobile phones",
      };
      gint64 goal = koers_store_add_goal (store, participant_id, "Business ready to start", error);
      if (goal == 0
          || koers_store_add_action (store, goal, "Write the business plan with the trainer",
                                     "", NULL, error) == 0
          || !koers_store_set_business_field (store, participant_id, KOERS_BUSINESS_FIELD_IDEA,
                                              ideas[g_rand_int_range (demo->rand, 0,
                                                                      G_N_ELEMENTS (ideas))],
                                              0, error)
          || !koers_store_set_business_field (store, participant_id,
                                              KOERS_BUSINESS_FIELD_STARTUP_COSTS, NULL,
                                              g_rand_int_range (demo->rand, 300, 5000) * 100,
                                              error))
        return FALSE;
    }
  return TRUE;
}

/* Most have been assessed with the score list, about half of them as very vulnerable, as
 * in the organisation's own figures; the target group then follows the category. */
static gboolean
add_assessment (Demo        *demo,
                KoersStore  *store,
                gint64       participant_id,
                const char  *start,
                GError     **error)
{
  g_autoptr(GDate) from = koers_date_parse_iso (start);
  g_autoptr(GDate) day = NULL;
  g_autofree char *when = NULL;
  int span = g_date_days_between (from, demo->today);
  int base = g_rand_boolean (demo->rand) ? 2 : 4;   /* vulnerable or not, roughly */
  gint64 id;

  if (g_rand_int_range (demo->rand, 0, 100) >= 75)
    return TRUE;
  if (demo->score_list == NULL)
    {
      demo->score_list = koers_store_get_current_score_list (store, NULL, error);
      if (demo->score_list == NULL)
        return FALSE;
    }
  day = g_date_copy (from);
  g_date_add_days (day, span > 0 ? g_rand_int_range (demo->rand, 0, span + 1) : 0);
  when = koers_date_to_iso (day);
  id = koers_store_start_assessment (store, participant_id, when, error);
  if (id == 0)
    return FALSE;
  for (guint i = 0; i < koers_score_list_get_n_domains (demo->score_list); i++)
    {
      g_autofree char *item = koers_score_item_domain (koers_score_list_get_domain (demo->score_list, i)->id);
      int rating = CLAMP (base + g_rand_int_range (demo->rand, -1, 2), 1, 5);

      if (!koers_store_set_answer (store, id, item, rating, error))
        return FALSE;
    }
  if (g_rand_int_range (demo->rand, 0, 100) < 8)
    {
      g_autofree char *flag = koers_score_item_flag (koers_score_list_get_flag (demo->score_list,
        g_rand_int_range (demo->rand, 0, koers_score_list_get_n_flags (demo->score_list)))->id);
      if (!koers_store_set_answer (store, id, flag, 1, error))
        return FALSE;
    }
  return koers_store_finish_assessment (store, id, when, error);
}

static gboolean
add_participant (Demo        *demo,
                 KoersStore  *store,
                 GError     **error)
{
  const KoersDemoCountry *country = pick_country (demo);
  gboolean native = country->native != NULL
                    && (guint) g_rand_int_range (demo->rand, 0, 100) < country->native_percent;
  const KoersDemoNamePool *pool = native ? country->native : country->latin;
  int sex_roll = g_rand_int_range (demo->rand, 0, 100);
  KoersSex sex = sex_roll < 70 ? KOERS_SEX_MALE : sex_roll < 98 ? KOERS_SEX_FEMALE
                                                                : KOERS_SEX_UNKNOWN;
  const char *given = pick (demo->rand, sex == KOERS_SEX_FEMALE ? pool->female : pool->male);
  const char *family = pick (demo->rand, pool->family);
  const char *alias = g_rand_int_range (demo->rand, 0, 100) < 15
                      ? pick (demo->rand, country->latin->alias) : "";
  gboolean vulnerable = g_rand_boolean (demo->rand);
  int exit_roll = g_rand_int_range (demo->rand, 0, 100);
  KoersStatus status = KOERS_STATUS_ACTIVE;
  KoersPhase exit_phase = KOERS_PHASE_CLOSED;
  g_autoptr(GDate) day = g_date_copy (demo->today);
  g_autoptr(KoersParticipant) p = NULL;
  g_autofree char *born = birth_date (demo);
  g_autofree char *start = NULL;
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func (g_free);
  KoersTargetGroup group;
  KoersPhase phase = KOERS_PHASE_OUTREACH;
  static const int situation_weights[] = { 5, 40, 30, 15, 10 };
  int situation_roll = g_rand_int_range (demo->rand, 0, 100);
  KoersSituation situation = KOERS_SITUATION_UNKNOWN;
  gint64 case_manager = g_array_index (demo->case_managers, gint64,
                                       g_rand_int_range (demo->rand, 0,
                                                         demo->case_managers->len));

  for (guint i = 0; i < G_N_ELEMENTS (situation_weights); i++)
    {
      if (situation_roll < situation_weights[i])
        {
          situation = i;
          break;
        }
      situation_roll -= situation_weights[i];
    }

  /* About one in five trajectories ends another way than by return, at some phase before
   * departure. */
  if (exit_roll < 20)
    {
      static const KoersStatus exits[] = {
        KOERS_STATUS_DROPPED_OUT, KOERS_STATUS_DROPPED_OUT, KOERS_STATUS_DROPPED_OUT,
        KOERS_STATUS_LOST_CONTACT, KOERS_STATUS_LOST_CONTACT, KOERS_STATUS_TRANSFERRED,
        KOERS_STATUS_LEGAL_STATUS_CHANGED, KOERS_STATUS_DECEASED,
      };
      status = exits[g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (exits))];
      exit_phase = g_rand_int_range (demo->rand, KOERS_PHASE_OUTREACH, KOERS_PHASE_HANDOVER + 1);
    }

  g_date_subtract_days (day, g_rand_int_range (demo->rand, 0, HISTORY_DAYS));
  start = koers_date_to_iso (day);

  /* Walk the pipeline until today, or until the trajectory ended. */
  for (;;)
    {
      g_date_add_days (day, phase_length (demo, phase, vulnerable));
      if (g_date_compare (day, demo->today) > 0 || phase == KOERS_PHASE_CLOSED
          || phase == exit_phase)
        break;
      phase++;
      g_ptr_array_add (moves, koers_date_to_iso (day));
    }

  if (phase == KOERS_PHASE_OUTREACH)
    group = KOERS_TARGET_GROUP_UNKNOWN;
  else
    group = vulnerable ? KOERS_TARGET_GROUP_2B : KOERS_TARGET_GROUP_2A;
  if (phase == KOERS_PHASE_CLOSED && status == KOERS_STATUS_ACTIVE)
    status = KOERS_STATUS_COMPLETED;

  p = g_object_new (KOERS_TYPE_PARTICIPANT,
                    "given-name", given,
                    "family-name", family,
                    "alias", alias,
                    "sex", sex,
                    "birth-date", born,
                    "country", country->country,
                    "nationality", country->country,
                    "languages", country->languages,
                    "situation", situation,
                    "referrer", pick (demo->rand, koers_demo_referrers ()),
                    "target-group", group,
                    "status", status,
                    "phase", KOERS_PHASE_OUTREACH,
                    "phase-since", start,
                    "case-manager-id", case_manager,
                    NULL);
  if (!koers_store_add_participant (store, p, error))
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    if (!koers_store_move_phase (store, koers_participant_get_id (p), KOERS_PHASE_OUTREACH + i + 1,
                                 g_ptr_array_index (moves, i), error))
      return FALSE;

  return add_dossier_entries (demo, store, koers_participant_get_id (p), start, case_manager,
                              error)
         && add_assessment (demo, store, koers_participant_get_id (p), start, error);
}

/**
 * koers_demo_generate:
 * @store: an open store
 * @n_participants: how many fictional participants to add
 * @seed: the seed of the random generator
 * @error: return location for an error
 *
 * Adds a team of fictional staff and @n_participants fictional participants with names
 * in Latin, Arabic, Ge'ez and other scripts, from countries undocumented people in the
 * Netherlands often come from, spread over phases and dates of the last two years. All in
 * one transaction: on failure nothing is added.
 *
 * Returns: %TRUE on success.
 */
gboolean
koers_demo_generate (KoersStore  *store,
                     guint        n_participants,
                     guint32      seed,
                     GError     **error)
{
  Demo demo = { 0 };
  const KoersDemoCountry *countries = koers_demo_countries ();
  gboolean ok = FALSE;

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  demo.rand = g_rand_new_with_seed (seed);
  demo.today = koers_today ();
  demo.case_managers = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; countries[i].country != NULL; i++)
    demo.total_weight += countries[i].weight;

  /* Fictional people have no history worth keeping, and 5 000 of them would be 150 000
   * lines of it. */
  koers_store_set_audit_enabled (store, FALSE);
  if (koers_store_begin (store, error))
    {
      ok = add_staff (&demo, store, error);
      for (guint i = 0; ok && i < n_participants; i++)
        ok = add_participant (&demo, store, error);
      if (ok)
        ok = koers_store_commit (store, error);
      else
        koers_store_rollback (store);
    }
  koers_store_set_audit_enabled (store, TRUE);

  g_clear_object (&demo.score_list);
  g_rand_free (demo.rand);
  g_date_free (demo.today);
  g_array_unref (demo.case_managers);
  return ok;
}
