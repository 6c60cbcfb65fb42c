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

  /* What micro-moments are detected with (Preferences); the defaults until given. */
  MrMomentSettings moment_settings;
  gboolean         moment_settings_given;

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

G_END_DECLS
