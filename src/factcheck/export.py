"""`factcheck extract`: each source's claims as YAML a person can review in a diff."""

from __future__ import annotations

import hashlib
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


#: Longest file name written, in bytes (file systems allow 255).
_MAX_NAME = 200


def file_name(source: Source) -> str:
    """`<source id>.yaml`, with folder separators of a disambiguated id flattened (a name
    too long for a file system is cut and ends in a hash of the whole id)."""
    stem = source.id.replace("/", "__")
    if stem.startswith("."):
        stem = "_" + stem  # never a hidden file, never "." or ".."
    if len(stem.encode("utf-8", "surrogatepass")) > _MAX_NAME:
        digest = hashlib.sha256(source.id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        stem = stem.encode("utf-8", "surrogatepass")[:_MAX_NAME - 13].decode(
            "utf-8", "ignore") + "-" + digest
    return stem + ".yaml"


def file_names(sources: Sequence[Source]) -> list[str]:
    """One file name per source, all different (also to a file system that ignores case):
    a name already taken gets `-2`, `-3`, … in path order."""
    taken: set[str] = set()
    out: list[str] = []
    for source in sources:
        name = file_name(source)
        stem, n = name[: -len(".yaml")], 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}.yaml"
        taken.add(name.casefold())
        out.append(name)
    return out


def write_all(found: Sequence[tuple[Source, list[Claim]]], folder: str | Path) -> list[Path]:
    """Write each source's YAML under `folder`/extracted/; the paths written.

    The folder is written as a whole: the files go to a temporary folder that replaces
    `extracted/` when every one is written, so an interrupted or failed run leaves the
    previous folder as it was. An `extracted` that is a symbolic link is refused (OSError),
    so nothing is written outside `folder`.
    """
    from factcheck.atomic import replace_folder

    target = Path(folder) / "extracted"
    names = file_names([source for source, _ in found])
    with replace_folder(target) as tmp:
        for (source, claims), name in zip(found, names, strict=True):
            (tmp / name).write_text(to_yaml(source, claims), "utf-8")
    return [target / name for name in names]
