/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-results-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-results-editor-private.h"

G_DEFINE_FINAL_TYPE (MrResultsEditor, mr_results_editor, GTK_TYPE_WIDGET)

GtkWidget *
mr_results_editor_new (void)
{
  return g_object_new (MR_TYPE_RESULTS_EDITOR, NULL);
}

GListModel *
mr_results_editor_get_rows (MrResultsEditor *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_EDITOR (self), NULL);

  return G_LIST_MODEL (self->rows);
}

/* ── Messages ───────────────────────────────────────────────────────────────────── */

void
mr_results_editor_show_problem (MrResultsEditor *self,
                                const char      *title,
                                const char      *text)
{
  self->problem_item = NULL;
  gtk_label_set_text (self->problem_title, title);
  gtk_label_set_text (self->problem_label, text);
  gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
}

void
mr_results_editor_hide_problem (MrResultsEditor *self)
{
  self->problem_item = NULL;
  gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
}

static void
on_problem_dismiss (MrResultsEditor *self)
{
  mr_results_editor_hide_problem (self);
}

void
mr_results_editor_show_toast (MrResultsEditor *self,
                              AdwToast        *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ── Loading ────────────────────────────────────────────────────────────────────── */

static char *
find_creator_name (MrStore *store,
                   gint64   creator_id)
{
  GListModel *creators = mr_store_get_creators (store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == creator_id)
        return g_strdup (mr_creator_get_name (creator));
    }
  /* Translators: a campaign member whose creator is not (or no longer) in the roster. */
  return g_strdup (_("Unknown creator"));
}

void
mr_results_editor_update_state (MrResultsEditor *self)
{
  gboolean has_members = self->members->len > 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), has_members);
  if (!has_members)
    gtk_stack_set_visible_child_name (self->stack, "no-members");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
load_members (MrResultsEditor *self)
{
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (self->member_names));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->members, 0);
  if (self->campaign != NULL)
    {
      GListModel *members = mr_campaign_get_members (self->campaign);

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          MrCampaignMember *member = g_list_model_get_item (members, i);

          g_ptr_array_add (self->members, member);
          g_ptr_array_add (names, find_creator_name (self->store,
                                                     mr_campaign_member_get_creator_id (member)));
        }
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->member_names, 0, n_names, (const char * const *) names->pdata);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return mr_results_item_compare (*(gpointer *) a, *(gpointer *) b, user_data);
}

static void
reload (MrResultsEditor *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  /* The rows come back as stored: a refused figure, and its message, are gone. */
  if (self->problem_item != NULL)
    mr_results_editor_hide_problem (self);
  load_members (self);

  for (guint i = 0; i < self->members->len; i++)
    {
      MrCampaignMember *member = g_ptr_array_index (self->members, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) results = mr_store_list_results (self->store,
                                                         mr_campaign_member_get_id (member),
                                                         &error);
      const char *name = gtk_string_list_get_string (self->member_names, i);

      if (results == NULL)
        {
          mr_results_editor_show_problem (self, _("The results could not be read"),
                                          error->message);
          continue;
        }
      for (guint j = 0; j < results->len; j++)
        g_ptr_array_add (items, mr_results_item_new (member, name,
                                                     &g_array_index (results, MrResultRow, j)));
    }

  g_ptr_array_sort_with_data (items, compare_items, NULL);
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  mr_results_editor_update_state (self);
}

static void
on_results_changed (MrStore         *store,
                    gint64           campaign_id,
                    MrResultsEditor *self)
{
  if (self->writing > 0 || self->campaign == NULL ||
      campaign_id != mr_campaign_get_id (self->campaign))
    return;

  reload (self);
}

static void
on_members_changed (GListModel      *members,
                    guint            position,
                    guint            removed,
                    guint            added,
                    MrResultsEditor *self)
{
  reload (self);
}

static void
update_revenue_title (MrResultsEditor *self)
{
  const char *currency = self->campaign != NULL ? mr_campaign_get_currency (self->campaign) : NULL;
  g_autofree char *title = NULL;

  if (currency != NULL && currency[0] != '\0')
    /* Translators: a column title: revenue in a currency, as in "Revenue (EUR)". */
    title = g_strdup_printf (_("%1$s (%2$s)"), mr_results_field_get_title (MR_RESULTS_FIELD_REVENUE),
                             currency);
  else
    title = g_strdup (mr_results_field_get_title (MR_RESULTS_FIELD_REVENUE));
  gtk_column_view_column_set_title (self->revenue_column, title);
}

void
mr_results_editor_set_campaign (MrResultsEditor *self,
                                MrStore         *store,
                                MrCampaign      *campaign)
{
  g_return_if_fail (MR_IS_RESULTS_EDITOR (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));
  g_return_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign));
  g_return_if_fail (campaign == NULL || store != NULL);

  if (self->store == store && self->campaign == campaign)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (self->campaign, self);
  if (self->members_model != NULL)
    g_signal_handlers_disconnect_by_data (self->members_model, self);
  if (campaign == NULL)
    store = NULL;
  g_set_object (&self->store, store);
  g_set_object (&self->campaign, campaign);
  g_clear_object (&self->members_model);

  if (self->campaign != NULL)
    {
      self->members_model = g_object_ref (mr_campaign_get_members (campaign));
      g_signal_connect (self->store, "results-changed", G_CALLBACK (on_results_changed), self);
      g_signal_connect (self->members_model, "items-changed", G_CALLBACK (on_members_changed), self);
      g_signal_connect_swapped (self->campaign, "notify::currency",
                                G_CALLBACK (update_revenue_title), self);
    }

  mr_results_editor_hide_problem (self);
  update_revenue_title (self);
  reload (self);
}

/* ── The columns ────────────────────────────────────────────────────────────────── */

static GtkWidget *
cell_label (GtkListItem *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (list_item, label);
  gtk_list_item_set_activatable (list_item, FALSE);
  return label;
}

static void
setup_day (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  /* A day is read whole: "3 March 2025", never "3 Ma…". */
  cell_label (list_item);
}

static void
setup_creator (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = cell_label (list_item);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
}

static void
bind_day (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  MrResultsItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *day = mr_results_item_format_day (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), day);
}

static void
bind_creator (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  MrResultsItem *item = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      mr_results_item_get_creator_name (item));
}

static void
setup_figure (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              MrResultsEditor          *self)
{
  MrResultsField field = MR_RESULTS_FIELD_IMPRESSIONS;
  GtkWidget *cell;

  for (guint i = 0; i < MR_RESULTS_N_FIELDS; i++)
    if (self->figure_factories[i] == GTK_LIST_ITEM_FACTORY (factory))
      field = i;

  cell = mr_results_cell_new (field);
  g_signal_connect (cell, "edited", G_CALLBACK (mr_results_editor_cell_edited), self);
  gtk_list_item_set_child (list_item, cell);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_figure (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  mr_results_cell_set_item (MR_RESULTS_CELL (gtk_list_item_get_child (list_item)),
                            gtk_list_item_get_item (list_item));
}

static void
unbind_figure (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  mr_results_cell_set_item (MR_RESULTS_CELL (gtk_list_item_get_child (list_item)), NULL);
}

static void
setup_delete (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (list_item, button);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_delete (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  MrResultsItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *button = gtk_list_item_get_child (list_item);
  g_autofree char *day = mr_results_item_format_day (item);
  g_autofree char *label = NULL;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xs)",
                                    mr_campaign_member_get_id (mr_results_item_get_member (item)),
                                    mr_results_item_get_date (item));
  /* Named only once it has its row: without a target the action would not match. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "results.remove");
  /* Translators: a button read aloud; %1$s is a creator, %2$s a day. */
  label = g_strdup_printf (_("Delete the row of %1$s on %2$s"),
                           mr_results_item_get_creator_name (item), day);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkColumnViewColumn *
append_column (MrResultsEditor    *self,
               const char         *title,
               GtkListItemFactory *factory)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  return column;
}

static void
add_columns (MrResultsEditor *self)
{
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_day), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_day), NULL);
  append_column (self, C_("campaign result", "Day"), factory);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_creator), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_creator), NULL);
  column = append_column (self, C_("campaign result", "Creator"), factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_resizable (column, TRUE);

  for (guint i = 0; i < MR_RESULTS_N_FIELDS; i++)
    {
      factory = gtk_signal_list_item_factory_new ();
      self->figure_factories[i] = factory;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_figure), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_figure), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_figure), NULL);
      column = append_column (self, mr_results_field_get_title (i), factory);
      if (i == MR_RESULTS_FIELD_REVENUE)
        self->revenue_column = column;
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_delete), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_delete), NULL);
  append_column (self, NULL, factory);
}

/* ── The widget ─────────────────────────────────────────────────────────────────── */

static void
mr_results_editor_dispose (GObject *object)
{
  MrResultsEditor *self = MR_RESULTS_EDITOR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->campaign != NULL)
    g_signal_handlers_disconnect_by_data (self->campaign, self);
  if (self->members_model != NULL)
    g_signal_handlers_disconnect_by_data (self->members_model, self);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  g_clear_object (&self->focus_item);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_RESULTS_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->campaign);
  g_clear_object (&self->members_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->member_names);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->removals, g_hash_table_unref);

  G_OBJECT_CLASS (mr_results_editor_parent_class)->dispose (object);
}

static void
mr_results_editor_class_init (MrResultsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_results_editor_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "results.remove", "(xs)",
                                   mr_results_editor_remove);
  gtk_widget_class_install_action (widget_class, "results.undo-remove", "u",
                                   mr_results_editor_undo_remove);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-results-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, add_popover);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, problem_title);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, column_view);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, member_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, MrResultsEditor, add_problem);
  gtk_widget_class_bind_template_callback (widget_class, on_problem_dismiss);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_popover_show",
                                                G_CALLBACK (mr_results_editor_add_popover_show));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_choice_changed",
                                                G_CALLBACK (mr_results_editor_add_choice_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_add_confirm",
                                                G_CALLBACK (mr_results_editor_add_confirm));
}

static void
mr_results_editor_init (MrResultsEditor *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (MR_TYPE_RESULTS_ITEM);
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->member_names = gtk_string_list_new (NULL);
  self->removals = g_hash_table_new_full (NULL, NULL, NULL, mr_results_editor_removal_free);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  gtk_drop_down_set_model (self->member_drop_down, G_LIST_MODEL (self->member_names));
  mr_accessible_name_drop_down (self->member_drop_down, _("Creator"));
  add_columns (self);
  update_revenue_title (self);
  mr_results_editor_update_state (self);
}
