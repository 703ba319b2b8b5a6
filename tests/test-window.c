/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "koers-application.h"
#include "koers-backup.h"
#include "koers-business-section.h"
#include "koers-contact-log.h"
#include "koers-documents-section.h"
#include "koers-dossier-view.h"
#include "koers-assessment-section.h"
#include "koers-assessment-window.h"
#include "koers-courses-window.h"
#include "koers-history-window.h"
#include "koers-internships-section.h"
#include "koers-preferences-window.h"
#include "koers-restore-window.h"
#include "koers-score-view.h"
#include "koers-training-view.h"
#include "koers-obstacles-section.h"
#include "koers-participant-list.h"
#include "koers-participants-view.h"
#include "koers-partners-window.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"
#include "koers-window.h"
#include "koers-window-fixture.h"

static void
test_opens_with_list (Fixture       *f,
                      gconstpointer  data)
{
  open_window (f, 50);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (f)), ==, 50);
  g_assert_cmpstr (count_text (f), ==, "50 participants");
  g_assert_true (gtk_widget_get_visible (view_child (f, "toolbar")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Koers");

  /* The column view shows rows: the first row's dossier code is on screen. */
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (view_child (f, "column_view"));
    GListModel *columns = gtk_column_view_get_columns (view);
    g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);
  }
}

static void
test_search_filters (Fixture       *f,
                     gconstpointer  data)
{
  RowCount one = { f, 1 }, none = { f, 0 }, all = { f, 50 };

  open_window (f, 50);

  type_search (f, "K-00007");
  wait_until (has_rows, &one);
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpstr (count_text (f), ==, "1 of 50 participants");
  {
    g_autoptr(KoersParticipant) p = g_list_model_get_item (shown_rows (f), 0);
    g_assert_cmpstr (koers_participant_get_code (p), ==, "K-00007");
  }

  type_search (f, "no such person anywhere");
  wait_until (has_rows, &none);
  g_assert_cmpstr (visible_page (f), ==, "no-results");

  type_search (f, "");
  wait_until (has_rows, &all);
  g_assert_cmpstr (visible_page (f), ==, "list");
}

static void
test_search_shortcut (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *entry;
  GtkWidget *focus;

  open_window (f, 10);
  entry = view_child (f, "search_entry");
  gtk_widget_grab_focus (view_child (f, "column_view"));
  g_assert_true (gtk_widget_activate_action (participants_view (f), "participants.search", NULL));
  spin ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_empty_database (Fixture       *f,
                     gconstpointer  data)
{
  open_window (f, 0);
  g_assert_cmpstr (visible_page (f), ==, "welcome");
  g_assert_cmpstr (count_text (f), ==, "");
  g_assert_false (gtk_widget_get_visible (view_child (f, "toolbar")));
}

static gboolean
sorted_by_name_descending (gpointer data)
{
  Fixture *f = data;
  GListModel *rows = shown_rows (f);
  g_autoptr(KoersParticipant) first = g_list_model_get_item (rows, 0);
  g_autoptr(KoersParticipant) last = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  g_autofree char *a = koers_participant_dup_display_name (first);
  g_autofree char *b = koers_participant_dup_display_name (last);
  g_autofree char *ka = koers_fold (a);
  g_autofree char *kb = koers_fold (b);

  return strcmp (ka, kb) > 0;
}

static void
test_sort_by_column (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *view;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) name_column = NULL;

  open_window (f, 50);
  view = GTK_COLUMN_VIEW (view_child (f, "column_view"));
  columns = gtk_column_view_get_columns (view);
  name_column = g_list_model_get_item (columns, 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (name_column), ==, "Name");

  gtk_column_view_sort_by_column (view, name_column, GTK_SORT_DESCENDING);
  wait_until (sorted_by_name_descending, f);

  /* The choice is remembered for the next start. */
  g_assert_cmpint (g_settings_get_enum (f->settings, "participants-sort-column"), ==,
                   KOERS_PARTICIPANT_COLUMN_NAME);
  g_assert_true (g_settings_get_boolean (f->settings, "participants-sort-descending"));
}

static void
test_sort_restored (Fixture       *f,
                    gconstpointer  data)
{
  f->dir = koers_test_make_dir ();
  f->store = koers_test_open_demo (f->dir, 50);
  f->settings = koers_settings_new ();
  g_settings_set_enum (f->settings, "participants-sort-column", KOERS_PARTICIPANT_COLUMN_NAME);
  g_settings_set_boolean (f->settings, "participants-sort-descending", TRUE);
  f->session = koers_session_new (f->store, f->settings);
  f->window = koers_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  spin ();

  g_assert_true (sorted_by_name_descending (f));
}

static void
test_open_error (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KoersStore) bad = NULL;
  AdwMessageDialog *dialog;
  AdwStatusPage *page;

  f->dir = koers_test_make_dir ();
  path = g_build_filename (f->dir, "notes.db", NULL);
  g_assert_true (g_file_set_contents (path, "Just some notes, not a database at all.\n", -1,
                                      NULL));
  bad = koers_store_open (path, &error);
  g_assert_null (bad);

  f->window = koers_window_new (NULL, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  dialog = ADW_MESSAGE_DIALOG (koers_window_show_open_error (f->window, path, error));
  spin ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Database Could Not Be Opened");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is not a database"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Check that you chose"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "close"), ==, "_Quit");

  page = ADW_STATUS_PAGE (child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW, "error_page"));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (page)));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "notes.db"));

  /* Choosing Quit closes the dialog and the window. */
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  adw_message_dialog_response (dialog, "close");
  spin ();
  g_assert_null (f->window);
}

static void
test_window_size_kept (Fixture       *f,
                       gconstpointer  data)
{
  open_window (f, 5);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  spin ();
  g_assert_null (f->window);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (f->settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (f->settings, "window-maximized"));
}

static void
test_dossier (Fixture       *f,
              gconstpointer  data)
{
  GtkSingleSelection *selection;
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersParticipant) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *given_row;
  AdwPreferencesGroup *identity;
  gint64 id;

  open_window (f, 20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (dossier_child (f, "state_stack"))),
                   ==, "empty");

  /* Selecting a participant opens the dossier beside the list. */
  selection = GTK_SINGLE_SELECTION (shown_rows (f));
  gtk_single_selection_set_selected (selection, 4);
  spin ();
  p = g_list_model_get_item (shown_rows (f), 4);
  id = koers_participant_get_id (p);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (dossier_child (f, "state_stack"))),
                   ==, "dossier");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "code_label"))), ==,
                   koers_participant_get_code (p));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "given_row"))), ==,
                   koers_participant_get_given_name (p));

  /* An edit saves at once, and the list follows. */
  apply_row (f, "family_row", "Gebremedhin");
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_participant_get_family_name (stored), ==, "Gebremedhin");
  g_clear_object (&stored);
  {
    g_autoptr(KoersParticipant) row = g_list_model_get_item (shown_rows (f), 4);
    g_assert_cmpstr (koers_participant_get_family_name (row), ==, "Gebremedhin");
  }

  /* A date as people type it. */
  apply_row (f, "birth_row", "7-3-1991");
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpstr (koers_participant_get_birth_date (stored), ==, "1991-03-07");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "birth_row"))), ==,
                   "07-03-1991");
  g_clear_object (&stored);

  /* Bad input: a message at the field, the typed text kept, nothing saved. */
  identity = ADW_PREFERENCES_GROUP (dossier_child (f, "identity_group"));
  given_row = dossier_child (f, "given_row");
  apply_row (f, "given_row", "   ");
  g_assert_true (gtk_widget_has_css_class (given_row, "error"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (identity),
                            "needs a given name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (given_row)), ==, "   ");
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpstr (koers_participant_get_given_name (stored), ==,
                   koers_participant_get_given_name (p));
  g_clear_object (&stored);

  apply_row (f, "birth_row", "31-02-1990");
  g_assert_true (gtk_widget_has_css_class (dossier_child (f, "birth_row"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "birth_row"))), ==,
                   "31-02-1990");
  apply_row (f, "birth_row", "2090");
  g_assert_nonnull (strstr (adw_preferences_group_get_description (identity), "future"));

  /* Corrected, the message goes. */
  apply_row (f, "birth_row", "1990");
  apply_row (f, "given_row", "Ruth");
  g_assert_false (gtk_widget_has_css_class (given_row, "error"));
  g_assert_true (adw_preferences_group_get_description (identity) == NULL
                 || *adw_preferences_group_get_description (identity) == '\0');
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpstr (koers_participant_get_given_name (stored), ==, "Ruth");
  g_assert_cmpstr (koers_participant_get_birth_date (stored), ==, "1990");
  g_clear_object (&stored);

  /* Choices save as soon as they are made. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (dossier_child (f, "sex_row")), KOERS_SEX_FEMALE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dossier_child (f, "holder_row")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (dossier_child (f, "buddy_row")), 2);
  {
    GtkDropDown *countries = GTK_DROP_DOWN (dossier_child (f, "country_dropdown"));
    GListModel *names = gtk_drop_down_get_model (countries);
    guint ethiopia = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      {
        g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i);
        if (g_str_equal (gtk_string_object_get_string (name), "Ethiopia"))
          ethiopia = i;
      }
    g_assert_cmpuint (ethiopia, !=, G_MAXUINT);
    gtk_drop_down_set_selected (countries, ethiopia);
  }
  spin ();
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_sex (stored), ==, KOERS_SEX_FEMALE);
  g_assert_cmpint (koers_participant_get_trajectory_holder_id (stored), ==, 0);
  g_assert_cmpint (koers_participant_get_buddy_id (stored), >, 0);
  g_assert_cmpstr (koers_participant_get_country (stored), ==, "ET");
}

static void
test_dossier_phases (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT,
                                                "given-name", "Tsega", "family-name", "Alem",
                                                "phase-since", "2025-01-06", NULL);
  g_autoptr(KoersParticipant) stored = NULL;
  GListModel *rows;
  GtkWidget *dossier;
  const char *dates[] = { "03-02-2025", "3-3-2025", "01-04-2025", "2025-06-01", "01-07-2025",
                          "15-07-2025", "20-07-2026" };
  guint n;

  open_window (f, 5);
  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  spin ();
  rows = shown_rows (f);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, ==, 6);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), n - 1);
  spin ();
  dossier = view_child (f, "dossier_view");
  g_assert_cmpint (koers_dossier_view_get_participant_id (KOERS_DOSSIER_VIEW (dossier)), ==,
                   koers_participant_get_id (p));

  /* Through every phase, each on the date typed; departure is the last step of the
   * handover (five steps before it, recorded here through the store). */
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *expected = NULL;

      if (KOERS_PHASE_OUTREACH + i + 1 == KOERS_PHASE_DEPARTED)
        {
          static const KoersHandoverStep steps[] = {
            KOERS_HANDOVER_STEP_PREPARED, KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_ACCEPTED,
            KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED,
            KOERS_HANDOVER_STEP_DEPARTED,
          };
          gint64 iom = 0;
          g_autoptr(GVariant) partners = koers_store_list_partners (f->store, &error);

          g_variant_get_child (partners, 0, "(x&s&s&s&s&su)", &iom, NULL, NULL, NULL, NULL, NULL,
                               NULL);
          for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
            {
              gboolean last = steps[s] == KOERS_HANDOVER_STEP_DEPARTED;
              koers_store_add_handover_step (f->store, koers_participant_get_id (p), steps[s],
                                             s == 0 ? iom : 0, last ? "2025-07-01" : "2025-06-05",
                                             last ? NULL : "2025-07-01",
                                             steps[s] == KOERS_HANDOVER_STEP_FLIGHT_BOOKED
                                             ? "2025-07-01" : NULL, NULL, &error);
              g_assert_no_error (error);
            }
          g_assert_false (gtk_widget_get_visible (dossier_child (f, "move_button")));
        }
      else
        {
          gtk_editable_set_text (GTK_EDITABLE (dossier_child (f, "move_date_row")), dates[i]);
          g_assert_true (gtk_widget_activate_action (dossier, "dossier.move-phase", NULL));
        }
      spin ();
      g_clear_object (&stored);
      stored = koers_store_get_participant (f->store, koers_participant_get_id (p), &error);
      g_assert_cmpint (koers_participant_get_phase (stored), ==, KOERS_PHASE_OUTREACH + i + 1);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "phase_label"))), ==,
                       koers_phase_get_label (KOERS_PHASE_OUTREACH + i + 1));
      g_assert_false (gtk_widget_has_css_class (dossier_child (f, "move_date_row"), "error"));
    }
  g_assert_cmpstr (koers_participant_get_phase_since (stored), ==, "2026-07-20");
  /* Closed is the end of the pipeline. */
  g_assert_false (gtk_widget_get_visible (dossier_child (f, "move_button")));

  /* And back, one move at a time, with the window's Undo (Ctrl+Z); the handover's steps
   * before departure are changes of their own. */
  for (int phase = KOERS_PHASE_CLOSED; phase > KOERS_PHASE_OUTREACH; phase--)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
      spin ();
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "phase_label"))), ==,
                       koers_phase_get_label (phase - 1));
      for (int s = 0; phase - 1 == KOERS_PHASE_HANDOVER && s < 5; s++)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    }

  /* A date before the current phase began is refused at the field. */
  gtk_editable_set_text (GTK_EDITABLE (dossier_child (f, "move_date_row")), "01-01-2025");
  gtk_widget_activate_action (dossier, "dossier.move-phase", NULL);
  spin ();
  g_assert_true (gtk_widget_has_css_class (dossier_child (f, "move_date_row"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "move_date_row"))), ==,
                   "01-01-2025");

  /* Ending needs a reason; then the trajectory can be reopened. */
  gtk_widget_activate_action (dossier, "dossier.end", NULL);
  spin ();
  g_assert_true (gtk_widget_has_css_class (dossier_child (f, "end_reason_row"), "error"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (dossier_child (f, "end_how_row")), 3);
  gtk_editable_set_text (GTK_EDITABLE (dossier_child (f, "end_reason_row")), "Phone disconnected");
  gtk_widget_activate_action (dossier, "dossier.end", NULL);
  spin ();
  g_clear_object (&stored);
  stored = koers_store_get_participant (f->store, koers_participant_get_id (p), &error);
  g_assert_cmpint (koers_participant_get_status (stored), ==, KOERS_STATUS_LOST_CONTACT);
  g_assert_cmpstr (koers_participant_get_exit_reason (stored), ==, "Phone disconnected");
  g_assert_true (gtk_widget_get_visible (dossier_child (f, "reopen_button")));
  g_assert_false (gtk_widget_get_visible (dossier_child (f, "move_button")));

  g_assert_true (gtk_widget_activate_action (dossier, "dossier.reopen", NULL));
  spin ();
  g_clear_object (&stored);
  stored = koers_store_get_participant (f->store, koers_participant_get_id (p), &error);
  g_assert_cmpint (koers_participant_get_status (stored), ==, KOERS_STATUS_ACTIVE);
  g_assert_true (gtk_widget_get_visible (dossier_child (f, "move_button")));
}

static void
test_dossier_obstacles (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(KoersObstacle) obstacle = NULL;
  GtkWidget *dossier, *section, *list, *row, *suffix;
  gint64 id;

  open_window (f, 10);
  id = select_new_participant (f);
  dossier = view_child (f, "dossier_view");
  section = dossier_child (f, "obstacles_section");
  g_assert_nonnull (dossier);

  /* No description: refused at the field. */
  gtk_widget_activate_action (section, "obstacles.add", NULL);
  spin ();
  g_assert_true (gtk_widget_has_css_class (child (section, KOERS_TYPE_OBSTACLES_SECTION, "obstacle_text_row"), "error"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (child (section, KOERS_TYPE_OBSTACLES_SECTION, "obstacle_kind_row")),
                              KOERS_OBSTACLE_KIND_MEDICAL);
  gtk_editable_set_text (GTK_EDITABLE (child (section, KOERS_TYPE_OBSTACLES_SECTION, "obstacle_text_row")),
                         "Insulin not available in home town");
  gtk_widget_activate_action (section, "obstacles.add", NULL);
  spin ();
  g_assert_false (gtk_widget_has_css_class (child (section, KOERS_TYPE_OBSTACLES_SECTION, "obstacle_text_row"), "error"));
  stored = koers_store_list_obstacles (f->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  obstacle = g_list_model_get_item (stored, 0);
  g_assert_cmpint (koers_obstacle_get_kind (obstacle), ==, KOERS_OBSTACLE_KIND_MEDICAL);

  /* The dossier shows it; its status can be set from the row. */
  list = child (section, KOERS_TYPE_OBSTACLES_SECTION, "obstacle_list");
  g_assert_true (gtk_widget_get_visible (list));
  row = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Medical");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Insulin"));
  suffix = NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (row); w != NULL && suffix == NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      /* Find the status drop-down among the row's descendants. */
      GtkWidget *stack[32];
      int top = 0;
      stack[top++] = w;
      while (top > 0 && suffix == NULL)
        {
          GtkWidget *c = stack[--top];
          if (GTK_IS_DROP_DOWN (c))
            suffix = c;
          for (GtkWidget *k = gtk_widget_get_first_child (c); k != NULL && top < 32;
               k = gtk_widget_get_next_sibling (k))
            stack[top++] = k;
        }
    }
  g_assert_nonnull (suffix);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (suffix), KOERS_OBSTACLE_STATUS_RESOLVED);
  spin ();
  g_clear_object (&stored);
  g_clear_object (&obstacle);
  stored = koers_store_list_obstacles (f->store, id, &error);
  obstacle = g_list_model_get_item (stored, 0);
  g_assert_cmpint (koers_obstacle_get_status (obstacle), ==, KOERS_OBSTACLE_STATUS_RESOLVED);
  g_assert_cmpstr (koers_obstacle_get_resolved_date (obstacle), ==, "2026-11-28");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (
                              ADW_ACTION_ROW (gtk_widget_get_first_child (list))), "resolved"));
}

static void
test_contact_log (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = NULL;
  GtkWidget *log, *text_view, *group;
  GtkTextBuffer *buffer;
  gint64 id;

  open_window (f, 10);
  id = select_new_participant (f);
  log = dossier_child (f, "contact_log");
  text_view = child (log, KOERS_TYPE_CONTACT_LOG, "text_view");
  group = child (log, KOERS_TYPE_CONTACT_LOG, "group");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));

  /* Nothing written: refused, with the reason. */
  g_assert_true (gtk_widget_activate_action (log, "contact-log.add", NULL));
  spin ();
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "Write what was discussed"));

  /* A date that is no date keeps the note as typed. */
  gtk_text_buffer_set_text (buffer, "Talked about the business plan.\nNext week: costs.", -1);
  gtk_editable_set_text (GTK_EDITABLE (child (log, KOERS_TYPE_CONTACT_LOG, "date_row")),
                         "yesterday");
  gtk_widget_activate_action (log, "contact-log.add", NULL);
  spin ();
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "day-month-year"));
  {
    GtkTextIter start, end;
    g_autofree char *kept = NULL;
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    kept = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (kept, ==, "Talked about the business plan.\nNext week: costs.");
  }

  gtk_editable_set_text (GTK_EDITABLE (child (log, KOERS_TYPE_CONTACT_LOG, "date_row")),
                         "20-11-2026");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (log, KOERS_TYPE_CONTACT_LOG, "kind_row")),
                              KOERS_NOTE_KIND_EMPOWERMENT_SESSION);
  gtk_widget_activate_action (log, "contact-log.add", NULL);
  spin ();
  notes = koers_store_list_notes (f->store, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  {
    g_autoptr(KoersNote) note = g_list_model_get_item (notes, 0);
    g_assert_cmpstr (koers_note_get_date (note), ==, "2026-11-20");
    g_assert_cmpint (koers_note_get_kind (note), ==, KOERS_NOTE_KIND_EMPOWERMENT_SESSION);
    g_assert_cmpstr (koers_note_get_text (note), ==,
                     "Talked about the business plan.\nNext week: costs.");
  }
  /* The log shows it, and the form is empty again. */
  g_assert_true (gtk_widget_get_visible (child (log, KOERS_TYPE_CONTACT_LOG, "notes_list")));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
}

static void
test_documents (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KoersDocumentsSection *section;
  KoersDocumentStatus status;
  g_autofree char *requested = NULL, *obtained = NULL, *note = NULL;
  GtkWidget *obtained_row;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  section = KOERS_DOCUMENTS_SECTION (dossier_child (f, "documents_section"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (koers_documents_section_get_row (
                                section, KOERS_DOCUMENT_KIND_PASSPORT, "status")),
                              KOERS_DOCUMENT_STATUS_REQUESTED);
  apply_text (koers_documents_section_get_row (section, KOERS_DOCUMENT_KIND_PASSPORT,
                                               "requested"), "2-6-2026");
  koers_store_get_document (f->store, id, KOERS_DOCUMENT_KIND_PASSPORT, &status, &requested,
                            &obtained, &note, &error);
  g_assert_cmpint (status, ==, KOERS_DOCUMENT_STATUS_REQUESTED);
  g_assert_cmpstr (requested, ==, "2026-06-02");
  g_clear_pointer (&requested, g_free);
  g_clear_pointer (&obtained, g_free);
  g_clear_pointer (&note, g_free);

  /* Obtained before it was requested: refused, typed text kept. */
  obtained_row = koers_documents_section_get_row (section, KOERS_DOCUMENT_KIND_PASSPORT,
                                                  "obtained");
  apply_text (obtained_row, "01-05-2026");
  g_assert_true (gtk_widget_has_css_class (koers_documents_section_get_row (
                   section, KOERS_DOCUMENT_KIND_PASSPORT, "expander"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (obtained_row)), ==, "01-05-2026");
  koers_store_get_document (f->store, id, KOERS_DOCUMENT_KIND_PASSPORT, &status, &requested,
                            &obtained, &note, &error);
  g_assert_null (obtained);
}

static void
test_business_plan (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
  KoersBusinessSection *section;
  KoersBusinessStatus status;
  GtkWidget *costs;
  gint64 id, cents;

  open_window (f, 5);
  id = select_new_participant (f);
  section = KOERS_BUSINESS_SECTION (dossier_child (f, "business_section"));

  apply_text (koers_business_section_get_row (section, KOERS_BUSINESS_FIELD_IDEA),
              "Mobile phone repair");
  costs = koers_business_section_get_row (section, KOERS_BUSINESS_FIELD_STARTUP_COSTS);
  apply_text (costs, "minus vijftig");
  g_assert_true (gtk_widget_has_css_class (costs, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (costs)), ==, "minus vijftig");
  apply_text (costs, "1.250,50");
  g_assert_false (gtk_widget_has_css_class (costs, "error"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (koers_business_section_get_row (
                                section, KOERS_BUSINESS_FIELD_STATUS)), KOERS_BUSINESS_STATUS_DRAFT);
  spin ();

  g_assert_true (koers_store_get_business_plan (f->store, id, &idea, &sector, &place, &cents,
                                                &funding, &status, &error));
  g_assert_cmpstr (idea, ==, "Mobile phone repair");
  g_assert_cmpint (cents, ==, 125050);
  g_assert_cmpint (status, ==, KOERS_BUSINESS_STATUS_DRAFT);
}

/* The first descendant of @root that is a row titled @title, or a button labelled @title. */
static GtkWidget *
find_titled (GtkWidget  *root,
             const char *title)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (c)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), title) == 0)
        return c;
      if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), title) == 0)
        return c;
      if ((found = find_titled (c, title)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) plan = NULL;
  GtkWidget *section, *new_goal;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  section = dossier_child (f, "plan_section");

  new_goal = find_titled (section, "New goal");
  g_assert_nonnull (new_goal);
  apply_text (new_goal, "  ");
  g_assert_true (gtk_widget_has_css_class (new_goal, "error"));
  apply_text (new_goal, "Business plan ready");
  g_assert_false (gtk_widget_has_css_class (new_goal, "error"));
  spin ();

  /* The goal's form adds an action with owner and due date. */
  gtk_editable_set_text (GTK_EDITABLE (find_titled (section, "New action")), "Write the costs");
  gtk_editable_set_text (GTK_EDITABLE (find_titled (section, "Who does it")), "Saba");
  gtk_editable_set_text (GTK_EDITABLE (find_titled (section, "Due date (day-month-year)")),
                         "15-12-2026");
  g_signal_emit_by_name (find_titled (section, "_Add Action"), "clicked");
  spin ();

  plan = koers_store_list_plan (f->store, id, &error);
  g_assert_cmpuint (g_variant_n_children (plan), ==, 1);
  {
    g_autoptr(GVariant) goal = g_variant_get_child_value (plan, 0);
    g_autoptr(GVariant) actions = g_variant_get_child_value (goal, 2);
    const char *title, *what, *who, *due, *done;
    gint64 goal_id, action_id;

    g_variant_get (goal, "(x&s@a(xsssms))", &goal_id, &title, NULL);
    g_assert_cmpstr (title, ==, "Business plan ready");
    g_assert_cmpuint (g_variant_n_children (actions), ==, 1);
    g_variant_get_child (actions, 0, "(x&s&s&sm&s)", &action_id, &what, &who, &due, &done);
    g_assert_cmpstr (what, ==, "Write the costs");
    g_assert_cmpstr (due, ==, "2026-12-15");
    g_assert_null (done);
  }
  /* It shows, with its progress. */
  g_assert_nonnull (find_titled (section, "Write the costs"));
  g_assert_nonnull (find_titled (section, "Business plan ready"));
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GListModel *rows;
  guint all;

  open_window (f, 80);
  g_settings_reset (f->settings, "participants-filter-phase");
  rows = shown_rows (f);
  all = g_list_model_get_n_items (rows);

  /* Choosing a phase narrows the list and is kept for the next start. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (view_child (f, "phase_filter")),
                              KOERS_PHASE_MONITORING + 1);
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, all);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KoersParticipant) p = g_list_model_get_item (rows, i);
      g_assert_cmpint (koers_participant_get_phase (p), ==, KOERS_PHASE_MONITORING);
    }
  g_assert_true (gtk_widget_has_css_class (view_child (f, "filter_button"), "koers-filter-active"));
  {
    g_autofree char *kept = g_settings_get_string (f->settings, "participants-filter-phase");
    g_assert_cmpstr (kept, ==, "monitoring");
  }

  /* A new window starts with the same filter. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  spin ();
  f->window = koers_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  spin ();
  rows = shown_rows (f);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (view_child (f, "phase_filter"))),
                    ==, KOERS_PHASE_MONITORING + 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, all);

  /* Show everyone. */
  g_signal_emit_by_name (view_child (f, "clear_filters_button"), "clicked");
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, all);
  g_assert_false (gtk_widget_has_css_class (view_child (f, "filter_button"),
                                            "koers-filter-active"));
}

static void
test_backup_now (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *folder = NULL;
  gint64 deadline;

  open_window (f, 5);
  folder = koers_backup_default_folder (koers_store_get_path (f->store));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "backup-now", NULL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GPtrArray) names = koers_backup_list (folder);
      if (names->len == 1
          && g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "backup-now"))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_new_participant (Fixture       *f,
                      gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *given;
  GtkWidget *dossier;
  gint64 id;

  open_window (f, 0);
  g_assert_cmpstr (visible_page (f), ==, "welcome");

  /* Ctrl+N asks for a name; Add stays off until there is one. */
  g_assert_true (gtk_widget_activate_action (participants_view (f), "participants.new", NULL));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  list = adw_message_dialog_get_extra_child (dialog);
  given = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ENTRY_ROW (given));
  gtk_editable_set_text (GTK_EDITABLE (given), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (given), "ኣማኑኤል");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  spin ();

  /* The new dossier is open and the list shows it. */
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpstr (count_text (f), ==, "1 participant");
  dossier = view_child (f, "dossier_view");
  id = koers_dossier_view_get_participant_id (KOERS_DOSSIER_VIEW (dossier));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "code_label"))), ==, "K-00001");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "given_row"))), ==,
                   "ኣማኑኤል");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "phase_label"))), ==,
                   "Outreach");
}

/* The button that runs @action_name, somewhere inside @widget. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
banner_revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (GTK_REVEALER (data));
}

#define HOLDER "Anna de Vries is using this database on WS-2 since 09:12."

/* Another Koers holds the lock: the window shows the database read-only and says who. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersParticipant) stored = NULL;
  GtkRevealer *revealer;
  GtkWidget *add_button;
  AdwMessageDialog *dialog;
  KoersStore *reader;
  char *path;

  open_window (f, 5);
  revealer = GTK_REVEALER (child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW,
                                  "read_only_revealer"));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window),
                                                    "new-participant"));

  /* The same database, as the second Koers opens it. */
  path = g_strdup (koers_store_get_path (f->store));
  reader = koers_store_open_full (path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_free (path);
  g_assert_no_error (error);
  koers_store_set_read_only_reason (reader, HOLDER);
  g_clear_object (&f->session);
  f->session = koers_session_new (reader, f->settings);
  koers_window_set_session (f->window, f->session);
  g_clear_object (&f->store);
  f->store = reader;
  koers_window_set_read_only_banner (f->window, "Read-only: " HOLDER);
  spin ();

  /* The banner is on screen and names the holder. */
  wait_until (banner_revealed, revealer);
  g_assert_true (gtk_widget_get_mapped (child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW,
                                               "read_only_label")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (GTK_WIDGET (f->window),
                                                          KOERS_TYPE_WINDOW,
                                                          "read_only_label"))),
                   ==, "Read-only: " HOLDER);
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (f)), ==, 5);

  /* Adding is off: Ctrl+N and the + button. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window),
                                                     "new-participant"));
  add_button = find_action_button (view_child (f, "toolbar"), "participants.new");
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_is_sensitive (add_button));
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "new-participant", NULL);
  spin ();
  g_assert_null (find_dialog ());

  /* An edit in the dossier says why it was not saved, and keeps what was typed. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown_rows (f)), 2);
  spin ();
  p = g_list_model_get_item (shown_rows (f), 2);
  apply_row (f, "family_row", "Gebremedhin");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Change Could Not Be Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "read-only"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), HOLDER));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "family_row"))), ==,
                   "Gebremedhin");
  adw_message_dialog_response (dialog, "close");
  spin ();
  stored = koers_store_get_participant (f->store, koers_participant_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (koers_participant_get_family_name (stored), ==,
                   koers_participant_get_family_name (p));

  /* Hidden again on request. */
  koers_window_set_read_only_banner (f->window, NULL);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

/* A window action ("undo" for win.undo) as its menu item or shortcut sees it. */
static gboolean
action_enabled (GtkWidget  *window,
                const char *group,
                const char *name)
{
  g_assert_cmpstr (group, ==, "win");
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *window;
  g_autoptr(KoersParticipant) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  open_window (f, 10);
  window = GTK_WIDGET (f->window);
  /* The demo data is not a change of this session. */
  g_assert_false (action_enabled (window, "win", "undo"));
  id = select_new_participant (f);
  g_assert_true (action_enabled (window, "win", "undo"));
  g_assert_false (action_enabled (window, "win", "redo"));

  apply_row (f, "family_row", "Haile");
  apply_row (f, "phone_row", "06 1234 5678");

  /* Undo takes back one edit at a time, in the fields as in the store. */
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "phone_row"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "family_row"))), ==,
                   "Haile");
  g_assert_true (action_enabled (window, "win", "redo"));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "family_row"))), ==, "");

  /* Redo puts them back. */
  g_assert_true (gtk_widget_activate_action (window, "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.redo", NULL));
  spin ();
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpstr (koers_participant_get_family_name (stored), ==, "Haile");
  g_assert_cmpstr (koers_participant_get_phone (stored), ==, "06 1234 5678");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "phone_row"))), ==,
                   "06 1234 5678");
  g_assert_false (action_enabled (window, "win", "redo"));

  /* A toast's Undo undoes its own change only: not once a later change came. */
  {
    gint64 last = koers_store_get_last_change (f->store);
    apply_row (f, "alias_row", "Sabi");
    g_assert_true (gtk_widget_activate_action (window, "win.undo-change", "x", last));
    spin ();
    g_clear_object (&stored);
    stored = koers_store_get_participant (f->store, id, &error);
    g_assert_cmpstr (koers_participant_get_alias (stored), ==, "Sabi");
    g_assert_cmpstr (koers_participant_get_phone (stored), ==, "06 1234 5678");
    g_assert_true (gtk_widget_activate_action (window, "win.undo-change", "x",
                                               koers_store_get_last_change (f->store)));
    spin ();
    g_clear_object (&stored);
    stored = koers_store_get_participant (f->store, id, &error);
    g_assert_cmpstr (koers_participant_get_alias (stored), ==, "");
  }
}

static KoersHistoryWindow *
find_history_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (KOERS_IS_HISTORY_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return KOERS_HISTORY_WINDOW (window);
    }
  return NULL;
}

static void
test_history_and_erase (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) gone = NULL;
  g_autofree char *export = NULL;
  KoersHistoryWindow *history;
  AdwMessageDialog *dialog;
  GtkWidget *list, *first, *dossier;
  gint64 id;

  open_window (f, 10);
  koers_store_set_actor (f->store, "Lotte van den Berg");
  id = select_new_participant (f);
  dossier = view_child (f, "dossier_view");
  apply_row (f, "phone_row", "06 2222 3333");

  /* The history lists the edit with who made it. */
  g_assert_true (gtk_widget_activate_action (dossier, "dossier.history", NULL));
  spin ();
  history = find_history_window ();
  g_assert_nonnull (history);
  list = child (GTK_WIDGET (history), KOERS_TYPE_HISTORY_WINDOW, "list");
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Phone changed");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)),
                            "— → 06 2222 3333"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)),
                            "Lotte van den Berg"));
  export = g_build_filename (f->dir, "history.xlsx", NULL);
  g_assert_true (koers_history_window_export_to (history, export, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (export, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (history));
  spin ();

  /* Erasing waits for the dossier code, then removes the person for good. */
  g_assert_true (gtk_widget_activate_action (dossier, "dossier.erase", NULL));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "K-9");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  {
    g_autoptr(KoersParticipant) p = koers_store_get_participant (f->store, id, &error);
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                           koers_participant_get_code (p));
  }
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "erase"));
  adw_message_dialog_response (dialog, "erase");
  spin ();
  gone = koers_store_get_participant (f->store, id, &error);
  g_assert_null (gone);
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (dossier_child (f, "state_stack"))),
                   ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (shown_rows (f)), ==, 10);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *prefs;
  GtkWidget *name_row, *folder_row;
  g_autofree char *elsewhere = NULL;

  open_window (f, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL));
  spin ();
  prefs = find_toplevel (KOERS_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);

  /* The name given here is the one the history names. */
  name_row = child (GTK_WIDGET (prefs), KOERS_TYPE_PREFERENCES_WINDOW, "name_row");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  Youssef El Amrani ");
  g_signal_emit_by_name (name_row, "apply");
  g_assert_cmpstr (koers_store_get_actor (f->store), ==, "Youssef El Amrani");

  /* The backup folder: next to the database unless another is chosen. */
  folder_row = child (GTK_WIDGET (prefs), KOERS_TYPE_PREFERENCES_WINDOW, "folder_row");
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (folder_row)),
                                   "demo-backups"));
  elsewhere = g_build_filename (f->dir, "share", NULL);
  g_settings_set_string (f->settings, "backup-folder", elsewhere);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (folder_row)), ==, elsewhere);
  g_assert_true (gtk_widget_get_visible (child (GTK_WIDGET (prefs),
                                                KOERS_TYPE_PREFERENCES_WINDOW,
                                                "default_folder_button")));
  gtk_widget_activate_action (GTK_WIDGET (prefs), "preferences.default-folder", NULL);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (folder_row)),
                                   "demo-backups"));
  gtk_window_destroy (prefs);
  g_settings_reset (f->settings, "staff-name");
}

static const char *
group_description (GtkWidget *prefs)
{
  return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (
    child (prefs, KOERS_TYPE_PREFERENCES_WINDOW, "project_group")));
}

static char *
setting (Fixture    *f,
         const char *key)
{
  return g_settings_get_string (f->settings, key);
}

/* The apply button of an entry row: the only button in it. */
static GtkWidget *
apply_button (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = GTK_IS_BUTTON (c) ? c : apply_button (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

#define assert_setting(f, key, value) \
  G_STMT_START { g_autofree char *_v = setting (f, key); g_assert_cmpstr (_v, ==, value); } G_STMT_END

static void
test_preferences_project (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *prefs, *start_row, *end_row;

  open_window (f, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL));
  spin ();
  prefs = GTK_WIDGET (find_toplevel (KOERS_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (prefs);
  start_row = child (prefs, KOERS_TYPE_PREFERENCES_WINDOW, "start_row");
  end_row = child (prefs, KOERS_TYPE_PREFERENCES_WINDOW, "end_row");

  /* The defaults as day-month-year; an empty end, the day it stands for said above. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "01-01-2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "");
  g_assert_nonnull (strstr (group_description (prefs), "18 months: until 30-06-2027"));

  /* Not a date: said at the field, what was typed stays, the setting does not change. */
  apply_text (start_row, "31-02-2026");
  g_assert_true (gtk_widget_has_css_class (start_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "31-02-2026");
  g_assert_cmpstr (group_description (prefs), ==,
                   "Start of the project: type the date as day-month-year, such as 24-05-2026");
  assert_setting (f, "project-start", "2026-01-01");
  /* A setting changed elsewhere meanwhile leaves the field being corrected alone. */
  g_settings_set_int (f->settings, "return-target", 46);
  g_settings_set_string (f->settings, "project-end", "2027-06-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "30-06-2027");
  g_settings_set_string (f->settings, "project-end", "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "31-02-2026");

  /* A good one, in any of the usual ways of writing it; the default end moves along. The
   * date shown as the others are is no new typing: nothing to apply. */
  gtk_widget_grab_focus (start_row);
  apply_text (start_row, " 1/3/2026 ");
  g_assert_false (gtk_widget_has_css_class (start_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, "01-03-2026");
  g_assert_false (gtk_widget_get_visible (apply_button (start_row)));
  assert_setting (f, "project-start", "2026-03-01");
  g_assert_nonnull (strstr (group_description (prefs), "until 31-08-2027"));

  /* An end typed but not applied stays while the start is applied again. */
  gtk_editable_set_text (GTK_EDITABLE (end_row), "15-12-2027");
  apply_text (start_row, "01-03-2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end_row)), ==, "15-12-2027");
  assert_setting (f, "project-end", "");

  /* An end before the start is refused at the field. */
  apply_text (end_row, "28-02-2026");
  g_assert_true (gtk_widget_has_css_class (end_row, "error"));
  g_assert_cmpstr (group_description (prefs), ==,
                   "End of the project: the end lies before the start of the project, "
                   "01-03-2026");
  assert_setting (f, "project-end", "");
  apply_text (end_row, "no date");
  g_assert_nonnull (strstr (group_description (prefs), "or leave it empty for 18 months"));
  assert_setting (f, "project-end", "");
  apply_text (end_row, "31-12-2027");
  g_assert_false (gtk_widget_has_css_class (end_row, "error"));
  assert_setting (f, "project-end", "2027-12-31");

  /* Nor may the start move past that end. */
  apply_text (start_row, "1-1-2028");
  g_assert_true (gtk_widget_has_css_class (start_row, "error"));
  g_assert_nonnull (strstr (group_description (prefs), "after the end of the project, 31-12-2027"));
  assert_setting (f, "project-start", "2026-03-01");
  apply_text (start_row, "01-03-2026");
  g_assert_false (gtk_widget_has_css_class (start_row, "error"));

  /* Emptied, the end is 18 months after the start again. */
  apply_text (end_row, "");
  g_assert_false (gtk_widget_has_css_class (end_row, "error"));
  assert_setting (f, "project-end", "");
  g_assert_nonnull (strstr (group_description (prefs), "until 31-08-2027"));

  /* The target and the ambition. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (
                       child (prefs, KOERS_TYPE_PREFERENCES_WINDOW, "target_spin"))), ==, 46);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, KOERS_TYPE_PREFERENCES_WINDOW,
                                                     "target_spin")), 60);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, KOERS_TYPE_PREFERENCES_WINDOW,
                                                     "ambition_spin")), 75);
  g_assert_cmpint (g_settings_get_int (f->settings, "return-ambition"), ==, 75);
  /* The field keeps to what the setting allows. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, KOERS_TYPE_PREFERENCES_WINDOW,
                                                     "ambition_spin")), 20000);
  spin ();
  g_assert_cmpint (g_settings_get_int (f->settings, "return-target"), ==, 60);
  g_assert_cmpint (g_settings_get_int (f->settings, "return-ambition"), ==, 10000);

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_settings_reset (f->settings, "project-start");
  g_settings_reset (f->settings, "project-end");
  g_settings_reset (f->settings, "return-target");
  g_settings_reset (f->settings, "return-ambition");
}

static gboolean
restore_loaded (gpointer data)
{
  return koers_restore_window_is_loaded (data);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  GtkWindow *restore;
  AdwMessageDialog *dialog;

  open_window (f, 5);
  folder = koers_session_dup_backup_folder (f->session);
  made = koers_backup_make (koers_store_get_path (f->store), folder, &error);
  g_assert_no_error (error);
  /* Backups are named by the second. */
  g_usleep (1100 * 1000);
  select_new_participant (f);
  g_assert_cmpint (koers_store_count_participants (f->store, NULL), ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore", NULL));
  restore = find_toplevel (KOERS_TYPE_RESTORE_WINDOW);
  g_assert_nonnull (restore);
  wait_until (restore_loaded, restore);
  {
    GtkWidget *list = child (GTK_WIDGET (restore), KOERS_TYPE_RESTORE_WINDOW, "list");
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                     "5 participants ("));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (restore), "restore.restore", "s", made));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "restore");
  spin ();

  /* Back to five, the list follows, and the state before is kept as a backup. */
  g_assert_cmpint (koers_store_count_participants (f->store, NULL), ==, 5);
  {
    RowCount count = { f, 5 };
    wait_until (has_rows, &count);
  }
  backups = koers_backup_list (folder);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_null (find_toplevel (KOERS_TYPE_RESTORE_WINDOW));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "undo"));

  /* The copy kept before the restore says so in the list; the other is a plain backup. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.restore", NULL));
  restore = find_toplevel (KOERS_TYPE_RESTORE_WINDOW);
  g_assert_nonnull (restore);
  wait_until (restore_loaded, restore);
  {
    GtkWidget *list = child (GTK_WIDGET (restore), KOERS_TYPE_RESTORE_WINDOW, "list");
    const char *newest = adw_preferences_row_get_title (
      ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)));
    const char *older = adw_preferences_row_get_title (
      ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1)));

    g_assert_true (g_str_has_suffix (newest, " · kept from before a restore"));
    g_assert_null (strstr (older, "kept"));
  }
  gtk_window_destroy (restore);
}

/* The database file deleted while Koers has it open: the edit is refused with a way out,
 * the typed text stays, and a copy of everything saved can be written. */
static void
test_database_deleted (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) rescued = NULL;
  g_autofree char *copy = NULL;
  AdwMessageDialog *dialog;

  open_window (f, 5);
  select_new_participant (f);
  g_assert_cmpint (g_unlink (koers_store_get_path (f->store)), ==, 0);

  apply_row (f, "phone_row", "06 7777 8888");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-copy"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save-copy");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dossier_child (f, "phone_row"))), ==,
                   "06 7777 8888");
  gtk_window_destroy (GTK_WINDOW (dialog));

  copy = g_build_filename (f->dir, "rescued.db", NULL);
  g_assert_true (koers_window_save_copy (f->window, copy, &error));
  g_assert_no_error (error);
  rescued = koers_store_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (koers_store_count_participants (rescued, NULL), ==, 6);
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* A whole assessment through the window: rate, flag, watch the category, finish; the target
 * group follows, suggested actions become obstacles, and setting the group by hand needs a
 * reason that then shows with it. */
static void
test_assessment (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) stored = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  GtkWidget *section, *window, *badge, *reason;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  section = dossier_child (f, "assessment_section");
  list = koers_store_get_current_score_list (f->store, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (section, "assessments.start", NULL));
  spin ();
  window = GTK_WIDGET (find_toplevel (KOERS_TYPE_ASSESSMENT_WINDOW));
  g_assert_nonnull (window);
  badge = child (window, KOERS_TYPE_ASSESSMENT_WINDOW, "category_badge");

  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    koers_assessment_window_rate (KOERS_ASSESSMENT_WINDOW (window), i, 4);
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Moderate");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                   child (window, KOERS_TYPE_ASSESSMENT_WINDOW, "category_row"))), "Index 25 of 100"));
  /* One domain acute: at least high, and the reason says so. */
  koers_assessment_window_rate (KOERS_ASSESSMENT_WINDOW (window), 1, 1);
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "High");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (window, KOERS_TYPE_ASSESSMENT_WINDOW,
                                                                   "why_label"))),
                            "acute (rated 1)"));
  /* A red flag: severe. */
  koers_assessment_window_set_flag (KOERS_ASSESSMENT_WINDOW (window), 0, TRUE);
  spin ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (badge)), ==, "Severe");

  g_assert_true (gtk_widget_activate_action (window, "assessment.finish", NULL));
  spin ();
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_target_group (stored), ==, KOERS_TARGET_GROUP_2B);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "group_label"))), ==,
                   "Target group 2b");

  /* Suggested actions, each one click from an obstacle. */
  {
    GtkWidget *actions = child (window, KOERS_TYPE_ASSESSMENT_WINDOW, "actions_group");
    g_autoptr(GListModel) obstacles = NULL;
    GtkWidget *button = NULL;

    g_assert_true (gtk_widget_get_visible (actions));
    /* The first "Add as Obstacle" button in the group, depth first. */
    {
      GtkWidget *stack[256];
      int top = 0;

      stack[top++] = actions;
      while (top > 0 && button == NULL)
        {
          GtkWidget *w = stack[--top];
          if (GTK_IS_BUTTON (w)
              && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "Add as Obstacle") == 0)
            button = w;
          for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL && top < 256;
               c = gtk_widget_get_prev_sibling (c))
            stack[top++] = c;
        }
    }
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    spin ();
    obstacles = koers_store_list_obstacles (f->store, id, &error);
    g_assert_cmpuint (g_list_model_get_n_items (obstacles), ==, 1);
    g_assert_false (gtk_widget_get_sensitive (button));
  }
  /* … and one click from the handover checklist, once. */
  {
    GtkWidget *button = find_button (child (window, KOERS_TYPE_ASSESSMENT_WINDOW,
                                            "actions_group"), "Add to Checklist");
    g_autoptr(GVariant) items = NULL;
    const char *source;

    g_signal_emit_by_name (button, "clicked");
    spin ();
    items = koers_store_list_checklist (f->store, id, &error);
    g_assert_cmpuint (g_variant_n_children (items), ==, 1);
    g_variant_get_child (items, 0, "(x&s&s&s&s&s&s&s&s)", NULL, NULL, NULL, NULL, NULL, NULL,
                         NULL, &source, NULL);
    g_assert_cmpstr (source, ==, "score-list");
    g_assert_false (gtk_widget_get_sensitive (button));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "On Checklist");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  /* By hand: the reason is asked first, and required. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (section, KOERS_TYPE_ASSESSMENT_SECTION, "group_row")),
                              KOERS_TARGET_GROUP_2A);
  reason = child (section, KOERS_TYPE_ASSESSMENT_SECTION, "reason_row");
  wait_until (widget_visible, reason);
  g_signal_emit_by_name (reason, "apply");
  g_assert_true (gtk_widget_has_css_class (reason, "error"));
  g_clear_object (&stored);
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_target_group (stored), ==, KOERS_TARGET_GROUP_2B);
  gtk_editable_set_text (GTK_EDITABLE (reason), "Safety assessed by CoMensha: no risk on return");
  g_signal_emit_by_name (reason, "apply");
  spin ();
  g_clear_object (&stored);
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_target_group (stored), ==, KOERS_TARGET_GROUP_2A);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "group_label"))), ==,
                   "Target group 2a (by hand)");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (dossier_child (f, "group_label")), ==,
                   "Safety assessed by CoMensha: no risk on return");
  {
    g_autoptr(KoersParticipant) row = g_list_model_get_item (shown_rows (f),
                                                             g_list_model_get_n_items (shown_rows (f)) - 1);
    g_autofree char *label = koers_participant_dup_target_group_label (row);
    g_assert_cmpstr (label, ==, "2a (by hand)");
  }

  /* And back to the list's category. */
  g_assert_true (gtk_widget_activate_action (section, "assessments.follow", NULL));
  spin ();
  g_clear_object (&stored);
  stored = koers_store_get_participant (f->store, id, &error);
  g_assert_cmpint (koers_participant_get_target_group (stored), ==, KOERS_TARGET_GROUP_2B);
  g_assert_false (koers_participant_is_target_group_by_hand (stored));
}

/* ---- the score-list overview ------------------------------------------------------------ */

static GtkWidget *
score_view (Fixture *f)
{
  GtkWidget *view = koers_window_get_view (f->window, "score");

  g_assert_nonnull (view);
  return view;
}

static GtkWidget *
score_child (Fixture    *f,
             const char *name)
{
  return child (score_view (f), KOERS_TYPE_SCORE_VIEW, name);
}

static void
show_score_view (Fixture *f)
{
  /* As Alt+2 does. */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-view",
                                  g_variant_new_string ("score"));
  spin ();
  g_assert_true (gtk_widget_get_mapped (score_view (f)));
}

/* The texts a user reads in @widget, "|" between them: "Low|1|5%". */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, '|');
      g_string_append (out, gtk_label_get_label (GTK_LABEL (widget)));
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static char *
row_text (GtkWidget *list,
          int        index)
{
  GString *out = g_string_new (NULL);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  g_assert_nonnull (row);
  collect_labels (GTK_WIDGET (row), out);
  return g_string_free (out, FALSE);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;
  return n;
}

static char *
category_text (const char *label,
               gint64      count,
               gint64      total)
{
  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%d%%", label, count,
                          (int) ((double) count / (double) total * 100.0 + 0.5));
}

/* The row of the due list whose subtitle holds @code, or NULL. */
static GtkListBoxRow *
find_due_row (Fixture    *f,
              const char *code,
              char      **text)
{
  GtkListBox *list = GTK_LIST_BOX (score_child (f, "due_list"));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      g_autofree char *t = row_text (GTK_WIDGET (list), i);
      if (strstr (t, code) != NULL)
        {
          if (text != NULL)
            *text = g_steal_pointer (&t);
          return row;
        }
    }
  return NULL;
}

/* A finished assessment with every domain rated @rating. */
static void
assess (Fixture    *f,
        gint64      participant_id,
        int         rating,
        const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) list = koers_store_get_current_score_list (f->store, NULL, &error);
  gint64 id;

  g_assert_no_error (error);
  id = koers_store_start_assessment (f->store, participant_id, date, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      g_autofree char *item = koers_score_item_domain (koers_score_list_get_domain (list, i)->id);
      g_assert_true (koers_store_set_answer (f->store, id, item, rating, &error));
      g_assert_no_error (error);
    }
  g_assert_true (koers_store_finish_assessment (f->store, id, date, &error));
  g_assert_no_error (error);
}

static GArray *
active_ids (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  KoersParticipantFilter filter;
  GArray *ids;

  koers_participant_filter_init (&filter);
  filter.status = KOERS_STATUS_ACTIVE;
  ids = koers_store_find_participants (f->store, NULL, &filter, KOERS_PARTICIPANT_COLUMN_CODE,
                                       FALSE, &error);
  g_assert_no_error (error);
  return ids;
}

static void
assert_distribution (Fixture      *f,
                     const gint64  expected[5],
                     gint64        total)
{
  GtkWidget *list = score_child (f, "category_list");

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *shown = row_text (list, i);
      g_autofree char *want = NULL;

      if (i <= KOERS_SCORE_CATEGORY_SEVERE)
        want = category_text (koers_score_category_get_label (i), expected[i], total);
      else if (i == 4)
        want = category_text ("No assessment", expected[4], total);
      else
        {
          g_autofree char *both = category_text ("Very vulnerable (2b)",
                                                 expected[KOERS_SCORE_CATEGORY_HIGH]
                                                 + expected[KOERS_SCORE_CATEGORY_SEVERE],
                                                 total);
          /* The subtitle comes after the title. */
          want = g_strdup_printf ("Very vulnerable (2b)|High and severe together%s",
                                  both + strlen ("Very vulnerable (2b)"));
        }
      g_assert_cmpstr (shown, ==, want);
    }
}

/* The demo data comes with assessments; these tests count their own. */
static void
forget_assessments (Fixture *f)
{
  g_assert_cmpint (sqlite3_exec (f->store->db, "DELETE FROM assessment", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  koers_store_clear_undo (f->store);
}

static void
test_score_overview (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(KoersParticipant) waiting = NULL;
  g_autoptr(KoersParticipant) old = NULL;
  g_autofree char *text = NULL;
  gint64 expected[5] = { 0 };
  gint64 total;
  GtkListBoxRow *row;
  GtkWidget *switcher;

  open_window (f, 20);
  forget_assessments (f);
  /* Two views now: the switcher shows. */
  switcher = child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW, "switcher_title");
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (switcher)));

  ids = active_ids (f);
  total = ids->len;
  g_assert_cmpint (total, >=, 5);

  /* Low, severe and high; the high one older than six months (today is 2026-11-28). */
  assess (f, g_array_index (ids, gint64, 0), 5, "2026-10-01");
  assess (f, g_array_index (ids, gint64, 1), 1, "2026-09-15");
  assess (f, g_array_index (ids, gint64, 2), 3, "2026-01-10");
  expected[KOERS_SCORE_CATEGORY_LOW] = 1;
  expected[KOERS_SCORE_CATEGORY_HIGH] = 1;
  expected[KOERS_SCORE_CATEGORY_SEVERE] = 1;
  expected[4] = total - 3;

  show_score_view (f);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (score_child (f, "state_stack"))),
                   ==, "overview");
  assert_distribution (f, expected, total);

  /* Due: everyone without an assessment, and the old one; not the two recent ones. */
  waiting = koers_store_get_participant (f->store, g_array_index (ids, gint64, 3), NULL);
  row = find_due_row (f, koers_participant_get_code (waiting), &text);
  g_assert_nonnull (row);
  {
    g_autofree char *name = koers_participant_dup_display_name (waiting);
    g_autofree char *want = g_strdup_printf ("%s|%s · No assessment yet", name,
                                             koers_participant_get_code (waiting));
    g_assert_cmpstr (text, ==, want);
  }
  g_clear_pointer (&text, g_free);
  old = koers_store_get_participant (f->store, g_array_index (ids, gint64, 2), NULL);
  g_assert_nonnull (find_due_row (f, koers_participant_get_code (old), &text));
  g_assert_nonnull (strstr (text, "Last assessed 10-01-2026"));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KoersParticipant) recent =
        koers_store_get_participant (f->store, g_array_index (ids, gint64, i), NULL);
      g_assert_null (find_due_row (f, koers_participant_get_code (recent), NULL));
    }
  g_assert_cmpuint (count_rows (score_child (f, "due_list")), ==, total - 2);

  /* A change while the view is shown is there at once. */
  assess (f, g_array_index (ids, gint64, 4), 4, NULL);
  spin ();
  expected[KOERS_SCORE_CATEGORY_MODERATE] = 1;
  expected[4]--;
  assert_distribution (f, expected, total);

  /* Activating a due row opens the dossier in the participants view, even when a search
   * hid the participant there. */
  koers_participants_view_set_search_text (KOERS_PARTICIPANTS_VIEW (participants_view (f)),
                                           "no such person anywhere");
  spin ();
  row = find_due_row (f, koers_participant_get_code (waiting), NULL);
  gtk_widget_activate (GTK_WIDGET (row));
  spin ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (child (GTK_WIDGET (f->window),
                                                                                 KOERS_TYPE_WINDOW,
                                                                                 "view_stack"))),
                   ==, "participants");
  g_assert_cmpint (koers_dossier_view_get_participant_id (KOERS_DOSSIER_VIEW (view_child (f, "dossier_view"))),
                   ==, koers_participant_get_id (waiting));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view_child (f, "search_entry"))), ==, "");
  {
    KoersParticipant *selected =
      gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown_rows (f)));
    g_assert_nonnull (selected);
    g_assert_cmpint (koers_participant_get_id (selected), ==, koers_participant_get_id (waiting));
  }
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (dossier_child (f, "code_label"))), ==,
                   koers_participant_get_code (waiting));
  /* The keyboard is on that row of the list (the window is wide enough for both). */
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (view_child (f, "leaflet"))));
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
    GtkWidget *first_cell;

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, view_child (f, "column_view")));
    /* The row itself: its first cell shows the dossier code. */
    first_cell = gtk_widget_get_first_child (gtk_widget_get_first_child (focus));
    g_assert_true (GTK_IS_INSCRIPTION (first_cell));
    g_assert_nonnull (strstr (gtk_inscription_get_text (GTK_INSCRIPTION (first_cell)),
                              koers_participant_get_code (waiting)));
  }
}

static void
test_score_many_due (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  GtkWidget *list;
  guint n_rows;

  open_window (f, 300);
  forget_assessments (f);
  ids = active_ids (f);
  g_assert_cmpuint (ids->len, >, 100);
  show_score_view (f);

  /* No one is assessed: the first 100 rows, then one line for the rest. */
  list = score_child (f, "due_list");
  n_rows = count_rows (list);
  g_assert_cmpuint (n_rows, ==, 101);
  {
    g_autofree char *last = row_text (list, 100);
    g_autofree char *want = g_strdup_printf ("And %u more participants", ids->len - 100);
    g_assert_cmpstr (last, ==, want);
  }
}

static void
test_score_empty (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  GtkWidget *import_button;

  open_window (f, 0);
  /* The participants view starts in its search, but not when it is hidden (no one to
   * search): the keyboard would be stuck there, and Alt+2 not reach the window. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
    g_assert_true (focus == NULL || gtk_widget_get_mapped (focus));
  }
  show_score_view (f);

  /* Nothing to count: a status page, with the import still at hand. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (score_child (f, "state_stack"))),
                   ==, "empty");
  import_button = score_child (f, "import_button");
  g_assert_true (gtk_widget_is_ancestor (import_button, score_child (f, "empty_page")));
  g_assert_true (gtk_widget_get_mapped (import_button));
  g_assert_true (gtk_widget_is_sensitive (import_button));

  /* The first participant brings the overview. */
  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Amina", NULL);
  g_assert_true (koers_store_add_participant (f->store, p, &error));
  g_assert_no_error (error);
  spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (score_child (f, "state_stack"))),
                   ==, "overview");
  g_assert_true (gtk_widget_is_ancestor (import_button, score_child (f, "overview_box")));
  g_assert_nonnull (find_due_row (f, koers_participant_get_code (p), NULL));
  {
    gint64 expected[5] = { 0, 0, 0, 0, 1 };
    assert_distribution (f, expected, 1);
  }
}

static char *
write_score_file (Fixture    *f,
                  const char *name,
                  const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
close_error_dialog (const char *heading,
                    const char *part_of_body)
{
  AdwMessageDialog *dialog = find_dialog ();

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), part_of_body));
  /* As the Close button does: the response, then the dialog goes. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_null (find_dialog ());
}

static void
test_score_import (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersScoreList) shipped = koers_score_list_new_default (&error);
  g_autoptr(KoersScoreList) current = NULL;
  g_autoptr(GString) second = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *same = NULL;
  g_autofree char *next = NULL;
  g_autoptr(GFile) file = NULL;
  AdwActionRow *list_row;
  KoersStore *reader;
  KoersSession *reading;

  g_assert_no_error (error);
  open_window (f, 5);
  show_score_view (f);
  list_row = ADW_ACTION_ROW (score_child (f, "list_row"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (list_row)), ==,
                   "Score list for return");
  g_assert_cmpstr (adw_action_row_get_subtitle (list_row), ==, "Version 1");

  /* A file that is no score list: a dialog says what is wrong with which file; nothing
   * changes. */
  broken = write_score_file (f, "broken.ini", "[Notes]\nMonday=call the embassy\n");
  file = g_file_new_for_path (broken);
  g_assert_false (koers_score_view_import_file (KOERS_SCORE_VIEW (score_view (f)), file));
  spin ();
  close_error_dialog ("The Score List Could Not Be Imported", "has no [Score List] section");
  g_assert_cmpstr (adw_action_row_get_subtitle (list_row), ==, "Version 1");
  current = koers_store_get_current_score_list (f->store, NULL, &error);
  g_assert_cmpint (koers_score_list_get_version (current), ==, 1);
  g_clear_object (&current);
  g_clear_object (&file);

  /* The version that is there already: refused by the store, with its advice. */
  same = write_score_file (f, "same.ini", koers_score_list_get_data (shipped));
  file = g_file_new_for_path (same);
  g_assert_false (koers_score_view_import_file (KOERS_SCORE_VIEW (score_view (f)), file));
  spin ();
  close_error_dialog ("The Score List Could Not Be Imported", "Give the new list a higher version");
  g_clear_object (&file);

  /* A second version: the view shows it. */
  second = g_string_new (koers_score_list_get_data (shipped));
  g_assert_cmpuint (g_string_replace (second, "\nVersion=1\n", "\nVersion=2\n", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (second, "\nTitle=Score list for return\n",
                                      "\nTitle=Score list for return 2027\n", 1), ==, 1);
  next = write_score_file (f, "koers-scorelist-2.ini", second->str);
  file = g_file_new_for_path (next);
  g_assert_true (koers_score_view_import_file (KOERS_SCORE_VIEW (score_view (f)), file));
  spin ();
  g_assert_null (find_dialog ());
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (list_row)), ==,
                   "Score list for return 2027");
  g_assert_cmpstr (adw_action_row_get_subtitle (list_row), ==, "Version 2");
  current = koers_store_get_current_score_list (f->store, NULL, &error);
  g_assert_cmpint (koers_score_list_get_version (current), ==, 2);

  /* Read-only, importing is greyed out. */
  g_assert_true (gtk_widget_is_sensitive (score_child (f, "import_button")));
  reader = koers_store_open_full (koers_store_get_path (f->store), KOERS_STORE_OPEN_READ_ONLY,
                                  5000, -1, &error);
  g_assert_no_error (error);
  reading = koers_session_new (reader, f->settings);
  koers_window_set_session (f->window, reading);
  g_object_unref (reading);
  g_object_unref (reader);
  spin ();
  g_assert_false (gtk_widget_is_sensitive (score_child (f, "import_button")));
}

/* Missing sessions in a row shows on the dossier, from the number set in Preferences. */
static void
test_missed_alert (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheet = NULL;
  GtkWidget *label;
  gint64 id, course;
  const char *dates[] = { "2026-11-10", "2026-11-17", "2026-11-24" };

  open_window (f, 5);
  id = select_new_participant (f);
  course = koers_store_add_course (f->store, "Sales", KOERS_COURSE_KIND_SALES, 0, NULL, TRUE,
                                   "13:00", 60, "2026-11-03", "2026-12-15", &error);
  koers_store_enrol (f->store, id, course, "2026-11-03", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GListModel) week = NULL;
      g_autofree char *monday = koers_schedule_week_start (dates[i]);
      g_autoptr(KoersTrainingSession) session = NULL;

      week = koers_store_list_week (f->store, monday, &error);
      session = g_list_model_get_item (week, 0);
      koers_store_mark_attendance (f->store, koers_training_session_get_id (session), id,
                                   i == 0 ? KOERS_ATTENDANCE_PRESENT : KOERS_ATTENDANCE_ABSENT,
                                   NULL, &error);
      g_assert_no_error (error);
    }
  spin ();
  label = dossier_child (f, "missed_label");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Missed 2 sessions in a row of Sales");

  /* Three allowed: no warning. */
  g_settings_set_int (f->settings, "absence-alert", 3);
  koers_store_set_actor (f->store, "x");
  apply_row (f, "alias_row", "Sa");
  g_assert_false (gtk_widget_get_visible (label));
}

static GtkWidget *
training_view (Fixture *f)
{
  GtkWidget *view = koers_window_get_view (f->window, "training");

  g_assert_nonnull (view);
  return view;
}

static GtkWidget *
training_child (Fixture    *f,
                const char *name)
{
  return child (training_view (f), KOERS_TYPE_TRAINING_VIEW, name);
}

static char *
widget_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_labels (widget, out);
  return g_string_free (out, FALSE);
}

static void
assert_text_contains (GtkWidget  *widget,
                      const char *expected)
{
  g_autofree char *text = widget_text (widget);

  if (strstr (text, expected) == NULL)
    g_error ("“%s” does not show “%s”", text, expected);
}

static void
training_action (Fixture    *f,
                 const char *action,
                 GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (training_view (f), action, parameter));
  spin ();
}

static int
stored_status (Fixture *f,
               gint64   session_id,
               gint64   participant_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheet = koers_store_list_sheet (f->store, session_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (sheet); i++)
    {
      g_autoptr(KoersSheetRow) row = g_list_model_get_item (sheet, i);

      if (koers_sheet_row_get_participant_id (row) == participant_id)
        return koers_sheet_row_get_status (row);
    }
  g_assert_not_reached ();
  return -2;
}

/* The participant of the sheet's row @index, from the store's sheet in the same order. */
static gint64
sheet_participant (Fixture *f,
                   gint64   session_id,
                   guint    index)
{
  g_autoptr(GListModel) sheet = koers_store_list_sheet (f->store, session_id, NULL);
  g_autoptr(KoersSheetRow) row = g_list_model_get_item (sheet, index);

  g_assert_nonnull (row);
  return koers_sheet_row_get_participant_id (row);
}

static GtkWidget *
focused_widget (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_found_rows (gpointer data)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (data), 0) != NULL
         && g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (GTK_LIST_BOX (data), 0)),
                               "koers-participant-id") != NULL;
}

static void
test_training (Fixture       *f,
               gconstpointer  data)
{
  static const char *keys[] = { "P", "L", "E", "A", "P" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GListModel) week = NULL;
  g_autoptr(KoersTrainingSession) session = NULL;
  g_autoptr(KoersParticipant) extra = NULL;
  KoersAttendancePoints points;
  KoersTrainingView *view;
  GtkWidget *sheet_list;
  GtkWidget *week_box;
  AdwMessageDialog *dialog;
  GtkListBoxRow *found;
  GtkWidget *row;
  GtkWidget *note_button;
  GtkWidget *popover;
  GtkWidget *toggle;
  KoersStore *reader;
  char *path;
  gint64 course, session_id, pid;
  int expected[5];

  open_window (f, 20);
  ids = koers_store_find_participants (f->store, NULL, NULL, KOERS_PARTICIPANT_COLUMN_NAME,
                                       FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >=, 6);
  /* Tuesdays from 17 November (last week) on; today is Saturday 28 November. */
  course = koers_store_add_course (f->store, "Small business", KOERS_COURSE_KIND_SMALL_BUSINESS,
                                   0, "Room 2", TRUE, "19:00", 120, "2026-11-17", "2026-12-15",
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      koers_store_enrol (f->store, g_array_index (ids, gint64, i), course, "2026-11-16", NULL,
                         &error);
      g_assert_no_error (error);
    }
  week = koers_store_list_week (f->store, "2026-11-23", &error);
  g_assert_cmpuint (g_list_model_get_n_items (week), ==, 1);
  session = g_list_model_get_item (week, 0);
  session_id = koers_training_session_get_id (session);

  /* As Alt+3 does. */
  g_action_group_activate_action (G_ACTION_GROUP (f->window), "show-view",
                                  g_variant_new_string ("training"));
  spin ();
  view = KOERS_TRAINING_VIEW (training_view (f));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  week_box = training_child (f, "week_box");
  g_assert_cmpstr (koers_training_view_get_monday (view), ==, "2026-11-23");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (training_child (f, "week_label"))), ==,
                   "Week 48");
  assert_text_contains (week_box, "Tuesday 24-11-2026");
  assert_text_contains (week_box, "19:00|21:00|Small business|Room 2|0 of 5 marked");
  g_assert_false (gtk_widget_get_sensitive (training_child (f, "this_week_button")));

  /* Last week and back; a week without sessions says so. */
  training_action (f, "training.previous-week", NULL);
  g_assert_cmpstr (koers_training_view_get_monday (view), ==, "2026-11-16");
  assert_text_contains (week_box, "Tuesday 17-11-2026");
  g_assert_true (gtk_widget_get_sensitive (training_child (f, "this_week_button")));
  training_action (f, "training.next-week", NULL);
  g_assert_cmpstr (koers_training_view_get_monday (view), ==, "2026-11-23");
  training_action (f, "training.next-week", NULL);
  assert_text_contains (week_box, "5 enrolled");
  for (int i = 0; i < 3; i++)
    training_action (f, "training.next-week", NULL);
  g_assert_cmpstr (koers_training_view_get_monday (view), ==, "2026-12-21");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (training_child (f, "week_stack"))),
                   ==, "empty");
  training_action (f, "training.this-week", NULL);
  g_assert_cmpstr (koers_training_view_get_monday (view), ==, "2026-11-23");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (training_child (f, "week_stack"))),
                   ==, "sessions");

  /* One of them missed last week; with the alert at one missed session, the sheet says so. */
  {
    g_autoptr(GListModel) last = koers_store_list_week (f->store, "2026-11-16", &error);
    g_autoptr(KoersTrainingSession) before = g_list_model_get_item (last, 0);
    koers_store_mark_attendance (f->store, koers_training_session_get_id (before),
                                 g_array_index (ids, gint64, 4), KOERS_ATTENDANCE_ABSENT, NULL,
                                 &error);
    g_assert_no_error (error);
    g_settings_set_int (f->settings, "absence-alert", 1);
  }

  /* The sheet: five rows, the focus on the first, ready for the keyboard. */
  training_action (f, "training.open-session", g_variant_new_int64 (session_id));
  sheet_list = training_child (f, "sheet_list");
  g_assert_cmpuint (count_rows (sheet_list), ==, 5);
  assert_text_contains (sheet_list, "Missed 1 in a row");
  assert_text_contains (training_child (f, "sheet_title"), "Small business");
  assert_text_contains (training_child (f, "sheet_subtitle"), "Tuesday 24-11-2026 · 19:00–21:00");
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sheet_list), 0)));

  /* P, L, E, A, P: each marks the focused row and moves on. */
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (focused_widget (f)
                     == GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sheet_list), i)));
      training_action (f, "sheet.mark", g_variant_new_string (keys[i]));
    }
  koers_attendance_points_init (&points);
  for (guint i = 0; i < 5; i++)
    {
      double rate;
      guint planned;

      pid = sheet_participant (f, session_id, i);
      expected[i] = i == 4 ? KOERS_ATTENDANCE_PRESENT : (int) i;
      g_assert_cmpint (stored_status (f, session_id, pid), ==, expected[i]);
      /* 17 November unmarked counts as absent; 24 November as marked. */
      g_assert_true (koers_store_get_attendance_rate (f->store, pid, course, NULL, NULL, &points,
                                                      &rate, &planned, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (planned, ==, 2);
      g_assert_cmpfloat_with_epsilon (rate,
                                      (double) points.points[expected[i]]
                                      / (2.0 * points.points[KOERS_ATTENDANCE_PRESENT]), 1e-9);
    }
  assert_text_contains (training_child (f, "sheet_count_label"), "5 of 5 marked");
  assert_text_contains (week_box, "5 of 5 marked");

  /* Delete takes the mark of the focused row away; Everyone Present fills it in again. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sheet_list), 1)));
  training_action (f, "sheet.clear", NULL);
  pid = sheet_participant (f, session_id, 1);
  g_assert_cmpint (stored_status (f, session_id, pid), ==, -1);
  assert_text_contains (training_child (f, "sheet_count_label"), "4 of 5 marked");
  training_action (f, "sheet.everyone-present", NULL);
  g_assert_cmpint (stored_status (f, session_id, pid), ==, KOERS_ATTENDANCE_PRESENT);
  g_assert_cmpint (stored_status (f, session_id, sheet_participant (f, session_id, 3)), ==,
                   KOERS_ATTENDANCE_ABSENT);

  /* Undo goes through the store, and the row shows what is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  spin ();
  g_assert_cmpint (stored_status (f, session_id, pid), ==, -1);
  assert_text_contains (training_child (f, "sheet_count_label"), "4 of 5 marked");
  g_assert_cmpuint (count_rows (sheet_list), ==, 5);

  /* Someone not enrolled, found by the popover's search and marked present. */
  extra = koers_store_get_participant (f->store, g_array_index (ids, gint64, 5), &error);
  g_assert_no_error (error);
  gtk_menu_button_popup (GTK_MENU_BUTTON (training_child (f, "add_button")));
  spin ();
  gtk_editable_set_text (GTK_EDITABLE (training_child (f, "add_search")),
                         koers_participant_get_code (extra));
  wait_until (has_found_rows, training_child (f, "add_list"));
  found = gtk_list_box_get_row_at_index (GTK_LIST_BOX (training_child (f, "add_list")), 0);
  g_signal_emit_by_name (training_child (f, "add_list"), "row-activated", found);
  spin ();
  g_assert_cmpuint (count_rows (sheet_list), ==, 6);
  g_assert_cmpint (stored_status (f, session_id, koers_participant_get_id (extra)), ==,
                   KOERS_ATTENDANCE_PRESENT);
  assert_text_contains (sheet_list, "not enrolled");

  /* Cancelled with a reason, which the dialog asks for; then taking place after all. */
  training_action (f, "sheet.cancel", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-session"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Trainer ill");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "cancel-session"));
  adw_message_dialog_response (dialog, "cancel-session");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (training_child (f, "cancelled_revealer"))));
  assert_text_contains (training_child (f, "cancelled_label"), "Trainer ill");
  assert_text_contains (week_box, "Cancelled: Trainer ill");
  g_assert_false (gtk_widget_get_sensitive (training_child (f, "everyone_button")));
  training_action (f, "sheet.reinstate", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (training_child (f, "cancelled_revealer"))));
  g_assert_true (gtk_widget_get_sensitive (training_child (f, "everyone_button")));

  /* Moved to another time the same day; the marks go with it. */
  training_action (f, "sheet.move", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "koers-time"), "19:30");
  adw_message_dialog_response (dialog, "move");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpint (koers_test_query_int (koers_store_get_path (f->store),
                                         "SELECT count(*) FROM training_session "
                                         "WHERE start_time = '19:30'"), ==, 1);
  g_assert_cmpint (stored_status (f, session_id, koers_participant_get_id (extra)), ==,
                   KOERS_ATTENDANCE_PRESENT);

  /* A note goes with the mark, saved when its popover closes. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sheet_list), 0));
  note_button = find_descendant (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (note_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (note_button));
  spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (note_button)));
  gtk_editable_set_text (GTK_EDITABLE (gtk_popover_get_child (GTK_POPOVER (popover))), "Bus late");
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin ();
  {
    g_autoptr(GListModel) sheet = koers_store_list_sheet (f->store, session_id, NULL);
    g_autoptr(KoersSheetRow) first = g_list_model_get_item (sheet, 0);

    g_assert_cmpstr (koers_sheet_row_get_note (first), ==, "Bus late");
    g_assert_cmpint (koers_sheet_row_get_status (first), ==, KOERS_ATTENDANCE_PRESENT);
  }
  assert_text_contains (sheet_list, "Bus late");

  /* Read-only, as when another Koers has the file: the sheet shows, marking is off. */
  path = g_strdup (koers_store_get_path (f->store));
  reader = koers_store_open_full (path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_free (path);
  g_assert_no_error (error);
  g_clear_object (&f->session);
  f->session = koers_session_new (reader, f->settings);
  koers_window_set_session (f->window, f->session);
  g_clear_object (&f->store);
  f->store = reader;
  spin ();
  training_action (f, "training.open-session", g_variant_new_int64 (session_id));
  g_assert_cmpuint (count_rows (sheet_list), ==, 6);
  g_assert_false (gtk_widget_get_sensitive (training_child (f, "everyone_button")));
  g_assert_false (gtk_widget_get_sensitive (training_child (f, "add_button")));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sheet_list), 1));
  g_assert_false (gtk_widget_get_sensitive (find_descendant (row, GTK_TYPE_TOGGLE_BUTTON)));
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (training_view (f), "sheet.mark", "s", "A");
  spin ();
  g_assert_cmpint (stored_status (f, session_id, sheet_participant (f, session_id, 1)), ==, -1);
  g_assert_null (find_dialog ());

  /* A mark that cannot be saved says so, and the row shows what is stored. */
  toggle = find_descendant (row, GTK_TYPE_TOGGLE_BUTTON);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Attendance Could Not Be Saved");
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpint (stored_status (f, session_id, sheet_participant (f, session_id, 1)), ==, -1);
}

/* Courses: adding one (refused input stays, at the field), enrolling by dossier code, and
 * the attendance rate per enrolled participant. */
static void
test_courses (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(GListModel) courses = NULL;
  g_autoptr(KoersCourse) course = NULL;
  GtkWidget *window, *title, *last, *enrol, *group;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  p = koers_store_get_participant (f->store, id, &error);
  /* From the Training view's Courses button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s",
                                             "training"));
  g_assert_true (gtk_widget_activate_action (koers_window_get_view (f->window, "training"),
                                             "training.courses", NULL));
  spin ();
  window = GTK_WIDGET (find_toplevel (KOERS_TYPE_COURSES_WINDOW));
  g_assert_nonnull (window);

  g_assert_true (gtk_widget_activate_action (window, "courses.new", NULL));
  title = child (window, KOERS_TYPE_COURSES_WINDOW, "title_row");
  last = child (window, KOERS_TYPE_COURSES_WINDOW, "last_row");
  group = child (window, KOERS_TYPE_COURSES_WINDOW, "new_group");
  gtk_editable_set_text (GTK_EDITABLE (child (window, KOERS_TYPE_COURSES_WINDOW, "first_row")),
                         "3-11-2026");
  gtk_editable_set_text (GTK_EDITABLE (last), "1-11-2026");
  g_assert_true (gtk_widget_activate_action (window, "courses.add", NULL));
  g_assert_true (gtk_widget_has_css_class (title, "error"));
  gtk_editable_set_text (GTK_EDITABLE (title), "Small business, Tuesday");
  g_assert_true (gtk_widget_activate_action (window, "courses.add", NULL));
  g_assert_true (gtk_widget_has_css_class (last, "error"));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "The last date lies before the first.");
  /* What was typed is still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Small business, Tuesday");
  gtk_editable_set_text (GTK_EDITABLE (last), "15-12-2026");
  g_assert_true (gtk_widget_activate_action (window, "courses.add", NULL));
  spin ();
  courses = koers_store_list_courses (f->store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (courses) && course == NULL; i++)
    {
      g_autoptr(KoersCourse) c = g_list_model_get_item (courses, i);
      if (g_str_equal (koers_course_get_title (c), "Small business, Tuesday"))
        course = g_steal_pointer (&c);
    }
  g_assert_nonnull (course);
  g_assert_cmpstr (koers_course_get_first_date (course), ==, "2026-11-03");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, KOERS_TYPE_COURSES_WINDOW,
                                                                       "detail_stack"))), ==, "course");

  /* Enrolled by dossier code (from today, so no sessions yet). */
  enrol = child (window, KOERS_TYPE_COURSES_WINDOW, "enrol_row");
  gtk_editable_set_text (GTK_EDITABLE (enrol), koers_participant_get_code (p));
  g_signal_emit_by_name (enrol, "apply");
  spin ();
  g_assert_false (gtk_widget_has_css_class (enrol, "error"));
  {
    g_autoptr(GListModel) enrolled = koers_store_list_enrolled (f->store, koers_course_get_id (course),
                                                                &error);
    g_assert_cmpuint (g_list_model_get_n_items (enrolled), ==, 1);
  }
  /* New dates: the sessions follow. */
  {
    AdwMessageDialog *dialog;
    GtkEditable *last_entry;

    g_assert_true (gtk_widget_activate_action (window, "courses.change-dates", NULL));
    spin ();
    dialog = find_dialog ();
    g_assert_nonnull (dialog);
    last_entry = g_object_get_data (G_OBJECT (dialog), "koers-last");
    gtk_editable_set_text (last_entry, "29-12-2026");
    adw_message_dialog_response (dialog, "change");
    gtk_window_destroy (GTK_WINDOW (dialog));
    spin ();
    g_clear_object (&courses);
    courses = koers_store_list_courses (f->store, &error);
    for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
      {
        g_autoptr(KoersCourse) c = g_list_model_get_item (courses, i);
        if (koers_course_get_id (c) == koers_course_get_id (course))
          g_assert_cmpstr (koers_course_get_last_date (c), ==, "2026-12-29");
      }
  }
  /* An extra session on a Saturday. */
  {
    AdwMessageDialog *dialog;

    g_assert_true (gtk_widget_activate_action (window, "courses.add-session", NULL));
    spin ();
    dialog = find_dialog ();
    g_assert_nonnull (dialog);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "koers-date"), "5-12-2026");
    adw_message_dialog_response (dialog, "add");
    gtk_window_destroy (GTK_WINDOW (dialog));
    spin ();
    {
      g_autoptr(GListModel) week = koers_store_list_week (f->store, "2026-11-30", &error);
      gboolean found = FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (week); i++)
        {
          g_autoptr(KoersTrainingSession) s = g_list_model_get_item (week, i);
          found |= koers_training_session_get_course_id (s) == koers_course_get_id (course)
                   && g_str_equal (koers_training_session_get_date (s), "2026-12-05");
        }
      g_assert_true (found);
    }
  }
  gtk_editable_set_text (GTK_EDITABLE (enrol), "zzzz nobody");
  g_signal_emit_by_name (enrol, "apply");
  g_assert_true (gtk_widget_has_css_class (enrol, "error"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
fill_internship (GtkWidget  *section,
                 const char *host,
                 const char *first,
                 const char *last,
                 const char *hours)
{
  KoersInternshipsSection *s = KOERS_INTERNSHIPS_SECTION (section);
  struct { const char *name; const char *text; } rows[] = {
    { "host", host }, { "first", first }, { "last", last }, { "hours", hours },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (s), rows[i].name)),
                           rows[i].text);
  g_assert_true (gtk_widget_activate_action (section, "internships.add", NULL));
  spin ();
}

/* Internships in the dossier: added, an overlapping one refused at its dates with what it
 * overlaps, removed with Undo. */
static void
test_internships (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *section;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  section = dossier_child (f, "internships_section");
  fill_internship (section, "Farm De Hoeve", "1-9-2026", "30-9-2026", "80");
  {
    g_autoptr(GVariant) all = koers_store_list_internships (f->store, id, &error);
    g_assert_cmpuint (g_variant_n_children (all), ==, 1);
  }
  fill_internship (section, "Bike workshop", "20-9-2026", "10-10-2026", "40");
  g_assert_true (gtk_widget_has_css_class (g_object_get_data (G_OBJECT (section), "first"), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (section), "host"))),
                   ==, "Bike workshop");
  fill_internship (section, "Bike workshop", "1-10-2026", "10-10-2026", "many");
  g_assert_true (gtk_widget_has_css_class (g_object_get_data (G_OBJECT (section), "hours"), "error"));
  fill_internship (section, "Bike workshop", "1-10-2026", "10-10-2026", "40");
  {
    g_autoptr(GVariant) all = koers_store_list_internships (f->store, id, &error);
    g_assert_cmpuint (g_variant_n_children (all), ==, 2);
  }
}

static gboolean
report_written (gpointer data)
{
  return !koers_dossier_view_is_reporting (data);
}

/* Asks for a trajectory report through the dialog, ticking the parts at @ticked, and
 * returns its text (pdftotext), or NULL when the dialog was cancelled. */
static char *
make_report (Fixture    *f,
             const char *name,
             gboolean    ticked[3],
             const char *response)
{
  GtkWidget *dossier = view_child (f, "dossier_view");
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *check;
  int status = 0;

  koers_dossier_view_set_report_path (KOERS_DOSSIER_VIEW (dossier), path);
  g_assert_true (gtk_widget_activate_action (dossier, "dossier.report", NULL));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Trajectory Report");
  /* Health, Safety, Score list: none ticked until the user ticks them. */
  check = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  for (guint i = 0; i < 3; i++, check = gtk_widget_get_next_sibling (check))
    {
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ticked[i]);
    }
  g_assert_null (check);
  /* As its button does: respond, then close. */
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  wait_until (report_written, dossier);
  koers_dossier_view_set_report_path (KOERS_DOSSIER_VIEW (dossier), NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* The trajectory report from the dossier's menu: the organisation's name from Preferences
 * on every page, health only when ticked, nothing when cancelled, and a dialog that says
 * what to do when the folder is not there. */
static void
test_trajectory_report (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean none[3] = { FALSE, FALSE, FALSE };
  gboolean health[3] = { TRUE, FALSE, FALSE };
  g_autofree char *with_health = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *cancelled = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *organisation = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *prefs;
  GtkWidget *row;
  gint64 id;

  open_window (f, 5);
  id = select_new_participant (f);
  koers_store_add_obstacle (f->store, id, KOERS_OBSTACLE_KIND_MEDICAL, "Needs dialysis twice a week",
                            "2026-02-01", &error);
  g_assert_no_error (error);

  /* The organisation's name is set in Preferences; emptied, it is the default again. */
  organisation = g_settings_get_string (f->settings, "organisation-name");
  g_assert_cmpstr (organisation, ==, "Worthy Future Coaching");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL));
  spin ();
  prefs = find_toplevel (KOERS_TYPE_PREFERENCES_WINDOW);
  row = child (GTK_WIDGET (prefs), KOERS_TYPE_PREFERENCES_WINDOW, "organisation_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Worthy Future Coaching");
  apply_text (row, "  ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Worthy Future Coaching");
  apply_text (row, " Stichting Thuiskomst ");
  gtk_window_destroy (prefs);
  spin ();

  with_health = make_report (f, "health.pdf", health, "save");
  g_assert_nonnull (with_health);
  g_assert_nonnull (strstr (with_health, "Stichting Thuiskomst"));
  g_assert_nonnull (strstr (with_health, "Saba"));
  g_assert_nonnull (strstr (with_health, "Needs dialysis"));

  plain = make_report (f, "plain.pdf", none, "save");
  g_assert_nonnull (plain);
  g_assert_nonnull (strstr (plain, "Saba"));
  g_assert_null (strstr (plain, "dialysis"));

  cancelled = make_report (f, "cancelled.pdf", health, "cancel");
  g_assert_null (cancelled);

  failed = make_report (f, "gone/report.pdf", none, "save");
  g_assert_null (failed);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Report Could Not Be Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is not there"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_settings_reset (f->settings, "organisation-name");
}

/* The partner called @name as the store has it, `(xsssssu)`, or %NULL. */
static GVariant *
stored_partner (Fixture    *f,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) all = koers_store_list_partners (f->store, &error);
  GVariantIter iter;
  GVariant *partner;

  g_assert_no_error (error);
  g_variant_iter_init (&iter, all);
  while ((partner = g_variant_iter_next_value (&iter)) != NULL)
    {
      const char *other;

      g_variant_get_child (partner, 1, "&s", &other);
      if (g_str_equal (other, name))
        return partner;
      g_variant_unref (partner);
    }
  return NULL;
}

/* The row of the partners list titled @name, or %NULL. */
static GtkListBoxRow *
partner_row (GtkWidget  *window,
             const char *name)
{
  GtkListBox *list = GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW, "partner_list"));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name))
      return row;
  return NULL;
}

static void
fill_partner (GtkWidget  *window,
              const char *name,
              guint       kind,
              const char *contact,
              const char *agreement,
              const char *note)
{
  GtkWidget *note_view = child (window, KOERS_TYPE_PARTNERS_WINDOW, "note_view");

  gtk_editable_set_text (GTK_EDITABLE (child (window, KOERS_TYPE_PARTNERS_WINDOW, "name_row")),
                         name);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                    "kind_row")), kind);
  gtk_editable_set_text (GTK_EDITABLE (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                              "contact_row")), contact);
  gtk_editable_set_text (GTK_EDITABLE (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                              "agreement_row")), agreement);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note_view)), note, -1);
}

static const char *
form_message (GtkWidget *window)
{
  return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (
    child (window, KOERS_TYPE_PARTNERS_WINDOW, "form_group")));
}

/* Partners, from the main menu: IOM and VluchtelingenWerk are there; one in a handover
 * cannot be removed and says why; a new one is refused at its date (what was typed stays),
 * then added, changed, removed after a confirmation, and brought back by its toast's Undo. */
static void
test_partners (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) person = NULL;
  g_autoptr(GVariant) iom = NULL;
  g_autoptr(GVariant) added = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *window, *name, *agreement, *remove;
  GtkListBoxRow *first;
  g_autofree char *first_name = NULL;
  const char *text;
  gint64 iom_id, partner_id;
  guint32 used;

  /* A database as on the first start, where IOM prepares the handover of one participant. */
  open_window (f, 0);
  person = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Saba", "phase-since",
                         "2026-01-05", NULL);
  koers_store_add_participant (f->store, person, &error);
  g_assert_no_error (error);
  iom = stored_partner (f, "IOM");
  g_assert_nonnull (iom);
  g_variant_get_child (iom, 0, "x", &iom_id);
  koers_store_add_handover_step (f->store, koers_participant_get_id (person),
                                 KOERS_HANDOVER_STEP_PREPARED, iom_id, "2026-11-20",
                                 "2026-12-04", NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.partners", NULL));
  spin ();
  window = GTK_WIDGET (find_toplevel (KOERS_TYPE_PARTNERS_WINDOW));
  g_assert_nonnull (window);
  g_assert_nonnull (partner_row (window, "IOM"));
  g_assert_nonnull (partner_row (window, "VluchtelingenWerk"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (partner_row (window, "IOM"))),
                            "used in 1 handover"));
  /* The keyboard starts in the list. */
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                              "partner_list")), 0);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (first));
  first_name = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)));
  /* A partner added elsewhere shows up, ahead of it; the keyboard stays on its partner. */
  g_assert_cmpint (koers_store_add_partner (f->store, "Al Amal Medical", KOERS_PARTNER_KIND_MEDICAL,
                                            NULL, NULL, NULL, &error), >, 0);
  spin ();
  g_assert_true (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (window,
                                                                     KOERS_TYPE_PARTNERS_WINDOW,
                                                                     "partner_list")), 0)
                 == partner_row (window, "Al Amal Medical"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window))
                 == GTK_WIDGET (partner_row (window, first_name)));

  /* IOM is part of a handover: it stays, and says so by the Remove button. */
  name = child (window, KOERS_TYPE_PARTNERS_WINDOW, "name_row");
  agreement = child (window, KOERS_TYPE_PARTNERS_WINDOW, "agreement_row");
  remove = child (window, KOERS_TYPE_PARTNERS_WINDOW, "remove_button");
  gtk_list_box_select_row (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                "partner_list")),
                           partner_row (window, "IOM"));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "IOM");
  g_assert_false (gtk_widget_is_sensitive (remove));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                     child (window, KOERS_TYPE_PARTNERS_WINDOW, "usage_row"))), ==,
                   "Named in the handover of 1 participant, so it stays.");

  /* A new partner: a date that does not exist is refused at its field, and what was typed
   * stays; so is a date in the future. */
  g_assert_true (gtk_widget_activate_action (window, "partners.new", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
  g_assert_false (gtk_widget_get_visible (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                 "usage_group")));
  fill_partner (window, "Stichting Thuisland", KOERS_PARTNER_KIND_BUSINESS_KIT, "Fatima Bakr",
                "31-02-2026", "Tool kits for a workshop; ask two months ahead.");
  g_assert_true (gtk_widget_activate_action (window, "partners.save", NULL));
  spin ();
  g_assert_true (gtk_widget_has_css_class (agreement, "error"));
  g_assert_false (gtk_widget_has_css_class (name, "error"));
  g_assert_cmpstr (form_message (window), ==,
                   "Type the day the agreement was signed as day-month-year, such as "
                   "15-01-2025.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Stichting Thuisland");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (agreement)), ==, "31-02-2026");
  g_assert_null (stored_partner (f, "Stichting Thuisland"));
  gtk_editable_set_text (GTK_EDITABLE (agreement), "1-12-2026");
  g_assert_true (gtk_widget_activate_action (window, "partners.save", NULL));
  g_assert_cmpstr (form_message (window), ==,
                   "The day the agreement was signed lies in the future.");
  g_assert_null (stored_partner (f, "Stichting Thuisland"));

  /* A good date: added, and the form goes on showing it. */
  gtk_editable_set_text (GTK_EDITABLE (agreement), "15-3-2024");
  g_assert_true (gtk_widget_activate_action (window, "partners.save", NULL));
  spin ();
  added = stored_partner (f, "Stichting Thuisland");
  g_assert_nonnull (added);
  {
    const char *kind, *contact, *date, *note;

    g_variant_get (added, "(x&s&s&s&s&su)", &partner_id, NULL, &kind, &contact, &date, &note,
                   &used);
    g_assert_cmpstr (kind, ==, "business-kit");
    g_assert_cmpstr (contact, ==, "Fatima Bakr");
    g_assert_cmpstr (date, ==, "2024-03-15");
    g_assert_cmpstr (note, ==, "Tool kits for a workshop; ask two months ahead.");
    g_assert_cmpuint (used, ==, 0);
  }
  g_assert_false (gtk_widget_has_css_class (agreement, "error"));
  g_assert_cmpstr (form_message (window) ? form_message (window) : "", ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (agreement)), ==, "15-03-2024");
  g_assert_nonnull (partner_row (window, "Stichting Thuisland"));
  g_assert_true (gtk_list_box_row_is_selected (partner_row (window, "Stichting Thuisland")));
  text = adw_action_row_get_subtitle (ADW_ACTION_ROW (partner_row (window, "Stichting Thuisland")));
  g_assert_cmpstr (text, ==, "Business kit · used in 0 handovers\nFatima Bakr · agreement of 15-03-2024");
  g_assert_true (koers_store_can_undo (f->store));

  /* Another partner's name is refused at the name. */
  gtk_editable_set_text (GTK_EDITABLE (name), "IOM");
  g_assert_true (gtk_widget_activate_action (window, "partners.save", NULL));
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_cmpstr (form_message (window), ==, "There is already a partner called “IOM”.");

  /* Changed: another contact person and kind, the date cleared. */
  fill_partner (window, "Stichting Thuisland", KOERS_PARTNER_KIND_REINTEGRATION,
                "Yonas Tesfaye", "", "Tool kits for a workshop; ask two months ahead.");
  g_assert_true (gtk_widget_activate_action (window, "partners.save", NULL));
  spin ();
  g_assert_false (gtk_widget_has_css_class (name, "error"));
  g_clear_pointer (&added, g_variant_unref);
  added = stored_partner (f, "Stichting Thuisland");
  {
    const char *kind, *contact, *date;
    gint64 id;

    g_variant_get (added, "(x&s&s&s&s&su)", &id, NULL, &kind, &contact, &date, NULL, NULL);
    g_assert_cmpint (id, ==, partner_id);
    g_assert_cmpstr (kind, ==, "reintegration");
    g_assert_cmpstr (contact, ==, "Yonas Tesfaye");
    g_assert_cmpstr (date, ==, "");
  }

  /* Removed after a confirmation; the toast's Undo brings it back. */
  g_assert_true (gtk_widget_is_sensitive (remove));
  g_assert_true (gtk_widget_activate_action (window, "partners.remove", NULL));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove This Partner?");
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_null (stored_partner (f, "Stichting Thuisland"));
  g_assert_null (partner_row (window, "Stichting Thuisland"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window,
                                                                       KOERS_TYPE_PARTNERS_WINDOW,
                                                                       "detail_stack"))), ==,
                   "none");
  g_assert_true (gtk_widget_activate_action (window, "win.undo-change", "x",
                                             koers_store_get_last_change (f->store)));
  spin ();
  g_clear_pointer (&added, g_variant_unref);
  added = stored_partner (f, "Stichting Thuisland");
  g_assert_nonnull (added);
  g_assert_nonnull (partner_row (window, "Stichting Thuisland"));

  /* Typing in the form, then choosing another partner: asked first; Cancel keeps the
   * typing, Discard lets it go. */
  gtk_list_box_select_row (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                "partner_list")),
                           GTK_LIST_BOX_ROW (partner_row (window, "Stichting Thuisland")));
  spin ();
  gtk_editable_set_text (GTK_EDITABLE (name), "Stichting Thuisland Nieuw");
  gtk_list_box_select_row (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                "partner_list")),
                           GTK_LIST_BOX_ROW (partner_row (window, "IOM")));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Changes?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Stichting Thuisland Nieuw");
  gtk_list_box_select_row (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                "partner_list")),
                           GTK_LIST_BOX_ROW (partner_row (window, "IOM")));
  spin ();
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "IOM");
  g_assert_nonnull (stored_partner (f, "Stichting Thuisland"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* A database open read-only: the partners can be looked at, not changed. */
static void
test_partners_read_only (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window;
  KoersStore *reader;

  open_window (f, 3);
  path = g_strdup (koers_store_get_path (f->store));
  reader = koers_store_open_full (path, KOERS_STORE_OPEN_READ_ONLY, 5000, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&f->session);
  f->session = koers_session_new (reader, f->settings);
  koers_window_set_session (f->window, f->session);
  g_clear_object (&f->store);
  f->store = reader;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.partners", NULL));
  spin ();
  window = GTK_WIDGET (find_toplevel (KOERS_TYPE_PARTNERS_WINDOW));
  g_assert_nonnull (window);
  g_assert_false (gtk_widget_is_sensitive (find_action_button (window, "partners.new")));
  gtk_list_box_select_row (GTK_LIST_BOX (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                "partner_list")),
                           partner_row (window, "VluchtelingenWerk"));
  spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                               "name_row"))), ==,
                   "VluchtelingenWerk");
  g_assert_false (gtk_widget_is_sensitive (child (window, KOERS_TYPE_PARTNERS_WINDOW, "name_row")));
  g_assert_false (gtk_widget_is_sensitive (child (window, KOERS_TYPE_PARTNERS_WINDOW, "note_view")));
  g_assert_false (gtk_widget_is_sensitive (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                  "save_button")));
  g_assert_false (gtk_widget_is_sensitive (child (window, KOERS_TYPE_PARTNERS_WINDOW,
                                                  "remove_button")));
  g_assert_nonnull (strstr (form_message (window), "read-only"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/window/" name, Fixture, NULL, NULL, func, fixture_tear_down)
  ADD ("opens-with-list", test_opens_with_list);
  ADD ("search-filters", test_search_filters);
  ADD ("search-shortcut", test_search_shortcut);
  ADD ("empty-database", test_empty_database);
  ADD ("sort-by-column", test_sort_by_column);
  ADD ("sort-restored", test_sort_restored);
  ADD ("open-error", test_open_error);
  ADD ("window-size-kept", test_window_size_kept);
  ADD ("dossier", test_dossier);
  ADD ("dossier-phases", test_dossier_phases);
  ADD ("new-participant", test_new_participant);
  ADD ("filters", test_filters);
  ADD ("backup-now", test_backup_now);
  ADD ("dossier-obstacles", test_dossier_obstacles);
  ADD ("contact-log", test_contact_log);
  ADD ("documents", test_documents);
  ADD ("business-plan", test_business_plan);
  ADD ("plan", test_plan);
  ADD ("undo-redo", test_undo_redo);
  ADD ("history-and-erase", test_history_and_erase);
  ADD ("preferences", test_preferences);
  ADD ("preferences-project", test_preferences_project);
  ADD ("restore", test_restore);
  ADD ("database-deleted", test_database_deleted);
  ADD ("assessment", test_assessment);
  ADD ("missed-alert", test_missed_alert);
  ADD ("courses", test_courses);
  ADD ("internships", test_internships);
  ADD ("trajectory-report", test_trajectory_report);
  ADD ("partners", test_partners);
  ADD ("partners-read-only", test_partners_read_only);
  ADD ("read-only", test_read_only);
  ADD ("score-overview", test_score_overview);
  ADD ("score-many-due", test_score_many_due);
  ADD ("score-empty", test_score_empty);
  ADD ("score-import", test_score_import);
  ADD ("training", test_training);
#undef ADD

  return g_test_run ();
}
