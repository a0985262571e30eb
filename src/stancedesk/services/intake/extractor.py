"""Ties the steps together: quotes, attribution, speakers, dates, fragment flag and confidence."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from .attribution import SPEECH_VERB, Attribution, attribute
from .cast_types import public_kind
from .embedded_posts import EmbeddedPost, find_embedded_posts
from .headline_echo import echo_headlines
from .lexicon import DOCUMENT_NOUNS, GROUP_NOUNS, words
from .models import ExtractedQuote, KnownSpeaker, Precision, SpeakerDirectory
from .quote_role import quote_role
from .quote_scanner import QUOTE_MARKS, QuoteSpan, scan_quotes
from .said_dates import find_date_mentions, year_hint_from
from .said_on import lede_date, said_on
from .speaker_resolution import ArticleCast, Entity, SpeakerGuess
from .text_layout import Sentence, split_paragraphs, split_sentences

_MASK = "\u2591"
_SENTENCE_WINDOW = 1_000
_CONTEXT = 32
_CLAUSE_WORDS = words("is are was were be been am has have had will would can could should must do does did "
                      "may might shall i we you he she they it there this that")
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|headed)\s*$")
# "known in the industry as “step therapy”", "the so-called “hard discount” format", "what some are calling a
# “service crisis”": the writer names a term; no one is quoted saying it
_GROUP_ALTERNATION = "|".join(sorted(GROUP_NOUNS | {"some", "many", "others", "people"}, key=len, reverse=True))
_TERM_LEAD = re.compile(r"(?:\b(?:known|referred\s+to)(?:\s+[\w\-]+){0,4}?\s+as|\bso-called|"
                        r"\bwhat\s+(?P<who>(?:[a-z][\w\-]*\s+){0,2}?(?:" + _GROUP_ALTERNATION
                        + r")(?:\s+of\s+[a-z\s]{1,40}?)?)"
                        r"\s+(?:have\s+|has\s+|are\s+|had\s+)?(?:call|calling|called|dub|dubbed|brand|branded|"
                        r"describe|described|term|termed|refer\s+to\s+as)(?:\s+(?:as\s+)?(?:a|an|the))?)\s*$")
# "the department’s “Safe Abroad” register": a proper name in title case, set in the writer's own phrase
_NAMED_BY_SOMEONE = re.compile(r"\b(?:call|calls|called|calling|dub|dubs|dubbed|brand|brands|branded|term|termed)"
                               r"\s+(?:it\s+|them\s+)?(?:the|a|an)\s*$")  # "what he called the “Ilorin Accord”"
_TITLED_AS = re.compile(r"\b(?:as|named|nicknamed|branded|dubbed)\s+(?:the\s+)?$")
_NAME_IN_PHRASE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|['’]s)\s*$")
# "Rep. Eduardo “Edong” Lacsamana": a nickname set inside a name
_NICKNAME = re.compile(r"[A-Z][\w.’'\-]+\s$")
_TITLE_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "in", "on", "to", "for", "del", "de", "la", "le", "da",
                               "do", "van", "von"])
_SELF_NAMED = re.compile(r"(?:I,\s+|[Mm]y\s+name\s+is\s+)(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-.]+){1,3})(?=[,.;])")
_NOUN_PHRASE_START = frozenset(["a", "an", "the"])



@dataclass
class _Found:
    span: QuoteSpan | None
    start: int
    end: int
    open_at: int
    outer_end: int
    opening: Sentence
    closing: Sentence
    paragraph: int
    post: EmbeddedPost | None = None
    attribution: Attribution | None = None
    guess: SpeakerGuess | None = None
    certainty: float = 0.0
    verb: str | None = None
    lends: bool = True  # a title or a self-naming declaration does not speak for the quotes around it
    evidence: str = "none"  # named, description, pronoun, post, title, neighbour, fallback


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = split_paragraphs(text)
        spans = scan_quotes(text, self.paragraphs)
        self.spans = spans
        self.outer = [span for span in spans if span.depth == 0]
        self.outer_opens = [span.open_at for span in self.outer]
        self.posts = find_embedded_posts(text, self.paragraphs)
        interiors = [span.interior for span in self.outer]
        self.sentences = split_sentences(text, self.paragraphs, interiors)
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        chars = list(text)
        for start, end in interiors:
            chars[start:end] = _MASK * (end - start)
        for post in self.posts:
            chars[post.start:post.end] = _MASK * (post.end - post.start)
            chars[post.signature_start:post.signature_end] = _MASK * (post.signature_end - post.signature_start)
        self.masked = "".join(chars)
        self.cast = ArticleCast(text, self.masked, self.paragraphs, self.sentences)

    def previous_quote_end(self, open_at: int, floor: int) -> int:
        """Where the text after the sentence's previous quotation starts (or the sentence start)."""
        index = bisect_right(self.outer_opens, open_at - 1) - 1
        if index >= 0 and floor <= self.outer[index].outer_end <= open_at:
            return self.outer[index].outer_end
        return floor

    def inside_quote(self, offset: int) -> bool:
        index = bisect_right(self.outer_opens, offset) - 1
        return index >= 0 and self.outer[index].interior[0] <= offset < self.outer[index].interior[1]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence around an offset, clipped so run-on input cannot make attribution quadratic."""
        index = max(0, bisect_right(self.sentence_starts, offset) - 1)
        sentence = self.sentences[index]
        if sentence.end - sentence.start <= 2 * _SENTENCE_WINDOW:
            return sentence
        start = max(sentence.start, offset - _SENTENCE_WINDOW)
        end = min(sentence.end, offset + _SENTENCE_WINDOW)
        return Sentence(sentence.index, sentence.paragraph, start, end)


def extract(text: str, published: date | None, directory: SpeakerDirectory | None) -> list[ExtractedQuote]:
    if not text.strip():
        return []
    article = _Article(text)
    if not article.sentences:
        return []
    found = _collect(article)
    for item in found:
        _attribute(article, item)
    _inherit(article, found)
    echo_headlines(text, article.paragraphs, found)
    year_hint = published.year if published else year_hint_from(text)
    dates = find_date_mentions(text, published, year_hint=year_hint)
    dates = [m for m in dates if not article.inside_quote(m.start)]
    date_starts = [m.start for m in dates]
    results: list[ExtractedQuote] = []
    memory: dict[int, tuple[date, Precision, int]] = {}
    lede = lede_date(article, dates)
    for item in found:
        day, precision, date_certainty = said_on(article, item, dates, date_starts, published, memory, lede)
        results.append(_build(article, item, day, precision, date_certainty, directory))
    results.extend(_nested(article, results))
    results.sort(key=lambda quote: quote.start)
    return results


def _nested(article: _Article, outer: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """"When a company says 'efficiencies', our members hear 'redundancies'": a quotation inside a quotation is
    its own quote. Who first said it is rarely clear, so it is left without a speaker or a date."""
    found: list[ExtractedQuote] = []
    known = {(quote.start, quote.end) for quote in outer}
    for span in article.spans:
        if span.depth == 0 or not span.closed:
            continue
        start, end = _trim(article.text, *span.interior)
        quote = article.text[start:end]
        if end <= start or (start, end) in known or not any(ch.isalpha() for ch in quote):
            continue
        lowered = [word.lower().strip(",.;:!?") for word in quote.split()]
        fragment = len(lowered) <= 4 or (len(lowered) <= 6 and not any(w in _CLAUSE_WORDS for w in lowered))
        found.append(ExtractedQuote(
            quote=quote, start=start, end=end, prefix=article.text[max(0, start - _CONTEXT):start],
            suffix=article.text[end:end + _CONTEXT], speaker=None, speaker_as_written=None, speaker_actor_id=None,
            speaker_kind=None, verb=None, said_on=None, said_on_precision=None, confidence=0.2, fragment=fragment))
    return found


def _collect(article: _Article) -> list[_Found]:
    found: list[_Found] = []
    post_spans = [(post.start, post.end) for post in article.posts]
    for span in article.outer:
        start, end = _trim(article.text, *span.interior)
        if end <= start:
            continue
        opening = article.sentence_at(span.open_at)
        closing = article.sentence_at(max(span.open_at, span.close_at - 1))
        found.append(_Found(span, start, end, span.open_at, span.outer_end, opening, closing, opening.paragraph))
    for post in article.posts:
        start, end = _trim(article.text, post.start, post.end)
        if end <= start:
            continue
        sentence = article.sentence_at(post.start)
        found.append(_Found(None, start, end, post.start, post.end, sentence, article.sentence_at(end - 1),
                            sentence.paragraph, post=post))
    for item in found:
        if item.post is None:
            for post, (start, stop) in zip(article.posts, post_spans, strict=True):
                if start <= item.start < stop:
                    item.post = post
    found.sort(key=lambda item: item.start)
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if end - start > 1 and text[end - 1] == "." and text[end - 2] != ".":
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _attribute(article: _Article, item: _Found) -> None:
    if item.span is None and item.post is not None:
        entity = article.cast.match_signature(item.post.name)
        name = entity.name if entity is not None else item.post.name
        written = f"{item.post.name} ({item.post.handle})"
        item.guess = SpeakerGuess(name, written, "person" if entity is not None else None, entity, 0.85)
        item.certainty, item.verb, item.evidence = 0.8, "posted", "post"
        return
    if item.span is not None:
        term = _names_a_term(article, item)
        if term is not None:
            item.guess = SpeakerGuess(None, term, None, None, 0.5, anonymous=True)
            return
    colon_intro = _colon_intro(article, item)
    region_start = article.previous_quote_end(item.open_at, item.opening.start)
    attribution = attribute(article.masked, item.open_at, item.outer_end, item.opening,
                            _closing_clause(article, item), article.cast, colon_intro, region_start)
    if attribution is None:
        item.guess = _title_of_document(article, item) or _self_named(article, item)
        if item.guess is not None:
            item.certainty, item.lends, item.evidence = item.guess.certainty * 0.9, False, "title"
        return
    guess = article.cast.resolve_phrase(attribution.subject_start, attribution.subject_end)
    if guess is None:
        return
    if attribution.as_written_start < attribution.subject_start:
        written = " ".join(article.text[attribution.as_written_start:attribution.subject_end].split())
        guess = SpeakerGuess(guess.name, written, guess.kind, guess.entity, guess.certainty, guess.anonymous,
                             guess.evidence)
    item.attribution = attribution
    item.guess = guess
    item.verb = attribution.verb
    item.certainty = attribution.certainty * guess.certainty
    item.evidence = guess.evidence


def _names_a_term(article: _Article, item: _Found) -> str | None:
    """Who uses the term, as written ("investigators"), "" when no one is named, None when the quote is no term."""
    before = article.masked[max(item.opening.start, item.open_at - 60):item.open_at]
    lead = _TERM_LEAD.search(before)
    if lead is not None:
        return lead.group("who").strip() if lead.group("who") else ""
    quote = article.text[item.start:item.end]
    words = quote.split()
    title_case = 1 <= len(words) <= 5 and all(word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in words) \
        and words[0][:1].isupper() and quote[-1:] not in ".!?"
    if title_case and _NAME_IN_PHRASE.search(before) and not _NAMED_BY_SOMEONE.search(before) \
            and re.match(r"\s+[a-z]", article.text[item.outer_end:item.outer_end + 3]):
        return ""
    if title_case and len(words) >= 2 and _TITLED_AS.search(before) and not _NAMED_BY_SOMEONE.search(before):
        return ""  # "known locally as “Blue Lagoon”", "nicknamed “the Rattletrap”": the name of a thing
    if len(words) == 1 and quote[:1].isupper() and _NICKNAME.search(before) is not None \
            and re.match(r"\s[A-Z][a-z]", article.text[item.outer_end:item.outer_end + 3]) is not None:
        return ""
    return None


def _clause_subject(article: _Article, item: _Found) -> SpeakerGuess | None:
    """"Rennie had challenged his players on Thursday to “stop feeling sorry for ourselves”": no reporting
    verb, but the words are the sentence subject's, not the writer's — unless the quote is a term the writer
    uses ("the so-called …", "a “wall of blue” defence")."""
    if item.span is None or item.open_at <= item.opening.start + 2:
        return None
    quote = article.text[item.start:item.end]
    words = quote.split()
    if len(words) < 2 or all(word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in words):
        return None  # "shrink", "Keep Brackenford's Bins Fortnightly": a word or a title, no one's statement
    if quote_role(article.masked[item.opening.start:item.open_at], quote,
                  article.text[item.outer_end:item.outer_end + _CONTEXT]) == "label":
        return None
    for mention in article.cast.mentions_in(item.opening.start, item.open_at):
        entity = mention.entity
        if entity is None or not mention.subject or mention.end > item.open_at:
            continue  # 'Brian “Tall Man” Otieno': a nickname inside the name
        if entity.kind not in ("person", "organization", "government") or mention.kind == "pronoun":
            return None
        return SpeakerGuess(entity.name, article.text[mention.start:mention.end], public_kind(entity.kind), entity,
                            0.4, evidence="subject")
    return None


def _title_of_document(article: _Article, item: _Found) -> SpeakerGuess | None:
    """"The 94-page report, titled “Rooms Without Windows”": a title is the words of whoever issued the document."""
    if not _TITLED.search(article.masked, max(item.opening.start, item.open_at - 40), item.open_at):
        return None
    for mention in reversed(article.cast.mentions_in(item.opening.start, item.open_at)):
        if mention.kind == "description" and mention.head in DOCUMENT_NOUNS and mention.entity is not None:
            entity = mention.entity
            return SpeakerGuess(entity.name, mention.text, public_kind(entity.kind), entity, 0.7)
    return None


def _self_named(article: _Article, item: _Found) -> SpeakerGuess | None:
    """"I, Gerald Fenwick, being the returning officer …", "My name is …": a declaration names its speaker."""
    named = _SELF_NAMED.match(article.text, item.start, item.end)
    if named is None:
        return None
    name = named.group("name")
    entity = article.cast.find_entity(name)
    if entity is None or entity.kind != "person":
        return SpeakerGuess(name, name, "person", None, 0.75)
    return SpeakerGuess(entity.name, name, "person", entity, 0.85)


def _closing_clause(article: _Article, item: _Found) -> Sentence:
    """"'… don't you?' Whitlock-Baines asked." — a question or exclamation ends the sentence splitter's
    sentence, not the writer's: a short clause after it still attributes the quote."""
    closing = item.closing
    quote = article.text[item.start:item.outer_end].rstrip("".join(QUOTE_MARKS) + " ")
    if closing.end > item.outer_end + 1 or quote[-1:] not in "?!":
        return closing
    index = closing.index + 1
    if index >= len(article.sentences):
        return closing
    following = article.sentences[index]
    clause = article.masked[following.start:following.end]
    if following.paragraph != closing.paragraph or len(clause.split()) > 8 or clause[:1] in QUOTE_MARKS:
        return closing
    return Sentence(closing.index, closing.paragraph, closing.start, following.end)


def _colon_intro(article: _Article, item: _Found) -> Sentence | None:
    """A quotation that opens a paragraph right after one ending in a colon belongs to that colon."""
    if item.paragraph == 0 or item.opening.start != item.open_at:
        return None
    previous = article.paragraphs[item.paragraph - 1]
    if not article.text[previous.start:previous.end].rstrip().endswith(":"):
        return None
    return article.sentence_at(previous.end - 1)


def _inherit(article: _Article, found: list[_Found]) -> None:
    """Unattributed quotes borrow a neighbour's speaker: news copy names a speaker once per run of quotes."""
    for index, item in enumerate(found):
        if item.guess is not None and (item.guess.name is not None or item.guess.anonymous):
            continue
        if item.post is not None and item.span is not None:
            post = item.post
            entity = article.cast.match_signature(post.name)
            item.guess = SpeakerGuess(entity.name if entity else post.name, post.name, "person" if entity else None,
                                      entity, 0.8)
            item.certainty, item.verb, item.evidence = 0.7, "posted", "post"
            continue
        donor = _neighbour(found, index, item)
        if donor is not None and donor.guess is not None:
            item.guess, item.verb = donor.guess, donor.verb
            item.certainty = donor.certainty * 0.85
            item.evidence = "neighbour"
            continue
        clause = _clause_subject(article, item)
        if clause is not None:
            item.guess, item.certainty, item.lends, item.evidence = clause, 0.35, False, "subject"
            continue
        if _quote_only(article, item):
            subject = _previous_subject(article, item) or _previous_paragraph_speaker(article, item) \
                or _following_speaker(article, item)
            if subject is not None and subject.kind == "anonymous":
                # "One commuter said … ¶ “…”": whoever the paragraph is about is someone the article leaves unnamed
                item.guess = SpeakerGuess(None, subject.name, None, None, 0.5, anonymous=True, evidence="fallback")
                item.certainty, item.evidence = 0.3, "fallback"
            elif subject is not None:
                # the weakest evidence: no attribution, only whoever the paragraph was about
                item.guess = SpeakerGuess(subject.name, subject.name, subject.kind, subject, 0.6, evidence="fallback")
                item.certainty, item.evidence = 0.5, "fallback"


def _neighbour(found: list[_Found], index: int, item: _Found) -> _Found | None:
    for other_index in (index - 1, index + 1):
        if not 0 <= other_index < len(found):
            continue
        other = found[other_index]
        if other.guess is None or (other.guess.name is None and not other.guess.anonymous) \
                or (other.post is not None and item.post is None) or not other.lends:
            continue
        same_paragraph = other.paragraph == item.paragraph or (
            other_index == index - 1 and other.closing.paragraph == item.paragraph)
        if same_paragraph and (other_index == index - 1 or item.opening.start >= item.open_at - 1):
            return other
    if index > 0 and item.opening.start >= item.open_at - 1:
        previous = found[index - 1]
        if previous.lends and previous.closing.paragraph == item.paragraph - 1 and previous.guess is not None \
                and previous.guess.name is not None and previous.post is None:
            return previous
    return None


def _quote_only(article: _Article, item: _Found) -> bool:
    outside = article.masked[item.opening.start:item.open_at] + article.masked[item.outer_end:item.closing.end]
    return len(outside.split()) <= 3


def _previous_subject(article: _Article, item: _Found) -> Entity | None:
    index = item.opening.index - 1
    if index < 0:
        return None
    sentence = article.sentences[index]
    if sentence.paragraph != item.paragraph:
        return None
    return article.cast.subject_before(sentence)


def _previous_paragraph_speaker(article: _Article, item: _Found) -> Entity | None:
    """"Mr Cronin said the route would cut his land in two. ¶ “My family has farmed that land …”": a quotation
    standing alone continues the person the paragraph before reported speaking."""
    index = item.opening.index - 1
    if index < 0 or item.open_at > item.opening.start + 1:
        return None
    sentence = article.sentences[index]
    if sentence.paragraph != item.paragraph - 1 or article.inside_quote(sentence.start):
        return None
    # "Ms. Okafor brushed aside the suggestion. ¶ “Everybody on that dais knows …”": a paragraph that is only a
    # quotation goes on with the person the paragraph before was about
    entity = article.cast.subject_before(sentence)
    return entity if entity is not None and entity.kind == "person" else None


def _following_speaker(article: _Article, item: _Found) -> Entity | None:
    """"“It is a disgrace.” ¶ Those were the words of Jane Doe, who said …": a quotation standing alone takes
    the person the next sentence reports speaking, when that sentence opens the next paragraph or follows it."""
    index = item.closing.index + 1
    if index >= len(article.sentences):
        return None
    sentence = article.sentences[index]
    if sentence.paragraph > item.closing.paragraph + 1 or article.inside_quote(sentence.start) \
            or article.masked[sentence.start:sentence.start + 1] in QUOTE_MARKS:
        return None
    if not SPEECH_VERB.search(article.masked, sentence.start, sentence.end):
        return None
    entity = article.cast.subject_before(sentence)
    return entity if entity is not None and entity.kind == "person" else None


def _is_fragment(article: _Article, item: _Found) -> bool:
    if item.span is None:
        return False
    quote = article.text[item.start:item.end]
    words = quote.split()
    before = article.masked[item.opening.start:item.open_at].rstrip()
    standalone = not before or before.endswith((":", ",")) or item.open_at <= item.opening.start
    if standalone:
        after = article.text[item.outer_end:item.outer_end + 2].lstrip()
        closes_clause = quote[-1:] in ".!?…," or article.text[item.end:item.outer_end].strip(" ”’\"'»") != "" \
            or not after or after[0] in ",.!?;:—–-" or _attribution_follows(article, item)
        if closes_clause and len(words) >= 2:
            return False
    if len(words) <= 1:
        return True
    role = quote_role(article.masked[item.opening.start:item.open_at], quote,
                      article.text[item.outer_end:item.outer_end + _CONTEXT])
    if role is not None:
        return role == "label"
    if len(words) <= 4:
        return True
    lowered = [word.lower().strip(",.;:!?") for word in words]
    has_clause = any(word in _CLAUSE_WORDS for word in lowered)
    if lowered[0] in _NOUN_PHRASE_START and not has_clause and len(words) <= 8:
        return True
    return len(words) <= 6 and not has_clause


def _attribution_follows(article: _Article, item: _Found) -> bool:
    return item.attribution is not None and item.attribution.subject_start >= item.outer_end


def _build(article: _Article, item: _Found, said_on: date | None, precision: Precision | None,
           date_certainty: float, directory: SpeakerDirectory | None) -> ExtractedQuote:
    text = article.text
    guess = item.guess
    speaker = guess.name if guess else None
    written = (guess.as_written or None) if guess else None
    kind = guess.kind if guess else None
    actor_id: str | None = None
    known = _directory_lookup(directory, guess)
    if known is not None:
        speaker, kind, actor_id = known.name, known.kind, known.actor_id
    certainty = item.certainty if speaker else 0.25
    if item.span is not None and not item.span.closed:
        certainty *= 0.6
    confidence = round(max(0.05, min(0.99, 0.75 * certainty + 0.25 * date_certainty)), 3)
    return ExtractedQuote(
        quote=text[item.start:item.end], start=item.start, end=item.end,
        prefix=text[max(0, item.start - _CONTEXT):item.start], suffix=text[item.end:item.end + _CONTEXT],
        speaker=speaker, speaker_as_written=written, speaker_actor_id=actor_id, speaker_kind=kind,
        verb=item.verb, said_on=said_on, said_on_precision=precision if said_on else None,
        confidence=confidence, fragment=_is_fragment(article, item),
    )


def _directory_lookup(directory: SpeakerDirectory | None, guess: SpeakerGuess | None) -> KnownSpeaker | None:
    if directory is None or guess is None:
        return None
    tries: list[str] = []
    if guess.name:
        tries.append(guess.name)
    tries.append(guess.as_written)
    words = guess.as_written.split()
    if words and words[0].lower() in ("the", "a", "an"):
        tries.append(" ".join(words[1:]))
    if guess.entity is None or guess.certainty < 0.8:
        tries.reverse()
    for mention in tries:
        if mention and not any(mark in mention for mark in QUOTE_MARKS):
            known = directory.lookup(mention)
            if known is not None:
                return known
    return None
