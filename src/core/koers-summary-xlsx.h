/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"
#include "koers-summary.h"

G_BEGIN_DECLS

typedef void (*KoersProgressFunc) (double   fraction,
                                   gpointer user_data);

/**
 * KoersSummaryOptions:
 * @organisation: the organisation's name: the workbook's author and in its headers
 * @with_people: add the sheet with one row per participant of the period
 * @with_names: give names on it (personal data); pseudonymous otherwise
 * @cancellable: (nullable): to stop the export
 * @progress: (nullable): told how far the export is, 0 to 1
 * @progress_data: for @progress
 *
 * What goes into the workbook besides the figures.
 */
typedef struct {
  const char        *organisation;
  gboolean           with_people;
  gboolean           with_names;
  GCancellable      *cancellable;
  KoersProgressFunc  progress;
  gpointer           progress_data;
} KoersSummaryOptions;

gboolean koers_summary_write_xlsx (const KoersSummary        *summary,
                                   const KoersSummaryPeople  *people,
                                   const KoersSummaryOptions *options,
                                   const char                *path,
                                   GError                   **error);
gboolean koers_summary_export     (const char                  *database,
                                   const char                  *from,
                                   const char                  *until,
                                   const KoersSummaryTargets   *targets,
                                   const KoersAttendancePoints *points,
                                   const KoersSummaryOptions   *options,
                                   const char                  *path,
                                   GError                     **error);

G_END_DECLS
