/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-store.h"

G_BEGIN_DECLS

/* The newest schema this build knows; mr_store_migrations[v] creates version v. */
#define MR_STORE_SCHEMA_VERSION 3

extern const char * const mr_store_migrations[MR_STORE_SCHEMA_VERSION + 1];

struct _MrStore
{
  GObject      parent_instance;

  char        *path;
  char        *backup_path;
  sqlite3     *db;
  int          schema_version;

  /* SQL text (static strings, by address) → prepared sqlite3_stmt */
  GHashTable  *statements;

  GListStore  *creators;
  GListStore  *campaigns;
  GListStore  *moments;

  /* What the creators' metrics are computed with (Preferences). Until the settings are
   * first given, loading leaves the metrics out: they would be computed twice at start. */
  gboolean      vetting_configured;
  MrTierScheme  tier_scheme;
  MrBenchmarks *benchmarks;
  char         *currency;

  /* Every creator's metrics computed in a worker thread (the window's store): the pass
   * under way, and the creators computed again on their own meanwhile, whose metrics
   * that pass must not overwrite (mr-store-vetting-all.c). */
  gboolean      metrics_in_background;
  guint         metrics_inline_max;   /* MR_STORE_METRICS_INLINE_MAX but in tests */
  GCancellable *metrics_pending;
  guint         metrics_apply_id;
  GHashTable   *metrics_touched;

  /* What micro-moments are detected with (Preferences); the defaults until given. */
  MrMomentSettings moment_settings;
  gboolean         moment_settings_given;

  /* SQLite found the file damaged (MrStore:damaged). */
  gboolean     damaged;

  /* Nesting depth of mr_store_begin (); level 1 is BEGIN, deeper ones savepoints. */
  guint        transaction_depth;
  /* The models changed inside a transaction that may still be rolled back. */
  guint        models_changed_in_transaction : 1;
};

/* For tests: @migrations[1..@latest_version] stand in for the real ones. */
MrStore      *mr_store_open_with_migrations (const char         *path,
                                             const char * const *migrations,
                                             guint               latest_version,
                                             GError            **error);

sqlite3_stmt *mr_store_prepare              (MrStore            *self,
                                             const char         *sql,
                                             GError            **error);
gboolean      mr_store_step_done            (MrStore            *self,
                                             sqlite3_stmt       *stmt,
                                             GError            **error);
gboolean      mr_store_fail                 (MrStore            *self,
                                             int                 rc,
                                             GError            **error);

gboolean      mr_store_exec                 (MrStore            *self,
                                             const char         *sql,
                                             GError            **error);
gboolean      mr_store_set_error_for_path   (GError            **error,
                                             const char         *path,
                                             int                 rc,
                                             const char         *detail);

typedef void (*MrStoreBindFunc) (sqlite3_stmt *stmt,
                                 gpointer      object);

gboolean      mr_store_write_row            (MrStore            *self,
                                             const char         *sql,
                                             MrStoreBindFunc     bind,
                                             gpointer            object,
                                             gint64              parent_id,
                                             gint64              id,
                                             gint64             *new_id,
                                             GError            **error);
gboolean      mr_store_require_text         (const char         *text,
                                             const char         *message,
                                             GError            **error);
/* Every creator's metrics, read in one pass over each table (mr-store-vetting-all.c):
 * at once, or (mr_store_set_metrics_in_background ()) in a worker thread. */
gboolean      mr_store_update_all_vettings  (MrStore            *self,
                                             GError            **error);
gboolean      mr_store_finish               (MrStore            *self,
                                             gboolean            ok,
                                             GError            **error);
void          mr_store_models_changed       (MrStore            *self);
void          mr_store_emit_results_changed (MrStore            *self,
                                             gint64              campaign_id);
void          mr_store_keep_sorted          (GListStore         *store,
                                             gpointer            item,
                                             GCompareDataFunc    compare);
void          mr_store_remove_from          (GListModel         *model,
                                             gpointer            item);
gpointer      mr_store_find_by_id           (GListModel         *model,
                                             gint64              id);

gboolean      mr_store_load                 (MrStore            *self,
                                             GError            **error);
/* The orders of mr_store_get_creators () and mr_store_get_moments (). */
int           mr_store_compare_creators     (gconstpointer       a,
                                             gconstpointer       b,
                                             gpointer            user_data);
int           mr_store_compare_moments      (gconstpointer       a,
                                             gconstpointer       b,
                                             gpointer            user_data);

/* Binding and reading values that have a "not given" state (NULL, 0 id, -1, NAN). */
void          mr_store_bind_text            (sqlite3_stmt       *stmt,
                                             int                 index,
                                             const char         *value);
void          mr_store_bind_id              (sqlite3_stmt       *stmt,
                                             int                 index,
                                             gint64              id);
void          mr_store_bind_count           (sqlite3_stmt       *stmt,
                                             int                 index,
                                             gint64              count);
void          mr_store_bind_double          (sqlite3_stmt       *stmt,
                                             int                 index,
                                             double              value);
void          mr_store_bind_date_time       (sqlite3_stmt       *stmt,
                                             int                 index,
                                             GDateTime          *value);
const char   *mr_store_column_text          (sqlite3_stmt       *stmt,
                                             int                 column);
gint64        mr_store_column_count         (sqlite3_stmt       *stmt,
                                             int                 column);
double        mr_store_column_double        (sqlite3_stmt       *stmt,
                                             int                 column);
GDateTime    *mr_store_column_date_time     (sqlite3_stmt       *stmt,
                                             int                 column);

/* The metrics' rows: the columns to select, and reading them from @first on. Shared by
 * the queries for one account and the pass over every account (mr-store-vetting-all.c). */
#define MR_STORE_POST_STATS_COLUMNS \
  "coalesce(unixepoch (published_at), 0), views, reach, likes, comments, shares, saves"
#define MR_STORE_FOLLOWER_DAY_COLUMNS "day, followers"
#define MR_STORE_DAILY_ACTIVITY_COLUMNS "day, views, profile_views, likes, comments, shares"

void          mr_store_read_post_stats      (sqlite3_stmt       *stmt,
                                             int                 first,
                                             MrPostStats        *post);
void          mr_store_read_follower_day    (sqlite3_stmt       *stmt,
                                             int                 first,
                                             MrFollowerDay      *day);
void          mr_store_read_daily_activity  (sqlite3_stmt       *stmt,
                                             int                 first,
                                             MrDailyActivity    *day);

/* Rosters up to this size have their metrics computed at once, in the calling thread,
 * even for the window: it takes a few milliseconds. */
#define MR_STORE_METRICS_INLINE_MAX 1000

/* What one creator's metrics are computed from: mr_store_compute_vetting () reads it for
 * one creator, mr-store-vetting-all.c for every creator at once. */
typedef struct
{
  gint64            creator_id;
  gboolean          has_account;   /* a primary account, stored or not */
  gint64            account_id;    /* the primary account's, when stored; else 0 */
  MrPlatform        platform;
  gint64            followers;     /* the account's own count */
  GArray           *checklist;     /* int ratings, by criterion; NULL for a creator not stored */
  GArray           *posts;         /* MrPostStats, newest first */
  GArray           *history;       /* MrFollowerDay, oldest first */
  GArray           *activity;      /* MrDailyActivity, oldest first */
  MrAccountFigures  figures;
} MrVettingSource;

void          mr_vetting_source_init        (MrVettingSource         *source,
                                             MrCreator               *creator);
MrVetting    *mr_vetting_source_compute     (const MrVettingSource   *source,
                                             const MrVettingSettings *settings,
                                             gint64                   now);
void          mr_vetting_source_clear       (MrVettingSource         *source);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MrVettingSource, mr_vetting_source_clear)

void          mr_store_get_vetting_settings (MrStore                 *self,
                                             MrVettingSettings       *settings);
void          mr_store_vetting_touched      (MrStore                 *self,
                                             MrCreator               *creator);
void          mr_store_set_metrics_inline_max (MrStore               *self,
                                               guint                  n_creators);

G_END_DECLS
