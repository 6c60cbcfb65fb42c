/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "microreach"

#include "config.h"

#include "mr-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MrApplication) app = NULL;

  mr_application_init_i18n ();

  app = mr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
