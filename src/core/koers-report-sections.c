/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-report-private.h"

/* The later parts of a trajectory report: training, the score list, the handover and the
 * monitoring after return. See koers-report.c for what is left out and why. */

static char *
date_shown (const char *iso)
{
  return koers_date_format_user (iso);
}

static char *
attendance (double rate,
            guint  planned)
{
  if (planned == 0)
    return g_strdup (_("No sessions yet"));
  /* Translators: an attendance rate and the number of sessions it is over, "78% of 23
   * sessions" */
  return g_strdup_printf (ngettext ("%.0f%% of %u session", "%.0f%% of %u sessions", planned),
                          rate * 100, planned);
}

/**
 * koers_report_add_training:
 * @report: a report being gathered
 * @store: the store
 * @participant_id: whose
 * @points: how attendance marks count
 * @error: return location for an error
 *
 * The courses with the attendance rate over each enrolment and over all, and the
 * internships.
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_report_add_training (KoersReport                 *report,
                           KoersStore                  *store,
                           gint64                       participant_id,
                           const KoersAttendancePoints *points,
                           GError                     **error)
{
  g_autoptr(GVariant) enrolments = koers_store_list_enrolments (store, participant_id, error);
  g_autoptr(GVariant) internships = NULL;
  g_autofree char *overall = NULL;
  const char *title, *kind_nick, *from, *until, *host, *first, *last, *note;
  GVariantIter iter;
  gint64 course_id;
  double rate = 0;
  guint planned = 0;
  int hours;

  if (enrolments == NULL
      || (internships = koers_store_list_internships (store, participant_id, error)) == NULL)
    return FALSE;
  if (g_variant_n_children (enrolments) == 0 && g_variant_n_children (internships) == 0)
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("training"));
      return TRUE;
    }
  koers_report_heading (report, _("Training"));
  if (g_variant_n_children (enrolments) > 0)
    {
      if (!koers_store_get_attendance_rate (store, participant_id, 0, NULL, NULL, points, &rate,
                                            &planned, error))
        return FALSE;
      overall = attendance (rate, planned);
      koers_report_field (report, _("Attendance rate"), overall);
      koers_report_subheading (report, _("Courses"));
    }
  g_variant_iter_init (&iter, enrolments);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s)", &course_id, &title, &kind_nick, &from,
                              &until))
    {
      g_autofree char *start = date_shown (from);
      g_autofree char *end = date_shown (until);
      g_autofree char *rate_text = NULL;
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      int kind = 0;

      if (!koers_store_get_attendance_rate (store, participant_id, course_id, from,
                                            *until ? until : NULL, points, &rate, &planned,
                                            error))
        return FALSE;
      koers_enum_from_nick (KOERS_TYPE_COURSE_KIND, kind_nick, &kind);
      rate_text = attendance (rate, planned);
      g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b> (%s)", title,
                                                       koers_course_kind_get_label (kind)));
      if (*end)
        /* Translators: the end of an enrolment, "until 03-02-2026" */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("until %s"), end));
      /* Translators: an attendance rate of a course, "attendance 78% of 23 sessions" */
      g_ptr_array_add (parts, g_markup_printf_escaped (_("attendance %s"), rate_text));
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, start, koers_report_join (parts));
    }

  if (g_variant_n_children (internships) > 0)
    koers_report_subheading (report, _("Internships"));
  /* The store gives them newest first; a report reads in the order things happened. */
  for (gsize i = g_variant_n_children (internships); i-- > 0;)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

      g_variant_get_child (internships, i, "(x&s&s&si&s)", NULL, &host, &first, &last, &hours,
                           &note);
      start = date_shown (first);
      end = date_shown (last);
      g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b>", host));
      g_ptr_array_add (parts, g_markup_printf_escaped (_("until %s"), end));
      g_ptr_array_add (parts, g_markup_printf_escaped (ngettext ("%d hour", "%d hours", hours),
                                                       hours));
      g_ptr_array_add (parts, g_markup_escape_text (note, -1));
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, start, koers_report_join (parts));
    }
  return TRUE;
}

static void
add_assessment (KoersReport     *report,
                KoersAssessment *assessment)
{
  KoersScoreList *list = koers_assessment_get_list (assessment);
  g_autofree char *when = date_shown (koers_assessment_get_finished_date (assessment));
  g_autofree char *index = NULL;
  g_autofree char *version = NULL;
  g_autoptr(GPtrArray) why = koers_assessment_explain (assessment);
  KoersScoreResult result;

  koers_assessment_compute (assessment, &result);
  index = g_strdup_printf ("%.0f", result.index);
  /* Translators: the score list an assessment was made with and its version, "Score list
   * for return, version 1" */
  version = g_strdup_printf (_("%s, version %d"), koers_score_list_get_title (list),
                             koers_score_list_get_version (list));
  koers_report_field (report, _("Category"), koers_score_category_get_label (result.category));
  koers_report_field (report, _("Index"), index);
  koers_report_field (report, _("Assessed on"), when);
  koers_report_field (report, _("Score list"), version);
  if (why->len > 0)
    koers_report_subheading (report, _("Why this category"));
  for (guint i = 0; i < why->len; i++)
    koers_report_item (report, KOERS_REPORT_LEAD_MARK, "•",
                       g_markup_escape_text (g_ptr_array_index (why, i), -1));
}

/**
 * koers_report_add_score_list:
 * @report: a report being gathered
 * @store: the store
 * @participant: whose
 * @error: return location for an error
 *
 * The newest finished assessment of the vulnerability score list with why its category is
 * what it is, the earlier ones in a line each, and the reason of a target group set by hand.
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_report_add_score_list (KoersReport       *report,
                             KoersStore        *store,
                             KoersParticipant  *participant,
                             GError           **error)
{
  g_autoptr(GListModel) assessments = NULL;
  guint n_finished = 0;

  assessments = koers_store_list_assessments (store, koers_participant_get_id (participant),
                                              error);
  if (assessments == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(KoersAssessment) assessment = g_list_model_get_item (assessments, i);

      n_finished += koers_assessment_is_finished (assessment);
    }
  if (n_finished == 0 && !koers_participant_is_target_group_by_hand (participant))
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("vulnerability score list"));
      return TRUE;
    }
  n_finished = 0;
  koers_report_heading (report, _("Vulnerability score list"));
  if (koers_participant_is_target_group_by_hand (participant))
    koers_report_field (report, _("Target group set by hand"),
                        koers_participant_get_target_group_reason (participant));
  /* Finished assessments come newest first. */
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(KoersAssessment) assessment = g_list_model_get_item (assessments, i);
      g_autofree char *when = NULL;
      g_autofree char *index = NULL;
      KoersScoreResult result;

      if (!koers_assessment_is_finished (assessment))
        continue;
      if (n_finished++ == 0)
        {
          add_assessment (report, assessment);
          continue;
        }
      if (n_finished == 2)
        koers_report_subheading (report, _("Earlier assessments"));
      koers_assessment_compute (assessment, &result);
      when = date_shown (koers_assessment_get_finished_date (assessment));
      /* Translators: the index of an earlier assessment, "index 56" */
      index = g_strdup_printf (_("index %.0f"), result.index);
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, when,
                         g_markup_printf_escaped ("<b>%s</b> · %s",
                                                  koers_score_category_get_label (result.category),
                                                  index));
    }
  return TRUE;
}

static gboolean
sensitivity_shown (KoersReport *report,
                   const char  *nick)
{
  if (g_str_equal (nick, "health"))
    return (report->include & KOERS_REPORT_INCLUDE_HEALTH) != 0;
  if (g_str_equal (nick, "safety"))
    return (report->include & KOERS_REPORT_INCLUDE_SAFETY) != 0;
  return TRUE;
}

/* The checklist without the items the report leaves out, so that the readiness figure
 * does not tell that there are more. */
static GVariant *
filter_checklist (KoersReport *report,
                  GVariant    *items)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(xssssssss)"));
  for (gsize i = 0; i < g_variant_n_children (items); i++)
    {
      g_autoptr(GVariant) item = g_variant_get_child_value (items, i);
      const char *sensitivity;

      g_variant_get_child (item, 8, "&s", &sensitivity);
      if (sensitivity_shown (report, sensitivity))
        g_variant_builder_add_value (&builder, item);
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static void
add_checklist (KoersReport *report,
               GVariant    *items)
{
  g_autofree char *ready = NULL;
  const char *title, *status_nick, *date, *who, *note;
  GVariantIter iter;
  guint done, applicable;

  koers_checklist_readiness (items, &done, &applicable);
  /* Translators: the readiness for handover, "7 of 9 items done" */
  ready = g_strdup_printf (ngettext ("%u of %u item done", "%u of %u items done", applicable),
                           done, applicable);
  koers_report_field (report, _("Readiness"), ready);
  koers_report_subheading (report, _("Checklist"));
  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", NULL, &title, NULL, &status_nick,
                              &date, &who, &note, NULL, NULL))
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *day = date_shown (date);
      int status = 0;
      static const char *const marks[] = { "○", "✓", "–" };

      koers_enum_from_nick (KOERS_TYPE_CHECK_STATUS, status_nick, &status);
      g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b>", title));
      g_ptr_array_add (parts, g_markup_escape_text (koers_check_status_get_label (status), -1));
      g_ptr_array_add (parts, g_markup_escape_text (day, -1));
      g_ptr_array_add (parts, g_markup_escape_text (who, -1));
      g_ptr_array_add (parts, g_markup_escape_text (note, -1));
      koers_report_item (report, KOERS_REPORT_LEAD_MARK, marks[CLAMP (status, 0, 2)],
                         koers_report_join (parts));
    }
}

/**
 * koers_report_add_handover:
 * @report: a report being gathered
 * @store: the store
 * @participant_id: whose
 * @error: return location for an error
 *
 * The handover checklist with the readiness, leaving out the items about health or safety
 * unless included, and the steps of the handover to the partner.
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_report_add_handover (KoersReport  *report,
                           KoersStore   *store,
                           gint64        participant_id,
                           GError      **error)
{
  g_autoptr(GVariant) all = koers_store_list_checklist (store, participant_id, error);
  g_autoptr(GVariant) steps = NULL;
  g_autoptr(GVariant) items = NULL;
  const char *step_nick, *partner, *date, *flight, *note;
  GVariantIter iter;

  if (all == NULL
      || (steps = koers_store_list_handover_steps (store, participant_id, error)) == NULL)
    return FALSE;
  items = filter_checklist (report, all);
  if (g_variant_n_children (items) == 0 && g_variant_n_children (steps) == 0)
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("handover"));
      return TRUE;
    }
  koers_report_heading (report, _("Handover"));
  if (g_variant_n_children (items) > 0)
    add_checklist (report, items);
  if (g_variant_n_children (steps) > 0)
    koers_report_subheading (report, _("Steps of the handover"));
  g_variant_iter_init (&iter, steps);
  while (g_variant_iter_next (&iter, "(x&sx&s&s&s&s&s)", NULL, &step_nick, NULL, &partner,
                              &date, NULL, &flight, &note))
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *day = date_shown (date);
      int step = 0;

      koers_enum_from_nick (KOERS_TYPE_HANDOVER_STEP, step_nick, &step);
      g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b>",
                                                       koers_handover_step_get_label (step)));
      g_ptr_array_add (parts, g_markup_escape_text (partner, -1));
      if (*flight)
        {
          g_autofree char *flight_day = date_shown (flight);
          /* Translators: the day of the flight, "flight on 03-02-2026" */
          g_ptr_array_add (parts, g_markup_printf_escaped (_("flight on %s"), flight_day));
        }
      g_ptr_array_add (parts, g_markup_escape_text (note, -1));
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, day, koers_report_join (parts));
    }
  return TRUE;
}

static char *
describe_contact (KoersReport                  *report,
                  const KoersMonitoringContact *c)
{
  gboolean health = (report->include & KOERS_REPORT_INCLUDE_HEALTH) != 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_autofree char *when = NULL;

  /* Translators: a monitoring contact, "After 3 months" */
  when = g_strdup_printf (ngettext ("After %d month", "After %d months", c->months), c->months);
  g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b>", when));
  if (c->contact_date == NULL)
    {
      g_ptr_array_add (parts, g_markup_escape_text (_("planned"), -1));
      return koers_report_join (parts);
    }
  g_ptr_array_add (parts, g_markup_escape_text (koers_contact_channel_get_label (c->channel),
                                                -1));
  if (c->reached != 1)
    g_ptr_array_add (parts, g_markup_escape_text (_("not reached"), -1));
  else
    {
      if (c->arrived_safely >= 0)
        g_ptr_array_add (parts, g_markup_escape_text (c->arrived_safely ? _("arrived safely")
                                                                        : _("did not arrive safely"),
                                                      -1));
      if (c->business != KOERS_BUSINESS_STARTED_UNKNOWN)
        /* Translators: at a monitoring contact, "business started: Partly" */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("business started: %s"),
                                                         koers_business_started_get_label (
                                                           c->business)));
      if (c->income != NULL && *c->income)
        /* Translators: at a monitoring contact, what the participant lives on */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("income: %s"), c->income));
      if (c->housing != NULL && *c->housing)
        /* Translators: at a monitoring contact, where the participant lives */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("housing: %s"), c->housing));
      if (health && c->wellbeing > 0)
        /* Translators: at a monitoring contact, "wellbeing 4 of 5" */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("wellbeing %d of 5"), c->wellbeing));
      if (health && c->support_needed != NULL && *c->support_needed)
        /* Translators: at a monitoring contact, the support the participant still needs */
        g_ptr_array_add (parts, g_markup_printf_escaped (_("support needed: %s"),
                                                         c->support_needed));
    }
  if (health && c->note != NULL)
    g_ptr_array_add (parts, g_markup_escape_text (c->note, -1));
  return koers_report_join (parts);
}

/**
 * koers_report_add_monitoring:
 * @report: a report being gathered
 * @store: the store
 * @participant_id: whose
 * @error: return location for an error
 *
 * The monitoring contacts after return, made and planned; nothing before departure. The
 * wellbeing, the support still needed and the notes, which are mostly about health, only
 * with %KOERS_REPORT_INCLUDE_HEALTH.
 *
 * Returns: %TRUE when read.
 */
gboolean
koers_report_add_monitoring (KoersReport  *report,
                             KoersStore   *store,
                             gint64        participant_id,
                             GError      **error)
{
  g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (store, participant_id, error);

  if (contacts == NULL)
    return FALSE;
  if (contacts->len == 0)
    return TRUE;
  koers_report_heading (report, _("Monitoring after return"));
  for (guint i = 0; i < contacts->len; i++)
    {
      KoersMonitoringContact *c = g_ptr_array_index (contacts, i);
      g_autofree char *day = date_shown (c->contact_date ? c->contact_date : c->planned_date);

      koers_report_item (report, KOERS_REPORT_LEAD_DATE, day, describe_contact (report, c));
    }
  return TRUE;
}
