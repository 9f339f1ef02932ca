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
