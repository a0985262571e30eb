"""The report's content tree: built by services, without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.services.report_tree import build_report
from stancedesk.services.workspace import Workspace

Sample = tuple[Workspace, dict[str, str]]


def test_dossier_report_has_cover_sections_and_appendix(report_sample: Sample) -> None:
    ws, ids = report_sample
    tree = build_report(ws, dossier="Summit 2024")
    assert tree.cover.title == "Summit 2024" and tree.cover.dossier == "Summit 2024"
    assert tree.cover.generated_by == "Ana Checker" and tree.cover.organization == "Invented Facts Desk"
    assert tree.cover.file_name == "report.stancedesk" and tree.cover.claim_count == 3
    assert [s.claim_id for s in tree.sections] == [ids["talks"], ids["host"], ids["agreed"]]
    talks = tree.sections[0]
    assert talks.speaker == "Зеленський"
    assert talks.role == "President of the Invented Republic (Invented Republic)"
    assert talks.said_on == "2024-05-02"
    assert talks.verdict is not None
    assert (talks.verdict.label, talks.verdict.scale, talks.verdict.status) == ("Full flop", "consistency",
                                                                                "published")
    assert (talks.verdict.best, talks.verdict.worst) == (3, 1)
    assert [c.what for c in talks.corrections] == ["Rating changed to Full flop"]
    assert [(e.on, e.relation) for e in talks.evidence] == [("2023-02-10", "reverses"),
                                                           ("2024-05-04", "contradicts")]
    chart = talks.stances[0]
    assert chart.topic == "summit talks" and chart.suggestion == "Full flop"
    assert [p.position for p in chart.points] == ["against", "for"]
    numbers = {c.source_id: c.number for c in tree.appendix}
    assert talks.citations == (numbers[ids["summit"]],)
    summit = next(c for c in tree.appendix if c.source_id == ids["summit"])
    assert summit.sha256 is not None and len(summit.sha256) == 64
    assert summit.publisher == "The Invented Times" and summit.accessed is not None
    # cited once, numbered once, in order of first citation
    assert [c.number for c in tree.appendix] == [1, 2]


def test_role_is_the_one_held_that_day(report_sample: Sample) -> None:
    ws, ids = report_sample
    refuse = build_report(ws, [ids["refuse"]]).sections[0]
    assert refuse.role == "President of the Invented Republic (Invented Republic)"
    assert refuse.verdict is None and not refuse.corrections


def test_selection_and_errors(report_sample: Sample) -> None:
    ws, ids = report_sample
    assert len(build_report(ws).sections) == 4
    assert [s.claim_id for s in build_report(ws, [ids["agreed"]]).sections] == [ids["agreed"]]
    with pytest.raises(NotFoundError):
        build_report(ws, dossier="No such dossier")
    empty = ws.dossiers.create("Empty one").value
    with pytest.raises(InputError, match="empty"):
        build_report(ws, dossier=empty.name)


def test_tree_building_does_not_load_qt() -> None:
    code = ("import sys, stancedesk.services.report_tree\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_appearance_known_only_by_its_address_is_cited(report_sample: Sample) -> None:
    from stancedesk.services.claims import ClaimInput

    ws, _ids = report_sample
    claim = ws.claims.add(ClaimInput(quote="Seen only online", url="https://video.example/clip/7")).value
    tree = build_report(ws, [claim.id])
    [number] = tree.sections[0].citations
    cited = next(c for c in tree.appendix if c.number == number)
    assert cited.url == "https://video.example/clip/7" and cited.title == "Web page on video.example"
    assert cited.sha256 is None
