/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-view.h"

G_BEGIN_DECLS

#define KOERS_TYPE_REPORTS_VIEW (koers_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (KoersReportsView, koers_reports_view, KOERS, REPORTS_VIEW, KoersView)

GtkWidget *koers_reports_view_new             (KoersSession     *session);
void       koers_reports_view_set_export_path (KoersReportsView *self,
                                               const char       *path);

G_END_DECLS
