/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ASSESSMENT_WINDOW (koers_assessment_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersAssessmentWindow, koers_assessment_window, KOERS, ASSESSMENT_WINDOW,
                      AdwWindow)

GtkWidget *koers_assessment_window_new      (GtkWindow             *parent,
                                             KoersSession          *session,
                                             gint64                 assessment_id,
                                             const char            *name);
void       koers_assessment_window_rate     (KoersAssessmentWindow *self,
                                             guint                  domain,
                                             int                    rating);
void       koers_assessment_window_set_flag (KoersAssessmentWindow *self,
                                             guint                  flag,
                                             gboolean               active);

G_END_DECLS
