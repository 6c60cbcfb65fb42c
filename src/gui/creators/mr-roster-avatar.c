/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-avatar"

#include "config.h"

#include "mr-roster-avatar.h"

/* Text in the "avatar" CSS node takes the theme's avatar style (the round, tinted
 * background, the bold initials), as the node inside AdwAvatar does; sized as AdwAvatar
 * sizes it, the roster looks pixel for pixel the same. It is a GtkInscription, not a
 * label: its size does not depend on its text, so showing another creator in a row
 * redraws the avatar without measuring the row again. */

#define SIZE   32
/* The colours of the theme's avatars: avatar.color1 to avatar.color14. */
#define COLORS 14

/* GTK 4.8's GtkInscription never frees its attributes: they go before it does. */
static void
on_destroy (GtkWidget *avatar)
{
  gtk_inscription_set_attributes (GTK_INSCRIPTION (avatar), NULL);
}

GtkWidget *
mr_roster_avatar_new (void)
{
  GtkWidget *avatar = g_object_new (GTK_TYPE_INSCRIPTION,
                                    "css-name", "avatar",
                                    "min-chars", 0,
                                    "xalign", 0.5f,
                                    "width-request", SIZE,
                                    "height-request", SIZE,
                                    "valign", GTK_ALIGN_CENTER,
                                    "overflow", GTK_OVERFLOW_HIDDEN,
                                    NULL);

  g_signal_connect (avatar, "destroy", G_CALLBACK (on_destroy), NULL);
  return avatar;
}

/* The first letter of @name and of its last word, in capitals. */
static char *
initials_of (const char *name)
{
  g_autofree char *upper = g_utf8_strup (name, -1);
  g_autofree char *text = g_utf8_normalize (g_strstrip (upper), -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *initials = g_string_new (NULL);
  const char *last_space;

  if (text == NULL || text[0] == '\0')
    return g_string_free (initials, FALSE);

  g_string_append_unichar (initials, g_utf8_get_char (text));
  last_space = strrchr (text, ' ');
  if (last_space != NULL && last_space[1] != '\0')
    g_string_append_unichar (initials, g_utf8_get_char (last_space + 1));

  return g_string_free (initials, FALSE);
}

/* The font size, in Pango units, at which @initials fill the largest square inside
 * the circle, less a margin that grows with the size, as AdwAvatar sizes them: from
 * the size of the initials laid out in the avatar's font. Laying them out costs about
 * as much as showing them, so the size is kept for each initials while avatars have
 * the same font. */
static int
initials_size (GtkWidget  *avatar,
               const char *initials)
{
  static PangoFontDescription *font;
  static double resolution;
  static GHashTable *sizes;
  PangoContext *context = gtk_widget_get_pango_context (avatar);
  const PangoFontDescription *current = pango_context_get_font_description (context);
  gpointer size;
  int width, height;
  double largest;

  if (font == NULL || !pango_font_description_equal (font, current) ||
      resolution != pango_cairo_context_get_resolution (context))
    {
      g_clear_pointer (&font, pango_font_description_free);
      font = pango_font_description_copy (current);
      resolution = pango_cairo_context_get_resolution (context);
      if (sizes == NULL)
        sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_remove_all (sizes);
    }

  if (!g_hash_table_lookup_extended (sizes, initials, NULL, &size))
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (avatar, initials);

      pango_layout_get_pixel_size (layout, &width, &height);
      largest = SIZE / 1.4142 - MAX (SIZE * 0.4 - 5, 0);
      size = GINT_TO_POINTER ((int) (CLAMP (height * largest / width, 0, largest) * PANGO_SCALE));
      g_hash_table_insert (sizes, g_strdup (initials), size);
    }

  return GPOINTER_TO_INT (size);
}

/* Shows @name's initials on its colour: the same colour for the same name. A name
 * without letters shows the colour alone (AdwAvatar showed a person's icon). */
void
mr_roster_avatar_set_name (GtkWidget  *avatar,
                           const char *name)
{
  static GQuark size_quark;
  g_autofree char *initials = NULL;
  g_autofree char *color = NULL;
  int size;

  g_return_if_fail (GTK_IS_INSCRIPTION (avatar));
  g_return_if_fail (name != NULL);

  if (size_quark == 0)
    size_quark = g_quark_from_static_string ("mr-roster-avatar-size");

  initials = initials_of (name);
  color = g_strdup_printf ("color%u", g_str_hash (name) % COLORS + 1);
  /* Its colour is the avatar's only style class. Restyling, and setting the text's
   * size, cost more than the rest: a row that shows another creator often keeps both. */
  if (!gtk_widget_has_css_class (avatar, color))
    gtk_widget_set_css_classes (avatar, (const char *[]) { color, NULL });

  size = initials[0] != '\0' ? initials_size (avatar, initials) : 0;
  if (GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (avatar), size_quark)) != size)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      if (size > 0)
        pango_attr_list_insert (attributes, pango_attr_size_new_absolute (size));
      gtk_inscription_set_attributes (GTK_INSCRIPTION (avatar), attributes);
      g_object_set_qdata (G_OBJECT (avatar), size_quark, GINT_TO_POINTER (size));
    }
  gtk_inscription_set_text (GTK_INSCRIPTION (avatar), initials);
}
