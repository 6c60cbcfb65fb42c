/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-results-read"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-results-private.h"
#include "mr-import-values.h"

/* Reading a results file: the whole table is kept (results files are a campaign's days,
 * not a platform's years), so that a corrected mapping reads it again without the disk.
 * Every change of the mapping reads all rows again: values, matches, duplicates, and
 * the first problem that stands in the way of importing. */

/* ── Columns ─────────────────────────────────────────────────────────────────────── */

/* Headers as marketers and exports write them, normalised (mr_import_normalize_header ()),
 * English and Dutch. A unit after the name, "Omzet (€)", is left out before comparing. */
static const char * const date_aliases[] = {
  "date", "datum", "day", "dag", "order date", "orderdatum", "besteldatum", "report date",
  "publication date", "publicatiedatum", "date (utc)", NULL
};
static const char * const handle_aliases[] = {
  "handle", "@", "account", "username", "user name", "gebruikersnaam", "account name",
  "accountnaam", "creator handle", "influencer handle", "social handle", "profile",
  "profiel", "instagram", "tiktok", "youtube", "ig handle", "tiktok handle", NULL
};
static const char * const name_aliases[] = {
  "creator", "naam", "name", "influencer", "creator name", "influencer name",
  "naam influencer", "naam creator", "full name", "volledige naam", "affiliate", "partner",
  "publisher", "ambassador", "ambassadeur", NULL
};
static const char * const code_aliases[] = {
  "code", "promo code", "promocode", "promo", "kortingscode", "coupon", "coupon code",
  "couponcode", "discount code", "voucher", "vouchercode", "voucher code", "actiecode",
  "kortingscode gebruikt", "code gebruikt", NULL
};
static const char * const impressions_aliases[] = {
  "impressions", "weergaven", "vertoningen", "impressies", "views", "impr.", "video views",
  "videoweergaven", NULL
};
static const char * const reach_aliases[] = {
  "reach", "bereik", "unique reach", "accounts reached", "bereikte accounts", NULL
};
static const char * const clicks_aliases[] = {
  "clicks", "klikken", "kliks", "link clicks", "linkklikken", "link kliks", "website clicks",
  "websiteklikken", "klikken op link", NULL
};
static const char * const conversions_aliases[] = {
  "conversions", "conversies", "orders", "bestellingen", "sales", "verkopen", "purchases",
  "aankopen", "transactions", "transacties", "aantal bestellingen", NULL
};
static const char * const engagements_aliases[] = {
  "engagements", "engagement", "interacties", "interactions", "total engagements",
  "totale interacties", "betrokkenheid", NULL
};
static const char * const revenue_aliases[] = {
  "revenue", "omzet", "opbrengst", "sales amount", "order value", "orderwaarde",
  "total sales", "totale omzet", "verkoopbedrag", "bedrag", "amount", "turnover", NULL
};

static const char * const * const column_aliases[MR_RESULTS_N_COLUMNS] = {
  [MR_RESULTS_COLUMN_DATE] = date_aliases,
  [MR_RESULTS_COLUMN_HANDLE] = handle_aliases,
  [MR_RESULTS_COLUMN_NAME] = name_aliases,
  [MR_RESULTS_COLUMN_CODE] = code_aliases,
  [MR_RESULTS_COLUMN_IMPRESSIONS] = impressions_aliases,
  [MR_RESULTS_COLUMN_REACH] = reach_aliases,
  [MR_RESULTS_COLUMN_CLICKS] = clicks_aliases,
  [MR_RESULTS_COLUMN_CONVERSIONS] = conversions_aliases,
  [MR_RESULTS_COLUMN_ENGAGEMENTS] = engagements_aliases,
  [MR_RESULTS_COLUMN_REVENUE] = revenue_aliases,
};

static const char * const column_labels[MR_RESULTS_N_COLUMNS] = {
  [MR_RESULTS_COLUMN_DATE] = NC_("results column", "date"),
  [MR_RESULTS_COLUMN_HANDLE] = NC_("results column", "handle"),
  [MR_RESULTS_COLUMN_NAME] = NC_("results column", "creator name"),
  [MR_RESULTS_COLUMN_CODE] = NC_("results column", "promo code"),
  [MR_RESULTS_COLUMN_IMPRESSIONS] = NC_("results column", "impressions"),
  [MR_RESULTS_COLUMN_REACH] = NC_("results column", "reach"),
  [MR_RESULTS_COLUMN_CLICKS] = NC_("results column", "clicks"),
  [MR_RESULTS_COLUMN_CONVERSIONS] = NC_("results column", "conversions"),
  [MR_RESULTS_COLUMN_ENGAGEMENTS] = NC_("results column", "engagements"),
  [MR_RESULTS_COLUMN_REVENUE] = NC_("results column", "revenue"),
};

const char *
mr_results_import_get_column_label (MrResultsColumn column)
{
  g_return_val_if_fail (column < MR_RESULTS_N_COLUMNS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "results column", column_labels[column]);
}

/* The header without a unit after it: "omzet (€)" → "omzet", "clicks (#)" → "clicks". */
static char *
strip_unit (const char *normalized)
{
  const char *open = strrchr (normalized, '(');
  gsize length = strlen (normalized);

  if (open == NULL || open == normalized || length == 0 || normalized[length - 1] != ')')
    return NULL;
  return g_strstrip (g_strndup (normalized, open - normalized));
}

static gboolean
header_is (const char          *normalized,
           const char          *stripped,
           const char * const  *aliases)
{
  return g_strv_contains (aliases, normalized) ||
         (stripped != NULL && g_strv_contains (aliases, stripped));
}

/* Fills @columns (one per header field) with the guess; answers how many it found. */
static guint
guess_columns (char  **cells,
               guint   n_cells,
               int    *columns)
{
  g_auto(GStrv) normalized = g_new0 (char *, n_cells + 1);
  /* Not a GStrv: a header without a unit has none, and the ones after it would leak. */
  g_autoptr(GPtrArray) stripped = g_ptr_array_new_full (n_cells, g_free);
  guint found = 0;

  for (guint f = 0; f < n_cells; f++)
    {
      normalized[f] = mr_import_normalize_header (cells[f]);
      g_ptr_array_add (stripped, strip_unit (normalized[f]));
      columns[f] = -1;
    }
  for (guint column = 0; column < MR_RESULTS_N_COLUMNS; column++)
    for (guint f = 0; f < n_cells; f++)
      if (columns[f] < 0 && header_is (normalized[f], g_ptr_array_index (stripped, f),
                                       column_aliases[column]))
        {
          columns[f] = (int) column;
          found++;
          break;
        }
  return found;
}

/* ── Values ──────────────────────────────────────────────────────────────────────── */

static const char *
cell (MrResultsImport       *self,
      const MrResultsRecord *record,
      MrResultsColumn        column)
{
  for (guint f = 0; self->headers[f] != NULL; f++)
    if (self->columns[f] == (int) column)
      return f < record->n_cells && !mr_value_is_missing (record->cells[f])
             ? record->cells[f] : NULL;
  return NULL;
}

static const char *
header_of (MrResultsImport *self,
           MrResultsColumn  column)
{
  for (guint f = 0; self->headers[f] != NULL; f++)
    if (self->columns[f] == (int) column)
      return self->headers[f];
  return mr_results_import_get_column_label (column);
}

static gboolean
has_column (MrResultsImport *self,
            MrResultsColumn  column)
{
  for (guint f = 0; self->headers[f] != NULL; f++)
    if (self->columns[f] == (int) column)
      return TRUE;
  return FALSE;
}

static void
set_problem (MrResultsImport *self,
             guint            line,
             int              code,
             const char      *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
set_problem (MrResultsImport *self,
             guint            line,
             int              code,
             const char      *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (self->problem != NULL)
    return;
  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  self->problem = g_error_new (MR_IMPORT_ERROR, code, "%s:%u: %s", self->display_name, line,
                               reason);
}

static void
invalid (MrResultsImport       *self,
         const MrResultsRecord *record,
         MrResultsColumn        column,
         const char            *text,
         const char            *expected)
{
  /* Translators: the first %s is a cell's text, the second a column header, the
   * third what it should have been ("a number", "a date"). */
  set_problem (self, record->line, MR_IMPORT_ERROR_INVALID_VALUE,
               _("“%s” in the column “%s” is not %s"), text, header_of (self, column),
               expected);
}

/* "1.234" or "12.345.678": one to three digits, then groups of a dot and three digits. */
static gboolean
groups_thousands_with_dots (const char *text)
{
  gsize length = strlen (text);
  gsize first = length % 4 == 0 ? 0 : length % 4;

  if (length < 5 || first == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      gboolean dot = i >= first && (i - first) % 4 == 0;

      if (dot ? text[i] != '.' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  return TRUE;
}

/* An amount as shops and spreadsheets write it: "€ 1.234,50", "1234.50 EUR", "$12",
 * "€ 25,-". A lone '.' before exactly three digits groups thousands here: money is not
 * written to the tenth of a cent. */
static MrValueResult
parse_money (const char *text,
             double     *out)
{
  static const char * const signs[] = { "€", "$", "£", "eur", "usd", "gbp", NULL };
  g_autofree char *amount = g_strstrip (g_utf8_casefold (text, -1));
  g_autoptr(GString) digits = NULL;
  gsize length;

  for (guint i = 0; signs[i] != NULL; i++)
    {
      if (g_str_has_prefix (amount, signs[i]))
        memmove (amount, amount + strlen (signs[i]), strlen (amount) - strlen (signs[i]) + 1);
      else if (g_str_has_suffix (amount, signs[i]))
        amount[strlen (amount) - strlen (signs[i])] = '\0';
      g_strstrip (amount);
    }
  length = strlen (amount);
  if (length >= 2 && amount[length - 1] == '-' && (amount[length - 2] == ',' ||
                                                   amount[length - 2] == '.'))
    amount[length - 2] = '\0';

  if (groups_thousands_with_dots (amount))
    {
      digits = g_string_new (NULL);
      for (const char *p = amount; *p != '\0'; p++)
        if (*p != '.')
          g_string_append_c (digits, *p);
      return mr_value_parse_double (digits->str, out);
    }
  return mr_value_parse_double (amount, out);
}

static gboolean
read_count (MrResultsImport       *self,
            const MrResultsRecord *record,
            MrResultsColumn        column,
            gint64                *out)
{
  const char *text = cell (self, record, column);
  gint64 value;

  *out = MR_UNKNOWN_COUNT;
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_count (text, &value))
    {
    case MR_VALUE_OK:
      if (value < 0)
        {
          invalid (self, record, column, text, _("a number of zero or more"));
          return FALSE;
        }
      *out = value;
      return TRUE;
    case MR_VALUE_MISSING:
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      invalid (self, record, column, text, _("a number"));
      return FALSE;
    }
}

static gboolean
read_revenue (MrResultsImport       *self,
              const MrResultsRecord *record,
              double                *out)
{
  const char *text = cell (self, record, MR_RESULTS_COLUMN_REVENUE);
  double value;

  *out = NAN;
  if (text == NULL)
    return TRUE;
  switch (parse_money (text, &value))
    {
    case MR_VALUE_OK:
      if (value < 0 || !isfinite (value))
        {
          invalid (self, record, MR_RESULTS_COLUMN_REVENUE, text,
                   _("an amount of zero or more"));
          return FALSE;
        }
      *out = value;
      return TRUE;
    case MR_VALUE_MISSING:
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      invalid (self, record, MR_RESULTS_COLUMN_REVENUE, text, _("an amount"));
      return FALSE;
    }
}

static gboolean
read_date (MrResultsImport       *self,
           const MrResultsRecord *record,
           char                   day[11])
{
  const char *text = cell (self, record, MR_RESULTS_COLUMN_DATE);
  GDate date;

  day[0] = '\0';
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_date (text, &date))
    {
    case MR_VALUE_OK:
      mr_import_format_day (&date, day);
      return TRUE;
    case MR_VALUE_MISSING:
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      invalid (self, record, MR_RESULTS_COLUMN_DATE, text, _("a date"));
      return FALSE;
    }
}

static gboolean
read_figures (MrResultsImport       *self,
              const MrResultsRecord *record,
              MrResultRow           *result)
{
  return read_count (self, record, MR_RESULTS_COLUMN_IMPRESSIONS, &result->impressions) &&
         read_count (self, record, MR_RESULTS_COLUMN_REACH, &result->reach) &&
         read_count (self, record, MR_RESULTS_COLUMN_CLICKS, &result->clicks) &&
         read_count (self, record, MR_RESULTS_COLUMN_CONVERSIONS, &result->conversions) &&
         read_count (self, record, MR_RESULTS_COLUMN_ENGAGEMENTS, &result->engagements) &&
         read_revenue (self, record, &result->revenue);
}

/* ── Reading the rows with the mapping ───────────────────────────────────────────── */

void
mr_results_import_row_clear (gpointer data)
{
  MrResultsImportRow *row = data;

  g_free ((char *) row->key);
  g_free ((char *) row->reason);
}

/* How the row names its creator, for the list of unmatched rows: the first key it
 * gives, as written. */
static char *
describe_key (const MrResultsKeys *keys)
{
  if (keys->handle != NULL)
    return keys->handle[0] == '@' || strstr (keys->handle, "://") != NULL
           ? g_strdup (keys->handle) : g_strconcat ("@", keys->handle, NULL);
  if (keys->name != NULL)
    return g_strdup (keys->name);
  if (keys->code != NULL)
    return g_strdup (keys->code);
  return NULL;
}

static void
note_day (MrResultsImport *self,
          const char      *day)
{
  if (self->first_day[0] == '\0' || strcmp (day, self->first_day) < 0)
    g_strlcpy (self->first_day, day, sizeof self->first_day);
  if (strcmp (day, self->last_day) > 0)
    g_strlcpy (self->last_day, day, sizeof self->last_day);
}

/* Reads one record into @row; FALSE when it is not a result at all (a row of sums or
 * remarks: no day and nobody named). */
static gboolean
read_row (MrResultsImport       *self,
          const MrResultsRecord *record,
          GHashTable            *days,
          MrResultsImportRow    *row)
{
  MrResultsKeys keys = {
    cell (self, record, MR_RESULTS_COLUMN_HANDLE),
    cell (self, record, MR_RESULTS_COLUMN_NAME),
    cell (self, record, MR_RESULTS_COLUMN_CODE),
  };
  g_autofree char *reason = NULL;
  MrResultsCandidate *candidate;
  g_autofree char *trimmed_handle = NULL;
  g_autofree char *trimmed_name = NULL;
  g_autofree char *trimmed_code = NULL;

  keys.handle = trimmed_handle = mr_value_dup_text (keys.handle);
  keys.name = trimmed_name = mr_value_dup_text (keys.name);
  keys.code = trimmed_code = mr_value_dup_text (keys.code);
  /* "@anna" in the creator column is a handle. */
  if (keys.handle == NULL && keys.name != NULL && keys.name[0] == '@')
    {
      keys.handle = keys.name;
      keys.name = NULL;
    }

  memset (row, 0, sizeof *row);
  row->line = record->line;
  row->result.impressions = row->result.reach = row->result.clicks = MR_UNKNOWN_COUNT;
  row->result.conversions = row->result.engagements = MR_UNKNOWN_COUNT;
  row->result.revenue = NAN;
  read_date (self, record, row->result.date);
  if (row->result.date[0] == '\0' && keys.handle == NULL && keys.name == NULL &&
      keys.code == NULL)
    return FALSE;
  if (read_figures (self, record, &row->result) &&
      row->result.clicks > row->result.impressions && row->result.impressions >= 0)
    {
      g_autofree char *clicks = g_strdup_printf ("%" G_GINT64_FORMAT, row->result.clicks);
      g_autofree char *impressions = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                      row->result.impressions);

      set_problem (self, record->line, MR_IMPORT_ERROR_INVALID_VALUE,
                   /* Translators: the clicks and impressions of a row as the file writes
                    * them, then the two column headers */
                   _("%s clicks are more than %s impressions: check that “%s” and “%s” are "
                     "the right columns"),
                   clicks, impressions, header_of (self, MR_RESULTS_COLUMN_CLICKS),
                   header_of (self, MR_RESULTS_COLUMN_IMPRESSIONS));
    }

  row->key = describe_key (&keys);
  candidate = mr_results_match (self->candidates, &keys, &row->match, &reason);
  if (candidate == NULL && row->result.date[0] == '\0' &&
      has_column (self, MR_RESULTS_COLUMN_DATE))
    {
      row->reason = g_strdup (_("the row has no date and names no member of this campaign: "
                                "taken for a row of totals or notes"));
      return TRUE;
    }
  if (candidate == NULL)
    {
      row->reason = g_steal_pointer (&reason);
      return TRUE;
    }
  row->member = candidate->member;
  row->label = candidate->label;

  if (row->result.date[0] == '\0')
    {
      if (has_column (self, MR_RESULTS_COLUMN_DATE))
        /* Translators: %s names a campaign member: "Anna Jansen (@anna)" */
        set_problem (self, record->line, MR_IMPORT_ERROR_INVALID_VALUE,
                     _("the row for %s has no date"), candidate->label);
    }
  else
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT " %s", candidate->id,
                                              row->result.date);
      guint earlier = GPOINTER_TO_UINT (g_hash_table_lookup (days, key));

      if (earlier > 0)
        /* Translators: %1$s names a campaign member, %2$s is a date, %3$u a line */
        set_problem (self, record->line, MR_IMPORT_ERROR_INVALID_VALUE,
                     _("the results of %1$s on %2$s are on line %3$u too: give one row per "
                       "member and day"),
                     candidate->label, row->result.date, earlier);
      else
        g_hash_table_insert (days, g_steal_pointer (&key), GUINT_TO_POINTER (record->line));
      note_day (self, row->result.date);
    }
  return TRUE;
}

static void
check_mapping (MrResultsImport *self)
{
  static const MrResultsColumn figures[] = {
    MR_RESULTS_COLUMN_IMPRESSIONS, MR_RESULTS_COLUMN_REACH, MR_RESULTS_COLUMN_CLICKS,
    MR_RESULTS_COLUMN_CONVERSIONS, MR_RESULTS_COLUMN_ENGAGEMENTS, MR_RESULTS_COLUMN_REVENUE,
  };
  gboolean any_figure = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    any_figure |= has_column (self, figures[i]);

  if (!has_column (self, MR_RESULTS_COLUMN_DATE))
    set_problem (self, self->header_line, MR_IMPORT_ERROR_MISSING_COLUMN,
                 _("no column holds the date of the results: head it “date” or “datum”"));
  else if (!has_column (self, MR_RESULTS_COLUMN_HANDLE) &&
           !has_column (self, MR_RESULTS_COLUMN_NAME) &&
           !has_column (self, MR_RESULTS_COLUMN_CODE))
    set_problem (self, self->header_line, MR_IMPORT_ERROR_MISSING_COLUMN,
                 _("no column says whose results a row holds: head one “handle”, “creator” "
                   "or “promo code”"));
  else if (!any_figure)
    set_problem (self, self->header_line, MR_IMPORT_ERROR_MISSING_COLUMN,
                 _("no column holds a figure: head them “impressions”, “reach”, “clicks”, "
                   "“conversions”, “engagements” or “revenue”"));
}

static void
update_content_hash (MrResultsImport *self)
{
  g_autoptr(GString) text = g_string_new ("campaign-results\n");

  /* The same file into the same campaign, read the same way and matched to the same
   * members, is the same import; read with other columns, or for another campaign (an
   * affiliate network's export lists every campaign's codes), it brings something else. */
  g_string_append_printf (text, "%s\n%" G_GINT64_FORMAT "\n", self->file_checksum,
                          self->campaign_id);
  for (guint f = 0; self->headers[f] != NULL; f++)
    g_string_append_printf (text, "%d,", self->columns[f]);
  /* Rows that fit nobody may fit once the creator joins the campaign: that import is new. */
  g_string_append_c (text, '\n');
  for (guint i = 0; i < self->rows->len; i++)
    {
      const MrResultsImportRow *row = &g_array_index (self->rows, MrResultsImportRow, i);

      g_string_append_printf (text, "%" G_GINT64_FORMAT ",",
                              row->member != NULL ? mr_campaign_member_get_id (row->member) : 0);
    }
  g_free (self->content_hash);
  self->content_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text->str, -1);
}

/* Reads every record with the current mapping; safe in a worker (no store, no GTK). */
void
mr_results_import_evaluate (MrResultsImport *self)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) members = g_hash_table_new (NULL, NULL);

  g_array_set_size (self->rows, 0);
  g_clear_error (&self->problem);
  self->n_matched = self->n_unmatched = self->n_left_out = self->n_members = 0;
  self->first_day[0] = self->last_day[0] = '\0';

  check_mapping (self);
  for (guint i = 0; i < self->records->len; i++)
    {
      MrResultsImportRow row;

      if (!read_row (self, g_ptr_array_index (self->records, i), days, &row))
        continue;
      g_array_append_val (self->rows, row);
      if (row.member != NULL)
        {
          self->n_matched++;
          g_hash_table_add (members, row.member);
        }
      else if (row.result.date[0] == '\0' && has_column (self, MR_RESULTS_COLUMN_DATE))
        self->n_left_out++;
      else
        self->n_unmatched++;
    }
  self->n_members = g_hash_table_size (members);

  if (self->n_matched == 0)
    set_problem (self, self->header_line, MR_IMPORT_ERROR_FAILED,
                 /* Translators: %s is a campaign's name */
                 _("none of the rows matches a member of “%s”: add the creators to the "
                   "campaign, or check their handles, names and promo codes"),
                 self->campaign_name);
  update_content_hash (self);
}

/* ── Reading the file ────────────────────────────────────────────────────────────── */

static void
record_free (gpointer data)
{
  MrResultsRecord *record = data;

  g_strfreev (record->cells);
  g_free (record);
}

gboolean
mr_results_import_read_file (MrResultsImport  *self,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(MrCsvReader) csv = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (record_free);
  guint header = 0;
  MrResultsRecord *first;

  csv = mr_csv_reader_new_for_file (self->file, cancellable, error);
  if (csv == NULL)
    return FALSE;
  while (mr_csv_reader_next (csv, cancellable, &local_error))
    {
      guint n = mr_csv_reader_get_n_fields (csv);
      MrResultsRecord *record = g_new0 (MrResultsRecord, 1);
      gboolean empty = TRUE;

      record->line = mr_csv_reader_get_line (csv);
      record->n_cells = n;
      record->cells = g_new0 (char *, n + 1);
      for (guint f = 0; f < n; f++)
        {
          record->cells[f] = g_strstrip (g_strdup (mr_csv_reader_get_field (csv, f)));
          empty = empty && record->cells[f][0] == '\0';
        }
      if (empty)
        record_free (record);
      else
        g_ptr_array_add (records, record);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (records->len == 0)
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED,
                   _("%s:1: the file is empty"), self->display_name);
      return FALSE;
    }

  /* A title or a period above the table: the header is the first row that names a
   * column we know, else the first row. */
  for (guint i = 0; i < MIN (records->len, MR_IMPORT_HEADER_SEARCH); i++)
    {
      MrResultsRecord *record = g_ptr_array_index (records, i);
      g_autofree int *columns = g_new (int, MAX (record->n_cells, 1));

      if (guess_columns (record->cells, record->n_cells, columns) > 0)
        {
          header = i;
          break;
        }
    }

  first = g_ptr_array_index (records, header);
  self->header_line = first->line;
  self->headers = g_new0 (char *, first->n_cells + 1);
  for (guint f = 0; f < first->n_cells; f++)
    self->headers[f] = g_strstrip (g_strdup (first->cells[f]));
  self->columns = g_new (int, MAX (first->n_cells, 1));
  guess_columns (first->cells, first->n_cells, self->columns);
  g_ptr_array_remove_range (records, 0, header + 1);

  self->records = g_steal_pointer (&records);
  self->file_checksum = g_strdup (mr_csv_reader_get_checksum (csv));
  return TRUE;
}
