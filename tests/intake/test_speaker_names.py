"""Speaker names as StanceDesk stores them, one failure class per test; every sentence is invented."""

from __future__ import annotations

from stancedesk.services.intake import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


# 1. Honorifics, titles, positions and tabloid adjectives stay out of the name --------------------------

def test_titles_and_honorifics_are_not_part_of_the_name() -> None:
    text = ("Cllr Tamsin Oyelaran-Pike said the bins were “a scandal”. "
            "Committee chair Cllr Ruaridh Fenwick said: “We will act.” "
            "Gov. Hollis Marchbank said the bill was “dead on arrival”. "
            "Rev. Abigail Stroud said the hall “belongs to everyone”.")
    assert speakers(text) == ["Tamsin Oyelaran-Pike", "Ruaridh Fenwick", "Hollis Marchbank", "Abigail Stroud"]


def test_sports_positions_are_not_part_of_the_name() -> None:
    text = ("Goalkeeper Ivo Pemberton-Lusk kept a clean sheet. "
            "“I barely touched the ball,” Pemberton-Lusk said. "
            "Winger Tobias Quenneville said the pitch was “a bog”.")
    assert speakers(text) == ["Ivo Pemberton-Lusk", "Tobias Quenneville"]


def test_a_sentence_opening_adjective_is_not_a_first_name() -> None:
    text = ("Devastated Sandra pleads: ‘Give me my bike back’\n\n"
            "Sandra Welburn, 71, had owned the tricycle for years. ‘Give me my bike back,’ she said.")
    assert speakers(text) == ["Sandra Welburn", "Sandra Welburn"]


def test_abbreviated_title_after_the_verb_keeps_the_name() -> None:
    text = "“The sample was tiny,” said Dr. Ottoline Frame, a statistician, on Tuesday."
    assert speakers(text) == ["Ottoline Frame"]


# 2. Surnames, given names and nicknames map to the full name -------------------------------------------

def test_headline_surname_takes_the_full_name_introduced_later() -> None:
    text = ("Quenby hat-trick sinks Harlow\n\n"
            "Forward Callum Quenby scored three times as Dunmere beat Harlow Town 3-0 on Saturday in front of a "
            "full house at the old ground.\n\n"
            "“The lads made it easy,” Quenby said.")
    assert speakers(text) == ["Callum Quenby"]


def test_a_nickname_in_quotes_names_the_same_person() -> None:
    text = ("Bartholomew “Barty” Ocansey-Lowe ran the final leg for the relay team in the national championship.\n\n"
            "“I just ran scared,” Barty said. Ocansey-Lowe added that the team was “not finished yet”.")
    assert speakers(text)[1:] == ["Bartholomew Ocansey-Lowe", "Bartholomew Ocansey-Lowe"]


# 3. Descriptions the article introduced ----------------------------------------------------------------

def test_the_nationality_is_the_player_introduced_with_it() -> None:
    text = ("Danish winger Mads Tollefsen-Ryg missed a penalty late on.\n\n"
            "“I will take the next one too,” the Dane said.")
    assert speakers(text) == ["Mads Tollefsen-Ryg"]


def test_the_paper_and_the_force_are_the_bodies_introduced_earlier() -> None:
    text = ("The evening daily Kestrel Courier-Post printed the letter. In its leader, the paper said the plan "
            "was “a folly”.\n\n"
            "Harrowgate Police said a man had been arrested. In a statement, the force said it was "
            "“grateful to the public”.")
    assert speakers(text) == ["Kestrel Courier-Post", "Harrowgate Police"]


def test_the_named_spokesman_is_the_person_behind_the_title() -> None:
    text = ("Lindqvar Castle spokesman Anselm Drouet said the visit would go ahead. "
            "“Nothing has changed,” the castle spokesman told reporters.")
    assert speakers(text) == ["Anselm Drouet"]


# 4. An apposition after the name does not lend its organisation the quote ------------------------------

def test_an_organisation_inside_an_apposition_does_not_speak() -> None:
    text = ("Hedgehog rescuer Imelda Foxcroft-Bain, founder of the charity Spiny Friends, said numbers were "
            "“falling off a cliff”. Orrin Castellane, an author and director of Westbury's Institute for Rivers, "
            "said the river was “dying”.")
    assert speakers(text) == ["Imelda Foxcroft-Bain", "Orrin Castellane"]


# 5. Organisation names keep their whole extent ----------------------------------------------------------

def test_organisation_names_keep_new_friends_of_and_nested_of() -> None:
    text = ("The New Dorrington Federation of Parish Councils said the levy was “unfair”. "
            "The Friends of Ashcombe Lido said they would “fight on”. "
            "The Court of Governors of the College of Wrenmoor said it was “disappointed”.")
    assert speakers(text) == ["New Dorrington Federation of Parish Councils", "Friends of Ashcombe Lido",
                              "Court of Governors of the College of Wrenmoor"]


# 6. Speakers given elsewhere: after the quotation, or in the body under a headline ---------------------

def test_the_speaker_of_a_colon_sentence_without_a_speech_verb() -> None:
    text = ("After the ruling, Odette Mayhew, 59, who has fished the bay for forty years, stood on the harbour "
            "wall with her crew:\n\n“We will not be moved off this water.”")
    assert speakers(text) == ["Odette Mayhew"]


def test_a_lone_quotation_takes_the_speaker_reported_next() -> None:
    text = ("The vote was close.\n\n“This is the worst day for the valley in my lifetime.”\n\n"
            "Farmer Gwilym Trevaskis said the decision would ruin the co-operative.")
    assert speakers(text) == ["Gwilym Trevaskis"]


def test_a_headline_quotation_takes_the_body_speaker() -> None:
    text = ("Harbour chief: ‘No ferry before spring’\n\n"
            "The Kellow ferry will not run again until the spring, the harbour master said on Monday after storms "
            "damaged both landing stages and the ticket office.\n\n"
            "‘There will be no ferry before spring, whatever people want,’ said harbour master Idris Penhallow.")
    assert speakers(text) == ["Idris Penhallow", "Idris Penhallow"]


# 7. Organisations speaking through spokespeople and statements ------------------------------------------

def test_a_spokesperson_speaks_for_the_body() -> None:
    text = ("Brackley District Council approved the plan. A council spokesperson said the site would be "
            "“fenced by May”. A spokesperson for Halden Water said supplies were “safe”.")
    assert speakers(text) == ["Brackley District Council", "Halden Water"]
