/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

/* The quarterly summary for directors and funders: figures over a period, gathered by the
 * store (koers-store-summary.c), written as a workbook (koers-summary-xlsx.c). */

/**
 * KoersSummaryLine:
 * @label: what the line counts, in the UI language
 * @n: its counts; what each means depends on the table
 * @rate: a share from 0 to 1, or -1 when there is none
 *
 * One line of a table of the summary.
 */
typedef struct {
  char   *label;
  gint64  n[4];
  double  rate;
} KoersSummaryLine;

typedef enum {
  KOERS_OUTFLOW_RETURNED,
  KOERS_OUTFLOW_DROPPED_OUT,
  KOERS_OUTFLOW_TRANSFERRED,
  KOERS_OUTFLOW_LEGAL_STATUS_CHANGED,
  KOERS_OUTFLOW_LOST_CONTACT,
  KOERS_OUTFLOW_DECEASED,
  KOERS_N_OUTFLOWS
} KoersOutflow;

/**
 * KoersSummaryTargets:
 * @project_start: the first day of the project, "YYYY-MM-DD"
 * @project_end: the day the target is due (18 months later, by default)
 * @target: the returns the funder asks for (45)
 * @ambition: the returns the organisation aims for (50)
 *
 * What the returns are measured against; kept in Preferences.
 */
typedef struct {
  const char *project_start;
  const char *project_end;
  int         target;
  int         ambition;
} KoersSummaryTargets;

typedef struct {
  char      *from;
  char      *until;
  char      *as_of;                   /* the last day, or today when that is earlier */
  char      *project_start;
  char      *project_end;
  int        target;
  int        ambition;

  /* Summary */
  gint64     active_start;            /* in a trajectory (outreach to handover) the day before */
  gint64     active_end;              /* … on the last day (today, if that is earlier) */
  gint64     new_contacts;            /* trajectories whose first phase began in the period */
  gint64     inflow;                  /* new intakes */
  gint64     outflow[KOERS_N_OUTFLOWS];
  gint64     commitments;
  gint64     returns;
  gint64     returns_cumulative;      /* since the project start, up to the last day */
  gint64     returns_very_vulnerable; /* of this period's returns, target group 2b */
  double     forecast;                /* returns by the project end at the rate so far; -1 */
  double     median_days[KOERS_N_PHASES]; /* of the phases that ended in the period; -1 */

  /* Phases */
  gint64     stock[KOERS_N_PHASES];   /* on as_of, of trajectories not ended otherwise */
  GPtrArray *moves;                   /* "Intake → Empowerment": n[0] moves */

  /* Returns: n[0] returns */
  GPtrArray *by_country;
  GPtrArray *by_sex;
  GPtrArray *by_age;
  GPtrArray *by_group;
  GPtrArray *by_category;
  GPtrArray *by_partner;
  GPtrArray *by_month;                /* months of the project: n[0] returns, n[1] cumulative,
                                       * n[2] 1 when the month has begun by the last day */

  /* Whether the Training and the Handover sheet have something (known before their figures) */
  gboolean   has_training;            /* a session held or an internship running */
  gboolean   has_handover;            /* a handover step or a monitoring contact */

  /* Training */
  gint64     sessions_held;
  double     training_hours;
  gint64     participants_trained;    /* marked present or late at least once */
  GPtrArray *courses;                 /* n[0] sessions held, n[1] planned places; rate */
  GPtrArray *kinds;                   /* the same per kind of course */
  gint64     internships;             /* running in the period */
  gint64     internship_hours;

  /* Handover: n[0] sent, n[1] accepted, n[2] rejected, n[3] departed */
  GPtrArray *partners;
  gint64     contacts_made;
  gint64     contacts_reached;        /* people reached */
  gint64     business_started;        /* people whose business had started, at their latest */
  gint64     business_partly;
} KoersSummary;

/**
 * KoersSummaryPerson:
 *
 * A participant of the period, for the optional detail sheet: pseudonymous unless names
 * were asked for (@name is %NULL then).
 */
typedef struct {
  const char *code;
  const char *name;
  const char *country;
  const char *sex;
  const char *age_band;
  const char *phase;
  const char *status;
  const char *intake;
  const char *commitment;
  const char *departure;
  const char *category;
} KoersSummaryPerson;

typedef gboolean (*KoersSummaryPersonFunc) (const KoersSummaryPerson *person,
                                            gpointer                  user_data,
                                            GError                  **error);

/* The participants of a period with their phases and assessments, as the store read them
 * for the summary (koers-store-summary.c). */
typedef struct _KoersSummaryPeople KoersSummaryPeople;

gboolean    koers_summary_people_has_names (const KoersSummaryPeople *people);
gboolean    koers_summary_people_foreach (const KoersSummaryPeople *people,
                                          KoersSummaryPersonFunc    func,
                                          gpointer                  user_data,
                                          GError                  **error);
void        koers_summary_people_free    (KoersSummaryPeople       *people);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersSummaryPeople, koers_summary_people_free)

/* The phase history, as the store read it for the summary. */
typedef struct _KoersSummaryPhases KoersSummaryPhases;

void        koers_summary_phases_free    (KoersSummaryPhases       *phases);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersSummaryPhases, koers_summary_phases_free)

/* The departures of the handover, as the store read them for the summary. */
typedef struct _KoersSummaryDepartures KoersSummaryDepartures;

void        koers_summary_departures_free (KoersSummaryDepartures  *departures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersSummaryDepartures, koers_summary_departures_free)
void        koers_summary_count_partners (KoersSummary                 *summary,
                                          const KoersSummaryPeople     *people,
                                          const KoersSummaryDepartures *departures);

void        koers_summary_free          (KoersSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersSummary, koers_summary_free)

gboolean    koers_summary_parse_period  (const char  *text,
                                         char       **from,
                                         char       **until,
                                         GError     **error);
char       *koers_summary_default_end   (const char  *project_start);
const char *koers_summary_outflow_label (KoersOutflow outflow);
const char *koers_summary_age_band      (const char  *birth_date,
                                         const char  *on);
#define KOERS_SUMMARY_N_AGE_BANDS 6
int         koers_summary_age_band_index (const char *birth_date,
                                          const char *on);
const char *koers_summary_age_band_label (int         band);
double      koers_summary_median        (GArray      *days);

G_END_DECLS
