/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "koers-training.h"

/* Training: the calendar arithmetic of weekly courses, the weight of attendance marks, and
 * the records the store hands out for a week of sessions and an attendance sheet.
 *
 * Dates are calendar days (GDate), never instants: a course on Tuesday at 19:00 stays on
 * Tuesday at 19:00 through daylight-saving changes and year ends. */

/**
 * koers_schedule_weekly_dates:
 * @first_date: the first session, "YYYY-MM-DD"; its weekday is the course's
 * @last_date: the last day sessions may fall on
 *
 * Returns: (transfer full) (element-type utf8) (nullable): every date from @first_date
 *   through @last_date seven days apart, or %NULL when a date is not valid.
 */
GPtrArray *
koers_schedule_weekly_dates (const char *first_date,
                             const char *last_date)
{
  g_autoptr(GDate) day = koers_date_parse_iso (first_date);
  g_autoptr(GDate) last = koers_date_parse_iso (last_date);
  GPtrArray *dates;

  if (day == NULL || last == NULL || strlen (first_date) != 10 || strlen (last_date) != 10)
    return NULL;
  dates = g_ptr_array_new_with_free_func (g_free);
  while (g_date_compare (day, last) <= 0)
    {
      g_ptr_array_add (dates, koers_date_to_iso (day));
      g_date_add_days (day, 7);
    }
  return dates;
}

/**
 * koers_schedule_week_start:
 * @date: a day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the Monday of its week.
 */
char *
koers_schedule_week_start (const char *date)
{
  g_autoptr(GDate) day = koers_date_parse_iso (date);

  if (day == NULL || strlen (date) != 10)
    return NULL;
  g_date_subtract_days (day, g_date_get_weekday (day) - G_DATE_MONDAY);
  return koers_date_to_iso (day);
}

/**
 * koers_attendance_points_init:
 * @points: (out caller-allocates): points per mark
 *
 * Present 2, late 1, excused 1, absent 0: the organisation's default.
 */
void
koers_attendance_points_init (KoersAttendancePoints *points)
{
  points->points[KOERS_ATTENDANCE_PRESENT] = 2;
  points->points[KOERS_ATTENDANCE_LATE] = 1;
  points->points[KOERS_ATTENDANCE_EXCUSED] = 1;
  points->points[KOERS_ATTENDANCE_ABSENT] = 0;
}

/* ---- a session in a week ------------------------------------------------------------ */

struct _KoersTrainingSession
{
  GObject          parent_instance;

  gint64           id;
  gint64           course_id;
  char            *course_title;
  KoersCourseKind  kind;
  char            *date;
  char            *start_time;
  int              duration_minutes;
  char            *location;
  char            *trainer;
  char            *cancelled_reason;
  guint            n_enrolled;
  guint            n_marked;
};

G_DEFINE_FINAL_TYPE (KoersTrainingSession, koers_training_session, G_TYPE_OBJECT)

static void
koers_training_session_finalize (GObject *object)
{
  KoersTrainingSession *self = KOERS_TRAINING_SESSION (object);

  g_free (self->course_title);
  g_free (self->date);
  g_free (self->start_time);
  g_free (self->location);
  g_free (self->trainer);
  g_free (self->cancelled_reason);
  G_OBJECT_CLASS (koers_training_session_parent_class)->finalize (object);
}

static void
koers_training_session_class_init (KoersTrainingSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_training_session_finalize;
}

static void
koers_training_session_init (KoersTrainingSession *self)
{
}

/**
 * koers_training_session_new:
 * @id: the session
 * @course_id: its course
 * @course_title: the course's title
 * @kind: the course's kind
 * @date: "YYYY-MM-DD"
 * @start_time: "HH:MM"
 * @duration_minutes: how long
 * @location: (nullable): where
 * @trainer: (nullable): the trainer's name
 * @cancelled_reason: (nullable): why it does not take place; %NULL when it does
 * @n_enrolled: participants enrolled on its date
 * @n_marked: attendance marks made
 *
 * Returns: (transfer full): a session record.
 */
KoersTrainingSession *
koers_training_session_new (gint64          id,
                            gint64          course_id,
                            const char     *course_title,
                            KoersCourseKind kind,
                            const char     *date,
                            const char     *start_time,
                            int             duration_minutes,
                            const char     *location,
                            const char     *trainer,
                            const char     *cancelled_reason,
                            guint           n_enrolled,
                            guint           n_marked)
{
  KoersTrainingSession *self = g_object_new (KOERS_TYPE_TRAINING_SESSION, NULL);

  self->id = id;
  self->course_id = course_id;
  self->course_title = g_strdup (course_title);
  self->kind = kind;
  self->date = g_strdup (date);
  self->start_time = g_strdup (start_time);
  self->duration_minutes = duration_minutes;
  self->location = g_strdup (location);
  self->trainer = g_strdup (trainer);
  self->cancelled_reason = g_strdup (cancelled_reason);
  self->n_enrolled = n_enrolled;
  self->n_marked = n_marked;
  return self;
}

gint64
koers_training_session_get_id (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->id;
}
gint64
koers_training_session_get_course_id (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->course_id;
}
const char *
koers_training_session_get_course_title (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->course_title;
}
KoersCourseKind
koers_training_session_get_kind (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->kind;
}
const char *
koers_training_session_get_date (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->date;
}
const char *
koers_training_session_get_start_time (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->start_time;
}
int
koers_training_session_get_duration_minutes (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->duration_minutes;
}
const char *
koers_training_session_get_location (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->location;
}
const char *
koers_training_session_get_trainer (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->trainer;
}
const char *
koers_training_session_get_cancelled_reason (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), NULL);
  return self->cancelled_reason;
}
guint
koers_training_session_get_n_enrolled (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->n_enrolled;
}
guint
koers_training_session_get_n_marked (KoersTrainingSession *self)
{
  g_return_val_if_fail (KOERS_IS_TRAINING_SESSION (self), 0);
  return self->n_marked;
}

/* ---- a row of an attendance sheet: what a trainer may see, nothing more -------------- */

struct _KoersSheetRow
{
  GObject   parent_instance;

  gint64    participant_id;
  char     *code;
  char     *name;
  int       status;
  char     *note;
  gboolean  enrolled;
};

G_DEFINE_FINAL_TYPE (KoersSheetRow, koers_sheet_row, G_TYPE_OBJECT)

static void
koers_sheet_row_finalize (GObject *object)
{
  KoersSheetRow *self = KOERS_SHEET_ROW (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->note);
  G_OBJECT_CLASS (koers_sheet_row_parent_class)->finalize (object);
}

static void
koers_sheet_row_class_init (KoersSheetRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_sheet_row_finalize;
}

static void
koers_sheet_row_init (KoersSheetRow *self)
{
}

/**
 * koers_sheet_row_new:
 * @participant_id: who
 * @code: their dossier code
 * @name: their name
 * @status: a #KoersAttendance, or -1 when not marked yet
 * @note: (nullable): the note with the mark
 * @enrolled: whether they are enrolled on the session's date (else added from the sheet)
 *
 * Returns: (transfer full): a sheet row.
 */
KoersSheetRow *
koers_sheet_row_new (gint64      participant_id,
                     const char *code,
                     const char *name,
                     int         status,
                     const char *note,
                     gboolean    enrolled)
{
  KoersSheetRow *self = g_object_new (KOERS_TYPE_SHEET_ROW, NULL);

  self->participant_id = participant_id;
  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->status = status;
  self->note = g_strdup (note);
  self->enrolled = enrolled;
  return self;
}

gint64
koers_sheet_row_get_participant_id (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), 0);
  return self->participant_id;
}
const char *
koers_sheet_row_get_code (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), NULL);
  return self->code;
}
const char *
koers_sheet_row_get_name (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), NULL);
  return self->name;
}
int
koers_sheet_row_get_status (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), 0);
  return self->status;
}
const char *
koers_sheet_row_get_note (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), NULL);
  return self->note;
}
gboolean
koers_sheet_row_get_enrolled (KoersSheetRow *self)
{
  g_return_val_if_fail (KOERS_IS_SHEET_ROW (self), 0);
  return self->enrolled;
}

/* ---- a course ------------------------------------------------------------------------ */

struct _KoersCourse
{
  GObject          parent_instance;

  gint64           id;
  char            *title;
  KoersCourseKind  kind;
  gint64           trainer_id;
  char            *trainer;
  char            *location;
  gboolean         weekly;
  char            *start_time;
  int              duration_minutes;
  char            *first_date;
  char            *last_date;
  guint            n_enrolled;
};

G_DEFINE_FINAL_TYPE (KoersCourse, koers_course, G_TYPE_OBJECT)

static void
koers_course_finalize (GObject *object)
{
  KoersCourse *self = KOERS_COURSE (object);

  g_free (self->title);
  g_free (self->trainer);
  g_free (self->location);
  g_free (self->start_time);
  g_free (self->first_date);
  g_free (self->last_date);
  G_OBJECT_CLASS (koers_course_parent_class)->finalize (object);
}

static void
koers_course_class_init (KoersCourseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_course_finalize;
}

static void
koers_course_init (KoersCourse *self)
{
}

/**
 * koers_course_new:
 * @id: the course
 * @title: its name
 * @kind: what kind of training
 * @trainer_id: the trainer, 0 for none
 * @trainer: (nullable): the trainer's name
 * @location: (nullable): where
 * @weekly: weekly, or one special day
 * @start_time: "HH:MM"
 * @duration_minutes: how long a session lasts
 * @first_date: the first day
 * @last_date: the last day
 * @n_enrolled: participants enrolled today
 *
 * Returns: (transfer full): a course record.
 */
KoersCourse *
koers_course_new (gint64          id,
                  const char     *title,
                  KoersCourseKind kind,
                  gint64          trainer_id,
                  const char     *trainer,
                  const char     *location,
                  gboolean        weekly,
                  const char     *start_time,
                  int             duration_minutes,
                  const char     *first_date,
                  const char     *last_date,
                  guint           n_enrolled)
{
  KoersCourse *self = g_object_new (KOERS_TYPE_COURSE, NULL);

  self->id = id;
  self->title = g_strdup (title);
  self->kind = kind;
  self->trainer_id = trainer_id;
  self->trainer = g_strdup (trainer);
  self->location = g_strdup (location);
  self->weekly = weekly;
  self->start_time = g_strdup (start_time);
  self->duration_minutes = duration_minutes;
  self->first_date = g_strdup (first_date);
  self->last_date = g_strdup (last_date);
  self->n_enrolled = n_enrolled;
  return self;
}

#define GETTER(type, name, zero) \
  type \
  koers_course_get_##name (KoersCourse *self) \
  { \
    g_return_val_if_fail (KOERS_IS_COURSE (self), zero); \
    return self->name; \
  }

GETTER (gint64, id, 0)
GETTER (const char *, title, NULL)
GETTER (KoersCourseKind, kind, 0)
GETTER (gint64, trainer_id, 0)
GETTER (const char *, trainer, NULL)
GETTER (const char *, location, NULL)
GETTER (gboolean, weekly, FALSE)
GETTER (const char *, start_time, NULL)
GETTER (int, duration_minutes, 0)
GETTER (const char *, first_date, NULL)
GETTER (const char *, last_date, NULL)
GETTER (guint, n_enrolled, 0)
#undef GETTER
