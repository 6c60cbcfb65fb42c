/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text (@length bytes, after an optional UTF-8 byte-order mark) holds one JSON
 * value and nothing after it but white space. json-glib 1.6 reads what follows a first
 * value as more values, keeps the first and loses the others (and their memory): an
 * answer or a file holding two would be read as if it held one. Whether the value
 * itself is well formed is for json-glib to say. */
gboolean mr_json_text_is_one_value (const char *text,
                                    gsize       length);

G_END_DECLS
