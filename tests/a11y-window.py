#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window as a screen reader meets it, through AT-SPI: the three page tabs by
name in the user's language, a tab that switches the page when clicked, every control
named (a creator list's column choices too); a second launch that hands its files to the running window instead of opening
another, and a launch on another database that is an instance of its own.
(GTK 4.8 sets no SHOWING state, so selection is judged by the tab's SELECTED state.)"""

import os
import subprocess
import sys
import tempfile
import time

# Warnings stay fatal for the application under test, not for this screen reader:
# libatspi warns about objects that go away while it walks the tree.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

import pyatspi  # noqa: E402  (after G_DEBUG is gone from this process)

EXPECTED = {
    "en": (["Creators", "Campaigns", "Micro-moments"], "No Campaigns Yet",
           "Import Statistics", "Column “Volgers”"),
    "nl": (["Makers", "Campagnes", "Micromomenten"], "Nog geen campagnes",
           "Statistieken importeren", "Kolom “Volgers”"),
}


def fail(message):
    print("not ok -", message)
    sys.exit(1)


def wait_for(predicate, what, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def descendants(accessible):
    stack = [accessible]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            stack.extend(reversed([node.getChildAtIndex(i) for i in range(node.childCount)]))
        except Exception:
            continue


def find_app(process):
    if process.poll() is not None:
        fail("the application exited with %d before a screen reader saw it" % process.returncode)
    pid = process.pid
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def windows(app):
    return [child for child in app if child is not None
            and child.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW)]


def page_tabs(app, names):
    """The first page tab list whose tabs carry exactly these names, in this order."""
    for node in descendants(app):
        if node.getRole() != pyatspi.ROLE_PAGE_TAB_LIST:
            continue
        tabs = [node.getChildAtIndex(i) for i in range(node.childCount)]
        if [tab.name for tab in tabs if tab is not None] == names:
            return tabs
    return None


def badly_named_controls(app):
    """Controls a screen reader would announce badly: no name, a mnemonic underscore, the
    name said twice (GTK 4.8 names a button with a mnemonic that way), or GTK's type name
    for want of one (GTK 4.8 names the button inside a drop-down that way)."""
    roles = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB,
             pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY)

    def said_twice(name):
        half = len(name) // 2
        return len(name) % 2 == 1 and name[half] == " " and name[:half] == name[half + 1:]

    return [(node.getRoleName(), node.name) for node in descendants(app)
            if node.getRole() in roles
            and (not node.name or "_" in node.name or said_twice(node.name)
                 or node.name.startswith(("Gtk", "Adw")))]


def selected(tab):
    return tab.getState().contains(pyatspi.STATE_SELECTED)


def labelled(app, text, prefix=False):
    return any(node.getRole() == pyatspi.ROLE_LABEL and node.name
               and (node.name.startswith(text) if prefix else node.name == text)
               for node in descendants(app))


def main():
    language = os.environ.get("LANGUAGE", "en")[:2]
    tab_names, campaigns_empty, import_title, column_name = EXPECTED[language]
    binary = os.environ["MICROREACH_BIN"]

    with tempfile.TemporaryDirectory(prefix="microreach-a11y-") as home:
        # The default database, in a data folder of the test's own.
        env = dict(os.environ)
        env.pop("MICROREACH_DATABASE", None)
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        env["GTK_A11Y"] = "atspi"
        env["NO_AT_BRIDGE"] = "0"
        if APP_G_DEBUG:
            env["G_DEBUG"] = APP_G_DEBUG
        first = subprocess.Popen([binary], env=env)
        other = None
        try:
            app = wait_for(lambda: find_app(first), "the application on the AT-SPI bus")
            tabs = wait_for(lambda: page_tabs(app, tab_names), "page tabs named %s" % tab_names)
            if [selected(tab) for tab in tabs] != [True, False, False]:
                fail("the first page should be the selected one")
            print("ok 1 - page tabs:", ", ".join(tab_names))

            tabs[1].queryAction().doAction(0)
            wait_for(lambda: [selected(tab) for tab in tabs] == [False, True, False],
                     "%r to be selected after clicking it" % tab_names[1])
            if not labelled(app, campaigns_empty):
                fail("no empty state labelled %r" % campaigns_empty)
            print("ok 2 - clicking %r selects it; its empty state reads %r"
                  % (tab_names[1], campaigns_empty))

            bad = badly_named_controls(app)
            if bad:
                fail("controls without a clean accessible name: %s" % bad)
            print("ok 3 - every control has an accessible name")

            statistics = os.path.join(home, "Overview.csv")
            with open(statistics, "w") as f:
                f.write("Date,Video Views\n")
            roster = os.path.join(home, "makers.csv")
            with open(roster, "w") as f:
                f.write("Naam,Volgers\nAnna,1200\n")
            second = subprocess.run([binary, statistics, roster], env=env, timeout=30)
            if second.returncode != 0:
                fail("a second launch exited with %d" % second.returncode)
            if first.poll() is not None:
                fail("the first instance ended after the second launch")
            # The file goes to the running window's import confirmation, which says
            # what it is (here: not an export it can read) before anything happens.
            wait_for(lambda: any(w.name == import_title for w in windows(app)),
                     "the running window to show %r for the second launch's file" % import_title)
            if len([w for w in windows(app) if w.name != import_title]) != 1:
                fail("expected one main window after a second launch, saw %d"
                     % len(windows(app)))
            wait_for(lambda: labelled(app, "Overview.csv") and labelled(app, "makers.csv"),
                     "the import confirmation to list the files")
            if not any(node.getRole() == pyatspi.ROLE_COMBO_BOX and node.name == column_name
                       for node in descendants(app)):
                fail("no column choice named %r for the creator list" % column_name)
            bad = badly_named_controls(app)
            if bad:
                fail("controls without a clean accessible name in the import dialog: %s" % bad)
            print("ok 4 - a second launch hands its files to the one running window")

            other_env = dict(env, MICROREACH_DATABASE=os.path.join(home, "other.db"))
            other = subprocess.Popen([binary], env=other_env)
            wait_for(lambda: find_app(other), "a separate instance on another database")
            if not os.path.exists(other_env["MICROREACH_DATABASE"]):
                fail("the other database was not created")
            print("ok 5 - a launch on another database is an instance of its own")

            # A filled roster: a screen reader reaches each creator's row by name.
            data = os.environ["G_TEST_SRCDIR"]
            filled_env = dict(env, MICROREACH_DATABASE=os.path.join(home, "filled.db"))
            subprocess.run([binary, "--import", os.path.join(data, "data", "tiktok", "year"),
                            os.path.join(data, "data", "roster", "creators-nl.csv")],
                           env=filled_env, timeout=60, check=True, stdout=subprocess.DEVNULL)
            filled = subprocess.Popen([binary], env=filled_env)
            try:
                filled_app = wait_for(lambda: find_app(filled), "the instance on a filled roster")
                names = ["@sanne.fietst", "Lotte Jansen"]
                wait_for(lambda: all(any(node.name and node.name.startswith(name)
                                         for node in descendants(filled_app))
                                     for name in names),
                         "roster rows named %s" % names)
                bad = badly_named_controls(filled_app)
                if bad:
                    fail("controls without a clean accessible name in the roster: %s" % bad)
            finally:
                filled.terminate()
                filled.wait(timeout=30)
            print("ok 6 - the roster's rows are reached by the creators' names")
        finally:
            for process in (other, first):
                if process is not None:
                    process.terminate()
                    process.wait(timeout=30)
    print("1..6")


if __name__ == "__main__":
    main()
