/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-store.h"

G_BEGIN_DECLS

/* The figures of a result row a marketer types in, in the order of the table. */
typedef enum
{
  MR_RESULTS_FIELD_IMPRESSIONS,
  MR_RESULTS_FIELD_REACH,
  MR_RESULTS_FIELD_CLICKS,
  MR_RESULTS_FIELD_CONVERSIONS,
  MR_RESULTS_FIELD_ENGAGEMENTS,
  MR_RESULTS_FIELD_REVENUE,
  MR_RESULTS_N_FIELDS
} MrResultsField;

#define MR_TYPE_RESULTS_ITEM (mr_results_item_get_type ())
G_DECLARE_FINAL_TYPE (MrResultsItem, mr_results_item, MR, RESULTS_ITEM, GObject)

/* One member's results of one day, as a row of the results editor. The row keeps what
 * the store holds; a figure the store refused is kept beside it, as typed, with the
 * reason, until it is corrected. "changed" tells the cells to show it again. */
MrResultsItem     *mr_results_item_new              (MrCampaignMember  *member,
                                                     const char        *creator_name,
                                                     const MrResultRow *row);

MrCampaignMember  *mr_results_item_get_member       (MrResultsItem     *self);
const char        *mr_results_item_get_creator_name (MrResultsItem     *self);
/* YYYY-MM-DD */
const char        *mr_results_item_get_date         (MrResultsItem     *self);
/* The day as a sentence writes it: "3 March 2025". */
char              *mr_results_item_format_day       (MrResultsItem     *self);
const MrResultRow *mr_results_item_get_row          (MrResultsItem     *self);
/* What the store holds now; a refused figure stays until it is cleared. */
void               mr_results_item_set_row          (MrResultsItem     *self,
                                                     const MrResultRow *row);
/* The figure as the cell shows it, "" when not known. */
char              *mr_results_item_format           (MrResultsItem     *self,
                                                     MrResultsField     field);
/* A figure that was refused: @text as typed and why, or NULL to clear. */
void               mr_results_item_set_refused      (MrResultsItem     *self,
                                                     MrResultsField     field,
                                                     const char        *text,
                                                     const char        *reason);
const char        *mr_results_item_get_refused_text (MrResultsItem     *self,
                                                     MrResultsField     field);
const char        *mr_results_item_get_refused_reason (MrResultsItem   *self,
                                                       MrResultsField   field);
/* By day, then by creator name: the editor's order. */
int                mr_results_item_compare          (gconstpointer      a,
                                                     gconstpointer      b,
                                                     gpointer           user_data);

const char        *mr_results_field_get_title       (MrResultsField     field);
/* Reads @text, written the way this language writes numbers ("1,250" in English,
 * "1.250" in Dutch; "12.50" and "12,50" for revenue), into @field of @row. An empty
 * text is "not known". FALSE with a sentence that says how to write it otherwise. */
gboolean           mr_results_field_parse           (MrResultsField     field,
                                                     const char        *text,
                                                     MrResultRow       *row,
                                                     GError           **error);

G_END_DECLS
