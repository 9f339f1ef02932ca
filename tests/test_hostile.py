"""Hostile and broken input: one line per bad file, every good file still checked.

The bad corpus is generated here in tmp_path (no binaries committed). Each case is a file
and the one-line warning it must get; the integration tests mix all of them with the seed
articles and require the seeds' findings to be exactly those of a clean run.
"""

from __future__ import annotations

import builtins
import codecs
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.load import load_one, load_sources
from factcheck.pipeline import check

AS_OF = "2026-11-23"

ARTICLE = (
    "Chipmaker expands AI cluster\n\n"
    "Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.\n"
    "The cluster draws 700W per accelerator and holds 350,000 H100 chips.\n"
)


def _zip_bytes() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello")
    return buf.getvalue()


# name, bytes, expected warning (substring); None: readable, no warning asserted
BAD: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n\n", "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file (PNG image)"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "binary file (JPEG image)"),
    ("doc.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, "binary file (PDF document)"),
    ("archive.zip", _zip_bytes(), "binary file (ZIP archive)"),
    ("nul.txt", b"Meta spent $4.5 billion\x00\x00\x01\x02 on chips\x00" * 50, "binary"),
    ("random.bin", bytes((i * 7919 + 13) % 256 for i in range(4096)), "binary"),
    ("headings-only.txt", b"TL;DR\n\nKey Takeaways\n\nTimeline\n", "no article text found"),
]


def _write_bad(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data, _ in BAD:
        (folder / name).write_bytes(data)
    return {name: warning for name, _, warning in BAD}


def invoke(args: list[str], exit_code: int) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == exit_code, (
        f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    assert "Traceback" not in result.stderr
    return result


def _findings(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f["id"], f["verdict"]) for f in doc["findings"]}


@pytest.mark.parametrize(("name", "data", "warning"), BAD, ids=[b[0] for b in BAD])
def test_each_bad_file_gets_its_one_line_warning(tmp_path: Path, name: str, data: bytes,
                                                 warning: str) -> None:
    """One cause per file, on one line, as the report's warning."""
    path = tmp_path / name
    path.write_bytes(data)
    article = load_one(str(path), name)
    assert article.source.warnings, article.source
    assert warning in article.source.warnings[0]
    assert all("\n" not in w for w in article.source.warnings)


def test_bad_files_mixed_with_seeds_lose_no_finding(tmp_path: Path, seeds: Path) -> None:
    """Every bad file is listed with its warning; the seeds' findings are unchanged."""
    clean = json.loads(check([str(seeds)]).model_dump_json())
    drop = tmp_path / "drop"
    shutil.copytree(seeds, drop)
    expected = _write_bad(drop / "bad")
    result = invoke([str(drop), "--format", "json", "--as-of", AS_OF, "-q"], 1)
    doc = json.loads(result.stdout)
    by_name = {Path(s["path"]).name: s for s in doc["sources"]}
    for name, warning in expected.items():
        assert warning in by_name[name]["warnings"][0], by_name[name]
    assert {(f["id"], f["verdict"]) for f in doc["findings"]} >= {
        (f["id"], f["verdict"]) for f in clean["findings"] if f["verdict"] != "unverified"}
    assert doc["summary"]["contradicted"] == clean["summary"]["contradicted"]
    assert doc["summary"]["claims"] == clean["summary"]["claims"]


def test_table_lists_each_bad_file_on_one_line(tmp_path: Path, seeds: Path) -> None:
    shutil.copytree(seeds, tmp_path / "drop")
    expected = _write_bad(tmp_path / "drop")
    result = invoke([str(tmp_path / "drop"), "--as-of", AS_OF], 1)
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("warning: ")]
    for name, warning in expected.items():
        assert any(ln.endswith(f"{name}: {warning}") or (name in ln and warning in ln)
                   for ln in lines), (name, lines)


def test_only_bad_files_is_exit_2_with_one_line(tmp_path: Path) -> None:
    _write_bad(tmp_path)
    (tmp_path / "headings-only.txt").unlink()  # that one is text: readable, just empty
    result = invoke([str(tmp_path)], 2)
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    assert "no readable article" in result.stderr


# --- legacy and broken encodings -------------------------------------------------------


def _encoded_cases() -> list[tuple[str, bytes, str, str]]:
    english = ARTICLE.replace("said", "said \u201cwe\u2019re ready\u201d \u2014 and")
    chinese = ("芯片公司扩大人工智能集群\n\n"
               "Meta 于 2025 年 3 月 3 日表示，已在 H100 上花费 $4.5 billion。\n")
    japanese = ("半導体メーカーがAIクラスタを拡張\n\n"
                "Meta は H100 に $4.5 billion を投じたと述べた。\n")
    return [
        # Windows-1252 and its neighbours (cp1250, ...) agree on the bytes used here
        ("cp1252.txt", english.encode("cp1252"), "decoded as cp125", "\u201cwe\u2019re"),
        ("gb18030.txt", (chinese * 3).encode("gb18030"), "gb18030", "已在 H100 上花费"),
        ("shift-jis.txt", (japanese * 3).encode("shift_jis"), "cp932", "H100 に"),
        ("utf16le-bom.txt", codecs.BOM_UTF16_LE + english.encode("utf-16-le"), "utf-16",
         "H100"),
        ("utf16be-bom.txt", codecs.BOM_UTF16_BE + english.encode("utf-16-be"), "utf-16",
         "H100"),
        ("utf8-bom.txt", codecs.BOM_UTF8 + english.encode(), "", "H100"),
    ]


@pytest.mark.parametrize(("name", "data", "encoding", "needle"), _encoded_cases(),
                         ids=[c[0] for c in _encoded_cases()])
def test_legacy_encodings_are_decoded_and_checked(tmp_path: Path, name: str, data: bytes,
                                                  encoding: str, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    article = load_one(str(path), name)
    assert article.source.format is not None, article.source.warnings
    text = "\n".join(ln.text for sec in article.sections for ln in sec.lines)
    assert needle in text
    assert "\ufffd" not in text
    if encoding:
        assert any(encoding in w for w in article.source.warnings), article.source.warnings


def test_mixed_and_doubly_broken_encodings_still_yield_claims(tmp_path: Path) -> None:
    """UTF-8 with a stray Windows-1252 byte, and mojibake of mojibake: read, not refused."""
    mixed = ARTICLE.encode() + "Caf\u00e9 prices rose 5% in 2025.\n".encode("cp1252")
    once = ARTICLE.replace("Meta said", "Meta\u2019s CFO said").encode().decode("cp1252",
                                                                            "replace")
    twice = once.encode("utf-8").decode("cp1252", "replace").encode("utf-8")
    for name, data in (("mixed.txt", mixed), ("double.txt", twice)):
        (tmp_path / name).write_bytes(data)
    for article in load_sources([str(tmp_path)]):
        assert article.source.format is not None, article.source
        text = "\n".join(ln.text for sec in article.sections for ln in sec.lines)
        assert "H100" in text and "350,000" in text


def test_terminal_escapes_in_a_file_never_reach_the_report(tmp_path: Path) -> None:
    (tmp_path / "esc.txt").write_bytes(
        b"Title\n\nMeta spent \x1b[2J\x1b]0;pwned\x07$4.5 billion on H100 GPUs in 2025.\n")
    doc = json.loads(check([str(tmp_path)]).model_dump_json())
    assert "\x1b" not in json.dumps(doc, ensure_ascii=False)
    assert doc["summary"]["claims"] >= 1


# --- sizes -----------------------------------------------------------------------------


def test_file_over_the_limit_is_refused_from_stat_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    opened: list[str] = []
    real_open: Callable[..., Any] = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    article = load_one(str(big), "huge.txt")
    assert str(big) not in opened
    assert article.source.warnings == (
        f"file too large ({100 * 1024 * 1024} bytes; limit {20 * 1024 * 1024}, "
        "see --max-size)",)


def test_max_size_flag_lowers_and_raises_the_limit(tmp_path: Path) -> None:
    body = ("Meta spent $4.5 billion on H100 GPUs in 2025 for its cluster.\n" * 300).encode()
    (tmp_path / "a.txt").write_bytes(b"A title\n\n" + body)
    size = len(body) + 9
    result = invoke([str(tmp_path), "--max-size", str(size - 1), "--format", "json"], 2)
    assert f"file too large ({size} bytes; limit {size - 1}" in result.stderr
    result = invoke([str(tmp_path), "--max-size", str(size), "--format", "json", "-q"], 0)
    assert json.loads(result.stdout)["summary"]["claims"] > 0
    invoke([str(tmp_path), "--max-size", "0"], 2)  # not a size


# --- paths -----------------------------------------------------------------------------


def _article(path: Path) -> None:
    path.write_text(ARTICLE, encoding="utf-8")


def test_links_loops_and_odd_names(tmp_path: Path) -> None:
    root = tmp_path / "drop"
    root.mkdir()
    _article(root / "good.txt")
    _article(root / "name with spaces.txt")
    _article(root / "new\nline.txt")
    (root / os.fsdecode(b"bad\xff\xfename.txt")).write_text(ARTICLE, encoding="utf-8")
    (root / "loop").symlink_to("loop")
    (root / "dangling.txt").symlink_to("nowhere.txt")
    outside = tmp_path / "outside.txt"
    _article(outside)
    (root / "out.txt").symlink_to(outside)
    (root / "outdir").symlink_to(tmp_path, target_is_directory=True)
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)  # a folder loop
    os.mkfifo(root / "pipe.txt")

    result = invoke([str(root), "--format", "json", "--as-of", AS_OF, "-q"], 0)
    doc = json.loads(result.stdout)
    warnings = {Path(s["path"]).name: s["warnings"] for s in doc["sources"]}
    assert warnings["loop"] == ["symbolic link loop"]
    assert warnings["dangling.txt"] == ["dangling symbolic link"]
    assert warnings["out.txt"] == ["link out of the source tree (not followed)"]
    assert warnings["outdir"] == ["link out of the source tree (not followed)"]
    assert warnings["pipe.txt"] == ["not a regular file"]
    for name in ("good.txt", "name with spaces.txt", "new\\nline.txt", "bad\\xff\\xfename.txt"):
        assert warnings[name] == [], name
    for src in doc["sources"]:
        assert src["path"].isprintable() and src["id"].isprintable()
    readable = [s for s in doc["sources"] if s["format"] is not None]
    assert len(readable) == 4
    originals = [s for s in readable if s["duplicate_of"] is None]  # one text, four files
    assert len(originals) == 1 and originals[0]["claims"] > 0

    followed = json.loads(invoke([str(root), "--format", "json", "--follow-links", "-q"],
                                 0).stdout)
    names = {Path(s["path"]).name: s["warnings"] for s in followed["sources"]}
    assert names["out.txt"] == []
    assert names["loop"] == ["symbolic link loop"]

    table = invoke([str(root), "--as-of", AS_OF], 0).stdout
    assert "warning: " + str(root / "new\\nline.txt") not in table  # no warning for it
    assert all(ln.isprintable() for ln in table.splitlines())


def test_missing_path_with_a_newline_is_one_printable_line(tmp_path: Path) -> None:
    result = invoke([str(tmp_path / "no\nsuch")], 2)
    assert result.stderr == f"Error: {tmp_path}/no\\nsuch: no such file or folder\n"


def test_unreadable_file_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (simulated: the tests may run as root, who reads everything)."""
    _article(tmp_path / "good.txt")
    _article(tmp_path / "secret.txt")
    real_open: Callable[..., Any] = builtins.open

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    report = check([str(tmp_path)])
    by_name = {Path(s.path).name: s for s in report.sources}
    assert by_name["secret.txt"].warnings == ("cannot read: Permission denied",)
    assert by_name["good.txt"].claims > 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    _article(tmp_path / "good.txt")
    secret = tmp_path / "secret.txt"
    _article(secret)
    secret.chmod(0)
    report = check([str(tmp_path)])
    assert {s.warnings for s in report.sources} == {(), ("cannot read: Permission denied",)}


def test_folder_that_vanishes_mid_run(tmp_path: Path) -> None:
    """Found, then deleted before it is read: its files get a warning, the rest is read."""
    from factcheck.load import iter_articles
    from factcheck.load.discover import discover

    _article(tmp_path / "good.txt")
    (tmp_path / "gone").mkdir()
    _article(tmp_path / "gone" / "a.txt")
    found = discover([str(tmp_path)])
    shutil.rmtree(tmp_path / "gone")
    articles = {Path(a.source.path).name: a.source for a in iter_articles(found)}
    assert articles["a.txt"].warnings == ("cannot read: No such file or directory",)
    assert articles["good.txt"].format is not None


def test_folder_that_cannot_be_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _article(tmp_path / "good.txt")
    (tmp_path / "locked").mkdir()
    _article(tmp_path / "locked" / "a.txt")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = check([str(tmp_path)])
    warned = {Path(s.path).name: s.warnings for s in report.sources}
    assert warned["locked"] == ("cannot read folder: Permission denied",)
    assert warned["good.txt"] == ()


# --- interruption and output ---------------------------------------------------------


def test_ctrl_c_during_the_run_exits_130_with_one_line(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.pipeline

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.pipeline, "check", interrupted)
    out = tmp_path / "report.json"
    result = invoke([str(seeds), "-o", str(out)], 130)
    assert result.stderr == "Interrupted\n"
    assert result.stdout == ""
    assert not out.exists()


def test_ctrl_c_while_writing_leaves_no_half_written_output(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous report\n")
    real_fdopen = os.fdopen

    class Half:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def __enter__(self) -> Half:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, text: str) -> int:
            self.fh.write(text[: len(text) // 2])
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Half(real_fdopen(*a, **k)))
    result = invoke([str(seeds), "--format", "json", "-o", str(out)], 130)
    assert result.stderr == "Interrupted\n"
    assert out.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, seeds: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "report.json"
    result = invoke([str(seeds), "-o", str(target)], 2)
    assert result.stderr == f"Error: {target}: cannot write: No such file or directory\n"


def test_output_is_complete_and_atomic(tmp_path: Path, seeds: Path) -> None:
    out = tmp_path / "report.json"
    invoke([str(seeds), "--format", "json", "-o", str(out), "-q"], 1)
    assert json.loads(out.read_text())["schema"] == "factcheck.report/1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_bug_met_on_one_file_costs_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error in reading or extracting one file becomes its warning."""
    import factcheck.extract
    import factcheck.load

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Meta", f"Meta {name}"), "utf-8")
    real_shape, real_extract = factcheck.load.shape, factcheck.extract.extract

    def shape(lines: list[str], suffix: str, **kwargs: Any) -> Any:
        if any("a.txt" in ln for ln in lines):
            raise ValueError("boom")
        return real_shape(lines, suffix, **kwargs)

    def extract(article: Any, *args: Any) -> Any:
        if article.source.path.endswith("b.txt"):
            raise IndexError("boom")
        return real_extract(article, *args)

    monkeypatch.setattr(factcheck.load, "shape", shape)
    monkeypatch.setattr(factcheck.extract, "extract", extract)
    report = check([str(tmp_path)])
    by_name = {Path(s.path).name: s for s in report.sources}
    assert by_name["a.txt"].warnings == ("cannot read: internal error (ValueError)",)
    assert by_name["b.txt"].warnings == ("claims not extracted: internal error (IndexError)",)
    assert by_name["c.txt"].claims > 0 and by_name["c.txt"].warnings == ()
