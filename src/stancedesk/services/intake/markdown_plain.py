"""Markdown to reading text: the fact-checker wants the words, not the markup, and offsets into the words."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_BLOCKQUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_INLINE_HTML = re.compile(r"</?[A-Za-z][^>\n]*>")
_CODE = re.compile(r"`+([^`\n]+?)`+")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>\"'])")


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Strip markup line by line; headings stay as their own lines and the first one is the title."""
    lines_out: list[str] = []
    title: str | None = None
    in_fence = False
    for raw_line in source.split("\n"):
        line = raw_line
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            lines_out.append(line)
            continue
        if _LINK_DEFINITION.match(line) or _RULE.match(line):
            continue
        if _SETEXT_RULE.match(line) and lines_out and lines_out[-1].strip():
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
            if title is None:
                title = _inline(line).strip() or None
        line = _BLOCKQUOTE.sub("", line)
        line = _BULLET.sub(r"\1", line)
        lines_out.append(_inline(line).rstrip())
    text = "\n".join(lines_out).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text), title


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _INLINE_HTML.sub("", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS_STAR.sub(r"\1", line)
    line = _EMPHASIS_UNDERSCORE.sub(r"\1", line)
    line = _STRIKE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)
