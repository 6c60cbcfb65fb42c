/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mr-account.h"
#include "mr-store.h"

G_BEGIN_DECLS

/* Members of the export's objects. Unknown values are written as null, never as a zero
 * that looks like a result: a count below 0, a NAN amount, a NULL text or time. */
void     mr_json_add_count     (JsonBuilder  *builder,
                                const char   *key,
                                gint64        value);
void     mr_json_add_double    (JsonBuilder  *builder,
                                const char   *key,
                                double        value);
void     mr_json_add_string    (JsonBuilder  *builder,
                                const char   *key,
                                const char   *value);
void     mr_json_add_time      (JsonBuilder  *builder,
                                const char   *key,
                                GDateTime    *value);

/* One element of a creator's "accounts", and the top-level "search" array. */
gboolean mr_json_build_account (JsonBuilder  *builder,
                                MrStore      *store,
                                MrAccount    *account,
                                GError      **error);
gboolean mr_json_build_search  (JsonBuilder  *builder,
                                MrStore      *store,
                                GError      **error);

G_END_DECLS
