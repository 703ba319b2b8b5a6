/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-store-private.h"

/* Obstacles in a participant's way: the SQL of the dossier's Obstacles section. */

#define OBSTACLE_COLUMNS \
  "id, participant_id, kind, description, status, opened_date, resolved_date"

static KoersObstacle *
obstacle_from_row (KoersStmt *stmt)
{
  int kind = 0, status = 0;

  koers_enum_from_nick (KOERS_TYPE_OBSTACLE_KIND, koers_stmt_text (stmt, 2), &kind);
  koers_enum_from_nick (KOERS_TYPE_OBSTACLE_STATUS, koers_stmt_text (stmt, 4), &status);
  return koers_obstacle_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                             kind, koers_stmt_text (stmt, 3), status,
                             koers_stmt_text (stmt, 5), koers_stmt_text (stmt, 6));
}

/* A date for an obstacle: valid, and not in the future. */
static gboolean
check_date (const char  *date,
            GError     **error)
{
  g_autoptr(GDate) parsed = koers_date_parse_iso (date);
  g_autoptr(GDate) today = koers_today ();

  if (parsed == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The date is not a date."));
      return FALSE;
    }
  if (g_date_compare (parsed, today) > 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The date lies in the future."));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_list_obstacles:
 * @self: a store
 * @participant_id: the participant
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the participant's obstacles as a #GListModel of
 *   #KoersObstacle: open ones first, then by date noted.
 */
GListModel *
koers_store_list_obstacles (KoersStore  *self,
                            gint64       participant_id,
                            GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GListStore) obstacles = g_list_store_new (KOERS_TYPE_OBSTACLE);
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " OBSTACLE_COLUMNS " FROM obstacle"
                                    " WHERE participant_id = ?1"
                                    " ORDER BY status = 'resolved', opened_date, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersObstacle) obstacle = obstacle_from_row (stmt);
      g_list_store_append (obstacles, obstacle);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&obstacles));
}

/**
 * koers_store_add_obstacle:
 * @self: a store
 * @participant_id: the participant
 * @kind: what kind of obstacle
 * @description: what it is, in words; required
 * @opened_date: (nullable): when it was noted, "YYYY-MM-DD"; %NULL for today
 * @error: return location for an error
 *
 * Notes an open obstacle.
 *
 * Returns: the new obstacle's id, or 0 with @error set.
 */
gint64
koers_store_add_obstacle (KoersStore         *self,
                          gint64              participant_id,
                          KoersObstacleKind   kind,
                          const char         *description,
                          const char         *opened_date,
                          GError            **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *text = g_strstrip (g_strdup (description ? description : ""));
  g_autofree char *date = opened_date ? g_strdup (opened_date) : koers_today_iso ();

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*text == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Describe the obstacle."));
      return 0;
    }
  if (!koers_store_validate_text (text, 2000, _("The description"), error)
      || !check_date (date, error))
    return 0;

  stmt = koers_store_prepare (self, "INSERT INTO obstacle (participant_id, kind, description,"
                                    " opened_date) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_OBSTACLE_KIND, kind));
  koers_store_bind_text (stmt, 3, text);
  koers_store_bind_text (stmt, 4, date);
  if (!koers_store_begin (self, error))
    return 0;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return 0;
    }
  {
    gint64 id = sqlite3_last_insert_rowid (self->db);
    if (!koers_store_commit (self, error))
      return 0;
    return id;
  }
}

/**
 * koers_store_set_obstacle_status:
 * @self: a store
 * @obstacle_id: the obstacle
 * @status: its new status
 * @date: (nullable): for %KOERS_OBSTACLE_STATUS_RESOLVED, the day it was resolved; %NULL
 *   for today
 * @error: return location for an error
 *
 * Changes an obstacle's status; resolving records the date, reopening clears it.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_obstacle_status (KoersStore           *self,
                                 gint64                obstacle_id,
                                 KoersObstacleStatus   status,
                                 const char           *date,
                                 GError              **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (status == KOERS_OBSTACLE_STATUS_RESOLVED)
    {
      day = date ? g_strdup (date) : koers_today_iso ();
      if (!check_date (day, error))
        return FALSE;
    }

  stmt = koers_store_prepare (self,
    "UPDATE obstacle SET status = ?2, resolved_date = ?3 WHERE id = ?1"
    " AND (?3 IS NULL OR ?3 >= opened_date)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, obstacle_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_OBSTACLE_STATUS, status));
  koers_store_bind_nullable (stmt, 3, day);
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) != 1)
    {
      koers_store_rollback (self);
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("An obstacle cannot be resolved before it was noted."));
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_delete_obstacle:
 * @self: a store
 * @obstacle_id: the obstacle
 * @error: return location for an error
 *
 * Removes an obstacle.
 *
 * Returns: (transfer full) (nullable): the removed obstacle, for
 *   koers_store_restore_obstacle() when the user takes it back.
 */
KoersObstacle *
koers_store_delete_obstacle (KoersStore  *self,
                             gint64       obstacle_id,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(KoersObstacle) removed = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "DELETE FROM obstacle WHERE id = ?1"
                                    " RETURNING " OBSTACLE_COLUMNS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, obstacle_id);
  if (!koers_store_begin (self, error))
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    removed = obstacle_from_row (stmt);
  if (rc == SQLITE_ROW)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      koers_stmt_release (stmt);
      koers_store_rollback (self);
      return NULL;
    }
  koers_stmt_release (stmt);
  if (removed == NULL)
    {
      koers_store_rollback (self);
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This obstacle no longer exists."));
      return NULL;
    }
  if (!koers_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&removed);
}

