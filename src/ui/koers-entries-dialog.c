/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-entries-dialog.h"

/**
 * koers_entries_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @heading: the question
 * @body: (nullable): what it does
 * @response: the id of the response that applies it
 * @response_label: its button's label
 * @first_key: the data key under which the dialog keeps the first entry
 * @first_label: the first entry's accessible label
 * @first_text: (nullable): its text to start with
 * @second_key: as @first_key, for the second entry
 * @second_label: the second entry's accessible label
 * @second_text: (nullable): its text to start with
 *
 * A question with two short entries (a date and a time, two dates), Cancel and one
 * suggested response; the entries are kept on the dialog under the given keys for the
 * response handler. The focus starts in the first entry.
 *
 * Returns: (transfer floating): the dialog, not presented yet.
 */
GtkWidget *
koers_entries_dialog_new (GtkWindow  *parent,
                          const char *heading,
                          const char *body,
                          const char *response,
                          const char *response_label,
                          const char *first_key,
                          const char *first_label,
                          const char *first_text,
                          const char *second_key,
                          const char *second_label,
                          const char *second_text)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *keys[] = { first_key, second_key };
  const char *labels[] = { first_label, second_label };
  const char *texts[] = { first_text, second_text };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *entry = gtk_entry_new ();

      gtk_editable_set_text (GTK_EDITABLE (entry), texts[i] ? texts[i] : "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      labels[i], -1);
      gtk_box_append (GTK_BOX (box), entry);
      g_object_set_data (G_OBJECT (dialog), keys[i], entry);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    response, response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_focus (GTK_WINDOW (dialog), g_object_get_data (G_OBJECT (dialog), first_key));
  return dialog;
}
