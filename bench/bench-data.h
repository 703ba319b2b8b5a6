/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-store-private.h"

G_BEGIN_DECLS

/* The date the benches pretend it is (KOERS_TODAY), so their databases are the same every
 * run. */
#define KOERS_BENCH_TODAY "2026-11-28"

void   koers_bench_exec              (KoersStore *store,
                                      const char *sql);
gint64 koers_bench_query_int         (KoersStore *store,
                                      const char *sql);
void   koers_bench_build_training    (KoersStore *store,
                                      guint       n_participants,
                                      guint       n_courses,
                                      guint       n_weeks);

G_END_DECLS
