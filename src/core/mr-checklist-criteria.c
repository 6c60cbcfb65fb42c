/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-checklist-criteria"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-checklist-criteria.h"

static const struct
{
  const char *id;
  const char *label;
} criteria[] = {
  { "content-quality", N_("Content quality") },
  { "brand-fit", N_("Brand fit") },
  { "comment-credibility", N_("Credible comments") },
  { "brand-collaborations", N_("Earlier brand collaborations") },
  { "professional-contact", N_("Professional contact") },
  { "audience-match", N_("Audience match") },
};

guint
mr_checklist_criteria_get_n (void)
{
  return G_N_ELEMENTS (criteria);
}

const char *
mr_checklist_criteria_get_id (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (criteria), NULL);

  return criteria[index].id;
}

const char *
mr_checklist_criteria_get_label (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (criteria), NULL);

  return _(criteria[index].label);
}

int
mr_checklist_criteria_find (const char *id)
{
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    if (g_str_equal (criteria[i].id, id))
      return (int) i;

  return -1;
}
