/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-store.h"

G_BEGIN_DECLS

/* The Preferences micro-moments are detected with: the spike sensitivity (k) and the
 * response window. */

/* The presets of the "spike-sensitivity" key, in the order the Preferences list them. */
typedef struct
{
  const char *id;
  double      k;
} MrSpikeSensitivity;

extern const MrSpikeSensitivity mr_spike_sensitivities[3];

/* Gives @store the moment settings of @settings, or the defaults when it is %NULL (no
 * schema installed). */
void mr_moment_settings_apply (GSettings *settings,
                               MrStore   *store);

G_END_DECLS
