"""Property test: folders mixing every class of hostile file with good articles.

Each example writes a folder of good articles plus a random mix of hostile files (escapes
that decode to controls, lone surrogates, deep HTML, alias bombs in front matter,
minified pages, binary junk, bidi controls, names that print alike) and runs `factcheck
check` on it. Whatever the mix: no traceback, an exit code of 0 or 1, every good file's
findings as in a run without the hostile files, bounded time per file, and no control
character in any format's output; and a cold or warm claim cache changes nothing.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.models import Report
from factcheck.report import get_reporter

ROOT = Path(__file__).resolve().parents[2]
GOOD = sorted((ROOT / "sources").glob("*.txt"))[:2]
AS_OF = "2026-11-23"
FORMATS = ("table", "json", "markdown", "github", "sarif", "claimreview", "html")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
#: CPU seconds a run may take per file, plus a fixed allowance (the budgets keep any one
#: file far below this). CPU time of this process, not wall-clock time: other work on a
#: loaded machine must not fail the test.
PER_FILE = 1.5
START = 6.0

#: Characters a hostile file tries to smuggle into a report.
SMUGGLED = ["\x1b", "\x07", "\x9b", "\x00", "\u202e", "\u2066", "\x1b]0;pwned\x07",
            "\x1b[2J", "\x1b]8;;http://evil.example/\x1b\\"]
PROSE = "Zorblax Corp said it hired 12 engineers in 2019 for its Quux lab."


def _entity(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _json_escape(text: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


def _yaml_escape(text: str) -> str:
    return "".join(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
                   for ch in text)


@st.composite
def hostile(draw: st.DrawFn) -> tuple[str, bytes]:
    """One hostile file: (name, bytes)."""
    kind = draw(st.sampled_from(["entities", "json-ld", "surrogate", "front-matter", "deep",
                                 "bomb", "minified", "binary", "bidi", "raw-controls"]))
    bad = draw(st.sampled_from(SMUGGLED))
    n = draw(st.integers(min_value=0, max_value=10_000))
    if kind == "entities":
        text = (f"<html><head><title>T{_entity(bad)}</title></head><body><article>"
                f"<h1>Head{_entity(bad)}</h1><p>{PROSE} {_entity(bad)} ok.</p>"
                "</article></body></html>")
    elif kind in {"json-ld", "surrogate"}:
        value = "\\udc00\\ud800" if kind == "surrogate" else _json_escape(bad)
        text = ('<html><head><script type="application/ld+json">{"headline": "H'
                + value + '", "publisher": {"name": "W' + value + '"}, "url": "https://x/'
                + value + f'"}}</script></head><body><article><p>{PROSE}</p></article>'
                "</body></html>")
    elif kind == "front-matter":
        esc = _yaml_escape(bad)
        text = (f'---\ntitle: "T{esc}"\noutlet: "O{esc}"\nurl: "https://x/{esc}"\n'
                f"---\n\n{PROSE}\n")
    elif kind == "deep":
        tag = draw(st.sampled_from(["<div>", "<ul><li>", "<section><span>", "<blockquote>"]))
        text = "<html><body>" + tag * (1001 + n * 3) + PROSE
    elif kind == "bomb":
        levels = draw(st.integers(min_value=4, max_value=9))
        lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]"
                  for i in range(1, levels)]
        text = "---\n" + "\n".join(lines) + f"\ntitle: *a{levels - 1}\n---\n\n{PROSE}\n"
    elif kind == "minified":
        text = ("<html><body><article>" + "".join(
            f"<p>Zorblax item {i} costs {i} units{_entity(bad)}.</p>" for i in range(n))
            + "</article></body></html>")
    elif kind == "binary":
        return f"junk{n}.txt", draw(st.binary(min_size=1, max_size=2000)) + b"\x00"
    elif kind == "bidi":
        text = f"Zorblax\u202e report\n\n{PROSE}\u2066 {bad}\n"
    else:
        text = f"Zorblax report {bad}\n\n{PROSE} {bad}\n"
    suffix = ".html" if text.startswith("<html") else ".md" if text.startswith("---") \
        else ".txt"
    name = draw(st.sampled_from([f"h{n}", f"h\n{n}", f"h\\n{n}", f"h\u202e{n}", f"h {n}"]))
    return name + suffix, text.encode("utf-8", "surrogatepass")


def _run(folder: Path, cache: Path | None = None) -> tuple[int, str, str]:
    caching = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    result = CliRunner().invoke(main, [str(folder), "--format", "json", "--as-of", AS_OF,
                                       "-q", "--fail-on", "never", "--jobs", "1", *caching],
                                catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _good_view(doc: dict[str, object], names: set[str]) -> tuple[object, ...]:
    """What the good files give: their sources (claims, warnings) and every finding that
    holds only their claims (by id, verdict and claims)."""
    sources = sorted((Path(s["path"]).name, s["claims"], tuple(s["warnings"]))  # type: ignore[index]
                     for s in doc["sources"] if Path(s["path"]).name in names)  # type: ignore[attr-defined, index]
    findings = sorted(
        (f["id"], f["verdict"], tuple((Path(c["path"]).name, c["line"], c["value"])  # type: ignore[index]
                                      for c in f["claims"]))  # type: ignore[index]
        for f in doc["findings"]  # type: ignore[attr-defined]
        if all(Path(c["path"]).name in names for c in f["claims"]))  # type: ignore[index]
    return tuple(sources), tuple(findings)


_CLEAN: dict[str, tuple[object, ...]] = {}


def _clean_view() -> tuple[object, ...]:
    if "view" not in _CLEAN:
        with tempfile.TemporaryDirectory() as tmp:
            for seed in GOOD:
                shutil.copy(seed, Path(tmp) / seed.name)
            code, out, err = _run(Path(tmp))
            assert code == 0, err
            _CLEAN["view"] = _good_view(json.loads(out), {s.name for s in GOOD})
    return _CLEAN["view"]


@settings(deadline=None, max_examples=8, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(hostile(), min_size=1, max_size=4))
def test_hostile_folders_never_cost_the_good_files(files: list[tuple[str, bytes]]) -> None:
    clean = _clean_view()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for seed in GOOD:
            shutil.copy(seed, folder / seed.name)
        sub = folder / "drop"
        sub.mkdir()
        for name, data in files:
            (sub / name).write_bytes(data)
        start = time.process_time()
        code, out, err = _run(folder)
        elapsed = time.process_time() - start
        assert "Traceback" not in err and code == 0, err
        assert elapsed < START + PER_FILE * (len(files) + len(GOOD)), elapsed
        assert not CONTROL.search(out), CONTROL.findall(out)
        doc = json.loads(out)
        assert _good_view(doc, {s.name for s in GOOD}) == clean
        for src in doc["sources"]:
            assert all("\n" not in w and w for w in src["warnings"]), src["warnings"]
            assert not any("internal error" in w for w in src["warnings"]), src["warnings"]
        # a cold and a warm cache give the report a run without one gives
        for _ in range(2):
            warm = _run(folder, folder / ".cache")  # hidden: never read as an article
            assert warm == (code, out, err)
        report = Report.model_validate(doc)
        for fmt in FORMATS:
            if fmt == "json":
                continue
            rendered = get_reporter(fmt).render(report)
            assert not CONTROL.search(rendered), (fmt, CONTROL.findall(rendered))
