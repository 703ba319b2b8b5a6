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
 * KoersObstacleKind:
 *
 * What stands in the way of a participant's return.
 */
typedef enum {
  KOERS_OBSTACLE_KIND_DOCUMENTS,
  KOERS_OBSTACLE_KIND_MEDICAL,
  KOERS_OBSTACLE_KIND_PSYCHOLOGICAL,
  KOERS_OBSTACLE_KIND_DEBTS,
  KOERS_OBSTACLE_KIND_FAMILY,
  KOERS_OBSTACLE_KIND_SAFETY,
  KOERS_OBSTACLE_KIND_HOUSING,
  KOERS_OBSTACLE_KIND_FINANCE,
  KOERS_OBSTACLE_KIND_MOTIVATION,
  KOERS_OBSTACLE_KIND_OTHER,
} KoersObstacleKind;

typedef enum {
  KOERS_OBSTACLE_STATUS_OPEN,
  KOERS_OBSTACLE_STATUS_IN_PROGRESS,
  KOERS_OBSTACLE_STATUS_RESOLVED,
} KoersObstacleStatus;

typedef enum {
  KOERS_DOCUMENT_KIND_PASSPORT,
  KOERS_DOCUMENT_KIND_ID_CARD,
  KOERS_DOCUMENT_KIND_BIRTH_CERTIFICATE,
  KOERS_DOCUMENT_KIND_LAISSEZ_PASSER,
  KOERS_DOCUMENT_KIND_OTHER,
} KoersDocumentKind;

/**
 * KoersDocumentStatus:
 *
 * Where a document stands; %KOERS_DOCUMENT_STATUS_UNCHECKED is not stored.
 */
typedef enum {
  KOERS_DOCUMENT_STATUS_UNCHECKED,
  KOERS_DOCUMENT_STATUS_PRESENT,
  KOERS_DOCUMENT_STATUS_REQUESTED,
  KOERS_DOCUMENT_STATUS_OBTAINED,
  KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE,
} KoersDocumentStatus;

typedef enum {
  KOERS_BUSINESS_STATUS_IDEA,
  KOERS_BUSINESS_STATUS_DRAFT,
  KOERS_BUSINESS_STATUS_COMPLETE,
  KOERS_BUSINESS_STATUS_FUNDED,
  KOERS_BUSINESS_STATUS_STARTED,
} KoersBusinessStatus;

/**
 * KoersBusinessField:
 *
 * The fields of a business plan that koers_store_set_business_field() changes.
 */
typedef enum {
  KOERS_BUSINESS_FIELD_IDEA,
  KOERS_BUSINESS_FIELD_SECTOR,
  KOERS_BUSINESS_FIELD_PLACE,
  KOERS_BUSINESS_FIELD_STARTUP_COSTS,
  KOERS_BUSINESS_FIELD_FUNDING,
  KOERS_BUSINESS_FIELD_STATUS,
} KoersBusinessField;

/**
 * KoersNoteKind:
 *
 * What a note in the contact log is about.
 */
typedef enum {
  KOERS_NOTE_KIND_MEETING,
  KOERS_NOTE_KIND_CALL,
  KOERS_NOTE_KIND_EMPOWERMENT_SESSION,
  KOERS_NOTE_KIND_TRAINING_TALK,
} KoersNoteKind;

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

/**
 * KoersScoreCategory:
 *
 * The category of a score-list assessment: low < 25 ≤ moderate < 50 ≤ high < 75 ≤ severe
 * (the thresholds come from the list). High and severe mean target group 2b.
 */
typedef enum {
  KOERS_SCORE_CATEGORY_LOW,
  KOERS_SCORE_CATEGORY_MODERATE,
  KOERS_SCORE_CATEGORY_HIGH,
  KOERS_SCORE_CATEGORY_SEVERE,
} KoersScoreCategory;

/**
 * KoersCourseKind:
 *
 * What a course is: the weekly trainings and the special training days of the seed.
 */
typedef enum {
  KOERS_COURSE_KIND_SMALL_BUSINESS,
  KOERS_COURSE_KIND_EMPOWERMENT,
  KOERS_COURSE_KIND_PERSONAL_MANAGEMENT,
  KOERS_COURSE_KIND_COVEY,
  KOERS_COURSE_KIND_ICT,
  KOERS_COURSE_KIND_SALES,
  KOERS_COURSE_KIND_SOCIAL_BUSINESS,
  KOERS_COURSE_KIND_ENGLISH,
  KOERS_COURSE_KIND_BUSINESS_PLAN,
  KOERS_COURSE_KIND_PERSONAL_FINANCE,
  KOERS_COURSE_KIND_PRODUCT_KNOWLEDGE,
  KOERS_COURSE_KIND_INSTANT_BUSINESS,
  KOERS_COURSE_KIND_BUSINESS_FINANCE,
  KOERS_COURSE_KIND_WORKSHOP,
  KOERS_COURSE_KIND_OTHER,
} KoersCourseKind;

/**
 * KoersAttendance:
 *
 * A participant at a session: present, late, excused (afgemeld) or absent.
 */
typedef enum {
  KOERS_ATTENDANCE_PRESENT,
  KOERS_ATTENDANCE_LATE,
  KOERS_ATTENDANCE_EXCUSED,
  KOERS_ATTENDANCE_ABSENT,
} KoersAttendance;

/**
 * KoersPartnerKind:
 *
 * What a partner organisation does for returnees.
 */
typedef enum {
  KOERS_PARTNER_KIND_RETURN_GRANT,
  KOERS_PARTNER_KIND_REINTEGRATION,
  KOERS_PARTNER_KIND_BUSINESS_KIT,
  KOERS_PARTNER_KIND_MEDICAL,
  KOERS_PARTNER_KIND_EDUCATION,
  KOERS_PARTNER_KIND_OTHER,
} KoersPartnerKind;

/**
 * KoersCheckStatus:
 *
 * An item of the handover checklist: still open, done, or not applicable (with a reason).
 */
typedef enum {
  KOERS_CHECK_STATUS_OPEN,
  KOERS_CHECK_STATUS_DONE,
  KOERS_CHECK_STATUS_NOT_APPLICABLE,
} KoersCheckStatus;

/**
 * KoersSensitivity:
 *
 * Whether a piece of a dossier is about health or safety: such parts are left out of a
 * report unless the user asks for them.
 */
typedef enum {
  KOERS_SENSITIVITY_NONE,
  KOERS_SENSITIVITY_HEALTH,
  KOERS_SENSITIVITY_SAFETY,
} KoersSensitivity;

/**
 * KoersHandoverStep:
 *
 * The steps of the handover to a partner, in order; a rejected handover starts again at
 * %KOERS_HANDOVER_STEP_PREPARED, possibly with another partner.
 */
typedef enum {
  KOERS_HANDOVER_STEP_PREPARED,
  KOERS_HANDOVER_STEP_SENT,
  KOERS_HANDOVER_STEP_ACCEPTED,
  KOERS_HANDOVER_STEP_REJECTED,
  KOERS_HANDOVER_STEP_GRANT_APPROVED,
  KOERS_HANDOVER_STEP_FLIGHT_BOOKED,
  KOERS_HANDOVER_STEP_DEPARTED,
} KoersHandoverStep;

/**
 * KoersContactChannel:
 *
 * How a monitoring contact after return was made.
 */
typedef enum {
  KOERS_CONTACT_CHANNEL_PHONE,
  KOERS_CONTACT_CHANNEL_MESSAGE,
  KOERS_CONTACT_CHANNEL_VIDEO,
  KOERS_CONTACT_CHANNEL_EMAIL,
  KOERS_CONTACT_CHANNEL_PARTNER,
  KOERS_CONTACT_CHANNEL_VISIT,
} KoersContactChannel;

/**
 * KoersBusinessStarted:
 *
 * At a monitoring contact: whether the business has started.
 */
typedef enum {
  KOERS_BUSINESS_STARTED_UNKNOWN,
  KOERS_BUSINESS_STARTED_YES,
  KOERS_BUSINESS_STARTED_PARTLY,
  KOERS_BUSINESS_STARTED_NO,
} KoersBusinessStarted;

G_END_DECLS
