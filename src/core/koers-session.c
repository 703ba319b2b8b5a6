/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-backup.h"
#include "koers-session.h"

/* What the views of one window share: the open store and the settings. Handed down as a
 * property rather than fetched from a global, so that every widget can be tested alone. */

struct _KoersSession
{
  GObject     parent_instance;

  KoersStore *store;
  GSettings  *settings;
};

G_DEFINE_FINAL_TYPE (KoersSession, koers_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
koers_session_dispose (GObject *object)
{
  KoersSession *self = KOERS_SESSION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (koers_session_parent_class)->dispose (object);
}

static void
koers_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KoersSession *self = KOERS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KoersSession *self = KOERS_SESSION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_session_class_init (KoersSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_session_dispose;
  object_class->get_property = koers_session_get_property;
  object_class->set_property = koers_session_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KOERS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_session_init (KoersSession *self)
{
}

/* The audit trail names the person set in Preferences, or else the computer account's. */
static void
update_actor (KoersSession *self)
{
  g_autofree char *name = NULL;

  if (self->settings != NULL)
    name = g_strstrip (g_settings_get_string (self->settings, "staff-name"));
  koers_store_set_actor (self->store, name != NULL && *name ? name : g_get_real_name ());
}

/**
 * koers_session_new:
 * @store: the open database
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer full): a session over @store.
 */
KoersSession *
koers_session_new (KoersStore *store,
                   GSettings  *settings)
{
  KoersSession *self;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KOERS_TYPE_SESSION, "store", store, "settings", settings, NULL);

  update_actor (self);
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::staff-name", G_CALLBACK (update_actor), self,
                             G_CONNECT_SWAPPED);
  return self;
}

/**
 * koers_session_get_store:
 * @self: a session
 *
 * Returns: (transfer none): the session's store.
 */
KoersStore *
koers_session_get_store (KoersSession *self)
{
  g_return_val_if_fail (KOERS_IS_SESSION (self), NULL);
  return self->store;
}

/**
 * koers_session_get_settings:
 * @self: a session
 *
 * Returns: (transfer none) (nullable): the session's settings.
 */
GSettings *
koers_session_get_settings (KoersSession *self)
{
  g_return_val_if_fail (KOERS_IS_SESSION (self), NULL);
  return self->settings;
}

/**
 * koers_session_dup_backup_folder:
 * @self: a session
 *
 * Returns: (transfer full): where backups go: the folder chosen in Preferences, or
 *   "koers-backups" next to the database.
 */
char *
koers_session_dup_backup_folder (KoersSession *self)
{
  g_autofree char *chosen = NULL;

  g_return_val_if_fail (KOERS_IS_SESSION (self), NULL);

  if (self->settings != NULL)
    chosen = g_settings_get_string (self->settings, "backup-folder");
  if (chosen != NULL && *chosen != '\0')
    return g_steal_pointer (&chosen);
  return koers_backup_default_folder (koers_store_get_path (self->store));
}

/**
 * koers_attendance_points_from_settings:
 * @settings: (nullable): Koers's settings
 * @points: (out caller-allocates): the points per mark set in Preferences, or the defaults
 */
void
koers_attendance_points_from_settings (GSettings             *settings,
                                       KoersAttendancePoints *points)
{
  koers_attendance_points_init (points);
  if (settings != NULL)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, "attendance-points");
      gsize n = 0;
      const gint32 *values = g_variant_get_fixed_array (value, &n, sizeof (gint32));

      for (gsize i = 0; i < MIN (n, G_N_ELEMENTS (points->points)); i++)
        points->points[i] = values[i];
    }
}
