/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-enum-types.h"
#include "koers-store-private.h"

/* Training in the store: courses and the sessions generated from them, enrolments,
 * attendance marks, internships; attendance rates over the sessions a participant was
 * expected at, and the alert for missing several in a row. */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_time (const char  *time,
            GError     **error)
{
  if (time == NULL || strlen (time) != 5 || !g_ascii_isdigit (time[0])
      || !g_ascii_isdigit (time[1]) || time[2] != ':' || !g_ascii_isdigit (time[3])
      || !g_ascii_isdigit (time[4]) || strcmp (time, "24:00") >= 0 || time[3] > '5')
    return invalid (error, _("Type the time as hours and minutes, such as 19:30."));
  return TRUE;
}

static gboolean
check_day (const char  *date,
           const char  *label,
           GError     **error)
{
  g_autoptr(GDate) parsed = koers_date_parse_iso (date);

  if (parsed == NULL || strlen (date) != 10)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("%s is not a date."), label);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_period (const char  *first,
              const char  *last,
              GError     **error)
{
  if (!check_day (first, _("The first date"), error)
      || (last != NULL && !check_day (last, _("The last date"), error)))
    return FALSE;
  if (last != NULL && strcmp (last, first) < 0)
    return invalid (error, _("The last date lies before the first."));
  return TRUE;
}

static gboolean
insert_sessions (KoersStore  *self,
                 gint64       course_id,
                 GPtrArray   *dates,
                 const char  *from,
                 const char  *time,
                 int          minutes,
                 GError     **error)
{
  g_autoptr(KoersStmt) stmt =
    koers_store_prepare (self, "INSERT INTO training_session (course_id, session_date, "
                               "start_time, duration_minutes) SELECT ?1, ?2, ?3, ?4 "
                               "WHERE NOT EXISTS (SELECT 1 FROM training_session "
                               "WHERE course_id = ?1 AND session_date = ?2)", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < dates->len; i++)
    {
      const char *date = dates->pdata[i];

      if (from != NULL && strcmp (date, from) < 0)
        continue;
      sqlite3_bind_int64 (stmt, 1, course_id);
      koers_store_bind_text (stmt, 2, date);
      koers_store_bind_text (stmt, 3, time);
      sqlite3_bind_int (stmt, 4, minutes);
      if (!koers_store_step_done (self, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/**
 * koers_store_add_course:
 * @self: a store
 * @title: the course's name
 * @kind: what kind of training
 * @trainer_id: the trainer (staff or volunteer), 0 for none yet
 * @location: (nullable): where
 * @weekly: %TRUE for a course every week from @first_date to @last_date; %FALSE for one
 *   special day (@last_date is then @first_date)
 * @start_time: "HH:MM"
 * @duration_minutes: how long a session lasts
 * @first_date: the first session, "YYYY-MM-DD"; its weekday is the course's
 * @last_date: the last day of the course
 * @error: return location for an error
 *
 * Adds a course and generates its sessions, in one transaction.
 *
 * Returns: the course's id, or 0 with @error set.
 */
gint64
koers_store_add_course (KoersStore      *self,
                        const char      *title,
                        KoersCourseKind  kind,
                        gint64           trainer_id,
                        const char      *location,
                        gboolean         weekly,
                        const char      *start_time,
                        int              duration_minutes,
                        const char      *first_date,
                        const char      *last_date,
                        GError         **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  gint64 id;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*trimmed == '\0')
    return invalid (error, _("Give the course a name.")), 0;
  if (!koers_store_validate_text (trimmed, 200, _("The name"), error)
      || !koers_store_validate_text (location ? location : "", 200, _("The location"), error)
      || !check_time (start_time, error) || !check_period (first_date, last_date, error))
    return 0;
  if (duration_minutes < 1 || duration_minutes > 720)
    return invalid (error, _("A session lasts from one minute to twelve hours.")), 0;
  if (!weekly)
    last_date = first_date;
  dates = koers_schedule_weekly_dates (first_date, last_date);

  stmt = koers_store_prepare (self, "INSERT INTO course (title, kind, trainer_id, location, "
                                    "weekly, start_time, duration_minutes, first_date, "
                                    "last_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return 0;
  koers_store_bind_text (stmt, 1, trimmed);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_COURSE_KIND, kind));
  if (trainer_id > 0)
    sqlite3_bind_int64 (stmt, 3, trainer_id);
  koers_store_bind_text (stmt, 4, location ? location : "");
  sqlite3_bind_int (stmt, 5, weekly);
  koers_store_bind_text (stmt, 6, start_time);
  sqlite3_bind_int (stmt, 7, duration_minutes);
  koers_store_bind_text (stmt, 8, first_date);
  koers_store_bind_text (stmt, 9, last_date);
  if (!koers_store_step_done (self, stmt, error))
    goto failed;
  id = sqlite3_last_insert_rowid (self->db);
  if (!insert_sessions (self, id, dates, NULL, start_time, duration_minutes, error))
    goto failed;
  if (!koers_store_commit (self, error))
    return 0;
  return id;

failed:
  koers_store_rollback (self);
  return 0;
}

/**
 * koers_store_set_course_dates:
 * @self: a store
 * @course_id: a weekly course
 * @first_date: its new first date
 * @last_date: its new last date
 * @error: return location for an error
 *
 * Changes a course's dates. Only sessions from today on that have no attendance yet and
 * were not added by hand are generated anew; the past, and every session someone marked,
 * stays as it was.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_course_dates (KoersStore  *self,
                              gint64       course_id,
                              const char  *first_date,
                              const char  *last_date,
                              GError     **error)
{
  g_autofree char *today = koers_today_iso ();
  g_autoptr(KoersStmt) course = NULL;
  g_autoptr(KoersStmt) update = NULL;
  g_autoptr(KoersStmt) drop = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  g_autofree char *time = NULL;
  int minutes;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!check_period (first_date, last_date, error))
    return FALSE;
  course = koers_store_prepare (self, "SELECT start_time, duration_minutes FROM course "
                                      "WHERE id = ?1", error);
  if (course == NULL)
    return FALSE;
  sqlite3_bind_int64 (course, 1, course_id);
  if (sqlite3_step (course) != SQLITE_ROW)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This course does not exist any more."));
      return FALSE;
    }
  time = g_strdup (koers_stmt_text (course, 0));
  minutes = sqlite3_column_int (course, 1);
  g_clear_pointer (&course, koers_stmt_release);
  dates = koers_schedule_weekly_dates (first_date, last_date);

  update = koers_store_prepare (self, "UPDATE course SET first_date = ?2, last_date = ?3 "
                                      "WHERE id = ?1", error);
  drop = koers_store_prepare (self, "DELETE FROM training_session WHERE course_id = ?1 "
                                    "AND session_date >= ?2 AND added = 0 AND NOT EXISTS "
                                    "(SELECT 1 FROM attendance a WHERE a.session_id = "
                                    "training_session.id)", error);
  if (update == NULL || drop == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (update, 1, course_id);
  koers_store_bind_text (update, 2, first_date);
  koers_store_bind_text (update, 3, last_date);
  sqlite3_bind_int64 (drop, 1, course_id);
  koers_store_bind_text (drop, 2, today);
  if (!koers_store_step_done (self, update, error)
      || !koers_store_step_done (self, drop, error)
      || !insert_sessions (self, course_id, dates, today, time, minutes, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

static gboolean
run_one (KoersStore  *self,
         KoersStmt   *stmt,
         GError     **error)
{
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      koers_store_rollback (self);
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This session does not exist any more."));
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_add_session:
 * @self: a store
 * @course_id: the course
 * @date: the day, "YYYY-MM-DD"
 * @start_time: "HH:MM"
 * @duration_minutes: how long
 * @error: return location for an error
 *
 * Adds a session by hand (an extra day); changing the course's dates leaves it alone.
 *
 * Returns: the session's id, or 0 with @error set.
 */
gint64
koers_store_add_session (KoersStore  *self,
                         gint64       course_id,
                         const char  *date,
                         const char  *start_time,
                         int          duration_minutes,
                         GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (!check_day (date, _("The date"), error) || !check_time (start_time, error))
    return 0;
  if (duration_minutes < 1 || duration_minutes > 720)
    return invalid (error, _("A session lasts from one minute to twelve hours.")), 0;
  stmt = koers_store_prepare (self, "INSERT INTO training_session (course_id, session_date, "
                                    "start_time, duration_minutes, added) "
                                    "VALUES (?1, ?2, ?3, ?4, 1)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, course_id);
  koers_store_bind_text (stmt, 2, date);
  koers_store_bind_text (stmt, 3, start_time);
  sqlite3_bind_int (stmt, 4, duration_minutes);
  if (!run_one (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * koers_store_move_session:
 * @self: a store
 * @session_id: a session
 * @date: its new day
 * @start_time: its new time
 * @error: return location for an error
 *
 * Returns: %TRUE when moved.
 */
gboolean
koers_store_move_session (KoersStore  *self,
                          gint64       session_id,
                          const char  *date,
                          const char  *start_time,
                          GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!check_day (date, _("The date"), error) || !check_time (start_time, error))
    return FALSE;
  stmt = koers_store_prepare (self, "UPDATE training_session SET session_date = ?2, "
                                    "start_time = ?3, added = 1 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  koers_store_bind_text (stmt, 2, date);
  koers_store_bind_text (stmt, 3, start_time);
  return run_one (self, stmt, error);
}

/**
 * koers_store_cancel_session:
 * @self: a store
 * @session_id: a session
 * @reason: (nullable): why it does not take place; %NULL or empty to let it take place
 *   again
 * @error: return location for an error
 *
 * A cancelled session never counts against anyone's attendance.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_cancel_session (KoersStore  *self,
                            gint64       session_id,
                            const char  *reason,
                            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!koers_store_validate_text (trimmed, 500, _("The reason"), error))
    return FALSE;
  stmt = koers_store_prepare (self, "UPDATE training_session SET cancelled_reason = ?2 "
                                    "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  koers_store_bind_nullable (stmt, 2, *trimmed ? trimmed : NULL);
  return run_one (self, stmt, error);
}

/**
 * koers_store_enrol:
 * @self: a store
 * @participant_id: who
 * @course_id: in which course
 * @start_date: from when
 * @end_date: (nullable): until when; %NULL while it lasts
 * @error: return location for an error
 *
 * Returns: the enrolment's id, or 0 with @error set.
 */
gint64
koers_store_enrol (KoersStore  *self,
                   gint64       participant_id,
                   gint64       course_id,
                   const char  *start_date,
                   const char  *end_date,
                   GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (!check_period (start_date, end_date, error))
    return 0;
  stmt = koers_store_prepare (self, "INSERT INTO enrolment (participant_id, course_id, "
                                    "start_date, end_date) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  sqlite3_bind_int64 (stmt, 2, course_id);
  koers_store_bind_text (stmt, 3, start_date);
  koers_store_bind_nullable (stmt, 4, end_date);
  if (!run_one (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * koers_store_mark_attendance:
 * @self: a store
 * @session_id: the session
 * @participant_id: who
 * @status: a #KoersAttendance, or -1 to take the mark away
 * @note: (nullable): a note with it
 * @error: return location for an error
 *
 * Saves one mark at once (a trainer marks a room one key at a time).
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_mark_attendance (KoersStore  *self,
                             gint64       session_id,
                             gint64       participant_id,
                             int          status,
                             const char  *note,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (status < -1 || status > KOERS_ATTENDANCE_ABSENT)
    return invalid (error, _("Attendance is present, late, excused or absent."));
  if (!koers_store_validate_text (note ? note : "", 500, _("The note"), error))
    return FALSE;
  if (status < 0)
    stmt = koers_store_prepare (self, "DELETE FROM attendance WHERE session_id = ?1 "
                                      "AND participant_id = ?2", error);
  else
    stmt = koers_store_prepare (self, "INSERT INTO attendance (session_id, participant_id, "
                                      "status, note) VALUES (?1, ?2, ?3, ?4) "
                                      "ON CONFLICT (session_id, participant_id) DO UPDATE "
                                      "SET status = excluded.status, note = excluded.note "
                                      "WHERE status IS NOT excluded.status "
                                      "OR note IS NOT excluded.note", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  if (status >= 0)
    {
      koers_store_bind_text (stmt, 3, koers_enum_to_nick (KOERS_TYPE_ATTENDANCE, status));
      koers_store_bind_text (stmt, 4, note ? note : "");
    }
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_add_internship:
 * @self: a store
 * @participant_id: who
 * @host: where (a farm, a workshop)
 * @first_date: from
 * @last_date: until
 * @hours: hours in all
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Returns: the internship's id, or 0 with @error set; an internship that overlaps another
 *   of the same participant is refused.
 */
gint64
koers_store_add_internship (KoersStore  *self,
                            gint64       participant_id,
                            const char  *host,
                            const char  *first_date,
                            const char  *last_date,
                            int          hours,
                            const char  *note,
                            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (host ? host : ""));
  g_autoptr(KoersStmt) overlap = NULL;
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*trimmed == '\0')
    return invalid (error, _("Say where the internship is.")), 0;
  if (!koers_store_validate_text (trimmed, 200, _("The host"), error)
      || !koers_store_validate_text (note ? note : "", 2000, _("The note"), error)
      || !check_period (first_date, last_date, error))
    return 0;
  if (hours < 1 || hours > 2000)
    return invalid (error, _("An internship has from 1 to 2 000 hours.")), 0;

  overlap = koers_store_prepare (self, "SELECT host, first_date, last_date FROM internship "
                                       "WHERE participant_id = ?1 AND first_date <= ?3 "
                                       "AND last_date >= ?2 LIMIT 1", error);
  if (overlap == NULL)
    return 0;
  sqlite3_bind_int64 (overlap, 1, participant_id);
  koers_store_bind_text (overlap, 2, first_date);
  koers_store_bind_text (overlap, 3, last_date);
  if (sqlite3_step (overlap) == SQLITE_ROW)
    {
      g_autofree char *from = koers_date_format_user (koers_stmt_text (overlap, 1));
      g_autofree char *until = koers_date_format_user (koers_stmt_text (overlap, 2));
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("These dates overlap the internship at %s from %s to %s."),
                   koers_stmt_text (overlap, 0), from, until);
      return 0;
    }
  g_clear_pointer (&overlap, koers_stmt_release);

  stmt = koers_store_prepare (self, "INSERT INTO internship (participant_id, host, first_date, "
                                    "last_date, hours, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, trimmed);
  koers_store_bind_text (stmt, 3, first_date);
  koers_store_bind_text (stmt, 4, last_date);
  sqlite3_bind_int (stmt, 5, hours);
  koers_store_bind_text (stmt, 6, note ? note : "");
  if (!run_one (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/* The sessions a participant was expected at: of a course they were enrolled in on the
 * day, not cancelled, not in the future. */
#define EXPECTED_SESSIONS \
  "FROM training_session s JOIN enrolment e ON e.course_id = s.course_id " \
  "AND e.participant_id = ?1 AND s.session_date >= e.start_date " \
  "AND (e.end_date IS NULL OR s.session_date <= e.end_date) " \
  "LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = ?1 " \
  "WHERE s.cancelled_reason IS NULL AND s.session_date <= ?2 "

/**
 * koers_store_get_attendance_rate:
 * @self: a store
 * @participant_id: who
 * @course_id: a course, or 0 for all
 * @from: (nullable): the first day of the period
 * @until: (nullable): the last day; today at most
 * @points: how marks count
 * @rate: (out): points earned of points possible, 0–1; 0 when nothing was planned
 * @planned: (out) (optional): how many sessions were expected
 * @error: return location for an error
 *
 * The attendance rate over the sessions a participant was expected at: from their
 * enrolment, not cancelled, up to today. A session without a mark counts as absent.
 *
 * Returns: %TRUE when computed.
 */
gboolean
koers_store_get_attendance_rate (KoersStore                  *self,
                                 gint64                       participant_id,
                                 gint64                       course_id,
                                 const char                  *from,
                                 const char                  *until,
                                 const KoersAttendancePoints *points,
                                 double                      *rate,
                                 guint                       *planned,
                                 GError                     **error)
{
  g_autofree char *today = koers_today_iso ();
  g_autoptr(KoersStmt) stmt = NULL;
  int best = 0;
  gint64 n, earned;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "SELECT count(*), coalesce(sum(CASE a.status "
                                    "WHEN 'present' THEN ?4 WHEN 'late' THEN ?5 "
                                    "WHEN 'excused' THEN ?6 WHEN 'absent' THEN ?7 ELSE ?7 END), 0) "
                                    EXPECTED_SESSIONS
                                    "AND s.session_date >= ?3 AND (?8 = 0 OR s.course_id = ?8)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, until != NULL && strcmp (until, today) < 0 ? until : today);
  koers_store_bind_text (stmt, 3, from != NULL ? from : "0000-00-00");
  for (int i = 0; i < 4; i++)
    {
      sqlite3_bind_int (stmt, 4 + i, points->points[i]);
      best = MAX (best, points->points[i]);
    }
  sqlite3_bind_int64 (stmt, 8, course_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return koers_store_set_error (self, sqlite3_errcode (self->db), error);
  n = sqlite3_column_int64 (stmt, 0);
  earned = sqlite3_column_int64 (stmt, 1);
  *rate = n > 0 && best > 0 ? (double) earned / (double) (n * best) : 0;
  if (planned != NULL)
    *planned = (guint) n;
  return TRUE;
}

/**
 * koers_store_count_missed_in_a_row:
 * @self: a store
 * @participant_id: who
 * @course_id: which course
 * @error: return location for an error
 *
 * Counts the participant's most recent expected sessions of @course_id marked absent,
 * up to the last one they attended, were late for or were excused from. Sessions not
 * marked yet are skipped: the trainer may not have filled the sheet in.
 *
 * Returns: how many sessions in a row they missed, or -1 with @error set.
 */
int
koers_store_count_missed_in_a_row (KoersStore  *self,
                                   gint64       participant_id,
                                   gint64       course_id,
                                   GError     **error)
{
  g_autofree char *today = koers_today_iso ();
  g_autoptr(KoersStmt) stmt = NULL;
  int missed = 0, rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), -1);

  stmt = koers_store_prepare (self, "SELECT a.status " EXPECTED_SESSIONS
                                    "AND s.course_id = ?3 AND a.status IS NOT NULL "
                                    "ORDER BY s.session_date DESC, s.start_time DESC", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, today);
  sqlite3_bind_int64 (stmt, 3, course_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW
         && g_strcmp0 (koers_stmt_text (stmt, 0), "absent") == 0)
    missed++;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return -1;
    }
  return missed;
}

/**
 * koers_store_list_week:
 * @self: a store
 * @monday: the Monday of the week, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the week's sessions as #KoersTrainingSession, by day
 *   and time.
 */
GListModel *
koers_store_list_week (KoersStore  *self,
                       const char  *monday,
                       GError     **error)
{
  g_autoptr(GListStore) sessions = g_list_store_new (KOERS_TYPE_TRAINING_SESSION);
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
    "SELECT s.id, c.id, c.title, c.kind, s.session_date, s.start_time, s.duration_minutes, "
    "c.location, t.name, s.cancelled_reason, "
    "(SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.start_date <= s.session_date "
    " AND (e.end_date IS NULL OR e.end_date >= s.session_date)), "
    "(SELECT count(*) FROM attendance a WHERE a.session_id = s.id) "
    "FROM training_session s JOIN course c ON c.id = s.course_id "
    "LEFT JOIN staff t ON t.id = c.trainer_id "
    "WHERE s.session_date >= ?1 AND s.session_date < date (?1, '+7 days') "
    "ORDER BY s.session_date, s.start_time, c.title", error);
  if (stmt == NULL)
    return NULL;
  koers_store_bind_text (stmt, 1, monday);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = 0;
      g_autoptr(KoersTrainingSession) s = NULL;

      koers_enum_from_nick (KOERS_TYPE_COURSE_KIND, koers_stmt_text (stmt, 3), &kind);
      s = koers_training_session_new (sqlite3_column_int64 (stmt, 0),
                                      sqlite3_column_int64 (stmt, 1),
                                      koers_stmt_text (stmt, 2), kind,
                                      koers_stmt_text (stmt, 4), koers_stmt_text (stmt, 5),
                                      sqlite3_column_int (stmt, 6), koers_stmt_text (stmt, 7),
                                      (const char *) sqlite3_column_text (stmt, 8),
                                      (const char *) sqlite3_column_text (stmt, 9),
                                      sqlite3_column_int (stmt, 10),
                                      sqlite3_column_int (stmt, 11));
      g_list_store_append (sessions, s);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&sessions));
}

/**
 * koers_store_list_sheet:
 * @self: a store
 * @session_id: a session
 * @error: return location for an error
 *
 * The attendance sheet of a session: everyone enrolled in its course on its date, and
 * anyone else marked there (added from the sheet), by name. A sheet row holds name, code
 * and attendance only: nothing of health, safety, legal status or the score list, which a
 * trainer does not see.
 *
 * Returns: (transfer full) (nullable): a list of #KoersSheetRow.
 */
GListModel *
koers_store_list_sheet (KoersStore  *self,
                        gint64       session_id,
                        GError     **error)
{
  g_autoptr(GListStore) rows = g_list_store_new (KOERS_TYPE_SHEET_ROW);
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
    "WITH s AS (SELECT course_id, session_date FROM training_session WHERE id = ?1), "
    "enrolled AS (SELECT DISTINCT e.participant_id AS pid FROM enrolment e, s "
    " WHERE e.course_id = s.course_id AND e.start_date <= s.session_date "
    " AND (e.end_date IS NULL OR e.end_date >= s.session_date)), "
    "people AS (SELECT pid FROM enrolled UNION SELECT participant_id FROM attendance "
    " WHERE session_id = ?1) "
    "SELECT p.id, p.code, trim (p.given_name || ' ' || p.family_name), a.status, a.note, "
    "p.id IN (SELECT pid FROM enrolled) "
    "FROM people JOIN participant p ON p.id = people.pid "
    "LEFT JOIN attendance a ON a.session_id = ?1 AND a.participant_id = p.id "
    "ORDER BY p.name_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, session_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = -1;
      g_autoptr(KoersSheetRow) row = NULL;

      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        koers_enum_from_nick (KOERS_TYPE_ATTENDANCE, koers_stmt_text (stmt, 3), &status);
      row = koers_sheet_row_new (sqlite3_column_int64 (stmt, 0), koers_stmt_text (stmt, 1),
                                 koers_stmt_text (stmt, 2), status,
                                 (const char *) sqlite3_column_text (stmt, 4),
                                 sqlite3_column_int (stmt, 5));
      g_list_store_append (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&rows));
}

/**
 * koers_store_get_most_missed:
 * @self: a store
 * @participant_id: who
 * @course_title: (out) (optional) (transfer full) (nullable): the course it is in
 * @error: return location for an error
 *
 * Of the courses the participant is enrolled in, the most sessions missed in a row (see
 * koers_store_count_missed_in_a_row()), for the alert on the dossier.
 *
 * Returns: the count, 0 when none, or -1 with @error set.
 */
int
koers_store_get_most_missed (KoersStore  *self,
                             gint64       participant_id,
                             char       **course_title,
                             GError     **error)
{
  g_autoptr(GArray) courses = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  int most = 0, rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), -1);

  {
    g_autoptr(KoersStmt) stmt =
      koers_store_prepare (self, "SELECT DISTINCT c.id, c.title FROM enrolment e "
                                 "JOIN course c ON c.id = e.course_id "
                                 "WHERE e.participant_id = ?1 ORDER BY c.id", error);
    if (stmt == NULL)
      return -1;
    sqlite3_bind_int64 (stmt, 1, participant_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (courses, id);
        g_ptr_array_add (titles, g_strdup (koers_stmt_text (stmt, 1)));
      }
    if (rc != SQLITE_DONE)
      {
        koers_store_set_error (self, rc, error);
        return -1;
      }
  }
  if (course_title != NULL)
    *course_title = NULL;
  for (guint i = 0; i < courses->len; i++)
    {
      int missed = koers_store_count_missed_in_a_row (self, participant_id,
                                                      g_array_index (courses, gint64, i), error);
      if (missed < 0)
        return -1;
      if (missed > most)
        {
          most = missed;
          if (course_title != NULL)
            {
              g_free (*course_title);
              *course_title = g_strdup (titles->pdata[i]);
            }
        }
    }
  return most;
}

/**
 * koers_store_list_courses:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): every course as #KoersCourse, running ones first
 *   (by first date), then the ones that ended, newest first.
 */
GListModel *
koers_store_list_courses (KoersStore  *self,
                          GError     **error)
{
  g_autoptr(GListStore) courses = g_list_store_new (KOERS_TYPE_COURSE);
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *today = koers_today_iso ();
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
    "SELECT c.id, c.title, c.kind, c.trainer_id, t.name, c.location, c.weekly, c.start_time, "
    "c.duration_minutes, c.first_date, c.last_date, "
    "(SELECT count(*) FROM enrolment e WHERE e.course_id = c.id AND e.start_date <= ?1 "
    " AND (e.end_date IS NULL OR e.end_date >= ?1)) "
    "FROM course c LEFT JOIN staff t ON t.id = c.trainer_id "
    "ORDER BY c.last_date < ?1, iif (c.last_date < ?1, '', c.first_date), c.last_date DESC, "
    "c.title", error);
  if (stmt == NULL)
    return NULL;
  koers_store_bind_text (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = 0;
      g_autoptr(KoersCourse) course = NULL;

      koers_enum_from_nick (KOERS_TYPE_COURSE_KIND, koers_stmt_text (stmt, 2), &kind);
      course = koers_course_new (sqlite3_column_int64 (stmt, 0), koers_stmt_text (stmt, 1), kind,
                                 sqlite3_column_int64 (stmt, 3),
                                 (const char *) sqlite3_column_text (stmt, 4),
                                 koers_stmt_text (stmt, 5), sqlite3_column_int (stmt, 6),
                                 koers_stmt_text (stmt, 7), sqlite3_column_int (stmt, 8),
                                 koers_stmt_text (stmt, 9), koers_stmt_text (stmt, 10),
                                 sqlite3_column_int (stmt, 11));
      g_list_store_append (courses, course);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&courses));
}

/**
 * koers_store_list_enrolled:
 * @self: a store
 * @course_id: a course
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): who is or was enrolled in the course, as
 *   #KoersSheetRow (name, code, and whether the enrolment runs today), by name.
 */
GListModel *
koers_store_list_enrolled (KoersStore  *self,
                           gint64       course_id,
                           GError     **error)
{
  g_autoptr(GListStore) rows = g_list_store_new (KOERS_TYPE_SHEET_ROW);
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *today = koers_today_iso ();
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
    "SELECT p.id, p.code, trim (p.given_name || ' ' || p.family_name), "
    "max (e.start_date <= ?2 AND (e.end_date IS NULL OR e.end_date >= ?2)) "
    "FROM enrolment e JOIN participant p ON p.id = e.participant_id "
    "WHERE e.course_id = ?1 GROUP BY p.id ORDER BY p.name_key, p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, course_id);
  koers_store_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersSheetRow) row = koers_sheet_row_new (sqlite3_column_int64 (stmt, 0),
                                                          koers_stmt_text (stmt, 1),
                                                          koers_stmt_text (stmt, 2), -1, NULL,
                                                          sqlite3_column_int (stmt, 3));
      g_list_store_append (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&rows));
}

/**
 * koers_store_list_internships:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the internships as a #GVariant of type
 *   `a(xsssis)`: id, host, first date, last date, hours, note; newest first.
 */
GVariant *
koers_store_list_internships (KoersStore  *self,
                              gint64       participant_id,
                              GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT id, host, first_date, last_date, hours, note "
                                    "FROM internship WHERE participant_id = ?1 "
                                    "ORDER BY first_date DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xsssis)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "(xsssis)", sqlite3_column_int64 (stmt, 0),
                           koers_stmt_text (stmt, 1), koers_stmt_text (stmt, 2),
                           koers_stmt_text (stmt, 3), sqlite3_column_int (stmt, 4),
                           koers_stmt_text (stmt, 5));
  return koers_store_end_variant (self, &builder, rc, error);
}

/**
 * koers_store_delete_internship:
 * @self: a store
 * @internship_id: an internship
 * @error: return location for an error
 *
 * Removes an internship (undo brings it back).
 *
 * Returns: %TRUE when removed.
 */
gboolean
koers_store_delete_internship (KoersStore  *self,
                               gint64       internship_id,
                               GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "DELETE FROM internship WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, internship_id);
  return run_one (self, stmt, error);
}
