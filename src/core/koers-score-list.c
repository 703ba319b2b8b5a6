/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "koers-enum-types.h"
#include "koers-score-list.h"

/* The vulnerability score list ("Scorelijst voor terugkeer") is data, not code: a GKeyFile
 * with an id, a version, domains rated 1–5 with a weight and guidance per rating, decisive
 * red flags, protective factors, category thresholds and suggested actions (see
 * data/scorelist/README.md). The organisation can replace it; every assessment keeps the
 * version it was made with, so this object is built from the text stored with it.
 *
 * koers_score_compute() holds every scoring rule, as one pure function. */

#define RESOURCE_DEFAULT RESOURCE_PREFIX "/scorelist/koers-scorelist-1.ini"
#define MAIN_GROUP "Score List"

struct _KoersScoreList
{
  GObject    parent_instance;

  char      *data;
  char      *id;
  int        version;
  char      *title;
  char      *description;
  double     thresholds[4];    /* per category: the lowest index that reaches it */
  int        protective_cap;
  GArray    *domains;          /* KoersScoreDomain */
  GArray    *flags;            /* KoersScoreFlag */
  GArray    *protective;       /* KoersScoreProtective */
  GArray    *actions;          /* KoersScoreAction */
};

G_DEFINE_FINAL_TYPE (KoersScoreList, koers_score_list, G_TYPE_OBJECT)
G_DEFINE_QUARK (koers-score-list-error-quark, koers_score_list_error)

static void
clear_domain (gpointer data)
{
  KoersScoreDomain *d = data;

  g_free (d->id);
  g_free (d->title);
  for (guint i = 0; i < 5; i++)
    g_free (d->guidance[i]);
  g_strfreev (d->actions);
}

static void
clear_flag (gpointer data)
{
  KoersScoreFlag *f = data;

  g_free (f->id);
  g_free (f->title);
  g_free (f->guidance);
  g_strfreev (f->actions);
}

static void
clear_protective (gpointer data)
{
  KoersScoreProtective *p = data;

  g_free (p->id);
  g_free (p->title);
}

static void
clear_action (gpointer data)
{
  KoersScoreAction *a = data;

  g_free (a->id);
  g_free (a->title);
}

static void
koers_score_list_finalize (GObject *object)
{
  KoersScoreList *self = KOERS_SCORE_LIST (object);

  g_free (self->data);
  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_array_unref (self->domains);
  g_array_unref (self->flags);
  g_array_unref (self->protective);
  g_array_unref (self->actions);

  G_OBJECT_CLASS (koers_score_list_parent_class)->finalize (object);
}

static void
koers_score_list_class_init (KoersScoreListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_score_list_finalize;
}

static void
koers_score_list_init (KoersScoreList *self)
{
  self->domains = g_array_new (FALSE, TRUE, sizeof (KoersScoreDomain));
  g_array_set_clear_func (self->domains, clear_domain);
  self->flags = g_array_new (FALSE, TRUE, sizeof (KoersScoreFlag));
  g_array_set_clear_func (self->flags, clear_flag);
  self->protective = g_array_new (FALSE, TRUE, sizeof (KoersScoreProtective));
  g_array_set_clear_func (self->protective, clear_protective);
  self->actions = g_array_new (FALSE, TRUE, sizeof (KoersScoreAction));
  g_array_set_clear_func (self->actions, clear_action);
}

/* ---- reading a definition ------------------------------------------------------------ */

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KOERS_SCORE_LIST_ERROR, KOERS_SCORE_LIST_ERROR_INVALID, message);
  return FALSE;
}

/* A translated text that must be there and fit on one row. */
static char *
get_text (GKeyFile    *file,
          const char  *group,
          const char  *key,
          GError     **error)
{
  g_autofree char *text = g_key_file_get_locale_string (file, group, key, NULL, NULL);

  if (text != NULL)
    g_strstrip (text);
  if (text == NULL || *text == '\0')
    {
      invalid (error, _("[%s] has no %s."), group, key);
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > 1000)
    {
      invalid (error, _("%s of [%s] is not plain text of at most 1 000 characters."), key,
               group);
      return NULL;
    }
  return g_steal_pointer (&text);
}

static gboolean
get_int (GKeyFile    *file,
         const char  *group,
         const char  *key,
         int          min,
         int          max,
         int          fallback,
         int         *value,
         GError     **error)
{
  g_autofree char *text = g_key_file_get_value (file, group, key, NULL);
  gint64 number;

  if (text == NULL && fallback >= min)
    {
      *value = fallback;
      return TRUE;
    }
  if (text == NULL
      || !g_ascii_string_to_signed (g_strstrip (text), 10, min, max, &number, NULL))
    return invalid (error, _("%s of [%s] must be a whole number from %d to %d."), key, group,
                    min, max);
  *value = (int) number;
  return TRUE;
}

static char **
get_ids (GKeyFile   *file,
         const char *group,
         const char *key)
{
  g_auto(GStrv) ids = g_key_file_get_string_list (file, group, key, NULL, NULL);
  GPtrArray *clean = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      char *id = g_strstrip (g_strdup (ids[i]));
      if (*id != '\0')
        g_ptr_array_add (clean, id);
      else
        g_free (id);
    }
  g_ptr_array_add (clean, NULL);
  return (char **) g_ptr_array_free (clean, FALSE);
}

static gboolean
read_domain (KoersScoreList  *self,
             GKeyFile        *file,
             const char      *group,
             GError         **error)
{
  KoersScoreDomain d = { g_strdup (group + strlen ("Domain ")) };

  if ((d.title = get_text (file, group, "Title", error)) == NULL
      || !get_int (file, group, "Weight", 0, 5, -1, &d.weight, error))
    goto failed;
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *key = g_strdup_printf ("Rating%u", i + 1);
      if ((d.guidance[i] = get_text (file, group, key, error)) == NULL)
        goto failed;
    }
  d.actions = get_ids (file, group, "Actions");
  g_array_append_val (self->domains, d);
  return TRUE;

failed:
  clear_domain (&d);
  return FALSE;
}

static gboolean
read_flag (KoersScoreList  *self,
           GKeyFile        *file,
           const char      *group,
           GError         **error)
{
  KoersScoreFlag f = { g_strdup (group + strlen ("Flag ")) };

  if ((f.title = get_text (file, group, "Title", error)) == NULL)
    {
      clear_flag (&f);
      return FALSE;
    }
  f.guidance = g_key_file_get_locale_string (file, group, "Guidance", NULL, NULL);
  f.actions = get_ids (file, group, "Actions");
  g_array_append_val (self->flags, f);
  return TRUE;
}

static gboolean
read_protective (KoersScoreList  *self,
                 GKeyFile        *file,
                 const char      *group,
                 GError         **error)
{
  KoersScoreProtective p = { g_strdup (group + strlen ("Protective ")) };

  if ((p.title = get_text (file, group, "Title", error)) == NULL
      || !get_int (file, group, "Points", 1, 10, -1, &p.points, error))
    {
      clear_protective (&p);
      return FALSE;
    }
  g_array_append_val (self->protective, p);
  return TRUE;
}

static gboolean
read_action (KoersScoreList  *self,
             GKeyFile        *file,
             const char      *group,
             GError         **error)
{
  KoersScoreAction a = { g_strdup (group + strlen ("Action ")) };
  g_autofree char *kind = g_key_file_get_value (file, group, "ObstacleKind", NULL);
  int value = KOERS_OBSTACLE_KIND_OTHER;

  if ((a.title = get_text (file, group, "Title", error)) == NULL)
    goto failed;
  if (kind != NULL && !koers_enum_from_nick (KOERS_TYPE_OBSTACLE_KIND, g_strstrip (kind), &value))
    {
      invalid (error, _("ObstacleKind of [%s] is “%s”, which is not a kind of obstacle."),
               group, kind);
      goto failed;
    }
  a.obstacle_kind = value;
  g_array_append_val (self->actions, a);
  return TRUE;

failed:
  clear_action (&a);
  return FALSE;
}

static gboolean
check_actions (KoersScoreList  *self,
               const char      *group,
               char           **ids,
               GError         **error)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (koers_score_list_find_action (self, ids[i]) == NULL)
      return invalid (error, _("[%s] suggests the action “%s”, which has no [Action %s]."),
                      group, ids[i], ids[i]);
  return TRUE;
}

static gboolean
read_definition (KoersScoreList  *self,
                 GKeyFile        *file,
                 GError         **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  g_autofree char *id = NULL;
  int version = 0, moderate = 0, high = 0, severe = 0, n_scored = 0;

  if (!g_key_file_has_group (file, MAIN_GROUP))
    return invalid (error, _("This is not a score list: it has no [%s] section."), MAIN_GROUP);
  id = g_key_file_get_value (file, MAIN_GROUP, "Id", NULL);
  if (id == NULL || *g_strstrip (id) == '\0' || strlen (id) > 100)
    return invalid (error, _("[%s] has no Id."), MAIN_GROUP);
  if (!get_int (file, MAIN_GROUP, "Version", 1, 1000000, -1, &version, error)
      || (self->title = get_text (file, MAIN_GROUP, "Title", error)) == NULL
      || !get_int (file, MAIN_GROUP, "Moderate", 1, 99, 25, &moderate, error)
      || !get_int (file, MAIN_GROUP, "High", 1, 99, 50, &high, error)
      || !get_int (file, MAIN_GROUP, "Severe", 1, 99, 75, &severe, error)
      || !get_int (file, MAIN_GROUP, "ProtectiveCap", 0, 100, 10, &self->protective_cap, error))
    return FALSE;
  if (!(moderate < high && high < severe))
    return invalid (error, _("The thresholds must rise: Moderate (%d) below High (%d) below "
                             "Severe (%d)."), moderate, high, severe);
  self->id = g_steal_pointer (&id);
  self->version = version;
  self->description = g_key_file_get_locale_string (file, MAIN_GROUP, "Description", NULL,
                                                    NULL);
  self->thresholds[KOERS_SCORE_CATEGORY_LOW] = 0;
  self->thresholds[KOERS_SCORE_CATEGORY_MODERATE] = moderate;
  self->thresholds[KOERS_SCORE_CATEGORY_HIGH] = high;
  self->thresholds[KOERS_SCORE_CATEGORY_SEVERE] = severe;

  /* Actions first, so that the others can be checked against them. */
  for (guint i = 0; groups[i] != NULL; i++)
    if (g_str_has_prefix (groups[i], "Action ") && !read_action (self, file, groups[i], error))
      return FALSE;
  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *g = groups[i];
      gboolean ok = TRUE;

      if (g_str_equal (g, MAIN_GROUP) || g_str_has_prefix (g, "Action "))
        continue;
      if (g_str_has_prefix (g, "Domain "))
        ok = read_domain (self, file, g, error)
             && check_actions (self, g, g_array_index (self->domains, KoersScoreDomain,
                                                       self->domains->len - 1).actions, error);
      else if (g_str_has_prefix (g, "Flag "))
        ok = read_flag (self, file, g, error)
             && check_actions (self, g, g_array_index (self->flags, KoersScoreFlag,
                                                       self->flags->len - 1).actions, error);
      else if (g_str_has_prefix (g, "Protective "))
        ok = read_protective (self, file, g, error);
      else
        return invalid (error, _("[%s] is not a section a score list has: sections are "
                                 "[Score List], [Domain …], [Flag …], [Protective …] and "
                                 "[Action …]."), g);
      if (!ok)
        return FALSE;
    }
  for (guint i = 0; i < self->domains->len; i++)
    n_scored += g_array_index (self->domains, KoersScoreDomain, i).weight > 0;
  if (n_scored == 0)
    return invalid (error, _("The score list has no domain with a weight above 0."));
  return TRUE;
}

/**
 * koers_score_list_new_from_data:
 * @data: the text of a definition
 * @length: its length, or -1 when NUL-terminated
 * @error: return location for a %KOERS_SCORE_LIST_ERROR
 *
 * Reads and checks a score-list definition; texts are taken in the UI language where the
 * definition has them, in English otherwise.
 *
 * Returns: (transfer full) (nullable): the list, or %NULL with a message that says what is
 *   wrong and where.
 */
KoersScoreList *
koers_score_list_new_from_data (const char  *data,
                                gssize       length,
                                GError     **error)
{
  g_autoptr(KoersScoreList) self = g_object_new (KOERS_TYPE_SCORE_LIST, NULL);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) parse_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    {
      invalid (error, _("The score list is not a text file in UTF-8."));
      return NULL;
    }
  if (!g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, &parse_error))
    {
      invalid (error, _("The score list cannot be read: %s"), parse_error->message);
      return NULL;
    }
  self->data = g_strndup (data, length);
  if (!read_definition (self, file, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * koers_score_list_new_default:
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the list that ships with Koers.
 */
KoersScoreList *
koers_score_list_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_DEFAULT, 0, error);

  if (bytes == NULL)
    return NULL;
  return koers_score_list_new_from_data (g_bytes_get_data (bytes, NULL),
                                         g_bytes_get_size (bytes), error);
}

const char *
koers_score_list_get_id (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), NULL);
  return self->id;
}

int
koers_score_list_get_version (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), 0);
  return self->version;
}

const char *
koers_score_list_get_title (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), NULL);
  return self->title;
}

const char *
koers_score_list_get_description (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), NULL);
  return self->description;
}

/**
 * koers_score_list_get_data:
 * @self: a score list
 *
 * Returns: (transfer none): the definition's text, as the store keeps it.
 */
const char *
koers_score_list_get_data (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), NULL);
  return self->data;
}

guint
koers_score_list_get_n_domains (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), 0);
  return self->domains->len;
}

const KoersScoreDomain *
koers_score_list_get_domain (KoersScoreList *self,
                             guint           i)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self) && i < self->domains->len, NULL);
  return &g_array_index (self->domains, KoersScoreDomain, i);
}

guint
koers_score_list_get_n_flags (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), 0);
  return self->flags->len;
}

const KoersScoreFlag *
koers_score_list_get_flag (KoersScoreList *self,
                           guint           i)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self) && i < self->flags->len, NULL);
  return &g_array_index (self->flags, KoersScoreFlag, i);
}

guint
koers_score_list_get_n_protective (KoersScoreList *self)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), 0);
  return self->protective->len;
}

const KoersScoreProtective *
koers_score_list_get_protective (KoersScoreList *self,
                                 guint           i)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self) && i < self->protective->len, NULL);
  return &g_array_index (self->protective, KoersScoreProtective, i);
}

/**
 * koers_score_list_find_action:
 * @self: a score list
 * @id: an action id
 *
 * Returns: (transfer none) (nullable): the action, or %NULL.
 */
const KoersScoreAction *
koers_score_list_find_action (KoersScoreList *self,
                              const char     *id)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), NULL);

  for (guint i = 0; i < self->actions->len; i++)
    if (g_strcmp0 (g_array_index (self->actions, KoersScoreAction, i).id, id) == 0)
      return &g_array_index (self->actions, KoersScoreAction, i);
  return NULL;
}

/**
 * koers_score_list_get_threshold:
 * @self: a score list
 * @category: a category
 *
 * Returns: the lowest index of @category.
 */
double
koers_score_list_get_threshold (KoersScoreList     *self,
                                KoersScoreCategory  category)
{
  g_return_val_if_fail (KOERS_IS_SCORE_LIST (self), 0);
  g_return_val_if_fail (category <= KOERS_SCORE_CATEGORY_SEVERE, 0);
  return self->thresholds[category];
}

/* ---- the rules ----------------------------------------------------------------------- */

/**
 * koers_score_compute:
 * @list: the score list the answers belong to
 * @ratings: per domain of @list: 1 (acute) to 5 (self-reliant), 0 when not answered
 * @flags: per red flag of @list: whether it is ticked
 * @protective: per protective factor of @list: whether it is present
 * @result: (out caller-allocates): the outcome
 *
 * All scoring rules, in one place:
 *
 * - need per domain = 5 − rating; index = 100 × Σ(weight × need) / Σ(weight × 4) over the
 *   answered domains with a weight above 0 (domains of weight 0, such as return readiness,
 *   are recorded but never scored); no answered domain gives index 0;
 * - an unanswered scored domain counts as unknown and makes the assessment incomplete;
 * - protective factors take their points off the index, at most the list's cap (10), never
 *   below 0;
 * - the category follows the index: low < Moderate ≤ moderate < High ≤ high < Severe ≤
 *   severe (25, 50, 75 by default);
 * - any scored domain rated 1 makes the category at least high;
 * - any ticked red flag makes it severe, whatever the index or protective factors.
 */
void
koers_score_compute (KoersScoreList   *list,
                     const int        *ratings,
                     const gboolean   *flags,
                     const gboolean   *protective,
                     KoersScoreResult *result)
{
  double weighted_need = 0, weighted_max = 0;
  int points = 0;

  g_return_if_fail (KOERS_IS_SCORE_LIST (list));
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  for (guint i = 0; i < list->domains->len; i++)
    {
      const KoersScoreDomain *d = &g_array_index (list->domains, KoersScoreDomain, i);
      int rating = ratings ? ratings[i] : 0;

      if (d->weight == 0)
        continue;
      if (rating < 1 || rating > 5)
        {
          result->incomplete = TRUE;
          continue;
        }
      result->n_answered++;
      weighted_need += d->weight * (5 - rating);
      weighted_max += d->weight * 4;
      result->acute |= rating == 1;
    }
  result->raw_index = weighted_max > 0 ? 100.0 * weighted_need / weighted_max : 0;

  for (guint i = 0; protective != NULL && i < list->protective->len; i++)
    if (protective[i])
      points += g_array_index (list->protective, KoersScoreProtective, i).points;
  result->protective_points = MIN (points, list->protective_cap);
  result->index = MAX (0.0, result->raw_index - result->protective_points);

  /* Thresholds are whole numbers; the small margin keeps 24.999999 from a division at 25. */
  result->index_category = KOERS_SCORE_CATEGORY_LOW;
  for (int c = KOERS_SCORE_CATEGORY_MODERATE; c <= KOERS_SCORE_CATEGORY_SEVERE; c++)
    if (result->index + 1e-9 >= list->thresholds[c])
      result->index_category = c;
  result->category = result->index_category;

  if (result->acute && result->category < KOERS_SCORE_CATEGORY_HIGH)
    result->category = KOERS_SCORE_CATEGORY_HIGH;
  for (guint i = 0; flags != NULL && i < list->flags->len; i++)
    result->red_flag |= flags[i];
  if (result->red_flag)
    result->category = KOERS_SCORE_CATEGORY_SEVERE;
}

typedef struct {
  guint  domain;
  double weight;
} Driver;

static int
compare_drivers (gconstpointer a,
                 gconstpointer b)
{
  const Driver *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight < y->weight ? 1 : -1;
  return (x->domain > y->domain) - (x->domain < y->domain);
}

/**
 * koers_score_explain:
 * @list: the score list
 * @ratings: as for koers_score_compute()
 * @flags: as for koers_score_compute()
 * @protective: as for koers_score_compute()
 * @result: what koers_score_compute() gave for them
 *
 * Says why the category is what it is: the red flags, the acute domains, the domains that
 * weigh most in the index, the protective factors and what is not answered yet.
 *
 * Returns: (transfer full) (element-type utf8): translated sentences, most decisive first.
 */
GPtrArray *
koers_score_explain (KoersScoreList         *list,
                     const int              *ratings,
                     const gboolean         *flags,
                     const gboolean         *protective,
                     const KoersScoreResult *result)
{
  GPtrArray *why = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) drivers = g_array_new (FALSE, FALSE, sizeof (Driver));
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (KOERS_IS_SCORE_LIST (list) && result != NULL, why);

  for (guint i = 0; flags != NULL && i < list->flags->len; i++)
    if (flags[i])
      /* Translators: a reason for the category; %s is a red flag */
      g_ptr_array_add (why, g_strdup_printf (_("Red flag: %s"),
                                             g_array_index (list->flags, KoersScoreFlag, i).title));

  for (guint i = 0; i < list->domains->len; i++)
    {
      const KoersScoreDomain *d = &g_array_index (list->domains, KoersScoreDomain, i);
      int rating = ratings ? ratings[i] : 0;

      if (d->weight == 0)
        continue;
      if (rating < 1 || rating > 5)
        {
          g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", d->title);
          continue;
        }
      if (rating == 1)
        /* Translators: a reason for the category; %s is a domain of the score list */
        g_ptr_array_add (why, g_strdup_printf (_("%s: acute (rated 1)"), d->title));
      else if (rating <= 3)
        {
          Driver driver = { i, d->weight * (5.0 - rating) };
          g_array_append_val (drivers, driver);
        }
    }
  g_array_sort (drivers, compare_drivers);
  for (guint i = 0; i < MIN (drivers->len, 3); i++)
    {
      const Driver *driver = &g_array_index (drivers, Driver, i);
      const KoersScoreDomain *d = &g_array_index (list->domains, KoersScoreDomain, driver->domain);
      /* Translators: a reason for the category: a domain, its rating and its weight */
      g_ptr_array_add (why, g_strdup_printf (_("%s: rated %d, weight %d"), d->title,
                                             ratings[driver->domain], d->weight));
    }
  if (result->protective_points > 0)
    {
      int points = 0;
      for (guint i = 0; protective != NULL && i < list->protective->len; i++)
        if (protective[i])
          points += g_array_index (list->protective, KoersScoreProtective, i).points;
      g_ptr_array_add (why, points > result->protective_points
                            /* Translators: %d is a number of index points */
                            ? g_strdup_printf (_("Protective factors: %d points off (at most %d)"),
                                               result->protective_points, list->protective_cap)
                            : g_strdup_printf (_("Protective factors: %d points off"),
                                               result->protective_points));
    }
  if (missing->len > 0)
    /* Translators: %s is a list of domains of the score list */
    g_ptr_array_add (why, g_strdup_printf (_("Not answered yet: %s"), missing->str));
  return why;
}

/**
 * koers_score_suggest_actions:
 * @list: the score list
 * @ratings: as for koers_score_compute()
 * @flags: as for koers_score_compute()
 *
 * Returns: (transfer container) (element-type KoersScoreAction): the actions the list
 *   suggests for domains rated 1 or 2 and for ticked red flags, each once, in list order.
 */
GPtrArray *
koers_score_suggest_actions (KoersScoreList *list,
                             const int      *ratings,
                             const gboolean *flags)
{
  GPtrArray *actions = g_ptr_array_new ();

  g_return_val_if_fail (KOERS_IS_SCORE_LIST (list), actions);

  for (guint i = 0; i < list->domains->len + list->flags->len; i++)
    {
      char **ids;

      if (i < list->domains->len)
        {
          int rating = ratings ? ratings[i] : 0;
          if (rating < 1 || rating > 2)
            continue;
          ids = g_array_index (list->domains, KoersScoreDomain, i).actions;
        }
      else
        {
          guint f = i - list->domains->len;
          if (flags == NULL || !flags[f])
            continue;
          ids = g_array_index (list->flags, KoersScoreFlag, f).actions;
        }
      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          const KoersScoreAction *action = koers_score_list_find_action (list, ids[j]);
          if (action != NULL && !g_ptr_array_find (actions, action, NULL))
            g_ptr_array_add (actions, (gpointer) action);
        }
    }
  return actions;
}
