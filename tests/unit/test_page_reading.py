"""Reading a page's header and title: a first paragraph that opens with "By" and a
lowercase word ("By dawn, …") is a sentence, not a byline; a shouted headline's name ends
where its headline words begin ("Port Ellis Is Totally FLOODED": Port Ellis); a social
post's header (who posted it, when) is no claim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.load.structure import is_post_header
from factcheck.models import FigureClaim


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


def test_a_shouted_headline_names_only_its_name(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("FLOOD HORROR: Port Ellis Is Totally FLOODED - Thousands Stranded!!!\n\n"
                    "The water in Port Ellis is rising and it is totally out of control. "
                    "More than 5,000 homes are flooded in Port Ellis right now.\n",
                    encoding="utf-8")
    topics = {c.topic for c in extract(load_one(str(path), str(path)))
              if isinstance(c, FigureClaim)}
    assert topics == {("Port Ellis",)}


THREAD = """Glenmoor Hospital Strike: what staff are posting

Glenmoor Nurses Union @glenmoor_nurses · Nov 4
Day two of the walkout at Glenmoor General. 640 nurses on the picket line this morning.

Theatre Porter ✓ @porter_dan · Nov 4
Eleven operations cancelled today alone. #GlenmoorStrike

@wardwatch · 3h
Talks resume at 10:00 on Thursday, the union says.

Ward Sister Ama (@ama@health.example) • 5 Nov 2026
Still out. Management have not called.
"""


def test_post_headers_are_no_claims(tmp_path: Path) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(THREAD, encoding="utf-8")
    claims = extract(load_one(str(path), str(path)))
    quoted = {c.text for c in claims}
    assert not any("@" in t for t in quoted), quoted
    # the posts themselves are still read
    values = {c.quantity.value for c in claims if isinstance(c, FigureClaim)}
    assert "count 640" in values and "count 11" in values


def test_post_header_shapes() -> None:
    assert is_post_header("Glenmoor Nurses Union @glenmoor_nurses · Nov 4")
    assert is_post_header("@wardwatch · 3h")
    assert is_post_header("Ward Sister Ama (@ama@health.example) • 5 Nov 2026")
    assert is_post_header("Kit Lane @kitlane")
    # a sentence that mentions a handle is a sentence
    assert not is_post_header("The harbour office @harbour_ops said 40 berths were closed on "
                              "Monday after the storm damaged the outer wall.")
    assert not is_post_header("Follow @harbour_ops for updates · more at the port's site today")


def test_an_undated_page_telling_a_plan_dates_itself_after_its_own_days(
        tmp_path: Path) -> None:
    # the plan's day is next year; the reopening, told without a year, is this year's
    # and the page was written after it, not the day before the plan
    page = tmp_path / "hall.txt"
    page.write_text("Orlen Hall reopens\n\nThe Orlen Hall reopened on October 3 after two "
                    "years of repairs.\n\nThe hall plans to stage its first opera on Feb. "
                    "14, 2027.\n", encoding="utf-8")
    claims = extract(load_one(str(page), str(page)))
    assert {c.published for c in claims if c.published} == {dt.date(2026, 10, 3)}
