/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-charts"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "mr-activity-chart.h"
#include "mr-application.h"
#include "mr-audience-chart.h"
#include "mr-chart-followers.h"
#include "mr-creator-charts.h"
#include "mr-engagement-chart.h"
#include "mr-follower-chart.h"
#include "mr-import-plan.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"

/* The charts as a user sees them: drawn (with colour where the data is), a quiet
 * placeholder without data, a tooltip for what the pointer rests on, a description
 * for screen readers, the colours of the dark style; and the report's cairo drawing
 * alone, without GTK, putting a jump's mark on its day. */

#define SETTLE_MS 150

/* ── Fixtures ─────────────────────────────────────────────────────────────────────── */

static guint32
julian (GDateDay   day,
        GDateMonth month,
        GDateYear  year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

#define HISTORY_FIRST  julian (1, G_DATE_MARCH, 2025)
#define HISTORY_LAST   julian (31, G_DATE_AUGUST, 2025)
#define SPIKE_DAY      julian (14, G_DATE_MAY, 2025)
#define SPIKE_EVIDENCE "On 14 May 2025, followers rose by 1,500 while views did not rise."

/* Half a year of steady growth from 12,400 with one bought-looking jump in May, early
 * enough that the line climbs above its mark afterwards. */
static GArray *
history_new (void)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (MrFollowerDay));
  gint64 followers = 12400;

  for (guint32 day = HISTORY_FIRST; day <= HISTORY_LAST; day++)
    {
      MrFollowerDay entry = { day, followers += day == SPIKE_DAY ? 1500 : 25 };

      g_array_append_val (days, entry);
    }
  return days;
}

static void
spike_free (gpointer data)
{
  MrSpike *spike = data;

  g_free (spike->evidence);
  g_free (spike);
}

static GPtrArray *
spikes_new (void)
{
  GPtrArray *spikes = g_ptr_array_new_with_free_func (spike_free);
  MrSpike *spike = g_new0 (MrSpike, 1);

  spike->kind = MR_SPIKE_GAIN;
  spike->day = SPIKE_DAY;
  spike->n_days = 1;
  spike->gain = 1500;
  spike->verdict = MR_SPIKE_SUSPICIOUS;
  spike->activity_ratio = 1.1;
  spike->lost_share = NAN;
  spike->evidence = g_strdup (SPIKE_EVIDENCE);
  g_ptr_array_add (spikes, spike);

  return spikes;
}

#define BEST_CAPTION "Oliebollen, \"de echte\", in 3 stappen"

/* Twelve posts a week apart at 4–7.5 %, the seventh far above at 14.2 %. */
static GArray *
posts_new (void)
{
  GArray *posts = g_array_new (FALSE, FALSE, sizeof (MrChartPost));

  for (guint i = 0; i < 12; i++)
    {
      MrChartPost post = {
        1740830400 + (gint64) i * 7 * 86400, i == 6 ? 14.2 : 4.0 + (i % 8) * 0.5,
        i == 6 ? BEST_CAPTION : "Appelflappen voor beginners",
      };

      g_array_append_val (posts, post);
    }
  return posts;
}

static MrChartAudienceData *
audience_new (void)
{
  MrChartAudienceData *data = mr_chart_audience_data_new ();

  mr_chart_audience_data_add (data, "gender", "female", 0.59);
  mr_chart_audience_data_add (data, "gender", "male", 0.38);
  mr_chart_audience_data_add (data, "gender", "other", 0.03);
  mr_chart_audience_data_add (data, "territory", "NL", 0.62);
  mr_chart_audience_data_add (data, "territory", "BE", 0.21);
  mr_chart_audience_data_add (data, "territory", "Others", 0.17);
  mr_chart_audience_data_add (data, "age", "25-34", 0.41);
  mr_chart_audience_data_add (data, "age", "18-24", 0.31);
  return data;
}

/* A week of TikTok follower activity that peaks on Tuesday at 19:00. */
static MrChartActivityData *
activity_new (void)
{
  MrChartActivityData *data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS, MR_PLATFORM_TIKTOK);

  for (guint weekday = 0; weekday < 7; weekday++)
    for (guint hour = 0; hour < 24; hour++)
      mr_chart_activity_data_add (data, weekday, hour,
                                  weekday == 1 && hour == 19 ? 2000 : 100 + 40 * (hour % 12));
  return data;
}

/* ── Pixels ───────────────────────────────────────────────────────────────────────── */

typedef enum
{
  INK,        /* anything drawn */
  COLOURED,   /* data: the palette's colours, never the greys of text and frames */
  REDDISH,    /* a suspicious jump */
  BLUISH,     /* the accent: lines, bars, cells */
} PixelKind;

typedef struct
{
  guint  n;
  double x;       /* the centroid of the pixels found */
  double y;
  int    top;     /* the highest row with one */
  int    top_x;
  double luminance;   /* of the colour, unpremultiplied: 0 black … 1 white */
} Pixels;

static gboolean
pixel_is (const guint8 *p,
          PixelKind     kind)
{
  int b = p[0], g = p[1], r = p[2], a = p[3];

  switch (kind)
    {
    case INK:
      return a > 32;
    case COLOURED:
      return a > 128 && MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 60;
    case REDDISH:
      return a > 128 && r > g + 60 && r > b + 60;
    case BLUISH:
    default:
      return a > 128 && b > r + 60;
    }
}

/* @surface is ARGB32, premultiplied, as cairo and GDK download it. */
static Pixels
find_pixels (cairo_surface_t *surface,
             PixelKind        kind,
             int              from_y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  Pixels found = { 0, 0, 0, -1, -1, 0 };

  cairo_surface_flush (surface);
  for (int y = MAX (from_y, 0); y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *p = data + y * stride + x * 4;

        if (!pixel_is (p, kind))
          continue;
        if (found.n++ == 0)
          {
            found.top = y;
            found.top_x = x;
          }
        found.x += x;
        found.y += y;
        found.luminance += (0.2126 * p[2] + 0.7152 * p[1] + 0.0722 * p[0]) / p[3];
      }

  if (found.n > 0)
    {
      found.x /= found.n;
      found.y /= found.n;
      found.luminance /= found.n;
    }
  return found;
}

/* What the widget shows, through its own renderer, as the window would draw it. */
static cairo_surface_t *
render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

typedef struct {
  GtkWidget *chart;
  int        width;
} Showing;

static gboolean
shown_at_width (gpointer data)
{
  Showing *showing = data;

  return gtk_widget_get_mapped (showing->chart) &&
         gtk_widget_get_width (showing->chart) >= showing->width;
}

/* Shows @chart as a window's content, @width wide (or more) and @height high (or as high
 * as it asks). The drawing and the pointer's hits are checked at that size: a window
 * still taking its size, on a busy machine, would give a chart of another layout. */
static GtkWindow *
show_in_window (GtkWidget *chart,
                int        width,
                int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  Showing showing = { chart, width };

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, chart);
  gtk_window_present (window);
  mr_test_wait_until (shown_at_width, &showing, 10000, "the chart's window to take its size");
  mr_test_settle (SETTLE_MS);
  return window;
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    {
      g_test_message ("“%s” does not contain “%s”", haystack, needle);
      return FALSE;
    }
  return TRUE;
}

/* ── The report's drawing, without GTK ────────────────────────────────────────────── */

static void
test_report_spike_position (void)
{
  g_autoptr(GArray) days = history_new ();
  g_autoptr(GPtrArray) spikes = spikes_new ();
  MrChartFollowersData data = {
    (const MrFollowerDay *) (gconstpointer) days->data, days->len,
    (const MrSpike *const *) spikes->pdata, spikes->len,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 720, 220);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 9");
  cairo_rectangle_t area = { 10, 10, 700, 200 };
  MrChartStyle style = { .context = context, .font = font };
  Pixels line, mark;
  double expected_x;
  MrChartHit hit;

  mr_chart_palette_init (&style.palette, FALSE);
  g_assert_true (mr_chart_followers_has_data (&data));
  mr_chart_followers_draw (cr, &style, &area, &data);

  /* The line runs from the first day to the last: the x of every day follows. Below
   * the legend, the reddish pixels are the jump's mark (and the guide through it). */
  line = find_pixels (surface, BLUISH, 40);
  mark = find_pixels (surface, REDDISH, 40);
  g_assert_cmpuint (line.n, >, 500);
  g_assert_cmpuint (mark.n, >, 20);
  {
    const guint8 *data_bytes = cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface);
    int left = 720, right = 0;

    for (int y = 40; y < 220; y++)
      for (int x = 0; x < 720; x++)
        if (pixel_is (data_bytes + y * stride + x * 4, BLUISH))
          {
            left = MIN (left, x);
            right = MAX (right, x);
          }
    expected_x = left + (right - left) * (double) (SPIKE_DAY - HISTORY_FIRST) / (HISTORY_LAST - HISTORY_FIRST);
  }
  g_assert_cmpfloat_with_epsilon (mark.x, expected_x, 3.0);

  /* Hovering the mark finds the jump. */
  g_assert_true (mr_chart_followers_hit_test (&style, &area, &data, expected_x, mark.y, &hit));
  g_assert_cmpint (hit.kind, ==, MR_CHART_HIT_SPIKE);
  g_assert_cmpuint (hit.index, ==, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

/* ── The widgets ──────────────────────────────────────────────────────────────────── */

/* Drawn, with colour where the data is, an image to screen readers named by its title. */
static void
assert_chart_drawn (MrBaseChart     *chart,
                    cairo_surface_t *surface)
{
  g_assert_true (mr_base_chart_has_data (chart));
  g_assert_cmpuint (find_pixels (surface, INK, 0).n, >, 2000);
  g_assert_cmpuint (find_pixels (surface, COLOURED, 0).n, >, 200);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 180);
}

static void
test_followers (void)
{
  g_autoptr(GArray) days = history_new ();
  g_autoptr(GPtrArray) spikes = spikes_new ();
  MrFollowerChart *chart = MR_FOLLOWER_CHART (mr_follower_chart_new ());
  g_autofree char *date = mr_format_day (SPIKE_DAY, FALSE);
  g_autofree char *clause = g_strdup_printf (ngettext ("%u suspicious jump on %s",
                                                       "%u suspicious jumps, the largest on %s", 1), 1, date);
  g_autofree char *tooltip = NULL;
  GtkWindow *window;
  cairo_surface_t *surface;
  Pixels mark;

  mr_follower_chart_set_history (chart, days, spikes);
  window = show_in_window (GTK_WIDGET (chart), 720, 220);
  surface = render_widget (GTK_WIDGET (chart));
  assert_chart_drawn (MR_BASE_CHART (chart), surface);

  /* The suspicious jump is the red mark; resting on it explains it. */
  mark = find_pixels (surface, REDDISH, 40);
  g_assert_cmpuint (mark.n, >, 20);
  tooltip = mr_base_chart_explain_at (MR_BASE_CHART (chart), mark.x, mark.y);
  g_assert_true (contains (tooltip, SPIKE_EVIDENCE));
  g_assert_true (contains (tooltip, mr_chart_followers_spike_label (g_ptr_array_index (spikes, 0))));

  g_assert_true (contains (mr_base_chart_get_description (MR_BASE_CHART (chart)), clause));

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

static void
test_engagement (void)
{
  g_autoptr(GArray) posts = posts_new ();
  MrEngagementChart *chart = MR_ENGAGEMENT_CHART (mr_engagement_chart_new ());
  g_autofree char *tooltip = NULL;
  GtkWindow *window;
  cairo_surface_t *surface;
  Pixels bars;

  mr_engagement_chart_set_posts (chart, (const MrChartPost *) (gconstpointer) posts->data, posts->len, 7.5);
  window = show_in_window (GTK_WIDGET (chart), 720, 220);
  surface = render_widget (GTK_WIDGET (chart));
  assert_chart_drawn (MR_BASE_CHART (chart), surface);

  /* The tallest bar is the best post: resting on it shows its caption and rate. */
  bars = find_pixels (surface, BLUISH, 30);
  tooltip = mr_base_chart_explain_at (MR_BASE_CHART (chart), bars.top_x, bars.top + 4);
  g_assert_true (contains (tooltip, BEST_CAPTION));
  g_assert_true (contains (tooltip, "14"));
  g_assert_true (contains (mr_base_chart_get_description (MR_BASE_CHART (chart)), "12"));

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

static void
test_audience (void)
{
  MrAudienceChart *chart = MR_AUDIENCE_CHART (mr_audience_chart_new ());
  g_autofree char *tooltip = NULL;
  GtkWindow *window;
  cairo_surface_t *surface;
  int wide, narrow;
  Pixels bars;

  mr_audience_chart_set_data (chart, audience_new ());
  window = show_in_window (GTK_WIDGET (chart), 720, 100);
  surface = render_widget (GTK_WIDGET (chart));
  g_assert_true (mr_base_chart_has_data (MR_BASE_CHART (chart)));
  g_assert_cmpuint (find_pixels (surface, COLOURED, 0).n, >, 200);

  /* The first bar is the largest gender. */
  bars = find_pixels (surface, BLUISH, 0);
  tooltip = mr_base_chart_explain_at (MR_BASE_CHART (chart), bars.top_x + 2, bars.top + 2);
  g_assert_true (contains (tooltip, "59"));
  g_assert_true (contains (mr_base_chart_get_description (MR_BASE_CHART (chart)), "62"));

  /* Side by side when wide, one under the other when narrow: never clipped. */
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, 720, &wide, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, 320, &narrow, NULL, NULL, NULL);
  g_assert_cmpint (narrow, >, wide);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, wide);

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

static void
test_activity (void)
{
  MrActivityChart *chart = MR_ACTIVITY_CHART (mr_activity_chart_new ());
  g_autofree char *tooltip = NULL;
  GtkWindow *window;
  cairo_surface_t *surface;
  const guint8 *data;
  int stride, best_x = 0, best_y = 0, best = 0;

  mr_activity_chart_set_data (chart, activity_new ());
  window = show_in_window (GTK_WIDGET (chart), 340, 200);
  surface = render_widget (GTK_WIDGET (chart));
  assert_chart_drawn (MR_BASE_CHART (chart), surface);

  /* The strongest cell is the busiest hour: Tuesday, 19:00. */
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 30; y < gtk_widget_get_height (GTK_WIDGET (chart)); y++)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (chart)); x++)
      if (pixel_is (data + y * stride + x * 4, BLUISH) && data[y * stride + x * 4 + 3] > best)
        {
          best = data[y * stride + x * 4 + 3];
          best_x = x;
          best_y = y;
        }
  tooltip = mr_base_chart_explain_at (MR_BASE_CHART (chart), best_x, best_y);
  g_assert_true (contains (tooltip, mr_chart_weekday_name (1)));
  g_assert_true (contains (tooltip, "19:00"));
  g_assert_true (contains (mr_base_chart_get_description (MR_BASE_CHART (chart)), "18:00–22:00"));

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

/* Without data: the quiet sentence, lower than a chart, no axis and no colour. */
static void
test_empty (void)
{
  GtkWidget *charts[] = {
    mr_follower_chart_new (), mr_engagement_chart_new (), mr_audience_chart_new (), mr_activity_chart_new (),
  };
  g_autoptr(GArray) one_day = g_array_new (FALSE, FALSE, sizeof (MrFollowerDay));
  MrFollowerDay day = { HISTORY_FIRST, 1200 };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWindow *window;

  g_array_append_val (one_day, day);
  mr_follower_chart_set_history (MR_FOLLOWER_CHART (charts[0]), one_day, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    gtk_box_append (GTK_BOX (box), charts[i]);
  window = show_in_window (box, 360, 100);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      cairo_surface_t *surface = render_widget (charts[i]);

      g_assert_false (mr_base_chart_has_data (MR_BASE_CHART (charts[i])));
      g_assert_cmpuint (find_pixels (surface, INK, 0).n, >, 100);
      g_assert_cmpuint (find_pixels (surface, COLOURED, 0).n, ==, 0);
      g_assert_cmpint (gtk_widget_get_height (charts[i]), <, 180);
      g_assert_cmpstr (mr_base_chart_get_description (MR_BASE_CHART (charts[i])), ==, mr_chart_placeholder_text ());
      g_assert_null (mr_base_chart_explain_at (MR_BASE_CHART (charts[i]), 100, 40));
      cairo_surface_destroy (surface);
    }

  gtk_window_destroy (window);
}

/* The dark style redraws the chart in light ink on dark, without being asked to. */
static void
test_dark (void)
{
  g_autoptr(GArray) days = history_new ();
  g_autoptr(GPtrArray) spikes = spikes_new ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *chart = mr_follower_chart_new ();
  cairo_surface_t *light, *dark;
  GtkWindow *window;

  mr_follower_chart_set_history (MR_FOLLOWER_CHART (chart), days, spikes);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = show_in_window (chart, 720, 220);
  light = render_widget (chart);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  mr_test_settle (SETTLE_MS);
  dark = render_widget (chart);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpuint (find_pixels (dark, COLOURED, 0).n, >, 200);
  g_assert_cmpfloat (find_pixels (dark, INK, 0).luminance, >, find_pixels (light, INK, 0).luminance + 0.2);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  gtk_window_destroy (window);
}

/* ── The section on a creator's page ──────────────────────────────────────────────── */

static void
import_studio_set (MrStore *store)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "studio-set", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_import_plan_add_files (plan, &folder, 1, NULL, &error));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, mr_store_get_handle (store),
                                      NULL, NULL, NULL, &error));
  g_assert_true (mr_import_plan_run (plan, mr_store_get_handle (store), NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

static MrCreator *
find_creator (MrStore    *store,
              const char *name)
{
  GListModel *creators = mr_store_get_creators (store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (g_strcmp0 (mr_creator_get_name (creator), name) == 0)
        return creator;
    }
  g_assert_not_reached ();
}

/* A real TikTok Studio export fills all four charts, in a window 360 px wide; a
 * creator nothing is known about shows four placeholders. */
static void
test_section (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "charts.db", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (path);
  g_autoptr(MrCreator) mila = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  GtkWidget *section = mr_creator_charts_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWindow *window;

  import_studio_set (store);
  mila = mr_test_add_creator (store, "Mila Koster", "mila.maakt");
  gtk_widget_set_margin_start (section, 12);
  gtk_widget_set_margin_end (section, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), section);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  mr_creator_charts_show (MR_CREATOR_CHARTS (section), store, find_creator (store, "@lotte.bakt"));
  window = show_in_window (scrolled, 360, 720);

  mr_test_collect (section, MR_TYPE_BASE_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 4);
  for (guint i = 0; i < charts->len; i++)
    {
      MrBaseChart *chart = g_ptr_array_index (charts, i);

      g_test_message ("%s: %s", mr_base_chart_get_title (chart), mr_base_chart_get_description (chart));
      g_assert_true (mr_base_chart_has_data (chart));
      g_assert_nonnull (mr_base_chart_get_title (chart));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), <=, 360 - 2 * 12);
    }

  mr_creator_charts_show (MR_CREATOR_CHARTS (section), store, mila);
  for (guint i = 0; i < charts->len; i++)
    g_assert_false (mr_base_chart_has_data (g_ptr_array_index (charts, i)));

  gtk_window_destroy (window);
  g_clear_object (&store);
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/charts/report/spike-position", test_report_spike_position);
  g_test_add_func ("/charts/followers", test_followers);
  g_test_add_func ("/charts/engagement", test_engagement);
  g_test_add_func ("/charts/audience", test_audience);
  g_test_add_func ("/charts/activity", test_activity);
  g_test_add_func ("/charts/empty", test_empty);
  g_test_add_func ("/charts/dark", test_dark);
  g_test_add_func ("/charts/section", test_section);

  return g_test_run ();
}
