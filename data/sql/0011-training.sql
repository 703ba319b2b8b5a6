-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 11: training. Courses recur weekly between two dates (or are one day); their
-- sessions are rows, generated from the course and then moved, cancelled (with a reason)
-- or added one by one. Participants are enrolled from a date (until a date); attendance is
-- one mark per session and participant. Internships are a participant's days at a host.

CREATE TABLE course (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
  kind              TEXT NOT NULL CHECK (kind IN ('small-business', 'empowerment',
                      'personal-management', 'covey', 'ict', 'sales', 'social-business',
                      'english', 'business-plan', 'personal-finance', 'product-knowledge',
                      'instant-business', 'business-finance', 'workshop', 'other')),
  trainer_id        INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  location          TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  weekly            INTEGER NOT NULL CHECK (weekly IN (0, 1)),
  start_time        TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
                                         AND start_time < '24:00'),
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
  first_date        TEXT NOT NULL CHECK (date(first_date) IS first_date),
  last_date         TEXT NOT NULL CHECK (date(last_date) IS last_date AND last_date >= first_date)
) STRICT;

CREATE TABLE training_session (
  id                INTEGER PRIMARY KEY,
  course_id         INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  session_date      TEXT NOT NULL CHECK (date(session_date) IS session_date),
  start_time        TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'
                                         AND start_time < '24:00'),
  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
  added             INTEGER NOT NULL DEFAULT 0 CHECK (added IN (0, 1)),
  cancelled_reason  TEXT CHECK (cancelled_reason IS NULL
                                OR length(trim(cancelled_reason)) BETWEEN 1 AND 500)
) STRICT;
CREATE INDEX training_session_date ON training_session (session_date, start_time);
CREATE INDEX training_session_course ON training_session (course_id, session_date);

CREATE TABLE enrolment (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  course_id       INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  start_date      TEXT NOT NULL CHECK (date(start_date) IS start_date),
  end_date        TEXT CHECK (end_date IS NULL
                              OR (date(end_date) IS end_date AND end_date >= start_date)),
  UNIQUE (participant_id, course_id, start_date)
) STRICT;
CREATE INDEX enrolment_course ON enrolment (course_id, participant_id);
CREATE INDEX enrolment_participant ON enrolment (participant_id);

CREATE TABLE attendance (
  id              INTEGER PRIMARY KEY,
  session_id      INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  status          TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  UNIQUE (session_id, participant_id)
) STRICT;
CREATE INDEX attendance_participant ON attendance (participant_id, session_id);

CREATE TABLE internship (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  host            TEXT NOT NULL CHECK (length(trim(host)) > 0 AND length(host) <= 200),
  first_date      TEXT NOT NULL CHECK (date(first_date) IS first_date),
  last_date       TEXT NOT NULL CHECK (date(last_date) IS last_date AND last_date >= first_date),
  hours           INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 2000),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
) STRICT;
CREATE INDEX internship_participant ON internship (participant_id, first_date);
