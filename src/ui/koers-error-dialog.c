/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-error-dialog.h"
#include "koers-store.h"

/**
 * koers_error_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @heading: what failed, as a short title
 * @error: why: its message says what happened
 *
 * A dialog that says what happened and, for errors of the store, what the user can do.
 *
 * Returns: (transfer floating): a new #AdwMessageDialog with a single Close response.
 */
GtkWidget *
koers_error_dialog_new (GtkWindow    *parent,
                        const char   *heading,
                        const GError *error)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf ("%s\n\n%s", error->message, koers_store_error_get_advice (error));
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  return dialog;
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GtkWidget        *root)
{
  if (g_strcmp0 (response, "save-copy") == 0)
    gtk_widget_activate_action (root, "win.save-copy", NULL);
}

/**
 * koers_show_error:
 * @widget: a widget inside the window the error belongs to
 * @heading: what failed, as a short title
 * @error: why
 *
 * Presents koers_error_dialog_new() over the window of @widget.
 */
void
koers_show_error (GtkWidget    *widget,
                  const char   *heading,
                  const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = koers_error_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error);
  /* The file went away under Koers: what Koers still holds is offered to be saved. */
  if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED) && root != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save-copy",
                                       _("_Save a Copy…"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-copy",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-copy");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_response_cb), root, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * koers_show_file_error:
 * @widget: a widget of the window the dialog belongs to
 * @heading: what could not be done
 * @error: what happened to the file; its message says what to do
 *
 * Like koers_show_error(), for a file Koers writes (a report, a workbook), where the
 * advice about the database would mislead.
 */
void
koers_show_file_error (GtkWidget    *widget,
                       const char   *heading,
                       const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
