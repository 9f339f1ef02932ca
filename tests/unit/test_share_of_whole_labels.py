"""A share of a whole measures what the clause names, not the whole; a table row's label
may carry the period and the basis of its figures; a plan's figure told by a noun is kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import check
from factcheck.extract import extract
from factcheck.extract.tableclaims import _label_period_basis
from factcheck.lexicon import load_lexicon
from factcheck.load import load_one
from factcheck.models import FigureClaim

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "metric"), [
    # nothing before the share names a measure: the whole is what is measured
    ("About 40% of revenue came from exports.", "revenue"),
    # a measure before the share wins over the whole after it
    ("Turnout reached 64% of the electorate, revenue aside.", "turnout"),
])
def test_a_share_measures_the_clause_s_measure(text: str, metric: str) -> None:
    lex = load_lexicon()
    at = text.index("%") - 2
    found = lex.metric_at(text, at, text.index("%") + 1, "%")
    assert found is not None and found[0] == metric


@pytest.mark.parametrize(("text", "key"), [
    # a noun before the share is measured; the metric after it is the whole
    ("The authority will bring its shortfall down to 3% of revenue next year.",
     "figure|shortfall|%"),
    # nothing before the share names a measure: the whole is measured
    ("About 40% of revenue came from exports last year.", "figure|revenue|%"),
])
def test_the_whole_of_a_share_is_measured_only_when_nothing_else_is(
        tmp_path: Path, text: str, key: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(_page("Port authority", text), encoding="utf-8")
    keys = {c.key for c in extract(load_one(str(path), str(path)))
            if isinstance(c, FigureClaim)}
    assert key in keys, keys


@pytest.mark.parametrize(("label", "measure", "period", "basis"), [
    ("Shortfall target 2028", "Shortfall", "2028", "target"),
    ("Ridership Q3 2026", "Ridership", "2026-Q3", ""),
    ("Turnout (2024)", "Turnout", "2024", ""),
    ("Harvest forecast", "Harvest", None, "forecast"),
    # a basis word before another word is part of the measure's name
    ("Target rate", "Target rate", None, ""),
    # a participle of a basis opening the label tells the basis of the measure after it
    ("Estimated damage", "damage", None, "Estimated"),
    ("Projected harvest 2027", "harvest", "2027", "Projected"),
    # a label that is only a period keeps it (the row is a period, read elsewhere)
    ("2027", "2027", None, ""),
])
def test_a_row_label_tells_its_period_and_basis(label: str, measure: str,
                                                period: str | None, basis: str) -> None:
    got, when, how = _label_period_basis(label, AS_OF)
    assert got == measure
    assert (when.value if when is not None else None) == period
    assert how == basis


def _write(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def _page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2026-10-02\n---\n\n{body}\n"


def _table(title: str, rows: str) -> str:
    return _page(title, f"| Item | Value |\n|---|---|\n{rows}")


def _verdicts(folder: Path, verdict: str) -> list[set[str]]:
    report = check([str(folder)], AS_OF)
    return [{c.value for c in f.claims} for f in report.findings if f.verdict == verdict]


_PLAN = ("The harbour authority's chair said it would bring the shortfall down to 3.5% of "
         "revenue next year.")


def test_a_plan_told_as_a_share_meets_the_table_row_of_its_year(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Harbour authority sets out its plan", _PLAN),
        "b.md": _page("Harbour authority plan: the figures",
                      "The harbour authority published its plan on Friday.\n\n"
                      "| Item | Value |\n|---|---|\n| Shortfall target 2027 | 4.1% of revenue |"),
    })
    assert _verdicts(tmp_path, "contradicted") == [{"% 3.5 (2027)", "% 4.1 (2027)"}]


def test_a_plan_and_another_year_s_row_do_not_clash(tmp_path: Path) -> None:
    """False-alarm guard: the row of another year is another figure."""
    _write(tmp_path, {
        "a.md": _page("Harbour authority sets out its plan", _PLAN),
        "b.md": _table("Harbour authority plan: the figures",
                       "| Shortfall target 2029 | 4.1% of revenue |"),
    })
    assert not _verdicts(tmp_path, "contradicted")


def test_a_row_label_s_year_dates_its_figure(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.md": _page("Canton vote", "Turnout in the canton was 61.2% in 2024."),
        "b.md": _table("Canton vote in numbers",
                       "| Turnout 2024 | 61.2% |\n| Turnout 2020 | 57.9% |"),
    })
    assert {"% 61.2 (2024)"} in _verdicts(tmp_path, "corroborated")
    assert not _verdicts(tmp_path, "contradicted")


def test_a_compound_label_is_measured_by_its_head(tmp_path: Path) -> None:
    # "| Calf mortality | 7.5% |" is the mortality a sentence tells, narrowed by "calf"
    _write(tmp_path, {
        "a.md": _page("Dairy herd survey", "Mortality among calves was 7.5% last winter, "
                                           "the herd survey found."),
        "b.md": _table("Dairy herd survey: the figures", "| Calf mortality | 7.5% |"),
    })
    assert {"% 7.5"} <= set().union(*_verdicts(tmp_path, "corroborated"))
    # a count's label keeps its words: its counted noun is read apart
    from factcheck.extract.tableclaims import _compound
    assert _compound("Calf mortality", "%") == ("mortality", ("calf",))
    assert _compound("Volume destroyed", "m3")[1] == ()  # a participle ends it
    assert _compound("Calves born", "count")[1] == ()


def test_a_count_label_of_a_noun_and_a_participle_reads_as_its_sentence(
        tmp_path: Path) -> None:
    # "| Cars damaged | 4,300 |" tells what "4,300 cars were damaged" does: cars counted,
    # damaged the predicate, so the row meets the sentence
    _write(tmp_path, {
        "a.md": _page("Hailstorm batters the valley",
                      "Insurers said 4,300 cars were damaged when the hail struck."),
        "b.md": _table("Hailstorm: the figures", "| Cars damaged | 4,300 |"),
    })
    assert {"count 4300"} in _verdicts(tmp_path, "corroborated")
    from factcheck.extract.tableclaims import _done_to
    from factcheck.extract.text import stem
    assert _done_to("Cars damaged") == (stem("cars"), stem("damaged"), ())
    assert _done_to("Vintage cars damaged")[2] == (stem("vintage"),)
    assert _done_to("Damage") is None and _done_to("Homes") is None


def test_a_count_label_names_its_noun_before_a_known_measure(tmp_path: Path) -> None:
    # "| Residents evacuated | 3,200 |": residents, counted as the sentence counts them
    # (the lexicon knows "evacuated"), so a page's 13,200 residents is a rival
    _write(tmp_path, {
        "a.md": _page("Meldon works leak forces evacuation of Corran Bay",
                      "About 13,200 residents were evacuated from Corran Bay after the "
                      "leak at the Meldon works."),
        "b.md": _page("Meldon works leak: the figures",
                      "The leak at the Meldon works emptied Corran Bay overnight.\n\n"
                      "| Item | Value |\n|---|---|\n| Residents evacuated | 3,200 |"),
    })
    assert {"~ count 13200", "count 3200"} in _verdicts(tmp_path, "contradicted")
