/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The nicks of these enums (derived by glib-mkenums) are the values stored in the database:
 * renaming a member is a schema change. */

/**
 * KoersPhase:
 *
 * Where a participant is in the trajectory, in pipeline order.
 */
typedef enum {
  KOERS_PHASE_OUTREACH,
  KOERS_PHASE_INTAKE,
  KOERS_PHASE_EMPOWERMENT,
  KOERS_PHASE_TRAINING,
  KOERS_PHASE_HANDOVER,
  KOERS_PHASE_DEPARTED,
  KOERS_PHASE_MONITORING,
  KOERS_PHASE_CLOSED,
} KoersPhase;

#define KOERS_N_PHASES (KOERS_PHASE_CLOSED + 1)

/**
 * KoersStatus:
 *
 * Whether a trajectory is running, completed, or ended another way.
 */
typedef enum {
  KOERS_STATUS_ACTIVE,
  KOERS_STATUS_COMPLETED,
  KOERS_STATUS_DROPPED_OUT,
  KOERS_STATUS_TRANSFERRED,
  KOERS_STATUS_LEGAL_STATUS_CHANGED,
  KOERS_STATUS_LOST_CONTACT,
  KOERS_STATUS_DECEASED,
} KoersStatus;

/**
 * KoersTargetGroup:
 *
 * 2a: no legal perspective, regular guidance; 2b: very vulnerable, extra attention.
 */
typedef enum {
  KOERS_TARGET_GROUP_UNKNOWN,
  KOERS_TARGET_GROUP_2A,
  KOERS_TARGET_GROUP_2B,
} KoersTargetGroup;

typedef enum {
  KOERS_SEX_UNKNOWN,
  KOERS_SEX_FEMALE,
  KOERS_SEX_MALE,
  KOERS_SEX_OTHER,
} KoersSex;

/**
 * KoersSituation:
 *
 * Where the participant stays.
 */
typedef enum {
  KOERS_SITUATION_UNKNOWN,
  KOERS_SITUATION_SHELTER,
  KOERS_SITUATION_MUNICIPALITY,
  KOERS_SITUATION_WE_ARE_HERE,
  KOERS_SITUATION_OTHER,
} KoersSituation;

typedef enum {
  KOERS_STAFF_ROLE_PROJECT_MANAGER,
  KOERS_STAFF_ROLE_CASE_MANAGER,
  KOERS_STAFF_ROLE_TRAINER,
  KOERS_STAFF_ROLE_VOLUNTEER,
  KOERS_STAFF_ROLE_DIRECTOR,
} KoersStaffRole;

/**
 * KoersParticipantColumn:
 *
 * The columns the participant list can be sorted by. The nicks match the
 * `participants-sort-column` settings enum.
 */
typedef enum {
  KOERS_PARTICIPANT_COLUMN_CODE,
  KOERS_PARTICIPANT_COLUMN_NAME,
  KOERS_PARTICIPANT_COLUMN_COUNTRY,
  KOERS_PARTICIPANT_COLUMN_PHASE,
  KOERS_PARTICIPANT_COLUMN_TARGET_GROUP,
  KOERS_PARTICIPANT_COLUMN_CASE_MANAGER,
  KOERS_PARTICIPANT_COLUMN_DAYS_IN_PHASE,
} KoersParticipantColumn;

/**
 * KoersParticipantField:
 *
 * The fields of a participant that koers_store_update_participant() changes one at a time.
 */
typedef enum {
  KOERS_PARTICIPANT_FIELD_GIVEN_NAME,
  KOERS_PARTICIPANT_FIELD_FAMILY_NAME,
  KOERS_PARTICIPANT_FIELD_ALIAS,
  KOERS_PARTICIPANT_FIELD_SEX,
  KOERS_PARTICIPANT_FIELD_BIRTH_DATE,
  KOERS_PARTICIPANT_FIELD_COUNTRY,
  KOERS_PARTICIPANT_FIELD_NATIONALITY,
  KOERS_PARTICIPANT_FIELD_LANGUAGES,
  KOERS_PARTICIPANT_FIELD_PHONE,
  KOERS_PARTICIPANT_FIELD_SITUATION,
  KOERS_PARTICIPANT_FIELD_REFERRER,
  KOERS_PARTICIPANT_FIELD_TARGET_GROUP,
  KOERS_PARTICIPANT_FIELD_CASE_MANAGER,
  KOERS_PARTICIPANT_FIELD_TRAJECTORY_HOLDER,
  KOERS_PARTICIPANT_FIELD_BUDDY,
  KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE,
  KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE,
} KoersParticipantField;

G_END_DECLS
