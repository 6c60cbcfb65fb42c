/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include "mr-csv.h"

/* The CSV reader as an importer meets it: the files spreadsheets and platforms write,
 * record by record, with the line a user would look at when something is wrong. */

/* The reader's chunk: tests place tricky text across its boundary. */
#define CHUNK (64 * 1024)

static MrCsvReader *
open_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MrCsvReader *reader = mr_csv_reader_new_for_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static MrCsvReader *
open_bytes (const void *data,
            gsize       len,
            const char *name)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (g_memdup2 (data, len), len, g_free);

  return mr_csv_reader_new (stream, name);
}

static MrCsvReader *
open_text (const char *text)
{
  return open_bytes (text, strlen (text), "inline.csv");
}

/* The next record as its fields joined by '|'. */
static char *
next_record (MrCsvReader *reader)
{
  g_autoptr(GError) error = NULL;
  GString *joined;

  if (!mr_csv_reader_next (reader, NULL, &error))
    {
      g_assert_no_error (error);
      return NULL;
    }

  joined = g_string_new (NULL);
  for (guint i = 0; i < mr_csv_reader_get_n_fields (reader); i++)
    {
      if (i > 0)
        g_string_append_c (joined, '|');
      g_string_append (joined, mr_csv_reader_get_field (reader, i));
    }
  return g_string_free (joined, FALSE);
}

/* Reads every record and compares them, with the line each starts on (0: not checked). */
static void
assert_records (MrCsvReader       *reader,
                const char * const *expected,
                const guint        *lines)
{
  guint i;

  for (i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *record = next_record (reader);

      g_test_message ("record %u", i);
      g_assert_cmpstr (record, ==, expected[i]);
      if (lines != NULL)
        g_assert_cmpuint (mr_csv_reader_get_line (reader), ==, lines[i]);
    }
  g_assert_null (next_record (reader));
  /* The end stays the end. */
  g_assert_null (next_record (reader));
}

static void
assert_read_error (MrCsvReader *reader,
                   int          code,
                   const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;

  while (mr_csv_reader_next (reader, NULL, &error))
    ;
  g_assert_error (error, MR_CSV_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);

  /* A failed reader keeps failing, the same way. */
  g_assert_false (mr_csv_reader_next (reader, NULL, &again));
  g_assert_error (again, MR_CSV_ERROR, code);
  g_assert_cmpstr (again->message, ==, message);
}

static char *
data_checksum (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* TikTok's FollowerHistory: a BOM, every field quoted, a word for "no value". The
 * first header is "Date", not "\xEF\xBB\xBFDate", or no format would be recognized. */
static void
test_bom (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("bom.csv");
  const char *expected[] = {
    "Date|Followers|Difference in followers from previous day",
    "March 1|12,400|-3",
    "March 2|undefined|0",
    NULL,
  };
  const guint lines[] = { 1, 2, 3 };

  assert_records (reader, expected, lines);
  g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, ',');
  g_assert_cmpstr (mr_csv_reader_get_display_name (reader), ==, "bom.csv");
  g_assert_cmpuint (mr_csv_reader_get_bytes_read (reader), ==, 116);
  /* sha256sum tests/data/csv/bom.csv: the import journal recognizes a file by it. */
  g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==,
                   "35de8085a1aaa8ca547530240d0d9ec844365a3a10633a98b004fb0cb37948a1");
}

/* Excel's "Unicode text" and some Windows tools write UTF-16 with a BOM. */
static void
test_utf16le (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("utf16le.csv");
  g_autofree char *checksum = data_checksum ("utf16le.csv");
  const char *expected[] = {
    "Date|Title|Views",
    "2026-03-01|Café 😀|12",
    "2026-03-02|Zoë, \"quoted\"|7",
    NULL,
  };
  const guint lines[] = { 1, 2, 3 };

  assert_records (reader, expected, lines);
  /* The checksum is of the file's bytes, not of the UTF-8 they became. */
  g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==, checksum);
}

static void
test_utf16be (void)
{
  const char *text = "Naam;Stad\nJosé;Zürich 🙂\n";
  gsize len;
  g_autofree char *utf16 = g_convert (text, -1, "UTF-16BE", "UTF-8", NULL, &len, NULL);
  g_autofree char *data = g_malloc (len + 2);
  g_autoptr(MrCsvReader) reader = NULL;
  const char *expected[] = { "Naam|Stad", "José|Zürich 🙂", NULL };

  g_assert_nonnull (utf16);
  memcpy (data, "\xFE\xFF", 2);
  memcpy (data + 2, utf16, len);
  reader = open_bytes (data, len + 2, "be.csv");
  assert_records (reader, expected, NULL);
  g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, ';');
}

/* TikTok quotes every field; captions hold commas and quotes. */
static void
test_all_quoted (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("all-quoted.csv");
  const char *expected[] = {
    "Time|Video title|Video link|Total likes",
    "2026-03-01|He said \"hi\", then left|https://www.tiktok.com/@anna/video/1|1,234",
    "2026-03-02||https://www.tiktok.com/@anna/video/2|0",
    NULL,
  };

  assert_records (reader, expected, NULL);
}

/* A caption over several lines is one field, and the records after it start on the
 * lines a text editor shows. */
static void
test_multiline (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("multiline.csv");
  const char *expected[] = {
    "Post ID|Description|Views",
    "1|First line\nsecond line\nthird line|10",
    "2|plain|20",
    NULL,
  };
  const guint lines[] = { 1, 2, 5 };

  assert_records (reader, expected, lines);
}

/* Dutch spreadsheets separate with ';' because ',' is their decimal mark. */
static void
test_semicolon (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("semicolon.csv");
  const char *expected[] = {
    "Datum|Waarde|Omschrijving",
    "2026-03-01|1,5|koffie",
    "2026-03-02|2,5|thee; of niet",
    NULL,
  };

  assert_records (reader, expected, NULL);
  g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, ';');
}

static void
test_tab (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("tab.csv");
  const char *expected[] = {
    "Video title|Views|CTR",
    "Summer, part 1|12,400|6.5%",
    "Winter|900|3.1%",
    NULL,
  };

  assert_records (reader, expected, NULL);
  g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, '\t');
}

static void
test_crlf (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("crlf.csv");
  const char *expected[] = { "Date|Clicks", "2026-03-01|12", "2026-03-02|7", NULL };
  const guint lines[] = { 1, 2, 3 };

  assert_records (reader, expected, lines);
}

static void
test_no_final_newline (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("no-final-newline.csv");
  g_autofree char *checksum = data_checksum ("no-final-newline.csv");
  const char *expected[] = { "Date|Clicks", "2026-03-01|12", "2026-03-02|7", NULL };

  assert_records (reader, expected, NULL);
  g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==, checksum);
}

/* Old Mac line ends, empty lines, an empty last field, a quoted field last on its line. */
static void
test_line_ends (void)
{
  g_autoptr(MrCsvReader) cr = open_text ("a,b\rc,d\r\re,\"f\"");
  g_autoptr(MrCsvReader) mixed = open_text ("a,\n\nb,\"x\r\ny\"\r\n,\n");
  const char *cr_expected[] = { "a|b", "c|d", "", "e|f", NULL };
  const guint cr_lines[] = { 1, 2, 3, 4 };
  const char *mixed_expected[] = { "a|", "", "b|x\r\ny", "|", NULL };
  const guint mixed_lines[] = { 1, 2, 3, 5 };

  assert_records (cr, cr_expected, cr_lines);
  assert_records (mixed, mixed_expected, mixed_lines);

  /* One empty line is one record with one empty field. */
  {
    g_autoptr(MrCsvReader) empty_line = open_text ("\n");
    g_autoptr(MrCsvReader) empty = open_text ("");

    g_assert_true (mr_csv_reader_next (empty_line, NULL, NULL));
    g_assert_cmpuint (mr_csv_reader_get_n_fields (empty_line), ==, 1);
    g_assert_cmpstr (mr_csv_reader_get_field (empty_line, 0), ==, "");
    g_assert_null (mr_csv_reader_get_field (empty_line, 1));
    g_assert_false (mr_csv_reader_next (empty_line, NULL, NULL));
    g_assert_false (mr_csv_reader_next (empty, NULL, NULL));
  }
}

/* A file that ends in a delimiter ends in an empty field, however long the record. */
static void
test_empty_last_field (void)
{
  for (guint len = 1; len < 9000; len++)
    {
      g_autofree char *text = g_strnfill (len + 1, 'v');
      g_autoptr(MrCsvReader) reader = NULL;

      text[len] = ',';
      reader = open_text (text);
      g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
      g_assert_cmpuint (mr_csv_reader_get_n_fields (reader), ==, 2);
      g_assert_cmpuint (strlen (mr_csv_reader_get_field (reader, 0)), ==, len);
      g_assert_cmpstr (mr_csv_reader_get_field (reader, 1), ==, "");
      g_assert_false (mr_csv_reader_next (reader, NULL, NULL));
    }
}

/* Google Trends' multiTimeline.csv: a preamble without commas must not make the reader
 * think the file has one column. */
static void
test_trends_preamble (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("multiTimeline.csv");
  const char *expected[] = {
    "Category: All categories",
    "",
    "Week|koffie: (Netherlands)",
    "2026-03-01|42",
    "2026-03-08|<1",
    NULL,
  };
  const guint lines[] = { 1, 2, 3, 4, 5 };

  assert_records (reader, expected, lines);
  g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, ',');
}

static void
test_sniff (void)
{
  struct {
    const char *text;
    char        delimiter;
  } cases[] = {
    /* Decimal commas in a ';' file. */
    { "Datum;Klikken;CTR\n2026-03-01;12;1,5\n2026-03-02;7;0,5\n", ';' },
    /* Semicolons inside quotes do not count. */
    { "title,views\n\"a; b; c\",1\n\"d; e; f\",2\n", ',' },
    /* Nor do newlines inside quotes end a line. */
    { "a\tb\n\"x,\ny,z\"\t1\n", '\t' },
    /* One comma in every line of a tab file ("Sep 27, 2024") loses to the tabs. */
    { "Title\tPublished\tViews\nA\tSep 27, 2024\t1\nB\tSep 28, 2024\t2\n", '\t' },
    /* One column: nothing to sniff. */
    { "handle\n@anna\n@bob\n", ',' },
    { "a;b", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MrCsvReader) reader = open_text (cases[i].text);

      g_test_message ("case %u", i);
      g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
      g_assert_cmpint (mr_csv_reader_get_delimiter (reader), ==, cases[i].delimiter);
    }
}

/* A quote that is never closed would swallow the file: the error says where it opens. */
static void
test_unterminated (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("unterminated.csv");
  g_autofree char *first = next_record (reader);
  g_autofree char *second = next_record (reader);

  g_assert_cmpstr (first, ==, "a|b|c");
  g_assert_cmpstr (second, ==, "1|2|3");
  assert_read_error (reader, MR_CSV_ERROR_MALFORMED,
                     "unterminated.csv:3: a quoted field is never closed (it opens in column 3)");
}

static void
test_stray_quote (void)
{
  g_autoptr(MrCsvReader) reader = open_text ("a,b\n\"x\"y,z\n");
  g_autoptr(MrCsvReader) lenient = open_text ("size,name\n12\" vinyl,x\n");
  const char *lenient_expected[] = { "size|name", "12\" vinyl|x", NULL };

  g_free (next_record (reader));
  assert_read_error (reader, MR_CSV_ERROR_MALFORMED,
                     "inline.csv:2: the quoted field in column 1 has text after its closing quote");
  /* A quote inside an unquoted field is text. */
  assert_records (lenient, lenient_expected, NULL);
}

/* A PNG or a UTF-16 file without a BOM: NUL bytes mean it is no text. An .xlsx (or a
 * download still zipped) says what it is. */
static void
test_nul (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("nul.csv");
  g_autofree char *first = next_record (reader);
  static const guint8 zip[] = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0xE9, 0x80 };
  g_autoptr(MrCsvReader) xlsx = open_bytes (zip, sizeof zip, "report.xlsx");

  g_assert_cmpstr (first, ==, "a|b");
  assert_read_error (reader, MR_CSV_ERROR_MALFORMED,
                     "nul.csv:2: this is not a text file (it holds a NUL byte): import the "
                     "CSV file of the export, or save a spreadsheet as “CSV UTF-8” first");
  assert_read_error (xlsx, MR_CSV_ERROR_MALFORMED,
                     "report.xlsx:1: this is a ZIP archive or an Excel workbook, not a CSV "
                     "file: unpack the archive, or save the sheet as “CSV UTF-8”, and import "
                     "that");
}

static void
test_long_field (void)
{
  GString *text = g_string_new ("a,b\n1,");
  g_autoptr(MrCsvReader) reader = NULL;

  /* Exactly the limit is fine… */
  for (guint i = 0; i < MR_CSV_MAX_FIELD; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\n2,\"");
  /* …one byte over is not; a quoted field that long is an unclosed quote. */
  for (guint i = 0; i <= MR_CSV_MAX_FIELD; i++)
    g_string_append_c (text, i % 100 == 99 ? '\n' : 'y');
  g_string_append (text, "\"\n");

  reader = open_bytes (text->str, text->len, "long.csv");
  g_free (next_record (reader));
  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  g_assert_cmpuint (strlen (mr_csv_reader_get_field (reader, 1)), ==, MR_CSV_MAX_FIELD);
  assert_read_error (reader, MR_CSV_ERROR_TOO_LONG,
                     "long.csv:3: the quoted field in column 2 is longer than 1 MB: "
                     "is a quote never closed?");
  g_string_free (text, TRUE);

  {
    g_autoptr(MrCsvReader) unquoted = NULL;

    text = g_string_new ("name\n");
    for (guint i = 0; i <= MR_CSV_MAX_FIELD; i++)
      g_string_append_c (text, 'z');
    unquoted = open_bytes (text->str, text->len, "long.csv");
    g_free (next_record (unquoted));
    assert_read_error (unquoted, MR_CSV_ERROR_TOO_LONG,
                       "long.csv:2: the field in column 1 is longer than 1 MB, which no "
                       "export of statistics has: is this the right file?");
    g_string_free (text, TRUE);
  }

  /* Fields under the limit that together hold gigabytes are refused too. */
  {
    g_autoptr(MrCsvReader) wide = NULL;
    g_autofree char *field = g_strnfill (MR_CSV_MAX_FIELD, 'w');

    text = g_string_new ("a\n");
    for (guint i = 0; i < 20; i++)
      g_string_append_printf (text, "%s,", field);
    wide = open_bytes (text->str, text->len, "wide.csv");
    g_free (next_record (wide));
    assert_read_error (wide, MR_CSV_ERROR_TOO_LONG,
                       "wide.csv:2: the record grows past 16 MB in column 16");
    g_string_free (text, TRUE);
  }
}

/* Excel on Windows saves "CSV" in Windows-1252: é is one byte, 0xE9. */
static void
test_cp1252 (void)
{
  g_autoptr(MrCsvReader) reader = open_data ("cp1252.csv");
  const char *expected[] = { "Naam|Stad|Prijs", "José|Café – bar|€ 5", NULL };

  assert_records (reader, expected, NULL);
}

static guint
count_lines (const GString *text)
{
  guint n = 0;

  for (gsize i = 0; i < text->len; i++)
    n += text->str[i] == '\n';
  return n;
}

/* Text that is ASCII for more than a chunk and only then shows a Windows-1252 byte is
 * still Windows-1252; text that was UTF-8 and then is not is an error, on its line. */
static void
test_late_encoding (void)
{
  GString *text = g_string_new ("name,city\n");
  g_autoptr(MrCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint last_line;

  while (text->len < 3 * CHUNK)
    g_string_append (text, "plain,ascii\n");
  last_line = count_lines (text) + 1;
  g_string_append (text, "Jos\xE9,Caf\xE9\n");

  reader = open_bytes (text->str, text->len, "late.csv");
  for (guint line = 1; line < last_line; line++)
    {
      g_assert_true (mr_csv_reader_next (reader, NULL, &error));
      g_assert_cmpuint (mr_csv_reader_get_n_fields (reader), ==, 2);
    }
  g_assert_true (mr_csv_reader_next (reader, NULL, &error));
  g_assert_cmpuint (mr_csv_reader_get_line (reader), ==, last_line);
  g_assert_cmpstr (mr_csv_reader_get_field (reader, 0), ==, "José");
  g_assert_cmpstr (mr_csv_reader_get_field (reader, 1), ==, "Café");
  g_assert_false (mr_csv_reader_next (reader, NULL, &error));
  g_assert_no_error (error);
  mr_csv_reader_free (g_steal_pointer (&reader));

  g_string_assign (text, "name,city\nJosé,Zürich\n");
  while (text->len < 2 * CHUNK)
    g_string_append (text, "plain,ascii\n");
  last_line = count_lines (text) + 1;
  g_string_append (text, "x,Caf\xE9\n");
  reader = open_bytes (text->str, text->len, "late.csv");
  message = g_strdup_printf ("late.csv:%u: the text in column 2 is not valid UTF-8: save the "
                             "file as “CSV UTF-8” and import it again", last_line);
  assert_read_error (reader, MR_CSV_ERROR_ENCODING, message);
  g_string_free (text, TRUE);
}

/* Whatever falls on the boundary between two reads: the two bytes of a CRLF, a doubled
 * quote, a character of several bytes, a surrogate pair of UTF-16. */
static void
test_chunk_boundaries (void)
{
  const char *tail = "x,\"a\"\"b\"\r\nc,é😀\r\nd,\"e\r\nf\"\n";
  const char *expected[] = { "x|a\"b", "c|é😀", "d|e\r\nf", NULL };
  const guint lines[] = { 3, 4, 5 };

  for (guint shift = 0; shift < 32; shift++)
    {
      g_test_message ("shift %u", shift);

      /* The tail starts @shift bytes before the boundary. */
      {
        g_autofree char *pad = g_strnfill (CHUNK - 6 - shift, 'p');
        g_autofree char *text = g_strdup_printf ("h,i\n%s,\n%s", pad, tail);
        g_autoptr(MrCsvReader) reader = open_text (text);
        g_autofree char *header = next_record (reader);
        g_autofree char *padding = next_record (reader);

        g_assert_cmpstr (header, ==, "h|i");
        g_assert_cmpuint (strlen (padding), ==, CHUNK - 6 - shift + 1);
        assert_records (reader, expected, lines);
      }

      /* In UTF-16LE, after a two-byte BOM, 2 × @shift bytes before. */
      {
        g_autofree char *pad = g_strnfill ((CHUNK - 2) / 2 - 6 - shift, 'p');
        g_autofree char *text = g_strdup_printf ("h,i\n%s,\n%s", pad, tail);
        gsize len;
        g_autofree char *utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
        g_autofree char *data = g_malloc (len + 2);
        g_autoptr(MrCsvReader) reader = NULL;

        g_assert_nonnull (utf16);
        memcpy (data, "\xFF\xFE", 2);
        memcpy (data + 2, utf16, len);
        reader = open_bytes (data, len + 2, "wide.csv");
        g_free (next_record (reader));
        g_free (next_record (reader));
        assert_records (reader, expected, lines);
      }
    }
}

/* The checksum covers every byte of a file read in many chunks (hashed on a thread of
 * its own past the first few), and asking for it half-way does not disturb it. */
static void
test_checksum_streamed (void)
{
  GString *text = g_string_new ("\xEF\xBB\xBF" "date,views\n");
  g_autoptr(MrCsvReader) reader = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *early = NULL;
  guint n_records = 0;

  for (guint i = 0; text->len < 60 * CHUNK + 17; i++)
    g_string_append_printf (text, "2026-03-%02u,\"%u\"\n", 1 + i % 28, i);
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str, text->len);

  reader = open_bytes (text->str, text->len, "big.csv");
  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  early = g_strdup (mr_csv_reader_get_checksum (reader));
  g_assert_cmpstr (early, !=, expected);
  while (mr_csv_reader_next (reader, NULL, NULL))
    {
      gsize read = mr_csv_reader_get_bytes_read (reader);

      /* Half-way, past the bytes hashed in place: what was read so far. */
      if (++n_records == 20 * CHUNK / 20)
        {
          g_autofree char *so_far = NULL;

          g_assert_cmpuint (read, >, 8 * CHUNK);
          so_far = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                (const guchar *) text->str, read);
          g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==, so_far);
        }
    }
  g_assert_cmpstr (mr_csv_reader_get_checksum (reader), ==, expected);
  g_assert_cmpuint (mr_csv_reader_get_bytes_read (reader), ==, text->len);
  g_assert_cmpuint (n_records, >, 5 * CHUNK / 20);
  g_string_free (text, TRUE);
}

/* Readers above report a bad value on the record's first line. */
static void
test_set_error (void)
{
  g_autoptr(MrCsvReader) reader = open_text ("a,b\n1,\"two\nlines\"\n3,x\n");
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  mr_csv_reader_set_error (reader, &error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "“%s” is not a number", mr_csv_reader_get_field (reader, 1));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "inline.csv:4: “x” is not a number");
}

/* The import trims cells in place. */
static void
test_field_is_mutable (void)
{
  g_autoptr(MrCsvReader) reader = open_text ("\" -AbC \",b\n");
  char *field;

  g_assert_true (mr_csv_reader_next (reader, NULL, NULL));
  field = mr_csv_reader_get_field (reader, 0);
  g_assert_cmpstr (field, ==, " -AbC ");
  field[5] = '\0';
  g_assert_cmpstr (mr_csv_reader_get_field (reader, 0), ==, " -AbC");
  g_assert_cmpstr (mr_csv_reader_get_field (reader, 1), ==, "b");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/file.csv");
  g_autoptr(GError) error = NULL;
  MrCsvReader *reader = mr_csv_reader_new_for_file (file, NULL, &error);

  g_assert_null (reader);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_cancelled (void)
{
  g_autoptr(MrCsvReader) reader = open_text ("a,b\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (mr_csv_reader_next (reader, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/utf16le", test_utf16le);
  g_test_add_func ("/csv/utf16be", test_utf16be);
  g_test_add_func ("/csv/all-quoted", test_all_quoted);
  g_test_add_func ("/csv/multiline", test_multiline);
  g_test_add_func ("/csv/semicolon", test_semicolon);
  g_test_add_func ("/csv/tab", test_tab);
  g_test_add_func ("/csv/crlf", test_crlf);
  g_test_add_func ("/csv/no-final-newline", test_no_final_newline);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/empty-last-field", test_empty_last_field);
  g_test_add_func ("/csv/trends-preamble", test_trends_preamble);
  g_test_add_func ("/csv/sniff", test_sniff);
  g_test_add_func ("/csv/unterminated", test_unterminated);
  g_test_add_func ("/csv/stray-quote", test_stray_quote);
  g_test_add_func ("/csv/nul", test_nul);
  g_test_add_func ("/csv/long-field", test_long_field);
  g_test_add_func ("/csv/cp1252", test_cp1252);
  g_test_add_func ("/csv/late-encoding", test_late_encoding);
  g_test_add_func ("/csv/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/csv/checksum-streamed", test_checksum_streamed);
  g_test_add_func ("/csv/set-error", test_set_error);
  g_test_add_func ("/csv/field-is-mutable", test_field_is_mutable);
  g_test_add_func ("/csv/missing-file", test_missing_file);
  g_test_add_func ("/csv/cancelled", test_cancelled);

  return g_test_run ();
}
