/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "koers-courses-window.h"
#include "koers-entries-dialog.h"
#include "koers-error-dialog.h"

/* The courses: the list, and per course when and where it runs, who is enrolled with their
 * attendance rate and any sessions missed in a row; enrolling someone, and adding a
 * course. Attendance itself is marked on the sheets of the Training view. */

struct _KoersCoursesWindow
{
  AdwWindow            parent_instance;

  GtkListBox          *course_list;
  GtkStack            *detail_stack;
  AdwPreferencesGroup *course_group;
  AdwActionRow        *when_row;
  AdwActionRow        *where_row;
  AdwPreferencesGroup *enrolled_group;
  AdwEntryRow         *enrol_row;
  AdwPreferencesGroup *new_group;
  AdwEntryRow         *title_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *trainer_row;
  AdwEntryRow         *location_row;
  GtkSwitch           *weekly_switch;
  AdwEntryRow         *first_row;
  AdwEntryRow         *last_row;
  AdwEntryRow         *time_row;
  GtkSpinButton       *minutes_spin;

  KoersSession        *session;
  GListModel          *courses;
  gint64               course_id;
  GArray              *trainer_ids;    /* gint64 per trainer choice; 0 = none */
  GPtrArray           *enrolled_rows;
  guint                reload_source;
};

G_DEFINE_FINAL_TYPE (KoersCoursesWindow, koers_courses_window, ADW_TYPE_WINDOW)

static KoersStore *
store (KoersCoursesWindow *self)
{
  return koers_session_get_store (self->session);
}

static char *
describe_when (KoersCourse *course)
{
  g_autofree char *first = koers_date_format_user (koers_course_get_first_date (course));
  g_autofree char *last = koers_date_format_user (koers_course_get_last_date (course));
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *weekday = NULL;
  int y, m, d;

  if (!koers_course_get_weekly (course))
    /* Translators: a one-day course: its date, time and length */
    return g_strdup_printf (_("%s at %s, %d minutes"), first, koers_course_get_start_time (course),
                            koers_course_get_duration_minutes (course));
  sscanf (koers_course_get_first_date (course), "%d-%d-%d", &y, &m, &d);
  day = g_date_time_new_local (y, m, d, 12, 0, 0);
  weekday = day ? g_date_time_format (day, "%A") : g_strdup ("");
  /* Translators: a weekly course: weekday, time, length, first and last date */
  return g_strdup_printf (_("Every %s at %s, %d minutes, %s to %s"), weekday,
                          koers_course_get_start_time (course),
                          koers_course_get_duration_minutes (course), first, last);
}

static void
clear_enrolled (KoersCoursesWindow *self)
{
  for (guint i = 0; i < self->enrolled_rows->len; i++)
    adw_preferences_group_remove (self->enrolled_group, self->enrolled_rows->pdata[i]);
  g_ptr_array_set_size (self->enrolled_rows, 0);
}

static void
show_course (KoersCoursesWindow *self,
             KoersCourse        *course)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) enrolled = NULL;
  g_autofree char *when = describe_when (course);
  g_autofree char *where = NULL;
  GSettings *settings = koers_session_get_settings (self->session);
  int threshold = settings ? g_settings_get_int (settings, "absence-alert") : 2;
  KoersAttendancePoints points;

  koers_attendance_points_from_settings (settings, &points);

  self->course_id = koers_course_get_id (course);
  adw_preferences_group_set_title (self->course_group, koers_course_get_title (course));
  adw_preferences_group_set_description (self->course_group,
                                         koers_course_kind_get_label (koers_course_get_kind (course)));
  adw_action_row_set_subtitle (self->when_row, when);
  /* Translators: where a course is and who gives it */
  where = g_strdup_printf (_("%s · trainer %s"),
                           *koers_course_get_location (course) ? koers_course_get_location (course)
                                                               : _("No location yet"),
                           koers_course_get_trainer (course) ? koers_course_get_trainer (course)
                                                             : _("none yet"));
  adw_action_row_set_subtitle (self->where_row, where);

  clear_enrolled (self);
  enrolled = koers_store_list_enrolled (store (self), self->course_id, &error);
  for (guint i = 0; enrolled != NULL && i < g_list_model_get_n_items (enrolled); i++)
    {
      g_autoptr(KoersSheetRow) person = g_list_model_get_item (enrolled, i);
      gint64 pid = koers_sheet_row_get_participant_id (person);
      g_autofree char *title = g_strdup_printf ("%s · %s", koers_sheet_row_get_name (person),
                                                koers_sheet_row_get_code (person));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      double rate = 0;
      guint planned = 0;
      int missed;

      koers_store_get_attendance_rate (store (self), pid, self->course_id, NULL, NULL, &points,
                                       &rate, &planned, NULL);
      missed = koers_store_count_missed_in_a_row (store (self), pid, self->course_id, NULL);
      if (planned == 0)
        subtitle = g_strdup (_("No sessions yet"));
      else
        /* Translators: an attendance rate and the number of sessions it is over */
        subtitle = g_strdup_printf (ngettext ("Attendance %.0f%% of %u session",
                                              "Attendance %.0f%% of %u sessions", planned),
                                    rate * 100, planned);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (!koers_sheet_row_get_enrolled (person))
        gtk_widget_add_css_class (row, "dim-label");
      if (missed >= threshold)
        {
          g_autofree char *text = g_strdup_printf (ngettext ("Missed %d in a row",
                                                             "Missed %d in a row", missed),
                                                   missed);
          GtkWidget *badge = gtk_label_new (text);
          gtk_widget_add_css_class (badge, "koers-badge");
          gtk_widget_add_css_class (badge, "error");
          gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
        }
      adw_preferences_group_add (self->enrolled_group, row);
      g_ptr_array_add (self->enrolled_rows, row);
    }
  gtk_stack_set_visible_child_name (self->detail_stack, "course");
}

static void
reload (KoersCoursesWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  KoersCourse *selected = NULL;

  g_clear_object (&self->courses);
  self->courses = koers_store_list_courses (store (self), &error);
  if (self->courses == NULL)
    {
      koers_show_error (GTK_WIDGET (self), _("The Courses Could Not Be Read"), error);
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->course_list))) != NULL)
    gtk_list_box_remove (self->course_list, child);
  for (guint i = 0; i < g_list_model_get_n_items (self->courses); i++)
    {
      g_autoptr(KoersCourse) course = g_list_model_get_item (self->courses, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: a course in the list: its kind and how many are enrolled */
      subtitle = g_strdup_printf (ngettext ("%s · %u enrolled", "%s · %u enrolled",
                                            koers_course_get_n_enrolled (course)),
                                  koers_course_kind_get_label (koers_course_get_kind (course)),
                                  koers_course_get_n_enrolled (course));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), koers_course_get_title (course));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (row), "koers-index", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->course_list, row);
      if (koers_course_get_id (course) == self->course_id)
        {
          gtk_list_box_select_row (self->course_list, GTK_LIST_BOX_ROW (row));
          selected = course;
        }
    }
  if (selected != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "course") == 0)
    show_course (self, selected);
}

static gboolean
reload_idle_cb (gpointer data)
{
  KoersCoursesWindow *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (KoersCoursesWindow *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
on_row_selected_cb (GtkListBox         *list,
                    GtkListBoxRow      *row,
                    KoersCoursesWindow *self)
{
  g_autoptr(KoersCourse) course = NULL;

  if (row == NULL)
    return;
  course = g_list_model_get_item (self->courses,
                                  GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "koers-index")));
  show_course (self, course);
}

/* Enrolling from today, found by name or dossier code; several matches ask for more. */
static void
on_enrol_apply_cb (AdwEntryRow        *row,
                   KoersCoursesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) found = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *today = koers_today_iso ();

  found = koers_store_find_participants (store (self), text, NULL, KOERS_PARTICIPANT_COLUMN_NAME,
                                         FALSE, &error);
  if (found == NULL || found->len != 1)
    {
      g_autofree char *message = found == NULL || found->len == 0
        ? g_strdup (_("Nobody matches; type a name or a dossier code."))
        : g_strdup_printf (ngettext ("%u participant matches; type more of the name, or the dossier code.",
                                     "%u participants match; type more of the name, or the dossier code.",
                                     found->len), found->len);
      adw_preferences_group_set_description (self->enrolled_group, message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  if (koers_store_enrol (store (self), g_array_index (found, gint64, 0), self->course_id, today,
                         NULL, &error) == 0)
    {
      adw_preferences_group_set_description (self->enrolled_group, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  adw_preferences_group_set_description (self->enrolled_group, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersCoursesWindow *self = KOERS_COURSES_WINDOW (widget);

  gtk_list_box_unselect_all (self->course_list);
  adw_preferences_group_set_description (self->new_group, NULL);
  gtk_stack_set_visible_child_name (self->detail_stack, "new");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
form_error (KoersCoursesWindow *self,
            GtkWidget          *row,
            const char         *message)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->title_row), GTK_WIDGET (self->first_row),
                        GTK_WIDGET (self->last_row), GTK_WIDGET (self->time_row),
                        GTK_WIDGET (self->minutes_spin) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
  adw_preferences_group_set_description (self->new_group, message);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KoersCoursesWindow *self = KOERS_COURSES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->first_row)), FALSE);
  g_autofree char *last = koers_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->last_row)), FALSE);
  g_autofree char *title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  gboolean weekly = gtk_switch_get_active (self->weekly_switch);
  guint trainer = adw_combo_row_get_selected (self->trainer_row);
  gint64 id;

  /* Each refusal says what is wrong at the field it concerns; nothing typed is lost. The
   * store checks again, and says so in the group when it refuses. */
  if (*g_strstrip (title) == '\0')
    {
      form_error (self, GTK_WIDGET (self->title_row), _("Give the course a name."));
      return;
    }
  if (first == NULL || *first == '\0')
    {
      form_error (self, GTK_WIDGET (self->first_row),
                  _("Type the first date as day-month-year, such as 03-02-2027."));
      return;
    }
  if (weekly && (last == NULL || *last == '\0'))
    {
      form_error (self, GTK_WIDGET (self->last_row),
                  _("Type the last date as day-month-year, such as 30-06-2027."));
      return;
    }
  if (weekly && strcmp (last, first) < 0)
    {
      form_error (self, GTK_WIDGET (self->last_row), _("The last date lies before the first."));
      return;
    }
  if (!g_regex_match_simple ("^([01][0-9]|2[0-3]):[0-5][0-9]$",
                             gtk_editable_get_text (GTK_EDITABLE (self->time_row)), 0, 0))
    {
      form_error (self, GTK_WIDGET (self->time_row),
                  _("Type the time as hours and minutes, such as 19:30."));
      return;
    }
  if (gtk_spin_button_get_value_as_int (self->minutes_spin) < 1)
    {
      form_error (self, GTK_WIDGET (self->minutes_spin),
                  _("A session lasts from one minute to twelve hours."));
      return;
    }
  id = koers_store_add_course (store (self), title, adw_combo_row_get_selected (self->kind_row),
                               trainer < self->trainer_ids->len
                                 ? g_array_index (self->trainer_ids, gint64, trainer) : 0,
                               gtk_editable_get_text (GTK_EDITABLE (self->location_row)), weekly,
                               gtk_editable_get_text (GTK_EDITABLE (self->time_row)),
                               gtk_spin_button_get_value_as_int (self->minutes_spin),
                               first, weekly ? last : first, &error);
  if (id == 0)
    {
      if (g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        form_error (self, NULL, error->message);
      else
        koers_show_error (widget, _("The Course Could Not Be Added"), error);
      return;
    }
  form_error (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  self->course_id = id;
  gtk_stack_set_visible_child_name (self->detail_stack, "course");
  reload (self);
}

static void
on_dates_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      KoersCoursesWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *first_entry = g_object_get_data (G_OBJECT (dialog), "koers-first");
  GtkEditable *last_entry = g_object_get_data (G_OBJECT (dialog), "koers-last");
  g_autofree char *first = koers_date_parse_user (gtk_editable_get_text (first_entry), FALSE);
  g_autofree char *last = koers_date_parse_user (gtk_editable_get_text (last_entry), FALSE);

  if (g_strcmp0 (response, "change") != 0)
    return;
  if (first == NULL || *first == '\0' || last == NULL || *last == '\0')
    {
      g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Type both dates as day-month-year, such as 30-06-2027."));
      koers_show_error (GTK_WIDGET (self), _("The Dates Could Not Be Changed"), error);
      return;
    }
  if (!koers_store_set_course_dates (store (self), self->course_id, first, last, &error))
    koers_show_error (GTK_WIDGET (self), _("The Dates Could Not Be Changed"), error);
}

/* New dates regenerate only future sessions nobody marked; the dialog says so. */
static void
change_dates_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KoersCoursesWindow *self = KOERS_COURSES_WINDOW (widget);
  g_autoptr(KoersCourse) course = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GtkWidget *dialog;

  for (guint i = 0; self->courses != NULL && i < g_list_model_get_n_items (self->courses); i++)
    {
      g_autoptr(KoersCourse) c = g_list_model_get_item (self->courses, i);
      if (koers_course_get_id (c) == self->course_id)
        course = g_steal_pointer (&c);
    }
  if (course == NULL)
    return;
  first = koers_date_format_user (koers_course_get_first_date (course));
  last = koers_date_format_user (koers_course_get_last_date (course));
  dialog = koers_entries_dialog_new (GTK_WINDOW (self), _("Change the Course Dates?"),
                                     _("Sessions from today on that nobody marked yet follow "
                                       "the new dates; past sessions, and sessions with marks, "
                                       "stay as they are."),
                                     "change", _("C_hange"),
                                     "koers-first", _("First date (day-month-year)"), first,
                                     "koers-last", _("Last date (day-month-year)"), last);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dates_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_session_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        KoersCoursesWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *date_entry = g_object_get_data (G_OBJECT (dialog), "koers-date");
  GtkEditable *time_entry = g_object_get_data (G_OBJECT (dialog), "koers-time");
  g_autofree char *date = koers_date_parse_user (gtk_editable_get_text (date_entry), FALSE);
  int minutes = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "koers-minutes"));

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (date == NULL || *date == '\0')
    g_set_error_literal (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                         _("Type the date as day-month-year, such as 03-02-2027."));
  else
    koers_store_add_session (store (self), self->course_id, date,
                             gtk_editable_get_text (time_entry), minutes, &error);
  if (error != NULL)
    koers_show_error (GTK_WIDGET (self), _("The Session Could Not Be Added"), error);
}

static void
add_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KoersCoursesWindow *self = KOERS_COURSES_WINDOW (widget);
  g_autoptr(KoersCourse) course = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  for (guint i = 0; self->courses != NULL && i < g_list_model_get_n_items (self->courses); i++)
    {
      g_autoptr(KoersCourse) c = g_list_model_get_item (self->courses, i);
      if (koers_course_get_id (c) == self->course_id)
        course = g_steal_pointer (&c);
    }
  if (course == NULL)
    return;
  body = g_strdup_printf (_("An extra session of “%s”, on a day (day-month-year) and at a "
                            "time (hh:mm)."), koers_course_get_title (course));
  dialog = koers_entries_dialog_new (GTK_WINDOW (self), _("Add a Session?"), body,
                                     "add", _("_Add"),
                                     "koers-date", _("Date (day-month-year)"), NULL,
                                     "koers-time", _("Start time (hh:mm)"),
                                     koers_course_get_start_time (course));
  g_object_set_data (G_OBJECT (dialog), "koers-minutes",
                     GINT_TO_POINTER (koers_course_get_duration_minutes (course)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_session_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
kind_choice (int kind)
{
  return koers_course_kind_get_label (kind);
}

static void
fill_choices (KoersCoursesWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) trainers = gtk_string_list_new (NULL);
  g_autoptr(GListModel) staff = koers_store_list_staff (store (self), NULL);
  gint64 none = 0;

  for (int k = 0; k <= KOERS_COURSE_KIND_OTHER; k++)
    gtk_string_list_append (kinds, kind_choice (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  gtk_string_list_append (trainers, _("Not chosen yet"));
  g_array_append_val (self->trainer_ids, none);
  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) person = g_list_model_get_item (staff, i);
      gint64 id = koers_staff_get_id (person);
      gtk_string_list_append (trainers, koers_staff_get_name (person));
      g_array_append_val (self->trainer_ids, id);
    }
  adw_combo_row_set_model (self->trainer_row, G_LIST_MODEL (trainers));
}

static void
koers_courses_window_dispose (GObject *object)
{
  KoersCoursesWindow *self = KOERS_COURSES_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KOERS_TYPE_COURSES_WINDOW);
  g_clear_object (&self->courses);
  g_clear_object (&self->session);
  g_clear_pointer (&self->trainer_ids, g_array_unref);
  g_clear_pointer (&self->enrolled_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (koers_courses_window_parent_class)->dispose (object);
}

static void
koers_courses_window_class_init (KoersCoursesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = koers_courses_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/koers-courses-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KoersCoursesWindow, name)
  BIND (course_list);
  BIND (detail_stack);
  BIND (course_group);
  BIND (when_row);
  BIND (where_row);
  BIND (enrolled_group);
  BIND (enrol_row);
  BIND (new_group);
  BIND (title_row);
  BIND (kind_row);
  BIND (trainer_row);
  BIND (location_row);
  BIND (weekly_switch);
  BIND (first_row);
  BIND (last_row);
  BIND (time_row);
  BIND (minutes_spin);
#undef BIND

  gtk_widget_class_install_action (widget_class, "courses.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "courses.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "courses.change-dates", NULL,
                                   change_dates_action);
  gtk_widget_class_install_action (widget_class, "courses.add-session", NULL,
                                   add_session_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "courses.new", NULL);
}

static void
koers_courses_window_init (KoersCoursesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->trainer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->enrolled_rows = g_ptr_array_new ();
  g_signal_connect_object (self->course_list, "row-selected",
                           G_CALLBACK (on_row_selected_cb), self, 0);
  g_signal_connect_object (self->enrol_row, "apply", G_CALLBACK (on_enrol_apply_cb), self, 0);
}

/**
 * koers_courses_window_new:
 * @parent: the main window
 * @session: the open database
 *
 * Returns: (transfer full): the courses window.
 */
GtkWidget *
koers_courses_window_new (GtkWindow    *parent,
                          KoersSession *session)
{
  KoersCoursesWindow *self = g_object_new (KOERS_TYPE_COURSES_WINDOW, "transient-for", parent,
                                           NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_choices (self);
  reload (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.add",
                                 !koers_store_is_read_only (store (self)));
  return GTK_WIDGET (self);
}

/**
 * koers_courses_window_select:
 * @self: the courses window
 * @course_id: a course
 *
 * Shows one course, as clicking it in the list does.
 */
void
koers_courses_window_select (KoersCoursesWindow *self,
                             gint64              course_id)
{
  g_return_if_fail (KOERS_IS_COURSES_WINDOW (self));

  self->course_id = course_id;
  gtk_stack_set_visible_child_name (self->detail_stack, "course");
  reload (self);
}
