"""Metric lexicon: what a figure measures, and which table rows are the same question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


@dataclass
class Lexicon:
    """Phrases → metric names, unit → default metric, table row label → slot."""

    metrics: dict[str, list[str]] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    slots: dict[str, list[str]] = field(default_factory=dict)
    changes: set[str] = field(default_factory=set)
    running: set[str] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)  # counted noun -> its kind
    comparisons: dict[str, list[str]] = field(default_factory=dict)  # base -> phrases
    qualifiers: set[str] = field(default_factory=set)  # words narrowing a metric
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
        self.changes.update(str(w).lower() for w in (data.get("changes") or []))
        self.running.update(str(w) for w in (data.get("running") or []))
        for kind, nouns in (data.get("kinds") or {}).items():
            self.kinds.update({str(n).lower(): str(kind) for n in nouns})
        for base, phrases in (data.get("comparisons") or {}).items():
            self.comparisons.setdefault(str(base), []).extend(str(p) for p in phrases)
        self.qualifiers.update(str(w).lower() for w in (data.get("qualifiers") or []))
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

        A phrase before the figure in the same clause wins over one after it ("revenue
        rose to $48 billion"); a percentage right after a change word ("rose 21%") is the
        metric's growth; a unit alone may name the metric (nm: process node).
        """
        best: tuple[float, str, int] | None = None
        for m in self.metric_re.finditer(text):
            if m.start() >= end:
                dist = (m.start() - end) + 0.5  # after the figure: a little farther
            elif m.end() <= start:
                between = text[m.end() : start]
                dist = float(start - m.end()) + (30 if re.search(r"[;,(]", between) else 0)
            else:
                continue
            name = self._phrase_to_metric[m.group(1).lower()]
            if dist <= 60 and (best is None or dist < best[0]):
                best = (dist, name, m.start())
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


_LEXICON_KEYS = ("metrics", "units", "slots", "changes", "running", "kinds", "comparisons",
                 "qualifiers")


def check_lexicon(data: Any, origin: str) -> dict[str, Any]:
    """Validate a parsed lexicon file; LedgerError names file, line and key.

    metrics and slots map a name to a list of phrases; units map a unit to a metric name;
    changes lists the words that make a percentage a change; qualifiers the words that
    narrow a metric ("core" inflation).
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
    for words in ("changes", "qualifiers"):
        listed = data.get(words)
        if listed is not None and (not isinstance(listed, list)
                                   or not all(isinstance(w, str) for w in listed)):
            fail(LedgerError, origin, data, words, "must be a list of words", words)
    for section in ("metrics", "units", "slots", "kinds", "comparisons"):
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
