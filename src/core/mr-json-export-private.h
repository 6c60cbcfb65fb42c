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

/* The export as it is written (mr-json-export-stream.c): the top-level object, whose
 * members are numbers or arrays. An element of an array is built with the builder
 * mr_json_stream_begin_element () returns, as one value, and written out by
 * mr_json_stream_end_element (); only these and mr_json_stream_finish () write, and
 * fail with the output stream's error. */
typedef struct _MrJsonStream MrJsonStream;

MrJsonStream *mr_json_stream_new           (GOutputStream  *output,
                                            gboolean        pretty);
void          mr_json_stream_free          (MrJsonStream   *self);
void          mr_json_stream_add_int       (MrJsonStream   *self,
                                            const char     *key,
                                            gint64          value);
void          mr_json_stream_begin_array   (MrJsonStream   *self,
                                            const char     *key);
JsonBuilder  *mr_json_stream_begin_element (MrJsonStream   *self);
gboolean      mr_json_stream_end_element   (MrJsonStream   *self,
                                            GError        **error);
void          mr_json_stream_end_array     (MrJsonStream   *self);
gboolean      mr_json_stream_finish        (MrJsonStream   *self,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrJsonStream, mr_json_stream_free)

/* One element of a creator's "accounts"; the top-level "search" array. */
gboolean mr_json_build_account (JsonBuilder   *builder,
                                MrStore       *store,
                                MrAccount     *account,
                                GError       **error);
gboolean mr_json_write_search  (MrJsonStream  *stream,
                                MrStore       *store,
                                GError       **error);

G_END_DECLS
