-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 2: keys and indexes that let the participant list search and sort 100 000
-- dossiers in SQL. koers_fold() is registered by the store on every connection: it folds
-- case and strips diacritics, so "emile" finds "Émile" in any script.

ALTER TABLE participant ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN search_key TEXT NOT NULL DEFAULT '';

UPDATE participant
   SET name_key = koers_fold(trim(given_name || ' ' || family_name)),
       search_key = koers_fold(given_name || ' ' || family_name || ' ' || alias);

CREATE INDEX participant_name_key ON participant (name_key);
CREATE INDEX participant_phase_since ON participant (phase_since);
CREATE INDEX participant_country ON participant (country);
