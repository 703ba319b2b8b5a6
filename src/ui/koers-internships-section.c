/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-error-dialog.h"
#include "koers-internships-section.h"
#include "koers-window.h"

/* The internships of a dossier (short practical placements at a farm or a workshop): one
 * row each with its dates and hours and a remove button (with Undo), and a form to add
 * one. Overlapping dates are refused with the internship they overlap. */

struct _KoersInternshipsSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  AdwExpanderRow      *add_row;
  AdwEntryRow         *host_row;
  AdwEntryRow         *first_row;
  AdwEntryRow         *last_row;
  AdwEntryRow         *hours_row;
  GPtrArray           *rows;

  KoersSession        *session;
  gint64               participant_id;
};

G_DEFINE_FINAL_TYPE (KoersInternshipsSection, koers_internships_section, GTK_TYPE_WIDGET)

static KoersStore *
store (KoersInternshipsSection *self)
{
  return koers_session_get_store (self->session);
}

static void
set_error (KoersInternshipsSection *self,
           AdwEntryRow             *row,
           const char              *message)
{
  AdwEntryRow *rows[] = { self->host_row, self->first_row, self->last_row, self->hours_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  if (row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  adw_preferences_group_set_description (self->group, message);
}

static void
on_remove_clicked_cb (GtkButton               *button,
                      KoersInternshipsSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "koers-id"));
  GtkRoot *root;

  if (!koers_store_delete_internship (store (self), id, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Internship Could Not Be Removed"), error);
      return;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root),
                            koers_window_new_undo_toast (store (self), _("Internship removed")));
}

static void
load (KoersInternshipsSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) all = NULL;
  GVariantIter iter;
  gint64 id;
  const char *host, *first, *last, *note;
  int hours;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);

  all = koers_store_list_internships (store (self), self->participant_id, &error);
  if (all == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Internships Could Not Be Read"), error);
      return;
    }
  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "(x&s&s&si&s)", &id, &host, &first, &last, &hours, &note))
    {
      g_autofree char *from = koers_date_format_user (first);
      g_autofree char *until = koers_date_format_user (last);
      /* Translators: an internship's dates and hours */
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%s to %s, %d hour",
                                                             "%s to %s, %d hours", hours),
                                                   from, until, hours);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Internship"));
      g_object_set_data (G_OBJECT (remove), "koers-id", GSIZE_TO_POINTER (id));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersInternshipsSection *self = KOERS_INTERNSHIPS_SECTION (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->first_row)), FALSE);
  g_autofree char *last = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->last_row)), FALSE);
  const char *hours_text = gtk_editable_get_text (GTK_EDITABLE (self->hours_row));
  guint64 hours = 0;

  if (self->session == NULL || self->participant_id == 0)
    return;
  if (first == NULL || *first == '\0')
    {
      set_error (self, self->first_row, _("Type the first date as day-month-year, such as 03-02-2027."));
      return;
    }
  if (last == NULL || *last == '\0')
    {
      set_error (self, self->last_row, _("Type the last date as day-month-year, such as 30-06-2027."));
      return;
    }
  if (!g_ascii_string_to_unsigned (hours_text, 10, 1, 2000, &hours, NULL))
    {
      set_error (self, self->hours_row, _("An internship has from 1 to 2 000 hours."));
      return;
    }
  if (koers_store_add_internship (store (self), self->participant_id,
                                  gtk_editable_get_text (GTK_EDITABLE (self->host_row)), first,
                                  last, (int) hours, NULL, &error) == 0)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_error (self, strstr (error->message, _("Say where")) ? self->host_row : self->first_row,
                   error->message);
      else
        koers_show_error (widget, _("The Internship Could Not Be Added"), error);
      return;
    }
  set_error (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->first_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->last_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->hours_row), "");
}

static AdwEntryRow *
add_entry (AdwExpanderRow *expander,
           const char     *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_add_row (expander, row);
  return ADW_ENTRY_ROW (row);
}

static void
koers_internships_section_dispose (GObject *object)
{
  KoersInternshipsSection *self = KOERS_INTERNSHIPS_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_internships_section_parent_class)->dispose (object);
}

static void
koers_internships_section_class_init (KoersInternshipsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_internships_section_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "internships.add", NULL, add_action);
}

static void
koers_internships_section_init (KoersInternshipsSection *self)
{
  GtkWidget *button;

  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Internships"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->add_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add an internship"));
  self->host_row = add_entry (self->add_row, _("Where (a farm, a workshop)"));
  self->first_row = add_entry (self->add_row, _("First date (day-month-year)"));
  self->last_row = add_entry (self->add_row, _("Last date (day-month-year)"));
  self->hours_row = add_entry (self->add_row, _("Hours in all"));
  button = gtk_button_new_with_mnemonic (_("_Add Internship"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "internships.add");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 6);
  adw_expander_row_add_row (self->add_row, button);
  /* For the tests, which fill the form as a person would. */
  g_object_set_data (G_OBJECT (self), "host", self->host_row);
  g_object_set_data (G_OBJECT (self), "first", self->first_row);
  g_object_set_data (G_OBJECT (self), "last", self->last_row);
  g_object_set_data (G_OBJECT (self), "hours", self->hours_row);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->add_row));
}

/**
 * koers_internships_section_show:
 * @self: the section
 * @session: (nullable): the session
 * @participant_id: whose internships
 *
 * Shows (or refreshes) a participant's internships; what is being typed for the same
 * participant stays.
 */
void
koers_internships_section_show (KoersInternshipsSection *self,
                                KoersSession            *session,
                                gint64                   participant_id)
{
  g_return_if_fail (KOERS_IS_INTERNSHIPS_SECTION (self));

  g_set_object (&self->session, session);
  if (self->participant_id != participant_id)
    {
      self->participant_id = participant_id;
      set_error (self, NULL, NULL);
    }
  if (self->session != NULL && self->participant_id != 0)
    load (self);
}
