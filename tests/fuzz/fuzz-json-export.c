/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-json-export"

#include "config.h"

#include "mr-fuzz-util.h"
#include "mr-import-json.h"
#include "mr-store.h"

/* Restoring what `microreach --export-json` writes (mr-import-json*.c), as the import
 * does: recognised by its first bytes, then restored into one batch on a connection of
 * its own. The database holds the restore of the seed export (tests/fuzz/seeds), so
 * that records meet rows to match; each input's batch is rolled back. */

#define NAME "export.json"

static MrStore *store;
static MrImportWriter *writer;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;
  g_autofree char *seed = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  mr_fuzz_init ();
  path = g_build_filename (mr_fuzz_get_temp_dir (), "export.db", NULL);
  store = mr_store_open (path, &error);
  g_assert_no_error (error);
  db = mr_store_open_connection (store, &error);
  g_assert_no_error (error);
  writer = mr_import_writer_new (db, &error);
  g_assert_no_error (error);

  seed = g_build_filename (MR_FUZZ_SEEDS, "json-export", "export.json", NULL);
  file = g_file_new_for_path (seed);
  mr_import_writer_begin (writer, 0, &error);
  g_assert_no_error (error);
  mr_import_writer_begin_file (writer, &error);
  g_assert_no_error (error);
  mr_import_json_restore (writer, file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  mr_import_writer_end_file (writer, TRUE, "export.json", "microreach-json", "seed", 1, &error);
  g_assert_no_error (error);
  mr_import_writer_commit (writer, "seed", &error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = mr_fuzz_file_new (data, size, NAME);
  g_autoptr(GError) error = NULL;
  guint64 rows = 0;
  gboolean ok;

  /* Whether the import would take it as an export: only the restore itself matters. */
  mr_import_json_is_export (file, NULL);

  mr_import_writer_begin (writer, 0, &error);
  g_assert_no_error (error);
  mr_import_writer_begin_file (writer, &error);
  g_assert_no_error (error);
  ok = mr_import_json_restore (writer, file, NULL, NULL, &rows, NULL, &error);
  mr_fuzz_check_error (ok, error, MR_IMPORT_ERROR, NAME, TRUE);
  g_clear_error (&error);
  mr_import_writer_end_file (writer, ok, NAME, "microreach-json", "input", rows, &error);
  g_assert_no_error (error);
  mr_import_writer_rollback (writer);
  return 0;
}
