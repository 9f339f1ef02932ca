"""benchmarks/quality.py: events are found, their articles copied, the CLI run and scored."""

from __future__ import annotations

from pathlib import Path

import pytest
import quality

GOLD = """\
facts:
- id: drones-sold
  kind: count
  verdict: unverified
  spans:
    a.txt: "sold 12,000 drones in 2024"
"""


def event(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(
        "Acme drone sales\n\nBy Jo Smith\n\nAcme said it sold 12,000 drones in 2024.\n")
    (folder / "score.yaml").write_text(GOLD)
    (folder / "README.md").write_text("Notes: Acme sold 15,000 drones in 2024.\n")
    (folder / "make.py").write_text("print('not an article')\n")
    return folder


def test_only_articles_are_handed_to_factcheck(tmp_path: Path) -> None:
    ev = event(tmp_path / "ev")
    assert sorted(p.name for p in ev.iterdir() if quality.is_article(p)) == ["a.txt"]


def test_events_are_found_in_a_folder_or_under_it(tmp_path: Path) -> None:
    one = event(tmp_path / "set" / "one")
    two = event(tmp_path / "set" / "two")
    assert [e.articles for e in quality.find_events([tmp_path / "set"])] == [one, two]
    assert [e.name for e in quality.find_events([one])] == ["one"]
    with pytest.raises(SystemExit):
        list(quality.find_events([tmp_path / "nothing"]))


def test_the_own_sets_are_the_seeds_and_every_corpus(root: Path) -> None:
    names = [e.name for e in quality.own_events()]
    assert names[0] == "seeds"
    assert set(names[1:]) == {p.parent.name for p in (root / "tests/corpora").glob("*/gold.yaml")}


def test_an_event_is_run_and_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ev = event(tmp_path / "ev")
    assert quality.main([str(ev), "--detail"]) == 0
    out = capsys.readouterr().out
    assert "drones-sold" in out
    rows = [line for line in out.splitlines() if line.startswith("| ev |")]
    assert len(rows) == 1 and "/1 (" in rows[0]
    assert "| **total** |" in out


def test_a_gold_yaml_in_the_scorers_format_makes_an_event(tmp_path: Path) -> None:
    ev = event(tmp_path / "set" / "ev")
    (ev / "score.yaml").rename(ev / "gold.yaml")
    other = tmp_path / "set" / "other"
    other.mkdir()
    (other / "gold.yaml").write_text("events:\n- a gold of another format\n")
    (other / "a.txt").write_text("An article.\n")
    assert [e.gold for e in quality.find_events([tmp_path / "set"])] == [ev / "gold.yaml"]
