"""Finds the clause that says who spoke a quotation: after it, before it, "according to", or a colon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cast_types import Mention
from .lexicon import (
    ABBREVIATIONS,
    CAPITALISED_STOPWORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    INVERTED_VERBS,
    NAMING_VERBS,
    NOUN_OR_VERB,
    NP_BOUNDARIES,
    ORG_ROLE_NOUNS,
    PARTICIPLES,
    PERSON_ROLE_NOUNS,
    PREDICATE_LEADS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    words,
)
from .mentions import Token, tokenize
from .quote_scanner import QUOTE_MARKS
from .speaker_resolution import ArticleCast
from .text_layout import Sentence

_VERB_ALTERNATION = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# "…,” Senator Tanedo shot back.": phrasal replies no single-word list holds
_VERB = SPEECH_VERB = re.compile(r"\b(?:(?:shot|hit|fired|snapped)\s+back|(?:held|ruled)(?=\s+that\b)|"
                                 + _VERB_ALTERNATION + r")\b")  # "Justice Ogundipe held that …"
_INVERTED = re.compile(r"(?P<verb>" + "|".join(sorted(INVERTED_VERBS, key=len, reverse=True))
                       + r")\s+(?P<np>[^,;:!?()\n]{1,80})")
_ACCORDING = re.compile(r"(?i:\baccording\s+to\s+)(?P<np>[^,;:!?()\n]{2,90}?)(?=\s*(?:,|$|\.\s))")
_LEADING_PUNCT = re.compile(r"[\s,;:.!?…—–\-]*")
_TRAILING_CUT = re.compile(r"\s+(?:who|which|whose|of|in|at|on|from|after|before|during|as|to|when|while|"
                           r"told|said)\b.*$")
_QUOTE_MARK_NOT_APOSTROPHE = re.compile(r"[\"“”«»„‹›]|(?<!\w)['‘’]|['‘’](?!\w)")
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-.]+|de|van|von|al))*)")
_WH_WORDS = words("what how why where whatever")
_AGENT = re.compile(r"\b(?:sent|written|signed|posted|issued|published|drafted|penned|dictated)\s+by\s+"
                    r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)[^.;:!?]*$")
_PRONOUN_SUBJECTS = frozenset(["he", "she", "they", "it", "i", "we", "you"])
_CHUNK_BREAK = re.compile(r",|\b(?:while|whereas|but|and|that|when)\b|[\"“”«»„]|\u2591+")
_NOT_SUBJECT_START = words("a an who whose which where when while although though because if one in at on from "
                           "under after before with by for of during speaking talking asked")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|for|from|with|in|on|by)\b")
_INFINITIVE_LEAD = re.compile(r"\b(?P<verb>[a-z]+(?:ed|se|ok|nt|ew|ht))(?:\s+(?:on|up|in|out|quickly|again))?"
                             r"\s+to\s+$")
_CLAUSE_CUT = re.compile(r"\s+(?:who|which|whose|after|before|during|when|while|told|said|on|in)\b.*$")
_DOCUMENT_SOURCE = re.compile(r"(?i:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:"
                              + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")\s+(?:from|by)\s+")
_PARTITIVE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any)\s+"
                        r"(?:[a-z][\w\-]*\s+){0,2}?(?:of|from|at|in|on|within)\s+$")
_SPOKES_OPENING = re.compile(r"(?:An?|The|One)\s+(?:[\w\-’']+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|"
                             r"representative)\s+(?:for|of|at|from)\s+(?:the\s+)?"
                             r"[A-Z][\w’'\-&.]*(?:\s+(?:[A-Z][\w’'\-&.]*|of|for|and|the))*")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?P<np>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*)(?:,[^,;\u2591]{1,80},)?\s*$")
_PASSIVE_AGENT = re.compile(r"\s+by\s+(?P<np>(?:(?:the|her|his|their|its)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|"
                            r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*))(?=[\s,.;])")
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+)?$")
_GLOSS = re.compile(r"\([^()\n]{1,160}\)\s*,?\s*")
# "lead author Ong Hui Ling, a marine ecologist at …, told": lower-case role words, then the name
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w\-]*\s+){0,3}?(?:"
                             + "|".join(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True))
                             + r")\s+[A-Z][\w’'\-]+\s+[A-Z]")
_FINITE_VERB = re.compile(r"\b(?:(?:has|have|had|is|are|was|were|will|would)\s+(?:been\s+)?[a-z]+|[a-z]{3,}ed|held|"
                          r"made|took|won|lost|ran|met|saw|came|went|began|built|left|gave|kept|brought|stood)\b")
_UNNAMED_OPENERS = words("one some many others another")
_BRACKETED = re.compile(r"\([^()\n]{1,80}\)")
_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose|where)\b")
_CLAUSE_CLOSE = re.compile(r",\s+(?!(?:a|an|the|and|or|his|her|its|their|including|such|as|from|in|on|at|for|with|"
                           r"to|of|who|which|whose)\b)[a-z]")
_NAME_THEN_APPOSITION = re.compile(r"(?P<name>(?:[A-Z]\.\s*)*[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-.]*|de|van|von|der|"
                                   r"al|bin))*),\s[^\u2591\"“”]{1,200},$")
_TRAILING_REPORT = re.compile(r",\s+(?P<np>(?:[Tt]he|[Aa]n?)\s+[^,;:!?\u2591]{2,90}?|[A-Z][^,;:!?\u2591]{1,60}?)\s+"
                              r"(?:has\s+|have\s+|had\s+)?(?P<verb>said|says|told\s+\w+|warned|claimed|argued|"
                              r"admitted|insisted)(?:\s+on\s+\w+|\s+\w+day)?\s*\.?$")
_CALL_NOUN_LEADS = words("phone conference video earnings roll wake-up close judgment radio zoom")
_PLACE_AFTER_AND = re.compile(r"\b(?:for|of|in|from|at)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*\s+and\s+$")
_TIME_WORDS = words("yesterday today tonight monday tuesday wednesday thursday friday saturday sunday "
                    "morning afternoon evening night last late early")


@dataclass(frozen=True)
class Attribution:
    subject_start: int
    subject_end: int
    as_written_start: int
    verb: str | None
    verb_at: int
    method: str
    certainty: float


def attribute(masked: str, open_at: int, outer_end: int, opening: Sentence, closing: Sentence,
              cast: ArticleCast, colon_intro: Sentence | None, region_start: int) -> Attribution | None:
    """`region_start`: where the text after the previous quotation of the sentence begins."""
    after = _after(masked, outer_end, closing.end)
    if after is not None and open_at <= opening.start + 2:
        return after
    before = _before(masked, opening.start, open_at, cast, max(region_start, opening.start))
    if before is not None:
        return before
    if after is not None:
        return after
    if colon_intro is not None:
        intro_end = masked.rfind(":", colon_intro.start, colon_intro.end)
        return _before(masked, colon_intro.start, intro_end + 1, cast, colon_intro.start)
    return None


def _after(masked: str, outer_end: int, sentence_end: int) -> Attribution | None:
    lead = _LEADING_PUNCT.match(masked, outer_end, sentence_end)
    at = lead.end() if lead else outer_end
    gloss = _GLOSS.match(masked, at, sentence_end)
    if gloss is not None:  # "“Wala na kaming matutulugan,” (We have nowhere left to sleep) said Aling Rosario"
        at = gloss.end()
    if at >= sentence_end or masked[at] in QUOTE_MARKS:
        return None
    window = masked[at:sentence_end]
    according = re.match(r"(?i:according\s+to\s+)(?P<np>[^,;:!?()\n]{2,90})", window)
    if according:
        np_text = _first_sentence(according.group("np"))
        document = _DOCUMENT_SOURCE.match(np_text)  # "according to a statement from the Ministry of Defence"
        np_text = np_text[:document.end()] + _CLAUSE_CUT.sub("", np_text[document.end():]) if document \
            else _TRAILING_CUT.sub("", np_text)
        np_text = np_text.rstrip(". ")
        start = at + according.start("np")
        return Attribution(start, start + len(np_text), start, "according to", at, "according", 0.8)
    inverted = _INVERTED.match(window)
    if inverted and any(word in PREDICATE_LEADS for word in inverted.group("np").lower().split()[:12]):
        inverted = None  # "…”, said many people on the estate had not known …": a clause, not who said it
    if inverted:
        np_text = _first_sentence(inverted.group("np"))
        np_text = _cut_after_name(np_text)
        start = at + inverted.start("np")
        named = _APPOSED_NAME.match(masked, start + len(np_text), sentence_end)
        if named and not np_text[:1].isupper():  # "said the company's operations director, Callum Reyes"
            return Attribution(named.start("name"), named.end("name"), start, inverted.group("verb"), at, "after",
                               0.9)
        return Attribution(start, start + len(np_text), start, inverted.group("verb"), at, "after", 0.9)
    for verb in _VERB.finditer(window):
        if verb.start() == 0:
            return None
        subject = window[:verb.start()].rstrip()
        named = _NAME_THEN_APPOSITION.match(subject)
        if named is not None and not re.search(r"[;:!?]", subject):
            # "Dolores Whitcomb, 74, who has lived three blocks away since 1978, told the board"
            return Attribution(at, at + named.end("name"), at, _verb_phrase(window, verb), at + verb.start(), "after",
                               0.9)
        words = subject.split()
        if _QUOTE_MARK_NOT_APOSTROPHE.search(subject) or re.search(r"[;:!?]", subject) \
                or _first_sentence(subject) != subject:
            return None
        if len(words) > 12:
            return _trailing_clause(masked, at, sentence_end)
        kept = [w for w in words if w.lower().strip(",") not in SUBJECT_VERB_FILLERS]
        if not kept:
            return None
        first = words[0].strip(",").lower()
        if first in ("that", "which") and len(words) > 1 and words[1].lower() in DETERMINERS:
            return None  # "a “hub model” that the council says will save": a relative clause, not a speaker
        if not (words[0][:1].isupper() or first in DETERMINERS or first in _PRONOUN_SUBJECTS
                or (first in ("one", "another") and len(words) <= 4)
                or first in PERSON_ROLE_NOUNS or (len(words) <= 6 and any(w[:1].isupper() for w in words))
                or _ROLE_THEN_NAME.match(subject)):
            return None
        end = at + len(subject)
        while words and words[-1].lower() in SUBJECT_VERB_FILLERS:
            end -= len(words[-1]) + 1
            words.pop()
        start_np = _apposition_name(masked, at, end)
        return Attribution(start_np, end, at, _verb_phrase(window, verb), at + verb.start(), "after", 0.9)
    return _trailing_clause(masked, at, sentence_end)


def _trailing_clause(masked: str, at: int, sentence_end: int) -> Attribution | None:
    """"Warnings were “filed and forgotten” by the council, the barrister leading the inquiry has said.": a
    reporting clause closing the sentence after its last comma."""
    window = masked[at:sentence_end]
    clause = _TRAILING_REPORT.search(window)
    if clause is None:
        return None
    subject = _CLAUSE_CUT.sub("", window[clause.start("np"):clause.end("np")])
    start = at + clause.start("np")
    return Attribution(start, start + len(subject), start, clause.group("verb"), at + clause.start("verb"), "after",
                       0.8)


def _first_sentence(np_text: str) -> str:
    """Up to a full stop that ends a sentence, not the one in "Dr." or "Sen."."""
    for stop in re.finditer(r"\. ", np_text):
        word = np_text[:stop.start()].rsplit(maxsplit=1)[-1].lower() if np_text[:stop.start()].strip() else ""
        if word not in ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
            return np_text[:stop.start()]
    return np_text


def _cut_after_name(np_text: str) -> str:
    words = np_text.split()
    if words and words[0][:1].isupper():
        return _TRAILING_CUT.sub("", np_text).rstrip(". ")
    return np_text.rstrip(". ")


def _apposition_name(masked: str, start: int, end: int) -> int:
    """"the group's director, Paula Jennings," — point the subject at the name inside the apposition."""
    inner = masked[start:end]
    parts = [part for part in inner.split(",") if part.strip()]
    if len(parts) >= 2 and parts[1].strip()[:1].isupper() and not re.match(r"[RDI]-[A-Z]", parts[1].strip()):
        return start + inner.index(parts[1]) + (len(parts[1]) - len(parts[1].lstrip()))
    return start


def _verb_phrase(window: str, verb: re.Match[str]) -> str:
    follow = re.match(r"\s+(reporters|journalists|the\s+\w+|a\s+\w+|in\s+an?\s+\w+|on\s+X|in\s+X)",
                      window[verb.end():])
    if verb.group() in ("told", "tells", "wrote", "writes") and follow:
        return verb.group() + follow.group()
    return verb.group()


def _before(masked: str, sentence_start: int, open_at: int, cast: ArticleCast,
            region_start: int) -> Attribution | None:
    head = masked[sentence_start:open_at]
    verbs = [verb for verb in _VERB.finditer(head)
             if sentence_start + verb.start() >= region_start and not _noun_use(head, verb)]
    according = list(_ACCORDING.finditer(head))
    last_verb = verbs[-1] if verbs else None
    if according and (last_verb is None or according[-1].start() > last_verb.start()):
        match = according[-1]
        start = sentence_start + match.start("np")
        return Attribution(start, start + len(match.group("np").rstrip()), start, "according to",
                           sentence_start + match.start(), "according", 0.8)
    colon = head.rstrip().endswith(":")
    if last_verb is not None and last_verb.group() in NAMING_VERBS \
            and not masked[sentence_start + last_verb.end():open_at].strip(" ,"):
        # "what sleep scientists call “revenge bedtime procrastination”": the term is theirs
        verb_at = sentence_start + last_verb.start()
        subject = _subject_before(masked, sentence_start, verb_at, cast)
        if subject is not None:
            return Attribution(subject[0], subject[1], subject[2], last_verb.group(), verb_at, "before", 0.8)
    if last_verb is not None:
        agent = _PASSIVE_AGENT.match(masked, sentence_start + last_verb.end())
        if agent is not None and _PASSIVE_AUXILIARY.search(head, 0, last_verb.start()) \
                and "," not in masked[agent.end():open_at]:  # not "…, which were confirmed by Whitehall, were “…”"
            # "had been told by Callery that his chimney was …", "was accused by her opposite number of …"
            return Attribution(agent.start("np"), agent.end("np"), agent.start("np"), last_verb.group(),
                               sentence_start + last_verb.start(), "before", 0.8)
        chosen = _choose_verb(masked, sentence_start, verbs, cast)
        if chosen is None:
            return None
        verb, (start, end, as_written) = chosen
        return Attribution(start, end, as_written, _verb_phrase(head, verb), sentence_start + verb.start(),
                           "colon" if colon else "before", 0.8)
    if colon:
        return _colon_subject(masked, sentence_start, sentence_start + head.rstrip().rfind(":"), cast)
    return None


def _choose_verb(masked: str, sentence_start: int, verbs: list[re.Match[str]],
                 cast: ArticleCast) -> tuple[re.Match[str], tuple[int, int, int]] | None:
    """The latest reporting verb with a clear speaker wins ("…in which Colin Marsh wrote that"); otherwise
    the first, whose clause frames the rest ("the communiqué said the leaders had agreed to")."""
    first: tuple[re.Match[str], tuple[int, int, int]] | None = None
    for verb in reversed(verbs):
        subject = _subject_before(masked, sentence_start, sentence_start + verb.start(), cast)
        if subject is None:
            continue
        if _names_someone(cast, subject[0], subject[1]) \
                or masked[subject[0]:subject[1]].split(maxsplit=1)[0].lower() in _UNNAMED_OPENERS:
            # "prompting what one fund manager described as …": an unnamed source is still this verb's subject
            return verb, subject
        first = (verb, subject)
    return first


def _names_someone(cast: ArticleCast, start: int, end: int) -> bool:
    # overlapping, so "Mr Al Hammadi" counts when the subject found is only "Al Hammadi"
    return any(mention.entity is not None or mention.kind == "name"
               for mention in cast.mentions_overlapping(start, end))


def _noun_use(head: str, verb: re.Match[str]) -> bool:
    """"similar claims", "member states": a plural noun, not a reporting verb."""
    if verb.group() == "call":  # "on a call with analysts", "a conference call" — but "what critics call"
        previous_words = head[:verb.start()].split()
        return bool(previous_words) and previous_words[-1].lower() in (DETERMINERS | _CALL_NOUN_LEADS)
    if verb.group() not in NOUN_OR_VERB:
        return False
    before = head[:verb.start()].split()
    if not before:
        return True
    previous = before[-1].lower().strip(",")
    return previous not in _PRONOUN_SUBJECTS and not before[-1][:1].isupper() and previous not in SUBJECT_VERB_FILLERS


def _subject_before(masked: str, sentence_start: int, verb_at: int,
                    cast: ArticleCast) -> tuple[int, int, int] | None:
    tokens = tokenize(masked, sentence_start, verb_at)
    dropped_time = False
    while tokens and (tokens[-1].lower in SUBJECT_VERB_FILLERS or tokens[-1].lower in _TIME_WORDS
                      or (dropped_time and tokens[-1].lower == "on")):
        dropped_time = tokens[-1].lower in _TIME_WORDS  # "President Joe Biden on Tuesday called"
        tokens.pop()
    if not tokens:
        return None
    leading_verb = _INFINITIVE_LEAD.search(masked, max(sentence_start, verb_at - 40), verb_at)
    if leading_verb is not None and leading_verb.group("verb") not in NP_BOUNDARIES:
        # "Murthy intervened to say", "she went on to add": the subject of the verb that leads in speaks
        return _subject_before(masked, sentence_start, leading_verb.start("verb"), cast)
    gap = masked[tokens[-1].end:verb_at]
    # "who had said", "she has called": the auxiliaries dropped above leave no gap that matters
    bare_gap = not gap.strip() or all(word.lower() in SUBJECT_VERB_FILLERS for word in gap.split())
    if masked[verb_at:verb_at + 14].split(maxsplit=1)[0].endswith("ing"):
        # "…, with Tobias Fenwright, a former banker, calling his rival …": the subject of the absolute phrase
        absolute = _WITH_SUBJECT.search(masked, max(sentence_start, verb_at - 160), verb_at)
        if absolute is not None:
            return absolute.start("np"), absolute.end("np"), absolute.start("np")
    if tokens[-1].lower in _PRONOUN_SUBJECTS and bare_gap:  # "a plan she called": the pronoun speaks
        return tokens[-1].start, tokens[-1].end, tokens[-1].start
    if tokens[-1].lower == "who" and bare_gap:
        # "Kerry TD Gearóid Fitzmaurice, who said …": the relative pronoun speaks for the name it follows
        for mention in reversed(cast.mentions_in(max(sentence_start, tokens[-1].start - 120), tokens[-1].start)):
            if mention.kind in ("name", "description") and mention.entity is not None \
                    and mention.entity.kind == "person" \
                    and re.fullmatch(r",?\s*", masked[mention.end:tokens[-1].start]):
                return mention.start, mention.end, mention.start
            break
    if tokens[-1].lower in ("that", "which") and not gap.strip():  # "one sent by Parr … that said"
        agent = _AGENT.search(masked, max(sentence_start, verb_at - 120), tokens[-1].start)
        if agent:
            return agent.start("name"), agent.end("name"), agent.start("name")
    if "," in gap and masked[verb_at:verb_at + 14].split(maxsplit=1)[0] in PARTICIPLES:
        # "Mr Marsh invoked their father, Dennis Marsh, a long-serving councillor, telling the audience …": a
        # participle after the commas belongs to the clause's subject, not to the apposition before it
        subject = _sentence_subject(masked, sentence_start, verb_at, cast)
        apposed = _appositive_subject(masked, sentence_start, tokens[-1].end, cast)
        if subject is not None and apposed is not None and subject[1] < apposed[0] \
                and any(_is_person(mention) or (mention.kind == "pronoun" and mention.entity is not None
                                                and mention.entity.kind == "person")
                        for mention in cast.mentions_in(subject[0], subject[1])) \
                and any(_is_person(mention) for mention in cast.mentions_in(apposed[0], apposed[1])):
            return subject
        return apposed
    if "," in gap:
        return _appositive_subject(masked, sentence_start, tokens[-1].end, cast)
    if tokens[-1].lower in ("and", "but") or re.sub(r"[\w’'\s\-]", "", gap) not in ("", ")"):
        return _sentence_subject(masked, sentence_start, verb_at, cast)
    chosen = [tokens[-1]]
    for token in reversed(tokens[:-1]):
        between = masked[token.end:chosen[0].start]
        if (between.strip(" ’'s-") and between.strip() != "&") or len(chosen) >= 9:
            break  # but "Harwell & Strand Securities" is one name
        lowered = token.lower
        if lowered in NP_BOUNDARIES or lowered in _WH_WORDS:
            break
        previous_word = masked[max(0, token.start - 4):token.start].lower()
        if token.capitalised and lowered in CAPITALISED_STOPWORDS and lowered not in DETERMINERS \
                and lowered not in ("former", "ex", "late") and not previous_word.endswith(("the ", " a ")):
            break
        chosen.insert(0, token)
        if lowered in DETERMINERS:
            break
    if chosen[-1].lower in NP_BOUNDARIES:
        return None
    partitive = _PARTITIVE.search(masked, max(sentence_start, chosen[0].start - 60), chosen[0].start)
    if partitive is not None:  # "One member of her cabinet said": someone unnamed, not the cabinet
        return partitive.start(), chosen[-1].end, partitive.start()
    owner = _person_qualified_by(masked, chosen[0].start, chosen[-1].end, cast)
    if owner is not None:
        return owner
    return chosen[0].start, chosen[-1].end, chosen[0].start


def _inside_name(cast: ArticleCast, at: int) -> bool:
    """"the Rail and Transit Workers' Union": an "and" inside a name does not split the sentence into chunks."""
    return any(m.kind == "name" and m.start < at < m.end for m in cast.mentions_overlapping(at, at + 1))


def _person_qualified_by(masked: str, start: int, end: int, cast: ArticleCast) -> tuple[int, int, int] | None:
    """"opposition leader Jonas Albrecht-Wendt of the Civic Union accused": the body after "of" only says
    where the person belongs; the person is the subject — or the role is, in "The former chief financial
    officer of the Highveld Water Board told"."""
    link = re.search(r"\b(?:of|from|at|with)\s+$", masked[max(0, start - 6):start])
    if link is None:
        return None
    before = start - (len(masked[max(0, start - 6):start]) - link.start())
    for mention in reversed(cast.mentions_in(max(0, before - 60), before)):
        if masked[mention.end:before].strip():
            break
        if mention.kind == "name" and mention.entity is not None and mention.entity.kind == "person":
            return mention.start, mention.end, mention.start
        if mention.kind == "description" and mention.head in PERSON_ROLE_NOUNS and link.group().startswith("of"):
            return mention.start, end, mention.start
        break
    return None


def _appositive_subject(masked: str, sentence_start: int, end: int,
                        cast: ArticleCast) -> tuple[int, int, int] | None:
    """"Their organiser, Bethany Carr, 62, a retired teacher, said": pick the name among the commas."""
    chunks: list[tuple[int, int]] = []
    cursor = sentence_start
    brackets = [(m.start(), m.end()) for m in _BRACKETED.finditer(masked, sentence_start, end)]
    # "Senator Chinwe Okafor (PDA, Enugu East), who …": a party and a seat in brackets stay with the name
    breaks = [sep for sep in _CHUNK_BREAK.finditer(masked, sentence_start, end) if not _inside_name(cast, sep.start())
              and not any(left < sep.start() < right for left, right in brackets)]
    for separator in [*breaks, None]:
        stop = separator.start() if separator is not None else end
        left, right = cursor, stop
        while left < right and masked[left].isspace():
            left += 1
        while right > left and masked[right - 1].isspace():
            right -= 1
        if right > left:
            chunks.append((left, right))
        cursor = separator.end() if separator is not None else end
    chunks = chunks[-6:]
    for index in range(len(chunks) - 1, -1, -1):
        start, stop = chunks[index]
        first = masked[start:stop].split(maxsplit=1)[0] if masked[start:stop].split() else ""
        if first.lower() in _NOT_SUBJECT_START or _in_relative_clause(masked, sentence_start, start) \
                or (index > 0 and _PLACE_AFTER_AND.search(masked, chunks[index - 1][0], start)):
            # "…, the MP for Harrowfield and Denby, said": the second place of a pair, not a speaker
            continue
        names = [m for m in cast.mentions_in(start, stop) if m.kind == "name"
                 and (m.entity is None or m.entity.kind != "unknown" or m.start == start)]
        # "Tamil Nadu’s industries minister T.R. Senthilnathan": the person, not the place that qualifies them
        names.sort(key=lambda m: not (m.entity is not None and m.entity.kind == "person"))
        if names and index > 0 and _PREPOSITION_BEFORE.search(masked, start, names[0].start):
            continue  # "…, founder of the charity Paws Returned, said": the organisation is not the speaker
        if names and index > 0 and not _is_person(names[0]) \
                and any(word in PERSON_ROLE_NOUNS for word in masked[start:stop].lower().split()) \
                and any(_is_person(m) for m in cast.mentions_in(*chunks[index - 1])):
            continue  # "Gregor Lindahl, Tri-Valley's vice president of operations, told": the person, not the firm
        if names and names[0].start - start < 40:
            phrase = _leading_phrase(masked, start, stop)
            if phrase is not None and phrase[0] <= names[0].start < phrase[1]:
                stop = max(phrase[1], names[0].end)
            else:
                stop = names[0].end
            as_written = start
            if index > 0:
                previous_start, previous_stop = chunks[index - 1]
                previous_words = masked[previous_start:previous_stop].lower().split()
                if previous_words[0] in DETERMINERS or previous_words[-1] in PERSON_ROLE_NOUNS:
                    as_written = previous_start
            return start, stop, as_written
    for start, stop in chunks:
        first = masked[start:stop].split(maxsplit=1)[0].lower()
        if first in DETERMINERS or masked[start:start + 1].isupper():
            subject = _leading_phrase(masked, start, stop)
            if subject is not None:
                return subject[0], subject[1], subject[0]
    return None


def _is_person(mention: Mention) -> bool:
    return mention.kind == "name" and mention.entity is not None and mention.entity.kind == "person"


def _in_relative_clause(masked: str, sentence_start: int, at: int) -> bool:
    """"The union, which represents staff in its bakeries in Salford and Wakefield, said": what a relative
    clause mentions is not the subject."""
    openers = list(_RELATIVE_OPENER.finditer(masked, sentence_start, at))
    if not openers:
        return False
    opener = openers[-1]
    # the clause closes at a comma before the main verb ("…, which broke along party lines, came …"), not at
    # one inside a list ("…, which represents millers in Kenya, Uganda and Tanzania, warned") — but a clause
    # whose verb is done closes at its first comma ("In Plymouth, where the store has traded since 1962, the
    # leader of the city council, Sunita Raval, said")
    first_comma = masked.find(",", opener.end(), at)
    if first_comma != -1 and _FINITE_VERB.search(masked, opener.end(), first_comma):
        stop = re.search(r"[,.;:!?\u2591]", masked[first_comma + 1:first_comma + 200])
        # but not in a list: "which has members in Kenya, Uganda and Tanzania, warned"
        if not re.search(r"\b(?:and|or)\b", masked[first_comma + 1:first_comma + 1 + (stop.start() if stop else 0)]):
            return False
    return _CLAUSE_CLOSE.search(masked, opener.end(), at + 1) is None


def _sentence_subject(masked: str, sentence_start: int, verb_at: int,
                      cast: ArticleCast) -> tuple[int, int, int] | None:
    """"… he dismissed her platform and said …": the subject of the first verb also speaks the second."""
    opening = _SPOKES_OPENING.match(masked, sentence_start, verb_at)
    if opening is not None:  # "A spokesperson for the North Mercia Combined Authority said the mayor would …"
        return opening.start(), opening.end(), opening.start()
    for mention in cast.mentions_in(sentence_start, verb_at):
        if mention.subject and mention.entity is not None and \
                not (mention.kind == "pronoun" and mention.text.lower() not in _PRONOUN_SUBJECTS) \
                and not _in_relative_clause(masked, sentence_start, mention.start):
            # "In Braga, where Terra Firme held its rally, the party's leader … declared": not the clause's subject
            return mention.start, mention.end, mention.start
    first_chunk_end = masked.find(",", sentence_start, verb_at)
    leading_words = masked[sentence_start:first_chunk_end].split(maxsplit=1) if first_chunk_end != -1 else []
    if leading_words and leading_words[0].lower() in _NOT_SUBJECT_START:
        # "In Braga, where …, the party's leader, Nuno Amaral Pestana, appeared … and declared": a scene-setting
        # phrase opens the sentence; the person among the commas is its subject
        apposed = _appositive_subject(masked, sentence_start, verb_at, cast)
        if apposed is not None and any(_is_person(m) for m in cast.mentions_in(apposed[0], apposed[1])):
            return apposed
    stop = first_chunk_end if first_chunk_end != -1 else verb_at
    subject = _leading_phrase(masked, sentence_start, stop)
    return (subject[0], subject[1], subject[0]) if subject else None


def _leading_phrase(masked: str, start: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase a clause opens with: determiners, names, modifiers, up to its head noun."""
    tokens = tokenize(masked, start, stop)
    chosen: list[Token] = []
    for position, token in enumerate(tokens):
        lowered = token.lower
        if chosen and (lowered in NP_BOUNDARIES or lowered in SPEECH_VERBS or lowered in SUBJECT_VERB_FILLERS):
            break
        if chosen and not token.capitalised and lowered not in DETERMINERS and not chosen[-1].possessive \
                and chosen[-1].lower not in DETERMINERS and not _head_ahead(tokens, position):
            break
        chosen.append(token)
        if len(chosen) >= 8 or (not token.capitalised and _is_head_noun(lowered) and not token.possessive
                                and not _head_ahead(tokens, position + 1)):
            break
    if not chosen:
        return None
    return chosen[0].start, chosen[-1].end


def _is_head_noun(word: str) -> bool:
    return word in PERSON_ROLE_NOUNS or word in ORG_ROLE_NOUNS or word in DOCUMENT_NOUNS


def _head_ahead(tokens: list[Token], position: int) -> bool:
    for token in tokens[position:position + 3]:
        lowered = token.lower
        if lowered in NP_BOUNDARIES or lowered in SPEECH_VERBS:
            return False
        if token.capitalised or _is_head_noun(lowered):
            return True
    return False


def _colon_subject(masked: str, sentence_start: int, colon_at: int, cast: ArticleCast) -> Attribution | None:
    chunk_start = masked.rfind(",", sentence_start, colon_at)
    start = sentence_start if chunk_start == -1 else chunk_start + 1
    while start < colon_at and masked[start].isspace():
        start += 1
    phrase = _leading_phrase(masked, start, colon_at)
    if phrase is not None and masked[phrase[0]].islower() and masked[phrase[0]:phrase[1]].lower().split()[0] \
            not in DETERMINERS:
        # "Eleanor Voss, 84, who …, addressed councillors …:": the chunk is a predicate; its subject speaks
        subject = _sentence_subject(masked, sentence_start, colon_at, cast)
        phrase = (subject[0], subject[1]) if subject is not None else None
    if phrase is None or len(masked[phrase[0]:phrase[1]].strip()) <= 1:
        return None  # "Q:" and "A:" label a transcript's turns; they name no one
    return Attribution(phrase[0], phrase[1], phrase[0], None, colon_at, "colon", 0.7)
