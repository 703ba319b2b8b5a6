/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_HISTORY_WINDOW (koers_history_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersHistoryWindow, koers_history_window, KOERS, HISTORY_WINDOW, AdwWindow)

GtkWidget *koers_history_window_new       (GtkWindow          *parent,
                                           KoersSession       *session,
                                           gint64              participant_id,
                                           const char         *name,
                                           const char         *code);
gboolean   koers_history_window_export_to (KoersHistoryWindow *self,
                                           const char         *path,
                                           GError            **error);

G_END_DECLS
