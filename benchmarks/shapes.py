"""What every benchmark corpus shape shares: unique invented names, the planted
contradictions a corpus holds, the page layouts, and how a report is scored against them.

A shape is a module with `write_corpus(root, n, seed=7) -> Planted` (see corpus_shared.py
and corpus_prose.py; corpus.py, today's shape, is adapted in run.py). Each planted
contradiction names one fact by a name no other fact has, and the file of the one outlet
that gives it another value: it is *found* when a contradicted finding holds a claim of
that file and of another file of the story, and of no other story (files are named
`NNNNNNN_<story>.<ext>`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_SYL = ("ka", "lo", "mir", "zo", "ra", "vel", "ti", "nor", "qua", "bex", "sil", "dra",
        "mon", "pex", "ur", "yan", "fel", "gor", "hal", "ix")
_N = len(_SYL)
# odd and not a multiple of 5: coprime with 20**k, so i -> i * _STEP + c is a bijection
_STEP = 7_368_787


def unique_name(i: int) -> str:
    """The `i`-th invented name ("Norixlolo"): distinct for distinct `i` (four syllables
    below 160,000, five above), and no English word."""
    size = 4 if i < _N**4 else 5
    k = (i * _STEP) % _N**size
    return "".join(_SYL[(k // _N**d) % _N] for d in range(size)).capitalize()


class Names:
    """Hands out invented names, each once per corpus."""

    def __init__(self) -> None:
        self.i = 0

    def __call__(self) -> str:
        self.i += 1
        return unique_name(self.i)


@dataclass(frozen=True)
class Plant:
    """One planted contradiction: the fact's unique name, the odd outlet's file, what was
    changed ("date" or "figure")."""

    name: str
    odd_file: str
    change: str


@dataclass
class Planted:
    """What a generated corpus holds."""

    articles: int
    events: int
    contradictions: int
    bytes: int
    plants: list[Plant] = field(default_factory=list)
    repeated_sentences: int | None = None  # None: not counted

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (plants as lists)."""
        out = asdict(self)
        out["plants"] = [[p.name, p.odd_file, p.change] for p in self.plants]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Planted:
        """The inverse of to_json."""
        plants = [Plant(*p) for p in data.pop("plants", [])]
        return cls(**data, plants=plants)


class Writer:
    """Writes articles 1,000 to a folder and counts what it wrote."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.n = 0
        self.bytes = 0

    def write(self, name: str, text: str) -> str:
        """Write one article; its file name (as it will show in the report)."""
        folder = self.root / f"{self.n // 1000:04d}"
        if self.n % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        self.n += 1
        self.bytes += len(data)
        return name


class SentenceCounter:
    """Counts sentences written more than once (by an 8-byte hash each)."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()
        self.repeated = 0

    def add(self, sentences: Iterable[str]) -> None:
        """Record sentences of one article."""
        for s in sentences:
            h = hashlib.blake2b(s.strip().encode("utf-8"), digest_size=8).digest()
            if h in self.seen:
                self.repeated += 1
            else:
                self.seen.add(h)


def fmt_day(d: dt.date) -> str:
    """'March 5, 2024'."""
    return f"{d:%B} {d.day}, {d.year}"


def months_later(d: dt.date, k: int) -> dt.date:
    """The same day `k` months later (the 28th at most)."""
    m = d.month - 1 + k
    return dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))


def aggregator_page(title: str, outlet: str, lead: str, why: str, takeaways: Sequence[str],
                    forecast: str, timeline: Sequence[tuple[dt.date, str]]) -> str:
    """An AI news-aggregator page in the layout of the seeds."""
    lines = ["Freshcollected in 5m", "", title, "", f"Read original on {outlet}", "",
             "30-Second TL;DR", "", "What Changed", "", lead, "", "Why It Matters", "", why,
             "", "Deep Insight", "", "AI-generated analysis for this event.", "",
             "Enhanced Key Takeaways", "", *[f"  • {t}" for t in takeaways], "",
             "Future ImplicationsAI analysis grounded in cited sources", "", forecast, "",
             "Timeline", ""]
    for day, event in timeline:
        lines += [day.isoformat(), event, ""]
    lines += ["Related Updates", "",
              "AI-curated news aggregator. All content rights belong to original publishers.",
              f"Original source: {outlet}", ""]
    return "\n".join(lines)


def wire_story(title: str, byline: str, dateline: str, paragraphs: Sequence[str],
               outlet: str) -> str:
    """A wire story in plain prose."""
    return "\n\n".join([title, f"By {byline}", f"{dateline} ({outlet}) - {paragraphs[0]}",
                        *paragraphs[1:], f"(Reporting for {outlet}; editing by staff)"]) + "\n"


def story_of(file: str) -> str:
    """The story a generated file belongs to: its name is `NNNNNNN_<story>.<ext>`."""
    return Path(file).stem.partition("_")[2]


def score_plants(report: dict[str, Any], plants: Sequence[Plant]) -> tuple[int, int]:
    """(planted contradictions found, contradicted findings that are none: invented).

    A contradicted finding finds a plant when all its claims come from files of the
    plant's story, one of them the odd outlet's file and one another; a finding that
    mixes stories (a giant group) or holds no odd file is invented.
    """
    by_story = {p.name.lower(): p for p in plants}
    found: set[Plant] = set()
    invented = 0
    for f in report["findings"]:
        if f["verdict"] != "contradicted":
            continue
        files = {Path(str(c.get("path") or c.get("source"))).name for c in f["claims"]}
        stories = {story_of(x) for x in files}
        plant = by_story.get(stories.pop()) if len(stories) == 1 else None
        if plant is not None and plant.odd_file in files and len(files) >= 2:
            found.add(plant)
        else:
            invented += 1
    return len(found), invented
