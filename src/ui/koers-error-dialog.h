/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *koers_error_dialog_new (GtkWindow    *parent,
                                   const char   *heading,
                                   const GError *error);
void       koers_show_error       (GtkWidget    *widget,
                                   const char   *heading,
                                   const GError *error);

void       koers_show_file_error  (GtkWidget    *widget,
                                   const char   *heading,
                                   const GError *error);

G_END_DECLS
