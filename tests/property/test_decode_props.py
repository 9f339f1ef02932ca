"""Property tests for factcheck.load.decode: mojibake round-trips, no crash, no damage."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.errors import NotText
from factcheck.load.decode import decode, repair_mojibake

SETTINGS = settings(derandomize=True, deadline=None, max_examples=300)

# Characters repair never produces: controls, surrogates, private use, unassigned, and
# characters str.splitlines() treats as line breaks.
_TEXT_CHARS = st.one_of(
    st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn"),
        blacklist_characters="\u2028\u2029\x85",
    ),
    st.sampled_from("\n\t "),
)
texts = st.text(_TEXT_CHARS, max_size=60)


def _reader(codec: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            table[byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
    return table


# The seeds' Windows-874 variant: 0x80-0x9F as Windows-1252, 0xA0-0xFF as Windows-874.
_CP874_VARIANT = {**_reader("cp1252"), **{b: c for b, c in _reader("cp874").items() if b >= 0xA0}}
_CP1252 = _reader("cp1252")


def mojibake(text: str, table: dict[int, str]) -> str | None:
    """UTF-8 bytes of text read with table; None when a byte does not survive."""
    out = []
    for byte in text.encode("utf-8"):
        if byte < 0x80:
            out.append(chr(byte))
        elif byte in table:
            out.append(table[byte])
        else:
            return None
    return "".join(out)


# One unambiguous sequence ("•" reads as "โ€ข" / "â€¢") so that runs that look like Thai
# are trusted as mojibake: a document made only of such runs is left alone by design.
ANCHOR = "• "


@SETTINGS
@given(texts, st.sampled_from(["cp874", "cp1252"]))
def test_mojibake_round_trip(text: str, which: str) -> None:
    table = _CP874_VARIANT if which == "cp874" else _CP1252
    original = ANCHOR + text
    broken = mojibake(original, table)
    assume(broken is not None)
    assert broken is not None
    fixed, repaired, lost = repair_mojibake(broken)
    assert fixed == original
    assert lost == 0
    assert repaired == (broken != original)


@SETTINGS
@given(texts)
def test_repair_keeps_lines_and_ascii(text: str) -> None:
    fixed, _, _ = repair_mojibake(text)
    assert len(fixed.splitlines()) == len(text.splitlines())
    assert [c for c in fixed if c.isascii()] == [c for c in text if c.isascii()]


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_raises_only_not_text(data: bytes) -> None:
    try:
        result = decode(data)
    except NotText:
        return
    assert isinstance(result.text, str)


@SETTINGS
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\n\t")))
def test_ascii_unchanged(text: str) -> None:
    result = decode(text.encode("ascii"))
    assert result.text == text
    assert result.repaired is False
    assert result.warnings == ()


# Clean UTF-8: non-Latin scripts and emoji freely, with characters that a legacy codec
# produces (Latin-1 letters, Thai, typographic punctuation) as genuine text around them.
_NON_MOJIBAKE = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn"),
    blacklist_characters="\u2028\u2029\x85",
).filter(lambda c: c.isascii() or (ord(c) > 0x2122 and not 0x0E00 <= ord(c) <= 0x0E7F))
_GENUINE_WORDS = st.sampled_from(
    [
        "café", "naïve", "“quoted”", "•", "€10", "Straße", "São Paulo", "½",
        "ภาษาไทย", "สวัสดี", "ประเทศไทย", "ขอบคุณครับ", "กรุงเทพมหานคร", "โกง",
    ]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(st.text(_NON_MOJIBAKE, max_size=8), _GENUINE_WORDS), max_size=20))
def test_clean_utf8_unchanged(parts: list[str]) -> None:
    text = " ".join(parts)
    result = decode(text.encode("utf-8"))
    assert result.text == text
    assert result.repaired is False
