/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"
#include "koers-window.h"

G_BEGIN_DECLS

/* A Koers window on a temporary demo database, and ways to reach into it as a person
 * would; shared by the widget tests. */
typedef struct {
  char         *dir;
  KoersStore   *store;
  KoersSession *session;
  GSettings    *settings;
  KoersWindow  *window;
} Fixture;

typedef struct {
  Fixture *f;
  guint    n;
} RowCount;

void         window_test_init       (int        *argc,
                                     char     ***argv);
void         wait_until             (gboolean  (*condition) (gpointer),
                                     gpointer    data);
void         spin                   (void);
void         open_window            (Fixture    *f,
                                     guint       n_participants);
void         fixture_tear_down      (Fixture       *f,
                                     gconstpointer  data);
GtkWidget   *child                  (GtkWidget  *widget,
                                     GType       type,
                                     const char *name);
GtkWidget   *participants_view      (Fixture    *f);
GtkWidget   *view_child             (Fixture    *f,
                                     const char *name);
const char  *visible_page           (Fixture    *f);
const char  *count_text             (Fixture    *f);
GListModel  *shown_rows             (Fixture    *f);
gboolean     has_rows               (gpointer    data);
void         type_search            (Fixture    *f,
                                     const char *text);
GtkWidget   *dossier_child          (Fixture    *f,
                                     const char *name);
void         apply_row              (Fixture    *f,
                                     const char *row_name,
                                     const char *text);
void         apply_text             (GtkWidget  *row,
                                     const char *text);
gint64       select_new_participant (Fixture    *f);
GtkWidget   *find_button            (GtkWidget  *root,
                                     const char *label);

G_END_DECLS
