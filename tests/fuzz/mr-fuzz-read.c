/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-fuzz-read"

#include "config.h"

#include <string.h>

#include "mr-fuzz-util.h"
#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-roster.h"

/* ── A sink that checks what each record promises (mr-import-format.h) ───────────── */

static void
check_text (const char *text)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    g_error ("A record holds text that is not UTF-8");
}

static gboolean
sink_account (MrImportSink          *sink,
              const MrImportAccount *account,
              GError               **error)
{
  g_assert_cmpint (account->platform, >=, MR_PLATFORM_TIKTOK);
  g_assert_cmpint (account->platform, <=, MR_PLATFORM_OTHER);
  check_text (account->handle);
  /* Without its '@', and not empty: the database refuses an empty handle. */
  if (account->handle != NULL)
    g_assert_true (account->handle[0] != '@' && account->handle[0] != '\0');
  check_text (account->name);
  check_text (account->url);
  check_text (account->niche);
  check_text (account->country);
  check_text (account->language);
  check_text (account->contact);
  check_text (account->notes);
  return TRUE;
}

static gboolean
sink_post (MrImportSink       *sink,
           const MrImportPost *post,
           GError            **error)
{
  g_assert_nonnull (post->external_id);
  check_text (post->external_id);
  check_text (post->kind);
  check_text (post->caption);
  check_text (post->permalink);
  return TRUE;
}

static gboolean
sink_followers (MrImportSink            *sink,
                const MrImportFollowers *followers,
                GError                 **error)
{
  mr_fuzz_check_day (followers->day);
  return TRUE;
}

static gboolean
sink_daily (MrImportSink        *sink,
            const MrImportDaily *daily,
            GError             **error)
{
  mr_fuzz_check_day (daily->day);
  return TRUE;
}

static gboolean
sink_audience (MrImportSink           *sink,
               const MrImportAudience *audience,
               GError                **error)
{
  g_assert_nonnull (audience->dimension);
  g_assert_nonnull (audience->bucket);
  check_text (audience->dimension);
  check_text (audience->bucket);
  if (!(audience->share >= 0.0 && audience->share <= 1.0))
    g_error ("An audience share is not a fraction: %g", audience->share);
  return TRUE;
}

static gboolean
sink_activity (MrImportSink           *sink,
               const MrImportActivity *activity,
               GError                **error)
{
  g_assert_cmpuint (activity->hour, <=, 23);
  g_assert_cmpuint (activity->weekday, <=, 7);
  if (activity->weekday == 0)
    mr_fuzz_check_day (activity->day);
  else
    g_assert_cmpstr (activity->day, ==, "");
  return TRUE;
}

static gboolean
sink_search (MrImportSink         *sink,
             const MrImportSearch *search,
             GError              **error)
{
  g_assert_nonnull (search->source);
  g_assert_nonnull (search->query);
  check_text (search->query);
  check_text (search->region);
  g_assert_cmpint (search->kind, >=, MR_SEARCH_KIND_QUERY);
  g_assert_cmpint (search->kind, <=, MR_SEARCH_KIND_TOPIC);
  if (search->period_start[0] != '\0')
    mr_fuzz_check_day (search->period_start);
  if (search->period_end[0] != '\0')
    mr_fuzz_check_day (search->period_end);
  return TRUE;
}

static gboolean
sink_total (MrImportSink        *sink,
            const MrImportTotal *total,
            GError             **error)
{
  g_assert_nonnull (total->metric);
  return TRUE;
}

static const MrImportSinkClass checking_sink_class = {
  sink_account, sink_post, sink_followers, sink_daily, sink_audience, sink_activity,
  sink_search, sink_total,
};

static gboolean
is_search_console (const MrImportFormat *format)
{
  return g_str_has_prefix (format->id, "search-console-");
}

void
mr_fuzz_read_file (MrImportFile *file,
                   gboolean      other_mapping)
{
  MrImportSink sink = { &checking_sink_class };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (file->display_name);
  gboolean ok;

  g_date_set_dmy (&file->export_date, 15, G_DATE_APRIL, 2026);
  if (is_search_console (file->format) && file->format->subject != MR_IMPORT_SUBJECT_SET_INFO)
    {
      g_date_set_dmy (&file->period_start, 16, G_DATE_JANUARY, 2026);
      g_date_set_dmy (&file->period_end, 15, G_DATE_APRIL, 2026);
    }

  if (file->format == &mr_import_format_roster)
    {
      g_autofree int *mapping = mr_import_roster_get_mapping (file);
      g_autofree char *described = mr_import_roster_describe_mapping (file);
      guint n = g_strv_length (file->headers);

      check_text (described);
      if (other_mapping && n > 1)
        {
          int first = mapping[0];

          memmove (mapping, mapping + 1, (n - 1) * sizeof (int));
          mapping[n - 1] = first;
          mr_import_roster_set_mapping (file, mapping);
        }
    }

  ok = mr_import_file_read (file, &sink, NULL, &error);
  mr_fuzz_check_error (ok, error, MR_IMPORT_ERROR, name, FALSE);
  if (ok && file->format->subject == MR_IMPORT_SUBJECT_SET_INFO &&
      g_date_valid (&file->period_start))
    {
      g_assert_true (g_date_valid (&file->period_end));
      g_assert_cmpint (g_date_compare (&file->period_start, &file->period_end), <=, 0);
    }
}
