"""Who a role or a body noun means: "the minister", "the former municipal manager", "the company", "the
Quezon City government", read against the people and bodies an article has met (or is about to introduce)."""

from __future__ import annotations

from bisect import bisect_right

from .cast_reading import CastReading
from .cast_types import LOOKBACK, Entity, clashes, stem
from .lexicon import CLUB_HEADS, CORPORATE_HEADS, FIRM_NOUNS, ORG_ROLE_NOUNS, ROLE_SYNONYMS, SPOKES_NOUNS
from .mentions import EntityKind
from .name_context import noun_family
from .speaker_phrase import GOVERNMENT_NOUNS

_PROSECUTION_MARKS = frozenset(stem(word) for word in ["prosecution", "prosecuting", "prosecutor"])
_DEFENCE_MARKS = frozenset(stem(word) for word in ["defense", "defence", "defending"])
_COUNSEL_NOUNS = frozenset(stem(word) for word in ["lawyer", "attorney", "counsel", "barrister", "solicitor"])
_PARTY_HEADS = frozenset(["party", "congress", "alliance", "front", "movement", "league", "coalition", "caucus"])
_CLUB_HEADS = CLUB_HEADS | {"county", "celtic"}
_TEAM_NOUNS = frozenset(["club", "team", "side"])
_FAMILY_HEADS = frozenset(["hospital", "clinic", "infirmary"])
_RANK_QUALIFIERS = frozenset(stem(word) for word in ["junior", "deputy", "assistant", "vice", "shadow", "former",
                                                     "acting", "interim", "associate", "under"])



class CastRoles(CastReading):
    """The description lookups of `ArticleCast`, kept apart from its reading pass."""

    entities: list[Entity]
    _by_tokens: dict[tuple[str, ...], Entity]
    _first_cache: tuple[dict[int, int], dict[int, int], int] | None = None
    _body_tokens: tuple[set[str], int] | None = None
    _people_cache: tuple[list[tuple[Entity, frozenset[str]]], int] | None = None

    def _unnamed_again(self, head: str, at: int) -> Entity | None:
        """"An EU diplomat, speaking on condition of anonymity, … ¶ the diplomat told Lumen": the same unnamed
        person, unless someone with that role has been named since."""
        sentence, _ = self._locate(at)
        for mention in reversed(self.mentions[-LOOKBACK:]):
            if sentence - mention.sentence > 8:
                return None
            entity = mention.entity
            if entity is None:
                continue
            if entity.kind == "anonymous" and mention.head == head:
                return entity
            if entity.kind == "person" and mention.kind == "name" \
                    and stem(head) in {stem(word) for word in entity.descriptors}:
                return None
        return None

    def _resolve_person_description(self, head: str, modifiers: list[str], origins: set[str],
                                    at: int) -> Entity | None:
        wanted = {stem(word) for word in modifiers if not word.isdigit()}
        wanted.update(stem(word) for word in ROLE_SYNONYMS.get(head, (head,)))
        wanted.add(stem(head))
        best: tuple[int, int, Entity] | None = None
        seen: set[int] = set()
        for mention in reversed(self.mentions[-LOOKBACK:]):
            entity = mention.entity
            if entity is None or entity.kind != "person" or entity.key in seen:
                continue
            seen.add(entity.key)
            if clashes(origins, entity):
                continue
            known = {stem(word) for word in entity.descriptors}
            overlap = len(wanted & known)
            # "the minister" is the minister, not "the junior finance minister": unasked-for rank words count against
            extra = len((known & _RANK_QUALIFIERS) - wanted)
            if overlap and (best is None or (overlap, -extra) > best[:2]):
                best = (overlap, -extra, entity)
        if best is not None:
            return best[2]
        if head in SPOKES_NOUNS:  # "the spokesperson said" with no spokesperson named: the body they speak for
            return self._most_recent(lambda entity: entity.kind in ("organization", "government"))
        # Whoever the paragraph, or else the story, is about — never someone named only as an object
        # ("Asked by the lead prosecutor, Nadia Okonkwo-Hale, …, the witness said").
        _, paragraph = self._locate(at)
        candidates = [mention for mention in self.mentions[-LOOKBACK:] if mention.entity is not None
                      and mention.entity.kind == "person" and not clashes(origins, mention.entity)
                      and not (mention.kind == "name" and self._after_preposition(mention.start))]
        for mention in candidates:
            if mention.paragraph == paragraph:
                return mention.entity
        return candidates[-1].entity if candidates else None

    def _resolve_org_description(self, head: str, origins: set[str], before: int | None = None) -> Entity | None:
        if head == "party":  # "the opposition Progressive Peoples Congress … the party said"
            party = self._most_recent(lambda entity: entity.kind == "organization" and bool(entity.tokens)
                                      and entity.tokens[-1] in _PARTY_HEADS, before)
            if party is not None:
                return party
        if head in ("city", "club", "team", "side"):
            # "the city" is the City of Millhaven rather than its council; "the club" the team the story is about
            found = self._most_recent(lambda entity: entity.kind in ("organization", "government")
                                      and bool(entity.tokens) and (
                                          (head == "city" and entity.tokens[:2] == ("city", "of"))
                                          or (head != "city" and (entity.tokens[-1] in _CLUB_HEADS
                                                                  or bool(entity.descriptors & _TEAM_NOUNS)))), before)
            if found is not None:
                return found
        for mention in reversed(self._window_before(before)):
            entity = mention.entity
            if entity is not None and entity.kind == "unknown" and len(entity.tokens) >= 2 \
                    and entity.tokens[-1] == head:
                return entity  # "the county" after "Kessler County", "the regulator" after "Energy Consumer Regulator"
            if entity is None or entity.kind not in ("organization", "government"):
                continue
            if origins and not origins & ({stem(t) for t in entity.tokens} | entity.origins):
                continue
            if head in entity.tokens or head in entity.descriptors or stem(head) in entity.descriptors \
                    or (head in _FAMILY_HEADS and noun_family(head) & set(entity.tokens)):
                return entity  # "the hospital" after "Ouachita Ridge Regional Medical Center"
        if origins:
            return None
        if head in FIRM_NOUNS:
            # a firm, rather than the council or the charity that happens to be named last
            return self._most_recent(lambda entity: entity.kind == "organization" and bool(entity.tokens)
                                     and (entity.tokens[-1] in CORPORATE_HEADS or "company" in entity.descriptors),
                                     before) \
                or self._most_recent(lambda entity: entity.kind == "organization", before)
        if head == "cabinet":  # a council's cabinet, in a story about a council
            council = self._most_recent(lambda entity: entity.kind in ("organization", "government")
                                        and "council" in entity.tokens, before)
            if council is not None:
                return council
        if head in GOVERNMENT_NOUNS:
            return self._most_recent(lambda entity: entity.kind == "government", before)
        # "The National Competition Authority said … The regulator added": the body that just spoke
        if before is not None:
            return self.body_in_focus(before)
        return self.body_in_focus(self._mention_starts[-1] + 1 if self._mention_starts else 0)

    def _body_named(self, name: str, head: str) -> Entity:
        tokens = tuple(word.lower() for word in name.split())
        known = self._by_tokens.get(tokens)
        if known is not None:
            return known
        kind: EntityKind = "government" if head in GOVERNMENT_NOUNS else "organization"
        entity = Entity(len(self.entities), name, kind, None, tokens)
        self.entities.append(entity)
        self._by_tokens[tokens] = entity
        return entity

    def _introduced_as(self, head: str) -> Entity | None:
        family = noun_family(head)
        return self._most_recent(lambda entity: entity.kind in ("organization", "government")
                                 and bool(family & (entity.descriptors | set(entity.tokens))))

    def person_in_role(self, head: str, modifiers: list[str], at: int, strict_only: bool = False) -> Entity | None:
        """The person an undetermined role phrase means ("Ontario's Opposition leader", "Former municipal
        manager"): someone met before with those role words, else someone the next paragraphs introduce with
        them, as ledes do ("… ¶ Opposition Leader Sandra Whitecloud said …")."""
        # "The Port Avon boss" after "Port Avon manager Ciarán Breslin": a body's name among the modifiers says
        # where the person works, and "boss" may be written "manager"
        affiliation = self._affiliation(modifiers)
        roles = {stem(word) for word in ROLE_SYNONYMS.get(head, ())} | {stem(head)}
        wanted = {stem(word) for word in modifiers if not word.isdigit() and word not in affiliation}
        best: tuple[int, Entity] | None = None
        first_named, _ = self._first_mentions()
        for entity, known in self._people_with_roles():
            if not wanted <= known or not roles & known:
                continue
            if affiliation and not self._introduced_with(entity, affiliation):
                continue
            first = first_named.get(entity.key)
            if first is not None and first <= at + 2500 and (best is None or abs(first - at) < best[0]):
                best = (abs(first - at), entity)
        if best is not None or strict_only:
            return best[1] if best is not None else None
        # "The former municipal manager … told a commission …" ¶ "Sibusiso Khumalo, who was …, was giving
        # evidence": a lede's role is the next person the story introduces as a subject
        _, first_seen = self._first_mentions()
        for mention in self.mentions[bisect_right(self._mention_starts, at):]:
            if mention.start > at + 1500:
                break
            introduced = mention.entity
            if mention.kind == "name" and introduced is not None and introduced.kind == "person" \
                    and mention.subject and first_seen.get(introduced.key, at) >= at:
                return introduced
        return None

    def _people_with_roles(self) -> list[tuple[Entity, frozenset[str]]]:
        """Each person who has role words, with those words stemmed: read once, after the reading pass."""
        if self._people_cache is None or self._people_cache[1] != len(self.mentions):
            people = [(entity, frozenset(stem(word) for word in entity.descriptors)) for entity in self.entities
                      if entity.kind == "person" and entity.descriptors]
            self._people_cache = (people, len(self.mentions))
        return self._people_cache[0]

    def _first_mentions(self) -> tuple[dict[int, int], dict[int, int]]:
        """Where each entity is first named, and first mentioned at all: read once, after the reading pass."""
        if self._first_cache is None or self._first_cache[2] != len(self.mentions):
            named: dict[int, int] = {}
            seen: dict[int, int] = {}
            for mention in self.mentions:
                if mention.entity is None:
                    continue
                seen.setdefault(mention.entity.key, mention.start)
                if mention.kind == "name":
                    named.setdefault(mention.entity.key, mention.start)
            self._first_cache = (named, seen, len(self.mentions))
        return self._first_cache[0], self._first_cache[1]

    def counsel_for(self, side: str, at: int) -> Entity | None:
        """"the defense argued", "the prosecution said": the lawyer acting for that side, as the story
        introduced them ("defense attorney …", "prosecuting", or for the defence "his lawyer, …")."""
        marks = _PROSECUTION_MARKS if side == "prosecution" else _DEFENCE_MARKS
        marked = self._most_recent(lambda entity: entity.kind == "person"
                                   and bool({stem(word) for word in entity.descriptors} & marks), at)
        if marked is not None or side == "prosecution":
            return marked
        return self._most_recent(lambda entity: entity.kind == "person" and bool(
            {stem(word) for word in entity.descriptors} & _COUNSEL_NOUNS)
            and not {stem(word) for word in entity.descriptors} & _PROSECUTION_MARKS, at)

    def _affiliation(self, modifiers: list[str]) -> list[str]:
        """The modifiers of a role that name a body ("the Lanterns captain", "the Port Avon boss")."""
        if not modifiers:
            return []
        if self._body_tokens is None or self._body_tokens[1] != len(self.entities):
            bodies = {token for entity in self.entities if entity.kind in ("organization", "government")
                      for token in entity.tokens}
            self._body_tokens = (bodies, len(self.entities))
        return [word for word in modifiers if word in self._body_tokens[0]]

    def _introduced_with(self, entity: Entity, affiliation: list[str]) -> bool:
        first = self._first_mentions()[0].get(entity.key)
        return first is not None and all(word in self._masked[max(0, first - 50):first].lower()
                                          for word in affiliation)

    def org_described_as(self, head: str, at: int) -> Entity | None:
        """The body "the ministry" or "the district" means at `at` ("the ministry's statement", "the district's
        latest report"): one whose name has that word, else one a description with that noun fits."""
        named = self._most_recent(lambda entity: entity.kind in ("organization", "government")
                                  and head in entity.tokens, at) \
            or self._most_recent(lambda entity: entity.kind == "unknown" and len(entity.tokens) >= 2
                                 and entity.tokens[-1] == head, at)  # "the Santa Cruz Valley … Power District"
        if named is not None or head not in ORG_ROLE_NOUNS:
            return named
        return self._resolve_org_description(head, set(), at)
