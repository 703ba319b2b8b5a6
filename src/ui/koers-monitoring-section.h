/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_MONITORING_SECTION (koers_monitoring_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersMonitoringSection, koers_monitoring_section, KOERS,
                      MONITORING_SECTION, GtkWidget)

void koers_monitoring_section_show (KoersMonitoringSection *self,
                                    KoersSession           *session,
                                    gint64                  participant_id);

G_END_DECLS
