/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-metrics"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-report-private.h"

/* The metrics against their benchmarks, each with what it rests on, and how the score
 * is made up of them. */

/* ── Metrics ────────────────────────────────────────────────────────────────────── */

typedef struct
{
  const char *label;
  char       *value;        /* NULL: not known, shown as a dash */
  char       *detail;       /* under the value, or NULL */
  char       *benchmark;    /* NULL for none */
  char       *benchmark_detail;
  const char *basis;        /* the sentence that says what it rests on */
  gboolean    value_tone;   /* the value in @tone rather than the text colour */
  MrChartColor tone;
} Metric;

static void
metric_clear (Metric *m)
{
  g_free (m->value);
  g_free (m->detail);
  g_free (m->benchmark);
  g_free (m->benchmark_detail);
}

static void
metric_columns (MrReportWriter *w,
                MrReportColumn *columns)
{
  double unit = w->width / 20;

  columns[0] = (MrReportColumn) { 0, 4.5 * unit - 8, PANGO_ALIGN_LEFT };
  columns[1] = (MrReportColumn) { 4.5 * unit, 3.5 * unit - 8, PANGO_ALIGN_LEFT };
  columns[2] = (MrReportColumn) { 8 * unit, 3.5 * unit - 8, PANGO_ALIGN_LEFT };
  columns[3] = (MrReportColumn) { 11.5 * unit, 8.5 * unit, PANGO_ALIGN_LEFT };
}

static void
add_metric (MrReportWriter *w,
            Metric         *m)
{
  const MrReportStyle *style = &w->report->style;
  MrReportColumn columns[4];
  MrLayoutRow *row = mr_layout_row_new ();
  guint cells[4];

  metric_columns (w, columns);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    cells[i] = mr_layout_row_add_cell (row, columns[i].x, columns[i].width);

  mr_report_cell_text (w, row, cells[0], &columns[0], MR_REPORT_FONT_SMALL_BOLD,
                       &style->palette.foreground, m->label, 0);
  mr_report_cell_text (w, row, cells[1], &columns[1], MR_REPORT_FONT_BODY_BOLD,
                       m->value_tone ? &m->tone : &style->palette.foreground,
                       m->value != NULL ? m->value : "—", 0);
  if (m->detail != NULL)
    mr_report_cell_text (w, row, cells[1], &columns[1], MR_REPORT_FONT_CAPTION,
                         &style->palette.dim, m->detail, 1);
  mr_report_cell_text (w, row, cells[2], &columns[2], MR_REPORT_FONT_SMALL,
                       &style->palette.foreground, m->benchmark != NULL ? m->benchmark : "—", 0);
  if (m->benchmark_detail != NULL)
    mr_report_cell_text (w, row, cells[2], &columns[2], MR_REPORT_FONT_CAPTION,
                         &style->palette.dim, m->benchmark_detail, 1);
  if (m->basis != NULL)
    mr_report_cell_text (w, row, cells[3], &columns[3], MR_REPORT_FONT_SMALL,
                         &style->palette.dim, m->basis, 0);
  mr_report_finish_row (w, row);
  metric_clear (m);
}

static void
write_tier (MrReportWriter  *w,
            const MrVetting *v)
{
  MrTierScheme scheme = w->section->tier_scheme;
  g_autofree char *followers = NULL;
  g_autofree char *described = NULL;
  g_autofree char *sentence = NULL;
  Metric m = { C_("metric", "Tier") };

  if (v->tier == MR_TIER_NONE)
    {
      m.basis = _("No tier: the follower count is not known.");
      add_metric (w, &m);
      return;
    }

  followers = mr_format_count (v->followers);
  described = mr_tier_describe (scheme, v->platform, v->tier);
  /* Translators: %1$s is a follower count, %2$s a platform, %3$s a tier with its range
   * such as "Micro (10,000–100,000 followers)". */
  sentence = g_strdup_printf (_("%1$s followers on %2$s: %3$s."),
                              followers, mr_platform_get_label (v->platform), described);
  m.value = g_strdup (mr_tier_get_label (v->tier));
  m.detail = mr_tier_describe_range (scheme, v->platform, v->tier);
  m.basis = sentence;
  add_metric (w, &m);
}

static void
write_engagement (MrReportWriter  *w,
                  const MrVetting *v)
{
  const MrEngagement *e = v->engagement;
  const MrBenchmarkComparison *b = v->benchmark;
  MrTier table_tier = mr_tier_for_followers (MR_TIER_SCHEME_DEFAULT, v->platform, v->followers);
  Metric rate = { C_("metric", "Engagement rate") };
  Metric against = { C_("metric", "Against the benchmark") };

  if (e->has_value)
    {
      rate.value = mr_format_percent (e->rate);
      rate.detail = g_strdup (mr_engagement_basis_get_label (e->basis));
    }
  if (b->has_benchmark)
    {
      rate.benchmark = mr_format_percent (b->benchmark);
      if (table_tier != MR_TIER_NONE)
        rate.benchmark_detail = mr_tier_format_group (table_tier, v->platform);
    }
  rate.basis = e->explanation;
  add_metric (w, &rate);

  if (b->has_ratio)
    {
      g_autofree char *ratio = mr_format_decimal (b->ratio, b->ratio < 10.0 ? 1 : 0);

      /* Translators: a ratio such as "2.1×": so many times the typical rate. */
      against.value = g_strdup_printf (C_("ratio", "%s×"), ratio);
      against.value_tone = TRUE;
      if (b->ratio >= MR_BENCHMARK_FAR_ABOVE_RATIO)
        against.tone = w->report->style.caution;
      else if (b->ratio < MR_BENCHMARK_FAR_BELOW_RATIO)
        against.tone = w->report->style.palette.warning;
      else if (b->ratio >= 0.95)
        against.tone = w->report->style.palette.good;
      else
        against.tone = w->report->style.palette.foreground;
    }
  if (b->has_benchmark)
    against.benchmark = g_strdup ("1×");
  against.basis = b->sentence;
  add_metric (w, &against);
}

static void
write_growth_window (MrReportWriter       *w,
                     const MrGrowth       *g,
                     const MrGrowthWindow *window,
                     const char           *label)
{
  g_autofree char *basis = NULL;
  Metric m = { label };

  if (!window->has_value)
    {
      if (g->last_day == 0)
        basis = g_strdup (g->score_reason);
      else
        /* Translators: %u are numbers of days. */
        basis = g_strdup_printf (ngettext ("Not known: the follower history covers %u day of the last %u.",
                                           "Not known: the follower history covers %u days of the last %u.",
                                           window->covered_days),
                                 window->covered_days, window->window_days);
    }
  else
    {
      g_autofree char *start_day = mr_report_format_day (window->start_day);
      g_autofree char *end_day = mr_report_format_day (window->end_day);
      g_autofree char *start_count = mr_format_count (window->start_followers);
      g_autofree char *end_count = mr_format_count (window->end_followers);
      g_autofree char *per_month = mr_report_format_signed_count ((gint64) round (window->followers_per_30_days));

      m.value = mr_report_format_signed_percent (window->percent_per_30_days);
      /* Translators: %s is a signed number of followers such as "+1,200". */
      m.detail = g_strdup_printf (_("%s followers per 30 days"), per_month);
      /* Translators: %1$s and %2$s are follower counts, %3$s and %4$s days. */
      basis = g_strdup_printf (_("From %1$s followers on %2$s to %3$s on %4$s."),
                               start_count, start_day, end_count, end_day);
    }
  m.basis = basis;
  add_metric (w, &m);
}

static void
write_consistency (MrReportWriter  *w,
                   const MrVetting *v)
{
  const MrConsistency *c = v->consistency;
  g_autofree char *target = mr_format_decimal (MR_CONSISTENCY_TARGET_PER_WEEK, 0);
  Metric m = { C_("metric", "Posts per week") };

  if (!isnan (c->posts_per_week))
    {
      m.value = mr_format_decimal (c->posts_per_week, 1);
      if (c->days_since_last_post == 0)
        m.detail = g_strdup (_("Last post today"));
      else if (c->days_since_last_post > 0)
        /* Translators: %d is a number of days. */
        m.detail = g_strdup_printf (ngettext ("Last post %d day ago", "Last post %d days ago",
                                              c->days_since_last_post),
                                    c->days_since_last_post);
    }
  /* Translators: a posting rhythm; %s is a number of posts such as 3. */
  m.benchmark = g_strdup_printf (_("%s a week"), target);
  m.basis = c->score_reason;
  add_metric (w, &m);
}

static void
write_ratio (MrReportWriter       *w,
             const char           *label,
             const MrQualityRatio *r,
             const char           *usual,
             const char           *sentence)
{
  Metric m = { label };

  if (r->has_value)
    m.value = mr_format_percent (r->value);
  m.benchmark = g_strdup (usual);
  m.basis = sentence;
  add_metric (w, &m);
}

static void
write_quality (MrReportWriter  *w,
               const MrVetting *v)
{
  const MrQuality *q = v->quality;
  g_autofree char *low = mr_format_decimal (MR_QUALITY_COMMENTS_LOW, 1);
  g_autofree char *high = mr_format_decimal (MR_QUALITY_COMMENTS_HIGH, 1);
  g_autofree char *strong = mr_format_decimal (MR_QUALITY_SAVES_HIGH, 0);
  g_autofree char *band = NULL;
  g_autofree char *strong_text = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *saves = NULL;

  /* Translators: a band of percentages: %1$s and %2$s are its ends ("1" and "5"). */
  band = g_strdup_printf (_("%1$s–%2$s %%"), low, high);
  if (q->comments_per_like.has_value)
    {
      g_autofree char *n = mr_format_count (q->comments_per_like.numerator);
      g_autofree char *d = mr_format_count (q->comments_per_like.denominator);

      /* Translators: %1$s comments and %2$s likes, summed over the recent posts. */
      comments = g_strdup_printf (_("%1$s comments on %2$s likes over the recent posts. %3$s"),
                                  n, d, q->score_reason);
    }
  write_ratio (w, C_("metric", "Comments per like"), &q->comments_per_like, band,
               comments != NULL ? comments : q->score_reason);

  /* Translators: %s is a number such as 10. */
  strong_text = g_strdup_printf (_("Strong from %s %%"), strong);
  if (q->saves_per_like.has_value)
    {
      g_autofree char *n = mr_format_count (q->saves_per_like.numerator);
      g_autofree char *d = mr_format_count (q->saves_per_like.denominator);

      /* Translators: %1$s saves and %2$s likes, summed over the recent posts. */
      saves = g_strdup_printf (_("%1$s saves on %2$s likes over the recent posts."), n, d);
    }
  else if (q->n_posts > 0 && q->saves_per_like.denominator == 0)
    saves = g_strdup (_("Not known: the imported statistics give no saves for the recent posts."));
  write_ratio (w, C_("metric", "Saves per like"), &q->saves_per_like, strong_text,
               saves != NULL ? saves : q->score_reason);
}

void
mr_report_write_metrics (MrReportWriter *w)
{
  const MrVetting *v = w->section->figures->vetting;
  MrReportColumn columns[4];
  const char *titles[] = { _("Metric"), _("Value"), _("Benchmark"), _("Based on") };

  metric_columns (w, columns);
  mr_report_add_heading (w, _("Metrics"), NULL, 60);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 40);
  write_tier (w, v);
  write_engagement (w, v);
  write_growth_window (w, v->growth, &v->growth->short_window, _("Growth, last 3 months"));
  write_growth_window (w, v->growth, &v->growth->long_window, _("Growth, last 6 months"));
  write_consistency (w, v);
  write_quality (w, v);
}

/* ── The score's parts ──────────────────────────────────────────────────────────── */

void
mr_report_write_score_parts (MrReportWriter *w)
{
  const MrVetting *v = w->section->figures->vetting;
  const MrScore *score = v->score;
  double unit = w->width / 20;
  const MrReportColumn columns[] = {
    { 0, 4.5 * unit - 8, PANGO_ALIGN_LEFT },
    { 4.5 * unit, 1.75 * unit - 8, PANGO_ALIGN_RIGHT },
    { 6.25 * unit, 2.75 * unit - 8, PANGO_ALIGN_RIGHT },
    { 9 * unit, 11 * unit, PANGO_ALIGN_LEFT },
  };
  const char *titles[] = { _("Part"), _("Points"), _("Weight"), _("Why") };

  mr_report_add_heading (w, _("How the score is made up"),
                         _("Each part’s points from 0 to 100 and its share of the score. Parts without data are left out and the others weigh more."),
                         40);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 30);
  for (guint c = 0; c < MR_N_SCORE_COMPONENTS; c++)
    {
      g_autofree char *label = mr_report_capitalise (mr_score_component_get_label (c));
      g_autofree char *points = NULL;
      g_autofree char *weight = NULL;
      const char *texts[4];

      if (score->left_out[c])
        {
          texts[1] = "—";
          texts[2] = C_("score component", "left out");
          texts[3] = mr_vetting_get_left_out_reason (v, c);
        }
      else if (score->weights[c] > 0.0)
        {
          points = mr_format_decimal (score->values[c], 0);
          weight = mr_format_percent (round (score->weights[c] * 100.0));
          texts[1] = points;
          texts[2] = weight;
          texts[3] = mr_report_component_reason (score, c);
        }
      else
        continue;   /* audience match, when no campaign asks for an audience */

      texts[0] = label;
      mr_report_add_table_row (w, columns, texts, G_N_ELEMENTS (columns));
    }
}
