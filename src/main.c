/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "koers-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KoersApplication) app = NULL;
  g_autofree char *build_locale = g_build_filename (KOERS_BUILD_ROOT, "po", NULL);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, koers_is_uninstalled () ? build_locale : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = koers_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
