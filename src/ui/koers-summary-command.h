/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "koers-summary-xlsx.h"

G_BEGIN_DECLS

void koers_summary_targets_from_settings (GSettings             *settings,
                                          KoersSummaryTargets   *targets,
                                          char                 **start,
                                          char                 **end);
int  koers_summary_command               (const char            *database,
                                          const char            *period,
                                          const char            *output,
                                          gboolean               with_people,
                                          gboolean               with_names);

G_END_DECLS
