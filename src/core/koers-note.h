/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "koers-types.h"

G_BEGIN_DECLS

#define KOERS_TYPE_NOTE (koers_note_get_type ())

G_DECLARE_FINAL_TYPE (KoersNote, koers_note, KOERS, NOTE, GObject)

KoersNote     *koers_note_new                (gint64         id,
                                              gint64         participant_id,
                                              const char    *date,
                                              KoersNoteKind  kind,
                                              gint64         author_id,
                                              const char    *author_name,
                                              const char    *text);
gint64         koers_note_get_id             (KoersNote *self);
gint64         koers_note_get_participant_id (KoersNote *self);
const char    *koers_note_get_date           (KoersNote *self);
KoersNoteKind  koers_note_get_kind           (KoersNote *self);
gint64         koers_note_get_author_id      (KoersNote *self);
const char    *koers_note_get_author_name    (KoersNote *self);
const char    *koers_note_get_text           (KoersNote *self);

G_END_DECLS
