/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mr-store.h"

G_BEGIN_DECLS

/* The version of the JSON export's shape (DESIGN.md §5); bumped when a key is renamed. */
#define MR_JSON_EXPORT_SCHEMA 1

gboolean  mr_json_export_write     (MrStore        *store,
                                    GOutputStream  *output,
                                    gboolean        pretty,
                                    GError        **error);
char     *mr_json_export_to_string (MrStore        *store,
                                    gboolean        pretty,
                                    GError        **error);
JsonNode *mr_json_export_build     (MrStore        *store,
                                    GError        **error);

G_END_DECLS
