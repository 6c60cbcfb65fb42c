/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-moments"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-store-private.h"

static const char insert_moment_sql[] =
  "INSERT INTO moment (title, intent, trigger_text, source, detected_at, respond_by,"
  "                    responded_at, status, channel, notes, campaign_id, creator_id)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char update_moment_sql[] =
  "UPDATE moment SET title = ?1, intent = ?2, trigger_text = ?3, source = ?4,"
  "                  detected_at = ?5, respond_by = ?6, responded_at = ?7, status = ?8,"
  "                  channel = ?9, notes = ?10, campaign_id = ?11, creator_id = ?12"
  "  WHERE id = :id";
static const char delete_moment_sql[] = "DELETE FROM moment WHERE id = :id";

static void
bind_moment (sqlite3_stmt *stmt,
             gpointer      object)
{
  MrMoment *moment = object;
  const char *intent = mr_intent_to_string (mr_moment_get_intent (moment));

  sqlite3_bind_text (stmt, 1, mr_moment_get_title (moment), -1, SQLITE_TRANSIENT);
  mr_store_bind_text (stmt, 2, intent);
  mr_store_bind_text (stmt, 3, mr_moment_get_trigger (moment));
  mr_store_bind_text (stmt, 4, mr_moment_get_source (moment));
  mr_store_bind_date_time (stmt, 5, mr_moment_get_detected_at (moment));
  mr_store_bind_date_time (stmt, 6, mr_moment_get_respond_by (moment));
  mr_store_bind_date_time (stmt, 7, mr_moment_get_responded_at (moment));
  sqlite3_bind_text (stmt, 8, mr_moment_status_to_string (mr_moment_get_status (moment)),
                     -1, SQLITE_STATIC);
  mr_store_bind_text (stmt, 9, mr_moment_get_channel (moment));
  mr_store_bind_text (stmt, 10, mr_moment_get_notes (moment));
  mr_store_bind_id (stmt, 11, mr_moment_get_campaign_id (moment));
  mr_store_bind_id (stmt, 12, mr_moment_get_creator_id (moment));
}

/* Moments ------------------------------------------------------------------- */

gboolean
mr_store_add_moment (MrStore   *self,
                     MrMoment  *moment,
                     GError   **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_MOMENT (moment), FALSE);
  g_return_val_if_fail (mr_moment_get_id (moment) == 0, FALSE);

  if (!mr_store_require_text (mr_moment_get_title (moment),
                              _("A moment needs a title. Enter one and try again."), error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, insert_moment_sql, bind_moment, moment, 0, 0, &id, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_moment_set_id (moment, id);
  g_list_store_insert_sorted (self->moments, moment, mr_store_compare_moments, NULL);
  mr_store_models_changed (self);

  return TRUE;
}

gboolean
mr_store_save_moment (MrStore   *self,
                      MrMoment  *moment,
                      GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_MOMENT (moment), FALSE);
  g_return_val_if_fail (mr_moment_get_id (moment) > 0, FALSE);

  if (!mr_store_require_text (mr_moment_get_title (moment),
                              _("A moment needs a title. Enter one and try again."), error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, update_moment_sql, bind_moment, moment, 0,
                           mr_moment_get_id (moment), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_keep_sorted (self->moments, moment, mr_store_compare_moments);
  mr_store_models_changed (self);

  return TRUE;
}

gboolean
mr_store_remove_moment (MrStore   *self,
                        MrMoment  *moment,
                        GError   **error)
{
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_MOMENT (moment), FALSE);
  g_return_val_if_fail (mr_moment_get_id (moment) > 0, FALSE);

  id = mr_moment_get_id (moment);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, delete_moment_sql, NULL, NULL, 0, id, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_remove_from (G_LIST_MODEL (self->moments), moment);
  mr_moment_set_id (moment, 0);
  mr_store_models_changed (self);

  return TRUE;
}
