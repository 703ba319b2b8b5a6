/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-enum-types.h"
#include "koers-store-private.h"
#include "koers-summary.h"

/* The figures of the quarterly summary: read from the participants, their phase history
 * and assessments, the training, the handover and the monitoring, each table once where
 * that can be, and counted here. "In a trajectory" on a day means in a phase from outreach
 * to handover on that day and not ended another way by then; a return is a move to
 * "Departed". All of it in one read transaction, or in two (on two connections, in two
 * threads) that see the file in the same state, so that every figure agrees with every
 * other. */

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

/* Orders rows that begin with a gint64 id. */
static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* ---- The participants, their phases and assessments ------------------------------------ */

/* Every figure of the Summary, Phases and Returns sheets, and the participants' sheet, come
 * from one read of the participants, one of the phase history and one of the finished
 * assessments, in the tables' own order, kept in memory (some 60 bytes a phase and 100 a
 * participant) and counted here: a query per figure read the phase history a dozen times
 * and looked up the phase before each move and each participant's latest assessment, at
 * six times the cost. Days are counted from 1970-01-01, so that comparing and subtracting
 * them is arithmetic; "in a trajectory" is a phase from outreach to handover. */

#define NEVER  G_MAXINT   /* a phase still open, a trajectory not ended */
#define NO_DAY G_MININT

typedef struct {
  guint  person;   /* index in People.people, once known */
  gint64 id;
  int    from;
  int    to;       /* NEVER while open */
  int    phase;    /* KoersPhase */
  gint64 participant;
} PhaseRow;

typedef struct {
  guint  person;
  gint64 id;
  int    finished;
  int    category; /* KoersScoreCategory */
} Assessed;

typedef struct {
  gint64      id;
  const char *code;
  const char *name;       /* only when names were asked for */
  const char *commitment; /* "YYYY-MM-DD" or NULL */
  char        country[3]; /* "" when not known */
  char        birth[11];  /* "YYYY-MM-DD", "YYYY" or "" */
  int         sex;        /* KoersSex, -1 when not one */
  int         status;     /* KoersStatus, -1 when not one */
  int         target_group;
  int         exit;       /* NEVER while the trajectory runs */
  int         commitment_day;
  guint       first_phase;
  guint       n_phases;
  guint       first_assessed;
  guint       n_assessed;
} Person;

/* The phase history, read before (or while) the participants are. */
struct _KoersSummaryPhases {
  GArray *rows;   /* PhaseRow, in the table's order */
};

void
koers_summary_phases_free (KoersSummaryPhases *phases)
{
  if (phases == NULL)
    return;
  g_clear_pointer (&phases->rows, g_array_unref);
  g_free (phases);
}

struct _KoersSummaryPeople {
  GArray       *people;   /* Person, by id */
  GArray       *returned; /* gint64: the participants who returned in the period, once each
                           * return, for koers_summary_count_partners() */
  GArray       *phases;   /* PhaseRow, by person, then (from, id) */
  GArray       *assessed; /* Assessed, by person, then (finished, id) */
  GStringChunk *strings;
  char         *from;
  char         *until;
  gboolean      names;
};

void
koers_summary_people_free (KoersSummaryPeople *people)
{
  if (people == NULL)
    return;
  g_clear_pointer (&people->people, g_array_unref);
  g_clear_pointer (&people->returned, g_array_unref);
  g_clear_pointer (&people->phases, g_array_unref);
  g_clear_pointer (&people->assessed, g_array_unref);
  g_clear_pointer (&people->strings, g_string_chunk_free);
  g_free (people->from);
  g_free (people->until);
  g_free (people);
}

static int
digits (const char *text,
        int         n)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* The day of @iso ("YYYY-MM-DD"), counted from 1970-01-01, or @missing (the proleptic
 * Gregorian calendar, as SQLite's date functions count). */
static int
day_of (const char *iso,
        int         missing)
{
  int y, m, d, era;
  unsigned yoe, doy, doe;

  if (iso == NULL || iso[4] != '-' || iso[7] != '-' || iso[10] != '\0'
      || (y = digits (iso, 4)) < 0 || (m = digits (iso + 5, 2)) < 1 || m > 12
      || (d = digits (iso + 8, 2)) < 1 || d > 31)
    return missing;
  y -= m <= 2;
  era = y / 400;
  yoe = (unsigned) (y - era * 400);
  doy = (unsigned) ((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int) doe - 719468;
}

/* The year, month and day of @day. */
static void
civil_of (int  day,
          int *year,
          int *month,
          int *mday)
{
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned) (z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;

  *mday = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) yoe + era * 400 + (*month <= 2);
}

/* @day as "YYYY-MM-DD" in @out. */
static void
iso_of (int   day,
        char  out[11])
{
  int y, m, d;

  civil_of (day, &y, &m, &d);
  /* Digit by digit: a printf per date cost a tenth of writing the participants' sheet. */
  if (y < 0 || y > 9999)
    {
      g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
      return;
    }
  out[0] = (char) ('0' + y / 1000);
  out[1] = (char) ('0' + y / 100 % 10);
  out[2] = (char) ('0' + y / 10 % 10);
  out[3] = (char) ('0' + y % 10);
  out[4] = '-';
  out[5] = (char) ('0' + m / 10);
  out[6] = (char) ('0' + m % 10);
  out[7] = '-';
  out[8] = (char) ('0' + d / 10);
  out[9] = (char) ('0' + d % 10);
  out[10] = '\0';
}

/* An enum's nicks, as the database stores its values: looked up by their first letter and
 * then in full, where g_enum_get_value_by_nick() costs several times more per row. */
typedef struct {
  const char *nick[16];
  int         value[16];
  guint       n;
} Nicks;

static void
nicks_init (Nicks *n,
            GType  type)
{
  GEnumClass *klass = g_type_class_ref (type);

  n->n = MIN (klass->n_values, G_N_ELEMENTS (n->nick));
  for (guint i = 0; i < n->n; i++)
    {
      n->nick[i] = klass->values[i].value_nick;
      n->value[i] = klass->values[i].value;
    }
  /* The nicks are the static strings of the type's GEnumValue table. */
  g_type_class_unref (klass);
}

static int
nick_value (const Nicks *n,
            const char  *nick)
{
  if (nick != NULL)
    for (guint i = 0; i < n->n; i++)
      if (n->nick[i][0] == nick[0] && strcmp (n->nick[i], nick) == 0)
        return n->value[i];
  return -1;
}

/* Whether (@from, @id) comes before (@than_from, @than_id). */
static inline gboolean
before (int    from,
        gint64 id,
        int    than_from,
        gint64 than_id)
{
  return from < than_from || (from == than_from && id < than_id);
}

static guint
person_index (const GArray *people,
              gint64        id)
{
  guint lo = 0, hi = people->len;

  /* Ids Koers gives count up from 1: without deletions, the id gives the place. */
  if (id >= 1 && id <= hi && g_array_index (people, Person, id - 1).id == id)
    return (guint) (id - 1);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 at = g_array_index (people, Person, mid).id;

      if (at == id)
        return mid;
      if (at < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return G_MAXUINT;
}

/* Puts @rows (of @size bytes, a guint person first) in the order of their person, keeping
 * the tables' order within a person (a counting sort), and gives each person its first
 * row and count at @first_offset and @n_offset. */
static GArray *
group_by_person (GArray *rows,
                 gsize   size,
                 GArray *people,
                 gsize   first_offset,
                 gsize   n_offset)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, size, rows->len);
  g_autofree guint *next = g_new0 (guint, people->len + 1);

  g_array_set_size (sorted, rows->len);
  for (guint i = 0; i < rows->len; i++)
    next[*(guint *) (rows->data + i * size) + 1]++;
  for (guint p = 0; p < people->len; p++)
    {
      Person *person = &g_array_index (people, Person, p);

      next[p + 1] += next[p];
      G_STRUCT_MEMBER (guint, person, first_offset) = next[p];
      G_STRUCT_MEMBER (guint, person, n_offset) = next[p + 1] - next[p];
    }
  for (guint i = 0; i < rows->len; i++)
    {
      guint p = *(guint *) (rows->data + i * size);

      memcpy (sorted->data + next[p] * size, rows->data + i * size, size);
      next[p]++;
    }
  return sorted;
}

/* Both kinds of row begin with their person, id and day: they sort alike. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (PhaseRow, id) == G_STRUCT_OFFSET (Assessed, id));
G_STATIC_ASSERT (G_STRUCT_OFFSET (PhaseRow, from) == G_STRUCT_OFFSET (Assessed, finished));

/* A few rows a participant: an insertion sort by (day, id). */
static void
sort_by_day (guint8 *rows,
             guint   n,
             gsize   size)
{
  union { PhaseRow phase; Assessed assessed; } aligned;
  guint8 *row = (guint8 *) &aligned;
  const gsize id = G_STRUCT_OFFSET (PhaseRow, id), day = G_STRUCT_OFFSET (PhaseRow, from);

  for (guint i = 1; i < n; i++)
    {
      guint j = i;

      memcpy (row, rows + i * size, size);
      for (; j > 0 && before (G_STRUCT_MEMBER (int, row, day), G_STRUCT_MEMBER (gint64, row, id),
                              G_STRUCT_MEMBER (int, rows + (j - 1) * size, day),
                              G_STRUCT_MEMBER (gint64, rows + (j - 1) * size, id)); j--)
        memcpy (rows + j * size, rows + (j - 1) * size, size);
      memcpy (rows + j * size, row, size);
    }
}

typedef struct {
  GArray *rows;
  Nicks   nicks;
} PhaseReading;

/* A phase: koers_each_row (participant_id, id, phase, from_date, to_date). */
static void
add_phase (sqlite3_value **values,
           gpointer        user_data)
{
  PhaseReading *reading = user_data;
  PhaseRow row = { G_MAXUINT, sqlite3_value_int64 (values[1]) };

  row.participant = sqlite3_value_int64 (values[0]);
  row.phase = nick_value (&reading->nicks, (const char *) sqlite3_value_text (values[2]));
  row.from = day_of ((const char *) sqlite3_value_text (values[3]), NO_DAY);
  row.to = day_of ((const char *) sqlite3_value_text (values[4]), NEVER);
  if (row.phase >= 0 && row.from != NO_DAY)
    g_array_append_val (reading->rows, row);
}

/* Reads the phase history, in the table's order. */
static KoersSummaryPhases *
load_phases (Query *q)
{
  g_autoptr(KoersSummaryPhases) p = g_new0 (KoersSummaryPhases, 1);
  g_autoptr(KoersStmt) phases = NULL;
  PhaseReading reading;

  nicks_init (&reading.nicks, KOERS_TYPE_PHASE);
  reading.rows = p->rows = g_array_new (FALSE, FALSE, sizeof (PhaseRow));
  phases = prepare (q, "SELECT koers_each_row (participant_id, id, phase, from_date, to_date) "
                       "FROM phase_history");
  if (phases == NULL)
    return NULL;
  if (!koers_store_each_row (q->store, phases, add_phase, &reading, q->error))
    {
      q->failed = TRUE;
      return NULL;
    }
  return g_steal_pointer (&p);
}

typedef struct {
  KoersSummaryPeople *people;
  gboolean            in_order;
  GArray             *assessed;
  Nicks               sex_nicks;
  Nicks               status_nicks;
  Nicks               group_nicks;
  Nicks               category_nicks;
} PersonReading;

/* A participant: koers_each_row (id, code, name, country, sex, birth_date, status,
 * exit_date, commitment_date, target_group). */
static void
add_person (sqlite3_value **values,
            gpointer        user_data)
{
  PersonReading *reading = user_data;
  KoersSummaryPeople *p = reading->people;
  Person person = { sqlite3_value_int64 (values[0]) };
  const char *text;

#define TEXT(i) ((const char *) sqlite3_value_text (values[i]))
  if ((text = TEXT (1)) != NULL)
    person.code = g_string_chunk_insert (p->strings, text);
  if ((text = TEXT (2)) != NULL)
    person.name = g_string_chunk_insert (p->strings, text);
  if ((text = TEXT (3)) != NULL)
    g_strlcpy (person.country, text, sizeof person.country);
  person.sex = nick_value (&reading->sex_nicks, TEXT (4));
  if ((text = TEXT (5)) != NULL)
    g_strlcpy (person.birth, text, sizeof person.birth);
  person.status = nick_value (&reading->status_nicks, TEXT (6));
  person.exit = day_of (TEXT (7), NEVER);
  if ((text = TEXT (8)) != NULL)
    person.commitment = g_string_chunk_insert (p->strings, text);
  person.commitment_day = day_of (person.commitment, NO_DAY);
  person.target_group = nick_value (&reading->group_nicks, TEXT (9));
#undef TEXT
  if (p->people->len > 0
      && g_array_index (p->people, Person, p->people->len - 1).id > person.id)
    reading->in_order = FALSE;
  g_array_append_val (p->people, person);
}

/* A finished assessment: koers_each_row (participant_id, id, finished_date, category). */
static void
add_assessed (sqlite3_value **values,
              gpointer        user_data)
{
  PersonReading *reading = user_data;
  Assessed row = { person_index (reading->people->people, sqlite3_value_int64 (values[0])),
                   sqlite3_value_int64 (values[1]) };

  row.finished = day_of ((const char *) sqlite3_value_text (values[2]), NO_DAY);
  row.category = nick_value (&reading->category_nicks,
                             (const char *) sqlite3_value_text (values[3]));
  if (row.person != G_MAXUINT && row.finished != NO_DAY)
    g_array_append_val (reading->assessed, row);
}

/* The departures of the handover, for the partner of each return. */
typedef struct {
  gint64 participant;
  gint64 id;
  gint64 partner;
} Departure;

typedef struct {
  gint64      id;
  const char *name;
} PartnerName;

struct _KoersSummaryDepartures {
  GArray       *departures;  /* Departure, by participant, then id */
  GArray       *partners;    /* PartnerName */
  GStringChunk *names;
};

void
koers_summary_departures_free (KoersSummaryDepartures *departures)
{
  if (departures == NULL)
    return;
  g_clear_pointer (&departures->departures, g_array_unref);
  g_clear_pointer (&departures->partners, g_array_unref);
  g_clear_pointer (&departures->names, g_string_chunk_free);
  g_free (departures);
}

static int
compare_departures (gconstpointer a,
                    gconstpointer b)
{
  const Departure *x = a, *y = b;

  if (x->participant != y->participant)
    return x->participant < y->participant ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* A departure: koers_each_row (participant_id, id, partner_id). */
static void
add_departure (sqlite3_value **values,
               gpointer        user_data)
{
  GArray *departures = user_data;
  Departure d = { sqlite3_value_int64 (values[0]), sqlite3_value_int64 (values[1]),
                  sqlite3_value_int64 (values[2]) };

  g_array_append_val (departures, d);
}

/* Reads every departure in the handover and the partners' names. */
static KoersSummaryDepartures *
load_departures (Query *q)
{
  g_autoptr(KoersSummaryDepartures) d = g_new0 (KoersSummaryDepartures, 1);
  g_autoptr(KoersStmt) steps = NULL;
  g_autoptr(KoersStmt) partners = NULL;

  d->departures = g_array_new (FALSE, FALSE, sizeof (Departure));
  d->partners = g_array_new (FALSE, FALSE, sizeof (PartnerName));
  d->names = g_string_chunk_new (256);
  steps = prepare (q, "SELECT koers_each_row (participant_id, id, partner_id) FROM handover_step "
                      "WHERE step = 'departed'");
  if (steps == NULL)
    return NULL;
  if (!koers_store_each_row (q->store, steps, add_departure, d->departures, q->error))
    {
      q->failed = TRUE;
      return NULL;
    }
  g_array_sort (d->departures, compare_departures);
  partners = prepare (q, "SELECT id, name FROM partner");
  while (next_row (q, partners))
    {
      const char *name = koers_stmt_text (partners, 1);
      PartnerName partner = { sqlite3_column_int64 (partners, 0),
                              g_string_chunk_insert (d->names, name ? name : "") };

      g_array_append_val (d->partners, partner);
    }
  if (q->failed)
    return NULL;
  return g_steal_pointer (&d);
}

/* The name of the partner of @participant's latest departure (by id), or %NULL when the
 * handover has none (a return recorded before Koers kept the handover). */
static const char *
departed_with (const KoersSummaryDepartures *d,
               gint64                        participant)
{
  guint lo = 0, hi = d->departures->len;
  const Departure *latest = NULL;

  /* The first of @participant's departures, then the last. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (d->departures, Departure, mid).participant < participant)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < d->departures->len
         && g_array_index (d->departures, Departure, lo).participant == participant; lo++)
    latest = &g_array_index (d->departures, Departure, lo);
  if (latest == NULL)
    return NULL;
  /* A handful of partners. */
  for (guint i = 0; i < d->partners->len; i++)
    if (g_array_index (d->partners, PartnerName, i).id == latest->partner)
      return g_array_index (d->partners, PartnerName, i).name;
  return NULL;
}

/* Reads every participant and finished assessment; with @names also the names. Their
 * phases are added by add_phases(). */
static KoersSummaryPeople *
load_people (Query      *q,
             const char *from,
             const char *until,
             gboolean    names)
{
  g_autoptr(KoersSummaryPeople) p = g_new0 (KoersSummaryPeople, 1);
  g_autoptr(KoersStmt) participants = NULL;
  g_autoptr(KoersStmt) assessments = NULL;
  g_autoptr(GArray) assessed = NULL;
  PersonReading reading = { NULL, TRUE };

  nicks_init (&reading.sex_nicks, KOERS_TYPE_SEX);
  nicks_init (&reading.status_nicks, KOERS_TYPE_STATUS);
  nicks_init (&reading.group_nicks, KOERS_TYPE_TARGET_GROUP);
  nicks_init (&reading.category_nicks, KOERS_TYPE_SCORE_CATEGORY);
  p->from = g_strdup (from);
  p->until = g_strdup (until);
  p->names = names;
  p->people = g_array_new (FALSE, TRUE, sizeof (Person));
  p->strings = g_string_chunk_new (16384);

  reading.people = p;
  participants = prepare (q, "SELECT koers_each_row (id, code, CASE WHEN ?1 THEN given_name || "
                             "CASE WHEN family_name = '' THEN '' ELSE ' ' || family_name END END, "
                             "country, sex, birth_date, status, exit_date, commitment_date, "
                             "target_group) FROM participant");
  if (participants == NULL)
    return NULL;
  sqlite3_bind_int (participants, 1, names);
  if (!koers_store_each_row (q->store, participants, add_person, &reading, q->error))
    {
      q->failed = TRUE;
      return NULL;
    }
  /* By id, as the table gives them; should it not, sorted here. */
  if (!reading.in_order)
    g_array_sort (p->people, compare_ids);

  reading.assessed = assessed = g_array_new (FALSE, FALSE, sizeof (Assessed));
  assessments = prepare (q, "SELECT koers_each_row (participant_id, id, finished_date, category) "
                            "FROM assessment WHERE finished_date IS NOT NULL");
  if (assessments == NULL
      || !koers_store_each_row (q->store, assessments, add_assessed, &reading, q->error))
    {
      q->failed = TRUE;
      return NULL;
    }

  p->assessed = group_by_person (assessed, sizeof (Assessed), p->people,
                                 G_STRUCT_OFFSET (Person, first_assessed),
                                 G_STRUCT_OFFSET (Person, n_assessed));
  for (guint i = 0; i < p->people->len; i++)
    {
      const Person *person = &g_array_index (p->people, Person, i);

      sort_by_day ((guint8 *) &g_array_index (p->assessed, Assessed, person->first_assessed),
                   person->n_assessed, sizeof (Assessed));
    }
  return g_steal_pointer (&p);
}

/* Gives each of @p's participants its phases, by (from, id). */
static void
add_phases (KoersSummaryPeople       *p,
            const KoersSummaryPhases *phases)
{
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, FALSE, sizeof (PhaseRow), phases->rows->len);

  for (guint i = 0; i < phases->rows->len; i++)
    {
      PhaseRow row = g_array_index (phases->rows, PhaseRow, i);

      row.person = person_index (p->people, row.participant);
      if (row.person != G_MAXUINT)
        g_array_append_val (rows, row);
    }
  g_clear_pointer (&p->phases, g_array_unref);
  p->phases = group_by_person (rows, sizeof (PhaseRow), p->people,
                               G_STRUCT_OFFSET (Person, first_phase),
                               G_STRUCT_OFFSET (Person, n_phases));
  for (guint i = 0; i < p->people->len; i++)
    {
      const Person *person = &g_array_index (p->people, Person, i);

      sort_by_day ((guint8 *) &g_array_index (p->phases, PhaseRow, person->first_phase),
                   person->n_phases, sizeof (PhaseRow));
    }
}

/* Every participant, phase and finished assessment. */
static KoersSummaryPeople *
load_everyone (Query      *q,
               const char *from,
               const char *until,
               gboolean    names)
{
  g_autoptr(KoersSummaryPeople) p = load_people (q, from, until, names);
  g_autoptr(KoersSummaryPhases) phases = p != NULL ? load_phases (q) : NULL;

  if (phases == NULL)
    return NULL;
  add_phases (p, phases);
  return g_steal_pointer (&p);
}

static inline const PhaseRow *
phases_of (const KoersSummaryPeople *p,
           const Person             *person)
{
  return &g_array_index (p->phases, PhaseRow, person->first_phase);
}

/* The category of @person's latest assessment (by finished day, then id) finished by @day,
 * or -1. */
static int
category_on (const KoersSummaryPeople *p,
             const Person             *person,
             int                       day)
{
  const Assessed *a = &g_array_index (p->assessed, Assessed, person->first_assessed);
  int category = -1;

  for (guint i = 0; i < person->n_assessed && a[i].finished <= day; i++)
    category = a[i].category;
  return category;
}

static inline gboolean
is_active (int phase)
{
  return phase >= KOERS_PHASE_OUTREACH && phase <= KOERS_PHASE_HANDOVER;
}

static inline gboolean
within (int day,
        int first,
        int last)
{
  return day >= first && day <= last;
}

/* The labels of an enum's values, looked up once: gettext is not free at 3 000 rows. */
typedef struct {
  const char *sex[KOERS_SEX_OTHER + 1];
  const char *phase[KOERS_N_PHASES];
  const char *status[KOERS_STATUS_DECEASED + 1];
  const char *group[KOERS_TARGET_GROUP_2B + 1];
  const char *category[KOERS_SCORE_CATEGORY_SEVERE + 1];
  const char *age[KOERS_SUMMARY_N_AGE_BANDS];
  const char *no_age;
  const char *unknown;
} Labels;

static void
labels_init (Labels *l)
{
  for (int i = 0; i < (int) G_N_ELEMENTS (l->sex); i++)
    l->sex[i] = koers_sex_get_label (i);
  for (int i = 0; i < (int) G_N_ELEMENTS (l->phase); i++)
    l->phase[i] = koers_phase_get_label (i);
  for (int i = 0; i < (int) G_N_ELEMENTS (l->status); i++)
    l->status[i] = koers_status_get_label (i);
  for (int i = 0; i < (int) G_N_ELEMENTS (l->group); i++)
    l->group[i] = koers_target_group_get_label (i);
  for (int i = 0; i < (int) G_N_ELEMENTS (l->category); i++)
    l->category[i] = koers_score_category_get_label (i);
  for (int i = 0; i < KOERS_SUMMARY_N_AGE_BANDS; i++)
    l->age[i] = koers_summary_age_band_label (i);
  l->no_age = koers_summary_age_band_label (-1);
  l->unknown = C_("summary", "Unknown");
}

static const char *
age_band (const Labels *l,
          const char   *birth,
          const char   *on)
{
  int band = koers_summary_age_band_index (*birth ? birth : NULL, on);

  return band >= 0 ? l->age[band] : l->no_age;
}

#define LABEL(l, table, value) \
  ((value) >= 0 && (value) < (int) G_N_ELEMENTS ((l)->table) ? (l)->table[value] : (l)->unknown)

/* The name of the country @code in the UI language, looked up once per country. */
static const char *
country_name (const char **names,
              const char  *code)
{
  guint slot;

  if (!g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) || code[2] != '\0')
    return koers_country_get_name (*code ? code : NULL);
  slot = (guint) (code[0] - 'A') * 26 + (guint) (code[1] - 'A');
  if (names[slot] == NULL)
    names[slot] = koers_country_get_name (code);
  return names[slot];
}

/* ---- Summary, Phases and Returns -------------------------------------------------------- */

static void
add_return_lines (KoersSummary *s)
{
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

  /* Month by month over the project, for the chart against the target. */
  {
    g_autoptr(GDate) month = koers_date_parse_iso (s->project_start);
    g_autoptr(GDate) end = koers_date_parse_iso (s->project_end);

    g_date_set_day (month, 1);
    while (g_date_compare (month, end) <= 0)
      {
        g_autofree char *first = koers_date_to_iso (month);
        g_autofree char *label = g_strndup (first, 7);
        KoersSummaryLine *line = add_line (s->by_month, label);

        line->n[2] = strcmp (first, s->as_of) <= 0;
        g_date_add_months (month, 1);
      }
  }
}

/* A return of @person on @row's day, in the tables of the Returns sheet. */
static void
count_return (KoersSummary       *s,
              KoersSummaryPeople *p,
              const Person       *person,
              const PhaseRow     *row,
              const Labels       *l)
{
  char day[11];
  int category = category_on (p, person, row->from);
  const char *country = *person->country ? koers_country_get_name (person->country) : NULL;

  iso_of (row->from, day);
  find_line (s->by_country, country ? country : l->unknown)->n[0]++;
  find_line (s->by_sex, LABEL (l, sex, person->sex))->n[0]++;
  find_line (s->by_age, age_band (l, person->birth, day))->n[0]++;
  find_line (s->by_group, LABEL (l, group, person->target_group))->n[0]++;
  find_line (s->by_category, category >= 0 ? LABEL (l, category, category)
                                           : C_("category", "No assessment"))->n[0]++;
  /* By partner once the handover is read: koers_summary_count_partners(). */
  g_array_append_val (p->returned, person->id);
}

/* The flows, the phases and the returns of the period, from the participants' histories. */
static void
count_people (KoersSummary       *s,
              KoersSummaryPeople *p)
{
  static const KoersOutflow outflows[] = {
    [KOERS_STATUS_ACTIVE] = KOERS_OUTFLOW_RETURNED,
    [KOERS_STATUS_COMPLETED] = KOERS_OUTFLOW_RETURNED,
    [KOERS_STATUS_DROPPED_OUT] = KOERS_OUTFLOW_DROPPED_OUT,
    [KOERS_STATUS_TRANSFERRED] = KOERS_OUTFLOW_TRANSFERRED,
    [KOERS_STATUS_LEGAL_STATUS_CHANGED] = KOERS_OUTFLOW_LEGAL_STATUS_CHANGED,
    [KOERS_STATUS_LOST_CONTACT] = KOERS_OUTFLOW_LOST_CONTACT,
    [KOERS_STATUS_DECEASED] = KOERS_OUTFLOW_DECEASED,
  };
  GArray *days[KOERS_N_PHASES] = { NULL };
  gint64 moves[KOERS_N_PHASES][KOERS_N_PHASES] = { { 0 } };
  Labels l;
  int from = day_of (s->from, NO_DAY);
  int until = day_of (s->until, NO_DAY);
  int eve = from - 1;
  int as_of = day_of (s->as_of, NO_DAY);
  int start = day_of (s->project_start, NO_DAY);
  int end = day_of (s->project_end, NO_DAY);
  /* Returns count towards the target up to its end date, and the rate over the days lived. */
  int returns_until = MIN (as_of, end);
  int first_month_year, first_month, unused;

  labels_init (&l);
  civil_of (start, &first_month_year, &first_month, &unused);
  for (int i = 0; i < KOERS_N_PHASES; i++)
    days[i] = g_array_new (FALSE, FALSE, sizeof (int));
  add_return_lines (s);
  s->moves = new_lines ();
  g_clear_pointer (&p->returned, g_array_unref);
  p->returned = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < p->people->len; i++)
    {
      const Person *person = &g_array_index (p->people, Person, i);
      const PhaseRow *rows = phases_of (p, person);

      if (within (person->commitment_day, from, until))
        s->commitments++;
      if (person->n_phases == 0)
        continue;
      /* A trajectory's first phase began in the period: a first contact. */
      if (within (rows[0].from, from, until))
        s->new_contacts++;
      /* Ended while in a trajectory: not, say, lost contact during monitoring. */
      if (within (person->exit, from, until) && person->status >= KOERS_STATUS_DROPPED_OUT
          && person->status <= KOERS_STATUS_DECEASED)
        {
          int phase = -1;

          for (guint r = 0; r < person->n_phases && rows[r].from <= person->exit; r++)
            phase = rows[r].phase;
          if (is_active (phase))
            s->outflow[outflows[person->status]]++;
        }

      for (guint r = 0; r < person->n_phases; r++)
        {
          const PhaseRow *row = &rows[r];

          if (row->from <= eve && row->to > eve && is_active (row->phase) && person->exit > eve)
            s->active_start++;
          if (row->from <= as_of && row->to > as_of && person->exit > as_of)
            s->stock[row->phase]++;
          if (row->to != NEVER && within (row->to, from, until))
            {
              int d = row->to - row->from;
              g_array_append_val (days[row->phase], d);
            }
          if (within (row->from, from, until))
            {
              if (r > 0)
                moves[rows[r - 1].phase][row->phase]++;
              if (row->phase == KOERS_PHASE_INTAKE)
                s->inflow++;
            }
          if (row->phase != KOERS_PHASE_DEPARTED)
            continue;
          if (within (row->from, from, until))
            {
              s->returns++;
              if (person->target_group == KOERS_TARGET_GROUP_2B)
                s->returns_very_vulnerable++;
              count_return (s, p, person, row, &l);
            }
          if (within (row->from, start, returns_until))
            s->returns_cumulative++;
          if (within (row->from, start, as_of))
            {
              int y, m, d;
              gint64 month;

              civil_of (row->from, &y, &m, &d);
              month = (gint64) (y - first_month_year) * 12 + (m - first_month);
              if (month >= 0 && month < s->by_month->len)
                ((KoersSummaryLine *) s->by_month->pdata[month])->n[0]++;
            }
        }
    }
  s->outflow[KOERS_OUTFLOW_RETURNED] = s->returns;

  /* In a trajectory on as_of: the people in the phases from outreach to handover. */
  for (int i = KOERS_PHASE_OUTREACH; i <= KOERS_PHASE_HANDOVER; i++)
    s->active_end += s->stock[i];
  for (int i = 0; i < KOERS_N_PHASES; i++)
    {
      s->median_days[i] = koers_summary_median (days[i]);
      g_array_unref (days[i]);
    }
  for (int a = 0; a < KOERS_N_PHASES; a++)
    for (int b = 0; b < KOERS_N_PHASES; b++)
      if (moves[a][b] > 0)
        {
          /* Translators: a move between two phases, "Intake → Empowerment" */
          g_autofree char *label = g_strdup_printf (_("%s → %s"), l.phase[a], l.phase[b]);
          add_line (s->moves, label)->n[0] = moves[a][b];
        }
  g_ptr_array_sort (s->moves, by_count_then_label);
  g_ptr_array_sort (s->by_country, by_count_then_label);

  {
    gint64 cumulative = 0;

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

  /* The rate so far, carried on to the end of the project. */
  {
    int elapsed = returns_until - start + 1;
    int total = end - start + 1;

    s->forecast = elapsed > 0 && total > 0
                  ? (double) s->returns_cumulative * total / MIN (elapsed, total) : -1;
  }
}

/* ---- Training and handover --------------------------------------------------------------- */

/* An enrolment in a course: from start (to end, "" when open), dates as "YYYY-MM-DD". */
typedef struct {
  gint64 participant_id;
  char   start[11];
  char   end[11];
} Enrolled;

/* A session of the period. */
typedef struct {
  gint64 id;
  gint64 course_id;
  char   day[11];
  gboolean held;  /* not cancelled */
} Session;

/* A course with a session held in the period: its line, kind, enrolments and the points
 * earned on its places. */
typedef struct {
  KoersSummaryLine *line;
  gboolean          listed;  /* the line is in KoersSummary.courses, which frees it */
  int               kind;
  GArray           *enrolled;
  gint64            earned;
} Course;

static void
course_free (gpointer data)
{
  Course *c = data;

  if (!c->listed)
    free_line (c->line);
  g_array_unref (c->enrolled);
  g_free (c);
}

/* A mark: its participant and the index of its status in KoersAttendancePoints. */
typedef struct {
  gint64 participant_id;
  int    status;
} Mark;

/* The index of a mark's status in KoersAttendancePoints: present, late, excused, absent
 * differ in their first letter (the schema allows no other). */
static inline int
status_index (const char *status)
{
  switch (status ? status[0] : 'a')
    {
    case 'p': return 0;
    case 'l': return 1;
    case 'e': return 2;
    default: return 3;
    }
}

static gint64 *
int64_key (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

/* A set of participant ids: a bit each for the ids Koers gives (counting up from 1), a hash
 * table for any far beyond those. */
typedef struct {
  GArray     *bits;
  GHashTable *large;
  gint64      size;
} IdSet;

#define ID_SET_BITS (G_GINT64_CONSTANT (1) << 24)

static void
id_set_add (IdSet  *set,
            gint64  id)
{
  guint8 *byte;
  guint8 mask;

  if (id < 0 || id >= ID_SET_BITS)
    {
      if (set->large == NULL)
        set->large = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      if (!g_hash_table_contains (set->large, &id))
        {
          g_hash_table_add (set->large, g_memdup2 (&id, sizeof id));
          set->size++;
        }
      return;
    }
  if ((guint64) id / 8 >= set->bits->len)
    g_array_set_size (set->bits, MAX ((guint) (id / 8) + 1, set->bits->len * 2));
  byte = &g_array_index (set->bits, guint8, id / 8);
  mask = (guint8) (1u << (id % 8));
  if (!(*byte & mask))
    {
      *byte |= mask;
      set->size++;
    }
}

static void
id_set_clear (IdSet *set)
{
  g_clear_pointer (&set->bits, g_array_unref);
  g_clear_pointer (&set->large, g_hash_table_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (IdSet, id_set_clear)

/* An enrolment: koers_each_row (course_id, participant_id, start_date, end_date), kept
 * when its course held a session in the period. */
static void
add_enrolled (sqlite3_value **values,
              gpointer        user_data)
{
  GHashTable *courses = user_data;
  gint64 course_id = sqlite3_value_int64 (values[0]);
  Course *course = g_hash_table_lookup (courses, &course_id);
  Enrolled e = { sqlite3_value_int64 (values[1]), "", "" };
  const char *text;

  if (course == NULL)
    return;
  if ((text = (const char *) sqlite3_value_text (values[2])) != NULL)
    g_strlcpy (e.start, text, sizeof e.start);
  if ((text = (const char *) sqlite3_value_text (values[3])) != NULL)
    g_strlcpy (e.end, text, sizeof e.end);
  g_array_append_val (course->enrolled, e);
}

typedef struct {
  GArray  *marked;
  IdSet   *trained;
  gboolean in_order;
} Marking;

/* A session's mark: koers_each_row (participant_id, status). */
static void
add_mark (sqlite3_value **values,
          gpointer        user_data)
{
  Marking *marking = user_data;
  Mark m = { sqlite3_value_int64 (values[0]),
             status_index ((const char *) sqlite3_value_text (values[1])) };

  if (marking->marked->len > 0
      && g_array_index (marking->marked, Mark, marking->marked->len - 1).participant_id
         > m.participant_id)
    marking->in_order = FALSE;
  g_array_append_val (marking->marked, m);
  if (m.status <= 1)
    id_set_add (marking->trained, m.participant_id);
}

/* The places planned (each held session, each participant enrolled in its course on its
 * day; a place without a mark counts as absent, as in the course's own rates) and the points
 * earned on them, per course; and the participants trained (present or late at a session of
 * the period, held or not, enrolled or not). One query reads the period's sessions, one the
 * enrolments and one, per session, its marks by participant, straight from the index
 * attendance_session_marks (schema 13): each mark is read once and no enrolment is looked
 * up per place, where SQL doing the matching cost five times as much. */
static void
count_places (Query                       *q,
              KoersSummary                *s,
              const KoersAttendancePoints *points,
              GArray                      *sessions,
              GHashTable                  *courses)
{
  g_autoptr(KoersStmt) enrolments = NULL;
  g_autoptr(KoersStmt) marks = NULL;
  g_auto(IdSet) trained = { g_array_new (FALSE, TRUE, 1) };
  g_autoptr(GArray) marked = g_array_new (FALSE, FALSE, sizeof (Mark));

  /* Every enrolment, in one read of a small table, rather than those of each course
   * through its index. */
  enrolments = prepare (q, "SELECT koers_each_row (course_id, participant_id, start_date, "
                           "end_date) FROM enrolment");
  if (enrolments == NULL || !koers_store_each_row (q->store, enrolments, add_enrolled, courses,
                                                    q->error))
    {
      q->failed = TRUE;
      return;
    }

  marks = prepare (q, "SELECT koers_each_row (participant_id, status) FROM attendance "
                      "WHERE session_id = ?1");
  for (guint i = 0; i < sessions->len && !q->failed; i++)
    {
      const Session *session = &g_array_index (sessions, Session, i);
      Marking marking = { marked, &trained, TRUE };
      Course *course;

      g_array_set_size (marked, 0);
      sqlite3_bind_int64 (marks, 1, session->id);
      if (!koers_store_each_row (q->store, marks, add_mark, &marking, q->error))
        {
          q->failed = TRUE;
          break;
        }
      /* By participant, as the index gives them; should it not, sorted here. */
      if (!marking.in_order)
        g_array_sort (marked, compare_ids);

      /* A cancelled session plans no places. */
      if (!session->held || (course = g_hash_table_lookup (courses, &session->course_id)) == NULL)
        continue;
      for (guint e = 0; e < course->enrolled->len; e++)
        {
          const Enrolled *en = &g_array_index (course->enrolled, Enrolled, e);
          const Mark *m;

          if (strcmp (session->day, en->start) < 0 || (*en->end && strcmp (session->day, en->end) > 0))
            continue;
          /* Without a mark, the place counts as absent. */
          m = marked->len > 0 ? bsearch (&en->participant_id, marked->data, marked->len,
                                         sizeof (Mark), compare_ids)
                              : NULL;
          course->line->n[1]++;
          course->earned += points->points[m ? m->status : 3];
        }
    }
  s->participants_trained = trained.size;
}

static void
gather_training (Query                       *q,
                 KoersSummary                *s,
                 const KoersAttendancePoints *points)
{
  /* Held so far: up to the last day, or today when that is earlier. */
  const char *held_until = s->as_of;
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(KoersStmt) titles = NULL;
  g_autoptr(GArray) sessions = g_array_new (FALSE, FALSE, sizeof (Session));
  g_autoptr(GHashTable) courses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          course_free);
  gint64 minutes = 0;
  int best = 0;

  s->courses = new_lines ();
  s->kinds = new_lines ();
  for (int i = 0; i < 4; i++)
    best = MAX (best, points->points[i]);

  /* The period's sessions so far, once: the sessions held and their hours, and the courses
   * that held one. */
  stmt = prepare (q, "SELECT id, course_id, session_date, cancelled_reason IS NULL, "
                     "duration_minutes FROM training_session WHERE session_date BETWEEN ?1 AND ?2");
  if (stmt == NULL)
    return;
  koers_store_bind_text (stmt, 1, s->from);
  koers_store_bind_text (stmt, 2, held_until);
  while (next_row (q, stmt))
    {
      Session session = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), "",
                          sqlite3_column_int (stmt, 3) };
      Course *course;

      g_strlcpy (session.day, koers_stmt_text (stmt, 2), sizeof session.day);
      g_array_append_val (sessions, session);
      if (!session.held)
        continue;
      s->sessions_held++;
      minutes += sqlite3_column_int64 (stmt, 4);
      course = g_hash_table_lookup (courses, &session.course_id);
      if (course == NULL)
        {
          course = g_new0 (Course, 1);
          course->enrolled = g_array_new (FALSE, FALSE, sizeof (Enrolled));
          course->line = g_new0 (KoersSummaryLine, 1);
          g_hash_table_insert (courses, int64_key (session.course_id), course);
        }
      course->line->n[0]++;
    }
  s->training_hours = minutes / 60.0;

  /* The courses' titles and kinds, in the order of their titles. */
  titles = prepare (q, "SELECT id, title, kind FROM course ORDER BY title COLLATE NOCASE, id");
  while (next_row (q, titles))
    {
      gint64 id = sqlite3_column_int64 (titles, 0);
      Course *course = g_hash_table_lookup (courses, &id);

      if (course == NULL)
        continue;
      course->line->label = g_strdup (koers_stmt_text (titles, 1));
      if (!koers_enum_from_nick (KOERS_TYPE_COURSE_KIND, koers_stmt_text (titles, 2),
                                 &course->kind))
        course->kind = KOERS_COURSE_KIND_OTHER;
      g_ptr_array_add (s->courses, course->line);
      course->listed = TRUE;
    }

  s->internships = count (q, "SELECT count(*) FROM internship WHERE first_date <= ?2 AND "
                             "last_date >= ?1", s->from, held_until);
  /* Hours by the share of an internship's days that fall in the period (so far). */
  s->internship_hours = count (q, "SELECT coalesce(round(sum(hours * (julianday(min(last_date, ?2)) "
                                  "- julianday(max(first_date, ?1)) + 1) / (julianday(last_date) - "
                                  "julianday(first_date) + 1))), 0) FROM internship WHERE "
                                  "first_date <= ?2 AND last_date >= ?1", s->from, held_until);

  count_places (q, s, points, sessions, courses);
  if (q->failed)
    return;

  /* The rates, per course and per kind of course. */
  {
    GHashTableIter iter;
    Course *course;

    g_hash_table_iter_init (&iter, courses);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &course))
      course->line->rate = course->line->n[1] > 0 && best > 0
                           ? (double) course->earned / (double) (course->line->n[1] * best) : -1;
  }
  for (int kind = KOERS_COURSE_KIND_SMALL_BUSINESS; kind <= KOERS_COURSE_KIND_OTHER; kind++)
    {
      KoersSummaryLine *total = NULL;
      gint64 kind_earned = 0;
      GHashTableIter iter;
      Course *course;

      g_hash_table_iter_init (&iter, courses);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &course))
        {
          if (!course->listed || course->kind != kind)
            continue;
          if (total == NULL)
            total = add_line (s->kinds, koers_course_kind_get_label (kind));
          total->n[0] += course->line->n[0];
          total->n[1] += course->line->n[1];
          kind_earned += course->earned;
        }
      if (total != NULL)
        total->rate = total->n[1] > 0 && best > 0
                      ? (double) kind_earned / (double) (total->n[1] * best) : -1;
    }
}

/* A partner's steps in the period: sent, accepted, rejected, departed. */
typedef struct {
  gint64           id;
  KoersSummaryLine line;
  gboolean         seen;
} Stepping;

typedef struct {
  GArray *partners;  /* Stepping, by name */
} Steps;

static void
steps_clear (Steps *steps)
{
  for (guint i = 0; steps->partners != NULL && i < steps->partners->len; i++)
    g_free (g_array_index (steps->partners, Stepping, i).line.label);
  g_clear_pointer (&steps->partners, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Steps, steps_clear)

/* A step: koers_each_row (partner_id, step). */
static void
add_step (sqlite3_value **values,
          gpointer        user_data)
{
  static const char *const counted[] = { "sent", "accepted", "rejected", "departed" };
  Steps *steps = user_data;
  gint64 id = sqlite3_value_int64 (values[0]);
  const char *step = (const char *) sqlite3_value_text (values[1]);

  /* A handful of partners. */
  for (guint i = 0; i < steps->partners->len; i++)
    {
      Stepping *partner = &g_array_index (steps->partners, Stepping, i);

      if (partner->id != id)
        continue;
      partner->seen = TRUE;
      for (guint k = 0; step != NULL && k < G_N_ELEMENTS (counted); k++)
        if (strcmp (step, counted[k]) == 0)
          partner->line.n[k]++;
      return;
    }
}

/* The latest reached contact of a participant in the period, by (day, id). */
typedef struct {
  char   day[11];
  gint64 id;
  char   business[8];
} Latest;

static void
gather_handover (Query        *q,
                 KoersSummary *s)
{
  g_autoptr(KoersStmt) names = NULL;
  g_autoptr(KoersStmt) steps = NULL;
  g_autoptr(KoersStmt) contacts = NULL;
  g_auto(Steps) counted = { g_array_new (FALSE, FALSE, sizeof (Stepping)) };
  g_autoptr(GHashTable) reached = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                          g_free);
  GHashTableIter iter;
  Latest *latest;

  /* The period's steps per partner: the partners (a few), then the steps (a few thousand
   * rows), counted here, where SQL sorted them into groups at five times the cost. */
  s->partners = new_lines ();
  names = prepare (q, "SELECT id, name FROM partner ORDER BY name COLLATE NOCASE, id");
  while (next_row (q, names))
    {
      Stepping partner = { sqlite3_column_int64 (names, 0) };

      partner.line.label = (char *) koers_stmt_text (names, 1);
      partner.line.label = g_strdup (partner.line.label ? partner.line.label : "");
      g_array_append_val (counted.partners, partner);
    }
  steps = prepare (q, "SELECT koers_each_row (partner_id, step) FROM handover_step "
                      "WHERE step_date BETWEEN ?1 AND ?2");
  if (steps == NULL)
    return;
  koers_store_bind_text (steps, 1, s->from);
  koers_store_bind_text (steps, 2, s->until);
  if (!koers_store_each_row (q->store, steps, add_step, &counted, q->error))
    {
      q->failed = TRUE;
      return;
    }
  for (guint i = 0; i < counted.partners->len; i++)
    {
      Stepping *partner = &g_array_index (counted.partners, Stepping, i);
      KoersSummaryLine *line;

      if (!partner->seen)
        continue;
      line = add_line (s->partners, partner->line.label);
      memcpy (line->n, partner->line.n, sizeof line->n);
    }

  /* Contacts made; people reached, and how far their business was at their latest reached
   * contact of the period: one read of the contacts, counted here. */
  contacts = prepare (q, "SELECT participant_id, id, contact_date, reached, business FROM "
                         "monitoring_contact WHERE contact_date BETWEEN ?1 AND ?2");
  if (contacts == NULL)
    return;
  koers_store_bind_text (contacts, 1, s->from);
  koers_store_bind_text (contacts, 2, s->until);
  while (next_row (q, contacts))
    {
      gint64 participant_id = sqlite3_column_int64 (contacts, 0);
      gint64 id = sqlite3_column_int64 (contacts, 1);
      const char *day = koers_stmt_text (contacts, 2);
      int c;

      s->contacts_made++;
      if (sqlite3_column_int (contacts, 3) != 1 || day == NULL)
        continue;
      latest = g_hash_table_lookup (reached, &participant_id);
      if (latest == NULL)
        {
          latest = g_new0 (Latest, 1);
          g_hash_table_insert (reached, int64_key (participant_id), latest);
        }
      else if ((c = strcmp (day, latest->day)) < 0 || (c == 0 && id < latest->id))
        continue;
      g_strlcpy (latest->day, day, sizeof latest->day);
      latest->id = id;
      g_strlcpy (latest->business, koers_stmt_text (contacts, 4), sizeof latest->business);
    }
  s->contacts_reached = g_hash_table_size (reached);
  g_hash_table_iter_init (&iter, reached);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &latest))
    {
      if (strcmp (latest->business, "yes") == 0)
        s->business_started++;
      else if (strcmp (latest->business, "partly") == 0)
        s->business_partly++;
    }
}

/* Which of the Training and Handover sheets will have something, before their figures are
 * counted: each a question SQLite stops asking at the first row that answers it. */
static void
gather_sheets (Query        *q,
               KoersSummary *s)
{
  /* The same "today" as the figures: the last day, or today when that is earlier. */
  const char *held_until = s->as_of;

  s->has_training = count (q, "SELECT EXISTS (SELECT 1 FROM training_session WHERE "
                              "cancelled_reason IS NULL AND session_date BETWEEN ?1 AND ?2) OR "
                              "EXISTS (SELECT 1 FROM internship WHERE first_date <= ?2 AND "
                              "last_date >= ?1)", s->from, held_until) != 0;
  s->has_handover = count (q, "SELECT EXISTS (SELECT 1 FROM handover_step h JOIN partner pa ON "
                              "pa.id = h.partner_id WHERE h.step_date BETWEEN ?1 AND ?2) OR "
                              "EXISTS (SELECT 1 FROM monitoring_contact WHERE contact_date "
                              "BETWEEN ?1 AND ?2)", s->from, s->until) != 0;
}

/**
 * koers_store_summary_begin:
 * @self: a store
 * @from: the first day of the period, "YYYY-MM-DD"
 * @until: the last day
 * @targets: the project's start, end and targets
 * @error: return location for an error
 *
 * Checks the period and the targets and begins a read transaction, fixed at the state the
 * file is in now, so that every figure agrees with every other. Next,
 * koers_store_summary_read_people(), koers_store_summary_read_phases(),
 * koers_store_summary_count_people() and koers_store_summary_finish() count the figures.
 *
 * The phases and the rest may also be counted on a second store on the same file, at the
 * same time in another thread, provided it sees the same state of the same file: look at
 * its version (koers_store_get_data_version()) before this begins, and begin its
 * transaction with koers_store_begin_read_fixed() after; when that gives the same version,
 * nothing changed the file in between, and when koers_store_get_file_id() gives the same
 * file for both, it is the same file.
 *
 * Returns: (transfer full) (nullable): the figures to count; %NULL, with no transaction
 *   left open, on an error.
 */
KoersSummary *
koers_store_summary_begin (KoersStore                *self,
                           const char                *from,
                           const char                *until,
                           const KoersSummaryTargets *targets,
                           GError                   **error)
{
  g_autoptr(KoersSummary) s = g_new0 (KoersSummary, 1);
  g_autoptr(GDate) a = koers_date_parse_iso (from);
  g_autoptr(GDate) b = koers_date_parse_iso (until);
  g_autoptr(GDate) start = koers_date_parse_iso (targets->project_start);
  gint64 version;

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

  if (!koers_store_begin_read_fixed (self, &version, error))
    return NULL;
  return g_steal_pointer (&s);
}

/**
 * koers_store_summary_read_people:
 * @self: the store koers_store_summary_begin() began
 * @summary: its figures
 * @names: whether to read the names too
 * @error: return location for an error
 *
 * Reads every participant and finished assessment, for
 * koers_store_summary_count_people(). On an error it ends the transaction.
 *
 * Returns: (transfer full) (nullable): the participants, as yet without their phases.
 */
KoersSummaryPeople *
koers_store_summary_read_people (KoersStore   *self,
                                 KoersSummary *summary,
                                 gboolean      names,
                                 GError      **error)
{
  Query q = { self, error, FALSE };
  KoersSummaryPeople *people;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  people = load_people (&q, summary->from, summary->until, names);
  if (people == NULL)
    koers_store_rollback (self);
  return people;
}

/**
 * koers_store_summary_read_phases:
 * @self: the store koers_store_summary_begin() began, or a second one in the same state
 * @error: return location for an error
 *
 * Reads the phase history, for koers_store_summary_count_people(). On an error it ends
 * the transaction.
 *
 * Returns: (transfer full) (nullable): the phases.
 */
KoersSummaryPhases *
koers_store_summary_read_phases (KoersStore  *self,
                                 GError     **error)
{
  Query q = { self, error, FALSE };
  KoersSummaryPhases *phases;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  phases = load_phases (&q);
  if (phases == NULL)
    koers_store_rollback (self);
  return phases;
}

/**
 * koers_store_summary_read_departures:
 * @self: the store koers_store_summary_begin() began, or a second one in the same state
 * @error: return location for an error
 *
 * Reads the departures of the handover, for koers_summary_count_partners(). On an error
 * it ends the transaction.
 *
 * Returns: (transfer full) (nullable): the departures.
 */
KoersSummaryDepartures *
koers_store_summary_read_departures (KoersStore  *self,
                                     GError     **error)
{
  Query q = { self, error, FALSE };
  KoersSummaryDepartures *departures;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  departures = load_departures (&q);
  if (departures == NULL)
    koers_store_rollback (self);
  return departures;
}

/**
 * koers_summary_count_partners:
 * @summary: figures koers_store_summary_count_people() counted
 * @people: the participants it counted them from
 * @departures: the departures, read in the same state of the file
 *
 * Counts the returns of the period by partner: the partner of each one's latest departure
 * in the handover ("Not recorded" when it has none).
 */
void
koers_summary_count_partners (KoersSummary                 *summary,
                              const KoersSummaryPeople     *people,
                              const KoersSummaryDepartures *departures)
{
  g_return_if_fail (people->returned != NULL);

  for (guint i = 0; i < people->returned->len; i++)
    {
      const char *name = departed_with (departures,
                                        g_array_index (people->returned, gint64, i));

      find_line (summary->by_partner, name ? name : C_("partner", "Not recorded"))->n[0]++;
    }
  g_ptr_array_sort (summary->by_partner, by_count_then_label);
}

/**
 * koers_store_summary_count_people:
 * @self: the store the participants were read on
 * @summary: its figures
 * @people: the participants; they get their phases
 * @phases: the phases, read in the same state of the file
 * @last: whether to end the transaction afterwards (when the rest is counted on another
 *   store)
 * @error: return location for an error
 *
 * Counts the figures of the Summary, Phases and Returns sheets, and which of the Training
 * and Handover sheets will have something. On an error, and when @last, it ends the
 * transaction; otherwise koers_store_summary_finish() ends it.
 *
 * Returns: %TRUE when counted.
 */
gboolean
koers_store_summary_count_people (KoersStore               *self,
                                  KoersSummary             *summary,
                                  KoersSummaryPeople       *people,
                                  const KoersSummaryPhases *phases,
                                  gboolean                  last,
                                  GError                  **error)
{
  Query q = { self, error, FALSE };

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  add_phases (people, phases);
  count_people (summary, people);
  gather_sheets (&q, summary);
  if (q.failed || last)
    koers_store_rollback (self);
  return !q.failed;
}

/**
 * koers_store_summary_end:
 * @self: a store koers_store_summary_begin() began
 *
 * Ends its transaction, when the counting stops halfway.
 */
void
koers_store_summary_end (KoersStore *self)
{
  g_return_if_fail (KOERS_IS_STORE (self));

  koers_store_rollback (self);
}

/**
 * koers_store_summary_start:
 * @self: a store
 * @from: the first day of the period, "YYYY-MM-DD"
 * @until: the last day
 * @targets: the project's start, end and targets
 * @people: (out) (optional) (transfer full): the participants of the period for the detail
 *   sheet (koers_summary_people_foreach())
 * @names: whether @people gives names
 * @error: return location for an error
 *
 * Begins a read transaction and counts the figures of the Summary, Phases and Returns
 * sheets, and which of the Training and Handover sheets will have something:
 * koers_store_summary_begin(), then reading and counting the people, on one store.
 * koers_store_summary_finish() counts the rest in the same transaction, so that all
 * figures agree with each other. In between the store may be used by nothing else; the
 * figures given so far may be read.
 *
 * Returns: (transfer full) (nullable): the figures so far; %NULL, with no transaction left
 *   open, on an error.
 */
KoersSummary *
koers_store_summary_start (KoersStore                *self,
                           const char                *from,
                           const char                *until,
                           const KoersSummaryTargets *targets,
                           KoersSummaryPeople       **people,
                           gboolean                   names,
                           GError                   **error)
{
  g_autoptr(KoersSummary) s = koers_store_summary_begin (self, from, until, targets, error);
  g_autoptr(KoersSummaryPeople) loaded = NULL;
  g_autoptr(KoersSummaryPhases) phases = NULL;
  g_autoptr(KoersSummaryDepartures) departures = NULL;

  if (s == NULL
      || (loaded = koers_store_summary_read_people (self, s, names, error)) == NULL
      || (phases = koers_store_summary_read_phases (self, error)) == NULL
      || !koers_store_summary_count_people (self, s, loaded, phases, FALSE, error)
      || (departures = koers_store_summary_read_departures (self, error)) == NULL)
    return NULL;
  koers_summary_count_partners (s, loaded, departures);
  if (people != NULL)
    *people = g_steal_pointer (&loaded);
  return g_steal_pointer (&s);
}

/**
 * koers_store_summary_finish:
 * @self: the store koers_store_summary_begin() began, or a second one in the same state
 * @summary: its figures so far
 * @points: how attendance marks count
 * @error: return location for an error
 *
 * Counts the figures of the Training and Handover sheets and ends the transaction begun on
 * @self, also on an error. It may run in another thread than the rest, as long as nothing
 * else uses @self meanwhile; it writes only the figures of those two sheets in @summary, and
 * reads only the period, which koers_store_summary_begin() set.
 *
 * Returns: %TRUE when counted.
 */
gboolean
koers_store_summary_finish (KoersStore                  *self,
                            KoersSummary                *summary,
                            const KoersAttendancePoints *points,
                            GError                     **error)
{
  Query q = { self, error, FALSE };

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  gather_training (&q, summary, points);
  gather_handover (&q, summary);
  koers_store_rollback (self);
  return !q.failed;
}

/**
 * koers_store_get_summary_full:
 * @self: a store
 * @from: the first day of the period, "YYYY-MM-DD"
 * @until: the last day
 * @targets: the project's start, end and targets
 * @points: how attendance marks count
 * @people: (out) (optional) (transfer full): the participants of the period for the detail
 *   sheet (koers_summary_people_foreach()), read in the same transaction
 * @names: whether @people gives names
 * @error: return location for an error
 *
 * Counts the figures of the summary for funders over a period, in one read transaction so
 * that they agree with each other.
 *
 * Returns: (transfer full) (nullable): the figures.
 */
KoersSummary *
koers_store_get_summary_full (KoersStore                  *self,
                              const char                  *from,
                              const char                  *until,
                              const KoersSummaryTargets   *targets,
                              const KoersAttendancePoints *points,
                              KoersSummaryPeople         **people,
                              gboolean                     names,
                              GError                     **error)
{
  g_autoptr(KoersSummaryPeople) loaded = NULL;
  g_autoptr(KoersSummary) s = koers_store_summary_start (self, from, until, targets,
                                                         people ? &loaded : NULL, names, error);

  if (s == NULL || !koers_store_summary_finish (self, s, points, error))
    return NULL;
  if (people != NULL)
    *people = g_steal_pointer (&loaded);
  return g_steal_pointer (&s);
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
 * koers_store_get_summary_full() without the participants.
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
  return koers_store_get_summary_full (self, from, until, targets, points, NULL, FALSE, error);
}

/* ---- The participants' sheet -------------------------------------------------------------- */

static int
by_code (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  const GArray *people = data;

  return strcmp (g_array_index (people, Person, *(const guint *) a).code,
                 g_array_index (people, Person, *(const guint *) b).code);
}

/**
 * koers_summary_people_has_names:
 * @people: the participants, as koers_store_summary_start() read them
 *
 * Returns: whether they were read with their names (personal data).
 */
gboolean
koers_summary_people_has_names (const KoersSummaryPeople *people)
{
  return people->names;
}

/**
 * koers_summary_people_foreach:
 * @people: the participants, as koers_store_get_summary_full() kept them
 * @func: called for each participant in a trajectory at some time in the period, by code
 * @user_data: for @func
 * @error: return location for an error, set by @func
 *
 * Returns: %TRUE when every participant was given to @func and it returned %TRUE.
 */
gboolean
koers_summary_people_foreach (const KoersSummaryPeople *p,
                              KoersSummaryPersonFunc    func,
                              gpointer                  user_data,
                              GError                  **error)
{
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), p->people->len);
  g_autofree const char **countries = g_new0 (const char *, 26 * 26);
  int from = day_of (p->from, NO_DAY);
  int until = day_of (p->until, NO_DAY);
  Labels l;

  labels_init (&l);
  /* Not ended before the period and in a trajectory at some time in it. */
  for (guint i = 0; i < p->people->len; i++)
    {
      const Person *person = &g_array_index (p->people, Person, i);
      const PhaseRow *rows = phases_of (p, person);

      if (person->exit < from)
        continue;
      for (guint r = 0; r < person->n_phases; r++)
        if (rows[r].from <= until && rows[r].to >= from && is_active (rows[r].phase))
          {
            g_array_append_val (order, i);
            break;
          }
    }
  g_array_sort_with_data (order, by_code, p->people);

  for (guint i = 0; i < order->len; i++)
    {
      const Person *person = &g_array_index (p->people, Person, g_array_index (order, guint, i));
      const PhaseRow *rows = phases_of (p, person);
      int phase = -1, intake = NEVER, departed = NEVER;
      int category = category_on (p, person, until);
      char intake_iso[11], departed_iso[11];

      for (guint r = 0; r < person->n_phases; r++)
        {
          if (rows[r].from <= until)
            phase = rows[r].phase;
          if (rows[r].phase == KOERS_PHASE_INTAKE)
            intake = MIN (intake, rows[r].from);
          if (rows[r].phase == KOERS_PHASE_DEPARTED)
            departed = MIN (departed, rows[r].from);
        }
      if (intake != NEVER)
        iso_of (intake, intake_iso);
      if (departed != NEVER)
        iso_of (departed, departed_iso);
      {
        KoersSummaryPerson row = {
          person->code,
          person->name,
          country_name (countries, person->country),
          LABEL (&l, sex, person->sex),
          age_band (&l, person->birth, p->until),
          LABEL (&l, phase, phase),
          /* The status it had at the end of the period. */
          person->exit <= until ? LABEL (&l, status, person->status) : l.status[KOERS_STATUS_ACTIVE],
          intake != NEVER ? intake_iso : NULL,
          person->commitment,
          departed != NEVER ? departed_iso : NULL,
          category >= 0 ? LABEL (&l, category, category) : NULL,
        };

        if (!func (&row, user_data, error))
          return FALSE;
      }
    }
  return TRUE;
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
 * The participants of a period, for the detail sheet.
 *
 * Returns: %TRUE when every participant was given to @func and it returned %TRUE.
 */
gboolean
koers_store_foreach_summary_person (KoersStore             *self,
                                    const char             *from,
                                    const char             *until,
                                    gboolean                names,
                                    KoersSummaryPersonFunc  func,
                                    gpointer                user_data,
                                    GError                **error)
{
  g_autoptr(KoersSummaryPeople) people = NULL;
  Query q = { self, error, FALSE };

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!koers_store_begin_read (self, error))
    return FALSE;
  people = load_everyone (&q, from, until, names);
  koers_store_rollback (self);
  return people != NULL && koers_summary_people_foreach (people, func, user_data, error);
}
