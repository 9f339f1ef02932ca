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
              follow_links: bool = False, exclude: Sequence[str] = (),
              gitignore: bool = True) -> list[tuple[Source, list[Claim]]]:
    """(source, claims) for every readable source under `paths`, in path order (the check's
    own per-file step: the same claims, from the same cache)."""
    from factcheck.load.discover import discover
    from factcheck.parallel import Config, extract_files

    config = Config(tuple(gazetteer_files), tuple(lexicon_files), cache_dir)
    found = discover(list(paths), follow_links, exclude=exclude, gitignore=gitignore)
    sources, claims, _ = extract_files(found, max_bytes=max_bytes, config=config)
    out = [(src, found) for src, found in zip(sources, claims, strict=True)
           if src.format is not None]
    if not out:
        raise InputError("no readable article", ", ".join(paths))
    return sorted(out, key=lambda pair: pair[0].path)


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
