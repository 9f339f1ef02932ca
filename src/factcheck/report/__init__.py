"""Report formats, from a registry: built-ins and plugins register alike."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError

if TYPE_CHECKING:  # the models load only when a report is made, not for --help
    from factcheck.report.base import Reporter

#: Built-in formats: name -> "module:Class", imported only when used.
BUILTIN: dict[str, str] = {
    "table": "factcheck.report.table:TableReporter",
    "concise": "factcheck.report.concise:ConciseReporter",
    "json": "factcheck.report.json:JsonReporter",
    "markdown": "factcheck.report.markdown:MarkdownReporter",
    "github": "factcheck.report.github:GithubReporter",
    "sarif": "factcheck.report.sarif:SarifReporter",
    "claimreview": "factcheck.report.claimreview:ClaimReviewReporter",
    "html": "factcheck.report.html:HtmlReporter",
}
ENTRY_POINT_GROUP = "factcheck.reporters"


@lru_cache(maxsize=1)
def available() -> dict[str, str]:
    """Every format name: built-ins plus the `factcheck.reporters` entry points."""
    names = dict(BUILTIN)
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        names.setdefault(ep.name, ep.value)
    return names


def get_reporter(name: str) -> Reporter:
    """An instance of the named format; FactcheckError for an unknown one."""
    target = available().get(name)
    if target is None:
        raise FactcheckError(f"unknown format {name!r} (choose from {', '.join(available())})")
    module, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    reporter: Reporter = cls()
    return reporter
