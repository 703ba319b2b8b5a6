/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "koers-store.h"

G_BEGIN_DECLS

typedef enum {
  REVERT_NONE,
  REVERT_UNDO,
  REVERT_REDO,
} RevertMode;

struct _KoersStore
{
  GObject     parent_instance;

  char       *path;
  char       *migration_backup;
  sqlite3    *db;
  GHashTable *statements;   /* static SQL text → sqlite3_stmt */
  int         schema_version;
  guint       transaction_depth;
  gboolean    read_only;           /* opened with KOERS_STORE_OPEN_READ_ONLY */
  char       *read_only_reason;    /* why, for the user; nullable */
  gboolean    country_names;       /* temp.country_name is filled */
  void      (*each_row) (sqlite3_value **values, gpointer user_data);
  gpointer    each_row_data;

  /* The audit trail and undo (koers-store-audit.c) */
  char       *actor;
  gint64      change_id;          /* the change being written, 0 outside one */
  char       *change_at;
  gint64      change_participant;
  gint64      committed_change;   /* set by the commit hook until the stacks take it */
  gint64      reverting;          /* the change being undone or redone */
  RevertMode  revert_mode;
  gboolean    audit_off;
  GArray     *undo_stack;         /* change ids of this session, newest last */
  GArray     *redo_stack;

  /* Score lists read from the database, by row id (koers-store-assessments.c) */
  GHashTable *score_lists;
  gboolean    shipped_list_checked;  /* the list that ships with Koers is in the database */

  /* Handover checklist templates by row id (koers-store-handover.c) */
  GHashTable *checklist_templates;
  gboolean    shipped_template_checked;
};

/* A cached statement that is reset and unbound when it goes out of scope. */
typedef sqlite3_stmt KoersStmt;

/* A row given by koers_store_each_row(): the arguments of koers_each_row(…). */
typedef void (*KoersRowFunc) (sqlite3_value **values,
                              gpointer        user_data);

void koers_stmt_release (KoersStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersStmt, koers_stmt_release)

KoersStmt *koers_store_prepare         (KoersStore  *self,
                                        const char  *sql,
                                        GError     **error);
gboolean   koers_store_step_done       (KoersStore  *self,
                                        KoersStmt   *stmt,
                                        GError     **error);
gboolean   koers_store_set_read_only_error (KoersStore  *self,
                                        GError     **error);
gboolean   koers_store_set_error       (KoersStore  *self,
                                        int          rc,
                                        GError     **error);
void       koers_store_bind_text       (KoersStmt   *stmt,
                                        int          index,
                                        const char  *text);
void       koers_store_bind_nullable   (KoersStmt   *stmt,
                                        int          index,
                                        const char  *text);
const char *koers_stmt_text            (KoersStmt   *stmt,
                                        int          column);
GVariant  *koers_store_end_variant     (KoersStore       *self,
                                        GVariantBuilder  *builder,
                                        int               rc,
                                        GError          **error);
gboolean   koers_store_validate_text   (const char  *text,
                                        gsize        max_length,
                                        const char  *label,
                                        GError     **error);
gboolean   koers_store_begin_read      (KoersStore  *self,
                                        GError     **error);
gboolean   koers_store_ensure_country_names (KoersStore  *self,
                                        GError     **error);
gboolean   koers_store_each_row        (KoersStore  *self,
                                        KoersStmt   *stmt,
                                        KoersRowFunc func,
                                        gpointer     user_data,
                                        GError     **error);
gboolean   koers_store_check_not_moved (KoersStore  *self,
                                        GError     **error);

/* One field of a change in the audit trail, with its values exactly as stored. */
typedef struct {
  char          *table;
  gint64         row_id;
  char          *action;
  char          *column;
  sqlite3_value *old_value;
  sqlite3_value *new_value;
  gint64         participant_id;  /* 0 when the row belongs to no dossier */
} KoersAuditEntry;

GArray    *koers_store_audit_load_entries (KoersStore  *self,
                                           gint64       change,
                                           GError     **error);
gboolean   koers_store_audit_column_hidden (const char *table,
                                            const char *column);
KoersScoreList *koers_store_get_score_list_by_row (KoersStore  *self,
                                                gint64       row_id,
                                                GError     **error);
gboolean   koers_store_move_phase_unchecked (KoersStore  *self,
                                             gint64       participant_id,
                                             KoersPhase   phase,
                                             const char  *date,
                                             GError     **error);
GPtrArray *koers_store_query_strings   (KoersStore  *self,
                                        const char  *sql,
                                        const char  *arg,
                                        int          n_columns);
gboolean   koers_store_audit_remove    (KoersStore  *self,
                                        GError     **error);
gboolean   koers_store_audit_install   (KoersStore  *self,
                                        GError     **error);
void       koers_store_audit_committed (KoersStore  *self);
void       koers_store_set_audit_enabled (KoersStore *self,
                                        gboolean     enabled);
GPtrArray *koers_store_audit_unlabelled (KoersStore *self);
gboolean   koers_store_reload_schema   (KoersStore  *self,
                                        GError     **error);

G_END_DECLS
