"""The baseline of accepted findings: CI fails only on findings that are not in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field

from factcheck import ids
from factcheck.errors import LedgerError
from factcheck.models import (
    BaselineEntry,
    BaselineStatus,
    Finding,
    Frozen,
    Report,
    Tool,
    failing,
)

SCHEMA = "factcheck.baseline/1"

HEADER = """\
# factcheck baseline: findings accepted on review. CI fails only on findings not listed.
# Regenerate with `factcheck baseline PATHS -o FILE`; review the diff like code.
# After an upgrade that changes ids: `factcheck baseline PATHS -o FILE --update`.
"""


class Baseline(Frozen):
    """The baseline file: accepted findings and the sources they were seen in."""

    schema_: Literal["factcheck.baseline/1"] = Field(
        default="factcheck.baseline/1", alias="schema", description="Baseline schema id.")
    tool: Tool | None = Field(
        default=None, description="The factcheck that wrote it (absent in older baselines).")
    ids: int | None = Field(
        default=None, description="Id scheme its ids were made with (ids.SCHEME; absent in "
        "older baselines, which are scheme 1).")
    sources: tuple[str, ...] = Field(
        default=(), description="SHA-256 of every source the baseline was made from.")
    findings: tuple[BaselineEntry, ...] = Field(default=(), description="Accepted findings.")


def fingerprints(f: Finding) -> tuple[str, ...]:
    """Content fingerprints of a finding's claims, sorted."""
    return tuple(sorted({ids.claim_fingerprint(f.kind, c.text, c.value) for c in f.claims}))


def quotes(f: Finding) -> tuple[str, ...]:
    """Fingerprints of a finding's quoted claims that no id scheme changes, sorted."""
    return tuple(sorted({ids.quote_fingerprint(c.text) for c in f.claims}))


def entry(f: Finding) -> BaselineEntry:
    """The baseline entry that accepts this finding."""
    return BaselineEntry(id=f.id, verdict=f.verdict, kind=f.kind, subject=f.subject,
                         values=tuple(sorted({c.value for c in f.claims})),
                         claims=fingerprints(f), quotes=quotes(f))


def make(report: Report, fail_on: str = "any") -> Baseline:
    """A baseline accepting every finding that fails at `fail_on`."""
    accepted = sorted((entry(f) for f in failing(report.model_copy(
        update={"findings": tuple(f.model_copy(update={"baseline": None})
                                  for f in report.findings)}), fail_on)),
                      key=lambda e: e.id)
    shas = sorted({s.sha256 for s in report.sources if s.sha256 and s.format is not None})
    return Baseline(tool=report.tool, ids=ids.SCHEME, sources=tuple(shas),
                    findings=tuple(accepted))


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


def _carries(e: BaselineEntry, f: Finding, said: set[str]) -> bool:
    """An entry accepts a finding whose id and fingerprints changed (another id scheme or
    normaliser) when the finding quotes every claim the entry quoted, under the same
    verdict, and states no value the entry did not have."""
    return (bool(e.quotes) and e.verdict == f.verdict and set(e.quotes) <= said
            and {c.value for c in f.claims} <= set(e.values))


def match(report: Report, baseline: Baseline) -> list[tuple[int | None, bool]]:
    """For each finding: the index of the entry accepting it (None: a new finding), and
    whether it was found by its quotes only (its id changed). Entries are looked up by id,
    then by their first fingerprint and their first quote, never scanned whole."""
    entries: Sequence[BaselineEntry] = baseline.findings
    by_id = {e.id: i for i, e in enumerate(entries)}
    by_print: dict[str, list[int]] = {}
    by_quote: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.claims:
            by_print.setdefault(e.claims[0], []).append(i)
        if e.quotes:
            by_quote.setdefault(e.quotes[0], []).append(i)

    def first(index: dict[str, list[int]], f: Finding, keys: set[str],
              ok: Callable[[BaselineEntry, Finding, set[str]], bool]) -> int | None:
        found = sorted({i for k in keys for i in index.get(k, ())})
        return next((i for i in found if ok(entries[i], f, keys)), None)

    out: list[tuple[int | None, bool]] = []
    for f in report.findings:
        hit = by_id.get(f.id)
        if hit is None:
            prints = set(fingerprints(f))
            hit = first(by_print, f, prints, _accepts)
        if hit is not None:
            out.append((hit, False))
            continue
        said = set(quotes(f))
        hit = first(by_quote, f, said, _carries)
        out.append((hit, hit is not None))
    return out


def apply(report: Report, baseline: Baseline, path: str) -> Report:
    """Mark each finding new or unchanged, and list stale entries and unseen sources."""
    hits = match(report, baseline)
    used = {i for i, _ in hits if i is not None}
    out = [f.model_copy(update={"baseline": "new" if i is None else "unchanged"})
           for f, (i, _) in zip(report.findings, hits, strict=True)]
    known = set(baseline.sources)
    status = BaselineStatus(
        path=path,
        accepted=sum(1 for f in out if f.baseline == "unchanged"),
        stale=tuple(e for i, e in enumerate(baseline.findings) if i not in used),
        new_sources=tuple(s.path for s in report.sources
                          if s.format is not None and s.sha256 not in known),
        rematched=sum(1 for _, by_quote in hits if by_quote),
    )
    return report.model_copy(update={"findings": tuple(out), "baseline": status})


def update(report: Report, old: Baseline) -> tuple[Baseline, list[BaselineEntry]]:
    """The baseline carried over to this run's ids: each finding an old entry accepts
    (by id, fingerprints or quotes) gets a fresh entry under its current id, with this
    tool and id scheme; nothing new is accepted. Also returns the entries that matched
    nothing (dropped)."""
    hits = match(report, old)
    plain = report.model_copy(update={"findings": tuple(
        f.model_copy(update={"baseline": None}) for f in report.findings)})
    problems = {f.id for f in failing(plain, "any")}  # the rest needs no acceptance
    kept = sorted((entry(f) for f, (i, _) in zip(plain.findings, hits, strict=True)
                   if i is not None and f.id in problems), key=lambda e: e.id)
    used = {i for i, _ in hits if i is not None}
    dropped = [e for i, e in enumerate(old.findings) if i not in used]
    return Baseline(tool=report.tool, ids=ids.SCHEME, sources=old.sources,
                    findings=tuple(kept)), dropped
