/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-enum-types.h"
#include "koers-store-private.h"
#include "koers-summary.h"

/* The figures of the quarterly summary, counted in SQL over the phase history, the
 * handover, monitoring and training. "In a trajectory" on a day means in a phase from
 * outreach to handover on that day and not ended another way by then; a return is a move
 * to "Departed". */

#define ACTIVE_PHASES "('outreach', 'intake', 'empowerment', 'training', 'handover')"

typedef struct {
  KoersStore *store;
  GError    **error;
  gboolean    failed;
} Query;

static KoersStmt *
prepare (Query      *q,
         const char *sql)
{
  KoersStmt *stmt;

  if (q->failed)
    return NULL;
  stmt = koers_store_prepare (q->store, sql, q->error);
  q->failed = stmt == NULL;
  return stmt;
}

/* Steps @stmt to its next row; records an error, if that is what it got. */
static gboolean
next_row (Query     *q,
          KoersStmt *stmt)
{
  int rc;

  if (q->failed || stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (q->store, rc, q->error);
      q->failed = TRUE;
    }
  return FALSE;
}

/* One number from @sql with the period's days as ?1 and ?2. */
static gint64
count (Query      *q,
       const char *sql,
       const char *from,
       const char *until)
{
  g_autoptr(KoersStmt) stmt = prepare (q, sql);

  if (stmt == NULL)
    return 0;
  koers_store_bind_text (stmt, 1, from);
  koers_store_bind_text (stmt, 2, until);
  return next_row (q, stmt) ? sqlite3_column_int64 (stmt, 0) : 0;
}

static void
free_line (gpointer data)
{
  KoersSummaryLine *line = data;

  g_free (line->label);
  g_free (line);
}

static GPtrArray *
new_lines (void)
{
  return g_ptr_array_new_with_free_func (free_line);
}

static KoersSummaryLine *
add_line (GPtrArray  *lines,
          const char *label)
{
  KoersSummaryLine *line = g_new0 (KoersSummaryLine, 1);

  line->label = g_strdup (label);
  line->rate = -1;
  g_ptr_array_add (lines, line);
  return line;
}

static KoersSummaryLine *
find_line (GPtrArray  *lines,
           const char *label)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (((KoersSummaryLine *) lines->pdata[i])->label, label))
      return lines->pdata[i];
  return add_line (lines, label);
}

static int
by_count_then_label (gconstpointer a,
                     gconstpointer b)
{
  const KoersSummaryLine *x = *(KoersSummaryLine **) a;
  const KoersSummaryLine *y = *(KoersSummaryLine **) b;

  if (x->n[0] != y->n[0])
    return x->n[0] < y->n[0] ? 1 : -1;
  return g_utf8_collate (x->label, y->label);
}

static char *
day_before (const char *iso)
{
  g_autoptr(GDate) day = koers_date_parse_iso (iso);

  g_date_subtract_days (day, 1);
  return koers_date_to_iso (day);
}

static const char *
enum_label (GType        type,
            const char  *nick,
            const char *(*label) (int))
{
  int value;

  if (nick == NULL || !koers_enum_from_nick (type, nick, &value))
    return C_("summary", "Unknown");
  return label (value);
}

/* ---- Summary and Phases ----------------------------------------------------------------- */

static void
gather_flows (Query        *q,
              KoersSummary *s)
{
  g_autofree char *eve = day_before (s->from);
  g_autofree char *returns_until = NULL;
  g_autoptr(KoersStmt) ended = NULL;
  static const char *const exits[] = {
    NULL, "dropped-out", "transferred", "legal-status-changed", "lost-contact", "deceased",
  };
  const char *active_sql = "SELECT count(*) FROM phase_history h JOIN participant p "
                           "ON p.id = h.participant_id WHERE h.from_date <= ?1 AND "
                           "(h.to_date IS NULL OR h.to_date > ?1) AND h.phase IN "
                           ACTIVE_PHASES " AND (p.exit_date IS NULL OR p.exit_date > ?1) "
                           "AND ?2 IS NOT NULL";

  s->active_start = count (q, active_sql, eve, eve);
  /* active_end follows from the people per phase on as_of (gather_phases()). */
  s->inflow = count (q, "SELECT count(*) FROM phase_history WHERE phase = 'intake' "
                        "AND from_date BETWEEN ?1 AND ?2", s->from, s->until);
  /* First contacts: a trajectory's first phase began in the period. */
  s->new_contacts = count (q, "SELECT count(*) FROM (SELECT min(from_date) AS first FROM "
                              "phase_history GROUP BY participant_id) WHERE first BETWEEN ?1 AND ?2",
                           s->from, s->until);
  s->returns = count (q, "SELECT count(*) FROM phase_history WHERE phase = 'departed' "
                         "AND from_date BETWEEN ?1 AND ?2", s->from, s->until);
  s->outflow[KOERS_OUTFLOW_RETURNED] = s->returns;
  /* Ended while in a trajectory: not, say, lost contact during monitoring. Every way of
   * ending in one scan of the participants. */
  ended = prepare (q, "SELECT p.status, count(*) FROM participant p WHERE "
                      "p.exit_date BETWEEN ?1 AND ?2 "
                      "AND (SELECT h.phase FROM phase_history h WHERE "
                      "h.participant_id = p.id AND h.from_date <= "
                      "p.exit_date ORDER BY h.from_date DESC, h.id DESC "
                      "LIMIT 1) IN " ACTIVE_PHASES " GROUP BY p.status");
  if (ended == NULL)
    return;
  koers_store_bind_text (ended, 1, s->from);
  koers_store_bind_text (ended, 2, s->until);
  while (next_row (q, ended))
    for (guint i = KOERS_OUTFLOW_DROPPED_OUT; i < KOERS_N_OUTFLOWS; i++)
      if (g_strcmp0 (koers_stmt_text (ended, 0), exits[i]) == 0)
        s->outflow[i] = sqlite3_column_int64 (ended, 1);
  s->commitments = count (q, "SELECT count(*) FROM participant WHERE commitment_date "
                             "BETWEEN ?1 AND ?2", s->from, s->until);
  s->returns_very_vulnerable = count (q, "SELECT count(*) FROM phase_history h JOIN participant p "
                                         "ON p.id = h.participant_id WHERE h.phase = 'departed' "
                                         "AND h.from_date BETWEEN ?1 AND ?2 "
                                         "AND p.target_group = '2b'", s->from, s->until);
  /* Returns count towards the target up to its end date, and the rate over the days lived. */
  returns_until = g_strdup (strcmp (s->as_of, s->project_end) < 0 ? s->as_of : s->project_end);
  s->returns_cumulative = count (q, "SELECT count(*) FROM phase_history WHERE phase = 'departed' "
                                    "AND from_date BETWEEN ?1 AND ?2", s->project_start,
                                 returns_until);

  /* The rate so far, carried on to the end of the project. */
  {
    g_autoptr(GDate) start = koers_date_parse_iso (s->project_start);
    g_autoptr(GDate) end = koers_date_parse_iso (s->project_end);
    g_autoptr(GDate) now = koers_date_parse_iso (returns_until);
    int elapsed = g_date_days_between (start, now) + 1;
    int total = g_date_days_between (start, end) + 1;

    s->forecast = elapsed > 0 && total > 0
                  ? (double) s->returns_cumulative * total / MIN (elapsed, total) : -1;
  }
}

static void
gather_phases (Query        *q,
               KoersSummary *s)
{
  g_autoptr(KoersStmt) stock = NULL;
  g_autoptr(KoersStmt) ended = NULL;
  g_autoptr(KoersStmt) moves = NULL;
  GArray *days[KOERS_N_PHASES] = { NULL };
  int phase;

  stock = prepare (q, "SELECT h.phase, count(*) FROM phase_history h JOIN participant p "
                      "ON p.id = h.participant_id WHERE h.from_date <= ?1 AND "
                      "(h.to_date IS NULL OR h.to_date > ?1) AND "
                      "(p.exit_date IS NULL OR p.exit_date > ?1) GROUP BY h.phase");
  if (stock == NULL)
    return;
  koers_store_bind_text (stock, 1, s->as_of);
  while (next_row (q, stock))
    if (koers_enum_from_nick (KOERS_TYPE_PHASE, koers_stmt_text (stock, 0), &phase))
      s->stock[phase] = sqlite3_column_int64 (stock, 1);
  /* In a trajectory on as_of: the same count over the phases ACTIVE_PHASES names. */
  s->active_end = 0;
  for (int i = KOERS_PHASE_OUTREACH; i <= KOERS_PHASE_HANDOVER; i++)
    s->active_end += s->stock[i];

  for (int i = 0; i < KOERS_N_PHASES; i++)
    {
      days[i] = g_array_new (FALSE, FALSE, sizeof (int));
      s->median_days[i] = -1;
    }
  ended = prepare (q, "SELECT phase, CAST (julianday (to_date) - julianday (from_date) AS INTEGER) "
                      "FROM phase_history WHERE to_date BETWEEN ?1 AND ?2");
  if (ended != NULL)
    {
      koers_store_bind_text (ended, 1, s->from);
      koers_store_bind_text (ended, 2, s->until);
    }
  while (next_row (q, ended))
    if (koers_enum_from_nick (KOERS_TYPE_PHASE, koers_stmt_text (ended, 0), &phase))
      {
        int d = sqlite3_column_int (ended, 1);
        g_array_append_val (days[phase], d);
      }
  for (int i = 0; i < KOERS_N_PHASES; i++)
    {
      s->median_days[i] = koers_summary_median (days[i]);
      g_array_unref (days[i]);
    }

  /* Each move of the period with the phase before it, the one with the latest (from_date,
   * id) before it: looked up through phase_history_participant for the period's rows only,
   * where a window over the whole history read every row (four times slower at 5 000
   * participants). Materialized, so that the lookup runs once per row. */
  s->moves = new_lines ();
  moves = prepare (q, "WITH moved AS MATERIALIZED (SELECT h.phase, (SELECT b.phase FROM "
                      "phase_history b WHERE b.participant_id = h.participant_id AND "
                      "b.from_date <= h.from_date AND (b.from_date < h.from_date OR "
                      "b.id < h.id) ORDER BY b.from_date DESC, b.id DESC LIMIT 1) AS previous "
                      "FROM phase_history h WHERE h.from_date BETWEEN ?1 AND ?2) "
                      "SELECT previous, phase, count(*) FROM moved WHERE previous IS NOT NULL "
                      "GROUP BY previous, phase");
  if (moves == NULL)
    return;
  koers_store_bind_text (moves, 1, s->from);
  koers_store_bind_text (moves, 2, s->until);
  while (next_row (q, moves))
    {
      /* Translators: a move between two phases, "Intake → Empowerment" */
      g_autofree char *label =
        g_strdup_printf (_("%s → %s"),
                         enum_label (KOERS_TYPE_PHASE, koers_stmt_text (moves, 0),
                                     (const char *(*) (int)) koers_phase_get_label),
                         enum_label (KOERS_TYPE_PHASE, koers_stmt_text (moves, 1),
                                     (const char *(*) (int)) koers_phase_get_label));
      add_line (s->moves, label)->n[0] = sqlite3_column_int64 (moves, 2);
    }
  g_ptr_array_sort (s->moves, by_count_then_label);
}

/* ---- Returns --------------------------------------------------------------------------- */

static void
gather_returns (Query        *q,
                KoersSummary *s)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(KoersStmt) months = NULL;

  s->by_country = new_lines ();
  s->by_sex = new_lines ();
  s->by_age = new_lines ();
  s->by_group = new_lines ();
  s->by_category = new_lines ();
  s->by_partner = new_lines ();
  s->by_month = new_lines ();

  /* Every value of the fixed dimensions has its line, also when it counts none. */
  for (int i = KOERS_SEX_FEMALE; i <= KOERS_SEX_OTHER; i++)
    add_line (s->by_sex, koers_sex_get_label (i));
  add_line (s->by_sex, koers_sex_get_label (KOERS_SEX_UNKNOWN));
  {
    static const char *const births[] = { "2020", "2000", "1995", "1985", "1975", "1960", NULL };
    for (guint i = 0; i < G_N_ELEMENTS (births); i++)
      add_line (s->by_age, koers_summary_age_band (births[i], "2020-12-31"));
  }
  add_line (s->by_group, koers_target_group_get_label (KOERS_TARGET_GROUP_2A));
  add_line (s->by_group, koers_target_group_get_label (KOERS_TARGET_GROUP_2B));
  add_line (s->by_group, koers_target_group_get_label (KOERS_TARGET_GROUP_UNKNOWN));
  for (int i = KOERS_SCORE_CATEGORY_LOW; i <= KOERS_SCORE_CATEGORY_SEVERE; i++)
    add_line (s->by_category, koers_score_category_get_label (i));
  add_line (s->by_category, C_("category", "No assessment"));

  stmt = prepare (q, "SELECT p.country, p.sex, p.birth_date, h.from_date, p.target_group, "
                     "(SELECT a.category FROM assessment a WHERE a.participant_id = p.id AND "
                     "a.finished_date IS NOT NULL AND a.finished_date <= h.from_date "
                     "ORDER BY a.finished_date DESC, a.id DESC LIMIT 1), "
                     "(SELECT pa.name FROM handover_step st JOIN partner pa ON pa.id = "
                     "st.partner_id WHERE st.participant_id = p.id AND st.step = 'departed' "
                     "ORDER BY st.id DESC LIMIT 1) "
                     "FROM phase_history h JOIN participant p ON p.id = h.participant_id "
                     "WHERE h.phase = 'departed' AND h.from_date BETWEEN ?1 AND ?2");
  if (stmt == NULL)
    return;
  koers_store_bind_text (stmt, 1, s->from);
  koers_store_bind_text (stmt, 2, s->until);
  while (next_row (q, stmt))
    {
      const char *country = koers_stmt_text (stmt, 0);
      const char *category = koers_stmt_text (stmt, 5);
      const char *partner = koers_stmt_text (stmt, 6);

      find_line (s->by_country, country && koers_country_get_name (country)
                                ? koers_country_get_name (country)
                                : C_("summary", "Unknown"))->n[0]++;
      find_line (s->by_sex, enum_label (KOERS_TYPE_SEX, koers_stmt_text (stmt, 1),
                                        (const char *(*) (int)) koers_sex_get_label))->n[0]++;
      find_line (s->by_age, koers_summary_age_band (koers_stmt_text (stmt, 2),
                                                    koers_stmt_text (stmt, 3)))->n[0]++;
      find_line (s->by_group, enum_label (KOERS_TYPE_TARGET_GROUP, koers_stmt_text (stmt, 4),
                                          (const char *(*) (int)) koers_target_group_get_label))
        ->n[0]++;
      find_line (s->by_category, category != NULL
                                 ? enum_label (KOERS_TYPE_SCORE_CATEGORY, category,
                                               (const char *(*) (int)) koers_score_category_get_label)
                                 : C_("category", "No assessment"))->n[0]++;
      /* A departure recorded before Koers kept the handover has no partner. */
      find_line (s->by_partner, partner ? partner : C_("partner", "Not recorded"))->n[0]++;
    }
  g_ptr_array_sort (s->by_country, by_count_then_label);
  g_ptr_array_sort (s->by_partner, by_count_then_label);

  /* Month by month over the project, for the chart against the target: the returns from
   * the project start to as_of, counted per month in one pass. */
  {
    g_autoptr(GDate) month = koers_date_parse_iso (s->project_start);
    g_autoptr(GDate) end = koers_date_parse_iso (s->project_end);
    gint64 cumulative = 0;

    g_date_set_day (month, 1);
    while (g_date_compare (month, end) <= 0)
      {
        g_autofree char *first = koers_date_to_iso (month);
        g_autofree char *label = g_strndup (first, 7);
        KoersSummaryLine *line = add_line (s->by_month, label);

        line->n[2] = strcmp (first, s->as_of) <= 0;
        g_date_add_months (month, 1);
      }
    months = prepare (q, "SELECT substr (from_date, 1, 7), count(*) FROM phase_history "
                         "WHERE phase = 'departed' AND from_date BETWEEN ?1 AND ?2 GROUP BY 1");
    if (months == NULL)
      return;
    koers_store_bind_text (months, 1, s->project_start);
    koers_store_bind_text (months, 2, s->as_of);
    while (next_row (q, months))
      for (guint i = 0; i < s->by_month->len; i++)
        {
          KoersSummaryLine *line = s->by_month->pdata[i];

          if (g_strcmp0 (line->label, koers_stmt_text (months, 0)) == 0)
            line->n[0] = sqlite3_column_int64 (months, 1);
        }
    for (guint i = 0; i < s->by_month->len; i++)
      {
        KoersSummaryLine *line = s->by_month->pdata[i];

        if (line->n[2])
          {
            cumulative += line->n[0];
            line->n[1] = cumulative;
          }
      }
  }
}

/* ---- Training and handover --------------------------------------------------------------- */

/* An enrolment in a course: from start (to end, "" when open), dates as "YYYY-MM-DD". */
typedef struct {
  gint64 participant_id;
  char   start[16];
  char   end[16];
} Enrolled;

/* A mark: its participant and the index of its status in KoersAttendancePoints. */
typedef struct {
  gint64 participant_id;
  int    status;
} Mark;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static int
status_index (const char *status)
{
  if (g_strcmp0 (status, "present") == 0)
    return 0;
  if (g_strcmp0 (status, "late") == 0)
    return 1;
  if (g_strcmp0 (status, "excused") == 0)
    return 2;
  return 3;
}

/* For the courses in @by_id (course id → line): the places planned in line->n[1], the
 * points earned on them in @earned (line → gint64) and the rate; and the participants
 * trained. One query reads the sessions from @s->from to @until, one the enrolments of
 * their courses and one, per session, its marks by participant (through attendance's
 * UNIQUE (session_id, participant_id)); the places are matched to the marks here. In SQL, one lookup of the
 * enrolment and one of the mark per place, and a second pass over the marks for the
 * participants trained, cost five times as much. */
static void
count_places (Query                       *q,
              KoersSummary                *s,
              const KoersAttendancePoints *points,
              const char                  *until,
              GHashTable                  *by_id,
              GHashTable                  *earned)
{
  g_autoptr(KoersStmt) sessions = NULL;
  g_autoptr(KoersStmt) enrolments = NULL;
  g_autoptr(KoersStmt) marks = NULL;
  g_autoptr(GHashTable) courses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) trained = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          NULL);
  g_autoptr(GArray) marked = g_array_new (FALSE, FALSE, sizeof (Mark));
  int best = 0;

  for (int i = 0; i < 4; i++)
    best = MAX (best, points->points[i]);

  enrolments = prepare (q, "SELECT e.course_id, e.participant_id, e.start_date, e.end_date "
                           "FROM enrolment e WHERE e.course_id IN (SELECT s.course_id FROM "
                           "training_session s WHERE s.cancelled_reason IS NULL AND "
                           "s.session_date BETWEEN ?1 AND ?2)");
  if (enrolments == NULL)
    return;
  koers_store_bind_text (enrolments, 1, s->from);
  koers_store_bind_text (enrolments, 2, until);
  while (next_row (q, enrolments))
    {
      gint64 course_id = sqlite3_column_int64 (enrolments, 0);
      GArray *list = g_hash_table_lookup (courses, &course_id);
      Enrolled e = { sqlite3_column_int64 (enrolments, 1), "", "" };

      g_strlcpy (e.start, koers_stmt_text (enrolments, 2), sizeof e.start);
      if (koers_stmt_text (enrolments, 3) != NULL)
        g_strlcpy (e.end, koers_stmt_text (enrolments, 3), sizeof e.end);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Enrolled));
          g_hash_table_insert (courses, g_memdup2 (&course_id, sizeof course_id), list);
        }
      g_array_append_val (list, e);
    }

  sessions = prepare (q, "SELECT id, course_id, session_date, cancelled_reason IS NULL "
                         "FROM training_session WHERE session_date BETWEEN ?1 AND ?2");
  /* By participant, as attendance's UNIQUE (session_id, participant_id) gives them. */
  marks = prepare (q, "SELECT participant_id, status FROM attendance WHERE session_id = ?1 "
                      "ORDER BY participant_id");
  if (sessions == NULL || marks == NULL)
    return;
  koers_store_bind_text (sessions, 1, s->from);
  koers_store_bind_text (sessions, 2, until);
  while (next_row (q, sessions))
    {
      gint64 course_id = sqlite3_column_int64 (sessions, 1);
      const char *day = koers_stmt_text (sessions, 2);
      KoersSummaryLine *line;
      GArray *list;
      gint64 *points_earned;

      g_array_set_size (marked, 0);
      sqlite3_reset (marks);
      sqlite3_bind_int64 (marks, 1, sqlite3_column_int64 (sessions, 0));
      while (next_row (q, marks))
        {
          Mark m = { sqlite3_column_int64 (marks, 0),
                     status_index (koers_stmt_text (marks, 1)) };

          g_array_append_val (marked, m);
          /* Present or late, at any session of the period, counts as trained. */
          if (m.status <= 1 && !g_hash_table_contains (trained, &m.participant_id))
            g_hash_table_add (trained, g_memdup2 (&m.participant_id, sizeof m.participant_id));
        }
      if (q->failed)
        return;

      /* A cancelled session plans no places. */
      if (!sqlite3_column_int (sessions, 3) || day == NULL)
        continue;
      line = g_hash_table_lookup (by_id, &course_id);
      list = g_hash_table_lookup (courses, &course_id);
      if (line == NULL || list == NULL)
        continue;
      points_earned = g_hash_table_lookup (earned, line);
      if (points_earned == NULL)
        {
          points_earned = g_new0 (gint64, 1);
          g_hash_table_insert (earned, line, points_earned);
        }
      for (guint i = 0; i < list->len; i++)
        {
          const Enrolled *e = &g_array_index (list, Enrolled, i);
          const Mark *m;

          if (strcmp (day, e->start) < 0 || (*e->end && strcmp (day, e->end) > 0))
            continue;
          /* Without a mark, the place counts as absent. */
          m = marked->len > 0 ? bsearch (&e->participant_id, marked->data, marked->len,
                                         sizeof (Mark), compare_ids)
                              : NULL;
          line->n[1]++;
          *points_earned += points->points[m ? m->status : 3];
        }
    }
  if (q->failed)
    return;

  for (guint i = 0; i < s->courses->len; i++)
    {
      KoersSummaryLine *line = s->courses->pdata[i];
      gint64 *e = g_hash_table_lookup (earned, line);

      line->rate = line->n[1] > 0 && best > 0 && e != NULL
                   ? (double) *e / (double) (line->n[1] * best) : -1;
    }

  s->participants_trained = g_hash_table_size (trained);
}

static void
gather_training (Query                       *q,
                 KoersSummary                *s,
                 const KoersAttendancePoints *points)
{
  g_autofree char *today = koers_today_iso ();
  g_autofree char *held_until = g_strdup (strcmp (s->until, today) < 0 ? s->until : today);
  g_autoptr(KoersStmt) held = NULL;
  g_autoptr(KoersStmt) courses = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) earned = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                         g_free);
  int best = 0;

  s->courses = new_lines ();
  s->kinds = new_lines ();
  for (int i = 0; i < 4; i++)
    best = MAX (best, points->points[i]);

  held = prepare (q, "SELECT count(*), coalesce(sum(duration_minutes), 0) FROM training_session "
                     "WHERE cancelled_reason IS NULL AND session_date BETWEEN ?1 AND ?2");
  if (held == NULL)
    return;
  koers_store_bind_text (held, 1, s->from);
  koers_store_bind_text (held, 2, held_until);
  if (next_row (q, held))
    {
      s->sessions_held = sqlite3_column_int64 (held, 0);
      s->training_hours = sqlite3_column_int64 (held, 1) / 60.0;
    }
  s->internships = count (q, "SELECT count(*) FROM internship WHERE first_date <= ?2 AND "
                             "last_date >= ?1", s->from, held_until);
  /* Hours by the share of an internship's days that fall in the period (so far). */
  s->internship_hours = count (q, "SELECT coalesce(round(sum(hours * (julianday(min(last_date, ?2)) "
                                  "- julianday(max(first_date, ?1)) + 1) / (julianday(last_date) - "
                                  "julianday(first_date) + 1))), 0) FROM internship WHERE "
                                  "first_date <= ?2 AND last_date >= ?1", s->from, held_until);

  courses = prepare (q, "SELECT c.id, c.title, c.kind, count(*) FROM training_session s "
                        "JOIN course c ON c.id = s.course_id WHERE s.cancelled_reason IS NULL "
                        "AND s.session_date BETWEEN ?1 AND ?2 GROUP BY c.id "
                        "ORDER BY c.title COLLATE NOCASE, c.id");
  if (courses == NULL)
    return;
  koers_store_bind_text (courses, 1, s->from);
  koers_store_bind_text (courses, 2, held_until);
  while (next_row (q, courses))
    {
      KoersSummaryLine *line = add_line (s->courses, koers_stmt_text (courses, 1));
      gint64 id = sqlite3_column_int64 (courses, 0);
      int kind;

      line->n[0] = sqlite3_column_int64 (courses, 3);
      line->n[2] = koers_enum_from_nick (KOERS_TYPE_COURSE_KIND, koers_stmt_text (courses, 2),
                                         &kind) ? kind : KOERS_COURSE_KIND_OTHER;
      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), line);
    }

  /* The places planned (each session, each participant enrolled on its day; a place
   * without a mark counts as absent, as in the course's own rates), the points earned on
   * them and the participants trained (present or late at a session of the period, held or
   * not, enrolled or not), counted here in one pass over the period's marks. */
  count_places (q, s, points, held_until, by_id, earned);

  /* The same per kind of course. */
  for (int kind = KOERS_COURSE_KIND_SMALL_BUSINESS; kind <= KOERS_COURSE_KIND_OTHER; kind++)
    {
      KoersSummaryLine *total = NULL;
      gint64 kind_earned = 0;

      for (guint i = 0; i < s->courses->len; i++)
        {
          KoersSummaryLine *line = s->courses->pdata[i];
          gint64 *e = g_hash_table_lookup (earned, line);

          if (line->n[2] != kind)
            continue;
          if (total == NULL)
            total = add_line (s->kinds, koers_course_kind_get_label (kind));
          total->n[0] += line->n[0];
          total->n[1] += line->n[1];
          kind_earned += e ? *e : 0;
        }
      if (total != NULL)
        total->rate = total->n[1] > 0 && best > 0
                      ? (double) kind_earned / (double) (total->n[1] * best) : -1;
    }
  for (guint i = 0; i < s->courses->len; i++)
    ((KoersSummaryLine *) s->courses->pdata[i])->n[2] = 0;
}

static void
gather_handover (Query        *q,
                 KoersSummary *s)
{
  g_autoptr(KoersStmt) partners = NULL;
  g_autoptr(KoersStmt) contacts = NULL;
  g_autoptr(KoersStmt) latest = NULL;

  s->partners = new_lines ();
  partners = prepare (q, "SELECT pa.name, sum(h.step = 'sent'), sum(h.step = 'accepted'), "
                         "sum(h.step = 'rejected'), sum(h.step = 'departed') FROM handover_step h "
                         "JOIN partner pa ON pa.id = h.partner_id WHERE h.step_date BETWEEN ?1 "
                         "AND ?2 GROUP BY pa.id ORDER BY pa.name COLLATE NOCASE");
  if (partners == NULL)
    return;
  koers_store_bind_text (partners, 1, s->from);
  koers_store_bind_text (partners, 2, s->until);
  while (next_row (q, partners))
    {
      KoersSummaryLine *line = add_line (s->partners, koers_stmt_text (partners, 0));

      for (int i = 0; i < 4; i++)
        line->n[i] = sqlite3_column_int64 (partners, 1 + i);
    }

  /* Contacts made; people reached, and how far their business was at their latest contact
   * of the period. */
  contacts = prepare (q, "SELECT count(*), count(DISTINCT CASE WHEN reached = 1 THEN "
                         "participant_id END) FROM monitoring_contact WHERE contact_date BETWEEN "
                         "?1 AND ?2");
  if (contacts == NULL)
    return;
  koers_store_bind_text (contacts, 1, s->from);
  koers_store_bind_text (contacts, 2, s->until);
  if (next_row (q, contacts))
    {
      s->contacts_made = sqlite3_column_int64 (contacts, 0);
      s->contacts_reached = sqlite3_column_int64 (contacts, 1);
    }
  /* The latest contact is itself a reached one of the period: only those are looked at, and
   * each once for both answers. */
  latest = prepare (q, "SELECT coalesce(sum(m.business = 'yes'), 0), "
                       "coalesce(sum(m.business = 'partly'), 0) FROM monitoring_contact m "
                       "WHERE m.reached = 1 AND m.contact_date BETWEEN ?1 AND ?2 AND "
                       "m.id = (SELECT m2.id FROM monitoring_contact m2 WHERE m2.participant_id "
                       "= m.participant_id AND m2.reached = 1 AND m2.contact_date BETWEEN ?1 "
                       "AND ?2 ORDER BY m2.contact_date DESC, m2.id DESC LIMIT 1)");
  if (latest == NULL)
    return;
  koers_store_bind_text (latest, 1, s->from);
  koers_store_bind_text (latest, 2, s->until);
  if (next_row (q, latest))
    {
      s->business_started = sqlite3_column_int64 (latest, 0);
      s->business_partly = sqlite3_column_int64 (latest, 1);
    }
}

/**
 * koers_store_get_summary:
 * @self: a store
 * @from: the first day of the period, "YYYY-MM-DD"
 * @until: the last day
 * @targets: the project's start, end and targets
 * @points: how attendance marks count
 * @error: return location for an error
 *
 * Counts the figures of the summary for funders over a period, in one read transaction so
 * that they agree with each other.
 *
 * Returns: (transfer full) (nullable): the figures.
 */
KoersSummary *
koers_store_get_summary (KoersStore                  *self,
                         const char                  *from,
                         const char                  *until,
                         const KoersSummaryTargets   *targets,
                         const KoersAttendancePoints *points,
                         GError                     **error)
{
  g_autoptr(KoersSummary) s = g_new0 (KoersSummary, 1);
  g_autoptr(GDate) a = koers_date_parse_iso (from);
  g_autoptr(GDate) b = koers_date_parse_iso (until);
  g_autoptr(GDate) start = koers_date_parse_iso (targets->project_start);
  Query q = { self, error, FALSE };

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (a == NULL || b == NULL || g_date_compare (a, b) > 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The period must run from a first to a last day."));
      return NULL;
    }
  if (start == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The start of the project is not a date: set it in Preferences."));
      return NULL;
    }
  s->from = g_strdup (from);
  s->until = g_strdup (until);
  {
    g_autofree char *today = koers_today_iso ();
    s->as_of = g_strdup (strcmp (until, today) < 0 ? until : today);
  }
  s->project_start = g_strdup (targets->project_start);
  s->project_end = targets->project_end && *targets->project_end
                   ? g_strdup (targets->project_end)
                   : koers_summary_default_end (targets->project_start);
  s->target = targets->target;
  s->ambition = targets->ambition;
  {
    g_autoptr(GDate) end = koers_date_parse_iso (s->project_end);
    if (end == NULL || g_date_compare (end, start) < 0)
      {
        g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                             _("The end of the project must be a date after its start: set it "
                               "in Preferences."));
        return NULL;
      }
  }

  if (!koers_store_begin_read (self, error))
    return NULL;
  gather_flows (&q, s);
  gather_phases (&q, s);
  gather_returns (&q, s);
  gather_training (&q, s, points);
  gather_handover (&q, s);
  koers_store_rollback (self);
  if (q.failed)
    return NULL;
  return g_steal_pointer (&s);
}

/**
 * koers_store_foreach_summary_person:
 * @self: a store
 * @from: the first day of the period
 * @until: the last day
 * @names: whether to give names; pseudonymous (dossier code only) otherwise
 * @func: called for each participant in a trajectory at some time in the period, by code
 * @user_data: for @func
 * @error: return location for an error
 *
 * Streams the participants of a period, for the detail sheet, without holding them all.
 *
 * Returns: %TRUE when every participant was given to @func and it returned %TRUE.
 */
/* What the participants' sheet needs of one participant's phase history and assessments. */
typedef struct {
  gboolean    inside;        /* in a trajectory at some time in the period */
  const char *phase;         /* at the end of the period (interned), or NULL */
  char        phase_since[16];
  gint64      phase_id;      /* the phase is that of the latest (from_date, id) by the end */
  char        intake[16];    /* the first intake, or "" */
  char        departed[16];
  const char *category;      /* of the latest assessment finished by the end (interned) */
  char        assessed[16];
  gint64      assessment_id; /* the latest by (finished_date, id) */
} PersonHistory;

/* Whether (@date, @id) comes after (@than_date, @than_id); "" comes before every date. */
static gboolean
is_later (const char *date,
          gint64      id,
          const char *than_date,
          gint64      than_id)
{
  int c = strcmp (date, than_date);

  return c > 0 || (c == 0 && id > than_id);
}

static PersonHistory *
person_history (GHashTable *people,
                gint64      id)
{
  PersonHistory *h = g_hash_table_lookup (people, &id);

  if (h == NULL)
    {
      h = g_new0 (PersonHistory, 1);
      g_hash_table_insert (people, g_memdup2 (&id, sizeof id), h);
    }
  return h;
}

/* Reads the phase history and the assessments once each, row by row in the tables' own
 * order, where a lookup per participant and per figure (five of them) cost three times as
 * much, and going through an index in participant order costs a lookup per row. */
static GHashTable *
gather_person_histories (Query      *q,
                         const char *from,
                         const char *until)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         g_free);
  g_autoptr(KoersStmt) phases = NULL;
  g_autoptr(KoersStmt) assessments = NULL;

  phases = prepare (q, "SELECT participant_id, id, phase, from_date, from_date <= ?2 AND "
                       "(to_date IS NULL OR to_date >= ?1) AND phase IN " ACTIVE_PHASES " "
                       "FROM phase_history");
  if (phases == NULL)
    return NULL;
  koers_store_bind_text (phases, 1, from);
  koers_store_bind_text (phases, 2, until);
  while (next_row (q, phases))
    {
      PersonHistory *h = person_history (people, sqlite3_column_int64 (phases, 0));
      gint64 id = sqlite3_column_int64 (phases, 1);
      const char *phase = koers_stmt_text (phases, 2);
      const char *since = koers_stmt_text (phases, 3);

      if (sqlite3_column_int (phases, 4))
        h->inside = TRUE;
      if (since == NULL || phase == NULL)
        continue;
      if (strcmp (since, until) <= 0 && is_later (since, id, h->phase_since, h->phase_id))
        {
          h->phase = g_intern_string (phase);
          g_strlcpy (h->phase_since, since, sizeof h->phase_since);
          h->phase_id = id;
        }
      if (strcmp (phase, "intake") == 0 && (!*h->intake || strcmp (since, h->intake) < 0))
        g_strlcpy (h->intake, since, sizeof h->intake);
      if (strcmp (phase, "departed") == 0 && (!*h->departed || strcmp (since, h->departed) < 0))
        g_strlcpy (h->departed, since, sizeof h->departed);
    }

  assessments = prepare (q, "SELECT participant_id, id, finished_date, category FROM assessment "
                            "WHERE finished_date IS NOT NULL AND finished_date <= ?1");
  if (assessments == NULL)
    return NULL;
  koers_store_bind_text (assessments, 1, until);
  while (next_row (q, assessments))
    {
      gint64 participant_id = sqlite3_column_int64 (assessments, 0);
      gint64 id = sqlite3_column_int64 (assessments, 1);
      const char *finished = koers_stmt_text (assessments, 2);
      PersonHistory *h = g_hash_table_lookup (people, &participant_id);

      /* Nobody without a phase history is on the sheet. */
      if (h != NULL && finished != NULL && is_later (finished, id, h->assessed, h->assessment_id))
        {
          h->category = g_intern_string (koers_stmt_text (assessments, 3));
          g_strlcpy (h->assessed, finished, sizeof h->assessed);
          h->assessment_id = id;
        }
    }
  if (q->failed)
    return NULL;
  return g_steal_pointer (&people);
}

gboolean
koers_store_foreach_summary_person (KoersStore             *self,
                                    const char             *from,
                                    const char             *until,
                                    gboolean                names,
                                    KoersSummaryPersonFunc  func,
                                    gpointer                user_data,
                                    GError                **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GHashTable) people = NULL;
  Query q = { self, error, FALSE };
  gboolean ok = TRUE;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = prepare (&q, "SELECT p.id, p.code, p.given_name || CASE WHEN p.family_name = '' "
                      "THEN '' ELSE ' ' || p.family_name END, p.country, p.sex, p.birth_date, "
                      "CASE WHEN p.exit_date IS NOT NULL AND p.exit_date <= ?2 THEN p.status "
                      "ELSE 'active' END, p.commitment_date FROM participant p WHERE "
                      "p.exit_date IS NULL OR p.exit_date >= ?1 ORDER BY p.code");
  if (stmt == NULL)
    return FALSE;
  koers_store_bind_text (stmt, 1, from);
  koers_store_bind_text (stmt, 2, until);
  if (!koers_store_begin_read (self, error))
    return FALSE;
  people = gather_person_histories (&q, from, until);
  while (ok && people != NULL && next_row (&q, stmt))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const PersonHistory *h = g_hash_table_lookup (people, &id);
      const char *country = koers_stmt_text (stmt, 3);
      const char *country_name;

      /* In a trajectory at some time in the period. */
      if (h == NULL || !h->inside)
        continue;
      country_name = country ? koers_country_get_name (country) : NULL;
      {
        KoersSummaryPerson person = {
          koers_stmt_text (stmt, 1),
          names ? koers_stmt_text (stmt, 2) : NULL,
          country_name ? country_name : "",
          enum_label (KOERS_TYPE_SEX, koers_stmt_text (stmt, 4),
                      (const char *(*) (int)) koers_sex_get_label),
          koers_summary_age_band (koers_stmt_text (stmt, 5), until),
          enum_label (KOERS_TYPE_PHASE, h->phase,
                      (const char *(*) (int)) koers_phase_get_label),
          enum_label (KOERS_TYPE_STATUS, koers_stmt_text (stmt, 6),
                      (const char *(*) (int)) koers_status_get_label),
          *h->intake ? h->intake : NULL,
          koers_stmt_text (stmt, 7),
          *h->departed ? h->departed : NULL,
          h->category ? enum_label (KOERS_TYPE_SCORE_CATEGORY, h->category,
                                    (const char *(*) (int)) koers_score_category_get_label)
                      : NULL,
        };

        ok = func (&person, user_data, error);
      }
    }
  koers_store_rollback (self);
  return ok && !q.failed;
}
