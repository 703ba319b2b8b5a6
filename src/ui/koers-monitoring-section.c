/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-error-dialog.h"
#include "koers-form-dialog.h"
#include "koers-monitoring-section.h"
#include "koers-window.h"

/* Monitoring after return: the contacts planned at 1, 3, 6 and 12 months after departure,
 * each with what came of it, or its planned day and a "Due" badge once that day has come.
 * Record… asks the day, the channel, whether the participant was reached and, if so, how
 * they are: arrived safely, business started, income, housing, wellbeing, support needed. */

struct _KoersMonitoringSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GPtrArray           *rows;
  GPtrArray           *contacts;   /* KoersMonitoringContact, as listed */

  KoersSession        *session;
  gint64               participant_id;
};

G_DEFINE_FINAL_TYPE (KoersMonitoringSection, koers_monitoring_section, GTK_TYPE_WIDGET)

static KoersStore *
store (KoersMonitoringSection *self)
{
  return koers_session_get_store (self->session);
}

static char *
describe (const KoersMonitoringContact *c)
{
  g_autofree char *planned = koers_date_format_user (c->planned_date);
  g_autofree char *day = NULL;
  GString *text;

  if (c->contact_date == NULL)
    /* Translators: a monitoring contact not made yet */
    return g_strdup_printf (_("Planned for %s"), planned);
  day = koers_date_format_user (c->contact_date);
  text = g_string_new (NULL);
  /* Translators: "Reached on 02-09-2026 (Phone call)" */
  g_string_append_printf (text, c->reached == 1 ? _("Reached on %s (%s)")
                                                : _("Not reached on %s (%s)"),
                          day, koers_contact_channel_get_label (c->channel));
  if (c->reached == 1)
    {
      if (c->arrived_safely >= 0)
        g_string_append_printf (text, " · %s", c->arrived_safely ? _("arrived safely")
                                                                 : _("did not arrive safely"));
      if (c->business != KOERS_BUSINESS_STARTED_UNKNOWN)
        {
          g_string_append (text, " · ");
          /* Translators: "business started: partly" */
          g_string_append_printf (text, _("business started: %s"),
                                  koers_business_started_get_label (c->business));
        }
      if (c->wellbeing > 0)
        {
          g_string_append (text, " · ");
          /* Translators: wellbeing on a scale of 1 to 5 */
          g_string_append_printf (text, _("wellbeing %d of 5"), c->wellbeing);
        }
      if (*c->support_needed)
        {
          g_string_append (text, " · ");
          g_string_append_printf (text, _("needs: %s"), c->support_needed);
        }
    }
  if (*c->note)
    g_string_append_printf (text, " · %s", c->note);
  return g_string_free (text, FALSE);
}

static void
load (KoersMonitoringSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = koers_today_iso ();
  gboolean writable = !koers_store_is_read_only (store (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  self->contacts = koers_store_list_monitoring (store (self), self->participant_id, &error);
  if (self->contacts == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Monitoring Could Not Be Read"), error);
      return;
    }
  /* Before departure there is nothing to monitor. */
  gtk_widget_set_visible (GTK_WIDGET (self), self->contacts->len > 0);
  for (guint i = 0; i < self->contacts->len; i++)
    {
      KoersMonitoringContact *c = g_ptr_array_index (self->contacts, i);
      g_autofree char *subtitle = describe (c);
      g_autofree char *title = g_strdup_printf (ngettext ("After %d month", "After %d months",
                                                          c->months), c->months);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (c->contact_date ? _("_Change…")
                                                                         : _("_Record…"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      if (c->contact_date == NULL && strcmp (c->planned_date, today) <= 0)
        {
          GtkWidget *due = gtk_label_new (C_("monitoring", "Due"));

          gtk_widget_add_css_class (due, "koers-badge");
          gtk_widget_add_css_class (due, "error");
          gtk_widget_set_valign (due, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), due);
          g_object_set_data (G_OBJECT (row), "koers-due", due);
        }
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "monitoring.record");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (c->id));
      gtk_widget_set_sensitive (button, writable);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* ---- Record… -------------------------------------------------------------------------- */

static const KoersMonitoringContact *
find_contact (KoersMonitoringSection *self,
              gint64                  id)
{
  for (guint i = 0; self->contacts != NULL && i < self->contacts->len; i++)
    if (((KoersMonitoringContact *) g_ptr_array_index (self->contacts, i))->id == id)
      return g_ptr_array_index (self->contacts, i);
  return NULL;
}

static void open_record (KoersMonitoringSection       *self,
                         const KoersMonitoringContact *shown,
                         const char                   *date_text,
                         const char                   *problem);

static void
on_reached_toggled_cb (GtkCheckButton *check,
                       GtkWidget      *dialog)
{
  static const char *const answers[] = { "koers-safe", "koers-business", "koers-income",
                                         "koers-housing", "koers-wellbeing", "koers-support" };
  gboolean reached = gtk_check_button_get_active (check);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    koers_form_dialog_set_shown (dialog, answers[i], reached);
}

static void
on_record_response_cb (AdwMessageDialog       *dialog,
                       const char             *response,
                       KoersMonitoringSection *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *d = GTK_WIDGET (dialog);
  const char *date_text = koers_form_dialog_get_text (d, "koers-date");
  g_autofree char *date = koers_date_parse_user (date_text, FALSE);
  KoersMonitoringContact c = { 0 };

  if (g_strcmp0 (response, "record") != 0)
    return;
  c.id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "koers-id"));
  c.months = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "koers-months"));
  c.planned_date = g_object_get_data (G_OBJECT (dialog), "koers-planned");
  c.contact_date = date;
  c.channel = koers_form_dialog_get_selected (d, "koers-channel");
  c.reached = koers_form_dialog_get_active (d, "koers-reached");
  /* Not asked, yes, no: -1, 1, 0. */
  switch (koers_form_dialog_get_selected (d, "koers-safe"))
    {
    case 1: c.arrived_safely = 1; break;
    case 2: c.arrived_safely = 0; break;
    default: c.arrived_safely = -1; break;
    }
  c.business = koers_form_dialog_get_selected (d, "koers-business");
  c.income = (char *) koers_form_dialog_get_text (d, "koers-income");
  c.housing = (char *) koers_form_dialog_get_text (d, "koers-housing");
  c.wellbeing = koers_form_dialog_get_selected (d, "koers-wellbeing");
  c.support_needed = (char *) koers_form_dialog_get_text (d, "koers-support");
  c.note = (char *) koers_form_dialog_get_text (d, "koers-note");

  if (date == NULL || *date == '\0')
    g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                         _("Type the date as day-month-year, such as 02-09-2026."));
  else if (koers_store_record_monitoring (store (self), &c, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (KOERS_IS_WINDOW (root))
        koers_window_add_toast (KOERS_WINDOW (root),
                                koers_window_new_undo_toast (store (self), _("Contact recorded")));
      return;
    }
  if (!g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
    {
      koers_show_error (GTK_WIDGET (self), _("The Contact Could Not Be Recorded"), error);
      return;
    }
  c.contact_date = NULL;
  open_record (self, &c, date_text, error->message);
}

static void
open_record (KoersMonitoringSection       *self,
             const KoersMonitoringContact *shown,
             const char                   *date_text,
             const char                   *problem)
{
  g_autoptr(GPtrArray) channels = g_ptr_array_new ();
  g_autoptr(GPtrArray) business = g_ptr_array_new ();
  g_autofree char *today = koers_today_iso ();
  g_autofree char *day = NULL;
  g_autofree char *title = g_strdup_printf (ngettext ("Contact After %d Month",
                                                      "Contact After %d Months", shown->months),
                                            shown->months);
  const char *safe[] = { C_("arrived safely", "Not asked"), C_("arrived safely", "Yes"),
                         C_("arrived safely", "No"), NULL };
  const char *wellbeing[] = { C_("wellbeing", "Not asked"), _("1 – very bad"), _("2 – bad"),
                              _("3 – fair"), _("4 – good"), _("5 – very good"), NULL };
  GtkWidget *dialog, *reached;

  for (int i = KOERS_CONTACT_CHANNEL_PHONE; i <= KOERS_CONTACT_CHANNEL_VISIT; i++)
    g_ptr_array_add (channels, (gpointer) koers_contact_channel_get_label (i));
  g_ptr_array_add (channels, NULL);
  for (int i = KOERS_BUSINESS_STARTED_UNKNOWN; i <= KOERS_BUSINESS_STARTED_NO; i++)
    g_ptr_array_add (business, (gpointer) koers_business_started_get_label (i));
  g_ptr_array_add (business, NULL);
  day = date_text ? g_strdup (date_text)
                  : koers_date_format_user (shown->contact_date ? shown->contact_date : today);

  dialog = koers_form_dialog_new (GTK_WIDGET (self), title, NULL, problem, "record",
                                  _("_Record"));
  koers_form_dialog_add_entry (dialog, "koers-date", _("_Date (day-month-year)"), day);
  koers_form_dialog_add_choice (dialog, "koers-channel", _("_How"),
                                (const char *const *) channels->pdata, shown->channel);
  reached = koers_form_dialog_add_check (dialog, "koers-reached", _("The participant was _reached"),
                                         shown->reached != 0);
  koers_form_dialog_add_choice (dialog, "koers-safe", _("_Arrived safely"), safe,
                                shown->arrived_safely < 0 ? 0 : shown->arrived_safely ? 1 : 2);
  koers_form_dialog_add_choice (dialog, "koers-business", _("_Business started"),
                                (const char *const *) business->pdata, shown->business);
  koers_form_dialog_add_entry (dialog, "koers-income", _("_Income"), shown->income);
  koers_form_dialog_add_entry (dialog, "koers-housing", _("Hou_sing"), shown->housing);
  koers_form_dialog_add_choice (dialog, "koers-wellbeing", _("_Wellbeing"), wellbeing,
                                (guint) CLAMP (shown->wellbeing, 0, 5));
  koers_form_dialog_add_entry (dialog, "koers-support", _("Support _needed"),
                               shown->support_needed);
  koers_form_dialog_add_entry (dialog, "koers-note", _("N_ote"), shown->note);
  g_signal_connect_object (reached, "toggled", G_CALLBACK (on_reached_toggled_cb), dialog, 0);
  on_reached_toggled_cb (GTK_CHECK_BUTTON (reached), dialog);

  g_object_set_data (G_OBJECT (dialog), "koers-id", GSIZE_TO_POINTER (shown->id));
  g_object_set_data (G_OBJECT (dialog), "koers-months", GINT_TO_POINTER (shown->months));
  g_object_set_data_full (G_OBJECT (dialog), "koers-planned", g_strdup (shown->planned_date),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_record_response_cb), self, 0);
  /* For the tests, which answer it as a person would. */
  g_object_set_data (G_OBJECT (self), "dialog", dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersMonitoringSection *self = KOERS_MONITORING_SECTION (widget);
  const KoersMonitoringContact *c = find_contact (self, g_variant_get_int64 (parameter));
  KoersMonitoringContact fresh;

  if (c == NULL)
    return;
  fresh = *c;
  /* A planned contact: most are made by phone and reach the participant; whether they
   * arrived safely is asked at the first one. */
  if (c->contact_date == NULL)
    {
      fresh.reached = 1;
      fresh.arrived_safely = c->months == 1 ? 1 : -1;
    }
  open_record (self, &fresh, NULL, NULL);
}

static void
koers_monitoring_section_dispose (GObject *object)
{
  KoersMonitoringSection *self = KOERS_MONITORING_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_monitoring_section_parent_class)->dispose (object);
}

static void
koers_monitoring_section_class_init (KoersMonitoringSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_monitoring_section_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "monitoring.record", "x", record_action);
}

static void
koers_monitoring_section_init (KoersMonitoringSection *self)
{
  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Monitoring After Return"));
  adw_preferences_group_set_description (self->group,
    _("Contacts at 1, 3, 6 and 12 months after departure."));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  /* For the tests. */
  g_object_set_data (G_OBJECT (self), "rows", self->rows);
}

/**
 * koers_monitoring_section_show:
 * @self: the section
 * @session: (nullable): the session
 * @participant_id: whose monitoring
 *
 * Shows (or refreshes) the monitoring contacts of a participant; hidden before departure.
 */
void
koers_monitoring_section_show (KoersMonitoringSection *self,
                               KoersSession           *session,
                               gint64                  participant_id)
{
  g_return_if_fail (KOERS_IS_MONITORING_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  if (self->session != NULL && self->participant_id != 0)
    load (self);
}
