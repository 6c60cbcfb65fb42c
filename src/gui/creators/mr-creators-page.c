/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creators-page"

#include "config.h"

#include "mr-creator.h"
#include "mr-creators-page.h"
#include "mr-list-state.h"

struct _MrCreatorsPage
{
  GtkWidget    parent_instance;

  GtkStack    *stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (MrCreatorsPage, mr_creators_page, GTK_TYPE_WIDGET)

void
mr_creators_page_set_model (MrCreatorsPage *self,
                            GListModel     *model)
{
  g_return_if_fail (MR_IS_CREATORS_PAGE (self));

  mr_list_state_bind (self->stack, self->list_view, model);
}

static void
mr_creators_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CREATORS_PAGE);

  G_OBJECT_CLASS (mr_creators_page_parent_class)->dispose (object);
}

static void
mr_creators_page_class_init (MrCreatorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_creators_page_dispose;

  g_type_ensure (MR_TYPE_CREATOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-creators-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorsPage, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mr_creators_page_init (MrCreatorsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
