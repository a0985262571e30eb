"""How an article's cast reads back over itself: which person a pronoun means, which body is in focus,
and who is a sentence's subject rather than an object."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cast_types import LOOKBACK, Entity, Mention
from .lexicon import KIN_WORDS, PERSON_ROLE_NOUNS, SPEECH_VERBS, SUBJECT_VERB_FILLERS
from .text_layout import Sentence

_PREPOSITIONS = frozenset(["from", "with", "to", "by", "of", "for", "against", "about", "at", "in", "on", "near",
                           "outside", "inside", "into", "through", "across", "behind", "toward", "towards",
                           "during", "amid", "amidst", "after", "before", "since", "until", "under", "over",
                           "between", "among", "despite", "without", "within", "via", "including", "beside",
                           "alongside", "throughout", "upon", "onto", "beyond", "unlike"])


_INVERTED_REPORTS = "said|says|added|adds|explained|insisted|warned|noted|argued|continued"
_AFTER_INVERTED_VERB = re.compile(r"(?:,|[\"”’\u2591])\s+(?:" + _INVERTED_REPORTS
                                  + r")\s+(?:[A-Z][\w.\-’']*\s+|[a-z]+\s+){0,6}$")
_APPOSITIONS = re.compile(r"(?:,[^,.;:!?\n\u2591]{1,60}){1,3},(?=\s)")


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|added|adds|told|tells|continued|explained|recalled|recalls)\b")
_ROLE_MODIFIERS = frozenset(["prosecution", "defence", "defense", "senior", "chief", "deputy", "assistant",
                             "state", "federal", "county", "district", "lead", "retired", "former", "acting",
                             "interim"])
_RELATIVE_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:late\s+)?(?:" + KIN_WORDS
                              + r"|predecessor|successor|boss|deputy),?\s+(?:[a-z]+\s+){0,2}$")
# "…,” said Delaney": the name straight after the reporting verb, titles aside
_SAID_BEFORE_NAME = re.compile(r"(?:,|[\"”’\u2591])\s+(?:" + _INVERTED_REPORTS
                               + r"|asked)\s+(?:[A-Z][\w.\-’']*\s+){0,4}$")
_TOPIC_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)For\s+$")


class CastReading:
    """The look-back queries of `ArticleCast`, kept apart from its reading pass."""

    mentions: list[Mention]
    _mention_starts: list[int]
    _masked: str
    _sentences: list[Sentence]
    _sentence_topic: dict[int, Mention]
    _salience: dict[int, int]

    def _locate(self, offset: int) -> tuple[int, int]:
        raise NotImplementedError

    def _window_before(self, at: int | None) -> list[Mention]:
        """The last LOOKBACK mentions before `at` (before the end when None): asked after the reading pass, a
        lookup must see what came before its place in the article, not what came last in it."""
        end = len(self.mentions) if at is None else bisect_left(self._mention_starts, at)
        return self.mentions[max(0, end - LOOKBACK):end]

    def body_in_focus(self, at: int) -> Entity | None:
        """The organisation a sentence or the one before it is about: its first body named outside a
        prepositional phrase ("The NCA blocked a deal …, when it concluded")."""
        sentence, _ = self._locate(at)
        for mention in reversed(self._window_before(at)):
            if sentence - mention.sentence > 1:
                break
            entity = mention.entity
            if entity is not None and entity.kind in ("organization", "government") \
                    and not self._after_preposition(mention.start):
                return entity
        return None

    def _most_recent(self, accept: object, before: int | None = None) -> Entity | None:
        """`before`: when asked after the reading pass, only what the article has named by then counts."""
        for mention in reversed(self._window_before(before)):
            if mention.entity is not None and callable(accept) and accept(mention.entity):
                return mention.entity
        return None

    def _pronoun_owner(self, word: str, at: int) -> Entity | None:
        gender = "m" if word in ("he", "him", "his", "himself") else "f"
        sentence, paragraph = self._locate(at)
        # "Teague, who served with her until …": an object pronoun never means its own clause's subject
        as_object = word in ("him", "her") and self._after_preposition(at)
        if word in ("he", "she") and _SPEECH_AFTER.match(self._masked, at + len(word)):
            # "Joana Frade … said the arithmetic left Carvalhal with few options. ¶ “…,” she said": the
            # speaker of the sentence before goes on speaking, whoever her words mentioned
            # the nearest earlier sentence that names anyone ("…,” said Delaney. “…” ¶ Asked …, he said:")
            named_in = next((m.sentence for m in reversed(self.mentions[-LOOKBACK:])
                             if m.sentence < sentence and m.kind == "name" and m.entity is not None), -1)
            if sentence - named_in > 3:
                named_in = -1
            speakers = [m for m in self.mentions[-LOOKBACK:] if m.sentence == named_in and m.kind == "name"
                        and m.entity is not None and m.entity.kind == "person" and paragraph - m.paragraph <= 1
                        and (m.entity.gender == gender or (m.entity.gender is None and m.entity.descriptors))
                        and (self._followed_by_verb(m.end)
                             or _SAID_BEFORE_NAME.search(self._masked, max(0, m.start - 80), m.start) is not None)
                        and not self._masked[max(0, m.start - 3):m.start].endswith("as ")  # "as Keiko tells it"
                        # "Lim Kok Peng, who took over from his father, founder Lim Boon Hock, in 2022, told"
                        and not _RELATIVE_BEFORE.search(self._masked, max(0, m.start - 45), m.start)]
            if speakers:  # the one nearest the reporting verb ("…, Abeokuta, on Wednesday, the Chairman …, said")
                return speakers[-1].entity
        subject_fallback: Entity | None = None
        object_fallback: Entity | None = None
        exact_recent: Entity | None = None
        for mention in reversed(self.mentions[-LOOKBACK:]):
            entity = mention.entity
            if entity is None or entity.kind not in ("person", "unknown", "anonymous") or mention.start >= at:
                continue
            if sentence - mention.sentence > 4:
                break
            if entity.gender not in (None, gender):
                continue
            if entity.kind == "unknown" and entity.gender is None:
                continue
            if as_object and mention.sentence == sentence and mention.kind == "name":
                continue
            if mention.subject or self._is_subject(mention):
                # The nearest subject that fits, as readers do; one of unknown gender only if nobody nearer is
                # known to fit ("…, who served with her until she retired": "she" is still "her"), and only if
                # just mentioned or the last to speak in the paragraph ("Delacroix-Webb said. … She said")
                if entity.gender == gender or (
                        subject_fallback is None and exact_recent is None
                        and (word in ("he", "she") or mention.sentence == sentence)  # "The boss described his side"
                        and (sentence - mention.sentence <= 1
                             or (paragraph - mention.paragraph <= 1 and self._followed_by_verb(mention.end)))
                        and self._could_be_anyone(entity, mention, gender, at)):
                    return learn_gender(self._protagonist(entity, mention, gender, sentence, paragraph), gender, word)
                subject_fallback = subject_fallback or entity
            elif exact_recent is None and entity.gender == gender:
                exact_recent = entity
            elif object_fallback is None and entity.gender is None:
                object_fallback = entity
        # a guess of last resort teaches no gender: a wrong one would mislead every later pronoun
        return subject_fallback or exact_recent or object_fallback or self._most_recent(
            lambda entity: entity.kind == "person" and entity.gender in (None, gender))

    def _could_be_anyone(self, entity: Entity, mention: Mention, gender: str, at: int) -> bool:
        """A name of unknown gender may take "she" — unless someone known to fit is close by and this name has
        never been seen to speak or hold a role ("Rain is coming off Scapa Flow … ¶ “Sorry,” she says")."""
        if entity.descriptors or self._followed_by_verb(mention.end):
            return True
        sentence_index, _ = self._locate(mention.start)
        sentence_end = self._sentences[sentence_index].end if sentence_index < len(self._sentences) else mention.end
        if any(word in SPEECH_VERBS for word in re.findall(r"[a-z]+", self._masked[mention.end:sentence_end])):
            return True  # "S. Kalaiselvi, who works as a domestic help …, said she would …"
        sentence, _ = self._locate(at)
        for other in reversed(self.mentions[-LOOKBACK:]):
            if other.start >= at:
                continue
            if sentence - other.sentence > 4:
                break
            if other.entity is not None and other.entity.kind == "person" and other.entity.gender == gender:
                return False
        return True

    def _protagonist(self, entity: Entity, mention: Mention, gender: str, sentence: int, paragraph: int) -> Entity:
        """A pronoun opening a new stretch of the story, whose nearest fit was last seen in another paragraph and
        not in the sentence before, means the person the story is about, not a relative or witness met in
        passing ("His father, Joaquim Pires, said little. … ¶ After four years away, he came home")."""
        if mention.paragraph == paragraph or sentence - mention.sentence < 2 \
                or (paragraph - mention.paragraph <= 1 and self._followed_by_verb(mention.end)):
            return entity  # "… ," Bhandari said. ¶ He said he has since …: the one who just spoke
        named = self._salience.get(entity.key, 0)
        best = entity
        for other in reversed(self.mentions[-LOOKBACK:]):
            candidate = other.entity
            if candidate is None or candidate.kind != "person" or candidate.gender not in (None, gender):
                continue
            if self._salience.get(candidate.key, 0) >= max(2 * named, 3) and \
                    self._salience.get(candidate.key, 0) > self._salience.get(best.key, 0):
                best = candidate
        return best

    def _is_subject(self, mention: Mention) -> bool:
        if mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "him", "himself", "herself"):
            return False
        if self._after_preposition(mention.start):
            return False
        if self._sentence_topic.get(mention.sentence) is mention:
            return True
        if mention.kind == "name" and _AFTER_INVERTED_VERB.search(self._masked, max(0, mention.start - 80),
                                                                  mention.start):
            return True  # "…, said Disaster Management Minister Datuk Seri Dr Zamri Hashim."
        return self._followed_by_verb(mention.end)

    def _after_preposition(self, start: int) -> bool:
        """"… with Ms Lane", and "Asked by the lead prosecutor, Nadia Okonkwo-Hale, …": an object, not a subject."""
        before = self._masked[max(0, start - 80):start]
        words = before[-40:].lower().split()
        if words and words[-1] in ("the", "a", "an"):
            words = words[:-1]
        # "Led in her evidence by prosecution counsel Janet Chelimo": role words between "by" and the name leave
        # the name an object — though "a setback for Senator X, who …" still means her
        bare = words
        while bare and len(words) - len(bare) < 3 and (bare[-1] in PERSON_ROLE_NOUNS or bare[-1] in _ROLE_MODIFIERS):
            bare = bare[:-1]
        if bare is not words and bare and bare[-1] in ("the", "a", "an"):
            bare = bare[:-1]
        if bare is not words and bare and bare[-1] in ("by", "with"):
            words = bare
        if words and words[-1] in _PREPOSITIONS:
            # "For Marian Tibbetts-Crowe, the statistics have a face.": a sentence that opens on its topic
            return not (words[-1] == "for" and _TOPIC_OPENING.search(before) is not None
                        and self._masked.startswith(",", self._name_end(start)))
        if not before.endswith(", "):
            return False
        chunk = re.split(r"[,.;:!?()\n]", before[:-2])[-1].lower().split()
        for position, word in enumerate(chunk[:-1]):
            if word in _PREPOSITIONS and len(chunk) - position <= 5 and chunk[-1].strip("’'") in PERSON_ROLE_NOUNS:
                return True
        return False

    def _name_end(self, start: int) -> int:
        following = re.match(r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*", self._masked[start:start + 80])
        return start + (following.end() if following else 0)

    def _followed_by_verb(self, end: int) -> bool:
        if self._verb_at(end):
            return True
        apposition = _APPOSITIONS.match(self._masked, end, end + 200)  # "Bethany Carr, 62, a retired teacher, said"
        return apposition is not None and self._verb_at(apposition.end())

    def _verb_at(self, end: int) -> bool:
        words = re.findall(r"[\w’']+", self._masked[end:end + 60].lower())
        for word in words[:4]:
            if word in SPEECH_VERBS:
                return True
            if word not in SUBJECT_VERB_FILLERS:
                return False
        return False


def learn_gender(entity: Entity, gender: str, word: str = "he") -> Entity:
    """A pronoun that fits someone of unknown gender teaches it ("Dr Qureshi … he said"); "his", always a
    possessive, does not ("Obi says the fire changed the sound of his instruments": often someone else's)."""
    if entity.gender is None and word != "his":
        entity.gender = gender
    return entity
