/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The automatic backup (mr-store-backup.c): once a day, a checked copy of the database
 * beside it ("microreach.db.backup"), and the copy before that one
 * ("microreach.db.backup-previous"). Every function here works on file names, opens its
 * own connections and may run in any thread; none of them needs an open MrStore. */

char      *mr_store_backup_get_path      (const char           *database);
char      *mr_store_backup_get_previous_path (const char       *database);
GDateTime *mr_store_backup_get_time      (const char           *database);
char      *mr_store_backup_format_time   (GDateTime            *time);
gboolean   mr_store_backup_is_due        (const char           *database,
                                          GDateTime            *now);

gboolean   mr_store_backup_make          (const char           *database,
                                          GCancellable         *cancellable,
                                          GError              **error);
void       mr_store_backup_make_async    (const char           *database,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean   mr_store_backup_make_finish   (GAsyncResult         *result,
                                          GError              **error);

gboolean   mr_store_backup_restore       (const char           *database,
                                          GDateTime           **restored_time,
                                          char                **damaged_path,
                                          GError              **error);
void       mr_store_backup_restore_async (const char           *database,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean   mr_store_backup_restore_finish (GAsyncResult        *result,
                                           GDateTime          **restored_time,
                                           char               **damaged_path,
                                           GError             **error);

G_END_DECLS
