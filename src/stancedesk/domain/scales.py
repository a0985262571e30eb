"""The rating scales StanceDesk ships; numbers run worst → best so ClaimReview can use them directly."""

from __future__ import annotations

from stancedesk.domain.enums import ClaimKind, ScaleKind
from stancedesk.domain.model import RatingLabel

TRUTH_SCALE = "truth"
CONSISTENCY_SCALE = "consistency"
PROMISE_SCALE = "promise"

SHIPPED_SCALES: dict[str, tuple[ScaleKind, tuple[RatingLabel, ...]]] = {
    TRUTH_SCALE: (
        ScaleKind.TRUTH,
        (
            RatingLabel("True", 6, "The statement is accurate and nothing significant is missing."),
            RatingLabel("Mostly true", 5, "Accurate but needs clarification or additional information."),
            RatingLabel("Half true", 4, "Partially accurate; leaves out important details."),
            RatingLabel("Mostly false", 3, "Contains an element of truth but ignores critical facts."),
            RatingLabel("False", 2, "The statement is not accurate."),
            RatingLabel("Pants on fire", 1, "Not accurate and makes a ridiculous claim."),
        ),
    ),
    CONSISTENCY_SCALE: (
        ScaleKind.CONSISTENCY,
        (
            RatingLabel("No flip", 3, "No significant change in position."),
            RatingLabel("Half flip", 2, "A partial change in position."),
            RatingLabel("Full flop", 1, "A complete change in position."),
        ),
    ),
    PROMISE_SCALE: (
        ScaleKind.PROMISE,
        (
            RatingLabel("Kept", 6, "The promise was fulfilled."),
            RatingLabel("Compromise", 5, "Accomplished substantially less, but a significant part."),
            RatingLabel("In the works", 4, "Under consideration or in progress."),
            RatingLabel("Stalled", 3, "No movement, often for lack of money or political will."),
            RatingLabel("Not yet rated", 2, "Not yet rated."),
            RatingLabel("Broken", 1, "The promise was not fulfilled."),
        ),
    ),
}

DEFAULT_SCALE_FOR_KIND: dict[ClaimKind, str] = {
    ClaimKind.STATEMENT: TRUTH_SCALE,
    ClaimKind.POSITION: CONSISTENCY_SCALE,
    ClaimKind.PROMISE: PROMISE_SCALE,
}
