"""Article intake as a use case: the article becomes a source, its full quotations become claims."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stancedesk.domain.dates import DatePrecision, PartialDate
from stancedesk.domain.errors import FileProblem, InputError
from stancedesk.domain.model import Claim
from stancedesk.services import dto
from stancedesk.services.actors import actor_for_speaker
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.intake import (
    KnownSpeaker,
    extract_quotes,
    infer_publication_date,
    load_article,
)
from stancedesk.services.sources import create_source
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ActorRow

MAX_ARTICLE_BYTES = 20 * 1024 * 1024  # read no further than this; the text limit itself is enforced by intake
INFERRED_DATE_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class ArticleMetadata:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None


@dataclass(frozen=True)
class ArticleImport:
    source_id: str
    claims: tuple[Claim, ...]
    fragments_skipped: int
    published: date | None
    published_inferred: bool


class RegistryDirectory:
    """The file's actors as the quote extractor's speaker directory: names, aliases and role titles."""

    def __init__(self, repo: Repository) -> None:
        self._names: dict[str, KnownSpeaker] = {}
        actors = repo.actors()
        by_id = {a.id: a for a in actors}
        for actor in actors:
            self._add(actor.name, actor)
            for role in repo.roles_of(actor.id):
                self._add(role.title, actor)
        for actor_id, alias in repo.all_aliases():
            if actor_id in by_id:
                self._add(alias, by_id[actor_id])

    def _add(self, mention: str, actor: ActorRow) -> None:
        key = mention.casefold().strip()
        self._names.setdefault(key, KnownSpeaker(actor.id, actor.name, actor.kind))
        if key.startswith("the "):
            self._names.setdefault(key[4:], KnownSpeaker(actor.id, actor.name, actor.kind))

    def lookup(self, mention: str) -> KnownSpeaker | None:
        key = mention.casefold().strip()
        return self._names.get(key) or (self._names.get(key[4:]) if key.startswith("the ") else None)


def read_article_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: too large for an article ({path.stat().st_size:,} bytes; "
                             f"max {MAX_ARTICLE_BYTES:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise FileProblem(path, "no such file") from None
    except IsADirectoryError:
        raise FileProblem(path, "is a folder, not an article") from None
    except OSError as exc:
        raise FileProblem(path, f"cannot read ({exc.strerror or exc})") from None


def import_article(ws: Workspace, path: Path, meta: ArticleMetadata) -> ArticleImport:
    raw = read_article_bytes(path)
    try:
        article = load_article(raw)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    published, inferred = meta.published, False
    if published is None:
        candidates = infer_publication_date(article.text)
        if candidates and candidates[0].confidence >= INFERRED_DATE_MIN_CONFIDENCE:
            published, inferred = candidates[0].value, True
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        quotes = extract_quotes(article.text, published=published, directory=RegistryDirectory(repo))
        source_id = create_source(
            store, title=meta.title or article.title or path.stem, publisher=meta.publisher, url=meta.url,
            published_on=PartialDate(published, DatePrecision.DAY) if published else None,
            language=meta.language, text=article.text)
        claim_ids = []
        for quote in quotes:
            if quote.fragment:
                continue
            speaker_id = quote.speaker_actor_id
            if speaker_id is None and quote.speaker:
                speaker_id = actor_for_speaker(store, repo, quote.speaker)
            said_on = (PartialDate(quote.said_on, DatePrecision(quote.said_on_precision or "day"))
                       if quote.said_on else None)
            claim_ids.append(create_claim(store, repo, ClaimInput(
                quote=quote.quote, speaker_id=speaker_id, said_on=said_on, source_id=source_id,
                quote_start=quote.start)))
        claims = tuple(dto.claim(repo, store.require("claim", cid)) for cid in claim_ids)
    return ArticleImport(source_id, claims, sum(1 for q in quotes if q.fragment), published, inferred)
