/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "koers-note.h"

/* A note of the contact log as loaded from the store: an immutable snapshot. */

struct _KoersNote
{
  GObject        parent_instance;

  gint64         id;
  gint64         participant_id;
  char          *date;
  KoersNoteKind  kind;
  gint64         author_id;
  char          *author_name;
  char          *text;
};

G_DEFINE_FINAL_TYPE (KoersNote, koers_note, G_TYPE_OBJECT)

static void
koers_note_finalize (GObject *object)
{
  KoersNote *self = KOERS_NOTE (object);

  g_free (self->date);
  g_free (self->author_name);
  g_free (self->text);

  G_OBJECT_CLASS (koers_note_parent_class)->finalize (object);
}

static void
koers_note_class_init (KoersNoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = koers_note_finalize;
}

static void
koers_note_init (KoersNote *self)
{
}

/**
 * koers_note_new:
 * @id: the store's id, 0 for a new note
 * @participant_id: whose dossier it belongs to
 * @date: the day of the contact, "YYYY-MM-DD"
 * @kind: meeting, call, empowerment session or training talk
 * @author_id: the staff member who wrote it, 0 for unknown
 * @author_name: (nullable): their name, as loaded
 * @text: the note
 *
 * Returns: (transfer full): a note record.
 */
KoersNote *
koers_note_new (gint64         id,
                gint64         participant_id,
                const char    *date,
                KoersNoteKind  kind,
                gint64         author_id,
                const char    *author_name,
                const char    *text)
{
  KoersNote *self = g_object_new (KOERS_TYPE_NOTE, NULL);

  self->id = id;
  self->participant_id = participant_id;
  self->date = g_strdup (date);
  self->kind = kind;
  self->author_id = author_id;
  self->author_name = g_strdup (author_name);
  self->text = g_strdup (text);
  return self;
}

/* Accessors; strings are owned by the record. */

gint64
koers_note_get_id (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), 0);
  return self->id;
}

gint64
koers_note_get_participant_id (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), 0);
  return self->participant_id;
}

const char *
koers_note_get_date (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), NULL);
  return self->date;
}

KoersNoteKind
koers_note_get_kind (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), 0);
  return self->kind;
}

gint64
koers_note_get_author_id (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), 0);
  return self->author_id;
}

const char *
koers_note_get_author_name (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), NULL);
  return self->author_name;
}

const char *
koers_note_get_text (KoersNote *self)
{
  g_return_val_if_fail (KOERS_IS_NOTE (self), NULL);
  return self->text;
}
