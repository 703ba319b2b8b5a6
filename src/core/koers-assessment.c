/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-assessment.h"

/* One assessment with the score list it was made with and its answers, as loaded from the
 * store: an immutable snapshot. The answers are kept per item of the list ("domain:<id>",
 * "flag:<id>", "protective:<id>") and laid out as the arrays koers_score_compute() takes. */

struct _KoersAssessment
{
  GObject         parent_instance;

  gint64          id;
  gint64          participant_id;
  KoersScoreList *list;
  char           *started_date;
  char           *finished_date;
  int            *ratings;
  gboolean       *flags;
  gboolean       *protective;
};

G_DEFINE_FINAL_TYPE (KoersAssessment, koers_assessment, G_TYPE_OBJECT)

static void
koers_assessment_finalize (GObject *object)
{
  KoersAssessment *self = KOERS_ASSESSMENT (object);

  g_clear_object (&self->list);
  g_free (self->started_date);
  g_free (self->finished_date);
  g_free (self->ratings);
  g_free (self->flags);
  g_free (self->protective);

  G_OBJECT_CLASS (koers_assessment_parent_class)->finalize (object);
}

static void
koers_assessment_class_init (KoersAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_assessment_finalize;
}

static void
koers_assessment_init (KoersAssessment *self)
{
}

/**
 * koers_score_item_domain:
 * @id: a domain id
 *
 * Returns: (transfer full): the answer item of the domain, "domain:<id>".
 */
char *
koers_score_item_domain (const char *id)
{
  return g_strconcat ("domain:", id, NULL);
}

/**
 * koers_score_item_flag:
 * @id: a red flag id
 *
 * Returns: (transfer full): the answer item of the flag, "flag:<id>".
 */
char *
koers_score_item_flag (const char *id)
{
  return g_strconcat ("flag:", id, NULL);
}

/**
 * koers_score_item_protective:
 * @id: a protective factor id
 *
 * Returns: (transfer full): the answer item of the factor, "protective:<id>".
 */
char *
koers_score_item_protective (const char *id)
{
  return g_strconcat ("protective:", id, NULL);
}

static int
answer (GHashTable *answers,
        char       *item)
{
  g_autofree char *key = item;
  gpointer value;

  if (answers == NULL || !g_hash_table_lookup_extended (answers, key, NULL, &value))
    return 0;
  return GPOINTER_TO_INT (value);
}

/**
 * koers_assessment_new:
 * @id: the store's id
 * @participant_id: whose assessment
 * @list: the score list it was made with
 * @started_date: "YYYY-MM-DD"
 * @finished_date: (nullable): "YYYY-MM-DD", or %NULL while it is being filled in
 * @answers: (nullable) (element-type utf8 int): item → value
 *
 * Returns: (transfer full): an assessment record.
 */
KoersAssessment *
koers_assessment_new (gint64          id,
                      gint64          participant_id,
                      KoersScoreList *list,
                      const char     *started_date,
                      const char     *finished_date,
                      GHashTable     *answers)
{
  KoersAssessment *self = g_object_new (KOERS_TYPE_ASSESSMENT, NULL);
  guint n_domains = koers_score_list_get_n_domains (list);
  guint n_flags = koers_score_list_get_n_flags (list);
  guint n_protective = koers_score_list_get_n_protective (list);

  self->id = id;
  self->participant_id = participant_id;
  self->list = g_object_ref (list);
  self->started_date = g_strdup (started_date);
  self->finished_date = g_strdup (finished_date);
  self->ratings = g_new0 (int, MAX (n_domains, 1));
  self->flags = g_new0 (gboolean, MAX (n_flags, 1));
  self->protective = g_new0 (gboolean, MAX (n_protective, 1));
  for (guint i = 0; i < n_domains; i++)
    self->ratings[i] = answer (answers, koers_score_item_domain (koers_score_list_get_domain (list, i)->id));
  for (guint i = 0; i < n_flags; i++)
    self->flags[i] = answer (answers, koers_score_item_flag (koers_score_list_get_flag (list, i)->id)) != 0;
  for (guint i = 0; i < n_protective; i++)
    self->protective[i] = answer (answers, koers_score_item_protective (koers_score_list_get_protective (list, i)->id)) != 0;
  return self;
}

gint64
koers_assessment_get_id (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), 0);
  return self->id;
}

gint64
koers_assessment_get_participant_id (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), 0);
  return self->participant_id;
}

/**
 * koers_assessment_get_list:
 * @self: an assessment
 *
 * Returns: (transfer none): the score list (and version) it was made with.
 */
KoersScoreList *
koers_assessment_get_list (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);
  return self->list;
}

const char *
koers_assessment_get_started_date (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);
  return self->started_date;
}

const char *
koers_assessment_get_finished_date (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);
  return self->finished_date;
}

gboolean
koers_assessment_is_finished (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), FALSE);
  return self->finished_date != NULL;
}

/**
 * koers_assessment_get_rating:
 * @self: an assessment
 * @domain: the index of a domain of its list
 *
 * Returns: 1–5, or 0 when not answered.
 */
int
koers_assessment_get_rating (KoersAssessment *self,
                             guint            domain)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (domain < koers_score_list_get_n_domains (self->list), 0);
  return self->ratings[domain];
}

gboolean
koers_assessment_get_flag (KoersAssessment *self,
                           guint            flag)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (flag < koers_score_list_get_n_flags (self->list), FALSE);
  return self->flags[flag];
}

gboolean
koers_assessment_get_protective (KoersAssessment *self,
                                 guint            factor)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (factor < koers_score_list_get_n_protective (self->list), FALSE);
  return self->protective[factor];
}

/**
 * koers_assessment_compute:
 * @self: an assessment
 * @result: (out caller-allocates): index and category, see koers_score_compute()
 */
void
koers_assessment_compute (KoersAssessment  *self,
                          KoersScoreResult *result)
{
  g_return_if_fail (KOERS_IS_ASSESSMENT (self));
  koers_score_compute (self->list, self->ratings, self->flags, self->protective, result);
}

/**
 * koers_assessment_explain:
 * @self: an assessment
 *
 * Returns: (transfer full) (element-type utf8): why its category is what it is.
 */
GPtrArray *
koers_assessment_explain (KoersAssessment *self)
{
  KoersScoreResult result;

  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);
  koers_assessment_compute (self, &result);
  return koers_score_explain (self->list, self->ratings, self->flags, self->protective, &result);
}

/**
 * koers_assessment_suggest_actions:
 * @self: an assessment
 *
 * Returns: (transfer container) (element-type KoersScoreAction): the actions its list
 *   suggests for these answers.
 */
GPtrArray *
koers_assessment_suggest_actions (KoersAssessment *self)
{
  g_return_val_if_fail (KOERS_IS_ASSESSMENT (self), NULL);
  return koers_score_suggest_actions (self->list, self->ratings, self->flags);
}
