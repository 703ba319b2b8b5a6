/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-enum-types.h"
#include "koers-store-private.h"

/* The end of a trajectory in the store: partner organisations, the handover checklist
 * (copied from a versioned template, or added from a score list's suggested actions, or
 * typed), the steps of the handover to a partner, and the monitoring contacts after return,
 * planned when the departure is recorded. */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
not_found (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gboolean
is_day (const char *date)
{
  g_autoptr(GDate) parsed = koers_date_parse_iso (date);

  return parsed != NULL;
}

static gboolean
in_future (const char *date)
{
  g_autofree char *today = koers_today_iso ();

  return strcmp (date, today) > 0;
}

/* Runs @stmt as a change of its own; a row that is not there is @missing. */
static gboolean
run_one (KoersStore  *self,
         KoersStmt   *stmt,
         const char  *missing,
         GError     **error)
{
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      koers_store_rollback (self);
      return not_found (error, missing);
    }
  return koers_store_commit (self, error);
}

/* Runs @stmt as a change of its own; %FALSE (rolled back) with @error set otherwise. */
static gboolean
write_one (KoersStore  *self,
           KoersStmt   *stmt,
           GError     **error)
{
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/* As write_one(), for an INSERT: the new row's id, or 0. */
static gint64
insert_one (KoersStore  *self,
            KoersStmt   *stmt,
            GError     **error)
{
  return write_one (self, stmt, error) ? sqlite3_last_insert_rowid (self->db) : 0;
}

/* ---- partners ------------------------------------------------------------------------- */

static gboolean
check_partner (const char  *name,
               const char  *contact,
               const char  *agreement_date,
               const char  *note,
               GError     **error)
{
  if (name == NULL || *name == '\0')
    return invalid (error, _("Give the partner's name."));
  if (!koers_store_validate_text (name, 200, _("The name"), error)
      || !koers_store_validate_text (contact ? contact : "", 200, _("The contact person"), error)
      || !koers_store_validate_text (note ? note : "", 2000, _("The note"), error))
    return FALSE;
  if (agreement_date != NULL && !is_day (agreement_date))
    return invalid (error, _("The date of the agreement is not a date."));
  if (agreement_date != NULL && in_future (agreement_date))
    return invalid (error, _("The date of the agreement lies in the future."));
  return TRUE;
}

/* A second partner of the same name is refused by the schema; say so in words. */
static void
explain_duplicate_name (GError    **error,
                        const char *name)
{
  if (error != NULL && *error != NULL
      && g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
    {
      g_clear_error (error);
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("There is already a partner called “%s”."), name);
    }
}

/**
 * koers_store_add_partner:
 * @self: a store
 * @name: the organisation's name, unique
 * @kind: what it does for returnees
 * @contact: (nullable): the contact person
 * @agreement_date: (nullable): when the cooperation agreement was signed
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Returns: the new partner's id, or 0 with @error set.
 */
gint64
koers_store_add_partner (KoersStore        *self,
                         const char        *name,
                         KoersPartnerKind   kind,
                         const char        *contact,
                         const char        *agreement_date,
                         const char        *note,
                         GError           **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));
  g_autoptr(KoersStmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (!check_partner (trimmed, contact, agreement_date, note, error))
    return 0;
  stmt = koers_store_prepare (self, "INSERT INTO partner (name, kind, contact, agreement_date, "
                                    "note) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;
  koers_store_bind_text (stmt, 1, trimmed);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_PARTNER_KIND, kind));
  koers_store_bind_text (stmt, 3, contact ? contact : "");
  koers_store_bind_nullable (stmt, 4, agreement_date);
  koers_store_bind_text (stmt, 5, note ? note : "");
  id = insert_one (self, stmt, error);
  if (id == 0)
    explain_duplicate_name (error, trimmed);
  return id;
}

/**
 * koers_store_update_partner:
 * @self: a store
 * @partner_id: the partner
 * @name: the organisation's name, unique
 * @kind: what it does for returnees
 * @contact: (nullable): the contact person
 * @agreement_date: (nullable): when the cooperation agreement was signed
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_update_partner (KoersStore        *self,
                            gint64             partner_id,
                            const char        *name,
                            KoersPartnerKind   kind,
                            const char        *contact,
                            const char        *agreement_date,
                            const char        *note,
                            GError           **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!check_partner (trimmed, contact, agreement_date, note, error))
    return FALSE;
  /* Only a real change is written, so that saving unchanged fields leaves no trail. */
  stmt = koers_store_prepare (self, "UPDATE partner SET name = ?2, kind = ?3, contact = ?4, "
                                    "agreement_date = ?5, note = ?6 WHERE id = ?1 AND "
                                    "(name, kind, contact, agreement_date, note) IS NOT "
                                    "(?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, partner_id);
  koers_store_bind_text (stmt, 2, trimmed);
  koers_store_bind_text (stmt, 3, koers_enum_to_nick (KOERS_TYPE_PARTNER_KIND, kind));
  koers_store_bind_text (stmt, 4, contact ? contact : "");
  koers_store_bind_nullable (stmt, 5, agreement_date);
  koers_store_bind_text (stmt, 6, note ? note : "");
  if (!write_one (self, stmt, error))
    {
      explain_duplicate_name (error, trimmed);
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_delete_partner:
 * @self: a store
 * @partner_id: the partner
 * @error: return location for an error
 *
 * Removes a partner no handover refers to; one that was part of a handover stays, as the
 * dossiers that name it do.
 *
 * Returns: %TRUE when removed.
 */
gboolean
koers_store_delete_partner (KoersStore  *self,
                            gint64       partner_id,
                            GError     **error)
{
  g_autoptr(KoersStmt) used = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  gint64 n;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  used = koers_store_prepare (self, "SELECT count(DISTINCT participant_id) FROM handover_step "
                                    "WHERE partner_id = ?1", error);
  if (used == NULL)
    return FALSE;
  sqlite3_bind_int64 (used, 1, partner_id);
  if (sqlite3_step (used) != SQLITE_ROW)
    return koers_store_set_error (self, sqlite3_errcode (self->db), error);
  n = sqlite3_column_int64 (used, 0);
  if (n > 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   ngettext ("This partner is part of the handover of %d participant, so it "
                             "stays.",
                             "This partner is part of the handover of %d participants, so it "
                             "stays.", (gulong) n), (int) n);
      return FALSE;
    }
  g_clear_pointer (&used, koers_stmt_release);
  stmt = koers_store_prepare (self, "DELETE FROM partner WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, partner_id);
  return run_one (self, stmt, _("This partner does not exist any more."), error);
}

/**
 * koers_store_list_partners:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the partners by name as a #GVariant of type
 *   `a(xsssssu)`: id, name, kind (nick), contact, agreement date ("" when none), note, and the
 *   number of participants whose handover names it.
 */
GVariant *
koers_store_list_partners (KoersStore  *self,
                           GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT p.id, p.name, p.kind, p.contact, "
                                    "coalesce(p.agreement_date, ''), p.note, "
                                    "(SELECT count(DISTINCT participant_id) FROM handover_step h "
                                    "WHERE h.partner_id = p.id) "
                                    "FROM partner p ORDER BY p.name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xsssssu)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "(xsssssu)", sqlite3_column_int64 (stmt, 0),
                           koers_stmt_text (stmt, 1), koers_stmt_text (stmt, 2),
                           koers_stmt_text (stmt, 3), koers_stmt_text (stmt, 4),
                           koers_stmt_text (stmt, 5), (guint32) sqlite3_column_int (stmt, 6));
  return koers_store_end_variant (self, &builder, rc, error);
}

/* ---- the checklist -------------------------------------------------------------------- */

static KoersChecklistTemplate *
template_from_row (KoersStore  *self,
                   gint64       row_id,
                   const char  *definition,
                   GError     **error)
{
  KoersChecklistTemplate *template = g_hash_table_lookup (self->checklist_templates, &row_id);

  if (template == NULL)
    {
      template = koers_checklist_template_new_from_data (definition, -1, error);
      if (template == NULL)
        return NULL;
      g_hash_table_insert (self->checklist_templates, g_memdup2 (&row_id, sizeof row_id),
                           template);
    }
  return template;
}

/* The template new checklists are copied from: the newest; the one that ships with Koers is
 * added when the store has no newer version. Owned by the store. */
static KoersChecklistTemplate *
current_template (KoersStore  *self,
                  gint64      *row_id,
                  GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  if (!self->read_only && !self->shipped_template_checked)
    {
      g_autoptr(KoersChecklistTemplate) shipped = koers_checklist_template_new_default (error);
      g_autoptr(KoersStmt) insert = NULL;

      if (shipped == NULL)
        return NULL;
      insert = koers_store_prepare (self, "INSERT INTO checklist_template (template_id, version, "
                                          "title, definition) SELECT ?1, ?2, ?3, ?4 WHERE "
                                          "NOT EXISTS (SELECT 1 FROM checklist_template WHERE "
                                          "template_id = ?1 AND version >= ?2)", error);
      if (insert == NULL)
        return NULL;
      koers_store_bind_text (insert, 1, koers_checklist_template_get_id (shipped));
      sqlite3_bind_int (insert, 2, koers_checklist_template_get_version (shipped));
      koers_store_bind_text (insert, 3, koers_checklist_template_get_title (shipped));
      koers_store_bind_text (insert, 4, koers_checklist_template_get_data (shipped));
      if (!write_one (self, insert, error))
        return NULL;
      self->shipped_template_checked = TRUE;
    }

  stmt = koers_store_prepare (self, "SELECT id, definition FROM checklist_template "
                                    "ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("There is no handover checklist template in this database."));
      return NULL;
    }
  *row_id = sqlite3_column_int64 (stmt, 0);
  return template_from_row (self, *row_id, koers_stmt_text (stmt, 1), error);
}

static gint64
next_position (KoersStore  *self,
               gint64       participant_id,
               GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT coalesce(max(position), 0) + 1 "
                                                         "FROM checklist_item WHERE "
                                                         "participant_id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return koers_store_set_error (self, sqlite3_errcode (self->db), error), 0;
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
participant_exists (KoersStore  *self,
                    gint64       participant_id,
                    GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT 1 FROM participant "
                                                         "WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    return not_found (error, _("This participant no longer exists."));
  return koers_store_set_error (self, rc, error);
}

/**
 * koers_store_start_checklist:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * Starts a participant's handover checklist: copies the items of the newest template, after
 * any that were already added from the score list. A checklist is started once.
 *
 * Returns: %TRUE when started.
 */
gboolean
koers_store_start_checklist (KoersStore  *self,
                             gint64       participant_id,
                             GError     **error)
{
  g_autoptr(KoersStmt) started = NULL;
  g_autoptr(KoersStmt) insert = NULL;
  KoersChecklistTemplate *template;
  gint64 template_row = 0, position;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!participant_exists (self, participant_id, error)
      || (template = current_template (self, &template_row, error)) == NULL)
    return FALSE;
  started = koers_store_prepare (self, "SELECT 1 FROM checklist_item WHERE participant_id = ?1 "
                                       "AND template_row IS NOT NULL", error);
  if (started == NULL)
    return FALSE;
  sqlite3_bind_int64 (started, 1, participant_id);
  if (sqlite3_step (started) == SQLITE_ROW)
    return invalid (error, _("The handover checklist of this participant was started already."));
  g_clear_pointer (&started, koers_stmt_release);

  if ((position = next_position (self, participant_id, error)) == 0)
    return FALSE;
  insert = koers_store_prepare (self, "INSERT INTO checklist_item (participant_id, position, "
                                      "template_row, item_key, sensitivity) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (insert == NULL || !koers_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < koers_checklist_template_get_n_entries (template); i++)
    {
      const KoersChecklistEntry *entry = koers_checklist_template_get_entry (template, i);

      sqlite3_bind_int64 (insert, 1, participant_id);
      sqlite3_bind_int64 (insert, 2, position + i);
      sqlite3_bind_int64 (insert, 3, template_row);
      koers_store_bind_text (insert, 4, entry->key);
      koers_store_bind_text (insert, 5, koers_enum_to_nick (KOERS_TYPE_SENSITIVITY,
                                                            entry->sensitivity));
      if (!koers_store_step_done (self, insert, error))
        {
          koers_store_rollback (self);
          return FALSE;
        }
      sqlite3_reset (insert);
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_add_checklist_item:
 * @self: a store
 * @participant_id: whose
 * @title: what has to be done
 * @error: return location for an error
 *
 * Adds an item of the user's own to the end of a participant's checklist.
 *
 * Returns: the item's id, or 0 with @error set.
 */
gint64
koers_store_add_checklist_item (KoersStore  *self,
                                gint64       participant_id,
                                const char  *title,
                                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));
  g_autoptr(KoersStmt) stmt = NULL;
  gint64 position;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*trimmed == '\0')
    return invalid (error, _("Say what has to be done.")), 0;
  if (!koers_store_validate_text (trimmed, 500, _("The item"), error)
      || !participant_exists (self, participant_id, error)
      || (position = next_position (self, participant_id, error)) == 0)
    return 0;
  stmt = koers_store_prepare (self, "INSERT INTO checklist_item (participant_id, position, title) "
                                    "VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  sqlite3_bind_int64 (stmt, 2, position);
  koers_store_bind_text (stmt, 3, trimmed);
  return insert_one (self, stmt, error);
}

static KoersSensitivity
sensitivity_of_action (const KoersScoreAction *action)
{
  switch (action->obstacle_kind)
    {
    case KOERS_OBSTACLE_KIND_MEDICAL:
    case KOERS_OBSTACLE_KIND_PSYCHOLOGICAL:
      return KOERS_SENSITIVITY_HEALTH;
    case KOERS_OBSTACLE_KIND_SAFETY:
      return KOERS_SENSITIVITY_SAFETY;
    default:
      return KOERS_SENSITIVITY_NONE;
    }
}

/**
 * koers_store_add_checklist_action:
 * @self: a store
 * @assessment_id: a finished assessment
 * @action_id: one of its suggested actions
 * @error: return location for an error
 *
 * Adds a suggested action of a score-list assessment to the participant's handover
 * checklist; its text stays that of the list, in the reader's language. An action already
 * on the checklist is not added twice.
 *
 * Returns: the item's id, or 0 with @error set.
 */
gint64
koers_store_add_checklist_action (KoersStore  *self,
                                  gint64       assessment_id,
                                  const char  *action_id,
                                  GError     **error)
{
  g_autoptr(KoersStmt) find = NULL;
  g_autoptr(KoersStmt) twice = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(KoersScoreList) list = NULL;
  const KoersScoreAction *action;
  gint64 participant_id, list_row, position;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  find = koers_store_prepare (self, "SELECT participant_id, score_list_id FROM assessment "
                                    "WHERE id = ?1", error);
  if (find == NULL)
    return 0;
  sqlite3_bind_int64 (find, 1, assessment_id);
  if (sqlite3_step (find) != SQLITE_ROW)
    return not_found (error, _("This assessment does not exist any more.")), 0;
  participant_id = sqlite3_column_int64 (find, 0);
  list_row = sqlite3_column_int64 (find, 1);
  g_clear_pointer (&find, koers_stmt_release);

  if ((list = koers_store_get_score_list_by_row (self, list_row, error)) == NULL)
    return 0;
  action = action_id ? koers_score_list_find_action (list, action_id) : NULL;
  if (action == NULL)
    return invalid (error, _("The score list has no such action.")), 0;

  twice = koers_store_prepare (self, "SELECT 1 FROM checklist_item WHERE participant_id = ?1 "
                                     "AND score_list_row IS NOT NULL AND item_key = ?2", error);
  if (twice == NULL)
    return 0;
  sqlite3_bind_int64 (twice, 1, participant_id);
  koers_store_bind_text (twice, 2, action_id);
  if (sqlite3_step (twice) == SQLITE_ROW)
    return invalid (error, _("This action is on the handover checklist already.")), 0;
  g_clear_pointer (&twice, koers_stmt_release);

  if ((position = next_position (self, participant_id, error)) == 0)
    return 0;
  stmt = koers_store_prepare (self, "INSERT INTO checklist_item (participant_id, position, "
                                    "score_list_row, item_key, sensitivity) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, list_row);
  koers_store_bind_text (stmt, 4, action_id);
  koers_store_bind_text (stmt, 5, koers_enum_to_nick (KOERS_TYPE_SENSITIVITY,
                                                      sensitivity_of_action (action)));
  return insert_one (self, stmt, error);
}

/**
 * koers_store_set_checklist_item:
 * @self: a store
 * @item_id: an item of a checklist
 * @status: open, done or not applicable
 * @date: (nullable): the day it was done or found not to apply; %NULL for today
 * @done_by: (nullable): who
 * @note: (nullable): a note; the reason when the item does not apply; %NULL keeps the note
 * @error: return location for an error
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_checklist_item (KoersStore        *self,
                                gint64             item_id,
                                KoersCheckStatus   status,
                                const char        *date,
                                const char        *done_by,
                                const char        *note,
                                GError           **error)
{
  g_autofree char *reason = note ? g_strstrip (g_strdup (note)) : NULL;
  g_autofree char *who = g_strstrip (g_strdup (done_by ? done_by : ""));
  g_autofree char *today = koers_today_iso ();
  g_autoptr(KoersStmt) stmt = NULL;
  const char *day = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (status != KOERS_CHECK_STATUS_OPEN)
    {
      day = date ? date : today;
      if (!is_day (day))
        return invalid (error, _("The date is not a date."));
      if (in_future (day))
        return invalid (error, _("The date lies in the future."));
    }
  if (status == KOERS_CHECK_STATUS_NOT_APPLICABLE && (reason == NULL || *reason == '\0'))
    return invalid (error, _("Say why this does not apply."));
  if (!koers_store_validate_text (who, 200, _("Who"), error)
      || !koers_store_validate_text (reason ? reason : "", 2000, _("The note"), error))
    return FALSE;
  if (status == KOERS_CHECK_STATUS_OPEN)
    g_clear_pointer (&who, g_free);

  stmt = koers_store_prepare (self, "UPDATE checklist_item SET status = ?2, status_date = ?3, "
                                    "done_by = ?4, note = coalesce (?5, note) WHERE id = ?1 AND "
                                    "(status, status_date, done_by, note) IS NOT "
                                    "(?2, ?3, ?4, coalesce (?5, note))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_CHECK_STATUS, status));
  koers_store_bind_nullable (stmt, 3, day);
  koers_store_bind_text (stmt, 4, who ? who : "");
  if (reason != NULL)
    koers_store_bind_text (stmt, 5, reason);
  return write_one (self, stmt, error);
}

/**
 * koers_store_delete_checklist_item:
 * @self: a store
 * @item_id: an item the user or the score list added
 * @error: return location for an error
 *
 * Removes an added item; an item of the template is marked not applicable instead, so the
 * checklist keeps showing what was considered.
 *
 * Returns: %TRUE when removed.
 */
gboolean
koers_store_delete_checklist_item (KoersStore  *self,
                                   gint64       item_id,
                                   GError     **error)
{
  g_autoptr(KoersStmt) kind = NULL;
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  kind = koers_store_prepare (self, "SELECT template_row IS NOT NULL FROM checklist_item "
                                    "WHERE id = ?1", error);
  if (kind == NULL)
    return FALSE;
  sqlite3_bind_int64 (kind, 1, item_id);
  if (sqlite3_step (kind) != SQLITE_ROW)
    return not_found (error, _("This item does not exist any more."));
  if (sqlite3_column_int (kind, 0))
    return invalid (error, _("An item of the template stays on the checklist: mark it as not "
                             "applicable, with the reason."));
  g_clear_pointer (&kind, koers_stmt_release);
  stmt = koers_store_prepare (self, "DELETE FROM checklist_item WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return run_one (self, stmt, _("This item does not exist any more."), error);
}

/**
 * koers_store_list_checklist:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * A participant's handover checklist in order; empty when it was not started.
 *
 * Returns: (transfer full) (nullable): the items as a #GVariant of type `a(xssssssss)`: id,
 *   title and guidance in the UI language ("" when none), status (nick), date ("" while
 *   open), who, note, where it came from ("template", "score-list" or "own") and its
 *   sensitivity (nick). Use koers_checklist_readiness() for the figure.
 */
GVariant *
koers_store_list_checklist (KoersStore  *self,
                            gint64       participant_id,
                            GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT i.id, i.title, i.item_key, i.template_row, "
                                    "t.definition, i.score_list_row, i.status, "
                                    "coalesce(i.status_date, ''), i.done_by, i.note, "
                                    "i.sensitivity FROM checklist_item i "
                                    "LEFT JOIN checklist_template t ON t.id = i.template_row "
                                    "WHERE i.participant_id = ?1 ORDER BY i.position, i.id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xssssssss)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = koers_stmt_text (stmt, 2);
      const char *title = koers_stmt_text (stmt, 1);
      const char *guidance = "";
      const char *source = "own";
      g_autoptr(KoersScoreList) list = NULL;

      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        {
          KoersChecklistTemplate *template =
            template_from_row (self, sqlite3_column_int64 (stmt, 3), koers_stmt_text (stmt, 4),
                               NULL);
          const KoersChecklistEntry *entry =
            template ? koers_checklist_template_find (template, key) : NULL;

          source = "template";
          title = entry ? entry->title : key;
          guidance = entry && entry->guidance ? entry->guidance : "";
        }
      else if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        {
          const KoersScoreAction *action = NULL;

          list = koers_store_get_score_list_by_row (self, sqlite3_column_int64 (stmt, 5), NULL);
          action = list ? koers_score_list_find_action (list, key) : NULL;
          source = "score-list";
          title = action ? action->title : key;
        }
      g_variant_builder_add (&builder, "(xssssssss)", sqlite3_column_int64 (stmt, 0), title,
                             guidance, koers_stmt_text (stmt, 6), koers_stmt_text (stmt, 7),
                             koers_stmt_text (stmt, 8), koers_stmt_text (stmt, 9), source,
                             koers_stmt_text (stmt, 10));
    }
  return koers_store_end_variant (self, &builder, rc, error);
}

/* ---- the handover pipeline ------------------------------------------------------------ */

/* The last step of a participant's handover, or -1; with its partner and day. */
static gboolean
last_step (KoersStore  *self,
           gint64       participant_id,
           int         *step,
           gint64      *partner_id,
           char       **date,
           GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT step, partner_id, step_date "
                                                         "FROM handover_step WHERE "
                                                         "participant_id = ?1 ORDER BY id DESC "
                                                         "LIMIT 1", error);
  int rc;

  *step = -1;
  *partner_id = 0;
  *date = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      koers_enum_from_nick (KOERS_TYPE_HANDOVER_STEP, koers_stmt_text (stmt, 0), step);
      *partner_id = sqlite3_column_int64 (stmt, 1);
      *date = g_strdup (koers_stmt_text (stmt, 2));
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  return koers_store_set_error (self, rc, error);
}

static gboolean
partner_exists (KoersStore  *self,
                gint64       partner_id,
                GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT 1 FROM partner WHERE id = ?1",
                                                   error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, partner_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return invalid (error, _("This partner does not exist any more."));
  return TRUE;
}

static gboolean
plan_monitoring (KoersStore  *self,
                 gint64       participant_id,
                 const char  *departure,
                 GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "INSERT INTO monitoring_contact "
                                                         "(participant_id, months, planned_date) "
                                                         "VALUES (?1, ?2, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (koers_monitoring_months); i++)
    {
      g_autofree char *day = koers_monitoring_planned_date (departure,
                                                            koers_monitoring_months[i]);

      sqlite3_bind_int64 (stmt, 1, participant_id);
      sqlite3_bind_int (stmt, 2, koers_monitoring_months[i]);
      koers_store_bind_text (stmt, 3, day);
      if (!koers_store_step_done (self, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/**
 * koers_store_add_handover_step:
 * @self: a store
 * @participant_id: whose handover
 * @step: the step taken
 * @partner_id: the partner, for %KOERS_HANDOVER_STEP_PREPARED; 0 for the later steps,
 *   which keep the partner the handover was prepared for
 * @date: the day of the step, "YYYY-MM-DD"
 * @follow_up: (nullable): when to look at it again; required until departed
 * @flight_date: (nullable): the day of the flight, for %KOERS_HANDOVER_STEP_FLIGHT_BOOKED
 * @note: (nullable): a note; the reason of a rejection
 * @error: return location for an error
 *
 * Records a step of the handover by the rules of koers_handover_check_step(), on or after
 * the day of the step before. %KOERS_HANDOVER_STEP_DEPARTED also moves the participant to
 * the phase “Departed” on that day and plans the monitoring contacts at 1, 3, 6 and 12
 * months, in the same change.
 *
 * Returns: the step's id, or 0 with @error set.
 */
gint64
koers_store_add_handover_step (KoersStore        *self,
                               gint64             participant_id,
                               KoersHandoverStep  step,
                               gint64             partner_id,
                               const char        *date,
                               const char        *follow_up,
                               const char        *flight_date,
                               const char        *note,
                               GError           **error)
{
  g_autofree char *previous_date = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (note ? note : ""));
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(KoersParticipant) participant = NULL;
  int current;
  gint64 current_partner, id;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (follow_up != NULL && *follow_up == '\0')
    follow_up = NULL;
  if (!participant_exists (self, participant_id, error)
      || !last_step (self, participant_id, &current, &current_partner, &previous_date, error))
    return 0;
  if (step != KOERS_HANDOVER_STEP_PREPARED)
    {
      if (partner_id != 0 && current_partner != 0 && partner_id != current_partner)
        return invalid (error, _("The partner changes only when a handover is prepared "
                                 "again.")), 0;
      partner_id = current_partner;
    }
  if (!koers_handover_check_step (current, step, partner_id, date, follow_up, flight_date,
                                  trimmed, error)
      || !partner_exists (self, partner_id, error))
    return 0;
  if (previous_date != NULL && strcmp (date, previous_date) < 0)
    return invalid (error, _("The date lies before that of the step before.")), 0;

  if (step == KOERS_HANDOVER_STEP_DEPARTED)
    {
      participant = koers_store_get_participant (self, participant_id, error);
      if (participant == NULL)
        return 0;
      if (koers_participant_get_status (participant) != KOERS_STATUS_ACTIVE
          && koers_participant_get_status (participant) != KOERS_STATUS_COMPLETED)
        return invalid (error, _("The trajectory of this participant has ended; reopen it "
                                 "first.")), 0;
      if (koers_participant_get_phase (participant) >= KOERS_PHASE_DEPARTED)
        return invalid (error, _("The participant is already past departure.")), 0;
      if (strcmp (date, koers_participant_get_phase_since (participant)) < 0)
        return invalid (error, _("The day of departure lies before the start of the current "
                                 "phase.")), 0;
    }

  stmt = koers_store_prepare (self, "INSERT INTO handover_step (participant_id, partner_id, "
                                    "step, step_date, follow_up, flight_date, note) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  sqlite3_bind_int64 (stmt, 2, partner_id);
  koers_store_bind_text (stmt, 3, koers_enum_to_nick (KOERS_TYPE_HANDOVER_STEP, step));
  koers_store_bind_text (stmt, 4, date);
  koers_store_bind_nullable (stmt, 5, follow_up);
  koers_store_bind_nullable (stmt, 6, flight_date);
  koers_store_bind_text (stmt, 7, trimmed);
  if (!koers_store_step_done (self, stmt, error))
    goto failed;
  id = sqlite3_last_insert_rowid (self->db);
  if (step == KOERS_HANDOVER_STEP_DEPARTED
      && (!koers_store_move_phase_unchecked (self, participant_id, KOERS_PHASE_DEPARTED, date,
                                             error)
          || !plan_monitoring (self, participant_id, date, error)))
    goto failed;
  if (!koers_store_commit (self, error))
    return 0;
  return id;

failed:
  koers_store_rollback (self);
  return 0;
}

/**
 * koers_store_list_handover_steps:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the steps of the handover, oldest first, as a
 *   #GVariant of type `a(xsxsssss)`: id, step (nick), partner id, partner name, date,
 *   follow-up date, flight date ("" when none) and note.
 */
GVariant *
koers_store_list_handover_steps (KoersStore  *self,
                                 gint64       participant_id,
                                 GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT h.id, h.step, h.partner_id, p.name, h.step_date, "
                                    "coalesce(h.follow_up, ''), coalesce(h.flight_date, ''), "
                                    "h.note FROM handover_step h JOIN partner p "
                                    "ON p.id = h.partner_id WHERE h.participant_id = ?1 "
                                    "ORDER BY h.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xsxsssss)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "(xsxsssss)", sqlite3_column_int64 (stmt, 0),
                           koers_stmt_text (stmt, 1), sqlite3_column_int64 (stmt, 2),
                           koers_stmt_text (stmt, 3), koers_stmt_text (stmt, 4),
                           koers_stmt_text (stmt, 5), koers_stmt_text (stmt, 6),
                           koers_stmt_text (stmt, 7));
  return koers_store_end_variant (self, &builder, rc, error);
}

/* ---- monitoring after return ---------------------------------------------------------- */

/**
 * koers_store_list_monitoring:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * Returns: (transfer container) (element-type KoersMonitoringContact) (nullable): the
 *   monitoring contacts, planned and made, in order of months; empty before departure.
 */
GPtrArray *
koers_store_list_monitoring (KoersStore  *self,
                             gint64       participant_id,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT id, months, planned_date, contact_date, channel, "
                                    "coalesce(reached, -1), coalesce(arrived_safely, -1), "
                                    "business, income, housing, coalesce(wellbeing, 0), "
                                    "support_needed, note FROM monitoring_contact "
                                    "WHERE participant_id = ?1 ORDER BY months", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_monitoring_contact_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersMonitoringContact *c = g_new0 (KoersMonitoringContact, 1);
      int value = 0;

      c->id = sqlite3_column_int64 (stmt, 0);
      c->months = sqlite3_column_int (stmt, 1);
      c->planned_date = g_strdup (koers_stmt_text (stmt, 2));
      c->contact_date = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                        ? NULL : g_strdup (koers_stmt_text (stmt, 3));
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL
          && koers_enum_from_nick (KOERS_TYPE_CONTACT_CHANNEL, koers_stmt_text (stmt, 4), &value))
        c->channel = value;
      c->reached = sqlite3_column_int (stmt, 5);
      c->arrived_safely = sqlite3_column_int (stmt, 6);
      if (koers_enum_from_nick (KOERS_TYPE_BUSINESS_STARTED, koers_stmt_text (stmt, 7), &value))
        c->business = value;
      c->income = g_strdup (koers_stmt_text (stmt, 8));
      c->housing = g_strdup (koers_stmt_text (stmt, 9));
      c->wellbeing = sqlite3_column_int (stmt, 10);
      c->support_needed = g_strdup (koers_stmt_text (stmt, 11));
      c->note = g_strdup (koers_stmt_text (stmt, 12));
      g_ptr_array_add (contacts, c);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&contacts);
}

/**
 * koers_store_record_monitoring:
 * @self: a store
 * @contact: a planned contact (by @contact->id) with what came of it: the day, the channel,
 *   whether the participant was reached and, when so, the answers
 * @error: return location for an error
 *
 * Records a monitoring contact. A contact that did not reach the participant keeps only the
 * day, the channel and the note.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_record_monitoring (KoersStore                   *self,
                               const KoersMonitoringContact *contact,
                               GError                      **error)
{
  g_autoptr(KoersStmt) departure = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  gboolean reached;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (contact != NULL, FALSE);

  reached = contact->reached == 1;
  if (contact->contact_date == NULL || !is_day (contact->contact_date))
    return invalid (error, _("The date of the contact is not a date."));
  if (in_future (contact->contact_date))
    return invalid (error, _("The date of the contact lies in the future."));
  if (contact->wellbeing < 0 || contact->wellbeing > 5)
    return invalid (error, _("Wellbeing is rated from 1 to 5."));
  if (!koers_store_validate_text (contact->income ? contact->income : "", 200, _("Income"), error)
      || !koers_store_validate_text (contact->housing ? contact->housing : "", 200, _("Housing"),
                                     error)
      || !koers_store_validate_text (contact->support_needed ? contact->support_needed : "",
                                     2000, _("Support needed"), error)
      || !koers_store_validate_text (contact->note ? contact->note : "", 2000, _("The note"),
                                     error))
    return FALSE;

  departure = koers_store_prepare (self, "SELECT h.step_date FROM monitoring_contact m "
                                         "JOIN handover_step h ON h.participant_id = "
                                         "m.participant_id AND h.step = 'departed' "
                                         "WHERE m.id = ?1", error);
  if (departure == NULL)
    return FALSE;
  sqlite3_bind_int64 (departure, 1, contact->id);
  if (sqlite3_step (departure) == SQLITE_ROW
      && strcmp (contact->contact_date, koers_stmt_text (departure, 0)) < 0)
    return invalid (error, _("The date of the contact lies before the departure."));
  g_clear_pointer (&departure, koers_stmt_release);

  stmt = koers_store_prepare (self, "UPDATE monitoring_contact SET contact_date = ?2, "
                                    "channel = ?3, reached = ?4, arrived_safely = ?5, "
                                    "business = ?6, income = ?7, housing = ?8, wellbeing = ?9, "
                                    "support_needed = ?10, note = ?11 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact->id);
  koers_store_bind_text (stmt, 2, contact->contact_date);
  koers_store_bind_text (stmt, 3, koers_enum_to_nick (KOERS_TYPE_CONTACT_CHANNEL,
                                                      contact->channel));
  sqlite3_bind_int (stmt, 4, reached);
  if (reached && contact->arrived_safely >= 0)
    sqlite3_bind_int (stmt, 5, contact->arrived_safely != 0);
  else
    sqlite3_bind_null (stmt, 5);
  koers_store_bind_text (stmt, 6, koers_enum_to_nick (KOERS_TYPE_BUSINESS_STARTED,
                                                      reached ? contact->business
                                                              : KOERS_BUSINESS_STARTED_UNKNOWN));
  koers_store_bind_text (stmt, 7, reached && contact->income ? contact->income : "");
  koers_store_bind_text (stmt, 8, reached && contact->housing ? contact->housing : "");
  if (reached && contact->wellbeing > 0)
    sqlite3_bind_int (stmt, 9, contact->wellbeing);
  else
    sqlite3_bind_null (stmt, 9);
  koers_store_bind_text (stmt, 10, reached && contact->support_needed ? contact->support_needed
                                                                      : "");
  koers_store_bind_text (stmt, 11, contact->note ? contact->note : "");
  return run_one (self, stmt, _("This contact does not exist any more."), error);
}

/**
 * koers_store_get_handover_alerts:
 * @self: a store
 * @participant_id: whose
 * @overdue_since: (out) (optional) (nullable): the follow-up date of the handover's last step
 *   when it has passed and the participant has not departed; %NULL otherwise
 * @due_contacts: (out) (optional): monitoring contacts planned by today and not made
 * @error: return location for an error
 *
 * What waits on a dossier at the end of the trajectory, for its header.
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_store_get_handover_alerts (KoersStore  *self,
                                 gint64       participant_id,
                                 char       **overdue_since,
                                 guint       *due_contacts,
                                 GError     **error)
{
  g_autofree char *today = koers_today_iso ();
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "SELECT (SELECT follow_up FROM handover_step WHERE "
                                    "participant_id = ?1 ORDER BY id DESC LIMIT 1), "
                                    "(SELECT count(*) FROM monitoring_contact WHERE "
                                    "participant_id = ?1 AND contact_date IS NULL AND "
                                    "planned_date <= ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, today);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return koers_store_set_error (self, sqlite3_errcode (self->db), error);
  if (overdue_since != NULL)
    {
      const char *follow_up = koers_stmt_text (stmt, 0);

      *overdue_since = follow_up != NULL && *follow_up != '\0' && strcmp (follow_up, today) < 0
                       ? g_strdup (follow_up) : NULL;
    }
  if (due_contacts != NULL)
    *due_contacts = (guint) sqlite3_column_int (stmt, 1);
  return TRUE;
}
