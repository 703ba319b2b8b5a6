/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_RESTORE_WINDOW (koers_restore_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersRestoreWindow, koers_restore_window, KOERS, RESTORE_WINDOW, AdwWindow)

GtkWidget *koers_restore_window_new       (GtkWindow          *parent,
                                           KoersSession       *session);
gboolean   koers_restore_window_is_loaded (KoersRestoreWindow *self);

G_END_DECLS
