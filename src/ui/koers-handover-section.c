/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-error-dialog.h"
#include "koers-form-dialog.h"
#include "koers-handover-section.h"
#include "koers-window.h"

/* The handover of a dossier to a partner: the steps taken so far (prepared, sent, accepted
 * or rejected, return grant approved, flight booked, departed), where it stands now with its
 * follow-up date (in red when it has passed), and Next Step… which offers only the steps
 * that may follow. Every step until departure needs a follow-up date; the departure itself
 * moves the participant to "Departed" and plans the monitoring. */

#define FOLLOW_UP_DAYS 14

struct _KoersHandoverSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *next_button;
  AdwActionRow        *now_row;
  GtkWidget           *overdue_badge;
  GPtrArray           *rows;

  KoersSession        *session;
  gint64               participant_id;
  int                  current;       /* the last step, or -1 */
  char                *current_date;
  GArray              *partner_ids;   /* gint64, as the partner choice lists them */
};

G_DEFINE_FINAL_TYPE (KoersHandoverSection, koers_handover_section, GTK_TYPE_WIDGET)

static KoersStore *
store (KoersHandoverSection *self)
{
  return koers_session_get_store (self->session);
}

static char *
describe_step (const char *date,
               const char *follow_up,
               const char *flight,
               const char *note)
{
  g_autofree char *day = koers_date_format_user (date);
  GString *text = g_string_new (day);

  if (*flight)
    {
      g_autofree char *f = koers_date_format_user (flight);

      g_string_append (text, " · ");
      /* Translators: the day of a booked flight */
      g_string_append_printf (text, _("flight on %s"), f);
    }
  if (*follow_up)
    {
      g_autofree char *f = koers_date_format_user (follow_up);

      g_string_append (text, " · ");
      g_string_append_printf (text, _("follow up on %s"), f);
    }
  if (*note)
    g_string_append_printf (text, " · %s", note);
  return g_string_free (text, FALSE);
}

static void
load (KoersHandoverSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) steps = NULL;
  g_autofree char *today = koers_today_iso ();
  GVariantIter iter;
  const char *step, *partner, *date, *follow_up, *flight, *note;
  const char *now_partner = NULL, *now_follow_up = "", *now_date = NULL;
  gboolean writable = !koers_store_is_read_only (store (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  self->current = -1;
  g_clear_pointer (&self->current_date, g_free);

  steps = koers_store_list_handover_steps (store (self), self->participant_id, &error);
  if (steps == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Handover Could Not Be Read"), error);
      return;
    }
  g_variant_iter_init (&iter, steps);
  while (g_variant_iter_next (&iter, "(x&sx&s&s&s&s&s)", NULL, &step, NULL, &partner, &date,
                              &follow_up, &flight, &note))
    {
      g_autofree char *subtitle = describe_step (date, follow_up, flight, note);
      /* Translators: a step of the handover and the partner, "Sent to partner · IOM" */
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();

      koers_enum_from_nick (KOERS_TYPE_HANDOVER_STEP, step, &self->current);
      title = g_strdup_printf (_("%s · %s"), koers_handover_step_get_label (self->current),
                               partner);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      now_partner = partner;
      now_follow_up = follow_up;
      now_date = date;
    }
  self->current_date = g_strdup (now_date);

  if (self->current < 0)
    {
      adw_preferences_group_set_description (self->group,
        _("Not started. Prepare the handover when the participant is ready for it: choose "
          "the partner and when to follow it up."));
      gtk_widget_set_visible (GTK_WIDGET (self->now_row), FALSE);
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Prepare Handover…"));
    }
  else
    {
      g_autofree char *since = koers_date_format_user (now_date);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      gboolean overdue = *now_follow_up && strcmp (now_follow_up, today) < 0;

      adw_preferences_group_set_description (self->group, NULL);
      /* Translators: where the handover stands, "Now: Sent to partner (IOM)" */
      title = g_strdup_printf (_("Now: %s (%s)"), koers_handover_step_get_label (self->current),
                               now_partner);
      if (*now_follow_up)
        {
          g_autofree char *f = koers_date_format_user (now_follow_up);
          /* Translators: "since 10-03-2026, follow up on 24-03-2026" */
          subtitle = overdue ? g_strdup_printf (_("since %s; the follow-up of %s has passed"),
                                                since, f)
                             : g_strdup_printf (_("since %s, follow up on %s"), since, f);
        }
      else
        subtitle = g_strdup_printf (_("since %s"), since);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->now_row), title);
      adw_action_row_set_subtitle (self->now_row, subtitle);
      gtk_widget_set_visible (self->overdue_badge, overdue);
      gtk_widget_set_visible (GTK_WIDGET (self->now_row), TRUE);
      gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Next Step…"));
    }
  gtk_button_set_use_underline (GTK_BUTTON (self->next_button), TRUE);
  gtk_widget_set_visible (self->next_button, self->current != KOERS_HANDOVER_STEP_DEPARTED);
  gtk_widget_set_sensitive (self->next_button, writable);
}

/* ---- Next Step… ----------------------------------------------------------------------- */

typedef struct {
  guint  step;        /* index into the choices */
  guint  partner;
  char  *date;
  char  *follow_up;
  char  *flight;
  char  *note;
} Typed;

static GArray *
next_steps (KoersHandoverSection *self)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (int));

  for (int s = KOERS_HANDOVER_STEP_PREPARED; s <= KOERS_HANDOVER_STEP_DEPARTED; s++)
    if (koers_handover_step_follows (self->current, s))
      g_array_append_val (steps, s);
  return steps;
}

static void
update_fields (GtkWidget *dialog)
{
  GArray *steps = g_object_get_data (G_OBJECT (dialog), "koers-steps");
  guint i = koers_form_dialog_get_selected (dialog, "koers-step");
  int step = i < steps->len ? g_array_index (steps, int, i) : -1;

  koers_form_dialog_set_shown (dialog, "koers-partner", step == KOERS_HANDOVER_STEP_PREPARED);
  koers_form_dialog_set_shown (dialog, "koers-follow-up", step != KOERS_HANDOVER_STEP_DEPARTED);
  koers_form_dialog_set_shown (dialog, "koers-flight", step == KOERS_HANDOVER_STEP_FLIGHT_BOOKED);
}

static void
on_step_selected_cb (GtkDropDown *choice,
                     GParamSpec  *pspec,
                     GtkWidget   *dialog)
{
  update_fields (dialog);
}

static void open_next_step (KoersHandoverSection *self,
                            const Typed          *typed,
                            const char           *problem);

static char *
parse_optional_date (const char *text,
                     gboolean   *bad)
{
  char *iso;

  if (text == NULL || *text == '\0')
    return NULL;
  iso = koers_date_parse_user (text, FALSE);
  if (iso == NULL || *iso == '\0')
    {
      *bad = TRUE;
      g_free (iso);
      return NULL;
    }
  return iso;
}

static void
on_next_response_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     KoersHandoverSection *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *d = GTK_WIDGET (dialog);
  GArray *steps = g_object_get_data (G_OBJECT (dialog), "koers-steps");
  guint i = koers_form_dialog_get_selected (d, "koers-step");
  int step = i < steps->len ? g_array_index (steps, int, i) : -1;
  guint p = koers_form_dialog_get_selected (d, "koers-partner");
  gint64 partner = 0;
  gboolean bad = FALSE;
  g_autofree char *date = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *flight = NULL;
  Typed typed = { i, p, (char *) koers_form_dialog_get_text (d, "koers-date"),
                  (char *) koers_form_dialog_get_text (d, "koers-follow-up"),
                  (char *) koers_form_dialog_get_text (d, "koers-flight"),
                  (char *) koers_form_dialog_get_text (d, "koers-note") };

  if (g_strcmp0 (response, "record") != 0 || step < 0)
    return;
  if (step == KOERS_HANDOVER_STEP_PREPARED && p < self->partner_ids->len)
    partner = g_array_index (self->partner_ids, gint64, p);
  date = parse_optional_date (typed.date, &bad);
  if (step != KOERS_HANDOVER_STEP_DEPARTED)
    follow_up = parse_optional_date (typed.follow_up, &bad);
  if (step == KOERS_HANDOVER_STEP_FLIGHT_BOOKED)
    flight = parse_optional_date (typed.flight, &bad);
  if (bad || date == NULL)
    g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                         _("Type the dates as day-month-year, such as 20-11-2026."));
  else if (koers_store_add_handover_step (store (self), self->participant_id, step, partner, date,
                                          follow_up, flight, typed.note, &error) != 0)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (KOERS_IS_WINDOW (root))
        koers_window_add_toast (KOERS_WINDOW (root), koers_window_new_undo_toast (
          store (self), step == KOERS_HANDOVER_STEP_DEPARTED
                        ? _("Departure recorded; monitoring planned") : _("Step recorded")));
      return;
    }
  if (!g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
    {
      koers_show_error (GTK_WIDGET (self), _("The Step Could Not Be Recorded"), error);
      return;
    }
  open_next_step (self, &typed, error->message);
}

static void
open_next_step (KoersHandoverSection *self,
                const Typed          *typed,
                const char           *problem)
{
  g_autoptr(GArray) steps = next_steps (self);
  g_autoptr(GPtrArray) step_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) partner_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GVariant) partners = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = koers_today_iso ();
  g_autofree char *today_user = koers_date_format_user (today);
  g_autofree char *follow_user = NULL;
  g_autoptr(GDate) follow = koers_today ();
  GtkWidget *dialog, *choice;
  GVariantIter iter;
  gint64 id;
  const char *name;

  if (steps->len == 0)
    return;
  partners = koers_store_list_partners (store (self), &error);
  if (partners == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Partners Could Not Be Read"), error);
      return;
    }
  g_array_set_size (self->partner_ids, 0);
  g_variant_iter_init (&iter, partners);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &id, &name, NULL, NULL, NULL, NULL, NULL))
    {
      g_array_append_val (self->partner_ids, id);
      g_ptr_array_add (partner_labels, g_strdup (name));
    }
  g_ptr_array_add (partner_labels, NULL);
  for (guint i = 0; i < steps->len; i++)
    g_ptr_array_add (step_labels, (gpointer) koers_handover_step_get_label (
                       g_array_index (steps, int, i)));
  g_ptr_array_add (step_labels, NULL);
  g_date_add_days (follow, FOLLOW_UP_DAYS);
  {
    g_autofree char *iso = koers_date_to_iso (follow);
    follow_user = koers_date_format_user (iso);
  }

  dialog = koers_form_dialog_new (GTK_WIDGET (self),
                                  self->current < 0 ? _("Prepare the Handover?")
                                                    : _("Next Step of the Handover?"),
                                  _("Until the participant departs, every step needs a "
                                    "follow-up date, so nothing waits unseen."),
                                  problem, "record", _("_Record"));
  choice = koers_form_dialog_add_choice (dialog, "koers-step", _("_Step"),
                                         (const char *const *) step_labels->pdata,
                                         typed ? typed->step : 0);
  koers_form_dialog_add_choice (dialog, "koers-partner", _("_Partner"),
                                (const char *const *) partner_labels->pdata,
                                typed ? typed->partner : 0);
  koers_form_dialog_add_entry (dialog, "koers-date", _("_Date (day-month-year)"),
                               typed ? typed->date : today_user);
  koers_form_dialog_add_entry (dialog, "koers-flight", _("F_light date"),
                               typed ? typed->flight : "");
  koers_form_dialog_add_entry (dialog, "koers-follow-up", _("_Follow up on"),
                               typed ? typed->follow_up : follow_user);
  koers_form_dialog_add_entry (dialog, "koers-note", _("_Note (the reason, for a rejection)"),
                               typed ? typed->note : "");
  g_object_set_data_full (G_OBJECT (dialog), "koers-steps", g_steal_pointer (&steps),
                          (GDestroyNotify) g_array_unref);
  g_signal_connect_object (choice, "notify::selected", G_CALLBACK (on_step_selected_cb), dialog,
                           0);
  update_fields (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_next_response_cb), self, 0);
  /* For the tests, which answer it as a person would. */
  g_object_set_data (G_OBJECT (self), "dialog", dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersHandoverSection *self = KOERS_HANDOVER_SECTION (widget);

  if (self->session != NULL && self->participant_id != 0)
    open_next_step (self, NULL, NULL);
}

static void
koers_handover_section_dispose (GObject *object)
{
  KoersHandoverSection *self = KOERS_HANDOVER_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->partner_ids, g_array_unref);
  g_clear_pointer (&self->current_date, g_free);

  G_OBJECT_CLASS (koers_handover_section_parent_class)->dispose (object);
}

static void
koers_handover_section_class_init (KoersHandoverSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_handover_section_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "handover.next", NULL, next_action);
}

static void
koers_handover_section_init (KoersHandoverSection *self)
{
  self->rows = g_ptr_array_new ();
  self->partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->current = -1;
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Handover to a Partner"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->next_button = gtk_button_new_with_mnemonic (_("_Next Step…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_button), "handover.next");
  gtk_widget_set_valign (self->next_button, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (self->group, self->next_button);

  self->now_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->now_row), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->now_row), "property");
  self->overdue_badge = gtk_label_new (_("Follow-up overdue"));
  gtk_widget_add_css_class (self->overdue_badge, "koers-badge");
  gtk_widget_add_css_class (self->overdue_badge, "error");
  gtk_widget_set_valign (self->overdue_badge, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->now_row, self->overdue_badge);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->now_row));
  /* For the tests. */
  g_object_set_data (G_OBJECT (self), "now", self->now_row);
  g_object_set_data (G_OBJECT (self), "next", self->next_button);
  g_object_set_data (G_OBJECT (self), "overdue", self->overdue_badge);
  g_object_set_data (G_OBJECT (self), "rows", self->rows);
}

/**
 * koers_handover_section_show:
 * @self: the section
 * @session: (nullable): the session
 * @participant_id: whose handover
 *
 * Shows (or refreshes) the handover of a participant to a partner.
 */
void
koers_handover_section_show (KoersHandoverSection *self,
                             KoersSession         *session,
                             gint64                participant_id)
{
  g_return_if_fail (KOERS_IS_HANDOVER_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  if (self->session != NULL && self->participant_id != 0)
    load (self);
}
