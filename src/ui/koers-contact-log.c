/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-contact-log.h"
#include "koers-error-dialog.h"
#include "koers-window.h"

/* The contact log section of a dossier: dated notes, newest first, and a form to add one.
 * A refused note stays in the form with the reason above it. */

struct _KoersContactLog
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkListBox          *notes_list;
  AdwExpanderRow      *add_row;
  AdwEntryRow         *date_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *author_row;
  GtkTextView         *text_view;

  KoersSession        *session;
  gint64               participant_id;
  GArray              *author_ids;
};

G_DEFINE_FINAL_TYPE (KoersContactLog, koers_contact_log, GTK_TYPE_WIDGET)

static void
add_toast (KoersContactLog *self,
           AdwToast        *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
set_error (KoersContactLog *self,
           const char      *message)
{
  adw_preferences_group_set_description (self->group, message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->add_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->add_row), "error");
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      KoersContactLog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "koers-note-id"));
  g_autoptr(KoersNote) removed = NULL;
  KoersStore *store = koers_session_get_store (self->session);

  removed = koers_store_delete_note (store, id, &error);
  if (removed == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Note Could Not Be Removed"), error);
      return;
    }
  add_toast (self, koers_window_new_undo_toast (store, _("Note removed")));
}

static void
load_notes (KoersContactLog *self)
{
  g_autoptr(GListModel) notes = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_list))) != NULL)
    gtk_list_box_remove (self->notes_list, child);
  if (self->session == NULL || self->participant_id == 0)
    return;

  notes = koers_store_list_notes (koers_session_get_store (self->session),
                                  self->participant_id, NULL);
  for (guint i = 0; notes != NULL && i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(KoersNote) note = g_list_model_get_item (notes, i);
      g_autofree char *date = koers_date_format_user (koers_note_get_date (note));
      g_autofree char *title = NULL;
      g_autofree char *text = g_markup_escape_text (koers_note_get_text (note), -1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      if (koers_note_get_author_name (note) != NULL)
        /* Translators: "Meeting, 01-06-2026, Lotte van den Berg" */
        title = g_strdup_printf (_("%s, %s, %s"),
                                 koers_note_kind_get_label (koers_note_get_kind (note)), date,
                                 koers_note_get_author_name (note));
      else
        title = g_strdup_printf (_("%s, %s"),
                                 koers_note_kind_get_label (koers_note_get_kind (note)), date);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      g_object_set_data (G_OBJECT (remove), "koers-note-id",
                         GINT_TO_POINTER ((int) koers_note_get_id (note)));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->notes_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_list),
                          notes != NULL && g_list_model_get_n_items (notes) > 0);
}

static void
load_authors (KoersContactLog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = NULL;
  gint64 none = 0;

  g_array_set_size (self->author_ids, 0);
  g_array_append_val (self->author_ids, none);
  gtk_string_list_append (names, _("Not recorded"));
  if (self->session != NULL)
    staff = koers_store_list_staff (koers_session_get_store (self->session), NULL);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) member = g_list_model_get_item (staff, i);
      gint64 id = koers_staff_get_id (member);
      g_array_append_val (self->author_ids, id);
      gtk_string_list_append (names, koers_staff_get_name (member));
    }
  adw_combo_row_set_model (self->author_row, G_LIST_MODEL (names));
}

static void
reset_form (KoersContactLog *self)
{
  g_autofree char *today = koers_today_iso ();
  g_autofree char *shown = koers_date_format_user (today);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), shown);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", -1);
  set_error (self, NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersContactLog *self = KOERS_CONTACT_LOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (
                                                   self->date_row)), FALSE);
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  guint author = adw_combo_row_get_selected (self->author_row);

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (date == NULL || *date == '\0')
    {
      set_error (self, _("Date: type it as day-month-year, such as 24-05-2026."));
      return;
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (koers_store_add_note (koers_session_get_store (self->session), self->participant_id, date,
                            adw_combo_row_get_selected (self->kind_row),
                            author < self->author_ids->len
                              ? g_array_index (self->author_ids, gint64, author) : 0,
                            text, &error) == 0)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_error (self, error->message);
      else
        koers_show_error (widget, _("The Note Could Not Be Saved"), error);
      return;
    }
  reset_form (self);
  adw_expander_row_set_expanded (self->add_row, FALSE);
  add_toast (self, adw_toast_new (_("Note added")));
}

static void
koers_contact_log_dispose (GObject *object)
{
  KoersContactLog *self = KOERS_CONTACT_LOG (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_CONTACT_LOG);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->author_ids, g_array_unref);

  G_OBJECT_CLASS (koers_contact_log_parent_class)->dispose (object);
}

static void
koers_contact_log_class_init (KoersContactLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_contact_log_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-contact-log.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, group);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, notes_list);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, add_row);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, date_row);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, author_row);
  gtk_widget_class_bind_template_child (widget_class, KoersContactLog, text_view);
  gtk_widget_class_install_action (widget_class, "contact-log.add", NULL, add_action);
}

static void
koers_contact_log_init (KoersContactLog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->author_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int k = KOERS_NOTE_KIND_MEETING; k <= KOERS_NOTE_KIND_TRAINING_TALK; k++)
    gtk_string_list_append (kinds, koers_note_kind_get_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  reset_form (self);
}

/**
 * koers_contact_log_show:
 * @self: a contact log section
 * @session: (nullable): the session
 * @participant_id: whose log to show, 0 for none
 *
 * Shows (or refreshes) the contact log of a participant. A note being written for the same
 * participant is kept.
 */
void
koers_contact_log_show (KoersContactLog *self,
                        KoersSession    *session,
                        gint64           participant_id)
{
  g_return_if_fail (KOERS_IS_CONTACT_LOG (self));

  g_set_object (&self->session, session);
  load_authors (self);
  if (self->participant_id != participant_id)
    {
      self->participant_id = participant_id;
      reset_form (self);
    }
  load_notes (self);
}
