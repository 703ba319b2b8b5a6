/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_SCORE_LIST_ERROR (koers_score_list_error_quark ())

/**
 * KoersScoreListError:
 * @KOERS_SCORE_LIST_ERROR_INVALID: the definition is not a valid score list
 *
 * Errors of reading a score-list definition.
 */
typedef enum {
  KOERS_SCORE_LIST_ERROR_INVALID,
} KoersScoreListError;

/**
 * KoersScoreDomain:
 * @id: the domain's id in the definition
 * @title: its title in the UI language
 * @weight: 0 (recorded, not scored) to 5
 * @guidance: what ratings 1 (acute) to 5 (self-reliant) look like, index 0 to 4
 * @actions: (array zero-terminated=1): ids of actions suggested when rated 1 or 2
 *
 * One area of the list, rated 1–5.
 */
typedef struct {
  char  *id;
  char  *title;
  int    weight;
  char  *guidance[5];
  char **actions;
} KoersScoreDomain;

/**
 * KoersScoreFlag:
 * @id: the flag's id in the definition
 * @title: its title in the UI language
 * @guidance: when to tick it
 * @actions: (array zero-terminated=1): ids of actions suggested when ticked
 *
 * A decisive red flag: ticked, it makes the category severe.
 */
typedef struct {
  char  *id;
  char  *title;
  char  *guidance;
  char **actions;
} KoersScoreFlag;

/**
 * KoersScoreProtective:
 * @id: the factor's id in the definition
 * @title: its title in the UI language
 * @points: how many index points it takes off
 *
 * A protective factor: present, it lowers the index (within the list's cap).
 */
typedef struct {
  char *id;
  char *title;
  int   points;
} KoersScoreProtective;

/**
 * KoersScoreAction:
 * @id: the action's id in the definition
 * @title: what to do, in the UI language
 * @obstacle_kind: the kind of obstacle it becomes
 *
 * A suggested action of the list.
 */
typedef struct {
  char              *id;
  char              *title;
  KoersObstacleKind  obstacle_kind;
} KoersScoreAction;

/**
 * KoersScoreResult:
 * @index: 0–100 after protective factors
 * @raw_index: 0–100 before protective factors
 * @protective_points: index points taken off by protective factors
 * @category: the category, after the rules for acute domains and red flags
 * @index_category: the category of the index alone
 * @incomplete: a scored domain is not answered
 * @acute: a domain rated 1 raised the category to at least high
 * @red_flag: a red flag made the category severe
 * @n_answered: how many scored domains are answered
 *
 * The outcome of koers_score_compute().
 */
typedef struct {
  double             index;
  double             raw_index;
  int                protective_points;
  KoersScoreCategory category;
  KoersScoreCategory index_category;
  gboolean           incomplete;
  gboolean           acute;
  gboolean           red_flag;
  guint              n_answered;
} KoersScoreResult;

#define KOERS_TYPE_SCORE_LIST (koers_score_list_get_type ())

G_DECLARE_FINAL_TYPE (KoersScoreList, koers_score_list, KOERS, SCORE_LIST, GObject)

GQuark                      koers_score_list_error_quark     (void);
KoersScoreList             *koers_score_list_new_from_data   (const char     *data,
                                                              gssize          length,
                                                              GError        **error);
KoersScoreList             *koers_score_list_new_default     (GError        **error);
const char                 *koers_score_list_get_id          (KoersScoreList *self);
int                         koers_score_list_get_version     (KoersScoreList *self);
const char                 *koers_score_list_get_title       (KoersScoreList *self);
const char                 *koers_score_list_get_description (KoersScoreList *self);
const char                 *koers_score_list_get_data        (KoersScoreList *self);
guint                       koers_score_list_get_n_domains   (KoersScoreList *self);
const KoersScoreDomain     *koers_score_list_get_domain      (KoersScoreList *self,
                                                              guint           i);
guint                       koers_score_list_get_n_flags     (KoersScoreList *self);
const KoersScoreFlag       *koers_score_list_get_flag        (KoersScoreList *self,
                                                              guint           i);
guint                       koers_score_list_get_n_protective (KoersScoreList *self);
const KoersScoreProtective *koers_score_list_get_protective  (KoersScoreList *self,
                                                              guint           i);
const KoersScoreAction     *koers_score_list_find_action     (KoersScoreList *self,
                                                              const char     *id);
double                      koers_score_list_get_threshold   (KoersScoreList *self,
                                                              KoersScoreCategory category);

void                        koers_score_compute              (KoersScoreList   *list,
                                                              const int        *ratings,
                                                              const gboolean   *flags,
                                                              const gboolean   *protective,
                                                              KoersScoreResult *result);
GPtrArray                  *koers_score_explain              (KoersScoreList   *list,
                                                              const int        *ratings,
                                                              const gboolean   *flags,
                                                              const gboolean   *protective,
                                                              const KoersScoreResult *result);
GPtrArray                  *koers_score_suggest_actions      (KoersScoreList   *list,
                                                              const int        *ratings,
                                                              const gboolean   *flags);

G_END_DECLS
