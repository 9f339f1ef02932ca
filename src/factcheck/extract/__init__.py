"""Extract stage: an Article's sections → claims (timeline, figure, entity, table, forecast,
statement), each with file, line, quoted text, normalised value and provenance."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from factcheck.extract.attribution import attribution, basis
from factcheck.extract.dates import DateMatch, deadline, find_dates, parse_date
from factcheck.extract.figures import FigureMatch, find_figures
from factcheck.extract.tables import is_pipe_row, parse_data_table, parse_table
from factcheck.extract.text import STOPWORDS, TELLING_VERBS, clean, normalise, sentences
from factcheck.gazetteer import Gazetteer, Mention, load_gazetteer
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.models import (
    Article,
    Claim,
    DateValue,
    EntityClaim,
    FigureClaim,
    ForecastClaim,
    Line,
    Provenance,
    Section,
    StatementClaim,
    TableClaim,
    TimelineClaim,
)

# A sentence about the future: a prediction, not a report.
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|is (?:expected|likely|set|poised|slated|due) to"
    r"|are (?:expected|likely|set|poised|slated|due) to|going to)\b",
    re.IGNORECASE,
)
# reported speech about the future: "said Meta would bring 1 gigawatt online"
_WOULD = re.compile(
    r"\b(?:said|says|told \w+|expects?|expected|predicted|wrote|writes)\b[^.;]{0,80}?\bwould\b",
    re.IGNORECASE,
)
# "will end the year with …": the deadline is the end of the year the article speaks in
_YEAR_END = re.compile(r"\b(?:end|close|finish|exit) (?:the|this) year\b", re.IGNORECASE)
# Advice to the reader ("Monitor …", "Understand why …") states nothing to check.
_IMPERATIVE = re.compile(
    r"^(?:understand|monitor|evaluate|compare|consider|buy|sell|hold|read|learn|discover|see"
    r"|watch|check|find|explore|track|use|try|get|join|subscribe|click|follow|sign|download"
    r"|review|assess|prepare|plan|focus|avoid|keep|make sure|don't|do not|let's|start|stop"
    r"|wait|look|ask|share|think)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|me|personally|in my view|we believe)\b")
_INLINE_EVENT_SEP = re.compile(r"^\s*[:–—-]+\s*|^\s*\*\*\s*[:–—-]*\s*")
_DEFINITION = re.compile(r"^([^:]{2,40}):\s+\S")
# A verb in the past tense (or a headline's present) says the sentence reports an event.
_PAST_EVENT = re.compile(
    r"\b(?:[a-z]{3,}ed|began|begun|showed|shown|made|built|brought|took|won|lost|sold|bought"
    r"|rose|fell|grew|hit|cut|set|put|led|spent|paid|struck|held|gave|went|came|unveils"
    r"|announces|launches|releases|ships|opens|completes|acquires|buys|sells)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What every extractor needs about the source at hand."""

    source: str
    path: str
    outlet: str
    origin: str
    published: dt.date | None
    primary: str  # the company the article is about: figures naming no one are about it
    gaz: Gazetteer
    lex: Lexicon


def _base(ctx: Context, line: Line, text: str, section: Section, provenance: Provenance,
          value: str, subject: str, mentions: list[Mention], key: str,
          who: str | None = None) -> dict[str, object]:
    outlet = ctx.gaz.outlet(who) if who else None
    return {
        "origin": outlet or ctx.origin,
        "attribution": who,
        "source": ctx.source,
        "path": ctx.path,
        "line": line.number,
        "text": text,
        "value": value,
        "section": section.role,
        "provenance": provenance,
        "outlet": ctx.outlet,
        "subject": subject,
        "entities": tuple(dict.fromkeys(m.name for m in mentions if m.kind != "company")),
        "key": key,
    }


def _products(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.kind not in {"company", "index"}]


def _companies(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.name for m in mentions if m.kind == "company"))


def _timeline(ctx: Context, section: Section, line: Line, text: str, date: DateValue,
              provenance: Provenance) -> TimelineClaim:
    mentions = ctx.gaz.find(text)
    products = _products(mentions)
    # "Blackwell B200": the chip is what the event is about, not its architecture
    if any(m.kind != "architecture" for m in products):
        products = [m for m in products if m.kind != "architecture"]
    companies = _companies(mentions)
    specific = [m for m in products if not m.generic]
    generic = bool(products) and not specific
    subject = companies[0] if companies else (products[0].name if products else "")
    figures = tuple(f.quantity for f in find_figures(text))
    return TimelineClaim(
        **{**_base(ctx, line, text, section, provenance, date.value, clean(text), mentions,
                   f"timeline|{subject.lower()}"),
           "entities": tuple(dict.fromkeys(m.name for m in products))},
        date=date,
        event=text,
        companies=tuple(companies),
        figures=figures,
        generic=generic,
    )


def timeline_section(ctx: Context, section: Section) -> list[Claim]:
    """Dated events: a date line followed by its event line, or "date: event" on one line."""
    out: list[Claim] = []
    pending: DateValue | None = None
    for line in section.lines:
        raw = clean(line.text)
        if not raw:
            continue
        whole = parse_date(raw, ctx.published)
        if whole is not None:
            pending = whole
            continue
        if pending is not None:
            out.append(_timeline(ctx, section, line, raw, pending, section.provenance))
            pending = None
            continue
        found = find_dates(raw, ctx.published)
        if found and found[0].start <= 2 and found[0].value is not None:
            rest = raw[found[0].end :]
            sep = _INLINE_EVENT_SEP.match(rest)
            if sep:
                event = rest[sep.end() :].strip()
                if event:
                    out.append(_timeline(ctx, section, line, event, found[0].value,
                                         section.provenance))
                    continue
        out.extend(_sentences(ctx, section, line, raw))
    return out


def table_section(ctx: Context, section: Section, fallback: bool = True) -> list[Claim]:
    """One claim per table cell; lines that are not table rows are read as prose."""
    rows = [(ln.number, ln.text) for ln in section.lines]
    cells = parse_table(rows, ctx.gaz)
    out: list[Claim] = []
    line_of = {ln.number: ln for ln in section.lines}
    for cell in cells:
        mentions = ctx.gaz.find(cell.text)
        slot = ctx.lex.slot(cell.feature)
        text = f"{cell.company} — {cell.feature}: {cell.text}"
        out.append(TableClaim(
            **_base(ctx, line_of[cell.line], text, section, section.provenance, cell.text,
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
            out.extend(_sentences(ctx, section, line, clean(line.text)))
    return out


_POSSESSIVE = re.compile(r"\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})['’]s\b")
_LEAD_NAME = re.compile(r"^(?:The )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})(?::|\s+[a-z])")
_NOT_SUBJECTS = frozenset(
    """First Second Third Fourth Full-year Full Quarterly Annual Fiscal First-quarter
    Second-quarter Third-quarter Fourth-quarter Full-year Year-end Half-year The This That
    These Those It Its In On At For By But And However Meanwhile Last Next
    Shares Stock Revenue Sales He She They We I A An As If When While After Before Still Yet
    Also Earlier Later Separately Analysts Investors Total Overall Some Most Many According
    Semiconductors Hyperscalers Hyperscaler Industry Market Markets""".split()
)


_MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _subject_for(mentions: list[Mention], sent: str, start: int, primary: str = "") -> str:
    """Whom a figure at `start` is about: a named product just before it, a company named
    in the possessive ("Meta's"), the nearest company before it, or the sentence's subject."""
    before = [m for m in mentions if m.end <= start and m.kind != "index"]
    products = [m for m in before if m.kind != "company"]
    if products and start - products[-1].end <= 40:
        return products[-1].name
    companies = [m for m in mentions if m.kind == "company"]
    owned = [m for m in companies if sent[m.end : m.end + 2] in {"'s", "’s"}]
    if owned:
        return owned[0].name
    near = [m for m in companies if m.end <= start]
    if near:
        return near[-1].name
    if companies:
        return companies[0].name
    if products:
        return products[-1].name
    for regex in (_POSSESSIVE, _LEAD_NAME):
        m = regex.search(sent)
        if (m and m.group(1).split()[0] not in _NOT_SUBJECTS and not _MONTHS.match(m.group(1))
                and not find_dates(m.group(1))):
            return m.group(1)
    if before:
        return before[-1].name
    return mentions[0].name if mentions else primary


_RELATIVE = re.compile(
    r"\b(?:this|last|next|current|coming|past|previous) (?:fiscal |financial )?"
    r"(?:year|quarter|half|month)\b|\byear[- ]to[- ]date\b|\bthis fiscal\b",
    re.IGNORECASE,
)
_FISCAL_RELATIVE = re.compile(r"\b(this|last|next|current) (?:fiscal|financial) year\b",
                              re.IGNORECASE)


def _shift(value: DateValue, years: int) -> DateValue:
    """The same period `years` later, or the value itself when it cannot move."""
    from factcheck.extract.dates import parse_date as reparse

    head, _, tail = value.value.partition("-")
    if not head.isdigit():
        return value
    moved = reparse(f"{int(head) + years}" + (f"-{tail}" if tail else ""))
    return moved if moved is not None and moved.precision == value.precision else value


# Where a comparison's base starts: "up 6% from the same quarter of 2023"
_CLAUSE = re.compile(
    r";|,(?=\s)|\b(?:from|compared (?:with|to)|versus|vs\.?|than|a year earlier|year-ago)\b",
    re.IGNORECASE,
)
_FISCAL_INFIX = re.compile(r"\b((?:first|second|third|fourth|1st|2nd|3rd|4th) )(fiscal )"
                           r"(quarter|half)\b", re.IGNORECASE)
_BASE_MARK = re.compile(r"^(?:from|compared|versus|vs|than)", re.IGNORECASE)
_EXPLICIT_RELATIVE = re.compile(r"\b(?:last|next|this|previous|coming|current|past|ago)\b",
                                re.IGNORECASE)


def _clauses(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is the base of a comparison) for each clause of a sentence."""
    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    out = []
    for a, b in itertools.pairwise(cuts):
        if b > a:
            out.append((a, b, bool(_BASE_MARK.match(text[a:b].lstrip(" ,;")))))
    return out


def _clause_at(text: str, at: int) -> str:
    """The clause holding offset `at`, with the main clause when it is a comparison's base
    ("…, compared with analysts' estimates of 506,000" is an estimate; "…, up from the
    $29.8 billion it spent in 2024" reports what was spent)."""
    clauses = _clauses(text)
    for a, b, base in clauses:
        if a <= at < b:
            return text[a:b] if base or (a, b, base) == clauses[0] else text[:b]
    return text


def _period(text: str, published: dt.date | None, outlook: bool = False,
            at: int | None = None) -> tuple[str | None, str | None]:
    """(period, unresolved relative expression) the figure at offset `at` is for.

    The period named in the figure's own clause wins; a figure outside any comparison
    takes the main clause's period, never the comparison's base ("$94.9 billion for the
    fiscal fourth quarter, up 6% from the same quarter of 2023": the fourth quarter).
    Fiscal periods are marked "FY" and never equal calendar ones. A bare "fourth quarter"
    in a report published in January is the quarter just past; in an outlook the next.
    """
    fiscal = _FISCAL_RELATIVE.search(text)
    if fiscal and published is not None:
        offset = {"last": -1, "next": 1}.get(fiscal.group(1).lower(), 0)
        return f"FY{published.year + offset}", None
    # "first fiscal quarter of 2025": read as "first quarter of 2025" (offsets kept), and
    # marked fiscal below from the original words
    scan = _FISCAL_INFIX.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), text)
    clauses = _clauses(text)
    where = at if at is not None else 0

    def clause_of(pos: int) -> int:
        return next((n for n, (a, b, _) in enumerate(clauses) if a <= pos < b), 0)

    mine = clause_of(where)
    # a ';' ends a statement: dates beyond one belong to another statement
    lo = text.rfind(";", 0, where) + 1
    hi = text.find(";", where)
    hi = len(text) if hi < 0 else hi
    candidates: list[tuple[int, DateMatch]] = []
    unresolved = None
    for d in find_dates(scan, published):
        if d.value is None:
            if d.relative and unresolved is None:
                unresolved = d.text
            continue
        if d.value.precision not in {"year", "quarter", "half"}:
            continue
        n = clause_of(d.start)
        if not lo <= d.start < hi:
            continue
        if n == mine:
            rank = 0
        elif clauses[n][2]:
            continue  # the base of a comparison is not this figure's period
        else:
            rank = 1 + abs(n - mine)
        candidates.append((rank, d))
    if candidates:
        d = min(candidates, key=lambda c: (c[0], c[1].start > where, abs(c[1].start - where)))[1]
        value = d.value
        assert value is not None
        if d.relative and published is not None and not _EXPLICIT_RELATIVE.search(d.text):
            if not outlook and value.start > published:
                value = _shift(value, -1)
            elif outlook and value.end < published:
                value = _shift(value, 1)
        before = text[max(0, d.start - 12) : d.end].lower()
        fiscal_mark = "FY" if ("fiscal" in before or "fy" in d.text.lower()) else ""
        return fiscal_mark + value.value, None
    if unresolved is None and published is None:
        m = _RELATIVE.search(text)
        unresolved = m.group(0) if m else None
    return None, unresolved


# "spend $5 billion on marketing" is spending on marketing, not capital expenditure
_SPEND_ON = re.compile(r"\bspen(?:d|ds|ding|t)\b[^.;]{0,60}?\bon ([a-z][a-z-]+(?: [a-z-]+)?)")
_CAPITAL_OBJECTS = re.compile(
    r"^(?:ai|artificial|infrastructure|data|capital|chips?|servers?|gpus?|compute|computing"
    r"|capacity|equipment|facilities|construction|property|hardware|network|cloud)\b"
)


# Words before a metric that do not narrow it: "total revenue", "quarterly revenue"
_NOT_QUALIFIERS = frozenset(
    """total overall net gross reported record quarterly annual full-year full year
    fiscal first second third fourth first-quarter second-quarter third-quarter
    fourth-quarter year-end its their the company's company group consolidated
    adjusted headline combined expected estimated projected planned its own""".split()
)
_QUALIFIER_NOISE = frozenset({"segment", "business", "unit", "division", "group", "arm"})
_SCALE_WORDS = frozenset({"billion", "million", "trillion", "thousand", "bn", "mn", "m", "b",
                          "k", "percent", "per", "cent", "dollars", "usd", "record"})
#: Metrics a noun before them can narrow ("data center revenue"); verbs such as "values"
#: or "raised" take no qualifier.
_QUALIFIABLE = frozenset({"revenue", "net income", "operating income", "margin", "capex",
                          "expenses", "users", "headcount", "market share", "cost"})


def _qualifier(sent: str, at: int, subject: str) -> str:
    """What narrows a metric: "data center revenue", "AWS revenue", "AI capital spending"."""
    words = re.findall(r"[\w&'’.-]+", sent[max(0, at - 40) : at])[-2:]
    keep: list[str] = []
    for w in reversed(words):
        low = w.lower().rstrip(".").replace("’", "'")
        if (low in _NOT_QUALIFIERS or low in STOPWORDS or low in TELLING_VERBS
                or low in _SCALE_WORDS or low.endswith(("'s", "ed", "ly"))
                or low == subject.lower()
                or re.fullmatch(r"(?:q[1-4]|h[12]|fy\d*|\d[\d,.]*%?|\$.*)", low)):
            break
        keep.insert(0, low)
    return " ".join(w.replace("-", " ") for w in keep if w not in _QUALIFIER_NOISE)


def _metric(ctx: Context, sent: str, fig: FigureMatch, subject: str) -> str | None:
    q = fig.quantity
    found = ctx.lex.metric_at(sent, fig.start, fig.end, q.unit)
    metric = found[0] if found else None
    if metric is None and q.unit == "count" and fig.noun:
        metric = normalise(fig.noun) or None
    if metric == "capex":
        on = _SPEND_ON.search(sent)
        if on and not _CAPITAL_OBJECTS.match(on.group(1)):
            metric = f"spending on {on.group(1)}"
    base = metric.removesuffix(" change") if metric else None
    if base in _QUALIFIABLE and metric and found and found[1] >= 0:
        qualifier = _qualifier(sent, found[1], subject)
        if qualifier:
            metric = f"{qualifier} {metric}"
    return metric


def _figure(ctx: Context, section: Section, line: Line, quote: str, sent: str,
            fig: FigureMatch, mentions: list[Mention], provenance: Provenance,
            who: str | None) -> FigureClaim | None:
    q = fig.quantity
    subject = _subject_for(mentions, sent, fig.start, ctx.primary)
    metric = _metric(ctx, sent, fig, subject)
    if not subject and metric is None:
        return None  # a number about nothing named: not check-worthy
    how = basis(_clause_at(sent, fig.start), who)
    period, unresolved = _period(sent, ctx.published, outlook=how != "actual", at=fig.start)
    key = f"figure|{subject.lower()}|{metric or '?'}|{q.unit}"
    label = " ".join(p for p in (subject, metric or "", period or "") if p)
    value = q.value + (f" ({period})" if period else "")
    if unresolved:
        value += f" ({unresolved!r} unresolved: the source has no date)"
    return FigureClaim(
        **_base(ctx, line, quote, section, provenance, value, label or fig.text, mentions,
                key, who),
        quantity=q,
        metric=metric or "",
        period=period,
        unresolved=unresolved,
        basis=how,
    )


def _is_future(sent: str, published: dt.date | None) -> bool:
    """A prediction: 'will …', or reported speech about the future that is not itself the
    report of a dated past event ("On April 9 the government told Nvidia exports would
    require a license" is an event of April 9)."""
    if _FUTURE.search(sent):
        return True
    if not _WOULD.search(sent):
        return False
    for d in find_dates(sent, published):
        v = d.value
        if v is not None and v.precision in {"day", "part", "month"} and (
                published is None or v.end < published):
            return False
    return True


def _sentences(ctx: Context, section: Section, line: Line, text: str) -> list[Claim]:
    """Claims of one line of prose: forecasts, figures, dated events, definitions, statements."""
    out: list[Claim] = []
    parts = list(sentences(text))
    for _, sent in parts:
        quote = text if len(parts) == 1 else sent
        if _IMPERATIVE.match(sent):
            continue
        provenance = section.provenance
        if provenance == "reported" and _FIRST_PERSON.search(sent):
            provenance = "opinion"
        mentions = ctx.gaz.find(sent)
        who = attribution(sent)
        figures = find_figures(sent)
        # digits that belong to a name ("iPhone 16 sales", "Nasdaq 100") are no figure
        named = [(m.start, m.end) for m in mentions if m.kind != "company"]
        figures = [f for f in figures if not any(a < f.end and f.start < b for a, b in named)]
        claims: list[Claim] = []
        for fig in figures:
            claim = _figure(ctx, section, line, quote, sent, fig, mentions, provenance, who)
            if claim is not None:
                claims.append(claim)
        if _is_future(sent, ctx.published):
            # a prediction is tracked until its deadline; the figures it names with a
            # metric ("will spend $65 billion this year") are compared as outlook figures
            due = deadline(sent, ctx.published)
            if due is None and ctx.published is not None and _YEAR_END.search(sent):
                due = dt.date(ctx.published.year, 12, 31)
            companies = _companies(mentions)
            subject = companies[0] if companies else ""
            out.append(ForecastClaim(
                **_base(ctx, line, quote, section, provenance,
                        due.isoformat() if due else "no deadline", clean(sent), mentions,
                        f"forecast|{subject.lower()}", who),
                due=due,
            ))
            out.extend(c for c in claims if isinstance(c, FigureClaim) and c.metric)
            continue
        if claims:
            out.extend(claims)
            continue
        dated = _dated_event(ctx, section, line, quote, sent, provenance)
        if dated is not None:
            out.append(dated)
            continue
        definition = _DEFINITION.match(sent)
        products = _products(mentions)
        if definition and products and products[0].start < definition.end(1):
            name = products[0].name
            out.append(EntityClaim(
                **_base(ctx, line, quote, section, provenance, normalise(sent), name, mentions,
                        f"entity|{name.lower()}"),
                entity=name,
            ))
            continue
        if _check_worthy(sent, mentions):
            subject = (_companies(mentions) or [m.name for m in mentions] or [""])[0]
            out.append(StatementClaim(
                **_base(ctx, line, quote, section, provenance, normalise(sent), clean(sent),
                        mentions, f"statement|{subject.lower()}"),
            ))
    return out


_PRECISION_RANK = {"day": 0, "part": 1, "month": 2, "quarter": 3}
_NEXT_WORD = re.compile(r"[\s-]*([a-z][a-z'-]*)")


def _modifies_noun(sent: str, end: int) -> bool:
    """The date at sent[:end] is followed by a noun it describes ("results", "capex")."""
    m = _NEXT_WORD.match(sent, end)
    return m is not None and m.group(1) not in STOPWORDS and m.group(1) not in TELLING_VERBS


def _dated_event(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> TimelineClaim | None:
    """A sentence of prose that dates an event: "In April 2024, Meta unveiled …".

    The most precise date is the event's ("reported first-quarter results on May 28":
    May 28, not the quarter); the event is the sentence without its date phrase.
    """
    if not _PAST_EVENT.search(sent):
        return None
    found = [d for d in find_dates(sent, ctx.published)
             if d.value is not None and d.value.precision in _PRECISION_RANK]
    if not found:
        return None
    # "first-quarter results", "2025 capex": a date that modifies a noun is a period, not
    # when the event happened; of the rest the first is the event's
    own = [d for d in found if not _modifies_noun(sent, d.end)]
    best = own[0] if own else min(
        found, key=lambda d: _PRECISION_RANK[d.value.precision] if d.value else 9)
    assert best.value is not None
    before = re.sub(r"\b(?:on|in|during|since|by|as of|at the end of|the)\s*$", "",
                    sent[: best.start], flags=re.IGNORECASE)
    event = f"{before.strip()} {sent[best.end :].lstrip(' ,')}".strip(" ,")
    claim = _timeline(ctx, section, line, event or sent, best.value, provenance)
    return claim.model_copy(update={"text": quote})


def _check_worthy(sent: str, mentions: list[Mention]) -> bool:
    words = sent.split()
    return len(words) >= 7 and not sent.rstrip().endswith("?") and bool(mentions)


def _primary_company(gaz: Gazetteer, title: str | None, article: Article) -> str:
    """Of the companies the title names, the one the text names most; else the company
    the text names most."""
    counts: dict[str, int] = {}
    for sec in article.sections:
        for ln in sec.lines:
            for name in gaz.companies(ln.text):
                counts[name] = counts.get(name, 0) + 1
    in_title = gaz.companies(title or "")
    pool = in_title or sorted(counts)
    if not pool:
        return ""
    return max(pool, key=lambda n: (counts.get(n, 0), -pool.index(n)))


def extract(article: Article, gaz: Gazetteer | None = None,
            lex: Lexicon | None = None) -> list[Claim]:
    """Every claim of one article, in file order."""
    src = article.source
    if src.format is None or src.duplicate_of is not None:
        return []
    ctx = Context(
        source=src.id,
        path=src.path,
        outlet=src.outlet or src.id,
        origin=src.origin or src.outlet or src.id,
        published=src.published,
        primary="",
        gaz=gaz or load_gazetteer(),
        lex=lex or load_lexicon(),
    )
    title_norm = (src.title or "").strip().casefold()
    ctx = dataclasses.replace(ctx, primary=_primary_company(ctx.gaz, src.title, article))
    out: list[Claim] = []
    for section in article.sections:
        if section.role in {"advice", "chrome", "insight"} and not section.lines:
            continue
        if section.role == "advice":
            continue
        if section.role == "timeline":
            out.extend(timeline_section(ctx, section))
        elif section.role == "table":
            out.extend(table_section(ctx, section))
        else:
            table: list[Line] = []
            for line in (*section.lines, None):
                if line is not None and is_pipe_row(line.text):
                    table.append(line)
                    continue
                if table:  # a Markdown or HTML table inside prose
                    out.extend(_table_block(ctx, section, table))
                    table = []
                if line is None:
                    break
                text = clean(line.text)
                if not text or (title_norm and title_norm.startswith(text.casefold())):
                    continue  # the title, or its first line, repeated in the page
                out.extend(_sentences(ctx, section, line, text))
    return out


def _table_block(ctx: Context, section: Section, rows: list[Line]) -> list[Claim]:
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
                **_base(ctx, line_of[cell.line], text, table, table.provenance, value,
                        " ".join(p for p in (subject, metric, period or "") if p), [],
                        f"figure|{subject.lower()}|{metric}|{q.unit}"),
                quantity=q,
                metric=metric,
                period=period,
                basis=how,
            ))
    return out
