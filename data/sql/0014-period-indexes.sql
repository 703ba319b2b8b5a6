-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 14: the period's sessions, handover steps and monitoring contacts straight
-- from an index. The quarterly summary reads each of them by date; the sessions through
-- (session_date, start_time) alone cost a lookup of the row per session, and the steps and
-- contacts, without an index by date, a read of every row ever written. Each index holds
-- only what the summary counts; together some 30 bytes a session, step or contact.

-- The week's sessions in order, as before, and now also their course, length and whether
-- they were held.
DROP INDEX training_session_date;
CREATE INDEX training_session_date ON training_session
  (session_date, start_time, course_id, duration_minutes, cancelled_reason);

CREATE INDEX handover_step_date ON handover_step (step_date, partner_id, step);

-- Only contacts made; those still planned are in monitoring_contact_due.
CREATE INDEX monitoring_contact_date ON monitoring_contact
  (contact_date, participant_id, reached, business) WHERE contact_date IS NOT NULL;
