/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include "mr-csv.h"
#include "mr-fuzz-util.h"

/* The streaming CSV reader (mr-csv.c), built with a tiny chunk (tests/fuzz/meson.build)
 * so that inputs of a few hundred bytes cross chunk boundaries as a large file does:
 * every record it gives is UTF-8 with at least one field, its lines go forward, a
 * failure repeats itself and says where, and a file read to its end has the checksum
 * of all its bytes. */

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
  g_autoptr(MrCsvReader) reader = mr_csv_reader_new (stream, NAME);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  guint last_line = 0;

  while (mr_csv_reader_next (reader, NULL, &error))
    {
      guint n = mr_csv_reader_get_n_fields (reader);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (mr_csv_reader_get_line (reader), >, last_line);
      last_line = mr_csv_reader_get_line (reader);
      for (guint f = 0; f < n; f++)
        {
          const char *field = mr_csv_reader_get_field (reader, f);

          g_assert_nonnull (field);
          if (!g_utf8_validate (field, -1, NULL))
            g_error ("Line %u, field %u is not UTF-8", last_line, f + 1);
        }
      g_assert_null (mr_csv_reader_get_field (reader, n));
    }

  if (error != NULL)
    {
      mr_fuzz_check_error (FALSE, error, MR_CSV_ERROR, NAME, FALSE);
      g_assert_false (mr_csv_reader_next (reader, NULL, &again));
      g_assert_error (again, error->domain, error->code);
      g_assert_cmpstr (again->message, ==, error->message);
    }
  else
    {
      g_autofree char *checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, size);

      g_assert_false (mr_csv_reader_next (reader, NULL, &again));
      g_assert_no_error (again);
      g_assert_cmpuint (mr_csv_reader_get_bytes_read (reader), ==, size);
      g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==, checksum);
    }
  return 0;
}
