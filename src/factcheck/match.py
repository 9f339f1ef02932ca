"""Match stage: group claims that speak of the same thing.

Claims are blocked by key (kind and subject), identical wordings are collapsed, and
candidate pairs come from an inverted index of content words, so cost grows about
linearly with the number of claims; no step compares all pairs.

A link between two claims is *strong* (same identity: they may contradict) or *weak*
(probably the same: they may only agree). Contradictions need strong links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, TypeVar

from rapidfuzz import fuzz

from factcheck.extract.figures import overlaps
from factcheck.extract.text import content_words, event_class, normalise
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.models import (
    Claim,
    DateValue,
    EntityClaim,
    FigureClaim,
    ForecastClaim,
    Quantity,
    StatementClaim,
    TableClaim,
    TimelineClaim,
)

Link = Literal["strong", "weak"] | None
T = TypeVar("T")

#: A content word shared by more wordings than this tells nothing about identity.
POSTING_CAP = 400


@dataclass
class Group:
    """Claims judged to state one fact (or to disagree about one fact)."""

    kind: str
    claims: Sequence[Claim]
    conflict: bool = False  # strong identity and incompatible values
    differ: bool = False  # values differ but cannot be said to conflict
    notes: list[str] = field(default_factory=list)


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def candidate_pairs(tokens: Sequence[Iterable[str]], min_shared: int = 1,
                    cap: int = POSTING_CAP) -> set[tuple[int, int]]:
    """Index pairs that share at least `min_shared` informative tokens (inverted index)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for t in set(toks):
            postings[t].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > cap:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    return {p for p, n in shared.items() if n >= min_shared}


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """The same number, range or bound (to half a percent)."""
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is y
        return abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9)

    return a.unit == b.unit and a.bound == b.bound and close(a.low, b.low) and close(a.high, b.high)


def dates_overlap(a: DateValue, b: DateValue) -> bool:
    """The two periods share at least one day."""
    return a.start <= b.end and b.start <= a.end


def _families(names: Iterable[str]) -> set[str]:
    return {n.split(" ")[0].split("-")[0].lower() for n in names}


_HEAD_END = re.compile(
    r",|;| \(| - | – | — |\b(?:to|for|with|as|amid|after|before|while|which|that|in order)\b"
    r"|\b\w{3,}ing\b(?<!\bthing\b)",
)


_CATEGORY = frozenset({"gpu", "chip", "accelerator", "processor", "cpu", "model", "platform",
                       "system", "server", "device", "product", "service", "superchip"})


@lru_cache(maxsize=16384)
def head_words(event: str) -> frozenset[str]:
    """Content words of the main clause: the event before its modifiers.

    "Meta reports record-high capital expenditure, prompting investor concerns" → the
    part before ", prompting": what happened, not what it meant.
    """
    words = event.split()
    # the subject and verb come first: modifiers are searched for after them
    offset = len(" ".join(words[:2]))
    m = _HEAD_END.search(event, offset)
    # "the H200 GPU" is "the H200": a category noun adds nothing to a named product
    return frozenset(content_words(event[: m.start()] if m else event)) - _CATEGORY


def _event_link(a: TimelineClaim, b: TimelineClaim) -> Link:
    """How surely two dated events are the same event, judged without their dates."""
    sim = fuzz.token_set_ratio(normalise(a.event), normalise(b.event))
    if a.companies and b.companies and not set(a.companies) & set(b.companies):
        return None  # different companies' events
    if a.ambiguous or b.ambiguous:
        return "weak" if _event_link_same_kind(a, b, sim) else None
    ka, kb = event_class(a.event), event_class(b.event)
    if ka and kb and ka != kb:  # "either" beside a definite kind counts as another kind
        # an announcement and a launch of one product are two events: they may agree on a
        # date ("releases Llama 3" and "introduces Llama 3" in one month), never clash
        link = _event_link_same_kind(a, b, sim)
        return "weak" if link else None
    return _event_link_same_kind(a, b, sim)


def _event_link_same_kind(a: TimelineClaim, b: TimelineClaim, sim: float) -> Link:
    """_event_link for two events of one kind (or of no stated kind)."""
    ea, eb = set(a.entities), set(b.entities)
    spec_a = set() if a.generic else ea
    spec_b = set() if b.generic else eb
    entity_match = False
    if spec_a and spec_b:
        if a.entities[0] != b.entities[0]:
            # different products (MTIA v1 and MTIA v2; B200 and GB200), or one event about
            # Rubin that names Blackwell in passing and one about Blackwell itself
            return None
        entity_match = True
    elif spec_a or spec_b:
        specific, other = (spec_a, b) if spec_a else (spec_b, a)
        if other.generic and _families(specific) & _families(other.entities) and sim >= 50:
            return "weak"  # "next-generation MTIA" may agree with "MTIA v2", never contradict
        return "weak" if sim >= 85 else None
    elif a.generic or b.generic:
        return "weak" if sim >= 60 else None
    fig_match = False
    if a.figures and b.figures:
        same_unit = [(x, y) for x in a.figures for y in b.figures if x.unit == y.unit]
        if same_unit and not any(overlaps(x, y) for x, y in same_unit):
            return None  # "a 350k cluster" and "a 24k cluster" are two clusters
        fig_match = bool(same_unit)
    wa, wb = set(content_words(a.event)), set(content_words(b.event))
    shared = len(wa & wb)
    ha, hb = head_words(a.event), head_words(b.event)
    small, large = sorted((ha, hb), key=len)
    # one main clause holds the other: the same event
    contains = len(small) >= 4 and len(small & large) >= len(small) - (len(small) >= 6)
    if entity_match and (fig_match or sim >= 80 or contains or (ha == hb and len(ha) >= 2)):
        return "strong"
    if entity_match and sim >= 60:
        return "weak"
    if fig_match and sim >= 70:
        return "strong"
    if not ea and not eb and sim >= 60 and (
            contains or (ha == hb and len(ha) >= 3) or (shared >= 4 and sim >= 75)):
        return "strong"
    if sim >= 60 and shared >= 3:
        return "weak"
    return None


def _cluster(items: Sequence[T], tokens: Callable[[T], Iterable[str]],
             link: Callable[[T, T], Link], value_key: Callable[[T], str],
             compatible: Callable[[T, T], bool] | None = None) -> list[list[int]]:
    """Union-find over candidate pairs: strong links join; weak ones join compatible values
    (equal ones unless `compatible` says more: May 2025 and May 28, 2025 agree).

    Identical wordings with equal values are collapsed first, so a corpus that repeats one
    sentence a thousand times costs one comparison, not a million.
    """
    uf = _Union(len(items))
    toks = [tuple(sorted(set(tokens(x)))) for x in items]
    reps: dict[tuple[tuple[str, ...], str], int] = {}
    by_wording: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, x in enumerate(items):
        rep = reps.setdefault((toks[i], value_key(x)), i)
        if rep != i:
            uf.join(rep, i)
        else:
            by_wording[toks[i]].append(i)
    order = sorted(reps.values())
    pairs = {(order[a], order[b]) for a, b in candidate_pairs([toks[i] for i in order])}
    for same in by_wording.values():  # one wording, several values: always a candidate
        pairs.update((x, y) for n, x in enumerate(same) for y in same[n + 1 :])
    agree = compatible or (lambda a, b: value_key(a) == value_key(b))
    for i, j in sorted(pairs):
        kind = link(items[i], items[j])
        if kind == "strong" or (kind == "weak" and agree(items[i], items[j])):
            uf.join(i, j)
    return uf.groups()


def _timeline_tokens(c: TimelineClaim) -> list[str]:
    return [*content_words(c.event), *(e.lower() for e in c.entities)]


def _timeline_groups(claims: list[TimelineClaim]) -> list[Group]:
    clusters = _cluster(
        claims,
        _timeline_tokens,
        _event_link,
        lambda c: c.date.value,
        lambda a, b: dates_overlap(a.date, b.date),
    )
    out: list[Group] = []
    for idx in clusters:
        members = [claims[i] for i in idx]
        # pairs compared by (date, source) only: a date repeated a thousand times is one
        # comparison, not a million (equal dates always overlap)
        kinds = list(dict.fromkeys((x.date, x.source) for x in members))
        clash = [
            (x, y) for n, x in enumerate(kinds) for y in kinds[n + 1 :]
            if not dates_overlap(x[0], y[0])
        ]
        # one source giving one event two dates tells of a recurring event, not a clash
        recurring = any(x[1] == y[1] for x, y in clash)
        # a clash needs the two rival claims themselves to be the same event, not two
        # events each agreeing with a vaguer third ("September" joins the 9th and the 20th)
        conflict = not recurring and any(
            _strongly_linked(members, x, y) for x, y in clash)
        out.append(Group("timeline", members, conflict=conflict, differ=recurring))
    return out


def _strongly_linked(members: list[TimelineClaim], x: tuple[DateValue, str],
                     y: tuple[DateValue, str], tries: int = 5) -> bool:
    """Some claim dated x[0] (source x[1]) and some dated y[0] (y[1]) are strongly linked."""
    xs = [c for c in members if c.date == x[0] and c.source == x[1]][:tries]
    ys = [c for c in members if c.date == y[0] and c.source == y[1]][:tries]
    return any(_event_link(a, b) == "strong" for a in xs for b in ys)


def _figure_groups(claims: list[FigureClaim]) -> list[Group]:
    blocks: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        blocks[c.key].append(c)
    out: list[Group] = []
    for block in blocks.values():
        uf = _Union(len(block))
        conflicts: list[tuple[int, int]] = []
        # claims equal in everything compared below always overlap: join them to one
        # representative and compare representatives only (a repeated line costs nothing)
        reps: dict[tuple[object, ...], int] = {}
        for i, c in enumerate(block):
            rep = reps.setdefault((c.quantity, c.period, c.subject, c.metric), i)
            if rep != i:
                uf.join(rep, i)
        distinct = sorted(reps.values())
        # a figure with no period agrees with dated ones only when they all share a period:
        # "about $95 billion" must not join the third and the fourth quarter's revenue
        undated: dict[int, list[int]] = defaultdict(list)
        for n, i in enumerate(distinct):
            for j in distinct[n + 1 :]:
                a, b = block[i], block[j]
                if a.period and b.period and a.period != b.period:
                    continue  # different periods: neither agree nor conflict
                if a.unresolved or b.unresolved or not a.metric:
                    continue  # an open period ("this year" of an undated page), or no metric
                if (a.basis == "estimate") != (b.basis == "estimate"):
                    continue  # an analysts' estimate neither confirms nor denies a report
                if a.basis != b.basis and not same_quantity(a.quantity, b.quantity):
                    continue  # a plan and a result agree only when they say the same number
                if overlaps(a.quantity, b.quantity):
                    # agreement may be looser: a plan that came true agrees
                    if (a.period is None) == (b.period is None):
                        uf.join(i, j)
                    else:
                        undated[i if a.period is None else j].append(j if a.period is None else i)
                elif (a.subject and a.metric and a.period and a.period == b.period
                      and a.basis == b.basis and a.basis != "estimate"
                      and a.source != b.source):
                    # one article giving one key two values speaks of two things (a total
                    # and a segment); a clash needs two sources
                    # a plan beside an actual, or two analysts' estimates, may differ
                    conflicts.append((i, j))
        for i, partners in undated.items():
            if len({block[j].period for j in partners}) == 1:
                for j in partners:
                    uf.join(i, j)
        for i, j in conflicts:
            uf.join(i, j)
        conflicted = {uf.find(i) for i, _ in conflicts}
        for idx in uf.groups():
            members = [block[i] for i in idx]
            # bounds chain: "more than 1,800" joins 2,562 and "more than 5,600", which do
            # not agree with each other; such a group is not stated alike
            quantities = list(dict.fromkeys(c.quantity for c in members))[:50]
            apart = any(not overlaps(x, y) for n, x in enumerate(quantities)
                        for y in quantities[n + 1 :])
            conflict = uf.find(idx[0]) in conflicted
            out.append(Group("figure", members, conflict=conflict,
                             differ=apart and not conflict))
    return out


def _cells_agree(a: TableClaim, b: TableClaim) -> bool | None:
    """True: same answer; False: incompatible names; None: different descriptions."""
    fa, fb = _families(a.entities), _families(b.entities)
    if fa and fb:
        if fa & fb:
            return True
        return False if a.slot == "hardware" else None
    if fuzz.token_set_ratio(normalise(a.cell), normalise(b.cell)) >= 90:
        return True
    return None


def _product_lines(block: list[TableClaim], gaz: Gazetteer) -> list[list[TableClaim]]:
    """Split a company's cells by the product line its column names, when it names one.

    "NVIDIA (Blackwell)" and "NVIDIA (Blackwell Ultra)" are two product lines, compared
    apart; a column that names none ("Meta (Infrastructure)") joins the only line there is.
    """
    lines: dict[frozenset[str], list[TableClaim]] = defaultdict(list)
    for c in block:
        lines[frozenset(m.name for m in gaz.find(c.column) if m.kind != "company")].append(c)
    named = [k for k in lines if k]
    if len(named) == 1 and frozenset() in lines:
        lines[named[0]].extend(lines.pop(frozenset()))
    return list(lines.values())


def _table_groups(claims: list[TableClaim]) -> list[Group]:
    gaz = load_gazetteer()
    blocks: dict[str, list[TableClaim]] = defaultdict(list)
    for c in claims:
        blocks[c.key].append(c)
    out: list[Group] = []
    for block in blocks.values():
        for line in _product_lines(block, gaz):
            verdicts = [
                _cells_agree(x, y)
                for n, x in enumerate(line) for y in line[n + 1 :] if x.source != y.source
            ]
            out.append(Group("table", line, conflict=False in verdicts,
                             differ=None in verdicts))
    return out


def _text_groups(claims: Sequence[ForecastClaim | StatementClaim | EntityClaim],
                 kind: str, threshold: int) -> list[Group]:
    def link(a: Claim, b: Claim) -> Link:
        na, nb = normalise(a.text), normalise(b.text)
        if fuzz.token_sort_ratio(na, nb) >= threshold:
            return "strong"
        return None

    values: dict[int, str] = {}

    def value(c: Claim) -> str:
        v = values.get(id(c))
        if v is None:  # computed once a claim: the pair search asks many times
            due = c.due.isoformat() if isinstance(c, ForecastClaim) and c.due else ""
            v = values[id(c)] = due + "|" + "|".join(sorted(c.entities))
        return v

    def guarded(a: Claim, b: Claim) -> Link:
        return link(a, b) if value(a) == value(b) else None

    clusters = _cluster(claims, lambda c: content_words(c.text), guarded, value)
    return [Group(kind, [claims[i] for i in idx]) for idx in clusters]


def match(claims: Sequence[Claim]) -> list[Group]:
    """Group claims that state the same thing; groups may hold a conflict."""
    timeline = [c for c in claims if isinstance(c, TimelineClaim)]
    figures = [c for c in claims if isinstance(c, FigureClaim)]
    tables = [c for c in claims if isinstance(c, TableClaim)]
    forecasts = [c for c in claims if isinstance(c, ForecastClaim)]
    statements = [c for c in claims if isinstance(c, StatementClaim)]
    entities = [c for c in claims if isinstance(c, EntityClaim)]
    return [
        *_timeline_groups(timeline),
        *_figure_groups(figures),
        *_table_groups(tables),
        *_text_groups(forecasts, "forecast", 92),
        *_text_groups(statements, "statement", 90),
        *_text_groups(entities, "entity", 90),
    ]


def shard(claim: Claim) -> str:
    """A key such that claims of different shards are never grouped together.

    Used to split matching across machines (factcheck.distributed): each shard is matched
    on its own and gives the groups that matching all claims at once gives. Figures and
    table cells are blocked by key; forecasts, statements and entity claims only join
    claims naming the same products; timeline events may link across subjects (one that
    names no company), so they stay one shard.
    """
    if isinstance(claim, FigureClaim | TableClaim):
        return claim.key
    if isinstance(claim, TimelineClaim):
        return "timeline"
    return claim.kind + "|" + "|".join(sorted(claim.entities))
