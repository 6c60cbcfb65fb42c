/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-metric-cards"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-metric-cards.h"
#include "mr-number-format.h"

/* Below this width two cards no longer fit beside each other on a 360 px phone (with
 * the page's margins), so a phone shows one card per row and a wide window four. */
#define CARD_WIDTH 190

struct _MrMetricCards
{
  GtkWidget     parent_instance;

  GtkFlowBox   *flow_box;
  MrMetricCard *cards[MR_N_METRICS];
};

G_DEFINE_FINAL_TYPE (MrMetricCards, mr_metric_cards, GTK_TYPE_WIDGET)

GtkWidget *
mr_metric_cards_new (void)
{
  return g_object_new (MR_TYPE_METRIC_CARDS, NULL);
}

MrMetricCard *
mr_metric_cards_get_card (MrMetricCards *self,
                          MrMetricKind   kind)
{
  g_return_val_if_fail (MR_IS_METRIC_CARDS (self), NULL);
  g_return_val_if_fail (kind < MR_N_METRICS, NULL);

  return self->cards[kind];
}

/* ── Formatting ─────────────────────────────────────────────────────────────────── */

static char *
format_count_or_null (gint64 value)
{
  return value >= 0 ? mr_format_count (value) : NULL;
}

/* "+2.5 %", "−1 %": growth reads as a change, so it always has its sign. */
static char *
format_signed_percent (double value)
{
  g_autofree char *number = mr_format_percent (fabs (value));

  return g_strconcat (value > 0 ? "+" : value < 0 ? "−" : "", number, NULL);
}

static char *
format_signed_count (double value)
{
  g_autofree char *number = mr_format_count ((gint64) round (fabs (value)));

  return g_strconcat (round (value) > 0 ? "+" : round (value) < 0 ? "−" : "", number, NULL);
}

static char *
format_money (const char *currency,
              double      amount,
              guint       decimals)
{
  g_autofree char *number = decimals > 0 ? mr_format_decimal (amount, decimals)
                                         : mr_format_money (amount);

  /* Translators: an amount of money; %1$s is a currency code such as EUR, %2$s the
   * amount. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), currency, number);
}

static char *
format_money_range (const char *currency,
                    double      min,
                    double      max)
{
  g_autofree char *min_text = mr_format_money (min);
  g_autofree char *max_text = mr_format_money (max);

  if (g_str_equal (min_text, max_text))
    return format_money (currency, min, 0);

  /* Translators: a range of money; %1$s is a currency code such as EUR, %2$s and %3$s
   * the lowest and highest amount. */
  return g_strdup_printf (C_("money range", "%1$s %2$s–%3$s"), currency, min_text, max_text);
}

static char *
format_day (guint32 julian_day)
{
  g_autoptr(GDate) date = g_date_new_julian (julian_day);
  char text[64];

  /* Translators: a day as strftime () writes it; keep it short ("3 Jun 2024"). */
  if (g_date_strftime (text, sizeof text, C_("short date", "%-d %b %Y"), date) == 0)
    return g_strdup ("");

  return g_strdup (text);
}

/* ── The cards ──────────────────────────────────────────────────────────────────── */

static void
show_tier (MrMetricCard    *card,
           const MrVetting *v,
           MrTierScheme     scheme)
{
  g_autofree char *followers = format_count_or_null (v->followers);
  g_autofree char *described = NULL;
  g_autofree char *range = NULL;
  g_autofree char *sentence = NULL;

  mr_metric_card_set_formula (card, _("The follower count, placed in the tier ranges of the scheme chosen in Preferences"));
  mr_metric_card_add_input (card, _("Followers"), followers);
  mr_metric_card_add_input (card, _("Platform"), mr_platform_get_label (v->platform));
  mr_metric_card_add_input (card, _("Tier scheme"), mr_tier_scheme_get_label (scheme));

  if (v->tier == MR_TIER_NONE)
    {
      const char *why = _("No tier: the follower count is not known.");

      mr_metric_card_set_value (card, NULL, why, MR_METRIC_TONE_NEUTRAL);
      mr_metric_card_set_sentence (card, why);
      return;
    }

  described = mr_tier_describe (scheme, v->platform, v->tier);
  range = mr_tier_describe_range (scheme, v->platform, v->tier);
  /* Translators: %1$s is a follower count, %2$s a platform, %3$s a tier with its range
   * such as "Micro (10,000–100,000 followers)". */
  sentence = g_strdup_printf (_("%1$s followers on %2$s: %3$s."),
                              followers, mr_platform_get_label (v->platform), described);
  mr_metric_card_set_value (card, mr_tier_get_label (v->tier), range, MR_METRIC_TONE_NEUTRAL);
  mr_metric_card_set_sentence (card, sentence);
}

static const char *
engagement_base (const MrEngagement *e)
{
  /* The same words as the metrics' own explanation of the rate. */
  switch (e->basis)
    {
    case MR_ENGAGEMENT_BY_REACH:
      return e->extended ? _("(likes + comments + shares + saves) ÷ reach")
                         : _("(likes + comments) ÷ reach");
    case MR_ENGAGEMENT_BY_VIEWS:
      return e->extended ? _("(likes + comments + shares + saves) ÷ views")
                         : _("(likes + comments) ÷ views");
    case MR_ENGAGEMENT_BY_FOLLOWERS:
    default:
      return e->extended ? _("(likes + comments + shares + saves) ÷ followers")
                         : _("(likes + comments) ÷ followers");
    }
}

static void
show_engagement (MrMetricCard    *card,
                 const MrVetting *v)
{
  const MrEngagement *e = v->engagement;
  gboolean roster = e->has_value && e->n_posts == 0;
  g_autofree char *formula = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *followers = format_count_or_null (v->followers);
  g_autofree char *n_posts = mr_format_count (e->n_posts);
  g_autofree char *n_skipped = mr_format_count (e->n_skipped);
  g_autofree char *mean = isfinite (e->mean_engagements) ? mr_format_decimal (e->mean_engagements, 0) : NULL;
  g_autofree char *median = e->has_median ? mr_format_percent (e->median) : NULL;

  if (roster)
    /* Translators: %s is a formula such as "(likes + comments) ÷ followers". */
    formula = g_strdup_printf (_("%s × 100, from the roster’s averages per post"), engagement_base (e));
  else
    /* Translators: %s is a formula such as "(likes + comments) ÷ followers". */
    formula = g_strdup_printf (_("%s × 100 for each post, then the mean over the posts"), engagement_base (e));
  mr_metric_card_set_formula (card, formula);
  mr_metric_card_set_sentence (card, e->explanation);

  mr_metric_card_add_input (card, _("Basis"), mr_engagement_basis_get_label (e->basis));
  mr_metric_card_add_input (card, _("Followers"), followers);
  if (!roster)
    {
      mr_metric_card_add_input (card, _("Posts counted"), n_posts);
      mr_metric_card_add_input (card, _("Posts left out"), n_skipped);
    }
  mr_metric_card_add_input (card, _("Interactions per post"), mean);
  if (!roster)
    mr_metric_card_add_input (card, _("Median rate"), median);

  if (!e->has_value)
    {
      mr_metric_card_set_value (card, NULL, e->explanation, MR_METRIC_TONE_NEUTRAL);
      return;
    }

  rate = mr_format_percent (e->rate);
  if (median != NULL)
    /* Translators: %1$s is how the rate is taken ("By followers"), %2$s a percentage. */
    detail = g_strdup_printf (_("%1$s · median %2$s"), mr_engagement_basis_get_label (e->basis), median);
  else
    detail = g_strdup (mr_engagement_basis_get_label (e->basis));
  mr_metric_card_set_value (card, rate, detail, MR_METRIC_TONE_NEUTRAL);
}

static void
show_benchmark (MrMetricCard    *card,
                const MrVetting *v)
{
  const MrBenchmarkComparison *b = v->benchmark;
  MrTier table_tier = mr_tier_for_followers (MR_TIER_SCHEME_DEFAULT, v->platform, v->followers);
  g_autofree char *group = table_tier != MR_TIER_NONE ? mr_tier_format_group (table_tier, v->platform) : NULL;
  g_autofree char *rate = v->engagement->has_value ? mr_format_percent (v->engagement->rate) : NULL;
  g_autofree char *typical = b->has_benchmark ? mr_format_percent (b->benchmark) : NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  MrMetricTone tone = MR_METRIC_TONE_NEUTRAL;

  mr_metric_card_set_formula (card, _("Engagement rate ÷ the typical rate for the platform and tier"));
  mr_metric_card_set_sentence (card, b->sentence);
  mr_metric_card_add_input (card, _("Engagement rate"), rate);
  mr_metric_card_add_input (card, _("Typical rate"), typical);
  mr_metric_card_add_input (card, _("Compared with"), group);

  if (!b->has_ratio)
    {
      mr_metric_card_set_value (card, NULL, b->sentence, MR_METRIC_TONE_NEUTRAL);
      return;
    }

  ratio = mr_format_decimal (b->ratio, b->ratio < 10.0 ? 1 : 0);
  /* Translators: a ratio such as "2.1×": so many times the typical rate. */
  value = g_strdup_printf (C_("ratio", "%s×"), ratio);
  /* Translators: %s is a percentage such as "18 %". */
  detail = g_strdup_printf (_("Typical rate %s"), typical);
  if (b->ratio >= MR_BENCHMARK_FAR_ABOVE_RATIO)
    tone = MR_METRIC_TONE_WARNING;
  else if (b->ratio >= 0.95)
    tone = MR_METRIC_TONE_GOOD;
  else if (b->ratio < MR_BENCHMARK_FAR_BELOW_RATIO)
    tone = MR_METRIC_TONE_BAD;
  mr_metric_card_set_value (card, value, detail, tone);
}

static void
show_growth (MrMetricCard    *card,
             const MrVetting *v)
{
  const MrGrowth *g = v->growth;
  const MrGrowthWindow *w = &g->short_window;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *days = NULL;
  g_autofree char *value = NULL;
  g_autofree char *per_month = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *numbers = NULL;
  g_autofree char *sentence = NULL;

  mr_metric_card_set_formula (card, _("(followers at the end − followers at the start) ÷ the days between × 30, as a share of the followers at the start"));

  if (!w->has_value)
    {
      g_autofree char *why = NULL;

      if (g->last_day == 0)
        why = g_strdup (g->score_reason);
      else
        /* Translators: %u are numbers of days. */
        why = g_strdup_printf (ngettext ("Not known: the follower history covers %u day of the last %u.",
                                         "Not known: the follower history covers %u days of the last %u.",
                                         w->covered_days),
                               w->covered_days, w->window_days);
      if (g->last_day > 0)
        days = mr_format_count (w->covered_days);
      mr_metric_card_add_input (card, _("Days of history"), days);
      mr_metric_card_set_value (card, NULL, why, MR_METRIC_TONE_NEUTRAL);
      mr_metric_card_set_sentence (card, why);
      return;
    }

  {
    g_autofree char *start_day = format_day (w->start_day);
    g_autofree char *end_day = format_day (w->end_day);
    g_autofree char *start_count = mr_format_count (w->start_followers);
    g_autofree char *end_count = mr_format_count (w->end_followers);

    /* Translators: a count of followers on a day: %1$s the count, %2$s the day. */
    start = g_strdup_printf (_("%1$s on %2$s"), start_count, start_day);
    end = g_strdup_printf (_("%1$s on %2$s"), end_count, end_day);
    days = mr_format_count (w->end_day - w->start_day);

    /* Translators: %1$s and %2$s are follower counts, %3$s and %4$s days. */
    numbers = g_strdup_printf (_("From %1$s followers on %2$s to %3$s on %4$s."),
                               start_count, start_day, end_count, end_day);
  }

  mr_metric_card_add_input (card, _("Start"), start);
  mr_metric_card_add_input (card, _("End"), end);
  mr_metric_card_add_input (card, _("Days between"), days);

  value = format_signed_percent (w->percent_per_30_days);
  per_month = format_signed_count (w->followers_per_30_days);
  /* Translators: %s is a signed number of followers such as "+1,200". */
  detail = g_strdup_printf (_("%s followers per 30 days"), per_month);
  sentence = g_strjoin (" ", numbers, g->score_reason, NULL);
  mr_metric_card_set_value (card, value, detail,
                            w->percent_per_30_days < 0 ? MR_METRIC_TONE_WARNING : MR_METRIC_TONE_NEUTRAL);
  mr_metric_card_set_sentence (card, sentence);
}

static void
show_posts_per_week (MrMetricCard    *card,
                     const MrVetting *v)
{
  const MrConsistency *c = v->consistency;
  g_autofree char *formula = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *n_posts = mr_format_count (c->n_posts);
  g_autofree char *span = mr_format_count (c->span_days);
  g_autofree char *mean_gap = isfinite (c->mean_gap_days) ? mr_format_decimal (c->mean_gap_days, 1) : NULL;
  g_autofree char *longest = isfinite (c->longest_gap_days) ? mr_format_decimal (c->longest_gap_days, 0) : NULL;
  g_autofree char *since = c->days_since_last_post >= 0 ? mr_format_count (c->days_since_last_post) : NULL;

  /* Translators: %d is a number of days. */
  formula = g_strdup_printf (_("Posts published in the last %d days ÷ the weeks they span"),
                             MR_CONSISTENCY_WINDOW_DAYS);
  mr_metric_card_set_formula (card, formula);
  mr_metric_card_set_sentence (card, c->score_reason);
  mr_metric_card_add_input (card, _("Posts counted"), n_posts);
  mr_metric_card_add_input (card, _("Days counted"), isnan (c->posts_per_week) ? NULL : span);
  mr_metric_card_add_input (card, _("Average days between posts"), mean_gap);
  mr_metric_card_add_input (card, _("Longest pause in days"), longest);
  mr_metric_card_add_input (card, _("Days since the last post"), since);

  if (isnan (c->posts_per_week))
    {
      mr_metric_card_set_value (card, NULL, c->score_reason, MR_METRIC_TONE_NEUTRAL);
      return;
    }

  value = mr_format_decimal (c->posts_per_week, 1);
  if (c->days_since_last_post == 0)
    detail = g_strdup (_("Last post today"));
  else
    /* Translators: %d is a number of days. */
    detail = g_strdup_printf (ngettext ("Last post %d day ago", "Last post %d days ago",
                                        c->days_since_last_post),
                              c->days_since_last_post);
  mr_metric_card_set_value (card, value, detail,
                            c->days_since_last_post >= MR_CONSISTENCY_INACTIVE_DAYS
                            ? MR_METRIC_TONE_WARNING : MR_METRIC_TONE_NEUTRAL);
}

static void
show_comments_per_like (MrMetricCard    *card,
                        const MrVetting *v)
{
  const MrQuality *q = v->quality;
  const MrQualityRatio *r = &q->comments_per_like;
  g_autofree char *low = mr_format_decimal (MR_QUALITY_COMMENTS_LOW, 1);
  g_autofree char *high = mr_format_decimal (MR_QUALITY_COMMENTS_HIGH, 1);
  g_autofree char *band = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *comments = r->denominator > 0 ? mr_format_count (r->numerator) : NULL;
  g_autofree char *likes = r->denominator > 0 ? mr_format_count (r->denominator) : NULL;
  g_autofree char *n_posts = mr_format_count (q->n_posts);
  MrMetricTone tone = MR_METRIC_TONE_NEUTRAL;

  /* Translators: a band of percentages: %1$s and %2$s are its ends ("1" and "5"). */
  band = g_strdup_printf (_("%1$s–%2$s %%"), low, high);
  mr_metric_card_set_formula (card, _("All comments ÷ all likes × 100, over the recent posts that give both"));
  mr_metric_card_set_sentence (card, q->score_reason);
  mr_metric_card_add_input (card, _("Comments"), comments);
  mr_metric_card_add_input (card, _("Likes"), likes);
  mr_metric_card_add_input (card, _("Recent posts"), n_posts);
  mr_metric_card_add_input (card, _("Usual"), band);

  if (!r->has_value)
    {
      mr_metric_card_set_value (card, NULL, q->score_reason, MR_METRIC_TONE_NEUTRAL);
      return;
    }

  value = mr_format_percent (r->value);
  /* Translators: %s is a band of percentages such as "1–5 %". */
  detail = g_strdup_printf (_("Usual %s"), band);
  if (r->band == MR_QUALITY_BAND_VERY_LOW || r->band == MR_QUALITY_BAND_VERY_HIGH)
    tone = MR_METRIC_TONE_BAD;
  else if (r->band == MR_QUALITY_BAND_LOW)
    tone = MR_METRIC_TONE_WARNING;
  else
    tone = MR_METRIC_TONE_GOOD;
  mr_metric_card_set_value (card, value, detail, tone);
}

static void
show_saves_per_like (MrMetricCard    *card,
                     const MrVetting *v)
{
  const MrQualityRatio *r = &v->quality->saves_per_like;
  g_autofree char *strong = mr_format_decimal (MR_QUALITY_SAVES_HIGH, 0);
  g_autofree char *min_likes = mr_format_count (MR_QUALITY_MIN_LIKES);
  g_autofree char *saves = r->denominator > 0 ? mr_format_count (r->numerator) : NULL;
  g_autofree char *likes = r->denominator > 0 ? mr_format_count (r->denominator) : NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *strong_text = NULL;

  /* Translators: %s is a number such as 10: a percentage from which on saves are strong. */
  strong_text = g_strdup_printf (_("%s %% or more"), strong);
  mr_metric_card_set_formula (card, _("All saves ÷ all likes × 100, over the recent posts that give both"));
  mr_metric_card_add_input (card, _("Saves"), saves);
  mr_metric_card_add_input (card, _("Likes"), likes);
  mr_metric_card_add_input (card, _("Strong"), strong_text);

  if (!r->has_value)
    {
      if (v->quality->n_posts == 0)
        sentence = g_strdup (v->quality->score_reason);
      else if (r->denominator > 0)
        /* Translators: %s is a number of likes such as 100. */
        sentence = g_strdup_printf (_("Not known: the recent posts with known saves have too few likes; the ratio means something from %s likes on."),
                                    min_likes);
      else
        sentence = g_strdup (_("Not known: the imported statistics give no saves for the recent posts."));
      mr_metric_card_set_value (card, NULL, sentence, MR_METRIC_TONE_NEUTRAL);
      mr_metric_card_set_sentence (card, sentence);
      return;
    }

  value = mr_format_percent (r->value);
  if (r->band == MR_QUALITY_BAND_HIGH)
    {
      detail = g_strdup (_("Strong: people keep these posts"));
      /* Translators: %1$s is a percentage such as "12 %", %2$s a number such as 10. */
      sentence = g_strdup_printf (_("Saves are %1$s of likes, %2$s %% or more is strong: people keep these posts to come back to, a sign of useful content."),
                                  value, strong);
    }
  else
    {
      /* Translators: %s is a number such as 10. */
      detail = g_strdup_printf (_("Strong from %s %%"), strong);
      /* Translators: %1$s is a percentage such as "2 %", %2$s a number such as 10. */
      sentence = g_strdup_printf (_("Saves are %1$s of likes. A few per hundred likes is usual and few saves are no warning sign; from %2$s %% on, people keep the posts to come back to."),
                                  value, strong);
    }
  mr_metric_card_set_value (card, value, detail,
                            r->band == MR_QUALITY_BAND_HIGH ? MR_METRIC_TONE_GOOD : MR_METRIC_TONE_NEUTRAL);
  mr_metric_card_set_sentence (card, sentence);
}

static void
show_price (MrMetricCard    *card,
            const MrVetting *v)
{
  const MrPriceEstimate *p = v->price;
  MrTier table_tier = mr_tier_for_followers (MR_TIER_SCHEME_DEFAULT, v->platform, v->followers);
  g_autofree char *followers = format_count_or_null (v->followers);
  g_autofree char *per_1000 = format_money_range (p->currency, MR_PRICE_PER_1000_MIN, MR_PRICE_PER_1000_MAX);
  g_autofree char *raw = p->has_value ? format_money_range (p->currency, p->raw_min, p->raw_max) : NULL;
  g_autofree char *typical = NULL;
  g_autofree char *formula = NULL;
  g_autofree char *value = NULL;
  g_autofree char *min_rate = mr_format_money (MR_PRICE_PER_1000_MIN);
  g_autofree char *max_rate = mr_format_money (MR_PRICE_PER_1000_MAX);
  double range_min, range_max;

  if (table_tier != MR_TIER_NONE && mr_price_get_tier_range (v->platform, table_tier, &range_min, &range_max))
    typical = format_money_range (p->currency, range_min, range_max);

  /* Translators: %1$s and %2$s are amounts of money (10 and 20). */
  formula = g_strdup_printf (_("Followers ÷ 1,000 × %1$s to %2$s, kept within the typical fee range for the platform and tier"),
                             min_rate, max_rate);
  mr_metric_card_set_formula (card, formula);
  mr_metric_card_set_sentence (card, p->explanation);
  mr_metric_card_add_input (card, _("Followers"), followers);
  mr_metric_card_add_input (card, _("Per 1,000 followers"), per_1000);
  mr_metric_card_add_input (card, _("Before the typical range"), raw);
  mr_metric_card_add_input (card, _("Typical range"), typical);

  if (!p->has_value)
    {
      mr_metric_card_set_value (card, NULL, p->explanation, MR_METRIC_TONE_NEUTRAL);
      return;
    }

  value = format_money_range (p->currency, p->min, p->max);
  mr_metric_card_set_value (card, value, _("Estimated fee per post"), MR_METRIC_TONE_NEUTRAL);
}

static void
show_cpe (MrMetricCard    *card,
          const MrVetting *v)
{
  const MrPriceEstimate *p = v->price;
  const MrEngagement *e = v->engagement;
  g_autofree char *fee = p->has_value ? format_money (p->currency, (p->min + p->max) / 2.0, 0) : NULL;
  g_autofree char *engagements = isfinite (e->mean_engagements) ? mr_format_decimal (e->mean_engagements, 0) : NULL;
  g_autofree char *value = NULL;
  g_autofree char *sentence = NULL;

  mr_metric_card_set_formula (card, _("The middle of the estimated fee ÷ the interactions a recent post got on average"));
  mr_metric_card_add_input (card, _("Fee"), fee);
  mr_metric_card_add_input (card, _("Interactions per post"), engagements);

  if (!v->has_cpe)
    {
      const char *why;

      if (!p->has_value)
        why = p->explanation;
      else if (!e->has_value)
        why = e->explanation;
      else
        why = _("No cost per engagement: the recent posts got no likes or comments.");
      mr_metric_card_set_value (card, NULL, why, MR_METRIC_TONE_NEUTRAL);
      mr_metric_card_set_sentence (card, why);
      return;
    }

  value = format_money (p->currency, v->cpe, v->cpe < 10.0 ? 2 : 0);
  /* Translators: %1$s is a fee such as "EUR 120", %2$s a number of likes and comments,
   * %3$s an amount of money such as "EUR 0.15". */
  sentence = g_strdup_printf (_("At a fee of %1$s, each of the %2$s likes and comments a recent post gets on average costs %3$s."),
                              fee, engagements, value);
  mr_metric_card_set_value (card, value, _("Per like or comment"), MR_METRIC_TONE_NEUTRAL);
  mr_metric_card_set_sentence (card, sentence);
}

void
mr_metric_cards_show (MrMetricCards   *self,
                      const MrVetting *vetting,
                      MrTierScheme     scheme)
{
  g_return_if_fail (MR_IS_METRIC_CARDS (self));

  for (guint i = 0; i < MR_N_METRICS; i++)
    mr_metric_card_clear_inputs (self->cards[i]);

  if (vetting == NULL)
    {
      const char *why = _("Not known yet: import the creator’s statistics.");

      for (guint i = 0; i < MR_N_METRICS; i++)
        {
          mr_metric_card_set_value (self->cards[i], NULL, why, MR_METRIC_TONE_NEUTRAL);
          mr_metric_card_set_formula (self->cards[i], NULL);
          mr_metric_card_set_sentence (self->cards[i], why);
        }
      return;
    }

  show_tier (self->cards[MR_METRIC_TIER], vetting, scheme);
  show_engagement (self->cards[MR_METRIC_ENGAGEMENT], vetting);
  show_benchmark (self->cards[MR_METRIC_BENCHMARK], vetting);
  show_growth (self->cards[MR_METRIC_GROWTH], vetting);
  show_posts_per_week (self->cards[MR_METRIC_POSTS_PER_WEEK], vetting);
  show_comments_per_like (self->cards[MR_METRIC_COMMENTS_PER_LIKE], vetting);
  show_saves_per_like (self->cards[MR_METRIC_SAVES_PER_LIKE], vetting);
  show_price (self->cards[MR_METRIC_PRICE], vetting);
  show_cpe (self->cards[MR_METRIC_CPE], vetting);
}

static void
mr_metric_cards_dispose (GObject *object)
{
  MrMetricCards *self = MR_METRIC_CARDS (object);

  if (self->flow_box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->flow_box));
  self->flow_box = NULL;

  G_OBJECT_CLASS (mr_metric_cards_parent_class)->dispose (object);
}

static void
mr_metric_cards_class_init (MrMetricCardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_metric_cards_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
mr_metric_cards_init (MrMetricCards *self)
{
  const char *titles[MR_N_METRICS] = {
    [MR_METRIC_TIER] = C_("metric", "Tier"),
    [MR_METRIC_ENGAGEMENT] = C_("metric", "Engagement rate"),
    [MR_METRIC_BENCHMARK] = C_("metric", "Against the benchmark"),
    [MR_METRIC_GROWTH] = C_("metric", "Growth per 30 days"),
    [MR_METRIC_POSTS_PER_WEEK] = C_("metric", "Posts per week"),
    [MR_METRIC_COMMENTS_PER_LIKE] = C_("metric", "Comments per like"),
    [MR_METRIC_SAVES_PER_LIKE] = C_("metric", "Saves per like"),
    [MR_METRIC_PRICE] = C_("metric", "Price per post"),
    [MR_METRIC_CPE] = C_("metric", "Cost per engagement"),
  };

  self->flow_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_homogeneous (self->flow_box, FALSE);
  gtk_flow_box_set_min_children_per_line (self->flow_box, 1);
  gtk_flow_box_set_max_children_per_line (self->flow_box, 4);
  gtk_flow_box_set_selection_mode (self->flow_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (self->flow_box, 12);
  gtk_flow_box_set_row_spacing (self->flow_box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->flow_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Metrics"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->flow_box), GTK_WIDGET (self));

  for (guint i = 0; i < MR_N_METRICS; i++)
    {
      GtkWidget *child;

      self->cards[i] = MR_METRIC_CARD (mr_metric_card_new (titles[i]));
      gtk_widget_set_size_request (GTK_WIDGET (self->cards[i]), CARD_WIDTH, -1);
      gtk_flow_box_append (self->flow_box, GTK_WIDGET (self->cards[i]));
      /* The card's button takes the focus; the cell around it need not. */
      child = gtk_widget_get_parent (GTK_WIDGET (self->cards[i]));
      gtk_widget_set_focusable (child, FALSE);
    }
}
