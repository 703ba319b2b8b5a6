/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-assessment-section.h"
#include "koers-assessment-window.h"
#include "koers-error-dialog.h"
#include "koers-window.h"

/* The vulnerability part of a dossier: the target group — following the latest finished
 * score-list assessment, or set by hand with a reason — and the assessments, newest first,
 * each with what changed per domain since the one before. */

struct _KoersAssessmentSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *start_button;
  AdwComboRow         *group_row;
  AdwEntryRow         *reason_row;
  AdwActionRow        *follow_row;
  GtkListBox          *assessment_list;

  KoersSession        *session;
  gint64               participant_id;
  KoersParticipant    *participant;
  gint64               open_assessment;   /* being filled in, or 0 */
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (KoersAssessmentSection, koers_assessment_section, GTK_TYPE_WIDGET)

static KoersStore *
store (KoersAssessmentSection *self)
{
  return koers_session_get_store (self->session);
}

static void
add_toast (KoersAssessmentSection *self,
           const char             *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), koers_window_new_undo_toast (store (self), title));
}

static void
open_assessment (KoersAssessmentSection *self,
                 gint64                  assessment_id)
{
  g_autofree char *name = koers_participant_dup_display_name (self->participant);
  GtkWidget *window = koers_assessment_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                   self->session, assessment_id, name);

  gtk_window_present (GTK_WINDOW (window));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersAssessmentSection *self = KOERS_ASSESSMENT_SECTION (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->session == NULL || self->participant == NULL)
    return;
  id = koers_store_start_assessment (store (self), self->participant_id, NULL, &error);
  if (id == 0)
    {
      koers_show_error (widget, _("The Assessment Could Not Be Started"), error);
      return;
    }
  open_assessment (self, id);
}

/* Per domain, how the rating moved since the assessment before: "Mental health 2 → 3". */
static char *
describe_changes (KoersAssessment *a,
                  KoersAssessment *before)
{
  KoersScoreList *list = koers_assessment_get_list (a);
  KoersScoreList *old_list = before ? koers_assessment_get_list (before) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (before == NULL)
    return g_strdup (_("First assessment"));
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      const KoersScoreDomain *d = koers_score_list_get_domain (list, i);
      int now = koers_assessment_get_rating (a, i);
      int then = 0;

      /* Matched by id: a newer list version may order or name its domains differently. */
      for (guint j = 0; j < koers_score_list_get_n_domains (old_list); j++)
        if (g_str_equal (koers_score_list_get_domain (old_list, j)->id, d->id))
          then = koers_assessment_get_rating (before, j);
      if (now == then)
        continue;
      {
        g_autofree char *from = then > 0 ? g_strdup_printf ("%d", then) : g_strdup ("—");
        g_autofree char *to = now > 0 ? g_strdup_printf ("%d", now) : g_strdup ("—");
        g_string_append_printf (text, "%s%s %s → %s", text->len ? ", " : "", d->title, from, to);
      }
    }
  if (text->len == 0)
    return g_strdup (_("No domain changed since the assessment before"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
on_row_activated_cb (GtkListBox             *list,
                     GtkListBoxRow          *row,
                     KoersAssessmentSection *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "koers-assessment"));

  if (id != 0)
    open_assessment (self, id);
}

static void
load_assessments (KoersAssessmentSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->assessment_list))) != NULL)
    gtk_list_box_remove (self->assessment_list, child);
  self->open_assessment = 0;

  all = koers_store_list_assessments (store (self), self->participant_id, &error);
  if (all == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Assessments Could Not Be Read"), error);
      return;
    }
  n = g_list_model_get_n_items (all);
  gtk_widget_set_visible (GTK_WIDGET (self->assessment_list), n > 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersAssessment) a = g_list_model_get_item (all, i);
      g_autoptr(KoersAssessment) before = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge = gtk_label_new (NULL);
      KoersScoreResult result;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *classes[] = { "koers-low", "koers-moderate", "koers-high", "koers-severe" };

      koers_assessment_compute (a, &result);
      if (!koers_assessment_is_finished (a))
        {
          g_autofree char *started = koers_date_format_user (koers_assessment_get_started_date (a));
          self->open_assessment = koers_assessment_get_id (a);
          /* Translators: an assessment that is not finished yet */
          title = g_strdup_printf (_("Being filled in, started %s"), started);
          subtitle = g_strdup_printf (ngettext ("%u domain answered so far",
                                                "%u domains answered so far",
                                                result.n_answered), result.n_answered);
        }
      else
        {
          g_autofree char *finished = koers_date_format_user (koers_assessment_get_finished_date (a));
          /* The next finished one in the list is the one before this. */
          for (guint j = i + 1; j < n && before == NULL; j++)
            {
              g_autoptr(KoersAssessment) candidate = g_list_model_get_item (all, j);
              if (koers_assessment_is_finished (candidate))
                before = g_steal_pointer (&candidate);
            }
          /* Translators: a finished assessment: its date and index */
          title = g_strdup_printf (_("%s · index %.0f%s"), finished, result.index,
                                   result.incomplete ? _(" · incomplete") : "");
          subtitle = describe_changes (a, before);
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_label_set_label (GTK_LABEL (badge), koers_score_category_get_label (result.category));
      gtk_widget_add_css_class (badge, "koers-badge");
      gtk_widget_add_css_class (badge, classes[result.category]);
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "koers-assessment",
                         GSIZE_TO_POINTER (koers_assessment_get_id (a)));
      gtk_list_box_append (self->assessment_list, row);
    }
  gtk_button_set_label (GTK_BUTTON (self->start_button),
                        self->open_assessment ? _("_Continue Assessment")
                                              : _("_Start Assessment"));
}

static void
show_target_group (KoersAssessmentSection *self)
{
  gboolean by_hand = koers_participant_is_target_group_by_hand (self->participant);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->group_row, koers_participant_get_target_group (self->participant));
  self->loading = FALSE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->group_row),
                               by_hand ? NULL : _("Follows the latest finished assessment"));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->reason_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  gtk_widget_set_visible (GTK_WIDGET (self->follow_row), by_hand);
  if (by_hand)
    adw_action_row_set_subtitle (self->follow_row,
                                 koers_participant_get_target_group_reason (self->participant));
}

/* Choosing a group by hand asks why before anything is saved. */
static void
on_group_selected_cb (AdwComboRow            *row,
                      GParamSpec             *pspec,
                      KoersAssessmentSection *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->participant == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected == (guint) koers_participant_get_target_group (self->participant)
      && !gtk_widget_get_visible (GTK_WIDGET (self->reason_row)))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
}

static void
on_reason_applied_cb (AdwEntryRow            *row,
                      KoersAssessmentSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*reason == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_group_set_description (self->group,
                                             _("Say why the target group is set by hand: "
                                               "the reason is shown wherever it appears."));
      return;
    }
  if (!koers_store_set_target_group (store (self), self->participant_id,
                                     adw_combo_row_get_selected (self->group_row), reason,
                                     &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      koers_show_error (GTK_WIDGET (self), _("The Target Group Could Not Be Saved"), error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  add_toast (self, _("Target group set by hand"));
}

static void
follow_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersAssessmentSection *self = KOERS_ASSESSMENT_SECTION (widget);
  g_autoptr(GError) error = NULL;

  if (self->participant == NULL)
    return;
  if (!koers_store_set_target_group (store (self), self->participant_id,
                                     koers_participant_get_target_group (self->participant),
                                     NULL, &error))
    {
      koers_show_error (widget, _("The Target Group Could Not Be Saved"), error);
      return;
    }
  add_toast (self, _("Target group follows the score list"));
}

static const char *
target_group_choice (int group)
{
  switch (group)
    {
    case KOERS_TARGET_GROUP_2A: return _("2a");
    case KOERS_TARGET_GROUP_2B: return _("2b, very vulnerable");
    case KOERS_TARGET_GROUP_UNKNOWN:
    default: return _("Not known yet");
    }
}

static void
koers_assessment_section_dispose (GObject *object)
{
  KoersAssessmentSection *self = KOERS_ASSESSMENT_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_ASSESSMENT_SECTION);
  g_clear_object (&self->participant);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_assessment_section_parent_class)->dispose (object);
}

static void
koers_assessment_section_class_init (KoersAssessmentSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_assessment_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-assessment-section.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, group);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, start_button);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, group_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, reason_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, follow_row);
  gtk_widget_class_bind_template_child (widget_class, KoersAssessmentSection, assessment_list);

  gtk_widget_class_install_action (widget_class, "assessments.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "assessments.follow", NULL, follow_action);
}

static void
koers_assessment_section_init (KoersAssessmentSection *self)
{
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (int g = KOERS_TARGET_GROUP_UNKNOWN; g <= KOERS_TARGET_GROUP_2B; g++)
    gtk_string_list_append (groups, target_group_choice (g));
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
  g_signal_connect_object (self->group_row, "notify::selected",
                           G_CALLBACK (on_group_selected_cb), self, 0);
  g_signal_connect_object (self->reason_row, "apply", G_CALLBACK (on_reason_applied_cb), self, 0);
  g_signal_connect_object (self->assessment_list, "row-activated",
                           G_CALLBACK (on_row_activated_cb), self, 0);
}

/**
 * koers_assessment_section_show:
 * @self: the section
 * @session: (nullable): the session
 * @participant: (nullable): whose assessments, as just loaded
 *
 * Shows (or refreshes) the target group and assessments of a participant.
 */
void
koers_assessment_section_show (KoersAssessmentSection *self,
                               KoersSession           *session,
                               KoersParticipant       *participant)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT_SECTION (self));

  g_set_object (&self->session, session);
  g_set_object (&self->participant, participant);
  self->participant_id = participant ? koers_participant_get_id (participant) : 0;
  if (self->session == NULL || self->participant == NULL)
    return;
  adw_preferences_group_set_description (self->group,
                                         _("The score list for return: how vulnerable the "
                                           "person is in the context of return, and what "
                                           "extra care they need."));
  show_target_group (self);
  load_assessments (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessments.start",
                                 !koers_store_is_read_only (store (self)));
}
