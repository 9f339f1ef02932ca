"""A tag that is a year with letters ("#Expo2031") leaves no name once its year is read
as a year: the sentence is read on, never an error that loses the page's claims."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import check


def test_a_year_tag_loses_no_claim(tmp_path: Path) -> None:
    (tmp_path / "thread.txt").write_text(
        "Expo Watch @expowatch · 2h\n"
        "The Harrowgate pavilion drew 41,000 visitors on its first Sunday. #Expo2031\n\n"
        "Queues of three hours at the north gate, organisers say. #Expo2031 #Harrowgate\n",
        "utf-8")
    report = check([str(tmp_path)], as_of=dt.date(2026, 12, 1))
    (source,) = report.sources
    assert not [w for w in source.warnings if "internal error" in w]
    values = {e.value for f in report.findings for e in f.claims}
    assert any(v.startswith("count 41000") for v in values)
