/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-vetting-settings"

#include "config.h"

#include "mr-vetting-settings.h"

/* The Preferences the creators' metrics are computed with: the tier scheme, the
 * user's changes to the benchmarks, and the currency of prices. */

/**
 * mr_vetting_settings_new:
 *
 * Returns: (transfer full) (nullable): Microreach's settings, or %NULL when the schema
 *   is not installed (a headless run from a bare build): the built-in defaults apply
 */
GSettings *
mr_vetting_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/* Computes the store's metrics again with @settings (the defaults when %NULL). */
gboolean
mr_vetting_settings_apply (GSettings  *settings,
                           MrStore    *store,
                           GError    **error)
{
  MrTierScheme scheme = MR_TIER_SCHEME_DEFAULT;
  g_autoptr(MrBenchmarks) benchmarks = NULL;
  g_autoptr(GVariant) edits = NULL;
  g_autofree char *scheme_id = NULL;
  g_autofree char *currency = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (MR_IS_STORE (store), FALSE);

  if (settings != NULL)
    {
      scheme_id = g_settings_get_string (settings, "tier-scheme");
      if (!mr_tier_scheme_from_string (scheme_id, &scheme))
        scheme = MR_TIER_SCHEME_DEFAULT;
      edits = g_settings_get_value (settings, "benchmarks");
      benchmarks = mr_benchmarks_new_from_variant (edits);
      currency = g_settings_get_string (settings, "default-currency");
    }

  return mr_store_set_vetting_settings (store, scheme, benchmarks, currency, error);
}
