/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the metrics are computed from. Plain structs: the caller (the store, a test, the
 * benchmark) fills them; nothing here reads a file or a database. */

/* A count or value that is not known: never treated as zero. */
#define MR_METRIC_UNKNOWN (-1)

typedef struct
{
  gint64 published_at;   /* Unix time, UTC; 0 when not known */
  gint64 views;          /* each MR_METRIC_UNKNOWN when not known */
  gint64 reach;
  gint64 likes;
  gint64 comments;
  gint64 shares;
  gint64 saves;
} MrPostStats;

typedef struct
{
  guint32 day;           /* GDate Julian day number */
  gint64  followers;     /* MR_METRIC_UNKNOWN before tracking began */
} MrFollowerDay;

/* Account-level figures of one day, as TikTok Studio's Overview gives them. */
typedef struct
{
  guint32 day;           /* GDate Julian day number */
  gint64  views;         /* each MR_METRIC_UNKNOWN when not known */
  gint64  profile_views;
  gint64  likes;
  gint64  comments;
  gint64  shares;
} MrDailyActivity;

typedef enum
{
  MR_SEVERITY_INFO,
  MR_SEVERITY_WARNING,
  MR_SEVERITY_ALERT,
} MrSeverity;

/* Something a metric noticed: a stable code for scripts, a severity, and a translated
 * sentence that says what was seen and why it matters. */
typedef struct
{
  char       *code;
  MrSeverity  severity;
  char       *message;
} MrFlag;

MrFlag     *mr_flag_new            (const char *code,
                                    MrSeverity  severity,
                                    const char *message);
MrFlag     *mr_flag_new_printf     (const char *code,
                                    MrSeverity  severity,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (3, 4);
void        mr_flag_free           (MrFlag     *flag);
const char *mr_severity_to_string  (MrSeverity  severity);

double      mr_median              (double     *values,
                                    guint       n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrFlag, mr_flag_free)

G_END_DECLS
