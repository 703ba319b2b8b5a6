/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-country.h"
#include "koers-enum-types.h"
#include "koers-store-private.h"

/* The audit trail as people read it: labels for every table and column, values written as
 * the dossier shows them (dates, names, labels), one line per changed field or per added or
 * removed record. */

typedef enum {
  VALUE_TEXT,
  VALUE_HIDDEN,
  VALUE_DATE,
  VALUE_ENUM,
  VALUE_STAFF,
  VALUE_PARTNER,
  VALUE_COUNTRY,
  VALUE_MONEY,
  VALUE_BOOLEAN,
  VALUE_NUMBER,
  VALUE_SCORE_ITEM,
} ValueKind;

typedef struct {
  const char *table;
  const char *column;
  const char *label;
  ValueKind   kind;
  GType     (*enum_type) (void);
  gboolean    summary;    /* part of the one-line summary of an added or removed record */
} ColumnInfo;

typedef struct {
  const char *table;
  const char *label;
} TableInfo;

static const TableInfo tables[] = {
  { "participant", N_("Participant") },
  { "phase_history", N_("Phase") },
  { "obstacle", N_("Obstacle") },
  { "contact_note", N_("Note") },
  { "document", N_("Document") },
  { "business_plan", N_("Business plan") },
  { "plan_goal", N_("Goal") },
  { "plan_action", N_("Action") },
  { "staff", N_("Staff member") },
  { "score_list", N_("Score list") },
  { "assessment", N_("Assessment") },
  { "assessment_answer", N_("Answer") },
  { "course", N_("Course") },
  { "training_session", N_("Session") },
  { "enrolment", N_("Enrolment") },
  { "attendance", N_("Attendance") },
  { "internship", N_("Internship") },
  { "partner", N_("Partner") },
  { "checklist_template", N_("Checklist template") },
  { "checklist_item", N_("Checklist item") },
  { "handover_step", N_("Handover") },
  { "monitoring_contact", N_("Monitoring contact") },
};

/* Every audited column, so that the trail speaks the language of the dossier. A test checks
 * that each column of the schema is here. */
static const ColumnInfo columns[] = {
  { "participant", "id", NULL, VALUE_HIDDEN },
  { "participant", "code", N_("Dossier code"), VALUE_TEXT, NULL, TRUE },
  { "participant", "given_name", N_("Given name"), VALUE_TEXT, NULL, TRUE },
  { "participant", "family_name", N_("Family name"), VALUE_TEXT, NULL, TRUE },
  { "participant", "alias", N_("Alias"), VALUE_TEXT },
  { "participant", "sex", N_("Sex"), VALUE_ENUM, koers_sex_get_type },
  { "participant", "birth_date", N_("Date of birth"), VALUE_DATE },
  { "participant", "country", N_("Country of origin"), VALUE_COUNTRY },
  { "participant", "nationality", N_("Nationality"), VALUE_COUNTRY },
  { "participant", "languages", N_("Languages"), VALUE_TEXT },
  { "participant", "phone", N_("Phone"), VALUE_TEXT },
  { "participant", "situation", N_("Stays at"), VALUE_ENUM, koers_situation_get_type },
  { "participant", "referrer", N_("Referred by"), VALUE_TEXT },
  { "participant", "target_group", N_("Target group"), VALUE_ENUM, koers_target_group_get_type },
  { "participant", "phase", N_("Current phase"), VALUE_ENUM, koers_phase_get_type },
  { "participant", "phase_since", N_("In phase since"), VALUE_DATE },
  { "participant", "status", N_("Status"), VALUE_ENUM, koers_status_get_type },
  { "participant", "case_manager_id", N_("Case manager"), VALUE_STAFF },
  { "participant", "created_at", NULL, VALUE_HIDDEN },
  { "participant", "updated_at", NULL, VALUE_HIDDEN },
  { "participant", "name_key", NULL, VALUE_HIDDEN },
  { "participant", "search_key", NULL, VALUE_HIDDEN },
  { "participant", "trajectory_holder_id", N_("Trajectory holder"), VALUE_STAFF },
  { "participant", "buddy_id", N_("Buddy / volunteer"), VALUE_STAFF },
  { "participant", "commitment_date", N_("Commitment to return"), VALUE_DATE },
  { "participant", "planned_departure", N_("Planned departure"), VALUE_DATE },
  { "participant", "exit_date", N_("End date"), VALUE_DATE },
  { "participant", "exit_reason", N_("Reason"), VALUE_TEXT },

  { "phase_history", "id", NULL, VALUE_HIDDEN },
  { "phase_history", "participant_id", NULL, VALUE_HIDDEN },
  { "phase_history", "phase", N_("Phase"), VALUE_ENUM, koers_phase_get_type, TRUE },
  { "phase_history", "from_date", N_("From"), VALUE_DATE, NULL, TRUE },
  { "phase_history", "to_date", N_("Until"), VALUE_DATE },

  { "obstacle", "id", NULL, VALUE_HIDDEN },
  { "obstacle", "participant_id", NULL, VALUE_HIDDEN },
  { "obstacle", "kind", N_("Kind"), VALUE_ENUM, koers_obstacle_kind_get_type, TRUE },
  { "obstacle", "description", N_("Description"), VALUE_TEXT, NULL, TRUE },
  { "obstacle", "status", N_("Status"), VALUE_ENUM, koers_obstacle_status_get_type },
  { "obstacle", "opened_date", N_("Opened"), VALUE_DATE },
  { "obstacle", "resolved_date", N_("Resolved"), VALUE_DATE },

  { "contact_note", "id", NULL, VALUE_HIDDEN },
  { "contact_note", "participant_id", NULL, VALUE_HIDDEN },
  { "contact_note", "note_date", N_("Date"), VALUE_DATE, NULL, TRUE },
  { "contact_note", "kind", N_("Kind of contact"), VALUE_ENUM, koers_note_kind_get_type, TRUE },
  { "contact_note", "author_id", N_("Written by"), VALUE_STAFF },
  { "contact_note", "text", N_("Note"), VALUE_TEXT, NULL, TRUE },

  { "document", "id", NULL, VALUE_HIDDEN },
  { "document", "participant_id", NULL, VALUE_HIDDEN },
  { "document", "kind", N_("Document"), VALUE_ENUM, koers_document_kind_get_type, TRUE },
  { "document", "status", N_("Status"), VALUE_ENUM, koers_document_status_get_type, TRUE },
  { "document", "requested_date", N_("Requested"), VALUE_DATE },
  { "document", "obtained_date", N_("Obtained"), VALUE_DATE },
  { "document", "note", N_("Note"), VALUE_TEXT },

  { "business_plan", "participant_id", NULL, VALUE_HIDDEN },
  { "business_plan", "idea", N_("Idea"), VALUE_TEXT, NULL, TRUE },
  { "business_plan", "sector", N_("Sector"), VALUE_TEXT },
  { "business_plan", "place", N_("Place"), VALUE_TEXT },
  { "business_plan", "startup_cents", N_("Start-up costs"), VALUE_MONEY },
  { "business_plan", "funding", N_("Funding"), VALUE_TEXT },
  { "business_plan", "status", N_("Status"), VALUE_ENUM, koers_business_status_get_type },

  { "plan_goal", "id", NULL, VALUE_HIDDEN },
  { "plan_goal", "participant_id", NULL, VALUE_HIDDEN },
  { "plan_goal", "title", N_("Goal"), VALUE_TEXT, NULL, TRUE },

  { "plan_action", "id", NULL, VALUE_HIDDEN },
  { "plan_action", "goal_id", NULL, VALUE_HIDDEN },
  { "plan_action", "description", N_("Action"), VALUE_TEXT, NULL, TRUE },
  { "plan_action", "owner", N_("Owner"), VALUE_TEXT },
  { "plan_action", "due_date", N_("Due"), VALUE_DATE },
  { "plan_action", "done_date", N_("Done"), VALUE_DATE },

  { "staff", "id", NULL, VALUE_HIDDEN },
  { "staff", "name", N_("Name"), VALUE_TEXT, NULL, TRUE },
  { "staff", "role", N_("Role"), VALUE_ENUM, koers_staff_role_get_type },
  { "staff", "active", N_("Active"), VALUE_BOOLEAN },
  { "staff", "created_at", NULL, VALUE_HIDDEN },

  { "participant", "target_group_reason", N_("Reason for the target group"), VALUE_TEXT },

  { "score_list", "id", NULL, VALUE_HIDDEN },
  { "score_list", "list_id", NULL, VALUE_HIDDEN },
  { "score_list", "version", N_("Version"), VALUE_TEXT, NULL, TRUE },
  { "score_list", "title", N_("Title"), VALUE_TEXT, NULL, TRUE },
  { "score_list", "definition", NULL, VALUE_HIDDEN },
  { "score_list", "imported_at", NULL, VALUE_HIDDEN },

  { "assessment", "id", NULL, VALUE_HIDDEN },
  { "assessment", "participant_id", NULL, VALUE_HIDDEN },
  { "assessment", "score_list_id", NULL, VALUE_HIDDEN },
  { "assessment", "started_date", N_("Started"), VALUE_DATE, NULL, TRUE },
  { "assessment", "finished_date", N_("Finished"), VALUE_DATE },
  { "assessment", "score_index", N_("Index"), VALUE_NUMBER },
  { "assessment", "category", N_("Category"), VALUE_ENUM, koers_score_category_get_type },
  { "assessment", "incomplete", N_("Incomplete"), VALUE_BOOLEAN },

  { "assessment_answer", "id", NULL, VALUE_HIDDEN },
  { "assessment_answer", "assessment_id", NULL, VALUE_HIDDEN },
  { "assessment_answer", "item", N_("Question"), VALUE_SCORE_ITEM, NULL, TRUE },
  { "assessment_answer", "value", N_("Answer"), VALUE_TEXT, NULL, TRUE },

  { "course", "id", NULL, VALUE_HIDDEN },
  { "course", "title", N_("Title"), VALUE_TEXT, NULL, TRUE },
  { "course", "kind", N_("Kind"), VALUE_ENUM, koers_course_kind_get_type },
  { "course", "trainer_id", N_("Trainer"), VALUE_STAFF },
  { "course", "location", N_("Location"), VALUE_TEXT },
  { "course", "weekly", N_("Weekly"), VALUE_BOOLEAN },
  { "course", "start_time", N_("Time"), VALUE_TEXT },
  { "course", "duration_minutes", N_("Minutes"), VALUE_TEXT },
  { "course", "first_date", N_("First date"), VALUE_DATE },
  { "course", "last_date", N_("Last date"), VALUE_DATE },

  { "training_session", "id", NULL, VALUE_HIDDEN },
  { "training_session", "course_id", NULL, VALUE_HIDDEN },
  { "training_session", "session_date", N_("Date"), VALUE_DATE, NULL, TRUE },
  { "training_session", "start_time", N_("Time"), VALUE_TEXT, NULL, TRUE },
  { "training_session", "duration_minutes", N_("Minutes"), VALUE_TEXT },
  { "training_session", "added", NULL, VALUE_HIDDEN },
  { "training_session", "cancelled_reason", N_("Cancelled"), VALUE_TEXT },

  { "enrolment", "id", NULL, VALUE_HIDDEN },
  { "enrolment", "participant_id", NULL, VALUE_HIDDEN },
  { "enrolment", "course_id", N_("Course"), VALUE_TEXT, NULL, TRUE },
  { "enrolment", "start_date", N_("From"), VALUE_DATE, NULL, TRUE },
  { "enrolment", "end_date", N_("Until"), VALUE_DATE },

  { "attendance", "id", NULL, VALUE_HIDDEN },
  { "attendance", "session_id", N_("Session"), VALUE_TEXT, NULL, TRUE },
  { "attendance", "participant_id", NULL, VALUE_HIDDEN },
  { "attendance", "status", N_("Attendance"), VALUE_ENUM, koers_attendance_get_type, TRUE },
  { "attendance", "note", N_("Note"), VALUE_TEXT },

  { "internship", "id", NULL, VALUE_HIDDEN },
  { "internship", "participant_id", NULL, VALUE_HIDDEN },
  { "internship", "host", N_("Host"), VALUE_TEXT, NULL, TRUE },
  { "internship", "first_date", N_("From"), VALUE_DATE, NULL, TRUE },
  { "internship", "last_date", N_("Until"), VALUE_DATE },
  { "internship", "hours", N_("Hours"), VALUE_TEXT },
  { "internship", "note", N_("Note"), VALUE_TEXT },

  { "partner", "id", NULL, VALUE_HIDDEN },
  { "partner", "name", N_("Name"), VALUE_TEXT, NULL, TRUE },
  { "partner", "kind", N_("Kind"), VALUE_ENUM, koers_partner_kind_get_type },
  { "partner", "contact", N_("Contact person"), VALUE_TEXT },
  { "partner", "agreement_date", N_("Cooperation agreement"), VALUE_DATE },
  { "partner", "note", N_("Note"), VALUE_TEXT },

  { "checklist_template", "id", NULL, VALUE_HIDDEN },
  { "checklist_template", "template_id", NULL, VALUE_HIDDEN },
  { "checklist_template", "version", N_("Version"), VALUE_TEXT, NULL, TRUE },
  { "checklist_template", "title", N_("Title"), VALUE_TEXT, NULL, TRUE },
  { "checklist_template", "definition", NULL, VALUE_HIDDEN },
  { "checklist_template", "imported_at", NULL, VALUE_HIDDEN },

  { "checklist_item", "id", NULL, VALUE_HIDDEN },
  { "checklist_item", "participant_id", NULL, VALUE_HIDDEN },
  { "checklist_item", "position", NULL, VALUE_HIDDEN },
  { "checklist_item", "template_row", NULL, VALUE_HIDDEN },
  { "checklist_item", "score_list_row", NULL, VALUE_HIDDEN },
  { "checklist_item", "item_key", N_("Item"), VALUE_TEXT, NULL, TRUE },
  { "checklist_item", "title", N_("Item"), VALUE_TEXT, NULL, TRUE },
  { "checklist_item", "sensitivity", NULL, VALUE_HIDDEN },
  { "checklist_item", "status", N_("Status"), VALUE_ENUM, koers_check_status_get_type },
  { "checklist_item", "status_date", N_("Date"), VALUE_DATE },
  { "checklist_item", "done_by", N_("By"), VALUE_TEXT },
  { "checklist_item", "note", N_("Note"), VALUE_TEXT },

  { "handover_step", "id", NULL, VALUE_HIDDEN },
  { "handover_step", "participant_id", NULL, VALUE_HIDDEN },
  { "handover_step", "partner_id", N_("Partner"), VALUE_PARTNER, NULL, TRUE },
  { "handover_step", "step", N_("Step"), VALUE_ENUM, koers_handover_step_get_type, TRUE },
  { "handover_step", "step_date", N_("Date"), VALUE_DATE, NULL, TRUE },
  { "handover_step", "follow_up", N_("Follow-up"), VALUE_DATE },
  { "handover_step", "flight_date", N_("Flight"), VALUE_DATE },
  { "handover_step", "note", N_("Note"), VALUE_TEXT },

  { "monitoring_contact", "id", NULL, VALUE_HIDDEN },
  { "monitoring_contact", "participant_id", NULL, VALUE_HIDDEN },
  { "monitoring_contact", "months", N_("Months after departure"), VALUE_NUMBER, NULL, TRUE },
  { "monitoring_contact", "planned_date", N_("Planned"), VALUE_DATE },
  { "monitoring_contact", "contact_date", N_("Contact"), VALUE_DATE },
  { "monitoring_contact", "channel", N_("Channel"), VALUE_ENUM, koers_contact_channel_get_type },
  { "monitoring_contact", "reached", N_("Reached"), VALUE_BOOLEAN },
  { "monitoring_contact", "arrived_safely", N_("Arrived safely"), VALUE_BOOLEAN },
  { "monitoring_contact", "business", N_("Business started"), VALUE_ENUM,
    koers_business_started_get_type },
  { "monitoring_contact", "income", N_("Income"), VALUE_TEXT },
  { "monitoring_contact", "housing", N_("Housing"), VALUE_TEXT },
  { "monitoring_contact", "wellbeing", N_("Wellbeing"), VALUE_NUMBER },
  { "monitoring_contact", "support_needed", N_("Support needed"), VALUE_TEXT },
  { "monitoring_contact", "note", N_("Note"), VALUE_TEXT },
};

static const ColumnInfo *
find_column (const char *table,
             const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].table, table) && g_str_equal (columns[i].column, column))
      return &columns[i];
  return NULL;
}

static const char *
table_label (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].table, table))
      return _(tables[i].label);
  return table;
}


/**
 * koers_store_audit_column_hidden:
 * @table: an audited table
 * @column: one of its columns
 *
 * Returns: whether @column is bookkeeping (ids, search keys, time stamps) that the history
 *   does not show.
 */
gboolean
koers_store_audit_column_hidden (const char *table,
                                 const char *column)
{
  const ColumnInfo *info = find_column (table, column);

  return info != NULL && info->kind == VALUE_HIDDEN;
}

static const char *
enum_label (GType type,
            int   value)
{
  if (type == KOERS_TYPE_PHASE)
    return koers_phase_get_label (value);
  if (type == KOERS_TYPE_STATUS)
    return koers_status_get_label (value);
  if (type == KOERS_TYPE_TARGET_GROUP)
    return koers_target_group_get_label (value);
  if (type == KOERS_TYPE_SEX)
    return koers_sex_get_label (value);
  if (type == KOERS_TYPE_SITUATION)
    return koers_situation_get_label (value);
  if (type == KOERS_TYPE_STAFF_ROLE)
    return koers_staff_role_get_label (value);
  if (type == KOERS_TYPE_OBSTACLE_KIND)
    return koers_obstacle_kind_get_label (value);
  if (type == KOERS_TYPE_OBSTACLE_STATUS)
    return koers_obstacle_status_get_label (value);
  if (type == KOERS_TYPE_NOTE_KIND)
    return koers_note_kind_get_label (value);
  if (type == KOERS_TYPE_DOCUMENT_KIND)
    return koers_document_kind_get_label (value);
  if (type == KOERS_TYPE_DOCUMENT_STATUS)
    return koers_document_status_get_label (value);
  if (type == KOERS_TYPE_BUSINESS_STATUS)
    return koers_business_status_get_label (value);
  if (type == KOERS_TYPE_SCORE_CATEGORY)
    return koers_score_category_get_label (value);
  if (type == KOERS_TYPE_COURSE_KIND)
    return koers_course_kind_get_label (value);
  if (type == KOERS_TYPE_ATTENDANCE)
    return koers_attendance_get_label (value);
  return NULL;
}

static char *
name_of (KoersStore *self,
         const char *sql,
         gint64      id)
{
  g_autoptr(KoersStmt) stmt = koers_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (koers_stmt_text (stmt, 0));
  return NULL;
}

/* A stored value as a person reads it; %NULL for "nothing". */
static char *
format_value (KoersStore       *self,
              const ColumnInfo *info,
              sqlite3_value    *value)
{
  const char *text;
  int number;

  if (value == NULL || sqlite3_value_type (value) == SQLITE_NULL)
    return NULL;
  text = (const char *) sqlite3_value_text (value);
  if (info == NULL)
    return g_strdup (text);

  switch (info->kind)
    {
    case VALUE_DATE:
      return koers_date_format_user (text);
    case VALUE_ENUM:
      if (koers_enum_from_nick (info->enum_type (), text, &number)
          && enum_label (info->enum_type (), number) != NULL)
        return g_strdup (enum_label (info->enum_type (), number));
      return g_strdup (text);
    case VALUE_STAFF:
      {
        char *name = name_of (self, "SELECT name FROM staff WHERE id = ?1",
                              sqlite3_value_int64 (value));
        return name ? name : g_strdup (text);
      }
    case VALUE_PARTNER:
      {
        char *name = name_of (self, "SELECT name FROM partner WHERE id = ?1",
                              sqlite3_value_int64 (value));
        return name ? name : g_strdup (text);
      }
    case VALUE_COUNTRY:
      return g_strdup (koers_country_get_name (text) ? koers_country_get_name (text) : text);
    case VALUE_MONEY:
      return koers_money_format (sqlite3_value_int64 (value));
    case VALUE_BOOLEAN:
      return g_strdup (sqlite3_value_int (value) ? _("Yes") : _("No"));
    case VALUE_NUMBER:
      /* Whole numbers: the same in every locale. */
      return g_strdup_printf ("%.0f", sqlite3_value_double (value));
    case VALUE_SCORE_ITEM:
      return koers_store_describe_score_item (self, text);
    case VALUE_TEXT:
    case VALUE_HIDDEN:
    default:
      return g_strdup (text);
    }
}

typedef struct {
  gint64       change_id;
  char        *at;
  char        *actor;
  char        *host;
  gboolean     is_undo;
  GArray      *entries;
  gint64       participant_id;   /* only the lines of this dossier; 0 for all */
} Change;

/* Turns the entries of one change into history lines: one per changed field, one per added
 * or removed record (with a summary), hidden bookkeeping columns left out. */
static void
append_items (KoersStore *self,
              GListStore *store,
              Change     *change)
{
  guint i = 0;

  while (i < change->entries->len)
    {
      KoersAuditEntry *e = &g_array_index (change->entries, KoersAuditEntry, i);
      guint end = i + 1;

      while (end < change->entries->len)
        {
          KoersAuditEntry *next = &g_array_index (change->entries, KoersAuditEntry, end);
          if (next->row_id != e->row_id || g_strcmp0 (next->table, e->table) != 0
              || g_strcmp0 (next->action, e->action) != 0)
            break;
          end++;
        }

      /* A change that touched several dossiers shows each only its own lines: an export
       * for one person's data-protection request holds nobody else's. */
      if (change->participant_id != 0 && e->participant_id != 0
          && e->participant_id != change->participant_id)
        {
          i = end;
          continue;
        }

      if (g_str_equal (e->action, "erase"))
        {
          g_autoptr(KoersHistoryItem) item =
            koers_history_item_new (change->change_id, change->at, change->actor, change->host,
                                    change->is_undo, KOERS_HISTORY_ERASED,
                                    table_label (e->table), NULL, NULL, NULL);
          g_list_store_append (store, item);
        }
      else if (g_str_equal (e->action, "update"))
        {
          for (guint j = i; j < end; j++)
            {
              KoersAuditEntry *ej = &g_array_index (change->entries, KoersAuditEntry, j);
              const ColumnInfo *info = find_column (ej->table, ej->column ? ej->column : "");
              g_autofree char *old_text = NULL;
              g_autofree char *new_text = NULL;
              g_autoptr(KoersHistoryItem) item = NULL;

              if (info != NULL && info->kind == VALUE_HIDDEN)
                continue;
              old_text = format_value (self, info, ej->old_value);
              new_text = format_value (self, info, ej->new_value);
              item = koers_history_item_new (change->change_id, change->at, change->actor,
                                             change->host, change->is_undo,
                                             KOERS_HISTORY_CHANGED, table_label (ej->table),
                                             info ? _(info->label) : ej->column,
                                             old_text, new_text);
              g_list_store_append (store, item);
            }
        }
      else
        {
          gboolean added = g_str_equal (e->action, "insert");
          g_autoptr(GString) summary = g_string_new (NULL);
          g_autoptr(KoersHistoryItem) item = NULL;

          for (guint j = i; j < end; j++)
            {
              KoersAuditEntry *ej = &g_array_index (change->entries, KoersAuditEntry, j);
              const ColumnInfo *info = find_column (ej->table, ej->column ? ej->column : "");
              g_autofree char *text = NULL;

              if (info == NULL || !info->summary)
                continue;
              text = format_value (self, info, added ? ej->new_value : ej->old_value);
              if (text != NULL && *text != '\0')
                g_string_append_printf (summary, "%s%s", summary->len ? " · " : "", text);
            }
          item = koers_history_item_new (change->change_id, change->at, change->actor,
                                         change->host, change->is_undo,
                                         added ? KOERS_HISTORY_ADDED : KOERS_HISTORY_REMOVED,
                                         table_label (e->table), NULL,
                                         added ? NULL : summary->str,
                                         added ? summary->str : NULL);
          g_list_store_append (store, item);
        }
      i = end;
    }
}

/**
 * koers_store_list_history:
 * @self: a store
 * @participant_id: whose dossier
 * @error: return location for an error
 *
 * The audit trail of one dossier, newest change first.
 *
 * Returns: (transfer full) (nullable): a list of #KoersHistoryItem.
 */
GListModel *
koers_store_list_history (KoersStore  *self,
                          gint64       participant_id,
                          GError     **error)
{
  g_autoptr(GListStore) items = g_list_store_new (KOERS_TYPE_HISTORY_ITEM);
  g_autoptr(KoersStmt) stmt = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (Change));
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self,
                              "SELECT c.id, c.at, c.actor, c.host, c.undoes IS NOT NULL "
                              "FROM audit_change c WHERE c.id IN "
                              "(SELECT change_id FROM audit_entry WHERE participant_id = ?1) "
                              "ORDER BY c.id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Change c = {
        sqlite3_column_int64 (stmt, 0),
        g_strdup (koers_stmt_text (stmt, 1)),
        g_strdup (koers_stmt_text (stmt, 2)),
        g_strdup (koers_stmt_text (stmt, 3)),
        sqlite3_column_int (stmt, 4),
        NULL,
        participant_id,
      };
      g_array_append_val (changes, c);
    }
  if (rc != SQLITE_DONE)
    {
      koers_store_set_error (self, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, koers_stmt_release);

  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);

      c->entries = koers_store_audit_load_entries (self, c->change_id, error);
      if (c->entries != NULL)
        append_items (self, items, c);
      g_free (c->at);
      g_free (c->actor);
      g_free (c->host);
      g_clear_pointer (&c->entries, g_array_unref);
      if (error != NULL && *error != NULL)
        {
          for (guint j = i + 1; j < changes->len; j++)
            {
              Change *cj = &g_array_index (changes, Change, j);
              g_free (cj->at);
              g_free (cj->actor);
              g_free (cj->host);
            }
          return NULL;
        }
    }
  return G_LIST_MODEL (g_steal_pointer (&items));
}

/**
 * koers_store_describe_change:
 * @self: a store
 * @change: a change of the audit trail
 *
 * Returns: (transfer full): what the change did in a few words, for “Undo” toasts: a field
 *   of the participant when it changed one (“Phase changed”), otherwise its first line.
 */
char *
koers_store_describe_change (KoersStore *self,
                             gint64      change)
{
  g_autoptr(GArray) entries = koers_store_audit_load_entries (self, change, NULL);
  g_autoptr(GListStore) items = g_list_store_new (KOERS_TYPE_HISTORY_ITEM);
  Change c = { change, NULL, NULL, NULL, FALSE, entries, 0 };
  g_autoptr(KoersHistoryItem) chosen = NULL;

  if (entries == NULL)
    return g_strdup (_("Change"));
  append_items (self, items, &c);

  /* A field of the participant says most; else the first record added or removed: a parent
   * is written before its children both ways (deletes are recorded before they happen). */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(KoersHistoryItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      KoersHistoryAction action = koers_history_item_get_action (item);

      if (action == KOERS_HISTORY_CHANGED
          && g_strcmp0 (koers_history_item_get_record (item), _("Participant")) == 0)
        return koers_history_item_describe (item);
      if (chosen == NULL
          || (action == KOERS_HISTORY_ADDED
              && koers_history_item_get_action (chosen) != KOERS_HISTORY_ADDED)
          || (action == KOERS_HISTORY_REMOVED
              && koers_history_item_get_action (chosen) == KOERS_HISTORY_CHANGED))
        g_set_object (&chosen, item);
    }
  if (chosen == NULL)
    return g_strdup (_("Change"));
  return koers_history_item_describe (chosen);
}

/**
 * koers_store_audit_unlabelled:
 * @self: a store
 *
 * For the tests: the audited columns of the schema that the trail has no label for, as
 * "table.column". A migration that adds a column must give it a label here.
 *
 * Returns: (transfer full): the columns without a label.
 */
GPtrArray *
koers_store_audit_unlabelled (KoersStore *self)
{
  g_autoptr(GPtrArray) names = koers_store_query_strings (self, "SELECT name FROM main.sqlite_schema "
                                                    "WHERE type = 'table' "
                                                    "AND name NOT LIKE 'sqlite_%' "
                                                    "AND name NOT IN ('audit_change', "
                                                    "'audit_entry')", NULL, 1);
  GPtrArray *missing = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len; i++)
    {
      const char *table = g_ptr_array_index (names, i);
      g_autoptr(GPtrArray) table_columns =
        koers_store_query_strings (self, "SELECT name FROM pragma_table_info(?1)", table, 1);
      gboolean labelled_table = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (tables); j++)
        labelled_table |= g_str_equal (tables[j].table, table);
      if (!labelled_table)
        g_ptr_array_add (missing, g_strdup (table));
      for (guint j = 0; j < table_columns->len; j++)
        if (find_column (table, g_ptr_array_index (table_columns, j)) == NULL)
          g_ptr_array_add (missing, g_strdup_printf ("%s.%s", table,
                                                     (char *) g_ptr_array_index (table_columns, j)));
    }
  return missing;
}
