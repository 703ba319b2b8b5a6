/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

gboolean koers_demo_generate (KoersStore  *store,
                              guint        n_participants,
                              guint32      seed,
                              GError     **error);

G_END_DECLS
