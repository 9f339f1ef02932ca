"""Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY.

Two rules keep it usable on GitHub:

- **Inert.** Everything that comes from an article or a file name (paths, quotes,
  subjects, values, outlets, warnings) is put in a code span whose fence is longer than
  any run of back-ticks in the text, so image and link syntax, HTML tags, autolinks,
  @-mentions and back-ticks stay text. Pipes are escaped for table cells.
- **Small.** A comment holds at most 65,536 characters. Warnings repeated across files
  are listed once with a count; sections are filled in order of importance (new
  problems, files not checked, stale entries, accepted problems, notes, corroborated
  facts) until the budget is spent, and a last section says what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from factcheck.models import Finding, Report, Source
from factcheck.report.common import focus, problems

#: GitHub's limit for a comment (and a step summary shows no more usefully).
LIMIT = 65_536
#: Characters kept back for the closing note on what was left out.
_RESERVE = 1_500
#: Longest quote shown per claim, and files named per repeated warning.
QUOTE = 300
FILES_PER_WARNING = 5
#: At most this many distinct warnings, and stale entries, are listed.
GROUPS = 30
STALE = 100

_TICKS = re.compile(r"`+")


def code(text: str, cell: bool = True) -> str:
    """`text` as an inert one-line code span.

    The fence is one back-tick longer than the longest run inside; a space pads text
    that starts or ends with a back-tick or a space (CommonMark strips one each side).
    In a table `cell`, pipes are escaped (GFM splits cells before it reads code spans);
    elsewhere a code span shows a backslash as it is, so they are left alone.
    """
    text = " ".join(text.split())
    if cell:
        text = text.replace("|", "\\|")
    if not text:
        return "` `"
    fence = "`" * (max((len(m) for m in _TICKS.findall(text)), default=0) + 1)
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _short(text: str, limit: int = QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _evidence(f: Finding) -> str:
    parts = []
    for c in f.claims[:4]:
        mark = f" **{c.ledger}**" if c.ledger else ""
        parts.append(f"{code(f'{c.path}:{c.line}')} {code(c.outlet)}: **{code(c.value)}**"
                     f"{mark} — {code(_short(c.text))}")
    if len(f.claims) > 4:
        parts.append(f"… and {len(f.claims) - 4} more")
    return "<br>".join(parts)


def _row(f: Finding) -> str:
    verdict = f.verdict + (" (overdue)" if f.overdue else "")
    return (f"| {verdict} | {code(_short(f.subject))}<br><sub>{code(_short(f.explanation))} "
            f"· `{f.id}`</sub> | {_evidence(f)} |")


_HEAD = ["| verdict | what | evidence |", "|---|---|---|"]


_NUMBER = re.compile(r"\d+")


def _grouped(sources: Iterable[Source]) -> list[tuple[str, list[str]]]:
    """(warning, paths) with each kind of warning once, the most frequent first. Warnings
    that differ only in their numbers are one kind, shown with N for the numbers that
    differ ("repaired mojibake (…); N characters lost")."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for s in sources:
        for w in s.warnings:
            groups.setdefault(_NUMBER.sub("N", w), []).append((w, s.path))
    out = []
    for items in groups.values():
        first = items[0][0]
        numbers = list(zip(*(_NUMBER.findall(w) for w, _ in items), strict=True))
        text = _NUMBER.split(first)  # the words between the numbers
        for k, n in enumerate(numbers):
            text[k] += n[0] if len(set(n)) == 1 else "N"
        out.append(("".join(text), [p for _, p in items]))
    return sorted(out, key=lambda kv: (-len(kv[1]), kv[0]))


def _warning_line(warning: str, paths: list[str]) -> str:
    shown = ", ".join(code(p, cell=False) for p in paths[:FILES_PER_WARNING])
    more = f" and {len(paths) - FILES_PER_WARNING} more" if len(paths) > FILES_PER_WARNING else ""
    count = f" ({len(paths)} files)" if len(paths) > 1 else ""
    return f"- {code(warning, cell=False)}{count}: {shown}{more}"


def _capped(rows: list[str], cap: int, what: str) -> list[str]:
    """The first `cap` list items, and one that counts the rest."""
    if len(rows) <= cap:
        return rows
    return [*rows[:cap], f"- … and {len(rows) - cap} {what}"]


def _cost(lines: Iterable[str]) -> int:
    return sum(len(ln) + 1 for ln in lines)


class _Budget:
    """Lines added while they fit in the limit; what did not fit is counted by section."""

    #: Room kept in every section for its "… N more not shown." line.
    NOTE = 40

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.left_out: list[str] = []

    def section(self, title: str, intro: list[str], rows: list[str], what: str,
                close: tuple[str, ...] = ()) -> list[str]:
        """A heading, its rows as far as they fit in order, and its closing lines."""
        if not rows:
            return []
        head, end = [title, "", *intro], [*close, ""]
        if self.size + _cost(head) + _cost(end) + _cost(rows[:1]) + self.NOTE > self.limit:
            self.left_out.append(f"{len(rows)} {what}")
            return []
        out = list(head)
        size = self.size + _cost(head)
        shown = 0
        for row in rows:
            if size + len(row) + 1 + _cost(end) + self.NOTE > self.limit:
                break
            out.append(row)
            size += len(row) + 1
            shown += 1
        if shown < len(rows):
            self.left_out.append(f"{len(rows) - shown} of {len(rows)} {what}")
            out += ["", f"… {len(rows) - shown} more not shown."]
        out += end
        self.size = size + _cost(out[len(head) + shown:])
        return out


class MarkdownReporter:
    """New problems first, then unusable files, stale entries, accepted problems, notes on
    checked files and the corroborated facts; under GitHub's comment limit."""

    name: ClassVar[str] = "markdown"
    suffix: ClassVar[str] = "md"
    limit: int = LIMIT

    def render(self, report: Report) -> str:
        from factcheck.report.table import summary_line

        new = problems(report)
        accepted = [f for f in problems(report, include_accepted=True) if f not in new]
        head = "no new problems" if not new else (
            f"{len(new)} new problem{'s' if len(new) != 1 else ''}")
        top = [f"## factcheck: {head}", "",
               f"As of {report.as_of.isoformat()}: {summary_line(report)}.", ""]
        if report.baseline is not None and report.baseline.rematched:
            top += [f"{report.baseline.rematched} accepted findings were recognised by their "
                    "quoted claims only: their ids changed (a new factcheck version?). Run "
                    + code(f"factcheck baseline PATHS -o {report.baseline.path} --update",
                           cell=False)
                    + " to carry the baseline over to the new ids.", ""]
        out = _Budget(self.limit - _RESERVE - _cost(top))
        # the short lists first (each capped), so a flood of problems cannot push them out;
        # then the tables in order of importance. Printed in reading order.
        unchecked = out.section(
            "### Files not checked", [],
            _capped([_warning_line(w, p) for w, p in _grouped(
                s for s in report.sources if not s.checked)], GROUPS, "other warnings"),
            "warnings on files not checked")
        stale: list[str] = []
        if report.baseline is not None:
            stale = out.section(
                "### Stale baseline entries",
                [f"These entries of {code(report.baseline.path, cell=False)} match nothing now; "
                 "remove them with `factcheck baseline`.", ""],
                _capped([f"- `{e.id}` {e.verdict}: {code(_short(e.subject, 120), cell=False)}"
                         for e in report.baseline.stale], STALE, "stale entries"),
                "stale baseline entries")
        noted = [s for s in report.sources if s.checked and s.warnings]
        notes = out.section(
            f"### Notes ({len(noted)} checked file{'s' if len(noted) != 1 else ''})",
            ["Checked files with a note (a repaired or re-encoded text, ignored front "
             "matter).", ""],
            _capped([_warning_line(w, p) for w, p in _grouped(noted)], GROUPS,
                    "other notes"), "notes")
        review = out.section("### Needs review", _HEAD, [_row(f) for f in sorted(
            new, key=lambda f: (f.verdict != "refuted", focus(f, report).path))],
            "new problems")
        known = out.section(f"### Accepted in the baseline ({len(accepted)})", _HEAD,
                            [_row(f) for f in accepted], "accepted problems")
        settled = [f for f in report.findings if f.verdict in {"corroborated", "confirmed"}]
        good = out.section(f"<details><summary>Corroborated and confirmed ({len(settled)})"
                           "</summary>", _HEAD, [_row(f) for f in settled],
                           "corroborated and confirmed findings", close=("", "</details>"))
        lines = [*top, *review, *unchecked, *stale, *known, *notes, *good]
        if out.left_out:
            lines += ["### Left out", "",
                      f"This report stops under {self.limit:,} characters (GitHub's comment "
                      "limit). Not shown: " + "; ".join(out.left_out) + ". "
                      "`--format json` or `--format html` has everything.", ""]
        return "\n".join(lines)
