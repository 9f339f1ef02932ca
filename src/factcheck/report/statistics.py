"""`--statistics`: how many findings of each verdict and kind, instead of the report."""

from __future__ import annotations

from collections import Counter

from factcheck.models import VERDICT_ORDER, Report


def statistics(report: Report) -> str:
    """One line per verdict and kind with its count, problems first; overdue forecasts
    and forecasts without a deadline counted apart; then the total."""
    counts: Counter[tuple[str, str]] = Counter()
    for f in report.findings:
        verdict: str = f.verdict
        if f.overdue:
            verdict = "forecast (overdue)"
        elif f.verdict == "forecast" and f.due is None:
            verdict = "forecast (no deadline)"
        counts[verdict, f.kind] += 1
    order = {v: n for n, v in enumerate(
        ["refuted", "contradicted", "forecast (overdue)",
         *(v for v in VERDICT_ORDER if v not in {"refuted", "contradicted", "forecast",
                                                "unverified"}),
         "forecast", "forecast (no deadline)", "unverified"])}
    rows = sorted(counts.items(), key=lambda kv: (order[kv[0][0]], -kv[1], kv[0][1]))
    width = max([len(str(n)) for _, n in rows] + [len(str(len(report.findings)))])
    vwidth = max([len(v) for (v, _), _ in rows] + [len("total")])
    lines = [f"{n:>{width}}  {v:<{vwidth}}  {k}" for (v, k), n in rows]
    lines.append(f"{len(report.findings):>{width}}  total")
    return "\n".join(lines) + "\n"
