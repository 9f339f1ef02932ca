"""Run the CLI as `python -m factcheck`."""

from __future__ import annotations

from factcheck.cli import main

main()
