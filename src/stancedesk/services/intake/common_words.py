"""How common a word is in English, from wordfreq's frequency lists: what tells a title or a common noun
written with a capital ("Comrade Olumide Fashola", "City Engineer Florante Bautista", "Tenant advocates say")
from a name, without a hand list that can never hold every office in every country's press."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

from .given_names import given_name_gender
from .lexicon import FEMALE_NAMES, MALE_NAMES

# Zipf 3.3 is about once in every 500,000 words: "advocate", "engineer", "comrade" are above it, surnames
# such as "Fashola", "Hask" or "Deshmane" far below.
_COMMON = 3.3


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """A frequent English word that is not also a given name ("Grant", "Rose" stay names)."""
    lowered = word.lower().rstrip(".")
    if "-" in lowered.strip("-"):  # "Member-Secretary", "Long-time": common if every part is
        parts = lowered.split("-")
        return all(part.isalpha() and zipf_frequency(part, "en", wordlist="small") >= _COMMON for part in parts)
    if len(lowered) < 3 or not lowered.isalpha() or lowered in FEMALE_NAMES or lowered in MALE_NAMES:
        return False
    if zipf_frequency(lowered, "en", wordlist="small") < _COMMON:
        return False
    return given_name_gender(word) is None


def is_noun_like(word: str) -> bool:
    """A word in ordinary use, if rarer than `is_common_word` asks ("stallion", "raven"), and no given name."""
    lowered = word.lower()
    if len(lowered) < 3 or not lowered.isalpha() or lowered in FEMALE_NAMES or lowered in MALE_NAMES:
        return False
    return zipf_frequency(lowered, "en", wordlist="small") >= 2.5 and given_name_gender(word) is None
