/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *code;
  const char *name;
} KoersCountryEntry;

/* Sorted by code. */
extern const KoersCountryEntry koers_country_table[];
extern const gsize koers_country_table_len;

G_END_DECLS
