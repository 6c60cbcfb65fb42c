/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-compare-window"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-compare-window.h"
#include "mr-number-format.h"
#include "mr-roster-cell.h"

/* Candidates side by side: one column per creator, one row per figure, all read from
 * the creator's vetting. A row whose figures say which candidate does better (a higher
 * rate against the benchmark, faster growth, livelier comments, cheaper engagement, a
 * higher score) marks the best. A narrow window scrolls sideways. */

#define AVATAR_SIZE 48
#define COLUMN_WIDTH 168

struct _MrCompareWindow
{
  AdwWindow  parent_instance;

  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (MrCompareWindow, mr_compare_window, ADW_TYPE_WINDOW)

typedef struct
{
  char       *text;     /* NULL when not known */
  char       *detail;   /* a second line, or NULL */
  const char *badge;    /* the detail's badge class, or NULL */
  double      rank;     /* the higher the better; NAN when it does not compete */
} Value;

typedef void (*ValueFunc) (MrVetting *vetting,
                           Value     *value);

/* A figure and its unit are read as one: they never break over two lines. */
static char *
unbreakable (char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        g_string_append (out, "\u00a0");
      else
        g_string_append_c (out, *p);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

static char *
format_percent (double value,
                guint  decimals)
{
  g_autofree char *number = mr_format_decimal (value, decimals);

  return unbreakable (g_strdup_printf (_("%s %%"), number));
}

static void
tier_value (MrVetting *vetting,
            Value     *value)
{
  if (vetting->tier == MR_TIER_NONE)
    return;
  value->text = g_strdup (mr_tier_get_label (vetting->tier));
  value->detail = g_strdup (mr_platform_get_label (vetting->platform));
}

static void
followers_value (MrVetting *vetting,
                 Value     *value)
{
  if (vetting->followers >= 0)
    value->text = mr_format_count (vetting->followers);
}

static void
engagement_value (MrVetting *vetting,
                  Value     *value)
{
  MrBenchmarkComparison *benchmark = vetting->benchmark;
  g_autofree char *typical = NULL;

  if (!vetting->engagement->has_value)
    return;

  value->text = format_percent (vetting->engagement->rate, 1);
  if (!benchmark->has_ratio)
    return;

  typical = format_percent (benchmark->benchmark, 2);
  value->detail = benchmark->ratio >= 1.0
    /* Translators: under an engagement rate; %s is the benchmark, such as 6 %. */
    ? g_strdup_printf (_("Above the benchmark of %s"), typical)
    /* Translators: under an engagement rate; %s is the benchmark, such as 6 %. */
    : g_strdup_printf (_("Below the benchmark of %s"), typical);
  value->rank = benchmark->ratio;
}

static void
growth_value (MrVetting *vetting,
              Value     *value)
{
  MrGrowthWindow *window = &vetting->growth->short_window;
  g_autofree char *count = NULL;
  g_autofree char *percent = NULL;

  if (!window->has_value)
    return;

  count = mr_format_count ((gint64) round (fabs (window->followers_per_30_days)));
  percent = format_percent (fabs (window->percent_per_30_days), 1);
  /* Translators: a change of followers in 30 days; the sign, then the number. */
  value->text = g_strdup_printf (C_("follower change", "%s%s followers"),
                                 window->followers_per_30_days < 0 ? "−" : "+", count);
  value->detail = g_strdup_printf ("%s%s", window->percent_per_30_days < 0 ? "−" : "+", percent);
  value->rank = window->percent_per_30_days;
}

static void
posts_value (MrVetting *vetting,
             Value     *value)
{
  if (!isnan (vetting->consistency->posts_per_week))
    value->text = mr_format_decimal (vetting->consistency->posts_per_week, 1);
}

static void
comments_value (MrVetting *vetting,
                Value     *value)
{
  MrQualityRatio *ratio = &vetting->quality->comments_per_like;

  if (!ratio->has_value)
    return;
  value->text = format_percent (ratio->value, 1);
  value->rank = ratio->value;
}

static void
price_value (MrVetting *vetting,
             Value     *value)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (!vetting->price->has_value)
    return;
  min = mr_format_money (vetting->price->min);
  max = mr_format_money (vetting->price->max);
  /* Translators: a price range and its currency, such as "120–240 EUR". */
  value->text = unbreakable (g_strdup_printf (C_("price range", "%s–%s %s"), min, max,
                                               vetting->price->currency));
}

static void
cpe_value (MrVetting *vetting,
           Value     *value)
{
  g_autofree char *amount = NULL;

  if (!vetting->has_cpe)
    return;
  amount = mr_format_decimal (vetting->cpe, 2);
  /* Translators: an amount and its currency, such as "0.12 EUR". */
  value->text = unbreakable (g_strdup_printf (C_("amount", "%s %s"), amount,
                                               vetting->price->currency));
  value->detail = g_strdup (_("at the middle of the price range"));
  value->rank = -vetting->cpe;
}

static void
score_value (MrVetting *vetting,
             Value     *value)
{
  MrRecommendation recommendation = vetting->score->recommendation;

  if (isnan (vetting->score->score) || recommendation == MR_RECOMMENDATION_NONE)
    return;
  value->text = mr_format_decimal (vetting->score->score, 0);
  value->detail = g_strdup (mr_recommendation_get_label (recommendation));
  value->badge = mr_roster_badge_class (recommendation);
  value->rank = vetting->score->score;
}

static const struct
{
  const char *title;
  ValueFunc   func;
} figures[] = {
  { N_("Tier"), tier_value },
  { N_("Followers"), followers_value },
  { N_("Engagement rate"), engagement_value },
  { N_("Growth per 30 days"), growth_value },
  { N_("Posts per week"), posts_value },
  { N_("Comments per like"), comments_value },
  { N_("Price per post"), price_value },
  { N_("Cost per engagement"), cpe_value },
  { N_("Score"), score_value },
};

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return label;
}

static GtkWidget *
creator_header (MrCreator *creator)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *avatar = adw_avatar_new (AVATAR_SIZE, mr_creator_get_name (creator), TRUE);
  MrAccount *account = mr_creator_get_primary_account (creator);

  gtk_widget_set_size_request (box, COLUMN_WIDTH, -1);
  gtk_widget_set_halign (avatar, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), new_label (mr_creator_get_name (creator), "heading"));
  if (account != NULL)
    {
      g_autofree char *handle = g_strdup_printf ("@%s", mr_account_get_handle (account));

      gtk_box_append (GTK_BOX (box), new_label (handle, "dim-label"));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mr_creator_get_name (creator), -1);
  return box;
}

static GtkWidget *
value_cell (MrCreator  *creator,
            const char *title,
            Value      *value,
            gboolean    best)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *text = new_label (value->text != NULL ? value->text : "—", "numeric");
  g_autofree char *label = NULL;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);
  if (value->text == NULL)
    gtk_widget_add_css_class (text, "dim-label");
  if (best)
    gtk_widget_add_css_class (text, "mr-compare-best");

  if (value->detail != NULL)
    {
      GtkWidget *detail = new_label (value->detail, value->badge != NULL ? "recommendation-badge" : "dim-label");

      if (value->badge != NULL)
        {
          gtk_widget_add_css_class (detail, value->badge);
          gtk_widget_set_halign (detail, GTK_ALIGN_CENTER);
        }
      else
        gtk_widget_add_css_class (detail, "caption");
      gtk_box_append (GTK_BOX (box), detail);
    }

  label = best
    /* Translators: a compared figure for a screen reader: the figure, whose, the value
     * (and its explanation), and that it is the best of those compared. */
    ? g_strdup_printf (_("%s of %s: %s%s%s, the best"), title, mr_creator_get_name (creator),
                       value->text != NULL ? value->text : _("not known"),
                       value->detail != NULL ? ", " : "", value->detail != NULL ? value->detail : "")
    /* Translators: a compared figure for a screen reader: the figure, whose, the value
     * (and its explanation). */
    : g_strdup_printf (_("%s of %s: %s%s%s"), title, mr_creator_get_name (creator),
                       value->text != NULL ? value->text : _("not known"),
                       value->detail != NULL ? ", " : "", value->detail != NULL ? value->detail : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return box;
}

static void
clear_value (Value *value)
{
  g_free (value->text);
  g_free (value->detail);
}

static void
fill (MrCompareWindow  *self,
      MrCreator       **creators,
      guint             n_creators)
{
  int row = 0;

  for (guint c = 0; c < n_creators; c++)
    gtk_grid_attach (self->grid, creator_header (creators[c]), (int) c + 1, row, 1, 1);
  row++;

  for (guint f = 0; f < G_N_ELEMENTS (figures); f++)
    {
      g_autofree Value *values = g_new0 (Value, n_creators);
      const char *title = gettext (figures[f].title);
      GtkWidget *heading = gtk_label_new (title);
      double best = NAN;
      guint n_ranked = 0;

      gtk_grid_attach (self->grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, row++,
                       (int) n_creators + 1, 1);

      for (guint c = 0; c < n_creators; c++)
        {
          MrVetting *vetting = mr_creator_get_vetting (creators[c]);

          values[c].rank = NAN;
          if (vetting != NULL)
            figures[f].func (vetting, &values[c]);
          if (!isnan (values[c].rank))
            {
              best = isnan (best) ? values[c].rank : MAX (best, values[c].rank);
              n_ranked++;
            }
        }

      gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (heading), 14);
      gtk_widget_add_css_class (heading, "dim-label");
      gtk_grid_attach (self->grid, heading, 0, row, 1, 1);

      for (guint c = 0; c < n_creators; c++)
        {
          gboolean is_best = n_ranked >= 2 && values[c].rank == best;

          gtk_grid_attach (self->grid, value_cell (creators[c], title, &values[c], is_best),
                           (int) c + 1, row, 1, 1);
          clear_value (&values[c]);
        }
      row++;
    }
}

static void
mr_compare_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_COMPARE_WINDOW);

  G_OBJECT_CLASS (mr_compare_window_parent_class)->dispose (object);
}

static void
mr_compare_window_class_init (MrCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_compare_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCompareWindow, grid);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_compare_window_init (MrCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
mr_compare_window_new (MrCreator **creators,
                       guint       n_creators)
{
  MrCompareWindow *self;

  g_return_val_if_fail (n_creators == 0 || creators != NULL, NULL);

  self = g_object_new (MR_TYPE_COMPARE_WINDOW, NULL);
  fill (self, creators, n_creators);
  return GTK_WINDOW (self);
}
