"""Commands that only read: show, search, stance, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from stancedesk.cli.common import Commands, add_file_argument, add_json_flag, open_workspace, resolve_actor
from stancedesk.cli.output import emit_json, short
from stancedesk.domain.dates import parse_day
from stancedesk.domain.enums import ClaimKind, VerdictStatus, parse_enum
from stancedesk.domain.errors import NotFoundError
from stancedesk.domain.model import Actor, ClaimDetail, Dossier, Event, Provenance, Source, Verdict
from stancedesk.domain.queries import ClaimFilter
from stancedesk.domain.stance import StanceTimeline
from stancedesk.services.workspace import Workspace, check


def _print_timeline(timeline: StanceTimeline) -> None:
    print(f"{timeline.actor_name} on “{timeline.topic_name}”: {timeline.suggestion.value}")
    for entry in timeline.entries:
        marker = {0: "  ", 1: "~ ", 2: "! "}[entry.shift]
        label = f" ({entry.stance.label})" if entry.stance.label else ""
        quote = f"  “{short(entry.claim_quote, 60)}”" if entry.claim_quote else ""
        print(f"  {marker}{entry.stance.as_of.iso():<12} {entry.stance.position.value}{label}{quote}")


def _provenance(p: Provenance) -> str:
    """Who made it and who last changed it, and the colleague's file it came from."""
    text = f"added by {p.created_by} {p.created_at[:10]}"
    if (p.updated_by, p.updated_at[:10]) != (p.created_by, p.created_at[:10]):
        text += f", last changed by {p.updated_by} {p.updated_at[:10]}"
    return text + (f", {p.origin}" if p.origin else "")


def _print_detail(detail: ClaimDetail, timelines: list[StanceTimeline]) -> None:
    claim = detail.claim
    print(f"“{claim.quote}”")
    print(f"  — {claim.speaker_name or 'unknown speaker'}, {claim.said_on.iso() if claim.said_on else 'date unknown'}"
          f"  [{claim.kind.value}]  id {claim.id}")
    if claim.summary:
        print(f"  summary: {claim.summary}")
    print(f"  {_provenance(claim.provenance)}")
    if claim.topics:
        print(f"  topics: {', '.join(claim.topics)}")
    for source in detail.sources:
        print(f"  source: {source.title}" + (f" ({source.publisher})" if source.publisher else "")
              + (f" {source.url}" if source.url else ""))
    if detail.evidence:
        print("Evidence:")
        for item in detail.evidence:
            when = item.on.iso() if item.on else "undated"
            print(f"  {when:<12} {item.link.relation.value:<12} {short(item.title, 70)}")
    if detail.verdicts:
        print("Verdicts (newest first):")
        for v in detail.verdicts:
            signed = (f", signed off by {v.signed_off_by} on {v.signed_off_at[:16].replace('T', ' ')} UTC"
                      if v.signed_off_at else "")
            print(f"  {v.label} ({v.scale_name}) — {v.status.value}, by {v.reviewer}{signed}")
            print(f"    {short(v.rationale, 100)}")
            if v.correction:
                print(f"    correction: {v.correction.what} — {v.correction.why}")
            print(f"    {_provenance(v.provenance)}")
    for timeline in timelines:
        _print_timeline(timeline)


def _show(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        kind, row_id = ws.lookup.resolve(args.id)
        if kind != "claim":
            payload: object = _other(ws, kind, row_id)
            emit_json(payload) if args.json else print(_describe(payload))
            return 0
        detail = ws.details.claim(row_id)
        timelines = ws.details.stance_context(row_id)
    if args.json:
        emit_json({"kind": "claim", "detail": detail, "stance": timelines})
    else:
        _print_detail(detail, timelines)
    return 0


def _other(ws: Workspace, kind: str, row_id: str) -> object:
    getters = {"event": ws.events.get, "source": ws.sources.get, "actor": ws.actors.get,
               "verdict": ws.verdicts.get, "dossier": ws.dossiers.get}
    getter = getters.get(kind)
    return {"kind": kind, "id": row_id} if getter is None else {"kind": kind, "detail": getter(row_id)}


def _describe(payload: object) -> str:
    """A few readable lines for an event, source, actor, verdict or dossier."""
    if not isinstance(payload, dict) or "detail" not in payload:
        return f"{payload.get('kind', 'item') if isinstance(payload, dict) else 'item'} (no detail view)"
    item = payload["detail"]
    if isinstance(item, Event):
        when = item.occurred_on.iso() if item.occurred_on else "undated"
        who = f" — {', '.join(item.actor_names)}" if item.actor_names else ""
        return f"event {when}: {item.description}{who}"
    if isinstance(item, Source):
        parts = [item.title, item.publisher, item.published_on.iso() if item.published_on else None, item.url]
        return "source: " + " · ".join(p for p in parts if p) + (f"\n  SHA-256 {item.text_sha256}"
                                                                 if item.text_sha256 else "")
    if isinstance(item, Actor):
        roles = "; ".join(r.title + (f" ({r.affiliation})" if r.affiliation else "") for r in item.roles)
        aliases = f"\n  also: {', '.join(item.aliases)}" if item.aliases else ""
        return f"{item.kind.value}: {item.name}" + (f" — {roles}" if roles else "") + aliases
    if isinstance(item, Verdict):
        return f"verdict {item.label} ({item.scale_name}), {item.status.value}, by {item.reviewer}\n  {item.rationale}"
    if isinstance(item, Dossier):
        return f"dossier {item.name}: {len(item.claim_ids)} claims"
    return str(item)


def _search(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        speaker = resolve_actor(ws, args.speaker) if args.speaker else None
        topic = ws.stances.topic_named(args.topic) if args.topic else None
        if args.topic and topic is None:
            raise NotFoundError(f"no topic called '{args.topic}'")
        claim_filter = ClaimFilter(
            speaker_id=speaker, topic_id=topic.id if topic else None,
            kind=parse_enum(ClaimKind, args.kind, "claim kind") if args.kind else None,
            rating=args.rating,
            status=parse_enum(VerdictStatus, args.status, "status") if args.status else None,
            said_from=parse_day(args.date_from, "--from") if args.date_from else None,
            said_to=parse_day(args.date_to, "--to") if args.date_to else None,
        )
        hits = ws.search.search(args.query, claim_filter, limit=args.limit)
    if args.json:
        emit_json(hits)
    else:
        for hit in hits:
            print(f"{hit.kind:<8} {hit.id[:8]}  {short(hit.title, 60)}\n         {short(hit.snippet, 100)}")
        if not hits:
            print("no matches")
    return 0


def _stance(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        timelines = ws.stances.timeline(resolve_actor(ws, args.actor), args.topic)
    if args.json:
        emit_json(timelines)
    else:
        for timeline in timelines:
            _print_timeline(timeline)
        if not timelines:
            print("no recorded stances")
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check(Path(args.file))
    if args.json:
        emit_json({"path": report.path, "healthy": report.healthy, "schema": report.schema, "size": report.size,
                   "counts": report.counts, "problems": report.problems})
    elif report.healthy:
        counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in report.counts.items())
        print(f"{report.path}: healthy (schema {report.schema}, {report.size:,} bytes; {counts})")
    if not report.healthy:
        import sys

        sys.stderr.write(f"stancedesk-cli: {report.path}: {report.problems[0]}"
                         + (f" (+{len(report.problems) - 1} more)" if len(report.problems) > 1 else "") + "\n")
        return 1
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(commands: Commands) -> None:
    p = commands.add_parser("show", help="a claim with its evidence, stance context and verdict history")
    add_file_argument(p)
    p.add_argument("id", metavar="ID", help="an id or unique prefix")
    add_json_flag(p)
    p.set_defaults(handler=_show)

    p = commands.add_parser("search", help="full-text search with filters")
    add_file_argument(p)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--speaker")
    p.add_argument("--topic")
    p.add_argument("--kind", help="statement, position or promise")
    p.add_argument("--rating", help="label of the current verdict")
    p.add_argument("--status", help="draft, in_review or published")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=_positive, default=50, help="how many hits (default 50)")
    add_json_flag(p)
    p.set_defaults(handler=_search)

    p = commands.add_parser("stance", help="an actor's stance timeline, with flips flagged")
    add_file_argument(p)
    p.add_argument("actor", metavar="ACTOR", help="name, alias or id")
    p.add_argument("--topic")
    add_json_flag(p)
    p.set_defaults(handler=_stance)

    p = commands.add_parser("check", help="check a file's integrity and the application's rules")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_check)
