/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-view.h"

G_BEGIN_DECLS

#define KOERS_TYPE_TRAINING_VIEW (koers_training_view_get_type ())

G_DECLARE_FINAL_TYPE (KoersTrainingView, koers_training_view, KOERS, TRAINING_VIEW, KoersView)

GtkWidget  *koers_training_view_new        (KoersSession      *session);
const char *koers_training_view_get_monday (KoersTrainingView *self);

G_END_DECLS
