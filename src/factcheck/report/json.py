"""JSON report: schema factcheck.report/1, straight from the models."""

from __future__ import annotations

from typing import ClassVar

from factcheck.models import Report


class JsonReporter:
    """factcheck.report/1 as indented JSON."""

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = "json"

    def render(self, report: Report) -> str:
        return report.model_dump_json(indent=2, by_alias=True) + "\n"


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
