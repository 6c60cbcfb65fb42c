/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-demand"

#include "config.h"

#include "mr-intent.h"
#include "mr-query-match.h"
#include "mr-search-series.h"
#include "mr-store-private.h"

/* Micro-moments from the search statistics: the series and their spikes, a moment for
 * each spike that is recent, never two for one spike, and what happens to moments as
 * time passes. */

void
mr_moment_settings_init (MrMomentSettings *settings)
{
  g_return_if_fail (settings != NULL);

  mr_demand_settings_init (&settings->demand);
  settings->demand.min_volume = MR_MOMENT_DEFAULT_MIN_VOLUME;
  settings->response_hours = MR_MOMENT_DEFAULT_RESPONSE_HOURS;
}

void
mr_store_set_moment_settings (MrStore                *self,
                              const MrMomentSettings *settings)
{
  g_return_if_fail (MR_IS_STORE (self));
  g_return_if_fail (settings != NULL);
  g_return_if_fail (settings->demand.k > 0 && settings->demand.recent_days > 0);
  g_return_if_fail (settings->response_hours > 0);

  self->moment_settings = *settings;
  self->moment_settings_given = TRUE;
}

void
mr_store_get_moment_settings (MrStore          *self,
                              MrMomentSettings *settings)
{
  g_return_if_fail (MR_IS_STORE (self));
  g_return_if_fail (settings != NULL);

  if (self->moment_settings_given)
    *settings = self->moment_settings;
  else
    mr_moment_settings_init (settings);
}

/**
 * mr_store_list_search_series:
 *
 * Returns: (transfer full) (element-type MrSearchSeries): every search series with its
 *   spikes, judged with the store's moment settings, or %NULL on error
 */
GPtrArray *
mr_store_list_search_series (MrStore  *self,
                             GError  **error)
{
  MrMomentSettings settings;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  mr_store_get_moment_settings (self, &settings);
  return mr_search_series_load (self->db, &settings.demand, error);
}

/* The day of @time where the user is: the days of the series are calendar days. */
static guint32
julian_day_of (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  int year, month, day;
  GDate date;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static char *
fold_title (const char *title)
{
  g_autofree char *normalized = g_utf8_normalize (title != NULL ? title : "", -1,
                                                  G_NORMALIZE_DEFAULT);

  return g_utf8_casefold (normalized != NULL ? normalized : "", -1);
}

/* The first day a spike could be seen: when its first window that stood out ended, or a
 * query's period that rose. */
static guint32
first_visible_day (const MrSearchSeries *series,
                   const MrDemandSpike  *spike)
{
  if (series->kind == MR_SEARCH_SERIES_QUERY)
    return spike->last_day;
  return spike->first_day + series->settings.recent_days - 1;
}

/* Whether a moment already stands for @spike: one about the same search (whichever
 * source or region saw it rise, or made by hand) that was detected while the spike was
 * already under way. Its first detection, an import after it, a restart: all find it. */
static gboolean
is_covered (MrStore              *self,
            const MrSearchSeries *series,
            const MrDemandSpike  *spike)
{
  GListModel *moments = G_LIST_MODEL (self->moments);
  g_autofree char *title = fold_title (mr_search_series_get_title (series));
  guint32 visible = first_visible_day (series, spike);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (moments, i);
      g_autofree char *other = fold_title (mr_moment_get_title (moment));

      if (g_str_equal (title, other) &&
          julian_day_of (mr_moment_get_detected_at (moment)) >= visible)
        return TRUE;
    }
  return FALSE;
}

static MrMoment *
moment_for_spike (const MrSearchSeries   *series,
                  const MrDemandSpike    *spike,
                  const MrMomentSettings *settings,
                  GDateTime              *now)
{
  const char *title = mr_search_series_get_title (series);
  g_autoptr(MrMoment) moment = mr_moment_new (title);
  g_autofree char *trigger = mr_search_series_describe_spike (series, spike);
  /* Whole seconds, as the database keeps them. */
  g_autoptr(GDateTime) detected_at = g_date_time_new_from_unix_local (g_date_time_to_unix (now));
  g_autoptr(GDateTime) respond_by = g_date_time_add_hours (detected_at,
                                                           (int) settings->response_hours);

  /* A site's total is no one's search: it has no intent. */
  if (series->kind != MR_SEARCH_SERIES_SITE)
    mr_moment_set_intent (moment, mr_intent_classify (title).intent);
  mr_moment_set_trigger (moment, trigger);
  mr_moment_set_source (moment, series->source);
  mr_moment_set_detected_at (moment, detected_at);
  mr_moment_set_respond_by (moment, respond_by);
  mr_moment_set_status (moment, MR_MOMENT_STATUS_OPEN);

  return g_steal_pointer (&moment);
}

/**
 * mr_store_open_moments:
 * @series: (element-type MrSearchSeries): from mr_store_list_search_series () or its
 *   async form
 * @now: "today", and the moments' detection time
 *
 * Opens a moment for every spike of @series inside the recent window that no moment
 * stands for yet, in one transaction.
 *
 * Returns: (transfer full) (element-type MrMoment): the moments it opened (maybe none),
 *   or %NULL on error
 */
GPtrArray *
mr_store_open_moments (MrStore    *self,
                       GPtrArray  *series,
                       GDateTime  *now,
                       GError    **error)
{
  g_autoptr(GPtrArray) opened = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 today;
  MrMomentSettings settings;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (series != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  today = julian_day_of (now);
  mr_store_get_moment_settings (self, &settings);
  if (!mr_store_begin (self, error))
    return NULL;

  for (guint i = 0; i < series->len; i++)
    {
      const MrSearchSeries *one = g_ptr_array_index (series, i);

      for (guint j = 0; j < one->spikes->len; j++)
        {
          const MrDemandSpike *spike = &g_array_index (one->spikes, MrDemandSpike, j);
          g_autoptr(MrMoment) moment = NULL;

          if (!mr_demand_spike_is_recent (spike, today, &one->settings) ||
              is_covered (self, one, spike))
            continue;

          moment = moment_for_spike (one, spike, &settings, now);
          if (!mr_store_add_moment (self, moment, error))
            {
              mr_store_rollback (self);
              return NULL;
            }
          g_ptr_array_add (opened, g_steal_pointer (&moment));
        }
    }

  if (!mr_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&opened);
}

/**
 * mr_store_detect_moments:
 * @now: "today", and the moments' detection time
 *
 * Finds the spikes in every search series (with the store's moment settings) and opens
 * a moment for each recent one, as mr_store_open_moments () does.
 *
 * Returns: (transfer full) (element-type MrMoment): the moments it opened (maybe none),
 *   or %NULL on error
 */
GPtrArray *
mr_store_detect_moments (MrStore    *self,
                         GDateTime  *now,
                         GError    **error)
{
  g_autoptr(GPtrArray) series = NULL;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  series = mr_store_list_search_series (self, error);
  if (series == NULL)
    return NULL;
  return mr_store_open_moments (self, series, now, error);
}

static void
load_series_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  const MrDemandSettings *settings = task_data;
  GError *error = NULL;
  sqlite3 *db = mr_store_open_connection (MR_STORE (source_object), &error);
  GPtrArray *series;

  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  series = mr_search_series_load (db, settings, &error);
  sqlite3_close (db);
  if (series == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, series, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * mr_store_list_search_series_async:
 *
 * As mr_store_list_search_series (), read and judged in a worker thread on a connection
 * of its own: years of statistics do not hold up the window.
 */
void
mr_store_list_search_series_async (MrStore             *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MrMomentSettings settings;

  g_return_if_fail (MR_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  mr_store_get_moment_settings (self, &settings);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_store_list_search_series_async);
  g_task_set_task_data (task, g_memdup2 (&settings.demand, sizeof settings.demand), g_free);
  g_task_run_in_thread (task, load_series_in_thread);
}

/**
 * mr_store_list_search_series_finish:
 *
 * Returns: (transfer full) (element-type MrSearchSeries): the series, or %NULL on error
 */
GPtrArray *
mr_store_list_search_series_finish (MrStore       *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * mr_store_expire_moments:
 * @n_expired: (out) (optional): how many expired now
 *
 * Marks every open moment whose deadline has passed at @now as expired.
 */
gboolean
mr_store_expire_moments (MrStore    *self,
                         GDateTime  *now,
                         guint      *n_expired,
                         GError    **error)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *moments;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (n_expired != NULL)
    *n_expired = 0;

  moments = G_LIST_MODEL (self->moments);
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (moments, i);

      if (mr_moment_get_status (moment) == MR_MOMENT_STATUS_OPEN &&
          g_date_time_compare (mr_moment_get_respond_by (moment), now) < 0)
        g_ptr_array_add (due, g_steal_pointer (&moment));
    }
  if (due->len == 0)
    return TRUE;

  if (!mr_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < due->len; i++)
    {
      mr_moment_set_status (g_ptr_array_index (due, i), MR_MOMENT_STATUS_EXPIRED);
      if (!mr_store_save_moment (self, g_ptr_array_index (due, i), error))
        {
          mr_store_rollback (self);
          return FALSE;
        }
    }
  if (!mr_store_commit (self, error))
    return FALSE;

  if (n_expired != NULL)
    *n_expired = due->len;
  return TRUE;
}

/**
 * mr_store_close_moment:
 * @status: %MR_MOMENT_STATUS_RESPONDED (answered at @now) or %MR_MOMENT_STATUS_DISMISSED
 *
 * Answers or dismisses a moment that is open or expired: an expired one can still be
 * answered, late. On error the moment is as it was.
 */
gboolean
mr_store_close_moment (MrStore         *self,
                       MrMoment        *moment,
                       MrMomentStatus   status,
                       GDateTime       *now,
                       GError         **error)
{
  MrMomentStatus previous_status;
  g_autoptr(GDateTime) previous_time = NULL;
  g_autoptr(GDateTime) responded_at = NULL;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_MOMENT (moment), FALSE);
  g_return_val_if_fail (status == MR_MOMENT_STATUS_RESPONDED ||
                        status == MR_MOMENT_STATUS_DISMISSED, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  previous_status = mr_moment_get_status (moment);
  if (mr_moment_get_responded_at (moment) != NULL)
    previous_time = g_date_time_ref (mr_moment_get_responded_at (moment));

  if (status == MR_MOMENT_STATUS_RESPONDED)
    responded_at = g_date_time_new_from_unix_local (g_date_time_to_unix (now));
  g_object_freeze_notify (G_OBJECT (moment));
  mr_moment_set_responded_at (moment, responded_at);
  mr_moment_set_status (moment, status);
  g_object_thaw_notify (G_OBJECT (moment));

  if (mr_store_save_moment (self, moment, error))
    return TRUE;

  mr_moment_set_responded_at (moment, previous_time);
  mr_moment_set_status (moment, previous_status);
  return FALSE;
}

/* ── Suggested creators ─────────────────────────────────────────────────────────── */

/* Each account's newest captions: what the creator posts about now. */
static const char recent_captions_sql[] =
  "SELECT a.creator_id, p.caption"
  "  FROM (SELECT account_id, caption,"
  "               row_number () OVER (PARTITION BY account_id"
  "                                   ORDER BY published_at DESC) AS newest"
  "          FROM post WHERE caption IS NOT NULL AND caption <> '') AS p"
  "  JOIN account AS a ON a.id = p.account_id"
  "  WHERE p.newest <= ?1";

#define RECENT_CAPTIONS 30

typedef struct
{
  MrCreator *creator;
  guint      score;
} Suggestion;

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *x = a;
  const Suggestion *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return mr_store_compare_creators (x->creator, y->creator, NULL);
}

/**
 * mr_store_suggest_creators:
 *
 * The creators whose niche or recent captions mention the words of @query, best match
 * first: a word in the niche counts double.
 *
 * Returns: (transfer full) (element-type MrCreator): the creators, maybe none, or %NULL
 *   on error
 */
GPtrArray *
mr_store_suggest_creators (MrStore     *self,
                           const char  *query,
                           GError     **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GHashTable) caption_scores = NULL;
  g_autoptr(GArray) suggestions = g_array_new (FALSE, FALSE, sizeof (Suggestion));
  GListModel *creators;
  GPtrArray *result;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  words = mr_query_match_words (query);
  if (words[0] == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  if ((stmt = mr_store_prepare (self, recent_captions_sql, error)) == NULL)
    return NULL;

  /* creator id → the most query words one of their captions holds */
  caption_scores = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_bind_int (stmt, 1, RECENT_CAPTIONS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint count = mr_query_match_count ((const char * const *) words,
                                          (const char *) sqlite3_column_text (stmt, 1));
      guint best = GPOINTER_TO_UINT (g_hash_table_lookup (caption_scores, &id));

      if (count > best)
        g_hash_table_insert (caption_scores, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (count));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mr_store_fail (self, rc, error);
      return NULL;
    }

  creators = G_LIST_MODEL (self->creators);
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      gint64 id = mr_creator_get_id (creator);
      guint score = 2 * mr_query_match_count ((const char * const *) words,
                                              mr_creator_get_niche (creator)) +
                    GPOINTER_TO_UINT (g_hash_table_lookup (caption_scores, &id));

      if (score > 0)
        g_array_append_val (suggestions, ((Suggestion) { creator, score }));
    }

  g_array_sort (suggestions, compare_suggestions);
  result = g_ptr_array_new_full (suggestions->len, g_object_unref);
  for (guint i = 0; i < suggestions->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (suggestions, Suggestion, i).creator));
  return result;
}
