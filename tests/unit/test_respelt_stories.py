"""One surname spelt two ways is one person only within one story: two articles of one
folder whose topics are both known and share no word tell of two people."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import check

AS_OF = dt.date(2026, 12, 1)


def _page(folder: Path, name: str, outlet: str, topic: str, person: str) -> None:
    (folder / name).write_text(
        f"---\ntitle: {topic} hearing\ndate: 2026-11-20\noutlet: {outlet}\n---\n\n"
        f"The {topic} inquiry heard evidence on Thursday. Judge {person}, the presiding "
        f"judge, adjourned the {topic} hearing until Monday. Lawyers for {topic} asked "
        f"for more time.\n", "utf-8")


def _name_clashes(folder: Path) -> list[str]:
    report = check([str(folder)], as_of=AS_OF)
    return [f.explanation for f in report.findings
            if f.kind == "name" and f.verdict == "contradicted"]


def test_one_story_two_spellings_clash(tmp_path: Path) -> None:
    _page(tmp_path, "a.md", "Wire One", "Corvane Shipping", "Ana Marwood")
    _page(tmp_path, "b.md", "Paper Two", "Corvane Shipping", "Ana Marwick")
    assert len(_name_clashes(tmp_path)) == 1


def test_two_stories_of_one_folder_are_two_people(tmp_path: Path) -> None:
    _page(tmp_path, "a.md", "Wire One", "Corvane Shipping", "Ana Marwood")
    _page(tmp_path, "b.md", "Paper Two", "Tellurin Mining", "Ana Marwick")
    assert _name_clashes(tmp_path) == []


def test_two_pages_of_one_outlet_none_a_copy_are_two_people(tmp_path: Path) -> None:
    # one outlet's two reports, neither a copy of the other: its two judges are two
    # people, whatever their topics share
    (tmp_path / "a.md").write_text(
        "---\ntitle: Corvane Shipping hearing\ndate: 2026-11-20\noutlet: Wire One\n---\n\n"
        "The Corvane Shipping inquiry heard evidence on Thursday. Judge Ana Marwood, the "
        "presiding judge, adjourned the hearing until Monday.\n", "utf-8")
    (tmp_path / "b.md").write_text(
        "---\ntitle: Corvane Shipping appeal\ndate: 2026-11-24\noutlet: Wire One\n---\n\n"
        "Corvane Shipping lost its appeal on Tuesday after a short hearing in the upper "
        "court. Judge Ana Marwick, the presiding judge, refused leave to appeal again.\n",
        "utf-8")
    assert _name_clashes(tmp_path) == []


def test_topics_sharing_only_a_word_of_any_body_are_two_stories(tmp_path: Path) -> None:
    # "Research" tells which kind of firm, not which one
    _page(tmp_path, "a.md", "Wire One", "Halvern Research", "Ana Marwood")
    _page(tmp_path, "b.md", "Paper Two", "Tolgar Research", "Ana Marwick")
    assert _name_clashes(tmp_path) == []
