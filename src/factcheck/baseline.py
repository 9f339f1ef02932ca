"""The baseline of accepted findings: CI fails only on findings that are not in it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field

from factcheck import ids
from factcheck.errors import LedgerError
from factcheck.models import BaselineEntry, BaselineStatus, Finding, Frozen, Report, failing

SCHEMA = "factcheck.baseline/1"

HEADER = """\
# factcheck baseline: findings accepted on review. CI fails only on findings not listed.
# Regenerate with `factcheck baseline PATHS -o FILE`; review the diff like code.
"""


class Baseline(Frozen):
    """The baseline file: accepted findings and the sources they were seen in."""

    schema_: Literal["factcheck.baseline/1"] = Field(
        default="factcheck.baseline/1", alias="schema", description="Baseline schema id.")
    sources: tuple[str, ...] = Field(
        default=(), description="SHA-256 of every source the baseline was made from.")
    findings: tuple[BaselineEntry, ...] = Field(default=(), description="Accepted findings.")


def fingerprints(f: Finding) -> tuple[str, ...]:
    """Content fingerprints of a finding's claims, sorted."""
    return tuple(sorted({ids.claim_fingerprint(f.kind, c.text, c.value) for c in f.claims}))


def entry(f: Finding) -> BaselineEntry:
    """The baseline entry that accepts this finding."""
    return BaselineEntry(id=f.id, verdict=f.verdict, kind=f.kind, subject=f.subject,
                         values=tuple(sorted({c.value for c in f.claims})),
                         claims=fingerprints(f))


def make(report: Report, fail_on: str = "any") -> Baseline:
    """A baseline accepting every finding that fails at `fail_on`."""
    accepted = sorted((entry(f) for f in failing(report.model_copy(
        update={"findings": tuple(f.model_copy(update={"baseline": None})
                                  for f in report.findings)}), fail_on)),
                      key=lambda e: e.id)
    shas = sorted({s.sha256 for s in report.sources if s.sha256 and s.format is not None})
    return Baseline(sources=tuple(shas), findings=tuple(accepted))


def dump(baseline: Baseline) -> str:
    """The baseline as reviewable YAML, one entry per accepted finding."""
    import yaml

    doc = baseline.model_dump(mode="json", by_alias=True)
    return HEADER + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def load(path: str | Path) -> Baseline:
    """Read a baseline file; LedgerError (exit 2) when it is missing or malformed."""
    from pydantic import ValidationError

    from factcheck.ledger import read_yaml, validation_line, validation_message

    data = read_yaml(path)
    if not isinstance(data, dict):
        raise LedgerError(f"not a baseline (expected a mapping with schema {SCHEMA!r})",
                          str(path))
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        raise LedgerError(validation_message(exc), str(path),
                          validation_line(exc, data)) from None


def _accepts(e: BaselineEntry, f: Finding, prints: set[str]) -> bool:
    """An entry accepts a finding with its id, or one that holds all the accepted claims and
    no value the entry did not have (a source joined a side: nothing new to review)."""
    if e.id == f.id:
        return True
    if e.kind != f.kind or not e.claims:
        return False
    return set(e.claims) <= prints and {c.value for c in f.claims} <= set(e.values)


def apply(report: Report, baseline: Baseline, path: str) -> Report:
    """Mark each finding new or unchanged, and list stale entries and unseen sources."""
    used: set[int] = set()
    out: list[Finding] = []
    entries: Sequence[BaselineEntry] = baseline.findings
    by_id = {e.id: i for i, e in enumerate(entries)}
    for f in report.findings:
        hit = by_id.get(f.id)
        if hit is None:
            prints = set(fingerprints(f))
            hit = next((i for i, e in enumerate(entries) if _accepts(e, f, prints)), None)
        if hit is not None:
            used.add(hit)
        out.append(f.model_copy(update={"baseline": "new" if hit is None else "unchanged"}))
    known = set(baseline.sources)
    status = BaselineStatus(
        path=path,
        accepted=sum(1 for f in out if f.baseline == "unchanged"),
        stale=tuple(e for i, e in enumerate(entries) if i not in used),
        new_sources=tuple(s.path for s in report.sources
                          if s.format is not None and s.sha256 not in known),
    )
    return report.model_copy(update={"findings": tuple(out), "baseline": status})
