/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-documents-section.h"
#include "koers-error-dialog.h"
#include "koers-window.h"

/* The documents check of a dossier: passport, identity card, birth certificate,
 * laissez-passer and other, each with where it stands, dates and a note. Every change saves
 * the whole line at once; a refused one stays as typed, with the reason above. */

#define N_KINDS (KOERS_DOCUMENT_KIND_OTHER + 1)

typedef struct {
  AdwExpanderRow *expander;
  AdwComboRow    *status;
  AdwEntryRow    *requested;
  AdwEntryRow    *obtained;
  AdwEntryRow    *note;
} DocumentRows;

struct _KoersDocumentsSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  DocumentRows         rows[N_KINDS];

  KoersSession        *session;
  gint64               participant_id;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (KoersDocumentsSection, koers_documents_section, GTK_TYPE_WIDGET)

static void
set_error (KoersDocumentsSection *self,
           DocumentRows          *rows,
           const char            *message)
{
  adw_preferences_group_set_description (self->group, message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (rows->expander), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (rows->expander), "error");
}

static void
show_summary (DocumentRows        *rows,
              KoersDocumentStatus  status,
              const char          *requested,
              const char          *obtained)
{
  g_autofree char *summary = NULL;
  const char *date = obtained ? obtained : requested;

  if (date != NULL)
    {
      g_autofree char *shown = koers_date_format_user (date);
      /* Translators: "Requested at the embassy, 01-04-2026" */
      summary = g_strdup_printf (_("%s, %s"), koers_document_status_get_label (status), shown);
    }
  adw_expander_row_set_subtitle (rows->expander,
                                 summary ? summary : koers_document_status_get_label (status));
}

static void
load (KoersDocumentsSection *self)
{
  if (self->session == NULL || self->participant_id == 0)
    return;

  self->loading = TRUE;
  for (int kind = 0; kind < N_KINDS; kind++)
    {
      DocumentRows *rows = &self->rows[kind];
      KoersDocumentStatus status;
      g_autofree char *requested = NULL, *obtained = NULL, *note = NULL;
      g_autofree char *requested_shown = NULL, *obtained_shown = NULL;

      if (!koers_store_get_document (koers_session_get_store (self->session),
                                     self->participant_id, kind, &status, &requested,
                                     &obtained, &note, NULL))
        continue;
      requested_shown = koers_date_format_user (requested);
      obtained_shown = koers_date_format_user (obtained);
      adw_combo_row_set_selected (rows->status, status);
      gtk_editable_set_text (GTK_EDITABLE (rows->requested), requested_shown);
      gtk_editable_set_text (GTK_EDITABLE (rows->obtained), obtained_shown);
      gtk_editable_set_text (GTK_EDITABLE (rows->note), note);
      gtk_widget_remove_css_class (GTK_WIDGET (rows->expander), "error");
      show_summary (rows, status, requested, obtained);
    }
  adw_preferences_group_set_description (self->group, NULL);
  self->loading = FALSE;
}

static void
save (KoersDocumentsSection *self,
      int                    kind)
{
  DocumentRows *rows = &self->rows[kind];
  g_autoptr(GError) error = NULL;
  g_autofree char *requested = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (
                                                        rows->requested)), FALSE);
  g_autofree char *obtained = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (
                                                       rows->obtained)), FALSE);
  KoersDocumentStatus status = adw_combo_row_get_selected (rows->status);
  GtkRoot *root;

  if (self->loading || self->session == NULL || self->participant_id == 0)
    return;
  if (requested == NULL || obtained == NULL)
    {
      set_error (self, rows, _("Type dates as day-month-year, such as 24-05-2026."));
      return;
    }
  if (!koers_store_set_document (koers_session_get_store (self->session), self->participant_id,
                                 kind, status, requested, obtained,
                                 gtk_editable_get_text (GTK_EDITABLE (rows->note)), &error))
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_error (self, rows, error->message);
      else
        koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
      return;
    }
  set_error (self, rows, NULL);
  show_summary (rows, status, *requested ? requested : NULL, *obtained ? obtained : NULL);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root),
                            koers_window_new_undo_toast (koers_session_get_store (self->session),
                                                         _("Saved")));
}

static void
on_changed_cb (GObject               *row,
               GParamSpec            *pspec,
               KoersDocumentsSection *self)
{
  save (self, GPOINTER_TO_INT (g_object_get_data (row, "koers-kind")));
}

static void
on_apply_cb (AdwEntryRow           *row,
             KoersDocumentsSection *self)
{
  save (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "koers-kind")));
}

static AdwEntryRow *
add_entry (AdwExpanderRow        *expander,
           const char            *title,
           const char            *tooltip,
           int                    kind,
           KoersDocumentsSection *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (row, tooltip);
  g_object_set_data (G_OBJECT (row), "koers-kind", GINT_TO_POINTER (kind));
  g_signal_connect (row, "apply", G_CALLBACK (on_apply_cb), self);
  adw_expander_row_add_row (expander, row);
  return ADW_ENTRY_ROW (row);
}

static void
koers_documents_section_dispose (GObject *object)
{
  KoersDocumentsSection *self = KOERS_DOCUMENTS_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_documents_section_parent_class)->dispose (object);
}

static void
koers_documents_section_class_init (KoersDocumentsSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = koers_documents_section_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
koers_documents_section_init (KoersDocumentsSection *self)
{
  const char *dates = _("Day-month-year, such as 24-05-2026");

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Documents"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->loading = TRUE;
  for (int kind = 0; kind < N_KINDS; kind++)
    {
      DocumentRows *rows = &self->rows[kind];
      g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

      for (int s = 0; s <= KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE; s++)
        gtk_string_list_append (statuses, koers_document_status_get_label (s));

      rows->expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->expander),
                                     koers_document_kind_get_label (kind));
      adw_expander_row_set_subtitle (rows->expander,
                                     koers_document_status_get_label (KOERS_DOCUMENT_STATUS_UNCHECKED));
      rows->status = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->status), _("Status"));
      adw_combo_row_set_model (rows->status, G_LIST_MODEL (statuses));
      g_object_set_data (G_OBJECT (rows->status), "koers-kind", GINT_TO_POINTER (kind));
      g_signal_connect (rows->status, "notify::selected", G_CALLBACK (on_changed_cb), self);
      adw_expander_row_add_row (rows->expander, GTK_WIDGET (rows->status));
      rows->requested = add_entry (rows->expander, _("Requested on"), dates, kind, self);
      rows->obtained = add_entry (rows->expander, _("Obtained on"), dates, kind, self);
      rows->note = add_entry (rows->expander, _("Note"), NULL, kind, self);
      adw_preferences_group_add (self->group, GTK_WIDGET (rows->expander));
    }
  self->loading = FALSE;
}

/**
 * koers_documents_section_show:
 * @self: a documents section
 * @session: (nullable): the session
 * @participant_id: whose documents to show
 *
 * Shows (or refreshes) the documents check of a participant.
 */
void
koers_documents_section_show (KoersDocumentsSection *self,
                              KoersSession          *session,
                              gint64                 participant_id)
{
  g_return_if_fail (KOERS_IS_DOCUMENTS_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  load (self);
}

/**
 * koers_documents_section_get_row:
 * @self: a documents section
 * @kind: a kind of document
 * @part: "expander", "status", "requested", "obtained" or "note"
 *
 * Returns: (transfer none): the row, for tests and keyboard focus.
 */
GtkWidget *
koers_documents_section_get_row (KoersDocumentsSection *self,
                                 KoersDocumentKind      kind,
                                 const char            *part)
{
  DocumentRows *rows = &self->rows[kind];

  if (g_str_equal (part, "status"))
    return GTK_WIDGET (rows->status);
  if (g_str_equal (part, "requested"))
    return GTK_WIDGET (rows->requested);
  if (g_str_equal (part, "obtained"))
    return GTK_WIDGET (rows->obtained);
  if (g_str_equal (part, "note"))
    return GTK_WIDGET (rows->note);
  return GTK_WIDGET (rows->expander);
}
