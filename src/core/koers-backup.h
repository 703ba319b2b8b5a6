/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char      *koers_backup_default_folder (const char   *database);
char      *koers_backup_make           (const char   *database,
                                        const char   *folder,
                                        GError      **error);
char      *koers_backup_make_kept      (const char   *database,
                                        const char   *folder,
                                        GError      **error);
GPtrArray *koers_backup_list           (const char   *folder);
GPtrArray *koers_backup_expired        (GPtrArray    *names,
                                        const GDate  *today);
gboolean   koers_backup_daily          (const char   *database,
                                        const char   *folder,
                                        char        **made,
                                        GError      **error);
gboolean   koers_backup_keep_file      (const char   *copy,
                                        const char   *database,
                                        const char   *folder,
                                        char        **kept,
                                        GError      **error);
void       koers_backup_daily_async    (const char          *database,
                                        const char          *folder,
                                        const char          *keep,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
char      *koers_backup_daily_finish   (GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
