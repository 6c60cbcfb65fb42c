/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-evidence"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-report-private.h"

/* What stands behind the verdict: the flags with their sentences, the marketer's own
 * checklist, the price, and where the figures came from and what was missing. */

#define DOT_RADIUS     2.6
#define RATING_DOTS    5
#define RATING_SPACING 7.0
#define RATING_WIDTH   (RATING_DOTS * RATING_SPACING + 4.0)

/* ── Flags ──────────────────────────────────────────────────────────────────────── */

typedef struct
{
  MrChartColor color;
  int          filled;     /* rating dots: how many are filled; -1 for one severity dot */
} Dots;

static void
draw_dots (cairo_t                 *cr,
           const cairo_rectangle_t *area,
           gpointer                 data)
{
  const Dots *dots = data;
  double y = area->y + area->height / 2;

  cairo_set_source_rgba (cr, dots->color.red, dots->color.green, dots->color.blue, dots->color.alpha);
  if (dots->filled < 0)
    {
      cairo_arc (cr, area->x - 2 * DOT_RADIUS - 3, y, DOT_RADIUS + 0.4, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }

  cairo_set_line_width (cr, 0.8);
  for (int i = 0; i < RATING_DOTS; i++)
    {
      cairo_arc (cr, area->x - RATING_WIDTH + DOT_RADIUS + i * RATING_SPACING, y, DOT_RADIUS, 0, 2 * G_PI);
      if (i < dots->filled)
        cairo_fill (cr);
      else
        cairo_stroke (cr);
    }
}

static Dots *
dots_new (const MrChartColor *color,
          int                 filled)
{
  Dots *dots = g_new (Dots, 1);

  dots->color = *color;
  dots->filled = filled;
  return dots;
}

void
mr_report_add_dot (MrLayoutRow        *row,
                   guint               cell,
                   const MrChartColor *color)
{
  mr_layout_row_add_ornament (row, cell, draw_dots, dots_new (color, -1), g_free);
}

static const char *
severity_label (MrSeverity           severity,
                const MrReportStyle *style,
                const MrChartColor **color)
{
  switch (severity)
    {
    case MR_SEVERITY_ALERT:
      *color = &style->palette.warning;
      return C_("flag severity", "Alert");
    case MR_SEVERITY_WARNING:
      *color = &style->caution;
      return C_("flag severity", "Warning");
    case MR_SEVERITY_INFO:
    default:
      *color = &style->palette.accent;
      return C_("flag severity", "Note");
    }
}

/* As wide as the widest severity's word in the user's language, so none wraps. */
static double
severity_width (MrReportWriter *w)
{
  const MrSeverity severities[] = { MR_SEVERITY_ALERT, MR_SEVERITY_WARNING, MR_SEVERITY_INFO };
  double widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    {
      const MrChartColor *color;
      g_autoptr(PangoLayout) layout = mr_report_text (w, MR_REPORT_FONT_SMALL_BOLD, w->width,
                                                      PANGO_ALIGN_LEFT,
                                                      severity_label (severities[i], &w->report->style, &color));
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      widest = MAX (widest, (double) logical.width / PANGO_SCALE);
    }
  return ceil (widest) + 2;
}

void
mr_report_write_flags (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  GPtrArray *flags = w->section->figures->vetting->flags;
  double label_width = severity_width (w);
  const MrReportColumn severity_column = { 12, label_width, PANGO_ALIGN_LEFT };
  const MrReportColumn message_column = { 12 + label_width + 12, w->width - 24 - label_width,
                                          PANGO_ALIGN_LEFT };

  mr_report_add_heading (w, _("Flags"), _("What the figures ask you to look at, most serious first."), 30);
  if (flags->len == 0)
    {
      mr_report_add_paragraph (w, MR_REPORT_FONT_BODY, &style->palette.foreground,
                               _("Nothing to flag: the figures show no warning signs."), 0);
      return;
    }

  for (guint i = 0; i < flags->len; i++)
    {
      const MrFlag *flag = g_ptr_array_index (flags, i);
      const MrChartColor *color;
      const char *label = severity_label (flag->severity, style, &color);
      MrLayoutRow *row = mr_layout_row_new ();
      guint cell;

      cell = mr_layout_row_add_cell (row, severity_column.x, severity_column.width);
      mr_report_cell_text (w, row, cell, &severity_column, MR_REPORT_FONT_SMALL_BOLD, color, label, 0);
      mr_report_add_dot (row, cell, color);
      cell = mr_layout_row_add_cell (row, message_column.x, message_column.width);
      mr_report_cell_text (w, row, cell, &message_column, MR_REPORT_FONT_SMALL,
                           &style->palette.foreground, flag->message, 0);
      mr_report_finish_row (w, row);
    }
}

/* ── Checklist ──────────────────────────────────────────────────────────────────── */

void
mr_report_write_checklist (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const GArray *checks = w->section->checks;
  double unit = w->width / 20;
  const MrReportColumn columns[] = {
    { 0, 5 * unit - 8, PANGO_ALIGN_LEFT },
    { 5 * unit, 3.5 * unit - 8, PANGO_ALIGN_LEFT },
    { 8.5 * unit, 11.5 * unit, PANGO_ALIGN_LEFT },
  };
  const MrReportColumn rated = { columns[1].x + RATING_WIDTH, columns[1].width - RATING_WIDTH,
                                 PANGO_ALIGN_LEFT };
  const char *titles[] = { _("Criterion"), _("Rating"), _("Note") };

  mr_report_add_heading (w, _("Checklist"),
                         _("The marketer’s own judgement of what figures cannot show."), 40);
  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 30);
  for (guint i = 0; i < checks->len; i++)
    {
      const MrReportCheck *check = &g_array_index (checks, MrReportCheck, i);
      MrLayoutRow *row = mr_layout_row_new ();
      guint cell;

      cell = mr_layout_row_add_cell (row, columns[0].x, columns[0].width);
      mr_report_cell_text (w, row, cell, &columns[0], MR_REPORT_FONT_SMALL_BOLD,
                           &style->palette.foreground, check->label, 0);
      if (check->rating >= 0)
        {
          /* Translators: a checklist rating, as in "4 of 5". */
          g_autofree char *rating = g_strdup_printf (_("%d of 5"), check->rating);

          cell = mr_layout_row_add_cell (row, rated.x, rated.width);
          mr_report_cell_text (w, row, cell, &rated, MR_REPORT_FONT_SMALL,
                               &style->palette.foreground, rating, 0);
          mr_layout_row_add_ornament (row, cell, draw_dots,
                                      dots_new (&style->palette.accent, MIN (check->rating, RATING_DOTS)),
                                      g_free);
        }
      else
        {
          cell = mr_layout_row_add_cell (row, columns[1].x, columns[1].width);
          mr_report_cell_text (w, row, cell, &columns[1], MR_REPORT_FONT_SMALL,
                               &style->palette.dim, C_("rating", "Not rated"), 0);
        }
      cell = mr_layout_row_add_cell (row, columns[2].x, columns[2].width);
      mr_report_cell_text (w, row, cell, &columns[2], MR_REPORT_FONT_SMALL,
                           check->note != NULL ? &style->palette.foreground : &style->palette.dim,
                           check->note != NULL ? check->note : "—", 0);
      mr_report_finish_row (w, row);
    }
}

/* ── Price ──────────────────────────────────────────────────────────────────────── */

static void
add_price_row (MrReportWriter *w,
               const char     *label,
               const char     *value,
               const char     *sentence)
{
  const MrReportStyle *style = &w->report->style;
  double unit = w->width / 20;
  const MrReportColumn columns[] = {
    { 0, 4.5 * unit - 8, PANGO_ALIGN_LEFT },
    { 4.5 * unit, 4.5 * unit - 8, PANGO_ALIGN_LEFT },
    { 9 * unit, 11 * unit, PANGO_ALIGN_LEFT },
  };
  MrLayoutRow *row = mr_layout_row_new ();

  mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[0].x, columns[0].width),
                       &columns[0], MR_REPORT_FONT_SMALL_BOLD, &style->palette.foreground, label, 0);
  mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[1].x, columns[1].width),
                       &columns[1], MR_REPORT_FONT_BODY_BOLD, &style->palette.foreground,
                       value != NULL ? value : "—", 0);
  mr_report_cell_text (w, row, mr_layout_row_add_cell (row, columns[2].x, columns[2].width),
                       &columns[2], MR_REPORT_FONT_SMALL, &style->palette.dim, sentence, 0);
  mr_report_finish_row (w, row);
}

void
mr_report_write_price (MrReportWriter *w)
{
  const MrVetting *v = w->section->figures->vetting;
  const MrPriceEstimate *p = v->price;
  const MrEngagement *e = v->engagement;
  g_autofree char *price = p->has_value ? mr_report_format_money_range (p->currency, p->min, p->max) : NULL;
  g_autofree char *cpe = NULL;
  g_autofree char *sentence = NULL;

  mr_report_add_heading (w, _("Price estimate"),
                         _("A fair fee per post for the platform and tier, and what an engagement would cost at it."),
                         40);
  add_price_row (w, C_("metric", "Price per post"), price, p->explanation);

  if (v->has_cpe)
    {
      g_autofree char *fee = mr_report_format_money (p->currency, (p->min + p->max) / 2.0, 0);
      g_autofree char *engagements = mr_format_decimal (e->mean_engagements, 0);

      cpe = mr_report_format_money (p->currency, v->cpe, v->cpe < 10.0 ? 2 : 0);
      /* Translators: %1$s is a fee such as "EUR 120", %2$s a number of likes and comments,
       * %3$s an amount of money such as "EUR 0.15". */
      sentence = g_strdup_printf (_("At a fee of %1$s, each of the %2$s likes and comments a recent post gets on average costs %3$s."),
                                  fee, engagements, cpe);
    }
  else if (!p->has_value)
    sentence = g_strdup (p->explanation);
  else if (!e->has_value)
    sentence = g_strdup (e->explanation);
  else
    sentence = g_strdup (_("No cost per engagement: the recent posts got no likes or comments."));
  add_price_row (w, C_("metric", "Cost per engagement"), cpe, sentence);
}

/* ── Sources and what was missing ──────────────────────────────────────────────── */

static char *
describe_days (const MrReportSource *source)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (source->first_day == 0)
    return g_strdup ("—");

  first = mr_report_format_day (source->first_day);
  if (source->last_day == 0 || source->last_day == source->first_day)
    return g_steal_pointer (&first);

  last = mr_report_format_day (source->last_day);
  /* Translators: a period between two days, as in "3 March 2025 – 30 August 2025". */
  return g_strdup_printf (C_("period", "%1$s – %2$s"), first, last);
}

static void
write_source_table (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const GArray *sources = w->section->sources;
  double unit = w->width / 20;
  const MrReportColumn columns[] = {
    { 0, 7 * unit - 8, PANGO_ALIGN_LEFT },
    { 7 * unit, 2 * unit - 8, PANGO_ALIGN_RIGHT },
    { 9 * unit, 7.5 * unit - 8, PANGO_ALIGN_LEFT },
    { 16.5 * unit, 3.5 * unit, PANGO_ALIGN_LEFT },
  };
  const char *titles[] = { _("File"), _("Rows"), _("Days covered"), _("Imported") };

  if (sources->len == 0)
    {
      mr_report_add_paragraph (w, MR_REPORT_FONT_SMALL, &style->palette.dim,
                               _("No statistics files were imported about this creator’s accounts: the figures are what was entered or listed by hand."),
                               0);
      return;
    }

  mr_report_add_table_header (w, columns, titles, G_N_ELEMENTS (titles), 20);
  for (guint i = 0; i < sources->len; i++)
    {
      const MrReportSource *source = &g_array_index (sources, MrReportSource, i);
      g_autofree char *rows = mr_format_count (source->rows);
      g_autofree char *days = describe_days (source);
      g_autofree char *imported = source->imported_day > 0 ? mr_report_format_day (source->imported_day)
                                                           : g_strdup ("—");
      g_autofree char *contents = source->account != NULL
                                  /* Translators: what a file held, and about which account. */
                                  ? g_strdup_printf (C_("report source", "%1$s, %2$s"),
                                                     source->contents, source->account)
                                  : g_strdup (source->contents);
      MrLayoutRow *row = mr_layout_row_new ();
      const char *texts[] = { source->file_name, rows, days, imported };

      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          guint cell = mr_layout_row_add_cell (row, columns[c].x, columns[c].width);

          mr_report_cell_text (w, row, cell, &columns[c], MR_REPORT_FONT_SMALL,
                               &style->palette.foreground, texts[c], 0);
          if (c == 0)
            mr_report_cell_text (w, row, cell, &columns[c], MR_REPORT_FONT_CAPTION,
                                 &style->palette.dim, contents, 1);
        }
      mr_report_finish_row (w, row);
    }
}

static void
add_missing (MrReportWriter *w,
             const char     *label,
             const char     *text)
{
  MrLayoutRow *row = mr_layout_row_new ();
  g_autoptr(PangoLayout) bullet = mr_report_bullet (w, MR_REPORT_FONT_SMALL, w->width, label, text);

  mr_layout_row_add_text (row, mr_layout_row_add_cell (row, 0, w->width), bullet,
                          &w->report->style.palette.foreground, 0);
  mr_layout_row_set_padding (row, 2, 2);
  mr_page_layout_add_row (w->layout, row);
}

void
mr_report_write_sources (MrReportWriter *w)
{
  const MrReportStyle *style = &w->report->style;
  const MrCreatorFigures *figures = w->section->figures;
  const MrVetting *v = figures->vetting;
  guint n_missing = 0;

  mr_report_add_heading (w, _("Data sources"),
                         _("The files the figures in this report were read from."), 30);
  write_source_table (w);

  mr_report_add_heading (w, _("What was missing"),
                         _("Parts of the score without data are left out and the others weigh more: the less data, the less the score says."),
                         20);
  for (guint c = 0; c < MR_N_SCORE_COMPONENTS; c++)
    {
      g_autofree char *label = NULL;

      if (!v->score->left_out[c])
        continue;
      label = mr_report_capitalise (mr_score_component_get_label (c));
      add_missing (w, label, mr_vetting_get_left_out_reason (v, c));
      n_missing++;
    }
  if (!mr_chart_audience_has_data (figures->audience))
    {
      add_missing (w, _("Audience"), _("No audience figures were imported."));
      n_missing++;
    }
  if (n_missing == 0)
    mr_report_add_paragraph (w, MR_REPORT_FONT_SMALL, &style->palette.foreground,
                             _("Nothing: every part of the score had data."), 0);
}
