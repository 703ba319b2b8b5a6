/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "koers-store.h"

G_BEGIN_DECLS

struct _KoersStore
{
  GObject     parent_instance;

  char       *path;
  char       *migration_backup;
  sqlite3    *db;
  GHashTable *statements;   /* static SQL text → sqlite3_stmt */
  int         schema_version;
  guint       transaction_depth;
};

/* A cached statement that is reset and unbound when it goes out of scope. */
typedef sqlite3_stmt KoersStmt;
void koers_stmt_release (KoersStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersStmt, koers_stmt_release)

KoersStmt *koers_store_prepare         (KoersStore  *self,
                                        const char  *sql,
                                        GError     **error);
gboolean   koers_store_step_done       (KoersStore  *self,
                                        KoersStmt   *stmt,
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
gboolean   koers_store_validate_text   (const char  *text,
                                        gsize        max_length,
                                        const char  *label,
                                        GError     **error);

G_END_DECLS
