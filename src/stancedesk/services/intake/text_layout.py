"""Paragraphs and sentences with offsets; sentence breaks never fall inside a quotation."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from .lexicon import ABBREVIATIONS


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int


_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.DOTALL)
_BREAK = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„(\[]?[A-Z0-9À-Ý])")
_LAST_WORD = re.compile(r"([\w.]+)$")


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line, unless the text is hard-wrapped (short lines, blank-line separated)."""
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    spans = [m.span() for m in _BLOCK.finditer(text)] if _looks_hard_wrapped(text, lines) else lines
    paragraphs: list[Paragraph] = []
    for span_start, span_end in spans:
        start, end = span_start, span_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs), start, end))
    return paragraphs


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 6 or "\n\n" not in text:
        return False
    if max(end - start for start, end in lines) > 100:
        return False
    followed = sum(1 for (_, end), (start, _) in pairwise(lines) if start == end + 1)
    return followed > len(lines) // 2


def split_sentences(text: str, paragraphs: list[Paragraph],
                    quote_interiors: list[tuple[int, int]]) -> list[Sentence]:
    starts = [start for start, _ in quote_interiors]
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        begin = paragraph.start
        for match in _BREAK.finditer(text, paragraph.start, paragraph.end):
            stop = match.end()
            if _inside_quote(match.start(), stop, starts, quote_interiors):
                continue
            if _is_abbreviation(text, begin, match.start()):
                continue
            sentences.append(Sentence(len(sentences), paragraph.index, begin, stop))
            begin = stop
            while begin < paragraph.end and text[begin].isspace():
                begin += 1
        if begin < paragraph.end:
            sentences.append(Sentence(len(sentences), paragraph.index, begin, paragraph.end))
    return sentences


def _inside_quote(punct_at: int, stop: int, starts: list[int], interiors: list[tuple[int, int]]) -> bool:
    """A break inside a quotation is ignored unless the quotation closes right after the punctuation."""
    index = bisect_right(starts, punct_at) - 1
    while index >= 0:
        start, end = interiors[index]
        if start <= punct_at < end:
            return end >= stop
        if end < punct_at - 2000:
            break
        index -= 1
    return False


def _is_abbreviation(text: str, begin: int, punct_at: int) -> bool:
    if text[punct_at] != ".":
        return False
    match = _LAST_WORD.search(text, max(begin, punct_at - 12), punct_at)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True
    return word in ABBREVIATIONS or ("." in word and len(word) <= 5)
