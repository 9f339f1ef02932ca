"""Expand the paths a user gives (files, folders, globs) into the files to check."""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import shutil
import stat
import subprocess
from collections.abc import Sequence
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


def printable(path: str) -> str:
    """`path` as it may be shown: one line, valid UTF-8, JSON-safe.

    Bytes that are not UTF-8 (held by Python as lone surrogates) become ``\\xNN``; control
    characters, including newlines and tabs, become ``\\n``, ``\\t`` or ``\\uNNNN``. The
    file itself is still opened by its real name.
    """
    if path.isprintable():
        return path
    out: list[str] = []
    for ch in path:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape for an undecodable byte
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        else:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)


def _link_problem(full: str, root: str, follow_links: bool) -> str | None:
    """Why the symbolic link `full` is not read, or None to read it."""
    try:
        os.stat(full)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "dangling symbolic link"
        return f"cannot read: {exc.strerror or exc.__class__.__name__}"
    target = os.path.realpath(full)
    if not follow_links and os.path.commonpath([target, root]) != root:
        return "link out of the source tree (not followed)"
    return None


def excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether `path` matches one of the --exclude globs: the whole path (as given or found,
    with / separators; `*` crosses folders) or any one of its parts (`drafts`, `*.md`)."""
    if not patterns:
        return False
    norm = os.path.normpath(path).replace(os.sep, "/")
    parts = norm.split("/")
    for raw in patterns:
        pattern = raw.replace(os.sep, "/").rstrip("/")
        if pattern.startswith("./"):
            pattern = pattern[2:]
        if fnmatch.fnmatchcase(norm, pattern) or any(fnmatch.fnmatchcase(p, pattern)
                                                     for p in parts):
            return True
    return False


def git_ignored(root: str) -> set[str]:
    """What git ignores under the folder `root` (.gitignore, .git/info/exclude, the global
    excludes file), as paths relative to it; an ignored folder once, ending in "/".
    Tracked files are never ignored. Empty when git is missing or `root` is not in a
    work tree. One `git ls-files` call: git walks the tree, not Python."""
    git = shutil.which("git")
    if git is None:
        return set()
    try:
        proc = subprocess.run([git, "ls-files", "-z", "--others", "--ignored",
                               "--exclude-standard", "--directory", "--", "."],
                              cwd=root, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode != 0:  # 128: not a work tree
        return set()
    return {os.fsdecode(p) for p in proc.stdout.split(b"\0") if p}


def _unignored(root: Path, found: list[Found]) -> list[Found]:
    """`found` without what git ignores under `root`, in ignored folders included."""
    ignored = git_ignored(str(root))
    if not ignored:
        return found
    folders = {p.rstrip("/") for p in ignored if p.endswith("/")}
    prefix = os.path.join(str(root), "")
    out = []
    for f in found:
        rel = (f.path[len(prefix):] if f.path.startswith(prefix)
               else os.path.relpath(f.path, root)).replace(os.sep, "/")
        parts = rel.split("/")
        if rel in ignored or any("/".join(parts[:n]) in folders for n in range(1, len(parts))):
            continue
        out.append(f)
    return out


def _suffix(name: str) -> str:
    """Path(name).suffix of a file name, without building a Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _walk(root: Path, follow_links: bool, exclude: Sequence[str] = (),
          gitignore: bool = True) -> list[Found]:
    """Every file under `root`, walked with a stack of its own (os.walk recurses, and a
    drop of a thousand nested folders would end in RecursionError)."""
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    resolved_root = os.path.realpath(root)
    stack = [str(root)]
    while stack:
        dirpath = stack.pop()
        try:
            with os.scandir(dirpath) as it:
                entries = list(it)
        except OSError as err:
            # a folder that cannot be listed, or that vanished since it was found
            out.append(Found(str(err.filename or dirpath),
                             f"cannot read folder: {err.strerror or err.__class__.__name__}"))
            continue
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:  # a link loop: never walk a folder twice
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames: list[str] = []
        filenames: list[str] = []
        links: set[str] = set()
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # a link to a folder counts as a folder
                if entry.is_symlink():
                    links.add(entry.name)
            except OSError:
                is_dir = False
                links.add(entry.name)  # asked again below
            (dirnames if is_dir else filenames).append(entry.name)
        below: list[str] = []
        for name in sorted(d for d in dirnames if not d.startswith(".")):
            full = os.path.join(dirpath, name)
            if excluded(full, exclude):
                continue
            if os.path.islink(full) and not follow_links:
                # not entered: say so when it leaves the tree
                problem = _link_problem(full, resolved_root, follow_links)
                if problem is not None:
                    out.append(Found(full, problem))
                continue
            below.append(full)
        stack.extend(reversed(below))
        for name in sorted(filenames):
            if name.startswith(".") or _suffix(name) in SKIP_SUFFIXES:
                continue
            full = os.path.join(dirpath, name)
            if excluded(full, exclude):
                continue
            if name in links and os.path.islink(full):
                problem = _link_problem(full, resolved_root, follow_links)
                if problem is not None:
                    out.append(Found(full, problem))
                    continue
            out.append(Found(full))
    return _unignored(root, out) if gitignore else out


def discover(paths: list[str] | tuple[str, ...], follow_links: bool = False,
             exclude: Sequence[str] = (), gitignore: bool = True) -> list[Found]:
    """Files under `paths`, sorted and without repeats.

    Paths matching an `exclude` glob are left out wherever they come from; in a folder
    that is part of a git work tree, what git ignores is left out too (unless `gitignore`
    is false; a file named on its own is always read).
    Raises InputError for a path that names nothing at all (no file, folder or glob match).
    """
    found: list[Found] = []
    for raw in paths:
        try:
            st: os.stat_result | None = os.stat(raw)
            error: OSError | None = None
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
            st, error = None, exc if isinstance(exc, OSError) else OSError(errno.ENOENT, "")
        if excluded(raw, exclude):
            continue
        if st is not None and stat.S_ISDIR(st.st_mode):
            found.extend(_walk(Path(raw), follow_links, exclude, gitignore))
        elif st is not None and stat.S_ISREG(st.st_mode):
            found.append(Found(raw))
        elif st is not None:
            found.append(Found(raw, "not a regular file"))
        elif os.path.islink(raw):
            found.append(Found(raw, _link_problem(raw, "/", True) or "dangling symbolic link"))
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", printable(raw))
            for m in matches:
                if excluded(m, exclude):
                    continue
                found.extend(_walk(Path(m), follow_links, exclude, gitignore)
                             if os.path.isdir(m) else [Found(m)])
        elif error is None or error.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError("no such file or folder", printable(raw))
        else:
            found.append(Found(raw, f"cannot read: {error.strerror or error.__class__.__name__}"))
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(os.path.normpath(item.path), item)
    return [unique[k] for k in sorted(unique)]
