"""`ringfence scan` (stub: filled in by its owner)."""

from __future__ import annotations

import typer

from ringfence.cli import app


@app.command("scan")
def scan_command() -> None:
    """Not implemented yet."""
    raise typer.Exit(code=1)
