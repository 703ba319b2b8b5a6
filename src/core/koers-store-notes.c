/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-store-private.h"

/* The contact log: dated notes of meetings, calls and sessions. */

#define MAX_NOTE_LENGTH 10000

#define NOTE_SELECT \
  "SELECT n.id, n.participant_id, n.note_date, n.kind, n.author_id, s.name, n.text" \
  " FROM contact_note n LEFT JOIN staff s ON s.id = n.author_id"

static KoersNote *
note_from_row (KoersStmt *stmt)
{
  int kind = 0;

  koers_enum_from_nick (KOERS_TYPE_NOTE_KIND, koers_stmt_text (stmt, 3), &kind);
  return koers_note_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                         koers_stmt_text (stmt, 2), kind, sqlite3_column_int64 (stmt, 4),
                         koers_stmt_text (stmt, 5), koers_stmt_text (stmt, 6));
}

/**
 * koers_store_list_notes:
 * @self: a store
 * @participant_id: the participant
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the contact log as a #GListModel of #KoersNote,
 *   newest first.
 */
GListModel *
koers_store_list_notes (KoersStore  *self,
                        gint64       participant_id,
                        GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GListStore) notes = g_list_store_new (KOERS_TYPE_NOTE);
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, NOTE_SELECT " WHERE n.participant_id = ?1"
                                    " ORDER BY n.note_date DESC, n.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersNote) note = note_from_row (stmt);
      g_list_store_append (notes, note);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&notes));
}

static gboolean
insert_note (KoersStore   *self,
             gint64        id,
             gint64        participant_id,
             const char   *date,
             KoersNoteKind kind,
             gint64        author_id,
             const char   *text,
             gint64       *new_id,
             GError      **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  stmt = koers_store_prepare (self, "INSERT INTO contact_note (id, participant_id, note_date,"
                                    " kind, author_id, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, participant_id);
  koers_store_bind_text (stmt, 3, date);
  koers_store_bind_text (stmt, 4, koers_enum_to_nick (KOERS_TYPE_NOTE_KIND, kind));
  if (author_id > 0)
    sqlite3_bind_int64 (stmt, 5, author_id);
  else
    sqlite3_bind_null (stmt, 5);
  koers_store_bind_text (stmt, 6, text);

  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (new_id != NULL)
    *new_id = sqlite3_last_insert_rowid (self->db);
  return koers_store_commit (self, error);
}

/**
 * koers_store_add_note:
 * @self: a store
 * @participant_id: the participant
 * @date: (nullable): the day of the contact, "YYYY-MM-DD"; %NULL for today
 * @kind: what kind of contact
 * @author_id: the staff member writing it, 0 for none
 * @text: the note, up to 10 000 characters; line breaks and tabs are kept
 * @error: return location for an error
 *
 * Adds a note to the contact log.
 *
 * Returns: the note's id, or 0 with @error set.
 */
gint64
koers_store_add_note (KoersStore     *self,
                      gint64          participant_id,
                      const char     *date,
                      KoersNoteKind   kind,
                      gint64          author_id,
                      const char     *text,
                      GError        **error)
{
  g_autofree char *day = date ? g_strdup (date) : koers_today_iso ();
  g_autofree char *body = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GDate) when = koers_date_parse_iso (day);
  g_autoptr(GDate) today = koers_today ();
  gint64 id = 0;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (when == NULL || g_date_compare (when, today) > 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           when == NULL ? _("The date is not a date.")
                                        : _("The date lies in the future."));
      return 0;
    }
  if (*body == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Write what was discussed."));
      return 0;
    }
  if (!g_utf8_validate (body, -1, NULL) || g_utf8_strlen (body, -1) > MAX_NOTE_LENGTH)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("A note can hold up to %d characters of text."), MAX_NOTE_LENGTH);
      return 0;
    }
  /* A note may have lines and tabs, but no other control characters. */
  for (const char *p = body; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The note contains a control character."));
          return 0;
        }
    }

  if (!insert_note (self, 0, participant_id, day, kind, author_id, body, &id, error))
    return 0;
  return id;
}

/**
 * koers_store_delete_note:
 * @self: a store
 * @note_id: the note
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the removed note, for koers_store_restore_note().
 */
KoersNote *
koers_store_delete_note (KoersStore  *self,
                         gint64       note_id,
                         GError     **error)
{
  g_autoptr(KoersStmt) get = NULL;
  g_autoptr(KoersStmt) remove = NULL;
  g_autoptr(KoersNote) note = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if ((get = koers_store_prepare (self, NOTE_SELECT " WHERE n.id = ?1", error)) == NULL
      || (remove = koers_store_prepare (self, "DELETE FROM contact_note WHERE id = ?1",
                                        error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (get, 1, note_id);
  rc = sqlite3_step (get);
  if (rc == SQLITE_ROW)
    note = note_from_row (get);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                         _("This note no longer exists."));
  else
    koers_store_set_error (self, rc, error);
  koers_stmt_release (get);
  if (note == NULL)
    return NULL;

  sqlite3_bind_int64 (remove, 1, note_id);
  if (!koers_store_begin (self, error))
    return NULL;
  if (!koers_store_step_done (self, remove, error))
    {
      koers_store_rollback (self);
      return NULL;
    }
  if (!koers_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&note);
}

