"""Match stage: group claims that speak of the same thing.

Claims are blocked by key (kind and subject), identical wordings are collapsed, and
candidates come from the rarest words of each claim (`_Blocks`): each claim is compared
with a bounded number of others, the ones sharing its rarest words, so cost grows about
linearly with the number of claims and no step compares all pairs. Groups grow from a
core, so weak links never chain distinct facts. `PAIR_COUNTER` counts the link
judgements by claim kind.

A link between two claims is *strong* (same identity: they may contradict) or *weak*
(probably the same: they may only agree). Contradictions need strong links.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, TypeVar

from rapidfuzz import fuzz

from factcheck.extract.clock import CLOCK, ZONE_MARK
from factcheck.extract.dates import find_dates, parse_date
from factcheck.extract.durations import AGE, BARE, DAY, TIME, thing_words, unit_stems
from factcheck.extract.events import happenings_told, last_told, reports_event, start_verb
from factcheck.extract.figures import OUT_OF, RANK, _interval, overlaps
from factcheck.extract.measured import RATE_UNITS
from factcheck.extract.names import org_word, surname
from factcheck.extract.periods import shift_years
from factcheck.extract.readings import is_scale
from factcheck.extract.tallies import TALLY
from factcheck.extract.text import (
    EVENT_CLASSES,
    EVENT_VERBS,
    HAPPENING_WORDS,
    STOPWORDS,
    WIRE_DATELINE,
    content_words,
    event_class,
    normalise,
    stem,
)
from factcheck.extract.units import units
from factcheck.gazetteer import Gazetteer, load_gazetteer
from factcheck.lexicon import load_lexicon
from factcheck.models import (
    Claim,
    DateValue,
    EntityClaim,
    FigureClaim,
    ForecastClaim,
    NameClaim,
    Quantity,
    StatementClaim,
    TableClaim,
    TimelineClaim,
)
from factcheck.yamlio import packaged

Link = Literal["strong", "weak"] | None
T = TypeVar("T")

#: Pairwise link judgements made so far in this process, by claim kind (for benchmarks:
#: never reset here; read the difference around a call).
PAIR_COUNTER: Counter[str] = Counter()

#: How many entries of one blocking word's list are looked at for one claim: a bound, so
#: a word that thousands of claims share costs a constant per claim.
POSTING_CAP = 400

#: A claim's blocking words: its rare words (shared by at least two and at most `RARE_DF`
#: claims of its shard), at most `BLOCK_WORDS`, rarest first; a claim with no rare word
#: (every word common) is blocked on its least common word alone.
BLOCK_WORDS = 4
RARE_DF = 64

#: How many claims or groups, the best sharing its rarest words, one claim is compared
#: with (a bound, so a large group or block costs a constant per claim, not its size).
_TRIES = 12


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


class _Blocks:
    """Candidates by the rarest words: each item is blocked on its rarest word and its next
    rarest ones that few items share, and is compared only with the items (or the groups
    they founded) sharing them, best first: those sharing the rarest words.

    A true match shares the rare word that names its fact (a product, a place, a person),
    so unrelated items sharing only common words never push it out, however many they
    are; and whether two items meet depends on their own words' rarity, not on a cap over
    the corpus dropping words.
    """

    def __init__(self, tokens: Sequence[Iterable[str]],
                 sources: Sequence[str] | None = None,
                 always: Callable[[str], bool] | None = None) -> None:
        sets = [frozenset(t) for t in tokens]
        if sources is None:
            df = Counter(t for s in sets for t in s)
        else:
            # how many sources hold a word: a word two claims of one sentence share (a
            # sentence that dates two days) blocks nothing
            df = Counter(t for t, _ in {(t, src) for s, src in zip(sets, sources, strict=True)
                                       for t in s})
        self.keys: list[tuple[tuple[str, float], ...]] = []
        for words in sets:
            ranked = sorted(words, key=lambda t: (df[t], t))
            # a word no other item holds blocks nothing
            keep = [t for t in ranked if 2 <= df[t] <= RARE_DF
                    and (always is None or not always(t))][:BLOCK_WORDS]
            if not keep and ranked and df[ranked[0]] > RARE_DF:
                keep = ranked[:1]  # every word common: the least common one
            if always is not None:
                # words that name what an item is about block it however many rarer
                # words it has (each still shared by two to `RARE_DF` items)
                keep += [t for t in ranked if always(t) and 2 <= df[t] <= RARE_DF
                         and t not in keep]
            self.keys.append(tuple((t, 1.0 / df[t]) for t in keep))
        self.postings: dict[str, list[int]] = defaultdict(list)

    def add(self, item: int, value: int) -> None:
        """File `value` (an item, or the group it founds) under `item`'s blocking words."""
        for word, _ in self.keys[item]:
            self.postings[word].append(value)

    def candidates(self, item: int, limit: int = _TRIES,
                   accept: Callable[[int], bool] | None = None) -> list[int]:
        """At most `limit` values filed under `item`'s blocking words (and `accept`ed),
        those sharing the rarest words first, then the first filed."""
        score: dict[int, float] = {}
        for word, weight in self.keys[item]:
            for v in itertools.islice(self.postings.get(word, ()), POSTING_CAP):
                score[v] = score.get(v, 0.0) + weight
        out: list[int] = []
        for v in sorted(score, key=lambda v: (-score[v], v)):
            if accept is None or accept(v):
                out.append(v)
                if len(out) == limit:
                    break
        return out


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


def _event_link(a: TimelineClaim, b: TimelineClaim, strong: bool = False) -> Link:
    """How surely two dated events are the same event, judged without their dates. An
    event a year alone dates in prose (`told_year`) is strongly linked only to one told
    by its year in the same words, or as the last one of one happening, from another
    source of one event's folder; else it may agree at most.

    With `strong`, only whether the link is strong is asked: a weak one may come back as
    None, and what can only make a weak link is not looked at (a clash needs a strong
    one)."""
    if strong and (a.told_year or b.told_year):
        link: Link = None  # dated by a year: strong only as below, however alike
    else:
        link = _event_link_dated(a, b, strong)
    if not (a.told_year or b.told_year):
        return link
    if a.told_year and b.told_year and a.source != b.source and _one_folder(a, b) and (
            _same_words(a, b) or _last_one(a, b)):
        return "strong"
    return "weak" if link is not None else None


#: Two events told by a year in the same words need at least this many content words.
SAME_WORDS = 3


def _same_words(a: TimelineClaim, b: TimelineClaim) -> bool:
    """The two events are told in the same words, in the same order (a copy that moved a
    year: "The old mark was set at Bellwick in 2009", "… in 2019")."""
    wa = content_words(a.event)
    return len(wa) >= SAME_WORDS and wa == content_words(b.event)


def _last_one(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Both events tell the last one of one happening ("Tharnfell last erupted in 1973",
    "the last eruption, in 1937") and neither names someone or something the other's
    article does not speak of: the most recent occurrence before the story, one
    happening however it is worded."""
    return bool(last_told(a.event) & last_told(b.event)) and not _names_apart(
        a, b, topics=True)


def _event_link_dated(a: TimelineClaim, b: TimelineClaim, strong: bool = False) -> Link:
    """_event_link for events dated by more than a year alone (`strong` as there)."""
    if a.began != b.began or a.planned != b.planned:
        return None  # when a thing began, or is planned for, is no happening of it
    if a.began and _one_start(a, b):
        return "strong"
    if a.companies and b.companies and not set(a.companies) & set(b.companies):
        return None  # different companies' events
    vague = a.ambiguous or b.ambiguous or a.open_year or b.open_year or bool(
        a.relative_to and b.relative_to and abs((a.relative_to - b.relative_to).days) > 7)
    ka, kb = event_class(a.event), event_class(b.event)
    # "either" beside a definite kind counts as another kind
    if strong and (vague or (ka and kb and ka != kb)):
        return None  # a weak link at most, as below
    sim = fuzz.token_set_ratio(normalise(a.event), normalise(b.event))
    if vague:
        return "weak" if _event_link_same_kind(a, b, sim) else None
    if ka and kb and ka != kb:
        # an announcement and a launch of one product are two events: they may agree on a
        # date ("releases Llama 3" and "introduces Llama 3" in one month), never clash
        link = _event_link_same_kind(a, b, sim)
        return "weak" if link else None
    link = _event_link_same_kind(a, b, sim, strong)
    if link != "strong" and _summarised(a, b):
        return "strong"
    if link != "strong" and ka and ka == kb and (
            (ka not in _recurring() and _one_happening(a, b)) or _next_one(a, b)):
        return "strong"
    return link


def _one_start(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two years of one thing's start told by two sources of one event's folder: one
    start verb ("founded in", "laid in"), of one thing named alike ("the library",
    "the library") or, where one names its subject ("The Athenaeum, founded in 1791"),
    a name the other's article speaks of ("The library, founded in 1719" on a page about
    the Athenaeum). An age tells no verb: it may agree, never clash."""
    if a.source == b.source or not _one_folder(a, b) or a.ambiguous or b.ambiguous:
        return False
    verb = start_verb(a.event)
    if not verb or verb != start_verb(b.event):
        return False
    na, nb = _start_subject(a.event), _start_subject(b.event)
    if na and nb:
        return bool(na & nb)
    if na or nb:
        names, other = (na, b) if na else (nb, a)
        return bool(_in_topic(names, other))
    return bool(a.thing) and a.thing == b.thing and not _names_apart(a, b)


def _start_subject(event: str) -> frozenset[str]:
    """The proper names told before a start event's verb ("The Athenaeum, founded in")."""
    verb = re.search(rf"\b{re.escape(start_verb(event))}\s+in\b", event, re.IGNORECASE)
    return _proper_names(event[: verb.start()]) if verb else frozenset()


@lru_cache(maxsize=1)
def _recurring() -> frozenset[str]:
    """The kinds of happening that recur (data/events.yaml `recurring`)."""
    return frozenset(str(k) for k in packaged("events.yaml").get("recurring") or ())


#: Pages published at most this many days apart that date "the next" happening of a kind
#: speak of one occurrence.
NEXT_DAYS = 7


@lru_cache(maxsize=1)
def _next_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in packaged("events.yaml").get("next") or ())


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words capitalised at a line's start that are no name ("Next", "Talks")."""
    return _next_words() | frozenset(EVENT_CLASSES)


_WORD_AT = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=16384)
def _subject_part(clause: str) -> str:
    """The clause before its first word of an event kind: whose happening it is."""
    for m in _WORD_AT.finditer(clause):
        if m.group().lower() in EVENT_CLASSES:
            return clause[: m.start()]
    return ""


def _says_next(event: str) -> bool:
    words = _next_words()
    return any(w.lower() in words for w in re.findall(r"[A-Za-z]+", _main_clause(event)))


def _figures_apart(a: TimelineClaim, b: TimelineClaim) -> bool | None:
    """Whether the figures two events give in one unit are apart (no pair of them agrees):
    None when they give none in one unit. A reading ("magnitude 6.8") is its thing's, not
    a fingerprint of the event."""
    same_unit = [(x, y) for x in a.figures for y in b.figures
                 if x.unit == y.unit and not is_scale(x.unit)]
    if not same_unit:
        return None
    return not any(overlaps(x, y) for x, y in same_unit)


def _next_one(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two events of one kind (already checked) of one folder, each the next occurrence
    its page dates ("the committee's next policy decision is due on December 17", "Next
    scheduled policy meeting"), on pages of one week and after each page's date: the same
    occurrence, so their dates may clash. Each name either main clause gives must be one
    the other gives or its article speaks of most (the next meeting of another body is
    another meeting); figures that disagree forbid it."""
    if a.source == b.source or a.published is None or b.published is None \
            or not _one_folder(a, b):
        return False
    if abs((a.published - b.published).days) > NEXT_DAYS:
        return False
    if a.date.start <= a.published or b.date.start <= b.published:
        return False
    if not (_says_next(a.event) and _says_next(b.event)):
        return False
    # "the next board meeting" and "the next tariff decision": two other things
    nexts = {stem(w) for w in _next_words()}
    ta, tb = _told(a.event) - nexts, _told(b.event) - nexts
    if (ta and tb and not ta & tb) or _heads_apart(a, b):
        return False
    gap = max((a.date.start - b.date.end).days, (b.date.start - a.date.end).days)
    if gap > HAPPENING_DAYS:
        return False
    if _figures_apart(a, b) is True:
        return False
    known = {n.casefold() for n in (*a.companies, *b.companies, *a.entities, *b.entities)}
    # "Next scheduled policy meeting": a first word capitalised as a line's start is no name
    plain = _plain_words()
    na = frozenset(n for n in _proper_names(_main_clause(a.event)) - known
                   if n.split()[0] not in plain)
    nb = frozenset(n for n in _proper_names(_main_clause(b.event)) - known
                   if n.split()[0] not in plain)

    def unmatched(xs: frozenset[str], ys: frozenset[str], other: TimelineClaim) -> bool:
        return bool(xs - _in_topic(xs, other) - {x for x in xs
                                                  if any(same_name(x, y) for y in ys)})

    return not unmatched(na, nb, b) and not unmatched(nb, na, a)


#: Two events of one kind that name the same place or thing and are dated this close are
#: one happening told with two dates, not a happening that recurs (a central bank that
#: meets every six weeks).
HAPPENING_DAYS = 35


def _one_happening(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two events of one kind (already checked) told with the same proper name of their
    own ("revealed at the White House", "announced at the White House yesterday"), by the
    same company or one its other article is about, dated weeks apart at most: the same
    happening, so their dates may clash. Another product or another count forbids it."""
    if a.generic or b.generic or a.source == b.source:
        return False
    if a.entities and b.entities and a.entities[0] != b.entities[0]:
        return False
    if _figures_apart(a, b) is True:
        return False
    if bool(a.companies) != bool(b.companies):
        named, other = (a, b) if a.companies else (b, a)
        if not {c.casefold() for c in named.companies} & {t.casefold() for t in other.topic}:
            return False
    gap = max((a.date.start - b.date.end).days, (b.date.start - a.date.end).days)
    if gap > HAPPENING_DAYS:
        return False
    # the companies and products are compared above: the name must be another one
    known = {n.casefold() for n in (*a.companies, *b.companies, *a.entities, *b.entities)}
    na, nb = _proper_names(a.event), _proper_names(b.event)
    shared = (na & nb) - known
    folder = _one_folder(a, b)
    via_topic = not shared
    if not shared and folder:
        # in one event's folder, a name one event gives that the other's article speaks
        # of most is a participant of both ("Moravec signs" on a page about Moravec)
        shared = (_in_topic(na, b) | _in_topic(nb, a)) - known
    if not shared:
        return False
    # "released a faulty update" and "released a fix": what each main clause tells beside
    # its names and its verb must not be two other things
    if _told_apart(a, b) or _heads_apart(a, b):
        return False
    # "This initiative was revealed …" is what its article is about: the two articles
    # must speak of a common name
    if (_refers_back(a.event) or _refers_back(b.event)) and not (
            _topic_names(a.topic)[0] & _topic_names(b.topic)[0]):
        return False
    # what a happening is, is told in its main clause: a name in what follows ("…, where
    # President Ruiz praised the American workforce") tells its circumstances
    return not _names_apart(a, b, main=True, topics=folder, subjects=via_topic)


#: A summary line ("NTA approves the drug.") tells at least this many words and at most
#: this many (a timeline's row, a headline's clause); a shorter one tells too little to
#: be one happening unless the other sentence tells both its words and one date only, a
#: longer one is a sentence of its own.
SUMMARY_WORDS = (3, 8)
#: Of a summary line's words, at least this share is told by the other sentence.
SUMMARY_TOLD = 0.7

_WORD_TOKEN = re.compile(r"[A-Za-z][\w'’]*")
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][\w'’-]*)*")


@lru_cache(maxsize=1)
def _series_words() -> frozenset[str]:
    """Words that tell which of a series a happening is (data/events.yaml `series`)."""
    return frozenset(str(w).lower() for w in packaged("events.yaml").get("series") or ())


def _happening_tokens(text: str) -> frozenset[str]:
    return frozenset(t for t, _, _ in happenings_told(text))


@lru_cache(maxsize=16384)
def _summary_words(event: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an event's main clause that say what happened, as (names, others): a
    name is a word capitalised past the first or written in capitals ("NTA"); a word of
    a series ("first", "final") counts though it is a stopword, unless it is hyphenated
    to a noun ("the second-stage burn" is a part, not one of a series); a word or phrase
    of a class of data/happenings.yaml counts as its class ("Strike begins": `=strike`,
    `=begin`), so another sentence tells it in its own words. No numbers, no days."""
    names: set[str] = set()
    plain: set[str] = set()
    series = _series_words()
    clause = _main_clause(event)
    spans = happenings_told(clause)
    for i, m in enumerate(_WORD_TOKEN.finditer(clause)):
        token = m.group()
        low = token.lower()
        held = next((t for t, a, b in spans if a <= m.start() < b), None)
        if held is not None and not (i and token[0].isupper()):
            plain.add(held)
            continue
        compound = clause[m.end() : m.end() + 1] == "-"
        words = content_words(token) or ([low] if low in series and not compound else [])
        if not words or words[0] in _CALENDAR_WORDS:
            continue
        if (i and token[0].isupper()) or (len(token) > 1 and token.isupper()):
            names.add(words[0])
        else:
            plain.add(words[0])
    return frozenset(names), frozenset(plain - names)


@lru_cache(maxsize=16384)
def _sentence_told(text: str, names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """What a sentence tells, as (its words, with its series words; the names it and its
    article give, their words and initials: "NTA" for "the National Therapeutics
    Authority")."""
    body = WIRE_DATELINE.sub("", text, count=1)
    series = _series_words()
    own = set(content_words(body)) | {
        w for w in _WORD_TOKEN.findall(body.lower().replace("-", " ")) if w in series}
    own |= _happening_tokens(body)
    named = set(own)
    for m in _CAPITALISED_RUN.finditer(" ; ".join((body, *names))):
        run = m.group()
        named.update(content_words(run))
        for name in (run, re.sub(r"^The\s+", "", run)):
            named.update({_initials(name, True).lower(), _initials(name, False).lower()})
    return frozenset(own), frozenset(named)


_DESIGNATOR = re.compile(r"\b(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[\w-]+\b"
                         r"|\b[A-Z][\w-]* (\d+)\b(?![,.]\d)")


@lru_cache(maxsize=16384)
def _designators(text: str) -> frozenset[str]:
    """The words of letters and digits ("v1", "A320neo", "Lumen-7") and the numbers after
    a capitalised word ("Aurion 3", "Pier 4") a text gives, lower-cased."""
    return frozenset((m.group(1) or m.group()).lower() for m in _DESIGNATOR.finditer(text))


@lru_cache(maxsize=16384)
def _quote_words(text: str) -> tuple[str, ...]:
    """The content words of a quoted line beside its numbers and calendar words."""
    return tuple(w for w in content_words(text)
                 if w not in _CALENDAR_WORDS and w not in _MONTH_ABBREVIATIONS
                 and not any(ch.isdigit() for ch in w))


def _summarises(short: TimelineClaim, other: TimelineClaim) -> bool:
    """`short` is a summary line of the happening `other`'s sentence tells ("**3 May** -
    Harbour authority approves the dredging plan" and "The Harbour Authority approved
    the dredging plan on May 13"): a timeline's row that tells a few words, every name
    of them one the other's sentence or article gives (in full or by initials), and most
    of them, of which at least one beside the names, its sentence tells. A word of a series ("first
    case", "second round") the other does not tell is another happening. A name the
    other's page gives in another dated sentence counts as given ("near Brackett Mill"
    of a page whose lead places the leak there), and so does the line's opening word, its
    subject, when that page tells it ("Government declares default" and "Ostland
    declared a default" on a page that speaks of the government)."""
    if short.section != "timeline":
        return False  # a sentence of a report is a report of its own
    names, plain = _summary_words(short.event)
    told = len(names) + len(plain)
    if told < 2 or len(_quote_words(short.text)) > SUMMARY_WORDS[1]:
        return False
    own, named = _sentence_told(other.text, (*other.topic, *other.article_names))
    missing = names - named
    if missing and not missing <= _page_words(other.page_told):
        return False  # a name neither the sentence nor its page gives
    said = plain & own
    opening = _opening_word(short.event)
    if opening in plain and opening not in said and opening in _page_words(other.page_told):
        said |= {opening}  # "Museum lifts hoard": who, as its page calls it
    if told < SUMMARY_WORDS[0] and not (said == plain and not names and _one_date(other)):
        # "Bidding opens": two words, both told by a sentence that dates one day only
        return False
    if not said or (len(said) < 2 and len(names) < 2):
        return False
    if (plain - said) & _series_words():
        return False
    if not _designators(_main_clause(short.event)) <= _designators(other.text):
        return False  # "MTIA v1", "Pier 4": a designation the other does not give
    return (len(names) + len(said)) / told >= SUMMARY_TOLD


@lru_cache(maxsize=1024)
def _page_words(told: tuple[str, ...]) -> frozenset[str]:
    """A page's words (`page_told`), as a set: one per page, however many pairs ask."""
    return frozenset(told)


@lru_cache(maxsize=16384)
def _opening_word(event: str) -> str:
    """The word a summary line opens with, as `_summary_words` tells it: the line's
    subject ("Government" of "Government declares default"), which the other sentence
    may give by its name ("Ostland declared a default") and its page by that word."""
    m = _WORD_TOKEN.search(_main_clause(event))
    words = content_words(m.group()) if m is not None else []
    return words[0] if words else ""


def _one_date(c: TimelineClaim) -> bool:
    """The claim's sentence dates one day or period only: a wire dateline opening it
    ("LUNHAVN, Nov 13 (Northmark Press) - ") tells when the story was filed, not a day
    of its own (unless the sentence gives none), and one day written twice ("on Friday,
    November 13") is one day."""
    body = WIRE_DATELINE.sub("", c.text, count=1)
    found = find_dates(body, c.published) or find_dates(c.text, c.published)
    return len({d.value.value if d.value is not None else d.text for d in found}) == 1


def _summarised(a: TimelineClaim, b: TimelineClaim) -> bool:
    """One of two dated events of one event's folder, from two sources, is a summary line
    of the other's happening (`_summarises`), of a kind that does not recur, with no
    figure apart: the same happening, so their dates may clash."""
    if a.source == b.source or not _one_folder(a, b) or a.generic or b.generic:
        return False
    if (a.entities or b.entities) and a.entities[:1] != b.entities[:1]:
        return False  # products compared as `_event_link_same_kind` does: another one
    if (a.relative_to is not None and not a.anchored) or (
            b.relative_to is not None and not b.anchored):
        # a day read against its page's date may be the page's error, unless the story's
        # own dateline gives that day
        return False
    if _kind(a) in _recurring() or _kind(b) in _recurring():
        return False
    if _figures_apart(a, b) is True:
        return False
    return _summarises(a, b) or _summarises(b, a)


def _in_topic(names: frozenset[str], c: TimelineClaim) -> frozenset[str]:
    """The names that are one of those `c`'s article speaks of most: the same name, or
    one word that ends it ("Reyl" of "Tomas Reyl")."""
    topic, ends = _topic_names((*c.topic, *c.article_names))
    return frozenset(n for n in names if n in topic or (" " not in n and n in ends))


@lru_cache(maxsize=16384)
def _topic_names(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """An article's names (its topic), case aside, and the last words of those of more
    than one word ("reyl" of "Tomas Reyl"): read once per article, however many pairs
    ask."""
    topic = frozenset(t.casefold() for t in names)
    return topic, frozenset(t.rsplit(" ", 1)[-1] for t in topic if " " in t)


def _one_folder(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two claims of one folder of an event's size (EVENT_FOLDER sources at most)."""
    return 0 < a.folder_sources <= EVENT_FOLDER and os.path.dirname(a.path) == os.path.dirname(
        b.path)


@lru_cache(maxsize=16384)
def _subject_head(event: str) -> str:
    """The noun that ends the main clause's subject, before its word of a kind ("A
    magnitude 4.9 aftershock struck …": aftershock); '' for a name or none."""
    words = _WORD_AT.findall(_subject_part(_main_clause(event)))
    if not words or not words[-1].islower() or words[-1] in STOPWORDS:
        return ""
    return stem(words[-1])


def _heads_apart(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Each main clause's subject is another kind of thing ("the earthquake struck", "an
    aftershock struck"): two happenings. A noun that ends the other ("quake",
    "earthquake") is the same."""
    ha, hb = _subject_head(a.event), _subject_head(b.event)
    return bool(ha) and bool(hb) and not (ha.endswith(hb) or hb.endswith(ha))


def _told_apart(a: TimelineClaim, b: TimelineClaim) -> bool:
    """What each main clause tells beside its names, its event verb and the companies
    and products named is two other things ("released a faulty update", "released a
    fix")."""
    if not (_tells_event(a.event) and _tells_event(b.event)):
        return False  # "In a statement, X said it opened …": the event is past the clause
    known = {n.casefold() for n in (*a.companies, *b.companies, *a.entities, *b.entities)}
    known_words = frozenset(stem(w) for n in known for w in n.split())
    oa, ob = _told(a.event) - known_words, _told(b.event) - known_words
    return bool(oa) and bool(ob) and not oa & ob


@lru_cache(maxsize=16384)
def _tells_event(event: str) -> bool:
    """The event's main clause tells something happen: an event verb, or a verb of the
    past ("In a statement, …" tells nothing yet; see `_told`)."""
    clause = _main_clause(event)
    return event_class(clause) is not None or reports_event(clause)


def _names_apart(a: TimelineClaim, b: TimelineClaim, main: bool = False,
                 topics: bool = False, subjects: bool = False) -> bool:
    """Each event names someone or something the other does not ("unveiled Diego Ortiz",
    "unveiled Mara Holm"): two happenings, however alike the words. With `main`, only
    the names of each event's main clause count; with `topics`, a name the other's
    article speaks of most is no other name, and with `subjects` too, each name before
    the word of its kind (whose happening it is) must be one of the other's."""
    known = {n.casefold() for n in (*a.companies, *b.companies, *a.entities, *b.entities)}
    ea, eb = (_main_clause(a.event), _main_clause(b.event)) if main else (a.event, b.event)
    na, nb = _proper_names(ea) - known, _proper_names(eb) - known
    if topics and subjects:
        # who the happening is of ("The Tarrow Board's next meeting", "Rovers completed
        # the signing") must be a name the other gives or its article speaks of most
        for x, y, ny in ((a, b, nb), (b, a, na)):
            told = _proper_names(_subject_part(_main_clause(x.event))) - known
            if any(n not in _in_topic(told, y) and not any(same_name(n, m) for m in ny)
                   and n.split()[0] not in _plain_words() for n in told):
                return True
    if topics:
        na, nb = na - _in_topic(na, b), nb - _in_topic(nb, a)
    return _unmatched(na, nb) and _unmatched(nb, na)


def _unmatched(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Some name of `xs` is none of `ys`: no name of `ys` holds it or is held by it
    (`same_name`: "Holm" is "Mara Holm", "Ortiz" none of them)."""
    return any(x not in ys and not any(same_name(x, y) for y in ys) for x in xs)


# a verb whose stem is a happening's noun ("signs", "signing") tells what happened
_CLASS_STEMS = frozenset(stem(w) for phrase in EVENT_VERBS for w in phrase.split()) - {
    stem(w) for w in HAPPENING_WORDS}


@lru_cache(maxsize=16384)
def _told(event: str) -> frozenset[str]:
    """The words of an event's main clause beside its proper names, its event verb and
    its numbers: what it tells happened to what."""
    names = {stem(w) for n in _proper_names(event) for w in n.split()}
    clause = _main_clause(event)
    # "This monumental initiative was revealed …": a subject that points back to what
    # the sentence before told tells nothing of its own
    back = _BACK_REFERENCE.match(clause)
    if back is not None:
        clause = clause[back.end() :]
    return frozenset(w for w in content_words(clause)
                     if w not in names and w not in _CLASS_STEMS and not w.isdigit())




def _refers_back(event: str) -> bool:
    """The event's subject points back to what the sentence before told."""
    return _BACK_REFERENCE.match(_main_clause(event)) is not None


#: A subject of a demonstrative and at most three more words before its verb.
_BACK_REFERENCE = re.compile(
    r"(?:this|that|these|those)(?:\s+[\w'’-]+){1,3}?(?=\s+(?:is|was|were|are|has|had|have)\b)",
    re.IGNORECASE)


@lru_cache(maxsize=16384)
def _main_clause(event: str) -> str:
    """The event up to the end of its main clause (past a wire dateline)."""
    event = WIRE_DATELINE.sub("", event, count=1)
    m = _CLAUSE_END.search(event)
    return event[: m.start()] if m else event


# a comma between digits ("40,000") ends no clause
_CLAUSE_END = re.compile(r"[;(]|(?<!\d),|,(?!\d)| - | – | — "
                         r"|\b(?:where|which|while|after|before|amid)\b")


@lru_cache(maxsize=16384)
def _word_set(event: str) -> frozenset[str]:
    """An event's content words, as a set: one per event, however many pairs ask."""
    return frozenset(content_words(event))


def _event_link_same_kind(a: TimelineClaim, b: TimelineClaim, sim: float,
                          strong: bool = False) -> Link:
    """_event_link for two events of one kind (or of no stated kind); with `strong`, a
    weak link may come back as None."""
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
    if not entity_match and sim < 60:
        return None  # every link below but one product's needs words this alike
    apart = _figures_apart(a, b)
    if apart is True:
        return None  # "a 350k cluster" and "a 24k cluster" are two clusters
    fig_match = apart is False
    shared = len(_word_set(a.event) & _word_set(b.event))
    ha, hb = head_words(a.event), head_words(b.event)
    small, large = (ha, hb) if len(ha) <= len(hb) else (hb, ha)
    # one main clause holds the other: the same event
    contains = len(small) >= 4 and len(small & large) >= len(small) - (len(small) >= 6)
    if entity_match and (fig_match or sim >= 80 or contains or (ha == hb and len(ha) >= 2)):
        return "strong"
    if entity_match and sim >= 60:
        return "weak"
    if fig_match and sim >= 70:
        # "ships 1,000 Kakalo units" and "ships 1,102 Mirvan units": a round number that
        # holds the other's is no identity when each names a thing the other does not
        return None if _names_apart(a, b) else "strong"
    if not ea and not eb and sim >= 60 and (
            contains or (ha == hb and len(ha) >= 3) or (shared >= 4 and sim >= 75 and (
                # words shared in a relative clause ("began work to raise the helicopter
                # that ditched off Brenna Head") tell another event than the sentence's
                len(_word_set(_without_relatives(a.event))
                    & _word_set(_without_relatives(b.event))) >= 4))):
        if _names_apart(a, b):
            return None
        # words shared are names ("Kestrel Rovers unveiled … at Moorfield Park"), and the
        # main clauses tell two other things (a new kit, a stadium plan), or their
        # subjects are two kinds of thing (a quake, an aftershock): not one event
        if not _told_apart(a, b) and not _heads_apart(a, b):
            return "strong"
    if sim >= 60 and shared >= 3 and not strong:
        # "switched on the Quakafelka data center in Brazil" and "switched on the
        # Monpexgorix data center in Spain": each names a thing the other and its article
        # do not, two happenings told in one company's words
        return None if _names_apart(a, b, topics=True) else "weak"
    return None


_RELATIVE_OPENING = re.compile(r"(\S+)\s+(?:that|which|who)\s+(\S+)")
_RELATIVE_END = re.compile(r"[,;(]| - | – | — ")
#: Stopwords that may open a relative clause as its verb ("that was built", "which had").
_RELATIVE_VERBS = frozenset({"is", "was", "were", "are", "has", "had", "have", "will",
                             "would", "could", "can", "may", "might", "did", "does", "do"})


@lru_cache(maxsize=16384)
def _without_relatives(event: str) -> str:
    """The event with its relative clauses left out ("the helicopter that ditched off
    Brenna Head" → "the helicopter"): a relative pronoun whose clause opens with its verb.
    "said that …", "confirmed that the plant …" open what was said, kept."""
    saying = load_lexicon().saying
    out, at = [], 0
    for m in _RELATIVE_OPENING.finditer(event):
        after = m.group(2)
        if m.start() < at or m.group(1).lower().strip(",") in saying or after[:1].isupper() \
                or (after.lower() in STOPWORDS and after.lower() not in _RELATIVE_VERBS):
            continue
        out.append(event[at: m.end(1)])
        end = _RELATIVE_END.search(event, m.end())
        at = end.start() if end else len(event)
    return "".join(out) + event[at:]


def _cluster(items: Sequence[T], tokens: Callable[[T], Iterable[str]],
             link: Callable[[T, T], Link], value_key: Callable[[T], str], kind: str
             ) -> list[list[int]]:
    """Groups of items with equal values (`value_key`) grown from cores: an item joins a
    core of its value it is strongly linked to, the first of at most `_TRIES` sharing its
    rarest words (`_Blocks`, best first), else founds one; so wordings never chain ("expanding in
    India" and "expanding in Japan" are not one fact because a third wording is near
    both).

    Identical wordings with equal values are collapsed first, so a corpus that repeats one
    sentence a thousand times costs one comparison, not a million.
    """
    by_value: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(items):
        by_value[value_key(x)].append(i)
    uf = _Union(len(items))
    for same in by_value.values():
        if len(same) < 2:
            continue  # alone with its value: nothing to compare
        reps: dict[tuple[str, ...], int] = {}
        order: list[int] = []
        for i in same:
            rep = reps.setdefault(tuple(sorted(set(tokens(items[i])))), i)
            if rep != i:
                uf.join(rep, i)
            else:
                order.append(i)
        blocks = _Blocks(list(reps))
        cores: list[int] = []
        for n, i in enumerate(order):
            for k in blocks.candidates(n):
                PAIR_COUNTER[kind] += 1
                if link(items[cores[k]], items[i]) == "strong":
                    uf.join(cores[k], i)
                    break
            else:
                blocks.add(n, len(cores))
                cores.append(i)
    return uf.groups()


def _timeline_tokens(c: TimelineClaim) -> list[str]:
    day = [f"@{c.date.value}"] if c.date.precision == "day" and c.topic else []
    names = [_NAME_MARK + n for n in _proper_names(c.event)]
    # things begun in one year meet, whatever else their sentences tell
    began = [f"{_NAME_MARK}began@{c.date.value}"] if c.began else []
    if c.began and (verb := start_verb(c.event)):
        # starts of one verb in one folder meet, whatever their years (_one_start)
        began.append(f"{_NAME_MARK}{verb}@{os.path.dirname(c.path)}")
    if c.planned:  # plans of one year meet, whatever their words
        began.append(f"{_NAME_MARK}planned@{c.date.start.year}")
    kind = _kind(c)
    folder = os.path.dirname(c.path)
    if kind is not None:
        # happenings of one kind in one folder meet, whatever their words ("Moravec
        # signs", "the club completed the signing")
        began.append(f"{_NAME_MARK}{kind}@{folder}")
    if c.section == "timeline" or c.date.precision == "day" or c.told_year:
        # a summary line and a report that tell one happening in other words ("Strike
        # begins", "the walkout began") meet by its class in one folder
        began.extend(f"{_NAME_MARK}{t}@{folder}"
                     for t in sorted(_happening_tokens(_main_clause(c.event))))
    # a wire dateline ("AUSTIN (Harbor Times) - ") tells where and by whom the story was
    # filed: its words block no event
    told = WIRE_DATELINE.sub("", c.event, count=1) or c.event
    return [*content_words(told), *(e.lower() for e in c.entities), *day, *names, *began]


#: Marks a timeline token that is a proper name of the event's own words ("#colossus"):
#: what the event is about, a blocking word however rare its other words are.
_NAME_MARK = "#"


def _is_name_token(token: str) -> bool:
    return token.startswith(_NAME_MARK)


_PROPER = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*")


@lru_cache(maxsize=16384)
def _proper_names(event: str) -> frozenset[str]:
    """The proper names an event's words give, past its first word (capitalised anyway:
    "The Ninth Circuit" names the Ninth Circuit)."""
    out = set()
    # a wire dateline names the place and the agency that filed the story, not the event
    event = WIRE_DATELINE.sub("", event, count=1)
    for m in _PROPER.finditer(event):
        name = m.group()
        if m.start() == 0 and name.split()[0].casefold() in STOPWORDS:
            name = name.partition(" ")[2]
        name = name.removesuffix("’s").removesuffix("'s").casefold()
        if name and name.split()[0] not in _CALENDAR_WORDS:
            out.add(name)
    return frozenset(out)


_MONTH_ABBREVIATIONS = frozenset({*(m.casefold() for m in calendar.month_abbr if m), "sept"})
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name, *calendar.day_name) if w)


def _story_names(c: TimelineClaim) -> frozenset[str]:
    """The names that place a dated event in a story: its article's topic and the proper
    names of its own words."""
    return _topic_names(c.topic)[0] | _proper_names(c.event)


def _timeline_link(a: TimelineClaim, b: TimelineClaim) -> Link:
    """_event_link, and one day of one story: two articles that speak of the same names
    and date something to the same day most likely tell one event (they may agree; a
    clash still needs the events themselves linked). Pages of one folder are usually of
    one event: there, one shared name is enough."""
    link = _event_link(a, b)
    if link is None and a.began and b.began and dates_overlap(a.date, b.date) \
            and _began_alike(a, b):
        return "weak"
    if link is None and a.planned and b.planned and dates_overlap(a.date, b.date) \
            and _one_story(a, b):
        return "weak"
    if link is None and a.date == b.date and a.date.precision == "day":
        shared = len(_story_names(a) & _story_names(b))
        one_folder = 0 < a.folder_sources <= EVENT_FOLDER and os.path.dirname(
            a.path) == os.path.dirname(b.path)
        if shared >= 2 or (shared and one_folder):
            return "weak"
        # "Sentencing hearing" in a timeline and "was jailed on Monday" in a report: one
        # kind of happening on one day of one event's folder, whatever names each gives
        if one_folder and _kind(a) is not None and _kind(a) == _kind(b):
            return "weak"
        # "**3 Nov** - Attack detected; systems encrypted." and "intruders triggered the
        # encryption … of 3 November": a summary line of one folder's day that shares
        # words of what happened with the report (one stem beginning the other) may agree
        if one_folder and (a.section == "timeline") != (b.section == "timeline"):
            row, other = (a, b) if a.section == "timeline" else (b, a)
            # ... unless the two tell two kinds of thing ("earthquake", "aftershock") or
            # figures apart
            if _shares_a_word(row, other) and not _heads_apart(a, b) \
                    and _figures_apart(a, b) is not True:
                return "weak"
    return link


#: A word shared by its beginning ("encrypt", "encryption") holds at least this many letters.
SHARED_STEM = 5
#: A summary line of one folder's day agrees with a report that shares this many words.
SHARED_WORDS = 2


def _shares_a_word(row: TimelineClaim, other: TimelineClaim) -> bool:
    """The row's words and the other's sentence share two content words or classes of
    happening (data/happenings.yaml), a word shared too when one begins the other
    ("encrypt", "encryption")."""
    words = frozenset(_quote_words(row.event)) | _happening_tokens(row.event)
    own, _ = _sentence_told(other.text, ())
    shared = {w for w in words if w in own or (len(w) >= SHARED_STEM and any(
        len(o) >= SHARED_STEM and (o.startswith(w) or w.startswith(o)) for o in own))}
    return len(shared) >= SHARED_WORDS


def _kind(c: TimelineClaim) -> str | None:
    """The kind of happening an event tells by its first word of a kind (a signing, a
    sentencing, an election), if one of the kinds of data/events.yaml; `either` is none."""
    kind = event_class(c.event)
    return None if kind == "either" else kind


def _began_alike(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two starts of one story ("the 47-year-old bridge", "when it opened in 1977") tell
    of one thing: one names a thing the other's sentence speaks of, and the two are of
    one folder of an event's size or speak of a common name."""
    def names(x: TimelineClaim, y: TimelineClaim) -> bool:
        return bool(x.thing) and x.thing in content_words(y.text)
    if not (names(a, b) or names(b, a)):
        return False
    return _one_story(a, b)


def _one_story(a: TimelineClaim, b: TimelineClaim) -> bool:
    """Two events of one folder of an event's size, or of articles of two common names
    (one name in common is a company's many stories)."""
    one_folder = 0 < a.folder_sources <= EVENT_FOLDER and os.path.dirname(
        a.path) == os.path.dirname(b.path)
    return one_folder or len(_topic_names(a.topic)[0] & _topic_names(b.topic)[0]) >= 2


#: A folder of at most this many sources is taken as one event's coverage: there, events
#: of one day that share one name are one event. A larger folder is many stories.
EVENT_FOLDER = 50


def folder_years(claims: list[TimelineClaim]) -> list[TimelineClaim]:
    """One folder is usually one event: a day and month an undated page gives with no year
    ("on March 26") takes the year the folder's other pages state for that day, when they
    state one year only; else it keeps no year and can only meet its like. Each claim
    learns how many sources of its folder date events.

    When two or more of the folder's pages are dated, within EVENT_DAYS of each other,
    the folder is one event's coverage of those weeks: the day is read in the year that
    puts it nearest their latest date, as a dated page reads it, and may clash, unless the
    text names the day's weekday and that year's day falls on another ("Tuesday, November
    17" is no November 17 that is a Wednesday): then its year stays open. One dated page
    of a folder of one event's size (EVENT_FOLDER sources at most) is no such coverage,
    but a day told with its weekday is read in the year nearest that page's date when it
    falls on that weekday there: the weekday tells the year. A wire dateline's day tells
    it too when its story names that weekday only ("OSTVALE, Mar 9 (…) - … declared a
    default on Monday": a story is filed on its event's day or the day after)."""
    stated: dict[tuple[str, int, int], set[int]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    dated: dict[str, dict[str, dt.date]] = defaultdict(dict)
    folders = [os.path.dirname(c.path) for c in claims]  # each claim's, read once
    for c, folder in zip(claims, folders, strict=True):
        sources[folder].add(c.source)
        if c.published is not None:
            dated[folder][c.source] = c.published
        if c.date.precision == "day" and not c.open_year:
            d = c.date.start
            stated[(folder, d.month, d.day)].add(d.year)
    refs = {folder: max(days.values()) for folder, days in dated.items()
            if len(days) >= 2 and (max(days.values()) - min(days.values())).days <= EVENT_DAYS}
    # one dated page of a folder of one event's size is a reference only for a day told
    # with its weekday: the weekday tells which year it is
    lone = {folder: next(iter(days.values())) for folder, days in dated.items()
            if len(days) == 1 and len(sources[folder]) <= EVENT_FOLDER}
    # what each page of a folder of one event's size tells in its dated sentences
    page_told: dict[str, set[str]] = defaultdict(set)
    for c, folder in zip(claims, folders, strict=True):
        if len(sources[folder]) <= EVENT_FOLDER:
            page_told[c.path] |= _sentence_told(c.text, ())[1]
    out: list[TimelineClaim] = []
    for c, folder in zip(claims, folders, strict=True):
        update: dict[str, object] = {"folder_sources": len(sources[folder])}
        if c.path in page_told:
            update["page_told"] = tuple(sorted(page_told[c.path]))
        ref = refs.get(folder)
        near = None
        if c.open_year and c.date.precision == "day" and (ref or lone.get(folder)):
            near = _nearest_year(c.date.start.month, c.date.start.day,
                                 ref or lone[folder])
            told = None if near is None else _weekday_told(c.text, near)
            if told is False or (ref is None and told is None):
                near = None
        if near is not None:
            date = DateValue(start=near, end=near, precision="day", value=near.isoformat())
            update.update(date=date, value=date.value, open_year=False)
        elif c.open_year and c.date.precision == "day":
            years = stated.get((folder, c.date.start.month, c.date.start.day))
            if years is not None and len(years) == 1:
                d = c.date.start.replace(year=next(iter(years)))
                date = DateValue(start=d, end=d, precision="day", value=d.isoformat())
                update.update(date=date, value=date.value)
        out.append(c.model_copy(update=update))
    return out


_MONTH_NAMES = "|".join(m for m in (*calendar.month_name, *calendar.month_abbr) if m)
_WEEKDAY_NAMES_RE = "|".join(d for d in calendar.day_name)
_DAY_MONTH = re.compile(rf"\b(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})\b")
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_NAMES_RE}),?\s+(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})\b"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES})\b)")


def _weekday_told(text: str, day: dt.date) -> bool | None:
    """Whether the weekday the text gives this day of the month ("Tuesday, November 17",
    "Tuesday 17 November") is the one `day` falls on; None when it gives none."""
    told: bool | None = None
    for m in _WEEKDAY_DAY.finditer(text):
        month = (m.group("m1") or m.group("m2") or "")[:3].casefold()
        number = int(m.group("d1") or m.group("d2"))
        if number != day.day or month != calendar.month_abbr[day.month].casefold():
            continue
        if m.group("wd") != calendar.day_name[day.weekday()]:
            return False
        told = True
    if told is None:
        told = _dateline_weekday(text, day)
    return told


_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_NAMES_RE})\b")
_SHIFTED_WEEKDAY = re.compile(rf"\b(?:next|last|previous|coming)\s+(?:{_WEEKDAY_NAMES_RE})\b",
                              re.IGNORECASE)


def _dateline_weekday(text: str, day: dt.date) -> bool | None:
    """A story opening with a wire dateline of this day of the month that tells one
    weekday only ("OSTVALE, Mar 9 (…) - … declared a default on Monday"): a story is
    filed on the day of its event or the day after, so the weekday names the dateline's
    day when that day falls on it (True) or the day before (None: it tells no year);
    another weekday tells no year either."""
    m = WIRE_DATELINE.match(text)
    if m is None:
        return None
    dateline = _DAY_MONTH.search(m.group())
    if dateline is None or int(dateline.group("d")) != day.day or (
            dateline.group("m")[:3].casefold() != calendar.month_abbr[day.month].casefold()):
        return None
    body = text[m.end() :]
    if _SHIFTED_WEEKDAY.search(body):
        return None  # "next Monday", "last Monday": another week's
    weekdays = set(_WEEKDAY_WORD.findall(body))
    if len(weekdays) != 1:
        return None
    return True if weekdays == {calendar.day_name[day.weekday()]} else None


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The day `month`/`day` of the year before, of or after `ref`'s that is nearest it."""
    days = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue  # February 29 of a year that has none
    return min(days, key=lambda d: abs((d - ref).days), default=None)


#: Dated pages of one folder published at most this many days apart tell one event.
EVENT_DAYS = 60


def folder_periods(claims: list[FigureClaim]) -> list[FigureClaim]:
    """One folder is usually one event: a relative period an undated page leaves open
    ("in September", "this year", "Q1") is read against the latest date the folder's
    dated pages give, when two or more of them are published within EVENT_DAYS of each
    other, and so is the day it speaks of ("on Wednesday") when they are of one week. A
    folder without such dates leaves them open."""
    dated: dict[str, dict[str, dt.date]] = defaultdict(dict)
    sources: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        sources[os.path.dirname(c.path)].add(c.source)
        if c.published is not None:
            dated[os.path.dirname(c.path)][c.source] = c.published
    refs: dict[str, tuple[dt.date, bool]] = {}  # folder -> latest date, all in one week
    for folder, days in dated.items():
        span = (max(days.values()) - min(days.values())).days
        if len(days) >= 2 and span <= EVENT_DAYS:
            refs[folder] = max(days.values()), span < 7
    story = _main_story(claims, sources)
    values: dict[tuple[str, str], set[tuple[float | None, float | None]]] = defaultdict(set)
    for c in claims:
        values[(c.source, c.key)].add((c.quantity.low, c.quantity.high))
    out: list[FigureClaim] = []
    for c in claims:
        ref = refs.get(os.path.dirname(c.path)) if c.published is None else None
        update: dict[str, object] = {"folder_sources": len(sources[os.path.dirname(c.path)]),
                                     "folder_story": c.source in story,
                                     "sole": len(values[(c.source, c.key)]) == 1,
                                     "story_names": story.get(c.source, ())}
        if ref is not None and c.unresolved:
            period = _period_at(c.unresolved, ref[0], c.basis == "outlook")
            if period is not None:
                value = c.value.split(" (", 1)[0] + f" ({period})"
                update.update(period=period, unresolved=None, value=value)
        if ref is not None and ref[1] and c.as_of and not _ISO_DAY.fullmatch(c.as_of):
            # "on Wednesday" names one day only when the folder's pages are of one week
            told = [d.value.value for d in find_dates(c.as_of.title(), ref[0])
                    if d.value is not None and d.value.precision == "day"]
            if len(told) == 1:
                update["as_of"] = told[0]
                if (c.unresolved or "").lower() == c.as_of:
                    # the open words were the day's: the figure is that day's, no period
                    update.update(unresolved=None, value=c.value.split(" (", 1)[0])
        out.append(c.model_copy(update=update))
    return out


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _main_story(claims: list[FigureClaim],
                sources: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """The sources of each event-sized folder that tell its main story, each with the
    story's names (those most of its pages speak of): pages are linked when their topics
    share a name, and the largest set of pages so connected is the story when it holds
    more than half of the folder's pages that speak of a name. A folder of many
    companies' results, each page its own, has none. (At most EVENT_FOLDER pages are
    compared pairwise per folder.)"""
    topic: dict[str, tuple[str, ...]] = {}
    texts: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        texts[c.source].append(c.text)
        if c.topic:
            topic.setdefault(c.source, c.topic)
    out: dict[str, tuple[str, ...]] = {}
    for ids in sources.values():
        named = sorted(s for s in ids if s in topic)
        if len(named) < 2 or len(ids) > EVENT_FOLDER:
            continue
        union = _Union(len(named))
        for i, j in itertools.combinations(range(len(named)), 2):
            if _topics_agree(topic[named[i]], topic[named[j]]):
                union.join(i, j)
        largest = max(union.groups(), key=len)
        if 2 * len(largest) > len(named):
            story = {named[i] for i in largest}
            counts: Counter[str] = Counter(t.casefold() for s in story for t in set(topic[s]))
            core = [n for n, k in counts.items() if 2 * k > len(story)]
            words = _core_words(story, topic)
            for s in story | _telling(texts, ids - story, core):
                out[s] = words
    return out


def _core_words(story: set[str], topic: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The words (folded) of the names more than half of the `story` pages speak of:
    "Alaska" and "Boeing" of pages about "Alaska Airlines Flight", "Alaska Airlines
    Boeing" and "Boeing"."""
    counts: Counter[str] = Counter(w for s in story for w in {
        w for t in topic[s] for w in t.casefold().split()})
    return tuple(sorted(w for w, k in counts.items() if 2 * k > len(story)))


def _telling(texts: dict[str, list[str]], others: set[str], core: list[str]) -> set[str]:
    """The pages of `others` one of whose figures' sentences (`texts`) names a `core` name
    of the main story (folded): a local paper whose own topic is its town's streets tells
    the fire of the main story when its sentences name the fire."""
    return {s for s in others if any(n in t.casefold() for t in texts[s] for n in core)}


def _period_at(phrase: str, ref: dt.date, outlook: bool) -> str | None:
    """The period a relative phrase ("September", "this year", "Q1") names read on `ref`:
    a report speaks of one past, an outlook of one to come; a fiscal period stays open."""
    if re.search(r"\bfiscal\b|\bFY", phrase, re.IGNORECASE):
        return None
    # a month alone is read as a date only after a preposition ("in March", not "march")
    found = [d.value for d in find_dates(phrase, ref) or find_dates(f"in {phrase}", ref)
             if d.value is not None and d.value.precision in {"year", "quarter", "half", "month"}]
    if len(found) != 1:
        return None
    value = found[0]
    explicit = re.search(r"\b(?:last|next|this|previous|coming|current|past)\b", phrase,
                         re.IGNORECASE)
    if not explicit:
        if not outlook and value.start > ref:
            value = shift_years(value, -1)
        elif outlook and value.end < ref:
            value = shift_years(value, 1)
    return value.value


def _span(c: TimelineClaim) -> int:
    """How many days the claim's date covers: the finer, the better a core."""
    return (c.date.end - c.date.start).days


def _timeline_groups(claims: list[TimelineClaim]) -> list[Group]:
    """Dated events grouped from cores, as figures are (`_figure_groups`).

    Identical wordings with equal dates are one representative. The most specific claims
    (not ambiguous, not generic, not read against a page date; the finest date) become
    cores; a claim joins a core it is linked to whose date overlaps its own (a strong link
    first, then the finest core, then the largest), else founds a core. Cores are found
    among those sharing the claim's rarest words (`_Blocks`), at most `_TRIES`, so a
    group never chains through weak links and costs a constant per claim. Two cores whose
    dates cannot both hold are one contradicted finding when some rival claims of theirs,
    dated apart, are strongly linked, and no source gives both dates (one source giving
    one event two dates tells of two events, or a recurring one).
    """
    reps: dict[tuple[tuple[str, ...], str], list[TimelineClaim]] = {}
    for c in claims:
        toks = tuple(sorted(set(_timeline_tokens(c))))
        reps.setdefault((toks, c.date.value), []).append(c)
    keys = list(reps)
    items = [reps[k] for k in keys]
    blocks = _Blocks([k[0] for k in keys], [reps[k][0].source for k in keys],
                     always=_is_name_token)

    def vague(c: TimelineClaim) -> bool:
        return c.ambiguous or c.generic or c.relative_to is not None

    order = sorted(range(len(items)),
                   key=lambda i: (vague(items[i][0]), _span(items[i][0]), i))
    cores: list[int] = []  # the item each group grew from
    members: list[list[TimelineClaim]] = []
    joined: list[tuple[int, int]] = []  # (item, group) of items that joined a group
    for i in order:
        c = items[i][0]
        best: tuple[bool, int, int, int] | None = None

        def fits(n: int, c: TimelineClaim = c) -> bool:
            return dates_overlap(items[cores[n]][0].date, c.date)

        for n in blocks.candidates(i, accept=fits):
            core = items[cores[n]][0]
            PAIR_COUNTER["timeline"] += 1
            if best is not None and not best[0]:
                # a strong link found: a weak one cannot rank above it, only another strong
                link = _event_link(core, c, strong=True)
            else:
                link = _timeline_link(core, c)
            if link is not None:
                rank = (link != "strong", _span(core), -len(members[n]), n)
                best = rank if best is None or rank < best else best
        if best is not None:
            members[best[3]].extend(items[i])
            joined.append((i, best[3]))
        else:
            blocks.add(i, len(cores))
            cores.append(i)
            members.append(list(items[i]))
    # a group whose dates may clash with another's is found by its members' words too,
    # not only its founder's rarest ones (a summary line that names what a member tells
    # meets the group); joining grew from the founders' words alone, so groups never
    # chain through a member
    for i, n in joined:
        blocks.add(i, n)
    # each group's sources and first distinct claims, read once however many groups it
    # is tried with (the groups stay as they are until the same-day joining below)
    sources: dict[int, set[str]] = {}
    tried: dict[int, list[TimelineClaim]] = {}

    def sources_of(n: int) -> set[str]:
        if n not in sources:
            sources[n] = {c.source for c in members[n]}
        return sources[n]

    def tried_of(n: int) -> list[TimelineClaim]:
        if n not in tried:
            tried[n] = _distinct_events(members[n])
        return tried[n]

    merged: dict[int, int] = {}
    for n, founder in enumerate(cores):
        if n in merged:
            continue
        x = items[founder][0]

        def apart(m: int, n: int = n, x: TimelineClaim = x) -> bool:
            return m > n and m not in merged and not dates_overlap(items[cores[m]][0].date,
                                                                   x.date)

        for m in blocks.candidates(founder, accept=apart):
            if not sources_of(n).isdisjoint(sources_of(m)):
                continue  # one source giving both dates speaks of two events
            if _strongly_linked(tried_of(n), tried_of(m)):
                merged[m] = n
    # in a folder of one event's size, groups of one day that agree (a claim of each
    # linked to one of the other) are one finding: agreement may be looser than
    # identity, and equal days never clash
    # the cores of one day are found by their folder and day, not by shared words: one
    # happening told in two vocabularies ("the Jan. 5 flight", "a blowout on January 5")
    # shares its day, not its rarest words; each core is tried against the first
    # `_TRIES` of its day (a bound)
    same = _Union(len(cores))
    of_day: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, founder in enumerate(cores):
        x = items[founder][0]
        if x.date.precision != "day" or not 0 < x.folder_sources <= EVENT_FOLDER:
            continue
        earlier = of_day[(os.path.dirname(x.path), x.date.value)]
        for m in earlier[:_TRIES]:
            if same.find(m) != same.find(n) and _events_linked(tried_of(n), tried_of(m)):
                same.join(n, m)
        earlier.append(n)
    # a group whose dates clash takes in the agreeing groups of its day; two such groups
    # stay two findings
    rivals = set(merged.values()) | set(merged)
    for idx in same.groups():
        clashing = [n for n in idx if n in rivals]
        if len(idx) > 1 and len(clashing) <= 1:
            into = clashing[0] if clashing else idx[0]
            for m in idx:
                if m != into:
                    members[into].extend(members[m])
                    members[m] = []
    place = {id(c): i for i, c in enumerate(claims)}
    rivals_of: dict[int, list[int]] = defaultdict(list)  # the groups merged into each
    for m, to in merged.items():
        rivals_of[to].append(m)
    out: list[Group] = []
    for n, group in enumerate(members):
        if n in merged or not group:
            continue
        rival = rivals_of.get(n, [])
        # in the order given (the content order), as the verdict tells them
        held = sorted(group + [c for m in rival for c in members[m]], key=lambda c: place[id(c)])
        out.append(Group("timeline", held, conflict=bool(rival)))
    return out


def _distinct_events(group: list[TimelineClaim]) -> list[TimelineClaim]:
    """The first `_TRIES` claims of a group that differ in some part `_event_link` reads,
    or in their date (copies of one line are tried once)."""
    seen: dict[tuple[object, ...], TimelineClaim] = {}
    for c in group:
        seen.setdefault((c.event, c.date, c.companies, c.entities, c.figures, c.ambiguous,
                         c.relative_to, c.generic, c.published), c)
        if len(seen) == _TRIES:
            break
    return list(seen.values())


def _events_linked(xs: list[TimelineClaim], ys: list[TimelineClaim], tries: int = 3) -> bool:
    """Some claim of `xs` and some of `ys` (the first distinct claims of two groups,
    `_distinct_events`; the first `tries` of each) are linked at all."""
    others = ys[:tries]
    for a in xs[:tries]:
        for b in others:
            PAIR_COUNTER["timeline"] += 1
            if _timeline_link(a, b) is not None:
                return True
    return False


def _strongly_linked(xs: list[TimelineClaim], ys: list[TimelineClaim]) -> bool:
    """Some claim of `xs` and some of `ys` (the first distinct claims of two groups,
    `_distinct_events`: at most `_TRIES` of each), dated apart, are strongly linked: a
    clash needs the two rival claims themselves to be the same event, not two events each
    agreeing with a vaguer third ("September" joins the 9th and the 20th)."""
    rivals = ys[:_TRIES]
    for a in xs[:_TRIES]:
        for b in rivals:
            if dates_overlap(a.date, b.date):
                continue
            PAIR_COUNTER["timeline"] += 1
            if _event_link(a, b, strong=True) == "strong":
                return True
    return False


@lru_cache(maxsize=65536)
def _names_agree(a: str, b: str) -> bool:
    """Two owners may be one entity: equal, or one name holds the other ("Tesla" and
    "Tesla Inc"), or one is the other's short form (see `short_form`); an unnamed owner
    may be anyone."""
    if not a or not b:
        return True
    x, y = a.casefold().split(), b.casefold().split()
    small, large = sorted((x, y), key=len)
    if len(small) == 1 and len(large) > 1 and small[0] == "".join(large):
        return True  # a hashtag writes a name without its spaces ("#KestrelRovers")
    return all(w in large for w in small) or short_form(a, b) or short_form(b, a)


_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,5}")


def _initials(name: str, content: bool) -> str:
    """The first letters of a name's words (`content`: of its capitalised words only,
    "Bank of Ostland" → BO; else of every word, BOO)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if not content or w[0].isupper()).upper()


def short_form(short: str, long: str) -> bool:
    """`short` writes the name `long` shorter: its initials ("SDA" for "Social Democratic
    Alliance", "BoO" for "Bank of Ostland"), or its leading words with the last one in
    another form of one stem ("the Social Democrats" for "Social Democratic Alliance",
    "the Greens" for "Green Future"). A name of one capitalised word that is not the
    first of the other's is never its short form."""
    whole = _long_form(long)
    if whole is None:
        return False
    initials, y = whole
    acronym, x = _short_parts(short)
    if acronym is not None:
        return acronym in initials
    if not x or len(x) >= len(y):
        return False
    return all(p == q or _one_stem(p, q) for p, q in zip(x, y, strict=False))


@lru_cache(maxsize=65536)
def _short_parts(short: str) -> tuple[str | None, tuple[str, ...]]:
    """What `short_form` reads of its short name (remembered: an owner is compared with
    many): its initials upper-cased when it is written as initials, else its stems past
    any leading stopwords ("the Greens")."""
    s = short.strip().removesuffix("’s").removesuffix("'s")
    if _INITIALS.fullmatch(s):
        return s.upper(), ()
    x = [stem(w) for w in s.casefold().split()]
    while x and x[0] in STOPWORDS:
        x = x[1:]
    return None, tuple(x)


@lru_cache(maxsize=65536)
def _long_form(long: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """What `short_form` reads of its long name: its two kinds of initials and its stems;
    None for a name of fewer than two words (no name is short for it)."""
    if len(long.split()) < 2:
        return None
    return (frozenset({_initials(long, True), _initials(long, False)}),
            tuple(stem(w) for w in long.casefold().split()))


def _one_stem(p: str, q: str) -> bool:
    """Two stems of one word in other forms: one is the other and an ending of at most
    three letters ("democrat", "democratic"; not "green", "greenfield")."""
    short, long = sorted((p, q), key=len)
    return len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 3


def _owners_agree(a: FigureClaim, b: FigureClaim, sure: bool = False) -> bool:
    """Named owners must agree; a figure naming none is its article's topic's, so it may
    be a named owner's only when that article speaks of it, and an unnamed one's only when
    the two articles speak of a common name. An article that speaks of no name leaves its
    figures' owner open: they may agree with anyone's, and (`sure`) clash with no named
    one's."""
    if a.owner and b.owner:
        return _names_agree(a.owner, b.owner)
    if a.owner or b.owner:
        named, other = (a, b) if a.owner else (b, a)
        if not other.topic:
            return not sure
        return _owner_in_topic(named.owner, other.topic)
    return not a.topic or not b.topic or _topics_agree(a.topic, b.topic) or (
        # two pages of one event's folder, both of its main story: their topics connect
        # through the folder's other pages ("the Brask Fire" here, "Kerrow County" there)
        a.folder_story and b.folder_story and _one_event(a, b)) or (
        # ... and a local page's figure of no one is the event's, unless its sentence names
        # what its page speaks of ("18 cables snapped at the Tanfield depot")
        a.folder_story != b.folder_story and _one_event(a, b)
        and not _tells_own_topic(b if a.folder_story else a))


def _tells_own_topic(c: FigureClaim) -> bool:
    """The figure's sentence names one of the names its page speaks of most."""
    return any(t in c.text for t in c.topic)


@lru_cache(maxsize=65536)
def _owner_in_topic(owner: str, topic: tuple[str, ...]) -> bool:
    """An owner agrees with a name its article's topic holds (remembered: an article's
    figures share one topic, and each is compared with many)."""
    return any(_names_agree(owner, t) for t in topic)


@lru_cache(maxsize=65536)
def _topics_agree(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two articles' topics share a name (remembered, as `_owner_in_topic`)."""
    return any(_names_agree(p, q) for p in x for q in y)


_SENTENCE_NAME = re.compile(r"(?<=[a-z,;:] )([A-Z][\w&'’-]*[a-z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)")


#: A name of two words or more opening a sentence ("Tornby Shipping must pay …").
_OPENING_NAME = re.compile(r"([A-Z][\w&'’-]*[a-z][\w&'’-]*(?: [A-Z][\w&'’-]*)+)")


@lru_cache(maxsize=65536)
def _sentence_names(text: str) -> frozenset[str]:
    """The names a sentence states, folded ("the Lonorlogor data center cost Intel" →
    lonorlogor, intel): past its first word, which is capitalised anyway, unless that
    word begins a name of two words or more ("Tornby Shipping must pay …" names Tornby
    Shipping, not "Shipping"; "The Lonorlogor …" names Lonorlogor). A wire dateline
    before it ("OSLO (Nordwire) - ") names the place and the agency that filed it,
    nothing the sentence tells of."""
    text = WIRE_DATELINE.sub("", text, count=1)
    out = set()
    opening = _OPENING_NAME.match(text)
    if opening is not None and opening.group(1).split()[0].casefold() in STOPWORDS:
        opening = None  # "The Lonorlogor": the name is past the article
    if opening is not None:
        out.add(opening.group(1).removesuffix("’s").removesuffix("'s").casefold())
    for m in _SENTENCE_NAME.finditer(text):
        if opening is not None and m.start() < opening.end():
            continue  # the tail of the opening name
        out.add(m.group(1).removesuffix("’s").removesuffix("'s").casefold())
    return frozenset(out)


#: Words that name a time, not a thing: a sentence naming "Friday" or "Sept" speaks of
#: no other thing than one that does not.
_TIME_NAMES = frozenset(
    {m.casefold() for m in (*calendar.month_name, *calendar.day_name, *calendar.month_abbr,
                            *calendar.day_abbr, "Sept") if m})


_WEEKDAY_NAMES = frozenset(d.casefold() for d in calendar.day_name)


@lru_cache(maxsize=65536)
def _thing_names(text: str) -> frozenset[str]:
    """The names a sentence states past its first word that are not times ("Friday
    evening", "Sept"): what it tells its figure of."""
    return frozenset(n for n in _sentence_names(text)
                     if n.split()[0].rstrip(".") not in _TIME_NAMES)


def _named_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """Each figure's clause names something the other sentence neither names nor is
    about: two data centers of one company, two ships of one port, not one thing told
    twice (a weekday or a month is a time: the day a figure is of is told by its as-of;
    a name the sentence tells past the figure's clause, "…, most of them in the Nordics",
    is not what the figure counts)."""
    story = a.story_names if a.story_names == b.story_names and _one_event(a, b) else ()
    return (_names_beyond(a.text, b.text, b.topic, story, a.terms or None)
            and _names_beyond(b.text, a.text, a.topic, story, b.terms or None))


def _names_beyond(text_x: str, text_y: str, topic_y: tuple[str, ...],
                  story: tuple[str, ...] = (), clause: tuple[str, ...] | None = None) -> bool:
    """Sentence x names something, not a time, that sentence y neither names nor is
    about, nor is its folder's main story's own (each word of it one of the `story`
    words: the airline of the story, the maker of its plane); with `clause` (the stems of
    the figure's clause, when known), only a name with a word in it counts."""
    theirs = _names_of(text_y, topic_y)
    return any(not any(_names_agree(n, t) for t in theirs)
               and not (story and all(w in story for w in n.split()))
               and (clause is None or any(stem(w) in clause for w in n.split()))
               for n in _thing_names(text_x) - theirs)


@lru_cache(maxsize=65536)
def _names_of(text: str, topic: tuple[str, ...]) -> frozenset[str]:
    """The names a sentence states or its article is about, folded (remembered: one
    claim is compared with many)."""
    return _sentence_names(text) | {t.casefold() for t in topic}


def _context(c: FigureClaim) -> set[str]:
    """The figure's clause words beyond what it counts and its predicate."""
    own = {c.head, *(stem(w) for w in c.predicate.split())}
    return set(c.terms) - own


def _periods_agree(a: str | None, b: str | None) -> bool:
    """Periods that may be one fact's: equal, unstated, or a month and its year (a month
    dates when something happened in the year a figure is for)."""
    if not a or not b or a == b:
        return True
    month, year = (a, b) if len(a) == 7 and a[4] == "-" and a[5].isdigit() else (b, a)
    return len(month) == 7 and month[5].isdigit() and month[:4] == year


def _open_period(a: FigureClaim, b: FigureClaim) -> bool:
    """a names a relative period its undated page leaves open ("this year") and b a dated
    one: which year a means is unknown, so they neither agree nor clash."""
    return bool(a.unresolved) and bool(b.period) and _RELATIVE_WORD.search(
        a.unresolved or "") is not None


_RELATIVE_WORD = re.compile(r"\b(?:this|last|next|current|previous|coming|past)\b.*\byear\b",
                            re.IGNORECASE)


def _same_story(a: FigureClaim, b: FigureClaim, loose: bool = False) -> bool:
    """Two articles tell one story: they speak of two or more of the same names, and were
    published (when both say) within weeks of each other. Figures that name no period are
    the story's own; only then may they clash."""
    if _apart_in_time(a, b):
        return False
    if not a.topic and not b.topic:
        return bool(a.published and b.published)  # two dated pages that name no one
    # names agree as owners do ("Kestrel Water" and "Kestrel Water Holdings")
    shared = sum(any(_names_agree(x, y) for y in b.topic) for x in a.topic)
    # to agree (`loose`), a page that speaks of one name only shares its whole topic
    return shared >= (min(2, len(a.topic), len(b.topic)) if loose else 2)


#: Articles published more than this many days apart tell two stories.
STORY_DAYS = 45


def _one_subject(a: FigureClaim, b: FigureClaim) -> bool:
    """Two articles about one name, told in both sentences ("Storm Mirrabexur displaced
    19,000 people", "Officials moved 57,000 people out of the path of Storm Mirrabexur"),
    published (when both say) within weeks: one story, though they share one name only,
    when all the names one article is about are the other's too (an article also about a
    town the storm hit tells the storm's story; two elections' articles each about its own
    region and one party do not share theirs). A company the gazetteer knows is the
    subject of many stories: it makes none one."""
    if not a.topic or not b.topic or _apart_in_time(a, b):
        return False
    small, large = (a.topic, b.topic) if len(a.topic) <= len(b.topic) else (b.topic, a.topic)
    if not all(any(_names_agree(x, y) for y in large) for x in small):
        return False
    gaz = load_gazetteer()
    return any(not gaz.companies(x) and x.casefold() in a.text.casefold()
               and x.casefold() in b.text.casefold() for x in small)


def _apart_in_time(a: FigureClaim, b: FigureClaim) -> bool:
    return a.published is not None and b.published is not None and abs(
        (a.published - b.published).days) > STORY_DAYS


def _one_event(a: FigureClaim, b: FigureClaim) -> bool:
    """Two figures of one folder of an event's size (EVENT_FOLDER sources at most), of
    pages published (when both say) within STORY_DAYS of each other."""
    return 0 < a.folder_sources <= EVENT_FOLDER and os.path.dirname(a.path) == os.path.dirname(
        b.path) and not _apart_in_time(a, b)


def _days_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """A running count (a toll, cases so far) or a move ("shares fell 14% on Tuesday")
    told for two stated days: two facts."""
    moves = "change" in a.modifiers and "change" in b.modifiers
    if not (a.running or b.running or moves) or a.as_of == b.as_of:
        return False
    if not moves and a.quantity == b.quantity and _filed_day(a) and _filed_day(b):
        # "VARROWBY, Nov 25 – Three people were killed" and a story filed a day later
        # that still counts three: the toll as each story was filed, unchanged
        return False
    x, y = _weekday_of(a.as_of), _weekday_of(b.as_of)
    if _ISO_DAY.fullmatch(a.as_of) and _ISO_DAY.fullmatch(b.as_of):
        return True
    # a stated weekday is no other day of the week ("on Wednesday" beside a Tuesday)
    return bool(x and y and x != y)


@lru_cache(maxsize=16384)
def _filed_text_day(text: str) -> bool:
    """The text opens with a wire dateline and states no date of its own after it."""
    m = WIRE_DATELINE.match(text)
    return m is not None and not find_dates(text[m.end():], None)


def _filed_day(c: FigureClaim) -> bool:
    """A running count's day is the day its story was filed (its dateline), not one its
    sentence states ("as of Nov. 3", "on Wednesday")."""
    return bool(c.as_of) and _filed_text_day(c.text)


def _left_open(c: FigureClaim) -> bool:
    """The figure's page leaves its period open ("this year" on an undated page); a
    weekday that only says which day it was told of ("cancelled on Wednesday") is its
    stated day (`as_of`), no open period."""
    return bool(c.unresolved) and not (
        c.as_of in _WEEKDAY_NAMES and (c.unresolved or "").casefold() == c.as_of)


def _one_day(a: FigureClaim, b: FigureClaim) -> bool:
    """The two figures are told of one stated day: the same one, or a weekday and a date
    of one event's folder that falls on it ("on Wednesday" on an undated page, "on
    Wednesday, November 11" on a dated one)."""
    if a.as_of == b.as_of:
        return True
    if not (a.as_of in _WEEKDAY_NAMES) ^ (b.as_of in _WEEKDAY_NAMES) or not _one_event(a, b):
        return False
    return _weekday_of(a.as_of) == _weekday_of(b.as_of) != ""


def _day_clash(x: str, y: str) -> bool:
    """Two stated days (ISO days or weekday names) that cannot be one day."""
    if _ISO_DAY.fullmatch(x) and _ISO_DAY.fullmatch(y):
        return x != y
    return _weekday_of(x) != _weekday_of(y)


def _weekday_of(as_of: str) -> str:
    """The weekday a stated day names ("2026-11-10": tuesday; "wednesday"), or ''."""
    if as_of in _WEEKDAY_NAMES:
        return as_of
    if _ISO_DAY.fullmatch(as_of):
        try:
            return calendar.day_name[dt.date.fromisoformat(as_of).weekday()].casefold()
        except ValueError:
            return ""
    return ""


def _same_day_count(a: FigureClaim, b: FigureClaim) -> bool:
    """One figure (a toll, the injured, a day's takings) two articles of one story give
    for one stated calendar day: the day names the fact as a period would."""
    return (a.as_of == b.as_of
            and _ISO_DAY.fullmatch(a.as_of) is not None and _same_story(a, b, loose=True))


def _same_rate(a: FigureClaim, b: FigureClaim) -> bool:
    """One named owner's level of one known rate ("the Bank of Ostland's key rate"),
    reported within a week: a level at a time, whatever words tell it."""
    return (a.quantity.unit in {"%", "bp"} and bool(a.metric) and a.metric == b.metric
            and bool(a.owner or b.owner) and _owners_agree(a, b, sure=True)
            and "change" not in a.modifiers and "change" not in b.modifiers
            and a.published is not None and b.published is not None
            and abs((a.published - b.published).days) <= 7)


def _same_rank(a: FigureClaim, b: FigureClaim) -> bool:
    """One named owner's position ("Dunbrook University rose to 87th", "| Dunbrook
    University | 97th |") on two pages of one event's folder or one story: one standing,
    whatever words tell it (a position of no one named, as a league table's or a
    results list's, says nothing this way; a past one, "up from 128th", is a base)."""
    return (a.quantity.unit == RANK and bool(a.owner) and bool(b.owner)
            and _owners_agree(a, b, sure=True)
            and (_one_event(a, b) or _same_story(a, b)))


def _same_total(a: FigureClaim, b: FigureClaim) -> bool:
    """One named owner's total of one measure ("the council's total investment",
    "raising the council's total outlay to"): one sum at a time, whatever else the
    clauses say."""
    return ("total" in a.modifiers and "total" in b.modifiers and bool(a.owner)
            and bool(b.owner) and _names_agree(a.owner, b.owner))


def _written_digits(q: Quantity) -> str | None:
    """The significant digits of a point value as written ("$3.18 billion": 318, "38,000":
    38, "0.25": 25), None for a range, an open bound or no written precision."""
    if q.low is None or q.low != q.high or q.step <= 0 or q.bound not in ("exact", "approx"):
        return None
    units = round(abs(q.low) / q.step)
    if units <= 0 or abs(units * q.step - abs(q.low)) > q.step * 1e-6:
        return None
    return str(units).rstrip("0") or None


def _misprint(a: Quantity, b: Quantity) -> bool:
    """Two values of one unit that are one value mis-copied: the same digits with two of
    them swapped ("312" and "132", "£214m" and "£241m", "1,246" and "1,426") or the same
    digits a power of ten apart ("31" and "310", "£3.18bn" and "£31.8bn"), of two digits
    at least. Two facts of one measure seldom stand so; a copy error often does."""
    da, db = _written_digits(a), _written_digits(b)
    if da is None or db is None or len(da) < 2 or (a.low or 0) * (b.low or 0) < 0:
        return False
    if da == db:
        ratio = abs(a.low or 0) / abs(b.low or 1)
        return ratio != 1 and abs(math.log10(ratio) - round(math.log10(ratio))) < 1e-9
    if len(da) != len(db) or abs((a.low or 0) - (b.low or 0)) >= max(
            abs(a.low or 0), abs(b.low or 0)):
        return False  # "23" and "32,000": another magnitude
    differ = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    return len(differ) == 2 and da[differ[0]] == db[differ[1]] and da[differ[1]] == db[
        differ[0]]


#: The fewest significant digits of a value whose swapped digits name it by themselves.
_COPIED_DIGITS = 4


#: The fewest significant digits of a count whose zero dropped names it whatever verbs
#: tell it.
_TENS_DIGITS = 3


def _copied(a: FigureClaim, b: FigureClaim) -> bool:
    """Two counts of one kind of thing in one event's folder whose values are one number
    of four or more significant digits with two digits swapped ("38,412 runners" and
    "38,142 finishers", "1,246 patients" and "1,426 patients"), or of one counted noun
    whose digits are the same a power of ten apart ("1,650 universities", "16,500
    universities"): one count mis-copied, whatever verbs tell it; two facts seldom stand
    so."""
    x, y = a.quantity, b.quantity
    # one measure the lexicon knows, told of one key ("31 deaths", "310 people died")
    measure = bool(a.metric) and a.key == b.key and a.metric == b.metric
    if x.unit != "count" or not ((a.head_kind and a.head_kind == b.head_kind) or (
            a.head and a.head == b.head) or measure) or not _one_event(a, b) \
            or _named_apart(a, b):
        return False
    da = _written_digits(x)
    if da is not None and da == _written_digits(y):
        # "1,650 universities" and "16,500 universities": one count of one noun with a
        # zero dropped or added; of two digits only, told by one verb or by one of them
        # alone (25 workers injured are not 250 evacuated)
        return (a.head == b.head != "" or measure) and _misprint(x, y) and (
            len(da) >= _TENS_DIGITS or a.predicate == b.predicate or measure
            or not (a.predicate and b.predicate))
    return da is not None and len(da) >= _COPIED_DIGITS and _misprint(x, y)


def _significance(q: Quantity, exact: bool = False) -> float:
    """How many units of its last written digit a value holds (10: two significant digits;
    0 when unknown, or when `exact` and the value is a range or bound)."""
    v = q.low if q.low is not None else q.high
    if q.step <= 0 or v is None or (exact and q.low != q.high):
        return 0.0
    return abs(v) / q.step


def _specific(q: Quantity) -> bool:
    """Two or more significant digits: an equal value is telling, not a round coincidence."""
    return _significance(q) >= 10


def _fingerprint(q: Quantity) -> bool:
    """A number written with five or more significant digits names one fact by itself."""
    return _significance(q, exact=True) >= 1e4


#: The modifier of a whole told as such ("total", "overall", "combined").
_TOTAL = frozenset({"total"})
#: Modifiers that make another quantity of the same thing (see extract.measured).
_HARD = frozenset({"change", "base", "whole", "part", "increment", "denied"})


def _figure_link(a: FigureClaim, b: FigureClaim) -> Link:
    """How surely two figures of one block (one unit, one thing measured) state one fact.

    Some differences forbid identity outright: another named owner, another period,
    another basis, another narrowing of the thing measured. A strong link (they may
    contradict) needs every part stated alike: the same counted noun, the same predicate,
    the same modifiers and some shared context; agreement may be looser.
    """
    if is_scale(a.quantity.unit) or a.quantity.unit == TALLY:
        return _reading_link(a, b)  # a vote's split is its vote's, as a reading its thing's
    if a.quantity.unit == DAY:
        return _duration_link(a, b)
    if a.quantity.unit == CLOCK:
        return _clock_link(a, b)
    if a.quantity.unit == AGE:
        # an age may agree, never clash: two people of one story have two ages
        named = a.owner and b.owner and not _names_agree(a.owner, b.owner)
        return None if named or a.basis != b.basis else "weak"
    owners = _owners_agree(a, b)
    if not owners and not (same_quantity(a.quantity, b.quantity) and (
            _specific(a.quantity) or _same_story(a, b) or _one_count_told(a, b))):
        return None  # Labour's seats are not the Conservatives' seats
    if _open_period(a, b) or _open_period(b, a):
        # "this fiscal year" of an undated page is no dated year: it may be that year's
        # (the same value agrees), never clash with it
        return "weak" if same_quantity(a.quantity, b.quantity) and set(
            a.modifiers) == set(b.modifiers) and a.basis == b.basis and owners else None
    if not _periods_agree(a.period, b.period):
        return None
    if _days_apart(a, b):
        return None  # a toll of Sunday is not Tuesday's, however equal
    if a.unresolved and b.unresolved and a.as_of != b.as_of:
        # "65% contained on Friday" and "as of Wednesday" of undated pages: two stated
        # days no calendar ties together, two facts
        return None
    # a thing's size is no plan's: "plans to replace the 3.4-mile bridge" tells the
    # bridge as it stands
    sized = units().is_physical(a.quantity.unit) and bool(a.head) and bool(b.head)
    if units().is_physical(a.quantity.unit) and bool(a.head) != bool(b.head):
        return None  # "a diver at 300 metres" is no "300-metre tanker": a thing's size
    if (a.basis == "estimate") != (b.basis == "estimate") and not (
            same_quantity(a.quantity, b.quantity) and (
                "actual" not in (a.basis, b.basis)
                or (_specific(a.quantity) and _one_event(a, b)))):
        # an analysts' estimate neither confirms nor denies a report (a plan "estimated
        # to cost" what another page says it will cost agrees with it, and so does one
        # value of two or more digits an event's folder tells both ways, as
        # _worded_alike has it)
        return None
    if a.basis != b.basis and not same_quantity(a.quantity, b.quantity) and not (
            sized and "estimate" not in (a.basis, b.basis)):
        return None  # a plan and a result agree only when they say the same number
    ma, mb = set(a.modifiers), set(b.modifiers)
    if ma & _HARD != mb & _HARD:
        return None  # a change, a comparison base, a whole or a step is another quantity
    ma, mb = ma - _HARD, mb - _HARD
    na, nb = {m for m in ma if m[:1] == "@"}, {m for m in mb if m[:1] == "@"}
    if na and nb and not (na <= nb or nb <= na):
        return None  # Kakalolo handsets are not Kanorvelka handsets
    ma, mb = ma - na, mb - nb
    ta, tb = {m for m in ma if m.startswith(OUT_OF)}, {m for m in mb if m.startswith(OUT_OF)}
    if ta and tb and ta != tb:
        return None  # a score out of 25 is not one out of 100
    if ma - ta and mb - tb and not (ma - ta) & (mb - tb):
        return None  # construction jobs are not indirect jobs
    copied = _copied(a, b)
    if a.head and b.head and a.head != b.head and not (
            _fingerprint(a.quantity) and a.quantity == b.quantity) and not (
            # "six men" and "six construction workers" killed: one kind, one number
            a.head_kind and a.head_kind == b.head_kind
            and same_quantity(a.quantity, b.quantity)) and not copied:
        return None
    if a.predicate != b.predicate and not a.head and a.predicate and b.predicate and not (
            same_quantity(a.quantity, b.quantity) and _specific(a.quantity)):
        return None  # money or a rate with another predicate: another measure
    if units().is_physical(a.quantity.unit):
        return "strong" if _sizes_one(a, b, ma, mb) or (
            ma == mb and (_misprinted_sizes(a, b) or _sole_sizes(a, b))) else "weak"
    if _named_apart(a, b) and not _one_event(a, b) and not _same_story(a, b, loose=True) \
            and not (_fingerprint(a.quantity) and a.quantity == b.quantity):
        # "the Orlan campus holds 16,000 servers" and "the Vessa region houses 16,000
        # servers" in two stories: two things, however equal their numbers
        return None
    if copied and owners and _owners_agree(a, b, sure=True) and ma == mb and na == nb \
            and a.period == b.period and a.basis == b.basis and a.basis != "estimate" \
            and not a.unresolved and not b.unresolved and (
                # a count of no stated day may be any day's, mis-copied ("31 deaths by
                # Friday", "310 people have died")
                a.as_of == b.as_of or not (a.as_of and b.as_of)):
        return "strong"  # "38,412 runners finished", "38,142 finishers": one count mis-copied
    strong = (
        owners and _owners_agree(a, b, sure=True)
        and a.head == b.head and a.predicate == b.predicate
        # told by the same predicate, or by none when the noun and its modifiers say it
        # all ("the 948-foot vessel")
        and (bool(a.predicate) or (bool(a.head) and bool(ma)))
        and (ma == mb or _told_as_one(a, b, ma, mb))
        and na == nb and a.period == b.period and a.basis == b.basis
        and a.basis != "estimate" and not _left_open(a) and not _left_open(b)
        and bool(a.predicate or a.head) and bool(b.predicate or b.head)
        and "base" not in a.modifiers and "base" not in b.modifiers
        # a change says against what it moved ("on the year", "from the first quarter"):
        # "rose 15%" and "fell 4.8%" that say not may be told against other periods
        and ("change" not in a.modifiers or _against(a) is not None)
        # a stated period names the fact; figures of no period must be told alike, in
        # one story, or be one named owner's rate the lexicon knows, told the same week
        # (two words of what the clauses tell beyond the measure itself: "valuation" and
        # "billion" are any money figure's), in one story or one event's folder
        and (bool(a.period) or ((_same_story(a, b) or _one_event(a, b)
                                  or _one_subject(a, b)) and (
            len(_context(a) & _context(b) - _measure_words(a.metric)) >= 2
            or _same_total(a, b) or _misprint(a.quantity, b.quantity)
            or _main_story_count(a, b) or _sole_pair(a, b)))
             or _same_rate(a, b) or _same_day_count(a, b) or _same_rank(a, b))
        # a running figure (a toll, a count so far) of another day is another fact
        and (_one_day(a, b) or (
            not (a.as_of and b.as_of) and not a.running and not b.running))
        and not _named_apart(a, b)
    )
    return "strong" if strong else "weak"


def _one_count_told(a: FigureClaim, b: FigureClaim) -> bool:
    """One number of one counted noun in one event's folder, one page naming whose it is
    and the other no one ("the institute flew six drones", "Six drones, two broken."): the
    same count, told with and without its owner (it may agree, as the owners do not say
    against it)."""
    return bool(a.head) and a.head == b.head and not (a.owner and b.owner) \
        and _one_event(a, b)


def _told_as_one(a: FigureClaim, b: FigureClaim, ma: set[str], mb: set[str]) -> bool:
    """"An overall score of 98.1" and "scored 98.4 out of 100", each the only value its
    page gives of the measure: one value whose whole ("overall") or scale ("out of 100")
    one page leaves out. The whole must be the smaller (a whole is never less than a
    part of it: a total larger than the other may be the sum the other is a part of),
    and both values within the one scale told."""
    apart = ma ^ mb
    tops = {m for m in apart if m.startswith(OUT_OF)}
    if not apart or apart - _TOTAL - tops or len(tops) > 1 or not _sole_pair(a, b):
        return False
    if "total" in apart:
        whole, other = (a, b) if "total" in ma else (b, a)
        if whole.quantity.high is None or other.quantity.low is None \
                or not 0 <= whole.quantity.high < other.quantity.low:
            return False
    for top in tops:
        most = float(top.removeprefix(OUT_OF))
        if any(c.quantity.high is None or c.quantity.high > most for c in (a, b)):
            return False
    return True


def _sole_pair(a: FigureClaim, b: FigureClaim) -> bool:
    """Two figures of one measure in one event's folder, each the only value its page
    gives of it ("the ship is 366 metres long" here, "399.9 m in length" there): one
    attribute of the event, told twice."""
    return a.sole and b.sole and a.key == b.key and _one_event(a, b) and bool(
        _context(a) & _context(b) - _measure_words(a.metric))


def _sole_sizes(a: FigureClaim, b: FigureClaim) -> bool:
    """Two sizes of one frame ("wide", "away", "averaged … km/h"), each the only one its
    page gives, in one event's folder: one attribute of the event told twice, when both
    tell their size of one thing, or neither names what it measures by a copula ("the
    lighthouse is 38 metres tall" is no cottage's height, "a marathon is 42 km long" no
    runner's distance)."""
    if not (a.predicate and a.predicate == b.predicate and a.basis == b.basis
            and not (a.running or b.running) and _sole_pair(a, b)
            and _owners_agree(a, b, sure=True) and not _named_apart(a, b)):
        return False
    return _size_subject(a.text) == _size_subject(b.text)


#: A copula a size is told by ("the hall is 38 metres tall"), the aside before it set off
#: by commas, and a place or name after its subject ("the cottage at Skarn").
_SIZE_COPULA = re.compile(r"(?:,[^,]{1,80},\s*)?\s+(?:is|was|are|were|stands|stood|measures"
                          r"|measured)\s+(?:[a-z]+\s+){0,3}?[0-9]")
_NAMED_PLACE = re.compile(r"(?:\s+(?:at|in|on|of|near)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)+$")


@lru_cache(maxsize=4096)
def _size_subject(text: str) -> str:
    """The noun a copula's size is told of ("The Skarn lighthouse, restored in 2019, is 38
    metres tall": lighthouse; "it is 2 km wide": it), as a stem; '' when no copula tells
    the size."""
    m = _SIZE_COPULA.search(text)
    if m is None:
        return ""
    words = re.findall(r"[\w'’-]+", _NAMED_PLACE.sub("", text[:m.start()]))
    last = words[-1] if words else ""
    return stem(last.lower()) if last.isalpha() else "-"


def _main_story_count(a: FigureClaim, b: FigureClaim) -> bool:
    """Two counts of one noun by one predicate, both on pages of their event folder's main
    story: the story's count ("carried 212 passengers", "carrying 221 passengers"), both
    told of a stated day or neither (the flights cancelled on Wednesday are not all the
    flights cancelled)."""
    return bool(a.head) and a.folder_story and b.folder_story and _one_event(a, b) and (
        bool(a.as_of) == bool(b.as_of))


def _clock_link(a: FigureClaim, b: FigureClaim) -> Link:
    """How surely two times of day (one zone) are one: of one thing ("the quake hit",
    "the earthquake struck": a noun that ends the other is the same), told by verbs of one
    moment (a start, an end: `data/clock.yaml` `moments`), of owners and days that
    agree. Such times in one story or one event's folder may clash; equal times of one
    moment agree whatever their things (the disruption and the errors began at 09:14);
    a time whose verb tells no moment may agree, never clash, and so may a time of no
    zone and one of a zone; times of two zones are never one."""
    if not _owners_agree(a, b) or not _periods_agree(a.period, b.period):
        return None
    za = {m for m in a.modifiers if m.startswith(ZONE_MARK)}
    zb = {m for m in b.modifiers if m.startswith(ZONE_MARK)}
    if za and zb and za != zb:
        return None
    if a.predicate != b.predicate or a.basis != b.basis:
        return None  # when an outage began is not when it ended
    if a.unresolved and b.unresolved and a.as_of != b.as_of:
        return None
    one = bool(a.head) and bool(b.head) and (a.head.endswith(b.head)
                                            or b.head.endswith(a.head))
    if not one:
        return "weak" if same_quantity(a.quantity, b.quantity) and a.predicate else None
    if a.predicate and za == zb and (_same_story(a, b) or _one_event(a, b)) \
            and not _named_apart(a, b) and a.period == b.period \
            and not a.unresolved and not b.unresolved:
        return "strong"
    return "weak"


def _reading_link(a: FigureClaim, b: FigureClaim) -> Link:
    """How surely two readings on one scale ("magnitude 6.8", "magnitude 7.8") are one.

    A reading is of a thing of a kind ("earthquake", "aftershock": two things), wherever
    its sentence puts it in time; whose it is, is told by the place or name the sentences
    (or their pages) share, not by the sentence's grammar. They may clash when both name
    the same kind of thing, share a name, are stated exactly on one basis, of one day and
    one period when both say, and neither names something the other is not about. A
    reading naming nothing read ("above magnitude 3") may agree, never clash."""
    if a.head and b.head and a.head != b.head:
        return None  # the aftershock's magnitude is not the main shock's
    if a.period and b.period and a.period != b.period:
        return None
    place = _shared_name(a, b)
    if not (place or _same_story(a, b, loose=True) or same_quantity(a.quantity, b.quantity)):
        return None
    strong = (bool(a.head) and a.head == b.head and a.modifiers == b.modifiers
              and not _told_of_past(a) and not _told_of_past(b)
              and a.basis == b.basis and a.basis != "estimate"
              and a.quantity.bound == b.quantity.bound == "exact" and place
              # a storm's category changes from day to day: two stated days must agree
              and not (_DAY.fullmatch(a.as_of) and _DAY.fullmatch(b.as_of)
                       and a.as_of != b.as_of)
              and not _named_apart(a, b))
    return "strong" if strong else "weak"


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _told_of_past(c: FigureClaim) -> bool:
    """The figure names a year before its page's ("the region's last big quake, a
    magnitude 7.0 in 2004"): another, earlier thing of the kind, that may agree, never
    clash with the story's own."""
    return bool(c.period and c.published and c.period[:4].isdigit()
                and int(c.period[:4]) < c.published.year)


def _duration_link(a: FigureClaim, b: FigureClaim) -> Link:
    """How surely two durations of one thing ("a five-year contract", "jailed for nine
    years": a sentence) are one length.

    Whose thing it is, is told by the names the sentences give (a sentenced person, a
    club): two sentences that each name someone the other does not speak of are of two
    people (Harwick's three years are not Vell's seven and a half); a clash needs a name
    both give, or neither naming anyone in one story, and exact values on one basis.
    Durations of two things are never one; a bare one (of no thing told) is linked by
    `_bare_link`: never strongly to a thing's duration."""
    if a.period and b.period and a.period != b.period:
        return None
    if (a.basis == "estimate") != (b.basis == "estimate"):
        return None
    if BARE in a.modifiers and BARE in b.modifiers:
        return _bare_link(a, b)  # two counts of time: as two counts of one unit were
    na, nb = _told_names(a), _told_names(b)
    if _names_absent(na, b, nb) and _names_absent(nb, a, na):
        return None  # two people's sentences, two clubs' deals
    if BARE in a.modifiers or BARE in b.modifiers:
        return _bare_link(a, b)
    if a.head != b.head:
        return None  # a five-year contract is no five-year ban
    shared = any(_names_agree(x, y) for x in na for y in nb)
    strong = (a.head == b.head != TIME and a.basis == b.basis and a.basis != "estimate"
              and not _told_of_past(a) and not _told_of_past(b)
              and a.quantity.bound == b.quantity.bound == "exact"
              and ("base" not in a.modifiers and "base" not in b.modifiers)
              and (shared or (not na and not nb and _same_story(a, b, loose=True))))
    return "strong" if strong else "weak"


#: Durations are blocked together: a bare length of time ("for 52 hours") may be the
#: length of any thing's duration ("a 52-hour strike").
_DURATIONS = "figure|duration|" + DAY

#: Named durations a bare length never agrees with: how early or late a thing came is
#: no length of anything it did.
_NOT_BARE = frozenset(packaged("durations.yaml")["told_after"])


def _bare(c: FigureClaim) -> bool:
    """A bare length of time: a duration told of no thing ("for 52 hours")."""
    return c.quantity.unit == DAY and BARE in c.modifiers


def _bare_link(a: FigureClaim, b: FigureClaim) -> Link:
    """How surely two durations, one or both bare (told of no thing: "for 52 hours",
    "after nine days", "a 19-day build"), are one length: weakly when something ties
    them; strongly (they may clash) only when both are bare and name one measured thing
    alike (`_bare_strong`), never a bare length and a thing's duration.

    The periods, basis and names of both are already found to agree (`_duration_link`).
    What ties them: the nouns both give the thing measured are one ("19-day build",
    "the build took 19 days"); one gives none and the other's thing is a word of its
    clause ("the strike ended after nine days" and "a nine-day strike"); or they share
    a word of context beyond their units. Two bare lengths that give no noun agree as
    two counts of one unit did, when their owners agree (or they tell one story) and
    neither names a thing the other is not about."""
    if a.head in _NOT_BARE or b.head in _NOT_BARE:
        return None  # "after two days" is no "two days early"
    if _open_period(a, b) or _open_period(b, a) or not _periods_agree(a.period, b.period):
        return None
    if a.unresolved and b.unresolved and a.as_of != b.as_of:
        return None
    if set(a.modifiers) & _HARD != set(b.modifiers) & _HARD:
        return None  # a change or a whole is another quantity
    if not _owners_agree(a, b) and not (same_quantity(a.quantity, b.quantity) and (
            _specific(a.quantity) or _same_story(a, b))):
        return None
    if _named_apart(a, b) and not _one_event(a, b) and not _same_story(a, b, loose=True):
        return None  # two ships' voyages, two towns' closures
    ha, hb = _bare_thing(a), _bare_thing(b)
    if ha and hb and not ha & hb:
        return None  # a 40-minute commute is no 40-minute delay
    if BARE in a.modifiers and BARE in b.modifiers:
        # "after six days" and "six days underground"
        return "strong" if _bare_strong(a, b, ha, hb) else "weak"
    # a bare length and a thing's duration: a word of the thing in the bare one's
    # sentence, or a word of context both clauses share, tells it is of that thing
    bare, named = (a, b) if BARE in a.modifiers else (b, a)
    thing = _bare_thing(named)
    if (thing and (thing & _bare_words(bare) or thing & _bare_thing(bare))) \
            or _context_shared(a, b):
        return "weak"
    return None


def _bare_strong(a: FigureClaim, b: FigureClaim, ha: frozenset[str],
                 hb: frozenset[str]) -> bool:
    """Two bare lengths of time that name one measured thing alike, as two counts of one
    unit and predicate might clash: the same noun ("a 36-hour deep clean", "a 3-hour
    clean") or the same word of what lasted ("deliberated for three days", "deliberated
    for five days"; "13 hours of debate", "the debate had run for 31 hours"), and what
    names the fact: one stated period, two more words of context shared in one story, or
    (of such a noun or word) one value mis-copied ("31 hours", "13 hours"). A verb of
    lasting or a preposition ("lasted", "within") names no thing: only context does.
    Both told as one value (exactly or about, not a bound) in one unit ("31 hours", "13
    hours"; "about two weeks" and "41 days" may be two things), owners both name alike,
    one basis, no day of a running count apart, and neither names a thing the other is
    not about."""
    named = (bool(ha) and ha == hb) or (
        a.predicate == b.predicate and len(a.predicate) >= 3
        and not set(a.predicate.split()) & (STOPWORDS | _TIME_WORDS | _LASTING_STEMS))
    told = named or (bool(a.predicate) and a.predicate == b.predicate)
    if not told or a.quantity.bound not in _POINT or b.quantity.bound not in _POINT \
            or a.quantity.step != b.quantity.step:
        return False  # "about two weeks" and "41 days": two units, never a clash
    one_story = _same_story(a, b) or _one_event(a, b) or _one_subject(a, b)
    context = len((_context(a) & _context(b)) - unit_stems() - _LASTING_STEMS)
    names_fact = (bool(a.period) or (one_story and (
        context >= 2 or (named and _misprint(a.quantity, b.quantity)))))
    return (names_fact and _owners_agree(a, b, sure=True)
            and a.period == b.period and a.basis == b.basis and a.basis != "estimate"
            and not a.unresolved and not b.unresolved
            and (a.as_of == b.as_of or (not (a.as_of and b.as_of)
                                        and not a.running and not b.running))
            and not _named_apart(a, b)
            and not {"change", "base"} & (set(a.modifiers) | set(b.modifiers)))


#: Words that tell a length of time when, not of what ("within", "after", "early").
_TIME_WORDS = frozenset({"within", "after", "before", "over", "under", "into", "later",
                         "earlier", "early", "late", "ago", "next", "last", "past", "back",
                         "ahead", "about", "around", "almost", "nearly", "just", "only"})


#: Bounds of a value told as one point: "about seven hours" may clash, "up to 30 days" not.
_POINT = frozenset({"exact", "approx"})


def _bare_thing(c: FigureClaim) -> frozenset[str]:
    """The stems naming what a duration is the length of: its thing's words, or the noun
    a bare one is told with ("build" of "a 19-day build"); none for a bare length told
    by its unit alone, or a time taken (which any sentence may tell)."""
    if not c.head or c.head == TIME:
        return frozenset()
    if BARE in c.modifiers:
        return frozenset({c.head})
    return thing_words(c.head) or frozenset({c.head})


def _bare_words(c: FigureClaim) -> frozenset[str]:
    """The stems of a duration's sentence (or table row) and clause: where a word of
    the thing it is the length of would be."""
    words = {stem(w.casefold()) for w in _WORD_AT.findall(c.text)}
    return frozenset((words | set(c.terms)) - STOPWORDS - unit_stems())


def _context_shared(a: FigureClaim, b: FigureClaim) -> bool:
    """The clauses of two durations share a word beyond their units and what they are
    (a verb of lasting or taking says nothing of which thing lasted)."""
    shared = (set(a.terms) & set(b.terms)) - unit_stems() - _LASTING_STEMS
    return bool(shared)


_LASTING_STEMS = frozenset(
    stem(w) for phrase in (*packaged("durations.yaml")["lasting"], "take", "took", "taken",
                           "takes", "spent", "spend", "after", "for", "within")
    for w in phrase.split())


_LEAD_NAMES = re.compile(r"^(?:[A-Z]+:\s+)?([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)+)")


def _told_names(c: FigureClaim) -> frozenset[str]:
    """The names a claim's sentence tells (its leading name, its owner, names past its
    first word), folded; months and weekdays are nobody."""
    names = set(_sentence_names(c.text))
    lead = _LEAD_NAMES.match(c.text)
    if lead:
        names.add(lead.group(1).casefold())
    if c.owner:
        names.add(c.owner.casefold())
    return frozenset(n for n in names if not find_dates(n) and n not in _NOBODY)


_NOBODY = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "breaking"})


def _names_absent(names: frozenset[str], other: FigureClaim, others: frozenset[str]) -> bool:
    """One of `names` is neither among the other claim's names nor in its sentence."""
    text = other.text.casefold()
    return any(not any(_names_agree(n, m) for m in others)
               and not any(w in text for w in n.split()) for n in names)


def _shared_name(a: FigureClaim, b: FigureClaim) -> bool:
    """The two sentences (or a sentence and the other's page) name one place or name."""
    na, nb = _sentence_names(a.text), _sentence_names(b.text)
    ta = {t.casefold() for t in a.topic}
    tb = {t.casefold() for t in b.topic}
    return any(_names_agree(x, y) for x in na for y in nb | tb) or any(
        _names_agree(x, y) for x in nb for y in ta)


def _against(c: FigureClaim) -> str | None:
    """What a change is told against ("vs year"), if it says."""
    return next((m for m in c.modifiers if m.startswith("vs ")), None)


def _sizes_one(a: FigureClaim, b: FigureClaim, ma: set[str], mb: set[str]) -> bool:
    """Two physical sizes (already allowed to agree) are one thing's, so they may clash:
    told by one frame (the altitude, the height) of one kind of thing the data knows ("the
    tanker", "the vessel"), or by a frame word with no thing named, and by a name beside them both
    give (or one gives and the other's page speaks of), or else in one story told alike.
    A bare length ("at 9,000 feet") names nothing measured: it may agree, never clash."""
    frame_only = not a.head and a.predicate != units().dimensions[a.quantity.unit]
    if not (a.head == b.head and a.predicate == b.predicate and (a.head or frame_only)):
        return False
    if a.head and not (a.head_kind and b.head_kind):
        return False  # a "5-mile run", a "10-mile run": a noun of no known kind may be two
    if ma != mb or a.period != b.period or "estimate" in (a.basis, b.basis) \
            or (a.basis != b.basis and not a.head) or "base" in ma:
        return False
    if (a.unresolved or b.unresolved) and not a.head:
        return False  # a thing's size is no period's: "the 3.4-mile bridge … on Tuesday"
    if a.running or b.running or (a.as_of and b.as_of and a.as_of != b.as_of):
        return False
    if (a.owner or b.owner) and a.head:
        # the name a size is told beside is the thing measured ("the Maren Star, a 720-foot
        # vessel"): one name, or one and the page of the other that speaks of it
        return _owners_agree(a, b, sure=True)
    return (_owners_agree(a, b, sure=True) and _same_story(a, b)
            and len(_context(a) & _context(b)) >= 2 and not _named_apart(a, b))


def _misprinted_sizes(a: FigureClaim, b: FigureClaim) -> bool:
    """Two sizes of one frame in one event's folder whose values are one number mis-copied
    ("48 metres of water", "84 metres of water"; "640 km", "6,400 km"): one thing's size,
    even where neither names the thing measured."""
    return (a.predicate == b.predicate and _misprint(a.quantity, b.quantity)
            and _one_event(a, b) and _owners_agree(a, b, sure=True)
            and a.period == b.period and a.basis == b.basis and a.basis != "estimate"
            and not (a.running or b.running) and not _named_apart(a, b))


def _linked(a: FigureClaim, b: FigureClaim) -> Link:
    """_figure_link, counted."""
    PAIR_COUNTER["figure"] += 1
    return _figure_link(a, b)


#: How finely a period is stated, by the length of its value ("2024" < "2024-Q2" and
#: "2024-05" < "2024-05-14").
_PERIOD_RANK = {4: 1, 6: 2, 7: 2, 10: 3}

def _figure_groups(claims: list[FigureClaim]) -> list[Group]:
    """Figures grouped by identity, block by block (one unit, one thing measured).

    A group grows from a core: a claim joins the first group whose core it agrees with
    (same fact, overlapping values), so unrelated figures never chain. Two groups whose
    cores are strongly linked and whose values cannot both hold are one contradicted
    finding, when the rival claims come from different sources and no source says both.
    """
    blocks: dict[str, list[FigureClaim]] = defaultdict(list)
    for c in claims:
        blocks[_DURATIONS if c.quantity.unit == DAY else c.key].append(c)
    out: list[Group] = []
    for block in blocks.values():
        # the most specific claims become cores: an exact, dated figure, not a bound or an
        # undated "about" that would gather neighbouring values around it
        # ... and a named owner's, not a figure of no one that would gather every owner's
        # ... and a thing's duration, not a bare length of time that may be anything's
        # ... and any before an open bound of one digit ("millions of payments" would
        # gather every number past a million)
        block.sort(key=lambda c: (_bare(c), _bound_rank(c.quantity), c.period is None,
                                  not c.head, not c.owner, c.path, c.line, c.text,
                                  c.quantity.value))
        # claims equal in every part compared are one representative: a repeated line
        # costs one comparison, not one per copy
        reps: dict[tuple[object, ...], list[FigureClaim]] = {}
        for c in block:
            reps.setdefault((c.quantity, c.period, c.owner, c.head, c.predicate,
                             c.modifiers, c.basis, c.unresolved, c.terms), []).append(c)
        cores: list[FigureClaim] = []
        members: list[list[FigureClaim]] = []
        day_of: list[str] = []  # the stated day of a group's running count, if any
        values = _ValueIndex()
        words = _Blocks([copies[0].terms for copies in reps.values()])
        for r, copies in enumerate(reps.values()):
            c = copies[0]
            # of the cores it agrees with, a claim joins the one whose period is stated
            # most finely, then the one most claims state (an undated "410,831 vehicles"
            # is the quarter's figure, not the year's); only cores whose values overlap
            # its own are looked at, at most _TRIES of them: those sharing its rarest
            # words first, then the first filed
            near = [n for n in values.overlapping(c.quantity)
                    if overlaps(cores[n].quantity, c.quantity)]
            if len(near) > _TRIES:
                ranked = words.candidates(r, accept=set(near).__contains__)
                near = ranked + [n for n in near if n not in ranked][: _TRIES - len(ranked)]
            # a bound joins an exact core it merely admits ("up to $500 billion" beside
            # "$10 billion in April") only when the two are surely one fact
            # a group never holds a running count of two stated days, even through an
            # undated core ("86 cases" beside "86 cases on Nov 3" and "on Nov 17")
            day = c.as_of if (c.running or "change" in c.modifiers) and _weekday_of(
                c.as_of) and not ("change" not in c.modifiers and _filed_day(c)) else ""
            fits = [n for n in near if (not day or day_of[n] in ("", day) or not _day_clash(
                day_of[n], day)) and (
                link := _linked(cores[n], c)) is not None and (
                link == "strong" or c.quantity.bound == "exact"
                or cores[n].quantity.bound != "exact"
                or _bound_names(c.quantity, cores[n].quantity))]
            if fits:
                # a bound ("at least 57") is the core it names the end of before one
                # it merely admits (a later 164)
                # a thing's duration joins one of its kind before a bare length; a bare
                # length joins another article's before its own article's (its page's
                # other lengths may be of the same thing or another; others' tell it)
                best = min(fits, key=lambda n: (_bare(cores[n]) != _bare(c),
                                                _bare(c) and _own_page(c, members[n]),
                                                not _bound_names(c.quantity, cores[n].quantity),
                                                -_PERIOD_RANK.get(len(cores[n].period or ""), 0),
                                                -len(members[n]), n))
                members[best].extend(copies)
                day_of[best] = day_of[best] or day
            else:
                values.add(c.quantity, len(cores))
                words.add(r, len(cores))
                cores.append(c)
                members.append(list(copies))
                day_of.append(day)
        merged = _rivals(cores, members)
        for n, group in enumerate(members):
            if n in merged:
                continue
            rivals = [m for m, to in merged.items() if to == n]
            claims_of = group + [c for m in rivals for c in members[m]]
            if rivals:
                # an "about" value that fits both sides ("nearly 750 feet" beside 720
                # and 760) takes neither: it is told apart, not counted on one side (a
                # bound, "as much as $65 billion", is the side it bounds)
                sides = [cores[n].quantity] + [cores[m].quantity for m in rivals]
                both = [c for c in claims_of if c.quantity.bound == "approx"
                        and sum(overlaps(c.quantity, q) for q in sides) > 1]
                if both:
                    claims_of = [c for c in claims_of if c not in both]
                    out.append(Group("figure", both))
            out.append(Group("figure", claims_of, conflict=bool(rivals)))
    return _year_copies(_move_days(_join_copies(_join_fingerprints(out)), claims))


def _bound_rank(q: Quantity) -> int:
    """How specific a value is, for choosing cores: exact (0), told roundly or bounded
    (1), a range ("1.6 to 3.2 km", no more specific than the value it spans: 2), an open
    bound of one significant digit ("millions", "more than 100": 3)."""
    if q.bound == "exact":
        return 0
    if q.bound == "range":
        return 2
    return 3 if q.bound != "approx" and _significance(q) < 10 else 1


def _bound_names(bound: Quantity, q: Quantity) -> bool:
    """A bound's stated end is the exact value q ("at least 57" and 57)."""
    if bound.bound == "exact" or q.bound != "exact" or q.low is None:
        return False
    end = bound.low if bound.low is not None else bound.high
    return end is not None and abs(end - q.low) <= 0.499 * max(bound.step, q.step)


def _rivals(cores: list[FigureClaim], members: list[list[FigureClaim]]) -> dict[int, int]:
    """The cores of a block merged into an earlier one as its rivals (strongly linked,
    values apart, no source in common): rival -> core."""
    # a strong link needs the same counted noun, predicate, modifiers, period and
    # basis: rival cores are looked for among those whose claims share that signature
    tries = [_tries(group) for group in members]
    by_signature: dict[tuple[object, ...], list[int]] = defaultdict(list)
    signatures: list[set[tuple[object, ...]]] = []
    # each claim's signature, made once (the pairs below compare them many times)
    sig_of = {id(a): _signatures(a) for group in tries for a in group}
    for n, group in enumerate(tries):
        own = {sig for a in group for sig in sig_of[id(a)]}
        signatures.append(own)
        for sig in own:
            by_signature[sig].append(n)
    # a group is found by its core's words, and by those of the claims it tries (a core
    # from a terse table row shares no word with a rival told in a sentence)
    words = _Blocks([core.terms for core in cores])
    told = _Blocks([frozenset().union(*(c.terms for c in group)) for group in tries])
    for n in range(len(cores)):
        words.add(n, n)
        told.add(n, n)
    merged: dict[int, int] = {}
    for n, x in enumerate(cores):  # a block's cores: one per distinct fact
        if n in merged:
            continue
        # a bare length of time that agrees with a group is no value its article gives
        # the group's thing (it may be the length of something else it tells)
        sources_x = {c.source for c in _stating(members[n])}

        def rival(m: int, n: int = n, x: FigureClaim = x, sources_x: set[str] = sources_x
                  ) -> bool:
            # one article giving both values speaks of two things
            return m > n and m not in merged and not overlaps(
                x.quantity, cores[m].quantity) and not sources_x & {
                c.source for c in _stating(members[m])}

        lists = [by_signature[sig] for sig in signatures[n]]

        def alike(m: int, lists: list[list[int]] = lists, rival: Callable[[int], bool] = rival
                  ) -> bool:
            return any(_has(ids, m) for ids in lists) and rival(m)

        # at most _TRIES rivals are tried for each: those sharing the core's rarest
        # words, then those sharing its claims', then the first filed after it of its
        # signatures (two wordings of one fact may share no rare word: "total US
        # investment is now $165 billion", "bringing total spend up to $160 billion")
        tried = words.candidates(n, accept=alike)
        tried += [m for m in told.candidates(n, accept=alike) if m not in tried]
        for ids in lists:
            if len(tried) >= _TRIES:
                break
            k = bisect.bisect_right(ids, n)
            tried += [m for m in ids[k : k + _TRIES] if m not in tried and rival(m)][
                : _TRIES - len(tried)]
        for m in tried:
            # the strongly linked pair disagrees, or each tells its group's value: "dozens
            # of seals" that joined the group of "about 17,500 seals" is no rival of "41
            # seals", but "at least 23 died" beside a 23 is one of "more than 200 died"
            if any(_linked(a, b) == "strong" for a in tries[n] for b in tries[m]
                   if sig_of[id(a)] & sig_of[id(b)] and (
                       not overlaps(a.quantity, b.quantity)
                       or (_tells_core(a, cores[n]) and _tells_core(b, cores[m])))):
                merged[m] = n
    return merged


def _tells_core(c: FigureClaim, core: FigureClaim) -> bool:
    """A member of a group tells the group's value: it is the core, a value (not an open
    bound), or a bound ending at the core's value ("at least 23" of 23)."""
    return c is core or c.quantity.bound in ("exact", "approx") or _bound_names(
        c.quantity, core.quantity)


#: How many distinct claims of each of two rival cores are tried for a strong link.
_PAIR_TRIES = 4


def _tries(group: list[FigureClaim]) -> list[FigureClaim]:
    """The first `_PAIR_TRIES` claims of a group that differ in some part `_figure_link`
    reads (copies of one line in articles of one story are tried once)."""
    seen: dict[tuple[object, ...], FigureClaim] = {}
    for c in _stating(group):
        seen.setdefault((c.quantity, c.period, c.owner, c.head, c.predicate, c.modifiers,
                         c.basis, c.unresolved, c.terms, c.topic, c.published, c.as_of,
                         c.running), c)
        if len(seen) == _PAIR_TRIES:
            break
    return list(seen.values())


def _own_page(c: FigureClaim, group: list[FigureClaim]) -> bool:
    """Every claim of the group comes from c's own article."""
    return all(m.source == c.source for m in group)


def _stating(group: list[FigureClaim]) -> list[FigureClaim]:
    """The claims of a group that state its fact: a thing's durations, not the bare
    lengths of time that agree with them (never strongly linked to one); all of a group
    of bare lengths."""
    named = [c for c in group if not _bare(c)]
    return named or group


def _has(ids: list[int], m: int) -> bool:
    """`m` is in the sorted list `ids`."""
    k = bisect.bisect_left(ids, m)
    return k < len(ids) and ids[k] == m


def _signature(c: FigureClaim) -> tuple[object, ...]:
    """The parts two figures must state alike to be strongly linked (see _figure_link)."""
    # a thing's size may be told in a plan's sentence (see _figure_link)
    sized = units().is_physical(c.quantity.unit) and bool(c.head)
    # a reading is its thing's whatever period its sentence names (see _readings_one)
    period = None if is_scale(c.quantity.unit) or c.quantity.unit == TALLY else c.period
    # ... but for a whole or a scale, which a sole value may leave out (see _told_as_one)
    return (c.head, c.predicate, frozenset(m for m in c.modifiers if m not in _TOTAL
                                           and not m.startswith(OUT_OF)), period,
            "" if sized else c.basis)


def _signatures(c: FigureClaim) -> frozenset[tuple[object, ...]]:
    """A figure's signature and, for a count of four or more significant digits, its
    digits in order of size with the kind of thing counted: a count mis-copied with two
    digits swapped shares it (see _copied)."""
    digits = _written_digits(c.quantity) if c.quantity.unit == "count" else None
    if digits is None or len(digits) < 2:
        return frozenset({_signature(c)})
    # the same digits a power of ten apart: one noun's count with a zero dropped, or one
    # measure's the lexicon knows ("31 deaths", "310 people died")
    tens = ("tens", c.head, digits)
    own = {_signature(c), *([tens] if c.head else []),
           *([("tens", "@" + c.key, digits)] if c.metric else [])}
    if len(digits) >= _COPIED_DIGITS:
        own.add(("copied", c.head_kind or c.head, "".join(sorted(digits))))
    return frozenset(own)


class _ValueIndex:
    """Cores by value: the ones whose values may overlap a quantity's, from buckets of
    about 3% of a value (cores whose interval spans many buckets, or is open, are
    always looked at)."""

    _STEPS = 32  # buckets per doubling
    _SPAN = 64  # a core spanning more buckets than this is a wide one

    def __init__(self) -> None:
        self.buckets: dict[tuple[bool, int], list[int]] = defaultdict(list)
        self.wide: list[int] = []
        self.filed: list[int] = []  # every value, in the order filed

    def _range(self, q: Quantity) -> tuple[bool, int, int] | None:
        lo, hi = _interval(q, 0.0)  # as overlaps() reads it
        if not (math.isfinite(lo) and math.isfinite(hi)) or lo <= 0 <= hi:
            return None
        negative = hi < 0
        a, b = sorted((abs(lo), abs(hi)))
        first = math.floor(math.log2(a) * self._STEPS)
        last = math.floor(math.log2(b) * self._STEPS)
        return (negative, first, last) if last - first <= self._SPAN else None

    def add(self, q: Quantity, value: int) -> None:
        self.filed.append(value)
        span = self._range(q)
        if span is None:
            self.wide.append(value)
            return
        negative, first, last = span
        for k in range(first, last + 1):
            self.buckets[negative, k].append(value)

    def overlapping(self, q: Quantity) -> list[int]:
        """The values filed whose intervals may overlap `q`'s (a superset), in order."""
        span = self._range(q)
        if span is None:
            return list(self.filed)
        negative, first, last = span
        found = set(self.wide)
        for k in range(first, last + 1):
            found.update(self.buckets.get((negative, k), ()))
        return sorted(found)


def _copy_key(c: FigureClaim) -> tuple[str, ...] | None:
    """The words of a figure's sentence beside the year of its period, when the sentence
    writes that year ("Winners must cover 95% of the population by 2030": its words with
    2030 left out), or None."""
    if not c.period or not re.fullmatch(r"(?:19|20)\d\d", c.period):
        return None
    year = re.compile(rf"(?<!\d){c.period}(?!\d)")
    if not year.search(c.text):
        return None
    rest = tuple(content_words(year.sub(" ", c.text)))
    return rest if len(rest) >= SAME_WORDS else None


def _clash_pairs(groups: list[Group], keyed: dict[tuple[object, ...], list[int]],
                 clash: Callable[[int, int], list[Group] | None]) -> list[Group]:
    """Groups paired within each key, the first _TRIES of it (never every pair of a
    growing corpus): `clash(n, m)` gives the groups that stand for the two when they
    clash, a contradicted one first, or None. A group is taken by one clash at most; the
    others stand as they were."""
    taken: set[int] = set()
    out: list[Group] = []
    for ids in keyed.values():
        for n, m in itertools.combinations(ids[:_TRIES], 2):
            if n in taken or m in taken:
                continue
            made = clash(n, m)
            if made is not None:
                taken.update((n, m))
                out.extend(made)
    return [g for k, g in enumerate(groups) if k not in taken] + out


def _year_copies(groups: list[Group]) -> list[Group]:
    """One sentence told with two years: two groups of one value whose sentences, from
    two sources of one event's folder that share none, are the same words in the same
    order but for the year of their period ("… by 2030", "… by 2028"). A copy that moved
    the year: a contradicted finding noting both periods."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        if g.conflict or g.kind != "figure":
            continue
        fs = [c for c in g.claims if isinstance(c, FigureClaim)]
        periods = {c.period for c in fs}
        keys = {_copy_key(c) for c in fs}
        if len(periods) != 1 or len(keys) != 1 or None in keys:
            continue
        q = fs[0].quantity
        by_key[(next(iter(keys)), q.unit, q.low, q.high, q.bound)].append(n)

    def clash(n: int, m: int) -> list[Group] | None:
        xs = [c for c in groups[n].claims if isinstance(c, FigureClaim)]
        ys = [c for c in groups[m].claims if isinstance(c, FigureClaim)]
        a, b = xs[0], ys[0]
        if {c.source for c in xs} & {c.source for c in ys} or a.period == b.period \
                or not _one_event(a, b):
            return None
        return [Group("figure", [*xs, *ys], conflict=True, notes=[
            f"one sentence told with two years ({a.period}, {b.period})"])]

    return _clash_pairs(groups, by_key, clash)


#: Two stated days of one move told wrong are at most this many days apart.
MOVE_DAYS = 7


def _weeks_apart(x: str, y: str) -> bool:
    """Two ISO days more than MOVE_DAYS apart."""
    if not (_ISO_DAY.fullmatch(x) and _ISO_DAY.fullmatch(y)):
        return False
    try:
        gap = abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days)
    except ValueError:
        return True
    return gap > MOVE_DAYS


def _stated_day(c: FigureClaim) -> str:
    """The day a figure is told of ("2026-11-10", "wednesday"), or ''."""
    return c.as_of if c.as_of and (_ISO_DAY.fullmatch(c.as_of) or c.as_of in _WEEKDAY_NAMES) \
        else ""


def _move_days(groups: list[Group], claims: list[FigureClaim]) -> list[Group]:
    """One move told of two days: two groups of a move of one named owner's metric
    ("Halcyon shares fell 14 per cent on Tuesday", "… on Wednesday"), of one value, each
    group told of one stated day and the two days apart (a week at most), from sources
    that share none, of one story, where every source of both tells that owner's metric
    moved once only.
    Then the two are one move whose day one side gives wrong: a contradicted finding that
    notes both days. A source telling two moves of it tells of two days' moves, and a
    running count is of its day."""
    def moves(c: FigureClaim) -> bool:
        return "change" in c.modifiers and not c.running and c.basis == "actual" \
            and bool(c.owner) and bool(c.metric)

    told: dict[tuple[str, str, str], set[tuple[float | None, float | None]]] = defaultdict(set)
    for c in claims:
        if moves(c):
            told[(c.source, c.metric, c.owner.casefold())].add(
                (c.quantity.low, c.quantity.high))
    by_value: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        if g.conflict or g.kind != "figure":
            continue
        fs = [c for c in g.claims if isinstance(c, FigureClaim)]
        if not fs or not all(moves(c) for c in fs):
            continue
        days = {_stated_day(c) for c in fs} - {""}
        if len(days) != 1:
            continue
        if any(len(told[(c.source, c.metric, c.owner.casefold())]) != 1 for c in fs):
            continue
        q = fs[0].quantity
        by_value[(fs[0].metric, q.unit, q.low, q.high)].append(n)

    def clash(n: int, m: int) -> list[Group] | None:
        # the claims that tell their day; those that tell none agree with either
        xs = [c for c in groups[n].claims if isinstance(c, FigureClaim) and _stated_day(c)]
        ys = [c for c in groups[m].claims if isinstance(c, FigureClaim) and _stated_day(c)]
        if {c.source for c in groups[n].claims} & {c.source for c in groups[m].claims}:
            return None
        a, b = xs[0], ys[0]
        if _weeks_apart(_stated_day(a), _stated_day(b)):
            return None  # a move of another week is another move
        if not (_day_clash(_stated_day(a), _stated_day(b))
                and same_quantity(a.quantity, b.quantity)
                and _owners_agree(a, b, sure=True)
                and (_same_story(a, b) or _one_event(a, b))):
            return None
        made = [Group("figure", [*xs, *ys], conflict=True, notes=[
            f"one move told of two days ({_stated_day(a)}, {_stated_day(b)})"])]
        for k in (n, m):
            rest = [c for c in groups[k].claims
                    if not (isinstance(c, FigureClaim) and _stated_day(c))]
            if rest:
                made.append(Group("figure", rest))
        return made

    return _clash_pairs(groups, by_value, clash)


def _join_fingerprints(groups: list[Group]) -> list[Group]:
    """A number written to four or more significant digits names its fact whatever words
    tell it ("386,810 vehicles", "386,810 deliveries"), and so does a number of one counted
    thing: groups of other blocks stating it exactly are one group, when owners, periods
    and modifiers allow. Clusters of one fingerprint kept apart by their periods alone are
    one fact told with two periods when `_period_clash` says so: a contradicted finding of
    the fewer sources' claims and the other side's plainest claim."""
    # keyed by the number, not its wording: "around 438,019" is 438,019
    by_value: dict[tuple[str, float | None, float | None, str], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        core = g.claims[0]
        assert isinstance(core, FigureClaim)
        if g.conflict:
            continue
        q = core.quantity
        if _precise(q):
            by_value[(q.unit, q.low, q.high, "")].append(n)
        elif core.head:
            # the same number of the same counted thing, whatever verb tells it ("four
            # bolts were missing", "secured with four bolts"), or of one kind of thing
            # ("two packaging plants", "two packaging facilities")
            by_value[(q.unit, q.low, q.high, core.head_kind or core.head)].append(n)
        elif q.unit.isupper():
            # one sum of money of one owner in one story, whatever it is called ("another
            # $100 billion investment", "a sweeping $100 billion expansion"), however round
            by_value[(q.unit, q.low, q.high, _STORY)].append(n)
        if _specific(q) and not is_scale(q.unit) and q.unit not in {TALLY, AGE, DAY}:
            # one value of one event told in other words ("65% contained", "reached 65
            # percent containment"): joined when the story evidence agrees (_worded_alike)
            by_value[(q.unit, q.low, q.high, _WORDED)].append(n)
    _round_to_exact(groups, by_value)
    uf = _Union(len(groups))
    periods: dict[int, set[str]] = {}  # a cluster's stated periods, by its first group

    def stated(n: int) -> set[str]:
        return {c.period for c in groups[n].claims
                if isinstance(c, FigureClaim) and c.period}

    days: dict[int, set[str]] = {}  # a cluster's stated days, by its first group

    def told_days(n: int, running: bool) -> set[str]:
        # the stated days a group's figures are of (`running`: of its running counts)
        return {c.as_of for c in groups[n].claims if isinstance(c, FigureClaim)
                and (c.running or "change" in c.modifiers or not running)
                and (_ISO_DAY.fullmatch(c.as_of) or c.as_of in _WEEKDAY_NAMES)}

    def worded(r: int, n: int, once: frozenset[str]) -> bool:
        # one value in other words: any of the first few distinct claims of each group
        # may tell it alike (a group's core may be a summary naming more than either)
        xs = _tries([c for c in groups[r].claims if isinstance(c, FigureClaim)])
        ys = _tries([c for c in groups[n].claims if isinstance(c, FigureClaim)])
        return any(_worded_alike(x, y, os.path.dirname(x.path) in once)
                   for x in xs for y in ys)

    told_twice: list[tuple[int, int]] = []  # clusters of one fingerprint, maybe two periods
    for key, ids in by_value.items():
        reps: list[int] = []  # one group a cluster of this value, tried in order (bounded)
        # the event folders where each page tells this value of one thing only
        once = _told_once(groups, ids) if key[3] == _WORDED else frozenset()
        joined: dict[int, list[int]] = {}  # a cluster's first groups, by its first
        # the groups most claims tell seed the clusters: they name the most of their story
        for n in sorted(ids, key=lambda n: -len(groups[n].claims)):
            mine = stated(n)
            # told in other words, no two stated days; told alike, no running count of
            # two ("86 cases" beside "on Nov 3" and "on Nov 17")
            on = told_days(n, running=key[3] != _WORDED)
            # a cluster never comes to hold two periods: an undated "443,956" is not the
            # link between the second quarter's 443,956 and a first quarter's; nor two
            # stated days ("65% on Friday", "65% as of Wednesday")
            # a cluster is tried through its first few groups, not its first alone (a
            # summary's core may name an owner a terse post does not)
            # told alike before told once: a page's value joins the cluster its words
            # name, and only a value no words place joins the one its folder holds
            fit = None
            for folders in (frozenset(), once) if once else (frozenset(),):
                fit = next((r for r in reps[:_TRIES]
                            if all(_periods_agree(x, y) for x in periods[r] for y in mine)
                            and (not on or len(days[r] | on) <= 1)
                            and any(worded(m, n, folders) if key[3] == _WORDED else
                                    _join_allowed(groups[m].claims[0], groups[n].claims[0],
                                                  key[3] == _STORY)
                                    for m in joined[r])),
                           None)
                if fit is not None:
                    break
            if fit is None:
                reps.append(n)
                joined[n] = [n]
                periods.setdefault(n, set()).update(mine)
                days.setdefault(n, set()).update(on)
            else:
                uf.join(fit, n)
                if len(joined[fit]) < _PAIR_TRIES:
                    joined[fit].append(n)
                periods[fit] |= mine
                days[fit] |= on
        first = groups[ids[0]].claims[0]
        if not key[3] and len(reps) > 1 and isinstance(first, FigureClaim) \
                and _fingerprint(first.quantity):
            told_twice.extend(itertools.combinations(reps[:_TRIES], 2))
    clusters: dict[int, list[FigureClaim]] = {}
    for idx in uf.groups():
        clusters[uf.find(idx[0])] = [c for n in idx for c in groups[n].claims
                                     if isinstance(c, FigureClaim)]
    out: list[Group] = []
    rivals: set[int] = set()  # clusters told in a period clash, whole
    for r, s in told_twice:
        r, s = uf.find(r), uf.find(s)
        if r in rivals or s in rivals:
            continue
        clash = _period_clash(clusters[r], clusters[s])
        if clash is None:
            continue
        few, pick = clash
        side = s if few is clusters[s] else r
        held = [c for c in few if c.period and _periods_apart(c.period, pick.period)]
        told = {id(c) for c in held}
        rest = [c for c in few if id(c) not in told]
        clusters[side] = rest
        if not rest:
            rivals.add(side)
        out.append(Group("figure", [*held, pick], conflict=True, notes=[
            f"one figure told for two periods ({held[0].period}, {pick.period})"]))
    for idx in uf.groups():
        root = uf.find(idx[0])
        if root in rivals:
            continue
        if len(idx) == 1 and len(clusters[root]) == len(groups[idx[0]].claims):
            out.append(groups[idx[0]])
        elif clusters[root]:
            out.append(Group("figure", clusters[root]))
    return out


def _round_to_exact(groups: list[Group],
                    by_value: dict[tuple[str, float | None, float | None, str], list[int]]
                    ) -> None:
    """A value told roundly ("about €184 million") is tried with the one more exact value
    its written precision holds ("€184.3 million"), of one unit and one kind of join
    (money of one story, one value in other words): its groups join that value's list in
    `by_value`, when one such value only is held (two, and it names neither)."""
    tags = (_STORY, _WORDED)
    exact: dict[tuple[str, str], list[tuple[float, tuple[str, float | None, float | None,
                                                             str]]]] = defaultdict(list)
    for key in by_value:
        unit, low, high, tag = key
        if tag in tags and low is not None and low == high:
            exact[(unit, tag)].append((low, key))
    for values in exact.values():
        values.sort()
    for n, g in enumerate(groups):
        core = g.claims[0]
        if g.conflict or not isinstance(core, FigureClaim):
            continue
        q = core.quantity
        if q.low is None or q.low != q.high or q.bound not in ("exact", "approx"):
            continue
        lo, hi = _interval(q.model_copy(update={"bound": "exact"}), 0.0)
        for tag in tags:
            values = exact.get((q.unit, tag), [])
            if not values:
                continue
            i = bisect.bisect_left(values, (lo,))
            held: list[tuple[str, float | None, float | None, str]] = []
            while i < len(values) and values[i][0] <= hi and len(held) < 2:
                if values[i][0] != q.low:
                    held.append(values[i][1])
                i += 1
            if len(held) == 1 and _significance(q) < _significance(
                    _quantity_of(held[0], q)) and n not in by_value[held[0]]:
                by_value[held[0]].append(n)


def _quantity_of(key: tuple[str, float | None, float | None, str], like: Quantity) -> Quantity:
    """The quantity a `by_value` key names, for its written precision (its digits)."""
    return like.model_copy(update={"low": key[1], "high": key[2], "bound": "exact",
                                   "step": _step_of(key[1])})


def _step_of(value: float | None) -> float:
    """The step of the last significant digit a value is written with (184300000: 100000)."""
    if not value:
        return 1.0
    v = abs(value)
    step = 10.0 ** math.floor(math.log10(v))
    while step > 1e-9 and abs(round(v / step) * step - v) > step * 1e-6:
        step /= 10
    return step


def _join_copies(groups: list[Group]) -> list[Group]:
    """Groups of two blocks whose counts are one number mis-copied ("38,412 runners
    finished", "38,142 finishers streamed": two nouns, two blocks) are one contradicted
    finding when their claims are strongly linked (_copied) and no source tells both.
    Groups are found by their digits in order of size, never pair by pair."""
    by_digits: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        core = g.claims[0]
        if g.conflict or not isinstance(core, FigureClaim):
            continue
        for sig in _signatures(core):
            if sig[0] in ("copied", "tens"):
                by_digits[sig].append(n)

    def clash(x: int, y: int) -> list[Group] | None:
        gx, gy = groups[x], groups[y]
        if {c.source for c in gx.claims} & {c.source for c in gy.claims}:
            return None
        xs = _tries([c for c in gx.claims if isinstance(c, FigureClaim)])
        ys = _tries([c for c in gy.claims if isinstance(c, FigureClaim)])
        if not any(_copied(a, b) and _linked(a, b) == "strong" for a in xs for b in ys):
            return None
        return [Group("figure", [*gx.claims, *gy.claims], conflict=True)]

    return _clash_pairs(groups, by_digits, clash)


def _period_bounds(period: str) -> tuple[str, DateValue] | None:
    """A stated period as (calendar, its days): fiscal periods ("FY2024-Q1") are of their
    own calendar, never compared with calendar ones."""
    fiscal = period.startswith("FY")
    value = parse_date(period.removeprefix("FY"))
    return None if value is None else ("fiscal" if fiscal else "calendar", value)


def _periods_apart(a: str | None, b: str | None) -> bool:
    """Two stated periods of one calendar that share no day (the first and second quarter
    of a year; one quarter of two years); a year and a quarter in it are not apart."""
    if not a or not b:
        return False
    x, y = _period_bounds(a), _period_bounds(b)
    return x is not None and y is not None and x[0] == y[0] and not dates_overlap(x[1], y[1])


def _period_told(c: FigureClaim) -> tuple[bool, bool, str, int]:
    """How plainly a claim tells its period, best first: the sentence writes the period's
    year, names the owner; then content order."""
    year = (c.period or "").removeprefix("FY")[:4]
    return (not (year and re.search(rf"\b{year}\b", c.text)), not c.owner, c.path, c.line)


def _clash_claim(c: FigureClaim) -> bool:
    """A claim that may tell a fingerprint's period: it states one, the figure is the
    thing itself (not a change, a comparison's base, a whole or a step), and of a metric
    the lexicon knows, a total a period reports (deliveries, production, revenue): a bare
    counted noun may recur ("74,512 fans" at each sold-out game)."""
    return bool(c.period) and _reported_metric(c.metric) and not c.unresolved and not set(
        c.modifiers) & _HARD


@lru_cache(maxsize=1024)
def _measure_words(metric: str) -> frozenset[str]:
    """The stems of the words that tell a metric (its name, its phrases, the metrics that
    are one with it) and of number scales: what any figure of that measure is told with,
    no context of one story ("valuation", "billion")."""
    lex = load_lexicon()
    measure = lex.same.get(metric, metric)
    names = [m for m in (*lex.metrics, *lex.same) if lex.same.get(m, m) == measure]
    phrases = [*names, *(p for m in names for p in lex.metrics.get(m, ()))]
    return frozenset(stem(w.lower()) for p in [*phrases, *_scale_words()] for w in p.split())


@lru_cache(maxsize=1)
def _scale_words() -> tuple[str, ...]:
    """The number scales of data/numbers.yaml ("million", "billion"), read once (not once
    per metric `_measure_words` is asked of)."""
    return tuple(str(w) for w in packaged("numbers.yaml")["scales"])


@lru_cache(maxsize=4096)
def _reported_metric(metric: str) -> bool:
    """The metric is one of the lexicon's, perhaps narrowed ("data center revenue")."""
    base = metric.partition(" (")[0]
    known = load_lexicon().metrics
    return bool(base) and (base in known or any(base.endswith(" " + m) for m in known))


def _period_clash(xs: list[FigureClaim], ys: list[FigureClaim]
                  ) -> tuple[list[FigureClaim], FigureClaim] | None:
    """Two clusters of one precise number (a fingerprint) that no source shares, when one
    claim of each tells the same metric of the same owner for periods apart: one fact told
    with two periods (a quarter's deliveries put in another quarter or year). Returns the
    cluster told by fewer sources and the other's claim that tells its period most plainly
    (the finding holds the few and that one claim)."""
    if {c.source for c in xs} & {c.source for c in ys}:
        return None
    few, other = sorted((xs, ys), key=lambda g: len({c.source for c in g}))
    mine = [c for c in few if _clash_claim(c)][:_TRIES]
    for pick in sorted((c for c in other if _clash_claim(c)), key=_period_told)[:_TRIES]:
        if any(a.metric == pick.metric and a.basis == pick.basis
               and _periods_apart(a.period, pick.period) and _owners_agree(a, pick, sure=True)
               and _fingerprint(a.quantity) and same_quantity(a.quantity, pick.quantity)
               for a in mine):
            return few, pick
    return None


def _join_allowed(a: Claim, b: Claim, story: bool) -> bool:
    """Two groups' cores stating one number may be one fact (see _join_fingerprints)."""
    assert isinstance(a, FigureClaim) and isinstance(b, FigureClaim)
    ma, mb = set(a.modifiers), set(b.modifiers)
    if story and not ((ma ^ mb) & _HARD <= {"increment"} and _owners_agree(a, b, sure=True)
                      and (_same_story(a, b, loose=True) or (
                          # two pages of one event's folder, both of its main story
                          a.folder_story and b.folder_story and _one_event(a, b)))):
        return False
    if _narrowed_apart(a, b):
        return False
    told_a, told_b = _measure(a), _measure(b)
    if told_a != a.head and told_b != b.head and told_a != told_b and not story \
            and not _precise(a.quantity):
        return False  # six killed and six injured: two measures of one kind of thing
    # a plan and a result stating one number agree; an estimate is no report
    if a.basis != b.basis and "estimate" in (a.basis, b.basis):
        return False
    if _days_apart(a, b):
        return False
    # five significant digits name one fact whoever a sentence seems to give it to
    # ("Tesla made 386,576", "Model 3/Y 386,576"); figures naming no owner in one
    # event's folder are the event's, whatever names their pages speak of most
    return ((_owners_agree(a, b) or _fingerprint(a.quantity) or _owner_told(a, b)
             or (_one_event(a, b) and not a.owner and not b.owner))
            and _periods_agree(a.period, b.period)
            and not _open_period(a, b) and not _open_period(b, a))


def _owner_told(a: FigureClaim, b: FigureClaim) -> bool:
    """One figure names an owner and the other, naming none, tells it in its sentence
    ("Cold Lantern's $121.3 million", "the $121.3 million opening of Cold Lantern"): one
    owner, as far as agreeing goes."""
    if bool(a.owner) == bool(b.owner):
        return False
    named, other = (a, b) if a.owner else (b, a)
    return any(_names_agree(named.owner, n) and n for n in _thing_names(other.text))


def _modifier_words(c: FigureClaim) -> frozenset[str]:
    """The words of a figure's soft modifiers ("course record": course, record)."""
    return frozenset(w for m in c.modifiers if m not in _HARD and m[:1] != "@"
                     and not m.startswith(("per ", "vs ")) for w in re.split(r"[\s-]+", m) if w)


def _narrowed_apart(a: FigureClaim, b: FigureClaim) -> bool:
    """Both figures are narrowed ("construction jobs", "indirect jobs") by words neither
    shares nor the other's clause tells: "2.1 million card payments failed" and "2.1
    million failed transactions" each tell the other's narrowing ("card", "fail"), and a
    "course-record bonus" is narrowed as a "record bonus" is."""
    # a rate's denominator or a change's basis is no word to tell: "€590 a month" is no
    # "€590 a year"
    ra, rb = ({m for m in c.modifiers if m.startswith(("per ", "vs "))} for c in (a, b))
    if ra and rb and not ra & rb:
        return True
    ma, mb = _modifier_words(a), _modifier_words(b)
    if not ma or not mb or ma & mb:
        return False
    return not (ma <= _told_words(b) or mb <= _told_words(a))


#: How many units of its last written digit a value told once per page must hold to be
#: its own evidence (three significant digits: two facts of one event seldom share one).
_ONCE_DIGITS = 100


def _once_evidence(q: Quantity) -> bool:
    """A value told once per page of an event's folder says by itself which fact it is:
    three significant digits ("1,140 staff"), or two of a magnitude written past its
    last digit ("3,400 evacuated", "€640m"); a small number or a share of two digits
    ("38 countries", "72%") is often two facts' by chance."""
    sig = _significance(q)
    return sig >= _ONCE_DIGITS or (sig >= 10 and q.step >= 10 and q.unit not in RATE_UNITS)


def _told_once(groups: list[Group], ids: list[int]) -> frozenset[str]:
    """The event folders where no page tells the value of groups `ids` (one value, one
    unit) in two groups: each page states it of one thing, so the pages of one event
    stating it state, as far as agreeing goes, one fact ("1,140 staff walked out", "a
    1,140-strong walkout"), when the value is evidence by itself (_once_evidence: two
    facts of one event seldom share such a value; "72%" may be a yard's occupancy and a
    ballot's share). A page telling it twice ("140 miners trapped", "140 rescuers")
    shows the folder's value names two things, and its folder is left out. Counted per
    folder: unrelated folders never change an event's."""
    pages: dict[tuple[str, str], dict[int, FigureClaim]] = defaultdict(dict)
    folders: set[str] = set()
    core = groups[ids[0]].claims[0]
    if not isinstance(core, FigureClaim) or not _once_evidence(core.quantity):
        return frozenset()
    for n in ids:
        for c in groups[n].claims:
            if not isinstance(c, FigureClaim) or not 0 < c.folder_sources <= EVENT_FOLDER:
                continue
            folder = os.path.dirname(c.path)
            folders.add(folder)
            pages[(folder, c.source)].setdefault(n, c)
    # a page's sentence and its table row telling the value alike ("303 were rescued",
    # "| Rescued alive | 303 |") are one statement of it, not two things
    twice = {folder for (folder, _), told in pages.items() if len(told) > 1 and not all(
        _worded_alike(x, y) for x, y in itertools.combinations(told.values(), 2))}
    return frozenset(folders - twice)


def _worded_alike(a: Claim, b: Claim, once: bool = False) -> bool:
    """Two groups' cores stating one value of two or more significant digits in other
    words are one fact when the story says so: one event's folder or one story, owners,
    periods and days alike, no estimate beside a report, the same kind of quantity
    (modifiers), neither naming what the other is not about, and a content noun of their
    clauses in common beyond the words any figure of the measure is told with; or, with
    `once` (each page of their folder tells the value of one thing: _told_once), the two
    in that one folder."""
    assert isinstance(a, FigureClaim) and isinstance(b, FigureClaim)
    x, y = a.quantity, b.quantity
    # "about 14,000" is 14,000 told roundly; a bound ("up to") is no value
    roundly = {x.bound, y.bound} <= {"exact", "approx"}
    if not (same_quantity(x, y) or (roundly and same_quantity(y, x.model_copy(
            update={"bound": y.bound})))) or (
            # a plan and a result stating one value agree; an estimate is no report,
            # unless the event's folder tells one value of two or more digits both ways
            # ("damage estimated at €640m", "€640m of damage")
            a.basis != b.basis and "estimate" in (a.basis, b.basis) and not (
                _specific(x) and _one_event(a, b))):
        return False
    if not (_one_event(a, b) or _same_story(a, b, loose=True)):
        return False
    ma, mb = set(a.modifiers), set(b.modifiers)
    if ma & _HARD != mb & _HARD or _narrowed_apart(a, b):
        return False
    if a.as_of and b.as_of and (a.as_of != b.as_of or a.unresolved != b.unresolved):
        return False
    # figures naming no owner in one event's folder are the event's, and so, as far as
    # agreeing goes, is one value of two or more digits one of them gives an owner
    # (not a thing's size beside a bare length: "the Maren Star, a 300-metre tanker" is
    # no "diver at 300 metres")
    owned = _owners_agree(a, b) or _owner_told(a, b) or (
        _one_event(a, b) and (not a.owner or not b.owner) and (
            not (a.owner or b.owner) or (_specific(x) and not (
                units().is_physical(x.unit) and bool(a.head) != bool(b.head)))))
    if not (owned and _periods_agree(a.period, b.period)
            and not _open_period(a, b) and not _open_period(b, a)):
        return False
    if _named_apart(a, b):
        return False
    # what any figure of the measure is told with, and the names and days the two
    # share (they say which story, not which thing of it)
    # (a word of one's measure that the other tells it with says what the other measures:
    # "31.4% of the vote" and "got 31.4% votes")
    common = (_measure_words(a.metric) & _measure_words(b.metric)) | _said_of(a) | _said_of(b)
    if once and _one_event(a, b):
        return True
    xs = _told_words(a) - common
    return any(_word_alike(x, y) for x in xs for y in _told_words(b) - common)


@lru_cache(maxsize=65536)
def _name_stems(text: str, topic: tuple[str, ...], when: str) -> frozenset[str]:
    names = [*_sentence_names(text), *(t.casefold() for t in topic), when.casefold()]
    return frozenset(stem(w) for n in names for w in re.findall(r"[\w'’-]+", n))


def _said_of(c: FigureClaim) -> frozenset[str]:
    """The stems of the names and the day a figure's sentence tells it of."""
    return _name_stems(c.text, tuple(c.topic), f"{c.as_of} {c.unresolved or ''}")


def _told_words(c: FigureClaim) -> frozenset[str]:
    """The stems a figure's clause tells it with: its terms, counted noun and measure."""
    return frozenset(w for w in (*c.terms, c.head, *_measure(c).split()) if w and w != "?")


#: The shortest stem that begins another word of its own ("contain" of "containment",
#: not "home" of "homeless").
_STEM_MIN = 5


def _word_alike(x: str, y: str) -> bool:
    """One stem, or one begins the other ("contain", "containment"): one word, told two
    ways."""
    short, long = sorted((x, y), key=len)
    return short == long or (len(short) >= _STEM_MIN and long.startswith(short))


#: The by-value key of one value told in other words (see _worded_alike).
_WORDED = "\x00worded"


def _measure(c: FigureClaim) -> str:
    """What the figure's block says it measures: a metric, its predicate or its head."""
    return c.key.split("|")[1]


#: The by-value key of money joined within one story (no counted noun can be "\x00").
_STORY = "\x00story"


def _precise(q: Quantity) -> bool:
    """Four or more significant digits, stated exactly."""
    return _significance(q, exact=True) >= 1000


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[frozenset[str], ...]:
    """A name's words, case and possessives aside, per leg of a route ("A → B")."""
    return tuple(frozenset(w.removesuffix("’s").removesuffix("'s")
                           for w in re.split(r"[\s-]+", leg.casefold()) if w)
                 for leg in name.split(" → "))


def same_name(a: str, b: str) -> bool:
    """One name holds the other, word for word ("Portland" and "Portland International
    Airport"; "Boeing 737-9" and "Boeing 737 MAX 9"), leg by leg for a route."""
    wa, wb = _name_words(a), _name_words(b)
    if len(wa) != len(wb):
        return False
    if len(wa) == 1:  # no route: most names
        return wa[0] <= wb[0] or wb[0] <= wa[0]
    return all(x <= y or y <= x for x, y in zip(wa, wb, strict=True))


def _name_groups(claims: list[NameClaim]) -> list[Group]:
    """Names grouped by block (one slot, one designator number, or one written name),
    and within it by variant: one name holding the other is the same name. A name two
    outlets give corroborates; names of one block never contradict (offices, one person
    spelled two ways and one sentence told with two names do: _office_groups,
    _respelled, _copy_groups)."""
    blocks: dict[str, list[NameClaim]] = defaultdict(list)
    for c in claims:
        blocks[c.key].append(c)
    out: list[Group] = []
    people: list[Group] = []
    for key, block in blocks.items():
        if key.startswith("name|person:"):
            people.extend(_person_groups(block))
            continue
        if key.startswith("name|office:"):
            out.extend(_office_groups(block))
            continue
        if key.startswith("name|copy:"):
            out.extend(_copy_groups(block))
            continue
        names = list(dict.fromkeys(c.name for c in block))
        uf = _Union(len(names))
        # a name holding another holds all its words, its rarest one too: each name is
        # compared only with the names holding its rarest word, never with every other
        words = [frozenset().union(*_name_words(n)) for n in names]
        df = Counter(w for ws in words for w in ws)
        holding: dict[str, list[int]] = defaultdict(list)
        for i, ws in enumerate(words):
            for w in ws:
                holding[w].append(i)
        for i, ws in enumerate(words):
            if not ws:
                continue
            rarest = min(ws, key=lambda w: (df[w], w))
            for j in holding[rarest]:
                if j != i and same_name(names[i], names[j]):
                    uf.join(i, j)
        index = {n: i for i, n in enumerate(names)}
        members: dict[int, list[NameClaim]] = defaultdict(list)
        for c in block:
            members[uf.find(index[c.name])].append(c)
        out.extend(Group("name", group) for group in members.values())
    return _respelled(people) + out


#: Two spellings of one surname: they open alike for this many letters at least, and
#: for half the longer one's length (names.surname; "Marwood" and "Marwick").
RESPELT_PREFIX = 4


def _respelt(a: str, b: str) -> bool:
    """Two surnames that are one name spelled two ways: neither holds the other, both
    open alike for RESPELT_PREFIX letters and half the longer one, and they end apart."""
    if a == b or min(len(a), len(b)) <= RESPELT_PREFIX:
        return False
    common = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return common >= RESPELT_PREFIX and 2 * common >= max(len(a), len(b)) \
        and common < min(len(a), len(b))


def _given(name: str) -> str:
    """A full name's words before its surname, case folded ("" for a surname alone)."""
    words = name.split()
    last = surname(name)
    idx = max((i for i, w in enumerate(words) if w.casefold().removesuffix("'s") == last),
              default=len(words))
    return " ".join(words[:idx]).casefold()


def _topic_words(topic: Sequence[str]) -> frozenset[str]:
    """The words of an article's topic names, case folded, sentence words and the words
    any body is named by aside ("The Salt Gatherers" and "Salt Gatherers" share two;
    "Ixfel Research" and "Ixgor Research" none)."""
    return frozenset(w for t in topic for w in t.casefold().split()
                     if w not in STOPWORDS and not org_word(w))


def _role_told(role: str, text: str) -> bool:
    """The role (two words at least, as a role the roles list holds: "chief executive")
    is told as words of the sentence."""
    return " " in role and re.search(rf"(?<!\w){re.escape(role)}(?!\w)", text) is not None


def _respelled(people: list[Group]) -> list[Group]:
    """The people of _person_groups, and one person told with two spellings of a surname
    a contradiction: two outlets of one folder, their articles' topics sharing a word
    when both are known, naming, in one role, people with one given name and two
    spellings of one surname (_respelt: "Judge Ana Marwood", "Judge Ana Marwick")
    state the same person's name two ways. The two people's claims are then one
    contradicted finding; any other pair of people stays two (a co-defendant, a
    second judge: a given name or a role apart, or surnames that differ more). A copy of
    an origin's page (load.dedupe) joins that finding when its sentence is the origin's
    word for word; one whose sentence differs tells something else there (a figure
    changed) and stays a finding of its person apart."""
    def roles(g: Group) -> set[tuple[str, str, str, str, frozenset[str], str, bool, str]]:
        # (folder, role, given name, origin, topic words, page, a copy of another's page,
        # the sentence)
        return {(os.path.dirname(c.path), c.relation.casefold(), _given(c.name),
                 (c.origin or c.outlet).casefold(), _topic_words(c.topic), c.source,
                 (c.origin or c.outlet).casefold() != c.outlet.casefold(),
                 c.text.casefold())
                for c in g.claims if isinstance(c, NameClaim) and c.slot == "role"
                and _given(c.name)}

    def one_role(x: tuple[str, str, str, str, frozenset[str], str, bool, str],
                 y: tuple[str, str, str, str, frozenset[str], str, bool, str]) -> bool:
        # one folder, one given name, and one role: the same, or the one a page names
        # the person by told beside them on the other ("chief executive and founder
        # Leontius Brathwick", "chief executive Leontius Brathwaite")
        return x[0] == y[0] and x[2] == y[2] and (
            x[1] == y[1] or _role_told(x[1], y[7]) or _role_told(y[1], x[7]))

    told = [roles(g) for g in people]
    names = [surname(next(c.name for c in g.claims if isinstance(c, NameClaim)))
             for g in people]
    uf = _Union(len(people))
    for i, j in itertools.combinations(range(len(people)), 2):
        if not _respelt(names[i], names[j]):
            continue
        # one story, not one folder alone: two articles whose topics are both known and
        # share no word are two stories (two analysts "Omar Felranorix" and "Omar
        # Felralohal" of two firms' stories in one folder of many are two people)
        # ... of two origins, or an origin's page and a copy of it that respells the name
        # (not two stories of one outlet)
        if any(one_role(x, y) and (x[3] != y[3] or (x[5] != y[5] and (x[6] or y[6])))
               and (not x[4] or not y[4] or x[4] & y[4])
               for x in told[i] for y in told[j]):
            uf.join(i, j)
    merged: dict[int, list[int]] = defaultdict(list)
    for i in range(len(people)):
        merged[uf.find(i)].append(i)
    out: list[Group] = []
    for members in merged.values():
        if len(members) == 1:
            out.append(people[members[0]])
            continue
        # each spelling once per origin: a copy of one origin's page ("a mirror") tells
        # no spelling of its own, so its claims stay a finding of their person apart
        clash: list[Claim] = []
        copies: dict[int, list[Claim]] = defaultdict(list)
        for i in members:
            seen: dict[str, str] = {}
            # the origin's own page before a copy of it
            for c in sorted(people[i].claims,
                            key=lambda c: (c.origin or c.outlet) != c.outlet):
                origin = (c.origin or c.outlet).casefold()
                if origin in seen and seen[origin] != normalise(c.text):
                    copies[i].append(c)
                    continue
                seen.setdefault(origin, normalise(c.text))
                clash.append(c)
        out.append(Group("name", clash, conflict=True))
        out.extend(Group("name", copies[i]) for i in members if copies[i])
    return out


def _person_groups(block: list[NameClaim]) -> list[Group]:
    """The people of one surname: the claims naming each in a role, one name holding the
    other ("Ana Ruiz", "Ana Ruiz KC"), and, from each source that names the person in no
    role, its first mention of them ("Ruiz ruled"). A mention that two people of the
    block may bear ("Ruiz" beside "Ana Ruiz" and "Tom Ruiz") joins neither; a mention
    no role claim names is dropped."""
    roles = [c for c in block if c.slot != "mention"]
    if not roles:
        return _mentioned(block)
    people: list[list[NameClaim]] = []
    # a full name first: a role told of a surname alone ("Lane was second") joins the one
    # person of the block it may be, else stands alone (two may bear it: neither)
    for c in sorted(roles, key=lambda c: " " not in c.name):
        bearers = [person for person in people if any(same_name(c.name, p.name) for p in person)]
        if len(bearers) == 1:
            bearers[0].append(c)
        elif not bearers:
            people.append([c])
        elif " " in c.name:
            bearers[0].append(c)
    for c in block:
        if c.slot != "mention":
            continue
        bearers = [person for person in people
                   if any(same_name(c.name, p.name) for p in person if p.slot != "mention")]
        if len(bearers) == 1 and all(p.source != c.source for p in bearers[0]):
            bearers[0].append(c)
    return [Group("name", person) for person in people]


def _by_folder(block: list[NameClaim]) -> list[list[NameClaim]]:
    """The claims of a block, folder by folder (in order of first claim)."""
    folders: dict[str, list[NameClaim]] = defaultdict(list)
    for c in block:
        folders[os.path.dirname(c.path)].append(c)
    return list(folders.values())


def _copy_groups(block: list[NameClaim]) -> list[Group]:
    """One sentence told with two names (names.copy_claims), folder by folder: pages of
    one folder whose sentences are word for word the same but for the name each gives
    there ("… had appointed Hedda Lorquist to lead its inquiry", "… Hedda Brannock …")
    tell one role of one thing two ways: one contradicted finding. Not when the sentence
    is told with more than two names (a template of many things), an outlet tells both
    names in it (its own words of two things: a list, a boilerplate line), the pages'
    topics are both known and share no word (two stories), nor for one given name with
    two spellings of a surname (_respelled tells those in a role); else nothing (each name's own
    claims corroborate it)."""
    out: list[Group] = []
    for claims in _by_folder(block):
        names: list[list[NameClaim]] = []
        spelled: list[set[str]] = []  # each name's spellings: compared once, not per claim
        for c in claims:
            for same, spellings in zip(names, spelled, strict=True):
                if c.name in spellings or any(same_name(c.name, p) for p in spellings):
                    same.append(c)
                    spellings.add(c.name)
                    break
            else:
                names.append([c])
                spelled.append({c.name})
                if len(names) > 2:
                    break  # a sentence many things are told in alike (a template)
        if len(names) != 2:
            continue  # one name, or a template
        x, y = names
        # an outlet telling both is repeating its own words of two things (a boilerplate
        # line of two stories), and two articles whose topics are both known and share no
        # word are two stories
        if {c.outlet.casefold() for c in x} & {c.outlet.casefold() for c in y} or not any(
                not a or not b or a & b for a in {_topic_words(c.topic) for c in x}
                for b in {_topic_words(c.topic) for c in y}):
            continue
        if any(_given(a.name) == _given(b.name) != "" and _respelt(surname(a.name),
                                                                   surname(b.name))
               for a in x for b in y):
            continue
        out.append(Group("name", claims, conflict=True,
                         notes=["one sentence told with two names"]))
    return out


def full_name(name: str) -> bool:
    """A name of two words at least ("Halberd Ratings", "Lumenta-Torvik"): one a page may
    give in passing and another name alike without both meaning something else."""
    return len(re.split(r"[\s-]+", name.strip())) >= 2


def _mentioned(block: list[NameClaim]) -> list[Group]:
    """Of one surname's mentions no claim names in a role, those of one full name (one
    holding the other: "Amara Quist", "Epidemiologist Amara Quist") from two sources or
    more: the name each of those pages gives, a group of its own (two origins corroborate
    it: "The Tolvik, operated by Marren Shipping, ..." and "Marren Shipping said ..."),
    from sentences that tell no other news of it (extract.prose marks the others
    "beside"; verdict.finalize drops the group when one of its sentences is a
    contradiction's evidence).
    A surname alone ("Ruiz") may be anyone's: it joins nothing. Each origin is heard
    once, on its own page rather than a copy's: a copy says nothing more of a name (its
    sentence may be the one it changed)."""
    people: list[list[NameClaim]] = []
    index = _NameIndex()
    for c in sorted(block, key=lambda c: (c.origin or c.outlet) != c.outlet):
        if not full_name(c.name) or c.relation == "beside":
            continue  # (a sentence telling other news of it: the name is given in passing)
        bearers = index.holding(c.name)
        if len(bearers) != 1:
            if not bearers:
                index.add(c.name, len(people))
                people.append([c])
            continue
        [n] = bearers
        origin = (c.origin or c.outlet).casefold()
        if all(x.source != c.source and (x.origin or x.outlet).casefold() != origin
               for x in people[n]):
            index.add(c.name, n)
            people[n].append(c)
    return [Group("name", p) for p in people if len(p) > 1]


class _NameIndex:
    """Groups of names, found by `same_name` without looking at every name filed: each
    name of one leg is filed under its words and under every part of them, so the
    groups holding a name that holds another, or is held by it, are looked up (a name
    of many words or of a route's legs is compared one by one)."""

    _WORDS = 6  # a name of more words is compared one by one

    def __init__(self) -> None:
        self.exact: dict[frozenset[str], set[int]] = defaultdict(set)
        self.within: dict[frozenset[str], set[int]] = defaultdict(set)
        self.other: list[tuple[str, int]] = []  # names compared one by one

    @classmethod
    def _simple(cls, name: str) -> frozenset[str] | None:
        legs = _name_words(name)
        return legs[0] if len(legs) == 1 and 0 < len(legs[0]) <= cls._WORDS else None

    def add(self, name: str, group: int) -> None:
        words = self._simple(name)
        if words is None:
            self.other.append((name, group))
            return
        self.exact[words].add(group)
        for k in range(1, len(words) + 1):
            for part in itertools.combinations(sorted(words), k):
                self.within[frozenset(part)].add(group)

    def holding(self, name: str) -> set[int]:
        """The groups with a name that holds `name` or that `name` holds."""
        out = {g for other, g in self.other if same_name(name, other)}
        words = self._simple(name)
        if words is None:
            return out | {g for filed, groups in self.exact.items() for g in groups
                          if same_name(name, " ".join(sorted(filed)))}
        out |= self.within.get(words, set())
        for k in range(1, len(words) + 1):
            for part in itertools.combinations(sorted(words), k):
                out |= self.exact.get(frozenset(part), set())
        return out


#: How far apart two articles naming two holders of one office may be published to clash.
OFFICE_DAYS = 7


def _office_groups(block: list[NameClaim]) -> list[Group]:
    """One owner's sole role told with its holder (names.office_claims), folder by
    folder: when two outlets name two people in it, neither name holding the other, the
    office is one contradicted finding; else nothing (the people's role claims
    corroborate them)."""
    out: list[Group] = []
    for claims in _by_folder(block):
        # one surname may be one person ("Tom Lane", "Thomas Lane"): never two holders
        people: list[list[NameClaim]] = []
        for c in claims:
            for person in people:
                if any(same_name(c.name, p.name) or surname(c.name) == surname(p.name)
                       for p in person):
                    person.append(c)
                    break
            else:
                people.append([c])
        if len(people) < 2:
            continue
        # two names from two independent outlets, published within days of each other
        # (who holds a role changes: a year apart, two names may both be true)
        if any((a.origin or a.outlet).casefold() != (b.origin or b.outlet).casefold()
               and a.published is not None and b.published is not None
               and abs((a.published - b.published).days) <= OFFICE_DAYS
               for i, x in enumerate(people) for y in people[i + 1:] for a in x for b in y):
            out.append(Group("name", claims, conflict=True))
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


def _cells_compared(a: TableClaim, b: TableClaim) -> bool | None:
    """_cells_agree, counted."""
    PAIR_COUNTER["table"] += 1
    return _cells_agree(a, b)


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
            # cells that answer alike (syndicated copies of one table) are compared once
            answers: dict[tuple[str, tuple[str, ...], str], tuple[TableClaim, set[str]]] = {}
            for c in line:
                answers.setdefault((c.cell, c.entities, c.slot), (c, set()))[1].add(c.source)
            distinct = list(answers.values())
            verdicts = [
                _cells_compared(x, y)
                for n, (x, xs) in enumerate(distinct) for y, ys in distinct[n:]
                # some two cells of different sources give the two answers
                if len(xs | ys) > 1 and (y is not x or len(xs) > 1)
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

    clusters = _cluster(claims, lambda c: content_words(c.text), link, value, kind)
    return [Group(kind, [claims[i] for i in idx]) for idx in clusters]


def match(claims: Sequence[Claim]) -> list[Group]:
    """Group claims that state the same thing; groups may hold a conflict."""
    by_kind: dict[type, list[Claim]] = defaultdict(list)
    for c in claims:
        by_kind[type(c)].append(c)

    def of(kind: type[T]) -> list[T]:
        return by_kind.get(kind, [])  # type: ignore[return-value]

    out: list[Group] = []
    # most shards hold one kind of claim: the others cost nothing
    if of(NameClaim):
        out.extend(_name_groups(of(NameClaim)))
    if of(TimelineClaim):
        # events a year alone dates in prose meet only their like: they change no other
        # event's groups, nor which of its words are rare
        dated = folder_years(of(TimelineClaim))
        out.extend(_timeline_groups([c for c in dated if not c.told_year]))
        years = [c for c in dated if c.told_year]
        if years:
            out.extend(_timeline_groups(years))
    if of(FigureClaim):
        out.extend(_figure_groups(folder_periods(of(FigureClaim))))
    if of(TableClaim):
        out.extend(_table_groups(of(TableClaim)))
    for kind, name, threshold in _TEXT_KINDS:
        if of(kind):
            out.extend(_text_groups(of(kind), name, threshold))
    return out


#: Free-text kinds, how they are named and how alike their wordings must be to be one.
_TEXT_KINDS: tuple[tuple[type[ForecastClaim | StatementClaim | EntityClaim], str, int], ...] = (
    (ForecastClaim, "forecast", 92), (StatementClaim, "statement", 90),
    (EntityClaim, "entity", 90))


def without_idle_mentions(claims: Iterable[Claim]) -> list[Claim]:
    """The claims but the mentions of people no claim names in a role (their key no other
    name claim's): such a mention joins nothing and is no finding (_person_groups drops
    it), so matching never needs it. In prose most mentions are of that kind."""
    claims = list(claims)
    named = {c.key for c in claims if isinstance(c, NameClaim) and c.slot not in {"mention",
                                                                                  "copy"}}
    # a sentence's copy claim (names.copy_claims) joins only its like from another source
    copies = Counter(c.key for c in claims if isinstance(c, NameClaim) and c.slot == "copy")
    # a full name mentioned by two sources may meet its like (_mentioned)
    mentioned = Counter(c.key for c in {(c.key, c.source): c for c in claims
                                        if isinstance(c, NameClaim) and c.slot == "mention"
                                        and full_name(c.name)}.values())
    return [c for c in claims
            if not (isinstance(c, NameClaim) and c.slot in {"mention", "copy"})
            or c.key in named or copies[c.key] > 1
            or (c.slot == "mention" and mentioned[c.key] > 1 and full_name(c.name))]


def shard(claim: Claim) -> str:
    """A key such that claims of different shards are never grouped together.

    Used to split matching across machines (factcheck.distributed): each shard is matched
    on its own and gives the groups that matching all claims at once gives. Table cells
    and names by key (people by the opening letters of their surname, RESPELT_PREFIX);
    figures by unit (a precise number joins its peers across wordings); forecasts,
    statements and entity claims only join claims naming the same products; timeline
    events may link across subjects (one that names no company), so they stay one shard.
    """
    if isinstance(claim, FigureClaim):
        return f"figure|{claim.quantity.unit}"
    if isinstance(claim, NameClaim) and claim.key.startswith("name|person:"):
        # people are blocked by surname; two spellings of one open alike (_respelt)
        return claim.key[: len("name|person:") + RESPELT_PREFIX]
    if isinstance(claim, TableClaim | NameClaim):
        return claim.key
    if isinstance(claim, TimelineClaim):
        return "timeline"
    return claim.kind + "|" + "|".join(sorted(claim.entities))
