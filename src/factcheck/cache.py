"""Cache of extracted claims, keyed by the file's sha256, the tool and the data in use.

A CI run over a corpus where one file changed re-extracts that one file. An entry is
trusted only if it parses, names the exact key asked for and validates as claims;
anything else (corrupt, truncated, foreign, from another version) is ignored and
rebuilt. Writes go to a temporary file renamed into place, so two runs sharing a
cache folder never see half an entry.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.models import Article, Claim

LOG = logging.getLogger(__name__)

SCHEMA = "factcheck.cache/1"
ENV = "FACTCHECK_CACHE_DIR"


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
    for name in ("gazetteer.yaml", "metrics.yaml"):
        h.update(data.joinpath(name).read_bytes())
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
             lexicon_files: Sequence[str] = ()) -> ClaimCache:
        """A cache in `folder` for this tool version, code and data."""
        salt = "\x1f".join([SCHEMA, __version__, _code_fingerprint(),
                            data_fingerprint(gazetteer_files, lexicon_files)])
        return cls(folder, salt)

    def key(self, article: Article) -> str | None:
        """The entry key, or None for an article that is never cached."""
        src = article.source
        if src.format is None or src.duplicate_of is not None or not src.sha256:
            return None  # nothing extracted; an identical file's entry must not be shadowed
        body = "\x1f".join([self.salt, src.sha256, Path(src.path).suffix.lower()])
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "claims" / key[:2] / f"{key}.json"

    def get(self, article: Article) -> list[Claim] | None:
        """Cached claims, re-attached to this article's id and path; None on a miss."""
        key = self.key(article)
        if key is None:
            return None
        claims = self._read(key)
        if claims is None:
            self.misses += 1
            return None
        self.hits += 1
        src = article.source
        return [c.model_copy(update={"source": src.id, "path": src.path}) for c in claims]

    def _read(self, key: str) -> list[Claim] | None:
        from pydantic import ValidationError

        path = self._path(key)
        try:
            doc = json.loads(path.read_text("utf-8"))
            if not isinstance(doc, dict) or doc.get("schema") != SCHEMA or doc.get("key") != key:
                raise ValueError("foreign entry")
            claims: list[Claim] = _claims_adapter().validate_python(doc["claims"])
            return claims
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            LOG.debug("ignoring cache entry %s: %s", path, exc)
            return None

    def put(self, article: Article, claims: Sequence[Claim]) -> None:
        """Store claims atomically; a cache that cannot be written is skipped, not fatal."""
        key = self.key(article)
        if key is None:
            return
        path = self._path(key)
        doc = {"schema": SCHEMA, "key": key,
               "claims": _claims_adapter().dump_python(list(claims), mode="json")}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(doc, fh, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            LOG.warning("cannot write claim cache %s: %s", path, exc)
