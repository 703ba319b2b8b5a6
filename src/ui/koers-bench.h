/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-window.h"

G_BEGIN_DECLS

void koers_bench_attach (KoersWindow *window);

G_END_DECLS
