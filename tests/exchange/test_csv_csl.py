"""CSV in and out, and CSL-JSON for reference managers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from stancedesk.domain.errors import InputError
from stancedesk.services.exchange.csl_json import export_csl_json, write_csl_json
from stancedesk.services.exchange.csv_claims import import_claims_csv, import_claims_csv_text, write_claims_csv
from stancedesk.services.workspace import Workspace

Sample = tuple[Workspace, dict[str, str]]


def test_csv_export_has_one_row_per_claim_with_verdict_and_source(sample: Sample, tmp_path: Path) -> None:
    ws, ids = sample
    out = tmp_path / "claims.csv"
    assert write_claims_csv(ws, out) == 2
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    bridge = rows[ids["bridge"]]
    assert bridge["speaker"] == "Олена Коваленко"
    assert bridge["said_on"] == "2024-03-01"
    assert bridge["kind"] == "statement"
    assert bridge["topics"] == "bridges"
    assert (bridge["verdict"], bridge["verdict_status"], bridge["verdict_scale"]) == ("False", "published", "truth")
    assert bridge["source_url"] == "https://gazette.example.com/council"
    tolls = rows[ids["tolls"]]
    assert (tolls["said_on"], tolls["kind"], tolls["verdict_status"]) == ("2024-04", "promise", "draft")


def test_csv_round_trip_through_import(sample: Sample, empty: Workspace, tmp_path: Path) -> None:
    ws, _ = sample
    out = tmp_path / "claims.csv"
    write_claims_csv(ws, out)
    summary = import_claims_csv(empty, out).value
    assert len(summary.created_claims) == 2 and not summary.rejected
    quotes = {empty.claims.get(c).quote for c in summary.created_claims}
    assert "Tolls will never be charged on the bridge" in quotes


def test_csv_import_reports_bad_rows_by_number_and_imports_the_rest(empty: Workspace) -> None:
    text = ("Statement,Who,When,Type,Tags\n"
            "The sea is warm,Ερντογάν,2024-06-01,statement,climate; sea\n"
            ",Nobody,2024-06-02,statement,\n"
            "Prices fell,Зеленський,2024-13-45,statement,\n"
            "Taxes will drop,عبد الله,2024-07,promise,tax\n"
            "Wrong kind,Somebody,2024,rumour,\n")
    outcome = import_claims_csv_text(empty, text, {"quote": "Statement", "speaker": "Who", "said_on": "When",
                                                   "kind": "Type", "topics": "Tags"})
    summary = outcome.value
    assert summary.rows == 5
    assert [r.row for r in summary.rejected] == [3, 4, 6]
    assert "quote is missing" in summary.rejected[0].reason
    assert "2024-13-45" in summary.rejected[1].reason
    assert "rumour" in summary.rejected[2].reason
    assert len(summary.created_claims) == 2
    sea = empty.claims.get(summary.created_claims[0])
    assert sea.speaker_name == "Ερντογάν" and sorted(sea.topics) == ["climate", "sea"]
    taxes = empty.claims.get(summary.created_claims[1])
    assert taxes.kind.value == "promise" and taxes.said_on is not None and taxes.said_on.iso() == "2024-07"
    assert outcome.changes.touches("claim")


def test_csv_header_names_fields_directly(empty: Workspace) -> None:
    summary = import_claims_csv_text(empty, "quote,speaker,said_on\nIt rained,Jo Bloggs,2024-01-02\n").value
    assert len(summary.created_claims) == 1


def test_csv_mapping_errors(empty: Workspace) -> None:
    with pytest.raises(InputError, match="no quote column"):
        import_claims_csv_text(empty, "text,who\nx,y\n")
    with pytest.raises(InputError, match="no column 'Missing'"):
        import_claims_csv_text(empty, "text,who\nx,y\n", {"quote": "Missing"})
    with pytest.raises(InputError, match="unknown field"):
        import_claims_csv_text(empty, "quote\nx\n", {"colour": "quote"})


def test_csl_json_items(sample: Sample, tmp_path: Path) -> None:
    ws, ids = sample
    items = export_csl_json(ws)
    assert len(items) == 1
    item = items[0]
    assert item["id"] == ids["source"]
    assert item["type"] == "article-newspaper"
    assert item["title"] == "Riverton council meeting report"
    assert item["container-title"] == "The Riverton Gazette"
    assert item["URL"] == "https://gazette.example.com/council"
    assert item["issued"] == {"date-parts": [[2024, 3, 2]]}
    assert len(item["accessed"]["date-parts"][0]) == 3
    assert item["language"] == "en"
    assert item["note"].startswith("Snapshot SHA-256: ")
    out = tmp_path / "sources.json"
    assert write_csl_json(ws, out) == 1
    assert json.loads(out.read_text(encoding="utf-8")) == items
