/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Finding what a GUI test drives or checks. "First" is in depth-first order, @widget
 * itself included, as a reader scans the window top to bottom. */

/* Appends to @found, first to last, @widget and its descendants that are of @type,
 * mapped or not. */
void       mr_test_collect            (GtkWidget  *widget,
                                       GType       type,
                                       GPtrArray  *found);
/* The first widget of @type, or NULL. */
gpointer   mr_test_find_descendant    (GtkWidget  *widget,
                                       GType       type);
/* The first widget of @type whose widget name (gtk_widget_get_name ()) is @name, or NULL. */
gpointer   mr_test_find_named         (GtkWidget  *widget,
                                       GType       type,
                                       const char *name);
/* A visible toplevel window of @type, or NULL. */
gpointer   mr_test_find_toplevel      (GType       type);
/* The first row of @type (an AdwPreferencesRow) titled @title, or NULL. */
gpointer   mr_test_find_row           (GtkWidget  *widget,
                                       GType       type,
                                       const char *title);

/* The first button labelled @label, hidden or not, or NULL. */
GtkWidget *mr_test_find_button        (GtkWidget  *widget,
                                       const char *label);
/* The first button labelled @label that is on screen (mapped), or NULL. */
GtkWidget *mr_test_find_mapped_button (GtkWidget  *widget,
                                       const char *label);
/* As mr_test_find_button (), for a button that must be there: fails the test if not. */
GtkWidget *mr_test_get_button         (GtkWidget  *widget,
                                       const char *label);

/* Whether a mapped label, or inscription, reads exactly @text. */
gboolean   mr_test_has_mapped_label   (GtkWidget  *widget,
                                       const char *text);
/* Whether @widget will be drawn once its window is: it and every parent are visible,
 * and no stack hides the page it is on. */
gboolean   mr_test_is_shown           (GtkWidget  *widget);

typedef gboolean (*MrTestCondition) (gpointer data);

/* Runs the main loop until @condition holds; fails the test, naming @what it waited
 * for, when it does not within @timeout_ms. */
void       mr_test_wait_until         (MrTestCondition  condition,
                                       gpointer         data,
                                       guint            timeout_ms,
                                       const char      *what);

G_END_DECLS
