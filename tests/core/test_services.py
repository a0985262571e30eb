"""Use cases through the services: claims, evidence, verdict rules, search, stance, ids, change-sets."""

from __future__ import annotations

import pytest

from stancedesk.domain.dates import parse_partial_date
from stancedesk.domain.enums import ClaimKind, Relation, StancePosition, TargetKind, VerdictStatus
from stancedesk.domain.errors import InputError, NotFoundError, RuleError
from stancedesk.domain.queries import ClaimFilter
from stancedesk.services.claims import ClaimInput
from stancedesk.services.workspace import Workspace
from tests.conftest import ARTICLE


@pytest.fixture
def story(workspace: Workspace) -> dict[str, str]:
    """Kessel's fuel-tax pledge, the source it is in, and the later levy increase."""
    ws = workspace
    ws.actors.add("Anna Kessel", aliases=["the prime minister", "Kessel"])
    source = ws.sources.add(title="Kessel rules out fuel tax rise", publisher="Valdoria Wire", text=ARTICLE,
                            url="https://wire.example/fuel").value
    pledge = ws.claims.add(ClaimInput(
        quote="will not raise the fuel tax this year", speaker_name="the prime minister", kind=ClaimKind.PROMISE,
        said_on=parse_partial_date("2025-03-03"), source_id=source.id, topics=["fuel tax"])).value
    jibe = ws.claims.add(ClaimInput(quote="a fairy tale for voters", speaker_name="Marek Dobrin",
                                    said_on=parse_partial_date("2025-03-04"))).value
    levy = ws.events.add(description="Cabinet approved a fuel levy increase of four cents a litre",
                         occurred_on=parse_partial_date("2025-03-17"), actor_names=["Kessel"],
                         source_ids=[source.id], excerpt="approved a fuel levy increase").value
    return {"source": source.id, "pledge": pledge.id, "jibe": jibe.id, "levy": levy.id}


def test_speaker_named_by_alias_is_the_same_actor(workspace: Workspace, story: dict[str, str]) -> None:
    pledge = workspace.claims.get(story["pledge"])
    assert pledge.speaker_name == "Anna Kessel"
    assert pledge.appearances[0].selector is not None
    start, end = pledge.appearances[0].selector.start, pledge.appearances[0].selector.end
    assert start is not None and end is not None and ARTICLE[start:end] == pledge.quote
    assert [a.name for a in workspace.actors.all()] == ["Anna Kessel", "Marek Dobrin"]


def test_mutations_return_change_sets_naming_what_changed(workspace: Workspace, story: dict[str, str]) -> None:
    outcome = workspace.evidence.link(story["pledge"], story["levy"], Relation.BREAKS, "two weeks later")
    assert outcome.changes.created == {"evidence_link": frozenset({outcome.value.id})}
    assert outcome.value.target_kind is TargetKind.EVENT
    update = workspace.claims.update(story["pledge"], summary="Kessel: no fuel tax rise in 2025")
    assert update.changes.updated == {"claim": frozenset({story["pledge"]})}
    assert not update.changes.created


def test_publishing_needs_a_source_or_evidence(workspace: Workspace, story: dict[str, str]) -> None:
    with pytest.raises(RuleError, match="no source and no evidence"):
        workspace.verdicts.record(story["jibe"], label="Half true", rationale="r", reviewer="Ana", publish=True)
    assert workspace.verdicts.history(story["jibe"]) == []  # the refused publish left nothing behind
    draft = workspace.verdicts.record(story["jibe"], label="Half true", rationale="r", reviewer="Ana").value
    workspace.evidence.link(story["jibe"], story["levy"], Relation.SUPPORTS)
    published = workspace.verdicts.publish(draft.id).value
    assert published.status is VerdictStatus.PUBLISHED
    assert published.signed_off_by == "Test Reviewer" and published.signed_off_at


def test_verdicts_are_never_overwritten_and_published_ones_need_corrections(
        workspace: Workspace, story: dict[str, str]) -> None:
    first = workspace.verdicts.record(story["pledge"], label="In the works", rationale="Too early",
                                      reviewer="Ana").value
    second = workspace.verdicts.record(story["pledge"], label="Broken", rationale="Levy rose", reviewer="Ana",
                                       publish=True).value
    assert second.supersedes_id == first.id and second.rating_value == 1
    with pytest.raises(RuleError, match="correction note"):
        workspace.verdicts.record(story["pledge"], label="Compromise", rationale="x", reviewer="Ana")
    third = workspace.verdicts.record(story["pledge"], label="Compromise", rationale="Levy was temporary",
                                      reviewer="Bo", correction_what="Rating changed to Compromise",
                                      correction_why="The levy expires in June").value
    assert third.correction is not None and third.correction.why == "The levy expires in June"
    history = workspace.verdicts.history(story["pledge"])
    assert [v.label for v in history] == ["Compromise", "Broken", "In the works"]
    assert workspace.verdicts.current(story["pledge"]) == third
    with pytest.raises(RuleError):
        workspace.verdicts.submit_for_review(second.id)


def test_labels_must_be_on_the_scale(workspace: Workspace, story: dict[str, str]) -> None:
    with pytest.raises(InputError, match="'Pants on fire' is not on the promise scale"):
        workspace.verdicts.record(story["pledge"], label="Pants on fire", rationale="r", reviewer="Ana")
    verdict = workspace.verdicts.record(story["jibe"], label="pants on FIRE", rationale="r", reviewer="Ana").value
    assert verdict.label == "Pants on fire" and verdict.scale_name == "truth"


def test_claim_pages_filter_by_speaker_kind_rating_and_date(workspace: Workspace, story: dict[str, str]) -> None:
    workspace.verdicts.record(story["pledge"], label="Broken", rationale="Levy rose", reviewer="Ana")
    kessel = workspace.actors.find("Anna Kessel")
    assert kessel is not None
    assert workspace.claims.count() == 2
    assert [r.id for r in workspace.claims.page(ClaimFilter(speaker_id=kessel.id))] == [story["pledge"]]
    assert [r.id for r in workspace.claims.page(ClaimFilter(kind=ClaimKind.STATEMENT))] == [story["jibe"]]
    assert [r.rating for r in workspace.claims.page(ClaimFilter(rating="broken"))] == ["Broken"]
    assert workspace.claims.count(ClaimFilter(status=VerdictStatus.DRAFT)) == 1
    since = parse_partial_date("2025-03-04").value
    assert [r.id for r in workspace.claims.page(ClaimFilter(said_from=since))] == [story["jibe"]]
    page = workspace.claims.page(offset=1, limit=1)
    assert len(page) == 1 and page[0].id == story["pledge"]  # newest said first


def test_search_ranks_hits_with_snippets_and_filters(workspace: Workspace, story: dict[str, str]) -> None:
    hits = workspace.search.search("fuel tax")
    kinds = {h.kind for h in hits}
    assert {"claim", "source"} <= kinds
    claim_hit = next(h for h in hits if h.kind == "claim")
    assert claim_hit.id == story["pledge"] and "[fuel]" in claim_hit.snippet and "[tax]" in claim_hit.snippet
    assert workspace.search.search("levy", ClaimFilter(kind=ClaimKind.PROMISE)) == []
    assert [h.kind for h in workspace.search.search("Kessel")][:1] == ["actor"]
    assert workspace.search.search('"fairy tale"')[0].id == story["jibe"]
    assert workspace.search.search('   "  ') == []


def test_filtered_search_pages_in_sql(workspace: Workspace, story: dict[str, str]) -> None:
    """A selective filter still finds its hit behind many better-ranked ones, and pages stay consistent."""
    for n in range(60):
        workspace.claims.add(ClaimInput(quote=f"fuel fuel fuel prices rose again {n}", speaker_name="Marek Dobrin"))
    kessel = workspace.actors.find("Kessel")
    assert kessel is not None
    only = workspace.search.search("fuel", ClaimFilter(speaker_id=kessel.id), limit=5)
    assert [h.id for h in only] == [story["pledge"]]
    workspace.verdicts.record(story["pledge"], label="Broken", rationale="fuel levy rose", reviewer="Ana")
    drafts = workspace.search.search("fuel", ClaimFilter(status=VerdictStatus.DRAFT))
    assert {(h.kind, h.claim_id) for h in drafts} == {("claim", story["pledge"]), ("verdict", story["pledge"])}
    first = workspace.search.search("fuel", limit=10)
    second = workspace.search.search("fuel", limit=10, offset=10)
    assert len(first) == len(second) == 10 and not {h.id for h in first} & {h.id for h in second}
    assert [h.kind for h in workspace.search.search("fuel", kinds=frozenset({"source"}))] == ["source"]


def test_stance_timeline_flags_a_reversal(workspace: Workspace, story: dict[str, str]) -> None:
    kessel = workspace.actors.find("Kessel")
    assert kessel is not None
    workspace.claims.add(ClaimInput(
        quote="Fuel taxes are a burden we will lift", speaker_id=kessel.id, kind=ClaimKind.POSITION,
        said_on=parse_partial_date("2024-11"), topics=["fuel tax"], stance=StancePosition.AGAINST))
    workspace.stances.record(kessel.id, "fuel tax", StancePosition.FOR, parse_partial_date("2025-03-17"),
                             label="approves the levy")
    [timeline] = workspace.stances.timeline(kessel.id, "Fuel Tax")
    assert [e.stance.position for e in timeline.entries] == [StancePosition.AGAINST, StancePosition.FOR]
    assert timeline.suggestion.value == "Full flop" and timeline.reversals == 1
    with pytest.raises(NotFoundError, match="no topic called 'weather'"):
        workspace.stances.timeline(kessel.id, "weather")


def test_ids_resolve_from_unique_prefixes(workspace: Workspace, story: dict[str, str]) -> None:
    assert workspace.lookup.resolve(story["levy"][:8]) == ("event", story["levy"])
    with pytest.raises(NotFoundError, match="no claim with id starting 'ffffffff'"):
        workspace.lookup.resolve_id("ffffffff", "claim")
    with pytest.raises(InputError, match="is not an id"):
        workspace.lookup.resolve("zz-top")
    for n in range(17):  # 17+ random ids over 16 first characters: at least two share one
        workspace.claims.add(ClaimInput(quote=f"filler {n}"))
    firsts = [c.id[0] for c in workspace.claims.page()]
    shared = next(ch for ch in firsts if firsts.count(ch) > 1)
    with pytest.raises(NotFoundError, match="ambiguous"):
        workspace.lookup.resolve_id(shared, "claim")


def test_claim_detail_gathers_evidence_in_date_order(workspace: Workspace, story: dict[str, str]) -> None:
    workspace.evidence.link(story["pledge"], story["levy"], Relation.BREAKS)
    workspace.evidence.link(story["pledge"], story["jibe"], Relation.CONTEXT)
    workspace.evidence.link(story["pledge"], story["source"], Relation.REPEATS, excerpt="a pledge she repeated")
    detail = workspace.details.claim(story["pledge"])
    # dated items first, oldest first; the undated source excerpt last
    assert [i.link.relation for i in detail.evidence] == [Relation.CONTEXT, Relation.BREAKS, Relation.REPEATS]
    assert detail.evidence[1].sources[0].title == "Kessel rules out fuel tax rise"
    assert detail.speaker is not None and detail.speaker.name == "Anna Kessel"
    with pytest.raises(InputError, match="cannot be evidence for itself"):
        workspace.evidence.link(story["pledge"], story["pledge"], Relation.SUPPORTS)


def test_read_only_workspace_refuses_edits(workspace: Workspace) -> None:
    path = workspace.path
    workspace.close()
    with Workspace.open(path, workspace.profile, read_only=True) as ro:
        with pytest.raises(RuleError, match="read-only"):
            ro.claims.add(ClaimInput(quote="nope"))
        assert ro.claims.count() == 0


def test_names_match_across_scripts_case_and_spacing(workspace: Workspace) -> None:
    first = workspace.actors.add("Зеленський", aliases=["Émile  Zola"]).value
    with pytest.raises(InputError, match="already exists"):
        workspace.actors.add("ЗЕЛЕНСЬКИЙ")
    claim = workspace.claims.add(ClaimInput(quote="q", speaker_name="émile zola", topics=["Переговоры"])).value
    again = workspace.claims.add(ClaimInput(quote="r", speaker_name="Зеленський", topics=["переговоры"])).value
    assert claim.speaker_id == again.speaker_id == first.id
    assert [t.name for t in workspace.stances.topics()] == ["Переговоры"]
    assert [a.name for a in workspace.actors.all()] == ["Зеленський"]


@pytest.mark.parametrize("text", ["a\x00b", "\ud800", "fuel\x07", "(", "NEAR(", "AND OR", "-x", "a:b", '"', "*"])
def test_search_never_fails_on_what_people_type(workspace: Workspace, story: dict[str, str], text: str) -> None:
    assert isinstance(workspace.search.search(text), list)


def test_publishing_twice_or_a_superseded_verdict_is_refused(workspace: Workspace, story: dict[str, str]) -> None:
    first = workspace.verdicts.record(story["pledge"], label="Broken", rationale="r", reviewer="Ana",
                                      publish=True).value
    with pytest.raises(RuleError, match="already published"):
        workspace.verdicts.publish(first.id)
    assert workspace.verdicts.get(first.id).signed_off_at == first.signed_off_at

    draft = workspace.verdicts.record(story["jibe"], label="True", rationale="r", reviewer="Ana").value
    workspace.verdicts.record(story["jibe"], label="False", rationale="r2", reviewer="Ana")
    with pytest.raises(RuleError, match="superseded"):
        workspace.verdicts.publish(draft.id)


def test_every_verdict_after_a_publication_is_a_correction(workspace: Workspace, story: dict[str, str]) -> None:
    workspace.verdicts.record(story["pledge"], label="Broken", rationale="r", reviewer="Ana", publish=True)
    workspace.verdicts.record(story["pledge"], label="Stalled", rationale="r", reviewer="Ana",
                              correction_what="Stalled, not broken", correction_why="The bill is only delayed")
    with pytest.raises(RuleError, match="needs a correction note"):
        workspace.verdicts.record(story["pledge"], label="Kept", rationale="r", reviewer="Ana", publish=True)
    with pytest.raises(InputError, match="only for changing a published verdict"):
        workspace.verdicts.record(story["jibe"], label="True", rationale="r", reviewer="Ana",
                                  correction_what="x", correction_why="y")


def test_deleting_a_claim_takes_its_links_and_drafts_with_it(workspace: Workspace, story: dict[str, str]) -> None:
    workspace.evidence.link(story["pledge"], story["jibe"], Relation.CONTEXT)
    workspace.verdicts.record(story["jibe"], label="True", rationale="zebracorn", reviewer="Ana")
    dossier = workspace.dossiers.create("Fuel", claim_ids=[story["jibe"], story["pledge"]]).value
    outcome = workspace.claims.delete(story["jibe"])
    assert outcome.changes.deleted["claim"] == {story["jibe"]}
    assert outcome.changes.deleted["verdict"] and outcome.changes.deleted["evidence_link"]
    assert workspace.details.claim(story["pledge"]).evidence == ()
    assert workspace.search.search("zebracorn") == []
    assert workspace.dossiers.get(dossier.id).claim_ids == (story["pledge"],)
    with pytest.raises(NotFoundError):
        workspace.verdicts.record(story["jibe"], label="True", rationale="r", reviewer="Ana")
    workspace.verdicts.record(story["pledge"], label="Broken", rationale="r", reviewer="Ana", publish=True)
    with pytest.raises(RuleError, match="published verdict and cannot be deleted"):
        workspace.claims.delete(story["pledge"])


def test_verdicts_and_links_mark_their_claim_changed_for_the_views(workspace: Workspace,
                                                                  story: dict[str, str]) -> None:
    verdict = workspace.verdicts.record(story["pledge"], label="Broken", rationale="r", reviewer="Ana")
    assert verdict.changes.touches("claim", story["pledge"])
    link = workspace.evidence.link(story["pledge"], story["levy"], Relation.BREAKS)
    assert link.changes.touches("claim", story["pledge"])


def test_list_pages_cost_a_fixed_number_of_queries(workspace: Workspace) -> None:
    """A window listing thousands of rows must not issue one query per row (N+1)."""
    from sqlalchemy import event

    for n in range(30):
        actor = workspace.actors.add(f"Person {n}", aliases=[f"P{n}"]).value
        workspace.events.add(description=f"Event {n}", occurred_on=parse_partial_date("2025-01-01"),
                             actor_ids=[actor.id])
        workspace.sources.add(title=f"Source {n}", text="x" * 10_000)
    statements: list[str] = []
    event.listen(workspace.db.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql))
    for listing, expected in ((workspace.actors.all, 30), (workspace.events.all, 30),
                              (workspace.sources.all, 30), (workspace.claims.page, 0)):
        statements.clear()
        assert len(listing()) == expected
        assert len(statements) <= 4, listing
        assert not any("source.text" in s and "SELECT" in s for s in statements if listing is workspace.sources.all)


def test_long_sources_are_found_once_with_a_snippet_from_the_right_place(workspace: Workspace) -> None:
    filler = "the council met and the budget was read aloud again " * 20_000  # about 1 MB
    source = workspace.sources.add(title="Minutes", text=filler + "a zebracorn appeared at the end").value
    hits = workspace.search.search("zebracorn")
    assert [(h.kind, h.id) for h in hits] == [("source", source.id)]
    assert "[zebracorn]" in hits[0].snippet
    common = workspace.search.search("budget")
    assert [h.id for h in common] == [source.id]  # many matching pieces, one hit


def test_scrolling_by_cursor_visits_every_claim_once_in_list_order(workspace: Workspace) -> None:
    dates = ["2025-03-01", "2025-03-01", None, "2024-12", "2025-03-02", None, "2023", "2025-03-01"]
    for n in range(40):
        day = dates[n % len(dates)]
        workspace.claims.add(ClaimInput(quote=f"claim {n}", said_on=parse_partial_date(day) if day else None))
    everything = [r.id for r in workspace.claims.page(limit=1000)]
    scrolled: list[str] = []
    cursor = None
    while True:
        page = workspace.claims.page(limit=7, after=cursor)
        if not page:
            break
        scrolled += [r.id for r in page]
        cursor = page[-1].cursor
    assert scrolled == everything and len(everything) == 40
