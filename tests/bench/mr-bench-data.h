/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-bench.h"

G_BEGIN_DECLS

/* The big database the benchmarks measure the app on, generated from a seed: creators
 * with one account each (TikTok, Instagram or YouTube), its posts and a day-by-day
 * follower history that ends yesterday (the app judges growth against the real clock).
 * Names, handles and niches are Dutch-sounding and repeat, so a search narrows the list
 * the way it would a real roster's. */

#define MR_BENCH_DATA_SEED 20261122

typedef struct
{
  guint   n_creators;
  guint   n_posts;     /* per account */
  guint   n_days;      /* of follower history, per account */
  guint64 seed;
} MrBenchDataSize;

/* 10,000 creators, 100 posts and 180 days each: 1,000,000 posts, 1,800,000 snapshots. */
#define MR_BENCH_DATA_DEFAULT { 10000, 100, 180, MR_BENCH_DATA_SEED }

/* Creates the database at @path through the store (so the schema is the app's own),
 * then fills it in one transaction with prepared statements. @path must not exist. */
gboolean mr_bench_data_write (const char            *path,
                              const MrBenchDataSize *size,
                              GError               **error);

/* The big database (the default size): the file MR_BENCH_DATABASE names, when set, so
 * that one run of several benchmarks generates it once; else a new one in @dir. */
char    *mr_bench_data_get   (const char            *dir,
                              GError               **error);

/* One creator as the big database has them, drawn from @rand: a name, a niche, and a
 * handle made of the first name, a niche and @id ("zoe.duurzaam_wonen17"). */
typedef struct
{
  char       *name;
  char       *handle;
  const char *niche;
} MrBenchPerson;

void     mr_bench_person_init  (MrBenchPerson         *person,
                                MrBenchRand           *rand,
                                gint64                 id);
void     mr_bench_person_clear (MrBenchPerson         *person);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MrBenchPerson, mr_bench_person_clear)

/* A query that narrows the generated roster one letter at a time, from most creators
 * to the Martens (a last name, and in handles and niches "m" is everywhere). */
#define MR_BENCH_DATA_QUERY "marten"

G_END_DECLS
