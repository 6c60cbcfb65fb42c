/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-bench-data"

#include "config.h"

#include <sqlite3.h>

#include "mr-bench.h"
#include "mr-bench-data.h"
#include "mr-store.h"

static const char * const first_names[] = {
  "Anouk", "Bram", "Daan", "Emma", "Femke", "Fleur", "Isa", "Jesse", "Julia", "Lars",
  "Lotte", "Luuk", "Maarten", "Milan", "Noor", "Roos", "Sanne", "Sem", "Tess", "Thijs",
  "Martina", "Yara", "Zoë", "Ömer", "Marit",
};
static const char * const last_names[] = {
  "de Boer", "Bakker", "Brouwer", "Dekker", "Dijkstra", "de Groot", "Jansen", "Meijer",
  "Mulder", "Smit", "Visser", "de Vries", "de Wit", "van Dijk", "Martens", "van Leeuwen",
};
static const char * const niches[] = {
  "Mode", "Food", "Fitness", "Reizen", "Beauty", "Gaming", "Duurzaam wonen", "Fietsen",
  "Koffie", "Tuinieren", "Ouderschap", "Tech",
};
static const char * const statuses[] = {
  "prospect", "prospect", "prospect", "vetting", "approved", "rejected", "active", "alumni",
};
static const char * const platforms[] = { "tiktok", "instagram", "youtube" };
static const char * const words[] = {
  "vandaag", "recept", "zondag", "probeer", "dit", "eens", "thuis", "met", "de", "kids",
  "nieuw", "link", "in", "bio", "weekend", "achter", "de", "schermen", "✨", "🔥",
};

static const char insert_creator_sql[] =
  "INSERT INTO creator (id, name, status, niche, country, language, primary_account_id)"
  "  VALUES (?1, ?2, ?3, ?4, 'NL', 'nl', ?1)";
static const char insert_account_sql[] =
  "INSERT INTO account (id, creator_id, platform, handle, url, followers, following, posts)"
  "  VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char insert_snapshot_sql[] =
  "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, ?2, ?3)";
static const char insert_post_sql[] =
  "INSERT INTO post (account_id, external_id, published_at, kind, caption, permalink,"
  "                  views, reach, impressions, likes, comments, shares, saves)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *creator;
  sqlite3_stmt *account;
  sqlite3_stmt *snapshot;
  sqlite3_stmt *post;
  MrBenchRand   rand;
  char        (*days)[11];
  GString      *text;
} Writer;

static gboolean
step (Writer        *writer,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, writer->db, rc);
  return TRUE;
}

static gboolean
write_posts (Writer                *writer,
             const MrBenchDataSize *size,
             gint64                 id,
             const char            *platform,
             const char            *handle,
             double                 followers,
             double                 rate,
             GError               **error)
{
  MrBenchRand *rand = &writer->rand;
  sqlite3_stmt *stmt = writer->post;
  char external_id[24], published[24], permalink[128];

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 4, "video", -1, SQLITE_STATIC);
  for (guint p = 0; p < size->n_posts; p++)
    {
      /* Newest first, every day or two, back into the history. */
      guint day = size->n_days - 1 - MIN (size->n_days - 1, p * 3 / 2);
      gint64 likes = (gint64) (followers * rate * mr_bench_rand_double (rand, 0.3, 1.7));

      g_snprintf (external_id, sizeof external_id, "%" G_GINT64_FORMAT "-%u", id, p);
      g_snprintf (published, sizeof published, "%sT%02u:%02u:00Z", writer->days[day],
                  mr_bench_rand_range (rand, 0, 24), mr_bench_rand_range (rand, 0, 60));
      g_snprintf (permalink, sizeof permalink, "https://example.org/%s/@%s/%s", platform,
                  handle, external_id);
      g_string_truncate (writer->text, 0);
      for (guint w = mr_bench_rand_range (rand, 3, 16); w > 0; w--)
        {
          g_string_append (writer->text, words[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append_c (writer->text, w > 1 ? ' ' : '.');
        }

      sqlite3_bind_text (stmt, 2, external_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, published, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, writer->text->str, (int) writer->text->len, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, permalink, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 7, likes * mr_bench_rand_range (rand, 8, 30));
      sqlite3_bind_int64 (stmt, 8, likes * mr_bench_rand_range (rand, 5, 15));
      sqlite3_bind_int64 (stmt, 9, likes * mr_bench_rand_range (rand, 10, 40));
      sqlite3_bind_int64 (stmt, 10, likes);
      sqlite3_bind_int64 (stmt, 11, likes * mr_bench_rand_range (rand, 1, 6) / 100);
      sqlite3_bind_int64 (stmt, 12, likes / 50);
      sqlite3_bind_int64 (stmt, 13, likes / 30);
      if (!step (writer, stmt, error))
        return FALSE;
    }

  return TRUE;
}

void
mr_bench_person_init (MrBenchPerson *person,
                      MrBenchRand   *rand,
                      gint64         id)
{
  const char *first = first_names[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (first_names))];
  const char *last = last_names[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (last_names))];
  g_autofree char *first_ascii = g_str_to_ascii (first, "C");
  g_autofree char *raw_handle = g_strdup_printf ("%s.%s%" G_GINT64_FORMAT, first_ascii,
                                                 niches[id % G_N_ELEMENTS (niches)], id);

  person->niche = niches[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (niches))];
  person->name = g_strdup_printf ("%s %s", first, last);
  /* As handles are: "zoe.duurzaam_wonen17". */
  person->handle = g_ascii_strdown (g_strdelimit (raw_handle, " ", '_'), -1);
}

void
mr_bench_person_clear (MrBenchPerson *person)
{
  g_clear_pointer (&person->name, g_free);
  g_clear_pointer (&person->handle, g_free);
}

static gboolean
write_creator (Writer                *writer,
               const MrBenchDataSize *size,
               gint64                 id,
               GError               **error)
{
  MrBenchRand *rand = &writer->rand;
  g_auto(MrBenchPerson) person = { NULL };
  const char *platform;
  const char *name, *niche, *handle;
  g_autofree char *url = NULL;
  double followers, rate;

  mr_bench_person_init (&person, rand, id);
  name = person.name;
  niche = person.niche;
  handle = person.handle;
  platform = platforms[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (platforms))];
  url = g_strdup_printf ("https://example.org/%s/@%s", platform, handle);
  followers = mr_bench_rand_double (rand, 500, 2000000);
  rate = mr_bench_rand_double (rand, 0.01, 0.12);

  sqlite3_bind_int64 (writer->creator, 1, id);
  sqlite3_bind_text (writer->creator, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (writer->creator, 3,
                     statuses[mr_bench_rand_range (rand, 0, G_N_ELEMENTS (statuses))],
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (writer->creator, 4, niche, -1, SQLITE_STATIC);
  if (!step (writer, writer->creator, error))
    return FALSE;

  sqlite3_bind_int64 (writer->snapshot, 1, id);
  for (guint d = 0; d < size->n_days; d++)
    {
      double gain = followers * mr_bench_rand_double (rand, -0.001, 0.004);

      /* One creator in twenty buys a block of followers once. */
      if (d == size->n_days * 2 / 3 && mr_bench_rand_range (rand, 0, 20) == 0)
        gain += followers * 0.2;
      followers += gain;
      sqlite3_bind_text (writer->snapshot, 2, writer->days[d], 10, SQLITE_STATIC);
      sqlite3_bind_int64 (writer->snapshot, 3, (gint64) followers);
      if (!step (writer, writer->snapshot, error))
        return FALSE;
    }

  sqlite3_bind_int64 (writer->account, 1, id);
  sqlite3_bind_text (writer->account, 2, platform, -1, SQLITE_STATIC);
  sqlite3_bind_text (writer->account, 3, handle, -1, SQLITE_STATIC);
  sqlite3_bind_text (writer->account, 4, url, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (writer->account, 5, (gint64) followers);
  sqlite3_bind_int64 (writer->account, 6, mr_bench_rand_range (rand, 50, 2000));
  sqlite3_bind_int64 (writer->account, 7, size->n_posts);
  if (!step (writer, writer->account, error))
    return FALSE;

  return write_posts (writer, size, id, platform, handle, followers, rate, error);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || mr_store_set_error_from_sqlite (error, db, rc);
}

static gboolean
prepare (sqlite3       *db,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v2 (db, sql, -1, stmt, NULL);

  return rc == SQLITE_OK || mr_store_set_error_from_sqlite (error, db, rc);
}

static gboolean
fill (Writer                *writer,
      const MrBenchDataSize *size,
      GError               **error)
{
  /* Nothing else has the file open, and a half-written benchmark database is thrown
   * away: no journal, no syncs. The store turns WAL back on when it opens it. */
  if (!exec (writer->db, "PRAGMA journal_mode = OFF", error) ||
      !exec (writer->db, "PRAGMA synchronous = OFF", error) ||
      !exec (writer->db, "PRAGMA cache_size = -65536", error) ||
      !prepare (writer->db, insert_creator_sql, &writer->creator, error) ||
      !prepare (writer->db, insert_account_sql, &writer->account, error) ||
      !prepare (writer->db, insert_snapshot_sql, &writer->snapshot, error) ||
      !prepare (writer->db, insert_post_sql, &writer->post, error) ||
      !exec (writer->db, "BEGIN", error))
    return FALSE;

  /* The creator's primary account is inserted after it, with the same id. */
  for (guint i = 1; i <= size->n_creators; i++)
    if (!write_creator (writer, size, i, error))
      return FALSE;

  return exec (writer->db, "COMMIT", error) &&
         exec (writer->db, "PRAGMA journal_mode = WAL", error);
}

gboolean
mr_bench_data_write (const char            *path,
                     const MrBenchDataSize *size,
                     GError               **error)
{
  g_autoptr(MrStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  Writer writer = { 0 };
  GDate day;
  gboolean ok;
  int rc;

  g_return_val_if_fail (path != NULL && size != NULL, FALSE);
  g_return_val_if_fail (!g_file_test (path, G_FILE_TEST_EXISTS), FALSE);

  /* The app's own schema and migrations, then the store is done with the file. */
  if ((store = mr_store_open (path, error)) == NULL)
    return FALSE;
  g_clear_object (&store);

  rc = sqlite3_open_v2 (path, &writer.db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_IO, "%s: %s", path, sqlite3_errstr (rc));
      sqlite3_close (writer.db);
      return FALSE;
    }

  /* The history ends yesterday. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_subtract_days (&day, size->n_days);
  writer.days = g_malloc0_n (MAX (size->n_days, 1), sizeof *writer.days);
  for (guint d = 0; d < size->n_days; d++, g_date_add_days (&day, 1))
    g_date_strftime (writer.days[d], sizeof writer.days[d], "%Y-%m-%d", &day);
  writer.text = g_string_sized_new (256);
  mr_bench_rand_init (&writer.rand, size->seed);

  ok = fill (&writer, size, error);
  if (!ok)
    sqlite3_exec (writer.db, "ROLLBACK", NULL, NULL, NULL);

  sqlite3_finalize (writer.creator);
  sqlite3_finalize (writer.account);
  sqlite3_finalize (writer.snapshot);
  sqlite3_finalize (writer.post);
  sqlite3_close (writer.db);
  g_string_free (writer.text, TRUE);
  g_free (writer.days);
  return ok;
}

char *
mr_bench_data_get (const char  *dir,
                   GError     **error)
{
  const MrBenchDataSize size = MR_BENCH_DATA_DEFAULT;
  const char *given = g_getenv ("MR_BENCH_DATABASE");
  g_autofree char *path = NULL;
  double start;

  if (given != NULL && given[0] != '\0')
    {
      if (!g_file_test (given, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       "MR_BENCH_DATABASE: %s is not a file", given);
          return NULL;
        }
      return g_strdup (given);
    }

  path = g_build_filename (dir, "big.db", NULL);
  start = mr_bench_now ();
  if (!mr_bench_data_write (path, &size, error))
    return NULL;
  g_print ("generated %u creators, %u posts and %u days of history each, in %.1f s\n",
           size.n_creators, size.n_posts, size.n_days, mr_bench_now () - start);
  return g_steal_pointer (&path);
}
