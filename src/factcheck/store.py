"""Packed stores of a warm run: a folder's extracted files in one file, and a shard's
matched and judged groups.

The claim cache (cache.py) holds one JSON entry per file content, validated on every
read: about half of a warm run over 10k articles was reading, parsing and validating
those entries. Beside it:

- a **folder pack** holds, for one folder of the corpus, every file's source, claims and
  text signature as this tool made them for that path, in one pickle read at once. A
  file is answered from it when its bytes have the sha256 the pack recorded and it is
  read under the same path and source id; anything else goes to the claim cache. A pack
  is written again only when files of its folder changed: a small change (at most
  `DELTA_SHARE` of the folder) is written as a delta beside the pack, so one new file in
  10k writes one entry, not 10k.
- a **shard result** holds the groups of one shard (`match.shard`) as matched and
  judged: a shard whose input is unchanged since an earlier run (the same files, by
  content key, path, source id and origin, the same `as_of`, tool, code and data) takes
  them from the store instead of being matched and judged again. Everything matching
  reads of a folder (its sources, its dated pages, the years and periods it states) is
  read from the shard's own claims, which are all in the key.

Both are pickles of the project's own models (rebuilt as pickled, not validated again;
see models.Frozen), read by an unpickler that builds nothing but those models, dates and
plain containers: a pack of another make is a miss, never code run. They live in the
cache folder, with its checks (a folder another user owns or everyone may write is not
used) and its pruning. A pack or result that cannot be read, of another schema or salt,
is a miss and is rebuilt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import io
import logging
import os
import pickle
import secrets
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck import models

LOG = logging.getLogger(__name__)

SCHEMA = "factcheck.pack/1"
#: A folder with fewer files than this is not packed (its entries cost little to read).
PACK_MIN = 32
#: A change to at most this share of a folder's pack (or DELTA_MIN files) is a delta.
DELTA_SHARE = 0.1
DELTA_MIN = 64
#: A run of fewer claims than this stores no shard results (it is matched in less time
#: than its results take to write).
STORE_MIN_CLAIMS = 2000
#: A shard of at least this many claims is stored in a file of its own; smaller ones
#: share BUCKETS files.
SHARD_MIN = 200
BUCKETS = 256
#: Largest pack or result read (bytes).
MAX_BYTES = 2 * 1024 * 1024 * 1024

#: What one file gives: its source, its claims and its text signature (parallel.Result).
Result = tuple[models.Source, list[models.Claim], tuple[int, ...]]
#: A pack entry: sha256 of the bytes, the highest claim line, and the result.
Entry = tuple[str, int, Result]

_MODELS = frozenset(name for name in dir(models)
                    if isinstance(getattr(models, name), type)
                    and issubclass(getattr(models, name), models.Frozen))
_ALLOWED = {("factcheck.models", "_rebuilt"), ("datetime", "date"),
            *(("factcheck.models", name) for name in _MODELS)}


class _Unpickler(pickle.Unpickler):
    """Builds the project's models, dates and containers; any other global is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed")


@contextlib.contextmanager
def _no_collections() -> Iterator[None]:
    """The cyclic collector off while a store is read, and what was read kept out of its
    sight afterwards (`gc.freeze`): it would walk every object the load builds, again at
    every full collection, and the models it builds form no cycles (they are still freed
    when no longer referenced)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def loads(data: bytes) -> Any:
    """A stored object; pickle.UnpicklingError (or another error) when not one of ours."""
    with _no_collections():
        return _Unpickler(io.BytesIO(data)).load()


def _read(path: Path) -> Any | None:
    """The object stored at `path`; None when there is none or it is not readable."""
    from factcheck.cache import _read_regular

    try:
        data = _read_regular(path) if os.path.getsize(path) <= MAX_BYTES else None
    except OSError:
        return None
    if data is None:
        return None
    try:
        return loads(data)
    except Exception as exc:  # any damage is a miss
        LOG.debug("ignoring store %s: %s", path, exc)
        return None


def _write(path: Path, obj: Any) -> None:
    """Store `obj` atomically (a temporary file renamed into place); a store that cannot
    be written is skipped, not fatal."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with open(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError) as exc:
        LOG.warning("cannot write %s: %s", path, exc)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class Packs:
    """The folder packs of one run: looked up file by file, written back at the end."""

    def __init__(self, folder: str | os.PathLike[str], salt: str) -> None:
        self.root = Path(folder) / "claims" / "pk"
        self.salt = salt
        #: folder -> (pack id, entries as read: base and delta)
        self._read: dict[str, tuple[str, dict[str, Entry], dict[str, Entry], int]] = {}
        #: folder -> entries this run made or confirmed
        self._now: dict[str, dict[str, Entry]] = {}
        self._sizes: dict[str, int] = {}
        self._folder_of: dict[str, str] = {}
        self.hits = 0

    def folder(self, path: str) -> str:
        """The folder (absolute) of the file at `path`."""
        got = self._folder_of.get(path)
        if got is None:
            got = self._folder_of[path] = os.path.dirname(os.path.abspath(path))
        return got

    def _base(self, folder: str) -> Path:
        return self.root / f"{_digest(SCHEMA, self.salt, folder)}.pack"

    def open_folders(self, paths: Sequence[str]) -> None:
        """Read the packs of the folders of `paths` (the files of this run)."""
        for p in paths:
            folder = self._folder_of[p] = os.path.dirname(os.path.abspath(p))
            self._sizes[folder] = self._sizes.get(folder, 0) + 1
        for folder, size in self._sizes.items():
            if size >= PACK_MIN:
                self._read[folder] = self._load(folder)

    def _load(self, folder: str) -> tuple[str, dict[str, Entry], dict[str, Entry], int]:
        """(pack id, entries, the delta's entries, entries of the base) of a folder."""
        base = self._base(folder)
        doc = _read(base)
        if doc is None or not self._ours(doc, folder):
            return "", {}, {}, 0
        entries: dict[str, Entry] = dict(doc["entries"])
        delta = _read(base.with_suffix(".delta"))
        extra: dict[str, Entry] = {}
        if delta is not None and self._ours(delta, folder) and delta.get("base") == doc["id"]:
            extra = dict(delta["entries"])
            entries.update(extra)
        return str(doc["id"]), entries, extra, len(doc["entries"])

    def _ours(self, doc: Any, folder: str) -> bool:
        return (isinstance(doc, dict) and doc.get("schema") == SCHEMA
                and doc.get("salt") == self.salt and doc.get("folder") == folder
                and isinstance(doc.get("entries"), dict))

    def packed(self, path: str) -> bool:
        """Whether the folder of `path` has a pack read this run."""
        got = self._read.get(self.folder(path))
        return got is not None and bool(got[1])

    def lookup(self, path: str, sid: str, shown: str, sha256: str, lines: int
               ) -> Result | None:
        """The result recorded for the file at `path` (shown as `shown`, with source id
        `sid`) whose bytes have `sha256` and at most `lines` lines; None on a miss."""
        got = self._read.get(self.folder(path))
        if got is None:
            return None
        entry = got[1].get(path)
        if entry is None:
            return None
        try:
            sha, last, result = entry
            src = result[0]
            if (sha != sha256 or last > lines or src.id != sid or src.path != shown
                    or src.sha256 != sha256):
                return None
        except (TypeError, ValueError, AttributeError):
            return None
        self.hits += 1
        self.record(path, entry)
        return result

    def record(self, path: str, entry: Entry) -> None:
        """Note what the file at `path` gave this run (written back by `save`)."""
        folder = self.folder(path)
        if self._sizes.get(folder, 0) >= PACK_MIN:
            self._now.setdefault(folder, {})[path] = entry

    def save(self) -> None:
        """Write back the packs whose folders changed: a delta when the change is small,
        else the whole pack (keeping entries of files still there that this run did not
        read, so runs on parts of a folder do not undo each other)."""
        for folder, now in self._now.items():
            pack_id, before, delta, base_size = self._read.get(folder, ("", {}, {}, 0))
            changed = {p: e for p, e in now.items() if before.get(p) is not e}
            if not changed:
                continue
            base = self._base(folder)
            grown = {**delta, **changed}
            if pack_id and len(grown) <= max(DELTA_MIN, DELTA_SHARE * base_size):
                _write(base.with_suffix(".delta"),
                       {"schema": SCHEMA, "salt": self.salt, "folder": folder,
                        "base": pack_id, "entries": grown})
                continue
            kept = {p: e for p, e in before.items() if p not in now and os.path.exists(p)}
            _write(base, {"schema": SCHEMA, "salt": self.salt, "folder": folder,
                          "id": secrets.token_hex(8), "entries": {**kept, **now}})
            with contextlib.suppress(OSError):
                base.with_suffix(".delta").unlink()


def _all_data() -> str:
    """Hash of every packaged data file (what matching and judging read of them)."""
    from importlib import resources

    h = hashlib.sha256()
    data = resources.files("factcheck").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            h.update(entry.name.encode() + b"\x00" + entry.read_bytes())
    return h.hexdigest()


class ShardStore:
    """Matched and judged groups of shards, by a hash of the shard's input. A shard of
    at least SHARD_MIN claims has a file of its own; smaller ones (tens of thousands in
    a corpus of prose: a name, a person, a product's statements) are kept together in
    BUCKETS files by their shard's name, each written again only when one of its shards
    changed."""

    def __init__(self, folder: str | os.PathLike[str], salt: str) -> None:
        self.root = Path(folder) / "claims" / "sh"
        self.salt = _digest(salt, _all_data())
        self.hits = 0
        self._buckets: dict[int, dict[str, Any]] = {}
        self._used: dict[int, dict[str, Any]] = {}
        self._dirty: set[int] = set()

    def key(self, name: str, tokens: Sequence[str], as_of: dt.date) -> str:
        """The key of shard `name` whose claims come from the files of `tokens` (see
        parallel.file_token), judged on `as_of`."""
        return _digest(SCHEMA, self.salt, as_of.isoformat(), name, *sorted(set(tokens)))

    def _path(self, key: str) -> Path:
        return self.root / f"{key}.shard"

    def _bucket(self, name: str) -> int:
        return int(hashlib.blake2b(name.encode("utf-8", "surrogatepass"),
                                   digest_size=4).hexdigest(), 16) % BUCKETS

    def _bucket_path(self, b: int) -> Path:
        return self.root / f"{_digest(SCHEMA, self.salt, 'bucket', str(b))}.shard"

    def _entries(self, b: int) -> dict[str, Any]:
        got = self._buckets.get(b)
        if got is None:
            doc = _read(self._bucket_path(b))
            ok = (isinstance(doc, dict) and doc.get("schema") == SCHEMA
                  and doc.get("salt") == self.salt and doc.get("bucket") == b
                  and isinstance(doc.get("entries"), dict))
            got = self._buckets[b] = doc["entries"] if ok and doc is not None else {}
        return got

    def get(self, key: str, size: int, name: str = "") -> Any | None:
        """The judged groups stored under `key` for a shard of `size` claims named
        `name`; None on a miss."""
        if size < SHARD_MIN:
            b = self._bucket(name)
            entry = self._entries(b).get(key)
            if not isinstance(entry, tuple) or len(entry) != 2 or entry[0] != size:
                return None
            self._used.setdefault(b, {})[key] = entry
            self.hits += 1
            return entry[1]
        doc = _read(self._path(key))
        if (not isinstance(doc, dict) or doc.get("schema") != SCHEMA
                or doc.get("key") != key or doc.get("size") != size):
            return None
        self.hits += 1
        with contextlib.suppress(OSError):
            os.utime(self._path(key))  # recently used: pruned last
        return doc["judged"]

    def put(self, key: str, size: int, judged: Any, name: str = "") -> None:
        """Store a shard's judged groups (small shards: when `save` is called)."""
        if size < SHARD_MIN:
            b = self._bucket(name)
            self._used.setdefault(b, {})[key] = (size, judged)
            self._dirty.add(b)
            return
        _write(self._path(key), {"schema": SCHEMA, "key": key, "size": size,
                                 "judged": judged})

    def save(self) -> None:
        """Write the buckets a shard of this run changed: each with the shards of this
        run it holds (those of other runs go, or the bucket would only grow)."""
        for b in sorted(self._dirty):
            _write(self._bucket_path(b), {"schema": SCHEMA, "salt": self.salt, "bucket": b,
                                          "entries": self._used[b]})
        self._dirty.clear()
