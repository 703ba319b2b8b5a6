/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_WINDOW (koers_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersWindow, koers_window, KOERS, WINDOW, AdwApplicationWindow)

KoersWindow  *koers_window_new             (GtkApplication *application,
                                            KoersSession   *session);
KoersSession *koers_window_get_session     (KoersWindow    *self);
void          koers_window_set_session     (KoersWindow    *self,
                                            KoersSession   *session);
GtkWidget    *koers_window_show_open_error (KoersWindow    *self,
                                            const char     *path,
                                            const GError   *error);
void          koers_window_add_toast       (KoersWindow    *self,
                                            AdwToast       *toast);
void          koers_window_set_read_only_banner (KoersWindow *self,
                                                 const char  *text);
void          koers_window_add_open_toast  (KoersWindow    *self,
                                           const char     *title,
                                           const char     *path);
AdwToast     *koers_window_new_undo_toast  (KoersStore     *store,
                                           const char     *title);
gboolean      koers_window_save_copy       (KoersWindow    *self,
                                           const char     *path,
                                           GError        **error);
GtkWidget    *koers_window_get_view        (KoersWindow    *self,
                                            const char     *name);

G_END_DECLS
