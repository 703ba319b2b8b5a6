/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-enum-types.h"
#include "koers-store-private.h"

/* The vulnerability score list in the store: its versions, the assessments made with them
 * and their answers, the target group that follows from the latest finished one (unless it
 * was set by hand, with a reason), and the overview across active participants. */

#define ASSESSMENT_MAX_AGE_MONTHS 6

static KoersScoreList *
list_from_row (KoersStore  *self,
               gint64       row_id,
               const char  *definition,
               GError     **error)
{
  KoersScoreList *list = g_hash_table_lookup (self->score_lists, &row_id);

  if (list == NULL)
    {
      list = koers_score_list_new_from_data (definition, -1, error);
      if (list == NULL)
        return NULL;
      g_hash_table_insert (self->score_lists, g_memdup2 (&row_id, sizeof row_id), list);
    }
  return g_object_ref (list);
}

/* The score list of @row_id, for the checklist items that came from its actions. */
KoersScoreList *
koers_store_get_score_list_by_row (KoersStore  *self,
                                   gint64       row_id,
                                   GError     **error)
{
  KoersScoreList *cached = g_hash_table_lookup (self->score_lists, &row_id);
  g_autoptr(KoersStmt) stmt = NULL;

  if (cached != NULL)
    return g_object_ref (cached);
  stmt = koers_store_prepare (self, "SELECT definition FROM score_list WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, row_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This score list does not exist any more."));
      return NULL;
    }
  return list_from_row (self, row_id, koers_stmt_text (stmt, 0), error);
}

/* Stores @list as a new version; an id and version already there is refused. */
static gint64
insert_list (KoersStore      *self,
             KoersScoreList  *list,
             GError         **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  gint64 row_id;

  stmt = koers_store_prepare (self, "INSERT INTO score_list (list_id, version, title, definition) "
                                    "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return 0;
  koers_store_bind_text (stmt, 1, koers_score_list_get_id (list));
  sqlite3_bind_int (stmt, 2, koers_score_list_get_version (list));
  koers_store_bind_text (stmt, 3, koers_score_list_get_title (list));
  koers_store_bind_text (stmt, 4, koers_score_list_get_data (list));
  if (!koers_store_begin (self, error))
    return 0;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      if (g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID))
        {
          g_clear_error (error);
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                       _("Version %d of “%s” is already there. Give the new list a higher "
                         "version number."), koers_score_list_get_version (list),
                       koers_score_list_get_title (list));
        }
      return 0;
    }
  row_id = sqlite3_last_insert_rowid (self->db);
  if (!koers_store_commit (self, error))
    return 0;
  return row_id;
}

static gint64
newest_version (KoersStore  *self,
                const char  *list_id,
                GError     **error)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT coalesce(max(version), 0) "
                                                         "FROM score_list WHERE list_id = ?1",
                                                   error);
  if (stmt == NULL)
    return -1;
  koers_store_bind_text (stmt, 1, list_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      koers_store_set_error (self, sqlite3_errcode (self->db), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * koers_store_get_current_score_list:
 * @self: a store
 * @row_id: (out) (optional): the list's row in the store
 * @error: return location for an error
 *
 * The list new assessments are made with: the one imported last. On first use, and when
 * this Koers ships a newer version than the store has, the shipped list is added first.
 *
 * Returns: (transfer full) (nullable): the current score list.
 */
KoersScoreList *
koers_store_get_current_score_list (KoersStore  *self,
                                    gint64      *row_id,
                                    GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  if (!self->read_only && !self->shipped_list_checked)
    {
      g_autoptr(KoersScoreList) shipped = koers_score_list_new_default (error);
      gint64 have;

      if (shipped == NULL)
        return NULL;
      have = newest_version (self, koers_score_list_get_id (shipped), error);
      if (have < 0)
        return NULL;
      if (have < koers_score_list_get_version (shipped) && insert_list (self, shipped, error) == 0)
        return NULL;
      self->shipped_list_checked = TRUE;
    }

  stmt = koers_store_prepare (self, "SELECT id, definition FROM score_list "
                                    "ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      /* A reader of a database nobody assessed in yet: the list this Koers ships. */
      if (row_id != NULL)
        *row_id = 0;
      return koers_score_list_new_default (error);
    }
  id = sqlite3_column_int64 (stmt, 0);
  if (row_id != NULL)
    *row_id = id;
  return list_from_row (self, id, koers_stmt_text (stmt, 1), error);
}

/**
 * koers_store_import_score_list:
 * @self: a store
 * @data: the text of a definition
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for an error
 *
 * Checks a score-list definition and adds it as the list new assessments are made with.
 * Assessments made before keep the version they were made with.
 *
 * Returns: (transfer full) (nullable): the imported list; %NULL with a
 *   %KOERS_SCORE_LIST_ERROR that says what is wrong with the file, or a store error.
 */
KoersScoreList *
koers_store_import_score_list (KoersStore  *self,
                               const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(KoersScoreList) list = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  list = koers_score_list_new_from_data (data, length, error);
  if (list == NULL || insert_list (self, list, error) == 0)
    return NULL;
  return g_steal_pointer (&list);
}

static GHashTable *
load_answers (KoersStore  *self,
              gint64       assessment_id,
              GError     **error)
{
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  stmt = koers_store_prepare (self, "SELECT item, value FROM assessment_answer "
                                    "WHERE assessment_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (answers, g_strdup (koers_stmt_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&answers);
}

#define ASSESSMENT_SELECT \
  "SELECT a.id, a.participant_id, a.score_list_id, l.definition, a.started_date, " \
  "a.finished_date FROM assessment a JOIN score_list l ON l.id = a.score_list_id "

static KoersAssessment *
assessment_from_row (KoersStore  *self,
                     KoersStmt   *stmt,
                     GError     **error)
{
  g_autoptr(KoersScoreList) list = NULL;
  g_autoptr(GHashTable) answers = NULL;
  gint64 id = sqlite3_column_int64 (stmt, 0);

  list = list_from_row (self, sqlite3_column_int64 (stmt, 2), koers_stmt_text (stmt, 3), error);
  if (list == NULL)
    return NULL;
  answers = load_answers (self, id, error);
  if (answers == NULL)
    return NULL;
  return koers_assessment_new (id, sqlite3_column_int64 (stmt, 1), list,
                               koers_stmt_text (stmt, 4),
                               (const char *) sqlite3_column_text (stmt, 5), answers);
}

static gboolean
not_found (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("This assessment does not exist any more."));
  return FALSE;
}

/**
 * koers_store_get_assessment:
 * @self: a store
 * @assessment_id: an assessment
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the assessment with its answers and its list.
 */
KoersAssessment *
koers_store_get_assessment (KoersStore  *self,
                            gint64       assessment_id,
                            GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, ASSESSMENT_SELECT "WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      not_found (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return assessment_from_row (self, stmt, error);
}

/**
 * koers_store_list_assessments:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the participant's assessments as #KoersAssessment,
 *   the one being filled in first, then the finished ones, newest first.
 */
GListModel *
koers_store_list_assessments (KoersStore  *self,
                              gint64       participant_id,
                              GError     **error)
{
  g_autoptr(GListStore) assessments = g_list_store_new (KOERS_TYPE_ASSESSMENT);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  {
    g_autoptr(KoersStmt) stmt =
      koers_store_prepare (self, "SELECT id FROM assessment WHERE participant_id = ?1 "
                                 "ORDER BY finished_date IS NOT NULL, finished_date DESC, "
                                 "id DESC", error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, participant_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (ids, id);
      }
    if (rc != SQLITE_DONE)
      {
        koers_store_set_error (self, rc, error);
        return NULL;
      }
  }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(KoersAssessment) a = koers_store_get_assessment (self,
                                                                 g_array_index (ids, gint64, i),
                                                                 error);
      if (a == NULL)
        return NULL;
      g_list_store_append (assessments, a);
    }
  return G_LIST_MODEL (g_steal_pointer (&assessments));
}

static gboolean
check_date (const char  *date,
            const char  *earliest,
            GError     **error)
{
  g_autoptr(GDate) parsed = koers_date_parse_iso (date);
  g_autoptr(GDate) today = koers_today ();

  if (parsed == NULL || strlen (date) != 10)
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
  if (earliest != NULL && strcmp (date, earliest) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("An assessment cannot be finished before the day it started."));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_start_assessment:
 * @self: a store
 * @participant_id: whose
 * @date: (nullable): the day it starts, "YYYY-MM-DD"; %NULL for today
 * @error: return location for an error
 *
 * Starts an assessment with the current score list. A participant has at most one
 * assessment being filled in: when there is one, that one is returned.
 *
 * Returns: the assessment's id, or 0 with @error set.
 */
gint64
koers_store_start_assessment (KoersStore  *self,
                              gint64       participant_id,
                              const char  *date,
                              GError     **error)
{
  g_autoptr(KoersScoreList) list = NULL;
  g_autoptr(KoersStmt) open = NULL;
  g_autoptr(KoersStmt) insert = NULL;
  g_autofree char *today = koers_today_iso ();
  gint64 list_row = 0, id;

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (date == NULL)
    date = today;
  if (!check_date (date, NULL, error))
    return 0;
  list = koers_store_get_current_score_list (self, &list_row, error);
  if (list == NULL)
    return 0;

  open = koers_store_prepare (self, "SELECT id FROM assessment WHERE participant_id = ?1 "
                                    "AND finished_date IS NULL", error);
  if (open == NULL)
    return 0;
  sqlite3_bind_int64 (open, 1, participant_id);
  if (sqlite3_step (open) == SQLITE_ROW)
    return sqlite3_column_int64 (open, 0);
  g_clear_pointer (&open, koers_stmt_release);

  insert = koers_store_prepare (self, "INSERT INTO assessment (participant_id, score_list_id, "
                                      "started_date) VALUES (?1, ?2, ?3)", error);
  if (insert == NULL || !koers_store_begin (self, error))
    return 0;
  sqlite3_bind_int64 (insert, 1, participant_id);
  sqlite3_bind_int64 (insert, 2, list_row);
  koers_store_bind_text (insert, 3, date);
  if (!koers_store_step_done (self, insert, error))
    {
      koers_store_rollback (self);
      return 0;
    }
  id = sqlite3_last_insert_rowid (self->db);
  if (!koers_store_commit (self, error))
    return 0;
  return id;
}

/* Checks that @item is a question of @a's list and @value an answer to it. */
static gboolean
check_answer (KoersAssessment  *a,
              const char       *item,
              int               value,
              GError          **error)
{
  KoersScoreList *list = koers_assessment_get_list (a);
  int max = -1;

  for (guint i = 0; i < koers_score_list_get_n_domains (list) && max < 0; i++)
    {
      g_autofree char *key = koers_score_item_domain (koers_score_list_get_domain (list, i)->id);
      if (g_strcmp0 (key, item) == 0)
        max = 5;
    }
  for (guint i = 0; i < koers_score_list_get_n_flags (list) && max < 0; i++)
    {
      g_autofree char *key = koers_score_item_flag (koers_score_list_get_flag (list, i)->id);
      if (g_strcmp0 (key, item) == 0)
        max = 1;
    }
  for (guint i = 0; i < koers_score_list_get_n_protective (list) && max < 0; i++)
    {
      g_autofree char *key = koers_score_item_protective (koers_score_list_get_protective (list, i)->id);
      if (g_strcmp0 (key, item) == 0)
        max = 1;
    }
  if (max < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("This question is not part of the score list of this "
                             "assessment."));
      return FALSE;
    }
  if (value < -1 || value > max || (max == 5 && value == 0))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   max == 5 ? _("A rating is a number from 1 to 5.")
                            : _("The answer is yes or no."));
      return FALSE;
    }
  if (koers_assessment_is_finished (a))
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("This assessment is finished. Start a new one to record a "
                             "change."));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_set_answer:
 * @self: a store
 * @assessment_id: an assessment being filled in
 * @item: the question: "domain:<id>", "flag:<id>" or "protective:<id>"
 * @value: a rating 1–5 for a domain, 0 or 1 for a flag or protective factor; -1 clears
 * @error: return location for an error
 *
 * Saves one answer at once.
 *
 * Returns: %TRUE when saved; on %FALSE nothing changed.
 */
gboolean
koers_store_set_answer (KoersStore  *self,
                        gint64       assessment_id,
                        const char  *item,
                        int          value,
                        GError     **error)
{
  g_autoptr(KoersAssessment) a = NULL;
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  a = koers_store_get_assessment (self, assessment_id, error);
  if (a == NULL || !check_answer (a, item, value, error))
    return FALSE;

  if (value < 0)
    stmt = koers_store_prepare (self, "DELETE FROM assessment_answer "
                                      "WHERE assessment_id = ?1 AND item = ?2", error);
  else
    stmt = koers_store_prepare (self, "INSERT INTO assessment_answer (assessment_id, item, value) "
                                      "VALUES (?1, ?2, ?3) ON CONFLICT (assessment_id, item) "
                                      "DO UPDATE SET value = excluded.value "
                                      "WHERE value IS NOT excluded.value", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  koers_store_bind_text (stmt, 2, item);
  if (value >= 0)
    sqlite3_bind_int (stmt, 3, value);
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/* The target group follows the latest finished assessment, unless it was set by hand. */
static gboolean
follow_category (KoersStore         *self,
                 gint64              participant_id,
                 GError            **error)
{
  g_autoptr(KoersStmt) stmt =
    koers_store_prepare (self,
                         "UPDATE participant SET target_group = coalesce("
                         " (SELECT iif (a.category IN ('high', 'severe'), '2b', '2a')"
                         "  FROM assessment a WHERE a.participant_id = participant.id"
                         "  AND a.finished_date IS NOT NULL"
                         "  ORDER BY a.finished_date DESC, a.id DESC LIMIT 1), target_group),"
                         " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                         " WHERE id = ?1 AND target_group_reason = ''", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  return koers_store_step_done (self, stmt, error);
}

/**
 * koers_store_finish_assessment:
 * @self: a store
 * @assessment_id: an assessment being filled in
 * @date: (nullable): the day it was finished; %NULL for today
 * @error: return location for an error
 *
 * Finishes an assessment: its index and category are kept with it, its answers can no
 * longer change, and the participant's target group follows the category (2b for high and
 * severe) unless it was set by hand. An incomplete assessment can be finished; it stays
 * marked as incomplete.
 *
 * Returns: %TRUE when finished.
 */
gboolean
koers_store_finish_assessment (KoersStore  *self,
                               gint64       assessment_id,
                               const char  *date,
                               GError     **error)
{
  g_autoptr(KoersAssessment) a = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *today = koers_today_iso ();
  KoersScoreResult result;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  a = koers_store_get_assessment (self, assessment_id, error);
  if (a == NULL)
    return FALSE;
  if (koers_assessment_is_finished (a))
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("This assessment is already finished."));
      return FALSE;
    }
  if (date == NULL)
    date = today;
  if (!check_date (date, koers_assessment_get_started_date (a), error))
    return FALSE;

  koers_assessment_compute (a, &result);
  stmt = koers_store_prepare (self, "UPDATE assessment SET finished_date = ?2, score_index = ?3, "
                                    "category = ?4, incomplete = ?5 WHERE id = ?1", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  koers_store_bind_text (stmt, 2, date);
  sqlite3_bind_double (stmt, 3, result.index);
  koers_store_bind_text (stmt, 4, koers_enum_to_nick (KOERS_TYPE_SCORE_CATEGORY, result.category));
  sqlite3_bind_int (stmt, 5, result.incomplete);
  if (!koers_store_step_done (self, stmt, error)
      || !follow_category (self, koers_assessment_get_participant_id (a), error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_discard_assessment:
 * @self: a store
 * @assessment_id: an assessment being filled in
 * @error: return location for an error
 *
 * Removes an assessment that is not finished (finished ones are kept: they are the
 * history). Undo brings it back.
 *
 * Returns: %TRUE when removed.
 */
gboolean
koers_store_discard_assessment (KoersStore  *self,
                                gint64       assessment_id,
                                GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self, "DELETE FROM assessment WHERE id = ?1 "
                                    "AND finished_date IS NULL", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  if (sqlite3_changes (self->db) == 0)
    {
      koers_store_rollback (self);
      return not_found (error);
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_set_target_group:
 * @self: a store
 * @participant_id: whose
 * @group: the target group
 * @reason: (nullable): why it is set by hand; %NULL or empty to let it follow the score list
 *   again
 * @error: return location for an error
 *
 * Sets the target group by hand, overriding the score list, which needs a reason; or,
 * without a reason, lets it follow the latest finished assessment again (@group is then
 * kept only when there is none).
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_set_target_group (KoersStore        *self,
                              gint64             participant_id,
                              KoersTargetGroup   group,
                              const char        *reason,
                              GError           **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!koers_store_validate_text (trimmed, 1000, _("The reason"), error))
    return FALSE;
  stmt = koers_store_prepare (self, "UPDATE participant SET target_group = ?2, "
                                    "target_group_reason = ?3, "
                                    "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                    "WHERE id = ?1", error);
  if (stmt == NULL || !koers_store_begin (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_TARGET_GROUP, group));
  koers_store_bind_text (stmt, 3, trimmed);
  if (!koers_store_step_done (self, stmt, error)
      || (sqlite3_changes (self->db) == 0 && !not_found (error))
      || (*trimmed == '\0' && !follow_category (self, participant_id, error)))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_get_score_overview:
 * @self: a store
 * @counts: (out caller-allocates) (array fixed-size=5): active participants per category of
 *   their latest finished assessment (index: #KoersScoreCategory), and at index 4 those
 *   without any
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable) (element-type gint64): the active participants who
 *   have no finished assessment or whose latest is older than six months, longest waiting
 *   first.
 */
GArray *
koers_store_get_score_overview (KoersStore  *self,
                                gint64       counts[5],
                                GError     **error)
{
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *today = koers_today_iso ();
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  memset (counts, 0, 5 * sizeof (gint64));
  stmt = koers_store_prepare (self,
    "SELECT p.id, a.category, a.finished_date < date (?1, '-" G_STRINGIFY (ASSESSMENT_MAX_AGE_MONTHS) " months') "
    "FROM participant p LEFT JOIN assessment a ON a.id = "
    " (SELECT b.id FROM assessment b WHERE b.participant_id = p.id AND b.finished_date IS NOT NULL"
    "  ORDER BY b.finished_date DESC, b.id DESC LIMIT 1) "
    "WHERE p.status = 'active' ORDER BY a.finished_date IS NOT NULL, a.finished_date, p.id",
    error);
  if (stmt == NULL)
    return NULL;
  koers_store_bind_text (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int category;

      if (koers_enum_from_nick (KOERS_TYPE_SCORE_CATEGORY, koers_stmt_text (stmt, 1), &category))
        counts[category]++;
      else
        counts[4]++;
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL || sqlite3_column_int (stmt, 2))
        g_array_append_val (due, id);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&due);
}

/**
 * koers_store_describe_score_item:
 * @self: a store
 * @item: an answer item, "domain:<id>"
 *
 * Returns: (transfer full): the item's title in the current score list, or @item.
 */
char *
koers_store_describe_score_item (KoersStore *self,
                                 const char *item)
{
  g_autoptr(KoersScoreList) list = NULL;

  if (item == NULL)
    return NULL;
  {
    g_autoptr(KoersStmt) stmt = koers_store_prepare (self, "SELECT id, definition FROM score_list "
                                                           "ORDER BY id DESC LIMIT 1", NULL);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      list = list_from_row (self, sqlite3_column_int64 (stmt, 0), koers_stmt_text (stmt, 1), NULL);
  }
  if (list == NULL)
    return g_strdup (item);
  for (guint i = 0; i < koers_score_list_get_n_domains (list); i++)
    {
      g_autofree char *key = koers_score_item_domain (koers_score_list_get_domain (list, i)->id);
      if (g_str_equal (key, item))
        return g_strdup (koers_score_list_get_domain (list, i)->title);
    }
  for (guint i = 0; i < koers_score_list_get_n_flags (list); i++)
    {
      g_autofree char *key = koers_score_item_flag (koers_score_list_get_flag (list, i)->id);
      if (g_str_equal (key, item))
        return g_strdup (koers_score_list_get_flag (list, i)->title);
    }
  for (guint i = 0; i < koers_score_list_get_n_protective (list); i++)
    {
      g_autofree char *key = koers_score_item_protective (koers_score_list_get_protective (list, i)->id);
      if (g_str_equal (key, item))
        return g_strdup (koers_score_list_get_protective (list, i)->title);
    }
  return g_strdup (item);
}
