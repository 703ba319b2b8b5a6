/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <locale.h>
#include <string.h>

#include "koers-types.h"

/**
 * koers_phase_get_label:
 * @phase: a phase
 *
 * Returns: (transfer none): the translated name of @phase, as the UI shows it.
 */
const char *
koers_phase_get_label (KoersPhase phase)
{
  switch (phase)
    {
    case KOERS_PHASE_OUTREACH: return _("Outreach");
    case KOERS_PHASE_INTAKE: return _("Intake and action plan");
    case KOERS_PHASE_EMPOWERMENT: return _("Empowerment");
    case KOERS_PHASE_TRAINING: return _("Training");
    case KOERS_PHASE_HANDOVER: return _("Handover");
    case KOERS_PHASE_DEPARTED: return _("Departed");
    case KOERS_PHASE_MONITORING: return _("Monitoring");
    case KOERS_PHASE_CLOSED: return _("Closed");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_status_get_label:
 * @status: a status
 *
 * Returns: (transfer none): the translated name of @status.
 */
const char *
koers_status_get_label (KoersStatus status)
{
  switch (status)
    {
    case KOERS_STATUS_ACTIVE: return _("Active");
    case KOERS_STATUS_COMPLETED: return _("Completed");
    case KOERS_STATUS_DROPPED_OUT: return _("Dropped out");
    case KOERS_STATUS_TRANSFERRED: return _("Transferred");
    case KOERS_STATUS_LEGAL_STATUS_CHANGED: return _("Legal status changed");
    case KOERS_STATUS_LOST_CONTACT: return _("Lost contact");
    case KOERS_STATUS_DECEASED: return _("Deceased");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_target_group_get_label:
 * @group: a target group
 *
 * Returns: (transfer none): the short translated label of @group ("2a", "2b" or a dash
 * for a participant who has not been assessed).
 */
const char *
koers_target_group_get_label (KoersTargetGroup group)
{
  switch (group)
    {
    /* Translators: target group of a participant who has not been assessed yet */
    case KOERS_TARGET_GROUP_UNKNOWN: return C_("target group", "—");
    case KOERS_TARGET_GROUP_2A: return C_("target group", "2a");
    case KOERS_TARGET_GROUP_2B: return C_("target group", "2b");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_sex_get_label:
 * @sex: a sex
 *
 * Returns: (transfer none): the translated label of @sex.
 */
const char *
koers_sex_get_label (KoersSex sex)
{
  switch (sex)
    {
    case KOERS_SEX_UNKNOWN: return _("Unknown");
    case KOERS_SEX_FEMALE: return _("Female");
    case KOERS_SEX_MALE: return _("Male");
    case KOERS_SEX_OTHER: return _("Other");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_situation_get_label:
 * @situation: where a participant stays
 *
 * Returns: (transfer none): the translated label of @situation.
 */
const char *
koers_situation_get_label (KoersSituation situation)
{
  switch (situation)
    {
    case KOERS_SITUATION_UNKNOWN: return _("Unknown");
    case KOERS_SITUATION_SHELTER: return _("24-hour shelter");
    case KOERS_SITUATION_MUNICIPALITY: return _("Municipality of Amsterdam");
    case KOERS_SITUATION_WE_ARE_HERE: return _("We Are Here");
    case KOERS_SITUATION_OTHER: return _("Other");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_staff_role_get_label:
 * @role: a staff role
 *
 * Returns: (transfer none): the translated label of @role.
 */
const char *
koers_staff_role_get_label (KoersStaffRole role)
{
  switch (role)
    {
    case KOERS_STAFF_ROLE_PROJECT_MANAGER: return _("Project manager");
    case KOERS_STAFF_ROLE_CASE_MANAGER: return _("Case manager");
    case KOERS_STAFF_ROLE_TRAINER: return _("Trainer");
    case KOERS_STAFF_ROLE_VOLUNTEER: return _("Buddy / volunteer");
    case KOERS_STAFF_ROLE_DIRECTOR: return _("Director");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_obstacle_kind_get_label:
 * @kind: a kind of obstacle
 *
 * Returns: (transfer none): the translated label of @kind.
 */
const char *
koers_obstacle_kind_get_label (KoersObstacleKind kind)
{
  switch (kind)
    {
    case KOERS_OBSTACLE_KIND_DOCUMENTS: return _("Documents");
    case KOERS_OBSTACLE_KIND_MEDICAL: return _("Medical");
    case KOERS_OBSTACLE_KIND_PSYCHOLOGICAL: return _("Psychological");
    case KOERS_OBSTACLE_KIND_DEBTS: return _("Debts");
    case KOERS_OBSTACLE_KIND_FAMILY: return _("Family");
    case KOERS_OBSTACLE_KIND_SAFETY: return _("Safety");
    case KOERS_OBSTACLE_KIND_HOUSING: return _("Housing");
    case KOERS_OBSTACLE_KIND_FINANCE: return _("Finance");
    case KOERS_OBSTACLE_KIND_MOTIVATION: return _("Motivation");
    case KOERS_OBSTACLE_KIND_OTHER: return _("Other");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_obstacle_status_get_label:
 * @status: an obstacle's status
 *
 * Returns: (transfer none): the translated label of @status.
 */
const char *
koers_obstacle_status_get_label (KoersObstacleStatus status)
{
  switch (status)
    {
    case KOERS_OBSTACLE_STATUS_OPEN: return _("Open");
    case KOERS_OBSTACLE_STATUS_IN_PROGRESS: return _("In progress");
    case KOERS_OBSTACLE_STATUS_RESOLVED: return _("Resolved");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_note_kind_get_label:
 * @kind: what a contact note is about
 *
 * Returns: (transfer none): the translated label of @kind.
 */
const char *
koers_note_kind_get_label (KoersNoteKind kind)
{
  switch (kind)
    {
    case KOERS_NOTE_KIND_MEETING: return _("Meeting");
    case KOERS_NOTE_KIND_CALL: return _("Call");
    case KOERS_NOTE_KIND_EMPOWERMENT_SESSION: return _("Empowerment session");
    case KOERS_NOTE_KIND_TRAINING_TALK: return _("Training talk");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_document_kind_get_label:
 * @kind: a kind of document
 *
 * Returns: (transfer none): the translated label of @kind.
 */
const char *
koers_document_kind_get_label (KoersDocumentKind kind)
{
  switch (kind)
    {
    case KOERS_DOCUMENT_KIND_PASSPORT: return _("Passport");
    case KOERS_DOCUMENT_KIND_ID_CARD: return _("Identity card");
    case KOERS_DOCUMENT_KIND_BIRTH_CERTIFICATE: return _("Birth certificate");
    case KOERS_DOCUMENT_KIND_LAISSEZ_PASSER: return _("Laissez-passer");
    case KOERS_DOCUMENT_KIND_OTHER: return _("Other document");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_document_status_get_label:
 * @status: where a document stands
 *
 * Returns: (transfer none): the translated label of @status.
 */
const char *
koers_document_status_get_label (KoersDocumentStatus status)
{
  switch (status)
    {
    case KOERS_DOCUMENT_STATUS_UNCHECKED: return _("Not checked");
    case KOERS_DOCUMENT_STATUS_PRESENT: return _("Present");
    case KOERS_DOCUMENT_STATUS_REQUESTED: return _("Requested at the embassy");
    case KOERS_DOCUMENT_STATUS_OBTAINED: return _("Obtained");
    case KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE: return _("Not obtainable");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_business_status_get_label:
 * @status: how far a business plan is
 *
 * Returns: (transfer none): the translated label of @status.
 */
const char *
koers_business_status_get_label (KoersBusinessStatus status)
{
  switch (status)
    {
    case KOERS_BUSINESS_STATUS_IDEA: return _("Idea");
    case KOERS_BUSINESS_STATUS_DRAFT: return _("Draft");
    case KOERS_BUSINESS_STATUS_COMPLETE: return _("Complete");
    case KOERS_BUSINESS_STATUS_FUNDED: return _("Funded");
    case KOERS_BUSINESS_STATUS_STARTED: return _("Business started");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_score_category_get_label:
 * @category: a score-list category
 *
 * Returns: (transfer none): the translated label of @category.
 */
const char *
koers_score_category_get_label (KoersScoreCategory category)
{
  switch (category)
    {
    case KOERS_SCORE_CATEGORY_LOW: return C_("vulnerability", "Low");
    case KOERS_SCORE_CATEGORY_MODERATE: return C_("vulnerability", "Moderate");
    case KOERS_SCORE_CATEGORY_HIGH: return C_("vulnerability", "High");
    case KOERS_SCORE_CATEGORY_SEVERE: return C_("vulnerability", "Severe");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_course_kind_get_label:
 * @kind: a kind of course
 *
 * Returns: (transfer none): the translated label of @kind.
 */
const char *
koers_course_kind_get_label (KoersCourseKind kind)
{
  switch (kind)
    {
    case KOERS_COURSE_KIND_SMALL_BUSINESS: return _("Small business training");
    case KOERS_COURSE_KIND_EMPOWERMENT: return _("Empowerment training");
    case KOERS_COURSE_KIND_PERSONAL_MANAGEMENT: return _("Personal and business management");
    case KOERS_COURSE_KIND_COVEY: return _("Covey training");
    case KOERS_COURSE_KIND_ICT: return _("Computer and ICT skills");
    case KOERS_COURSE_KIND_SALES: return _("Sales training");
    case KOERS_COURSE_KIND_SOCIAL_BUSINESS: return _("Social business basics");
    case KOERS_COURSE_KIND_ENGLISH: return _("English lessons");
    case KOERS_COURSE_KIND_BUSINESS_PLAN: return _("Writing a business plan");
    case KOERS_COURSE_KIND_PERSONAL_FINANCE: return _("Personal financial management");
    case KOERS_COURSE_KIND_PRODUCT_KNOWLEDGE: return _("Product knowledge");
    case KOERS_COURSE_KIND_INSTANT_BUSINESS: return _("Starting an instant business");
    case KOERS_COURSE_KIND_BUSINESS_FINANCE: return _("Business and finance");
    case KOERS_COURSE_KIND_WORKSHOP: return _("Internship or practical workshop");
    case KOERS_COURSE_KIND_OTHER: return _("Other training");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_attendance_get_label:
 * @status: an attendance mark
 *
 * Returns: (transfer none): the translated label of @status.
 */
const char *
koers_attendance_get_label (KoersAttendance status)
{
  switch (status)
    {
    case KOERS_ATTENDANCE_PRESENT: return C_("attendance", "Present");
    case KOERS_ATTENDANCE_LATE: return C_("attendance", "Late");
    case KOERS_ATTENDANCE_EXCUSED: return C_("attendance", "Excused");
    case KOERS_ATTENDANCE_ABSENT: return C_("attendance", "Absent");
    default: g_return_val_if_reached ("");
    }
}

const char *
koers_partner_kind_get_label (KoersPartnerKind kind)
{
  switch (kind)
    {
    case KOERS_PARTNER_KIND_RETURN_GRANT: return _("Return grant and flight");
    case KOERS_PARTNER_KIND_REINTEGRATION: return _("Reintegration support");
    case KOERS_PARTNER_KIND_BUSINESS_KIT: return _("Business kit");
    case KOERS_PARTNER_KIND_MEDICAL: return C_("partner", "Medical");
    case KOERS_PARTNER_KIND_EDUCATION: return C_("partner", "Education");
    case KOERS_PARTNER_KIND_OTHER: return C_("partner", "Other");
    default: g_return_val_if_reached ("");
    }
}

const char *
koers_check_status_get_label (KoersCheckStatus status)
{
  switch (status)
    {
    case KOERS_CHECK_STATUS_OPEN: return C_("checklist", "Open");
    case KOERS_CHECK_STATUS_DONE: return C_("checklist", "Done");
    case KOERS_CHECK_STATUS_NOT_APPLICABLE: return C_("checklist", "Not applicable");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_handover_step_get_label:
 * @step: a step of the handover
 *
 * Returns: (transfer none): the translated label of @step, as a state ("Sent to partner").
 */
const char *
koers_handover_step_get_label (KoersHandoverStep step)
{
  switch (step)
    {
    case KOERS_HANDOVER_STEP_PREPARED: return C_("handover", "Prepared");
    case KOERS_HANDOVER_STEP_SENT: return C_("handover", "Sent to partner");
    case KOERS_HANDOVER_STEP_ACCEPTED: return C_("handover", "Accepted");
    case KOERS_HANDOVER_STEP_REJECTED: return C_("handover", "Rejected");
    case KOERS_HANDOVER_STEP_GRANT_APPROVED: return C_("handover", "Return grant approved");
    case KOERS_HANDOVER_STEP_FLIGHT_BOOKED: return C_("handover", "Flight booked");
    case KOERS_HANDOVER_STEP_DEPARTED: return C_("handover", "Departed");
    default: g_return_val_if_reached ("");
    }
}

const char *
koers_contact_channel_get_label (KoersContactChannel channel)
{
  switch (channel)
    {
    case KOERS_CONTACT_CHANNEL_PHONE: return C_("channel", "Phone call");
    case KOERS_CONTACT_CHANNEL_MESSAGE: return C_("channel", "Message app");
    case KOERS_CONTACT_CHANNEL_VIDEO: return C_("channel", "Video call");
    case KOERS_CONTACT_CHANNEL_EMAIL: return C_("channel", "Email");
    case KOERS_CONTACT_CHANNEL_PARTNER: return C_("channel", "Through the partner");
    case KOERS_CONTACT_CHANNEL_VISIT: return C_("channel", "Visit");
    default: g_return_val_if_reached ("");
    }
}

const char *
koers_business_started_get_label (KoersBusinessStarted started)
{
  switch (started)
    {
    case KOERS_BUSINESS_STARTED_UNKNOWN: return C_("business started", "Not asked");
    case KOERS_BUSINESS_STARTED_YES: return C_("business started", "Yes");
    case KOERS_BUSINESS_STARTED_PARTLY: return C_("business started", "Partly");
    case KOERS_BUSINESS_STARTED_NO: return C_("business started", "No");
    default: g_return_val_if_reached ("");
    }
}

/**
 * koers_money_parse:
 * @text: an amount in euros as people type it: "1250", "1.250,50", "1,250.50", "€ 80"
 * @cents: (out): the amount in cents
 *
 * A comma followed by one or two digits at the end is a decimal comma (Dutch), as is a
 * point followed by one or two digits; other points, commas and spaces group thousands.
 *
 * Returns: %TRUE when @text is a non-negative amount.
 */
gboolean
koers_money_parse (const char *text,
                   gint64     *cents)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p, *decimal = NULL;
  guint64 whole = 0, fraction = 0;
  gsize len;

  if (text == NULL)
    return FALSE;
  /* Skip the euro sign and spaces, refuse a minus. */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '-' || c == 0x2212)
        return FALSE;
      if (g_ascii_isdigit (c) || c == '.' || c == ',')
        g_string_append_c (digits, (char) c);
      else if (c != 0x20AC && !g_unichar_isspace (c) && c != 0xA0 && c != 0x202F)
        return FALSE;
    }
  len = digits->len;
  if (len == 0)
    return FALSE;
  /* A separator with one or two digits after it is the decimal sign. */
  for (gsize k = 1; k <= 3 && k <= len; k++)
    {
      char c = digits->str[len - k];
      if (c == ',' || c == '.')
        {
          if (k > 1)
            decimal = digits->str + len - k;
          break;
        }
    }
  for (p = digits->str; *p != '\0'; p++)
    {
      if (p == decimal)
        break;
      if (g_ascii_isdigit (*p))
        {
          whole = whole * 10 + (*p - '0');
          if (whole > 1000000000)
            return FALSE;
        }
    }
  if (decimal != NULL)
    {
      const char *f = decimal + 1;
      fraction = (f[0] - '0') * 10 + (f[1] ? f[1] - '0' : 0);
    }
  *cents = (gint64) (whole * 100 + fraction);
  return TRUE;
}

/**
 * koers_money_format:
 * @cents: an amount in cents
 *
 * Returns: (transfer full): the amount in euros, grouped and with the decimal sign of the
 *   current locale: "€ 1.250,50" in Dutch.
 */
char *
koers_money_format (gint64 cents)
{
  g_autofree char *euros = g_strdup_printf ("%'" G_GINT64_FORMAT, cents / 100);
  const char *point = localeconv ()->decimal_point;

  /* Translators: an amount of money; %s%s%02d are euros, the decimal sign and cents */
  return g_strdup_printf (_("€ %s%s%02d"), euros, point && *point ? point : ".",
                          (int) (cents % 100));
}

/**
 * koers_enum_to_nick:
 * @enum_type: a registered enum type
 * @value: one of its values
 *
 * Returns: (transfer none): the nick of @value, which is how the store writes it.
 */
const char *
koers_enum_to_nick (GType enum_type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_return_val_if_fail (ev != NULL, NULL);
  return ev->value_nick;
}

/**
 * koers_enum_from_nick:
 * @enum_type: a registered enum type
 * @nick: (nullable): a nick as stored in the database
 * @value: (out): the value of @nick
 *
 * Returns: %TRUE when @nick names a value of @enum_type.
 */
gboolean
koers_enum_from_nick (GType       enum_type,
                      const char *nick,
                      int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;
  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

/**
 * koers_date_parse_iso:
 * @text: (nullable): a date as "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when @text is not a valid date.
 */
GDate *
koers_date_parse_iso (const char *text)
{
  unsigned y, m, d;
  char end;

  /* Exactly four, two and two digits: sscanf() alone also takes "+026-01-01" or
   * " 2026-1-01", which are no dates to the database. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return NULL;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

/**
 * koers_date_parse_user:
 * @text: a date as a person types it: day-month-year ("24-5-1990", "24/05/1990",
 *   "24.05.1990"), ISO ("1990-05-24"), or, when @allow_year_only, only the year ("1990")
 * @allow_year_only: whether a year alone is a valid answer
 *
 * Returns: (transfer full) (nullable): the date as the store keeps it ("YYYY-MM-DD" or
 *   "YYYY"), the empty string for empty @text, or %NULL when @text is not a date.
 */
char *
koers_date_parse_user (const char *text,
                       gboolean    allow_year_only)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  unsigned a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0, end = 0;
  int n;

  if (*trimmed == '\0')
    return g_strdup ("");
  if (allow_year_only && strlen (trimmed) == 4 && sscanf (trimmed, "%4u%c", &a, &end) == 1
      && a >= 1000)
    return g_strdup_printf ("%04u", a);

  n = sscanf (trimmed, "%u%c%u%c%u%c", &a, &sep1, &b, &sep2, &c, &end);
  if (n != 5 || sep1 != sep2 || !strchr ("-/.", sep1))
    return NULL;
  if (a >= 1000 && sep1 == '-' && g_date_valid_dmy (c, b, a))
    return g_strdup_printf ("%04u-%02u-%02u", a, b, c);
  if (c >= 1000 && g_date_valid_dmy (a, b, c))
    return g_strdup_printf ("%04u-%02u-%02u", c, b, a);
  return NULL;
}

/**
 * koers_date_format_user:
 * @iso: (nullable): a date as the store keeps it
 *
 * Returns: (transfer full): the date as day-month-year ("24-05-1990"), a year as is, the
 *   empty string for %NULL.
 */
char *
koers_date_format_user (const char *iso)
{
  g_autoptr(GDate) date = koers_date_parse_iso (iso);

  if (date == NULL)
    return g_strdup (iso ? iso : "");
  return g_strdup_printf ("%02u-%02u-%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/**
 * koers_date_to_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD".
 */
char *
koers_date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * koers_today:
 *
 * Today's local date. The environment variable `KOERS_TODAY` (YYYY-MM-DD) fixes it, so
 * tests and demonstrations give the same figures on any day.
 *
 * Returns: (transfer full): today.
 */
GDate *
koers_today (void)
{
  const char *fixed = g_getenv ("KOERS_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL)
    {
      GDate *date = koers_date_parse_iso (fixed);
      if (date != NULL)
        return date;
    }
  now = g_date_time_new_now_local ();
  return g_date_new_dmy (g_date_time_get_day_of_month (now),
                         g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

/**
 * koers_today_iso:
 *
 * Returns: (transfer full): koers_today() as "YYYY-MM-DD".
 */
char *
koers_today_iso (void)
{
  g_autoptr(GDate) today = koers_today ();
  return koers_date_to_iso (today);
}

/**
 * koers_days_between:
 * @from_iso: a date as "YYYY-MM-DD"
 * @to: a later date
 *
 * Returns: the number of days from @from_iso to @to, or -1 when @from_iso is not a date.
 */
int
koers_days_between (const char  *from_iso,
                    const GDate *to)
{
  g_autoptr(GDate) from = koers_date_parse_iso (from_iso);

  if (from == NULL)
    return -1;
  return g_date_days_between (from, to);
}

/**
 * koers_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for matching: case folded, compatibility-decomposed and stripped of combining
 * marks (accents, Arabic short vowels). Invalid UTF-8 yields the empty string.
 *
 * Returns: (transfer full): the folded text.
 */
char *
koers_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK
          || type == G_UNICODE_FORMAT)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
