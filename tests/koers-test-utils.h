/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "koers-store.h"

G_BEGIN_DECLS

char       *koers_test_make_dir   (void);
void        koers_test_remove_dir (const char *dir);
KoersStore *koers_test_open_demo  (const char *dir,
                                   guint       n_participants);
void        koers_test_drop_root  (void);
char       *koers_test_integrity_check (const char *path);
gint64      koers_test_query_int  (const char *path,
                                   const char *sql);

G_END_DECLS
