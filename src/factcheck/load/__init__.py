"""Load stage: files → decoded, repaired text → Article (source facts plus sections)."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from factcheck.errors import NotText
from factcheck.load.confusables import fold_confusables
from factcheck.load.decode import decode
from factcheck.load.dedupe import signature
from factcheck.load.discover import Found, discover, printable
from factcheck.load.html import looks_like_html, parse_html
from factcheck.load.structure import shape
from factcheck.models import Article, Source

LOG = logging.getLogger(__name__)

# C0 controls but tab and the line breaks str.splitlines() knows, DEL, C1 but NEL, the
# bidirectional controls (they reorder what a terminal shows) and lone surrogates (a JSON
# "\udc00" escape: no encoder accepts them).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f"
                      "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: The same for one-line fields (title, outlet, url): every control character.
_FIELD_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                            "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

#: Files larger than this are skipped with a warning unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _name(path: str) -> str:
    """Path(path).name, without building a Path for a path that ends in a name."""
    base = os.path.basename(path)
    return base if base and base not in (".", "..") else Path(path).name


def _source_ids(paths: list[str]) -> dict[str, str]:
    """File names as ids; a name that occurs twice gets its parent folders prepended, and
    two paths that still print alike (a real newline and a literal ``\\n``) get a hash of
    their real name, so every file is a source of its own."""
    names = [printable(_name(p)) for p in paths]
    counts = Counter(names)
    ids = {
        p: name if counts[name] == 1 else printable(os.path.normpath(p).replace(os.sep, "/"))
        for p, name in zip(paths, names, strict=True)
    }
    taken = Counter(ids.values())
    for p, sid in ids.items():
        if taken[sid] > 1:
            digest = hashlib.sha256(os.fsencode(os.path.normpath(p))).hexdigest()[:8]
            ids[p] = f"{sid}~{digest}"
    return ids


def _failed(path: str, sid: str, sha: str, reason: str) -> Article:
    src = Source(id=sid, path=printable(path), sha256=sha, format=None, outlet=None,
                 title=None, checked=False, warnings=(reason,))
    return Article(source=src, sections=())


def _read(path: str, max_bytes: int) -> bytes | str:
    """The file's bytes, or why they cannot be used (decided from os.stat when it can be)."""
    try:
        # stat first: a file over the limit is refused without reading a byte of it, and a
        # FIFO or device (which could block or never end) is never opened
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return "not a regular file"
        if st.st_size > max_bytes:
            return f"file too large ({st.st_size} bytes; limit {max_bytes}, see --max-size)"
        with open(path, "rb") as fh:
            # as much as the stat says (a buffer of max_bytes would be allocated for
            # every file), and the rest up to the limit only when the file grew
            data = fh.read(min(st.st_size, max_bytes) + 1)
            if len(data) > st.st_size:
                data += fh.read(max_bytes + 1 - len(data))
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc.__class__.__name__}"
    if len(data) > max_bytes:  # it grew after the stat
        return f"file too large (over {max_bytes} bytes, see --max-size)"
    return data


def load_one(path: str, sid: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file into an Article; problems become warnings, never exceptions."""
    got = read_one(path, sid, max_bytes)
    return got if isinstance(got, Article) else parse_one(path, sid, *got)


def read_one(path: str, sid: str, max_bytes: int = DEFAULT_MAX_BYTES
             ) -> tuple[bytes, str] | Article:
    """The file's bytes and their sha256, or the Article of a file that cannot be used
    (unreadable, too large, empty). `parse_one` reads the bytes into an Article."""
    data = _read(path, max_bytes)
    if isinstance(data, str):
        return _failed(path, sid, "", data)
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return _failed(path, sid, sha, "empty file")
    return data, sha


def parse_one(path: str, sid: str, data: bytes, sha: str) -> Article:
    """The Article of a file's bytes (see `read_one`); problems become warnings."""
    try:
        return _parse(path, sid, sha, data)
    except NotText as exc:
        return _failed(path, sid, sha, exc.reason)
    except (RecursionError, MemoryError, ValueError, LookupError, TypeError,
            AttributeError, AssertionError) as exc:
        # a bug met on strange input must cost this file, not the run; -v logs it
        LOG.debug("cannot read %s", path, exc_info=True)
        return _failed(path, sid, sha, f"cannot read: internal error ({type(exc).__name__})")


def clean_text(text: str) -> str:
    """`text` with every control character that could reach a terminal replaced by U+FFFD
    (one for one, so offsets and line breaks stay)."""
    return _CONTROL.sub("\ufffd", text) if _CONTROL.search(text) else text


def clean_field(text: str | None) -> str | None:
    """A one-line metadata field with every control character (line breaks too) cleaned;
    None when nothing readable is left."""
    if text is None:
        return None
    if _FIELD_CONTROL.search(text):
        text = _FIELD_CONTROL.sub("\ufffd", text)
    return text.strip() or None


def _parse(path: str, sid: str, sha: str, data: bytes) -> Article:
    decoded = decode(data)
    del data
    # terminal escapes and other controls never reach a report: filtered after each
    # decoding step (bytes to text here; character references, JSON and YAML escapes in
    # the HTML and front matter readers below, whose results are cleaned again)
    text = clean_text(decoded.text)
    # look-alike letters inside Latin words ("fligҺt") are read as the Latin ones
    text, _ = fold_confusables(text)
    suffix = Path(path).suffix.lower()
    if looks_like_html(text, suffix):
        page = parse_html(text)
        fields = {k: v for k, v in ((k, clean_field(v)) for k, v in page.fields.items()) if v}
        found = shape([clean_text(ln) for ln in page.lines], suffix, html=True, fields=fields,
                      numbers=page.numbers)
    else:
        found = shape(text.splitlines(), suffix)
    warnings = [clean_text(w) for w in (*decoded.warnings, *found.warnings)]
    has_text = any(sec.lines for sec in found.sections)
    if not has_text:
        warnings.append("no article text found")
    src = Source(
        id=sid,
        path=printable(path),
        sha256=sha,
        format=found.format,
        outlet=clean_field(found.outlet),
        title=clean_field(found.title),
        published=found.published,
        url=clean_field(found.url),
        origin=clean_field(found.origin if found.origin and found.origin != found.outlet
                           else None),
        repaired=decoded.repaired,
        checked=has_text,
        warnings=tuple(warnings),
    )
    text = "\n".join(ln.text for sec in found.sections for ln in sec.lines)
    return Article(source=src, sections=found.sections, signature=signature(text))


def mark_duplicate(src: Source, first_by_sha: dict[str, str]) -> Source:
    """The source marked as a duplicate of an earlier identical file (sources in path order)."""
    if src.sha256 and src.format is not None:
        if src.sha256 in first_by_sha:
            return src.model_copy(update={"duplicate_of": first_by_sha[src.sha256]})
        first_by_sha[src.sha256] = src.id
    return src


def iter_articles(found: list[Found], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Articles for discovered files, in path order; identical files are marked duplicates."""
    ids = _source_ids([f.path for f in found])
    first_by_sha: dict[str, str] = {}
    for item in found:
        sid = ids[item.path]
        if item.reason is not None:
            yield _failed(item.path, sid, "", item.reason)
            continue
        article = load_one(item.path, sid, max_bytes)
        src = mark_duplicate(article.source, first_by_sha)
        yield article if src is article.source else article.model_copy(update={"source": src})


def load_sources(paths: list[str] | tuple[str, ...], max_bytes: int = DEFAULT_MAX_BYTES,
                 follow_links: bool = False) -> list[Article]:
    """Every article under `paths` (InputError when a path names nothing)."""
    return list(iter_articles(discover(paths, follow_links), max_bytes))
