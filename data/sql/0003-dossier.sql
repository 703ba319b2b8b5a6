-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 3: the participant's dossier. Who else works with the participant, the
-- commitment to return, the planned departure, and how a trajectory ended otherwise.

ALTER TABLE participant ADD COLUMN trajectory_holder_id INTEGER
  REFERENCES staff (id) ON DELETE SET NULL;
ALTER TABLE participant ADD COLUMN buddy_id INTEGER REFERENCES staff (id) ON DELETE SET NULL;
ALTER TABLE participant ADD COLUMN commitment_date TEXT
  CHECK (commitment_date IS NULL OR date(commitment_date) IS commitment_date);
ALTER TABLE participant ADD COLUMN planned_departure TEXT
  CHECK (planned_departure IS NULL OR date(planned_departure) IS planned_departure);
-- Set when the trajectory ended another way than by return (status other than active).
ALTER TABLE participant ADD COLUMN exit_date TEXT
  CHECK (exit_date IS NULL OR date(exit_date) IS exit_date);
ALTER TABLE participant ADD COLUMN exit_reason TEXT NOT NULL DEFAULT ''
  CHECK (length(exit_reason) <= 2000);
