/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-campaign-format.h"
#include "mr-campaign-view-private.h"
#include "mr-results-import-dialog.h"

/* A campaign's page. Its figures (KPIs, spend, the split across tiers) are worked out
 * again whenever the campaign, a member or a result changes, but once per burst of
 * changes: in an idle, so that typing a fee or importing a hundred rows does not redo
 * them a hundred times. mr-campaign-view-members.c holds the Members page. */

G_DEFINE_FINAL_TYPE (MrCampaignView, mr_campaign_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── The header ──────────────────────────────────────────────────────────────────── */

static void
update_header (MrCampaignView *self)
{
  g_autoptr(GPtrArray) about = g_ptr_array_new ();
  g_autofree char *about_text = NULL;
  g_autofree char *dates = NULL;
  MrCampaign *campaign = self->campaign;

  if (campaign == NULL)
    return;

  gtk_label_set_text (self->name_label, mr_campaign_get_name (campaign));
  if (mr_campaign_get_brand (campaign) != NULL)
    g_ptr_array_add (about, (gpointer) mr_campaign_get_brand (campaign));
  g_ptr_array_add (about, (gpointer) mr_campaign_goal_get_label (mr_campaign_get_goal (campaign)));
  g_ptr_array_add (about, (gpointer) mr_campaign_kind_get_label (mr_campaign_get_kind (campaign)));
  if (mr_campaign_get_archived (campaign))
    /* Translators: beside a campaign's brand, goal and kind. */
    g_ptr_array_add (about, (gpointer) _("Archived"));
  g_ptr_array_add (about, NULL);
  about_text = g_strjoinv (" · ", (char **) about->pdata);
  gtk_label_set_text (self->about_label, about_text);

  dates = mr_campaign_format_dates (campaign);
  gtk_label_set_text (self->dates_label, dates != NULL ? dates : _("No dates set yet"));
}

/* "2 creators · EUR 800 of EUR 1,000 spent", and what is not known yet. */
static char *
describe_status (MrCampaign              *campaign,
                 const MrCampaignFigures *figures,
                 gboolean                *over_budget)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *currency = mr_campaign_get_currency (campaign);
  double spend = figures->input.spend;
  double budget = figures->budget;

  *over_budget = FALSE;
  if (figures->n_members == 0)
    g_ptr_array_add (parts, g_strdup (_("no creators yet")));
  else
    /* Translators: how many creators take part in a campaign. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u creator", "%u creators", figures->n_members),
                                             figures->n_members));

  if (isnan (spend) && !isnan (budget))
    {
      g_autofree char *budget_text = mr_campaign_format_money (budget, currency);

      /* Translators: a campaign's budget before any fee was agreed; %s is the amount. */
      g_ptr_array_add (parts, g_strdup_printf (_("budget %s, no fees agreed yet"), budget_text));
    }
  else if (isnan (spend))
    g_ptr_array_add (parts, g_strdup (_("no fees agreed yet")));
  else if (!isnan (budget))
    {
      g_autofree char *spend_text = mr_campaign_format_money (spend, currency);
      g_autofree char *budget_text = mr_campaign_format_money (budget, currency);

      /* Translators: a campaign's fees against its budget, as in "EUR 800 of EUR 1,000
       * spent". */
      g_ptr_array_add (parts, g_strdup_printf (_("%1$s of %2$s spent"), spend_text, budget_text));
      if (spend > budget + 0.005)
        {
          g_autofree char *over = mr_campaign_format_money (spend - budget, currency);

          *over_budget = TRUE;
          /* Translators: how far the fees go over the budget, as in "EUR 200 over budget". */
          g_ptr_array_add (parts, g_strdup_printf (_("%s over budget"), over));
        }
    }
  else
    {
      g_autofree char *spend_text = mr_campaign_format_money (spend, currency);

      /* Translators: the fees of a campaign without a budget, as in "EUR 800 spent". */
      g_ptr_array_add (parts, g_strdup_printf (_("%s spent"), spend_text));
    }

  if (figures->n_without_fee > 0 && !isnan (spend))
    /* Translators: members of a campaign whose fee is not agreed yet. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u without a fee yet", "%u without a fee yet",
                                                       figures->n_without_fee),
                                             figures->n_without_fee));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

const char *
mr_campaign_view_get_status (MrCampaignView *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_VIEW (self), NULL);

  return gtk_label_get_text (self->status_label);
}

/* ── The figures ─────────────────────────────────────────────────────────────────── */

static void
show_figures (MrCampaignView *self)
{
  g_autoptr(MrCampaignFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  gboolean over_budget = FALSE;

  if (self->campaign == NULL || self->store == NULL || mr_campaign_get_id (self->campaign) == 0)
    {
      mr_campaign_kpis_set_figures (self->kpis, NULL, NULL);
      mr_budget_chart_set_figures (self->budget_chart, NULL, NULL);
      return;
    }

  figures = mr_store_compute_campaign (self->store, self->campaign, &error);
  if (figures == NULL)
    {
      /* Translators: where a campaign's figures would be; %s says why they are not. */
      status = g_strdup_printf (_("The figures could not be worked out: %s"), error->message);
      over_budget = TRUE;
    }
  else
    status = describe_status (self->campaign, figures, &over_budget);

  gtk_label_set_text (self->status_label, status);
  if (over_budget)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");

  mr_campaign_kpis_set_figures (self->kpis, self->campaign, figures);
  mr_budget_chart_set_figures (self->budget_chart, figures != NULL ? self->campaign : NULL, figures);
}

static void
refresh (gpointer data)
{
  MrCampaignView *self = data;

  self->refresh_source = 0;
  update_header (self);
  show_figures (self);
  mr_campaign_view_update_members_count (self);
  if (self->regroup)
    {
      self->regroup = FALSE;
      mr_campaign_view_regroup_members (self);
    }
}

void
mr_campaign_view_schedule_refresh (MrCampaignView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_once (refresh, self);
}

static void
on_member_notify (MrCampaignMember *member,
                  GParamSpec       *pspec,
                  MrCampaignView   *self)
{
  if (g_str_equal (pspec->name, "status"))
    self->regroup = TRUE;
  mr_campaign_view_schedule_refresh (self);
}

static void
unwatch_members (MrCampaignView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch_members (MrCampaignView *self)
{
  GListModel *members;

  unwatch_members (self);
  if (self->campaign == NULL)
    return;

  members = mr_campaign_get_members (self->campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      MrCampaignMember *member = g_list_model_get_item (members, i);

      g_signal_connect (member, "notify", G_CALLBACK (on_member_notify), self);
      g_ptr_array_add (self->watched, member);
    }
}

static void
on_members_changed (MrCampaignView *self)
{
  watch_members (self);
  mr_campaign_view_schedule_refresh (self);
}

static void
on_results_changed (MrStore        *store,
                    gint64          campaign_id,
                    MrCampaignView *self)
{
  if (self->campaign != NULL && mr_campaign_get_id (self->campaign) == campaign_id)
    mr_campaign_view_schedule_refresh (self);
}

/* ── Importing results ───────────────────────────────────────────────────────────── */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     MrCampaignView  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->campaign != NULL && self->store != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      mr_results_import_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 self->store, self->campaign, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
import_results_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MrCampaignView *self = MR_CAMPAIGN_VIEW (widget);
  g_autoptr(GtkFileFilter) results = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *title = NULL;

  if (self->campaign == NULL || self->store == NULL)
    return;
  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  /* Translators: the title of a file chooser; %s is a campaign's name. */
  title = g_strdup_printf (_("Import Results into “%s”"), mr_campaign_get_name (self->campaign));
  self->chooser = gtk_file_chooser_native_new (title,
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (results, _("Results (CSV)"));
  gtk_file_filter_add_mime_type (results, "text/csv");
  gtk_file_filter_add_suffix (results, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), results);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ── Public ──────────────────────────────────────────────────────────────────────── */

static void
update_actions (MrCampaignView *self)
{
  gboolean can = self->store != NULL && self->campaign != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaign.add-members", can);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaign.import-results", can);
}

GtkWidget *
mr_campaign_view_new (void)
{
  return g_object_new (MR_TYPE_CAMPAIGN_VIEW, NULL);
}

void
mr_campaign_view_set_store (MrCampaignView *self,
                            MrStore        *store)
{
  g_return_if_fail (MR_IS_CAMPAIGN_VIEW (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "results-changed", G_CALLBACK (on_results_changed), self);
  mr_campaign_kpis_set_store (self->kpis, store);

  mr_campaign_view_set_campaign (self, NULL);
}

MrCampaign *
mr_campaign_view_get_campaign (MrCampaignView *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_VIEW (self), NULL);

  return self->campaign;
}

void
mr_campaign_view_set_campaign (MrCampaignView *self,
                               MrCampaign     *campaign)
{
  g_return_if_fail (MR_IS_CAMPAIGN_VIEW (self));
  g_return_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign));

  if (self->campaign == campaign)
    return;

  if (self->campaign != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->campaign, self);
      g_signal_handlers_disconnect_by_data (mr_campaign_get_members (self->campaign), self);
    }
  g_set_object (&self->campaign, campaign);
  if (campaign != NULL)
    {
      g_signal_connect_swapped (campaign, "notify", G_CALLBACK (mr_campaign_view_schedule_refresh), self);
      g_signal_connect_swapped (mr_campaign_get_members (campaign), "items-changed",
                                G_CALLBACK (on_members_changed), self);
    }
  watch_members (self);

  mr_results_editor_set_campaign (self->results_editor, self->store, self->store != NULL ? campaign : NULL);
  mr_campaign_view_bind_members (self);
  update_actions (self);

  /* Shown at once, not an idle later: the page never shows another campaign's figures. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->regroup = FALSE;
  refresh (self);
}

void
mr_campaign_view_show_page (MrCampaignView *self,
                            const char     *name)
{
  g_return_if_fail (MR_IS_CAMPAIGN_VIEW (self));
  g_return_if_fail (name != NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_page_changed (MrCampaignView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
mr_campaign_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MrCampaignView *self = MR_CAMPAIGN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, gtk_stack_get_visible_child_name (self->stack));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MrCampaignView *self = MR_CAMPAIGN_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      mr_campaign_view_show_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

static void
mr_campaign_view_dispose (GObject *object)
{
  MrCampaignView *self = MR_CAMPAIGN_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->watched != NULL)
    {
      unwatch_members (self);
      g_clear_pointer (&self->watched, g_ptr_array_unref);
    }
  if (self->campaign != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->campaign, self);
      g_signal_handlers_disconnect_by_data (mr_campaign_get_members (self->campaign), self);
      g_clear_object (&self->campaign);
    }
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_clear_object (&self->store);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_CAMPAIGN_VIEW);
  for (guint i = 0; i < MR_N_MEMBER_STATUSES; i++)
    g_clear_object (&self->groups[i]);

  G_OBJECT_CLASS (mr_campaign_view_parent_class)->dispose (object);
}

static void
mr_campaign_view_class_init (MrCampaignViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaign_view_dispose;
  object_class->get_property = mr_campaign_view_get_property;
  object_class->set_property = mr_campaign_view_set_property;

  /* The page shown, "overview", "members" or "results": the page buttons' action. */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "overview",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MR_TYPE_CAMPAIGN_KPIS);
  g_type_ensure (MR_TYPE_BUDGET_CHART);
  g_type_ensure (MR_TYPE_RESULTS_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-campaign-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, box);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, name_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, about_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, dates_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, status_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, kpis);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, budget_chart);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, members_count);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, members_stack);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, groups_box);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignView, results_editor);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_property_action (widget_class, "campaign.page", "page");
  gtk_widget_class_install_action (widget_class, "campaign.import-results", NULL,
                                   import_results_action);
  mr_campaign_view_class_init_members (widget_class);
}

static void
mr_campaign_view_init (MrCampaignView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  mr_campaign_view_init_members (self);
  update_actions (self);
}
