/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "koers-application.h"
#include "koers-session.h"
#include "koers-summary-command.h"

/* `koers --export-quarter 2026-Q3 --output summary.xlsx`: the quarterly summary for
 * directors who script it, with the project's targets from Preferences. A message and a
 * non-zero exit on any error; nothing half-written is left behind. */

/**
 * koers_summary_targets_from_settings:
 * @settings: Koers's settings
 * @targets: (out caller-allocates): filled from them
 * @start: (out): owns @targets->project_start
 * @end: (out): owns @targets->project_end
 */
void
koers_summary_targets_from_settings (GSettings            *settings,
                                     KoersSummaryTargets  *targets,
                                     char                **start,
                                     char                **end)
{
  *start = g_strstrip (g_settings_get_string (settings, "project-start"));
  *end = g_strstrip (g_settings_get_string (settings, "project-end"));
  targets->project_start = *start;
  targets->project_end = **end ? *end : NULL;
  targets->target = g_settings_get_int (settings, "return-target");
  targets->ambition = g_settings_get_int (settings, "return-ambition");
}

int
koers_summary_command (const char *database,
                       const char *period,
                       const char *output,
                       gboolean    with_people,
                       gboolean    with_names)
{
  g_autoptr(GSettings) settings = koers_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *organisation = NULL;
  KoersSummaryTargets targets;
  KoersAttendancePoints points;
  KoersSummaryOptions options = { 0 };

  if (output == NULL || *output == '\0')
    {
      g_printerr (_("koers: --export-quarter needs --output FILE, the workbook to write\n"));
      return EXIT_FAILURE;
    }
  if (!koers_summary_parse_period (period, &from, &until, &error))
    {
      g_printerr ("koers: %s\n", error->message);
      return EXIT_FAILURE;
    }
  koers_summary_targets_from_settings (settings, &targets, &start, &end);
  koers_attendance_points_from_settings (settings, &points);
  organisation = g_settings_get_string (settings, "organisation-name");
  options.organisation = organisation;
  options.with_people = with_people || with_names;
  options.with_names = with_names;
  if (with_names)
    g_printerr (_("koers: the workbook holds names: it is personal data. Keep it safe and "
                  "delete it when it has served its purpose.\n"));
  if (!koers_summary_export (database, from, until, &targets, &points, &options, output, &error))
    {
      g_printerr ("koers: %s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (_("Wrote the summary of %s to %s\n"), period, output);
  return EXIT_SUCCESS;
}
