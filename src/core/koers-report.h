/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "koers-store.h"

G_BEGIN_DECLS

/**
 * KoersReportFlags:
 * @KOERS_REPORT_INCLUDE_NONE: only what is not sensitive
 * @KOERS_REPORT_INCLUDE_HEALTH: medical and psychological obstacles, checklist items about
 *   health, and the wellbeing, support needed and notes of monitoring contacts
 * @KOERS_REPORT_INCLUDE_SAFETY: safety obstacles and checklist items about safety
 * @KOERS_REPORT_INCLUDE_SCORE_LIST: the vulnerability score list: the target group, the
 *   assessments, their categories and why (which names health and safety domains)
 *
 * The sensitive parts of a dossier a trajectory report includes; each is left out unless
 * the user asks for it. The contact log is never part of a report.
 */
typedef enum {
  KOERS_REPORT_INCLUDE_NONE = 0,
  KOERS_REPORT_INCLUDE_HEALTH = 1 << 0,
  KOERS_REPORT_INCLUDE_SAFETY = 1 << 1,
  KOERS_REPORT_INCLUDE_SCORE_LIST = 1 << 2,
} KoersReportFlags;

/* A report gathered from the store: plain, translated text, ready to be laid out. */
typedef struct _KoersReport KoersReport;

KoersReport *koers_report_gather      (KoersStore                  *store,
                                       gint64                       participant_id,
                                       KoersReportFlags             include,
                                       const KoersAttendancePoints *points,
                                       GError                     **error);
gboolean     koers_report_render_pdf  (KoersReport                 *report,
                                       const char                  *organisation,
                                       const char                  *path,
                                       guint                       *n_pages,
                                       GError                     **error);
void         koers_report_free        (KoersReport                 *report);
gboolean     koers_report_write_pdf   (KoersStore                  *store,
                                       gint64                       participant_id,
                                       KoersReportFlags             include,
                                       const char                  *organisation,
                                       const char                  *path,
                                       GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersReport, koers_report_free)

G_END_DECLS
