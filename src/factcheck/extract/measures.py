"""Figure claims: a number tied to its subject, metric, period and basis."""

from __future__ import annotations

import dataclasses
import functools
import re

from factcheck.extract.attribution import basis
from factcheck.extract.clock import CLOCK, ZONE_MARK, clock_moment, clock_zone
from factcheck.extract.context import Context, built, claim_fields
from factcheck.extract.dates import find_dates, parse_date
from factcheck.extract.durations import AGE, BARE, DAY, unit_stems
from factcheck.extract.events import reports_event
from factcheck.extract.figures import (
    OUT_OF,
    RANK,
    FigureMatch,
    directed,
    in_basis_points,
    part_of_those,
    scale_top,
)
from factcheck.extract.measured import RATE_UNITS, identify, sized
from factcheck.extract.periods import clause_at, figure_period, own_time, split_clauses
from factcheck.extract.readings import is_scale
from factcheck.extract.tallies import TALLY
from factcheck.extract.text import (
    CLOSED_CLASS,
    STOPWORDS,
    TELLING_VERBS,
    WIRE_DATELINE,
    normalise,
    stem,
)
from factcheck.extract.units import units
from factcheck.gazetteer import Mention
from factcheck.models import FigureClaim, Line, Provenance, Quantity, Section
from factcheck.yamlio import packaged

#: What a bare duration measures when its noun is only its unit's ("for 52 hours").
DURATION = "duration"
#: The modifiers a bare duration keeps: those that make another quantity of it (the
#: "after" of "reopened after 52 hours" tells no comparison base, and the "not" of "had
#: not been checked for 11 weeks" denies the check, not its length).
_BARE_KEPT = frozenset({"increment", "change"})
def _hyphened_noun(noun: str | None) -> str:
    """The noun a hyphenated length of time is of, as a stem ("a 36-hour deep clean
    before …": clean; "the nine-day heatwave peaked": heatwave): the last of the two
    words at most after its unit that run up to a verb in -ed, a function word or the
    end."""
    words = (noun or "").split()[1:]  # past the unit ("hour deep clean")
    kept: list[str] = []
    for w in words[:2]:
        if not w.isalpha() or not w.islower() or w in STOPWORDS or w.endswith("ed"):
            break
        kept.append(w)
    return stem(kept[-1]) if kept else ""


_POSSESSIVE = re.compile(r"\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})['’]s\b")
# A sentence-initial name the gazetteer does not know: "Rivian expects", "SoftBank:".
# Every sentence starts with a capital, so a single plain word counts only before a verb
# a company does ("Data center revenue rose" has no subject named).
_LEAD_NAME = re.compile(
    r"^(?:The )?((?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){1,2})|[A-Z]+\b|[A-Z][a-z]+[A-Z0-9][\w&.-]*"
    r"|[A-Z][\w&.-]*(?=:|\s+(?:said|says|reported|reports|expects|expected|posted|plans|planned"
    r"|announced|raised|delivered|shipped|sold|spent|will|forecast|guided|earned|lost)\b))"
    r"(?::|\s+[a-z])"
)
_NOT_SUBJECTS = frozenset(
    """First Second Third Fourth Full-year Full Quarterly Annual Fiscal First-quarter
    Second-quarter Third-quarter Fourth-quarter Full-year Year-end Half-year The This That
    These Those It Its In On At For By But And However Meanwhile Last Next
    Shares Stock Revenue Sales He She They We I A An As If When While After Before Still Yet
    Also Earlier Later Separately Analysts Investors Total Overall Some Most Many According
    Semiconductors Hyperscalers Hyperscaler Industry Market Markets""".split()
)


_MONTHS = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def subject_for(mentions: list[Mention], sent: str, start: int, primary: str = "") -> str:
    """Whom a figure at `start` is about: a named product just before it, a company named
    in the possessive ("Meta's"), the nearest company before it, or the sentence's subject
    (a company named after it is told of in passing: "…, and a video spread on TikTok")."""
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
    if products:
        return products[-1].name
    for regex in (_POSSESSIVE, _LEAD_NAME):
        m = regex.search(sent)
        if (m and m.group(1).split()[0] not in _NOT_SUBJECTS and not _MONTHS.match(m.group(1))
                and not find_dates(m.group(1))):
            return m.group(1)
    if before:
        return before[-1].name
    return primary


# "spend $5 billion on marketing" is spending on marketing, not capital expenditure
_VARIANT = re.compile(
    # ("including an elderly man", "including the pilot", "including more than 300
    # growers", "including Orvane": members of what is counted, named one by one, are no
    # other measure; nor is what a clause set off by a comma lists: "nine of the 11
    # charges he faced, including fraud")
    r"\b(?:excluding|excl\.|(?<!,\s)(?:including|incl\.)"
    r"(?!\s+(?:a|an|the|his|her|their|its|[0-9]|more|less|fewer|over|under|about|around"
    r"|some|nearly|almost|roughly|at)\b)(?!\s+(?-i:[A-Z]))"
    r"|ex-[a-z]+)"
    r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?"
    # "adjusted" as an adjective ("adjusted earnings"), not the verb ("has adjusted its
    # expectation", "was adjusted down")
    r"|(?<!has )(?<!have )(?<!had )(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"
    r"\badjusted\b(?!\s+(?:its|their|the|his|her|our|a|an|down|up|for|to)\b)"
    r"|\b(?:non-gaap|gaap|pro forma|organic|constant[- ]currency)\b",
    re.IGNORECASE,
)
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
    # never past a comma: "despite the year-over-year decline, sales …" are sales
    window = re.split(r"[,;:()]", sent[max(0, at - 50) : at])[-1]
    words = [w for w in re.findall(r"[\w&'’.-]+", window)
             if w.lower() not in _QUALIFIER_NOISE][-2:]
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


_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|are|have been|had been|remain|remained)"
                            r"\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|ung|own))\b")


# "$HLDX -6.2%", "$ORV +3.1% premarket": a ticker's cashtag before a percentage
_CASHTAG_BEFORE = re.compile(r"(?<![\w$])\$[A-Z]{1,6}[ \u00a0]+\+?$")


_MONEY = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "HKD", "AUD", "CAD", "INR"})
_FOR_BEFORE = re.compile(r"\bfor (?:about |around |roughly |between |up to )?$", re.IGNORECASE)


def _sold_for(ctx: Context, sent: str, start: int) -> bool:
    """Money right after "for" in a clause a verb of selling tells ("sold online for")."""
    if not ctx.lex.sold or not _FOR_BEFORE.search(sent, max(0, start - 20), start):
        return False
    clause = re.split(r"[,;:]", sent[:start])[-1]
    return any(w in ctx.lex.sold for w in re.findall(r"[a-z]+", clause.lower()))


_PLAIN = r"[a-z][a-z]*(?:-[a-z]+)*"
# "a €48 million fee", "£2.4m compensation ordered": the noun right after the sum
_NOUN_AFTER = re.compile(rf"[ \u00a0]({_PLAIN})(?:[ \u00a0]({_PLAIN}))?(?![\w-])")
# "compensation of £2.4m", "a release clause of 60 million euros"
_NOUN_OF = re.compile(rf"\b({_PLAIN}) of (?:about |around |some |roughly )?$",
                      re.IGNORECASE)
# "£2.4 million in compensation", "8 million euros in performance-related add-ons"
_NOUN_IN = re.compile(rf"[ \u00a0]in ({_PLAIN})(?: ({_PLAIN}))?(?![\w-])")
# "add-ons worth up to €8m", "a deal worth $5 billion"
_NOUN_WORTH = re.compile(
    rf"\b({_PLAIN}) worth (?:about |around |up to |some |roughly )?$",
    re.IGNORECASE)


def _fingerprinted(q: Quantity) -> bool:
    """A count written exactly to four significant digits or more: it may agree with the
    same number however told, though its sentence says nothing of what it counts."""
    v = q.low
    return q.unit == "count" and q.bound == "exact" and v is not None and q.low == q.high \
        and q.step > 0 and abs(v) / q.step >= 1000


def _money_noun(ctx: Context, sent: str, start: int, end: int) -> tuple[str, str] | None:
    """What a sum of money the lexicon names no metric for is a sum of: (the noun it is
    told with, a word narrowing it or ''): "a €48 million fee", "compensation of £2.4m",
    "£2.4 million in compensation", "add-ons worth up to €8m", "a $5 billion loan
    facility" (facility, narrowed by loan); None when none is told, or the noun names no
    sum of its own ("a total of")."""
    skip = STOPWORDS | ctx.lex.not_money_nouns

    def plain(w: str | None) -> bool:
        return w is not None and w.lower() not in skip \
            and not w.lower().endswith(("ed", "ly", "ing"))

    def noun(narrow: str | None, head: str | None) -> tuple[str, str] | None:
        if not plain(head):
            return None
        told = normalise((head or "").lower())
        if not told:
            return None
        return told, normalise(narrow.lower()) if narrow and plain(narrow) else ""

    before = sent[max(0, start - 40) : start]
    for m in (_NOUN_OF.search(before), _NOUN_WORTH.search(before)):
        if m:
            # the noun itself: a word before it may be a verb ("includes add-ons worth")
            return noun(None, m.group(1))
    after = _NOUN_AFTER.match(sent, end)
    if after:
        first, second = after.groups()
        if first.lower() == "in":
            inside = _NOUN_IN.match(sent, end)  # "£2.4 million in compensation and …"
            if inside is None:
                return None
            x, y = inside.groups()
            return noun(x, y) if plain(y) else noun(None, x)
        if not plain(first):
            return None
        # "£2.4m compensation ordered": a verb after the noun ends it
        return noun(first, second) if plain(second) else noun(None, first)
    return None


# "a 10 per cent", "an extra 5%", "a massive 8.5%": an article (and a word) before the
# percentage makes it the adjective of the noun after it
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _percent_noun(ctx: Context, sent: str, start: int, end: int) -> str:
    """The noun a percentage is the adjective of ("a 10 per cent service credit" →
    "service credit", "a 6.5% pay rise" → "pay": the rise is its change), or ''; none
    when the noun is the change itself ("a 5% rise in sales") or names nothing."""
    if _ARTICLE_BEFORE.search(sent, max(0, start - 24), start) is None:
        return ""
    after = _NOUN_AFTER.match(sent, end)
    if after is None:
        return ""
    skip = STOPWORDS | ctx.lex.not_money_nouns | ctx.lex.changes | ctx.lex.comparatives
    words = [w for w in after.groups() if w]
    if not words or words[0].lower() in skip or words[0].lower().endswith(("ly", "ing")):
        return ""
    if len(words) > 1 and (words[1].lower() in skip or words[1].lower().endswith(
            ("ed", "ly", "ing"))):
        words = words[:1]  # "a 6.5% pay rise": the pay rises
    return normalise(" ".join(words).lower())


def _metric(ctx: Context, sent: str, fig: FigureMatch, subject: str) -> str | None:
    q = fig.quantity
    found = ctx.lex.metric_at(sent, fig.start, fig.end, q.unit)
    metric = found[0] if found else None
    if q.unit == "%" and _CASHTAG_BEFORE.search(sent, max(0, fig.start - 12), fig.start):
        # a percentage told right after a ticker is how its share price moved
        return "share price"
    if metric is None and q.unit in _MONEY and _sold_for(ctx, sent, fig.start):
        metric = "cost"  # "were sold in stores and online … for $89 to $129": the price
    if metric is None and q.unit in _MONEY:
        told = _money_noun(ctx, sent, fig.start, fig.end)
        metric = told[0] if told else None
    if q.unit == "%" and (metric is None or (found is not None and found[1] < fig.start)):
        # "a 10 per cent service credit", "a massive 8.5% pay rise": a percentage told as
        # the adjective of a noun is a rate of that noun, whatever the clause names before
        noun = _percent_noun(ctx, sent, fig.start, fig.end)
        if noun:
            metric, found = ctx.lex.metric_of(noun) or noun, None
    if q.unit == "count":
        # a count is never measured in money or in another unit ("the investment covers
        # four new depots", "20 pumps to power the works" count depots and pumps); a
        # bare number that is the subject of a passive verb is measured by its own verb
        # ("four were treated at the scene and nine were injured")
        other = ctx.lex.money | {m for u, m in ctx.lex.units.items() if u != "count"}
        passive = None if fig.noun else _PASSIVE_AFTER.match(sent, fig.end)
        if passive and not (found is not None and found[1] == passive.start(1)):
            # (a phrase of the lexicon the passive verb opens is its metric: "13 were
            # pulled out alive")
            metric, found = ctx.lex.metric_of(passive.group(1)), None
        elif fig.noun and (metric is None or metric in other):
            metric, found = normalise(fig.noun) or None, None
    if metric == "capex":
        on = _SPEND_ON.search(sent)
        if on and not _CAPITAL_OBJECTS.match(on.group(1)):
            metric = f"spending on {on.group(1)}"
    base = metric.removesuffix(" change") if metric else None
    if base in _QUALIFIABLE and metric and found and found[1] >= 0 \
            and not _told_as_verb(ctx, sent, found[1]):
        qualifier = _qualifier(sent, found[1], subject)
        if qualifier:
            metric = f"{qualifier} {metric}"
    if metric:
        # "$8.26 billion …, excluding finance leases", "adjusted": another measure of the
        # metric (searched in the whole sentence: precision first), unless it narrows
        # another metric the sentence names ("sales of $2.3 billion and an adjusted margin
        # of 14%": the margin is adjusted)
        variant = next((v for v in _VARIANT.finditer(sent)
                        if not _narrows_other(ctx, sent, v.end(), metric)), None)
        if variant:
            metric = f"{metric} ({' '.join(variant.group(0).lower().split())})"
    return metric


def _narrows_other(ctx: Context, sent: str, end: int, metric: str) -> bool:
    """The variant word ending at sent[end] is an adjective of another metric named right
    after it than `metric`."""
    after = ctx.lex.metric_re.match(sent, len(sent) - len(sent[end:].lstrip()))
    other = ctx.lex.metric_of(after.group(1)) if after else None
    return other is not None and other != metric.removesuffix(" change")


# A determiner or a figure right after a metric's word makes the word a verb ("the film
# cost a reported $185 million", "the deal cost $2bn"), not a noun a word before it may
# narrow ("film cost").
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|its|their|about|around|some|nearly|almost|"
                           r"roughly|just|over|under|more|less|[$€£¥₹]|\d)", re.IGNORECASE)


def _told_as_verb(ctx: Context, sent: str, at: int) -> bool:
    """The metric's phrase at `at` is told as a verb with its object after it."""
    m = ctx.lex.metric_re.match(sent, at)
    return m is not None and _OBJECT_AFTER.match(sent, m.end()) is not None


def _product_before(mentions: list[Mention], start: int) -> str:
    """A named product just before the figure owns it ("the B200 draws 1,000W")."""
    products = [m for m in mentions if m.kind not in {"company", "index"} and m.end <= start]
    return products[-1].name if products and start - products[-1].end <= 40 else ""


def _as_of(sent: str, ctx: Context, at: int) -> str:
    """The day the sentence tells the figure at `at` of, resolved against the page's date
    when relative (a clause of its own tells its own days)."""
    for d in find_dates(sent, ctx.published):
        if not own_time(sent, at, d.start):
            continue
        if d.value is not None and d.value.precision == "day":
            return d.value.value
        if d.value is None and d.relative:
            return d.text.lower()
    return ""


def _plural(word: str) -> bool:
    """A word that reads as a plural ("Judges", "Officials"; not "Press")."""
    return word.endswith("s") and not word.endswith("ss")


def _canonical(ctx: Context, name: str) -> str:
    """A name as the gazetteer spells it ("Alphabet" → Google), else as written."""
    known = ctx.gaz.companies(name) if name else []
    return known[0] if known else name


def _company_of(mentions: list[Mention], sent: str, start: int) -> str:
    """The company a sentence names for the figure at `start`: one in the possessive, else
    the nearest before it, else the first."""
    companies = [m for m in mentions if m.kind == "company"]
    owned = [m for m in companies if sent[m.end : m.end + 2] in {"'s", "’s"}]
    near = [m for m in companies if m.end <= start]
    pick = owned[:1] or near[-1:] or companies[:1]
    return pick[0].name if pick else ""


@functools.cache
def _denominators() -> tuple[re.Pattern[str], dict[str, str]]:
    """The rate grammar: up to two words of the counted noun, then "a", "an", "per",
    "each" or "/", then a denominator `data/numbers.yaml` names (`per:`)."""
    forms = {str(f).lower(): str(d) for d, fs in packaged("numbers.yaml")["per"].items()
             for f in (d, *fs)}
    body = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    # "£30m a year earlier", "a month ago": a time back, no rate ("$7,080 a year before
    # rebates" is one)
    back = r"(?![ \u00a0]+(?:earlier|ago|later|previously|before(?![ \u00a0]+(?!that\b)[a-z])))"
    return (re.compile(rf"(?:[ \u00a0]+[a-z][\w-]*){{0,2}}?(?:[ \u00a0]+(?:a|an|per|each)"
                       rf"[ \u00a0]+|[ \u00a0]*/[ \u00a0]*)({body})(?![\w-]){back}",
                       re.IGNORECASE), forms)


def _per_unit(sent: str, end: int) -> str:
    """The denominator of a rate told right after a figure ("$590 a month": month)."""
    grammar, forms = _denominators()
    m = grammar.match(sent, end)
    return forms[m.group(1).lower()] if m else ""


@functools.cache
def _negation() -> re.Pattern[str]:
    words = sorted((str(w) for w in packaged("numbers.yaml")["negations"]), key=len,
                   reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"
                      r"|n[’']t\b", re.IGNORECASE)


def _denied(clause: str) -> bool:
    """The clause negates what it tells ("did not", "isn't", "never")."""
    return ("n" in clause or "N" in clause) and _negation().search(clause) is not None


def _clause_span(sent: str, at: int) -> tuple[int, int]:
    """Where the clause of the sentence holding offset `at` starts and ends."""
    for a, b, _ in split_clauses(sent):
        if a <= at < b:
            return a, b
    return 0, len(sent)


def _own_clause(sent: str, at: int) -> str:
    """The clause of the sentence holding offset `at`, alone."""
    a, b = _clause_span(sent, at)
    return sent[a:b]


def _base_step(sent: str, at: int, period: str | None, ctx: Context) -> str:
    """What a change is told against when the base of its comparison names a period one
    step before the figure's own ("from the first quarter" of a second-quarter figure: a
    quarter; "than the same period in 2024" of a 2025 quarter: a year), else ''."""
    own = parse_date(period) if period and not period.startswith("FY") else None
    if own is None:
        return ""
    clauses = split_clauses(sent)
    mine = next((n for n, (a, b, _) in enumerate(clauses) if a <= at < b), None)
    if mine is None:
        return ""
    steps = {("quarter", 1): "quarter", ("quarter", 4): "year", ("month", 1): "month",
             ("month", 12): "year", ("year", 1): "year", ("half", 2): "year"}
    for a, b, base in clauses[mine + 1 :]:
        if not base:
            break
        for d in find_dates(sent[a:b], ctx.published):
            v = d.value
            if v is None:
                continue
            if v.precision == "year" and own.precision != "year":
                gap = own.start.year - v.start.year  # "the same period in 2024"
                return "year" if gap == 1 and "same" in sent[a:b].lower() else ""
            months = (own.start.year - v.start.year) * 12 + own.start.month - v.start.month
            per = {"quarter": 3, "month": 1, "year": 12, "half": 3}.get(v.precision, 0)
            if v.precision != own.precision or not per or months % per:
                return ""
            return steps.get((v.precision, months // per), "")
    return ""


_SUBORDINATOR = re.compile(r"\b(?:after|because|as|when|following|since|once)\b",
                           re.IGNORECASE)


def _basis_clause(sent: str, at: int) -> str:
    """The words that say on what basis the figure at `at` is told: its clause with the
    main clause (periods.clause_at), from the last subordinate clause before it that reports
    what happened ("raised its full-year forecast after sales rose 3.2%": the 3.2% is
    reported, whatever the main clause forecasts)."""
    text = clause_at(sent, at)
    start = sent.find(text)
    if start < 0:
        return text
    last = None
    for m in _SUBORDINATOR.finditer(sent, start, at):
        last = m
    if last is None or not reports_event(sent[last.end() : at + 40]):
        return text
    return sent[last.start() : start + len(text)]


@functools.lru_cache(maxsize=64)
def _running_stems(running: frozenset[str]) -> frozenset[str]:
    """The stems of the lexicon's running counts ("cases": case)."""
    return frozenset(stem(w) for w in running)


#: A piece set between commas after a clause's subject and before its verb: a past or
#: present participle and what it tells ("The offer, made in September, was 6.5%"), or a
#: relative clause ("The bridge, which opened in 1998, is 1.2 km long").
_INSERT = re.compile(r",\s+(?:(?:which|who)\s|(?:[a-z]+(?:ed|en|wn|de|ld|ing))\s)[^,;:()]{1,60},\s+"
                     r"(?=([a-z][a-z'’]*)\b)")
#: How far before a figure an inserted piece may close.
_INSERT_REACH = 40


def without_insert(sent: str, at: int) -> str:
    """`sent` with the piece set between commas blanked out (offsets kept) when it stands
    between the subject opening the figure's clause and the verb of that clause, the
    figure right after that verb, so the figure is read as "The government's original
    offer was 6.5%": the piece tells of the subject, not of the figure (a pronoun or a
    determiner after it opens a clause of its own: kept). A figure after a determiner is
    the verb's object ("Chief Ruiz, who led the search, thanked the 2,150 crew"): no
    measure of the subject, so the piece stays."""
    head = sent[:at]
    for m in _INSERT.finditer(head):
        if at - m.end() > _INSERT_REACH or re.search(r"[,;:()]", head[m.end():]):
            continue
        if m.group(1).lower() in _SUBJECT_WORDS or re.search(r"[,;:()]", head[: m.start()]):
            continue  # the clause after it has a subject ("…, made in May, it was …")
        if not _DETERMINERS.isdisjoint(w.lower() for w in head[m.end():].split()):
            continue  # the figure counts the verb's object ("…, thanked the 2,150 crew")
        if not re.search(r"[A-Za-z]", head[: m.start()]):
            continue
        return sent[: m.start()] + " " * (m.end() - m.start()) + sent[m.end():]
    return sent


#: Words that open a noun phrase: a figure after one counts a verb's object.
_DETERMINERS = frozenset("the a an its their his her our your my this that these those".split())
#: Words opening a clause of its own: a determiner or pronoun (its subject), a conjunction.
_SUBJECT_WORDS = CLOSED_CLASS - frozenset(
    "is are was were be been has have had will would can could may might should shall do "
    "does did".split())


def figure_claim(ctx: Context, section: Section, line: Line, quote: str, sent: str,
            fig: FigureMatch, mentions: list[Mention], provenance: Provenance,
            who: str | None) -> FigureClaim | None:
    q = fig.quantity
    sent = without_insert(sent, fig.start)
    subject = subject_for(mentions, sent, fig.start, ctx.primary)
    metric = _metric(ctx, sent, fig, subject)
    ident = identify(sent, fig.start, fig.end, fig.noun, metric, ctx.lex, q.unit, ctx.lower)
    if is_scale(q.unit) or q.unit in {TALLY, AGE, RANK}:
        # a reading is of the thing it reads on its scale ("the earthquake's magnitude"),
        # whatever verb the sentence tells it by; so is a position, whatever verb tells
        # it ("rose to 87th", "is 87th")
        ident = dataclasses.replace(ident, measure=q.unit, head=fig.noun or "",
                                    kind=fig.noun or "", predicate=q.unit,
                                    modifiers=tuple(m for m in ident.modifiers
                                                    if m in {"base", "whole"}))
        metric = q.unit
    elif q.unit == DAY and fig.bare:
        # a length of time told of no thing ("for 52 hours", "a 19-day build"): read as a
        # count of its unit would be (what its clause tells it with), its noun the thing
        # measured only when it is no unit's ("build"); it may agree, never clash
        # what lasted, when the clause names it ("the siege lasted nine days", "13 hours
        # of debate"), is what the length is told by
        ident = identify(sent, fig.start, fig.end, fig.noun, None, ctx.lex, lower=ctx.lower)
        noun = _hyphened_noun(fig.noun) if "-" in fig.text else ident.head
        noun = "" if noun in unit_stems() else noun
        ident = dataclasses.replace(ident, measure=noun or DURATION, head=noun, kind="",
                                    predicate=stem(fig.told) if fig.told else ident.predicate,
                                    modifiers=(*(m for m in ident.modifiers
                                                 if m in _BARE_KEPT), BARE))
        metric = noun or DURATION
    elif q.unit == DAY and fig.noun:
        # a duration is the length of the thing it tells ("a five-year contract", "jailed
        # for seven years": the sentence), whoever's it is
        ident = dataclasses.replace(ident, measure=fig.noun, head=fig.noun, kind="",
                                    predicate=fig.noun,
                                    modifiers=tuple(m for m in ident.modifiers
                                                    if m in {"base", "whole", "increment"}))
        metric = fig.noun
    elif q.unit == CLOCK:
        # a time of day is when its thing began or ended ("the quake hit at 3:42 a.m."),
        # in the zone it gives
        lo, _ = _clause_span(sent, fig.start)
        before = sent[lo : fig.start]
        moment, thing = clock_moment(before, STOPWORDS) or ("", "")
        thing = stem(thing) if thing else ""
        zone = clock_zone(fig.text)
        ident = dataclasses.replace(ident, measure=moment or CLOCK, head=thing, kind="",
                                    predicate=moment,
                                    modifiers=(f"{ZONE_MARK}{zone}",) if zone else ())
        metric = " ".join(p for p in (thing, moment, "time") if p)  # "quake start time"
    elif units().is_physical(q.unit):
        ident = sized(ident, sent, fig.start, fig.end, fig.noun, q.unit)
        metric = ident.measure
    if q.unit in RATE_UNITS or (q.unit == "count" and "change" in ident.modifiers):
        # "fell 4.8%": a change of -4.8%; "4.3 fewer sick days", "cut 300 jobs": -4.3, -300
        q = directed(q, ident.direction)
    q = in_basis_points(q)  # "0.25 percentage points" and "25 basis points" are one move
    if not subject and metric is None and not ident.measure and not _fingerprinted(q):
        # a number about nothing named is not check-worthy, unless written so exactly it
        # names its fact by itself ("61,284 at the stadium tonight" in a post)
        return None
    how = basis(_basis_clause(sent, fig.start), who, _own_clause(sent, fig.start),
                sent[: fig.start])
    # an analysts' estimate is of the period just reported; an outlook of the next one
    period, unresolved = figure_period(sent, ctx.published, outlook=how == "outlook",
                                       at=fig.start)
    modifiers = ident.modifiers
    if q.unit in _MONEY and metric:
        told = _money_noun(ctx, sent, fig.start, fig.end)
        if told and told[0] == metric and told[1]:
            # "8 million euros in performance-related add-ons": add-ons, of one kind
            modifiers = (*modifiers, told[1])
    per = _per_unit(sent, fig.end)
    if per:
        # "$590 a month" and "$590 a year", "20,000 riders a day": a rate is of its
        # denominator, and rates of two denominators are two quantities
        modifiers = (*modifiers, "per " + per)
    if q.unit == "count" and "part" not in modifiers and part_of_those(sent, fig.start,
                                                                      fig.end):
        modifiers = (*modifiers, "part")  # "…, 11 of them seriously": a part of the 37
    top = scale_top(sent, fig.end) if q.unit == "count" else ""
    if top:
        # "scored 87.5 out of 100", "21.5 out of 25": scores on two scales are two
        # quantities
        modifiers = (*modifiers, f"{OUT_OF}{top}")
    if _denied(sent[_clause_span(sent, fig.start)[0] : fig.start]) and not fig.bare:
        # "the toll was not 300", "never topped 5 million": a figure its clause denies is
        # no statement of it ("19 goals is not an accident" denies something else); a
        # bare length's clause denies what lasted, not how long ("had not been checked
        # for 11 weeks", "not for one hour of those six days")
        modifiers = (*modifiers, "denied")
    if "change" in modifiers and not any(m.startswith("vs ") for m in modifiers):
        step = _base_step(sent, fig.start, period, ctx)
        if step:  # "up 15% in the second quarter from the first": on the quarter
            modifiers = (*modifiers, "vs " + step)
    key = f"figure|{ident.measure or '?'}|{q.unit}"
    # whose figure: a product just before it, the clause's named subject, or the company
    # the sentence names; else the article's topic says whose
    named = ident.owner
    dateline = WIRE_DATELINE.match(sent)
    opening = sent[dateline.end():] if dateline else sent
    if named and " " not in named and opening.startswith(named) and named not in ctx.topic \
            and (named not in ctx.title.split() or _plural(named)) \
            and not ctx.gaz.companies(named):
        # "Investigators said …": every sentence starts with a capital, and so does every
        # headline ("Judges rule on …"): a plural the article is not about names no one
        named = ""
    owner = (_product_before(mentions, fig.start) or _canonical(ctx, named)
             or _company_of(mentions, sent, fig.start))
    if owner and dateline is not None and owner in sent[: dateline.end()]:
        owner = ""  # "LINDQVIST (Farm Post) - Growers …": the agency reports, owns nothing
    if owner and how == "estimate" and who and re.search(
            rf"(?<!\w){re.escape(owner)}(?!\w)", who):
        # "The Chamber of Industry estimated the strike cost €60m a day": who estimates
        # (its attribution), not whose the cost is
        owner = ""
    # a position is its holder's ("Mara Veltri rank")
    holder = subject or (owner if q.unit == RANK else "")
    label = " ".join(p for p in (holder, metric or "", period or "") if p)
    value = q.value + (f" ({period})" if period else "")
    if unresolved:
        value += f" ({unresolved!r} unresolved: the source has no date)"
    return built(FigureClaim,
        **claim_fields(ctx, line, quote, section, provenance, value, label or fig.text, mentions,
                key, who),
        quantity=q,
        metric=metric or "",
        head=ident.head,
        head_kind=ident.kind,
        predicate=ident.predicate,
        modifiers=modifiers,
        owner=owner,
        topic=ctx.topic,
        published=ctx.published,
        terms=ident.terms,
        as_of=_as_of(sent, ctx, fig.start),
        # a running count is read by its stem too ("86 confirmed cases": cases)
        running=bool({ident.measure, ident.predicate} & ctx.lex.running) or bool(
            ident.head and ident.head == ident.measure and ident.head in _running_stems(
                frozenset(ctx.lex.running))),
        period=period,
        unresolved=unresolved,
        basis=how,
    )
