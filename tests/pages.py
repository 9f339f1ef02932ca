"""Build small aggregator pages for tests (a title, an outlet and a dated timeline), check
a folder of articles, and find the findings that quote given words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from factcheck.models import Finding, Report

AS_OF = dt.date(2026, 11, 23)


def page(title: str, outlet: str, events: Sequence[tuple[str, str]],
         forecasts: Sequence[str] = ()) -> str:
    """An aggregator page whose timeline holds `events` as (date, event) pairs."""
    lines = [title, "", f"Read original on {outlet}", "", "30-Second TL;DR", "",
             "What Changed", "", f"{title}.", "", "Key Takeaways", "",
             "  • The report covers infrastructure plans for the coming year.", "",
             "Future Implications", ""]
    lines += [*forecasts, ""] if forecasts else ["", ""]
    lines += ["Timeline", ""]
    for date, event in events:
        lines += [date, event]
    lines += [""]
    return "\n".join(lines)


def article(outlet: str, date: str | None, *lines: str) -> str:
    """A Markdown article: front matter naming its outlet (and its date, when given), then
    `lines`."""
    head = ["---", f"source: {outlet}", *([f"date: {date}"] if date else []), "---"]
    return "\n".join([*head, *lines]) + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    """Write one page (parents created) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def titled(title: str, body: str, day: int = 20) -> str:
    """A Markdown page with a title and a date in November 2026, then `body`."""
    return f"---\ntitle: {title}\ndate: 2026-11-{day}\n---\n\n{body}\n"


def write_all(folder: Path, pages: dict[str, str]) -> Path:
    """Write each page of `pages` (name -> text) into `folder` and return it."""
    for name, text in pages.items():
        write(folder, name, text)
    return folder


def values(folder: Path, verdict: str) -> list[set[str]]:
    """The values of each finding of `verdict` that checking `folder` gives (as of AS_OF),
    without a value's note ("~ count 500 ('Wednesday' unresolved: …)")."""
    from factcheck import check

    report = check([str(folder)], as_of=AS_OF)
    return [{c.value.split(" (", 1)[0] for c in f.claims} for f in report.findings
            if f.verdict == verdict]


CLUSTER = "Meta completes its 350,000 H100 GPU cluster for AI training."
TETON = "Meta announces the Grand Teton open-source AI server platform."


def run(tmp_path: Path, files: dict[str, str]) -> Report:
    """Write `files` into `tmp_path` and check the folder (as of AS_OF)."""
    from factcheck import check

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([str(tmp_path)], as_of=AS_OF)


def holding(report: Report, *spans: str) -> list[Finding]:
    """Findings with a claim quoting each span."""
    return [f for f in report.findings
            if all(any(s in c.text for c in f.claims) for s in spans)]
