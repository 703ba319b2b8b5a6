/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-view.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PARTICIPANTS_VIEW (koers_participants_view_get_type ())

G_DECLARE_FINAL_TYPE (KoersParticipantsView, koers_participants_view, KOERS, PARTICIPANTS_VIEW,
                      KoersView)

GtkWidget *koers_participants_view_new             (KoersSession          *session);
void       koers_participants_view_set_search_text (KoersParticipantsView *self,
                                                    const char            *text);
guint      koers_participants_view_get_n_shown     (KoersParticipantsView *self);
gboolean   koers_participants_view_add_participant (KoersParticipantsView  *self,
                                                    const char             *given_name,
                                                    const char             *family_name,
                                                    GError                **error);
void       koers_participants_view_open_participant (KoersParticipantsView *self,
                                                     gint64                 participant_id);

G_END_DECLS
