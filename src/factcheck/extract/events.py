"""Timeline claims: dated events from timeline sections and from prose."""

from __future__ import annotations

import re

from factcheck.extract.context import Context, claim_fields, company_names, product_mentions
from factcheck.extract.dates import find_dates, parse_date
from factcheck.extract.figures import find_figures
from factcheck.extract.text import STOPWORDS, TELLING_VERBS, clean
from factcheck.models import Claim, DateValue, Line, Provenance, Section, TimelineClaim

_INLINE_EVENT_SEP = re.compile(r"^\s*[:–—-]+\s*|^\s*\*\*\s*[:–—-]*\s*")

# A verb in the past tense (or a headline's present) says the sentence reports an event.
_PAST_FORMS = (
    "began", "begun", "showed", "shown", "made", "built", "brought", "took", "won", "lost",
    "sold", "bought", "rose", "fell", "grew", "hit", "cut", "set", "put", "led", "spent",
    "paid", "struck", "held", "gave", "went", "came", "unveils", "announces", "launches",
    "releases", "ships", "opens", "completes", "acquires", "buys", "sells")
_PAST_EVENT = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(_PAST_FORMS) + r")\b", re.IGNORECASE)
_PAST_SET = frozenset(_PAST_FORMS)
_WORD_RUN = re.compile(r"\w+")


def _reports_event(sent: str) -> bool:
    """_PAST_EVENT.search(sent), word by word for an ASCII sentence: a match there is a
    whole word (a run of word characters) that is one of the forms, or five letters or
    more ending in "ed"."""
    if not sent.isascii():
        return _PAST_EVENT.search(sent) is not None
    for word in _WORD_RUN.findall(sent):
        low = word.lower()
        if low in _PAST_SET or (len(low) >= 5 and low.endswith("ed") and low.isalpha()):
            return True
    return False


def timeline_claim(ctx: Context, section: Section, line: Line, text: str, date: DateValue,
              provenance: Provenance) -> TimelineClaim:
    mentions = ctx.gaz.find(text)
    products = product_mentions(mentions)
    # "Blackwell B200": the chip is what the event is about, not its architecture
    if any(m.kind != "architecture" for m in products):
        products = [m for m in products if m.kind != "architecture"]
    companies = company_names(mentions)
    specific = [m for m in products if not m.generic]
    generic = bool(products) and not specific
    subject = companies[0] if companies else (products[0].name if products else "")
    figures = tuple(f.quantity for f in find_figures(text))
    return TimelineClaim(
        **{**claim_fields(ctx, line, text, section, provenance, date.value, clean(text), mentions,
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
    # prose is read by the prose extractor, which itself reads dated events: import late
    from factcheck.extract.prose import sentence_claims

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
            out.append(timeline_claim(ctx, section, line, raw, pending, section.provenance))
            pending = None
            continue
        found = find_dates(raw, ctx.published)
        if found and found[0].start <= 2 and found[0].value is not None:
            rest = raw[found[0].end :]
            sep = _INLINE_EVENT_SEP.match(rest)
            if sep:
                event = rest[sep.end() :].strip()
                if event:
                    out.append(timeline_claim(ctx, section, line, event, found[0].value,
                                         section.provenance))
                    continue
        out.extend(sentence_claims(ctx, section, line, raw))
    return out


_PRECISION_RANK = {"day": 0, "part": 1, "month": 2, "quarter": 3}
_NEXT_WORD = re.compile(r"[\s-]*([a-z][a-z'-]*)")


def _modifies_noun(sent: str, end: int) -> bool:
    """The date at sent[:end] is followed by a noun it describes ("results", "capex")."""
    m = _NEXT_WORD.match(sent, end)
    return m is not None and m.group(1) not in STOPWORDS and m.group(1) not in TELLING_VERBS


_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dated_event(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                 provenance: Provenance) -> TimelineClaim | None:
    """A sentence of prose that dates an event: "In April 2024, Meta unveiled …".

    The event's date is its first date that does not describe a noun ("reported
    first-quarter results on May 28": May 28); the event is the sentence without it.
    """
    if not _reports_event(sent):
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
    claim = timeline_claim(ctx, section, line, event or sent, best.value, provenance)
    # a sentence that dates two things ("2.9% in August, down from 3.5% in April") does
    # not say which of them its figures and words belong to: it may agree, never clash
    dates = {d.value.value for d in (own or found) if d.value is not None}
    # "on Wednesday" is the Wednesday before the page's date: two pages of other dates may
    # speak of two Wednesdays (a recurring meeting), so such dates may agree, never clash
    relative = best.relative and not _EXPLICIT_YEAR.search(best.text)
    return claim.model_copy(update={"text": quote, "ambiguous": len(dates) > 1,
                                    "relative_to": ctx.published if relative else None,
                                    "topic": ctx.topic})
