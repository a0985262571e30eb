"""The day each quotation was said: its own sentence, its paragraph, the sentence that introduced its speaker,
what the speaker said before, or the scene the lede sets."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .attribution import SPEECH_VERB
from .models import Precision
from .said_dates import DateMention, describes_span_of_time, find_date_mentions

if TYPE_CHECKING:
    from .extractor import _Article, _Found
    from .speaker_resolution import Entity

_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|previously\s+|earlier\s+|\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|"
                         r"said|told|sent|made|spoken|written|called|met|held|set|put|won|lost|left|brought)\b")
_SUBORDINATOR = re.compile(r"\b(?:that|which|who|whom|whose|when|after|because|since|while|where|if|until)\b")
_DATELINE = re.compile(r"[A-Z][A-Z .,'’\-]{2,40}\b[^\n]{0,50}?\s[—–-]{1,2}\s")
_SENTENCES_BACK = 10
_PRECISION_RANK = {"day": 0, "approximate": 1, "month": 2, "year": 3}


def lede_date(article: _Article, dates: list[DateMention]) -> DateMention | None:
    """The opening paragraph usually dates the event the quotes come from."""
    # The lede is the first two paragraphs of running prose (a standfirst or a headline has no closing stop);
    # its first time phrase ("last night", "on Saturday") sets the scene for the quotes that follow.
    # "… a contest of position papers. ¶ That ended on Tuesday night.": once prose has begun, a short
    # paragraph may set the scene too
    checked = 0
    for paragraph in article.paragraphs:
        content = article.text[paragraph.start:paragraph.end].strip()
        if len(content.split()) < (4 if checked else 12) or content.lower().startswith("by ") \
                or content.rstrip("”’\"'» ")[-1:] not in ".!?…":
            continue
        checked += 1
        dateline = _DATELINE.match(content)  # "CALDERON FALLS, March 12 (Northwire) - ": the filing day
        body_start = paragraph.start + (dateline.end() if dateline else 0)
        for mention in dates:
            if body_start <= mention.start < paragraph.end and _usable(mention) and not mention.subordinate \
                    and mention.precision in ("day", "approximate"):
                return mention
        if checked >= 3:
            break
    return None



def _usable(mention: DateMention) -> bool:
    return mention.value is not None and not mention.future and not mention.blocked


def said_on(article: _Article, item: _Found, all_dates: list[DateMention], date_starts: list[int],
             published: date | None, memory: dict[int, tuple[date, Precision, int]],
             lede: DateMention | None) -> tuple[date | None, Precision | None, float]:
    entity = item.guess.entity if item.guess is not None else None
    if item.post is not None and item.span is None:
        found = find_date_mentions(article.text, published, item.post.signature_start, item.post.signature_end,
                                   year_hint=published.year if published else None)
        if found and found[0].value is not None:
            return found[0].value, found[0].precision, 0.9
    paragraph = article.paragraphs[item.paragraph]
    window_start = min(paragraph.start, item.opening.start)
    dates = all_dates[bisect_left(date_starts, window_start):bisect_left(date_starts, item.closing.end)]
    in_sentence = [m for m in dates if item.opening.start <= m.start < item.closing.end and _usable(m)]
    if in_sentence:
        anchor = item.attribution.verb_at if item.attribution is not None else item.open_at
        best = min(in_sentence, key=lambda m: (_PRECISION_RANK[m.precision], abs(m.start - anchor)))
        return _remember(memory, entity, best, item.paragraph, 0.9, _backstory(article, best))
    if describes_span_of_time(article.masked[item.opening.start:item.closing.end]):
        return None, None, 0.0  # "has consistently referred to …": no one day to borrow from elsewhere
    earlier = [m for m in dates if paragraph.start <= m.start < item.open_at and _usable(m) and not m.subordinate
               and not _backstory(article, m)]
    if earlier:
        return _remember(memory, entity, earlier[-1], item.paragraph, 0.75)
    introduced = _speaker_sentence_date(article, item, entity, all_dates, date_starts)
    if introduced is not None:
        return _remember(memory, entity, introduced, item.paragraph, 0.7)
    if entity is not None and entity.key in memory:
        value, precision, _ = memory[entity.key]
        return value, precision, 0.6
    if lede is not None and lede.value is not None and lede.start < item.open_at:
        return lede.value, "approximate", 0.5
    if published is not None:
        return _usual_day(all_dates, published), "approximate", 0.4
    return None, None, 0.0


def _usual_day(dates: list[DateMention], published: date) -> date:
    """The day an undated quote most likely comes from: the publication day, unless the story mostly tells of
    the day before ("said yesterday", "on Tuesday" in a Wednesday paper), as morning papers do."""
    if published == date.min:
        return published
    day_before = published - timedelta(days=1)
    counts = {published: 0, day_before: 0}
    for mention in dates:
        if _usable(mention) and mention.relative and not mention.subordinate and mention.value in counts \
                and mention.precision == "day":
            counts[mention.value] += 1
    return day_before if counts[day_before] >= 2 and counts[day_before] > counts[published] else published


def _speaker_sentence_date(article: _Article, item: _Found, entity: Entity | None, all_dates: list[DateMention],
                           date_starts: list[int]) -> DateMention | None:
    """"Sgt Amir Choudhury … spoke to reporters this morning. ¶ ‘…,’ he said": the time given in the sentence
    just before, in this paragraph or the one above, whose subject is the speaker."""
    if entity is None:
        return None
    index = item.opening.index - 1
    floor = max(-1, index - _SENTENCES_BACK)  # a one-paragraph transcript must not make this quadratic
    while index > floor and article.sentences[index].paragraph >= item.paragraph - 1:
        sentence = article.sentences[index]
        index -= 1
        if article.cast.subject_before(sentence) is not entity:
            continue
        mentions = all_dates[bisect_left(date_starts, sentence.start):bisect_left(date_starts, sentence.end)]
        usable = [m for m in mentions if _usable(m) and not m.subordinate and not _backstory(article, m)
                  and m.precision in ("day", "approximate")]
        if usable:
            return usable[-1]
    return None


def _backstory(article: _Article, mention: DateMention) -> bool:
    """"Whitlock had told investors last month": the pluperfect tells what came before the story's day; it
    dates its own words but sets no scene for later quotes."""
    sentence = article.sentence_at(mention.start)
    end = sentence.end  # the main clause only: "…, which he had previously called", "said that it had been"
    subordinate = _SUBORDINATOR.search(article.masked, sentence.start, sentence.end)
    speech = SPEECH_VERB.search(article.masked, sentence.start, sentence.end)
    for bound in (subordinate.start() if subordinate else end, speech.end() if speech else end):
        end = min(end, bound)
    return _PLUPERFECT.search(article.masked, sentence.start, end) is not None


def _remember(memory: dict[int, tuple[date, Precision, int]], entity: Entity | None, mention: DateMention,
              paragraph: int, certainty: float, backstory: bool = False) -> tuple[date | None, Precision | None,
                                                                                  float]:
    if entity is not None and mention.value is not None and not backstory \
            and mention.precision in ("day", "approximate"):
        memory[entity.key] = (mention.value, mention.precision, paragraph)
    return mention.value, mention.precision, certainty
