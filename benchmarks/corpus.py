"""Synthetic news corpora with planted agreements and contradictions of known count.

Every article covers one invented event (a company ships a product: "Globex begins shipping
23,000 Kalomir units") in one of four shapes: an aggregator page (TL;DR, takeaways,
forecasts and a dated timeline), a wire story (.txt prose), a Markdown blog post with a
timeline list, and an HTML page. Wording comes from templates with variation, so no two
articles are identical files.

Each event has a unique product name, a unique shipment figure and a unique day. Outlets
agree on the day, except in the events chosen for a contradiction: there one article (an
aggregator page or a Markdown post, whose timeline line carries the figure, so the identity
is strong: same product and same figure) dates the event a month later. Every such event is
one contradicted finding, and no other event is: `Planted.contradictions` is what factcheck
should report.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Soylent", "Vandelay",
             "Wonka", "Cyberdyne", "Tyrell", "Massive Dynamic", "Gringotts")
OUTLETS = ("Daily Ledger", "Harbor Times", "Metro Wire", "Signal Post", "Tech Courier",
           "Northern Herald", "Bay Chronicle", "Global Dispatch", "Circuit Weekly",
           "Market Beacon", "Evening Standardist", "Pacific Observer")
NOUNS = ("handset", "router", "drone", "scooter", "headset", "thermostat", "camera", "tablet",
         "speaker", "kettle", "printer", "monitor")
CITIES = ("SPRINGFIELD", "RIVERTON", "LAKEWOOD", "FAIRVIEW", "KINGSPORT", "MIDVALE")
_SYL = ("ka", "lo", "mir", "zo", "ra", "vel", "ti", "nor", "qua", "bex", "sil", "dra",
        "mon", "pex", "ur", "yan", "fel", "gor", "hal", "ix")

# Timeline lines of aggregator pages and Markdown posts: they name the figure.
TIMELINE_LINES = (
    "{co} begins shipping {n:,} {p} units to retailers.",
    "{co} starts shipping {n:,} {p} units to retailers.",
    "{co} begins shipping {n:,} {p} units to stores.",
    "{co} begins shipping the first {n:,} {p} units to retailers.",
)
# Prose does not date the event. Dated prose about invented companies trips factcheck's
# event matching (measured 2026-05, see README "Scale and benchmarks"): a sentence that opens
# with its date or a wire dateline ("On January 1, 2019, ..."; "KINGSPORT (Harbor Times) -")
# has that for its main clause, and two events of unknown names that share four content
# words ("Acme delivered ... handsets to stores ... 2019") link strongly; either way two
# different events become one contradicted event. The planted count would then be wrong
# for reasons that have nothing to do with scale.
PROSE_LEAD = (
    "{co} has started shipping the {p} {noun}.",
    "The {p} {noun} from {co} is now in stores.",
    "{co} put its {p} {noun} on sale this week.",
)
PROSE_OTHER = (
    "Analysts at {outlet} said demand for the {p} {noun} looked steady.",
    "The {p} {noun} competes in a crowded market.",
    "Retail partners reported long queues for the {p}.",
    "Reviewers praised the battery life of the {p} {noun}.",
    "Executives at {co} declined to comment on margins for the {p}.",
)
# Figures every outlet repeats: the price, and first-week sales.
FIGURES = (
    "{co} priced the {p} {noun} at ${price}.",
    "The {p} sells for ${price} in most markets.",
    "{co} said it sold {week:,} {p} {noun}s in the first week.",
)
FORECASTS = (
    "{co} will ship a successor to the {p} by Q4 {y}.",
    "{co} is expected to open a second {p} factory by H2 {y}.",
)


#: Past 10k articles the events stay 200 and each gets more articles: the large corpora are
#: many near-duplicate articles about a few events, the hard case for matching.
MAX_EVENTS = 200


def product_name(i: int) -> str:
    """A unique invented product name for event `i` ("Kalomir", "Zovelti", ...)."""
    n = len(_SYL)
    parts = [_SYL[(i // n**k) % n] for k in range(3)]
    parts[0] = _SYL[(i * 7 + 3) % n] if i >= n**3 else parts[0]
    return ("".join(reversed(parts)) + _SYL[i % 5]).capitalize()


@dataclass(frozen=True)
class Event:
    """One invented event: what every article about it states."""

    index: int
    company: str
    product: str
    noun: str
    units: int
    day: dt.date
    contradicted: bool


@dataclass(frozen=True)
class Planted:
    """What a generated corpus holds."""

    articles: int
    events: int
    contradictions: int
    bytes: int


def _fmt_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def events_for(n_articles: int, per_event: int, share_contradicted: float,
               rng: random.Random) -> list[Event]:
    """Events covering `n_articles`, `per_event` articles each on average."""
    n_events = min(MAX_EVENTS, max(4, n_articles // per_event))
    base = dt.date(2019, 1, 1)
    out = []
    for i in range(n_events):
        out.append(Event(
            index=i,
            company=COMPANIES[i % len(COMPANIES)],
            product=product_name(i),
            # one company's events a few weeks apart differ in noun
            noun=NOUNS[(i // len(COMPANIES)) % len(NOUNS)],
            # 5% apart: factcheck takes figures within 2% for one figure, and two events
            # with one figure and one wording for one event
            units=round(1_000 * 1.05**i),
            day=base + dt.timedelta(days=3 * i),
            contradicted=rng.random() < share_contradicted,
        ))
    return out


def _fill(ev: Event, outlet: str, day: dt.date) -> dict[str, object]:
    return {"co": ev.company, "p": ev.product, "n": ev.units, "noun": ev.noun,
            "outlet": outlet, "y": day.year + 1, "date": _fmt_date(day),
            "price": 199 + 10 * (ev.index % 60), "week": 1_000 + 37 * ev.index}


def _lead(fill: dict[str, object], rng: random.Random) -> str:
    return rng.choice(PROSE_LEAD).format(**fill)


def _later(d: dt.date) -> dt.date:
    """The same day a month later (the 28th at most): a date that does not overlap."""
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, min(d.day, 28))


def aggregator(ev: Event, outlet: str, day: dt.date, odd: bool,
               rng: random.Random) -> str:
    """An AI news-aggregator page about the event."""
    fill = _fill(ev, outlet, day)
    takeaways = rng.sample(PROSE_OTHER, 3)
    return "\n".join([
        "Freshcollected in 5m", "",
        f"{ev.company} ships the {ev.product} {ev.noun}", "",
        f"Read original on {outlet}", "",
        "30-Second TL;DR", "", "What Changed", "",
        _lead(fill, rng), "",
        "Why It Matters", "",
        f"The {ev.product} gives {ev.company} a new line in the {ev.noun} market.", "",
        "Deep Insight", "", "AI-generated analysis for this event.", "",
        "Enhanced Key Takeaways", "",
        *[f"  • {t.format(**fill)}" for t in takeaways],
        f"  • {rng.choice(FIGURES).format(**fill)}", "",
        "Future ImplicationsAI analysis grounded in cited sources", "",
        rng.choice(FORECASTS).format(**fill), "",
        "Timeline", "",
        f"{day.isoformat()}",
        rng.choice(TIMELINE_LINES).format(**fill), "",
        "Related Updates", "",
        "AI-curated news aggregator. All content rights belong to original publishers.",
        f"Original source: {outlet}", "",
    ])


def wire(ev: Event, outlet: str, day: dt.date, odd: bool,
         rng: random.Random) -> str:
    """A wire story in plain prose."""
    fill = _fill(ev, outlet, day)
    city = rng.choice(CITIES)
    paras = [t.format(**fill) for t in rng.sample(PROSE_OTHER, 3)]
    paras.insert(1, " ".join(t.format(**fill) for t in FIGURES[::2]))
    return "\n\n".join([
        f"{ev.company} ships the {ev.product} {ev.noun}",
        f"By {rng.choice(('Ann Lee', 'Raj Patel', 'Jo Smith', 'Kim Ito'))}",
        f"{city} ({outlet}) - " + _lead(fill, rng),
        *paras,
        f"(Reporting for {outlet}; editing by staff)",
    ]) + "\n"


def markdown(ev: Event, outlet: str, day: dt.date, odd: bool,
             rng: random.Random) -> str:
    """A Markdown blog post with front matter and a timeline list."""
    fill = _fill(ev, outlet, day)
    return "\n".join([
        "---", f'title: "{ev.company} and the {ev.product}"', f"source: {outlet}", "---", "",
        f"Some notes on the {ev.product} {ev.noun} after a week of coverage.", "",
        "## What happened", "",
        *[t.format(**fill) for t in rng.sample(PROSE_OTHER, 2)], "",
        rng.choice(FIGURES).format(**fill), "",
        "## Timeline", "",
        f"- {day.isoformat()}: " + rng.choice(TIMELINE_LINES).format(**fill), "",
        "## My take", "",
        f"I think the {ev.product} is priced well, but I have not held one yet.", "",
    ])


def html(ev: Event, outlet: str, day: dt.date, odd: bool,
         rng: random.Random) -> str:
    """An HTML news page: one paragraph per line."""
    fill = _fill(ev, outlet, day)
    paras = [_lead(fill, rng),
             rng.choice(FIGURES).format(**fill),
             *[t.format(**fill) for t in rng.sample(PROSE_OTHER, 2)]]
    return "\n".join([
        "<!doctype html>", "<html><head>",
        f"<title>{ev.company} ships the {ev.product}</title>",
        f'<meta property="og:site_name" content="{outlet}">', "</head><body>",
        f"<h1>{ev.company} ships the {ev.product} {ev.noun}</h1>",
        *[f"<p>{p}</p>" for p in paras],
        f"<p>Source: {outlet}</p>", "</body></html>", "",
    ])


SHAPES = ((aggregator, ".txt"), (wire, ".txt"), (markdown, ".md"), (html, ".html"))


def articles(n: int, seed: int = 7, per_event: int = 50,
             share_contradicted: float = 0.1) -> Iterator[tuple[str, str, Event, bool]]:
    """(file name, text, event, is the odd date) for `n` articles."""
    rng = random.Random(seed)
    evs = events_for(n, per_event, share_contradicted, rng)
    odd_done: set[int] = set()
    for k in range(n):
        ev = evs[k % len(evs)]
        slot = k // len(evs)  # the how-many-th article about this event
        shape, suffix = SHAPES[(k + slot) % len(SHAPES)]
        odd = False
        if ev.contradicted and ev.index not in odd_done and shape in (aggregator, markdown) \
                and slot >= 1:
            odd = True
            odd_done.add(ev.index)
        day = _later(ev.day) if odd else ev.day
        outlet = OUTLETS[(k * 5 + slot) % len(OUTLETS)]
        text = shape(ev, outlet, day, odd, rng)
        yield f"{k:07d}_{ev.product.lower()}{suffix}", text, ev, odd


def write_corpus(root: Path, n: int, seed: int = 7, per_event: int = 50,
                 share_contradicted: float = 0.1) -> Planted:
    """Write `n` articles under `root` (1,000 per folder) and say what was planted."""
    odd_events: set[int] = set()
    seen: set[int] = set()
    size = 0
    for k, (name, text, ev, odd) in enumerate(
            articles(n, seed, per_event, share_contradicted)):
        folder = root / f"{k // 1000:04d}"
        if k % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        size += len(data)
        seen.add(ev.index)
        if odd:
            odd_events.add(ev.index)
    return Planted(articles=n, events=len(seen), contradictions=len(odd_events), bytes=size)
