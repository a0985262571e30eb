"""Invented sentences for the mechanisms added against the fourth blind set's speaker misses."""

from __future__ import annotations

from stancedesk.services.intake import extract_quotes


def quotes(text: str) -> dict[str, tuple[str | None, float]]:
    return {quote.quote: (quote.speaker, quote.confidence) for quote in extract_quotes(text)}


def speakers(text: str) -> dict[str, str | None]:
    return {quote: speaker for quote, (speaker, _) in quotes(text).items()}


# --- pronoun chains: the story's subject, not a relative met in passing --------------------------------------
_PROFILE = (
    "Odalric Venn has mended clocks in Sallowby for thirty years. Venn, 58, rarely looks up from the bench.\n\n"
    "Venn grew up above the shop. His uncle, Barnabas Venn, ran it then. “Clocks are honest,” he told the boy.\n\n"
    "His cousin, Perpetua Venn, remembers him as quiet. “He never stopped tinkering,” she said.\n\n"
    "In 1999 he bought the shop outright. That spring he told a local paper he wanted “clocks that outlive us.”\n\n"
    "Venn is wary of praise. “It is only brass,” he says.\n")


def test_pronoun_opening_a_new_stretch_means_the_story_subject() -> None:
    found = speakers(_PROFILE)
    assert found["Clocks are honest"] == "Barnabas Venn"
    assert found["clocks that outlive us"] == "Odalric Venn"


def test_bare_surname_goes_to_the_most_named_family_member() -> None:
    assert speakers(_PROFILE)["It is only brass"] == "Odalric Venn"


# --- names of bodies: plural possessives and "and" inside them ----------------------------------------------
def test_plural_possessive_inside_an_organisation_name() -> None:
    text = "Saint Brannock Children's Hospital said the patients were “comfortable and stable.”"
    assert speakers(text)["comfortable and stable"] == "Saint Brannock Children's Hospital"


def test_owner_possessive_still_ends_a_name() -> None:
    text = ("Vellmark's Ministry of Fisheries rejected the figures. The ministry said they were “invented”.")
    assert speakers(text)["invented"] != "Vellmark's Ministry of Fisheries"


def test_and_inside_a_union_name_keeps_the_person_as_speaker() -> None:
    text = ("Corwen Ashby, president of the Ferry and Harbour Pilots' Union (FHPU), said crews were "
            "“exhausted and angry”.")
    assert speakers(text)["exhausted and angry"] == "Corwen Ashby"


def test_person_qualified_by_a_body_is_the_speaker() -> None:
    text = ("In the chamber on Monday, party chair Ingram Delacourt-Feyn of the Rural League accused ministers "
            "of “spending money they do not have”.")
    assert speakers(text)["spending money they do not have"] == "Ingram Delacourt-Feyn"


# --- confidence follows the evidence ------------------------------------------------------------------------
def test_confidence_ranks_named_above_pronoun_above_fallback() -> None:
    text = ("“The bridge will open in May,” said Rosalind Achebe-Tarn, the county engineer.\n\n"
            "Achebe-Tarn toured the site on Friday. “We are on budget,” she said.\n\n"
            "Achebe-Tarn walked the deck alone.\n\n“Nobody will notice the joints.”\n")
    found = quotes(text)
    named = found["The bridge will open in May"]
    pronoun = found["We are on budget"]
    assert named[0] == pronoun[0] == "Rosalind Achebe-Tarn"
    assert named[1] > pronoun[1]


def test_paragraph_fallback_to_an_unnamed_person_leaves_the_speaker_blank() -> None:
    text = ("One ferry passenger said the queues were worse than last year.\n\n"
            "One ferry passenger waited three hours. “I missed my train.”\n")
    result = {quote.quote: quote for quote in extract_quotes(text)}
    assert result["I missed my train"].speaker is None
