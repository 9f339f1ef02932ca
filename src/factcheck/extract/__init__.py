"""Extract stage: an Article's sections → claims (timeline, figure, entity, table, forecast,
statement), each with file, line, quoted text, normalised value and provenance.

One module per kind of claim: `events` (timeline), `measures` (figures, with `periods`),
`tableclaims` (tables), `prose` (forecasts, definitions, statements and the dispatch of a
sentence to the others); `context` holds what they share.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from factcheck.extract.context import Context
from factcheck.extract.dates import find_dates
from factcheck.extract.events import plan_before, timeline_section
from factcheck.extract.names import tells_change_of_office
from factcheck.extract.prose import is_future, sentence_claims
from factcheck.extract.rows import terse_rows
from factcheck.extract.tableclaims import table_block, table_section
from factcheck.extract.tables import is_pipe_row
from factcheck.extract.text import CLOSED_CLASS, STOPWORDS, WIRE_DATELINE, clean, sentences
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.load.structure import LEADING_DATE, is_post_header
from factcheck.models import (
    Article,
    Claim,
    FigureClaim,
    ForecastClaim,
    Line,
    NameClaim,
    TimelineClaim,
)


def _without_dateline(text: str) -> str:
    """The line without a leading dateline ("date 2024-02-06 Four bolts …")."""
    m = LEADING_DATE.match(text)
    rest = text[m.end() :].lstrip() if m else ""
    return rest or text


_NAME_RUN = re.compile(
    r"(?<![\w.@#])([A-Z][\w&'’-]*[a-z][\w&'’-]*(?: (?:of )?[A-Z][\w&'’-]*){0,3})")


def _body_words(article: Article) -> set[str]:
    """The words the article writes in lower case outside its page chrome (read once per
    article: by `_main_names`, and with the chrome's by `_first_mentions`)."""
    words: set[str] = set()
    for sec in article.sections:
        if sec.role != "chrome":
            for ln in sec.lines:
                words.update(_LOWER_WORD.findall(ln.text))
    return words


def _main_names(title: str | None, article: Article, primary: str, lower: set[str],
                outlets: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names the article speaks of most (its title's names count double), at most five
    named twice or more, with the gazetteer company it is about: what its unnamed figures
    are about.

    A word opening a sentence, a quote, a bullet or a post is capitalised whatever it is
    ("He", "The", "Nineteen"), and so is every word of a headline or a site's menu: there
    a leading word the text also writes in lower case is no name, and a headline's names
    count only when the text names them too. A post's header ("Biotech Bull @biotechbull ·
    Nov 13", "Replying to @kev") names no one the story is about; its hashtags
    ("#Quenvira") do. The outlets that publish or credit the page ("LONDON (Daily Ledger)
    - …", "Reporting for Daily Ledger") tell who reports, not whom the story is about:
    two stories of one outlet share its name and nothing else."""
    not_topic = {o.casefold() for o in outlets if o}
    lines = [ln.text for sec in article.sections if sec.role != "chrome" for ln in sec.lines]
    counts: dict[str, int] = {}
    in_text: set[str] = set()  # named by the text, outside its headlines
    titled: set[str] = set()  # named by the title
    placed: set[str] = set()  # named where position does not capitalise a word
    for text, weight in [(title or "", 2)] + [(t, 1) for t in lines]:
        if "@" in text and is_post_header(text):
            continue  # a post's header: "Kingsway Kev @kingswaykev · Sep 1", "Replying to @kev"
        headline = weight > 1 or _headline(text)
        if not headline and "#" in text:
            for tag in _HASHTAG.findall(text):
                # a hashtag writes a name's words without their spaces: "#HarbourFire"
                # names the Harbour Fire, and "#BrantonVote" speaks of Branton
                tag = " ".join(_TAG_WORD.findall(tag))
                counts[tag] = counts.get(tag, 0) + 1
                in_text.add(tag)
        for m in _NAME_RUN.finditer(text):
            # a closing quote is no part of the name: "'Harbour Lights' opens" (a
            # headline's single quotes), "the Rovers' coach"
            words = m.group(1).removesuffix("’s").removesuffix("'s").rstrip("'’").split()
            before = _char_before(text, m.start())
            opening = not before or not (before.isalnum() or before in ",&")
            if opening or headline:
                while words and (words[0].casefold() in lower
                                 or words[0].casefold() in CLOSED_CLASS):
                    words.pop(0)  # "The", "He", "Makes": capitalised by position only
                if len(words) > 2 and words[1] == "of" and words[0].endswith("s"):
                    del words[:2]  # "Fans of Kestrel Rovers": the plural names no one
            if headline:
                # a headline capitalises every word: a name ends at a word the text
                # writes in lower case, a closed-class word or a shouted one ("Tavora Is
                # Literally MELTING", "Tharnfell EXPLODES": Tavora, Tharnfell)
                for k, w in enumerate(words[1:], 1):
                    low = w.casefold()
                    if w != "of" and (low in lower or low in CLOSED_CLASS or (
                            len(w) >= _SHOUTED and w.isupper())):
                        del words[k:]
                        break
            name = " ".join(words)
            if not name or name.casefold() in _NOT_NAMES or name.casefold() in not_topic:
                continue  # "March", "Tuesday", the outlet: no one the story is about
            counts[name] = counts.get(name, 0) + (weight if not opening else 1)
            if not opening:
                placed.add(name)
            if not headline:
                in_text.add(name)
            elif weight > 1:
                titled.add(name)
    # a name's short forms ("Rovers", "Moravec") count for its one long form in the text
    # (the long form may be the title's: "Tomas Reyl" in the title, "Reyl" in the text)
    by_word: dict[str, set[str]] = {}
    size: dict[str, int] = {}  # words of each name the text or the title names
    for x in in_text | titled:
        size[x] = len(x.split())
        for w in x.casefold().split():
            by_word.setdefault(w, set()).add(x)
    total: dict[str, int] = {}
    told: set[str] = set()  # long forms the text names, in full or short
    for name, n in counts.items():
        words = name.casefold().split()
        holding = [by_word[w] for w in words if w in by_word]  # names holding each word
        longer = set() if len(holding) < len(words) else {
            x for x in set.intersection(*holding) if size[x] > len(words)}
        into = next(iter(longer)) if len(longer) == 1 else name
        total[into] = total.get(into, 0) + n
        if name in in_text:
            told.add(into)
        if name in placed:
            placed.add(into)
    # a plural only ever written where a sentence, a line or the title opens ("Judges set
    # the fine …", "Officials moved …") is capitalised by its place, not a name
    total = {n: k for n, k in total.items() if n in told and (
        " " in n or n in placed or not n.endswith("s") or n.endswith("ss"))}
    ranked = sorted((n for n in total if total[n] >= 2), key=lambda n: (-total[n], n))[:5]
    return tuple(dict.fromkeys([primary] if primary else []) | dict.fromkeys(ranked))


def _char_before(text: str, at: int) -> str:
    """`text[:at].rstrip()[-1:]`, without copying the text before `at`."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


#: An upper-case word this long in a headline is shouted, not an acronym ("MELTING").
_SHOUTED = 6
def _tells_more(c: NameClaim, told: set[tuple[int, str]]) -> bool:
    """The mention's sentence tells a figure, a dated event or other news of its own."""
    return (c.line, c.text) in told or c.relation == "beside"


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_HASHTAG = re.compile(r"(?<![\w#])#([A-Z][a-z]+(?:[A-Z][a-z]+)*)\b")
_TAG_WORD = re.compile(r"[A-Z][a-z]+")


def _headline(text: str) -> bool:
    """A line capitalised word by word ("Emergency Door Falls Off During Flight", a
    site's menu): its capitals say nothing of names."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# months and weekdays, written out or abbreviated ("Nov 12" heading every post of a thread)
_NOT_NAMES = frozenset(
    {m.casefold() for m in (*calendar.month_name, *calendar.day_name, *calendar.month_abbr,
                            *calendar.day_abbr, "Sept") if m} | STOPWORDS)

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)(?:[/-]([0-3]?\d))?(?=/|$|-)")


def _implied_date(url: str | None, article: Article) -> dt.date | None:
    """An undated page's date as its URL or its text implies it: the URL's date, else the
    latest full date the text states (a page reports after what it tells), else the day
    before the first day a plan it tells is for ("scheduled for release on July 23, 2024":
    the page was written before it)."""
    if url:
        m = _URL_DATE.search(url)
        if m:
            try:
                month_end = calendar.monthrange(int(m.group(1)), int(m.group(2)))[1]
                return dt.date(int(m.group(1)), int(m.group(2)),
                               int(m.group(3) or month_end))
            except ValueError:
                pass
    latest: dt.date | None = None
    ahead: list[dt.date] = []  # days a plan is for
    for sec in article.sections:
        for ln in sec.lines[:200]:
            if not _YEAR.search(ln.text):
                continue
            for _, sent in sentences(ln.text):
                if is_future(sent, None):
                    continue  # "will launch on January 11, 2027": a day to come, not the page's
                for d in find_dates(sent):
                    v = d.value
                    if v is None or v.precision != "day":
                        continue
                    if plan_before(sent, d.start):
                        # "plans to launch on Jan. 11, 2027": a day to come
                        ahead.append(v.start)
                    elif latest is None or v.end > latest:
                        latest = v.end
    if latest is None and ahead:
        # a page telling a plan for a day was written before it, and after the days of
        # its own year it tells ("approved on November 13 … will launch on Jan. 11,
        # 2027": written after November 13, 2026)
        before = min(ahead) - dt.timedelta(days=1)
        return max(_year_less_days(article, before), default=before)
    return latest


def _year_less_days(article: Article, until: dt.date) -> Iterator[dt.date]:
    """The days the text states without a year ("on November 13"), each the latest one
    of its month and day not after `until`."""
    for sec in article.sections:
        for ln in sec.lines[:200]:
            for d in find_dates(ln.text):
                if d.month_day is None:
                    continue
                month, day = d.month_day
                for year in (until.year, until.year - 1):
                    try:
                        told = dt.date(year, month, day)
                    except ValueError:
                        continue
                    if told <= until:
                        yield told
                        break


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _primary_company(gaz: Gazetteer, title: str | None, article: Article) -> str:
    """Of the companies the title names, the one the text names most; else the company
    the text names most, when it names it more than once."""
    counts: dict[str, int] = {}
    for sec in article.sections:
        for ln in sec.lines:
            for name in gaz.companies(ln.text):
                counts[name] = counts.get(name, 0) + 1
    in_title = gaz.companies(title or "")
    # a company named once in passing ("a video posted on TikTok") is not what it is about
    pool = in_title or sorted(n for n in counts if counts[n] >= 2)
    if not pool:
        return ""
    return max(pool, key=lambda n: (counts.get(n, 0), -pool.index(n)))


def _dateline_confirms(article: Article, published: dt.date | None) -> bool:
    """The text opens with a wire dateline whose day is the page's date ("VELLANBURG, Nov
    19 (Norland Business Wire) - " on a page of November 19): the story itself says when
    it was filed, so a weekday it tells ("on Thursday") is read against a day the story
    states, as a written day is. The dateline dates no event of its own."""
    if published is None:
        return False
    lines = [ln.text for sec in article.sections if sec.role != "chrome" for ln in sec.lines
             if ln.text.strip()][:3]
    for text in lines:
        m = WIRE_DATELINE.match(clean(text))
        if m is None:
            continue
        return any(d.value is not None and d.value.precision == "day"
                   and d.value.start == published for d in find_dates(m.group(), published))
    return False


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
        published=src.published or _implied_date(src.url, article),
        primary="",
        topic=(),
        gaz=gaz or load_gazetteer(),
        lex=lex or load_lexicon(),
        title=src.title or "",
    )
    title_norm = (src.title or "").strip().casefold()
    primary = _primary_company(ctx.gaz, src.title, article)
    body_words = _body_words(article)
    ctx = dataclasses.replace(ctx, primary=primary,
                              topic=_main_names(src.title, article, primary, body_words,
                                                (src.outlet or "", src.origin or "")),
                              dateline=_dateline_confirms(article, ctx.published),
                              lower=frozenset(body_words))
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
            rows = terse_rows(section.lines, ctx.published)
            for line in (*section.lines, None):
                if line is not None and is_pipe_row(line.text):
                    table.append(line)
                    continue
                if table:  # a Markdown or HTML table inside prose
                    out.extend(table_block(ctx, section, table))
                    table = []
                if line is None:
                    break
                text = _without_dateline(clean(line.text))
                if not text or (title_norm and title_norm.startswith(text.casefold())):
                    continue  # the title, or its first line, repeated in the page
                if line.number in rows:
                    # a terse row is read as the words it stands for, quoted as printed;
                    # its name owns its figure
                    words, name = rows[line.number]
                    out.extend(c.model_copy(update={"text": text, "owner": name})
                               if isinstance(c, FigureClaim) else c.model_copy(
                                   update={"text": text})
                               for c in sentence_claims(ctx, section, line, words))
                    continue
                out.extend(_with_markup(sentence_claims(ctx, section, line, text), line.text,
                                        text))
    out = _first_mentions(out, article, body_words)
    if any(isinstance(c, NameClaim) and c.slot == "office" for c in out) and any(
            tells_change_of_office(ln.text) for sec in article.sections for ln in sec.lines):
        # an article telling a change of office names two holders, one after the other
        out = [c for c in out if not (isinstance(c, NameClaim) and c.slot == "office")]
    if ctx.published is None:
        out = _page_year(out, ctx.title)
    return _default_period(out)


_MARKUP = re.compile(r"^\s*(\*\*|__)(?=\S)")


def _with_markup(claims: list[Claim], raw: str, text: str) -> list[Claim]:
    """Claims quoting the line's first words with the bold markup that opens it as printed
    ("**TL;DR:** …": the line, not "TL;DR:** …")."""
    m = _MARKUP.match(raw)
    if m is None or not raw[m.end():].startswith(text[:12]):
        return claims
    return [c.model_copy(update={"text": m.group(1) + c.text}) if c.text.startswith(text[:12])
            else c for c in claims]


def _first_mentions(claims: list[Claim], article: Article, body_words: set[str]
                    ) -> list[Claim]:
    """An article's mentions of people (names.mention_claims), each person once, unless
    it names them in a role (its role claim stands for them): the first sentence naming
    them that tells no figure or dated event of its own, else the first. A lone word the
    article also writes in lower case ("Another", "Several") opens a sentence; it is no
    name."""
    roles = {c.key for c in claims if isinstance(c, NameClaim) and c.slot == "role"}
    told = {(c.line, c.text) for c in claims
            if isinstance(c, FigureClaim | TimelineClaim | ForecastClaim)}
    words: set[str] | None = None
    chosen: dict[str, NameClaim] = {}
    for c in claims:
        if not isinstance(c, NameClaim) or c.slot != "mention" or c.key in roles:
            continue
        if " " not in c.name:
            if words is None:  # the body's words (`_body_words`) and the chrome's
                words = set(body_words)
                for sec in article.sections:
                    if sec.role == "chrome":
                        for ln in sec.lines:
                            words.update(_LOWER_WORD.findall(ln.text))
            if c.name.lower() in words:
                continue
        first = chosen.get(c.key)
        if first is None or (_tells_more(first, told) and not _tells_more(c, told)):
            chosen[c.key] = c
    keep = {id(c) for c in chosen.values()}
    return [c for c in claims
            if not (isinstance(c, NameClaim) and c.slot == "mention") or id(c) in keep]


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


_MONTH = re.compile(r"\d{4}-\d\d$")  # a month is no period a whole article reports on
_RELATIVE = re.compile(r"\b(?:this|last|next|current|coming|previous|past|prior)\b",
                       re.IGNORECASE)


def _page_year(claims: list[Claim], title: str) -> list[Claim]:
    """An undated page's bare quarter ("Q1", "the first quarter of the year") is of the
    latest year the page itself states for two reported figures, or one and its title
    ("its Q2 2024 report … delivered 443,956 cars in the first quarter of the year":
    2024-Q1). Words relative to the
    day of writing ("this year", "last quarter") stay open: the page does not say when
    that was."""
    years = [int(c.period[:4]) for c in claims if isinstance(c, FigureClaim) and c.period
             and c.period[:4].isdigit() and "base" not in c.modifiers
             and c.basis == "actual"]
    # a year one figure gives in passing ("who became chief executive in 2024 …") or a
    # plan's year is no page's year: two reported figures, or one and the title, state it
    years += [int(y) for y in _YEAR.findall(title or "")]
    stated = [y for y in set(years) if years.count(y) >= 2]
    if not stated:
        return claims
    ref = dt.date(max(stated), 12, 31)
    out: list[Claim] = []
    for c in claims:
        if isinstance(c, FigureClaim) and c.unresolved and not _RELATIVE.search(c.unresolved):
            found = [d.value for d in find_dates(c.unresolved, ref) if d.value is not None]
            if len(found) == 1 and found[0].precision in {"quarter", "half"}:
                period = found[0].value
                value = c.quantity.value + f" ({period})"
                c = c.model_copy(update={"period": period, "unresolved": None, "value": value})
        out.append(c)
    return out


def _default_period(claims: list[Claim]) -> list[Claim]:
    """An article about one period states its figures for it: a figure that names no
    period takes the one its article's dated figures name, when they name only one."""
    # each sentence once: the figures of one sentence ("2,000 jobs and $1 billion in
    # 2015") are one statement of its period; a plan's or an outlook's period is no
    # period the article reports on
    dated = {(c.line, c.text, c.period) for c in claims
             if isinstance(c, FigureClaim) and c.period
             and "base" not in c.modifiers and not _MONTH.search(c.period)}
    periods = {p for _, _, p in dated}
    # one dated figure in passing ("founded in 2015 with $1 billion") is no article's period
    if len(periods) != 1 or len(dated) < 2:
        return claims
    period = periods.pop()
    return [c.model_copy(update={"period": period})
            if isinstance(c, FigureClaim) and c.period is None and not c.unresolved
            and "base" not in c.modifiers else c for c in claims]
