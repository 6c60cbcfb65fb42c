/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export"

#include "config.h"

#include <math.h>

#include "mr-account.h"
#include "mr-campaign.h"
#include "mr-campaign-member.h"
#include "mr-creator.h"
#include "mr-json-export.h"
#include "mr-json-export-private.h"
#include "mr-moment.h"
#include "mr-store-private.h"

void
mr_json_add_count (JsonBuilder *builder,
                   const char  *key,
                   gint64       value)
{
  json_builder_set_member_name (builder, key);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

void
mr_json_add_double (JsonBuilder *builder,
                    const char  *key,
                    double       value)
{
  json_builder_set_member_name (builder, key);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

void
mr_json_add_string (JsonBuilder *builder,
                    const char  *key,
                    const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

/* In UTC, as stored: the same moment is written the same way on every computer, whatever
 * time zone a GDateTime happened to be made in. The text is that of
 * g_date_time_format_iso8601 (), made without its format parser: the export writes one
 * for every post. */
void
mr_json_add_time (JsonBuilder *builder,
                  const char  *key,
                  GDateTime   *value)
{
  g_autoptr(GDateTime) utc = NULL;
  char text[32];
  int year, month, day, microsecond;
  gsize length;

  if (value == NULL)
    {
      mr_json_add_string (builder, key, NULL);
      return;
    }

  utc = g_date_time_to_utc (value);
  g_date_time_get_ymd (utc, &year, &month, &day);
  length = g_snprintf (text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day,
                       g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                       g_date_time_get_second (utc));
  microsecond = g_date_time_get_microsecond (utc);
  if (microsecond != 0)
    length += g_snprintf (text + length, sizeof text - length, ".%06d", microsecond);
  g_strlcpy (text + length, "Z", sizeof text - length);

  mr_json_add_string (builder, key, text);
}

static void
add_id (JsonBuilder *builder,
        gint64       id)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, id);
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
  mr_json_add_string (builder, key, text);
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
      mr_json_add_string (builder, "verdict", mr_spike_verdict_to_string (spike->verdict));
      /* Beyond DESIGN.md §5's keys: drops are listed too, and a spike no activity data
       * could confirm is "suspicious" without having been checked. */
      mr_json_add_string (builder, "kind", spike->kind == MR_SPIKE_DROP ? "drop" : "gain");
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
      mr_json_add_string (builder, "code", flag->code);
      mr_json_add_string (builder, "severity", mr_severity_to_string (flag->severity));
      mr_json_add_string (builder, "message", flag->message);
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
  mr_json_add_string (builder, "tier", mr_tier_to_string (vetting->tier));
  mr_json_add_double (builder, "engagement_rate", engagement->has_value ? engagement->rate : NAN);
  mr_json_add_string (builder, "engagement_basis",
              engagement->has_value ? mr_engagement_basis_to_string (engagement->basis) : NULL);
  mr_json_add_double (builder, "benchmark",
              vetting->benchmark->has_benchmark ? vetting->benchmark->benchmark : NAN);
  mr_json_add_double (builder, "score", vetting->score->score);
  mr_json_add_string (builder, "recommendation",
              mr_recommendation_to_string (vetting->score->recommendation));
  build_spikes (builder, vetting->growth);
  build_flags (builder, vetting->flags);

  json_builder_set_member_name (builder, "price");
  if (vetting->price->has_value)
    {
      json_builder_begin_object (builder);
      mr_json_add_double (builder, "min", vetting->price->min);
      mr_json_add_double (builder, "max", vetting->price->max);
      mr_json_add_string (builder, "currency", vetting->price->currency);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  mr_json_add_double (builder, "cpe", vetting->has_cpe ? vetting->cpe : NAN);
  json_builder_end_object (builder);

  return TRUE;
}

/* "platform:handle" of the account the user marked as primary, or NULL. */
static char *
describe_primary (MrCreator *creator)
{
  gint64 id = mr_creator_get_primary_account_id (creator);
  MrAccount *account = id > 0 ? mr_store_find_by_id (mr_creator_get_accounts (creator), id)
                              : NULL;

  if (account == NULL)
    return NULL;

  return g_strconcat (mr_platform_to_string (mr_account_get_platform (account)), ":",
                      mr_account_get_handle (account), NULL);
}

static gboolean
build_checklist (JsonBuilder  *builder,
                 MrStore      *store,
                 MrCreator    *creator,
                 GError      **error)
{
  g_autoptr(GPtrArray) entries = mr_store_list_checklist (store, mr_creator_get_id (creator),
                                                          error);

  if (entries == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "checklist");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->len; i++)
    {
      const MrChecklistEntry *entry = g_ptr_array_index (entries, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "criterion", entry->criterion);
      mr_json_add_count (builder, "rating", entry->rating);
      mr_json_add_string (builder, "note", entry->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
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
  g_autofree char *primary = describe_primary (creator);

  json_builder_begin_object (builder);
  add_id (builder, mr_creator_get_id (creator));
  mr_json_add_string (builder, "name", mr_creator_get_name (creator));
  mr_json_add_string (builder, "status", mr_creator_status_to_string (mr_creator_get_status (creator)));
  mr_json_add_string (builder, "niche", mr_creator_get_niche (creator));
  mr_json_add_string (builder, "country", mr_creator_get_country (creator));
  mr_json_add_string (builder, "language", mr_creator_get_language (creator));
  mr_json_add_string (builder, "contact", mr_creator_get_contact (creator));
  mr_json_add_string (builder, "notes", mr_creator_get_notes (creator));
  mr_json_add_string (builder, "primary", primary);

  json_builder_set_member_name (builder, "accounts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (!mr_json_build_account (builder, store, account, error))
        return FALSE;
    }
  json_builder_end_array (builder);

  if (!build_checklist (builder, store, creator, error))
    return FALSE;

  if (!build_creator_metrics (builder, store, creator, error))
    return FALSE;
  json_builder_end_object (builder);
  return TRUE;
}

/* Four decimals: enough for a cost per engagement in cents, without the binary noise of
 * 800 / 100000 × 1000 = 8.000000000000002 that scripts would have to round away. */
static void
add_kpi (JsonBuilder *builder,
         const char  *key,
         const MrKpi *kpi)
{
  mr_json_add_double (builder, key, kpi->has_value ? round (kpi->value * 1e4) / 1e4 : NAN);
}

static void
build_kpis (JsonBuilder      *builder,
            const MrKpiInput *input,
            const MrKpiSet   *set)
{
  json_builder_set_member_name (builder, "kpis");
  json_builder_begin_object (builder);
  add_kpi (builder, "spend", &set->kpis[MR_KPI_SPEND]);
  add_kpi (builder, "revenue", &set->kpis[MR_KPI_REVENUE]);
  mr_json_add_count (builder, "impressions", input->impressions);
  mr_json_add_count (builder, "clicks", input->clicks);
  mr_json_add_count (builder, "conversions", input->conversions);
  mr_json_add_count (builder, "engagements", input->engagements);
  add_kpi (builder, "ctr", &set->kpis[MR_KPI_CTR]);
  add_kpi (builder, "cpm", &set->kpis[MR_KPI_CPM]);
  add_kpi (builder, "cpe", &set->kpis[MR_KPI_CPE]);
  add_kpi (builder, "cpa", &set->kpis[MR_KPI_CPA]);
  add_kpi (builder, "roas", &set->kpis[MR_KPI_ROAS]);
  add_kpi (builder, "roi", &set->kpis[MR_KPI_ROI]);
  json_builder_end_object (builder);
}

static const char *
hint_to_string (MrKpiHint hint)
{
  switch (hint)
    {
    case MR_KPI_HINT_SCALE_UP:
      return "scale-up";
    case MR_KPI_HINT_REVIEW:
      return "review";
    case MR_KPI_HINT_NONE:
    default:
      return NULL;
    }
}

static void
build_deliverables (JsonBuilder      *builder,
                    MrCampaignMember *member)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);

  json_builder_set_member_name (builder, "deliverables");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "title", mr_deliverable_get_title (deliverable));
      mr_json_add_string (builder, "due", mr_deliverable_get_due_date (deliverable));
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, mr_deliverable_get_done (deliverable));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
build_member (JsonBuilder            *builder,
              MrStore                *store,
              MrCampaignMember       *member,
              const MrMemberFigures  *figures,
              GError                **error)
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
  mr_json_add_string (builder, "creator", creator != NULL ? mr_creator_get_name (creator) : NULL);
  /* Names need not be unique: the id says which creator, as in "creators". */
  mr_json_add_count (builder, "creator_id", creator != NULL ? mr_creator_get_id (creator) : -1);
  mr_json_add_string (builder, "platform",
              account != NULL ? mr_platform_to_string (mr_account_get_platform (account)) : NULL);
  mr_json_add_string (builder, "handle", account != NULL ? mr_account_get_handle (account) : NULL);
  mr_json_add_double (builder, "fee", mr_campaign_member_get_fee (member));
  build_deliverables (builder, member);
  mr_json_add_string (builder, "promo_code", mr_campaign_member_get_promo_code (member));
  mr_json_add_string (builder, "link", mr_campaign_member_get_link (member));
  mr_json_add_string (builder, "status", mr_member_status_to_string (mr_campaign_member_get_status (member)));

  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      const MrResultRow *row = &g_array_index (results, MrResultRow, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "date", row->date);
      mr_json_add_count (builder, "impressions", row->impressions);
      mr_json_add_count (builder, "reach", row->reach);
      mr_json_add_count (builder, "clicks", row->clicks);
      mr_json_add_count (builder, "conversions", row->conversions);
      mr_json_add_double (builder, "revenue", row->revenue);
      mr_json_add_count (builder, "engagements", row->engagements);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  build_kpis (builder, &figures->input, &figures->kpis);
  mr_json_add_string (builder, "hint", hint_to_string (figures->hint));
  json_builder_end_object (builder);
  return TRUE;
}

static gboolean
build_campaign (JsonBuilder  *builder,
                MrStore      *store,
                MrCampaign   *campaign,
                GError      **error)
{
  g_autoptr(MrCampaignFigures) figures = mr_store_compute_campaign (store, campaign, error);

  if (figures == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  add_id (builder, mr_campaign_get_id (campaign));
  mr_json_add_string (builder, "name", mr_campaign_get_name (campaign));
  mr_json_add_string (builder, "brand", mr_campaign_get_brand (campaign));
  mr_json_add_string (builder, "goal", mr_campaign_goal_to_string (mr_campaign_get_goal (campaign)));
  mr_json_add_string (builder, "kind", mr_campaign_kind_to_string (mr_campaign_get_kind (campaign)));
  mr_json_add_string (builder, "start", mr_campaign_get_start_date (campaign));
  mr_json_add_string (builder, "end", mr_campaign_get_end_date (campaign));
  mr_json_add_double (builder, "budget", mr_campaign_get_budget (campaign));
  mr_json_add_string (builder, "currency", mr_campaign_get_currency (campaign));
  mr_json_add_double (builder, "target_roas", mr_campaign_get_target_roas (campaign));
  mr_json_add_string (builder, "platforms", mr_campaign_get_platforms (campaign));
  mr_json_add_double (builder, "target_ctr_min", mr_campaign_get_target_ctr_min (campaign));
  mr_json_add_double (builder, "target_ctr_max", mr_campaign_get_target_ctr_max (campaign));
  mr_json_add_string (builder, "notes", mr_campaign_get_notes (campaign));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, mr_campaign_get_archived (campaign));

  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < figures->n_members; i++)
    if (!build_member (builder, store, figures->members[i].member, &figures->members[i], error))
      return FALSE;
  json_builder_end_array (builder);

  build_kpis (builder, &figures->input, &figures->kpis);
  json_builder_end_object (builder);
  return TRUE;
}

static void
build_moment (JsonBuilder *builder,
              MrMoment    *moment)
{
  json_builder_begin_object (builder);
  add_id (builder, mr_moment_get_id (moment));
  mr_json_add_string (builder, "title", mr_moment_get_title (moment));
  mr_json_add_string (builder, "intent", mr_intent_to_string (mr_moment_get_intent (moment)));
  mr_json_add_string (builder, "trigger", mr_moment_get_trigger (moment));
  mr_json_add_time (builder, "detected_at", mr_moment_get_detected_at (moment));
  mr_json_add_time (builder, "respond_by", mr_moment_get_respond_by (moment));
  mr_json_add_time (builder, "responded_at", mr_moment_get_responded_at (moment));
  mr_json_add_string (builder, "status", mr_moment_status_to_string (mr_moment_get_status (moment)));
  mr_json_add_string (builder, "source", mr_moment_get_source (moment));
  mr_json_add_string (builder, "channel", mr_moment_get_channel (moment));
  mr_json_add_string (builder, "notes", mr_moment_get_notes (moment));
  mr_json_add_count (builder, "campaign", mr_moment_get_campaign_id (moment) > 0
                                          ? mr_moment_get_campaign_id (moment) : -1);
  mr_json_add_count (builder, "creator", mr_moment_get_creator_id (moment) > 0
                                         ? mr_moment_get_creator_id (moment) : -1);
  json_builder_end_object (builder);
}

static gboolean
write_creators (MrJsonStream  *stream,
                MrStore       *store,
                GError       **error)
{
  GListModel *list = mr_store_get_creators (store);

  mr_json_stream_begin_array (stream, "creators");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (list, i);

      if (!build_creator (mr_json_stream_begin_element (stream), store, creator, error) ||
          !mr_json_stream_end_element (stream, error))
        return FALSE;
    }
  mr_json_stream_end_array (stream);
  return TRUE;
}

static gboolean
write_campaigns (MrJsonStream  *stream,
                 MrStore       *store,
                 GError       **error)
{
  GListModel *list = mr_store_get_campaigns (store);

  mr_json_stream_begin_array (stream, "campaigns");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (list, i);

      if (!build_campaign (mr_json_stream_begin_element (stream), store, campaign, error) ||
          !mr_json_stream_end_element (stream, error))
        return FALSE;
    }
  mr_json_stream_end_array (stream);
  return TRUE;
}

static gboolean
write_moments (MrJsonStream  *stream,
               MrStore       *store,
               GError       **error)
{
  GListModel *list = mr_store_get_moments (store);

  mr_json_stream_begin_array (stream, "moments");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (list, i);

      build_moment (mr_json_stream_begin_element (stream), moment);
      if (!mr_json_stream_end_element (stream, error))
        return FALSE;
    }
  mr_json_stream_end_array (stream);
  return TRUE;
}

/**
 * mr_json_export_write:
 * @store: the store to export
 * @output: where the export goes
 * @pretty: whether to indent it (as `--export-json` does) or to write it on one line
 * @error: return location for an error: the store's (#MrStoreError) or @output's
 *   (%G_IO_ERROR)
 *
 * Writes the JSON export of DESIGN.md §5 to @output while it is made, one creator,
 * campaign, search entry or moment at a time, so that it needs memory for one of those
 * rather than for the whole document. On a failure part of the document may have been
 * written. @output is flushed, not closed.
 *
 * Returns: %TRUE when all of the export was written
 */
gboolean
mr_json_export_write (MrStore        *store,
                      GOutputStream  *output,
                      gboolean        pretty,
                      GError        **error)
{
  g_autoptr(MrJsonStream) stream = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = mr_json_stream_new (output, pretty);
  mr_json_stream_add_int (stream, "schema", MR_JSON_EXPORT_SCHEMA);

  return write_creators (stream, store, error) &&
         write_campaigns (stream, store, error) &&
         mr_json_write_search (stream, store, error) &&
         write_moments (stream, store, error) &&
         mr_json_stream_finish (stream, error);
}

/* The whole export as one string (with a pretty one, as `--export-json` prints it, less
 * its final newline): for tests and other small stores. */
char *
mr_json_export_to_string (MrStore   *store,
                          gboolean   pretty,
                          GError   **error)
{
  g_autoptr(GOutputStream) output = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  output = g_memory_output_stream_new_resizable ();
  if (!mr_json_export_write (store, output, pretty, error) ||
      !g_output_stream_write_all (output, "", 1, NULL, NULL, error) ||
      !g_output_stream_close (output, NULL, error))
    return NULL;

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
}

/* The export read back as a tree, for callers that look into it. */
JsonNode *
mr_json_export_build (MrStore  *store,
                      GError  **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = mr_json_export_to_string (store, FALSE, error);
  if (text == NULL)
    return NULL;

  return json_from_string (text, error);
}
