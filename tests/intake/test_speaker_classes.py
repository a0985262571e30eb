"""Speaker resolution by failure class, each with invented sentences (none taken from any corpus article)."""

from __future__ import annotations

from stancedesk.services.intake import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


# 1. Organisation names with of / and / & / the inside them ---------------------------------------------

def test_institution_names_keep_their_links() -> None:
    text = ("The Department of Fisheries and Coastal Affairs said the quota was “final”. "
            "The Office of the Rail Ombudsman said it was “reviewing every complaint”. "
            "The Kelby Chamber of Trade warned that rents were “driving traders out”.")
    assert speakers(text) == ["Department of Fisheries and Coastal Affairs", "Office of the Rail Ombudsman",
                              "Kelby Chamber of Trade"]


def test_ampersand_names_stay_whole_and_affiliations_do_not_swallow_people() -> None:
    text = ("The Keep Dunmore A&E group said the closure was “a betrayal”. "
            "Sergeant Paul Ince of Dunmore Police said the road was “closed until further notice”.")
    assert speakers(text) == ["Keep Dunmore A&E", "Paul Ince"]


# 2. Descriptions and documents resolve to what the article introduced -------------------------------------

def test_statement_and_spokesperson_speak_for_the_issuer() -> None:
    text = ("Larkspur Rail said on Monday that services would resume. In a statement issued overnight, the "
            "operator said engineers had worked “around the clock”.\n\n"
            "“We thank passengers for their patience,” the statement said.\n\n"
            "“No further delays are expected,” the spokesperson said.")
    assert speakers(text) == ["Larkspur Rail", "Larkspur Rail", "Larkspur Rail"]


def test_the_ministry_is_the_full_name_given_earlier() -> None:
    text = ("The Ministry of Water and Rural Development said on Friday that tankers would be sent. "
            "“Nobody will go without,” the ministry said.")
    assert speakers(text) == ["Ministry of Water and Rural Development"]


def test_plain_title_prefers_the_unqualified_holder() -> None:
    text = ("Energy Minister Carla Denholm opened the debate. The junior energy minister, Oskar Brandt, also spoke. "
            "Brandt said the plan was “fully costed”. Later the minister said the critics had “no answers”. "
            "The junior minister said the grid would be “ready by spring”.")
    assert speakers(text) == ["Oskar Brandt", "Carla Denholm", "Oskar Brandt"]


def test_the_witness_is_the_person_the_story_was_about() -> None:
    text = ("A former clerk, Rosalind Petrie, testified on Tuesday. Asked by the defence lawyer, Ivo Marsh, "
            "why she stayed, the witness said: “I needed the job.”")
    assert speakers(text) == ["Rosalind Petrie"]


def test_description_with_named_apposition_after_the_verb() -> None:
    text = "“Crews are out now,” said the utility's network manager, Fergus Lyle. “We will be quick.”"
    assert speakers(text) == ["Fergus Lyle", "Fergus Lyle"]


# 3. Pronouns -------------------------------------------------------------------------------------------

def test_she_skips_a_man_and_a_woman_only_mentioned() -> None:
    text = ("Councillor Priya Nandra said the budget was “tight”. Mr Holt, the treasurer, disagreed. "
            "The report was written by Ms Ferris. “We will manage,” she said.")
    assert speakers(text) == ["Priya Nandra", "Priya Nandra"]


def test_he_picks_the_nearest_fitting_subject_of_unknown_gender() -> None:
    text = ("Mr Dalgleish said the ward should close. Dr Oluwaseun Adeyemi, a consultant at Kelby General "
            "Hospital, said the data were clear. “Bigger units save lives,” he said.")
    assert speakers(text) == ["Oluwaseun Adeyemi"]


def test_anonymous_speakers_stay_unnamed() -> None:
    text = ("Jonas Weller said the market was “finished”.\n\n"
            "A stallholder from Eastgate, who asked not to be named because she rents from the council, said the "
            "rules were “unworkable”.\n\n"
            "“Who will come here now?” she said.\n\n"
            "Her neighbour was calmer: “We will get by.”")
    assert speakers(text) == ["Jonas Weller", None, None, None]


# 4. Garbage speakers -----------------------------------------------------------------------------------

def test_function_words_and_time_phrases_are_never_speakers() -> None:
    text = ("Tamsin Rhodes entered politics over a bypass, a plan she called “vandalism”. "
            "Mayor Lionel Ashe has said little. But at a forum on Monday he mocked her as “a dreamer” "
            "and said voters “want results”. In his closing speech on March 3, Ashe thanked staff and told "
            "them the city was “in good hands”.")
    assert speakers(text) == ["Tamsin Rhodes", "Lionel Ashe", "Lionel Ashe", "Lionel Ashe"]


def test_plural_group_after_what_and_agent_of_a_message() -> None:
    """An unnamed group is kept as written but names no one: a claim needs someone to hold to it."""
    text = ("The scheme used what investigators have called “phantom payroll”. The notes, found by police, "
            "included one written by Coral Vane that said: “Pay them twice.”")
    found = extract_quotes(text)
    assert [quote.speaker for quote in found] == [None, "Coral Vane"]
    assert found[0].speaker_as_written == "investigators"


def test_an_object_before_a_colon_is_not_a_speaker() -> None:
    text = "Behind him, a banner hung over the stage: “Rebuild Kelby”."
    assert speakers(text) == [None]


def test_question_then_short_attribution_sentence() -> None:
    text = "Counsel Bryn Tallis pressed on. “You knew, didn't you?” Tallis asked."
    assert speakers(text) == ["Bryn Tallis"]


# 5. Surname-only references --------------------------------------------------------------------------

def test_surname_with_honorific_maps_to_full_name() -> None:
    text = ("Its chair, Wenna Treloar, a retired nurse, spoke first. "
            "Mrs Treloar said the group would not “back down”. Treloar later added that it was “only the start”.")
    assert speakers(text) == ["Wenna Treloar", "Wenna Treloar"]
