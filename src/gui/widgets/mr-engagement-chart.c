/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-engagement-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-engagement-chart.h"
#include "mr-number-format.h"

/* A caption in a tooltip: enough to recognise the post, not to read it. */
#define CAPTION_EXCERPT_CHARS 80

struct _MrEngagementChart
{
  MrBaseChart  parent_instance;
  GArray      *posts;      /* MrChartPost, captions owned */
  double       benchmark;
};

G_DEFINE_FINAL_TYPE (MrEngagementChart, mr_engagement_chart, MR_TYPE_BASE_CHART)

static MrChartEngagementData
chart_data (MrEngagementChart *self)
{
  return (MrChartEngagementData) {
    (const MrChartPost *) (gconstpointer) self->posts->data, self->posts->len, self->benchmark,
  };
}

static void
post_clear (gpointer data)
{
  g_free ((char *) ((MrChartPost *) data)->caption);
}

static gboolean
mr_engagement_chart_has_data (MrBaseChart *chart)
{
  MrChartEngagementData data = chart_data (MR_ENGAGEMENT_CHART (chart));

  return mr_chart_engagement_has_data (&data);
}

static void
mr_engagement_chart_draw (MrBaseChart             *chart,
                          cairo_t                 *cr,
                          const MrChartStyle      *style,
                          const cairo_rectangle_t *area)
{
  MrChartEngagementData data = chart_data (MR_ENGAGEMENT_CHART (chart));

  mr_chart_engagement_draw (cr, style, area, &data);
}

static gboolean
mr_engagement_chart_hit_test (MrBaseChart             *chart,
                              const MrChartStyle      *style,
                              const cairo_rectangle_t *area,
                              double                   x,
                              double                   y,
                              MrChartHit              *hit)
{
  MrChartEngagementData data = chart_data (MR_ENGAGEMENT_CHART (chart));

  return mr_chart_engagement_hit_test (style, area, &data, x, y, hit);
}

/* The caption's first line, cut at a word near CAPTION_EXCERPT_CHARS. */
static char *
caption_excerpt (const char *caption)
{
  g_autofree char *line = g_strndup (caption, strcspn (caption, "\r\n"));
  const char *cut;
  char *space;

  line = g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= CAPTION_EXCERPT_CHARS)
    return g_steal_pointer (&line);

  cut = g_utf8_offset_to_pointer (line, CAPTION_EXCERPT_CHARS);
  line[cut - line] = '\0';
  space = strrchr (line, ' ');
  if (space != NULL && space - line > CAPTION_EXCERPT_CHARS / 2)
    *space = '\0';
  return g_strconcat (line, "…", NULL);
}

static char *
mr_engagement_chart_explain (MrBaseChart      *chart,
                             const MrChartHit *hit)
{
  MrEngagementChart *self = MR_ENGAGEMENT_CHART (chart);
  const MrChartPost *post;
  g_autoptr(GDateTime) published = NULL;
  g_autofree char *date = NULL, *time = NULL, *rate = NULL, *rate_line = NULL;

  if (hit->kind != MR_CHART_HIT_POST)
    return NULL;

  post = &g_array_index (self->posts, MrChartPost, hit->index);
  published = g_date_time_new_from_unix_local (post->published_at);
  date = mr_format_day (mr_chart_julian_from_unix (post->published_at), TRUE);
  time = g_date_time_format (published, "%H:%M");
  rate = mr_format_percent (round (post->rate * 10.0) / 10.0);
  /* Translators: in a post's tooltip: its engagement rate, as in "6.2 %". */
  rate_line = g_strdup_printf (_("Engagement rate %s"), rate);

  if (post->caption != NULL && post->caption[0] != '\0')
    {
      g_autofree char *excerpt = caption_excerpt (post->caption);

      /* Translators: a post's tooltip: its date, time, engagement rate and a caption
       * excerpt in quotation marks. */
      return g_strdup_printf (_("%s, %s\n%s\n“%s”"), date, time, rate_line, excerpt);
    }

  /* Translators: a post's tooltip: its date, time and engagement rate. */
  return g_strdup_printf (_("%s, %s\n%s"), date, time, rate_line);
}

static char *
mr_engagement_chart_describe (MrBaseChart *chart)
{
  MrChartEngagementData data = chart_data (MR_ENGAGEMENT_CHART (chart));

  return mr_chart_engagement_describe (&data);
}

GtkWidget *
mr_engagement_chart_new (void)
{
  return g_object_new (MR_TYPE_ENGAGEMENT_CHART, NULL);
}

void
mr_engagement_chart_set_posts (MrEngagementChart *self,
                               const MrChartPost *posts,
                               gsize              n_posts,
                               double             benchmark)
{
  g_return_if_fail (MR_IS_ENGAGEMENT_CHART (self));
  g_return_if_fail (posts != NULL || n_posts == 0);

  g_array_set_size (self->posts, 0);
  for (gsize i = 0; i < n_posts; i++)
    {
      MrChartPost copy = posts[i];

      copy.caption = g_strdup (posts[i].caption);
      g_array_append_val (self->posts, copy);
    }
  self->benchmark = benchmark;

  mr_base_chart_data_changed (MR_BASE_CHART (self));
}

static void
mr_engagement_chart_finalize (GObject *object)
{
  MrEngagementChart *self = MR_ENGAGEMENT_CHART (object);

  g_clear_pointer (&self->posts, g_array_unref);

  G_OBJECT_CLASS (mr_engagement_chart_parent_class)->finalize (object);
}

static void
mr_engagement_chart_class_init (MrEngagementChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MrBaseChartClass *chart_class = MR_BASE_CHART_CLASS (klass);

  object_class->finalize = mr_engagement_chart_finalize;

  chart_class->has_data = mr_engagement_chart_has_data;
  chart_class->draw = mr_engagement_chart_draw;
  chart_class->hit_test = mr_engagement_chart_hit_test;
  chart_class->explain = mr_engagement_chart_explain;
  chart_class->describe = mr_engagement_chart_describe;
}

static void
mr_engagement_chart_init (MrEngagementChart *self)
{
  self->posts = g_array_new (FALSE, FALSE, sizeof (MrChartPost));
  g_array_set_clear_func (self->posts, post_clear);
  self->benchmark = NAN;
}
