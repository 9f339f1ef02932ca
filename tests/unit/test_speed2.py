"""Mechanical speed-ups that must change nothing: models pickled through Frozen.__reduce__
come back equal, of the same class, every field counted as set (one set shared by a class's
models, which no copy changes); remembered helpers of the
matcher answer as the code they replace."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

from factcheck import check
from factcheck.match import _measure_words, _named_apart, _scale_words
from factcheck.models import FigureClaim, Finding, Quantity, Report
from factcheck.yamlio import packaged

SOURCES = Path(__file__).resolve().parents[2] / "sources"


def _figure(text: str, topic: tuple[str, ...] = ()) -> FigureClaim:
    return FigureClaim(
        source="a.txt", path="a.txt", line=1, text=text, value="USD 1", section="lead",
        provenance="reported", outlet="X", subject="s", key="figure|cost|USD",
        quantity=Quantity(low=1.0, high=1.0, unit="USD", bound="exact", value="USD 1"),
        metric="cost", topic=topic)


def test_models_round_trip_through_pickle() -> None:
    report = check([str(SOURCES)], as_of=dt.date(2026, 11, 23))
    again = pickle.loads(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(again, Report)
    assert again == report
    assert again.model_dump_json() == report.model_dump_json()
    assert len(again.findings) == len(report.findings) > 0
    for g in again.findings:
        assert type(g) is Finding
        assert g.model_fields_set == set(Finding.model_fields)
        assert g.__pydantic_extra__ is None and g.__pydantic_private__ is None


def test_claim_round_trip_shares_one_fields_set_and_stays_frozen() -> None:
    c = _figure("Amazon said the Draquamonur AI cluster cost $12.3 billion.", ("Amazon",))
    d, e = pickle.loads(pickle.dumps([c, _figure("The Hollin dam cost $2 billion.")]))
    assert d == c and type(d) is FigureClaim
    assert "owner" not in c.model_fields_set and "owner" in d.model_fields_set
    assert d.__pydantic_fields_set__ is e.__pydantic_fields_set__  # one set, not one each
    every = set(d.model_fields_set)
    assert d.model_copy(update={"owner": "Amazon"}).owner == "Amazon"
    assert d.model_fields_set == every == e.model_fields_set  # the copy took its own set
    with pytest.raises(ValidationError):
        d.owner = "Other"  # type: ignore[misc]


def test_scale_words_are_the_packaged_scales() -> None:
    assert _scale_words() == tuple(str(w) for w in packaged("numbers.yaml")["scales"])
    assert "billion" in _measure_words("valuation")


def test_named_apart_reads_sentences_and_topics() -> None:
    a = _figure("the Orlan campus holds 16,000 servers", ("Kestrel",))
    b = _figure("the Vessa region houses 16,000 servers", ("Kestrel",))
    assert _named_apart(a, b)
    # a name the other's article is about is no name apart
    c = _figure("the Vessa region houses 16,000 servers", ("Kestrel", "Orlan"))
    assert not _named_apart(a, c)


def _short_form_reference(short: str, long: str) -> bool:
    """short_form as it was written before its parts were remembered."""
    from factcheck.extract.text import STOPWORDS, stem
    from factcheck.match import _INITIALS, _initials, _one_stem

    s = short.strip().removesuffix("’s").removesuffix("'s")
    if len(long.split()) < 2:
        return False
    if _INITIALS.fullmatch(s):
        return s.upper() in {_initials(long, True), _initials(long, False)}
    x = [stem(w) for w in s.casefold().split()]
    y = [stem(w) for w in long.casefold().split()]
    while x and x[0] in STOPWORDS:
        x = x[1:]
    if not x or len(x) >= len(y):
        return False
    return all(p == q or _one_stem(p, q) for p, q in zip(x, y, strict=False))


NAMES = ["SDA", "Social Democratic Alliance", "the Social Democrats", "BoO", "Bank of Ostland",
         "BO", "the Greens", "Green Future", "Greenfield Partners", "Tesla", "Tesla Inc",
         "Tesla’s", "NTSB", "National Transportation Safety Board", "the", "", "  ", "A B",
         "Kestrel Water", "Kestrel Water Holdings", "KWH", "kwh", "Ostland's", "Bank"]


def test_short_form_answers_as_before() -> None:
    from factcheck.match import short_form

    for a in NAMES:
        for b in NAMES:
            assert short_form(a, b) == _short_form_reference(a, b), (a, b)


def test_python_m_factcheck_exits_with_the_codes_and_output_it_always_had(
        tmp_path: Path) -> None:
    import subprocess
    import sys

    from factcheck.report.json import JsonReporter

    out = tmp_path / "r.json"
    args = [sys.executable, "-m", "factcheck", str(SOURCES), "--format", "json", "-q",
            "--as-of", "2026-11-23", "--no-cache"]
    done = subprocess.run([*args, "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 1  # the seeds hold contradictions
    report = check([str(SOURCES)], as_of=dt.date(2026, 11, 23))
    assert out.read_text("utf-8") == JsonReporter().render(report)
    printed = subprocess.run(args, capture_output=True, text=True)
    assert printed.returncode == 1 and printed.stdout == out.read_text("utf-8")
    assert subprocess.run([*args, "--fail-on", "never"], capture_output=True).returncode == 0
    missing = subprocess.run([sys.executable, "-m", "factcheck", str(tmp_path / "none")],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_leave_returns_for_a_message() -> None:
    from factcheck.__main__ import leave

    leave("a message for the ordinary exit to print")  # returns: nothing to do here
