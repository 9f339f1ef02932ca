"""The JSON report written in pieces: joined, the pieces are pydantic's whole dump byte for
byte (at any chunk size, with and without findings), the CLI writes them to stdout and to a
file, and a write that fails part-way leaves the old file whole."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import check
from factcheck.atomic import PREFIX, write_text
from factcheck.cli import main
from factcheck.models import Report
from factcheck.report import json as json_report

SOURCES = Path(__file__).resolve().parents[2] / "sources"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def report() -> Report:
    return check([str(SOURCES)], as_of=AS_OF)


def _whole(report: Report) -> str:
    return report.model_dump_json(indent=2, by_alias=True) + "\n"


@pytest.mark.parametrize("chunk", [1, 2, 7, 2000])
def test_pieces_join_to_the_whole_dump(report: Report, chunk: int,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(report.findings) > 7
    monkeypatch.setattr(json_report, "CHUNK", chunk)
    pieces = list(json_report.JsonReporter().pieces(report))
    assert "".join(pieces) == _whole(report)
    # one piece for the head, one per chunk of findings, one for the tail
    assert len(pieces) == 2 + -(-len(report.findings) // chunk)


def test_exactly_one_chunk_and_no_findings(report: Report,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_report, "CHUNK", len(report.findings))
    assert json_report.JsonReporter().render(report) == _whole(report)
    empty = report.model_copy(update={"findings": ()})
    assert json_report.JsonReporter().render(empty) == _whole(empty)
    assert json.loads(json_report.JsonReporter().render(empty))["findings"] == []


def test_cli_writes_the_pieces_to_a_file_and_to_stdout(tmp_path: Path, report: Report,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    monkeypatch.setattr(json_report, "CHUNK", 3)
    out = tmp_path / "report.json"
    args = [str(SOURCES), "--format", "json", "--as-of", AS_OF.isoformat(),
            "--fail-on", "never", "--no-cache", "-q"]
    to_file = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert to_file.exit_code == 0, to_file.output
    to_stdout = CliRunner().invoke(main, args)
    assert to_stdout.exit_code == 0
    assert out.read_text("utf-8") == to_stdout.stdout
    assert Report.model_validate_json(out.read_text("utf-8")).findings == report.findings


def test_a_write_failing_part_way_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report\n", "utf-8")

    def pieces() -> Iterator[str]:
        yield "new head"
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        write_text(target, pieces())
    assert target.read_text("utf-8") == "old report\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PREFIX)]
    write_text(target, iter(["new ", "report", "\n"]))
    assert target.read_text("utf-8") == "new report\n"
