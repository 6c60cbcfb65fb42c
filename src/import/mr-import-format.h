/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-csv.h"
#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_IMPORT_ERROR (mr_import_error_quark ())

typedef enum {
  MR_IMPORT_ERROR_UNRECOGNIZED,    /* no format's header matches */
  MR_IMPORT_ERROR_MISSING_COLUMN,
  MR_IMPORT_ERROR_INVALID_VALUE,
  MR_IMPORT_ERROR_NO_ACCOUNT,      /* the file names no account and none was picked */
  MR_IMPORT_ERROR_FAILED,
} MrImportError;

/* "Not given" for the time fields of records (a real 0 is 1970-01-01). */
#define MR_IMPORT_NO_TIME G_MININT64
/* "Not given" for counts in records: every other value is real, -1 included (a day
 * that lost one follower). The store keeps it as NULL. */
#define MR_IMPORT_NO_COUNT G_MININT64
/* The largest figure an import takes, either way: a million millions is more than any
 * platform counts of anything, and far enough below G_MAXINT64 that sums over millions
 * of rows stay exact. */
#define MR_IMPORT_MAX_FIGURE G_GINT64_CONSTANT (1000000000000)

/* ── What readers hand on: one struct per kind of fact, borrowed for the call. Counts are
 * MR_IMPORT_NO_COUNT and amounts NAN when the file does not give them; text fields NULL.
 * Days are "YYYY-MM-DD". ─────────────────────────────────────────────────────────── */

/* An account the file names. Records after it belong to it, until the next one. A file
 * that names none writes to the account the import attributes it to. */
typedef struct {
  MrPlatform  platform;
  const char *handle;          /* without '@'; NULL for a roster row that has none */
  const char *name;            /* the person's or channel's display name */
  const char *url;
  gint64      followers;
  gint64      following;
  gint64      posts;
  /* What a roster says about the creator and their usual post. */
  double      avg_likes;
  double      avg_comments;
  double      engagement_rate; /* percent, as the roster states it */
  const char *niche;
  const char *country;
  const char *language;
  const char *contact;
  const char *notes;
} MrImportAccount;

typedef struct {
  const char *external_id;     /* the platform's id; required */
  gint64      published_at;    /* Unix seconds, or MR_IMPORT_NO_TIME */
  const char *kind;            /* "reel", "image", "carousel", "video", "short"… */
  const char *caption;
  const char *permalink;
  gint64      views;
  gint64      reach;
  gint64      impressions;
  gint64      likes;
  gint64      comments;
  gint64      shares;
  gint64      saves;
  double      duration;        /* seconds */
} MrImportPost;

typedef struct {
  char        day[11];
  gint64      followers;       /* total on that day */
} MrImportFollowers;

/* Account-level figures of one day. A file gives some; the others stay as they were. */
typedef struct {
  char        day[11];
  gint64      views;
  gint64      profile_views;
  gint64      likes;
  gint64      comments;
  gint64      shares;
  gint64      viewers;
  gint64      new_viewers;
  gint64      reach;
  gint64      followers_gained; /* net change that day; may be negative */
  double      watch_hours;
} MrImportDaily;

typedef struct {
  const char *dimension;       /* "gender", "territory", "age", "subscription" */
  const char *bucket;          /* "female", "NL", "Others", "18-24" */
  double      share;           /* fraction 0–1 */
} MrImportAudience;

typedef struct {
  guint       weekday;         /* 1 (Monday) … 7, or 0 when @day is given */
  char        day[11];         /* or "" when @weekday is given */
  guint       hour;            /* 0–23 */
  gint64      active_followers;
} MrImportActivity;

typedef enum {
  MR_SEARCH_KIND_QUERY,        /* Search Console: a query */
  MR_SEARCH_KIND_PAGE,
  MR_SEARCH_KIND_COUNTRY,
  MR_SEARCH_KIND_DEVICE,
  MR_SEARCH_KIND_TOTAL,        /* Search Console: the site's figures of a day */
  MR_SEARCH_KIND_TOPIC,        /* Google Trends: a search term's interest */
} MrSearchKind;

typedef struct {
  const char  *source;         /* "search-console" or "trends" */
  MrSearchKind kind;
  const char  *query;          /* the query, page, country, device or term; "" for TOTAL */
  const char  *region;         /* Trends: "(Netherlands)" → "Netherlands"; else NULL */
  char         period_start[11];
  char         period_end[11];
  gint64       clicks;
  gint64       impressions;
  double       ctr;            /* percent */
  double       position;
  double       interest;       /* Trends index 0–100 */
} MrImportSearch;

/* Totals the file gives for the account over its period (YouTube's "Total" row). */
typedef struct {
  const char *metric;          /* the column's key: "views", "watch_hours", "subscribers"… */
  double      value;
} MrImportTotal;

typedef struct _MrImportSink MrImportSink;

/* Where records go: the store's writer, the summary of a scan, a test's recorder.
 * Each returns FALSE with @error set to stop the file. */
typedef struct {
  gboolean (*account)   (MrImportSink *sink, const MrImportAccount   *account,   GError **error);
  gboolean (*post)      (MrImportSink *sink, const MrImportPost      *post,      GError **error);
  gboolean (*followers) (MrImportSink *sink, const MrImportFollowers *followers, GError **error);
  gboolean (*daily)     (MrImportSink *sink, const MrImportDaily     *daily,     GError **error);
  gboolean (*audience)  (MrImportSink *sink, const MrImportAudience  *audience,  GError **error);
  gboolean (*activity)  (MrImportSink *sink, const MrImportActivity  *activity,  GError **error);
  gboolean (*search)    (MrImportSink *sink, const MrImportSearch    *search,    GError **error);
  gboolean (*total)     (MrImportSink *sink, const MrImportTotal     *total,     GError **error);
} MrImportSinkClass;

struct _MrImportSink {
  const MrImportSinkClass *klass;
};

void mr_import_account_init   (MrImportAccount   *account);
void mr_import_post_init      (MrImportPost      *post);
void mr_import_daily_init     (MrImportDaily     *daily);
void mr_import_search_init    (MrImportSearch    *search);

/* ── Formats ───────────────────────────────────────────────────────────────────────── */

typedef enum {
  MR_COLUMN_REQUIRED = 1 << 0,
  /* The header starts with an alias (Trends: "<term>: (<region>)" after "Week"): every
   * further column that matches no other alias counts as one of these. */
  MR_COLUMN_REPEATED = 1 << 1,
} MrColumnFlags;

/* Headers are compared after normalising: trimmed, case-folded, runs of white space as
 * one space, a BOM or surrounding quotes removed. Aliases are written normalised. */
typedef struct {
  const char         *key;       /* for errors and totals: "views" */
  MrColumnFlags       flags;
  const char * const *aliases;   /* NULL-terminated: English, Dutch, French… */
} MrImportColumn;

typedef enum {
  MR_IMPORT_SUBJECT_ACCOUNT,      /* about one account the file may not name (TikTok, YouTube) */
  MR_IMPORT_SUBJECT_NAMED,        /* names its account(s) in its rows (Instagram, roster) */
  MR_IMPORT_SUBJECT_SEARCH,       /* about searches, no account (Search Console, Trends) */
  MR_IMPORT_SUBJECT_SET_INFO,     /* describes the other files of its set (Search Console's Filters) */
} MrImportSubject;

typedef struct _MrImportFile MrImportFile;
typedef struct _MrImportFormat MrImportFormat;

typedef gboolean (*MrImportReadFunc) (MrImportFile  *file,
                                      MrImportSink  *sink,
                                      GCancellable  *cancellable,
                                      GError       **error);

struct _MrImportFormat {
  const char           *id;        /* stable, stored in import_log.format: "tiktok-content" */
  const char           *label;     /* N_() – "TikTok Studio content" */
  MrPlatform            platform;  /* MR_PLATFORM_OTHER for search files */
  MrImportSubject       subject;
  const MrImportColumn *columns;   /* terminated by { NULL } */
  MrImportReadFunc      read;
};

/* ── A file being read: the CSV reader after the header, and the header's columns ───── */

struct _MrImportFile {
  GFile                *file;
  char                 *display_name;   /* the base name, for messages */
  const MrImportFormat *format;
  MrCsvReader          *csv;
  int                  *column_index;   /* per format column: field index or -1 */
  GArray               *repeated;       /* guint field indexes of REPEATED columns */
  char                **headers;        /* the header row as written */
  guint                 header_line;

  /* Set by the import before reading. */
  GDate                 export_date;    /* the download day: mtime, or as confirmed */
  GDate                 period_start;   /* Search Console: the set's Filters period; */
  GDate                 period_end;     /* invalid when not known */

  /* Counted while reading: rows with data (a reader that takes a row as totals, not
   * data, takes it off again). */
  guint64               rows;

  /* Private to mr-import-file.c. */
  GTimeZone            *local_zone;
};

/* Reading rows. _get_text () gives the current row's cell of format column @column,
 * trimmed, or NULL when the column is absent, the cell empty or a "no value" word. The
 * others parse it, answering FALSE with a "NAME:LINE: …" error naming the header when
 * the cell holds something else; a missing value gives MR_IMPORT_NO_COUNT, NAN or an
 * invalid date and TRUE. */
gboolean    mr_import_file_next_row     (MrImportFile  *file,
                                         GCancellable  *cancellable,
                                         GError       **error);
const char *mr_import_file_get_text     (MrImportFile  *file,
                                         guint          column);
gboolean    mr_import_file_get_count    (MrImportFile  *file,
                                         guint          column,
                                         gint64        *out,
                                         GError       **error);
gboolean    mr_import_file_get_double   (MrImportFile  *file,
                                         guint          column,
                                         double        *out,
                                         GError       **error);
gboolean    mr_import_file_get_fraction (MrImportFile  *file,
                                         guint          column,
                                         double        *out,
                                         GError       **error);
gboolean    mr_import_file_get_date     (MrImportFile  *file,
                                         guint          column,
                                         GDate         *out,
                                         GError       **error);
gboolean    mr_import_file_get_time     (MrImportFile  *file,
                                         guint          column,
                                         gint64        *out,
                                         GError       **error);
gboolean    mr_import_file_has_column   (MrImportFile  *file,
                                         guint          column);
/* The field of the current row at a raw index (for REPEATED columns), trimmed. */
const char *mr_import_file_get_field    (MrImportFile  *file,
                                         guint          field);
void        mr_import_file_set_error    (MrImportFile  *file,
                                         GError       **error,
                                         int            code,
                                         const char    *format,
                                         ...) G_GNUC_PRINTF (4, 5);

void        mr_import_file_free         (MrImportFile  *file);
/* Reads every row into @sink with the file's format. */
gboolean    mr_import_file_read         (MrImportFile  *file,
                                         MrImportSink  *sink,
                                         GCancellable  *cancellable,
                                         GError       **error);

/* "YYYY-MM-DD" into @buffer (11 bytes). */
void        mr_import_format_day        (const GDate   *date,
                                         char          *buffer);

GQuark      mr_import_error_quark       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrImportFile, mr_import_file_free)

G_END_DECLS
