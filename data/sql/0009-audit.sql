-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 9: the audit trail. Every change the store writes is one audit_change (who,
-- when, where) with one audit_entry per changed field: which table and row, which column, the
-- old and the new value (ANY keeps each value exactly as it was stored, so a change can be
-- undone). The entries are written by temporary triggers that the store creates on its own
-- connection, in the same transaction as the change. participant_id has no foreign key on
-- purpose: the trail outlives a dossier that is erased (its values are then cleared).

CREATE TABLE audit_change (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL DEFAULT '',
  host        TEXT NOT NULL DEFAULT '',
  undoes      INTEGER
) STRICT;

CREATE TABLE audit_entry (
  id              INTEGER PRIMARY KEY,
  change_id       INTEGER NOT NULL REFERENCES audit_change (id),
  participant_id  INTEGER,
  tbl             TEXT NOT NULL,
  row_id          INTEGER NOT NULL,
  action          TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'erase')),
  col             TEXT,
  old_value       ANY,
  new_value       ANY
) STRICT;

CREATE INDEX audit_entry_change ON audit_entry (change_id);
CREATE INDEX audit_entry_participant ON audit_entry (participant_id, change_id);
