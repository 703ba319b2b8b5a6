/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *koers_entries_dialog_new (GtkWindow  *parent,
                                     const char *heading,
                                     const char *body,
                                     const char *response,
                                     const char *response_label,
                                     const char *first_key,
                                     const char *first_label,
                                     const char *first_text,
                                     const char *second_key,
                                     const char *second_label,
                                     const char *second_text);

G_END_DECLS
