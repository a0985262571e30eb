"""Reading a speaker's stance over time: where it shifted, and a Flip-O-Meter style suggestion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stancedesk.domain.enums import FlipSuggestion
from stancedesk.domain.model import Stance
from stancedesk.domain.rules import stance_shift


@dataclass(frozen=True)
class StanceEntry:
    stance: Stance
    claim_quote: str | None
    shift: int  # against the previous entry: 0 none, 1 partial, 2 full reversal


@dataclass(frozen=True)
class StanceTimeline:
    actor_id: str
    actor_name: str
    topic_id: str
    topic_name: str
    entries: tuple[StanceEntry, ...]
    suggestion: FlipSuggestion

    @property
    def reversals(self) -> int:
        return sum(1 for e in self.entries if e.shift == 2)


def read_timeline(stances: Sequence[tuple[Stance, str | None]]) -> tuple[tuple[StanceEntry, ...], FlipSuggestion]:
    """Entries in date order with the shift from the previous clear position, and the overall suggestion."""
    ordered = sorted(stances, key=lambda pair: (pair[0].as_of.value, pair[0].id))
    entries: list[StanceEntry] = []
    previous = None
    worst = 0
    for stance, quote in ordered:
        shift = stance_shift(previous.position, stance.position) if previous is not None else 0
        worst = max(worst, shift)
        entries.append(StanceEntry(stance, quote, shift))
        if stance.position.value != "unclear":
            previous = stance
    suggestion = {0: FlipSuggestion.NO_FLIP, 1: FlipSuggestion.HALF_FLIP, 2: FlipSuggestion.FULL_FLOP}[worst]
    return tuple(entries), suggestion
