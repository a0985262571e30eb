"""What a list or a search may be narrowed by; shared by the CLI, the window and the storage queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stancedesk.domain.enums import ClaimKind, VerdictStatus


@dataclass(frozen=True)
class ClaimFilter:
    speaker_id: str | None = None
    topic_id: str | None = None
    kind: ClaimKind | None = None
    rating: str | None = None  # label of the current verdict, case-insensitive
    status: VerdictStatus | None = None  # status of the current verdict
    said_from: date | None = None
    said_to: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == ClaimFilter()


@dataclass(frozen=True)
class ClaimCursor:
    """Where a page of the claims list ended: the sort key of its last row (said on, created, id).

    Fetching "the rows after this" costs the same on page 500 as on page 1, unlike an offset.
    """

    said_on: str | None
    created_at: str
    id: str


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: str
    title: str
    snippet: str
    rank: float
    claim_id: str | None  # the claim a hit belongs to (itself, or a verdict's claim)
