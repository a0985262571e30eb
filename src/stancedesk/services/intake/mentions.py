"""Spots people, organisations, descriptions and pronouns in the (quote-masked) article text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Literal

from .common_words import is_common_word, is_noun_like
from .given_names import given_name_gender, is_known_given_name
from .lexicon import (
    ABBREVIATIONS,
    ANONYMOUS_HEADS,
    CAPITALISED_STOPWORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FIRM_NOUNS,
    GROUP_NOUNS,
    HONORIFIC_GENDER,
    MALE_NAMES,
    MONTHS,
    NP_BOUNDARIES,
    ORG_HEADS,
    ORG_INTRO_NOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_HEADS,
    PLACES,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    TITLE_WORDS,
    WEEKDAYS,
    words,
)

MentionKind = Literal["name", "pronoun", "description"]
EntityKind = Literal["person", "organization", "government", "other", "unknown", "anonymous"]

TOKEN = re.compile(r"[^\W_][\w’'\-.]*")
_CONNECTORS = words("of for de da van von der den ten ter bin al la le del di du dos das y")
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
_ADJECTIVE_SUFFIX = re.compile(r"-(?:based|led|backed|born|owned|run|linked|aligned|style|era|made)$", re.I)
_NO_NAME = frozenset(MONTHS) | frozenset(WEEKDAYS)
_PERIOD_CODE = re.compile(r"[HQ][1-4]|FY\d{2,4}|[12]H\d{0,4}|Q[1-4]FY\d{2,4}")
_ROLE_PATTERN = "|".join(sorted(PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS | DOCUMENT_NOUNS, key=len, reverse=True)) \
    + r"|\d{1,3}-year-old"  # "the 24-year-old said"
AGE_HEAD = re.compile(r"\d{1,3}-year-old")
_NOT_MODIFIER = r"(?!(?:and|or|the|a|an|of|to|in|on|at|has|had|have|is|was|were|are|that|who|which|said|says)\b)"
DESCRIPTION = re.compile(
    r"\b(?P<det>[Tt]he|THE|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)[ \t]+(?P<mods>(?:" + _NOT_MODIFIER
    + r"[\w’'\-]+(?:\.[\w’'\-]+)*\.?(?<![a-z]{3}\.)[ \t]+){0,4})"
    r"(?P<head>(?i:" + _ROLE_PATTERN + r"))\b(?!['’]s\b)(?![\-’'])")
ANONYMOUS = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:;,] )|(?<=[\"“”] ))(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir)\s+"
    r"(?P<mods>(?:(?:[a-z][\w’'\-]*|[A-Z]{2,5})\s+){0,3}?)(?P<head>"
    + "|".join(sorted(ANONYMOUS_HEADS, key=len, reverse=True))
    + r")\b(?![’'\-])", re.M)
PRONOUN = re.compile(r"\b(?P<word>[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    possessive: bool

    @cached_property
    def lower(self) -> str:  # asked for thousands of times per article
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
    nickname: tuple[int, int] | None = None

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
        nickname: tuple[int, int] | None = None
        while cursor < len(tokens):
            if run[-1].lower in _FIRM_ENDINGS and text[run[-1].end - 1:run[-1].end] == ".":
                break  # "… is operated by Andesite Copper Ltd. Protesters say …": the firm's name ends there
            if run[-1].possessive:
                if not ((_plural_possessive(text, run[-1]) and _org_head_ahead(text, tokens, cursor, run[-1]))
                        or _firm_ending_ahead(text, tokens, cursor)):
                    break
                # "Mercy Vale Children's Hospital", "Brennerman’s Markets Inc.": one name
                run[-1] = _with_apostrophe(text, run[-1])
            gap = text[run[-1].end:tokens[cursor].start]
            nxt = tokens[cursor]
            if _NICKNAME_GAP.fullmatch(gap) and _name_token(nxt) and nickname is None:
                nickname = (run[-1].end + gap.index("\u2591"), tokens[cursor].start - 2)
                run.append(nxt)
                cursor += 1
                continue
            if gap not in (" ", "&", " & "):
                break
            if _name_token(nxt) and (gap == " " or not _is_honorific(nxt)):
                run.append(nxt)
                cursor += 1
                continue
            joined = (_institution_link(text, tokens, cursor, run) or _particles_ahead(text, tokens, cursor)) \
                if gap == " " else 0
            if joined:
                run.extend(tokens[cursor:cursor + joined])
                cursor += joined
                continue
            break
        index = cursor
        if _modifies_next_name(text, tokens, cursor):
            continue
        group = _classify(text, tokens, run, sentence_starts)
        if group is not None:
            group.nickname = nickname if group.kind == "person" else None
            groups.append(group)
    return groups


def _institution_link(text: str, tokens: list[Token], cursor: int, run: list[Token]) -> int:
    """How many tokens from `cursor` continue an institution's name through a lower-case link: "Secretary of
    State", "Office of the Information Commissioner", "Department of Health and Social Care",
    "Ministry of Transport and Digital Infrastructure" — but not "Daniel Okoro of Brackwater Police"."""
    link = tokens[cursor].lower
    taken = 1
    if link in ("of", "for", "on") and cursor + 2 < len(tokens) and tokens[cursor + 1].lower == "the" \
            and not tokens[cursor + 1].capitalised and text[tokens[cursor + 1].end:tokens[cursor + 2].start] == " ":
        taken = 2
    after = cursor + taken
    if after >= len(tokens) or not _name_token(tokens[after]) or _is_honorific(tokens[after]) \
            or text[tokens[after - 1].end:tokens[after].start] != " ":
        return 0
    previous = run[-1].lower
    if link in ("of", "for", "on"):
        # "the Friends of Linden Street Library", "Board of Regents of the University of …": a body's name
        named_body = link == "of" and (_inside_institution(run) or run[0].lower == "the"
                                       or _after_the(text, run[0].start))
        return taken + 1 if previous in TITLE_WORDS or previous in ORG_HEADS or named_body else 0
    if link == "and" and taken == 1 and tokens[after].lower not in FIRST_NAMES and (
            _inside_institution(run) or ((_after_the(text, run[0].start) or run[0].lower == "the" or len(run) == 1)
                                         and _org_head_ahead(text, tokens, after))):
        # "Department of Health and Social Care", "the Rail and Transit Workers' Union", "Dales and Moors
        # Community Health NHS Trust"
        return 2
    if link in _CONNECTORS and link not in ("of", "for", "and", "on") and taken == 1:
        return 2
    return 0


def _particles_ahead(text: str, tokens: list[Token], cursor: int) -> int:
    """"Riaan van der Merwe", "María de la Cruz": two lower-case particles before the rest of a surname."""
    if cursor + 2 >= len(tokens) or tokens[cursor].lower not in _CONNECTORS \
            or tokens[cursor + 1].lower not in _CONNECTORS or tokens[cursor].lower in ("of", "for"):
        return 0
    third = tokens[cursor + 2]
    spaced = all(text[tokens[i].end:tokens[i + 1].start] == " " for i in (cursor, cursor + 1))
    return 3 if spaced and _name_token(third) and not _is_honorific(third) else 0


def _org_head_ahead(text: str, tokens: list[Token], cursor: int, previous: Token | None = None) -> bool:
    """Whether the capitalised words from `cursor` (at most three, one space apart) end in an institution's head
    word: a possessive or an "and" before them is then inside one name ("Workers' Union", "Food and Drug
    Administration"), not the end of one."""
    last = previous
    for token in tokens[cursor:cursor + 3]:
        if last is not None:
            gap = text[last.end:token.start]
            if gap != " " and not (last.possessive and gap in ("'s ", "’s ", "' ", "’ ")):
                return False
        if not _name_token(token):
            return False
        if token.lower in ORG_HEADS:
            return True
        last = token
    return False


def _firm_ending_ahead(text: str, tokens: list[Token], cursor: int) -> bool:
    """"Brennerman’s Markets Inc.", "Macy's Inc.": a firm's legal ending within the next three capitalised words."""
    previous: Token | None = None
    for token in tokens[cursor:cursor + 3]:
        if previous is not None and text[previous.end:token.start] != " ":
            return False
        if not token.capitalised:
            return False
        if token.lower in _FIRM_ENDINGS:
            return True
        previous = token
    return False


def _plural_possessive(text: str, token: Token) -> bool:
    """"Workers'", "Children's": a plural possessive names whom a body serves; "Vastora's" names its owner —
    but "the District Attorney's Office" is one body too."""
    if text[token.end:token.end + 2] in ("'s", "’s"):
        return token.lower in _IRREGULAR_PLURALS or token.lower in _OFFICE_OWNERS
    return token.lower.endswith("s")


_IRREGULAR_PLURALS = frozenset(["children", "women", "men", "people"])
_OFFICE_OWNERS = frozenset(["attorney", "mayor", "governor", "sheriff", "coroner", "auditor", "comptroller",
                            "treasurer", "president", "minister", "commissioner", "ombudsman"])


def _with_apostrophe(text: str, token: Token) -> Token:
    end = token.end + (2 if text[token.end:token.end + 2] in ("'s", "’s") else 1)
    return Token(token.start, end, text[token.start:end], False)


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4):start] == "the "


def _inside_institution(run: list[Token]) -> bool:
    """"Department of Health …": an institution head already linked to what it is about."""
    lowered = [token.lower for token in run]
    return any(word in ORG_HEADS and nxt in ("of", "for") for word, nxt in pairwise(lowered))


def _is_honorific(token: Token) -> bool:
    return _is_honorific_word(token.text)


def _modifies_next_name(text: str, tokens: list[Token], cursor: int) -> bool:
    """"Liberal Democrat group leader Sanjay Mistry": the first capitalised run only describes the second."""
    steps = 0
    while cursor < len(tokens) and steps < 3:
        token = tokens[cursor]
        if text[tokens[cursor - 1].end:token.start] != " ":
            return False
        if token.capitalised:
            return steps > 0 and tokens[cursor - 1].lower in (PERSON_ROLE_NOUNS | TITLE_WORDS)
        if token.lower in SPEECH_VERBS:
            return False  # "Lanchester told broadcaster Channel Meridian": a verb, not a description
        if token.lower not in PERSON_ROLE_NOUNS and token.lower not in TITLE_WORDS and steps == 0 \
                and cursor + 1 < len(tokens) and tokens[cursor + 1].lower not in PERSON_ROLE_NOUNS:
            return False
        steps += 1
        cursor += 1
    return False


def _name_token(token: Token) -> bool:
    if not token.capitalised or token.lower in _NO_NAME or _PARTY_STATE.match(token.text) \
            or _PERIOD_CODE.fullmatch(token.text):  # "Halcyon Maritime H1 profit falls": a half-year, no name
        return False
    return not _ADJECTIVE_SUFFIX.search(token.text)


def _classify(text: str, tokens: list[Token], run: list[Token], sentence_starts: set[int]) -> NameGroup | None:
    while run and run[0].lower.rstrip(".") in CAPITALISED_STOPWORDS and run[0].lower not in HONORIFIC_GENDER \
            and not (run[0].lower == "new" and len(run) > 1):  # "New Aberdeen", "New Zealand"
        run = run[1:]
    if len(run) > 1 and run[0].lower in ("born", "née", "nee", "formerly"):
        run = run[1:]  # "Born Maeve Siobhán Carrick, she …": the birth name, read as such by the cast
    if len(run) > 1 and run[0].start in sentence_starts and run[0].lower not in FIRST_NAMES \
            and run[0].lower not in TITLE_WORDS and run[1].lower in FIRST_NAMES \
            and (_ADJECTIVE_ENDING.search(run[0].lower) or is_common_word(run[0].text)) \
            and run[-1].lower not in ORG_HEADS:  # "Boreal Marine Systems" is a firm
        run = run[1:]  # "Heartbroken Margaret begs …": a sentence-opening adjective — but "Ghulam Mustafa" is a name
    if len(run) > 2 and (run[0].lower in PERSON_ROLE_NOUNS or run[0].lower in ANONYMOUS_HEADS) \
            and run[-1].lower not in ORG_HEADS and not any(token.lower == "of" for token in run):
        run = run[1:]  # "Farmer Gwilym Trevaskis", "Striker Ada Obi" — but not "International Tailings … Council"
    if len(run) > 1 and run[0].lower in _FIRM_NOUNS and run[0].start in sentence_starts:
        body = run[1:]  # "Administrators Barrow Lane Insolvency confirmed …"
        group = NameGroup(body[0].start, body[-1].end, [], [token.text for token in body], "organization", None,
                          body[-1].possessive)
        group.descriptors.add("company")
        return group
    while run and (run[-1].lower in _CONNECTORS or (len(run) > 2 and run[-1].lower.rstrip(".") in _POST_NOMINALS)):
        run = run[:-1]  # "Riaan van der Merwe SC", "Aled Pryce KC": letters after a name are not part of it
    if not run or (len(run) == 1 and run[0].lower in GROUP_NOUNS):
        return None  # "Critics had long dismissed …", "Newspapers took to calling her …"
    words = [token.text for token in run]
    possessive = run[-1].possessive
    start, end = run[0].start, run[-1].end
    if "&" in text[start:end] and not _titled_name_after(run, text.find("&", start, end)):
        # "Harrow & Finch", "the Save Hallowmere A&E campaign": a firm or a body — but "Harrow & Finch Chief
        # Executive Lionel Achterberg" is a person whose title names the firm
        firm = NameGroup(start, end, [], text[start:end].split(), "organization", None, possessive)
        if _FIRM_NOUN_BEFORE.search(text, max(0, start - 24), start):
            firm.descriptors.add("company")  # "department store chain Pembury & Lowe"
        return firm
    lower_body = _LOWER_CASE_BODY.match(text, end)
    if lower_body is not None and len(run) <= 3 and not run[-1].possessive and run[0].lower not in FIRST_NAMES:
        # "Kelsworth borough council", "Westshire police": house styles that keep the body's words lower-case
        body_end = lower_body.end()
        return NameGroup(start, body_end, [], text[start:body_end].split(), "organization", None, False)
    if len(run) > 1 and all(token.text.isupper() and len(token.text) > 1 for token in run):
        return NameGroup(start, end, [], words, "unknown", None, possessive)  # "KUALA LUMPUR, Oct 28 (Bernama) --"
    lowered = [word.lower() for word in words]
    chief_of_staff = lowered[-2:] == ["of", "staff"]  # an office, though "General Staff" is a body
    if (lowered[-1] in ORG_HEADS and not chief_of_staff) or _headed_institution(lowered) \
            or any(word in ("ministry", "department", "commission", "university") for word in lowered):
        kind: EntityKind = "government" if any(w in ("government", "ministry", "kremlin", "department", "municipal")
                                               for w in lowered) else "organization"
        return NameGroup(start, end, [], words, kind, None, possessive)
    last_title = -1
    for position, word in enumerate(lowered):
        if _is_title_word(word) and position < len(lowered) - 1 \
                and not (position == 0 and len(lowered) == 2 and word in _GIVEN_NAME_TITLES):
            last_title = position  # but "Dean Fothergill" is a name, not the dean
    title, name = words[:last_title + 1], words[last_title + 1:]
    if name and name[0].lower() in _CONNECTORS and name[0][:1].islower():
        # "Minister of State for Rural Development Aoife Brannelly": the office runs on until a given name
        # "Member for Mitchell Downs Kate Osborne": the given name nearest the end, since places take given
        # names too ("Mitchell"); "Mary Anne" stays whole
        given = next((i for i in range(len(name) - 2, 0, -1) if _is_given_name(name[i])), None)
        if given is None:
            return None
        while given > 1 and _is_given_name(name[given - 1]) and not is_common_word(name[given - 1]):
            given -= 1
        title, name = words[:last_title + 1 + given], name[given:]
        start = run[len(title)].start
    if not name or all(word in TITLE_WORDS for word in lowered):
        return None
    if len(name) == 1 and _ACRONYM.fullmatch(name[0]) and not any(_is_honorific_word(word) for word in title):
        if name[0].lower() in PERSON_ROLE_NOUNS or name[0].lower() in TITLE_WORDS:
            return None  # "the CM", "the MP": an office, read as a description
        if name[0] in _TIME_ZONES or name[0] in _COMMON_INITIALISMS \
                or (name[0] in _WIRE_AGENCIES and text[start - 1:start] == "("):
            return None  # "10.42 BST", "(AP)": a clock and a dateline's agency, neither of them a speaker
        # "Forward NZ", "the CPST": initials name a body, never a person a pronoun can mean — and "the UK" a
        # country, which is no company
        return NameGroup(start, end, [], words, "government" if name[0] in _COUNTRY_INITIALS else "organization",
                         None, possessive)
    leading = next((i for i, word in enumerate(name)
                    if not (is_common_word(word) or (_TITLE_LIKE.fullmatch(word) and not _is_given_name(word)))),
                   len(name))
    after_office = _OFFICE_BEFORE.search(text, max(0, start - 40), start) is not None
    if 0 < leading <= len(name) - 2 and not title and not after_office and name[leading].lower() not in _CONNECTORS \
            and not any(is_common_word(word) for word in name[leading:] if word.lower() not in _CONNECTORS) \
            and not is_known_given_name(name[0]):  # but "Ollie Mae Caudill": Ollie is a given name too
        # "Comrade Olumide Fashola", "City Engineer Florante Bautista": offices no word list will ever hold,
        # before a name of uncommon words ("Big Sky Western" and "Cascade Ridge Power" are all common words)
        title, name = [*title, *name[:leading]], name[leading:]
    elif len(name) == 2 and _DESCRIBES_PERSON.fullmatch(name[0]) and not _is_given_name(name[0]):
        title, name = [*title, name[0]], name[1:]  # "Dad-of-one Jake", "Bahamian Keandra"
    elif len(name) == 2 and _ACRONYM.fullmatch(name[0]) and given_name_gender(name[0]) is None \
            and not is_common_word(name[1]) \
            and name[1].lower() not in PLACES and name[1].lower() not in ORG_HEADS:
        title, name = [*title, name[0]], name[1:]  # "DPP Yeo": an office's initials before a surname
    if len(run) == 1 and not title and run[0].start in sentence_starts and is_common_word(run[0].text) \
            and run[0].lower not in PLACES and (_lowercase_follows(text, end) or (
                run[0].lower.endswith("s") and run[0].lower in _lowercase_words(text))):
        return None  # "Tenant advocates say", "Former municipal manager says": a common word opening a sentence
    if len(name) == 2 and name[0].lower().rstrip(".") == "co" and not title:
        return NameGroup(start, end, [], name, "unknown", None, possessive)  # "Glenbeigh, Co Kerry": a county
    name_lower = [word.lower() for word in name]
    gender = _gender(title, name_lower)
    if len(name) == 1 and not title and _NATIONALITY.search(name_lower[0]) and _lowercase_follows(text, end):
        return None
    if len(name) == 1 and name_lower[0] in PLACES and not title:
        return NameGroup(start, end, [], name, "government", None, possessive)
    if any(word in PLACES for word in name_lower) and gender is None and not title:
        return NameGroup(start, end, [], name, "organization", None, possessive)
    if not title and _FIRM_NOUN_BEFORE.search(text, max(0, start - 24), start) \
            and not (len(name) == 2 and _is_given_name(name[0]) and not is_common_word(name[0])):
        firm = NameGroup(start, end, [], name, "organization", None, possessive)
        firm.descriptors.add("company")  # "supermarket chain KakiMart" is what "the company" will mean
        return firm
    if not title and _ORG_INTRO.search(text, max(0, start - 40), start):
        return NameGroup(start, end, [], name, "organization", None, possessive)  # "the charity Paws Returned"
    after_the = text[max(0, start - 4):start].lower() == "the "
    if not title and after_the and not any(word in FIRST_NAMES for word in name_lower) \
            and (lowered[-1] in PERSON_ROLE_NOUNS or lowered[-1] in TITLE_WORDS):
        return None  # "the Water Resources Minister", "the Chief Justice": a description, read as one
    if not title and text[max(0, start - 4):start].lower() == "the ":
        return NameGroup(start, end, [], name, "unknown", None, possessive)  # "the Arctic Change meeting"
    if not title and len(name) > 1 and name_lower[-1] in PLACE_HEADS \
            and (not _is_given_name(name[0]) or _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)) \
            and not _PERSON_APPOSITION.match(text, end):  # but "Ernestine Ward", "Hye-jin Park, who owns …"
        return NameGroup(start, end, [], name, "unknown", None, possessive)  # "Pell Street", "Zero Hour"
    if possessive and not title and _OWNER_OF_ROLE.match(text, end):
        # "Tamil Nadu’s industries minister T.R. Senthilnathan", "Vantor's chief executive Ada Ruiz": the owner
        # of an office is a place or a body
        return NameGroup(start, end, [], name, "organization", None, possessive)
    if len(name) > 1 and all(is_common_word(word) or word.lower() in TITLE_WORDS for word in name) \
            and not any(_is_given_name(word) for word in name):
        # "its State Publicity Secretary", "Black Lives Matter": common words, no one's name
        return NameGroup(start, end, title, name, "unknown", None, possessive)
    if not title and text[start - 1:start] == "(" and _NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start):
        # "Ahmad Fikri Osman (Gagasan-Kuala Kedah)": a party or a seat in brackets after a name
        return NameGroup(start, end, [], name, "organization", None, possessive)
    if not title and (_SCORE_BEFORE.search(text, max(0, start - 8), start) or _SCORE_AFTER.match(text, end)):
        return NameGroup(start, end, [], name, "organization", None, possessive)  # "Portmoor Rovers 2-1 Ashby Vale"
    if not title and len(name) >= 2 and name_lower[0] in _PLACE_OPENERS:
        return NameGroup(start, end, [], name, "organization", None, possessive)  # "Port Avon", "Fort Erie"
    if not title and len(name) >= 2 and gender is None and _plural_noun(name[-1]) and not _is_given_name(name[0]) \
            and not _PERSON_APPOSITION.match(text, end) and not _speech_verb_follows(text, end):
        # "Peshawar Stallions", "Northway Arches": a team or a firm named as a plural noun, not a family
        return NameGroup(start, end, [], name, "organization", None, possessive)
    kind = "unknown" if len(name) == 1 and not title else "person"
    group = NameGroup(start, end, title, name, kind, gender, possessive)
    group.descriptors.update(word.lower().rstrip(".") for word in title)
    return group


_TIME_ZONES = frozenset(["BST", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET",
                         "CEST", "EET", "IST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "SAST", "WAT",
                         "EAT", "HKT", "SGT", "JST", "KST", "PHT", "WIB", "AST", "ADT", "NST", "NDT", "HST", "ET",
                         "PT", "CT", "MT"])
# initials for things, not for anyone who could speak: "AI", "GDP", "the ICU"
_COMMON_INITIALISMS = frozenset(["AI", "GDP", "VAT", "HR", "IT", "EV", "EVS", "TV", "CCTV", "DNA", "GPS", "ATM", "CPU",
                                 "API", "SUV", "LED", "PPE", "ICU", "IVF", "IQ", "PDF", "URL", "CEO", "CFO", "COO",
                                 "MRI", "HIV", "AIDS", "COVID", "SMS", "USB", "LNG", "LPG", "GPU", "OK"])
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|on|near|along|across|from|to|into|off|outside|inside|through|via)\s+"
                              r"(?:the\s+)?$")  # "in Victoria Park" is a park, "Victoria Park said" may be a person
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w’'\-]+\s+\($")
_SCORE_BEFORE = re.compile(r"\b\d{1,3}-\d{1,3}\s+$")
_SCORE_AFTER = re.compile(r"\s+\d{1,3}-\d{1,3}\b")
_COUNTRY_INITIALS = frozenset(["UK", "US", "USA", "UAE", "EU", "PRC", "DRC", "ROK", "DPRK"])
_WIRE_AGENCIES = frozenset(["AP", "AFP", "PTI", "IANS", "ANI", "UPI", "DPA", "EFE", "AAP", "CP", "PA", "APN"])
_PLACE_OPENERS = frozenset(["port", "fort", "mount", "mt", "mt.", "lake", "loch", "cape", "isle", "avenue", "st", "st.",
                            "saint"])
_PERSON_APPOSITION = re.compile(r",\s+(?:who\b|\d{1,3}\s*,)")
_FIRM_ENDINGS = frozenset(["ltd.", "inc.", "corp.", "co.", "plc.", "llc.", "ltd", "inc", "corp", "plc", "llc"])
_POST_NOMINALS = words("sc qc kc jr sr obe cbe mbe kbe dbe phd md esq mp msp mla td san oam ao")
_OFFICES = "|".join(sorted(PERSON_ROLE_NOUNS | TITLE_WORDS, key=len, reverse=True))
_OFFICE_BEFORE = re.compile(r"\b(?:" + _OFFICES + r")\s+$")  # "chief executive Lim Wei Jie": a name follows
_OWNER_OF_ROLE = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,3}(?:" + _OFFICES + r")\s+[A-Z]")
# "Bahamian Kiara Ferguson", "DPP Clement Yeo": a nationality or an office's initials before a name
_DESCRIBES_PERSON = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)|[A-Z][a-z]+-of-[a-z\-]+")  # "Dad-of-one Jake"
_TITLE_LIKE = re.compile(_DESCRIBES_PERSON.pattern + r"|[A-Z]{2,5}")  # … or an office's initials
_LOWER_CASE_BODY = re.compile(r"\s+(?:(?:borough|city|county|district|town|parish|metropolitan|regional|state)\s+)?"
                              r"(?:council|police|fire\s+service|ambulance\s+service)\b")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")  # "Chuck Schumer, D-N.Y.,", "Susan Collins, R-Maine,"
# "supermarket chain KakiMart", "carmaker Vardhan Motors", "developer Sandcrest": a firm named after what it is
_FIRM_NOUNS = (FIRM_NOUNS - {"group"}) | words("administrators liquidators receivers")  # "campaign group X" is no firm
_FIRM_NOUN_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(_FIRM_NOUNS, key=len, reverse=True)) + r")\s+$")
_ADJECTIVE_ENDING = re.compile(r"(?:ed|en|ing|ful|ous|less|ive|ic|al)$")
_GIVEN_NAME_TITLES = frozenset(["dean", "major", "earl", "marshal", "deacon"])
_NATIONALITY = re.compile(r"(?:ian|ean|ese|ish|ic)$")
_NICKNAME_GAP = re.compile(r" [\"“‘'«]\u2591{2,20}[\"”’'»] ")
_ORG_INTRO = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:"
                        + "|".join(sorted(ORG_INTRO_NOUNS, key=len, reverse=True)) + r")\s+$")


def _speech_verb_follows(text: str, end: int) -> bool:
    """"Olusegun Banks said …": whoever speaks is a person, whatever a plural-looking surname suggests."""
    following = re.match(r"\s+([a-z]+)", text[end:end + 20])
    return following is not None and following.group(1) in SPEECH_VERBS


def _is_title_word(word: str) -> bool:
    """"Lieutenant-General", "Vice-Admiral": a hyphenated title is a title when each part is one."""
    return word in TITLE_WORDS or ("-" in word.strip("-") and all(part in TITLE_WORDS for part in word.split("-")))


def _plural_noun(word: str) -> bool:
    """"Stallions", "Arches" — but not "Edwards" or "Phillips", plurals of given names."""
    lowered = word.lower()
    if not lowered.endswith("s") or lowered.endswith(("ss", "us", "is")):
        return False
    # "-es" only after a hissing sound ("Arches", "Foxes"): "Reyes" and "Flores" are surnames
    singulars = [lowered[:-1], lowered[:-2]] if lowered.endswith(("ches", "shes", "xes", "zes", "sses")) \
        else [lowered[:-1]]
    return any(is_noun_like(singular) for singular in singulars)


def _is_given_name(word: str) -> bool:
    lowered = word.lower()
    return lowered in FIRST_NAMES or (lowered not in CAPITALISED_STOPWORDS and lowered not in TITLE_WORDS
                                      and given_name_gender(word) is not None)


_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z’'\-]*")


@lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case somewhere ("documents"): read once per article, not per name."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def _is_honorific_word(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFIC_GENDER or word.lower().rstrip(".") in ("dr", "prof", "sir")


def _titled_name_after(run: list[Token], ampersand: int) -> bool:
    lowered = [token.lower for token in run]
    titles = [i for i, word in enumerate(lowered) if word in TITLE_WORDS and run[i].start > ampersand]
    return bool(titles) and 0 < len(run) - titles[-1] - 1 <= 3


def _headed_institution(lowered: list[str]) -> bool:
    """"Office of the Information Commissioner", "Chamber of Commerce" — unless a title and a name follow,
    as in "Bank of England Governor Andrew Bailey"."""
    for position, word in enumerate(lowered[:-2]):
        if word in ORG_HEADS and lowered[position + 1] in ("of", "for", "on"):
            # "Office of Inspector General" ends on its office; "… Governor Andrew Bailey" on a name
            return lowered[-1] in TITLE_WORDS or not any(later in TITLE_WORDS for later in lowered[position + 2:-1])
    return False


def _lowercase_follows(text: str, end: int) -> bool:
    """"Russian army", "Ukrainian side": a proper adjective, not someone who could speak."""
    following = re.match(r" ([a-z][\w-]*)", text[end:end + 30])
    return following is not None and following.group(1) not in SPEECH_VERBS | SUBJECT_VERB_FILLERS


def _gender(title: list[str], name_lower: list[str]) -> str | None:
    for word in reversed(title):
        gender = HONORIFIC_GENDER.get(word.lower())
        if gender:
            return gender
    gender = _listed_gender(name_lower[0])
    if gender is None and len(name_lower) > 1 and name_lower[0] not in CAPITALISED_STOPWORDS \
            and name_lower[0] not in TITLE_WORDS:
        gender = given_name_gender(name_lower[0])  # only the first word of a full name is surely a given name
    if gender is not None and len(name_lower) > 2:
        # "Noor Muhammad Qureshi": a second given name of the other sex leaves it open
        second = _listed_gender(name_lower[1]) or given_name_gender(name_lower[1])
        if second is not None and second != gender:
            return None
    return gender


def _listed_gender(word: str) -> str | None:
    if word in FEMALE_NAMES and word not in MALE_NAMES:
        return "f"
    if word in MALE_NAMES and word not in FEMALE_NAMES:
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
