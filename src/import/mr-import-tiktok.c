/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-tiktok"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-formats.h"
#include "mr-import-tiktok.h"
#include "mr-import-values.h"

/* TikTok Studio's analytics download: seven files about one account. Only Content names
 * the account, in its video links; the dated files write their days without a year, the
 * newest last, so those are read whole before a year is given to any row. */

/* ── Header aliases, normalised: English as TikTok writes it, then Dutch (guessed) ──── */

static const char * const date_aliases[] = { "date", "datum", NULL };
static const char * const time_aliases[] = { "time", "tijd", NULL };
static const char * const title_aliases[] = { "video title", "videotitel", "titel van video", NULL };
static const char * const link_aliases[] = { "video link", "videolink", "link naar video", NULL };
static const char * const post_time_aliases[] = {
  "post time", "posttijd", "tijdstip van plaatsen", "geplaatst op", NULL
};
static const char * const total_likes_aliases[] = {
  "total likes", "totaal aantal likes", "totaal aantal vind-ik-leuks", NULL
};
static const char * const total_comments_aliases[] = {
  "total comments", "totaal aantal reacties", "totaal aantal opmerkingen", NULL
};
static const char * const total_shares_aliases[] = {
  "total shares", "totaal aantal shares", "totaal aantal keer gedeeld", NULL
};
static const char * const total_views_aliases[] = {
  "total views", "totaal aantal weergaven", NULL
};
static const char * const video_views_aliases[] = { "video views", "videoweergaven", NULL };
static const char * const profile_views_aliases[] = { "profile views", "profielweergaven", NULL };
static const char * const likes_aliases[] = { "likes", "vind-ik-leuks", NULL };
static const char * const comments_aliases[] = { "comments", "reacties", "opmerkingen", NULL };
static const char * const shares_aliases[] = { "shares", "gedeeld", "keer gedeeld", NULL };
static const char * const followers_aliases[] = { "followers", "volgers", NULL };
static const char * const difference_aliases[] = {
  "difference in followers from previous day",
  "verschil in volgers ten opzichte van de vorige dag",
  "verschil in volgers met de vorige dag",
  NULL
};
static const char * const hour_aliases[] = { "hour", "uur", NULL };
static const char * const active_followers_aliases[] = {
  "active followers", "actieve volgers", NULL
};
static const char * const gender_aliases[] = { "gender", "geslacht", NULL };
static const char * const distribution_aliases[] = { "distribution", "verdeling", NULL };
static const char * const territories_aliases[] = {
  "top territories", "topgebieden", "belangrijkste gebieden", "toplanden", NULL
};
static const char * const total_viewers_aliases[] = {
  "total viewers", "totaal aantal kijkers", NULL
};
static const char * const new_viewers_aliases[] = { "new viewers", "nieuwe kijkers", NULL };

/* What the audience files write for a gender and for "the rest", per language. */
static const struct {
  const char *bucket;
  const char *words[5];
} gender_words[] = {
  { "female", { "female", "vrouw", "vrouwen", "vrouwelijk" } },
  { "male", { "male", "man", "mannen", "mannelijk" } },
  { "other", { "other", "anders", "overig", "overige" } },
};
static const char * const others_words[] = { "others", "other", "overige", "overig", "anders" };

/* ── Shared by the files ──────────────────────────────────────────────────────────── */

static gboolean
finish_rows (GError  *local_error,
             GError **error)
{
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, local_error);
  return FALSE;
}

static const char *
header_of (MrImportFile *file,
           guint         column)
{
  int index = file->column_index[column];

  if (file->headers != NULL && index >= 0 && file->headers[index] != NULL)
    return file->headers[index];
  return file->format->columns[column].key;
}

static gboolean
set_invalid (MrImportFile  *file,
             guint          column,
             const char    *text,
             const char    *expected,
             GError       **error)
{
  /* Translators: the first %s is a cell's text, the second a column header, the
   * third what it should have been ("a number", "a date"). */
  mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                            _("“%s” in the column “%s” is not %s: correct it in the file"),
                            text, header_of (file, column), expected);
  return FALSE;
}

/* The day year-less dates are read against; the import sets it, today otherwise. */
static void
get_reference_day (MrImportFile *file,
                   GDate        *out)
{
  if (g_date_valid (&file->export_date))
    *out = file->export_date;
  else
    {
      g_date_clear (out, 1);
      g_date_set_time_t (out, time (NULL));
    }
}

/* ── Dated files: Overview, FollowerHistory, FollowerActivity, Viewers ──────────────── */

/* Column 0 of every dated format is its date. */
#define DATED_DATE 0
#define MAX_VALUES 5

typedef struct {
  GDate      date;
  GDateMonth month;   /* G_DATE_BAD_MONTH when the row wrote its year */
  GDateDay   day;
  guint      hour;
  guint      line;    /* for an error found once the years are known */
  gint64     values[MAX_VALUES];
} DatedRow;

static gboolean
read_day (MrImportFile  *file,
          DatedRow      *row,
          GError       **error)
{
  const char *text = mr_import_file_get_text (file, DATED_DATE);

  g_date_clear (&row->date, 1);
  row->month = G_DATE_BAD_MONTH;
  if (text == NULL)
    {
      /* Translators: %s is a column header, such as “Date” */
      mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                _("the column “%s” is empty"), header_of (file, DATED_DATE));
      return FALSE;
    }
  if (mr_value_parse_date (text, &row->date) == MR_VALUE_OK)
    return TRUE;
  if (mr_value_parse_month_day (text, &row->month, &row->day) == MR_VALUE_OK)
    return TRUE;
  return set_invalid (file, DATED_DATE, text, _("a date"), error);
}

/* TikTok writes the hour as "14"; "14:00" is read as well. */
static gboolean
read_hour (MrImportFile  *file,
           guint          column,
           guint         *out,
           GError       **error)
{
  const char *text = mr_import_file_get_text (file, column);
  char *end = NULL;
  guint64 hour;

  if (text == NULL)
    {
      mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                _("the column “%s” is empty"), header_of (file, column));
      return FALSE;
    }
  hour = g_ascii_strtoull (text, &end, 10);
  if (end == text || hour > 23 || (*end != '\0' && *end != ':'))
    return set_invalid (file, column, text, _("an hour from 0 to 23"), error);
  *out = (guint) hour;
  return TRUE;
}

static gboolean
infer_years (MrImportFile  *file,
             GArray        *rows,
             GError       **error)
{
  g_autofree GDateMonth *months = g_new (GDateMonth, MAX (rows->len, 1));
  g_autofree GDateDay *days = g_new (GDateDay, MAX (rows->len, 1));
  g_autofree GDate *dates = g_new0 (GDate, MAX (rows->len, 1));
  GDate reference;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      DatedRow *row = &g_array_index (rows, DatedRow, i);

      if (row->month == G_DATE_BAD_MONTH)
        continue;
      months[n] = row->month;
      days[n] = row->day;
      n++;
    }
  if (n == 0)
    return TRUE;

  get_reference_day (file, &reference);
  mr_value_infer_years (months, days, n, &reference, dates);
  n = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      DatedRow *row = &g_array_index (rows, DatedRow, i);

      if (row->month == G_DATE_BAD_MONTH)
        continue;
      row->date = dates[n++];
      if (!g_date_valid (&row->date))
        {
          /* Translators: the download's days have no year; walking back from the
           * newest, this February 29 fell in a year without one. */
          g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                       _("%s:%u: February 29 does not fit the days around it"),
                       file->display_name, row->line);
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads every row: its day, its hour when @hour_column is not -1, and the counts of
 * @value_columns. The files are small (a year of days, ×24 for activity). */
static GArray *
read_dated_rows (MrImportFile  *file,
                 const guint   *value_columns,
                 guint          n_values,
                 int            hour_column,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (DatedRow));
  GError *local_error = NULL;

  g_assert (n_values <= MAX_VALUES);

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      DatedRow row;

      row.line = mr_csv_reader_get_line (file->csv);
      if (!read_day (file, &row, error))
        return NULL;
      row.hour = 0;
      if (hour_column >= 0 && !read_hour (file, (guint) hour_column, &row.hour, error))
        return NULL;
      for (guint v = 0; v < n_values; v++)
        if (!mr_import_file_get_count (file, value_columns[v], &row.values[v], error))
          return NULL;
      g_array_append_val (rows, row);
    }
  if (!finish_rows (local_error, error))
    return NULL;

  if (!infer_years (file, rows, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gboolean
has_any_value (const DatedRow *row,
               guint           n_values)
{
  for (guint v = 0; v < n_values; v++)
    if (row->values[v] != MR_IMPORT_NO_COUNT)
      return TRUE;
  return FALSE;
}

/* Overview */

enum {
  OVERVIEW_DATE = DATED_DATE,
  OVERVIEW_VIDEO_VIEWS,
  OVERVIEW_PROFILE_VIEWS,
  OVERVIEW_LIKES,
  OVERVIEW_COMMENTS,
  OVERVIEW_SHARES,
  N_OVERVIEW
};

static const MrImportColumn overview_columns[] = {
  [OVERVIEW_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [OVERVIEW_VIDEO_VIEWS] = { "video_views", MR_COLUMN_REQUIRED, video_views_aliases },
  [OVERVIEW_PROFILE_VIEWS] = { "profile_views", MR_COLUMN_REQUIRED, profile_views_aliases },
  [OVERVIEW_LIKES] = { "likes", 0, likes_aliases },
  [OVERVIEW_COMMENTS] = { "comments", 0, comments_aliases },
  [OVERVIEW_SHARES] = { "shares", 0, shares_aliases },
  [N_OVERVIEW] = { NULL },
};

static gboolean
read_overview (MrImportFile  *file,
               MrImportSink  *sink,
               GCancellable  *cancellable,
               GError       **error)
{
  static const guint columns[] = {
    OVERVIEW_VIDEO_VIEWS, OVERVIEW_PROFILE_VIEWS, OVERVIEW_LIKES, OVERVIEW_COMMENTS,
    OVERVIEW_SHARES,
  };
  g_autoptr(GArray) rows = read_dated_rows (file, columns, G_N_ELEMENTS (columns), -1,
                                            cancellable, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const DatedRow *row = &g_array_index (rows, DatedRow, i);
      MrImportDaily daily;

      if (!has_any_value (row, G_N_ELEMENTS (columns)))
        continue;
      mr_import_daily_init (&daily);
      mr_import_format_day (&row->date, daily.day);
      daily.views = row->values[0];
      daily.profile_views = row->values[1];
      daily.likes = row->values[2];
      daily.comments = row->values[3];
      daily.shares = row->values[4];
      if (!sink->klass->daily (sink, &daily, error))
        return FALSE;
    }
  return TRUE;
}

/* FollowerHistory */

enum {
  HISTORY_DATE = DATED_DATE,
  HISTORY_FOLLOWERS,
  HISTORY_DIFFERENCE,
  N_HISTORY
};

static const MrImportColumn history_columns[] = {
  [HISTORY_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [HISTORY_FOLLOWERS] = { "followers", MR_COLUMN_REQUIRED, followers_aliases },
  [HISTORY_DIFFERENCE] = { "followers_gained", 0, difference_aliases },
  [N_HISTORY] = { NULL },
};

static gboolean
read_follower_history (MrImportFile  *file,
                       MrImportSink  *sink,
                       GCancellable  *cancellable,
                       GError       **error)
{
  static const guint columns[] = { HISTORY_FOLLOWERS, HISTORY_DIFFERENCE };
  g_autoptr(GArray) rows = read_dated_rows (file, columns, G_N_ELEMENTS (columns), -1,
                                            cancellable, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const DatedRow *row = &g_array_index (rows, DatedRow, i);
      MrImportFollowers followers;
      MrImportDaily daily;

      /* "undefined" before TikTok began counting: the difference means nothing then. */
      if (row->values[0] == MR_IMPORT_NO_COUNT)
        continue;
      mr_import_format_day (&row->date, followers.day);
      followers.followers = row->values[0];
      if (!sink->klass->followers (sink, &followers, error))
        return FALSE;

      if (row->values[1] == MR_IMPORT_NO_COUNT)
        continue;
      mr_import_daily_init (&daily);
      memcpy (daily.day, followers.day, sizeof daily.day);
      daily.followers_gained = row->values[1];
      if (!sink->klass->daily (sink, &daily, error))
        return FALSE;
    }
  return TRUE;
}

/* FollowerActivity */

enum {
  ACTIVITY_DATE = DATED_DATE,
  ACTIVITY_HOUR,
  ACTIVITY_FOLLOWERS,
  N_ACTIVITY
};

static const MrImportColumn activity_columns[] = {
  [ACTIVITY_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [ACTIVITY_HOUR] = { "hour", MR_COLUMN_REQUIRED, hour_aliases },
  [ACTIVITY_FOLLOWERS] = { "active_followers", MR_COLUMN_REQUIRED, active_followers_aliases },
  [N_ACTIVITY] = { NULL },
};

static gboolean
read_follower_activity (MrImportFile  *file,
                        MrImportSink  *sink,
                        GCancellable  *cancellable,
                        GError       **error)
{
  static const guint columns[] = { ACTIVITY_FOLLOWERS };
  g_autoptr(GArray) rows = read_dated_rows (file, columns, G_N_ELEMENTS (columns),
                                            ACTIVITY_HOUR, cancellable, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const DatedRow *row = &g_array_index (rows, DatedRow, i);
      MrImportActivity activity = { 0 };

      if (row->values[0] == MR_IMPORT_NO_COUNT)
        continue;
      mr_import_format_day (&row->date, activity.day);
      activity.hour = row->hour;
      activity.active_followers = row->values[0];
      if (!sink->klass->activity (sink, &activity, error))
        return FALSE;
    }
  return TRUE;
}

/* Viewers */

enum {
  VIEWERS_DATE = DATED_DATE,
  VIEWERS_TOTAL,
  VIEWERS_NEW,
  N_VIEWERS
};

static const MrImportColumn viewers_columns[] = {
  [VIEWERS_DATE] = { "date", MR_COLUMN_REQUIRED, date_aliases },
  [VIEWERS_TOTAL] = { "viewers", MR_COLUMN_REQUIRED, total_viewers_aliases },
  [VIEWERS_NEW] = { "new_viewers", MR_COLUMN_REQUIRED, new_viewers_aliases },
  [N_VIEWERS] = { NULL },
};

static gboolean
read_viewers (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  static const guint columns[] = { VIEWERS_TOTAL, VIEWERS_NEW };
  g_autoptr(GArray) rows = read_dated_rows (file, columns, G_N_ELEMENTS (columns), -1,
                                            cancellable, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      const DatedRow *row = &g_array_index (rows, DatedRow, i);
      MrImportDaily daily;

      if (!has_any_value (row, G_N_ELEMENTS (columns)))
        continue;
      mr_import_daily_init (&daily);
      mr_import_format_day (&row->date, daily.day);
      daily.viewers = row->values[0];
      daily.new_viewers = row->values[1];
      if (!sink->klass->daily (sink, &daily, error))
        return FALSE;
    }
  return TRUE;
}

/* ── Audience files: FollowerGender, FollowerTopTerritories ─────────────────────────── */

enum {
  AUDIENCE_BUCKET,
  AUDIENCE_SHARE,
  N_AUDIENCE
};

static const MrImportColumn gender_columns[] = {
  [AUDIENCE_BUCKET] = { "gender", MR_COLUMN_REQUIRED, gender_aliases },
  [AUDIENCE_SHARE] = { "distribution", MR_COLUMN_REQUIRED, distribution_aliases },
  [N_AUDIENCE] = { NULL },
};

static const MrImportColumn territories_columns[] = {
  [AUDIENCE_BUCKET] = { "territory", MR_COLUMN_REQUIRED, territories_aliases },
  [AUDIENCE_SHARE] = { "distribution", MR_COLUMN_REQUIRED, distribution_aliases },
  [N_AUDIENCE] = { NULL },
};

static char *
gender_bucket (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint g = 0; g < G_N_ELEMENTS (gender_words); g++)
    for (guint w = 0; w < G_N_ELEMENTS (gender_words[g].words); w++)
      if (g_strcmp0 (lower, gender_words[g].words[w]) == 0)
        return g_strdup (gender_words[g].bucket);
  return g_steal_pointer (&lower);
}

/* ISO codes as TikTok writes them (uppercase), and one "Others" for the rest. */
static char *
territory_bucket (const char *text)
{
  for (guint w = 0; w < G_N_ELEMENTS (others_words); w++)
    if (g_ascii_strcasecmp (text, others_words[w]) == 0)
      return g_strdup ("Others");
  return g_ascii_strup (text, -1);
}

static gboolean
read_audience (MrImportFile  *file,
               MrImportSink  *sink,
               const char    *dimension,
               char        *(*bucket_of) (const char *text),
               GCancellable  *cancellable,
               GError       **error)
{
  GError *local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *text = mr_import_file_get_text (file, AUDIENCE_BUCKET);
      g_autofree char *bucket = NULL;
      MrImportAudience audience;
      double share;

      if (!mr_import_file_get_fraction (file, AUDIENCE_SHARE, &share, error))
        return FALSE;
      if (text == NULL || isnan (share))
        continue;
      bucket = bucket_of (text);
      audience.dimension = dimension;
      audience.bucket = bucket;
      audience.share = share;
      if (!sink->klass->audience (sink, &audience, error))
        return FALSE;
    }
  return finish_rows (local_error, error);
}

static gboolean
read_follower_gender (MrImportFile  *file,
                      MrImportSink  *sink,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return read_audience (file, sink, "gender", gender_bucket, cancellable, error);
}

static gboolean
read_follower_territories (MrImportFile  *file,
                           MrImportSink  *sink,
                           GCancellable  *cancellable,
                           GError       **error)
{
  return read_audience (file, sink, "territory", territory_bucket, cancellable, error);
}

/* ── Content: one row per video, the account in its link ───────────────────────────── */

enum {
  CONTENT_TIME,
  CONTENT_TITLE,
  CONTENT_LINK,
  CONTENT_POST_TIME,
  CONTENT_LIKES,
  CONTENT_COMMENTS,
  CONTENT_SHARES,
  CONTENT_VIEWS,
  N_CONTENT
};

static const MrImportColumn content_columns[] = {
  [CONTENT_TIME] = { "time", 0, time_aliases },
  [CONTENT_TITLE] = { "title", 0, title_aliases },
  [CONTENT_LINK] = { "link", MR_COLUMN_REQUIRED, link_aliases },
  [CONTENT_POST_TIME] = { "published", MR_COLUMN_REQUIRED, post_time_aliases },
  [CONTENT_LIKES] = { "likes", 0, total_likes_aliases },
  [CONTENT_COMMENTS] = { "comments", 0, total_comments_aliases },
  [CONTENT_SHARES] = { "shares", 0, total_shares_aliases },
  [CONTENT_VIEWS] = { "views", 0, total_views_aliases },
  [N_CONTENT] = { NULL },
};

/* The post id in "https://www.tiktok.com/@name/video/7301…?…"; a photo post (a
 * slideshow) has "/photo/" instead. */
static char *
parse_post_link (const char  *link,
                 const char **kind)
{
  static const struct {
    const char *segment;
    const char *kind;
  } paths[] = {
    { "/video/", "video" },
    { "/photo/", "carousel" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const char *id = strstr (link, paths[i].segment);
      gsize length;

      if (id == NULL)
        continue;
      id += strlen (paths[i].segment);
      length = strspn (id, "0123456789");
      if (length == 0)
        continue;
      *kind = paths[i].kind;
      return g_strndup (id, length);
    }
  return NULL;
}

/* `Post time` holds a date and time with a year in some downloads, "March 1" in others:
 * then the latest such day not after the download, at midnight. */
static gboolean
read_post_time (MrImportFile  *file,
                GTimeZone     *zone,
                gint64        *out,
                GError       **error)
{
  const char *text = mr_import_file_get_text (file, CONTENT_POST_TIME);
  GDateMonth month;
  GDateDay day;

  *out = MR_IMPORT_NO_TIME;
  if (text == NULL)
    return TRUE;
  if (mr_value_parse_date_time (text, zone, out) == MR_VALUE_OK)
    return TRUE;
  *out = MR_IMPORT_NO_TIME;
  if (mr_value_parse_month_day (text, &month, &day) == MR_VALUE_OK)
    {
      g_autoptr(GDateTime) midnight = NULL;
      GDate reference;
      GDate date;

      get_reference_day (file, &reference);
      mr_value_infer_years (&month, &day, 1, &reference, &date);
      midnight = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 0, 0, 0);
      *out = g_date_time_to_unix (midnight);
      return TRUE;
    }
  return set_invalid (file, CONTENT_POST_TIME, text, _("a date and time"), error);
}

static gboolean
post_account (MrImportSink  *sink,
              const char    *handle,
              GError       **error)
{
  g_autofree char *url = g_strconcat ("https://www.tiktok.com/@", handle, NULL);
  MrImportAccount account;

  mr_import_account_init (&account);
  account.platform = MR_PLATFORM_TIKTOK;
  account.handle = handle;
  account.url = url;
  return sink->klass->account (sink, &account, error);
}

static gboolean
read_content (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autofree char *handle = NULL;
  GError *local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *link = mr_import_file_get_text (file, CONTENT_LINK);
      MrPlatform platform = MR_PLATFORM_TIKTOK;
      g_autofree char *id = NULL;
      g_autofree char *row_handle = NULL;
      MrImportPost post;

      /* Without a link a row has no id to keep it by. */
      if (link == NULL)
        continue;
      mr_import_post_init (&post);
      id = parse_post_link (link, &post.kind);
      if (id == NULL)
        return set_invalid (file, CONTENT_LINK, link, _("a link to a TikTok post"), error);

      row_handle = mr_value_parse_handle (link, &platform);
      if (row_handle != NULL && g_strcmp0 (row_handle, handle) != 0)
        {
          g_free (handle);
          handle = g_steal_pointer (&row_handle);
          if (!post_account (sink, handle, error))
            return FALSE;
        }

      post.external_id = id;
      post.caption = mr_import_file_get_text (file, CONTENT_TITLE);
      post.permalink = link;
      if (!read_post_time (file, zone, &post.published_at, error) ||
          !mr_import_file_get_count (file, CONTENT_LIKES, &post.likes, error) ||
          !mr_import_file_get_count (file, CONTENT_COMMENTS, &post.comments, error) ||
          !mr_import_file_get_count (file, CONTENT_SHARES, &post.shares, error) ||
          !mr_import_file_get_count (file, CONTENT_VIEWS, &post.views, error) ||
          !sink->klass->post (sink, &post, error))
        return FALSE;
    }
  return finish_rows (local_error, error);
}

gboolean
mr_import_tiktok_find_export_date (MrImportFile  *content,
                                   GDate         *out,
                                   GCancellable  *cancellable,
                                   GError       **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (content->format == &mr_import_format_tiktok_content, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  g_date_clear (out, 1);
  while (mr_import_file_next_row (content, cancellable, &local_error))
    {
      const char *text = mr_import_file_get_text (content, CONTENT_TIME);
      GDate day;

      if (text == NULL || mr_value_parse_date (text, &day) != MR_VALUE_OK)
        continue;
      if (!g_date_valid (out) || g_date_compare (&day, out) > 0)
        *out = day;
    }
  return finish_rows (local_error, error);
}

/* ── The formats ──────────────────────────────────────────────────────────────────── */

const MrImportFormat mr_import_format_tiktok_content = {
  "tiktok-content", N_("TikTok Studio: content"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, content_columns, read_content,
};

const MrImportFormat mr_import_format_tiktok_overview = {
  "tiktok-overview", N_("TikTok Studio: overview"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, overview_columns, read_overview,
};

const MrImportFormat mr_import_format_tiktok_follower_history = {
  "tiktok-follower-history", N_("TikTok Studio: follower history"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, history_columns, read_follower_history,
};

const MrImportFormat mr_import_format_tiktok_follower_activity = {
  "tiktok-follower-activity", N_("TikTok Studio: follower activity"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, activity_columns, read_follower_activity,
};

const MrImportFormat mr_import_format_tiktok_follower_gender = {
  "tiktok-follower-gender", N_("TikTok Studio: follower gender"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, gender_columns, read_follower_gender,
};

const MrImportFormat mr_import_format_tiktok_follower_territories = {
  "tiktok-follower-territories", N_("TikTok Studio: follower territories"),
  MR_PLATFORM_TIKTOK, MR_IMPORT_SUBJECT_ACCOUNT, territories_columns,
  read_follower_territories,
};

const MrImportFormat mr_import_format_tiktok_viewers = {
  "tiktok-viewers", N_("TikTok Studio: viewers"), MR_PLATFORM_TIKTOK,
  MR_IMPORT_SUBJECT_ACCOUNT, viewers_columns, read_viewers,
};
