"""Money, rates and counts told in other forms: cashtags, signed moves, page furniture
that is no furniture, in fields the benchmarks do not use (mining, water utilities)."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import extract
from factcheck.load import load_one
from factcheck.models import FigureClaim
from pages import holding, run


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


def test_a_sentence_ending_in_a_year_before_shares_is_no_share_counter(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Orvane cuts copper output",
                         "Orvane Mining cut copper output after a flood in 2023. Shares in "
                         "Orvane fell 4.3 per cent on the day of the announcement."),
        "b.txt": article("Orvane output cut hits shares",
                         "Orvane Mining shares closed down 4.3% after the copper output cut."),
    })
    [f] = holding(r, "fell 4.3 per cent", "closed down 4.3%")
    assert f.verdict == "corroborated"


def test_a_cashtag_move_is_the_share_price_change(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Orvane cuts copper output",
                         "Orvane Mining shares closed down 4.3% after the copper output cut."),
        "b.txt": article("Miner Watch @minerwatch",
                         "$ORVM -4.3% at the close after the Orvane copper output cut."),
    })
    [f] = holding(r, "closed down 4.3%", "$ORVM -4.3%")
    assert f.verdict == "corroborated"


def test_a_signed_level_is_no_move(tmp_path: Path) -> None:
    # "stood at -0.5%" is where the rate is; "$ORVM -0.5%" how far the shares moved
    r = run(tmp_path, {
        "a.txt": article("Orvane treasury note", "Orvane's deposit rate stood at -0.5% in June."),
        "b.txt": article("Miner Watch @minerwatch", "$ORVM -0.5% at the close in June."),
    })
    assert not holding(r, "stood at -0.5%", "$ORVM -0.5%")


def test_a_quarter_point_is_25_basis_points(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Norvik Building Society trims its base rate",
                         "Norvik Building Society lowered its base rate by a quarter of a "
                         "percentage point on Monday, the Norvik board said."),
        "b.txt": article("Norvik cuts base rate for savers",
                         "Norvik Building Society cut its base rate by 25 basis points on "
                         "Monday, Norvik said."),
        "c.txt": article("Norvik rate move",
                         "Norvik Building Society delivered the quarter-point cut in its base "
                         "rate that brokers had expected, Norvik said."),
    })
    [f] = holding(r, "a quarter of a percentage point", "25 basis points", "quarter-point cut")
    assert f.verdict == "corroborated"
    assert all(c.value.startswith("bp -25") for c in f.claims)


def test_points_move_a_rate_never_a_count_metric(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Norvik rate move", "Norvik Building Society delivered the "
                            "quarter-point cut in its base rate that brokers had expected."),
                    "utf-8")
    [claim] = [c for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)]
    assert claim.metric == "interest rate" and claim.key == "figure|interest rate change|bp"


def test_money_after_for_in_a_clause_of_selling_is_the_price(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Brannock recalls Steamline kettles",
                         "The Brannock kettles were sold in hardware stores and online "
                         "between March 2023 and May 2025 for $45 to $60."),
        "b.txt": article("Brannock kettle recall: what to know",
                         "Brannock Steamline kettles sold for $45-$60 at most hardware stores."),
    })
    [f] = holding(r, "for $45 to $60", "sold for $45-$60")
    assert f.verdict == "corroborated"


def test_two_things_sold_for_two_prices_do_not_clash(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Brannock recalls Steamline kettles",
                         "The Brannock Steamline kettles were sold online for $45."),
        "b.txt": article("Brannock recalls Steamline kettles and Aquaboil jugs",
                         "The Brannock Aquaboil jugs were sold online for $60."),
    })
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_reports_incidents_and_complaints_of_one_number_agree(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Torvik recalls Kestra hatchbacks",
                         "Torvik Motors has received 212 reports of brakes failing on Kestra "
                         "hatchbacks, the regulator said."),
        "b.txt": article("Torvik Kestra recall widens",
                         "Torvik Motors has logged 212 brake failure incidents on the Kestra."),
    })
    [f] = holding(r, "212 reports", "212 brake failure incidents")
    assert f.verdict == "corroborated"


def test_reports_and_incidents_of_two_numbers_never_clash(tmp_path: Path) -> None:
    # one kind of thing, two nouns: the complaints may count a part of the incidents
    r = run(tmp_path, {
        "a.txt": article("Torvik recalls Kestra hatchbacks",
                         "Torvik Motors has received 212 complaints about Kestra brakes."),
        "b.txt": article("Torvik Kestra recall widens",
                         "Torvik Motors has logged 240 incidents with Kestra brakes."),
    })
    assert not any(f.verdict == "contradicted" for f in r.findings)


def test_a_sum_of_money_is_measured_by_the_noun_it_is_told_with(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Orvane to compensate Tull Valley farmers",
                         "Orvane Mining agreed to pay £3.2 million in compensation to Tull "
                         "Valley farmers after the spill."),
        "b.txt": article("Tull Valley spill: Orvane settles",
                         "Compensation of £3.2m will go to Tull Valley farmers, Orvane said."),
        "c.txt": article("Orvane settles Tull Valley spill claims",
                         "Orvane Mining: £3.2m compensation agreed with Tull Valley farmers."),
    })
    # (the valley all three name is a name fact of its own)
    [f] = [f for f in holding(r, "£3.2 million in compensation", "Compensation of £3.2m",
                              "£3.2m compensation") if f.kind == "figure"]
    assert f.verdict == "corroborated"


def test_a_fee_and_a_release_clause_are_two_sums(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Harlow Saints sign fly-half Tom Brennick",
                         "Harlow Saints paid a £1.2 million fee for fly-half Tom Brennick, "
                         "the Harlow Saints board said."),
        "b.txt": article("Brennick joins Harlow Saints",
                         "Tom Brennick had a release clause of £1.5 million at Corran, and "
                         "Harlow Saints signed Tom Brennick on Friday."),
    })
    # (the player both name may corroborate; the two sums may not)
    assert not [f for f in holding(r, "£1.2 million fee", "release clause of £1.5 million")
                if f.kind == "figure"]
    assert not any(f.verdict == "contradicted" for f in r.findings)
    metrics = {c.metric for name in ("a.txt", "b.txt")
               for c in extract(load_one(str(tmp_path / name), name))
               if isinstance(c, FigureClaim)}
    assert {"fee", "clause"} <= metrics


def test_a_bound_than_makes_no_comparison_base(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Torvik recall", "Torvik Motors is recalling more than 200,000 "
                            "Kestra hatchbacks after 41 crashes linked to a brake fault.\n\n"
                            "Torvik spent more than the $40 million it spent in 2023 on "
                            "repairs."), "utf-8")
    found = {c.quantity.low: c for c in extract(load_one(str(page), "a.txt"))
             if isinstance(c, FigureClaim)}
    assert "base" not in found[41].modifiers  # "more than 200,000" is a bound
    assert "base" in found[40e6].modifiers  # "more than the $40 million it spent": a base


def test_guiding_to_a_sum_is_an_outlook(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Orvane closure", "Orvane guiding to a one-off $83m charge for the "
                            "mine closure.\n\nOrvane booked a one-off $83m charge for the "
                            "mine closure."), "utf-8")
    bases = [c.basis for c in extract(load_one(str(page), "a.txt"))
             if isinstance(c, FigureClaim)]
    assert bases == ["outlook", "actual"]


def test_add_ons_told_in_two_ways_agree(tmp_path: Path) -> None:
    r = run(tmp_path, {
        "a.txt": article("Harlow Saints sign fly-half Tom Brennick",
                         "Harlow Saints signed Tom Brennick from Corran for £1.2 million, "
                         "plus up to £300,000 in add-ons."),
        "b.txt": article("Brennick deal: the numbers",
                         "Harlow Saints agreed add-ons worth up to £300,000 for Tom Brennick."),
    })
    [f] = holding(r, "£300,000 in add-ons", "add-ons worth up to £300,000")
    assert f.verdict == "corroborated"


def test_a_word_before_the_noun_narrows_the_sum(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Orvane financing", "Orvane agreed a $2 billion loan facility with "
                            "banks.\n\nOrvane also signed a $2 billion credit facility."),
                    "utf-8")
    found = [c for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)]
    assert [(c.metric, c.modifiers) for c in found] == [("facility", ("loan",)),
                                                         ("facility", ("credit",))]


def test_a_rate_written_as_a_name_is_nobodys(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Norvik Reserve cuts", "The Norvik Reserve delivered the cut, "
                            "taking Bank Rate to 3.75 per cent."), "utf-8")
    [claim] = [c for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)]
    assert claim.owner == "Norvik Reserve" and claim.metric == "interest rate"


def test_a_growth_forecast_is_no_inflation(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(article("Marlow treasury outlook", "The Marlow treasury lowered its forecast "
                            "for economic growth next year to 1.4% and said the labour market "
                            "would stay tight while inflation eased."), "utf-8")
    [claim] = [c for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)]
    assert claim.metric == "gdp growth"


def test_an_abbreviated_month_is_no_topic(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Miner Watch @minerwatch · Nov 12\n$ORVM -4.3% at the close.\n\n"
                    "Miner Watch @minerwatch · Nov 12\nOrvane guiding to a $40m charge.\n",
                    "utf-8")
    topics = {t for c in extract(load_one(str(page), "a.txt")) if isinstance(c, FigureClaim)
              for t in c.topic}
    assert "Nov" not in topics


def test_a_quoted_title_name_counts_for_the_name(tmp_path: Path) -> None:
    # a headline's single quotes close no part of the name: "'Lantern Row'" in the title
    # and "Lantern Row," in the text are one name, named twice
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: \"'Lantern Row' opens to a record week\"\ndate: 2026-10-04\n"
                    "---\n\"Lantern Row,\" the new musical from Corwen Stage, sold 12,400 "
                    "tickets in its first week, Corwen Stage said.\n", "utf-8")
    topics = {t for c in extract(load_one(str(page), "a.md")) if isinstance(c, FigureClaim)
              for t in c.topic}
    assert "Lantern Row" in topics and "Lantern Row'" not in topics


def test_a_share_told_after_a_count_is_of_its_whole(tmp_path: Path) -> None:
    # "1,204,318 votes, or 51.2%" is the vote share another page gives as "of the vote"
    r = run(tmp_path, {
        "a.md": "---\ntitle: Brandt wins Tessory\nsource: Harl Wire\ndate: 2026-10-05\n---\n"
                "In the Tessory mayoral "
                "race, Ilka Brandt received 1,204,318 votes, or 51.2%.\n",
        "b.md": "---\ntitle: Tessory elects Brandt\nsource: Oster Post\ndate: 2026-10-05\n"
                "---\nIn the Tessory mayoral "
                "race, Ilka Brandt took 51.2% of the vote.\n",
    })
    assert [f.verdict for f in holding(r, "or 51.2%", "51.2% of the vote")] == ["corroborated"]


def test_a_measure_opening_the_sentence_is_no_name(tmp_path: Path) -> None:
    # "Prices" is capitalised only because it opens the sentence
    page = tmp_path / "a.txt"
    page.write_text(article("Tessory shop prices", "Prices rose 3% in October, the "
                            "statistics office said."), "utf-8")
    assert [(c.quantity.value, c.metric) for c in extract(load_one(str(page), "a.txt"))
            if isinstance(c, FigureClaim)] == [("% 3", "cost change")]


def test_a_common_noun_opening_the_sentence_is_no_name(tmp_path: Path) -> None:
    # "Exports" is capitalised only by its place: the page writes "exports" elsewhere
    page = tmp_path / "a.txt"
    page.write_text(article("Tessory trade", "Exports fell 2% in October, the statistics "
                            "office said.", "The drop in exports was led by machinery."),
                    "utf-8")
    assert [(c.quantity.value, c.predicate) for c in extract(load_one(str(page), "a.txt"))
            if isinstance(c, FigureClaim)] == [("% -2", "export")]
    # a name the page never writes in lower case stays a name
    page.write_text(article("Tessory trade", "Korvane fell 2% in October, traders said."),
                    "utf-8")
    assert [c.predicate for c in extract(load_one(str(page), "a.txt"))
            if isinstance(c, FigureClaim)] != ["korvane"]
