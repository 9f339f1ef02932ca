"""Build small aggregator pages for tests: a title, an outlet and a dated timeline."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


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


def write(folder: Path, name: str, text: str) -> Path:
    """Write one page (parents created) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


CLUSTER = "Meta completes its 350,000 H100 GPU cluster for AI training."
TETON = "Meta announces the Grand Teton open-source AI server platform."
