/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ASSESSMENT_SECTION (koers_assessment_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersAssessmentSection, koers_assessment_section, KOERS,
                      ASSESSMENT_SECTION, GtkWidget)

void koers_assessment_section_show (KoersAssessmentSection *self,
                                    KoersSession           *session,
                                    KoersParticipant       *participant);

G_END_DECLS
