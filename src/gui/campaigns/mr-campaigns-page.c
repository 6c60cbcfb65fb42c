/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaigns-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-campaign-row.h"
#include "mr-campaigns-page-private.h"
#include "mr-window.h"

/* The Campaigns page: the list of campaigns beside the one it opens (an AdwLeaflet),
 * or, in a narrow window, one after the other with a Back button. The list is the
 * store's campaigns without the archived ones (unless asked for), newest first, in a
 * single selection: selecting a campaign shows it beside the list, activating it (a
 * tap when narrow) opens it. mr-campaigns-page-actions.c holds what can be done. */

G_DEFINE_FINAL_TYPE (MrCampaignsPage, mr_campaigns_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── The list ────────────────────────────────────────────────────────────────────── */

static gboolean
is_listed (gpointer item,
           gpointer user_data)
{
  MrCampaignsPage *self = user_data;

  return self->show_archived || !mr_campaign_get_archived (item);
}

/* Running and coming campaigns first: by start day, the latest first, undated last,
 * then by name in the user's language. */
static int
compare_campaigns (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  MrCampaign *first = MR_CAMPAIGN ((gpointer) a);
  MrCampaign *second = MR_CAMPAIGN ((gpointer) b);
  const char *start_a = mr_campaign_get_start_date (first);
  const char *start_b = mr_campaign_get_start_date (second);
  int order;

  if ((start_a == NULL) != (start_b == NULL))
    return start_a == NULL ? 1 : -1;
  if ((order = g_strcmp0 (start_b, start_a)) != 0)
    return order;
  return g_utf8_collate (mr_campaign_get_name (first), mr_campaign_get_name (second));
}

static void
update_count (MrCampaignsPage *self)
{
  guint n = g_list_model_get_n_items (self->model);
  guint n_archived = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (self->model, i);

      n_archived += mr_campaign_get_archived (campaign) ? 1 : 0;
    }

  if (n_archived == 0)
    /* Translators: above the campaign list. */
    text = g_strdup_printf (ngettext ("%u campaign", "%u campaigns", n), n);
  else
    /* Translators: above the campaign list; %1$u campaigns running or planned, %2$u
     * archived. */
    text = g_strdup_printf (_("%1$u active, %2$u archived"), n - n_archived, n_archived);
  gtk_label_set_text (self->count_label, text);
}

static void
update_list_state (MrCampaignsPage *self)
{
  gboolean any = g_list_model_get_n_items (self->model) > 0;
  gboolean listed = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, listed || !any ? "list" : "all-archived");
  update_count (self);
}

/* The list's selection follows the campaign shown, when the list has it. */
static void
select_shown (MrCampaignsPage *self)
{
  GListModel *listed = G_LIST_MODEL (self->selection);
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->selection == NULL)
    return;

  for (guint i = 0; self->shown != NULL && i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (listed, i);

      if (campaign == self->shown)
        {
          position = i;
          break;
        }
    }
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
}

static void
refresh (gpointer data)
{
  MrCampaignsPage *self = data;

  self->refresh_source = 0;
  mr_campaigns_page_refresh (self);
}

void
mr_campaigns_page_refresh (MrCampaignsPage *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->model == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_list_state (self);
  select_shown (self);
  mr_campaigns_page_update_actions (self);
}

static void show (MrCampaignsPage *self,
                  MrCampaign      *campaign,
                  gboolean         navigate);

static void
on_campaign_notify (MrCampaign      *campaign,
                    GParamSpec      *pspec,
                    MrCampaignsPage *self)
{
  /* Deleted: the store leaves the object, with id 0. */
  if (campaign == self->shown && mr_campaign_get_id (campaign) == 0)
    show (self, NULL, FALSE);

  /* What the list is filtered and sorted by: once, after a burst of changes. */
  if (self->refresh_source == 0 &&
      (g_str_equal (pspec->name, "archived") || g_str_equal (pspec->name, "start-date") ||
       g_str_equal (pspec->name, "name")))
    self->refresh_source = g_idle_add_once (refresh, self);
}

/* ── Showing a campaign ──────────────────────────────────────────────────────────── */

MrCampaign *
mr_campaigns_page_get_shown (MrCampaignsPage *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGNS_PAGE (self), NULL);

  return self->shown;
}

/* The campaign's page is made when it is first needed: a window that never shows a
 * campaign does without its tables and charts. */
static void
ensure_view (MrCampaignsPage *self)
{
  if (self->campaign_view != NULL)
    return;

  self->campaign_view = MR_CAMPAIGN_VIEW (mr_campaign_view_new ());
  mr_campaign_view_set_store (self->campaign_view, self->store);
  gtk_stack_add_named (self->pane_stack, GTK_WIDGET (self->campaign_view), "campaign");
}

static void
show (MrCampaignsPage *self,
      MrCampaign      *campaign,
      gboolean         navigate)
{
  if (campaign != NULL)
    ensure_view (self);
  if (g_set_object (&self->shown, campaign) && self->campaign_view != NULL)
    mr_campaign_view_set_campaign (self->campaign_view, campaign);

  gtk_stack_set_visible_child_name (self->pane_stack, campaign != NULL ? "campaign" : "none");
  if (navigate && campaign != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->campaign_pane);
  else if (campaign == NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  select_shown (self);
  mr_campaigns_page_update_actions (self);
}

void
mr_campaigns_page_show_campaign (MrCampaignsPage *self,
                                 MrCampaign      *campaign)
{
  g_return_if_fail (MR_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign));

  show (self, campaign, TRUE);
}

static void
on_selection_changed (MrCampaignsPage *self)
{
  MrCampaign *selected = gtk_single_selection_get_selected_item (self->selection);

  /* A narrow window opens a campaign on activation only: a tap selects and activates. */
  if (selected != NULL && selected != self->shown && !adw_leaflet_get_folded (self->leaflet))
    show (self, selected, FALSE);
}

static void
on_row_activated (MrCampaignsPage *self,
                  guint            position)
{
  g_autoptr(MrCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (campaign != NULL)
    show (self, campaign, TRUE);
}

static void
on_folded_changed (MrCampaignsPage *self)
{
  gtk_list_view_set_single_click_activate (self->list_view, adw_leaflet_get_folded (self->leaflet));
}

/* ── The campaigns ───────────────────────────────────────────────────────────────── */

static void
on_campaigns_changed (GListModel      *model,
                      guint            position,
                      guint            removed,
                      guint            added,
                      MrCampaignsPage *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (campaign, on_campaign_notify, self);
      g_signal_connect_object (campaign, "notify", G_CALLBACK (on_campaign_notify), self, 0);
    }

  /* A deleted campaign keeps its object, with id 0. */
  if (self->shown != NULL && mr_campaign_get_id (self->shown) == 0)
    show (self, NULL, FALSE);
  update_list_state (self);
}

void
mr_campaigns_page_set_store (MrCampaignsPage *self,
                             MrStore         *store)
{
  g_return_if_fail (MR_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  show (self, NULL, FALSE);
  if (self->campaign_view != NULL)
    mr_campaign_view_set_store (self->campaign_view, store);
  mr_campaigns_page_update_actions (self);
}

void
mr_campaigns_page_set_model (MrCampaignsPage *self,
                             GListModel      *model)
{
  GtkRoot *root;

  g_return_if_fail (MR_IS_CAMPAIGNS_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (self->model == NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (self->store == NULL && MR_IS_WINDOW (root))
    mr_campaigns_page_set_store (self, mr_window_get_store (MR_WINDOW (root)));

  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_campaigns_changed), self, 0);

  self->filter_model = gtk_filter_list_model_new (g_object_ref (model),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_list_state), self,
                           G_CONNECT_SWAPPED);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  on_campaigns_changed (model, 0, 0, g_list_model_get_n_items (model), self);
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

static void
set_show_archived (MrCampaignsPage *self,
                   gboolean         show_archived)
{
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;
  mr_campaigns_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ARCHIVED]);
}

static void
mr_campaigns_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaigns_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      set_show_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaigns_page_dispose (GObject *object)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CAMPAIGNS_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);
  g_clear_object (&self->shown);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_campaigns_page_parent_class)->dispose (object);
}

static void
mr_campaigns_page_class_init (MrCampaignsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaigns_page_dispose;
  object_class->get_property = mr_campaigns_page_get_property;
  object_class->set_property = mr_campaigns_page_set_property;

  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MR_TYPE_CAMPAIGN);
  g_type_ensure (MR_TYPE_CAMPAIGN_ROW);
  g_type_ensure (MR_TYPE_CAMPAIGN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-campaigns-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, campaign_pane);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignsPage, pane_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_property_action (widget_class, "campaigns.show-archived", "show-archived");
  mr_campaigns_page_class_init_actions (widget_class);
}

static void
mr_campaigns_page_init (MrCampaignsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (is_listed, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_campaigns, NULL, NULL);
  mr_campaigns_page_init_actions (self);
}
