"""A grammar skipped where a cheap test says it cannot match finds what trying it
everywhere finds."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import dates
from factcheck.extract.elision import labelled
from factcheck.extract.figures import find_figures
from factcheck.extract.numwords import digitise

REF = dt.date(2025, 6, 18)

# one sentence per way a period can open, in fields of their own
SENTENCES = [
    "The ferry line resumed sailings on 14 February 2025 after the storm.",
    "Harvest estimates for FY26 and fiscal year 2027 were cut by the grain board.",
    "The theatre reported 3Q25 ticket sales and a 1H26 outlook on Tuesday.",
    "Rainfall in Q3/Q4 2024 was the wettest since records began, the bureau said.",
    "The mine expects first ore by the second half of next year.",
    "Dockers walked out yesterday; talks resume tomorrow and again on Friday's shift.",
    "The tennis club's courts reopen in mid-2026, before the end of May, or in autumn 2025.",
    "Flights were grounded from late March until the beginning of the year-end holidays.",
    "The clinic saw 40 cases this quarter, up from last month, the coming week aside.",
    "Wheat rose 4% in the fourth quarter of 2024 and fell in the previous quarter.",
    "Crews worked through Dec. 28, into Jan 3 and past 2025-01-09T10 at the quarry.",
    "Nothing here is a date: the crew of nine sailed the Thamesford line.",
    "Über 2025 hinaus: the café's 3rd quarter, la saison d'été 2024, ended in Mai.",
    "the first-half 2026 target and midyear review; yearend 2025 and year end.",
]


def _every_token(text: str, ref: dt.date | None) -> list[dates.DateMatch]:
    """The date grammar tried at every token (what the scan did before it skipped)."""
    p = dates._Parser(text, ref)
    out: list[dates.DateMatch] = []
    i = 0
    while i < p.n:
        hit = p.match(i)
        if hit is None or hit.end <= i:
            i += 1
            continue
        if hit.spec is not None:
            start, end = p.starts[i], p.ends[hit.end - 1]
            out.append(dates.DateMatch(start, end, text[start:end], dates._resolve(hit.spec),
                                       hit.relative, hit.month_day))
        i = hit.end
    return out


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("ref", [REF, None])
def test_date_scan_skips_only_words_no_period_opens_with(text: str,
                                                          ref: dt.date | None) -> None:
    assert dates._scan(text, ref) == _every_token(text, ref)


def test_date_scan_still_reads_each_opening_word() -> None:
    found = [m.text for m in dates.find_dates(SENTENCES[5], REF)]
    assert found == ["yesterday", "tomorrow", "Friday"]
    assert [m.text for m in dates.find_dates(SENTENCES[1], REF)] == ["FY26",
                                                                     "fiscal year 2027"]


def test_labelled_counts_need_their_colon() -> None:
    text = "Wells closed by the drought: 112."
    got = labelled(text, find_figures(text))
    assert [(told, fig.noun) for told, fig in got] == [("112 Wells closed by the drought",
                                                       "wells")]
    assert labelled("Wells closed by the drought; 112.", []) == []


@pytest.mark.parametrize(("text", "digits"), [
    ("Half a percentage point off the freight rate.",
     "0.5 percentage points off the freight rate."),
    ("Tens of thousands of sheep were moved.", "more than 10,000 sheep were moved."),
    ("Twenty-five trawlers and a dozen tugs sailed.", "25 trawlers and 12 tugs sailed."),
    ("The café served forty-two guests.", "The café served 42 guests."),
    ("No number is written here at all.", "No number is written here at all."),
])
def test_digitise_reads_number_words_where_it_searches(text: str, digits: str) -> None:
    assert digitise(text) == digits
