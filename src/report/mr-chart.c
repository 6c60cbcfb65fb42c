/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "mr-chart-private.h"

/* Adwaita's named colours (libadwaita 1.2), made opaque against the background they
 * stand on, so that paper and PDF viewers never have to blend them. */
static const MrChartPalette light_palette = {
  .foreground = { 0.19, 0.19, 0.19, 1.0 },    /* window_fg_color at 80 % */
  .dim = { 0.45, 0.45, 0.45, 1.0 },           /* .dim-label, 55 % */
  .grid = { 0.89, 0.89, 0.89, 1.0 },
  .accent = { 0.110, 0.443, 0.847, 1.0 },     /* accent_color #1c71d8 */
  .good = { 0.106, 0.522, 0.325, 1.0 },       /* success_color #1b8553 */
  .warning = { 0.753, 0.110, 0.157, 1.0 },    /* error_color #c01c28 */
  .background = { 1.0, 1.0, 1.0, 1.0 },
};

static const MrChartPalette dark_palette = {
  .foreground = { 1.0, 1.0, 1.0, 1.0 },
  .dim = { 0.61, 0.61, 0.61, 1.0 },
  .grid = { 0.26, 0.26, 0.26, 1.0 },
  .accent = { 0.471, 0.682, 0.929, 1.0 },     /* #78aeed */
  .good = { 0.561, 0.941, 0.643, 1.0 },       /* #8ff0a4 */
  .warning = { 1.0, 0.482, 0.388, 1.0 },      /* #ff7b63 */
  .background = { 0.141, 0.141, 0.141, 1.0 }, /* window_bg_color #242424 */
};

void
mr_chart_palette_init (MrChartPalette *palette,
                       gboolean        dark)
{
  g_return_if_fail (palette != NULL);

  *palette = dark ? dark_palette : light_palette;
}

/* ── Text ─────────────────────────────────────────────────────────────────────────── */

PangoLayout *
mr_chart_text_new (const MrChartStyle *style,
                   const char         *text,
                   MrChartTextFlags    flags)
{
  PangoLayout *layout = pango_layout_new (style->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (style->font);

  if (flags & MR_CHART_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (flags & MR_CHART_TEXT_TABULAR)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  /* Labels are text, never markup: a caption may hold any character. */
  pango_layout_set_text (layout, text, -1);

  return layout;
}

void
mr_chart_text_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
mr_chart_line_height (const MrChartStyle *style)
{
  g_autoptr(PangoLayout) layout = mr_chart_text_new (style, "0", MR_CHART_TEXT_PLAIN);
  double height;

  mr_chart_text_size (layout, NULL, &height);
  return height;
}

void
mr_chart_draw_text (cairo_t            *cr,
                    PangoLayout        *layout,
                    double              x,
                    double              y,
                    const MrChartColor *color)
{
  /* Whole units, so that glyphs are hinted alike wherever they stand. */
  cairo_move_to (cr, round (x), round (y));
  mr_chart_set_color (cr, color, 1.0);
  pango_cairo_show_layout (cr, layout);
}

void
mr_chart_set_color (cairo_t            *cr,
                    const MrChartColor *color,
                    double              opacity)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * opacity);
}

/* A one-unit line is sharp when it runs along the middle of a row of pixels. */
double
mr_chart_crisp (double coordinate)
{
  return floor (coordinate) + 0.5;
}

gboolean
mr_chart_rect_contains (const cairo_rectangle_t *rect,
                        double                   x,
                        double                   y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/* ── Markers and legends ──────────────────────────────────────────────────────────── */

#define RAMP_STEPS 4
#define RAMP_WIDTH 28.0

void
mr_chart_draw_marker (cairo_t            *cr,
                      const MrChartStyle *style,
                      MrChartMarker       marker,
                      const MrChartColor *color,
                      double              x,
                      double              y,
                      double              radius)
{
  static const double dash[] = { 3.0, 2.0 };
  double r = radius;

  cairo_save (cr);
  cairo_new_path (cr);
  switch (marker)
    {
    case MR_CHART_MARKER_CIRCLE:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case MR_CHART_MARKER_DIAMOND:
    case MR_CHART_MARKER_HOLLOW_DIAMOND:
      r *= 1.25;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case MR_CHART_MARKER_TRIANGLE_DOWN:
      r *= 1.2;
      cairo_move_to (cr, x - r, y - r * 0.7);
      cairo_line_to (cr, x + r, y - r * 0.7);
      cairo_line_to (cr, x, y + r * 0.9);
      cairo_close_path (cr);
      break;
    case MR_CHART_MARKER_LINE:
    case MR_CHART_MARKER_DASHED_LINE:
      cairo_set_line_width (cr, 2.0);
      if (marker == MR_CHART_MARKER_DASHED_LINE)
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x - r * 1.6, round (y));
      cairo_line_to (cr, x + r * 1.6, round (y));
      mr_chart_set_color (cr, color, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    case MR_CHART_MARKER_RAMP:
      for (guint i = 0; i < RAMP_STEPS; i++)
        {
          cairo_rectangle (cr, round (x - RAMP_WIDTH / 2.0 + i * RAMP_WIDTH / RAMP_STEPS),
                           round (y - r), round (RAMP_WIDTH / RAMP_STEPS) - 1.0, round (2 * r));
          mr_chart_set_color (cr, color, (i + 1.0) / RAMP_STEPS);
          cairo_fill (cr);
        }
      cairo_restore (cr);
      return;
    case MR_CHART_MARKER_DASHED_BOX:
    default:
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_rectangle (cr, round (x - r) , round (y - r), round (2 * r), round (2 * r));
      mr_chart_set_color (cr, color, 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  /* A ring of the background keeps a marker readable on top of the line it marks. */
  if (marker == MR_CHART_MARKER_HOLLOW_DIAMOND)
    mr_chart_set_color (cr, &style->palette.background, 1.0);
  else
    mr_chart_set_color (cr, color, 1.0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, marker == MR_CHART_MARKER_HOLLOW_DIAMOND ? 2.0 : 1.5);
  if (marker == MR_CHART_MARKER_HOLLOW_DIAMOND)
    mr_chart_set_color (cr, color, 1.0);
  else
    mr_chart_set_color (cr, &style->palette.background, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

#define LEGEND_SWATCH 14.0
#define LEGEND_ITEM_SPACING 16.0

static double
swatch_width (MrChartMarker marker)
{
  return marker == MR_CHART_MARKER_RAMP ? RAMP_WIDTH : LEGEND_SWATCH;
}

/* Items flow from left to right and wrap; they are drawn when @cr is given, else only
 * measured. Returns the height they take. */
static double
layout_legend (cairo_t                 *cr,
               const MrChartStyle      *style,
               double                   x,
               double                   y,
               double                   width,
               const MrChartLegendItem *items,
               guint                    n_items)
{
  double line_height = mr_chart_line_height (style);
  double at = 0.0, row = 0.0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PangoLayout) label = mr_chart_text_new (style, items[i].label, MR_CHART_TEXT_PLAIN);
      double label_width, item_width;

      double swatch = swatch_width (items[i].marker);

      pango_layout_set_width (label, (int) (MAX (width - swatch - 4.0, 1.0) * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      mr_chart_text_size (label, &label_width, NULL);
      item_width = swatch + 4.0 + label_width;
      if (at > 0.0 && at + item_width > width)
        {
          at = 0.0;
          row += line_height;
        }

      if (cr != NULL)
        {
          mr_chart_draw_marker (cr, style, items[i].marker, items[i].color,
                                x + at + swatch / 2.0, y + row + line_height / 2.0, 4.0);
          mr_chart_draw_text (cr, label, x + at + swatch + 4.0, y + row, &style->palette.dim);
        }
      at += item_width + LEGEND_ITEM_SPACING;
    }

  return n_items > 0 ? row + line_height : 0.0;
}

double
mr_chart_legend_height (const MrChartStyle      *style,
                        double                   width,
                        const MrChartLegendItem *items,
                        guint                    n_items)
{
  return layout_legend (NULL, style, 0.0, 0.0, width, items, n_items);
}

void
mr_chart_draw_legend (cairo_t                 *cr,
                      const MrChartStyle      *style,
                      double                   x,
                      double                   y,
                      double                   width,
                      const MrChartLegendItem *items,
                      guint                    n_items)
{
  layout_legend (cr, style, x, y, width, items, n_items);
}

/* ── The empty state ──────────────────────────────────────────────────────────────── */

const char *
mr_chart_placeholder_text (void)
{
  return _("No data yet — drop an export");
}

void
mr_chart_draw_placeholder (cairo_t                 *cr,
                           const MrChartStyle      *style,
                           const cairo_rectangle_t *area,
                           const char              *text)
{
  static const double dash[] = { 4.0, 3.0 };
  g_autoptr(PangoLayout) layout = NULL;
  double inset = 0.5, radius = 8.0, width, height;
  double x0 = area->x + inset, y0 = area->y + inset;
  double x1 = area->x + area->width - inset, y1 = area->y + area->height - inset;

  g_return_if_fail (cr != NULL && style != NULL && area != NULL);

  if (area->width < 2 * radius + 2 || area->height < 2 * radius + 2)
    return;

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x1 - radius, y0 + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x1 - radius, y1 - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x0 + radius, y1 - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x0 + radius, y0 + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  mr_chart_set_color (cr, &style->palette.dim, 0.5);
  cairo_stroke (cr);

  layout = mr_chart_text_new (style, text != NULL ? text : mr_chart_placeholder_text (),
                              MR_CHART_TEXT_PLAIN);
  pango_layout_set_width (layout, (int) (MAX (area->width - 24.0, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  mr_chart_text_size (layout, &width, &height);
  mr_chart_draw_text (cr, layout, area->x + 12.0, area->y + (area->height - height) / 2.0,
                      &style->palette.dim);
  cairo_restore (cr);
}
