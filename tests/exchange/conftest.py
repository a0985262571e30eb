"""Fixtures for exchange tests: temp settings folders and a small invented file with published verdicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stancedesk.domain.dates import parse_partial_date
from stancedesk.domain.enums import ActorKind, ClaimKind, Relation, SourceKind
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.actors import RoleInput, create_actor
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.events import create_event
from stancedesk.services.evidence import create_link
from stancedesk.services.sources import create_source
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository

PROFILE = ReviewerProfile("Ana Checker", "0c3c9a86-8d1e-4a3f-9d43-5b0e8f7c2a11", "Invented Facts Desk",
                          "https://facts.example.org/")


@pytest.fixture(autouse=True)
def _reviewer_is_ana(monkeypatch: pytest.MonkeyPatch) -> None:
    """The private folders come from tests/conftest.py; these tests sign as the sample's reviewer."""
    monkeypatch.setenv("STANCEDESK_AUTHOR", "Ana Checker")


def build_sample(ws: Workspace) -> dict[str, str]:
    """Two speakers, two sourced claims with evidence; one published verdict, one draft."""
    d = parse_partial_date
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        mayor = create_actor(store, repo, "Олена Коваленко", ActorKind.PERSON, ["Kovalenko"],
                             [RoleInput("Mayor of Riverton", "Riverton City Council", d("2020-01-01").value)],
                             "Q4115189")
        minister = create_actor(store, repo, "Νίκος Παπαδόπουλος", ActorKind.PERSON, [],
                                [RoleInput("Minister of Bridges", "Invented Government", None)])
        source = create_source(store, title="Riverton council meeting report", kind=SourceKind.ARTICLE,
                               publisher="The Riverton Gazette", url="https://gazette.example.com/council",
                               published_on=d("2024-03-02"), language="en",
                               text="The mayor said the new bridge was finished on time and under budget.")
        bridge = create_claim(store, repo, ClaimInput(
            quote="the new bridge was finished on time and under budget", speaker_id=mayor,
            said_on=d("2024-03-01"), summary="Mayor says the bridge was finished on time and under budget",
            source_id=source, topics=["bridges"]))
        late = create_event(store, repo, description="The bridge opened four months after the planned date",
                            occurred_on=d("2024-02-20"), source_ids=[source], actor_ids=[],
                            excerpt="The mayor said")
        create_link(store, bridge, late, Relation.CONTRADICTS, "Opening came months late.")
        tolls = create_claim(store, repo, ClaimInput(
            quote="Tolls will never be charged on the bridge", speaker_id=minister, said_on=d("2024-04"),
            kind=ClaimKind.PROMISE, source_id=source))
    ws.verdicts.record(bridge, label="False", rationale="It opened four months late and over budget.",
                       reviewer="Ana Checker", publish=True)
    ws.verdicts.record(tolls, label="In the works", rationale="Too early to say.", reviewer="Ana Checker")
    return {"bridge": bridge, "tolls": tolls, "source": source, "mayor": mayor}


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Workspace, dict[str, str]]]:
    with Workspace.create(tmp_path / "sample.stancedesk", PROFILE) as ws:
        ids = build_sample(ws)
        yield ws, ids


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "empty.stancedesk", PROFILE) as ws:
        yield ws
