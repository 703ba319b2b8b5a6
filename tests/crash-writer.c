/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes participants through the store as fast as it can and prints the number of each one
 * after its transaction committed: an acknowledged edit. test-crash kills it at random. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "koers-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) store = NULL;
  gint64 n;

  if (argc != 2)
    {
      fprintf (stderr, "usage: crash-writer DATABASE\n");
      return 2;
    }
  /* Started (a sanitizer build takes a while to get here): the random kill counts from now. */
  printf ("start\n");
  fflush (stdout);
  store = koers_store_open_full (argv[1], KOERS_STORE_OPEN_DEFER_CHECK, 5000, -1, &error);
  if (store == NULL)
    {
      fprintf (stderr, "crash-writer: %s\n", error->message);
      return 1;
    }
  printf ("open\n");
  fflush (stdout);
  n = koers_store_count_participants (store, &error);
  for (;;)
    {
      g_autoptr(KoersParticipant) p = NULL;
      g_autofree char *name = g_strdup_printf ("Crash %" G_GINT64_FORMAT, ++n);

      p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", name, "family-name", "Test",
                        NULL);
      if (!koers_store_add_participant (store, p, &error))
        {
          fprintf (stderr, "crash-writer: %s\n", error->message);
          return 1;
        }
      printf ("%" G_GINT64_FORMAT "\n", n);
      fflush (stdout);
    }
}
