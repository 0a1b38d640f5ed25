"""`ringfence eval` (stub: filled in by its owner)."""

from __future__ import annotations

import typer

from ringfence.cli import app


@app.command("eval")
def eval_command() -> None:
    """Not implemented yet."""
    raise typer.Exit(code=1)
