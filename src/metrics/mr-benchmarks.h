/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-engagement.h"
#include "mr-enums.h"
#include "mr-metrics-types.h"
#include "mr-tiers.h"

G_BEGIN_DECLS

/* The typical engagement rate (in %) per platform × tier × basis, editable by the user.
 * A cell may be empty: then there is no benchmark, and the comparison says so. The
 * defaults are DESIGN.md §4's; see mr-benchmarks.c for which cell holds which figure. */
typedef struct _MrBenchmarks MrBenchmarks;

/* A rate at least this many times the benchmark is flagged for review (warning
 * "engagement-far-above-benchmark"): three times the norm is more than a good creator
 * earns with good content, and what usually lies behind it (engagement pods, giveaways,
 * a tiny or bought audience) is what a marketer must rule out before paying for it. */
#define MR_BENCHMARK_FAR_ABOVE_RATIO 3.0
/* A rate under this share of the benchmark is flagged too (info
 * "engagement-far-below-benchmark"): most of the audience does not react, so a post
 * reaches fewer people than the follower count promises. Info, not a warning: a low
 * rate is already reflected in the score, it does not hint at deception. */
#define MR_BENCHMARK_FAR_BELOW_RATIO 0.5

/* The GVariant type of mr_benchmarks_to_variant (), for a GSettings key: entries of
 * (platform id, tier id, basis id, rate in %). */
#define MR_BENCHMARKS_VARIANT_TYPE_STRING "a(sssd)"

typedef struct
{
  gboolean  has_benchmark;
  double    benchmark;    /* typical rate in %; NAN without a benchmark */
  gboolean  has_ratio;
  double    ratio;        /* the creator's rate ÷ the benchmark; NAN without one */
  char     *sentence;     /* translated: the comparison, or why there is none */
  MrFlag   *flag;         /* far above or far below the benchmark, or NULL */
} MrBenchmarkComparison;

MrBenchmarks          *mr_benchmarks_new               (void);
MrBenchmarks          *mr_benchmarks_copy              (const MrBenchmarks *benchmarks);
void                   mr_benchmarks_free              (MrBenchmarks       *benchmarks);

gboolean               mr_benchmarks_lookup            (const MrBenchmarks *benchmarks,
                                                        MrPlatform          platform,
                                                        MrTier              tier,
                                                        MrEngagementBasis   basis,
                                                        double             *out_rate);
void                   mr_benchmarks_set               (MrBenchmarks       *benchmarks,
                                                        MrPlatform          platform,
                                                        MrTier              tier,
                                                        MrEngagementBasis   basis,
                                                        double              rate);
void                   mr_benchmarks_unset             (MrBenchmarks       *benchmarks,
                                                        MrPlatform          platform,
                                                        MrTier              tier,
                                                        MrEngagementBasis   basis);

GVariant              *mr_benchmarks_to_variant        (const MrBenchmarks *benchmarks);
MrBenchmarks          *mr_benchmarks_new_from_variant  (GVariant           *edits);

MrBenchmarkComparison *mr_benchmarks_compare           (const MrBenchmarks *benchmarks,
                                                        MrPlatform          platform,
                                                        MrTier              tier,
                                                        const MrEngagement *engagement);
void                   mr_benchmark_comparison_free    (MrBenchmarkComparison *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrBenchmarks, mr_benchmarks_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrBenchmarkComparison, mr_benchmark_comparison_free)

G_END_DECLS
