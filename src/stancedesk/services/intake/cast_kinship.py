"""Relatives in an article: "her younger brother Tom Marsh", "Mr Oduya's mother, Patience,", "the elder
Fonoti" — who a kin noun names, what it says of gender and generation, and what it makes of the relative's
name and of a "she says" told about them."""

from __future__ import annotations

import re

from .cast_roles import CastRoles
from .cast_types import LOOKBACK, Entity
from .lexicon import ANONYMOUS_GENDER, KIN_WORDS
from .mentions import NameGroup

_KIN_NOUNS = r"(?P<kin>" + KIN_WORDS + ")"
_KIN_APPOSITION = re.compile(r"(?:['’]s?|\b(?P<det>[Hh]is|[Hh]er))\s+(?:late\s+|elder\s+|younger\s+)?" + _KIN_NOUNS
                             + r",\s+$")
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][\w\-]*['’]s?|[a-z]+s['’])\s+"
                         r"(?:(?:late|elder|older|younger|twin|eldest|youngest)\s+)?" + _KIN_NOUNS
                         + r",?\s+(?:[a-z][\w\-]*\s+){0,2}$")
_ELDER_OR_YOUNGER = re.compile(r"\b[Tt]he\s+(elder|younger)\s+$")
_GENERATION = {"father": 1, "mother": 1, "grandfather": 1, "grandmother": 1, "son": -1, "daughter": -1}
_KIN_NAMED = re.compile(r"\b(?P<det>[Hh]is|[Hh]er)\s+(?:(?:late|elder|older|younger|twin|eldest|youngest)\s+)?"
                        + _KIN_NOUNS + r",?\s+$")
_KIN_AFTER = re.compile(r",\s+(?:his|her|their|[A-Z][\w\-]*['’]s?)\s+(?:(?:late|elder|older|younger|twin)\s+)?"
                        + _KIN_NOUNS + r"\b")
_PARENTHETICAL_REPORT = re.compile(r", (?:he|she|He|She) (?:says|said|recalls|recalled|adds|added|admits|admitted)\b")
PREPOSED_APPOSITION = re.compile(r"[^,.;:!?\n]{0,30},\s+(?:he|she)\b")
KIN_MODIFIERS = frozenset(["younger", "elder", "older", "late", "twin", "eldest", "youngest", "little", "big"])
_KIN_PAIRS = {"brother": ("brother", "sister"), "sister": ("brother", "sister"), "son": ("father", "mother"),
              "daughter": ("father", "mother"), "father": ("son", "daughter"), "mother": ("son", "daughter"),
              "husband": ("husband", "wife"), "wife": ("husband", "wife")}


class CastKinship(CastRoles):
    """The kinship readings of `ArticleCast`, kept apart from its reading pass."""

    _masked: str
    _by_tokens: dict[tuple[str, ...], Entity]
    _kin: dict[tuple[int, str], Entity]
    _kin_pending: tuple[int, int, str] | None
    _generation: dict[int, int]
    _kin_owner: dict[int, Entity]

    def _given_name_of_kin(self, group: NameGroup, entity: Entity) -> bool:
        """"Mr Oduya's mother, Patience, said", "His father, Greg, a retired schoolteacher,": a given name alone,
        made a person by the kin noun before it, and given the family's name."""
        if len(group.name) != 1 or not self._masked.startswith(",", group.end) \
                or entity.kind not in ("unknown", "person") or len(entity.tokens) != 1:
            return False
        kin = _KIN_APPOSITION.search(self._masked, max(0, group.start - 40), group.start)
        if kin is None:
            return False
        entity.kind = "person"
        entity.gender = ANONYMOUS_GENDER.get(kin.group("kin")) or entity.gender
        self._take_family_name(entity, kin)
        return True

    def _gender_from_kin(self, group: NameGroup, entity: Entity) -> None:
        """"his father, founder Lim Boon Hock", "Tan Siew Mei, his sister,": a kin noun gives the gender a name
        cannot ("Tan" leads Chinese names as a surname, though the lists know it as a given name)."""
        related = _KIN_BEFORE.search(self._masked, max(0, group.start - 50), group.start) \
            or _KIN_AFTER.match(self._masked, group.end)
        if related is not None:
            entity.gender = ANONYMOUS_GENDER.get(related.group("kin"), entity.gender)
            if related.re is _KIN_BEFORE:
                self._generation[entity.key] = _GENERATION.get(related.group("kin"), 0)

    def _learn_named_kin(self, group: NameGroup, entity: Entity) -> None:
        """"accused her younger brother Tom Marsh": a later "her brother" is Tom, and "his sister" is she."""
        named_kin = _KIN_NAMED.search(self._masked, max(0, group.start - 40), group.start)
        if named_kin is not None and entity.kind == "person":
            owner = self._pronoun_owner(named_kin.group("det").lower(), named_kin.start())
            if owner is not None and owner is not entity:
                self._kin_pending = (group.start, owner.key, named_kin.group("kin"))
        if self._kin_pending is None or not 0 <= group.start - self._kin_pending[0] <= 3:
            return
        owner_key, head = self._kin_pending[1:]
        self._kin[(owner_key, head)] = entity
        self._kin_pending = None
        owner = next((known for known in reversed(self.entities[-LOOKBACK:]) if known.key == owner_key), None)
        reverse = _reverse_kin(head, owner.gender) if owner is not None else None
        if owner is not None and reverse is not None:
            self._kin.setdefault((entity.key, reverse), owner)  # her brother Tom: Tom's sister is her

    def _take_family_name(self, entity: Entity, kin: re.Match[str]) -> None:
        if kin.group("det"):
            owner = self._pronoun_owner(kin.group("det").lower(), kin.start())
        else:
            owner_mention = next((m for m in reversed(self.mentions[-3:]) if abs(m.end - kin.start()) <= 2), None)
            owner = owner_mention.entity if owner_mention is not None else None
        if owner is None or owner.kind != "person" or len(owner.tokens) < 2 or owner is entity:
            return
        surname = owner.name.split()[-1]
        entity.name = f"{entity.name} {surname}"
        entity.tokens = (*entity.tokens, surname.lower())
        self._by_tokens.setdefault(entity.tokens, entity)

    def _by_generation(self, group: NameGroup, people: list[Entity]) -> list[Entity]:
        """"the elder Fonoti", "the elder Mr Lim": the one introduced as a parent (or as a child)."""
        elder = _ELDER_OR_YOUNGER.search(self._masked, max(0, group.start - 16), group.start)
        if elder is None or len(people) < 2:
            return people
        wanted_generation = 1 if elder.group(1).lower() == "elder" else -1
        ranked = [entity for entity in people if self._generation.get(entity.key, 0) == wanted_generation]
        return ranked or people

    def _teller_not_relative(self, entity: Entity | None, at: int) -> Entity | None:
        """"Her mother, now 81, still cries at the airport, she says.": the one telling it, not the mother."""
        if entity is not None and entity.key in self._kin_owner and _PARENTHETICAL_REPORT.match(self._masked, at - 2):
            return self._kin_owner[entity.key]
        return entity


def _reverse_kin(head: str, owner_gender: str | None) -> str | None:
    """What the owner is to their relative: "her brother" makes her his sister."""
    pair = _KIN_PAIRS.get(head)
    if pair is None or owner_gender is None:
        return None
    return pair[0] if owner_gender == "m" else pair[1]
