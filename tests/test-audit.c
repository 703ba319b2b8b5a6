/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "koers-history-export.h"
#include "koers-store-private.h"
#include "koers-test-utils.h"

/* The audit trail and undo/redo of the store: every change is recorded with who, when, what
 * and the values before and after; any change of the session can be undone and redone; an
 * erased dossier leaves nothing personal behind. */

typedef struct {
  char       *dir;
  char       *path;
  KoersStore *store;
  gint64      id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) amina = NULL;

  f->dir = koers_test_make_dir ();
  f->path = g_build_filename (f->dir, "koers.db", NULL);
  f->store = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  koers_store_set_actor (f->store, "Anna de Vries");

  amina = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Amina", "family-name", "Tesfay",
                        "country", "ER", "phone", "06 1111 2222",
                        "phase-since", "2026-01-05", NULL);
  koers_store_add_participant (f->store, amina, &error);
  g_assert_no_error (error);
  f->id = koers_participant_get_id (amina);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  koers_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (f->store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
set_text (Fixture               *f,
          KoersParticipantField  field,
          const char            *text)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  koers_store_update_participant (f->store, f->id, field, &value, &error);
  g_assert_no_error (error);
}

static char *
phone (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = koers_store_get_participant (f->store, f->id, &error);

  g_assert_no_error (error);
  return g_strdup (koers_participant_get_phone (p));
}

static KoersHistoryItem *
find_item (GListModel *history,
           const char *field)
{
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(KoersHistoryItem) item = g_list_model_get_item (history, i);
      if (g_strcmp0 (koers_history_item_get_field (item), field) == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static void
test_every_column_labelled (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) missing = koers_store_audit_unlabelled (f->store);

  for (guint i = 0; i < missing->len; i++)
    g_test_message ("no label in the audit trail for %s", (char *) missing->pdata[i]);
  g_assert_cmpuint (missing->len, ==, 0);
}

static void
test_field_change_recorded (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(KoersHistoryItem) item = NULL;
  g_autoptr(KoersHistoryItem) added = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) at = NULL;

  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 3333 4444");

  history = koers_store_list_history (f->store, f->id, &error);
  g_assert_no_error (error);
  /* Newest first: the phone, then the participant added. */
  item = g_list_model_get_item (history, 0);
  g_assert_cmpint (koers_history_item_get_action (item), ==, KOERS_HISTORY_CHANGED);
  g_assert_cmpstr (koers_history_item_get_field (item), ==, "Phone");
  g_assert_cmpstr (koers_history_item_get_record (item), ==, "Participant");
  g_assert_cmpstr (koers_history_item_get_old_value (item), ==, "06 1111 2222");
  g_assert_cmpstr (koers_history_item_get_new_value (item), ==, "06 3333 4444");
  g_assert_cmpstr (koers_history_item_get_actor (item), ==, "Anna de Vries");
  g_assert_cmpstr (koers_history_item_get_host (item), ==, g_get_host_name ());
  g_assert_false (koers_history_item_get_is_undo (item));
  at = g_date_time_new_from_iso8601 (koers_history_item_get_at (item), NULL);
  g_assert_nonnull (at);
  g_assert_cmpint (ABS (g_date_time_difference (now, at)), <, 60 * G_TIME_SPAN_SECOND);
  /* Bookkeeping columns (updated_at, search keys) are not shown. */
  g_assert_null (find_item (history, "updated_at"));
  g_assert_null (find_item (history, "search_key"));

  /* The first change added the participant and opened their first phase. */
  for (guint i = 0; i < g_list_model_get_n_items (history) && added == NULL; i++)
    {
      g_autoptr(KoersHistoryItem) candidate = g_list_model_get_item (history, i);
      if (koers_history_item_get_action (candidate) == KOERS_HISTORY_ADDED
          && g_str_equal (koers_history_item_get_record (candidate), "Participant"))
        added = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (added);
  g_assert_cmpstr (koers_history_item_get_new_value (added), ==, "K-00001 · Amina · Tesfay");
  description = koers_history_item_describe (item);
  g_assert_cmpstr (description, ==, "Phone changed");
}

/* A renamed participant is found under the new name at once (the search keys used to lag
 * one edit behind). */
static void
test_rename_found (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) old = NULL;

  set_text (f, KOERS_PARTICIPANT_FIELD_FAMILY_NAME, "Haile");
  found = koers_store_find_participants (f->store, "haile", NULL, KOERS_PARTICIPANT_COLUMN_CODE,
                                         FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  old = koers_store_find_participants (f->store, "tesfay", NULL, KOERS_PARTICIPANT_COLUMN_CODE,
                                       FALSE, &error);
  g_assert_cmpuint (old->len, ==, 0);

  /* And undo puts the old keys back with the old name. */
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_clear_pointer (&old, g_array_unref);
  old = koers_store_find_participants (f->store, "tesfay", NULL, KOERS_PARTICIPANT_COLUMN_CODE,
                                       FALSE, &error);
  g_assert_cmpuint (old->len, ==, 1);
}

/* Saving a field with the value it has is nothing to undo. */
static void
test_same_value_not_undoable (Fixture       *f,
                              gconstpointer  data)
{
  gint64 last;

  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 5");
  last = koers_store_get_last_change (f->store);
  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 5");
  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, " 06 5 ");
  g_assert_cmpint (koers_store_get_last_change (f->store), ==, last);

  /* Later, too (a new time stamp would have been written): the edit still undoes. */
  g_usleep (1100 * 1000);
  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 5");
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *now = NULL;
    g_assert_true (koers_store_undo (f->store, NULL, &error));
    g_assert_no_error (error);
    now = phone (f);
    g_assert_cmpstr (now, ==, "06 1111 2222");
  }
}

/* One change that touched two dossiers: each dossier's history shows only its own lines. */
static void
test_history_per_dossier (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) other = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Dawit",
                                                    "phase-since", "2026-01-05", NULL);
  g_autoptr(GListModel) history = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  koers_store_add_participant (f->store, other, &error);
  g_assert_no_error (error);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (koers_store_begin (f->store, &error));
  g_value_set_string (&value, "06 1000 0001");
  koers_store_update_participant (f->store, f->id, KOERS_PARTICIPANT_FIELD_PHONE, &value, &error);
  g_value_set_string (&value, "06 2000 0002");
  koers_store_update_participant (f->store, koers_participant_get_id (other),
                                  KOERS_PARTICIPANT_FIELD_PHONE, &value, &error);
  g_assert_true (koers_store_commit (f->store, &error));
  g_assert_no_error (error);

  history = koers_store_list_history (f->store, f->id, &error);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(KoersHistoryItem) item = g_list_model_get_item (history, i);
      g_assert_cmpstr (koers_history_item_get_new_value (item), !=, "06 2000 0002");
    }
  {
    g_autoptr(KoersHistoryItem) first = g_list_model_get_item (history, 0);
    g_assert_cmpstr (koers_history_item_get_new_value (first), ==, "06 1000 0001");
  }
}

static void
test_failed_write_leaves_no_trail (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 changes = count (f, "SELECT count(*) FROM audit_change");
  gint64 entries = count (f, "SELECT count(*) FROM audit_entry");

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "");
  g_assert_false (koers_store_update_participant (f->store, f->id,
                                                  KOERS_PARTICIPANT_FIELD_GIVEN_NAME, &value,
                                                  &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_change"), ==, changes);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_entry"), ==, entries);
  g_assert_false (koers_store_can_redo (f->store));
}

static void
test_undo_redo_steps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const char *phones[] = { "06 1111 2222", "06 1", "06 2", "06 3" };

  for (guint i = 1; i < G_N_ELEMENTS (phones); i++)
    set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, phones[i]);
  g_assert_true (koers_store_can_undo (f->store));
  g_assert_false (koers_store_can_redo (f->store));

  for (guint i = G_N_ELEMENTS (phones) - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;
      g_clear_pointer (&description, g_free);
      g_assert_true (koers_store_undo (f->store, &description, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (description, ==, "Phone changed");
      now = phone (f);
      g_assert_cmpstr (now, ==, phones[i - 1]);
    }
  g_assert_true (koers_store_can_redo (f->store));

  for (guint i = 1; i < G_N_ELEMENTS (phones); i++)
    {
      g_autofree char *now = NULL;
      g_assert_true (koers_store_redo (f->store, NULL, &error));
      g_assert_no_error (error);
      now = phone (f);
      g_assert_cmpstr (now, ==, phones[i]);
    }
  g_assert_false (koers_store_can_redo (f->store));

  /* A new edit after an undo makes the undone one unreachable for redo. */
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 9");
  g_assert_false (koers_store_can_redo (f->store));
  g_assert_false (koers_store_redo (f->store, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);

  /* The undo itself shows in the trail, marked as such. */
  {
    g_autoptr(GListModel) history = koers_store_list_history (f->store, f->id, NULL);
    guint undos = 0;
    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(KoersHistoryItem) item = g_list_model_get_item (history, i);
        undos += koers_history_item_get_is_undo (item);
      }
    g_assert_cmpuint (undos, ==, 7);
  }
}

static void
test_undo_phase_move (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = NULL;
  g_autofree char *description = NULL;
  g_autofree char *today = koers_today_iso ();

  koers_store_move_phase (f->store, f->id, KOERS_PHASE_INTAKE, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM phase_history"), ==, 2);

  g_assert_true (koers_store_undo (f->store, &description, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (description, ==, "Current phase changed");
  p = koers_store_get_participant (f->store, f->id, &error);
  g_assert_cmpint (koers_participant_get_phase (p), ==, KOERS_PHASE_OUTREACH);
  g_assert_cmpstr (koers_participant_get_phase_since (p), ==, "2026-01-05");
  g_assert_cmpint (count (f, "SELECT count(*) FROM phase_history"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM phase_history WHERE to_date IS NULL"), ==, 1);

  /* Redo, and the move is there again, history and all. */
  g_assert_true (koers_store_redo (f->store, NULL, &error));
  g_clear_object (&p);
  p = koers_store_get_participant (f->store, f->id, &error);
  g_assert_cmpint (koers_participant_get_phase (p), ==, KOERS_PHASE_INTAKE);
  g_assert_cmpint (count (f, "SELECT count(*) FROM phase_history"), ==, 2);
  g_assert_cmpint (count (f, "PRAGMA foreign_key_check"), ==, -1);
}

static void
test_undo_removal_with_children (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;
  g_autoptr(KoersObstacle) removed = NULL;
  g_autofree char *description = NULL;
  gint64 goal, obstacle;

  goal = koers_store_add_goal (f->store, f->id, "Passport", &error);
  koers_store_add_action (f->store, goal, "Call the embassy", "Anna", "2026-12-01", &error);
  koers_store_add_action (f->store, goal, "Collect photos", "", NULL, &error);
  obstacle = koers_store_add_obstacle (f->store, f->id, KOERS_OBSTACLE_KIND_MEDICAL,
                                       "Needs insulin", "2026-01-10", &error);
  g_assert_no_error (error);
  before = koers_store_list_plan (f->store, f->id, &error);

  /* Removing a goal takes its actions along; undo brings all three back. */
  g_assert_true (koers_store_delete_goal (f->store, goal, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM plan_action"), ==, 0);
  g_assert_true (koers_store_undo (f->store, &description, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (description, ==, "Goal removed");
  after = koers_store_list_plan (f->store, f->id, &error);
  g_assert_true (g_variant_equal (before, after));

  /* The actions of the removed goal are in the dossier's history too. */
  {
    g_autoptr(GListModel) history = koers_store_list_history (f->store, f->id, NULL);
    guint actions_removed = 0;
    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(KoersHistoryItem) item = g_list_model_get_item (history, i);
        actions_removed += koers_history_item_get_action (item) == KOERS_HISTORY_REMOVED
                           && g_str_equal (koers_history_item_get_record (item), "Action");
      }
    g_assert_cmpuint (actions_removed, ==, 2);
  }

  removed = koers_store_delete_obstacle (f->store, obstacle, &error);
  g_assert_no_error (error);
  g_assert_true (koers_store_undo (f->store, NULL, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM obstacle WHERE description = 'Needs insulin' "
                             "AND kind = 'medical' AND opened_date = '2026-01-10'"), ==, 1);
}

static void
test_undo_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersStore) other = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *now = NULL;

  set_text (f, KOERS_PARTICIPANT_FIELD_PHONE, "06 5");

  /* Someone else changes the same field afterwards (a second connection). */
  other = koers_store_open (f->path, &error);
  g_assert_no_error (error);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "06 7");
  koers_store_update_participant (other, f->id, KOERS_PARTICIPANT_FIELD_PHONE, &value, &error);
  g_assert_no_error (error);

  /* Undoing would overwrite their edit: refused, nothing changed, and dropped. */
  g_assert_false (koers_store_undo (f->store, NULL, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
  now = phone (f);
  g_assert_cmpstr (now, ==, "06 7");
  g_clear_error (&error);
  /* The participant's addition is next on the stack; the phone edit is gone from it. */
  g_assert_true (koers_store_can_undo (f->store));
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  /* The file holds NULs, so no string search: compare at every offset. */
  for (gsize i = 0; i + strlen (needle) <= length; i++)
    if (memcmp (contents + i, needle, strlen (needle)) == 0)
      return TRUE;
  return FALSE;
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) gone = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(KoersHistoryItem) last = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  set_text (f, KOERS_PARTICIPANT_FIELD_FAMILY_NAME, "Zerezghiwot");
  koers_store_add_note (f->store, f->id, "2026-02-01", KOERS_NOTE_KIND_CALL, 0,
                        "Spoke about the clinic in Asmara", &error);
  g_assert_no_error (error);

  /* A removed goal takes its actions along; their lines in the trail go with the dossier. */
  {
    gint64 goal = koers_store_add_goal (f->store, f->id, "Reach the family", &error);
    koers_store_add_action (f->store, goal, "Call her brother Yonas in Keren", "Yonas Tesfay",
                            NULL, &error);
    g_assert_no_error (error);
    g_assert_true (koers_store_delete_goal (f->store, goal, &error));
    g_assert_cmpint (count (f, "SELECT count(*) FROM audit_entry WHERE participant_id IS NULL "
                               "AND tbl = 'plan_action'"), ==, 0);
  }

  g_assert_true (koers_store_erase_participant (f->store, f->id, &error));
  g_assert_no_error (error);
  gone = koers_store_get_participant (f->store, f->id, &error);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM contact_note"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM phase_history"), ==, 0);
  g_assert_false (koers_store_can_undo (f->store));

  /* The trail keeps who changed what and when, without any value. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_entry WHERE old_value IS NOT NULL "
                             "OR new_value IS NOT NULL"), ==, 0);
  history = koers_store_list_history (f->store, f->id, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (history, 0);
  g_assert_cmpint (koers_history_item_get_action (last), ==, KOERS_HISTORY_ERASED);
  g_assert_cmpstr (koers_history_item_get_actor (last), ==, "Anna de Vries");

  /* Nothing of the person is left in the file or its journal. */
  g_assert_false (file_contains (f->path, "Zerezghiwot"));
  g_assert_false (file_contains (f->path, "Tesfay"));
  g_assert_false (file_contains (f->path, "clinic in Asmara"));
  g_assert_false (file_contains (f->path, "Yonas"));
  g_assert_false (file_contains (wal, "Zerezghiwot"));
  g_assert_false (file_contains (wal, "clinic in Asmara"));

  g_assert_false (koers_store_erase_participant (f->store, f->id, &error));
  g_assert_error (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND);
}

static char *
unzip (const char *path,
       const char *member)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "unzip", "-p", path, member, NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *path = g_build_filename (f->dir, "history.xlsx", NULL);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *sheet = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "missing", "history.xlsx", NULL);

  set_text (f, KOERS_PARTICIPANT_FIELD_ALIAS, "=HYPERLINK(\"http://x\",\"y\")");
  history = koers_store_list_history (f->store, f->id, &error);
  g_assert_no_error (error);
  g_assert_true (koers_history_export_xlsx (history, "History of K-00001", path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  sheet = unzip (path, "xl/worksheets/sheet1.xml");
  /* Written in constant-memory mode: the strings are inline in the sheet. */
  strings = g_strdup (sheet);
  /* A value that looks like a formula stays text. */
  g_assert_null (strstr (sheet, "<f>"));
  g_assert_nonnull (strstr (strings, "<t>=HYPERLINK(\"http://x\",\"y\")</t>"));
  g_assert_nonnull (strstr (strings, "History of K-00001"));
  g_assert_nonnull (strstr (strings, "Anna de Vries"));
  g_assert_nonnull (strstr (strings, "Alias"));
  /* Frozen header, a filter on the table. */
  g_assert_nonnull (strstr (sheet, "<pane ySplit=\"3\""));
  g_assert_nonnull (strstr (sheet, "<autoFilter"));

  /* A folder that is not there: an error, and no file at all. */
  g_assert_false (koers_history_export_xlsx (history, "x", bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/audit/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("every-column-labelled", test_every_column_labelled);
  ADD ("field-change-recorded", test_field_change_recorded);
  ADD ("rename-found", test_rename_found);
  ADD ("same-value-not-undoable", test_same_value_not_undoable);
  ADD ("history-per-dossier", test_history_per_dossier);
  ADD ("failed-write-leaves-no-trail", test_failed_write_leaves_no_trail);
  ADD ("undo-redo-steps", test_undo_redo_steps);
  ADD ("undo-phase-move", test_undo_phase_move);
  ADD ("undo-removal-with-children", test_undo_removal_with_children);
  ADD ("undo-conflict", test_undo_conflict);
  ADD ("erase", test_erase);
  ADD ("export", test_export);
#undef ADD

  return g_test_run ();
}
