/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-engagement"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-engagement.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

static const char * const basis_ids[] = {
  "followers", "reach", "views",
};
static const char * const basis_labels[] = {
  NC_("engagement basis", "By followers"),
  NC_("engagement basis", "By reach"),
  NC_("engagement basis", "By views"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (basis_ids) == MR_N_ENGAGEMENT_BASES);
G_STATIC_ASSERT (G_N_ELEMENTS (basis_labels) == MR_N_ENGAGEMENT_BASES);

static gboolean
basis_is_valid (MrEngagementBasis basis)
{
  return (guint) basis < MR_N_ENGAGEMENT_BASES;
}

const char *
mr_engagement_basis_to_string (MrEngagementBasis basis)
{
  g_return_val_if_fail (basis_is_valid (basis), NULL);

  return basis_ids[basis];
}

gboolean
mr_engagement_basis_from_string (const char        *s,
                                 MrEngagementBasis *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (basis_ids, G_N_ELEMENTS (basis_ids), s, &value))
    return FALSE;

  *out = (MrEngagementBasis) value;
  return TRUE;
}

const char *
mr_engagement_basis_get_label (MrEngagementBasis basis)
{
  g_return_val_if_fail (basis_is_valid (basis), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "engagement basis", basis_labels[basis]);
}

/* The rate a creator is judged by is the rate by followers on every platform. The
 * benchmarks DESIGN.md gives (Instagram micro 6 %, TikTok micro 18 % …) are rates by
 * followers, so only that rate compares like with like; every export and roster has a
 * follower count, while reach is only in Meta's exports and views only in TikTok's and
 * YouTube's. The rate by views (TikTok, YouTube) and by reach (Instagram) are shown
 * beside it where the posts carry those figures, each named as such. */
MrEngagementBasis
mr_engagement_primary_basis (MrPlatform platform)
{
  g_return_val_if_fail ((guint) platform <= MR_PLATFORM_OTHER, MR_ENGAGEMENT_BY_FOLLOWERS);

  return MR_ENGAGEMENT_BY_FOLLOWERS;
}

static const char *
formula (MrEngagementBasis basis,
         gboolean          extended)
{
  switch (basis)
    {
    case MR_ENGAGEMENT_BY_FOLLOWERS:
      return extended ? _("(likes + comments + shares + saves) ÷ followers")
                      : _("(likes + comments) ÷ followers");
    case MR_ENGAGEMENT_BY_REACH:
      return extended ? _("(likes + comments + shares + saves) ÷ reach")
                      : _("(likes + comments) ÷ reach");
    case MR_ENGAGEMENT_BY_VIEWS:
      return extended ? _("(likes + comments + shares + saves) ÷ views")
                      : _("(likes + comments) ÷ views");
    default:
      g_assert_not_reached ();
    }
}

/* The interactions a post counts, or -1 when one of them is not known. */
static gint64
post_engagements (const MrPostStats *post,
                  gboolean           extended)
{
  gint64 sum;

  if (post->likes < 0 || post->comments < 0)
    return -1;
  sum = post->likes + post->comments;

  if (extended)
    {
      if (post->shares < 0 || post->saves < 0)
        return -1;
      sum += post->shares + post->saves;
    }

  return sum;
}

static gint64
post_denominator (const MrPostStats *post,
                  gint64             followers,
                  MrEngagementBasis  basis)
{
  switch (basis)
    {
    case MR_ENGAGEMENT_BY_FOLLOWERS:
      return followers;
    case MR_ENGAGEMENT_BY_REACH:
      return post->reach;
    case MR_ENGAGEMENT_BY_VIEWS:
      return post->views;
    default:
      g_assert_not_reached ();
    }
}

/* One post's rate in %. FALSE, and no rate, when a figure it needs is not known or the
 * denominator is zero: a post nobody saw has no rate, not an infinite one. */
gboolean
mr_engagement_post_rate (const MrPostStats *post,
                         gint64             followers,
                         MrEngagementBasis  basis,
                         gboolean           extended,
                         double            *out_rate)
{
  gint64 engagements, denominator;

  g_return_val_if_fail (post != NULL, FALSE);
  g_return_val_if_fail (basis_is_valid (basis), FALSE);
  g_return_val_if_fail (out_rate != NULL, FALSE);

  engagements = post_engagements (post, extended);
  denominator = post_denominator (post, followers, basis);
  if (engagements < 0 || denominator <= 0)
    return FALSE;

  *out_rate = (double) engagements / (double) denominator * 100.0;
  return TRUE;
}

static MrEngagement *
engagement_new (MrEngagementBasis basis,
                gboolean          extended)
{
  MrEngagement *engagement = g_new0 (MrEngagement, 1);

  engagement->has_value = FALSE;
  engagement->rate = NAN;
  engagement->has_median = FALSE;
  engagement->median = NAN;
  engagement->basis = basis;
  engagement->extended = extended;
  engagement->mean_engagements = NAN;

  return engagement;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const MrPostStats *pa = *(const MrPostStats * const *) a;
  const MrPostStats *pb = *(const MrPostStats * const *) b;

  return (pa->published_at < pb->published_at) - (pa->published_at > pb->published_at);
}

static char *
explain_posts (const MrEngagement *engagement)
{
  g_autofree char *rate_sentence = NULL;
  g_autofree char *skipped_sentence = NULL;

  if (!engagement->has_value && engagement->n_skipped > 0)
    {
      /* Translators: %d is a number of days, %s a formula such as
       * "(likes + comments) ÷ followers". */
      return g_strdup_printf (_("No engagement rate: no post of the last %d days has the figures for %s."),
                              MR_ENGAGEMENT_WINDOW_DAYS,
                              formula (engagement->basis, engagement->extended));
    }

  if (!engagement->has_value)
    {
      /* Translators: %d is a number of days. */
      return g_strdup_printf (_("No engagement rate: there are no posts from the last %d days."),
                              MR_ENGAGEMENT_WINDOW_DAYS);
    }

  /* Translators: %u is a number of posts, %d a number of days, %s a formula such as
   * "(likes + comments) ÷ followers". */
  if (engagement->to_newest_post)
    /* Translators: %u is a number of posts, %d a number of days, %s a formula such as
     * "(likes + comments) ÷ followers". The window ends at the newest post, which may be
     * long ago: say so. */
    rate_sentence = g_strdup_printf (ngettext ("Mean of %u post from the %d days up to the newest post, %s.",
                                               "Mean of %u posts from the %d days up to the newest post, %s.",
                                               engagement->n_posts),
                                     engagement->n_posts, MR_ENGAGEMENT_WINDOW_DAYS,
                                     formula (engagement->basis, engagement->extended));
  else
    rate_sentence = g_strdup_printf (ngettext ("Mean of %u post from the last %d days, %s.",
                                               "Mean of %u posts from the last %d days, %s.",
                                               engagement->n_posts),
                                     engagement->n_posts, MR_ENGAGEMENT_WINDOW_DAYS,
                                     formula (engagement->basis, engagement->extended));
  if (engagement->n_skipped == 0)
    return g_steal_pointer (&rate_sentence);

  /* Translators: %u is a number of posts. */
  skipped_sentence = g_strdup_printf (ngettext ("%u post was left out because its date or the figures for this rate are not known.",
                                                "%u posts were left out because their date or the figures for this rate are not known.",
                                                engagement->n_skipped),
                                      engagement->n_skipped);

  return g_strjoin (" ", rate_sentence, skipped_sentence, NULL);
}

static char *
explain_followers (gint64 followers)
{
  if (followers < 0)
    return g_strdup (_("No engagement rate: the follower count is not known."));

  return g_strdup (_("No engagement rate: the account has no followers to divide by."));
}

/* The rate over the window described at MR_ENGAGEMENT_WINDOW_DAYS. now is the
 * reference time (Unix seconds), or 0 for the newest post's time; posts after it are
 * outside the window. followers matters only for MR_ENGAGEMENT_BY_FOLLOWERS, where an
 * unknown (negative) or zero count gives no value. Always returns a result; see
 * has_value. */
MrEngagement *
mr_engagement_for_posts (const MrPostStats *posts,
                         gsize              n_posts,
                         gint64             followers,
                         MrEngagementBasis  basis,
                         gboolean           extended,
                         gint64             now)
{
  g_autoptr(GPtrArray) window = NULL;
  g_autofree double *rates = NULL;
  MrEngagement *engagement;
  gint64 reference = now;
  gint64 oldest;
  double rate_sum = 0.0;
  double engagement_sum = 0.0;
  guint n_undated = 0;

  g_return_val_if_fail (posts != NULL || n_posts == 0, NULL);
  g_return_val_if_fail (basis_is_valid (basis), NULL);
  g_return_val_if_fail (now >= 0, NULL);

  engagement = engagement_new (basis, extended);

  for (gsize i = 0; i < n_posts; i++)
    {
      if (posts[i].published_at == 0)
        n_undated++;
      else if (now == 0)
        reference = MAX (reference, posts[i].published_at);
    }

  window = g_ptr_array_new ();
  oldest = reference - (gint64) MR_ENGAGEMENT_WINDOW_DAYS * SECONDS_PER_DAY;
  for (gsize i = 0; i < n_posts; i++)
    {
      const MrPostStats *post = &posts[i];

      if (post->published_at != 0 && post->published_at <= reference &&
          post->published_at >= oldest)
        g_ptr_array_add (window, (gpointer) post);
    }
  g_ptr_array_sort (window, compare_newest_first);
  if (window->len > MR_ENGAGEMENT_MAX_POSTS)
    g_ptr_array_set_size (window, MR_ENGAGEMENT_MAX_POSTS);

  if (basis == MR_ENGAGEMENT_BY_FOLLOWERS && followers <= 0)
    {
      engagement->n_skipped = window->len + n_undated;
      engagement->explanation = explain_followers (followers);
      return engagement;
    }

  rates = g_new (double, MAX (window->len, 1));
  engagement->n_skipped = n_undated;
  for (guint i = 0; i < window->len; i++)
    {
      const MrPostStats *post = g_ptr_array_index (window, i);
      double rate;

      if (!mr_engagement_post_rate (post, followers, basis, extended, &rate))
        {
          engagement->n_skipped++;
          continue;
        }

      rates[engagement->n_posts++] = rate;
      rate_sum += rate;
      engagement_sum += (double) post_engagements (post, extended);
    }

  if (engagement->n_posts > 0)
    {
      engagement->has_value = TRUE;
      engagement->rate = rate_sum / engagement->n_posts;
      engagement->has_median = TRUE;
      engagement->median = mr_median (rates, engagement->n_posts);
      engagement->mean_engagements = engagement_sum / engagement->n_posts;
    }
  engagement->to_newest_post = now == 0;
  engagement->explanation = explain_posts (engagement);

  return engagement;
}

/* The rate by followers from a roster row's average likes and comments per post
 * (negative when the roster does not give them). The roster states one figure, so
 * there is no median and no count of posts. */
MrEngagement *
mr_engagement_for_averages (double average_likes,
                            double average_comments,
                            gint64 followers)
{
  MrEngagement *engagement;

  g_return_val_if_fail (isfinite (average_likes) && isfinite (average_comments), NULL);

  engagement = engagement_new (MR_ENGAGEMENT_BY_FOLLOWERS, FALSE);

  if (followers <= 0)
    {
      engagement->explanation = explain_followers (followers);
      return engagement;
    }

  if (average_likes < 0 || average_comments < 0)
    {
      engagement->explanation = g_strdup (_("No engagement rate: the roster does not give average likes and comments."));
      return engagement;
    }

  engagement->has_value = TRUE;
  engagement->mean_engagements = average_likes + average_comments;
  engagement->rate = engagement->mean_engagements / (double) followers * 100.0;
  engagement->explanation = g_strdup_printf (_("From the roster’s average likes and comments per post, %s."),
                                             formula (engagement->basis, engagement->extended));

  return engagement;
}

void
mr_engagement_free (MrEngagement *engagement)
{
  if (engagement == NULL)
    return;

  g_free (engagement->explanation);
  g_free (engagement);
}
