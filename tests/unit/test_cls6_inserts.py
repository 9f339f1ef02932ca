"""A piece set between commas after a clause's subject ("The museum's winning bid,
placed by telephone, was €1.4 million") tells of the subject: the figure after the verb
is the subject's, as if the piece were not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.measures import without_insert
from pages import article, holding, run


@pytest.mark.parametrize("sent", [
    "The museum's winning bid, placed by telephone, was €1.4 million.",
    "The new footbridge, which opened in April, is 340 metres long.",
    "Ticket sales, excluding group bookings, rose 12% in the season.",
])
def test_a_piece_between_subject_and_verb_is_set_aside(sent: str) -> None:
    bare = without_insert(sent, sent.index(next(c for c in sent if c.isdigit())))
    assert len(bare) == len(sent)
    assert "," not in bare.split(" was ")[0].split(" is ")[0].split(" rose ")[0]


@pytest.mark.parametrize("sent", [
    # the figure counts the verb's object, not a measure of the subject
    "The curator, who flew in from Lyon, thanked the 40 volunteers.",
    # the clause after the piece has a subject of its own
    "The auction, held on Friday, it was said, raised €2 million.",
    # a clause before the piece: it is no subject's aside
    "Bidding opened at noon; the sale, held by phone, raised €3 million.",
])
def test_a_piece_is_kept_where_it_is_no_aside(sent: str) -> None:
    at = sent.index(next(c for c in sent if c.isdigit()))
    assert without_insert(sent, at) == sent


def _bids(first: str, second: str) -> dict[str, str]:
    return {
        "a.md": article("Saleroom Gazette", "2026-04-18", "# Orrery goes to Harwick museum",
                        f"The Harwick museum's winning bid, placed by telephone, was €{first} "
                        "million for the brass orrery."),
        "b.md": article("Collectors Weekly", "2026-04-18", "# Harwick buys the orrery",
                        f"The Harwick museum's winning bid, placed by telephone, was €{second} "
                        "million for the brass orrery."),
    }


def test_one_measure_told_past_an_aside_agrees(tmp_path: Path) -> None:
    report = run(tmp_path, _bids("1.4", "1.4"))
    agreed = [f for f in holding(report, "winning bid") if f.kind == "figure"]
    assert [f.verdict for f in agreed] == ["corroborated"]


def test_one_measure_told_past_an_aside_clashes(tmp_path: Path) -> None:
    report = run(tmp_path, _bids("1.4", "4.1"))
    clashed = [f for f in holding(report, "winning bid") if f.verdict == "contradicted"]
    assert clashed and {c.value for c in clashed[0].claims} == {"EUR 1400000", "EUR 4100000"}


def test_two_subjects_past_their_asides_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: the aside is set aside, not the subject: a lighthouse and its
    keeper's cottage are two things however alike their asides."""
    report = run(tmp_path, {
        "a.md": article("Coast Heritage", "2026-06-02", "# Skarn light restored",
                        "The Skarn lighthouse, restored in 2019, is 38 metres tall."),
        "b.md": article("Harbour Notes", "2026-06-02", "# Skarn cottage reopens",
                        "The keeper's cottage at Skarn, restored in 2019, is 12 metres tall."),
    })
    assert report.summary.contradicted == 0
