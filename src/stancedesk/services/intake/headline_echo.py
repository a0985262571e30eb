"""Headlines and standfirsts quote words the body repeats with a proper attribution ("Merinburg to Ostravia:
« No talks with a gun on the table »" over "« We will not negotiate with a gun on the table », Varga-Moritz told
reporters"): the headline quotation takes the speaker of the body quotation that shares its words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Protocol

from .speaker_resolution import SpeakerGuess
from .text_layout import Paragraph

BODY_WORDS = 25
_WORD = re.compile(r"[\w’']+")


class Quoted(Protocol):
    start: int
    end: int
    paragraph: int
    guess: SpeakerGuess | None
    verb: str | None
    certainty: float


def headline_paragraphs(text: str, paragraphs: list[Paragraph]) -> int:
    """How many paragraphs come before the first one long enough to be body copy."""
    for paragraph in paragraphs:
        if len(text[paragraph.start:paragraph.end].split()) >= BODY_WORDS:
            return paragraph.index
    return 0


def echo_headlines(text: str, paragraphs: list[Paragraph], found: Sequence[Quoted]) -> None:
    zone = headline_paragraphs(text, paragraphs)
    if zone == 0:
        return
    body = [item for item in found if item.paragraph >= zone and item.guess is not None
            and item.guess.name is not None]
    for item in found:
        if item.paragraph >= zone:
            break
        words = _words(text[item.start:item.end])
        if not words:
            continue
        needed = min(len(words), max(2, (len(words) + 1) // 2))
        best: tuple[int, Quoted] | None = None
        for other in body:
            other_words = _words(text[other.start:other.end])
            match = SequenceMatcher(None, words, other_words, autojunk=False).find_longest_match(
                0, len(words), 0, len(other_words))
            if match.size >= needed and (best is None or match.size > best[0]):
                best = (match.size, other)
        if best is not None:
            donor = best[1]
            item.guess, item.verb, item.certainty = donor.guess, donor.verb, donor.certainty * 0.9


def _words(quote: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(quote)]
