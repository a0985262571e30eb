from __future__ import annotations

from pathlib import Path

import pytest

from stancedesk.domain.errors import InputError
from stancedesk.services.intake import MAX_ARTICLE_CHARS, load_article

ARTICLES = Path(__file__).parent / "articles"


def test_plain_text_round_trips_exactly_apart_from_crlf() -> None:
    text = "Headline 📰\n\nשלום עולם — «مرحبا» said Ana.\n\n“Quote,” she said. 👍🏽\n"
    assert load_article(text).text == text
    assert load_article(text.replace("\n", "\r\n")).text == text
    assert load_article(text.encode("utf-8")).text == text


def test_bytes_with_bom_and_windows_code_page_are_decoded() -> None:
    assert load_article("“Hi,” he said.".encode("utf-8-sig")).text == "“Hi,” he said."
    assert load_article("\u201cCaf\u00e9,\u201d he said.".encode("cp1252")).text == "“Café,” he said."


def test_binary_content_is_refused() -> None:
    with pytest.raises(InputError, match="not a text article"):
        load_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not a text article"):
        load_article("text\x00with NUL")


@pytest.mark.parametrize("raw", ["", "   \n\t  ", b"", b"\n\n"])
def test_empty_input_is_refused(raw: str | bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        load_article(raw)


def test_fifty_megabytes_is_refused_with_length_and_limit() -> None:
    huge = "a" * (50 * 1024 * 1024)
    with pytest.raises(InputError, match=r"too long \(52,428,800 characters; max 2,000,000"):
        load_article(huge)
    with pytest.raises(InputError, match="too long"):
        load_article(huge.encode())
    assert MAX_ARTICLE_CHARS == 2_000_000


def test_html_body_is_found_and_boilerplate_dropped() -> None:
    article = load_article((ARTICLES / "html_flood.html").read_bytes())
    assert article.detected_format == "html"
    assert article.title == "River floods: thousands evacuated as levees strain"
    text = article.text
    for boilerplate in ("Share on Facebook", "Subscribe", "All rights reserved", "Storm warnings", "dataLayer",
                        "not a quote", "Weather"):
        assert boilerplate not in text
    assert "“The next 24 hours are critical,” district administrator Jonas Behrendt" in text
    assert "we will get through this.”" in text
    assert "\n\nOur teams are in Welmsdorf" in text
    assert "\n— Federal Agency for Technical Relief (@THW_Info) September 15, 2024" in text


def test_html_without_article_markup_uses_the_densest_block() -> None:
    page = ("<html><body><div class='menu'><a>Home</a></div><div id='x'><p>First paragraph is long enough "
            "to count.</p><p>“Second,” she said.</p></div><footer>Legal</footer></body></html>")
    article = load_article(page)
    assert article.text == "First paragraph is long enough to count.\n\n“Second,” she said."


def test_markdown_is_flattened_to_reading_text() -> None:
    article = load_article((ARTICLES / "markdown_school_phones.md").read_text(encoding="utf-8"))
    assert article.detected_format == "markdown"
    assert article.title == "Why the school-phone ban vote matters"
    text = article.text
    assert text.startswith("Why the school-phone ban vote matters\n")
    assert "The Eastvale School Board voted 5–2 on Tuesday night" in text
    assert "By Dana Whitfield, education correspondent" in text
    assert "According to district spokesperson Leo Marquez, exemptions" in text
    assert "\n\"I get calls from parents" in text
    for markup in ("](", "**", "*By", "## ", "> "):
        assert markup not in text


def test_format_can_be_forced() -> None:
    assert load_article("<p>“Hi,” he said.</p>", fmt="text").text == "<p>“Hi,” he said.</p>"
    assert load_article("**Bold** claim", fmt="markdown").text == "Bold claim"
