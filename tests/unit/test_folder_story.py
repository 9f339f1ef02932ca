"""One folder is usually one event: pages whose topics connect through the folder's other
pages tell its main story, and their figures that name no owner are that story's, though
the two pages share no name themselves. A folder of many stories has no main story."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import FigureClaim
from pages import titled, values, write_all

#: A county's page, the fire's page and a page naming both: the first two share no name.
_STORY = {
    "county.md": titled("Kerrow County counts the cost", (
        "Kerrow County officials opened two shelters on Tuesday. Schools across Kerrow "
        "County stay shut. About 200 homes were destroyed, officials said.")),
    "both.md": titled("Brask Fire reaches Kerrow County", (
        "The Brask Fire crossed into Kerrow County overnight. Kerrow County deputies "
        "closed 14 roads as the Brask Fire spread east.")),
    "fire.md": titled("Brask Fire keeps burning", (
        "Crews fighting the Brask Fire were joined by two more teams near the Brask Fire. "
        "In all, roughly 205 homes were destroyed.")),
}


def test_unowned_figures_of_the_main_story_meet_across_pages(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "fire", _STORY)
    assert {"~ count 200", "~ count 205"} in values(folder, "corroborated")


def test_a_folder_of_many_stories_has_none(tmp_path: Path) -> None:
    """Each page its own company's results: no page's topic connects to another's, so
    figures that name no owner meet only their own page's."""
    pages = {
        f"{name.lower()}.md": titled(f"{name} results", (
            f"{name} reported its quarter on Tuesday. {name} shares rose. "
            f"Revenue was {value} billion in the third quarter."))
        for name, value in (("Orvell", "$4.1"), ("Tamsin", "$4.4"), ("Quorra", "$5.0"),
                            ("Lemarck", "$6.2"))}
    folder = write_all(tmp_path / "results", pages)
    assert not values(folder, "contradicted")


def test_a_hashtag_names_its_words(tmp_path: Path) -> None:
    """"#BraskFire" in a post speaks of the Brask Fire: the post's page is of the story."""
    path = tmp_path / "post.txt"
    path.write_text("Smoke everywhere tonight #BraskFire\nStill burning #BraskFire\n"
                    "They say 212 homes are gone.\n", encoding="utf-8")
    figures = [c for c in extract(load_one(str(path), str(path)))
               if isinstance(c, FigureClaim)]
    assert figures and all("Brask Fire" in c.topic for c in figures)
