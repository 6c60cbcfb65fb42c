/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-data"

#include "config.h"

#include <stdlib.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-bench-data.h"

/* Writes the benchmarks' big database to a file, to profile the app on by hand:
 *
 *   bench-data PATH [CREATORS [POSTS [DAYS]]]
 *   microreach --database=PATH
 *
 * Defaults: 10,000 creators, 100 posts and 180 days of follower history each. */

static guint
parse_count (const char *text)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT32, &number, NULL))
    {
      g_printerr ("bench-data: %s is not a positive number\n", text);
      exit (2);
    }
  return (guint) number;
}

int
main (int   argc,
      char *argv[])
{
  MrBenchDataSize size = MR_BENCH_DATA_DEFAULT;
  g_autoptr(GError) error = NULL;
  double start;

  mr_application_init_i18n ();
  if (argc < 2 || argc > 5)
    {
      g_printerr ("usage: bench-data PATH [CREATORS [POSTS [DAYS]]]\n");
      return 2;
    }
  if (argc > 2)
    size.n_creators = parse_count (argv[2]);
  if (argc > 3)
    size.n_posts = parse_count (argv[3]);
  if (argc > 4)
    size.n_days = parse_count (argv[4]);
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr ("bench-data: %s exists already\n", argv[1]);
      return 1;
    }

  start = mr_bench_now ();
  if (!mr_bench_data_write (argv[1], &size, &error))
    {
      g_printerr ("bench-data: %s\n", error->message);
      return 1;
    }
  g_print ("%u creators, %u posts and %u days each, in %.1f s: %s\n", size.n_creators,
           size.n_posts, size.n_days, mr_bench_now () - start, argv[1]);
  return 0;
}
