/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-store-private.h"

/* The documents check: one row per participant and kind of document once checked. */

/**
 * koers_store_get_document:
 * @self: a store
 * @participant_id: the participant
 * @kind: which document
 * @status: (out): where it stands; %KOERS_DOCUMENT_STATUS_UNCHECKED when never checked
 * @requested_date: (out) (transfer full) (nullable): when it was requested
 * @obtained_date: (out) (transfer full) (nullable): when it was obtained
 * @note: (out) (transfer full): a note, possibly empty
 * @error: return location for an error
 *
 * Returns: %TRUE on success, whether or not the document was checked.
 */
gboolean
koers_store_get_document (KoersStore           *self,
                          gint64                participant_id,
                          KoersDocumentKind     kind,
                          KoersDocumentStatus  *status,
                          char                **requested_date,
                          char                **obtained_date,
                          char                **note,
                          GError              **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  int rc, value = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  *status = KOERS_DOCUMENT_STATUS_UNCHECKED;
  *requested_date = *obtained_date = NULL;
  *note = g_strdup ("");
  stmt = koers_store_prepare (self, "SELECT status, requested_date, obtained_date, note"
                                    " FROM document WHERE participant_id = ?1 AND kind = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_DOCUMENT_KIND, kind));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      koers_enum_from_nick (KOERS_TYPE_DOCUMENT_STATUS, koers_stmt_text (stmt, 0), &value);
      *status = value;
      *requested_date = g_strdup (koers_stmt_text (stmt, 1));
      *obtained_date = g_strdup (koers_stmt_text (stmt, 2));
      g_free (*note);
      *note = g_strdup (koers_stmt_text (stmt, 3));
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  return koers_store_set_error (self, rc, error);
}

static gboolean
check_optional_date (const char  *date,
                     const char  *label,
                     GError     **error)
{
  g_autoptr(GDate) parsed = NULL;
  g_autoptr(GDate) today = koers_today ();

  if (date == NULL)
    return TRUE;
  parsed = koers_date_parse_iso (date);
  if (parsed == NULL || g_date_compare (parsed, today) > 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   parsed == NULL ? _("%s is not a date.") : _("%s lies in the future."), label);
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_set_document:
 * @self: a store
 * @participant_id: the participant
 * @kind: which document
 * @status: where it stands; %KOERS_DOCUMENT_STATUS_UNCHECKED forgets the check
 * @requested_date: (nullable): when it was requested, "YYYY-MM-DD"
 * @obtained_date: (nullable): when it was obtained, not before it was requested
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Records the check of one document, in one transaction.
 *
 * Returns: %TRUE when saved; on %FALSE nothing changed.
 */
gboolean
koers_store_set_document (KoersStore           *self,
                          gint64                participant_id,
                          KoersDocumentKind     kind,
                          KoersDocumentStatus   status,
                          const char           *requested_date,
                          const char           *obtained_date,
                          const char           *note,
                          GError              **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *text = g_strstrip (g_strdup (note ? note : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (requested_date != NULL && *requested_date == '\0')
    requested_date = NULL;
  if (obtained_date != NULL && *obtained_date == '\0')
    obtained_date = NULL;
  if (!check_optional_date (requested_date, _("The request date"), error)
      || !check_optional_date (obtained_date, _("The date obtained"), error)
      || !koers_store_validate_text (text, 2000, _("The note"), error))
    return FALSE;
  if (requested_date != NULL && obtained_date != NULL && strcmp (obtained_date, requested_date) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("A document cannot be obtained before it was requested."));
      return FALSE;
    }

  if (status == KOERS_DOCUMENT_STATUS_UNCHECKED)
    stmt = koers_store_prepare (self, "DELETE FROM document WHERE participant_id = ?1"
                                      " AND kind = ?2", error);
  else
    stmt = koers_store_prepare (self,
      "INSERT INTO document (participant_id, kind, status, requested_date, obtained_date, note)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (participant_id, kind) DO UPDATE SET"
      " status = excluded.status, requested_date = excluded.requested_date,"
      " obtained_date = excluded.obtained_date, note = excluded.note", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_DOCUMENT_KIND, kind));
  if (status != KOERS_DOCUMENT_STATUS_UNCHECKED)
    {
      koers_store_bind_text (stmt, 3, koers_enum_to_nick (KOERS_TYPE_DOCUMENT_STATUS, status));
      koers_store_bind_nullable (stmt, 4, requested_date);
      koers_store_bind_nullable (stmt, 5, obtained_date);
      koers_store_bind_text (stmt, 6, text);
    }
  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}
