"""Find the article body in a web page and flatten it to paragraphs; parsing itself is left to selectolax."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_NEVER_TEXT = ["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
               "input", "canvas", "video", "audio", "object", "embed", "head"]
_PAGE_FURNITURE = ["nav", "footer", "aside", "menu", "dialog"]
_BOILERPLATE_HINT = re.compile(
    r"share|social|newsletter|subscribe|related|recommend|promo|advert|\bads?\b|sponsor|cookie|consent|"
    r"comment|breadcrumb|sidebar|byline-tools|toolbar|paywall|signup|sign-up|popup|modal|outbrain|taboola|"
    r"read-more|more-stories|tags|author-bio|footer|header-nav|\bnav\b|menu",
    re.IGNORECASE,
)
_KEEP_HINT = re.compile(r"tweet|instagram|embed|quote|article-body|articlebody|story-body|post-body",
                        re.IGNORECASE)
_BODY_SELECTORS = ('[itemprop="articleBody"]', "article", '[role="main"]', "main")
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "pre", "figure", "figcaption", "table", "tr", "header", "address",
    "center", "hr", "td", "th",
})
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b]+")


def html_to_article(source: str) -> tuple[str, str | None]:
    """Returns (body text with one paragraph per block, page title)."""
    tree = LexborHTMLParser(source)
    title = _title(tree)
    for tag in _NEVER_TEXT:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return "", title
    for tag in _PAGE_FURNITURE:
        for node in root.css(tag):
            node.decompose()
    _drop_boilerplate(root)
    body = _find_body(root)
    paragraphs: list[str] = []
    current: list[str] = []
    _flatten(body, paragraphs, current)
    _close_paragraph(paragraphs, current)
    return "\n\n".join(paragraphs), title


def _title(tree: LexborHTMLParser) -> str | None:
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        if node is not None:
            text = _SPACES.sub(" ", node.text(deep=True)).strip()
            if text:
                return text
    return None


def _drop_boilerplate(root: LexborNode) -> None:
    doomed: list[LexborNode] = []
    for node in root.css("[class], [id]"):
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _BOILERPLATE_HINT.search(hint) and not _KEEP_HINT.search(hint) and node.tag not in ("body", "html"):
            doomed.append(node)
    for node in doomed:
        node.decompose()
    for node in root.css("header"):
        if node.css_first("h1") is None:
            node.decompose()


def _find_body(root: LexborNode) -> LexborNode:
    """Prefer the page's own markup for the body; otherwise the block holding the most paragraph text."""
    for selector in _BODY_SELECTORS:
        candidates = root.css(selector)
        if candidates:
            best = max(candidates, key=_paragraph_weight)
            if _paragraph_weight(best) > 0:
                return best
    scores: dict[int, tuple[int, LexborNode]] = {}
    for paragraph in root.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        weight = len(paragraph.text(deep=True))
        previous = scores.get(parent.mem_id, (0, parent))[0]
        scores[parent.mem_id] = (previous + weight, parent)
    if not scores:
        return root
    return max(scores.values(), key=lambda pair: pair[0])[1]


def _paragraph_weight(node: LexborNode) -> int:
    return sum(len(p.text(deep=True)) for p in node.css("p"))


def _flatten(node: LexborNode, paragraphs: list[str], current: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            current.append(child.text_content or "")
        elif tag == "br":
            _close_paragraph(paragraphs, current)
        elif tag in _BLOCK_TAGS:
            _close_paragraph(paragraphs, current)
            _flatten(child, paragraphs, current)
            _close_paragraph(paragraphs, current)
        elif tag is not None and not tag.startswith("-"):
            _flatten(child, paragraphs, current)


def _close_paragraph(paragraphs: list[str], current: list[str]) -> None:
    text = _SPACES.sub(" ", "".join(current).replace("\n", " ")).strip()
    current.clear()
    if text:
        paragraphs.append(text)
