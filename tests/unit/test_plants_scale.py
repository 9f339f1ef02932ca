"""Contradictions planted in many stories told alike: what a wire dateline, the page's
outlet, a name between a figure and its verb, and a story about one name mean for
identity (fields: shipping, weather, farming, courts, local elections, chess)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract import extract
from factcheck.lexicon import load_lexicon
from factcheck.load import load_one
from factcheck.match import _sentence_names
from factcheck.models import FigureClaim, Report

AS_OF = dt.date(2026, 11, 23)


def _wire(title: str, city: str, outlet: str, sentences: list[str]) -> str:
    """A wire story: headline, byline, the dateline before the first sentence."""
    body = [f"{city} ({outlet}) - {sentences[0]}", *sentences[1:]]
    return "\n\n".join([title, "By Staff Writer", *body,
                        f"(Reporting for {outlet}; editing by staff)"]) + "\n"


def _check(folder: Path, pages: dict[str, str]) -> Report:
    """Each page in a folder of its own, as in an archive of many stories (a folder of a
    few pages is read as one event's)."""
    for name, text in pages.items():
        (folder / name.partition(".")[0]).mkdir(parents=True, exist_ok=True)
        (folder / name.partition(".")[0] / name).write_text(text, encoding="utf-8")
    return check([str(folder)], AS_OF)


def _figures(tmp_path: Path, text: str) -> list[FigureClaim]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = load_one(str(path), path.name)
    return [c for c in extract(article) if isinstance(c, FigureClaim)]


def _contradicted(report: Report) -> list[set[str]]:
    """The files of each contradicted finding."""
    return [{Path(c.path).name for c in f.claims} for f in report.findings
            if f.verdict == "contradicted"]


# --- a wire dateline and the page's outlet name nothing the story tells of ---------


def test_a_dateline_names_no_thing_of_its_sentence() -> None:
    names = _sentence_names("ROTTERDAM (Harbour Post) - A $40 million levy was imposed on "
                            "Tornby Shipping.")
    assert "harbour post" not in names and "post" not in names
    assert "tornby shipping" in names


def test_the_outlet_is_not_what_its_page_is_about(tmp_path: Path) -> None:
    text = _wire("Tornby ferry opens", "OSLO", "Harbour Post",
                 ["Tornby Lines opened the Skavik ferry route on March 3, 2025.",
                  "The Skavik route carries 400 cars a day, Tornby Lines said."])
    figs = _figures(tmp_path, text)
    assert figs and all("Harbour Post" not in c.topic for c in figs)
    assert any("Tornby Lines" in c.topic for c in figs)


def test_one_outlets_stories_of_one_firm_and_day_stay_apart(tmp_path: Path) -> None:
    """Two shipping stories filed by one outlet, one firm, one day, two named terminals:
    one outlet's dateline and the day do not make them one event; the terminal whose
    opening one page moves is the contradiction, the other story none."""
    pages = {}
    for i, outlet in enumerate(("Harbour Post", "Quay Daily", "Dock Wire")):
        day = "June 9, 2025" if i != 1 else "August 9, 2025"
        pages[f"{i}_velquist.txt"] = _wire(
            "Maersk terminal opens", "ROTTERDAM", outlet,
            [f"On {day}, Maersk opened the Velquist container terminal in Norway.",
             "Local officials welcomed the investment."])
    for i, outlet in enumerate(("Harbour Post", "Quay Daily")):
        pages[f"{i + 3}_brannock.txt"] = _wire(
            "Maersk depot opens", "ROTTERDAM", outlet,
            ["On June 9, 2025, Maersk opened the Brannock rail depot in Spain.",
             "The company did not say how many people it would hire."])
    report = _check(tmp_path / "ports", pages)
    found = _contradicted(report)
    assert any({"0_velquist.txt", "1_velquist.txt"} <= files for files in found)
    assert not any(any("brannock" in x for x in files) for files in found)


# --- a name between a figure and the verb or noun that tells it -------------------


@pytest.mark.parametrize(("text", "predicate"), [
    ("The tribunal fined Korvath Shipping $12 million.", "fine"),
    ("Judges set the fine for Brennick Farms at $3 million.", "fine"),
    ("The levy on Brennick Farms was $3 million.", "levy"),
    ("The insurer paid Halvard Mills $8 million.", "fee"),  # money paid: its fee
])
def test_a_name_before_the_figure_leaves_its_predicate(tmp_path: Path, text: str,
                                                       predicate: str) -> None:
    figs = _figures(tmp_path, f"Ruling\n\n{text}\n")
    assert [c.predicate for c in figs] == [predicate]


def test_a_name_with_nothing_before_it_tells_no_predicate(tmp_path: Path) -> None:
    figs = _figures(tmp_path, "Note\n\nKorvath Shipping $12 million.\n")
    assert all(not c.predicate for c in figs)


# --- people moved out of a danger's way are evacuated ------------------------------


@pytest.mark.parametrize("text", [
    "Coastguards moved 3,000 people out of the path of Cyclone Pellaro.",
    "In all, 3,000 people fled Cyclone Pellaro.",
    "Cyclone Pellaro forced 3,000 people to leave their homes.",
    "Authorities evacuated 3,000 residents ahead of Cyclone Pellaro.",
])
def test_ways_of_telling_an_evacuation_measure_one_thing(tmp_path: Path, text: str) -> None:
    figs = _figures(tmp_path, f"Cyclone\n\n{text}\n")
    assert [(c.metric, c.predicate) for c in figs] == [("evacuated", "evacuated")]


def test_moving_goods_is_no_evacuation(tmp_path: Path) -> None:
    figs = _figures(tmp_path, "Port\n\nDockers moved 3,000 containers on Monday.\n")
    assert [c.metric for c in figs] != ["evacuated"]


# --- a plural opening sentences is no name ------------------------------------------


def test_a_plural_that_only_opens_sentences_owns_no_figure(tmp_path: Path) -> None:
    text = _wire("Court fines Brennick Farms", "DUBLIN", "Field Courier",
                 ["Inspectors found Brennick Farms in breach on May 2, 2024.",
                  "Inspectors set the fine for Brennick Farms at $3 million."])
    figs = _figures(tmp_path, text)
    assert figs and all(c.owner != "Inspectors" and "Inspectors" not in c.topic
                        for c in figs)


# --- a story about one name ----------------------------------------------------------


def _cyclone(outlet: str, line: str) -> str:
    return _wire("Cyclone Pellaro nears the coast", "SUVA", outlet,
                 ["Cyclone Pellaro reached land near Lautoka on March 14, 2025.", line])


def test_pages_about_one_storm_clash_on_its_evacuations(tmp_path: Path) -> None:
    """Each page is about the storm alone; the one that triples the evacuations clashes
    with the others, whatever words each tells them in."""
    report = _check(tmp_path / "cyclone", {
        "a.txt": _cyclone("Reef Times", "Cyclone Pellaro displaced 12,000 people, the "
                                        "disaster agency said."),
        "b.txt": _cyclone("Island Post", "Evacuations ahead of Cyclone Pellaro reached "
                                         "12,000 people."),
        "c.txt": _cyclone("Lagoon Wire", "Coastguards moved 36,000 people out of the path "
                                         "of Cyclone Pellaro."),
    })
    assert any({"c.txt"} < files for files in _contradicted(report))


def test_two_regions_sharing_a_party_are_two_stories(tmp_path: Path) -> None:
    """A party's seats in two councils: each page is about its region and the party; the
    party alone does not make them one story."""
    def page(region: str, outlet: str, seats: int) -> str:
        return _wire(f"{region} votes", "LEEDS", outlet,
                     [f"{region} elected a new council on May 2, 2024.",
                      f"The Orchard Party won {seats} seats in {region}.",
                      f"Turnout in {region} was higher than expected."])
    report = _check(tmp_path / "councils", {
        "a.txt": page("Kelderby", "Dale Courier", 14),
        "b.txt": page("Morrow Vale", "Fell Gazette", 31),
    })
    assert not _contradicted(report)


# --- parts of an owner's whole, and verbs of one meaning ---------------------------


def test_a_part_of_an_owners_whole_counts_its_noun(tmp_path: Path) -> None:
    figs = _figures(tmp_path, "Council\n\nIn Kelderby, the Orchard Party took 14 of the "
                              "council's seats.\n")
    assert [(c.quantity.low, c.head) for c in figs] == [(14, "seats")]


def test_won_took_and_secured_are_one_predicate_of_a_count() -> None:
    verbs = load_lexicon().verbs
    assert verbs["won"] == verbs["took"] == verbs["secured"]
    assert "moved" not in verbs  # no verb of every meaning is folded


def test_a_council_count_told_by_another_verb_clashes(tmp_path: Path) -> None:
    def page(outlet: str, line: str) -> str:
        return _wire("Kelderby votes", "LEEDS", outlet,
                     ["Kelderby elected a new council on May 2, 2024.", line])
    report = _check(tmp_path / "kelderby", {
        "a.txt": page("Dale Courier", "The Orchard Party won 14 seats in the Kelderby "
                                      "council."),
        "b.txt": page("Fell Gazette", "The Orchard Party secured 14 seats in the new "
                                      "Kelderby council."),
        "c.txt": page("Moor Post", "In Kelderby, the Orchard Party took 28 of the "
                                   "council's seats."),
    })
    assert any({"c.txt"} < files for files in _contradicted(report))


# --- the prose corpus plants no moved date of a recurring event ---------------------


def test_recurring_events_are_planted_as_figures_only() -> None:
    """A rate decision or a quarterly report moved by months is another occurrence, not
    a contradiction: those fields plant scaled figures only."""
    import random

    import corpus_prose
    from shapes import Names

    stories = corpus_prose._stories(600, random.Random(7), Names(), 0.5)
    recurring = [s for s in stories if s.field.recurs and s.change]
    assert recurring and all(s.change == "figure" for s in recurring)
    assert any(s.change == "date" for s in stories if not s.field.recurs)
    assert {f.name for f in corpus_prose.FIELDS if f.recurs} == {"central-bank", "earnings"}


# --- a name of two words opening a sentence is the sentence's name -------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Tornby Holdings must pay a fine of $5 million.", "tornby holdings"),
    ("Kelvar Mills was ordered to pay $5 million.", "kelvar mills"),
    ("The Skavik terminal cost Maersk $2 billion.", "skavik"),  # past "The"
])
def test_an_opening_name_is_named_whole(text: str, name: str) -> None:
    names = _sentence_names(text)
    assert name in names
    assert not names & {"holdings", "mills"}  # no last word of a name on its own


def test_equal_fines_of_two_firms_stay_two_findings(tmp_path: Path) -> None:
    """Two insurers fined the same sum in two stories, each told in its own words; one
    page of the first doubles the fine: the clash holds that story's pages only."""
    def page(firm: str, outlet: str, line: str) -> str:
        return _wire(f"Court fines {firm}", "DUBLIN", outlet,
                     [f"A court in Cork ruled against {firm} on June 3, 2024.", line])
    report = _check(tmp_path / "fines", {
        "a_tornby.txt": page("Tornby Holdings", "Dale Courier",
                             "Tornby Holdings must pay a fine of $40 million."),
        "b_tornby.txt": page("Tornby Holdings", "Fell Gazette",
                             "The court fined Tornby Holdings $40 million."),
        "c_tornby.txt": page("Tornby Holdings", "Moor Post",
                             "Judges set the fine for Tornby Holdings at $80 million."),
        "d_kelvar.txt": page("Kelvar Holdings", "Dale Courier",
                             "Kelvar Holdings must pay a fine of $80 million."),
        "e_kelvar.txt": page("Kelvar Holdings", "Fell Gazette",
                             "The court fined Kelvar Holdings $80 million."),
    })
    found = _contradicted(report)
    assert any({"a_tornby.txt", "c_tornby.txt"} <= files for files in found)
    assert not any(any("kelvar" in x for x in files) for files in found)


def test_a_plural_opening_the_headline_owns_no_figure(tmp_path: Path) -> None:
    text = _wire("Inspectors fine Brennick Farms", "DUBLIN", "Field Courier",
                 ["On May 2, 2024, inspectors in Cork found Brennick Farms in breach.",
                  "Inspectors set the fine for Brennick Farms at $3 million."])
    figs = _figures(tmp_path, text)
    assert [c.owner for c in figs] == [""]


# --- a phrase fronted before the subject is its clause's context -------------------


def test_a_fronted_place_is_a_word_of_the_figures_context(tmp_path: Path) -> None:
    figs = _figures(tmp_path, "Council\n\nIn Kelderby, the Orchard Party took 14 of the "
                              "council's seats.\n")
    assert "kelderby" in figs[0].terms
    figs = _figures(tmp_path, "Council\n\nThe Orchard Party, which won in Kelderby, took "
                              "14 seats.\n")
    assert "kelderby" not in figs[0].terms  # a relative clause is no fronted phrase


# --- two happenings told in one firm's words, each naming its own thing -------------


def test_one_firms_two_sites_of_one_day_are_two_events(tmp_path: Path) -> None:
    """A grain co-op opens two named silos in two countries on one day, each told by
    its own outlets; one page moves the first opening: the clash holds the first silo's
    pages only (two happenings that name two things are not one event, however alike
    their words)."""
    def page(outlet: str, line: str) -> str:
        return _wire("Arla opens a grain silo", "AARHUS", outlet,
                     [line, "Local officials welcomed the investment."])
    report = _check(tmp_path / "silos", {
        "a_orvik.txt": page("Field Post", "Arla opened the Orvik grain silo in Norway on "
                                          "April 13, 2024, the company said."),
        "b_orvik.txt": page("Farm Wire", "On April 13, 2024, Arla opened the Orvik grain "
                                         "silo in Norway."),
        "c_orvik.txt": page("Crop Daily", "On July 13, 2024, Arla opened the Orvik grain "
                                          "silo in Norway."),
        "d_tarbes.txt": page("Field Post", "Arla opened the Tarbes grain silo in Spain on "
                                           "April 13, 2024, the company said."),
        "e_tarbes.txt": page("Harvest News", "On April 13, 2024, Arla opened the Tarbes "
                                             "grain silo in Spain."),
    })
    found = _contradicted(report)
    assert any({"a_orvik.txt", "c_orvik.txt"} <= files for files in found)
    assert not any(any("tarbes" in x for x in files) for files in found)


def test_alike_words_of_two_named_sites_are_no_link(tmp_path: Path) -> None:
    """One known company's two freight depots told in the same words: no link, not even
    a weak one that would let one join the other's finding."""
    from factcheck.match import _event_link
    from factcheck.models import TimelineClaim

    def event(name: str, text: str) -> TimelineClaim:
        path = tmp_path / f"{name}.txt"
        path.write_text(_wire("Samsung opens a depot", "AARHUS", "Field Post", [text]),
                        encoding="utf-8")
        return next(c for c in extract(load_one(str(path), path.name))
                    if isinstance(c, TimelineClaim))
    one = event("a", "Samsung switched on the Velquistarra freight depot in Brazil on "
                     "April 13, 2024, the company said.")
    other = event("b", "On April 13, 2024, Samsung switched on the Morbenhaldor freight "
                       "depot in Spain.")
    again = event("c", "On April 13, 2024, Samsung switched on the Velquistarra freight "
                       "depot in Brazil.")
    assert _event_link(one, other) is None
    assert _event_link(one, again) is not None
