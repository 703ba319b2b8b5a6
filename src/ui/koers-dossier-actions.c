/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-dossier-view-private.h"
#include "koers-error-dialog.h"
#include "koers-history-window.h"
#include "koers-window.h"

/* What is done to a dossier as a whole, from its menu: read its history, or erase it for
 * good when the person asks for their data to be removed. */

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  g_autofree char *name = NULL;
  GtkWidget *window;

  if (self->session == NULL || self->shown == NULL)
    return;
  name = koers_participant_dup_display_name (self->shown);
  window = koers_history_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->session,
                                     self->participant_id, name,
                                     koers_participant_get_code (self->shown));
  gtk_window_present (GTK_WINDOW (window));
}

/* The erase button waits until the dossier code is typed: erasing cannot be undone, so it
 * should never be one slip of the Enter key away. */
static void
on_confirm_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  const char *code = g_object_get_data (G_OBJECT (dialog), "koers-code");
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "erase",
                                           g_ascii_strcasecmp (typed, code) == 0);
}

static void
on_confirm_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "erase"))
    adw_message_dialog_response (dialog, "erase");
}

static void
on_erase_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      KoersDossierView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "koers-participant-id"));
  GtkRoot *root;

  if (g_strcmp0 (response, "erase") != 0 || self->session == NULL)
    return;
  if (!koers_store_erase_participant (koers_session_get_store (self->session), id, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Dossier Could Not Be Erased"), error);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), adw_toast_new (_("Dossier erased")));
  gtk_widget_activate_action (GTK_WIDGET (self), "dossier.back", NULL);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersDossierView *self = KOERS_DOSSIER_VIEW (widget);
  g_autofree char *name = NULL;
  const char *code;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->session == NULL || self->shown == NULL)
    return;
  name = koers_participant_dup_display_name (self->shown);
  code = koers_participant_get_code (self->shown);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Erase This Dossier?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Everything Koers holds about %s is removed for good: "
                                    "identity, situation, phases, obstacles, documents, "
                                    "plans and notes. The history keeps only who changed "
                                    "what and when, without the values. This cannot be "
                                    "undone.\n\nBackups made before now still contain the "
                                    "dossier until they are rotated out, after at most a "
                                    "year.\n\nType the dossier code %s to confirm."),
                                  name, code);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "erase", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dossier code"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data_full (G_OBJECT (dialog), "koers-code", g_strdup (code), g_free);
  g_object_set_data (G_OBJECT (dialog), "koers-participant-id",
                     GSIZE_TO_POINTER (self->participant_id));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_confirm_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_confirm_activate_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_set_focus (GTK_WINDOW (dialog), entry);
}

/**
 * koers_dossier_view_class_add_record_actions:
 * @widget_class: the dossier view's class
 *
 * Installs `dossier.history` and `dossier.erase`.
 */
void
koers_dossier_view_class_add_record_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dossier.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "dossier.erase", NULL, erase_action);
}
