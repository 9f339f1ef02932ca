"""Property tests for start years of long ago (factcheck.extract.events.start_events): a
year before the date grammar's, after a start verb, dates one start; a count, a range or
a decimal after the verb dates none."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import TimelineClaim

SETTINGS = settings(derandomize=True, deadline=None, max_examples=60)
VERBS = st.sampled_from(["founded", "built", "established", "laid", "opened"])
NOUNS = st.sampled_from(["abbey", "bridge", "guild", "harbour wall", "college"])


def _starts(sentence: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.md"
        path.write_text(f"---\ntitle: Town history\ndate: 2026-11-20\n---\n\n{sentence}\n",
                        encoding="utf-8")
        return [c.date.value for c in extract(load_one(str(path), str(path)))
                if isinstance(c, TimelineClaim) and c.began]


@SETTINGS
@given(noun=NOUNS, verb=VERBS, year=st.integers(min_value=1000, max_value=1899))
def test_a_year_of_long_ago_after_a_start_verb_dates_one_start(noun: str, verb: str,
                                                               year: int) -> None:
    assert _starts(f"The {noun}, {verb} in {year}, still stands.") == [f"{year:04d}"]


@SETTINGS
@given(noun=NOUNS, verb=VERBS, year=st.integers(min_value=1000, max_value=1899),
       tail=st.sampled_from([",500 homes", ".5 metres", "-1910", " to 1910"]))
def test_no_count_range_or_decimal_is_a_start_year(noun: str, verb: str, year: int,
                                                   tail: str) -> None:
    assert _starts(f"The {noun}, {verb} in {year}{tail}, still stands.") == []
