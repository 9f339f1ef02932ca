"""Benchmark corpus, all-different prose: no sentence of the body repeats anywhere.

Stories from six fields (elections, storms, football transfers, court rulings, central
banks, earnings), each with a unique invented name, a dated event (day precision) and a
figure about the named subject. About five outlets tell each story, every one in its own
words: each article draws its fact sentences from a different template, adds sentences
that name people, places and firms invented for that article alone, and shuffles them,
as aggregator pages (the event in a dated timeline) or wire prose. So per-sentence
memoisation cannot help: this is the shape of an archive of real coverage.

In one story in ten, one outlet moves the event by one to three months or scales the
figure (by 2, 3 or 1/2): the planted contradictions. A field whose event recurs (a
central bank raises rates meeting after meeting, a company reports every quarter) plants
only figures: its event moved by months is another occurrence, no contradiction.
`Planted.repeated_sentences` counts body sentences written twice (0).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

from shapes import (
    Names,
    Plant,
    Planted,
    SentenceCounter,
    Writer,
    aggregator_page,
    fmt_day,
    months_later,
    wire_story,
)


@dataclass(frozen=True)
class Field:
    """One news field: how its stories are named, dated and measured, in many words."""

    name: str
    subject: str  # how the story's name is used: "Storm {n}", "the Bank of {n}"
    dated: tuple[str, ...]  # sentences stating the event with {date}
    timeline: tuple[str, ...]  # the event as a timeline line (the date stands above it)
    figure: tuple[str, ...]  # sentences stating the figure {x}
    titles: tuple[str, ...]
    value: tuple[float, float, float]  # low, high, step of the figure
    recurs: bool = False  # the event recurs: moved by months it is another occurrence


FIELDS = (
    Field("election", "{n}", (
        "Voters in {s} went to the polls on {date} to elect a new assembly.",
        "The {s} assembly election took place on {date}.",
        "On {date}, {s} held its assembly election.",
        "{s} elected a new regional assembly on {date}, the electoral commission said.",
        "Polling stations across {s} opened on {date} for the assembly vote.",
        "The vote for the {s} assembly was held on {date}.",
    ), (
        "Voters in {s} elect a new regional assembly.",
        "{s} holds its assembly election.",
        "The {s} assembly vote takes place.",
        "Polls open across {s} for the assembly election.",
        "{s} goes to the polls.",
    ), (
        "The {party} Party won {x} seats in the {s} assembly.",
        "In {s}, the {party} Party took {x} of the assembly's seats.",
        "Final results gave the {party} Party {x} seats in {s}.",
        "The {party} Party secured {x} seats in the new {s} assembly.",
        "Official counts show {x} seats going to the {party} Party in {s}.",
        "With {x} seats, the {party} Party leads the {s} assembly.",
    ), (
        "{s} votes", "A new assembly for {s}", "{party} Party gains in {s}",
        "Election day in {s}", "How {s} voted",
    ), (20, 90, 1)),
    Field("storm", "Storm {n}", (
        "{s} made landfall near {town} on {date}.",
        "On {date}, {s} came ashore close to {town}.",
        "{s} hit the coast near {town} on {date}, forecasters said.",
        "The coast near {town} was struck by {s} on {date}.",
        "{s} reached land at {town} on {date}.",
        "Forecasters said {s} crossed the coast near {town} on {date}.",
    ), (
        "{s} makes landfall near {town}.",
        "{s} comes ashore close to {town}.",
        "{s} hits the coast at {town}.",
        "{s} reaches land near {town}.",
        "{s} strikes the coast by {town}.",
    ), (
        "{s} forced {x:,} people to leave their homes.",
        "Authorities evacuated {x:,} residents ahead of {s}.",
        "Officials moved {x:,} people out of the path of {s}.",
        "{s} displaced {x:,} people, the civil defence agency said.",
        "In all, {x:,} people fled {s}.",
        "Evacuations ahead of {s} reached {x:,} people.",
    ), (
        "{s} batters {town}", "{s} reaches the coast", "Thousands flee {s}",
        "{s}: what we know", "Landfall for {s}",
    ), (5_000, 400_000, 1_000)),
    Field("transfer", "{first} {n}", (
        "{s} completed the move to {club} on {date}.",
        "On {date}, {club} confirmed the signing of {s}.",
        "{club} announced on {date} that {s} had signed.",
        "{s} signed for {club} on {date}, the club said.",
        "The transfer of {s} to {club} was completed on {date}.",
        "{club} unveiled {s} as its new signing on {date}.",
    ), (
        "{s} joins {club}.",
        "{club} signs {s}.",
        "{s} completes the move to {club}.",
        "{club} confirms the arrival of {s}.",
        "{s} puts pen to paper at {club}.",
    ), (
        "{club} paid a fee of €{x} million for {s}.",
        "The fee for {s} was €{x} million.",
        "{s} cost {club} €{x} million.",
        "{club} agreed to pay €{x} million to sign {s}.",
        "The deal for {s} was worth €{x} million.",
        "A €{x} million fee took {s} to {club}.",
    ), (
        "{s} moves to {club}", "{club} lands {s}", "Done deal: {s}",
        "{s} heads to {club}", "{club} wins the race for {s}",
    ), (5, 120, 0.5)),
    Field("court", "{n} Holdings", (
        "A court in {city} ruled against {s} on {date}.",
        "On {date}, judges in {city} found {s} liable.",
        "{s} lost its case in {city} on {date}.",
        "The {city} court delivered its verdict against {s} on {date}.",
        "Judges in {city} ruled on {date} that {s} had broken the law.",
        "{s} was found liable by a {city} court on {date}.",
    ), (
        "A {city} court rules against {s}.",
        "{s} loses its case in {city}.",
        "Judges in {city} find {s} liable.",
        "The {city} court rules on {s}.",
        "Verdict against {s} in {city}.",
    ), (
        "The court fined {s} ${x} million.",
        "{s} was ordered to pay ${x} million.",
        "The penalty imposed on {s} was ${x} million.",
        "{s} must pay a fine of ${x} million.",
        "Judges set the fine for {s} at ${x} million.",
        "A ${x} million fine was imposed on {s}.",
    ), (
        "{s} loses in {city}", "Court fines {s}", "Ruling against {s}",
        "{s} found liable", "Judges rule on {s}",
    ), (10, 900, 5)),
    Field("central-bank", "the Bank of {n}", (
        "{S} announced its rate decision on {date}.",
        "On {date}, {s} raised its policy rate.",
        "{S} raised interest rates on {date}.",
        "Policymakers at {s} voted to raise rates on {date}.",
        "{S} tightened policy on {date}, its statement said.",
        "Markets reacted after {s} lifted borrowing costs on {date}.",
    ), (
        "{S} raises its policy rate.",
        "{S} lifts interest rates.",
        "Rate decision at {s}.",
        "{S} tightens policy.",
        "Policymakers at {s} vote to raise rates.",
    ), (
        "{S} set its policy rate at {x}%.",
        "The benchmark rate of {s} now stands at {x}%.",
        "The policy rate of {s} rose to {x}%.",
        "After the move, the rate set by {s} is {x}%.",
        "{S} lifted its key rate to {x}%.",
        "Borrowing costs at {s} reached {x}%.",
    ), (
        "{S} raises rates", "Higher rates from {s}", "{S} acts on inflation",
        "Rates up at {s}", "{S} decides",
    ), (1.0, 8.0, 0.25), recurs=True),
    Field("earnings", "{n} Corp", (
        "{s} reported its quarterly results on {date}.",
        "On {date}, {s} published its earnings.",
        "{s} released quarterly figures on {date}.",
        "{s} posted its results on {date}, beating forecasts.",
        "Quarterly earnings from {s} came out on {date}.",
        "{s} announced its earnings on {date}.",
    ), (
        "{s} reports quarterly results.",
        "{s} publishes its earnings.",
        "{s} releases quarterly figures.",
        "{s} posts its results.",
        "Quarterly earnings from {s}.",
    ), (
        "{s} reported revenue of ${x} billion for the {q} quarter of {y}.",
        "Revenue at {s} reached ${x} billion in the {q} quarter of {y}.",
        "In the {q} quarter of {y}, revenue at {s} was ${x} billion.",
        "For the {q} quarter of {y}, {s} had revenue of ${x} billion.",
        "{s} took in ${x} billion of revenue in the {q} quarter of {y}.",
        "Sales at {s} came to ${x} billion for the {q} quarter of {y}.",
    ), (
        "{s} results", "{s} beats forecasts", "Inside the numbers at {s}",
        "{s} earnings day", "Revenue up at {s}",
    ), (0.5, 90, 0.1), recurs=True),
)

PARTIES = ("Green", "Labour", "Liberal", "National", "Civic", "Progress", "Unity", "Farmers")
TOWNS = ("Port Avery", "Saltmarsh", "Kingsport", "Bay Ridge", "Cape Lorne", "Eastwick",
         "Harrow Point", "Milltown", "Stonehaven", "Westcliff")
CLUBS = ("Kingsport United", "Riverton Rovers", "Lakewood Athletic", "Fairview City",
         "Midvale Wanderers", "Springfield Albion", "Harbor Town", "Northgate FC")
CITIES = ("Lisbon", "Oslo", "Vienna", "Dublin", "Geneva", "Montreal", "Melbourne",
          "Santiago", "Osaka", "Cape Town")
FIRST = ("Ana", "Ben", "Chloe", "Diego", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas",
         "Kira", "Luca", "Mara", "Nils", "Omar", "Priya", "Rosa", "Tariq", "Uma", "Yusuf")
ROLES = ("a shopkeeper", "a teacher", "a retired engineer", "a nurse", "a student",
         "a local councillor", "a taxi driver", "a farmer")
ADJ = ("surprising", "overdue", "worrying", "welcome", "historic", "messy", "predictable",
       "remarkable")
OUTLETS = ("Daily Ledger", "Harbor Times", "Metro Wire", "Signal Post", "Northern Herald",
           "Bay Chronicle", "Global Dispatch", "Market Beacon", "Pacific Observer",
           "Capital Press", "Evening Courier", "Coastal Gazette")
DATELINES = ("LONDON", "NEW YORK", "PARIS", "SYDNEY", "TORONTO", "SINGAPORE")
QUARTERS = ("first", "second", "third", "fourth")

# sentences that only this article says: every one names someone or something invented
# for the article
OWN = (
    "{person}, {role} in {place}, called the news {adj}.",
    "{person} of the {org} Institute said more details would follow.",
    "Residents of {place} said they had followed every step.",
    "{person}, an analyst at {org} Research, said the outlook was {adj}.",
    "A spokesperson for {org} Partners declined to comment.",
    "{person} told reporters in {place} that the timing was {adj}.",
    "The {org} Foundation said it would publish its own review.",
    "Earlier, {person} had warned that {place} was not ready.",
)
FORECASTS = (
    "{person} expects a review of the decision by Q{k} {y}.",
    "The {org} Institute will publish its assessment by Q{k} {y}.",
    "{person} predicts a second round of talks by H{h} {y}.",
)


@dataclass(frozen=True)
class Story:
    """One story: its field, names and facts, and the planted change if any."""

    index: int
    field: Field
    fill: dict[str, str]  # names every article of the story uses
    day: dt.date
    value: float
    change: str | None


def _stories(n: int, rng: random.Random, names: Names, share: float) -> list[Story]:
    out = []
    for i in range(n):
        f = FIELDS[i % len(FIELDS)]
        subject = f.subject.format(n=names(), first=rng.choice(FIRST))
        low, high, step = f.value
        value = low + step * rng.randrange(int((high - low) / step) + 1)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
        fill = {"s": subject, "S": subject[0].upper() + subject[1:],
                "party": rng.choice(PARTIES), "town": rng.choice(TOWNS),
                "club": rng.choice(CLUBS), "city": rng.choice(CITIES),
                "q": QUARTERS[(day.month - 1) // 3 - 1] if day.month > 3 else "fourth",
                "y": str(day.year if day.month > 3 else day.year - 1)}
        change = rng.choice(("date", "figure")) if rng.random() < share else None
        if change == "date" and f.recurs:
            change = "figure"  # drawn all the same: every other story stays as it was
        out.append(Story(i, f, fill, day, value, change))
    return out


def _x(st: Story, value: float) -> object:
    step = st.field.value[2]
    if step >= 1:
        return round(value)
    return f"{value:.2f}".rstrip("0").rstrip(".") if step < 0.5 else f"{value:g}"


def _own(rng: random.Random, names: Names, k: int) -> list[str]:
    """`k` sentences of this article alone."""
    return [t.format(person=f"{rng.choice(FIRST)} {names()}", role=rng.choice(ROLES),
                     place=names(), org=names(), adj=rng.choice(ADJ))
            for t in rng.sample(OWN, k)]


def _filled(st: Story, day: dt.date, value: float) -> dict[str, object]:
    return {**st.fill, "date": fmt_day(day), "x": _x(st, value)}


def aggregator(st: Story, slot: int, outlet: str, day: dt.date, value: float,
               rng: random.Random, names: Names) -> tuple[str, list[str]]:
    """An aggregator page: the event in the timeline, the figure in the lead or a
    takeaway; (text, the sentences of its body)."""
    f, fill = st.field, _filled(st, day, value)
    figure = f.figure[(st.index + slot) % len(f.figure)].format(**fill)
    own = _own(rng, names, 4)
    takeaways = [figure, own[1], own[2]]
    rng.shuffle(takeaways)
    event = f.timeline[(st.index + slot) % len(f.timeline)].format(**fill)
    forecast = rng.choice(FORECASTS).format(person=f"{rng.choice(FIRST)} {names()}",
                                            org=names(), k=rng.randrange(1, 5),
                                            h=rng.randrange(1, 3), y=day.year + 1)
    title = f.titles[(st.index + slot) % len(f.titles)].format(**fill)
    text = aggregator_page(title[0].upper() + title[1:], outlet, own[0], own[3], takeaways,
                           forecast, [(day, event)])
    return text, [own[0], own[3], *takeaways, forecast, event]


def wire(st: Story, slot: int, outlet: str, day: dt.date, value: float,
         rng: random.Random, names: Names) -> tuple[str, list[str]]:
    """A wire story: the dated event and the figure in prose, among sentences of its own,
    in shuffled order, two to a paragraph."""
    f, fill = st.field, _filled(st, day, value)
    sentences = [f.dated[(st.index + slot) % len(f.dated)].format(**fill),
                 f.figure[(st.index + slot) % len(f.figure)].format(**fill),
                 *_own(rng, names, 4)]
    rng.shuffle(sentences)
    paras = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    title = f.titles[(st.index + slot) % len(f.titles)].format(**fill)
    byline = f"{rng.choice(FIRST)} {names()}"
    return wire_story(title[0].upper() + title[1:], byline, rng.choice(DATELINES), paras,
                      outlet), sentences


_SLUG = re.compile(r"[^a-z]+")


def write_corpus(root: Path, n: int, seed: int = 7, per_story: int = 5,
                 share_contradicted: float = 0.1) -> Planted:
    """Write `n` articles under `root` and say what was planted."""
    rng = random.Random(seed)
    names = Names()
    stories = _stories(max(2, n // per_story), rng, names, share_contradicted)
    out = Writer(root)
    seen = SentenceCounter()
    plants: list[Plant] = []
    for k in range(n):
        st = stories[k % len(stories)]
        slot = k // len(stories)
        day, value = st.day, st.value
        odd = st.change is not None and slot == 1
        if odd and st.change == "date":
            day = months_later(day, 1 + st.index % 3)
        elif odd:
            value = value * (2, 3, 0.5)[st.index % 3]
        shape = (aggregator, wire)[(k + slot) % 2]
        outlet = OUTLETS[(k * 5 + slot) % len(OUTLETS)]
        text, sentences = shape(st, slot, outlet, day, value, rng, names)
        seen.add(sentences)
        # the story's name (last word of its subject) names the file: see shapes.story_of
        story = _SLUG.sub("", st.fill["s"].split()[-1].lower()) if st.field.name not in (
            "court", "earnings") else _SLUG.sub("", st.fill["s"].split()[0].lower())
        name = out.write(f"{k:07d}_{story}.txt", text)
        if odd:
            plants.append(Plant(story, name, str(st.change)))
    return Planted(articles=n, events=min(len(stories), n), contradictions=len(plants),
                   bytes=out.bytes, plants=plants, repeated_sentences=seen.repeated)
