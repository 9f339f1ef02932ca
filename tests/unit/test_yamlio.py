"""Safe YAML loading: errors name file, line and key; only plain data is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import ConfigError, LedgerError
from factcheck.gazetteer import load_gazetteer
from factcheck.lexicon import load_lexicon
from factcheck.yamlio import YamlList, YamlMap, line_of, load_yaml


def _file(tmp_path: Path, text: str, name: str = "f.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_plain_data_with_lines(tmp_path: Path) -> None:
    data = load_yaml(_file(tmp_path, "a: 1\nb:\n  - x\n  - y\n"))
    assert data == {"a": 1, "b": ["x", "y"]}
    assert isinstance(data, YamlMap) and isinstance(data["b"], YamlList)
    assert line_of(data, "b") == 2
    assert line_of(data["b"], 1) == 4


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a: [1, 2\nb: 3\n", 2, "invalid YAML"),
        ("a: !!python/object/apply:os.system ['echo pwned']\n", 1, "tag not allowed"),
        ("a: !!python/name:os.system\n", 1, "tag not allowed"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a'"),
        ("? [1, 2]\n: x\n", 1, "a mapping key must be a plain value"),
        ("a: &x [1]\n" + "".join(f"k{i}: *x\n" for i in range(120)), 102, "aliases"),
    ],
    ids=["syntax", "python-object", "python-name", "duplicate", "list-key", "laughs"],
)
def test_bad_yaml_names_file_and_line(tmp_path: Path, text: str, line: int,
                                      reason: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_yaml(path)
    assert info.value.path == path
    assert info.value.line == line
    assert reason in info.value.reason
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_unreadable_and_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="cannot read: No such file"):
        load_yaml(tmp_path / "missing.yaml", error=LedgerError)
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(ConfigError) as info:
        load_yaml(bad)
    assert (info.value.line, info.value.reason) == (2, "not UTF-8 text")


def test_empty_file_is_none(tmp_path: Path) -> None:
    assert load_yaml(_file(tmp_path, "")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("products:\n  - name: Foo\n    aliases: Foo9\n", ":3: products[0].aliases: must be"),
        ("products:\n  - name: Foo\n  - 7\n", ":3: products[1]: must be a mapping"),
        ("products:\n  - kind: chip\n", ":2: products[0]: needs a non-empty string 'name'"),
        ("companies:\n  - name: X\n    colour: red\n", ":3: companies[0].colour: unknown key"),
        ("products:\n  - name: X\n    versioned: maybe\n", ":3: products[0].versioned: must be"),
        ("prodcts: []\n", ":1: unknown key 'prodcts'"),
        ("words: CamelCase\n", ":1: words: must be a list of strings"),
        ("- a\n- b\n", ":1: expected a mapping"),
        ("products: !!python/object:os.system {}\n", ":1: invalid YAML: tag not allowed"),
    ],
)
def test_gazetteer_errors_name_file_line_and_key(tmp_path: Path, text: str,
                                                 expected: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(LedgerError) as info:
        load_gazetteer((path,))
    assert str(info.value).startswith(path + expected), str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("metrics:\n  power: [watts]\n  speed: 5\n", ":3: metrics.speed: must be a list"),
        ("units:\n  W: [power]\n", ":2: units.W: must be a metric name"),
        ("slots: [a]\n", ":1: slots: must be a mapping"),
        ("metric: {}\n", ":1: unknown key 'metric'"),
        ("changes:\n  sideways: [drift]\n", ":2: changes.sideways: must be `up` or `down`"),
        ("metrics: {a: [x]\n", ":2: invalid YAML"),
    ],
)
def test_lexicon_errors_name_file_line_and_key(tmp_path: Path, text: str,
                                               expected: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(LedgerError) as info:
        load_lexicon((path,))
    assert str(info.value).startswith(path + expected), str(info.value)


def test_good_user_files_still_extend(tmp_path: Path) -> None:
    gaz = load_gazetteer((_file(tmp_path, "products:\n  - {name: Zeta9, aliases: [Z9]}\n"),))
    assert [m.name for m in gaz.find("the Z9 chip")] == ["Zeta9"]
    lex = load_lexicon((_file(tmp_path, "metrics:\n  heat: [thermal output]\n", "m.yaml"),))
    assert lex.metric_near("thermal output of 5 W", 18, 19, "W") == "heat"
    lex = load_lexicon((_file(tmp_path, "changes:\n  up: [soared]\n  down: [sank]\n",
                              "c.yaml"),))
    assert (lex.direction("soared"), lex.direction("Sank"), lex.direction("fell")) == (
        "up", "down", "down")
    assert {"soared", "sank"} <= lex.changes


@pytest.mark.parametrize("name", ["gazetteer.yaml", "metrics.yaml", "numbers.yaml",
                                  "confusables.yaml", "slots.yaml", "tables.yaml"])
def test_packaged_data_reads_the_same_with_the_strict_reader(name: str) -> None:
    """The package's data is read with libyaml at start-up; the strict reader (duplicate
    keys refused, lines kept) reads it to the same data."""
    from importlib import resources

    from factcheck.yamlio import parse_packaged, parse_yaml

    text = resources.files("factcheck").joinpath(f"data/{name}").read_text("utf-8")
    assert parse_packaged(text, name) == parse_yaml(text, name)
