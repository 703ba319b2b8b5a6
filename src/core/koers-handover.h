/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

/* ---- the checklist template, kept as data ---- */

/**
 * KoersChecklistEntry:
 * @key: the item's id in the template, stable across versions
 * @title: the item's text in the UI language
 * @guidance: (nullable): what the item asks, in the UI language
 * @sensitivity: whether the item is about health or safety
 *
 * One item of a handover checklist template.
 */
typedef struct {
  char             *key;
  char             *title;
  char             *guidance;
  KoersSensitivity  sensitivity;
} KoersChecklistEntry;

typedef struct _KoersChecklistTemplate KoersChecklistTemplate;

KoersChecklistTemplate    *koers_checklist_template_new_from_data (const char  *data,
                                                                   gssize       length,
                                                                   GError     **error);
KoersChecklistTemplate    *koers_checklist_template_new_default   (GError     **error);
void                       koers_checklist_template_free          (KoersChecklistTemplate *self);
const char                *koers_checklist_template_get_id        (KoersChecklistTemplate *self);
int                        koers_checklist_template_get_version   (KoersChecklistTemplate *self);
const char                *koers_checklist_template_get_title     (KoersChecklistTemplate *self);
const char                *koers_checklist_template_get_data      (KoersChecklistTemplate *self);
guint                      koers_checklist_template_get_n_entries (KoersChecklistTemplate *self);
const KoersChecklistEntry *koers_checklist_template_get_entry     (KoersChecklistTemplate *self,
                                                                   guint                   i);
const KoersChecklistEntry *koers_checklist_template_find          (KoersChecklistTemplate *self,
                                                                   const char             *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersChecklistTemplate, koers_checklist_template_free)

/**
 * KoersMonitoringContact:
 * @id: the contact's row
 * @months: months after departure it is planned at: 1, 3, 6 or 12
 * @planned_date: the day it is planned
 * @contact_date: (nullable): the day it was made; %NULL while planned
 * @channel: how
 * @reached: whether the participant was reached (-1 while planned)
 * @arrived_safely: -1 unknown, 0 no, 1 yes
 * @business: whether the business started
 * @income: what the participant lives on, in their words
 * @housing: where they live
 * @wellbeing: 1 (bad) to 5 (good), 0 when not asked
 * @support_needed: the support they still need
 * @note: anything else
 *
 * A monitoring contact after return, planned or made.
 */
typedef struct {
  gint64                id;
  int                   months;
  char                 *planned_date;
  char                 *contact_date;
  KoersContactChannel   channel;
  int                   reached;
  int                   arrived_safely;
  KoersBusinessStarted  business;
  char                 *income;
  char                 *housing;
  int                   wellbeing;
  char                 *support_needed;
  char                 *note;
} KoersMonitoringContact;

void koers_monitoring_contact_free (KoersMonitoringContact *contact);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersMonitoringContact, koers_monitoring_contact_free)

void koers_checklist_readiness (GVariant *items,
                                guint    *done,
                                guint    *applicable);

/* ---- the rules (pure) ---- */

gboolean    koers_handover_step_follows  (int                current,
                                          KoersHandoverStep  next);
gboolean    koers_handover_check_step    (int                current,
                                          KoersHandoverStep  next,
                                          gint64             partner_id,
                                          const char        *date,
                                          const char        *follow_up,
                                          const char        *flight_date,
                                          const char        *note,
                                          GError           **error);
char       *koers_monitoring_planned_date (const char        *departure,
                                           int                months);

extern const int koers_monitoring_months[4];

G_END_DECLS
