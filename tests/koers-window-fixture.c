/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "koers-application.h"
#include "koers-dossier-view.h"
#include "koers-participants-view.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"
#include "koers-window-fixture.h"

/* What every widget test sets up first: settings in memory, a fixed today, GTK and
 * libadwaita. No cursor blink: a blink timeout that fires while the focused text is torn
 * down makes GTK warn "GtkText - did not receive a focus-out event", which fatal-warnings
 * turns into a crash now and then (seen on CI in /window/training). */
void
window_test_init (int    *argc,
                  char ***argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
}

void
wait_until (gboolean (*condition) (gpointer),
            gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
}

void
spin (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

void
open_window (Fixture *f,
             guint    n_participants)
{
  f->dir = koers_test_make_dir ();
  f->store = koers_test_open_demo (f->dir, n_participants);
  f->settings = koers_settings_new ();
  /* The memory backend lives as long as the test program: start each test afresh. */
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_auto(GStrv) keys = NULL;

    g_object_get (f->settings, "settings-schema", &schema, NULL);
    keys = g_settings_schema_list_keys (schema);
    for (guint i = 0; keys[i] != NULL; i++)
      g_settings_reset (f->settings, keys[i]);
  }
  f->session = koers_session_new (f->store, f->settings);
  f->window = koers_window_new (NULL, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  spin ();
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Closing the window frees it, and with it the session and the store. */
  if (f->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
      gtk_window_destroy (GTK_WINDOW (f->window));
    }
  if (f->session != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->session), (gpointer *) &f->session);
      g_object_unref (f->session);
    }
  if (f->store != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->store), (gpointer *) &f->store);
      g_object_unref (f->store);
    }
  spin ();
  g_assert_null (f->window);
  g_assert_null (f->session);
  g_assert_null (f->store);

  g_clear_object (&f->settings);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
}

GtkWidget *
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

GtkWidget *
participants_view (Fixture *f)
{
  AdwViewStack *stack = ADW_VIEW_STACK (child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW,
                                               "view_stack"));
  return adw_view_stack_get_child_by_name (stack, "participants");
}

GtkWidget *
view_child (Fixture    *f,
            const char *name)
{
  return child (participants_view (f), KOERS_TYPE_PARTICIPANTS_VIEW, name);
}

const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (view_child (f, "content_stack")));
}

const char *
count_text (Fixture *f)
{
  return gtk_label_get_label (GTK_LABEL (view_child (f, "count_label")));
}

GListModel *
shown_rows (Fixture *f)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view_child (f,
                                                                              "column_view"))));
}


gboolean
has_rows (gpointer data)
{
  RowCount *count = data;
  return g_list_model_get_n_items (shown_rows (count->f)) == count->n;
}

void
type_search (Fixture    *f,
             const char *text)
{
  GtkWidget *entry = view_child (f, "search_entry");

  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

GtkWidget *
dossier_child (Fixture    *f,
               const char *name)
{
  return child (view_child (f, "dossier_view"), KOERS_TYPE_DOSSIER_VIEW, name);
}

void
apply_row (Fixture    *f,
           const char *row_name,
           const char *text)
{
  GtkWidget *row = dossier_child (f, row_name);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  spin ();
}

void
apply_text (GtkWidget  *row,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  spin ();
}

/* A participant with an empty dossier, selected in the list. */
gint64
select_new_participant (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Saba",
                                                "phase-since", "2026-01-05", NULL);
  GListModel *rows = shown_rows (f);

  koers_store_add_participant (f->store, p, &error);
  g_assert_no_error (error);
  spin ();
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows),
                                     g_list_model_get_n_items (rows) - 1);
  spin ();
  g_assert_cmpint (koers_dossier_view_get_participant_id (
                     KOERS_DOSSIER_VIEW (view_child (f, "dossier_view"))), ==,
                   koers_participant_get_id (p));
  return koers_participant_get_id (p);
}


/* The first button labelled @label under @root, depth first; fails the test when none. */
GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *stack[512];
  int top = 0;

  stack[top++] = root;
  while (top > 0)
    {
      GtkWidget *w = stack[--top];

      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0)
        return w;
      for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL && top < 512;
           c = gtk_widget_get_prev_sibling (c))
        stack[top++] = c;
    }
  g_assert_not_reached ();
  return NULL;
}
