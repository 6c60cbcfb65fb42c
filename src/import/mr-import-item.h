/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-import-format.h"

G_BEGIN_DECLS

typedef enum {
  MR_IMPORT_ITEM_READY,          /* recognised and attributed */
  MR_IMPORT_ITEM_NEEDS_CREATOR,  /* recognised; whose statistics is not known yet */
  MR_IMPORT_ITEM_DUPLICATE,      /* this content was imported before */
  MR_IMPORT_ITEM_UNRECOGNIZED,   /* not an export we read, or broken: see the message */
} MrImportItemState;

#define MR_TYPE_IMPORT_ITEM (mr_import_item_get_type ())

G_DECLARE_FINAL_TYPE (MrImportItem, mr_import_item, MR, IMPORT_ITEM, GObject)

/* One file of an import, as the confirmation lists it. */
MrImportItem         *mr_import_item_new             (GFile        *file);
GFile                *mr_import_item_get_file        (MrImportItem *self);
const char           *mr_import_item_get_display_name (MrImportItem *self);
MrImportItemState     mr_import_item_get_state       (MrImportItem *self);
/* What the format is, in words: "TikTok Studio: follower history". */
const char           *mr_import_item_get_format_label (MrImportItem *self);
/* The account its statistics belong to: named by the file or its set, or chosen. */
const char           *mr_import_item_get_handle      (MrImportItem *self);
void                  mr_import_item_set_handle      (MrImportItem *self,
                                                      const char   *handle);
/* Whether the user may change the account (the file does not name it itself). */
gboolean              mr_import_item_get_handle_editable (MrImportItem *self);
/* A creator list's header row as written, NULL-terminated; NULL for other files. */
const char * const   *mr_import_item_get_headers     (MrImportItem *self);
/* The roster column (mr_import_roster_get_column_label ()) that header field @field is
 * read as, or -1 when it is not imported. */
int                   mr_import_item_get_column      (MrImportItem *self,
                                                      guint         field);
/* Reads header field @field as @column, or not at all (-1). A column comes from one
 * field: another field that held @column is no longer imported. */
void                  mr_import_item_set_column      (MrImportItem *self,
                                                      guint         field,
                                                      int           column);
/* A creator list's columns in words, "Naam → name, Volgers → followers"; NULL for
 * other files. Changes with the columns (notify::mapping). */
const char           *mr_import_item_get_mapping     (MrImportItem *self);
/* For the confirmation: rows, dates, account on one line; a creator list's columns on
 * a second. */
char                 *mr_import_item_describe        (MrImportItem *self);

G_END_DECLS
