"""Turns whatever the user pasted or opened into the plain snapshot text that all offsets refer to."""

from __future__ import annotations

import re
from typing import Literal

from stancedesk.domain.errors import InputError

from .html_body import html_to_article
from .markdown_plain import markdown_to_text
from .models import MAX_ARTICLE_CHARS, ArticleFormat, ArticleText

RequestedFormat = Literal["auto", "text", "markdown", "html"]

# UTF-8 never needs more than four bytes a character, so anything longer cannot fit and is refused undecoded.
_MAX_BYTES = MAX_ARTICLE_CHARS * 4
_SNIFF_CHARS = 8192

_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:p|div|article|span|br|a|h[1-6]|body|section|blockquote|li|em|strong)\b[^>]*>",
                       re.IGNORECASE)
_MARKDOWN_SIGNALS = (
    re.compile(r"^#{1,6} \S", re.MULTILINE),
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
    re.compile(r"(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])"),
    re.compile(r"^> ", re.MULTILINE),
    re.compile(r"^```", re.MULTILINE),
    re.compile(r"(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])"),
)


def load_article(raw: bytes | str, *, fmt: RequestedFormat = "auto") -> ArticleText:
    """Decode, check and flatten an article; plain text is kept byte-for-byte apart from line endings."""
    if isinstance(raw, bytes):
        if len(raw) > _MAX_BYTES:
            raise InputError(_too_long_message(len(raw), unit="bytes"))
        text = _decode(raw)
    else:
        text = raw
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(_too_long_message(len(text), unit="characters"))
    _refuse_binary(text)
    text = text.replace("\r\n", "\n")
    if not text.strip():
        raise InputError("article text is empty")

    detected = _detect_format(text) if fmt == "auto" else fmt
    if detected == "html":
        body, title = html_to_article(text)
        article = ArticleText(text=body, title=title, detected_format="html")
    elif detected == "markdown":
        body, title = markdown_to_text(text)
        article = ArticleText(text=body, title=title, detected_format="markdown")
    else:
        article = ArticleText(text=text, title=_plain_title(text), detected_format="text")
    if not article.text.strip():
        raise InputError(f"no article text found in the {detected} input")
    return article


def _too_long_message(length: int, *, unit: str) -> str:
    return f"article text is too long ({length:,} {unit}; max {MAX_ARTICLE_CHARS:,} characters)"


def _decode(raw: bytes) -> str:
    """BOMs first, then strict UTF-8, then the Windows code page that most mis-saved articles use."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if b"\x00" in raw[:_SNIFF_CHARS]:
        raise InputError("not a text article: the file contains NUL bytes (binary data)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _refuse_binary(text: str) -> None:
    sample = text[:_SNIFF_CHARS]
    if "\x00" in sample:
        raise InputError("not a text article: it contains NUL characters (binary data)")
    if not sample:
        return
    control = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if control / len(sample) > 0.05:
        raise InputError(f"not a text article: {control} of the first {len(sample)} characters are "
                         "control or undecodable characters")


def _detect_format(text: str) -> ArticleFormat:
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head) or len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    signals = sum(1 for pattern in _MARKDOWN_SIGNALS if pattern.search(head))
    if signals >= 2:
        return "markdown"
    return "text"


def _plain_title(text: str) -> str | None:
    """A short first line without a final full stop reads as a headline."""
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first_line) <= 160 and not first_line.endswith((".", "”", '"', ":")):
        return first_line
    return None
