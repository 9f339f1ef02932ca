"""Unit tests for factcheck.load.decode: encodings, binary refusal, mojibake repair."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest

from factcheck.errors import NotText
from factcheck.load.decode import Decoded, decode, repair_mojibake

SOURCES = Path(__file__).resolve().parents[2] / "sources"
MOJIBAKE = ["000_a0919acb844f7e70.txt", "001_e3364d0383241d2a.txt", "003_724ca9938cd7ec2e.txt"]
CLEAN = ["002_85a2f0b81f43a7c5.txt", "004_e0e0e28a33a6d817.txt"]


def read(name: str) -> bytes:
    return (SOURCES / name).read_bytes()


def to_mojibake(text: str) -> str:
    """UTF-8 bytes read as the seeds' Windows-874 variant (0x80-0x9F as Windows-1252)."""
    out = []
    for byte in text.encode("utf-8"):
        codec = "ascii" if byte < 0x80 else "cp1252" if byte < 0xA0 else "cp874"
        # a byte the codec cannot hold is dropped, as in the seeds
        with contextlib.suppress(UnicodeDecodeError):
            out.append(bytes([byte]).decode(codec))
    return "".join(out)


# --- the seed files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", MOJIBAKE)
def test_seed_mojibake_is_repaired(name: str) -> None:
    original = read(name).decode("utf-8")
    result = decode(read(name))
    assert result.repaired is True
    assert result.encoding == "utf-8"
    assert "โ€" not in result.text
    assert "๐Ÿ" not in result.text
    assert "Freshcollected" in result.text
    assert "•Meta's" in result.text
    assert "→" in result.text
    assert "↗" in result.text
    assert "⚡ 30-Second TL;DR" in result.text
    assert "🧠 Deep Insight" in result.text
    assert "💡" in result.text
    # the real bullets ("  • Meta ...") written as "•" in the file stay as they are
    assert original.count("  • ") <= result.text.count("  • ")
    assert len(result.text.splitlines()) == len(original.splitlines())
    assert result.text.count("\n") == original.count("\n")
    assert result.warnings == ("repaired mojibake (utf-8 read as windows-874); 2 characters lost",)


def test_seed_000_flag_and_line_positions() -> None:
    original = read(MOJIBAKE[0]).decode("utf-8")
    result = decode(read(MOJIBAKE[0]))
    assert result.text.startswith("🇭🇰Freshcollected in 2m\n")
    assert "🇭🇰Read original on SCMP Technology" in result.text
    # every line keeps its number; ASCII content of each line is untouched
    for before, after in zip(original.split("\n"), result.text.split("\n"), strict=True):
        assert [c for c in before if c.isascii()] == [c for c in after if c.isascii()]


def test_seed_003_dash_repaired() -> None:
    result = decode(read(MOJIBAKE[2]))
    assert "—lessons" in result.text


@pytest.mark.parametrize("name", CLEAN)
def test_clean_seeds_unchanged(name: str) -> None:
    data = read(name)
    result = decode(data)
    assert result == Decoded(data.decode("utf-8"), "utf-8", False, ())


def test_clean_seed_keeps_chinese_emoji_and_bullet() -> None:
    text = decode(read(CLEAN[0])).text
    assert "钛媒体" in text
    assert "💰Freshcollected" in text
    assert "•" in text


# --- repair_mojibake --------------------------------------------------------------------


def test_cp1252_mojibake_repaired() -> None:
    fixed, repaired, lost = repair_mojibake("Itâ€™s a cafÃ© â€” naÃ¯ve â€œquotesâ€\x9d")
    assert fixed == "It’s a café — naïve “quotes”"
    assert repaired is True
    assert lost == 0


def test_cp1252_mojibake_decoded_with_warning() -> None:
    result = decode("Itâ€™s a cafÃ©\n".encode())
    assert result.text == "It’s a café\n"
    assert result.warnings == ("repaired mojibake (utf-8 read as windows-1252)",)


def test_windows_874_mojibake_repaired() -> None:
    text = "Price → up ↗ 5%, «quoted» “x’ — 🧠 ⚡ 中文"
    assert repair_mojibake(to_mojibake(text)) == (text, True, 0)


def test_lost_byte_counted_and_letters_kept() -> None:
    # U+FE0F (EF B8 8F) and U+23F3 (E2 8F B3) each lose 0x8F, which cp874 cannot hold
    broken = to_mojibake("🛠️ Technical ⏳ Timeline 42")
    fixed, repaired, lost = repair_mojibake(broken)
    assert fixed == "🛠 Technical  Timeline 42"
    assert repaired is True
    assert lost == 2


def test_replacement_character_counts_as_lost_byte() -> None:
    # a byte the codec could not hold replaced by U+FFFD instead of dropped
    fixed, repaired, lost = repair_mojibake("โ€ข x ๐Ÿ”\ufffd y")
    assert fixed == "• x  y"
    assert (repaired, lost) == (True, 1)


@pytest.mark.parametrize(
    "text",
    [
        "ภาษาไทย สวัสดี",
        "ภาษาไทย สวัสดี โกง",
        "โกง",
        "ประเทศไทย กรุงเทพมหานคร ขอบคุณครับ",
        "It’s café — naïve • bullet",
        "plain ASCII, digits 12345",
        "",
    ],
)
def test_genuine_text_untouched(text: str) -> None:
    assert repair_mojibake(text) == (text, False, 0)


def test_genuine_thai_next_to_mojibake_stays() -> None:
    fixed, repaired, _ = repair_mojibake("ภาษาไทย สวัสดี โ€ขMeta")
    assert fixed == "ภาษาไทย สวัสดี •Meta"
    assert repaired is True


def test_real_bullet_next_to_mojibake_stays() -> None:
    assert repair_mojibake("  • โ€ขMeta")[0] == "  • •Meta"


def test_repair_never_joins_or_splits_lines() -> None:
    # E2 80 A8 would be U+2028 LINE SEPARATOR: not produced by repair
    broken = "a\nโ€จ\nb\r\nโ€ข\n"
    fixed, _, _ = repair_mojibake(broken)
    assert fixed.splitlines() == ["a", "โ€จ", "b", "•"]


# --- encodings ----------------------------------------------------------------------------

LATIN = "Café déjà vu — “naïve” résumé, façade; 10 € per piñata. Straße über Öl.\n" * 3
CHINESE = "钛媒体报道：人工智能行业的价值正在从模型层转向基础设施。\n" * 3
JAPANESE = "日本語のテキストです。東京は日本の首都です。こんにちは世界。\n" * 3


def test_empty_input() -> None:
    assert decode(b"") == Decoded("", "utf-8", False, ())


def test_utf8_bom_stripped() -> None:
    result = decode(codecs.BOM_UTF8 + "héllo\nworld\n".encode())
    assert result == Decoded("héllo\nworld\n", "utf-8-sig", False, ())


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    result = decode("Hello — 世界 🧠\nline two\n".encode(codec))
    assert result.text == "Hello — 世界 🧠\nline two\n"
    assert result.encoding == codec
    assert result.warnings == (f"decoded as {codec}",)


def test_utf16_without_bom() -> None:
    result = decode("Plain English text, mostly ASCII.\nSecond line.\n".encode("utf-16-le"))
    assert result.text == "Plain English text, mostly ASCII.\nSecond line.\n"
    assert result.encoding == "utf-16-le"


def test_windows_1252() -> None:
    result = decode(LATIN.encode("cp1252"))
    assert result.text == LATIN
    assert result.encoding == "cp1252"
    assert result.warnings == ("decoded as cp1252",)
    assert result.repaired is False


def test_gb18030() -> None:
    result = decode(CHINESE.encode("gb18030"))
    assert result.text == CHINESE
    assert result.encoding == "gb18030"
    assert result.warnings == ("decoded as gb18030",)


def test_shift_jis() -> None:
    result = decode(JAPANESE.encode("shift_jis"))
    assert result.text == JAPANESE
    assert result.encoding in {"shift_jis", "cp932"}
    assert result.warnings == (f"decoded as {result.encoding}",)


# --- binary -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
    ],
)
def test_magic_numbers_raise(data: bytes, kind: str) -> None:
    with pytest.raises(NotText) as info:
        decode(data)
    assert info.value.reason == f"binary file ({kind})"


def test_nul_bytes_raise() -> None:
    with pytest.raises(NotText, match="NUL"):
        decode(b"some text\x00\x01\x02 \x00\xff\xfe more\x00\x00\x07 text\x00")


def test_control_characters_raise() -> None:
    with pytest.raises(NotText, match="control characters"):
        decode(bytes(range(1, 32)) * 10)


def test_line_endings_kept() -> None:
    assert decode(b"a\r\nb\rc\n").text == "a\r\nb\rc\n"
