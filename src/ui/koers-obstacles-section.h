/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OBSTACLES_SECTION (koers_obstacles_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersObstaclesSection, koers_obstacles_section, KOERS, OBSTACLES_SECTION,
                      GtkWidget)

void koers_obstacles_section_show (KoersObstaclesSection *self,
                                   KoersSession          *session,
                                   gint64                 participant_id);

G_END_DECLS
