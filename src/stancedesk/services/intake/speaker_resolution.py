"""Who is who in one article: names, surnames, descriptions, appositions and pronouns, read in order."""

from __future__ import annotations

import re
from bisect import bisect_left
from difflib import SequenceMatcher

from .cast_kinship import KIN_MODIFIERS, PREPOSED_APPOSITION, CastKinship
from .cast_types import (
    LOOKBACK,
    Entity,
    Mention,
    SpeakerGuess,
    is_nationality,
    same_person,
    stem,
)
from .documents import ISSUED_DOCUMENTS, document_author, document_issuer, named_agent
from .lexicon import (
    ANONYMOUS_GENDER,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    HONORIFIC_GENDER,
    KIN_WORDS,
    ORG_HEADS,
    ORG_INTRO_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
)
from .mentions import (
    AGE_HEAD,
    ANONYMOUS,
    DESCRIPTION,
    FIRST_NAMES,
    PRONOUN,
    NameGroup,
    Token,
    name_groups,
    role_words_before,
    tokenize,
)
from .name_context import intro_nouns, nationalities_before, noun_family
from .speaker_phrase import resolve_phrase
from .text_layout import Paragraph, Sentence

_BIRTH_NAME = re.compile(r"(?:\b[Bb]orn|\bn[ée]e|\bformerly|\bmaiden\s+name)\s+$")
_DEMONYM_LEAD = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old\s+)?$")
_BODY_NOUN_AFTER = re.compile(r"\s+(?:government|council|administration|authorities|police|ministry|"
                              r"department|court|assembly|legislature|cabinet|regime)\b")
_OWNER_OF_PERSON = re.compile(r"['’]s?\s+(?:[a-z\-]+\s+){0,2}?(?:" + KIN_WORDS
                              + r"|partner|coach|lawyer|spokesman|spokeswoman|spokesperson|agent|manager)\b")
# "the results statement", "the written statement": words that say what a statement is, not whose
_ISSUER_NEUTRAL = frozenset(["results", "written", "emailed", "brief", "short", "earlier", "latest", "full", "final",
                             "trading", "annual", "lengthy", "prepared"])
_PART_OF_BODY = re.compile(r"\b(board|committee|council|executive|management|leadership|secretariat)\s+of\s+"
                           r"(?:the\s+)?$", re.I)
_GOVERNING_BODIES = frozenset(["government", "administration", "council", "police", "assembly", "legislature",
                               "authorities", "cabinet"])
_OF_PLACE = re.compile(r"\s+of\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\b")
_BYLINE_SEPARATORS = re.compile(r"\s*[|,—]\s*")
_PROPER_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]+")  # "Quezon", "City" — not "Austin-based" or "council's"
# "Nadia Qureshi-Fenton, prosecuting, told the jury": a role given as what someone is doing in court
_ROLE_PARTICIPLES = frozenset(["prosecuting", "defending", "representing", "chairing", "presiding"])
_COURT_SIDES = frozenset(["prosecution", "defence", "defense"])
_AGE_APPOSITION = re.compile(r",\s*(\d{1,3})\s*[,.;)]")
_APPOSITION_GAP = re.compile(r"(?:,\s*\d{1,3})?,\s*")



class ArticleCast(CastKinship):
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
        self._anonymous_count = 0
        self._salience: dict[int, int] = {}
        self._kin: dict[tuple[int, str], Entity] = {}
        self._kin_pending: tuple[int, int, str] | None = None
        self._generation: dict[int, int] = {}  # +1 introduced as someone's parent, -1 as someone's child
        self._kin_owner: dict[int, Entity] = {}  # an unnamed "her mother" → whose mother
        self._lede_paragraph: int | None = None
        # a paragraph of running prose, not a headline: long, or ending as a sentence does
        self._prose = [len(masked[p.start:p.end].split()) >= 30 or masked[p.start:p.end].rstrip()[-1:] in ".!?"
                       for p in paragraphs]
        self._seen_in_prose: set[int] = set()  # entities mentioned in running prose
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
        pending.extend((match.start(), "anonymous", match) for match in ANONYMOUS.finditer(self._masked))
        pending.extend((match.start(), "pronoun", match) for match in PRONOUN.finditer(self._masked))
        order = {"name": 0, "anonymous": 1, "description": 2, "pronoun": 3}
        pending.sort(key=lambda item: (item[0], order[item[1]]))
        for _, kind, payload in pending:
            if kind == "name" and isinstance(payload, NameGroup):
                self._read_name(payload, token_index)
            elif kind == "description" and isinstance(payload, re.Match):
                self._read_description(payload)
            elif kind == "anonymous" and isinstance(payload, re.Match):
                self._read_anonymous(payload)
            elif isinstance(payload, re.Match):
                self._read_pronoun(payload)
        self._mark_subjects()
        for mention in self.mentions:
            if mention.kind == "description" and mention.entity is None and mention.head in DOCUMENT_NOUNS:
                # "The review, by the consultancy Harland Kerr Associates, concluded": named after it is read
                mention.entity = named_agent(self, mention.head, max(0, mention.start - 3000), mention.start)

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
        if mention.entity is not None and mention.paragraph < len(self._prose) and self._prose[mention.paragraph]:
            self._seen_in_prose.add(mention.entity.key)
        if mention.entity is not None and mention.kind == "name":
            # counted by names only: a pronoun resolved wrongly must not snowball into "the story is about X"
            self._salience[mention.entity.key] = self._salience.get(mention.entity.key, 0) + 1
        possessive = (mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "him", "its")) or (
            # "Jamie's mother, Lesley Strachan, read": the owner of a relative or an office is not what the
            # sentence is about — though "Brereton's run has prompted talk" is about Brereton
            mention.kind == "name" and _OWNER_OF_PERSON.match(self._masked, mention.end) is not None)
        if mention.entity is not None and mention.entity.kind in ("person", "anonymous") and not possessive:
            self._sentence_topic.setdefault(mention.sentence, mention)

    def _read_anonymous(self, match: re.Match[str]) -> None:
        """"A frequent flyer from Porto Lindo", "Her neighbour": someone who may speak but is never named."""
        start, end = match.start(), match.end()
        if any(m.start <= start < m.end for m in self.mentions[-3:]):
            return
        head = match.group("head").lower()
        determiner = match.group("det").lower()
        if self.mentions and self.mentions[-1].entity is not None and self.mentions[-1].kind == "name" \
                and self.mentions[-1].entity.kind == "person" \
                and _APPOSITION_GAP.fullmatch(self._masked, self.mentions[-1].end, start):
            self.mentions[-1].entity.descriptors.add(stem(head))  # "Bethany Carr, 62, a retired teacher,"
            return
        owner = self._pronoun_owner(determiner, start) if determiner in ("her", "his") else None
        if re.match(r",?\s+[A-Z]", self._masked[end:end + 4]):
            # "her husband, Tom Reid," or "Her colleague Arvid Lindqvist" — the name is the mention, and a later
            # "her husband" with the same owner is that person again
            if owner is not None and set(match.group("mods").lower().split()) <= KIN_MODIFIERS:
                self._kin_pending = (end, owner.key, head)  # also "her younger brother Tom Marsh"
            return
        if determiner in ("her", "his", "their") and match.group("mods").strip():
            return
        kin = self._kin.get((owner.key, head)) if owner is not None else None
        if kin is not None:
            self._add(Mention(start, end, "name", self._text[start:end], kin, head=head))
            return
        if PREPOSED_APPOSITION.match(self._masked, end):
            return  # "A care assistant and mother of three, she first came …": it describes the "she"
        self._anonymous_count += 1
        gender = ANONYMOUS_GENDER.get(head) or _relative_clause_gender(self._masked[end:end + 160])
        entity = Entity(-self._anonymous_count, self._text[start:end], "anonymous", gender, ())
        if owner is not None and head in ANONYMOUS_GENDER:
            self._kin_owner[entity.key] = owner
        self._add(Mention(start, end, "name", self._text[start:end], entity, head=head))

    def _read_name(self, group: NameGroup, token_index: dict[int, int]) -> None:
        if self._read_nationality(group) or self._read_birth_name(group) or self._in_byline(group) \
                or self._in_title_case_headline(group):
            return
        if not group.possessive and _BODY_NOUN_AFTER.match(self._masked, group.end) \
                and self._masked[max(0, group.start - 4):group.start].lower() == "the ":
            return  # "the Quezon City government": the description names the body; the place only qualifies it
        entity = self._match_entity(group)
        if entity is None:
            entity = Entity(len(self.entities), group.display, group.kind, group.gender,
                            tuple(word.lower() for word in group.name))
            self.entities.append(entity)
            self._by_tokens.setdefault(entity.tokens, entity)
        if not self._given_name_of_kin(group, entity) and ((entity.kind == "unknown" and group.kind != "unknown") or (
                entity.kind == "person" and entity.gender is None and group.kind in ("organization", "government"))):
            entity.kind = group.kind  # "Tamil Nadu" seen before as two capitalised words, now owning an office
        if entity.gender is None:
            entity.gender = group.gender
        if entity.kind == "person" and not any(word.lower() in HONORIFIC_GENDER for word in group.title):
            self._gender_from_kin(group, entity)
        entity.descriptors.update(group.descriptors)
        entity.origins.update(stem(word) for word in group.title if is_nationality(word))
        position = token_index.get(group.start)
        if position is not None:
            entity.descriptors.update(role_words_before(self._tokens, position, self._masked))
            entity.origins.update(nationalities_before(self._tokens, position, self._masked))
        if group.kind == "organization":
            entity.descriptors.update(intro_nouns(self._masked, group.start))
            part = _PART_OF_BODY.search(self._masked, max(0, group.start - 40), group.start)
            if part is not None:  # "The five-member board of the Central Bank of Chile": "the board" is the bank
                entity.descriptors.add(part.group(1).lower())
        if group.nickname is not None:
            self._by_tokens.setdefault((self._text[group.nickname[0]:group.nickname[1]].lower(),), entity)
        self._learn_apposition(group, entity)
        self._learn_named_kin(group, entity)
        self._add(Mention(group.start, group.end, "name", self._text[group.start:group.end], entity))

    def _in_byline(self, group: NameGroup) -> bool:
        """"By Owen Marchbanks | Feb. 7, 2025", a writer's name alone on a line: the reporter, never a speaker
        nor someone a later "she" or "the barrister" can mean."""
        _, index = self._locate(group.start)
        if not self._paragraphs or index >= len(self._paragraphs):
            return False
        paragraph = self._paragraphs[index]
        if group.start - paragraph.start >= 10 or paragraph.end - paragraph.start >= 120:
            return False
        return _is_byline(self._masked[paragraph.start:paragraph.end])

    def _in_title_case_headline(self, group: NameGroup) -> bool:
        """"Castellanos Barnstorms Houston in Final Week": a headline in title case runs every word together
        into what looks like one long name; the body names people properly."""
        _, index = self._locate(group.start)
        if len(group.name) < 3 or not self._paragraphs or index >= len(self._paragraphs):
            return False
        paragraph = self._paragraphs[index]
        if paragraph.end - paragraph.start > 250:  # a headline is short; never split a long paragraph per name
            return False
        words = [word for word in self._masked[paragraph.start:paragraph.end].split() if word[:1].isalpha()]
        long_words = [word for word in words if len(word) > 3]
        if len(words) > 25 or len(long_words) < 4 or self._masked[paragraph.end - 1:paragraph.end] in ".”\"":
            return False
        capitalised = sum(1 for word in long_words if word[:1].isupper())
        return capitalised >= 0.75 * len(long_words) and len(group.name) > 2

    def _read_birth_name(self, group: NameGroup) -> bool:
        """"Born Orla Bríd Mulcahy in 1933, she …": another name for someone already introduced, never a new
        speaker — the article keeps calling her by the name it introduced."""
        if not _BIRTH_NAME.search(self._masked, max(0, group.start - 12), group.start) or group.kind == "organization":
            return False
        given = group.name[0].lower()
        entity = self._most_recent(lambda known: known.kind == "person" and known.tokens[0] == given) \
            or self._most_recent(lambda known: known.kind == "person" and known.gender in (None, group.gender))
        if entity is None:
            return False
        self._by_tokens.setdefault(tuple(word.lower() for word in group.name), entity)
        self._add(Mention(group.start, group.end, "name", self._text[group.start:group.end], entity))
        return True

    def _match_entity(self, group: NameGroup) -> Entity | None:
        wanted = tuple(word.lower() for word in group.name)
        if group.title and group.kind == "person":
            # "Bishop Lane" after "Bishop Lane Insurance", "Cardinal Crest" after "Cardinal Crest Health": the
            # short name of a body met before, not a bishop called Lane
            whole = tuple(word.lower() for word in [*group.title, *group.name])
            body = self._most_recent(lambda entity: entity.kind in ("organization", "government")
                                     and entity.tokens[:len(whole)] == whole and len(entity.tokens) > len(whole))
            if body is not None:
                return body
        exact = self._by_tokens.get(wanted)
        best: Entity | None = None
        people: list[Entity] = []
        for entity in reversed(self.entities[-LOOKBACK:]):
            if entity.tokens == wanted:
                return entity
            if entity.kind in ("person", "unknown") and group.kind in ("person", "unknown"):
                if same_person(wanted, entity.tokens):
                    people.append(entity)
            elif best is None and not people and (_acronym_of(wanted, entity) or (
                    entity.kind in ("organization", "government") and len(wanted) < len(entity.tokens)
                    and (entity.tokens[:len(wanted)] == wanted
                         or (len(wanted) == 1 and wanted[0] in ORG_HEADS and entity.tokens[-1] == wanted[0])))):
                # "the NCA", "Imvula", and "the Directorate" after "the Flood Relief Directorate"
                best = entity
        if group.gender is not None and any(entity.gender in (None, group.gender) for entity in people):
            # "Mr Marsh" after Gwen and Tom Marsh, "Ms Lim" after two men and a woman whose name gives no gender:
            # the honorific rules out the others
            matching = [entity for entity in people if entity.gender == group.gender]
            people = matching or [entity for entity in people if entity.gender is None]
        people = self._by_generation(group, people)
        if people:
            # "Kettering" after Orla, Eamon and Cormac Kettering: the one the story is about (most mentioned)
            # (by names, ties to whoever the story introduced first)
            best = max(people, key=lambda entity: (self._salience.get(entity.key, 0), -entity.key))
        if best is None and exact is None and len(wanted) > 1 and group.kind == "person":
            best = self._short_form(wanted)
        elif best is None and exact is None and len(wanted) > 1 and group.kind == "organization":
            # "Nordvaart" in the headline, "Nordvaart Shipping" in the first paragraph: one company
            best = next((entity for entity in reversed(self.entities[-LOOKBACK:]) if entity.kind == "unknown"
                         and len(entity.tokens) == 1 and entity.tokens[0] == wanted[0]), None)
        if best is None:
            return exact
        if len(wanted) > len(best.tokens):
            best.kind = group.kind if best.kind == "unknown" else best.kind
            best.name = group.display
            best.tokens = wanted
            self._by_tokens[wanted] = best
        return best

    def _short_form(self, wanted: tuple[str, ...]) -> Entity | None:
        """A headline's "Okoro-Whitfield" or "Margaret" before the story names "Desmond Okoro-Whitfield" or
        "Margaret Tully": the first full name adopts the earlier short form."""
        for entity in reversed(self.entities[-LOOKBACK:]):
            if entity.kind in ("person", "unknown") and len(entity.tokens) == 1 and \
                    (entity.tokens[0] == wanted[-1] or (entity.tokens[0] == wanted[0] and (
                        wanted[0] in FIRST_NAMES or self._only_in_headlines(entity)))):
                return entity
        return None

    def _only_in_headlines(self, entity: Entity) -> bool:
        """"Zeeshan spins Ravens into final" before "Zeeshan Ali Rana": a headline's short name — not the
        country "Georgia" that spoke in the body before "Georgia Whitcombe" turned up."""
        return entity.key not in self._seen_in_prose

    def _read_nationality(self, group: NameGroup) -> bool:
        """"the Norwegian said" after "Norwegian midfielder Luca Brandvold": the one person of that origin."""
        word = DEMONYMS.get(group.name[0].lower(), group.name[0]).capitalize()
        lead = _DEMONYM_LEAD.search(self._masked, max(0, group.start - 30), group.start)
        if len(group.name) != 1 or group.title or not is_nationality(word) or lead is None:
            return False
        origin = stem(word)
        entity = self._most_recent(lambda known: known.kind == "person" and origin in known.origins)
        start = lead.start()
        if entity is None:
            # "Arsenal manager Mikel Arteta … ¶ the Spaniard added": whoever the story is about, unless that
            # person is known to come from somewhere else
            entity = self._resolve_person_description(group.name[0].lower(), [], {origin}, start)
            if entity is not None:
                entity.origins.add(origin)
            self._add(Mention(start, group.end, "description", self._text[start:group.end], entity,
                              head=group.name[0].lower()))
            return True
        self._add(Mention(start, group.end, "description", self._text[start:group.end], entity,
                          head=group.name[0].lower()))
        return True

    def _learn_apposition(self, group: NameGroup, entity: Entity) -> None:
        """"Chile's foreign minister, Valentina Rojas," and "Hannah Lee, a logistics analyst," teach roles."""
        before = self._masked[max(0, group.start - 80):group.start]
        if entity.kind in ("organization", "government"):
            self._learn_body_apposition(group, entity, before)
            return
        if before.endswith(", "):
            chunk = re.split(r"[,.;:!?()\n]|\b(?:and|but|that)\b", before[:-2])[-1].strip()
            words = [w.lower().strip("’'") for w in chunk.split()]
            if any(word in PERSON_ROLE_NOUNS for word in words[-4:]):
                entity.descriptors.update(stem(w) for w in words if w not in DETERMINERS)
            elif words and words[0].endswith("ing") and _COURT_SIDES & set(words):
                # "Opening the prosecution case at Bristol crown court, Nadia Qureshi-Fenton KC told jurors"
                entity.descriptors.update(stem(w) for w in _COURT_SIDES & set(words))
        after = self._masked[group.end:group.end + 90]
        age = _AGE_APPOSITION.match(after)
        if age is not None:  # "Kwame Adeyemi-Boateng, 24," is "the 24-year-old"
            entity.descriptors.add(stem(f"{age.group(1)}-year-old"))
        if after.startswith(", "):
            chunk = re.split(r"[,.;:!?()\n]|\bwho\b", after[2:])[0].strip()
            words = [w.lower() for w in chunk.split()][:7]
            # "Led … by counsel Janet Chelimo, the witness said": a clause with its own verb is no apposition
            if any(word in SPEECH_VERBS for word in words):
                words = []
            if any(w in PERSON_ROLE_NOUNS or w in _ROLE_PARTICIPLES for w in words[:4]):
                entity.descriptors.update(stem(w) for w in words if w not in DETERMINERS)
        if entity.gender is None:
            entity.gender = _relative_clause_gender(after)

    def _learn_body_apposition(self, group: NameGroup, entity: Entity, before: str) -> None:
        """"Hearthwise Ireland, a housing charity," and "A coalition of civil society groups, Citizens' Ballot
        Watch," teach what "the charity" and "the group" will mean."""
        chunks: list[str] = []
        if before.endswith(", "):
            chunks.append(re.split(r"[.;:!?()\n]|\b(?:and|but|that)\b", before[:-2])[-1])
        after = self._masked[group.end:group.end + 80]
        if after.startswith(", "):
            chunks.append(re.split(r"[,.;:!?()\n]|\b(?:which|that|who)\b", after[2:])[0])
        for chunk in chunks:
            words = [word.lower().strip("’'") for word in chunk.split()]
            if not words or words[0] not in ("a", "an", "the") or len(words) > 7:
                continue
            nouns = {word[:-1] if word.endswith("s") and word[:-1] in ORG_INTRO_NOUNS else word for word in words}
            for noun in nouns & ORG_INTRO_NOUNS:
                entity.descriptors.update(noun_family(noun))

    def _read_description(self, match: re.Match[str]) -> None:
        head = match.group("head").lower()
        determiner = match.group("det").lower()
        if determiner in ("that", "this"):
            determiner = "the"  # "That report found …": the report met before
        raw_modifiers = match.group("mods").split()
        modifiers = [w.lower().strip("’'.") for w in raw_modifiers]
        origins = {stem(w) for w in raw_modifiers if is_nationality(w)}
        start, end = match.start(), match.end()
        entity: Entity | None = None
        follow = re.match(r",?\s+([A-Z])", self._masked[end:end + 4])
        if determiner in ("his", "her", "its", "their"):
            # "East Horizon, which … ¶ Its annual report": "its" is a body, never the last woman named
            owner = self.body_in_focus(start) if determiner in ("its", "their") else self._pronoun_owner(determiner,
                                                                                                         start)
            if owner is not None:
                self._add(Mention(start, start + len(determiner), "pronoun", determiner, owner))
            if follow is None:
                self._add(Mention(start, end, "description", self._text[start:end], None, head=head))
            return
        if follow is not None:
            return  # "the poet Aaron Fisk": the name that follows is the mention
        if head in ORG_INTRO_NOUNS and determiner == "the" and not modifiers and head != "city":
            entity = self._introduced_as(head)
            if entity is not None:  # "the paper" after "the state daily Glas Ostravije"
                self._add(Mention(start, end, "description", self._text[start:end], entity, head=head))
                return
        if head in PERSON_ROLE_NOUNS or head in SPOKES_NOUNS or AGE_HEAD.fullmatch(head):
            entity = self._unnamed_again(head, start) or self._resolve_person_description(head, modifiers, origins,
                                                                                           start)
        elif head in ORG_ROLE_NOUNS and determiner == "the" and head in _GOVERNING_BODIES \
                and (of_place := _OF_PLACE.match(self._masked, end)) is not None:
            # "The provincial government of Salta said": that government, not the last government named
            entity = self._body_named(" ".join([*raw_modifiers, match.group("head"), "of", of_place.group(1)]), head)
        elif head in ORG_ROLE_NOUNS:
            proper = [word.lower() for word in raw_modifiers if not is_nationality(word)] \
                if raw_modifiers and all(_PROPER_WORD.fullmatch(word) for word in raw_modifiers) else []
            entity = self._resolve_org_description(head, origins)
            if proper and (entity is None or not (set(proper) <= set(entity.tokens) and (
                    head in entity.tokens or head in entity.descriptors or stem(head) in entity.descriptors))):
                # "the Quezon City government" is that government, not the city's engineers
                entity = self._body_named(" ".join([*raw_modifiers, match.group("head")]), head)
        elif head in DOCUMENT_NOUNS and determiner == "the" and (modifiers == [] or head not in ISSUED_DOCUMENTS
                                                                 or modifiers[-1] in _ISSUER_NEUTRAL):
            entity = document_issuer(self, head, start) if head in ISSUED_DOCUMENTS else document_author(self, head,
                                                                                                         start)
            if entity is not None:
                self._add(Mention(start, end, "description", self._text[start:end], entity, head=head))
                return
        if entity is not None:
            entity.descriptors.update(stem(word) for word in [*modifiers, head])
            entity.origins.update(origins)
        self._add(Mention(start, end, "description", self._text[start:end], entity, head=head))

    def _read_pronoun(self, match: re.Match[str]) -> None:
        word = match.group("word").lower()
        if any(m.start <= match.start() < m.end for m in self.mentions[-3:]):
            return
        entity = self._teller_not_relative(self._pronoun_owner(word, match.start()), match.start())
        self._add(Mention(match.start(), match.end(), "pronoun", match.group(), entity))

    def _mark_subjects(self) -> None:
        for mention in self.mentions:
            mention.subject = self._is_subject(mention)

    # ----- queries ------------------------------------------------------------------------------------
    def mentions_overlapping(self, start: int, end: int) -> list[Mention]:
        """Like `mentions_in`, plus a mention that starts before `start` but reaches into it ("Mrs Ashdown")."""
        index = bisect_left(self._mention_starts, start)
        found = self.mentions_in(start, end)
        if index > 0 and self.mentions[index - 1].end > start:
            found.insert(0, self.mentions[index - 1])
        return found

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

    def find_entity(self, name: str) -> Entity | None:
        wanted = tuple(name.lower().split())
        for entity in reversed(self.entities[-LOOKBACK:]):
            if entity.tokens[:len(wanted)] == wanted or entity.tokens[-len(wanted):] == wanted:
                return entity
        return None

    def match_signature(self, name: str) -> Entity | None:
        """Embedded-post signatures spell names their own way ("Zelenskyy"); match them loosely."""
        lowered = name.lower()
        best: tuple[float, Entity] | None = None
        for entity in self.entities[-LOOKBACK:]:
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



    def resolve_phrase(self, start: int, end: int) -> SpeakerGuess | None:
        """Turn the subject phrase an attribution found into a speaker."""
        return resolve_phrase(self, start, end)

    @property
    def text(self) -> str:
        return self._text

    @property
    def masked(self) -> str:
        return self._masked

    def in_lede(self, offset: int) -> bool:
        """The first paragraph long enough to be prose, after the headline, standfirst and byline."""
        if self._lede_paragraph is None:
            self._lede_paragraph = next((candidate.index for candidate in self._paragraphs
                                         if len(self._masked[candidate.start:candidate.end].split()) >= 25), -1)
        return self._locate(offset)[1] == self._lede_paragraph

    def sentence_of(self, offset: int) -> Sentence:
        return self._sentences[self._locate(offset)[0]]

    def after_preposition(self, start: int) -> bool:
        return self._after_preposition(start)



def _is_byline(line: str) -> bool:
    """"By Owen Marchbanks | Feb. 7, 2025", "Marese Dineen, Southern Correspondent": a name, then at most
    capitalised words and dates — but not "By 9pm Anna Lee was on her feet" nor "By then …"."""
    words = line.split()
    if not words or len(words) > 14:
        return False
    if words[0] in ("By", "by", "BY"):
        return len(words) >= 3 and words[1][:1].isupper() and words[2][:1].isupper() and not words[1][:1].isdigit()
    parts = _BYLINE_SEPARATORS.split(line.strip())
    name = parts[0].split()
    if not 1 <= len(name) <= 4 or not all(word[:1].isupper() for word in name):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() for part in parts[1:] for word in part.split())


_RELATIVE_GENDER = re.compile(
    r"(?:\s+(?:at|in|from|of|on|near|outside)\b[^,.;]{0,40})?,\s+who\b[^.;,]*?"
    r"(?<!\bwith )(?<!\bfor )(?<!\bto )(?<!\bby )(?<!\bfrom )"
    r"\b(his|her)\b(?!\s+(?:until|when|and|for|in|on|at|as|since)\b)")


def _relative_clause_gender(after: str) -> str | None:
    """"…, who lost her husband", "Another evacuee at the shelter, who declined to give his name" — but not
    "…, who worked with her": an object is someone else."""
    relative = _RELATIVE_GENDER.match(after)
    if relative is None:
        return None
    return "m" if relative.group(1) == "his" else "f"


def _acronym_of(wanted: tuple[str, ...], entity: Entity) -> bool:
    """"the NCA" after "the National Competition Authority": initials of the body's capitalised words."""
    if len(wanted) != 1 or len(wanted[0]) < 2 or entity.kind not in ("organization", "government"):
        return False
    initials = "".join(token[0] for token in entity.tokens if token not in ("of", "for", "the", "and", "&"))
    return len(initials) > 1 and initials == wanted[0]


__all__ = ["ArticleCast", "Entity", "Mention", "SpeakerGuess", "Token"]
