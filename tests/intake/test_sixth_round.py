"""One invented fragment per general mechanism added in the sixth round (titles, capitalised descriptions,
given-name genders, places, infinitive leads, documents sent by someone, "it" for a document)."""

from __future__ import annotations

from stancedesk.services.intake import extract_quotes


def speakers(text: str) -> dict[str, str | None]:
    return {quote.quote: quote.speaker for quote in extract_quotes(text)}


def test_honorifics_and_civic_titles_are_not_part_of_the_name() -> None:
    text = ("Finance Minister Shri Anant Vaidyanathan said the grant was “already released”.\n\n"
            "Councilmember Odalys Brenneke called the budget “a fantasy”.\n\n"
            "Smt. Leela Varkey, the MLA from Kottur, said: “We will keep asking.”")
    found = speakers(text)
    assert found["already released"] == "Anant Vaidyanathan"
    assert found["a fantasy"] == "Odalys Brenneke"
    assert found["We will keep asking"] == "Leela Varkey"


def test_a_capitalised_office_after_the_is_a_description_of_its_holder() -> None:
    text = ("Ports Minister Calloway Ferrand opened the terminal on Monday. Speaker Edda Voskuijlen suspended "
            "the sitting twice.\n\n"
            "On Sunday the Ports Minister had promised the berths would open “within a fortnight”. "
            "“Members, take your seats,” the Speaker pleaded.")
    found = speakers(text)
    assert found["within a fortnight"] == "Calloway Ferrand"
    assert found["Members, take your seats"] == "Edda Voskuijlen"


def test_a_given_name_the_short_lists_lack_still_gives_a_gender() -> None:
    text = ("Farida Oyelaran chaired the meeting. Declan Strand, her deputy, spoke first.\n\n"
            "“We have written three times,” she said.")
    assert speakers(text)["We have written three times"] == "Farida Oyelaran"


def test_a_street_or_a_session_is_nobody_a_pronoun_can_mean() -> None:
    text = ("Dr. Ngozi Arinze-Pelt, speaking during Question Hour, said the clinic on Marlow Street "
            "had no water.\n\n"
            "“We wrote in February and again in March,” she said.")
    assert speakers(text)["We wrote in February and again in March"] == "Ngozi Arinze-Pelt"


def test_an_age_and_an_indefinite_role_after_a_name_describe_that_person() -> None:
    text = ("Their organiser, Philippa Dunmore-Reyes, 58, a retired nurse, said the ward was full.\n\n"
            "She added: “We will be back next week.”")
    assert speakers(text)["We will be back next week"] == "Philippa Dunmore-Reyes"


def test_the_subject_of_a_verb_leading_into_to_say_speaks() -> None:
    text = "Harbour Minister Ottokar Veselý rose to say that the claim was “baseless and mischievous”."
    assert speakers(text)["baseless and mischievous"] == "Ottokar Veselý"


def test_a_document_speaks_for_whoever_the_article_says_sent_it_and_it_for_that_document() -> None:
    text = ("An internal memo seen by this newspaper suggests the firm is planning more cuts.\n\n"
            "The memo, sent to managers on Jan. 30 by chief operating officer Bartholomew Ekwueme, freezes "
            "hiring.\n\n"
            "“Teams should plan for flat headcount,” the memo said.\n\n"
            "It said last month's layoffs were “a one-time adjustment”.")
    found = speakers(text)
    assert found["Teams should plan for flat headcount"] == "Bartholomew Ekwueme"
    assert found["a one-time adjustment"] == "Bartholomew Ekwueme"


def test_an_unnamed_evacuee_is_nobody_rather_than_the_last_named_man() -> None:
    text = ("Fire chief Rainer Osterholt said the line was holding.\n\n"
            "Another evacuee at the shelter, who declined to give his name, said he left at dawn.\n\n"
            "“You tell yourself it is still miles away,” he said.")
    assert speakers(text)["You tell yourself it is still miles away"] is None
