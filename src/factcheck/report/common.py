"""What the CI formats share: which findings need attention, in what order, and where."""

from __future__ import annotations

from factcheck.models import Evidence, Finding, Report

#: Rank of the problems CI reports: the most serious first.
_RANK = {"refuted": 0, "contradicted": 1}


def is_problem(f: Finding) -> bool:
    """A finding a reviewer must look at: contradicted, refuted or an overdue forecast."""
    return f.verdict in _RANK or f.overdue


def level(f: Finding) -> str:
    """'error' for contradicted and refuted, 'warning' for an overdue forecast."""
    return "error" if f.verdict in _RANK else "warning"


def problems(report: Report, include_accepted: bool = False) -> list[Finding]:
    """Problems ranked: refuted, contradicted, then overdue forecasts; more outlets first,
    then file, line and id. Accepted (baselined) ones are left out unless asked."""
    found = [f for f in report.findings if is_problem(f)
             and (include_accepted or f.baseline != "unchanged")]
    return sorted(found, key=lambda f: (_RANK.get(f.verdict, 2), -f.outlets,
                                        focus(f, report).path, focus(f, report).line, f.id))


def focus(f: Finding, report: Report) -> Evidence:
    """The claim to annotate: a side the ledger refutes, else one from a source the
    baseline has not seen (the new drop), else the last in path order."""
    refuted = [c for c in f.claims if c.ledger == "refuted"]
    if refuted:
        return refuted[0]
    if report.baseline is not None:
        new = set(report.baseline.new_sources)
        fresh = [c for c in f.claims if c.path in new]
        if fresh:
            return fresh[0]
    return max(f.claims, key=lambda c: (c.path, c.line))


def others(f: Finding, here: Evidence) -> list[Evidence]:
    """The finding's other claims, one per distinct (path, line)."""
    seen = {(here.path, here.line)}
    out = []
    for c in f.claims:
        if (c.path, c.line) not in seen:
            seen.add((c.path, c.line))
            out.append(c)
    return out


def message(f: Finding, here: Evidence, limit: int = 3) -> str:
    """One sentence for an annotation: the verdict, this side, the other sides."""
    if f.verdict == "forecast":
        due = f.due.isoformat() if f.due else "?"
        return f"overdue forecast (due {due}) by {here.outlet}: {here.text}"
    rest = others(f, here)
    sides = "; ".join(f"{c.value} by {c.outlet} at {c.path}:{c.line}" for c in rest[:limit])
    if len(rest) > limit:
        sides += f"; and {len(rest) - limit} more"
    text = f"{f.verdict}: {here.value} here by {here.outlet}"
    if f.verdict == "refuted" and f.ledger is not None:
        text += f"; verified {f.ledger.value} ({f.ledger.citation})"
    if sides:
        text += f"; but {sides}" if f.verdict == "contradicted" else f"; also {sides}"
    return f"{text} [finding {f.id}]"
