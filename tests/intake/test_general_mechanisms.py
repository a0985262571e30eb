"""One invented article fragment per general mechanism added for the third blind set."""

from __future__ import annotations

from datetime import date

from stancedesk.services.intake import extract_quotes, load_article


def speakers(text: str) -> dict[str, str | None]:
    return {quote.quote: quote.speaker for quote in extract_quotes(text)}


def test_first_name_alone_after_a_bold_markdown_introduction() -> None:
    source = ("# Orchard notes\n\nSome intro text here about the orchard and the season.\n\n"
              "“The frost came late,” said **Ottilie Brannagh-Sowe**, who grows pears.\n\n"
              "“We lost the blossom,” Ottilie said.\n")
    text = load_article(source).text
    assert "Ottilie Brannagh-Sowe" in text
    assert speakers(text)["We lost the blossom"] == "Ottilie Brannagh-Sowe"


def test_company_and_title_before_a_name_leave_the_name() -> None:
    text = ("Pell & Garrow Chief Executive Idris Vanterpool said the merger would “protect every job”.\n\n"
            "“We stay who we are,” Vanterpool said.")
    found = speakers(text)
    assert found["protect every job"] == "Idris Vanterpool"
    assert found["We stay who we are"] == "Idris Vanterpool"


def test_a_birth_name_is_not_a_new_person() -> None:
    text = ("Captain Maeve Tolland died on Sunday. Her son, Rory Tolland, said she had gone peacefully.\n\n"
            "Born Maeve Siobhán Carrick in 1940, she went to sea at fifteen. "
            "In 1970 she wrote that the harbour was “no place for cowards”.")
    assert speakers(text)["no place for cowards"] == "Maeve Tolland"


def test_a_shared_surname_means_the_most_mentioned_person() -> None:
    text = ("Dorota Quill founded the choir. She led it for forty years. She retired in 2010. "
            "She married Anselm Quill in 1975.\n\n"
            "Quill wrote that singing was “the cheapest medicine there is”.")
    assert speakers(text)["the cheapest medicine there is"] == "Dorota Quill"


def test_an_unknown_gender_subject_does_not_steal_a_pronoun_already_bound_nearby() -> None:
    text = ("Hester Vane ran the ferry for decades. Tobiah Marsk, who worked with her until she retired, "
            "said she was fearless.\n\n"
            "“She never once turned back,” he said.")
    assert speakers(text)["She never once turned back"] == "Tobiah Marsk"


def test_the_last_person_to_speak_takes_the_pronoun() -> None:
    text = ("Gov. Alma Reyes defended the plan. “It works,” Reyes said.\n\n"
            "“We were told nothing,” Mayor Sunniva Okafor-Lind said. “Nothing at all.” "
            "She said residents deserved “a straight answer”.")
    assert speakers(text)["a straight answer"] == "Sunniva Okafor-Lind"


def test_a_kinship_description_is_the_person_it_introduced() -> None:
    text = ("Elspeth Marrow died on Friday. Her son, Callum Marrow-Pike, said she had been ill.\n\n"
            "“She would have laughed at this,” her son said.")
    assert speakers(text)["She would have laughed at this"] == "Callum Marrow-Pike"


def test_a_report_speaks_for_the_body_that_published_it() -> None:
    text = ("Prisons are overcrowded, according to a report published on Monday by the Fairhold Penal Trust.\n\n"
            "The 60-page report, titled “Doors That Stay Shut”, draws on 80 interviews.\n\n"
            "“Cells built for one now hold three,” the report said.")
    found = speakers(text)
    assert found["Cells built for one now hold three"] == "Fairhold Penal Trust"
    assert found["Doors That Stay Shut"] == "Fairhold Penal Trust"


def test_a_study_in_a_journal_is_still_cited_as_itself() -> None:
    text = ("Frogs sing louder in cities, according to a study published Tuesday in the journal Urban Fauna.\n\n"
            "“Noise shapes the chorus,” the study said.")
    assert speakers(text)["Noise shapes the chorus"] == "study"


def test_the_regulator_and_it_mean_the_body_just_named() -> None:
    text = ("The Rail Fares Authority said on Tuesday that it would “look closely” at the fare rise. "
            "The regulator added that it had “reached no view”.\n\n"
            "The RFA fined an operator in 2020, when it concluded that passengers had been “misled at every turn”.")
    found = speakers(text)
    assert found["reached no view"] == "Rail Fares Authority"
    assert found["misled at every turn"] == "Rail Fares Authority"


def test_a_declaration_names_its_own_speaker() -> None:
    text = ("The count ended at 2am. The returning officer, Wilfred Ashcombe, read the result.\n\n"
            "“I, Wilfred Ashcombe, being the returning officer, declare the result as follows,” Ashcombe began.")
    found = speakers(text)
    assert found["I, Wilfred Ashcombe, being the returning officer, declare the result as follows"] \
        == "Wilfred Ashcombe"


def test_a_quote_inside_a_quote_is_reported_without_a_speaker() -> None:
    quotes = extract_quotes("“When they say ‘savings’, we hear ‘sackings’,” said Ines Palfrey, a union official.")
    texts = {quote.quote: quote for quote in quotes}
    assert texts["savings"].speaker is None and texts["savings"].fragment
    assert texts["sackings"].speaker is None
    assert any(quote.speaker == "Ines Palfrey" for quote in quotes)


def test_the_lede_time_carries_to_quotes_from_that_event() -> None:
    text = ("Dunmore council approves new bus lanes\n\n"
            "Dunmore Council has approved three new bus lanes in the town centre despite strong objections.\n\n"
            "Councillors voted 20 to 14 for the scheme at a long and noisy meeting last night, ending months of "
            "debate.\n\n"
            "“This is the right call,” said council leader Ayo Brennan-Holt.")
    quote = extract_quotes(text, published=date(2025, 3, 6))[0]
    assert quote.said_on == date(2025, 3, 5)


def test_a_dateline_is_not_the_scene_setting_time() -> None:
    text = ("PORT LESSOW, March 6 (Wirecast) - The harbour board voted on Tuesday to raise mooring fees by a "
            "tenth for all visiting yachts.\n\n"
            "“We had no choice,” board chair Nadia Esterhuis said after the vote.")
    quote = extract_quotes(text, published=date(2025, 3, 6))[0]
    assert quote.said_on == date(2025, 3, 4)


def test_the_time_of_the_sentence_introducing_the_speaker_dates_the_quote() -> None:
    text = ("Two men stole a van on Thursday afternoon outside the depot and drove it into the river nearby.\n\n"
            "Inspector Rhona Galbraith spoke to reporters outside the station this morning.\n\n"
            "“Somebody saw them,” she said.")
    quote = extract_quotes(text, published=date(2025, 3, 8))[0]
    assert quote.said_on == date(2025, 3, 8)


def test_a_pluperfect_date_does_not_carry_to_later_quotes() -> None:
    text = ("Tomasina Reeve spoke to analysts on Monday about the results of the year.\n\n"
            "Just last month, Reeve had told investors the firm was “not for sale”. "
            "Asked about the change, she said the offer had been “too good to refuse”.")
    quotes = {quote.quote: quote for quote in extract_quotes(text, published=date(2024, 3, 12))}
    assert quotes["not for sale"].said_on == date(2024, 2, 1)
    assert quotes["too good to refuse"].said_on == date(2024, 3, 11)
