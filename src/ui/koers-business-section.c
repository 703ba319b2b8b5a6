/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-business-section.h"
#include "koers-error-dialog.h"
#include "koers-window.h"

/* The business plan of a dossier: idea, sector, place, start-up costs (euros, typed the
 * Dutch or the English way), funding and how far the plan is. Each field saves on its own. */

#define N_FIELDS (KOERS_BUSINESS_FIELD_STATUS + 1)

struct _KoersBusinessSection
{
  GtkWidget            parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *rows[N_FIELDS];

  KoersSession        *session;
  gint64               participant_id;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (KoersBusinessSection, koers_business_section, GTK_TYPE_WIDGET)

static void
set_error (KoersBusinessSection *self,
           GtkWidget            *row,
           const char           *message)
{
  adw_preferences_group_set_description (self->group, message);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
load (KoersBusinessSection *self)
{
  g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
  g_autofree char *costs = NULL;
  KoersBusinessStatus status;
  gint64 cents;

  if (self->session == NULL || self->participant_id == 0
      || !koers_store_get_business_plan (koers_session_get_store (self->session),
                                         self->participant_id, &idea, &sector, &place, &cents,
                                         &funding, &status, NULL))
    return;

  self->loading = TRUE;
  costs = cents >= 0 ? koers_money_format (cents) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->rows[KOERS_BUSINESS_FIELD_IDEA]), idea);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[KOERS_BUSINESS_FIELD_SECTOR]), sector);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[KOERS_BUSINESS_FIELD_PLACE]), place);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[KOERS_BUSINESS_FIELD_STARTUP_COSTS]), costs);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[KOERS_BUSINESS_FIELD_FUNDING]), funding);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->rows[KOERS_BUSINESS_FIELD_STATUS]), status);
  for (int i = 0; i < N_FIELDS; i++)
    gtk_widget_remove_css_class (self->rows[i], "error");
  adw_preferences_group_set_description (self->group, NULL);
  self->loading = FALSE;
}

static void
save (KoersBusinessSection *self,
      KoersBusinessField    field)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *row = self->rows[field];
  const char *text = NULL;
  gint64 number = 0;
  GtkRoot *root;

  if (self->loading || self->session == NULL || self->participant_id == 0)
    return;

  if (field == KOERS_BUSINESS_FIELD_STATUS)
    number = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  else if (field == KOERS_BUSINESS_FIELD_STARTUP_COSTS)
    {
      g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      if (*typed == '\0')
        number = -1;
      else if (!koers_money_parse (typed, &number))
        {
          set_error (self, row, _("Start-up costs: type an amount in euros, such as 1.250,50."));
          return;
        }
    }
  else
    text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (!koers_store_set_business_field (koers_session_get_store (self->session),
                                       self->participant_id, field, text, number, &error))
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        set_error (self, row, error->message);
      else
        koers_show_error (GTK_WIDGET (self), _("The Change Could Not Be Saved"), error);
      return;
    }
  set_error (self, row, NULL);
  if (field == KOERS_BUSINESS_FIELD_STARTUP_COSTS && number >= 0)
    {
      g_autofree char *shown = koers_money_format (number);
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), shown);
      self->loading = FALSE;
    }
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (KOERS_IS_WINDOW (root))
    koers_window_add_toast (KOERS_WINDOW (root),
                            koers_window_new_undo_toast (koers_session_get_store (self->session),
                                                         _("Saved")));
}

static void
on_apply_cb (GtkWidget            *row,
             KoersBusinessSection *self)
{
  save (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "koers-field")));
}

static void
on_status_cb (GtkWidget            *row,
              GParamSpec           *pspec,
              KoersBusinessSection *self)
{
  save (self, KOERS_BUSINESS_FIELD_STATUS);
}

static void
koers_business_section_dispose (GObject *object)
{
  KoersBusinessSection *self = KOERS_BUSINESS_SECTION (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_business_section_parent_class)->dispose (object);
}

static void
koers_business_section_class_init (KoersBusinessSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = koers_business_section_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
koers_business_section_init (KoersBusinessSection *self)
{
  const char *titles[] = {
    [KOERS_BUSINESS_FIELD_IDEA] = _("Business idea"),
    [KOERS_BUSINESS_FIELD_SECTOR] = _("Sector"),
    [KOERS_BUSINESS_FIELD_PLACE] = _("Place in the country of origin"),
    [KOERS_BUSINESS_FIELD_STARTUP_COSTS] = _("Start-up costs"),
    [KOERS_BUSINESS_FIELD_FUNDING] = _("Funding (return grant, tool kit, own means)"),
  };
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Business plan"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  for (int field = 0; field < KOERS_BUSINESS_FIELD_STATUS; field++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[field]);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "koers-field", GINT_TO_POINTER (field));
      g_signal_connect (row, "apply", G_CALLBACK (on_apply_cb), self);
      adw_preferences_group_add (self->group, row);
      self->rows[field] = row;
    }
  gtk_widget_set_tooltip_text (self->rows[KOERS_BUSINESS_FIELD_STARTUP_COSTS],
                               _("In euros, such as 1.250,50"));

  for (int s = 0; s <= KOERS_BUSINESS_STATUS_STARTED; s++)
    gtk_string_list_append (statuses, koers_business_status_get_label (s));
  self->rows[KOERS_BUSINESS_FIELD_STATUS] = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[KOERS_BUSINESS_FIELD_STATUS]),
                                 _("Status of the plan"));
  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self->rows[KOERS_BUSINESS_FIELD_STATUS]),
                           G_LIST_MODEL (statuses));
  self->loading = FALSE;
  g_signal_connect (self->rows[KOERS_BUSINESS_FIELD_STATUS], "notify::selected",
                    G_CALLBACK (on_status_cb), self);
  adw_preferences_group_add (self->group, self->rows[KOERS_BUSINESS_FIELD_STATUS]);
}

/**
 * koers_business_section_show:
 * @self: a business plan section
 * @session: (nullable): the session
 * @participant_id: whose plan to show
 *
 * Shows (or refreshes) the business plan of a participant.
 */
void
koers_business_section_show (KoersBusinessSection *self,
                             KoersSession         *session,
                             gint64                participant_id)
{
  g_return_if_fail (KOERS_IS_BUSINESS_SECTION (self));

  g_set_object (&self->session, session);
  self->participant_id = participant_id;
  load (self);
}

/**
 * koers_business_section_get_row:
 * @self: a business plan section
 * @field: a field
 *
 * Returns: (transfer none): the field's row, for tests and keyboard focus.
 */
GtkWidget *
koers_business_section_get_row (KoersBusinessSection *self,
                                KoersBusinessField    field)
{
  g_return_val_if_fail (KOERS_IS_BUSINESS_SECTION (self), NULL);
  return self->rows[field];
}
