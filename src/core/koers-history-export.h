/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean koers_history_export_xlsx (GListModel  *items,
                                    const char  *title,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
