/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/* koers-demo-handover.c: partners, and the end of a demo participant's trajectory. */
gboolean koers_demo_add_partners (KoersStore  *store,
                                  GArray      *partner_ids,
                                  GError     **error);
gboolean koers_demo_add_handover (GRand       *rand,
                                  KoersStore  *store,
                                  GArray      *partner_ids,
                                  gint64       participant_id,
                                  const char  *from,
                                  const char  *departure,
                                  gboolean     vulnerable,
                                  GError     **error);

G_END_DECLS
