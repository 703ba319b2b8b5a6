-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 1: staff, participants and the history of their phases.
-- Dates are ISO 8601 text (YYYY-MM-DD, or YYYY when only the year of birth is known);
-- timestamps are UTC (YYYY-MM-DDTHH:MM:SSZ). Enumerated values are the nicks of the
-- GEnums in src/core/koers-enums.h. Never edit this file once released: add a new one.

CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
  role        TEXT NOT NULL CHECK (role IN ('project-manager', 'case-manager', 'trainer',
                                            'volunteer', 'director')),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- AUTOINCREMENT: an id, and so a dossier code, is never given to a second person.
CREATE TABLE participant (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  code            TEXT NOT NULL UNIQUE,
  given_name      TEXT NOT NULL CHECK (length(trim(given_name)) > 0 AND length(given_name) <= 200),
  family_name     TEXT NOT NULL DEFAULT '' CHECK (length(family_name) <= 200),
  alias           TEXT NOT NULL DEFAULT '' CHECK (length(alias) <= 200),
  sex             TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  birth_date      TEXT CHECK (birth_date IS NULL
                              OR birth_date GLOB '[12][0-9][0-9][0-9]'
                              OR (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
                                  AND date(birth_date) IS birth_date)),
  country         TEXT CHECK (country IS NULL OR country GLOB '[A-Z][A-Z]'),
  nationality     TEXT CHECK (nationality IS NULL OR nationality GLOB '[A-Z][A-Z]'),
  languages       TEXT NOT NULL DEFAULT '' CHECK (length(languages) <= 500),
  phone           TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 50),
  situation       TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (situation IN ('shelter', 'municipality', 'we-are-here', 'other', 'unknown')),
  referrer        TEXT NOT NULL DEFAULT '' CHECK (length(referrer) <= 200),
  target_group    TEXT NOT NULL DEFAULT 'unknown' CHECK (target_group IN ('unknown', '2a', '2b')),
  phase           TEXT NOT NULL DEFAULT 'outreach'
                  CHECK (phase IN ('outreach', 'intake', 'empowerment', 'training', 'handover',
                                   'departed', 'monitoring', 'closed')),
  phase_since     TEXT NOT NULL CHECK (date(phase_since) IS phase_since),
  status          TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'completed', 'dropped-out', 'transferred',
                                    'legal-status-changed', 'lost-contact', 'deceased')),
  case_manager_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX participant_case_manager ON participant (case_manager_id);

-- One row per phase a participant was in; the open row (to_date IS NULL) is the current one
-- and matches participant.phase / participant.phase_since.
CREATE TABLE phase_history (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  phase           TEXT NOT NULL
                  CHECK (phase IN ('outreach', 'intake', 'empowerment', 'training', 'handover',
                                   'departed', 'monitoring', 'closed')),
  from_date       TEXT NOT NULL CHECK (date(from_date) IS from_date),
  to_date         TEXT CHECK (to_date IS NULL OR (date(to_date) IS to_date AND to_date >= from_date))
) STRICT;

CREATE INDEX phase_history_participant ON phase_history (participant_id, from_date);
CREATE UNIQUE INDEX phase_history_open ON phase_history (participant_id) WHERE to_date IS NULL;
