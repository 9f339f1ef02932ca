"""The benchmark's corpus shapes (benchmarks/): what they plant, and how it is scored."""

from __future__ import annotations

import re
from pathlib import Path

import corpus_prose
import corpus_shared
import pytest
from shapes import Names, Plant, Planted, score_plants, story_of, unique_name


def test_invented_names_are_unique_and_not_words() -> None:
    names = [unique_name(i) for i in range(1, 200_000, 7)]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Z][a-z]+", n) for n in names)
    take = Names()
    assert take() != take()


def _files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.txt"))


@pytest.mark.parametrize("module", [corpus_shared, corpus_prose], ids=["shared", "prose"])
def test_a_shape_plants_contradictions_in_files_named_by_story(
        module: object, tmp_path: Path) -> None:
    planted: Planted = module.write_corpus(tmp_path, 300)  # type: ignore[attr-defined]
    files = _files(tmp_path)
    assert planted.articles == len(files) == 300
    assert planted.contradictions == len(planted.plants) > 0
    stories = {story_of(f.name) for f in files}
    assert len(stories) == planted.events == 60
    for p in planted.plants:
        same = [f for f in files if story_of(f.name) == p.name]
        assert p.odd_file in {f.name for f in same} and len(same) == 5
    assert Planted.from_json(planted.to_json()) == planted


def test_prose_repeats_no_sentence(tmp_path: Path) -> None:
    planted = corpus_prose.write_corpus(tmp_path, 600)
    assert planted.repeated_sentences == 0
    # every field is there
    text = " ".join(f.read_text() for f in _files(tmp_path)[:12]).casefold()
    for word in ("assembly", "storm", "€", "court", "bank of", "corp"):
        assert word in text


def test_the_odd_outlet_changes_one_value(tmp_path: Path) -> None:
    planted = corpus_shared.write_corpus(tmp_path, 300)
    p = planted.plants[0]
    odd = next(f for f in _files(tmp_path) if f.name == p.odd_file).read_text()
    other = next(f for f in _files(tmp_path) if story_of(f.name) == p.name
                 and f.name != p.odd_file and f.suffix == ".txt").read_text()
    dates = re.compile(r"\d{4}-\d\d-\d\d|[A-Z][a-z]+ \d{1,2}, \d{4}")
    money = re.compile(r"\$[\d.]+ billion|[\d,]{5,} servers")
    if p.change == "date":
        assert set(dates.findall(odd)) != set(dates.findall(other)) or "plans" in other
    else:
        assert set(money.findall(odd)) != set(money.findall(other))


def claim(file: str) -> dict[str, object]:
    return {"source": file, "path": f"/x/{file}", "text": "t"}


def test_planted_is_found_only_by_a_finding_of_its_own_story() -> None:
    plants = [Plant("kalo", "0000007_kalo.txt", "date"),
              Plant("mirzo", "0000009_mirzo.txt", "figure")]
    report = {"findings": [
        {"verdict": "contradicted", "claims": [claim("0000007_kalo.txt"),
                                               claim("0000107_kalo.txt")]},
        # a giant group of two stories finds nothing
        {"verdict": "contradicted", "claims": [claim("0000009_mirzo.txt"),
                                               claim("0000109_mirzo.txt"),
                                               claim("0000011_ra.txt")]},
        # the story's other outlets disagreeing, without the odd one: invented
        {"verdict": "contradicted", "claims": [claim("0000109_mirzo.txt"),
                                               claim("0000209_mirzo.txt")]},
        {"verdict": "corroborated", "claims": [claim("0000009_mirzo.txt"),
                                               claim("0000109_mirzo.txt")]},
    ]}
    assert score_plants(report, plants) == (1, 2)


def test_todays_corpus_names_its_plants(tmp_path: Path) -> None:
    import run

    planted = run.write_today(tmp_path, 400)
    assert planted.contradictions == len(planted.plants) > 0
    names = {f.name for f in tmp_path.rglob("*") if f.is_file()}
    assert all(p.odd_file in names and p.name == story_of(p.odd_file) for p in planted.plants)


def test_a_row_reports_pairs_when_the_matcher_counts_them() -> None:
    import run

    plants = [Plant("kalo", "0000007_kalo.txt", "date")]
    report = {"summary": {"claims": 3}, "findings": [
        {"verdict": "contradicted", "claims": [claim("0000007_kalo.txt"),
                                               claim("0000107_kalo.txt")]},
        {"verdict": "unverified", "claims": [claim("0000008_ra.txt")]}]}
    res = {"wall": 2.0, "cpu": 3.0, "rss": 2**20 * 100, "report": report,
           "stats": {"extract_seconds": 1.25, "reduce_seconds": 0.5,
                     "pair_comparisons": 1234}}
    planted = Planted(2, 2, 1, 10, plants)
    assert run.row("shared", 1000, res, planted) == (
        "| shared | 1,000 | 3 | 2.0 | 3.0 | 100 | 1.2 | 0.5 | 1,234 | 2 | 1 | 1 | 0 |")
    res["stats"] = {}
    assert "| n/a | n/a | n/a | 2 |" in run.row("shared", 1000, res, planted)
