"""Benchmark corpus, shared-wording shape: thousands of stories told in the same words.

Every story is one company building one named thing in one place ("Microsoft opens the
Zoravelti data center in Ohio"): the companies, verbs, things, places and units come from
short lists, so thousands of stories share all their words but the invented name, which
is unique to the story. Each story has a dated event (day precision) and a figure (a cost
or a server count) naming it, told by about five outlets as aggregator pages (a dated
timeline) or wire prose (the date in the sentence); half the aggregator pages also date
the earlier announcement, a different event with the same name.

In one story in ten, one outlet gives another value: it moves the event by one to three
months, or scales the figure by 2, 3 or 1/2, with the same named subject. Those are the
planted contradictions; nothing else disagrees.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from shapes import (
    Names,
    Plant,
    Planted,
    Writer,
    aggregator_page,
    fmt_day,
    months_later,
    wire_story,
)

COMPANIES = ("Amazon", "Microsoft", "Google", "Oracle", "Meta", "Nvidia", "Intel", "Samsung")
# (present, past) of the event, and what is built
VERBS = (("opens", "opened"), ("launches", "launched"), ("completes", "completed"),
         ("switches on", "switched on"))
THINGS = ("data center", "cloud region", "AI cluster", "chip plant", "research campus")
PLACES = ("Ireland", "Ohio", "Texas", "Japan", "India", "Brazil", "Sweden", "Arizona",
          "Poland", "Chile", "Virginia", "Spain")
OUTLETS = ("Daily Ledger", "Harbor Times", "Metro Wire", "Signal Post", "Tech Courier",
           "Northern Herald", "Bay Chronicle", "Global Dispatch", "Circuit Weekly",
           "Market Beacon", "Pacific Observer", "Capital Press")
CITIES = ("SEATTLE", "REDMOND", "AUSTIN", "DUBLIN", "TOKYO", "SAN JOSE")
BYLINES = ("Ann Lee", "Raj Patel", "Jo Smith", "Kim Ito", "Lea Novak", "Sam Ortiz")

TIMELINE = ("{co} {verb} the {name} {thing} in {place}.",
            "{co} {verb} its {name} {thing} in {place}.")
ANNOUNCE = "{co} announces plans for the {name} {thing} in {place}."
DATED_PROSE = ("On {date}, {co} {past} the {name} {thing} in {place}.",
               "{co} {past} the {name} {thing} in {place} on {date}, the company said.",
               "In a statement, {co} said it {past} the {name} {thing} in {place} on {date}.")
LEAD = ("{co} has a new {thing} in {place}: the {name} site.",
        "The {name} {thing} gives {co} more capacity in {place}.")
FIGURE = {
    "cost": ("{co} said the {name} {thing} cost ${x} billion.",
             "The {name} {thing} cost {co} ${x} billion to build."),
    "servers": ("The {name} {thing} houses {x:,} servers.",
                "{co} said the {name} {thing} holds {x:,} servers."),
}
FILLER = ("Demand for computing capacity has risen sharply this year.",
          "{co} has been expanding in {place} for several years.",
          "Local officials welcomed the investment.",
          "The company did not say how many people it would hire.",
          "Analysts expect more such projects in {place}.")
FORECAST = "{co} will open a second {thing} in {place} by Q4 {y}."


@dataclass(frozen=True)
class Story:
    """One story: what every outlet states, and the planted change if any."""

    index: int
    co: str
    verb: tuple[str, str]
    thing: str
    place: str
    name: str
    day: dt.date
    announced: dt.date
    metric: str
    value: float
    change: str | None  # "date" or "figure": one outlet says otherwise


def _stories(n_stories: int, rng: random.Random, share: float) -> list[Story]:
    names = Names()
    out = []
    for i in range(n_stories):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        metric = ("cost", "servers")[i % 2]
        value: float = (round(rng.uniform(1.0, 20.0), 1) if metric == "cost"
                        else rng.randrange(10, 500) * 1000)
        change = rng.choice(("date", "figure")) if rng.random() < share else None
        out.append(Story(i, COMPANIES[i % len(COMPANIES)], VERBS[(i // 3) % len(VERBS)],
                         THINGS[(i // 7) % len(THINGS)], PLACES[(i // 11) % len(PLACES)],
                         names(), day, day - dt.timedelta(days=rng.randrange(150, 360)),
                         metric, value, change))
    return out


def _fill(st: Story, day: dt.date, value: float) -> dict[str, object]:
    x: object = f"{value:.1f}" if st.metric == "cost" else int(value)
    return {"co": st.co, "verb": st.verb[0], "past": st.verb[1], "thing": st.thing,
            "place": st.place, "name": st.name, "date": fmt_day(day), "x": x,
            "y": day.year + 1}


def aggregator(st: Story, outlet: str, day: dt.date, value: float, rng: random.Random) -> str:
    """An aggregator page: the event in the timeline, the figure in the takeaways."""
    fill = _fill(st, day, value)
    timeline = [(day, rng.choice(TIMELINE).format(**fill))]
    if st.index % 2 == 0:
        timeline.insert(0, (st.announced, ANNOUNCE.format(**fill)))
    takeaways = [rng.choice(FIGURE[st.metric]).format(**fill),
                 *(t.format(**fill) for t in rng.sample(FILLER, 2))]
    return aggregator_page(
        f"{st.co} {st.verb[0]} the {st.name} {st.thing}", outlet,
        rng.choice(LEAD).format(**fill),
        f"The {st.name} {st.thing} adds to {st.co}'s footprint in {st.place}.",
        takeaways, FORECAST.format(**fill), timeline)


def wire(st: Story, outlet: str, day: dt.date, value: float, rng: random.Random) -> str:
    """A wire story: the date and the figure in prose."""
    fill = _fill(st, day, value)
    paras = [rng.choice(DATED_PROSE).format(**fill),
             rng.choice(FIGURE[st.metric]).format(**fill),
             *(t.format(**fill) for t in rng.sample(FILLER, 3))]
    return wire_story(f"{st.co} {st.verb[1]} the {st.name} {st.thing}",
                      rng.choice(BYLINES), rng.choice(CITIES), paras, outlet)


def write_corpus(root: Path, n: int, seed: int = 7, per_story: int = 5,
                 share_contradicted: float = 0.1) -> Planted:
    """Write `n` articles under `root` and say what was planted."""
    rng = random.Random(seed)
    stories = _stories(max(2, n // per_story), rng, share_contradicted)
    out = Writer(root)
    plants: list[Plant] = []
    for k in range(n):
        st = stories[k % len(stories)]
        slot = k // len(stories)  # the how-many-th article of this story
        day, value = st.day, st.value
        odd = st.change is not None and slot == 1
        if odd and st.change == "date":
            day = months_later(day, 1 + st.index % 3)
        elif odd:
            value = value * (2, 3, 0.5)[st.index % 3]
        shape = (aggregator, wire)[(k + slot) % 2]
        outlet = OUTLETS[(k * 5 + slot) % len(OUTLETS)]
        name = out.write(f"{k:07d}_{st.name.lower()}.txt", shape(st, outlet, day, value, rng))
        if odd:
            plants.append(Plant(st.name.lower(), name, str(st.change)))
    events = min(len(stories), n)
    return Planted(articles=n, events=events, contradictions=len(plants), bytes=out.bytes,
                   plants=plants)
