"""SARIF 2.1.0 for code scanning: one result per problem, tracked across runs by finding id."""

from __future__ import annotations

import json
import os
from typing import Any, ClassVar
from urllib.parse import quote

from factcheck.models import Evidence, Finding, Report
from factcheck.report.common import focus, level, message, others, problems

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/factcheck/factcheck"
FINGERPRINT = "factcheckFindingId/v1"

#: Stable rule ids, one per kind of problem; never renumber.
RULES: dict[str, tuple[str, str, str]] = {
    "contradicted": ("FC001", "SourcesContradict",
                     "Two sources state incompatible values for one fact."),
    "refuted": ("FC002", "LedgerRefutes",
                "A claim disagrees with a fact verified in the editor's ledger."),
    "overdue": ("FC003", "ForecastOverdue",
                "A forecast whose deadline has passed; check whether it came true."),
}


def _rule_key(f: Finding) -> str:
    return f.verdict if f.verdict in {"contradicted", "refuted"} else "overdue"


def uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative, absolute become file:."""
    posix = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return "file://" + quote(posix)
    return quote(posix)


def text(s: str) -> str:
    """Plain message text: brackets escaped, so article text never reads as an embedded
    link (`[text](1)` points at a related location in SARIF messages)."""
    return s.replace("[", "\\[").replace("]", "\\]")


def _location(c: Evidence, ident: int | None = None, note: str | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": uri(c.path)},
        "region": {"startLine": max(c.line, 1), "snippet": {"text": c.text}},
    }}
    if ident is not None:
        loc["id"] = ident
    if note:
        loc["message"] = {"text": text(note)}
    return loc


class SarifReporter:
    """A SARIF 2.1.0 log with one run."""

    name: ClassVar[str] = "sarif"
    suffix: ClassVar[str] = "sarif"

    def render(self, report: Report) -> str:
        order = list(RULES)
        results = []
        for f in problems(report, include_accepted=True):
            here = focus(f, report)
            key = _rule_key(f)
            result: dict[str, Any] = {
                "ruleId": RULES[key][0],
                "ruleIndex": order.index(key),
                "level": level(f),
                "message": {"text": text(message(f, here))},
                "locations": [_location(here)],
                "partialFingerprints": {FINGERPRINT: f.id},
                "properties": {"verdict": f.verdict, "kind": f.kind, "subject": f.subject,
                               "outlets": f.outlets},
            }
            related = [_location(c, i + 1, f"{c.value} by {c.outlet}")
                       for i, c in enumerate(others(f, here))]
            if related:
                result["relatedLocations"] = related
            if f.baseline is not None:
                result["baselineState"] = f.baseline
            results.append(result)
        driver = {
            "name": report.tool.name,
            "version": report.tool.version,
            "semanticVersion": report.tool.version,
            "informationUri": INFO_URI,
            "rules": [{
                "id": rid,
                "name": name,
                "shortDescription": {"text": text},
                "defaultConfiguration": {"level": "warning" if key == "overdue" else "error"},
                "properties": {"verdict": key},
            } for key, (rid, name, text) in RULES.items()],
        }
        run: dict[str, Any] = {
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"asOf": report.as_of.isoformat(),
                           "summary": report.summary.model_dump()},
        }
        if report.baseline is not None:
            run["properties"]["staleBaselineEntries"] = [e.id for e in report.baseline.stale]
        doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
