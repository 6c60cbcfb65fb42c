/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-quality"

#include "config.h"

#include <math.h>

#include "mr-consistency.h"
#include "mr-quality.h"

/* Engagement quality and posting consistency, from hand-made posts. */

#define NOW ((gint64) 1740000000)   /* 19 February 2025, 21:20 UTC */
#define DAY ((gint64) 86400)

static MrPostStats
post_at (double days_ago,
         gint64 likes,
         gint64 comments,
         gint64 saves,
         gint64 shares)
{
  MrPostStats post = {
    NOW - (gint64) llround (days_ago * DAY), MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN,
    likes, comments, shares, saves,
  };

  return post;
}

static const MrFlag *
find_flag (GPtrArray  *flags,
           const char *code)
{
  for (guint i = 0; i < flags->len; i++)
    {
      const MrFlag *flag = g_ptr_array_index (flags, i);

      if (g_str_equal (flag->code, code))
        return flag;
    }
  return NULL;
}

/* 3 comments, 5 saves and 2 shares per 100 likes: all within their bands. */
static void
test_quality_usual (void)
{
  MrPostStats posts[10];
  g_autoptr(MrQuality) quality = NULL;
  g_autoptr(MrQuality) with_story = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    posts[i] = post_at (3 + i * 7, 1000, 30, 50, 20);

  quality = mr_quality_compute (posts, G_N_ELEMENTS (posts), NOW, MR_METRIC_UNKNOWN);
  g_assert_cmpuint (quality->n_posts, ==, 10);
  g_assert_cmpint (quality->comments_per_like.numerator, ==, 300);
  g_assert_cmpint (quality->comments_per_like.denominator, ==, 10000);
  g_assert_cmpfloat_with_epsilon (quality->comments_per_like.value, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (quality->saves_per_like.value, 5.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (quality->shares_per_like.value, 2.0, 1e-9);
  g_assert_cmpint (quality->comments_per_like.band, ==, MR_QUALITY_BAND_USUAL);
  g_assert_cmpint (quality->saves_per_like.band, ==, MR_QUALITY_BAND_USUAL);
  g_assert_cmpint (quality->shares_per_like.band, ==, MR_QUALITY_BAND_USUAL);
  g_assert_false (quality->story_completion.has_value);
  /* (50 × 100 + 20 × 90 + 15 × 90) ÷ 85 = 95.9 */
  g_assert_cmpfloat (quality->score, ==, 96.0);
  g_assert_cmpstr (quality->score_reason, ==, "Comments are 3 % of likes, within the usual 1–5 %.");
  g_assert_cmpuint (quality->flags->len, ==, 0);

  /* Stories watched to the end by 75 %: (8150 + 15 × 100) ÷ 100. */
  with_story = mr_quality_compute (posts, G_N_ELEMENTS (posts), NOW, 75.0);
  g_assert_cmpint (with_story->story_completion.band, ==, MR_QUALITY_BAND_HIGH);
  g_assert_cmpfloat (with_story->score, ==, 97.0);
  g_assert_cmpstr (find_flag (with_story->flags, "quality-story-completion-good")->message, ==,
                   "75 % of story viewers watch to the end, above the 70 % that counts as good: "
                   "story placements will be seen.");
}

static void
test_likes_without_comments (void)
{
  MrPostStats posts[10];
  g_autoptr(MrQuality) quality = NULL;
  const MrFlag *flag;

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    posts[i] = post_at (2 + i * 5, 500, i < 3 ? 1 : 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);

  quality = mr_quality_compute (posts, G_N_ELEMENTS (posts), NOW, MR_METRIC_UNKNOWN);
  g_assert_cmpfloat_with_epsilon (quality->comments_per_like.value, 0.06, 1e-9);
  g_assert_cmpint (quality->comments_per_like.band, ==, MR_QUALITY_BAND_VERY_LOW);
  g_assert_false (quality->saves_per_like.has_value);
  g_assert_false (quality->shares_per_like.has_value);
  g_assert_cmpfloat (quality->score, ==, 10.0);
  g_assert_cmpstr (quality->score_reason, ==, "Comments are only 0.06 % of likes: likes without comments.");

  flag = find_flag (quality->flags, "quality-likes-without-comments");
  g_assert_nonnull (flag);
  g_assert_cmpint (flag->severity, ==, MR_SEVERITY_ALERT);
  g_assert_cmpstr (flag->message, ==,
                   "The recent posts got 5,000 likes but only 3 comments (0.06 % of likes; usually "
                   "1–5 %). Likes without comments are what bought likes look like: real fans also talk.");
}

static void
test_comment_bands (void)
{
  /* DESIGN.md's seed example: 500 likes and 800 comments, as a giveaway gets. */
  MrPostStats giveaway = post_at (1, 500, 800, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  MrPostStats quiet = post_at (1, 2000, 12, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  MrPostStats lively = post_at (1, 1000, 80, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  g_autoptr(MrQuality) high = mr_quality_compute (&giveaway, 1, NOW, MR_METRIC_UNKNOWN);
  g_autoptr(MrQuality) low = mr_quality_compute (&quiet, 1, NOW, MR_METRIC_UNKNOWN);
  g_autoptr(MrQuality) community = mr_quality_compute (&lively, 1, NOW, MR_METRIC_UNKNOWN);

  g_assert_cmpfloat_with_epsilon (high->comments_per_like.value, 160.0, 1e-9);
  g_assert_cmpint (high->comments_per_like.band, ==, MR_QUALITY_BAND_VERY_HIGH);
  g_assert_cmpint (find_flag (high->flags, "quality-comment-ratio-high")->severity, ==, MR_SEVERITY_WARNING);
  g_assert_cmpfloat (high->score, ==, 40.0);

  g_assert_cmpint (low->comments_per_like.band, ==, MR_QUALITY_BAND_LOW);
  g_assert_cmpstr (find_flag (low->flags, "quality-comment-ratio-low")->message, ==,
                   "Comments are 0.6 % of likes, below the usual 1–5 %. The audience reacts but "
                   "rarely talks; read a few comments to see whether they are real.");
  g_assert_cmpfloat (low->score, ==, 60.0);

  /* 8 %: a lively community, no flag, a little less than full marks. */
  g_assert_cmpint (community->comments_per_like.band, ==, MR_QUALITY_BAND_HIGH);
  g_assert_cmpuint (community->flags->len, ==, 0);
  g_assert_cmpfloat (community->score, ==, 85.0);
}

/* Only the engagement rate's window counts: 90 days, the 50 newest posts. */
static void
test_quality_window (void)
{
  g_autoptr(GArray) posts = g_array_new (FALSE, FALSE, sizeof (MrPostStats));
  g_autoptr(MrQuality) quality = NULL;
  MrPostStats post;

  for (guint i = 0; i < 50; i++)
    {
      post = post_at (0.5 + i, 1000, 30, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
      g_array_append_val (posts, post);
    }
  /* Older than the 50 newest, and older than 90 days: both left out. */
  post = post_at (60, 5000, 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  g_array_append_val (posts, post);
  post = post_at (120, 5000, 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  g_array_append_val (posts, post);
  /* After "now" and without a date: left out. */
  post = post_at (-2, 5000, 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  g_array_append_val (posts, post);
  post.published_at = 0;
  g_array_append_val (posts, post);

  quality = mr_quality_compute ((const MrPostStats *) (gpointer) posts->data, posts->len, NOW, MR_METRIC_UNKNOWN);
  g_assert_cmpuint (quality->n_posts, ==, 50);
  g_assert_cmpint (quality->comments_per_like.denominator, ==, 50000);
  g_assert_cmpint (quality->comments_per_like.band, ==, MR_QUALITY_BAND_USUAL);
}

/* Without a "now", the window ends at the newest post, as the engagement rate's does. */
static void
test_quality_newest_post (void)
{
  MrPostStats old_posts[] = {
    post_at (200, 1000, 30, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN),
    post_at (300, 5000, 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN),
  };
  g_autoptr(MrQuality) from_newest = mr_quality_compute (old_posts, G_N_ELEMENTS (old_posts), 0, MR_METRIC_UNKNOWN);
  g_autoptr(MrQuality) from_today = mr_quality_compute (old_posts, G_N_ELEMENTS (old_posts), NOW, MR_METRIC_UNKNOWN);

  g_assert_cmpuint (from_newest->n_posts, ==, 1);
  g_assert_cmpfloat_with_epsilon (from_newest->comments_per_like.value, 3.0, 1e-9);
  g_assert_cmpuint (from_today->n_posts, ==, 0);
  g_assert_false (from_today->has_score);
}

static void
test_quality_no_value (void)
{
  MrPostStats few[3];
  g_autoptr(MrQuality) none = mr_quality_compute (NULL, 0, NOW, MR_METRIC_UNKNOWN);
  g_autoptr(MrQuality) stories = mr_quality_compute (NULL, 0, NOW, 40.0);
  g_autoptr(MrQuality) too_few = NULL;

  g_assert_false (none->has_score);
  g_assert_true (isnan (none->score));
  g_assert_false (none->comments_per_like.has_value);
  g_assert_cmpstr (none->score_reason, ==, "No posts in the last 90 days.");
  g_assert_cmpint (find_flag (none->flags, "quality-no-posts")->severity, ==, MR_SEVERITY_INFO);

  /* Story completion is judged without posts: 40 % is low. */
  g_assert_true (stories->has_score);
  g_assert_cmpfloat (stories->score, ==, 40.0);
  g_assert_cmpstr (find_flag (stories->flags, "quality-story-completion-low")->message, ==,
                   "Only 40 % of story viewers watch to the end (good is above 70 %): a brand shown "
                   "late in a story would be missed by most.");

  /* 60 likes say nothing about the comment ratio, even with none. */
  for (guint i = 0; i < G_N_ELEMENTS (few); i++)
    few[i] = post_at (1 + i, 20, 0, MR_METRIC_UNKNOWN, MR_METRIC_UNKNOWN);
  too_few = mr_quality_compute (few, G_N_ELEMENTS (few), NOW, MR_METRIC_UNKNOWN);
  g_assert_false (too_few->has_score);
  g_assert_false (too_few->comments_per_like.has_value);
  g_assert_null (find_flag (too_few->flags, "quality-likes-without-comments"));
  g_assert_cmpstr (find_flag (too_few->flags, "quality-too-few-likes")->message, ==,
                   "The recent posts have only 60 likes with known comments; comment, save and "
                   "share ratios mean something from 100 likes on, so they are left out.");
}

/* A post every 3.5 days, for longer than the window: 26 in 90 days. */
static void
test_posts_per_week (void)
{
  MrPostStats posts[35];
  MrPostStats recent[3] = {
    post_at (1, 10, 1, 0, 0), post_at (4, 10, 1, 0, 0), post_at (9, 10, 1, 0, 0),
  };
  g_autoptr(MrConsistency) consistency = NULL;
  g_autoptr(MrConsistency) new_account = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    posts[i] = post_at (3.5 * i + 1.0 / 24, 100, 5, 0, 0);

  consistency = mr_consistency_compute (posts, G_N_ELEMENTS (posts), NOW);
  g_assert_cmpuint (consistency->n_posts, ==, 26);
  g_assert_cmpuint (consistency->span_days, ==, 90);
  g_assert_cmpfloat_with_epsilon (consistency->posts_per_week, 26.0 * 7.0 / 90.0, 1e-9);
  g_assert_cmpint (consistency->regularity, ==, MR_REGULARITY_REGULAR);
  g_assert_cmpfloat_with_epsilon (consistency->gap_cv, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (consistency->mean_gap_days, 3.5, 1e-9);
  g_assert_cmpint (consistency->days_since_last_post, ==, 0);
  /* 40 × 2.02 ÷ 3 × 100 + 30 × 100 + 30 × 100, ÷ 100 = 86.96 */
  g_assert_cmpfloat (consistency->score, ==, 87.0);
  g_assert_cmpstr (consistency->score_reason, ==, "2 posts a week, at regular intervals.");
  g_assert_cmpuint (consistency->flags->len, ==, 0);

  /* Three posts in nine days, nothing before: counted over two weeks, not nine days. */
  new_account = mr_consistency_compute (recent, G_N_ELEMENTS (recent), NOW);
  g_assert_cmpuint (new_account->span_days, ==, 14);
  g_assert_cmpfloat_with_epsilon (new_account->posts_per_week, 1.5, 1e-9);
  g_assert_cmpint (new_account->regularity, ==, MR_REGULARITY_UNKNOWN);
  g_assert_cmpint (new_account->days_since_last_post, ==, 1);
  g_assert_cmpstr (new_account->score_reason, ==, "1.5 posts a week, too few to judge their rhythm.");
}

/* Gaps of 1, 1 and 10 days: mean 4, standard deviation √18 = 4.24, CV 1.06. */
static void
test_irregular (void)
{
  MrPostStats posts[] = {
    post_at (2, 100, 5, 0, 0), post_at (14, 100, 5, 0, 0),
    post_at (12, 100, 5, 0, 0), post_at (13, 100, 5, 0, 0),
  };
  g_autoptr(MrConsistency) consistency = mr_consistency_compute (posts, G_N_ELEMENTS (posts), NOW);
  const MrFlag *flag;

  g_assert_cmpfloat_with_epsilon (consistency->gap_cv, sqrt (18.0) / 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (consistency->longest_gap_days, 10.0, 1e-9);
  g_assert_cmpint (consistency->regularity, ==, MR_REGULARITY_IRREGULAR);
  g_assert_cmpfloat_with_epsilon (consistency->posts_per_week, 2.0, 1e-9);

  flag = find_flag (consistency->flags, "consistency-irregular");
  g_assert_nonnull (flag);
  g_assert_cmpint (flag->severity, ==, MR_SEVERITY_INFO);
  g_assert_cmpstr (flag->message, ==,
                   "Posts come in bursts with long pauses: the time between posts varies by 106 % "
                   "of its average, and the longest pause was 10 days. Agree on posting dates in the brief.");
  /* 40 × 66.7 + 30 × 43.9 (CV 1.06 between 0.5 and 1.5) + 30 × 100, ÷ 100 = 69.8 */
  g_assert_cmpfloat (consistency->score, ==, 70.0);
  g_assert_cmpstr (consistency->score_reason, ==, "2 posts a week, in bursts with long pauses.");
}

static void
test_inactive (void)
{
  MrPostStats quiet[] = { post_at (45, 100, 5, 0, 0), post_at (50, 100, 5, 0, 0), post_at (55, 100, 5, 0, 0) };
  MrPostStats gone[] = { post_at (120, 100, 5, 0, 0), post_at (130, 100, 5, 0, 0) };
  MrPostStats rare[] = {
    post_at (5, 100, 5, 0, 0), post_at (25, 100, 5, 0, 0), post_at (45, 100, 5, 0, 0),
    post_at (65, 100, 5, 0, 0), post_at (85, 100, 5, 0, 0), post_at (105, 100, 5, 0, 0),
  };
  g_autoptr(MrConsistency) month = mr_consistency_compute (quiet, G_N_ELEMENTS (quiet), NOW);
  g_autoptr(MrConsistency) dormant = mr_consistency_compute (gone, G_N_ELEMENTS (gone), NOW);
  g_autoptr(MrConsistency) infrequent = mr_consistency_compute (rare, G_N_ELEMENTS (rare), NOW);

  g_assert_cmpint (month->days_since_last_post, ==, 45);
  g_assert_cmpint (find_flag (month->flags, "consistency-inactive")->severity, ==, MR_SEVERITY_WARNING);
  g_assert_cmpstr (find_flag (month->flags, "consistency-inactive")->message, ==,
                   "The last post was 45 days ago. A campaign needs a creator who is active now, and "
                   "an account that has gone quiet reaches fewer of its followers.");
  g_assert_cmpstr (month->score_reason, ==, "No post for 45 days.");

  /* Nothing in the window: none a week, a known zero, and the lowest score. */
  g_assert_cmpint (find_flag (dormant->flags, "consistency-inactive")->severity, ==, MR_SEVERITY_ALERT);
  g_assert_cmpuint (dormant->n_posts, ==, 0);
  g_assert_cmpfloat (dormant->posts_per_week, ==, 0.0);
  g_assert_true (dormant->has_score);
  g_assert_cmpfloat (dormant->score, ==, 0.0);

  /* A post every 20 days: 5 in 90 days is 0.4 a week. */
  g_assert_null (find_flag (infrequent->flags, "consistency-inactive"));
  g_assert_cmpfloat_with_epsilon (infrequent->posts_per_week, 5.0 * 7.0 / 90.0, 1e-9);
  g_assert_cmpstr (find_flag (infrequent->flags, "consistency-infrequent")->message, ==,
                   "Only 0.4 posts a week over the last 90 days. With less than one post every two "
                   "weeks, campaign posts are hard to schedule and the audience sees the creator rarely.");
}

static void
test_consistency_no_posts (void)
{
  MrPostStats unusable[] = { post_at (-3, 100, 5, 0, 0), post_at (3, 100, 5, 0, 0) };
  g_autoptr(MrConsistency) none = NULL;

  unusable[1].published_at = 0;
  none = mr_consistency_compute (unusable, G_N_ELEMENTS (unusable), NOW);
  g_assert_false (none->has_score);
  g_assert_true (isnan (none->posts_per_week));
  g_assert_cmpint (none->days_since_last_post, ==, MR_METRIC_UNKNOWN);
  g_assert_nonnull (find_flag (none->flags, "consistency-no-posts"));
  g_assert_cmpstr (none->score_reason, ==, "No dated posts.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quality/usual", test_quality_usual);
  g_test_add_func ("/quality/likes-without-comments", test_likes_without_comments);
  g_test_add_func ("/quality/comment-bands", test_comment_bands);
  g_test_add_func ("/quality/window", test_quality_window);
  g_test_add_func ("/quality/newest-post", test_quality_newest_post);
  g_test_add_func ("/quality/no-value", test_quality_no_value);
  g_test_add_func ("/consistency/posts-per-week", test_posts_per_week);
  g_test_add_func ("/consistency/irregular", test_irregular);
  g_test_add_func ("/consistency/inactive", test_inactive);
  g_test_add_func ("/consistency/no-posts", test_consistency_no_posts);

  return g_test_run ();
}
