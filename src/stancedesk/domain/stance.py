"""Reading a speaker's stance over time: where it shifted, and a Flip-O-Meter style suggestion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stancedesk.domain.enums import FlipSuggestion, StancePosition
from stancedesk.domain.model import Stance
from stancedesk.domain.rules import stance_shift

_DECIDED = frozenset({StancePosition.FOR, StancePosition.AGAINST})


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
    """Entries in date order (ties in the order given) and the overall suggestion.

    Each entry's shift is measured against the previous clear position and, for a decided position (for or
    against), also against the last decided one: for → conditional → against is a full reversal in two steps.
    """
    ordered = sorted(stances, key=lambda pair: pair[0].as_of.value)
    entries: list[StanceEntry] = []
    previous: StancePosition | None = None
    last_decided: StancePosition | None = None
    worst = 0
    for stance, quote in ordered:
        position = stance.position
        shift = stance_shift(previous, position) if previous is not None else 0
        if last_decided is not None and position in _DECIDED:
            shift = max(shift, stance_shift(last_decided, position))
        worst = max(worst, shift)
        entries.append(StanceEntry(stance, quote, shift))
        if position is not StancePosition.UNCLEAR:
            previous = position
        if position in _DECIDED:
            last_decided = position
    suggestion = {0: FlipSuggestion.NO_FLIP, 1: FlipSuggestion.HALF_FLIP, 2: FlipSuggestion.FULL_FLOP}[worst]
    return tuple(entries), suggestion
