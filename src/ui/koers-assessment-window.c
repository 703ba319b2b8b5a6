/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-assessment-window.h"
#include "koers-error-dialog.h"
#include "koers-window.h"

/* One assessment of the score list: every domain rated 1–5 with the guidance for each
 * rating, the red flags and protective factors; every answer is saved at once, and the
 * index, category and why update as it is filled in. A finished assessment is shown as it
 * was, with its suggested actions, each of which can become an obstacle. */

struct _KoersAssessmentWindow
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  GtkWidget            *finish_button;
  GtkWidget            *discard_button;
  AdwActionRow         *category_row;
  GtkLabel             *category_badge;
  GtkLabel             *why_label;
  AdwPreferencesGroup  *domains_group;
  AdwPreferencesGroup  *flags_group;
  AdwPreferencesGroup  *protective_group;
  AdwPreferencesGroup  *actions_group;

  KoersSession         *session;
  gint64                assessment_id;
  KoersAssessment      *assessment;
  GPtrArray            *rating_rows;       /* AdwActionRow per domain */
  GPtrArray            *flag_switches;
  GPtrArray            *protective_switches;
  GPtrArray            *action_rows;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (KoersAssessmentWindow, koers_assessment_window, ADW_TYPE_WINDOW)

#define ITEM_KEY "koers-item"
#define RATING_KEY "koers-rating"

static void reload (KoersAssessmentWindow *self);

static KoersStore *
store (KoersAssessmentWindow *self)
{
  return koers_session_get_store (self->session);
}

static void
save_answer (KoersAssessmentWindow *self,
             const char            *item,
             int                    value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!koers_store_set_answer (store (self), self->assessment_id, item, value, &error))
    koers_show_error (GTK_WIDGET (self), _("The Answer Could Not Be Saved"), error);
  reload (self);
}

static void
on_rating_toggled_cb (GtkToggleButton       *button,
                      KoersAssessmentWindow *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  int rating = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), RATING_KEY));

  /* A group of toggles: only the one switched on saves; clicking the active one again
   * clears the answer. */
  if (self->loading)
    return;
  if (gtk_toggle_button_get_active (button))
    save_answer (self, g_object_get_data (G_OBJECT (row), ITEM_KEY), rating);
  else if (koers_assessment_get_rating (self->assessment,
                                        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row),
                                                                             "koers-index"))) == rating)
    save_answer (self, g_object_get_data (G_OBJECT (row), ITEM_KEY), -1);
}

static void
on_switch_active_cb (GtkSwitch             *toggle,
                     GParamSpec            *pspec,
                     KoersAssessmentWindow *self)
{
  save_answer (self, g_object_get_data (G_OBJECT (toggle), ITEM_KEY),
               gtk_switch_get_active (toggle) ? 1 : 0);
}

static GtkWidget *
add_rating_row (KoersAssessmentWindow  *self,
                const KoersScoreDomain *domain,
                guint                   index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkToggleButton *first = NULL;
  g_autofree char *title = NULL;

  if (domain->weight == 0)
    /* Translators: a domain of the score list that is recorded but not scored */
    title = g_strdup_printf (_("%s (not scored)"), domain->title);
  else
    title = g_strdup (domain->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, koers_score_item_domain (domain->id), g_free);
  g_object_set_data (G_OBJECT (row), "koers-index", GUINT_TO_POINTER (index));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  for (int rating = 1; rating <= 5; rating++)
    {
      g_autofree char *label = g_strdup_printf ("%d", rating);
      g_autofree char *name = g_strdup_printf (_("Rating %d: %s"), rating,
                                               domain->guidance[rating - 1]);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_widget_set_tooltip_text (button, domain->guidance[rating - 1]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data (G_OBJECT (button), RATING_KEY, GINT_TO_POINTER (rating));
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_rating_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "koers-box", box);
  adw_preferences_group_add (self->domains_group, row);
  return row;
}

static GtkWidget *
add_switch_row (AdwPreferencesGroup   *group,
                const char            *title,
                const char            *subtitle,
                char                  *item,
                KoersAssessmentWindow *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (toggle), ITEM_KEY, item, g_free);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_switch_active_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group, row);
  return toggle;
}

/* The questions, from the list the assessment was made with. */
static void
build_rows (KoersAssessmentWindow *self)
{
  KoersScoreList *list = koers_assessment_get_list (self->assessment);

  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    g_ptr_array_add (self->rating_rows,
                     add_rating_row (self, koers_score_list_get_domain (list, i), i));
  for (guint i = 0; i < koers_score_list_get_n_flags (list); i++)
    {
      const KoersScoreFlag *flag = koers_score_list_get_flag (list, i);
      g_ptr_array_add (self->flag_switches,
                       add_switch_row (self->flags_group, flag->title, flag->guidance,
                                       koers_score_item_flag (flag->id), self));
    }
  for (guint i = 0; i < koers_score_list_get_n_protective (list); i++)
    {
      const KoersScoreProtective *factor = koers_score_list_get_protective (list, i);
      /* Translators: what a protective factor takes off the index */
      g_autofree char *points = g_strdup_printf (ngettext ("%d point off the index",
                                                           "%d points off the index",
                                                           factor->points), factor->points);
      g_ptr_array_add (self->protective_switches,
                       add_switch_row (self->protective_group, factor->title, points,
                                       koers_score_item_protective (factor->id), self));
    }
}

static void
on_add_obstacle_cb (GtkButton             *button,
                    KoersAssessmentWindow *self)
{
  const KoersScoreAction *action = g_object_get_data (G_OBJECT (button), "koers-action");
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  g_autofree char *title = NULL;

  if (koers_store_add_obstacle (store (self), koers_assessment_get_participant_id (self->assessment),
                                action->obstacle_kind, action->title, NULL, &error) == 0)
    {
      koers_show_error (GTK_WIDGET (self), _("The Obstacle Could Not Be Added"), error);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_button_set_label (button, _("Added"));
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (KOERS_IS_WINDOW (parent))
    koers_window_add_toast (KOERS_WINDOW (parent),
                            koers_window_new_undo_toast (store (self), _("Obstacle added")));
}

static void
on_add_to_checklist_cb (GtkButton             *button,
                        KoersAssessmentWindow *self)
{
  const KoersScoreAction *action = g_object_get_data (G_OBJECT (button), "koers-action");
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  if (koers_store_add_checklist_action (store (self), koers_assessment_get_id (self->assessment),
                                        action->id, &error) == 0)
    {
      koers_show_error (GTK_WIDGET (self), _("The Action Could Not Be Added to the Checklist"),
                        error);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_button_set_label (button, _("On Checklist"));
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (KOERS_IS_WINDOW (parent))
    koers_window_add_toast (KOERS_WINDOW (parent),
                            koers_window_new_undo_toast (store (self),
                                                         _("Added to the handover checklist")));
}

static gboolean
on_checklist (GVariant   *items,
              const char *title)
{
  GVariantIter iter;
  const char *t, *source;

  if (items == NULL)
    return FALSE;
  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", NULL, &t, NULL, NULL, NULL, NULL,
                              NULL, &source, NULL))
    if (g_str_equal (source, "score-list") && g_str_equal (t, title))
      return TRUE;
  return FALSE;
}

/* The suggested actions of a finished assessment, each one click from being an obstacle or
 * an item of the handover checklist. */
static void
show_actions (KoersAssessmentWindow *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GListModel) obstacles = NULL;
  g_autoptr(GVariant) checklist = NULL;

  for (guint i = 0; i < self->action_rows->len; i++)
    adw_preferences_group_remove (self->actions_group, self->action_rows->pdata[i]);
  g_ptr_array_set_size (self->action_rows, 0);
  if (!koers_assessment_is_finished (self->assessment))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->actions_group), FALSE);
      return;
    }

  actions = koers_assessment_suggest_actions (self->assessment);
  obstacles = koers_store_list_obstacles (store (self),
                                          koers_assessment_get_participant_id (self->assessment),
                                          NULL);
  checklist = koers_store_list_checklist (store (self),
                                          koers_assessment_get_participant_id (self->assessment),
                                          NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_group), actions->len > 0);
  for (guint i = 0; i < actions->len; i++)
    {
      const KoersScoreAction *action = actions->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Add as Obstacle"));
      GtkWidget *to_checklist = gtk_button_new_with_label (_("Add to Checklist"));
      gboolean added = FALSE;

      for (guint j = 0; obstacles != NULL && j < g_list_model_get_n_items (obstacles); j++)
        {
          g_autoptr(KoersObstacle) o = g_list_model_get_item (obstacles, j);
          added |= g_strcmp0 (koers_obstacle_get_description (o), action->title) == 0;
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), action->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   koers_obstacle_kind_get_label (action->obstacle_kind));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      if (added)
        {
          gtk_button_set_label (GTK_BUTTON (button), _("Added"));
          gtk_widget_set_sensitive (button, FALSE);
        }
      g_object_set_data (G_OBJECT (button), "koers-action", (gpointer) action);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_obstacle_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_widget_set_valign (to_checklist, GTK_ALIGN_CENTER);
      if (on_checklist (checklist, action->title))
        {
          gtk_button_set_label (GTK_BUTTON (to_checklist), _("On Checklist"));
          gtk_widget_set_sensitive (to_checklist, FALSE);
        }
      g_object_set_data (G_OBJECT (to_checklist), "koers-action", (gpointer) action);
      g_signal_connect_object (to_checklist, "clicked", G_CALLBACK (on_add_to_checklist_cb), self,
                               0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), to_checklist);
      adw_preferences_group_add (self->actions_group, row);
      g_ptr_array_add (self->action_rows, row);
    }
}

static void
show_result (KoersAssessmentWindow *self)
{
  KoersScoreResult result;
  g_autoptr(GPtrArray) why = koers_assessment_explain (self->assessment);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  const char *classes[] = { "koers-low", "koers-moderate", "koers-high", "koers-severe" };

  koers_assessment_compute (self->assessment, &result);
  gtk_label_set_label (self->category_badge, koers_score_category_get_label (result.category));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->category_badge), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->category_badge), classes[result.category]);

  /* Translators: the vulnerability index and the target group that follows from it */
  subtitle = g_strdup_printf (_("Index %.0f of 100 · target group %s%s"), result.index,
                              result.category >= KOERS_SCORE_CATEGORY_HIGH
                                ? koers_target_group_get_label (KOERS_TARGET_GROUP_2B)
                                : koers_target_group_get_label (KOERS_TARGET_GROUP_2A),
                              result.incomplete ? _(" · incomplete") : "");
  adw_action_row_set_subtitle (self->category_row, subtitle);
  for (guint i = 0; i < why->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (char *) why->pdata[i]);
  gtk_label_set_label (self->why_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->why_label), why->len > 0);
}

static void
reload (KoersAssessmentWindow *self)
{
  g_autoptr(GError) error = NULL;
  KoersAssessment *fresh;
  gboolean finished;

  fresh = koers_store_get_assessment (store (self), self->assessment_id, &error);
  if (fresh == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Assessment Could Not Be Read"), error);
      return;
    }
  g_clear_object (&self->assessment);
  self->assessment = fresh;
  if (self->rating_rows->len == 0)
    build_rows (self);

  self->loading = TRUE;
  finished = koers_assessment_is_finished (self->assessment);
  for (guint i = 0; i < self->rating_rows->len; i++)
    {
      AdwActionRow *row = self->rating_rows->pdata[i];
      const KoersScoreDomain *domain =
        koers_score_list_get_domain (koers_assessment_get_list (self->assessment), i);
      int rating = koers_assessment_get_rating (self->assessment, i);
      GtkWidget *box = g_object_get_data (G_OBJECT (row), "koers-box");
      int n = 1;

      for (GtkWidget *b = gtk_widget_get_first_child (box); b != NULL;
           b = gtk_widget_get_next_sibling (b), n++)
        if (GTK_IS_TOGGLE_BUTTON (b))
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (b), n == rating);
      if (rating > 0)
        {
          /* Translators: the chosen rating and its guidance, "3 — Complaints that limit…" */
          g_autofree char *subtitle = g_strdup_printf (_("%d — %s"), rating,
                                                       domain->guidance[rating - 1]);
          adw_action_row_set_subtitle (row, subtitle);
        }
      else
        adw_action_row_set_subtitle (row, _("Not answered: 1 is acute, 5 is self-reliant"));
      gtk_widget_set_sensitive (box, !finished);
    }
  for (guint i = 0; i < self->flag_switches->len; i++)
    {
      gtk_switch_set_active (self->flag_switches->pdata[i],
                             koers_assessment_get_flag (self->assessment, i));
      gtk_widget_set_sensitive (self->flag_switches->pdata[i], !finished);
    }
  for (guint i = 0; i < self->protective_switches->len; i++)
    {
      gtk_switch_set_active (self->protective_switches->pdata[i],
                             koers_assessment_get_protective (self->assessment, i));
      gtk_widget_set_sensitive (self->protective_switches->pdata[i], !finished);
    }
  self->loading = FALSE;

  gtk_widget_set_visible (self->finish_button, !finished);
  gtk_widget_set_visible (self->discard_button, !finished);
  {
    KoersScoreList *list = koers_assessment_get_list (self->assessment);
    g_autofree char *started = koers_date_format_user (koers_assessment_get_started_date (self->assessment));
    g_autofree char *done = koers_date_format_user (koers_assessment_get_finished_date (self->assessment));
    /* Translators: the score list and version an assessment uses, and its dates */
    g_autofree char *subtitle = finished
      ? g_strdup_printf (_("%s, version %d · finished %s"), koers_score_list_get_title (list),
                         koers_score_list_get_version (list), done)
      : g_strdup_printf (_("%s, version %d · started %s"), koers_score_list_get_title (list),
                         koers_score_list_get_version (list), started);
    adw_window_title_set_subtitle (self->window_title, subtitle);
  }
  show_result (self);
  show_actions (self);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersAssessmentWindow *self = KOERS_ASSESSMENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!koers_store_finish_assessment (store (self), self->assessment_id, NULL, &error))
    {
      koers_show_error (widget, _("The Assessment Could Not Be Finished"), error);
      return;
    }
  reload (self);
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersAssessmentWindow *self = KOERS_ASSESSMENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!koers_store_discard_assessment (store (self), self->assessment_id, &error))
    {
      koers_show_error (widget, _("The Assessment Could Not Be Discarded"), error);
      return;
    }
  if (KOERS_IS_WINDOW (parent))
    koers_window_add_toast (KOERS_WINDOW (parent),
                            koers_window_new_undo_toast (store (self), _("Assessment discarded")));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
koers_assessment_window_dispose (GObject *object)
{
  KoersAssessmentWindow *self = KOERS_ASSESSMENT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ASSESSMENT_WINDOW);
  g_clear_object (&self->assessment);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rating_rows, g_ptr_array_unref);
  g_clear_pointer (&self->flag_switches, g_ptr_array_unref);
  g_clear_pointer (&self->protective_switches, g_ptr_array_unref);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_assessment_window_parent_class)->dispose (object);
}

static void
koers_assessment_window_class_init (KoersAssessmentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_assessment_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-assessment-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KoersAssessmentWindow, name)
  BIND (window_title);
  BIND (finish_button);
  BIND (discard_button);
  BIND (category_row);
  BIND (category_badge);
  BIND (why_label);
  BIND (domains_group);
  BIND (flags_group);
  BIND (protective_group);
  BIND (actions_group);
#undef BIND

  gtk_widget_class_install_action (widget_class, "assessment.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "assessment.discard", NULL, discard_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
koers_assessment_window_init (KoersAssessmentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rating_rows = g_ptr_array_new ();
  self->flag_switches = g_ptr_array_new ();
  self->protective_switches = g_ptr_array_new ();
  self->action_rows = g_ptr_array_new ();
}

/**
 * koers_assessment_window_new:
 * @parent: the main window
 * @session: the open database
 * @assessment_id: the assessment to fill in or to look at
 * @name: whose, for the title
 *
 * Returns: (transfer full): the assessment window.
 */
GtkWidget *
koers_assessment_window_new (GtkWindow    *parent,
                             KoersSession *session,
                             gint64        assessment_id,
                             const char   *name)
{
  KoersAssessmentWindow *self = g_object_new (KOERS_TYPE_ASSESSMENT_WINDOW,
                                              "transient-for", parent, NULL);

  self->session = g_object_ref (session);
  self->assessment_id = assessment_id;
  /* Translators: the title of an assessment window, with the participant's name */
  {
    g_autofree char *title = g_strdup_printf (_("Assessment of %s"), name);
    adw_window_title_set_title (self->window_title, title);
  }
  reload (self);
  return GTK_WIDGET (self);
}

/**
 * koers_assessment_window_rate:
 * @self: an assessment window
 * @domain: the index of a domain of its list
 * @rating: 1–5
 *
 * Clicks the rating's button, as a person would.
 */
void
koers_assessment_window_rate (KoersAssessmentWindow *self,
                              guint                  domain,
                              int                    rating)
{
  GtkWidget *row, *box, *button;

  g_return_if_fail (KOERS_IS_ASSESSMENT_WINDOW (self));
  g_return_if_fail (domain < self->rating_rows->len && rating >= 1 && rating <= 5);

  row = self->rating_rows->pdata[domain];
  box = g_object_get_data (G_OBJECT (row), "koers-box");
  button = gtk_widget_get_first_child (box);
  for (int i = 1; i < rating; i++)
    button = gtk_widget_get_next_sibling (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
}

/**
 * koers_assessment_window_set_flag:
 * @self: an assessment window
 * @flag: the index of a red flag of its list
 * @active: ticked or not
 *
 * Flips the flag's switch, as a person would.
 */
void
koers_assessment_window_set_flag (KoersAssessmentWindow *self,
                                  guint                  flag,
                                  gboolean               active)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT_WINDOW (self) && flag < self->flag_switches->len);
  gtk_switch_set_active (self->flag_switches->pdata[flag], active);
}
