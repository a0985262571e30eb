"""Mapped rows → immutable domain values; the only place the two meet on the way out."""

from __future__ import annotations

from datetime import date

from stancedesk.domain.dates import partial_from_storage
from stancedesk.domain.enums import (
    ActorKind,
    ClaimKind,
    Relation,
    ScaleKind,
    SourceKind,
    StancePosition,
    TargetKind,
    VerdictStatus,
)
from stancedesk.domain.model import (
    Actor,
    ActorRole,
    Appearance,
    Claim,
    Correction,
    Dossier,
    Event,
    EventSource,
    EvidenceLink,
    Provenance,
    QuoteSelector,
    RatingLabel,
    RatingScale,
    Source,
    SourceSummary,
    Stance,
    Topic,
    Verdict,
)
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import (
    ActorRow,
    AppearanceRow,
    ClaimRow,
    DossierRow,
    EventRow,
    EventSourceRow,
    EvidenceLinkRow,
    RatingScaleRow,
    Replicated,
    SourceRow,
    StanceRow,
    TopicRow,
    VerdictRow,
)


def provenance(row: Replicated) -> Provenance:
    return Provenance(row.created_at, row.created_by, row.updated_at, row.updated_by, row.origin)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def selector(row: AppearanceRow | EventSourceRow | EvidenceLinkRow) -> QuoteSelector | None:
    if not row.exact:
        return None
    return QuoteSelector(row.exact, row.prefix or "", row.suffix or "", row.start_offset, row.end_offset)


def actor(repo: Repository, row: ActorRow) -> Actor:
    return actors(repo, [row])[0]


def actors(repo: Repository, rows: list[ActorRow]) -> list[Actor]:
    """Many actors with two extra queries in all, not two per actor."""
    ids = [r.id for r in rows]
    aliases, roles = repo.aliases_for(ids), repo.roles_for(ids)
    return [
        Actor(row.id, ActorKind(row.kind), row.name, tuple(a.alias for a in aliases[row.id]),
              tuple(ActorRole(r.id, r.title, r.affiliation, _day(r.start_on), _day(r.end_on)) for r in roles[row.id]),
              row.wikidata_id, row.url, provenance(row))
        for row in rows
    ]


def source(row: SourceRow) -> Source:
    return Source(
        row.id, SourceKind(row.kind), row.title, row.publisher, row.url,
        partial_from_storage(row.published_on, row.published_precision), row.accessed_at, row.language,
        row.text, row.text_sha256, row.archive_url, row.notes, provenance(row),
    )


def source_summary(row: SourceRow) -> SourceSummary:
    """Leaves the text snapshot unloaded."""
    return SourceSummary(
        row.id, SourceKind(row.kind), row.title, row.publisher, row.url,
        partial_from_storage(row.published_on, row.published_precision), row.accessed_at, row.language,
        row.text_sha256, row.archive_url,
    )


def claim(repo: Repository, row: ClaimRow) -> Claim:
    speaker = repo.session.get(ActorRow, row.speaker_id) if row.speaker_id else None
    appearances = tuple(
        Appearance(a.id, a.source_id, a.url, selector(a), a.is_first) for a in repo.appearances_of(row.id)
    )
    topics = tuple(t.name for t in repo.topics_of_claim(row.id))
    return Claim(
        row.id, row.quote, row.summary, ClaimKind(row.kind), row.speaker_id,
        speaker.name if speaker is not None else None, partial_from_storage(row.said_on, row.said_precision),
        appearances, topics, provenance(row),
    )


def event(repo: Repository, row: EventRow) -> Event:
    return events(repo, [row])[0]


def events(repo: Repository, rows: list[EventRow]) -> list[Event]:
    ids = [r.id for r in rows]
    actors_of, sources_of = repo.event_actors_for(ids), repo.event_sources_for(ids)
    return [
        Event(
            row.id, row.description, partial_from_storage(row.occurred_on, row.occurred_precision),
            partial_from_storage(row.ended_on, row.ended_precision), row.place,
            tuple(a.id for a in actors_of[row.id]), tuple(a.name for a in actors_of[row.id]),
            tuple(EventSource(s.source_id, selector(s)) for s in sources_of[row.id]), provenance(row),
        )
        for row in rows
    ]


def evidence_link(row: EvidenceLinkRow) -> EvidenceLink:
    return EvidenceLink(
        row.id, row.claim_id, TargetKind(row.target_kind), row.target_id, Relation(row.relation), row.note,
        selector(row), provenance(row),
    )


def scale(repo: Repository, row: RatingScaleRow) -> RatingScale:
    labels = tuple(RatingLabel(lab.label, lab.value, lab.description) for lab in repo.labels_of(row.id))
    return RatingScale(row.id, row.name, ScaleKind(row.kind), labels)


def verdict(repo: Repository, row: VerdictRow) -> Verdict:
    scale_row = repo.session.get(RatingScaleRow, row.scale_id)
    correction = (
        Correction(row.correction_what or "", row.correction_why or "", row.corrected_at or "")
        if row.correction_what else None
    )
    return Verdict(
        row.id, row.claim_id, scale_row.name if scale_row else "?", row.label, row.rating_value, row.rationale,
        row.reviewer, VerdictStatus(row.status), row.signed_off_by, row.signed_off_at, row.supersedes_id,
        correction, provenance(row),
    )


def topic(row: TopicRow) -> Topic:
    return Topic(row.id, row.name, row.description)


def stance(row: StanceRow) -> Stance:
    as_of = partial_from_storage(row.as_of, row.as_of_precision)
    assert as_of is not None  # as_of is a required column
    return Stance(row.id, row.actor_id, row.topic_id, StancePosition(row.position), row.label, as_of,
                  row.claim_id, row.note)


def dossier(repo: Repository, row: DossierRow) -> Dossier:
    return Dossier(row.id, row.name, row.description, tuple(i.claim_id for i in repo.dossier_items(row.id)))
