"""Text helpers shared by the extractors: sentences, content words, clean quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from factcheck.load.structure import strip_symbols

_ABBREV = {
    "u.s", "u.k", "e.g", "i.e", "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vs", "no", "approx", "est", "fig", "gov", "dept", "jr", "sr", "plc", "llc",
}
# "(?<!…)": a boundary starts only at the first mark of a run ("!!!", "..."), so a long run
# is scanned once, not once per character.
#: A sentence ends at a stop before a capital, a digit or a currency sign ("37 rounds.
#: £3.18bn raised.").
_BOUNDARY = re.compile(r"(?<![.!?。！？])[.!?。！？]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£$€¥₹])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[0-9][0-9.,]*[A-Za-z%+]*")

STOPWORDS = frozenset(
    """a an the and or of to in on for by with from at as its it is are was were be been has
    have had this that these those their his her our your which who whom whose into over
    under about after before during than then also more most very such so not no can could
    would should may might will shall do does did via per up out across between toward
    towards including while amid new first its' it's same other some any all each both few
    many much own significant significantly massive large major key""".split()
)
#: A wire story's dateline before its first sentence: a place in capitals, perhaps a
#: region and a day, perhaps the agency, then a dash ("OSLO, March 3 (Nordwire) - ").
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,[^()\n–—]{0,40}?)?\s*"
    r"(?:\([^()\n]{1,40}\))?\s*[-–—]+\s+")

# Closed-class words beyond STOPWORDS (conjunctions, pronouns, adverbs of degree): they
# open clauses but never say what a figure measures ("But $590/month", "he said 12").
#: Pronouns and adverbs of time or degree among them: a verb after a figure may stand
#: past them ("the 11 counts he faced", "31 deaths had now been linked").
PASSED_OVER = frozenset(
    """he she they we i you him them us me there here just only even still now already
    since""".split())
CLOSED_CLASS = STOPWORDS | PASSED_OVER | frozenset(
    """but yet if because although though unless whether when where how what
    why""".split())
# Verbs that say an event was told, not which event it was: they never tell events apart.
TELLING_VERBS = frozenset(
    """announce announces announced announcing unveil unveils unveiled unveiling introduce
    introduces introduced introducing launch launches launched launching release releases
    released releasing reveal reveals revealed confirm confirms confirmed report reports
    reported debut debuts debuted present presents presented show shows showed shown make
    makes made say says said mark marks marked marking begin begins began start starts
    started initiate initiates initiated""".split()
)
# Nouns of one meaning folded together ("formation" and "creation" of a team).
SYNONYMS = {
    "creation": "form", "formation": "form", "establishment": "form", "founding": "form",
    "create": "form", "form": "form", "forms": "form", "formed": "form", "established": "form",
    "expenditure": "capex", "expenditures": "capex", "capex": "capex", "spending": "spend",
    "construction": "build", "construct": "build", "building": "build",
    "completion": "complete", "completed": "complete", "completes": "complete",
    "finished": "complete",
    "gpu": "gpu", "gpus": "gpu", "chips": "chip", "accelerators": "accelerator",
    "fined": "fine", "fines": "fine",
}


#: A "sentence" longer than this is read in pieces of at most this many characters, cut at
#: a space where there is one. Real sentences are far shorter; a scraped page can hold one
#: line of megabytes with no full stop, and every claim quotes its sentence, so an unbounded
#: sentence would make claims (and the work per figure in it) grow with the file.
MAX_SENTENCE = 1000


def _bounded(offset: int, piece: str) -> Iterator[tuple[int, str]]:
    """`piece` cut into chunks of at most MAX_SENTENCE characters."""
    while len(piece) > MAX_SENTENCE:
        cut = piece.rfind(" ", MAX_SENTENCE // 2, MAX_SENTENCE + 1)
        if cut <= 0:
            cut = MAX_SENTENCE
        head = piece[:cut].strip()
        if head:
            yield offset, head
        rest = piece[cut:]
        offset += cut + len(rest) - len(rest.lstrip())
        piece = rest.lstrip()
    if piece:
        yield offset, piece


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; abbreviations such as 'U.S.' and 'Inc.' do not end one.

    Sentences longer than MAX_SENTENCE characters come in pieces of at most that length.
    """
    start = 0
    for m in _BOUNDARY.finditer(text):
        # Only the last word matters: a bounded window keeps skipped boundaries
        # (abbreviations) from copying the ever longer text since `start`.
        before = text[max(start, m.start() - 64) : m.start() + 1]
        last = before.rstrip(".!?").rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last.rstrip(".") in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        piece = text[start : m.end()].strip()
        if piece:
            yield from _bounded(start, piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        yield from _bounded(start, tail)


#: The signature line of a post embedded in a page ("— Ana Ruiz (@anaruiz) May 4, 2026"):
#: its dash is part of the line as printed, no bullet.
_SIGNATURE = re.compile(r"\s*—[ \u00a0]+[^\s—][^()]{0,80}\(@\w{1,30}\)")


def clean(text: str) -> str:
    """A line as quoted in a claim: bullets, emoji and edge symbols removed (an embedded
    post's signature keeps its dash)."""
    out = strip_symbols(text)
    # aggregator bullets repeat the bullet glyph ("• •Meta's …")
    out = re.sub(r"^[•·▪◦●\-*]+\s*", "", out).strip()
    return f"— {out}" if out and _SIGNATURE.match(text) else out


#: A space as news pages write one (no-break and narrow no-break spaces too).
SPACE = "[ \u00a0\u202f]"


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first (so "tens of thousands" wins over
    "thousands"), their inner spaces matching any run of SPACE."""
    return "|".join(re.escape(str(p)).replace(r"\ ", f"{SPACE}+")
                    for p in sorted(phrases, key=len, reverse=True))


#: Endings of a noun of an act, what its verb's stem ends in instead, and the fewest
#: letters before the ending (checked in order; plurals too): "reduction" is "re" + an
#: ending, "nation" no noun of an act.
_NOMINAL = (("ations", "at", 3), ("ation", "at", 3), ("nsions", "nd", 3), ("nsion", "nd", 3),
            ("ductions", "duc", 2), ("duction", "duc", 2), ("osions", "od", 3),
            ("osion", "od", 3), ("isions", "id", 3), ("ision", "id", 3), ("asions", "ad", 3),
            ("asion", "ad", 3))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, predictable stem: enough to fold plurals and verb endings (remembered:
    names are compared many times)."""
    w = word.lower().strip("'’").replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in SYNONYMS:
        return SYNONYMS[w]
    for suffix, repl, least in _NOMINAL:
        # a noun of the act is its verb's stem: "explosion" and "exploded", "evacuation"
        # and "evacuated", "suspension" and "suspended", "reduction" and "reduced"
        if w.endswith(suffix) and len(w) - len(suffix) >= least:
            verb = w[: len(w) - len(suffix)] + repl
            return SYNONYMS.get(verb, verb)
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""),
                         ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    return SYNONYMS.get(w, w)


def content_words(text: str) -> list[str]:
    """Stemmed words that carry meaning: no stopwords, no telling verbs."""
    return list(_content_words(text))


@lru_cache(maxsize=16384)
def _content_words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for tok in _WORD.findall(text.replace("-", " ")):
        low = tok.lower()
        if low in STOPWORDS or low in TELLING_VERBS or len(low) < 2:
            continue
        out.append(stem(low))
    return tuple(out)


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower-case content words joined by spaces (for fuzzy comparison and ids)."""
    return " ".join(content_words(text))


def _event_classes(keys: tuple[str, ...] = ("classes", "happenings")) -> dict[str, str]:
    """What kind of event a verb or a two-word phrase tells (data/events.yaml `classes`:
    announce, launch, either, complete, stop; and the kinds of `happenings`: a signing,
    a sentencing, an election …)."""
    from factcheck.yamlio import packaged

    data = packaged("events.yaml")
    return {str(word).lower(): str(kind) for key in keys
            for kind, words in (data.get(key) or {}).items() for word in words}


# What kind of event a verb tells: an announcement is not a launch, a launch not a
# completion ("AMD announces the MI325X" in June and "AMD launches the MI325X" in October
# are two events). Verbs of no class say nothing either way.
EVENT_CLASSES: dict[str, str] = _event_classes()
def _happening_nouns() -> frozenset[str]:
    from factcheck.yamlio import packaged

    return frozenset(str(w).lower() for w in packaged("events.yaml").get("happening_nouns")
                     or ())


#: The nouns of the kinds of happening ("election", "sentencing", "meeting", "talks").
HAPPENING_WORDS: frozenset[str] = _happening_nouns()
#: The verbs of the kinds: they tell that something happened, not to what.
EVENT_VERBS: frozenset[str] = frozenset(EVENT_CLASSES) - HAPPENING_WORDS


@lru_cache(maxsize=16384)
def event_class(text: str) -> str | None:
    """The class of the first event verb of a text (announce, launch, complete), if any."""
    words = [t.lower() for t in _WORD.findall(text)]
    for n, word in enumerate(words):
        # "went live", "called off": a phrase of two words before the one word
        cls = EVENT_CLASSES.get(f"{word} {words[n + 1]}") if n + 1 < len(words) else None
        if cls is None:
            cls = EVENT_CLASSES.get(word)
        if cls is not None:
            if cls in _DEFERRING:
                # "completed the signing", "finalized its first sale": the noun's kind
                for later in words[n + 1 : n + 4]:
                    kind = EVENT_CLASSES.get(later)
                    if kind is not None and kind not in _DEFERRING:
                        return kind
                    if later not in STOPWORDS:
                        break
            return cls
    return None


#: Kinds whose verb takes the kind of the event noun that follows it.
_DEFERRING = frozenset({"complete", "either"})
