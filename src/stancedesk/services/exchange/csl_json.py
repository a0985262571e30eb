"""Sources as CSL-JSON, so citations go straight into Zotero and other reference managers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from stancedesk.domain.dates import DatePrecision, PartialDate
from stancedesk.domain.enums import SourceKind
from stancedesk.domain.model import SourceSummary
from stancedesk.services.exchange import write_atomically
from stancedesk.services.workspace import Workspace

CSL_TYPES = {
    SourceKind.ARTICLE: "article-newspaper",
    SourceKind.TRANSCRIPT: "speech",
    SourceKind.SOCIAL_POST: "post",
    SourceKind.VIDEO: "broadcast",
    SourceKind.OFFICIAL_DOCUMENT: "report",
    SourceKind.OTHER: "webpage",
}


def _date_parts(day: PartialDate) -> dict[str, Any]:
    value = day.value
    if day.precision is DatePrecision.YEAR:
        parts = [value.year]
    elif day.precision is DatePrecision.MONTH:
        parts = [value.year, value.month]
    else:
        parts = [value.year, value.month, value.day]
    out: dict[str, Any] = {"date-parts": [parts]}
    if day.precision is DatePrecision.APPROXIMATE:
        out["circa"] = True
    return out


def csl_item(source: SourceSummary) -> dict[str, Any]:
    kind = CSL_TYPES.get(source.kind, "webpage")
    if kind == "article-newspaper" and not source.publisher:
        kind = "webpage"  # a newspaper article without a paper reads better as a web page
    item: dict[str, Any] = {"id": source.id, "type": kind, "title": source.title}
    if source.publisher:
        item["container-title"] = source.publisher
    if source.url:
        item["URL"] = source.url
    if source.published_on:
        item["issued"] = _date_parts(source.published_on)
    if source.accessed_at:
        y, m, d = (int(p) for p in source.accessed_at[:10].split("-"))
        item["accessed"] = {"date-parts": [[y, m, d]]}
    if source.language:
        item["language"] = source.language
    if source.archive_url:
        item["archive_location"] = source.archive_url
    if source.text_sha256:
        item["note"] = f"Snapshot SHA-256: {source.text_sha256}"
    return item


def export_csl_json(ws: Workspace) -> list[dict[str, Any]]:
    return [csl_item(s) for s in ws.sources.all()]


def write_csl_json(ws: Workspace, out: Path) -> int:
    items = export_csl_json(ws)
    write_atomically(out, lambda h: h.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n"))
    return len(items)
