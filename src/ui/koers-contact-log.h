/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "koers-session.h"

G_BEGIN_DECLS

#define KOERS_TYPE_CONTACT_LOG (koers_contact_log_get_type ())

G_DECLARE_FINAL_TYPE (KoersContactLog, koers_contact_log, KOERS, CONTACT_LOG, GtkWidget)

void koers_contact_log_show (KoersContactLog *self,
                             KoersSession    *session,
                             gint64           participant_id);

G_END_DECLS
