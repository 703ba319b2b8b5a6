/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "koers-participant-list.h"

/* A GListModel of the participants that match a search, in the order asked for. The search
 * and the sort run in SQL and yield only the ids; participants are loaded a page at a time
 * when a row scrolls into view, so 100 000 dossiers cost a few hundred kilobytes. */

#define PAGE_SIZE 64
#define MAX_CACHED_PAGES 32
#define REPLACE_HEAD 256

struct _KoersParticipantList
{
  GObject                 parent_instance;

  KoersStore             *store;
  char                   *search;
  KoersParticipantColumn  sort_column;
  gboolean                sort_descending;
  GArray                 *ids;       /* gint64, in list order */
  guint                   n_exposed; /* rows the views know of; below ids->len while
                                        announce_changes() is half-way */
  GHashTable             *pages;     /* page number → GPtrArray of KoersParticipant */
  KoersParticipantFilter  filter;
  gint64                  total;
  gboolean                constructed;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KoersParticipantList, koers_participant_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  PROP_N_ITEMS,
  PROP_TOTAL,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GType
koers_participant_list_get_item_type (GListModel *model)
{
  return KOERS_TYPE_PARTICIPANT;
}

static guint
koers_participant_list_get_n_items (GListModel *model)
{
  return KOERS_PARTICIPANT_LIST (model)->n_exposed;
}

static GPtrArray *
load_page (KoersParticipantList *self,
           guint                 page)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint first = page * PAGE_SIZE;
  guint last = MIN (first + PAGE_SIZE, self->ids->len);

  for (guint i = first; i < last; i++)
    {
      g_autoptr(GError) error = NULL;
      KoersParticipant *p = koers_store_get_participant (self->store,
                                                         g_array_index (self->ids, gint64, i),
                                                         &error);
      /* A row removed since the ids were read shows empty until the reload that the
       * store's "changed" signal brings. */
      if (p == NULL)
        {
          if (!g_error_matches (error, KOERS_STORE_ERROR, KOERS_STORE_ERROR_NOT_FOUND))
            g_signal_emit (self, signals[FAILED], 0, error);
          p = koers_participant_new ();
        }
      g_ptr_array_add (items, p);
    }
  return items;
}

static gpointer
koers_participant_list_get_item (GListModel *model,
                                 guint       position)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (model);
  guint page = position / PAGE_SIZE;
  GPtrArray *items;

  if (position >= self->n_exposed)
    return NULL;

  items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (items == NULL)
    {
      /* Rows on screen hold their own references, so dropping the cache is cheap. */
      if (g_hash_table_size (self->pages) >= MAX_CACHED_PAGES)
        g_hash_table_remove_all (self->pages);
      items = load_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
    }
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = koers_participant_list_get_item_type;
  iface->get_n_items = koers_participant_list_get_n_items;
  iface->get_item = koers_participant_list_get_item;
}

/* Tells the views which rows changed between the old and the new ids (self->ids holds the
 * new ones). Unchanged rows at the start and the end keep their widgets, which matters for
 * edits: the list neither jumps nor flickers. A large replaced middle is announced in two
 * steps, because told that many rows were replaced at once, GTK walks every new item
 * looking for the rows it had, which would load all 100 000; the first step replaces up to
 * a few screens of rows, the second appends the rest, where nothing is looked for. */
static void
announce_changes (KoersParticipantList *self,
                  GArray               *old_ids)
{
  guint old_len = old_ids->len, new_len = self->ids->len;
  guint prefix = 0, suffix = 0, removed, added;

  while (prefix < old_len && prefix < new_len
         && g_array_index (old_ids, gint64, prefix) == g_array_index (self->ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix
         && g_array_index (old_ids, gint64, old_len - 1 - suffix)
            == g_array_index (self->ids, gint64, new_len - 1 - suffix))
    suffix++;
  removed = old_len - prefix - suffix;
  added = new_len - prefix - suffix;

  if (removed == 0 && added == 0)
    {
      /* The same rows, perhaps with new contents: refresh the ones that were loaded. */
      GList *pages = g_hash_table_get_keys (self->pages);

      g_hash_table_remove_all (self->pages);
      for (GList *l = pages; l != NULL; l = l->next)
        {
          guint first = GPOINTER_TO_UINT (l->data) * PAGE_SIZE;
          guint n = MIN (PAGE_SIZE, new_len - first);
          g_list_model_items_changed (G_LIST_MODEL (self), first, n, n);
        }
      g_list_free (pages);
      return;
    }

  g_hash_table_remove_all (self->pages);
  if (removed == 0 || added <= REPLACE_HEAD)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
      return;
    }
  self->n_exposed = prefix + REPLACE_HEAD;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_len - prefix, REPLACE_HEAD);
  self->n_exposed = new_len;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix + REPLACE_HEAD, 0,
                              new_len - prefix - REPLACE_HEAD);
}

/**
 * koers_participant_list_reload:
 * @self: a participant list
 * @error: return location for an error
 *
 * Runs the search again and tells the views what changed. Called by the list itself when
 * the search, the sort or the database changes; failures then go to #KoersParticipantList::failed.
 *
 * Returns: %TRUE on success; on failure the list keeps what it showed.
 */
gboolean
koers_participant_list_reload (KoersParticipantList  *self,
                               GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) old_ids = NULL;
  gint64 total;

  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), FALSE);

  ids = koers_store_find_participants (self->store, self->search, &self->filter,
                                       self->sort_column,
                                       self->sort_descending, error);
  if (ids == NULL)
    return FALSE;
  total = koers_store_count_participants (self->store, error);
  if (total < 0)
    return FALSE;

  old_ids = g_steal_pointer (&self->ids);
  self->ids = g_steal_pointer (&ids);
  self->n_exposed = self->ids->len;
  announce_changes (self, old_ids);

  if (old_ids->len != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (total != self->total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
  return TRUE;
}

static void
reload_or_report (KoersParticipantList *self)
{
  g_autoptr(GError) error = NULL;

  /* Search and sort given to g_object_new() are applied by the one load in constructed. */
  if (!self->constructed)
    return;

  if (!koers_participant_list_reload (self, &error))
    g_signal_emit (self, signals[FAILED], 0, error);
}

static void
on_store_changed_cb (KoersParticipantList *self,
                     KoersStore           *store)
{
  reload_or_report (self);
}

static void
koers_participant_list_constructed (GObject *object)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (object);

  G_OBJECT_CLASS (koers_participant_list_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->constructed = TRUE;
  reload_or_report (self);
}

static void
koers_participant_list_dispose (GObject *object)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->pages, g_hash_table_unref);

  G_OBJECT_CLASS (koers_participant_list_parent_class)->dispose (object);
}

static void
koers_participant_list_finalize (GObject *object)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (object);

  g_free (self->search);
  g_array_unref (self->ids);

  G_OBJECT_CLASS (koers_participant_list_parent_class)->finalize (object);
}

static void
koers_participant_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT_COLUMN:
      g_value_set_enum (value, self->sort_column);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_exposed);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_participant_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KoersParticipantList *self = KOERS_PARTICIPANT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      koers_participant_list_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT_COLUMN:
      koers_participant_list_set_sort (self, g_value_get_enum (value), self->sort_descending);
      break;
    case PROP_SORT_DESCENDING:
      koers_participant_list_set_sort (self, self->sort_column, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
koers_participant_list_class_init (KoersParticipantListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = koers_participant_list_constructed;
  object_class->dispose = koers_participant_list_dispose;
  object_class->finalize = koers_participant_list_finalize;
  object_class->get_property = koers_participant_list_get_property;
  object_class->set_property = koers_participant_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KOERS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                         | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_COLUMN] =
    g_param_spec_enum ("sort-column", NULL, NULL, KOERS_TYPE_PARTICIPANT_COLUMN,
                       KOERS_PARTICIPANT_COLUMN_CODE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                       | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                          | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* All participants in the database, whatever the search. */
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KoersParticipantList::failed:
   * @error: what went wrong
   *
   * Emitted when reading the database failed, so that the window can say so.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
koers_participant_list_init (KoersParticipantList *self)
{
  koers_participant_filter_init (&self->filter);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * koers_participant_list_new:
 * @store: the store to read from
 *
 * Returns: (transfer full): a list of all participants, sorted by dossier code.
 */
KoersParticipantList *
koers_participant_list_new (KoersStore *store)
{
  return g_object_new (KOERS_TYPE_PARTICIPANT_LIST, "store", store, NULL);
}

/**
 * koers_participant_list_get_store:
 * @self: a participant list
 *
 * Returns: (transfer none): the store the list reads from.
 */
KoersStore *
koers_participant_list_get_store (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), NULL);
  return self->store;
}

/**
 * koers_participant_list_get_search:
 * @self: a participant list
 *
 * Returns: (transfer none) (nullable): the search text.
 */
const char *
koers_participant_list_get_search (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), NULL);
  return self->search;
}

/**
 * koers_participant_list_set_search:
 * @self: a participant list
 * @search: (nullable): words to search for in names, aliases, codes and countries
 *
 * Shows only the participants that match @search.
 */
void
koers_participant_list_set_search (KoersParticipantList *self,
                                   const char           *search)
{
  g_return_if_fail (KOERS_IS_PARTICIPANT_LIST (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  reload_or_report (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

/**
 * koers_participant_list_get_sort_column:
 * @self: a participant list
 *
 * Returns: the column the list is sorted by.
 */
KoersParticipantColumn
koers_participant_list_get_sort_column (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), 0);
  return self->sort_column;
}

/**
 * koers_participant_list_get_sort_descending:
 * @self: a participant list
 *
 * Returns: whether the list is sorted in descending order.
 */
gboolean
koers_participant_list_get_sort_descending (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), FALSE);
  return self->sort_descending;
}

/**
 * koers_participant_list_set_sort:
 * @self: a participant list
 * @column: the column to sort by
 * @descending: whether to sort in descending order
 *
 * Sorts the list.
 */
void
koers_participant_list_set_sort (KoersParticipantList   *self,
                                 KoersParticipantColumn  column,
                                 gboolean                descending)
{
  g_return_if_fail (KOERS_IS_PARTICIPANT_LIST (self));

  descending = !!descending;
  if (self->sort_column == column && self->sort_descending == descending)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->sort_column != column)
    {
      self->sort_column = column;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
    }
  if (self->sort_descending != descending)
    {
      self->sort_descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
    }
  reload_or_report (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * koers_participant_list_get_total:
 * @self: a participant list
 *
 * Returns: how many participants the database holds, matching the search or not.
 */
gint64
koers_participant_list_get_total (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), 0);
  return self->total;
}

/**
 * koers_participant_list_find:
 * @self: a participant list
 * @participant_id: a participant id
 *
 * Returns: the position of the participant in the list, or %GTK_INVALID_LIST_POSITION
 *   (G_MAXUINT) when the search does not show them.
 */
guint
koers_participant_list_find (KoersParticipantList *self,
                             gint64                participant_id)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->n_exposed; i++)
    if (g_array_index (self->ids, gint64, i) == participant_id)
      return i;
  return G_MAXUINT;
}

/**
 * koers_participant_list_get_filter:
 * @self: a participant list
 *
 * Returns: (transfer none): the filter in use.
 */
const KoersParticipantFilter *
koers_participant_list_get_filter (KoersParticipantList *self)
{
  g_return_val_if_fail (KOERS_IS_PARTICIPANT_LIST (self), NULL);
  return &self->filter;
}

/**
 * koers_participant_list_set_filter:
 * @self: a participant list
 * @filter: which participants to show
 *
 * Shows only the participants that pass @filter (and the search).
 */
void
koers_participant_list_set_filter (KoersParticipantList         *self,
                                   const KoersParticipantFilter *filter)
{
  g_return_if_fail (KOERS_IS_PARTICIPANT_LIST (self));
  g_return_if_fail (filter != NULL);

  if (memcmp (&self->filter, filter, sizeof *filter) == 0)
    return;
  self->filter = *filter;
  reload_or_report (self);
}
