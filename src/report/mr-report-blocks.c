/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-blocks"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-report-private.h"
#include "mr-kpi-format.h"

/* The building blocks every part of a section is written with, so that headings,
 * tables and notes look alike throughout. */

#define HEADING_SPACE_BEFORE 20.0
#define HEADING_SPACE_AFTER  7.0
#define CELL_PADDING         4.0
#define BULLET_INDENT        11.0

const MrChartColor *
mr_report_color_for_recommendation (const MrReportStyle *style,
                                    MrRecommendation     recommendation)
{
  switch (recommendation)
    {
    case MR_RECOMMENDATION_RECOMMENDED:
      return &style->palette.good;
    case MR_RECOMMENDATION_REVIEW:
      return &style->caution;
    case MR_RECOMMENDATION_NOT_RECOMMENDED:
      return &style->palette.warning;
    case MR_RECOMMENDATION_NONE:
    default:
      return &style->palette.dim;
    }
}

/* @color at @amount over white, opaque: paper and PDF viewers never blend it. */
MrChartColor
mr_report_tint (const MrChartColor *color,
                double              amount)
{
  return (MrChartColor) {
    1.0 - (1.0 - color->red) * amount,
    1.0 - (1.0 - color->green) * amount,
    1.0 - (1.0 - color->blue) * amount,
    1.0,
  };
}

PangoLayout *
mr_report_text (MrReportWriter *w,
                MrReportFont    font,
                double          width,
                PangoAlignment  alignment,
                const char     *text)
{
  return mr_page_layout_create_text (w->layout, w->report->style.fonts[font], width, alignment,
                                     TRUE, text);
}

PangoLayout *
mr_report_text_bold_range (MrReportWriter *w,
                           MrReportFont    font,
                           double          width,
                           const char     *text,
                           gsize           bold_start,
                           gsize           bold_end)
{
  PangoLayout *layout = mr_report_text (w, font, width, PANGO_ALIGN_LEFT, text);
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  if (attrs == NULL)
    attrs = pango_attr_list_new ();
  bold->start_index = (guint) bold_start;
  bold->end_index = (guint) bold_end;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

PangoLayout *
mr_report_bullet (MrReportWriter *w,
                  MrReportFont    font,
                  double          width,
                  const char     *label,
                  const char     *text)
{
  g_autofree char *line = NULL;
  PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                            (int) (BULLET_INDENT * PANGO_SCALE));
  PangoLayout *layout;
  gsize start = strlen ("•\t");

  if (label != NULL)
    {
      /* Translators: a list item in the report: a label, then what it says. */
      g_autofree char *item = g_strdup_printf (C_("report item", "%1$s: %2$s"), label, text);

      line = g_strconcat ("•\t", item, NULL);
      layout = mr_report_text_bold_range (w, font, width, line, start, start + strlen (label));
    }
  else
    {
      line = g_strconcat ("•\t", text, NULL);
      layout = mr_report_text (w, font, width, PANGO_ALIGN_LEFT, line);
    }

  /* The lines after the first align with the text, not with the bullet. */
  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_indent (layout, (int) (-BULLET_INDENT * PANGO_SCALE));
  pango_tab_array_free (tabs);

  return layout;
}

void
mr_report_cell_text (MrReportWriter       *w,
                     MrLayoutRow          *row,
                     guint                 cell,
                     const MrReportColumn *column,
                     MrReportFont          font,
                     const MrChartColor   *color,
                     const char           *text,
                     double                space_before)
{
  g_autoptr(PangoLayout) layout = mr_report_text (w, font, column->width, column->alignment, text);

  mr_layout_row_add_text (row, cell, layout, color, space_before);
}

static PangoLayout *
overline (MrReportWriter *w,
          double          width,
          const char     *text)
{
  PangoLayout *layout = mr_report_text (w, MR_REPORT_FONT_CAPTION_BOLD, width, PANGO_ALIGN_LEFT, text);
  PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));

  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (PANGO_SCALE));
  pango_attr_list_insert (attrs, pango_attr_text_transform_new (PANGO_TEXT_TRANSFORM_UPPERCASE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

void
mr_report_add_title_block (MrReportWriter *w,
                           const char     *kind,
                           const char     *title,
                           const char     *about)
{
  const MrReportStyle *style = &w->report->style;
  g_autoptr(PangoLayout) kind_text = overline (w, w->width / 2, kind);
  g_autoptr(PangoLayout) brand = mr_report_text (w, MR_REPORT_FONT_CAPTION, w->width / 2,
                                                 PANGO_ALIGN_RIGHT, _("Microreach"));
  MrReportColumn full = { 0, w->width, PANGO_ALIGN_LEFT };
  MrLayoutRow *row;

  row = mr_layout_row_new ();
  mr_layout_row_add_text (row, mr_layout_row_add_cell (row, 0, w->width / 2), kind_text,
                          &style->palette.accent, 0);
  mr_layout_row_add_text (row, mr_layout_row_add_cell (row, w->width / 2, w->width / 2), brand,
                          &style->palette.dim, 0);
  mr_page_layout_add_row (w->layout, row);

  row = mr_layout_row_new ();
  mr_report_cell_text (w, row, mr_layout_row_add_cell (row, 0, w->width), &full,
                       MR_REPORT_FONT_TITLE, &style->palette.foreground, title, 4);
  if (about != NULL && about[0] != '\0')
    mr_report_cell_text (w, row, 0, &full, MR_REPORT_FONT_BODY, &style->palette.dim, about, 2);
  mr_layout_row_set_padding (row, 0, 10);
  mr_layout_row_set_rule_below (row, &style->palette.foreground);
  mr_page_layout_add_row (w->layout, row);
}

void
mr_report_add_fact (MrReportWriter *w,
                    MrLayoutRow    *row,
                    double          x,
                    double          width,
                    const char     *caption,
                    const char     *value)
{
  const MrReportStyle *style = &w->report->style;
  MrReportColumn column = { x, width, PANGO_ALIGN_LEFT };
  guint cell = mr_layout_row_add_cell (row, x, width);

  mr_report_cell_text (w, row, cell, &column, MR_REPORT_FONT_CAPTION, &style->palette.dim, caption, 0);
  mr_report_cell_text (w, row, cell, &column, MR_REPORT_FONT_BODY, &style->palette.foreground, value, 1);
}

void
mr_report_add_heading (MrReportWriter *w,
                       const char     *title,
                       const char     *subtitle,
                       double          keep)
{
  const MrReportStyle *style = &w->report->style;
  MrLayoutRow *row = mr_layout_row_new ();
  guint cell = mr_layout_row_add_cell (row, 0, w->width);
  MrReportColumn column = { 0, w->width, PANGO_ALIGN_LEFT };

  mr_report_cell_text (w, row, cell, &column, MR_REPORT_FONT_HEADING, &style->palette.foreground,
                       title, 0);
  if (subtitle != NULL)
    mr_report_cell_text (w, row, cell, &column, MR_REPORT_FONT_SMALL, &style->palette.dim,
                         subtitle, 2);
  mr_layout_row_set_padding (row, 0, HEADING_SPACE_AFTER);
  mr_layout_row_set_keep_together (row, TRUE);

  mr_page_layout_skip (w->layout, HEADING_SPACE_BEFORE);
  mr_page_layout_keep (w->layout, mr_layout_row_get_height (row) + keep);
  mr_page_layout_add_row (w->layout, row);
}

MrLayoutRow *
mr_report_paragraph_new (MrReportWriter     *w,
                         MrReportFont        font,
                         const MrChartColor *color,
                         const char         *text)
{
  MrLayoutRow *row = mr_layout_row_new ();
  MrReportColumn column = { 0, w->width, PANGO_ALIGN_LEFT };

  mr_report_cell_text (w, row, mr_layout_row_add_cell (row, 0, w->width), &column, font, color,
                       text, 0);
  return row;
}

void
mr_report_add_paragraph (MrReportWriter     *w,
                         MrReportFont        font,
                         const MrChartColor *color,
                         const char         *text,
                         double              space_before)
{
  MrLayoutRow *row = mr_report_paragraph_new (w, font, color, text);

  mr_page_layout_skip (w->layout, space_before);
  mr_page_layout_add_row (w->layout, row);
}

void
mr_report_add_table_header (MrReportWriter       *w,
                            const MrReportColumn *columns,
                            const char * const   *titles,
                            guint                 n_columns,
                            double                keep)
{
  const MrReportStyle *style = &w->report->style;
  MrLayoutRow *row = mr_layout_row_new ();

  for (guint i = 0; i < n_columns; i++)
    {
      guint cell = mr_layout_row_add_cell (row, columns[i].x, columns[i].width);

      mr_report_cell_text (w, row, cell, &columns[i], MR_REPORT_FONT_CAPTION_BOLD,
                           &style->palette.dim, titles[i], 0);
    }
  mr_layout_row_set_padding (row, 0, CELL_PADDING);
  mr_layout_row_set_rule_below (row, &style->palette.dim);
  mr_layout_row_set_keep_together (row, TRUE);
  mr_page_layout_keep (w->layout, mr_layout_row_get_height (row) + keep);
  mr_page_layout_add_row (w->layout, row);
}

/* Table rows: a little air above and below, a hairline under. */
void
mr_report_finish_row (MrReportWriter *w,
                      MrLayoutRow    *row)
{
  mr_layout_row_set_padding (row, CELL_PADDING, CELL_PADDING);
  mr_layout_row_set_rule_below (row, &w->report->style.rule);
  mr_page_layout_add_row (w->layout, row);
}

void
mr_report_add_table_row (MrReportWriter       *w,
                         const MrReportColumn *columns,
                         const char * const   *texts,
                         guint                 n_columns)
{
  const MrReportStyle *style = &w->report->style;
  MrLayoutRow *row = mr_layout_row_new ();

  for (guint i = 0; i < n_columns; i++)
    {
      guint cell = mr_layout_row_add_cell (row, columns[i].x, columns[i].width);

      if (texts[i] != NULL)
        mr_report_cell_text (w, row, cell, &columns[i], MR_REPORT_FONT_SMALL,
                             &style->palette.foreground, texts[i], 0);
    }
  mr_report_finish_row (w, row);
}

typedef struct
{
  MrReport          *report;
  MrReportChartFunc  draw;
  gconstpointer      data;
} ChartItem;

static void
draw_chart (cairo_t                 *cr,
            const cairo_rectangle_t *area,
            gpointer                 user_data)
{
  ChartItem *item = user_data;

  item->draw (cr, &item->report->chart_style, area, item->data);
}

void
mr_report_add_chart (MrReportWriter    *w,
                     double             height,
                     MrReportChartFunc  draw,
                     gconstpointer      data)
{
  ChartItem *item = g_new0 (ChartItem, 1);

  item->report = w->report;
  item->draw = draw;
  item->data = data;
  mr_page_layout_add_drawing (w->layout, 0, w->width, height, draw_chart, item, g_free);
}

/* A score part's line; the checklist's says what it is made of. */
const char *
mr_report_component_reason (const MrScore    *score,
                  MrScoreComponent  component)
{
  if (score->reasons[component] != NULL)
    return score->reasons[component];
  if (component == MR_SCORE_CHECKLIST)
    return _("The mean of your checklist ratings; a 5 counts as 100 points.");
  return NULL;
}


/* ── Numbers ────────────────────────────────────────────────────────────────────── */

char *
mr_report_format_count_or_dash (gint64 value)
{
  return value >= 0 ? mr_format_count (value) : g_strdup ("—");
}

char *
mr_report_format_money (const char *currency,
                        double      amount,
                        guint       decimals)
{
  g_autofree char *number = NULL;

  if (decimals == 0)
    return mr_kpi_format_money (currency, amount, FALSE);

  number = mr_format_decimal (amount, decimals);
  /* Translators: an amount of money; %1$s is a currency code such as EUR, %2$s the
   * amount. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), currency, number);
}

char *
mr_report_format_money_range (const char *currency,
                              double      min,
                              double      max)
{
  g_autofree char *min_text = mr_format_money (min);
  g_autofree char *max_text = mr_format_money (max);

  if (g_str_equal (min_text, max_text))
    return mr_report_format_money (currency, min, 0);

  /* Translators: a range of money; %1$s is a currency code such as EUR, %2$s and %3$s
   * the lowest and highest amount. */
  return g_strdup_printf (C_("money range", "%1$s %2$s–%3$s"), currency, min_text, max_text);
}

/* "+2.5 %", "−1 %": a change always shows its sign. */
char *
mr_report_format_signed_percent (double value)
{
  g_autofree char *number = mr_format_percent (fabs (value));

  return g_strconcat (value > 0 ? "+" : value < 0 ? "−" : "", number, NULL);
}

char *
mr_report_format_signed_count (gint64 value)
{
  g_autofree char *number = mr_format_count (value < 0 ? -value : value);

  return g_strconcat (value > 0 ? "+" : value < 0 ? "−" : "", number, NULL);
}

char *
mr_report_format_day (guint32 julian)
{
  return mr_format_day (julian, TRUE);
}

/* The metrics' labels are written to sit inside a sentence; a table's first column
 * starts with a capital. */
char *
mr_report_capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int length = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);

  buffer[length] = '\0';
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}
