/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

#include "bench-data.h"
#include "koers-summary-xlsx.h"

/* The quarterly export at the size of a large office (5 000 participants, 1 000 000
 * attendance marks), against a bare libxlsxwriter write of the same cells. Prints the
 * median time and the peak RSS of each and whether the targets are met (at most 1.5 times
 * the bare write; under 60 MB with the participants sheet on); asserts nothing.
 *
 * Usage: bench-summary [RUNS] [DATABASE]
 *
 * DATABASE (default: koers-bench-summary.db in the temporary folder) is built once, the
 * same way as bench-training's, and reused while it holds 5 000 participants and at least a
 * million marks; delete it to build it anew.
 *
 * Each measurement runs in a fresh process (this program again, with --child-…), so that
 * its peak RSS is its own: a forked child would start with the parent's pages.
 *
 * The cells of the bare write are those of the real export, recorded as it writes them:
 * the program is linked with -Wl,--wrap for the four libxlsxwriter calls that add sheets
 * and write cells (see bench/meson.build), so the export's calls pass through the
 * __wrap_ functions below. Recording is switched on only for that one untimed run; in the
 * measured runs of both kinds the wrappers only pass the call on. */

#define N_PARTICIPANTS 5000
#define N_COURSES 200
#define N_WEEKS 200
#define MIN_MARKS 1000000
#define TARGET_RATIO 1.5
#define TARGET_RSS_MB 60.0

/* ---- recording the export's cells -------------------------------------------------------- */

typedef enum {
  CELL_SHEET,
  CELL_STRING,
  CELL_NUMBER,
  CELL_DATETIME,
} CellKind;

/* One call of the export, as written to the cells file: the text (a string, a sheet's
 * name) follows it. */
typedef struct {
  guint32      kind;
  guint32      sheet;     /* the index of the sheet written to (the export fills some late) */
  guint32      format;    /* 1 + the index in the formats; 0 for none */
  guint32      row;
  guint32      col;
  guint32      length;    /* of the text after it, without its 0 */
  double       number;
  lxw_datetime datetime;
} Cell;

/* What of a format the export sets (see koers_summary_write_xlsx()). */
typedef struct {
  char    num_format[LXW_FORMAT_FIELD_LEN];
  double  font_size;
  guint32 bold;
  guint32 italic;
  guint32 bottom;
  guint32 text_wrap;
} Format;

typedef struct {
  GArray     *cells;      /* Cell */
  GByteArray *texts;      /* the texts, in the order of the cells */
  GArray     *formats;    /* Format */
  GHashTable *format_ids; /* lxw_format * → 1 + index */
} Recording;

static Recording *recording;

lxw_worksheet *__real_workbook_add_worksheet (lxw_workbook *workbook, const char *name);
lxw_worksheet *__wrap_workbook_add_worksheet (lxw_workbook *workbook, const char *name);
lxw_error __real_worksheet_write_string (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                         const char *text, lxw_format *format);
lxw_error __wrap_worksheet_write_string (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                         const char *text, lxw_format *format);
lxw_error __real_worksheet_write_number (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                         double number, lxw_format *format);
lxw_error __wrap_worksheet_write_number (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                         double number, lxw_format *format);
lxw_error __real_worksheet_write_datetime (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                           lxw_datetime *datetime, lxw_format *format);
lxw_error __wrap_worksheet_write_datetime (lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                                           lxw_datetime *datetime, lxw_format *format);

static guint32
format_id (lxw_format *format)
{
  Format f = { { 0 } };
  guint32 id;

  if (format == NULL)
    return 0;
  id = GPOINTER_TO_UINT (g_hash_table_lookup (recording->format_ids, format));
  if (id != 0)
    return id;
  g_strlcpy (f.num_format, format->num_format, sizeof f.num_format);
  f.font_size = format->font_size;
  f.bold = format->bold;
  f.italic = format->italic;
  f.bottom = format->bottom;
  f.text_wrap = format->text_wrap;
  g_array_append_val (recording->formats, f);
  id = recording->formats->len;
  g_hash_table_insert (recording->format_ids, format, GUINT_TO_POINTER (id));
  return id;
}

static void
record (CellKind      kind,
        lxw_worksheet *sheet,
        lxw_row_t     row,
        lxw_col_t     col,
        const char   *text,
        double        number,
        lxw_datetime *datetime,
        lxw_format   *format)
{
  Cell cell = { 0 };

  cell.kind = kind;
  cell.sheet = sheet ? sheet->index : 0;
  cell.format = format_id (format);
  cell.row = row;
  cell.col = col;
  cell.number = number;
  if (datetime != NULL)
    cell.datetime = *datetime;
  if (text != NULL)
    {
      cell.length = strlen (text);
      g_byte_array_append (recording->texts, (const guint8 *) text, cell.length + 1);
    }
  g_array_append_val (recording->cells, cell);
}

lxw_worksheet *
__wrap_workbook_add_worksheet (lxw_workbook *workbook,
                               const char   *name)
{
  if (recording != NULL)
    record (CELL_SHEET, NULL, 0, 0, name ? name : "", 0, NULL, NULL);
  return __real_workbook_add_worksheet (workbook, name);
}

lxw_error
__wrap_worksheet_write_string (lxw_worksheet *sheet,
                               lxw_row_t      row,
                               lxw_col_t      col,
                               const char    *text,
                               lxw_format    *format)
{
  if (recording != NULL)
    record (CELL_STRING, sheet, row, col, text, 0, NULL, format);
  return __real_worksheet_write_string (sheet, row, col, text, format);
}

lxw_error
__wrap_worksheet_write_number (lxw_worksheet *sheet,
                               lxw_row_t      row,
                               lxw_col_t      col,
                               double         number,
                               lxw_format    *format)
{
  if (recording != NULL)
    record (CELL_NUMBER, sheet, row, col, NULL, number, NULL, format);
  return __real_worksheet_write_number (sheet, row, col, number, format);
}

lxw_error
__wrap_worksheet_write_datetime (lxw_worksheet *sheet,
                                 lxw_row_t      row,
                                 lxw_col_t      col,
                                 lxw_datetime  *datetime,
                                 lxw_format    *format)
{
  if (recording != NULL)
    record (CELL_DATETIME, sheet, row, col, NULL, 0, datetime, format);
  return __real_worksheet_write_datetime (sheet, row, col, datetime, format);
}

/* The cells file: the number of formats, the formats, the number of cells, the cells, the
 * size of the texts, the texts (each ending in a 0). Only this program reads it, on this
 * machine. */
static void
save_recording (Recording  *r,
                const char *path)
{
  FILE *file = fopen (path, "wb");
  guint32 n;

  if (file == NULL)
    g_error ("%s: %s", path, g_strerror (errno));
  n = r->formats->len;
  fwrite (&n, sizeof n, 1, file);
  fwrite (r->formats->data, sizeof (Format), n, file);
  n = r->cells->len;
  fwrite (&n, sizeof n, 1, file);
  fwrite (r->cells->data, sizeof (Cell), n, file);
  n = r->texts->len;
  fwrite (&n, sizeof n, 1, file);
  fwrite (r->texts->data, 1, n, file);
  if (fclose (file) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
}

static void
load_recording (const char  *path,
                GArray     **formats,
                GArray     **cells,
                char       **texts)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *p;
  guint32 n;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    g_error ("cannot read %s", path);
  p = contents;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  *formats = g_array_sized_new (FALSE, FALSE, sizeof (Format), n);
  g_array_append_vals (*formats, p, n);
  p += n * sizeof (Format);
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  *cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), n);
  g_array_append_vals (*cells, p, n);
  p += n * sizeof (Cell);
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  *texts = g_memdup2 (p, n);
}

/* ---- the measurements, each in a process of its own -------------------------------------- */

static double
since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static long
peak_rss_kib (void)
{
  struct rusage usage = { 0 };

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* User and system time of this process so far, in ms: close to the wall-clock time when
 * the work is all computing, with no waiting for the disk. */
static double
cpu_ms (void)
{
  struct rusage usage = { 0 };

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static gint64
file_size (const char *path)
{
  GStatBuf st = { 0 };

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : 0;
}

static void
init_export (KoersSummaryTargets   *targets,
             KoersAttendancePoints *points,
             KoersSummaryOptions   *options)
{
  /* The defaults of the settings; the participants sheet on, pseudonymous, as
   * `koers --export-quarter … --with-participants` writes it. */
  targets->project_start = "2026-01-01";
  targets->project_end = NULL;
  targets->target = 45;
  targets->ambition = 50;
  koers_attendance_points_init (points);
  memset (options, 0, sizeof *options);
  options->organisation = "Bench";
  options->with_people = TRUE;
}

/* The export as Koers runs it: its own read-only connection, the figures, the workbook. */
static int
child_export (const char *database,
              const char *from,
              const char *until,
              const char *output)
{
  g_autoptr(GError) error = NULL;
  KoersSummaryTargets targets;
  KoersAttendancePoints points;
  KoersSummaryOptions options;
  gint64 start;
  double elapsed, cpu;

  init_export (&targets, &points, &options);
  cpu = cpu_ms ();
  start = g_get_monotonic_time ();
  if (!koers_summary_export (database, from, until, &targets, &points, &options, output,
                             &error))
    g_error ("%s", error->message);
  elapsed = since (start);
  cpu = cpu_ms () - cpu;
  printf ("%.3f %.3f %ld %" G_GINT64_FORMAT "\n", elapsed, cpu, peak_rss_kib (),
          file_size (output));
  g_unlink (output);
  return 0;
}

/* The same cells with libxlsxwriter alone, in constant-memory mode, with formats of the
 * same number formats: the recording is read into memory first, and only the writing and
 * the closing are timed. */
static int
child_bare (const char *cells_path,
            const char *output)
{
  g_autoptr(GArray) formats = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autofree char *texts = NULL;
  g_autofree lxw_format **made = NULL;
  lxw_workbook_options book_options = { .constant_memory = LXW_TRUE };
  lxw_workbook *book;
  g_autoptr(GPtrArray) sheets = g_ptr_array_new ();
  lxw_worksheet *sheet;
  const char *text;
  gint64 start;
  double elapsed, cpu;

  load_recording (cells_path, &formats, &cells, &texts);
  made = g_new0 (lxw_format *, formats->len + 1);

  cpu = cpu_ms ();
  start = g_get_monotonic_time ();
  book = workbook_new_opt (output, &book_options);
  if (book == NULL)
    g_error ("cannot create %s", output);
  for (guint i = 0; i < formats->len; i++)
    {
      const Format *f = &g_array_index (formats, Format, i);
      lxw_format *format = workbook_add_format (book);

      if (f->num_format[0] != '\0')
        format_set_num_format (format, f->num_format);
      if (f->font_size > 0)
        format_set_font_size (format, f->font_size);
      if (f->bold)
        format_set_bold (format);
      if (f->italic)
        format_set_italic (format);
      if (f->bottom)
        format_set_bottom (format, f->bottom);
      if (f->text_wrap)
        format_set_text_wrap (format);
      made[i + 1] = format;
    }
  text = texts;
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      lxw_error rc = LXW_NO_ERROR;

      sheet = cell->kind != CELL_SHEET && cell->sheet < sheets->len
              ? sheets->pdata[cell->sheet] : NULL;
      switch ((CellKind) cell->kind)
        {
        case CELL_SHEET:
          g_ptr_array_add (sheets, workbook_add_worksheet (book, text));
          text += cell->length + 1;
          break;
        case CELL_STRING:
          rc = worksheet_write_string (sheet, cell->row, cell->col, text, made[cell->format]);
          text += cell->length + 1;
          break;
        case CELL_NUMBER:
          rc = worksheet_write_number (sheet, cell->row, cell->col, cell->number,
                                  made[cell->format]);
          break;
        case CELL_DATETIME:
          rc = worksheet_write_datetime (sheet, cell->row, cell->col, &cell->datetime,
                                    made[cell->format]);
          break;
        default:
          g_assert_not_reached ();
        }
      /* Every cell of the export lands, or the comparison is not with the same cells. */
      if (rc != LXW_NO_ERROR)
        g_error ("the bare write could not write cell %u: %s", i, lxw_strerror (rc));
    }
  if (workbook_close (book) != LXW_NO_ERROR)
    g_error ("cannot write %s", output);
  elapsed = since (start);
  cpu = cpu_ms () - cpu;
  printf ("%.3f %.3f %ld %" G_GINT64_FORMAT "\n", elapsed, cpu, peak_rss_kib (),
          file_size (output));
  g_unlink (output);
  return 0;
}

/* ---- the parent --------------------------------------------------------------------------- */

/* Koers never runs ANALYZE, so the planner of a real database has no statistics: measure
 * the plans people get, not those of the ANALYZE the build ends with. */
static void
forget_statistics (KoersStore *store)
{
  koers_bench_exec (store, "DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4");
}

/* Builds the database under a temporary name and renames it when complete, so that an
 * interrupted build is never reused. */
static void
ensure_database (const char *path)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(KoersStore) store = koers_store_open_full (path, KOERS_STORE_OPEN_DEFER_CHECK,
                                                           5000, -1, &error);

      if (store != NULL
          && koers_bench_query_int (store, "SELECT count(*) FROM participant") == N_PARTICIPANTS
          && koers_bench_query_int (store, "SELECT count(*) FROM attendance") >= MIN_MARKS)
        {
          forget_statistics (store);
          printf ("reusing %s (delete it to build it anew)\n", path);
          return;
        }
      printf ("%s is not the bench's database (%s): building it anew\n", path,
              error ? error->message : "other counts");
      g_clear_object (&store);
      g_clear_error (&error);
    }

  start = g_get_monotonic_time ();
  {
    const char *suffixes[] = { "", "-wal", "-shm" };
    g_autoptr(KoersStore) store = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (partial, suffixes[i], NULL);
        g_unlink (file);
      }
    store = koers_store_open_full (partial, KOERS_STORE_OPEN_DEFER_CHECK, 5000, -1, &error);
    if (store == NULL)
      g_error ("%s", error->message);
    koers_store_set_actor (store, "Bench");
    koers_bench_build_training (store, N_PARTICIPANTS, N_COURSES, N_WEEKS);
    forget_statistics (store);
  }
  if (g_rename (partial, path) != 0)
    g_error ("%s: %s", path, g_strerror (errno));
  printf ("%-36s %8.1f s, kept at %s\n", "build in all", since (start) / 1000.0, path);
}

/* The last full quarter before KOERS_TODAY, "2026-Q3". */
static char *
last_full_quarter (void)
{
  g_autoptr(GDate) today = koers_date_parse_iso (KOERS_BENCH_TODAY);
  int year = g_date_get_year (today);
  int quarter = (g_date_get_month (today) - 1) / 3;

  if (quarter == 0)
    {
      year--;
      quarter = 4;
    }
  return g_strdup_printf ("%d-Q%d", year, quarter);
}

typedef struct {
  double ms;
  double cpu_ms;
  double rss_mib;
  gint64 size;
} Figures;

static Figures
run_child (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  Figures f = { 0 };
  long rss = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s %s: %s", argv[0], argv[1], error->message);
  if (sscanf (out, "%lf %lf %ld %" G_GINT64_FORMAT, &f.ms, &f.cpu_ms, &rss, &f.size) != 4)
    g_error ("%s %s printed “%s”", argv[0], argv[1], out);
  f.rss_mib = rss / 1024.0;
  return f;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Runs of one kind: the median wall-clock and CPU times, the highest peak RSS. */
typedef struct {
  GArray *ms;
  GArray *cpu_ms;
  double  rss_mib;
  gint64  size;
} Runs;

static void
add_run (Runs          *runs,
         const Figures *f)
{
  g_array_append_val (runs->ms, f->ms);
  g_array_append_val (runs->cpu_ms, f->cpu_ms);
  runs->rss_mib = MAX (runs->rss_mib, f->rss_mib);
  runs->size = f->size;
}

static void
print_runs (const char *what,
            Runs       *runs)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < runs->ms->len; i++)
    g_string_append_printf (all, "%s%.0f", i ? " / " : "", g_array_index (runs->ms, double, i));
  printf ("%-36s median %6.1f ms (%s), CPU %6.1f ms, peak RSS %5.1f MiB\n", what,
          median (runs->ms), all->str, median (runs->cpu_ms), runs->rss_mib);
}

/* Where the export's time goes, in this process and in one thread, on one connection:
 * opening read-only; reading the participants and assessments (the export's first thread);
 * reading the phase history (its second thread, meanwhile); counting the Summary, Phases
 * and Returns figures (the first; the departures for the returns by partner are read by
 * the second meanwhile, and counted here with them); counting the Training and Handover figures (the second,
 * while the first writes the workbook); and the participants' rows from what was read,
 * without writing them. */
static gboolean
count_person (const KoersSummaryPerson *person,
              gpointer                  data,
              GError                  **error)
{
  (*(guint *) data)++;
  return TRUE;
}

static void
time_parts (const char *database,
            const char *from,
            const char *until,
            guint       runs)
{
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) phases_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) count_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) finish_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) people_ms = g_array_new (FALSE, FALSE, sizeof (double));
  KoersSummaryTargets targets;
  KoersAttendancePoints points;
  KoersSummaryOptions options;
  guint n_people = 0;

  init_export (&targets, &points, &options);
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KoersStore) store = NULL;
      g_autoptr(KoersSummary) summary = NULL;
      g_autoptr(KoersSummaryPeople) people = NULL;
      g_autoptr(KoersSummaryPhases) phases = NULL;
      g_autoptr(KoersSummaryDepartures) departures = NULL;
      gint64 start = g_get_monotonic_time ();
      double elapsed;

#define LAP(array) \
      G_STMT_START { \
        elapsed = since (start); \
        g_array_append_val (array, elapsed); \
        start = g_get_monotonic_time (); \
      } G_STMT_END
      store = koers_store_open_full (database,
                                     KOERS_STORE_OPEN_READ_ONLY | KOERS_STORE_OPEN_DEFER_CHECK,
                                     5000, -1, &error);
      if (store == NULL)
        g_error ("%s", error->message);
      LAP (open_ms);
      summary = koers_store_summary_begin (store, from, until, &targets, &error);
      if (summary == NULL
          || (people = koers_store_summary_read_people (store, summary, FALSE, &error)) == NULL)
        g_error ("%s", error->message);
      LAP (read_ms);
      if ((phases = koers_store_summary_read_phases (store, &error)) == NULL)
        g_error ("%s", error->message);
      LAP (phases_ms);
      if (!koers_store_summary_count_people (store, summary, people, phases, FALSE, &error)
          || (departures = koers_store_summary_read_departures (store, &error)) == NULL)
        g_error ("%s", error->message);
      koers_summary_count_partners (summary, people, departures);
      LAP (count_ms);
      if (!koers_store_summary_finish (store, summary, &points, &error))
        g_error ("%s", error->message);
      LAP (finish_ms);
      n_people = 0;
      if (!koers_summary_people_foreach (people, count_person, &n_people, &error))
        g_error ("%s", error->message);
      LAP (people_ms);
#undef LAP
    }
  printf ("%-36s median %6.1f ms\n", "  of which opening read-only", median (open_ms));
  printf ("%-36s median %6.1f ms\n", "  reading the participants", median (read_ms));
  printf ("%-36s median %6.1f ms\n", "  reading the phase history", median (phases_ms));
  printf ("%-36s median %6.1f ms\n", "  counting Summary, Phases, Returns", median (count_ms));
  printf ("%-36s median %6.1f ms\n", "  counting Training, Handover", median (finish_ms));
  printf ("%-36s median %6.1f ms (%u people)\n", "  the participants' rows, unwritten",
          median (people_ms), n_people);
}

int
main (int   argc,
      char *argv[])
{
  guint runs = 5;
  g_autofree char *database = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *cells_path = NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *bare_path = NULL;
  g_autofree char *period = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) export_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (double));
  Runs export = { export_ms, export_cpu, 0, 0 };
  Runs bare = { bare_ms, bare_cpu, 0, 0 };
  Figures idle;
  guint n_kinds[4] = { 0 };
  double ratio, cpu_ratio;

  setlocale (LC_ALL, "");
  g_setenv ("KOERS_TODAY", KOERS_BENCH_TODAY, TRUE);

  if (argc == 6 && g_str_equal (argv[1], "--child-export"))
    return child_export (argv[2], argv[3], argv[4], argv[5]);
  if (argc == 4 && g_str_equal (argv[1], "--child-bare"))
    return child_bare (argv[2], argv[3]);
  if (argc == 2 && g_str_equal (argv[1], "--child-idle"))
    {
      /* What a process of this program takes before it does anything. */
      printf ("0 0 %ld 0\n", peak_rss_kib ());
      return 0;
    }

  if (argc > 1)
    runs = MAX (1, atoi (argv[1]));
  database = argc > 2 ? g_strdup (argv[2])
                      : g_build_filename (g_get_tmp_dir (), "koers-bench-summary.db", NULL);
  self = g_file_read_link ("/proc/self/exe", &error);
  if (self == NULL)
    g_error ("%s", error->message);
  dir = g_dir_make_tmp ("koers-bench-summary-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  cells_path = g_build_filename (dir, "cells", NULL);
  export_path = g_build_filename (dir, "export.xlsx", NULL);
  bare_path = g_build_filename (dir, "bare.xlsx", NULL);

  ensure_database (database);
  period = last_full_quarter ();
  if (!koers_summary_parse_period (period, &from, &until, &error))
    g_error ("%s", error->message);

  /* One export with the recording on: the cells of the bare write. */
  {
    KoersSummaryTargets targets;
    KoersAttendancePoints points;
    KoersSummaryOptions options;
    Recording r = { 0 };

    r.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
    r.texts = g_byte_array_new ();
    r.formats = g_array_new (FALSE, FALSE, sizeof (Format));
    r.format_ids = g_hash_table_new (NULL, NULL);
    init_export (&targets, &points, &options);
    recording = &r;
    if (!koers_summary_export (database, from, until, &targets, &points, &options,
                               export_path, &error))
      g_error ("%s", error->message);
    recording = NULL;
    save_recording (&r, cells_path);
    for (guint i = 0; i < r.cells->len; i++)
      n_kinds[g_array_index (r.cells, Cell, i).kind]++;
    printf ("\n%s (%s – %s): %u sheets, %u strings, %u numbers, %u dates\n", period, from,
            until, n_kinds[CELL_SHEET], n_kinds[CELL_STRING], n_kinds[CELL_NUMBER],
            n_kinds[CELL_DATETIME]);
    g_array_unref (r.cells);
    g_byte_array_unref (r.texts);
    g_array_unref (r.formats);
    g_hash_table_unref (r.format_ids);
    g_unlink (export_path);
  }

  /* Turn about, so that a busy moment of the machine hits both alike. */
  {
    const char *idle_argv[] = { self, "--child-idle", NULL };
    const char *export_argv[] = { self, "--child-export", database, from, until, export_path,
                                  NULL };
    const char *bare_argv[] = { self, "--child-bare", cells_path, bare_path, NULL };

    idle = run_child (idle_argv);
    for (guint i = 0; i < runs; i++)
      {
        Figures f = run_child (export_argv);

        add_run (&export, &f);
        f = run_child (bare_argv);
        add_run (&bare, &f);
      }
  }
  /* Each export beside the bare write right after it (before median() sorts them): a
   * machine whose speed changes between runs, such as a virtual machine sharing its cores,
   * shows in the spread. */
  for (guint i = 0; i < export_ms->len; i++)
    {
      double r = g_array_index (export_ms, double, i) / g_array_index (bare_ms, double, i);
      g_array_append_val (pairs, r);
    }
  print_runs ("export (koers_summary_export)", &export);
  time_parts (database, from, until, runs);
  print_runs ("bare libxlsxwriter write", &bare);
  printf ("%-36s %.0f KiB export, %.0f KiB bare\n", "workbook size", export.size / 1024.0,
          bare.size / 1024.0);
  printf ("%-36s %.1f MiB\n", "peak RSS of a process doing nothing", idle.rss_mib);

  ratio = median (export_ms) / median (bare_ms);
  cpu_ratio = median (export_cpu) / median (bare_cpu);
  printf ("\n%-36s %.2f× the bare write, %.2f× in CPU time (target ≤ %.1f×): %s\n",
          "export time", ratio, cpu_ratio, TARGET_RATIO,
          ratio <= TARGET_RATIO ? "met" : "NOT met");
  g_array_sort (pairs, compare_doubles);
  printf ("%-36s median %.2f×, from %.2f× to %.2f×\n", "  run by run", median (pairs),
          g_array_index (pairs, double, 0), g_array_index (pairs, double, pairs->len - 1));
  printf ("%-36s %.1f MiB (target < %.0f MB = %.1f MiB): %s\n", "export peak RSS",
          export.rss_mib, TARGET_RSS_MB, TARGET_RSS_MB * 1e6 / (1024 * 1024),
          export.rss_mib * 1024 * 1024 < TARGET_RSS_MB * 1e6 ? "met" : "NOT met");

  g_unlink (cells_path);
  g_rmdir (dir);
  return 0;
}
