/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-chart.h"

G_BEGIN_DECLS

/* What the chart widgets share: they draw with src/report/'s cairo code in the colours
 * of the current style (light, dark, high contrast) and again when it changes; show a
 * quiet placeholder while there is no data; explain what is under the pointer in a
 * tooltip; and are an image to assistive technologies, labelled by their title and
 * described by the chart's one-sentence description. */

#define MR_TYPE_BASE_CHART (mr_base_chart_get_type ())
G_DECLARE_DERIVABLE_TYPE (MrBaseChart, mr_base_chart, MR, BASE_CHART, GtkWidget)

struct _MrBaseChartClass
{
  GtkWidgetClass parent_class;

  gboolean  (*has_data)   (MrBaseChart             *self);
  void      (*draw)       (MrBaseChart             *self,
                           cairo_t                 *cr,
                           const MrChartStyle      *style,
                           const cairo_rectangle_t *area);
  gboolean  (*hit_test)   (MrBaseChart             *self,
                           const MrChartStyle      *style,
                           const cairo_rectangle_t *area,
                           double                   x,
                           double                   y,
                           MrChartHit              *hit);
  /* The tooltip's text for what @hit found. */
  char     *(*explain)    (MrBaseChart             *self,
                           const MrChartHit        *hit);
  char     *(*describe)   (MrBaseChart             *self);
  /* Optional: the height the chart needs at @width; without it, a fixed height. */
  double    (*get_height) (MrBaseChart             *self,
                           const MrChartStyle      *style,
                           double                   width);
};

const char *mr_base_chart_get_title       (MrBaseChart *self);
void        mr_base_chart_set_title       (MrBaseChart *self,
                                           const char  *title);
gboolean    mr_base_chart_has_data        (MrBaseChart *self);
/* The sentence assistive technologies read as the chart's description. */
const char *mr_base_chart_get_description (MrBaseChart *self);
/* The tooltip for the point (x, y) of the widget, NULL where nothing is. */
char       *mr_base_chart_explain_at      (MrBaseChart *self,
                                           double       x,
                                           double       y);

/* For subclasses: their data changed. */
void        mr_base_chart_data_changed    (MrBaseChart *self);

G_END_DECLS
