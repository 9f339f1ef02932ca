"""The Reporter protocol: a format turns a Report into text and never prints."""

from __future__ import annotations

from typing import ClassVar, Protocol

from factcheck.models import Report


class Reporter(Protocol):
    """A report format."""

    name: ClassVar[str]
    #: File ending for --output suggestions and golden files.
    suffix: ClassVar[str]

    def render(self, report: Report) -> str:
        """The whole report as text."""
        ...
