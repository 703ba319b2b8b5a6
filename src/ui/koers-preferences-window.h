/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PREFERENCES_WINDOW (koers_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersPreferencesWindow, koers_preferences_window, KOERS,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *koers_preferences_window_new (GtkWindow    *parent,
                                         KoersSession *session);

G_END_DECLS
