/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"
#include "mr-creator-figures.h"
#include "mr-page-layout.h"
#include "mr-report.h"

G_BEGIN_DECLS

/* ── What a section shows, copied from the store (mr-report-section.c) ──────────── */

typedef struct
{
  char     *platform;       /* translated label */
  char     *handle;
  gint64    followers;      /* MR_UNKNOWN_COUNT when not known */
  gint64    posts;          /* posts imported */
  gboolean  primary;
} MrReportAccount;

typedef struct
{
  char     *file_name;
  char     *contents;       /* the format's translated label */
  char     *account;        /* "TikTok @handle" when the creator has several accounts */
  gint64    rows;
  guint32   first_day;      /* Julian days; 0 when the file has no dates */
  guint32   last_day;
  guint32   imported_day;   /* 0 when not known */
} MrReportSource;

typedef struct
{
  char *label;
  int   rating;             /* 0–5, -1 when not rated */
  char *note;
} MrReportCheck;

typedef struct
{
  char              *name;
  char              *niche;
  char              *country;
  char              *status;
  MrTierScheme       tier_scheme;
  GArray            *accounts;          /* MrReportAccount */
  MrCreatorFigures  *figures;
  char              *audience_source;   /* "From TikTok: handle" with several accounts */
  char              *activity_source;
  GArray            *checks;            /* MrReportCheck */
  GArray            *sources;           /* MrReportSource */
} MrReportSection;

MrReportSection *mr_report_section_load (MrStore          *store,
                                         MrCreator        *creator,
                                         GError          **error);
void             mr_report_section_free (MrReportSection  *section);

/* A campaign report's one section (mr-campaign-report-private.h). */
typedef struct _MrCampaignSection MrCampaignSection;

/* "YYYY-MM-DD" as a Julian day, 0 when it is none. */
guint32          mr_report_parse_day    (const char       *text);

/* ── How it looks ────────────────────────────────────────────────────────────────── */

typedef enum
{
  MR_REPORT_FONT_TITLE,
  MR_REPORT_FONT_SCORE,
  MR_REPORT_FONT_VERDICT,
  MR_REPORT_FONT_HEADING,
  MR_REPORT_FONT_BODY,
  MR_REPORT_FONT_BODY_BOLD,
  MR_REPORT_FONT_SMALL,
  MR_REPORT_FONT_SMALL_BOLD,
  MR_REPORT_FONT_CAPTION,
  MR_REPORT_FONT_CAPTION_BOLD,
  MR_REPORT_FONT_CHART,
  MR_REPORT_N_FONTS
} MrReportFont;

typedef struct
{
  MrChartPalette        palette;
  MrChartColor          caution;      /* "review": amber that reads on white */
  MrChartColor          rule;         /* lines between table rows */
  PangoFontDescription *fonts[MR_REPORT_N_FONTS];
} MrReportStyle;

/* Millimetres to points. */
#define MR_REPORT_MM(mm) ((mm) * 72.0 / 25.4)
#define MR_REPORT_MARGIN MR_REPORT_MM (18.0)

struct _MrReport
{
  GPtrArray         *sections;     /* MrReportSection: a vetting report's, one a creator */
  MrCampaignSection *campaign;     /* a campaign report's, or NULL */
  guint32            date;         /* Julian: the day the report is made */
  MrReportStyle      style;
  MrPageLayout      *layout;
  MrChartStyle       chart_style;  /* with the layout's context */
};

/* An empty report, for the kinds of report to fill (mr-report.c). */
MrReport *mr_report_alloc (void);

/* ── Writing a section (mr-report-blocks.c) ─────────────────────────────────────── */

typedef struct
{
  MrReport                *report;
  const MrReportSection   *section;    /* NULL in a campaign report */
  const MrCampaignSection *campaign;   /* NULL in a vetting report */
  MrPageLayout            *layout;
  double                   width;      /* the body's */
} MrReportWriter;

typedef struct
{
  double          x;
  double          width;
  PangoAlignment  alignment;
} MrReportColumn;

const MrChartColor *mr_report_color_for_recommendation (const MrReportStyle *style,
                                                        MrRecommendation     recommendation);
MrChartColor        mr_report_tint                     (const MrChartColor  *color,
                                                        double               amount);

PangoLayout *mr_report_text        (MrReportWriter        *w,
                                    MrReportFont           font,
                                    double                 width,
                                    PangoAlignment         alignment,
                                    const char            *text);
/* As mr_report_text (), with the bytes @bold_start … @bold_end set in bold. */
PangoLayout *mr_report_text_bold_range (MrReportWriter    *w,
                                        MrReportFont       font,
                                        double             width,
                                        const char        *text,
                                        gsize              bold_start,
                                        gsize              bold_end);
/* A list item: "•", then @text indented so that its lines align. */
PangoLayout *mr_report_bullet      (MrReportWriter        *w,
                                    MrReportFont           font,
                                    double                 width,
                                    const char            *label,
                                    const char            *text);
void         mr_report_cell_text   (MrReportWriter        *w,
                                    MrLayoutRow           *row,
                                    guint                  cell,
                                    const MrReportColumn  *column,
                                    MrReportFont           font,
                                    const MrChartColor    *color,
                                    const char            *text,
                                    double                 space_before);

/* The top of a report: its kind in capitals beside the app's name, then @title and a
 * line @about it (NULL for none), over a rule. */
void         mr_report_add_title_block (MrReportWriter    *w,
                                        const char        *kind,
                                        const char        *title,
                                        const char        *about);
/* A small caption over a value, in a cell of @row: the facts under a title block. */
void         mr_report_add_fact      (MrReportWriter      *w,
                                      MrLayoutRow         *row,
                                      double               x,
                                      double               width,
                                      const char          *caption,
                                      const char          *value);
/* A coloured dot left of the cell's first line: a severity, a judgement. The cell
 * needs 10 points of room on its left. */
void         mr_report_add_dot       (MrLayoutRow         *row,
                                      guint                cell,
                                      const MrChartColor  *color);

/* A section's heading, kept on the page with @keep points of what follows. */
void         mr_report_add_heading   (MrReportWriter      *w,
                                      const char          *title,
                                      const char          *subtitle,
                                      double               keep);
MrLayoutRow *mr_report_paragraph_new (MrReportWriter      *w,
                                      MrReportFont         font,
                                      const MrChartColor  *color,
                                      const char          *text);
void         mr_report_add_paragraph (MrReportWriter      *w,
                                      MrReportFont         font,
                                      const MrChartColor  *color,
                                      const char          *text,
                                      double               space_before);
/* A table's header row; the rows follow with mr_report_add_table_row (). */
void         mr_report_add_table_header (MrReportWriter      *w,
                                         const MrReportColumn *columns,
                                         const char * const  *titles,
                                         guint                n_columns,
                                         double               keep);
/* A plain row of one paragraph per column (NULL for an empty cell). */
void         mr_report_add_table_row (MrReportWriter       *w,
                                      const MrReportColumn *columns,
                                      const char * const   *texts,
                                      guint                 n_columns);
void         mr_report_finish_row    (MrReportWriter       *w,
                                      MrLayoutRow          *row);

/* A chart across the body, or its placeholder when it has no data. */
typedef void (*MrReportChartFunc) (cairo_t                 *cr,
                                   const MrChartStyle      *style,
                                   const cairo_rectangle_t *area,
                                   gconstpointer            data);
void         mr_report_add_chart     (MrReportWriter       *w,
                                      double                height,
                                      MrReportChartFunc     draw,
                                      gconstpointer         data);

const char  *mr_report_component_reason (const MrScore    *score,
                                         MrScoreComponent  component);

/* Numbers as the report writes them. */
char        *mr_report_format_count_or_dash  (gint64        value);
char        *mr_report_format_money          (const char   *currency,
                                              double        amount,
                                              guint         decimals);
char        *mr_report_format_money_range    (const char   *currency,
                                              double        min,
                                              double        max);
char        *mr_report_format_signed_percent (double        value);
char        *mr_report_format_signed_count   (gint64        value);
char        *mr_report_format_day            (guint32       julian);
char        *mr_report_capitalise            (const char   *text);

/* ── The parts of a section, in order ───────────────────────────────────────────── */

/* mr-report-summary.c: who, and the verdict. */
void mr_report_write_header      (MrReportWriter *w);
void mr_report_write_verdict     (MrReportWriter *w);
/* mr-report-metrics.c: the metrics and the score's parts. */
void mr_report_write_metrics     (MrReportWriter *w);
void mr_report_write_score_parts (MrReportWriter *w);
/* mr-report-evidence.c: the charts, flags, checklist, price and sources. */
void mr_report_write_growth      (MrReportWriter *w);
void mr_report_write_engagement  (MrReportWriter *w);
void mr_report_write_flags       (MrReportWriter *w);
void mr_report_write_audience    (MrReportWriter *w);
void mr_report_write_checklist   (MrReportWriter *w);
void mr_report_write_price       (MrReportWriter *w);
void mr_report_write_sources     (MrReportWriter *w);

G_END_DECLS
