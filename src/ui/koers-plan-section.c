/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-error-dialog.h"
#include "koers-plan-section.h"
#include "koers-window.h"

/* The perspective / return plan of a dossier: goals, each an expander with its actions
 * (done, owner, due date) and a form for a new action; a new goal at the end. */

struct _KoersPlanSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkListBox          *goals;
  AdwEntryRow         *new_goal_row;

  KoersSession        *session;
  gint64               participant_id;
};

G_DEFINE_FINAL_TYPE (KoersPlanSection, koers_plan_section, GTK_TYPE_WIDGET)

#define ID_KEY "koers-id"

static void
toast (KoersPlanSection *self,
       const char       *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root) && self->session != NULL)
    koers_window_add_toast (KOERS_WINDOW (root),
                            koers_window_new_undo_toast (koers_session_get_store (self->session),
                                                         text));
}

static void
report (KoersPlanSection *self,
        GtkWidget        *row,
        const GError     *error)
{
  if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
    {
      adw_preferences_group_set_description (self->group, error->message);
      gtk_widget_add_css_class (row, "error");
    }
  else
    koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
}

static void
on_done_toggled_cb (GtkCheckButton   *check,
                    KoersPlanSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), ID_KEY));

  if (!koers_store_set_action_done (koers_session_get_store (self->session), id,
                                    gtk_check_button_get_active (check), &error))
    report (self, GTK_WIDGET (check), error);
  else
    toast (self, _("Saved"));
}

static void
on_add_action_cb (GtkButton        *button,
                  KoersPlanSection *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *description = g_object_get_data (G_OBJECT (button), "description");
  GtkWidget *owner = g_object_get_data (G_OBJECT (button), "owner");
  GtkWidget *due = g_object_get_data (G_OBJECT (button), "due");
  gint64 goal = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), ID_KEY));
  g_autofree char *due_iso = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (due)),
                                                    FALSE);

  if (due_iso == NULL)
    {
      g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Due date: type it as day-month-year, such as 24-05-2026."));
      report (self, due, error);
      return;
    }
  if (koers_store_add_action (koers_session_get_store (self->session), goal,
                              gtk_editable_get_text (GTK_EDITABLE (description)),
                              gtk_editable_get_text (GTK_EDITABLE (owner)),
                              *due_iso ? due_iso : NULL, &error) == 0)
    {
      report (self, description, error);
      return;
    }
  toast (self, _("Action added"));
}

static void
on_new_goal_cb (AdwEntryRow      *row,
                KoersPlanSection *self)
{
  g_autoptr(GError) error = NULL;

  if (koers_store_add_goal (koers_session_get_store (self->session), self->participant_id,
                            gtk_editable_get_text (GTK_EDITABLE (row)), &error) == 0)
    {
      report (self, GTK_WIDGET (row), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  adw_preferences_group_set_description (self->group, NULL);
  toast (self, _("Goal added"));
}

static GtkWidget *
entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static GtkWidget *
goal_row (KoersPlanSection *self,
          GVariant         *goal)
{
  gint64 goal_id;
  const char *title;
  g_autoptr(GVariant) actions = NULL;
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *description, *owner, *due, *add_row, *add;
  g_autofree char *progress = NULL;
  guint n_done = 0, n;

  g_variant_get_child (goal, 0, "x", &goal_id);
  g_variant_get_child (goal, 1, "&s", &title);
  actions = g_variant_get_child_value (goal, 2);
  n = g_variant_n_children (actions);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);

  for (guint i = 0; i < n; i++)
    {
      gint64 id;
      const char *what, *who, *by, *done;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *subtitle = NULL;
      g_autofree char *by_shown = NULL;

      g_variant_get_child (actions, i, "(x&s&s&sm&s)", &id, &what, &who, &by, &done);
      n_done += done != NULL;
      by_shown = koers_date_format_user (*by ? by : NULL);
      if (*who && *by)
        /* Translators: "Lotte, by 15-07-2026" */
        subtitle = g_strdup_printf (_("%s, by %s"), who, by_shown);
      else if (*by)
        subtitle = g_strdup_printf (_("by %s"), by_shown);
      else
        subtitle = g_strdup (who);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done != NULL);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Done"));
      g_object_set_data (G_OBJECT (check), ID_KEY, GINT_TO_POINTER ((int) id));
      g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  /* Translators: "1 of 3 actions done" */
  progress = g_strdup_printf (ngettext ("%u of %u action done", "%u of %u actions done", n),
                              n_done, n);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), progress);

  description = entry_row (_("New action"));
  owner = entry_row (_("Who does it"));
  due = entry_row (_("Due date (day-month-year)"));
  add_row = adw_action_row_new ();
  add = gtk_button_new_with_mnemonic (_("_Add Action"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (add), ID_KEY, GINT_TO_POINTER ((int) goal_id));
  g_object_set_data (G_OBJECT (add), "description", description);
  g_object_set_data (G_OBJECT (add), "owner", owner);
  g_object_set_data (G_OBJECT (add), "due", due);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_action_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), description);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), owner);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), due);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), add_row);
  return expander;
}

static void
load (KoersPlanSection *self)
{
  g_autoptr(GVariant) plan = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals))) != NULL)
    gtk_list_box_remove (self->goals, child);
  if (self->session == NULL || self->participant_id == 0)
    return;
  plan = koers_store_list_plan (koers_session_get_store (self->session), self->participant_id,
                                NULL);
  for (gsize i = 0; plan != NULL && i < g_variant_n_children (plan); i++)
    {
      g_autoptr(GVariant) goal = g_variant_get_child_value (plan, i);
      gtk_list_box_append (self->goals, goal_row (self, goal));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->goals),
                          plan != NULL && g_variant_n_children (plan) > 0);
  adw_preferences_group_set_description (self->group, NULL);
}

static void
koers_plan_section_dispose (GObject *object)
{
  KoersPlanSection *self = KOERS_PLAN_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_plan_section_parent_class)->dispose (object);
}

static void
koers_plan_section_class_init (KoersPlanSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = koers_plan_section_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
koers_plan_section_init (KoersPlanSection *self)
{
  GtkWidget *goal_list = gtk_list_box_new ();
  GtkWidget *new_list = gtk_list_box_new ();

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Perspective and return plan"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->goals = GTK_LIST_BOX (goal_list);
  gtk_list_box_set_selection_mode (self->goals, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (goal_list, "boxed-list");
  gtk_widget_set_margin_bottom (goal_list, 12);
  adw_preferences_group_add (self->group, goal_list);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (new_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (new_list, "boxed-list");
  self->new_goal_row = ADW_ENTRY_ROW (entry_row (_("New goal")));
  adw_entry_row_set_show_apply_button (self->new_goal_row, TRUE);
  g_signal_connect (self->new_goal_row, "apply", G_CALLBACK (on_new_goal_cb), self);
  gtk_list_box_append (GTK_LIST_BOX (new_list), GTK_WIDGET (self->new_goal_row));
  adw_preferences_group_add (self->group, new_list);
}

/**
 * koers_plan_section_show:
 * @self: a plan section
 * @session: (nullable): the session
 * @participant_id: whose plan to show
 *
 * Shows (or refreshes) the perspective and return plan of a participant.
 */
void
koers_plan_section_show (KoersPlanSection *self,
                         KoersSession     *session,
                         gint64            participant_id)
{
  g_return_if_fail (KOERS_IS_PLAN_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  load (self);
}
