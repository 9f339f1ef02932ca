"""Matching and verdicts on small articles written for each trap."""

from __future__ import annotations

from pathlib import Path

from pages import holding, run


def page(outlet: str, timeline: list[tuple[str, str]], body: str = "") -> str:
    """A minimal article credited to `outlet` with a dated timeline and optional prose."""
    lines = ["Some headline about chips", "", f"Source: {outlet}", "", body, "", "Timeline", ""]
    for date, event in timeline:
        lines += [date, event]
    return "\n".join(lines) + "\n"


def test_same_event_two_dates_contradicts_with_350k_equal_350000(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-08", "xAI completes its 100k H100 training cluster.")]),
        "b.txt": page("Wire Two", [("2024-09", "xAI finishes a 100,000 H100 cluster in Memphis.")]),
    })
    [f] = holding(r, "100k H100", "100,000 H100")
    assert f.verdict == "contradicted"
    assert {c.value for c in f.claims} == {"2024-08", "2024-09"}


def test_same_event_same_date_two_outlets_corroborates(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-03", "Nvidia unveils the B200 at GTC.")]),
        "b.txt": page("Wire Two", [("2024-03", "Nvidia introduces the B200 GPU at GTC.")]),
    })
    [f] = holding(r, "unveils the B200", "introduces the B200")
    assert f.verdict == "corroborated" and f.outlets == 2


def test_same_month_different_events_stay_apart(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-03", "Nvidia unveils the B200 at GTC.")]),
        "b.txt": page("Wire Two", [("2024-03", "Nvidia opens a new research lab in Tel Aviv.")]),
    })
    assert not holding(r, "B200", "Tel Aviv")


def test_two_generations_never_grouped(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2023-05", "Meta unveils the MTIA v1 inference chip.")]),
        "b.txt": page("Wire Two", [("2024-04", "Meta announces the next-generation MTIA chip.")]),
    })
    assert not holding(r, "MTIA v1", "next-generation MTIA")
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_generic_family_agrees_with_member_on_same_date(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-04", "Meta introduces MTIA v2 for ranking models.")]),
        "b.txt": page("Wire Two", [("2024-04", "Meta announces the next-generation MTIA chip.")]),
    })
    [f] = holding(r, "MTIA v2", "next-generation MTIA")
    assert f.verdict == "corroborated"


def test_near_names_b200_gb200_apart(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-03", "Nvidia unveils the B200 accelerator.")]),
        "b.txt": page("Wire Two", [("2024-06", "Nvidia unveils the GB200 accelerator.")]),
    })
    assert not holding(r, "the B200 accelerator", "the GB200 accelerator")


def test_one_source_two_dates_is_a_recurring_event(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2024-01", "Meta reports record quarterly revenue."),
                                   ("2024-04", "Meta reports record quarterly revenue.")]),
    })
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_outlet_disagreeing_with_itself_still_contradicts(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [("2026-03", "Acme reports record-high capital expenditure, "
                                               "worrying investors.")]),
        "b.txt": page("Wire One", [("2026-02", "Acme reports record-high quarterly capital "
                                               "expenditures on new data centers.")]),
    })
    [f] = holding(r, "record-high capital", "record-high quarterly")
    assert f.verdict == "contradicted" and f.outlets == 1


def test_figures_same_metric_and_period_contradict(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [], "Meta capital expenditure in 2025 was $72 billion."),
        "b.txt": page("Wire Two", [], "Meta capital expenditure in 2025 was $40 billion."),
    })
    [f] = holding(r, "$72 billion", "$40 billion")
    assert f.verdict == "contradicted"


def test_figures_for_different_years_do_not_contradict(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [], "Meta capital expenditure in 2024 was $39 billion."),
        "b.txt": page("Wire Two", [], "Meta capital expenditure in 2025 was $72 billion."),
    })
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_range_and_bound_agree(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": page("Wire One", [], "Meta capital expenditure in 2025 will be $60 billion "
                                      "to $65 billion, the company said."),
        "b.txt": page("Wire Two", [], "Meta capital expenditure in 2025 was up to $65 billion."),
    })
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_identical_files_are_one_source(tmp_path: Path) -> None:
    text = page("Wire One", [("2024-03", "Nvidia unveils the B200 at GTC.")])
    r = run(tmp_path, {"a.txt": text, "copy.txt": text})
    dup = [s for s in r.sources if s.duplicate_of]
    assert [s.id for s in dup] == ["copy.txt"] and dup[0].duplicate_of == "a.txt"
    assert all(len(f.claims) == 1 for f in r.findings)
