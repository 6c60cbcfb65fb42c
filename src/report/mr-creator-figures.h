/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart-activity.h"
#include "mr-chart-audience.h"
#include "mr-chart-engagement.h"
#include "mr-chart-followers.h"
#include "mr-creator.h"
#include "mr-store.h"

G_BEGIN_DECLS

/* A creator's figures as the charts draw them, read from the store once for the
 * window's charts and for the report alike, so both show the same thing.
 *
 * The follower history and the posts are the primary account's; the spikes and the
 * rates' basis are the vetting's, so that the charts show what the metrics explain.
 * The audience and its activity come from the primary account when it has them, else
 * from another of the creator's accounts (a TikTok export has them where an Instagram
 * one has not); their source then says whose they are. Without activity figures, the
 * heat map is taken from when the primary account's posts did best. */

typedef struct
{
  MrVetting             *vetting;           /* the creator's own, else computed */
  MrAccount             *primary;           /* NULL when no account is stored yet */
  gboolean               several_accounts;  /* say which account a chart is from */
  GArray                *follower_days;     /* MrFollowerDay, oldest first */
  MrChartFollowersData   followers;         /* into follower_days and the vetting */
  GArray                *posts;             /* MrChartPost: the engagement rate's posts */
  MrChartEngagementData  engagement;        /* into posts */
  MrChartAudienceData   *audience;          /* never NULL */
  MrAccount             *audience_source;   /* NULL without audience figures */
  MrChartActivityData   *activity;          /* never NULL */
  MrAccount             *activity_source;   /* NULL without activity */

  /*< private >*/
  GPtrArray             *post_rows;         /* MrPostRow: the captions posts point into */
} MrCreatorFigures;

MrCreatorFigures *mr_creator_figures_load (MrStore           *store,
                                           MrCreator         *creator,
                                           GError           **error);
void              mr_creator_figures_free (MrCreatorFigures  *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrCreatorFigures, mr_creator_figures_free)

G_END_DECLS
