/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_HANDOVER_SECTION (koers_handover_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersHandoverSection, koers_handover_section, KOERS, HANDOVER_SECTION,
                      GtkWidget)

void koers_handover_section_show (KoersHandoverSection *self,
                                  KoersSession         *session,
                                  gint64                participant_id);

G_END_DECLS
