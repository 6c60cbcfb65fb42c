/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-json-export"

#include "config.h"

#include <malloc.h>
#include <string.h>

#include "mr-json-export.h"
#include "mr-json-export-private.h"
#include "mr-test-util.h"

/* `--export-json` of a big database must not need memory for the whole document: a
 * roster of 10,000 creators exports 700 MiB of JSON, which as a tree of JsonNodes took
 * 4.6 GiB. The export is written while it is made, each creator on its own; these tests
 * fail when it is gathered in memory first, as one string or as one tree.
 *
 * Run with G_SLICE=always-malloc (tests/meson.build), so that freed JsonNodes go back
 * to malloc, which is where the heap is measured. */

/* Fewer under AddressSanitizer, where json-glib is ten times slower and the heap is
 * not measured: enough for the writes to be pieces. */
#ifdef __SANITIZE_ADDRESS__
#define N_CREATORS 20
#else
#define N_CREATORS 100
#endif
#define N_POSTS    150
#define N_DAYS     180

/* An output stream that keeps none of the text: it counts and checksums what it is
 * given, and notes the largest single write and how far the heap had grown at each. */
#define TEST_TYPE_RECORDER (test_recorder_get_type ())
G_DECLARE_FINAL_TYPE (TestRecorder, test_recorder, TEST, RECORDER, GOutputStream)

struct _TestRecorder
{
  GOutputStream  parent_instance;
  GChecksum     *checksum;
  gsize          total;
  gsize          largest;
  guint          n_writes;
  gsize          heap_at_start;
  gssize         heap_growth;
};

G_DEFINE_FINAL_TYPE (TestRecorder, test_recorder, G_TYPE_OUTPUT_STREAM)

/* What malloc has handed out and not had back, small blocks and mapped ones. */
static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static gssize
test_recorder_write_fn (GOutputStream  *stream,
                        const void     *buffer,
                        gsize           count,
                        GCancellable   *cancellable,
                        GError        **error)
{
  TestRecorder *self = TEST_RECORDER (stream);

  self->heap_growth = MAX (self->heap_growth, (gssize) (heap_in_use () - self->heap_at_start));
  g_checksum_update (self->checksum, buffer, count);
  self->total += count;
  self->largest = MAX (self->largest, count);
  self->n_writes++;
  return count;
}

static void
test_recorder_finalize (GObject *object)
{
  TestRecorder *self = TEST_RECORDER (object);

  g_checksum_free (self->checksum);

  G_OBJECT_CLASS (test_recorder_parent_class)->finalize (object);
}

static void
test_recorder_class_init (TestRecorderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_recorder_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = test_recorder_write_fn;
}

static void
test_recorder_init (TestRecorder *self)
{
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

typedef struct {
  char    *dir;
  MrStore *store;
  char    *expected;   /* the export as one string */
} Fixture;

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Creators like those of a real roster: an account each, with a season of posts and half
 * a year of follower counts, about 90 kB of JSON a creator. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "big.db", NULL);
  fixture->store = mr_test_open_store (path);
  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_DEFAULT,
                                                NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_CREATORS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Creator %03u", i);
      g_autofree char *handle = g_strdup_printf ("creator.%03u", i);

      g_object_unref (mr_test_add_creator (fixture->store, name, handle));
    }

  sql = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
    " INSERT INTO post (account_id, external_id, published_at, kind, caption, permalink,"
    "                   views, likes, comments, shares)"
    "  SELECT a.id, a.handle || '-' || n.i,"
    "         strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', '2026-01-01', n.i || ' days'), 'video',"
    "         'Post ' || n.i || ' of ' || a.handle || ': a caption of a few words, as most are',"
    "         'https://www.tiktok.com/@' || a.handle || '/video/' || n.i,"
    "         1000 + n.i, 80 + n.i, 5, 2"
    "    FROM account a, n;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)"
    " INSERT INTO follower_snapshot (account_id, day, followers)"
    "  SELECT a.id, date ('2026-01-01', n.i || ' days'), 10000 + 10 * n.i"
    "    FROM account a, n;",
    N_POSTS, N_DAYS);
  exec_sql (mr_store_get_handle (fixture->store), sql);
  g_assert_true (mr_store_reload (fixture->store, &error));
  g_assert_no_error (error);

  /* Also what every cache the export fills on its first run is warmed by. */
  fixture->expected = mr_json_export_to_string (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (fixture->expected), >, N_CREATORS * 50000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_pointer (&fixture->expected, g_free);
  g_assert_finalize_object (fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static TestRecorder *
export_to_recorder (Fixture *fixture)
{
  g_autoptr(TestRecorder) recorder = g_object_new (TEST_TYPE_RECORDER, NULL);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;
  gsize length = strlen (fixture->expected);

  g_checksum_update (checksum, (const guchar *) fixture->expected, length);
  g_clear_pointer (&fixture->expected, g_free);

  recorder->heap_at_start = heap_in_use ();
  g_assert_true (mr_json_export_write (fixture->store, G_OUTPUT_STREAM (recorder), TRUE,
                                       &error));
  g_assert_no_error (error);

  g_assert_cmpuint (recorder->total, ==, length);
  g_assert_cmpstr (g_checksum_get_string (recorder->checksum), ==,
                   g_checksum_get_string (checksum));
  return g_steal_pointer (&recorder);
}

/* Pieces of about a creator each, not the document in one go. */
static void
test_writes_in_pieces (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(TestRecorder) recorder = export_to_recorder (fixture);

  g_assert_cmpuint (recorder->n_writes, >=, N_CREATORS / 2);
  g_assert_cmpuint (recorder->largest, <, recorder->total / 10);
}

/* While the export is written, the heap holds about one creator's part of it; a tree of
 * the whole document would take several times the text, the text itself once. */
static void
test_memory_bounded (Fixture       *fixture,
                     gconstpointer  user_data)
{
#ifdef __SANITIZE_ADDRESS__
  g_test_skip ("AddressSanitizer allocates past malloc, where the heap is measured");
#else
  g_autoptr(TestRecorder) recorder = export_to_recorder (fixture);

  g_test_message ("%zu bytes written; the heap grew by at most %zd", recorder->total,
                  recorder->heap_growth);
  g_assert_cmpint (recorder->heap_growth, <, (gssize) recorder->total / 5);
#endif
}

/* Times are written as g_date_time_format_iso8601 () writes them in UTC, whatever the
 * zone they were made in, to the microsecond when there is one. */
static void
test_times (void)
{
  const char * const times[] = {
    "2026-03-01T18:00:00Z", "2026-03-01T23:30:00-05:00", "2026-01-01T00:30:00+01:00",
    "0099-12-31T23:59:59Z", "9999-12-31T23:59:59.5Z", "2026-07-04T09:08:07.000042+02:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (times[i], zone);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
      g_autofree char *expected = g_date_time_format_iso8601 (utc);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      mr_json_add_time (builder, "at", time);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "at"), ==,
                       expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/json-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("writes-in-pieces", test_writes_in_pieces);
  ADD ("memory-bounded", test_memory_bounded);
#undef ADD
  g_test_add_func ("/json-export/times", test_times);

  return g_test_run ();
}
