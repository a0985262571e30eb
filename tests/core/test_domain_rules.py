"""Plain-Python rules: dates, change-sets, stance reading, text limits."""

from __future__ import annotations

from datetime import date

import pytest

from stancedesk.domain.changes import ChangeSet
from stancedesk.domain.dates import DatePrecision, PartialDate, parse_partial_date
from stancedesk.domain.enums import FlipSuggestion, StancePosition, VerdictStatus
from stancedesk.domain.errors import InputError, RuleError
from stancedesk.domain.hlc import HlcStamp, HybridClock
from stancedesk.domain.model import Stance
from stancedesk.domain.rules import check_status_step, check_summary, clean_text
from stancedesk.domain.selectors import anchor
from stancedesk.domain.stance import read_timeline


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2025-04-21", date(2025, 4, 21), DatePrecision.DAY),
        ("2025-04", date(2025, 4, 1), DatePrecision.MONTH),
        ("1994", date(1994, 1, 1), DatePrecision.YEAR),
        ("~2025-03-15", date(2025, 3, 15), DatePrecision.APPROXIMATE),
    ],
)
def test_partial_dates_parse_with_their_precision(text: str, value: date, precision: DatePrecision) -> None:
    parsed = parse_partial_date(text)
    assert parsed == PartialDate(value, precision)
    assert parsed.iso() == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [("2024-02-30", "does not exist"), ("31/02/2024", "is not a date"), ("2024-13-01", "does not exist"),
     ("yesterday", "is not a date"), ("20240101", "is not a date")],
)
def test_impossible_or_foreign_dates_are_refused_by_name(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        parse_partial_date(text, "--said-on")
    assert text in str(caught.value)
    assert "\n" not in str(caught.value)


def test_change_set_does_not_count_created_rows_as_updated() -> None:
    changes = ChangeSet.build(created={"claim": ["a"]}, updated={"claim": ["a", "b"], "actor": ["x"]})
    assert changes.created == {"claim": frozenset({"a"})}
    assert changes.updated == {"claim": frozenset({"b"}), "actor": frozenset({"x"})}
    assert changes.touches("claim", "a") and not changes.touches("verdict")
    merged = changes.union(ChangeSet.build(deleted={"claim": ["c"]}))
    assert merged.ids("claim") == {"a", "b", "c"}


def _stance(sid: str, day: str, position: StancePosition) -> tuple[Stance, str | None]:
    return Stance(sid, "actor", "topic", position, None, parse_partial_date(day), None, None), None


def test_full_reversal_reads_as_full_flop_and_partial_as_half_flip() -> None:
    entries, suggestion = read_timeline([
        _stance("2", "2025-04-21", StancePosition.FOR), _stance("1", "2025-03-01", StancePosition.AGAINST)])
    assert [e.stance.id for e in entries] == ["1", "2"]
    assert [e.shift for e in entries] == [0, 2]
    assert suggestion is FlipSuggestion.FULL_FLOP

    _, partial = read_timeline([_stance("1", "2020", StancePosition.FOR),
                                _stance("2", "2021", StancePosition.UNCLEAR),
                                _stance("3", "2022", StancePosition.CONDITIONAL)])
    assert partial is FlipSuggestion.HALF_FLIP
    _, steady = read_timeline([_stance("1", "2020", StancePosition.FOR), _stance("2", "2021", StancePosition.FOR)])
    assert steady is FlipSuggestion.NO_FLIP


def test_text_rules_refuse_nul_surrogates_and_overlong_summaries() -> None:
    with pytest.raises(InputError, match="NUL"):
        clean_text("a\x00b", "quote", limit=100)
    with pytest.raises(InputError, match="lone surrogate"):
        clean_text("a\ud800b", "quote", limit=100)
    with pytest.raises(InputError, match=r"too long \(76 characters; max 75\)"):
        check_summary("x" * 76)
    assert check_summary("  two   spaces ") == "two spaces"


def test_published_verdicts_cannot_step_back() -> None:
    check_status_step(VerdictStatus.DRAFT, VerdictStatus.PUBLISHED)
    with pytest.raises(RuleError, match="published verdict cannot become draft"):
        check_status_step(VerdictStatus.PUBLISHED, VerdictStatus.DRAFT)


def test_hybrid_clock_never_goes_back_and_moves_past_what_it_saw() -> None:
    now = [1_000]
    clock = HybridClock("site-a", lambda: now[0])
    first = clock.tick()
    now[0] = 500  # the wall clock jumps back
    second = clock.tick()
    assert second > first
    near = HlcStamp(5_000, 3, "site-b")
    assert clock.observe(near) is False
    assert clock.tick() > near  # moves past what it saw
    ahead = HlcStamp(1_000 + 2 * 86_400_000, 0, "site-b")
    assert clock.observe(ahead) is True  # a colleague's clock days ahead is flagged...
    assert clock.tick() < ahead  # ...and not adopted
    assert HlcStamp.decode(first.encode()) == first


def test_anchor_finds_the_quote_with_context() -> None:
    text = "He said “peace now” twice: “peace now”."
    sel = anchor(text, "peace now", start=text.rindex("peace now"))
    assert sel.start == text.rindex("peace now") and text[sel.start:sel.end] == "peace now"
    assert sel.prefix.endswith("“") and sel.suffix.startswith("”")
    assert anchor(text, "absent").start is None


def test_a_reversal_through_conditional_is_a_full_flop_and_returning_is_not_flagged_twice() -> None:
    entries, suggestion = read_timeline([_stance("1", "2022", StancePosition.FOR),
                                         _stance("2", "2023", StancePosition.CONDITIONAL),
                                         _stance("3", "2024", StancePosition.AGAINST)])
    assert [e.shift for e in entries] == [0, 1, 2] and suggestion is FlipSuggestion.FULL_FLOP
    entries, suggestion = read_timeline([_stance("1", "2022", StancePosition.AGAINST),
                                         _stance("2", "2023", StancePosition.FOR),
                                         _stance("3", "2024", StancePosition.FOR)])
    assert [e.shift for e in entries] == [0, 2, 0]
    entries, suggestion = read_timeline([_stance("1", "2022", StancePosition.FOR),
                                         _stance("2", "2023", StancePosition.CONDITIONAL),
                                         _stance("3", "2024", StancePosition.FOR)])
    assert [e.shift for e in entries] == [0, 1, 1] and suggestion is FlipSuggestion.HALF_FLIP
