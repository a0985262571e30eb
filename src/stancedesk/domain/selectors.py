"""Anchoring a passage in a text snapshot so that views can highlight it and reports can cite it."""

from __future__ import annotations

from stancedesk.domain.model import QuoteSelector

CONTEXT_CHARS = 32


def anchor(text: str | None, exact: str, start: int | None = None) -> QuoteSelector:
    """Locate `exact` in `text` (at `start` if given and right, else its first occurrence)."""
    if text is None:
        return QuoteSelector(exact)
    if start is None or text[start:start + len(exact)] != exact:
        found = text.find(exact)
        start = found if found >= 0 else None
    if start is None:
        return QuoteSelector(exact)
    end = start + len(exact)
    return QuoteSelector(exact, text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS], start, end)


def selector_columns(selector: QuoteSelector | None) -> dict[str, object]:
    """The stored columns of a selector (shared by appearances, event sources and evidence links)."""
    if selector is None:
        return {"exact": None, "prefix": None, "suffix": None, "start_offset": None, "end_offset": None}
    return {
        "exact": selector.exact, "prefix": selector.prefix, "suffix": selector.suffix,
        "start_offset": selector.start, "end_offset": selector.end,
    }
