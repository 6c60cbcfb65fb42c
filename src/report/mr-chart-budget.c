/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-budget"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-chart-budget.h"
#include "mr-chart-private.h"
#include "mr-number-format.h"
#include "mr-kpi-format.h"

#define TITLE_GAP         6.0
#define TEXT_GAP          5.0
#define SECTION_GAP       18.0
#define SPEND_BAR_HEIGHT  14.0
#define BAR_HEIGHT        8.0
#define BAND_OVERHANG     3.0
#define ROW_GAP           6.0
#define MIN_TRACK_WIDTH   60.0
/* The row of the spend whose tier is not known comes after the tiers'. */
#define UNKNOWN_ROW       MR_N_TIERS

struct _MrChartBudgetData
{
  char   *currency;
  double  budget;                       /* NAN when not set */
  double  spend;                        /* NAN while no fee is entered */
  guint   n_without_fee;
  double  by_tier[MR_N_TIERS + 1];      /* UNKNOWN_ROW: no known tier */
  guint   members[MR_N_TIERS + 1];      /* with a fee, in each */
};

typedef enum
{
  MICRO_BELOW,
  MICRO_WITHIN,
  MICRO_ABOVE,
} MicroVerdict;

MrChartBudgetData *
mr_chart_budget_data_new (const MrCampaignFigures *figures,
                          const char              *currency)
{
  MrChartBudgetData *data;

  g_return_val_if_fail (figures != NULL, NULL);

  data = g_new0 (MrChartBudgetData, 1);
  data->currency = g_strdup (currency != NULL && currency[0] != '\0' ? currency : "EUR");
  data->budget = figures->budget > 0 ? figures->budget : NAN;
  data->spend = figures->input.spend;
  data->n_without_fee = figures->n_without_fee;
  for (guint t = 0; t < MR_N_TIERS; t++)
    data->by_tier[t] = figures->spend_by_tier[t];
  data->by_tier[UNKNOWN_ROW] = figures->spend_without_tier;

  for (guint i = 0; i < figures->n_members; i++)
    {
      const MrMemberFigures *member = &figures->members[i];

      if (isnan (member->input.spend))
        continue;
      data->members[member->tier == MR_TIER_NONE ? UNKNOWN_ROW : (guint) member->tier]++;
    }

  return data;
}

void
mr_chart_budget_data_free (MrChartBudgetData *data)
{
  if (data == NULL)
    return;

  g_free (data->currency);
  g_free (data);
}

gboolean
mr_chart_budget_has_data (const MrChartBudgetData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return TRUE;
}

/* ── The figures in words ─────────────────────────────────────────────────────────── */

/* As the rest of Microreach writes money: the currency's code, then whole units. */
static char *
format_money (const MrChartBudgetData *data,
              double                   amount)
{
  return mr_kpi_format_money (data->currency, amount, FALSE);
}

static gboolean
has_spend (const MrChartBudgetData *data)
{
  return !isnan (data->spend);
}

static double
known_spend (const MrChartBudgetData *data)
{
  double known = 0.0;

  for (guint t = 0; t < MR_N_TIERS; t++)
    known += data->by_tier[t];
  return known;
}

/* A share of the spend with a known tier, in whole percent: as shown, and as judged. */
static double
share_percent (const MrChartBudgetData *data,
               guint                    tier)
{
  double known = known_spend (data);

  return known > 0.0 ? round (data->by_tier[tier] / known * 100.0) : NAN;
}

static MicroVerdict
micro_verdict (const MrChartBudgetData *data)
{
  double percent = share_percent (data, MR_TIER_MICRO);

  if (percent < round (MR_MICRO_SHARE_MIN * 100.0))
    return MICRO_BELOW;
  if (percent > round (MR_MICRO_SHARE_MAX * 100.0))
    return MICRO_ABOVE;
  return MICRO_WITHIN;
}

static char *
advised_band (void)
{
  g_autofree char *low = mr_format_decimal (MR_MICRO_SHARE_MIN * 100.0, 0);
  g_autofree char *high = mr_format_decimal (MR_MICRO_SHARE_MAX * 100.0, 0);

  /* Translators: a band of percentages: %1$s and %2$s are its ends ("60" and "70"). */
  return g_strdup_printf (_("%1$s–%2$s %%"), low, high);
}

static const char *
row_label (guint row)
{
  if (row == UNKNOWN_ROW)
    return C_("budget chart", "Tier not known");
  return mr_tier_get_label ((MrTier) row);
}

char *
mr_chart_budget_describe_spend (const MrChartBudgetData *data)
{
  g_autofree char *spend = NULL;
  g_autofree char *budget = NULL;
  g_autofree char *difference = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!isnan (data->budget))
    budget = format_money (data, data->budget);
  if (!has_spend (data))
    {
      if (budget == NULL)
        return g_strdup (_("No fees entered yet."));
      /* Translators: %s is an amount of money such as "EUR 1,000". */
      return g_strdup_printf (_("No fees entered yet; the budget is %s."), budget);
    }

  spend = format_money (data, data->spend);
  if (budget == NULL)
    /* Translators: %s is an amount of money such as "EUR 800". */
    return g_strdup_printf (_("%s spent; no budget set."), spend);

  if (data->spend > data->budget)
    {
      difference = format_money (data, data->spend - data->budget);
      /* Translators: %1$s is the spend, %2$s the budget, %3$s how much more the spend
       * is, all amounts of money such as "EUR 1,150". */
      return g_strdup_printf (_("%1$s spent of the %2$s budget: %3$s over budget."),
                              spend, budget, difference);
    }

  difference = format_money (data, data->budget - data->spend);
  /* Translators: %1$s is the spend, %2$s the budget, %3$s what is left of it, all
   * amounts of money such as "EUR 200". */
  return g_strdup_printf (_("%1$s spent of the %2$s budget: %3$s left."), spend, budget, difference);
}

char *
mr_chart_budget_describe_micro (const MrChartBudgetData *data)
{
  g_autofree char *share = NULL;
  g_autofree char *band = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!has_spend (data) || known_spend (data) <= 0.0)
    return NULL;

  share = mr_format_percent (share_percent (data, MR_TIER_MICRO));
  band = advised_band ();
  switch (micro_verdict (data))
    {
    case MICRO_BELOW:
      /* Translators: %1$s is a share such as "35 %", %2$s a band such as "60–70 %". */
      return g_strdup_printf (_("%1$s on micro-influencers: below the advised %2$s."), share, band);
    case MICRO_ABOVE:
      /* Translators: %1$s is a share such as "85 %", %2$s a band such as "60–70 %". */
      return g_strdup_printf (_("%1$s on micro-influencers: above the advised %2$s."), share, band);
    case MICRO_WITHIN:
    default:
      /* Translators: %1$s is a share such as "62 %", %2$s a band such as "60–70 %". */
      return g_strdup_printf (_("%1$s on micro-influencers: within the advised %2$s."), share, band);
    }
}

static char *
describe_without_fee (const MrChartBudgetData *data)
{
  if (!has_spend (data) || data->n_without_fee == 0)
    return NULL;

  /* Translators: %u is a number of campaign members. */
  return g_strdup_printf (ngettext ("%u member has no fee yet: the spend leaves them out.",
                                    "%u members have no fee yet: the spend leaves them out.",
                                    data->n_without_fee),
                          data->n_without_fee);
}

static char *
describe_unknown (const MrChartBudgetData *data)
{
  g_autofree char *amount = NULL;

  if (!has_spend (data) || data->by_tier[UNKNOWN_ROW] <= 0.0)
    return NULL;
  if (known_spend (data) <= 0.0)
    return g_strdup (_("The tiers of the members with a fee are not known: add their follower "
                       "counts to see the split across tiers."));

  amount = format_money (data, data->by_tier[UNKNOWN_ROW]);
  /* Translators: %s is an amount of money such as "EUR 300". */
  return g_strdup_printf (_("%s went to members whose tier is not known, as their follower count "
                            "is missing; the shares leave it out."), amount);
}

static char *
describe_split (const MrChartBudgetData *data)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (!has_spend (data) || known_spend (data) <= 0.0)
    return NULL;

  for (guint t = 0; t < MR_N_TIERS; t++)
    {
      g_autofree char *share = NULL;

      if (data->by_tier[t] <= 0.0)
        continue;
      share = mr_format_percent (share_percent (data, t));
      if (list->len > 0)
        /* Translators: between the items of a list in a chart's description. */
        g_string_append (list, C_("chart description", ", "));
      /* Translators: a tier and its share of the spend, as in "Micro 62 %". */
      g_string_append_printf (list, C_("chart description", "%s %s"), row_label (t), share);
    }

  /* Translators: the tiers and their shares of a campaign's spend, as in "Spend by
   * tier: Micro 62 %, Nano 38 %." */
  return g_strdup_printf (_("Spend by tier: %s."), list->str);
}

char *
mr_chart_budget_describe (const MrChartBudgetData *data)
{
  char *sentences[] = {
    mr_chart_budget_describe_spend (data),
    describe_without_fee (data),
    describe_split (data),
    mr_chart_budget_describe_micro (data),
    describe_unknown (data),
  };
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      if (sentences[i] == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, sentences[i]);
      g_free (sentences[i]);
    }
  return g_string_free (out, FALSE);
}

char *
mr_chart_budget_explain (const MrChartBudgetData *data,
                         const MrChartHit        *hit)
{
  g_autofree char *amount = NULL;
  g_autofree char *share = NULL;

  g_return_val_if_fail (data != NULL && hit != NULL, NULL);

  if (hit->kind != MR_CHART_HIT_BAR)
    return NULL;
  if (hit->group == MR_CHART_BUDGET_SPEND)
    return mr_chart_budget_describe_spend (data);

  g_return_val_if_fail (hit->index <= UNKNOWN_ROW, NULL);

  amount = format_money (data, data->by_tier[hit->index]);
  if (hit->index == UNKNOWN_ROW)
    /* Translators: a tooltip; %1$s is an amount of money, %2$u a number of members. */
    return g_strdup_printf (ngettext ("Tier not known: %1$s for %2$u member whose follower count is missing",
                                      "Tier not known: %1$s for %2$u members whose follower counts are missing",
                                      data->members[hit->index]),
                            amount, data->members[hit->index]);

  share = mr_format_percent (share_percent (data, hit->index));
  /* Translators: a tooltip; %1$s is a tier such as "Micro", %2$s an amount of money,
   * %3$u a number of members, %4$s a share such as "62 %". */
  return g_strdup_printf (ngettext ("%1$s: %2$s for %3$u member, %4$s of the spend with a known tier",
                                    "%1$s: %2$s for %3$u members, %4$s of the spend with a known tier",
                                    data->members[hit->index]),
                          row_label (hit->index), amount, data->members[hit->index], share);
}

/* ── Layout and drawing ───────────────────────────────────────────────────────────── */

typedef struct
{
  cairo_rectangle_t spend_bar;
  guint             n_rows;
  guint             row[MR_N_TIERS + 1];
  cairo_rectangle_t row_area[MR_N_TIERS + 1];
} Frame;

static void
rounded_bar (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height)
{
  double radius = MIN (height / 2.0, width / 2.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + radius, y + height / 2.0, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + height / 2.0, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
}

/* The part of a track from @from to @to (both x): the track's rounded ends clip it. */
static void
fill_part (cairo_t            *cr,
           double              track_x,
           double              y,
           double              track_width,
           double              height,
           double              from,
           double              to,
           const MrChartColor *color)
{
  if (to <= from)
    return;

  cairo_save (cr);
  rounded_bar (cr, track_x, y, track_width, height);
  cairo_clip (cr);
  cairo_rectangle (cr, from, y, to - from, height);
  mr_chart_set_color (cr, color, 1.0);
  cairo_fill (cr);
  cairo_restore (cr);
}

static double
text_width (const MrChartStyle *style,
            const char         *text,
            MrChartTextFlags    flags)
{
  g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, flags);
  double width;

  mr_chart_text_size (layout, &width, NULL);
  return ceil (width);
}

/* A paragraph wrapped to @width at @y, drawn when @cr is given; returns its height. */
static double
paragraph (cairo_t            *cr,
           const MrChartStyle *style,
           double              x,
           double              y,
           double              width,
           const char         *text,
           MrChartTextFlags    flags,
           const MrChartColor *color)
{
  g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, flags);
  double height;

  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  mr_chart_text_size (layout, NULL, &height);
  if (cr != NULL)
    mr_chart_draw_text (cr, layout, x, y, color);
  return ceil (height);
}

static void
draw_spend_bar (cairo_t                 *cr,
                const MrChartStyle      *style,
                const cairo_rectangle_t *bar,
                const MrChartBudgetData *data)
{
  double scale, spend_x, budget_x;

  rounded_bar (cr, bar->x, bar->y, bar->width, bar->height);
  mr_chart_set_color (cr, &style->palette.grid, 1.0);
  cairo_fill (cr);
  if (!has_spend (data) || data->spend <= 0.0)
    return;

  scale = isnan (data->budget) ? data->spend : MAX (data->budget, data->spend);
  spend_x = bar->x + bar->width * data->spend / scale;
  budget_x = isnan (data->budget) ? spend_x : bar->x + bar->width * data->budget / scale;

  fill_part (cr, bar->x, bar->y, bar->width, bar->height, bar->x, MIN (spend_x, budget_x),
             &style->palette.accent);
  if (spend_x > budget_x)
    {
      /* What went over the budget, in the alert colour, behind a mark at the budget. */
      fill_part (cr, bar->x, bar->y, bar->width, bar->height, budget_x, spend_x,
                 &style->palette.warning);
      cairo_save (cr);
      cairo_set_line_width (cr, 2.0);
      mr_chart_set_color (cr, &style->palette.foreground, 1.0);
      cairo_move_to (cr, round (budget_x), bar->y - BAND_OVERHANG);
      cairo_line_to (cr, round (budget_x), bar->y + bar->height + BAND_OVERHANG);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/* "EUR 800 spent of EUR 1,000" on the left, "EUR 200 left" on the right: one line when
 * they fit, else one under the other. Returns the height. */
static double
spend_line (cairo_t                 *cr,
            const MrChartStyle      *style,
            double                   x,
            double                   y,
            double                   width,
            const MrChartBudgetData *data)
{
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autofree char *spend = NULL;
  g_autofree char *budget = NULL;
  const MrChartColor *right_color = &style->palette.dim;
  MrChartTextFlags right_flags = MR_CHART_TEXT_PLAIN;
  double left_height, right_width;

  if (!isnan (data->budget))
    budget = format_money (data, data->budget);
  if (!has_spend (data))
    {
      left = g_strdup (_("No fees entered yet"));
      if (budget != NULL)
        /* Translators: %s is an amount of money such as "EUR 1,000". */
        right = g_strdup_printf (C_("budget chart", "Budget %s"), budget);
    }
  else
    {
      spend = format_money (data, data->spend);
      if (budget == NULL)
        {
          /* Translators: %s is an amount of money such as "EUR 800". */
          left = g_strdup_printf (C_("budget chart", "%s spent"), spend);
          right = g_strdup (C_("budget chart", "No budget set"));
        }
      else
        {
          g_autofree char *difference = format_money (data, fabs (data->budget - data->spend));

          /* Translators: %1$s is the spend, %2$s the budget, as in "EUR 800 spent of
           * EUR 1,000". */
          left = g_strdup_printf (C_("budget chart", "%1$s spent of %2$s"), spend, budget);
          if (data->spend > data->budget)
            {
              /* Translators: %s is an amount of money such as "EUR 150". */
              right = g_strdup_printf (C_("budget chart", "%s over budget"), difference);
              right_color = &style->palette.warning;
              right_flags = MR_CHART_TEXT_BOLD;
            }
          else
            /* Translators: %s is an amount of money such as "EUR 200". */
            right = g_strdup_printf (C_("budget chart", "%s left"), difference);
        }
    }

  right_width = right != NULL ? text_width (style, right, right_flags) : 0.0;
  if (right != NULL && text_width (style, left, MR_CHART_TEXT_PLAIN) + 2 * MR_CHART_GAP + right_width <= width)
    {
      left_height = paragraph (cr, style, x, y, width, left, MR_CHART_TEXT_PLAIN,
                               &style->palette.foreground);
      if (cr != NULL)
        paragraph (cr, style, x + width - right_width, y, right_width + 1.0, right, right_flags,
                   right_color);
      return left_height;
    }

  left_height = paragraph (cr, style, x, y, width, left, MR_CHART_TEXT_PLAIN,
                           has_spend (data) ? &style->palette.foreground : &style->palette.dim);
  if (right == NULL)
    return left_height;
  return left_height + paragraph (cr, style, x, y + left_height, width, right, right_flags, right_color);
}

static char *
row_value (const MrChartBudgetData *data,
           guint                    row)
{
  g_autofree char *amount = format_money (data, data->by_tier[row]);
  g_autofree char *share = NULL;

  if (row == UNKNOWN_ROW)
    return g_steal_pointer (&amount);

  share = mr_format_percent (share_percent (data, row));
  /* Translators: a tier's spend and its share, as in "EUR 400 · 50 %". */
  return g_strdup_printf (C_("budget chart", "%1$s · %2$s"), amount, share);
}

static void
draw_row (cairo_t                 *cr,
          const MrChartStyle      *style,
          const cairo_rectangle_t *row,
          double                   label_width,
          double                   value_width,
          double                   line_height,
          guint                    index,
          const MrChartBudgetData *data)
{
  g_autoptr(PangoLayout) label = mr_chart_text_new (style, row_label (index), MR_CHART_TEXT_PLAIN);
  g_autofree char *value_text = row_value (data, index);
  g_autoptr(PangoLayout) value = mr_chart_text_new (style, value_text, MR_CHART_TEXT_TABULAR);
  double track_x = round (row->x + label_width + MR_CHART_GAP);
  double track_width = round (row->width - label_width - value_width - 2 * MR_CHART_GAP);
  double bar_y = round (row->y + (row->height - BAR_HEIGHT) / 2.0);
  double text_y = row->y + (row->height - line_height) / 2.0;
  double band_x0 = track_x + track_width * MR_MICRO_SHARE_MIN;
  double band_x1 = track_x + track_width * MR_MICRO_SHARE_MAX;
  double known = known_spend (data), width;
  gboolean unknown = index == UNKNOWN_ROW;

  pango_layout_set_width (label, (int) (MAX (label_width, 1.0) * PANGO_SCALE));
  pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  mr_chart_draw_text (cr, label, row->x, text_y, unknown ? &style->palette.dim : &style->palette.foreground);

  if (index == MR_TIER_MICRO)
    {
      cairo_rectangle (cr, band_x0, bar_y - BAND_OVERHANG, band_x1 - band_x0, BAR_HEIGHT + 2 * BAND_OVERHANG);
      mr_chart_set_color (cr, &style->palette.good, 0.22);
      cairo_fill (cr);
    }

  rounded_bar (cr, track_x, bar_y, track_width, BAR_HEIGHT);
  mr_chart_set_color (cr, &style->palette.grid, 1.0);
  cairo_fill (cr);
  if (!unknown && known > 0.0 && data->by_tier[index] > 0.0)
    {
      rounded_bar (cr, track_x, bar_y, MAX (track_width * MIN (data->by_tier[index] / known, 1.0), BAR_HEIGHT),
                   BAR_HEIGHT);
      mr_chart_set_color (cr, &style->palette.accent, 1.0);
      cairo_fill (cr);
    }

  if (index == MR_TIER_MICRO)
    {
      static const double dash[] = { 3.0, 2.0 };

      /* The band's edges stay visible over the bar. */
      cairo_save (cr);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_rectangle (cr, round (band_x0) + 0.5, bar_y - BAND_OVERHANG + 0.5,
                       round (band_x1) - round (band_x0) - 1.0, BAR_HEIGHT + 2 * BAND_OVERHANG - 1.0);
      mr_chart_set_color (cr, &style->palette.good, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  mr_chart_text_size (value, &width, NULL);
  mr_chart_draw_text (cr, value, row->x + row->width - width, text_y,
                      unknown ? &style->palette.dim : &style->palette.foreground);
}

/* The rows shown: the tiers with spend and always micro, whose advice the chart marks;
 * then the spend of no known tier. */
static guint
list_rows (const MrChartBudgetData *data,
           guint                   *rows)
{
  guint n = 0;

  if (known_spend (data) > 0.0)
    for (guint t = 0; t < MR_N_TIERS; t++)
      if (data->by_tier[t] > 0.0 || t == MR_TIER_MICRO)
        rows[n++] = t;
  if (data->by_tier[UNKNOWN_ROW] > 0.0)
    rows[n++] = UNKNOWN_ROW;
  return n;
}

/* Lays the chart out from the top of @area, drawing when @cr is given; returns the
 * height it takes and where its parts are in @frame. */
static double
layout_chart (cairo_t                 *cr,
              const MrChartStyle      *style,
              const cairo_rectangle_t *area,
              const MrChartBudgetData *data,
              Frame                   *frame)
{
  double line_height = mr_chart_line_height (style);
  double row_height = MAX (line_height, BAR_HEIGHT + 2 * BAND_OVERHANG);
  double x = area->x, width = area->width, y = area->y;
  double label_width = 0.0, value_width = 0.0;
  g_autofree char *without_fee = describe_without_fee (data);
  g_autofree char *micro = NULL;
  g_autofree char *unknown = NULL;

  *frame = (Frame) { { 0 } };

  y += paragraph (cr, style, x, y, width, C_("budget chart", "Spend and budget"), MR_CHART_TEXT_BOLD,
                  &style->palette.foreground) + TITLE_GAP;
  frame->spend_bar = (cairo_rectangle_t) { x, y + BAND_OVERHANG, width, SPEND_BAR_HEIGHT };
  if (cr != NULL)
    draw_spend_bar (cr, style, &frame->spend_bar, data);
  y += SPEND_BAR_HEIGHT + 2 * BAND_OVERHANG + TEXT_GAP;
  y += spend_line (cr, style, x, y, width, data);
  if (without_fee != NULL)
    y += TEXT_GAP + paragraph (cr, style, x, y + TEXT_GAP, width, without_fee, MR_CHART_TEXT_PLAIN,
                               &style->palette.dim);
  if (!has_spend (data))
    return y - area->y;

  y += SECTION_GAP;
  y += paragraph (cr, style, x, y, width, C_("budget chart", "Spend by tier"), MR_CHART_TEXT_BOLD,
                  &style->palette.foreground) + TITLE_GAP;

  frame->n_rows = list_rows (data, frame->row);
  for (guint i = 0; i < frame->n_rows; i++)
    {
      g_autofree char *value = row_value (data, frame->row[i]);

      label_width = MAX (label_width, text_width (style, row_label (frame->row[i]), MR_CHART_TEXT_PLAIN));
      value_width = MAX (value_width, text_width (style, value, MR_CHART_TEXT_TABULAR));
    }
  /* Long labels give way to the bars: a bar needs room to show its length. */
  label_width = MAX (MIN (label_width, width - value_width - 2 * MR_CHART_GAP - MIN_TRACK_WIDTH), 0.0);
  for (guint i = 0; i < frame->n_rows; i++)
    {
      frame->row_area[i] = (cairo_rectangle_t) { x, y, width, row_height };
      if (cr != NULL)
        draw_row (cr, style, &frame->row_area[i], label_width, value_width, line_height,
                  frame->row[i], data);
      y += row_height + ROW_GAP;
    }

  if ((micro = mr_chart_budget_describe_micro (data)) != NULL)
    {
      g_autofree char *band = advised_band ();
      /* Translators: the legend of the band drawn on the micro-influencers' bar; %s is
       * a band such as "60–70 %". */
      g_autofree char *advice = g_strdup_printf (_("Advised for micro-influencers: %s of the spend"), band);
      MrChartLegendItem item = { MR_CHART_MARKER_DASHED_BOX, &style->palette.good, advice };
      const MrChartColor *color = micro_verdict (data) == MICRO_WITHIN ? &style->palette.good
                                                                       : &style->palette.warning;

      if (cr != NULL)
        mr_chart_draw_legend (cr, style, x, y, width, &item, 1);
      y += mr_chart_legend_height (style, width, &item, 1) + TEXT_GAP;
      y += paragraph (cr, style, x, y, width, micro, MR_CHART_TEXT_BOLD, color);
    }
  if ((unknown = describe_unknown (data)) != NULL)
    y += TEXT_GAP + paragraph (cr, style, x, y + TEXT_GAP, width, unknown, MR_CHART_TEXT_PLAIN,
                               &style->palette.dim);

  return y - area->y;
}

double
mr_chart_budget_get_height (const MrChartStyle      *style,
                            double                   width,
                            const MrChartBudgetData *data)
{
  cairo_rectangle_t area = { 0, 0, width, 0 };
  Frame frame;

  g_return_val_if_fail (style != NULL && data != NULL, 0.0);

  return ceil (layout_chart (NULL, style, &area, data, &frame));
}

void
mr_chart_budget_draw (cairo_t                 *cr,
                      const MrChartStyle      *style,
                      const cairo_rectangle_t *area,
                      const MrChartBudgetData *data)
{
  Frame frame;

  g_return_if_fail (cr != NULL && style != NULL && area != NULL && data != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  layout_chart (cr, style, area, data, &frame);
  cairo_restore (cr);
}

gboolean
mr_chart_budget_hit_test (const MrChartStyle      *style,
                          const cairo_rectangle_t *area,
                          const MrChartBudgetData *data,
                          double                   x,
                          double                   y,
                          MrChartHit              *hit)
{
  cairo_rectangle_t spend;
  Frame frame;

  g_return_val_if_fail (style != NULL && area != NULL && data != NULL && hit != NULL, FALSE);

  *hit = (MrChartHit) { MR_CHART_HIT_NONE };
  layout_chart (NULL, style, area, data, &frame);

  spend = frame.spend_bar;
  spend.y -= BAND_OVERHANG;
  spend.height += 2 * BAND_OVERHANG;
  if (mr_chart_rect_contains (&spend, x, y))
    {
      *hit = (MrChartHit) { MR_CHART_HIT_BAR, MR_CHART_BUDGET_SPEND, 0, spend };
      return TRUE;
    }

  for (guint i = 0; i < frame.n_rows; i++)
    {
      cairo_rectangle_t row = frame.row_area[i];

      /* Half the gap above and below: no dead lines between the rows. */
      row.y -= ROW_GAP / 2.0;
      row.height += ROW_GAP;
      if (mr_chart_rect_contains (&row, x, y))
        {
          *hit = (MrChartHit) { MR_CHART_HIT_BAR, MR_CHART_BUDGET_TIERS, frame.row[i], row };
          return TRUE;
        }
    }
  return FALSE;
}
