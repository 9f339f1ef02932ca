"""Configuration: [tool.factcheck] in pyproject.toml or factcheck.yaml, validated by a model.

The CLI loads it in an eager `--config` callback into click's `default_map`, so flags
given on the command line win with no merge code.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field

from factcheck.errors import ConfigError
from factcheck.models import Frozen
from factcheck.sizes import parse_size

#: A size in bytes, also written 512k, 20M or 1G.
Size = Annotated[int, BeforeValidator(lambda v: parse_size(v) if isinstance(v, str | int)
                                      else v)]

YAML_NAMES = ("factcheck.yaml", "factcheck.yml", ".factcheck.yaml")
#: Keys holding paths: relative values are relative to the configuration file.
PATH_KEYS = ("baseline", "claims", "cache_dir", "gazetteer", "lexicon")
#: The editorial ledger folder read when --claims is not given and it exists here.
DEFAULT_CLAIMS = "claims"


class Options(Frozen):
    """Every setting a configuration file may hold (keys may use - or _)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: str | None = Field(default=None, description="Report format (--format).")
    fail_on: Literal["contradicted", "refuted", "any", "never"] | None = Field(
        default=None, description="Which findings fail the run (--fail-on).")
    as_of: dt.date | None = Field(default=None, description="Judge forecasts as of this date.")
    baseline: str | None = Field(default=None, description="Baseline of accepted findings.")
    strict_baseline: bool | None = Field(default=None, description="Fail on stale entries.")
    claims: str | None = Field(default=None, description="The claims/ ledger folder.")
    gazetteer: tuple[str, ...] | None = Field(default=None, description="Extra alias files.")
    lexicon: tuple[str, ...] | None = Field(default=None, description="Extra metric files.")
    cache_dir: str | None = Field(default=None, description="Claim cache folder.")
    no_cache: bool | None = Field(default=None, description="Do not use the claim cache.")
    max_size: Size | None = Field(default=None, description="Largest file: bytes, 512k, 20M.")
    follow_links: bool | None = Field(default=None, description="Follow links out of the tree.")
    quiet: bool | None = Field(default=None, description="No summary line on stderr.")
    exclude: tuple[str, ...] | None = Field(default=None, description="Globs to leave out.")
    no_gitignore: bool | None = Field(default=None, description="Read what git ignores too.")
    color: Literal["auto", "always", "never"] | None = Field(
        default=None, description="Colour the table (--color).")
    review_url: str | None = Field(default=None, description="Page hosting ClaimReviews.")


def find(start: str | Path = ".") -> Path | None:
    """The nearest factcheck.yaml, or pyproject.toml with [tool.factcheck], from `start` up
    to the repository root (a folder holding .git)."""
    folder = Path(start).resolve()
    for here in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (here / name).is_file():
                return _shown(here / name)
        pyproject = here / "pyproject.toml"
        if pyproject.is_file() and re.search(r"(?m)^\s*\[tool\.factcheck\]",
                                             pyproject.read_text("utf-8", errors="replace")):
            return _shown(pyproject)
        if (here / ".git").exists():
            return None
    return None


def _shown(path: Path) -> Path:
    """The path as the user would write it: relative to the current folder when possible."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:
        return path


def _line_of(text: str, key: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if re.match(r"\s*[\"']?" + re.escape(key) + r"[\"']?\s*[:=]", line):
            return n
    return None


def _raw(path: Path) -> tuple[dict[str, Any], str]:
    import stat

    from factcheck.yamlio import MAX_YAML_BYTES

    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError("not a regular file", str(path))
        if st.st_size > MAX_YAML_BYTES:
            raise ConfigError(f"file too large ({st.st_size} bytes; limit {MAX_YAML_BYTES})",
                              str(path))
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc.__class__.__name__}", str(path)) from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", str(path)) from None
        section = doc.get("tool", {}).get("factcheck", {})
    else:
        from factcheck.yamlio import parse_yaml

        section = parse_yaml(text, str(path), error=ConfigError)
        section = {} if section is None else section
    if not isinstance(section, dict):
        raise ConfigError("expected a mapping of settings", str(path))
    return section, text


def load(path: str | Path) -> dict[str, Any]:
    """The settings of a configuration file as click defaults (underscored keys, paths
    made relative to the current folder); ConfigError naming the file and key."""
    from pydantic import ValidationError

    path = Path(path)
    section, text = _raw(path)
    data = {str(k).replace("-", "_"): v for k, v in section.items()}
    for key, orig in zip(data, section, strict=True):
        if key not in Options.model_fields:
            raise ConfigError(f"unknown key {orig!r}", str(path), _line_of(text, str(orig)))
    if isinstance(data.get("gazetteer"), str):
        data["gazetteer"] = [data["gazetteer"]]
    if isinstance(data.get("lexicon"), str):
        data["lexicon"] = [data["lexicon"]]
    if isinstance(data.get("exclude"), str):
        data["exclude"] = [data["exclude"]]
    try:
        options = Options.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else ""
        orig = next((str(k) for k in section if str(k).replace("-", "_") == key), key)
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{orig}: {msg}", str(path), _line_of(text, orig)) from None
    out: dict[str, Any] = options.model_dump(mode="json", exclude_none=True)
    base = path.parent
    for key in PATH_KEYS:
        if key in out:
            out[key] = ([_rel(base, p) for p in out[key]] if isinstance(out[key], list)
                        else _rel(base, out[key]))
    return out


def _rel(base: Path, value: str) -> str:
    p = Path(os.path.expanduser(value))
    if p.is_absolute():
        return str(p)
    joined = base / p
    try:
        return os.path.relpath(joined)
    except ValueError:  # another drive on Windows
        return str(joined.resolve())


def run_options(*, claims: str | None, gazetteer: tuple[str, ...], lexicon: tuple[str, ...],
                baseline: str | None, cache_dir: str | None, no_cache: bool,
                max_size: int, follow_links: bool) -> dict[str, Any]:
    """Keyword arguments for pipeline.check from the CLI's settings: the claims/ folder's
    verified facts and alias files, the baseline and the cache folder."""
    from factcheck.cache import default_dir
    from factcheck.ledger import claims_files

    if claims is None and os.path.isdir(DEFAULT_CLAIMS):
        claims = DEFAULT_CLAIMS  # the ledger beside the articles, as the repository lays it out
    verified, aliases, metrics = claims_files(claims)
    return {
        "gazetteer_files": [*aliases, *gazetteer],
        "lexicon_files": [*metrics, *lexicon],
        "verified_files": verified,
        "baseline_file": baseline,
        "cache_dir": None if no_cache else (cache_dir or default_dir()),
        "max_bytes": max_size,
        "follow_links": follow_links,
    }
