/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "koers-store.h"
#include "koers-summary.h"

/* The pure parts of the quarterly summary: periods as people name them, age bands, the
 * median, and freeing what the store gathered. */

#define PROJECT_MONTHS 18

static void
free_lines (GPtrArray **lines)
{
  g_clear_pointer (lines, g_ptr_array_unref);
}

void
koers_summary_free (KoersSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->from);
  g_free (summary->until);
  g_free (summary->as_of);
  g_free (summary->project_start);
  g_free (summary->project_end);
  free_lines (&summary->moves);
  free_lines (&summary->by_country);
  free_lines (&summary->by_sex);
  free_lines (&summary->by_age);
  free_lines (&summary->by_group);
  free_lines (&summary->by_category);
  free_lines (&summary->by_partner);
  free_lines (&summary->by_month);
  free_lines (&summary->courses);
  free_lines (&summary->kinds);
  free_lines (&summary->partners);
  g_free (summary);
}

static gboolean
invalid (GError     **error,
         const char  *text)
{
  g_set_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID,
               _("“%s” is not a period: give a quarter such as 2026-Q3, or two dates such as "
                 "2026-07-01..2026-09-30."), text);
  return FALSE;
}

/**
 * koers_summary_parse_period:
 * @text: a quarter ("2026-Q3", "2026Q3", "q3 2026") or two dates ("2026-07-01..2026-09-30")
 * @from: (out): the first day, "YYYY-MM-DD"
 * @until: (out): the last day
 * @error: return location for an error
 *
 * Returns: %TRUE when @text names a period.
 */
gboolean
koers_summary_parse_period (const char  *text,
                            char       **from,
                            char       **until,
                            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_ascii_strdown (text ? text : "", -1));
  const char *dots = strstr (clean, "..");
  unsigned year = 0, quarter = 0;
  char rest;

  *from = *until = NULL;
  if (dots != NULL)
    {
      g_autofree char *first = g_strstrip (g_strndup (clean, dots - clean));
      g_autofree char *last = g_strstrip (g_strdup (dots + 2));
      g_autoptr(GDate) a = koers_date_parse_iso (first);
      g_autoptr(GDate) b = koers_date_parse_iso (last);

      if (a == NULL || b == NULL || g_date_compare (a, b) > 0)
        return invalid (error, text ? text : "");
      *from = g_steal_pointer (&first);
      *until = g_steal_pointer (&last);
      return TRUE;
    }
  if (sscanf (clean, "%4u-q%1u%c", &year, &quarter, &rest) != 2
      && sscanf (clean, "%4uq%1u%c", &year, &quarter, &rest) != 2
      && sscanf (clean, "q%1u %4u%c", &quarter, &year, &rest) != 2)
    return invalid (error, text ? text : "");
  if (quarter < 1 || quarter > 4 || year < 2000 || year > 2999)
    return invalid (error, text ? text : "");
  {
    g_autoptr(GDate) last = g_date_new_dmy (1, (GDateMonth) (quarter * 3), (GDateYear) year);

    g_date_set_day (last, g_date_get_days_in_month ((GDateMonth) (quarter * 3),
                                                    (GDateYear) year));
    *from = g_strdup_printf ("%04u-%02u-01", year, quarter * 3 - 2);
    *until = koers_date_to_iso (last);
  }
  return TRUE;
}

/**
 * koers_summary_default_end:
 * @project_start: the first day of the project
 *
 * Returns: (transfer full) (nullable): the last day of its 18 months.
 */
char *
koers_summary_default_end (const char *project_start)
{
  g_autoptr(GDate) day = koers_date_parse_iso (project_start);

  if (day == NULL)
    return NULL;
  g_date_add_months (day, PROJECT_MONTHS);
  g_date_subtract_days (day, 1);
  return koers_date_to_iso (day);
}

const char *
koers_summary_outflow_label (KoersOutflow outflow)
{
  switch (outflow)
    {
    case KOERS_OUTFLOW_RETURNED: return C_("outflow", "Returned");
    case KOERS_OUTFLOW_DROPPED_OUT: return C_("outflow", "Dropped out");
    case KOERS_OUTFLOW_TRANSFERRED: return C_("outflow", "Transferred");
    case KOERS_OUTFLOW_LEGAL_STATUS_CHANGED: return C_("outflow", "Legal status changed");
    case KOERS_OUTFLOW_LOST_CONTACT: return C_("outflow", "Lost contact");
    case KOERS_OUTFLOW_DECEASED: return C_("outflow", "Deceased");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_summary_age_band:
 * @birth_date: (nullable): "YYYY-MM-DD" or only the year "YYYY"
 * @on: the day the age is taken, "YYYY-MM-DD"
 *
 * Funders ask for ages in bands: under 18, 18–24, 25–34, 35–44, 45–54, 55 and over. With
 * only the year of birth known, the age is the difference of the years.
 *
 * Returns: (transfer none): the band's label, "Unknown" without a date of birth.
 */
const char *
koers_summary_age_band (const char *birth_date,
                        const char *on)
{
  return koers_summary_age_band_label (koers_summary_age_band_index (birth_date, on));
}

/**
 * koers_summary_age_band_index:
 * @birth_date: (nullable): "YYYY-MM-DD" or only the year "YYYY"
 * @on: the day the age is taken, "YYYY-MM-DD"
 *
 * Returns: the band of koers_summary_age_band(), from 0 (under 18) to
 *   %KOERS_SUMMARY_N_AGE_BANDS - 1 (55 and over), or -1 without a date of birth.
 */
int
koers_summary_age_band_index (const char *birth_date,
                              const char *on)
{
  static const int upper[] = { 18, 25, 35, 45, 55 };
  int age;

  if (birth_date == NULL || strlen (birth_date) < 4 || on == NULL || strlen (on) != 10)
    return -1;
  age = atoi (on) - atoi (birth_date);
  if (strlen (birth_date) == 10 && strcmp (on + 4, birth_date + 4) < 0)
    age--;
  for (guint i = 0; i < G_N_ELEMENTS (upper); i++)
    if (age < upper[i])
      return (int) i;
  return KOERS_SUMMARY_N_AGE_BANDS - 1;
}

/**
 * koers_summary_age_band_label:
 * @band: a band from koers_summary_age_band_index(), or -1
 *
 * Returns: (transfer none): the band's label, "Unknown" for -1.
 */
const char *
koers_summary_age_band_label (int band)
{
  switch (band)
    {
    case 0: return C_("age", "Under 18");
    case 1: return C_("age", "18–24");
    case 2: return C_("age", "25–34");
    case 3: return C_("age", "35–44");
    case 4: return C_("age", "45–54");
    case 5: return C_("age", "55 and over");
    default: return C_("age", "Unknown");
    }
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/**
 * koers_summary_median:
 * @days: (element-type int): numbers; sorted in place
 *
 * Returns: their median (the mean of the middle two for an even count), -1 when empty.
 */
double
koers_summary_median (GArray *days)
{
  guint n = days->len;

  if (n == 0)
    return -1;
  g_array_sort (days, compare_int);
  if (n % 2 == 1)
    return g_array_index (days, int, n / 2);
  return (g_array_index (days, int, n / 2 - 1) + g_array_index (days, int, n / 2)) / 2.0;
}
