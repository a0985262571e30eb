"""Fixtures for report tests: temp settings folders and an invented file with names in four scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stancedesk.domain.dates import parse_partial_date
from stancedesk.domain.enums import ActorKind, ClaimKind, Relation, SourceKind, StancePosition
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.actors import RoleInput, create_actor
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.dossiers import create_dossier
from stancedesk.services.events import create_event
from stancedesk.services.evidence import create_link
from stancedesk.services.sources import create_source
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository

PROFILE = ReviewerProfile("Ana Checker", "5b9a3c1e-2f4d-4e6a-8b7c-9d0e1f2a3b4c", "Invented Facts Desk",
                          "https://facts.example.org/")
SNAPSHOT = "At the summit Зеленський said talks were possible. Ερντογάν offered to host. عبد الله agreed."


@pytest.fixture(autouse=True)
def _reviewer_is_ana(monkeypatch: pytest.MonkeyPatch) -> None:
    """The private folders come from tests/conftest.py; these tests sign as the sample's reviewer."""
    monkeypatch.setenv("STANCEDESK_AUTHOR", "Ana Checker")


def build_report_sample(ws: Workspace) -> dict[str, str]:
    """Three speakers in Cyrillic, Greek and Arabic; a stance reversal; a corrected verdict; a dossier."""
    d = parse_partial_date
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        z = create_actor(store, repo, "Зеленський", ActorKind.PERSON, [], [
            RoleInput("Governor of the Invented Province", "Invented Republic", d("2010-01-01").value,
                      d("2018-12-31").value),
            RoleInput("President of the Invented Republic", "Invented Republic", d("2019-01-01").value)])
        e = create_actor(store, repo, "Ερντογάν", ActorKind.PERSON, [],
                         [RoleInput("Summit host", "Invented Union", None)])
        a = create_actor(store, repo, "عبد الله", ActorKind.PERSON)
        summit = create_source(store, title="Summit report", publisher="The Invented Times",
                               url="https://times.example.com/summit", published_on=d("2024-05-03"),
                               kind=SourceKind.ARTICLE, language="en", text=SNAPSHOT)
        wire = create_source(store, title="Wire story on the walkout", publisher="Invented Wire",
                             url="https://wire.example.com/walkout", published_on=d("2024-06"))
        refuse = create_claim(store, repo, ClaimInput(
            quote="We will never sit at one table with them", speaker_id=z, said_on=d("2023-02-10"),
            kind=ClaimKind.POSITION, topics=["summit talks"], stance=StancePosition.AGAINST,
            stance_label="refuses talks", source_id=wire))
        talks = create_claim(store, repo, ClaimInput(
            quote="talks were possible", speaker_id=z, said_on=d("2024-05-02"), kind=ClaimKind.POSITION,
            summary="Зеленський says talks are possible", source_id=summit, topics=["summit talks"],
            stance=StancePosition.FOR, stance_label="open to talks"))
        host = create_claim(store, repo, ClaimInput(
            quote="offered to host", speaker_id=e, said_on=d("2024-05-02"), source_id=summit))
        agreed = create_claim(store, repo, ClaimInput(quote="agreed", speaker_id=a, said_on=d("2024-05-02"),
                                                      source_id=summit))
        walkout = create_event(store, repo, description="The delegation walked out of the summit on day two",
                               occurred_on=d("2024-05-04"), source_ids=[wire])
        create_link(store, talks, walkout, Relation.CONTRADICTS, "They left before any talks began.")
        create_link(store, talks, refuse, Relation.REVERSES, "A year earlier he refused talks.")
        create_dossier(store, repo, "Summit 2024", "Invented claims around an invented summit.",
                       [talks, host, agreed])
    ws.verdicts.record(talks, label="Half flip", rationale="Opened to talks, then walked out.",
                       reviewer="Ana Checker", publish=True)
    ws.verdicts.record(talks, label="Full flop", rationale="Opened to talks after refusing them outright.",
                       reviewer="Ana Checker", publish=True, correction_what="Rating changed to Full flop",
                       correction_why="The 2023 refusal was categorical")
    return {"talks": talks, "host": host, "agreed": agreed, "refuse": refuse, "summit": summit, "wire": wire}


@pytest.fixture
def report_sample(tmp_path: Path) -> Iterator[tuple[Workspace, dict[str, str]]]:
    with Workspace.create(tmp_path / "report.stancedesk", PROFILE) as ws:
        ids = build_report_sample(ws)
        yield ws, ids
