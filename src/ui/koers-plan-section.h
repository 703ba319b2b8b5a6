/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PLAN_SECTION (koers_plan_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersPlanSection, koers_plan_section, KOERS, PLAN_SECTION, GtkWidget)

void koers_plan_section_show (KoersPlanSection *self,
                              KoersSession     *session,
                              gint64            participant_id);

G_END_DECLS
