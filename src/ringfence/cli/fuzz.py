"""`ringfence fuzz` (stub: filled in by its owner)."""

from __future__ import annotations

import typer

from ringfence.cli import app


@app.command("fuzz")
def fuzz_command() -> None:
    """Not implemented yet."""
    raise typer.Exit(code=1)
