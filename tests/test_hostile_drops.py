"""Hostile article drops (issue 14): what a stranger's file can do once it is decoded, to
the run, to the reader's terminal and to files beside the report.

Each test builds its input in tmp_path and stays bounded in size and time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main

AS_OF = "2026-11-23"
FORMATS = ("table", "json", "markdown", "github", "sarif", "claimreview", "html")
#: What no output may hold: C0/C1 controls but tab and newline, bidi controls, surrogates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")

GOOD = (
    "Chipmaker expands AI cluster\n\n"
    "Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.\n"
    "The cluster draws 700W per accelerator and holds 350,000 H100 chips.\n"
)


def invoke(args: list[str], exit_code: int | None = None) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert "Traceback" not in result.stderr, result.stderr
    if exit_code is not None:
        assert result.exit_code == exit_code, (
            f"args={args}\nstdout={result.stdout}\nstderr={result.stderr}")
    return result


def _escaping_pages(folder: Path) -> None:
    """Controls that only appear once a reader decodes its own escapes."""
    folder.mkdir(parents=True, exist_ok=True)
    ld = json.dumps({"@type": "NewsArticle", "headline": "Ti\\udc00tle\\u001b]0;pwned\\u0007",
                     "publisher": {"name": "Evil\\u001b[2J Wire"},
                     "url": "https://example.com/\\u202egnp.exe"})
    (folder / "entities.html").write_text(
        "<!doctype html><html><head><title>Page &#27;]0;owned&#7;</title>"
        f'<script type="application/ld+json">{ld.replace(chr(92) * 2, chr(92))}</script>'
        "</head><body><article><h1>Meta &#x202E;cluster&#27;[2J</h1>"
        "<p>Meta said on March 3, 2025 that it spent $4.5 billion&#27;[2J on H100 GPUs "
        "and &#x1b;]8;;http://evil.example/&#x1b;\\ a link &#xd800; too.</p>"
        "</article></body></html>\n", "utf-8")
    (folder / "front.md").write_text(
        '---\ntitle: "Meta \\e]0;pwned\\a cluster \\u202e"\noutlet: "Wire\\e[2J"\n'
        'url: "https://example.com/\\x1b"\n---\n\n'
        "Meta spent $4.5 billion on H100 GPUs in 2025.\n", "utf-8")


def test_lone_surrogate_in_json_ld_costs_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<html><head><script type="application/ld+json">{"headline": "x\\udc00y", '
        '"publisher": {"name": "\\ud800"}}</script></head><body><article>'
        "<p>Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.</p>"
        "</article></body></html>", "utf-8")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    for fmt in FORMATS:
        result = invoke([str(tmp_path), "--format", fmt, "--as-of", AS_OF, "--fail-on",
                         "never", "--no-cache"], 0)
        assert not CONTROL.search(result.stdout), fmt
    invoke(["extract", str(tmp_path), "--no-cache"], 0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_controls_decoded_from_escapes_never_reach_any_output(tmp_path: Path,
                                                              fmt: str) -> None:
    _escaping_pages(tmp_path / "in")
    out = tmp_path / f"report.{fmt}"
    result = invoke([str(tmp_path / "in"), "--format", fmt, "--as-of", AS_OF,
                     "--fail-on", "never", "--no-cache"], 0)
    assert not CONTROL.search(result.stdout), CONTROL.findall(result.stdout)
    invoke([str(tmp_path / "in"), "--format", fmt, "--as-of", AS_OF, "--fail-on", "never",
            "--no-cache", "-o", str(out)], 0)
    assert not CONTROL.search(out.read_text("utf-8"))


def test_controls_decoded_from_escapes_never_reach_extracted_yaml(tmp_path: Path) -> None:
    _escaping_pages(tmp_path / "in")
    result = invoke(["extract", str(tmp_path / "in"), "--no-cache"], 0)
    assert not CONTROL.search(result.stdout)
    assert "Meta" in result.stdout


# --- nothing outside the user's report is written or destroyed --------------------------


def _corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(GOOD.replace("4.5", f"{4 + i}.5"), "utf-8")
    return folder


def test_output_to_a_symbolic_link_writes_its_target(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in")
    real = tmp_path / "real.json"
    real.write_text("old\n")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    invoke([str(src), "--format", "json", "-o", str(link), "-q", "--fail-on", "never"], 0)
    assert link.is_symlink()
    assert json.loads(real.read_text())["schema"] == "factcheck.report/1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "real.json", "report.json"]


def test_output_to_a_fifo_writes_into_it_and_keeps_it(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    src = _corpus(tmp_path / "in")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    invoke([str(src), "--format", "json", "-o", str(fifo), "-q", "--fail-on", "never"], 0)
    reader.join(10)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0])["schema"] == "factcheck.report/1"


def test_output_to_a_device_leaves_it_a_device(tmp_path: Path) -> None:
    import os
    import stat

    # a null device of the test's own (never the system's /dev/null: code that replaced
    # devices would destroy it when run as root)
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here (not root)")
    src = _corpus(tmp_path / "in")
    invoke([str(src), "-o", str(device), "-q", "--fail-on", "never"], 0)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_extract_gives_every_source_its_own_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for folder in ("x", "x__y", "x/y"):
        (src / folder).mkdir(parents=True, exist_ok=True)
    # ids x/y/a.txt and x__y/a.txt both flatten to x__y__a.txt; A.txt and a.txt differ
    # only by case
    (src / "x" / "y" / "a.txt").write_text(GOOD, "utf-8")
    (src / "x__y" / "a.txt").write_text(GOOD.replace("4.5", "5.5"), "utf-8")
    (src / "x" / "a.txt").write_text(GOOD.replace("4.5", "6.5"), "utf-8")
    (src / "A.txt").write_text(GOOD.replace("4.5", "7.5"), "utf-8")
    out = tmp_path / "claims"
    result = invoke(["extract", str(src), "-o", str(out), "--no-cache"], 0)
    files = sorted((out / "extracted").iterdir())
    assert f"wrote {len(files)} files" in result.stderr
    assert len(files) == 4
    import yaml

    paths = {yaml.safe_load(f.read_text("utf-8"))["source"]["path"] for f in files}
    assert len(paths) == 4


def test_extract_never_follows_a_linked_output_folder(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in")
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "claims"
    out.mkdir()
    (out / "extracted").symlink_to(outside)
    result = invoke(["extract", str(src), "-o", str(out), "--no-cache"], 2)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "symbolic link" in result.stderr
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("command", ["baseline", "extract"])
def test_unwritable_output_is_one_error_line_exit_2(tmp_path: Path, command: str) -> None:
    src = _corpus(tmp_path / "in")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "sub" / "out.yaml"
    result = invoke([command, str(src), "-o", str(target), "--no-cache"], 2)
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "cannot write" in result.stderr


@pytest.mark.parametrize("command", ["check", "baseline", "extract"])
def test_ctrl_c_anywhere_is_130_and_leaves_outputs_alone(
        tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.parallel

    src = _corpus(tmp_path / "in", 4)
    out = tmp_path / "claims"
    invoke(["extract", str(src), "-o", str(out), "--no-cache"], 0)
    before = {p.name: p.read_bytes() for p in (out / "extracted").iterdir()}
    real = factcheck.parallel.run_task
    calls = []

    def interrupted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.parallel, "run_task", interrupted)
    for f in src.iterdir():
        f.write_text(f.read_text() + "Meta spent $9.5 billion on GPUs in 2025.\n")
    target = str(out) if command == "extract" else str(tmp_path / "out.yaml")
    args = [command, str(src), "-o", target, "--no-cache"]
    if command == "check":
        args += ["--jobs", "1"]
    result = invoke(args, 130)
    assert result.stderr == "Interrupted\n"
    assert {p.name: p.read_bytes() for p in (out / "extracted").iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == ["extracted"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims", "in"]


def test_ctrl_c_while_reading_the_configuration_is_130(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.config

    def interrupted(*args: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.config, "find", interrupted)
    result = invoke([str(_corpus(tmp_path / "in"))], 130)
    assert result.stderr == "Interrupted\n"


def test_sigterm_ends_workers_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in"
    src.mkdir()
    body = "".join(f"Meta spent ${i}.{j} billion on H100 GPUs in March 2025, it said.\n"
                   for i in range(40) for j in range(10))
    for n in range(120):
        (src / f"f{n}.txt").write_text(f"Story {n}\n\n{body}Item {n}.\n", "utf-8")
    out = tmp_path / "report.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", str(src), "--jobs", "2", "--no-cache",
         "--format", "json", "-o", str(out), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    children: set[int] = set()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(children) < 2:
        try:
            with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as fh:
                children = {int(c) for c in fh.read().split()}
        except OSError:
            break
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 143, err
    assert err.decode().strip().splitlines()[-1] == "Interrupted"
    assert b"Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    time.sleep(0.2)
    alive = []
    for pid in children:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split()[2] != "Z":
                    alive.append(pid)
        except OSError:
            pass
    assert not alive


def test_jobs_are_capped_at_the_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.parallel as parallel
    from factcheck.load.discover import discover

    seen: list[int] = []
    monkeypatch.setattr(parallel, "default_jobs", lambda: 2)
    monkeypatch.setattr(parallel, "open_pool",
                        lambda config, jobs: seen.append(jobs))  # serial after
    parallel.extract_files(discover([str(_corpus(tmp_path / "in", 5))]), jobs=64)
    assert seen == [2]


# --- the claim cache: trust no file a stranger can write --------------------------------


def _cached_run(src: Path, cache: Path) -> list[Path]:
    invoke([str(src), "--format", "json", "--cache-dir", str(cache), "--as-of", AS_OF,
            "-q", "--fail-on", "never"], 0)
    return sorted(cache.rglob("*.json"))


def _report(src: Path, *extra: str) -> dict[str, object]:
    result = invoke([str(src), "--format", "json", "--as-of", AS_OF, "-q", "--fail-on",
                     "never", *extra], 0)
    doc: dict[str, object] = json.loads(result.stdout)
    doc.pop("tool", None)
    return doc


def test_cache_entry_made_for_other_content_is_a_miss(tmp_path: Path) -> None:
    """An entry rewritten to state other claims (here: another file's, under this key)
    is not believed: it is bound to the sha256 of the content it was made from."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, "utf-8")
    (src / "b.txt").write_text(GOOD.replace("4.5", "9.5"), "utf-8")
    cache = tmp_path / "cache"
    cold = _report(src, "--no-cache")
    a, b = _cached_run(src, cache)
    a.write_bytes(b.read_bytes().replace(json.loads(b.read_text())["key"].encode(),
                                         json.loads(a.read_text())["key"].encode()))
    assert _report(src, "--cache-dir", str(cache)) == cold


@pytest.mark.parametrize("kind", ["fifo", "link-to-zero", "huge"])
def test_cache_entry_that_is_no_regular_file_is_a_miss(tmp_path: Path, kind: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import factcheck.cache

    src = _corpus(tmp_path / "in", 2)
    cache = tmp_path / "cache"
    cold = _report(src, "--no-cache")
    entries = _cached_run(src, cache)
    for entry in entries:
        entry.unlink()
        if kind == "fifo":
            os.mkfifo(entry)
        elif kind == "link-to-zero":
            entry.symlink_to("/dev/zero")
        else:
            monkeypatch.setattr(factcheck.cache, "MAX_ENTRY_BYTES", 1000)
            entry.write_text(" " * 2000)
    assert _report(src, "--cache-dir", str(cache), "--jobs", "1") == cold


def test_warm_cache_recomputes_what_the_file_name_decides(tmp_path: Path) -> None:
    """A text that names no outlet is its file's: a renamed file is a new outlet, warm or
    cold."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "first.txt").write_text(GOOD, "utf-8")
    (src / "other.txt").write_text(GOOD.replace("March 3", "March 4"), "utf-8")
    cache = tmp_path / "cache"
    _cached_run(src, cache)
    (src / "other.txt").rename(src / "second.txt")
    assert _report(src, "--cache-dir", str(cache)) == _report(src, "--no-cache")
    doc = _report(src, "--cache-dir", str(cache))
    outlets = {c["outlet"] for f in doc["findings"] for c in f["claims"]}  # type: ignore[attr-defined]
    assert "other.txt" not in outlets and "second.txt" in outlets


def test_cache_folder_everyone_may_write_is_not_used(tmp_path: Path,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    src = _corpus(tmp_path / "in", 2)
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    invoke([str(src), "--cache-dir", str(cache), "-q", "--fail-on", "never"], 0)
    assert f"{cache}: claim cache not used (writable by every user)" in caplog.text
    assert not list(cache.rglob("*.json"))


def test_cache_is_pruned_by_age_and_size_and_cleared(tmp_path: Path) -> None:
    import os
    import time

    from factcheck import cache as cache_mod

    src = _corpus(tmp_path / "in", 3)
    cache = tmp_path / "cache"
    entries = _cached_run(src, cache)
    assert len(entries) == 3
    old = time.time() - 40 * 86400
    os.utime(entries[0], (old, old))
    assert cache_mod.prune(cache) == 1
    assert cache_mod.prune(cache, max_bytes=entries[1].stat().st_size) == 1
    assert len(list(cache.rglob("*.json"))) == 1
    keep = cache / "notes.txt"
    keep.write_text("mine")
    result = invoke(["cache", "clear", "--cache-dir", str(cache)], 0)
    assert "removed 1 cache entries" in result.stderr
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt"]


# --- YAML: one safe loader, with budgets ------------------------------------------------


def _laughs(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append(f"title: *a{levels - 1}")
    return "\n".join(lines)


def test_front_matter_aliases_are_bounded(tmp_path: Path) -> None:
    import time

    src = tmp_path / "in"
    src.mkdir()
    (src / "bomb.md").write_text(f"---\n{_laughs()}\n---\n\n{GOOD}", "utf-8")
    (src / "good.txt").write_text(GOOD, "utf-8")
    start = time.process_time()
    result = invoke([str(src), "--format", "json", "--as-of", AS_OF, "-q", "--fail-on",
                     "never", "--no-cache", "--jobs", "1"], 0)
    assert time.process_time() - start < 10
    assert len(result.stdout) < 200_000
    doc = json.loads(result.stdout)
    bomb = next(s for s in doc["sources"] if s["path"].endswith("bomb.md"))
    assert any("front matter too large" in w for w in bomb["warnings"]), bomb["warnings"]


def test_front_matter_fields_take_plain_values_only(tmp_path: Path) -> None:
    from factcheck.load import load_one

    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [" + ", ".join(["x" * 50] * 200) + "]\n"
                    "outlet: {name: Wire}\nurl: {a: 1}\ndate: 2025-03-04\n---\n\n" + GOOD)
    src = load_one(str(path), "a.md").source
    assert src.title != str(["x" * 50] * 200) and (src.title or "").count("x" * 50) <= 1
    assert src.outlet == "Wire"
    assert src.url is None
    assert str(src.published) == "2025-03-04"


@pytest.mark.parametrize(("name", "text", "line", "needle"), [
    ("claims/verified.yaml", "facts: []\nfacts:\n  - {subject: x, value: y}\n", 2,
     "duplicate key 'facts'"),
    ("claims/verified.yaml", _laughs(), None, "nodes once aliases are expanded"),
    ("claims/verified.yaml", "facts:\n  - subject: x\n    value: [1]\n", 3, "facts.0.value"),
    ("b.yaml", "schema: factcheck.baseline/1\nfindings: []\nfindings: []\n", 3,
     "duplicate key 'findings'"),
    ("factcheck.yaml", "quiet: true\nquiet: false\n", 2, "duplicate key 'quiet'"),
])
def test_every_yaml_file_goes_through_the_safe_loader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str,
        line: int | None, needle: str) -> None:
    import yaml

    src = _corpus(tmp_path / "sources", 2)
    (tmp_path / "claims").mkdir()
    target = tmp_path / name
    target.write_text(text, "utf-8")
    monkeypatch.chdir(tmp_path)
    args = [str(src), "--claims", "claims"]
    if name == "b.yaml":
        args += ["--baseline", "b.yaml"]
    if name == "factcheck.yaml":
        args += ["--config", "factcheck.yaml"]
    if needle == "nodes once aliases are expanded":
        assert yaml.safe_load(text) is not None  # what the old loader silently built
    result = invoke(args, 2)
    where = f"Error: {name}:{line}: " if line else f"Error: {name}"
    assert result.stderr.startswith(where), result.stderr
    assert needle in result.stderr and result.stderr.count("\n") == 1


# --- time: a small file must not stall the run ------------------------------------------


def _cpu(fn: object) -> float:
    import time

    start = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - start


@pytest.mark.parametrize("shape", ["<div>", "<ul><li>", "<div><span>", "<div/>",
                                   "<div></span>", "<table><tr><td>"])
def test_deeply_nested_html_is_a_warning_not_a_hang(tmp_path: Path, shape: str) -> None:
    from factcheck.load import load_one
    from factcheck.load.html import MAX_DEPTH

    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + shape * 60_000 + "Meta spent $4.5 billion.", "utf-8")
    got: list[object] = []
    assert _cpu(lambda: got.append(load_one(str(path), "deep.html"))) < 2
    src = got[0].source  # type: ignore[attr-defined]
    if shape == "<table><tr><td>":
        return  # tables cannot nest without cells closing: parsed, and quickly
    assert src.format is None
    assert src.warnings == (f"HTML nested too deeply (over {MAX_DEPTH} levels; not read)",)


def test_page_nested_within_the_limit_is_read(tmp_path: Path) -> None:
    from factcheck.load import load_one

    path = tmp_path / "ok.html"
    path.write_text("<html><body><article>" + "<div>" * 200
                    + "<p>Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs.</p>"
                    + "</div>" * 200 + "<!-- <div><div> --><script>'<div>'</script>"
                    + "<svg>" + '<path d="M0 0"/>' * 3000 + "</svg>" + "<br/>" * 3000
                    + "</article></body></html>", "utf-8")
    article = load_one(str(path), "ok.html")
    assert article.source.format == "html"
    assert any("4.5 billion" in ln.text for sec in article.sections for ln in sec.lines)


def test_minified_page_costs_linear_time(tmp_path: Path) -> None:
    """One line of 12k paragraphs costs about what 12k lines do, and lines stay right."""
    from factcheck.load.html import parse_html

    paras = [f"<p>Paragraph {i} says Meta spent ${i} million on chips.</p>" for i in range(12_000)]
    one_line = "<html><body><article>" + "".join(paras) + "</article></body></html>"
    many = "<html><body><article>\n" + "\n".join(paras) + "\n</article></body></html>"
    assert _cpu(lambda: parse_html(one_line)) < 3 * _cpu(lambda: parse_html(many)) + 0.3
    page = parse_html(many)
    assert page.numbers[:3] == [2, 3, 4] and page.numbers[-1] == 12_001
    assert set(parse_html(one_line).numbers) == {1}


def test_thousands_of_nested_folders_are_walked(tmp_path: Path) -> None:
    import os

    deep = tmp_path / "in"
    parts = ["d"] * 1100
    deep.mkdir()
    fds = [os.open(deep, os.O_RDONLY)]
    try:
        for _ in parts:  # made by descriptor: os.makedirs recurses, and long paths cost
            os.mkdir("d", dir_fd=fds[-1])
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        fd = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fds[-1])
        os.write(fd, GOOD.encode())
        os.close(fd)
        (deep / "b.txt").write_text(GOOD.replace("4.5", "5.5"), "utf-8")
        result = invoke([str(deep), "--format", "json", "--as-of", AS_OF, "-q", "--fail-on",
                         "never", "--no-cache"], 0)
        paths = {s["path"] for s in json.loads(result.stdout)["sources"]}
        assert str(deep.joinpath(*parts, "a.txt")) in paths and len(paths) == 2
    finally:
        # removed here, deepest first: shutil.rmtree (and so pytest's clean-up) recurses
        if os.path.lexists(deep.joinpath(*parts, "a.txt")):
            os.unlink("a.txt", dir_fd=fds[-1])
        while len(fds) > 1:
            os.close(fds.pop())
            os.rmdir("d", dir_fd=fds[-1])
        os.close(fds[0])


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_over_its_cpu_budget_is_a_warning_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    import time

    import factcheck.extract
    import factcheck.parallel

    src = _corpus(tmp_path / "in", 3)
    (src / "slow.txt").write_text(GOOD.replace("Meta", "Slowco"), "utf-8")
    real = factcheck.extract.extract

    def slow(article, gaz=None, lex=None):  # type: ignore[no-untyped-def]
        if article.source.path.endswith("slow.txt"):
            while True:  # a parser that never ends on this file
                sum(range(1000))
        return real(article, gaz, lex)

    monkeypatch.setattr(factcheck.extract, "extract", slow)
    monkeypatch.setattr(factcheck.parallel, "FILE_BUDGET_SECONDS", 0.5)
    start = time.monotonic()
    result = invoke([str(src), "--format", "json", "--as-of", AS_OF, "-q", "--fail-on",
                     "never", "--no-cache", "--jobs", jobs], 0)
    assert time.monotonic() - start < 10
    doc = json.loads(result.stdout)
    by_name = {Path(s["path"]).name: s for s in doc["sources"]}
    assert by_name["slow.txt"]["format"] is None
    assert "of CPU time" in by_name["slow.txt"]["warnings"][0]
    assert all(by_name[f"a{i}.txt"]["claims"] > 0 for i in range(3))


# --- same input, same report --------------------------------------------------------------


def test_names_that_print_alike_are_two_sources(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from pages import CLUSTER, page

    src = tmp_path / "in"
    src.mkdir()
    # no outlet line: each file is its own outlet, named after the file
    (src / "x\ny.txt").write_text(page("Cluster", "Alpha", [("2025-01", CLUSTER)]).replace(
        "Read original on Alpha", ""), "utf-8")
    (src / "x\\ny.txt").write_text(page("Cluster", "Beta", [("2025-06", CLUSTER)]).replace(
        "Read original on Beta", ""), "utf-8")
    result = invoke([str(src), "--format", "json", "--as-of", AS_OF, "-q", "--no-cache"])
    doc = json.loads(result.stdout)
    ids = [s["id"] for s in doc["sources"]]
    assert len(set(ids)) == 2, ids
    assert doc["summary"]["contradicted"] == 1
    assert result.exit_code == 1


# --- what other programs embed ------------------------------------------------------------


def test_claimreview_is_safe_to_embed_in_a_script_element(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n, outlet in enumerate(("Alpha", "Beta")):
        (src / f"{n}.html").write_text(
            f'<html><head><meta property="og:site_name" content="{outlet}">'
            '<link rel="canonical" href="javascript:alert(1)"></head><body><article>'
            "<p>Meta said on March 3, 2025 that it spent $4.5 billion on H100 GPUs "
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>"
            "</article></body></html>", "utf-8")
    result = invoke([str(src), "--format", "claimreview", "--as-of", AS_OF, "-q",
                     "--fail-on", "never", "--no-cache", "--review-url", "javascript:x()"], 0)
    text = result.stdout
    reviews = json.loads(text)
    assert reviews, "expected a corroborated finding"
    assert "<" not in text and ">" not in text and "&" not in text
    assert any("</script>" in r["claimReviewed"] for r in reviews)  # the text itself kept
    assert "javascript:" not in text
    assert all(r["url"].startswith("https://") for r in reviews)


def _view_by_content(folder: Path, names: dict[str, str]) -> list[tuple[object, ...]]:
    import datetime as dt

    from factcheck.pipeline import check

    report = check([str(folder)], dt.date(2026, 11, 23))
    return sorted((f.id, f.verdict, tuple(sorted((names[Path(c.path).name], c.line, c.value)
                                                 for c in f.claims)))
                  for f in report.findings)


def test_renaming_files_never_changes_the_findings(tmp_path: Path) -> None:
    """Two articles whose figures group differently depending on which file comes first."""
    import shutil

    corpora = Path(__file__).parent / "corpora"
    files = [corpora / "precision" / "apple-q4-results.html",
             corpora / "consistent" / "a-bloomberg.md"]
    views = []
    for n, order in enumerate(((0, 1), (1, 0))):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        names = {}
        for rank, f in zip(order, files, strict=True):
            new = f"{'ab'[rank]}{f.suffix}"
            shutil.copy(f, folder / new)
            names[new] = f.name
        views.append(_view_by_content(folder, names))
    assert views[0] == views[1]


def test_near_duplicates_take_an_origin_that_no_file_name_decides(tmp_path: Path) -> None:
    """A copy (outlet Beta) of Alpha's text is one origin with it; which outlet names that
    origin must not depend on which file sorts first, or Beta's own story (C) would
    count as independent in one order and not in the other."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from pages import CLUSTER, page

    filler = ("Analysts said the build-out reflects a broader push across the industry to "
              "secure compute capacity, with suppliers reporting long lead times for "
              "accelerators, networking gear and power equipment through the rest of the "
              "decade, according to people familiar with the plans.")
    copy = page("Meta finishes cluster", "{outlet}", [("2025-01", CLUSTER)]) + filler + "\n"
    own = page("Beta on the cluster", "Beta News", [("2025-01", CLUSTER)])
    views = []
    for n, (first, second) in enumerate((("a", "b"), ("b", "a"))):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        (folder / f"{first}.txt").write_text(copy.replace("{outlet}", "Alpha Wire"))
        (folder / f"{second}.txt").write_text(copy.replace("{outlet}", "Beta News"))
        (folder / "c.txt").write_text(own)
        names = {f"{first}.txt": "alpha", f"{second}.txt": "beta", "c.txt": "c"}
        views.append(_view_by_content(folder, names))
    assert views[0] == views[1]


def test_output_to_a_link_to_stdout_writes_the_pipe(tmp_path: Path) -> None:
    """`-o /dev/stdout` (here a link of the test's own to /proc/self/fd/1, so that a
    regression replaces no system file) writes into the pipe and keeps the link."""
    import subprocess
    import sys

    src = _corpus(tmp_path / "in", 2)
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", str(src), "--format", "json", "-o", str(link),
         "-q", "--fail-on", "never", "--no-cache"],
        capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schema"] == "factcheck.report/1"
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "stdout"]


@pytest.mark.parametrize("command", ["check", "baseline"])
def test_sigterm_while_writing_leaves_the_old_file_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    import os

    from factcheck.errors import Terminated

    src = _corpus(tmp_path / "in", 2)
    out = tmp_path / "out.txt"
    out.write_text("previous\n")
    real_fdopen = os.fdopen

    class Killed:
        def __init__(self, fh: object) -> None:
            self.fh = fh

        def __enter__(self) -> Killed:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()  # type: ignore[attr-defined]

        def write(self, text: str) -> int:
            self.fh.write(text[: len(text) // 2])  # type: ignore[attr-defined]
            raise Terminated  # what the SIGTERM handler raises where the program stands

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Killed(real_fdopen(*a, **k)))
    result = invoke([command, str(src), "-o", str(out), "--no-cache"], 143)
    assert result.stderr.endswith("Interrupted\n")
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.txt"]


def test_sigterm_handler_raises_where_the_program_stands() -> None:
    import os
    import signal

    from factcheck import cli
    from factcheck.errors import Terminated

    previous = signal.signal(signal.SIGTERM, cli._on_sigterm)
    try:
        with pytest.raises(Terminated):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_blocks_deep_in_a_page_cost_what_shallow_ones_do(tmp_path: Path) -> None:
    """A block's cost does not grow with how deep it stands (up to the depth limit)."""
    from factcheck.load.html import parse_html

    def page(levels: int) -> str:
        return ("<html><body><article>" + "<div>" * levels + "".join(
            f"<p>Paragraph {i} says Meta spent ${i} million.</p>" for i in range(8_000))
            + "</article></body></html>")

    deep, shallow = page(999), page(1)
    assert _cpu(lambda: parse_html(deep)) < 3 * _cpu(lambda: parse_html(shallow)) + 0.2


def test_one_of_each_hostile_class_gives_one_report_serially_and_pooled(
        tmp_path: Path) -> None:
    src = tmp_path / "in"
    _escaping_pages(src)
    (src / "deep.html").write_text("<html><body>" + "<div>" * 5000 + "x", "utf-8")
    (src / "bomb.md").write_text(f"---\n{_laughs()}\n---\n\n{GOOD}", "utf-8")
    (src / "surrogate.html").write_text(
        '<html><head><script type="application/ld+json">{"headline": "x\\udc00"}</script>'
        "</head><body><p>Zorblax hired 12 people in 2019.</p></body></html>", "utf-8")
    (src / "x\ny.txt").write_text(GOOD.replace("4.5", "5.5"), "utf-8")
    (src / "x\\ny.txt").write_text(GOOD.replace("4.5", "6.5"), "utf-8")
    (src / "junk.bin").write_bytes(bytes(range(256)) * 4)
    _corpus(src / "good", 2)
    outs = []
    for jobs in ("1", "2"):
        result = invoke([str(src), "--format", "json", "--as-of", AS_OF, "-q", "--fail-on",
                         "never", "--no-cache", "--jobs", jobs], 0)
        assert not CONTROL.search(result.stdout)
        doc = json.loads(result.stdout)
        doc.pop("tool")
        outs.append(doc)
    assert outs[0] == outs[1]
    ids = [s["id"] for s in outs[0]["sources"]]
    assert len(ids) == len(set(ids)) == 10
