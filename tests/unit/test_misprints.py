"""A value mis-copied (two digits swapped, or the digits a power of ten apart) of a figure
of one measure in one event's folder is the same fact told wrong: the two clash though
their sentences share few words beyond the measure. Other values of that measure told in
other words stay unjudged."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract.figures import parse_quantity
from factcheck.match import _misprint
from pages import article, run


def page(outlet: str, date: str, *lines: str) -> str:
    return article(outlet, date, "Trawler fire off Kestrel Point", "", *lines)


def misprint(x: str, y: str) -> bool:
    qx, qy = parse_quantity(x), parse_quantity(y)
    assert qx is not None and qy is not None
    return _misprint(qx, qy)


def test_swapped_and_shifted_digits_are_misprints() -> None:
    assert misprint("214", "241") and misprint("1,246", "1,426") and misprint("38,000", "83,000")
    assert misprint("31", "310") and misprint("£3.18bn", "£31.8bn")
    # other values, round numbers and one-digit values are not
    assert not misprint("171", "174") and not misprint("2", "20")
    assert not misprint("2009", "2019") and not misprint("1,840", "18,000")
    assert not misprint("300", "3,000") and not misprint("214", "214")


def test_a_transposed_count_clashes(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Harbour Wire", "2026-03-02",
                     "Rescuers pulled 214 passengers from the water overnight."),
        "b.md": page("Kestrel Evening", "2026-03-02",
                     "By dawn, 241 passengers had been pulled from the sea, the coast guard "
                     "said."),
    })
    assert [f.verdict for f in report.findings if f.kind == "figure"] == ["contradicted"]


def test_another_value_told_in_other_words_is_not_judged(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": page("Harbour Wire", "2026-03-02",
                     "Rescuers pulled 214 passengers from the water overnight."),
        "b.md": page("Kestrel Evening", "2026-03-02",
                     "By dawn, 260 passengers had been pulled from the sea, the coast guard "
                     "said."),
    })
    assert not [f for f in report.findings if f.verdict == "contradicted"]
