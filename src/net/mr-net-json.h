/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Field-by-field reading of a server's answer, which as a whole must be an object
 * (or a list). Each get_ reads @member of @object, which the answer reaches at @path
 * ("feed[3].post"; "" for the top), and fails with MR_NET_ERROR_MALFORMED naming the
 * field ("feed[3].post.likeCount") when it has the wrong type, or is missing and
 * @required. A missing optional member leaves *@out as it was and answers TRUE.
 * Objects, arrays and strings are borrowed from @object. */
gboolean mr_net_json_root_object (JsonNode    *root,
                                  JsonObject **out,
                                  GError     **error);
gboolean mr_net_json_root_array  (JsonNode    *root,
                                  JsonArray  **out,
                                  GError     **error);
gboolean mr_net_json_get_object  (JsonObject  *object,
                                  const char  *path,
                                  const char  *member,
                                  gboolean     required,
                                  JsonObject **out,
                                  GError     **error);
/* Element @index of @array, which the answer reaches at @path ("feed"; "" for the
 * top), as an object; *@element_path names it ("feed[3]") for the fields read from it,
 * and is set, for the caller to free, whether or not it is an object. */
gboolean mr_net_json_get_element (JsonArray   *array,
                                  const char  *path,
                                  guint        index,
                                  char       **element_path,
                                  JsonObject **out,
                                  GError     **error);
gboolean mr_net_json_get_array   (JsonObject  *object,
                                  const char  *path,
                                  const char  *member,
                                  gboolean     required,
                                  JsonArray  **out,
                                  GError     **error);
gboolean mr_net_json_get_string  (JsonObject  *object,
                                  const char  *path,
                                  const char  *member,
                                  gboolean     required,
                                  const char **out,
                                  GError     **error);
/* A whole number, 0 or more. */
gboolean mr_net_json_get_count   (JsonObject  *object,
                                  const char  *path,
                                  const char  *member,
                                  gboolean     required,
                                  gint64      *out,
                                  GError     **error);
/* The same, also written as a string of digits ("1234"), as Google's APIs do. */
gboolean mr_net_json_get_count_text (JsonObject  *object,
                                     const char  *path,
                                     const char  *member,
                                     gboolean     required,
                                     gint64      *out,
                                     GError     **error);
/* An ISO 8601 date and time with a zone, as Unix seconds. */
gboolean mr_net_json_get_time    (JsonObject  *object,
                                  const char  *path,
                                  const char  *member,
                                  gboolean     required,
                                  gint64      *out,
                                  GError     **error);

G_END_DECLS
