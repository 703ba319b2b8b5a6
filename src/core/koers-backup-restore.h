/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "koers-store.h"

G_BEGIN_DECLS

/**
 * KoersBackupInfo:
 * @path: the backup file
 * @modified: when it was made
 * @size: its size in bytes
 * @schema_version: the database version inside
 * @n_participants: how many dossiers it holds
 * @n_active: of which active
 * @n_notes: contact-log notes
 * @last_change: (nullable): the newest change it holds, a UTC timestamp
 *
 * What a backup holds, so that people can choose one to restore.
 */
typedef struct {
  char      *path;
  GDateTime *modified;
  gint64     size;
  int        schema_version;
  gint64     n_participants;
  gint64     n_active;
  gint64     n_notes;
  char      *last_change;
} KoersBackupInfo;

void             koers_backup_info_free       (KoersBackupInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersBackupInfo, koers_backup_info_free)

KoersBackupInfo *koers_backup_inspect         (const char  *path,
                                               GError     **error);
char            *koers_backup_find_newest_good (const char  *folder,
                                               GError     **error);
gboolean         koers_backup_restore_file    (const char  *backup,
                                               const char  *database,
                                               char       **damaged_copy,
                                               GError     **error);
gboolean         koers_store_restore          (KoersStore  *self,
                                               const char  *backup,
                                               GError     **error);

G_END_DECLS
