/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-view.h"

G_BEGIN_DECLS

#define KOERS_TYPE_SCORE_VIEW (koers_score_view_get_type ())

G_DECLARE_FINAL_TYPE (KoersScoreView, koers_score_view, KOERS, SCORE_VIEW, KoersView)

GtkWidget *koers_score_view_new         (KoersSession   *session);
gboolean   koers_score_view_import_file (KoersScoreView *self,
                                         GFile          *file);

G_END_DECLS
