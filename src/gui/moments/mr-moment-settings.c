/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moment-settings"

#include "config.h"

#include "mr-moment-settings.h"

/* DESIGN.md §4: k = 2 by default, 1.5 and 3 as presets. */
const MrSpikeSensitivity mr_spike_sensitivities[3] = {
  { "high", 1.5 },
  { "normal", 2.0 },
  { "low", 3.0 },
};

static void
read_settings (GSettings        *settings,
               MrMomentSettings *moment_settings)
{
  g_autofree char *sensitivity = NULL;

  mr_moment_settings_init (moment_settings);
  if (settings == NULL)
    return;

  moment_settings->response_hours = (guint) MAX (g_settings_get_int (settings,
                                                                     "moment-response-hours"), 1);
  sensitivity = g_settings_get_string (settings, "spike-sensitivity");
  for (guint i = 0; i < G_N_ELEMENTS (mr_spike_sensitivities); i++)
    if (g_str_equal (sensitivity, mr_spike_sensitivities[i].id))
      moment_settings->demand.k = mr_spike_sensitivities[i].k;
}

void
mr_moment_settings_apply (GSettings *settings,
                          MrStore   *store)
{
  MrMomentSettings moment_settings;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (MR_IS_STORE (store));

  read_settings (settings, &moment_settings);
  mr_store_set_moment_settings (store, &moment_settings);
}
