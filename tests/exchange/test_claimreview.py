"""ClaimReview export and import: the fields search engines read, and feeds in every shape we meet."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from stancedesk.domain.errors import FileProblem, InputError
from stancedesk.services.exchange.claimreview import (
    as_document,
    export_claimreviews,
    find_reviews,
    import_claimreview_file,
    import_claimreviews,
    write_claimreview,
)
from stancedesk.services.workspace import Workspace

Sample = tuple[Workspace, dict[str, str]]


def _review(url: str, text: str, label: str, **extra: Any) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": text,
        "author": {"@type": "Organization", "name": "Example Checkers"}, "datePublished": "2024-05-06",
        "reviewRating": {"@type": "Rating", "alternateName": label},
        "itemReviewed": {"@type": "Claim", "datePublished": "2024-05-01",
                         "author": {"@type": "Person", "name": "Jan Nowak", "jobTitle": "Senator",
                                    "affiliation": {"@type": "Organization", "name": "Invented Senate"},
                                    "sameAs": "https://www.wikidata.org/wiki/Q42"},
                         "appearance": [{"@type": "CreativeWork", "url": "https://video.example.net/1"}]},
    }
    review.update(extra)
    return review


def test_export_fills_every_field_for_the_published_verdict(sample: Sample) -> None:
    ws, ids = sample
    reviews = export_claimreviews(ws)
    assert len(reviews) == 1  # the draft verdict is not published
    review = reviews[0]
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"https://facts.example.org#claim-{ids['bridge']}"
    assert review["claimReviewed"] == "Mayor says the bridge was finished on time and under budget"
    assert review["reviewRating"] == {
        "@type": "Rating", "alternateName": "False", "ratingValue": 2, "bestRating": 6, "worstRating": 1,
        "ratingExplanation": "It opened four months late and over budget."}
    assert review["author"] == {"@type": "Organization", "name": "Invented Facts Desk",
                                "url": "https://facts.example.org/"}
    assert len(review["datePublished"]) == 10
    item = review["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Олена Коваленко", "jobTitle": "Mayor of Riverton",
                              "affiliation": {"@type": "Organization", "name": "Riverton City Council"},
                              "sameAs": "https://www.wikidata.org/wiki/Q4115189"}
    assert item["datePublished"] == "2024-03-01"
    assert item["appearance"] == [{"@type": "CreativeWork", "url": "https://gazette.example.com/council"}]
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://gazette.example.com/council"}
    assert review["inLanguage"] == "en"


def test_long_quote_without_summary_is_cut_to_75_characters(empty: Workspace) -> None:
    long_text = "A very long statement " * 10
    import_claimreviews(empty, _review("https://c.example.org/long", long_text, "False"))
    review = export_claimreviews(empty)[0]
    assert len(review["claimReviewed"]) <= 75
    assert review["claimReviewed"].endswith("…")


def test_many_reviews_become_a_datafeed() -> None:
    doc = as_document([{"@context": "https://schema.org", "@type": "ClaimReview", "url": "a"},
                       {"@context": "https://schema.org", "@type": "ClaimReview", "url": "b"}])
    assert isinstance(doc, dict)
    assert doc["@type"] == "DataFeed"
    assert [e["item"]["url"] for e in doc["dataFeedElement"]] == ["a", "b"]


def test_export_import_export_keeps_the_fields(sample: Sample, empty: Workspace, tmp_path: Path) -> None:
    ws, _ = sample
    first = export_claimreviews(ws)
    out = tmp_path / "feed.json"
    write_claimreview(ws, out)
    import_claimreview_file(empty, out)
    second = export_claimreviews(empty)
    assert second == first


@pytest.mark.parametrize("wrap", [
    lambda r: r,
    lambda r: [r],
    lambda r: {"@context": "https://schema.org", "@type": "DataFeed",
               "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]}]},
    lambda r: {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, r]},
    lambda r: {"data": [{"id": 7, "attributes": r}]},
], ids=["object", "list", "datafeed", "graph", "api-wrapper"])
def test_reviews_are_found_in_any_shape(wrap: Any) -> None:
    found = list(find_reviews(wrap(_review("https://c.example.org/1", "Bridges are made of cheese", "False"))))
    assert [f.claim_text for f in found] == ["Bridges are made of cheese"]
    assert found[0].job_title == "Senator"
    assert found[0].affiliation == "Invented Senate"
    assert found[0].wikidata == "Q42"


def test_factcheck_tools_api_shape_is_read(empty: Workspace) -> None:
    doc = {"claims": [{"text": "عبد الله said the river flows uphill", "claimant": "عبد الله",
                       "claimDate": "2024-02-03T10:00:00Z",
                       "claimReview": [{"publisher": {"name": "Desert Checks", "site": "desert.example"},
                                        "url": "https://desert.example/check/9", "title": "Uphill river?",
                                        "reviewDate": "2024-02-05T00:00:00Z", "textualRating": "Misleading",
                                        "languageCode": "ar"}]}]}
    summary = import_claimreviews(empty, doc).value
    assert summary.found == 1 and len(summary.created_claims) == 1
    detail = empty.details.claim(summary.created_claims[0])
    assert detail.speaker is not None and detail.speaker.name == "عبد الله"
    assert detail.claim.said_on is not None and detail.claim.said_on.iso() == "2024-02-03"
    assert detail.current_verdict is not None
    assert detail.current_verdict.scale_name == "imported"
    assert detail.current_verdict.label == "Misleading"
    assert detail.current_verdict.reviewer == "Desert Checks"


def test_import_creates_everything_and_twice_creates_nothing(empty: Workspace) -> None:
    feed = [_review("https://c.example.org/1", "Bridges are made of cheese", "False",
                    reviewRating={"@type": "Rating", "alternateName": "False", "ratingValue": 2,
                                  "bestRating": 6, "worstRating": 1, "ratingExplanation": "They are steel."}),
            _review("https://c.example.org/2", "The moon is closer than Paris",
                    "Ce n'est pas ce qu'il a dit, selon la mairie")]
    first = import_claimreviews(empty, feed)
    assert first.value.found == 2 and len(first.value.created_verdicts) == 2
    assert first.changes.touches("claim") and first.changes.touches("verdict")
    cheese = empty.details.claim(first.value.created_claims[0])
    assert cheese.current_verdict is not None
    assert (cheese.current_verdict.scale_name, cheese.current_verdict.label) == ("truth", "False")
    assert cheese.current_verdict.rationale == "They are steel."
    assert cheese.speaker is not None
    role = cheese.speaker.roles[0]
    assert (role.title, role.affiliation, cheese.speaker.wikidata_id) == ("Senator", "Invented Senate", "Q42")
    moon = empty.details.claim(first.value.created_claims[1])
    assert moon.current_verdict is not None
    assert moon.current_verdict.scale_name == "imported"
    assert moon.current_verdict.label == "Ce n'est pas ce qu'il a dit, selon la mairie"
    imported = next(s for s in empty.verdicts.scales() if s.name == "imported")
    assert imported.kind.value == "imported"
    counts = (empty.claims.count(), len(empty.sources.all()), len(empty.actors.all()))

    again = import_claimreviews(empty, feed)
    assert again.value.skipped == 2 and not again.value.created_claims
    assert again.changes.is_empty
    assert (empty.claims.count(), len(empty.sources.all()), len(empty.actors.all())) == counts
    # the same speaker is reused, not duplicated
    assert len(empty.actors.all()) == 1


def test_shared_sample_shapes_are_understood() -> None:
    # Invented content in the two shapes of the shared samples (a DataFeedItem, an API claim).
    item = {"@type": "DataFeedItem", "dateCreated": "2024-01-01T00:00:00+00:00", "url": "https://x.example/a",
            "item": [{"@context": "http://schema.org", "@type": "ClaimReview",
                      "author": {"@type": "Organization", "name": "Agentur X", "url": "https://x.example/"},
                      "claimReviewed": "Ein erfundenes Zitat über Brücken", "datePublished": "2024-01-02",
                      "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Erika Muster"},
                                       "appearance": [{"@type": "CreativeWork", "url": "https://s.example/p"}],
                                       "datePublished": "2023-12-30"},
                      "reviewRating": {"@type": "Rating", "alternateName": "Das wurde so nie gesagt."},
                      "url": "https://x.example/a"}]}
    found = list(find_reviews(item))
    assert len(found) == 1
    assert found[0].author == "Agentur X" and found[0].appearances == ("https://s.example/p",)


def test_file_errors_are_one_line(empty: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not JSON"):
        import_claimreview_file(empty, bad)
    nothing = tmp_path / "nothing.json"
    nothing.write_text(json.dumps({"@type": "WebPage"}), encoding="utf-8")
    with pytest.raises(FileProblem, match="no ClaimReview"):
        import_claimreview_file(empty, nothing)
    with pytest.raises(FileProblem, match="no such file"):
        import_claimreview_file(empty, tmp_path / "missing.json")


def test_export_to_unwritable_place_leaves_nothing(sample: Sample, tmp_path: Path) -> None:
    ws, _ = sample
    with pytest.raises(FileProblem, match="cannot write"):
        write_claimreview(ws, tmp_path / "no-such-folder" / "feed.json")
    with pytest.raises(FileProblem, match="cannot write"):
        write_claimreview(ws, Path("/dev/full"))
    assert not list(tmp_path.glob(".*part"))


def test_reviews_without_claim_text_or_rating_are_counted_not_silently_dropped(workspace: Workspace) -> None:
    from stancedesk.services.exchange.claimreview import import_claimreviews

    usable = {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example/1",
              "claimReviewed": "The bridge opens in May", "author": {"@type": "Organization", "name": "Checks"},
              "reviewRating": {"@type": "Rating", "alternateName": "False"},
              "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Anna Kessel"}}}
    no_rating = {**usable, "url": "https://checks.example/2", "reviewRating": {}}
    summary = import_claimreviews(workspace, [usable, no_rating]).value
    assert (summary.found, len(summary.created_claims), summary.incomplete) == (1, 1, 1)


def test_a_review_without_a_url_is_not_imported_twice(workspace: Workspace) -> None:
    from stancedesk.services.exchange.claimreview import import_claimreviews

    review = {"@type": "ClaimReview", "claimReviewed": "Taxes fell by half",
              "author": {"@type": "Organization", "name": "Checks"},
              "reviewRating": {"@type": "Rating", "alternateName": "Mostly false"},
              "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Marek Dobrin"}}}
    first = import_claimreviews(workspace, review).value
    second = import_claimreviews(workspace, review).value
    assert (len(first.created_claims), len(second.created_claims), second.skipped) == (1, 0, 1)
