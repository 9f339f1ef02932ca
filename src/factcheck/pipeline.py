"""The library entry point: check(paths) runs load → extract → match → verdict."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from factcheck import __version__
from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.gazetteer import load_gazetteer
from factcheck.lexicon import load_lexicon
from factcheck.load import DEFAULT_MAX_BYTES, load_sources
from factcheck.match import match
from factcheck.models import Claim, Report, Source, Summary, Tool
from factcheck.verdict import judge_all

LOG = logging.getLogger(__name__)


def check(
    paths: Sequence[str],
    as_of: dt.date | None = None,
    *,
    gazetteer_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
) -> Report:
    """Check every article under `paths` and return the report.

    Raises InputError when a path names nothing or no file holds a readable article.

    >>> report = check(["sources/"])                # doctest: +SKIP
    >>> report.summary.contradicted                 # doctest: +SKIP
    2
    """
    as_of = as_of or dt.date.today()
    gaz = load_gazetteer(tuple(gazetteer_files))
    lex = load_lexicon(tuple(lexicon_files))
    articles = load_sources(list(paths), max_bytes=max_bytes, follow_links=follow_links)
    if not articles:
        raise InputError("no files to check", ", ".join(paths))
    if all(a.source.format is None for a in articles):
        reasons = "; ".join(f"{a.source.path}: {a.source.warnings[0]}" for a in articles[:3])
        raise InputError(f"no readable article ({reasons})", ", ".join(paths))
    claims: list[Claim] = []
    sources: list[Source] = []
    for article in articles:
        try:
            found = extract(article, gaz, lex)
        except (RecursionError, MemoryError, ValueError, LookupError, TypeError,
                AttributeError, AssertionError) as exc:
            # a bug met on strange input costs this file's claims, not the run
            LOG.debug("cannot extract claims from %s", article.source.path, exc_info=True)
            warning = f"claims not extracted: internal error ({type(exc).__name__})"
            sources.append(article.source.model_copy(
                update={"warnings": (*article.source.warnings, warning)}))
            continue
        claims.extend(found)
        sources.append(article.source.model_copy(update={"claims": len(found)}))
    findings = judge_all(match(claims), as_of)
    counts = {v: sum(1 for f in findings if f.verdict == v) for v in
              ("contradicted", "corroborated", "unverified", "forecast", "confirmed", "refuted")}
    summary = Summary(sources=len(sources), claims=len(claims), findings=len(findings),
                      **counts)
    return Report(
        tool=Tool(version=__version__),
        as_of=as_of,
        sources=tuple(sorted(sources, key=lambda s: s.path)),
        findings=tuple(findings),
        summary=summary,
    )
