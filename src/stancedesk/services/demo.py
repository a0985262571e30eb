"""The demo file: the April 2025 ceasefire article told as StanceDesk data, so every feature has something to show.

The article text itself is read at build time from the shared sample; only short quotations live here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from stancedesk.domain.dates import PartialDate, parse_partial_date
from stancedesk.domain.enums import ActorKind, ClaimKind, Relation, SourceKind, StancePosition
from stancedesk.domain.errors import FileProblem, InputError
from stancedesk.domain.profile import ReviewerProfile
from stancedesk.services.actors import RoleInput, create_actor
from stancedesk.services.claims import ClaimInput, create_claim
from stancedesk.services.dossiers import create_dossier
from stancedesk.services.events import create_event
from stancedesk.services.evidence import create_link
from stancedesk.services.sources import create_source
from stancedesk.services.workspace import Workspace
from stancedesk.storage.repository import Repository

SAMPLE_NAME = "ceasefire-2025-04-22.txt"
TOPIC_TALKS = "direct talks with Kyiv"


def find_sample_article() -> Path:
    """The shared sample, looked for beside the checkout (../shared/samples) or where STANCEDESK_SAMPLE points."""
    override = os.environ.get("STANCEDESK_SAMPLE_ARTICLE")
    if override:
        return Path(override)
    for base in (Path.cwd(), *Path.cwd().parents, *Path(__file__).resolve().parents):
        for candidate in (base / "shared" / "samples" / SAMPLE_NAME, base.parent / "shared" / "samples" / SAMPLE_NAME):
            if candidate.is_file():
                return candidate
    raise FileProblem(SAMPLE_NAME, "sample article not found; pass --article PATH")


def _d(text: str) -> PartialDate:
    return parse_partial_date(text)


ACTORS = [
    ("Vladimir Putin", ActorKind.PERSON, ["Putin", "the Russian president", "Russian President Vladimir Putin",
                                          "the Kremlin occupant"],
     [RoleInput("President of Russia", "Russian Federation", _d("2012-05-07").value)], "Q7747"),
    ("Volodymyr Zelensky", ActorKind.PERSON, ["Zelensky", "Zelenskyy", "the Ukrainian leader"],
     [RoleInput("President of Ukraine", "Ukraine", _d("2019-05-20").value)], "Q3881980"),
    ("Dmitry Peskov", ActorKind.PERSON, ["Peskov", "the Kremlin spokesman"],
     [RoleInput("Press Secretary of the President of Russia", "Kremlin", _d("2012-05-22").value)], None),
    ("Donald Trump", ActorKind.PERSON, ["Trump", "the New York-based tycoon"],
     [RoleInput("President of the United States", "United States", _d("2025-01-20").value)], "Q22686"),
    ("Marco Rubio", ActorKind.PERSON, ["Rubio", "Secretary of State Marco Rubio"],
     [RoleInput("United States Secretary of State", "United States", _d("2025-01-21").value)], "Q324546"),
    ("Emmanuel Macron", ActorKind.PERSON, ["Macron", "French President Emmanuel Macron"],
     [RoleInput("President of France", "France", _d("2017-05-14").value)], "Q3052772"),
    ("Keir Starmer", ActorKind.PERSON, ["Starmer", "British Prime Minister Keir Starmer"],
     [RoleInput("Prime Minister of the United Kingdom", "United Kingdom", _d("2024-07-05").value)], None),
    ("Russian Federation", ActorKind.GOVERNMENT, ["Russia", "the Kremlin", "Moscow", "the Federation"], [], "Q159"),
]


def _build(ws: Workspace, article: str) -> dict[str, int]:
    with ws.db.writing(ws.profile) as store:
        repo = Repository(store.session)
        ids = {name: create_actor(store, repo, name, kind, aliases, roles, qid)
               for name, kind, aliases, roles, qid in ACTORS}
        source = create_source(
            store, title="Putin signals willingness for direct talks with Kyiv", kind=SourceKind.ARTICLE,
            publisher="Withubnone (English version)", published_on=_d("2025-04-22"), language="en", text=article,
            notes="Sample article shipped with StanceDesk's demo.")

        def claim(quote: str, speaker: str, said: str, kind: ClaimKind = ClaimKind.STATEMENT,
                  summary: str | None = None, stance: StancePosition | None = None, label: str | None = None) -> str:
            if quote not in article:
                raise InputError(f"the sample article does not contain “{quote}”; is it the right file?")
            return create_claim(store, repo, ClaimInput(
                quote=quote, speaker_id=ids[speaker], said_on=_d(said), kind=kind, summary=summary,
                source_id=source, topics=[TOPIC_TALKS] if stance else [], stance=stance, stance_label=label))

        nazi = claim("Nazi regime", "Vladimir Putin", "~2025-03-15", ClaimKind.POSITION,
                     "Putin calls Kyiv's leadership a 'Nazi regime' and refuses to negotiate",
                     StancePosition.AGAINST, "refuses to negotiate with Kyiv's leadership")
        positive = claim("We have a positive attitude toward any peace initiative", "Vladimir Putin", "2025-04-21",
                         ClaimKind.POSITION, "Putin says Russia is positive about any peace initiative",
                         StancePosition.FOR, "open to direct talks with Kyiv")
        regime = claim("that the regime’s representatives in Kyiv will feel the same way", "Vladimir Putin",
                       "2025-04-21")
        peskov = claim("the president had in mind negotiations and discussions with the Ukrainian side",
                       "Dmitry Peskov", "~2025-04-22", summary="Peskov: Putin meant talks with the Ukrainian side")
        ready = claim("ready for any conversation", "Volodymyr Zelensky", "~2025-04-21",
                      summary="Zelensky says Ukraine is ready for any conversation")
        ceasefire = claim("an unconditional ceasefire, followed by the establishment of a real and lasting peace",
                          "Volodymyr Zelensky", "2025-04-21", ClaimKind.PROMISE,
                          "Zelensky: Kyiv will work for an unconditional ceasefire")
        chances = claim("excellent chances", "Donald Trump", "2025-04-21",
                        summary="Trump sees excellent chances of a ceasefire deal soon")
        budapest = claim("respect the territorial integrity of the former Soviet republic", "Russian Federation",
                         "1994-12", ClaimKind.PROMISE, "Russia assured it would respect Ukraine's borders (1994)")
        minsk = claim("the ceasefire terms agreed upon in the Belarusian capital", "Russian Federation", "2015-02",
                      ClaimKind.PROMISE, "Minsk Protocols: ceasefire terms agreed in 2014 and 2015")

        def event(description: str, on: str, actors: list[str], excerpt: str, ended: str | None = None) -> str:
            return create_event(store, repo, description=description, occurred_on=_d(on),
                                ended_on=_d(ended) if ended else None, actor_ids=[ids[a] for a in actors],
                                source_ids=[source], excerpt=excerpt)

        easter = event("Russian forces attacked civilian facilities during the Easter truce Putin had declared",
                       "~2025-04-20", ["Russian Federation", "Vladimir Putin"],
                       "the Russian army itself did not respect by attacking civilian facilities")
        sumy = event("A Russian strike on Sumy killed more than thirty people", "2025-04-13", ["Russian Federation"],
                     "the bombing on Sumy killed over thirty people")
        crimea = event("Russia annexed Crimea and backed separatists in the Donbas", "2014-03",
                       ["Russian Federation"], "the Kremlin unilaterally annexed Crimea")
        minsk_broken = event("The Minsk ceasefire terms were broken repeatedly (at least 25 times, per Zelensky)",
                             "2015", ["Russian Federation"], "have been repeatedly violated", ended="2024")
        proposal = event("Putin proposed a truce for the Easter holidays", "~2025-04-19", ["Vladimir Putin"],
                         "a proposal he had made a few days earlier for a truce during the Easter holidays")
        links = [
            (positive, easter, Relation.CONTRADICTS, "Days after declaring a truce, Russian forces broke it."),
            (positive, sumy, Relation.CONTRADICTS, "The Sumy strike came a week before the statement."),
            (positive, nazi, Relation.REVERSES, "Until recently Putin refused talks with a 'Nazi regime'."),
            (positive, proposal, Relation.CONTEXT, None),
            (peskov, positive, Relation.SUPPORTS, "The spokesman confirms the president meant talks with Kyiv."),
            (budapest, crimea, Relation.BREAKS, "Twenty years later Russia annexed Crimea."),
            (minsk, minsk_broken, Relation.BREAKS, None),
            (ready, ceasefire, Relation.REPEATS, None),
        ]
        for claim_id, target, relation, note in links:
            create_link(store, claim_id, target, relation, note)
        create_dossier(store, repo, "Ceasefire talks, April 2025",
                       "What the leaders said about talks and truces around Easter 2025.",
                       [positive, nazi, peskov, ready, ceasefire, chances, budapest, minsk, regime])
    reviewer = ws.profile.name
    ws.verdicts.record(positive, label="Full flop", scale="consistency", reviewer=reviewer, publish=True,
                       rationale="Putin now says he welcomes any peace initiative and talks with Kyiv, after "
                                 "months of refusing to negotiate with what he called a 'Nazi regime'; days "
                                 "later his forces broke the Easter truce he had announced.")
    ws.verdicts.record(budapest, label="Broken", reviewer=reviewer, publish=True,
                       rationale="Russia annexed Crimea in 2014, twenty years after assuring Ukraine's borders.")
    ws.verdicts.record(chances, label="Half true", reviewer=reviewer,
                       rationale="Talks continue, but Washington also threatens to walk away within days; "
                                 "draft pending a check of the negotiation timeline.")
    return {"claims": 9, "events": 5, "verdicts": 3, "actors": len(ACTORS), "links": len(links)}


def build_demo(target: Path, article_path: Path, profile: ReviewerProfile) -> dict[str, int]:
    """Write the demo file under a temporary name and move it into place only when complete."""
    if target.exists():
        raise FileProblem(target, "already exists; choose another name or remove it first")
    try:
        article = article_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileProblem(article_path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblem(article_path, f"cannot read the article ({exc})") from None
    if not target.parent.is_dir():
        raise FileProblem(target, "the folder does not exist")
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".demo-") as tmp:
        temp = Path(tmp) / target.name
        with Workspace.create(temp, profile) as ws:
            summary = _build(ws, article)
        os.replace(temp, target)
    return summary
