/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every benchmark shares: a clock, the median of several runs, peak memory, child
 * processes timed from the outside, a seeded generator, and the figures printed as a
 * table followed by one `name=value` line each (what scripts and the README read). */

/* Seconds on the monotonic clock. */
double      mr_bench_now           (void);
/* The median of @n values (sorted in place); NAN when @n is 0. */
double      mr_bench_median        (double     *values,
                                    guint       n);
/* This process's peak resident memory so far, in MiB (VmHWM). */
double      mr_bench_peak_rss_mib  (void);
/* A positive number from the environment, or @fallback when unset or not one. */
guint       mr_bench_env_uint      (const char *name,
                                    guint       fallback);

/* xorshift64*: fast, and the same numbers on every machine for the same seed. */
typedef struct
{
  guint64 state;
} MrBenchRand;

void        mr_bench_rand_init     (MrBenchRand *rand,
                                    guint64      seed);
guint32     mr_bench_rand          (MrBenchRand *rand);
/* In [@low, @high). */
guint32     mr_bench_rand_range    (MrBenchRand *rand,
                                    guint32      low,
                                    guint32      high);
/* In [@low, @high). */
double      mr_bench_rand_double   (MrBenchRand *rand,
                                    double       low,
                                    double       high);

typedef struct
{
  double  seconds;       /* wall time, spawn to exit */
  double  peak_rss_mib;  /* the child's own peak (wait4's ru_maxrss) */
  guint64 stdout_bytes;  /* when its standard output was counted */
  int     status;        /* exit status, or -1 when killed by a signal */
} MrBenchChild;

/* Runs @argv with @envp (NULL: this environment) and waits for it. Its standard error
 * goes to @log (and its standard output too, unless @count_stdout: then the output is
 * read, counted and dropped, as a script's pipe would take it). FALSE only when it
 * could not be run. */
gboolean    mr_bench_run_child     (const char * const *argv,
                                    char * const       *envp,
                                    const char         *log,
                                    gboolean            count_stdout,
                                    MrBenchChild       *result,
                                    GError            **error);
/* The first @max bytes of @log, for a child that failed. */
void        mr_bench_print_log     (const char         *log,
                                    gsize               max);

/* A temporary folder and everything in it, when MR_BENCH_KEEP is not 1. */
void        mr_bench_remove_dir    (const char         *path);

/* The figures of a run. A target is an upper bound (NAN: none); a figure over its
 * target is marked in the table, and counted by mr_bench_report_n_missed (). */
typedef struct _MrBenchReport MrBenchReport;

MrBenchReport *mr_bench_report_new      (void);
void           mr_bench_report_free     (MrBenchReport *report);
/* @format prints @value (such as "%.3f"); @what is the table's description. */
void           mr_bench_report_add      (MrBenchReport *report,
                                         const char    *name,
                                         const char    *format,
                                         double         value,
                                         const char    *unit,
                                         double         target,
                                         const char    *what);
guint          mr_bench_report_n_missed (MrBenchReport *report);
/* The table, then a `name=value` line per figure, to standard output. When the
 * environment names a file in MR_BENCH_FIGURES, the figures are appended to it too, one
 * tab-separated line each, for mr_bench_report_load (). */
void           mr_bench_report_print    (MrBenchReport *report);
/* Adds the figures that reports printed to @path. */
gboolean       mr_bench_report_load     (MrBenchReport *report,
                                         const char    *path,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrBenchReport, mr_bench_report_free)

G_END_DECLS
