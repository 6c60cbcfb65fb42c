/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-creator.h"

G_BEGIN_DECLS

/* What the roster sorts and searches a creator by, worked out once per creator rather
 * than for every comparison and every keystroke. */
typedef struct
{
  char   *search_text;   /* mr_roster_key_get_search_text ()'s, once a search asked */
  gint64  followers;     /* of the largest account, MR_UNKNOWN_COUNT when none is known */
  guint   platforms;     /* 1 << MrPlatform for each of the creator's accounts */
} MrRosterKey;

const MrRosterKey *mr_roster_key_get            (MrCreator  *creator);
/* Folded: the name, each "@handle", the niche; '\n' between. */
const char        *mr_roster_key_get_search_text (MrCreator  *creator);
/* The keys are worked out again, when next asked for, after the creators changed. */
void               mr_roster_key_invalidate_all (void);

G_END_DECLS
