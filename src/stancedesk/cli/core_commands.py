"""Commands that create or change things: init, demo, import-article, actor, claim, event, link, verdict."""

from __future__ import annotations

import argparse
from pathlib import Path

from stancedesk.cli.common import (
    Commands,
    add_file_argument,
    add_json_flag,
    open_workspace,
    optional_date,
    resolve,
)
from stancedesk.cli.output import emit, emit_json, short
from stancedesk.domain.dates import parse_day
from stancedesk.domain.enums import ActorKind, ClaimKind, Relation, StancePosition, parse_enum
from stancedesk.services.actors import RoleInput
from stancedesk.services.claims import ClaimInput
from stancedesk.services.demo import build_demo, find_sample_article
from stancedesk.services.profiles import load_profile
from stancedesk.services.workspace import Workspace


def _init(args: argparse.Namespace) -> int:
    with Workspace.create(Path(args.file), load_profile(args.author)) as ws:
        print(f"created {ws.path}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    article = Path(args.article) if args.article else find_sample_article()
    summary = build_demo(Path(args.file), article, load_profile(args.author or "StanceDesk demo"))
    return emit(args, summary, f"created demo file {args.file}: {summary['claims']} claims, "
                               f"{summary['events']} events, {summary['verdicts']} verdicts")


def _actor_add(args: argparse.Namespace) -> int:
    roles = [RoleInput(args.role, args.affiliation, optional_date(args.role_from, "--role-from").value
                       if args.role_from else None)] if args.role else []
    with open_workspace(args) as ws:
        actor = ws.actors.add(args.name, parse_enum(ActorKind, args.kind, "actor kind"), args.alias or (),
                              roles, args.wikidata, args.url).value
    return emit(args, actor, actor.id)


def _actor_list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as ws:
        actors = ws.actors.all()
    return emit(args, actors, "\n".join(
        f"{a.id[:8]}  {a.kind.value:<12} {a.name}" + (f" (also: {', '.join(a.aliases)})" if a.aliases else "")
        for a in actors) or "no actors")


def _claim_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        source_id = resolve(ws, args.source, "source") if args.source else None
        kind = parse_enum(ClaimKind, args.kind, "claim kind")
        stance = parse_enum(StancePosition, args.stance, "stance") if args.stance else None
        claim = ws.claims.add(ClaimInput(
            quote=args.quote, speaker_name=args.speaker, said_on=optional_date(args.said_on, "--said-on"),
            kind=kind, summary=args.summary, source_id=source_id, url=args.url, topics=args.topic or (),
            stance=stance,
        )).value
    return emit(args, claim, claim.id)


def _event_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        sources = [resolve(ws, s, "source") for s in args.source or ()]
        event = ws.events.add(
            description=args.description, occurred_on=optional_date(args.occurred_on, "--occurred-on"),
            ended_on=optional_date(args.ended_on, "--ended-on"), place=args.place,
            actor_names=args.actor or (), source_ids=sources, excerpt=args.excerpt,
        ).value
    return emit(args, event, event.id)


def _link(args: argparse.Namespace) -> int:
    relation = parse_enum(Relation, args.relation, "relation")
    with open_workspace(args) as ws:
        claim_id = resolve(ws, args.claim_id, "claim")
        _kind, target_id = ws.lookup.resolve(args.target_id, ("event", "claim", "source"))
        link = ws.evidence.link(claim_id, target_id, relation, args.note, args.excerpt).value
    return emit(args, link, link.id)


def _verdict(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        claim_id = resolve(ws, args.claim_id, "claim")
        verdict = ws.verdicts.record(
            claim_id, label=args.rating, rationale=args.rationale, reviewer=args.reviewer, scale=args.scale,
            publish=args.publish, correction_what=args.correction_what, correction_why=args.correction_why,
        ).value
    return emit(args, verdict, f"{verdict.id}  {verdict.label} ({verdict.scale_name}), {verdict.status.value}")


def _import_article(args: argparse.Namespace) -> int:
    from stancedesk.services.articles import ArticleMetadata, import_article

    published = parse_day(args.published, "--published") if args.published else None
    with open_workspace(args) as ws:
        result = import_article(ws, Path(args.article), ArticleMetadata(
            title=args.title, publisher=args.publisher, url=args.url, published=published, language=args.language))
    if args.json:
        emit_json(result)
    else:
        print(f"source {result.source_id}")
        for claim in result.claims:
            who = claim.speaker_name or "unknown speaker"
            print(f"claim {claim.id}  {who}: “{short(claim.quote, 70)}”")
    return 0


def register(commands: Commands) -> None:
    p = commands.add_parser("init", help="create a new, empty StanceDesk file")
    add_file_argument(p)
    p.set_defaults(handler=_init)

    p = commands.add_parser("demo", help="build the demo file from the sample ceasefire article")
    add_file_argument(p)
    p.add_argument("--article", help="the article text (default: the shared sample)")
    add_json_flag(p)
    p.set_defaults(handler=_demo)

    p = commands.add_parser("import-article", help="store an article as a source and its quotes as claims")
    add_file_argument(p)
    p.add_argument("article", metavar="ARTICLE", help="a text, Markdown or HTML file")
    p.add_argument("--title")
    p.add_argument("--publisher")
    p.add_argument("--url")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--language")
    add_json_flag(p)
    p.set_defaults(handler=_import_article)

    actor = commands.add_parser("actor", help="add or list actors").add_subparsers(
        dest="actor_command", metavar="add|list", parser_class=type(p))
    actor.required = True
    p = actor.add_parser("add", help="add a person or organisation")
    add_file_argument(p)
    p.add_argument("name")
    p.add_argument("--kind", default="person", help="person, organization, government or other")
    p.add_argument("--alias", action="append", help="another name the press uses (repeatable)")
    p.add_argument("--role", help="job title, e.g. 'President of Russia'")
    p.add_argument("--affiliation")
    p.add_argument("--role-from", metavar="DATE")
    p.add_argument("--wikidata", metavar="QID")
    p.add_argument("--url")
    add_json_flag(p)
    p.set_defaults(handler=_actor_add)
    p = actor.add_parser("list", help="list actors")
    add_file_argument(p)
    add_json_flag(p)
    p.set_defaults(handler=_actor_list)

    claim = commands.add_parser("claim", help="add claims").add_subparsers(
        dest="claim_command", metavar="add", parser_class=type(p))
    claim.required = True
    p = claim.add_parser("add", help="add a claim")
    add_file_argument(p)
    p.add_argument("--speaker", help="actor name or alias (created if new)")
    p.add_argument("--quote", required=True)
    p.add_argument("--said-on", metavar="DATE", help="YYYY-MM-DD, YYYY-MM, YYYY or ~YYYY-MM-DD")
    p.add_argument("--source", metavar="ID")
    p.add_argument("--url")
    p.add_argument("--kind", default="statement", help="statement, position or promise")
    p.add_argument("--summary", help="at most 75 characters (ClaimReview's claimReviewed)")
    p.add_argument("--topic", action="append")
    p.add_argument("--stance", help="for a position: for, against, conditional or unclear")
    add_json_flag(p)
    p.set_defaults(handler=_claim_add)

    event = commands.add_parser("event", help="add events").add_subparsers(
        dest="event_command", metavar="add", parser_class=type(p))
    event.required = True
    p = event.add_parser("add", help="add an event")
    add_file_argument(p)
    p.add_argument("--actor", action="append", help="actor name (repeatable; created if new)")
    p.add_argument("--description", required=True)
    p.add_argument("--occurred-on", metavar="DATE", required=True)
    p.add_argument("--ended-on", metavar="DATE")
    p.add_argument("--place")
    p.add_argument("--source", action="append", metavar="ID")
    p.add_argument("--excerpt", help="the passage of the source that reports it")
    add_json_flag(p)
    p.set_defaults(handler=_event_add)

    p = commands.add_parser("link", help="link a claim to evidence (an event, claim or source)")
    add_file_argument(p)
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("target_id", metavar="TARGET_ID")
    p.add_argument("--relation", required=True, help=", ".join(r.value for r in Relation))
    p.add_argument("--note")
    p.add_argument("--excerpt", help="for a source: the passage that is the evidence")
    add_json_flag(p)
    p.set_defaults(handler=_link)

    p = commands.add_parser("verdict", help="record a verdict (superseding the current one)")
    add_file_argument(p)
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("--rating", required=True, help="a label of the scale, e.g. 'Mostly false'")
    p.add_argument("--scale", help="truth, consistency, promise or a custom scale (default: by claim kind)")
    p.add_argument("--rationale", required=True)
    p.add_argument("--reviewer", required=True)
    p.add_argument("--publish", action="store_true", help="sign off and publish at once")
    p.add_argument("--correction-what", help="when replacing a published verdict: what changed")
    p.add_argument("--correction-why", help="when replacing a published verdict: why")
    add_json_flag(p)
    p.set_defaults(handler=_verdict)
