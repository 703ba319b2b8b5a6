/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-country.h"
#include "koers-report-private.h"

/* The trajectory report of one participant: which steps were followed and with what
 * results, for the partner at handover and for the file. It is gathered from the store on
 * the thread that owns the store, into plain translated text, and then laid out as a PDF
 * (koers-report-pdf.c), which may happen in another thread.
 *
 * What is left out: the contact log (free notes that may say anything), the phone number,
 * the exact date of birth (the year is enough), and unless asked for, the sensitive parts
 * of KoersReportFlags. Sensitive records that are left out are left out silently: even a
 * count of them would tell what the reader should not learn. The first page says which
 * kinds of information were included and which were not. */

static void
block_free (gpointer data)
{
  KoersReportBlock *block = data;

  g_free (block->label);
  g_free (block->markup);
  g_free (block);
}

/**
 * koers_report_add:
 * @report: a report being gathered
 * @kind: what the block is
 * @label: (nullable): a field's label or an item's lead, plain text
 * @markup: (transfer full): the text as Pango markup
 *
 * Appends a block.
 */
void
koers_report_add (KoersReport          *report,
                  KoersReportBlockKind  kind,
                  const char           *label,
                  char                 *markup)
{
  KoersReportBlock *block = g_new0 (KoersReportBlock, 1);

  block->kind = kind;
  block->label = g_strdup (label);
  block->markup = markup;
  g_ptr_array_add (report->blocks, block);
}

void
koers_report_heading (KoersReport *report,
                      const char  *title)
{
  koers_report_add (report, KOERS_REPORT_BLOCK_HEADING, NULL, g_markup_escape_text (title, -1));
}

void
koers_report_subheading (KoersReport *report,
                         const char  *title)
{
  koers_report_add (report, KOERS_REPORT_BLOCK_SUBHEADING, NULL,
                    g_markup_escape_text (title, -1));
}

/* A field that is empty is not shown: an empty line says nothing. */
void
koers_report_field (KoersReport *report,
                    const char  *label,
                    const char  *value)
{
  if (value == NULL || *value == '\0')
    return;
  koers_report_add (report, KOERS_REPORT_BLOCK_FIELD, label, g_markup_escape_text (value, -1));
}

void
koers_report_item (KoersReport *report,
                   double       lead_width,
                   const char  *lead,
                   char        *markup)
{
  koers_report_add (report, KOERS_REPORT_BLOCK_ITEM, lead, markup);
  ((KoersReportBlock *) g_ptr_array_index (report->blocks, report->blocks->len - 1))->lead =
    lead_width;
}

/* A part of the trajectory with nothing to report has no section of its own: it is named
 * in one line at the top ("Nothing to report yet: documents, training"), which keeps a
 * young dossier on one page. "Nothing to report" and not "none": the part may hold
 * sensitive records that this report leaves out. */
void
koers_report_nothing (KoersReport *report,
                      const char  *part)
{
  g_ptr_array_add (report->nothing, g_strdup (part));
}

/**
 * koers_report_join:
 * @parts: pieces of markup, possibly empty
 *
 * Returns: (transfer full): the non-empty pieces joined by a middle dot.
 */
char *
koers_report_join (GPtrArray *parts)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (part == NULL || *part == '\0')
        continue;
      if (joined->len > 0)
        g_string_append (joined, " · ");
      g_string_append (joined, part);
    }
  return g_string_free (joined, FALSE);
}

/* "Included: …", "Left out: …" on the first page. */
static void
add_notice (KoersReport *report)
{
  static const struct {
    KoersReportFlags flag;
    const char      *label;
  } parts[] = {
    { KOERS_REPORT_INCLUDE_HEALTH, N_("health (medical and psychological)") },
    { KOERS_REPORT_INCLUDE_SAFETY, N_("safety") },
    { KOERS_REPORT_INCLUDE_SCORE_LIST, N_("the vulnerability score list") },
  };
  g_autoptr(GString) in = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      GString *list = (report->include & parts[i].flag) ? in : out;

      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, _(parts[i].label));
    }
  if (in->len > 0)
    /* Translators: a list of kinds of sensitive information, "safety, the vulnerability
     * score list" */
    g_string_append_printf (text, _("Sensitive information included: %s."), in->str);
  if (out->len > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: a list of kinds of sensitive information */
      g_string_append_printf (text, _("Left out at the user’s choice: %s."), out->str);
    }
  g_string_append_c (text, ' ');
  g_string_append (text, _("The contact log is never part of this report."));
  koers_report_add (report, KOERS_REPORT_BLOCK_NOTICE, NULL,
                    g_markup_escape_text (text->str, -1));
  g_string_free (text, TRUE);
}

static void
add_title (KoersReport *report)
{
  /* Translators: under the participant's name on a report; %s is a dossier code */
  g_autofree char *dossier = g_strdup_printf (_("Dossier %s"), report->code);
  /* Translators: under the participant's name on a report; %s is a date */
  g_autofree char *made = g_strdup_printf (_("Report of %s"), report->date);

  koers_report_add (report, KOERS_REPORT_BLOCK_TITLE, report->title,
                    g_markup_printf_escaped ("<span size='18000' weight='bold'>%s</span>\n"
                                             "<span foreground='#555555'>%s · %s</span>",
                                             report->name, dossier, made));
}

static const char *
staff_name (GListModel *staff,
            gint64      id)
{
  for (guint i = 0; staff != NULL && id != 0 && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) member = g_list_model_get_item (staff, i);

      if (koers_staff_get_id (member) == id)
        return koers_staff_get_name (member);
    }
  return NULL;
}

static gboolean
add_identity (KoersReport       *report,
              KoersStore        *store,
              KoersParticipant  *p,
              GError           **error)
{
  g_autoptr(GListModel) staff = koers_store_list_staff (store, error);
  const char *birth = koers_participant_get_birth_date (p);
  g_autofree char *year = birth != NULL && strlen (birth) >= 4 ? g_strndup (birth, 4) : NULL;
  const char *country = koers_participant_get_country (p);
  const char *nationality = koers_participant_get_nationality (p);

  if (staff == NULL)
    return FALSE;
  koers_report_heading (report, _("Participant"));
  koers_report_field (report, _("Name"), report->name);
  koers_report_field (report, _("Alias"), koers_participant_get_alias (p));
  koers_report_field (report, _("Dossier code"), report->code);
  if (koers_participant_get_sex (p) != KOERS_SEX_UNKNOWN)
    koers_report_field (report, _("Sex"), koers_sex_get_label (koers_participant_get_sex (p)));
  koers_report_field (report, _("Year of birth"), year);
  if (country != NULL)
    koers_report_field (report, _("Country of origin"), koers_country_get_name (country));
  if (nationality != NULL && g_strcmp0 (nationality, country) != 0)
    koers_report_field (report, _("Nationality"), koers_country_get_name (nationality));
  koers_report_field (report, _("Languages"), koers_participant_get_languages (p));
  if (koers_participant_get_situation (p) != KOERS_SITUATION_UNKNOWN)
    koers_report_field (report, _("Stays at"),
                        koers_situation_get_label (koers_participant_get_situation (p)));
  koers_report_field (report, _("Case manager"), koers_participant_get_case_manager_name (p));
  koers_report_field (report, _("Trajectory holder"),
                      staff_name (staff, koers_participant_get_trajectory_holder_id (p)));
  /* The target group says how vulnerable the person is: it comes with the score list. */
  if (report->include & KOERS_REPORT_INCLUDE_SCORE_LIST)
    {
      g_autofree char *label = koers_participant_dup_target_group_label (p);
      g_autofree char *group = NULL;

      switch (koers_participant_get_target_group (p))
        {
        case KOERS_TARGET_GROUP_2A:
          /* Translators: target group 2a explained, "2a · regular guidance" */
          group = g_strdup_printf (_("%s · regular guidance"), label);
          break;
        case KOERS_TARGET_GROUP_2B:
          /* Translators: target group 2b explained, "2b · very vulnerable" */
          group = g_strdup_printf (_("%s · very vulnerable"), label);
          break;
        case KOERS_TARGET_GROUP_UNKNOWN:
        default:
          group = g_strdup (_("Not assessed yet"));
          break;
        }
      koers_report_field (report, _("Target group"), group);
    }
  return TRUE;
}

static char *
date_shown (const char *iso)
{
  return koers_date_format_user (iso);
}

static gboolean
add_trajectory (KoersReport       *report,
                KoersStore        *store,
                KoersParticipant  *p,
                guint             *nothing_at,
                GError           **error)
{
  g_autoptr(GVariant) phases = koers_store_list_phases (store, koers_participant_get_id (p),
                                                        error);
  g_autofree char *commitment = date_shown (koers_participant_get_commitment_date (p));
  g_autofree char *departure = date_shown (koers_participant_get_planned_departure (p));
  g_autofree char *status = NULL;
  g_autoptr(GDate) today = koers_today ();
  gboolean ended = koers_participant_get_status (p) != KOERS_STATUS_ACTIVE;
  const char *exit_date = koers_participant_get_exit_date (p);
  GVariantIter iter;
  const char *nick, *from, *until;

  if (phases == NULL)
    return FALSE;
  koers_report_heading (report, _("Trajectory"));
  if (koers_participant_get_status (p) == KOERS_STATUS_ACTIVE
      || koers_participant_get_exit_date (p) == NULL)
    status = g_strdup (koers_status_get_label (koers_participant_get_status (p)));
  else
    {
      g_autofree char *exit = date_shown (koers_participant_get_exit_date (p));

      /* Translators: how a trajectory ended and when, "Dropped out on 03-02-2026" */
      status = g_strdup_printf (_("%s on %s"),
                                koers_status_get_label (koers_participant_get_status (p)),
                                exit);
    }
  koers_report_field (report, _("Status"), status);
  koers_report_field (report, _("Commitment to return"),
                      *commitment ? commitment : _("Not yet"));
  koers_report_field (report, _("Planned departure"), departure);
  *nothing_at = report->blocks->len;

  koers_report_subheading (report, _("Phases"));
  g_variant_iter_init (&iter, phases);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &nick, &from, &until))
    {
      int phase = 0;
      /* A trajectory that ended another way leaves its last phase open. */
      const char *last_day = *until ? until : ended ? exit_date : NULL;
      g_autofree char *first = date_shown (from);
      g_autofree char *last = date_shown (last_day);
      g_autofree char *span = NULL;
      g_autoptr(GDate) end = last_day ? koers_date_parse_iso (last_day) : NULL;
      int days = koers_days_between (from, end ? end : today);

      koers_enum_from_nick (KOERS_TYPE_PHASE, nick, &phase);
      if (last_day != NULL)
        /* Translators: a phase of a trajectory, "until 12-02-2026 · 38 days" */
        span = g_strdup_printf (ngettext ("until %s · %d day", "until %s · %d days", days),
                                last, days);
      else if (ended || phase == KOERS_PHASE_CLOSED)
        span = g_strdup (_("last phase"));
      else
        /* Translators: the current phase of a trajectory */
        span = g_strdup_printf (ngettext ("current phase · %d day so far",
                                          "current phase · %d days so far", days), days);
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, first,
                         phase == KOERS_PHASE_CLOSED
                         ? g_markup_printf_escaped ("<b>%s</b>", koers_phase_get_label (phase))
                         : g_markup_printf_escaped ("<b>%s</b> · %s",
                                                    koers_phase_get_label (phase), span));
    }
  return TRUE;
}

static gboolean
add_documents (KoersReport  *report,
               KoersStore   *store,
               gint64        participant_id,
               GError      **error)
{
  guint heading = report->blocks->len;

  for (KoersDocumentKind kind = KOERS_DOCUMENT_KIND_PASSPORT;
       kind <= KOERS_DOCUMENT_KIND_OTHER; kind++)
    {
      KoersDocumentStatus status;
      g_autofree char *requested = NULL;
      g_autofree char *obtained = NULL;
      g_autofree char *note = NULL;
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

      if (!koers_store_get_document (store, participant_id, kind, &status, &requested,
                                     &obtained, &note, error))
        return FALSE;
      if (status == KOERS_DOCUMENT_STATUS_UNCHECKED)
        continue;
      if (report->blocks->len == heading)
        koers_report_heading (report, _("Documents"));
      g_ptr_array_add (parts, g_markup_printf_escaped ("<b>%s</b>: %s",
                                                       koers_document_kind_get_label (kind),
                                                       koers_document_status_get_label (status)));
      if (requested != NULL && *requested)
        {
          g_autofree char *shown = date_shown (requested);
          /* Translators: when a document was requested, "requested on 03-02-2026" */
          g_ptr_array_add (parts, g_markup_printf_escaped (_("requested on %s"), shown));
        }
      if (obtained != NULL && *obtained)
        {
          g_autofree char *shown = date_shown (obtained);
          /* Translators: when a document was obtained, "obtained on 03-02-2026" */
          g_ptr_array_add (parts, g_markup_printf_escaped (_("obtained on %s"), shown));
        }
      g_ptr_array_add (parts, g_markup_escape_text (note, -1));
      koers_report_item (report, KOERS_REPORT_LEAD_MARK, "•", koers_report_join (parts));
    }
  if (report->blocks->len == heading)
    /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
    koers_report_nothing (report, _("documents"));
  return TRUE;
}

static gboolean
obstacle_shown (KoersReport       *report,
                KoersObstacleKind  kind)
{
  switch (kind)
    {
    case KOERS_OBSTACLE_KIND_MEDICAL:
    case KOERS_OBSTACLE_KIND_PSYCHOLOGICAL:
      return (report->include & KOERS_REPORT_INCLUDE_HEALTH) != 0;
    case KOERS_OBSTACLE_KIND_SAFETY:
      return (report->include & KOERS_REPORT_INCLUDE_SAFETY) != 0;
    case KOERS_OBSTACLE_KIND_DOCUMENTS:
    case KOERS_OBSTACLE_KIND_DEBTS:
    case KOERS_OBSTACLE_KIND_FAMILY:
    case KOERS_OBSTACLE_KIND_HOUSING:
    case KOERS_OBSTACLE_KIND_FINANCE:
    case KOERS_OBSTACLE_KIND_MOTIVATION:
    case KOERS_OBSTACLE_KIND_OTHER:
    default:
      return TRUE;
    }
}

static guint
count_shown (KoersReport *report,
             GListModel  *obstacles,
             gboolean     resolved)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (obstacles); i++)
    {
      g_autoptr(KoersObstacle) o = g_list_model_get_item (obstacles, i);

      if ((koers_obstacle_get_status (o) == KOERS_OBSTACLE_STATUS_RESOLVED) == resolved
          && obstacle_shown (report, koers_obstacle_get_kind (o)))
        n++;
    }
  return n;
}

static void
add_obstacle_list (KoersReport *report,
                   GListModel  *obstacles,
                   gboolean     resolved)
{
  if (count_shown (report, obstacles, resolved) == 0)
    return;
  koers_report_subheading (report, resolved ? _("Resolved") : _("Open"));
  for (guint i = 0; i < g_list_model_get_n_items (obstacles); i++)
    {
      g_autoptr(KoersObstacle) o = g_list_model_get_item (obstacles, i);
      KoersObstacleStatus status = koers_obstacle_get_status (o);
      g_autofree char *opened = NULL;
      g_autofree char *state = NULL;

      if ((status == KOERS_OBSTACLE_STATUS_RESOLVED) != resolved
          || !obstacle_shown (report, koers_obstacle_get_kind (o)))
        continue;
      opened = date_shown (koers_obstacle_get_opened_date (o));
      if (resolved)
        {
          g_autofree char *day = date_shown (koers_obstacle_get_resolved_date (o));
          /* Translators: when an obstacle was resolved, "resolved on 03-02-2026" */
          state = *day ? g_strdup_printf (_("resolved on %s"), day) : g_strdup ("");
        }
      else
        state = g_utf8_strdown (koers_obstacle_status_get_label (status), -1);
      koers_report_item (report, KOERS_REPORT_LEAD_DATE, opened,
                         g_markup_printf_escaped ("<b>%s</b>: %s · %s",
                                                  koers_obstacle_kind_get_label (
                                                    koers_obstacle_get_kind (o)),
                                                  koers_obstacle_get_description (o), state));
    }
}

static gboolean
add_obstacles (KoersReport  *report,
               KoersStore   *store,
               gint64        participant_id,
               GError      **error)
{
  g_autoptr(GListModel) obstacles = koers_store_list_obstacles (store, participant_id, error);

  if (obstacles == NULL)
    return FALSE;
  if (count_shown (report, obstacles, TRUE) + count_shown (report, obstacles, FALSE) == 0)
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("obstacles"));
      return TRUE;
    }
  koers_report_heading (report, _("Obstacles"));
  add_obstacle_list (report, obstacles, TRUE);
  add_obstacle_list (report, obstacles, FALSE);
  return TRUE;
}

static gboolean
add_plan (KoersReport  *report,
          KoersStore   *store,
          gint64        participant_id,
          GError      **error)
{
  g_autoptr(GVariant) plan = koers_store_list_plan (store, participant_id, error);
  g_autoptr(GVariantIter) actions = NULL;
  GVariantIter goals;
  const char *goal;

  if (plan == NULL)
    return FALSE;
  if (g_variant_n_children (plan) == 0)
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("perspective and return plan"));
      return TRUE;
    }
  koers_report_heading (report, _("Perspective and return plan"));
  g_variant_iter_init (&goals, plan);
  while (g_variant_iter_next (&goals, "(x&sa(xsssms))", NULL, &goal, &actions))
    {
      const char *description, *owner, *due, *done;

      koers_report_subheading (report, goal);
      while (g_variant_iter_next (actions, "(x&s&s&sm&s)", NULL, &description, &owner, &due,
                                  &done))
        {
          g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *due_shown = date_shown (due);

          g_ptr_array_add (parts, g_markup_escape_text (description, -1));
          g_ptr_array_add (parts, g_markup_escape_text (owner, -1));
          if (*due_shown)
            /* Translators: when an action of the plan is due, "due 03-02-2026" */
            g_ptr_array_add (parts, g_markup_printf_escaped (_("due %s"), due_shown));
          if (done != NULL)
            {
              g_autofree char *done_shown = date_shown (done);
              /* Translators: when an action of the plan was done, "done on 03-02-2026" */
              g_ptr_array_add (parts, g_markup_printf_escaped (_("done on %s"), done_shown));
            }
          koers_report_item (report, KOERS_REPORT_LEAD_MARK, done != NULL ? "✓" : "○",
                             koers_report_join (parts));
        }
      g_clear_pointer (&actions, g_variant_iter_free);
    }
  return TRUE;
}

static gboolean
add_business_plan (KoersReport  *report,
                   KoersStore   *store,
                   gint64        participant_id,
                   GError      **error)
{
  g_autofree char *idea = NULL;
  g_autofree char *sector = NULL;
  g_autofree char *place = NULL;
  g_autofree char *funding = NULL;
  g_autofree char *costs = NULL;
  KoersBusinessStatus status;
  gint64 cents;

  if (!koers_store_get_business_plan (store, participant_id, &idea, &sector, &place, &cents,
                                      &funding, &status, error))
    return FALSE;
  if (*idea == '\0' && *sector == '\0' && *place == '\0' && *funding == '\0' && cents < 0)
    {
      /* Translators: a part of a trajectory, in the line "Nothing to report yet: …" */
      koers_report_nothing (report, _("business plan"));
      return TRUE;
    }
  koers_report_heading (report, _("Business plan"));
  koers_report_field (report, _("Business idea"), idea);
  koers_report_field (report, _("Sector"), sector);
  koers_report_field (report, _("Place in the country of origin"), place);
  if (cents >= 0)
    costs = koers_money_format (cents);
  koers_report_field (report, _("Start-up costs"), costs);
  koers_report_field (report, _("Funding"), funding);
  koers_report_field (report, _("Status of the plan"), koers_business_status_get_label (status));
  return TRUE;
}

/* The line of the parts with nothing to report, at @position in the trajectory section. */
static void
add_nothing (KoersReport *report,
             guint        position)
{
  KoersReportBlock *block;
  g_autofree char *list = NULL;
  g_autofree char *first = NULL;

  if (report->nothing->len == 0)
    return;
  g_ptr_array_add (report->nothing, NULL);
  list = g_strjoinv (", ", (char **) report->nothing->pdata);
  /* The list starts with a capital, as the other values do. */
  first = g_utf8_strup (list, g_utf8_next_char (list) - list);
  block = g_new0 (KoersReportBlock, 1);
  block->kind = KOERS_REPORT_BLOCK_FIELD;
  block->label = g_strdup (_("Nothing to report yet"));
  block->markup = g_markup_printf_escaped ("%s%s", first, g_utf8_next_char (list));
  g_ptr_array_insert (report->blocks, position, block);
}

/**
 * koers_report_free:
 * @report: (transfer full): a report
 */
void
koers_report_free (KoersReport *report)
{
  if (report == NULL)
    return;
  g_free (report->name);
  g_free (report->code);
  g_free (report->title);
  g_free (report->date);
  g_free (report->footer);
  g_ptr_array_unref (report->blocks);
  g_clear_pointer (&report->nothing, g_ptr_array_unref);
  g_free (report);
}

/**
 * koers_report_gather:
 * @store: the store, on the thread that owns it
 * @participant_id: whose trajectory
 * @include: which sensitive parts to include
 * @points: (nullable): how attendance marks count; the defaults when %NULL
 * @error: return location for an error
 *
 * Reads what a trajectory report shows of a participant: identity, the phases with their
 * dates, documents, obstacles, the plan and the business plan, training and attendance,
 * the score list, the handover and the monitoring after return; sensitive parts only as
 * @include says. The texts are in the UI language.
 *
 * Returns: (transfer full) (nullable): the report, for koers_report_render_pdf(), or %NULL
 *   with @error set.
 */
KoersReport *
koers_report_gather (KoersStore                  *store,
                     gint64                       participant_id,
                     KoersReportFlags             include,
                     const KoersAttendancePoints *points,
                     GError                     **error)
{
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersReport) report = NULL;
  g_autofree char *today = koers_today_iso ();
  KoersAttendancePoints default_points;
  guint nothing_at = 0;

  g_return_val_if_fail (KOERS_IS_STORE (store), NULL);

  p = koers_store_get_participant (store, participant_id, error);
  if (p == NULL)
    return NULL;
  if (points == NULL)
    {
      koers_attendance_points_init (&default_points);
      points = &default_points;
    }
  report = g_new0 (KoersReport, 1);
  report->blocks = g_ptr_array_new_with_free_func (block_free);
  report->include = include;
  report->name = koers_participant_dup_display_name (p);
  report->code = g_strdup (koers_participant_get_code (p));
  report->title = g_strdup (_("Trajectory report"));
  report->date = koers_date_format_user (today);
  /* Translators: at the foot of every page of a report; %s is the day it was made */
  report->footer = g_strdup_printf (_("Confidential · made on %s"), report->date);
  report->nothing = g_ptr_array_new_with_free_func (g_free);

  add_title (report);
  add_notice (report);
  if (!add_identity (report, store, p, error)
      || !add_trajectory (report, store, p, &nothing_at, error)
      || !add_documents (report, store, participant_id, error)
      || !add_obstacles (report, store, participant_id, error)
      || !add_plan (report, store, participant_id, error)
      || !add_business_plan (report, store, participant_id, error)
      || !koers_report_add_training (report, store, participant_id, points, error)
      || ((include & KOERS_REPORT_INCLUDE_SCORE_LIST)
          && !koers_report_add_score_list (report, store, p, error))
      || !koers_report_add_handover (report, store, participant_id, error)
      || !koers_report_add_monitoring (report, store, participant_id, error))
    return NULL;
  add_nothing (report, nothing_at);
  return g_steal_pointer (&report);
}

/**
 * koers_report_write_pdf:
 * @store: the store
 * @participant_id: whose trajectory
 * @include: which sensitive parts to include
 * @organisation: the organisation's name, in the header of every page
 * @path: the PDF file to write; replaced only once the new one is complete
 * @error: return location for an error
 *
 * Gathers and writes a trajectory report in one go, on the calling thread, with the
 * default attendance points.
 *
 * Returns: %TRUE when written.
 */
gboolean
koers_report_write_pdf (KoersStore        *store,
                        gint64             participant_id,
                        KoersReportFlags   include,
                        const char        *organisation,
                        const char        *path,
                        GError           **error)
{
  g_autoptr(KoersReport) report = koers_report_gather (store, participant_id, include, NULL,
                                                       error);

  return report != NULL && koers_report_render_pdf (report, organisation, path, NULL, error);
}
