/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-store-private.h"

/* Staff and participants: the SQL of the participant list and of the records behind it. */

#define MAX_NAME_LENGTH 200
#define MAX_SEARCH_TERMS 8

#define PARTICIPANT_COLUMNS \
  "p.id, p.code, p.given_name, p.family_name, p.alias, p.sex, p.birth_date, p.country, " \
  "p.nationality, p.languages, p.phone, p.situation, p.referrer, p.target_group, p.phase, " \
  "p.phase_since, p.status, p.case_manager_id, s.name"

#define PARTICIPANT_FROM \
  " FROM participant p LEFT JOIN staff s ON s.id = p.case_manager_id"

static int
enum_column (KoersStmt *stmt,
             int        column,
             GType      type)
{
  int value = 0;

  /* The schema's CHECK constraints keep unknown nicks out; 0 is every enum's default. */
  if (!koers_enum_from_nick (type, koers_stmt_text (stmt, column), &value))
    return 0;
  return value;
}

static KoersParticipant *
participant_from_row (KoersStmt *stmt)
{
  return g_object_new (KOERS_TYPE_PARTICIPANT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "code", koers_stmt_text (stmt, 1),
                       "given-name", koers_stmt_text (stmt, 2),
                       "family-name", koers_stmt_text (stmt, 3),
                       "alias", koers_stmt_text (stmt, 4),
                       "sex", enum_column (stmt, 5, KOERS_TYPE_SEX),
                       "birth-date", koers_stmt_text (stmt, 6),
                       "country", koers_stmt_text (stmt, 7),
                       "nationality", koers_stmt_text (stmt, 8),
                       "languages", koers_stmt_text (stmt, 9),
                       "phone", koers_stmt_text (stmt, 10),
                       "situation", enum_column (stmt, 11, KOERS_TYPE_SITUATION),
                       "referrer", koers_stmt_text (stmt, 12),
                       "target-group", enum_column (stmt, 13, KOERS_TYPE_TARGET_GROUP),
                       "phase", enum_column (stmt, 14, KOERS_TYPE_PHASE),
                       "phase-since", koers_stmt_text (stmt, 15),
                       "status", enum_column (stmt, 16, KOERS_TYPE_STATUS),
                       "case-manager-id", sqlite3_column_int64 (stmt, 17),
                       "case-manager-name", koers_stmt_text (stmt, 18),
                       NULL);
}

/* Rejects text the database must not hold: invalid UTF-8, control characters, and more
 * than @max_length characters. @label names the field in the message. */
static gboolean
validate_text (const char  *text,
               gsize        max_length,
               const char  *label,
               GError     **error)
{
  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("%s contains characters that are not text."), label);
      return FALSE;
    }
  if (g_utf8_strlen (text, -1) > (glong) max_length)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   ngettext ("%s is longer than %u character.",
                             "%s is longer than %u characters.", max_length),
                   label, (guint) max_length);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                     _("%s contains a control character."), label);
        return FALSE;
      }
  return TRUE;
}

static gboolean
validate_participant (KoersParticipant  *p,
                      GError           **error)
{
  const char *given = koers_participant_get_given_name (p);
  const char *birth = koers_participant_get_birth_date (p);
  const char *country = koers_participant_get_country (p);
  const char *nationality = koers_participant_get_nationality (p);
  g_autofree char *trimmed = g_strstrip (g_strdup (given ? given : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("A participant needs a given name."));
      return FALSE;
    }
  if (!validate_text (given, MAX_NAME_LENGTH, _("The given name"), error)
      || !validate_text (koers_participant_get_family_name (p), MAX_NAME_LENGTH,
                         _("The family name"), error)
      || !validate_text (koers_participant_get_alias (p), MAX_NAME_LENGTH, _("The alias"), error)
      || !validate_text (koers_participant_get_languages (p), 500, _("Languages"), error)
      || !validate_text (koers_participant_get_phone (p), 50, _("The phone number"), error)
      || !validate_text (koers_participant_get_referrer (p), MAX_NAME_LENGTH,
                         _("The referrer"), error))
    return FALSE;
  if (country != NULL && *country != '\0' && !koers_country_is_valid (country))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("“%s” is not a country code."), country);
      return FALSE;
    }
  if (nationality != NULL && *nationality != '\0' && !koers_country_is_valid (nationality))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("“%s” is not a country code."), nationality);
      return FALSE;
    }
  if (birth != NULL && *birth != '\0')
    {
      g_autoptr(GDate) date = koers_date_parse_iso (birth);
      gboolean year_only = strlen (birth) == 4 && g_ascii_isdigit (birth[0])
                           && g_ascii_isdigit (birth[1]) && g_ascii_isdigit (birth[2])
                           && g_ascii_isdigit (birth[3]);
      if (date == NULL && !year_only)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of birth is not a date."));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * koers_store_add_staff:
 * @self: a store
 * @name: the staff member's name
 * @role: what they do
 * @error: return location for an error
 *
 * Adds a staff member: a case manager, trainer, volunteer, manager or director.
 *
 * Returns: the new staff id, or 0 with @error set.
 */
gint64
koers_store_add_staff (KoersStore      *self,
                       const char      *name,
                       KoersStaffRole   role,
                       GError         **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("A staff member needs a name."));
      return 0;
    }
  if (!validate_text (trimmed, MAX_NAME_LENGTH, _("The name"), error))
    return 0;

  stmt = koers_store_prepare (self, "INSERT INTO staff (name, role) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  koers_store_bind_text (stmt, 1, trimmed);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_STAFF_ROLE, role));
  if (!koers_store_begin (self, error))
    return 0;
  if (!koers_store_step_done (self, stmt, error))
    {
      koers_store_rollback (self);
      return 0;
    }
  if (!koers_store_commit (self, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

/**
 * koers_store_add_participant:
 * @self: a store
 * @participant: a participant not yet saved; its phase and phase-since (default today) are
 *   where the trajectory starts
 * @error: return location for an error
 *
 * Saves a new participant and opens the first row of its phase history, in one
 * transaction. On success @participant gets its id and dossier code.
 *
 * Returns: %TRUE when saved; on %FALSE nothing was written.
 */
gboolean
koers_store_add_participant (KoersStore        *self,
                             KoersParticipant  *participant,
                             GError           **error)
{
  g_autoptr(KoersStmt) insert = NULL;
  g_autoptr(KoersStmt) history = NULL;
  g_autofree char *since = NULL;
  gint64 case_manager_id;
  gint64 id;
  g_autofree char *code = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (koers_participant_get_id (participant) == 0, FALSE);

  if (!validate_participant (participant, error))
    return FALSE;

  since = g_strdup (koers_participant_get_phase_since (participant));
  if (since == NULL)
    since = koers_today_iso ();
  else if (koers_date_parse_iso (since) == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The start date of the phase is not a date."));
      return FALSE;
    }

  insert = koers_store_prepare (self,
    "INSERT INTO participant (code, given_name, family_name, alias, sex, birth_date, country,"
    " nationality, languages, phone, situation, referrer, target_group, phase, phase_since,"
    " status, case_manager_id, name_key, search_key)"
    " VALUES (printf ('K-%05d', coalesce ((SELECT seq FROM sqlite_sequence"
    "                                       WHERE name = 'participant'), 0) + 1),"
    " trim (?1), trim (?2), trim (?3), ?4, ?5, ?6, ?7, trim (?8), trim (?9), ?10, trim (?11),"
    " ?12, ?13, ?14, ?15, ?16,"
    " koers_fold (trim (trim (?1) || ' ' || trim (?2))),"
    " koers_fold (trim (?1) || ' ' || trim (?2) || ' ' || trim (?3)))"
    " RETURNING id, code", error);
  if (insert == NULL)
    return FALSE;
  history = koers_store_prepare (self,
    "INSERT INTO phase_history (participant_id, phase, from_date) VALUES (?1, ?2, ?3)", error);
  if (history == NULL)
    return FALSE;

  koers_store_bind_text (insert, 1, koers_participant_get_given_name (participant));
  koers_store_bind_text (insert, 2, koers_participant_get_family_name (participant));
  koers_store_bind_text (insert, 3, koers_participant_get_alias (participant));
  koers_store_bind_text (insert, 4, koers_enum_to_nick (KOERS_TYPE_SEX,
                                                        koers_participant_get_sex (participant)));
  koers_store_bind_nullable (insert, 5, koers_participant_get_birth_date (participant));
  koers_store_bind_nullable (insert, 6, koers_participant_get_country (participant));
  koers_store_bind_nullable (insert, 7, koers_participant_get_nationality (participant));
  koers_store_bind_text (insert, 8, koers_participant_get_languages (participant));
  koers_store_bind_text (insert, 9, koers_participant_get_phone (participant));
  koers_store_bind_text (insert, 10,
                         koers_enum_to_nick (KOERS_TYPE_SITUATION,
                                             koers_participant_get_situation (participant)));
  koers_store_bind_text (insert, 11, koers_participant_get_referrer (participant));
  koers_store_bind_text (insert, 12,
                         koers_enum_to_nick (KOERS_TYPE_TARGET_GROUP,
                                             koers_participant_get_target_group (participant)));
  koers_store_bind_text (insert, 13,
                         koers_enum_to_nick (KOERS_TYPE_PHASE,
                                             koers_participant_get_phase (participant)));
  koers_store_bind_text (insert, 14, since);
  koers_store_bind_text (insert, 15,
                         koers_enum_to_nick (KOERS_TYPE_STATUS,
                                             koers_participant_get_status (participant)));
  case_manager_id = koers_participant_get_case_manager_id (participant);
  if (case_manager_id > 0)
    sqlite3_bind_int64 (insert, 16, case_manager_id);
  else
    sqlite3_bind_null (insert, 16);

  if (!koers_store_begin (self, error))
    return FALSE;

  if (sqlite3_step (insert) != SQLITE_ROW)
    goto failed;
  id = sqlite3_column_int64 (insert, 0);
  code = g_strdup (koers_stmt_text (insert, 1));
  if (!koers_store_step_done (self, insert, error))
    goto rolled_back;

  sqlite3_bind_int64 (history, 1, id);
  koers_store_bind_text (history, 2,
                         koers_enum_to_nick (KOERS_TYPE_PHASE,
                                             koers_participant_get_phase (participant)));
  koers_store_bind_text (history, 3, since);
  if (!koers_store_step_done (self, history, error))
    goto rolled_back;

  if (!koers_store_commit (self, error))
    return FALSE;

  g_object_set (participant, "id", id, "code", code, "phase-since", since, NULL);
  return TRUE;

failed:
  koers_store_set_error (self, sqlite3_errcode (self->db), error);
rolled_back:
  koers_store_rollback (self);
  return FALSE;
}

/**
 * koers_store_move_phase:
 * @self: a store
 * @participant_id: the participant
 * @phase: the phase to move to
 * @date: (nullable): the day the move happened, "YYYY-MM-DD"; %NULL for today
 * @error: return location for an error
 *
 * Moves a participant to @phase on @date: closes the current row of the phase history on
 * that date and opens a new one, in one transaction. The date may not lie before the start
 * of the current phase, nor in the future.
 *
 * Returns: %TRUE when moved; on %FALSE nothing changed.
 */
gboolean
koers_store_move_phase (KoersStore  *self,
                        gint64       participant_id,
                        KoersPhase   phase,
                        const char  *date,
                        GError     **error)
{
  g_autoptr(KoersStmt) current = NULL;
  g_autoptr(KoersStmt) close_row = NULL;
  g_autoptr(KoersStmt) open_row = NULL;
  g_autoptr(KoersStmt) update = NULL;
  g_autoptr(GDate) today = koers_today ();
  g_autoptr(GDate) when = NULL;
  g_autofree char *day = NULL;
  const char *phase_nick = koers_enum_to_nick (KOERS_TYPE_PHASE, phase);
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  day = date ? g_strdup (date) : koers_date_to_iso (today);
  when = koers_date_parse_iso (day);
  if (when == NULL)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The date of the move is not a date."));
      return FALSE;
    }
  if (g_date_compare (when, today) > 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The date of the move lies in the future."));
      return FALSE;
    }

  if ((current = koers_store_prepare (self,
         "SELECT phase, phase_since FROM participant WHERE id = ?1", error)) == NULL
      || (close_row = koers_store_prepare (self,
         "UPDATE phase_history SET to_date = ?2 WHERE participant_id = ?1 AND to_date IS NULL",
         error)) == NULL
      || (open_row = koers_store_prepare (self,
         "INSERT INTO phase_history (participant_id, phase, from_date) VALUES (?1, ?2, ?3)",
         error)) == NULL
      || (update = koers_store_prepare (self,
         "UPDATE participant SET phase = ?2, phase_since = ?3,"
         " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1", error)) == NULL)
    return FALSE;

  if (!koers_store_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (current, 1, participant_id);
  rc = sqlite3_step (current);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This participant no longer exists."));
      goto rolled_back;
    }
  if (rc != SQLITE_ROW)
    {
      koers_store_set_error (self, rc, error);
      goto rolled_back;
    }
  if (g_strcmp0 (koers_stmt_text (current, 0), phase_nick) == 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                   _("The participant is already in the phase “%s”."),
                   koers_phase_get_label (phase));
      goto rolled_back;
    }
  if (g_strcmp0 (day, koers_stmt_text (current, 1)) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The date of the move lies before the start of the current "
                             "phase."));
      goto rolled_back;
    }

  sqlite3_bind_int64 (close_row, 1, participant_id);
  koers_store_bind_text (close_row, 2, day);
  sqlite3_bind_int64 (open_row, 1, participant_id);
  koers_store_bind_text (open_row, 2, phase_nick);
  koers_store_bind_text (open_row, 3, day);
  sqlite3_bind_int64 (update, 1, participant_id);
  koers_store_bind_text (update, 2, phase_nick);
  koers_store_bind_text (update, 3, day);
  if (!koers_store_step_done (self, close_row, error)
      || !koers_store_step_done (self, open_row, error)
      || !koers_store_step_done (self, update, error))
    goto rolled_back;

  koers_stmt_release (current);
  return koers_store_commit (self, error);

rolled_back:
  koers_stmt_release (current);
  koers_store_rollback (self);
  return FALSE;
}

/**
 * koers_store_get_participant:
 * @self: a store
 * @participant_id: a participant id
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a snapshot of the participant, or %NULL with
 *   %KOERS_STORE_ERROR_NOT_FOUND when there is none with that id.
 */
KoersParticipant *
koers_store_get_participant (KoersStore  *self,
                             gint64       participant_id,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT " PARTICIPANT_COLUMNS PARTICIPANT_FROM
                                    " WHERE p.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return participant_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                         _("This participant no longer exists."));
  else
    koers_store_set_error (self, rc, error);
  return NULL;
}

/**
 * koers_store_count_participants:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: the number of participants in the database, or -1 with @error set.
 */
gint64
koers_store_count_participants (KoersStore  *self,
                                GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), -1);

  stmt = koers_store_prepare (self, "SELECT count(*) FROM participant", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      koers_store_set_error (self, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* ORDER BY clauses of the participant list: fixed text chosen by column, never user input.
 * {dir} is the direction asked for, {rev} its reverse; ties are broken by the dossier id. */
static const char *
order_clause (KoersParticipantColumn column)
{
  switch (column)
    {
    case KOERS_PARTICIPANT_COLUMN_NAME:
      return "p.name_key {dir}, p.id {dir}";
    case KOERS_PARTICIPANT_COLUMN_COUNTRY:
      return "(SELECT c.name_key FROM temp.country_name c WHERE c.code = p.country) {dir}"
             " NULLS LAST, p.name_key, p.id";
    case KOERS_PARTICIPANT_COLUMN_PHASE:
      return "CASE p.phase WHEN 'outreach' THEN 0 WHEN 'intake' THEN 1 WHEN 'empowerment'"
             " THEN 2 WHEN 'training' THEN 3 WHEN 'handover' THEN 4 WHEN 'departed' THEN 5"
             " WHEN 'monitoring' THEN 6 ELSE 7 END {dir}, p.phase_since, p.id";
    case KOERS_PARTICIPANT_COLUMN_TARGET_GROUP:
      return "CASE p.target_group WHEN '2a' THEN 1 WHEN '2b' THEN 2 ELSE 3 END {dir},"
             " p.name_key, p.id";
    case KOERS_PARTICIPANT_COLUMN_CASE_MANAGER:
      return "s.name IS NULL, s.name COLLATE NOCASE {dir}, p.name_key, p.id";
    case KOERS_PARTICIPANT_COLUMN_DAYS_IN_PHASE:
      /* More days in the phase means an earlier start. */
      return "p.phase_since {rev}, p.id";
    case KOERS_PARTICIPANT_COLUMN_CODE:
    default:
      return "p.id {dir}";
    }
}

/* Escapes LIKE wildcards in already folded text. */
static char *
like_pattern (const char *term)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static char *
codes_as_json (const char *term)
{
  g_auto(GStrv) codes = koers_country_find (term);
  GString *json = g_string_new ("[");

  /* Codes are two capital letters, so they need no escaping. */
  for (guint i = 0; codes[i] != NULL; i++)
    g_string_append_printf (json, "%s\"%s\"", i ? "," : "", codes[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/**
 * koers_store_find_participants:
 * @self: a store
 * @search: (nullable): words to search for; each must occur in the name, alias or dossier
 *   code, or start a word of the country's name
 * @sort_column: the column to sort by
 * @descending: whether to sort in descending order
 * @error: return location for an error
 *
 * Searches and sorts the participant list in SQL.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids in list order.
 */
GArray *
koers_store_find_participants (KoersStore              *self,
                               const char              *search,
                               KoersParticipantColumn   sort_column,
                               gboolean                 descending,
                               GError                 **error)
{
  g_autofree char *folded = koers_fold (search);
  g_auto(GStrv) terms = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  g_autoptr(GString) sql = g_string_new ("SELECT p.id" PARTICIPANT_FROM);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KoersStmt) stmt = NULL;
  guint n_terms = 0;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  for (guint i = 0; terms[i] != NULL && n_terms < MAX_SEARCH_TERMS; i++)
    {
      if (*terms[i] == '\0')
        continue;
      g_string_append (sql, n_terms == 0 ? " WHERE " : " AND ");
      g_string_append_printf (sql, "(p.search_key LIKE ?%u ESCAPE '\\'"
                                   " OR p.code LIKE ?%u ESCAPE '\\'"
                                   " OR p.country IN (SELECT value FROM json_each (?%u)))",
                              values->len + 1, values->len + 1, values->len + 2);
      g_ptr_array_add (values, like_pattern (terms[i]));
      g_ptr_array_add (values, codes_as_json (terms[i]));
      n_terms++;
    }
  g_string_append (sql, " ORDER BY ");
  g_string_append (sql, order_clause (sort_column));
  g_string_replace (sql, "{dir}", descending ? "DESC" : "ASC", 0);
  g_string_replace (sql, "{rev}", descending ? "ASC" : "DESC", 0);

  stmt = koers_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < values->len; i++)
    koers_store_bind_text (stmt, i + 1, g_ptr_array_index (values, i));

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
  return g_steal_pointer (&ids);
}
