"""Facts that are names: one name in one role on two pages corroborates; one sentence told
on two pages with two names in one place contradicts; a full name two pages give in
sentences telling nothing else corroborates; days and spelled-out numbers are no names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import check
from factcheck.extract.names import _frame, copy_claims
from factcheck.extract.numwords import is_spelled_number
from factcheck.load.discover import discover
from factcheck.match import _NameIndex, same_name
from factcheck.models import NameClaim
from factcheck.parallel import Config, extract_files

AS_OF = dt.date(2026, 11, 23)


def _write(folder: Path, pages: dict[str, tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, text) in pages.items():
        (folder / name).write_text(
            f"---\nsource: {outlet}\ndate: 2026-09-14\n---\n\n# Season news from the Orlen "
            f"Hall\n\n{text}\n", encoding="utf-8")


def _findings(folder: Path, verdict: str) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings
            if f.kind == "name" and f.verdict == verdict]


def _names(folder: Path) -> set[str]:
    _, per, _ = extract_files(discover([str(folder)]), config=Config((), (), None))
    return {c.name for claims in per for c in claims if isinstance(c, NameClaim)}


def test_one_conductor_on_two_pages_is_corroborated(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "The orchestra said conductor Ilse Varnholt would lead "
                 "the opening night."),
        "b.md": ("Harlow Review", "Tickets sold quickly after conductor Ilse Varnholt was "
                 "announced for the autumn tour."),
    })
    assert {"Ilse Varnholt"} in _findings(tmp_path, "corroborated")
    assert _findings(tmp_path, "contradicted") == []


def test_one_sentence_with_two_finders_is_contradicted(tmp_path: Path) -> None:
    sentence = ("The museum said its night guard {} found the stolen canvas behind a "
                "boiler in the east wing.")
    _write(tmp_path, {
        "a.md": ("Brenvik Post", sentence.format("Otto Brenner")),
        "b.md": ("Harlow Review", sentence.format("Kasimir Dahl")),
        "c.md": ("Quay Gazette", sentence.format("Otto Brenner")),
    })
    clashes = _findings(tmp_path, "contradicted")
    assert len(clashes) == 1
    assert {"Otto Brenner", "Kasimir Dahl"} <= clashes[0]


def test_two_judges_in_two_sentences_do_not_clash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Judge Petra Lindqvist heard the first motion in the "
                 "tenancy case on Monday morning."),
        "b.md": ("Harlow Review", "Judge Arvo Kasemets will hear the appeal in the tenancy "
                 "case after the winter recess."),
    })
    assert _findings(tmp_path, "contradicted") == []


def test_a_page_telling_both_names_alike_is_a_list(tmp_path: Path) -> None:
    # one page gives the same sentence for two people: two things told alike, no clash
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "The court appointed Petra Lindqvist to review the sealed "
                 "evidence in the tenancy case.\n\nThe court appointed Arvo Kasemets to "
                 "review the sealed evidence in the tenancy case."),
        "b.md": ("Harlow Review", "The court appointed Arvo Kasemets to review the sealed "
                 "evidence in the tenancy case."),
    })
    assert _findings(tmp_path, "contradicted") == []


def test_a_short_frame_tells_no_role() -> None:
    # "X said." tells too little to say two names fill one role
    assert _frame("Ilse Varnholt said.", 0, len("Ilse Varnholt")) == ""
    sent = "The orchestra named Ilse Varnholt its principal guest conductor for the season."
    at = sent.index("Ilse")
    other = sent.replace("Ilse Varnholt", "Marek Olafsen")
    assert _frame(sent, at, at + len("Ilse Varnholt")) == _frame(
        other, at, at + len("Marek Olafsen")) != ""
    assert copy_claims([], sent) == []


def test_a_full_name_given_on_two_pages_corroborates(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Harwick Conservatory has lent the orchestra its "
                 "rehearsal rooms."),
        "b.md": ("Harlow Review", "Harwick Conservatory has opened its rehearsal rooms to "
                 "the players."),
    })
    assert {"Harwick Conservatory"} in _findings(tmp_path, "corroborated")


def test_a_name_its_owner_is_told_before_is_a_name_too(tmp_path: Path) -> None:
    # "Brenvik's Harwick Conservatory": the town's, and a name of its own
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Brenvik's Harwick Conservatory has lent the orchestra "
                 "its rehearsal rooms."),
        "b.md": ("Harlow Review", "Harwick Conservatory has opened its rehearsal rooms to "
                 "the players."),
    })
    assert {"Harwick Conservatory"} in _findings(tmp_path, "corroborated")


def test_a_name_in_sentences_that_clash_corroborates_nothing(tmp_path: Path) -> None:
    # the two sentences disagree on the tickets: agreeing on the name they give beside
    # the figure would hide that
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Harwick Conservatory sold 1,240 tickets for its 2026 gala."),
        "b.md": ("Harlow Review", "Harwick Conservatory sold 1,480 tickets for its 2026 gala."),
    })
    assert [f.kind for f in check([str(tmp_path)], AS_OF).findings
            if f.verdict == "contradicted"] == ["figure"]
    assert not any("Harwick Conservatory" in f for f in _findings(tmp_path, "corroborated"))


def test_a_name_in_sentences_that_clash_corroborates_no_role(tmp_path: Path) -> None:
    # a third page tells the conservatory in a role: the two clashing sentences give its
    # name beside their figures, and confirm the role no more than the name alone
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Harwick Conservatory sold 1,240 tickets for its 2026 gala."),
        "b.md": ("Harlow Review", "Harwick Conservatory sold 1,480 tickets for its 2026 gala."),
        "c.md": ("Orlen Weekly", "Harwick Conservatory, the market leader in music "
                 "tuition, opened its doors to the public."),
    })
    report = check([str(tmp_path)], AS_OF)
    assert [f.kind for f in report.findings if f.verdict == "contradicted"] == ["figure"]
    clashing = {"a.md", "b.md"}
    assert not any(c.source in clashing for f in report.findings
                   if f.kind == "name" and f.verdict == "corroborated" for c in f.claims)


def test_a_name_given_in_passing_beside_other_news_corroborates(tmp_path: Path) -> None:
    # the operator is named beside a figure on one page and in a quote on the other
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "The barge Tolvik, operated by Marren Shipping, was "
                 "carrying 212 containers when it grounded."),
        "b.md": ("Harlow Review", "\"We are grateful to the lock keepers,\" Marren Shipping "
                 "said in a statement on the grounding."),
    })
    assert {"Marren Shipping"} in _findings(tmp_path, "corroborated")
    assert not _findings(tmp_path, "contradicted")


def test_a_name_in_a_dated_sentence_is_a_mention_of_its_own(tmp_path: Path) -> None:
    # a date's sentence is not all of it the date's news: the firm named in it is
    # mentioned as on any page
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Halvorsen Marine's survey ship Tern docked at Skellig "
                 "Quay on 12 September after a month at sea."),
        "b.md": ("Harlow Review", "The reef off Skellig was mapped in a month of work by "
                 "Halvorsen Marine's second survey crew."),
    })
    assert {"Halvorsen Marine"} in _findings(tmp_path, "corroborated")
    assert not _findings(tmp_path, "contradicted")


def test_a_name_in_a_prediction_is_a_mention_of_its_own(tmp_path: Path) -> None:
    # a plan's sentence names the works that build its trains: a name all the same
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "The new carriages will be built by Kaldera Works, whose "
                 "plant at Orvik will begin the order next spring."),
        "b.md": ("Harlow Review", "The order went to Kaldera Works, which also supplied "
                 "the trams."),
    })
    assert {"Kaldera Works"} in _findings(tmp_path, "corroborated")


@pytest.mark.parametrize(("word", "number"), [
    ("Two", True), ("Thirty-seven", True), ("Seventh", True), ("Harwick", False),
    ("Varnholt", False),
])
def test_spelled_numbers(word: str, number: bool) -> None:
    assert is_spelled_number(word) is number


def test_days_and_spelled_numbers_are_no_names(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": ("Brenvik Post", "Thirty-seven players signed the letter.\n\nThursday's "
                 "rehearsal was cancelled, the orchestra said.\n\nTwo were absent.\n\n"
                 "On Friday Ilse Varnholt said the tour would go ahead."),
    })
    names = _names(tmp_path)
    assert not names & {"Thirty-seven", "Thursday", "Two", "Friday", "Friday Ilse Varnholt"}
    assert "Ilse Varnholt" in names


def test_a_sentence_told_with_many_names_is_a_template(tmp_path: Path) -> None:
    sentence = "A spokesperson for {} declined to comment on the gala programme."
    _write(tmp_path, {
        "a.md": ("Brenvik Post", sentence.format("Orlen Events")),
        "b.md": ("Harlow Review", sentence.format("Saltmarsh Tickets")),
        "c.md": ("Quay Gazette", sentence.format("Velder Staging")),
    })
    assert _findings(tmp_path, "contradicted") == []


def test_one_outlet_telling_a_sentence_with_two_names_repeats_itself(tmp_path: Path) -> None:
    sentence = "A spokesperson for {} declined to comment on the gala programme."
    _write(tmp_path, {
        "a.md": ("Brenvik Post", sentence.format("Orlen Events")),
        "b.md": ("Brenvik Post", sentence.format("Saltmarsh Tickets")),
    })
    assert _findings(tmp_path, "contradicted") == []


def test_two_places_of_one_slot_in_one_sentence_never_clash(tmp_path: Path) -> None:
    # which of two names fills a slot ("landed at") is for a person to judge
    sentence = "The orchestra's chartered plane landed at {} late on the first night."
    _write(tmp_path, {
        "a.md": ("Brenvik Post", sentence.format("Harlow Cross")),
        "b.md": ("Harlow Review", sentence.format("Quay Marsh")),
    })
    assert _findings(tmp_path, "contradicted") == []


_WORD = st.sampled_from(["Marren", "Shipping", "Tolvik", "Lines", "Hessa", "Port",
                         "Orlen", "Hall", "A", "B"])


@given(st.lists(st.lists(_WORD, min_size=1, max_size=8).map(" ".join), max_size=12),
       st.lists(_WORD, min_size=1, max_size=8).map(" ".join))
def test_the_name_index_finds_what_comparing_every_name_finds(
        filed: list[str], name: str) -> None:
    index = _NameIndex()
    for n, other in enumerate(filed):
        index.add(other, n)
    assert index.holding(name) == {n for n, other in enumerate(filed)
                                   if same_name(name, other)}
