"""`extract`: the quotations of an article as JSON, without touching any file."""

from __future__ import annotations

import argparse
from pathlib import Path

from stancedesk.cli.common import Commands
from stancedesk.cli.output import emit_json, short
from stancedesk.domain.dates import parse_day
from stancedesk.domain.errors import InputError


def _extract(args: argparse.Namespace) -> int:
    from stancedesk.services.articles import RegistryDirectory, read_article_bytes
    from stancedesk.services.intake import extract_quotes, load_article
    from stancedesk.services.profiles import load_profile
    from stancedesk.services.workspace import Workspace
    from stancedesk.storage.repository import Repository

    path = Path(args.article)
    try:
        article = load_article(read_article_bytes(path))
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    published = parse_day(args.published, "--published") if args.published else None
    if args.db:
        with Workspace.open(Path(args.db), load_profile(args.author), read_only=True) as ws, \
                ws.db.reading() as session:
            quotes = extract_quotes(article.text, published=published, directory=RegistryDirectory(Repository(session)))
    else:
        quotes = extract_quotes(article.text, published=published)
    if args.json:
        emit_json([q.to_json() for q in quotes])
    else:
        for q in quotes:
            when = q.said_on.isoformat() if q.said_on else "date?"
            mark = " (fragment)" if q.fragment else ""
            print(f"{q.start:>6}  {q.speaker or 'unknown':<24} {when:<10} “{short(q.quote, 60)}”{mark}")
    return 0


def register(commands: Commands) -> None:
    p = commands.add_parser("extract", help="list the quotations in an article, with speakers and dates")
    p.add_argument("article", metavar="ARTICLE", help="a text, Markdown or HTML file")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, for 'yesterday' and the like")
    p.add_argument("--db", metavar="FILE", help="resolve speakers through this file's actors and aliases")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_extract)
