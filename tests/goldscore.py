"""Score a Report against a gold file (facts, apart pairs, furniture, sources).

The gold format is the one of tests/data/seeds-gold.yaml: each fact names spans per file
that one finding must hold, with the verdict that finding must carry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.models import Evidence, Finding, Report

MAX_CLAIMS_PER_FILE = 4


def _norm(text: object) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


def _same_file(claim: Evidence, name: str) -> bool:
    base = Path(claim.path).name
    return name in {base, base.rsplit(".", 1)[0]} or Path(name).stem == Path(base).stem


def _holds(finding: Finding, spans: dict[str, str]) -> bool:
    return all(
        any(_same_file(c, f) and _norm(s) in _norm(c.text) for c in finding.claims)
        for f, s in spans.items()
    )


@dataclass
class Score:
    """What went right and wrong."""

    facts: int = 0
    right: int = 0
    problems: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # listed misses that are still missed
    fixed: list[str] = field(default_factory=list)  # listed misses that now come out right

    @property
    def ok(self) -> bool:
        return self.right + len(self.known) == self.facts and not self.problems


def score(report: Report, gold: dict[str, Any], folder: Path | None = None) -> Score:
    """Check every fact, apart pair, furniture string and source of `gold`."""
    out = Score()
    known_misses = {m["id"] for m in gold.get("known_misses") or []}
    for fact in gold.get("facts") or []:
        out.facts += 1
        want = set(fact.get("verdict_any") or [fact["verdict"]])
        hits = [f for f in report.findings if _holds(f, fact["spans"])]
        clean = [f for f in hits if len(f.claims) <= MAX_CLAIMS_PER_FILE * len(
            {Path(c.path).name for c in f.claims})]
        good = [f for f in clean if f.verdict in want]
        if "due" in fact:
            due = str(fact["due"]) if fact["due"] is not None else None
            good = [f for f in good if (f.due.isoformat() if f.due else None) == due]
        opposite = {"contradicted", "refuted"} if "contradicted" not in want else {
            "corroborated", "confirmed"} - want
        hedged = [f for f in clean if f.verdict in opposite]
        if good and not hedged:
            out.right += 1
            if fact["id"] in known_misses:
                out.fixed.append(fact["id"])
        elif fact["id"] in known_misses:
            out.known.append(fact["id"])
        else:
            got = sorted({f.verdict for f in hits}) or ["missing"]
            out.problems.append(f"fact {fact['id']}: want {sorted(want)}, got {got}")
    for pair in gold.get("apart") or []:
        only = pair.get("verdict")
        for f in report.findings:
            if _holds(f, pair["spans"]) and (only is None or f.verdict == only):
                out.problems.append(f"apart violated: {pair['why']}")
    for chrome in gold.get("furniture") or []:
        for f in report.findings:
            for c in f.claims:
                if _norm(chrome) in _norm(c.text):
                    out.problems.append(f"furniture claimed: {chrome!r} at {c.path}:{c.line}")
    by_name = {Path(s.path).name: s for s in report.sources}
    for name, want_src in (gold.get("sources") or {}).items():
        src = by_name.get(name)
        if src is None:
            out.problems.append(f"source {name} missing")
            continue
        for key, gkey in (("format", "format"), ("outlet", "outlet"), ("title", "title")):
            if gkey in want_src and _norm(getattr(src, key)) != _norm(want_src[gkey]):
                out.problems.append(f"source {name}: {key} {getattr(src, key)!r}")
        if "mojibake" in want_src and src.repaired != bool(want_src["mojibake"]):
            out.problems.append(f"source {name}: repaired {src.repaired}")
    if folder is not None:
        for f in report.findings:
            for c in f.claims:
                path = folder / Path(c.path).name
                if path.exists():
                    lines = path.read_bytes().decode("utf-8", "replace").splitlines()
                    if not 1 <= c.line <= len(lines):
                        out.problems.append(f"line out of range: {c.path}:{c.line}")
    return out


def load_gold(path: Path) -> dict[str, Any]:
    """A gold YAML file."""
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return data
