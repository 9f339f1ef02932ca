"""Score a JSON report (schema factcheck.report/1) against a gold file of labelled facts.

The gold format is the one of tests/data/seeds-gold.yaml (see its header): each fact names,
per file, a span that one finding must hold, and the verdict that finding must carry. The
rules, in short:

- a claim *matches* a span when it comes from the span's file (base name, with or without
  its suffix) and its text contains the span (NFKC, whitespace folded, case folded);
- a finding *holds* a fact when every file of the fact has a matching claim;
- it holds it *cleanly* when it carries at most 4 claims per file it draws on and holds no
  other fact through claims of its own (one sentence may state two facts; a table cell must
  be a claim of its own): lumping facts together earns nothing;
- a fact is *right* when a clean finding has an accepted verdict (and, for a forecast, the
  gold `due`) and no finding about this fact alone says the opposite (hedging);
- each `contradicted` finding is a true alarm for the first fact it cleanly holds that
  accepts `contradicted` and is not hedged, once per fact; every other one is a false alarm;
- `apart` pairs must not share a finding (with `verdict:`, a finding of that verdict);
  `furniture` (page chrome) must be in no claim; `sources` lists what the loader must
  recover per file; with `files`, every matched claim's line must hold its span.

Everything works on the plain JSON report, so any version of factcheck can be scored.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLAIMS_PER_FILE = 4
OPPOSITE: dict[str, set[str]] = {"contradicted": {"corroborated", "confirmed"}}

Json = Mapping[str, Any]


class BadInput(ValueError):
    """A report or gold file that cannot be scored."""


def norm(text: object) -> str:
    """Text as spans and claims are compared: NFKC, whitespace folded, case folded."""
    return " ".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def file_names(claim: Json) -> set[str]:
    """The names a claim's file goes by: base names of its source and path, with and
    without their suffix."""
    names: set[str] = set()
    for key in ("source", "path"):
        value = claim.get(key)
        if value:
            base = os.path.basename(str(value))
            names.update({base, _stem(base)})
    return names


def matches(claim: Json, file: str, span: str) -> bool:
    """The claim comes from `file` and its text contains `span`."""
    names = file_names(claim)
    return (file in names or _stem(file) in names) and norm(span) in norm(claim["text"])


def holds(finding: Json, spans: Mapping[str, str]) -> bool:
    """Every file of `spans` has a claim of the finding that matches its span."""
    return all(any(matches(c, file, span) for c in finding["claims"])
               for file, span in spans.items())


def _n_files(finding: Json) -> int:
    return len({min(file_names(c)) for c in finding["claims"]})


def _wanted(fact: Json) -> list[str]:
    return list(fact.get("verdict_any") or [fact["verdict"]])


@dataclass
class Score:
    """The counts of one gold file against one report, and a line per problem."""

    facts: int = 0
    right: int = 0
    contra_gold: int = 0
    contra_found: int = 0
    flagged: int = 0
    false_alarms: int = 0
    apart_violated: int = 0
    furniture: int = 0
    sources_right: int = 0
    sources_total: int = 0
    lines_wrong: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of the facts right (1.0 when there are none)."""
        return self.right / self.facts if self.facts else 1.0

    @property
    def precision(self) -> float:
        """Share of the contradicted findings that are true alarms; with none flagged, 1.0
        when the gold plants no contradiction and 0.0 when it does."""
        if self.flagged:
            return (self.flagged - self.false_alarms) / self.flagged
        return 0.0 if self.contra_gold else 1.0

    @property
    def other_problems(self) -> int:
        """Sources read wrong, page chrome claimed and claims on the wrong line."""
        return (self.sources_total - self.sources_right) + self.furniture + self.lines_wrong

    def summary(self) -> str:
        """One line, worded as the gold scorer's summary."""
        return (f"facts right {self.right}/{self.facts} ({self.recall:.2f}); contradictions "
                f"found {self.contra_found}/{self.contra_gold}; contradiction precision "
                f"{self.precision:.2f} ({self.flagged} flagged, {self.false_alarms} false); "
                f"apart violated {self.apart_violated}; sources right "
                f"{self.sources_right}/{self.sources_total}; furniture claimed "
                f"{self.furniture}; lines wrong {self.lines_wrong}")

    def add(self, other: Score) -> None:
        """Add another event's counts (for totals; lines are not kept)."""
        for name in ("facts", "right", "contra_gold", "contra_found", "flagged",
                     "false_alarms", "apart_violated", "furniture", "sources_right",
                     "sources_total", "lines_wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def missed(gold: Json) -> Score:
    """The score of a run that produced no report: every fact missed."""
    facts = gold.get("facts") or []
    return Score(facts=len(facts),
                 contra_gold=sum(1 for f in facts if f.get("verdict") == "contradicted"))


def check_report(report: object) -> Json:
    """The report, if it has the shape scoring reads; BadInput otherwise."""
    if not isinstance(report, dict) or not isinstance(report.get("findings"), list):
        raise BadInput("report is not an object with a list `findings`")
    for i, f in enumerate(report["findings"]):
        if not isinstance(f, dict) or not isinstance(f.get("verdict"), str):
            raise BadInput(f"finding {i} has no string `verdict`")
        if not isinstance(f.get("claims"), list):
            raise BadInput(f"finding {i} has no list `claims`")
        for j, c in enumerate(f["claims"]):
            if not isinstance(c, dict) or not isinstance(c.get("text"), str):
                raise BadInput(f"finding {i} claim {j} has no string `text`")
            if not (c.get("source") or c.get("path")):
                raise BadInput(f"finding {i} claim {j} names no `source` or `path`")
    if not isinstance(report.get("sources", []), list):
        raise BadInput("`sources` is not a list")
    return report


def check_gold(gold: object) -> Json:
    """The gold, if it has a list of facts; BadInput otherwise."""
    if not isinstance(gold, dict) or not isinstance(gold.get("facts"), list):
        raise BadInput("gold has no list `facts`")
    return gold


def load_gold(path: Path) -> Json:
    """A gold YAML file (safe loading)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise BadInput(f"cannot read gold: {e}") from e
    return check_gold(data)


class _Facts:
    """Which facts each finding holds, and through which of its claims."""

    def __init__(self, findings: Sequence[Json], facts: Sequence[Json]) -> None:
        self.findings = findings
        self.kind = {fact["id"]: fact.get("kind") for fact in facts}
        self.held: list[dict[str, set[int]]] = []
        for f in findings:
            h: dict[str, set[int]] = {}
            for fact in facts:
                if holds(f, fact["spans"]):
                    h[fact["id"]] = {
                        j for j, c in enumerate(f["claims"])
                        if any(matches(c, src, span) for src, span in fact["spans"].items())}
            self.held.append(h)
        self.too_big = [len(f["claims"]) > CLAIMS_PER_FILE * max(1, _n_files(f))
                        for f in findings]

    def clean(self, i: int, fid: str) -> bool:
        """Finding i holds fact fid, and any other fact only through fid's own claims
        (one sentence stating two facts), never through claims of its own; table cells
        must stand alone."""
        held = self.held[i]
        if fid not in held or self.too_big[i]:
            return False
        return all(g == fid or (held[g] <= held[fid] and "table" not in (self.kind[fid],
                                                                           self.kind[g]))
                   for g in held)

    def exclusive(self, i: int, fid: str) -> bool:
        """Finding i holds fact fid cleanly and no other fact."""
        return self.clean(i, fid) and len(self.held[i]) == 1


def _score_facts(out: Score, idx: _Facts, facts: Sequence[Json]) -> set[str]:
    """Count facts right and found contradictions; the ids of hedged facts."""
    findings = idx.findings
    hedged_ids: set[str] = set()
    for fact in facts:
        fid = fact["id"]
        want = _wanted(fact)
        hits = [i for i in range(len(findings)) if idx.clean(i, fid)]
        lumped = [i for i in range(len(findings)) if fid in idx.held[i] and i not in hits]
        verdicts = {findings[i]["verdict"] for i in hits}
        ok = [i for i in hits if findings[i]["verdict"] in want]
        if "due" in fact:
            due = str(fact["due"]) if fact["due"] is not None else ""
            ok = [i for i in ok if str(findings[i].get("due") or "")[:10] == due]
        opposite: set[str] = set().union(*(OPPOSITE.get(v, set()) for v in want)) - set(want)
        if "contradicted" not in want:
            opposite |= {"contradicted", "refuted"}
        # hedging is judged on findings about this fact alone: a finding that holds two
        # facts of one sentence may carry the other fact's verdict
        hedged = {findings[i]["verdict"] for i in hits if idx.exclusive(i, fid)} & opposite
        if hedged:
            hedged_ids.add(fid)
        good = bool(ok) and not hedged
        out.facts += 1
        out.right += good
        if fact.get("verdict") == "contradicted":
            out.contra_gold += 1
            out.contra_found += good
        if good:
            status = "ok"
        elif hedged and ok:
            status = "hedged: " + ",".join(sorted(verdicts))
        elif hits and "due" in fact and any(findings[i]["verdict"] in want for i in hits):
            status = "wrong due: " + ",".join(sorted({str(findings[i].get("due"))
                                                      for i in hits}))
        elif hits:
            status = "wrong verdict: " + ",".join(sorted(verdicts))
        elif lumped:
            status = "only in over-grouped findings"
        else:
            status = "missing"
        out.lines.append(f"{fid:<36} {'/'.join(want):<24} {status}")
    return hedged_ids


def _score_alarms(out: Score, idx: _Facts, facts: Sequence[Json],
                  hedged_ids: set[str]) -> None:
    """Tell true alarms from false ones: a contradicted finding is a true alarm for the
    first fact it cleanly holds that accepts `contradicted` and is not hedged; one alarm
    per fact."""
    accepts = {fact["id"]: "contradicted" in _wanted(fact) for fact in facts}
    true_alarm: dict[int, str] = {}
    for i, f in enumerate(idx.findings):
        if f["verdict"] != "contradicted":
            continue
        for fid in idx.held[i]:
            if (idx.clean(i, fid) and accepts[fid] and fid not in hedged_ids
                    and fid not in true_alarm.values()):
                true_alarm[i] = fid
                break
    for i, f in enumerate(idx.findings):
        if f["verdict"] != "contradicted":
            continue
        out.flagged += 1
        if i in true_alarm:
            continue
        out.false_alarms += 1
        dup = [fid for fid in idx.held[i] if fid in true_alarm.values() and idx.clean(i, fid)]
        label = f"duplicate of {dup[0]}" if dup else (f.get("subject") or
                                                      f.get("explanation") or "")
        out.lines.append("false alarm: " + str(label)[:100])


def _score_apart(out: Score, findings: Sequence[Json], gold: Json) -> None:
    for pair in gold.get("apart") or []:
        only = pair.get("verdict")
        if any(holds(f, pair["spans"]) and (only is None or f["verdict"] == only)
               for f in findings):
            out.apart_violated += 1
            out.lines.append(f"apart violated: {pair['why']}")


def _score_furniture(out: Score, findings: Sequence[Json], gold: Json) -> None:
    for chrome in gold.get("furniture") or []:
        n = sum(1 for f in findings for c in f["claims"] if norm(chrome) in norm(c["text"]))
        if n:
            out.furniture += 1
            out.lines.append(f"furniture claimed: {chrome!r} in {n} claim(s)")


def _score_sources(out: Score, report: Json, gold: Json) -> None:
    by_name: dict[str, Json] = {}
    for s in report.get("sources") or []:
        if isinstance(s, dict):
            for key in ("path", "id"):
                if s.get(key):
                    base = os.path.basename(str(s[key]))
                    by_name.setdefault(base, s)
                    by_name.setdefault(_stem(base), s)
    for name, want in (gold.get("sources") or {}).items():
        out.sources_total += 1
        got = by_name.get(name) or by_name.get(_stem(name)) or {}
        wrong = []
        for key, gkey in (("format", "format"), ("outlet", "outlet"), ("title", "title"),
                          ("repaired", "mojibake")):
            if gkey in want:
                g, r = want[gkey], got.get(key)
                same = (bool(r) == bool(g)) if key == "repaired" else norm(r) == norm(g)
                if not same:
                    wrong.append(f"{key} {r!r} (want {g!r})")
        if got and not wrong:
            out.sources_right += 1
        else:
            out.lines.append(f"source {name}: " + ("; ".join(wrong) if got else
                                                   "not in report"))


def _score_lines(out: Score, findings: Sequence[Json], facts: Sequence[Json],
                 read: Callable[[str], list[str]]) -> None:
    seen: set[tuple[str, object]] = set()
    spans = [(src, span) for fact in facts for src, span in fact["spans"].items()]
    for f in findings:
        for c in f["claims"]:
            for src, span in spans:
                if not matches(c, src, span) or (src, c.get("line")) in seen:
                    continue
                seen.add((src, c.get("line")))
                text = read(src)
                ln = c.get("line")
                if not (isinstance(ln, int) and 1 <= ln <= len(text)
                        and norm(span) in norm(text[ln - 1])):
                    out.lines_wrong += 1
                    out.lines.append(f"line wrong: {src}:{ln} does not hold {span!r}")


def score(report: Json, gold: Json, files: Path | None = None) -> Score:
    """Score `report` against `gold`. With `files` (the folder of the scored articles),
    also check that each matched claim's line holds its span; that check runs only when
    the gold asks for it (a `files` key), as in the gold scorer."""
    check_report(report)
    check_gold(gold)
    findings: list[Json] = report["findings"]
    facts: list[Json] = gold["facts"]
    out = Score()
    idx = _Facts(findings, facts)
    hedged = _score_facts(out, idx, facts)
    _score_apart(out, findings, gold)
    _score_alarms(out, idx, facts, hedged)
    _score_furniture(out, findings, gold)
    _score_sources(out, report, gold)
    if gold.get("files") and files is not None:
        cache: dict[str, list[str]] = {}

        def read(name: str) -> list[str]:
            if name not in cache:
                cache[name] = (files / name).read_bytes().decode("utf-8", "replace") \
                    .splitlines()
            return cache[name]

        _score_lines(out, findings, facts, read)
    return out


def total(scores: Iterable[Score]) -> Score:
    """The sum of several events' scores."""
    out = Score()
    for s in scores:
        out.add(s)
    return out
