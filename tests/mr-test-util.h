/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "mr-creator.h"
#include "mr-store.h"

G_BEGIN_DECLS

char      *mr_test_make_temp_dir   (void);
void       mr_test_remove_temp_dir (const char *dir);
void       mr_test_settle          (guint       milliseconds);

/* For an _async call: pass mr_test_on_result and a pointer to a GAsyncResult * that is
 * NULL; mr_test_wait_for () runs the main loop until the result is there and returns it,
 * still owned by that pointer. */
void          mr_test_on_result (GObject       *source,
                                 GAsyncResult  *result,
                                 gpointer       user_data);
GAsyncResult *mr_test_wait_for  (GAsyncResult **result);

MrStore   *mr_test_open_store  (const char *path);
MrCreator *mr_test_add_creator (MrStore    *store,
                                const char *name,
                                const char *tiktok_handle);
void       mr_test_add_account (MrStore    *store,
                                MrCreator  *creator,
                                MrPlatform  platform,
                                const char *handle);
/* A GDate Julian day as the store writes days: "YYYY-MM-DD". */
char      *mr_test_day_text    (guint32     julian);
gint64     mr_test_query_int   (sqlite3    *db,
                                const char *sql,
                                gint64      id);
void       mr_test_exec        (sqlite3    *db,
                                const char *sql);
/* Writes junk over the page of the table or index @name, as a failing disk might. */
void       mr_test_damage_page (const char *path,
                                const char *name);
void       mr_test_exec_id     (sqlite3    *db,
                                const char *sql,
                                gint64      id);
/* Every row of the tables an import writes, save when it was written: what "the
 * database is unchanged" compares. */
char      *mr_test_fingerprint (sqlite3    *db);

/* Makes file modes apply to this thread even when it runs as root (or undoes that). */
void       mr_test_respect_file_modes          (gboolean respect);
/* The same for a child process, as a GSpawnChildSetupFunc. */
void       mr_test_respect_file_modes_in_child (gpointer user_data);

G_END_DECLS
