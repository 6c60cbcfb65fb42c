/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-formats.h"
#include "mr-import-item-private.h"
#include "mr-import-json.h"
#include "mr-import-plan-private.h"
#include "mr-import-tiktok.h"
#include "mr-store.h"

G_DEFINE_FINAL_TYPE (MrImportPlan, mr_import_plan, G_TYPE_OBJECT)

static void
mr_import_plan_finalize (GObject *object)
{
  MrImportPlan *self = MR_IMPORT_PLAN (object);

  g_clear_object (&self->items);
  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->accounts, g_hash_table_unref);
  g_clear_pointer (&self->left_out_names, g_ptr_array_unref);
  g_free (self->creator);

  G_OBJECT_CLASS (mr_import_plan_parent_class)->finalize (object);
}

static void
mr_import_plan_class_init (MrImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mr_import_plan_finalize;
}

static void
mr_import_plan_init (MrImportPlan *self)
{
  self->items = g_list_store_new (MR_TYPE_IMPORT_ITEM);
  self->results = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->left_out_names = g_ptr_array_new_with_free_func (g_free);
}

MrImportPlan *
mr_import_plan_new (void)
{
  return g_object_new (MR_TYPE_IMPORT_PLAN, NULL);
}

GListModel *
mr_import_plan_get_items (MrImportPlan *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
mr_import_plan_set_creator (MrImportPlan *self,
                            const char   *creator)
{
  g_return_if_fail (MR_IS_IMPORT_PLAN (self));

  g_free (self->creator);
  self->creator = creator != NULL && creator[0] != '\0' ? g_strdup (creator) : NULL;
}

/* ── Files and folders ───────────────────────────────────────────────────────────── */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (g_file_info_get_name (*(GFileInfo * const *) a),
                    g_file_info_get_name (*(GFileInfo * const *) b));
}

/* Whether @info (of a folder or file, links followed) is one seen before: a link to a
 * folder above it, or two ways to one file, would bring the same files in again. */
static gboolean
seen_before (GHashTable *seen,
             GFileInfo  *info)
{
  const char *id = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE);

  return id != NULL && !g_hash_table_add (seen, g_strdup (id));
}

static gboolean
add_folder (MrImportPlan  *self,
            GFile         *folder,
            guint          depth,
            GHashTable    *seen,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  /* Links are followed, so that a download kept elsewhere and linked in comes along. */
  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_ID_FILE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (children == NULL)
    return FALSE;
  while ((info = g_file_enumerator_next_file (children, cancellable, error)) != NULL)
    {
      if (!g_file_info_get_is_hidden (info))
        g_ptr_array_add (infos, info);
      else
        g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (infos, compare_names);
  for (guint i = 0; i < infos->len; i++)
    {
      GFileInfo *child_info = g_ptr_array_index (infos, i);
      g_autoptr(GFile) child = g_file_get_child (folder, g_file_info_get_name (child_info));
      GFileType type = g_file_info_get_file_type (child_info);

      if (type != G_FILE_TYPE_DIRECTORY && type != G_FILE_TYPE_REGULAR)
        continue;
      if (seen_before (seen, child_info))
        continue;
      /* Downloads are a folder of files, or a folder of such folders; deeper is a disk. */
      if (type == G_FILE_TYPE_DIRECTORY && depth < 3)
        {
          if (!add_folder (self, child, depth + 1, seen, cancellable, error))
            return FALSE;
        }
      else if (type == G_FILE_TYPE_REGULAR)
        {
          g_autoptr(MrImportItem) item = mr_import_item_new (child);

          g_list_store_append (self->items, item);
        }
    }
  return TRUE;
}

/* The id of @file (links followed), or NULL. */
static char *
file_id (GFile        *file,
         GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  return info != NULL ? g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE))
                      : NULL;
}

gboolean
mr_import_plan_add_files (MrImportPlan  *self,
                          GFile        **files,
                          guint          n_files,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), FALSE);

  for (guint i = 0; i < n_files; i++)
    {
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (type == G_FILE_TYPE_DIRECTORY)
        {
          g_autofree char *id = file_id (files[i], cancellable);

          if (id != NULL && !g_hash_table_add (seen, g_steal_pointer (&id)))
            continue;
          if (!add_folder (self, files[i], 0, seen, cancellable, error))
            return FALSE;
        }
      else
        {
          g_autoptr(MrImportItem) item = mr_import_item_new (files[i]);

          item->named = TRUE;
          g_list_store_append (self->items, item);
        }
    }
  return TRUE;
}

/* ── Scanning ────────────────────────────────────────────────────────────────────── */

/* A sink that only notes what the confirmation shows. */
typedef struct {
  MrImportSink  parent;
  MrImportItem *item;
  gboolean      stop_at_account;
} SummarySink;

#define STOP_CODE (-1)

static void
note_day (MrImportItem *item,
          const char   *day)
{
  if (day == NULL || day[0] == '\0')
    return;
  if (item->first_day[0] == '\0' || strcmp (day, item->first_day) < 0)
    g_strlcpy (item->first_day, day, sizeof item->first_day);
  if (strcmp (day, item->last_day) > 0)
    g_strlcpy (item->last_day, day, sizeof item->last_day);
}

static gboolean
summary_account (MrImportSink *sink, const MrImportAccount *account, GError **error)
{
  SummarySink *self = (SummarySink *) sink;

  if (account->handle != NULL && self->item->handle == NULL &&
      self->item->format->subject != MR_IMPORT_SUBJECT_NAMED)
    {
      self->item->handle = g_strdup (account->handle);
      self->item->platform = account->platform;
      self->item->handle_from_file = TRUE;
    }
  else if (account->handle != NULL && self->item->format->subject == MR_IMPORT_SUBJECT_NAMED &&
           self->item->account_name == NULL)
    self->item->account_name = g_strconcat ("@", account->handle, NULL);
  if (self->stop_at_account)
    {
      g_set_error_literal (error, MR_IMPORT_ERROR, STOP_CODE, "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
summary_post (MrImportSink *sink, const MrImportPost *post, GError **error)
{
  if (post->published_at != MR_IMPORT_NO_TIME)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (post->published_at);
      g_autofree char *day = time != NULL ? g_date_time_format (time, "%Y-%m-%d") : NULL;

      note_day (((SummarySink *) sink)->item, day);
    }
  return TRUE;
}

static gboolean
summary_followers (MrImportSink *sink, const MrImportFollowers *f, GError **error)
{
  note_day (((SummarySink *) sink)->item, f->day);
  return TRUE;
}

static gboolean
summary_daily (MrImportSink *sink, const MrImportDaily *d, GError **error)
{
  note_day (((SummarySink *) sink)->item, d->day);
  return TRUE;
}

static gboolean
summary_audience (MrImportSink *sink, const MrImportAudience *a, GError **error)
{
  return TRUE;
}

static gboolean
summary_activity (MrImportSink *sink, const MrImportActivity *a, GError **error)
{
  note_day (((SummarySink *) sink)->item, a->day);
  return TRUE;
}

static gboolean
summary_search (MrImportSink *sink, const MrImportSearch *s, GError **error)
{
  note_day (((SummarySink *) sink)->item, s->period_start);
  note_day (((SummarySink *) sink)->item, s->period_end);
  return TRUE;
}

static gboolean
summary_total (MrImportSink *sink, const MrImportTotal *t, GError **error)
{
  return TRUE;
}

static const MrImportSinkClass summary_sink_class = {
  summary_account, summary_post, summary_followers, summary_daily, summary_audience,
  summary_activity, summary_search, summary_total,
};

static gboolean
is_search_console (const MrImportFormat *format)
{
  return format != NULL && g_str_has_prefix (format->id, "search-console-");
}

static gboolean
has_checksum (sqlite3    *db,
              const char *checksum)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (db == NULL || checksum == NULL ||
      sqlite3_prepare_v2 (db, "SELECT 1 FROM import_log WHERE content_hash = ?1", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, checksum, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

char *
mr_import_plan_checksum (GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 buffer[65536];
  gssize n;

  if (stream == NULL)
    return NULL;
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                   cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

static void
scan_item (MrImportItem  *item,
           MrImportScan   scan,
           sqlite3       *db,
           GCancellable  *cancellable)
{
  g_autoptr(MrImportFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SummarySink sink = { { &summary_sink_class }, item, scan == MR_IMPORT_SCAN_QUICK };

  if (mr_import_json_is_export (item->file, cancellable))
    {
      item->restore = TRUE;
      if (scan == MR_IMPORT_SCAN_FULL)
        {
          item->checksum = mr_import_plan_checksum (item->file, cancellable, NULL);
          if (has_checksum (db, item->checksum))
            mr_import_item_set_state (item, MR_IMPORT_ITEM_DUPLICATE, NULL);
        }
      return;
    }

  file = mr_import_file_open (item->file, cancellable, &error);
  if (file == NULL)
    {
      /* A header that lacks one column is an export all the same, worth its own line. */
      item->foreign = !g_error_matches (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_MISSING_COLUMN);
      mr_import_item_set_state (item, MR_IMPORT_ITEM_UNRECOGNIZED, error->message);
      return;
    }
  item->format = file->format;
  item->platform = file->format->platform;
  item->export_date = file->export_date;
  /* Before any row is read: a roster refused for a value still shows its columns. */
  if (file->format == &mr_import_format_roster)
    mr_import_item_take_roster (item, file);

  if (file->format == &mr_import_format_tiktok_content)
    {
      g_autoptr(MrImportFile) again = mr_import_file_open (item->file, cancellable, NULL);
      GDate day;

      g_date_clear (&day, 1);
      if (again != NULL && mr_import_tiktok_find_export_date (again, &day, cancellable, NULL) &&
          g_date_valid (&day))
        item->export_date = day;
      file->export_date = item->export_date;
    }

  /* Read now only what attribution needs, unless the user is to see everything. */
  if (scan == MR_IMPORT_SCAN_QUICK && file->format != &mr_import_format_tiktok_content &&
      file->format->subject != MR_IMPORT_SUBJECT_SET_INFO)
    return;

  if (is_search_console (file->format) && file->format->subject != MR_IMPORT_SUBJECT_SET_INFO)
    {
      file->period_start = file->export_date;
      file->period_end = file->export_date;
    }
  if (!mr_import_file_read (file, &sink.parent, cancellable, &error) &&
      !g_error_matches (error, MR_IMPORT_ERROR, STOP_CODE))
    {
      mr_import_item_set_state (item, MR_IMPORT_ITEM_UNRECOGNIZED, error->message);
      return;
    }
  if (file->format->subject == MR_IMPORT_SUBJECT_SET_INFO)
    {
      item->period_start = file->period_start;
      item->period_end = file->period_end;
    }
  if (scan == MR_IMPORT_SCAN_FULL)
    {
      item->rows = file->rows;
      item->checksum = g_strdup (mr_csv_reader_get_checksum (file->csv));
      if (has_checksum (db, item->checksum))
        mr_import_item_set_state (item, MR_IMPORT_ITEM_DUPLICATE, NULL);
    }
}

/* The account of a creator named by the user, on @platform. */
static char *
handle_of_creator (sqlite3    *db,
                   const char *name,
                   MrPlatform  platform)
{
  sqlite3_stmt *stmt = NULL;
  char *handle = NULL;

  if (db == NULL ||
      sqlite3_prepare_v2 (db, "SELECT a.handle FROM account a JOIN creator c ON c.id = a.creator_id"
                              " WHERE c.name = ?1 COLLATE NOCASE AND a.platform = ?2"
                              " ORDER BY a.followers DESC LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, mr_platform_to_string (platform), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    handle = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return handle;
}

/* Files that do not say whose they are take the account their set names: a TikTok
 * download's Content file, or the only account of that platform among the files. */
static void
attribute (MrImportPlan *self,
           sqlite3      *db)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      const char *same_folder = NULL, *anywhere = NULL;
      gboolean ambiguous = FALSE;
      GDate export_date;

      if (item->format == NULL || item->state == MR_IMPORT_ITEM_UNRECOGNIZED)
        continue;

      g_date_clear (&export_date, 1);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MrImportItem) other = g_list_model_get_item (G_LIST_MODEL (self->items), j);

          if (other->format == NULL)
            continue;
          if (other->handle_from_file && other->platform == item->platform &&
              other->format->subject == MR_IMPORT_SUBJECT_ACCOUNT)
            {
              if (g_str_equal (other->directory, item->directory))
                same_folder = other->handle;
              if (anywhere != NULL && g_ascii_strcasecmp (anywhere, other->handle) != 0)
                ambiguous = TRUE;
              anywhere = other->handle;
            }
          /* A set's own download day beats a file's modification time. */
          if (other->format == &mr_import_format_tiktok_content &&
              item->platform == MR_PLATFORM_TIKTOK &&
              g_str_equal (other->directory, item->directory))
            export_date = other->export_date;
          if (is_search_console (item->format) &&
              other->format == &mr_import_format_search_console_filters &&
              g_str_equal (other->directory, item->directory) &&
              g_date_valid (&other->period_start) && !g_date_valid (&item->period_start))
            {
              item->period_start = other->period_start;
              item->period_end = other->period_end;
            }
        }
      if (g_date_valid (&export_date))
        item->export_date = export_date;

      if (item->format->subject != MR_IMPORT_SUBJECT_ACCOUNT || item->handle_from_file)
        continue;
      if (item->handle == NULL)
        {
          g_autofree char *chosen = NULL;

          if (same_folder != NULL)
            chosen = g_strdup (same_folder);
          else if (anywhere != NULL && !ambiguous)
            chosen = g_strdup (anywhere);
          else if (self->creator != NULL && self->creator[0] == '@')
            chosen = g_strdup (self->creator + 1);
          else if (self->creator != NULL)
            chosen = handle_of_creator (db, self->creator, item->platform);
          item->handle = g_steal_pointer (&chosen);
        }
      mr_import_item_set_state (item, item->handle != NULL ? MR_IMPORT_ITEM_READY
                                                           : MR_IMPORT_ITEM_NEEDS_CREATOR,
                                item->message);
    }

  /* Search Console figures without a Filters file: the download's default range. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (!is_search_console (item->format) || g_date_valid (&item->period_start) ||
          item->format->subject == MR_IMPORT_SUBJECT_SET_INFO)
        continue;
      item->period_end = item->export_date;
      item->period_start = item->export_date;
      g_date_subtract_months (&item->period_start, 3);
      g_date_add_days (&item->period_start, 1);
      item->period_guessed = TRUE;
      if (item->state == MR_IMPORT_ITEM_READY)
        mr_import_item_set_state (item, MR_IMPORT_ITEM_READY,
                                  _("no Filters file gives the period: taken as the 3 months "
                                    "up to the download"));
    }
}

/* Files found in folders that are no exports are listed each with its reason, unless
 * there are more than this: a folder of thousands of other files is one message. (An
 * export that is broken always has a line of its own.) */
#define MAX_LISTED_LEFT_OUT 5
/* The names that message gives as examples. */
#define N_LEFT_OUT_NAMES 3

static void
leave_out_many (MrImportPlan *self)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint n_left_out = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      n_left_out += item->foreign && !item->named;
    }
  if (n_left_out <= MAX_LISTED_LEFT_OUT)
    return;

  for (guint i = 0; i < n; i++)
    {
      MrImportItem *item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (!item->foreign || item->named)
        g_ptr_array_add (kept, item);
      else
        {
          if (self->left_out_names->len < N_LEFT_OUT_NAMES)
            g_ptr_array_add (self->left_out_names, g_strdup (item->display_name));
          g_object_unref (item);
        }
    }
  self->n_left_out += n_left_out;
  g_list_store_splice (self->items, 0, n, kept->pdata, kept->len);
}

char *
mr_import_plan_describe_left_out (MrImportPlan *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), NULL);

  if (self->n_left_out == 0)
    return NULL;
  for (guint i = 0; i < self->left_out_names->len; i++)
    {
      if (i > 0)
        g_string_append (names, i == self->left_out_names->len - 1 ? _(" and ") : ", ");
      g_string_append_printf (names, "“%s”",
                              (const char *) g_ptr_array_index (self->left_out_names, i));
    }
  /* Translators: %1$u is a number of files, %2$s some of their names (“notes.txt” and
   * “photo.jpg”) */
  return g_strdup_printf (ngettext ("%1$u file in the folders is not an export Microreach "
                                    "reads, such as %2$s: it is left out.",
                                    "%1$u files in the folders are not exports Microreach "
                                    "reads, such as %2$s: they are left out.",
                                    self->n_left_out),
                          self->n_left_out, names->str);
}

guint
mr_import_plan_get_n_left_out (MrImportPlan *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), 0);
  return self->n_left_out;
}

gboolean
mr_import_plan_scan (MrImportPlan          *self,
                     MrImportScan           scan,
                     sqlite3               *db,
                     MrImportProgressFunc   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  guint n;

  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      scan_item (item, scan, db, cancellable);
      if (progress != NULL)
        progress ((double) (i + 1) / n, user_data);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  leave_out_many (self);
  attribute (self, db);
  return TRUE;
}

gboolean
mr_import_plan_is_ready (MrImportPlan *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->state == MR_IMPORT_ITEM_NEEDS_CREATOR)
        return FALSE;
      any |= item->state == MR_IMPORT_ITEM_READY;
    }
  return any;
}
