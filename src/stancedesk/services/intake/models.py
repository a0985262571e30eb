"""Value types the intake engine hands out; kept free of behaviour so the CLI and GUI can share them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Literal, Protocol

Precision = Literal["day", "month", "year", "approximate"]
ArticleFormat = Literal["text", "markdown", "html"]

MAX_ARTICLE_CHARS = 2_000_000


@dataclass(frozen=True)
class KnownSpeaker:
    actor_id: str
    name: str
    kind: str


class SpeakerDirectory(Protocol):
    """The user's actor registry: names, aliases ("the Russian president", "the Kremlin") and role titles."""

    def lookup(self, mention: str) -> KnownSpeaker | None: ...


@dataclass(frozen=True)
class ExtractedQuote:
    quote: str
    start: int
    end: int
    prefix: str
    suffix: str
    speaker: str | None
    speaker_as_written: str | None
    speaker_actor_id: str | None
    speaker_kind: str | None
    verb: str | None
    said_on: date | None
    said_on_precision: Precision | None
    confidence: float
    fragment: bool

    def to_json(self) -> dict[str, object]:
        """Plain JSON types only, so `json.dumps` works without a custom encoder."""
        data: dict[str, object] = asdict(self)
        data["said_on"] = self.said_on.isoformat() if self.said_on else None
        data["confidence"] = round(self.confidence, 3)
        return data


@dataclass(frozen=True)
class DateCandidate:
    value: date
    confidence: float
    evidence: str


@dataclass(frozen=True)
class ArticleText:
    text: str
    title: str | None
    detected_format: ArticleFormat
