/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-obstacle.h"

/* An obstacle as loaded from the store: an immutable snapshot. */

struct _KoersObstacle
{
  GObject              parent_instance;

  gint64               id;
  gint64               participant_id;
  KoersObstacleKind    kind;
  char                *description;
  KoersObstacleStatus  status;
  char                *opened_date;
  char                *resolved_date;
};

G_DEFINE_FINAL_TYPE (KoersObstacle, koers_obstacle, G_TYPE_OBJECT)

static void
koers_obstacle_finalize (GObject *object)
{
  KoersObstacle *self = KOERS_OBSTACLE (object);

  g_free (self->description);
  g_free (self->opened_date);
  g_free (self->resolved_date);

  G_OBJECT_CLASS (koers_obstacle_parent_class)->finalize (object);
}

static void
koers_obstacle_class_init (KoersObstacleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_obstacle_finalize;
}

static void
koers_obstacle_init (KoersObstacle *self)
{
}

/**
 * koers_obstacle_new:
 * @id: the store's id, 0 for a new one
 * @participant_id: whose obstacle it is
 * @kind: what kind of obstacle
 * @description: what it is, in words
 * @status: open, in progress or resolved
 * @opened_date: when it was noted, "YYYY-MM-DD"
 * @resolved_date: (nullable): when it was resolved
 *
 * Returns: (transfer full): an obstacle record.
 */
KoersObstacle *
koers_obstacle_new (gint64               id,
                    gint64               participant_id,
                    KoersObstacleKind    kind,
                    const char          *description,
                    KoersObstacleStatus  status,
                    const char          *opened_date,
                    const char          *resolved_date)
{
  KoersObstacle *self = g_object_new (KOERS_TYPE_OBSTACLE, NULL);

  self->id = id;
  self->participant_id = participant_id;
  self->kind = kind;
  self->description = g_strdup (description);
  self->status = status;
  self->opened_date = g_strdup (opened_date);
  self->resolved_date = g_strdup (resolved_date);
  return self;
}

/* Accessors; strings are owned by the record. */

gint64
koers_obstacle_get_id (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), 0);
  return self->id;
}

gint64
koers_obstacle_get_participant_id (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), 0);
  return self->participant_id;
}

KoersObstacleKind
koers_obstacle_get_kind (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), 0);
  return self->kind;
}

const char *
koers_obstacle_get_description (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), NULL);
  return self->description;
}

KoersObstacleStatus
koers_obstacle_get_status (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), 0);
  return self->status;
}

const char *
koers_obstacle_get_opened_date (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), NULL);
  return self->opened_date;
}

const char *
koers_obstacle_get_resolved_date (KoersObstacle *self)
{
  g_return_val_if_fail (KOERS_IS_OBSTACLE (self), NULL);
  return self->resolved_date;
}
