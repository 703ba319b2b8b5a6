/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-training-view.h"

G_BEGIN_DECLS

/* Shared by koers-training-view.c (the week) and koers-training-view-sheet.c (the
 * attendance sheet). */

struct _KoersTrainingView
{
  KoersView             parent_instance;

  AdwLeaflet           *leaflet;
  GtkWidget            *week_pane;
  GtkLabel             *week_label;
  GtkLabel             *week_dates_label;
  GtkStack             *week_stack;
  GtkBox               *week_box;
  GtkStack             *sheet_stack;
  GtkWidget            *back_button;
  GtkLabel             *sheet_title;
  GtkLabel             *sheet_subtitle;
  GtkRevealer          *cancelled_revealer;
  GtkLabel             *cancelled_label;
  GtkLabel             *sheet_count_label;
  GtkWidget            *add_button;
  GtkPopover           *add_popover;
  GtkEditable          *add_search;
  GtkListBox           *add_list;
  GtkListBox           *sheet_list;

  KoersStore           *store;
  char                 *monday;     /* the week shown, "YYYY-MM-DD" */
  GListModel           *week;       /* its sessions */
  KoersTrainingSession *shown;      /* the session of the sheet, or NULL */
  guint                 reload_source;
  gboolean              stale;      /* the store changed while the view was hidden */
  gboolean              syncing;    /* toggles are being set from the store */
};

void        koers_training_view_reload           (KoersTrainingView     *self);
void        koers_training_view_load_sheet       (KoersTrainingView     *self);
void        koers_training_view_class_init_sheet (GtkWidgetClass        *widget_class);
void        koers_training_view_init_sheet       (KoersTrainingView     *self);

char       *koers_training_format_day            (const char            *iso);
char       *koers_training_format_times          (KoersTrainingSession  *session);
void        koers_training_append_part           (GString               *out,
                                                  const char            *part);
void        koers_training_add_key               (GtkShortcutController *controller,
                                                  guint                  keyval,
                                                  GdkModifierType        modifiers,
                                                  const char            *action,
                                                  GVariant              *target);

G_END_DECLS
