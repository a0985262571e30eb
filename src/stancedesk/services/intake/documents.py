"""Documents as speakers: a statement speaks for whoever issued it, a report or study for whoever wrote it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text_layout import Sentence

if TYPE_CHECKING:
    from .cast_types import Entity
    from .speaker_resolution import ArticleCast

# Documents that speak for whoever issued them; a study or a report speaks for its author when the article
# names one ("a report published by the Coalition …"), and is otherwise cited as itself.
ISSUED_DOCUMENTS = frozenset(["statement", "release", "communiqué", "communique", "letter", "email", "memo", "post",
                              "tweet"])
_REPORTING_VERB = re.compile(r"\b(?:said|says|added|told|announced|confirmed|warned|stated|insisted|argued|"
                             r"suggests|suggested|described|accused)\b")
_STUDY_NOUNS = frozenset(["report", "study", "assessment", "review", "survey", "analysis", "audit", "evaluation"])
_LEGAL_NOUNS = frozenset(["complaint", "lawsuit", "suit", "petition", "class action", "claim"])
_FAMILIES = {noun: family for family in (_LEGAL_NOUNS,) for noun in family}
_AUTHOR_AGENT = re.compile(r"[^.;:!?\u2591]{0,80}?\b(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?=[A-Z])")
_AUTHOR_VERB = re.compile(r"\b(?:published|publishes|released|releases|issued|issues|produced|produces|"
                          r"commissioned|compiled)\b")


def document_issuer(cast: ArticleCast, head: str, at: int) -> Entity | None:
    """"In a statement released on Tuesday, the airline said …" teaches who "the statement" speaks for — the
    body that said it, before the secretary who signed it ("signed by its Company Secretary, …, Sahel Cement
    said"), and the signer before a person the sentence names."""
    window_start = max(0, at - 3000)
    introduced = list(re.finditer(r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'\-]+\s+){0,2}?"
                                  + re.escape(head) + r"\b", cast.masked[window_start:at]))
    sentence = cast.sentence_of(window_start + introduced[-1].start()) if introduced else None
    if sentence is not None:
        # only a body named before the sentence's reporting verb: "…, Sahel Cement said", not "Tobias Wenham
        # … said in a written statement that the firm had …"
        verb = _REPORTING_VERB.search(cast.masked, sentence.start, sentence.end)
        bounded = Sentence(sentence.index, sentence.paragraph, sentence.start, verb.start() if verb else sentence.end)
        body = _sentence_body(cast, bounded, ("organization", "government"))
        if body is not None:
            return body
    agent = named_agent(cast, head, window_start, at)
    if agent is not None or sentence is None:
        return agent
    return _sentence_body(cast, sentence, ("organization", "government", "person"))


def _sentence_body(cast: ArticleCast, sentence: Sentence, kinds: tuple[str, ...]) -> Entity | None:
    """The first one of `kinds` a sentence names outside a prepositional phrase: who issued what it mentions."""
    for mention in cast.mentions_in(sentence.start, sentence.end):
        entity = mention.entity
        if entity is not None and entity.kind in kinds and mention.kind != "pronoun" \
                and not cast.after_preposition(mention.start):
            return entity
    return None


def document_author(cast: ArticleCast, head: str, at: int) -> Entity | None:
    """"a report published on Monday by the Coalition for Detainee Justice", "the group released a report":
    a report or study speaks for whoever wrote it, when the article says who did — not for a journal."""
    window_start = max(0, at - 3000)
    named = named_agent(cast, head, window_start, at) or _possessive_owner(cast, head, window_start, at)
    if named is not None:
        return named
    # "published its five-yearly assessment … ¶ the report said": a study may come back under a sibling noun
    heads = _STUDY_NOUNS if head in _STUDY_NOUNS else frozenset([head])
    introduced = list(re.finditer(r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?:[\w’'\-]+\s+){0,3}?(?:"
                                  + "|".join(re.escape(noun) for noun in sorted(heads)) + r")\b",
                                  cast.masked[window_start:at]))
    if not introduced:
        return None
    intro_start, intro_end = window_start + introduced[-1].start(), window_start + introduced[-1].end()
    sentence = cast.sentence_of(intro_start)
    if introduced[-1].group().split()[0].lower() in ("its", "their"):
        # "In its latest weekly report, released on Friday, the mission said …": the sentence's subject
        body = _sentence_body(cast, sentence, ("organization", "government"))
        if body is not None:
            return body
    agent = _AUTHOR_AGENT.match(cast.masked, intro_end, sentence.end)
    if agent is not None:
        for mention in cast.mentions_in(agent.end(), agent.end() + 80):
            if mention.entity is not None and mention.entity.kind in ("organization", "government", "person"):
                return mention.entity
        return None
    if _AUTHOR_VERB.search(cast.masked, sentence.start, intro_start):
        for mention in cast.mentions_in(sentence.start, intro_start):
            # "On Monday the College of Emergency Care published a survey": the body that published it, named
            # outside a prepositional phrase (read before subjects are marked, so not by the mark)
            if mention.entity is not None and mention.entity.kind in ("organization", "government") \
                    and not cast.after_preposition(mention.start):
                return mention.entity
    return None


# "letters last week from Crestline Living Inc.", "a report from the independent Health Performance Commission"
_DIRECT_BY = re.compile(r",?\s+(?:[a-z]+\s+){0,2}?(?:by|from)\s+(?:the\s+(?:[a-z]+\s+)?)?(?=[A-Z])")
_BY_DESCRIBED = re.compile(r",?\s+(?:(?:written|produced|issued|released|published|signed)\s+)?(?:by|from)\s+the\s+"
                           r"(?P<head>[a-z]+)\b(?![ \t]+[A-Z])")
_SENT_BY = re.compile(r"\b(?:sent|written|signed|issued|released|drafted|posted|published|authored|circulated|filed|"
                      r"lodged|submitted|brought|"
                      r"distributed|penned|prepared|compiled|commissioned)\b(?:[^.;!?\u2591]|\.(?!\s+[A-Z])){0,60}?\bby\s+")


def named_agent(cast: ArticleCast, head: str, window_start: int, at: int) -> Entity | None:
    """"The memo, sent to senior managers on Jan. 30 by chief operating officer Tobias Halvard": whoever the
    article says sent or wrote the document, wherever it says so first."""
    found: Entity | None = None
    # "received letters … from X" ¶ "the letter said"; "a class action filed by X" ¶ "the complaint alleges"
    heads = "|".join(re.escape(noun) for noun in sorted(_FAMILIES.get(head, {head}), key=len, reverse=True))
    for mention_of_head in re.finditer(r"\b(?:" + heads + r")(?:s|es)?\b", cast.masked[window_start:at + len(head) + 8],
                                       re.I):
        after = window_start + mention_of_head.end()
        described = _BY_DESCRIBED.match(cast.masked, after)
        if described is not None:
            # "a statement issued by the alliance", "an assessment by the trust": the body that noun means
            body = cast.org_described_as(described.group("head"), described.start("head"))
            if body is not None:
                found = body
                continue
        sent = _DIRECT_BY.match(cast.masked, after) or _SENT_BY.search(cast.masked, after, after + 140)
        if sent is None or re.search(r"[;!?]\s|\.\s+[A-Z]", cast.masked[after:sent.start()]):
            continue
        stop = re.search(r"[.;!?](?:\s|$)", cast.masked[sent.end():sent.end() + 60])
        candidates = [mention for mention in cast.mentions_in(sent.end(), sent.end() + (stop.start() if stop else 60))
                      if mention.entity is not None and mention.entity.kind in ("organization", "government", "person")]
        # "signed by his Chief Press Secretary, Mr. Olumide Yusuf-Adekanye": the name, not whose secretary
        named = [mention for mention in candidates if mention.kind != "pronoun"]
        if named or candidates:
            found = (named or candidates)[0].entity
    return found


def _possessive_owner(cast: ArticleCast, head: str, window_start: int, at: int) -> Entity | None:
    """"The district's latest hydrology report, released last month, warned …" ¶ "the report said": the owner
    named in the possessive that introduced the document."""
    found = list(re.finditer(r"(?P<owner>\b[Tt]he\s+[a-z]+|\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s+"
                             r"(?:[\w\-]+\s+){0,3}?" + re.escape(head) + r"\b", cast.masked[window_start:at]))
    if not found:
        return None
    owner = found[-1]
    words = owner.group("owner").split()
    if words[0].lower() == "the":
        return cast.org_described_as(words[-1].lower(), window_start + owner.start("owner"))
    for mention in cast.mentions_in(window_start + owner.start("owner"), window_start + owner.end("owner")):
        if mention.entity is not None and mention.entity.kind in ("organization", "government", "person"):
            return mention.entity
    return None
