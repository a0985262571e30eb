"""Article intake: find the quoted statements in a news article, who said them and when.

Core layer only (no Qt, no database): the CLI's `extract` and the GUI's import dialog call these four names.
"""

from __future__ import annotations

from datetime import date

from stancedesk.domain.errors import InputError

from .article_text import load_article
from .extractor import extract
from .models import (
    MAX_ARTICLE_CHARS,
    ArticleText,
    DateCandidate,
    ExtractedQuote,
    KnownSpeaker,
    Precision,
    SpeakerDirectory,
)
from .said_dates import infer_publication_date


def extract_quotes(text: str, *, published: date | None = None,
                   directory: SpeakerDirectory | None = None) -> list[ExtractedQuote]:
    """Offsets refer to `text` exactly as given, so pass the snapshot that will be stored."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"article text is too long ({len(text):,} characters; max {MAX_ARTICLE_CHARS:,})")
    return extract(text, published, directory)


__all__ = [
    "MAX_ARTICLE_CHARS",
    "ArticleText",
    "DateCandidate",
    "ExtractedQuote",
    "KnownSpeaker",
    "Precision",
    "SpeakerDirectory",
    "extract_quotes",
    "infer_publication_date",
    "load_article",
]
