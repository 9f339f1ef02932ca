"""Cache of loaded sources and extracted claims, keyed by the file's sha256, the tool and
the data in use.

A CI run over a corpus where one file changed re-reads and re-extracts that one file; the
others are read as bytes (for their sha256) and taken from their entries. An entry holds
only what depends on the file's content (the source's format, title, outlet, date,
warnings, its text signature and its claims): the fields that depend on its path (source
id, path, and the outlet and origin named after the file when the text names none) are
recomputed on every read, so a renamed file reads as it would afresh.

An entry is trusted only if it is a regular file of bounded size (a FIFO, device or link
is never opened: it could block or never end), parses, names the exact key asked for and
the sha256 of the content it was made from, and validates as claims on lines the file
has; anything else (corrupt, truncated, foreign, from another version) is a miss and is
rebuilt. A cache folder another user owns, or that everyone may write, is not used at
all. Writes go to a temporary file renamed into place, so two runs sharing a cache
folder never see half an entry. Entries unused for `MAX_AGE_DAYS` are removed, and the
oldest go first when the folder holds more than `MAX_TOTAL_BYTES` (checked at most once
an hour); `factcheck cache clear` empties it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.load.discover import printable
from factcheck.models import Article, Claim, Source

LOG = logging.getLogger(__name__)

SCHEMA = "factcheck.cache/3"
ENV = "FACTCHECK_CACHE_DIR"
#: Largest entry read; a bigger file is a miss (a good entry is 15-20 KB per article).
MAX_ENTRY_BYTES = 64 * 1024 * 1024
#: Entries unused for this long are pruned.
MAX_AGE_DAYS = 30
#: Above this many bytes of entries, the least recently used are pruned.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
#: Pruning walks the folder at most this often (seconds).
PRUNE_EVERY = 3600
#: Claim fields that depend on the file's path, not its content: never cached.
PATH_FIELDS = ("source", "path", "outlet", "origin")
#: Names of the files the cache holds: claim entries, folder packs and shard results
#: (see store.py).
STORED = (".json", ".pack", ".delta", ".shard")
#: Source fields that are not the content's: never cached.
SOURCE_UNCACHED = frozenset({"id", "path", "claims", "duplicate_of"})


def path_fields(src: Source) -> dict[str, str]:
    """The claim fields a source's path decides, as extraction sets them (the file name
    is the outlet of a text that names none)."""
    return {"source": src.id, "path": src.path, "outlet": src.outlet or src.id,
            "origin": src.origin or src.outlet or src.id}


def default_dir() -> str:
    """$FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck."""
    if os.environ.get(ENV):
        return os.environ[ENV]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factcheck")


def _code_fingerprint() -> str:
    """Size and mtime of the package's own files: a changed extractor invalidates entries
    even before the version number moves (development installs)."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for p in sorted(root.rglob("*.py")):
        st = p.stat()
        h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def data_fingerprint(gazetteer_files: Sequence[str] = (),
                     lexicon_files: Sequence[str] = ()) -> str:
    """Hash of the gazetteer and lexicon in use: packaged data plus the user's files."""
    h = hashlib.sha256()
    data = resources.files("factcheck").joinpath("data")
    # every packaged resource: an edited word list (numbers, currencies, slots, events …)
    # changes what is extracted as surely as an edited gazetteer
    for entry in sorted((e for e in data.iterdir() if e.name.endswith(".yaml")),
                        key=lambda e: e.name):
        h.update(f"\x00{entry.name}\x00".encode())
        h.update(entry.read_bytes())
    for label, paths in (("gazetteer", gazetteer_files), ("lexicon", lexicon_files)):
        for path in paths:
            h.update(f"\x00{label}\x00".encode())
            try:
                h.update(Path(path).read_bytes())
            except OSError:
                h.update(b"unreadable")
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def _claims_adapter() -> Any:
    """One validator for lists of claims, built once (building one costs more than using it)."""
    from pydantic import TypeAdapter

    return TypeAdapter(list[Claim])


class ClaimCache:
    """Claims per article on disk; `get` returns None for anything not trustworthy."""

    def __init__(self, folder: str | os.PathLike[str], salt: str) -> None:
        self.folder = Path(folder)
        self.salt = salt
        self.hits = 0
        self.misses = 0

    @classmethod
    def open(cls, folder: str | os.PathLike[str], gazetteer_files: Sequence[str] = (),
             lexicon_files: Sequence[str] = ()) -> ClaimCache | None:
        """A cache in `folder` for this tool version, code and data; None (with a warning)
        when the folder is not safe to trust."""
        problem = unsafe(folder)
        if problem is not None:
            LOG.debug("claim cache %s not used: %s", folder, problem)
            return None
        salt = "\x1f".join([SCHEMA, __version__, _code_fingerprint(),
                            data_fingerprint(gazetteer_files, lexicon_files)])
        return cls(folder, salt)

    def key(self, article: Article) -> str | None:
        """The entry key, or None for an article that is never cached."""
        src = article.source
        if src.format is None or src.duplicate_of is not None or not src.sha256:
            return None  # nothing extracted; an identical file's entry must not be shadowed
        return self.content_key(src.sha256, src.path)

    def content_key(self, sha256: str, path: str) -> str:
        """The entry key of content with this sha256 in a file at `path` (as the report
        prints it: its suffix is part of the key)."""
        body = "\x1f".join([self.salt, sha256, Path(path).suffix.lower()])
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def lookup(self, path: str, sid: str, sha256: str, data: bytes
               ) -> tuple[Source, list[Claim], tuple[int, ...]] | None:
        """The source, claims and text signature cached for a file's content (`data`, with
        its `sha256`), with the fields its path and id decide; None on a miss. The file is
        not parsed: claims are checked against the lines the bytes hold."""
        from pydantic import ValidationError

        key = self.content_key(sha256, printable(path))
        entry = self._path(key)
        try:
            doc = self._doc(entry, key, sha256)
            if doc is None:
                self.misses += 1
                return None
            fields = {k: v for k, v in doc["source"].items() if k not in SOURCE_UNCACHED}
            src = Source.model_validate({**fields, "id": sid, "path": printable(path)})
            sig = doc["signature"]
            if src.format is None or not isinstance(sig, list) or not all(
                    type(h) is int for h in sig):
                raise ValueError("not a source")
            claims = self._claims(doc, src)
            # at most this many lines (a text breaking lines otherwise is a miss, rebuilt)
            last = data.count(b"\n") + data.count(b"\r") + 1
            if any(not 1 <= c.line <= last for c in claims):
                raise ValueError("a claim on a line the file does not have")
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            LOG.debug("ignoring cache entry %s: %s", entry, exc)
            self.misses += 1
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used: pruned last
        self.hits += 1
        return src, claims, tuple(sig)

    def _doc(self, path: Path, key: str, sha256: str) -> dict[str, Any] | None:
        """The entry at `path` as JSON, None when there is none; ValueError when it is
        not this key's or this content's."""
        data = _read_regular(path)
        if data is None:
            return None
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("schema") != SCHEMA or doc.get("key") != key:
            raise ValueError("foreign entry")
        if doc.get("sha256") != sha256:
            raise ValueError("made from other content")
        return doc

    @staticmethod
    def _claims(doc: dict[str, Any], src: Source) -> list[Claim]:
        """The entry's claims; an outlet or origin an entry keeps is the text's own (a
        wire service a sentence credits), the others are the source's."""
        fields = path_fields(src)
        items = doc["claims"]
        if not isinstance(items, list) or not all(isinstance(c, dict) for c in items):
            raise ValueError("not a list of claims")
        where = {"source": fields["source"], "path": fields["path"]}
        claims: list[Claim] = _claims_adapter().validate_python(
            [{**fields, **c, **where} for c in items])
        return claims

    def _path(self, key: str) -> Path:
        return self.folder / "claims" / key[:2] / f"{key}.json"

    def get(self, article: Article) -> list[Claim] | None:
        """Cached claims with the fields this article's path decides; None on a miss."""
        key = self.key(article)
        if key is None:
            return None
        claims = self._read(key, article)
        if claims is None:
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def _read(self, key: str, article: Article) -> list[Claim] | None:
        from pydantic import ValidationError

        path = self._path(key)
        try:
            doc = self._doc(path, key, article.source.sha256)
            if doc is None:
                return None
            claims = self._claims(doc, article.source)
            lines = {ln.number for sec in article.sections for ln in sec.lines}
            if any(c.line not in lines for c in claims):
                raise ValueError("a claim on a line the file does not have")
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            LOG.debug("ignoring cache entry %s: %s", path, exc)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return claims

    def put(self, article: Article, claims: Sequence[Claim]) -> None:
        """Store claims atomically; a cache that cannot be written is skipped, not fatal."""
        key = self.key(article)
        if key is None:
            return
        path = self._path(key)
        items = _claims_adapter().dump_python(list(claims), mode="json")
        derived = path_fields(article.source)
        for item in items:
            for name in PATH_FIELDS:
                # kept only when the text decides it (an origin a sentence credits)
                if name in ("source", "path") or item.get(name) == derived[name]:
                    item.pop(name, None)
        source = article.source.model_dump(mode="json", exclude=set(SOURCE_UNCACHED))
        doc = {"schema": SCHEMA, "key": key, "sha256": article.source.sha256,
               "source": source, "signature": list(article.signature), "claims": items}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with open(fd, "w", encoding="utf-8") as fh:
                    json.dump(doc, fh, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            LOG.warning("cannot write claim cache %s: %s", path, exc)


def unsafe(folder: str | os.PathLike[str]) -> str | None:
    """Why the cache folder must not be trusted, or None: a folder (or the folder it is
    made in) that another user owns or that every user may write lets a stranger plant
    entries. A folder that does not exist yet is judged by the first existing parent."""
    path = Path(os.path.abspath(folder))
    uid = os.getuid() if hasattr(os, "getuid") else None
    while True:
        try:
            st = os.stat(path)
            break
        except FileNotFoundError:
            if path.parent == path:
                return None
            path = path.parent
        except OSError as exc:
            return f"cannot read: {exc.strerror or exc.__class__.__name__}"
    if not stat.S_ISDIR(st.st_mode):
        return "not a folder"
    if path != Path(os.path.abspath(folder)) and st.st_mode & stat.S_ISVTX:
        return None  # a new folder under /tmp: made by this user, with this user's mode
    if uid is not None and st.st_uid not in (uid, 0):
        return "owned by another user"
    if st.st_mode & stat.S_IWOTH:
        return "writable by every user"
    return None


def _read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file of at most MAX_ENTRY_BYTES; None for anything else
    (missing, a link, FIFO, device or folder, too large)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None  # missing, or a link (ELOOP)
    with open(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
            return None
        data = fh.read(MAX_ENTRY_BYTES + 1)
    return data if len(data) <= MAX_ENTRY_BYTES else None


def _entries(folder: Path) -> list[tuple[Path, os.stat_result]]:
    """Every entry and temporary file under `folder`/claims (links not followed)."""
    out: list[tuple[Path, os.stat_result]] = []
    root = folder / "claims"
    try:
        subs = [e for e in os.scandir(root) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return out
    for sub in subs:
        try:
            with os.scandir(sub.path) as it:
                for e in it:
                    if e.name.endswith(STORED) or e.name.startswith(".tmp-"):
                        with contextlib.suppress(OSError):
                            out.append((Path(e.path), e.stat(follow_symlinks=False)))
        except OSError:
            continue
    return out


def prune(folder: str | os.PathLike[str], *, max_age_days: float = MAX_AGE_DAYS,
          max_bytes: int = MAX_TOTAL_BYTES, now: float | None = None) -> int:
    """Remove entries unused for `max_age_days`, then the least recently used while the
    entries hold more than `max_bytes`; the number removed."""
    now = time.time() if now is None else now
    entries = sorted(_entries(Path(folder)), key=lambda e: e[1].st_mtime)
    total = sum(st.st_size for _, st in entries)
    removed = 0
    for path, st in entries:
        stale = now - st.st_mtime > max_age_days * 86400
        if not stale and total <= max_bytes:
            break
        try:
            path.unlink()
        except OSError:
            continue
        total -= st.st_size
        removed += 1
    return removed


def prune_now_and_then(folder: str | os.PathLike[str]) -> None:
    """`prune` when the last pruning of `folder` is more than PRUNE_EVERY seconds old."""
    stamp = Path(folder) / "claims" / ".pruned"
    try:
        if time.time() - os.stat(stamp).st_mtime < PRUNE_EVERY:
            return
    except FileNotFoundError:
        pass
    except OSError:
        return
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()
        prune(folder)
    except OSError as exc:
        LOG.debug("cannot prune claim cache %s: %s", folder, exc)


def clear(folder: str | os.PathLike[str]) -> int:
    """Remove every entry of the cache in `folder` (and the folders they were in); the
    number of entries removed. Nothing else is touched and no link is followed."""
    removed = 0
    for path, _ in _entries(Path(folder)):
        try:
            path.unlink()
        except OSError:
            continue
        removed += path.name.endswith(".json")
    root = Path(folder) / "claims"
    try:
        (root / ".pruned").unlink(missing_ok=True)
        for sub in os.scandir(root):
            if sub.is_dir(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.rmdir(sub.path)
        os.rmdir(root)
    except OSError:
        pass
    return removed
