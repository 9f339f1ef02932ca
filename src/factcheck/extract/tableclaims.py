"""Table claims: competitor-table cells, and figures from data tables in prose."""

from __future__ import annotations

from factcheck.extract.attribution import basis
from factcheck.extract.context import Context, claim_fields
from factcheck.extract.dates import parse_date
from factcheck.extract.figures import find_figures
from factcheck.extract.tables import parse_data_table, parse_table
from factcheck.extract.text import clean, normalise, stem
from factcheck.models import Claim, FigureClaim, Line, Section, TableClaim


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
    for cell in parse_data_table([(ln.number, ln.text) for ln in rows]):
        text = f"{cell.row} — {cell.column}: {cell.text}"
        for fig in find_figures(cell.text):
            q = fig.quantity
            metric = ctx.lex.metric_near(cell.column, 0, 0, q.unit) or normalise(cell.column)
            when = parse_date(cell.row, ctx.published) or parse_date(cell.column, ctx.published)
            period = when.value if when is not None else None
            how = basis(cell.basis, None) if cell.basis else "actual"
            if cell.basis.lower().startswith(("estimate", "consensus")):
                how = "estimate"
            subject = ctx.primary or cell.row
            value = q.value + (f" ({period})" if period else "")
            out.append(FigureClaim(
                **claim_fields(ctx, line_of[cell.line], text, table, table.provenance, value,
                        " ".join(p for p in (subject, metric, period or "") if p), [],
                        f"figure|{metric}|{q.unit}"),
                quantity=q,
                metric=metric,
                predicate=metric,
                head=stem(fig.noun.split()[-1]) if fig.noun else "",
                owner="" if ctx.primary else cell.row,
                topic=ctx.topic,
                published=ctx.published,
                period=period,
                basis=how,
            ))
    return out
