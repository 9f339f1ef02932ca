"""Accepted findings survive an upgrade that changes ids: the baseline records the tool and
id scheme, finds its entries again by their quotes, and `factcheck baseline --update`
carries them over to the new ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from factcheck import ids
from factcheck.cli import main
from pages import CLUSTER, TETON, page, write

MTIA = "Meta unveils MTIA v1, its first custom inference accelerator."
RUN = ["sources/", "--as-of", "2026-01-01", "--no-cache"]
CHECK = [*RUN, "--jobs", "1"]


def invoke(args: list[str], exit_code: int, input: str | None = None) -> Result:
    result = CliRunner().invoke(main, args, catch_exceptions=False, input=input)
    assert result.exit_code == exit_code, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two outlets that disagree on MTIA and on the cluster, agree on Grand Teton."""
    write(tmp_path, "sources/a.txt", page("Meta's year", "Alpha News",
                                          [("2023-05", MTIA), ("2025-01", CLUSTER),
                                           ("2022-05", TETON)]))
    write(tmp_path, "sources/b.txt", page("Inside Meta", "Beta Wire",
                                          [("2023-06", MTIA), ("2025-02", CLUSTER),
                                           ("2022-05", TETON)]))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release with another id scheme and normaliser: every id and fingerprint changes
    (what a new stemmer, synonym list or id recipe does)."""
    normal, hashed = ids.normalise, ids._hash
    monkeypatch.setattr(ids, "normalise", lambda text: "v2 " + normal(text))
    monkeypatch.setattr(ids, "_hash", lambda parts: hashed(["v2", *parts]))


def _findings(args: list[str], code: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    doc = json.loads(invoke([*args, "--format", "json", "-q"], code).stdout)
    return doc["findings"], doc["baseline"]


def test_baseline_records_tool_scheme_and_quotes(corpus: Path) -> None:
    invoke(["baseline", *RUN, "-o", "baseline.yaml"], 0)
    doc = yaml.safe_load((corpus / "baseline.yaml").read_text())
    assert doc["schema"] == "factcheck.baseline/1"
    assert doc["tool"]["name"] == "factcheck" and doc["tool"]["version"]
    assert doc["ids"] == ids.SCHEME
    assert len(doc["findings"]) == 2
    for e in doc["findings"]:
        # one wording, two values: one quote, a fingerprint per value
        assert len(e["quotes"]) == 1 and len(e["claims"]) == 2


def test_ids_change_accepted_findings_still_pass_then_update(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    invoke(["baseline", *RUN, "-o", "baseline.yaml"], 0)
    before = {f["id"] for f in _findings(CHECK, 1)[0] if f["verdict"] == "contradicted"}
    _upgrade(monkeypatch)
    args = [*CHECK, "--baseline", "baseline.yaml", "--strict-baseline"]
    findings, status = _findings(args, 0)
    after = {f["id"] for f in findings if f["verdict"] == "contradicted"}
    assert after and not after & before  # every id changed
    assert status["accepted"] == 2 and status["rematched"] == 2 and status["stale"] == []
    md = invoke([*args, "--format", "markdown", "-q"], 0).stdout
    assert "2 accepted findings were recognised by their quoted claims only" in md
    assert "`factcheck baseline PATHS -o baseline.yaml --update`" in md
    github = invoke([*args, "--format", "github", "-q"], 0).stdout
    assert "2 accepted under changed ids (run factcheck baseline --update)" in github

    result = invoke(["baseline", *RUN, "-o", "baseline.yaml", "--update"], 0)
    assert result.stderr == ("baseline.yaml: 2 accepted findings carried over, "
                             "0 stale entries dropped\n")
    doc = yaml.safe_load((corpus / "baseline.yaml").read_text())
    assert {e["id"] for e in doc["findings"]} == after
    findings, status = _findings(args, 0)
    assert status["rematched"] == 0 and status["accepted"] == 2


def test_a_new_contradiction_is_still_new_after_an_upgrade(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    invoke(["baseline", *RUN, "-o", "baseline.yaml"], 0)
    _upgrade(monkeypatch)
    # a third outlet brings a value nobody accepted
    write(corpus, "sources/c.txt", page("Recap", "Gamma Daily", [("2025-04", CLUSTER)]))
    findings, _ = _findings([*CHECK, "--baseline", "baseline.yaml"], 1)
    new = [f for f in findings if f["baseline"] == "new" and f["verdict"] == "contradicted"]
    assert len(new) == 1 and "2025-04" in {c["value"] for c in new[0]["claims"]}
    # --update carries over what was accepted and accepts nothing new
    invoke(["baseline", *RUN, "-o", "baseline.yaml", "--update"], 0)
    invoke([*CHECK, "--baseline", "baseline.yaml", "-q"], 1)


def test_update_drops_stale_entries_and_reads_old_baselines(corpus: Path) -> None:
    """A baseline written before tool, ids and quotes were recorded still reads, and
    --update rewrites it in today's form."""
    invoke(["baseline", *RUN, "-o", "baseline.yaml"], 0)
    doc = yaml.safe_load((corpus / "baseline.yaml").read_text())
    del doc["tool"], doc["ids"]
    for e in doc["findings"]:
        del e["quotes"]
    doc["findings"].append({"id": "stale0000000000", "verdict": "contradicted",
                            "kind": "timeline", "subject": "fixed since",
                            "values": ["2024-01", "2024-02"], "claims": []})
    (corpus / "baseline.yaml").write_text(yaml.safe_dump(doc))
    _, status = _findings([*CHECK, "--baseline", "baseline.yaml"], 0)
    assert status["accepted"] == 2 and len(status["stale"]) == 1
    result = invoke(["baseline", *RUN, "-o", "baseline.yaml", "--update"], 0)
    assert "2 accepted findings carried over, 1 stale entries dropped" in result.stderr
    doc = yaml.safe_load((corpus / "baseline.yaml").read_text())
    assert doc["ids"] == ids.SCHEME and all(e["quotes"] for e in doc["findings"])
    assert len(doc["findings"]) == 2


def test_update_needs_an_existing_baseline(corpus: Path) -> None:
    result = invoke(["baseline", *RUN, "-o", "missing.yaml", "--update"], 2)
    assert result.stderr.startswith("Error: missing.yaml") and result.stderr.count("\n") == 1
    assert not (corpus / "missing.yaml").exists()


def test_id_scheme_is_pinned() -> None:
    """Ids of a fixed claim under the current scheme. When this fails, ids changed: bump
    ids.SCHEME, and say in the release notes to run `factcheck baseline --update`."""
    from factcheck.models import TimelineClaim

    def claim(value: str) -> TimelineClaim:
        return TimelineClaim.model_validate({
            "source": "a", "path": "a", "line": 1, "text": CLUSTER, "value": value,
            "section": "timeline", "provenance": "reported", "outlet": "A",
            "subject": CLUSTER, "key": "timeline", "entities": ["H100"],
            "date": {"start": "2025-01-01", "end": "2025-01-31", "precision": "month",
                     "value": value}, "event": CLUSTER})

    got = (ids.SCHEME, ids.finding_id("timeline", [claim("2025-01"), claim("2025-02")],
                                      "contradicted"),
           ids.finding_id("timeline", [claim("2025-01")]),
           ids.claim_fingerprint("timeline", CLUSTER, "2025-01"), ids.quote_fingerprint(CLUSTER))
    assert got == (1, "04fe43cfeb2279ef", "e09dd8fd61d08dff", "d67a7564333692b7",
                   "5358955cf2df8c19"), got
