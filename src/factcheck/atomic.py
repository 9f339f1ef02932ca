"""Atomic file writes: a temporary file in the same folder, renamed into place.

Only a regular file (or a name that does not exist yet) is replaced that way. A symbolic
link is written through to its target, so the link stays a link; a device, FIFO or socket
(`-o /dev/stdout`, `-o /dev/null`) is opened and written to, never replaced by a file.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

#: Prefix of every temporary file or folder this module makes.
PREFIX = ".factcheck-"


def write_text(path: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write `text` (a string, or its pieces in order) so that readers see the old file or
    the whole new one, never a part."""
    name = os.fspath(path)
    try:
        st: os.stat_result | None = os.stat(name)  # through links
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a device, FIFO or socket (/dev/stdout is a link to one): written to as it is,
        # never replaced
        with open(name, "w", encoding="utf-8") as fh:
            _put(fh, text)
        return
    # a link to a file (or to a name not made yet) is written through: the link stays
    target = os.path.realpath(name) if os.path.islink(name) else name
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=PREFIX, dir=folder)
    try:
        # mkstemp makes the file private (0600); a report gets the mode any new file gets,
        # or keeps the mode of the file it replaces
        if st is not None:
            mode = stat.S_IMODE(st.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            _put(fh, text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _put(fh: TextIO, text: str | Iterable[str]) -> None:
    """Write a string, or its pieces one by one (never joined: a large report stays in
    pieces)."""
    if isinstance(text, str):
        fh.write(text)
        return
    for piece in text:
        fh.write(piece)


@contextmanager
def replace_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A fresh temporary folder beside `path` to fill; on success it takes `path`'s place
    as a whole (the old folder is removed), on any error or interruption it is removed and
    `path` is left as it was.

    `path` must not be a symbolic link (the writes would land where it points): that is
    an OSError (ELOOP), as is a `path` that is a file.
    """
    target = Path(path)
    if target.is_symlink():
        raise OSError(40, "is a symbolic link (not followed)", str(target))
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=PREFIX, dir=target.parent))
    old: Path | None = None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)
        yield tmp
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=PREFIX, dir=target.parent))
            os.replace(target, old / "previous")
        try:
            os.replace(tmp, target)
        except BaseException:
            if old is not None:
                os.replace(old / "previous", target)
            raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
