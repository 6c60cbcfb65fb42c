/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-vetting"

#include "config.h"

#include <math.h>

#include "mr-store-private.h"

/* The creators' metrics: gathered from the store for each creator's primary account,
 * computed by src/metrics/, and kept on the creator. They are computed again when the
 * creator's accounts change, when the store is (re)loaded, and when the settings do. */

void
mr_vetting_source_clear (MrVettingSource *source)
{
  g_clear_pointer (&source->checklist, g_array_unref);
  g_clear_pointer (&source->posts, g_array_unref);
  g_clear_pointer (&source->history, g_array_unref);
  g_clear_pointer (&source->activity, g_array_unref);
}

/* Callable from any thread: it only reads @source and @settings. */
MrVetting *
mr_vetting_source_compute (const MrVettingSource   *source,
                           const MrVettingSettings *settings,
                           gint64                   now)
{
  MrVettingInput input;

  mr_vetting_input_init (&input);
  input.now = now;

  if (source->checklist != NULL)
    {
      input.checklist = (const int *) source->checklist->data;
      input.n_checklist = source->checklist->len;
    }
  if (!source->has_account)
    return mr_vetting_compute (&input, settings);

  input.platform = source->platform;
  input.followers = source->followers;
  if (source->account_id <= 0)
    return mr_vetting_compute (&input, settings);

  /* The newest follower count: the account's own, else its history's last. */
  for (guint i = source->history->len; input.followers < 0 && i > 0; i--)
    input.followers = g_array_index (source->history, MrFollowerDay, i - 1).followers;
  input.posts = (const MrPostStats *) source->posts->data;
  input.n_posts = source->posts->len;
  input.history = (const MrFollowerDay *) source->history->data;
  input.n_history = source->history->len;
  input.activity = (const MrDailyActivity *) source->activity->data;
  input.n_activity = source->activity->len;
  /* A creator list's usual likes and comments, for an account without posts. */
  input.roster_avg_likes = source->figures.avg_likes;
  input.roster_avg_comments = source->figures.avg_comments;

  return mr_vetting_compute (&input, settings);
}

/* What the metrics of @creator are computed from, without the rows yet. */
void
mr_vetting_source_init (MrVettingSource *source,
                        MrCreator       *creator)
{
  MrAccount *account = mr_creator_get_primary_account (creator);

  *source = (MrVettingSource) {
    .creator_id = mr_creator_get_id (creator),
    .has_account = account != NULL,
    .account_id = account != NULL ? MAX (mr_account_get_id (account), 0) : 0,
    .platform = account != NULL ? mr_account_get_platform (account) : MR_PLATFORM_OTHER,
    .followers = account != NULL ? mr_account_get_followers (account) : MR_UNKNOWN_COUNT,
    .figures = { NAN, NAN, NAN },
  };
}

void
mr_store_get_vetting_settings (MrStore           *self,
                               MrVettingSettings *settings)
{
  *settings = (MrVettingSettings) {
    .tier_scheme = self->tier_scheme,
    .benchmarks = self->benchmarks,
    .currency = self->currency,
  };
}

/**
 * mr_store_compute_vetting:
 * @now: Unix time taken as today
 *
 * Computes @creator's metrics from what the store holds for its primary account.
 *
 * Returns: (transfer full): the metrics, or %NULL on error
 */
MrVetting *
mr_store_compute_vetting (MrStore    *self,
                          MrCreator  *creator,
                          gint64      now,
                          GError    **error)
{
  g_auto(MrVettingSource) source;
  MrVettingSettings settings;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (MR_IS_CREATOR (creator), NULL);

  mr_vetting_source_init (&source, creator);
  mr_store_get_vetting_settings (self, &settings);

  if (source.creator_id > 0 &&
      (source.checklist = mr_store_list_checklist_ratings (self, source.creator_id, error)) == NULL)
    return NULL;

  if (source.account_id > 0 &&
      ((source.posts = mr_store_list_post_stats (self, source.account_id, error)) == NULL ||
       (source.history = mr_store_list_follower_days (self, source.account_id, error)) == NULL ||
       (source.activity = mr_store_list_daily_activity (self, source.account_id, error)) == NULL ||
       !mr_store_get_account_figures (self, source.account_id, &source.figures, error)))
    return NULL;

  return mr_vetting_source_compute (&source, &settings, now);
}

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
  mr_store_vetting_touched (self, creator);
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
