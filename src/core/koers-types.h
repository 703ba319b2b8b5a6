/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-enums.h"
#include "koers-enum-types.h"

G_BEGIN_DECLS

/* Translated, human labels for the enums, as the UI shows them. */
const char *koers_phase_get_label        (KoersPhase       phase);
const char *koers_status_get_label       (KoersStatus      status);
const char *koers_target_group_get_label (KoersTargetGroup group);
const char *koers_sex_get_label          (KoersSex         sex);
const char *koers_situation_get_label    (KoersSituation   situation);
const char *koers_staff_role_get_label   (KoersStaffRole   role);
const char *koers_obstacle_kind_get_label   (KoersObstacleKind   kind);
const char *koers_obstacle_status_get_label (KoersObstacleStatus status);
const char *koers_note_kind_get_label       (KoersNoteKind       kind);
const char *koers_document_kind_get_label   (KoersDocumentKind   kind);
const char *koers_document_status_get_label (KoersDocumentStatus status);
const char *koers_business_status_get_label (KoersBusinessStatus status);
const char *koers_score_category_get_label  (KoersScoreCategory  category);
const char *koers_course_kind_get_label     (KoersCourseKind     kind);
const char *koers_attendance_get_label      (KoersAttendance     status);
const char *koers_partner_kind_get_label    (KoersPartnerKind    kind);
const char *koers_check_status_get_label    (KoersCheckStatus    status);
const char *koers_handover_step_get_label   (KoersHandoverStep   step);
const char *koers_contact_channel_get_label (KoersContactChannel channel);
const char *koers_business_started_get_label (KoersBusinessStarted started);
gboolean    koers_money_parse               (const char *text,
                                             gint64     *cents);
char       *koers_money_format              (gint64      cents);

/* The database form of an enum value (its nick), and back. */
const char *koers_enum_to_nick   (GType       enum_type,
                                  int         value);
gboolean    koers_enum_from_nick (GType       enum_type,
                                  const char *nick,
                                  int        *value);

/* Dates as the store keeps them: "YYYY-MM-DD". */
GDate      *koers_date_parse_iso (const char *text);
char       *koers_date_to_iso    (const GDate *date);
GDate      *koers_today          (void);
char       *koers_date_parse_user  (const char *text,
                                    gboolean    allow_year_only);
char       *koers_date_format_user (const char *iso);
char       *koers_today_iso      (void);
int         koers_days_between   (const char *from_iso,
                                  const GDate *to);

/* Case- and accent-insensitive key for searching and sorting, in any script. */
char       *koers_fold           (const char *text);

G_END_DECLS
