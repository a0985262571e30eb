"""The issue's quality bar on the shared sample article (read at test time, never copied here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stancedesk.services.intake import ExtractedQuote, extract_quotes, infer_publication_date, load_article

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "ceasefire-2025-04-22.txt"
PUBLISHED = date(2025, 4, 22)

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample article not present")


@pytest.fixture(scope="module")
def found() -> list[ExtractedQuote]:
    return extract_quotes(load_article(SAMPLE.read_bytes()).text, published=PUBLISHED)


def _quote(found: list[ExtractedQuote], words: str) -> ExtractedQuote:
    matches = [quote for quote in found if quote.quote.startswith(words)]
    assert len(matches) == 1, [quote.quote for quote in found]
    return matches[0]


@pytest.mark.parametrize(("words", "speaker"), [
    ("We have a positive attitude toward any peace initiative", "Vladimir Putin"),
    ("the president had in mind negotiations and discussions with the Ukrainian side", "Dmitry Peskov"),
    ("ready for any conversation", "Volodymyr Zelensky"),
    ("an unconditional ceasefire, followed by the establishment of a real and lasting peace", "Volodymyr Zelensky"),
    ("excellent chances", "Donald Trump"),
    ("days", "Marco Rubio"),
    ("Nazi regime", "Vladimir Putin"),
])
def test_statements_have_their_speakers(found: list[ExtractedQuote], words: str, speaker: str) -> None:
    assert _quote(found, words).speaker == speaker


def test_said_dates(found: list[ExtractedQuote]) -> None:
    assert _quote(found, "We have a positive attitude").said_on == date(2025, 4, 21)
    assert _quote(found, "We have a positive attitude").said_on_precision == "day"
    assert _quote(found, "excellent chances").said_on == date(2025, 4, 21)


def test_a_habit_over_recent_times_gets_no_day(found: list[ExtractedQuote]) -> None:
    # "In recent times, he has consistently referred to Kyiv's leadership as a “Nazi regime”": not April 21
    assert _quote(found, "Nazi regime").said_on is None


def test_fragments(found: list[ExtractedQuote]) -> None:
    assert _quote(found, "days").fragment
    assert _quote(found, "reassurance force").fragment
    assert not _quote(found, "We have a positive attitude").fragment


@pytest.mark.parametrize(("words", "fragment"), [
    ("ready for any conversation", False),  # "claiming that his administration is “…”": the claim's predicate
    ("excellent chances", False),  # "he sees “…” of reaching": what Trump sees
    ("Nazi regime", True),  # "referred to Kyiv's leadership as a “…”": name-calling
    ("days", True),  # "within “days.”": one word in the writer's own phrase
    ("reassurance force", True),  # "on a potential “…” proposed by": a term after an article
])
def test_statements_and_fragments_are_told_apart(found: list[ExtractedQuote], words: str, fragment: bool) -> None:
    assert _quote(found, words).fragment is fragment


def test_apostrophes_and_odd_closing_mark(found: list[ExtractedQuote]) -> None:
    text = load_article(SAMPLE.read_bytes()).text
    for quote in found:
        assert text[quote.start:quote.end] == quote.quote
        assert quote.quote not in ("s", "s leadership")
    assert _quote(found, "an unconditional ceasefire").quote.endswith("lasting peace")


def test_publication_date_is_inferred() -> None:
    best = infer_publication_date(SAMPLE.read_text(encoding="utf-8"))[0]
    assert best.value == PUBLISHED
