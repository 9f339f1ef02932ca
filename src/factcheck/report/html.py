"""Self-contained HTML report: a timeline per outlet, the verdict table and the sources.

One file with its style, script and pictures inline and a Content-Security-Policy that
allows nothing but them, so opening it makes no request.  Every piece of article text goes
through Jinja2's autoescaping; the page's own script and style are allowed by hash, so even
markup that slipped through could not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, ClassVar

from factcheck.models import VERDICT_ORDER, Finding, Report

if TYPE_CHECKING:
    from jinja2 import Environment, Template

#: Findings shown with every quote in full before the rest of a finding's claims fold away.
QUOTED_CLAIMS = 6
#: Above this many findings the single-source ones are listed compactly (one line each),
#: so a report of thousands of articles stays a few megabytes.  Nothing is dropped.
COMPACT_AFTER = 3000
#: Longest subject kept in compact single-source lists, characters.
COMPACT_SUBJECT = 24
#: Quotes shown in full per finding in a compact report (the other claims as references).
COMPACT_QUOTED = 2
#: Longest quote in a timeline mark's tooltip in a compact report, characters.
COMPACT_TOOLTIP_QUOTE = 120
#: Most marks the timeline draws; a bigger chart draws the most telling first.
MAX_MARKS = 2500

VERDICT_LABEL = {
    "contradicted": "contradicted",
    "refuted": "refuted",
    "corroborated": "corroborated",
    "confirmed": "confirmed",
    "forecast": "forecast",
    "unverified": "single source",
}


def _asset(name: str) -> str:
    return resources.files("factcheck.report").joinpath("templates", name).read_text("utf-8")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # Imported here: jinja2 is needed only when an HTML report is written (fast --help).
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    return env


@lru_cache(maxsize=1)
def _template() -> Template:
    return _environment().from_string(_asset("report.html.j2"))


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _sources_of(f: Finding) -> str:
    """Source ids of a finding for the filter, as a JSON list (an id may hold any printable
    character, '/' included: a folder prepended to tell two files of one name apart)."""
    return json.dumps(list(dict.fromkeys(c.source for c in f.claims)), ensure_ascii=False,
                      separators=(",", ":"))


def _sides(f: Finding, most: int = 3) -> list[Any]:
    """Claims to quote in a compact row: one per distinct value (both sides of a
    contradiction), at most `most`."""
    seen: dict[str, Any] = {}
    for c in f.claims:
        seen.setdefault(c.value, c)
    return list(seen.values())[:most]


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class HtmlReporter:
    """One self-contained HTML page: timeline, verdict table, sources."""

    name: ClassVar[str] = "html"
    suffix: ClassVar[str] = "html"

    def render(self, report: Report) -> str:
        from factcheck.report.table import summary_line
        from factcheck.report.timeline import PROVENANCE_LABEL, layout

        style, script = _asset("report.css"), _asset("report.js")
        template = _template()
        compact = len(report.findings) > COMPACT_AFTER
        shown = [f for f in report.findings if f.verdict != "unverified"]
        single = [f for f in report.findings if f.verdict == "unverified"]
        outlets: dict[str, str] = {s.id: s.outlet or "" for s in report.sources}
        # Compact single-source rows, worked out here (a tuple each) rather than by calls from
        # the template: 90k of them take a second less.  The template still escapes them.
        groups: dict[str, list[tuple[str, int, str, str]]] = {}
        if compact:
            for f in single:
                first = f.claims[0] if f.claims else None
                groups.setdefault(first.source if first else "", []).append((
                    f.id, first.line if first else 0, _shorten(f.subject, COMPACT_SUBJECT),
                    _sources_of(f) if len(f.claims) > 1 else ""))
        counts = {v: n for v in VERDICT_ORDER if (n := report.count(v))}
        timeline = layout(report, MAX_MARKS)
        context: dict[str, Any] = {
            "report": report,
            "title": f"factcheck report — as of {report.as_of.isoformat()}",
            "summary_line": summary_line(report),
            "timeline": timeline,
            "anchored": {m.finding for m in timeline.marks},
            "shown": shown,
            "single": single,
            "compact": compact,
            "tooltip_quote": COMPACT_TOOLTIP_QUOTE,
            "quoted": COMPACT_QUOTED if compact else QUOTED_CLAIMS,
            "single_groups": sorted(groups.items()),
            "verdicts": list(counts),
            "counts": counts,
            "verdict_label": VERDICT_LABEL,
            "provenance_label": PROVENANCE_LABEL,
            "sources_of": _sources_of,
            "shorten": _shorten,
            "sides": _sides,
            "outlets": outlets,
            "style": style,
            "script": script,
            "csp": (f"default-src 'none'; style-src {_csp_hash(style)}; "
                    f"script-src {_csp_hash(script)}; img-src data:; "
                    "base-uri 'none'; form-action 'none'"),
        }
        return template.render(context)
