-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 13: a session's marks straight from an index. The quarterly summary reads
-- every mark of the period's sessions, by participant, for its attendance rates and the
-- participants trained; through UNIQUE (session_id, participant_id) alone each mark cost a
-- lookup of its row for the status. About 22 bytes a mark, and one index entry more per mark
-- written.

CREATE INDEX attendance_session_marks ON attendance (session_id, participant_id, status);
