/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the roster can be narrowed by, besides the search text. Within a facet, a creator
 * matching any chosen value stays; a facet without chosen values lets everyone through. */
typedef enum
{
  MR_ROSTER_FACET_PLATFORM,        /* values: MrPlatform */
  MR_ROSTER_FACET_TIER,            /* values: MrTier */
  MR_ROSTER_FACET_STATUS,          /* values: MrCreatorStatus */
  MR_ROSTER_FACET_RECOMMENDATION,  /* values: MrRecommendation */
  MR_N_ROSTER_FACETS
} MrRosterFacet;

#define MR_TYPE_ROSTER_FILTER (mr_roster_filter_get_type ())
G_DECLARE_FINAL_TYPE (MrRosterFilter, mr_roster_filter, MR, ROSTER_FILTER, GtkFilter)

MrRosterFilter *mr_roster_filter_new        (void);
/* Every word of @search must occur in the name, a handle ("@name") or the niche. */
void            mr_roster_filter_set_search (MrRosterFilter *self,
                                             const char     *search);
void            mr_roster_filter_set_chosen (MrRosterFilter *self,
                                             MrRosterFacet   facet,
                                             int             value,
                                             gboolean        chosen);
/* Whether anything (search or facet) narrows the roster. */
gboolean        mr_roster_filter_is_active  (MrRosterFilter *self);
guint           mr_roster_filter_get_n_chosen (MrRosterFilter *self);
void            mr_roster_filter_clear      (MrRosterFilter *self);

G_END_DECLS
