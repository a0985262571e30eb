"""Who is who in one article: names, surnames, descriptions, appositions and pronouns, read in order."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    ROLE_SYNONYMS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    words,
)
from .mentions import (
    DESCRIPTION,
    PRONOUN,
    EntityKind,
    MentionKind,
    NameGroup,
    Token,
    name_groups,
    role_words_before,
    tokenize,
)
from .text_layout import Paragraph, Sentence

_CORPORATE = frozenset(["company", "firm", "maker", "manufacturer", "retailer", "airline", "operator", "insurer"])
_GOVERNMENT = frozenset(["government", "kremlin", "ministry", "administration", "presidency", "cabinet"])
_SPOKES = re.compile(r"(?i:^(?:an?|one)\s+(?:[\w\-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|"
                     r"representative|official|source|lawyer|adviser|advisor|aide)\s+(?:for|of|at|from|with)\s+"
                     r"(?:the\s+)?(?P<org>.+)$)")
_POSSESSIVE_SPOKES = re.compile(r"(?i:^(?:an?\s+)?(?P<org>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+"
                                r"(?:spokesman|spokeswoman|spokesperson|representative|official)$)")


# How far back (in mentions or entities) a resolution looks: ample for an article, linear for 2 MB of text.
_LOOKBACK = 400


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


class ArticleCast:
    """The people and bodies of one article, with every mention of them in reading order."""

    def __init__(self, text: str, masked: str, paragraphs: list[Paragraph], sentences: list[Sentence]) -> None:
        self._text = text
        self._masked = masked
        self._paragraphs = paragraphs
        self._sentences = sentences
        self._sentence_starts = [sentence.start for sentence in sentences]
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self._mention_starts: list[int] = []
        self._sentence_topic: dict[int, Mention] = {}
        self._by_tokens: dict[tuple[str, ...], Entity] = {}
        self._tokens = tokenize(masked)
        self._read()

    # ----- reading pass -------------------------------------------------------------------------------
    def _read(self) -> None:
        starts = set(self._sentence_starts)
        groups = name_groups(self._masked, self._tokens, starts)
        token_index = {token.start: position for position, token in enumerate(self._tokens)}
        pending: list[tuple[int, str, object]] = [(group.start, "name", group) for group in groups]
        name_starts = [group.start for group in groups]
        for match in DESCRIPTION.finditer(self._masked):
            head_start = match.start("head")
            covering = bisect_left(name_starts, head_start + 1) - 1
            if covering >= 0 and groups[covering].start <= head_start < groups[covering].end:
                continue
            pending.append((match.start(), "description", match))
        pending.extend((match.start(), "pronoun", match) for match in PRONOUN.finditer(self._masked))
        pending.sort(key=lambda item: item[0])
        for _, kind, payload in pending:
            if kind == "name" and isinstance(payload, NameGroup):
                self._read_name(payload, token_index)
            elif kind == "description" and isinstance(payload, re.Match):
                self._read_description(payload)
            elif isinstance(payload, re.Match):
                self._read_pronoun(payload)
        self._mark_subjects()

    def _locate(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_left(self._sentence_starts, offset + 1) - 1)
        if not self._sentences:
            return 0, 0
        sentence = self._sentences[index]
        return sentence.index, sentence.paragraph

    def _add(self, mention: Mention) -> None:
        mention.sentence, mention.paragraph = self._locate(mention.start)
        self.mentions.append(mention)
        self._mention_starts.append(mention.start)
        possessive = mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "him", "its")
        if mention.entity is not None and mention.entity.kind == "person" and not possessive:
            self._sentence_topic.setdefault(mention.sentence, mention)

    def _read_name(self, group: NameGroup, token_index: dict[int, int]) -> None:
        entity = self._match_entity(group)
        if entity is None:
            entity = Entity(len(self.entities), group.display, group.kind, group.gender,
                            tuple(word.lower() for word in group.name))
            self.entities.append(entity)
            self._by_tokens.setdefault(entity.tokens, entity)
        elif entity.kind == "unknown" and group.kind != "unknown":
            entity.kind = group.kind
        if entity.gender is None:
            entity.gender = group.gender
        entity.descriptors.update(group.descriptors)
        entity.origins.update(_stem(word) for word in group.title if _is_nationality(word))
        position = token_index.get(group.start)
        if position is not None:
            entity.descriptors.update(role_words_before(self._tokens, position, self._masked))
        self._learn_apposition(group, entity)
        self._add(Mention(group.start, group.end, "name", self._text[group.start:group.end], entity))

    def _match_entity(self, group: NameGroup) -> Entity | None:
        wanted = tuple(word.lower() for word in group.name)
        exact = self._by_tokens.get(wanted)
        best: Entity | None = None
        for entity in reversed(self.entities[-_LOOKBACK:]):
            if entity.tokens == wanted:
                return entity
            if best is not None:
                continue
            if entity.kind in ("person", "unknown") and group.kind in ("person", "unknown"):
                if _same_person(wanted, entity.tokens):
                    best = entity
            elif entity.kind in ("organization", "government") and len(wanted) < len(entity.tokens) \
                    and entity.tokens[:len(wanted)] == wanted:
                best = entity
        if best is None:
            return exact
        if len(wanted) > len(best.tokens):
            best.name = group.display
            best.tokens = wanted
            self._by_tokens[wanted] = best
        return best

    def _learn_apposition(self, group: NameGroup, entity: Entity) -> None:
        """"Chile's foreign minister, Valentina Rojas," and "Hannah Lee, a logistics analyst," teach roles."""
        before = self._masked[max(0, group.start - 80):group.start]
        if before.endswith(", "):
            chunk = re.split(r"[,.;:!?()\n]|\b(?:and|but|that)\b", before[:-2])[-1].strip()
            words = [w.lower().strip("’'") for w in chunk.split()]
            if any(word in PERSON_ROLE_NOUNS for word in words[-4:]):
                entity.descriptors.update(_stem(w) for w in words if w not in DETERMINERS)
        after = self._masked[group.end:group.end + 90]
        if after.startswith(", "):
            chunk = re.split(r"[,.;:!?()\n]|\bwho\b", after[2:])[0].strip()
            words = [w.lower() for w in chunk.split()][:7]
            if any(w in PERSON_ROLE_NOUNS for w in words[:4]):
                entity.descriptors.update(_stem(w) for w in words if w not in DETERMINERS)
        if entity.gender is None:
            relative = re.match(r",\s+who\b[^.;]*?\b(his|her)\b", after)
            if relative:
                entity.gender = "m" if relative.group(1) == "his" else "f"

    def _read_description(self, match: re.Match[str]) -> None:
        head = match.group("head").lower()
        determiner = match.group("det").lower()
        raw_modifiers = match.group("mods").split()
        modifiers = [w.lower().strip("’'.") for w in raw_modifiers]
        origins = {_stem(w) for w in raw_modifiers if _is_nationality(w)}
        start, end = match.start(), match.end()
        entity: Entity | None = None
        follow = re.match(r",?\s+([A-Z])", self._masked[end:end + 4])
        if determiner in ("his", "her", "its", "their"):
            owner = self._pronoun_owner(determiner, start)
            if owner is not None:
                self._add(Mention(start, start + len(determiner), "pronoun", determiner, owner))
            if follow is None:
                self._add(Mention(start, end, "description", self._text[start:end], None, head=head))
            return
        if follow is not None:
            return  # "the poet Aaron Fisk": the name that follows is the mention
        if head in PERSON_ROLE_NOUNS:
            entity = self._resolve_person_description(head, modifiers, origins, start)
        elif head in ORG_ROLE_NOUNS:
            entity = self._resolve_org_description(head, origins)
        if entity is not None:
            entity.descriptors.update(_stem(word) for word in [*modifiers, head])
            entity.origins.update(origins)
        self._add(Mention(start, end, "description", self._text[start:end], entity, head=head))

    def _resolve_person_description(self, head: str, modifiers: list[str], origins: set[str],
                                    at: int) -> Entity | None:
        wanted = {_stem(word) for word in modifiers if not word.isdigit()}
        wanted.update(_stem(word) for word in ROLE_SYNONYMS.get(head, (head,)))
        wanted.add(_stem(head))
        best: tuple[int, int, Entity] | None = None
        seen: set[int] = set()
        for recency, mention in enumerate(reversed(self.mentions[-_LOOKBACK:])):
            entity = mention.entity
            if entity is None or entity.kind != "person" or entity.key in seen:
                continue
            seen.add(entity.key)
            if _clashes(origins, entity):
                continue
            overlap = len(wanted & {_stem(word) for word in entity.descriptors})
            if overlap and (best is None or overlap > best[0]):
                best = (overlap, -recency, entity)
        if best is not None:
            return best[2]
        _, paragraph = self._locate(at)
        for mention in self.mentions[-_LOOKBACK:]:
            if mention.paragraph == paragraph and mention.entity is not None and mention.entity.kind == "person" \
                    and not _clashes(origins, mention.entity):
                return mention.entity
        return self._most_recent(lambda entity: entity.kind == "person" and not _clashes(origins, entity))

    def _resolve_org_description(self, head: str, origins: set[str]) -> Entity | None:
        for mention in reversed(self.mentions[-_LOOKBACK:]):
            entity = mention.entity
            if entity is None or entity.kind not in ("organization", "government"):
                continue
            if origins and not origins & ({_stem(t) for t in entity.tokens} | entity.origins):
                continue
            if head in entity.tokens or head in entity.descriptors:
                return entity
        if origins:
            return None
        if head in _CORPORATE:
            return self._most_recent(lambda entity: entity.kind == "organization")
        if head in _GOVERNMENT:
            return self._most_recent(lambda entity: entity.kind == "government")
        return None

    def _most_recent(self, accept: object) -> Entity | None:
        for mention in reversed(self.mentions[-_LOOKBACK:]):
            if mention.entity is not None and callable(accept) and accept(mention.entity):
                return mention.entity
        return None

    def _read_pronoun(self, match: re.Match[str]) -> None:
        word = match.group("word").lower()
        if any(m.start <= match.start() < m.end for m in self.mentions[-3:]):
            return
        entity = self._pronoun_owner(word, match.start())
        self._add(Mention(match.start(), match.end(), "pronoun", match.group(), entity))

    def _pronoun_owner(self, word: str, at: int) -> Entity | None:
        gender = "m" if word in ("he", "him", "his", "himself") else "f"
        sentence, _ = self._locate(at)
        fallback: Entity | None = None
        exact_recent: Entity | None = None
        for mention in reversed(self.mentions[-_LOOKBACK:]):
            entity = mention.entity
            if entity is None or entity.kind not in ("person", "unknown") or mention.start >= at:
                continue
            if sentence - mention.sentence > 4:
                break
            if entity.gender not in (None, gender):
                continue
            if entity.kind == "unknown" and entity.gender is None:
                continue
            if mention.subject or self._is_subject(mention):
                if entity.gender == gender:
                    return entity
                if fallback is None:
                    fallback = entity
            elif exact_recent is None and entity.gender == gender:
                exact_recent = entity
            elif fallback is None and entity.gender is None:
                fallback = entity
        chosen = fallback or exact_recent or self._most_recent(
            lambda entity: entity.kind == "person" and entity.gender in (None, gender))
        if chosen is not None and chosen.gender is None:
            chosen.gender = gender
        return chosen

    def _is_subject(self, mention: Mention) -> bool:
        if mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "him", "himself", "herself"):
            return False
        if self._sentence_topic.get(mention.sentence) is mention and not self._after_preposition(mention.start):
            return True
        return self._followed_by_verb(mention.end)

    def _after_preposition(self, start: int) -> bool:
        before = self._masked[max(0, start - 14):start].lower().split()
        return bool(before) and before[-1] in ("from", "with", "to", "by", "of", "for", "against", "about")

    def _followed_by_verb(self, end: int) -> bool:
        words = re.findall(r"[\w’']+", self._masked[end:end + 60].lower())
        for word in words[:4]:
            if word in SPEECH_VERBS:
                return True
            if word not in SUBJECT_VERB_FILLERS:
                return False
        return False

    def _mark_subjects(self) -> None:
        for mention in self.mentions:
            mention.subject = self._is_subject(mention)

    # ----- queries ------------------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        index = bisect_left(self._mention_starts, start)
        found: list[Mention] = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            found.append(self.mentions[index])
            index += 1
        return found

    def subject_before(self, sentence: Sentence) -> Entity | None:
        """The first person named or referred to in a sentence: its topic."""
        for mention in self.mentions_in(sentence.start, sentence.end):
            if mention.entity is not None and mention.subject:
                return mention.entity
        return None

    def resolve_phrase(self, start: int, end: int) -> SpeakerGuess | None:
        """Turn the subject phrase an attribution found into a speaker."""
        phrase = " ".join(self._text[start:end].split()).strip(" ,")
        if not phrase:
            return None
        mentions = self.mentions_in(start, end)
        for mention in mentions:
            entity = mention.entity
            if mention.kind == "name" and entity is not None and entity.kind == "person":
                return SpeakerGuess(entity.name, phrase, "person", entity, 0.95)
        spokes = _SPOKES.match(phrase) or _POSSESSIVE_SPOKES.match(phrase)
        if spokes:
            org_start = start + self._text[start:end].find(spokes.group("org"))
            for mention in self.mentions_in(org_start, end):
                if mention.entity is not None and mention.entity.kind in ("organization", "government", "unknown"):
                    return SpeakerGuess(mention.entity.name, phrase, "organization", mention.entity, 0.85)
            known = self.find_entity(spokes.group("org"))
            if known is not None:
                return SpeakerGuess(known.name, phrase, _public_kind(known.kind), known, 0.8)
            return SpeakerGuess(_strip_determiner(spokes.group("org").strip()), phrase, "organization", None, 0.7)
        if mentions:
            first = mentions[0]
            lead = self._text[start:first.start].strip()
            if first.kind in ("pronoun", "description") and not lead and first.entity is not None:
                entity = first.entity
                certainty = 0.85 if first.kind == "pronoun" else 0.75
                return SpeakerGuess(entity.name, phrase, _public_kind(entity.kind), entity, certainty)
            if first.kind == "description" and first.entity is None and first.head in DOCUMENT_NOUNS:
                return SpeakerGuess(_strip_determiner(phrase), phrase, "other", None, 0.7)
            if first.kind == "description" and first.entity is None and first.head in ORG_ROLE_NOUNS:
                kind = "government" if first.head in _GOVERNMENT else "organization"
                return SpeakerGuess(_strip_determiner(phrase), phrase, kind, None, 0.7)
            for mention in mentions:
                if mention.kind == "name" and mention.entity is not None:
                    entity = mention.entity
                    return SpeakerGuess(entity.name, phrase, _public_kind(entity.kind), entity, 0.85)
        if phrase.lower() in ("he", "she", "they", "it", "i", "we"):
            return SpeakerGuess(None, phrase, None, None, 0.3)
        return SpeakerGuess(_strip_determiner(phrase), phrase, None, None, 0.6)

    def find_entity(self, name: str) -> Entity | None:
        wanted = tuple(name.lower().split())
        for entity in reversed(self.entities[-_LOOKBACK:]):
            if entity.tokens[:len(wanted)] == wanted or entity.tokens[-len(wanted):] == wanted:
                return entity
        return None

    def match_signature(self, name: str) -> Entity | None:
        """Embedded-post signatures spell names their own way ("Zelenskyy"); match them loosely."""
        lowered = name.lower()
        best: tuple[float, Entity] | None = None
        for entity in self.entities[-_LOOKBACK:]:
            candidate = entity.name.lower()
            if candidate[:1] != lowered[:1] or abs(len(candidate) - len(lowered)) > 3:
                continue
            matcher = SequenceMatcher(None, lowered, candidate)
            if matcher.quick_ratio() < 0.85:
                continue
            ratio = matcher.ratio()
            if ratio >= 0.85 and (best is None or ratio > best[0]):
                best = (ratio, entity)
        return best[1] if best else None


_NATIONALITY_FORMS = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i)$")
_NATIONALITIES = words("us u.s. uk u.k. french dutch greek swiss thai czech slovak british irish argentine "
                        "chilean welsh scottish")


def _is_nationality(word: str) -> bool:
    return bool(_NATIONALITY_FORMS.match(word)) or word.lower() in _NATIONALITIES


def _same_person(wanted: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """"Putin" or "Tom" after "Vladimir Putin" / "Tom Rennick"; "V. Putin" after "Vladimir Putin"."""
    if len(wanted) == 1:
        given_name = wanted[0] in MALE_NAMES or wanted[0] in FEMALE_NAMES
        return known[-1] == wanted[0] or (given_name and known[0] == wanted[0])
    return len(known) > 1 and wanted[-1] == known[-1] and wanted[0][:1] == known[0][:1]


def _clashes(origins: set[str], entity: Entity) -> bool:
    """"the Ukrainian leader" cannot be someone already known as Russian."""
    known = entity.origins | {_stem(token) for token in entity.tokens}
    return bool(origins) and bool(entity.origins) and not origins & known


def _public_kind(kind: EntityKind) -> str | None:
    return None if kind == "unknown" else kind


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        return " ".join(words[1:])
    return phrase


def _stem(word: str) -> str:
    """Crude but enough: "russian"/"russia", "ukrainian"/"ukraine" share their first five letters."""
    word = word.lower().strip("’'.,")
    return word[:5] if len(word) > 5 else word


__all__ = ["ArticleCast", "Entity", "Mention", "SpeakerGuess", "Token"]
