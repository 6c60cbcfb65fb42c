/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mr-import-json.h"

G_BEGIN_DECLS

/* One restore in progress: the batch it writes to, and which rows of the database the
 * file's creators, campaigns… turned out to be. */
typedef struct {
  MrImportWriter *writer;
  sqlite3        *db;
  gint64          batch_id;
  char           *name;           /* the file, for messages */
  GCancellable   *cancellable;
  guint64         rows;

  GHashTable     *statements;     /* SQL text (static, by address) → sqlite3_stmt */
  /* The file's ids → the database's. */
  GHashTable     *creator_ids;
  GHashTable     *campaign_ids;
  /* Rows a record of the file already matched, so that two records never become one. */
  GHashTable     *claimed;        /* "table:id" */
} MrRestore;

/* mr-import-json-outline.c: the text of an export, a piece at a time. */
typedef struct _MrRestoreOutline MrRestoreOutline;
typedef gboolean (*MrRestoreItemFunc) (MrRestore   *self,
                                       JsonObject  *item,
                                       GError     **error);

/* Follows the top level of @text (@length bytes and a NUL, which mr_json_text_check ()
 * found sound) and reads each of its values but the items of its lists. @progress (if
 * not NULL) hears how much of the lists is restored. */
MrRestoreOutline *mr_restore_outline_new          (MrRestore             *self,
                                                   const char            *text,
                                                   gsize                  length,
                                                   MrImportProgressFunc   progress,
                                                   gpointer               user_data,
                                                   GError               **error);
void              mr_restore_outline_free         (MrRestoreOutline      *outline);
/* The value of the top level's @key, read by json-glib; NULL when there is none. */
gboolean          mr_restore_outline_get_member   (MrRestoreOutline      *outline,
                                                   const char            *key,
                                                   JsonNode             **value,
                                                   GError               **error);
/* Restores each object of the list that is the top level's @key (none when it is
 * missing or null) with @restore_item. */
gboolean          mr_restore_outline_restore_list (MrRestoreOutline      *outline,
                                                   const char            *key,
                                                   MrRestoreItemFunc      restore_item,
                                                   GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrRestoreOutline, mr_restore_outline_free)

/* mr-import-json-check.c: refuses text json-glib must not parse (too deeply nested) or
 * would misread (a number beyond MR_IMPORT_MAX_FIGURE), naming the line. @text ends in a
 * NUL at @length. */
gboolean      mr_import_json_check_text (const char *name,
                                         const char *text,
                                         gsize       length,
                                         GError    **error);

/* Reading the file's values: NULL, MR_IMPORT_NO_COUNT or NAN when missing or null. Text
 * that is empty counts as missing, as the store has it. */
const char   *mr_restore_get_text    (JsonObject    *object,
                                      const char    *key);
gint64        mr_restore_get_count   (JsonObject    *object,
                                      const char    *key);
double        mr_restore_get_double  (JsonObject    *object,
                                      const char    *key);
/* The objects of the array @key (none when it is missing); FALSE when it holds anything
 * else. */
gboolean      mr_restore_get_objects (MrRestore     *self,
                                      JsonObject    *object,
                                      const char    *key,
                                      GPtrArray    **objects,
                                      GError       **error);
/* A "YYYY-MM-DD" date; a time in ISO 8601 (with an offset, or in UTC). */
gboolean      mr_restore_get_day     (MrRestore     *self,
                                      JsonObject    *object,
                                      const char    *key,
                                      gboolean       required,
                                      char           day[11],
                                      GError       **error);
gboolean      mr_restore_get_time    (MrRestore     *self,
                                      JsonObject    *object,
                                      const char    *key,
                                      gboolean       required,
                                      GDateTime    **time,
                                      GError       **error);
/* As the database keeps times: "YYYY-MM-DDTHH:MM:SSZ"; NULL for NULL. */
char         *mr_restore_format_time (GDateTime     *time);
gboolean      mr_restore_invalid     (MrRestore     *self,
                                      GError       **error,
                                      const char    *format,
                                      ...) G_GNUC_PRINTF (3, 4);

/* SQL on the import's connection: statements are prepared once, and come reset. */
sqlite3_stmt *mr_restore_prepare     (MrRestore     *self,
                                      const char    *sql,
                                      GError       **error);
gboolean      mr_restore_step        (MrRestore     *self,
                                      sqlite3_stmt  *stmt,
                                      GError       **error);
void          mr_restore_bind_text   (sqlite3_stmt  *stmt,
                                      int            index,
                                      const char    *text);
void          mr_restore_bind_count  (sqlite3_stmt  *stmt,
                                      int            index,
                                      gint64         count);
void          mr_restore_bind_double (sqlite3_stmt  *stmt,
                                      int            index,
                                      double         value);
void          mr_restore_bind_id     (sqlite3_stmt  *stmt,
                                      int            index,
                                      gint64         id);
/* The row to write a record to: the first id @find (bound by the caller) gives that no
 * other record claimed, or 0 for a new row. Claims it. */
gboolean      mr_restore_match       (MrRestore     *self,
                                      const char    *table,
                                      sqlite3_stmt  *find,
                                      gint64        *id,
                                      GError       **error);
void          mr_restore_claim       (MrRestore     *self,
                                      const char    *table,
                                      gint64         id);
/* @id when no row of @table has it yet (a restore into an empty database keeps ids),
 * else 0. */
gboolean      mr_restore_free_id     (MrRestore     *self,
                                      const char    *find_sql,
                                      gint64         id,
                                      gint64        *free_id,
                                      GError       **error);
/* The sink's errors name no file: this adds it. Returns FALSE. */
gboolean      mr_restore_sink_failed (MrRestore     *self,
                                      GError       **error);
/* Counts the rows the last statement inserted or changed as the writer's "other". */
void          mr_restore_count_changes (MrRestore   *self);
gint64        mr_restore_lookup      (GHashTable    *ids,
                                      gint64         file_id);

/* mr-import-json-creators.c: the top level's "creators". */
gboolean      mr_restore_get_platform (MrRestore    *self,
                                       JsonObject   *object,
                                       gboolean      required,
                                       MrPlatform   *platform,
                                       GError      **error);
/* The creator's account @platform:@handle in the database, or 0. */
gboolean      mr_restore_find_account (MrRestore    *self,
                                       gint64        creator_id,
                                       MrPlatform    platform,
                                       const char   *handle,
                                       gint64       *id,
                                       GError      **error);
/* One item of the top level's "creators". */
gboolean      mr_restore_creator     (MrRestore     *self,
                                      JsonObject    *creator,
                                      GError       **error);

/* mr-import-json-search.c: one item of the top level's "search". */
gboolean      mr_restore_search_entry (MrRestore    *self,
                                       JsonObject   *entry,
                                       GError      **error);

/* mr-import-json-campaigns.c: one item of the top level's "campaigns", of its "moments". */
gboolean      mr_restore_campaign    (MrRestore     *self,
                                      JsonObject    *campaign,
                                      GError       **error);
gboolean      mr_restore_moment      (MrRestore     *self,
                                      JsonObject    *moment,
                                      GError       **error);

G_END_DECLS
