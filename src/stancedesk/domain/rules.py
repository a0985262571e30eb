"""The rules of the craft that every front end obeys, checked once here."""

from __future__ import annotations

import re

from stancedesk.domain.enums import StancePosition, VerdictStatus
from stancedesk.domain.errors import InputError, RuleError

MAX_SUMMARY_CHARS = 75  # ClaimReview's claimReviewed is meant to be short
MAX_QUOTE_CHARS = 20_000
MAX_TEXT_CHARS = 2_000_000  # a source snapshot; larger pastes are refused, not truncated
MAX_SHORT_TEXT_CHARS = 500

_ALLOWED_STATUS_STEPS: dict[VerdictStatus, frozenset[VerdictStatus]] = {
    VerdictStatus.DRAFT: frozenset({VerdictStatus.IN_REVIEW, VerdictStatus.PUBLISHED}),
    VerdictStatus.IN_REVIEW: frozenset({VerdictStatus.DRAFT, VerdictStatus.PUBLISHED}),
    VerdictStatus.PUBLISHED: frozenset(),
}


_CONTROL_OR_SURROGATE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def fold_name(value: str) -> str:
    """How names are compared: Unicode case folding, spacing collapsed ("Émile  ZOLA" = "émile zola")."""
    return " ".join(_CONTROL_OR_SURROGATE.sub(" ", value).split()).casefold()


def searchable(value: str) -> str:
    """User text for a lookup or a search, minus what cannot be stored or bound (NUL, lone surrogates)."""
    return _CONTROL_OR_SURROGATE.sub(" ", value)


def clean_text(value: str, what: str, *, limit: int, required: bool = True) -> str:
    """Refuse text a file must not hold: too long, NUL characters, lone surrogates."""
    if len(value) > limit:
        raise InputError(f"{what} is too long ({len(value):,} characters; max {limit:,})")
    if "\x00" in value:
        raise InputError(f"{what} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} contains an invalid character (a lone surrogate)") from None
    if required and not value.strip():
        raise InputError(f"{what} is empty")
    return value


def optional_text(value: str | None, what: str, *, limit: int = MAX_SHORT_TEXT_CHARS) -> str | None:
    if value is None or not value.strip():
        return None
    return clean_text(value.strip(), what, limit=limit)


def check_summary(summary: str | None) -> str | None:
    if summary is None or not summary.strip():
        return None
    text = " ".join(summary.split())
    if len(text) > MAX_SUMMARY_CHARS:
        raise InputError(f"summary is too long ({len(text)} characters; max {MAX_SUMMARY_CHARS})")
    return clean_text(text, "summary", limit=MAX_SUMMARY_CHARS)


def check_status_step(current: VerdictStatus, wanted: VerdictStatus) -> None:
    if wanted == current:
        return
    if wanted not in _ALLOWED_STATUS_STEPS[current]:
        raise RuleError(
            f"a {current.value.replace('_', ' ')} verdict cannot become {wanted.value.replace('_', ' ')}; "
            "record a new verdict with a correction instead"
        )


def check_publishable(has_source: bool, has_evidence: bool) -> None:
    if not has_source and not has_evidence:
        raise RuleError("cannot publish: the claim has no source and no evidence")


def check_correction(was_published: bool, correction_what: str | None, correction_why: str | None) -> bool:
    """Once a claim's verdict has been published, every later verdict carries a note of what changed and why.

    Returns whether the new verdict is a correction.
    """
    given = bool((correction_what or "").strip() or (correction_why or "").strip())
    if was_published and not ((correction_what or "").strip() and (correction_why or "").strip()):
        raise RuleError("a verdict on this claim was published: a new one needs a correction note (what and why)")
    if given and not was_published:
        raise InputError("a correction note is only for changing a published verdict; none was published yet")
    return was_published


def stance_shift(before: StancePosition, after: StancePosition) -> int:
    """0 = no change, 1 = partial shift, 2 = full reversal; `unclear` never counts as a flip."""
    if StancePosition.UNCLEAR in (before, after) or before == after:
        return 0
    if {before, after} == {StancePosition.FOR, StancePosition.AGAINST}:
        return 2
    return 1
