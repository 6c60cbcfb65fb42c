/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-cell"

#include "config.h"

#include <math.h>

#include <gtk/gtk.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-roster-avatar.h"
#include "mr-roster-cell.h"
#include "mr-roster-key.h"
#include "mr-roster-slots.h"

/* A cell reads as one thing to a screen reader: its own label says the column and the
 * value, the widgets inside are hidden from it.
 *
 * A search over a long roster binds hundreds of new cells at once (GTK 4.8 keeps up to
 * 200 rows around the visible ones and creates a row anew for every creator it did not
 * show before), so a cell is built in C, not from GtkBuilder XML, and binding it sets
 * only what shows. Tooltips in particular are answered when asked for: setting one
 * asks the display server where the pointer is, a round trip for every cell.
 *
 * GTK 4.8 also creates the cells of hidden columns (the narrow roster beside a creator
 * shows three of seven): while its column is hidden, a cell stays an empty widget, and
 * is built and filled when the column shows. Not later than binding otherwise: a row
 * is mapped while the list is being allocated, when a cell must not change size.
 *
 * The text of a cell is in GtkInscriptions, not labels: an inscription's size does not
 * depend on its text, so a row that shows another creator (a search changes most rows
 * on the screen) is drawn again without laying its text out to measure it. A label
 * lays its new text out to measure it, and GTK 4.8 then measures every cell of its
 * column again. */

struct _MrRosterCell
{
  GtkWidget       parent_instance;

  MrRosterColumn  column;
  MrCreator      *creator;
  gulong          notify_id;
  MrRosterSlot   *slot;        /* the row's, while bound */
  gulong          slot_id;
  gboolean        stale;       /* the creator changed while the column was hidden */

  gboolean        built;
  GtkWidget      *avatar;
  GtkInscription *label;       /* the name, or the column's value */
  GtkInscription *detail;      /* the niche, or the recommendation's badge */
  GtkImage       *mark;        /* above or below the benchmark */
  GtkImage       *platforms[MR_PLATFORM_OTHER + 1];
};

G_DEFINE_FINAL_TYPE (MrRosterCell, mr_roster_cell, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (MrRosterColumn, mr_roster_column,
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_NAME, "name"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_PLATFORMS, "platforms"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_FOLLOWERS, "followers"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_TIER, "tier"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_ENGAGEMENT, "engagement"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_SCORE, "score"),
  G_DEFINE_ENUM_VALUE (MR_ROSTER_COLUMN_STATUS, "status"))

enum {
  PROP_0,
  PROP_COLUMN,
  PROP_CREATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How tall a built cell of each column is: the text is in inscriptions, whose size
 * does not depend on it. */
static int built_height[MR_N_ROSTER_COLUMNS];

/* Drawn for Microreach (src/gui/icons): simple marks, not the platforms' logos. */
const char *
mr_roster_platform_icon (MrPlatform platform)
{
  switch (platform)
    {
    case MR_PLATFORM_TIKTOK:
      return "mr-platform-tiktok-symbolic";
    case MR_PLATFORM_INSTAGRAM:
      return "mr-platform-instagram-symbolic";
    case MR_PLATFORM_YOUTUBE:
      return "mr-platform-youtube-symbolic";
    case MR_PLATFORM_BLUESKY:
      return "mr-platform-bluesky-symbolic";
    case MR_PLATFORM_MASTODON:
      return "mr-platform-mastodon-symbolic";
    case MR_PLATFORM_OTHER:
    default:
      return "web-browser-symbolic";
    }
}

const char *
mr_roster_badge_class (MrRecommendation recommendation)
{
  switch (recommendation)
    {
    case MR_RECOMMENDATION_RECOMMENDED:
      return "recommended";
    case MR_RECOMMENDATION_REVIEW:
      return "review";
    case MR_RECOMMENDATION_NOT_RECOMMENDED:
      return "not-recommended";
    case MR_RECOMMENDATION_NONE:
    default:
      return NULL;
    }
}

/* Adds @child at the end of @parent (the cell, or a box in it), hidden from screen
 * readers: the cell's own label says what it shows. */
static void
add_hidden (GtkWidget *parent,
            GtkWidget *child)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  if (GTK_IS_BOX (parent))
    gtk_box_append (GTK_BOX (parent), child);
  else
    gtk_widget_insert_before (child, parent, NULL);
}

/* Text that takes the room it is given: the column's width, or @n_chars. */
static GtkInscription *
add_text (GtkWidget *parent,
          float      xalign,
          guint      n_chars)
{
  GtkWidget *text = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (text), xalign);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (text), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (text), n_chars);
  gtk_widget_set_hexpand (text, n_chars == 0);
  add_hidden (parent, text);
  return GTK_INSCRIPTION (text);
}

/* A platform's icon has its own tooltip, shown under the icon. */
static gboolean
on_platform_query_tooltip (GtkWidget    *icon,
                           int           x,
                           int           y,
                           gboolean      keyboard_tooltip,
                           GtkTooltip   *tooltip,
                           MrRosterCell *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->platforms); i++)
    if (icon == GTK_WIDGET (self->platforms[i]))
      {
        gtk_tooltip_set_text (tooltip, mr_platform_get_label (i));
        return TRUE;
      }

  return FALSE;
}

static void
build (MrRosterCell *self)
{
  GtkWidget *cell = GTK_WIDGET (self);
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (cell));
  GtkWidget *names;

  self->built = TRUE;
  gtk_box_layout_set_spacing (layout, self->column == MR_ROSTER_COLUMN_NAME ? 12 : 6);

  switch (self->column)
    {
    case MR_ROSTER_COLUMN_NAME:
      self->avatar = mr_roster_avatar_new ();
      add_hidden (cell, self->avatar);
      names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (names, TRUE);
      add_hidden (cell, names);
      self->label = add_text (names, 0.0f, 0);
      self->detail = add_text (names, 0.0f, 0);
      gtk_widget_add_css_class (GTK_WIDGET (self->detail), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->detail), "caption");
      break;

    case MR_ROSTER_COLUMN_PLATFORMS:
      for (guint i = 0; i < G_N_ELEMENTS (self->platforms); i++)
        {
          self->platforms[i] = GTK_IMAGE (gtk_image_new_from_icon_name (mr_roster_platform_icon (i)));
          gtk_widget_set_has_tooltip (GTK_WIDGET (self->platforms[i]), TRUE);
          g_signal_connect (self->platforms[i], "query-tooltip",
                            G_CALLBACK (on_platform_query_tooltip), self);
          add_hidden (cell, GTK_WIDGET (self->platforms[i]));
        }
      break;

    case MR_ROSTER_COLUMN_FOLLOWERS:
      self->label = add_text (cell, 1.0f, 0);
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
      break;

    case MR_ROSTER_COLUMN_ENGAGEMENT:
      self->label = add_text (cell, 1.0f, 0);
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
      self->mark = GTK_IMAGE (gtk_image_new_from_icon_name ("go-up-symbolic"));
      gtk_widget_add_css_class (GTK_WIDGET (self->mark), "mr-benchmark-mark");
      add_hidden (cell, GTK_WIDGET (self->mark));
      break;

    case MR_ROSTER_COLUMN_SCORE:
      self->label = add_text (cell, 1.0f, 3);
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "heading");
      /* The badge takes the rest of the column: as wide for every recommendation. */
      self->detail = add_text (cell, 0.5f, 0);
      gtk_widget_set_valign (GTK_WIDGET (self->detail), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (self->detail), "recommendation-badge");
      break;

    case MR_ROSTER_COLUMN_TIER:
    case MR_ROSTER_COLUMN_STATUS:
      self->label = add_text (cell, 0.0f, 0);
      break;

    case MR_N_ROSTER_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_widget_set_has_tooltip (GTK_WIDGET (self),
                              self->column == MR_ROSTER_COLUMN_NAME ||
                              self->column == MR_ROSTER_COLUMN_ENGAGEMENT ||
                              self->column == MR_ROSTER_COLUMN_SCORE);
}

static void
set_accessible_label (MrRosterCell *self,
                      const char   *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_name (MrRosterCell *self,
             MrCreator    *creator)
{
  const char *niche = mr_creator_get_niche (creator);
  const char *name = mr_creator_get_name (creator);

  /* A creator known only by a handle: the initial is the handle's, not "@". */
  mr_roster_avatar_set_name (self->avatar, name[0] == '@' ? name + 1 : name);
  gtk_inscription_set_text (self->label, name);
  gtk_inscription_set_text (self->detail, niche);
  gtk_widget_set_visible (GTK_WIDGET (self->detail), niche != NULL);
  /* The row's name: what a screen reader says first when it reaches the row. */
  set_accessible_label (self, mr_creator_get_name (creator));
}

static void
update_platforms (MrRosterCell *self,
                  MrCreator    *creator)
{
  guint platforms = mr_roster_key_get (creator)->platforms;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->platforms); i++)
    {
      gboolean shown = (platforms & (1u << i)) != 0;

      gtk_widget_set_visible (GTK_WIDGET (self->platforms[i]), shown);
      if (shown)
        {
          if (names->len > 0)
            /* Translators: between the platforms of a creator, as in "TikTok, Instagram". */
            g_string_append (names, C_("list separator", ", "));
          g_string_append (names, mr_platform_get_label (i));
        }
    }

  /* Translators: a roster cell as a screen reader reads it; %s lists platforms. */
  label = g_strdup_printf (_("Platforms: %s"), names->len > 0 ? names->str : C_("platforms", "none"));
  set_accessible_label (self, label);
}

static void
update_value (MrRosterCell *self,
              const char   *column_title,
              const char   *value)
{
  g_autofree char *label = NULL;

  gtk_inscription_set_text (self->label, value != NULL ? value : "—");
  gtk_widget_set_opacity (GTK_WIDGET (self->label), value != NULL ? 1.0 : 0.55);
  /* Translators: a roster cell as a screen reader reads it: the column, then the value. */
  label = g_strdup_printf (C_("roster cell", "%s: %s"), column_title, value != NULL ? value : _("not known"));
  set_accessible_label (self, label);
}

static void
update_engagement (MrRosterCell *self,
                   MrCreator    *creator)
{
  MrVetting *vetting = mr_creator_get_vetting (creator);
  double rate = mr_creator_get_engagement_rate (creator);
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  gboolean compared = vetting != NULL && vetting->benchmark->has_ratio;
  gboolean above = compared && vetting->benchmark->ratio >= 1.0;

  /* Without a mark, its room stays: the rates of a column line up. */
  gtk_widget_set_opacity (GTK_WIDGET (self->mark), compared ? 1.0 : 0.0);
  if (isnan (rate))
    {
      update_value (self, _("Engagement rate"), NULL);
      return;
    }

  number = mr_format_decimal (rate, 1);
  text = g_strdup_printf (_("%s %%"), number);
  update_value (self, _("Engagement rate"), text);

  gtk_image_set_from_icon_name (self->mark, above ? "go-up-symbolic" : "go-down-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->mark), above ? "below" : "above");
  gtk_widget_add_css_class (GTK_WIDGET (self->mark), above ? "above" : "below");

  if (compared)
    {
      g_autofree char *benchmark_number = mr_format_decimal (vetting->benchmark->benchmark, 2);
      g_autofree char *benchmark = g_strdup_printf (_("%s %%"), benchmark_number);

      label = above
        /* Translators: a roster cell as a screen reader reads it: a rate and its benchmark. */
        ? g_strdup_printf (_("Engagement rate: %s, above the benchmark of %s"), text, benchmark)
        /* Translators: a roster cell as a screen reader reads it: a rate and its benchmark. */
        : g_strdup_printf (_("Engagement rate: %s, below the benchmark of %s"), text, benchmark);
      set_accessible_label (self, label);
    }
}

static void
update_score (MrRosterCell *self,
              MrCreator    *creator)
{
  MrVetting *vetting = mr_creator_get_vetting (creator);
  double score = mr_creator_get_score (creator);
  MrRecommendation recommendation = vetting != NULL ? vetting->score->recommendation
                                                    : MR_RECOMMENDATION_NONE;
  const char *badge = mr_roster_badge_class (recommendation);
  g_autofree char *number = NULL;
  g_autofree char *label = NULL;

  for (MrRecommendation r = MR_RECOMMENDATION_RECOMMENDED; r <= MR_RECOMMENDATION_NOT_RECOMMENDED; r++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->detail), mr_roster_badge_class (r));

  if (isnan (score) || badge == NULL)
    {
      update_value (self, _("Score"), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->detail), FALSE);
      return;
    }

  number = mr_format_decimal (score, 0);
  gtk_inscription_set_text (self->label, number);
  gtk_widget_set_opacity (GTK_WIDGET (self->label), 1.0);
  gtk_inscription_set_text (self->detail, mr_recommendation_get_label (recommendation));
  gtk_widget_add_css_class (GTK_WIDGET (self->detail), badge);
  gtk_widget_set_visible (GTK_WIDGET (self->detail), TRUE);

  /* Translators: a roster cell as a screen reader reads it: the score and what it means. */
  label = g_strdup_printf (_("Score: %s, %s"), number, mr_recommendation_get_label (recommendation));
  set_accessible_label (self, label);
}

static void
update (MrRosterCell *self)
{
  MrCreator *creator = self->creator;
  MrVetting *vetting;
  g_autofree char *text = NULL;

  if (creator == NULL)
    return;

  vetting = mr_creator_get_vetting (creator);
  switch (self->column)
    {
    case MR_ROSTER_COLUMN_NAME:
      update_name (self, creator);
      break;
    case MR_ROSTER_COLUMN_PLATFORMS:
      update_platforms (self, creator);
      break;
    case MR_ROSTER_COLUMN_FOLLOWERS:
      if (mr_roster_key_get (creator)->followers >= 0)
        text = mr_format_count (mr_roster_key_get (creator)->followers);
      update_value (self, _("Followers"), text);
      break;
    case MR_ROSTER_COLUMN_TIER:
      update_value (self, _("Tier"),
                    vetting != NULL && vetting->tier != MR_TIER_NONE
                      ? mr_tier_get_label (vetting->tier) : NULL);
      break;
    case MR_ROSTER_COLUMN_ENGAGEMENT:
      update_engagement (self, creator);
      break;
    case MR_ROSTER_COLUMN_SCORE:
      update_score (self, creator);
      break;
    case MR_ROSTER_COLUMN_STATUS:
      update_value (self, _("Status"), mr_creator_status_get_label (mr_creator_get_status (creator)));
      break;
    case MR_N_ROSTER_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* The cell's tooltip: the name, the sentence that compares the engagement rate with
 * its benchmark, or what the score means. */
static const char *
get_tooltip (MrRosterCell *self)
{
  MrVetting *vetting = mr_creator_get_vetting (self->creator);

  switch (self->column)
    {
    case MR_ROSTER_COLUMN_NAME:
      return mr_creator_get_name (self->creator);

    case MR_ROSTER_COLUMN_ENGAGEMENT:
      return vetting != NULL && !isnan (mr_creator_get_engagement_rate (self->creator))
        ? vetting->benchmark->sentence : NULL;

    case MR_ROSTER_COLUMN_SCORE:
      return vetting != NULL && !isnan (mr_creator_get_score (self->creator)) &&
             mr_roster_badge_class (vetting->score->recommendation) != NULL
        ? vetting->score->summary : NULL;

    case MR_ROSTER_COLUMN_PLATFORMS:
    case MR_ROSTER_COLUMN_FOLLOWERS:
    case MR_ROSTER_COLUMN_TIER:
    case MR_ROSTER_COLUMN_STATUS:
    case MR_N_ROSTER_COLUMNS:
    default:
      return NULL;
    }
}

static gboolean
mr_roster_cell_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_tooltip,
                              GtkTooltip *tooltip)
{
  MrRosterCell *self = MR_ROSTER_CELL (widget);
  const char *text;

  if (self->creator == NULL || (text = get_tooltip (self)) == NULL || text[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Shows the creator now, or once the cell's column shows (the list item's widget, the
 * cell's parent, is hidden with its column). */
static void
refresh (MrRosterCell *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  self->stale = parent != NULL && !gtk_widget_get_visible (parent);
  if (self->stale)
    return;

  /* A row away from the screen holds no creator yet: its cells stay empty widgets as
   * tall as built ones, so that the list knows its height. GTK 4.8 keeps 200 rows,
   * and building them all is most of what showing the list first costs. */
  if (!self->built && self->creator == NULL && built_height[self->column] > 0)
    {
      gtk_widget_set_size_request (GTK_WIDGET (self), -1, built_height[self->column]);
      return;
    }

  if (!self->built)
    {
      gtk_widget_set_size_request (GTK_WIDGET (self), -1, -1);
      build (self);
      if (built_height[self->column] == 0)
        gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1,
                            NULL, &built_height[self->column], NULL, NULL);
    }
  update (self);
}

static void
on_creator_notify (MrCreator    *creator,
                   GParamSpec   *pspec,
                   MrRosterCell *self)
{
  refresh (self);
}

MrRosterCell *
mr_roster_cell_new (MrRosterColumn column)
{
  return g_object_new (MR_TYPE_ROSTER_CELL, "column", column, NULL);
}

MrCreator *
mr_roster_cell_get_creator (MrRosterCell *self)
{
  g_return_val_if_fail (MR_IS_ROSTER_CELL (self), NULL);

  return self->creator;
}

void
mr_roster_cell_set_creator (MrRosterCell *self,
                            MrCreator    *creator)
{
  g_return_if_fail (MR_IS_ROSTER_CELL (self));
  g_return_if_fail (creator == NULL || MR_IS_CREATOR (creator));

  if (self->creator == creator)
    return;

  g_clear_signal_handler (&self->notify_id, self->creator);
  g_set_object (&self->creator, creator);
  if (creator != NULL)
    self->notify_id = g_signal_connect (creator, "notify", G_CALLBACK (on_creator_notify), self);
  refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATOR]);
}

static void
mr_roster_cell_map (GtkWidget *widget)
{
  MrRosterCell *self = MR_ROSTER_CELL (widget);

  if (self->stale)
    refresh (self);

  GTK_WIDGET_CLASS (mr_roster_cell_parent_class)->map (widget);
}

static void
mr_roster_cell_dispose (GObject *object)
{
  MrRosterCell *self = MR_ROSTER_CELL (object);

  g_clear_signal_handler (&self->slot_id, self->slot);
  g_clear_object (&self->slot);
  g_clear_signal_handler (&self->notify_id, self->creator);
  g_clear_object (&self->creator);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mr_roster_cell_parent_class)->dispose (object);
}

static void
mr_roster_cell_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MrRosterCell *self = MR_ROSTER_CELL (object);

  switch (prop_id)
    {
    case PROP_COLUMN:
      g_value_set_enum (value, self->column);
      break;
    case PROP_CREATOR:
      g_value_set_object (value, self->creator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_roster_cell_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MrRosterCell *self = MR_ROSTER_CELL (object);

  switch (prop_id)
    {
    case PROP_COLUMN:
      self->column = g_value_get_enum (value);
      break;
    case PROP_CREATOR:
      mr_roster_cell_set_creator (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_roster_cell_class_init (MrRosterCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_roster_cell_dispose;
  object_class->get_property = mr_roster_cell_get_property;
  object_class->set_property = mr_roster_cell_set_property;

  properties[PROP_COLUMN] =
    g_param_spec_enum ("column", NULL, NULL,
                       MR_TYPE_ROSTER_COLUMN, MR_ROSTER_COLUMN_NAME,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATOR] =
    g_param_spec_object ("creator", NULL, NULL, MR_TYPE_CREATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = mr_roster_cell_map;
  widget_class->query_tooltip = mr_roster_cell_query_tooltip;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mr-roster-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mr_roster_cell_init (MrRosterCell *self)
{
}

/* ── The factory ─────────────────────────────────────────────────────────────────── */

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  column)
{
  gtk_list_item_set_child (item, GTK_WIDGET (mr_roster_cell_new (GPOINTER_TO_UINT (column))));
}

/* A search put another creator in the row's slot. */
static void
on_slot_notify (MrRosterSlot *slot,
                GParamSpec   *pspec,
                MrRosterCell *self)
{
  mr_roster_cell_set_creator (self, mr_roster_slot_get_creator (slot));
}

static void
set_slot (MrRosterCell *self,
          MrRosterSlot *slot)
{
  g_clear_signal_handler (&self->slot_id, self->slot);
  g_set_object (&self->slot, slot);
  if (slot != NULL)
    self->slot_id = g_signal_connect (slot, "notify::creator", G_CALLBACK (on_slot_notify), self);

  /* A row away from the screen is filled once the list scrolls near it; until then it
   * is built, so that it is as tall as it will be. */
  if (slot != NULL && mr_roster_slot_is_near_screen (slot))
    {
      mr_roster_cell_set_creator (self, mr_roster_slot_get_creator (slot));
    }
  else
    {
      mr_roster_cell_set_creator (self, NULL);
      refresh (self);
    }
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  column)
{
  set_slot (MR_ROSTER_CELL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  set_slot (MR_ROSTER_CELL (gtk_list_item_get_child (item)), NULL);
}

GtkListItemFactory *
mr_roster_cell_factory_new (MrRosterColumn column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (column < MR_N_ROSTER_COLUMNS, factory);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), GUINT_TO_POINTER (column));
  return factory;
}
