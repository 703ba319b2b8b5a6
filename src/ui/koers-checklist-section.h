/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CHECKLIST_SECTION (koers_checklist_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersChecklistSection, koers_checklist_section, KOERS, CHECKLIST_SECTION,
                      GtkWidget)

void koers_checklist_section_show (KoersChecklistSection *self,
                                   KoersSession          *session,
                                   gint64                 participant_id);

G_END_DECLS
