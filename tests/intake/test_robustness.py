"""Garbage in never crashes, and every offset points at its quote."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from stancedesk.services.intake import extract_quotes

_PIECES = [*"abcXYZ ,.;:!?-—\n\t'\"“”‘’«»„‚‹›()0123456789", "he said", " She ", "the president", "Monday",
           "yesterday", "April 21", "According to ", "Mr ", "Anna Lee", " wrote", "(@x)", "— ", "’s", "s' ",
           "told reporters", "\n\n“", "last night (April 20)", ", who ", " the Kremlin"]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


def _check(text: str, published: date | None) -> None:
    for quote in extract_quotes(text, published=published):
        assert text[quote.start:quote.end] == quote.quote
        assert quote.quote
        assert 0 <= quote.confidence <= 1
        assert quote.prefix == text[max(0, quote.start - 32):quote.start]
        json.dumps(quote.to_json())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=300, deadline=None)
@given(_NEWSY, st.one_of(st.none(), st.dates(min_value=date(1, 2, 1), max_value=date(9998, 11, 30))))
def test_quote_heavy_text_never_raises(text: str, published: date | None) -> None:
    _check(text, published)


def test_extreme_dates_do_not_overflow() -> None:
    text = "“Done,” he said yesterday. Anna Lee said last month it was “over” and next year “better”."
    for published in (date.min, date.max):
        _check(text, published)


def test_to_json_has_the_cli_fields() -> None:
    (quote,) = extract_quotes("“We are ready,” Anna Lee said on Monday.", published=date(2025, 4, 22))
    data = quote.to_json()
    assert data["quote"] == "We are ready"
    assert data["speaker"] == "Anna Lee"
    assert data["said_on"] == "2025-04-21"
    assert {"start", "end", "confidence", "fragment", "speaker_as_written", "verb"} <= set(data)
