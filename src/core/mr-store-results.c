/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-results"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mr-store-private.h"

/* A member's results, entered by hand: one row per day. Imports of result files write
 * through the import writer on a connection of their own (mr-import-results-write.c). */

static const char save_result_sql[] =
  "INSERT INTO campaign_result (member_id, day, impressions, reach, clicks, conversions,"
  "                             engagements, revenue)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
  "  ON CONFLICT (member_id, day) DO UPDATE SET impressions = excluded.impressions,"
  "    reach = excluded.reach, clicks = excluded.clicks, conversions = excluded.conversions,"
  "    engagements = excluded.engagements, revenue = excluded.revenue";
static const char remove_result_sql[] =
  "DELETE FROM campaign_result WHERE member_id = ?1 AND day = ?2";

static gboolean
is_day (const char *text)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  iso = g_strconcat (text, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);
  return date != NULL;
}

static gboolean
check_row (const MrResultRow  *row,
           GError            **error)
{
  const gint64 counts[] = { row->impressions, row->reach, row->clicks, row->conversions,
                            row->engagements };

  if (!is_day (row->date))
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                   _("“%s” is not a date: use YYYY-MM-DD."), row->date);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (counts[i] < MR_METRIC_UNKNOWN)
      {
        g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                             _("A result cannot be below zero."));
        return FALSE;
      }
  if (!isnan (row->revenue) && (row->revenue < 0 || isinf (row->revenue)))
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                           _("Revenue cannot be below zero."));
      return FALSE;
    }
  if (row->clicks >= 0 && row->impressions >= 0 && row->clicks > row->impressions)
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                           _("More clicks than impressions: check the two figures."));
      return FALSE;
    }
  return TRUE;
}

static void
bind_count (sqlite3_stmt *stmt,
            int           index,
            gint64        value)
{
  if (value >= 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_result (sqlite3_stmt *stmt,
             gpointer      data)
{
  const MrResultRow *row = data;

  sqlite3_bind_text (stmt, 2, row->date, -1, SQLITE_TRANSIENT);
  bind_count (stmt, 3, row->impressions);
  bind_count (stmt, 4, row->reach);
  bind_count (stmt, 5, row->clicks);
  bind_count (stmt, 6, row->conversions);
  bind_count (stmt, 7, row->engagements);
  mr_store_bind_double (stmt, 8, row->revenue);
}

static void
bind_day (sqlite3_stmt *stmt,
          gpointer      data)
{
  sqlite3_bind_text (stmt, 2, data, -1, SQLITE_TRANSIENT);
}

static gboolean
write_result (MrStore          *self,
              MrCampaignMember *member,
              const char       *sql,
              MrStoreBindFunc   bind,
              gconstpointer     data,
              GError          **error)
{
  gboolean ok;

  if (!mr_store_begin (self, error))
    return FALSE;
  ok = mr_store_write_row (self, sql, bind, (gpointer) data, mr_campaign_member_get_id (member),
                           0, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_emit_results_changed (self, mr_campaign_member_get_campaign_id (member));
  return TRUE;
}

/**
 * mr_store_save_result:
 *
 * Stores the member's figures of one day, replacing what that day had.
 */
gboolean
mr_store_save_result (MrStore           *self,
                      MrCampaignMember  *member,
                      const MrResultRow *row,
                      GError           **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) > 0, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  if (!check_row (row, error))
    return FALSE;

  return write_result (self, member, save_result_sql, bind_result, row, error);
}

/**
 * mr_store_remove_result:
 *
 * Deletes the member's figures of @date (YYYY-MM-DD); a day without figures is no error.
 */
gboolean
mr_store_remove_result (MrStore           *self,
                        MrCampaignMember  *member,
                        const char        *date,
                        GError           **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) > 0, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return write_result (self, member, remove_result_sql, bind_day, date, error);
}
