from __future__ import annotations

from datetime import date

from stancedesk.services.intake import extract_quotes, infer_publication_date

PUBLISHED = date(2025, 4, 22)  # a Tuesday


def said(text: str, published: date | None = PUBLISHED) -> list[tuple[date | None, str | None]]:
    return [(q.said_on, q.said_on_precision) for q in extract_quotes(text, published=published)]


def test_yesterday_and_last_night() -> None:
    assert said("“We are ready,” Ana Lopez said yesterday.") == [(date(2025, 4, 21), "day")]
    assert said("Speaking last night, Ana Lopez said: “We are ready.”") == [(date(2025, 4, 21), "day")]


def test_parenthesised_explicit_date_wins() -> None:
    assert said("Last night (April 19) Ana Lopez said: “We are ready.”") == [(date(2025, 4, 19), "day")]


def test_weekday_resolves_to_the_latest_such_day() -> None:
    assert said("Ana Lopez said on Sunday that the plan was “dead on arrival”.") == [(date(2025, 4, 20), "day")]


def test_month_and_explicit_dates() -> None:
    assert said("Ana Lopez said last month that it was “over”.") == [(date(2025, 3, 1), "month")]
    assert said("On 3 March 2024, Ana Lopez said it was “over”.") == [(date(2024, 3, 3), "day")]
    assert said("On March 3, Ana Lopez said it was “over”.") == [(date(2025, 3, 3), "day")]
    assert said("Ana Lopez said last week it was “over”.") == [(date(2025, 4, 15), "approximate")]


def test_future_dates_and_dates_inside_quotes_are_not_said_dates() -> None:
    text = "Ana Lopez, who will travel to London tomorrow (April 23), said: “We meet on Friday.”"
    assert said(text) == [(PUBLISHED, "approximate")]


def test_paragraph_context_then_publication_date() -> None:
    text = "Budget row\nOn Sunday, Ana Lopez spoke. “It is over,” she said.\nElsewhere, Tom Reid said “no”."
    assert said(text) == [(date(2025, 4, 20), "day"), (PUBLISHED, "approximate")]


def test_the_lede_dates_the_event_when_nothing_closer_does() -> None:
    text = ("Ana Lopez and Tom Reid ended two days of talks on Sunday without agreeing on a budget.\n"
            "“It is over,” Reid said.")
    assert said(text) == [(date(2025, 4, 20), "approximate")]


def test_without_publication_date_relative_expressions_give_none() -> None:
    assert said("“We are ready,” Ana Lopez said yesterday.", None) == [(None, None)]
    assert said("“We are ready,” Ana Lopez said on 3 March 2024.", None) == [(date(2024, 3, 3), "day")]


def test_publication_date_is_inferred_from_relative_pairs() -> None:
    text = ("Talks ended last night (April 21), officials said. Leaders meet again tomorrow (April 23).\n"
            "— Ana Lopez (@ana) April 21, 2025")
    candidates = infer_publication_date(text)
    assert candidates[0].value == date(2025, 4, 22)
    assert candidates[0].confidence > 0.8
    assert "April 2" in candidates[0].evidence
    assert infer_publication_date("No dates at all here.") == []


def test_a_span_of_time_borrows_no_day_from_earlier_quotes() -> None:
    text = ("Speaking on Monday (March 3), Governor Ruth Adler said the budget was “balanced at last.”\n\n"
            "In recent years, she has consistently described the opposition as a “tax-and-spend club.” "
            "She has long called the pension fund a “ticking bomb,” aides said.")
    found = {q.quote: q for q in extract_quotes(text, published=date(2025, 3, 4))}
    assert found["balanced at last"].said_on == date(2025, 3, 3)
    assert found["tax-and-spend club"].said_on is None
    assert found["ticking bomb"].said_on is None


def test_a_short_paragraph_after_the_lede_sets_the_day_of_the_quotes() -> None:
    text = ("In Mayoral Debate, Rivals Clash Over Buses\n\n"
            "The three leading candidates traded their sharpest attacks yet in a televised forum before the "
            "primary.\n\n"
            "For most of the campaign, the race has been a polite affair, a contest of position papers and "
            "neighborhood coffee hours among three candidates who agree on more than they disagree.\n\n"
            "That ended on Tuesday night.\n\n"
            "“I know where the pipes are,” Mr. Delaney said.")
    found = extract_quotes(text, published=date(2024, 5, 22))
    assert found[0].said_on == date(2024, 5, 21)


def test_undated_quotes_in_a_story_of_the_day_before_take_that_day() -> None:
    text = ("Council votes to close pool\n\n"
            "Councillors voted yesterday to close the Westmoor pool after a four-hour meeting.\n\n"
            "Residents who packed the chamber yesterday booed the decision.\n\n"
            "“It is a sad day,” said Ada Brennan, who has swum there since 1970.")
    found = extract_quotes(text, published=date(2025, 3, 12))
    assert found[0].said_on == date(2025, 3, 11)
