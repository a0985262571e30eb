"""One claim with its evidence, sources, stance context and verdict history, gathered in one read."""

from __future__ import annotations

from datetime import date

from stancedesk.domain.dates import partial_from_storage
from stancedesk.domain.errors import NotFoundError
from stancedesk.domain.model import ClaimDetail, EvidenceItem, SourceSummary
from stancedesk.domain.stance import StanceTimeline
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.services.stances import timelines
from stancedesk.services.verdicts import current_verdict
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import ActorRow, ClaimRow, EventRow, EvidenceLinkRow, SourceRow


def _summary(repo: Repository, source_id: str | None) -> SourceSummary | None:
    row = repo.session.get(SourceRow, source_id) if source_id else None
    return dto.source_summary(row) if row is not None and not row.deleted else None


def _evidence_item(repo: Repository, link: EvidenceLinkRow) -> EvidenceItem | None:
    session = repo.session
    if link.target_kind == "event":
        event = session.get(EventRow, link.target_id)
        if event is None or event.deleted:
            return None
        sources = tuple(s for s in (_summary(repo, es.source_id) for es in repo.event_sources(event.id)) if s)
        return EvidenceItem(dto.evidence_link(link), event.description,
                            partial_from_storage(event.occurred_on, event.occurred_precision), sources)
    if link.target_kind == "claim":
        other = session.get(ClaimRow, link.target_id)
        if other is None or other.deleted:
            return None
        speaker = session.get(ActorRow, other.speaker_id) if other.speaker_id else None
        title = f"{speaker.name if speaker else 'Unknown'}: “{other.quote}”"
        sources = tuple(s for s in (_summary(repo, a.source_id) for a in repo.appearances_of(other.id)) if s)
        return EvidenceItem(dto.evidence_link(link), title,
                            partial_from_storage(other.said_on, other.said_precision), sources)
    source = _summary(repo, link.target_id)
    if source is None:
        return None
    title = f"“{link.exact}” — {source.title}" if link.exact else source.title
    return EvidenceItem(dto.evidence_link(link), title, source.published_on, (source,))


def claim_detail(repo: Repository, claim_id: str) -> ClaimDetail:
    row = repo.session.get(ClaimRow, claim_id)
    if row is None or row.deleted:
        raise NotFoundError(f"no claim with id {claim_id}")
    claim = dto.claim(repo, row)
    speaker_row = repo.session.get(ActorRow, row.speaker_id) if row.speaker_id else None
    speaker = dto.actor(repo, speaker_row) if speaker_row is not None else None
    sources = tuple(dict.fromkeys(s for s in (_summary(repo, a.source_id) for a in claim.appearances) if s))
    items = [i for i in (_evidence_item(repo, link) for link in repo.links_from(claim_id)) if i]
    items.sort(key=lambda i: (i.on.value if i.on else date.max, i.link.provenance.created_at))
    verdict_rows = repo.verdicts_of(claim_id)
    current = current_verdict(repo, claim_id)
    return ClaimDetail(
        claim, speaker, sources, tuple(items), tuple(dto.evidence_link(r) for r in repo.links_to(claim_id)),
        tuple(dto.verdict(repo, v) for v in reversed(verdict_rows)),
        dto.verdict(repo, current) if current is not None else None,
    )


def stance_context(repo: Repository, claim_id: str) -> list[StanceTimeline]:
    """The speaker's timelines on the claim's topics."""
    row = repo.session.get(ClaimRow, claim_id)
    if row is None or row.speaker_id is None:
        return []
    topic_ids = {t.id for t in repo.topics_of_claim(claim_id)}
    return [t for t in timelines(repo, row.speaker_id) if t.topic_id in topic_ids]


class DetailService(Service):
    def claim(self, claim_id: str) -> ClaimDetail:
        return self._read(lambda repo: claim_detail(repo, claim_id))

    def stance_context(self, claim_id: str) -> list[StanceTimeline]:
        return self._read(lambda repo: stance_context(repo, claim_id))
