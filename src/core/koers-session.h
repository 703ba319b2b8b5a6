/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_SESSION (koers_session_get_type ())

G_DECLARE_FINAL_TYPE (KoersSession, koers_session, KOERS, SESSION, GObject)

KoersSession *koers_session_new          (KoersStore   *store,
                                          GSettings    *settings);
KoersStore   *koers_session_get_store    (KoersSession *self);
GSettings    *koers_session_get_settings (KoersSession *self);

char         *koers_session_dup_backup_folder (KoersSession *self);
void          koers_attendance_points_from_settings (GSettings             *settings,
                                                     KoersAttendancePoints *points);

G_END_DECLS
