/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "koers-demo-private.h"
#include "koers-store-private.h"

/* The end of a fictional trajectory: the other partners of the organisation, the handover
 * checklist, the steps of the handover and, after departure, the monitoring contacts that
 * are due. Its own random generator, so that the participants themselves stay the same. */

static const struct {
  const char       *name;
  KoersPartnerKind  kind;
  const char       *contact;
} other_partners[] = {
  { "Goed Werk", KOERS_PARTNER_KIND_REINTEGRATION, "" },
  { "Stichting ROS", KOERS_PARTNER_KIND_REINTEGRATION, "" },
  { "Solid Road", KOERS_PARTNER_KIND_REINTEGRATION, "" },
  { "Stichting Wereldwijd", KOERS_PARTNER_KIND_BUSINESS_KIT, "" },
};

/* Fills @partner_ids with IOM, VluchtelingenWerk (there from the start) and the others;
 * those already there (from an earlier run) are used as they are. */
gboolean
koers_demo_add_partners (KoersStore  *store,
                         GArray      *partner_ids,
                         GError     **error)
{
  g_autoptr(GVariant) partners = koers_store_list_partners (store, error);
  const char *names[2 + G_N_ELEMENTS (other_partners)] = { "IOM", "VluchtelingenWerk" };

  if (partners == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (other_partners); i++)
    names[2 + i] = other_partners[i].name;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GVariantIter iter;
      gint64 id = 0, found;
      const char *name;

      g_variant_iter_init (&iter, partners);
      while (id == 0 && g_variant_iter_next (&iter, "(x&s&s&s&s&su)", &found, &name, NULL, NULL,
                                             NULL, NULL, NULL))
        if (g_str_equal (name, names[i]))
          id = found;
      if (id == 0 && i >= 2)
        id = koers_store_add_partner (store, other_partners[i - 2].name, other_partners[i - 2].kind,
                                      other_partners[i - 2].contact, "2025-01-15", "", error);
      if (id == 0 && i >= 2)
        return FALSE;
      if (id != 0)
        g_array_append_val (partner_ids, id);
    }
  return TRUE;
}

static char *
day_between (const char *from,
             const char *until,
             double      fraction)
{
  g_autoptr(GDate) a = koers_date_parse_iso (from);
  g_autoptr(GDate) b = koers_date_parse_iso (until);
  int span = g_date_days_between (a, b);

  g_date_add_days (a, (guint) MAX (0, (int) (span * fraction)));
  return koers_date_to_iso (a);
}

static char *
days_after (const char *from,
            int         days)
{
  g_autoptr(GDate) a = koers_date_parse_iso (from);

  g_date_add_days (a, days);
  return koers_date_to_iso (a);
}

static gboolean
fill_checklist (GRand       *rand,
                KoersStore  *store,
                gint64       participant_id,
                const char  *from,
                const char  *until,
                gboolean     departed,
                gboolean     vulnerable,
                GError     **error)
{
  g_autoptr(GVariant) items = NULL;
  GVariantIter iter;
  gint64 id;
  const char *sensitivity;
  guint n = 0;

  if (!koers_store_start_checklist (store, participant_id, error)
      || (items = koers_store_list_checklist (store, participant_id, error)) == NULL)
    return FALSE;
  g_variant_iter_init (&iter, items);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s&s&s)", &id, NULL, NULL, NULL, NULL, NULL,
                              NULL, NULL, &sensitivity))
    {
      g_autofree char *when = day_between (from, until, 0.1 + 0.08 * n++);
      KoersCheckStatus status = KOERS_CHECK_STATUS_DONE;
      const char *note = "";

      if (!vulnerable && !g_str_equal (sensitivity, "none"))
        {
          status = KOERS_CHECK_STATUS_NOT_APPLICABLE;
          note = g_str_equal (sensitivity, "health") ? "No medical or psychological needs."
                                                     : "No safety risk on return.";
        }
      else if (!departed && g_rand_int_range (rand, 0, 100) < 50)
        continue;
      if (!koers_store_set_checklist_item (store, id, status, when, "", note, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_contacts (GRand       *rand,
              KoersStore  *store,
              gint64       participant_id,
              GError     **error)
{
  static const char *const incomes[] = {
    "Small shop, enough for food and rent", "Day labour now and then",
    "Sells vegetables at the market", "Support from the family for now",
  };
  static const char *const housing[] = {
    "With family", "Rents a room", "Own house of the family", "Temporary shelter",
  };
  g_autoptr(GPtrArray) contacts = koers_store_list_monitoring (store, participant_id, error);
  g_autofree char *today = koers_today_iso ();

  if (contacts == NULL)
    return FALSE;
  for (guint i = 0; i < contacts->len; i++)
    {
      KoersMonitoringContact *c = g_ptr_array_index (contacts, i);
      g_autofree char *when = days_after (c->planned_date, g_rand_int_range (rand, 0, 10));
      int business = g_rand_int_range (rand, 0, 100);

      gboolean latest_due = i + 1 == contacts->len
                            || strcmp (((KoersMonitoringContact *) contacts->pdata[i + 1])->planned_date,
                                       today) > 0;

      /* The latest due contact is now and then still waiting, so dossiers show it. */
      if (strcmp (when, today) > 0 || (latest_due && g_rand_int_range (rand, 0, 100) < 25))
        break;
      g_free (c->contact_date);
      c->contact_date = g_steal_pointer (&when);
      c->channel = g_rand_int_range (rand, 0, 100) < 60 ? KOERS_CONTACT_CHANNEL_PHONE
                                                        : KOERS_CONTACT_CHANNEL_MESSAGE;
      c->reached = g_rand_int_range (rand, 0, 100) < 85;
      c->arrived_safely = 1;
      c->business = business < 55 ? KOERS_BUSINESS_STARTED_YES
                    : business < 85 ? KOERS_BUSINESS_STARTED_PARTLY : KOERS_BUSINESS_STARTED_NO;
      c->wellbeing = g_rand_int_range (rand, 2, 6);
      g_free (c->income);
      c->income = g_strdup (incomes[g_rand_int_range (rand, 0, G_N_ELEMENTS (incomes))]);
      g_free (c->housing);
      c->housing = g_strdup (housing[g_rand_int_range (rand, 0, G_N_ELEMENTS (housing))]);
      if (!koers_store_record_monitoring (store, c, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * koers_demo_add_handover:
 * @rand: the handover's own random generator
 * @store: the store
 * @partner_ids: the partners
 * @participant_id: who
 * @from: the day the participant entered the handover phase
 * @departure: (nullable): the day they departed; %NULL while the handover goes on
 * @vulnerable: whether the participant is in group 2b
 * @error: return location for an error
 *
 * The checklist and the steps of the handover from @from; on @departure the participant
 * departs (which plans the monitoring) and the contacts due by today are made.
 */
gboolean
koers_demo_add_handover (GRand       *rand,
                         KoersStore  *store,
                         GArray      *partner_ids,
                         gint64       participant_id,
                         const char  *from,
                         const char  *departure,
                         gboolean     vulnerable,
                         GError     **error)
{
  static const KoersHandoverStep steps[] = {
    KOERS_HANDOVER_STEP_PREPARED, KOERS_HANDOVER_STEP_SENT, KOERS_HANDOVER_STEP_ACCEPTED,
    KOERS_HANDOVER_STEP_GRANT_APPROVED, KOERS_HANDOVER_STEP_FLIGHT_BOOKED,
  };
  g_autofree char *today = koers_today_iso ();
  const char *until = departure ? departure : today;
  int roll = g_rand_int_range (rand, 0, 100);
  /* Mostly IOM and VluchtelingenWerk; now and then one of the others. */
  guint pick = roll < 55 ? 0 : roll < 92 ? 1 : 2 + (guint) roll % 4;
  gint64 partner;
  guint n_steps = departure ? G_N_ELEMENTS (steps)
                            : (guint) g_rand_int_range (rand, 1, G_N_ELEMENTS (steps));

  if (partner_ids->len == 0)
    return TRUE;
  partner = g_array_index (partner_ids, gint64, MIN (pick, partner_ids->len - 1));
  if (!fill_checklist (rand, store, participant_id, from, until, departure != NULL, vulnerable,
                       error))
    return FALSE;
  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *day = day_between (from, until, departure ? 0.15 * i : 0.2 * i);
      g_autofree char *next = departure ? day_between (from, until, 0.15 * (i + 1))
                                        : days_after (day, g_rand_int_range (rand, 7, 40));
      g_autofree char *flight = NULL;

      if (steps[i] == KOERS_HANDOVER_STEP_FLIGHT_BOOKED)
        flight = g_strdup (departure ? departure : next);
      if (koers_store_add_handover_step (store, participant_id, steps[i],
                                         i == 0 ? partner : 0, day,
                                         departure && steps[i] == KOERS_HANDOVER_STEP_FLIGHT_BOOKED
                                         ? departure : next,
                                         flight, "", error) == 0)
        return FALSE;
    }
  if (departure == NULL)
    return TRUE;
  return koers_store_add_handover_step (store, participant_id, KOERS_HANDOVER_STEP_DEPARTED, 0,
                                        departure, NULL, NULL, "", error) != 0
         && add_contacts (rand, store, participant_id, error);
}
