"""Spots people, organisations, descriptions and pronouns in the (quote-masked) article text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .lexicon import (
    ABBREVIATIONS,
    CAPITALISED_STOPWORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    HONORIFIC_GENDER,
    MALE_NAMES,
    MONTHS,
    NP_BOUNDARIES,
    ORG_HEADS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACES,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    TITLE_WORDS,
    WEEKDAYS,
    words,
)

MentionKind = Literal["name", "pronoun", "description"]
EntityKind = Literal["person", "organization", "government", "other", "unknown"]

TOKEN = re.compile(r"[^\W_][\w’'\-.]*")
_CONNECTORS = words("of for de da van von der bin al la le del di du dos y")
_ADJECTIVE_SUFFIX = re.compile(r"-(?:based|led|backed|born|owned|run|linked|aligned|style|era|made)$", re.I)
_NO_NAME = frozenset(MONTHS) | frozenset(WEEKDAYS)
_ROLE_PATTERN = "|".join(sorted(PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS | DOCUMENT_NOUNS, key=len, reverse=True))
_NOT_MODIFIER = r"(?!(?:and|or|the|a|an|of|to|in|on|at|has|had|have|is|was|were|are|that|who|which|said|says)\b)"
DESCRIPTION = re.compile(
    r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<mods>(?:" + _NOT_MODIFIER + r"[\w’'.\-]+\s+){0,4})"
    r"(?P<head>(?i:" + _ROLE_PATTERN + r"))\b(?!['’]s\b)(?![\-’'])")
PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    possessive: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class NameGroup:
    start: int
    end: int
    title: list[str]
    name: list[str]
    kind: EntityKind
    gender: str | None
    possessive: bool
    descriptors: set[str] = field(default_factory=set)

    @property
    def display(self) -> str:
        return " ".join(self.name)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    tokens: list[Token] = []
    stop = len(text) if end is None else end
    for match in TOKEN.finditer(text, start, stop):
        word = match.group()
        token_end = match.end()
        while word.endswith((".", "-")) and not _keeps_period(word, ABBREVIATIONS):
            word = word[:-1]
            token_end -= 1
        possessive = False
        if word.endswith(("'s", "’s")) and len(word) > 2:
            word, possessive = word[:-2], True
        elif word.endswith(("'", "’")):
            word, possessive = word[:-1], True
        if word:
            tokens.append(Token(match.start(), match.start() + len(word), word, possessive))
    return tokens


def _keeps_period(word: str, abbreviations: frozenset[str]) -> bool:
    if not word.endswith("."):
        return False
    bare = word[:-1].lower()
    return bare in abbreviations or (len(bare) == 1 and bare.isalpha()) or "." in bare


def name_groups(text: str, tokens: list[Token], sentence_starts: set[int]) -> list[NameGroup]:
    """Runs of capitalised tokens, split into title and name, classified as person or organisation."""
    groups: list[NameGroup] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not _name_token(token):
            index += 1
            continue
        run = [token]
        cursor = index + 1
        while cursor < len(tokens) and not run[-1].possessive:
            gap = text[run[-1].end:tokens[cursor].start]
            nxt = tokens[cursor]
            if gap != " ":
                break
            if _name_token(nxt):
                run.append(nxt)
                cursor += 1
                continue
            if (nxt.lower in _CONNECTORS and cursor + 1 < len(tokens) and _name_token(tokens[cursor + 1])
                    and text[nxt.end:tokens[cursor + 1].start] == " " and _joins_institution(run, nxt.lower)):
                run.extend([nxt, tokens[cursor + 1]])
                cursor += 2
                continue
            break
        index = cursor
        if _modifies_next_name(text, tokens, cursor):
            continue
        group = _classify(text, tokens, run, sentence_starts)
        if group is not None:
            groups.append(group)
    return groups


def _joins_institution(run: list[Token], connector: str) -> bool:
    """"Secretary of State", "Department for Levelling Up" — but not "Tom Rennick of Harrow & Finch"."""
    if connector not in ("of", "for"):
        return True
    return any(token.lower in TITLE_WORDS or token.lower in ORG_HEADS for token in run)


def _modifies_next_name(text: str, tokens: list[Token], cursor: int) -> bool:
    """"Liberal Democrat group leader Sanjay Mistry": the first capitalised run only describes the second."""
    steps = 0
    while cursor < len(tokens) and steps < 3:
        token = tokens[cursor]
        if text[tokens[cursor - 1].end:token.start] != " ":
            return False
        if token.capitalised:
            return steps > 0 and tokens[cursor - 1].lower in (PERSON_ROLE_NOUNS | TITLE_WORDS)
        if token.lower not in PERSON_ROLE_NOUNS and token.lower not in TITLE_WORDS and steps == 0 \
                and cursor + 1 < len(tokens) and tokens[cursor + 1].lower not in PERSON_ROLE_NOUNS:
            return False
        steps += 1
        cursor += 1
    return False


def _name_token(token: Token) -> bool:
    if not token.capitalised or token.lower in _NO_NAME:
        return False
    return not _ADJECTIVE_SUFFIX.search(token.text)


def _classify(text: str, tokens: list[Token], run: list[Token], sentence_starts: set[int]) -> NameGroup | None:
    while run and run[0].lower.rstrip(".") in CAPITALISED_STOPWORDS and run[0].lower not in HONORIFIC_GENDER:
        run = run[1:]
    while run and run[-1].lower in _CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    words = [token.text for token in run]
    lowered = [word.lower() for word in words]
    possessive = run[-1].possessive
    start, end = run[0].start, run[-1].end
    if lowered[-1] in ORG_HEADS or any(word in ("ministry", "department", "commission", "university")
                                       for word in lowered):
        kind: EntityKind = "government" if any(w in ("government", "ministry", "kremlin", "department")
                                               for w in lowered) else "organization"
        return NameGroup(start, end, [], words, kind, None, possessive)
    last_title = -1
    for position, word in enumerate(lowered):
        if word in TITLE_WORDS and position < len(lowered) - 1:
            last_title = position
    title, name = words[:last_title + 1], words[last_title + 1:]
    if not name or name[0].lower() in _CONNECTORS or all(word in TITLE_WORDS for word in lowered):
        return None
    name_lower = [word.lower() for word in name]
    gender = _gender(title, name_lower)
    if len(name) == 1 and not title and _NATIONALITY.search(name_lower[0]) and _lowercase_follows(text, end):
        return None
    if len(name) == 1 and name_lower[0] in PLACES and not title:
        return NameGroup(start, end, [], name, "government", None, possessive)
    if any(word in PLACES for word in name_lower) and gender is None and not title:
        return NameGroup(start, end, [], name, "organization", None, possessive)
    kind = "unknown" if len(name) == 1 and not title else "person"
    group = NameGroup(start, end, title, name, kind, gender, possessive)
    group.descriptors.update(word.lower().rstrip(".") for word in title)
    return group


_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish|ic)$")


def _lowercase_follows(text: str, end: int) -> bool:
    """"Russian army", "Ukrainian side": a proper adjective, not someone who could speak."""
    following = re.match(r" ([a-z][\w-]*)", text[end:end + 30])
    return following is not None and following.group(1) not in SPEECH_VERBS | SUBJECT_VERB_FILLERS


def _gender(title: list[str], name_lower: list[str]) -> str | None:
    for word in reversed(title):
        gender = HONORIFIC_GENDER.get(word.lower())
        if gender:
            return gender
    first = name_lower[0]
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return None


def role_words_before(tokens: list[Token], index: int, text: str) -> list[str]:
    """"district administrator Jonas Behrendt": lower-case role words glued to the front of a name."""
    words: list[str] = []
    cursor = index - 1
    while cursor >= 0 and len(words) < 4:
        token = tokens[cursor]
        if text[token.end:tokens[cursor + 1].start] != " " or (token.possessive and not words):
            break
        lowered = token.lower
        if lowered in NP_BOUNDARIES or lowered in DETERMINERS:
            break
        if not words and lowered not in PERSON_ROLE_NOUNS and lowered not in TITLE_WORDS:
            break
        words.append(lowered)
        cursor -= 1
    return list(reversed(words))
