"""Who is working: the local reviewer profile stamped on every change (kept in settings, not in the file)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewerProfile:
    name: str
    site_id: str  # one per installation; tells apart edits made on different machines
    organization: str | None = None
    organization_url: str | None = None
