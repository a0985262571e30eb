"""Statement or fragment: a quote that carries what someone asserted versus a term the writer's sentence uses."""

from __future__ import annotations

import pytest

from stancedesk.services.intake import extract_quotes
from stancedesk.services.intake.quote_role import quote_role


def _fragment(text: str, quote: str) -> bool:
    found = {q.quote: q.fragment for q in extract_quotes(text)}
    assert quote in found, found
    return found[quote]


@pytest.mark.parametrize(("text", "quote"), [
    # the predicate of a clause a speech verb reports, after a copula or auxiliary
    ("The harbour master said the new pier was “safe for heavy traffic” after the inspection.",
     "safe for heavy traffic"),
    ("Councillor Ames insisted that the scheme had “saved the town centre” from decline.", "saved the town centre"),
    ("The union warned members it would “fight every redundancy” at the plant.", "fight every redundancy"),
    # the direct object of a thought or perception verb with the speaker as subject
    ("The coach reiterated on Friday that she sees “real progress” in the squad.", "real progress"),
    ("The governor believes “lasting reforms” are within reach, her office said.", "lasting reforms"),
    # a quoted verb phrase continuing the reported clause
    ("Okoye said the budget “falls short on housing” but backed the transport plan.", "falls short on housing"),
    # "as being" reports a claim, not a label
    ("The regulator described the merger as being “against the public interest” in its ruling.",
     "against the public interest"),
    # the speaker's own voice, even after a naming verb
    ("Petrov described the vote as “the worst day of my career” on Monday.", "the worst day of my career"),
])
def test_statements(text: str, quote: str) -> None:
    assert _fragment(text, quote) is False


@pytest.mark.parametrize(("text", "quote"), [
    # name-calling after "as a" and naming verbs
    ("For years the senator has referred to the agency as a “rogue outfit” in speeches.", "rogue outfit"),
    ("Critics called the budget a “fiscal fantasy” and demanded a vote.", "fiscal fantasy"),
    ("She dubbed the plan “Project Lighthouse” at the launch.", "Project Lighthouse"),
    # a term after an article or determiner, with no speech verb governing it
    ("Ministers are weighing a possible “citizens’ dividend” funded by the new levy.", "citizens’ dividend"),
    ("The so-called “golden share” would give the state a veto over the sale.", "golden share"),
    # a term after a preposition in the writer's own sentence
    ("Residents have lived with “temporary measures” for a decade, the report found.", "temporary measures"),
    ("The mayor warned that the deal could collapse within “hours.”", "hours"),
    # an adjective in front of the writer's noun
    ("The minister promised “swift and generous” payments to farmers.", "swift and generous"),
])
def test_fragments(text: str, quote: str) -> None:
    assert _fragment(text, quote) is True


def test_role_reads_the_words_before_the_quote() -> None:
    assert quote_role("he said the results were ", "intriguing but preliminary", ".") == "statement"
    assert quote_role("talks on a potential ", "reassurance force", " proposed by") == "label"
    assert quote_role("", "a few words", ",") is None
