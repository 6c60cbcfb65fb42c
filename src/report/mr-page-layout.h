/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mr-chart.h"

G_BEGIN_DECLS

/* Flows blocks of text and drawings down pages of a fixed size, in points, and draws
 * any of those pages on a cairo_t afterwards: the same pages on a PDF surface and on a
 * printer's.
 *
 * Text goes in rows of cells side by side (a table row; a paragraph is a row of one
 * cell). A row that does not fit the rest of the page moves to the next one; a row
 * taller than that is split between lines, each cell going on where it stopped, so
 * long text never runs off a page and is never clipped. Drawings (charts) are never
 * split. Vertical gaps fall away at the top of a page. */

typedef struct _MrPageLayout MrPageLayout;
typedef struct _MrLayoutRow  MrLayoutRow;

/* Draws into @area, in points; @data as given with it. */
typedef void (*MrPageDrawFunc) (cairo_t                 *cr,
                                const cairo_rectangle_t *area,
                                gpointer                 data);

/* @context: for paper, a pangocairo context at a resolution of 72, so that text is
 * measured in points. @bottom_reserve: room kept under the body of every page, inside
 * the bottom margin, for the caller's footer. */
MrPageLayout *mr_page_layout_new               (PangoContext            *context,
                                                double                   page_width,
                                                double                   page_height,
                                                double                   margin,
                                                double                   bottom_reserve);
void          mr_page_layout_free              (MrPageLayout            *self);

PangoContext *mr_page_layout_get_context       (MrPageLayout            *self);
double        mr_page_layout_get_page_width    (MrPageLayout            *self);
double        mr_page_layout_get_page_height   (MrPageLayout            *self);
double        mr_page_layout_get_margin        (MrPageLayout            *self);
/* The body's width between the margins; rows' cells are placed from its left edge. */
double        mr_page_layout_get_width         (MrPageLayout            *self);
/* What is left of the current page's body. */
double        mr_page_layout_get_space_left    (MrPageLayout            *self);

/* A wrapped paragraph of @width points; @text is set as text, never parsed as markup. */
PangoLayout  *mr_page_layout_create_text       (MrPageLayout            *self,
                                                const PangoFontDescription *font,
                                                double                   width,
                                                PangoAlignment           alignment,
                                                gboolean                 tabular,
                                                const char              *text);

/* The next block starts on a new page, unless the current one is still empty. Pages
 * started from now on carry @tag (a section's number, for the caller's footer). */
void          mr_page_layout_break_page        (MrPageLayout            *self,
                                                guint                    tag);
/* Moves to a new page unless @height fits in what is left: keeps a heading with what
 * follows it. */
void          mr_page_layout_keep              (MrPageLayout            *self,
                                                double                   height);
void          mr_page_layout_skip              (MrPageLayout            *self,
                                                double                   height);

MrLayoutRow  *mr_layout_row_new                (void);
/* A cell @x points from the body's left edge, @width wide; returns its index. */
guint         mr_layout_row_add_cell           (MrLayoutRow             *row,
                                                double                   x,
                                                double                   width);
/* Adds a paragraph under what the cell holds, @space_before points below it. */
void          mr_layout_row_add_text           (MrLayoutRow             *row,
                                                guint                    cell,
                                                PangoLayout             *layout,
                                                const MrChartColor      *color,
                                                double                   space_before);
/* A small drawing beside the cell's first line (a severity dot, rating dots): @area is
 * the cell's width and that line's height, where the line lands. Takes @data. */
void          mr_layout_row_add_ornament       (MrLayoutRow             *row,
                                                guint                    cell,
                                                MrPageDrawFunc           draw,
                                                gpointer                 data,
                                                GDestroyNotify           destroy);
/* Padding above and below the cells, inside the background. */
void          mr_layout_row_set_padding        (MrLayoutRow             *row,
                                                double                   top,
                                                double                   bottom);
/* A filled band behind the row, @x to @x + @width, with a bar of @bar_color down its
 * left edge when given (a call-out box); drawn on each page the row spans. */
void          mr_layout_row_set_background     (MrLayoutRow             *row,
                                                const MrChartColor      *color,
                                                const MrChartColor      *bar_color,
                                                double                   x,
                                                double                   width);
void          mr_layout_row_set_rule_below     (MrLayoutRow             *row,
                                                const MrChartColor      *color);
/* Rows this short are never split, they move to the next page whole. */
void          mr_layout_row_set_keep_together  (MrLayoutRow             *row,
                                                gboolean                 keep);
double        mr_layout_row_get_height         (MrLayoutRow             *row);
/* Places @row (taking it) below what came before. */
void          mr_page_layout_add_row           (MrPageLayout            *self,
                                                MrLayoutRow             *row);

/* A drawing @height points tall across the body (from @x, @width wide), never split:
 * it starts a new page when it does not fit. Takes @data. */
void          mr_page_layout_add_drawing       (MrPageLayout            *self,
                                                double                   x,
                                                double                   width,
                                                double                   height,
                                                MrPageDrawFunc           draw,
                                                gpointer                 data,
                                                GDestroyNotify           destroy);

guint         mr_page_layout_get_n_pages       (MrPageLayout            *self);
guint         mr_page_layout_get_page_tag      (MrPageLayout            *self,
                                                guint                    page);
/* Draws page @page (from 0) with the origin at the paper's top left corner. */
void          mr_page_layout_draw_page         (MrPageLayout            *self,
                                                cairo_t                 *cr,
                                                guint                    page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrPageLayout, mr_page_layout_free)

G_END_DECLS
