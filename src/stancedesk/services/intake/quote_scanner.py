"""Finds quotation spans by pairing marks, telling apostrophes from single quotes by their neighbours."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text_layout import Paragraph

_FAMILY = {
    '"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
    "'": "single", "‘": "single", "’": "single", "‚": "single", "‛": "single",
    "«": "guillemet", "»": "guillemet", "‹": "angle", "›": "angle",
}
QUOTE_MARKS = frozenset(_FAMILY)
_MARK_PATTERN = re.compile("[" + re.escape("".join(_FAMILY)) + "]")
_OPEN_CONTEXT = frozenset("([{—–-/\u00a0") | QUOTE_MARKS
_CLOSE_CONTEXT = frozenset(".,;:!?)]}…—–-") | QUOTE_MARKS
_ELISIONS = ("em ", "til ", "cause ", "n ", "n'", "n’", "tis ", "twas ", "bout ", "round ")
_MULTI_PARAGRAPH_FAMILIES = frozenset({"double", "guillemet"})
_LOOKAHEAD_MARKS = 40  # how far a possessive "s'" looks for a better closing mark


@dataclass(frozen=True)
class QuoteSpan:
    """Marks and interior of one quotation; `depth` 0 is outermost."""

    open_at: int
    close_at: int          # index of the closing mark, or the end of the last paragraph when unclosed
    closed: bool
    depth: int
    paragraph_count: int

    @property
    def interior(self) -> tuple[int, int]:
        return self.open_at + 1, self.close_at

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.closed else self.close_at


@dataclass
class _Open:
    at: int
    family: str
    first_paragraph: int


def scan_quotes(text: str, paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carried: _Open | None = None
    for index, paragraph in enumerate(paragraphs):
        marks = [m.start() for m in _MARK_PATTERN.finditer(text, paragraph.start, paragraph.end)]
        stack: list[_Open] = []
        skip_first = False
        if carried is not None:
            first_char = _first_visible(text, paragraph)
            if first_char is not None and _FAMILY.get(text[first_char]) == carried.family and _can_open(
                    text, first_char):
                stack.append(carried)
                skip_first = True
            else:
                spans.extend(_unclosed(text, carried, paragraphs[index - 1], index - 1))
            carried = None
        for position, at in enumerate(marks):
            if skip_first and position == 0 and at == _first_visible(text, paragraph):
                continue
            _step(text, at, stack, spans, marks[position + 1:position + 1 + _LOOKAHEAD_MARKS], index)
        if stack:
            bottom = stack[0]
            next_paragraph = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if bottom.family in _MULTI_PARAGRAPH_FAMILIES and next_paragraph is not None:
                carried = bottom
            else:
                spans.extend(_unclosed(text, bottom, paragraph, index))
    if carried is not None and paragraphs:
        spans.extend(_unclosed(text, carried, paragraphs[-1], len(paragraphs) - 1))
    spans.sort(key=lambda span: span.open_at)
    return spans


def _step(text: str, at: int, stack: list[_Open], spans: list[QuoteSpan], later: list[int],
          paragraph_index: int) -> None:
    mark = text[at]
    family = _FAMILY[mark]
    if family == "single" and _is_apostrophe(text, at):
        return
    if _can_close(text, at):
        depth = _find_open(stack, family)
        if depth is not None and not (family == "single" and _weak_close(text, at)
                                       and _later_close_exists(text, later, "single")):
            opened = stack[depth]
            del stack[depth:]
            spans.append(QuoteSpan(opened.at, at, True, depth, paragraph_index - opened.first_paragraph + 1))
            return
    if _can_open(text, at) and mark not in "»›":
        stack.append(_Open(at, family, paragraph_index))


def _find_open(stack: list[_Open], family: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].family == family:
            return depth
    return None


def _neighbours(text: str, at: int) -> tuple[str, str]:
    left = text[at - 1] if at > 0 else "\n"
    right = text[at + 1] if at + 1 < len(text) else "\n"
    return left, right


def _can_open(text: str, at: int) -> bool:
    left, right = _neighbours(text, at)
    mark = text[at]
    if right.isspace() and mark not in "«‹":
        return False
    if mark in "„‚«‹":
        return True
    if mark in "“‘":
        return left.isspace() or left in _OPEN_CONTEXT or not left.isalnum()
    return left.isspace() or left in _OPEN_CONTEXT


def _can_close(text: str, at: int) -> bool:
    left, right = _neighbours(text, at)
    mark = text[at]
    if mark in "»›":
        return True
    if left.isspace() and mark not in "»›":
        return False
    if mark in "„‚":
        return False
    return right.isspace() or right in _CLOSE_CONTEXT


def _is_apostrophe(text: str, at: int) -> bool:
    left, right = _neighbours(text, at)
    if left.isalnum() and right.isalnum():
        return True
    if (left.isspace() or at == 0) and right.isdigit():
        tail = text[at + 1:at + 6]
        return bool(re.match(r"\d\ds\b", tail))
    if left.isspace() or left in _OPEN_CONTEXT:
        return text[at + 1:at + 8].lower().startswith(_ELISIONS)
    return False


def _weak_close(text: str, at: int) -> bool:
    """"the 1970s' promise": a plural possessive that could also close a quote."""
    left, right = _neighbours(text, at)
    if left not in "sSzZ" or right != " ":
        return False
    following = text[at + 2:at + 3]
    return following.isalpha() and following.islower()


def _later_close_exists(text: str, later: list[int], family: str) -> bool:
    return any(_FAMILY[text[at]] == family and not _is_apostrophe(text, at) and _can_close(text, at)
               and not _weak_close(text, at) for at in later)


def _first_visible(text: str, paragraph: Paragraph) -> int | None:
    for at in range(paragraph.start, paragraph.end):
        if not text[at].isspace():
            return at
    return None


def _unclosed(text: str, opened: _Open, last_paragraph: Paragraph, last_index: int) -> list[QuoteSpan]:
    """An opening mark never closed: keep it only when it plausibly runs to the paragraph's end."""
    end = last_paragraph.end
    while end > opened.at + 1 and text[end - 1].isspace():
        end -= 1
    interior = text[opened.at + 1:end]
    if len(interior.split()) < 4 or not interior.rstrip().endswith((".", "!", "?", "…")):
        return []
    return [QuoteSpan(opened.at, end, False, 0, last_index - opened.first_paragraph + 1)]
