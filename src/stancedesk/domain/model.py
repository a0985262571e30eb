"""The things fact-checkers work with, as immutable values; services hand these to every front end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stancedesk.domain.dates import PartialDate
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
from stancedesk.domain.queries import ClaimCursor


@dataclass(frozen=True)
class Provenance:
    """Who made a row and who last changed it, and from which colleague's file it arrived."""

    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    origin: str | None = None


@dataclass(frozen=True)
class ActorRole:
    id: str
    title: str
    affiliation: str | None
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    kind: ActorKind
    name: str
    aliases: tuple[str, ...]
    roles: tuple[ActorRole, ...]
    wikidata_id: str | None
    url: str | None
    provenance: Provenance

    def role_on(self, day: date | None) -> ActorRole | None:
        """The role held that day (the latest-starting one if several), for report bylines."""
        if day is None:
            return None
        held = [r for r in self.roles if r.held_on(day)]
        return max(held, key=lambda r: r.start or date.min) if held else None


@dataclass(frozen=True)
class QuoteSelector:
    """Where a passage sits in a source's text snapshot (W3C TextQuote + TextPosition selectors)."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class SourceSummary:
    """A source without its full text, for lists and citations."""

    id: str
    kind: SourceKind
    title: str
    publisher: str | None
    url: str | None
    published_on: PartialDate | None
    accessed_at: str | None
    language: str | None
    text_sha256: str | None
    archive_url: str | None


@dataclass(frozen=True)
class Source:
    id: str
    kind: SourceKind
    title: str
    publisher: str | None
    url: str | None
    published_on: PartialDate | None
    accessed_at: str | None
    language: str | None
    text: str | None
    text_sha256: str | None
    archive_url: str | None
    notes: str | None
    provenance: Provenance

    def summary(self) -> SourceSummary:
        return SourceSummary(
            self.id, self.kind, self.title, self.publisher, self.url, self.published_on,
            self.accessed_at, self.language, self.text_sha256, self.archive_url,
        )


@dataclass(frozen=True)
class Appearance:
    """One place a claim was made or repeated."""

    id: str
    source_id: str | None
    url: str | None
    selector: QuoteSelector | None
    is_first: bool


@dataclass(frozen=True)
class Claim:
    id: str
    quote: str
    summary: str | None
    kind: ClaimKind
    speaker_id: str | None
    speaker_name: str | None
    said_on: PartialDate | None
    appearances: tuple[Appearance, ...]
    topics: tuple[str, ...]
    provenance: Provenance


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims table: what a lazy list needs, nothing more."""

    id: str
    quote: str
    summary: str | None
    kind: ClaimKind
    speaker_name: str | None
    said_on: PartialDate | None
    rating: str | None
    status: VerdictStatus | None
    cursor: ClaimCursor  # pass to the next page request to continue after this row


@dataclass(frozen=True)
class EventSource:
    source_id: str
    selector: QuoteSelector | None


@dataclass(frozen=True)
class Event:
    """A later (or earlier) action that bears on what was said."""

    id: str
    description: str
    occurred_on: PartialDate | None
    ended_on: PartialDate | None
    place: str | None
    actor_ids: tuple[str, ...]
    actor_names: tuple[str, ...]
    sources: tuple[EventSource, ...]
    provenance: Provenance


@dataclass(frozen=True)
class EvidenceLink:
    id: str
    claim_id: str
    target_kind: TargetKind
    target_id: str
    relation: Relation
    note: str | None
    selector: QuoteSelector | None
    provenance: Provenance


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str | None


@dataclass(frozen=True)
class Stance:
    """A speaker's position on a topic as of a date, usually read off a position-claim."""

    id: str
    actor_id: str
    topic_id: str
    position: StancePosition
    label: str | None
    as_of: PartialDate
    claim_id: str | None
    note: str | None


@dataclass(frozen=True)
class RatingLabel:
    label: str
    value: int
    description: str | None = None


@dataclass(frozen=True)
class RatingScale:
    """A rating scale; each label has a number so ClaimReview ratingValue/best/worst can be filled."""

    id: str
    name: str
    kind: ScaleKind
    labels: tuple[RatingLabel, ...]

    @property
    def best(self) -> int:
        return max(label.value for label in self.labels) if self.labels else 0

    @property
    def worst(self) -> int:
        return min(label.value for label in self.labels) if self.labels else 0

    def find(self, label: str) -> RatingLabel | None:
        wanted = label.strip().casefold()
        return next((lab for lab in self.labels if lab.label.casefold() == wanted), None)


@dataclass(frozen=True)
class Correction:
    what: str
    why: str
    when: str


@dataclass(frozen=True)
class Verdict:
    id: str
    claim_id: str
    scale_name: str
    label: str
    rating_value: int | None
    rationale: str
    reviewer: str
    status: VerdictStatus
    signed_off_by: str | None
    signed_off_at: str | None
    supersedes_id: str | None
    correction: Correction | None
    provenance: Provenance


@dataclass(frozen=True)
class Dossier:
    id: str
    name: str
    description: str | None
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence as a timeline entry: the link, and what it points at, dated."""

    link: EvidenceLink
    title: str
    on: PartialDate | None
    sources: tuple[SourceSummary, ...]


@dataclass(frozen=True)
class ClaimDetail:
    """Everything known about one claim: what `show`, the claim view and the report present."""

    claim: Claim
    speaker: Actor | None
    sources: tuple[SourceSummary, ...]
    evidence: tuple[EvidenceItem, ...]  # dated, oldest first
    cited_by: tuple[EvidenceLink, ...]  # links from other claims to this one
    verdicts: tuple[Verdict, ...]  # newest first
    current_verdict: Verdict | None
