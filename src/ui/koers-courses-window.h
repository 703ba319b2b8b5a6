/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_COURSES_WINDOW (koers_courses_window_get_type ())

G_DECLARE_FINAL_TYPE (KoersCoursesWindow, koers_courses_window, KOERS, COURSES_WINDOW, AdwWindow)

GtkWidget *koers_courses_window_new    (GtkWindow          *parent,
                                        KoersSession       *session);
void       koers_courses_window_select (KoersCoursesWindow *self,
                                        gint64              course_id);

G_END_DECLS
