/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-staff.h"

/* A staff member as loaded from the store: case managers, trainers, volunteers. */

struct _KoersStaff
{
  GObject         parent_instance;

  gint64          id;
  char           *name;
  KoersStaffRole  role;
};

G_DEFINE_FINAL_TYPE (KoersStaff, koers_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
koers_staff_finalize (GObject *object)
{
  g_free (KOERS_STAFF (object)->name);
  G_OBJECT_CLASS (koers_staff_parent_class)->finalize (object);
}

static void
koers_staff_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoersStaff *self = KOERS_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_staff_class_init (KoersStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = koers_staff_finalize;
  object_class->get_property = koers_staff_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, KOERS_TYPE_STAFF_ROLE,
                                             KOERS_STAFF_ROLE_CASE_MANAGER,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_staff_init (KoersStaff *self)
{
}

/**
 * koers_staff_new:
 * @id: the store's id
 * @name: the name
 * @role: what they do
 *
 * Returns: (transfer full): a staff record.
 */
KoersStaff *
koers_staff_new (gint64          id,
                 const char     *name,
                 KoersStaffRole  role)
{
  KoersStaff *self = g_object_new (KOERS_TYPE_STAFF, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->role = role;
  return self;
}

/* Accessors; the name is owned by the record. */

gint64
koers_staff_get_id (KoersStaff *self)
{
  g_return_val_if_fail (KOERS_IS_STAFF (self), 0);
  return self->id;
}

const char *
koers_staff_get_name (KoersStaff *self)
{
  g_return_val_if_fail (KOERS_IS_STAFF (self), NULL);
  return self->name;
}

KoersStaffRole
koers_staff_get_role (KoersStaff *self)
{
  g_return_val_if_fail (KOERS_IS_STAFF (self), 0);
  return self->role;
}
