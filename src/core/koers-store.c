/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-store-private.h"

/* The store owns the one sqlite3 handle of a Koers database: it opens and checks the file,
 * migrates its schema, and is the only place where SQL is written. Every value is bound. */

#define MIGRATIONS_PATH RESOURCE_PREFIX "/sql/"
#define DEFAULT_BUSY_TIMEOUT_MS 5000

G_DEFINE_FINAL_TYPE (KoersStore, koers_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (koers-store-error-quark, koers_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  int   version;
  char *name;
} Migration;

static void
koers_store_dispose (GObject *object)
{
  KoersStore *self = KOERS_STORE (object);

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);

  G_OBJECT_CLASS (koers_store_parent_class)->dispose (object);
}

static void
koers_store_finalize (GObject *object)
{
  KoersStore *self = KOERS_STORE (object);

  g_free (self->path);
  g_free (self->migration_backup);
  g_free (self->read_only_reason);
  g_free (self->actor);
  g_free (self->change_at);
  g_array_unref (self->undo_stack);
  g_hash_table_unref (self->score_lists);
  g_hash_table_unref (self->checklist_templates);
  g_array_unref (self->redo_stack);

  G_OBJECT_CLASS (koers_store_parent_class)->finalize (object);
}

static void
koers_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KoersStore *self = KOERS_STORE (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, koers_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, koers_store_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_store_class_init (KoersStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = koers_store_dispose;
  object_class->finalize = koers_store_finalize;
  object_class->get_property = koers_store_get_property;

  /* Koers reads no memory statistics of SQLite's; keeping them costs a lock around every
   * allocation, shared by all connections, which threads reading at once contend for.
   * Only possible before SQLite is first used (otherwise it is refused, and harmless). */
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KoersStore::changed:
   *
   * Emitted after a transaction that wrote to the database was committed, so that lists
   * can reload what they show.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
koers_store_init (KoersStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->undo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->score_lists = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->checklist_templates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                     (GDestroyNotify) koers_checklist_template_free);
  self->redo_stack = g_array_new (FALSE, FALSE, sizeof (gint64));
}

void
koers_stmt_release (KoersStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/**
 * koers_store_prepare:
 * @self: a store
 * @sql: the statement's text
 * @error: return location for an error
 *
 * Returns a prepared statement for @sql from the store's cache, preparing it the first
 * time. Hold it in a `g_autoptr(KoersStmt)` so that it is reset after use.
 *
 * Returns: (transfer none) (nullable): the statement, or %NULL with @error set.
 */
KoersStmt *
koers_store_prepare (KoersStore  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * koers_store_step_done:
 * @self: a store
 * @stmt: a statement that returns no rows
 * @error: return location for an error
 *
 * Runs @stmt to completion.
 *
 * Returns: %TRUE on success.
 */
gboolean
koers_store_step_done (KoersStore  *self,
                       KoersStmt   *stmt,
                       GError     **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return koers_store_set_error (self, rc, error);
}

/* Binds UTF-8 text; SQLite copies it. */
void
koers_store_bind_text (KoersStmt  *stmt,
                       int         index,
                       const char *text)
{
  sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

/* Binds text, or NULL for a %NULL or empty string. */
void
koers_store_bind_nullable (KoersStmt  *stmt,
                           int         index,
                           const char *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* The value @builder built from the rows of a statement that ended with @rc; %NULL, with
 * @error set and @builder cleared, when it did not run to its end. */
GVariant *
koers_store_end_variant (KoersStore       *self,
                         GVariantBuilder  *builder,
                         int               rc,
                         GError          **error)
{
  if (rc != SQLITE_DONE)
    {
      g_variant_builder_clear (builder);
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  return g_variant_ref_sink (g_variant_builder_end (builder));
}

/* The text of a result column, or %NULL for SQL NULL. */
const char *
koers_stmt_text (KoersStmt *stmt,
                 int        column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
exec (KoersStore  *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return koers_store_set_error (self, rc, error);
  return TRUE;
}

/* Runs a statement that yields one integer, such as a PRAGMA. */
static gboolean
query_int (KoersStore  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    koers_store_set_error (self, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/* SQL function koers_fold(text): see koers_fold(). */
static void
fold_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  char *folded = koers_fold (text);

  sqlite3_result_text (context, folded, -1, g_free);
}

/* SQL aggregate koers_each_row(...): hands each row it is given to the function
 * koers_store_each_row() set, from inside SQLite's own loop over the rows. */
static void
each_row_step (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  KoersStore *self = sqlite3_user_data (context);

  if (self->each_row != NULL)
    self->each_row (argv, self->each_row_data);
}

static void
each_row_final (sqlite3_context *context)
{
  sqlite3_result_null (context);
}

/**
 * koers_store_each_row:
 * @self: a store
 * @stmt: a statement of @self that selects koers_each_row(…) of the rows wanted
 * @func: called with the arguments of koers_each_row() for each of them
 * @user_data: for @func
 * @error: return location for an error
 *
 * Runs @stmt, giving @func each row that reaches the aggregate koers_each_row(), in the
 * order SQLite reads them. For reading many rows this costs about a fifth less than
 * stepping through them, as SQLite need not hand each row back through sqlite3_step() and
 * its column functions. Values that are text are valid only during the call.
 *
 * Returns: %TRUE when every row was given.
 */
gboolean
koers_store_each_row (KoersStore  *self,
                      KoersStmt   *stmt,
                      KoersRowFunc func,
                      gpointer     user_data,
                      GError     **error)
{
  KoersRowFunc outer = self->each_row;
  gpointer outer_data = self->each_row_data;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  /* Should @func itself read rows so, the outer statement waits meanwhile. */
  self->each_row = func;
  self->each_row_data = user_data;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  self->each_row = outer;
  self->each_row_data = outer_data;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return koers_store_set_error (self, rc, error);
  return TRUE;
}

/* SQL function koers_add_months(date, n): GLib's month arithmetic (31 January plus one
 * month is 28 or 29 February, where SQLite's modifier would give 3 March). */
static void
add_months_function (sqlite3_context  *context,
                     int               argc,
                     sqlite3_value   **argv)
{
  g_autoptr(GDate) date = koers_date_parse_iso ((const char *) sqlite3_value_text (argv[0]));

  if (date == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  g_date_add_months (date, sqlite3_value_int (argv[1]));
  sqlite3_result_text (context, koers_date_to_iso (date), -1, g_free);
}

static gboolean
is_sqlite_header (const char  *path,
                  gboolean    *is_empty,
                  GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[16] = { 0 };
  gsize n_read = 0;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read,
                                NULL, error))
    return FALSE;
  *is_empty = n_read == 0;
  return n_read == 0 || (n_read == sizeof header && memcmp (header, magic, sizeof magic) == 0);
}

/* Checks before SQLite touches the file, so that the user gets a message about the file
 * rather than an SQLite error code. A reader (@read_only) needs neither write permission nor
 * a folder it may write in, but the file must be there: it creates nothing. */
static gboolean
check_file (const char  *path,
            gboolean     read_only,
            GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_name = g_filename_display_name (dir);
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean is_empty = FALSE;

      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_SQLITE,
                       _("“%s” is a folder, not a database."), name);
          return FALSE;
        }
      if (!is_sqlite_header (path, &is_empty, &local_error))
        {
          if (local_error != NULL && g_error_matches (local_error, G_IO_ERROR,
                                                      G_IO_ERROR_PERMISSION_DENIED))
            g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                         _("Koers may not read “%s”."), name);
          else if (local_error != NULL)
            g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                         _("Koers could not read “%s” (%s)."), name, local_error->message);
          else
            g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_SQLITE,
                         _("“%s” is not a database."), name);
          return FALSE;
        }
      if (!read_only && g_access (path, W_OK) != 0)
        {
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                       _("Koers may not change “%s”: the file is read-only."), name);
          return FALSE;
        }
    }
  else if (errno != ENOENT || read_only)
    {
      int saved_errno = errno;
      g_set_error (error, KOERS_STORE_ERROR,
                   saved_errno == EACCES ? KOERS_STORE_ERROR_READ_ONLY
                                         : KOERS_STORE_ERROR_FAILED,
                   _("Koers could not open “%s” (%s)."), name, g_strerror (saved_errno));
      return FALSE;
    }
  else if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, KOERS_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS
                     ? KOERS_STORE_ERROR_FOLDER_READ_ONLY : KOERS_STORE_ERROR_FAILED,
                   _("Koers could not create the folder “%s” (%s)."), dir_name,
                   g_strerror (saved_errno));
      return FALSE;
    }

  if (!read_only && g_access (dir, W_OK) != 0)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FOLDER_READ_ONLY,
                   _("Koers may not write in the folder “%s”."), dir_name);
      return FALSE;
    }
  return TRUE;
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  const Migration *ma = a, *mb = b;
  return (ma->version > mb->version) - (ma->version < mb->version);
}

static void
clear_migration (gpointer data)
{
  Migration *m = data;
  g_free (m->name);
}

/* The migrations compiled into the program, in order. */
static GArray *
list_migrations (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  GArray *migrations = g_array_new (FALSE, TRUE, sizeof (Migration));

  g_array_set_clear_func (migrations, clear_migration);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      Migration m = { atoi (names[i]), g_strdup (names[i]) };
      if (m.version > 0 && g_str_has_suffix (m.name, ".sql"))
        g_array_append_val (migrations, m);
      else
        g_free (m.name);
    }
  g_array_sort (migrations, compare_migrations);
  return migrations;
}

/**
 * koers_store_get_latest_schema_version:
 *
 * Returns: the schema version this build of Koers creates and understands.
 */
int
koers_store_get_latest_schema_version (void)
{
  g_autoptr(GArray) migrations = list_migrations ();

  if (migrations->len == 0)
    return 0;
  return g_array_index (migrations, Migration, migrations->len - 1).version;
}

static gboolean
apply_migration (KoersStore       *self,
                 const Migration  *m,
                 GError          **error)
{
  g_autofree char *resource = g_strconcat (MIGRATIONS_PATH, m->name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, error);
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %d", m->version);

  if (!koers_store_begin (self, error))
    return FALSE;
  if ((self->schema_version == 0
       && !exec (self, "PRAGMA application_id = " G_STRINGIFY (KOERS_STORE_APPLICATION_ID),
                 error))
      || !exec (self, sql, error)
      || !exec (self, set_version, error))
    {
      koers_store_rollback (self);
      g_prefix_error (error, _("Updating the database to version %d failed: "), m->version);
      return FALSE;
    }
  if (!koers_store_commit (self, error))
    return FALSE;
  self->schema_version = m->version;
  return TRUE;
}

static gboolean
migrate (KoersStore  *self,
         int          target_version,
         GError     **error)
{
  g_autoptr(GArray) migrations = list_migrations ();
  gboolean existing = self->schema_version > 0;

  for (guint i = 0; i < migrations->len; i++)
    {
      const Migration *m = &g_array_index (migrations, Migration, i);

      if (m->version <= self->schema_version || m->version > target_version)
        continue;

      /* A database with data in it is copied aside before the first step, so that a failed
       * or regretted update never costs a dossier. */
      if (existing && self->migration_backup == NULL)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
          g_autofree char *backup = g_strdup_printf ("%s.before-v%d-%s.bak", self->path,
                                                     m->version, stamp);

          if (!koers_store_backup_to (self, backup, error))
            {
              g_prefix_error (error, _("Before updating, Koers makes a backup, which failed: "));
              return FALSE;
            }
          self->migration_backup = g_steal_pointer (&backup);
        }

      if (!apply_migration (self, m, error))
        return FALSE;
    }
  return TRUE;
}

/* Country names in the UI language, for sorting the list by country in SQL: made when
 * first needed, as most connections (an export's, a backup's) never sort by country. Inside
 * a transaction that may yet be rolled back (and the table with it), it is made again the
 * next time. */
gboolean
koers_store_ensure_country_names (KoersStore  *self,
                                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->country_names)
    return TRUE;
  if (!exec (self, "CREATE TEMP TABLE IF NOT EXISTS country_name (code TEXT PRIMARY KEY, "
                   "name_key TEXT NOT NULL) WITHOUT ROWID", error))
    return FALSE;
  rc = sqlite3_prepare_v2 (self->db, "INSERT OR IGNORE INTO temp.country_name (code, name_key) "
                                     "VALUES (?1, koers_fold (?2))", -1, &stmt, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < koers_country_get_n_items (); i++)
    {
      const char *code = koers_country_get_code (i);

      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, koers_country_get_name (code), -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? sqlite3_reset (stmt) : rc;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return koers_store_set_error (self, rc, error);
  self->country_names = self->transaction_depth == 0;
  return TRUE;
}

/* PRAGMA quick_check on @db; %KOERS_STORE_ERROR_CORRUPT when it finds damage. */
static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    {
      sqlite3_finalize (stmt);
      return TRUE;
    }
  if (rc == SQLITE_ROW || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
    {
      /* SQLite's report names pages and b-trees: for the log, not for the people. */
      g_message ("%s fails the check: %s", path,
                 rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0)
                                  : sqlite3_errmsg (db));
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: parts of it can no longer be read."), name);
    }
  else
    g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                 _("Koers could not read or write “%s” (%s)."), name, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return FALSE;
}

static gboolean
open_database (KoersStore           *self,
               KoersStoreOpenFlags   flags,
               int                   busy_timeout_ms,
               int          target_version,
               GError     **error)
{
  g_autofree char *name = g_filename_display_basename (self->path);
  gint64 application_id = 0, user_version = 0, n_objects = 0;
  int latest = koers_store_get_latest_schema_version ();
  gboolean read_only = (flags & KOERS_STORE_OPEN_READ_ONLY) != 0;
  int rc;

  self->read_only = read_only;
  if (!check_file (self->path, read_only, error))
    return FALSE;

  /* A store is used by one thread at a time (a thread that needs the database opens a
   * connection of its own), so the connection needs no mutex of its own: without it every
   * sqlite3_column_*() call is a third cheaper, which a summary over a million marks
   * notices. */
  rc = sqlite3_open_v2 (self->path, &self->db,
                        (read_only ? SQLITE_OPEN_READONLY
                                   : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                        | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    return koers_store_set_error (self, rc, error);
  if (!read_only && sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                   _("Koers may not change “%s”: the file is read-only."), name);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, busy_timeout_ms);
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_create_function_v2 (self->db, "koers_fold", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              NULL, fold_function, NULL, NULL, NULL);
  sqlite3_create_function_v2 (self->db, "koers_add_months", 2,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              NULL, add_months_function, NULL, NULL, NULL);
  /* Only in the store's own statements, never in a trigger or view of the file. */
  sqlite3_create_function_v2 (self->db, "koers_each_row", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                              self, NULL, each_row_step, each_row_final, NULL);

  if (!query_int (self, "PRAGMA application_id", &application_id, error))
    {
      if (g_error_matches (*error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_CORRUPT)
          && sqlite3_errcode (self->db) == SQLITE_NOTADB)
        {
          g_clear_error (error);
          g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_SQLITE,
                       _("“%s” is not a database."), name);
        }
      return FALSE;
    }
  if (!query_int (self, "PRAGMA user_version", &user_version, error)
      || !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (application_id != KOERS_STORE_APPLICATION_ID
      && (application_id != 0 || user_version != 0 || n_objects != 0))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_KOERS,
                   _("“%s” is a database of another program, not of Koers."), name);
      return FALSE;
    }
  if (user_version > latest)
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Koers (database version %d; this "
                     "version knows up to %d)."), name, (int) user_version, latest);
      return FALSE;
    }
  self->schema_version = (int) user_version;

  /* A reader may not update the schema, and this Koers does not read an older one. */
  if (read_only && user_version < MIN (target_version, latest))
    {
      g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_READ_ONLY,
                   _("“%s” was made by an older version of Koers and has to be updated first, "
                     "which Koers does not do while it may only read the file. Open it with "
                     "this version of Koers where it may be changed, for example once "
                     "whoever is using it has closed Koers."), name);
      return FALSE;
    }

  /* The full check reads every page (2.4 s for 100 000 participants), so the window defers
   * it to a thread; before a migration it always runs, so that a damaged file is never
   * copied or changed. */
  if (user_version > 0
      && (!(flags & KOERS_STORE_OPEN_DEFER_CHECK) || user_version < MIN (target_version, latest))
      && !quick_check (self->db, self->path, error))
    return FALSE;

  /* WAL lets the list read while a write commits; FULL makes a committed edit survive a
   * power cut; foreign keys keep history rows tied to their participant. A reader leaves
   * the journal mode alone: it is kept in the file, and may not be changed read-only. */
  if ((!read_only && !exec (self, "PRAGMA journal_mode = WAL", error))
      || !exec (self, "PRAGMA synchronous = FULL", error)
      || !exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!read_only && !migrate (self, target_version, error))
    return FALSE;

  /* Take the write lock once: a database another process keeps locked is reported now,
   * not at the first edit. A reader never takes it. */
  if (!read_only && !exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!read_only && !exec (self, "ROLLBACK", error))
    return FALSE;

  /* Erased dossiers leave no readable remains in the file. */
  return exec (self, "PRAGMA secure_delete = ON", error) && koers_store_audit_install (self, error);
}

/**
 * koers_store_reload_schema:
 * @self: a store whose file was replaced by koers_store_restore()
 * @error: return location for an error
 *
 * Reads the schema version of what is now in the file, brings it up to date and makes the
 * audit triggers again, which belong to the schema they were made from.
 *
 * Returns: %TRUE when the store is ready for use again.
 */
gboolean
koers_store_reload_schema (KoersStore  *self,
                           GError     **error)
{
  gint64 user_version = 0;

  g_hash_table_remove_all (self->statements);
  g_hash_table_remove_all (self->score_lists);
  self->shipped_list_checked = FALSE;
  g_hash_table_remove_all (self->checklist_templates);
  self->shipped_template_checked = FALSE;
  if (!query_int (self, "PRAGMA user_version", &user_version, error))
    return FALSE;
  self->schema_version = (int) user_version;
  g_clear_pointer (&self->migration_backup, g_free);
  return migrate (self, G_MAXINT, error) && koers_store_audit_install (self, error);
}

/**
 * koers_store_open_full:
 * @path: the database file; created when it does not exist
 * @flags: whether to defer the full check for damage, and whether to only read
 * @busy_timeout_ms: how long to wait for another process's lock
 * @schema_version: migrate up to this version; -1 for the latest
 * @error: return location for a %KOERS_STORE_ERROR
 *
 * Opens a Koers database: checks that the file is one, that it is not damaged and that
 * this Koers understands it, then brings its schema up to date (after a backup copy next to
 * it when it held data).
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set.
 */
KoersStore *
koers_store_open_full (const char           *path,
                       KoersStoreOpenFlags   flags,
                       int                   busy_timeout_ms,
                       int                   schema_version,
                       GError              **error)
{
  g_autoptr(KoersStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KOERS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (!open_database (self, flags, busy_timeout_ms,
                      schema_version < 0 ? G_MAXINT : schema_version, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * koers_store_open:
 * @path: the database file; created when it does not exist
 * @error: return location for a %KOERS_STORE_ERROR
 *
 * Opens a Koers database with the usual lock timeout and the latest schema; see
 * koers_store_open_full().
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set.
 */
KoersStore *
koers_store_open (const char  *path,
                  GError     **error)
{
  return koers_store_open_full (path, KOERS_STORE_OPEN_DEFAULT, DEFAULT_BUSY_TIMEOUT_MS, -1,
                                error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* A connection of its own: reading while the window's connection works is what WAL
   * allows. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    g_set_error (&error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_FAILED,
                 _("Koers could not read or write “%s” (%s)."), path, sqlite3_errstr (rc));
  else
    quick_check (db, path, &error);
  sqlite3_close (db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * koers_store_check_async:
 * @self: a store
 * @cancellable: (nullable): a cancellable
 * @callback: called when the check is done
 * @user_data: data for @callback
 *
 * Reads the whole database in a thread to find damage (SQLite's quick_check), for stores
 * opened with %KOERS_STORE_OPEN_DEFER_CHECK.
 */
void
koers_store_check_async (KoersStore          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KOERS_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, koers_store_check_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * koers_store_check_finish:
 * @self: a store
 * @result: the result given to the callback
 * @error: return location for %KOERS_STORE_ERROR_CORRUPT or another error
 *
 * Returns: %TRUE when the database has no damage.
 */
gboolean
koers_store_check_finish (KoersStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * koers_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/koers/koers.db`.
 */
char *
koers_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "koers", "koers.db", NULL);
}

/**
 * koers_store_get_path:
 * @self: a store
 *
 * Returns: (transfer none): the database file.
 */
const char *
koers_store_get_path (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  return self->path;
}

/**
 * koers_store_get_schema_version:
 * @self: a store
 *
 * Returns: the schema version of the open database.
 */
int
koers_store_get_schema_version (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * koers_store_get_migration_backup:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): the copy made before this open migrated the
 *   database, or %NULL when nothing needed migrating.
 */
const char *
koers_store_get_migration_backup (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  return self->migration_backup;
}

/**
 * koers_store_is_read_only:
 * @self: a store
 *
 * Returns: %TRUE when the store was opened with %KOERS_STORE_OPEN_READ_ONLY and every
 *   write fails.
 */
gboolean
koers_store_is_read_only (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  return self->read_only;
}

/**
 * koers_store_set_read_only_reason:
 * @self: a store opened read-only
 * @reason: (nullable): why, as a translated sentence, such as "Anna de Vries is using this
 *   database on WS-2 since 09:12."
 *
 * Sets the reason that the %KOERS_STORE_ERROR_READ_ONLY error of every refused write
 * repeats, so that the user learns why, and from whom, saving is not possible.
 */
void
koers_store_set_read_only_reason (KoersStore *self,
                                  const char *reason)
{
  g_return_if_fail (KOERS_IS_STORE (self));

  g_free (self->read_only_reason);
  self->read_only_reason = reason != NULL && *reason != '\0' ? g_strdup (reason) : NULL;
}

/**
 * koers_store_stop_writing:
 * @self: a store
 * @reason: why, as a translated sentence
 *
 * Makes an open store refuse every write from now on, for instance when another Koers
 * took over the writer lock: the data stays readable, nothing more is written.
 */
void
koers_store_stop_writing (KoersStore *self,
                          const char *reason)
{
  g_return_if_fail (KOERS_IS_STORE (self));

  self->read_only = TRUE;
  koers_store_set_read_only_reason (self, reason);
}

/**
 * koers_store_get_read_only_reason:
 * @self: a store
 *
 * Returns: (transfer none) (nullable): the reason set with
 *   koers_store_set_read_only_reason().
 */
const char *
koers_store_get_read_only_reason (KoersStore *self)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);
  return self->read_only_reason;
}

/**
 * koers_store_backup_to:
 * @self: a store
 * @destination: the file to write; replaced when it exists
 * @error: return location for an error
 *
 * Copies the whole database to @destination with SQLite's online backup, which gives a
 * consistent copy even while the database is in use. It also works after
 * %KOERS_STORE_ERROR_MOVED, from the file that is still open: that is how what the store
 * holds is saved again, to a new file or back where the database was.
 *
 * Returns: %TRUE when the copy is complete.
 */
gboolean
koers_store_backup_to (KoersStore  *self,
                       const char  *destination,
                       GError     **error)
{
  g_autofree char *partial = g_strconcat (destination, ".partial", NULL);
  sqlite3 *out = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  /* Written beside the destination and renamed when complete: a failure never costs a
   * file that was there (the user may have chosen to replace one). */
  g_unlink (partial);
  rc = sqlite3_open_v2 (partial, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (out, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
          if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
            rc = sqlite3_errcode (out);
        }
      else
        rc = sqlite3_errcode (out);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK && sqlite3_close (out) == SQLITE_OK)
    {
      out = NULL;
      if (g_rename (partial, destination) == 0)
        return TRUE;
      rc = SQLITE_CANTOPEN;
    }
  {
    g_autofree char *name = g_filename_display_name (destination);
    g_set_error (error, KOERS_STORE_ERROR,
                 (rc & 0xff) == SQLITE_FULL ? KOERS_STORE_ERROR_DISK_FULL
                                            : KOERS_STORE_ERROR_FAILED,
                 _("Koers could not write the backup “%s” (%s)."), name,
                 out ? sqlite3_errmsg (out) : sqlite3_errstr (rc));
  }
  sqlite3_close (out);
  g_unlink (partial);
  return FALSE;
}

/* A database file that was deleted, or replaced by another (a restored copy, a
 * synchronisation program), stays open under its old inode: SQLite would go on writing into
 * a file nobody opens again, and everything after the deletion would be lost at close. So
 * before each write, check that the path still leads to the file that is open. */
gboolean
koers_store_check_not_moved (KoersStore  *self,
                             GError     **error)
{
  g_autofree char *name = NULL;
  int moved = 0;

  if (sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK
      || !moved)
    return TRUE;

  /* Move the journal into the open file and empty it: the journal sits by name next to the
   * path, and would otherwise be read as part of whatever file lies there now. What was
   * saved stays readable through the open file, for koers_store_backup_to(). */
  if (self->transaction_depth == 0)
    sqlite3_exec (self->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  name = g_filename_display_basename (self->path);
  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_MOVED,
               _("The database file “%s” was moved, replaced or deleted while Koers had it "
                 "open. Nothing more was written to it."), name);
  return FALSE;
}

/**
 * koers_store_begin:
 * @self: a store
 * @error: return location for an error
 *
 * Starts a write transaction, or a savepoint inside a running one, so that store functions
 * compose: each is atomic on its own and inside a caller's transaction.
 *
 * Returns: %TRUE when the transaction started.
 */
gboolean
koers_store_begin (KoersStore  *self,
                   GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  /* At once, rather than after SQLite waited for a lock a reader may not take. */
  if (self->read_only)
    return koers_store_set_read_only_error (self, error);

  if (!koers_store_check_not_moved (self, error))
    return FALSE;

  if (!exec (self, self->transaction_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested",
             error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

/* A read transaction, so that several queries see one state of the file: deferred, so that
 * it neither waits for nor blocks a writer, and allowed on a read-only store. End it with
 * koers_store_rollback(). */
gboolean
koers_store_begin_read (KoersStore  *self,
                        GError     **error)
{
  if (!exec (self, self->transaction_depth == 0 ? "BEGIN DEFERRED" : "SAVEPOINT nested", error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

/**
 * koers_store_get_data_version:
 * @self: a store, outside a transaction
 * @version: (out): the version
 * @error: return location for an error
 *
 * Looks at the file and gives its data version (SQLite's PRAGMA data_version): on this
 * store, a later look gives another number when another connection, of this process or
 * another, has changed the file in between; it may also change without a change to the
 * data, when the write-ahead log starts anew. See koers_store_begin_read_fixed().
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_store_get_data_version (KoersStore  *self,
                              gint64      *version,
                              GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  return query_int (self, "PRAGMA data_version", version, error);
}

/**
 * koers_store_get_file_id:
 * @self: a store
 * @id: (out): the file's device and inode
 *
 * Says which file the store has open: the device and inode its path leads to, provided
 * the path still leads to the open file (and not, after a move or a restore, to another).
 * Two stores with the same id have the same file open; a file held open keeps its inode.
 *
 * Returns: %TRUE when known; %FALSE when the file was moved, replaced or deleted, or its
 *   path cannot be looked at.
 */
gboolean
koers_store_get_file_id (KoersStore  *self,
                         KoersFileId *id)
{
  GStatBuf before, after;
  int moved = 1;

  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);

  if (g_stat (self->path, &before) != 0
      || sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK
      || moved
      || g_stat (self->path, &after) != 0
      || after.st_dev != before.st_dev || after.st_ino != before.st_ino)
    return FALSE;
  id->device = (guint64) before.st_dev;
  id->inode = (guint64) before.st_ino;
  return TRUE;
}

/**
 * koers_store_begin_read_fixed:
 * @self: a store, outside a transaction
 * @version: (out): the data version the transaction sees
 * @error: return location for an error
 *
 * Begins a read transaction that sees the file as it is now, and gives its data version
 * (see koers_store_get_data_version()). Two stores read the same state of the file when
 * one looks at the version before the other's transaction begins, and this gives the same
 * version after: nothing changed the file in between.
 *
 * Returns: %TRUE when begun; end it with koers_store_rollback().
 */
gboolean
koers_store_begin_read_fixed (KoersStore  *self,
                              gint64      *version,
                              GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  if (!koers_store_begin_read (self, error))
    return FALSE;
  /* A deferred transaction's first read fixes what it sees. */
  if (!query_int (self, "PRAGMA data_version", version, error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * koers_store_commit:
 * @self: a store
 * @error: return location for an error
 *
 * Commits the innermost transaction begun with koers_store_begin(). When the outermost one
 * commits, #KoersStore::changed is emitted. A failed commit is rolled back.
 *
 * Returns: %TRUE when committed.
 */
gboolean
koers_store_commit (KoersStore  *self,
                    GError     **error)
{
  g_return_val_if_fail (KOERS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (!exec (self, self->transaction_depth == 1 ? "COMMIT" : "RELEASE nested", error))
    {
      koers_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth--;
  if (self->transaction_depth == 0)
    {
      koers_store_audit_committed (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return TRUE;
}

/**
 * koers_store_rollback:
 * @self: a store
 *
 * Undoes the innermost transaction begun with koers_store_begin().
 */
void
koers_store_rollback (KoersStore *self)
{
  g_return_if_fail (KOERS_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  else
    sqlite3_exec (self->db, "ROLLBACK TO nested; RELEASE nested", NULL, NULL, NULL);
  self->transaction_depth--;
}
