"""What the command modules share: opening the file, resolving ids, parsing dates and names."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stancedesk.domain.dates import PartialDate, parse_partial_date
from stancedesk.domain.errors import NotFoundError
from stancedesk.domain.ids import is_id_prefix
from stancedesk.services.profiles import load_profile
from stancedesk.services.workspace import Workspace

Commands = Any  # argparse's private _SubParsersAction


def open_workspace(args: argparse.Namespace, *, read_only: bool = False) -> Workspace:
    return Workspace.open(Path(args.file), load_profile(args.author), read_only=read_only)


def add_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .stancedesk file")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")


def optional_date(text: str | None, what: str) -> PartialDate | None:
    return parse_partial_date(text, what) if text else None


def resolve(ws: Workspace, prefix: str, kind: str) -> str:
    return ws.lookup.resolve_id(prefix, kind)


def resolve_actor(ws: Workspace, name_or_id: str) -> str:
    """An actor by name, alias or surname, else by id prefix; several matches are listed, not guessed."""
    found = ws.actors.find_loosely(name_or_id)
    if len(found) == 1:
        return found[0].id
    if len(found) > 1:
        names = ", ".join(a.name for a in found[:5])
        raise NotFoundError(f"'{name_or_id}' could be {names}; give the full name or an id")
    if is_id_prefix(name_or_id.strip()):
        return ws.lookup.resolve_id(name_or_id, "actor")
    raise NotFoundError(f"no actor called '{name_or_id}'")
