"""Metric lexicon: what a figure measures, and which table rows are the same question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

#: Only a conjunction between a measure's phrase and the figure after it.
_CONJUNCTION_ONLY = re.compile(r"\s+(?:and|but|while)\s+")


@dataclass
class Lexicon:
    """Phrases → metric names, unit → default metric, table row label → slot."""

    metrics: dict[str, list[str]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    slots: dict[str, list[str]] = field(default_factory=dict)
    changes: set[str] = field(default_factory=set)
    directions: dict[str, str] = field(default_factory=dict)  # change word -> up / down
    # words that make the figure just before them a change ("4.3 fewer days", "300 more
    # jobs"), with their direction
    comparatives: set[str] = field(default_factory=set)
    running: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)  # counted noun -> its kind
    comparisons: dict[str, list[str]] = field(default_factory=dict)  # base -> phrases
    qualifiers: set[str] = field(default_factory=set)  # words narrowing a metric
    money: set[str] = field(default_factory=set)  # metrics measured in money
    rates: set[str] = field(default_factory=set)  # metrics points (pp, bp) may measure
    sold: set[str] = field(default_factory=set)  # verbs of selling: "sold … for $89" a price
    not_money_nouns: set[str] = field(default_factory=set)  # "a total of $5m": no measure
    totals: set[str] = field(default_factory=set)  # words that make a figure a total
    same: dict[str, str] = field(default_factory=dict)  # metric -> the measure it is one of
    # a counted noun's modifier -> the word of its degree it folds to ("larger" -> "large")
    folds: dict[str, str] = field(default_factory=dict)
    # a verb that tells a figure -> the verb of one meaning it folds to ("took", "secured"
    # and "won" seats are one predicate: `verb_folds`)
    verbs: dict[str, str] = field(default_factory=dict)
    # nouns that count records of the noun before them ("patient records": patients)
    containers: set[str] = field(default_factory=set)
    # verbs of saying: a figure after one opens the clause said ("officials said 212
    # homes were destroyed": the verb after the noun tells the figure)
    saying: set[str] = field(default_factory=set)
    _comparison_re: re.Pattern[str] | None = None
    _metric_re: re.Pattern[str] | None = None
    _phrase_to_metric: dict[str, str] = field(default_factory=dict)

    def merge(self, data: dict[str, Any]) -> None:
        """Add the metrics, units and slots of a parsed YAML mapping."""
        for name, phrases in (data.get("metrics") or {}).items():
            self.metrics.setdefault(str(name), []).extend(str(p) for p in phrases)
        self.units.update({str(k): str(v) for k, v in (data.get("units") or {}).items()})
        for name, words in (data.get("slots") or {}).items():
            self.slots.setdefault(str(name), []).extend(str(w) for w in words)
        changes = data.get("changes") or []
        if isinstance(changes, dict):  # {up: [...], down: [...]}: words with their direction
            for way, words in changes.items():
                for w in words or []:
                    self.changes.add(str(w).lower())
                    self.directions[str(w).lower()] = str(way)
        else:
            self.changes.update(str(w).lower() for w in changes)
        for way, words in (data.get("comparatives") or {}).items():
            for w in words or []:
                self.comparatives.add(str(w).lower())
                self.directions[str(w).lower()] = str(way)
        self.running.update(str(w) for w in (data.get("running") or []))
        for kind, nouns in (data.get("kinds") or {}).items():
            self.kinds.update({str(n).lower(): str(kind) for n in nouns})
        for base, phrases in (data.get("comparisons") or {}).items():
            self.comparisons.setdefault(str(base), []).extend(str(p) for p in phrases)
        self.qualifiers.update(str(w).lower() for w in (data.get("qualifiers") or []))
        self.money.update(str(m) for m in (data.get("money") or []))
        self.rates.update(str(m) for m in (data.get("rates") or []))
        self.sold.update(str(w).lower() for w in (data.get("sold") or []))
        self.not_money_nouns.update(str(w).lower() for w in (data.get("not_money_nouns") or []))
        self.totals.update(str(w).lower() for w in (data.get("totals") or []))
        for to, words in (data.get("modifier_folds") or {}).items():
            self.folds.update({str(w).lower(): str(to).lower() for w in words or []})
        self.containers.update(str(w).lower() for w in (data.get("containers") or []))
        self.saying.update(str(w).lower() for w in (data.get("saying") or []))
        for to, words in (data.get("verb_folds") or {}).items():
            self.verbs.update({str(w).lower(): str(to).lower() for w in words or []})
        for measure, names in (data.get("same") or {}).items():
            self.same.update({str(n): str(measure) for n in names})
        self._metric_re = None
        self._comparison_re = None

    def comparison(self, text: str) -> str:
        """What a change in `text` is measured against ("year", "quarter"), if it says
        one thing only."""
        if self._comparison_re is None:
            parts = [f"(?P<c{n}>" + "|".join(re.escape(p) for p in sorted(ps, key=len,
                                                                           reverse=True)) + ")"
                     for n, ps in enumerate(self.comparisons.values()) if ps]
            self._comparison_re = re.compile(
                r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])" if parts else r"(?!)",
                re.IGNORECASE)
        names = list(self.comparisons)
        found = {names[int(m.lastgroup[1:])] for m in self._comparison_re.finditer(text)
                 if m.lastgroup}
        return found.pop() if len(found) == 1 else ""

    def direction(self, word: str) -> str:
        """Which way a change word says a figure moved ("fell": down), '' if unknown."""
        return self.directions.get(word.lower(), "")

    @property
    def metric_re(self) -> re.Pattern[str]:
        if self._metric_re is None:
            self._phrase_to_metric = {
                p.lower(): name for name, phrases in self.metrics.items() for p in phrases
            }
            phrases = sorted(self._phrase_to_metric, key=len, reverse=True)
            if phrases and all(p.isascii() for p in phrases):
                from factcheck.gazetteer import trie_pattern

                body = trie_pattern(phrases)  # what the alternation matches, faster
            else:
                body = "|".join(re.escape(p) for p in phrases)
            self._metric_re = re.compile(r"(?<![\w-])(" + body + r")(?![\w-])", re.IGNORECASE)
        return self._metric_re

    def metric_of(self, phrase: str) -> str | None:
        """The metric a phrase names exactly ("killed" → deaths), if any."""
        _ = self.metric_re  # builds the phrase table
        return self._phrase_to_metric.get(phrase.lower())

    def metric_near(self, text: str, start: int, end: int, unit: str) -> str | None:
        """The metric named closest to the figure at text[start:end] (see metric_at)."""
        found = self.metric_at(text, start, end, unit)
        return found[0] if found else None

    def metric_at(self, text: str, start: int, end: int,
                  unit: str) -> tuple[str, int] | None:
        """(metric, offset of the phrase naming it, or -1) for the figure at text[start:end].

        What a change right after the figure is of wins ("a 4.4% increase in the stock
        price"); then a phrase before the figure in the same clause over one after it
        ("revenue rose to $48 billion"); a percentage right after a change word ("rose
        21%") is the metric's growth; a unit alone may name the metric (nm: process node).
        """
        from factcheck.extract.periods import opens_subordinate

        best: tuple[float, str, int] | None = None
        moved = _CHANGE_OF.match(text, end)
        if moved and moved.group(1).lower() in self.changes:
            # "a 4.4% increase in the company's stock price": what the change is of
            of = self.metric_re.search(text, moved.end(), min(len(text), moved.end() + 40))
            if of and not re.search(r"[,;.]\s", text[moved.end() : of.start()]):
                best = (0.0, self._phrase_to_metric[of.group(1).lower()], of.start())
        whole: tuple[float, str, int] | None = None
        for m in self.metric_re.finditer(text) if best is None else ():
            if m.start() >= end:
                if _NUMBER.search(text, end, m.start()):
                    continue  # "24.9% and 34 seats": the phrase is the nearer number's
                if re.search(r"\b(?:and|but|while)\s", text[end : m.start()]) \
                        or opens_subordinate(text[end : m.start()]):
                    # "rose 4% and profit climbed", "… after the walker was reported
                    # missing": another clause's subject
                    continue
                dist = (m.start() - end) + 0.5  # after the figure: a little farther
                if re.search(r"[;,(]", text[end : m.start()]):
                    dist += 30  # "£214m, a margin of 3.1%": another clause's measure
                if unit == "%" and SHARE_OF.fullmatch(text, end, m.start()):
                    # "a deficit of 2.8% of GDP": the whole a share is of, what is
                    # measured only when the clause names nothing else
                    whole = whole or (dist, self._phrase_to_metric[m.group(1).lower()],
                                      m.start())
                    continue
            elif m.end() <= start:
                between = text[m.end() : start]
                if _NUMBER.search(between) and _OWN_VERB.search(between):
                    continue  # "arrested 47 people and seized 12 firearms": the nearer one's
                # "its valuation from earlier this year, when it stood at $80 billion":
                # a pronoun's level is what the clause before names
                apart = re.search(r"[;,(]", between) is not None and not _PRONOUN_LEVEL.search(
                    between)
                dist = float(start - m.end()) + (30 if apart else 0)
                if _CONJUNCTION_ONLY.fullmatch(between):
                    # "had been injured and 38 were still missing": the phrase ends the
                    # clause before; a measure after the figure is nearer its own
                    dist += 30
                if not apart and not _NUMBER.search(between) and _SUBJECT_LEAD.fullmatch(
                        text, _clause_start(text, m.start()), m.start()):
                    # "the death toll from the collapse of the dam on the river rose
                    # to 23": the clause's subject is measured, however long its phrase
                    dist = min(dist, 60.0)
            else:
                continue
            name = self._phrase_to_metric[m.group(1).lower()]
            if unit in {"pp", "bp"} and self.rates and name not in self.rates:
                continue  # points move a rate: "delivered the 25 bp cut" moves no deliveries
            if dist <= 60 and (best is None or dist < best[0]):
                best = (dist, name, m.start())
        best = best or whole  # "40% of revenue came from ads": nothing else names it
        if best is not None:
            metric, at = best[1], best[2]
        elif unit in self.units:
            metric, at = self.units[unit], -1
        else:
            return None
        if unit in {"%", "pp", "bp"}:
            before = text[max(0, start - 25) : start].lower().split()
            if before and before[-1].strip(",") in self.changes | {"by"}:
                return f"{metric} change", at
        return metric, at

    def slot(self, label: str) -> str:
        """The comparable row a table row label asks about ("Hardware Focus" → hardware).

        The head of an English noun phrase comes last, before any prepositional phrase:
        "Memory per Accelerator" asks about memory, "Capex Justification" not about capex.
        """
        low = re.split(r"(?<!\s)\s+(?:per|of|for|by|in|vs\.?)\s+", label.lower(), maxsplit=1)[0]
        best: tuple[int, str] | None = None
        for name, words in self.slots.items():
            for w in words:
                for m in re.finditer(r"\b" + re.escape(w) + r"\b", low):
                    if m.end() == len(low.rstrip()) and (best is None or m.start() < best[0]):
                        best = (m.start(), name)
        if best is not None:
            return best[1]
        return " ".join(low.split())


#: A clause of a pronoun and a verb of level ending right before a figure: "…, when it
#: stood at", "…, which reached": the pronoun is the metric the clause before names.
_PRONOUN_LEVEL = re.compile(
    r"[,;]\s*(?:(?:when|where|after|as|and|but|until)\s+)?(?:it|which|they)\s+(?:had\s+|has\s+"
    r"|was\s+|were\s+|now\s+)?[a-z]+\s+(?:at|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+"
    r"|almost\s+|just\s+|roughly\s+)?[$€£¥]?$")
#: After a figure: a change noun and what it is of ("a 15% increase in", "an 83%
#: year-over-year increase in").
#: A number standing on its own ("34", not the "3" of "Q3").
_NUMBER = re.compile(r"(?<![\w.])\d")
#: A figure's own verb after "and" or "but", right before it ("… and seized 12 firearms"):
#: a measure named before that belongs to the figure before.
_OWN_VERB = re.compile(r"\b(?:and|but)\s+[a-z]{3,}\s+(?:(?:a|an|the|some|about|another|"
                       r"nearly|almost|more\s+than|at\s+least)\s+)?$")
#: What may stand between the start of a clause and its subject's head: a determiner, a
#: possessive ("The", "Kestria's", "its"), and the frame of a count ("the number of").
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|this|that|[\w’'-]+['’]s?)"
                           r"\s+){0,3}(?:(?:number|total|count)\s+of\s+)?", re.IGNORECASE)
#: How far back a clause's start is looked for (a longer clause names no subject here).
_CLAUSE_REACH = 200


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] starts: after the last comma, semicolon, colon,
    bracket or spaced dash before it, or at the start; looked for at most _CLAUSE_REACH
    characters back, so a long line costs no more than a short one."""
    lo = max(0, at - _CLAUSE_REACH)
    mark = max((text.rfind(c, lo, at) + 1 for c in ",;:()"), default=0)
    dash = max((text.rfind(f" {d} ", lo, at) + 3 for d in "-–—"), default=0)
    return max(mark, dash if dash > 2 else 0, lo)


#: Between a percentage and the whole it is a share of: "2.8% of GDP", "40% of the total".
SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?", re.IGNORECASE)
_CHANGE_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+(?:in|of)\s+", re.IGNORECASE)

_LEXICON_KEYS = ("metrics", "units", "slots", "changes", "running", "kinds", "comparisons",
                 "qualifiers", "money", "rates", "sold", "not_money_nouns", "same", "totals",
                 "comparatives", "modifier_folds", "containers", "verb_folds", "saying")


def check_lexicon(data: Any, origin: str) -> dict[str, Any]:
    """Validate a parsed lexicon file; LedgerError names file, line and key.

    metrics and slots map a name to a list of phrases; units map a unit to a metric name;
    changes lists the words that make a percentage a change, or maps `up` and `down` to
    the words that tell a rise and a fall; qualifiers lists the words that narrow a metric
    ("core" inflation).
    """
    from factcheck.errors import LedgerError
    from factcheck.yamlio import fail

    if data is None:
        return {}
    if not isinstance(data, dict):
        fail(LedgerError, origin, data, None, "expected a mapping with metrics, units, slots")
    for key in data:
        if key not in _LEXICON_KEYS:
            fail(LedgerError, origin, data, key,
                 f"unknown key {key!r} (expected one of: {', '.join(_LEXICON_KEYS)})")
    comparatives = data.get("comparatives")
    if comparatives is not None and (not isinstance(comparatives, dict) or not all(
            way in ("up", "down") and isinstance(words, list)
            and all(isinstance(w, str) for w in words) for way, words in comparatives.items())):
        fail(LedgerError, origin, data, "comparatives",
             "must map `up` and `down` to lists of words", "comparatives")
    changes = data.get("changes")
    if isinstance(changes, dict):
        for way, words in changes.items():
            if way not in ("up", "down") or not isinstance(words, list) or not all(
                    isinstance(w, str) for w in words):
                fail(LedgerError, origin, changes, way,
                     "must be `up` or `down` with a list of words", f"changes.{way}")
    elif changes is not None and (not isinstance(changes, list)
                                  or not all(isinstance(w, str) for w in changes)):
        fail(LedgerError, origin, data, "changes",
             "must be a list of words, or up/down lists", "changes")
    for words in ("qualifiers", "money", "rates", "sold", "not_money_nouns", "totals",
                  "saying"):
        listed = data.get(words)
        if listed is not None and (not isinstance(listed, list)
                                   or not all(isinstance(w, str) for w in listed)):
            fail(LedgerError, origin, data, words, "must be a list of words", words)
    for section in ("metrics", "units", "slots", "kinds", "comparisons", "same", "verb_folds"):
        body = data.get(section)
        if body is None:
            continue
        if not isinstance(body, dict):
            fail(LedgerError, origin, data, section, "must be a mapping", section)
        for name, value in body.items():
            where = f"{section}.{name}"
            if not isinstance(name, str | int | float):
                fail(LedgerError, origin, body, name, "a key must be a name", section)
            if section == "units":
                if not isinstance(value, str):
                    fail(LedgerError, origin, body, name, "must be a metric name", where)
            elif not isinstance(value, list) or not all(
                isinstance(v, str | int | float) and not isinstance(v, bool) and str(v).strip()
                for v in value
            ):
                fail(LedgerError, origin, body, name, "must be a list of phrases", where)
    return data


@lru_cache(maxsize=4)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lexicon plus user YAML files (mappings with metrics/units/slots).

    Raises LedgerError naming the file, line and key of a bad file.
    """
    from factcheck.errors import LedgerError
    from factcheck.yamlio import load_yaml, packaged

    lex = Lexicon()
    lex.merge(check_lexicon(packaged("metrics.yaml", error=LedgerError), "metrics.yaml"))
    for path in extra:
        lex.merge(check_lexicon(load_yaml(path, error=LedgerError), path))
    return lex
