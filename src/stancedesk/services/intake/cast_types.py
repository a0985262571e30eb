"""The records one article's cast is made of, and the small word tests shared by whoever reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import words
from .mentions import EntityKind, MentionKind

LOOKBACK = 400
SURNAME_PARTICLES = words("ní nic mac mc ó o uí van von der den de da das do dos del della di du le la bin binti "
                          "al el ben ter ten st st. abu ibn te")


@dataclass
class Entity:
    key: int
    name: str
    kind: EntityKind
    gender: str | None
    tokens: tuple[str, ...]
    descriptors: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)


@dataclass
class Mention:
    start: int
    end: int
    kind: MentionKind
    text: str
    entity: Entity | None
    subject: bool = False
    sentence: int = 0
    paragraph: int = 0
    head: str = ""


@dataclass(frozen=True)
class SpeakerGuess:
    name: str | None
    as_written: str
    kind: str | None
    entity: Entity | None
    certainty: float
    anonymous: bool = False
    evidence: str = "named"  # named, description, pronoun or phrase: what the speaker was read from


_NATIONALITY_FORMS = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i)$")
_NATIONALITIES = words("us u.s. uk u.k. french dutch greek swiss thai czech slovak british irish argentine "
                        "chilean welsh scottish")


def is_nationality(word: str) -> bool:
    return bool(_NATIONALITY_FORMS.match(word)) or word.lower() in _NATIONALITIES


def same_person(wanted: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """"Putin" or "Tom" after "Vladimir Putin" / "Tom Rennick"; "V. Putin" after "Vladimir Putin"."""
    if len(wanted) > 1 and wanted[0] in SURNAME_PARTICLES and len(known) > len(wanted) \
            and known[-len(wanted):] == wanted:
        return True  # "Ms Ní Bhriain" after "Siobhán Ní Bhriain", "Mr van der Berg" after "Pieter van der Berg"
    if len(wanted) == 1 and len(known) > 2 and len(wanted[0]) > 2 and wanted[0] in known[1:-1] \
            and wanted[0] not in SURNAME_PARTICLES:
        return True  # "Mr Faizal" after "Muhammad Faizal Rahim": a name said by its middle part
    if len(wanted) == 1:
        # "Wilhelmina" after "Wilhelmina Osei-Barton": the first word of a full name is a given name whether or
        # not the name lists know it
        return known[-1] == wanted[0] or (len(known) > 1 and known[0] == wanted[0])
    if len(wanted) >= 2 and len(known) > len(wanted) and known[:len(wanted)] == wanted:
        return True  # "Amirul Hakim" after "Amirul Hakim Osman": Malay names are said by their given names
    if len(wanted) >= 2 and len(known) > len(wanted) and known[-len(wanted):] == wanted and not _initial(wanted[0]):
        return True  # "Rocha Vaz" after "Amélia Rocha Vaz": a double surname
    if len(known) < 2 or wanted[-1] != known[-1]:
        return False
    wanted_given = [word for word in wanted[:-1] if not _initial(word)]
    known_given = [word for word in known[:-1] if not _initial(word)]
    if wanted_given and known_given:
        # "Mr. Aditya Reddy" is K. Aditya Reddy, but K. Srinivas Reddy is not K. Aditya Reddy
        return wanted_given[0] == known_given[0]
    if wanted[0][:1] != known[0][:1]:
        return False
    # "V. Putin" is Vladimir Putin, but Gareth Pritchard is not Glenys Pritchard
    return wanted[0] == known[0] or _initial(wanted[0]) or _initial(known[0])


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or word.endswith(".")


def clashes(origins: set[str], entity: Entity) -> bool:
    """"the Ukrainian leader" cannot be someone already known as Russian."""
    known = entity.origins | {stem(token) for token in entity.tokens}
    return bool(origins) and bool(entity.origins) and not origins & known


def public_kind(kind: EntityKind) -> str | None:
    return None if kind in ("unknown", "anonymous") else kind


def strip_determiner(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        return " ".join(words[1:])
    return phrase


def stem(word: str) -> str:
    """Crude but enough: "russian"/"russia", "ukrainian"/"ukraine" share their first five letters."""
    word = word.lower().strip("’'.,")
    return word[:5] if len(word) > 5 else word


