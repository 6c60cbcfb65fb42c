/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-kpis"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-campaign-kpis-private.h"
#include "mr-kpi-format.h"
#include "mr-number-format.h"

/* As on a creator's page: one card per row on a 360 px phone, four on a wide window. */
#define CARD_WIDTH 190

G_DEFINE_FINAL_TYPE (MrCampaignKpis, mr_campaign_kpis, GTK_TYPE_WIDGET)

GtkWidget *
mr_campaign_kpis_new (void)
{
  return g_object_new (MR_TYPE_CAMPAIGN_KPIS, NULL);
}

MrMetricCard *
mr_campaign_kpis_get_card (MrCampaignKpis *self,
                           MrKpiKind       kind)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_KPIS (self), NULL);
  g_return_val_if_fail (kind < MR_N_KPIS, NULL);

  return self->cards[kind];
}

const char *
mr_campaign_kpis_get_mark (MrCampaignKpis *self,
                           MrKpiKind       kind)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_KPIS (self), NULL);
  g_return_val_if_fail (kind < MR_N_KPIS, NULL);

  if (!gtk_widget_get_visible (self->marks[kind]))
    return NULL;
  return gtk_label_get_text (self->mark_labels[kind]);
}

/* ── Formatting ─────────────────────────────────────────────────────────────────── */

/* The target as the card's line under the value: "Target ≥ 3 : 1". */
static char *
format_target_line (MrKpiKind           kind,
                    const MrKpiTargets *targets)
{
  g_autofree char *target = mr_kpi_format_target (kind, targets);

  /* Translators: under a KPI's value; %s is its target, as in "≥ 3 : 1" or "2–5 %". */
  return target != NULL ? g_strdup_printf (_("Target %s"), target) : NULL;
}

/* ── The cards ──────────────────────────────────────────────────────────────────── */

static const char *
kpi_title (MrKpiKind kind)
{
  switch (kind)
    {
    case MR_KPI_SPEND:
      return C_("kpi", "Spend");
    case MR_KPI_REVENUE:
      return C_("kpi", "Revenue");
    case MR_KPI_CTR:
      return C_("kpi", "CTR");
    case MR_KPI_CPM:
      return C_("kpi", "CPM");
    case MR_KPI_CPE:
      return C_("kpi", "CPE");
    case MR_KPI_CPA:
      return C_("kpi", "CPA");
    case MR_KPI_ROAS:
      return C_("kpi", "ROAS");
    case MR_KPI_ROI:
      return C_("kpi", "ROI");
    case MR_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
kpi_formula (MrKpiKind kind)
{
  switch (kind)
    {
    case MR_KPI_SPEND:
      return _("The sum of the members’ fees");
    case MR_KPI_REVENUE:
      return _("The sum of the revenue in the results");
    case MR_KPI_CTR:
      return _("Clicks ÷ impressions × 100 (click-through rate)");
    case MR_KPI_CPM:
      return _("Spend ÷ impressions × 1,000 (cost per mille)");
    case MR_KPI_CPE:
      return _("Spend ÷ engagements (cost per engagement)");
    case MR_KPI_CPA:
      return _("Spend ÷ conversions (cost per acquisition)");
    case MR_KPI_ROAS:
      return _("Revenue ÷ spend (return on ad spend)");
    case MR_KPI_ROI:
      return _("(Revenue − spend) ÷ spend × 100 (return on investment)");
    case MR_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
count_or_null (gint64 value)
{
  return value >= 0 ? mr_format_count (value) : NULL;
}

static char *
money_or_null (const char *currency,
               double      value)
{
  return isnan (value) ? NULL : mr_kpi_format_money (currency, value, FALSE);
}

/* The figures a KPI is computed from, for the card's popover. */
static void
add_inputs (MrMetricCard            *card,
            MrKpiKind                kind,
            const MrCampaignFigures *figures,
            const char              *currency)
{
  const MrKpiInput *in = &figures->input;
  g_autofree char *spend = money_or_null (currency, in->spend);
  g_autofree char *revenue = money_or_null (currency, in->revenue);
  g_autofree char *target = mr_kpi_format_target (kind, &figures->targets);

  switch (kind)
    {
    case MR_KPI_SPEND:
      {
        g_autofree char *budget = money_or_null (currency, figures->budget);
        g_autofree char *without = mr_format_count (figures->n_without_fee);

        mr_metric_card_add_input (card, _("Budget"), budget);
        mr_metric_card_add_input (card, _("Members without a fee"), without);
      }
      break;
    case MR_KPI_REVENUE:
      {
        g_autofree char *conversions = count_or_null (in->conversions);

        mr_metric_card_add_input (card, C_("campaign result", "Conversions"), conversions);
      }
      break;
    case MR_KPI_CTR:
      {
        g_autofree char *clicks = count_or_null (in->clicks);
        g_autofree char *impressions = count_or_null (in->impressions);

        mr_metric_card_add_input (card, C_("campaign result", "Clicks"), clicks);
        mr_metric_card_add_input (card, C_("campaign result", "Impressions"), impressions);
      }
      break;
    case MR_KPI_CPM:
    case MR_KPI_CPE:
    case MR_KPI_CPA:
      {
        gint64 count = kind == MR_KPI_CPM ? in->impressions
                     : kind == MR_KPI_CPE ? in->engagements : in->conversions;
        const char *name = kind == MR_KPI_CPM ? C_("campaign result", "Impressions")
                         : kind == MR_KPI_CPE ? C_("campaign result", "Engagements")
                         : C_("campaign result", "Conversions");
        g_autofree char *text = count_or_null (count);

        mr_metric_card_add_input (card, C_("kpi", "Spend"), spend);
        mr_metric_card_add_input (card, name, text);
      }
      break;
    case MR_KPI_ROAS:
    case MR_KPI_ROI:
      mr_metric_card_add_input (card, C_("kpi", "Revenue"), revenue);
      mr_metric_card_add_input (card, C_("kpi", "Spend"), spend);
      break;
    case MR_N_KPIS:
    default:
      g_assert_not_reached ();
    }

  if (target != NULL)
    mr_metric_card_add_input (card, C_("kpi input", "Target"), target);
}

/* The line under a value that has no target: what it is per, or how complete it is. */
static char *
kpi_detail (MrKpiKind                kind,
            const MrCampaignFigures *figures,
            const char              *currency)
{
  g_autofree char *budget = NULL;
  guint n_results = 0;

  switch (kind)
    {
    case MR_KPI_SPEND:
      if (figures->n_without_fee > 0)
        /* Translators: under the campaign's spend. */
        return g_strdup_printf (ngettext ("%u member has no fee yet",
                                          "%u members have no fee yet",
                                          figures->n_without_fee),
                                figures->n_without_fee);
      if (isnan (figures->budget))
        return NULL;
      budget = mr_kpi_format_money (currency, figures->budget, FALSE);
      /* Translators: under the campaign's spend; %s is an amount of money. */
      return g_strdup_printf (_("Budget %s"), budget);
    case MR_KPI_REVENUE:
      for (guint i = 0; i < figures->n_members; i++)
        n_results += figures->members[i].n_results;
      /* Translators: under the campaign's revenue. */
      return g_strdup_printf (ngettext ("From %u result row", "From %u result rows", n_results),
                              n_results);
    case MR_KPI_CPM:
      return g_strdup (_("Per 1,000 impressions"));
    case MR_KPI_CPE:
      return g_strdup (_("Per engagement"));
    case MR_KPI_CPA:
      return g_strdup (_("Per conversion"));
    case MR_KPI_CTR:
    case MR_KPI_ROAS:
    case MR_KPI_ROI:
      return format_target_line (kind, &figures->targets);
    case MR_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* MrMetricCard describes its button by the detail line; a KPI card is described by its
 * mark, its target and the sentence behind it. The button is the card's first child. */
static void
describe_card (MrMetricCard *card,
               const char   *description)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (card));

  g_return_if_fail (GTK_IS_BUTTON (button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
show_mark (MrCampaignKpis *self,
           MrKpiKind       kind,
           const char     *word,
           gboolean        good)
{
  GtkWidget *mark = self->marks[kind];

  gtk_widget_set_visible (mark, word != NULL);
  if (word == NULL)
    return;

  gtk_label_set_text (self->mark_labels[kind], word);
  gtk_image_set_from_icon_name (self->mark_icons[kind],
                                good ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (mark, good ? "error" : "success");
  gtk_widget_add_css_class (mark, good ? "success" : "error");
}

static void
show_card (MrCampaignKpis          *self,
           MrKpiKind                kind,
           const MrCampaignFigures *figures,
           const char              *currency)
{
  MrMetricCard *card = self->cards[kind];
  const MrKpi *kpi = &figures->kpis.kpis[kind];
  const char *word = mr_kpi_mark_word (kind, kpi, &figures->targets);
  g_autofree char *value = mr_kpi_format_value (kind, kpi, currency);
  g_autofree char *detail = NULL;
  g_autofree char *description = NULL;
  MrMetricTone tone = MR_METRIC_TONE_NEUTRAL;

  mr_metric_card_clear_inputs (card);
  mr_metric_card_set_formula (card, kpi_formula (kind));
  add_inputs (card, kind, figures, currency);
  mr_metric_card_set_sentence (card, kpi->sentence);
  gtk_widget_set_tooltip_text (GTK_WIDGET (card), kpi->sentence);

  if (value == NULL)
    {
      /* No "0": the card says what is missing instead. */
      mr_metric_card_set_value (card, NULL, kpi->sentence, tone);
      show_mark (self, kind, NULL, FALSE);
      describe_card (card, kpi->sentence);
      return;
    }

  if (kpi->judgement == MR_KPI_ON_TARGET)
    tone = MR_METRIC_TONE_GOOD;
  else if (kpi->judgement == MR_KPI_OFF_TARGET)
    tone = MR_METRIC_TONE_BAD;
  detail = kpi_detail (kind, figures, currency);
  mr_metric_card_set_value (card, value, detail, tone);
  show_mark (self, kind, word, kpi->judgement == MR_KPI_ON_TARGET);

  /* Translators: a KPI card read aloud after its name and value: the mark, the line
   * under the value and the sentence, as in "On target. Target ≥ 3 : 1. A ROAS of …". */
  description = word != NULL
    ? g_strdup_printf (C_("kpi card", "%1$s. %2$s. %3$s"), word, detail, kpi->sentence)
    : detail != NULL ? g_strdup_printf (C_("kpi card", "%1$s. %2$s"), detail, kpi->sentence)
                     : g_strdup (kpi->sentence);
  describe_card (card, description);
}

static void
clear_cards (MrCampaignKpis *self)
{
  for (guint i = 0; i < MR_N_KPIS; i++)
    {
      mr_metric_card_clear_inputs (self->cards[i]);
      mr_metric_card_set_value (self->cards[i], NULL, NULL, MR_METRIC_TONE_NEUTRAL);
      mr_metric_card_set_formula (self->cards[i], kpi_formula (i));
      mr_metric_card_set_sentence (self->cards[i], NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->cards[i]), NULL);
      show_mark (self, i, NULL, FALSE);
    }
}

void
mr_campaign_kpis_set_figures (MrCampaignKpis          *self,
                              MrCampaign              *campaign,
                              const MrCampaignFigures *figures)
{
  const char *currency;

  g_return_if_fail (MR_IS_CAMPAIGN_KPIS (self));
  g_return_if_fail (figures == NULL || MR_IS_CAMPAIGN (campaign));

  g_array_set_size (self->members, 0);
  if (figures == NULL)
    {
      clear_cards (self);
      mr_campaign_kpis_show_members (self);
      return;
    }

  currency = mr_campaign_get_currency (campaign);
  for (guint i = 0; i < MR_N_KPIS; i++)
    show_card (self, i, figures, currency);

  mr_campaign_kpis_copy_members (self, figures, currency);
  mr_campaign_kpis_show_members (self);
}

void
mr_campaign_kpis_set_store (MrCampaignKpis *self,
                            MrStore        *store)
{
  g_return_if_fail (MR_IS_CAMPAIGN_KPIS (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  mr_campaign_kpis_show_members (self);
}

/* ── The widget ─────────────────────────────────────────────────────────────────── */

static void
mr_campaign_kpis_root (GtkWidget *widget)
{
  MrCampaignKpis *self = MR_CAMPAIGN_KPIS (widget);

  GTK_WIDGET_CLASS (mr_campaign_kpis_parent_class)->root (widget);

  /* Figures set before the widget was in a window name their creators now. */
  if (self->store == NULL && self->members->len > 0)
    mr_campaign_kpis_show_members (self);
}

static void
mr_campaign_kpis_dispose (GObject *object)
{
  MrCampaignKpis *self = MR_CAMPAIGN_KPIS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_CAMPAIGN_KPIS);
  g_clear_object (&self->store);
  g_clear_object (&self->stat_widths);

  G_OBJECT_CLASS (mr_campaign_kpis_parent_class)->dispose (object);
}

static void
mr_campaign_kpis_finalize (GObject *object)
{
  MrCampaignKpis *self = MR_CAMPAIGN_KPIS (object);

  g_array_unref (self->members);

  G_OBJECT_CLASS (mr_campaign_kpis_parent_class)->finalize (object);
}

static void
mr_campaign_kpis_class_init (MrCampaignKpisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaign_kpis_dispose;
  object_class->finalize = mr_campaign_kpis_finalize;
  widget_class->root = mr_campaign_kpis_root;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-campaign-kpis.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCampaignKpis, box);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignKpis, flow_box);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignKpis, member_list);
}

/* A card with its mark in the top corner: the mark is drawn over the card and lets
 * clicks through to it. */
static GtkWidget *
card_with_mark (MrCampaignKpis *self,
                MrKpiKind       kind)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  self->cards[kind] = MR_METRIC_CARD (mr_metric_card_new (kpi_title (kind)));
  gtk_widget_set_size_request (GTK_WIDGET (self->cards[kind]), CARD_WIDTH, -1);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->cards[kind]));

  self->marks[kind] = mark;
  self->mark_icons[kind] = GTK_IMAGE (gtk_image_new ());
  self->mark_labels[kind] = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->mark_labels[kind]), "caption-heading");
  gtk_box_append (GTK_BOX (mark), GTK_WIDGET (self->mark_icons[kind]));
  gtk_box_append (GTK_BOX (mark), GTK_WIDGET (self->mark_labels[kind]));
  gtk_widget_set_halign (mark, GTK_ALIGN_END);
  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  gtk_widget_set_margin_top (mark, 12);
  gtk_widget_set_margin_end (mark, 14);
  gtk_widget_set_can_target (mark, FALSE);
  gtk_widget_set_visible (mark, FALSE);
  /* The card's description reads the mark; heard twice it would be noise. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), mark);

  return overlay;
}

static void
mr_campaign_kpis_init (MrCampaignKpis *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->members = mr_campaign_kpis_members_new ();

  for (guint i = 0; i < MR_N_KPIS; i++)
    {
      gtk_flow_box_append (self->flow_box, card_with_mark (self, i));
      /* The card's button takes the focus; the cell around it need not. */
      gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (self->flow_box, i)),
                                FALSE);
    }
  clear_cards (self);
}
