/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "koers-country.h"
#include "koers-participant.h"

/* A participant as loaded from (or about to be written to) the store: a snapshot, not a
 * live row. Views reload snapshots when the store says something changed. */

struct _KoersParticipant
{
  GObject parent_instance;

  gint64 id;
  char *code;
  char *given_name;
  char *family_name;
  char *alias;
  KoersSex sex;
  char *birth_date;
  char *country;
  char *nationality;
  char *languages;
  char *phone;
  KoersSituation situation;
  char *referrer;
  KoersTargetGroup target_group;
  KoersPhase phase;
  char *phase_since;
  KoersStatus status;
  gint64 case_manager_id;
  char *case_manager_name;
  gint64 trajectory_holder_id;
  gint64 buddy_id;
  char *commitment_date;
  char *planned_departure;
  char *exit_date;
  char *exit_reason;
  char *target_group_reason;    /* not empty: the target group was set by hand, for this */
};

G_DEFINE_FINAL_TYPE (KoersParticipant, koers_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_ALIAS,
  PROP_SEX,
  PROP_BIRTH_DATE,
  PROP_COUNTRY,
  PROP_NATIONALITY,
  PROP_LANGUAGES,
  PROP_PHONE,
  PROP_SITUATION,
  PROP_REFERRER,
  PROP_TARGET_GROUP,
  PROP_PHASE,
  PROP_PHASE_SINCE,
  PROP_STATUS,
  PROP_CASE_MANAGER_ID,
  PROP_CASE_MANAGER_NAME,
  PROP_TRAJECTORY_HOLDER_ID,
  PROP_BUDDY_ID,
  PROP_COMMITMENT_DATE,
  PROP_PLANNED_DEPARTURE,
  PROP_EXIT_DATE,
  PROP_EXIT_REASON,
  PROP_TARGET_GROUP_REASON,
  PROP_DISPLAY_NAME,
  PROP_COUNTRY_NAME,
  PROP_PHASE_LABEL,
  PROP_TARGET_GROUP_LABEL,
  PROP_STATUS_LABEL,
  PROP_DAYS_IN_PHASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
koers_participant_finalize (GObject *object)
{
  KoersParticipant *self = KOERS_PARTICIPANT (object);

  g_free (self->code);
  g_free (self->given_name);
  g_free (self->family_name);
  g_free (self->alias);
  g_free (self->birth_date);
  g_free (self->country);
  g_free (self->nationality);
  g_free (self->languages);
  g_free (self->phone);
  g_free (self->referrer);
  g_free (self->phase_since);
  g_free (self->case_manager_name);
  g_free (self->commitment_date);
  g_free (self->planned_departure);
  g_free (self->exit_date);
  g_free (self->exit_reason);
  g_free (self->target_group_reason);

  G_OBJECT_CLASS (koers_participant_parent_class)->finalize (object);
}

static void
koers_participant_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KoersParticipant *self = KOERS_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_ALIAS:
      g_value_set_string (value, self->alias);
      break;
    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;
    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_NATIONALITY:
      g_value_set_string (value, self->nationality);
      break;
    case PROP_LANGUAGES:
      g_value_set_string (value, self->languages);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_SITUATION:
      g_value_set_enum (value, self->situation);
      break;
    case PROP_REFERRER:
      g_value_set_string (value, self->referrer);
      break;
    case PROP_TARGET_GROUP:
      g_value_set_enum (value, self->target_group);
      break;
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_PHASE_SINCE:
      g_value_set_string (value, self->phase_since);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CASE_MANAGER_ID:
      g_value_set_int64 (value, self->case_manager_id);
      break;
    case PROP_CASE_MANAGER_NAME:
      g_value_set_string (value, self->case_manager_name);
      break;
    case PROP_TRAJECTORY_HOLDER_ID:
      g_value_set_int64 (value, self->trajectory_holder_id);
      break;
    case PROP_BUDDY_ID:
      g_value_set_int64 (value, self->buddy_id);
      break;
    case PROP_COMMITMENT_DATE:
      g_value_set_string (value, self->commitment_date);
      break;
    case PROP_PLANNED_DEPARTURE:
      g_value_set_string (value, self->planned_departure);
      break;
    case PROP_EXIT_DATE:
      g_value_set_string (value, self->exit_date);
      break;
    case PROP_EXIT_REASON:
      g_value_set_string (value, self->exit_reason);
      break;
    case PROP_TARGET_GROUP_REASON:
      g_value_set_string (value, self->target_group_reason);
      break;
    case PROP_DISPLAY_NAME:
      g_value_take_string (value, koers_participant_dup_display_name (self));
      break;
    case PROP_COUNTRY_NAME:
      g_value_set_string (value, koers_country_get_name (self->country));
      break;
    case PROP_PHASE_LABEL:
      g_value_set_string (value, koers_phase_get_label (self->phase));
      break;
    case PROP_TARGET_GROUP_LABEL:
      g_value_take_string (value, koers_participant_dup_target_group_label (self));
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, koers_status_get_label (self->status));
      break;
    case PROP_DAYS_IN_PHASE:
      g_value_set_int (value, koers_participant_get_days_in_phase (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_participant_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KoersParticipant *self = KOERS_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      if (self->id != g_value_get_int64 (value))
        {
          self->id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CODE:
      if (set_str (&self->code, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_GIVEN_NAME:
      if (set_str (&self->given_name, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_FAMILY_NAME:
      if (set_str (&self->family_name, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_ALIAS:
      if (set_str (&self->alias, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_SEX:
      if (self->sex != (KoersSex) g_value_get_enum (value))
        {
          self->sex = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_BIRTH_DATE:
      if (set_str (&self->birth_date, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_COUNTRY:
      if (set_str (&self->country, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_NATIONALITY:
      if (set_str (&self->nationality, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_LANGUAGES:
      if (set_str (&self->languages, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_PHONE:
      if (set_str (&self->phone, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_SITUATION:
      if (self->situation != (KoersSituation) g_value_get_enum (value))
        {
          self->situation = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_REFERRER:
      if (set_str (&self->referrer, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TARGET_GROUP:
      if (self->target_group != (KoersTargetGroup) g_value_get_enum (value))
        {
          self->target_group = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PHASE:
      if (self->phase != (KoersPhase) g_value_get_enum (value))
        {
          self->phase = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PHASE_SINCE:
      if (set_str (&self->phase_since, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_STATUS:
      if (self->status != (KoersStatus) g_value_get_enum (value))
        {
          self->status = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CASE_MANAGER_ID:
      if (self->case_manager_id != g_value_get_int64 (value))
        {
          self->case_manager_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CASE_MANAGER_NAME:
      if (set_str (&self->case_manager_name, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TRAJECTORY_HOLDER_ID:
      if (self->trajectory_holder_id != g_value_get_int64 (value))
        {
          self->trajectory_holder_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_BUDDY_ID:
      if (self->buddy_id != g_value_get_int64 (value))
        {
          self->buddy_id = g_value_get_int64 (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_COMMITMENT_DATE:
      if (set_str (&self->commitment_date, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_PLANNED_DEPARTURE:
      if (set_str (&self->planned_departure, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_EXIT_DATE:
      if (set_str (&self->exit_date, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_EXIT_REASON:
      if (set_str (&self->exit_reason, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_TARGET_GROUP_REASON:
      if (set_str (&self->target_group_reason, g_value_get_string (value)))
        {
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_TARGET_GROUP_LABEL]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_participant_class_init (KoersParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = koers_participant_finalize;
  object_class->get_property = koers_participant_get_property;
  object_class->set_property = koers_participant_set_property;

  /* The row id in the store; 0 for a participant not saved yet. */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /* The dossier code, such as K-00042. */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, rw);
  /* Given name, in any script. */
  properties[PROP_GIVEN_NAME] = g_param_spec_string ("given-name", NULL, NULL, NULL, rw);
  /* Family name, in any script. */
  properties[PROP_FAMILY_NAME] = g_param_spec_string ("family-name", NULL, NULL, NULL, rw);
  /* An alias or nickname. */
  properties[PROP_ALIAS] = g_param_spec_string ("alias", NULL, NULL, NULL, rw);
  /* Sex. */
  properties[PROP_SEX] = g_param_spec_enum ("sex", NULL, NULL, KOERS_TYPE_SEX, KOERS_SEX_UNKNOWN, rw);
  /* Date of birth: YYYY-MM-DD, or YYYY when only the year is known. */
  properties[PROP_BIRTH_DATE] = g_param_spec_string ("birth-date", NULL, NULL, NULL, rw);
  /* Country of origin, ISO 3166-1 alpha-2. */
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, rw);
  /* Nationality, ISO 3166-1 alpha-2. */
  properties[PROP_NATIONALITY] = g_param_spec_string ("nationality", NULL, NULL, NULL, rw);
  /* Languages spoken, free text. */
  properties[PROP_LANGUAGES] = g_param_spec_string ("languages", NULL, NULL, NULL, rw);
  /* Phone number. */
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, rw);
  /* Where the participant stays. */
  properties[PROP_SITUATION] = g_param_spec_enum ("situation", NULL, NULL, KOERS_TYPE_SITUATION, KOERS_SITUATION_UNKNOWN, rw);
  /* Who referred the participant. */
  properties[PROP_REFERRER] = g_param_spec_string ("referrer", NULL, NULL, NULL, rw);
  /* Target group 2a or 2b. */
  properties[PROP_TARGET_GROUP] = g_param_spec_enum ("target-group", NULL, NULL, KOERS_TYPE_TARGET_GROUP, KOERS_TARGET_GROUP_UNKNOWN, rw);
  /* The current phase. */
  properties[PROP_PHASE] = g_param_spec_enum ("phase", NULL, NULL, KOERS_TYPE_PHASE, KOERS_PHASE_OUTREACH, rw);
  /* The date the current phase started, YYYY-MM-DD. */
  properties[PROP_PHASE_SINCE] = g_param_spec_string ("phase-since", NULL, NULL, NULL, rw);
  /* Whether the trajectory is running or how it ended. */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, KOERS_TYPE_STATUS, KOERS_STATUS_ACTIVE, rw);
  /* The staff id of the case manager, 0 for none. */
  properties[PROP_CASE_MANAGER_ID] = g_param_spec_int64 ("case-manager-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /* The case manager's name, as loaded from the store. */
  properties[PROP_CASE_MANAGER_NAME] = g_param_spec_string ("case-manager-name", NULL, NULL, NULL, rw);
  /* The staff id of the trajectory holder, 0 for none. */
  properties[PROP_TRAJECTORY_HOLDER_ID] = g_param_spec_int64 ("trajectory-holder-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /* The staff id of the buddy or volunteer, 0 for none. */
  properties[PROP_BUDDY_ID] = g_param_spec_int64 ("buddy-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  /* The day the participant committed to return, YYYY-MM-DD. */
  properties[PROP_COMMITMENT_DATE] = g_param_spec_string ("commitment-date", NULL, NULL, NULL, rw);
  /* The planned departure date, YYYY-MM-DD. */
  properties[PROP_PLANNED_DEPARTURE] = g_param_spec_string ("planned-departure", NULL, NULL, NULL, rw);
  /* The day the trajectory ended another way, YYYY-MM-DD. */
  properties[PROP_EXIT_DATE] = g_param_spec_string ("exit-date", NULL, NULL, NULL, rw);
  /* Why the trajectory ended another way. */
  properties[PROP_EXIT_REASON] = g_param_spec_string ("exit-reason", NULL, NULL, NULL, rw);
  properties[PROP_TARGET_GROUP_REASON] = g_param_spec_string ("target-group-reason", NULL, NULL,
                                                              NULL, rw);
  /* "Given Family", for lists and headers. */
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, ro);
  /* The country of origin's name in the UI language. */
  properties[PROP_COUNTRY_NAME] = g_param_spec_string ("country-name", NULL, NULL, NULL, ro);
  properties[PROP_PHASE_LABEL] = g_param_spec_string ("phase-label", NULL, NULL, NULL, ro);
  properties[PROP_TARGET_GROUP_LABEL] = g_param_spec_string ("target-group-label", NULL, NULL, NULL, ro);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  /* Days since the current phase started, counted to koers_today(). */
  properties[PROP_DAYS_IN_PHASE] = g_param_spec_int ("days-in-phase", NULL, NULL, -1, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
koers_participant_init (KoersParticipant *self)
{
}

/**
 * koers_participant_new:
 *
 * Creates an empty participant record, in outreach, active, not yet saved.
 *
 * Returns: (transfer full): a new participant.
 */
KoersParticipant *
koers_participant_new (void)
{
  return g_object_new (KOERS_TYPE_PARTICIPANT, NULL);
}

/**
 * koers_participant_dup_display_name:
 * @self: a participant
 *
 * Returns: (transfer full): given and family name joined by a space, as one would say it.
 */
char *
koers_participant_dup_display_name (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), NULL);

  if (self->family_name == NULL || *self->family_name == '\0')
    return g_strdup (self->given_name ? self->given_name : "");
  return g_strconcat (self->given_name ? self->given_name : "", " ", self->family_name, NULL);
}

/**
 * koers_participant_get_days_in_phase:
 * @self: a participant
 *
 * Returns: the days since the current phase started, or -1 when unknown.
 */
int
koers_participant_get_days_in_phase (KoersParticipant *self)
{
  g_autoptr(GDate) today = NULL;

  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), -1);

  if (self->phase_since == NULL)
    return -1;
  today = koers_today ();
  return koers_days_between (self->phase_since, today);
}

/* Accessors of the properties above; strings are owned by the record. */

gint64
koers_participant_get_id (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->id;
}

const char *
koers_participant_get_code (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->code;
}

const char *
koers_participant_get_given_name (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->given_name;
}

const char *
koers_participant_get_family_name (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->family_name;
}

const char *
koers_participant_get_alias (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->alias;
}

KoersSex
koers_participant_get_sex (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->sex;
}

const char *
koers_participant_get_birth_date (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->birth_date;
}

const char *
koers_participant_get_country (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->country;
}

const char *
koers_participant_get_nationality (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->nationality;
}

const char *
koers_participant_get_languages (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->languages;
}

const char *
koers_participant_get_phone (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->phone;
}

KoersSituation
koers_participant_get_situation (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->situation;
}

const char *
koers_participant_get_referrer (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->referrer;
}

KoersTargetGroup
koers_participant_get_target_group (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->target_group;
}

KoersPhase
koers_participant_get_phase (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->phase;
}

const char *
koers_participant_get_phase_since (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->phase_since;
}

KoersStatus
koers_participant_get_status (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->status;
}

gint64
koers_participant_get_case_manager_id (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->case_manager_id;
}

const char *
koers_participant_get_case_manager_name (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->case_manager_name;
}

gint64
koers_participant_get_trajectory_holder_id (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->trajectory_holder_id;
}

gint64
koers_participant_get_buddy_id (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->buddy_id;
}

const char *
koers_participant_get_commitment_date (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->commitment_date;
}

const char *
koers_participant_get_planned_departure (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->planned_departure;
}

const char *
koers_participant_get_exit_date (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->exit_date;
}

const char *
koers_participant_get_exit_reason (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), 0);
  return self->exit_reason;
}

/**
 * koers_participant_get_target_group_reason:
 * @self: a participant
 *
 * Returns: (transfer none) (nullable): why the target group was set by hand, or %NULL (or
 *   empty) when it follows the score list.
 */
const char *
koers_participant_get_target_group_reason (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), NULL);
  return self->target_group_reason;
}

/**
 * koers_participant_is_target_group_by_hand:
 * @self: a participant
 *
 * Returns: whether someone set the target group by hand, overriding the score list.
 */
gboolean
koers_participant_is_target_group_by_hand (KoersParticipant *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), FALSE);
  return self->target_group_reason != NULL && *self->target_group_reason != '\0';
}

/**
 * koers_participant_dup_target_group_label:
 * @self: a participant
 *
 * Returns: (transfer full): the target group as lists show it: "2b", or "2b (by hand)" when
 *   it was set by hand.
 */
char *
koers_participant_dup_target_group_label (KoersParticipant *self)
{
  const char *label;

  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), NULL);

  label = koers_target_group_get_label (self->target_group);
  if (!koers_participant_is_target_group_by_hand (self))
    return g_strdup (label);
  /* Translators: a target group set by hand instead of by the score list: "2b (by hand)" */
  return g_strdup_printf (_("%s (by hand)"), label);
}

/**
 * koers_participant_is_overdue:
 * @self: a participant
 *
 * An active trajectory still in intake after one month (three months for the very
 * vulnerable, target group 2b) is overdue.
 *
 * Returns: whether the intake of @self is overdue.
 */
gboolean
koers_participant_is_overdue (KoersParticipant *self)
{
  g_autoptr(GDate) since = NULL;
  g_autoptr(GDate) today = NULL;

  g_return_val_if_fail (KOERS_IS_PARTICIPANT (self), FALSE);

  if (self->phase != KOERS_PHASE_INTAKE || self->status != KOERS_STATUS_ACTIVE)
    return FALSE;
  since = koers_date_parse_iso (self->phase_since);
  if (since == NULL)
    return FALSE;
  g_date_add_months (since, self->target_group == KOERS_TARGET_GROUP_2B ? 3 : 1);
  today = koers_today ();
  return g_date_compare (today, since) > 0;
}
