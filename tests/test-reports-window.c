/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "koers-reports-view.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"
#include "koers-window-fixture.h"

/* The Reports view as a director uses it: Alt+4, the last quarter's key figures (the same
 * as the store counts), another period typed at the fields (a wrong one marked there),
 * Export… to a workbook in a thread, then Open; a folder that is gone says so. */

static GtkWidget *
reports_view (Fixture *f)
{
  AdwViewStack *stack = ADW_VIEW_STACK (child (GTK_WIDGET (f->window), KOERS_TYPE_WINDOW,
                                               "view_stack"));
  return adw_view_stack_get_child_by_name (stack, "reports");
}

static const char *
figure (GtkWidget *view,
        guint      i)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (view), "figures");

  g_assert_cmpuint (i, <, rows->len);
  return gtk_label_get_label (g_object_get_data (G_OBJECT (rows->pdata[i]), "koers-value"));
}

static KoersSummary *
summary (Fixture    *f,
         const char *from,
         const char *until)
{
  g_autoptr(GError) error = NULL;
  KoersSummaryTargets targets = { "2026-01-01", NULL, 45, 50 };
  KoersAttendancePoints points;
  KoersSummary *s;

  koers_attendance_points_init (&points);
  s = koers_store_get_summary (f->store, from, until, &targets, &points, &error);
  g_assert_no_error (error);
  return s;
}

static gboolean
file_written (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
export_done (gpointer view)
{
  return !gtk_widget_get_visible (g_object_get_data (G_OBJECT (view), "progress"));
}

static void
test_key_figures (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KoersSummary) q3 = NULL;
  g_autoptr(KoersSummary) custom = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *view, *period, *from, *until;

  open_window (f, 120);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s",
                                             "reports"));
  spin ();
  view = reports_view (f);
  g_assert_true (gtk_widget_get_mapped (view));
  period = g_object_get_data (G_OBJECT (view), "period");

  /* The quarter that ended last is chosen: 28 November 2026 → the third quarter. */
  q3 = summary (f, "2026-07-01", "2026-09-30");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " → %" G_GINT64_FORMAT, q3->active_start,
                              q3->active_end);
  g_assert_cmpstr (figure (view, 0), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, q3->new_contacts);
  g_assert_cmpstr (figure (view, 1), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, q3->returns);
  g_assert_cmpstr (figure (view, 4), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " of 45", q3->returns_cumulative);
  g_assert_cmpstr (figure (view, 5), ==, expected);

  /* Another period: the fields show; a last day before the first is refused there. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (period),
                              g_list_model_get_n_items (adw_combo_row_get_model (
                                ADW_COMBO_ROW (period))) - 1);
  spin ();
  from = g_object_get_data (G_OBJECT (view), "from");
  until = g_object_get_data (G_OBJECT (view), "until");
  g_assert_true (gtk_widget_get_visible (from));
  apply_text (from, "1-8-2026");
  apply_text (until, "31-7-2026");
  g_assert_true (gtk_widget_has_css_class (until, "error"));
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (view), "export")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (until)), ==, "31-7-2026");
  apply_text (until, "15-11-2026");
  g_assert_false (gtk_widget_has_css_class (until, "error"));
  custom = summary (f, "2026-08-01", "2026-11-15");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, custom->inflow);
  g_assert_cmpstr (figure (view, 2), ==, expected);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *book = NULL;
  GtkWidget *view;

  open_window (f, 60);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "reports");
  spin ();
  view = reports_view (f);
  path = g_build_filename (f->dir, "summary-2026-Q3.xlsx", NULL);
  koers_reports_view_set_export_path (KOERS_REPORTS_VIEW (view), path);
  gtk_switch_set_active (g_object_get_data (G_OBJECT (view), "people"), TRUE);
  /* Ctrl+E, as the shortcut does. */
  g_assert_true (gtk_widget_activate_action (view, "reports.export", NULL));
  wait_until (export_done, view);
  wait_until (file_written, path);
  {
    const char *argv[] = { "unzip", "-p", path, "xl/workbook.xml", NULL };
    g_autoptr(GError) error = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &book, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (book, "<sheet name=\"Summary\""));
  g_assert_nonnull (strstr (book, "<sheet name=\"Participants\""));
  g_assert_true (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (view), "export")));

  /* A folder that is gone: a dialog says so, and no file appears. */
  missing = g_build_filename (f->dir, "gone", "summary.xlsx", NULL);
  koers_reports_view_set_export_path (KOERS_REPORTS_VIEW (view), missing);
  gtk_widget_activate_action (view, "reports.export", NULL);
  wait_until (export_done, view);
  spin ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
        if (ADW_IS_MESSAGE_DIALOG (w))
          dialog = ADW_MESSAGE_DIALOG (w);
      }
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                     "The Summary Could Not Be Exported");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  window_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/reports-window/" name, Fixture, NULL, NULL, func, fixture_tear_down)
  ADD ("key-figures", test_key_figures);
  ADD ("export", test_export);
#undef ADD

  return g_test_run ();
}
