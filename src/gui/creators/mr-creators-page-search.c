/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creators-page-search"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-creators-page-private.h"
#include "mr-number-format.h"
#include "mr-score.h"
#include "mr-tiers.h"

/* Narrowing the roster: search as you type (Ctrl+F, or just type: the window's keys go
 * to the search while this page shows), and a filter menu of checkable facets whose
 * actions live in the page's "roster" group. The toolbar says how many creators show;
 * a search without results says so, with a way back. */

typedef struct
{
  MrRosterFacet  facet;
  int            value;
  const char    *(*to_string) (int value);
  const char    *(*get_label) (int value);
} FacetValue;

static const char *platform_id (int v) { return mr_platform_to_string (v); }
static const char *platform_label (int v) { return mr_platform_get_label (v); }
static const char *tier_id (int v) { return mr_tier_to_string (v); }
static const char *tier_label (int v) { return mr_tier_get_label (v); }
static const char *status_id (int v) { return mr_creator_status_to_string (v); }
static const char *status_label (int v) { return mr_creator_status_get_label (v); }
static const char *recommendation_id (int v) { return mr_recommendation_to_string (v); }
static const char *recommendation_label (int v) { return mr_recommendation_get_label (v); }

static const FacetValue facet_values[] = {
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_TIKTOK, platform_id, platform_label },
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_INSTAGRAM, platform_id, platform_label },
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_YOUTUBE, platform_id, platform_label },
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_BLUESKY, platform_id, platform_label },
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_MASTODON, platform_id, platform_label },
  { MR_ROSTER_FACET_PLATFORM, MR_PLATFORM_OTHER, platform_id, platform_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_EMERGING, tier_id, tier_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_NANO, tier_id, tier_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_MICRO, tier_id, tier_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_MID, tier_id, tier_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_MACRO, tier_id, tier_label },
  { MR_ROSTER_FACET_TIER, MR_TIER_MEGA, tier_id, tier_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_PROSPECT, status_id, status_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_VETTING, status_id, status_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_APPROVED, status_id, status_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_REJECTED, status_id, status_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_ACTIVE, status_id, status_label },
  { MR_ROSTER_FACET_STATUS, MR_CREATOR_STATUS_ALUMNI, status_id, status_label },
  { MR_ROSTER_FACET_RECOMMENDATION, MR_RECOMMENDATION_RECOMMENDED, recommendation_id,
    recommendation_label },
  { MR_ROSTER_FACET_RECOMMENDATION, MR_RECOMMENDATION_REVIEW, recommendation_id,
    recommendation_label },
  { MR_ROSTER_FACET_RECOMMENDATION, MR_RECOMMENDATION_NOT_RECOMMENDED, recommendation_id,
    recommendation_label },
};

static const char *facet_prefixes[MR_N_ROSTER_FACETS] = {
  "platform", "tier", "status", "recommendation",
};

static const char *facet_titles[MR_N_ROSTER_FACETS] = {
  NC_("filter", "_Platform"), NC_("filter", "_Tier"), NC_("filter", "_Status"),
  NC_("filter", "_Recommendation"),
};

static char *
action_name (const FacetValue *value)
{
  return g_strdup_printf ("%s-%s", facet_prefixes[value->facet], value->to_string (value->value));
}

/* ── What the list says ──────────────────────────────────────────────────────────── */

void
mr_creators_page_update_list_state (MrCreatorsPage *self)
{
  guint total, shown, n_chosen;
  g_autofree char *total_text = NULL;
  g_autofree char *shown_text = NULL;
  g_autofree char *count = NULL;
  g_autofree char *filter_text = NULL;

  if (self->filter_model == NULL)
    return;

  total = g_list_model_get_n_items (self->model);
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  total_text = mr_format_count (total);
  shown_text = mr_format_count (shown);

  if (mr_roster_filter_is_active (self->filter))
    /* Translators: how many creators the search and filters leave, out of how many. */
    count = g_strdup_printf (ngettext ("%s of %s creator", "%s of %s creators", total),
                             shown_text, total_text);
  else
    count = g_strdup_printf (ngettext ("%s creator", "%s creators", total), total_text);
  gtk_label_set_text (self->count_label, count);

  gtk_stack_set_visible_child_name (self->list_stack,
                                    shown == 0 && total > 0 ? "no-results" : "list");

  n_chosen = mr_roster_filter_get_n_chosen (self->filter);
  if (n_chosen > 0)
    {
      /* Translators: the filter button's tooltip while filters narrow the roster. */
      filter_text = g_strdup_printf (ngettext ("Filter Creators (%u filter on)",
                                               "Filter Creators (%u filters on)", n_chosen),
                                     n_chosen);
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button),
                               filter_text != NULL ? filter_text : _("Filter Creators"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count, -1);
}

/* ── Search ──────────────────────────────────────────────────────────────────────── */

static void
on_search_changed (MrCreatorsPage *self)
{
  mr_roster_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  mr_creators_page_update_list_state (self);
}

/* Enter in the search opens the first creator found. */
static void
on_search_activate (MrCreatorsPage *self)
{
  g_autoptr(MrCreator) first = NULL;

  on_search_changed (self);
  first = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);
  if (first == NULL)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  mr_creators_page_show_creator (self, first, TRUE);
}

static gboolean
on_find_shortcut (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  /* The shortcut belongs to the window: only this page's when it is the one shown. */
  if (!gtk_widget_get_mapped (widget) || self->filter_model == NULL ||
      g_list_model_get_n_items (self->model) == 0)
    return FALSE;

  adw_leaflet_set_visible_child (self->leaflet, self->roster_pane);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* ── Filters ─────────────────────────────────────────────────────────────────────── */

static void
on_facet_change_state (GSimpleAction  *action,
                       GVariant       *state,
                       MrCreatorsPage *self)
{
  const char *name = g_action_get_name (G_ACTION (action));

  for (guint i = 0; i < G_N_ELEMENTS (facet_values); i++)
    {
      g_autofree char *candidate = action_name (&facet_values[i]);

      if (g_str_equal (candidate, name))
        {
          mr_roster_filter_set_chosen (self->filter, facet_values[i].facet, facet_values[i].value,
                                       g_variant_get_boolean (state));
          break;
        }
    }

  g_simple_action_set_state (action, state);
  mr_creators_page_update_list_state (self);
}

static void
clear_filters (MrCreatorsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (facet_values); i++)
    {
      g_autofree char *name = action_name (&facet_values[i]);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->filter_actions), name);

      g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (FALSE));
    }
  mr_roster_filter_clear (self->filter);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  mr_creators_page_update_list_state (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  clear_filters (MR_CREATORS_PAGE (widget));
}

static GMenuModel *
build_filter_menu (MrCreatorsPage *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) facets = g_menu_new ();
  g_autoptr(GMenu) clear = g_menu_new ();

  for (guint facet = 0; facet < MR_N_ROSTER_FACETS; facet++)
    {
      g_autoptr(GMenu) submenu = g_menu_new ();

      for (guint i = 0; i < G_N_ELEMENTS (facet_values); i++)
        {
          g_autofree char *name = NULL;
          g_autofree char *detailed = NULL;
          g_autoptr(GSimpleAction) action = NULL;

          if (facet_values[i].facet != facet)
            continue;

          name = action_name (&facet_values[i]);
          action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));
          g_signal_connect_object (action, "change-state", G_CALLBACK (on_facet_change_state),
                                   self, 0);
          g_action_map_add_action (G_ACTION_MAP (self->filter_actions), G_ACTION (action));

          detailed = g_strconcat ("roster.", name, NULL);
          g_menu_append (submenu, facet_values[i].get_label (facet_values[i].value), detailed);
        }
      g_menu_append_submenu (facets, g_dpgettext2 (GETTEXT_PACKAGE, "filter", facet_titles[facet]),
                             G_MENU_MODEL (submenu));
    }

  g_menu_append (clear, _("_Clear Search and Filters"), "creators.clear-filters");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (facets));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));
  return G_MENU_MODEL (menu);
}

void
mr_creators_page_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_install_action (widget_class, "creators.clear-filters", NULL,
                                   clear_filters_action);
}

void
mr_creators_page_init_search (MrCreatorsPage *self)
{
  g_autoptr(GMenuModel) menu = NULL;
  GtkEventController *controller;

  self->filter_actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "roster", G_ACTION_GROUP (self->filter_actions));
  menu = build_filter_menu (self);
  gtk_menu_button_set_menu_model (self->filter_button, menu);

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (on_find_shortcut, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
