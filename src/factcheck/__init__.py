"""factcheck: fact-check news coverage across sources.

The public API is :func:`check`, which runs load → extract → match → verdict and
returns a :class:`~factcheck.models.Report`. Heavy modules load lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
#: The name on the package index (`factcheck` there is an unrelated library); the command
#: and the import name are `factcheck`.
DISTRIBUTION = "factcheck-news"

if TYPE_CHECKING:
    from factcheck.models import ClaimBase as Claim
    from factcheck.models import Finding, Report, Source
    from factcheck.pipeline import check

__all__ = ["DISTRIBUTION", "Claim", "Finding", "Report", "Source", "__version__", "check"]


def __getattr__(name: str) -> Any:
    if name == "check":
        from factcheck.pipeline import check

        return check
    if name in {"Claim", "Finding", "Report", "Source"}:
        from factcheck import models

        # Claim is the base class of every kind of claim, so isinstance(x, Claim) works
        # (models.Claim is the tagged union used in annotations)
        return models.ClaimBase if name == "Claim" else getattr(models, name)
    raise AttributeError(name)
