/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "koers-summary-xlsx.h"

/* The quarterly summary as an Excel workbook: numbers as numbers, dates as dates,
 * shares as percentages; bold frozen headers, filters on tables, widths that fit, landscape
 * pages one wide with the title and period in the header; a chart of the returns against
 * the target and one of the people per phase. A sheet appears only when it has something
 * to show. Every text is written as text (a name like "=HYPERLINK(…)" stays a name), and
 * the detail sheet streams in constant-memory mode. */

typedef struct {
  lxw_workbook *book;
  lxw_format   *title;
  lxw_format   *bold;
  lxw_format   *header;
  lxw_format   *number;
  lxw_format   *decimal;
  lxw_format   *percent;
  lxw_format   *date;
  lxw_format   *month;
  lxw_format   *note;
  const KoersSummary *s;
  char         *period;      /* "01-07-2026 – 30-09-2026", for titles and page headers */
  char         *page_header;
} Book;

/* "YYYY-MM-DD" as a date cell's value; year 0 when it is not one. Read digit by digit: a
 * GDate per cell was a tenth of writing the participants' sheet. */
static lxw_datetime
datetime_of (const char *iso)
{
  lxw_datetime d = { 0 };

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return d;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return d;
  d.month = (iso[5] - '0') * 10 + (iso[6] - '0');
  d.day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
    return d;
  d.year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  return d;
}

static void
write_text (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  if (text != NULL && *text != '\0')
    worksheet_write_string (sheet, row, col, text, format);
}

static void
write_date (Book          *b,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *iso)
{
  lxw_datetime d = datetime_of (iso);

  if (d.year > 0)
    worksheet_write_datetime (sheet, row, col, &d, b->date);
}

static lxw_worksheet *
add_sheet (Book       *b,
           const char *name,
           const char *title,
           double      label_width)
{
  lxw_worksheet *sheet = workbook_add_worksheet (b->book, name);

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);          /* A4 */
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_header (sheet, b->page_header);
  if (label_width > 0)
    worksheet_set_column (sheet, 0, 0, label_width, NULL);
  worksheet_write_string (sheet, 0, 0, title, b->title);
  worksheet_write_string (sheet, 1, 0, b->period, NULL);
  return sheet;
}

/* A table's header row, bold; the first of a sheet is frozen. */
static void
header_row (Book              *b,
            lxw_worksheet     *sheet,
            lxw_row_t          row,
            const char *const *labels)
{
  for (lxw_col_t c = 0; labels[c] != NULL; c++)
    worksheet_write_string (sheet, row, c, labels[c], b->header);
}

static double
label_width (GPtrArray *lines,
             double     at_least)
{
  double width = at_least;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    width = MAX (width, g_utf8_strlen (((KoersSummaryLine *) lines->pdata[i])->label, -1) + 2);
  return MIN (width, 60);
}

/* A two-column table of label and count; returns the row after it. */
static lxw_row_t
count_table (Book          *b,
             lxw_worksheet *sheet,
             lxw_row_t      row,
             const char    *what,
             const char    *counted,
             GPtrArray     *lines)
{
  const char *labels[] = { what, counted, NULL };
  lxw_row_t first = row;

  header_row (b, sheet, row++, labels);
  for (guint i = 0; i < lines->len; i++, row++)
    {
      KoersSummaryLine *line = lines->pdata[i];

      write_text (sheet, row, 0, line->label, NULL);
      worksheet_write_number (sheet, row, 1, (double) line->n[0], b->number);
    }
  (void) first;
  return row + 1;
}

/* ---- the sheets ------------------------------------------------------------------------- */

static void
key_value (Book          *b,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           const char    *label,
           double         value,
           lxw_format    *format)
{
  write_text (sheet, row, 0, label, NULL);
  if (value >= 0)
    worksheet_write_number (sheet, row, 1, value, format);
}

static void
write_summary (Book *b)
{
  const KoersSummary *s = b->s;
  lxw_worksheet *sheet = add_sheet (b, _("Summary"), _("Quarterly summary"), 52);
  const char *labels[] = { _("Figure"), _("Number"), NULL };
  g_autofree char *since = koers_date_format_user (s->project_start);
  g_autofree char *end = koers_date_format_user (s->project_end);
  g_autofree char *cumulative = g_strdup_printf (_("Returns since the start of the project (%s)"),
                                                 since);
  g_autofree char *target = g_strdup_printf (_("Target: returns by %s"), end);
  g_autofree char *forecast = g_strdup_printf (_("Forecast by %s at the rate so far"), end);
  lxw_row_t row = 3;

  worksheet_set_column (sheet, 1, 1, 14, NULL);
  write_text (sheet, 2, 0, _("Period"), b->bold);
  write_date (b, sheet, 2, 1, s->from);
  write_date (b, sheet, 2, 2, s->until);
  worksheet_set_column (sheet, 2, 2, 14, NULL);
  row = 4;
  header_row (b, sheet, row++, labels);
  worksheet_freeze_panes (sheet, row, 0);
  key_value (b, sheet, row++, _("Participants in a trajectory at the start"),
             (double) s->active_start, b->number);
  key_value (b, sheet, row++, _("Participants in a trajectory at the end"),
             (double) s->active_end, b->number);
  key_value (b, sheet, row++, _("New contacts: first phase began"), (double) s->new_contacts,
             b->number);
  key_value (b, sheet, row++, _("Inflow: new intakes"), (double) s->inflow, b->number);
  for (int i = 0; i < KOERS_N_OUTFLOWS; i++)
    {
      /* Translators: "Outflow: Dropped out" */
      g_autofree char *label = g_strdup_printf (_("Outflow: %s"),
                                                koers_summary_outflow_label (i));
      key_value (b, sheet, row++, label, (double) s->outflow[i], b->number);
    }
  key_value (b, sheet, row++, _("Commitments to return"), (double) s->commitments, b->number);
  key_value (b, sheet, row++, _("Returns in the period"), (double) s->returns, b->number);
  key_value (b, sheet, row++, cumulative, (double) s->returns_cumulative, b->number);
  key_value (b, sheet, row++, target, s->target, b->number);
  key_value (b, sheet, row++, _("Ambition"), s->ambition, b->number);
  key_value (b, sheet, row++, forecast, s->forecast, b->decimal);
  key_value (b, sheet, row++, _("Very vulnerable (2b) among the returns of the period"),
             s->returns > 0 ? (double) s->returns_very_vulnerable / (double) s->returns : -1,
             b->percent);
  row++;
  {
    const char *median_labels[] = { _("Median days in phase (phases ended in the period)"),
                                    _("Days"), NULL };
    header_row (b, sheet, row++, median_labels);
    for (int p = KOERS_PHASE_OUTREACH; p <= KOERS_PHASE_MONITORING; p++)
      key_value (b, sheet, row++, koers_phase_get_label (p), s->median_days[p], b->decimal);
  }
  row++;
  write_text (sheet, row, 0, _("In a trajectory: in a phase from outreach to handover and not "
                               "ended another way. A return is a departure."), b->note);
}

static void
write_phases (Book *b)
{
  const KoersSummary *s = b->s;
  g_autofree char *on = koers_date_format_user (s->as_of);
  /* Translators: a column, "People on 30-09-2026" */
  g_autofree char *people_on = g_strdup_printf (_("People on %s"), on);
  const char *labels[] = { _("Phase"), people_on, NULL };
  lxw_worksheet *sheet = add_sheet (b, _("Phases"), _("People per phase"),
                                    MAX (label_width (s->moves, 28), 28));
  lxw_chart *chart;
  lxw_chart_series *series;
  lxw_row_t row = 3, first;

  worksheet_set_column (sheet, 1, 1, 18, NULL);
  header_row (b, sheet, row++, labels);
  worksheet_freeze_panes (sheet, row, 0);
  first = row;
  for (int p = KOERS_PHASE_OUTREACH; p <= KOERS_PHASE_CLOSED; p++, row++)
    {
      write_text (sheet, row, 0, koers_phase_get_label (p), NULL);
      worksheet_write_number (sheet, row, 1, (double) s->stock[p], b->number);
    }
  worksheet_autofilter (sheet, first - 1, 0, row - 1, 1);

  chart = workbook_add_chart (b->book, LXW_CHART_BAR);
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, _("Phases"), first, 0, row - 1, 0);
  chart_series_set_values (series, _("Phases"), first, 1, row - 1, 1);
  chart_series_set_name (series, people_on);
  chart_title_set_name (chart, _("People per phase"));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  worksheet_insert_chart (sheet, 3, 3, chart);

  row += 14;
  if (s->moves->len > 0)
    {
      /* Translators: columns: a move between phases, and how many made it */
      count_table (b, sheet, row, _("Moves between phases in the period"), _("Number"), s->moves);
    }
}

static void
write_returns (Book *b)
{
  const KoersSummary *s = b->s;
  lxw_worksheet *sheet = add_sheet (b, _("Returns"), _("Returns in the period"), 30);
  const char *month_labels[] = { _("Month"), _("Returns"), _("Cumulative"), _("Target"),
                                 _("Ambition"), NULL };
  GPtrArray *tables[] = { s->by_country, s->by_sex, s->by_age, s->by_group, s->by_category,
                          s->by_partner };
  const char *names[] = { _("Country of origin"), _("Sex"), _("Age band"), _("Target group"),
                          _("Score-list category"), _("Partner") };
  lxw_row_t row = 3, first;
  lxw_chart *chart;
  lxw_chart_series *series;
  guint n_months = s->by_month->len;

  worksheet_set_column (sheet, 1, 4, 13, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    row = count_table (b, sheet, row, names[t], _("Returns"), tables[t]);

  /* Month by month since the start, against the target and the ambition, reached evenly. */
  header_row (b, sheet, row++, month_labels);
  first = row;
  for (guint i = 0; i < n_months; i++, row++)
    {
      KoersSummaryLine *line = s->by_month->pdata[i];
      g_autofree char *iso = g_strconcat (line->label, "-01", NULL);
      lxw_datetime d = datetime_of (iso);

      worksheet_write_datetime (sheet, row, 0, &d, b->month);
      if (line->n[2])
        {
          worksheet_write_number (sheet, row, 1, (double) line->n[0], b->number);
          worksheet_write_number (sheet, row, 2, (double) line->n[1], b->number);
        }
      worksheet_write_number (sheet, row, 3, (double) s->target * (i + 1) / n_months, b->decimal);
      worksheet_write_number (sheet, row, 4, (double) s->ambition * (i + 1) / n_months,
                              b->decimal);
    }
  worksheet_autofilter (sheet, first - 1, 0, row - 1, 4);

  chart = workbook_add_chart (b->book, LXW_CHART_LINE);
  for (lxw_col_t c = 2; c <= 4; c++)
    {
      series = chart_add_series (chart, NULL, NULL);
      chart_series_set_categories (series, _("Returns"), first, 0, row - 1, 0);
      chart_series_set_values (series, _("Returns"), first, c, row - 1, c);
      chart_series_set_name_range (series, _("Returns"), first - 1, c);
    }
  chart_title_set_name (chart, _("Returns against the target"));
  worksheet_insert_chart (sheet, 3, 6, chart);
}

/* The Training sheet, its title only: its figures may still be being counted
 * (fill_training()). */
static lxw_worksheet *
add_training (Book *b)
{
  return add_sheet (b, _("Training"), _("Training"), 0);
}

static void
fill_training (Book          *b,
               lxw_worksheet *sheet)
{
  const KoersSummary *s = b->s;
  const char *labels[] = { _("Course"), _("Sessions held"), _("Places planned"),
                           _("Attendance rate"), NULL };
  const char *kind_labels[] = { _("Kind of course"), _("Sessions held"), _("Places planned"),
                                _("Attendance rate"), NULL };
  GPtrArray *tables[] = { s->courses, s->kinds };
  const char *const *headers[] = { labels, kind_labels };
  lxw_row_t row = 3;

  worksheet_set_column (sheet, 0, 0, MAX (label_width (s->courses, 30), 30), NULL);
  worksheet_set_column (sheet, 1, 3, 16, NULL);
  key_value (b, sheet, row++, _("Sessions held"), (double) s->sessions_held, b->number);
  key_value (b, sheet, row++, _("Training hours"), s->training_hours, b->decimal);
  key_value (b, sheet, row++, _("Participants trained (present or late at least once)"),
             (double) s->participants_trained, b->number);
  key_value (b, sheet, row++, _("Internships in the period"), (double) s->internships,
             b->number);
  key_value (b, sheet, row++, _("Internship hours in the period"), (double) s->internship_hours,
             b->number);
  row++;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      lxw_row_t first = row;

      header_row (b, sheet, row++, headers[t]);
      for (guint i = 0; i < tables[t]->len; i++, row++)
        {
          KoersSummaryLine *line = tables[t]->pdata[i];

          write_text (sheet, row, 0, line->label, NULL);
          worksheet_write_number (sheet, row, 1, (double) line->n[0], b->number);
          worksheet_write_number (sheet, row, 2, (double) line->n[1], b->number);
          if (line->rate >= 0)
            worksheet_write_number (sheet, row, 3, line->rate, b->percent);
        }
      if (t == 0 && tables[t]->len > 0)
        worksheet_autofilter (sheet, first, 0, row - 1, 3);
      row++;
    }
}

static lxw_worksheet *
add_handover (Book *b)
{
  return add_sheet (b, _("Handover"), _("Handover and monitoring"), 0);
}

static void
fill_handover (Book          *b,
               lxw_worksheet *sheet)
{
  const KoersSummary *s = b->s;
  const char *labels[] = { _("Partner"), _("Sent"), _("Accepted"), _("Rejected"), _("Departed"),
                           NULL };
  lxw_row_t row = 3, first;

  worksheet_set_column (sheet, 0, 0, MAX (label_width (s->partners, 30), 30), NULL);
  worksheet_set_column (sheet, 1, 4, 12, NULL);
  header_row (b, sheet, row++, labels);
  worksheet_freeze_panes (sheet, row, 0);
  first = row;
  for (guint i = 0; i < s->partners->len; i++, row++)
    {
      KoersSummaryLine *line = s->partners->pdata[i];

      write_text (sheet, row, 0, line->label, NULL);
      for (int c = 0; c < 4; c++)
        worksheet_write_number (sheet, row, 1 + c, (double) line->n[c], b->number);
    }
  if (s->partners->len > 0)
    worksheet_autofilter (sheet, first - 1, 0, row - 1, 4);
  row++;
  key_value (b, sheet, row++, _("Monitoring contacts made"), (double) s->contacts_made,
             b->number);
  key_value (b, sheet, row++, _("Participants reached"), (double) s->contacts_reached,
             b->number);
  key_value (b, sheet, row++, _("Business started"), (double) s->business_started, b->number);
  key_value (b, sheet, row++, _("Business partly started"), (double) s->business_partly,
             b->number);
}

typedef struct {
  Book          *b;
  lxw_worksheet *sheet;
  lxw_row_t      row;
  gboolean       names;
  GCancellable  *cancellable;
} PeopleSheet;

static gboolean
write_person (const KoersSummaryPerson *p,
              gpointer                  data,
              GError                  **error)
{
  PeopleSheet *ps = data;
  lxw_col_t c = 0;

  if ((ps->row - 4) % 256 == 0 && g_cancellable_set_error_if_cancelled (ps->cancellable, error))
    return FALSE;
  write_text (ps->sheet, ps->row, c++, p->code, NULL);
  if (ps->names)
    write_text (ps->sheet, ps->row, c++, p->name, NULL);
  write_text (ps->sheet, ps->row, c++, p->country, NULL);
  write_text (ps->sheet, ps->row, c++, p->sex, NULL);
  write_text (ps->sheet, ps->row, c++, p->age_band, NULL);
  write_text (ps->sheet, ps->row, c++, p->phase, NULL);
  write_text (ps->sheet, ps->row, c++, p->status, NULL);
  write_date (ps->b, ps->sheet, ps->row, c++, p->intake);
  write_date (ps->b, ps->sheet, ps->row, c++, p->commitment);
  write_date (ps->b, ps->sheet, ps->row, c++, p->departure);
  write_text (ps->sheet, ps->row, c++, p->category, NULL);
  ps->row++;
  return TRUE;
}

static gboolean
write_people (Book                      *b,
              const KoersSummaryPeople  *people,
              const KoersSummaryOptions *options,
              GError                   **error)
{
  const char *all[] = { _("Dossier"), _("Name"), _("Country of origin"), _("Sex"), _("Age band"),
                        _("Phase at the end"), _("Status at the end"), _("Intake"),
                        _("Commitment"), _("Departure"), _("Score-list category"), NULL };
  const double widths[] = { 10, 28, 22, 10, 12, 22, 20, 12, 12, 12, 16 };
  const char *labels[G_N_ELEMENTS (all)];
  /* Names only when they were read: the store decides, not the options alone. */
  gboolean names = koers_summary_people_has_names (people);
  PeopleSheet ps = { b, NULL, 4, names, options->cancellable };
  lxw_col_t n = 0;

  for (guint i = 0; all[i] != NULL; i++)
    if (i != 1 || names)
      {
        labels[n] = all[i];
        n++;
      }
  labels[n] = NULL;
  ps.sheet = add_sheet (b, _("Participants"), names
                                              ? _("Participants of the period (with names: "
                                                  "personal data)")
                                              : _("Participants of the period (pseudonymous)"),
                        widths[0]);
  for (guint i = 0, c = 0; all[i] != NULL; i++)
    if (i != 1 || names)
      worksheet_set_column (ps.sheet, c, c, widths[i], NULL), c++;
  header_row (b, ps.sheet, 3, labels);
  worksheet_freeze_panes (ps.sheet, 4, 1);
  if (!koers_summary_people_foreach (people, write_person, &ps, error))
    return FALSE;
  if (ps.row > 4)
    worksheet_autofilter (ps.sheet, 3, 0, ps.row - 1, n - 1);
  return TRUE;
}

static void
progress (const KoersSummaryOptions *options,
          double                     fraction)
{
  if (options->progress != NULL)
    options->progress (fraction, options->progress_data);
}

static gboolean
io_error (GError    **error,
          int         saved_errno,
          const char *name,
          const char *reason)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Koers could not write “%s” (%s)."), name, reason);
  return FALSE;
}

/* Waits for the figures of the Training and Handover sheets. */
typedef gboolean (*RestFunc) (gpointer  data,
                              GError  **error);

static gboolean
write_book (const KoersSummary        *summary,
            const KoersSummaryPeople  *people,
            const KoersSummaryOptions *options,
            const char                *path,
            RestFunc                   rest,
            gpointer                   rest_data,
            GError                   **error)
{
  lxw_worksheet *training = NULL;
  lxw_worksheet *handover = NULL;
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *from = koers_date_format_user (summary->from);
  g_autofree char *until = koers_date_format_user (summary->until);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *doc_title = NULL;
  lxw_workbook_options book_options = { .constant_memory = LXW_TRUE };
  lxw_doc_properties properties = { 0 };
  Book b = { 0 };
  lxw_error rc;
  gboolean ok = TRUE;

  /* libxlsxwriter only says "error creating the file": find the reason first. */
  if (g_access (folder, W_OK) != 0)
    {
      int saved_errno = errno;
      if (rest != NULL)
        rest (rest_data, NULL);
      return io_error (error, saved_errno, name, g_strerror (saved_errno));
    }

  b.s = summary;
  b.period = g_strdup_printf ("%s – %s", from, until);
  /* Translators: the title of the workbook, "Quarterly summary 01-07-2026 – 30-09-2026" */
  doc_title = g_strdup_printf (_("Quarterly summary %s"), b.period);
  {
    /* The page header: & starts a code there, so the texts' own are doubled. */
    g_autofree char *org = NULL;
    g_autofree char *title = NULL;
    GString *escaped = g_string_new (options->organisation ? options->organisation : "");

    g_string_replace (escaped, "&", "&&", 0);
    org = g_string_free (escaped, FALSE);
    escaped = g_string_new (doc_title);
    g_string_replace (escaped, "&", "&&", 0);
    title = g_string_free (escaped, FALSE);
    b.page_header = g_strdup_printf ("&L%s&R%s", org, title);
  }

  b.book = workbook_new_opt (partial, &book_options);
  if (b.book == NULL)
    {
      int saved_errno = errno;
      g_free (b.period);
      g_free (b.page_header);
      if (rest != NULL)
        rest (rest_data, NULL);
      return io_error (error, saved_errno, name, g_strerror (saved_errno));
    }
  properties.title = doc_title;
  properties.author = (char *) (options->organisation ? options->organisation : "");
  properties.company = (char *) (options->organisation ? options->organisation : "");
  properties.comments = (char *) _("Exported from Koers");
  properties.created = time (NULL);
  workbook_set_properties (b.book, &properties);

  b.title = workbook_add_format (b.book);
  format_set_bold (b.title);
  format_set_font_size (b.title, 14);
  b.bold = workbook_add_format (b.book);
  format_set_bold (b.bold);
  b.header = workbook_add_format (b.book);
  format_set_bold (b.header);
  format_set_bottom (b.header, LXW_BORDER_THIN);
  format_set_text_wrap (b.header);
  b.number = workbook_add_format (b.book);
  format_set_num_format (b.number, "0");
  b.decimal = workbook_add_format (b.book);
  format_set_num_format (b.decimal, "0.0");
  b.percent = workbook_add_format (b.book);
  format_set_num_format (b.percent, "0%");
  b.date = workbook_add_format (b.book);
  format_set_num_format (b.date, "dd-mm-yyyy");
  b.month = workbook_add_format (b.book);
  format_set_num_format (b.month, "mmm yyyy");
  b.note = workbook_add_format (b.book);
  format_set_italic (b.note);

  progress (options, 0.05);
  write_summary (&b);
  write_phases (&b);
  if (summary->returns > 0 || summary->returns_cumulative > 0)
    write_returns (&b);
  if (summary->has_training)
    training = add_training (&b);
  if (summary->has_handover)
    handover = add_handover (&b);
  progress (options, 0.2);
  /* Each sheet streams its own rows: the participants go first, while the figures of the
   * Training and Handover sheets may still be being counted. */
  if (options->with_people && people != NULL)
    ok = write_people (&b, people, options, error);
  if (rest != NULL)
    {
      gboolean counted = rest (rest_data, ok ? error : NULL);
      ok = ok && counted;
    }
  if (ok && training != NULL)
    fill_training (&b, training);
  if (ok && handover != NULL)
    fill_handover (&b, handover);
  progress (options, 0.8);

  rc = workbook_close (b.book);
  g_free (b.period);
  g_free (b.page_header);
  if (ok && rc != LXW_NO_ERROR)
    ok = io_error (error, EIO, name, lxw_strerror (rc));
  if (ok && g_cancellable_set_error_if_cancelled (options->cancellable, error))
    ok = FALSE;
  if (ok && g_rename (partial, path) != 0)
    ok = io_error (error, errno, name, g_strerror (errno));
  if (!ok)
    g_unlink (partial);
  progress (options, 1);
  return ok;
}

/**
 * koers_summary_write_xlsx:
 * @summary: the figures
 * @people: (nullable): the participants, for the detail sheet; with names only when
 *   @options asks for them
 * @options: what else goes in
 * @path: the workbook to write; replaced only when the new one is complete
 * @error: return location for an error
 *
 * Writes the summary to an Excel workbook under a temporary name next to @path and
 * renames it when it is complete, so that a failure (a full disk, a cancel) never leaves
 * half a file.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_summary_write_xlsx (const KoersSummary        *summary,
                          const KoersSummaryPeople  *people,
                          const KoersSummaryOptions *options,
                          const char                *path,
                          GError                   **error)
{
  return write_book (summary, people, options, path, NULL, NULL, error);
}

/* The export counts in two threads, on two connections that see the same state of the
 * file. A helper thread opens the second connection and looks at the file's version; this
 * thread begins its transaction; then the helper begins its own and, when the version is
 * still the same (nothing changed the file in between), reads the phase history and then
 * the handover's departures for this thread and counts the figures of the Training and
 * Handover sheets, while this one reads the participants, counts the other figures and
 * writes the workbook. When the file did change in between, or the two connections turn
 * out to have different files open (the path was given another file between their
 * opening), or the second connection fails, this thread reads the phases and departures
 * itself, and a thread started later counts the rest on this thread's connection. */
typedef struct {
  const char                  *database;
  const KoersAttendancePoints *points;
  GThread                     *thread;
  GMutex                       lock;
  GCond                        said;
  /* Said by the helper */
  gboolean                     looked;     /* at the version of the file, or gave up */
  gboolean                     answered;   /* whether paired; if so, the phases */
  gboolean                     paired;
  KoersSummaryPhases          *phases;
  gboolean                     departures_read;
  KoersSummaryDepartures      *departures;
  GError                      *read_error;  /* of the phases or the departures */
  /* Said by this thread */
  gboolean                     begun;      /* its transaction, or gave up */
  KoersSummary                *summary;    /* NULL after giving up */
  gboolean                     file_known; /* which file its connection has open */
  KoersFileId                  file;
  /* The rest, counted on @store, this thread's, when not paired */
  KoersStore                  *store;
  gboolean                     ok;
  GError                      *error;
} Rest;

static void
say (Rest     *r,
     gboolean *flag)
{
  g_mutex_lock (&r->lock);
  *flag = TRUE;
  g_cond_broadcast (&r->said);
  g_mutex_unlock (&r->lock);
}

static void
wait_for (Rest     *r,
          gboolean *flag)
{
  g_mutex_lock (&r->lock);
  while (!*flag)
    g_cond_wait (&r->said, &r->lock);
  g_mutex_unlock (&r->lock);
}

static gpointer
helper_thread (gpointer data)
{
  Rest *r = data;
  g_autoptr(KoersStore) other = NULL;
  g_autoptr(GError) error = NULL;
  KoersSummaryPhases *phases;
  KoersSummaryDepartures *departures;
  gint64 looked_at = 0, begun_at = -1;
  KoersFileId file;
  gboolean usable;

  /* Only a help: whatever goes wrong with it, all is counted on the first connection. */
  other = koers_store_open_full (r->database, KOERS_STORE_OPEN_READ_ONLY
                                 | KOERS_STORE_OPEN_DEFER_CHECK, 5000, -1, NULL);
  usable = other != NULL && koers_store_get_data_version (other, &looked_at, NULL);
  say (r, &r->looked);
  wait_for (r, &r->begun);
  if (!usable || r->summary == NULL
      || !koers_store_begin_read_fixed (other, &begun_at, NULL))
    {
      say (r, &r->answered);
      return NULL;
    }
  /* Nothing changed the file in between, and it is the same file: the path may have been
   * given another file (by a restore, say) between the two connections' opening. */
  if (begun_at != looked_at || !r->file_known || !koers_store_get_file_id (other, &file)
      || file.device != r->file.device || file.inode != r->file.inode)
    {
      koers_store_rollback (other);
      say (r, &r->answered);
      return NULL;
    }

  phases = koers_store_summary_read_phases (other, &error);
  g_mutex_lock (&r->lock);
  r->paired = TRUE;
  r->phases = phases;
  r->read_error = g_steal_pointer (&error);
  r->answered = TRUE;
  g_cond_broadcast (&r->said);
  g_mutex_unlock (&r->lock);
  /* Without them, the transaction has ended. */
  if (phases == NULL)
    {
      say (r, &r->departures_read);
      return NULL;
    }
  /* Then the departures, while that thread counts the rest of the people. */
  departures = koers_store_summary_read_departures (other, &error);
  g_mutex_lock (&r->lock);
  r->departures = departures;
  if (departures == NULL)
    r->read_error = g_steal_pointer (&error);
  r->departures_read = TRUE;
  g_cond_broadcast (&r->said);
  g_mutex_unlock (&r->lock);
  if (departures != NULL)
    r->ok = koers_store_summary_finish (other, r->summary, r->points, &r->error);
  return NULL;
}

static gpointer
rest_thread (gpointer data)
{
  Rest *r = data;

  r->ok = koers_store_summary_finish (r->store, r->summary, r->points, &r->error);
  return NULL;
}

/* Counts the rest on this thread's connection, in a thread while the workbook is written. */
static void
rest_start (Rest *r)
{
  r->thread = g_thread_try_new ("koers-summary", rest_thread, r, NULL);
  /* Without a thread, the same in this one. */
  if (r->thread == NULL)
    rest_thread (r);
}

/* Waits for the thread; a second call only says how it went. */
static gboolean
rest_wait (gpointer  data,
           GError  **error)
{
  Rest *r = data;

  if (r->thread != NULL)
    g_thread_join (g_steal_pointer (&r->thread));
  if (!r->ok && r->error != NULL)
    g_propagate_error (error, g_steal_pointer (&r->error));
  return r->ok;
}

/**
 * koers_summary_export:
 * @database: the database file
 * @from: the first day of the period
 * @until: the last day
 * @targets: the project's start, end and targets
 * @points: how attendance marks count
 * @options: what goes into the workbook
 * @path: the workbook to write
 * @error: return location for an error
 *
 * Counts and writes the summary of a period on connections of its own, read-only, so that
 * it can run in a thread (or a script) beside a Koers that is writing. All figures agree
 * with each other, as if counted in one read transaction: those of the Training and
 * Handover sheets are counted in a second thread, on a second connection that sees the
 * file in the same state as the first (or, when the file changed just as they began, on
 * the first once the others are counted), while the first counts the others and writes
 * the workbook.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_summary_export (const char                  *database,
                      const char                  *from,
                      const char                  *until,
                      const KoersSummaryTargets   *targets,
                      const KoersAttendancePoints *points,
                      const KoersSummaryOptions   *options,
                      const char                  *path,
                      GError                     **error)
{
  g_autoptr(KoersStore) store = NULL;
  g_autoptr(KoersSummary) summary = NULL;
  g_autoptr(KoersSummaryPeople) people = NULL;
  g_autoptr(KoersSummaryPhases) phases = NULL;
  g_autoptr(KoersSummaryDepartures) departures = NULL;
  Rest rest = { database, points };
  gboolean ok;

  g_mutex_init (&rest.lock);
  g_cond_init (&rest.said);
  rest.thread = g_thread_try_new ("koers-summary", helper_thread, &rest, NULL);
  if (rest.thread == NULL)
    rest.looked = rest.answered = TRUE;

  store = koers_store_open_full (database, KOERS_STORE_OPEN_READ_ONLY | KOERS_STORE_OPEN_DEFER_CHECK,
                                 5000, -1, error);
  /* The helper looks at the file before this transaction begins. */
  wait_for (&rest, &rest.looked);
  if (store != NULL)
    {
      rest.file_known = koers_store_get_file_id (store, &rest.file);
      summary = koers_store_summary_begin (store, from, until, targets, error);
    }
  g_mutex_lock (&rest.lock);
  rest.summary = summary;
  rest.begun = TRUE;
  g_cond_broadcast (&rest.said);
  g_mutex_unlock (&rest.lock);

  ok = summary != NULL;
  if (ok)
    {
      people = koers_store_summary_read_people (store, summary,
                                                options->with_people && options->with_names, error);
      ok = people != NULL;
    }
  if (ok)
    {
      wait_for (&rest, &rest.answered);
      if (rest.paired)
        {
          phases = g_steal_pointer (&rest.phases);
          if (phases == NULL)
            {
              g_propagate_error (error, g_steal_pointer (&rest.read_error));
              koers_store_summary_end (store);
            }
        }
      else
        {
          /* The helper has finished; the rest is counted here after all. */
          if (rest.thread != NULL)
            g_thread_join (g_steal_pointer (&rest.thread));
          phases = koers_store_summary_read_phases (store, error);
        }
      ok = phases != NULL;
    }
  ok = ok && koers_store_summary_count_people (store, summary, people, phases, rest.paired, error);
  /* The partners of the returns, from the departures read there or here. */
  if (ok)
    {
      if (rest.paired)
        {
          wait_for (&rest, &rest.departures_read);
          departures = g_steal_pointer (&rest.departures);
          if (departures == NULL)
            g_propagate_error (error, g_steal_pointer (&rest.read_error));
        }
      else
        departures = koers_store_summary_read_departures (store, error);
      ok = departures != NULL;
      if (ok)
        koers_summary_count_partners (summary, people, departures);
    }
  if (ok && !rest.paired)
    {
      rest.store = store;
      rest_start (&rest);
    }
  if (ok)
    {
      if (!options->with_people)
        g_clear_pointer (&people, koers_summary_people_free);
      ok = write_book (summary, people, options, path, rest_wait, &rest, error);
    }
  rest_wait (&rest, NULL);
  g_clear_error (&rest.error);
  g_clear_error (&rest.read_error);
  g_clear_pointer (&rest.phases, koers_summary_phases_free);
  g_clear_pointer (&rest.departures, koers_summary_departures_free);
  g_mutex_clear (&rest.lock);
  g_cond_clear (&rest.said);
  return ok;
}
