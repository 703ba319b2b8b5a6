/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PARTNERS_WINDOW (koers_partners_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersPartnersWindow, koers_partners_window, KOERS, PARTNERS_WINDOW, AdwWindow)

GtkWidget *koers_partners_window_new    (GtkWindow           *parent,
                                         KoersSession        *session);
void       koers_partners_window_select (KoersPartnersWindow *self,
                                         gint64               partner_id);

G_END_DECLS
