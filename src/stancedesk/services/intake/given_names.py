"""Gender of given names the short lists in `lexicon` do not know ("Farida", "Teodora", "Idris"), from
gender-guesser's dictionary of about 45,000 first names gathered across many countries.

The dictionary only answers for a word already read as a given name: it also lists words such as "the" or
"river", so asking it whether a word *is* a name would be wrong."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Protocol

from gender_guesser.detector import Detector  # type: ignore[import-untyped]


class _Detector(Protocol):
    def get_gender(self, name: str, country: str | None = None) -> str: ...


@cache
def _detector() -> _Detector:
    # the dictionary is read on first use (about 0.15 s), then kept for the life of the process
    detector: _Detector = Detector(case_sensitive=False)
    return detector


_ANSWERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def given_name_gender(word: str) -> str | None:
    """"m", "f", or None when the dictionary does not know the name or finds it used for both.

    Usage in Britain and the United States comes first, as in the English-language press our users read:
    "Marian" and "Sasha" are women there, though the dictionary's overall answer says men."""
    if not word[:1].isalpha() or len(word) < 2:
        return None
    name = word.capitalize()
    detector = _detector()
    if detector.get_gender(name) == "unknown":
        # "Ciarán", "Siobhán": the dictionary knows some names only without their accents
        folded = "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))
        name = folded if folded != name else name
    overall = _ANSWERS.get(detector.get_gender(name))
    english = {_ANSWERS.get(detector.get_gender(name, country)) for country in ("great_britain", "usa")} - {None}
    return english.pop() if len(english) == 1 else overall


@cache
def is_known_given_name(word: str) -> bool:
    """The dictionary lists the word as a given name at all, even one used for both sexes ("Ollie", "Kim")."""
    if not word[:1].isalpha() or len(word) < 2:
        return False
    return _detector().get_gender(word.capitalize()) != "unknown"
