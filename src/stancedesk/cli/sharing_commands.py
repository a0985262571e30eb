"""Sharing: save a copy to send, merge a colleague's file, list and resolve conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path

from stancedesk.cli.common import Commands, add_file_argument, add_json_flag, open_workspace
from stancedesk.cli.output import emit_json, short
from stancedesk.services.sharing.recovery import restore_latest
from stancedesk.services.sharing.share import share


def _share(args: argparse.Namespace) -> int:
    out = share(Path(args.file), Path(args.out))
    print(f"saved a copy to {out}")
    return 0


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items()) or "nothing"


def _merge(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = ws.merge(Path(args.other), dry_run=args.dry_run)
    if args.json:
        emit_json(result.as_json())
        return 0
    verb = "would add" if args.dry_run else "added"
    print(f"{verb} {_counts(result.added)}; updated {_counts(result.updated)}; "
          f"{result.conflicts} new conflict(s), {result.open_conflicts} open")
    for warning in result.warnings:
        print(f"warning: {warning}")
    for url, ids in result.possible_duplicates:
        print(f"possible duplicates ({url}): {', '.join(i[:8] for i in ids)}")
    if result.snapshot:
        print(f"snapshot before the merge: {result.snapshot}")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        found = ws.conflicts()
    if args.json:
        emit_json(found)
        return 0
    for conflict in found:
        print(f"{conflict.id}  {conflict.kind} {conflict.row_id[:8]} {conflict.field}: "
              f"showing {short(repr(conflict.shown), 40)}")
        for version in conflict.versions:
            who = "mine" if version.mine else "theirs"
            print(f"    {who:<6} {short(repr(version.value), 60)}  ({version.author})")
    if not found:
        print("no conflicts")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        conflict = ws.resolve(args.conflict_id, args.keep)
    print(f"resolved {conflict.id} ({conflict.kind} {conflict.row_id[:8]} {conflict.field})")
    return 0


def _restore(args: argparse.Namespace) -> int:
    backup = restore_latest(Path(args.file))
    print(f"restored {args.file} from the backup of {backup.taken:%Y-%m-%d %H:%M} UTC")
    return 0


def _backups(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        found = ws.backups()
    if args.json:
        emit_json([{"path": str(b.path), "taken": b.taken.isoformat()} for b in found])
    else:
        for backup in reversed(found):
            print(f"{backup.taken:%Y-%m-%d %H:%M} UTC  {backup.path}")
        if not found:
            print("no backups yet")
    return 0


def register(commands: Commands) -> None:
    p = commands.add_parser("restore", help="put the newest good backup back after a damaged file was set aside")
    add_file_argument(p)
    p.set_defaults(handler=_restore)

    p = commands.add_parser("backups", help="list this file's rotated backups, newest first")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_backups)

    p = commands.add_parser("share", help="save a self-contained, checked copy to send to a colleague")
    add_file_argument(p)
    p.add_argument("out", metavar="OUT", help="where to write the copy (replaced only on success)")
    p.set_defaults(handler=_share)

    p = commands.add_parser("merge", help="merge a colleague's file into yours (their file is never changed)")
    add_file_argument(p)
    p.add_argument("other", metavar="OTHER", help="the colleague's .stancedesk file")
    p.add_argument("--dry-run", action="store_true", help="preview: count what would come in, change nothing")
    add_json_flag(p)
    p.set_defaults(handler=_merge)

    p = commands.add_parser("conflicts", help="list edits that clashed in a merge")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_conflicts)

    p = commands.add_parser("resolve", help="settle a conflict: keep mine, theirs or a new value")
    add_file_argument(p)
    p.add_argument("conflict_id", metavar="CONFLICT_ID", help="the id shown by `conflicts` (or a prefix)")
    p.add_argument("--keep", required=True, metavar="mine|theirs|VALUE", help="which version to keep")
    p.set_defaults(handler=_resolve)
