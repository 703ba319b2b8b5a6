/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-store-private.h"

/* Staff and participants: the SQL of the participant list and of the records behind it. */

#define MAX_NAME_LENGTH 200
#define MAX_SEARCH_TERMS 8

#define PARTICIPANT_COLUMNS \
  "p.id, p.code, p.given_name, p.family_name, p.alias, p.sex, p.birth_date, p.country, " \
  "p.nationality, p.languages, p.phone, p.situation, p.referrer, p.target_group, p.phase, " \
  "p.phase_since, p.status, p.case_manager_id, s.name, p.trajectory_holder_id, p.buddy_id, " \
  "p.commitment_date, p.planned_departure, p.exit_date, p.exit_reason, p.target_group_reason"

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

static gboolean
is_date (const char *text)
{
  g_autoptr(GDate) date = koers_date_parse_iso (text);
  return date != NULL;
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
                       "trajectory-holder-id", sqlite3_column_int64 (stmt, 19),
                       "buddy-id", sqlite3_column_int64 (stmt, 20),
                       "commitment-date", koers_stmt_text (stmt, 21),
                       "planned-departure", koers_stmt_text (stmt, 22),
                       "exit-date", koers_stmt_text (stmt, 23),
                       "exit-reason", koers_stmt_text (stmt, 24),
                       "target-group-reason", koers_stmt_text (stmt, 25),
                       NULL);
}

/* Rejects text the database must not hold: invalid UTF-8, control characters, and more
 * than @max_length characters. @label names the field in the message. */
gboolean
koers_store_validate_text (const char  *text,
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

/* The message quotes @code only when it is short, printable text: it is shown to the user,
 * and @code may be anything. */
static gboolean
set_country_error (const char  *code,
                   const char  *label,
                   GError     **error)
{
  if (koers_store_validate_text (code, 10, label, NULL))
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                 _("“%s” is not a country code."), code);
  else
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                 _("%s is not a country code."), label);
  return FALSE;
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
  if (!koers_store_validate_text (given, MAX_NAME_LENGTH, _("The given name"), error)
      || !koers_store_validate_text (koers_participant_get_family_name (p), MAX_NAME_LENGTH,
                         _("The family name"), error)
      || !koers_store_validate_text (koers_participant_get_alias (p), MAX_NAME_LENGTH, _("The alias"), error)
      || !koers_store_validate_text (koers_participant_get_languages (p), 500, _("Languages"), error)
      || !koers_store_validate_text (koers_participant_get_phone (p), 50, _("The phone number"), error)
      || !koers_store_validate_text (koers_participant_get_referrer (p), MAX_NAME_LENGTH,
                         _("The referrer"), error))
    return FALSE;
  if (country != NULL && *country != '\0' && !koers_country_is_valid (country))
    return set_country_error (country, _("The country"), error);
  if (nationality != NULL && *nationality != '\0' && !koers_country_is_valid (nationality))
    return set_country_error (nationality, _("The nationality"), error);
  if (birth != NULL && *birth != '\0')
    {
      g_autoptr(GDate) date = koers_date_parse_iso (birth);
      gboolean year_only = strlen (birth) == 4 && g_ascii_isdigit (birth[0])
                           && g_ascii_isdigit (birth[1]) && g_ascii_isdigit (birth[2])
                           && g_ascii_isdigit (birth[3]);
      g_autoptr(GDate) today = koers_today ();
      int year = atoi (birth);

      if (date == NULL && !year_only)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of birth is not a date."));
          return FALSE;
        }
      if ((date != NULL && g_date_compare (date, today) > 0)
          || year > (int) g_date_get_year (today))
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of birth lies in the future."));
          return FALSE;
        }
      if (year < (int) g_date_get_year (today) - 120)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of birth is more than 120 years ago."));
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
  if (!koers_store_validate_text (trimmed, MAX_NAME_LENGTH, _("The name"), error))
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
  else if (!is_date (since))
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
 * Moving to %KOERS_PHASE_DEPARTED is refused: a departure is recorded as the last step of
 * the handover (koers_store_add_handover_step()), with its partner.
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
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (phase == KOERS_PHASE_DEPARTED)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Record the departure as the last step of the handover: it "
                             "needs the day and the partner."));
      return FALSE;
    }
  return koers_store_move_phase_unchecked (self, participant_id, phase, date, error);
}

/* koers_store_move_phase() to any phase, for the handover to record a departure. */
gboolean
koers_store_move_phase_unchecked (KoersStore  *self,
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
 * @filter: (nullable): which participants to show; %NULL for everyone
 * @sort_column: the column to sort by
 * @descending: whether to sort in descending order
 * @error: return location for an error
 *
 * Searches and sorts the participant list in SQL.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids in list order.
 */
GArray *
koers_store_find_participants (KoersStore                   *self,
                               const char                   *search,
                               const KoersParticipantFilter *filter,
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
  if (filter != NULL)
    {
      g_autofree char *today = koers_today_iso ();

      /* Each condition's values are bound, like the search words. */
#define AND_WHERE() g_string_append (sql, values->len == 0 && n_terms == 0 && !any ? " WHERE " : " AND ")
      gboolean any = FALSE;
      if (filter->phase >= 0)
        {
          AND_WHERE ();
          g_string_append_printf (sql, "p.phase = ?%u", values->len + 1);
          g_ptr_array_add (values, g_strdup (koers_enum_to_nick (KOERS_TYPE_PHASE, filter->phase)));
          any = TRUE;
        }
      if (filter->status >= 0)
        {
          AND_WHERE ();
          g_string_append_printf (sql, "p.status = ?%u", values->len + 1);
          g_ptr_array_add (values, g_strdup (koers_enum_to_nick (KOERS_TYPE_STATUS, filter->status)));
          any = TRUE;
        }
      if (filter->target_group >= 0)
        {
          AND_WHERE ();
          g_string_append_printf (sql, "p.target_group = ?%u", values->len + 1);
          g_ptr_array_add (values, g_strdup (koers_enum_to_nick (KOERS_TYPE_TARGET_GROUP,
                                                                 filter->target_group)));
          any = TRUE;
        }
      if (filter->case_manager_id >= 0)
        {
          AND_WHERE ();
          g_string_append_printf (sql, "coalesce (p.case_manager_id, 0) = CAST (?%u AS INTEGER)",
                                  values->len + 1);
          g_ptr_array_add (values, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                    filter->case_manager_id));
          any = TRUE;
        }
      if (filter->overdue_only)
        {
          /* The same rule as koers_participant_is_overdue(), months added the GLib way. */
          AND_WHERE ();
          g_string_append_printf (sql, "p.phase = 'intake' AND p.status = 'active' AND"
                                       " koers_add_months (p.phase_since, CASE p.target_group"
                                       " WHEN '2b' THEN 3 ELSE 1 END) < ?%u",
                                  values->len + 1);
          g_ptr_array_add (values, g_strdup (today));
          any = TRUE;
        }
#undef AND_WHERE
    }
  if (sort_column == KOERS_PARTICIPANT_COLUMN_COUNTRY
      && !koers_store_ensure_country_names (self, error))
    return NULL;
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

typedef enum {
  FIELD_TEXT,
  FIELD_OPTIONAL,
  FIELD_ENUM,
  FIELD_STAFF,
} FieldType;

typedef struct {
  const char *property;   /* of KoersParticipant */
  const char *sql;        /* the whole UPDATE: column names are fixed text, values bound */
  FieldType   type;
} FieldInfo;

/* The right side of an UPDATE sees the row as it was, so the search keys take the new value
 * (?2) for the column being changed. Saving the value a field already has writes nothing. */
#define NEW_VALUE(column, name) "iif ('" column "' = '" name "', ?2, " name ")"
#define UPDATE_SQL(column) \
  "UPDATE participant SET " column " = ?2, name_key = koers_fold (trim (" \
  NEW_VALUE (column, "given_name") " || ' ' || " NEW_VALUE (column, "family_name") "))," \
  " search_key = koers_fold (" NEW_VALUE (column, "given_name") " || ' ' || " \
  NEW_VALUE (column, "family_name") " || ' ' || " NEW_VALUE (column, "alias") ")," \
  " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND " column " IS NOT ?2"

static const FieldInfo fields[] = {
  [KOERS_PARTICIPANT_FIELD_GIVEN_NAME] = { "given-name", UPDATE_SQL ("given_name"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_FAMILY_NAME] = { "family-name", UPDATE_SQL ("family_name"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_ALIAS] = { "alias", UPDATE_SQL ("alias"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_SEX] = { "sex", UPDATE_SQL ("sex"), FIELD_ENUM },
  [KOERS_PARTICIPANT_FIELD_BIRTH_DATE] = { "birth-date", UPDATE_SQL ("birth_date"), FIELD_OPTIONAL },
  [KOERS_PARTICIPANT_FIELD_COUNTRY] = { "country", UPDATE_SQL ("country"), FIELD_OPTIONAL },
  [KOERS_PARTICIPANT_FIELD_NATIONALITY] = { "nationality", UPDATE_SQL ("nationality"), FIELD_OPTIONAL },
  [KOERS_PARTICIPANT_FIELD_LANGUAGES] = { "languages", UPDATE_SQL ("languages"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_PHONE] = { "phone", UPDATE_SQL ("phone"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_SITUATION] = { "situation", UPDATE_SQL ("situation"), FIELD_ENUM },
  [KOERS_PARTICIPANT_FIELD_REFERRER] = { "referrer", UPDATE_SQL ("referrer"), FIELD_TEXT },
  [KOERS_PARTICIPANT_FIELD_TARGET_GROUP] = { "target-group", UPDATE_SQL ("target_group"), FIELD_ENUM },
  [KOERS_PARTICIPANT_FIELD_CASE_MANAGER] = { "case-manager-id", UPDATE_SQL ("case_manager_id"), FIELD_STAFF },
  [KOERS_PARTICIPANT_FIELD_TRAJECTORY_HOLDER] = { "trajectory-holder-id", UPDATE_SQL ("trajectory_holder_id"), FIELD_STAFF },
  [KOERS_PARTICIPANT_FIELD_BUDDY] = { "buddy-id", UPDATE_SQL ("buddy_id"), FIELD_STAFF },
  [KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE] = { "commitment-date", UPDATE_SQL ("commitment_date"), FIELD_OPTIONAL },
  [KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE] = { "planned-departure", UPDATE_SQL ("planned_departure"), FIELD_OPTIONAL },
};

static gboolean
validate_dates (KoersParticipant  *p,
                GError           **error)
{
  const char *commitment = koers_participant_get_commitment_date (p);
  const char *departure = koers_participant_get_planned_departure (p);
  g_autoptr(GDate) today = koers_today ();

  if (commitment != NULL)
    {
      g_autoptr(GDate) date = koers_date_parse_iso (commitment);
      if (date == NULL)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of the commitment to return is not a date."));
          return FALSE;
        }
      if (g_date_compare (date, today) > 0)
        {
          g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                               _("The date of the commitment to return lies in the future."));
          return FALSE;
        }
    }
  if (departure != NULL && !is_date (departure))
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The planned departure is not a date."));
      return FALSE;
    }
  if (departure != NULL && commitment != NULL && strcmp (departure, commitment) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The planned departure lies before the commitment to return."));
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_update_participant:
 * @self: a store
 * @participant_id: the participant
 * @field: which field to change
 * @value: the new value: a string for text, dates ("YYYY-MM-DD", or "YYYY" for a year of
 *   birth) and country codes (an empty string clears them); an enum of the field's type;
 *   a #gint64 staff id (0 for none) for case manager, trajectory holder and buddy
 * @error: return location for an error
 *
 * Changes one field of a participant in its own transaction, after checking the value as
 * koers_store_add_participant() does.
 *
 * Returns: %TRUE when saved; on %FALSE nothing changed.
 */
gboolean
koers_store_update_participant (KoersStore             *self,
                                gint64                  participant_id,
                                KoersParticipantField   field,
                                const GValue           *value,
                                GError                **error)
{
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  const FieldInfo *info;
  GParamSpec *pspec;
  g_auto(GValue) normalised = G_VALUE_INIT;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (fields), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  info = &fields[field];
  p = koers_store_get_participant (self, participant_id, error);
  if (p == NULL)
    return FALSE;

  /* Validate the record as it would be, so that the same rules hold as for a new one. A
   * value of the wrong type or out of range is refused here: GObject would only warn, and
   * the field's default would be saved instead. */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (p), info->property);
  g_value_init (&normalised, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (!g_param_value_convert (pspec, value, &normalised, TRUE))
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           info->type == FIELD_STAFF ? _("There is no such staff member.")
                                                     : _("This value does not fit the field."));
      return FALSE;
    }
  if (G_VALUE_HOLDS_STRING (&normalised))
    {
      const char *text = g_value_get_string (&normalised);
      g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
      g_value_set_string (&normalised, (*trimmed == '\0' && info->type == FIELD_OPTIONAL)
                                       ? NULL : trimmed);
    }
  g_object_set_property (G_OBJECT (p), info->property, &normalised);
  if (!validate_participant (p, error) || !validate_dates (p, error))
    return FALSE;
  if (info->type == FIELD_STAFF && g_value_get_int64 (&normalised) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("There is no such staff member."));
      return FALSE;
    }

  stmt = koers_store_prepare (self, info->sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  switch (info->type)
    {
    case FIELD_TEXT:
      koers_store_bind_text (stmt, 2, g_value_get_string (&normalised));
      break;
    case FIELD_OPTIONAL:
      koers_store_bind_nullable (stmt, 2, g_value_get_string (&normalised));
      break;
    case FIELD_ENUM:
      koers_store_bind_text (stmt, 2, koers_enum_to_nick (G_VALUE_TYPE (&normalised),
                                                          g_value_get_enum (&normalised)));
      break;
    case FIELD_STAFF:
      if (g_value_get_int64 (&normalised) > 0)
        sqlite3_bind_int64 (stmt, 2, g_value_get_int64 (&normalised));
      else
        sqlite3_bind_null (stmt, 2);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!koers_store_begin (self, error))
    return FALSE;
  if (!koers_store_step_done (self, stmt, error))
    {
      /* A staff id that does not exist fails the foreign key. */
      koers_store_rollback (self);
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_end_trajectory:
 * @self: a store
 * @participant_id: the participant
 * @status: how the trajectory ended: dropped out, transferred, legal status changed, lost
 *   contact or deceased
 * @date: (nullable): the day it ended, "YYYY-MM-DD"; %NULL for today
 * @reason: why, in words; required
 * @error: return location for an error
 *
 * Records that a trajectory ended another way than by return. The phase stays where it
 * was, so the report shows where it ended; koers_store_reopen_trajectory() undoes it.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_end_trajectory (KoersStore   *self,
                            gint64        participant_id,
                            KoersStatus   status,
                            const char   *date,
                            const char   *reason,
                            GError      **error)
{
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GDate) today = koers_today ();
  g_autoptr(GDate) when = NULL;
  g_autofree char *day = NULL;
  g_autofree char *why = g_strstrip (g_strdup (reason ? reason : ""));

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (status == KOERS_STATUS_ACTIVE || status == KOERS_STATUS_COMPLETED)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Choose how the trajectory ended."));
      return FALSE;
    }
  if (*why == '\0')
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("Give the reason the trajectory ended."));
      return FALSE;
    }
  if (!koers_store_validate_text (why, 2000, _("The reason"), error))
    return FALSE;
  day = date ? g_strdup (date) : koers_date_to_iso (today);
  when = koers_date_parse_iso (day);
  if (when == NULL || g_date_compare (when, today) > 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           when == NULL ? _("The end date is not a date.")
                                        : _("The end date lies in the future."));
      return FALSE;
    }

  p = koers_store_get_participant (self, participant_id, error);
  if (p == NULL)
    return FALSE;
  if (koers_participant_get_status (p) != KOERS_STATUS_ACTIVE)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("This trajectory has already ended."));
      return FALSE;
    }
  if (strcmp (day, koers_participant_get_phase_since (p)) < 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
                           _("The end date lies before the start of the current phase."));
      return FALSE;
    }

  stmt = koers_store_prepare (self,
    "UPDATE participant SET status = ?2, exit_date = ?3, exit_reason = ?4,"
    " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  koers_store_bind_text (stmt, 2, koers_enum_to_nick (KOERS_TYPE_STATUS, status));
  koers_store_bind_text (stmt, 3, day);
  koers_store_bind_text (stmt, 4, why);
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
 * koers_store_reopen_trajectory:
 * @self: a store
 * @participant_id: a participant whose trajectory ended
 * @error: return location for an error
 *
 * Makes an ended trajectory active again, in the phase where it ended.
 *
 * Returns: %TRUE when saved.
 */
gboolean
koers_store_reopen_trajectory (KoersStore  *self,
                               gint64       participant_id,
                               GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  stmt = koers_store_prepare (self,
    "UPDATE participant SET status = 'active', exit_date = NULL, exit_reason = '',"
    " updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
    " WHERE id = ?1 AND status <> 'active'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
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
                           _("This trajectory is not closed."));
      return FALSE;
    }
  return koers_store_commit (self, error);
}

/**
 * koers_store_list_staff:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the active staff members as a #GListModel of
 *   #KoersStaff, sorted by name.
 */
GListModel *
koers_store_list_staff (KoersStore  *self,
                        GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GListStore) staff = g_list_store_new (KOERS_TYPE_STAFF);
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT id, name, role FROM staff WHERE active = 1"
                                    " ORDER BY name COLLATE NOCASE, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KoersStaff) member = koers_staff_new (sqlite3_column_int64 (stmt, 0),
                                                      koers_stmt_text (stmt, 1),
                                                      enum_column (stmt, 2,
                                                                   KOERS_TYPE_STAFF_ROLE));
      g_list_store_append (staff, member);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&staff));
}

/**
 * koers_participant_filter_init:
 * @filter: a filter
 *
 * Sets @filter to show everyone.
 */
void
koers_participant_filter_init (KoersParticipantFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->phase = -1;
  filter->status = -1;
  filter->target_group = -1;
  filter->case_manager_id = -1;
  filter->overdue_only = FALSE;
}

/**
 * koers_participant_filter_is_active:
 * @filter: a filter
 *
 * Returns: whether @filter hides anyone.
 */
gboolean
koers_participant_filter_is_active (const KoersParticipantFilter *filter)
{
  return filter->phase >= 0 || filter->status >= 0 || filter->target_group >= 0
         || filter->case_manager_id >= 0 || filter->overdue_only;
}
