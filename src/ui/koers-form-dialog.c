/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-form-dialog.h"

/* A question with a small form under it: labelled entries, choices and checks, kept on the
 * dialog by key for its response handler. When what was typed is refused, the caller opens
 * it again with the same values and the reason as @problem, so nothing typed is lost. */

/**
 * koers_form_dialog_new:
 * @near: a widget of the window the dialog belongs to
 * @heading: the question
 * @body: (nullable): what it is about
 * @problem: (nullable): why the last answer was refused, shown in red under @body
 * @response: the id of the response that applies the form
 * @response_label: its button's label
 *
 * Returns: (transfer floating): the dialog with Cancel and @response; add fields, then
 *   present it.
 */
GtkWidget *
koers_form_dialog_new (GtkWidget  *near,
                       const char *heading,
                       const char *body,
                       const char *problem,
                       const char *response,
                       const char *response_label)
{
  GtkRoot *root = near ? gtk_widget_get_root (near) : NULL;
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  if (problem != NULL)
    {
      GtkWidget *label = gtk_label_new (problem);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "error");
      gtk_widget_set_margin_bottom (label, 6);
      gtk_box_append (GTK_BOX (box), label);
      g_object_set_data (G_OBJECT (dialog), "koers-problem", label);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    response, response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "koers-box", box);
  return dialog;
}

static void
add_field (GtkWidget  *dialog,
           const char *key,
           const char *label,
           GtkWidget  *field)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (dialog), "koers-box");
  GtkWidget *field_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_box_append (GTK_BOX (field_box), title);
  gtk_box_append (GTK_BOX (field_box), field);
  gtk_box_append (GTK_BOX (box), field_box);
  g_object_set_data (G_OBJECT (dialog), key, field);
  g_object_set_data (G_OBJECT (field), "koers-field-box", field_box);
  /* The first field takes the focus. */
  if (g_object_get_data (G_OBJECT (dialog), "koers-first") == NULL)
    {
      g_object_set_data (G_OBJECT (dialog), "koers-first", field);
      gtk_window_set_focus (GTK_WINDOW (dialog), field);
    }
}

GtkWidget *
koers_form_dialog_add_entry (GtkWidget  *dialog,
                             const char *key,
                             const char *label,
                             const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  add_field (dialog, key, label, entry);
  return entry;
}

GtkWidget *
koers_form_dialog_add_choice (GtkWidget         *dialog,
                              const char        *key,
                              const char        *label,
                              const char *const *items,
                              guint              selected)
{
  GtkWidget *choice = gtk_drop_down_new_from_strings (items);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), selected);
  add_field (dialog, key, label, choice);
  return choice;
}

GtkWidget *
koers_form_dialog_add_check (GtkWidget  *dialog,
                             const char *key,
                             const char *label,
                             gboolean    active)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (dialog), "koers-box");
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_box_append (GTK_BOX (box), check);
  g_object_set_data (G_OBJECT (dialog), key, check);
  g_object_set_data (G_OBJECT (check), "koers-field-box", check);
  return check;
}

const char *
koers_form_dialog_get_text (GtkWidget  *dialog,
                            const char *key)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), key);

  return entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (entry)) : NULL;
}

guint
koers_form_dialog_get_selected (GtkWidget  *dialog,
                                const char *key)
{
  GtkWidget *choice = g_object_get_data (G_OBJECT (dialog), key);

  return choice != NULL ? gtk_drop_down_get_selected (GTK_DROP_DOWN (choice))
                        : GTK_INVALID_LIST_POSITION;
}

gboolean
koers_form_dialog_get_active (GtkWidget  *dialog,
                              const char *key)
{
  GtkWidget *check = g_object_get_data (G_OBJECT (dialog), key);

  return check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
}

/* Shows or hides a field with its label, as the other answers make it apply or not. */
void
koers_form_dialog_set_shown (GtkWidget  *dialog,
                             const char *key,
                             gboolean    shown)
{
  GtkWidget *field = g_object_get_data (G_OBJECT (dialog), key);

  if (field != NULL)
    gtk_widget_set_visible (g_object_get_data (G_OBJECT (field), "koers-field-box"), shown);
}
