"""Where claims and events are documented: articles, transcripts, posts, with a hashed text snapshot."""

from __future__ import annotations

import hashlib
from datetime import datetime

from stancedesk.domain.changes import Outcome
from stancedesk.domain.dates import PartialDate, iso_timestamp, utc_now
from stancedesk.domain.enums import SourceKind
from stancedesk.domain.errors import InputError, NotFoundError
from stancedesk.domain.model import Source, SourceSummary
from stancedesk.domain.rules import MAX_TEXT_CHARS, clean_text, optional_text
from stancedesk.services import dto
from stancedesk.services.base import Service
from stancedesk.storage.repository import Repository
from stancedesk.storage.schema import SourceRow
from stancedesk.storage.unit_of_work import Store


def snapshot_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _url(value: str | None, what: str) -> str | None:
    url = optional_text(value, what, limit=2000)
    if url and not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{what} '{url}' is not a web address (http:// or https://)")
    return url


def create_source(store: Store, *, title: str, kind: SourceKind = SourceKind.ARTICLE,
                  publisher: str | None = None, url: str | None = None,
                  published_on: PartialDate | None = None, accessed_at: datetime | None = None,
                  language: str | None = None, text: str | None = None, archive_url: str | None = None,
                  notes: str | None = None) -> str:
    clean_title = optional_text(title, "source title", limit=1000)
    if clean_title is None:
        raise InputError("source title is empty")
    snapshot = clean_text(text, "source text", limit=MAX_TEXT_CHARS, required=False) if text else None
    return store.create("source", {
        "kind": kind.value, "title": clean_title, "publisher": optional_text(publisher, "publisher"),
        "url": _url(url, "source URL"),
        "published_on": published_on.value.isoformat() if published_on else None,
        "published_precision": published_on.precision.value if published_on else None,
        "accessed_at": iso_timestamp(accessed_at or utc_now()),
        "language": optional_text(language, "language", limit=20),
        "text": snapshot, "text_sha256": snapshot_hash(snapshot) if snapshot else None,
        "archive_url": _url(archive_url, "archive URL"),
        "notes": optional_text(notes, "notes", limit=100_000),
    })


class SourceService(Service):
    def add(self, *, title: str, kind: SourceKind = SourceKind.ARTICLE, publisher: str | None = None,
            url: str | None = None, published_on: PartialDate | None = None,
            accessed_at: datetime | None = None, language: str | None = None, text: str | None = None,
            archive_url: str | None = None, notes: str | None = None) -> Outcome[Source]:
        def work(store: Store, repo: Repository) -> Source:
            source_id = create_source(
                store, title=title, kind=kind, publisher=publisher, url=url, published_on=published_on,
                accessed_at=accessed_at, language=language, text=text, archive_url=archive_url, notes=notes)
            return dto.source(store.require("source", source_id))

        return self._write(work)

    def get(self, source_id: str) -> Source:
        def work(repo: Repository) -> Source:
            row = repo.session.get(SourceRow, source_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no source with id {source_id}")
            return dto.source(row)

        return self._read(work)

    def all(self, offset: int = 0, limit: int | None = None) -> list[SourceSummary]:
        return self._read(lambda repo: [dto.source_summary(row) for row in repo.sources(offset, limit)])

    def with_url(self, url: str) -> list[SourceSummary]:
        return self._read(lambda repo: [dto.source_summary(row) for row in repo.sources_with_url(url)])
