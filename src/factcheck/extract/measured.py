"""What a figure measures and whose it is: the parts of a figure's identity.

A figure's identity is not one string but parts that are compared one by one:

* ``head``: the noun the number counts ("171 *passengers*", "six *crew members*"), folded to
  its singular stem; for money and rates, the metric the lexicon finds (valuation, revenue);
* ``predicate``: the verb or metric word that says what happened to it ("*carrying* 171
  passengers", "*killed* six workers", "*raised* $6.6 billion"), folded through the metric
  lexicon so "killed" and "died" are one predicate;
* ``modifiers``: the plain words narrowing the head ("six *construction* workers");
* ``owner``: the named entity whose figure it is: the subject of the clause when it is a
  name ("*Labour* won 412 seats"), a possessive ("*Tesla's* deliveries") or the name a
  relative clause hangs on ("SoftBank, which put in $500 million");
* ``terms``: the content stems of the figure's clause, the context two claims must share.

Nothing here knows about any event: the words come from the sentence, the folding from the
lexicon (package data the user extends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.periods import in_comparison_base, split_clauses
from factcheck.extract.text import STOPWORDS, normalise, stem
from factcheck.lexicon import Lexicon

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’&.-]*[A-Za-z]|[A-Za-z]|[0-9][0-9.,]*")
# Words that stand between a verb and its number without being either.
_FILLER = frozenset(
    """a an the about around nearly almost roughly approximately some just only over under
    more than less fewer at least most up to as much many another additional extra further
    total of its their his her our some estimated reported record new further mere whopping
    another all""".split()
)
_AUX = frozenset(
    """is are was were be been being has have had do does did will would shall should can
    could may might must not also still then""".split()
)
_ADVERBS = frozenset({"last", "already", "first", "once", "now", "recently", "later"})
_CLAUSE_WORDS = frozenset({"which", "who", "that", "whose", "whom"})
_NAME_WORD = re.compile(r"[A-Z][\w&.'’-]*$")
# "GPUs", "EVs", "SUVs": a common noun written as a plural acronym, not a name
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
_INITIAL_NOISE = frozenset(
    """The A An In On At For By But And However Meanwhile Last Next This That These Those It
    Its He She They We I As If When While After Before Also Earlier Later According
    Separately Still Yet Some Most Many Total Overall Both Each Such""".split()
)


@dataclass(frozen=True, slots=True)
class Identity:
    """The parts of a figure's identity (see the module docstring)."""

    measure: str  # what is measured, the blocking name: a lexicon metric, else the head
    head: str
    predicate: str
    modifiers: tuple[str, ...]
    owner: str
    terms: tuple[str, ...]
    kind: str = ""  # what kind of thing the head counts ("person"), when the lexicon knows


def _clause(sent: str, at: int) -> tuple[int, int]:
    for a, b, _ in split_clauses(sent):
        if a <= at < b:
            return a, b
    return 0, len(sent)


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_name(word: str) -> bool:
    bare = word.removesuffix("'s").removesuffix("’s")  # "That's" is no name either
    return bool(_NAME_WORD.match(word)) and bare not in _INITIAL_NOISE


def _name_before(words: list[tuple[int, int, str]], i: int, sent: str) -> str:
    """The capitalised phrase ending at words[i] (inclusive), if words[i] is a name."""
    if i < 0 or not _is_name(words[i][2]):
        return ""
    j = i
    while j - 1 >= 0:
        if _NAME_WORD.match(words[j - 1][2]) and \
                not words[j - 1][2].endswith(("'s", "’s")) and \
                sent[words[j - 1][1] : words[j][0]].strip() in {"", "&"}:
            j -= 1
        elif j - 2 >= 0 and words[j - 1][2] == "of" and _NAME_WORD.match(words[j - 2][2]) \
                and words[j - 2][2] not in _INITIAL_NOISE:
            j -= 2  # "the Bank of Ostland", "the Port of Tarrow"
        else:
            break
    while j <= i and words[j][2] in _INITIAL_NOISE:
        j += 1
    if j > i:
        return ""
    phrase = " ".join(w for _, _, w in words[j : i + 1])
    # a product or a model number ("Boeing 737-9", "H100") is no owner; a name is
    if any(ch.isdigit() for ch in phrase):
        return ""
    return phrase.removesuffix("’s").removesuffix("'s")


def _owner(sent: str, start: int, lo: int, verb_at: int | None, lex: Lexicon) -> str:
    words = _words(sent[lo:start], lo)
    if verb_at is not None:
        # the subject: the name right before the verb ("Labour won", "SoftBank has
        # invested"), or the name a relative clause hangs on ("SoftBank, which put in")
        k = max((n for n, w in enumerate(words) if w[0] < verb_at), default=-1)
        while k >= 0 and (words[k][2].lower() in _AUX | _FILLER | _ADVERBS
                          or (words[k][2].endswith("ly") and words[k][2].islower())):
            k -= 1
        if k >= 0 and words[k][2].lower() in _CLAUSE_WORDS:
            k -= 1
        name = _name_before(words, k, sent) if k >= 0 else ""
        if not name and k >= 0:
            # "the Urhalzomir data center houses": a name the subject's nouns hang on
            j = k
            while j > k - 3 and j >= 0 and words[j][2].isalpha() and words[j][2].islower() \
                    and words[j][2] not in STOPWORDS:
                j -= 1
            if j < k and j >= 1 and (words[j - 1][2].lower() in {"the", "its"}
                                     or words[j - 1][2].endswith(("'s", "’s"))):
                name = _name_before(words, j, sent)
        if name and not (" " not in name and lex.metric_of(name)):  # "Turnout was 60%"
            return name
        if lo == 0 or k < 0:
            # the sentence's named subject: "The Bank of Ostland lifted its key rate to
            # 1.5%", "Velmora confirmed its already announced $30 billion"; and "…, winning
            # 63% of the seats": a clause with no subject of its own has the sentence's
            lead = _LEAD_SUBJECT.match(sent)
            if lead and _is_name(lead.group(1).split()[0]) and (
                    lo > 0 or lead.end(1) <= verb_at):
                return lead.group(1)
    # "Tesla's Q1 386,810 vehicles", "the Fed's preferred gauge rose 2.7%": a possessive
    # name in the figure's clause before it
    for k in range(len(words) - 1, -1, -1):
        w = words[k][2]
        if w.endswith(("'s", "’s")) and _NAME_WORD.match(w):
            return _name_before(words, k, sent)
    return ""


# A sentence's named subject: "Keir Starmer's Labour won …" → Labour
_LEAD_SUBJECT = re.compile(
    r"^(?:The )?(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*['’]s )?"
    r"([A-Z][\w&.-]*(?: (?:of )?[A-Z][\w&.-]*)*)"
    r"(?= (?:has |have |had |was |were |is |are )?[a-z]+(?:ed|s|t|n)\b)")


# "… investment by TSMC": a named agent right after the figure
_AGENT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:the\s+)?"
                    r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)")
_INCREMENT = re.compile(r"\b(?:another|additional|an extra|a further|more)\s+(?:\S+\s+)?$",
                        re.IGNORECASE)
_PARTITIVE = re.compile(r"[0-9][0-9.,%]*\s+(?:[a-z]+\s+)?of\s+(?:the\s+|all\s+)?$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _told_as_change(sent: str, lo: int, start: int, end: int, lex: Lexicon) -> bool:
    """A change word stands just before the figure ("fell 4%", "decreased by a little
    over 20,000") or right after it ("a 15% increase")."""
    after = _WORD_AFTER.match(sent, end)
    if after and after.group(1) in lex.changes:
        return True
    before = _words(sent[max(lo, start - 40) : start], max(lo, start - 40))
    for n in range(len(before) - 1, -1, -1):
        low = before[n][2].lower()
        if low == "to" and not (n and before[n - 1][2].lower() == "up"):
            return False  # "fell to 4.1%", "rose to $4.1 billion": the level it reached
        if low in _FILLER or low in {"by", "a", "little", "slightly", "just"}:
            continue
        return low in lex.changes
    return False


_PREPOSITIONS = frozenset({"at", "to", "of", "by", "from", "in"})


def _predicate(sent: str, lo: int, start: int, lex: Lexicon) -> tuple[str, int | None]:
    """(predicate, its offset) before the figure at `start`, within sent[lo:]."""
    before = _words(sent[lo:start], lo)
    skipped_prep = False
    for n in range(len(before) - 1, -1, -1):
        at, _e, w = before[n]
        low = w.lower()
        if low in _FILLER or low in _AUX or w[0].isdigit():
            continue
        if low in _PREPOSITIONS and not skipped_prep:
            skipped_prep = True  # "valued at $86 billion", "rose to 5%"
            continue
        if low == "and" or (low == "well" and n and before[n - 1][2].lower() == "as"):
            # "carrying 171 passengers and six crew", "three plants as well as two
            # facilities": the verb of the figure before
            digits = [x[0] for x in before[:n] if x[2][0].isdigit()]
            return _predicate(sent, lo, digits[-1], lex) if digits else ("", None)
        if low in STOPWORDS or (_NAME_WORD.match(w) and w not in _INITIAL_NOISE):
            return "", None
        return lex.metric_of(low) or stem(low), at
    return "", None


def identify(sent: str, start: int, end: int, noun: str | None, metric: str | None,
             lex: Lexicon, unit: str = "count") -> Identity:
    """The identity parts of the figure at sent[start:end] (its counted noun, if any, and
    its unit)."""
    if metric and noun and metric == normalise(noun):
        metric = None  # the counted noun itself, not a metric the lexicon names
    lo, hi = _clause(sent, start)
    # a relative clause belongs to the name before it: look back past its comma
    rel = re.search(r",\s*(?:which|who)\b[^,]*$", sent[:start])
    owner_lo = _clause(sent, max(0, rel.start() - 1))[0] if rel else lo
    head = ""
    modifiers: tuple[str, ...] = ()
    noun_end = end
    if noun:
        nouns = [w for w in noun.split()
                 if (not _NAME_WORD.match(w) or _ACRONYM_PLURAL.match(w)) and w.isalpha()] or \
            noun.split()
        # the lexicon folds names of one thing ("graphics processing units": gpus)
        head = (lex.metric_of(" ".join(nouns)) or lex.metric_of(nouns[-1])
                or stem(nouns[-1]))
        modifiers = tuple(stem(w) for w in nouns[:-1] if w.lower() not in _FILLER)
        # "1,037 Kakalolo handsets": the names in what is counted say which handsets
        modifiers += tuple("@" + w.casefold() for w in noun.split()
                           if w[:1].isupper() and w not in nouns)
        at = sent.find(noun, end)
        noun_end = at + len(noun) if at >= 0 else end
        first = sent.find(nouns[0], at) if at >= 0 else -1
        longer = lex.metric_re.match(sent, first) if first >= 0 else None
        if longer and longer.end() > noun_end:
            # "Nvidia graphics processing units": a lexicon phrase running past the counted
            # words names what is counted
            head = lex.metric_of(longer.group(1)) or head
            noun_end = longer.end()
    if metric and metric == head:
        metric = None  # "nine workers": the counted noun the lexicon folds, not a metric
    predicate, verb_at = _predicate(sent, lo, start, lex)
    told_after = False
    if not predicate:  # the verb after the figure: "six were killed"
        for _s, _e, w in _words(sent[noun_end:hi], noun_end)[:3]:
            low = w.lower()
            if low in _AUX or low in _FILLER:
                continue
            if low not in STOPWORDS and not _NAME_WORD.match(w) and not w[0].isdigit():
                predicate = lex.metric_of(low) or stem(low)
                told_after = True
            break
        verb_at = start
    if metric and metric != head and predicate not in lex.metrics and not told_after:
        predicate = metric  # the verb names no metric: the one the lexicon finds near
    if predicate and predicate not in lex.metrics:
        # "data center revenue", "capex (excluding finance leases)": the lexicon's metric,
        # narrowed by the words before it and by the variant after it
        base, _, variant = predicate.partition(" (")
        words = base.split()
        for n in range(len(words)):
            if " ".join(words[n:]) in lex.metrics:
                predicate = " ".join(words[n:])
                modifiers = (*modifiers, *(stem(w) for w in words[:n]),
                             *(stem(w) for w in variant.rstrip(")").split()
                               if w not in STOPWORDS))
                break
    if not noun and lex.qualifiers:
        # "core inflation stood at 3.1%": a qualifier before the metric narrows it
        for m in lex.metric_re.finditer(sent, lo, hi):
            before = _words(sent[max(lo, m.start() - 20) : m.start()], 0)
            word = before[-1][2].lower() if before else ""
            if word in lex.qualifiers and word not in modifiers:
                modifiers = (*modifiers, word)
    agent = _AGENT.match(sent, noun_end)
    # "another $100 billion investment by TSMC": the agent of the counted noun owns it,
    # whoever announces it
    owner = (agent.group(1) if agent and _is_name(agent.group(1).split()[0])
             else _owner(sent, start, owner_lo, verb_at, lex))
    if predicate.endswith(" change"):
        predicate = predicate.removesuffix(" change")
        modifiers = (*modifiers, "change")
    elif _told_as_change(sent, lo, start, end, lex):
        # "decreased by a little over 20,000 units", "a 15% increase": how much it moved
        modifiers = (*modifiers, "change")
    if "change" in modifiers and lex.comparison(sent):
        # "dropped 4% from a year earlier" is not "rose 15% from the quarter before"
        modifiers = (*modifiers, "vs " + lex.comparison(sent))
    if _INCREMENT.search(sent, max(lo, start - 25), start):
        # "another $100 billion", "an additional 50,000 GPUs": a step, not the total
        modifiers = (*modifiers, "increment")
    if _PARTITIVE.search(sent, max(0, start - 40), start):
        # "412 of the 650 seats": the whole, not anyone's share of it
        modifiers, owner = (*modifiers, "whole"), "-"
    if in_comparison_base(sent, start):
        # the base of a comparison ("up from $34.15 billion", "compared with estimates of
        # $40.3 billion"): another period's or another party's figure, that may agree
        # but never clash
        modifiers = (*modifiers, "base")
    terms = tuple(sorted({stem(w.lower()) for _, _, w in _words(sent[lo:hi], lo)
                          if w.lower() not in STOPWORDS and w.lower() not in _FILLER
                          and not w[0].isdigit() and len(w) > 2}))
    known = metric
    # a metric the lexicon gives a unit ("power": W) measures nothing else: "powered by
    # 100,000 GPUs" counts GPUs
    foreign = {m for u, m in lex.units.items() if u != unit}
    told = predicate if predicate in lex.metrics and predicate not in foreign else ""
    measure = known or told or head or predicate
    kind = lex.kinds.get(head, "") or (lex.kinds.get(noun.split()[-1].lower(), "")
                                       if noun else "")
    return Identity(measure, head, predicate, modifiers, owner, terms, kind)
