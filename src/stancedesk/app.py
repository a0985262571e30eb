"""Composition root of the `stancedesk` command: arguments, logging, the file, then the front end."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from stancedesk import __version__
from stancedesk.domain.errors import StanceDeskError

# Debian packages Qt's xcb platform needs beyond what a minimal desktop has (seen missing on fresh machines).
QT_SYSTEM_PACKAGES = (
    "libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0"
)


def qt_problem() -> str | None:
    """One line naming the Debian packages to install when Qt's libraries cannot be loaded."""
    try:
        from PySide6 import QtGui  # noqa: F401
    except ImportError as exc:
        return f"Qt cannot start ({exc}); install: sudo apt-get install {QT_SYSTEM_PACKAGES}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stancedesk", description="StanceDesk for fact-checkers.")
    parser.add_argument("--version", action="version", version=f"stancedesk {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE.stancedesk", help="the file to open")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    problem = qt_problem()
    if problem:
        sys.stderr.write(f"stancedesk: {problem}\n")
        return 1
    from stancedesk.services.profiles import load_profile
    from stancedesk.services.workspace import Workspace

    if args.file is None:
        sys.stderr.write("stancedesk: name a .stancedesk file to open (try `make run` for the demo)\n")
        return 2
    try:
        with Workspace.open(Path(args.file), load_profile()) as ws:
            count = ws.claims.count()
            schema_note = (f" (upgraded from schema {ws.db.opened_schema})"
                           if ws.db.opened_schema != 1 else "")
    except StanceDeskError as exc:
        sys.stderr.write(f"stancedesk: {exc}\n")
        return 1
    # The desktop window is a later issue; until then the app opens, checks and upgrades the file and says so.
    print(f"{Path(args.file).resolve()}: opened, {count} claims{schema_note}.")
    print("The desktop window is not built yet; browse the file with `stancedesk-cli show/search/stance`.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
