/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "koers-entries-dialog.h"
#include "koers-error-dialog.h"
#include "koers-training-view-private.h"

/* The attendance sheet of the training view: one row per person with the marks P, L, E, A
 * and a note, adding someone who is not enrolled, and cancelling the session. */

/* Found participants shown in the Add Participant popover: enough to pick from while
 * typing a name. */
#define MAX_FOUND 8

static const char *mark_keys[] = { "P", "L", "E", "A" };
static const char *mark_classes[] = {
  "koers-present", "koers-late", "koers-excused", "koers-absent",
};

/* What a row of the sheet holds besides its widgets: what is stored for it. */
typedef struct {
  gint64           participant_id;
  int              status;          /* -1 unmarked, else a KoersAttendance */
  char            *note;
  gboolean         enrolled;
  GtkToggleButton *buttons[4];
  GtkLabel        *detail_label;
  GtkWidget       *note_button;
  GtkEditable     *note_entry;
} SheetRow;

static void
sheet_row_free (gpointer data)
{
  SheetRow *row = data;

  g_free (row->note);
  g_free (row);
}

static SheetRow *
get_sheet_row (GtkWidget *widget)
{
  return widget ? g_object_get_data (G_OBJECT (widget), "koers-sheet-row") : NULL;
}

/* ---- the sheet ---- */

static gboolean
can_mark (KoersTrainingView *self)
{
  return self->store != NULL && !koers_store_is_read_only (self->store)
         && self->shown != NULL
         && koers_training_session_get_cancelled_reason (self->shown) == NULL;
}

static void
update_actions (KoersTrainingView *self)
{
  gboolean writable = self->store != NULL && !koers_store_is_read_only (self->store);
  gboolean cancelled = self->shown != NULL
                       && koers_training_session_get_cancelled_reason (self->shown) != NULL;
  gboolean marking = can_mark (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.mark", marking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.clear", marking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.everyone-present", marking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.cancel", marking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.move", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.reinstate",
                                 writable && cancelled);
  gtk_widget_set_sensitive (self->add_button, marking);
}

/* Shows what is stored for @row; the toggles' own signals are ignored meanwhile. */
static void
show_sheet_row (KoersTrainingView *self,
                SheetRow          *row,
                const char        *code)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  gboolean marking = can_mark (self);

  self->syncing = TRUE;
  for (int i = 0; i < 4; i++)
    {
      gtk_toggle_button_set_active (row->buttons[i], row->status == i);
      gtk_widget_set_sensitive (GTK_WIDGET (row->buttons[i]), marking);
    }
  self->syncing = FALSE;
  /* A note goes with a mark, as the store keeps it. */
  gtk_widget_set_sensitive (row->note_button, marking && row->status >= 0);

  if (code != NULL)
    g_object_set_data_full (G_OBJECT (row->detail_label), "koers-code", g_strdup (code), g_free);
  koers_training_append_part (detail, g_object_get_data (G_OBJECT (row->detail_label), "koers-code"));
  if (!row->enrolled)
    koers_training_append_part (detail, _("not enrolled"));
  /* The alert of the schedule: someone who stopped coming, seen where the trainer looks. */
  if (self->shown != NULL && self->store != NULL)
    {
      KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
      GSettings *settings = session ? koers_session_get_settings (session) : NULL;
      int threshold = settings ? g_settings_get_int (settings, "absence-alert") : 2;
      int missed = koers_store_count_missed_in_a_row (self->store, row->participant_id,
                                                      koers_training_session_get_course_id (self->shown),
                                                      NULL);
      if (missed >= threshold)
        {
          g_autofree char *text = g_strdup_printf (ngettext ("Missed %d in a row",
                                                             "Missed %d in a row", missed),
                                                   missed);
          koers_training_append_part (detail, text);
        }
    }
  koers_training_append_part (detail, row->note);
  gtk_label_set_label (row->detail_label, detail->str);
}

static void
update_count (KoersTrainingView *self)
{
  guint total = 0, marked = 0;
  g_autofree char *text = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      SheetRow *row = get_sheet_row (w);

      if (row == NULL)
        continue;
      total++;
      if (row->status >= 0)
        marked++;
    }
  if (total == 0)
    text = g_strdup (_("No one is enrolled"));
  else
    text = g_strdup_printf (ngettext ("%u of %u marked", "%u of %u marked", total),
                            marked, total);
  gtk_label_set_label (self->sheet_count_label, text);
}

/* Saves a mark at once; on failure the row goes back to what is stored. */
static gboolean
mark_row (KoersTrainingView *self,
          GtkWidget         *widget,
          int                status)
{
  g_autoptr(GError) error = NULL;
  SheetRow *row = get_sheet_row (widget);

  if (row == NULL || self->shown == NULL)
    return FALSE;
  if (row->status != status
      && !koers_store_mark_attendance (self->store, koers_training_session_get_id (self->shown),
                                       row->participant_id, status,
                                       status >= 0 ? row->note : NULL, &error))
    {
      show_sheet_row (self, row, NULL);
      koers_show_error (GTK_WIDGET (self), _("The Attendance Could Not Be Saved"), error);
      return FALSE;
    }
  row->status = status;
  if (status < 0)
    g_clear_pointer (&row->note, g_free);
  show_sheet_row (self, row, NULL);
  update_count (self);
  return TRUE;
}

static void
on_mark_toggled_cb (GtkToggleButton *button,
                    gpointer         user_data)
{
  KoersTrainingView *self = user_data;
  GtkWidget *widget = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  SheetRow *row = get_sheet_row (widget);
  int status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "koers-status"));

  if (self->syncing || row == NULL)
    return;
  /* Pressing the mark that is set takes it away. */
  mark_row (self, widget, gtk_toggle_button_get_active (button) ? status : -1);
}

static void
save_note (KoersTrainingView *self,
           GtkWidget         *widget)
{
  g_autoptr(GError) error = NULL;
  SheetRow *row = get_sheet_row (widget);
  g_autofree char *note = NULL;

  if (row == NULL || row->status < 0 || !can_mark (self))
    return;
  note = g_strstrip (g_strdup (gtk_editable_get_text (row->note_entry)));
  if (g_strcmp0 (note, row->note ? row->note : "") == 0)
    return;
  if (!koers_store_mark_attendance (self->store, koers_training_session_get_id (self->shown),
                                    row->participant_id, row->status, note, &error))
    {
      gtk_editable_set_text (row->note_entry, row->note ? row->note : "");
      koers_show_error (GTK_WIDGET (self), _("The Note Could Not Be Saved"), error);
      return;
    }
  g_free (row->note);
  row->note = *note != '\0' ? g_steal_pointer (&note) : NULL;
  show_sheet_row (self, row, NULL);
}

static void
on_note_closed_cb (GtkPopover *popover,
                   gpointer    user_data)
{
  save_note (user_data, gtk_widget_get_ancestor (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW));
}

static void
on_note_activate_cb (GtkEntry *entry,
                     gpointer  user_data)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_POPOVER);

  /* Closing saves it. */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
new_sheet_row (KoersTrainingView *self,
               KoersSheetRow     *item)
{
  static const char *tooltips[] = {
    N_("Present (P)"), N_("Late (L)"), N_("Excused (E)"), N_("Absent (A)"),
  };
  SheetRow *row = g_new0 (SheetRow, 1);
  GtkWidget *widget = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (koers_sheet_row_get_name (item));
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *marks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *entry = gtk_entry_new ();

  row->participant_id = koers_sheet_row_get_participant_id (item);
  row->status = koers_sheet_row_get_status (item);
  row->note = g_strdup (koers_sheet_row_get_note (item));
  if (row->note != NULL && *row->note == '\0')
    g_clear_pointer (&row->note, g_free);
  row->enrolled = koers_sheet_row_get_enrolled (item);
  g_object_set_data_full (G_OBJECT (widget), "koers-sheet-row", row, sheet_row_free);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), detail);
  row->detail_label = GTK_LABEL (detail);

  /* Four buttons, not a group: in a group the mark that is set could not be taken away
   * by pressing it again. */
  gtk_widget_add_css_class (marks, "linked");
  gtk_widget_set_valign (marks, GTK_ALIGN_CENTER);
  for (int i = 0; i < 4; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (mark_keys[i]);
      const char *label = koers_attendance_get_label (i);

      gtk_widget_set_tooltip_text (button, _(tooltips[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_widget_add_css_class (button, "koers-mark");
      gtk_widget_add_css_class (button, mark_classes[i]);
      g_object_set_data (G_OBJECT (button), "koers-status", GINT_TO_POINTER (i));
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_mark_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (marks), button);
      row->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Note, such as “bus was late”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), row->note ? row->note : "");
  gtk_entry_set_max_length (GTK_ENTRY (entry), 500);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 28);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_note_activate_cb), self, 0);
  gtk_popover_set_child (GTK_POPOVER (popover), entry);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_note_closed_cb), self, 0);
  row->note_entry = GTK_EDITABLE (entry);

  row->note_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (row->note_button), "document-edit-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (row->note_button), popover);
  gtk_widget_set_tooltip_text (row->note_button, _("Note"));
  gtk_widget_set_valign (row->note_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->note_button, "flat");

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), marks);
  gtk_box_append (GTK_BOX (box), row->note_button);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (widget), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name, NULL, -1);

  show_sheet_row (self, row, koers_sheet_row_get_code (item));
  return widget;
}

static GtkWidget *
focused_sheet_row (KoersTrainingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self->sheet_list))
      return focus;
  return NULL;
}

/* Reads the sheet again. When the same people are on it, the rows are brought up to date
 * where they are, so that the focus stays where the trainer is marking. */
void
koers_training_view_load_sheet (KoersTrainingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheet = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *day = NULL;
  g_autofree char *times = NULL;
  const char *reason;
  GtkWidget *focus_row;
  gint64 refocus = 0;
  gboolean same = TRUE;
  GtkWidget *w;
  guint n;

  if (self->shown == NULL)
    {
      gtk_stack_set_visible_child_name (self->sheet_stack, "none");
      update_actions (self);
      return;
    }

  day = koers_training_format_day (koers_training_session_get_date (self->shown));
  times = koers_training_format_times (self->shown);
  gtk_label_set_label (self->sheet_title, koers_training_session_get_course_title (self->shown));
  koers_training_append_part (subtitle, day);
  koers_training_append_part (subtitle, times);
  koers_training_append_part (subtitle, koers_training_session_get_location (self->shown));
  gtk_label_set_label (self->sheet_subtitle, subtitle->str);
  reason = koers_training_session_get_cancelled_reason (self->shown);
  if (reason != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This session is cancelled: %s"), reason);

      gtk_label_set_label (self->cancelled_label, text);
    }
  gtk_revealer_set_reveal_child (self->cancelled_revealer, reason != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sheet_list), reason == NULL);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->sheet_stack, "sheet");

  sheet = koers_store_list_sheet (self->store, koers_training_session_get_id (self->shown),
                                  &error);
  if (sheet == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Attendance Sheet Could Not Be Read"), error);
      return;
    }
  n = g_list_model_get_n_items (sheet);

  w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list));
  for (guint i = 0; i < n && same; i++, w = w ? gtk_widget_get_next_sibling (w) : NULL)
    {
      g_autoptr(KoersSheetRow) item = g_list_model_get_item (sheet, i);
      SheetRow *row = get_sheet_row (w);

      same = row != NULL && row->participant_id == koers_sheet_row_get_participant_id (item);
    }
  if (same && w != NULL && get_sheet_row (w) != NULL)
    same = FALSE;

  if (same)
    {
      w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list));
      for (guint i = 0; i < n; i++, w = gtk_widget_get_next_sibling (w))
        {
          g_autoptr(KoersSheetRow) item = g_list_model_get_item (sheet, i);
          SheetRow *row = get_sheet_row (w);
          const char *note = koers_sheet_row_get_note (item);

          if (row == NULL)
            break;
          row->status = koers_sheet_row_get_status (item);
          row->enrolled = koers_sheet_row_get_enrolled (item);
          g_free (row->note);
          row->note = note != NULL && *note != '\0' ? g_strdup (note) : NULL;
          if (!gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (row->note_button)))))
            gtk_editable_set_text (row->note_entry, row->note ? row->note : "");
          show_sheet_row (self, row, koers_sheet_row_get_code (item));
        }
    }
  else
    {
      focus_row = focused_sheet_row (self);
      if (focus_row != NULL)
        refocus = get_sheet_row (focus_row)->participant_id;
      while ((w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list))) != NULL)
        gtk_list_box_remove (self->sheet_list, w);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KoersSheetRow) item = g_list_model_get_item (sheet, i);
          GtkWidget *row = new_sheet_row (self, item);

          gtk_list_box_append (self->sheet_list, row);
          if (refocus != 0 && refocus == koers_sheet_row_get_participant_id (item))
            gtk_widget_grab_focus (row);
        }
    }
  update_count (self);
}

/* ---- adding someone who is not enrolled ---- */

static void
on_add_search_changed_cb (KoersTrainingView *self)
{
  g_autoptr(GArray) ids = NULL;
  const char *text = gtk_editable_get_text (self->add_search);
  GtkWidget *w;
  guint shown = 0;

  while ((w = gtk_widget_get_first_child (GTK_WIDGET (self->add_list))) != NULL)
    gtk_list_box_remove (self->add_list, w);
  if (self->store == NULL || *text == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->add_list), FALSE);
      return;
    }
  ids = koers_store_find_participants (self->store, text, NULL, KOERS_PARTICIPANT_COLUMN_NAME,
                                       FALSE, NULL);
  for (guint i = 0; ids != NULL && i < ids->len && shown < MAX_FOUND; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(KoersParticipant) participant = NULL;
      g_autofree char *name = NULL;
      gboolean on_sheet = FALSE;
      GtkWidget *row;

      for (w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list)); w != NULL && !on_sheet;
           w = gtk_widget_get_next_sibling (w))
        on_sheet = get_sheet_row (w) != NULL && get_sheet_row (w)->participant_id == id;
      if (on_sheet)
        continue;
      /* Only name and code: a trainer sees no more of a dossier. */
      participant = koers_store_get_participant (self->store, id, NULL);
      if (participant == NULL)
        continue;
      name = koers_participant_dup_display_name (participant);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), koers_participant_get_code (participant));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "koers-participant-id",
                              g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->add_list, row);
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No one found"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->add_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->add_list), TRUE);
}

static void
add_participant (KoersTrainingView *self,
                 gint64             participant_id)
{
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->add_popover);
  if (!can_mark (self))
    return;
  /* Marked present, they are on the sheet of this session. */
  if (!koers_store_mark_attendance (self->store, koers_training_session_get_id (self->shown),
                                    participant_id, KOERS_ATTENDANCE_PRESENT, NULL, &error))
    koers_show_error (GTK_WIDGET (self), _("The Participant Could Not Be Added"), error);
  else
    koers_training_view_reload (self);
}

static void
on_add_list_row_activated_cb (KoersTrainingView *self,
                              GtkListBoxRow     *row)
{
  const gint64 *id = g_object_get_data (G_OBJECT (row), "koers-participant-id");

  if (id != NULL)
    add_participant (self, *id);
}

static void
on_add_search_activate_cb (KoersTrainingView *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->add_list, 0);

  if (first != NULL)
    on_add_list_row_activated_cb (self, first);
}

static void
on_add_popover_show_cb (KoersTrainingView *self)
{
  gtk_editable_set_text (self->add_search, "");
  on_add_search_changed_cb (self);
}

static void
move_focus_on (KoersTrainingView *self,
               GtkWidget         *row)
{
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->sheet_list,
                                                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);

  gtk_widget_grab_focus (next != NULL ? GTK_WIDGET (next) : row);
}

static void
mark_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);
  GtkWidget *row = focused_sheet_row (self);
  const char *key = g_variant_get_string (parameter, NULL);
  int status = -1;

  for (int i = 0; i < 4; i++)
    if (g_ascii_strcasecmp (key, mark_keys[i]) == 0)
      status = i;
  if (row == NULL || status < 0)
    return;
  if (mark_row (self, row, status))
    move_focus_on (self, row);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);
  GtkWidget *row = focused_sheet_row (self);

  if (row != NULL)
    mark_row (self, row, -1);
}

static void
everyone_present_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->sheet_list)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      SheetRow *row = get_sheet_row (w);

      /* One failure is one dialog, not one per row. */
      if (row != NULL && row->status < 0 && !mark_row (self, w, KOERS_ATTENDANCE_PRESENT))
        break;
    }
}

static void
cancel_session (KoersTrainingView *self,
                const char        *reason)
{
  g_autoptr(GError) error = NULL;

  if (self->shown == NULL || self->store == NULL)
    return;
  if (!koers_store_cancel_session (self->store, koers_training_session_get_id (self->shown),
                                   reason, &error))
    koers_show_error (GTK_WIDGET (self), reason ? _("The Session Could Not Be Cancelled")
                                                : _("The Session Could Not Be Reinstated"),
                      error);
  else
    koers_training_view_reload (self);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "cancel-session", *reason != '\0');
}

static void
on_cancel_dialog_response_cb (AdwMessageDialog  *dialog,
                              const char        *response,
                              KoersTrainingView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "cancel-session") && *reason != '\0')
    cancel_session (self, reason);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *day = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->shown == NULL)
    return;
  day = koers_training_format_day (koers_training_session_get_date (self->shown));
  /* Translators: %s is a course, %s a day: "Sales on Tuesday 24-11-2026" */
  body = g_strdup_printf (_("%s on %s does not take place, and does not count for anyone’s "
                            "attendance. Why not?"),
                          koers_training_session_get_course_title (self->shown), day);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Cancel Session?"), body);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, such as “trainer ill”"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 200);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Session"),
                                    "cancel-session", _("_Cancel Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-session",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel-session", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel-session");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_dialog_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_move_dialog_response_cb (AdwMessageDialog  *dialog,
                            const char        *response,
                            KoersTrainingView *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *date_entry = g_object_get_data (G_OBJECT (dialog), "koers-date");
  GtkEditable *time_entry = g_object_get_data (G_OBJECT (dialog), "koers-time");
  g_autofree char *date = koers_date_parse_user (gtk_editable_get_text (date_entry), FALSE);

  if (!g_str_equal (response, "move") || self->shown == NULL || self->store == NULL)
    return;
  if (date == NULL || *date == '\0')
    g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                         _("Type the date as day-month-year, such as 03-02-2027."));
  else
    koers_store_move_session (self->store, koers_training_session_get_id (self->shown), date,
                              gtk_editable_get_text (time_entry), &error);
  if (error != NULL)
    koers_show_error (GTK_WIDGET (self), _("The Session Could Not Be Moved"), error);
  else
    koers_training_view_reload (self);
}

/* Moving a session to another day or time: its marks go with it. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *day = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->shown == NULL)
    return;
  day = koers_date_format_user (koers_training_session_get_date (self->shown));
  body = g_strdup_printf (_("%s to another day (day-month-year) or time (hh:mm)."),
                          koers_training_session_get_course_title (self->shown));
  dialog = koers_entries_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     _("Move Session?"), body, "move", _("_Move"),
                                     "koers-date", _("Date (day-month-year)"), day,
                                     "koers-time", _("Start time (hh:mm)"),
                                     koers_training_session_get_start_time (self->shown));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reinstate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cancel_session (KOERS_TRAINING_VIEW (widget), NULL);
}
/* ---- the class ---- */

/* Called from the view's class_init: the sheet's actions and template callbacks. */
void
koers_training_view_class_init_sheet (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_add_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_popover_show_cb);

  /* The keys of the sheet (P, L, E, A, Delete) as actions, so that they can be driven like
   * any other action, and tested. */
  gtk_widget_class_install_action (widget_class, "sheet.mark", "s", mark_action);
  gtk_widget_class_install_action (widget_class, "sheet.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "sheet.everyone-present", NULL,
                                   everyone_present_action);
  gtk_widget_class_install_action (widget_class, "sheet.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "sheet.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "sheet.reinstate", NULL, reinstate_action);
}

/* Called from the view's init, after the template. */
void
koers_training_view_init_sheet (KoersTrainingView *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  /* Only while the focus is on the sheet; a note being typed gets its letters first. */
  for (int i = 0; i < 4; i++)
    koers_training_add_key (GTK_SHORTCUT_CONTROLLER (keys),
                            gdk_keyval_to_lower (gdk_keyval_from_name (mark_keys[i])), 0,
                            "sheet.mark", g_variant_new_string (mark_keys[i]));
  koers_training_add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Delete, 0, "sheet.clear",
                          NULL);
  koers_training_add_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_BackSpace, 0, "sheet.clear",
                          NULL);
  gtk_widget_add_controller (GTK_WIDGET (self->sheet_list), keys);
}
