/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_BUSINESS_SECTION (koers_business_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersBusinessSection, koers_business_section, KOERS, BUSINESS_SECTION,
                      GtkWidget)

void       koers_business_section_show    (KoersBusinessSection *self,
                                           KoersSession         *session,
                                           gint64                participant_id);
GtkWidget *koers_business_section_get_row (KoersBusinessSection *self,
                                           KoersBusinessField    field);

G_END_DECLS
