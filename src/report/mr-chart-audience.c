/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-audience"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-chart-audience.h"
#include "mr-chart-private.h"
#include "mr-number-format.h"

#define MIN_COLUMN_WIDTH  200.0
#define COLUMN_GAP        24.0
#define GROUP_GAP         12.0
#define TITLE_GAP         4.0
#define ROW_GAP           5.0
#define BAR_HEIGHT        8.0
#define MIN_BAR_WIDTH     40.0
/* Described bars per group: enough to say who the audience is in one sentence. */
#define DESCRIBED_BARS    3

typedef struct
{
  char     *label;
  double    share;
  gboolean  rest;    /* the territories outside the top, added up */
} Bar;

typedef struct
{
  char   *dimension;
  GArray *raw;     /* Bar: as added, the bucket as the label */
  GArray *bars;    /* Bar: as shown */
} Group;

struct _MrChartAudienceData
{
  GPtrArray *groups;
};

static void
bar_clear (gpointer data)
{
  g_free (((Bar *) data)->label);
}

static GArray *
bars_new (void)
{
  GArray *bars = g_array_new (FALSE, FALSE, sizeof (Bar));

  g_array_set_clear_func (bars, bar_clear);
  return bars;
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->dimension);
  g_array_unref (group->raw);
  g_array_unref (group->bars);
  g_free (group);
}

MrChartAudienceData *
mr_chart_audience_data_new (void)
{
  MrChartAudienceData *data = g_new0 (MrChartAudienceData, 1);

  data->groups = g_ptr_array_new_with_free_func (group_free);
  return data;
}

void
mr_chart_audience_data_free (MrChartAudienceData *data)
{
  if (data == NULL)
    return;

  g_ptr_array_unref (data->groups);
  g_free (data);
}

/* Known dimensions first, in the order a marketer reads them. */
static guint
dimension_rank (const char *dimension)
{
  static const char * const order[] = { "gender", "age", "territory" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_str_equal (dimension, order[i]))
      return i;
  return G_N_ELEMENTS (order);
}

static char *
bucket_label (const char *dimension,
              const char *bucket)
{
  if (g_str_equal (dimension, "gender"))
    {
      if (g_str_equal (bucket, "female"))
        return g_strdup (C_("audience gender", "Female"));
      if (g_str_equal (bucket, "male"))
        return g_strdup (C_("audience gender", "Male"));
      if (g_str_equal (bucket, "other"))
        return g_strdup (C_("audience gender", "Other"));
    }
  if (g_ascii_strcasecmp (bucket, "others") == 0)
    return g_strdup (C_("audience bucket", "Other"));
  if (g_str_equal (dimension, "age"))
    {
      g_auto(GStrv) parts = g_strsplit (bucket, "-", -1);

      return g_strjoinv ("–", parts);
    }
  return g_strdup (bucket);
}

static int
compare_share (gconstpointer a,
               gconstpointer b)
{
  const Bar *ba = a, *bb = b;

  return (ba->share < bb->share) - (ba->share > bb->share);
}

/* Ages by the first year of their bracket ("13–17" before "18–24"), others last. */
static int
compare_age (gconstpointer a,
             gconstpointer b)
{
  const Bar *ba = a, *bb = b;
  guint64 ya = g_ascii_isdigit (ba->label[0]) ? g_ascii_strtoull (ba->label, NULL, 10) : G_MAXUINT64;
  guint64 yb = g_ascii_isdigit (bb->label[0]) ? g_ascii_strtoull (bb->label, NULL, 10) : G_MAXUINT64;

  return (ya > yb) - (ya < yb);
}

static void
group_prepare (Group *group)
{
  gboolean territory = g_str_equal (group->dimension, "territory");
  double other = 0.0;
  gboolean has_other = FALSE;

  g_array_set_size (group->bars, 0);
  for (guint i = 0; i < group->raw->len; i++)
    {
      const Bar *raw = &g_array_index (group->raw, Bar, i);
      Bar bar = { bucket_label (group->dimension, raw->label), raw->share, FALSE };

      if (territory && g_ascii_strcasecmp (raw->label, "others") == 0)
        {
          other += raw->share;
          has_other = TRUE;
          g_free (bar.label);
          continue;
        }
      g_array_append_val (group->bars, bar);
    }

  g_array_sort (group->bars, g_str_equal (group->dimension, "age") ? compare_age : compare_share);

  if (territory)
    {
      Bar rest;

      while (group->bars->len > MR_CHART_AUDIENCE_TOP_TERRITORIES)
        {
          other += g_array_index (group->bars, Bar, group->bars->len - 1).share;
          has_other = TRUE;
          g_array_remove_index (group->bars, group->bars->len - 1);
        }
      if (has_other)
        {
          rest = (Bar) { g_strdup (C_("audience bucket", "Other")), other, TRUE };
          g_array_append_val (group->bars, rest);
        }
    }
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(Group * const *) a, *gb = *(Group * const *) b;
  guint ra = dimension_rank (ga->dimension), rb = dimension_rank (gb->dimension);

  if (ra != rb)
    return (ra > rb) - (ra < rb);
  return g_strcmp0 (ga->dimension, gb->dimension);
}

void
mr_chart_audience_data_add (MrChartAudienceData *data,
                            const char          *dimension,
                            const char          *bucket,
                            double               share)
{
  Group *group = NULL;
  Bar bar;

  g_return_if_fail (data != NULL && dimension != NULL && bucket != NULL);

  if (!isfinite (share) || share < 0.0)
    return;

  for (guint i = 0; i < data->groups->len && group == NULL; i++)
    if (g_str_equal (((Group *) g_ptr_array_index (data->groups, i))->dimension, dimension))
      group = g_ptr_array_index (data->groups, i);
  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->dimension = g_strdup (dimension);
      group->raw = bars_new ();
      group->bars = bars_new ();
      g_ptr_array_add (data->groups, group);
      g_ptr_array_sort (data->groups, compare_groups);
    }

  bar = (Bar) { g_strdup (bucket), share, FALSE };
  g_array_append_val (group->raw, bar);
  group_prepare (group);
}

static const Group *
get_group (const MrChartAudienceData *data,
           guint                      group)
{
  return g_ptr_array_index (data->groups, group);
}

const char *
mr_chart_audience_get_title (const MrChartAudienceData *data,
                             guint                      group)
{
  const char *dimension;

  g_return_val_if_fail (data != NULL && group < data->groups->len, NULL);

  dimension = get_group (data, group)->dimension;
  if (g_str_equal (dimension, "gender"))
    return C_("audience chart", "Gender");
  if (g_str_equal (dimension, "age"))
    return C_("audience chart", "Age");
  if (g_str_equal (dimension, "territory"))
    return C_("audience chart", "Top territories");
  return dimension;
}

const char *
mr_chart_audience_get_bar (const MrChartAudienceData *data,
                           guint                      group,
                           guint                      bar,
                           double                    *share)
{
  const Bar *b;

  g_return_val_if_fail (data != NULL && group < data->groups->len, NULL);
  g_return_val_if_fail (bar < get_group (data, group)->bars->len, NULL);

  b = &g_array_index (get_group (data, group)->bars, Bar, bar);
  if (share != NULL)
    *share = b->share;
  return b->label;
}

gboolean
mr_chart_audience_has_data (const MrChartAudienceData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  for (guint g = 0; g < data->groups->len; g++)
    for (guint i = 0; i < get_group (data, g)->bars->len; i++)
      if (g_array_index (get_group (data, g)->bars, Bar, i).share > 0.0)
        return TRUE;
  return FALSE;
}

/* ── Geometry ─────────────────────────────────────────────────────────────────────── */

static char *
format_share (double share)
{
  return mr_format_percent (round (share * 1000.0) / 10.0);
}

typedef struct
{
  guint   n_columns;
  double  column_width;
  double  label_width;
  double  value_width;
  double  line_height;
  double  row_height;
  double  height;
  guint  *column;     /* per group */
  double *y;          /* per group, from the top */
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->column, g_free);
  g_clear_pointer (&frame->y, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frame, frame_clear)

static double
text_width (const MrChartStyle *style,
            const char         *text,
            MrChartTextFlags    flags)
{
  g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, flags);
  double width;

  mr_chart_text_size (layout, &width, NULL);
  return ceil (width);
}

static double
group_height (const Frame *frame,
              const Group *group)
{
  return frame->line_height + TITLE_GAP + group->bars->len * frame->row_height - ROW_GAP;
}

/* Groups go to the shortest column, in order, so columns end about level. */
static void
frame_init (Frame                     *frame,
            const MrChartStyle        *style,
            double                     width,
            const MrChartAudienceData *data)
{
  guint n_groups = data->groups->len;
  g_autofree double *column_height = NULL;
  g_autofree char *widest_value = format_share (1.0);

  frame->line_height = mr_chart_line_height (style);
  frame->row_height = MAX (frame->line_height, BAR_HEIGHT) + ROW_GAP;
  frame->n_columns = (guint) CLAMP (floor ((width + COLUMN_GAP) / (MIN_COLUMN_WIDTH + COLUMN_GAP)), 1, MAX (n_groups, 1));
  frame->column_width = (width - (frame->n_columns - 1) * COLUMN_GAP) / frame->n_columns;
  frame->value_width = text_width (style, widest_value, MR_CHART_TEXT_TABULAR);
  frame->column = g_new0 (guint, MAX (n_groups, 1));
  frame->y = g_new0 (double, MAX (n_groups, 1));
  column_height = g_new0 (double, frame->n_columns);

  for (guint g = 0; g < n_groups; g++)
    {
      const Group *group = get_group (data, g);
      guint shortest = 0;

      for (guint i = 0; i < group->bars->len; i++)
        {
          g_autofree char *value = format_share (g_array_index (group->bars, Bar, i).share);

          frame->label_width = MAX (frame->label_width,
                                    text_width (style, g_array_index (group->bars, Bar, i).label, MR_CHART_TEXT_PLAIN));
          frame->value_width = MAX (frame->value_width, text_width (style, value, MR_CHART_TEXT_TABULAR));
        }

      for (guint c = 1; c < frame->n_columns; c++)
        if (column_height[c] < column_height[shortest])
          shortest = c;
      frame->column[g] = shortest;
      frame->y[g] = column_height[shortest] > 0.0 ? column_height[shortest] + GROUP_GAP : 0.0;
      column_height[shortest] = frame->y[g] + group_height (frame, group);
    }

  /* Long labels give way to the bars: a bar needs room to show its length. */
  frame->label_width = MIN (frame->label_width,
                            frame->column_width - frame->value_width - 2 * MR_CHART_GAP - MIN_BAR_WIDTH);
  frame->label_width = MAX (frame->label_width, 0.0);

  for (guint c = 0; c < frame->n_columns; c++)
    frame->height = MAX (frame->height, column_height[c]);
}

static void
row_rect (const Frame             *frame,
          const cairo_rectangle_t *area,
          guint                    group,
          guint                    bar,
          cairo_rectangle_t       *rect)
{
  rect->x = area->x + frame->column[group] * (frame->column_width + COLUMN_GAP);
  rect->y = area->y + frame->y[group] + frame->line_height + TITLE_GAP + bar * frame->row_height;
  rect->width = frame->column_width;
  rect->height = frame->row_height - ROW_GAP;
}

double
mr_chart_audience_get_height (const MrChartStyle        *style,
                              double                     width,
                              const MrChartAudienceData *data)
{
  g_auto(Frame) frame = { 0 };

  g_return_val_if_fail (style != NULL && data != NULL, 0.0);

  frame_init (&frame, style, width, data);
  return ceil (frame.height);
}

/* ── Drawing ──────────────────────────────────────────────────────────────────────── */

static void
rounded_bar (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height)
{
  double radius = MIN (height / 2.0, width / 2.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + radius, y + height / 2.0, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + width - radius, y + height / 2.0, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
}

void
mr_chart_audience_draw (cairo_t                   *cr,
                        const MrChartStyle        *style,
                        const cairo_rectangle_t   *area,
                        const MrChartAudienceData *data)
{
  g_auto(Frame) frame = { 0 };

  g_return_if_fail (cr != NULL && style != NULL && area != NULL && data != NULL);

  if (!mr_chart_audience_has_data (data))
    return;

  frame_init (&frame, style, area->width, data);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  for (guint g = 0; g < data->groups->len; g++)
    {
      const Group *group = get_group (data, g);
      g_autoptr(PangoLayout) title = mr_chart_text_new (style, mr_chart_audience_get_title (data, g),
                                                        MR_CHART_TEXT_BOLD);
      double x = area->x + frame.column[g] * (frame.column_width + COLUMN_GAP);

      pango_layout_set_width (title, (int) (frame.column_width * PANGO_SCALE));
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      mr_chart_draw_text (cr, title, x, area->y + frame.y[g], &style->palette.foreground);

      for (guint i = 0; i < group->bars->len; i++)
        {
          const Bar *bar = &g_array_index (group->bars, Bar, i);
          g_autoptr(PangoLayout) label = mr_chart_text_new (style, bar->label, MR_CHART_TEXT_PLAIN);
          g_autofree char *value_text = format_share (bar->share);
          g_autoptr(PangoLayout) value = mr_chart_text_new (style, value_text, MR_CHART_TEXT_TABULAR);
          cairo_rectangle_t row;
          double track_x, track_width, bar_y, value_width;

          row_rect (&frame, area, g, i, &row);
          pango_layout_set_width (label, (int) (MAX (frame.label_width, 1.0) * PANGO_SCALE));
          pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
          mr_chart_draw_text (cr, label, row.x, row.y + (row.height - frame.line_height) / 2.0,
                              &style->palette.dim);

          track_x = round (row.x + frame.label_width + MR_CHART_GAP);
          track_width = round (row.width - frame.label_width - frame.value_width - 2 * MR_CHART_GAP);
          bar_y = round (row.y + (row.height - BAR_HEIGHT) / 2.0);
          rounded_bar (cr, track_x, bar_y, track_width, BAR_HEIGHT);
          mr_chart_set_color (cr, &style->palette.grid, 1.0);
          cairo_fill (cr);
          if (bar->share > 0.0)
            {
              rounded_bar (cr, track_x, bar_y, MAX (track_width * MIN (bar->share, 1.0), BAR_HEIGHT), BAR_HEIGHT);
              mr_chart_set_color (cr, &style->palette.accent, 1.0);
              cairo_fill (cr);
            }

          mr_chart_text_size (value, &value_width, NULL);
          mr_chart_draw_text (cr, value, row.x + row.width - value_width,
                              row.y + (row.height - frame.line_height) / 2.0, &style->palette.foreground);
        }
    }
  cairo_restore (cr);
}

/* ── Hit-testing and description ──────────────────────────────────────────────────── */

gboolean
mr_chart_audience_hit_test (const MrChartStyle        *style,
                            const cairo_rectangle_t   *area,
                            const MrChartAudienceData *data,
                            double                     x,
                            double                     y,
                            MrChartHit                *hit)
{
  g_auto(Frame) frame = { 0 };

  g_return_val_if_fail (style != NULL && area != NULL && data != NULL && hit != NULL, FALSE);

  *hit = (MrChartHit) { MR_CHART_HIT_NONE };
  if (!mr_chart_audience_has_data (data))
    return FALSE;

  frame_init (&frame, style, area->width, data);
  for (guint g = 0; g < data->groups->len; g++)
    for (guint i = 0; i < get_group (data, g)->bars->len; i++)
      {
        cairo_rectangle_t row;

        row_rect (&frame, area, g, i, &row);
        /* Half the gap above and below: no dead lines between the rows. */
        row.y -= ROW_GAP / 2.0;
        row.height += ROW_GAP;
        if (mr_chart_rect_contains (&row, x, y))
          {
            *hit = (MrChartHit) { MR_CHART_HIT_BAR, g, i, row };
            return TRUE;
          }
      }

  return FALSE;
}

char *
mr_chart_audience_describe (const MrChartAudienceData *data)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (data != NULL, NULL);

  if (!mr_chart_audience_has_data (data))
    return g_strdup (mr_chart_placeholder_text ());

  for (guint g = 0; g < data->groups->len; g++)
    {
      g_autoptr(GArray) largest = g_array_copy (get_group (data, g)->bars);
      g_autoptr(GString) list = g_string_new (NULL);

      /* The copy shares the labels: it must not free them. */
      g_array_set_clear_func (largest, NULL);
      g_array_sort (largest, compare_share);
      for (guint i = 0, n = 0; i < largest->len && n < DESCRIBED_BARS; i++)
        {
          const Bar *bar = &g_array_index (largest, Bar, i);
          g_autofree char *value = NULL;

          /* "Other" says where the audience is not. */
          if (bar->rest)
            continue;
          value = format_share (bar->share);
          if (n++ > 0)
            /* Translators: between the items of a list in a chart's description. */
            g_string_append (list, C_("chart description", ", "));
          /* Translators: an audience bucket and its share, as in "Female 59 %". */
          g_string_append_printf (list, C_("chart description", "%s %s"), bar->label, value);
        }
      if (list->len > 0)
        /* Translators: an audience group and its largest buckets, as in
         * "Gender: Female 59 %, Male 38 %". */
        g_ptr_array_add (clauses, g_strdup_printf (C_("chart description", "%s: %s"),
                                                   mr_chart_audience_get_title (data, g), list->str));
    }

  return mr_chart_join_clauses (clauses);
}
