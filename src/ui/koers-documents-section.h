/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_DOCUMENTS_SECTION (koers_documents_section_get_type ())

G_DECLARE_FINAL_TYPE (KoersDocumentsSection, koers_documents_section, KOERS, DOCUMENTS_SECTION,
                      GtkWidget)

void       koers_documents_section_show    (KoersDocumentsSection *self,
                                            KoersSession          *session,
                                            gint64                 participant_id);
GtkWidget *koers_documents_section_get_row (KoersDocumentsSection *self,
                                            KoersDocumentKind      kind,
                                            const char            *part);

G_END_DECLS
