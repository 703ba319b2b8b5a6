/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_TYPE_OBSTACLE (koers_obstacle_get_type ())

G_DECLARE_FINAL_TYPE (KoersObstacle, koers_obstacle, KOERS, OBSTACLE, GObject)

KoersObstacle       *koers_obstacle_new                (gint64               id,
                                                        gint64               participant_id,
                                                        KoersObstacleKind    kind,
                                                        const char          *description,
                                                        KoersObstacleStatus  status,
                                                        const char          *opened_date,
                                                        const char          *resolved_date);
gint64               koers_obstacle_get_id             (KoersObstacle *self);
gint64               koers_obstacle_get_participant_id (KoersObstacle *self);
KoersObstacleKind    koers_obstacle_get_kind           (KoersObstacle *self);
const char          *koers_obstacle_get_description    (KoersObstacle *self);
KoersObstacleStatus  koers_obstacle_get_status         (KoersObstacle *self);
const char          *koers_obstacle_get_opened_date    (KoersObstacle *self);
const char          *koers_obstacle_get_resolved_date  (KoersObstacle *self);

G_END_DECLS
