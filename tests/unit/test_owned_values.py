"""One value of two or more significant digits that one page of an event's folder gives an
owner and another tells of no one is one fact, as far as agreeing goes ("$BRLN priced at
$41.75", "| Offer price | $41.75 |"): the event's owner is the default. A value of one
digit is too common to say so, and two named owners still keep their values apart."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.match import _worded_alike, folder_periods
from factcheck.models import FigureClaim


def _pair(tmp_path: Path, first: str, second: str) -> list[FigureClaim]:
    claims: list[FigureClaim] = []
    for name, text in (("a.md", first), ("b.md", second)):
        path = tmp_path / name
        path.write_text(f"---\ntitle: Brellan Docks lists in Marrow\ndate: 2026-11-20\n---\n\n"
                        f"{text}\n", encoding="utf-8")
        claims += [c for c in extract(load_one(str(path), str(path)))
                   if isinstance(c, FigureClaim) and c.quantity.unit == "USD"]
    return folder_periods(claims)


_WIRE = ("Marrow Exchange welcomed Brellan Docks on Thursday. The offer price was {}, above "
         "the marketed range.")
_POST = "Traders at Marrow Exchange cheered Brellan Docks. The offer came in at {}."


def test_a_value_one_page_gives_an_owner_agrees_with_the_event_s(tmp_path: Path) -> None:
    a, b = _pair(tmp_path, _WIRE.format("$41.75"), _POST.format("$41.75"))
    assert _worded_alike(a, b.model_copy(update={"owner": "BRLN"}))
    assert not _worded_alike(a.model_copy(update={"owner": "Harl Ports"}),
                             b.model_copy(update={"owner": "BRLN"}))


def test_a_one_digit_value_of_one_owner_stays_its_own(tmp_path: Path) -> None:
    a, b = _pair(tmp_path, _WIRE.format("$5"), _POST.format("$5"))
    assert not _worded_alike(a, b.model_copy(update={"owner": "BRLN"}))
