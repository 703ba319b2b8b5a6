/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-demo-names.h"
#include "koers-demo-private.h"
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
  GArray        *trainers;        /* gint64 staff ids: trainers and volunteers */
  GArray        *trainees;        /* Trainee: who passed through the training phases */
  guint          total_weight;
  KoersScoreList *score_list;
  GRand         *handover_rand;   /* its own, so the participants stay what they were */
  GArray        *partners;        /* gint64 partner ids, IOM and VluchtelingenWerk first */
} Demo;

/* A participant's time in empowerment and training, as Julian days; 0 for not (yet). */
typedef struct {
  gint64  id;
  guint32 from;       /* entered empowerment */
  guint32 training;   /* entered training */
  guint32 until;      /* left training or the trajectory ended; 0 while it lasts */
} Trainee;

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
      else if (roles[i] == KOERS_STAFF_ROLE_TRAINER || roles[i] == KOERS_STAFF_ROLE_VOLUNTEER)
        g_array_append_val (demo->trainers, id);
    }
  return TRUE;
}

static guint32
julian (const char *iso)
{
  g_autoptr(GDate) date = koers_date_parse_iso (iso);

  return g_date_get_julian (date);
}

static char *
iso_of_julian (guint32 day)
{
  g_autoptr(GDate) date = g_date_new_julian (day);

  return koers_date_to_iso (date);
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
                    /* A trajectory that ended another way ends after its moves, below. */
                    "status", status == KOERS_STATUS_COMPLETED ? status : KOERS_STATUS_ACTIVE,
                    "phase", KOERS_PHASE_OUTREACH,
                    "phase-since", start,
                    "case-manager-id", case_manager,
                    NULL);
  if (!koers_store_add_participant (store, p, error))
    return FALSE;

  for (guint i = 0; i < moves->len; i++)
    {
      KoersPhase to = KOERS_PHASE_OUTREACH + i + 1;

      /* A departure is the last step of the handover; a handover under way has its steps. */
      if (to == KOERS_PHASE_DEPARTED)
        {
          if (!koers_demo_add_handover (demo->handover_rand, store, demo->partners,
                                        koers_participant_get_id (p), moves->pdata[i - 1],
                                        moves->pdata[i], vulnerable, error))
            return FALSE;
          continue;
        }
      if (!koers_store_move_phase (store, koers_participant_get_id (p), to,
                                   g_ptr_array_index (moves, i), error))
        return FALSE;
      if (to == KOERS_PHASE_HANDOVER && i + 1 == moves->len && status == KOERS_STATUS_ACTIVE
          && !koers_demo_add_handover (demo->handover_rand, store, demo->partners,
                                       koers_participant_get_id (p), moves->pdata[i], NULL,
                                       vulnerable, error))
        return FALSE;
    }

  /* Empowerment is where a participant has committed to return; a trajectory that ended
   * another way ends on the day it left its phase (today at the latest). No random draws. */
  if (moves->len >= 2)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, moves->pdata[1]);
      if (!koers_store_update_participant (store, koers_participant_get_id (p),
                                           KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE, &value, error))
        return FALSE;
    }
  if (status != KOERS_STATUS_ACTIVE && status != KOERS_STATUS_COMPLETED)
    {
      static const char *const reasons[] = {
        [KOERS_STATUS_DROPPED_OUT] = "Decided not to go on with the trajectory",
        [KOERS_STATUS_TRANSFERRED] = "Transferred to a shelter in another city",
        [KOERS_STATUS_LEGAL_STATUS_CHANGED] = "Received a residence permit",
        [KOERS_STATUS_LOST_CONTACT] = "Phone disconnected, not seen at the shelter",
        [KOERS_STATUS_DECEASED] = "Deceased",
      };
      g_autofree char *ended = NULL;

      if (g_date_compare (day, demo->today) > 0)
        g_date_set_julian (day, g_date_get_julian (demo->today));
      ended = koers_date_to_iso (day);
      if (!koers_store_end_trajectory (store, koers_participant_get_id (p), status, ended,
                                       reasons[status], error))
        return FALSE;
    }

  /* Remember who reached empowerment, and when, for the courses; no random draws here, so
   * the participants stay what they were before there was training. */
  if (moves->len >= 2)
    {
      Trainee t = { koers_participant_get_id (p), julian (moves->pdata[1]), 0, 0 };

      if (moves->len >= 3)
        t.training = julian (moves->pdata[2]);
      if (moves->len >= 4)
        t.until = julian (moves->pdata[3]);
      else if (status != KOERS_STATUS_ACTIVE)
        t.until = MIN (g_date_get_julian (day), g_date_get_julian (demo->today));
      g_array_append_val (demo->trainees, t);
    }

  return add_dossier_entries (demo, store, koers_participant_get_id (p), start, case_manager,
                              error)
         && add_assessment (demo, store, koers_participant_get_id (p), start, error);
}

/* The course templates: the weekly trainings of the programme and a few special days. */
static const struct {
  KoersCourseKind kind;
  const char     *title;
  const char     *time;
  int             minutes;
} courses[] = {
  { KOERS_COURSE_KIND_SMALL_BUSINESS, "Small business training", "10:00", 180 },
  { KOERS_COURSE_KIND_SMALL_BUSINESS, "Small business training (evening)", "18:30", 150 },
  { KOERS_COURSE_KIND_EMPOWERMENT, "Empowerment group", "13:30", 120 },
  { KOERS_COURSE_KIND_EMPOWERMENT, "Empowerment for women", "10:30", 120 },
  { KOERS_COURSE_KIND_PERSONAL_MANAGEMENT, "Personal management", "14:00", 120 },
  { KOERS_COURSE_KIND_COVEY, "Seven habits (Covey)", "10:00", 150 },
  { KOERS_COURSE_KIND_ICT, "ICT basics: computer and phone", "13:00", 120 },
  { KOERS_COURSE_KIND_ICT, "ICT: spreadsheets for your shop", "15:30", 90 },
  { KOERS_COURSE_KIND_SALES, "Sales and customers", "10:00", 120 },
  { KOERS_COURSE_KIND_SOCIAL_BUSINESS, "Social business", "14:00", 120 },
  { KOERS_COURSE_KIND_ENGLISH, "English lessons, beginners", "09:30", 90 },
  { KOERS_COURSE_KIND_ENGLISH, "English lessons, intermediate", "11:15", 90 },
  { KOERS_COURSE_KIND_BUSINESS_PLAN, "Writing your business plan", "13:30", 150 },
  { KOERS_COURSE_KIND_PERSONAL_FINANCE, "Personal finance", "16:00", 90 },
  { KOERS_COURSE_KIND_PRODUCT_KNOWLEDGE, "Product knowledge: tailoring", "10:00", 180 },
  { KOERS_COURSE_KIND_PRODUCT_KNOWLEDGE, "Product knowledge: bicycle repair", "13:00", 180 },
  { KOERS_COURSE_KIND_INSTANT_BUSINESS, "Instant business", "10:00", 120 },
  { KOERS_COURSE_KIND_BUSINESS_FINANCE, "Bookkeeping for a small business", "19:00", 120 },
}, special_days[] = {
  { KOERS_COURSE_KIND_WORKSHOP, "Special day: market visit", "09:00", 420 },
  { KOERS_COURSE_KIND_WORKSHOP, "Special day: returnees tell their story", "13:00", 240 },
  { KOERS_COURSE_KIND_WORKSHOP, "Workshop: hygiene and food safety", "10:00", 300 },
  { KOERS_COURSE_KIND_OTHER, "Information afternoon on return support", "14:00", 180 },
};

static const char *const locations[] = {
  "Zaal 1", "Zaal 2", "Leslokaal boven", "Buurthuis De Pijp", "Wijkcentrum Oost",
  "Bibliotheek, cursusruimte", NULL,
};

static const char *const cancel_reasons[] = {
  "Trainer ill", "Public holiday", "Room not available", "Too few sign-ups this week",
  "Moved because of Eid", NULL,
};

static const char *const excuses[] = {
  "", "", "", "Ill", "Appointment at the embassy", "Appointment with the lawyer",
  "Looking after a child", NULL,
};

static const char *const hosts[] = {
  "Stadsboerderij Zuid", "Fietsenwerkplaats De Spaak", "Kleermakerij Naad & Zo",
  "Restaurant De Wereldkeuken", "Computerreparatie Oost", "Bakkerij Het Hoekje", NULL,
};

/* One participant's place in a course while the demo marks it. */
typedef struct {
  gint64      id;
  char       *start;   /* ISO dates */
  char       *end;     /* nullable */
  char       *stop;    /* from here on they stay away; nullable */
} Enrolled;

static void
enrolled_clear (Enrolled *e)
{
  g_free (e->start);
  g_free (e->end);
  g_free (e->stop);
}

static gboolean
mark_sessions (Demo        *demo,
               KoersStore  *store,
               gint64       course_id,
               GArray      *enrolled,
               const char  *today,
               GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  int rc;

  {
    g_autoptr(KoersStmt) stmt =
      koers_store_prepare (store, "SELECT id, session_date FROM training_session "
                                  "WHERE course_id = ?1 AND session_date < ?2 "
                                  "ORDER BY session_date", error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, course_id);
    koers_store_bind_text (stmt, 2, today);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
        g_ptr_array_add (dates, g_strdup (koers_stmt_text (stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      return koers_store_set_error (store, rc, error);
  }

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 session = g_array_index (ids, gint64, i);
      const char *date = dates->pdata[i];

      if (g_rand_int_range (demo->rand, 0, 100) < 3)
        {
          if (!koers_store_cancel_session (store, session, pick (demo->rand, cancel_reasons),
                                           error))
            return FALSE;
          continue;
        }
      for (guint j = 0; j < enrolled->len; j++)
        {
          Enrolled *e = &g_array_index (enrolled, Enrolled, j);
          int roll = g_rand_int_range (demo->rand, 0, 100);
          KoersAttendance status = roll < 82 ? KOERS_ATTENDANCE_PRESENT
                                   : roll < 90 ? KOERS_ATTENDANCE_LATE
                                   : roll < 95 ? KOERS_ATTENDANCE_EXCUSED
                                   : KOERS_ATTENDANCE_ABSENT;
          const char *note = "";

          if (strcmp (date, e->start) < 0 || (e->end != NULL && strcmp (date, e->end) > 0))
            continue;
          if (e->stop != NULL && strcmp (date, e->stop) >= 0)
            status = KOERS_ATTENDANCE_ABSENT;
          else if (status == KOERS_ATTENDANCE_EXCUSED)
            note = pick (demo->rand, excuses);
          if (!koers_store_mark_attendance (store, session, e->id, status, note, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_course (Demo        *demo,
            KoersStore  *store,
            guint32      today,
            GError     **error)
{
  gboolean special = g_rand_int_range (demo->rand, 0, 100) < 12;
  guint which = special ? g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (special_days))
                        : g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (courses));
  KoersCourseKind kind = special ? special_days[which].kind : courses[which].kind;
  const char *title = special ? special_days[which].title : courses[which].title;
  const char *time = special ? special_days[which].time : courses[which].time;
  int minutes = special ? special_days[which].minutes : courses[which].minutes;
  gint64 trainer = g_array_index (demo->trainers, gint64,
                                  g_rand_int_range (demo->rand, 0, demo->trainers->len));
  const char *location = pick (demo->rand, locations);
  guint32 first, last;
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;
  g_autofree char *today_iso = iso_of_julian (today);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) enrolled = g_array_new (FALSE, TRUE, sizeof (Enrolled));
  guint n_wanted = g_rand_int_range (demo->rand, 5, 26);
  gint64 course;

  g_array_set_clear_func (enrolled, (GDestroyNotify) enrolled_clear);
  /* Weekly courses start in the year before today, or soon, and run for six weeks to half
   * a year, but not beyond a couple of months from now; special days fall anywhere. */
  if (special)
    first = last = today - 300 + g_rand_int_range (demo->rand, 0, 345);
  else
    {
      first = today - 365 + g_rand_int_range (demo->rand, 0, 395);
      last = first + 7 * g_rand_int_range (demo->rand, 6, 27);
      last = MIN (last, today + g_rand_int_range (demo->rand, 30, 75));
      last = MAX (last, first);
    }
  first_iso = iso_of_julian (first);
  last_iso = iso_of_julian (last);
  course = koers_store_add_course (store, title, kind, trainer, location, !special, time,
                                   minutes, first_iso, last_iso, error);
  if (course == 0)
    return FALSE;

  /* Those in empowerment or training during the course, some of them. */
  for (guint i = 0; i < demo->trainees->len; i++)
    {
      Trainee *t = &g_array_index (demo->trainees, Trainee, i);

      if (t->from <= last && (t->until == 0 || t->until >= first))
        g_array_append_val (candidates, i);
    }
  for (guint n = 0; n < n_wanted && candidates->len > 0; n++)
    {
      guint at = g_rand_int_range (demo->rand, 0, candidates->len);
      Trainee *t = &g_array_index (demo->trainees, Trainee,
                                   g_array_index (candidates, guint, at));
      guint32 lo = MAX (first, t->from);
      guint32 hi = t->until != 0 ? MIN (last, t->until) : last;
      guint32 start = lo + g_rand_int_range (demo->rand, 0, MIN (hi - lo, 28) + 1);
      Enrolled e = { t->id, iso_of_julian (start), NULL, NULL };

      g_array_remove_index_fast (candidates, at);
      if (t->until != 0 && t->until < last)
        e.end = iso_of_julian (t->until);
      /* About one in ten stops coming without a word, for the missed-in-a-row alert. */
      if (start < today && g_rand_int_range (demo->rand, 0, 100) < 10)
        e.stop = iso_of_julian (start + g_rand_int_range (demo->rand, 0, today - start));
      g_array_append_val (enrolled, e);
      if (!koers_store_enrol (store, e.id, course, e.start, e.end, error))
        return FALSE;
    }
  return mark_sessions (demo, store, course, enrolled, today_iso, error);
}

/* A year of training: about one course per 25 participants (6 to 200), their enrolments and
 * attendance up to today, and internships for some of those who reached training. */
static gboolean
add_training (Demo        *demo,
              KoersStore  *store,
              guint        n_participants,
              GError     **error)
{
  guint n_courses = CLAMP (n_participants / 25, 6, 200);
  guint32 today = g_date_get_julian (demo->today);

  if (demo->trainers->len == 0)
    return TRUE;
  for (guint i = 0; i < n_courses; i++)
    if (!add_course (demo, store, today, error))
      return FALSE;

  for (guint i = 0; i < demo->trainees->len; i++)
    {
      Trainee *t = &g_array_index (demo->trainees, Trainee, i);
      guint32 first, last;
      g_autofree char *first_iso = NULL;
      g_autofree char *last_iso = NULL;

      if (t->training == 0 || t->training + 400 < today
          || g_rand_int_range (demo->rand, 0, 100) >= 25)
        continue;
      first = t->training + g_rand_int_range (demo->rand, 7, 45);
      last = first + g_rand_int_range (demo->rand, 10, 60);
      first_iso = iso_of_julian (first);
      last_iso = iso_of_julian (last);
      if (!koers_store_add_internship (store, t->id, pick (demo->rand, hosts), first_iso,
                                       last_iso, g_rand_int_range (demo->rand, 4, 31) * 8,
                                       "", error))
        return FALSE;
    }
  return TRUE;
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
 * Netherlands often come from, spread over phases and dates of the last two years; and a year
 * of training: courses with their trainers, enrolments, attendance up to today (some
 * participants stop coming), cancelled sessions and internships. All in one transaction:
 * on failure nothing is added.
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
  demo.handover_rand = g_rand_new_with_seed (seed ^ 0x5a5a5a5a);
  demo.partners = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.today = koers_today ();
  demo.case_managers = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.trainers = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo.trainees = g_array_new (FALSE, FALSE, sizeof (Trainee));
  for (guint i = 0; countries[i].country != NULL; i++)
    demo.total_weight += countries[i].weight;

  /* Fictional people have no history worth keeping, and 5 000 of them would be 150 000
   * lines of it. */
  koers_store_set_audit_enabled (store, FALSE);
  if (koers_store_begin (store, error))
    {
      ok = add_staff (&demo, store, error) && koers_demo_add_partners (store, demo.partners, error);
      for (guint i = 0; ok && i < n_participants; i++)
        ok = add_participant (&demo, store, error);
      if (ok)
        ok = add_training (&demo, store, n_participants, error);
      if (ok)
        ok = koers_store_commit (store, error);
      else
        koers_store_rollback (store);
    }
  koers_store_set_audit_enabled (store, TRUE);

  g_clear_object (&demo.score_list);
  g_rand_free (demo.rand);
  g_rand_free (demo.handover_rand);
  g_array_unref (demo.partners);
  g_date_free (demo.today);
  g_array_unref (demo.case_managers);
  g_array_unref (demo.trainers);
  g_array_unref (demo.trainees);
  return ok;
}
