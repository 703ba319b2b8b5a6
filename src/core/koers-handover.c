/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-handover.h"
#include "koers-store.h"

/* The handover checklist template (a GKeyFile like the score list, so the organisation can
 * replace it), and the rules of the handover pipeline and of monitoring after return, as pure
 * functions the store applies and the tests check one by one. */

#define MAIN_GROUP "Checklist"
#define ITEM_PREFIX "Item "
#define RESOURCE_DEFAULT "/nl/worthyfuture/Koers/handover/koers-handover-1.ini"

const int koers_monitoring_months[4] = { 1, 3, 6, 12 };

struct _KoersChecklistTemplate
{
  char   *id;
  int     version;
  char   *title;
  char   *data;
  GArray *entries;   /* KoersChecklistEntry */
};

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_INVALID, message);
  return FALSE;
}

static void
clear_entry (gpointer data)
{
  KoersChecklistEntry *entry = data;

  g_free (entry->key);
  g_free (entry->title);
  g_free (entry->guidance);
}

void
koers_checklist_template_free (KoersChecklistTemplate *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->title);
  g_free (self->data);
  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self);
}

static char *
text_of (GKeyFile    *file,
         const char  *group,
         const char  *key,
         gboolean     required,
         GError     **error)
{
  g_autofree char *text = g_key_file_get_locale_string (file, group, key, NULL, NULL);

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      if (required)
        invalid (error, _("[%s] has no %s."), group, key);
      return NULL;
    }
  if (strlen (text) > 1000 || strchr (text, '\n') != NULL)
    {
      invalid (error, _("%s of [%s] is not plain text of at most 1 000 characters."), key, group);
      return NULL;
    }
  return g_steal_pointer (&text);
}

/**
 * koers_checklist_template_new_from_data:
 * @data: the text of a template file
 * @length: its length, or -1 when nul-terminated
 * @error: return location for an error
 *
 * Reads a handover checklist template: a [Checklist] section with Id, Version and Title,
 * then one [Item KEY] section per item, in order, with a Title, an optional Guidance and
 * an optional Sensitive (health or safety). Texts are read in the UI language.
 *
 * Returns: (transfer full) (nullable): the template, or %NULL with a message for a person.
 */
KoersChecklistTemplate *
koers_checklist_template_new_from_data (const char  *data,
                                        gssize       length,
                                        GError     **error)
{
  g_autoptr(KoersChecklistTemplate) self = g_new0 (KoersChecklistTemplate, 1);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) parse_error = NULL;
  g_auto(GStrv) groups = NULL;
  gsize size = length < 0 ? strlen (data) : (gsize) length;

  if (!g_utf8_validate (data, size, NULL))
    return invalid (error, _("The checklist is not a text file in UTF-8.")), NULL;
  if (!g_key_file_load_from_data (file, data, size, G_KEY_FILE_NONE, &parse_error))
    return invalid (error, _("The checklist cannot be read: %s"), parse_error->message), NULL;
  if (!g_key_file_has_group (file, MAIN_GROUP))
    return invalid (error, _("This is not a handover checklist: it has no [%s] section."),
                    MAIN_GROUP), NULL;

  self->data = g_strndup (data, size);
  self->entries = g_array_new (FALSE, TRUE, sizeof (KoersChecklistEntry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->id = g_key_file_get_string (file, MAIN_GROUP, "Id", NULL);
  if (self->id == NULL || *self->id == '\0' || strlen (self->id) > 100)
    return invalid (error, _("[%s] has no Id."), MAIN_GROUP), NULL;
  self->version = g_key_file_get_integer (file, MAIN_GROUP, "Version", NULL);
  if (self->version < 1)
    return invalid (error, _("[%s] has no Version of 1 or higher."), MAIN_GROUP), NULL;
  if ((self->title = text_of (file, MAIN_GROUP, "Title", TRUE, error)) == NULL)
    return NULL;

  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      KoersChecklistEntry entry = { 0 };
      g_autofree char *sensitive = NULL;
      const char *key;

      if (g_str_equal (groups[i], MAIN_GROUP))
        continue;
      if (!g_str_has_prefix (groups[i], ITEM_PREFIX))
        return invalid (error, _("[%s] is not a section a checklist has: sections are "
                                 "[Checklist] and [Item …]."), groups[i]), NULL;
      key = groups[i] + strlen (ITEM_PREFIX);
      if (*key == '\0' || strlen (key) > 100)
        return invalid (error, _("[%s] has no key after “Item”."), groups[i]), NULL;
      if (koers_checklist_template_find (self, key) != NULL)
        return invalid (error, _("[%s] appears twice."), groups[i]), NULL;
      entry.key = g_strdup (key);
      entry.title = text_of (file, groups[i], "Title", TRUE, error);
      if (entry.title == NULL)
        {
          clear_entry (&entry);
          return NULL;
        }
      entry.guidance = text_of (file, groups[i], "Guidance", FALSE, NULL);
      sensitive = g_key_file_get_string (file, groups[i], "Sensitive", NULL);
      if (sensitive != NULL
          && !koers_enum_from_nick (KOERS_TYPE_SENSITIVITY, g_strstrip (sensitive),
                                    (int *) &entry.sensitivity))
        {
          clear_entry (&entry);
          return invalid (error, _("Sensitive of [%s] is “%s”; it can be health or safety."),
                          groups[i], sensitive), NULL;
        }
      g_array_append_val (self->entries, entry);
    }
  if (self->entries->len == 0)
    return invalid (error, _("The checklist has no items.")), NULL;
  return g_steal_pointer (&self);
}

/**
 * koers_checklist_template_new_default:
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the template that ships with Koers.
 */
KoersChecklistTemplate *
koers_checklist_template_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_DEFAULT, 0, error);

  if (bytes == NULL)
    return NULL;
  return koers_checklist_template_new_from_data (g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes), error);
}

const char *
koers_checklist_template_get_id (KoersChecklistTemplate *self)
{
  return self->id;
}

int
koers_checklist_template_get_version (KoersChecklistTemplate *self)
{
  return self->version;
}

const char *
koers_checklist_template_get_title (KoersChecklistTemplate *self)
{
  return self->title;
}

const char *
koers_checklist_template_get_data (KoersChecklistTemplate *self)
{
  return self->data;
}

guint
koers_checklist_template_get_n_entries (KoersChecklistTemplate *self)
{
  return self->entries->len;
}

const KoersChecklistEntry *
koers_checklist_template_get_entry (KoersChecklistTemplate *self,
                                    guint                   i)
{
  g_return_val_if_fail (i < self->entries->len, NULL);
  return &g_array_index (self->entries, KoersChecklistEntry, i);
}

const KoersChecklistEntry *
koers_checklist_template_find (KoersChecklistTemplate *self,
                               const char             *key)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    if (g_str_equal (g_array_index (self->entries, KoersChecklistEntry, i).key, key))
      return &g_array_index (self->entries, KoersChecklistEntry, i);
  return NULL;
}

/**
 * koers_handover_step_follows:
 * @current: the last step so far, or -1 when the handover has not started
 * @next: a step
 *
 * The order of the pipeline: prepared → sent to partner → accepted or rejected; accepted →
 * return grant approved → flight booked (again, when rebooked) → departed; rejected →
 * prepared again (to the same or another partner). Nothing follows departed.
 *
 * Returns: whether @next may follow @current.
 */
gboolean
koers_handover_step_follows (int               current,
                             KoersHandoverStep next)
{
  switch (current)
    {
    case -1:
    case KOERS_HANDOVER_STEP_REJECTED:
      return next == KOERS_HANDOVER_STEP_PREPARED;
    case KOERS_HANDOVER_STEP_PREPARED:
      return next == KOERS_HANDOVER_STEP_SENT;
    case KOERS_HANDOVER_STEP_SENT:
      return next == KOERS_HANDOVER_STEP_ACCEPTED || next == KOERS_HANDOVER_STEP_REJECTED;
    case KOERS_HANDOVER_STEP_ACCEPTED:
      return next == KOERS_HANDOVER_STEP_GRANT_APPROVED;
    case KOERS_HANDOVER_STEP_GRANT_APPROVED:
      return next == KOERS_HANDOVER_STEP_FLIGHT_BOOKED;
    case KOERS_HANDOVER_STEP_FLIGHT_BOOKED:
      return next == KOERS_HANDOVER_STEP_FLIGHT_BOOKED || next == KOERS_HANDOVER_STEP_DEPARTED;
    default:
      return FALSE;
    }
}

static gboolean
is_day (const char *date)
{
  g_autoptr(GDate) parsed = NULL;

  if (date == NULL || strlen (date) != 10)
    return FALSE;
  parsed = koers_date_parse_iso (date);
  return parsed != NULL;
}

/**
 * koers_handover_check_step:
 * @current: the last step so far, or -1
 * @next: the step to record
 * @partner_id: the partner of the handover (0 when none was chosen)
 * @date: the day of the step, "YYYY-MM-DD"
 * @follow_up: (nullable): when to look at it again
 * @flight_date: (nullable): the day of the flight, for %KOERS_HANDOVER_STEP_FLIGHT_BOOKED
 * @note: (nullable): a note; the reason of a rejection
 * @error: return location for an error
 *
 * The rules of one step: it follows the current one, a partner is chosen (no departure
 * without one), the day is not in the future, a follow-up date on or after it is set at
 * every step until departed (so nothing waits unseen), a booked flight has its date, and a
 * rejection its reason.
 *
 * Returns: %TRUE when the step may be recorded; otherwise @error says why, for a person.
 */
gboolean
koers_handover_check_step (int                current,
                           KoersHandoverStep  next,
                           gint64             partner_id,
                           const char        *date,
                           const char        *follow_up,
                           const char        *flight_date,
                           const char        *note,
                           GError           **error)
{
  g_autofree char *today = koers_today_iso ();
  g_autofree char *trimmed = g_strstrip (g_strdup (note ? note : ""));

  if (!koers_handover_step_follows (current, next))
    {
      if (current < 0)
        return invalid (error, _("A handover starts with “%s”."),
                        koers_handover_step_get_label (KOERS_HANDOVER_STEP_PREPARED));
      if (current == KOERS_HANDOVER_STEP_DEPARTED)
        return invalid (error, _("The participant has departed: the handover is complete."));
      return invalid (error, _("“%s” cannot follow “%s”."), koers_handover_step_get_label (next),
                      koers_handover_step_get_label (current));
    }
  if (partner_id <= 0)
    return invalid (error, _("Choose the partner the participant is handed over to."));
  if (!is_day (date))
    return invalid (error, _("The date of the step is not a date."));
  if (strcmp (date, today) > 0)
    return invalid (error, _("The date of the step lies in the future."));
  if (next == KOERS_HANDOVER_STEP_DEPARTED)
    {
      if (follow_up != NULL)
        return invalid (error, _("After departure there is no follow-up: the monitoring "
                                 "contacts are planned instead."));
    }
  else if (follow_up == NULL || *follow_up == '\0')
    return invalid (error, _("Set a follow-up date: until departure every step needs one, so "
                             "nothing waits unseen."));
  else if (!is_day (follow_up))
    return invalid (error, _("The follow-up date is not a date."));
  else if (strcmp (follow_up, date) < 0)
    return invalid (error, _("The follow-up date lies before the date of the step."));
  if (next == KOERS_HANDOVER_STEP_FLIGHT_BOOKED)
    {
      if (flight_date == NULL || !is_day (flight_date))
        return invalid (error, _("Give the date of the flight."));
      if (strcmp (flight_date, date) < 0)
        return invalid (error, _("The flight lies before the day it was booked."));
    }
  else if (flight_date != NULL)
    return invalid (error, _("Only a booked flight has a flight date."));
  if (next == KOERS_HANDOVER_STEP_REJECTED && *trimmed == '\0')
    return invalid (error, _("Say why the partner rejected the handover."));
  if (strlen (trimmed) > 2000)
    return invalid (error, _("The note is longer than 2 000 characters."));
  return TRUE;
}

void
koers_monitoring_contact_free (KoersMonitoringContact *contact)
{
  if (contact == NULL)
    return;
  g_free (contact->planned_date);
  g_free (contact->contact_date);
  g_free (contact->income);
  g_free (contact->housing);
  g_free (contact->support_needed);
  g_free (contact->note);
  g_free (contact);
}

/**
 * koers_checklist_readiness:
 * @items: a checklist as koers_store_list_checklist() returns it
 * @done: (out): the items done
 * @applicable: (out): the items that apply (all but those marked not applicable)
 *
 * The readiness of a participant for handover: @done of @applicable.
 */
void
koers_checklist_readiness (GVariant *items,
                           guint    *done,
                           guint    *applicable)
{
  GVariantIter iter;
  const char *status;

  *done = *applicable = 0;
  if (items == NULL)
    return;
  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", NULL, NULL, NULL, &status, NULL,
                              NULL, NULL, NULL, NULL))
    {
      if (g_str_equal (status, "not-applicable"))
        continue;
      (*applicable)++;
      if (g_str_equal (status, "done"))
        (*done)++;
    }
}

/**
 * koers_monitoring_planned_date:
 * @departure: the day of departure, "YYYY-MM-DD"
 * @months: months after departure
 *
 * The day a monitoring contact is planned: the same day of the month, @months later, or the
 * last day of that month when it is shorter (31 January + 1 month = 28 or 29 February).
 *
 * Returns: (transfer full) (nullable): the day, or %NULL when @departure is not a date.
 */
char *
koers_monitoring_planned_date (const char *departure,
                               int         months)
{
  g_autoptr(GDate) date = koers_date_parse_iso (departure);

  if (date == NULL || months < 0)
    return NULL;
  g_date_add_months (date, (guint) months);
  return koers_date_to_iso (date);
}
