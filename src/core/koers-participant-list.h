/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "koers-store.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PARTICIPANT_LIST (koers_participant_list_get_type ())

G_DECLARE_FINAL_TYPE (KoersParticipantList, koers_participant_list, KOERS, PARTICIPANT_LIST, GObject)

KoersParticipantList  *koers_participant_list_new                (KoersStore             *store);
KoersStore            *koers_participant_list_get_store          (KoersParticipantList   *self);
const char            *koers_participant_list_get_search         (KoersParticipantList   *self);
void                   koers_participant_list_set_search         (KoersParticipantList   *self,
                                                                  const char             *search);
KoersParticipantColumn koers_participant_list_get_sort_column    (KoersParticipantList   *self);
gboolean               koers_participant_list_get_sort_descending (KoersParticipantList  *self);
void                   koers_participant_list_set_sort           (KoersParticipantList   *self,
                                                                  KoersParticipantColumn  column,
                                                                  gboolean                descending);
const KoersParticipantFilter *koers_participant_list_get_filter (KoersParticipantList *self);
void                   koers_participant_list_set_filter         (KoersParticipantList   *self,
                                                                  const KoersParticipantFilter *filter);
gint64                 koers_participant_list_get_total          (KoersParticipantList   *self);
guint                  koers_participant_list_find                (KoersParticipantList   *self,
                                                                  gint64                  participant_id);
gboolean               koers_participant_list_reload             (KoersParticipantList   *self,
                                                                  GError                **error);

G_END_DECLS
