"""The fastest safe YAML loader available: libyaml's CSafeLoader, else the pure one.

Both build only plain data (no Python object tags); the C one parses front matter and
the gazetteer many times faster.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any


def safe_loader(yaml: ModuleType) -> Any:
    """yaml.CSafeLoader when PyYAML was built with libyaml, else yaml.SafeLoader."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)
