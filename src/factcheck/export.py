"""`factcheck extract`: each source's claims as YAML a person can review in a diff."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import InputError
from factcheck.models import Claim, Source

SCHEMA = "factcheck.claims/1"
#: Fields every claim has that the file states once, for the whole source.
_PER_SOURCE = {"source", "path", "outlet"}


def extracted(paths: Sequence[str], *, gazetteer_files: Sequence[str] = (),
              lexicon_files: Sequence[str] = (), cache_dir: str | None = None,
              max_bytes: int = 20 * 1024 * 1024,
              follow_links: bool = False) -> list[tuple[Source, list[Claim]]]:
    """(source, claims) for every readable source under `paths`, in path order."""
    from factcheck.cache import ClaimCache
    from factcheck.extract import extract
    from factcheck.gazetteer import load_gazetteer
    from factcheck.lexicon import load_lexicon
    from factcheck.load import load_sources

    gaz = load_gazetteer(tuple(gazetteer_files))
    lex = load_lexicon(tuple(lexicon_files))
    cache = ClaimCache.open(cache_dir, gazetteer_files, lexicon_files) if cache_dir else None
    articles = load_sources(list(paths), max_bytes=max_bytes, follow_links=follow_links)
    if not any(a.source.format is not None for a in articles):
        raise InputError("no readable article", ", ".join(paths))
    out = []
    for article in sorted(articles, key=lambda a: a.source.path):
        if article.source.format is None:
            continue
        claims = cache.get(article) if cache else None
        if claims is None:
            claims = extract(article, gaz, lex)
            if cache:
                cache.put(article, claims)
        out.append((article.source.model_copy(update={"claims": len(claims)}), claims))
    return out


def to_yaml(source: Source, claims: Sequence[Claim]) -> str:
    """One source's claims: a header naming the source, then one entry per claim."""
    import yaml

    items: list[dict[str, Any]] = []
    for c in claims:
        d = c.model_dump(mode="json", exclude=_PER_SOURCE)
        items.append({"line": d.pop("line"), "kind": d.pop("kind"), "value": d.pop("value"),
                      **d})
    doc = {
        "schema": SCHEMA,
        "source": {"path": source.path, "sha256": source.sha256, "outlet": source.outlet,
                   "title": source.title, "format": source.format,
                   "duplicate_of": source.duplicate_of},
        "claims": items,
    }
    head = f"# Claims factcheck extracted from {source.path}; review, do not edit by hand.\n"
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def file_name(source: Source) -> str:
    """`<source id>.yaml`, with folder separators of a disambiguated id flattened."""
    return source.id.replace("/", "__") + ".yaml"


def write_all(found: Sequence[tuple[Source, list[Claim]]], folder: str | Path) -> list[Path]:
    """Write each source's YAML under `folder`/extracted/, atomically; the paths written."""
    from factcheck.atomic import write_text

    target = Path(folder) / "extracted"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source, claims in found:
        path = target / file_name(source)
        write_text(path, to_yaml(source, claims))
        written.append(path)
    return written
