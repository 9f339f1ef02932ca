"""A sum of money told after its verb and "for" ("insured for $3 million", "settled for
£2m") is measured by that verb, as one told right after its verb is ("paid $3 million"):
without it the sum names nothing and is no claim."""

from __future__ import annotations

from pathlib import Path

from pages import article, holding, run


def test_a_sum_after_verb_and_for_is_that_verbs(tmp_path: Path) -> None:
    report = run(tmp_path, {
        "a.md": article("Lakeside Courier", "2026-11-20",
                        "# Violin stolen from Lakeside concert hall",
                        "", "The Varga violin, stolen on Tuesday night, was insured for "
                        "$3 million, the hall's director said."),
        "b.md": article("Strings Weekly", "2026-11-21",
                        "# Varga violin theft: what we know",
                        "", "The Varga violin was insured for $3 million by the hall, "
                        "its director said."),
    })
    found = [f for f in holding(report, "insured for $3 million, the hall",
                                "insured for $3 million by") if f.kind == "figure"]
    assert found and found[0].verdict == "corroborated"
    assert {c.value for c in found[0].claims} == {"USD 3000000"}
