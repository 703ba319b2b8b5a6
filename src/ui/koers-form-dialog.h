/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget  *koers_form_dialog_new          (GtkWidget   *near,
                                            const char  *heading,
                                            const char  *body,
                                            const char  *problem,
                                            const char  *response,
                                            const char  *response_label);
GtkWidget  *koers_form_dialog_add_entry    (GtkWidget   *dialog,
                                            const char  *key,
                                            const char  *label,
                                            const char  *text);
GtkWidget  *koers_form_dialog_add_choice   (GtkWidget   *dialog,
                                            const char  *key,
                                            const char  *label,
                                            const char *const *items,
                                            guint        selected);
GtkWidget  *koers_form_dialog_add_check    (GtkWidget   *dialog,
                                            const char  *key,
                                            const char  *label,
                                            gboolean     active);
const char *koers_form_dialog_get_text     (GtkWidget   *dialog,
                                            const char  *key);
guint       koers_form_dialog_get_selected (GtkWidget   *dialog,
                                            const char  *key);
gboolean    koers_form_dialog_get_active   (GtkWidget   *dialog,
                                            const char  *key);
void        koers_form_dialog_set_shown    (GtkWidget   *dialog,
                                            const char  *key,
                                            gboolean     shown);

G_END_DECLS
