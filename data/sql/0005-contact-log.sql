-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 5: the contact log, dated notes of meetings, calls and sessions.

CREATE TABLE contact_note (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  note_date       TEXT NOT NULL CHECK (date(note_date) IS note_date),
  kind            TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'empowerment-session',
                                                'training-talk')),
  author_id       INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  text            TEXT NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 10000)
) STRICT;

CREATE INDEX contact_note_participant ON contact_note (participant_id, note_date);
