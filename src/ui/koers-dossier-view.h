/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_DOSSIER_VIEW (koers_dossier_view_get_type ())

G_DECLARE_FINAL_TYPE (KoersDossierView, koers_dossier_view, KOERS, DOSSIER_VIEW, GtkWidget)

KoersSession *koers_dossier_view_get_session        (KoersDossierView *self);
void          koers_dossier_view_set_session        (KoersDossierView *self,
                                                     KoersSession     *session);
gint64        koers_dossier_view_get_participant_id (KoersDossierView *self);
void          koers_dossier_view_set_participant_id (KoersDossierView *self,
                                                     gint64            participant_id);
void          koers_dossier_view_set_show_back      (KoersDossierView *self,
                                                     gboolean          show_back);
void          koers_dossier_view_set_report_path    (KoersDossierView *self,
                                                     const char       *path);
gboolean      koers_dossier_view_is_reporting       (KoersDossierView *self);

G_END_DECLS
