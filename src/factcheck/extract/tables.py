"""Competitor tables whose cell separators were lost: recover the columns.

Aggregator pages print rows such as "Hardware FocusDisaggregated GPU clustersNVIDIA-heavy"
with the cells run together. A cell boundary shows as a case joint ("clustersNVIDIA",
")Public", "v6Maia"); CamelCase words ("PyTorch", "OpenAI") are joints that must not be
cut. The header row tells how many columns there are, so each row is cut at the best
set of that many joints.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from factcheck.gazetteer import Gazetteer

# Pipe tables ("| a | b |") and tab-separated rows keep their separators.
_PIPE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*+\|?\s*+:?-{2,}")  # possessive: linear on blank runs
_UNIT_AFTER_NUMBER = re.compile(r"(?:[KMGTPE]i?B|[kKMGT]?W|[kMGT]?Hz|[GTPE]FLOPS?)(?![a-z])")
_COMPARISON_LABEL = re.compile(r"^\s*(?:feature|features|company|companies|vendor|aspect"
                               r"|category|criteria|criterion|dimension|attribute)s?\s*$",
                               re.IGNORECASE)
_HEADER_COL = re.compile(r"([A-Z0-9][^()]*?)\s*\(([^()]*)\)")
#: Rows longer than this are not read as table rows (a ragged row: skipped), and a longer
#: first line is no header. Cutting a row tries sets of joints; the bound keeps that work,
#: and the header pattern's search for a "(", small on hostile input.
MAX_ROW = 4000


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: which company, which row, what it says."""

    line: int
    company: str
    feature: str
    text: str
    column: str = ""  # the column header as printed ("NVIDIA (Blackwell Ultra)")


def _joints(row: str, protected: list[tuple[int, int]]) -> list[tuple[int, float]]:
    """Candidate cut positions with a strength score."""
    cuts: dict[int, float] = {}
    # inside[i]: position i lies strictly inside a protected span (one pass, not one scan of
    # the spans per position)
    depth = [0] * (len(row) + 1)
    for s, e in protected:
        if e - s >= 2:
            depth[s + 1] += 1
            depth[e] -= 1
    inside = list(itertools.accumulate(depth))
    for i in range(1, len(row)):
        a, b = row[i - 1], row[i]
        if inside[i]:
            continue
        nxt = row[i + 1] if i + 1 < len(row) else ""
        if b.isdigit() and a.islower() and row[i - 2 : i - 1].isalnum():
            cuts[i] = 1.0  # "Accelerator192GB", "HBM3e256GB" (but not the "v6" of "TPU v6")
        if not b.isupper():
            continue
        if a == ")":
            cuts[i] = 3.0
        elif a.isdigit() and _UNIT_AFTER_NUMBER.match(row, i):
            continue  # "192GB", "700W": a unit, not a new cell
        elif a.isdigit() or a in "%+":
            cuts[i] = 2.0
        elif a.islower():
            # "nativeJAX" (an acronym starts) is surer than "StackPy" inside a word
            cuts[i] = 2.0 if nxt.isupper() else 1.0
        elif a.isupper() and nxt.islower() and i >= 2 and row[i - 2].isupper():
            cuts[i] = 0.8  # "AIExternal": the acronym ends, a word starts
    # a known name glued to its neighbour ("MI325XTPU", "CUDAROCm") ends or starts a cell
    for s, e in protected:
        for i in (s, e):
            if 0 < i < len(row) and row[i - 1].isalnum() and row[i].isalnum():
                cuts[i] = max(cuts.get(i, 0.0), 2.5)
    return sorted(cuts.items())


def _protected(row: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of known names (CamelCase words, product aliases) that are never cut."""
    spans: list[tuple[int, int]] = []
    for w in words:
        start = row.find(w)
        while start >= 0:
            spans.append((start, start + len(w)))
            start = row.find(w, start + 1)
    # a longer name wins over a shorter one inside it ("MI325X" over "MI325")
    spans.sort(key=lambda sp: (sp[0], -(sp[1] - sp[0])))
    # sorted by start, a span lies inside a kept one exactly when it ends before the
    # furthest end kept so far
    kept: list[tuple[int, int]] = []
    furthest = -1
    for sp in spans:
        if sp[1] > furthest:
            kept.append(sp)
            furthest = sp[1]
    return kept


def split_row(row: str, columns: int, words: set[str]) -> list[str] | None:
    """Cut `row` into `columns` cells at the strongest case joints, or None."""
    if columns <= 1:
        return [row.strip()]
    cuts = _joints(row, _protected(row, words))
    if len(cuts) < columns - 1:
        return None
    if len(cuts) > 14:  # too many joints to try every set: keep the strongest
        cuts = sorted(sorted(cuts, key=lambda c: -c[1])[:14])
    best: tuple[float, tuple[int, ...]] | None = None
    for combo in itertools.combinations(cuts, columns - 1):
        pos = tuple(c[0] for c in combo)
        pieces = [row[a:b] for a, b in zip((0, *pos), (*pos, len(row)), strict=True)]
        score = sum(c[1] for c in combo)
        # cells are rarely a lone short word fragment: "Py", "Deep"
        score -= sum(1.5 for p in pieces if len(p.strip()) <= 3)
        if best is None or score > best[0]:
            best = (score, pos)
    assert best is not None
    pos = best[1]
    return [row[a:b].strip() for a, b in zip((0, *pos), (*pos, len(row)), strict=True)]


def _header(text: str) -> tuple[str, list[str]] | None:
    """(first column label, column headers) from a header row."""
    pipe = _PIPE_ROW.match(text)
    if pipe:
        cols = [c.strip() for c in pipe.group(1).split("|")]
        return cols[0], cols[1:]
    if "\t" in text:
        cols = [c.strip() for c in text.split("\t")]
        return cols[0], cols[1:]
    found = list(_HEADER_COL.finditer(text))
    if len(found) >= 2:
        first = text[: found[0].start()]
        # "FeatureMeta (AI …)": the label runs into the first company name
        label, name = first, str(found[0].group(1))
        joint = [i for i in range(1, len(name)) if name[i].isupper() and name[i - 1].islower()]
        if not first and joint:
            label, name = name[: joint[0]], name[joint[0] :]
        heads = [name + text[found[0].end(1) : found[0].end()]]
        heads += [c.group(0) for c in found[1:]]
        return label.strip(), [h.strip() for h in heads]
    return None


def _company(name: str, gaz: Gazetteer) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    return gaz.company(name) or name


def parse_table(lines: list[tuple[int, str]], gaz: Gazetteer) -> list[Cell]:
    """Cells of the table held in `lines` ((line number, text) pairs, header first)."""
    rows = [(n, t) for n, t in lines if t.strip() and not _PIPE_RULE.match(t)]
    if len(rows) < 2 or len(rows[0][1]) > MAX_ROW:
        return []
    head = _header(rows[0][1])
    if head is None:
        return []
    label, columns = head
    companies = [_company(c, gaz) for c in columns]
    known = any(gaz.company(re.sub(r"\s*\(.*?\)\s*", " ", c).strip()) for c in columns)
    if not known and not _COMPARISON_LABEL.match(label) and not _HEADER_COL.search(rows[0][1]):
        return []  # columns of measures ("Year | Revenue"): a data table, not companies
    if len(set(companies)) < len(companies):
        companies = columns  # two columns of one company: keep what tells them apart
    cells: list[Cell] = []
    for number, text in rows[1:]:
        if len(text) > MAX_ROW:
            continue  # not a table row
        pipe = _PIPE_ROW.match(text)
        if pipe:
            parts: list[str] | None = [c.strip() for c in pipe.group(1).split("|")]
        elif "\t" in text:
            parts = [c.strip() for c in text.split("\t")]
        else:
            parts = split_row(text.strip(), len(companies) + 1, gaz.protected_words())
        if not parts or len(parts) != len(companies) + 1:
            continue  # a ragged row: skip it rather than guess the columns
        feature = parts[0]
        for company, column, value in zip(companies, columns, parts[1:], strict=True):
            if value and value not in {"-", "—", "n/a", "N/A"}:
                cells.append(Cell(number, company, feature, value, column))
    return cells


@dataclass(frozen=True, slots=True)
class DataCell:
    """A cell of a data table (rows of periods or items, columns of measures)."""

    line: int
    row: str  # the row's first cell ("2023", "October 2024")
    column: str  # the column header ("Capital expenditures")
    text: str
    basis: str  # another cell of the row naming the basis ("Actual", "Guidance"), or ""
    index: int = 1  # which cell of the row it is (0: the row's label)
    label: str = ""  # the header of the rows' labels ("Day", "Item")


BASIS_WORDS = re.compile(r"^(?:actual|reported|guidance|outlook|forecast|estimate[sd]?"
                          r"|projected|target|plan(?:ned)?|consensus)$", re.IGNORECASE)


def is_pipe_row(text: str) -> bool:
    """A Markdown or HTML-derived table row: | a | b |."""
    return _PIPE_ROW.match(text) is not None or _PIPE_RULE.match(text) is not None


def parse_data_table(lines: list[tuple[int, str]]) -> list[DataCell]:
    """Cells of a pipe table whose header names measures, not companies."""
    rows = [(n, [c.strip() for c in m.group(1).split("|")])
            for n, t in lines if (m := _PIPE_ROW.match(t)) and not _PIPE_RULE.match(t)]
    if len(rows) < 2:
        return []
    # a row a rule line follows heads the table below it: two tables one after the other
    # ("| Defendant | Sentence |", then "| Detail | Value |") each have their own header
    ruled = {n for (n, t), (_, nxt) in itertools.pairwise(lines)
             if _PIPE_ROW.match(t) and not _PIPE_RULE.match(t) and _PIPE_RULE.match(nxt)}
    header = rows[0][1]
    cells: list[DataCell] = []
    for number, parts in rows[1:]:
        if number in ruled:
            header = parts
            continue
        if len(parts) != len(header):
            continue  # a ragged row: skip it rather than guess the columns
        basis = next((p for p in parts[1:] if BASIS_WORDS.match(p)), "")
        for k, (column, value) in enumerate(zip(header[1:], parts[1:], strict=True), 1):
            if value and not BASIS_WORDS.match(value):
                cells.append(DataCell(number, parts[0], column, value, basis, k, header[0]))
    return cells
