/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-assessment-section.h"
#include "koers-business-section.h"
#include "koers-checklist-section.h"
#include "koers-contact-log.h"
#include "koers-documents-section.h"
#include "koers-handover-section.h"
#include "koers-internships-section.h"
#include "koers-monitoring-section.h"
#include "koers-dossier-view.h"
#include "koers-obstacles-section.h"
#include "koers-plan-section.h"

G_BEGIN_DECLS

struct _KoersDossierView
{
  GtkWidget             parent_instance;

  GtkRevealer          *back_revealer;
  GtkStack             *state_stack;
  GtkLabel             *name_label;
  GtkLabel             *code_label;
  GtkLabel             *phase_label;
  GtkLabel             *group_label;
  GtkLabel             *overdue_label;
  GtkLabel             *missed_label;
  GtkLabel             *follow_up_label;
  GtkLabel             *monitoring_label;
  AdwPreferencesGroup  *identity_group;
  AdwPreferencesGroup  *situation_group;
  AdwEntryRow          *given_row;
  AdwEntryRow          *family_row;
  AdwEntryRow          *alias_row;
  AdwEntryRow          *birth_row;
  AdwActionRow         *country_row;
  AdwEntryRow          *languages_row;
  AdwEntryRow          *phone_row;
  GtkDropDown          *country_dropdown;
  AdwComboRow          *sex_row;
  AdwComboRow          *stay_row;
  AdwEntryRow          *referrer_row;
  AdwComboRow          *case_manager_row;
  AdwComboRow          *holder_row;
  AdwComboRow          *buddy_row;
  AdwPreferencesGroup  *trajectory_group;
  AdwActionRow         *current_phase_row;
  GtkButton            *move_button;
  AdwEntryRow          *move_date_row;
  AdwEntryRow          *commitment_row;
  AdwEntryRow          *departure_row;
  AdwActionRow         *status_row;
  GtkWidget            *reopen_button;
  AdwExpanderRow       *end_row;
  AdwComboRow          *end_how_row;
  AdwEntryRow          *end_reason_row;
  KoersContactLog      *contact_log;
  KoersDocumentsSection *documents_section;
  KoersBusinessSection *business_section;
  KoersPlanSection     *plan_section;
  KoersObstaclesSection *obstacles_section;
  KoersAssessmentSection *assessment_section;
  KoersInternshipsSection *internships_section;
  KoersChecklistSection *checklist_section;
  KoersHandoverSection *handover_section;
  KoersMonitoringSection *monitoring_section;
  GtkMenuButton        *dossier_menu_button;

  KoersSession         *session;
  gint64                participant_id;
  KoersPhase            phase;
  KoersStatus           status;
  KoersParticipant     *shown;          /* what the fields show, as last loaded */
  GArray               *staff_ids;      /* gint64 per entry of the staff lists; 0 = none */
  GPtrArray            *country_codes;  /* per entry of the country list; NULL = unknown */
  gboolean              loading;        /* filling the fields: not a change by the user */
  guint                 reload_source;  /* a reload after the store changed, pending */
};

/* koers-dossier-actions.c: the actions on the dossier as a whole (history, erase) */
void koers_dossier_view_class_add_record_actions (GtkWidgetClass *widget_class);

G_END_DECLS
