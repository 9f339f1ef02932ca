"""Product names, versions and generations from the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import LedgerError
from factcheck.gazetteer import load_gazetteer

GAZ = load_gazetteer()


def names(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.generic) for m in GAZ.find(text) if m.kind != "company"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta unveils the MTIA v1, its first chip", [("MTIA v1", False)]),
        ("the first generation of its custom MTIA inference chip", [("MTIA v1", False)]),
        ("Meta announces the next-generation MTIA chip", [("MTIA", True)]),
        ("MTIA v2 and v3 chips", [("MTIA v2", False), ("MTIA v3", False)]),
        ("Custom TPU v5p/v6", [("TPU v5p", False), ("TPU v6", False)]),
        ("chips like GB200", [("GB200", False)]),
        ("NVIDIA H100 and B200 clusters", [("H100", False), ("B200", False)]),
        ("350k H100-equivalent GPU cluster", [("H100", False)]),
        ("Llama 3 and Llama-3.1", [("Llama 3", False), ("Llama 3.1", False)]),
        ("PyTorch 2.x", [("PyTorch", False)]),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, bool]]) -> None:
    assert names(text) == expected


def test_b200_is_not_gb200() -> None:
    assert names("GB200") == [("GB200", False)]
    assert names("B200") == [("B200", False)]


def test_user_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "aliases.yaml"
    extra.write_text("products:\n  - {name: Cerebras WSE-3, kind: chip, aliases: [WSE-3]}\n")
    gaz = load_gazetteer((str(extra),))
    assert [m.name for m in gaz.find("the WSE-3 wafer")] == ["Cerebras WSE-3"]


def test_bad_user_file_names_file_and_key(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("prodcuts: []\n")
    with pytest.raises(LedgerError, match="unknown key 'prodcuts'") as err:
        load_gazetteer((str(extra),))
    assert str(extra) in str(err.value)


def test_python_tags_are_refused(tmp_path: Path) -> None:
    extra = tmp_path / "evil.yaml"
    extra.write_text("products: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(LedgerError, match="invalid YAML"):
        load_gazetteer((str(extra),))
