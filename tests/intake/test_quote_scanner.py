from __future__ import annotations

from stancedesk.services.intake import extract_quotes


def quotes(text: str) -> list[str]:
    return [quote.quote for quote in extract_quotes(text)]


def test_no_quotes_gives_an_empty_list() -> None:
    assert extract_quotes("The council met on Tuesday. Nothing was said.") == []
    assert extract_quotes("") == []


def test_apostrophes_are_not_quotes() -> None:
    text = ("Kyiv’s leaders don't expect the 1990s’ deal to return. The Democrats' plan isn't new, "
            "and rock 'n' roll fans in the '90s agreed.")
    assert quotes(text) == []


def test_curly_straight_and_continental_marks() -> None:
    text = ("“One thing,” she said. \"Two things,\" he said. «Trois choses», dit-il. "
            "„Vier Dinge“, sagte sie. 'Five things,' said Ann.")
    assert quotes(text) == ["One thing", "Two things", "Trois choses", "Vier Dinge", "Five things"]


def test_odd_closing_mark_after_a_full_stop() -> None:
    text = "Zelensky wrote that he wants “a real and lasting peace.“\nNext paragraph."
    assert quotes(text) == ["a real and lasting peace"]


def test_single_quotes_with_possessives_inside() -> None:
    text = "'The 1970s' promise was a library near every home. They're tearing it up,' said Carr."
    assert quotes(text) == ["The 1970s' promise was a library near every home. They're tearing it up"]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    """The outer quotation stays whole; the inner one is also reported, as its own quote without a speaker."""
    text = "“He told me, ‘We’re done,’ and hung up,” Delgado said. 'It was \"final\",' she added."
    found = extract_quotes(text)
    assert [quote.quote for quote in found] == ["He told me, ‘We’re done,’ and hung up", "We’re done",
                                                 "It was \"final\"", "final"]
    assert [quote.speaker for quote in found] == ["Delgado", None, "Delgado", None]


def test_quote_running_over_paragraphs() -> None:
    text = ("She read a statement:\n\n“First paragraph of it.\n\n“Second paragraph.\n\n"
            "“Last one.”\n\nThe hearing continues.")
    found = extract_quotes(text)
    assert [q.quote for q in found] == ["First paragraph of it.\n\n“Second paragraph.\n\n“Last one"]
    assert text[found[0].start:found[0].end] == found[0].quote


def test_offsets_prefix_and_suffix() -> None:
    text = "Intro. “We will win,” the mayor said on Monday in a long speech."
    (quote,) = extract_quotes(text)
    assert text[quote.start:quote.end] == quote.quote == "We will win"
    assert quote.prefix == "Intro. “"
    assert quote.suffix == text[quote.end:quote.end + 32] == ",” the mayor said on Monday in a"


def test_fragments_are_flagged_but_kept() -> None:
    text = ("The minister called it a “Nazi regime” and warned of “days” of delay. "
            "“We are ready to talk to anyone who wants peace,” she said.")
    found = {q.quote: q.fragment for q in extract_quotes(text)}
    assert found == {"Nazi regime": True, "days": True, "We are ready to talk to anyone who wants peace": False}
