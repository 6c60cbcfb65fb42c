/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A Secret Service of the test's own, so that no test reads or writes the keyring of
 * whoever runs it, inside dbus-run-session or not: gnome-keyring-daemon on a private
 * session bus, with its files in a temporary folder. */

typedef struct _MrTestKeyring MrTestKeyring;

/* A session bus of the process's own (GTestDBus), on which nothing is ever activated;
 * it becomes the session bus, and a display the process has stays set. */
void           mr_test_bus_up              (void);
void           mr_test_bus_stop            (void);

/* Why this computer cannot give a test a keyring, naming the Debian packages that
 * would ("needs … (Debian: apt install …)"); NULL when it can. */
const char    *mr_test_keyring_unavailable (void);

/* Starts gnome-keyring-daemon on the bus of mr_test_bus_up () with an unlocked default
 * keyring, so that storing asks no password. Fails the test when the daemon is
 * installed but offers no default keyring within 20 seconds. */
MrTestKeyring *mr_test_keyring_start       (void);
void           mr_test_keyring_stop        (MrTestKeyring *keyring);

G_END_DECLS
