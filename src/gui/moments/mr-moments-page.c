/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moments-page"

#include "config.h"

#include "mr-moment.h"
#include "mr-moments-page.h"
#include "mr-list-state.h"

struct _MrMomentsPage
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (MrMomentsPage, mr_moments_page, GTK_TYPE_WIDGET)

void
mr_moments_page_set_model (MrMomentsPage *self,
                           GListModel    *model)
{
  g_return_if_fail (MR_IS_MOMENTS_PAGE (self));

  mr_list_state_bind (self->stack, self->list_view, model);
}

static void
mr_moments_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_MOMENTS_PAGE);

  G_OBJECT_CLASS (mr_moments_page_parent_class)->dispose (object);
}

static void
mr_moments_page_class_init (MrMomentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_moments_page_dispose;

  g_type_ensure (MR_TYPE_MOMENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/moments/mr-moments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mr_moments_page_init (MrMomentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
