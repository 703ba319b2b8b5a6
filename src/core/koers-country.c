/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-country-table.h"
#include "koers-types.h"

/* The translations of country names come with Debian's iso-codes package, so Koers does not
 * have to keep 249 names in its own catalogue. */
#define ISO_3166_DOMAIN "iso_3166-1"

static int
compare_entry (const void *key,
               const void *member)
{
  const KoersCountryEntry *entry = member;
  return strcmp (key, entry->code);
}

static const KoersCountryEntry *
lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  return bsearch (code, koers_country_table, koers_country_table_len,
                  sizeof (KoersCountryEntry), compare_entry);
}

/* Whether a word of @haystack starts with @needle; both folded. */
static gboolean
has_word_prefix (const char *haystack,
                 const char *needle)
{
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      if (p == haystack)
        return TRUE;
      if (!g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
        return TRUE;
    }
  return FALSE;
}

/**
 * koers_country_get_n_items:
 *
 * Returns: the number of known countries.
 */
guint
koers_country_get_n_items (void)
{
  return koers_country_table_len;
}

/**
 * koers_country_get_code:
 * @position: an index below koers_country_get_n_items()
 *
 * Returns: (transfer none): the ISO 3166-1 alpha-2 code at @position.
 */
const char *
koers_country_get_code (guint position)
{
  g_return_val_if_fail (position < koers_country_table_len, NULL);
  return koers_country_table[position].code;
}

/**
 * koers_country_is_valid:
 * @code: (nullable): a code
 *
 * Returns: %TRUE when @code is an assigned ISO 3166-1 alpha-2 code.
 */
gboolean
koers_country_is_valid (const char *code)
{
  return lookup (code) != NULL;
}

/**
 * koers_country_get_name:
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 *
 * Returns: (transfer none): the country's name in the UI language; the code itself for
 * an unknown code; the empty string for %NULL.
 */
const char *
koers_country_get_name (const char *code)
{
  const KoersCountryEntry *entry = lookup (code);

  if (code == NULL)
    return "";
  if (entry == NULL)
    return code;
  return g_dgettext (ISO_3166_DOMAIN, entry->name);
}

/**
 * koers_country_find:
 * @query: text the user typed
 *
 * Finds the countries with a word in their name, in English or in the UI language, that
 * starts with @query, ignoring case and accents; an exact code ("ER") matches too. Word
 * starts, not any substring, so that searching a name like "Ali" does not list Somalia.
 *
 * Returns: (transfer full): the matching codes, possibly none.
 */
GStrv
koers_country_find (const char *query)
{
  g_autofree char *needle = koers_fold (query);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (*needle == '\0')
    return g_strv_builder_end (builder);

  for (gsize i = 0; i < koers_country_table_len; i++)
    {
      const KoersCountryEntry *entry = &koers_country_table[i];
      g_autofree char *english = koers_fold (entry->name);
      g_autofree char *local = koers_fold (g_dgettext (ISO_3166_DOMAIN, entry->name));
      g_autofree char *code = koers_fold (entry->code);

      if (has_word_prefix (english, needle) || has_word_prefix (local, needle)
          || g_str_equal (code, needle))
        g_strv_builder_add (builder, entry->code);
    }
  return g_strv_builder_end (builder);
}
