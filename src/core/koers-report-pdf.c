/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

#include "koers-report-private.h"

/* Lays a gathered report out on A4 pages with cairo and Pango and writes it as a PDF. The
 * pages are laid out twice: once to count them, so that every footer can say "Page 2 of
 * 5", then to draw. Nothing here touches the store, so it may run in a worker thread; it
 * uses a font map of its own for the same reason. The file appears under its name only
 * when it is complete. */

#define PAGE_WIDTH   595.28   /* A4 in points */
#define PAGE_HEIGHT  841.89
#define MARGIN_X     56.0
#define CONTENT      (PAGE_WIDTH - 2 * MARGIN_X)
#define BODY_TOP     96.0
#define BODY_BOTTOM  (PAGE_HEIGHT - 70.0)
#define FIELD_LABEL  150.0    /* the label column of a field */
#define COLUMN_GAP   8.0
#define NOTICE_PAD   8.0
#define FAMILIES     "Cantarell,Noto Sans,DejaVu Sans,Sans"

static const double ink[3] = { 0.10, 0.10, 0.10 };
static const double dim[3] = { 0.36, 0.36, 0.36 };
static const double accent[3] = { 0.09, 0.35, 0.42 };
static const double rule[3] = { 0.75, 0.75, 0.75 };
static const double paper[3] = { 0.95, 0.96, 0.96 };

typedef struct {
  const KoersReport *report;
  const char        *organisation;
  cairo_surface_t   *surface;
  cairo_t           *cr;
  PangoContext      *context;
  gboolean           draw;      /* FALSE while counting the pages */
  guint              page;      /* the current page, from 1 */
  guint              n_pages;   /* known when drawing */
  double             y;         /* where the next block goes */
} Pen;

/* A block made ready to place: its text laid out at its width. */
typedef struct {
  PangoLayout  *main;
  double        x_main;
  const double *color;
  PangoLayout  *side;     /* a field's label or an item's lead, beside the first line */
  double        before;   /* space above, unless at the top of a page */
  double        after;
  double        pad;      /* inside a box, above and below */
  double        height;   /* of the text and the box, without the space around */
  gboolean      box;
  gboolean      underline;
  gboolean      keep_with_next;
} Piece;

static PangoLayout *
new_layout (Pen        *pen,
            const char *style,
            double      width,
            const char *text,
            gboolean    markup)
{
  PangoLayout *layout = pango_layout_new (pen->context);
  g_autofree char *font = g_strdup_printf ("%s %s", FAMILIES, style);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  /* Names in Arabic script stay at the start of their column, as in the rest of the page;
   * within the line the text still runs right to left. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  if (layout == NULL)
    return 0;
  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

static void
make_piece (Pen                    *pen,
            const KoersReportBlock *block,
            Piece                  *piece)
{
  memset (piece, 0, sizeof *piece);
  piece->x_main = MARGIN_X;
  piece->color = ink;
  switch (block->kind)
    {
    case KOERS_REPORT_BLOCK_TITLE:
      {
        g_autofree char *markup =
          g_markup_printf_escaped ("<span weight='bold' foreground='#175a6b'>%s</span>\n",
                                   block->label ? block->label : "");
        g_autofree char *all = g_strconcat (markup, block->markup, NULL);

        piece->main = new_layout (pen, "11", CONTENT, all, TRUE);
        piece->after = 14;
      }
      break;
    case KOERS_REPORT_BLOCK_HEADING:
      piece->main = new_layout (pen, "Bold 12.5", CONTENT, block->markup, TRUE);
      piece->color = accent;
      piece->before = 14;
      piece->after = 7;
      piece->underline = TRUE;
      piece->keep_with_next = TRUE;
      break;
    case KOERS_REPORT_BLOCK_SUBHEADING:
      piece->main = new_layout (pen, "Bold 10.5", CONTENT, block->markup, TRUE);
      piece->before = 8;
      piece->after = 3;
      piece->keep_with_next = TRUE;
      break;
    case KOERS_REPORT_BLOCK_FIELD:
      piece->side = new_layout (pen, "10", FIELD_LABEL, block->label ? block->label : "", FALSE);
      piece->x_main = MARGIN_X + FIELD_LABEL + COLUMN_GAP;
      piece->main = new_layout (pen, "10", CONTENT - FIELD_LABEL - COLUMN_GAP, block->markup,
                                TRUE);
      piece->after = 3;
      break;
    case KOERS_REPORT_BLOCK_ITEM:
      /* A lead is a date or a mark: never wrapped, even where a font is wider. */
      piece->side = new_layout (pen, "10", block->lead, block->label ? block->label : "", FALSE);
      pango_layout_set_width (piece->side, -1);
      piece->x_main = MARGIN_X + block->lead + COLUMN_GAP;
      piece->main = new_layout (pen, "10", CONTENT - block->lead - COLUMN_GAP, block->markup,
                                TRUE);
      piece->after = 4;
      break;
    case KOERS_REPORT_BLOCK_NOTICE:
      piece->x_main = MARGIN_X + NOTICE_PAD + 3;
      piece->main = new_layout (pen, "9.5", CONTENT - 2 * NOTICE_PAD - 3, block->markup, TRUE);
      piece->color = dim;
      piece->box = TRUE;
      piece->pad = NOTICE_PAD;
      piece->before = 2;
      piece->after = 6;
      break;
    default:
      piece->main = new_layout (pen, "10", CONTENT, block->markup, TRUE);
      piece->after = 6;
      break;
    }
  piece->height = MAX (layout_height (piece->main), layout_height (piece->side))
                  + 2 * piece->pad;
}

static void
clear_piece (Piece *piece)
{
  g_clear_object (&piece->main);
  g_clear_object (&piece->side);
}

static void
set_color (cairo_t      *cr,
           const double *color)
{
  cairo_set_source_rgb (cr, color[0], color[1], color[2]);
}

static void
hline (cairo_t *cr,
       double   y)
{
  set_color (cr, rule);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_X, y);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN_X, y);
  cairo_stroke (cr);
}

static void
show (Pen          *pen,
      PangoLayout  *layout,
      double        x,
      double        y,
      const double *color)
{
  set_color (pen->cr, color);
  cairo_move_to (pen->cr, x, y);
  pango_cairo_show_layout (pen->cr, layout);
}

static void
begin_page (Pen *pen)
{
  g_autoptr(PangoLayout) organisation = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) who = NULL;
  g_autofree char *person = NULL;

  pen->page++;
  pen->y = BODY_TOP;
  if (!pen->draw)
    return;
  organisation = new_layout (pen, "Bold 9", CONTENT * 0.65, pen->organisation, FALSE);
  pango_layout_set_ellipsize (organisation, PANGO_ELLIPSIZE_END);
  title = new_layout (pen, "9", CONTENT, pen->report->title, FALSE);
  pango_layout_set_alignment (title, PANGO_ALIGN_RIGHT);
  person = g_strdup_printf ("%s · %s", pen->report->name, pen->report->code);
  who = new_layout (pen, "9", CONTENT, person, FALSE);
  pango_layout_set_ellipsize (who, PANGO_ELLIPSIZE_END);
  show (pen, organisation, MARGIN_X, 38, accent);
  show (pen, title, MARGIN_X, 38, dim);
  show (pen, who, MARGIN_X, 53, dim);
  hline (pen->cr, 72);
}

static void
end_page (Pen *pen)
{
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page = NULL;

  if (!pen->draw)
    return;
  /* Translators: in the footer of a report, "Page 2 of 5" */
  page = g_strdup_printf (_("Page %u of %u"), pen->page, pen->n_pages);
  footer = new_layout (pen, "8.5", CONTENT * 0.7, pen->report->footer, FALSE);
  number = new_layout (pen, "8.5", CONTENT, page, FALSE);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  hline (pen->cr, BODY_BOTTOM + 18);
  show (pen, footer, MARGIN_X, BODY_BOTTOM + 24, dim);
  show (pen, number, MARGIN_X, BODY_BOTTOM + 24, dim);
  cairo_show_page (pen->cr);
}

static void
next_page (Pen *pen)
{
  end_page (pen);
  begin_page (pen);
}

/* Draws @piece at the pen, line by line, so that a block longer than a page goes on on the
 * next one. The side text goes with the first line. */
static void
place_lines (Pen   *pen,
             Piece *piece)
{
  PangoLayoutIter *iter = pango_layout_get_iter (piece->main);
  double origin = pen->y;   /* where the top of the layout is, on this page */
  gboolean first = TRUE;

  do
    {
      PangoRectangle logical;
      double top, height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      height = pango_units_to_double (logical.height);
      if (origin + top + height > BODY_BOTTOM && origin + top > BODY_TOP)
        {
          next_page (pen);
          origin = pen->y - top;
        }
      if (pen->draw)
        {
          if (first && piece->side != NULL)
            show (pen, piece->side, MARGIN_X, origin + top, dim);
          set_color (pen->cr, piece->color);
          cairo_move_to (pen->cr, piece->x_main + pango_units_to_double (logical.x),
                         origin + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (pen->cr, pango_layout_iter_get_line_readonly (iter));
        }
      pen->y = origin + top + height;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  /* A label that wraps further than its value. */
  if (piece->side != NULL)
    pen->y = MAX (pen->y, origin + layout_height (piece->side));
}

static void
add_outline (Pen   *pen,
             Piece *piece)
{
  g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", pen->page, (int) MARGIN_X,
                                           (int) pen->y);

  cairo_pdf_surface_add_outline (pen->surface, CAIRO_PDF_OUTLINE_ROOT,
                                 pango_layout_get_text (piece->main), link, 0);
}

static void
place (Pen   *pen,
       Piece *piece)
{
  if (piece->box && pen->draw)
    {
      cairo_rectangle (pen->cr, MARGIN_X, pen->y, CONTENT, piece->height);
      set_color (pen->cr, paper);
      cairo_fill (pen->cr);
      cairo_rectangle (pen->cr, MARGIN_X, pen->y, 3, piece->height);
      set_color (pen->cr, accent);
      cairo_fill (pen->cr);
    }
  if (piece->underline && pen->draw)
    add_outline (pen, piece);
  pen->y += piece->pad;
  place_lines (pen, piece);
  pen->y += piece->pad;
  if (piece->underline && pen->draw)
    hline (pen->cr, pen->y + 2);
}

static void
lay_out (Pen *pen)
{
  GPtrArray *blocks = pen->report->blocks;

  pen->page = 0;
  begin_page (pen);
  for (guint i = 0; i < blocks->len; i++)
    {
      Piece piece;
      gboolean at_top = pen->y <= BODY_TOP;
      double need;

      make_piece (pen, g_ptr_array_index (blocks, i), &piece);
      need = (at_top ? 0 : piece.before) + piece.height;
      /* A heading is not left alone at the foot of a page: it needs the start of what
       * follows it under it. */
      if (piece.keep_with_next && i + 1 < blocks->len)
        {
          Piece next;

          make_piece (pen, g_ptr_array_index (blocks, i + 1), &next);
          need += next.before + MIN (next.height, 40);
          clear_piece (&next);
        }
      /* A block that fits on a page is not broken over two. */
      if (!at_top && pen->y + need > BODY_BOTTOM
          && piece.height <= BODY_BOTTOM - BODY_TOP)
        {
          next_page (pen);
          at_top = TRUE;
        }
      if (!at_top)
        pen->y += piece.before;
      place (pen, &piece);
      pen->y += piece.after;
      clear_piece (&piece);
    }
  end_page (pen);
}

/* ---- the file ------------------------------------------------------------------------ */

typedef struct {
  int fd;
  int error;   /* the errno of the first failed write */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      gssize n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          if (sink->error == 0)
            sink->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* Says what went wrong with the file in words, and what to do. */
static void
set_file_error (GError     **error,
                int          code,
                const char  *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *folder_shown = g_filename_display_name (folder);
  g_autofree char *name_shown = g_filename_display_basename (path);

  switch (code)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code),
                   _("Koers may not write in the folder “%s”. Save the report in a folder "
                     "of your own, such as Documents."), folder_shown);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code),
                   _("The folder “%s” is not there. Connect its disk or network share, or "
                     "choose another folder."), folder_shown);
      break;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("There is no room left on the disk for “%s”. Free some space, or save "
                     "the report on another disk."), name_shown);
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code),
                   _("The report could not be written to “%s”: %s. Try again, or choose "
                     "another folder."), name_shown, g_strerror (code));
      break;
    }
}

static void
set_metadata (cairo_surface_t   *surface,
              const KoersReport *report,
              const char        *organisation)
{
  g_autofree char *title = g_strdup_printf ("%s — %s (%s)", report->title, report->name,
                                            report->code);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Koers");
}

/* Both passes on one surface, so that the counted pages are the drawn ones. */
static guint
render (const KoersReport *report,
        const char        *organisation,
        Sink              *sink,
        cairo_status_t    *status)
{
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  Pen pen = { report, organisation, NULL, NULL, NULL, FALSE, 0, 0, 0 };

  pen.surface = cairo_pdf_surface_create_for_stream (write_cb, sink, PAGE_WIDTH, PAGE_HEIGHT);
  set_metadata (pen.surface, report, organisation);
  pen.cr = cairo_create (pen.surface);
  pen.context = pango_font_map_create_context (font_map);
  /* The page reads left to right; a name in Arabic script does not turn a line around. */
  pango_context_set_base_dir (pen.context, PANGO_DIRECTION_LTR);
  pango_cairo_update_context (pen.cr, pen.context);

  lay_out (&pen);
  pen.n_pages = pen.page;
  pen.draw = TRUE;
  lay_out (&pen);

  cairo_destroy (pen.cr);
  cairo_surface_finish (pen.surface);
  *status = cairo_surface_status (pen.surface);
  cairo_surface_destroy (pen.surface);
  g_object_unref (pen.context);
  g_object_unref (font_map);
  return pen.n_pages;
}

/**
 * koers_report_render_pdf:
 * @report: a report from koers_report_gather()
 * @organisation: the organisation's name, in the header of every page
 * @path: the file to write
 * @n_pages: (out) (optional): the number of pages written
 * @error: return location for an error
 *
 * Writes @report as an A4 PDF. It is written to a new file next to @path first, which then
 * takes the place of @path: a failure never leaves half a report, nor harms a report
 * already there. Safe to call from another thread than the store's.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_report_render_pdf (KoersReport  *report,
                         const char   *organisation,
                         const char   *path,
                         guint        *n_pages,
                         GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  guint pages;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (temp, O_WRONLY, 0666);
  if (sink.fd < 0)
    {
      set_file_error (error, errno, path);
      return FALSE;
    }

  pages = render (report, organisation ? organisation : "", &sink, &status);

  if (status == CAIRO_STATUS_SUCCESS && sink.error == 0 && fsync (sink.fd) != 0)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0)
    sink.error = errno;
  if (status == CAIRO_STATUS_SUCCESS && sink.error == 0 && g_rename (temp, path) != 0)
    sink.error = errno;
  if (status != CAIRO_STATUS_SUCCESS || sink.error != 0)
    {
      g_unlink (temp);
      if (sink.error != 0)
        set_file_error (error, sink.error, path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("The report could not be made: %s."), cairo_status_to_string (status));
      return FALSE;
    }
  if (n_pages != NULL)
    *n_pages = pages;
  return TRUE;
}
