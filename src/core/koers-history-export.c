/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "koers-history-export.h"
#include "koers-history-item.h"

/* A dossier's audit trail as a workbook, for a data-protection request: every line with
 * when, who, where, what and the values before and after. Text is always written as text,
 * so a value such as "=HYPERLINK(…)" can never become a formula. */

static const char *
action_label (KoersHistoryAction action)
{
  switch (action)
    {
    case KOERS_HISTORY_ADDED:
      return C_("history", "Added");
    case KOERS_HISTORY_REMOVED:
      return C_("history", "Removed");
    case KOERS_HISTORY_ERASED:
      return C_("history", "Erased");
    case KOERS_HISTORY_CHANGED:
    default:
      return C_("history", "Changed");
    }
}

static void
write_text (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text)
{
  if (text != NULL && *text != '\0')
    worksheet_write_string (sheet, row, col, text, NULL);
}

/**
 * koers_history_export_xlsx:
 * @items: a list of #KoersHistoryItem, as koers_store_list_history() gives
 * @title: the first line of the sheet, naming the dossier
 * @path: the workbook to write; replaced only when the new one is complete
 * @error: return location for a %G_IO_ERROR
 *
 * Writes the history to an Excel workbook under a temporary name next to @path and renames
 * it when it is complete, so a failure never leaves half a file.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_history_export_xlsx (GListModel  *items,
                           const char  *title,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *name = g_filename_display_basename (path);
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_doc_properties properties = { 0 };
  lxw_workbook *book;
  lxw_worksheet *sheet;
  lxw_format *bold, *heading, *when;
  lxw_error rc;
  guint n = g_list_model_get_n_items (items);
  const char *headers[] = {
    _("When"), _("Staff member"), _("Workstation"), _("Record"), _("What"), _("Field"),
    _("Before"), _("After"), _("Undo"),
  };
  const double widths[] = { 17, 22, 16, 16, 11, 22, 40, 40, 8 };

  /* libxlsxwriter only says "error creating the file": find the reason first. */
  {
    g_autofree char *folder = g_path_get_dirname (path);
    if (g_access (folder, W_OK) != 0)
      {
        int saved_errno = errno;
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     _("Koers could not write “%s” (%s)."), name, g_strerror (saved_errno));
        return FALSE;
      }
  }

  book = workbook_new_opt (partial, &options);
  if (book == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Koers could not write “%s” (%s)."), name, g_strerror (saved_errno));
      return FALSE;
    }
  properties.title = (char *) title;
  properties.comments = (char *) _("Audit trail exported from Koers");
  workbook_set_properties (book, &properties);

  sheet = workbook_add_worksheet (book, _("History"));
  bold = workbook_add_format (book);
  format_set_bold (bold);
  heading = workbook_add_format (book);
  format_set_bold (heading);
  format_set_font_size (heading, 14);
  when = workbook_add_format (book);
  format_set_num_format (when, "dd-mm-yyyy hh:mm");

  worksheet_write_string (sheet, 0, 0, title, heading);
  for (lxw_col_t c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      worksheet_set_column (sheet, c, c, widths[c], NULL);
      worksheet_write_string (sheet, 2, c, headers[c], bold);
    }
  worksheet_freeze_panes (sheet, 3, 0);
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KoersHistoryItem) item = g_list_model_get_item (items, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (koers_history_item_get_at (item),
                                                               NULL);
      lxw_row_t row = 3 + i;

      if (utc != NULL)
        {
          g_autoptr(GDateTime) local = g_date_time_to_local (utc);
          lxw_datetime datetime = {
            g_date_time_get_year (local), g_date_time_get_month (local),
            g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
            g_date_time_get_minute (local), g_date_time_get_second (local),
          };
          worksheet_write_datetime (sheet, row, 0, &datetime, when);
        }
      write_text (sheet, row, 1, koers_history_item_get_actor (item));
      write_text (sheet, row, 2, koers_history_item_get_host (item));
      write_text (sheet, row, 3, koers_history_item_get_record (item));
      write_text (sheet, row, 4, action_label (koers_history_item_get_action (item)));
      write_text (sheet, row, 5, koers_history_item_get_field (item));
      write_text (sheet, row, 6, koers_history_item_get_old_value (item));
      write_text (sheet, row, 7, koers_history_item_get_new_value (item));
      if (koers_history_item_get_is_undo (item))
        write_text (sheet, row, 8, _("Yes"));
    }
  if (n > 0)
    worksheet_autofilter (sheet, 2, 0, 2 + n, G_N_ELEMENTS (headers) - 1);

  rc = workbook_close (book);
  if (rc != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Koers could not write “%s” (%s)."), name, lxw_strerror (rc));
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Koers could not write “%s” (%s)."), name, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}
