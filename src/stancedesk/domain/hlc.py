"""Hybrid logical clocks: change stamps that sort the same on every copy, even when wall clocks disagree."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000  # a colleague's clock further ahead than this is warned about


@dataclass(frozen=True, order=True)
class HlcStamp:
    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        """Fixed-width text so that string order is clock order in SQL too."""
        return f"{self.wall_ms:015d}:{self.counter:06d}:{self.site}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        wall, counter, site = text.split(":", 2)
        return cls(int(wall), int(counter), site)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Never goes backwards; moves past any stamp it has observed so later edits sort after what they saw."""

    def __init__(self, site: str, now_ms: Callable[[], int] = _wall_ms) -> None:
        self.site = site
        self._now_ms = now_ms
        self._wall = 0
        self._counter = 0

    def tick(self) -> HlcStamp:
        wall = self._now_ms()
        if wall > self._wall:
            self._wall, self._counter = wall, 0
        else:
            self._counter += 1
        return HlcStamp(self._wall, self._counter, self.site)

    def observe(self, stamp: HlcStamp) -> bool:
        """Take a stamp seen in the file or a merge into account; True if it lies suspiciously far ahead.

        A stamp further ahead than the tolerance is warned about, not adopted: a later edit wins over it by
        having seen it (its `replaces`), so our own clock need not jump years into the future.
        """
        ahead = stamp.wall_ms - self._now_ms() > FUTURE_TOLERANCE_MS
        if not ahead:
            self._wall, self._counter = max((self._wall, self._counter), (stamp.wall_ms, stamp.counter))
        return ahead
