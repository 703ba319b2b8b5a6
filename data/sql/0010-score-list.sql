-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 10: the vulnerability score list. A list definition is kept whole, as text,
-- per id and version: an assessment refers to the version it was made with and so reads
-- the same after the list changes. Answers are "domain:<id>" (rating 1–5), "flag:<id>" and
-- "protective:<id>" (0 or 1). A finished assessment keeps its index and category. The
-- participant's target group follows the category of the latest finished assessment unless
-- someone set it by hand, which needs a reason (target_group_reason not empty).

CREATE TABLE score_list (
  id           INTEGER PRIMARY KEY,
  list_id      TEXT NOT NULL CHECK (length(list_id) BETWEEN 1 AND 100),
  version      INTEGER NOT NULL CHECK (version > 0),
  title        TEXT NOT NULL,
  definition   TEXT NOT NULL,
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (list_id, version)
) STRICT;

CREATE TABLE assessment (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  score_list_id   INTEGER NOT NULL REFERENCES score_list (id),
  started_date    TEXT NOT NULL CHECK (date(started_date) IS started_date),
  finished_date   TEXT CHECK (finished_date IS NULL
                              OR (date(finished_date) IS finished_date
                                  AND finished_date >= started_date)),
  score_index     REAL CHECK (score_index IS NULL OR score_index BETWEEN 0 AND 100),
  category        TEXT CHECK (category IS NULL
                              OR category IN ('low', 'moderate', 'high', 'severe')),
  incomplete      INTEGER NOT NULL DEFAULT 1 CHECK (incomplete IN (0, 1)),
  CHECK ((finished_date IS NULL) = (category IS NULL))
) STRICT;
CREATE INDEX assessment_participant ON assessment (participant_id, started_date);
CREATE UNIQUE INDEX assessment_open ON assessment (participant_id) WHERE finished_date IS NULL;

CREATE TABLE assessment_answer (
  id             INTEGER PRIMARY KEY,
  assessment_id  INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  item           TEXT NOT NULL CHECK (item GLOB 'domain:*' OR item GLOB 'flag:*'
                                      OR item GLOB 'protective:*'),
  value          INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
  UNIQUE (assessment_id, item)
) STRICT;

ALTER TABLE participant ADD COLUMN target_group_reason TEXT NOT NULL DEFAULT ''
  CHECK (length(target_group_reason) <= 1000);
