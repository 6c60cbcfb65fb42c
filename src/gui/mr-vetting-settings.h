/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-store.h"

G_BEGIN_DECLS

GSettings *mr_vetting_settings_new   (void);
gboolean   mr_vetting_settings_apply (GSettings  *settings,
                                      MrStore    *store,
                                      GError    **error);

G_END_DECLS
