/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creators-page"

#include "config.h"

#include <math.h>

#include "mr-creator-view.h"
#include "mr-creators-page-private.h"
#include "mr-roster-cell.h"
#include "mr-roster-key.h"

/* The Creators page: the roster beside the creator it opens (an AdwLeaflet), or, in a
 * narrow window, one after the other with a Back button. The roster is a column view
 * over the store's creators, sorted, then filtered (typing only filters again), then
 * selectable: a click shows a creator beside the list, Ctrl+click picks several to
 * compare, activating a row (double click, Enter; a single tap when narrow) opens it.
 * mr-creators-page-search.c holds the search and the filters, mr-creators-page-actions.c
 * what can be done with creators. */

G_DEFINE_FINAL_TYPE (MrCreatorsPage, mr_creators_page, GTK_TYPE_WIDGET)

/* The name and the score always show; the other columns join, most telling first, as
 * the roster's width allows (less when it is the narrow side beside a creator). */
#define NAME_MIN_WIDTH 200

static const int column_widths[MR_N_ROSTER_COLUMNS] = {
  [MR_ROSTER_COLUMN_NAME] = -1,
  [MR_ROSTER_COLUMN_PLATFORMS] = 96,
  [MR_ROSTER_COLUMN_FOLLOWERS] = 104,
  [MR_ROSTER_COLUMN_TIER] = 88,
  [MR_ROSTER_COLUMN_ENGAGEMENT] = 120,
  [MR_ROSTER_COLUMN_SCORE] = 184,
  [MR_ROSTER_COLUMN_STATUS] = 104,
};

static const MrRosterColumn optional_columns[] = {
  MR_ROSTER_COLUMN_ENGAGEMENT,
  MR_ROSTER_COLUMN_FOLLOWERS,
  MR_ROSTER_COLUMN_TIER,
  MR_ROSTER_COLUMN_PLATFORMS,
  MR_ROSTER_COLUMN_STATUS,
};

static guint
columns_for_width (int width)
{
  guint shown = 1u << MR_ROSTER_COLUMN_NAME | 1u << MR_ROSTER_COLUMN_SCORE;
  int used = NAME_MIN_WIDTH + column_widths[MR_ROSTER_COLUMN_SCORE];

  for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
    {
      used += column_widths[optional_columns[i]];
      if (used > width)
        break;
      shown |= 1u << optional_columns[i];
    }

  return shown;
}

static void
show_columns (gpointer data)
{
  MrCreatorsPage *self = data;

  self->columns_source = 0;
  self->shown_columns = columns_for_width (gtk_widget_get_width (self->roster_pane));
  for (guint i = 0; i < MR_N_ROSTER_COLUMNS; i++)
    {
      gboolean shown = (self->shown_columns & (1u << i)) != 0;

      /* GTK 4.8 counts a hidden column's fixed width when it shares out the width: a
       * hidden column is made 0 wide as well. */
      if (column_widths[i] > 0)
        gtk_column_view_column_set_fixed_width (self->columns[i], shown ? column_widths[i] : 0);
      gtk_column_view_column_set_visible (self->columns[i], shown);
    }
}

static void
mr_creators_page_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
mr_creators_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);

  /* Columns cannot come and go during an allocation: right after it, then. */
  if (self->columns_source == 0 &&
      columns_for_width (gtk_widget_get_width (self->roster_pane)) != self->shown_columns)
    self->columns_source = g_idle_add_once (show_columns, self);
}

/* ── Showing a creator ───────────────────────────────────────────────────────────── */

MrCreator *
mr_creators_page_get_shown (MrCreatorsPage *self)
{
  return self->shown;
}

/* Shows @creator beside the roster; with @navigate, a narrow window goes to it. */
void
mr_creators_page_show_creator (MrCreatorsPage *self,
                               MrCreator      *creator,
                               gboolean        navigate)
{
  if (g_set_object (&self->shown, creator))
    mr_creator_view_set_creator (MR_CREATOR_VIEW (self->creator_view), creator);
  gtk_label_set_text (self->title_label, creator != NULL ? mr_creator_get_name (creator) : "");

  if (navigate && creator != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->creator_pane);
  else if (creator == NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->roster_pane);

  mr_creators_page_update_actions (self);
}

/* Returns: (transfer container): the selected creators, in the roster's order */
GPtrArray *
mr_creators_page_get_selected (MrCreatorsPage *self)
{
  GPtrArray *creators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return creators;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (creators, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return creators;
}

/* Selects @creator alone, when the roster shows it. */
void
mr_creators_page_select (MrCreatorsPage *self,
                         MrCreator      *creator)
{
  GListModel *list = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MrCreator) item = g_list_model_get_item (list, i);

      if (item == creator)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          return;
        }
    }
}

void
mr_creators_page_refresh (MrCreatorsPage *self)
{
  mr_roster_key_invalidate_all ();
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (mr_creators_page_get_shown (self) != NULL)
    gtk_label_set_text (self->title_label, mr_creator_get_name (mr_creators_page_get_shown (self)));
}

static void
on_selection_changed (GtkSelectionModel *selection,
                      guint              position,
                      guint              n_items,
                      MrCreatorsPage    *self)
{
  g_autoptr(GPtrArray) selected = mr_creators_page_get_selected (self);

  /* A narrow window opens a creator on activation only: a tap selects and activates. */
  if (selected->len == 1 && !adw_leaflet_get_folded (self->leaflet))
    mr_creators_page_show_creator (self, g_ptr_array_index (selected, 0), FALSE);
  else
    mr_creators_page_update_actions (self);
}

static void
on_row_activated (MrCreatorsPage *self,
                  guint           position)
{
  g_autoptr(MrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  mr_creators_page_show_creator (self, creator, TRUE);
  if (!adw_leaflet_get_folded (self->leaflet))
    gtk_widget_child_focus (self->creator_view, GTK_DIR_TAB_FORWARD);
}

static void
on_folded_changed (MrCreatorsPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_column_view_set_single_click_activate (self->column_view, folded);
  if (!folded && mr_creators_page_get_shown (self) == NULL)
    {
      g_autoptr(GPtrArray) selected = mr_creators_page_get_selected (self);

      if (selected->len == 1)
        mr_creators_page_show_creator (self, g_ptr_array_index (selected, 0), FALSE);
    }
}

/* ── The creators ────────────────────────────────────────────────────────────────── */

/* Works each creator's search text out while nothing else happens, a few milliseconds
 * at a time, so that the first search need not: folding ten thousand names, handles and
 * niches takes a good part of a second on a slow machine. */
static gboolean
prepare_search (gpointer data)
{
  MrCreatorsPage *self = data;
  gint64 end = g_get_monotonic_time () + 4 * G_TIME_SPAN_MILLISECOND;
  guint n_items = g_list_model_get_n_items (self->model);

  while (self->n_prepared < n_items && g_get_monotonic_time () < end)
    for (guint i = 0; i < 64 && self->n_prepared < n_items; i++, self->n_prepared++)
      {
        g_autoptr(MrCreator) creator = g_list_model_get_item (self->model, self->n_prepared);

        mr_roster_key_get_search_text (creator);
      }

  if (self->n_prepared < n_items)
    return G_SOURCE_CONTINUE;

  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static void
start_preparing_search (MrCreatorsPage *self)
{
  self->n_prepared = 0;
  if (self->prepare_source == 0)
    self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_search, self, NULL);
}

static void
on_creators_changed (GListModel     *model,
                     guint           position,
                     guint           removed,
                     guint           added,
                     MrCreatorsPage *self)
{
  MrCreator *shown = mr_creators_page_get_shown (self);

  /* Before the sort and filter models look at them: this handler runs first. */
  mr_roster_key_invalidate_all ();
  /* At start-up, once the first frame is drawn. */
  if (self->first_frame_drawn)
    start_preparing_search (self);

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (model) > 0 ? "list" : "empty");
  /* A deleted creator keeps its object, with id 0. */
  if (shown != NULL && mr_creator_get_id (shown) == 0)
    mr_creators_page_show_creator (self, NULL, FALSE);
  mr_creators_page_update_list_state (self);
}

/* Every creator's metrics came in (from a worker thread, for a large roster): the order
 * and the tier and recommendation filters look at them again. */
static void
on_metrics_updated (MrCreatorsPage *self)
{
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  if (mr_roster_filter_get_n_chosen (self->filter) > 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
mr_creators_page_set_store (MrCreatorsPage *self,
                            MrStore        *store)
{
  g_return_if_fail (MR_IS_CREATORS_PAGE (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_metrics_updated, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "metrics-updated", G_CALLBACK (on_metrics_updated), self,
                             G_CONNECT_SWAPPED);

  mr_creator_view_set_store (MR_CREATOR_VIEW (self->creator_view), store);
  mr_creators_page_update_actions (self);
}

/* Which rows the screen shows, from where the list is scrolled: all rows are the same
 * height, and the list's height is theirs added up. */
static void
update_screen (MrCreatorsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->slots));
  double row_height, page_size;

  if (adjustment == NULL || n_items == 0 ||
      (page_size = gtk_adjustment_get_page_size (adjustment)) <= 0 ||
      (row_height = gtk_adjustment_get_upper (adjustment) / n_items) < 1)
    {
      mr_roster_slots_set_screen (self->slots, 0, 0);
      return;
    }

  mr_roster_slots_set_screen (self->slots,
                              (guint) (gtk_adjustment_get_value (adjustment) / row_height),
                              (guint) ceil (page_size / row_height) + 1);
}

/* After the first frame, which shows the roster's first rows, the others: a few more
 * at each frame (see mr_roster_slots_hold_back()). */
static gboolean
grow_rows (GtkWidget     *widget,
           GdkFrameClock *frame_clock,
           gpointer       data)
{
  MrCreatorsPage *self = data;

  if (self->first_frame_drawn == FALSE)
    {
      self->first_frame_drawn = TRUE;
      return G_SOURCE_CONTINUE;
    }

  if (mr_roster_slots_grow (self->slots, 40))
    return G_SOURCE_CONTINUE;

  self->grow_id = 0;
  start_preparing_search (self);
  return G_SOURCE_REMOVE;
}

void
mr_creators_page_set_model (MrCreatorsPage *self,
                            GListModel     *model)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (MR_IS_CREATORS_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (self->model == NULL);

  self->model = g_object_ref (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_creators_changed), self, 0);

  self->sort_model = gtk_sort_list_model_new (g_object_ref (model),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  /* Not incremental: ten thousand creators are filtered in about 2 ms, while every
   * slice of an incremental filter changes the list and costs a frame of its own. */
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (mr_creators_page_update_list_state), self, G_CONNECT_SWAPPED);

  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed), self, 0);
  self->slots = mr_roster_slots_new (GTK_SELECTION_MODEL (self->selection));
  mr_roster_slots_hold_back (self->slots);
  self->grow_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->column_view), grow_rows, self, NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->slots));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (update_screen), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (update_screen), self,
                           G_CONNECT_SWAPPED);

  on_creators_changed (model, 0, 0, g_list_model_get_n_items (model), self);
}

void
mr_creators_page_add_creator (MrCreatorsPage *self)
{
  g_return_if_fail (MR_IS_CREATORS_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "creators.add", NULL);
}

/* ── Widget ──────────────────────────────────────────────────────────────────────── */

static void
mr_creators_page_map (GtkWidget *widget)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  GTK_WIDGET_CLASS (mr_creators_page_parent_class)->map (widget);

  /* Typing anywhere in the window searches, while this page is the one shown. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (gtk_widget_get_root (widget)));
}

static void
mr_creators_page_unmap (GtkWidget *widget)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);

  GTK_WIDGET_CLASS (mr_creators_page_parent_class)->unmap (widget);
}

static void
mr_creators_page_dispose (GObject *object)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (object);

  g_clear_handle_id (&self->columns_source, g_source_remove);
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  if (self->grow_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->column_view), self->grow_id);
      self->grow_id = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CREATORS_PAGE);

  g_clear_object (&self->slots);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter_actions);
  g_clear_object (&self->model);
  g_clear_object (&self->shown);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_creators_page_parent_class)->dispose (object);
}

static void
mr_creators_page_class_init (MrCreatorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_creators_page_dispose;
  widget_class->measure = mr_creators_page_measure;
  widget_class->size_allocate = mr_creators_page_size_allocate;
  widget_class->map = mr_creators_page_map;
  widget_class->unmap = mr_creators_page_unmap;

  g_type_ensure (MR_TYPE_CREATOR);
  g_type_ensure (MR_TYPE_ROSTER_CELL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-creators-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, roster_pane);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, creator_pane);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, refresh_button);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, title_label);
  gtk_widget_class_bind_template_child_full (widget_class, "name_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "platforms_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_PLATFORMS]));
  gtk_widget_class_bind_template_child_full (widget_class, "followers_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_FOLLOWERS]));
  gtk_widget_class_bind_template_child_full (widget_class, "tier_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_TIER]));
  gtk_widget_class_bind_template_child_full (widget_class, "engagement_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_ENGAGEMENT]));
  gtk_widget_class_bind_template_child_full (widget_class, "score_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_SCORE]));
  gtk_widget_class_bind_template_child_full (widget_class, "status_column", FALSE,
    G_STRUCT_OFFSET (MrCreatorsPage, columns[MR_ROSTER_COLUMN_STATUS]));
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);

  mr_creators_page_class_init_search (widget_class);
  mr_creators_page_class_init_actions (widget_class);
}

static void
mr_creators_page_init (MrCreatorsPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Delete in the list deletes the selected creators (with Undo). */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("creators.delete-selected")));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);

  self->creator_view = mr_creator_view_new ();
  gtk_widget_set_vexpand (self->creator_view, TRUE);
  gtk_box_append (GTK_BOX (self->creator_pane), self->creator_view);

  self->sorter = mr_roster_sorter_new ();
  for (guint i = 0; i < MR_N_ROSTER_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = mr_roster_cell_factory_new (i);
      g_autoptr(GtkSorter) sorter = mr_roster_sorter_new_column_sorter (i);

      gtk_column_view_column_set_factory (self->columns[i], factory);
      gtk_column_view_column_set_sorter (self->columns[i], sorter);
    }
  mr_roster_sorter_follow (self->sorter, self->column_view);
  self->filter = mr_roster_filter_new ();

  mr_creators_page_init_search (self);
  mr_creators_page_update_actions (self);
}
