/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-vetting"

#include "config.h"

#include <math.h>

#include "mr-store-private.h"

/* The creators' metrics: gathered from the store for each creator's primary account,
 * computed by src/metrics/, and kept on the creator. They are computed again when the
 * creator's accounts change, when the store is (re)loaded, and when the settings do. */

/* The newest follower count: the account's own, else its history's last. */
static gint64
current_followers (MrAccount *account,
                   GArray    *history)
{
  gint64 followers = mr_account_get_followers (account);

  for (guint i = history->len; followers < 0 && i > 0; i--)
    followers = g_array_index (history, MrFollowerDay, i - 1).followers;

  return followers;
}

/**
 * mr_store_compute_vetting:
 * @now: Unix time taken as today
 *
 * Returns: (transfer full): the metrics of @creator's primary account, or %NULL on error
 */
MrVetting *
mr_store_compute_vetting (MrStore    *self,
                          MrCreator  *creator,
                          gint64      now,
                          GError    **error)
{
  MrAccount *account;
  MrVettingInput input;
  MrVettingSettings settings = {
    .tier_scheme = self->tier_scheme,
    .benchmarks = self->benchmarks,
    .currency = self->currency,
  };
  g_autoptr(GArray) posts = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) activity = NULL;
  g_autoptr(GArray) checklist = NULL;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (MR_IS_CREATOR (creator), NULL);

  mr_vetting_input_init (&input);
  input.now = now;

  if (mr_creator_get_id (creator) > 0)
    {
      checklist = mr_store_list_checklist_ratings (self, mr_creator_get_id (creator), error);
      if (checklist == NULL)
        return NULL;
      input.checklist = (const int *) checklist->data;
      input.n_checklist = checklist->len;
    }

  account = mr_creator_get_primary_account (creator);
  if (account != NULL && mr_account_get_id (account) > 0)
    {
      gint64 id = mr_account_get_id (account);
      MrAccountFigures figures;

      if ((posts = mr_store_list_post_stats (self, id, error)) == NULL ||
          (history = mr_store_list_follower_days (self, id, error)) == NULL ||
          (activity = mr_store_list_daily_activity (self, id, error)) == NULL ||
          !mr_store_get_account_figures (self, id, &figures, error))
        return NULL;

      input.platform = mr_account_get_platform (account);
      input.followers = current_followers (account, history);
      input.posts = (const MrPostStats *) posts->data;
      input.n_posts = posts->len;
      input.history = (const MrFollowerDay *) history->data;
      input.n_history = history->len;
      input.activity = (const MrDailyActivity *) activity->data;
      input.n_activity = activity->len;
      /* A creator list's usual likes and comments, for an account without posts. */
      input.roster_avg_likes = figures.avg_likes;
      input.roster_avg_comments = figures.avg_comments;
    }
  else if (account != NULL)
    {
      input.platform = mr_account_get_platform (account);
      input.followers = mr_account_get_followers (account);
    }

  return mr_vetting_compute (&input, &settings);
}

/**
 * mr_store_update_vetting:
 *
 * Computes @creator's metrics again and sets them on it, which notifies the
 * creator's tier, engagement-rate, score and recommendation where they changed.
 */
gboolean
mr_store_update_vetting (MrStore    *self,
                         MrCreator  *creator,
                         GError    **error)
{
  g_autoptr(MrVetting) vetting = NULL;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);

  vetting = mr_store_compute_vetting (self, creator, g_get_real_time () / G_USEC_PER_SEC, error);
  if (vetting == NULL)
    return FALSE;

  mr_creator_set_vetting (creator, vetting);
  return TRUE;
}

/* A criterion judged by the marketer: its row is written (or replaced), or removed when
 * neither a rating nor a note is left. An edit is the marketer's own, not an import's:
 * undoing the import that first brought the row must not take the edit along. */
static const char save_checklist_sql[] =
  "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, ?2, ?3, ?4)"
  "  ON CONFLICT (creator_id, criterion) DO UPDATE"
  "  SET rating = excluded.rating, note = excluded.note, batch_id = NULL";
static const char delete_checklist_sql[] =
  "DELETE FROM checklist WHERE creator_id = ?1 AND criterion = ?2";

/**
 * mr_store_save_checklist_entry:
 * @criterion: the criterion's stable id, such as "brand-fit"
 * @rating: 0–5, or -1 for not rated
 * @note: (nullable): the marketer's note
 *
 * Stores the marketer's judgement of one criterion and computes @creator's metrics
 * again, so that the score follows the checklist.
 */
gboolean
mr_store_save_checklist_entry (MrStore     *self,
                               MrCreator   *creator,
                               const char  *criterion,
                               int          rating,
                               const char  *note,
                               GError     **error)
{
  gboolean empty = rating < 0 && (note == NULL || note[0] == '\0');
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);
  g_return_val_if_fail (mr_creator_get_id (creator) > 0, FALSE);
  g_return_val_if_fail (criterion != NULL && criterion[0] != '\0', FALSE);
  g_return_val_if_fail (rating >= -1 && rating <= 5, FALSE);

  stmt = mr_store_prepare (self, empty ? delete_checklist_sql : save_checklist_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mr_creator_get_id (creator));
  sqlite3_bind_text (stmt, 2, criterion, -1, SQLITE_TRANSIENT);
  if (!empty)
    {
      mr_store_bind_count (stmt, 3, rating);
      mr_store_bind_text (stmt, 4, note);
    }
  if (!mr_store_step_done (self, stmt, error))
    return FALSE;

  return mr_store_update_vetting (self, creator, error);
}

/* What the creators' tiers are named by: the scheme of the last settings given. */
MrTierScheme
mr_store_get_tier_scheme (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), MR_TIER_SCHEME_DEFAULT);

  return self->tier_scheme;
}

gboolean
mr_store_update_all_vettings (MrStore  *self,
                              GError  **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->creators));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->creators), i);

      if (!mr_store_update_vetting (self, creator, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * mr_store_set_vetting_settings:
 * @benchmarks: (nullable): the typical engagement rates; %NULL for the defaults
 * @currency: (nullable): for prices; %NULL for EUR
 *
 * Sets what the creators' metrics are computed with, and computes them again. The
 * creators a store loads get their metrics from the first call on (a creator added or
 * changed gets them in any case); until then mr_creator_get_vetting () is %NULL.
 */
gboolean
mr_store_set_vetting_settings (MrStore             *self,
                               MrTierScheme         tier_scheme,
                               const MrBenchmarks  *benchmarks,
                               const char          *currency,
                               GError             **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (mr_tier_scheme_to_string (tier_scheme) != NULL, FALSE);

  self->vetting_configured = TRUE;
  self->tier_scheme = tier_scheme;
  g_clear_pointer (&self->benchmarks, mr_benchmarks_free);
  self->benchmarks = benchmarks != NULL ? mr_benchmarks_copy (benchmarks) : mr_benchmarks_new ();
  g_free (self->currency);
  self->currency = g_strdup (currency != NULL ? currency : MR_PRICE_DEFAULT_CURRENCY);

  return mr_store_update_all_vettings (self, error);
}
