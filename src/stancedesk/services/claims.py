"""Claims: what was said, by whom, when and where, with topics; listed lazily for big files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import PartialDate, partial_from_storage
from stancedesk.domain.enums import ClaimKind, StancePosition, VerdictStatus
from stancedesk.domain.errors import InputError, NotFoundError, RuleError
from stancedesk.domain.model import Claim, ClaimRow
from stancedesk.domain.queries import ClaimCursor, ClaimFilter
from stancedesk.domain.rules import MAX_QUOTE_CHARS, check_summary, clean_text, optional_text
from stancedesk.domain.selectors import anchor, selector_columns
from stancedesk.services import dto
from stancedesk.services.actors import actor_for_speaker
from stancedesk.services.base import Service
from stancedesk.services.stances import record_stance, topic_for_name
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ClaimRow as ClaimTable
from stancedesk.storage.schema import SourceRow
from stancedesk.storage.unit_of_work import Store


@dataclass(frozen=True)
class ClaimInput:
    quote: str
    speaker_id: str | None = None
    speaker_name: str | None = None  # matched to an actor by name or alias, created if new
    said_on: PartialDate | None = None
    kind: ClaimKind = ClaimKind.STATEMENT
    summary: str | None = None
    source_id: str | None = None
    quote_start: int | None = None  # offset of the quote in the source snapshot, when known
    url: str | None = None
    topics: Sequence[str] = ()
    stance: StancePosition | None = None  # for position claims: the stance it expresses on its topics
    stance_label: str | None = None


def add_appearance(store: Store, claim_id: str, source_id: str | None, quote: str,
                   quote_start: int | None = None, url: str | None = None, is_first: bool = False) -> str:
    source = store.require("source", source_id) if source_id else None
    selector = anchor(source.text if isinstance(source, SourceRow) else None, quote, quote_start)
    return store.create("appearance", {
        "claim_id": claim_id, "source_id": source_id, "url": url or (source.url if source else None),
        "is_first": is_first, **selector_columns(selector),
    })


def set_topics(store: Store, repo: Repository, claim_id: str, names: Sequence[str]) -> list[str]:
    existing = {link.topic_id: link for link in repo.claim_topic_links(claim_id)}
    wanted = [topic_for_name(store, repo, name) for name in names if name.strip()]
    for topic_id in wanted:
        if topic_id not in existing:
            store.create("claim_topic", {"claim_id": claim_id, "topic_id": topic_id})
    for topic_id, link in existing.items():
        if topic_id not in wanted:
            store.delete("claim_topic", link.id)
    return wanted


def create_claim(store: Store, repo: Repository, data: ClaimInput) -> str:
    quote = clean_text(data.quote.strip(), "quote", limit=MAX_QUOTE_CHARS)
    if data.speaker_id:
        speaker_id: str | None = store.require("actor", data.speaker_id).id
    elif data.speaker_name and data.speaker_name.strip():
        speaker_id = actor_for_speaker(store, repo, data.speaker_name)
    else:
        speaker_id = None
    claim_id = store.create("claim", {
        "quote": quote, "summary": check_summary(data.summary), "kind": data.kind.value,
        "speaker_id": speaker_id,
        "said_on": data.said_on.value.isoformat() if data.said_on else None,
        "said_precision": data.said_on.precision.value if data.said_on else None,
    })
    if data.source_id or data.url:
        add_appearance(store, claim_id, data.source_id, quote, data.quote_start,
                       optional_text(data.url, "URL", limit=2000), is_first=True)
    topic_ids = set_topics(store, repo, claim_id, data.topics)
    if data.stance is not None:
        if speaker_id is None or not topic_ids or data.said_on is None:
            raise InputError("a stance needs a speaker, a topic and a said-on date")
        for topic_id in topic_ids:
            record_stance(store, speaker_id, topic_id, data.stance, data.said_on, data.stance_label, claim_id)
    return claim_id


class ClaimService(Service):
    def add(self, data: ClaimInput) -> Outcome[Claim]:
        def work(store: Store, repo: Repository) -> Claim:
            return dto.claim(repo, store.require("claim", create_claim(store, repo, data)))

        return self._write(work)

    def update(self, claim_id: str, *, summary: str | None = None, kind: ClaimKind | None = None,
               said_on: PartialDate | None = None, speaker_id: str | None = None,
               topics: Sequence[str] | None = None) -> Outcome[Claim]:
        """Change only what is given; each change is its own entry in the change log."""
        def work(store: Store, repo: Repository) -> Claim:
            store.require("claim", claim_id)
            fields: dict[str, object] = {}
            if summary is not None:
                fields["summary"] = check_summary(summary)
            if kind is not None:
                fields["kind"] = kind.value
            if said_on is not None:
                fields["said_on"] = said_on.value.isoformat()
                fields["said_precision"] = said_on.precision.value
            if speaker_id is not None:
                fields["speaker_id"] = store.require("actor", speaker_id).id
            store.update("claim", claim_id, fields)
            if topics is not None:
                set_topics(store, repo, claim_id, topics)
            return dto.claim(repo, store.require("claim", claim_id))

        return self._write(work)

    def add_appearance(self, claim_id: str, source_id: str | None, url: str | None = None,
                       quote_start: int | None = None) -> Outcome[Claim]:
        def work(store: Store, repo: Repository) -> Claim:
            row = store.require("claim", claim_id)
            first = not repo.appearances_of(claim_id)
            add_appearance(store, claim_id, source_id, row.quote, quote_start, url, is_first=first)
            return dto.claim(repo, row)

        return self._write(work)

    def delete(self, claim_id: str) -> Outcome[None]:
        """Tombstone the claim and everything that only makes sense with it; refused once published."""
        def work(store: Store, repo: Repository) -> None:
            store.require("claim", claim_id)
            verdicts = repo.verdicts_of(claim_id)
            if any(v.status == VerdictStatus.PUBLISHED.value for v in verdicts):
                raise RuleError("this claim has a published verdict and cannot be deleted; "
                                "record a corrected verdict instead")
            dependants: list[tuple[str, list[Any]]] = [
                ("appearance", repo.appearances_of(claim_id)), ("claim_topic", repo.claim_topic_links(claim_id)),
                ("evidence_link", repo.links_from(claim_id) + repo.links_to(claim_id)),
                ("verdict", verdicts), ("stance", repo.stances_for_claim(claim_id)),
                ("dossier_item", repo.dossier_items_with_claim(claim_id)),
            ]
            for kind, rows in dependants:
                for row in rows:
                    store.delete(kind, row.id)
            store.delete("claim", claim_id)

        return self._write(work)

    def get(self, claim_id: str) -> Claim:
        def work(repo: Repository) -> Claim:
            row = repo.session.get(ClaimTable, claim_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no claim with id {claim_id}")
            return dto.claim(repo, row)

        return self._read(work)

    def page(self, claim_filter: ClaimFilter = ClaimFilter(), offset: int = 0, limit: int = 200,
             after: ClaimCursor | None = None) -> list[ClaimRow]:
        """One page of table rows, newest said first: what a lazy list model fetches.

        A list that scrolls should pass the previous page's last `cursor` as `after` (offset 0): the cost
        then stays flat however far down the user goes.
        """
        def work(repo: Repository) -> list[ClaimRow]:
            return [
                ClaimRow(
                    c.id, c.quote, c.summary, ClaimKind(c.kind), speaker,
                    partial_from_storage(c.said_on, c.said_precision), rating,
                    VerdictStatus(status) if status else None, ClaimCursor(c.said_on, c.created_at, c.id),
                )
                for c, speaker, rating, status in repo.claims_page(claim_filter, offset, limit, after)
            ]

        return self._read(work)

    def count(self, claim_filter: ClaimFilter = ClaimFilter()) -> int:
        return self._read(lambda repo: repo.claims_count(claim_filter))
