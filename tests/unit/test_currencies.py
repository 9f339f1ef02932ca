"""Currencies are data (data/currencies.yaml): every ISO code the table lists is read
before or after a number, every sign before it, every name after it; scale words
(numbers.yaml) include the lakh and the crore; a currency's adjective ("Swiss" of "Swiss
francs") is no name."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.extract.figures import currencies, find_figures
from factcheck.load import load_one
from factcheck.models import NameClaim
from factcheck.yamlio import packaged

DATA = packaged("currencies.yaml")
CODES = sorted(str(c) for c in DATA["codes"])


def values(text: str) -> list[str]:
    return [f.quantity.value for f in find_figures(text)]


@given(code=st.sampled_from(CODES), whole=st.integers(1, 999), tenth=st.integers(0, 9),
       before=st.booleans())
def test_every_code_is_read_either_side(code: str, whole: int, tenth: int,
                                        before: bool) -> None:
    amount = f"{whole}.{tenth}m"
    text = (f"The board approved {code} {amount} for the new terminal." if before
            else f"The board approved {amount} {code} for the new terminal.")
    expected = int((whole * 10 + tenth) * 100_000)
    assert values(text) == [f"{code} {expected}"]


@given(sign=st.sampled_from(sorted(str(s) for s in DATA["signs"])), n=st.integers(2, 900))
def test_every_sign_is_read_before_a_number(sign: str, n: int) -> None:
    gap = " " if sign[-1].isalpha() or sign[-1] == "." else ""
    iso = str(DATA["signs"][sign])
    assert values(f"The ministry set aside {sign}{gap}{n} billion for repairs.") == [
        f"{iso} {n * 10**9}"]


def test_names_after_a_number() -> None:
    assert values("The club paid 12 million Swiss francs for the keeper.") == ["CHF 12000000"]
    assert values("Exports fell to 3.1 billion Norwegian kroner.") == ["NOK 3100000000"]
    assert values("The dam will cost 40 billion rand.") == ["ZAR 40000000000"]
    assert values("Farmers lost 2 million Mexican pesos of crops.") == ["MXN 2000000"]
    # a name several currencies share is read only with its adjective
    assert [f.quantity.unit for f in find_figures("They paid 40 pesos for bread.")] == [
        "count"]


def test_a_scaled_name_needs_its_scale() -> None:
    assert values("The central bank bought 1.2 trillion won of bonds.") == [
        "KRW 1200000000000"]
    # bare, "won" is a verb of a record: no money
    assert all(f.quantity.unit != "KRW"
               for f in find_figures("The side has 12 won, 3 lost this season."))


def test_lakh_and_crore() -> None:
    assert values("The state will spend Rs 500 crore on the embankment.") == [
        "INR 5000000000"]
    assert values("The fund paid ₹2.5 lakh to each family.") == ["INR 250000"]


def test_ranges_keep_the_currency() -> None:
    assert values("Estimates run from CHF 40m to CHF 60m.") == ["CHF 40000000–60000000"]


def test_the_table_is_read_once() -> None:
    assert currencies() is currencies()


def test_a_currency_adjective_is_no_name(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nsource: Alpine Wire\ndate: 2026-11-20\n---\n"
                    "# Keeper joins Lakeside\n\n"
                    "Lakeside paid 12 million Swiss francs for the keeper on Friday, "
                    "the club said.\n\nThe state will spend Rs 500 crore on the embankment, "
                    "the minister said.\n", encoding="utf-8")
    names = {c.name for c in extract(load_one(str(path), str(path)))
             if isinstance(c, NameClaim)}
    assert not names & {"Swiss", "Rs 500", "Rs"}
