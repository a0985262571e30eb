"""Turns the subject phrase an attribution found into a speaker, or into an honest "nobody we can name"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cast_types import Entity, Mention, SpeakerGuess, public_kind, strip_determiner
from .lexicon import (
    ANONYMOUS_HEADS,
    CAPITALISED_STOPWORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    SPOKES_NOUNS,
)

if TYPE_CHECKING:
    from .speaker_resolution import ArticleCast

GOVERNMENT_NOUNS = frozenset(["government", "kremlin", "ministry", "administration", "presidency", "cabinet"])
_SPOKES = re.compile(r"(?i:^(?:an?|one|the)\s+(?:[\w\-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|"
                     r"representative)\s+(?:for|of|at|from|with)\s+"
                     r"(?:the\s+)?(?P<org>.+)$)")
# "a Kremlin spokesman", "a council spokesperson" — but "the palace spokesman" is someone the article named
_POSSESSIVE_SPOKES = re.compile(r"^(?:[Aa]n?\s+)?(?P<org>(?!(?:The|An?)\b)[A-Z][\w.\-&]*(?:\s+[A-Z][\w.\-&]*)*"
                                r"(?:['’]s)?"
                                r"|(?<=[Aa] )(?:"
                                + "|".join(sorted(ORG_ROLE_NOUNS, key=len, reverse=True)) + r"))\s+"
                                r"(?i:spokesman|spokeswoman|spokesperson|representative)$")
_DOCUMENTS = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
_DOCUMENT_FROM = re.compile(r"^(?:(?i:an?|the|its|their|one)\s+)?(?:[\w\-]+\s+){0,2}?(?i:" + _DOCUMENTS + r")\s+"
                            r"(?:(?:issued|released|published|sent|signed|commissioned|prepared|written)\s+"
                            r"(?:[\w\-]+\s+){0,3}?)?(?:from|by)\s+(?P<owner>.+)$")
_OWNERS_DOCUMENT = re.compile(r"^(?P<owner>[^’']+?)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:" + _DOCUMENTS + r")$")
_ROLE_PHRASE = re.compile(r"^(?:(?:[Tt]he|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*['’]s?)\s+)?(?P<mods>(?:[\w\-]+\s+){0,3}?)"
                          r"(?P<head>(?i:" + "|".join(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True)) + r"))$")
_ROLE_OF = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?P<mods>(?:[\w\-]+\s+){0,3}?)(?P<head>(?i:"
                      + "|".join(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True))
                      + r"))\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'\-.&]*(?:\s+[A-Z][\w’'\-.&]*){0,5}$")
_BODYS_ROLE = re.compile(r"^(?:[Ii]ts|[Tt]heir)\s+(?P<mods>(?:[\w\-]+\s+){0,2}?)(?P<head>(?i:"
                         + "|".join(sorted(PERSON_ROLE_NOUNS - {"spokesman", "spokeswoman", "spokesperson"},
                                           key=len, reverse=True)) + r"))$")
_TRAILING_TIME = re.compile(r"\s+(?:(?:in|on|last|this|earlier)\s+(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday|week|month|year)|yesterday|today)$")
_COURT_SIDE = re.compile(r"^[Tt]he\s+(defen[cs]e|prosecution)$")
_ROLE_AFTER_NAME = re.compile(r"(?:['’]s?)?[ \t]+(?:(?!(?:the|a|an)\b)[a-z][\w\-]*[ \t]+){0,2}(?i:"
                              + "|".join(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True)) + r")\s*")
_LONE_SPOKES = re.compile(r"^[Aa]n?\s+(?:spokesman|spokeswoman|spokesperson)$")
_DEFINITE_PLURAL_ROLE = re.compile(r"^[Tt]he\s+(?:study's\s+|paper's\s+)?"
                                   r"(?P<role>researcher|author|scientist|investigator)s$")
_LED_BY = re.compile(r"\b(?:researchers|authors|scientists|team|study|trial)\b[^.;!?]{0,60}?\bled\s+by\s+")
_POSTMODIFIER = re.compile(r"\s+(?:[a-z]+ing|who|which|that|whose)\b.*$")
_GROUP_SOMEWHERE = re.compile(r"^(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+)?(?:[\w\-]+\s+)?"
                              r"(?P<group>(?i:"
                              + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True))
                              + r"))\s+(?:in|at|from|for|of|with|close\s+to|familiar\s+with)\s+")
_INDEFINITE_DOCUMENT = re.compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}?(?i:" + _DOCUMENTS + r")(?:\s+[a-z].*)?$")
_UNNAMED_HEADS = frozenset(["woman", "man", "girl", "boy", "person", "resident", "neighbour", "neighbor",
                            "passenger", "customer", "shopper", "commuter", "evacuee", "bystander", "onlooker",
                            "motorist", "pedestrian", "villager", "survivor", "eyewitness", "mourner"])
# people a lede describes without ever naming them: sources, officials, witnesses
_UNNAMED_IN_LEDE = frozenset(["official", "source", "spokesman", "spokeswoman", "spokesperson", "diplomat", "insider",
                              "resident", "witness", "expert", "analyst", "observer", "aide", "person", "statement",
                              "report", "study", "survey"])
_INDEFINITE = frozenset(["a", "an", "one", "another", "someone", "somebody"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we", "you"])


def resolve_phrase(cast: ArticleCast, start: int, end: int) -> SpeakerGuess | None:
    text = cast.text
    phrase = " ".join(text[start:end].split()).strip(" ,")
    if not phrase:
        return None
    dated = _TRAILING_TIME.search(text[start:end].rstrip(" ,"))
    if dated is not None and dated.start() > 0:  # "the cabinet in March", "the council last week"
        end = start + dated.start()
        phrase = " ".join(text[start:end].split()).strip(" ,")
    if _INDEFINITE_DOCUMENT.match(phrase):
        # "A 2019 report prepared for the city by Lakehead Hydrotech Engineering, …": read on to its author
        clause_end = re.search(r"[,;:.!?\u2591]|\s(?:and|but|found|said|says|warned)\b", text[end:end + 160])
        extended = text[start:end + (clause_end.start() if clause_end else 0)]
        if _DOCUMENT_FROM.match(" ".join(extended.split())):
            end = start + len(extended)
            phrase = " ".join(extended.split())
    owned = _DOCUMENT_FROM.match(phrase) or _OWNERS_DOCUMENT.match(phrase)
    if owned is not None:
        # "a statement from the Ministry of Defence", "the ministry's statement": the document speaks for its owner
        owner_text = owned.group("owner")
        # the phrase has its spaces collapsed; find the owner in the text as written ("Ministry of\n Defence")
        located = re.search(r"\s+".join(re.escape(word) for word in owner_text.split()), text[start:end])
        if located is not None:
            owner_at, owner_text = start + located.start(), located.group()
        else:
            owner_at = start + max(0, text[start:end].find(owner_text))
        owner_words = owner_text.lower().split()
        org_head = owner_words[-1] if len(owner_words) == 2 and owner_words[0] == "the" else ""
        org = cast.org_described_as(org_head, owner_at) if org_head else None
        owner = SpeakerGuess(org.name, phrase, public_kind(org.kind), org, 0.75, evidence="description") \
            if org is not None else resolve_phrase(cast, owner_at, owner_at + len(owner_text))
        if owner is not None and (owner.entity is not None or owner.anonymous
                                  or (owner_text[:1].isupper() and not owner_text.startswith("The "))):
            return SpeakerGuess(owner.name, phrase, owner.kind, owner.entity, min(owner.certainty, 0.8),
                                owner.anonymous, evidence="description")
    spokes = _SPOKES.match(phrase) or _POSSESSIVE_SPOKES.match(phrase)
    if spokes:
        return _spokesperson_for(cast, phrase, spokes.group("org"), start, end)
    if _LONE_SPOKES.match(phrase):
        # "Administrators Barrow Lane confirmed they had been appointed. A spokesman said: …"
        body = cast.body_in_focus(start)
        return SpeakerGuess(body.name, phrase, public_kind(body.kind), body, 0.7, evidence="description") \
            if body is not None else nobody(phrase)
    plural = _DEFINITE_PLURAL_ROLE.match(phrase)
    if plural is not None:
        # "the researchers wrote": the researchers the article named, not a crowd
        named = cast.person_in_role(plural.group("role"), [], start, strict_only=True) or _team_leader(cast, start)
        return SpeakerGuess(named.name, phrase, "person", named, 0.6, evidence="description") \
            if named is not None else nobody(phrase)
    side = _COURT_SIDE.match(phrase)
    if side is not None:
        # "the defense argued": whoever the story introduced as acting for that side
        counsel = cast.counsel_for(side.group(1).lower(), start)
        if counsel is not None:
            return SpeakerGuess(counsel.name, phrase, "person", counsel, 0.6, evidence="description")
    mentions = cast.mentions_overlapping(start, end)
    group = _GROUP_SOMEWHERE.match(phrase)
    if group is not None and (group.group("group").islower() or group.start("group") == 0):
        return nobody(phrase)  # "Officials in Ostrava Nova", "diplomats at the talks": unnamed people somewhere
    core = _POSTMODIFIER.sub("", phrase)
    # "the barrister leading the inquiry" is someone; "a businessman travelling to Kisumu" is no one we know
    role = _ROLE_PHRASE.match(core) if core != phrase and core.lower().startswith("the ") else None
    if role is not None:
        # "the barrister leading a public inquiry into the disaster has said": whoever holds that role
        holder = cast.person_in_role(role.group("head").lower(), [w.lower() for w in role.group("mods").split()],
                                     start)
        if holder is not None:
            return SpeakerGuess(holder.name, phrase, "person", holder, 0.65, evidence="description")
    role_of = _ROLE_OF.match(phrase)
    if role_of is not None:
        # "The former port manager of Port Ellery": the holder of an office somewhere, not the somewhere — and
        # "The chief executive of Halcyon Energy" is whoever the story introduced with that firm
        place = [word.lower() for word in phrase[role_of.end("head"):].split()[1:] if word[:1].isupper()]
        holder = cast.person_in_role(role_of.group("head").lower(),
                                     [word.lower() for word in role_of.group("mods").split()] + place, start)
        return SpeakerGuess(holder.name, phrase, "person", holder, 0.7, evidence="description") \
            if holder is not None else nobody(phrase)
    owned_role = _BODYS_ROLE.match(phrase)
    if owned_role is not None:
        # "their manager", "its chief executive": the person in that role at the body in focus — not the body
        body = cast.body_in_focus(start)
        if body is not None:
            holder = cast.person_in_role(owned_role.group("head").lower(),
                                         [*owned_role.group("mods").lower().split(), *body.tokens], start,
                                         strict_only=True)
            if holder is not None:
                return SpeakerGuess(holder.name, phrase, "person", holder, 0.65, evidence="description")
    for mention in mentions:
        entity = mention.entity
        if mention.kind == "name" and entity is not None and entity.kind == "person" \
                and not _ROLE_AFTER_NAME.fullmatch(text, mention.end, end):  # "the Ashby captain": Ashby qualifies
            return SpeakerGuess(entity.name, phrase, "person", entity, 0.95)
    if phrase.lower().split()[0] in _INDEFINITE and not any(m.kind == "name" and m.entity is not None
                                                            and m.entity.kind == "person" for m in mentions):
        protagonist = _lede_protagonist(cast, phrase, start)
        if protagonist is not None:
            return SpeakerGuess(protagonist.name, phrase, "person", protagonist, 0.6, evidence="description")
        return nobody(phrase)  # "An early review in one music monthly", "one official": no one we can name
    role = _ROLE_PHRASE.match(phrase)
    if role is not None and not any(m.entity is not None and (m.kind == "description" or m.entity.kind == "person")
                                    and not (m.kind == "name" and _ROLE_AFTER_NAME.fullmatch(text, m.end, end))
                                    for m in mentions):
        # "Ontario's Opposition leader", "Former municipal manager": a role, whoever holds it
        modifiers = [word.lower() for word in role.group("mods").split()]
        holder = cast.person_in_role(role.group("head").lower(), modifiers, start)
        if holder is not None:
            return SpeakerGuess(holder.name, phrase, "person", holder, 0.7, evidence="description")
        return nobody(phrase)
    if mentions:
        guess = _from_mentions(cast, phrase, start, mentions)
        if guess is not None:
            return guess
    lowered = phrase.lower().split()
    if lowered == ["it"]:
        body = cast.body_in_focus(start) or _document_in_focus(cast, start)
        if body is not None:
            return SpeakerGuess(body.name, phrase, public_kind(body.kind), body, 0.7, evidence="pronoun")
    if lowered[0] in _PRONOUNS and len(lowered) == 1:
        return SpeakerGuess(None, phrase, None, None, 0.3, evidence="pronoun")
    if lowered[0] in _INDEFINITE or (lowered[0] == "the" and len(lowered) <= 3 and lowered[-1] in _UNNAMED_HEADS):
        # "said the woman, who asked that her name not be used": the unnamed person met before
        return nobody(phrase)  # "a frequent flyer", "one resident": someone the article does not name
    if not plausible_speaker(phrase):
        return None

    if lowered[-1].strip(",.") in GROUP_NOUNS and not any(word[:1].isupper() for word in phrase.split()[1:]):
        return nobody(phrase)  # "Critics", "residents", "some analysts": people the article does not name

    words = phrase.split()
    if len(words) <= 2 and all(word[:1].isupper() for word in words):
        # "Sheikh" after "Naveed Anjum Sheikh": a surname that is also a title, read as neither
        known = cast.find_entity(phrase)
        if known is not None and known.kind == "person":
            return SpeakerGuess(known.name, phrase, "person", known, 0.8)
    return SpeakerGuess(strip_determiner(phrase), phrase, None, None, 0.6, evidence="phrase")


def _lede_protagonist(cast: ArticleCast, phrase: str, start: int) -> Entity | None:
    """"A rogue trader who targeted pensioners … has been jailed", "with an Opposition assemblyman accusing …":
    a lede introduces its protagonist by a description and names them in the paragraphs that follow."""
    words = [word.lower() for word in _POSTMODIFIER.sub("", phrase).split()]
    if len(words) < 2 or len(words) > 5 or words[0] not in ("a", "an"):
        return None
    head = words[-1]
    if head in _UNNAMED_IN_LEDE or not (head in PERSON_ROLE_NOUNS or head in ANONYMOUS_HEADS) \
            or not cast.in_lede(start):
        return None  # "a Kilcarrig housing estate" is no one
    return cast.person_in_role(head, [word for word in words[1:-1] if word.isalpha()], start)


def _document_in_focus(cast: ArticleCast, at: int) -> Entity | None:
    """"… the memo said. ¶ It said January's layoffs were …": "it" is the document that just spoke, and speaks for
    whoever the article said issued it."""
    sentence = cast.sentence_of(at).index
    for mention in reversed(cast.mentions_in(max(0, at - 600), at)):
        if sentence - mention.sentence > 2:
            break
        if mention.kind == "description" and mention.head in DOCUMENT_NOUNS and mention.entity is not None:
            return mention.entity
    return None


def _team_leader(cast: ArticleCast, at: int) -> Entity | None:
    """"The researchers, led by Dr. Priya Nandakumar, …": a team speaks through whoever leads it."""
    found = list(_LED_BY.finditer(cast.masked, max(0, at - 4000), at))
    if not found:
        return None
    led = found[-1]
    for mention in cast.mentions_in(led.end(), led.end() + 60):
        if mention.kind == "name" and mention.entity is not None and mention.entity.kind == "person":
            return mention.entity
    return None


def nobody(phrase: str) -> SpeakerGuess:
    """A speaker the article deliberately leaves unnamed: no name, and no borrowing a neighbour's either."""
    return SpeakerGuess(None, phrase, None, None, 0.5, anonymous=True)


def _spokesperson_for(cast: ArticleCast, phrase: str, org: str, start: int, end: int) -> SpeakerGuess:
    org_start = start + cast.text[start:end].find(org)
    for mention in cast.mentions_overlapping(org_start, end):
        if mention.entity is not None and mention.entity.kind in ("organization", "government", "unknown"):
            return SpeakerGuess(mention.entity.name, phrase, "organization", mention.entity, 0.85)
    for mention in cast.mentions_overlapping(org_start, end) if not phrase.lower().startswith(("a ", "an ")) else []:
        if mention.kind == "name" and mention.entity is not None and mention.entity.kind == "person":
            # "Prime Minister Rishi Sunak's spokesman": a spokesman speaks for the person who employs them
            return SpeakerGuess(mention.entity.name, phrase, "person", mention.entity, 0.8)
    if org.strip().lower() in ORG_ROLE_NOUNS:  # "a company spokesperson": the company the story is about
        body = cast.org_described_as(org.strip().lower(), start)
        if body is not None:
            return SpeakerGuess(body.name, phrase, public_kind(body.kind), body, 0.75)
    known = cast.find_entity(re.sub(r"['’]s?$", "", org.strip()))
    if known is not None and known.kind != "person":  # "A Corlett’s spokesperson" speaks for the firm, not its founder
        return SpeakerGuess(known.name, phrase, public_kind(known.kind), known, 0.8)
    return SpeakerGuess(strip_determiner(org.strip()), phrase, "organization", None, 0.7)


def _from_mentions(cast: ArticleCast, phrase: str, start: int, mentions: list[Mention]) -> SpeakerGuess | None:
    first = mentions[0]
    lead = cast.text[start:first.start].strip()
    entity = first.entity
    if entity is not None and entity.kind == "anonymous" and not lead:
        return nobody(phrase)
    if first.kind in ("pronoun", "description") and not lead and entity is not None:
        # an explicit name outranks an apposition or description, which outranks a pronoun chain
        certainty = 0.7 if first.kind == "pronoun" else 0.75
        return SpeakerGuess(entity.name, phrase, public_kind(entity.kind), entity, certainty, evidence=first.kind)
    if first.kind == "description" and entity is None and first.head in DOCUMENT_NOUNS:
        return SpeakerGuess(strip_determiner(phrase), phrase, "other", None, 0.7, evidence="description")
    if first.kind == "description" and entity is None and first.head in ORG_ROLE_NOUNS:
        kind = "government" if first.head in GOVERNMENT_NOUNS else "organization"
        return SpeakerGuess(strip_determiner(phrase), phrase, kind, None, 0.7, evidence="description")
    named = [m for m in mentions if m.kind == "name" and m.entity is not None and m.entity.kind != "anonymous"]
    if len(named) > 1 and re.match(r"['’]s?\s", cast.text[named[0].end:named[0].end + 3]) \
            and named[1].entity is not None and named[1].entity.kind in ("organization", "government"):
        named = named[1:]  # "Austria's Federal Ministry of Finance": the ministry speaks, not the country
    named.sort(key=lambda m: m.entity is not None and m.entity.kind == "unknown")  # a known body before a stray word
    for mention in named[:1]:
        if mention.entity is not None:
            return SpeakerGuess(mention.entity.name, phrase, public_kind(mention.entity.kind), mention.entity, 0.85)
    return None


def plausible_speaker(phrase: str) -> bool:
    """A speaker is a noun phrase naming someone: a capitalised name, a role, a body, a document or a group —
    never a conjunction, a verb, a time phrase or an object ("But", "was", "In his opening statement on …")."""
    words = [word.strip(",.;:’'") for word in phrase.split()]
    words = [word for word in words if word]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or len(words) > 8:
        return False
    if words[0][:1].isupper() and words[0].lower() not in CAPITALISED_STOPWORDS:
        return not any(word.lower() in _PRONOUNS for word in words[1:])
    head = words[-1].lower()
    if head in _PRONOUNS:
        return False
    return head in PERSON_ROLE_NOUNS or head in ORG_ROLE_NOUNS or head in DOCUMENT_NOUNS or head in GROUP_NOUNS \
        or head in SPOKES_NOUNS or (head.endswith("s") and head[:-1] in PERSON_ROLE_NOUNS)
