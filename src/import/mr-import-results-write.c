/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-results-write"

#include "config.h"

#include <math.h>

#include "mr-import-results-private.h"
#include "mr-import-writer.h"

/* The matched rows go in as an import batch like any other file: in one transaction,
 * logged in import_log (tied to the campaign, so deleting it forgets the file), and
 * undoable with mr_import_undo (). A day a member has already is replaced in the
 * columns the file has; a column the file lacks keeps what was there, so a shop's
 * orders and a platform's reach can come from two files. */

/* ?10 holds a bit per figure the file has (FIGURE_BIT ()); a figure the file has is
 * replaced, an empty cell with NULL. */
#define PICK(bit, column) \
  "CASE WHEN ?10 & " #bit " THEN excluded." column " ELSE " column " END"

static const char upsert_sql[] =
  "INSERT INTO campaign_result (member_id, day, impressions, reach, clicks, conversions,"
  "  engagements, revenue, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
  " ON CONFLICT (member_id, day) DO UPDATE SET"
  "  impressions = " PICK (1, "impressions") ","
  "  reach = " PICK (2, "reach") ","
  "  clicks = " PICK (4, "clicks") ","
  "  conversions = " PICK (8, "conversions") ","
  "  engagements = " PICK (16, "engagements") ","
  "  revenue = " PICK (32, "revenue")
  " WHERE " PICK (1, "impressions") " IS NOT impressions"
  "  OR " PICK (2, "reach") " IS NOT reach"
  "  OR " PICK (4, "clicks") " IS NOT clicks"
  "  OR " PICK (8, "conversions") " IS NOT conversions"
  "  OR " PICK (16, "engagements") " IS NOT engagements"
  "  OR " PICK (32, "revenue") " IS NOT revenue";

static const char log_campaign_sql[] =
  "UPDATE import_log SET campaign_id = ?1, first_day = ?3, last_day = ?4"
  " WHERE content_hash = ?2";

#define FIGURE_BIT(column) (1 << ((column) - MR_RESULTS_COLUMN_IMPRESSIONS))

static int
figures_in_file (MrResultsImport *self)
{
  int bits = 0;

  for (guint f = 0; self->headers[f] != NULL; f++)
    if (self->columns[f] >= MR_RESULTS_COLUMN_IMPRESSIONS)
      bits |= FIGURE_BIT (self->columns[f]);
  return bits;
}

static void
bind_count (sqlite3_stmt *stmt,
            int           index,
            gint64        count)
{
  if (count >= 0)
    sqlite3_bind_int64 (stmt, index, count);
}

static gboolean
write_row (MrResultsImport           *self,
           sqlite3                   *db,
           sqlite3_stmt              *stmt,
           gint64                     batch_id,
           int                        figures,
           const MrResultsImportRow  *row,
           GError                   **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_int64 (stmt, 1, mr_campaign_member_get_id (row->member));
  sqlite3_bind_text (stmt, 2, row->result.date, -1, SQLITE_STATIC);
  bind_count (stmt, 3, row->result.impressions);
  bind_count (stmt, 4, row->result.reach);
  bind_count (stmt, 5, row->result.clicks);
  bind_count (stmt, 6, row->result.conversions);
  bind_count (stmt, 7, row->result.engagements);
  if (!isnan (row->result.revenue))
    sqlite3_bind_double (stmt, 8, row->result.revenue);
  sqlite3_bind_int64 (stmt, 9, batch_id);
  sqlite3_bind_int (stmt, 10, figures);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  mr_store_set_error_from_sqlite (error, db, rc);
  g_prefix_error (error, "%s:%u: ", self->display_name, row->line);
  return FALSE;
}

static gboolean
log_campaign (MrResultsImport  *self,
              sqlite3          *db,
              GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, log_campaign_sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, self->campaign_id);
      sqlite3_bind_text (stmt, 2, self->content_hash, -1, SQLITE_STATIC);
      if (self->first_day[0] != '\0')
        {
          sqlite3_bind_text (stmt, 3, self->first_day, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, self->last_day, -1, SQLITE_STATIC);
        }
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, db, rc);
  return TRUE;
}

static gboolean
write_rows (MrResultsImport  *self,
            MrImportWriter   *writer,
            GError          **error)
{
  sqlite3 *db = mr_import_writer_get_db (writer);
  gint64 batch_id = mr_import_writer_get_batch_id (writer);
  int figures = figures_in_file (self);
  sqlite3_stmt *stmt = NULL;
  guint64 changed = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, upsert_sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return mr_store_set_error_from_sqlite (error, db, rc);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const MrResultsImportRow *row = &g_array_index (self->rows, MrResultsImportRow, i);

      if (row->member == NULL)
        continue;
      if (!write_row (self, db, stmt, batch_id, figures, row, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      changed += sqlite3_changes (db);
    }
  sqlite3_finalize (stmt);
  mr_import_writer_count_other (writer, changed);
  return TRUE;
}

gboolean
mr_results_import_write (MrResultsImport  *self,
                         sqlite3          *db,
                         GError          **error)
{
  g_autoptr(MrImportWriter) writer = NULL;
  g_autofree char *summary = NULL;
  gint64 batch_id;

  self->batch_id = 0;
  if (self->problem != NULL)
    {
      g_propagate_error (error, g_error_copy (self->problem));
      return FALSE;
    }

  writer = mr_import_writer_new (db, error);
  if (writer == NULL || !mr_import_writer_begin (writer, 0, error))
    return FALSE;
  if (mr_import_writer_has_checksum (writer, self->content_hash, NULL))
    {
      /* Taken in before, the same way: every row is there already. */
      mr_import_writer_rollback (writer);
      return TRUE;
    }

  batch_id = mr_import_writer_get_batch_id (writer);
  summary = mr_results_import_describe (self);
  if (!mr_import_writer_begin_file (writer, error))
    goto failed;
  if (!write_rows (self, writer, error))
    {
      mr_import_writer_end_file (writer, FALSE, NULL, NULL, NULL, 0, NULL);
      goto failed;
    }
  if (!mr_import_writer_end_file (writer, TRUE, self->display_name, "campaign-results",
                                  self->content_hash, self->n_matched, error) ||
      !log_campaign (self, db, error) ||
      !mr_import_writer_commit (writer, summary, error))
    goto failed;

  self->batch_id = batch_id;
  return TRUE;

failed:
  mr_import_writer_rollback (writer);
  return FALSE;
}
