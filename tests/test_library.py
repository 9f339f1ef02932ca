"""The library as the README shows it: check(...), the report's JSON, the exported models."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import InputError

AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def report(seeds: Path) -> factcheck.Report:
    return factcheck.check([str(seeds)], AS_OF)


def test_model_dump_json_is_the_documented_schema(report: factcheck.Report) -> None:
    doc = json.loads(report.model_dump_json())
    assert doc["schema"] == "factcheck.report/1"
    assert "schema_" not in doc
    assert report.model_dump()["schema"] == "factcheck.report/1"


def test_model_dump_json_validates_against_factcheck_schema(report: factcheck.Report) -> None:
    import jsonschema

    from factcheck.report.json import schema

    jsonschema.Draft202012Validator(json.loads(schema())).validate(
        json.loads(report.model_dump_json()))


def test_report_round_trips(report: factcheck.Report) -> None:
    again = factcheck.Report.model_validate_json(report.model_dump_json())
    assert again == report


@pytest.mark.parametrize("kind", [str, Path])
def test_check_takes_one_path_as_str_or_path(seeds: Path, report: factcheck.Report,
                                             kind: type) -> None:
    one = factcheck.check(kind(seeds), AS_OF)
    assert one.summary == report.summary


def test_check_str_path_missing_names_the_whole_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope: no such file or folder"):
        factcheck.check(str(tmp_path / "nope"), AS_OF)


def test_exported_models_work_with_isinstance(report: factcheck.Report) -> None:
    assert isinstance(report, factcheck.Report)
    assert all(isinstance(s, factcheck.Source) for s in report.sources)
    assert all(isinstance(f, factcheck.Finding) for f in report.findings)


def test_claim_is_the_base_of_every_claim(seeds: Path) -> None:
    from factcheck.extract import extract
    from factcheck.gazetteer import load_gazetteer
    from factcheck.lexicon import load_lexicon
    from factcheck.load import load_one

    path = sorted(seeds.iterdir())[0]
    claims = extract(load_one(str(path), path.name), load_gazetteer(), load_lexicon())
    assert claims
    assert all(isinstance(c, factcheck.Claim) for c in claims)


def test_unknown_attribute_is_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = factcheck.Nope  # type: ignore[attr-defined]
