/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "mr-account.h"
#include "mr-campaign.h"
#include "mr-campaign-member.h"
#include "mr-campaign-figures.h"
#include "mr-deliverable.h"
#include "mr-creator.h"
#include "mr-demand.h"
#include "mr-metrics-types.h"
#include "mr-moment.h"

G_BEGIN_DECLS

#define MR_STORE_ERROR (mr_store_error_quark ())

/* How long a connection waits for another one's write to finish. */
#define MR_STORE_BUSY_TIMEOUT_MS 5000

typedef enum {
  MR_STORE_ERROR_NOT_A_DATABASE,
  MR_STORE_ERROR_TOO_NEW,
  MR_STORE_ERROR_CORRUPT,
  MR_STORE_ERROR_READ_ONLY,
  MR_STORE_ERROR_BUSY,
  MR_STORE_ERROR_FULL,
  MR_STORE_ERROR_IO,
  MR_STORE_ERROR_CONSTRAINT,
  MR_STORE_ERROR_NOT_FOUND,
  MR_STORE_ERROR_FAILED,
} MrStoreError;

/* Dates are "YYYY-MM-DD"; counts are MR_UNKNOWN_COUNT and amounts NAN when not given. */
typedef struct {
  char   date[11];
  gint64 followers;
} MrFollowerPoint;

typedef struct {
  char   *dimension;
  char   *bucket;
  double  share;          /* a fraction, 0–1 */
} MrAudienceShare;

typedef struct {
  char   date[11];
  gint64 impressions;
  gint64 reach;
  gint64 clicks;
  gint64 conversions;
  gint64 engagements;
  double revenue;
} MrResultRow;

/* MrStore::results-changed (gint64 campaign_id): a campaign's results or deliverables
 * changed (mr_store_save_result (), mr_store_remove_result (), the deliverable calls);
 * a results file imported by mr_results_import_run () emits it too. */
#define MR_TYPE_STORE (mr_store_get_type ())

G_DECLARE_FINAL_TYPE (MrStore, mr_store, MR, STORE, GObject)

GQuark      mr_store_error_quark           (void);
void        mr_audience_share_free         (MrAudienceShare  *share);

char       *mr_store_get_default_path      (void);
MrStore    *mr_store_open                  (const char       *path,
                                            GError          **error);
const char *mr_store_get_path              (MrStore          *self);
int         mr_store_get_schema_version    (MrStore          *self);
const char *mr_store_get_backup_path       (MrStore          *self);
gboolean    mr_store_get_read_only         (MrStore          *self);
gboolean    mr_store_get_damaged           (MrStore          *self);
void        mr_store_mark_damaged          (MrStore          *self);
sqlite3    *mr_store_get_handle            (MrStore          *self);
sqlite3    *mr_store_open_connection       (MrStore          *self,
                                            GError          **error);
gboolean    mr_store_set_error_from_sqlite (GError          **error,
                                            sqlite3          *db,
                                            int               rc);

gboolean    mr_store_begin                 (MrStore          *self,
                                            GError          **error);
gboolean    mr_store_commit                (MrStore          *self,
                                            GError          **error);
void        mr_store_rollback              (MrStore          *self);
gboolean    mr_store_reload                (MrStore          *self,
                                            GError          **error);

GListModel *mr_store_get_creators          (MrStore          *self);
GListModel *mr_store_get_campaigns         (MrStore          *self);
GListModel *mr_store_get_moments           (MrStore          *self);

gboolean    mr_store_add_creator           (MrStore          *self,
                                            MrCreator        *creator,
                                            GError          **error);
gboolean    mr_store_save_creator          (MrStore          *self,
                                            MrCreator        *creator,
                                            GError          **error);
gboolean    mr_store_remove_creator        (MrStore          *self,
                                            MrCreator        *creator,
                                            GError          **error);

/* Deleting creators so that Undo can bring them back exactly (mr-store-removal.c). */
typedef struct _MrStoreRemoval MrStoreRemoval;

MrStoreRemoval *mr_store_remove_creators        (MrStore         *self,
                                                 MrCreator      **creators,
                                                 guint            n_creators,
                                                 GError         **error);
gboolean        mr_store_restore_removal        (MrStore         *self,
                                                 MrStoreRemoval  *removal,
                                                 GError         **error);
guint           mr_store_removal_get_n_creators (MrStoreRemoval  *removal);
MrCreator      *mr_store_removal_get_creator    (MrStoreRemoval  *removal,
                                                 guint            index);
void            mr_store_removal_free           (MrStoreRemoval  *removal);

gboolean    mr_store_add_account           (MrStore          *self,
                                            MrCreator        *creator,
                                            MrAccount        *account,
                                            GError          **error);
gboolean    mr_store_save_account          (MrStore          *self,
                                            MrAccount        *account,
                                            GError          **error);
gboolean    mr_store_remove_account        (MrStore          *self,
                                            MrAccount        *account,
                                            GError          **error);
gboolean    mr_store_add_campaign          (MrStore          *self,
                                            MrCampaign       *campaign,
                                            GError          **error);
gboolean    mr_store_save_campaign         (MrStore          *self,
                                            MrCampaign       *campaign,
                                            GError          **error);
gboolean    mr_store_remove_campaign       (MrStore          *self,
                                            MrCampaign       *campaign,
                                            GError          **error);
gboolean    mr_store_add_member            (MrStore          *self,
                                            MrCampaign       *campaign,
                                            MrCampaignMember *member,
                                            GError          **error);
gboolean    mr_store_save_member           (MrStore          *self,
                                            MrCampaignMember *member,
                                            GError          **error);
gboolean    mr_store_remove_member         (MrStore          *self,
                                            MrCampaignMember *member,
                                            GError          **error);
/* Deliverables of a member (mr-store-campaigns.c): add appends to the member's list. */
gboolean    mr_store_add_deliverable       (MrStore          *self,
                                            MrCampaignMember *member,
                                            MrDeliverable    *deliverable,
                                            GError          **error);
gboolean    mr_store_save_deliverable      (MrStore          *self,
                                            MrDeliverable    *deliverable,
                                            GError          **error);
gboolean    mr_store_remove_deliverable    (MrStore          *self,
                                            MrDeliverable    *deliverable,
                                            GError          **error);

/* Results of a member, one row per day (mr-store-results.c). Saving a day that has a row
 * replaces it; a count of MR_METRIC_UNKNOWN (-1) or a NAN revenue is stored as not
 * known. Both emit MrStore::results-changed with the member's campaign id. */
gboolean    mr_store_save_result           (MrStore           *self,
                                            MrCampaignMember  *member,
                                            const MrResultRow *row,
                                            GError           **error);
gboolean    mr_store_remove_result         (MrStore           *self,
                                            MrCampaignMember  *member,
                                            const char        *date,
                                            GError           **error);

/* Deleting campaigns so that Undo can bring them back with their members, deliverables
 * and results (mr-store-removal.c); restore with mr_store_restore_removal (). */
MrStoreRemoval *mr_store_remove_campaigns       (MrStore         *self,
                                                 MrCampaign     **campaigns,
                                                 guint            n_campaigns,
                                                 GError         **error);
guint           mr_store_removal_get_n_campaigns (MrStoreRemoval *removal);

/* The campaign's KPIs, its members' and the spend per tier (mr-campaign-figures.c). */
MrCampaignFigures *mr_store_compute_campaign (MrStore          *self,
                                              MrCampaign       *campaign,
                                              GError          **error);

gboolean    mr_store_add_moment            (MrStore          *self,
                                            MrMoment         *moment,
                                            GError          **error);
gboolean    mr_store_save_moment           (MrStore          *self,
                                            MrMoment         *moment,
                                            GError          **error);
gboolean    mr_store_remove_moment         (MrStore          *self,
                                            MrMoment         *moment,
                                            GError          **error);

GArray     *mr_store_list_follower_history (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GPtrArray  *mr_store_list_audience         (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_results          (MrStore          *self,
                                            gint64            member_id,
                                            GError          **error);
gint64      mr_store_count_posts           (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);

gboolean    mr_store_set_vetting_settings  (MrStore             *self,
                                            MrTierScheme         tier_scheme,
                                            const MrBenchmarks  *benchmarks,
                                            const char          *currency,
                                            GError             **error);
void        mr_store_set_metrics_in_background (MrStore      *self,
                                                gboolean      background);
gboolean    mr_store_get_computing_metrics     (MrStore      *self);
MrVetting  *mr_store_compute_vetting       (MrStore          *self,
                                            MrCreator        *creator,
                                            gint64            now,
                                            GError          **error);
gboolean    mr_store_update_vetting        (MrStore          *self,
                                            MrCreator        *creator,
                                            GError          **error);
MrTierScheme mr_store_get_tier_scheme      (MrStore          *self);
gboolean    mr_store_save_checklist_entry  (MrStore          *self,
                                            MrCreator        *creator,
                                            const char       *criterion,
                                            int               rating,
                                            const char       *note,
                                            GError          **error);

/* For the metrics (element types from mr-metrics-types.h). */
GArray     *mr_store_list_follower_days    (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_post_stats       (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_daily_activity   (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_checklist_ratings (MrStore         *self,
                                             gint64           creator_id,
                                             GError         **error);

/* For the JSON export: everything else stored about an account, creator or search. */
typedef struct {
  char      *external_id;
  GDateTime *published_at;      /* NULL when not given */
  char      *kind;
  char      *caption;
  char      *permalink;
  gint64     views;
  gint64     reach;
  gint64     impressions;
  gint64     likes;
  gint64     comments;
  gint64     shares;
  gint64     saves;
  double     duration;          /* seconds */
} MrPostRow;

typedef struct {
  char     date[11];
  gint64   views;
  gint64   profile_views;
  gint64   likes;
  gint64   comments;
  gint64   shares;
  gint64   viewers;
  gint64   new_viewers;
  gint64   reach;
  gint64   new_followers;       /* a net change: may be negative */
  gboolean has_new_followers;
  double   watch_hours;
} MrDailyRow;

typedef struct {
  guint  weekday;               /* 1 (Monday) … 7, or 0 when @date is given */
  char   date[11];              /* "" when @weekday is given */
  guint  hour;
  gint64 active_followers;
} MrActivityRow;

typedef struct {
  char   *metric;
  double  value;
} MrAccountTotal;

typedef struct {
  double avg_likes;
  double avg_comments;
  double engagement_rate;       /* percent, as a roster stated it */
} MrAccountFigures;

typedef struct {
  char *criterion;
  int   rating;                 /* 0–5, or -1 while not judged */
  char *note;
} MrChecklistEntry;

typedef struct {
  char   *source;
  char   *kind;
  char   *query;                /* NULL for a site's totals */
  char   *region;               /* NULL when none */
  char    period_start[11];
  char    period_end[11];
  gint64  clicks;
  gint64  impressions;
  double  ctr;
  double  position;
  double  interest;
} MrSearchRow;

/* A file import_log keeps: days "" when the file has none. */
typedef struct {
  char      *file_name;
  char      *format;            /* the format's stable id: "tiktok-content" */
  gint64     rows;
  GDateTime *imported_at;
  char       first_day[11];
  char       last_day[11];
} MrImportLogEntry;

void        mr_import_log_entry_free       (MrImportLogEntry *entry);
GPtrArray  *mr_store_list_imports          (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);

void        mr_post_row_free               (MrPostRow        *row);
void        mr_account_total_free          (MrAccountTotal   *total);
void        mr_checklist_entry_free        (MrChecklistEntry *entry);
void        mr_search_row_free             (MrSearchRow      *row);

gboolean    mr_store_get_account_figures   (MrStore          *self,
                                            gint64            account_id,
                                            MrAccountFigures *figures,
                                            GError          **error);
GPtrArray  *mr_store_list_posts            (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_daily_stats      (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GArray     *mr_store_list_activity         (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GHashTable *mr_store_list_audience_accounts (MrStore        *self,
                                             GError        **error);
GPtrArray  *mr_store_list_account_totals   (MrStore          *self,
                                            gint64            account_id,
                                            GError          **error);
GPtrArray  *mr_store_list_checklist        (MrStore          *self,
                                            gint64            creator_id,
                                            GError          **error);
GPtrArray  *mr_store_list_search_stats     (MrStore          *self,
                                            GError          **error);

/* Micro-moments from the search statistics (mr-store-demand.c). */
typedef struct {
  MrDemandSettings demand;      /* k is the Spike Sensitivity preference */
  guint            response_hours;
} MrMomentSettings;

/* Trends' index points, or Search Console's impressions a day: below this, a rise is
 * noise. */
#define MR_MOMENT_DEFAULT_MIN_VOLUME 10
#define MR_MOMENT_DEFAULT_RESPONSE_HOURS 24

void        mr_moment_settings_init        (MrMomentSettings       *settings);
/* What detection and the export judge spikes with; the defaults until set. */
void        mr_store_set_moment_settings   (MrStore                *self,
                                            const MrMomentSettings *settings);
void        mr_store_get_moment_settings   (MrStore                *self,
                                            MrMomentSettings       *settings);
GPtrArray  *mr_store_list_search_series    (MrStore                *self,
                                            GError                **error);
void        mr_store_list_search_series_async  (MrStore             *self,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GPtrArray  *mr_store_list_search_series_finish (MrStore             *self,
                                                GAsyncResult        *result,
                                                GError             **error);
GPtrArray  *mr_store_open_moments          (MrStore                *self,
                                            GPtrArray              *series,
                                            GDateTime              *now,
                                            GError                **error);
GPtrArray  *mr_store_detect_moments        (MrStore                *self,
                                            GDateTime              *now,
                                            GError                **error);
gboolean    mr_store_expire_moments        (MrStore                *self,
                                            GDateTime              *now,
                                            guint                  *n_expired,
                                            GError                **error);
gboolean    mr_store_close_moment          (MrStore                *self,
                                            MrMoment               *moment,
                                            MrMomentStatus          status,
                                            GDateTime              *now,
                                            GError                **error);
GPtrArray  *mr_store_suggest_creators      (MrStore                *self,
                                            const char             *query,
                                            GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrAudienceShare, mr_audience_share_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrStoreRemoval, mr_store_removal_free)

G_END_DECLS
