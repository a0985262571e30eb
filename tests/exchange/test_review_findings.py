"""Defects a review of the exchange code proved with scripts, each kept from coming back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancedesk.domain.errors import InputError
from stancedesk.domain.model import RatingLabel
from stancedesk.services.claims import ClaimInput
from stancedesk.services.exchange.claimreview import export_claimreviews, import_claimreviews, parse_json
from stancedesk.services.exchange.csv_claims import import_claims_csv_text, write_claims_csv
from stancedesk.services.workspace import Workspace


def _review(**overrides: object) -> dict[str, object]:
    review: dict[str, object] = {
        "@type": "ClaimReview", "url": "https://checks.example/1", "claimReviewed": "The bridge opens in May",
        "author": {"@type": "Organization", "name": "Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Anna Kessel"}}}
    review.update(overrides)
    return review


def test_a_bad_review_is_rejected_by_number_and_the_rest_imported(empty: Workspace) -> None:
    nul = _review(url="https://checks.example/2", reviewRating={"@type": "Rating", "alternateName": "Fa\x00lse"})
    summary = import_claimreviews(empty, [_review(), nul]).value
    assert len(summary.created_claims) == 1
    assert summary.rejected == ("review 2 (https://checks.example/2): rating label contains a NUL character",)


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"n": ' + "9" * 5000 + "}"])
def test_hostile_json_gets_a_clear_message(text: str) -> None:
    with pytest.raises(InputError, match=r"feed\.json is not"):
        parse_json(text, "feed.json")


@pytest.mark.parametrize("value", [1e400, 10**30, "1" + "0" * 400, 3.5])
def test_unusable_rating_numbers_are_dropped_not_crashed_on(empty: Workspace, value: object) -> None:
    rating = {"@type": "Rating", "alternateName": "Shaky", "ratingValue": value}
    summary = import_claimreviews(empty, _review(reviewRating=rating)).value
    assert len(summary.created_verdicts) == 1
    verdict = empty.verdicts.get(summary.created_verdicts[0])
    assert verdict.label == "Shaky" and verdict.rating_value is None


def test_rating_zero_is_exported(empty: Workspace) -> None:
    empty.verdicts.add_scale("accuracy", [RatingLabel("Accurate", 2), RatingLabel("Inaccurate", 0)])
    claim = empty.claims.add(ClaimInput(quote="Roads are free", url="https://news.example/a")).value
    empty.verdicts.record(claim.id, label="Inaccurate", scale="accuracy", rationale="r", reviewer="Ana", publish=True)
    [review] = export_claimreviews(empty, [claim.id])
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (0, 2, 0)


def test_a_reimport_with_normalised_text_is_recognised(empty: Workspace) -> None:
    review = _review(url=None, claimReviewed="  Taxes fell  ",
                     reviewRating={"@type": "Rating", "alternateName": "Mostly\n   wrong"})
    first = import_claimreviews(empty, review).value
    second = import_claimreviews(empty, review).value
    assert (len(first.created_claims), len(second.created_claims)) == (1, 0)


def test_csv_export_guards_spreadsheet_formulas_and_imports_back(empty: Workspace, tmp_path: Path) -> None:
    empty.claims.add(ClaimInput(quote='=HYPERLINK("http://evil.example","click")', speaker_name="@SUM(1+1)",
                                summary="+1+2", topics=["-2+3"]))
    out = tmp_path / "claims.csv"
    write_claims_csv(empty, out)
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM" in text and "'+1+2" in text and "'-2+3" in text
    again = Workspace.create(tmp_path / "again.stancedesk", empty.profile)
    try:
        import_claims_csv_text(again, text)
        [row] = again.claims.page()
        assert row.quote.startswith("=HYPERLINK") and row.speaker_name == "@SUM(1+1)"
    finally:
        again.close()


def test_csv_rows_with_bad_speakers_or_topics_are_rejected_alone(empty: Workspace) -> None:
    text = "quote,speaker,topics\nfine,Ana,roads\nlong speaker," + "x" * 600 + ",\nbad topic,Bo," + "t" * 400 + "\n"
    summary = import_claims_csv_text(empty, text).value
    assert len(summary.created_claims) == 1
    assert [(r.row, r.reason.split(" (")[0]) for r in summary.rejected] == [
        (3, "speaker is too long"), (4, "topic is too long")]


def test_an_unterminated_quote_in_a_csv_is_an_error(empty: Workspace) -> None:
    with pytest.raises(InputError, match="malformed"):
        import_claims_csv_text(empty, 'quote,speaker\n"ok,A\nok2,C\n')
    assert empty.claims.count() == 0


def test_job_title_only_for_a_role_held_that_day(empty: Workspace) -> None:
    from stancedesk.domain.dates import parse_partial_date
    from stancedesk.services.actors import RoleInput

    mayor = empty.actors.add("Ivo Mar", roles=[RoleInput("Mayor", "Council", parse_partial_date("2020-01-01").value)])
    claim = empty.claims.add(ClaimInput(quote="I will run", speaker_id=mayor.value.id, url="https://n.example/1",
                                        said_on=parse_partial_date("2019-05-01"))).value
    empty.verdicts.record(claim.id, label="True", rationale="r", reviewer="Ana", publish=True)
    [review] = export_claimreviews(empty, [claim.id])
    author = review["itemReviewed"]["author"]
    assert "jobTitle" not in author
    assert json.dumps(author)


def test_a_publishers_changed_rating_arrives_as_a_correction(empty: Workspace) -> None:
    first = import_claimreviews(empty, _review()).value
    [claim_id] = first.created_claims
    changed = _review(reviewRating={"@type": "Rating", "alternateName": "Mostly false"})
    second = import_claimreviews(empty, changed).value
    assert (second.created_claims, second.skipped, len(second.corrected_verdicts)) == ((), 0, 1)
    current = empty.verdicts.current(claim_id)
    assert current is not None and current.label == "Mostly false"
    assert current.correction is not None and current.correction.what == "Rating changed from False to Mostly false"
    assert [v.label for v in empty.verdicts.history(claim_id)] == ["Mostly false", "False"]
    third = import_claimreviews(empty, changed).value
    assert (third.skipped, third.corrected_verdicts) == (1, ())
