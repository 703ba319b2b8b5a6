/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "koers-checklist-section.h"
#include "koers-dossier-view.h"
#include "koers-handover-section.h"
#include "koers-monitoring-section.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"
#include "koers-window-fixture.h"

/* The end of a trajectory in the dossier, driven as a person would: the handover checklist
 * completed item by item (one not applicable, one of one's own), the handover walked step by
 * step to departure through Next Step… (with a refused answer asked again, typing kept), the
 * overdue follow-up and the due monitoring contact on the dossier, and a contact recorded. */

static AdwMessageDialog *
section_dialog (GtkWidget *section)
{
  AdwMessageDialog *dialog = g_object_get_data (G_OBJECT (section), "dialog");

  g_assert_nonnull (dialog);
  g_object_set_data (G_OBJECT (section), "dialog", NULL);
  return dialog;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  /* In tests the dialog stays open after a response; close it as the user's click would. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
}

static void
set_field (AdwMessageDialog *dialog,
           const char       *key,
           const char       *text)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), key);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static const char *
field (AdwMessageDialog *dialog,
       const char       *key)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), key)));
}

static void
choose (AdwMessageDialog *dialog,
        const char       *key,
        const char       *label)
{
  GtkDropDown *choice = g_object_get_data (G_OBJECT (dialog), key);
  GListModel *model = gtk_drop_down_get_model (choice);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), label))
        {
          gtk_drop_down_set_selected (choice, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static const char *
readiness (GtkWidget *section)
{
  return adw_preferences_group_get_description (g_object_get_data (G_OBJECT (section), "group"));
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) items = NULL;
  GtkWidget *section, *add;
  AdwMessageDialog *dialog;
  GPtrArray *rows;
  gint64 id, safety = 0;
  guint done, applicable;

  open_window (f, 5);
  id = select_new_participant (f);
  section = dossier_child (f, "checklist_section");
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (section), "start")));
  g_assert_true (gtk_widget_activate_action (section, "checklist.start", NULL));
  spin ();
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (section), "start")));
  g_assert_cmpstr (readiness (section), ==, "Ready: 0 of 11 items done");

  /* Safety does not apply to Saba: Save waits for the reason. */
  items = koers_store_list_checklist (f->store, id, &error);
  {
    GVariantIter iter;
    gint64 item;
    const char *title;

    g_variant_iter_init (&iter, items);
    while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &item, &title, NULL, NULL, NULL,
                                NULL, NULL, NULL, NULL))
      if (g_str_equal (title, "Safety assured"))
        safety = item;
  }
  g_assert_true (gtk_widget_activate_action (section, "checklist.not-applicable", "x", safety));
  dialog = section_dialog (section);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  set_field (dialog, "koers-note", "Not a victim of trafficking; no risk on return");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  answer (dialog, "save");
  g_assert_cmpstr (readiness (section), ==, "Ready: 0 of 10 items done");

  /* Every other item ticked, one by one, as a person would. */
  for (guint i = 0;; i++)
    {
      GtkWidget *check;

      rows = g_object_get_data (G_OBJECT (section), "rows");
      if (i >= rows->len)
        break;
      check = g_object_get_data (G_OBJECT (rows->pdata[i]), "koers-check");
      if (gtk_widget_get_sensitive (check) && !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          spin ();
        }
    }
  g_assert_cmpstr (readiness (section), ==, "Ready: 10 of 10 items done");
  g_clear_pointer (&items, g_variant_unref);
  items = koers_store_list_checklist (f->store, id, &error);
  koers_checklist_readiness (items, &done, &applicable);
  g_assert_cmpuint (done, ==, 10);
  g_assert_cmpuint (applicable, ==, 10);

  /* An item of one's own: not empty, and then it counts. */
  add = g_object_get_data (G_OBJECT (section), "add");
  apply_text (add, "  ");
  g_assert_true (gtk_widget_has_css_class (add, "error"));
  apply_text (add, "Suitcase and phone charger bought");
  g_assert_false (gtk_widget_has_css_class (add, "error"));
  g_assert_cmpstr (readiness (section), ==, "Ready: 10 of 11 items done");

  /* Untick: back to open, and Ctrl+Z brings it back. */
  rows = g_object_get_data (G_OBJECT (section), "rows");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (g_object_get_data (G_OBJECT (rows->pdata[0]),
                                                                    "koers-check")), FALSE);
  spin ();
  g_assert_cmpstr (readiness (section), ==, "Ready: 9 of 11 items done");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  spin ();
  g_assert_cmpstr (readiness (section), ==, "Ready: 10 of 11 items done");

  /* A note stays when the item is ticked, and the keyboard stays on the item ticked. */
  {
    gint64 first;
    GtkWidget *check;
    const char *note;
    GtkWidget *focus;

    rows = g_object_get_data (G_OBJECT (section), "rows");
    check = g_object_get_data (G_OBJECT (rows->pdata[0]), "koers-check");
    first = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "koers-id"));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    spin ();
    g_assert_true (gtk_widget_activate_action (section, "checklist.details", "x", first));
    dialog = section_dialog (section);
    set_field (dialog, "koers-note", "Embassy appointment on 3 December");
    answer (dialog, "save");
    rows = g_object_get_data (G_OBJECT (section), "rows");
    check = g_object_get_data (G_OBJECT (rows->pdata[0]), "koers-check");
    gtk_widget_grab_focus (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    spin ();
    g_clear_pointer (&items, g_variant_unref);
    items = koers_store_list_checklist (f->store, id, &error);
    g_variant_get_child (items, 0, "(x&s&s&s&s&s&s&s&s)", NULL, NULL, NULL, NULL, NULL, NULL,
                         &note, NULL, NULL);
    g_assert_cmpstr (note, ==, "Embassy appointment on 3 December");
    rows = g_object_get_data (G_OBJECT (section), "rows");
    focus = gtk_root_get_focus (GTK_ROOT (f->window));
    g_assert_true (focus == g_object_get_data (G_OBJECT (rows->pdata[0]), "koers-check"));
    /* Further down the list too. */
    check = g_object_get_data (G_OBJECT (rows->pdata[3]), "koers-check");
    gtk_widget_grab_focus (check);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                 !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    spin ();
    rows = g_object_get_data (G_OBJECT (section), "rows");
    g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                   == g_object_get_data (G_OBJECT (rows->pdata[3]), "koers-check"));
  }
}

static void
next_step (Fixture    *f,
           GtkWidget  *section,
           const char *step,
           const char *date,
           const char *follow_up,
           const char *flight)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (section, "handover.next", NULL));
  dialog = section_dialog (section);
  choose (dialog, "koers-step", step);
  set_field (dialog, "koers-date", date);
  if (follow_up != NULL)
    set_field (dialog, "koers-follow-up", follow_up);
  if (flight != NULL)
    set_field (dialog, "koers-flight", flight);
  answer (dialog, "record");
  g_assert_null (g_object_get_data (G_OBJECT (section), "dialog"));
}

static const char *
now_title (GtkWidget *section)
{
  return adw_preferences_row_get_title (g_object_get_data (G_OBJECT (section), "now"));
}

static void
test_handover (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  GtkWidget *section, *monitoring, *follow_up_label, *monitoring_label;
  AdwMessageDialog *dialog;
  GPtrArray *rows;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  section = dossier_child (f, "handover_section");
  monitoring = dossier_child (f, "monitoring_section");
  follow_up_label = dossier_child (f, "follow_up_label");
  monitoring_label = dossier_child (f, "monitoring_label");
  g_assert_false (gtk_widget_get_visible (monitoring));
  g_assert_cmpstr (gtk_button_get_label (g_object_get_data (G_OBJECT (section), "next")), ==,
                   "_Prepare Handover…");

  /* Prepared for VluchtelingenWerk, without a follow-up date: refused, asked again with what
   * was typed and why. */
  g_assert_true (gtk_widget_activate_action (section, "handover.next", NULL));
  dialog = section_dialog (section);
  choose (dialog, "koers-partner", "VluchtelingenWerk");
  set_field (dialog, "koers-date", "3-8-2026");
  set_field (dialog, "koers-follow-up", "");
  set_field (dialog, "koers-note", "Warm handover meeting planned");
  answer (dialog, "record");
  dialog = section_dialog (section);
  g_assert_nonnull (strstr (gtk_label_get_label (g_object_get_data (G_OBJECT (dialog),
                                                                   "koers-problem")),
                            "follow-up date"));
  g_assert_cmpstr (field (dialog, "koers-date"), ==, "3-8-2026");
  g_assert_cmpstr (field (dialog, "koers-note"), ==, "Warm handover meeting planned");
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog),
                                                                   "koers-partner")), !=, 0);
  set_field (dialog, "koers-follow-up", "17-8-2026");
  answer (dialog, "record");
  g_assert_cmpstr (now_title (section), ==, "Now: Prepared (VluchtelingenWerk)");

  next_step (f, section, "Sent to partner", "5-8-2026", "19-8-2026", NULL);
  next_step (f, section, "Accepted", "10-8-2026", "24-8-2026", NULL);
  next_step (f, section, "Return grant approved", "15-8-2026", "29-8-2026", NULL);
  next_step (f, section, "Flight booked", "20-8-2026", "1-9-2026", "1-9-2026");
  /* The follow-up of 1 September has passed: the section and the dossier say so. */
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (section), "overdue")));
  g_assert_true (gtk_widget_get_visible (follow_up_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (follow_up_label)), ==,
                   "Handover follow-up overdue since 01-09-2026");

  next_step (f, section, "Departed", "1-9-2026", NULL, NULL);
  p = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_phase (p), ==, KOERS_PHASE_DEPARTED);
  g_assert_cmpstr (koers_participant_get_phase_since (p), ==, "2026-09-01");
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (section), "next")));
  g_assert_false (gtk_widget_get_visible (follow_up_label));
  rows = g_object_get_data (G_OBJECT (section), "rows");
  g_assert_cmpuint (rows->len, ==, 6);

  /* Monitoring planned; the one-month contact (1 October) is due. */
  g_assert_true (gtk_widget_get_visible (monitoring));
  rows = g_object_get_data (G_OBJECT (monitoring), "rows");
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_nonnull (g_object_get_data (G_OBJECT (rows->pdata[0]), "koers-due"));
  g_assert_null (g_object_get_data (G_OBJECT (rows->pdata[1]), "koers-due"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (monitoring_label)), ==,
                   "1 monitoring contact due");

  {
    g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (f->store, id, &error);
    KoersMonitoringContact *c = g_ptr_array_index (contacts, 0);

    g_assert_true (gtk_widget_activate_action (monitoring, "monitoring.record", "x", c->id));
  }
  dialog = section_dialog (monitoring);
  set_field (dialog, "koers-date", "5-10-2026");
  choose (dialog, "koers-business", "Partly");
  choose (dialog, "koers-wellbeing", "4 – good");
  set_field (dialog, "koers-income", "Sells vegetables at the market");
  answer (dialog, "record");
  g_assert_false (gtk_widget_get_visible (monitoring_label));
  rows = g_object_get_data (G_OBJECT (monitoring), "rows");
  g_assert_null (g_object_get_data (G_OBJECT (rows->pdata[0]), "koers-due"));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (rows->pdata[0]),
                                   "Reached on 05-10-2026 (Phone call) · arrived safely · "
                                   "business started: Partly · wellbeing 4 of 5"));
  {
    g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (f->store, id, &error);
    KoersMonitoringContact *c = g_ptr_array_index (contacts, 0);

    g_assert_cmpstr (c->contact_date, ==, "2026-10-05");
    g_assert_cmpint (c->business, ==, KOERS_BUSINESS_STARTED_PARTLY);
    g_assert_cmpint (c->wellbeing, ==, 4);
    g_assert_cmpstr (c->income, ==, "Sells vegetables at the market");
    g_assert_cmpint (c->arrived_safely, ==, 1);
  }

  /* At a later contact, "arrived safely" is not asked unless someone says so. */
  {
    g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (f->store, id, &error);
    KoersMonitoringContact *c = g_ptr_array_index (contacts, 1);

    g_assert_true (gtk_widget_activate_action (monitoring, "monitoring.record", "x", c->id));
  }
  dialog = section_dialog (monitoring);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog),
                                                                   "koers-safe")), ==, 0);
  set_field (dialog, "koers-date", "20-11-2026");
  answer (dialog, "record");
  {
    g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (f->store, id, &error);
    KoersMonitoringContact *c = g_ptr_array_index (contacts, 1);

    g_assert_cmpstr (c->contact_date, ==, "2026-11-20");
    g_assert_cmpint (c->reached, ==, 1);
    g_assert_cmpint (c->arrived_safely, ==, -1);
  }
}

/* Departure is the handover's last step: the phase button cannot skip it. */
static void
test_no_departure_by_hand (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  for (KoersPhase phase = KOERS_PHASE_INTAKE; phase <= KOERS_PHASE_HANDOVER; phase++)
    {
      koers_store_move_phase (f->store, id, phase, NULL, &error);
      g_assert_no_error (error);
    }
  spin ();
  g_assert_false (gtk_widget_get_visible (dossier_child (f, "move_button")));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                              dossier_child (f, "current_phase_row"))),
                            "last step of the handover"));
  gtk_widget_activate_action (view_child (f, "dossier_view"), "dossier.move-phase", NULL);
  spin ();
  p = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_phase (p), ==, KOERS_PHASE_HANDOVER);
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/handover-window/" name, Fixture, NULL, NULL, func, fixture_tear_down)
  ADD ("checklist", test_checklist);
  ADD ("handover", test_handover);
  ADD ("no-departure-by-hand", test_no_departure_by_hand);
#undef ADD

  return g_test_run ();
}
