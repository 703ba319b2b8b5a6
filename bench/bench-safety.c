/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "koers-backup-restore.h"
#include "koers-backup.h"
#include "koers-demo.h"
#include "koers-store-private.h"

/* What data safety costs: one field edit committed with and without the audit trail, an
 * undo, reading a long dossier history, a backup and a restore. Prints figures; asserts
 * nothing. Usage: bench-safety [PARTICIPANTS] [EDITS] */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
print_figures (const char *what,
               GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  printf ("%-36s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (n = %u)\n", what,
          g_array_index (ms, double, ms->len / 2),
          g_array_index (ms, double, (guint) (ms->len * 0.99)),
          g_array_index (ms, double, ms->len - 1), ms->len);
}

static GArray *
time_edits (KoersStore *store,
            guint       n_participants,
            guint       n_edits)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  for (guint i = 0; i < n_edits; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *phone = g_strdup_printf ("06 %04u %04u", i % 10000, g_random_int_range (0, 9999));
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      g_value_set_string (&value, phone);
      if (!koers_store_update_participant (store, 1 + i % n_participants,
                                           KOERS_PARTICIPANT_FIELD_PHONE, &value, &error))
        g_error ("%s", error->message);
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (ms, elapsed);
    }
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  guint n_participants = argc > 1 ? (guint) atoi (argv[1]) : 5000;
  guint n_edits = argc > 2 ? (guint) atoi (argv[2]) : 2000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("koers-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *folder = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(GArray) with_trail = NULL;
  g_autoptr(GArray) without_trail = NULL;
  g_autoptr(GArray) undo_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;

  setlocale (LC_ALL, "");
  folder = koers_backup_default_folder (path);
  g_setenv ("KOERS_TODAY", "2026-11-28", TRUE);
  store = koers_store_open (path, &error);
  if (store == NULL || !koers_demo_generate (store, n_participants, 7, &error))
    g_error ("%s", error->message);
  koers_store_set_actor (store, "Bench");
  printf ("participants %u, database %s\n\n", n_participants, path);

  koers_store_set_audit_enabled (store, FALSE);
  without_trail = time_edits (store, n_participants, n_edits);
  koers_store_set_audit_enabled (store, TRUE);
  with_trail = time_edits (store, n_participants, n_edits);
  print_figures ("field edit, no audit trail", without_trail);
  print_figures ("field edit, with audit trail", with_trail);

  for (guint i = 0; i < 200; i++)
    {
      double elapsed;
      start = g_get_monotonic_time ();
      if (!koers_store_undo (store, NULL, &error))
        g_error ("%s", error->message);
      elapsed = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (undo_ms, elapsed);
    }
  print_figures ("undo of a field edit", undo_ms);

  {
    g_autoptr(GListModel) history = NULL;
    g_autoptr(GArray) one = time_edits (store, 1, 500);   /* a dossier with a long past */
    start = g_get_monotonic_time ();
    history = koers_store_list_history (store, 1, &error);
    printf ("%-36s %6.2f ms for %u lines\n", "history of a dossier, 500 edits",
            (g_get_monotonic_time () - start) / 1000.0, g_list_model_get_n_items (history));
  }

  start = g_get_monotonic_time ();
  backup = koers_backup_make (path, folder, &error);
  if (backup == NULL)
    g_error ("%s", error->message);
  {
    GStatBuf st = { 0 };
    g_stat (backup, &st);
    printf ("%-36s %6.0f ms (%" G_GINT64_FORMAT " KiB)\n", "backup with quick_check",
            (g_get_monotonic_time () - start) / 1000.0, (gint64) st.st_size / 1024);
  }
  start = g_get_monotonic_time ();
  if (!koers_store_restore (store, backup, &error))
    g_error ("%s", error->message);
  printf ("%-36s %6.0f ms\n", "restore into the open store",
          (g_get_monotonic_time () - start) / 1000.0);

  g_clear_object (&store);
  {
    g_autoptr(GPtrArray) names = koers_backup_list (folder);
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < names->len; i++)
      {
        g_autofree char *file = g_build_filename (folder, (char *) names->pdata[i], NULL);
        g_unlink (file);
      }
    g_rmdir (folder);
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return 0;
}
