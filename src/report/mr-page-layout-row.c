/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-page-layout-row"

#include "config.h"

#include "mr-page-layout-private.h"

/* Rows are measured when their text is added: each paragraph's lines, with the room
 * each takes down to the next, so that placing a row is adding heights. */

static void
cell_clear (Cell *cell)
{
  for (guint i = 0; i < cell->pieces->len; i++)
    g_object_unref (g_array_index (cell->pieces, Piece, i).layout);
  g_array_unref (cell->pieces);
  g_array_unref (cell->lines);
  if (cell->ornament_destroy != NULL)
    cell->ornament_destroy (cell->ornament_data);
}

void
mr_layout_row_free (MrLayoutRow *row)
{
  for (guint i = 0; i < row->cells->len; i++)
    cell_clear (&g_array_index (row->cells, Cell, i));
  g_array_unref (row->cells);
  g_free (row);
}

MrLayoutRow *
mr_layout_row_new (void)
{
  MrLayoutRow *row = g_new0 (MrLayoutRow, 1);

  row->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  return row;
}

guint
mr_layout_row_add_cell (MrLayoutRow *row,
                        double       x,
                        double       width)
{
  Cell cell = {
    .x = x,
    .width = width,
    .pieces = g_array_new (FALSE, FALSE, sizeof (Piece)),
    .lines = g_array_new (FALSE, FALSE, sizeof (Line)),
  };

  g_array_append_val (row->cells, cell);
  return row->cells->len - 1;
}

void
mr_layout_row_add_text (MrLayoutRow        *row,
                        guint               cell_index,
                        PangoLayout        *layout,
                        const MrChartColor *color,
                        double              space_before)
{
  Cell *cell;
  Piece piece;
  PangoLayoutIter *iter;
  guint first;
  int index = 0;
  double previous_top = 0.0;

  g_return_if_fail (cell_index < row->cells->len);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  cell = &g_array_index (row->cells, Cell, cell_index);
  piece = (Piece) { g_object_ref (layout), *color };
  g_array_append_val (cell->pieces, piece);
  first = cell->lines->len;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      PangoRectangle line_logical;
      double top;
      Line line = {
        .piece = cell->pieces->len - 1,
        .index = index,
        .space_before = index == 0 ? space_before : 0.0,
      };

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (pango_layout_iter_get_line_readonly (iter), NULL, &line_logical);
      top = (double) logical.y / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top;
      line.height = (double) logical.height / PANGO_SCALE;
      line.x = (double) (logical.x - line_logical.x) / PANGO_SCALE;
      /* Whatever spacing lies between two lines belongs to the upper one. */
      if (cell->lines->len > first)
        {
          Line *above = &g_array_index (cell->lines, Line, cell->lines->len - 1);

          above->height = MAX (above->height, top - previous_top);
        }
      previous_top = top;
      g_array_append_val (cell->lines, line);
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

void
mr_layout_row_add_ornament (MrLayoutRow    *row,
                            guint           cell_index,
                            MrPageDrawFunc  draw,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  Cell *cell;

  g_return_if_fail (cell_index < row->cells->len);

  cell = &g_array_index (row->cells, Cell, cell_index);
  g_return_if_fail (cell->ornament == NULL);
  cell->ornament = draw;
  cell->ornament_data = data;
  cell->ornament_destroy = destroy;
}

void
mr_layout_row_set_padding (MrLayoutRow *row,
                           double       top,
                           double       bottom)
{
  row->padding_top = top;
  row->padding_bottom = bottom;
}

void
mr_layout_row_set_background (MrLayoutRow        *row,
                              const MrChartColor *color,
                              const MrChartColor *bar_color,
                              double              x,
                              double              width)
{
  row->has_background = TRUE;
  row->background = *color;
  row->bar_color = bar_color != NULL ? *bar_color : (MrChartColor) { 0, 0, 0, 0 };
  row->background_x = x;
  row->background_width = width;
}

void
mr_layout_row_set_rule_below (MrLayoutRow        *row,
                              const MrChartColor *color)
{
  row->has_rule = TRUE;
  row->rule = *color;
}

void
mr_layout_row_set_keep_together (MrLayoutRow *row,
                                 gboolean     keep)
{
  row->keep_together = keep;
}

static double
cell_height (const Cell *cell)
{
  double height = 0.0;

  for (guint i = 0; i < cell->lines->len; i++)
    {
      const Line *line = &g_array_index (cell->lines, Line, i);

      height += line->space_before + line->height;
    }
  return height;
}

double
mr_layout_row_get_height (MrLayoutRow *row)
{
  double height = 0.0;

  for (guint i = 0; i < row->cells->len; i++)
    height = MAX (height, cell_height (&g_array_index (row->cells, Cell, i)));

  return row->padding_top + height + row->padding_bottom;
}

/* How many of @cell's lines from @from fit between @top and @limit. */
guint
mr_layout_row_lines_that_fit (const Cell *cell,
                              guint       from,
                              double      top,
                              double      limit,
                              gboolean    continued)
{
  double y = top;
  guint n = 0;

  for (guint i = from; i < cell->lines->len; i++)
    {
      const Line *line = &g_array_index (cell->lines, Line, i);
      double space = continued && n == 0 ? 0.0 : line->space_before;

      if (y + space + line->height > limit)
        break;
      y += space + line->height;
      n++;
    }
  return n;
}
