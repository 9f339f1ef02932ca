"""Timeline geometry for the HTML report: lanes per outlet, a mark per dated claim.

Pure layout, no markup: the HTML reporter's template draws what this module computes, so the
numbers (how many marks, which connectors) can be tested without a browser.  Issue: "See the
story at a glance".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from factcheck.models import DateValue, Evidence, Finding, Report

#: Width of the lane labels' column, pixels: drawn apart from the plot and kept in view
#: while the plot scrolls sideways (narrower on a phone, see report.css).
LABEL_WIDTH = 230
#: Room left of the first day, so a mark there is drawn whole, pixels.
PLOT_PAD = 12
#: Room right of the last day for the "as of" label and the last tick, pixels.
PLOT_RIGHT = 90
#: Height of one row of marks inside a lane, pixels.
ROW_HEIGHT = 22
#: Most rows a lane stacks before marks are allowed to overlap (keeps huge lanes bounded).
MAX_ROWS = 6
#: Height of the axis band at the top, pixels.
AXIS_HEIGHT = 34
#: Width the time axis aims for, pixels (wider when a long span would crush months). With
#: the labels' column the chart fits a 1,400-px screen without scrolling.
PLOT_WIDTH = 960.0
#: Narrowest drawn span, pixels (a day is thinner than a mark).
MIN_SPAN = 3.0
#: Glyph sizes, pixels: a contradiction's mark is drawn larger than the others.
GLYPH = 13.0
GLYPH_CONTRA = 19.0
#: Half the width and the height above and below its centre of a "≠" label, pixels.
NE_HALF_W, NE_UP, NE_DOWN = 7.0, 10.0, 11.0

PROVENANCE_LABEL = {"reported": "reported", "ai-analysis": "AI analysis", "opinion": "opinion"}


@dataclass(frozen=True)
class Mark:
    """One dated claim placed on the timeline."""

    finding: str
    verdict: str
    kind: str
    source: str
    path: str
    line: int
    lane: int
    row: int
    x1: float
    x2: float
    y: float
    start: dt.date
    end: dt.date
    precision: str
    value: str
    text: str
    outlet: str
    provenance: str
    overdue: bool = False

    @property
    def claim(self) -> str:
        """The data-claim contract: FILE:LINE."""
        return f"{self.path}:{self.line}"

    @property
    def cx(self) -> float:
        """Centre of the span: where the glyph sits."""
        return round((self.x1 + self.x2) / 2, 1)

    @property
    def size(self) -> float:
        """Side of the glyph: contradictions and refutations stand out."""
        return GLYPH_CONTRA if self.verdict in {"contradicted", "refuted"} else GLYPH

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of what the mark draws: its span and its glyph."""
        half = self.size / 2
        left, right = self.cx - half, self.cx + half
        if self.kind != "forecast":
            left, right = min(left, self.x1), max(right, self.x2)
        return left, self.y - half, right, self.y + half

    @property
    def shape(self) -> str:
        """Glyph id: verdicts differ by shape, not colour alone."""
        if self.kind == "forecast":
            return "forecast-overdue" if self.overdue else "forecast"
        return self.verdict

    @property
    def label(self) -> str:
        """Short accessible name of the mark."""
        when = f"due {self.value}" if self.kind == "forecast" else self.value
        extra = ", overdue" if self.overdue else ""
        return f"{self.verdict}{extra}: {when}, {self.outlet}, {self.claim}"

    @property
    def tooltip(self) -> str:
        """The full text shown on hover and focus."""
        return self.tip()

    def tip(self, quote_limit: int | None = None) -> str:
        """The text shown on hover and focus, the quote cut to `quote_limit` characters."""
        text = self.text
        if quote_limit is not None and len(text) > quote_limit:
            text = text[: quote_limit - 1].rstrip() + "…"
        if self.kind == "forecast":
            when = f"due {self.start.isoformat()}" + (" (overdue)" if self.overdue else "")
        elif self.start == self.end:
            when = f"{self.value} ({self.precision})"
        else:
            when = f"{self.value} ({self.precision}: {self.start.isoformat()} to "
            when += f"{self.end.isoformat()})"
        return (f"{self.verdict.upper()} · {when}\n“{text}”\n{self.claim} · "
                f"{self.outlet} · {PROVENANCE_LABEL.get(self.provenance, self.provenance)}")


@dataclass(frozen=True)
class Connector:
    """A line joining the marks of one finding: rival dates, or agreeing ones."""

    finding: str
    verdict: str
    points: tuple[tuple[float, float], ...]
    #: Centre of the "≠" label, placed where it covers no mark (contradictions only).
    label: tuple[float, float] | None = None

    @property
    def d(self) -> str:
        """SVG path data through the points."""
        return " ".join(f"{'M' if i == 0 else 'L'}{x:g},{y:g}"
                        for i, (x, y) in enumerate(self.points))

    @property
    def mid(self) -> tuple[float, float]:
        """Where the ≠ sign goes: its label's centre, else the middle of the first segment."""
        if self.label is not None:
            return self.label
        (x1, y1), (x2, y2) = self.points[0], self.points[1]
        return round((x1 + x2) / 2, 1), round((y1 + y2) / 2, 1)


@dataclass(frozen=True)
class Lane:
    """One outlet: the files it has and its band on the chart."""

    outlet: str
    files: tuple[str, ...]
    y: float
    height: float

    @property
    def label(self) -> str:
        """The lane's visible name, saying when files share it."""
        if len(self.files) > 1:
            return f"{self.outlet} ({len(self.files)} files)"
        return self.outlet


@dataclass(frozen=True)
class Tick:
    """An axis tick."""

    x: float
    label: str
    major: bool


@dataclass
class Timeline:
    """Everything the template needs to draw the chart."""

    lanes: list[Lane] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    #: Left edge of the plot in the marks' coordinates (the labels' column is apart).
    plot_x: float = float(LABEL_WIDTH - PLOT_PAD)
    label_width: float = float(LABEL_WIDTH)
    as_of_x: float | None = None
    undated: int = 0
    idle_outlets: int = 0
    not_drawn: int = 0


@dataclass(frozen=True)
class _Dated:
    finding: Finding
    claim: Evidence
    start: dt.date
    end: dt.date
    precision: str
    value: str


def dated_claims(report: Report) -> tuple[list[_Dated], int]:
    """The claims a timeline draws, and the number of forecast or timeline claims without a
    date it can read.  Timeline claims are placed by re-reading their normalised value (the
    report keeps the value, not the span); forecasts sit at their finding's due date."""
    from factcheck.extract.dates import parse_date

    out: list[_Dated] = []
    undated = 0
    parsed: dict[str, DateValue | None] = {}  # values repeat: months, quarters
    for f in report.findings:
        for c in f.claims:
            if f.kind == "timeline":
                if c.value not in parsed:
                    parsed[c.value] = parse_date(c.value)
                dv = parsed[c.value]
                if dv is None:
                    undated += 1
                    continue
                out.append(_Dated(f, c, dv.start, dv.end, dv.precision, dv.value))
            elif f.kind == "forecast":
                if f.due is None:
                    undated += 1
                    continue
                out.append(_Dated(f, c, f.due, f.due, "day", f.due.isoformat()))
    return out, undated


def _span(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """Whole years around the dates, so ticks fall on boundaries."""
    return dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)


#: Which dated claims a chart over its budget draws first: disagreements, then what is due.
_PRIORITY = {"contradicted": 0, "refuted": 0, "corroborated": 2, "confirmed": 2,
             "forecast": 3, "unverified": 4}


def _budget(items: list[_Dated], max_marks: int | None) -> list[_Dated]:
    """At most max_marks items, the most telling first, in their original order."""
    if max_marks is None or len(items) <= max_marks:
        return items
    def rank(i: int) -> tuple[int, int]:
        f = items[i].finding
        return (1 if f.overdue else _PRIORITY.get(f.verdict, 4), i)
    keep = sorted(sorted(range(len(items)), key=rank)[:max_marks])
    return [items[i] for i in keep]


def layout(report: Report, max_marks: int | None = None) -> Timeline:
    """Place every dated claim of the report: lanes in source order, time left to right.
    With `max_marks`, a chart of more dated claims draws contradictions, overdue forecasts,
    corroborations, forecasts and single-source claims in that order until the budget is
    spent, and counts the rest in `not_drawn` (the table still lists them)."""
    every, undated = dated_claims(report)
    items = _budget(every, max_marks)
    tl = Timeline(undated=undated, not_drawn=len(every) - len(items))
    if not items:
        return tl
    files: dict[str, list[str]] = {}
    for s in report.sources:
        files.setdefault(s.outlet or s.id, []).append(s.id)
    outlets_used = {it.claim.outlet for it in items}
    order = [o for o in files if o in outlets_used]
    order += sorted(outlets_used - set(order))
    tl.idle_outlets = len([o for o in files if o not in outlets_used])

    t0, t1 = _span(min(it.start for it in items), max(it.end for it in items))
    months = (t1.year - t0.year) * 12
    per_month = min(30.0, max(4.0, PLOT_WIDTH / months))
    plot = months * per_month
    per_day = plot / (t1 - t0).days

    def x(d: dt.date) -> float:
        return round(LABEL_WIDTH + (d - t0).days * per_day, 1)

    # Stack the marks of a lane in rows so spans do not overlap (greedy, by start).
    by_lane: dict[str, list[_Dated]] = {o: [] for o in order}
    for it in items:
        by_lane[it.claim.outlet].append(it)
    y = float(AXIS_HEIGHT)
    placed: dict[int, Mark] = {}
    for lane_no, outlet in enumerate(order):
        rows_end: list[float] = []
        lane_marks: list[tuple[_Dated, int, float, float]] = []
        for it in sorted(by_lane[outlet], key=lambda i: (i.start, i.end, i.claim.path,
                                                         i.claim.line)):
            x1 = x(it.start)
            x2 = max(x(it.end + dt.timedelta(days=1)), x1 + MIN_SPAN)
            row = next((r for r, end in enumerate(rows_end) if end + 14 <= x1), None)
            if row is None:
                if len(rows_end) < MAX_ROWS:
                    rows_end.append(x2)
                    row = len(rows_end) - 1
                else:
                    row = min(range(MAX_ROWS), key=lambda r: rows_end[r])
            rows_end[row] = max(rows_end[row], x2)
            lane_marks.append((it, row, x1, x2))
        lane_files = tuple(files.get(outlet, ()))
        # a lane of several files has room for their names under its label
        height = max(2 if len(lane_files) > 1 else 1, len(rows_end)) * ROW_HEIGHT + 8
        tl.lanes.append(Lane(outlet, lane_files, y, height))
        for it, row, x1, x2 in lane_marks:
            f, c = it.finding, it.claim
            mark = Mark(finding=f.id, verdict=f.verdict, kind=f.kind, source=c.source,
                        path=c.path, line=c.line, lane=lane_no, row=row, x1=x1, x2=x2,
                        y=y + 4 + row * ROW_HEIGHT + ROW_HEIGHT / 2, start=it.start,
                        end=it.end, precision=it.precision, value=it.value, text=c.text,
                        outlet=c.outlet, provenance=c.provenance,
                        overdue=f.overdue and f.kind == "forecast")
            placed[id(it)] = mark
        y += height
    # Marks in report order (findings, then claims), so the chart reads like the table.
    tl.marks = [placed[id(it)] for it in items]
    tl.width = round(PLOT_PAD + plot + PLOT_RIGHT, 1)
    tl.height = y + 6
    if t0 <= report.as_of < t1:
        tl.as_of_x = x(report.as_of)
    tl.ticks = _ticks(t0, t1, per_month, x)
    tl.connectors = _connectors(tl.marks, (tl.plot_x, float(AXIS_HEIGHT),
                                           tl.plot_x + tl.width, tl.height))
    return tl


def _ticks(t0: dt.date, t1: dt.date, per_month: float,
           x: Callable[[dt.date], float]) -> list[Tick]:
    out: list[Tick] = []
    step = 1 if per_month >= 30 else 3 if per_month >= 8 else 12
    year, month = t0.year, 1
    while dt.date(year, month, 1) <= t1:
        d = dt.date(year, month, 1)
        major = month == 1
        label = str(year) if major else (f"Q{(month - 1) // 3 + 1}" if step == 3
                                          else d.strftime("%b"))
        out.append(Tick(x(d), label, major))
        month += step
        if month > 12:
            year, month = year + 1, month - 12
    return out


def _connectors(marks: list[Mark], bounds: tuple[float, float, float, float]
                ) -> list[Connector]:
    """One connector per contradicted (or refuted) finding through its rival dates, with a
    "≠" label placed clear of every mark, and one agreement line per corroborated (or
    confirmed) finding with marks in two places."""
    groups: dict[str, list[Mark]] = {}
    for m in marks:
        if m.kind == "timeline" and m.verdict in {"contradicted", "refuted", "corroborated",
                                                  "confirmed"}:
            groups.setdefault(m.finding, []).append(m)
    out = []
    for fid, ms in groups.items():
        if len(ms) < 2:
            continue
        ms = sorted(ms, key=lambda m: (m.cx, m.y))
        points = tuple(dict.fromkeys((m.cx, m.y) for m in ms))
        if len(points) < 2:
            continue
        out.append(Connector(fid, ms[0].verdict, points))
    free = _Space(marks)
    for i, c in enumerate(out):
        if c.verdict in {"contradicted", "refuted"}:
            out[i] = Connector(c.finding, c.verdict, c.points, free.place(c.points, bounds))
    return out


Box = tuple[float, float, float, float]


def _hits(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _ne_box(x: float, y: float) -> Box:
    return x - NE_HALF_W, y - NE_UP, x + NE_HALF_W, y + NE_DOWN


class _Space:
    """Where the marks (and labels placed so far) are, in a grid of cells for quick
    look-up, so a "≠" label can be put where it covers nothing."""

    CELL = 64.0
    #: Positions tried along each segment, and offsets around each.
    ALONG = (0.5, 0.35, 0.65, 0.2, 0.8)
    AROUND = ((0, 0), (0, -12), (0, 12), (12, 0), (-12, 0), (0, -22), (0, 22), (22, -12),
              (-22, -12), (22, 12), (-22, 12), (0, -34), (0, 34), (34, 0), (-34, 0))

    def __init__(self, marks: list[Mark]) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = {}
        for m in marks:
            self._add(m.box)

    def _keys(self, b: Box) -> list[tuple[int, int]]:
        c = self.CELL
        return [(i, j) for i in range(int(b[0] // c), int(b[2] // c) + 1)
                for j in range(int(b[1] // c), int(b[3] // c) + 1)]

    def _add(self, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append(b)

    def _crowd(self, b: Box) -> int:
        seen = {o for k in self._keys(b) for o in self.cells.get(k, ()) if _hits(b, o)}
        return len(seen)

    def _spots(self, points: tuple[tuple[float, float], ...]
               ) -> Iterator[tuple[float, float]]:
        for (x1, y1), (x2, y2) in pairwise(points):
            for t in self.ALONG:
                px, py = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
                for dx, dy in self.AROUND:
                    yield round(px + dx, 1), round(py + dy, 1)

    def place(self, points: tuple[tuple[float, float], ...], bounds: Box
              ) -> tuple[float, float]:
        """The first free spot near the connector's segments (the least crowded one when
        none is free); it is then taken."""
        (x1, y1), (x2, y2) = points[0], points[1]
        best = (1 << 30, (round((x1 + x2) / 2, 1), round((y1 + y2) / 2, 1)))
        for spot in self._spots(points):
            b = _ne_box(*spot)
            if b[0] < bounds[0] or b[1] < bounds[1] or b[2] > bounds[2] or b[3] > bounds[3]:
                continue
            crowd = self._crowd(b)
            if crowd < best[0]:
                best = (crowd, spot)
                if crowd == 0:
                    break
        self._add(_ne_box(*best[1]))
        return best[1]
