-- SPDX-License-Identifier: GPL-3.0-or-later
-- Koers schema 8: the perspective / return plan: goals, each with actions that have an
-- owner, a due date and the day they were done.

CREATE TABLE plan_goal (
  id              INTEGER PRIMARY KEY,
  participant_id  INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500)
) STRICT;
CREATE INDEX plan_goal_participant ON plan_goal (participant_id);

CREATE TABLE plan_action (
  id              INTEGER PRIMARY KEY,
  goal_id         INTEGER NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
  description     TEXT NOT NULL CHECK (length(trim(description)) > 0
                                       AND length(description) <= 2000),
  owner           TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
  due_date        TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
  done_date       TEXT CHECK (done_date IS NULL OR date(done_date) IS done_date)
) STRICT;
CREATE INDEX plan_action_goal ON plan_action (goal_id);
