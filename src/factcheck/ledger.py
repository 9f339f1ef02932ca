"""The editor's ledger (claims/): verified facts that turn findings confirmed or refuted,
and the team's alias files that extend the gazetteer."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import LedgerError
from factcheck.models import (
    VERDICT_ORDER,
    Evidence,
    Finding,
    Report,
    Summary,
    VerifiedFact,
)

LOG = logging.getLogger(__name__)

#: File names under claims/ with a fixed meaning.
VERIFIED = "verified.yaml"
ALIASES_GLOB = "aliases*.yaml"
METRICS_GLOB = "metrics*.yaml"

#: How alike a fact's subject and a claim's wording must be (rapidfuzz token_set_ratio).
MIN_SIMILARITY = 85
#: Content words a fact and a claim must share at least.
MIN_SHARED_WORDS = 3


def read_yaml(path: str | Path) -> Any:
    """Parse a file under claims/ with the one safe loader (factcheck.yamlio): LedgerError
    naming file and line for bad YAML, a duplicate key, too many aliases or nodes, a file
    too large."""
    from factcheck.yamlio import load_yaml

    return load_yaml(path, error=LedgerError)


def validation_message(exc: Exception) -> str:
    """The first error of a pydantic ValidationError as 'where: what'."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        return f"{where}: {err['msg']}" if where else str(err["msg"])
    return str(exc)


def validation_line(exc: Exception, data: Any, prefix: tuple[Any, ...] = ()) -> int | None:
    """The line of the YAML item the first error of a ValidationError is about."""
    from pydantic import ValidationError

    from factcheck.yamlio import line_at

    if isinstance(exc, ValidationError):
        return line_at(data, (*prefix, *exc.errors()[0]["loc"]))
    return None


def load_facts(path: str | Path) -> list[VerifiedFact]:
    """The verified facts of a ledger file: a mapping with a `facts` list."""
    from pydantic import TypeAdapter, ValidationError

    data = read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"facts"}:
        extra = sorted(set(data) - {"facts"}) if isinstance(data, dict) else []
        reason = f"unknown key {extra[0]!r}" if extra else "expected a mapping with 'facts'"
        from factcheck.yamlio import line_of

        raise LedgerError(reason, str(path), line_of(data, extra[0] if extra else None))
    try:
        facts = TypeAdapter(list[VerifiedFact]).validate_python(data.get("facts") or [])
    except ValidationError as exc:
        raise LedgerError(f"facts.{validation_message(exc)}", str(path),
                          validation_line(exc, data, ("facts",))) from None
    return facts


def claims_files(folder: str | Path | None) -> tuple[list[str], list[str], list[str]]:
    """(verified, alias, metric) files of a claims/ folder; all empty when None."""
    if folder is None:
        return [], [], []
    root = Path(folder)
    if not root.is_dir():
        raise LedgerError("no such claims folder", str(folder))
    verified = [str(root / VERIFIED)] if (root / VERIFIED).is_file() else []
    aliases = sorted(str(p) for p in root.glob(ALIASES_GLOB))
    metrics = sorted(str(p) for p in root.glob(METRICS_GLOB))
    return verified, aliases, metrics


def _same_value(kind: str, fact: str, claim: str) -> bool:
    """The claim's value agrees with the verified one (dates: one period holds the other)."""
    if kind in {"timeline", "forecast"}:
        from factcheck.extract.dates import parse_date

        a, b = parse_date(fact), parse_date(claim)
        if a is not None and b is not None:
            return (a.start <= b.start and b.end <= a.end) or (
                b.start <= a.start and a.end <= b.end)
    if kind == "figure":
        from factcheck.extract.figures import format_quantity, parse_quantity

        q = parse_quantity(fact)
        if q is not None and format_quantity(q) == claim:
            return True
    return " ".join(fact.casefold().split()) == " ".join(claim.casefold().split())


def _matches(fact: VerifiedFact, finding: Finding) -> bool:
    if fact.finding is not None:
        return fact.finding == finding.id
    if fact.kind is not None and fact.kind != finding.kind:
        return False
    from rapidfuzz import fuzz

    from factcheck.extract.text import content_words

    want = set(content_words(fact.subject))
    for text in (finding.subject, *(c.text for c in finding.claims)):
        shared = want & set(content_words(text))
        if len(shared) >= min(MIN_SHARED_WORDS, len(want)) and \
                fuzz.token_set_ratio(fact.subject.casefold(), text.casefold()) >= MIN_SIMILARITY:
            return True
    return False


def settle(finding: Finding, fact: VerifiedFact) -> Finding:
    """The finding judged against a verified fact: refuted if any claim disagrees."""
    marked: list[Evidence] = []
    for c in finding.claims:
        ok = _same_value(finding.kind, fact.value, c.value)
        marked.append(c.model_copy(update={"ledger": "confirmed" if ok else "refuted"}))
    wrong = [c for c in marked if c.ledger == "refuted"]
    cite = f"verified {fact.value} (as of {fact.as_of.isoformat()}, {fact.citation})"
    if wrong:
        sides = ", ".join(dict.fromkeys(f"{c.value} by {c.outlet}" for c in wrong))
        return finding.model_copy(update={
            "verdict": "refuted",
            "explanation": f"{cite}; refuted: {sides}",
            "claims": tuple(wrong + [c for c in marked if c.ledger != "refuted"]),
            "ledger": fact,
        })
    return finding.model_copy(update={
        "verdict": "confirmed", "explanation": f"{cite}; every source agrees",
        "claims": tuple(marked), "ledger": fact})


def apply(report: Report, facts: Sequence[VerifiedFact]) -> Report:
    """The report with every finding a verified fact covers confirmed or refuted."""
    if not facts:
        return report
    from factcheck.verdict import sort_key

    out: list[Finding] = []
    for f in report.findings:
        if f.kind != "forecast" and f.verdict != "forecast":
            for fact in facts:
                if _matches(fact, f):
                    f = settle(f, fact)
                    break
        out.append(f)
    out.sort(key=sort_key)
    counts = {v: sum(1 for f in out if f.verdict == v) for v in VERDICT_ORDER}
    summary = Summary(sources=report.summary.sources, claims=report.summary.claims,
                      findings=len(out), **counts)
    return report.model_copy(update={"findings": tuple(out), "summary": summary})

