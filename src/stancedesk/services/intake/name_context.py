"""What the words just before a name teach about it: an origin ("Norwegian midfielder Luca Brandvold") or the
common noun an organisation was introduced with ("the charity Paws Returned", "the state daily Glas Ostravije")."""

from __future__ import annotations

import re

from .cast_types import is_nationality, stem
from .lexicon import NP_BOUNDARIES, ORG_INTRO_NOUNS, ORG_NOUN_FAMILIES
from .mentions import Token

_INTRO = re.compile(r"([a-z][\w\-]*)\s+$")


def nationalities_before(tokens: list[Token], index: int, text: str) -> set[str]:
    """Origins among the few words glued to the front of a name, up to a clause boundary."""
    found: set[str] = set()
    cursor = index - 1
    while cursor >= 0 and index - cursor <= 4:
        token = tokens[cursor]
        if text[token.end:tokens[cursor + 1].start] != " " or token.lower in NP_BOUNDARIES:
            break
        if token.capitalised and is_nationality(token.text):
            found.add(stem(token.text))
        cursor -= 1
    return found


def intro_nouns(text: str, start: int) -> set[str]:
    """The organisation noun right before a name ("the newspaper Glas Ostravije"), with its family."""
    match = _INTRO.search(text, max(0, start - 30), start)
    if match is None or match.group(1) not in ORG_INTRO_NOUNS:
        return set()
    return noun_family(match.group(1))


def noun_family(noun: str) -> set[str]:
    """"the paper" may stand for a newspaper introduced as "the daily"; "the force" for a police force."""
    for family in ORG_NOUN_FAMILIES:
        if noun in family:
            return set(family)
    return {noun}
