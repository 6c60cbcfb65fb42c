/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-net-pager.h"

G_BEGIN_DECLS

/* What a fetch does with a server's answers, apart from asking for them: for the fuzzers
 * (tests/fuzz), which read answers as a fetch does without a server. */

/* An answer's body as JSON, or NULL and MR_NET_ERROR_MALFORMED naming @host. */
JsonNode   *mr_net_parse_answer         (GBytes               *body,
                                         const char           *host,
                                         GError              **error);

/* YouTube, after the uploads playlist's last page: the address of the next batch of
 * videos (NULL once every video was asked for), and the reading of its answer. */
char       *mr_net_youtube_next_videos  (MrNetPager           *pager);
gboolean    mr_net_youtube_read_videos  (MrNetPager           *pager,
                                         JsonNode             *root,
                                         GError              **error);
/* What YouTube's answer @root to a refused request (HTTP @status) says: an error in
 * place of @error, which it takes; or @error when it says nothing more. */
GError     *mr_net_youtube_read_refusal (JsonNode             *root,
                                         guint                 status,
                                         GError               *error);

G_END_DECLS
