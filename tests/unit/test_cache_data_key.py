"""The claim cache is keyed by every packaged resource: an edited word list of any data
file (numbers, currencies, slots, events) makes stored claims stale, not only the
gazetteer and the metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import cache


def test_every_data_file_keys_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("gazetteer.yaml", "numbers.yaml", "currencies.yaml"):
        (data / name).write_text(f"# {name}\n", encoding="utf-8")
    monkeypatch.setattr(cache.resources, "files", lambda _pkg: tmp_path)
    before = cache.data_fingerprint()
    (data / "currencies.yaml").write_text("codes: [XYZ]\n", encoding="utf-8")
    assert cache.data_fingerprint() != before
    (data / "currencies.yaml").write_text("# currencies.yaml\n", encoding="utf-8")
    assert cache.data_fingerprint() == before
