/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-history-item.h"

/* One line of a dossier's audit trail, with its values already written as a person reads
 * them (labels, dates, names): an immutable snapshot made by the store. */

struct _KoersHistoryItem
{
  GObject             parent_instance;

  gint64              change_id;
  char               *at;
  char               *actor;
  char               *host;
  gboolean            is_undo;
  KoersHistoryAction  action;
  char               *record;
  char               *field;
  char               *old_value;
  char               *new_value;
};

G_DEFINE_FINAL_TYPE (KoersHistoryItem, koers_history_item, G_TYPE_OBJECT)

static void
koers_history_item_finalize (GObject *object)
{
  KoersHistoryItem *self = KOERS_HISTORY_ITEM (object);

  g_free (self->at);
  g_free (self->actor);
  g_free (self->host);
  g_free (self->record);
  g_free (self->field);
  g_free (self->old_value);
  g_free (self->new_value);

  G_OBJECT_CLASS (koers_history_item_parent_class)->finalize (object);
}

static void
koers_history_item_class_init (KoersHistoryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_history_item_finalize;
}

static void
koers_history_item_init (KoersHistoryItem *self)
{
}

/**
 * koers_history_item_new:
 * @change_id: the change this line belongs to; lines of one change share it
 * @at: when, as a UTC timestamp "YYYY-MM-DDTHH:MM:SSZ"
 * @actor: who made the change
 * @host: on which workstation
 * @is_undo: whether the change undid (or redid) an earlier one
 * @action: added, changed, removed or erased
 * @record: what kind of record, as a label ("Obstacle")
 * @field: (nullable): the field that changed, as a label; %NULL for a whole record
 * @old_value: (nullable): the value before, as shown to a person
 * @new_value: (nullable): the value after, as shown to a person
 *
 * Returns: (transfer full): a history line.
 */
KoersHistoryItem *
koers_history_item_new (gint64              change_id,
                        const char         *at,
                        const char         *actor,
                        const char         *host,
                        gboolean            is_undo,
                        KoersHistoryAction  action,
                        const char         *record,
                        const char         *field,
                        const char         *old_value,
                        const char         *new_value)
{
  KoersHistoryItem *self = g_object_new (KOERS_TYPE_HISTORY_ITEM, NULL);

  self->change_id = change_id;
  self->at = g_strdup (at);
  self->actor = g_strdup (actor);
  self->host = g_strdup (host);
  self->is_undo = is_undo;
  self->action = action;
  self->record = g_strdup (record);
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);
  return self;
}

gint64
koers_history_item_get_change_id (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), 0);
  return self->change_id;
}

const char *
koers_history_item_get_at (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->at;
}

const char *
koers_history_item_get_actor (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->actor;
}

const char *
koers_history_item_get_host (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->host;
}

gboolean
koers_history_item_get_is_undo (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), FALSE);
  return self->is_undo;
}

KoersHistoryAction
koers_history_item_get_action (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), KOERS_HISTORY_CHANGED);
  return self->action;
}

const char *
koers_history_item_get_record (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->record;
}

const char *
koers_history_item_get_field (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->field;
}

const char *
koers_history_item_get_old_value (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->old_value;
}

const char *
koers_history_item_get_new_value (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);
  return self->new_value;
}

/**
 * koers_history_item_describe:
 * @self: a history line
 *
 * Returns: (transfer full): what happened in a few words: “Phone changed”, “Obstacle
 *   added”, “Note removed”, “Dossier erased”.
 */
char *
koers_history_item_describe (KoersHistoryItem *self)
{
  g_return_val_if_fail (KOERS_IS_HISTORY_ITEM (self), NULL);

  switch (self->action)
    {
    case KOERS_HISTORY_ADDED:
      /* Translators: %s is a kind of record, "Obstacle" */
      return g_strdup_printf (_("%s added"), self->record);
    case KOERS_HISTORY_REMOVED:
      /* Translators: %s is a kind of record, "Obstacle" */
      return g_strdup_printf (_("%s removed"), self->record);
    case KOERS_HISTORY_ERASED:
      return g_strdup (_("Dossier erased"));
    case KOERS_HISTORY_CHANGED:
    default:
      /* Translators: %s is a field, "Phone" */
      return g_strdup_printf (_("%s changed"), self->field ? self->field : self->record);
    }
}
