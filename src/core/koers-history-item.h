/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KoersHistoryAction:
 * @KOERS_HISTORY_ADDED: a record was added
 * @KOERS_HISTORY_CHANGED: one field of a record was changed
 * @KOERS_HISTORY_REMOVED: a record was removed
 * @KOERS_HISTORY_ERASED: the dossier's personal data was erased
 *
 * What one line of the audit trail records.
 */
typedef enum {
  KOERS_HISTORY_ADDED,
  KOERS_HISTORY_CHANGED,
  KOERS_HISTORY_REMOVED,
  KOERS_HISTORY_ERASED,
} KoersHistoryAction;

#define KOERS_TYPE_HISTORY_ITEM (koers_history_item_get_type ())

G_DECLARE_FINAL_TYPE (KoersHistoryItem, koers_history_item, KOERS, HISTORY_ITEM, GObject)

KoersHistoryItem   *koers_history_item_new          (gint64              change_id,
                                                     const char         *at,
                                                     const char         *actor,
                                                     const char         *host,
                                                     gboolean            is_undo,
                                                     KoersHistoryAction  action,
                                                     const char         *record,
                                                     const char         *field,
                                                     const char         *old_value,
                                                     const char         *new_value);
gint64              koers_history_item_get_change_id (KoersHistoryItem *self);
const char         *koers_history_item_get_at        (KoersHistoryItem *self);
const char         *koers_history_item_get_actor     (KoersHistoryItem *self);
const char         *koers_history_item_get_host      (KoersHistoryItem *self);
gboolean            koers_history_item_get_is_undo   (KoersHistoryItem *self);
KoersHistoryAction  koers_history_item_get_action    (KoersHistoryItem *self);
const char         *koers_history_item_get_record    (KoersHistoryItem *self);
const char         *koers_history_item_get_field     (KoersHistoryItem *self);
const char         *koers_history_item_get_old_value (KoersHistoryItem *self);
const char         *koers_history_item_get_new_value (KoersHistoryItem *self);
char               *koers_history_item_describe      (KoersHistoryItem *self);

G_END_DECLS
