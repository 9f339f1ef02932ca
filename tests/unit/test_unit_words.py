"""Units told by words that mean two things: "pounds" after a scale word is money
("raising 3.18 billion pounds"), a weight without one or when it says what it weighs
("2 million pounds of beef"); "C" and "F" right after a number are temperatures
("41.8C", "107.2F"), each of its own scale."""

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


def test_temperatures_are_units_of_their_scale() -> None:
    assert values("The gauge at Lorne Point reached 41.8C on Monday.") == ["°C 41.8"]
    assert values("a reading of 41.8 degrees Celsius (107.2F)") == ["°C 41.8", "°F 107.2"]
    assert values("It was 28°C in the shade.") == ["°C 28"]
    # a capital after a space, a hyphen or a name is no temperature; cents stay cents
    assert values("Grade 3 C pupils") == [] and values("Form 10-C") == []
    assert [f.quantity.unit for f in find_figures("he paid 20c for it")] != ["°C"]


def test_records_of_a_noun_count_that_noun() -> None:
    """"2.3m patient records" counts patients, as "2.3 million patients" does."""
    from factcheck.extract.measured import identify
    from factcheck.lexicon import load_lexicon

    lex = load_lexicon()
    sent = "Hackers copied 40,000 patient records; 40,000 patients were told."
    a = identify(sent, 15, 21, "patient records", None, lex)
    b = identify(sent, 39, 45, "patients", None, lex)
    assert a.head == b.head == "patient"
