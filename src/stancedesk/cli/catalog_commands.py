"""Commands for the file's catalogues: dossiers (what a report covers) and custom rating scales."""

from __future__ import annotations

import argparse

from stancedesk.cli.common import Commands, add_file_argument, add_json_flag, open_workspace, resolve
from stancedesk.cli.output import emit
from stancedesk.domain.errors import InputError
from stancedesk.domain.model import RatingLabel


def _dossier_create(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        claim_ids = [resolve(ws, c, "claim") for c in args.claim or ()]
        dossier = ws.dossiers.create(args.name, args.description, claim_ids).value
    return emit(args, dossier, dossier.id)


def _dossier_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        dossier = ws.dossiers.named(args.name)
        claim_ids = [resolve(ws, c, "claim") for c in args.claim]
        updated = ws.dossiers.add_claims(dossier.id, claim_ids).value
    return emit(args, updated, f"{updated.name}: {len(updated.claim_ids)} claims")


def _dossier_list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        dossiers = ws.dossiers.all()
    return emit(args, dossiers, "\n".join(f"{d.id[:8]}  {d.name} ({len(d.claim_ids)} claims)" for d in dossiers)
                or "no dossiers")


def _parse_label(text: str) -> RatingLabel:
    label, sep, value = text.rpartition("=")
    if not sep or not label.strip():
        raise InputError(f"rating label '{text}' must look like 'Label=NUMBER'")
    try:
        return RatingLabel(label.strip(), int(value))
    except ValueError:
        raise InputError(f"rating label '{text}': '{value}' is not a whole number") from None


def _scale_add(args: argparse.Namespace) -> int:
    labels = [_parse_label(text) for text in args.label]
    with open_workspace(args) as ws:
        scale = ws.verdicts.add_scale(args.name, labels).value
    return emit(args, scale, f"{scale.id}  {scale.name}: {', '.join(lab.label for lab in scale.labels)}")


def _scale_list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        scales = ws.verdicts.scales()
    return emit(args, scales, "\n".join(
        f"{s.name} [{s.kind.value}]: " + ", ".join(f"{lab.label} ({lab.value})" for lab in s.labels) for s in scales))


def register(commands: Commands) -> None:
    dossier = commands.add_parser("dossier", help="named, ordered sets of claims").add_subparsers(
        dest="dossier_command", metavar="create|add|list")
    dossier.required = True
    p = dossier.add_parser("create", help="create a dossier")
    add_file_argument(p)
    p.add_argument("name")
    p.add_argument("--description")
    p.add_argument("--claim", action="append", metavar="ID", help="a claim to include (repeatable)")
    add_json_flag(p)
    p.set_defaults(handler=_dossier_create)
    p = dossier.add_parser("add", help="add claims to a dossier, at the end")
    add_file_argument(p)
    p.add_argument("name")
    p.add_argument("--claim", action="append", metavar="ID", required=True)
    add_json_flag(p)
    p.set_defaults(handler=_dossier_add)
    p = dossier.add_parser("list", help="list dossiers")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_dossier_list)

    scale = commands.add_parser("scale", help="rating scales").add_subparsers(dest="scale_command", metavar="add|list")
    scale.required = True
    p = scale.add_parser("add", help="add a custom rating scale")
    add_file_argument(p)
    p.add_argument("name")
    p.add_argument("--label", action="append", required=True, metavar="LABEL=NUMBER",
                   help="a rating and its number, best highest (repeatable), e.g. 'Accurate=3'")
    add_json_flag(p)
    p.set_defaults(handler=_scale_add)
    p = scale.add_parser("list", help="list rating scales with their labels and numbers")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_scale_list)
