"""The claim cache: one changed file is re-extracted; bad entries are rebuilt, not trusted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck.extract as extract_stage
import factcheck.pipeline as pipeline
from factcheck.cache import ClaimCache, data_fingerprint
from pages import CLUSTER, TETON, page, write

AS_OF = dt.date(2026, 1, 1)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths pipeline.check extracts afresh (the loader calls factcheck.extract.extract)."""
    calls: list[str] = []
    real = extract_stage.extract

    def spy(article, gaz=None, lex=None):  # type: ignore[no-untyped-def]
        calls.append(Path(article.source.path).name)
        return real(article, gaz, lex)

    monkeypatch.setattr(extract_stage, "extract", spy)
    return calls


def _corpus(folder: Path) -> None:
    for n, outlet in enumerate(("Alpha", "Beta", "Gamma")):
        write(folder, f"s/{n}.txt", page(f"Page {n}", outlet, [("2022-05", TETON),
                                                               (f"2025-0{n + 1}", CLUSTER)]))


def test_one_changed_file_is_re_extracted(tmp_path: Path, counted: list[str]) -> None:
    _corpus(tmp_path)
    cache = str(tmp_path / "cache")
    first = pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache)
    assert sorted(counted) == ["0.txt", "1.txt", "2.txt"]
    counted.clear()
    again = pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache)
    assert counted == []
    assert again == first
    write(tmp_path, "s/1.txt", page("Page 1", "Beta", [("2025-01", CLUSTER)]))
    pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache)
    assert counted == ["1.txt"]


def test_renamed_file_reuses_entry_with_its_new_path(tmp_path: Path, counted: list[str]) -> None:
    _corpus(tmp_path)
    cache = str(tmp_path / "cache")
    pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache)
    counted.clear()
    (tmp_path / "s/0.txt").rename(tmp_path / "s/renamed.txt")
    report = pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache)
    assert counted == []
    paths = {c.path for f in report.findings for c in f.claims}
    assert str(tmp_path / "s/renamed.txt") in paths
    assert not any(p.endswith("0.txt") for p in paths)


@pytest.mark.parametrize("damage", ["corrupt", "foreign", "invalid"])
def test_bad_entries_are_ignored_and_rebuilt(tmp_path: Path, counted: list[str],
                                             damage: str) -> None:
    _corpus(tmp_path)
    cache = tmp_path / "cache"
    first = pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=str(cache))
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 3
    for entry in entries:
        doc = json.loads(entry.read_text())
        if damage == "corrupt":
            entry.write_text(entry.read_text()[:40])
        elif damage == "foreign":
            doc["key"] = "0" * 64
            entry.write_text(json.dumps(doc))
        else:
            doc["claims"][0]["kind"] = "rumour"
            entry.write_text(json.dumps(doc))
    counted.clear()
    assert pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=str(cache)) == first
    assert sorted(counted) == ["0.txt", "1.txt", "2.txt"]
    counted.clear()
    pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=str(cache))
    assert counted == []  # rebuilt entries are good again
    assert not list(cache.rglob(".tmp-*"))


def test_key_includes_version_and_data(tmp_path: Path) -> None:
    alias = tmp_path / "aliases.yaml"
    alias.write_text("products:\n  - name: Zorblax\n")
    assert data_fingerprint() != data_fingerprint([str(alias)])
    a = ClaimCache.open(tmp_path)
    b = ClaimCache.open(tmp_path, [str(alias)])
    assert a.salt != b.salt and "0.1.0" in a.salt


def test_cli_cache_dir_option_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    _corpus(tmp_path)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "env-cache"))
    CliRunner().invoke(main, [str(tmp_path / "s"), "-q"], catch_exceptions=False)
    assert len(list((tmp_path / "env-cache").rglob("*.json"))) == 3
    CliRunner().invoke(main, [str(tmp_path / "s"), "--cache-dir", str(tmp_path / "opt")],
                       catch_exceptions=False)
    assert len(list((tmp_path / "opt").rglob("*.json"))) == 3
    CliRunner().invoke(main, [str(tmp_path / "s"), "--no-cache", "--cache-dir",
                              str(tmp_path / "none")], catch_exceptions=False)
    assert not (tmp_path / "none").exists()


def test_two_runs_sharing_one_cache_do_not_corrupt_it(tmp_path: Path) -> None:
    """Runs in two processes at once write the same entries: every entry stays whole
    (written to a temporary file and renamed), and a later run reads them all."""
    import subprocess
    import sys

    for n in range(12):
        write(tmp_path, f"s/{n}.txt", page(f"Page {n}", f"Outlet {n}",
                                           [("2022-05", TETON), (f"2025-0{n % 9 + 1}", CLUSTER)]))
    cache = tmp_path / "cache"
    code = ("import datetime, sys; from factcheck.pipeline import check; "
            "check([sys.argv[1]], datetime.date(2026, 1, 1), cache_dir=sys.argv[2])")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "s"), str(cache)])
            for _ in range(2)]
    assert [p.wait(timeout=120) for p in runs] == [0, 0]
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 12
    assert not list(cache.rglob(".tmp-*"))
    for entry in entries:
        assert json.loads(entry.read_text("utf-8"))["schema"] == "factcheck.cache/3"
    fresh = pipeline.check([str(tmp_path / "s")], AS_OF)
    assert pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=str(cache)) == fresh


def test_origin_a_sentence_credits_is_kept_in_the_entry(tmp_path: Path) -> None:
    """A figure a sentence credits to a wire service has that origin warm as cold."""
    write(tmp_path, "s/a.txt", "Funding round\n\nOpenAI raised $6.6 billion in new funding, "
          "according to Reuters.\n\nThe company said demand was strong.\n")
    cold = pipeline.check([str(tmp_path / "s")], AS_OF)
    origins = {c.origin for f in cold.findings for c in f.claims}
    assert "Reuters" in origins
    cache = str(tmp_path / "cache")
    assert pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache) == cold
    assert pipeline.check([str(tmp_path / "s")], AS_OF, cache_dir=cache) == cold
