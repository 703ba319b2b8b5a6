/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "koers-business-section.h"
#include "koers-contact-log.h"
#include "koers-country.h"
#include "koers-documents-section.h"
#include "koers-dossier-view-private.h"
#include "koers-error-dialog.h"
#include "koers-obstacles-section.h"
#include "koers-plan-section.h"
#include "koers-window.h"

/* One participant's dossier, beside the list. Every field saves on its own when applied
 * (Enter or the check button), in one transaction; a value the store refuses stays typed in
 * the field, which turns red, and the section says why. */

/* How a trajectory can end other than by return, in the order of the "How it ended" list. */
static const KoersStatus exit_statuses[] = {
  KOERS_STATUS_DROPPED_OUT, KOERS_STATUS_TRANSFERRED, KOERS_STATUS_LEGAL_STATUS_CHANGED,
  KOERS_STATUS_LOST_CONTACT, KOERS_STATUS_DECEASED,
};

G_DEFINE_FINAL_TYPE (KoersDossierView, koers_dossier_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PARTICIPANT_ID,
  N_PROPS
};

enum {
  BACK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define FIELD_KEY "koers-field"

static KoersParticipantField
row_field (AdwEntryRow *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), FIELD_KEY));
}

static AdwPreferencesGroup *
row_group (KoersDossierView *self,
           AdwEntryRow      *row)
{
  return ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                         ADW_TYPE_PREFERENCES_GROUP));
}

static gboolean
row_group_is (AdwEntryRow         *row,
              AdwPreferencesGroup *group)
{
  return gtk_widget_is_ancestor (GTK_WIDGET (row), GTK_WIDGET (group));
}

#define ERROR_KEY "koers-error"

/* The group says what is wrong with @latest, or else with the first of its fields that
 * still holds a refused value. */
static void
update_group_description (AdwPreferencesGroup *group,
                          AdwEntryRow         *latest,
                          AdwEntryRow *const  *rows,
                          guint                n_rows)
{
  for (int i = -1; i < (int) n_rows; i++)
    {
      AdwEntryRow *row = i < 0 ? latest : rows[i];
      const char *message = g_object_get_data (G_OBJECT (row), ERROR_KEY);

      if (message != NULL && row_group_is (row, group))
        {
          g_autofree char *described =
            g_strdup_printf ("%s: %s",
                             adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                             message);
          adw_preferences_group_set_description (group, described);
          return;
        }
    }
  adw_preferences_group_set_description (group, NULL);
}

static void
set_row_error (KoersDossierView *self,
               AdwEntryRow      *row,
               const char       *message)
{
  AdwEntryRow *rows[] = { self->given_row, self->family_row, self->alias_row, self->birth_row,
                          self->languages_row, self->phone_row, self->referrer_row,
                          self->move_date_row, self->commitment_row, self->departure_row,
                          self->end_reason_row };

  g_object_set_data_full (G_OBJECT (row), ERROR_KEY, g_strdup (message), g_free);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  update_group_description (row_group (self, row), row, rows, G_N_ELEMENTS (rows));
}

/* Shows a stored value unless the user is correcting a refused one there. */
static void
show_text (AdwEntryRow *row,
           const char  *text)
{
  if (gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static guint
country_index (KoersDossierView *self,
               const char       *code)
{
  for (guint i = 1; code != NULL && i < self->country_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->country_codes, i), code))
      return i;
  return 0;
}

static guint
staff_index (KoersDossierView *self,
             gint64            staff_id)
{
  for (guint i = 1; staff_id != 0 && i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff_id)
      return i;
  return 0;
}

/* The staff lists: "None", then the active staff by name. */
static void
load_staff (KoersDossierView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GArray) old_ids = g_array_copy (self->staff_ids);
  gint64 none = 0;

  g_array_set_size (self->staff_ids, 0);
  g_array_append_val (self->staff_ids, none);
  gtk_string_list_append (names, _("None"));
  if (self->session != NULL)
    staff = koers_store_list_staff (koers_session_get_store (self->session), NULL);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) member = g_list_model_get_item (staff, i);
      gint64 id = koers_staff_get_id (member);

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, koers_staff_get_name (member));
    }
  /* Rebuild the lists only when the staff changed. */
  if (old_ids->len == self->staff_ids->len && old_ids->len > 0
      && memcmp (old_ids->data, self->staff_ids->data, old_ids->len * sizeof (gint64)) == 0)
    return;
  self->loading = TRUE;
  adw_combo_row_set_model (self->case_manager_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->holder_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->buddy_row, G_LIST_MODEL (names));
  self->loading = FALSE;
}

static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  g_autofree char *ka = koers_fold (koers_country_get_name (*(const char **) a));
  g_autofree char *kb = koers_fold (koers_country_get_name (*(const char **) b));
  return strcmp (ka, kb);
}

static void
load_countries (KoersDossierView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;

  g_ptr_array_add (self->country_codes, NULL);
  for (guint i = 0; i < koers_country_get_n_items (); i++)
    g_ptr_array_add (self->country_codes, (gpointer) koers_country_get_code (i));
  /* By name in the UI language, "Unknown" first. */
  qsort (self->country_codes->pdata + 1, self->country_codes->len - 1, sizeof (gpointer),
         compare_country_names);
  gtk_string_list_append (names, _("Unknown"));
  for (guint i = 1; i < self->country_codes->len; i++)
    gtk_string_list_append (names, koers_country_get_name (g_ptr_array_index (self->country_codes,
                                                                              i)));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->country_dropdown, expression);
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (names));
}

static void
fill_enum_row (AdwComboRow *row,
               const char  *(*label) (int),
               guint        n_values)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (names, label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static const char *
sex_choice (int sex)
{
  return koers_sex_get_label (sex);
}

static const char *
situation_choice (int situation)
{
  return koers_situation_get_label (situation);
}

static void update_choice (KoersDossierView *self, GObject *row);

static void
on_choice_changed_cb (GObject          *row,
                      GParamSpec       *pspec,
                      KoersDossierView *self)
{
  if (!self->loading)
    update_choice (self, row);
}

/* The date of a phase move is today unless the user types another. */
static void
reset_move_date (KoersDossierView *self)
{
  g_autofree char *today = koers_today_iso ();
  g_autofree char *shown = koers_date_format_user (today);

  gtk_editable_set_text (GTK_EDITABLE (self->move_date_row), shown);
}

/* Missing several trainings in a row is a signal the case manager should see. */
static void
show_missed (KoersDossierView *self)
{
  GSettings *settings = koers_session_get_settings (self->session);
  int threshold = settings ? g_settings_get_int (settings, "absence-alert") : 2;
  g_autofree char *course = NULL;
  int missed = koers_store_get_most_missed (koers_session_get_store (self->session),
                                            self->participant_id, &course, NULL);

  if (missed >= threshold && course != NULL)
    {
      /* Translators: a warning on a dossier: sessions missed in a row, and the course */
      g_autofree char *text = g_strdup_printf (ngettext ("Missed %d session of %s",
                                                         "Missed %d sessions in a row of %s",
                                                         missed), missed, course);
      gtk_label_set_label (self->missed_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->missed_label), missed >= threshold && course != NULL);
}

/* The header says when a handover follow-up has passed or monitoring contacts are due. */
static void
show_handover_alerts (KoersDossierView *self)
{
  g_autofree char *overdue = NULL;
  guint due = 0;

  if (!koers_store_get_handover_alerts (koers_session_get_store (self->session),
                                        self->participant_id, &overdue, &due, NULL))
    overdue = NULL, due = 0;
  if (overdue != NULL)
    {
      g_autofree char *day = koers_date_format_user (overdue);
      /* Translators: a warning on a dossier, "Handover follow-up overdue since 24-03-2026" */
      g_autofree char *text = g_strdup_printf (_("Handover follow-up overdue since %s"), day);
      gtk_label_set_label (self->follow_up_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_label), overdue != NULL);
  if (due > 0)
    {
      /* Translators: a warning on a dossier */
      g_autofree char *text = g_strdup_printf (ngettext ("%u monitoring contact due",
                                                         "%u monitoring contacts due", due), due);
      gtk_label_set_label (self->monitoring_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->monitoring_label), due > 0);
}

static void
reload (KoersDossierView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *since = NULL;
  g_autofree char *phase_text = NULL;
  int days;

  if (self->session == NULL || self->participant_id == 0)
    {
      gtk_stack_set_visible_child_name (self->state_stack, "empty");
      return;
    }

  p = koers_store_get_participant (koers_session_get_store (self->session),
                                   self->participant_id, &error);
  if (p == NULL)
    {
      self->participant_id = 0;
      gtk_stack_set_visible_child_name (self->state_stack, "empty");
      return;
    }

  g_set_object (&self->shown, p);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.erase",
                                 !koers_store_is_read_only (koers_session_get_store (self->session)));
  name = koers_participant_dup_display_name (p);
  {
    /* Isolated so that a right-to-left name starts where the rest of the header does. */
    g_autofree char *isolated = g_strconcat ("\u200e\u2068", name, "\u2069", NULL);
    gtk_label_set_label (self->name_label, isolated);
  }
  gtk_label_set_label (self->code_label, koers_participant_get_code (p));
  gtk_label_set_label (self->phase_label, koers_phase_get_label (koers_participant_get_phase (p)));
  if (koers_participant_get_target_group (p) == KOERS_TARGET_GROUP_UNKNOWN)
    gtk_widget_set_visible (GTK_WIDGET (self->group_label), FALSE);
  else
    {
      g_autofree char *label = koers_participant_dup_target_group_label (p);
      g_autofree char *group = g_strdup_printf (_("Target group %s"), label);
      gtk_label_set_label (self->group_label, group);
      /* Set by hand: the reason goes wherever the target group shows. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->group_label),
                                   koers_participant_is_target_group_by_hand (p)
                                   ? koers_participant_get_target_group_reason (p) : NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->group_label), TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_label), koers_participant_is_overdue (p));
  show_missed (self);
  show_handover_alerts (self);

  show_text (self->given_row, koers_participant_get_given_name (p));
  show_text (self->family_row, koers_participant_get_family_name (p));
  show_text (self->alias_row, koers_participant_get_alias (p));
  birth = koers_date_format_user (koers_participant_get_birth_date (p));
  show_text (self->birth_row, birth);
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->country_dropdown,
                              country_index (self, koers_participant_get_country (p)));
  adw_combo_row_set_selected (self->sex_row, koers_participant_get_sex (p));
  adw_combo_row_set_selected (self->stay_row, koers_participant_get_situation (p));
  adw_combo_row_set_selected (self->case_manager_row,
                              staff_index (self, koers_participant_get_case_manager_id (p)));
  adw_combo_row_set_selected (self->holder_row,
                              staff_index (self, koers_participant_get_trajectory_holder_id (p)));
  adw_combo_row_set_selected (self->buddy_row, staff_index (self, koers_participant_get_buddy_id (p)));
  self->loading = FALSE;
  show_text (self->languages_row, koers_participant_get_languages (p));
  show_text (self->phone_row, koers_participant_get_phone (p));
  show_text (self->referrer_row, koers_participant_get_referrer (p));

  since = koers_date_format_user (koers_participant_get_phase_since (p));
  days = koers_participant_get_days_in_phase (p);
  /* Translators: "Training, since 03-02-2026 (45 days)" */
  phase_text = g_strdup_printf (ngettext ("%s, since %s (%d day)", "%s, since %s (%d days)",
                                          days),
                                koers_phase_get_label (koers_participant_get_phase (p)),
                                since, days);
  self->phase = koers_participant_get_phase (p);
  self->status = koers_participant_get_status (p);
  if (self->phase == KOERS_PHASE_HANDOVER && self->status == KOERS_STATUS_ACTIVE)
    {
      /* Departure is the last step of the handover, with its partner; no button skips it. */
      g_autofree char *with_hint = g_strdup_printf ("%s\n%s", phase_text,
                                                    _("The departure is recorded as the last "
                                                      "step of the handover to a partner."));
      adw_action_row_set_subtitle (self->current_phase_row, with_hint);
    }
  else
    adw_action_row_set_subtitle (self->current_phase_row, phase_text);
  {
    gboolean active = self->status == KOERS_STATUS_ACTIVE;
    gboolean can_move = active && self->phase < KOERS_PHASE_CLOSED
                        && self->phase != KOERS_PHASE_HANDOVER;

    if (can_move)
      {
        /* Translators: a button, "Move to Empowerment" */
        g_autofree char *label = g_strdup_printf (_("Move to %s"),
                                                  koers_phase_get_label (self->phase + 1));
        gtk_button_set_label (self->move_button, label);
      }
    gtk_widget_set_visible (GTK_WIDGET (self->move_button), can_move);
    gtk_widget_set_visible (GTK_WIDGET (self->move_date_row), can_move);
    gtk_widget_set_visible (self->reopen_button, !active);
    gtk_widget_set_visible (GTK_WIDGET (self->end_row), active);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.move-phase", can_move);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.end", active);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.reopen", !active);
  }
  {
    g_autofree char *commitment = koers_date_format_user (koers_participant_get_commitment_date (p));
    g_autofree char *departure = koers_date_format_user (koers_participant_get_planned_departure (p));
    show_text (self->commitment_row, commitment);
    show_text (self->departure_row, departure);
  }
  if (koers_participant_get_status (p) == KOERS_STATUS_ACTIVE
      || koers_participant_get_status (p) == KOERS_STATUS_COMPLETED)
    adw_action_row_set_subtitle (self->status_row,
                                 koers_status_get_label (koers_participant_get_status (p)));
  else
    {
      g_autofree char *ended = koers_date_format_user (koers_participant_get_exit_date (p));
      /* Translators: "Dropped out on 01-05-2026: moved to another city" */
      g_autofree char *status = g_strdup_printf (_("%s on %s: %s"),
                                                 koers_status_get_label (
                                                   koers_participant_get_status (p)),
                                                 ended, koers_participant_get_exit_reason (p));
      adw_action_row_set_subtitle (self->status_row, status);
    }

  koers_assessment_section_show (self->assessment_section, self->session, self->shown);
  koers_obstacles_section_show (self->obstacles_section, self->session, self->participant_id);
  koers_documents_section_show (self->documents_section, self->session, self->participant_id);
  koers_plan_section_show (self->plan_section, self->session, self->participant_id);
  koers_internships_section_show (self->internships_section, self->session, self->participant_id);
  koers_business_section_show (self->business_section, self->session, self->participant_id);
  koers_checklist_section_show (self->checklist_section, self->session, self->participant_id);
  koers_handover_section_show (self->handover_section, self->session, self->participant_id);
  koers_monitoring_section_show (self->monitoring_section, self->session, self->participant_id);
  koers_contact_log_show (self->contact_log, self->session, self->participant_id);
  gtk_stack_set_visible_child_name (self->state_stack, "dossier");
}

static void
add_toast (KoersDossierView *self,
           AdwToast         *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

/* "Saved", with Undo, only when the save changed something: otherwise its Undo would take
 * back an older change. */
static void
saved_toast (KoersDossierView *self,
             gint64            before)
{
  KoersStore *store = koers_session_get_store (self->session);

  if (koers_store_get_last_change (store) != before)
    add_toast (self, koers_window_new_undo_toast (store, _("Saved")));
}

static void
update_choice (KoersDossierView *self,
               GObject          *row)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  KoersParticipantField field;
  guint selected;
  gint64 before;

  if (self->session == NULL || self->participant_id == 0)
    return;

  if (row == G_OBJECT (self->country_dropdown))
    {
      selected = gtk_drop_down_get_selected (self->country_dropdown);
      field = KOERS_PARTICIPANT_FIELD_COUNTRY;
      g_value_init (&value, G_TYPE_STRING);
      if (selected < self->country_codes->len)
        g_value_set_string (&value, g_ptr_array_index (self->country_codes, selected));
    }
  else
    {
      selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
      if (selected == GTK_INVALID_LIST_POSITION)
        return;
      if (row == G_OBJECT (self->sex_row) || row == G_OBJECT (self->stay_row))
        {
          GType type = row == G_OBJECT (self->sex_row) ? KOERS_TYPE_SEX : KOERS_TYPE_SITUATION;
          field = row == G_OBJECT (self->sex_row) ? KOERS_PARTICIPANT_FIELD_SEX
                : KOERS_PARTICIPANT_FIELD_SITUATION;
          g_value_init (&value, type);
          g_value_set_enum (&value, selected);
        }
      else
        {
          field = row == G_OBJECT (self->case_manager_row) ? KOERS_PARTICIPANT_FIELD_CASE_MANAGER
                : row == G_OBJECT (self->holder_row) ? KOERS_PARTICIPANT_FIELD_TRAJECTORY_HOLDER
                : KOERS_PARTICIPANT_FIELD_BUDDY;
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, selected < self->staff_ids->len
                                       ? g_array_index (self->staff_ids, gint64, selected) : 0);
        }
    }

  /* Only a real change is written: rows also report a selection when their list is
   * rebuilt. */
  if (self->shown != NULL)
    {
      g_auto(GValue) current = G_VALUE_INIT;
      const char *property = field == KOERS_PARTICIPANT_FIELD_COUNTRY ? "country"
                           : field == KOERS_PARTICIPANT_FIELD_SEX ? "sex"
                           : field == KOERS_PARTICIPANT_FIELD_SITUATION ? "situation"
                           : field == KOERS_PARTICIPANT_FIELD_CASE_MANAGER ? "case-manager-id"
                           : field == KOERS_PARTICIPANT_FIELD_TRAJECTORY_HOLDER
                             ? "trajectory-holder-id" : "buddy-id";

      g_value_init (&current, G_VALUE_TYPE (&value));
      g_object_get_property (G_OBJECT (self->shown), property, &current);
      if (G_VALUE_HOLDS_STRING (&value)
          ? g_strcmp0 (g_value_get_string (&value), g_value_get_string (&current)) == 0
          : g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (self->shown),
                                                              property),
                                &value, &current) == 0)
        return;
    }

  before = koers_store_get_last_change (koers_session_get_store (self->session));
  if (!koers_store_update_participant (koers_session_get_store (self->session),
                                       self->participant_id, field, &value, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
      reload (self);
      return;
    }
  saved_toast (self, before);
}

static void
on_row_apply_cb (AdwEntryRow      *row,
                 KoersDossierView *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  gint64 before;

  if (self->session == NULL || self->participant_id == 0)
    return;

  if (row == self->birth_row || row == self->commitment_row || row == self->departure_row)
    {
      char *parsed = koers_date_parse_user (text, row == self->birth_row);
      if (parsed == NULL)
        {
          set_row_error (self, row, row == self->birth_row
                                    ? _("type the date as day-month-year, such as 24-05-1990, "
                                        "or only the year")
                                    : _("type the date as day-month-year, such as 24-05-2026"));
          return;
        }
      g_free (text);
      text = parsed;
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  before = koers_store_get_last_change (koers_session_get_store (self->session));
  if (!koers_store_update_participant (koers_session_get_store (self->session),
                                       self->participant_id, row_field (row), &value, &error))
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_row_error (self, row, error->message);
      else
        koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
      return;
    }

  set_row_error (self, row, NULL);
  /* What was saved is undone with Ctrl+Z through the store, not as typing in the field. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), TRUE);
  reload (self);
  saved_toast (self, before);
}

static void
move_phase_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (
                                                   self->move_date_row)), FALSE);
  KoersStore *store;
  KoersPhase next = self->phase + 1;
  g_autofree char *title = NULL;

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (date == NULL)
    {
      set_row_error (self, self->move_date_row,
                     _("type the date as day-month-year, such as 24-05-2026"));
      return;
    }

  store = koers_session_get_store (self->session);
  if (!koers_store_move_phase (store, self->participant_id, next, *date ? date : NULL, &error))
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_row_error (self, self->move_date_row, error->message);
      else
        koers_show_error (widget, _("The Change Could Not Be Saved"), error);
      return;
    }
  set_row_error (self, self->move_date_row, NULL);
  reset_move_date (self);

  /* Translators: a notification, "Moved to Empowerment" */
  title = g_strdup_printf (_("Moved to %s"), koers_phase_get_label (next));
  add_toast (self, koers_window_new_undo_toast (store, title));
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  guint how = adw_combo_row_get_selected (self->end_how_row);

  if (self->session == NULL || self->participant_id == 0 || how >= G_N_ELEMENTS (exit_statuses))
    return;
  if (!koers_store_end_trajectory (koers_session_get_store (self->session), self->participant_id,
                                   exit_statuses[how], NULL,
                                   gtk_editable_get_text (GTK_EDITABLE (self->end_reason_row)),
                                   &error))
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_row_error (self, self->end_reason_row, error->message);
      else
        koers_show_error (widget, _("The Change Could Not Be Saved"), error);
      return;
    }
  set_row_error (self, self->end_reason_row, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->end_reason_row), "");
  adw_expander_row_set_expanded (self->end_row, FALSE);
  add_toast (self, adw_toast_new (_("Trajectory ended")));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (!koers_store_reopen_trajectory (koers_session_get_store (self->session),
                                      self->participant_id, &error))
    {
      koers_show_error (widget, _("The Change Could Not Be Saved"), error);
      return;
    }
  add_toast (self, adw_toast_new (_("Trajectory reopened")));
}

static void
on_move_date_activated_cb (KoersDossierView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dossier.move-phase", NULL);
}

static gboolean
reload_idle_cb (gpointer data)
{
  KoersDossierView *self = data;

  self->reload_source = 0;
  load_staff (self);
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Reloaded from an idle: the change may come from a widget inside a row that the reload
 * replaces, while that widget is still handling its signal. */
static void
on_store_changed_cb (KoersDossierView *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
koers_dossier_view_dispose (GObject *object)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (object);

  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (koers_session_get_store (self->session), self);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_DOSSIER_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->country_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_dossier_view_parent_class)->dispose (object);
}

static void
koers_dossier_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_dossier_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      koers_dossier_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_PARTICIPANT_ID:
      koers_dossier_view_set_participant_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_dossier_view_class_init (KoersDossierViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_dossier_view_dispose;
  object_class->get_property = koers_dossier_view_get_property;
  object_class->set_property = koers_dossier_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, KOERS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KoersDossierView::back:
   *
   * The user asked to go back to the list (on a narrow window).
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KOERS_TYPE_CONTACT_LOG);
  g_type_ensure (KOERS_TYPE_DOCUMENTS_SECTION);
  g_type_ensure (KOERS_TYPE_BUSINESS_SECTION);
  g_type_ensure (KOERS_TYPE_PLAN_SECTION);
  g_type_ensure (KOERS_TYPE_OBSTACLES_SECTION);
  g_type_ensure (KOERS_TYPE_ASSESSMENT_SECTION);
  g_type_ensure (KOERS_TYPE_INTERNSHIPS_SECTION);
  g_type_ensure (KOERS_TYPE_CHECKLIST_SECTION);
  g_type_ensure (KOERS_TYPE_HANDOVER_SECTION);
  g_type_ensure (KOERS_TYPE_MONITORING_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-dossier-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KoersDossierView, name)
  BIND (back_revealer);
  BIND (state_stack);
  BIND (name_label);
  BIND (code_label);
  BIND (phase_label);
  BIND (group_label);
  BIND (overdue_label);
  BIND (missed_label);
  BIND (identity_group);
  BIND (situation_group);
  BIND (given_row);
  BIND (family_row);
  BIND (alias_row);
  BIND (birth_row);
  BIND (country_row);
  BIND (languages_row);
  BIND (phone_row);
  BIND (country_dropdown);
  BIND (sex_row);
  BIND (stay_row);
  BIND (holder_row);
  BIND (buddy_row);
  BIND (referrer_row);
  BIND (case_manager_row);
  BIND (trajectory_group);
  BIND (current_phase_row);
  BIND (move_button);
  BIND (move_date_row);
  BIND (commitment_row);
  BIND (departure_row);
  BIND (status_row);
  BIND (reopen_button);
  BIND (end_row);
  BIND (end_how_row);
  BIND (end_reason_row);
  BIND (contact_log);
  BIND (documents_section);
  BIND (business_section);
  BIND (plan_section);
  BIND (obstacles_section);
  BIND (assessment_section);
  BIND (internships_section);
  BIND (checklist_section);
  BIND (handover_section);
  BIND (monitoring_section);
  BIND (follow_up_label);
  BIND (monitoring_label);
  BIND (dossier_menu_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "dossier.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "dossier.move-phase", NULL, move_phase_action);
  gtk_widget_class_install_action (widget_class, "dossier.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "dossier.reopen", NULL, reopen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dossier.back", NULL);
  koers_dossier_view_class_add_record_actions (widget_class);
}

static void
koers_dossier_view_init (KoersDossierView *self)
{
  struct {
    AdwEntryRow           *row;
    KoersParticipantField  field;
  } rows[9];
  guint n = 0;

  gtk_widget_init_template (GTK_WIDGET (self));
#define ROW(r, f) rows[n].row = self->r; rows[n].field = f; n++
  ROW (given_row, KOERS_PARTICIPANT_FIELD_GIVEN_NAME);
  ROW (family_row, KOERS_PARTICIPANT_FIELD_FAMILY_NAME);
  ROW (alias_row, KOERS_PARTICIPANT_FIELD_ALIAS);
  ROW (birth_row, KOERS_PARTICIPANT_FIELD_BIRTH_DATE);
  ROW (languages_row, KOERS_PARTICIPANT_FIELD_LANGUAGES);
  ROW (phone_row, KOERS_PARTICIPANT_FIELD_PHONE);
  ROW (referrer_row, KOERS_PARTICIPANT_FIELD_REFERRER);
  ROW (commitment_row, KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE);
  ROW (departure_row, KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE);
#undef ROW
  g_assert (n == G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_object_set_data (G_OBJECT (rows[i].row), FIELD_KEY, GINT_TO_POINTER (rows[i].field));
      g_signal_connect (rows[i].row, "apply", G_CALLBACK (on_row_apply_cb), self);
    }
  {
    g_autoptr(GtkStringList) how = gtk_string_list_new (NULL);
    for (guint i = 0; i < G_N_ELEMENTS (exit_statuses); i++)
      gtk_string_list_append (how, koers_status_get_label (exit_statuses[i]));
    adw_combo_row_set_model (self->end_how_row, G_LIST_MODEL (how));
  }
  g_signal_connect_swapped (self->move_date_row, "entry-activated",
                            G_CALLBACK (on_move_date_activated_cb), self);
  reset_move_date (self);

  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->country_codes = g_ptr_array_new ();
  self->loading = TRUE;
  load_countries (self);
  fill_enum_row (self->sex_row, sex_choice, KOERS_SEX_OTHER + 1);
  fill_enum_row (self->stay_row, situation_choice, KOERS_SITUATION_OTHER + 1);
  self->loading = FALSE;
  load_staff (self);
  {
    GObject *choices[] = { G_OBJECT (self->country_dropdown), G_OBJECT (self->sex_row),
                           G_OBJECT (self->stay_row),
                           G_OBJECT (self->case_manager_row), G_OBJECT (self->holder_row),
                           G_OBJECT (self->buddy_row) };
    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      g_signal_connect (choices[i], "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
  }
  gtk_stack_set_visible_child_name (self->state_stack, "empty");
}

/**
 * koers_dossier_view_get_session:
 * @self: a dossier view
 *
 * Returns: (transfer none) (nullable): the session.
 */
KoersSession *
koers_dossier_view_get_session (KoersDossierView *self)
{
  g_return_val_if_fail (KOERS_IS_DOSSIER_VIEW (self), NULL);
  return self->session;
}

/**
 * koers_dossier_view_set_session:
 * @self: a dossier view
 * @session: (nullable): the session to read and write
 *
 * Sets the session; the dossier follows changes in its store.
 */
void
koers_dossier_view_set_session (KoersDossierView *self,
                                KoersSession     *session)
{
  g_return_if_fail (KOERS_IS_DOSSIER_VIEW (self));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (koers_session_get_store (self->session), self);
  if (!g_set_object (&self->session, session))
    return;
  if (session != NULL)
    g_signal_connect_object (koers_session_get_store (session), "changed",
                             G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  self->participant_id = 0;
  load_staff (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * koers_dossier_view_get_participant_id:
 * @self: a dossier view
 *
 * Returns: the participant shown, 0 for none.
 */
gint64
koers_dossier_view_get_participant_id (KoersDossierView *self)
{
  g_return_val_if_fail (KOERS_IS_DOSSIER_VIEW (self), 0);
  return self->participant_id;
}

/**
 * koers_dossier_view_set_participant_id:
 * @self: a dossier view
 * @participant_id: the participant to show, 0 for none
 *
 * Shows another participant's dossier; a refused value still typed in a field is dropped.
 */
void
koers_dossier_view_set_participant_id (KoersDossierView *self,
                                       gint64            participant_id)
{
  AdwEntryRow *rows[] = { self->given_row, self->family_row, self->alias_row, self->birth_row,
                          self->languages_row, self->phone_row, self->referrer_row,
                          self->move_date_row, self->commitment_row, self->departure_row,
                          self->end_reason_row };

  g_return_if_fail (KOERS_IS_DOSSIER_VIEW (self));

  if (self->participant_id == participant_id)
    return;
  self->participant_id = participant_id;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    set_row_error (self, rows[i], NULL);
  reset_move_date (self);
  gtk_editable_set_text (GTK_EDITABLE (self->end_reason_row), "");
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

/**
 * koers_dossier_view_set_show_back:
 * @self: a dossier view
 * @show_back: whether the dossier covers the list, so that it needs a back button
 */
void
koers_dossier_view_set_show_back (KoersDossierView *self,
                                  gboolean          show_back)
{
  g_return_if_fail (KOERS_IS_DOSSIER_VIEW (self));
  gtk_revealer_set_reveal_child (self->back_revealer, show_back);
}
