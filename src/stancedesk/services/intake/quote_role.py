"""Decides what a short quotation does in its sentence: a statement someone made, or a term the writer borrows.

A quotation carries an assertion when it is the content of a speech, thought or perception verb whose subject
is the speaker ("he sees “excellent chances”"), or the predicate of the clause that verb reports ("claiming
that his administration is “ready for any conversation”"). It is a label (a scare quote, a name, a term) when
the writer's own sentence uses it as a noun phrase: after an article or possessive ("a potential “reassurance
force”"), a preposition ("within “days”"), "as" ("referred to Kyiv's leadership as a “Nazi regime”"),
"so-called", or as the object of a naming verb ("called the novel “quietly devastating”").

Only the words before the opening mark (and the first word after the closing one) are read; when they show
neither role the caller keeps its own length-based judgement.
"""

from __future__ import annotations

import re
from typing import Literal

from .lexicon import (
    NAMING_VERBS,
    NOUN_OR_VERB,
    PARTICIPLES,
    PREDICATE_LEADS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    THOUGHT_VERBS,
    words,
)

Role = Literal["statement", "label"]

_WORD = re.compile(r"[^\W_](?:[\w’'.\-]*[^\W_])?[’']?")
# The speaker's own voice: a scare quote or a borrowed term never says "I", "my" or "we".
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i'm|i’m|i've|i’ve|me|my|mine|myself|we|we're|we’re|us|our|ours|ourselves)\b")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[A-Z“\"‘']")
_GOVERNING = SPEECH_VERBS | PARTICIPLES | THOUGHT_VERBS | NAMING_VERBS
_ARTICLES = words("a an the")
_NP_OPENERS = words("a an the this these those its his her their our my your such some any another every "
                    "each no so-called")
_PREPOSITIONS = words("""
    of on in for within about from with by to into onto over under until till after before at against between
    through without towards toward during among amid upon across behind beyond like unlike via per despite
""")
_PRONOUN_SUBJECTS = words("he she they it i we you")
# Words that may directly follow a quoted predicate; a content word there means the quote modifies a noun.
_FUNCTION_WORDS = _PREPOSITIONS | PREDICATE_LEADS | words("""
    and or but nor that which who whom whose when while where if because as than so since unless though
    although whether yet a an the this these those its his her their our my your
""")
_MAX_BRIDGE = 20
_TERM_WORDS = 4


def quote_role(before: str, quote: str, after: str) -> Role | None:
    """`before`: the sentence up to the opening mark (other quotations masked); `after`: text past the close."""
    if _SENTENCE_INSIDE.search(quote):
        return None
    tokens = _WORD.findall(before)
    lowered = [token.lower() for token in tokens]
    governor = _governing_verb(tokens, lowered)
    bridge = lowered[governor + 1:] if governor is not None else lowered
    bridge = [word for word in bridge if word not in SUBJECT_VERB_FILLERS or word in PREDICATE_LEADS]
    last = bridge[-1] if bridge else None
    if _FIRST_PERSON.search(quote):
        return "statement" if governor is not None else None
    if governor is not None and lowered[governor] in NAMING_VERBS and not _naming_exception(bridge):
        return "label"
    if last == "being" and len(bridge) >= 2 and bridge[-2] == "as":
        return "statement" if governor is not None else None
    # Inside reported speech only a term-length quote is read as a label ("warned of delays within “days”");
    # a longer one after a preposition is still the speaker's ("willing to work for “an unconditional …”").
    if last is not None and last not in PREDICATE_LEADS and (governor is None or len(quote.split()) <= _TERM_WORDS):
        label = _label_lead(bridge, quote, lowered[-2] if len(lowered) >= 2 else "")
        if label is not None:
            return label if label == "label" or governor is not None else None
    if governor is None or len(bridge) > _MAX_BRIDGE:
        return None
    if not bridge or last in PREDICATE_LEADS:
        return "label" if _modifies_next_noun(quote, after) else "statement"
    if bridge == ["that"]:
        return "statement" if _ends_clause(after) else None
    if _starts_with_verb(quote):
        return "statement"
    return None


def _governing_verb(tokens: list[str], lowered: list[str]) -> int | None:
    """The last reporting, thought or naming verb before the quotation, skipping noun uses ("similar claims")."""
    for index in range(len(lowered) - 1, -1, -1):
        word = lowered[index]
        if word not in _GOVERNING:
            continue
        if word in NOUN_OR_VERB:
            previous = lowered[index - 1] if index else ""
            if not (previous in _PRONOUN_SUBJECTS or previous in SUBJECT_VERB_FILLERS
                    or (index and tokens[index - 1][:1].isupper())):
                continue
        return index
    return None


def _naming_exception(bridge: list[str]) -> bool:
    """"called for “an immediate ceasefire”", "described the plan as being “unworkable”": a demand or a claim."""
    return bool(bridge) and (bridge[0] == "for" or bridge[-2:] == ["as", "being"])


def _label_lead(bridge: list[str], quote: str, before_last: str) -> Role | None:
    last = bridge[-1]
    if last in ("as", "so-called") or last in _NP_OPENERS or last.endswith(("’s", "'s", "s’", "s'")):
        return "label"
    if last in _PREPOSITIONS:
        if last == "to" and _looks_like_verb(before_last):
            return "statement"  # "agreed to “continue dialogue”": an infinitive, the content of the verb
        return "label"
    article = next((index for index in range(len(bridge) - 1, max(-1, len(bridge) - 4), -1)
                    if bridge[index] in _ARTICLES), None)
    if article is not None and not any(_looks_like_verb(word) for word in bridge[article + 1:]) \
            and not _starts_with_verb(quote):
        return "label"  # "a potential “reassurance force”": the quote ends the writer's noun phrase
    return None


def _looks_like_verb(word: str) -> bool:
    return word in PREDICATE_LEADS or word in _GOVERNING or (len(word) > 4 and word.endswith("ed"))


def _starts_with_verb(quote: str) -> bool:
    """A lower-case finite verb first ("looks generous", "didn't add up", "cooperated fully")."""
    parts = quote.split()
    if not parts or not parts[0][:1].islower():
        return False
    first = parts[0].lower().strip(",.;:!?")
    return first in PREDICATE_LEADS or "n’t" in first or "n't" in first \
        or (len(first) > 4 and first.endswith("ed")) \
        or (len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us", "is")))


def _modifies_next_noun(quote: str, after: str) -> bool:
    """"promised “fast and unbureaucratic” help": an adjective phrase in front of the writer's noun."""
    if not after[:1].isspace():
        return False
    following = after.split(maxsplit=1)
    if not following or not following[0][:1].islower():
        return False
    next_word = following[0].lower().strip(",.;:!?")
    if next_word in _FUNCTION_WORDS or not next_word.isalpha():
        return False
    inner = [word.lower().strip(",.;:!?") for word in quote.split()]
    return len(inner) <= 3 and not any(word in _FUNCTION_WORDS and word not in ("and", "or", "but")
                                       for word in inner)


def _ends_clause(after: str) -> bool:
    stripped = after.lstrip(" ”’\"'»›“‘")
    return not stripped or stripped[0] in ",.!?;:—–-)\n"
