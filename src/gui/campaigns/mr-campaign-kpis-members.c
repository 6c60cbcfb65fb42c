/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-kpis"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-campaign-kpis-private.h"
#include "mr-kpi-format.h"
#include "mr-window.h"

/* The table under the cards: each member's fee, revenue, CTR, CPA and ROAS with its
 * mark, and the Scale up / Review hint. */

/* A member's figures in the table, in its order. */
typedef enum
{
  STAT_FEE,
  STAT_REVENUE,
  STAT_CTR,
  STAT_CPA,
  STAT_ROAS,
  N_STATS
} Stat;

static const MrKpiKind stat_kpis[N_STATS] = {
  [STAT_FEE] = MR_KPI_SPEND,
  [STAT_REVENUE] = MR_KPI_REVENUE,
  [STAT_CTR] = MR_KPI_CTR,
  [STAT_CPA] = MR_KPI_CPA,
  [STAT_ROAS] = MR_KPI_ROAS,
};

/* What the table shows of a member, copied out of the figures. */
typedef struct
{
  gint64          creator_id;
  char           *values[N_STATS];      /* NULL: not known */
  char           *sentences[N_STATS];
  const char     *roas_mark;            /* a static string, NULL without a value */
  gboolean        roas_on_target;
  MrKpiHint       hint;
} MemberView;

static void
member_view_clear (gpointer data)
{
  MemberView *view = data;

  for (guint i = 0; i < N_STATS; i++)
    {
      g_clear_pointer (&view->values[i], g_free);
      g_clear_pointer (&view->sentences[i], g_free);
    }
}

GArray *
mr_campaign_kpis_members_new (void)
{
  GArray *members = g_array_new (FALSE, TRUE, sizeof (MemberView));

  g_array_set_clear_func (members, member_view_clear);
  return members;
}

static void
copy_member (MemberView            *view,
             const MrMemberFigures *member,
             const MrKpiTargets    *targets,
             const char            *currency)
{
  const MrKpi *roas = &member->kpis.kpis[MR_KPI_ROAS];

  view->creator_id = mr_campaign_member_get_creator_id (member->member);
  for (guint i = 0; i < N_STATS; i++)
    {
      const MrKpi *kpi = &member->kpis.kpis[stat_kpis[i]];

      view->values[i] = mr_kpi_format_value (stat_kpis[i], kpi, currency);
      view->sentences[i] = g_strdup (kpi->sentence);
    }
  view->roas_mark = mr_kpi_mark_word (MR_KPI_ROAS, roas, targets);
  view->roas_on_target = roas->judgement == MR_KPI_ON_TARGET;
  view->hint = member->hint;
}

void
mr_campaign_kpis_copy_members (MrCampaignKpis          *self,
                               const MrCampaignFigures *figures,
                               const char              *currency)
{
  g_array_set_size (self->members, figures->n_members);
  for (guint i = 0; i < figures->n_members; i++)
    copy_member (&g_array_index (self->members, MemberView, i), &figures->members[i],
                 &figures->targets, currency);
}

/* ── The members ────────────────────────────────────────────────────────────────── */

static const char *
stat_title (Stat stat)
{
  switch (stat)
    {
    case STAT_FEE:
      return C_("campaign member", "Fee");
    case STAT_REVENUE:
      return C_("kpi", "Revenue");
    case STAT_CTR:
      return C_("kpi", "CTR");
    case STAT_CPA:
      return C_("kpi", "CPA");
    case STAT_ROAS:
      return C_("kpi", "ROAS");
    case N_STATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static MrStore *
get_store (MrCampaignKpis *self)
{
  GtkRoot *root;

  if (self->store != NULL)
    return self->store;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  return MR_IS_WINDOW (root) ? mr_window_get_store (MR_WINDOW (root)) : NULL;
}

static char *
creator_name (MrCampaignKpis *self,
              gint64          creator_id)
{
  MrStore *store = get_store (self);
  GListModel *creators = store != NULL ? mr_store_get_creators (store) : NULL;

  for (guint i = 0; creators != NULL && i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == creator_id)
        return g_strdup (mr_creator_get_name (creator));
    }
  /* Translators: a campaign member whose creator is not (or no longer) in the roster. */
  return g_strdup (_("Unknown creator"));
}

static GtkWidget *
stat_box (const MemberView *view,
          Stat              stat)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (stat_title (stat));
  GtkWidget *value = gtk_label_new (view->values[stat] != NULL ? view->values[stat] : "—");

  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value), 0.0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (value, "numeric");
  if (view->values[stat] == NULL)
    gtk_widget_add_css_class (value, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), value);

  if (stat == STAT_ROAS && view->roas_mark != NULL)
    {
      GtkWidget *mark = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *icon = gtk_image_new_from_icon_name (view->roas_on_target ? "emblem-ok-symbolic"
                                                                           : "dialog-warning-symbolic");
      GtkWidget *word = gtk_label_new (view->roas_mark);

      gtk_widget_add_css_class (mark, view->roas_on_target ? "success" : "error");
      gtk_widget_add_css_class (word, "caption");
      gtk_box_append (GTK_BOX (mark), icon);
      gtk_box_append (GTK_BOX (mark), word);
      gtk_box_append (GTK_BOX (box), mark);
    }

  gtk_widget_set_tooltip_text (box, view->sentences[stat]);
  return box;
}

static GtkWidget *
hint_badge (MrKpiHint hint)
{
  GtkWidget *badge = gtk_label_new (hint == MR_KPI_HINT_SCALE_UP ? C_("campaign hint", "Scale up")
                                                                 : C_("campaign hint", "Review"));

  /* The recommendation badge's look (style.css): the word on a tinted pill. */
  gtk_widget_add_css_class (badge, "recommendation-badge");
  gtk_widget_add_css_class (badge, hint == MR_KPI_HINT_SCALE_UP ? "recommended" : "review");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (badge, mr_kpi_hint_describe (hint));
  return badge;
}

static GtkWidget *
member_row (MrCampaignKpis   *self,
            const MemberView *view)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *name_label;
  g_autofree char *name = creator_name (self, view->creator_id);
  g_autoptr(GString) label = g_string_new (name);
  g_autoptr(GString) description = g_string_new (NULL);

  name_label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (name_label, "heading");
  gtk_box_append (GTK_BOX (top), name_label);
  if (view->hint != MR_KPI_HINT_NONE)
    gtk_box_append (GTK_BOX (top), hint_badge (view->hint));

  /* Same-width cells in the same order: on a wide window the members' figures line up
   * as columns; on a phone they wrap. */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), N_STATS);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 8);
  for (guint i = 0; i < N_STATS; i++)
    {
      const char *value = view->values[i] != NULL ? view->values[i] : "—";

      GtkWidget *stat = stat_box (view, i);

      gtk_size_group_add_widget (self->stat_widths, stat);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), stat);
      gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (flow), i)),
                                FALSE);
      /* Translators: one figure of a member read aloud, as in ", ROAS 4.0 : 1". */
      g_string_append_printf (label, C_("member figures", ", %1$s %2$s"), stat_title (i), value);
    }
  gtk_widget_set_focusable (flow, FALSE);

  /* The row is what the keyboard reaches: it reads the figures, the mark and the hint,
   * and says why where a figure is missing. */
  if (view->roas_mark != NULL)
    g_string_append_printf (label, C_("member figures", ", %s"), view->roas_mark);
  if (view->hint != MR_KPI_HINT_NONE)
    g_string_append (description, mr_kpi_hint_describe (view->hint));
  for (guint i = 0; i < N_STATS; i++)
    if (view->values[i] == NULL && view->sentences[i] != NULL &&
        strstr (description->str, view->sentences[i]) == NULL)
      g_string_append_printf (description, "%s%s", description->len > 0 ? " " : "",
                              view->sentences[i]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), flow);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

void
mr_campaign_kpis_show_members (MrCampaignKpis *self)
{
  GtkListBoxRow *row;

  /* By row, not by child: the placeholder is a child of the list too. */
  while ((row = gtk_list_box_get_row_at_index (self->member_list, 0)) != NULL)
    gtk_list_box_remove (self->member_list, GTK_WIDGET (row));
  g_clear_object (&self->stat_widths);
  self->stat_widths = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  for (guint i = 0; i < self->members->len; i++)
    gtk_list_box_append (self->member_list,
                         member_row (self, &g_array_index (self->members, MemberView, i)));
}
