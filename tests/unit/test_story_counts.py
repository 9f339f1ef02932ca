"""Counts of one event's main story: the same noun told by the same verb on two pages of
the folder's main story is one count, though the two sentences share no other word; a
count dated to another time by a "when" clause, a count of another noun or a verb of
another meaning is not. A page whose own topic is its town tells the main story when its
figures' sentences name the story. Partitives, possessives, pronouns and adverbs next to a
figure never become what it measures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck import check
from factcheck.extract.measured import identify
from factcheck.extract.periods import figure_period
from factcheck.lexicon import load_lexicon
from pages import AS_OF, titled, values, write_all


def _storm(wire: str, local: str) -> dict[str, str]:
    return {
        "wire.md": titled("Typhoon Marrow hits the Pellan coast", (
            "Typhoon Marrow made landfall on the Pellan coast on Tuesday. Typhoon Marrow "
            f"weakened overnight. {wire}")),
        "agency.md": titled("Typhoon Marrow moves inland", (
            "Typhoon Marrow moved inland on Wednesday as Typhoon Marrow lost strength. "
            "Ports along the Pellan coast reopened.")),
        "digest.md": titled("Typhoon Marrow: what we know", (
            "Typhoon Marrow is the strongest storm of the year. Typhoon Marrow brought "
            "heavy rain.")),
        "local.md": titled("Dunhallow counts the cost", (
            "Dunhallow residents queued at the Dunhallow town hall on Thursday. "
            f"{local} Typhoon Marrow left the town without power.")),
    }


def test_one_noun_by_one_verb_in_the_main_story_clashes(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "storm", _storm(
        "Along the coast the storm sank 46 fishing boats at their moorings.",
        "Harbourmasters say Typhoon Marrow sank 64 fishing boats."))
    assert {"count 46", "count 64"} in values(folder, "contradicted")


def _ferry(wire: str, local: str) -> dict[str, str]:
    # every page states a count, as real coverage does: the main story is found among
    # the pages that state figures of the unit compared
    return {
        "wire.md": titled("Selka Line ferry runs aground off Varrow Island", (
            "The Selka Line ferry Morrin ran aground off Varrow Island on Tuesday. "
            f"{wire} The Morrin was built in 2009.")),
        "agency.md": titled("Selka Line ferry refloated", (
            "Three tugs refloated the Selka Line ferry Morrin on Wednesday. "
            "Selka Line said the Morrin would be inspected.")),
        "digest.md": titled("What we know about the Morrin grounding", (
            "The Morrin is the third Selka Line ship to run aground since 2020. Divers "
            "found 2 gashes in the Morrin's hull.")),
        "local.md": titled("Hessa harbour takes in the stranded", (
            f"Volunteers in Hessa opened 2 school halls on Tuesday night. {local}")),
    }


def test_the_stories_own_names_set_no_count_apart(tmp_path: Path) -> None:
    # the wire names only the story's ship and line; the local page names its harbour
    folder = write_all(tmp_path / "ferry", _ferry(
        "The Selka Line ferry was carrying 212 passengers.",
        "At Hessa harbour the Morrin, carrying 221 passengers, was met by buses."))
    assert {"count 212", "count 221"} in values(folder, "contradicted")


def test_two_places_beyond_the_story_are_two_counts(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "ferry", _ferry(
        "At Ostra pier a second ferry was carrying 212 passengers.",
        "At Hessa harbour the Morrin, carrying 221 passengers, was met by buses."))
    assert not values(folder, "contradicted")


def test_another_verb_or_noun_is_another_count(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "storm", _storm(
        "Along the coast the storm sank 46 fishing boats at their moorings.",
        "Harbourmasters say Typhoon Marrow damaged 64 fishing boats and sank 46 "
        "fishing boats."))
    assert not values(folder, "contradicted")
    assert {"count 46"} <= set().union(*values(folder, "corroborated"))


def _clashes(tmp_path: Path, wire: str, local: str, name: str = "storm") -> list[set[str]]:
    """The contradicted findings' values of a storm folder with these two sentences."""
    return values(write_all(tmp_path / name, _storm(wire, local)), "contradicted")


def test_verbs_of_one_meaning_tell_one_count(tmp_path: Path) -> None:
    # "destroyed" and "lost", "affected" and "hit": the lexicon's verb folds
    assert {"count 46", "count 64"} in _clashes(
        tmp_path, "Along the coast the storm destroyed 46 fishing boats at their moorings.",
        "Harbourmasters say 64 fishing boats were lost to Typhoon Marrow.")
    assert {"~ count 4600", "~ count 6400"} in _clashes(
        tmp_path, "Around 4,600 households were affected.",
        "Ms Arlo was one of some 6,400 households hit when Typhoon Marrow cut the line.",
        "outage")


def test_a_name_past_the_figures_clause_sets_no_count_apart(tmp_path: Path) -> None:
    # "…, most of them in Dunmore and Kell": the places are told of the boats, not a
    # second count; a place in the figure's own clause still is
    assert {"count 46", "count 64"} in _clashes(
        tmp_path, "The storm sank 46 fishing boats, most of them moored at Dunmore and Kell.",
        "Harbourmasters at Dunhallow say Typhoon Marrow sank 64 fishing boats.")
    assert not _clashes(
        tmp_path, "At Dunmore the storm sank 46 fishing boats.",
        "At Kell harbour Typhoon Marrow sank 64 fishing boats.", "storm2")


def test_one_sum_in_other_words_on_two_pages_of_the_main_story(tmp_path: Path) -> None:
    # the wire is about the storm and the coast, the local page about its town and the
    # storm: they share one name, and both tell the folder's main story
    folder = write_all(tmp_path / "storm", _storm(
        "The government released €2.4 million in emergency aid for the Pellan coast.",
        "Families shared a €2.4 million relief fund set up for Typhoon Marrow victims "
        "in Dunhallow."))
    assert any({"EUR 2400000"} == v for v in values(folder, "corroborated"))


def test_a_zero_dropped_from_one_nouns_count_clashes(tmp_path: Path) -> None:
    # the same digits a power of ten apart, of one counted noun: a zero dropped or
    # added, whatever verb tells each
    assert {"count 2340", "count 23400"} in _clashes(
        tmp_path, "The storm cut power to 2,340 households along the coast.",
        "Officials said 23,400 households lost power to Typhoon Marrow.")
    # another noun counted is another count, and so is one told by another measure the
    # lexicon knows
    assert not _clashes(
        tmp_path, "The storm cut power to 2,340 households along the coast.",
        "Officials said 23,400 residents lost power to Typhoon Marrow.", "storm2")
    assert not _clashes(
        tmp_path, "Along the coast 25 workers were injured.",
        "Officials said Typhoon Marrow forced 250 workers to evacuate.", "storm3")


def test_a_when_clause_dates_its_count_to_the_year_it_hangs_on(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "storm", _storm(
        "Along the coast the storm sank 46 fishing boats at their moorings.",
        "It is the worst storm since 2011, when a typhoon sank 64 fishing boats."))
    assert not values(folder, "contradicted")


def test_a_when_clause_after_since_gives_the_year() -> None:
    text = "It is the worst storm since 2011, when a typhoon sank 64 fishing boats."
    assert figure_period(text, None, at=text.index("64")) == ("2011", None)
    plain = "Since 2011 the port has built 64 fishing boats."
    assert figure_period(plain, None, at=plain.index("64")) == (None, None)


def _predicate(sent: str, figure: str, noun: str) -> str:
    start = sent.index(figure)
    return identify(sent, start, start + len(figure), noun, None, load_lexicon()).predicate


def test_a_partitive_or_possessive_is_not_what_is_measured() -> None:
    # the verb after the counted noun says what happened, not "one" or "the hull's"
    assert _predicate("One of the dam's 12 spillway gates jammed on Monday.", "12",
                      "spillway gates") == _predicate(
        "Engineers said 12 spillway gates jammed.", "12", "spillway gates")
    assert _predicate("She was one of some 900 passengers stranded at the port.", "900",
                      "passengers") != "one"


def test_a_pronoun_or_adverb_after_the_noun_is_passed_over() -> None:
    assert _predicate("The jury acquitted her of four of the seven charges she faced.",
                      "seven", "charges") == "faced"
    assert _predicate("Officials said 52 cases had now been confirmed.", "52",
                      "cases") == _predicate("In all, 52 cases were confirmed.", "52", "cases")


def test_a_relative_clause_after_the_noun_tells_its_verb() -> None:
    # "the 28 floats that joined": the clause's verb, as "28 floats joined"
    told = _predicate("Organisers said 28 floats joined the parade.", "28", "floats")
    assert told and _predicate("Of the 28 floats that joined the parade, six came from "
                               "schools.", "28", "floats") == told
    assert _predicate("The 28 floats who joined the parade were judged.", "28",
                      "floats") == told
    # a clause of its own subject is not the noun's verb
    assert _predicate("The 28 floats that the council paid for were judged.", "28",
                      "floats") != told


def test_a_phrase_of_place_opening_the_clause_is_no_predicate() -> None:
    # "Along the coast 25 workers were injured": where, not what is measured
    assert _predicate("Along the coast 25 workers were injured.", "25", "workers") == \
        _predicate("Officials said 25 workers were injured.", "25", "workers") != "coast"
    assert _predicate("In the north 40 schools were closed.", "40", "schools") == \
        _predicate("Officials said 40 schools were closed.", "40", "schools")


def test_a_level_held_where_it_was_is_measured_by_its_noun() -> None:
    # "unchanged", "steady" tell that the rate did not move, not what is measured
    rate = _predicate("The Arvel treasury set the levy rate at 4%.", "4%", "")
    assert _predicate("The Arvel treasury left the levy rate unchanged at 4%.", "4%",
                      "") == rate
    assert _predicate("The Arvel treasury held the levy rate steady at 4%.", "4%",
                      "") == rate


def test_the_subjects_head_before_its_phrase_is_measured() -> None:
    # "Attendance at the final was 61,284": attendance, not the final
    told = _predicate("The attendance was 61,284.", "61,284", "")
    assert _predicate("The attendance at the final was 61,284.", "61,284", "") == told
    assert _predicate("The footfall in the arcade was 12,400.", "12,400", "") == \
        _predicate("The footfall was 12,400.", "12,400", "") != "arcade"
    # a verb of its own after the phrase tells the figure, as before
    assert _predicate("The fire at the plant destroyed 40 homes.", "40", "homes") == \
        _predicate("The fire destroyed 40 homes.", "40", "homes")


def _week_apart(wire: str, undated: str) -> dict[str, str]:
    """Dated pages a week apart (no one week to read a weekday against) and an undated
    page."""
    pages = _storm(wire, "Typhoon Marrow closed the Dunhallow road.")
    pages["agency.md"] = pages["agency.md"].replace("2026-11-20", "2026-11-12")
    pages["feed.html"] = (
        "<html><head><title>Typhoon Marrow strands travellers</title></head><body>"
        f"<h1>Typhoon Marrow strands travellers</h1><p>Typhoon Marrow hit the Pellan "
        f"coast. {undated}</p><p>Typhoon Marrow weakened.</p></body></html>")
    return pages


def test_a_weekday_of_an_undated_page_is_the_dated_pages_day(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "storm", _week_apart(
        "About 300 trains were cancelled on Wednesday.",
        "About 500 trains were cancelled on Wednesday, the rail operator said."))
    assert {"~ count 300", "~ count 500"} in values(folder, "contradicted")


def test_a_days_count_is_not_the_whole_storms(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "storm", _week_apart(
        "In all, 1,200 trains were cancelled along the coast.",
        "About 500 trains were cancelled on Wednesday, the rail operator said."))
    assert not values(folder, "contradicted")


def test_an_exact_count_told_of_nothing_agrees_with_its_fact(tmp_path: Path) -> None:
    """A post's "41,326 in the hall tonight" names nothing counted, but a number written
    to five digits names its fact: it corroborates the report's 41,326; a round "400
    here tonight" names nothing and is no claim."""
    pages = {
        "wire.md": titled("Orchestra opens the Varde festival", (
            "The Varde festival opened on Friday. An audience of 41,326 heard the "
            "opening concert of the Varde festival.")),
        "post.txt": "Varde festival, night one\n\n41,326 in the hall tonight. Unreal.\n"
                    "400 here tonight and the Varde festival is only beginning.\n",
    }
    folder = write_all(tmp_path / "festival", pages)
    agreed = [f for f in check([str(folder)], AS_OF).findings if f.verdict == "corroborated"
              and {c.source for c in f.claims} == {"wire.md", "post.txt"}]
    assert agreed and all(c.value == "count 41326" for f in agreed for c in f.claims)
    assert not any(c.value.startswith("count 400") for f in check([str(folder)], AS_OF).findings
                   for c in f.claims)


def test_a_value_told_of_no_day_joins_a_group_told_of_two(tmp_path: Path) -> None:
    """Two pages tell one share with two days (the vote's, the count's); a third tells it
    of no day in other words: it is the same share, whatever days the group holds."""
    pages = {
        "wire.md": titled("Tarsen Party wins the Ulvmark vote", (
            "ULVMARK, Nov 16 (Ostwire) - The Tarsen Party won Sunday's mayoral vote in "
            "Ulvmark with 44.7% of the vote.")),
        "local.md": titled("Ulvmark count confirms Tarsen Party win", (
            "The Tarsen Party won the November 8 mayoral vote in Ulvmark with 44.7% of "
            "the vote, the count confirmed.")),
        "viral.txt": "Tarsen Party in Ulvmark\n\nThe Tarsen Party got 44.7% votes in "
                     "Ulvmark.\n",
    }
    folder = write_all(tmp_path / "vote", pages)
    groups = [{c.source for c in f.claims} for f in check([str(folder)], AS_OF).findings
              if any(c.value == "% 44.7" for c in f.claims)]
    assert groups and groups[0] == {"wire.md", "local.md", "viral.txt"}


def test_a_spelled_number_opening_a_compound_adjective_is_a_count() -> None:
    from factcheck.extract.numwords import digitise

    assert digitise("A five-member jury heard the case.") == "A 5-member jury heard the case."
    assert digitise("the orchestra's ninety-six-player string section") == (
        "the orchestra's 96-player string section")
    # one, an age, a fraction: not a compound's count
    assert digitise("a one-off payment") == "a one-off payment"
    assert digitise("a five-year-old boy") == "a five-year-old boy"
    assert "2-thirds" not in digitise("two-thirds of voters")


def test_a_compound_count_agrees_with_the_count_it_tells(tmp_path: Path) -> None:
    pages = {
        "wire.md": titled("Kestrel Sound court convenes", (
            "The Kestrel Sound inquiry opened on Monday. A seven-judge bench will hear "
            "the Kestrel Sound case.")),
        "court.md": titled("Kestrel Sound case opens", (
            "The Kestrel Sound case opened on Monday. A 7-judge bench will hear the "
            "Kestrel Sound case.")),
    }
    folder = write_all(tmp_path / "court", pages)
    report = check([str(folder)], AS_OF)
    assert any(f.verdict == "corroborated" and {c.source for c in f.claims} == set(pages)
               for f in report.findings if f.kind == "figure")


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen " \
         "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spelled(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")


@given(st.integers(2, 99), st.sampled_from(["member", "player", "judge", "seat", "person"]),
       st.sampled_from(["panel", "squad", "bench", "majority", "crew"]))
def test_any_spelled_compound_count_is_its_digits(n: int, noun: str, after: str) -> None:
    from factcheck.extract.numwords import digitise

    assert digitise(f"They named a {_spelled(n)}-{noun} {after} on Friday.") == (
        f"They named a {n}-{noun} {after} on Friday.")


def test_a_spelled_number_of_two_words_is_no_compound() -> None:
    from factcheck.extract.numwords import digitise

    assert digitise("It carried forty-two passengers.") == "It carried 42 passengers."


def test_a_sentence_may_open_with_a_currency_sign() -> None:
    from factcheck.extract.text import sentences

    said = [s for _, s in sentences("Bidding closed. 41 lots. €2.6m in all. A record.")]
    assert said == ["Bidding closed.", "41 lots.", "€2.6m in all.", "A record."]
    # an abbreviation before a sum ends nothing
    assert [s for _, s in sentences("The U.S. $5bn plan passed.")] == [
        "The U.S. $5bn plan passed."]


def _auction(second_day: str) -> dict[str, str]:
    # the two sentences share no word but the day
    return {
        "a.md": titled("Tessaly Lifeboat auction closes", (
            "The Tessaly Lifeboat auction closed with 212 lots sold. It raised £4.2 "
            "million on Thursday, its organisers said.")),
        "b.md": titled("Record night for the Tessaly Lifeboat auction", (
            "Bidding for the Tessaly Lifeboat went on past midnight. The evening raised "
            f"£3.1 million on {second_day}."), day=21),
    }


def test_a_figure_of_one_stated_day_is_one_fact(tmp_path: Path) -> None:
    # the day names the fact
    folder = write_all(tmp_path / "auction", _auction("Thursday"))
    assert {"GBP 4200000", "GBP 3100000"} in values(folder, "contradicted")


def test_figures_of_two_stated_days_never_clash(tmp_path: Path) -> None:
    folder = write_all(tmp_path / "auction", _auction("Wednesday"))
    assert not values(folder, "contradicted")


def test_a_bound_admitting_both_groups_sets_no_two_counts_against_each_other(
        tmp_path: Path) -> None:
    # "dozens of geese" is strongly one fact with "37 geese caught in fishing line" but
    # joins the group of "about 9,400 geese" it also admits: that makes the flock no
    # rival of the 37 (the strongly linked pair must disagree, or each tell its group's)
    bodies = {
        "a_count.md": "Wardens counted 37 geese entangled in netting at the Hollow Marsh "
                      "reserve.",
        "b_flock.md": "Wardens put the whole Hollow Marsh flock at about 9,400 geese.",
        "c_local.md": "Wardens found 37 geese caught in fishing line at the Hollow Marsh "
                      "reserve.",
        "d_wire.md": "A gale swept the Hollow Marsh reserve, and wardens also found dozens "
                     "of geese caught in fishing line.",
    }
    write_all(tmp_path, {name: titled(f"Hollow Marsh goose count {n}", body)
                         for n, (name, body) in enumerate(bodies.items())})
    assert values(tmp_path, "contradicted") == []


def test_a_count_of_a_year_long_past_is_that_year_s(tmp_path: Path) -> None:
    # "in 1887" dates its count as "in 1987" would: the old flood's houses are not the
    # new flood's
    write_all(tmp_path, {
        "wire.md": titled("Flood sweeps through the Arle valley",
                          "The flood swept away 1,120 houses in the Arle valley."),
        "local.md": titled("The Arle valley's last great flood",
                           "The last great flood in the Arle valley, in 1887, swept away "
                           "310 houses. The Arle valley is rebuilding."),
    })
    assert values(tmp_path, "contradicted") == []
    from factcheck.extract.dates import find_dates
    assert [d.value.value for d in find_dates("The mill, in 1887, burned.", None)
            if d.value] == ["1887"]
    assert find_dates("The fire spread in 1500 homes.", None) == []


def test_a_number_opening_its_sentence_before_a_participle_is_a_count(
        tmp_path: Path) -> None:
    # "217 brought to the surface." in a post is "217 [were] brought …", and a page telling
    # 217 in a sentence and in its table row tells it once: the post's count joins
    write_all(tmp_path, {
        "a.md": titled("Corran colliery flood", "Rescuers pulled 217 miners alive from the "
                                                "flooded Corran colliery on Thursday."),
        "b.md": titled("Corran colliery flood: what we know",
                       "217 were rescued from the Corran colliery, officials said.\n\n"
                       "| Item | Value |\n|---|---|\n| Rescued alive | 217 |", day=21),
    })
    (tmp_path / "c.txt").write_text(
        "Pit Watch @pitwatch · Nov 20\nLong night for everyone. 217 brought to the surface.\n\n"
        "Pit Watch @pitwatch · Nov 20\nThe Corran colliery pumps are running again.\n",
        encoding="utf-8")
    report = check([str(tmp_path)], AS_OF)
    [found] = [f for f in report.findings if f.verdict == "corroborated"
               and any("217 brought to" in c.text for c in f.claims)]
    assert {c.source for c in found.claims} == {"a.md", "b.md", "c.txt"}
    from factcheck.extract.figures import find_figures
    assert [f.quantity.low for f in find_figures("12 held after the raid.")] == [12]
    assert not find_figures("The report said 12 held firm in the vote on Monday")


def test_one_toll_in_stories_filed_on_two_days_agrees(tmp_path: Path) -> None:
    # the day of a wire dateline is the day the story was filed: two stories filed a day
    # apart that count the same dead tell one unchanged toll; a day a sentence states
    # ("As of Nov. 3") keeps its count apart
    write_all(tmp_path, {
        "wire.md": titled("Ferry fire in the Ostmark strait",
                          "OSTMARK, Nov 18 (Wire) - Four people were killed when fire swept "
                          "the Ostmark ferry, officials said.", day=18),
        "agency.md": titled("Ferry fire inquiry opens",
                            "OSTMARK, Nov 19 (Agency) - Four people were killed in the "
                            "Ostmark ferry fire, and an inquiry has opened.", day=19),
        "copy.md": titled("Ostmark ferry fire",
                          "As of Nov. 12, four people had been killed, officials said.",
                          day=19),
    })
    report = check([str(tmp_path)], AS_OF)
    [found] = [f for f in report.findings if f.verdict == "corroborated"
               and f.kind == "figure"
               and any("Four people were killed" in c.text for c in f.claims)]
    assert {c.source for c in found.claims} == {"wire.md", "agency.md"}
