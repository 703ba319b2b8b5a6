-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 6: the documents check, a precondition of return. One row per participant and
-- kind of document once it has been checked.

CREATE TABLE document (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('passport', 'id-card', 'birth-certificate',
                                                'laissez-passer', 'other')),
  status          TEXT NOT NULL CHECK (status IN ('present', 'requested', 'obtained',
                                                  'not-obtainable')),
  requested_date  TEXT CHECK (requested_date IS NULL OR date(requested_date) IS requested_date),
  obtained_date   TEXT CHECK (obtained_date IS NULL OR date(obtained_date) IS obtained_date),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  UNIQUE (participant_id, kind),
  CHECK (obtained_date IS NULL OR requested_date IS NULL OR obtained_date >= requested_date)
) STRICT;
