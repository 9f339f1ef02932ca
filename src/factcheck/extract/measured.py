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

import calendar
import functools
import re
from dataclasses import dataclass

from factcheck.extract.dates import find_dates
from factcheck.extract.figures import particle_verbs
from factcheck.extract.numwords import is_number_word
from factcheck.extract.periods import in_comparison_base, split_clauses
from factcheck.extract.text import CLOSED_CLASS, PASSED_OVER, STOPWORDS, normalise, stem
from factcheck.extract.units import Units, units
from factcheck.lexicon import SHARE_OF, Lexicon

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
#: A count and its noun, then ", or" right before a share: "1,204,318 votes, or 51.2%".
_SHARE_OF_COUNT = re.compile(r"[0-9][0-9,.]*\s+(?:[a-z]+\s+)?([a-z]{3,}s),\s+or\s+"
                             r"(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$")
#: Words telling a level stayed where it was, before the preposition of its figure ("held
#: rates steady at 5.25%", "left its deposit rate unchanged at 4%"): the noun before them
#: is measured.
_UNMOVED = frozenset({"unchanged", "steady", "flat", "stable", "constant", "firm"})
#: A subject's head and the phrase after it, then a copula before the figure: "Attendance
#: at the final was 61,284", "Turnout in the north stood at 61%".
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_SUBJECT_PREPS = frozenset({"at", "in", "on", "for", "from"})
#: Prepositions of a phrase of time or place after a subject's head, with no determiner
#: ("mortality before weaning", "turnout across the region" has one).
_TIME_PREPS = frozenset({"before", "after", "during", "among", "across", "under"})
_COPULA = frozenset({"was", "is", "were", "are", "stood", "at", "came", "in", "to"})
#: Relative pronouns: right after a counted noun they open a clause whose verb tells it.
_RELATIVE = frozenset({"that", "who", "which"})
#: A verb's particle right before the preposition of its figure ("cut back to", "bring
#: … down to").
_PARTICLES = frozenset({"down", "back"})
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


_CALENDAR = frozenset((*calendar.month_name[1:], *calendar.day_name))


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
    direction: str = ""  # which way a change moved (up, down), when its word says


#: A short phrase led by a preposition opening a sentence, before its comma ("In
#: Drahaldrayan, ", "For the first quarter of 2023, ").
_FRONTED = re.compile(r"(?:In|At|On|For|Across|After|During|Throughout)\s+[^,;:]{1,60},?\s*$")


def _clause(sent: str, at: int) -> tuple[int, int]:
    for a, b, _ in split_clauses(sent):
        if a <= at < b:
            return a, b
    return 0, len(sent)


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    # every ASCII letter or digit opens a token, so a token is found at the first place it
    # occurs after the one before (cheaper than a match object per token)
    out: list[tuple[int, int, str]] = []
    at = 0
    for word in _TOKEN.findall(text):
        at = text.index(word, at)
        out.append((offset + at, offset + at + len(word), word))
        at += len(word)
    return out


def _is_name(word: str) -> bool:
    bare = word.removesuffix("'s").removesuffix("’s")  # "That's" is no name either
    # "On Wednesday, officials said …": a day or a month is nobody's
    return bool(_NAME_WORD.match(word)) and bare not in _INITIAL_NOISE \
        and bare not in _CALENDAR


# a number that is no year: what a unit after it is written beside
_QUANTITY_WORD = re.compile(r"(?!(?:19|20)\d\d$)\d[\d,.]*")


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
    if j and _QUANTITY_WORD.fullmatch(words[j - 1][2]) \
            and sent[words[j - 1][1] : words[j][0]] == " ":
        return ""  # "300 MHz", "40 GW": the unit of the number before it, no one's name
    phrase = " ".join(w for _, _, w in words[j : i + 1])
    # a product or a model number ("Boeing 737-9", "H100") is no owner; a name is
    if any(ch.isdigit() for ch in phrase):
        return ""
    return phrase.removesuffix("’s").removesuffix("'s")


def _owner(sent: str, start: int, lo: int, verb_at: int | None, lex: Lexicon) -> str:
    """The named owner of the figure at `start`; a label a colon ends ("TL;DR:",
    "UPDATE:", "Impact:") names no one."""
    name = _owner_named(sent, start, lo, verb_at, lex)
    if name:
        at = sent.find(name, max(0, lo - len(name)))
        if at >= 0 and _LABEL_END.match(sent, at + len(name)):
            return ""
    return name


_LABEL_END = re.compile(r"[*_]*\s*:")


def _owner_named(sent: str, start: int, lo: int, verb_at: int | None, lex: Lexicon) -> str:
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
        if name and _after_preposition(words, k, name) and any(
                w[2].endswith(("'s", "’s")) and _NAME_WORD.match(w[2]) for w in words[:k]):
            # "Brackley's total investment in the Harlow Line is now …": a name in a
            # prepositional phrase is not the subject; the possessive below says whose
            name = ""
        if not name and k >= 0:
            # "the Urhalzomir data center houses": a name the subject's nouns hang on
            j = k
            while j > k - 3 and j >= 0 and words[j][2].isalpha() and words[j][2].islower() \
                    and words[j][2] not in STOPWORDS:
                j -= 1
            if j < k and j >= 1 and (words[j - 1][2].lower() in {"the", "its"}
                                     or words[j - 1][2].endswith(("'s", "’s"))):
                name = _name_before(words, j, sent)
        if name and not lex.metric_of(name):  # "Turnout was 60%", "taking Bank Rate to"
            return name
        # a clause led by a participle ("…, bringing total spending up to $4.2
        # billion") has no subject of its own either
        participle = bool(words) and words[0][2].islower() and words[0][2].endswith("ing")
        if lo == 0 or k < 0 or participle:
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
    # "The policy rate of the Bank of Ostland rose to 3%": the name a clause's subject
    # hangs on by "of" owns it
    m = _GENITIVE_SUBJECT.match(sent, lo)
    if m is not None and m.end(1) <= start and _is_name(m.group(1).split()[0]):
        return m.group(1)
    return ""


_GENITIVE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+|[Ii]ts\s+)?(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?"
    r"([A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*)*)")


_PHRASE_PREPOSITIONS = frozenset({"in", "at", "on", "for", "into", "across", "from", "to",
                                  "within", "near"})


def _after_preposition(words: list[tuple[int, int, str]], k: int, name: str) -> bool:
    """The name ending at words[k] is the object of a preposition ("in the Harlow Line")."""
    j = k - (len(name.split()) - 1)
    while j - 1 >= 0 and words[j - 1][2].lower() in {"the", "a", "an"}:
        j -= 1
    return j - 1 >= 0 and words[j - 1][2].lower() in _PHRASE_PREPOSITIONS


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
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[0-9]")
_MEMBER_OF = re.compile(r"\b(?:[Oo]ne|[Ee]ach|[Aa]ny|[Nn]one|[Mm]any|[Mm]ost|[Aa]mong)\s+"
                        r"(?:of\s+)?(?:the\s+|its\s+|their\s+|some\s+|about\s+|around\s+"
                        r"|nearly\s+|roughly\s+|an\s+estimated\s+)?$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _against(sent: str, at: int, lex: Lexicon) -> str:
    """What the change at `at` is told against ("year", "quarter"): said in its own clause
    or its comparison's base after it ("a 15% increase from Q1", "down 4.8% from 466,140
    a year earlier"), else in an earlier clause that tells no change of its own ("year
    over year, sales fell 2%"; not "despite the year-over-year decline, …")."""
    clauses = split_clauses(sent)
    for n, (a, b, _base) in enumerate(clauses):
        if a <= at < b:
            last = n
            # the base ("from 466,140") and what dates it ("a year earlier"), not a
            # clause after a comma
            while last + 1 < len(clauses) and sent[clauses[last + 1][0]] not in ",;":
                last += 1
            found = lex.comparison(sent[a : clauses[last][1]])
            for x, y, _ in reversed(clauses[:n]):
                if found:
                    break
                words = {w.lower() for w in re.findall(r"[a-z]+", sent[x:y], re.IGNORECASE)}
                if words & lex.changes:
                    break  # another change's basis
                found = lex.comparison(sent[x:y])
            return found
    return lex.comparison(sent)


def _change_word(sent: str, lo: int, start: int, end: int, lex: Lexicon) -> str:
    """The change word that tells the figure as a change: just before it ("fell 4%", "was
    up 5%", "decreased by a little over 20,000") or right after it, past a comparison
    ("a 15% increase", "an 83% year-over-year increase"); '' when none does. A figure a
    change reaches ("fell to 2.4%") is a level."""
    pos = end
    for _ in range(2):
        after = _WORD_AFTER_HYPHENATED.match(sent, pos)
        if not after:
            break
        word = after.group(1).lower()
        if word in lex.changes or (pos == end and word in lex.comparatives
                                   and not _THAN.match(sent, after.end())):
            return word  # "a 15% increase", "4.3 fewer days" (not "5 more than …")
        if not lex.comparison(word):
            break
        pos = after.end()  # "year-over-year" tells against what; the change comes next
    before = _words(sent[max(lo, start - 40) : start], max(lo, start - 40))
    for n, (_s, _e, w) in enumerate(reversed(before)):
        low = w.lower()
        if low == "up" and len(before) > n + 1 and before[-n - 2][2].lower() in particle_verbs():
            return ""  # "made up 38% of the takings": a share, no rise
        if low in lex.changes:
            return low
        if n == 0 and low == "to":
            return ""  # "fell to 2.4%": where it fell, not by how much
        if low == "by":
            # "a surge in the company's shares by up to 7%": by how much the change a few
            # words before moved it
            back = _words(sent[max(lo, start - 60) : _s], max(lo, start - 60))[-6:]
            moved = [x.lower() for _a, _b, x in back if x.lower() in lex.changes]
            if moved:
                return moved[-1]
        if low in _FILLER or low in {"by", "a", "little", "slightly", "just"}:
            continue
        return ""
    return ""


_THAN = re.compile(r"\s+than\b")
_WORD_AFTER_HYPHENATED = re.compile(r"\s+([a-z]+(?:[-/][a-z]+)*)")


def _told_as_total(sent: str, lo: int, start: int, lex: Lexicon) -> bool:
    """A word of the lexicon's `totals` narrows what the figure measures: it stands just
    before the last metric phrase of the figure's clause before it ("*total* grid investment
    is now €9.5 billion", "*total* spending on new players reached"), or among the five
    words before the figure with no other figure between ("bringing the *total* to six");
    "a total of 400" is just 400."""
    words = _words(sent[lo:start], lo)
    phrases = list(lex.metric_re.finditer(sent, lo, start))
    if phrases:
        at = phrases[-1].start()
        before = [w for w in words if w[1] <= at][-3:]
        if any(w[2].lower() in lex.totals for w in before[-2:]) and not _a_total_of(before):
            return True
    tail = words[-5:]
    for n in range(len(tail) - 1, -1, -1):
        w = tail[n][2].lower()
        if w[0].isdigit() or w in {"and", "or", "but", "while", "from"}:
            return False
        if w in lex.totals:
            return not _a_total_of(tail[: n + 2])
    return False


def _a_total_of(words: list[tuple[int, int, str]]) -> bool:
    """The words hold "a total of" (or "the total of"): a way to say a number, no total."""
    low = [w[2].lower() for w in words]
    return any(low[n : n + 3] in (["a", "total", "of"], ["the", "total", "of"])
               for n in range(len(low) - 2))


_PREPOSITIONS = frozenset({"at", "to", "of", "by", "from", "in", "for"})
#: Prepositions that open a phrase of place or time before a clause's subject ("Along
#: the coast", "In the north", "Across the county"), of at most _FRONTED_WORDS words.
_FRONTING = frozenset({"along", "across", "in", "on", "at", "near", "around", "throughout",
                       "inside", "outside", "within", "beyond", "among", "during", "after",
                       "before", "by"})
_FRONTED_WORDS = 3


def _predicate(sent: str, lo: int, start: int, lex: Lexicon, rate: bool = False,
               lower: frozenset[str] = frozenset()) -> tuple[str, int | None]:
    """(predicate, its offset) before the figure at `start`, within sent[lo:]. A rate's
    change word is how it moved, not what moved ("online orders increased by 15%": orders);
    the sentence's first word is a name only when the lexicon tells no measure by it and
    its article (`lower`) never writes it in lower case ("Exports fell 2%")."""
    before = _words(sent[lo:start], lo)
    skipped_prep = False
    for n in range(len(before) - 1, -1, -1):
        at, _e, w = before[n]
        low = w.lower()
        if low in _FILLER or low in _AUX or w[0].isdigit():
            continue
        if rate and low in lex.changes and n and not lex.metric_of(low):
            continue
        if low in _PREPOSITIONS and not skipped_prep:
            skipped_prep = True  # "valued at $86 billion", "rose to 5%"
            continue
        if skipped_prep and low in _PARTICLES and n == len(before) - 2:
            continue  # "bring the deficit down to 2.8%": the verb's object is measured
        if low in _UNMOVED and n == len(before) - 2 and before[-1][2].lower() in _PREPOSITIONS:
            continue  # "left its deposit rate unchanged at 4%": the rate is measured
        if low == "and" or (low == "well" and n and before[n - 1][2].lower() == "as"):
            # "carrying 171 passengers and six crew", "three plants as well as two
            # facilities": the verb of the figure before
            digits = [x[0] for x in before[:n] if x[2][0].isdigit()]
            return _predicate(sent, lo, digits[-1], lex, lower=lower) if digits else ("", None)
        if _NAME_WORD.match(w) and w not in _INITIAL_NOISE and not (
                at == 0 and (_measure_word(low, lex) or low in lower)):
            k = _past_name(before, n)
            if k is None:
                return "", None
            # "the court fined Norvel Holdings $540 million", "the fee for Ana Velmark
            # was €30 million": the name is whose the figure is; the verb or the noun
            # before it says what the figure measures
            return _predicate(sent, lo, before[k][0], lex, rate, lower)
        if low in CLOSED_CLASS or _whose_or_part(sent, before, n):
            return "", None
        k = _subject_head(before, n)
        if k is not None:
            # "Attendance at the final was 61,284", "Pup mortality before weaning was 9%":
            # the subject's head, not the noun of the phrase after it, is what the copula
            # tells
            head_word = before[k][2].lower()
            return lex.metric_of(head_word) or stem(head_word), before[k][0]
        if n == len(before) - 1 and 0 < n <= _FRONTED_WORDS and \
                before[0][2].lower() in _FRONTING and all(
                    x[2].isalpha() and x[2].islower() for x in before[1 : n + 1]):
            # "Along the coast 25 workers were injured": the noun of a phrase of place or
            # time opening the clause says where, not what the figure measures
            return "", None
        return lex.metric_of(low) or lex.verbs.get(low) or stem(low), at
    return "", None


def _subject_head(before: list[tuple[int, int, str]], n: int) -> int | None:
    """The index of the head of the subject when before[n] ends a phrase of it ("at the
    final", "before weaning") whose head stands before it ("attendance", "mortality"),
    and only a copula follows before the figure ("was"); None otherwise."""
    if n >= 3 and before[n - 1][2].lower() in _DETERMINERS \
            and before[n - 2][2].lower() in _SUBJECT_PREPS:
        k = n - 3
    elif n >= 2 and before[n - 1][2].lower() in _SUBJECT_PREPS | _TIME_PREPS:
        k = n - 2
    else:
        return None
    head, after = before[k][2], [x[2].lower() for x in before[n + 1 :]]
    told = head.isalpha() and head.lower() not in CLOSED_CLASS and bool(after) and all(
        w in _COPULA for w in after)
    return k if told else None


def _measure_word(low: str, lex: Lexicon) -> bool:
    """A word the lexicon tells a measure by, in the plural too ("Prices rose 3%": capital
    only because it opens the sentence)."""
    return lex.metric_of(low) is not None or (
        low.endswith("s") and lex.metric_of(low[:-1]) is not None)


def _verb_after(sent: str, end: int, hi: int, lex: Lexicon) -> str:
    """The verb told right after a figure's noun ending at sent[end], within sent[:hi]
    ("six were killed", "the 11 counts he faced"), past auxiliaries, pronouns and
    adverbs, and past a relative pronoun opening a clause of the noun ("the 33 boats that
    started the race", "the 14 miners who were trapped"); '' when none."""
    for n, (_s, _e, w) in enumerate(_words(sent[end:hi], end)[:5]):
        low = w.lower()
        if low in _AUX or low in _FILLER or low in PASSED_OVER or (
                n == 0 and low in _RELATIVE):
            continue
        if low not in STOPWORDS and not _NAME_WORD.match(w) and not w[0].isdigit():
            return lex.metric_of(low) or lex.verbs.get(low) or stem(low)
        break
    return ""


def _saying(sent: str, at: int, lex: Lexicon) -> bool:
    """The word at sent[at] is a verb of saying."""
    word = _TOKEN.match(sent, at)
    return word is not None and word.group(0).lower() in lex.saying


def _whose_or_part(sent: str, before: list[tuple[int, int, str]], n: int) -> bool:
    """before[n] says whose the figure is or which part of it a clause tells of, not what
    it measures: a possessive ("the vehicle's 16 thrusters") or a number word opening a
    partitive ("one of some 83,000 merchants": the verb after is the one's)."""
    _at, end, w = before[n]
    if w.lower().endswith(("'s", "’s")) or sent[end : end + 2] in ("'s", "’s"):
        return True
    return n + 1 < len(before) and before[n + 1][2].lower() == "of" and is_number_word(w)


#: Prepositions that lead a name told between a noun and its figure ("the fine for
#: Norvel at $540 million", "the penalty on Vessa was $2 million").
_NAME_LEADS = frozenset({"for", "on", "against", "of", "to"})


def _past_name(before: list[tuple[int, int, str]], n: int) -> int | None:
    """The word before[n] ends a name run: the index just past it (before the run and the
    preposition that leads it) when a lower-case content word stands there, the word that
    tells the figure ("fined Norvel Holdings", "the fine for Norvel Holdings"); else None.
    A name opening the clause ("Norvel paid $5 million") or after a closed-class word
    ("and Vessa 40%") leaves the figure without a predicate, as before."""
    k = n
    while k >= 0 and _NAME_WORD.match(before[k][2]) and before[k][2] not in _INITIAL_NOISE:
        k -= 1
    if k >= 0 and before[k][2] in _NAME_LEADS:
        k -= 1
    if k < 0:
        return None
    w = before[k][2]
    if not w.isalpha() or not w.islower() or w in CLOSED_CLASS or w in _AUX \
            or w in _FILLER:
        return None
    return k + 1


def _whole_of_share(sent: str, end: int, metric: str, lex: Lexicon) -> bool:
    """The lexicon's `metric` is named right after the share at sent[:end] as its whole
    ("3% of revenue")."""
    of = SHARE_OF.match(sent, end)
    whole = lex.metric_re.match(sent, of.end()) if of else None
    return whole is not None and lex.metric_of(whole.group(1)) == metric.partition(" (")[0]


def identify(sent: str, start: int, end: int, noun: str | None, metric: str | None,
             lex: Lexicon, unit: str = "count", lower: frozenset[str] = frozenset()
             ) -> Identity:
    """The identity parts of the figure at sent[start:end] (its counted noun, if any, and
    its unit); `lower` holds the words its article writes in lower case."""
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
        if len(nouns) > 1 and nouns[-1].lower() in lex.containers:
            nouns = nouns[:-1]  # "patient records": records of patients count patients
        head = (lex.metric_of(" ".join(nouns)) or lex.metric_of(nouns[-1])
                or stem(nouns[-1]))
        # "larger", "big" and "large" stores are one kind of store (`modifier_folds`)
        modifiers = tuple(stem(lex.folds.get(w.lower(), w)) for w in nouns[:-1]
                          if w.lower() not in _FILLER)
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
    predicate, verb_at = _predicate(sent, lo, start, lex, rate=unit in _RATES, lower=lower)
    told_after = False
    group = _group_of(sent, noun_end, hi, lex) if unit in _RATES and not noun \
        and not predicate else None
    if group is not None:
        # "31% of voters backed the levy", "12% of the fleet was grounded": the group is
        # what is counted and its verb what is measured ("60% of voters opposed" is another)
        head, predicate = group
        told_after = True
    elif unit == "%" and not noun and not predicate and (
            whole := _SHARE_OF_COUNT.search(sent, max(0, start - 60), start)) is not None:
        # "she received 1,204,318 votes, or 51.2%": the share of the whole the count
        # before it counts (the vote share)
        counted = whole.group(1).lower()
        share = lex.metric_of("of " + counted)
        # a share the lexicon names is the metric's, as "23.7% of the vote" is
        head, predicate = ("", share) if share else (stem(counted), stem(counted))
    elif not predicate or (verb_at is not None and _saying(sent, verb_at, lex)):
        # the verb after the figure: "six were killed"; "officials said 212 homes were
        # destroyed": the clause said tells the figure, when it has a verb
        after = _verb_after(sent, noun_end, hi, lex)
        if after or not predicate:
            predicate, told_after, verb_at = after, bool(after), start
    if metric and predicate and unit == "%" and not told_after \
            and predicate not in lex.metrics and _whole_of_share(sent, end, metric, lex):
        # "bring the shortfall down to 3% of revenue": the noun before the share is
        # measured, the metric after it is the whole the share is of
        metric = None
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
        # "core inflation stood at 3.1%": a qualifier before the metric narrows it; the
        # metric the figure is of, not another of its clause ("revenue of £6.8 billion
        # and now expects underlying profit of …" tells no underlying revenue)
        named = list(lex.metric_re.finditer(sent, lo, hi))
        own = [m for m in named if lex.metric_of(m.group(1)) == predicate.partition(" (")[0]]
        nearest = min(own or named, default=None,
                      key=lambda m: min(abs(m.start() - end), abs(start - m.end())))
        if nearest is not None:
            before = _words(sent[max(lo, nearest.start() - 20) : nearest.start()], 0)
            word = before[-1][2].lower() if before else ""
            if word in lex.qualifiers and word not in modifiers:
                modifiers = (*modifiers, word)
    agent = _AGENT.match(sent, noun_end)
    # "another $100 billion investment by TSMC": the agent of the counted noun owns it,
    # whoever announces it
    owner = (agent.group(1) if agent and _is_name(agent.group(1).split()[0])
             else _owner(sent, start, owner_lo, verb_at, lex))
    moved = _change_word(sent, lo, start, end, lex)
    if predicate.endswith(" change"):
        predicate = predicate.removesuffix(" change")
        modifiers = (*modifiers, "change")
    elif moved or ((unit in _RATES or unit == "count") and _signed(sent, start)):
        # "decreased by a little over 20,000 units", "a 15% increase", "$ORV -6.2%": how
        # much it moved
        modifiers = (*modifiers, "change")
    against = _against(sent, start, lex)
    if "change" in modifiers and against:
        # "dropped 4% from a year earlier" is not "rose 15% from the quarter before"
        modifiers = (*modifiers, "vs " + against)
    if _INCREMENT.search(sent, max(lo, start - 25), start):
        # "another $100 billion", "an additional 50,000 GPUs": a step, not the total
        modifiers = (*modifiers, "increment")
    if _told_as_total(sent, lo, start, lex):
        # "raising its total outlay to €9 billion": the sum of the parts
        modifiers = (*modifiers, "total")
    if _PART_OF.match(sent, end):
        # "Twelve of the 14 miners trapped were brought up alive": a part of a whole the
        # sentence counts, not the whole's own figure
        modifiers = (*modifiers, "part")
    if _PARTITIVE.search(sent, max(0, start - 40), start):
        # "412 of the 650 seats": the whole, not anyone's share of it
        modifiers, owner = (*modifiers, "whole"), "-"
    elif _MEMBER_OF.search(sent, max(0, start - 40), start):
        # "Mr Feldt was one of some 83,000 merchants": the group the subject belongs to,
        # not the subject's own figure
        owner = ""
    if in_comparison_base(sent, start):
        # the base of a comparison ("up from $34.15 billion", "compared with estimates of
        # $40.3 billion"): another period's or another party's figure, that may agree
        # but never clash
        modifiers = (*modifiers, "base")
    # a clause led by a participle ("…, bringing total spending to …") is told of its
    # sentence's subject: its context is the sentence up to it
    lead = _words(sent[lo:start], lo)[:1]
    ctx_lo = 0 if lead and lead[0][2].islower() and lead[0][2].endswith("ing") else lo
    if ctx_lo and (sent[:lo].rstrip().endswith(",") or sent[lo:].lstrip().startswith(",")) \
            and _FRONTED.match(sent[:lo]):
        # "In Drahaldrayan, the Green Party took 46 …": a phrase fronted before the
        # clause's subject tells where or when the clause is, its context too
        ctx_lo = 0
    terms = tuple(sorted({stem(w.lower()) for _, _, w in _words(sent[ctx_lo:hi], ctx_lo)
                          if w.lower() not in STOPWORDS and w.lower() not in _FILLER
                          and not w[0].isdigit() and len(w) > 2}
                         # a total is blocked with totals, however few words its clause has
                         | ({"total"} if "total" in modifiers else set())))
    known = metric
    # a metric the lexicon gives a unit ("power": W) measures nothing else: "powered by
    # 100,000 GPUs" counts GPUs
    foreign = {m for u, m in lex.units.items() if u != unit}
    if unit == "count" and head:
        foreign |= lex.money  # "spent €2 billion on three depots" counts depots
        foreign |= set(lex.units.values())  # "20 pumps to power the works"
    told = predicate if predicate in lex.metrics and predicate not in foreign else ""
    measure = known or told or head or predicate
    # one measure told in other words ("capex", "investment") is compared as one
    measure, predicate = lex.same.get(measure, measure), lex.same.get(predicate, predicate)
    if "change" in modifiers and unit in _RATES and measure and (
            measure in lex.metrics or measure == known) and not measure.endswith(" change"):
        measure += " change"  # "a 15% increase in deliveries" is told as "deliveries rose 15%"
    kind = lex.kinds.get(head, "") or (lex.kinds.get(noun.split()[-1].lower(), "")
                                       if noun else "")
    direction = lex.direction(moved) if "change" in modifiers else ""
    return Identity(measure, head, predicate, modifiers, owner, terms, kind, direction)


#: Units of shares and rates (a share's group, a change's measure; see match._once_evidence).
RATE_UNITS = _RATES = frozenset({"%", "pp", "bp"})
# "stood at -0.5%", "rose to +2%": a signed rate after these is a level, not a move
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|of|is|was|were|are|be|from|by)\s*$", re.IGNORECASE)


_GROUP_DETERMINERS = frozenset({"the", "its", "their", "all", "our", "his", "her"})


def _group_of(sent: str, end: int, hi: int, lex: Lexicon) -> tuple[str, str] | None:
    """(group, verb) of a rate told of a group by a verb after it ("31% of voters backed
    the levy": voter, back); None unless both are plain lower-case words."""
    words = _words(sent[end:hi], end)[:8]
    if not words or words[0][2].lower() != "of":
        return None
    n = 1
    while n < len(words) and words[n][2].lower() in _GROUP_DETERMINERS:
        n += 1
    if n >= len(words):
        return None
    group = words[n][2]
    if not group.isalpha() or not group.islower() or group in STOPWORDS:
        return None  # "of those taking the drug", "of Britons", "of 2025"
    n += 1
    while n < len(words) and (words[n][2].lower() in _AUX or words[n][2].lower() in _FILLER):
        n += 1
    if n >= len(words):
        return None
    verb = words[n][2]
    if not verb.isalpha() or not verb.islower() or verb in STOPWORDS \
            or verb in CLOSED_CLASS or verb.endswith("ing") or lex.metric_of(verb):
        # "of voters in the north", "of the vote but", "of patients taking the pill":
        # no verb of the group's own
        return None
    return lex.metric_of(group) or stem(group), stem(verb)


def _signed(sent: str, start: int) -> bool:
    """The rate at `start` is written with its sign ("-6.2%", "+3.1%") and no word before
    it makes it a level: the sign tells a move."""
    at = start - 1 if sent[start : start + 1] not in {"-", "−"} else start
    if at < 0 or sent[at] not in "+-−":
        return False
    return _LEVEL_BEFORE.search(sent, max(0, at - 12), at) is None


_OWN_MODIFIERS = frozenset({"change", "base", "whole", "part", "increment"})


def sized(ident: Identity, sent: str, start: int, end: int, noun: str | None,
          unit: str) -> Identity:
    """The identity of a physical size (a length, an area, a speed): what it measures is
    the frame a word near it tells ("at an altitude of", "180 metres high"), else its
    dimension ("length"); whose size it is, the noun it makes an adjective of ("the
    720-foot tanker"), folded to its kind ("vessel", "ship": one kind) when the data knows
    it; the verb of the sentence is not what the size measures."""
    table = units()
    frame = table.frame(sent, start, end, unit) or table.dimensions[unit]
    head, kind = "", ""
    # what the noun said is read again below; what narrows the figure itself stays
    modifiers = tuple(m for m in ident.modifiers
                      if m in _OWN_MODIFIERS or m.startswith("vs ") or not noun)
    owner = _sized_name(sent, start, end, table)
    if not noun:
        # "the dam is 180 metres high", "the Tarnova Dam rises 590 feet": the subject of
        # a verb that gives its size
        subject = _subject_sized(table.sized_by).search(sent, max(0, start - 80), start)
        if subject and (subject.group(2) or "").split()[-1:] and \
                subject.group(2).split()[-1] in table.kinds:
            noun = subject.group(2)
        elif subject and subject.group(1) and \
                subject.group(1).split()[-1].lower() in table.kinds:
            noun = subject.group(1)
    if noun:
        # a name the noun holds is the thing's ("the 230-metre-high Tarnova Dam")
        named = [w for w in noun.split() if _NAME_WORD.match(w)]
        if not owner and named and named[-1].lower() in table.kinds:
            owner = " ".join(named)
        common = [w for w in noun.split() if not _NAME_WORD.match(w)]
        words = common or noun.split()
        # the last word of a kind the data knows ("a 750-foot freighter bound for"),
        # else the last word
        known = [n for n, w in enumerate(words) if w.lower() in table.kinds]
        at = known[-1] if known else len(words) - 1
        last = words[at].lower()
        phrase = " ".join(words[max(0, at - 1) : at + 1]).lower()
        two = table.kinds.get(phrase, "")  # "cargo ship": one kind in two words
        kind = two or table.kinds.get(last, "")
        head = kind or stem(last)
        # a name narrows nothing: it says whose thing it is
        plain = {stem(w.lower()) for w in words[: at - 1 if two else at]} if common else set()
        modifiers += tuple(sorted(plain))
    return Identity(frame, head, frame, modifiers, owner, ident.terms, kind)


@functools.lru_cache(maxsize=4)
def _subject_sized(verbs: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:^|(?<=[a-z,] ))(?:The )?({_NAME_PHRASE})|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?) "
        rf"((?:[a-z][a-z-]* ){{0,2}}[a-z][a-z-]*)),? (?:{body}) $" if body else r"(?!)")


_NAME_PHRASE = r"[A-Z][\w&.'’-]*(?: (?:of )?[A-Z][\w&.'’-]*)*"
# "the Maren Star, a 720-foot ship", "the Maren Star is a 760-foot ship", "Orsk's 300-metre ship"
_NAME_BEFORE = re.compile(rf"({_NAME_PHRASE})(?:,| (?:is|was)) (?:a|an|the) $"
                          rf"|({_NAME_PHRASE})['’]s $")


@functools.lru_cache(maxsize=4)
def _naming_after(words: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf",? (?:{body}) (?:the )?({_NAME_PHRASE})" if body else r"(?!)")


_PLACE_WORDS = frozenset({"in", "on", "at", "near", "off", "from", "to", "by", "of", "for",
                          "after", "before", "outside", "inside", "across", "along"})


def _sized_name(sent: str, start: int, end: int, table: Units) -> str:
    """The name of what a size is of, told beside it: a name in apposition before it or
    one the sentence gives it after ("…, named the Maren Star"); '' when none."""
    before = _NAME_BEFORE.search(sent, max(0, start - 80), start)
    if before:
        name = before.group(1) or before.group(2)
        lead = sent[max(0, before.start() - 8) : before.start()].split()[-1:]
        if name.split()[0].lower() in _PLACE_WORDS or (lead and lead[0] in _PLACE_WORDS) \
                or find_dates(name):
            return ""  # "In Corvel, a 720-foot freighter", "On Tuesday, a …": a setting
    else:
        after = _naming_after(table.naming).match(sent, end)
        name = after.group(1) if after else ""
    words = name.split()
    while words and words[0] in _INITIAL_NOISE:
        words = words[1:]
    return " ".join(words)
