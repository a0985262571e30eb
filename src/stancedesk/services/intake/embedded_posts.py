"""Embedded social posts: text followed by a "— Name (@handle) date" signature line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text_layout import Paragraph

_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?P<name>[^\n()@]{2,80}?)\s*\((?P<handle>@\w{1,40})\)\s*"
                        r"(?P<date>[^\n]{0,40})")
_TRAILING_LINKS = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+|t\.co/\S+))+\s*$")


@dataclass(frozen=True)
class EmbeddedPost:
    start: int
    end: int
    name: str
    handle: str
    signature_start: int
    signature_end: int
    date_text: str


def find_embedded_posts(text: str, paragraphs: list[Paragraph]) -> list[EmbeddedPost]:
    posts: list[EmbeddedPost] = []
    for index, paragraph in enumerate(paragraphs):
        if index == 0:
            continue
        signature = _SIGNATURE.fullmatch(text, paragraph.start, paragraph.end)
        if signature is None:
            continue
        body = paragraphs[index - 1]
        content = text[body.start:body.end]
        trimmed = _TRAILING_LINKS.sub("", content)
        end = body.start + len(trimmed.rstrip())
        if end - body.start < 3:
            continue
        posts.append(EmbeddedPost(body.start, end, signature.group("name").strip(), signature.group("handle"),
                                  paragraph.start, paragraph.end, signature.group("date").strip()))
    return posts
