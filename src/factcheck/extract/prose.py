"""Claims of a line of prose: forecasts, figures, dated events, definitions, statements."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.attribution import attribution
from factcheck.extract.context import Context, claim_fields, company_names, product_mentions
from factcheck.extract.dates import deadline, find_dates
from factcheck.extract.elision import elided, labelled
from factcheck.extract.events import dated_events, planned_events, start_events
from factcheck.extract.figures import find_figures, ranks_as_ordinals
from factcheck.extract.measures import figure_claim
from factcheck.extract.names import (
    copy_claims,
    mention_claims,
    name_claims,
    office_claims,
    role_claims,
)
from factcheck.extract.numwords import digitise
from factcheck.extract.text import clean, normalise, sentences
from factcheck.gazetteer import Mention
from factcheck.models import (
    Claim,
    EntityClaim,
    FigureClaim,
    ForecastClaim,
    Line,
    NameClaim,
    Provenance,
    Section,
    StatementClaim,
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
_DEFINITION = re.compile(r"^([^:]{2,40}):\s+\S")


#: Words one of which any text _FUTURE matches holds, lower-cased.
_FUTURE_WORDS = ("will", "won't", "shall", "expected to", "likely to", "set to", "poised to",
                 "slated to", "due to", "going to")


def is_future(sent: str, published: dt.date | None) -> bool:
    """A prediction: 'will …', or reported speech about the future that is not itself the
    report of a dated past event ("On April 9 the government told Nvidia exports would
    require a license" is an event of April 9)."""
    # an ASCII sentence without the patterns' words is not searched (case is ASCII's there)
    low = sent.lower() if sent.isascii() else None
    if (low is None or any(w in low for w in _FUTURE_WORDS)) and _FUTURE.search(sent):
        return True
    if (low is not None and "would" not in low) or not _WOULD.search(sent):
        return False
    for d in find_dates(sent, published):
        v = d.value
        if v is not None and not d.relative and v.precision in {"day", "part", "month"} and (
                published is None or v.end < published):
            return False
    return True


def sentence_claims(ctx: Context, section: Section, line: Line, text: str) -> list[Claim]:
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
        # figures are read with spelled-out numbers as digits ("six crew" → "6 crew")
        digits = ranks_as_ordinals(digitise(sent))
        at = mentions if digits == sent else ctx.gaz.find(digits)
        figures = find_figures(digits)
        # digits that belong to a name ("iPhone 16 sales", "Nasdaq 100") are no figure
        named = [(m.start, m.end) for m in at if m.kind != "company"]
        figures = [f for f in figures if not any(a < f.end and f.start < b for a, b in named)]
        # who states it is asked only of a sentence with a figure or a label's count (a
        # forecast asks below)
        counted = bool(figures) or ":" in digits
        who = attribution(sent) if counted else None
        claims: list[Claim] = []
        for fig in figures:
            claim = figure_claim(ctx, section, line, quote, digits, fig, at, provenance, who)
            if claim is not None:
                claims.append(claim)
        # "Deaths: 112": a bare count its label names, when the label names a measure
        for told, fig in labelled(digits, figures):
            claim = figure_claim(ctx, section, line, quote, told, fig, ctx.gaz.find(told),
                                 provenance, who)
            if claim is not None and (claim.metric or claim.head):
                claims.append(claim)
        # "…won 18 seats, the Farmers took 14 and the Liberals 7": a list's bare counts
        # count the first figure's noun, each its own clause's name's
        for fig, name in elided(digits, figures):
            claim = figure_claim(ctx, section, line, quote, digits, fig, at, provenance, who)
            if claim is not None:
                label = " ".join(p for p in (name, claim.metric, claim.period or "") if p)
                claims.append(claim.model_copy(update={"owner": name, "subject": label}))
        if is_future(sent, ctx.published):
            # a prediction is tracked until its deadline; the figures it names with a
            # metric ("will spend $65 billion this year") are compared as outlook figures
            who = who if counted else attribution(sent)
            due = deadline(sent, ctx.published, future=True)
            if due is None and ctx.published is not None and _YEAR_END.search(sent):
                due = dt.date(ctx.published.year, 12, 31)
            companies = company_names(mentions)
            subject = companies[0] if companies else ""
            out.append(ForecastClaim(
                **claim_fields(ctx, line, quote, section, provenance,
                        due.isoformat() if due else "no deadline", clean(sent), mentions,
                        f"forecast|{subject.lower()}", who),
                due=due,
            ))
            # and so are the things it counts ("will close nine stores", "will get a 10
            # per cent credit"): a plan's figures meet the same figures told elsewhere
            out.extend(c for c in claims if isinstance(c, FigureClaim)
                       and (c.metric or c.head or c.predicate))
            # a name with a number ("Flight 1282") designates its thing whatever the tense
            related = [c for c in name_claims(ctx, section, line, quote, sent, provenance)
                       if c.key.startswith("name|#")]
            related.extend(role_claims(ctx, section, line, quote, sent, provenance))
            out.extend(related)
            out.extend(copy_claims(related, sent))
            # a name the plan's figures are of is the plan's, as any figure's owner
            out.extend(_beside(mention_claims(ctx, section, line, quote, sent, provenance),
                               [c for c in claims if isinstance(c, FigureClaim)]))
            out.extend(_told_before_future(ctx, section, line, quote, sent, provenance))
            out.extend(planned_events(ctx, section, line, quote, sent, provenance,
                                      future=True))
            continue
        # when something began ("opened in 1977", "the 30-year-old stadium") is an event
        # whatever else the sentence tells
        starts = start_events(ctx, section, line, quote, sent, provenance)
        out.extend(starts)
        plans = planned_events(ctx, section, line, quote, sent, provenance)
        out.extend(plans)
        # a day a plan is for is no event that happened on it; a year a start or a plan
        # gives is that start's or plan's
        ahead = {c.date.value for c in plans if c.date.precision == "day"}
        taken = {c.date.value for c in (*starts, *plans)}
        dated_all = [c for c in dated_events(ctx, section, line, quote, sent, provenance)
                     if c.date.value not in ahead
                     and not (c.told_year and c.date.value in taken)]
        dated = dated_all[0] if dated_all else None
        related = name_claims(ctx, section, line, quote, sent, provenance)
        related.extend(role_claims(ctx, section, line, quote, sent, provenance))
        out.extend(related)
        out.extend(copy_claims(related, sent))
        out.extend(office_claims(ctx, section, line, quote, sent, provenance))
        mentioned = mention_claims(ctx, section, line, quote, sent, provenance)
        out.extend(_beside(mentioned, [*claims, *dated_all, *starts, *plans]))
        if claims:
            out.extend(claims)
            # a sentence may date an event and give its figures: "On March 4 the club
            # signed 12 players" is a day and a count; a period ("in 2024") is the figures'
            if dated is not None and (dated.date.precision in {"day", "part"}
                                      or dated.told_year):
                out.extend(dated_all)
            continue
        if dated is not None:
            out.extend(dated_all)
            continue
        definition = _DEFINITION.match(sent)
        products = product_mentions(mentions)
        if definition and products and products[0].start < definition.end(1):
            name = products[0].name
            out.append(EntityClaim(
                **claim_fields(ctx, line, quote, section, provenance, normalise(sent), name,
                               mentions, f"entity|{name.lower()}"),
                entity=name,
            ))
            continue
        if _check_worthy(sent, mentions):
            subject = (company_names(mentions) or [m.name for m in mentions] or [""])[0]
            out.append(StatementClaim(
                **claim_fields(ctx, line, quote, section, provenance, normalise(sent), clean(sent),
                        mentions, f"statement|{subject.lower()}"),
            ))
    return out


def _told_before_future(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                        provenance: Provenance) -> list[TimelineClaim]:
    """"Musk revealed on Sept. 2 that it took 122 days, and the system will double": a
    clause of the past dated to a day, before the sentence turns to the future, reports an
    event of that day (the clause up to its last comma before the future is the event)."""
    future = _FUTURE.search(sent)
    if future is None:
        return []
    lead = sent[: future.start()]
    cut = lead.rfind(",")
    clause = lead[:cut] if cut > 0 else lead
    out = []
    for claim in dated_events(ctx, section, line, quote, clause, provenance):
        d = claim.date
        if d.precision == "day" and (ctx.published is None or d.end <= ctx.published):
            out.append(claim)
    return out


def _check_worthy(sent: str, mentions: list[Mention]) -> bool:
    words = sent.split()
    return len(words) >= 7 and not sent.rstrip().endswith("?") and bool(mentions)


def _beside(mentions: list[NameClaim], told: list[Claim]) -> list[NameClaim]:
    """Mentions of a sentence that tells something else (a figure, a date, a prediction)
    of them: a name given in passing as what that news is of (a figure's owner, an
    event's companies: "Harwick Hall sold 1,240 tickets"),
    marked so ("beside"): it joins the people named in a role, never another page's
    mention alone (match). A name the news is not of ("The Tolvik, operated by Marren
    Shipping, was carrying 212 containers": Marren Shipping) stays a mention of its own."""
    of = {n.casefold() for c in told for n in _told_of(c) if n}
    return [m.model_copy(update={"relation": "beside"})
            if any(n in m.name.casefold() or m.name.casefold() in n for n in of) else m
            for m in mentions]


def _told_of(c: Claim) -> tuple[str, ...]:
    """The names a claim is of: a figure's owner, a dated event's companies and entities
    (its subject is its whole sentence: every name of "Halvorsen Marine's ship docked at
    Skellig Quay on 12 November" is no more the date's than the sentence's), else its
    subject and entities."""
    if isinstance(c, FigureClaim):
        return (c.owner,) if c.owner else ()
    if isinstance(c, TimelineClaim):
        return (*c.companies, *c.entities)
    return (c.subject, *c.entities)
