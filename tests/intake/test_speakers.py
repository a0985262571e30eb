from __future__ import annotations

from dataclasses import dataclass

from stancedesk.services.intake import KnownSpeaker, extract_quotes


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_said_before_and_after() -> None:
    text = ("“First,” said Maria Gomez, the mayor. Tom Reid said: “Second.” "
            "“Third,” Reid told reporters. According to Gomez, the plan “will work”.")
    assert speakers(text) == ["Maria Gomez", "Tom Reid", "Tom Reid", "Maria Gomez"]


def test_pronouns_follow_the_last_fitting_person() -> None:
    text = ("Senator Paul Hart met Governor Linda Moss on Monday. Hart was blunt. “No deal,” he said. "
            "Moss disagreed. “There is a deal,” she said. “We just need time.”")
    assert speakers(text) == ["Paul Hart", "Linda Moss", "Linda Moss"]


def test_descriptions_and_appositions_resolve_through_the_article() -> None:
    text = ("Ruritanian President Ivo Kral met reporters. His spokesman, Jan Novak, confirmed that "
            "“the president will travel”. Later the Ruritanian president said: “I am going.”")
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Jan Novak", "Ivo Kral"]
    assert found[0].speaker_as_written == "His spokesman, Jan Novak"
    assert found[1].speaker_as_written == "the Ruritanian president"


def test_organisations_and_documents_speak() -> None:
    text = ("“We reject this,” the Kremlin said. The joint statement said the sides would “keep talking”. "
            "Acme Corp. said in a filing it was “confident”. “We acted fast,” the company said.")
    found = extract_quotes(text)
    assert [q.speaker for q in found] == ["Kremlin", "joint statement", "Acme Corp.", "Acme Corp."]
    assert [q.speaker_kind for q in found] == ["government", "other", "organization", "organization"]


@dataclass
class FakeDirectory:
    entries: dict[str, KnownSpeaker]

    def lookup(self, mention: str) -> KnownSpeaker | None:
        return self.entries.get(mention.lower())


def test_directory_maps_aliases_to_actors() -> None:
    putin = KnownSpeaker("a-1", "Vladimir Putin", "person")
    directory = FakeDirectory({"the russian president": putin, "vladimir putin": putin})
    found = extract_quotes("The Russian president said: “We are open.”", directory=directory)
    assert [(q.speaker, q.speaker_actor_id, q.speaker_kind) for q in found] == [("Vladimir Putin", "a-1", "person")]
    assert found[0].speaker_as_written == "The Russian president"


def test_embedded_post_is_a_statement_by_its_author() -> None:
    text = ("The minister posted on Sunday.\n"
            "We will not give up. “Never,” as my father said.\n"
            "— Olena Kravets (@kravets) March 2, 2024\n"
            "Critics were unimpressed.")
    found = extract_quotes(text)
    assert [(q.quote, q.speaker, q.verb) for q in found] == [
        ("We will not give up. “Never,” as my father said", "Olena Kravets", "posted"),
        ("Never", "Olena Kravets", "posted"),
    ]
    assert found[0].said_on is not None and found[0].said_on.isoformat() == "2024-03-02"
