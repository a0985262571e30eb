"""The content of a verdict report as plain values, so the PDF (or any later format) only lays it out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from stancedesk.domain.dates import iso_timestamp, utc_now
from stancedesk.domain.errors import InputError
from stancedesk.domain.model import ClaimDetail, SourceSummary, Verdict
from stancedesk.domain.stance import StanceTimeline
from stancedesk.services.workspace import Workspace


@dataclass(frozen=True)
class Citation:
    """One source as the appendix lists it; sections refer to it by `number`."""

    number: int
    source_id: str
    title: str
    publisher: str | None
    published: str | None
    url: str | None
    accessed: str | None
    sha256: str | None


@dataclass(frozen=True)
class VerdictNode:
    scale: str
    label: str
    rating_value: int | None
    best: int | None
    worst: int | None
    rationale: str
    reviewer: str
    status: str
    signed_off_by: str | None
    signed_off_on: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """One dated piece of evidence: an event or another claim, and how it bears on this claim."""

    on: str | None
    relation: str
    title: str
    note: str | None
    citations: tuple[int, ...]


@dataclass(frozen=True)
class StancePoint:
    on: date
    on_text: str
    position: str  # for, against, conditional, unclear
    label: str | None
    quote: str | None
    shift: int


@dataclass(frozen=True)
class StanceChart:
    actor: str
    topic: str
    suggestion: str
    points: tuple[StancePoint, ...]


@dataclass(frozen=True)
class CorrectionNode:
    what: str
    why: str
    when: str


@dataclass(frozen=True)
class ClaimSection:
    claim_id: str
    heading: str
    quote: str
    kind: str
    topics: tuple[str, ...]
    speaker: str | None
    role: str | None  # the role held on the day the claim was made, e.g. "President of X (Y)"
    said_on: str | None
    citations: tuple[int, ...]
    verdict: VerdictNode | None
    evidence: tuple[TimelineEntry, ...]
    stances: tuple[StanceChart, ...]
    corrections: tuple[CorrectionNode, ...]


@dataclass(frozen=True)
class Cover:
    title: str
    dossier: str | None
    description: str | None
    generated_by: str
    organization: str | None
    generated_at: str
    file_name: str
    claim_count: int


@dataclass(frozen=True)
class ReportTree:
    cover: Cover
    sections: tuple[ClaimSection, ...]
    appendix: tuple[Citation, ...]


class _Citations:
    """Numbers sources in order of first citation, so the appendix reads like a bibliography."""

    def __init__(self) -> None:
        self.by_id: dict[str, Citation] = {}

    def cite(self, source: SourceSummary) -> int:
        found = self.by_id.get(source.id)
        if found is None:
            found = Citation(len(self.by_id) + 1, source.id, source.title, source.publisher,
                             source.published_on.iso() if source.published_on else None, source.url,
                             source.accessed_at[:10] if source.accessed_at else None, source.text_sha256)
            self.by_id[source.id] = found
        return found.number

    def cite_url(self, url: str) -> int:
        """An appearance known only by its address (no stored snapshot, so no hash)."""
        key = f"url:{url}"
        found = self.by_id.get(key)
        if found is None:
            site = urlsplit(url).netloc or url
            found = Citation(len(self.by_id) + 1, key, f"Web page on {site}", None, None, url, None, None)
            self.by_id[key] = found
        return found.number


def _verdict(ws: Workspace, verdict: Verdict) -> VerdictNode:
    scale = next((s for s in ws.verdicts.scales() if s.name == verdict.scale_name), None)
    return VerdictNode(
        verdict.scale_name, verdict.label, verdict.rating_value,
        scale.best if scale and scale.labels else None, scale.worst if scale and scale.labels else None,
        verdict.rationale, verdict.reviewer, verdict.status.value, verdict.signed_off_by,
        verdict.signed_off_at[:10] if verdict.signed_off_at else None,
    )


def _stance_chart(timeline: StanceTimeline) -> StanceChart:
    points = tuple(
        StancePoint(e.stance.as_of.value, e.stance.as_of.iso(), e.stance.position.value, e.stance.label,
                    e.claim_quote, e.shift)
        for e in timeline.entries
    )
    return StanceChart(timeline.actor_name, timeline.topic_name, timeline.suggestion.value, points)


def _section(ws: Workspace, detail: ClaimDetail, citations: _Citations) -> ClaimSection:
    claim = detail.claim
    role_text = None
    if detail.speaker is not None:
        role = detail.speaker.role_on(claim.said_on.value if claim.said_on else None)
        if role is not None:
            role_text = f"{role.title} ({role.affiliation})" if role.affiliation else role.title
    own_sources = tuple(citations.cite(s) for s in detail.sources)  # numbered before the evidence's
    own_sources += tuple(citations.cite_url(a.url) for a in claim.appearances if a.source_id is None and a.url)
    evidence = tuple(
        TimelineEntry(item.on.iso() if item.on else None, item.link.relation.value, item.title, item.link.note,
                      tuple(citations.cite(s) for s in item.sources))
        for item in detail.evidence
    )
    corrections = tuple(
        CorrectionNode(v.correction.what, v.correction.why, v.correction.when[:10])
        for v in reversed(detail.verdicts) if v.correction is not None
    )
    quote_flat = " ".join(claim.quote.split())
    heading = claim.summary or (quote_flat if len(quote_flat) <= 90 else quote_flat[:89] + "…")
    return ClaimSection(
        claim.id, heading, claim.quote, claim.kind.value, claim.topics,
        detail.speaker.name if detail.speaker else claim.speaker_name, role_text,
        claim.said_on.iso() if claim.said_on else None,
        own_sources,
        _verdict(ws, detail.current_verdict) if detail.current_verdict else None,
        evidence, tuple(_stance_chart(t) for t in ws.details.stance_context(claim.id)), corrections,
    )


def build_report(ws: Workspace, claim_ids: Sequence[str] = (), dossier: str | None = None,
                 title: str | None = None, now: datetime | None = None) -> ReportTree:
    """The report for the given claims, a dossier's claims (in its order), or, with neither, every claim."""
    found_dossier = ws.dossiers.named(dossier) if dossier else None
    ids: list[str] = list(found_dossier.claim_ids) if found_dossier else []
    ids += [c for c in claim_ids if c not in ids]
    if not ids and found_dossier is None:
        ids = [row.id for row in ws.claims.page(limit=1_000_000)]
    if not ids:
        raise InputError("the report would be empty: no claims selected")
    citations = _Citations()
    sections = tuple(_section(ws, ws.details.claim(claim_id), citations) for claim_id in ids)
    profile = ws.profile
    cover = Cover(
        title=title or (found_dossier.name if found_dossier else "Verdict report"),
        dossier=found_dossier.name if found_dossier else None,
        description=found_dossier.description if found_dossier else None,
        generated_by=profile.name, organization=profile.organization,
        generated_at=iso_timestamp(now or utc_now())[:16].replace("T", " ") + " UTC",
        file_name=Path(ws.path).name, claim_count=len(sections),
    )
    appendix = tuple(sorted(citations.by_id.values(), key=lambda c: c.number))
    return ReportTree(cover, sections, appendix)
