/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-page-layout"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "mr-page-layout-private.h"

/* The laid-out pages are lists of what to draw where: lines of text, bands, rules and
 * drawings. Text is measured once, when it is placed, and only drawn afterwards. */

#define RULE_WIDTH        0.5
#define BACKGROUND_RADIUS 4.0
#define BAR_WIDTH         3.0
/* A paragraph split between pages keeps at least this many lines on the first. */
#define MIN_LINES_BEFORE_BREAK 2

typedef enum
{
  ITEM_LINE,
  ITEM_BAND,
  ITEM_RULE,
  ITEM_DRAWING,
} ItemKind;

typedef struct
{
  ItemKind           kind;
  cairo_rectangle_t  area;
  MrChartColor       color;
  MrChartColor       bar_color;     /* ITEM_BAND: alpha 0 for no bar */
  PangoLayout       *layout;        /* ITEM_LINE */
  int                line;
  MrPageDrawFunc     draw;          /* ITEM_DRAWING */
  gpointer           data;
  GDestroyNotify     destroy;
} Item;

typedef struct
{
  GPtrArray *items;
  guint      tag;
} Page;

struct _MrPageLayout
{
  PangoContext *context;
  double        page_width;
  double        page_height;
  double        margin;
  double        bottom_reserve;

  GPtrArray    *pages;
  double        y;
  gboolean      page_empty;
  guint         tag;
};

/* ── Items and pages ────────────────────────────────────────────────────────────── */

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  if (item->destroy != NULL)
    item->destroy (item->data);
  g_free (item);
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static Page *
current_page (MrPageLayout *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static double
body_top (MrPageLayout *self)
{
  return self->margin;
}

static double
body_bottom (MrPageLayout *self)
{
  return self->page_height - self->margin - self->bottom_reserve;
}

static void
new_page (MrPageLayout *self)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  page->tag = self->tag;
  g_ptr_array_add (self->pages, page);
  self->y = body_top (self);
  self->page_empty = TRUE;
}

static Item *
add_item (MrPageLayout *self,
          ItemKind      kind)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  g_ptr_array_add (current_page (self)->items, item);
  return item;
}

MrPageLayout *
mr_page_layout_new (PangoContext *context,
                    double        page_width,
                    double        page_height,
                    double        margin,
                    double        bottom_reserve)
{
  MrPageLayout *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (page_width > 2 * margin, NULL);
  g_return_val_if_fail (page_height > 2 * margin + bottom_reserve, NULL);

  self = g_new0 (MrPageLayout, 1);
  self->context = g_object_ref (context);
  self->page_width = page_width;
  self->page_height = page_height;
  self->margin = margin;
  self->bottom_reserve = bottom_reserve;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  new_page (self);

  return self;
}

void
mr_page_layout_free (MrPageLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->pages);
  g_object_unref (self->context);
  g_free (self);
}

PangoContext *
mr_page_layout_get_context (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->context;
}

double
mr_page_layout_get_page_width (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->page_width;
}

double
mr_page_layout_get_page_height (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->page_height;
}

double
mr_page_layout_get_margin (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->margin;
}

double
mr_page_layout_get_width (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->page_width - 2 * self->margin;
}

double
mr_page_layout_get_space_left (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return body_bottom (self) - self->y;
}

PangoLayout *
mr_page_layout_create_text (MrPageLayout               *self,
                            const PangoFontDescription *font,
                            double                      width,
                            PangoAlignment              alignment,
                            gboolean                    tabular,
                            const char                 *text)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) floor (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (tabular)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  /* Names, captions and notes are the user's: text, never markup. */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
mr_page_layout_break_page (MrPageLayout *self,
                           guint         tag)
{
  g_return_if_fail (self != NULL);

  self->tag = tag;
  if (self->page_empty)
    current_page (self)->tag = tag;
  else
    new_page (self);
}

void
mr_page_layout_keep (MrPageLayout *self,
                     double        height)
{
  g_return_if_fail (self != NULL);

  if (!self->page_empty && self->y + height > body_bottom (self))
    new_page (self);
}

void
mr_page_layout_skip (MrPageLayout *self,
                     double        height)
{
  g_return_if_fail (self != NULL);

  if (!self->page_empty)
    self->y += height;
}

/* ── Placing rows ───────────────────────────────────────────────────────────────── */

/* Would splitting @row here leave a cell with fewer than MIN_LINES_BEFORE_BREAK lines
 * above the break while more follow? Then it had better start on the next page. */
static gboolean
splits_badly (MrPageLayout *self,
              MrLayoutRow  *row)
{
  double top = self->y + row->padding_top;
  double limit = body_bottom (self) - row->padding_bottom;

  for (guint c = 0; c < row->cells->len; c++)
    {
      const Cell *cell = &g_array_index (row->cells, Cell, c);
      guint n = mr_layout_row_lines_that_fit (cell, 0, top, limit, FALSE);

      if (n < cell->lines->len && n < MIN_LINES_BEFORE_BREAK)
        return TRUE;
    }
  return FALSE;
}

static void
emit_line (MrPageLayout *self,
           const Cell   *cell,
           const Line   *line,
           double        top)
{
  const Piece *piece = &g_array_index (cell->pieces, Piece, line->piece);
  Item *item = add_item (self, ITEM_LINE);

  item->layout = g_object_ref (piece->layout);
  item->line = line->index;
  item->color = piece->color;
  item->area = (cairo_rectangle_t) { self->margin + cell->x + line->x, top + line->baseline,
                                     cell->width, line->height };
}

/* Places what fits of each cell from @positions on, between @top and the page's
 * bottom; returns where the lowest cell ended. */
static double
place_fragment (MrPageLayout *self,
                MrLayoutRow  *row,
                guint        *positions,
                double        top,
                gboolean      continued)
{
  double limit = body_bottom (self) - row->padding_bottom;
  double lowest = top + row->padding_top;
  gboolean fresh_page = self->page_empty;

  for (guint c = 0; c < row->cells->len; c++)
    {
      Cell *cell = &g_array_index (row->cells, Cell, c);
      double y = top + row->padding_top;
      guint n = mr_layout_row_lines_that_fit (cell, positions[c], y, limit, continued);

      /* A line taller than a whole page still goes somewhere, or nothing would end. */
      if (n == 0 && fresh_page && positions[c] < cell->lines->len)
        n = 1;

      for (guint i = 0; i < n; i++)
        {
          const Line *line = &g_array_index (cell->lines, Line, positions[c] + i);
          double space = continued && i == 0 ? 0.0 : line->space_before;

          y += space;
          emit_line (self, cell, line, y);
          if (positions[c] + i == 0 && cell->ornament != NULL)
            {
              Item *item = add_item (self, ITEM_DRAWING);

              item->area = (cairo_rectangle_t) { self->margin + cell->x, y, cell->width, line->height };
              item->draw = g_steal_pointer (&cell->ornament);
              item->data = g_steal_pointer (&cell->ornament_data);
              item->destroy = g_steal_pointer (&cell->ornament_destroy);
            }
          y += line->height;
        }
      positions[c] += n;
      lowest = MAX (lowest, y);
    }

  return lowest + row->padding_bottom;
}

static gboolean
row_done (MrLayoutRow *row,
          const guint *positions)
{
  for (guint c = 0; c < row->cells->len; c++)
    if (positions[c] < g_array_index (row->cells, Cell, c).lines->len)
      return FALSE;

  return TRUE;
}

static void
emit_band (MrPageLayout *self,
           MrLayoutRow  *row,
           guint         index,
           double        top,
           double        bottom)
{
  Item *item = g_new0 (Item, 1);

  item->kind = ITEM_BAND;
  item->area = (cairo_rectangle_t) { self->margin + row->background_x, top,
                                     row->background_width, bottom - top };
  item->color = row->background;
  item->bar_color = row->bar_color;
  /* Under the text it stands behind. */
  g_ptr_array_insert (current_page (self)->items, (int) index, item);
}

void
mr_page_layout_add_row (MrPageLayout *self,
                        MrLayoutRow  *row_in)
{
  g_autoptr(MrLayoutRow) row = row_in;
  g_autofree guint *positions = NULL;
  gboolean continued = FALSE;
  double height, body;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row != NULL);

  positions = g_new0 (guint, row->cells->len);
  height = mr_layout_row_get_height (row);
  body = body_bottom (self) - body_top (self);
  if (!self->page_empty && self->y + height > body_bottom (self) &&
      ((row->keep_together && height <= body) || splits_badly (self, row)))
    new_page (self);

  for (;;)
    {
      guint first_item = current_page (self)->items->len;
      double top = self->y;
      double bottom = place_fragment (self, row, positions, top, continued);

      if (row->has_background)
        emit_band (self, row, first_item, top, bottom);
      self->y = bottom;
      self->page_empty = FALSE;
      if (row_done (row, positions))
        break;
      new_page (self);
      continued = TRUE;
    }

  if (row->has_rule)
    {
      Item *item = add_item (self, ITEM_RULE);

      item->area = (cairo_rectangle_t) { self->margin, self->y, mr_page_layout_get_width (self),
                                         RULE_WIDTH };
      item->color = row->rule;
    }
}

void
mr_page_layout_add_drawing (MrPageLayout   *self,
                            double          x,
                            double          width,
                            double          height,
                            MrPageDrawFunc  draw,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  Item *item;

  mr_page_layout_keep (self, height);
  item = add_item (self, ITEM_DRAWING);
  item->area = (cairo_rectangle_t) { self->margin + x, self->y, width, height };
  item->draw = draw;
  item->data = data;
  item->destroy = destroy;
  self->y += height;
  self->page_empty = FALSE;
}

/* ── Drawing ────────────────────────────────────────────────────────────────────── */

guint
mr_page_layout_get_n_pages (MrPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

guint
mr_page_layout_get_page_tag (MrPageLayout *self,
                             guint         page)
{
  g_return_val_if_fail (page < self->pages->len, 0);

  return ((Page *) g_ptr_array_index (self->pages, page))->tag;
}

static void
rounded_rectangle (cairo_t                 *cr,
                   const cairo_rectangle_t *r,
                   double                   radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
set_color (cairo_t            *cr,
           const MrChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
draw_band (cairo_t    *cr,
           const Item *item)
{
  cairo_save (cr);
  rounded_rectangle (cr, &item->area, BACKGROUND_RADIUS);
  set_color (cr, &item->color);
  if (item->bar_color.alpha > 0)
    {
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      set_color (cr, &item->bar_color);
      cairo_rectangle (cr, item->area.x, item->area.y, BAR_WIDTH, item->area.height);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_item (cairo_t    *cr,
           const Item *item)
{
  switch (item->kind)
    {
    case ITEM_LINE:
      set_color (cr, &item->color);
      cairo_move_to (cr, item->area.x, item->area.y);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (item->layout, item->line));
      break;
    case ITEM_BAND:
      draw_band (cr, item);
      break;
    case ITEM_RULE:
      set_color (cr, &item->color);
      cairo_set_line_width (cr, item->area.height);
      cairo_move_to (cr, item->area.x, item->area.y);
      cairo_line_to (cr, item->area.x + item->area.width, item->area.y);
      cairo_stroke (cr);
      break;
    case ITEM_DRAWING:
      cairo_save (cr);
      item->draw (cr, &item->area, item->data);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
mr_page_layout_draw_page (MrPageLayout *self,
                          cairo_t      *cr,
                          guint         page)
{
  Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  /* The context is left as the text was measured with: on another cairo_t the same
   * lines are drawn, scaled, never laid out again. */
  p = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < p->items->len; i++)
    draw_item (cr, g_ptr_array_index (p->items, i));
}
