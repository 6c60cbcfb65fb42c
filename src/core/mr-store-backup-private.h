/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-store-backup.h"
#include "mr-store-private.h"

G_BEGIN_DECLS

/* Shared by making a backup (mr-store-backup.c) and restoring one
 * (mr-store-backup-restore.c). */

/* Seconds since 1970, or 0 when @path does not exist. */
gint64     mr_store_backup_modified_time   (const char    *path);
/* The backups of @database that exist, newest first. */
GPtrArray *mr_store_backup_list            (const char    *database);
/* A connection that reads @database: like the store's, or as immutable (a backup). */
sqlite3   *mr_store_backup_open            (const char    *database,
                                            gboolean       immutable,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean   mr_store_backup_check_integrity (sqlite3       *db,
                                            const char    *database,
                                            GError       **error);
gboolean   mr_store_backup_set_io_error    (GError       **error,
                                            int            saved_errno,
                                            const char    *path);
gboolean   mr_store_backup_sync_file       (const char    *path,
                                            GError       **error);
void       mr_store_backup_sync_folder     (const char    *path);
char      *mr_store_backup_make_temporary  (const char    *path,
                                            const char    *suffix,
                                            GError       **error);

G_END_DECLS
