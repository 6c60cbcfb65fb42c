/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-results-item"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mr-metrics-types.h"
#include "mr-number-format.h"
#include "mr-results-item.h"

/* More digits than this are a typing slip, and would not fit in a count. */
#define MAX_DIGITS 15

struct _MrResultsItem
{
  GObject           parent_instance;

  MrCampaignMember *member;
  char             *creator_name;
  MrResultRow       row;
  char             *refused_text[MR_RESULTS_N_FIELDS];
  char             *refused_reason[MR_RESULTS_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (MrResultsItem, mr_results_item, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

MrResultsItem *
mr_results_item_new (MrCampaignMember  *member,
                     const char        *creator_name,
                     const MrResultRow *row)
{
  MrResultsItem *self;

  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (MR_TYPE_RESULTS_ITEM, NULL);
  self->member = g_object_ref (member);
  self->creator_name = g_strdup (creator_name != NULL ? creator_name : "");
  self->row = *row;

  return self;
}

MrCampaignMember *
mr_results_item_get_member (MrResultsItem *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);

  return self->member;
}

const char *
mr_results_item_get_creator_name (MrResultsItem *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);

  return self->creator_name;
}

const char *
mr_results_item_get_date (MrResultsItem *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);

  return self->row.date;
}

char *
mr_results_item_format_day (MrResultsItem *self)
{
  GDate date;

  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);

  g_date_clear (&date, 1);
  g_date_set_parse (&date, self->row.date);
  if (!g_date_valid (&date))
    return g_strdup (self->row.date);

  return mr_format_day (g_date_get_julian (&date), TRUE);
}

const MrResultRow *
mr_results_item_get_row (MrResultsItem *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);

  return &self->row;
}

static void
clear_refused (MrResultsItem *self)
{
  for (guint i = 0; i < MR_RESULTS_N_FIELDS; i++)
    {
      g_clear_pointer (&self->refused_text[i], g_free);
      g_clear_pointer (&self->refused_reason[i], g_free);
    }
}

void
mr_results_item_set_row (MrResultsItem     *self,
                         const MrResultRow *row)
{
  g_return_if_fail (MR_IS_RESULTS_ITEM (self));
  g_return_if_fail (row != NULL);

  self->row = *row;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static gint64 *
count_of (MrResultRow    *row,
          MrResultsField  field)
{
  switch (field)
    {
    case MR_RESULTS_FIELD_IMPRESSIONS:
      return &row->impressions;
    case MR_RESULTS_FIELD_REACH:
      return &row->reach;
    case MR_RESULTS_FIELD_CLICKS:
      return &row->clicks;
    case MR_RESULTS_FIELD_CONVERSIONS:
      return &row->conversions;
    case MR_RESULTS_FIELD_ENGAGEMENTS:
      return &row->engagements;
    case MR_RESULTS_FIELD_REVENUE:
    case MR_RESULTS_N_FIELDS:
    default:
      return NULL;
    }
}

char *
mr_results_item_format (MrResultsItem  *self,
                        MrResultsField  field)
{
  gint64 *count;

  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);
  g_return_val_if_fail (field < MR_RESULTS_N_FIELDS, NULL);

  if (field == MR_RESULTS_FIELD_REVENUE)
    return isnan (self->row.revenue) ? g_strdup ("") : mr_format_decimal (self->row.revenue, 2);

  count = count_of (&self->row, field);
  return *count >= 0 ? mr_format_count (*count) : g_strdup ("");
}

void
mr_results_item_set_refused (MrResultsItem  *self,
                             MrResultsField  field,
                             const char     *text,
                             const char     *reason)
{
  g_return_if_fail (MR_IS_RESULTS_ITEM (self));
  g_return_if_fail (field < MR_RESULTS_N_FIELDS);

  g_free (self->refused_text[field]);
  g_free (self->refused_reason[field]);
  self->refused_text[field] = g_strdup (text);
  self->refused_reason[field] = text != NULL ? g_strdup (reason) : NULL;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

const char *
mr_results_item_get_refused_text (MrResultsItem  *self,
                                  MrResultsField  field)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);
  g_return_val_if_fail (field < MR_RESULTS_N_FIELDS, NULL);

  return self->refused_text[field];
}

const char *
mr_results_item_get_refused_reason (MrResultsItem  *self,
                                    MrResultsField  field)
{
  g_return_val_if_fail (MR_IS_RESULTS_ITEM (self), NULL);
  g_return_val_if_fail (field < MR_RESULTS_N_FIELDS, NULL);

  return self->refused_reason[field];
}

int
mr_results_item_compare (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  MrResultsItem *item_a = MR_RESULTS_ITEM ((gpointer) a);
  MrResultsItem *item_b = MR_RESULTS_ITEM ((gpointer) b);
  int order = strcmp (item_a->row.date, item_b->row.date);

  if (order != 0)
    return order;
  order = g_utf8_collate (item_a->creator_name, item_b->creator_name);
  if (order != 0)
    return order;
  /* Two creators of one name still keep one order. */
  return (mr_campaign_member_get_id (item_a->member) > mr_campaign_member_get_id (item_b->member))
       - (mr_campaign_member_get_id (item_a->member) < mr_campaign_member_get_id (item_b->member));
}

const char *
mr_results_field_get_title (MrResultsField field)
{
  switch (field)
    {
    case MR_RESULTS_FIELD_IMPRESSIONS:
      return C_("campaign result", "Impressions");
    case MR_RESULTS_FIELD_REACH:
      return C_("campaign result", "Reach");
    case MR_RESULTS_FIELD_CLICKS:
      return C_("campaign result", "Clicks");
    case MR_RESULTS_FIELD_CONVERSIONS:
      return C_("campaign result", "Conversions");
    case MR_RESULTS_FIELD_ENGAGEMENTS:
      return C_("campaign result", "Engagements");
    case MR_RESULTS_FIELD_REVENUE:
      return C_("campaign result", "Revenue");
    case MR_RESULTS_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ── Reading what was typed ─────────────────────────────────────────────────────── */

/* The separators are the ones the numbers are shown with (mr-number-format.c): what
 * the table shows can be typed back as it is. */
static const char *
thousands_separator (void)
{
  return C_("thousands separator", ",");
}

static const char *
decimal_separator (void)
{
  return C_("decimal separator", ".");
}

/* The length of a currency sign or code (€, $, £, "EUR") at @p, or 0. */
static gsize
currency_length (const char *p)
{
  static const char * const signs[] = { "€", "$", "£" };

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (g_str_has_prefix (p, signs[i]))
      return strlen (signs[i]);
  if (g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) && g_ascii_isupper (p[2]))
    return 3;
  return 0;
}

/* "EUR 1,250", "€1,250", "1,250 €": the amount without its currency. */
static char *
strip_currency (const char *text)
{
  gsize length = strlen (text);
  gsize start = currency_length (text);
  gsize end = length;

  for (gsize n = 1; n <= 3 && n <= length - start; n++)
    if (currency_length (text + length - n) == n)
      {
        end = length - n;
        break;
      }

  return g_strstrip (g_strndup (text + start, end - start));
}

static gboolean
is_group_separator (const char  *p,
                    gsize       *length)
{
  const char *thousands = thousands_separator ();

  if (thousands[0] != '\0' && g_str_has_prefix (p, thousands))
    {
      *length = strlen (thousands);
      return TRUE;
    }
  /* Some write 1 250 or 1 250 (with a no-break space). */
  if (*p == ' ')
    {
      *length = 1;
      return TRUE;
    }
  if (g_str_has_prefix (p, "\u00A0") || g_str_has_prefix (p, "\u202F"))
    {
      *length = strlen ("\u00A0");
      return TRUE;
    }
  return FALSE;
}

/* Digits of a whole number, grouped by threes or not at all, into @digits. */
static gboolean
read_whole (const char *p,
            const char *end,
            GString    *digits)
{
  guint in_group = 0;
  gboolean grouped = FALSE;

  while (p < end)
    {
      gsize length;

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p++);
          in_group++;
          if (grouped && in_group > 3)
            return FALSE;
        }
      else if (is_group_separator (p, &length))
        {
          /* The first group has one to three digits, every later group three. */
          if (in_group == 0 || in_group > 3 || (grouped && in_group != 3))
            return FALSE;
          grouped = TRUE;
          in_group = 0;
          p += length;
        }
      else
        return FALSE;
    }

  return !grouped || in_group == 3;
}

static char *
example (MrResultsField field)
{
  if (field == MR_RESULTS_FIELD_REVENUE)
    return g_strdup_printf ("1%s250%s50", thousands_separator (), decimal_separator ());
  return mr_format_count (1250);
}

static gboolean
refuse_text (MrResultsField   field,
             const char      *text,
             GError         **error)
{
  g_autofree char *like = example (field);

  if (field == MR_RESULTS_FIELD_REVENUE)
    /* Translators: %1$s is what was typed, %2$s an example amount such as 1,250.50. */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("“%1$s” is not an amount: write it like %2$s, or leave it empty when it is "
                   "not known."), text, like);
  else
    /* Translators: %1$s is what was typed, %2$s an example count such as 1,250. */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("“%1$s” is not a whole number: write it like %2$s, or leave it empty when "
                   "it is not known."), text, like);
  return FALSE;
}

gboolean
mr_results_field_parse (MrResultsField   field,
                        const char      *text,
                        MrResultRow     *row,
                        GError         **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *amount = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *point;
  const char *end;

  g_return_val_if_fail (field < MR_RESULTS_N_FIELDS, FALSE);
  g_return_val_if_fail (text != NULL && row != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  amount = field == MR_RESULTS_FIELD_REVENUE ? strip_currency (trimmed) : g_strdup (trimmed);

  /* Empty is "not known": never a zero. The dash is how the app itself writes it. */
  if (amount[0] == '\0' || g_str_equal (amount, "—"))
    {
      if (field == MR_RESULTS_FIELD_REVENUE)
        row->revenue = NAN;
      else
        *count_of (row, field) = MR_METRIC_UNKNOWN;
      return TRUE;
    }

  if (amount[0] == '-' || g_str_has_prefix (amount, "−"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           field == MR_RESULTS_FIELD_REVENUE
                           ? _("Revenue cannot be below zero.")
                           : _("A result cannot be below zero."));
      return FALSE;
    }

  end = amount + strlen (amount);
  point = strstr (amount, decimal_separator ());
  if (!read_whole (amount, point != NULL ? point : end, digits))
    return refuse_text (field, trimmed, error);

  if (point != NULL)
    {
      const char *fraction = point + strlen (decimal_separator ());

      /* A count has no fraction; an amount has digits after its point and no more. */
      if (field != MR_RESULTS_FIELD_REVENUE || *fraction == '\0')
        return refuse_text (field, trimmed, error);
      for (const char *p = fraction; *p != '\0'; p++)
        if (!g_ascii_isdigit (*p))
          return refuse_text (field, trimmed, error);
      if (digits->len == 0)
        g_string_append_c (digits, '0');
      g_string_append_c (digits, '.');
      g_string_append (digits, fraction);
    }

  if (digits->len == 0 || strcspn (digits->str, ".") > MAX_DIGITS)
    return refuse_text (field, trimmed, error);

  if (field == MR_RESULTS_FIELD_REVENUE)
    row->revenue = g_ascii_strtod (digits->str, NULL);
  else
    *count_of (row, field) = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

/* ── The object ─────────────────────────────────────────────────────────────────── */

static void
mr_results_item_finalize (GObject *object)
{
  MrResultsItem *self = MR_RESULTS_ITEM (object);

  g_clear_object (&self->member);
  g_free (self->creator_name);
  clear_refused (self);

  G_OBJECT_CLASS (mr_results_item_parent_class)->finalize (object);
}

static void
mr_results_item_class_init (MrResultsItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_results_item_finalize;

  /**
   * MrResultsItem::changed:
   *
   * The row or a refused figure changed: its cells show it again.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mr_results_item_init (MrResultsItem *self)
{
}
