/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "koers-store-private.h"

/* The audit trail and undo/redo.
 *
 * Temporary triggers, made on the store's own connection from the schema, write one
 * audit_entry per changed field into the same transaction as the change, so the trail can
 * never miss or outlive a change. Temporary, because they call functions that only this
 * connection has: the sqlite3 shell or a backup can still write to the file.
 *
 * An entry keeps the old and the new value exactly as stored, so any change can be reverted
 * generically: undo writes the reverse of a change as a new change (which the trail shows
 * too), and redo reverts that one. The stacks hold changes of this session only. */

/* ---- SQL functions the triggers call ---------------------------------------------- */

/* The change being written: made on first use inside a transaction, so that everything one
 * store call writes is one change. */
static gint64
current_change (KoersStore *self)
{
  if (self->change_id == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (self->db, "SELECT coalesce(max(id), 0) + 1 FROM audit_change",
                              -1, &stmt, NULL) == SQLITE_OK
          && sqlite3_step (stmt) == SQLITE_ROW)
        self->change_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      g_free (self->change_at);
      self->change_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
      self->change_participant = 0;
    }
  return self->change_id;
}

static void
audit_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  KoersStore *self = sqlite3_user_data (context);
  const char *what = (const char *) sqlite3_value_text (argv[0]);

  if (g_strcmp0 (what, "on") == 0)
    sqlite3_result_int (context, !self->audit_off);
  else if (g_strcmp0 (what, "change") == 0)
    sqlite3_result_int64 (context, current_change (self));
  else if (g_strcmp0 (what, "at") == 0)
    {
      /* SQLite may evaluate this before "change" in the same row. */
      current_change (self);
      sqlite3_result_text (context, self->change_at, -1, SQLITE_TRANSIENT);
    }
  else if (g_strcmp0 (what, "actor") == 0)
    sqlite3_result_text (context, self->actor ? self->actor : "", -1, SQLITE_TRANSIENT);
  else if (g_strcmp0 (what, "host") == 0)
    sqlite3_result_text (context, g_get_host_name (), -1, SQLITE_TRANSIENT);
  else if (g_strcmp0 (what, "undoes") == 0 && self->reverting != 0)
    sqlite3_result_int64 (context, self->reverting);
  else
    sqlite3_result_null (context);
}

/* A child row that goes with its parent (the actions of a removed goal) can no longer look
 * its participant up: it takes the one the change saw last. */
static void
participant_function (sqlite3_context  *context,
                      int               argc,
                      sqlite3_value   **argv)
{
  KoersStore *self = sqlite3_user_data (context);

  if (sqlite3_value_type (argv[0]) != SQLITE_NULL)
    self->change_participant = sqlite3_value_int64 (argv[0]);
  if (self->change_participant != 0)
    sqlite3_result_int64 (context, self->change_participant);
  else
    sqlite3_result_null (context);
}

static int
on_commit_cb (void *data)
{
  KoersStore *self = data;

  self->committed_change = self->change_id;
  self->change_id = 0;
  return 0;
}

static void
on_rollback_cb (void *data)
{
  KoersStore *self = data;

  self->change_id = 0;
  self->committed_change = 0;
  /* The shipped score list may have been added in what was rolled back. */
  self->shipped_list_checked = FALSE;
  self->shipped_template_checked = FALSE;
}

/* ---- triggers ---------------------------------------------------------------------- */

static char *
quote_identifier (const char *name)
{
  g_autoptr(GString) quoted = g_string_new ("\"");
  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

/* The first @n_columns columns of every row of @sql (with @arg bound to ?1) as strings. */
GPtrArray *
koers_store_query_strings (KoersStore  *self,
               const char  *sql,
               const char  *arg,
               int          n_columns)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      if (arg != NULL)
        sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int i = 0; i < n_columns; i++)
          g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (stmt, i)));
    }
  sqlite3_finalize (stmt);
  return rows;
}

/* How a trigger on @table finds the participant of the row @row ("NEW" or "OLD"). */
static char *
participant_expression (KoersStore  *self,
                        const char  *table,
                        GPtrArray   *table_columns,
                        const char  *row)
{
  g_autoptr(GPtrArray) keys = NULL;

  if (g_str_equal (table, "participant"))
    return g_strdup_printf ("%s.rowid", row);
  for (guint i = 0; i < table_columns->len; i++)
    if (g_str_equal (g_ptr_array_index (table_columns, i), "participant_id"))
      return g_strdup_printf ("koers_audit_participant(%s.\"participant_id\")", row);

  /* One step up a foreign key to a table that has a participant (an action's goal). */
  keys = koers_store_query_strings (self, "SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1)",
                        table, 2);
  for (guint i = 0; i + 1 < keys->len; i += 2)
    {
      const char *parent = g_ptr_array_index (keys, i);
      g_autoptr(GPtrArray) parent_columns =
        koers_store_query_strings (self, "SELECT name FROM pragma_table_info(?1)", parent, 1);
      g_autofree char *quoted_parent = quote_identifier (parent);
      g_autofree char *quoted_from = quote_identifier (g_ptr_array_index (keys, i + 1));

      for (guint j = 0; j < parent_columns->len; j++)
        if (g_str_equal (g_ptr_array_index (parent_columns, j), "participant_id"))
          return g_strdup_printf ("koers_audit_participant((SELECT participant_id FROM %s "
                                  "WHERE rowid = %s.%s))", quoted_parent, row, quoted_from);
    }
  return g_strdup ("NULL");
}

/* A string literal for SQL text made from the schema: the names of tables and columns. */
static char *
quote_literal (const char *text)
{
  g_autoptr(GString) quoted = g_string_new ("'");
  for (const char *p = text; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (quoted, '\'');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '\'');
  return g_string_free (g_steal_pointer (&quoted), FALSE);
}

static char *
trigger_sql (KoersStore  *self,
             const char  *table,
             GPtrArray   *table_columns,
             const char  *event)
{
  g_autofree char *quoted_table = quote_identifier (table);
  g_autofree char *table_literal = quote_literal (table);
  g_autofree char *name = NULL;
  g_autofree char *participant = NULL;
  g_autoptr(GString) values = g_string_new (NULL);
  gboolean is_insert = g_str_equal (event, "INSERT");
  gboolean is_delete = g_str_equal (event, "DELETE");
  const char *row = is_delete ? "OLD" : "NEW";
  const char *action = is_insert ? "insert" : is_delete ? "delete" : "update";
  const char *condition = is_insert ? "n IS NOT NULL" : is_delete ? "o IS NOT NULL" : "o IS NOT n";

  {
    g_autofree char *plain = g_strdup_printf ("koers_audit_%s_%s", table, action);
    name = quote_identifier (plain);
  }
  participant = participant_expression (self, table, table_columns, row);
  for (guint i = 0; i < table_columns->len; i++)
    {
      const char *column = g_ptr_array_index (table_columns, i);
      g_autofree char *quoted = quote_identifier (column);
      g_autofree char *literal = quote_literal (column);

      g_string_append_printf (values, "%s(%s, ", i > 0 ? ", " : "", literal);
      if (is_insert)
        g_string_append (values, "NULL, ");
      else
        g_string_append_printf (values, "OLD.%s, ", quoted);
      if (is_delete)
        g_string_append (values, "NULL)");
      else
        g_string_append_printf (values, "NEW.%s)", quoted);
    }

  /* A delete is recorded before it happens: a parent's row is then still there for the
   * rows that go with it (a goal's actions), so they find their participant. */
  return g_strdup_printf (
    "CREATE TEMP TRIGGER %s %s %s ON main.%s WHEN koers_audit('on') BEGIN "
    "INSERT OR IGNORE INTO audit_change (id, at, actor, host, undoes) "
    "VALUES (koers_audit('change'), koers_audit('at'), koers_audit('actor'), "
    "koers_audit('host'), koers_audit('undoes')); "
    "INSERT INTO audit_entry (change_id, participant_id, tbl, row_id, action, col, "
    "old_value, new_value) "
    "SELECT koers_audit('change'), %s, %s, %s.rowid, '%s', c, o, n "
    "FROM (SELECT NULL AS c, NULL AS o, NULL AS n WHERE 0 UNION ALL VALUES %s) WHERE %s; END",
    name, is_delete ? "BEFORE" : "AFTER", event, quoted_table, participant, table_literal, row,
    action, values->str, condition);
}

static gboolean
run (KoersStore  *self,
     const char  *sql,
     GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return koers_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * koers_store_audit_remove:
 * @self: a store
 * @error: return location for an error
 *
 * Drops the audit triggers, before the tables they watch are replaced by a restore: a
 * temporary trigger on a table that disappears would linger in a broken schema.
 *
 * Returns: %TRUE when they are gone.
 */
gboolean
koers_store_audit_remove (KoersStore  *self,
                          GError     **error)
{
  g_autoptr(GPtrArray) old_triggers = NULL;

  old_triggers = koers_store_query_strings (self, "SELECT name FROM temp.sqlite_schema "
                                      "WHERE type = 'trigger' AND name LIKE 'koers_audit_%'",
                                NULL, 1);
  for (guint i = 0; i < old_triggers->len; i++)
    {
      g_autofree char *quoted = quote_identifier (g_ptr_array_index (old_triggers, i));
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER IF EXISTS temp.%s", quoted);
      if (!run (self, sql, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * koers_store_audit_install:
 * @self: a store whose schema is up to date
 * @error: return location for an error
 *
 * Makes (again) the functions, hooks and temporary triggers that write the audit trail on
 * this connection. Called after opening and after a restore replaced the schema.
 *
 * Returns: %TRUE when the trail is written from now on.
 */
gboolean
koers_store_audit_install (KoersStore  *self,
                           GError     **error)
{
  g_autoptr(GPtrArray) names = NULL;

  sqlite3_create_function_v2 (self->db, "koers_audit", 1, SQLITE_UTF8, self,
                              audit_function, NULL, NULL, NULL);
  sqlite3_create_function_v2 (self->db, "koers_audit_participant", 1, SQLITE_UTF8, self,
                              participant_function, NULL, NULL, NULL);
  sqlite3_commit_hook (self->db, on_commit_cb, self);
  sqlite3_rollback_hook (self->db, on_rollback_cb, self);

  /* A reader's connection is opened SQLITE_OPEN_READONLY, so no trigger of it could ever
   * fire: making the 66 of them took 15 ms of every read-only open, such as an export's. */
  if (self->read_only)
    return TRUE;

  if (!koers_store_audit_remove (self, error))
    return FALSE;

  /* A database kept at an older version on purpose (in tests) has no trail to write to. */
  {
    g_autoptr(GPtrArray) trail = koers_store_query_strings (self, "SELECT name FROM main.sqlite_schema "
                                                      "WHERE name = 'audit_entry'", NULL, 1);
    if (trail->len == 0)
      return TRUE;
  }

  names = koers_store_query_strings (self, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT IN ('audit_change', 'audit_entry') ORDER BY name",
                         NULL, 1);
  for (guint i = 0; i < names->len; i++)
    {
      const char *table = g_ptr_array_index (names, i);
      g_autoptr(GPtrArray) table_columns =
        koers_store_query_strings (self, "SELECT name FROM pragma_table_info(?1)", table, 1);
      static const char *events[] = { "INSERT", "UPDATE", "DELETE" };

      for (guint j = 0; j < G_N_ELEMENTS (events); j++)
        {
          g_autofree char *sql = trigger_sql (self, table, table_columns, events[j]);
          if (!run (self, sql, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * koers_store_set_audit_enabled:
 * @self: a store
 * @enabled: whether changes are written to the audit trail
 *
 * Only for generating fictional demo data in bulk: nobody needs the history of that.
 */
void
koers_store_set_audit_enabled (KoersStore *self,
                               gboolean    enabled)
{
  self->audit_off = !enabled;
}

/**
 * koers_store_set_actor:
 * @self: a store
 * @actor: (nullable): the staff member working at this workstation
 *
 * Sets who the audit trail names for the changes that follow.
 */
void
koers_store_set_actor (KoersStore *self,
                       const char *actor)
{
  g_autofree char *valid = NULL;
  GString *clean;

  g_return_if_fail (KOERS_IS_STORE (self));

  g_clear_pointer (&self->actor, g_free);
  if (actor == NULL)
    return;
  /* The name goes into every change of the trail, and may come from the system's user list
   * in any encoding: keep it to one line of valid text. */
  valid = g_utf8_make_valid (actor, -1);
  clean = g_string_new (NULL);
  for (const char *p = valid; *p != '\0' && clean->len < 800; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (clean, g_unichar_iscntrl (c) ? ' ' : c);
    }
  self->actor = g_string_free (clean, FALSE);
}

/**
 * koers_store_get_actor:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): who the audit trail names for new changes.
 */
const char *
koers_store_get_actor (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  return self->actor;
}

/* ---- undo and redo ----------------------------------------------------------------- */

static gboolean change_is_visible (KoersStore *self,
                                   gint64      change);

/* Called by koers_store_commit() when an outermost transaction committed. */
void
koers_store_audit_committed (KoersStore *self)
{
  gint64 change = self->committed_change;
  gboolean could_undo = koers_store_can_undo (self);
  gboolean could_redo = koers_store_can_redo (self);

  self->committed_change = 0;
  if (change == 0 || !change_is_visible (self, change))
    return;

  switch (self->revert_mode)
    {
    case REVERT_UNDO:
      g_array_append_val (self->redo_stack, change);
      break;
    case REVERT_REDO:
      g_array_append_val (self->undo_stack, change);
      break;
    case REVERT_NONE:
    default:
      g_array_append_val (self->undo_stack, change);
      g_array_set_size (self->redo_stack, 0);
      break;
    }

  /* An undo or redo notifies when it is done with both stacks. */
  if (self->revert_mode != REVERT_NONE)
    return;
  if (could_undo != koers_store_can_undo (self))
    g_object_notify (G_OBJECT (self), "can-undo");
  if (could_redo != koers_store_can_redo (self))
    g_object_notify (G_OBJECT (self), "can-redo");
}

/**
 * koers_store_can_undo:
 * @self: a store
 *
 * Returns: whether this session made a change that can be undone.
 */
gboolean
koers_store_can_undo (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return self->undo_stack->len > 0;
}

/**
 * koers_store_can_redo:
 * @self: a store
 *
 * Returns: whether an undone change can be made again.
 */
gboolean
koers_store_can_redo (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return self->redo_stack->len > 0;
}

/**
 * koers_store_get_last_change:
 * @self: a store
 *
 * Returns: the change koers_store_undo() would revert, or 0 when there is none; a toast
 *   that offers Undo keeps it, so that it never undoes a later change instead.
 */
gint64
koers_store_get_last_change (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), 0);

  if (self->undo_stack->len == 0)
    return 0;
  return g_array_index (self->undo_stack, gint64, self->undo_stack->len - 1);
}

/**
 * koers_store_clear_undo:
 * @self: a store
 *
 * Forgets what could be undone or redone, after the database was replaced.
 */
void
koers_store_clear_undo (KoersStore *self)
{
  gboolean could_undo = koers_store_can_undo (self);
  gboolean could_redo = koers_store_can_redo (self);

  g_array_set_size (self->undo_stack, 0);
  g_array_set_size (self->redo_stack, 0);
  if (could_undo)
    g_object_notify (G_OBJECT (self), "can-undo");
  if (could_redo)
    g_object_notify (G_OBJECT (self), "can-redo");
}



static void
clear_entry (gpointer data)
{
  KoersAuditEntry *e = data;

  g_free (e->table);
  g_free (e->action);
  g_free (e->column);
  sqlite3_value_free (e->old_value);
  sqlite3_value_free (e->new_value);
}

/**
 * koers_store_audit_load_entries:
 * @self: a store
 * @change: a change of the audit trail
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the entries of @change as #KoersAuditEntry, in the
 *   order the triggers wrote them.
 */
GArray *
koers_store_audit_load_entries (KoersStore  *self,
              gint64       change,
              GError     **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (KoersAuditEntry));
  g_autoptr(KoersStmt) stmt = NULL;
  int rc;

  g_array_set_clear_func (entries, clear_entry);
  stmt = koers_store_prepare (self, "SELECT tbl, row_id, action, col, old_value, new_value, "
                                    "participant_id FROM audit_entry WHERE change_id = ?1 "
                                    "ORDER BY id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, change);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KoersAuditEntry e = {
        g_strdup (koers_stmt_text (stmt, 0)),
        sqlite3_column_int64 (stmt, 1),
        g_strdup (koers_stmt_text (stmt, 2)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
        sqlite3_value_dup (sqlite3_column_value (stmt, 4)),
        sqlite3_value_dup (sqlite3_column_value (stmt, 5)),
        sqlite3_column_int64 (stmt, 6),
      };
      g_array_append_val (entries, e);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/* Saving a field with the value it had writes only bookkeeping (updated_at): nothing a
 * person would want to undo, so it does not go on the stack. */
static gboolean
change_is_visible (KoersStore *self,
                   gint64      change)
{
  g_autoptr(GArray) entries = koers_store_audit_load_entries (self, change, NULL);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      KoersAuditEntry *e = &g_array_index (entries, KoersAuditEntry, i);
      if (!g_str_equal (e->action, "update") || e->column == NULL
          || !koers_store_audit_column_hidden (e->table, e->column))
        return TRUE;
    }
  return FALSE;
}

/* Table and column names for SQL text come from the trail, so they are checked against the
 * schema before they are used. */
static gboolean
known_column (KoersStore *self,
              const char *table,
              const char *column)
{
  g_autoptr(GPtrArray) table_columns =
    koers_store_query_strings (self, "SELECT name FROM pragma_table_info(?1)", table, 1);

  if (g_str_equal (table, "audit_change") || g_str_equal (table, "audit_entry"))
    return FALSE;
  for (guint i = 0; i < table_columns->len; i++)
    if (column == NULL || g_str_equal (g_ptr_array_index (table_columns, i), column))
      return table_columns->len > 0;
  return FALSE;
}

static gboolean
conflict (GError **error)
{
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                       _("This change can no longer be undone: what it changed has been "
                         "changed or removed since."));
  return FALSE;
}

static gboolean
step_changes_one (KoersStore    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return conflict (error);
      return koers_store_set_error (self, rc, error);
    }
  if (sqlite3_changes (self->db) != 1)
    return conflict (error);
  return TRUE;
}

/* Writes the reverse of the entries [first, last] of one row, newest first. */
static gboolean
revert_row (KoersStore  *self,
            GArray      *entries,
            guint        first,
            guint        last,
            GError     **error)
{
  KoersAuditEntry *e = &g_array_index (entries, KoersAuditEntry, first);
  g_autofree char *table = quote_identifier (e->table);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (g_str_equal (e->action, "erase") || !known_column (self, e->table, NULL))
    return conflict (error);

  if (g_str_equal (e->action, "insert"))
    {
      g_string_printf (sql, "DELETE FROM %s WHERE rowid = ?1", table);
      if (sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        return koers_store_set_error (self, sqlite3_errcode (self->db), error);
      sqlite3_bind_int64 (stmt, 1, e->row_id);
      ok = step_changes_one (self, stmt, error);
    }
  else if (g_str_equal (e->action, "delete"))
    {
      g_autoptr(GString) parameters = g_string_new (NULL);

      g_string_printf (sql, "INSERT INTO %s (", table);
      for (guint i = first; i <= last; i++)
        {
          KoersAuditEntry *ei = &g_array_index (entries, KoersAuditEntry, i);
          g_autofree char *column = quote_identifier (ei->column);

          if (!known_column (self, ei->table, ei->column))
            return conflict (error);
          g_string_append_printf (sql, "%s%s", i > first ? ", " : "", column);
          g_string_append_printf (parameters, "%s?%u", i > first ? ", " : "", i - first + 1);
        }
      g_string_append_printf (sql, ") VALUES (%s)", parameters->str);
      if (sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        return koers_store_set_error (self, sqlite3_errcode (self->db), error);
      for (guint i = first; i <= last; i++)
        sqlite3_bind_value (stmt, (int) (i - first + 1),
                            g_array_index (entries, KoersAuditEntry, i).old_value);
      ok = step_changes_one (self, stmt, error);
    }
  else
    {
      /* The whole row at once, and only if every field still holds what the change wrote:
       * one statement, so that a check across fields (a status and its date) holds before
       * and after. A field written twice in the change gets its first old value back. */
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();
      g_autoptr(GPtrArray) olds = g_ptr_array_new ();
      g_autoptr(GPtrArray) news = g_ptr_array_new ();
      g_autoptr(GString) where = g_string_new (NULL);
      guint n;

      for (guint i = first; i <= last; i++)
        {
          KoersAuditEntry *ei = &g_array_index (entries, KoersAuditEntry, i);
          guint j;

          if (ei->column == NULL || !known_column (self, ei->table, ei->column))
            return conflict (error);
          for (j = 0; j < columns->len; j++)
            if (g_str_equal (columns->pdata[j], ei->column))
              break;
          if (j == columns->len)
            {
              g_ptr_array_add (columns, ei->column);
              g_ptr_array_add (olds, ei->old_value);
              g_ptr_array_add (news, ei->new_value);
            }
          else
            news->pdata[j] = ei->new_value;
        }
      n = columns->len;
      g_string_printf (sql, "UPDATE %s SET ", table);
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *column = quote_identifier (columns->pdata[j]);

          g_string_append_printf (sql, "%s%s = ?%u", j > 0 ? ", " : "", column, j + 1);
          /* Bookkeeping (updated_at, search keys) is put back without the check: a later
           * save of an unchanged value may have touched it, which is no reason to refuse. */
          if (!koers_store_audit_column_hidden (e->table, columns->pdata[j]))
            g_string_append_printf (where, " AND %s IS ?%u", column, n + 2 + j);
        }
      g_string_append_printf (sql, " WHERE rowid = ?%u%s", n + 1, where->str);
      if (sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
        return koers_store_set_error (self, sqlite3_errcode (self->db), error);
      for (guint j = 0; j < n; j++)
        {
          sqlite3_bind_value (stmt, (int) j + 1, olds->pdata[j]);
          sqlite3_bind_value (stmt, (int) (n + 2 + j), news->pdata[j]);
        }
      sqlite3_bind_int64 (stmt, (int) n + 1, e->row_id);
      ok = step_changes_one (self, stmt, error);
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
revert_change (KoersStore  *self,
               gint64       change,
               GError     **error)
{
  g_autoptr(GArray) entries = koers_store_audit_load_entries (self, change, error);
  guint end;

  if (entries == NULL)
    return FALSE;
  if (entries->len == 0)
    return conflict (error);

  /* Rows come back in the order the triggers wrote them; they are reverted in reverse, a
   * row's entries together. Foreign keys are checked at the commit, when every row is back. */
  if (!run (self, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  end = entries->len;
  while (end > 0)
    {
      KoersAuditEntry *last = &g_array_index (entries, KoersAuditEntry, end - 1);
      guint start = end - 1;

      while (start > 0)
        {
          KoersAuditEntry *prev = &g_array_index (entries, KoersAuditEntry, start - 1);
          if (prev->row_id != last->row_id || g_strcmp0 (prev->table, last->table) != 0
              || g_strcmp0 (prev->action, last->action) != 0)
            break;
          start--;
        }
      if (!revert_row (self, entries, start, end - 1, error))
        return FALSE;
      end = start;
    }
  return TRUE;
}

static gboolean
revert_top (KoersStore  *self,
            GArray      *stack,
            RevertMode   mode,
            char       **description,
            GError     **error)
{
  gboolean could_undo = koers_store_can_undo (self);
  gboolean could_redo = koers_store_can_redo (self);
  gint64 change;
  gboolean ok;

  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  if (stack->len == 0)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           mode == REVERT_UNDO ? _("There is nothing to undo.")
                                               : _("There is nothing to redo."));
      return FALSE;
    }
  change = g_array_index (stack, gint64, stack->len - 1);
  if (description != NULL)
    *description = koers_store_describe_change (self, change);

  if (!koers_store_begin (self, error))
    return FALSE;
  self->revert_mode = mode;
  self->reverting = change;
  ok = revert_change (self, change, error);
  if (ok)
    {
      /* The stack loses the change before the commit puts its reverse on the other one. */
      g_array_set_size (stack, stack->len - 1);
      ok = koers_store_commit (self, error);
      if (!ok)
        g_array_append_val (stack, change);
    }
  else
    {
      koers_store_rollback (self);
      /* A change that cannot be reverted any more never will be: drop it. */
      if (error != NULL && *error != NULL
          && g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
        g_array_set_size (stack, stack->len - 1);
    }
  self->revert_mode = REVERT_NONE;
  self->reverting = 0;
  if (could_undo != koers_store_can_undo (self))
    g_object_notify (G_OBJECT (self), "can-undo");
  if (could_redo != koers_store_can_redo (self))
    g_object_notify (G_OBJECT (self), "can-redo");
  return ok;
}

/**
 * koers_store_undo:
 * @self: a store, outside a transaction
 * @description: (out) (optional) (transfer full): what was undone, "Phone changed"
 * @error: return location for an error
 *
 * Reverts the newest change of this session that is not undone yet. The revert is itself a
 * change in the audit trail, and can be redone with koers_store_redo().
 *
 * Returns: %TRUE when undone; %KOERS_STORE_ERROR_NOT_FOUND when there is nothing to undo or
 *   the records were changed since (the change is then dropped from the undo stack).
 */
gboolean
koers_store_undo (KoersStore  *self,
                  char       **description,
                  GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return revert_top (self, self->undo_stack, REVERT_UNDO, description, error);
}

/**
 * koers_store_redo:
 * @self: a store, outside a transaction
 * @description: (out) (optional) (transfer full): what was redone
 * @error: return location for an error
 *
 * Makes the newest undone change again.
 *
 * Returns: %TRUE when redone.
 */
gboolean
koers_store_redo (KoersStore  *self,
                  char       **description,
                  GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return revert_top (self, self->redo_stack, REVERT_REDO, description, error);
}

/* ---- erasing a dossier ------------------------------------------------------------- */

/**
 * koers_store_erase_participant:
 * @self: a store
 * @participant_id: whose dossier
 * @error: return location for an error
 *
 * Removes a participant and everything of their dossier for good, as a data-protection
 * request asks: the audit trail keeps who changed which field when, but no value of it any
 * more, and one entry that says who erased the dossier and when. Deleted content is
 * overwritten in the file (secure_delete) and the journal is emptied afterwards. This
 * cannot be undone.
 *
 * Returns: %TRUE when erased; %KOERS_STORE_ERROR_NOT_FOUND when there is no such dossier.
 */
gboolean
koers_store_erase_participant (KoersStore  *self,
                               gint64       participant_id,
                               GError     **error)
{
  g_autoptr(KoersStmt) remove = NULL;
  g_autoptr(KoersStmt) scrub = NULL;
  g_autoptr(KoersStmt) change = NULL;
  g_autoptr(KoersStmt) entry = NULL;
  gboolean audit_was_off = self->audit_off;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (!koers_store_begin (self, error))
    return FALSE;

  /* The rows go without entries of their own: those would hold the very values erased. */
  self->audit_off = TRUE;
  remove = koers_store_prepare (self, "DELETE FROM participant WHERE id = ?1", error);
  if (remove != NULL)
    {
      sqlite3_bind_int64 (remove, 1, participant_id);
      if (!koers_store_step_done (self, remove, error))
        g_clear_pointer (&remove, koers_stmt_release);
    }
  self->audit_off = audit_was_off;
  if (remove == NULL)
    goto failed;
  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND,
                           _("This dossier does not exist any more."));
      goto failed;
    }

  /* Every value of every change that touched the dossier: also rows that lost their
   * link to it (a removed goal's actions). */
  scrub = koers_store_prepare (self, "UPDATE audit_entry SET old_value = NULL, new_value = NULL "
                                     "WHERE participant_id = ?1 OR (participant_id IS NULL "
                                     "AND change_id IN (SELECT change_id FROM audit_entry "
                                     "WHERE participant_id = ?1))", error);
  change = koers_store_prepare (self, "INSERT INTO audit_change (id, at, actor, host) "
                                      "VALUES (koers_audit('change'), koers_audit('at'), "
                                      "koers_audit('actor'), koers_audit('host'))", error);
  entry = koers_store_prepare (self, "INSERT INTO audit_entry (change_id, participant_id, tbl, "
                                     "row_id, action) VALUES (koers_audit('change'), ?1, "
                                     "'participant', ?1, 'erase')", error);
  if (scrub == NULL || change == NULL || entry == NULL)
    goto failed;
  sqlite3_bind_int64 (scrub, 1, participant_id);
  sqlite3_bind_int64 (entry, 1, participant_id);
  if (!koers_store_step_done (self, scrub, error)
      || !koers_store_step_done (self, change, error)
      || !koers_store_step_done (self, entry, error))
    goto failed;
  if (!koers_store_commit (self, error))
    return FALSE;

  /* Old versions of the pages stay in the write-ahead log until a checkpoint. */
  sqlite3_wal_checkpoint_v2 (self->db, "main", SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  koers_store_clear_undo (self);
  return TRUE;

failed:
  koers_store_rollback (self);
  return FALSE;
}
