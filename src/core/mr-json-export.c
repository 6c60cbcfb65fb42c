/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export"

#include "config.h"

#include <math.h>

#include "mr-account.h"
#include "mr-campaign.h"
#include "mr-campaign-member.h"
#include "mr-creator.h"
#include "mr-json-export.h"
#include "mr-moment.h"
#include "mr-store-private.h"

/* Unknown values are written as null, never as a zero that looks like a result. */

static void
add_count (JsonBuilder *builder,
           const char  *key,
           gint64       value)
{
  json_builder_set_member_name (builder, key);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_double (JsonBuilder *builder,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (builder, key);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *key,
          GDateTime   *value)
{
  g_autofree char *text = value != NULL ? g_date_time_format_iso8601 (value) : NULL;

  add_string (builder, key, text);
}

static void
add_id (JsonBuilder *builder,
        gint64       id)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, id);
}

static void
add_nulls (JsonBuilder        *builder,
           const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    add_string (builder, keys[i], NULL);
}

static gboolean
build_account (JsonBuilder  *builder,
               MrStore      *store,
               MrAccount    *account,
               GError      **error)
{
  gint64 id = mr_account_get_id (account);
  g_autoptr(GArray) history = NULL;
  g_autoptr(GPtrArray) audience = NULL;
  gint64 posts;

  history = mr_store_list_follower_history (store, id, error);
  if (history == NULL)
    return FALSE;
  audience = mr_store_list_audience (store, id, error);
  if (audience == NULL)
    return FALSE;
  posts = mr_store_count_posts (store, id, error);
  if (posts < 0)
    return FALSE;

  json_builder_begin_object (builder);
  add_string (builder, "platform", mr_platform_to_string (mr_account_get_platform (account)));
  add_string (builder, "handle", mr_account_get_handle (account));
  add_count (builder, "followers", mr_account_get_followers (account));
  add_count (builder, "posts", posts);

  json_builder_set_member_name (builder, "follower_history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < history->len; i++)
    {
      const MrFollowerPoint *point = &g_array_index (history, MrFollowerPoint, i);

      json_builder_begin_object (builder);
      add_string (builder, "date", point->date);
      add_count (builder, "followers", point->followers);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "audience");
  json_builder_begin_array (builder);
  for (guint i = 0; i < audience->len; i++)
    {
      const MrAudienceShare *share = g_ptr_array_index (audience, i);

      json_builder_begin_object (builder);
      add_string (builder, "dimension", share->dimension);
      add_string (builder, "bucket", share->bucket);
      add_double (builder, "share", share->share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return TRUE;
}

static void
add_julian_date (JsonBuilder *builder,
                 const char  *key,
                 guint32      day)
{
  char text[16];
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  add_string (builder, key, text);
}

static void
build_spikes (JsonBuilder    *builder,
              const MrGrowth *growth)
{
  json_builder_set_member_name (builder, "spikes");
  json_builder_begin_array (builder);
  for (guint i = 0; growth->spikes != NULL && i < growth->spikes->len; i++)
    {
      const MrSpike *spike = g_ptr_array_index (growth->spikes, i);

      json_builder_begin_object (builder);
      add_julian_date (builder, "date", spike->day);
      json_builder_set_member_name (builder, "gain");
      json_builder_add_int_value (builder, spike->gain);
      add_string (builder, "verdict", mr_spike_verdict_to_string (spike->verdict));
      /* Beyond DESIGN.md §5's keys: drops are listed too, and a spike no activity data
       * could confirm is "suspicious" without having been checked. */
      add_string (builder, "kind", spike->kind == MR_SPIKE_DROP ? "drop" : "gain");
      json_builder_set_member_name (builder, "checked");
      json_builder_add_boolean_value (builder, spike->verdict != MR_SPIKE_UNVERIFIED);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_flags (JsonBuilder *builder,
             GPtrArray   *flags)
{
  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i < flags->len; i++)
    {
      const MrFlag *flag = g_ptr_array_index (flags, i);

      json_builder_begin_object (builder);
      add_string (builder, "code", flag->code);
      add_string (builder, "severity", mr_severity_to_string (flag->severity));
      add_string (builder, "message", flag->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* DESIGN.md §5: the metrics of the creator's primary account. */
static gboolean
build_creator_metrics (JsonBuilder  *builder,
                       MrStore      *store,
                       MrCreator    *creator,
                       GError      **error)
{
  g_autoptr(MrVetting) computed = NULL;
  const MrVetting *vetting = mr_creator_get_vetting (creator);
  const MrEngagement *engagement;

  if (vetting == NULL)
    {
      computed = mr_store_compute_vetting (store, creator, g_get_real_time () / G_USEC_PER_SEC,
                                           error);
      if (computed == NULL)
        return FALSE;
      vetting = computed;
    }
  engagement = vetting->engagement;

  json_builder_set_member_name (builder, "metrics");
  json_builder_begin_object (builder);
  add_string (builder, "tier", mr_tier_to_string (vetting->tier));
  add_double (builder, "engagement_rate", engagement->has_value ? engagement->rate : NAN);
  add_string (builder, "engagement_basis",
              engagement->has_value ? mr_engagement_basis_to_string (engagement->basis) : NULL);
  add_double (builder, "benchmark",
              vetting->benchmark->has_benchmark ? vetting->benchmark->benchmark : NAN);
  add_double (builder, "score", vetting->score->score);
  add_string (builder, "recommendation",
              mr_recommendation_to_string (vetting->score->recommendation));
  build_spikes (builder, vetting->growth);
  build_flags (builder, vetting->flags);

  json_builder_set_member_name (builder, "price");
  if (vetting->price->has_value)
    {
      json_builder_begin_object (builder);
      add_double (builder, "min", vetting->price->min);
      add_double (builder, "max", vetting->price->max);
      add_string (builder, "currency", vetting->price->currency);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  add_double (builder, "cpe", vetting->has_cpe ? vetting->cpe : NAN);
  json_builder_end_object (builder);

  return TRUE;
}

static gboolean
build_creator (JsonBuilder  *builder,
               MrStore      *store,
               MrCreator    *creator,
               GError      **error)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  guint n = g_list_model_get_n_items (accounts);

  json_builder_begin_object (builder);
  add_id (builder, mr_creator_get_id (creator));
  add_string (builder, "name", mr_creator_get_name (creator));
  add_string (builder, "status", mr_creator_status_to_string (mr_creator_get_status (creator)));
  add_string (builder, "niche", mr_creator_get_niche (creator));
  add_string (builder, "country", mr_creator_get_country (creator));

  json_builder_set_member_name (builder, "accounts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (!build_account (builder, store, account, error))
        return FALSE;
    }
  json_builder_end_array (builder);

  if (!build_creator_metrics (builder, store, creator, error))
    return FALSE;
  json_builder_end_object (builder);
  return TRUE;
}

/* Campaign KPIs are computed by the campaigns issue; until then they are unknown. */
static void
build_kpis (JsonBuilder *builder)
{
  static const char * const keys[] = {
    "spend", "revenue", "impressions", "clicks", "conversions", "engagements",
    "ctr", "cpm", "cpe", "cpa", "roas", "roi", NULL
  };

  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_object (builder);
  add_nulls (builder, keys);
  json_builder_end_object (builder);
}

static gboolean
build_member (JsonBuilder       *builder,
              MrStore           *store,
              MrCampaignMember  *member,
              GError           **error)
{
  gint64 account_id = mr_campaign_member_get_account_id (member);
  MrCreator *creator = mr_store_find_by_id (mr_store_get_creators (store),
                                            mr_campaign_member_get_creator_id (member));
  MrAccount *account = creator != NULL && account_id > 0
                       ? mr_store_find_by_id (mr_creator_get_accounts (creator), account_id)
                       : NULL;
  g_autoptr(GArray) results = NULL;

  results = mr_store_list_results (store, mr_campaign_member_get_id (member), error);
  if (results == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  add_string (builder, "creator", creator != NULL ? mr_creator_get_name (creator) : NULL);
  add_string (builder, "platform",
              account != NULL ? mr_platform_to_string (mr_account_get_platform (account)) : NULL);
  add_string (builder, "handle", account != NULL ? mr_account_get_handle (account) : NULL);
  add_double (builder, "fee", mr_campaign_member_get_fee (member));
  add_string (builder, "deliverables", mr_campaign_member_get_deliverables (member));
  add_string (builder, "promo_code", mr_campaign_member_get_promo_code (member));
  add_string (builder, "link", mr_campaign_member_get_link (member));
  add_string (builder, "status", mr_member_status_to_string (mr_campaign_member_get_status (member)));

  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      const MrResultRow *row = &g_array_index (results, MrResultRow, i);

      json_builder_begin_object (builder);
      add_string (builder, "date", row->date);
      add_count (builder, "impressions", row->impressions);
      add_count (builder, "reach", row->reach);
      add_count (builder, "clicks", row->clicks);
      add_count (builder, "conversions", row->conversions);
      add_double (builder, "revenue", row->revenue);
      add_count (builder, "engagements", row->engagements);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  build_kpis (builder);
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
build_campaign (JsonBuilder  *builder,
                MrStore      *store,
                MrCampaign   *campaign,
                GError      **error)
{
  GListModel *members = mr_campaign_get_members (campaign);
  guint n = g_list_model_get_n_items (members);

  json_builder_begin_object (builder);
  add_id (builder, mr_campaign_get_id (campaign));
  add_string (builder, "name", mr_campaign_get_name (campaign));
  add_string (builder, "brand", mr_campaign_get_brand (campaign));
  add_string (builder, "goal", mr_campaign_goal_to_string (mr_campaign_get_goal (campaign)));
  add_string (builder, "kind", mr_campaign_kind_to_string (mr_campaign_get_kind (campaign)));
  add_string (builder, "start", mr_campaign_get_start_date (campaign));
  add_string (builder, "end", mr_campaign_get_end_date (campaign));
  add_double (builder, "budget", mr_campaign_get_budget (campaign));
  add_string (builder, "currency", mr_campaign_get_currency (campaign));
  add_double (builder, "target_roas", mr_campaign_get_target_roas (campaign));

  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);

      if (!build_member (builder, store, member, error))
        return FALSE;
    }
  json_builder_end_array (builder);

  build_kpis (builder);
  json_builder_end_object (builder);
  return TRUE;
}

static void
build_moment (JsonBuilder *builder,
              MrMoment    *moment)
{
  json_builder_begin_object (builder);
  add_id (builder, mr_moment_get_id (moment));
  add_string (builder, "title", mr_moment_get_title (moment));
  add_string (builder, "intent", mr_intent_to_string (mr_moment_get_intent (moment)));
  add_string (builder, "trigger", mr_moment_get_trigger (moment));
  add_time (builder, "detected_at", mr_moment_get_detected_at (moment));
  add_time (builder, "respond_by", mr_moment_get_respond_by (moment));
  add_time (builder, "responded_at", mr_moment_get_responded_at (moment));
  add_string (builder, "status", mr_moment_status_to_string (mr_moment_get_status (moment)));
  json_builder_end_object (builder);
}

JsonNode *
mr_json_export_build (MrStore  *store,
                      GError  **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *list;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, MR_JSON_EXPORT_SCHEMA);

  list = mr_store_get_creators (store);
  json_builder_set_member_name (builder, "creators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (list, i);

      if (!build_creator (builder, store, creator, error))
        return NULL;
    }
  json_builder_end_array (builder);

  list = mr_store_get_campaigns (store);
  json_builder_set_member_name (builder, "campaigns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (list, i);

      if (!build_campaign (builder, store, campaign, error))
        return NULL;
    }
  json_builder_end_array (builder);

  /* Search statistics arrive with the import issue and their spikes with the
   * micro-moments issue; the store holds none before then. */
  json_builder_set_member_name (builder, "search");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);

  list = mr_store_get_moments (store);
  json_builder_set_member_name (builder, "moments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (list, i);

      build_moment (builder, moment);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

char *
mr_json_export_to_string (MrStore   *store,
                          gboolean   pretty,
                          GError   **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;

  root = mr_json_export_build (store, error);
  if (root == NULL)
    return NULL;

  generator = json_generator_new ();
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
