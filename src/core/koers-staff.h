/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_TYPE_STAFF (koers_staff_get_type ())

G_DECLARE_FINAL_TYPE (KoersStaff, koers_staff, KOERS, STAFF, GObject)

KoersStaff     *koers_staff_new      (gint64          id,
                                      const char     *name,
                                      KoersStaffRole  role);
gint64          koers_staff_get_id   (KoersStaff     *self);
const char     *koers_staff_get_name (KoersStaff     *self);
KoersStaffRole  koers_staff_get_role (KoersStaff     *self);

G_END_DECLS
