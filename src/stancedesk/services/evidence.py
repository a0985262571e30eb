"""Evidence links: a claim supported, contradicted, repeated or broken by an event, a claim or a source."""

from __future__ import annotations

from stancedesk.domain.changes import Outcome
from stancedesk.domain.enums import Relation, TargetKind
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import EvidenceLink
from stancedesk.domain.rules import optional_text
from stancedesk.domain.selectors import anchor, selector_columns
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.unit_of_work import Store

_TARGET_TABLES = {TargetKind.EVENT: "event", TargetKind.CLAIM: "claim", TargetKind.SOURCE: "source"}


def target_kind_of(store: Store, target_id: str) -> TargetKind:
    for kind, table in _TARGET_TABLES.items():
        if store.get(table, target_id) is not None:
            return kind
    raise NotFoundError(f"no event, claim or source with id {target_id}")


def create_link(store: Store, claim_id: str, target_id: str, relation: Relation, note: str | None = None,
                excerpt: str | None = None) -> str:
    store.require("claim", claim_id)
    kind = target_kind_of(store, target_id)
    if kind is TargetKind.CLAIM and target_id == claim_id:
        raise InputError("a claim cannot be evidence for itself")
    selector = None
    if excerpt:
        if kind is not TargetKind.SOURCE:
            raise InputError("an excerpt can only be given for a source")
        selector = anchor(store.require("source", target_id).text, excerpt)
    return store.create("evidence_link", {
        "claim_id": claim_id, "target_kind": kind.value, "target_id": target_id, "relation": relation.value,
        "note": optional_text(note, "note", limit=20_000), **selector_columns(selector),
    })


class EvidenceService(Service):
    def link(self, claim_id: str, target_id: str, relation: Relation, note: str | None = None,
             excerpt: str | None = None) -> Outcome[EvidenceLink]:
        def work(store: Store, repo: Repository) -> EvidenceLink:
            link_id = create_link(store, claim_id, target_id, relation, note, excerpt)
            return dto.evidence_link(store.require("evidence_link", link_id))

        return self._write(work)

    def unlink(self, link_id: str) -> Outcome[None]:
        def work(store: Store, repo: Repository) -> None:
            store.require("evidence_link", link_id)
            store.delete("evidence_link", link_id)

        return self._write(work)

    def for_claim(self, claim_id: str) -> list[EvidenceLink]:
        return self._read(lambda repo: [dto.evidence_link(r) for r in repo.links_from(claim_id)])
