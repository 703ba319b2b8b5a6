/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_TYPE_PARTICIPANT (koers_participant_get_type ())

G_DECLARE_FINAL_TYPE (KoersParticipant, koers_participant, KOERS, PARTICIPANT, GObject)

KoersParticipant *koers_participant_new                   (void);

gint64            koers_participant_get_id                (KoersParticipant *self);
const char       *koers_participant_get_code              (KoersParticipant *self);
const char       *koers_participant_get_given_name        (KoersParticipant *self);
const char       *koers_participant_get_family_name       (KoersParticipant *self);
const char       *koers_participant_get_alias             (KoersParticipant *self);
char             *koers_participant_dup_display_name      (KoersParticipant *self);
KoersSex          koers_participant_get_sex               (KoersParticipant *self);
const char       *koers_participant_get_birth_date        (KoersParticipant *self);
const char       *koers_participant_get_country           (KoersParticipant *self);
const char       *koers_participant_get_nationality       (KoersParticipant *self);
const char       *koers_participant_get_languages         (KoersParticipant *self);
const char       *koers_participant_get_phone             (KoersParticipant *self);
KoersSituation    koers_participant_get_situation         (KoersParticipant *self);
const char       *koers_participant_get_referrer          (KoersParticipant *self);
KoersTargetGroup  koers_participant_get_target_group      (KoersParticipant *self);
KoersPhase        koers_participant_get_phase             (KoersParticipant *self);
const char       *koers_participant_get_phase_since       (KoersParticipant *self);
KoersStatus       koers_participant_get_status            (KoersParticipant *self);
gint64            koers_participant_get_case_manager_id   (KoersParticipant *self);
const char       *koers_participant_get_case_manager_name (KoersParticipant *self);
int               koers_participant_get_days_in_phase     (KoersParticipant *self);
gint64            koers_participant_get_trajectory_holder_id (KoersParticipant *self);
gint64            koers_participant_get_buddy_id          (KoersParticipant *self);
const char       *koers_participant_get_commitment_date   (KoersParticipant *self);
const char       *koers_participant_get_planned_departure (KoersParticipant *self);
const char       *koers_participant_get_exit_date         (KoersParticipant *self);
const char       *koers_participant_get_exit_reason       (KoersParticipant *self);
const char       *koers_participant_get_target_group_reason (KoersParticipant *self);
gboolean          koers_participant_is_target_group_by_hand (KoersParticipant *self);
char             *koers_participant_dup_target_group_label  (KoersParticipant *self);
gboolean          koers_participant_is_overdue            (KoersParticipant *self);

G_END_DECLS
