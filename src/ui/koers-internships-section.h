/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_INTERNSHIPS_SECTION (koers_internships_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersInternshipsSection, koers_internships_section, KOERS,
                      INTERNSHIPS_SECTION, GtkWidget)

void koers_internships_section_show (KoersInternshipsSection *self,
                                     KoersSession            *session,
                                     gint64                   participant_id);

G_END_DECLS
