"""A first paragraph that opens with "By" and a lowercase word ("By dawn, …", "By noon,
…") is a sentence of the article, not a byline above it."""

from __future__ import annotations

from pathlib import Path

from factcheck.load import load_one


def test_a_sentence_opening_with_by_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nsource: Harbour Wire\n---\nTrawler fire off Kestrel Point\n\n"
                    "By dawn, 241 passengers had been pulled from the sea, the coast guard "
                    "said.\n", encoding="utf-8")
    lines = [ln.text for s in load_one(str(path), str(path)).sections for ln in s.lines]
    assert any(t.startswith("By dawn, 241 passengers") for t in lines)


def test_a_byline_is_still_left_out(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("Trawler fire off Kestrel Point\n\nBy Mara Quill, Harbour Wire\n\n"
                    "Rescuers pulled 214 passengers from the water overnight, officials said "
                    "on Monday after the blaze.\n", encoding="utf-8")
    article = load_one(str(path), str(path))
    lines = [ln.text for s in article.sections for ln in s.lines]
    assert not any(t.startswith("By Mara Quill") for t in lines)
    assert any(t.startswith("Rescuers pulled 214") for t in lines)
