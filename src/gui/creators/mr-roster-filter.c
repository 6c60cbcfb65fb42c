/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-filter"

#include "config.h"

#include "mr-creator.h"
#include "mr-roster-filter.h"
#include "mr-roster-key.h"
#include "mr-text-fold.h"

/* The roster's filter: search words and facets. Matching must keep up with typing over
 * ten thousand creators, so it compares with precomputed, folded text (MrRosterKey)
 * and tells the filter model how a change relates to the last one: a longer query only
 * narrows, so only the creators still shown are looked at again. */

struct _MrRosterFilter
{
  GtkFilter   parent_instance;

  char       *search;
  GStrv       words;            /* folded, without empty ones */
  guint       chosen[MR_N_ROSTER_FACETS];
};

G_DEFINE_FINAL_TYPE (MrRosterFilter, mr_roster_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A facet's value as a bit; MrTier starts at MR_TIER_NONE = -1, which is never chosen. */
static guint
value_bit (int value)
{
  g_return_val_if_fail (value >= 0 && value < 32, 0);

  return 1u << value;
}

static gboolean
matches_facets (MrRosterFilter *self,
                MrCreator      *creator)
{
  MrVetting *vetting = mr_creator_get_vetting (creator);

  if (self->chosen[MR_ROSTER_FACET_PLATFORM] != 0 &&
      (mr_roster_key_get (creator)->platforms & self->chosen[MR_ROSTER_FACET_PLATFORM]) == 0)
    return FALSE;

  if (self->chosen[MR_ROSTER_FACET_STATUS] != 0 &&
      (value_bit (mr_creator_get_status (creator)) & self->chosen[MR_ROSTER_FACET_STATUS]) == 0)
    return FALSE;

  if (self->chosen[MR_ROSTER_FACET_TIER] != 0 &&
      (vetting == NULL || vetting->tier == MR_TIER_NONE ||
       (value_bit (vetting->tier) & self->chosen[MR_ROSTER_FACET_TIER]) == 0))
    return FALSE;

  if (self->chosen[MR_ROSTER_FACET_RECOMMENDATION] != 0 &&
      (vetting == NULL ||
       (value_bit (vetting->score->recommendation) &
        self->chosen[MR_ROSTER_FACET_RECOMMENDATION]) == 0))
    return FALSE;

  return TRUE;
}

static gboolean
mr_roster_filter_match (GtkFilter *filter,
                        gpointer   item)
{
  MrRosterFilter *self = MR_ROSTER_FILTER (filter);
  MrCreator *creator = item;

  if (self->words != NULL)
    {
      const char *text = mr_roster_key_get_search_text (creator);

      for (guint i = 0; self->words[i] != NULL; i++)
        if (strstr (text, self->words[i]) == NULL)
          return FALSE;
    }

  return matches_facets (self, creator);
}

static GtkFilterMatch
mr_roster_filter_get_strictness (GtkFilter *filter)
{
  MrRosterFilter *self = MR_ROSTER_FILTER (filter);

  return mr_roster_filter_is_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
mr_roster_filter_finalize (GObject *object)
{
  MrRosterFilter *self = MR_ROSTER_FILTER (object);

  g_free (self->search);
  g_strfreev (self->words);

  G_OBJECT_CLASS (mr_roster_filter_parent_class)->finalize (object);
}

static void
mr_roster_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MrRosterFilter *self = MR_ROSTER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_roster_filter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MrRosterFilter *self = MR_ROSTER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      mr_roster_filter_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_roster_filter_class_init (MrRosterFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = mr_roster_filter_finalize;
  object_class->get_property = mr_roster_filter_get_property;
  object_class->set_property = mr_roster_filter_set_property;

  filter_class->match = mr_roster_filter_match;
  filter_class->get_strictness = mr_roster_filter_get_strictness;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_roster_filter_init (MrRosterFilter *self)
{
}

MrRosterFilter *
mr_roster_filter_new (void)
{
  return g_object_new (MR_TYPE_ROSTER_FILTER, NULL);
}

/* Words, folded; a leading '@' stays, so "@lot" finds handles only. */
static GStrv
split_words (const char *search)
{
  g_autofree char *folded = mr_text_fold (search);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      {
        g_strv_builder_add (builder, parts[i]);
        n++;
      }

  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

/* Whether every word of @narrow contains a word of @wide: then whatever @narrow matches,
 * @wide matched too. */
static gboolean
narrows (GStrv narrow,
         GStrv wide)
{
  if (wide == NULL)
    return TRUE;
  if (narrow == NULL)
    return FALSE;

  for (guint i = 0; wide[i] != NULL; i++)
    {
      gboolean covered = FALSE;

      for (guint j = 0; narrow[j] != NULL && !covered; j++)
        covered = strstr (narrow[j], wide[i]) != NULL;
      if (!covered)
        return FALSE;
    }
  return TRUE;
}

void
mr_roster_filter_set_search (MrRosterFilter *self,
                             const char     *search)
{
  g_auto(GStrv) words = NULL;
  GtkFilterChange change;

  g_return_if_fail (MR_IS_ROSTER_FILTER (self));

  if (search != NULL && search[0] == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;

  words = split_words (search);
  if (narrows (words, self->words))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (narrows (self->words, words))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search);
  self->search = g_strdup (search);
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);

  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

void
mr_roster_filter_set_chosen (MrRosterFilter *self,
                             MrRosterFacet   facet,
                             int             value,
                             gboolean        chosen)
{
  guint before, after;

  g_return_if_fail (MR_IS_ROSTER_FILTER (self));
  g_return_if_fail (facet < MR_N_ROSTER_FACETS);

  before = self->chosen[facet];
  after = chosen ? before | value_bit (value) : before & ~value_bit (value);
  if (before == after)
    return;

  self->chosen[facet] = after;
  /* No value chosen lets everyone through: the first choice narrows, later ones widen. */
  if (before == 0 || (after != 0 && !chosen))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
  else
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

guint
mr_roster_filter_get_n_chosen (MrRosterFilter *self)
{
  guint n = 0;

  g_return_val_if_fail (MR_IS_ROSTER_FILTER (self), 0);

  for (guint i = 0; i < MR_N_ROSTER_FACETS; i++)
    n += (guint) __builtin_popcount (self->chosen[i]);
  return n;
}

gboolean
mr_roster_filter_is_active (MrRosterFilter *self)
{
  g_return_val_if_fail (MR_IS_ROSTER_FILTER (self), FALSE);

  return self->words != NULL || mr_roster_filter_get_n_chosen (self) > 0;
}

void
mr_roster_filter_clear (MrRosterFilter *self)
{
  gboolean had_facets;

  g_return_if_fail (MR_IS_ROSTER_FILTER (self));

  had_facets = mr_roster_filter_get_n_chosen (self) > 0;
  memset (self->chosen, 0, sizeof self->chosen);
  if (self->search != NULL)
    mr_roster_filter_set_search (self, NULL);
  else if (had_facets)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}
