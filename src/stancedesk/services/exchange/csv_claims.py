"""Claims as CSV: a spreadsheet out for editors, and spreadsheets in from colleagues who track claims there."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import PartialDate, parse_partial_date
from stancedesk.domain.enums import ClaimKind, parse_enum
from stancedesk.domain.errors import InputError, StanceDeskError
from stancedesk.domain.rules import MAX_QUOTE_CHARS, check_summary, clean_text, optional_text
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.exchange import read_text, write_atomically
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository

EXPORT_COLUMNS = ("id", "quote", "summary", "speaker", "said_on", "kind", "topics", "verdict", "verdict_status",
                  "verdict_scale", "source_url")
IMPORT_FIELDS = ("quote", "speaker", "said_on", "kind", "summary", "topics", "source_url")
TOPIC_SEPARATOR = ";"


def claims_csv_rows(ws: Workspace, claim_ids: Sequence[str] | None = None) -> list[dict[str, str]]:
    ids = list(claim_ids) if claim_ids is not None else [r.id for r in ws.claims.page(limit=1_000_000)]
    rows = []
    for claim_id in ids:
        detail = ws.details.claim(claim_id)
        claim, verdict = detail.claim, detail.current_verdict
        url = next((a.url for a in claim.appearances if a.is_first and a.url),
                   next((a.url for a in claim.appearances if a.url), ""))
        rows.append({
            "id": claim.id, "quote": claim.quote, "summary": claim.summary or "",
            "speaker": detail.speaker.name if detail.speaker else claim.speaker_name or "",
            "said_on": claim.said_on.iso() if claim.said_on else "", "kind": claim.kind.value,
            "topics": f"{TOPIC_SEPARATOR} ".join(claim.topics),
            "verdict": verdict.label if verdict else "", "verdict_status": verdict.status.value if verdict else "",
            "verdict_scale": verdict.scale_name if verdict else "", "source_url": url or "",
        })
    return rows


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text a spreadsheet would run as a formula (=, +, -, @ ...) gets a leading apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _unguarded(cell: str) -> str:
    """Undo spreadsheet_safe on import, so an exported file imports back as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def write_claims_csv(ws: Workspace, out: Path, claim_ids: Sequence[str] | None = None) -> int:
    rows = claims_csv_rows(ws, claim_ids)

    def fill(handle: IO[str]) -> None:
        writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)

    write_atomically(out, fill, newline="")
    return len(rows)


@dataclass(frozen=True)
class RejectedRow:
    row: int  # as a spreadsheet numbers it: the header is row 1
    reason: str


@dataclass(frozen=True)
class CsvImportSummary:
    rows: int
    created_claims: tuple[str, ...]
    rejected: tuple[RejectedRow, ...]


def column_mapping(header: Sequence[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """field → column: columns named like a field map to it; `overrides` (from --map) win."""
    unknown = sorted(set(overrides) - set(IMPORT_FIELDS))
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(unknown)} in --map (fields: {', '.join(IMPORT_FIELDS)})")
    by_name = {h.strip().lower().replace(" ", "_").replace("-", "_"): h for h in header}
    mapping = {f: by_name[f] for f in IMPORT_FIELDS if f in by_name}
    for field, column in overrides.items():
        match = next((h for h in header if h.strip().casefold() == column.strip().casefold()), None)
        if match is None:
            raise InputError(f"--map {field}={column}: the CSV has no column '{column}'")
        mapping[field] = match
    if "quote" not in mapping:
        raise InputError("the CSV has no quote column; name one 'quote' or pass --map quote=Column")
    return mapping


def _row_input(values: Mapping[str, str]) -> ClaimInput:
    """Check one row fully before anything is written, so a bad row never half-imports."""
    quote = values.get("quote", "").strip()
    if not quote:
        raise InputError("quote is missing")
    clean_text(quote, "quote", limit=MAX_QUOTE_CHARS)
    said = values.get("said_on", "").strip()
    said_on: PartialDate | None = parse_partial_date(said, "said_on") if said else None
    kind_text = values.get("kind", "").strip()
    kind = parse_enum(ClaimKind, kind_text, "claim kind") if kind_text else ClaimKind.STATEMENT
    speaker = optional_text(values.get("speaker"), "speaker", limit=500)
    url = values.get("source_url", "").strip() or None
    if url and not url.lower().startswith(("http://", "https://")):
        raise InputError(f"source_url '{url}' is not a web address")
    topics = [t.strip() for t in values.get("topics", "").replace(",", TOPIC_SEPARATOR).split(TOPIC_SEPARATOR)]
    for topic in topics:
        optional_text(topic, "topic", limit=300)
    return ClaimInput(quote=quote, speaker_name=speaker, said_on=said_on,
                      kind=kind, summary=check_summary(values.get("summary")), url=url,
                      topics=[t for t in topics if t])


def import_claims_csv_text(ws: Workspace, text: str, overrides: Mapping[str, str] | None = None
                           ) -> Outcome[CsvImportSummary]:
    """Import every good row; each bad row is reported by its number and skipped."""
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        return _import_rows(ws, reader, overrides)
    except csv.Error as exc:
        raise InputError(f"the CSV is malformed at line {reader.line_num} ({exc})") from None


def _import_rows(ws: Workspace, reader: Any, overrides: Mapping[str, str] | None) -> Outcome[CsvImportSummary]:
    header = next(reader, None)
    if header is None:
        raise InputError("the CSV is empty")
    mapping = column_mapping(header, overrides or {})
    index = {field: header.index(column) for field, column in mapping.items()}
    good: list[ClaimInput] = []
    rejected: list[RejectedRow] = []
    count = 0
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        count += 1
        values = {f: _unguarded(cells[i]) if i < len(cells) else "" for f, i in index.items()}
        try:
            good.append(_row_input(values))
        except StanceDeskError as exc:
            rejected.append(RejectedRow(number, str(exc)))
    created: list[str] = []
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        for data in good:
            created.append(create_claim(store, repo, data))
            store.session.flush()
    return Outcome(CsvImportSummary(count, tuple(created), tuple(rejected)), store.change_set())


def import_claims_csv(ws: Workspace, path: Path, overrides: Mapping[str, str] | None = None
                      ) -> Outcome[CsvImportSummary]:
    return import_claims_csv_text(ws, read_text(path), overrides)
