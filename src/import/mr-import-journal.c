/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-journal"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-journal.h"
#include "mr-import-writer.h"
#include "mr-store.h"

/* Every table an import may write, with its key and the columns an undo restores. The
 * SQL below is built from these constant names only, never from anything read. */
typedef struct {
  const char *table;
  const char *delete_sql;
  const char *key[4];
  const char *columns[16];
} JournalTable;

/* A table's name and the statement that deletes a batch's rows from it, one literal. */
#define JOURNAL_TABLE(name) name, "DELETE FROM " name " WHERE batch_id = ?1"

/* In the order an undo deletes: rows that refer to others first. */
static const JournalTable tables[] = {
  { JOURNAL_TABLE ("campaign_result"), { "member_id", "day" },
    { "impressions", "reach", "clicks", "conversions", "engagements", "revenue" } },
  { JOURNAL_TABLE ("campaign_deliverable"), { "id" }, { "member_id", "title", "due_date", "done" } },
  { JOURNAL_TABLE ("campaign_member"), { "id" },
    { "campaign_id", "creator_id", "account_id", "fee", "promo_code", "link", "status" } },
  { JOURNAL_TABLE ("moment"), { "id" },
    { "title", "intent", "trigger_text", "source", "detected_at", "respond_by", "responded_at",
      "status", "channel", "notes", "campaign_id", "creator_id" } },
  { JOURNAL_TABLE ("checklist"), { "creator_id", "criterion" }, { "rating", "note" } },
  { JOURNAL_TABLE ("search_stat"), { "id" },
    { "source", "kind", "query", "region", "period_start", "period_end", "clicks",
      "impressions", "ctr", "position", "interest" } },
  { JOURNAL_TABLE ("account_total"), { "account_id", "metric" }, { "value" } },
  { JOURNAL_TABLE ("activity"), { "id" }, { "account_id", "weekday", "day", "hour", "active_followers" } },
  { JOURNAL_TABLE ("audience"), { "account_id", "dimension", "bucket" }, { "share" } },
  { JOURNAL_TABLE ("daily_stat"), { "account_id", "day" },
    { "views", "profile_views", "likes", "comments", "shares", "viewers", "reach",
      "new_followers", "new_viewers", "watch_hours" } },
  { JOURNAL_TABLE ("post"), { "id" },
    { "account_id", "external_id", "published_at", "kind", "caption", "permalink", "views",
      "reach", "impressions", "likes", "comments", "shares", "saves", "duration" } },
  { JOURNAL_TABLE ("follower_snapshot"), { "account_id", "day" }, { "followers" } },
  { JOURNAL_TABLE ("account"), { "id" },
    { "creator_id", "platform", "handle", "url", "followers", "following", "posts",
      "updated_at", "avg_likes", "avg_comments", "engagement_rate" } },
  { JOURNAL_TABLE ("creator"), { "id" },
    { "name", "status", "niche", "country", "language", "contact", "notes",
      "primary_account_id" } },
  { JOURNAL_TABLE ("campaign"), { "id" },
    { "name", "brand", "goal", "kind", "platforms", "start_date", "end_date", "budget",
      "currency", "target_roas", "target_ctr_min", "target_ctr_max", "notes", "archived" } },
};

static void
append_pairs (GString            *sql,
              const char * const *names,
              gsize               n,
              gboolean           *first)
{
  for (gsize i = 0; i < n && names[i] != NULL; i++)
    {
      g_string_append_printf (sql, "%s'%s', OLD.%s", *first ? "" : ", ", names[i], names[i]);
      *first = FALSE;
    }
}

static char *
trigger_sql (const JournalTable *t)
{
  GString *sql = g_string_new (NULL);
  gboolean first = TRUE;

  g_string_append_printf (sql, /* sql-from-text: the names are the constants of tables[] */
                          "CREATE TEMP TRIGGER IF NOT EXISTS mr_journal_%s AFTER UPDATE ON main.%s"
                          " WHEN OLD.batch_id IS NOT (SELECT batch_id FROM temp.mr_current_batch)"
                          " BEGIN INSERT INTO import_undo (batch_id, tbl, old)"
                          " SELECT batch_id, '%s', json_object (",
                          t->table, t->table, t->table);
  append_pairs (sql, t->key, G_N_ELEMENTS (t->key), &first);
  append_pairs (sql, t->columns, G_N_ELEMENTS (t->columns), &first);
  g_string_append (sql, ") FROM temp.mr_current_batch; END;");
  return g_string_free (sql, FALSE);
}

gboolean
mr_import_journal_install (sqlite3  *db,
                           GError  **error)
{
  int rc = sqlite3_exec (db, "CREATE TEMP TABLE IF NOT EXISTS mr_current_batch (batch_id INTEGER)",
                         NULL, NULL, NULL);

  for (gsize i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = trigger_sql (&tables[i]);

      rc = sqlite3_exec (db, sql, NULL, NULL, NULL); /* sql-from-text: see trigger_sql () */
    }
  if (rc != SQLITE_OK)
    return mr_store_set_error_from_sqlite (error, db, rc);
  return TRUE;
}

/* ── Undo ────────────────────────────────────────────────────────────────────────── */

static char *
restore_sql (const JournalTable *t)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "UPDATE %s SET ", t->table); /* sql-from-text: the names are the constants of tables[] */
  for (gsize i = 0; i < G_N_ELEMENTS (t->columns) && t->columns[i] != NULL; i++)
    g_string_append_printf (sql, "%s%s = json_extract (?1, '$.%s')", i > 0 ? ", " : "",
                            t->columns[i], t->columns[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (t->key) && t->key[i] != NULL; i++)
    g_string_append_printf (sql, " %s %s = json_extract (?1, '$.%s')", i > 0 ? "AND" : "WHERE",
                            t->key[i], t->key[i]);
  return g_string_free (sql, FALSE);
}

static const JournalTable *
find_table (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].table, name))
      return &tables[i];
  return NULL;
}

static gboolean
run (sqlite3      *db,
     const char   *sql,
     const char   *text,
     gint64        batch_id,
     GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      if (text != NULL)
        sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, 1, batch_id);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    return mr_store_set_error_from_sqlite (error, db, rc);
  return TRUE;
}

static gboolean
restore_changed_rows (sqlite3  *db,
                      gint64    batch_id,
                      GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT tbl, old FROM import_undo WHERE batch_id = ?1"
                                   " ORDER BY seq DESC", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    sqlite3_bind_int64 (stmt, 1, batch_id);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const JournalTable *t = find_table ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *sql = NULL;

      if (t == NULL)
        continue;
      sql = restore_sql (t);
      if (!run (db, sql, (const char *) sqlite3_column_text (stmt, 1), 0, error)) /* sql-from-text: see restore_sql () */
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, db, rc);
  return TRUE;
}

gboolean
mr_import_undo (sqlite3  *db,
                gint64    batch_id,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (batch_id > 0, FALSE);

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return mr_store_set_error_from_sqlite (error, db, sqlite3_errcode (db));

  if (!restore_changed_rows (db, batch_id, &local_error))
    goto failed;
  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (!run (db, tables[i].delete_sql, NULL, batch_id, &local_error))
        goto failed;
    }
  if (!run (db, "DELETE FROM import_batch WHERE id = ?1", NULL, batch_id, &local_error))
    goto failed;
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      mr_store_set_error_from_sqlite (&local_error, db, sqlite3_errcode (db));
      goto failed;
    }
  return TRUE;

failed:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  if (g_error_matches (local_error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT))
    g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                         _("The import cannot be taken back: a creator it added is now in a "
                           "campaign. Remove them from the campaign first."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
