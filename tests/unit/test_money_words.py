""""Pounds" after a scale word is money ("raising 3.18 billion pounds"); a weight has no
scale or says what it weighs ("2 million pounds of beef", "a 500-pound bomb")."""

from __future__ import annotations

from factcheck.extract.figures import find_figures


def values(text: str) -> list[str]:
    return [f.quantity.value for f in find_figures(text)]


def test_scaled_pounds_are_sterling() -> None:
    assert values("The sale raised 3.18 billion pounds for the treasury.") == [
        "GBP 3180000000"]
    assert values("The club paid 42m pounds for the striker.") == ["GBP 42000000"]


def test_weights_stay_weights() -> None:
    assert values("Farmers shipped 2 million pounds of beef.") == ["kg 907184.74"]
    assert [f.quantity.unit for f in find_figures("a 500-pound bomb")] == ["kg"]
    assert [f.quantity.unit for f in find_figures("He lost 20 pounds in weight.")] == ["kg"]
