/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "mr-campaign-report-private.h"
#include "mr-report-private.h"

/* A report is its sections, read from the store when it is made; laying it out turns
 * them into pages for one paper size and one Pango context, which are then drawn. */

/* The footer sits inside the bottom margin's edge: a hairline, then one line of text. */
#define FOOTER_RESERVE 24.0
#define FOOTER_TEXT    9.0

static const struct
{
  const char  *family;
  double       size;
  PangoWeight  weight;
} fonts[MR_REPORT_N_FONTS] = {
  [MR_REPORT_FONT_TITLE] = { "Cantarell", 21.0, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_SCORE] = { "Cantarell", 34.0, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_VERDICT] = { "Cantarell", 14.0, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_HEADING] = { "Cantarell", 12.5, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_BODY] = { "Cantarell", 10.0, PANGO_WEIGHT_NORMAL },
  [MR_REPORT_FONT_BODY_BOLD] = { "Cantarell", 10.0, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_SMALL] = { "Cantarell", 9.0, PANGO_WEIGHT_NORMAL },
  [MR_REPORT_FONT_SMALL_BOLD] = { "Cantarell", 9.0, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_CAPTION] = { "Cantarell", 7.5, PANGO_WEIGHT_NORMAL },
  [MR_REPORT_FONT_CAPTION_BOLD] = { "Cantarell", 7.5, PANGO_WEIGHT_BOLD },
  [MR_REPORT_FONT_CHART] = { "Cantarell", 8.0, PANGO_WEIGHT_NORMAL },
};

static void
style_init (MrReportStyle *style)
{
  mr_chart_palette_init (&style->palette, FALSE);
  /* Adwaita's warning colour for text on a light background (#9c6e03). */
  style->caution = (MrChartColor) { 0.612, 0.431, 0.012, 1.0 };
  style->rule = style->palette.grid;
  for (guint i = 0; i < MR_REPORT_N_FONTS; i++)
    {
      style->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family_static (style->fonts[i], fonts[i].family);
      pango_font_description_set_size (style->fonts[i], (int) (fonts[i].size * PANGO_SCALE));
      pango_font_description_set_weight (style->fonts[i], fonts[i].weight);
    }
}

static void
style_clear (MrReportStyle *style)
{
  for (guint i = 0; i < MR_REPORT_N_FONTS; i++)
    g_clear_pointer (&style->fonts[i], pango_font_description_free);
}

static guint32
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

MrReport *
mr_report_alloc (void)
{
  MrReport *self = g_new0 (MrReport, 1);

  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_report_section_free);
  self->date = today ();
  style_init (&self->style);

  return self;
}

MrReport *
mr_report_new (MrStore    *store,
               MrCreator **creators,
               guint       n_creators,
               GError    **error)
{
  g_autoptr(MrReport) self = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (creators != NULL, NULL);
  g_return_val_if_fail (n_creators > 0, NULL);

  self = mr_report_alloc ();
  for (guint i = 0; i < n_creators; i++)
    {
      MrReportSection *section;

      g_return_val_if_fail (MR_IS_CREATOR (creators[i]), NULL);
      if ((section = mr_report_section_load (store, creators[i], error)) == NULL)
        return NULL;
      g_ptr_array_add (self->sections, section);
    }

  return g_steal_pointer (&self);
}

void
mr_report_free (MrReport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->layout, mr_page_layout_free);
  g_ptr_array_unref (self->sections);
  g_clear_pointer (&self->campaign, mr_campaign_section_free);
  style_clear (&self->style);
  g_free (self);
}

/* A name a file system accepts: no folder separators, no control characters, and no
 * leading dot that would hide it. */
static char *
file_name_safe (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c) || (out->len == 0 && c == '.'))
        g_string_append_c (out, out->len == 0 && c == '.' ? '_' : '-');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
mr_report_get_file_name (MrReport *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->campaign != NULL)
    /* Translators: the file name a campaign's report is saved under; %s is the
     * campaign's name. */
    name = g_strdup_printf (_("%s – campaign report.pdf"), self->campaign->name);
  else if (self->sections->len == 1)
    {
      const MrReportSection *section = g_ptr_array_index (self->sections, 0);

      /* Translators: the file name a creator's report is saved under; %s is the
       * creator's name. */
      name = g_strdup_printf (_("%s – vetting report.pdf"), section->name);
    }
  else
    /* Translators: the file name of one report on several creators. */
    name = g_strdup_printf (ngettext ("Vetting report of %u creator.pdf",
                                      "Vetting reports of %u creators.pdf", self->sections->len),
                            self->sections->len);

  return file_name_safe (name);
}

static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Paper: text measured in points, glyphs placed where the font says, not on a
   * screen's pixel grid. */
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

guint
mr_report_paginate (MrReport *self,
                    cairo_t  *cr,
                    double    width,
                    double    height)
{
  PangoContext *context;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  context = create_context (cr);
  g_clear_pointer (&self->layout, mr_page_layout_free);
  self->layout = mr_page_layout_new (context, width, height, MR_REPORT_MARGIN, FOOTER_RESERVE);
  /* The layout keeps the context the text was measured with. */
  g_object_unref (context);
  self->chart_style = (MrChartStyle) {
    .palette = self->style.palette,
    .context = context,
    .font = self->style.fonts[MR_REPORT_FONT_CHART],
  };

  if (self->campaign != NULL)
    {
      MrReportWriter w = {
        .report = self,
        .campaign = self->campaign,
        .layout = self->layout,
        .width = mr_page_layout_get_width (self->layout),
      };

      mr_campaign_report_write (&w);
    }

  for (guint i = 0; i < self->sections->len; i++)
    {
      MrReportWriter w = {
        .report = self,
        .section = g_ptr_array_index (self->sections, i),
        .layout = self->layout,
        .width = mr_page_layout_get_width (self->layout),
      };

      mr_page_layout_break_page (self->layout, i);
      mr_report_write_header (&w);
      mr_report_write_verdict (&w);
      mr_report_write_metrics (&w);
      mr_report_write_price (&w);
      mr_report_write_flags (&w);
      mr_report_write_score_parts (&w);
      mr_report_write_growth (&w);
      mr_report_write_engagement (&w);
      mr_report_write_audience (&w);
      mr_report_write_checklist (&w);
      mr_report_write_sources (&w);
    }

  return mr_page_layout_get_n_pages (self->layout);
}

guint
mr_report_get_n_pages (MrReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->layout != NULL ? mr_page_layout_get_n_pages (self->layout) : 0;
}

static void
draw_footer_text (cairo_t            *cr,
                  PangoLayout        *layout,
                  double              x,
                  double              y,
                  const MrChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Whom or what a page is about: its section's creator, or the campaign. */
static const char *
page_subject (MrReport *self,
              guint     page)
{
  const MrReportSection *section;

  if (self->campaign != NULL)
    return self->campaign->name;
  section = g_ptr_array_index (self->sections, mr_page_layout_get_page_tag (self->layout, page));
  return section->name;
}

static void
draw_footer (MrReport *self,
             cairo_t  *cr,
             guint     page)
{
  MrPageLayout *layout = self->layout;
  const PangoFontDescription *font = self->style.fonts[MR_REPORT_FONT_CAPTION];
  double margin = mr_page_layout_get_margin (layout);
  double width = mr_page_layout_get_width (layout);
  double bottom = mr_page_layout_get_page_height (layout) - margin;
  double third = width / 3;
  g_autofree char *date = mr_report_format_day (self->date);
  /* Translators: in the report's footer. */
  g_autofree char *number = g_strdup_printf (_("Page %1$u of %2$u"), page + 1,
                                             mr_page_layout_get_n_pages (layout));
  g_autoptr(PangoLayout) name = mr_page_layout_create_text (layout, font, third - 6, PANGO_ALIGN_LEFT,
                                                            FALSE, page_subject (self, page));
  g_autoptr(PangoLayout) day = mr_page_layout_create_text (layout, font, third, PANGO_ALIGN_CENTER,
                                                           FALSE, date);
  g_autoptr(PangoLayout) count = mr_page_layout_create_text (layout, font, third - 6, PANGO_ALIGN_RIGHT,
                                                             TRUE, number);

  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  cairo_save (cr);
  cairo_set_source_rgba (cr, self->style.rule.red, self->style.rule.green, self->style.rule.blue, 1.0);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, margin, bottom - FOOTER_TEXT - 6);
  cairo_line_to (cr, margin + width, bottom - FOOTER_TEXT - 6);
  cairo_stroke (cr);
  draw_footer_text (cr, name, margin, bottom - FOOTER_TEXT, &self->style.palette.dim);
  draw_footer_text (cr, day, margin + third, bottom - FOOTER_TEXT, &self->style.palette.dim);
  draw_footer_text (cr, count, margin + 2 * third + 6, bottom - FOOTER_TEXT, &self->style.palette.dim);
  cairo_restore (cr);
}

void
mr_report_draw_page (MrReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->layout != NULL);
  g_return_if_fail (page < mr_page_layout_get_n_pages (self->layout));

  mr_page_layout_draw_page (self->layout, cr, page);
  draw_footer (self, cr, page);
}

/* ── PDF ────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline (MrReport        *self,
             cairo_surface_t *surface)
{
  guint section = G_MAXUINT;

  for (guint page = 0; page < mr_page_layout_get_n_pages (self->layout); page++)
    {
      guint tag = mr_page_layout_get_page_tag (self->layout, page);
      g_autofree char *link = NULL;

      if (tag == section)
        continue;
      section = tag;
      link = g_strdup_printf ("page=%u", page + 1);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                     ((MrReportSection *) g_ptr_array_index (self->sections, tag))->name,
                                     link, 0);
    }
}

gboolean
mr_report_write_pdf (MrReport       *self,
                     GOutputStream  *stream,
                     MrReportPaper   paper,
                     GCancellable   *cancellable,
                     GError        **error)
{
  Sink sink = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;
  g_autofree char *title = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  mr_report_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &sink, width, height);
  if (self->campaign != NULL)
    /* Translators: the PDF's title; %s is the campaign's name. */
    title = g_strdup_printf (_("Campaign report: %s"), self->campaign->name);
  else if (self->sections->len == 1)
    /* Translators: the PDF's title; %s is the creator's name. */
    title = g_strdup_printf (_("Vetting report: %s"),
                             ((MrReportSection *) g_ptr_array_index (self->sections, 0))->name);
  else
    title = g_strdup (_("Vetting reports"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Microreach " PACKAGE_VERSION);

  cr = cairo_create (surface);
  n_pages = mr_report_paginate (self, cr, width, height);
  for (guint i = 0; i < n_pages && !g_cancellable_is_cancelled (cancellable); i++)
    {
      mr_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  if (self->sections->len > 1)
    add_outline (self, surface);
  /* The text was measured with this thread's fonts: let go of them on this thread. */
  g_clear_pointer (&self->layout, mr_page_layout_free);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's reason, in English. */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
mr_report_write_pdf_file (MrReport       *self,
                          GFile          *file,
                          MrReportPaper   paper,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean existed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  existed = g_file_query_exists (file, cancellable);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  /* A file the report replaces stays as it was until the new one is complete; a new
   * file that could not be finished is not left behind half written. */
  if (!mr_report_write_pdf (self, G_OUTPUT_STREAM (stream), paper, cancellable, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}
