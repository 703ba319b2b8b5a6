/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-store-private.h"

/* Reads that only the trajectory report needs so far: the phases a participant went
 * through, and the courses they were enrolled in. A file of their own, so that the
 * participants and training files of the store do not grow further. */

/**
 * koers_store_list_phases:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * The history of a participant's phases, one entry per stay in a phase.
 *
 * Returns: (transfer full) (nullable): the phases, oldest first, as a #GVariant of type
 *   `a(sss)`: phase (nick), first day and last day ("" for the current phase).
 */
GVariant *
koers_store_list_phases (KoersStore  *self,
                         gint64       participant_id,
                         GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT phase, from_date, coalesce(to_date, '') "
                                    "FROM phase_history WHERE participant_id = ?1 "
                                    "ORDER BY from_date, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sss)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "(sss)", koers_stmt_text (stmt, 0),
                           koers_stmt_text (stmt, 1), koers_stmt_text (stmt, 2));
  return koers_store_end_variant (self, &builder, rc, error);
}

/**
 * koers_store_list_enrolments:
 * @self: a store
 * @participant_id: whose
 * @error: return location for an error
 *
 * The courses a participant is or was enrolled in.
 *
 * Returns: (transfer full) (nullable): the enrolments by start date as a #GVariant of type
 *   `a(xssss)`: course id, course title, course kind (nick), first day of the enrolment and
 *   its last day ("" while it runs).
 */
GVariant *
koers_store_list_enrolments (KoersStore  *self,
                             gint64       participant_id,
                             GError     **error)
{
  g_autoptr(KoersStmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  g_return_val_if_fail (KOERS_IS_STORE (self), NULL);

  stmt = koers_store_prepare (self, "SELECT c.id, c.title, c.kind, e.start_date, "
                                    "coalesce(e.end_date, '') FROM enrolment e "
                                    "JOIN course c ON c.id = e.course_id "
                                    "WHERE e.participant_id = ?1 "
                                    "ORDER BY e.start_date, c.title, e.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xssss)"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "(xssss)", sqlite3_column_int64 (stmt, 0),
                           koers_stmt_text (stmt, 1), koers_stmt_text (stmt, 2),
                           koers_stmt_text (stmt, 3), koers_stmt_text (stmt, 4));
  return koers_store_end_variant (self, &builder, rc, error);
}
