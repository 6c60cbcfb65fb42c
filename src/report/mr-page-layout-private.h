/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-page-layout.h"

G_BEGIN_DECLS

/* A row as mr-page-layout-row.c builds it and mr-page-layout.c places it: each cell a
 * column of lines, taken from the paragraphs put in it. */

typedef struct
{
  PangoLayout  *layout;
  MrChartColor  color;
} Piece;

typedef struct
{
  guint  piece;
  int    index;
  double height;         /* to the next line's top: line spacing included */
  double baseline;       /* from the line's top */
  double x;              /* the line's left edge in its layout: its alignment */
  double space_before;
} Line;

typedef struct
{
  double          x;
  double          width;
  GArray         *pieces;   /* Piece */
  GArray         *lines;    /* Line */
  MrPageDrawFunc  ornament;
  gpointer        ornament_data;
  GDestroyNotify  ornament_destroy;
} Cell;

struct _MrLayoutRow
{
  GArray       *cells;      /* Cell */
  double        padding_top;
  double        padding_bottom;
  gboolean      has_background;
  MrChartColor  background;
  MrChartColor  bar_color;
  double        background_x;
  double        background_width;
  gboolean      has_rule;
  MrChartColor  rule;
  gboolean      keep_together;
};

guint  mr_layout_row_lines_that_fit (const Cell *cell,
                                     guint       from,
                                     double      top,
                                     double      limit,
                                     gboolean    continued);
void   mr_layout_row_free           (MrLayoutRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrLayoutRow, mr_layout_row_free)

G_END_DECLS
