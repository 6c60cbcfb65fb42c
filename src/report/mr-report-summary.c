/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-summary"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-report-private.h"

/* The top of a section: who the creator is, and the verdict with what weighs most on
 * it. */

#define N_REASONS 3
#define BOX_PADDING 12.0
#define SCORE_WIDTH 78.0

/* ── Header ─────────────────────────────────────────────────────────────────────── */

static char *
describe_creator (const MrReportSection *section)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (section->niche != NULL)
    g_ptr_array_add (parts, section->niche);
  if (section->country != NULL)
    g_ptr_array_add (parts, section->country);
  g_ptr_array_add (parts, section->status);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
write_accounts (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const GArray *accounts = w->section->accounts;
  double unit = w->width / 12;
  const MrReportColumn columns[] = {
    { 0, 2 * unit - 6, PANGO_ALIGN_LEFT },
    { 2 * unit, 5 * unit - 6, PANGO_ALIGN_LEFT },
    { 7 * unit, 2.5 * unit - 6, PANGO_ALIGN_RIGHT },
    { 9.5 * unit, 2.5 * unit, PANGO_ALIGN_RIGHT },
  };
  const char *titles[] = { _("Platform"), _("Handle"), _("Followers"), _("Posts imported") };

  if (accounts->len == 0)
    {
      mr_report_add_paragraph (w, MR_REPORT_FONT_SMALL, &style->palette.dim,
                               _("No accounts are known for this creator yet."), 12);
      return;
    }

  mr_page_layout_skip (w->layout, 14);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (columns), 20);
  for (guint i = 0; i < accounts->len; i++)
    {
      const MrReportAccount *account = &g_array_index (accounts, MrReportAccount, i);
      g_autofree char *handle = g_strconcat ("@", account->handle, NULL);
      g_autofree char *followers = mr_report_format_count_or_dash (account->followers);
      g_autofree char *posts = mr_format_count (account->posts);
      const char *texts[] = { account->platform, handle, followers, posts };
      MrLayoutRow *row = mr_layout_row_new ();

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          guint cell = mr_layout_row_add_cell (row, columns[c].x, columns[c].width);

          mr_report_cell_text (w, row, cell, &columns[c], MR_REPORT_FONT_SMALL,
                               &style->palette.foreground, texts[c], 0);
          /* The account the metrics describe, when there is a choice. */
          if (c == 1 && account->primary && accounts->len > 1)
            mr_report_cell_text (w, row, cell, &columns[c], MR_REPORT_FONT_CAPTION,
                                 &style->palette.dim, _("Primary account: the metrics are its"), 1);
        }
      mr_report_finish_row (w, row);
    }
}

void
mr_report_write_header (MrReportWriter *w)
{
  const MrReportSection *section = w->section;
  g_autofree char *date = mr_report_format_day (w->report->date);
  g_autofree char *about = describe_creator (section);
  MrLayoutRow *row;
  double third = w->width / 3;
  const MrVetting *vetting = section->figures->vetting;

  mr_report_add_title_block (w, _("Vetting report"), section->name, about);

  row = mr_layout_row_new ();
  mr_report_add_fact (w, row, 0, third - 8, _("Report date"), date);
  mr_report_add_fact (w, row, third, third - 8, _("Tier scheme"),
                      mr_tier_scheme_get_label (section->tier_scheme));
  mr_report_add_fact (w, row, 2 * third, third, _("Currency"), vetting->price->currency);
  mr_layout_row_set_padding (row, 8, 0);
  mr_page_layout_add_row (w->layout, row);

  write_accounts (w);
}

/* ── Verdict ────────────────────────────────────────────────────────────────────── */

/* What the part's points say about the score: how far they pull it from the middle,
 * by their weight. */
static double
pull (const MrScore    *score,
      MrScoreComponent  component)
{
  return score->weights[component] * fabs (score->values[component] - 50.0);
}

/* The parts that weigh most on the score, strongest first. */
static guint
strongest_parts (const MrScore    *score,
                 MrScoreComponent *parts)
{
  guint n = 0;

  for (guint c = 0; c < MR_N_SCORE_COMPONENTS; c++)
    {
      if (score->weights[c] <= 0.0 || isnan (score->values[c]) ||
          mr_report_component_reason (score, c) == NULL)
        continue;
      parts[n++] = c;
    }
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && pull (score, parts[j]) > pull (score, parts[j - 1]); j--)
      {
        MrScoreComponent swap = parts[j];

        parts[j] = parts[j - 1];
        parts[j - 1] = swap;
      }
  return MIN (n, N_REASONS);
}

void
mr_report_write_verdict (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const MrScore *score = w->section->figures->vetting->score;
  const MrChartColor *color = mr_report_color_for_recommendation (style, score->recommendation);
  MrChartColor tint = mr_report_tint (color, 0.09);
  gboolean has_score = !isnan (score->score);
  g_autofree char *number = has_score ? mr_format_decimal (score->score, 0) : g_strdup ("—");
  double text_x = BOX_PADDING + SCORE_WIDTH + BOX_PADDING;
  MrReportColumn score_column = { BOX_PADDING, SCORE_WIDTH, PANGO_ALIGN_CENTER };
  MrReportColumn text_column = { text_x, w->width - text_x - BOX_PADDING, PANGO_ALIGN_LEFT };
  MrScoreComponent parts[MR_N_SCORE_COMPONENTS];
  guint n_parts = strongest_parts (score, parts);
  MrLayoutRow *row = mr_layout_row_new ();
  guint cell;

  cell = mr_layout_row_add_cell (row, score_column.x, score_column.width);
  mr_report_cell_text (w, row, cell, &score_column, MR_REPORT_FONT_SCORE, color, number, 0);
  if (has_score)
    mr_report_cell_text (w, row, cell, &score_column, MR_REPORT_FONT_CAPTION, &style->palette.dim,
                         C_("score", "of 100"), 0);

  cell = mr_layout_row_add_cell (row, text_column.x, text_column.width);
  mr_report_cell_text (w, row, cell, &text_column, MR_REPORT_FONT_VERDICT, color,
                       mr_recommendation_get_label (score->recommendation), 0);
  mr_report_cell_text (w, row, cell, &text_column, MR_REPORT_FONT_BODY, &style->palette.foreground,
                       score->summary, 3);
  if (n_parts > 0)
    mr_report_cell_text (w, row, cell, &text_column, MR_REPORT_FONT_CAPTION_BOLD,
                         &style->palette.dim, _("What weighs most"), 9);
  for (guint i = 0; i < n_parts; i++)
    {
      g_autofree char *label = mr_report_capitalise (mr_score_component_get_label (parts[i]));
      g_autofree char *points = mr_format_decimal (score->values[parts[i]], 0);
      /* Translators: a part of the score with its points, as in "Growth authenticity
       * (65 of 100)". */
      g_autofree char *title = g_strdup_printf (_("%1$s (%2$s of 100)"), label, points);
      g_autoptr(PangoLayout) bullet = mr_report_bullet (w, MR_REPORT_FONT_SMALL, text_column.width,
                                                        title, mr_report_component_reason (score, parts[i]));

      mr_layout_row_add_text (row, cell, bullet, &style->palette.foreground, 3);
    }

  mr_layout_row_set_padding (row, BOX_PADDING, BOX_PADDING);
  mr_layout_row_set_background (row, &tint, color, 0, w->width);
  mr_layout_row_set_keep_together (row, TRUE);
  mr_page_layout_skip (w->layout, 16);
  mr_page_layout_add_row (w->layout, row);
}
