"""Name claims: the names a sentence gives in a relation ("led by Thrive Capital", "landed
at Portland International Airport", "collapsed into the Patapsco River").

A name is a run of capitalised words (with "of", "de", "&" inside) that does not open the
sentence, is no month or weekday, and stands after a word that relates it to the sentence
(a verb or a preposition). Names the article speaks of most (its topic) are its subject,
not a fact about it, and names the sentence credits ("said Reuters") are attributions.
Stated by two independent outlets, a name corroborates; names never contradict (which of
two names fills a slot is a matter for a person).
"""

from __future__ import annotations

import calendar
import re

from factcheck.extract.context import Context, claim_fields
from factcheck.extract.text import STOPWORDS, stem
from factcheck.load.structure import is_chrome
from factcheck.models import Line, NameClaim, Provenance, Section

_NAME = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w&'’.-]*[\w])(?:\s+(?:of\s+|de\s+|&\s+)?[A-Z][\w&'’.-]*[\w]){0,4})"
)
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


def name_claims(ctx: Context, section: Section, line: Line, quote: str, sent: str,
                provenance: Provenance) -> list[NameClaim]:
    """The related names of one sentence."""
    out: list[NameClaim] = []
    bare = sent.lstrip("([{\"'“‘ ")
    if is_chrome(bare) or _LABEL.match(bare):
        return out  # "Editing by …", "Filed under: …": page furniture, not news
    topic = {t.casefold() for t in ctx.topic}
    # products and companies the gazetteer knows are the other claims' entities
    known = [(k.start, k.end) for k in ctx.gaz.find(sent)]
    for m in _NAME.finditer(sent):
        name = m.group(1).removesuffix("’s").removesuffix("'s").rstrip(".")
        # "Singapore-flagged", "AI-enabled": the name is the capitalised part
        name = _ADJECTIVE_TAIL.sub("", name)
        if m.start() == 0 or name.split()[0] in _CALENDAR or name.casefold() in topic:
            continue
        if len(name) < 3 or (name.isupper() and len(name) > 6):
            continue
        if any(a < m.end() and m.start() < b for a, b in known):
            continue
        if ctx.lex.metric_of(name) is not None:
            continue  # "GPU", "Revenue": what figures measure, not a name
        words = _WORDS.findall(sent[max(0, m.start() - 60) : m.start()])[-4:]
        if not words or not words[-1][0].islower():
            continue  # a name inside a run of names, or after punctuation alone
        relation = ""
        for w in reversed(words):
            low = w.lower()
            if low in _RELATING or low.endswith("ly") or low in {"a", "an", "its", "their"}:
                continue
            if low in _TELLING or not w.islower():
                relation = "-"
            elif low not in STOPWORDS:
                relation = stem(low)
            break
        if relation == "-" or words[-1].lower() in {"and", "or"}:
            continue  # "said Reuters", "according to the NTSB", one of a list of names
        word = relation or words[-1].lower()
        out.append(NameClaim(
            **claim_fields(ctx, line, quote, section, provenance, name,
                           f"{name} ({word})", [], f"name|{name.casefold()}"),
            name=name,
            relation=word,
            topic=ctx.topic,
        ))
        if len(out) >= _MAX_PER_SENTENCE:
            break
    return out


# Prepositions and articles that relate a name to what the sentence tells.
_RELATING = frozenset({"at", "in", "into", "on", "to", "from", "the", "as", "with", "for",
                       "of", "by", "near", "over", "onto"})
