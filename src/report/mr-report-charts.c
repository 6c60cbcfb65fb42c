/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-report-private.h"

/* The window's charts on paper: drawn by the same code (src/report/mr-chart*), as
 * vectors, each followed by the sentence that says what it shows. */

#define FOLLOWERS_HEIGHT   190.0
#define ENGAGEMENT_HEIGHT  160.0
#define ACTIVITY_HEIGHT    170.0
#define PLACEHOLDER_HEIGHT 56.0
#define CAPTION_SPACE      6.0

static void
draw_placeholder (cairo_t                 *cr,
                  const MrChartStyle      *style,
                  const cairo_rectangle_t *area,
                  gconstpointer            data)
{
  mr_chart_draw_placeholder (cr, style, area, data);
}

static void
draw_followers (cairo_t                 *cr,
                const MrChartStyle      *style,
                const cairo_rectangle_t *area,
                gconstpointer            data)
{
  mr_chart_followers_draw (cr, style, area, data);
}

static void
draw_engagement (cairo_t                 *cr,
                 const MrChartStyle      *style,
                 const cairo_rectangle_t *area,
                 gconstpointer            data)
{
  mr_chart_engagement_draw (cr, style, area, data);
}

static void
draw_audience (cairo_t                 *cr,
               const MrChartStyle      *style,
               const cairo_rectangle_t *area,
               gconstpointer            data)
{
  mr_chart_audience_draw (cr, style, area, data);
}

static void
draw_activity (cairo_t                 *cr,
               const MrChartStyle      *style,
               const cairo_rectangle_t *area,
               gconstpointer            data)
{
  mr_chart_activity_draw (cr, style, area, data);
}

/* A heading, then the chart with its sentence under it, all on one page; or where
 * there is too little data for an axis, the window's empty state saying @missing. */
static void
add_chart_section (MrReportWriter    *w,
                   const char        *title,
                   const char        *subtitle,
                   gboolean           has_data,
                   double             height,
                   MrReportChartFunc  draw,
                   gconstpointer      data,
                   const char        *description,
                   const char        *missing)
{
  const MrReportStyle *style = &w->report->style;
  MrLayoutRow *caption = NULL;
  double needed = PLACEHOLDER_HEIGHT;

  if (has_data)
    {
      needed = height;
      if (description != NULL)
        {
          caption = mr_report_paragraph_new (w, MR_REPORT_FONT_SMALL, &style->palette.dim, description);
          needed += CAPTION_SPACE + mr_layout_row_get_height (caption);
        }
    }

  mr_report_add_heading (w, title, subtitle, needed);
  if (!has_data)
    {
      mr_report_add_chart (w, PLACEHOLDER_HEIGHT, draw_placeholder, missing);
      return;
    }

  mr_report_add_chart (w, height, draw, data);
  if (caption != NULL)
    {
      mr_page_layout_skip (w->layout, CAPTION_SPACE);
      mr_page_layout_add_row (w->layout, caption);
    }
}

/* Which account the primary account's charts are from, when there are several. */
static char *
primary_source (MrReportWriter *w)
{
  for (guint i = 0; i < w->section->accounts->len && w->section->figures->several_accounts; i++)
    {
      const MrReportAccount *account = &g_array_index (w->section->accounts, MrReportAccount, i);

      if (account->primary)
        /* Translators: under a chart's heading: the platform and the handle of the
         * account its figures come from, as in "From TikTok: lotte.bakt". */
        return g_strdup_printf (_("From %s: %s"), account->platform, account->handle);
    }
  return NULL;
}

static void
write_spikes (MrReportWriter *w)
{
  const MrChartFollowersData *data = &w->section->figures->followers;
  double unit = w->width / 20;
  const MrReportColumn columns[] = {
    { 0, 4 * unit - 8, PANGO_ALIGN_LEFT },
    { 4 * unit, 3 * unit - 8, PANGO_ALIGN_RIGHT },
    { 7 * unit, 3 * unit - 8, PANGO_ALIGN_RIGHT },
    { 10 * unit, 10 * unit, PANGO_ALIGN_LEFT },
  };
  const char *titles[] = { _("Day"), _("Change"), _("Of the audience"), _("Judged") };

  if (data->n_spikes == 0)
    return;

  mr_page_layout_skip (w->layout, 12);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 20);
  for (guint i = 0; i < data->n_spikes; i++)
    {
      const MrSpike *spike = data->spikes[i];
      g_autofree char *day = mr_report_format_day (spike->day);
      g_autofree char *change = mr_report_format_signed_count (spike->gain);
      g_autofree char *share = mr_format_percent (spike->share);
      const char *texts[] = { day, change, share, mr_chart_followers_spike_label (spike) };

      mr_report_add_table_row (w, columns, texts, G_N_ELEMENTS (texts));
    }
}

void
mr_report_write_growth (MrReportWriter *w)
{
  const MrChartFollowersData *data = &w->section->figures->followers;
  gboolean has_data = mr_chart_followers_has_data (data);
  g_autofree char *description = has_data ? mr_chart_followers_describe (data) : NULL;
  g_autofree char *source = primary_source (w);

  add_chart_section (w, _("Followers"), source, has_data, FOLLOWERS_HEIGHT, draw_followers, data,
                     description, _("No follower history was imported."));
  write_spikes (w);
}

void
mr_report_write_engagement (MrReportWriter *w)
{
  const MrChartEngagementData *data = &w->section->figures->engagement;
  gboolean has_data = mr_chart_engagement_has_data (data);
  g_autofree char *description = has_data ? mr_chart_engagement_describe (data) : NULL;
  g_autofree char *source = primary_source (w);

  add_chart_section (w, _("Engagement per post"), source, has_data, ENGAGEMENT_HEIGHT,
                     draw_engagement, data, description,
                     _("Fewer than two posts with figures were imported."));
}

void
mr_report_write_audience (MrReportWriter *w)
{
  const MrReportSection *section = w->section;
  const MrChartAudienceData *audience = section->figures->audience;
  const MrChartActivityData *activity = section->figures->activity;
  gboolean has_audience = mr_chart_audience_has_data (audience);
  gboolean has_activity = mr_chart_activity_has_data (activity);
  double audience_height = has_audience
                           ? mr_chart_audience_get_height (&w->report->chart_style, w->width, audience)
                           : 0;
  g_autofree char *audience_text = has_audience ? mr_chart_audience_describe (audience) : NULL;
  g_autofree char *activity_text = has_activity ? mr_chart_activity_describe (activity) : NULL;

  add_chart_section (w, _("Audience"), section->audience_source, has_audience, audience_height,
                     draw_audience, audience, audience_text, _("No audience figures were imported."));
  add_chart_section (w, _("When the audience is active"), section->activity_source, has_activity,
                     ACTIVITY_HEIGHT, draw_activity, activity, activity_text,
                     _("Neither follower activity nor enough dated posts were imported."));
}
