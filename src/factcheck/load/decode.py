"""Turn a source file's bytes into text, and repair UTF-8 mojibake inside that text.

Order of work in :func:`decode`:

1. refuse binary content (magic numbers, NUL bytes, a high share of control characters);
2. UTF-32/UTF-16 by byte-order mark, UTF-8 (a UTF-8 BOM is stripped), BOM-less UTF-16
   recognised by the position of its NUL bytes;
3. otherwise ``charset-normalizer`` for legacy encodings (Windows-1252, GB18030,
   Shift-JIS, ...), imported lazily because it is slow to import;
4. then :func:`repair_mojibake` on the decoded text.

Why the repair is hand-written rather than ``ftfy``: the seed files hold UTF-8 bytes that
were decoded as a Windows-874 variant (Thai; its 0x80-0x9F range follows Windows-1252)
and written again as UTF-8. ftfy does not reverse Windows-874 at all, and its quote
uncurling (run first) makes the repair worse; re-encoding the whole text with the legacy
codec damages characters that were never broken (a real "•" bullet). So we reverse only
maximal runs of characters that the legacy codec produces from bytes 0x80-0xFF, and only
where those bytes form valid multi-byte UTF-8 sequences. A few bytes were lost for good
(Windows-874 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D, so they were dropped or
replaced by U+FFFD): a sequence missing exactly one continuation byte is dropped and
counted as lost; nothing outside a run (in particular no ASCII letter or digit) is ever
touched, and no line break is created or removed, so line numbers stay right.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from factcheck.errors import NotText

__all__ = ["Decoded", "decode", "repair_mojibake"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded (and possibly repaired) source text."""

    text: str  # decoded and repaired text; line boundaries identical to the file's
    encoding: str  # e.g. "utf-8", "utf-8-sig", "utf-16", "cp1252", "gb18030", "shift_jis"
    repaired: bool  # True when mojibake was repaired
    warnings: tuple[str, ...]  # short lower-case reasons


# --------------------------------------------------------------------------------------
# Binary detection
# --------------------------------------------------------------------------------------

_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
)

# C0/C1 control characters that do not occur in text (tab, line feed, vertical tab,
# form feed, carriage return and escape are allowed).
_CONTROLS: Final[tuple[str, ...]] = tuple(
    chr(c) for c in [*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F]
) + tuple(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
_MAX_CONTROL_SHARE: Final = 0.10

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# charset-normalizer often names a neighbouring Latin code page (cp1257, cp1250, ...) for
# Windows-1252 text, with the same or nearly the same "chaos"; Windows-1252 is by far the
# most common legacy encoding of English-language news, so prefer it among these.
_LATIN_FAMILY: Final = frozenset(
    {
        "cp1250", "cp1254", "cp1257", "cp1258", "cp775", "cp437", "cp850", "cp852",
        "cp858", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9",
        "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
        "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "hp_roman8",
    }
)  # fmt: skip
_CP1252_MARGIN: Final = 0.1


_CONTROL_RE: Final = re.compile("[" + "".join(re.escape(c) for c in _CONTROLS) + "]")


def _control_share(text: str) -> float:
    if not text or _CONTROL_RE.search(text) is None:
        return 0.0  # one pass finds none: most text holds no control character
    return sum(text.count(c) for c in _CONTROLS) / len(text)


def _check_text(text: str) -> None:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise NotText("binary file (control characters)")


def _utf16_without_bom(data: bytes) -> str | None:
    """Name the UTF-16 byte order when NULs sit on one parity only (mostly-ASCII text)."""
    sample = data[:65536]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer; returns (text, codec name)."""
    from charset_normalizer import from_bytes  # slow to import: only when needed

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise NotText("undecodable bytes (no encoding explains them)")
    name = codecs.lookup(best.encoding).name
    if name in _LATIN_FAMILY:
        for match in results:
            if (
                codecs.lookup(match.encoding).name == "cp1252"
                and match.chaos <= best.chaos + _CP1252_MARGIN
            ):
                name = "cp1252"
                break
    if name in _CHINESE and _japanese(data):
        name = "cp932"
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
    return text, name


# Short Shift-JIS text mixed with Latin letters is often taken for GB18030; decoded as
# Shift-JIS it is full of kana, which Chinese bytes read as Shift-JIS hardly ever give
# (their lead bytes fall on half-width katakana instead).
_CHINESE: Final = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz"})
_KANA: Final = re.compile("[\u3041-\u30ff]")
_KANA_SHARE: Final = 0.2


def _japanese(data: bytes) -> bool:
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return False
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    return wide > 0 and len(_KANA.findall(text)) >= _KANA_SHARE * wide


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes to text and repair mojibake; raise NotText for non-text."""
    if not data:
        return Decoded("", "utf-8", False, ())
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file ({kind})")

    text: str | None = None
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
                encoding = name
            except UnicodeDecodeError:
                text = None
            break
    if text is None and b"\x00" in data:
        order = _utf16_without_bom(data)
        if order is None:
            raise NotText("binary file (NUL bytes)")
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            raise NotText("binary file (NUL bytes)") from None
        encoding = order
    if text is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text, encoding = _legacy(data)

    warnings: list[str] = []
    if encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(f"decoded as {encoding}")
    repaired_text, repaired, lost, codec = _repair(text)
    _check_text(repaired_text)
    if repaired:
        note = f"repaired mojibake (utf-8 read as {codec})"
        if lost:
            note += f"; {lost} character{'s' if lost != 1 else ''} lost"
        warnings.append(note)
    return Decoded(repaired_text, encoding, repaired, tuple(warnings))


# --------------------------------------------------------------------------------------
# Mojibake repair
# --------------------------------------------------------------------------------------

_LOST: Final = 0xFFFD  # a byte the legacy codec replaced by U+FFFD: one unknown byte


def _build_tables() -> tuple[dict[int, int], frozenset[str], frozenset[str]]:
    """Map each character a legacy codec makes of a byte 0x80-0xFF back to that byte.

    Windows-874 (as seen in the seeds: 0x80-0x9F as in Windows-1252, 0xA0-0xFF Thai) and
    Windows-1252 / Latin-1 share 0x80-0xA0 and differ above, where Thai letters and Latin-1
    letters are distinct characters, so one table covers both readings.
    """
    table: dict[int, int] = {}
    thai: set[str] = set()
    latin: set[str] = set()
    for byte in range(0x80, 0x100):
        raw = bytes([byte])
        for codec, bucket in (("cp1252", latin), ("cp874", thai)):
            try:
                char = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            table.setdefault(ord(char), byte)
            if byte >= 0xA1:
                bucket.add(char)
        # Latin-1 reading (C1 controls for Windows-1252's holes); never U+0085, which
        # str.splitlines() treats as a line break.
        if byte != 0x85:
            table.setdefault(byte, byte)
            if byte >= 0xA1:
                latin.add(chr(byte))
    table[_LOST] = _LOST
    return table, frozenset(thai), frozenset(latin)


_TO_BYTE, _THAI, _LATIN = _build_tables()
_TRANSLATE: Final = {cp: chr(b) for cp, b in _TO_BYTE.items()}


def _char_class(codes: list[int]) -> str:
    return "[" + "".join(re.escape(chr(cp)) for cp in sorted(codes)) + "]"


# Runs of two or more such characters (one alone never forms a sequence). A single
# character class with a counted repeat: linear, no backtracking.
_RUN: Final = re.compile(_char_class(list(_TO_BYTE)) + "{2,}")
# A Thai letter that reads as a UTF-8 lead byte but is not followed by a continuation
# byte: such a letter stays as it is, which marks its run as genuine Thai. Found with one
# linear pass so that long genuine Thai text is not parsed character by character.
_ORPHAN_LEAD: Final = re.compile(
    _char_class([ord(c) for c in _THAI if 0xC2 <= _TO_BYTE[ord(c)] <= 0xF4])
    + "(?!"
    + _char_class([cp for cp, b in _TO_BYTE.items() if 0x80 <= b <= 0xBF or cp == _LOST])
    + ")"
)
_THAI_OR_NBSP: Final = _THAI | {"\xa0"}
_LINE_BREAKS: Final = frozenset("\x85\u2028\u2029")
_BAD_CATEGORIES: Final = frozenset({"Cc", "Cs", "Co", "Cn"})
# Thai letters in rejected runs at or above which weak runs are left alone (see _repair).
_THAI_EVIDENCE: Final = 3


def _seq_len(code: int) -> int:
    if 0xC2 <= code <= 0xDF:
        return 2
    if 0xE0 <= code <= 0xEF:
        return 3
    if 0xF0 <= code <= 0xF4:
        return 4
    return 0


def _is_cont(code: int) -> bool:
    return 0x80 <= code <= 0xBF or code == _LOST


def _plausible_cp(cp: int) -> bool:
    """A code point that mojibake repair may produce (no controls, no line breaks)."""
    if chr(cp) in _LINE_BREAKS:
        return False
    if 0x40000 <= cp <= 0xE0000 or 0xE0080 <= cp <= 0xE00FF or cp >= 0xE01F0:
        return False  # unassigned planes, unassigned tags, private-use planes
    if cp >= 0x20000:
        return True  # CJK extensions, tags, variation selectors
    category = unicodedata.category(chr(cp))
    if category == "Cn":
        # Emoji newer than this Python's Unicode database are still emoji.
        return 0x1F000 <= cp <= 0x1FAFF
    return category not in _BAD_CATEGORIES


@functools.cache
def _implausible() -> re.Pattern[str]:
    """One character class of everything _plausible_cp refuses (built once, lazily).

    The class is split so that the BMP part compiles to a bitmap (constant time per
    character); classes with astral characters fall back to a slower list of ranges.
    """
    ranges: list[str] = []
    astral: list[str] = []
    start: int | None = None
    for cp in range(0x80, 0x20001):
        bad = cp < 0x20000 and not _plausible_cp(cp)
        if bad and start is None:
            start = cp
        elif not bad and start is not None:
            (ranges if cp <= 0x10000 else astral).append(
                f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}"
            )
            start = None
    astral += ["\\U00040000-\\U000E0000", "\\U000E0080-\\U000E00FF", "\\U000E01F0-\\U0010FFFF"]
    bmp = "[" + "".join(ranges) + "]"
    return re.compile(bmp + "|(?=[\\U00010000-\\U0010FFFF])[" + "".join(astral) + "]")


def _plausible(char: str) -> bool:
    return _implausible().search(char) is None


@dataclass(slots=True)
class _Run:
    """The outcome of parsing one run: replacement text and token counts."""

    text: str
    valid: int  # complete, valid UTF-8 sequences
    lost: int  # sequences short of exactly one byte (dropped, counted as lost)
    foreign_thai: int  # Thai letters kept as they are (evidence of genuine Thai)


def _parse_run(run: str) -> _Run:
    mapped = run.translate(_TRANSLATE)
    if "\ufffd" not in mapped:
        # Fast path: the whole run is valid UTF-8.
        try:
            fixed = mapped.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _implausible().search(fixed) is None:
                return _Run(fixed, len(fixed), 0, 0)
    codes = [ord(c) for c in mapped]
    out: list[str] = []
    valid = lost = foreign = 0
    i, n = 0, len(codes)
    while i < n:
        need = _seq_len(codes[i])
        j = i + 1
        while j < n and j - i < need and _is_cont(codes[j]):
            j += 1
        got = j - i
        if need and got == need and _LOST not in codes[i + 1 : j]:
            try:
                char = bytes(codes[i:j]).decode("utf-8")
            except UnicodeDecodeError:
                char = ""
            if char and _plausible(char):
                out.append(char)
                valid += 1
                i = j
                continue
        elif need and (got == need or (2 <= got == need - 1)):
            # One byte the codec could not hold was replaced (U+FFFD) or dropped.
            probe = bytes(c if c != _LOST else 0x80 for c in codes[i:j])
            try:
                (probe + b"\x80" * (need - got)).decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                lost += 1
                i = j
                continue
        # Not part of a UTF-8 sequence: keep the character as it was.
        out.append(run[i])
        if run[i] in _THAI:
            foreign += 1
        i += 1
    return _Run("".join(out), valid, lost, foreign)


def _repair(text: str) -> tuple[str, bool, int, str]:
    """Repair mojibake; returns (text, repaired?, characters lost, legacy codec named)."""
    if text.isascii():
        return text, False, 0, ""  # every character a legacy codec makes of a byte is not
    runs = _RUN.finditer(text)
    orphans = [m.start() for m in _ORPHAN_LEAD.finditer(text)]
    next_orphan = 0
    parsed: list[tuple[re.Match[str], _Run, bool]] = []
    seen: dict[str, _Run] = {}  # the same runs recur (bullets, emoji): parse each once
    thai_evidence = 0
    weak_chars = 0
    strong = False
    for match in runs:
        start, end = match.span()
        while next_orphan < len(orphans) and orphans[next_orphan] < start:
            next_orphan += 1
        if next_orphan < len(orphans) and orphans[next_orphan] < end:
            # An unpaired Thai lead letter: genuine Thai, the run is left alone.
            thai_evidence += end - start
            continue
        run = match.group()
        result = seen.get(run)
        if result is None:
            result = seen[run] = _parse_run(run)
        # A run is accepted when it holds a valid sequence (or one short of a lost byte)
        # and no Thai letter is left over: genuine Thai leaves lead bytes unpaired.
        if result.foreign_thai or not (result.valid or result.lost):
            thai_evidence += result.foreign_thai
            continue
        # "Weak" runs hold only Thai letters (and NBSP), or nothing but a sequence short of
        # a byte: a short genuine Thai word can happen to form valid UTF-8 (e.g. "โกง"),
        # so those are repaired only in a document that is mojibake elsewhere too.
        weak = result.valid == 0 or _THAI_OR_NBSP.issuperset(run)
        if weak:
            weak_chars += len(run)
        else:
            strong = True
        parsed.append((match, result, weak))
    trust_weak = strong and thai_evidence < max(_THAI_EVIDENCE, weak_chars)

    pieces: list[str] = []
    pos = 0
    lost = 0
    repaired = False
    saw_thai = saw_latin = False
    for match, result, weak in parsed:
        if weak and not trust_weak:
            continue
        run = match.group()
        pieces.append(text[pos : match.start()])
        pieces.append(result.text)
        pos = match.end()
        lost += result.lost
        repaired = True
        saw_thai = saw_thai or not _THAI.isdisjoint(run)
        saw_latin = saw_latin or not _LATIN.isdisjoint(run)
    if not repaired:
        return text, False, 0, ""
    pieces.append(text[pos:])
    codec = "/".join(
        name
        for name, seen in (("windows-874", saw_thai), ("windows-1252", saw_latin or not saw_thai))
        if seen
    )
    return "".join(pieces), True, lost, codec


def repair_mojibake(text: str) -> tuple[str, bool, int]:
    """Repair UTF-8 read as Windows-874/Windows-1252; returns (text, repaired?, lost)."""
    fixed, repaired, lost, _codec = _repair(text)
    return fixed, repaired, lost
