/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-json-private.h"

/* ── Search statistics ───────────────────────────────────────────────────────────── */

static const char * const search_kinds[] = {
  [MR_SEARCH_KIND_QUERY] = "query",
  [MR_SEARCH_KIND_PAGE] = "page",
  [MR_SEARCH_KIND_COUNTRY] = "country",
  [MR_SEARCH_KIND_DEVICE] = "device",
  [MR_SEARCH_KIND_TOTAL] = "total",
  [MR_SEARCH_KIND_TOPIC] = "topic",
};

static gboolean
get_search_kind (MrRestore     *self,
                 JsonObject    *entry,
                 MrSearchKind  *kind,
                 GError       **error)
{
  const char *text = mr_restore_get_text (entry, "kind");

  *kind = MR_SEARCH_KIND_QUERY;
  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (search_kinds); i++)
    if (g_str_equal (text, search_kinds[i]))
      {
        *kind = (MrSearchKind) i;
        return TRUE;
      }
  /* Translators: %s is what the file holds where the kind of a search figure should be */
  return mr_restore_invalid (self, error, _("“%s” is not a kind of search figure"), text);
}

/* An entry is one figure of a period, or a series of points (a Google Trends term, a
 * site's Search Console dates): each point is a row of its own, as the imports write
 * them. Intents and spikes are computed again from what is restored. */
static gboolean
restore_search_entry (MrRestore     *self,
                      MrImportSink  *sink,
                      JsonObject    *entry,
                      GError       **error)
{
  g_autoptr(GPtrArray) series = NULL;
  MrImportSearch search;

  mr_import_search_init (&search);
  search.source = mr_restore_get_text (entry, "source");
  search.query = mr_restore_get_text (entry, "query");
  search.region = mr_restore_get_text (entry, "region");
  if (search.source == NULL)
    return mr_restore_invalid (self, error, _("a “%s” is missing"), "source");
  if (!get_search_kind (self, entry, &search.kind, error) ||
      !mr_restore_get_objects (self, entry, "series", &series, error))
    return FALSE;

  if (series->len == 0)
    {
      if (!mr_restore_get_day (self, entry, "period_start", TRUE, search.period_start, error) ||
          !mr_restore_get_day (self, entry, "period_end", TRUE, search.period_end, error))
        return FALSE;
      search.clicks = mr_restore_get_count (entry, "clicks");
      search.impressions = mr_restore_get_count (entry, "impressions");
      search.ctr = mr_restore_get_double (entry, "ctr");
      search.position = mr_restore_get_double (entry, "position");
      if (!sink->klass->search (sink, &search, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
      return TRUE;
    }

  for (guint i = 0; i < series->len; i++)
    {
      JsonObject *point = g_ptr_array_index (series, i);

      if (!mr_restore_get_day (self, point, "date", TRUE, search.period_start, error) ||
          !mr_restore_get_day (self, point, "end", FALSE, search.period_end, error))
        return FALSE;
      if (search.period_end[0] == '\0')
        memcpy (search.period_end, search.period_start, sizeof search.period_end);
      if (search.kind == MR_SEARCH_KIND_TOTAL)
        {
          search.clicks = mr_restore_get_count (point, "clicks");
          search.impressions = mr_restore_get_count (point, "impressions");
          search.ctr = mr_restore_get_double (point, "ctr");
          search.position = mr_restore_get_double (point, "position");
        }
      else
        {
          search.interest = mr_restore_get_double (point, "value");
        }
      if (!sink->klass->search (sink, &search, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

gboolean
mr_restore_search_entry (MrRestore   *self,
                         JsonObject  *entry,
                         GError     **error)
{
  return restore_search_entry (self, mr_import_writer_get_sink (self->writer), entry, error);
}
