/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-store-private.h"

/* The perspective / return plan: goals and their actions. Rows are returned as GVariants
 * of a fixed type, which keeps them immutable and easy to hand to the UI. */

/**
 * koers_store_list_plan:
 * @self: a store
 * @participant_id: the participant
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the plan as `a(xsa(xsssms))`: per goal its id, title
 *   and actions; per action its id, description, owner, due date ("" when none) and done
 *   date (nothing when not done). Goals and actions in the order they were added.
 */
GVariant *
koers_store_list_plan (KoersStore  *self,
                       gint64       participant_id,
                       GError     **error)
{
  g_autoptr(KoersStmt) goals = NULL;
  g_autoptr(KoersStmt) actions = NULL;
  GVariantBuilder plan;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if ((goals = koers_store_prepare (self, "SELECT id, title FROM plan_goal"
                                          " WHERE participant_id = ?1 ORDER BY id", error)) == NULL
      || (actions = koers_store_prepare (self, "SELECT id, description, owner,"
                                               " coalesce (due_date, ''), done_date"
                                               " FROM plan_action WHERE goal_id = ?1 ORDER BY id",
                                         error)) == NULL)
    return NULL;

  g_variant_builder_init (&plan, G_VARIANT_TYPE ("a(xsa(xsssms))"));
  sqlite3_bind_int64 (goals, 1, participant_id);
  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    {
      GVariantBuilder steps;
      int arc;

      g_variant_builder_init (&steps, G_VARIANT_TYPE ("a(xsssms)"));
      sqlite3_bind_int64 (actions, 1, sqlite3_column_int64 (goals, 0));
      while ((arc = sqlite3_step (actions)) == SQLITE_ROW)
        g_variant_builder_add (&steps, "(xsssms)", sqlite3_column_int64 (actions, 0),
                               koers_stmt_text (actions, 1), koers_stmt_text (actions, 2),
                               koers_stmt_text (actions, 3), koers_stmt_text (actions, 4));
      koers_stmt_release (actions);
      if (arc != SQLITE_DONE)
        {
          g_variant_builder_clear (&steps);
          g_variant_builder_clear (&plan);
          koers_store_set_error (self, arc, error);
          return NULL;
        }
      g_variant_builder_add (&plan, "(xsa(xsssms))", sqlite3_column_int64 (goals, 0),
                             koers_stmt_text (goals, 1), &steps);
    }
  if (rc != SQLITE_DONE)
    {
      g_variant_builder_clear (&plan);
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_variant_ref_sink (g_variant_builder_end (&plan));
}

static gint64
insert (KoersStore  *self,
        KoersStmt   *stmt,
        GError     **error)
{
  gint64 id;

  if (!koers_store_begin (self, error))
    return 0;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);
  if (!koers_store_commit (self, error))
    return 0;
  return id;
}

static gboolean
run (KoersStore  *self,
     KoersStmt   *stmt,
     GError     **error)
{
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_add_goal:
 * @self: a store
 * @participant_id: the participant
 * @title: the goal, in words
 * @error: return location for an error
 *
 * Returns: the goal's id, or 0 with @error set.
 */
gint64
koers_store_add_goal (KoersStore  *self,
                      gint64       participant_id,
                      const char  *title,
                      GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *text = g_strstrip (g_strdup (title ? title : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*text == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Write the goal."));
      return 0;
    }
  if (!koers_store_validate_text (text, 500, _("The goal"), error))
    return 0;
  stmt = koers_store_prepare (self, "INSERT INTO plan_goal (participant_id, title)"
                                    " VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, text);
  return insert (self, stmt, error);
}

/**
 * koers_store_add_action:
 * @self: a store
 * @goal_id: the goal
 * @description: the action, in words
 * @owner: (nullable): who does it
 * @due_date: (nullable): by when, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * Returns: the action's id, or 0 with @error set.
 */
gint64
koers_store_add_action (KoersStore  *self,
                        gint64       goal_id,
                        const char  *description,
                        const char  *owner,
                        const char  *due_date,
                        GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *text = g_strstrip (g_strdup (description ? description : ""));
  g_autofree char *who = g_strstrip (g_strdup (owner ? owner : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*text == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Write the action."));
      return 0;
    }
  if (!koers_store_validate_text (text, 2000, _("The action"), error)
      || !koers_store_validate_text (who, 200, _("The owner"), error))
    return 0;
  if (due_date != NULL && *due_date != '\0')
    {
      g_autoptr(GDate) due = koers_date_parse_iso (due_date);
      if (due == NULL)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The due date is not a date."));
          return 0;
        }
    }
  stmt = koers_store_prepare (self, "INSERT INTO plan_action (goal_id, description, owner,"
                                    " due_date) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  koers_store_bind_text (stmt, 2, text);
  koers_store_bind_text (stmt, 3, who);
  koers_store_bind_nullable (stmt, 4, due_date);
  return insert (self, stmt, error);
}

/**
 * koers_store_set_action_done:
 * @self: a store
 * @action_id: the action
 * @done: whether it is done; done today
 * @error: return location for an error
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_action_done (KoersStore  *self,
                             gint64       action_id,
                             gboolean     done,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *today = koers_today_iso ();

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "UPDATE plan_action SET done_date = ?2 WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, action_id);
  koers_store_bind_nullable (stmt, 2, done ? today : NULL);
  return run (self, stmt, error);
}

/**
 * koers_store_delete_goal:
 * @self: a store
 * @goal_id: the goal
 * @error: return location for an error
 *
 * Removes a goal with its actions.
 *
 * Returns: %TRUE when removed.
 */
gboolean
koers_store_delete_goal (KoersStore  *self,
                         gint64       goal_id,
                         GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "DELETE FROM plan_goal WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  return run (self, stmt, error);
}
