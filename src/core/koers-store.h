/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "koers-assessment.h"
#include "koers-handover.h"
#include "koers-history-item.h"
#include "koers-note.h"
#include "koers-obstacle.h"
#include "koers-participant.h"
#include "koers-staff.h"
#include "koers-summary.h"
#include "koers-training.h"
#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_STORE_ERROR (koers_store_error_quark ())

/**
 * KoersStoreError:
 * @KOERS_STORE_ERROR_NOT_SQLITE: the file is not a database at all
 * @KOERS_STORE_ERROR_NOT_KOERS: an SQLite database of another program
 * @KOERS_STORE_ERROR_TOO_NEW: made by a newer Koers with a schema this one does not know
 * @KOERS_STORE_ERROR_CORRUPT: the file is damaged
 * @KOERS_STORE_ERROR_READ_ONLY: the file may not be written
 * @KOERS_STORE_ERROR_FOLDER_READ_ONLY: the folder of the file may not be written
 * @KOERS_STORE_ERROR_LOCKED: another process holds a lock on the database
 * @KOERS_STORE_ERROR_DISK_FULL: no room left on the disk
 * @KOERS_STORE_ERROR_INVALID: a value was rejected; nothing was written
 * @KOERS_STORE_ERROR_NOT_FOUND: the record does not exist (any more)
 * @KOERS_STORE_ERROR_FAILED: any other failure of the database or the disk
 * @KOERS_STORE_ERROR_MOVED: the database file was moved, replaced or deleted while open;
 *   nothing more is written, but koers_store_backup_to() can still save what the store holds
 * @KOERS_STORE_ERROR_FOLDER_MISSING: a folder to write in (such as a chosen backup folder)
 *   is not there, for example because its disk or network share is not connected
 */
typedef enum {
  KOERS_STORE_ERROR_NOT_SQLITE,
  KOERS_STORE_ERROR_NOT_KOERS,
  KOERS_STORE_ERROR_TOO_NEW,
  KOERS_STORE_ERROR_CORRUPT,
  KOERS_STORE_ERROR_READ_ONLY,
  KOERS_STORE_ERROR_FOLDER_READ_ONLY,
  KOERS_STORE_ERROR_LOCKED,
  KOERS_STORE_ERROR_DISK_FULL,
  KOERS_STORE_ERROR_INVALID,
  KOERS_STORE_ERROR_NOT_FOUND,
  KOERS_STORE_ERROR_FAILED,
  KOERS_STORE_ERROR_MOVED,
  KOERS_STORE_ERROR_FOLDER_MISSING,
} KoersStoreError;

/* PRAGMA application_id of every Koers database: "Koer". */
#define KOERS_STORE_APPLICATION_ID 0x4B6F6572

/**
 * KoersStoreOpenFlags:
 * @KOERS_STORE_OPEN_DEFAULT: check the whole file for damage before returning
 * @KOERS_STORE_OPEN_DEFER_CHECK: leave the full check (seconds on a large file) to
 *   koers_store_check_async(); headers, schema and version are still checked at once
 * @KOERS_STORE_OPEN_READ_ONLY: only read, because another Koers writes the file: nothing is
 *   created or migrated, and every write fails with %KOERS_STORE_ERROR_READ_ONLY
 */
typedef enum {
  KOERS_STORE_OPEN_DEFAULT = 0,
  KOERS_STORE_OPEN_DEFER_CHECK = 1 << 0,
  KOERS_STORE_OPEN_READ_ONLY = 1 << 1,
} KoersStoreOpenFlags;

/**
 * KoersParticipantFilter:
 * @phase: a #KoersPhase, or -1 for any
 * @status: a #KoersStatus, or -1 for any
 * @target_group: a #KoersTargetGroup, or -1 for any
 * @case_manager_id: a staff id, 0 for participants without one, or -1 for any
 * @overdue_only: only participants whose intake is overdue
 *
 * Narrows the participant list; koers_participant_filter_init() sets "everyone".
 */
typedef struct {
  int      phase;
  int      status;
  int      target_group;
  gint64   case_manager_id;
  gboolean overdue_only;
} KoersParticipantFilter;

void     koers_participant_filter_init      (KoersParticipantFilter       *filter);
gboolean koers_participant_filter_is_active (const KoersParticipantFilter *filter);

#define KOERS_TYPE_STORE (koers_store_get_type ())

G_DECLARE_FINAL_TYPE (KoersStore, koers_store, KOERS, STORE, GObject)

/**
 * KoersFileId:
 * @device: the device of the file
 * @inode: its inode
 *
 * Which file a store has open: koers_store_get_file_id().
 */
typedef struct {
  guint64 device;
  guint64 inode;
} KoersFileId;

GQuark            koers_store_error_quark              (void);
const char       *koers_store_error_get_advice         (const GError      *error);

KoersStore       *koers_store_open                     (const char        *path,
                                                        GError           **error);
KoersStore       *koers_store_open_full                (const char        *path,
                                                        KoersStoreOpenFlags flags,
                                                        int                busy_timeout_ms,
                                                        int                schema_version,
                                                        GError           **error);
void              koers_store_check_async              (KoersStore        *self,
                                                        GCancellable      *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer           user_data);
gboolean          koers_store_check_finish             (KoersStore        *self,
                                                        GAsyncResult      *result,
                                                        GError           **error);
char             *koers_store_get_default_path         (void);
int               koers_store_get_latest_schema_version (void);

const char       *koers_store_get_path                 (KoersStore        *self);
int               koers_store_get_schema_version       (KoersStore        *self);
const char       *koers_store_get_migration_backup     (KoersStore        *self);
gboolean          koers_store_is_read_only             (KoersStore        *self);
void              koers_store_stop_writing             (KoersStore        *self,
                                                        const char        *reason);
void              koers_store_set_read_only_reason     (KoersStore        *self,
                                                        const char        *reason);
const char       *koers_store_get_read_only_reason     (KoersStore        *self);

gboolean          koers_store_backup_to                (KoersStore        *self,
                                                        const char        *destination,
                                                        GError           **error);

gboolean          koers_store_begin                    (KoersStore        *self,
                                                        GError           **error);
gboolean          koers_store_commit                   (KoersStore        *self,
                                                        GError           **error);
void              koers_store_rollback                 (KoersStore        *self);
gboolean          koers_store_get_file_id              (KoersStore        *self,
                                                        KoersFileId       *id);
gboolean          koers_store_get_data_version         (KoersStore        *self,
                                                        gint64            *version,
                                                        GError           **error);
gboolean          koers_store_begin_read_fixed         (KoersStore        *self,
                                                        gint64            *version,
                                                        GError           **error);

/* Audit trail and undo */
void              koers_store_set_actor                (KoersStore        *self,
                                                        const char        *actor);
const char       *koers_store_get_actor                (KoersStore        *self);
gboolean          koers_store_can_undo                 (KoersStore        *self);
gboolean          koers_store_can_redo                 (KoersStore        *self);
gboolean          koers_store_undo                     (KoersStore        *self,
                                                        char             **description,
                                                        GError           **error);
gboolean          koers_store_redo                     (KoersStore        *self,
                                                        char             **description,
                                                        GError           **error);
void              koers_store_clear_undo               (KoersStore        *self);
gint64            koers_store_get_last_change          (KoersStore        *self);
char             *koers_store_describe_change          (KoersStore        *self,
                                                        gint64             change);
GListModel       *koers_store_list_history             (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gboolean          koers_store_erase_participant        (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);

/* Staff */
gint64            koers_store_add_staff                (KoersStore        *self,
                                                        const char        *name,
                                                        KoersStaffRole     role,
                                                        GError           **error);

/* Participants */
gboolean          koers_store_add_participant          (KoersStore        *self,
                                                        KoersParticipant  *participant,
                                                        GError           **error);
gboolean          koers_store_move_phase               (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersPhase         phase,
                                                        const char        *date,
                                                        GError           **error);
gboolean          koers_store_update_participant       (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersParticipantField field,
                                                        const GValue      *value,
                                                        GError           **error);
gboolean          koers_store_end_trajectory           (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersStatus        status,
                                                        const char        *date,
                                                        const char        *reason,
                                                        GError           **error);
gboolean          koers_store_reopen_trajectory        (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
GListModel       *koers_store_list_staff               (KoersStore        *self,
                                                        GError           **error);
KoersParticipant *koers_store_get_participant          (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_count_participants       (KoersStore        *self,
                                                        GError           **error);
GArray           *koers_store_find_participants        (KoersStore        *self,
                                                        const char        *search,
                                                        const KoersParticipantFilter *filter,
                                                        KoersParticipantColumn sort_column,
                                                        gboolean           descending,
                                                        GError           **error);

/* Obstacles */
GListModel       *koers_store_list_obstacles           (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_add_obstacle             (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersObstacleKind  kind,
                                                        const char        *description,
                                                        const char        *opened_date,
                                                        GError           **error);
gboolean          koers_store_set_obstacle_status      (KoersStore        *self,
                                                        gint64             obstacle_id,
                                                        KoersObstacleStatus status,
                                                        const char        *date,
                                                        GError           **error);
KoersObstacle    *koers_store_delete_obstacle          (KoersStore        *self,
                                                        gint64             obstacle_id,
                                                        GError           **error);

/* Documents check */
gboolean          koers_store_get_document             (KoersStore          *self,
                                                        gint64               participant_id,
                                                        KoersDocumentKind    kind,
                                                        KoersDocumentStatus *status,
                                                        char               **requested_date,
                                                        char               **obtained_date,
                                                        char               **note,
                                                        GError             **error);
gboolean          koers_store_set_document             (KoersStore          *self,
                                                        gint64               participant_id,
                                                        KoersDocumentKind    kind,
                                                        KoersDocumentStatus  status,
                                                        const char          *requested_date,
                                                        const char          *obtained_date,
                                                        const char          *note,
                                                        GError             **error);

/* Business plan */
gboolean          koers_store_get_business_plan        (KoersStore          *self,
                                                        gint64               participant_id,
                                                        char               **idea,
                                                        char               **sector,
                                                        char               **place,
                                                        gint64              *startup_cents,
                                                        char               **funding,
                                                        KoersBusinessStatus *status,
                                                        GError             **error);
gboolean          koers_store_set_business_field       (KoersStore          *self,
                                                        gint64               participant_id,
                                                        KoersBusinessField   field,
                                                        const char          *text,
                                                        gint64               number,
                                                        GError             **error);

/* Perspective / return plan */
GVariant         *koers_store_list_plan                (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_add_goal                 (KoersStore        *self,
                                                        gint64             participant_id,
                                                        const char        *title,
                                                        GError           **error);
gint64            koers_store_add_action               (KoersStore        *self,
                                                        gint64             goal_id,
                                                        const char        *description,
                                                        const char        *owner,
                                                        const char        *due_date,
                                                        GError           **error);
gboolean          koers_store_set_action_done          (KoersStore        *self,
                                                        gint64             action_id,
                                                        gboolean           done,
                                                        GError           **error);
gboolean          koers_store_delete_goal              (KoersStore        *self,
                                                        gint64             goal_id,
                                                        GError           **error);

/* Vulnerability score list */
KoersScoreList   *koers_store_get_current_score_list   (KoersStore        *self,
                                                        gint64            *row_id,
                                                        GError           **error);
KoersScoreList   *koers_store_import_score_list        (KoersStore        *self,
                                                        const char        *data,
                                                        gssize             length,
                                                        GError           **error);
gint64            koers_store_start_assessment         (KoersStore        *self,
                                                        gint64             participant_id,
                                                        const char        *date,
                                                        GError           **error);
gboolean          koers_store_set_answer               (KoersStore        *self,
                                                        gint64             assessment_id,
                                                        const char        *item,
                                                        int                value,
                                                        GError           **error);
gboolean          koers_store_finish_assessment        (KoersStore        *self,
                                                        gint64             assessment_id,
                                                        const char        *date,
                                                        GError           **error);
gboolean          koers_store_discard_assessment       (KoersStore        *self,
                                                        gint64             assessment_id,
                                                        GError           **error);
KoersAssessment  *koers_store_get_assessment           (KoersStore        *self,
                                                        gint64             assessment_id,
                                                        GError           **error);
GListModel       *koers_store_list_assessments         (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gboolean          koers_store_set_target_group         (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersTargetGroup   group,
                                                        const char        *reason,
                                                        GError           **error);
GArray           *koers_store_get_score_overview       (KoersStore        *self,
                                                        gint64             counts[5],
                                                        GError           **error);
char             *koers_store_describe_score_item      (KoersStore        *self,
                                                        const char        *item);

/* Training */
gint64            koers_store_add_course               (KoersStore        *self,
                                                        const char        *title,
                                                        KoersCourseKind    kind,
                                                        gint64             trainer_id,
                                                        const char        *location,
                                                        gboolean           weekly,
                                                        const char        *start_time,
                                                        int                duration_minutes,
                                                        const char        *first_date,
                                                        const char        *last_date,
                                                        GError           **error);
gboolean          koers_store_set_course_dates         (KoersStore        *self,
                                                        gint64             course_id,
                                                        const char        *first_date,
                                                        const char        *last_date,
                                                        GError           **error);
gint64            koers_store_add_session              (KoersStore        *self,
                                                        gint64             course_id,
                                                        const char        *date,
                                                        const char        *start_time,
                                                        int                duration_minutes,
                                                        GError           **error);
gboolean          koers_store_move_session             (KoersStore        *self,
                                                        gint64             session_id,
                                                        const char        *date,
                                                        const char        *start_time,
                                                        GError           **error);
gboolean          koers_store_cancel_session           (KoersStore        *self,
                                                        gint64             session_id,
                                                        const char        *reason,
                                                        GError           **error);
gint64            koers_store_enrol                    (KoersStore        *self,
                                                        gint64             participant_id,
                                                        gint64             course_id,
                                                        const char        *start_date,
                                                        const char        *end_date,
                                                        GError           **error);
gboolean          koers_store_mark_attendance          (KoersStore        *self,
                                                        gint64             session_id,
                                                        gint64             participant_id,
                                                        int                status,
                                                        const char        *note,
                                                        GError           **error);
gint64            koers_store_add_internship           (KoersStore        *self,
                                                        gint64             participant_id,
                                                        const char        *host,
                                                        const char        *first_date,
                                                        const char        *last_date,
                                                        int                hours,
                                                        const char        *note,
                                                        GError           **error);
gboolean          koers_store_get_attendance_rate      (KoersStore        *self,
                                                        gint64             participant_id,
                                                        gint64             course_id,
                                                        const char        *from,
                                                        const char        *until,
                                                        const KoersAttendancePoints *points,
                                                        double            *rate,
                                                        guint             *planned,
                                                        GError           **error);
int               koers_store_count_missed_in_a_row    (KoersStore        *self,
                                                        gint64             participant_id,
                                                        gint64             course_id,
                                                        GError           **error);
int               koers_store_get_most_missed          (KoersStore        *self,
                                                        gint64             participant_id,
                                                        char             **course_title,
                                                        GError           **error);
GVariant         *koers_store_list_internships         (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gboolean          koers_store_delete_internship        (KoersStore        *self,
                                                        gint64             internship_id,
                                                        GError           **error);
GListModel       *koers_store_list_courses             (KoersStore        *self,
                                                        GError           **error);
GListModel       *koers_store_list_enrolled            (KoersStore        *self,
                                                        gint64             course_id,
                                                        GError           **error);
GListModel       *koers_store_list_week                (KoersStore        *self,
                                                        const char        *monday,
                                                        GError           **error);
GListModel       *koers_store_list_sheet               (KoersStore        *self,
                                                        gint64             session_id,
                                                        GError           **error);

/* Contact log */
GListModel       *koers_store_list_notes               (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_add_note                 (KoersStore        *self,
                                                        gint64             participant_id,
                                                        const char        *date,
                                                        KoersNoteKind      kind,
                                                        gint64             author_id,
                                                        const char        *text,
                                                        GError           **error);
KoersNote        *koers_store_delete_note              (KoersStore        *self,
                                                        gint64             note_id,
                                                        GError           **error);

/* Partners, the handover checklist, the handover pipeline and monitoring after return
 * (koers-store-handover.c). */
gint64            koers_store_add_partner              (KoersStore        *self,
                                                        const char        *name,
                                                        KoersPartnerKind   kind,
                                                        const char        *contact,
                                                        const char        *agreement_date,
                                                        const char        *note,
                                                        GError           **error);
gboolean          koers_store_update_partner           (KoersStore        *self,
                                                        gint64             partner_id,
                                                        const char        *name,
                                                        KoersPartnerKind   kind,
                                                        const char        *contact,
                                                        const char        *agreement_date,
                                                        const char        *note,
                                                        GError           **error);
gboolean          koers_store_delete_partner           (KoersStore        *self,
                                                        gint64             partner_id,
                                                        GError           **error);
GVariant         *koers_store_list_partners            (KoersStore        *self,
                                                        GError           **error);
gboolean          koers_store_start_checklist          (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_add_checklist_item       (KoersStore        *self,
                                                        gint64             participant_id,
                                                        const char        *title,
                                                        GError           **error);
gint64            koers_store_add_checklist_action     (KoersStore        *self,
                                                        gint64             assessment_id,
                                                        const char        *action_id,
                                                        GError           **error);
gboolean          koers_store_set_checklist_item       (KoersStore        *self,
                                                        gint64             item_id,
                                                        KoersCheckStatus   status,
                                                        const char        *date,
                                                        const char        *done_by,
                                                        const char        *note,
                                                        GError           **error);
gboolean          koers_store_delete_checklist_item    (KoersStore        *self,
                                                        gint64             item_id,
                                                        GError           **error);
GVariant         *koers_store_list_checklist           (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gint64            koers_store_add_handover_step        (KoersStore        *self,
                                                        gint64             participant_id,
                                                        KoersHandoverStep  step,
                                                        gint64             partner_id,
                                                        const char        *date,
                                                        const char        *follow_up,
                                                        const char        *flight_date,
                                                        const char        *note,
                                                        GError           **error);
GVariant         *koers_store_list_handover_steps      (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
GPtrArray        *koers_store_list_monitoring          (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
gboolean          koers_store_record_monitoring        (KoersStore        *self,
                                                        const KoersMonitoringContact *contact,
                                                        GError           **error);
gboolean          koers_store_get_handover_alerts      (KoersStore        *self,
                                                        gint64             participant_id,
                                                        char             **overdue_since,
                                                        guint             *due_contacts,
                                                        GError           **error);

/* The phase history and a participant's courses, for the trajectory report
 * (koers-store-report.c). */
GVariant         *koers_store_list_phases              (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);
GVariant         *koers_store_list_enrolments          (KoersStore        *self,
                                                        gint64             participant_id,
                                                        GError           **error);

/* The quarterly summary (koers-store-summary.c) */
KoersSummary     *koers_store_get_summary              (KoersStore        *self,
                                                        const char        *from,
                                                        const char        *until,
                                                        const KoersSummaryTargets *targets,
                                                        const KoersAttendancePoints *points,
                                                        GError           **error);
KoersSummary     *koers_store_get_summary_full         (KoersStore        *self,
                                                        const char        *from,
                                                        const char        *until,
                                                        const KoersSummaryTargets *targets,
                                                        const KoersAttendancePoints *points,
                                                        KoersSummaryPeople **people,
                                                        gboolean           names,
                                                        GError           **error);
KoersSummary     *koers_store_summary_begin            (KoersStore        *self,
                                                        const char        *from,
                                                        const char        *until,
                                                        const KoersSummaryTargets *targets,
                                                        GError           **error);
KoersSummaryPeople *koers_store_summary_read_people   (KoersStore        *self,
                                                        KoersSummary      *summary,
                                                        gboolean           names,
                                                        GError           **error);
KoersSummaryPhases *koers_store_summary_read_phases   (KoersStore        *self,
                                                        GError           **error);
KoersSummaryDepartures *koers_store_summary_read_departures (KoersStore  *self,
                                                        GError           **error);
gboolean          koers_store_summary_count_people     (KoersStore        *self,
                                                        KoersSummary      *summary,
                                                        KoersSummaryPeople *people,
                                                        const KoersSummaryPhases *phases,
                                                        gboolean           last,
                                                        GError           **error);
void              koers_store_summary_end              (KoersStore        *self);
KoersSummary     *koers_store_summary_start            (KoersStore        *self,
                                                        const char        *from,
                                                        const char        *until,
                                                        const KoersSummaryTargets *targets,
                                                        KoersSummaryPeople **people,
                                                        gboolean           names,
                                                        GError           **error);
gboolean          koers_store_summary_finish           (KoersStore        *self,
                                                        KoersSummary      *summary,
                                                        const KoersAttendancePoints *points,
                                                        GError           **error);
gboolean          koers_store_foreach_summary_person   (KoersStore        *self,
                                                        const char        *from,
                                                        const char        *until,
                                                        gboolean           names,
                                                        KoersSummaryPersonFunc func,
                                                        gpointer           user_data,
                                                        GError           **error);

G_END_DECLS
