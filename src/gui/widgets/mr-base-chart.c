/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-base-chart"

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "mr-base-chart.h"

/* A chart needs room for a few ticks; the empty state only for its sentence. Every
 * width down to a 360 px window (less its margins and the card's padding) works. */
#define MIN_WIDTH       240
#define NATURAL_WIDTH   560
#define MIN_HEIGHT      180
#define NATURAL_HEIGHT  220
#define EMPTY_HEIGHT    96
/* Labels at 9 pt beside GNOME's 11 pt text: smaller than the text, still legible. */
#define LABEL_SCALE     (9.0 / 11.0)

typedef struct
{
  char *title;
  char *description;
} MrBaseChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MrBaseChart, mr_base_chart, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TITLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ── Style ────────────────────────────────────────────────────────────────────────── */

static void
color_from_rgba (MrChartColor  *color,
                 const GdkRGBA *rgba)
{
  *color = (MrChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* libadwaita's named colours follow the theme, high contrast included. GTK 4.10
 * deprecates looking them up without a replacement; the fixed palette stands in for
 * any that a theme does not define. */
static gboolean
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *rgba)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return found;
}

static void
lookup_into (GtkWidget    *widget,
             const char   *name,
             MrChartColor *color)
{
  GdkRGBA rgba;

  if (lookup_color (widget, name, &rgba))
    color_from_rgba (color, &rgba);
}

static void
widget_color (GtkWidget *widget,
              GdkRGBA   *rgba)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  /* Newer than the GTK we must build against, so outside its pinned API. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_widget_get_color (widget, rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
#endif
}

static void
palette_init (GtkWidget      *widget,
              MrChartPalette *palette)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GdkRGBA foreground, window, card;

  mr_chart_palette_init (palette, adw_style_manager_get_dark (manager));

  widget_color (widget, &foreground);
  color_from_rgba (&palette->foreground, &foreground);
  palette->dim = palette->foreground;
  palette->dim.alpha *= 0.55;
  palette->grid = palette->foreground;
  palette->grid.alpha *= 0.1;

  lookup_into (widget, "accent_color", &palette->accent);
  lookup_into (widget, "success_color", &palette->good);
  lookup_into (widget, "error_color", &palette->warning);

  /* The charts stand on cards: the card's colour over the window's. */
  if (lookup_color (widget, "window_bg_color", &window) && lookup_color (widget, "card_bg_color", &card))
    palette->background = (MrChartColor) {
      card.red * card.alpha + window.red * (1 - card.alpha),
      card.green * card.alpha + window.green * (1 - card.alpha),
      card.blue * card.alpha + window.blue * (1 - card.alpha),
      1.0,
    };
}

static PangoFontDescription *
label_font (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  int size = pango_font_description_get_size (font);

  if (size <= 0)
    pango_font_description_set_size (font, 9 * PANGO_SCALE);
  else if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, round (size * LABEL_SCALE));
  else
    pango_font_description_set_size (font, (int) round (size * LABEL_SCALE));

  return font;
}

/* @font receives what the style points to; the caller frees it. */
static void
style_init (MrBaseChart           *self,
            MrChartStyle          *style,
            PangoFontDescription **font)
{
  *font = label_font (GTK_WIDGET (self));
  palette_init (GTK_WIDGET (self), &style->palette);
  style->context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  style->font = *font;
}

static void
widget_area (MrBaseChart       *self,
             cairo_rectangle_t *area)
{
  *area = (cairo_rectangle_t) { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)) };
}

/* ── GtkWidget ────────────────────────────────────────────────────────────────────── */

static void
mr_base_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MrBaseChart *self = MR_BASE_CHART (widget);
  g_autoptr(PangoFontDescription) font = NULL;
  cairo_rectangle_t area;
  MrChartStyle style;
  cairo_t *cr;

  widget_area (self, &area);
  if (area.width <= 0 || area.height <= 0)
    return;

  style_init (self, &style, &font);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, area.width, area.height));
  if (mr_base_chart_has_data (self))
    MR_BASE_CHART_GET_CLASS (self)->draw (self, cr, &style, &area);
  else
    mr_chart_draw_placeholder (cr, &style, &area, NULL);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
mr_base_chart_get_request_mode (GtkWidget *widget)
{
  return MR_BASE_CHART_GET_CLASS (widget)->get_height != NULL
    ? GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH
    : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
mr_base_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MrBaseChart *self = MR_BASE_CHART (widget);
  MrBaseChartClass *klass = MR_BASE_CHART_GET_CLASS (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else if (!mr_base_chart_has_data (self))
    {
      *minimum = *natural = EMPTY_HEIGHT;
    }
  else if (klass->get_height != NULL)
    {
      g_autoptr(PangoFontDescription) font = NULL;
      MrChartStyle style;

      style_init (self, &style, &font);
      *minimum = *natural = (int) ceil (klass->get_height (self, &style, for_size >= 0 ? for_size : NATURAL_WIDTH));
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

char *
mr_base_chart_explain_at (MrBaseChart *self,
                          double       x,
                          double       y)
{
  MrBaseChartClass *klass;
  g_autoptr(PangoFontDescription) font = NULL;
  cairo_rectangle_t area;
  MrChartStyle style;
  MrChartHit hit;

  g_return_val_if_fail (MR_IS_BASE_CHART (self), NULL);

  if (!mr_base_chart_has_data (self))
    return NULL;

  klass = MR_BASE_CHART_GET_CLASS (self);
  widget_area (self, &area);
  style_init (self, &style, &font);
  if (!klass->hit_test (self, &style, &area, x, y, &hit))
    return NULL;

  return klass->explain (self, &hit);
}

static gboolean
mr_base_chart_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  MrBaseChart *self = MR_BASE_CHART (widget);
  MrBaseChartClass *klass = MR_BASE_CHART_GET_CLASS (self);
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *text = NULL;
  cairo_rectangle_t area;
  MrChartStyle style;
  MrChartHit hit;

  /* From the keyboard there is no point to explain: the description says it all. */
  if (keyboard_mode || !mr_base_chart_has_data (self))
    return FALSE;

  widget_area (self, &area);
  style_init (self, &style, &font);
  if (!klass->hit_test (self, &style, &area, x, y, &hit) ||
      (text = klass->explain (self, &hit)) == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  /* Leaving the element asks again, so the next one explains itself. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) floor (hit.area.x), (int) floor (hit.area.y),
                              MAX ((int) ceil (hit.area.width), 1), MAX ((int) ceil (hit.area.height), 1) });
  return TRUE;
}

/* ── Public ───────────────────────────────────────────────────────────────────────── */

const char *
mr_base_chart_get_title (MrBaseChart *self)
{
  MrBaseChartPrivate *priv = mr_base_chart_get_instance_private (self);

  g_return_val_if_fail (MR_IS_BASE_CHART (self), NULL);

  return priv->title;
}

void
mr_base_chart_set_title (MrBaseChart *self,
                         const char  *title)
{
  MrBaseChartPrivate *priv = mr_base_chart_get_instance_private (self);

  g_return_if_fail (MR_IS_BASE_CHART (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
mr_base_chart_has_data (MrBaseChart *self)
{
  g_return_val_if_fail (MR_IS_BASE_CHART (self), FALSE);

  return MR_BASE_CHART_GET_CLASS (self)->has_data (self);
}

const char *
mr_base_chart_get_description (MrBaseChart *self)
{
  MrBaseChartPrivate *priv = mr_base_chart_get_instance_private (self);

  g_return_val_if_fail (MR_IS_BASE_CHART (self), NULL);

  return priv->description;
}

void
mr_base_chart_data_changed (MrBaseChart *self)
{
  MrBaseChartPrivate *priv = mr_base_chart_get_instance_private (self);

  g_return_if_fail (MR_IS_BASE_CHART (self));

  g_free (priv->description);
  priv->description = MR_BASE_CHART_GET_CLASS (self)->describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  priv->description, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* ── GObject ──────────────────────────────────────────────────────────────────────── */

static void
on_style_changed (MrBaseChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mr_base_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MrBaseChart *self = MR_BASE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mr_base_chart_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_base_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MrBaseChart *self = MR_BASE_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mr_base_chart_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_base_chart_constructed (GObject *object)
{
  G_OBJECT_CLASS (mr_base_chart_parent_class)->constructed (object);

  /* The subclass is complete only now: its empty data describes itself. */
  mr_base_chart_data_changed (MR_BASE_CHART (object));
}

static void
mr_base_chart_finalize (GObject *object)
{
  MrBaseChartPrivate *priv = mr_base_chart_get_instance_private (MR_BASE_CHART (object));

  g_free (priv->title);
  g_free (priv->description);

  G_OBJECT_CLASS (mr_base_chart_parent_class)->finalize (object);
}

static void
mr_base_chart_class_init (MrBaseChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mr_base_chart_get_property;
  object_class->set_property = mr_base_chart_set_property;
  object_class->constructed = mr_base_chart_constructed;
  object_class->finalize = mr_base_chart_finalize;

  widget_class->snapshot = mr_base_chart_snapshot;
  widget_class->measure = mr_base_chart_measure;
  widget_class->get_request_mode = mr_base_chart_get_request_mode;
  widget_class->query_tooltip = mr_base_chart_query_tooltip;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mr_base_chart_init (MrBaseChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
}
