/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-formats"

#include "config.h"

#include "mr-fuzz-util.h"
#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-tiktok.h"

/* The readers of one source's formats (MR_FUZZ_SOURCE, a prefix of their ids: "tiktok"
 * reads the input as each of TikTok Studio's files): the input is opened as each format
 * whose header it has, without detection choosing among them, and read to its end. */

#define NAME "fuzz.csv"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mr_fuzz_init ();
  return 0;
}

/* As the import does for TikTok's content file: the download's day, from a first read. */
static void
find_export_date (const uint8_t *data,
                  size_t         size)
{
  g_autoptr(GInputStream) stream = mr_fuzz_stream_new (data, size);
  g_autoptr(MrImportFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;
  gboolean ok;

  file = mr_import_file_open_as (stream, NAME, &mr_import_format_tiktok_content, NULL, NULL);
  if (file == NULL)
    return;
  g_date_clear (&day, 1);
  ok = mr_import_tiktok_find_export_date (file, &day, NULL, &error);
  mr_fuzz_check_error (ok, error, MR_IMPORT_ERROR, NAME, FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const MrImportFormat * const *formats = mr_import_formats_get_all ();

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(MrImportFile) file = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_prefix (formats[i]->id, MR_FUZZ_SOURCE))
        continue;
      if (formats[i] == &mr_import_format_tiktok_content)
        find_export_date (data, size);

      stream = mr_fuzz_stream_new (data, size);
      file = mr_import_file_open_as (stream, NAME, formats[i], NULL, &error);
      mr_fuzz_check_error (file != NULL, error, MR_IMPORT_ERROR, NAME, FALSE);
      if (file != NULL)
        mr_fuzz_read_file (file, size % 2 == 1);
    }
  return 0;
}
