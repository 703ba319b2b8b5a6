/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "koers-courses-window.h"
#include "koers-error-dialog.h"
#include "koers-training-view-private.h"

/* Training for trainers: the sessions of one week, and the attendance sheet of the session
 * chosen there (koers-training-view-sheet.c). A trainer marks a room one key at a time
 * (P, L, E, A, then the next row), and every mark is saved at once. A trainer sees name,
 * code and attendance of the people on a sheet, nothing else of their dossier. */

G_DEFINE_FINAL_TYPE (KoersTrainingView, koers_training_view, KOERS_TYPE_VIEW)

/* Training for trainers: the sessions of one week, and the attendance sheet of the session
 * chosen there. A trainer marks a room one key at a time (P, L, E, A, then the next row),
 * and every mark is saved at once. A trainer sees name, code and attendance of the people
 * on a sheet, nothing else of their dossier. */

/* ---- dates ---- */

static GDateTime *
date_from_iso (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static char *
iso_add_days (const char *iso,
              int         days)
{
  g_autoptr(GDateTime) date = date_from_iso (iso);
  g_autoptr(GDateTime) moved = NULL;

  if (date == NULL)
    return NULL;
  moved = g_date_time_add_days (date, days);
  return g_date_time_format (moved, "%Y-%m-%d");
}

/* "Tuesday 24-11-2026" */
char *
koers_training_format_day (const char *iso)
{
  g_autoptr(GDateTime) date = date_from_iso (iso);
  g_autofree char *weekday = date ? g_date_time_format (date, "%A") : g_strdup ("");
  g_autofree char *user = koers_date_format_user (iso);

  /* Translators: a weekday and a date, "Tuesday 24-11-2026" */
  return g_strdup_printf (C_("day", "%s %s"), weekday, user);
}

/* "19:00–21:00" */
char *
koers_training_format_times (KoersTrainingSession *session)
{
  const char *start = koers_training_session_get_start_time (session);
  int h = 0, m = 0, end;

  if (start == NULL || sscanf (start, "%d:%d", &h, &m) != 2)
    return g_strdup (start ? start : "");
  end = (h * 60 + m + koers_training_session_get_duration_minutes (session)) % (24 * 60);
  return g_strdup_printf ("%s–%02d:%02d", start, end / 60, end % 60);
}

void
koers_training_append_part (GString    *out,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

/* ---- the week ---- */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static char *
marked_text (KoersTrainingSession *session,
             const char           *today)
{
  guint enrolled = koers_training_session_get_n_enrolled (session);
  guint marked = koers_training_session_get_n_marked (session);

  /* Ahead of a session nobody is marked yet: then how many are expected says more. */
  if (marked == 0 && g_strcmp0 (koers_training_session_get_date (session), today) > 0)
    return g_strdup_printf (ngettext ("%u enrolled", "%u enrolled", enrolled), enrolled);
  /* Translators: "3 of 12 marked": how many of those enrolled have an attendance mark */
  return g_strdup_printf (ngettext ("%u of %u marked", "%u of %u marked", enrolled),
                          marked, enrolled);
}

static GtkWidget *
new_session_row (KoersTrainingSession *session,
                 const char           *today,
                 gboolean              shown)
{
  const char *reason = koers_training_session_get_cancelled_reason (session);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *times = koers_training_format_times (session);
  g_autofree char *marked = marked_text (session, today);
  const char *dash = strstr (times, "–");
  g_autofree char *start = dash ? g_strndup (times, dash - times) : g_strdup (times);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *start_label = gtk_label_new (start);
  GtkWidget *end_label = gtk_label_new (dash ? dash + strlen ("–") : NULL);

  if (reason != NULL)
    {
      g_autofree char *cancelled = g_strdup_printf (_("Cancelled: %s"), reason);

      g_string_append (subtitle, cancelled);
      gtk_widget_add_css_class (row, "koers-cancelled");
    }
  else
    {
      koers_training_append_part (subtitle, koers_training_session_get_location (session));
      koers_training_append_part (subtitle, koers_training_session_get_trainer (session));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 koers_training_session_get_course_title (session));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* Side by side with the sheet, the week shows whose sheet it is. */
  if (shown)
    gtk_widget_add_css_class (row, "koers-shown");

  /* Start above end: a narrow column, which leaves the course title room on a phone. */
  gtk_widget_set_valign (time, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start_label, "numeric");
  gtk_widget_add_css_class (start_label, "heading");
  gtk_widget_add_css_class (end_label, "numeric");
  gtk_widget_add_css_class (end_label, "caption");
  gtk_widget_add_css_class (end_label, "dim-label");
  gtk_box_append (GTK_BOX (time), start_label);
  gtk_box_append (GTK_BOX (time), end_label);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), time);
  if (reason == NULL)
    {
      GtkWidget *count = gtk_label_new (marked);

      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "training.open-session");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (koers_training_session_get_id (session)));
  return row;
}

/* The session id of the week row that has the focus, or 0. */
static gint64
focused_session (KoersTrainingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GVariant *target;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (ADW_IS_ACTION_ROW (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->week_box)))
      {
        target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus));
        return target ? g_variant_get_int64 (target) : 0;
      }
  return 0;
}

static void
show_week (KoersTrainingView *self)
{
  g_autofree char *today = koers_today_iso ();
  g_autofree char *this_monday = koers_schedule_week_start (today);
  g_autofree char *sunday = iso_add_days (self->monday, 6);
  g_autofree char *from = koers_date_format_user (self->monday);
  g_autofree char *until = koers_date_format_user (sunday);
  g_autofree char *dates = NULL;
  g_autofree char *week_text = NULL;
  g_autoptr(GDateTime) start = date_from_iso (self->monday);
  gint64 refocus = focused_session (self);
  GtkWidget *list = NULL;
  const char *day = NULL;
  guint n = self->week ? g_list_model_get_n_items (self->week) : 0;

  week_text = g_strdup_printf (_("Week %d"), start ? g_date_time_get_week_of_year (start) : 0);
  gtk_label_set_label (self->week_label, week_text);
  dates = g_strdup_printf ("%s – %s", from, until);
  gtk_label_set_label (self->week_dates_label, dates);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.this-week",
                                 g_strcmp0 (self->monday, this_monday) != 0);

  clear_box (self->week_box);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersTrainingSession) session = g_list_model_get_item (self->week, i);
      const char *date = koers_training_session_get_date (session);
      GtkWidget *row;

      /* One group per day, with the day as its title; the store gives them by day. */
      if (g_strcmp0 (date, day) != 0)
        {
          GtkWidget *group = adw_preferences_group_new ();
          g_autofree char *title = koers_training_format_day (date);

          if (g_strcmp0 (date, today) == 0)
            {
              /* Translators: a day title, "Saturday 28-11-2026 · Today" */
              g_autofree char *with_today = g_strdup_printf (_("%s · Today"), title);

              g_free (title);
              title = g_steal_pointer (&with_today);
            }
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
          gtk_box_append (self->week_box, group);
          day = date;
        }
      row = new_session_row (session, today,
                             self->shown != NULL
                             && koers_training_session_get_id (self->shown)
                                == koers_training_session_get_id (session));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      if (refocus != 0 && refocus == koers_training_session_get_id (session))
        gtk_widget_grab_focus (row);
    }
  gtk_stack_set_visible_child_name (self->week_stack, n > 0 ? "sessions" : "empty");
}

/* The session with @id: in the week shown, or else in its own week. */
static KoersTrainingSession *
find_session (KoersTrainingView *self,
              GListModel        *week,
              gint64             id)
{
  guint n = week ? g_list_model_get_n_items (week) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersTrainingSession) session = g_list_model_get_item (week, i);

      if (koers_training_session_get_id (session) == id)
        return g_steal_pointer (&session);
    }
  return NULL;
}

/* Reads the week shown and the open sheet again from the store, now: after a change made
 * here that should show at once, and from the idle after any change to the store. */
void
koers_training_view_reload (KoersTrainingView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersTrainingSession) shown = NULL;

  self->stale = FALSE;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->week);
  if (self->store != NULL)
    {
      self->week = koers_store_list_week (self->store, self->monday, &error);
      if (self->week == NULL)
        koers_show_error (GTK_WIDGET (self), _("The Sessions Could Not Be Read"), error);
    }

  /* The sheet follows the store too: it may have been cancelled, or changed by undo. */
  if (self->shown != NULL && self->store != NULL)
    {
      gint64 id = koers_training_session_get_id (self->shown);

      shown = find_session (self, self->week, id);
      if (shown == NULL)
        {
          g_autofree char *monday = koers_schedule_week_start (koers_training_session_get_date (self->shown));
          g_autoptr(GListModel) other = koers_store_list_week (self->store, monday, NULL);

          shown = find_session (self, other, id);
        }
    }
  g_set_object (&self->shown, shown);
  show_week (self);
  koers_training_view_load_sheet (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  KoersTrainingView *self = data;

  self->reload_source = 0;
  koers_training_view_reload (self);
  return G_SOURCE_REMOVE;
}

/* From an idle: a change may come from a toggle inside a row while it handles its signal,
 * and one read follows a burst of marks ("Everyone Present"). */
static void
queue_reload (KoersTrainingView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle_cb, self, NULL);
}

static void
on_session_changed_cb (KoersTrainingView *self)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (self));
  KoersStore *store = session ? koers_session_get_store (session) : NULL;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (queue_reload), self,
                             G_CONNECT_SWAPPED);
  g_clear_object (&self->shown);
  koers_training_view_reload (self);
}

static void
on_leaflet_folded_cb (KoersTrainingView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  /* Side by side, Alt+Left is the previous week; the leaflet would take it to go "back" to
   * a page that is already on screen. */
  adw_leaflet_set_can_navigate_back (self->leaflet, folded);
}

/* ---- actions ---- */

static void
go_to_week (KoersTrainingView *self,
            char              *monday)
{
  if (monday == NULL)
    return;
  g_free (self->monday);
  self->monday = monday;
  koers_training_view_reload (self);
}

/* The courses themselves (adding one, enrolling people, their rates) in a window of
 * their own: the week and the sheets stay as they were. */
static void
courses_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KoersSession *session = koers_view_get_session (KOERS_VIEW (widget));
  GtkRoot *root = gtk_widget_get_root (widget);

  if (session != NULL)
    gtk_window_present (GTK_WINDOW (koers_courses_window_new (GTK_IS_WINDOW (root)
                                                              ? GTK_WINDOW (root) : NULL,
                                                              session)));
}

static void
week_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);

  if (g_str_equal (action_name, "training.previous-week"))
    go_to_week (self, iso_add_days (self->monday, -7));
  else if (g_str_equal (action_name, "training.next-week"))
    go_to_week (self, iso_add_days (self->monday, 7));
  else
    {
      g_autofree char *today = koers_today_iso ();

      go_to_week (self, koers_schedule_week_start (today));
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
open_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);
  g_autoptr(KoersTrainingSession) session = find_session (self, self->week,
                                                          g_variant_get_int64 (parameter));
  GtkWidget *first;

  if (session == NULL)
    return;
  g_set_object (&self->shown, session);
  show_week (self);
  koers_training_view_load_sheet (self);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sheet_stack));
  /* Ready to mark with the keyboard. */
  first = GTK_WIDGET (gtk_list_box_get_row_at_index (self->sheet_list, 0));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* ---- the class ---- */

/* A key for a named action, with its argument. */
void
koers_training_add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        modifiers,
         const char            *action,
         GVariant              *target)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (target != NULL)
    gtk_shortcut_set_arguments (shortcut, target);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
koers_training_view_map (GtkWidget *widget)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (widget);

  GTK_WIDGET_CLASS (koers_training_view_parent_class)->map (widget);
  if (self->stale)
    queue_reload (self);
}

static void
koers_training_view_dispose (GObject *object)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->week);
  g_clear_object (&self->shown);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_TRAINING_VIEW);

  G_OBJECT_CLASS (koers_training_view_parent_class)->dispose (object);
}

static void
koers_training_view_finalize (GObject *object)
{
  KoersTrainingView *self = KOERS_TRAINING_VIEW (object);

  g_free (self->monday);

  G_OBJECT_CLASS (koers_training_view_parent_class)->finalize (object);
}

static void
koers_training_view_class_init (KoersTrainingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_training_view_dispose;
  object_class->finalize = koers_training_view_finalize;
  widget_class->map = koers_training_view_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-training-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, week_pane);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, week_label);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, week_dates_label);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, week_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, week_box);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, sheet_stack);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, back_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, sheet_title);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, sheet_subtitle);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, cancelled_revealer);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, cancelled_label);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, sheet_count_label);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, add_button);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, add_search);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, add_list);
  gtk_widget_class_bind_template_child (widget_class, KoersTrainingView, sheet_list);
  gtk_widget_class_bind_template_child_full (widget_class, "week_empty_page", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "everyone_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "this_week_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sheet_menu_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "training.courses", NULL, courses_action);
  gtk_widget_class_install_action (widget_class, "training.previous-week", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "training.next-week", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "training.this-week", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "training.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "training.open-session", "x",
                                   open_session_action);
  koers_training_view_class_init_sheet (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "training.previous-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "training.next-week", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK,
                                       "training.this-week", NULL);
}

static void
koers_training_view_init (KoersTrainingView *self)
{
  GtkEventController *week_keys = gtk_shortcut_controller_new ();
  g_autofree char *today = koers_today_iso ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->monday = koers_schedule_week_start (today);

  /* Page Up/Down turn the weeks: ahead of the list, which would scroll with them. */
  gtk_event_controller_set_propagation_phase (week_keys, GTK_PHASE_CAPTURE);
  koers_training_add_key (GTK_SHORTCUT_CONTROLLER (week_keys), GDK_KEY_Page_Up, 0,
                          "training.previous-week", NULL);
  koers_training_add_key (GTK_SHORTCUT_CONTROLLER (week_keys), GDK_KEY_Page_Down, 0,
                          "training.next-week", NULL);
  gtk_widget_add_controller (self->week_pane, week_keys);

  koers_training_view_init_sheet (self);

  on_leaflet_folded_cb (self);
  g_signal_connect (self, "notify::session", G_CALLBACK (on_session_changed_cb), NULL);
  on_session_changed_cb (self);
}

/**
 * koers_training_view_new:
 * @session: (nullable): the session to show
 *
 * Returns: (transfer floating): a new training view: this week's sessions and their
 *   attendance sheets.
 */
GtkWidget *
koers_training_view_new (KoersSession *session)
{
  return g_object_new (KOERS_TYPE_TRAINING_VIEW, "session", session, NULL);
}

/**
 * koers_training_view_get_monday:
 * @self: a training view
 *
 * Returns: the Monday of the week shown, "YYYY-MM-DD".
 */
const char *
koers_training_view_get_monday (KoersTrainingView *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_VIEW (self), NULL);

  return self->monday;
}
