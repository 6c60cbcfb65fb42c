/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-sink"

#include "config.h"

#include <math.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-values.h"
#include "mr-test-sink.h"

static void
add_count (GString    *line,
           const char *key,
           gint64      value)
{
  if (value != MR_IMPORT_NO_COUNT)
    g_string_append_printf (line, " %s=%" G_GINT64_FORMAT, key, value);
}

static void
add_double (GString    *line,
            const char *key,
            double      value)
{
  if (!isnan (value))
    g_string_append_printf (line, " %s=%g", key, value);
}

static void
add_text (GString    *line,
          const char *key,
          const char *value)
{
  if (value != NULL)
    g_string_append_printf (line, " %s=%s", key, value);
}

static gboolean
push (MrImportSink *sink,
      GString      *line)
{
  g_ptr_array_add (((MrTestSink *) sink)->lines, g_string_free (line, FALSE));
  return TRUE;
}

static gboolean
on_account (MrImportSink *sink, const MrImportAccount *a, GError **error)
{
  GString *line = g_string_new ("account ");

  g_string_append_printf (line, "%s %s", mr_platform_to_string (a->platform),
                          a->handle != NULL ? a->handle : "-");
  add_text (line, "url", a->url);
  add_count (line, "followers", a->followers);
  add_count (line, "following", a->following);
  add_count (line, "posts", a->posts);
  add_double (line, "avg_likes", a->avg_likes);
  add_double (line, "avg_comments", a->avg_comments);
  add_double (line, "er", a->engagement_rate);
  add_text (line, "niche", a->niche);
  add_text (line, "country", a->country);
  add_text (line, "language", a->language);
  add_text (line, "contact", a->contact);
  add_text (line, "notes", a->notes);
  add_text (line, "name", a->name);
  return push (sink, line);
}

static gboolean
on_post (MrImportSink *sink, const MrImportPost *p, GError **error)
{
  GString *line = g_string_new ("post ");

  g_string_append (line, p->external_id != NULL ? p->external_id : "(none)");
  if (p->published_at != MR_IMPORT_NO_TIME)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (p->published_at);
      g_autofree char *iso = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      add_text (line, "published", iso);
    }
  add_text (line, "kind", p->kind);
  add_count (line, "views", p->views);
  add_count (line, "reach", p->reach);
  add_count (line, "impressions", p->impressions);
  add_count (line, "likes", p->likes);
  add_count (line, "comments", p->comments);
  add_count (line, "shares", p->shares);
  add_count (line, "saves", p->saves);
  add_double (line, "duration", p->duration);
  add_text (line, "permalink", p->permalink);
  add_text (line, "caption", p->caption);
  return push (sink, line);
}

static gboolean
on_followers (MrImportSink *sink, const MrImportFollowers *f, GError **error)
{
  GString *line = g_string_new (NULL);

  g_string_printf (line, "followers %s %" G_GINT64_FORMAT, f->day, f->followers);
  return push (sink, line);
}

static gboolean
on_daily (MrImportSink *sink, const MrImportDaily *d, GError **error)
{
  GString *line = g_string_new (NULL);

  g_string_printf (line, "daily %s", d->day);
  add_count (line, "views", d->views);
  add_count (line, "profile_views", d->profile_views);
  add_count (line, "likes", d->likes);
  add_count (line, "comments", d->comments);
  add_count (line, "shares", d->shares);
  add_count (line, "viewers", d->viewers);
  add_count (line, "new_viewers", d->new_viewers);
  add_count (line, "reach", d->reach);
  add_count (line, "gained", d->followers_gained);
  add_double (line, "watch_hours", d->watch_hours);
  return push (sink, line);
}

static gboolean
on_audience (MrImportSink *sink, const MrImportAudience *a, GError **error)
{
  GString *line = g_string_new (NULL);

  g_string_printf (line, "audience %s %s %g", a->dimension, a->bucket, a->share);
  return push (sink, line);
}

static gboolean
on_activity (MrImportSink *sink, const MrImportActivity *a, GError **error)
{
  GString *line = g_string_new (NULL);

  if (a->weekday != 0)
    g_string_printf (line, "activity weekday=%u %u %" G_GINT64_FORMAT,
                     a->weekday, a->hour, a->active_followers);
  else
    g_string_printf (line, "activity %s %u %" G_GINT64_FORMAT,
                     a->day, a->hour, a->active_followers);
  return push (sink, line);
}

static gboolean
on_search (MrImportSink *sink, const MrImportSearch *s, GError **error)
{
  static const char * const kinds[] = { "query", "page", "country", "device", "total", "topic" };
  GString *line = g_string_new (NULL);

  g_string_printf (line, "search %s %s %s..%s", s->source, kinds[s->kind],
                   s->period_start, s->period_end);
  add_count (line, "clicks", s->clicks);
  add_count (line, "impressions", s->impressions);
  add_double (line, "ctr", s->ctr);
  add_double (line, "position", s->position);
  add_double (line, "interest", s->interest);
  add_text (line, "region", s->region);
  add_text (line, "query", s->query);
  return push (sink, line);
}

static gboolean
on_total (MrImportSink *sink, const MrImportTotal *t, GError **error)
{
  GString *line = g_string_new (NULL);

  g_string_printf (line, "total %s %g", t->metric, t->value);
  return push (sink, line);
}

static const MrImportSinkClass test_sink_class = {
  on_account, on_post, on_followers, on_daily, on_audience, on_activity, on_search, on_total,
};

static void
parse_day (const char *text,
           GDate      *out)
{
  g_assert_cmpint (mr_value_parse_date (text, out), ==, MR_VALUE_OK);
}

MrTestSink *
mr_test_sink_new (void)
{
  MrTestSink *sink = g_new0 (MrTestSink, 1);

  sink->parent.klass = &test_sink_class;
  sink->lines = g_ptr_array_new_with_free_func (g_free);
  return sink;
}

MrTestSink *
mr_test_sink_read (const char            *path,
                   const MrImportFormat  *format,
                   const char            *export_date,
                   const char            *period,
                   GError               **error)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(MrImportFile) import_file = NULL;
  g_autoptr(MrTestSink) sink = mr_test_sink_new ();

  stream = g_file_read (file, NULL, NULL);
  g_assert_nonnull (stream);
  import_file = mr_import_file_open_stream (G_INPUT_STREAM (stream), name, NULL, error);
  if (import_file == NULL)
    return NULL;
  sink->format_id = g_strdup (import_file->format->id);
  /* Detection among every format must pick the one the test expects. */
  g_assert_cmpstr (import_file->format->id, ==, format->id);

  if (export_date != NULL)
    parse_day (export_date, &import_file->export_date);
  if (period != NULL)
    {
      g_auto(GStrv) ends = g_strsplit (period, "..", 2);

      parse_day (ends[0], &import_file->period_start);
      parse_day (ends[1], &import_file->period_end);
    }

  if (!mr_import_file_read (import_file, &sink->parent, NULL, error))
    return NULL;
  sink->rows = import_file->rows;
  sink->period_start = import_file->period_start;
  sink->period_end = import_file->period_end;
  return g_steal_pointer (&sink);
}

void
mr_test_sink_free (MrTestSink *sink)
{
  if (sink == NULL)
    return;
  g_ptr_array_unref (sink->lines);
  g_free (sink->format_id);
  g_free (sink);
}

guint
mr_test_sink_count (MrTestSink *sink,
                    const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < sink->lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (sink->lines, i), prefix))
      n++;
  return n;
}

const char *
mr_test_sink_find (MrTestSink *sink,
                   const char *prefix)
{
  for (guint i = 0; i < sink->lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (sink->lines, i), prefix))
      return g_ptr_array_index (sink->lines, i);
  return NULL;
}

void
mr_test_sink_dump (MrTestSink *sink)
{
  for (guint i = 0; i < sink->lines->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (sink->lines, i));
}
