/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KOERS_LOCK_ERROR (koers_lock_error_quark ())

/**
 * KoersLockError:
 * @KOERS_LOCK_ERROR_HELD: another Koers holds the lock; the holder says who
 * @KOERS_LOCK_ERROR_LOST: the lock file is no longer ours: someone took it over or removed it
 * @KOERS_LOCK_ERROR_FOLDER: the folder of the database is missing or may not be written
 * @KOERS_LOCK_ERROR_FAILED: the lock file could not be read or written
 */
typedef enum {
  KOERS_LOCK_ERROR_HELD,
  KOERS_LOCK_ERROR_LOST,
  KOERS_LOCK_ERROR_FOLDER,
  KOERS_LOCK_ERROR_FAILED,
} KoersLockError;

/* Seconds between two heartbeats of the holder. */
#define KOERS_LOCK_HEARTBEAT_INTERVAL 60
/* Seconds without a heartbeat after which a lock counts as abandoned. */
#define KOERS_LOCK_STALE_AFTER (10 * 60)

/**
 * KoersLockHolder:
 * @who: the holder's name, or %NULL when the lock file could not be read
 * @host: the workstation, or %NULL when unknown
 * @pid: the process on @host, or 0 when unknown
 * @since: (nullable): when the lock was taken
 * @heartbeat: (nullable): the holder's last sign of life
 * @stale: whether the lock may be taken over: its process is gone, its heartbeat is older
 *   than %KOERS_LOCK_STALE_AFTER, or the file cannot be read
 *
 * Who holds the lock of a database, as read from its lock file.
 */
typedef struct {
  char      *who;
  char      *host;
  gint64     pid;
  GDateTime *since;
  GDateTime *heartbeat;
  gboolean   stale;
} KoersLockHolder;

#define KOERS_TYPE_LOCK_HOLDER (koers_lock_holder_get_type ())

GType            koers_lock_holder_get_type (void) G_GNUC_CONST;
KoersLockHolder *koers_lock_holder_copy     (const KoersLockHolder *holder);
void             koers_lock_holder_free     (KoersLockHolder       *holder);
char            *koers_lock_holder_describe (const KoersLockHolder *holder,
                                             GDateTime             *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KoersLockHolder, koers_lock_holder_free)

#define KOERS_TYPE_LOCK (koers_lock_get_type ())

G_DECLARE_FINAL_TYPE (KoersLock, koers_lock, KOERS, LOCK, GObject)

GQuark           koers_lock_error_quark     (void);

KoersLockHolder *koers_lock_inspect         (const char       *database,
                                             GDateTime        *now,
                                             GError          **error);
KoersLock       *koers_lock_acquire         (const char       *database,
                                             const char       *who,
                                             GDateTime        *now,
                                             KoersLockHolder **holder,
                                             GError          **error);
KoersLock       *koers_lock_take_over       (const char       *database,
                                             const char       *who,
                                             GDateTime        *now,
                                             KoersLockHolder **holder,
                                             GError          **error);
gboolean         koers_lock_heartbeat       (KoersLock        *self,
                                             GDateTime        *now,
                                             GError          **error);
gboolean         koers_lock_release         (KoersLock        *self,
                                             GError          **error);
const char      *koers_lock_get_path        (KoersLock        *self);

G_END_DECLS
