/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "koers-error-dialog.h"
#include "koers-partners-window.h"
#include "koers-window.h"

/* The partner organisations a participant can be handed over to (IOM and VluchtelingenWerk
 * from the first start): the list, and per partner what it does, the contact person, the
 * day the cooperation agreement was signed and a note. Adding, changing and removing go
 * through the store, each with Undo; a partner named in a handover stays. */

struct _KoersPartnersWindow
{
  AdwWindow            parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkListBox          *partner_list;
  GtkStack            *detail_stack;
  AdwPreferencesGroup *form_group;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *contact_row;
  AdwEntryRow         *agreement_row;
  AdwPreferencesGroup *note_group;
  GtkTextView         *note_view;
  GtkButton           *save_button;
  AdwPreferencesGroup *usage_group;
  AdwActionRow        *usage_row;
  GtkWidget           *remove_button;

  KoersSession        *session;
  GVariant            *partners;       /* a(xsssssu), as last read */
  gint64               partner_id;     /* the partner in the form; 0 for a new one */
  gboolean             selecting;      /* the list selects a row itself: no form refill */
  guint                reload_source;
};

G_DEFINE_FINAL_TYPE (KoersPartnersWindow, koers_partners_window, ADW_TYPE_WINDOW)

static KoersStore *
store (KoersPartnersWindow *self)
{
  return koers_session_get_store (self->session);
}

static gboolean
writable (KoersPartnersWindow *self)
{
  return !koers_store_is_read_only (store (self));
}

/* The partner @id as last read, `(xsssssu)`, or %NULL. */
static GVariant *
find_partner (KoersPartnersWindow *self,
              gint64               id)
{
  GVariantIter iter;
  GVariant *partner;

  if (self->partners == NULL || id == 0)
    return NULL;
  g_variant_iter_init (&iter, self->partners);
  while ((partner = g_variant_iter_next_value (&iter)) != NULL)
    {
      gint64 partner_id;

      g_variant_get_child (partner, 0, "x", &partner_id);
      if (partner_id == id)
        return partner;
      g_variant_unref (partner);
    }
  return NULL;
}

static int
kind_from_nick (const char *nick)
{
  int kind = KOERS_PARTNER_KIND_OTHER;

  koers_enum_from_nick (KOERS_TYPE_PARTNER_KIND, nick, &kind);
  return kind;
}

/* Two lines under the name in the list: what the partner does and how often a handover
 * names it; then whom to call and since when there is an agreement. */
static char *
describe_partner (const char *kind,
                  const char *contact,
                  const char *agreement,
                  guint       n_handovers)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *date = *agreement ? koers_date_format_user (agreement) : NULL;

  /* Translators: a partner in the list: what it does, and in how many participants'
   * handovers it is named */
  first = g_strdup_printf (ngettext ("%s · used in %u handover", "%s · used in %u handovers",
                                     n_handovers),
                           koers_partner_kind_get_label (kind_from_nick (kind)), n_handovers);
  if (*contact != '\0' && date != NULL)
    /* Translators: a partner in the list: the contact person, and the day the cooperation
     * agreement was signed */
    second = g_strdup_printf (_("%s · agreement of %s"), contact, date);
  else if (*contact != '\0')
    /* Translators: a partner in the list: the contact person */
    second = g_strdup_printf (_("%s · no agreement date"), contact);
  else if (date != NULL)
    /* Translators: a partner in the list: the day the cooperation agreement was signed */
    second = g_strdup_printf (_("Agreement of %s"), date);
  else
    second = g_strdup (_("No contact person or agreement date yet"));
  return g_strdup_printf ("%s\n%s", first, second);
}

static char *
note_text (KoersPartnersWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Whether the form holds something other than what the store has (or, for a new partner,
 * anything at all): then a reload leaves it alone. */
static gboolean
form_changed (KoersPartnersWindow *self)
{
  g_autoptr(GVariant) partner = find_partner (self, self->partner_id);
  g_autofree char *note = note_text (self);
  g_autofree char *date = NULL;
  const char *name = "", *kind = "return-grant", *contact = "", *agreement = "", *stored_note = "";

  if (partner != NULL)
    g_variant_get (partner, "(x&s&s&s&s&su)", NULL, &name, &kind, &contact, &agreement,
                   &stored_note, NULL);
  date = koers_date_format_user (agreement);
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), name) != 0
         || adw_combo_row_get_selected (self->kind_row) != (guint) kind_from_nick (kind)
         || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->contact_row)), contact) != 0
         || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->agreement_row)), date) != 0
         || g_strcmp0 (note, stored_note) != 0;
}

/* Says what is wrong above the form and marks the field it concerns, taking the focus
 * there; %NULL @row and @message clear it. */
static void
form_error (KoersPartnersWindow *self,
            AdwEntryRow         *row,
            const char          *message)
{
  AdwEntryRow *rows[] = { self->name_row, self->contact_row, self->agreement_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (rows[i]), GTK_ACCESSIBLE_STATE_INVALID);
    }
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  adw_preferences_group_set_description (self->form_group, message);
}

static void
update_actions (KoersPartnersWindow *self)
{
  g_autoptr(GVariant) partner = find_partner (self, self->partner_id);
  gboolean shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack),
                              "partner") == 0;
  guint32 used = 0;

  if (partner != NULL)
    g_variant_get_child (partner, 6, "u", &used);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.new", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.save", writable (self) && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.remove",
                                 writable (self) && shown && partner != NULL && used == 0);
}

/* Fills the form with @partner, or empties it for a new one. */
static void
fill_form (KoersPartnersWindow *self,
           GVariant            *partner)
{
  const char *name = "", *kind = "return-grant", *contact = "", *agreement = "", *note = "";
  g_autofree char *date = NULL;
  guint32 used = 0;

  if (partner != NULL)
    g_variant_get (partner, "(x&s&s&s&s&su)", NULL, &name, &kind, &contact, &agreement, &note,
                   &used);
  date = koers_date_format_user (agreement);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  adw_combo_row_set_selected (self->kind_row, kind_from_nick (kind));
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), contact);
  gtk_editable_set_text (GTK_EDITABLE (self->agreement_row), date);
  /* Only a real change: setting the same text would move the cursor of someone typing. */
  {
    g_autofree char *shown = note_text (self);
    if (g_strcmp0 (shown, note) != 0)
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note, -1);
  }
  form_error (self, NULL, NULL);
  if (!writable (self))
    adw_preferences_group_set_description (self->form_group,
                                           _("The database is open read-only: partners can be "
                                             "looked at, not changed."));

  adw_preferences_group_set_title (self->form_group, partner != NULL ? name : _("New Partner"));
  gtk_button_set_label (self->save_button, partner != NULL ? _("_Save") : _("_Add Partner"));
  gtk_widget_set_visible (GTK_WIDGET (self->usage_group), partner != NULL);
  if (partner != NULL)
    {
      g_autofree char *usage = NULL;

      if (used == 0)
        usage = g_strdup (_("Not named in any handover, so it can be removed."));
      else
        usage = g_strdup_printf (ngettext ("Named in the handover of %u participant, so it "
                                           "stays.",
                                           "Named in the handover of %u participants, so it "
                                           "stays.", used), used);
      adw_action_row_set_subtitle (self->usage_row, usage);
      gtk_widget_set_tooltip_text (self->remove_button, used == 0 ? NULL : usage);
    }
  gtk_stack_set_visible_child_name (self->detail_stack, "partner");
  update_actions (self);
}

static GtkListBoxRow *
row_of (KoersPartnersWindow *self,
        gint64               id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->partner_list, i)) != NULL; i++)
    if (*(gint64 *) g_object_get_data (G_OBJECT (row), "koers-id") == id)
      return row;
  return NULL;
}

static void
select_row (KoersPartnersWindow *self)
{
  GtkListBoxRow *row;

  self->selecting = TRUE;
  gtk_list_box_unselect_all (self->partner_list);
  row = self->partner_id != 0 ? row_of (self, self->partner_id) : NULL;
  if (row != NULL)
    gtk_list_box_select_row (self->partner_list, row);
  self->selecting = FALSE;
}

/* Reads the partners again. @keep_typing leaves a form with unsaved typing alone; without
 * it the form shows what the store keeps. */
static void
reload (KoersPartnersWindow *self,
        gboolean             keep_typing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) partners = koers_store_list_partners (store (self), &error);
  g_autoptr(GVariant) shown = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gint64 focused_id = -1;
  gboolean keep_form;
  GtkWidget *child;
  GVariantIter iter;
  gint64 id;
  const char *name, *kind, *contact, *agreement;
  guint32 used;

  if (partners == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Partners Could Not Be Read"), error);
      return;
    }
  /* What is typed and not saved stays; a form that shows the store follows it. */
  keep_form = keep_typing
              && g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "partner") == 0
              && form_changed (self);
  g_clear_pointer (&self->partners, g_variant_unref);
  self->partners = g_steal_pointer (&partners);

  /* The rows are made anew: a keyboard in the list stays on its partner. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->partner_list)))
    {
      GtkWidget *row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
      focused_id = row != NULL ? *(gint64 *) g_object_get_data (G_OBJECT (row), "koers-id") : 0;
    }
  self->selecting = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->partner_list))) != NULL)
    gtk_list_box_remove (self->partner_list, child);
  self->selecting = FALSE;
  g_variant_iter_init (&iter, self->partners);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &id, &name, &kind, &contact, &agreement,
                              NULL, &used))
    {
      g_autofree char *subtitle = describe_partner (kind, contact, agreement, used);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data_full (G_OBJECT (row), "koers-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->partner_list, row);
    }

  shown = find_partner (self, self->partner_id);
  if (self->partner_id != 0 && shown == NULL)
    {
      /* Removed, or its adding undone: nothing left to show. */
      self->partner_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
    }
  else if (shown != NULL && !keep_form)
    fill_form (self, shown);
  select_row (self);
  if (focused_id >= 0)
    {
      GtkListBoxRow *row = row_of (self, focused_id);

      if (row == NULL)
        row = gtk_list_box_get_row_at_index (self->partner_list, 0);
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  update_actions (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  KoersPartnersWindow *self = data;

  self->reload_source = 0;
  reload (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (KoersPartnersWindow *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

/* Shows partner @id in the form (0: a new one). */
static void
show_partner (KoersPartnersWindow *self,
              gint64               id)
{
  g_autoptr(GVariant) partner = NULL;

  self->partner_id = id;
  select_row (self);
  partner = id != 0 ? find_partner (self, id) : NULL;
  fill_form (self, partner);
  if (id == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
on_discard_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        KoersPartnersWindow *self)
{
  gint64 next = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "koers-next");

  if (g_strcmp0 (response, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "partners.save", NULL);
      /* Refused (a field says why): stay with the form. */
      if (form_changed (self))
        return;
    }
  if (g_strcmp0 (response, "cancel") != 0)
    show_partner (self, next);
}

/* Another partner, or a new one, while the form holds unsaved typing: asks first, so that
 * nothing typed is lost without a word. */
static void
go_to_partner (KoersPartnersWindow *self,
               gint64               next)
{
  GtkWidget *dialog;

  if (!form_changed (self))
    {
      show_partner (self, next);
      return;
    }
  /* Until answered, the list shows the partner the form is about. */
  select_row (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the Changes?"),
                                   _("The form holds changes that are not saved yet."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "discard", _("_Discard"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "koers-next", g_memdup2 (&next, sizeof next),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_selected_cb (GtkListBox          *list,
                    GtkListBoxRow       *row,
                    KoersPartnersWindow *self)
{
  gint64 id;

  if (row == NULL || self->selecting)
    return;
  id = *(gint64 *) g_object_get_data (G_OBJECT (row), "koers-id");
  if (id != self->partner_id)
    go_to_partner (self, id);
}

static void
add_undo_toast (KoersPartnersWindow *self,
                const char          *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay,
                               koers_window_new_undo_toast (store (self), title));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersPartnersWindow *self = KOERS_PARTNERS_WINDOW (widget);

  go_to_partner (self, 0);
}

/* Whether another partner is called @name: the schema refuses it, and the form says so at
 * the name rather than above the form only. */
static gboolean
name_taken (KoersPartnersWindow *self,
            const char          *name)
{
  GVariantIter iter;
  gint64 id;
  const char *other;

  if (self->partners == NULL)
    return FALSE;
  g_variant_iter_init (&iter, self->partners);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &id, &other, NULL, NULL, NULL, NULL,
                              NULL))
    if (id != self->partner_id && strcmp (other, name) == 0)
      return TRUE;
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersPartnersWindow *self = KOERS_PARTNERS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *contact = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->contact_row))));
  g_autofree char *agreement = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->agreement_row)),
                                                      FALSE);
  g_autofree char *note = g_strstrip (note_text (self));
  g_autofree char *today = koers_today_iso ();
  KoersPartnerKind kind = adw_combo_row_get_selected (self->kind_row);
  gint64 before = koers_store_get_last_change (store (self));
  gboolean is_new = self->partner_id == 0;
  gboolean saved;

  /* Each refusal says what is wrong at the field it concerns; nothing typed is lost. The
   * store checks again, and says so above the form when it refuses. */
  if (*name == '\0')
    {
      form_error (self, self->name_row, _("Give the partner's name."));
      return;
    }
  if (name_taken (self, name))
    {
      g_autofree char *message = g_strdup_printf (_("There is already a partner called “%s”."),
                                                  name);
      form_error (self, self->name_row, message);
      return;
    }
  if (agreement == NULL)
    {
      form_error (self, self->agreement_row,
                  _("Type the day the agreement was signed as day-month-year, such as "
                    "15-01-2025."));
      return;
    }
  if (strcmp (agreement, today) > 0)
    {
      form_error (self, self->agreement_row,
                  _("The day the agreement was signed lies in the future."));
      return;
    }
  if (kind > KOERS_PARTNER_KIND_OTHER)
    kind = KOERS_PARTNER_KIND_OTHER;

  if (is_new)
    {
      gint64 id = koers_store_add_partner (store (self), name, kind, contact,
                                           *agreement ? agreement : NULL, note, &error);
      saved = id != 0;
      if (saved)
        self->partner_id = id;
    }
  else
    saved = koers_store_update_partner (store (self), self->partner_id, name, kind, contact,
                                        *agreement ? agreement : NULL, note, &error);
  if (!saved)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        form_error (self, NULL, error->message);
      else
        koers_show_error (widget, _("The Partner Could Not Be Saved"), error);
      return;
    }
  /* Saving what the store already has writes nothing: then there is nothing to undo. */
  if (koers_store_get_last_change (store (self)) != before)
    add_undo_toast (self, is_new ? _("Partner added") : _("Partner saved"));
  /* Read back at once, so that the form shows what the store keeps (trimmed, the date
   * written out); the reload the store's signal brings then finds nothing new. */
  reload (self, FALSE);
}

static void
on_remove_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       KoersPartnersWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "koers-id");

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!koers_store_delete_partner (store (self), id, &error))
    {
      koers_show_error (GTK_WIDGET (self), _("The Partner Could Not Be Removed"), error);
      return;
    }
  add_undo_toast (self, _("Partner removed"));
  reload (self, FALSE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersPartnersWindow *self = KOERS_PARTNERS_WINDOW (widget);
  g_autoptr(GVariant) partner = find_partner (self, self->partner_id);
  const char *name;
  GtkWidget *dialog;

  if (partner == NULL)
    return;
  g_variant_get_child (partner, 1, "&s", &name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove This Partner?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is no longer offered for handovers. Undo brings it "
                                    "back."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "koers-id",
                          g_memdup2 (&self->partner_id, sizeof self->partner_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Enter in a field saves, as the button does. */
static void
on_entry_activated_cb (KoersPartnersWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "partners.save", NULL);
}

static void
fill_kinds (KoersPartnersWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (int k = 0; k <= KOERS_PARTNER_KIND_OTHER; k++)
    gtk_string_list_append (kinds, koers_partner_kind_get_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
koers_partners_window_dispose (GObject *object)
{
  KoersPartnersWindow *self = KOERS_PARTNERS_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_PARTNERS_WINDOW);
  g_clear_pointer (&self->partners, g_variant_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_partners_window_parent_class)->dispose (object);
}

static void
koers_partners_window_class_init (KoersPartnersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_partners_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-partners-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KoersPartnersWindow, name)
  BIND (toast_overlay);
  BIND (partner_list);
  BIND (detail_stack);
  BIND (form_group);
  BIND (name_row);
  BIND (kind_row);
  BIND (contact_row);
  BIND (agreement_row);
  BIND (note_group);
  BIND (note_view);
  BIND (save_button);
  BIND (usage_group);
  BIND (usage_row);
  BIND (remove_button);
#undef BIND

  gtk_widget_class_install_action (widget_class, "partners.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "partners.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "partners.remove", NULL, remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "partners.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "partners.save", NULL);
  /* Undo as in the main window, whose actions this window borrows (see _new()). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

static void
koers_partners_window_init (KoersPartnersWindow *self)
{
  AdwEntryRow *rows[3];

  gtk_widget_init_template (GTK_WIDGET (self));
  rows[0] = self->name_row;
  rows[1] = self->contact_row;
  rows[2] = self->agreement_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_object (rows[i], "entry-activated", G_CALLBACK (on_entry_activated_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->partner_list, "row-selected",
                           G_CALLBACK (on_row_selected_cb), self, 0);
  fill_kinds (self);
}

/**
 * koers_partners_window_new:
 * @parent: the main window
 * @session: the open database
 *
 * The partners window. Its Undo toasts and Ctrl+Z use the actions of @parent (`win.undo`,
 * `win.undo-change`), so that there is one undo for the whole database.
 *
 * Returns: (transfer full): the partners window.
 */
GtkWidget *
koers_partners_window_new (GtkWindow    *parent,
                           KoersSession *session)
{
  KoersPartnersWindow *self = g_object_new (KOERS_TYPE_PARTNERS_WINDOW, "transient-for", parent,
                                            NULL);
  GtkListBoxRow *first;
  gboolean can_write;

  self->session = g_object_ref (session);
  if (G_IS_ACTION_GROUP (parent))
    gtk_widget_insert_action_group (GTK_WIDGET (self), "win", G_ACTION_GROUP (parent));
  g_signal_connect_object (store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  can_write = writable (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_group), can_write);
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_group), can_write);
  reload (self, FALSE);
  /* The keyboard starts in the list: arrows choose a partner, Tab goes on to its form. */
  first = gtk_list_box_get_row_at_index (self->partner_list, 0);
  if (first != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (first));
  return GTK_WIDGET (self);
}

/**
 * koers_partners_window_select:
 * @self: the partners window
 * @partner_id: a partner
 *
 * Shows one partner in the form, as clicking it in the list does.
 */
void
koers_partners_window_select (KoersPartnersWindow *self,
                              gint64               partner_id)
{
  g_autoptr(GVariant) partner = NULL;

  g_return_if_fail (KOERS_IS_PARTNERS_WINDOW (self));

  partner = find_partner (self, partner_id);
  if (partner == NULL)
    return;
  self->partner_id = partner_id;
  fill_form (self, partner);
  select_row (self);
}
