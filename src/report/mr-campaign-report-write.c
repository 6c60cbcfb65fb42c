/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-report-write"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-campaign-report-private.h"
#include "mr-kpi-format.h"
#include "mr-number-format.h"

/* The campaign report's pages, written with the vetting report's blocks: a title block
 * with the campaign's facts, the KPIs against the targets, the budget chart, a table
 * of the members' results, their deliverables, and the notes. */

/* Room left of a cell for mr_report_add_dot (). */
#define DOT_ROOM 10.0

/* ── Title block ────────────────────────────────────────────────────────────────── */

static char *
describe_campaign (const MrCampaignSection *s)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (s->brand != NULL)
    g_ptr_array_add (parts, s->brand);
  g_ptr_array_add (parts, s->kind);
  if (s->platforms != NULL)
    g_ptr_array_add (parts, s->platforms);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static char *
format_period (const MrCampaignSection *s)
{
  g_autofree char *start = s->start_day != 0 ? mr_report_format_day (s->start_day) : NULL;
  g_autofree char *end = s->end_day != 0 ? mr_report_format_day (s->end_day) : NULL;

  if (start != NULL && end != NULL)
    /* Translators: a campaign's period: its first and last day. */
    return g_strdup_printf (C_("period", "%1$s – %2$s"), start, end);
  if (start != NULL)
    /* Translators: a campaign's period without an end; %s is a day. */
    return g_strdup_printf (C_("period", "From %s"), start);
  if (end != NULL)
    /* Translators: a campaign's period without a start; %s is a day. */
    return g_strdup_printf (C_("period", "Until %s"), end);
  return g_strdup (C_("period", "Not set"));
}

static void
write_header (MrReportWriter *w)
{
  const MrCampaignSection *s = w->campaign;
  double third = w->width / 3;
  g_autofree char *about = describe_campaign (s);
  g_autofree char *period = format_period (s);
  g_autofree char *budget = isnan (s->budget) ? g_strdup (C_("budget", "Not set"))
                                              : mr_report_format_money (s->currency, s->budget, 0);
  g_autofree char *roas = mr_kpi_format_target (MR_KPI_ROAS, &s->targets);
  g_autofree char *band = mr_kpi_format_target (MR_KPI_CTR, &s->targets);
  /* Translators: a campaign's targets: %1$s the ROAS target ("≥ 3 : 1"), %2$s the CTR
   * band ("2–5 %"). */
  g_autofree char *targets = g_strdup_printf (_("ROAS %1$s · CTR %2$s"), roas, band);
  g_autofree char *until = s->results_until != 0 ? mr_report_format_day (s->results_until)
                                                 : g_strdup (_("No results entered yet"));
  g_autofree char *date = mr_report_format_day (w->report->date);
  MrLayoutRow *row;

  mr_report_add_title_block (w, _("Campaign report"), s->name, about);

  row = mr_layout_row_new ();
  mr_report_add_fact (w, row, 0, third - 8, _("Goal"), s->goal);
  mr_report_add_fact (w, row, third, third - 8, _("Dates"), period);
  mr_report_add_fact (w, row, 2 * third, third, _("Budget"), budget);
  mr_layout_row_set_padding (row, 8, 0);
  mr_page_layout_add_row (w->layout, row);

  row = mr_layout_row_new ();
  mr_report_add_fact (w, row, 0, third - 8, _("Targets"), targets);
  mr_report_add_fact (w, row, third, third - 8, _("Results up to"), until);
  mr_report_add_fact (w, row, 2 * third, third, _("Report date"), date);
  mr_layout_row_set_padding (row, 8, 0);
  mr_page_layout_add_row (w->layout, row);
}

/* ── KPIs against the targets ───────────────────────────────────────────────────── */

static const char *
kpi_label (MrKpiKind kind)
{
  static const char * const labels[] = {
    NC_("kpi", "Spend"), NC_("kpi", "Revenue"), NC_("kpi", "CTR"), NC_("kpi", "CPM"),
    NC_("kpi", "CPE"), NC_("kpi", "CPA"), NC_("kpi", "ROAS"), NC_("kpi", "ROI"),
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == MR_N_KPIS);

  return g_dpgettext2 (GETTEXT_PACKAGE, "kpi", labels[kind]);
}

static const char *
kpi_meaning (MrKpiKind kind)
{
  /* The campaign page's words for how each is worked out. */
  static const char * const meanings[] = {
    N_("The sum of the members’ fees"),
    N_("The sum of the revenue in the results"),
    N_("Clicks ÷ impressions × 100 (click-through rate)"),
    N_("Spend ÷ impressions × 1,000 (cost per mille)"),
    N_("Spend ÷ engagements (cost per engagement)"),
    N_("Spend ÷ conversions (cost per acquisition)"),
    N_("Revenue ÷ spend (return on ad spend)"),
    N_("(Revenue − spend) ÷ spend × 100 (return on investment)"),
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (meanings) == MR_N_KPIS);

  return _(meanings[kind]);
}

/* The target a KPI is judged against, NULL for none. */
static char *
kpi_target (const MrCampaignSection *s,
            MrKpiKind                kind)
{
  g_autofree char *budget = NULL;

  switch (kind)
    {
    case MR_KPI_SPEND:
      if (isnan (s->budget))
        return NULL;
      budget = mr_report_format_money (s->currency, s->budget, 0);
      /* Translators: under the campaign's spend; %s is an amount of money. */
      return g_strdup_printf (_("Budget %s"), budget);
    case MR_KPI_CTR:
      return mr_kpi_format_target (MR_KPI_CTR, &s->targets);
    case MR_KPI_ROAS:
      return mr_kpi_format_target (MR_KPI_ROAS, &s->targets);
    case MR_KPI_ROI:
      return mr_kpi_format_target (kind, &s->targets);
    case MR_KPI_REVENUE:
    case MR_KPI_CPM:
    case MR_KPI_CPE:
    case MR_KPI_CPA:
    case MR_N_KPIS:
    default:
      return NULL;
    }
}

/* The mark beside a KPI: on or off its target, in words and colour; NULL for none. The
 * spend is judged against the budget. */
static const char *
kpi_mark (const MrCampaignSection  *s,
          MrKpiKind                 kind,
          const MrReportStyle      *style,
          const MrChartColor      **color)
{
  const MrKpi *kpi = &s->kpis.kpis[kind];

  if (!kpi->has_value)
    return NULL;
  if (kind == MR_KPI_SPEND)
    {
      if (isnan (s->budget))
        return NULL;
      *color = kpi->value > s->budget ? &style->palette.warning : &style->palette.good;
      return kpi->value > s->budget ? _("Over budget") : _("Within budget");
    }

  switch (kpi->judgement)
    {
    case MR_KPI_ON_TARGET:
      *color = &style->palette.good;
      break;
    case MR_KPI_OFF_TARGET:
      *color = &style->palette.warning;
      break;
    case MR_KPI_NO_TARGET:
    default:
      break;
    }
  return mr_kpi_mark_word (kind, kpi, &s->targets);
}

static void
kpi_columns (MrReportWriter *w,
             MrReportColumn *columns)
{
  double unit = w->width / 20;

  columns[0] = (MrReportColumn) { 0, 4 * unit - 8, PANGO_ALIGN_LEFT };
  columns[1] = (MrReportColumn) { 4 * unit, 3 * unit - 8, PANGO_ALIGN_LEFT };
  columns[2] = (MrReportColumn) { 7 * unit, 3 * unit - 8, PANGO_ALIGN_LEFT };
  columns[3] = (MrReportColumn) { 10 * unit, 3 * unit - 8, PANGO_ALIGN_LEFT };
  columns[4] = (MrReportColumn) { 13 * unit, 7 * unit, PANGO_ALIGN_LEFT };
}

static void
write_kpi (MrReportWriter *w,
           MrKpiKind       kind)
{
  const MrReportStyle *style = &w->report->style;
  const MrCampaignSection *s = w->campaign;
  const MrKpi *kpi = &s->kpis.kpis[kind];
  g_autofree char *value = mr_campaign_report_kpi (s, kind, kpi);
  g_autofree char *target = kpi_target (s, kind);
  g_autofree char *budget_sentence = NULL;
  const MrChartColor *color = &style->palette.dim;
  const char *mark = kpi_mark (s, kind, style, &color);
  const char *sentence = kpi->sentence;
  MrReportColumn columns[5];
  MrReportColumn marked;
  MrLayoutRow *row = mr_layout_row_new ();
  guint cell;

  /* The spend's sentence says what is left of the budget, as the chart does. */
  if (kind == MR_KPI_SPEND && kpi->has_value && !isnan (s->budget))
    sentence = budget_sentence = mr_chart_budget_describe_spend (s->budget_chart);

  kpi_columns (w, columns);
  cell = mr_layout_row_add_cell (row, columns[0].x, columns[0].width);
  mr_report_cell_text (w, row, cell, &columns[0], MR_REPORT_FONT_SMALL_BOLD,
                       &style->palette.foreground, kpi_label (kind), 0);
  mr_report_cell_text (w, row, cell, &columns[0], MR_REPORT_FONT_CAPTION, &style->palette.dim,
                       kpi_meaning (kind), 1);
  cell = mr_layout_row_add_cell (row, columns[1].x, columns[1].width);
  mr_report_cell_text (w, row, cell, &columns[1], MR_REPORT_FONT_BODY_BOLD,
                       kpi->has_value ? &style->palette.foreground : &style->palette.dim, value, 0);
  cell = mr_layout_row_add_cell (row, columns[2].x, columns[2].width);
  mr_report_cell_text (w, row, cell, &columns[2], MR_REPORT_FONT_SMALL, &style->palette.foreground,
                       target != NULL ? target : "—", 0);

  marked = (MrReportColumn) { columns[3].x + DOT_ROOM, columns[3].width - DOT_ROOM, PANGO_ALIGN_LEFT };
  cell = mr_layout_row_add_cell (row, marked.x, marked.width);
  mr_report_cell_text (w, row, cell, &marked, MR_REPORT_FONT_SMALL_BOLD, color,
                       mark != NULL ? mark : "—", 0);
  if (mark != NULL)
    mr_report_add_dot (row, cell, color);

  cell = mr_layout_row_add_cell (row, columns[4].x, columns[4].width);
  mr_report_cell_text (w, row, cell, &columns[4], MR_REPORT_FONT_SMALL, &style->palette.dim,
                       sentence, 0);
  mr_report_finish_row (w, row);
}

static void
write_totals (MrReportWriter *w)
{
  const MrKpiInput *in = &w->campaign->input;
  g_autofree char *impressions = mr_report_format_count_or_dash (in->impressions);
  g_autofree char *clicks = mr_report_format_count_or_dash (in->clicks);
  g_autofree char *conversions = mr_report_format_count_or_dash (in->conversions);
  g_autofree char *engagements = mr_report_format_count_or_dash (in->engagements);
  /* Translators: the campaign's results summed over its members; each %s is a count,
   * or a dash when none was entered. */
  g_autofree char *text = g_strdup_printf (_("Over all members: %1$s impressions, %2$s clicks, "
                                             "%3$s conversions and %4$s engagements."),
                                           impressions, clicks, conversions, engagements);

  mr_report_add_paragraph (w, MR_REPORT_FONT_SMALL, &w->report->style.palette.dim, text, 8);
}

static void
write_kpis (MrReportWriter *w)
{
  MrReportColumn columns[5];
  const char *titles[] = { _("KPI"), _("Value"), _("Target"), _("Judged"), _("What it means") };

  kpi_columns (w, columns);
  mr_report_add_heading (w, _("Results against targets"),
                         _("The campaign’s figures over all its members, each judged against its target where it has one."),
                         60);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 40);
  for (MrKpiKind kind = 0; kind < MR_N_KPIS; kind++)
    write_kpi (w, kind);
  write_totals (w);
}

/* ── Budget ─────────────────────────────────────────────────────────────────────── */

static void
draw_budget (cairo_t                 *cr,
             const MrChartStyle      *style,
             const cairo_rectangle_t *area,
             gconstpointer            data)
{
  mr_chart_budget_draw (cr, style, area, data);
}

static void
write_budget (MrReportWriter *w)
{
  const MrChartBudgetData *data = w->campaign->budget_chart;
  double height = mr_chart_budget_get_height (&w->report->chart_style, w->width, data);
  g_autofree char *low = mr_format_decimal (MR_MICRO_SHARE_MIN * 100.0, 0);
  g_autofree char *high = mr_format_decimal (MR_MICRO_SHARE_MAX * 100.0, 0);
  /* Translators: under the budget's heading; %1$s and %2$s are the ends of the advised
   * share, "60" and "70". */
  g_autofree char *subtitle = g_strdup_printf (_("The spend is the sum of the fees entered. The advice is to put %1$s–%2$s %% of it on micro-influencers."),
                                               low, high);

  mr_report_add_heading (w, _("Budget"), subtitle, height);
  mr_report_add_chart (w, height, draw_budget, data);
}

/* ── Members ────────────────────────────────────────────────────────────────────── */

enum
{
  COL_CREATOR,
  COL_FEE,
  COL_IMPRESSIONS,
  COL_CLICKS,
  COL_CONVERSIONS,
  COL_REVENUE,
  COL_CTR,
  COL_CPA,
  COL_ROAS,
  COL_HINT,
  N_MEMBER_COLUMNS
};

static void
member_columns (MrReportWriter *w,
                MrReportColumn *columns)
{
  static const double units[N_MEMBER_COLUMNS] = { 3.6, 1.9, 2.1, 1.5, 2.1, 1.8, 1.6, 1.6, 1.6, 2.2 };
  double unit = w->width / 20, x = 0;

  for (guint i = 0; i < N_MEMBER_COLUMNS; i++)
    {
      gboolean text = i == COL_CREATOR || i == COL_HINT;
      /* Wider before the hint: the figures end right-aligned, the hint starts left. */
      double gap = i == COL_ROAS ? 10.0 : i + 1 < N_MEMBER_COLUMNS ? 5.0 : 0.0;

      columns[i] = (MrReportColumn) { x, units[i] * unit - gap, text ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT };
      x += units[i] * unit;
    }
}

static const char *
hint_label (MrKpiHint            hint,
            const MrReportStyle *style,
            const MrChartColor **color)
{
  switch (hint)
    {
    case MR_KPI_HINT_SCALE_UP:
      *color = &style->palette.good;
      return C_("campaign hint", "Scale up");
    case MR_KPI_HINT_REVIEW:
      *color = &style->palette.warning;
      return C_("campaign hint", "Review");
    case MR_KPI_HINT_NONE:
    default:
      *color = &style->palette.dim;
      return "—";
    }
}

static char *
format_count (gint64 value)
{
  return mr_report_format_count_or_dash (value);
}

static char *
format_amount (double value)
{
  return isnan (value) ? g_strdup ("—") : mr_kpi_format_money (NULL, value, FALSE);
}

static char *
format_cost (const MrKpi *kpi)
{
  return kpi->has_value ? mr_kpi_format_money (NULL, kpi->value, TRUE) : g_strdup ("—");
}

/* One row of the members' table: a member's, or the campaign's totals in bold. Under
 * a member's name, its account and tier, then its status. */
static void
add_member_row (MrReportWriter       *w,
                const MrReportColumn *columns,
                const char           *name,
                const char           *detail,
                const char           *status,
                const MrKpiInput     *in,
                const MrKpiSet       *kpis,
                MrKpiHint             hint,
                gboolean              total)
{
  const MrReportStyle *style = &w->report->style;
  const MrCampaignSection *s = w->campaign;
  MrReportFont font = total ? MR_REPORT_FONT_SMALL_BOLD : MR_REPORT_FONT_SMALL;
  const MrChartColor *hint_color;
  const char *hint_text = hint_label (hint, style, &hint_color);
  char *texts[N_MEMBER_COLUMNS] = { NULL };
  MrLayoutRow *row = mr_layout_row_new ();

  texts[COL_FEE] = format_amount (in->spend);
  texts[COL_IMPRESSIONS] = format_count (in->impressions);
  texts[COL_CLICKS] = format_count (in->clicks);
  texts[COL_CONVERSIONS] = format_count (in->conversions);
  texts[COL_REVENUE] = format_amount (in->revenue);
  texts[COL_CTR] = kpis->kpis[MR_KPI_CTR].has_value ? mr_format_percent (kpis->kpis[MR_KPI_CTR].value)
                                                    : g_strdup ("—");
  texts[COL_CPA] = format_cost (&kpis->kpis[MR_KPI_CPA]);
  texts[COL_ROAS] = mr_campaign_report_kpi (s, MR_KPI_ROAS, &kpis->kpis[MR_KPI_ROAS]);

  for (guint i = 0; i < N_MEMBER_COLUMNS; i++)
    {
      guint cell = mr_layout_row_add_cell (row, columns[i].x, columns[i].width);
      const char *text = texts[i];
      const MrChartColor *color = &style->palette.foreground;

      if (i == COL_CREATOR)
        text = name;
      else if (i == COL_HINT)
        {
          text = total ? NULL : hint_text;
          color = hint_color;
        }
      if (text == NULL)
        continue;

      mr_report_cell_text (w, row, cell, &columns[i], i == COL_HINT ? MR_REPORT_FONT_SMALL_BOLD : font,
                           color, text, 0);
      if (i == COL_CREATOR && detail != NULL)
        mr_report_cell_text (w, row, cell, &columns[i], MR_REPORT_FONT_CAPTION, &style->palette.dim,
                             detail, 1);
      if (i == COL_CREATOR && status != NULL)
        mr_report_cell_text (w, row, cell, &columns[i], MR_REPORT_FONT_CAPTION,
                             &style->palette.foreground, status, 1);
    }
  mr_report_finish_row (w, row);

  for (guint i = 0; i < N_MEMBER_COLUMNS; i++)
    g_free (texts[i]);
}

static char *
member_detail (const MrReportMember *member)
{
  const char *tier = member->tier != MR_TIER_NONE ? mr_tier_get_label (member->tier) : NULL;

  if (member->handle != NULL && tier != NULL)
    /* Translators: a member's account and tier, as in "TikTok @lotte.bakt · Micro". */
    return g_strdup_printf (C_("campaign member", "%1$s · %2$s"), member->handle, tier);
  return g_strdup (member->handle != NULL ? member->handle : tier);
}

static void
write_members (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const MrCampaignSection *s = w->campaign;
  MrReportColumn columns[N_MEMBER_COLUMNS];
  const char *titles[N_MEMBER_COLUMNS] = {
    _("Creator"), _("Fee"), _("Impressions"), _("Clicks"), _("Conversions"),
    _("Revenue"), C_("kpi", "CTR"), C_("kpi", "CPA"), C_("kpi", "ROAS"), _("Hint"),
  };
  /* Translators: under the heading of the members' table; %s is a currency code. */
  g_autofree char *subtitle = g_strdup_printf (_("Fees, revenue and costs in %s. The hints compare each member with the others."),
                                               s->currency);
  gboolean hinted[MR_KPI_HINT_REVIEW + 1] = { FALSE };

  mr_report_add_heading (w, _("Members"), subtitle, 60);
  if (s->members->len == 0)
    {
      mr_report_add_paragraph (w, MR_REPORT_FONT_BODY, &style->palette.dim,
                               _("No members yet: add creators to the campaign to follow their results here."),
                               0);
      return;
    }

  member_columns (w, columns);
  mr_report_add_table_header (w, columns, titles, N_MEMBER_COLUMNS, 30);
  for (guint i = 0; i < s->members->len; i++)
    {
      const MrReportMember *member = &g_array_index (s->members, MrReportMember, i);
      g_autofree char *detail = member_detail (member);

      add_member_row (w, columns, member->name, detail, member->status, &member->input,
                      &member->kpis, member->hint, FALSE);
      hinted[member->hint] = TRUE;
    }
  add_member_row (w, columns, _("All members"), NULL, NULL, &s->input, &s->kpis,
                  MR_KPI_HINT_NONE, TRUE);

  for (MrKpiHint hint = MR_KPI_HINT_SCALE_UP; hint <= MR_KPI_HINT_REVIEW; hint++)
    if (hinted[hint])
      mr_report_add_paragraph (w, MR_REPORT_FONT_SMALL, &style->palette.dim,
                               mr_kpi_hint_describe (hint), 6);
}

/* ── Deliverables ───────────────────────────────────────────────────────────────── */

static void
deliverable_columns (MrReportWriter *w,
                     MrReportColumn *columns)
{
  double unit = w->width / 20;

  columns[0] = (MrReportColumn) { 0, 6 * unit - 8, PANGO_ALIGN_LEFT };
  columns[1] = (MrReportColumn) { 6 * unit, 7 * unit - 8, PANGO_ALIGN_LEFT };
  columns[2] = (MrReportColumn) { 13 * unit, 4 * unit - 8, PANGO_ALIGN_LEFT };
  columns[3] = (MrReportColumn) { 17 * unit + DOT_ROOM, 3 * unit - DOT_ROOM, PANGO_ALIGN_LEFT };
}

static const char *
deliverable_state (const MrReportDeliverable *deliverable,
                   guint32                    today,
                   const MrReportStyle       *style,
                   const MrChartColor       **color)
{
  if (deliverable->done)
    {
      *color = &style->palette.good;
      return C_("deliverable", "Done");
    }
  if (deliverable->due_day != 0 && deliverable->due_day < today)
    {
      *color = &style->palette.warning;
      return C_("deliverable", "Overdue");
    }
  *color = &style->palette.dim;
  return C_("deliverable", "Open");
}

/* The member's name, then its promo code and link: what the creator shares. */
static void
add_member_cell (MrReportWriter       *w,
                 MrLayoutRow          *row,
                 const MrReportColumn *column,
                 const MrReportMember *member)
{
  const MrReportStyle *style = &w->report->style;
  guint cell = mr_layout_row_add_cell (row, column->x, column->width);

  mr_report_cell_text (w, row, cell, column, MR_REPORT_FONT_SMALL_BOLD, &style->palette.foreground,
                       member->name, 0);
  if (member->promo_code != NULL)
    {
      /* Translators: a campaign member's promo code, as in "Code: LOTTE10". */
      g_autofree char *code = g_strdup_printf (_("Code: %s"), member->promo_code);

      mr_report_cell_text (w, row, cell, column, MR_REPORT_FONT_CAPTION, &style->palette.dim, code, 1);
    }
  if (member->link != NULL)
    mr_report_cell_text (w, row, cell, column, MR_REPORT_FONT_CAPTION, &style->palette.dim,
                         member->link, 1);
}

static void
write_member_deliverables (MrReportWriter       *w,
                           const MrReportColumn *columns,
                           const MrReportMember *member)
{
  const MrReportStyle *style = &w->report->style;
  MrLayoutRow *row;

  if (member->deliverables->len == 0)
    {
      row = mr_layout_row_new ();
      add_member_cell (w, row, &columns[0], member);
      mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[1].x, columns[1].width),
                           &columns[1], MR_REPORT_FONT_SMALL, &style->palette.dim,
                           _("No deliverables agreed yet"), 0);
      mr_report_finish_row (w, row);
      return;
    }

  for (guint i = 0; i < member->deliverables->len; i++)
    {
      const MrReportDeliverable *deliverable = &g_array_index (member->deliverables, MrReportDeliverable, i);
      g_autofree char *due = deliverable->due_day != 0 ? mr_report_format_day (deliverable->due_day)
                                                       : g_strdup (_("No day agreed"));
      const MrChartColor *color;
      const char *state = deliverable_state (deliverable, w->report->date, style, &color);
      guint cell;

      row = mr_layout_row_new ();
      if (i == 0)
        add_member_cell (w, row, &columns[0], member);
      mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[1].x, columns[1].width),
                           &columns[1], MR_REPORT_FONT_SMALL, &style->palette.foreground,
                           deliverable->title, 0);
      mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[2].x, columns[2].width),
                           &columns[2], MR_REPORT_FONT_SMALL,
                           deliverable->due_day != 0 ? &style->palette.foreground : &style->palette.dim,
                           due, 0);
      cell = mr_layout_row_add_cell (row, columns[3].x, columns[3].width);
      mr_report_cell_text (w, row, cell, &columns[3], MR_REPORT_FONT_SMALL_BOLD, color, state, 0);
      mr_report_add_dot (row, cell, color);
      mr_report_finish_row (w, row);
    }
}

static void
write_deliverables (MrReportWriter *w)
{
  const MrCampaignSection *s = w->campaign;
  MrReportColumn columns[4];
  const char *titles[] = { _("Member"), _("Deliverable"), _("Due"), _("State") };

  if (s->members->len == 0)
    return;

  deliverable_columns (w, columns);
  mr_report_add_heading (w, _("Deliverables"),
                         _("What each member agreed to deliver, by when, and whether it was delivered."), 40);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 30);
  for (guint i = 0; i < s->members->len; i++)
    write_member_deliverables (w, columns, &g_array_index (s->members, MrReportMember, i));
}

/* ── Notes ──────────────────────────────────────────────────────────────────────── */

static void
write_notes (MrReportWriter *w)
{
  if (w->campaign->notes == NULL)
    return;

  mr_report_add_heading (w, _("Notes"), NULL, 30);
  mr_report_add_paragraph (w, MR_REPORT_FONT_BODY, &w->report->style.palette.foreground,
                           w->campaign->notes, 0);
}

void
mr_campaign_report_write (MrReportWriter *w)
{
  g_return_if_fail (w->campaign != NULL);

  mr_page_layout_break_page (w->layout, 0);
  write_header (w);
  write_kpis (w);
  write_budget (w);
  write_members (w);
  write_deliverables (w);
  write_notes (w);
}
