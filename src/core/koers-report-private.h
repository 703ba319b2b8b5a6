/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-report.h"

G_BEGIN_DECLS

/* A report is a flat list of blocks of translated text; koers-report.c and
 * koers-report-sections.c fill it from the store, koers-report-pdf.c lays it out. Nothing
 * in it refers to the store, so it can be laid out in another thread. */

typedef enum {
  KOERS_REPORT_BLOCK_TITLE,       /* the first page's title: name and code */
  KOERS_REPORT_BLOCK_HEADING,     /* a section */
  KOERS_REPORT_BLOCK_SUBHEADING,  /* a part of a section */
  KOERS_REPORT_BLOCK_FIELD,       /* label: value */
  KOERS_REPORT_BLOCK_ITEM,        /* a lead (date or mark) in a narrow column, then text */
  KOERS_REPORT_BLOCK_NOTICE,      /* a paragraph in a box: what the report leaves out */
} KoersReportBlockKind;

/* Widths of the lead column of an item, in points. */
#define KOERS_REPORT_LEAD_MARK 12.0
#define KOERS_REPORT_LEAD_DATE 76.0

typedef struct {
  KoersReportBlockKind  kind;
  char                 *label;   /* a field's label, an item's lead; plain text, nullable */
  char                 *markup;  /* the text, as Pango markup (values escaped) */
  double                lead;    /* an item's lead column width */
} KoersReportBlock;

struct _KoersReport
{
  char             *name;         /* the participant's name, as one says it */
  char             *code;         /* the dossier code */
  char             *title;        /* "Trajectory report", translated */
  char             *date;         /* the day of the report, formatted */
  char             *footer;       /* "Confidential · 28-11-2026" */
  char             *page_format;  /* translated, two %u: this page and the number of pages */
  GPtrArray        *blocks;       /* KoersReportBlock */
  KoersReportFlags  include;
  GPtrArray        *nothing;      /* while gathering: the parts with nothing to report */
};

void koers_report_add        (KoersReport          *report,
                              KoersReportBlockKind  kind,
                              const char           *label,
                              char                 *markup);
void koers_report_heading    (KoersReport          *report,
                              const char           *title);
void koers_report_subheading (KoersReport          *report,
                              const char           *title);
void koers_report_field      (KoersReport          *report,
                              const char           *label,
                              const char           *value);
void koers_report_item       (KoersReport          *report,
                              double                lead_width,
                              const char           *lead,
                              char                 *markup);
void koers_report_nothing    (KoersReport          *report,
                              const char           *part);
char *koers_report_join      (GPtrArray            *parts);

/* koers-report-sections.c: the later parts of a trajectory */
gboolean koers_report_add_training   (KoersReport                 *report,
                                      KoersStore                  *store,
                                      gint64                       participant_id,
                                      const KoersAttendancePoints *points,
                                      GError                     **error);
gboolean koers_report_add_score_list (KoersReport                 *report,
                                      KoersStore                  *store,
                                      KoersParticipant            *participant,
                                      GError                     **error);
gboolean koers_report_add_handover   (KoersReport                 *report,
                                      KoersStore                  *store,
                                      gint64                       participant_id,
                                      GError                     **error);
gboolean koers_report_add_monitoring (KoersReport                 *report,
                                      KoersStore                  *store,
                                      gint64                       participant_id,
                                      GError                     **error);

G_END_DECLS
