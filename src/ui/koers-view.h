/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_VIEW (koers_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (KoersView, koers_view, KOERS, VIEW, GtkWidget)

struct _KoersViewClass
{
  GtkWidgetClass parent_class;
};

KoersSession *koers_view_get_session   (KoersView    *self);
void          koers_view_set_session   (KoersView    *self,
                                        KoersSession *session);
const char   *koers_view_get_title     (KoersView    *self);
const char   *koers_view_get_icon_name (KoersView    *self);

G_END_DECLS
