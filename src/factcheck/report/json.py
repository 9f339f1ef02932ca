"""JSON report: schema factcheck.report/1, straight from the models."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from pydantic import TypeAdapter

from factcheck.models import Finding, Report

#: Findings serialised at once: the report is written in pieces this size, so a run of a
#: million findings never holds its whole JSON text (nor pydantic's copy of it) in memory.
CHUNK = 2000
_EMPTY = '\n  "findings": [],\n'


@cache
def _findings() -> TypeAdapter[tuple[Finding, ...]]:
    return TypeAdapter(tuple[Finding, ...])


class JsonReporter:
    """factcheck.report/1 as indented JSON."""

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = "json"

    def render(self, report: Report) -> str:
        return "".join(self.pieces(report))

    def pieces(self, report: Report) -> Iterator[str]:
        """The text of `render`, in pieces: the report without its findings, split where
        they go, and the findings CHUNK at a time, each indented as the report nests it
        (`report.model_dump_json(indent=2, by_alias=True)` byte for byte)."""
        text = report.model_copy(update={"findings": ()}).model_dump_json(indent=2,
                                                                          by_alias=True)
        head, found, tail = text.partition(_EMPTY)
        if not report.findings:
            yield text + "\n"
            return
        if not found:  # no list of findings where pydantic writes it: the report at once
            yield report.model_dump_json(indent=2, by_alias=True) + "\n"
            return
        yield head + '\n  "findings": ['
        findings = report.findings
        for start in range(0, len(findings), CHUNK):
            text = _findings().dump_json(findings[start:start + CHUNK], indent=2,
                                         by_alias=True).decode()
            # "[\n  {…},\n  {…}\n]" → the items, one level deeper: "\n    {…},\n    {…}"
            yield ("," if start else "") + text[1:-2].replace("\n", "\n  ")
        yield "\n  ],\n" + tail + "\n"


def schema() -> str:
    """The JSON Schema of the report, generated from the models."""
    import json

    doc = Report.model_json_schema(by_alias=True)
    doc["$id"] = "https://factcheck.invalid/schema/factcheck.report/1"
    doc["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(doc, indent=2, sort_keys=True) + "\n"


def read(path: str) -> Report:
    """A JSON report written by `--format json` (`-` for stdin), to render again in any
    format; InputError (exit 2) when it cannot be read or is not a factcheck.report/1."""
    import json
    import sys
    from pathlib import Path

    from pydantic import ValidationError

    from factcheck.errors import InputError
    from factcheck.ledger import validation_message

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise InputError(f"cannot read: {reason}", path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path, exc.lineno) from None
    if not isinstance(data, dict) or data.get("schema") != "factcheck.report/1":
        raise InputError("not a factcheck report (expected schema 'factcheck.report/1'; "
                         "write one with --format json)", path)
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        raise InputError(validation_message(exc), path) from None
