/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ISO 3166-1 countries, with names translated through the iso-codes package. */

guint       koers_country_get_n_items (void);
const char *koers_country_get_code    (guint       position);
gboolean    koers_country_is_valid    (const char *code);
const char *koers_country_get_name    (const char *code);
GStrv       koers_country_find        (const char *query);

G_END_DECLS
