"""Expand the paths a user gives (files, folders, globs) into the files to check."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError

#: File endings skipped when walking a folder: configuration, data and code, never articles
#: (a gold or config file beside the articles must not be read as one more outlet).
#: Images, PDFs and archives are *not* skipped: they are reported as unreadable.
SKIP_SUFFIXES = {
    ".pyc", ".py", ".lock", ".sha256", ".yaml", ".yml", ".toml", ".json", ".jsonl", ".csv",
    ".tsv", ".ini", ".cfg", ".sh", ".sarif", ".log",
}


@dataclass(frozen=True, slots=True)
class Found:
    """A file to read, or a path that could not be used (reason set)."""

    path: str
    reason: str | None = None


def _walk(root: Path, follow_links: bool) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    resolved_root = root.resolve()

    def onerror(err: OSError) -> None:
        out.append(Found(str(err.filename or root), f"cannot read folder: {err.strerror}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=follow_links):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a link loop: never walk a folder twice
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix in SKIP_SUFFIXES:
                continue
            full = Path(dirpath) / name
            if full.is_symlink():
                target = full.resolve()
                if not full.exists():
                    out.append(Found(str(full), "dangling symbolic link"))
                    continue
                if not follow_links and not target.is_relative_to(resolved_root):
                    out.append(Found(str(full), "link out of the source tree (not followed)"))
                    continue
            out.append(Found(str(full)))
    return out


def discover(paths: list[str] | tuple[str, ...], follow_links: bool = False) -> list[Found]:
    """Files under `paths`, sorted and without repeats.

    Raises InputError for a path that names nothing at all (no file, folder or glob match).
    """
    found: list[Found] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.extend(_walk(p, follow_links))
        elif p.is_file():
            found.append(Found(raw))
        elif p.is_symlink():
            found.append(Found(raw, "dangling symbolic link"))
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", raw)
            for m in matches:
                found.extend(_walk(Path(m), follow_links) if Path(m).is_dir() else [Found(m)])
        else:
            raise InputError("no such file or folder", raw)
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(os.path.normpath(item.path), item)
    return [unique[k] for k in sorted(unique)]
