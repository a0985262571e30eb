"""stancedesk-cli export and import: formats, summaries and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancedesk.cli.main import main
from stancedesk.services.workspace import Workspace

Sample = tuple[Workspace, dict[str, str]]


def _closed(sample: Sample) -> tuple[str, dict[str, str]]:
    ws, ids = sample
    path = str(ws.path)
    ws.close()
    return path, ids


def test_export_each_format(sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = _closed(sample)
    feed, table, refs = tmp_path / "feed.json", tmp_path / "claims.csv", tmp_path / "refs.json"
    assert main(["export", path, "--format", "claimreview", str(feed)]) == 0
    assert json.loads(feed.read_text(encoding="utf-8"))["@type"] == "ClaimReview"
    assert main(["export", path, "--format", "csv", str(table), "--claim", ids["tolls"][:8]]) == 0
    assert len(table.read_text(encoding="utf-8").splitlines()) == 2
    assert main(["export", path, "--format", "csl-json", str(refs), "--json"]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and json.loads(out[out.index("{"):])["count"] == 1


def test_import_claimreview_twice(sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = _closed(sample)
    feed = tmp_path / "feed.json"
    assert main(["export", path, "--format", "claimreview", str(feed)]) == 0
    assert main(["init", str(tmp_path / "other.stancedesk")]) == 0
    other = str(tmp_path / "other.stancedesk")
    capsys.readouterr()
    assert main(["import", other, "--format", "claimreview", str(feed)]) == 0
    assert "imported 1 of 1" in capsys.readouterr().out
    assert main(["import", other, "--format", "claimreview", str(feed)]) == 0
    assert "imported 0 of 1 ClaimReview objects (1 already in the file)" in capsys.readouterr().out


def test_import_csv_with_map_reports_rows(sample: Sample, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = _closed(sample)
    table = tmp_path / "in.csv"
    table.write_text("Said,By,Day\nRain is wet,Jo,2024-01-01\n,Jo,2024-01-02\nSnow is cold,Jo,yesterday\n",
                     encoding="utf-8")
    capsys.readouterr()
    assert main(["import", path, "--format", "csv", str(table), "--map", "quote=Said", "--map", "speaker=By",
                 "--map", "said_on=Day"]) == 0
    out = capsys.readouterr().out
    assert "imported 1 claims; 2 rows rejected" in out
    assert "row 3: quote is missing" in out and "row 4: said_on 'yesterday'" in out


def test_errors_are_one_line(sample: Sample, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = _closed(sample)
    capsys.readouterr()
    assert main(["export", path, "--format", "csv", str(tmp_path / "no" / "x.csv")]) == 1
    assert main(["import", path, "--format", "claimreview", str(tmp_path / "missing.json")]) == 1
    assert main(["import", path, "--format", "csv", str(tmp_path / "missing.csv"), "--map", "bad"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("stancedesk-cli: ") for line in lines)
    assert "cannot write" in lines[0] and "no such file" in lines[1] and "field=Column" in lines[2]
