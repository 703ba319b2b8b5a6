-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 4: obstacles ("belemmeringen") in a participant's way, with their status.

CREATE TABLE obstacle (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('documents', 'medical', 'psychological',
                                                'debts', 'family', 'safety', 'housing',
                                                'finance', 'motivation', 'other')),
  description     TEXT NOT NULL CHECK (length(trim(description)) > 0
                                       AND length(description) <= 2000),
  status          TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'in-progress', 'resolved')),
  opened_date     TEXT NOT NULL CHECK (date(opened_date) IS opened_date),
  resolved_date   TEXT CHECK (resolved_date IS NULL OR date(resolved_date) IS resolved_date),
  CHECK (resolved_date IS NULL OR resolved_date >= opened_date),
  CHECK ((status = 'resolved') = (resolved_date IS NOT NULL))
) STRICT;

CREATE INDEX obstacle_participant ON obstacle (participant_id);
