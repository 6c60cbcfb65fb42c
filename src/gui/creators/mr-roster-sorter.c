/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-sorter"

#include "config.h"

#include <math.h>

#include "mr-creator.h"
#include "mr-roster-key.h"
#include "mr-roster-sorter.h"

/* The roster's order. A column view inverts its sorter for a descending column, which
 * would put the creators without a value (no score yet, no follower count) first; a
 * marketer looking for the best engagement wants them last either way. So the roster
 * sorts with a sorter of its own, told by the column view which column the user chose
 * and in which direction.
 *
 * GTK 4.8 has no getter for that (GtkColumnViewSorter's came with 4.10), so the column
 * sorters answer a probe: asked to compare while probing, the first column sorter the
 * column view consults — its primary column — names itself and answers "smaller"; the
 * column view's answer then tells whether it inverted that. */

struct _MrRosterSorter
{
  GtkSorter       parent_instance;

  GtkSorter      *column_view_sorter;
  gulong          changed_id;
  gboolean        sorted;
  MrRosterColumn  column;
  gboolean        descending;
};

G_DEFINE_FINAL_TYPE (MrRosterSorter, mr_roster_sorter, GTK_TYPE_SORTER)

static gboolean probing;
static int probed_column = -1;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  if (!probing)
    return 0;

  if (probed_column < 0)
    probed_column = GPOINTER_TO_INT (user_data);
  return -1;
}

GtkSorter *
mr_roster_sorter_new_column_sorter (MrRosterColumn column)
{
  g_return_val_if_fail (column < MR_N_ROSTER_COLUMNS, NULL);

  return GTK_SORTER (gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (column), NULL));
}

/* Orders known values only; whoever has none goes last, whatever the direction. */
static int
compare_known (gboolean  a_known,
               gboolean  b_known,
               int      *unknown_order)
{
  if (a_known && b_known)
    return 0;
  *unknown_order = a_known ? -1 : (b_known ? 1 : 0);
  return 1;
}

static int
compare_doubles (double a,
                 double b)
{
  return (a > b) - (a < b);
}

static int
tier_of (MrCreator *creator)
{
  MrVetting *vetting = mr_creator_get_vetting (creator);

  return vetting != NULL ? vetting->tier : MR_TIER_NONE;
}

/* Sets *@result to the order by @column, or returns FALSE with *@unknown_order set
 * when one of them has no value there. */
static gboolean
compare_column (MrRosterColumn  column,
                MrCreator      *a,
                MrCreator      *b,
                int            *result,
                int            *unknown_order)
{
  const MrRosterKey *ka = mr_roster_key_get (a);
  const MrRosterKey *kb = mr_roster_key_get (b);
  double ra, rb;

  switch (column)
    {
    case MR_ROSTER_COLUMN_NAME:
      *result = strcmp (mr_creator_get_collate_key (a), mr_creator_get_collate_key (b));
      return TRUE;
    case MR_ROSTER_COLUMN_PLATFORMS:
      if (compare_known (ka->platforms != 0, kb->platforms != 0, unknown_order))
        return FALSE;
      /* The lowest bit is the first platform listed: group by it, then by the rest. */
      *result = (int) (ka->platforms & -ka->platforms) - (int) (kb->platforms & -kb->platforms);
      if (*result == 0)
        *result = (ka->platforms > kb->platforms) - (ka->platforms < kb->platforms);
      return TRUE;
    case MR_ROSTER_COLUMN_FOLLOWERS:
      if (compare_known (ka->followers >= 0, kb->followers >= 0, unknown_order))
        return FALSE;
      *result = (ka->followers > kb->followers) - (ka->followers < kb->followers);
      return TRUE;
    case MR_ROSTER_COLUMN_TIER:
      if (compare_known (tier_of (a) != MR_TIER_NONE, tier_of (b) != MR_TIER_NONE, unknown_order))
        return FALSE;
      *result = tier_of (a) - tier_of (b);
      return TRUE;
    case MR_ROSTER_COLUMN_ENGAGEMENT:
    case MR_ROSTER_COLUMN_SCORE:
      ra = column == MR_ROSTER_COLUMN_SCORE ? mr_creator_get_score (a)
                                            : mr_creator_get_engagement_rate (a);
      rb = column == MR_ROSTER_COLUMN_SCORE ? mr_creator_get_score (b)
                                            : mr_creator_get_engagement_rate (b);
      if (compare_known (!isnan (ra), !isnan (rb), unknown_order))
        return FALSE;
      *result = compare_doubles (ra, rb);
      return TRUE;
    case MR_ROSTER_COLUMN_STATUS:
      *result = (int) mr_creator_get_status (a) - (int) mr_creator_get_status (b);
      return TRUE;
    case MR_N_ROSTER_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static GtkOrdering
mr_roster_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  MrRosterSorter *self = MR_ROSTER_SORTER (sorter);
  MrCreator *a = item1, *b = item2;
  int result = 0, unknown_order = 0;

  if (self->sorted)
    {
      if (!compare_column (self->column, a, b, &result, &unknown_order))
        {
          if (unknown_order != 0)
            return gtk_ordering_from_cmpfunc (unknown_order);
        }
      else if (self->descending)
        result = -result;
    }

  /* Ties (and no sort column at all) in the order of names. */
  if (result == 0)
    result = strcmp (mr_creator_get_collate_key (a), mr_creator_get_collate_key (b));

  return gtk_ordering_from_cmpfunc (result);
}

static GtkSorterOrder
mr_roster_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
mr_roster_sorter_dispose (GObject *object)
{
  MrRosterSorter *self = MR_ROSTER_SORTER (object);

  g_clear_signal_handler (&self->changed_id, self->column_view_sorter);
  g_clear_object (&self->column_view_sorter);

  G_OBJECT_CLASS (mr_roster_sorter_parent_class)->dispose (object);
}

static void
mr_roster_sorter_class_init (MrRosterSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->dispose = mr_roster_sorter_dispose;

  sorter_class->compare = mr_roster_sorter_compare;
  sorter_class->get_order = mr_roster_sorter_get_order;
}

static void
mr_roster_sorter_init (MrRosterSorter *self)
{
}

MrRosterSorter *
mr_roster_sorter_new (void)
{
  return g_object_new (MR_TYPE_ROSTER_SORTER, NULL);
}

static void
on_column_view_sorter_changed (GtkSorter       *column_view_sorter,
                               GtkSorterChange  change,
                               MrRosterSorter  *self)
{
  GtkOrdering ordering;

  /* Any two distinct objects: the column sorters do not look at them while probing. */
  probing = TRUE;
  probed_column = -1;
  ordering = gtk_sorter_compare (column_view_sorter, self, column_view_sorter);
  probing = FALSE;

  self->sorted = probed_column >= 0;
  self->column = self->sorted ? (MrRosterColumn) probed_column : MR_ROSTER_COLUMN_NAME;
  self->descending = ordering == GTK_ORDERING_LARGER;

  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

void
mr_roster_sorter_follow (MrRosterSorter *self,
                         GtkColumnView  *column_view)
{
  g_return_if_fail (MR_IS_ROSTER_SORTER (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  g_clear_signal_handler (&self->changed_id, self->column_view_sorter);
  g_set_object (&self->column_view_sorter, gtk_column_view_get_sorter (column_view));
  self->changed_id = g_signal_connect (self->column_view_sorter, "changed",
                                       G_CALLBACK (on_column_view_sorter_changed), self);
  on_column_view_sorter_changed (self->column_view_sorter, GTK_SORTER_CHANGE_DIFFERENT, self);
}

