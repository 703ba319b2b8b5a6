/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-store-private.h"

/* The business plan: one row per participant, made on the first change. */

/**
 * koers_store_get_business_plan:
 * @self: a store
 * @participant_id: the participant
 * @idea: (out) (transfer full): the business idea
 * @sector: (out) (transfer full): the sector
 * @place: (out) (transfer full): the place in the country of origin
 * @startup_cents: (out): start-up costs in cents, -1 when not known
 * @funding: (out) (transfer full): where the money comes from
 * @status: (out): how far the plan is
 * @error: return location for an error
 *
 * Returns: %TRUE on success; an empty plan when none was made yet.
 */
gboolean
koers_store_get_business_plan (KoersStore           *self,
                               gint64                participant_id,
                               char                **idea,
                               char                **sector,
                               char                **place,
                               gint64               *startup_cents,
                               char                **funding,
                               KoersBusinessStatus  *status,
                               GError              **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  int rc, value = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "SELECT idea, sector, place, startup_cents, funding, status"
                                    " FROM business_plan WHERE participant_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return koers_store_set_error (self, rc, error);
  *idea = g_strdup (rc == SQLITE_ROW ? koers_stmt_text (stmt, 0) : "");
  *sector = g_strdup (rc == SQLITE_ROW ? koers_stmt_text (stmt, 1) : "");
  *place = g_strdup (rc == SQLITE_ROW ? koers_stmt_text (stmt, 2) : "");
  *startup_cents = rc == SQLITE_ROW && sqlite3_column_type (stmt, 3) != SQLITE_NULL
                   ? sqlite3_column_int64 (stmt, 3) : -1;
  *funding = g_strdup (rc == SQLITE_ROW ? koers_stmt_text (stmt, 4) : "");
  if (rc == SQLITE_ROW)
    koers_enum_from_nick (KOERS_TYPE_BUSINESS_STATUS, koers_stmt_text (stmt, 5), &value);
  *status = value;
  return TRUE;
}

/**
 * koers_store_set_business_field:
 * @self: a store
 * @participant_id: the participant
 * @field: which field
 * @text: (nullable): the new text, for idea, sector, place and funding
 * @number: the start-up costs in cents (-1 for unknown), or the #KoersBusinessStatus
 * @error: return location for an error
 *
 * Changes one field of the business plan, creating the plan when needed, in one
 * transaction.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_business_field (KoersStore          *self,
                                gint64               participant_id,
                                KoersBusinessField   field,
                                const char          *text,
                                gint64               number,
                                GError             **error)
{
  static const char *const sql[] = {
    [KOERS_BUSINESS_FIELD_IDEA] = "UPDATE business_plan SET idea = ?2 WHERE participant_id = ?1",
    [KOERS_BUSINESS_FIELD_SECTOR] = "UPDATE business_plan SET sector = ?2 WHERE participant_id = ?1",
    [KOERS_BUSINESS_FIELD_PLACE] = "UPDATE business_plan SET place = ?2 WHERE participant_id = ?1",
    [KOERS_BUSINESS_FIELD_STARTUP_COSTS] =
      "UPDATE business_plan SET startup_cents = ?2 WHERE participant_id = ?1",
    [KOERS_BUSINESS_FIELD_FUNDING] =
      "UPDATE business_plan SET funding = ?2 WHERE participant_id = ?1",
    [KOERS_BUSINESS_FIELD_STATUS] = "UPDATE business_plan SET status = ?2 WHERE participant_id = ?1",
  };
  g_autoptr(KoersStmt) create = NULL;
  g_autoptr(KoersStmt) update = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (sql), FALSE);

  switch (field)
    {
    case KOERS_BUSINESS_FIELD_IDEA:
    case KOERS_BUSINESS_FIELD_FUNDING:
      if (!koers_store_validate_text (trimmed, 2000, field == KOERS_BUSINESS_FIELD_IDEA
                                                     ? _("The idea") : _("The funding"), error))
        return FALSE;
      break;
    case KOERS_BUSINESS_FIELD_SECTOR:
    case KOERS_BUSINESS_FIELD_PLACE:
      if (!koers_store_validate_text (trimmed, 200, field == KOERS_BUSINESS_FIELD_SECTOR
                                                    ? _("The sector") : _("The place"), error))
        return FALSE;
      break;
    case KOERS_BUSINESS_FIELD_STARTUP_COSTS:
      if (number < -1 || number > 100000000)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("Start-up costs are an amount from € 0 to € 1,000,000."));
          return FALSE;
        }
      break;
    case KOERS_BUSINESS_FIELD_STATUS:
      if (number < KOERS_BUSINESS_STATUS_IDEA || number > KOERS_BUSINESS_STATUS_STARTED)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("This value does not fit the field."));
          return FALSE;
        }
      break;
    default:
      break;
    }

  if ((create = koers_store_prepare (self, "INSERT INTO business_plan (participant_id)"
                                           " VALUES (?1) ON CONFLICT DO NOTHING", error)) == NULL
      || (update = koers_store_prepare (self, sql[field], error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (create, 1, participant_id);
  sqlite3_bind_int64 (update, 1, participant_id);
  if (field == KOERS_BUSINESS_FIELD_STARTUP_COSTS)
    {
      if (number < 0)
        sqlite3_bind_null (update, 2);
      else
        sqlite3_bind_int64 (update, 2, number);
    }
  else if (field == KOERS_BUSINESS_FIELD_STATUS)
    koers_store_bind_text (update, 2, koers_enum_to_nick (KOERS_TYPE_BUSINESS_STATUS, number));
  else
    koers_store_bind_text (update, 2, trimmed);

  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, create, error) || !koers_store_step_done (self, update, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}
