-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 12: the end of a trajectory. Partner organisations (IOM and VluchtelingenWerk
-- from the start); the handover checklist per participant, copied from a versioned template
-- kept as data (or added from a score list's suggested actions, or typed); the steps of the
-- handover to a partner, each with a follow-up date until departure; and the monitoring
-- contacts after return, planned at 1, 3, 6 and 12 months from the day of departure.

CREATE TABLE partner (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 200),
  kind            TEXT NOT NULL CHECK (kind IN ('return-grant', 'reintegration', 'business-kit',
                                                'medical', 'education', 'other')),
  contact         TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
  agreement_date  TEXT CHECK (agreement_date IS NULL OR date(agreement_date) IS agreement_date),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
) STRICT;

INSERT INTO partner (name, kind) VALUES ('IOM', 'return-grant');
INSERT INTO partner (name, kind) VALUES ('VluchtelingenWerk', 'return-grant');

CREATE TABLE checklist_template (
  id           INTEGER PRIMARY KEY,
  template_id  TEXT NOT NULL CHECK (length(template_id) BETWEEN 1 AND 100),
  version      INTEGER NOT NULL CHECK (version > 0),
  title        TEXT NOT NULL,
  definition   TEXT NOT NULL,
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (template_id, version)
) STRICT;

-- An item's text comes from its template (template_row + item_key), from a score list's
-- suggested action (score_list_row + item_key), or was typed (title); so template texts show
-- in the language of the user who reads them.
CREATE TABLE checklist_item (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  template_row    INTEGER REFERENCES checklist_template (id),
  score_list_row  INTEGER REFERENCES score_list (id),
  item_key        TEXT CHECK (item_key IS NULL OR length(item_key) BETWEEN 1 AND 100),
  title           TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
  sensitivity     TEXT NOT NULL DEFAULT 'none' CHECK (sensitivity IN ('none', 'health', 'safety')),
  status          TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'done', 'not-applicable')),
  status_date     TEXT CHECK (status_date IS NULL OR date(status_date) IS status_date),
  done_by         TEXT NOT NULL DEFAULT '' CHECK (length(done_by) <= 200),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  CHECK ((template_row IS NOT NULL) + (score_list_row IS NOT NULL) <= 1),
  CHECK ((item_key IS NULL) = (template_row IS NULL AND score_list_row IS NULL)),
  CHECK (item_key IS NOT NULL OR length(trim(title)) > 0),
  CHECK ((status = 'open') = (status_date IS NULL)),
  CHECK (status <> 'not-applicable' OR length(trim(note)) > 0)
) STRICT;
CREATE INDEX checklist_item_participant ON checklist_item (participant_id, position);

CREATE TABLE handover_step (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  partner_id      INTEGER NOT NULL REFERENCES partner (id),
  step            TEXT NOT NULL CHECK (step IN ('prepared', 'sent', 'accepted', 'rejected',
                                                'grant-approved', 'flight-booked', 'departed')),
  step_date       TEXT NOT NULL CHECK (date(step_date) IS step_date),
  follow_up       TEXT CHECK (follow_up IS NULL
                              OR (date(follow_up) IS follow_up AND follow_up >= step_date)),
  flight_date     TEXT CHECK (flight_date IS NULL
                              OR (date(flight_date) IS flight_date AND flight_date >= step_date)),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  CHECK ((step = 'departed') = (follow_up IS NULL)),
  CHECK ((step = 'flight-booked') = (flight_date IS NOT NULL)),
  CHECK (step <> 'rejected' OR length(trim(note)) > 0)
) STRICT;
CREATE INDEX handover_step_participant ON handover_step (participant_id, step_date);
CREATE INDEX handover_step_partner ON handover_step (partner_id);

CREATE TABLE monitoring_contact (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  months          INTEGER NOT NULL CHECK (months IN (1, 3, 6, 12)),
  planned_date    TEXT NOT NULL CHECK (date(planned_date) IS planned_date),
  contact_date    TEXT CHECK (contact_date IS NULL OR date(contact_date) IS contact_date),
  channel         TEXT CHECK (channel IS NULL OR channel IN ('phone', 'message', 'video',
                                                             'email', 'partner', 'visit')),
  reached         INTEGER CHECK (reached IS NULL OR reached IN (0, 1)),
  arrived_safely  INTEGER CHECK (arrived_safely IS NULL OR arrived_safely IN (0, 1)),
  business        TEXT NOT NULL DEFAULT 'unknown'
                  CHECK (business IN ('unknown', 'yes', 'partly', 'no')),
  income          TEXT NOT NULL DEFAULT '' CHECK (length(income) <= 200),
  housing         TEXT NOT NULL DEFAULT '' CHECK (length(housing) <= 200),
  wellbeing       INTEGER CHECK (wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5),
  support_needed  TEXT NOT NULL DEFAULT '' CHECK (length(support_needed) <= 2000),
  note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  UNIQUE (participant_id, months),
  CHECK ((contact_date IS NULL) = (channel IS NULL)),
  CHECK ((contact_date IS NULL) = (reached IS NULL))
) STRICT;
CREATE INDEX monitoring_contact_due ON monitoring_contact (planned_date) WHERE contact_date IS NULL;
