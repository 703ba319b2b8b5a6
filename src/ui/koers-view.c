/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-view.h"

/* The one base of the window's views: each has the session, a title and an icon for the
 * view switcher. Children are laid out top to bottom; everything else is the view's own. */

typedef struct
{
  KoersSession *session;
  char         *title;
  char         *icon_name;
} KoersViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KoersView, koers_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_TITLE,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
koers_view_dispose (GObject *object)
{
  KoersView *self = KOERS_VIEW (object);
  KoersViewPrivate *priv = koers_view_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (koers_view_parent_class)->dispose (object);
}

static void
koers_view_finalize (GObject *object)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (KOERS_VIEW (object));

  g_free (priv->title);
  g_free (priv->icon_name);

  G_OBJECT_CLASS (koers_view_parent_class)->finalize (object);
}

static void
koers_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (KOERS_VIEW (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, priv->session);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, priv->icon_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KoersView *self = KOERS_VIEW (object);
  KoersViewPrivate *priv = koers_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SESSION:
      koers_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_TITLE:
      g_free (priv->title);
      priv->title = g_value_dup_string (value);
      break;
    case PROP_ICON_NAME:
      g_free (priv->icon_name);
      priv->icon_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_view_class_init (KoersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_view_dispose;
  object_class->finalize = koers_view_finalize;
  object_class->get_property = koers_view_get_property;
  object_class->set_property = koers_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, KOERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Title and icon of the view in the view switcher; set once, in the subclass's template. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
koers_view_init (KoersView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
}

/**
 * koers_view_get_session:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the session the view shows.
 */
KoersSession *
koers_view_get_session (KoersView *self)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (self);

  g_return_val_if_fail (KOERS_IS_VIEW (self), NULL);
  return priv->session;
}

/**
 * koers_view_set_session:
 * @self: a view
 * @session: (nullable): the session to show
 *
 * Sets the session; subclasses follow `notify::session` to load their data.
 */
void
koers_view_set_session (KoersView    *self,
                        KoersSession *session)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (self);

  g_return_if_fail (KOERS_IS_VIEW (self));

  if (g_set_object (&priv->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * koers_view_get_title:
 * @self: a view
 *
 * Returns: (transfer none): the view's title in the view switcher.
 */
const char *
koers_view_get_title (KoersView *self)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (self);

  g_return_val_if_fail (KOERS_IS_VIEW (self), NULL);
  return priv->title;
}

/**
 * koers_view_get_icon_name:
 * @self: a view
 *
 * Returns: (transfer none): the view's icon in the view switcher.
 */
const char *
koers_view_get_icon_name (KoersView *self)
{
  KoersViewPrivate *priv = koers_view_get_instance_private (self);

  g_return_val_if_fail (KOERS_IS_VIEW (self), NULL);
  return priv->icon_name;
}
