"""Table claims: competitor-table cells, and figures from data tables in prose."""

from __future__ import annotations

import datetime as dt
import functools
import re

from factcheck.extract.attribution import basis
from factcheck.extract.context import Context, claim_fields
from factcheck.extract.dates import find_dates, parse_date
from factcheck.extract.durations import BARE, DAY, time_amount_at, unit_stems
from factcheck.extract.figures import (
    RANK,
    FigureMatch,
    find_figures,
    parse_quantity,
    rank_nouns,
)
from factcheck.extract.names import cell_name_claims, role_claims
from factcheck.extract.tables import BASIS_WORDS, DataCell, parse_data_table, parse_table
from factcheck.extract.text import clean, normalise, stem
from factcheck.models import Claim, DateValue, FigureClaim, Line, Section, TableClaim
from factcheck.yamlio import packaged


def table_section(ctx: Context, section: Section, fallback: bool = True) -> list[Claim]:
    """One claim per table cell; lines that are not table rows are read as prose."""
    # prose is read by the prose extractor, which itself reads dated events: import late
    from factcheck.extract.prose import sentence_claims

    rows = [(ln.number, ln.text) for ln in section.lines]
    cells = parse_table(rows, ctx.gaz)
    out: list[Claim] = []
    line_of = {ln.number: ln for ln in section.lines}
    for cell in cells:
        mentions = ctx.gaz.find(cell.text)
        slot = ctx.lex.slot(cell.feature)
        text = f"{cell.company} — {cell.feature}: {cell.text}"
        out.append(TableClaim(
            **claim_fields(ctx, line_of[cell.line], text, section, section.provenance, cell.text,
                    f"{cell.company}: {slot}", mentions,
                    f"table|{cell.company.lower()}|{slot}"),
            company=cell.company,
            column=cell.column,
            feature=cell.feature,
            slot=slot,
            cell=cell.text,
        ))
    if not cells and fallback:
        for line in section.lines:
            out.extend(sentence_claims(ctx, section, line, clean(line.text)))
    return out


def table_block(ctx: Context, section: Section, rows: list[Line]) -> list[Claim]:
    """A table in prose: a comparison of companies, or a data table of figures."""
    table = Section(title=section.title, role="table", provenance=section.provenance,
                    lines=tuple(rows))
    claims = table_section(ctx, table, fallback=False)
    if claims:
        return claims
    out: list[Claim] = []
    line_of = {ln.number: ln for ln in rows}
    cells = parse_data_table([(ln.number, ln.text) for ln in rows])
    # value columns per table: a block may hold two tables, each with its own header
    headers: dict[str, set[str]] = {}
    for c in cells:
        headers.setdefault(c.label, set()).add(c.column)
    for cell in cells:
        columns = len(headers[cell.label])
        text = _row_to(line_of[cell.line].text, cell.index)
        # "| Judge | Ana Ruiz |", "| Men's winner | Ana Ruiz | 2:18:09 |": a row a role
        # labels names the person in it, as "Judge Ana Ruiz" does in a sentence; the row
        # is the person's, quoted whole
        row = line_of[cell.line].text.strip()
        people = role_claims(ctx, table, line_of[cell.line], row, cell.text,
                             table.provenance)
        if not people and not _FIGURE_CELL.search(cell.text):
            people = role_claims(ctx, table, line_of[cell.line], row,
                                 f"{cell.row} {cell.text}", table.provenance)
        out.extend(people)
        after = line_of.get(cell.line + 1)
        if not people and cell.index == 1 and cell.text.strip() != cell.column.strip() and (
                after is None or not _RULE.match(after.text)):  # a header, not a row
            # "| Venue | Harrow Opera House, Lenby |": the names a row's label gives
            out.extend(cell_name_claims(ctx, table, line_of[cell.line], text, cell.row,
                                        cell.text))
        # "| Units (Kestria) | 96,000 |" of an "| Item | Value |" table: the row's label
        # names the measure, its parenthesis whose it is
        measure, whose = (_label_parts(cell.row) if _rows_name_measures(cell, columns)
                          else (cell.column, None))
        measure, which = _which_value(measure)
        measure, label_when, label_basis = _label_period_basis(measure, ctx.published)
        for fig, told in _cell_figures(cell.text, measure):
            q = fig.quantity
            known = ctx.lex.metric_near(measure, 0, 0, q.unit)
            metric, narrowing = (known, ()) if known else _compound(measure, q.unit)
            counted = known is None or not told or _counts_other(fig.noun or "", known)
            keyed, predicate = metric, metric
            done = _done_to(measure) if known is None and told and q.unit == "count" else None
            if done is not None:
                # "| Homes destroyed | 1,200 |" tells what "1,200 homes were destroyed"
                # does: homes counted, destroyed the predicate
                keyed, predicate, narrowing = done
                metric = " ".join((*narrowing, keyed))
            rank_of = ""
            if q.unit == RANK:
                # "| Dunbrook University | 97th |": the position of the name the row
                # labels, as "Dunbrook University rose to 87th" tells it
                keyed = predicate = metric = RANK
                narrowing = ()
                rank_of = "" if whose else _label_name(measure)
            row_when = parse_date(cell.row, ctx.published)
            when = row_when or parse_date(cell.column, ctx.published) or label_when
            period = when.value if when is not None else None
            told_basis = cell.basis or label_basis
            how = basis(told_basis, None) if told_basis else "actual"
            if told_basis.lower().startswith(("estimate", "consensus")):
                how = "estimate"
            subject = ctx.primary or cell.row
            value = q.value + (f" ({period})" if period else "")
            out.append(FigureClaim(
                **claim_fields(ctx, line_of[cell.line], text, table, table.provenance, value,
                        " ".join(p for p in (subject, metric, period or "") if p), [],
                        f"figure|{keyed}|{q.unit}"),
                quantity=q,
                metric=metric,
                predicate=predicate,
                # a column the lexicon does not know names the noun counted
                # ("Finishers"): the head a sentence's "141 finishers" has; so does a
                # noun before the measure the lexicon knows ("People evacuated": people)
                head=_head(fig, counted),
                # what kind of thing it counts ("Miners trapped": people), as in a sentence
                head_kind=next((ctx.lex.kinds[w.lower()] for w in reversed(fig.noun.split())
                                if w.lower() in ctx.lex.kinds), "")
                if fig.noun and counted else "",
                # a row that is a day or a period ("| Monday | 57 |") dates its
                # figures: it owns none of them
                owner=rank_of or (whose if whose is not None else (
                    "" if ctx.primary or row_when is not None else cell.row)),
                topic=ctx.topic,
                published=ctx.published,
                period=period,
                basis=how,
                modifiers=(*which, *narrowing, BARE) if fig.bare else (*which, *narrowing),
            ))
    return out


def _done_to(measure: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A count's label that is a noun and the participle of what was done to it ("Homes
    destroyed", "Rare books saved"): (the noun's stem, the participle's, the words before
    the noun); None for another label."""
    words = measure.lower().split()
    if len(words) < 2 or not all(w.isalpha() for w in words[-2:]) \
            or not words[-1].endswith(("ed", "en")) or words[-2].endswith(("ed", "en")):
        return None
    return stem(words[-2]), stem(words[-1]), tuple(normalise(" ".join(words[:-2])).split())


def _compound(measure: str, unit: str) -> tuple[str, tuple[str, ...]]:
    """A row label the lexicon does not know, as its measure and the words narrowing it:
    the head of an English compound comes last ("Pup mortality": mortality, narrowed by
    pup), as a sentence's "pup mortality was 9%" tells it. A count's label keeps its
    words (its counted noun is read apart, and a noun with a participle as its sentence
    would be: `_done_to`), and so does any label ending in a participle ("Volume
    destroyed")."""
    words = normalise(measure).split()
    if unit == "count" or len(words) < 2 or not words[-1].isalpha() \
            or measure.split()[-1].lower().endswith(("ed", "en")):
        return normalise(measure), ()
    return words[-1], tuple(words[:-1])


@functools.cache
def _table_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = packaged("tables.yaml")
    return (frozenset(str(w).lower() for w in data["item_labels"]),
            frozenset(str(w).lower() for w in data["value_columns"]),
            frozenset(str(w).lower() for w in data["which_value"]))


def _which_value(measure: str) -> tuple[str, tuple[str, ...]]:
    """A measure without the word saying which of its values it is, and that word as a
    modifier ("Previous rate" → rate, previous)."""
    first, _, rest = measure.strip().partition(" ")
    if rest and first.lower() in _table_words()[2]:
        return rest, (first.lower(),)
    return measure, ()


def _rows_name_measures(cell: DataCell, columns: int) -> bool:
    """The table's rows name what their cells measure: its rows' header is a word for
    items ("Item", "Metric"), or its one value column a word for values ("Value")."""
    labels, values, _ = _table_words()
    return cell.label.strip().lower() in labels or (
        columns == 1 and cell.column.strip().lower() in values)


def _label_period_basis(measure: str, published: dt.date | None,
                        ) -> tuple[str, DateValue | None, str]:
    """A row label's measure without the period and the basis it names, and those
    ("Deficit target 2027" → Deficit, 2027, target; "Revenue Q3 2026" → Revenue, Q3 2026).

    A label holding one period is the measure of that period, as "revenue in 2027" is in a
    sentence. The head of an English compound comes last: a basis word ending the label is
    what kind of value the row holds ("Deficit target", "Sales forecast"), one before
    another word is part of the measure's name ("Target rate")."""
    dates = find_dates(measure, published)
    when = None
    told = dates[0].value if len(dates) == 1 else None
    if told is not None and told.precision in {"year", "half", "quarter", "month"}:
        rest = f"{measure[: dates[0].start]} {measure[dates[0].end :]}"
        rest = " ".join(rest.replace("(", " ").replace(")", " ").split())
        if re.search(r"[^\W\d_]{2}", rest):
            measure, when = rest, told
    words = measure.split()
    if len(words) > 1 and BASIS_WORDS.match(words[-1]):
        return " ".join(words[:-1]), when, words[-1]
    if len(words) > 1 and _BASIS_PARTICIPLE.match(words[0]):
        # "Estimated damage", "Projected deficit": the damage, as an estimate
        return " ".join(words[1:]), when, words[0]
    return measure, when, ""


#: A basis told as a participle opening a row label ("Estimated damage").
_BASIS_PARTICIPLE = re.compile(r"^(?:estimated|projected|forecast|expected|planned)$",
                               re.IGNORECASE)


def _label_parts(label: str) -> tuple[str, str]:
    """A row label's measure and, in a parenthesis of a name, whose it is ("Units
    (Kestria)" → Units, Kestria; "Sentence (years)" → Sentence, nobody)."""
    m = re.fullmatch(r"\s*(.*?)\s*\(([^()]*)\)\s*", label)
    if m is None:
        return label.strip(), ""
    # "Previous record (Cold Lantern, 2019)": the name, not the year beside it
    names = [p.strip() for p in m.group(2).split(",")
             if p.strip()[:1].isupper() and not re.fullmatch(r"\s*\d{4}\s*", p)]
    return m.group(1), names[0] if names else ""


def _label_name(label: str) -> str:
    """The label when it is a name (every word capitalised but joining words: "Dunbrook
    University", "University of Tarnwick"), else ''."""
    words = label.split()
    if not words or words[-1].lower().rstrip("s") in rank_nouns():
        return ""  # "| Rank | 12th |", "| Final position | 3rd |": the measure, no name
    return label.strip() if words[0][:1].isupper() and all(
        w[:1].isupper() or w in _JOINING for w in words) else ""


_JOINING = frozenset({"of", "and", "the", "de", "for", "&"})


def _row_to(row: str, index: int) -> str:
    """The row as printed, up to and with its cell `index` (1: the first after the label):
    what the claim quotes, as a sentence's claim quotes its sentence ("| Monday | 57 |"
    of "| Monday | 57 | 400+ |"), without the cells that state other facts after it."""
    parts = row.strip().split("|")
    # "| a | b |" splits into "", " a ", " b ", ""
    if len(parts) < index + 3:
        return row.strip()
    return "|".join(parts[: index + 2]).strip() + " |"


def _counts_other(noun: str, metric: str) -> bool:
    """The noun a label gives its count is no word of the measure the lexicon reads in
    it ("People evacuated": people, of evacuated; "Deaths": deaths is the measure)."""
    words = noun.split()
    return bool(words) and stem(words[-1]) not in {stem(w) for w in metric.split()}


def _head(fig: FigureMatch, counted: bool) -> str:
    """The noun a cell's figure counts ("Finishers": finisher); none for a bare length of
    time, whose noun is its unit's ("52 hours")."""
    if not fig.noun or not counted:
        return ""
    head = stem(fig.noun.split()[-1])
    return "" if fig.bare and head in unit_stems() else head


_FIGURE_CELL = re.compile(r"\d")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_PARENS = re.compile(r"\s*\([^()]*\)")


def _cell_figures(text: str, column: str) -> list[tuple[FigureMatch, bool]]:
    """The figures of a data-table cell. A cell that is a bare number ("57", "400+") is a
    figure of what its column names (a column "Deaths", "Finishers"): the header says what
    it counts, as a noun after it would in a sentence. Each figure comes with whether its
    noun is the column's."""
    found = find_figures(text)
    # "| People evacuated | 8,000 |": a count with no noun of its own counts the label's
    plain = len(found) == 1 and found[0].quantity.unit == "count" and not found[0].noun \
        and not found[0].bare
    if found and not all(f.bare for f in found) and not plain:
        return [(f, False) for f in found]
    if time_amount_at(text.strip(), 0):
        # "| Ana Ruiz | 4.5 years |" under "Sentence": a length of what the column names,
        # as "4.5 years of sentence" tells it (durations.yaml `things:`)
        told = f"{text.strip()} of {_PARENS.sub('', column).strip().lower()}"
        read = [f for f in find_figures(told) if f.quantity.unit == DAY and f.start == 0
                and not f.bare]
        if read:
            return [(read[0], False)]
    if found and not plain:
        return [(f, False) for f in found]  # "| Closure | 52 hours |": a bare length
    q = parse_quantity(text)
    if q is None:
        return []
    if q.unit == "count":
        told = f"{text} {_PARENS.sub('', column).strip().lower()}"
        read = find_figures(told)
        if read and read[0].start == 0 and read[0].noun and read[0].quantity == q:
            return [(read[0], True)]
        if read and read[0].start == 0 and read[0].bare:
            return [(read[0], True)]  # "| Days underground | 6 |": six days
    return [(FigureMatch(0, len(text), text, q, None), False)]
