"""Name claims: the names a sentence gives in a relation ("led by Thrive Capital", "landed
at Portland International Airport", "collapsed into the Patapsco River").

A name is a run of capitalised words (with "of", "de", "&" inside) that does not open the
sentence, is no month or weekday, and stands after a word that relates it to the sentence
(a verb or a preposition). Names the article speaks of most (its topic) are its subject,
not a fact about it, and names the sentence credits ("said Reuters") are attributions.
Stated by two independent outlets, a name corroborates; a name of a slot never
contradicts on its slot alone (which of two names fills a slot is a matter for a person),
but one sentence two pages tell word for word with two names in one place tells one role
two ways (copy_claims).

A name in a *slot* (a relation frame of `data/slots.yaml`: "landed at", "built by",
"from" … "to") is a fact of the story whatever name it is, the topic's own names too; a
name with a number ("Flight 1282", "Route 66") designates one thing wherever it stands.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.context import Context, built, claim_fields
from factcheck.extract.figures import currency_named, participle
from factcheck.extract.numwords import is_spelled_number
from factcheck.extract.text import CLOSED_CLASS, STOPWORDS, content_words, stem
from factcheck.gazetteer import trie_pattern
from factcheck.load.structure import is_chrome
from factcheck.models import Line, NameClaim, Provenance, Section
from factcheck.yamlio import packaged

# a run of capitalised words; after the first, a number that is no figure ("Flight 1282",
# "Boeing 737-9") belongs to it
_NAME = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w&'’.-]*[\w])"
    r"(?:\s+(?:of\s+|de\s+|&\s+)?(?:[A-Z][\w&'’.-]*[\w]"
    r"|(?<!['’]s\s)\d+(?:-\d+)?[A-Za-z]?(?![\w:-]|[,.]\d|['’](?!s)))){0,4})"
)
# ... not a time ("2:03:41") nor what a possessive owns ("Ardo's 2 hours")
_DESIGNATOR = re.compile(r"(?<=\s)(?<!['’]s\s)\d+(?:-\d+)?[A-Za-z]?(?![\w:-]|[,.]\d)")
_YEARISH = re.compile(r"(?:19|20)\d\d$")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
# "Filed under: …", "Tags: …": a label line listing names is a page's index, not news
_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")
_ADJECTIVE_TAIL = re.compile(r"-[a-z][\w-]*$")
_CALENDAR = frozenset(
    [m for m in calendar.month_name if m] + [m for m in calendar.month_abbr if m]
    + list(calendar.day_name) + ["Sept"]
)
_TELLING = frozenset({"said", "says", "told", "according", "reported", "wrote", "writes",
                      "via", "by"})
_MAX_PER_SENTENCE = 4
_ROLE_TOKEN = re.compile(r"[a-z][a-z-]*")
_AGENT_TOKEN = re.compile(r"(?<![A-Za-z-])[a-z][a-z-]{5,}")


@dataclass(frozen=True, slots=True)
class _Slots:
    frames: dict[tuple[str, str], str]  # (stem of the frame word, preposition) -> slot
    preps: frozenset[str]
    particles: frozenset[str]
    determiners: frozenset[str]
    places: frozenset[str]
    route_gap: re.Pattern[str]
    title: re.Pattern[str]  # a role written as a title before a person ("Judge Ana Ruiz")
    roles: tuple[re.Pattern[str], ...]  # a role beside a person, told in other ways
    role_words: frozenset[str]  # every word of every role
    role_endings: tuple[str, ...]  # endings of agent nouns that are roles
    role_names: frozenset[str]  # every role, whole ("chief executive", "ceo")
    post_nominals: frozenset[str]  # "KC", "Jr": letters after a person's name
    mention: re.Pattern[str]  # a run of one to four name words, a person's letters after it
    sole_roles: dict[str, str]  # roles one person holds at a time for one owner -> its name
    office_times: frozenset[str]  # words that say when or how a role is held
    office_changes: frozenset[str]  # words of a change of office
    office_tenses: frozenset[str]  # words that put a sentence's role at another time
    agents: dict[str, str]  # a verb whose subject fills a slot ("built") -> the slot
    honorific: re.Pattern[str]  # words of address before a name ("Dr.", "Sen.")
    verb_roles: dict[str, str]  # a verb that gives its person a role ("chaired") -> the role
    told_roles: tuple[re.Pattern[str], ...]  # a role told by a verb or a label
    org_words: frozenset[str]  # words a company, team or body is named by
    outcomes: tuple[tuple[re.Pattern[str], str], ...]  # a contest's result, told of a name
    not_rivals: frozenset[str]  # what a winner beats that is no rival ("estimates")
    not_names: frozenset[str]  # capitalised words that name no one ("UTC", "EUR")
    approximations: frozenset[str]  # words that tell a number roughly ("around")
    outcome_words: frozenset[str]  # the words every outcome holds one of


@cache
def _slots() -> _Slots:
    data = packaged("slots.yaml")
    frames: dict[tuple[str, str], str] = {}
    preps: set[str] = set()
    for slot, frame in data["slots"].items():
        for prep in frame["preps"]:
            preps.add(str(prep))
            for word in frame["words"]:
                frames.setdefault((stem(str(word)), str(prep)), str(slot))
    gap = "|".join(re.escape(str(g)) for g in data["route_gap"])
    listed = _longest_first([str(r) for r in data["roles"]])
    # a role the list does not hold is an agent noun of its endings ("climatologist",
    # "auctioneer", "curator"), written in lower case and six letters at least
    agent = "|".join(re.escape(str(x)) for x in data["role_endings"])
    role = rf"{listed}|(?-i:(?<![A-Za-z-])(?=[a-z-]{{6,}}\b)[a-z][a-z-]*?(?:{agent}))"
    # a person: two to four capitalised words ("Ana Ruiz", "Tom de Lane", "Ana Ruiz KC")
    person = (r"(?P<person>[A-Z][\w'’.-]*[a-z][\w'’-]*(?:\s+(?:de\s+|van\s+|von\s+)?"
              r"[A-Z][\w'’.-]*){1,3})")
    hon = "|".join(re.escape(str(h)) for h in data["honorifics"])
    honorific = rf"(?:(?:{hon})\.?\s+)?"
    title = re.compile(rf"(?<![\w-])(?P<role>(?i:{role}))\s+{honorific}{person}")
    verb_roles = {str(v).lower(): str(r) for r, vs in data["role_verbs"].items() for v in vs}
    verbs = _longest_first(list(verb_roles))
    copulas = "|".join(re.escape(str(c)).replace(r"\ ", r"\s+")
                       for c in sorted(data["role_copulas"], key=len, reverse=True))
    owner = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+|[A-Z][\w'’-]*['’]s\s+)?"
    told_roles = (
        # "chaired by Ana Ruiz", "brokered by mediator Ana Ruiz", "led by its general
        # secretary Tom Lane"
        re.compile(rf"(?<![\w-])(?P<verb>(?i:{verbs}))\s+(?:(?:over|jointly)\s+)?by\s+{owner}"
                   rf"(?:(?P<role>(?i:{role}))\s+)?{honorific}{person}"),
        # "Ana Ruiz, who chairs the board", "Ana Ruiz, who has led the talks since May",
        # "Ana Ruiz, who became chief executive in 2024"
        re.compile(rf"{person},\s+who\s+(?:(?:now|also|currently|still|has|have|had|"
                   rf"jointly)\s+)*(?:(?P<verb>{verbs})\b|(?:{copulas})\s+{owner}"
                   rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>(?i:{role}))\b(?!['’]))"),
        # "Winning manager: Ana Ruiz.", "Referee: Tom Lane": a label line of a role
        re.compile(rf"^[^\w]*(?:[\w'’-]+\s+){{0,2}}?(?P<role>(?i:{role})):\s+{honorific}"
                   rf"{person}[.!]?\s*$"),
    )
    out = data["outcomes"]
    name = (r"(?P<person>[A-Z][\w'’.-]*[a-z][\w'’-]*(?:\s+(?:de\s+|van\s+|von\s+)?"
            r"[A-Z][\w'’.-]*){0,3})")
    won = "|".join(re.escape(str(v)).replace(r"\ ", r"\s+") for v in out["won"])
    contests = "|".join(re.escape(str(c)) for c in out["contests"])
    places = "|".join(re.escape(str(p)) for p in out["places"])
    not_after = "|".join(re.escape(str(w)) for w in out["not_after_place"])
    outcomes = (
        # "Halden Rovers beat ten-man Ostby 3-1", "Ana Ruiz won the 2026 title", "Labour
        # won the election", "Halden were crowned league champions"
        (re.compile(rf"{name}\s+(?:(?:have|has|had)\s+)?(?:{won})\s+(?:the\s+|their\s+|"
                    rf"her\s+|his\s+|its\s+|a\s+)?(?:\d{{4}}\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?"
                    rf"(?:[A-Z]|(?:{contests})s?\b)"), "winner"),
        (re.compile(rf"{name}\s+(?:were|was|have\s+been|has\s+been)\s+crowned\s+"
                    rf"(?:[\w'’-]+\s+){{0,3}}?(?:winners?|champions?)\b"), "winner"),
        # "Ana Ruiz was second", "Tom Lane finished third in 2:04:40"
        (re.compile(rf"{name}\s+(?:was|were|finished|came|placed|ended|took)\s+"
                    rf"(?:in\s+)?(?:a\s+)?(?:(?:distant|close|joint|clear)\s+)?"
                    rf"(?P<place>{places})\b(?:\s+place)?(?![\w-]|\s+(?:{not_after})\b)"), ""),
        # "Ruiz takes $40,000 for second", "with Tom Lane a distant third"
        (re.compile(rf"{name}\s+(?:takes|took|collects|collected|earns|earned|pockets|"
                    rf"pocketed|gets|got|receives|received)\s+(?:[^,.;]|[,.]\d){{0,40}}?\bfor\s+"
                    rf"(?:finishing\s+)?(?P<place>{places})\b(?:\s+place)?(?![\w-])"), ""),
        (re.compile(rf"\bwith\s+{name}\s+(?:a\s+|an\s+)?(?:(?:distant|close|joint)\s+)?"
                    rf"(?P<place>{places})\b(?![\w-]|\s+(?:{not_after})\b)"), ""),
    )
    roles = (
        # "Ana Ruiz, the chief executive of …", "Ana Ruiz, Halden's head coach" (not
        # "the Union, whose leader …": that role is another's)
        re.compile(rf"{person},\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*['’]s\s+)?"
                   rf"(?:(?!who|whose|which)[a-z][\w-]*\s+){{0,2}}?(?P<role>{role})\b(?!['’])"),
        # "the club's captain, Tom Lane", "the directorate's head, Ana Ruiz"
        re.compile(rf"(?<![\w-])(?P<role>(?i:{role})),\s+{person}(?=[,.;:)]|\s+(?:said|says|"
                   rf"told|has|had|was|is|will|would|added|warned)\b)"),
    )
    return _Slots(frames, frozenset(preps), frozenset(map(str, data["particles"])),
                  frozenset(map(str, data["determiners"])),
                  frozenset(stem(str(p)) for p in data["places"]),
                  re.compile(rf"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,?)?\s+(?:(?:{gap})\s+)?"
                             rf"to\s+(?:the\s+)?(?=[A-Z])"),
                  title, roles,
                  frozenset(w for r in data["roles"] for w in str(r).lower().split()),
                  tuple(str(x) for x in data["role_endings"]),
                  frozenset(" ".join(str(r).lower().split()) for r in data["roles"]),
                  frozenset(map(str, data["post_nominals"])),
                  re.compile(r"(?<![\w'’&.-])([A-Z][a-z][\w'’-]*(?:\s+(?:de\s+|van\s+|von\s+)?"
                             r"[A-Z][a-z][\w'’-]*){0,3}"
                             rf"(?:\s+(?:{'|'.join(map(re.escape, data['post_nominals']))})\b)?)"),
                  {" ".join(str(v).lower().split()): str(r)
                   for r, vs in data["sole_roles"].items() for v in vs},
                  frozenset(map(str, data["office_times"])),
                  frozenset(map(str, data["office_changes"])),
                  frozenset(map(str, data["office_tenses"])),
                  {str(v).lower(): str(slot) for slot, vs in data["agents"].items() for v in vs},
                  re.compile(rf"^(?:{hon})\.?\s+(?=[A-Z])"), verb_roles, told_roles,
                  frozenset(map(str, data["org_words"])), outcomes,
                  frozenset(map(str, data["not_rivals"])),
                  frozenset(map(str, data["not_names"])),
                  frozenset(str(w).lower() for w in data["approximations"]),
                  frozenset(w for v in (*out["won"], *out["places"], "crowned")
                            for w in str(v).lower().split()))


def _longest_first(words: list[str]) -> str:
    """A pattern matching what the alternation of `words`, the longest first, matches:
    one trie of them when they are all lower-case ASCII (matched case ignored or not, it
    tries at each place the same words in the same order, without trying every word at
    every character), else the alternation."""
    if all(w.isascii() and w == w.lower() for w in words):
        return trie_pattern(sorted(set(words)))
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def tells_change_of_office(text: str) -> bool:
    """Whether a text tells a change of office ("replaces", "was appointed", "sacked")."""
    return not _slots().office_changes.isdisjoint(_CHANGE_WORD.findall(text.lower()))


@lru_cache(maxsize=16384)
def surname(person: str) -> str:
    """The word a person is known by: the last of their name, the letters after it
    ("KC", "Jr") and a possessive aside ("Ana Ruiz KC", "Ruiz's": "ruiz")."""
    words = [w for w in person.split() if w not in _slots().post_nominals]
    last = (words or person.split() or [""])[-1]
    return last.removesuffix("’s").removesuffix("'s").casefold()


def slot_of(words: list[str], after: str = "") -> str:
    """The slot the words before a name (and the word after it) put it in ("landed safely
    back at"; "at a former … facility"), or ""."""
    sl = _slots()
    low = [w.lower() for w in words]
    while low and low[-1] in sl.determiners:
        low.pop()
    # "takeover of smaller rival Lanthe Air", "built by shipbuilder Orvik Marine": up to
    # two words that say what the name is (no verb: "visited", "joining")
    described = 0
    while described < 2 and low and low[-1] not in sl.preps and words[len(low) - 1].islower() \
            and low[-1] not in CLOSED_CLASS and not low[-1].endswith(("ed", "ing")):
        low.pop()
        described += 1
    while described and low and low[-1] in sl.determiners:
        low.pop()
    if not low or low[-1] not in sl.preps:
        return ""
    if low[-1] in {"at", "in"} and after and stem(after) in sl.places:
        return "site"
    prep = low.pop()
    while low and (low[-1] in sl.particles or low[-1].endswith("ly")):
        low.pop()
    return sl.frames.get((stem(low[-1]), prep), "") if low else ""


#: How many words before "by" the participle of a passive may stand ("published on
#: Tuesday by").
_AGENT_REACH = 4


def _passive_agent(words: list[str]) -> str:
    """The words before a name end with "by" (and a determiner), a past participle among
    the few before it: the name is the agent of a passive ("carried out by the …",
    "published on Tuesday by"); the participle (the nearest), else ''."""
    low = [w.lower() for w in words]
    while low and low[-1] in _slots().determiners:
        low.pop()
    if not low or low[-1] != "by":
        return ""
    return next((w for w in reversed(low[-1 - _AGENT_REACH : -1]) if participle(w)), "")


def role_claims(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                provenance: Provenance) -> list[NameClaim]:
    """The people a sentence names in a role ("Judge Ana Ruiz", "head coach Tom Lane",
    "Ana Ruiz, the chief executive", "the club's captain, Tom Lane"): each is a fact of the
    story wherever it stands (at the start of the sentence, in a forecast, in the topic),
    blocked by the person's name."""
    bare = sent.lstrip("([{\"'“‘ ")
    if is_chrome(bare) or _BYLINE.match(bare):
        return []  # "By Ana Ruiz, Chief Sports Writer": who wrote the page
    found = _role_people(sent)
    return [built(NameClaim,
        **claim_fields(ctx, line, quote, section, provenance, person, f"{person} ({role})",
                       [], f"name|person:{surname(person)}"),
        name=person, relation=role, slot="role", topic=ctx.topic,
    ) for person, role in list(found.items())[:_MAX_PER_SENTENCE]]


def office_claims(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                  provenance: Provenance) -> list[NameClaim]:
    """The people a sentence names in a role one person holds at a time for a named owner
    ("Halden's chief executive, Ana Ruiz", "Ana Ruiz, chief executive of Halden"): an
    office, blocked by its owner and role, of the day the article is published (an
    undated article tells no office). Offices only ever show as a clash (match): the
    person's role claim is what corroborates."""
    return [built(NameClaim,
        **claim_fields(ctx, line, quote, section, provenance, person,
                       f"{owner} {role}: {person}", [], f"name|office:{owner.casefold()}|{role}"),
        name=person, relation=role, slot="office", topic=ctx.topic, published=ctx.published,
    ) for person, role, owner in _offices(sent)] if ctx.published is not None else []


_BYLINE = re.compile(r"(?i:by)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s")
_OWNER_BEFORE = re.compile(r"(?:(?<![\w'’&.-])(?P<owner>[A-Z][\w&.-]*"
                           r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*){0,3})"
                           r"(?:['’]s|(?<=s)['’])?|\b(?:the|a|an))"
                           r"\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2})$")
_OWNER_AFTER = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*"
                          r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*){0,3})")
_CHANGE_WORD = re.compile(r"[a-z]+")
_PERSON_WORD = re.compile(r"[A-Z][a-z][a-z'’-]*|[A-Z]\.?|(?:de|van|von)")


@lru_cache(maxsize=4096)
def _offices(sent: str) -> tuple[tuple[str, str, str], ...]:
    """(person, role, owner) for each person the sentence names in a sole role of a named
    owner, told as held now: no word before the role says when or how ("former", "new",
    "interim", "ex-"), the person stands in no list ("Ana Ruiz and Tom Lane"), and the
    sentence tells no change of office ("replaces", "was appointed", "will")."""
    sl = _slots()
    if not _role_people(sent):
        return ()
    if not (sl.office_changes | sl.office_tenses).isdisjoint(
            _CHANGE_WORD.findall(sent.lower())):
        return ()
    found: list[tuple[str, str, str]] = []
    for m in (*sl.title.finditer(sent), *(x for r in sl.roles for x in r.finditer(sent))):
        role = sl.sole_roles.get(" ".join(m.group("role").lower().split()), "")
        if not role:
            continue
        person = _person_of(m.group("person"))
        if len(person.split()) < 2 or any(w in _CALENDAR for w in person.split()) or (
                person.split()[-1].lower() in sl.role_words):
            continue
        rs, re_ = m.span("role")
        ps, pe = m.span("person")
        if sent[max(0, rs - 1):rs] in {"-", "‑"}:
            continue  # "ex-chief executive", "then-mayor"
        # a person in a list: "Ana Ruiz and Tom Lane, the co-chairs"
        if re.match(r"\s*(?:,\s*)?(?:and|or|&)\s", sent[pe:]) or (re.search(
                r"(?:\band|\bor|&|,)\s*$", sent[:ps]) and ps < rs):
            continue
        before = _OWNER_BEFORE.search(sent[max(0, rs - 80):rs])
        after = _OWNER_AFTER.match(sent, re_)
        owner = ""
        if before is not None and before.group("owner"):
            owner = before.group("owner")
        elif after is not None:
            owner = after.group("owner")
        mods = before.group("mods").split() if before is not None else []
        if not owner or any(w in sl.office_times for w in mods):
            continue
        if owner.split()[0].lower() in STOPWORDS | sl.office_times or owner in _CALENDAR:
            continue  # "Former Halden chief executive …"
        if not all(_PERSON_WORD.fullmatch(w) for w in person.split()
                   if w not in sl.post_nominals):
            continue  # "ByteDance Ltd.": no person's name
        found.append((person, role, owner))
    return tuple(dict.fromkeys(found))


def mention_claims(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                   provenance: Provenance) -> list[NameClaim]:
    """The people a sentence may name without a role ("Ruiz ruled", "Lane and Ortiz
    voted against"): a name of one to four name words, anywhere in the sentence. A
    mention is no fact on its own: it only joins the claims that name the same person in
    a role (match), so another outlet naming the person a role names corroborates it."""
    bare = sent.lstrip("([{\"'“‘ ")
    if is_chrome(bare) or _LABEL.match(bare):
        return []
    people = _role_people(sent)
    named = {surname(p) for p in people}
    # the people the article speaks of most are its subject: naming them tells nothing
    topic = _surnames(ctx.topic)
    # companies and products the gazetteer knows are no people
    known = [(k.start, k.end) for k in ctx.gaz.find(sent)]
    out: list[NameClaim] = []
    for person, start, end in (*_mentions(sent), *_caps_mentions(sent)):
        if person in people or surname(person) in named:
            continue  # named in its role by this sentence (role_claims)
        # (a full name of the topic may still be the person another outlet names in a role)
        if (surname(person) in topic and " " not in person) or any(
                a < end and start < b for a, b in known) or currency_named(sent, start, end):
            continue
        if " " not in person and not sent[:start].strip(" •*-–—\"'“‘([") and (
                person.endswith("ing") or ctx.lex.metric_of(person) is not None):
            continue  # "Reporting by …", "Sales rose": a sentence's first word, no name
        out.append(built(NameClaim,
            **claim_fields(ctx, line, quote, section, provenance, person, person, [],
                           f"name|person:{surname(person)}"),
            name=person, relation="", slot="mention", topic=ctx.topic,
        ))
        if len(out) >= _MAX_PER_SENTENCE:
            break
    return out


@lru_cache(maxsize=256)
def _surnames(people: tuple[str, ...]) -> frozenset[str]:
    """The surnames of `people` (an article's topic: asked of each of its sentences)."""
    return frozenset(surname(p) for p in people)


# what follows a person who does or is something: a verb ("Ruiz ruled", "Ruiz has"), or
# the other names of a list before one ("Ruiz and Lane voted"), a possessive ("Ruiz's")
# or an age ("Ruiz, 41, said")
_AGENT = re.compile(r"(?:['’]s\b|,\s+\d{1,3},\s+[a-z]|,?\s+(?:(?:and|or)\s+[A-Z][\w'’-]*"
                    r"(?:\s+[A-Z][\w'’-]*)*\s+)?[a-z])")


@lru_cache(maxsize=4096)
def _mentions(sent: str) -> tuple[tuple[str, int, int], ...]:
    """The runs of name words of a sentence that may name a person: sentence words
    ("The", "But") and role words ("Judge", "Deputy Governor") before them aside."""
    sl = _slots()
    found: list[tuple[str, int, int]] = []
    for m in sl.mention.finditer(sent):
        run = m.group(1).split()
        owned: list[str] = []
        for i, w in enumerate(run):
            if w.endswith(("'s", "’s")):
                # "Ana Ruiz's Civic Union": Ana Ruiz's, and the name she owns
                run, owned = run[: i + 1], run[i + 1 :]
                break
        for words in (run, owned):
            while words and (words[0].lower() in STOPWORDS or words[0].lower() in sl.role_words
                             or words[0] in _honorifics() or words[0] in _CALENDAR):
                words.pop(0)
            if not words or not _CALENDAR.isdisjoint(words):
                continue
            person = " ".join(words).removesuffix("’s").removesuffix("'s")
            if not _AGENT.match(sent, m.end()) or _no_name(person):
                continue
            if len(person) >= 3 and all(person != f[0] for f in found):
                found.append((person, m.start(), m.end()))
    return tuple(found)


@cache
def _honorifics() -> frozenset[str]:
    """The words of address, with and without their full stop ("Dr", "Dr."): the words
    `_Slots.honorific` matches before a name, each a whole word."""
    return frozenset(w for h in packaged("slots.yaml")["honorifics"] for w in (str(h), f"{h}."))


def _no_name(name: str) -> bool:
    """A capitalised word alone that names nothing: a day or month ("Thursday's"), a
    number or a rank spelled out ("Two", "Thirty-seven", "Seventh")."""
    return " " not in name and (name in _CALENDAR or is_spelled_number(name))


def _person_of(text: str) -> str:
    """A person as a role names them: a possessive and a word of address aside ("Dr.
    Paulo Resk's": "Paulo Resk")."""
    person = _slots().honorific.sub("", text.removesuffix("’s").removesuffix("'s").rstrip("."))
    words = person.split()
    while len(words) > 2 and words[0].lower() in _slots().role_words:
        words.pop(0)  # "Chief Dana Ostrowe, who has led …": Dana Ostrowe
    return " ".join(words)


def org_word(word: str) -> bool:
    """A word companies, teams and bodies are named by ("Research", "Group", "Rovers"):
    it tells which kind of body, not which one."""
    return word.casefold() in _org_folded()


@cache
def _org_folded() -> frozenset[str]:
    return frozenset(w.casefold() for w in _slots().org_words)


def _is_org(name: str) -> bool:
    """Whether a name is a company's, a team's or a body's ("Greyfield Mining")."""
    return not _slots().org_words.isdisjoint(name.split())


_OUTCOME_START = re.compile(r"(?:^|[,;:(]\W*|\s[-–—]\s+|\b(?:as|when|after|while|and|but|"
                            r"because|since|once|before|until|where|then)\s+|^\W+)"
                            r"(?:(?i:the)\s+)?$")


def _outcomes(sent: str, tokens: list[str] | None = None) -> dict[str, str]:
    """The names a sentence tells a contest's result of: name -> "winner", "second", …
    (`tokens`: `_ROLE_TOKEN` of the sentence lower-cased, when the caller has them:
    `_role_people` reads them once for both)."""
    sl = _slots()
    found: dict[str, str] = {}
    if tokens is None:
        tokens = _ROLE_TOKEN.findall(sent.lower())
    if sl.outcome_words.isdisjoint(tokens):
        return found
    for regex, role in sl.outcomes:
        for m in regex.finditer(sent):
            start = m.start("person")
            if not _OUTCOME_START.search(sent[:start]) and not sent[:start].endswith("with "):
                continue  # "Lund scored as Halden Rovers beat …": the clause's subject only
            words = m.group("person").split()
            while words and words[0].lower() in CLOSED_CLASS:
                words.pop(0)
            person = _person_of(" ".join(words))
            if not person or person.lower() in CLOSED_CLASS or any(
                    w in _CALENDAR for w in person.split()):
                continue
            if role == "winner" and not sl.not_rivals.isdisjoint(
                    w.lower() for w in _WORDS.findall(sent[m.end("person") : m.end() + 40])[:6]):
                continue  # "beat estimates"
            place = m.groupdict().get("place")
            found.setdefault(person, role or ("second" if place == "runner-up" else place or ""))
    return found


_CAPS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2}(?![\w'’-])")


@lru_cache(maxsize=4096)
def _caps_mentions(sent: str) -> tuple[tuple[str, int, int], ...]:
    """The full names a line written in capitals may give ("HANNE VOSS 4:12:09 NEW
    RECORD!!!": Hanne Voss): runs of two or three capitalised words, no sentence words
    among them, read as names (a run no role claim names joins nothing)."""
    if _CAPS_RUN.search(sent) is None:
        return ()  # no run of capitalised words: nothing to find (the runs are all it reads)
    letters = [ch for ch in re.sub(r"[#@]\w+", "", sent) if ch.isalpha()]  # tags aside
    if len(letters) < 6 or sum(ch.isupper() for ch in letters) < 0.9 * len(letters):
        return ()
    found: list[tuple[str, int, int]] = []
    for m in _CAPS_RUN.finditer(sent):
        words = m.group().split()
        if any(w.lower() in CLOSED_CLASS or w.lower() in _slots().role_words
               or len(w) < 2 for w in words):
            continue
        person = " ".join(w.capitalize() for w in words)
        if not any(w in _CALENDAR for w in person.split()) and not _no_name(person):
            found.append((person, m.start(), m.end()))
    return tuple(found)


#: What every match of each of `_Slots.told_roles` holds, in their order: "by" ("chaired
#: by Ana Ruiz"), "who" ("Ana Ruiz, who chairs the board"), a colon ("Referee: Tom Lane").
_TOLD_ROLE_NEEDS = ("by", "who", ":")


@lru_cache(maxsize=4096)
def _role_people(sent: str) -> dict[str, str]:
    """The people a sentence names in a role: person -> role (asked by name_claims and
    role_claims of one sentence: read once). A role a verb gives ("chaired by Ana Ruiz",
    "Ana Ruiz, who leads the union") is a person's only; a contest's result ("Halden Rovers
    won the cup", "Tom Lane was second") may be of any name, a single word too."""
    sl = _slots()
    found: dict[str, str] = {}
    tokens = _ROLE_TOKEN.findall(sent.lower())
    # most sentences name no role: a word of one is looked for before any pattern runs
    if not sl.role_words.isdisjoint(tokens) or any(
            t.endswith(sl.role_endings) for t in _AGENT_TOKEN.findall(sent)):
        # (every pattern of `roles` holds a comma: "Ana Ruiz, the chief executive")
        roles = sl.roles if "," in sent else ()
        for m in (*sl.title.finditer(sent), *(x for r in roles for x in r.finditer(sent))):
            person = _person_of(m.group("person"))
            words = person.split()
            if len(words) < 2 or any(w in _CALENDAR for w in words) or (
                    words[-1].lower() in sl.role_words):
                continue  # "Chief Risk Officer, Lena Marsh": no person "Risk Officer"
            role = " ".join(m.group("role").lower().split())
            if role not in STOPWORDS:
                found.setdefault(person, role)
    if not sl.role_words.isdisjoint(tokens) or not sl.verb_roles.keys().isdisjoint(tokens):
        for r, needed in zip(sl.told_roles, _TOLD_ROLE_NEEDS, strict=True):
            if needed not in sent:
                continue  # (a pattern is tried only where the word it holds is)
            for m in r.finditer(sent):
                person = _person_of(m.group("person"))
                words = person.split()
                if len(words) < 2 or any(w in _CALENDAR for w in words) or _is_org(person):
                    continue
                told = m.group("role") or sl.verb_roles.get(
                    (m.groupdict().get("verb") or "").lower(), "")
                if told:
                    found.setdefault(person, " ".join(told.lower().split()))
    for person, role in _outcomes(sent, tokens).items():
        if role and not any(same_words(person, p) for p in found):
            found.setdefault(person, role)
    return found


def same_words(a: str, b: str) -> bool:
    """One name holds the other word for word ("Ruiz", "Ana Ruiz")."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa


_CELL_PART = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*")


def cell_name_claims(ctx: Context, section: Section, line: Line, quote: str, label: str,
                     cell: str) -> list[NameClaim]:
    """The names a data table's cell gives for its row's label ("| Venue | Harrow Opera
    House, Lenby |", "| Ports closed | Tessport, Lenby |"): each name the cell holds
    whole, as a name after a word relating it in a sentence, told by the label's last word."""
    if _FIGURE_DIGIT.search(cell) or not label.strip():
        return []
    words = _WORDS.findall(label)
    if not words:
        return []
    word = stem(words[-1].lower())
    out: list[NameClaim] = []
    for part in _CELL_PART.split(cell.strip()):
        m = _NAME.fullmatch(part.strip().rstrip("."))
        if m is None:
            continue
        name = m.group(1)
        if len(name) < 3 or name.split()[0] in _CALENDAR or name.lower() in CLOSED_CLASS or (
                ctx.lex.metric_of(name) is not None or _slots().title.match(name)):
            continue
        out.append(built(NameClaim,
            **claim_fields(ctx, line, quote, section, section.provenance, name,
                           f"{name} ({word})", [], f"name|{name.casefold()}"),
            name=name, relation=word, slot="", topic=ctx.topic,
        ))
    return out[:_MAX_PER_SENTENCE]


_FIGURE_DIGIT = re.compile(r"\d")


def designators(name: str) -> list[str]:
    """The numbers a name holds after its first word ("Flight 1282": 1282), years aside."""
    if _FIGURE_DIGIT.search(name) is None:
        return []  # no digit: no number (most names)
    return [d for d in _DESIGNATOR.findall(name) if not _YEARISH.match(d)]


def name_claims(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                provenance: Provenance) -> list[NameClaim]:
    """The related names of one sentence."""
    out: list[NameClaim] = []
    bare = sent.lstrip("([{\"'“‘ ")
    topic = {t.casefold() for t in ctx.topic}
    # products and companies the gazetteer knows are the other claims' entities
    known = [(k.start, k.end) for k in ctx.gaz.find(sent)]
    people = _role_people(sent)
    # where the last name related ends, its slot and the word relating it
    last: tuple[int, str, str] | None = None
    for m in _NAME.finditer(sent):
        name = m.group(1).removesuffix("’s").removesuffix("'s").rstrip(".")
        # "Singapore-flagged", "AI-enabled": the name is the capitalised part
        name = _ADJECTIVE_TAIL.sub("", name)
        if name and _YEARISH.search(name.split()[-1]):
            name = " ".join(name.split()[:-1])  # "Paris 2024" is Paris, in 2024
        if not name:
            continue  # a tag that is a year with letters ("#Expo2030"): no name is left
        if (m.start() == 0 and name.split()[0].lower() in STOPWORDS) or (
                name.split()[0] in {"A", "An"} and len(name.split()) > 1):
            # "The Ninth Circuit": the sentence's "The"; "(Wire) - A Tern 40 ferry"
            name = " ".join(name.split()[1:])
        if name and name.split()[0].lower() in _slots().role_names and " of " in name:
            name = name.split(" of ", 1)[1]  # "CEO of Harrow Mills": Harrow Mills
        if not name or name.split()[0] in _CALENDAR or _no_name(name):
            continue
        # "Orvik Marine's Tern 40": a company's product with its number is the product,
        # built by the company (a person's, "Ana Ruiz's Model 3", is only theirs)
        # "Brantley Foods' Crunchos", "Ana Ruiz's Civic Union": the name owned is a name
        maker, owned = "", ""
        # (only a name with a possessive in it can be one's)
        made = _MAKER.fullmatch(name) if "'s" in name or "’s" in name else None
        if made is not None and len(made.group(2)) >= 3:
            if designators(made.group(2)) and len(made.group(1)) >= 3 and (
                    _is_org(made.group(1)) or any(
                        k.kind == "company" for k in ctx.gaz.find(made.group(1)))):
                maker = made.group(1)
            name, owned = made.group(2), "own"
        elif sent[max(0, m.start() - 3) : m.start()] in {"s' ", "s’ "}:
            owned = "own"
        numbers = designators(name)
        designated = bool(numbers)
        if not designated and (name in people or _titled(name)):
            continue  # "Judge Ana Ruiz": the person in a role (role_claims)
        # "Halden Yards built the ferry": a clause's subject before a verb of a frame
        # fills the frame's slot; "built by Halden Yards and Orvik Marine": a name listed
        # after a slot's name fills it too
        nxt = _WORDS.match(sent, m.end() + 1) if sent[m.end() : m.end() + 1] == " " else None
        inherited = ""
        if not designated and nxt is not None and _clause_start(sent, m.start()) \
                and name.casefold() not in topic:
            # the article's own subject doing what it does is what the story is about
            inherited = _slots().agents.get(nxt.group().lower(), "")
        listed = ""  # "three ports - Tessport, Lenby and Marlow": related alike
        if not inherited and last is not None and _LIST_GAP.fullmatch(sent[last[0] : m.start()]):
            inherited, listed = last[1], ("" if last[1] else last[2])
        # "Marlow Quay, the 300-berth marina terminal": what the name is, told after it
        kind = _APPOSED.match(sent, m.end())
        apposed = next((stem(w) for w in kind.group("words").split()
                        if stem(w) in _slots().places), "") if kind is not None else ""
        if m.start() == 0 and not designated and not inherited and not apposed and not listed \
                and not owned:
            continue
        if len(name) < 3 or (name.isupper() and len(name) > 6) or (
                name.lower() in _slots().role_names) or name.split()[0] in _slots().not_names:
            continue  # "CEO": a role, not a name; "UTC", "EUR 40": a zone, a currency
        if designated and all(w.lower() in _slots().approximations | CLOSED_CLASS
                              for w in name.split()[:-1]):
            continue  # "Around 90", "Roughly 120": a number told roughly, no name
        if any(a < m.end() and m.start() < b for a, b in known) and not designated:
            continue
        if currency_named(sent, m.start(), m.end()):
            continue  # "12 million Swiss francs", "Rs 500 crore": a currency, no name
        if ctx.lex.metric_of(name) is not None:
            continue  # "GPU", "Revenue": what figures measure, not a name
        words = _WORDS.findall(sent[max(0, m.start() - 60) : m.start()])[-6:]
        slot = inherited or slot_of(words, nxt.group() if nxt else "")
        agent = _passive_agent(words)
        if not slot and not designated and name.casefold() in topic and not agent:
            # the article's own subject is everywhere in it; told as who did what the
            # sentence tells ("published on Tuesday by the Orrisby Institute", "run by
            # Varrowby Tramways") it is a fact of the story
            continue
        if not designated and not inherited and not apposed and not listed and not owned and (
                not words or not words[-1][0].islower()):
            continue  # a name inside a run of names, or after punctuation alone
        agent = "" if apposed or listed or owned else agent
        relation = apposed or listed or owned or (stem(agent) if agent else "")
        if relation:
            words = []
        for w in reversed(words[-4:]):
            low = w.lower()
            if low in _RELATING or low.endswith("ly") or low in {"a", "an", "its", "their"}:
                continue
            if low in _TELLING or not w.islower():
                relation = "-"
            elif low not in STOPWORDS:
                relation = stem(low)
            break
        if not designated and not inherited and not (apposed or listed or owned or agent) and (
                relation == "-" or words[-1].lower() in {"and", "or"}):
            continue  # "said Reuters", "according to the NTSB", one of a list of names
        if slot == "from":
            to = _slots().route_gap.match(sent, m.end())
            dest = _NAME.match(sent, to.end()) if to else None
            if dest is not None:
                name = f"{name} → {dest.group(1).rstrip('.')}"
                slot = "route"
            else:
                slot = ""  # "hailing from Singapore": an origin alone names no route
        if not out and (is_chrome(bare) or _LABEL.match(bare)):
            # asked before the first name only
            return out  # "Editing by …", "Filed under: …": page furniture, not news
        word = relation if relation not in {"", "-"} else (words[-1].lower() if words else "")
        if slot:
            key = f"name|@{slot}"
        elif designated:
            # blocked by the number that leads it: "Boeing 737-9" meets "Boeing 737 MAX 9"
            key = "name|#" + re.sub(r"\D.*", "", numbers[0])
        else:
            key = f"name|{name.casefold()}"
        last = (m.end(), slot, word) if slot != "route" and not designated and word else None
        out.append(built(NameClaim,
            **claim_fields(ctx, line, quote, section, provenance, name,
                           f"{name} ({slot or word})", [], key),
            name=name,
            relation=word,
            slot=slot,
            topic=ctx.topic,
        ))
        if maker:
            out.append(built(NameClaim,
                **claim_fields(ctx, line, quote, section, provenance, maker,
                               f"{maker} (built by)", [], "name|@built by"),
                name=maker, relation="built", slot="built by", topic=ctx.topic,
            ))
        if len(out) >= _MAX_PER_SENTENCE:
            break
    return out


_MAKER = re.compile(r"(.+?)['’]s\s+(.+)")

#: A sentence told with two names is one fact told two ways only when the rest of it is
#: long enough to say what the name is: this many words at least, besides the name ...
FRAME_WORDS = 5
#: ... this many of them words of meaning (no sentence words, no verbs of saying)
FRAME_CONTENT = 3
_FRAME_WORD = re.compile(r"\w+")


def _frame(sent: str, start: int, end: int) -> str:
    """The words of a sentence but the name at `start`:`end`, the name's place marked,
    hashed ("Game 14 opened with the ·"), or "" when they say too little to tell what
    the name is ("· said.")."""
    before, after = sent[:start], sent[end:]
    words = [*_FRAME_WORD.findall(unicodedata.normalize("NFKC", before).casefold()), "\x00",
             *_FRAME_WORD.findall(unicodedata.normalize("NFKC", after).casefold())]
    if len(words) - 1 < FRAME_WORDS or len(content_words(f"{before} {after}")) < FRAME_CONTENT:
        return ""
    return hashlib.blake2b("\x01".join(words).encode(), digest_size=10).hexdigest()


def copy_claims(claims: Iterable[object], sent: str) -> list[NameClaim]:
    """The names a sentence relates (its name and role claims), each keyed by the rest of
    the sentence (_frame): two pages of one folder telling one sentence word for word
    but for the name in it (a copy that changed who leads an inquiry, which opening a
    game had) tell one role of one thing with two names (match). A copy claim only ever
    shows as such a clash; a person the sentence names in an office is told by the
    office's claim instead (names.office_claims). A name of a slot ("made landfall near
    ·"), a contest's result ("· won the Fennick Open": a contest has many winners, one a
    division) and a name with a number ("Flight 1282": two flights told alike) are told
    by none: which of two of those is right is for a person to judge."""
    out: list[NameClaim] = []
    seen: set[str] = set()
    offices: set[str] | None = None  # read at the first name a frame may key (most have none)
    for c in claims:
        if not isinstance(c, NameClaim) or c.slot not in {"", "role"} or c.name in seen \
                or c.key.startswith("name|#") or (
                    c.slot == "role" and (c.relation in _slots().outcome_words
                                          or c.relation == "winner")):
            continue
        if offices is None:
            offices = {person for person, _, _ in _offices(sent)}
        if c.name in offices:
            continue
        at = sent.find(c.name)
        frame = _frame(sent, at, at + len(c.name)) if at >= 0 else ""
        if not frame:
            continue
        seen.add(c.name)
        fields = {f: getattr(c, f) for f in NameClaim.model_fields}
        fields.update(slot="copy", key=f"name|copy:{frame}")
        out.append(built(NameClaim, **fields))
    return out


@cache
def _role_openings() -> frozenset[str] | None:
    """The first word of every role, lower-cased (None when a role is not ASCII)."""
    names = _slots().role_names
    if not all(r.isascii() for r in names):
        return None
    return frozenset(r.split()[0] for r in names if r.split())


def _titled(name: str) -> bool:
    """`_slots().title.match(name)`: a role opening the name before a person ("Judge Ana
    Ruiz"). An ASCII name opening with a capital whose first word opens no role is not
    matched: the pattern opens with a listed role, ASCII and matched regardless of case,
    and a space after it (its agent nouns, "climatologist", are lower-case words)."""
    openings = _role_openings()
    if openings is not None and name[:1].isupper() and name.isascii() and (
            name.split()[0].lower() not in openings):
        return False
    return _slots().title.match(name) is not None




# after a name, what it is: "Marlow Quay, the 300-berth marina terminal in …"
_APPOSED = re.compile(r",\s+(?:the|a|an|its|their)\s+(?P<words>(?:[a-z\d][\w,'’-]*\s*){1,4})")
# the start of a clause: the sentence's, or after a comma, a semicolon or "while"
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s*|\bwhile\s+)(?:(?i:the|both)\s+)?$")
#: The last words _CLAUSE_START can match ending with, lower-cased.
_CLAUSE_ENDS = ("while", "the", "both")


def _clause_start(sent: str, at: int) -> bool:
    """`_CLAUSE_START.search(sent[:at])`, not searched when the text before `at`, spaces
    aside, ends in none of what the pattern can end with (nothing, a comma, a semicolon,
    a colon or one of _CLAUSE_ENDS)."""
    end = at
    while end > 0 and sent[end - 1].isspace():
        end -= 1
    tail = sent[max(0, end - 5) : end]
    if end and tail[-1] not in ",;:" and tail.isascii() and not tail.lower().endswith(
            _CLAUSE_ENDS):
        return False
    return _CLAUSE_START.search(sent[:at]) is not None


# between two names of one list: "A and B", "A, B and C", "A & B"
_LIST_GAP = re.compile(r"\s*(?:,\s*|\s(?:and|or|&)\s+|,\s*(?:and|or)\s+)(?:the\s+)?")

# Prepositions and articles that relate a name to what the sentence tells.
_RELATING = frozenset({"at", "in", "into", "on", "to", "from", "the", "as", "with", "for",
                       "of", "by", "near", "over", "onto"})
