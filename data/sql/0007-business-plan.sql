-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 7: the business plan for the return. Money in integer euro cents.

CREATE TABLE business_plan (
  participant_id  INTEGER PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
  idea            TEXT NOT NULL DEFAULT '' CHECK (length(idea) <= 2000),
  sector          TEXT NOT NULL DEFAULT '' CHECK (length(sector) <= 200),
  place           TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
  startup_cents   INTEGER CHECK (startup_cents IS NULL OR startup_cents BETWEEN 0 AND 100000000),
  funding         TEXT NOT NULL DEFAULT '' CHECK (length(funding) <= 2000),
  status          TEXT NOT NULL DEFAULT 'idea'
                  CHECK (status IN ('idea', 'draft', 'complete', 'funded', 'started'))
) STRICT;
