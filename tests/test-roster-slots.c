/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-roster-slots"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "mr-roster-slots.h"

/* The roster's rows stay in place while a search changes which creators they show:
 * what a user notices is that the list keeps up with typing, shows the right names in
 * the right order, and keeps the right creators selected. */

typedef struct
{
  GListStore        *creators;
  GtkCustomFilter   *filter;
  GtkFilterListModel *filtered;
  GtkMultiSelection *selection;
  MrRosterSlots     *slots;
  char              *search;
  GArray            *changes;     /* guint triples: position, removed, added */
} Fixture;

static gboolean
matches (gpointer item,
         gpointer data)
{
  Fixture *fixture = data;

  return fixture->search == NULL ||
         strstr (mr_creator_get_name (MR_CREATOR (item)), fixture->search) != NULL;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  g_array_append_vals (fixture->changes, (guint[]) { position, removed, added }, 3);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  guint n = GPOINTER_TO_UINT (data);

  fixture->creators = g_list_store_new (MR_TYPE_CREATOR);
  for (guint i = 0; i < n; i++)
    {
      /* Every third creator is a "Jansen", every fifth a "Visser". */
      g_autofree char *name = g_strdup_printf ("%03u %s%s", i, i % 3 == 0 ? "Jansen " : "",
                                               i % 5 == 0 ? "Visser" : "");
      g_autoptr(MrCreator) creator = mr_creator_new (name);

      g_list_store_append (fixture->creators, creator);
    }
  fixture->filter = gtk_custom_filter_new (matches, fixture, NULL);
  fixture->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (fixture->creators)),
                                                 g_object_ref (GTK_FILTER (fixture->filter)));
  fixture->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (fixture->filtered)));
  fixture->slots = mr_roster_slots_new (GTK_SELECTION_MODEL (fixture->selection));
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->slots, "items-changed", G_CALLBACK (on_items_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_array_unref (fixture->changes);
  g_object_unref (fixture->slots);
  g_object_unref (fixture->selection);
  g_object_unref (fixture->filtered);
  g_object_unref (fixture->filter);
  g_object_unref (fixture->creators);
  g_free (fixture->search);
}

static void
search (Fixture    *fixture,
        const char *text)
{
  g_free (fixture->search);
  fixture->search = g_strdup (text);
  g_array_set_size (fixture->changes, 0);
  gtk_filter_changed (GTK_FILTER (fixture->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The rows a list holds on to, as GTK's list views do: the slots at 0 … @n - 1. */
static GPtrArray *
hold_rows (Fixture *fixture,
           guint    n)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (fixture->slots), i));
  return rows;
}

static const char *
name_at (GListModel *list,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  if (MR_IS_ROSTER_SLOT (item))
    return mr_creator_get_name (mr_roster_slot_get_creator (MR_ROSTER_SLOT (item)));
  return mr_creator_get_name (MR_CREATOR (item));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A search changes what the rows show, in the search's order; rows are only added or
 * removed at the end, and the rows already shown are the same objects. */
static void
test_search_keeps_rows (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = hold_rows (fixture, 20);
  guint n;

  search (fixture, "Jansen");
  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->filtered));
  g_assert_cmpuint (n, ==, 34);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->slots)), ==, n);
  /* One change: the end of the list, from the new last row on. */
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 0), ==, n);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 1), ==, 100 - n);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 2), ==, 0);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(MrRosterSlot) again = g_list_model_get_item (G_LIST_MODEL (fixture->slots), i);

      g_assert_true (again == g_ptr_array_index (rows, i));
      g_assert_cmpstr (name_at (G_LIST_MODEL (fixture->slots), i), ==,
                       name_at (G_LIST_MODEL (fixture->filtered), i));
    }
  g_assert_cmpstr (name_at (G_LIST_MODEL (fixture->slots), 1), ==, "003 Jansen ");

  /* Erasing the search brings every creator back, the rows added at the end. */
  search (fixture, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->slots)), ==, 100);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 0), ==, n);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 2), ==, 100 - n);
  for (guint i = 0; i < 100; i++)
    g_assert_cmpstr (name_at (G_LIST_MODEL (fixture->slots), i), ==,
                     name_at (G_LIST_MODEL (fixture->creators), i));
}

typedef struct
{
  guint first;
  guint end;
} Range;

static void
on_selection_changed (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      Range             *range)
{
  range->first = MIN (range->first, position);
  range->end = MAX (range->end, position + n_items);
}

/* The creator selected stays selected wherever a search puts it, and the rows that now
 * show other creators are told to look at their selection again. */
static void
test_selection_follows_creator (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkSelectionModel *slots = GTK_SELECTION_MODEL (fixture->slots);
  g_autoptr(GPtrArray) rows = hold_rows (fixture, 20);
  Range changed = { G_MAXUINT, 0 };

  g_assert_true (gtk_selection_model_select_item (slots, 15, TRUE));
  g_assert_cmpstr (name_at (G_LIST_MODEL (slots), 15), ==, "015 Jansen Visser");
  g_assert_true (gtk_selection_model_is_selected (slots, 15));

  g_signal_connect (slots, "selection-changed", G_CALLBACK (on_selection_changed), &changed);
  search (fixture, "Visser");
  g_assert_cmpstr (name_at (G_LIST_MODEL (slots), 3), ==, "015 Jansen Visser");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (slots)); i++)
    g_assert_cmpint (gtk_selection_model_is_selected (slots, i), ==, i == 3);
  /* The first row still shows "000 Jansen Visser"; every other row another creator. */
  g_assert_cmpuint (changed.first, ==, 1);
  g_assert_cmpuint (changed.end, ==, g_list_model_get_n_items (G_LIST_MODEL (slots)));

  /* Selecting a row selects the creator it shows. */
  g_assert_true (gtk_selection_model_select_item (slots, 0, TRUE));
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (fixture->selection), 0));
  g_assert_false (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (fixture->selection), 3));
}

/* A row far from the screen is told about its new creator only when the list scrolls
 * near it; the rows on the screen are told at once. */
static void
test_far_rows_wait (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = hold_rows (fixture, 90);
  MrRosterSlot *near = g_ptr_array_index (rows, 2);
  MrRosterSlot *far = g_ptr_array_index (rows, 60);
  guint near_told = 0, far_told = 0;

  mr_roster_slots_set_screen (fixture->slots, 0, 10);
  g_signal_connect (near, "notify::creator", G_CALLBACK (count_notify), &near_told);
  g_signal_connect (far, "notify::creator", G_CALLBACK (count_notify), &far_told);

  /* A search and erasing it: each row showed another creator, then its own again. */
  search (fixture, "Jansen");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->slots)), ==, 334);
  g_assert_cmpuint (near_told, ==, 1);
  search (fixture, NULL);
  g_assert_cmpuint (near_told, ==, 2);
  g_assert_cmpuint (far_told, ==, 0);
  g_assert_true (mr_roster_slot_is_near_screen (near));
  g_assert_false (mr_roster_slot_is_near_screen (far));

  /* Scrolled down to it: the row shows the creator at its place now. */
  mr_roster_slots_set_screen (fixture->slots, 55, 10);
  g_assert_cmpuint (far_told, ==, 1);
  g_assert_cmpstr (mr_creator_get_name (mr_roster_slot_get_creator (far)), ==, "060 Jansen Visser");
  g_assert_true (mr_roster_slot_is_near_screen (far));
}

/* A long list starts with a screenful of rows and takes the others frame by frame;
 * every creator is listed in the end. */
static void
test_hold_back (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *slots = G_LIST_MODEL (fixture->slots);
  guint n, frames = 0;

  mr_roster_slots_hold_back (fixture->slots);
  n = g_list_model_get_n_items (slots);
  g_assert_cmpuint (n, >=, 30);
  g_assert_cmpuint (n, <, 100);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 0), ==, n);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 1), ==, 1000 - n);
  g_assert_null (g_list_model_get_item (slots, n));

  /* A search meanwhile still shows a screenful. */
  search (fixture, "Jansen");
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, n);
  g_assert_cmpstr (name_at (slots, 1), ==, "003 Jansen ");
  search (fixture, NULL);

  while (mr_roster_slots_grow (fixture->slots, 40))
    {
      g_assert_cmpuint (g_list_model_get_n_items (slots), ==, n + 40 * ++frames);
      g_assert_cmpuint (frames, <, 10);
    }
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 1000);
  g_assert_cmpstr (name_at (slots, 999), ==, "999 Jansen ");
  g_assert_false (mr_roster_slots_grow (fixture->slots, 40));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/roster-slots/search-keeps-rows", Fixture, GUINT_TO_POINTER (100),
              fixture_set_up, test_search_keeps_rows, fixture_tear_down);
  g_test_add ("/roster-slots/selection-follows-creator", Fixture, GUINT_TO_POINTER (100),
              fixture_set_up, test_selection_follows_creator, fixture_tear_down);
  g_test_add ("/roster-slots/far-rows-wait", Fixture, GUINT_TO_POINTER (1000),
              fixture_set_up, test_far_rows_wait, fixture_tear_down);
  g_test_add ("/roster-slots/hold-back", Fixture, GUINT_TO_POINTER (1000),
              fixture_set_up, test_hold_back, fixture_tear_down);

  return g_test_run ();
}
