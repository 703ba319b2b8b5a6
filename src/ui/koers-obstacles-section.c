/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-error-dialog.h"
#include "koers-obstacles-section.h"
#include "koers-window.h"

/* The obstacles ("belemmeringen") section of a dossier: one row per obstacle with its status
 * and a remove button (with Undo), and a form to note a new one. */

struct _KoersObstaclesSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *obstacles_group;
  GtkListBox          *obstacle_list;
  AdwExpanderRow      *add_obstacle_row;
  AdwComboRow         *obstacle_kind_row;
  AdwEntryRow         *obstacle_text_row;

  KoersSession        *session;
  gint64               participant_id;
};

G_DEFINE_FINAL_TYPE (KoersObstaclesSection, koers_obstacles_section, GTK_TYPE_WIDGET)

static void
add_toast (KoersObstaclesSection *self,
           AdwToast              *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* A refused description stays typed; the section says why. */
static void
set_error (KoersObstaclesSection *self,
           const char            *message)
{
  adw_preferences_group_set_description (self->obstacles_group, message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->obstacle_text_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->obstacle_text_row), "error");
}

static void on_obstacle_status_cb (GtkDropDown      *drop_down,
                                   GParamSpec       *pspec,
                                   KoersObstaclesSection *self);
static void on_obstacle_remove_cb (GtkButton        *button,
                                   KoersObstaclesSection *self);

static const char *
obstacle_status_choice (int status)
{
  return koers_obstacle_status_get_label (status);
}

static const char *
obstacle_kind_choice (int kind)
{
  return koers_obstacle_kind_get_label (kind);
}

/* One row per obstacle: kind, description and dates; its status; remove. */
static void
load_obstacles (KoersObstaclesSection *self)
{
  g_autoptr(GListModel) obstacles = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->obstacle_list))) != NULL)
    gtk_list_box_remove (self->obstacle_list, child);

  obstacles = koers_store_list_obstacles (koers_session_get_store (self->session),
                                          self->participant_id, NULL);
  for (guint i = 0; obstacles != NULL && i < g_list_model_get_n_items (obstacles); i++)
    {
      g_autoptr(KoersObstacle) obstacle = g_list_model_get_item (obstacles, i);
      g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
      g_autofree char *noted = koers_date_format_user (koers_obstacle_get_opened_date (obstacle));
      g_autofree char *dates = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = NULL;
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (koers_obstacle_get_resolved_date (obstacle) != NULL)
        {
          g_autofree char *resolved =
            koers_date_format_user (koers_obstacle_get_resolved_date (obstacle));
          /* Translators: "noted 01-03-2026, resolved 15-05-2026" */
          dates = g_strdup_printf (_("noted %s, resolved %s"), noted, resolved);
        }
      else
        /* Translators: "noted 01-03-2026" */
        dates = g_strdup_printf (_("noted %s"), noted);
      subtitle = g_markup_printf_escaped ("%s\n%s", koers_obstacle_get_description (obstacle),
                                          dates);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     koers_obstacle_kind_get_label (koers_obstacle_get_kind (obstacle)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      for (int s = 0; s <= KOERS_OBSTACLE_STATUS_RESOLVED; s++)
        gtk_string_list_append (statuses, obstacle_status_choice (s));
      status = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (status), koers_obstacle_get_status (obstacle));
      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (status, "flat");
      g_object_set_data (G_OBJECT (status), "koers-obstacle-id",
                         GINT_TO_POINTER ((int) koers_obstacle_get_id (obstacle)));
      g_signal_connect (status, "notify::selected", G_CALLBACK (on_obstacle_status_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      g_object_set_data (G_OBJECT (remove), "koers-obstacle-id",
                         GINT_TO_POINTER ((int) koers_obstacle_get_id (obstacle)));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_obstacle_remove_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      gtk_list_box_append (self->obstacle_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->obstacle_list),
                          obstacles != NULL && g_list_model_get_n_items (obstacles) > 0);
}

static void
on_obstacle_status_cb (GtkDropDown      *drop_down,
                       GParamSpec       *pspec,
                       KoersObstaclesSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (drop_down), "koers-obstacle-id"));

  if (self->session == NULL)
    return;
  if (!koers_store_set_obstacle_status (koers_session_get_store (self->session), id,
                                        gtk_drop_down_get_selected (drop_down), NULL, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
      load_obstacles (self);
      return;
    }
  add_toast (self, koers_window_new_undo_toast (koers_session_get_store (self->session),
                                                _("Saved")));
}

static void
on_obstacle_remove_cb (GtkButton        *button,
                       KoersObstaclesSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "koers-obstacle-id"));
  g_autoptr(KoersObstacle) removed = NULL;
  KoersStore *store;

  if (self->session == NULL)
    return;
  store = koers_session_get_store (self->session);
  removed = koers_store_delete_obstacle (store, id, &error);
  if (removed == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Obstacle Could Not Be Removed"), error);
      return;
    }
  add_toast (self, koers_window_new_undo_toast (store, _("Obstacle removed")));
}

static void
add_obstacle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersObstaclesSection *self = KOERS_OBSTACLES_SECTION (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (koers_store_add_obstacle (koers_session_get_store (self->session), self->participant_id,
                                adw_combo_row_get_selected (self->obstacle_kind_row),
                                gtk_editable_get_text (GTK_EDITABLE (self->obstacle_text_row)),
                                NULL, &error) == 0)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_error (self, error->message);
      else
        koers_show_error (widget, _("The Change Could Not Be Saved"), error);
      return;
    }
  set_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->obstacle_text_row), "");
  adw_expander_row_set_expanded (self->add_obstacle_row, FALSE);
  add_toast (self, adw_toast_new (_("Obstacle noted")));
}

static void
koers_obstacles_section_dispose (GObject *object)
{
  KoersObstaclesSection *self = KOERS_OBSTACLES_SECTION (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_OBSTACLES_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_obstacles_section_parent_class)->dispose (object);
}

static void
koers_obstacles_section_class_init (KoersObstaclesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_obstacles_section_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-obstacles-section.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KoersObstaclesSection, obstacles_group);
  gtk_widget_class_bind_template_child (widget_class, KoersObstaclesSection, obstacle_list);
  gtk_widget_class_bind_template_child (widget_class, KoersObstaclesSection, add_obstacle_row);
  gtk_widget_class_bind_template_child (widget_class, KoersObstaclesSection, obstacle_kind_row);
  gtk_widget_class_bind_template_child (widget_class, KoersObstaclesSection, obstacle_text_row);
  gtk_widget_class_install_action (widget_class, "obstacles.add", NULL, add_obstacle_action);
}

static void
koers_obstacles_section_init (KoersObstaclesSection *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (int kind = 0; kind <= KOERS_OBSTACLE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, obstacle_kind_choice (kind));
  adw_combo_row_set_model (self->obstacle_kind_row, G_LIST_MODEL (kinds));
}

/**
 * koers_obstacles_section_show:
 * @self: an obstacles section
 * @session: (nullable): the session
 * @participant_id: whose obstacles to show
 *
 * Shows (or refreshes) the obstacles of a participant; a description being typed for the
 * same participant is kept.
 */
void
koers_obstacles_section_show (KoersObstaclesSection *self,
                              KoersSession          *session,
                              gint64                 participant_id)
{
  g_return_if_fail (KOERS_IS_OBSTACLES_SECTION (self));

  g_set_object (&self->session, session);
  if (self->participant_id != participant_id)
    {
      self->participant_id = participant_id;
      gtk_editable_set_text (GTK_EDITABLE (self->obstacle_text_row), "");
      set_error (self, NULL);
    }
  if (self->session != NULL && self->participant_id != 0)
    load_obstacles (self);
}
