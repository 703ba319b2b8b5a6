/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sys/resource.h>

#include "koers-bench.h"
#include "koers-participants-view.h"

/* Measurements for bench/: only active when the environment variable KOERS_BENCH is set.
 * Prints machine-readable lines "koers-bench: NAME VALUE UNIT" on standard output:
 * the wall-clock time of the first painted frame (the script subtracts its launch time),
 * then for each keystroke of a search the time from the text change to the frame that
 * shows the new list, then the peak resident memory, and quits. */

typedef struct {
  KoersWindow *window;
  GtkWidget   *view;
  gulong       paint_handler;
  gint64       started;
  gint64       updated;
  guint        step;
  gboolean     first_frame_seen;
} Bench;

static const char *const keystrokes[] = { "a", "am", "ami", "amin", "amina", "amin", "ami",
                                          "am", "a", "", "k-0500", "eritrea", "", NULL };

static void next_step (Bench *bench);

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  if (!bench->first_frame_seen)
    {
      bench->first_frame_seen = TRUE;
      g_print ("koers-bench: first-frame-realtime %" G_GINT64_FORMAT " us\n", g_get_real_time ());
      next_step (bench);
      return;
    }
  if (bench->started != 0)
    {
      gint64 elapsed = g_get_monotonic_time () - bench->started;
      g_autofree char *ms = g_malloc (G_ASCII_DTOSTR_BUF_SIZE);

      g_autofree char *model_ms = g_malloc (G_ASCII_DTOSTR_BUF_SIZE);

      g_ascii_formatd (ms, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", elapsed / 1000.0);
      g_ascii_formatd (model_ms, G_ASCII_DTOSTR_BUF_SIZE, "%.2f",
                       (bench->updated - bench->started) / 1000.0);
      g_print ("koers-bench: search \"%s\" %s ms (%u rows; query and model update %s ms)\n",
               keystrokes[bench->step - 1], ms,
               koers_participants_view_get_n_shown (KOERS_PARTICIPANTS_VIEW (bench->view)),
               model_ms);
      bench->started = 0;
      next_step (bench);
    }
}

static gboolean
type_next_cb (gpointer data)
{
  Bench *bench = data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));

  if (keystrokes[bench->step] == NULL)
    {
      struct rusage usage;

      getrusage (RUSAGE_SELF, &usage);
      g_print ("koers-bench: peak-rss %ld KiB\n", usage.ru_maxrss);
      g_signal_handler_disconnect (clock, bench->paint_handler);
      gtk_window_destroy (GTK_WINDOW (bench->window));
      g_free (bench);
      return G_SOURCE_REMOVE;
    }

  bench->started = g_get_monotonic_time ();
  koers_participants_view_set_search_text (KOERS_PARTICIPANTS_VIEW (bench->view),
                                           keystrokes[bench->step]);
  bench->updated = g_get_monotonic_time ();
  bench->step++;
  /* A change that shows the same rows still gets a frame to measure. */
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_REMOVE;
}

static void
next_step (Bench *bench)
{
  /* Let the previous frame settle, as between two keystrokes. */
  g_timeout_add (150, type_next_cb, bench);
}

static void
on_map_cb (GtkWidget *widget,
           Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  bench->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb),
                                           bench);
}

/**
 * koers_bench_attach:
 * @window: the main window, not yet mapped
 *
 * When `KOERS_BENCH` is set, measures @window as described above; otherwise does nothing.
 */
void
koers_bench_attach (KoersWindow *window)
{
  Bench *bench;

  if (g_getenv ("KOERS_BENCH") == NULL)
    return;

  bench = g_new0 (Bench, 1);
  bench->window = window;
  bench->view = koers_window_get_view (window, "participants");
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), bench);
}
