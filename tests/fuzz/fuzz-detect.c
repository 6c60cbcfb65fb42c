/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-detect"

#include "config.h"

#include "mr-fuzz-util.h"
#include "mr-import-formats.h"

/* Format detection (mr-import-formats.c), as a dropped file goes through it: a file is
 * refused with a reason that says where, or opened as one of the formats and then read
 * to its end as that format. */

#define NAME "fuzz.csv"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mr_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GInputStream) stream = mr_fuzz_stream_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrImportFile) file = mr_import_file_open_stream (stream, NAME, NULL, &error);
  const MrImportFormat * const *formats = mr_import_formats_get_all ();
  gboolean known = FALSE;

  mr_fuzz_check_error (file != NULL, error, MR_IMPORT_ERROR, NAME, FALSE);
  if (file == NULL)
    return 0;

  for (guint i = 0; formats[i] != NULL; i++)
    known |= formats[i] == file->format;
  g_assert_true (known);
  mr_fuzz_read_file (file, size % 2 == 1);
  return 0;
}
