/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

/* ---- schedule arithmetic (pure) ---- */

GPtrArray  *koers_schedule_weekly_dates (const char *first_date,
                                         const char *last_date);
char       *koers_schedule_week_start   (const char *date);

/**
 * KoersAttendancePoints:
 * @points: what each #KoersAttendance counts towards the rate (default 2, 1, 1, 0)
 *
 * How attendance marks are weighed; the highest is what a session is worth.
 */
typedef struct {
  int points[4];
} KoersAttendancePoints;

void        koers_attendance_points_init (KoersAttendancePoints *points);

/* ---- records ---- */

#define KOERS_TYPE_TRAINING_SESSION (koers_training_session_get_type ())

G_DECLARE_FINAL_TYPE (KoersTrainingSession, koers_training_session, KOERS, TRAINING_SESSION,
                      GObject)

KoersTrainingSession *koers_training_session_new (gint64          id,
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
                                                  guint           n_marked);
gint64          koers_training_session_get_id               (KoersTrainingSession *self);
gint64          koers_training_session_get_course_id        (KoersTrainingSession *self);
const char     *koers_training_session_get_course_title     (KoersTrainingSession *self);
KoersCourseKind koers_training_session_get_kind             (KoersTrainingSession *self);
const char     *koers_training_session_get_date             (KoersTrainingSession *self);
const char     *koers_training_session_get_start_time       (KoersTrainingSession *self);
int             koers_training_session_get_duration_minutes (KoersTrainingSession *self);
const char     *koers_training_session_get_location         (KoersTrainingSession *self);
const char     *koers_training_session_get_trainer          (KoersTrainingSession *self);
const char     *koers_training_session_get_cancelled_reason (KoersTrainingSession *self);
guint           koers_training_session_get_n_enrolled       (KoersTrainingSession *self);
guint           koers_training_session_get_n_marked         (KoersTrainingSession *self);

#define KOERS_TYPE_SHEET_ROW (koers_sheet_row_get_type ())

G_DECLARE_FINAL_TYPE (KoersSheetRow, koers_sheet_row, KOERS, SHEET_ROW, GObject)

KoersSheetRow *koers_sheet_row_new              (gint64      participant_id,
                                                 const char *code,
                                                 const char *name,
                                                 int         status,
                                                 const char *note,
                                                 gboolean    enrolled);
gint64         koers_sheet_row_get_participant_id (KoersSheetRow *self);
const char    *koers_sheet_row_get_code           (KoersSheetRow *self);
const char    *koers_sheet_row_get_name           (KoersSheetRow *self);
int            koers_sheet_row_get_status         (KoersSheetRow *self);
const char    *koers_sheet_row_get_note           (KoersSheetRow *self);
gboolean       koers_sheet_row_get_enrolled       (KoersSheetRow *self);

#define KOERS_TYPE_COURSE (koers_course_get_type ())

G_DECLARE_FINAL_TYPE (KoersCourse, koers_course, KOERS, COURSE, GObject)

KoersCourse    *koers_course_new                  (gint64          id,
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
                                                   guint           n_enrolled);
gint64          koers_course_get_id               (KoersCourse *self);
const char     *koers_course_get_title            (KoersCourse *self);
KoersCourseKind koers_course_get_kind             (KoersCourse *self);
gint64          koers_course_get_trainer_id       (KoersCourse *self);
const char     *koers_course_get_trainer          (KoersCourse *self);
const char     *koers_course_get_location         (KoersCourse *self);
gboolean        koers_course_get_weekly           (KoersCourse *self);
const char     *koers_course_get_start_time       (KoersCourse *self);
int             koers_course_get_duration_minutes (KoersCourse *self);
const char     *koers_course_get_first_date       (KoersCourse *self);
const char     *koers_course_get_last_date        (KoersCourse *self);
guint           koers_course_get_n_enrolled       (KoersCourse *self);

G_END_DECLS
