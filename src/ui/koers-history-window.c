/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-error-dialog.h"
#include "koers-history-export.h"
#include "koers-history-window.h"

/* The audit trail of one dossier: every change, newest first, with who made it, when and on
 * which workstation, and the values before and after. It can be saved as a workbook for a
 * data-protection request. */

struct _KoersHistoryWindow
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkListBox           *list;

  KoersSession         *session;
  gint64                participant_id;
  char                 *code;
  GListModel           *items;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (KoersHistoryWindow, koers_history_window, ADW_TYPE_WINDOW)

static char *
format_when (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d-%m-%Y %H:%M");
}

/* One line of what a change did: "Phone: — → 06 1234 5678", "Obstacle added: Medical · …". */
static char *
describe_line (KoersHistoryItem *item)
{
  const char *old_value = koers_history_item_get_old_value (item);
  const char *new_value = koers_history_item_get_new_value (item);
  const char *record = koers_history_item_get_record (item);
  g_autofree char *what = koers_history_item_describe (item);

  switch (koers_history_item_get_action (item))
    {
    case KOERS_HISTORY_ADDED:
    case KOERS_HISTORY_REMOVED:
      {
        const char *summary = koers_history_item_get_action (item) == KOERS_HISTORY_ADDED
                              ? new_value : old_value;
        if (summary == NULL || *summary == '\0')
          return g_steal_pointer (&what);
        /* Translators: a record added or removed, and what it held: "Note added: 25-11-2026 · Call" */
        return g_strdup_printf (_("%s: %s"), what, summary);
      }
    case KOERS_HISTORY_ERASED:
      return g_steal_pointer (&what);
    case KOERS_HISTORY_CHANGED:
    default:
      {
        g_autofree char *field = NULL;

        /* A field of another record than the participant says which record it is. */
        if (g_strcmp0 (record, _("Participant")) == 0 || koers_history_item_get_field (item) == NULL)
          field = g_strdup (koers_history_item_get_field (item) ? koers_history_item_get_field (item)
                                                                : record);
        else
          /* Translators: a field of a record: "Phase · Until" */
          field = g_strdup_printf (_("%s · %s"), record, koers_history_item_get_field (item));
        /* Translators: a field, its value before and after a change; "—" stands for empty */
        return g_strdup_printf (_("%s: %s → %s"), field,
                                old_value && *old_value ? old_value : "—",
                                new_value && *new_value ? new_value : "—");
      }
    }
}

/* One row per change: what it was, every field it touched, and who made it when where. */
static GtkWidget *
create_row (KoersHistoryWindow *self,
            GListModel         *items,
            guint               first,
            guint               end)
{
  g_autoptr(KoersHistoryItem) item = g_list_model_get_item (items, first);
  g_autofree char *title = koers_store_describe_change (koers_session_get_store (self->session),
                                                        koers_history_item_get_change_id (item));
  g_autofree char *when = format_when (koers_history_item_get_at (item));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();

  for (guint i = first; i < end; i++)
    {
      g_autoptr(KoersHistoryItem) line = g_list_model_get_item (items, i);
      g_autofree char *text = describe_line (line);
      g_string_append_printf (subtitle, "%s\n", text);
    }
  /* Translators: who made a change, when, and on which workstation */
  g_string_append_printf (subtitle, _("%s · %s · %s"),
                          *koers_history_item_get_actor (item)
                            ? koers_history_item_get_actor (item) : _("Unknown"),
                          when, koers_history_item_get_host (item));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (koers_history_item_get_is_undo (item))
    {
      GtkWidget *badge = gtk_label_new (C_("history", "Undo"));
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "koers-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  return row;
}

static void
fill_list (KoersHistoryWindow *self)
{
  guint n = g_list_model_get_n_items (self->items);
  GtkWidget *child;
  guint first = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  while (first < n)
    {
      g_autoptr(KoersHistoryItem) item = g_list_model_get_item (self->items, first);
      gint64 change = koers_history_item_get_change_id (item);
      guint end = first + 1;

      for (; end < n; end++)
        {
          g_autoptr(KoersHistoryItem) next = g_list_model_get_item (self->items, end);
          if (koers_history_item_get_change_id (next) != change)
            break;
        }
      gtk_list_box_append (self->list, create_row (self, self->items, first, end));
      first = end;
    }
}

static void
reload (KoersHistoryWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->items);
  self->items = koers_store_list_history (koers_session_get_store (self->session),
                                          self->participant_id, &error);
  if (self->items == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The History Could Not Be Read"), error);
      self->items = G_LIST_MODEL (g_list_store_new (KOERS_TYPE_HISTORY_ITEM));
    }
  fill_list (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->items) > 0 ? "list"
                                                                                : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.export",
                                 g_list_model_get_n_items (self->items) > 0);
}

/**
 * koers_history_window_export_to:
 * @self: a history window
 * @path: the workbook to write
 * @error: return location for an error
 *
 * Saves the history shown as an Excel workbook.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_history_window_export_to (KoersHistoryWindow  *self,
                                const char          *path,
                                GError             **error)
{
  /* Translators: the title of an exported history; %s is a dossier code */
  g_autofree char *title = g_strdup_printf (_("History of dossier %s"), self->code);

  g_return_val_if_fail (KOERS_IS_HISTORY_WINDOW (self), FALSE);
  return koers_history_export_xlsx (self->items, title, path, error);
}

static void
on_chooser_response_cb (GtkNativeDialog    *chooser,
                        int                 response,
                        KoersHistoryWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }
  g_clear_object (&self->chooser);
  if (path == NULL)
    return;
  if (!koers_history_window_export_to (self, path, &error))
    koers_show_error (GTK_WIDGET (self), _("The History Could Not Be Saved"), error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersHistoryWindow *self = KOERS_HISTORY_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  /* Translators: a file name; %s is a dossier code */
  name = g_strdup_printf (_("history-%s.xlsx"), self->code);
  self->chooser = gtk_file_chooser_native_new (_("Export History"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
koers_history_window_dispose (GObject *object)
{
  KoersHistoryWindow *self = KOERS_HISTORY_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_HISTORY_WINDOW);
  g_clear_object (&self->items);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (koers_history_window_parent_class)->dispose (object);
}

static void
koers_history_window_finalize (GObject *object)
{
  KoersHistoryWindow *self = KOERS_HISTORY_WINDOW (object);

  g_free (self->code);

  G_OBJECT_CLASS (koers_history_window_parent_class)->finalize (object);
}

static void
koers_history_window_class_init (KoersHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_history_window_dispose;
  object_class->finalize = koers_history_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KoersHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KoersHistoryWindow, list);

  gtk_widget_class_install_action (widget_class, "history.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "history.export", NULL);
}

static void
koers_history_window_init (KoersHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * koers_history_window_new:
 * @parent: the main window
 * @session: the open database
 * @participant_id: whose dossier
 * @name: their name, for the subtitle
 * @code: their dossier code, for the exported file
 *
 * Returns: (transfer full): a window listing the dossier's history.
 */
GtkWidget *
koers_history_window_new (GtkWindow    *parent,
                          KoersSession *session,
                          gint64        participant_id,
                          const char   *name,
                          const char   *code)
{
  KoersHistoryWindow *self = g_object_new (KOERS_TYPE_HISTORY_WINDOW,
                                           "transient-for", parent, NULL);

  self->session = g_object_ref (session);
  self->participant_id = participant_id;
  self->code = g_strdup (code);
  adw_window_title_set_subtitle (self->window_title, name);
  reload (self);
  return GTK_WIDGET (self);
}
