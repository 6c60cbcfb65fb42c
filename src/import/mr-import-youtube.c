/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-youtube"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-values.h"

/* YouTube Studio's Advanced analytics export: "Table data" (one row per video, or per
 * country, after a "Total" row for the channel), "Chart data" (one row per video per
 * day) and "Totals" (one row per day), each with the metrics the user picked. */

/* ── Header aliases, normalised: English as YouTube writes it, then Dutch (guessed) ── */

static const char * const date_aliases[] = { "date", "datum", NULL };
static const char * const content_aliases[] = { "content", "inhoud", NULL };
static const char * const title_aliases[] = { "video title", "videotitel", "titel van video", NULL };
static const char * const published_aliases[] = {
  "video publish time", "publicatietijd van video", "publicatiedatum van video", NULL
};
static const char * const duration_aliases[] = { "duration", "duur", NULL };
static const char * const geography_aliases[] = {
  "geography", "geografie", "geografisch gebied", NULL
};

#define VIEWS_ALIASES "views", "weergaven"
#define WATCH_HOURS_ALIASES "watch time (hours)", "kijktijd (uren)", "kijktijd (uur)"
#define SUBSCRIBERS_ALIASES "subscribers", "abonnees"
#define LIKES_ALIASES "likes", "vind-ik-leuks"
#define COMMENTS_ALIASES "comments added", "comments", "toegevoegde reacties", "reacties"
#define SHARES_ALIASES "shares", "keren gedeeld", "gedeeld"
#define IMPRESSIONS_ALIASES "impressions", "vertoningen"

static const char * const views_aliases[] = { VIEWS_ALIASES, NULL };
static const char * const watch_hours_aliases[] = { WATCH_HOURS_ALIASES, NULL };
static const char * const subscribers_aliases[] = { SUBSCRIBERS_ALIASES, NULL };
static const char * const likes_aliases[] = { LIKES_ALIASES, NULL };
static const char * const comments_aliases[] = { COMMENTS_ALIASES, NULL };
static const char * const shares_aliases[] = { SHARES_ALIASES, NULL };
static const char * const impressions_aliases[] = { IMPRESSIONS_ALIASES, NULL };
/* Totals has one metric column, whichever the user charted; impressions have no daily
 * figure to go to. */
static const char * const daily_metric_aliases[] = {
  VIEWS_ALIASES, WATCH_HOURS_ALIASES, SUBSCRIBERS_ALIASES, LIKES_ALIASES,
  COMMENTS_ALIASES, SHARES_ALIASES, NULL
};

/* What the first cell of the channel's row says. */
static const char * const total_words[] = { "total", "totaal", "totals", "gesamt", NULL };

/* The metrics, in the order of the column tables below. The daily ones come first. */
typedef enum {
  METRIC_VIEWS,
  METRIC_WATCH_HOURS,
  METRIC_SUBSCRIBERS,
  METRIC_LIKES,
  METRIC_COMMENTS,
  METRIC_SHARES,
  N_DAILY_METRICS,
  METRIC_IMPRESSIONS = N_DAILY_METRICS,
  N_METRICS
} Metric;

/* Keys of MrImportTotal. */
static const char * const metric_keys[] = {
  [METRIC_VIEWS] = "views",
  [METRIC_WATCH_HOURS] = "watch_hours",
  [METRIC_SUBSCRIBERS] = "subscribers",
  [METRIC_LIKES] = "likes",
  [METRIC_COMMENTS] = "comments",
  [METRIC_SHARES] = "shares",
  [METRIC_IMPRESSIONS] = "impressions",
};

static const char * const * const metric_aliases[] = {
  [METRIC_VIEWS] = views_aliases,
  [METRIC_WATCH_HOURS] = watch_hours_aliases,
  [METRIC_SUBSCRIBERS] = subscribers_aliases,
  [METRIC_LIKES] = likes_aliases,
  [METRIC_COMMENTS] = comments_aliases,
  [METRIC_SHARES] = shares_aliases,
  [METRIC_IMPRESSIONS] = impressions_aliases,
};


/* ── Shared ───────────────────────────────────────────────────────────────────────── */

static gboolean
finish_rows (GError  *local_error,
             GError **error)
{
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
is_total (const char *text)
{
  for (guint i = 0; text != NULL && total_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, total_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A daily figure into @daily: subscribers gained are the account's net follower change. */
static void
set_daily_metric (MrImportDaily *daily,
                  Metric         metric,
                  double         value)
{
  switch (metric)
    {
    case METRIC_VIEWS:
      daily->views = llround (value);
      break;
    case METRIC_WATCH_HOURS:
      daily->watch_hours = value;
      break;
    case METRIC_SUBSCRIBERS:
      daily->followers_gained = llround (value);
      break;
    case METRIC_LIKES:
      daily->likes = llround (value);
      break;
    case METRIC_COMMENTS:
      daily->comments = llround (value);
      break;
    case METRIC_SHARES:
      daily->shares = llround (value);
      break;
    case METRIC_IMPRESSIONS:
    case N_METRICS:
    default:
      g_assert_not_reached ();
    }
}

/* ── Table data by Content: the channel's totals, then one row per video ───────────── */

enum {
  CONTENT_ID,
  CONTENT_TITLE,
  CONTENT_PUBLISHED,
  CONTENT_DURATION,
  CONTENT_METRICS,   /* then one column per Metric */
  N_CONTENT = CONTENT_METRICS + N_METRICS
};

static const MrImportColumn content_columns[] = {
  [CONTENT_ID] = { "content", MR_COLUMN_REQUIRED, content_aliases },
  [CONTENT_TITLE] = { "title", MR_COLUMN_REQUIRED, title_aliases },
  [CONTENT_PUBLISHED] = { "published", 0, published_aliases },
  [CONTENT_DURATION] = { "duration", 0, duration_aliases },
  [CONTENT_METRICS + METRIC_VIEWS] = { "views", 0, views_aliases },
  [CONTENT_METRICS + METRIC_WATCH_HOURS] = { "watch_hours", 0, watch_hours_aliases },
  [CONTENT_METRICS + METRIC_SUBSCRIBERS] = { "subscribers", 0, subscribers_aliases },
  [CONTENT_METRICS + METRIC_LIKES] = { "likes", 0, likes_aliases },
  [CONTENT_METRICS + METRIC_COMMENTS] = { "comments", 0, comments_aliases },
  [CONTENT_METRICS + METRIC_SHARES] = { "shares", 0, shares_aliases },
  [CONTENT_METRICS + METRIC_IMPRESSIONS] = { "impressions", 0, impressions_aliases },
  [N_CONTENT] = { NULL },
};

static gboolean
read_totals_row (MrImportFile  *file,
                 MrImportSink  *sink,
                 GError       **error)
{
  for (guint m = 0; m < N_METRICS; m++)
    {
      MrImportTotal total;

      if (!mr_import_file_get_double (file, CONTENT_METRICS + m, &total.value, error))
        return FALSE;
      if (isnan (total.value))
        continue;
      total.metric = metric_keys[m];
      if (!sink->klass->total (sink, &total, error))
        return FALSE;
    }
  return TRUE;
}

/* `Duration` in seconds; "H:MM:SS" as well, as in `Average view duration`. */
static gboolean
read_duration (MrImportFile  *file,
               double        *out,
               GError       **error)
{
  const char *text = mr_import_file_get_text (file, CONTENT_DURATION);

  *out = NAN;
  if (text == NULL || mr_value_parse_duration (text, out) != MR_VALUE_INVALID)
    return TRUE;
  /* Translators: the first %s is a cell's text, the second a column header, the
   * third what it should have been ("a number", "a date"). */
  mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                            _("“%s” in the column “%s” is not %s: correct it in the file"),
                            text, file->headers[file->column_index[CONTENT_DURATION]],
                            _("a number"));
  return FALSE;
}

static gboolean
read_content (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  GError *local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      /* Trimmed: YouTube writes an id that starts with '-' after a space. */
      const char *id = mr_import_file_get_text (file, CONTENT_ID);
      MrImportPost post;

      if (id == NULL)
        continue;
      if (is_total (id))
        {
          file->rows--;
          if (!read_totals_row (file, sink, error))
            return FALSE;
          continue;
        }

      mr_import_post_init (&post);
      post.external_id = id;
      post.kind = "video";
      post.caption = mr_import_file_get_text (file, CONTENT_TITLE);
      if (!mr_import_file_get_time (file, CONTENT_PUBLISHED, &post.published_at, error) ||
          !read_duration (file, &post.duration, error) ||
          !mr_import_file_get_count (file, CONTENT_METRICS + METRIC_VIEWS, &post.views, error) ||
          !mr_import_file_get_count (file, CONTENT_METRICS + METRIC_LIKES, &post.likes, error) ||
          !mr_import_file_get_count (file, CONTENT_METRICS + METRIC_COMMENTS, &post.comments,
                                     error) ||
          !mr_import_file_get_count (file, CONTENT_METRICS + METRIC_SHARES, &post.shares,
                                     error) ||
          !mr_import_file_get_count (file, CONTENT_METRICS + METRIC_IMPRESSIONS,
                                     &post.impressions, error) ||
          !sink->klass->post (sink, &post, error))
        return FALSE;
    }
  return finish_rows (local_error, error);
}

/* ── Table data by Geography: each country's share of the channel's views ──────────── */

enum {
  GEOGRAPHY_TERRITORY,
  GEOGRAPHY_VIEWS,
  N_GEOGRAPHY
};

static const MrImportColumn geography_columns[] = {
  [GEOGRAPHY_TERRITORY] = { "territory", MR_COLUMN_REQUIRED, geography_aliases },
  [GEOGRAPHY_VIEWS] = { "views", MR_COLUMN_REQUIRED, views_aliases },
  [N_GEOGRAPHY] = { NULL },
};

static gboolean
read_geography (MrImportFile  *file,
                MrImportSink  *sink,
                GCancellable  *cancellable,
                GError       **error)
{
  /* A table lists the 250 countries at most; the Total row comes first, but a file
   * without one divides by the sum of its rows instead. */
  g_autoptr(GPtrArray) territories = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) views = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local_error = NULL;
  gint64 total_views = MR_IMPORT_NO_COUNT;
  gint64 sum = 0;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *territory = mr_import_file_get_text (file, GEOGRAPHY_TERRITORY);
      gint64 row_views;

      if (!mr_import_file_get_count (file, GEOGRAPHY_VIEWS, &row_views, error))
        return FALSE;
      /* A share below zero means nothing to the audience chart or the vetting. */
      if (row_views < 0 && row_views != MR_IMPORT_NO_COUNT)
        {
          /* Translators: the first %s is a cell's text, the second a column header, the
           * third what it should have been ("a number", "a date"). */
          mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                    _("“%s” in the column “%s” is not %s"),
                                    mr_import_file_get_text (file, GEOGRAPHY_VIEWS),
                                    file->headers[file->column_index[GEOGRAPHY_VIEWS]],
                                    _("a number of zero or more"));
          return FALSE;
        }
      if (is_total (territory))
        {
          file->rows--;
          total_views = row_views;
          continue;
        }
      if (territory == NULL || row_views == MR_IMPORT_NO_COUNT)
        continue;
      g_ptr_array_add (territories, g_strdup (territory));
      g_array_append_val (views, row_views);
      sum += row_views;
    }
  if (!finish_rows (local_error, error))
    return FALSE;

  /* A Total row below the sum of the countries (a second, partial table pasted under
   * the first) would give shares above 100 %. */
  if (total_views < sum)
    total_views = sum;
  for (guint i = 0; i < territories->len && total_views > 0; i++)
    {
      MrImportAudience audience;

      audience.dimension = "territory";
      audience.bucket = g_ptr_array_index (territories, i);
      audience.share = (double) g_array_index (views, gint64, i) / (double) total_views;
      if (!sink->klass->audience (sink, &audience, error))
        return FALSE;
    }
  return TRUE;
}

/* ── Chart data: per video per day; the account's days are the sums over videos ────── */

enum {
  CHART_DATE,
  CHART_ID,
  CHART_TITLE,
  CHART_PUBLISHED,
  CHART_METRICS,     /* then one column per daily Metric */
  N_CHART = CHART_METRICS + N_DAILY_METRICS
};

static const MrImportColumn chart_columns[] = {
  [CHART_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [CHART_ID] = { "content", MR_COLUMN_REQUIRED, content_aliases },
  [CHART_TITLE] = { "title", 0, title_aliases },
  [CHART_PUBLISHED] = { "published", 0, published_aliases },
  [CHART_METRICS + METRIC_VIEWS] = { "views", 0, views_aliases },
  [CHART_METRICS + METRIC_WATCH_HOURS] = { "watch_hours", 0, watch_hours_aliases },
  [CHART_METRICS + METRIC_SUBSCRIBERS] = { "subscribers", 0, subscribers_aliases },
  [CHART_METRICS + METRIC_LIKES] = { "likes", 0, likes_aliases },
  [CHART_METRICS + METRIC_COMMENTS] = { "comments", 0, comments_aliases },
  [CHART_METRICS + METRIC_SHARES] = { "shares", 0, shares_aliases },
  [N_CHART] = { NULL },
};

typedef struct {
  guint32  julian;
  gboolean known[N_DAILY_METRICS];
  double   sums[N_DAILY_METRICS];
} ChartDay;

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const ChartDay *day_a = *(ChartDay * const *) a;
  const ChartDay *day_b = *(ChartDay * const *) b;

  return day_a->julian < day_b->julian ? -1 : day_a->julian > day_b->julian;
}

static gboolean
post_video (MrImportFile  *file,
            MrImportSink  *sink,
            const char    *id,
            GError       **error)
{
  MrImportPost post;

  mr_import_post_init (&post);
  post.external_id = id;
  post.kind = "video";
  post.caption = mr_import_file_get_text (file, CHART_TITLE);
  return mr_import_file_get_time (file, CHART_PUBLISHED, &post.published_at, error) &&
         sink->klass->post (sink, &post, error);
}

static gboolean
emit_days (GHashTable    *days,
           MrImportSink  *sink,
           GError       **error)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (g_hash_table_size (days));
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_days);
  for (guint i = 0; i < sorted->len; i++)
    {
      const ChartDay *day = g_ptr_array_index (sorted, i);
      MrImportDaily daily;
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day->julian);
      mr_import_daily_init (&daily);
      mr_import_format_day (&date, daily.day);
      for (guint m = 0; m < N_DAILY_METRICS; m++)
        if (day->known[m])
          set_daily_metric (&daily, m, day->sums[m]);
      if (!sink->klass->daily (sink, &daily, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_chart (MrImportFile  *file,
            MrImportSink  *sink,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GHashTable) videos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GError *local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *id = mr_import_file_get_text (file, CHART_ID);
      ChartDay *day = NULL;
      GDate date;

      if (is_total (id))
        {
          file->rows--;
          continue;
        }
      if (!mr_import_file_get_date (file, CHART_DATE, &date, error))
        return FALSE;
      if (id == NULL || !g_date_valid (&date))
        continue;

      if (!g_hash_table_contains (videos, id))
        {
          g_hash_table_add (videos, g_strdup (id));
          if (!post_video (file, sink, id, error))
            return FALSE;
        }

      for (guint m = 0; m < N_DAILY_METRICS; m++)
        {
          double value;

          if (!mr_import_file_get_double (file, CHART_METRICS + m, &value, error))
            return FALSE;
          if (isnan (value))
            continue;
          if (day == NULL)
            {
              guint32 julian = g_date_get_julian (&date);

              day = g_hash_table_lookup (days, GUINT_TO_POINTER (julian));
              if (day == NULL)
                {
                  day = g_new0 (ChartDay, 1);
                  day->julian = julian;
                  g_hash_table_insert (days, GUINT_TO_POINTER (julian), day);
                }
            }
          day->known[m] = TRUE;
          day->sums[m] += value;
        }
    }
  if (!finish_rows (local_error, error))
    return FALSE;
  return emit_days (days, sink, error);
}

/* ── Totals: the channel's figure of each day, for the one charted metric ──────────── */

enum {
  TOTALS_DATE,
  TOTALS_METRIC,
  N_TOTALS
};

static const MrImportColumn totals_columns[] = {
  [TOTALS_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [TOTALS_METRIC] = { "metric", MR_COLUMN_REQUIRED, daily_metric_aliases },
  [N_TOTALS] = { NULL },
};

static Metric
find_totals_metric (MrImportFile *file)
{
  g_autofree char *header = NULL;

  header = mr_import_normalize_header (file->headers[file->column_index[TOTALS_METRIC]]);
  for (guint m = 0; m < N_DAILY_METRICS; m++)
    if (g_strv_contains (metric_aliases[m], header))
      return m;
  g_assert_not_reached ();
}

static gboolean
read_totals (MrImportFile  *file,
             MrImportSink  *sink,
             GCancellable  *cancellable,
             GError       **error)
{
  Metric metric = find_totals_metric (file);
  GError *local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      MrImportDaily daily;
      GDate date;
      double value;

      if (!mr_import_file_get_date (file, TOTALS_DATE, &date, error) ||
          !mr_import_file_get_double (file, TOTALS_METRIC, &value, error))
        return FALSE;
      /* A blank day is one YouTube has no figure for yet, not a zero. */
      if (!g_date_valid (&date) || isnan (value))
        continue;
      mr_import_daily_init (&daily);
      mr_import_format_day (&date, daily.day);
      set_daily_metric (&daily, metric, value);
      if (!sink->klass->daily (sink, &daily, error))
        return FALSE;
    }
  return finish_rows (local_error, error);
}

/* ── The formats ──────────────────────────────────────────────────────────────────── */

const MrImportFormat mr_import_format_youtube_content = {
  "youtube-content", N_("YouTube Studio: content"), MR_PLATFORM_YOUTUBE,
  MR_IMPORT_SUBJECT_ACCOUNT, content_columns, read_content,
};

const MrImportFormat mr_import_format_youtube_geography = {
  "youtube-geography", N_("YouTube Studio: geography"), MR_PLATFORM_YOUTUBE,
  MR_IMPORT_SUBJECT_ACCOUNT, geography_columns, read_geography,
};

const MrImportFormat mr_import_format_youtube_chart = {
  "youtube-chart", N_("YouTube Studio: chart data"), MR_PLATFORM_YOUTUBE,
  MR_IMPORT_SUBJECT_ACCOUNT, chart_columns, read_chart,
};

const MrImportFormat mr_import_format_youtube_totals = {
  "youtube-totals", N_("YouTube Studio: totals"), MR_PLATFORM_YOUTUBE,
  MR_IMPORT_SUBJECT_ACCOUNT, totals_columns, read_totals,
};
