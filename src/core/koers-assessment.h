/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-score-list.h"

G_BEGIN_DECLS

#define KOERS_TYPE_ASSESSMENT (koers_assessment_get_type ())

G_DECLARE_FINAL_TYPE (KoersAssessment, koers_assessment, KOERS, ASSESSMENT, GObject)

KoersAssessment *koers_assessment_new               (gint64           id,
                                                     gint64           participant_id,
                                                     KoersScoreList  *list,
                                                     const char      *started_date,
                                                     const char      *finished_date,
                                                     GHashTable      *answers);
gint64           koers_assessment_get_id            (KoersAssessment *self);
gint64           koers_assessment_get_participant_id (KoersAssessment *self);
KoersScoreList  *koers_assessment_get_list          (KoersAssessment *self);
const char      *koers_assessment_get_started_date  (KoersAssessment *self);
const char      *koers_assessment_get_finished_date (KoersAssessment *self);
gboolean         koers_assessment_is_finished       (KoersAssessment *self);
int              koers_assessment_get_rating        (KoersAssessment *self,
                                                     guint            domain);
gboolean         koers_assessment_get_flag          (KoersAssessment *self,
                                                     guint            flag);
gboolean         koers_assessment_get_protective    (KoersAssessment *self,
                                                     guint            factor);
void             koers_assessment_compute           (KoersAssessment *self,
                                                     KoersScoreResult *result);
GPtrArray       *koers_assessment_explain           (KoersAssessment *self);
GPtrArray       *koers_assessment_suggest_actions   (KoersAssessment *self);

char            *koers_score_item_domain            (const char      *id);
char            *koers_score_item_flag              (const char      *id);
char            *koers_score_item_protective        (const char      *id);

G_END_DECLS
