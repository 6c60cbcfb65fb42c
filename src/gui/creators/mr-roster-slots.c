/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-slots"

#include "config.h"

#include "mr-roster-slots.h"

/* ── A slot ──────────────────────────────────────────────────────────────────────── */

struct _MrRosterSlot
{
  GObject    parent_instance;

  MrCreator     *creator;
  gboolean       stale;      /* holds another creator than its row shows */
  MrRosterSlots *owner;      /* unowned; NULL once the slot left the list */
  guint          position;
};

G_DEFINE_FINAL_TYPE (MrRosterSlot, mr_roster_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_CREATOR,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

static MrRosterSlot *
mr_roster_slot_new (MrRosterSlots *owner,
                    guint          position,
                    MrCreator     *creator)
{
  MrRosterSlot *self = g_object_new (MR_TYPE_ROSTER_SLOT, NULL);

  self->owner = owner;
  self->position = position;
  self->creator = creator;
  return self;
}

/* A row away from the screen is told later, when it comes near (@now FALSE). */
static void
mr_roster_slot_set_creator (MrRosterSlot *self,
                            MrCreator    *creator,
                            gboolean      now)
{
  if (g_set_object (&self->creator, creator))
    self->stale = TRUE;
  if (self->stale && now)
    {
      self->stale = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), slot_properties[SLOT_PROP_CREATOR]);
    }
}

MrCreator *
mr_roster_slot_get_creator (MrRosterSlot *self)
{
  g_return_val_if_fail (MR_IS_ROSTER_SLOT (self), NULL);

  return self->creator;
}

static void
mr_roster_slot_finalize (GObject *object)
{
  MrRosterSlot *self = MR_ROSTER_SLOT (object);

  g_clear_object (&self->creator);

  G_OBJECT_CLASS (mr_roster_slot_parent_class)->finalize (object);
}

static void
mr_roster_slot_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MrRosterSlot *self = MR_ROSTER_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_CREATOR:
      g_value_set_object (value, self->creator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_roster_slot_class_init (MrRosterSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_roster_slot_finalize;
  object_class->get_property = mr_roster_slot_get_property;

  slot_properties[SLOT_PROP_CREATOR] =
    g_param_spec_object ("creator", NULL, NULL, MR_TYPE_CREATOR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
mr_roster_slot_init (MrRosterSlot *self)
{
}

/* ── The slots ───────────────────────────────────────────────────────────────────── */

struct _MrRosterSlots
{
  GObject            parent_instance;

  GtkSelectionModel *selection;
  /* One entry per position; a slot is made when the list asks for its item, and
   * forgotten again once no row holds it. */
  GPtrArray         *slots;
  /* What the screen shows: the first position and how many rows fit. */
  guint              first_shown;
  guint              n_per_screen;
  /* How many rows the list has so far, G_MAXUINT for all: see mr_roster_slots_grow(). */
  guint              limit;
};

/* Until the list is laid out: a tall window's worth. */
#define DEFAULT_PER_SCREEN 30

static void mr_roster_slots_list_model_init      (GListModelInterface        *iface);
static void mr_roster_slots_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MrRosterSlots, mr_roster_slots, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      mr_roster_slots_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                      mr_roster_slots_selection_model_init))

static GType
mr_roster_slots_get_item_type (GListModel *list)
{
  return MR_TYPE_ROSTER_SLOT;
}

static guint
n_rows (MrRosterSlots *self)
{
  return MIN (self->slots->len, self->limit);
}

static guint
mr_roster_slots_get_n_items (GListModel *list)
{
  return n_rows (MR_ROSTER_SLOTS (list));
}

static gpointer
mr_roster_slots_get_item (GListModel *list,
                          guint       position)
{
  MrRosterSlots *self = MR_ROSTER_SLOTS (list);
  MrRosterSlot *slot;

  if (position >= n_rows (self))
    return NULL;

  if ((slot = g_ptr_array_index (self->slots, position)) == NULL)
    {
      slot = mr_roster_slot_new (self, position,
                                 g_list_model_get_item (G_LIST_MODEL (self->selection), position));
      g_ptr_array_index (self->slots, position) = slot;
    }

  return g_object_ref (slot);
}

static void
mr_roster_slots_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mr_roster_slots_get_item_type;
  iface->get_n_items = mr_roster_slots_get_n_items;
  iface->get_item = mr_roster_slots_get_item;
}

/* Selecting is @selection's: the positions are the same. */

static gboolean
mr_roster_slots_is_selected (GtkSelectionModel *model,
                             guint              position)
{
  return gtk_selection_model_is_selected (MR_ROSTER_SLOTS (model)->selection, position);
}

static GtkBitset *
mr_roster_slots_get_selection_in_range (GtkSelectionModel *model,
                                        guint              position,
                                        guint              n_items)
{
  return gtk_selection_model_get_selection_in_range (MR_ROSTER_SLOTS (model)->selection,
                                                     position, n_items);
}

static gboolean
mr_roster_slots_select_item (GtkSelectionModel *model,
                             guint              position,
                             gboolean           unselect_rest)
{
  return gtk_selection_model_select_item (MR_ROSTER_SLOTS (model)->selection,
                                          position, unselect_rest);
}

static gboolean
mr_roster_slots_unselect_item (GtkSelectionModel *model,
                               guint              position)
{
  return gtk_selection_model_unselect_item (MR_ROSTER_SLOTS (model)->selection, position);
}

static gboolean
mr_roster_slots_select_range (GtkSelectionModel *model,
                              guint              position,
                              guint              n_items,
                              gboolean           unselect_rest)
{
  return gtk_selection_model_select_range (MR_ROSTER_SLOTS (model)->selection,
                                           position, n_items, unselect_rest);
}

static gboolean
mr_roster_slots_unselect_range (GtkSelectionModel *model,
                                guint              position,
                                guint              n_items)
{
  return gtk_selection_model_unselect_range (MR_ROSTER_SLOTS (model)->selection,
                                             position, n_items);
}

static gboolean
mr_roster_slots_select_all (GtkSelectionModel *model)
{
  return gtk_selection_model_select_all (MR_ROSTER_SLOTS (model)->selection);
}

static gboolean
mr_roster_slots_unselect_all (GtkSelectionModel *model)
{
  return gtk_selection_model_unselect_all (MR_ROSTER_SLOTS (model)->selection);
}

static gboolean
mr_roster_slots_set_selection (GtkSelectionModel *model,
                               GtkBitset         *selected,
                               GtkBitset         *mask)
{
  return gtk_selection_model_set_selection (MR_ROSTER_SLOTS (model)->selection, selected, mask);
}

static void
mr_roster_slots_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = mr_roster_slots_is_selected;
  iface->get_selection_in_range = mr_roster_slots_get_selection_in_range;
  iface->select_item = mr_roster_slots_select_item;
  iface->unselect_item = mr_roster_slots_unselect_item;
  iface->select_range = mr_roster_slots_select_range;
  iface->unselect_range = mr_roster_slots_unselect_range;
  iface->select_all = mr_roster_slots_select_all;
  iface->unselect_all = mr_roster_slots_unselect_all;
  iface->set_selection = mr_roster_slots_set_selection;
}

/* The slots from @position on leave the list; their rows may hold them a little
 * longer. */
static void
forget_slots (MrRosterSlots *self,
              guint          position)
{
  for (guint i = position; i < self->slots->len; i++)
    {
      MrRosterSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        slot->owner = NULL;
    }
}

/* Whether the row at @position is on the screen or near it: half a screen above it and
 * one below, or the last screen and a half of a list of @n_items, where the list
 * scrolls to when it gets shorter than where it was scrolled to. */
static gboolean
is_near_screen (MrRosterSlots *self,
                guint          position,
                guint          n_items)
{
  guint per_screen = self->n_per_screen > 0 ? self->n_per_screen : DEFAULT_PER_SCREEN;
  guint above = per_screen / 2;
  guint below = per_screen * 3 / 2;

  return (position + above >= self->first_shown && position < self->first_shown + below) ||
         position + below >= n_items;
}

/**
 * mr_roster_slot_is_near_screen:
 *
 * Whether a row that shows this slot is on the screen or near it, and must show its
 * creator now. If not, the slot tells the row later (notify::creator), when the list
 * scrolls near it.
 */
gboolean
mr_roster_slot_is_near_screen (MrRosterSlot *self)
{
  g_return_val_if_fail (MR_IS_ROSTER_SLOT (self), TRUE);

  if (self->owner == NULL ||
      is_near_screen (self->owner, self->position, self->owner->slots->len))
    return TRUE;

  self->stale = TRUE;
  return FALSE;
}

/* The creators changed from @position on: the slots there take the creators now at
 * their positions, and only the end of the list grows or shrinks. */
static void
on_items_changed (GListModel    *list,
                  guint          position,
                  guint          removed,
                  guint          added,
                  MrRosterSlots *self)
{
  guint old_n = self->slots->len;
  guint new_n = g_list_model_get_n_items (list);
  guint kept = MIN (old_n, new_n);
  guint old_rows = n_rows (self);
  guint new_rows, kept_rows;

  forget_slots (self, new_n);
  g_ptr_array_set_size (self->slots, new_n);
  for (guint i = position; i < kept; i++)
    {
      MrRosterSlot *slot = g_ptr_array_index (self->slots, i);
      g_autoptr(MrCreator) creator = NULL;

      if (slot == NULL)
        continue;
      /* No row holds it: made again when asked for. */
      if (G_OBJECT (slot)->ref_count == 1)
        {
          g_clear_object (&g_ptr_array_index (self->slots, i));
          continue;
        }

      creator = g_list_model_get_item (list, i);
      mr_roster_slot_set_creator (slot, creator, is_near_screen (self, i, new_n));
    }

  new_rows = n_rows (self);
  kept_rows = MIN (old_rows, new_rows);
  if (new_rows != old_rows)
    g_list_model_items_changed (G_LIST_MODEL (self), kept_rows, old_rows - kept_rows, new_rows - kept_rows);
  /* A row that now shows another creator shows whether that one is selected. */
  if (kept_rows > position)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, kept_rows - position);
}

/**
 * mr_roster_slots_hold_back:
 *
 * Makes the list start with its first screen of rows, and hold the others back until
 * mr_roster_slots_grow() adds them. GTK 4.8 makes 200 rows for a long list, most of
 * them away from the screen, and making them is most of what showing a long roster
 * first costs: the first frame needs only the rows it shows.
 */
void
mr_roster_slots_hold_back (MrRosterSlots *self)
{
  guint old_rows;

  g_return_if_fail (MR_IS_ROSTER_SLOTS (self));

  old_rows = n_rows (self);
  self->limit = MIN (self->limit, DEFAULT_PER_SCREEN * 3 / 2);
  if (n_rows (self) < old_rows)
    g_list_model_items_changed (G_LIST_MODEL (self), n_rows (self), old_rows - n_rows (self), 0);
}

/**
 * mr_roster_slots_grow:
 * @n_more: how many rows to add
 *
 * Adds @n_more of the rows held back, or all of them once GTK has made its rows.
 *
 * Returns: whether rows are still held back
 */
gboolean
mr_roster_slots_grow (MrRosterSlots *self,
                      guint          n_more)
{
  guint old_rows;

  g_return_val_if_fail (MR_IS_ROSTER_SLOTS (self), FALSE);

  if (self->limit == G_MAXUINT)
    return FALSE;

  old_rows = n_rows (self);
  /* Past the rows GTK makes, the rest cost nothing. */
  self->limit += n_more;
  if (self->limit >= self->slots->len || self->limit > 200)
    self->limit = G_MAXUINT;
  if (n_rows (self) > old_rows)
    g_list_model_items_changed (G_LIST_MODEL (self), old_rows, 0, n_rows (self) - old_rows);

  return self->limit != G_MAXUINT;
}

/**
 * mr_roster_slots_set_screen:
 * @first_shown: the position of the first row on the screen
 * @n_per_screen: how many rows the screen holds, 0 for not known yet
 *
 * Tells which rows are on the screen. GTK keeps 200 rows around the ones on the
 * screen; when a search changes them all, the rows away from the screen are updated
 * only once they come near it, as the list scrolls.
 */
void
mr_roster_slots_set_screen (MrRosterSlots *self,
                            guint          first_shown,
                            guint          n_per_screen)
{
  g_return_if_fail (MR_IS_ROSTER_SLOTS (self));

  self->first_shown = first_shown;
  self->n_per_screen = n_per_screen;
  for (guint i = 0; i < self->slots->len; i++)
    {
      MrRosterSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL && slot->stale && is_near_screen (self, i, self->slots->len))
        mr_roster_slot_set_creator (slot, slot->creator, TRUE);
    }
}

static void
on_selection_changed (GtkSelectionModel *selection,
                      guint              position,
                      guint              n_items,
                      MrRosterSlots     *self)
{
  guint rows = n_rows (self);

  if (position < rows)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position,
                                           MIN (n_items, rows - position));
}

static void
mr_roster_slots_dispose (GObject *object)
{
  MrRosterSlots *self = MR_ROSTER_SLOTS (object);

  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      g_clear_object (&self->selection);
    }

  G_OBJECT_CLASS (mr_roster_slots_parent_class)->dispose (object);
}

static void
mr_roster_slots_finalize (GObject *object)
{
  MrRosterSlots *self = MR_ROSTER_SLOTS (object);

  forget_slots (self, 0);
  g_ptr_array_unref (self->slots);

  G_OBJECT_CLASS (mr_roster_slots_parent_class)->finalize (object);
}

static void
mr_roster_slots_class_init (MrRosterSlotsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_roster_slots_dispose;
  object_class->finalize = mr_roster_slots_finalize;
}

static void
slot_free (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
mr_roster_slots_init (MrRosterSlots *self)
{
  self->slots = g_ptr_array_new_with_free_func (slot_free);
  self->limit = G_MAXUINT;
}

MrRosterSlots *
mr_roster_slots_new (GtkSelectionModel *selection)
{
  MrRosterSlots *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), NULL);

  self = g_object_new (MR_TYPE_ROSTER_SLOTS, NULL);
  self->selection = g_object_ref (selection);
  g_ptr_array_set_size (self->slots, g_list_model_get_n_items (G_LIST_MODEL (selection)));
  g_signal_connect (selection, "items-changed", G_CALLBACK (on_items_changed), self);
  g_signal_connect (selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  return self;
}
