"""`ringfence serve`: the HTTP API (FastAPI + uvicorn) on an SQLite file or PostgreSQL."""

from __future__ import annotations

import os

import typer

from ringfence.cli import app


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="TCP port"),
    database: str | None = typer.Option(
        None,
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (default: $RINGFENCE_DATABASE_URL, "
        "else sqlite:///./var/ringfence.db)",
    ),
    workers: int = typer.Option(1, min=1, help="worker processes"),
    log_level: str = typer.Option("info", help="debug, info, warning or error"),
) -> None:
    """Serve the scanning and moderation API. Prints the admin key on first start unless RINGFENCE_ADMIN_KEY is set."""
    try:
        import uvicorn

        from ringfence.service.clock import SystemClock
        from ringfence.service.db import make_engine, make_sessionmaker, migrate
        from ringfence.service.keys.service import ensure_admin_key
        from ringfence.service.logs import configure_logging
        from ringfence.service.settings import Settings
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        typer.echo(f"the service needs its extra: pip install 'ringfence[service]' ({exc})", err=True)
        raise typer.Exit(code=2) from None

    settings = Settings.from_env(database_url=database, log_level=log_level.upper())
    configure_logging(settings.log_level)
    engine = make_engine(settings.database_url)
    migrate(engine)  # once, before the workers start
    with make_sessionmaker(engine)() as session:
        generated = ensure_admin_key(session, SystemClock(), settings.admin_key)
    engine.dispose()

    base = f"http://{host}:{port}"
    typer.echo(f"Ringfence API on {base}  (docs: {base}/docs, store: {_redact_url(settings.database_url)})")
    if generated:
        typer.echo(f"Admin key (tenant 'default'), shown only this once; save it:\n  {generated}")
        key_hint = generated
    elif settings.admin_key:
        typer.echo("Admin key: the value of RINGFENCE_ADMIN_KEY")
        key_hint = "$RINGFENCE_ADMIN_KEY"
    else:
        typer.echo("Admin key: the one printed at first start (or set RINGFENCE_ADMIN_KEY and restart)")
        key_hint = "<admin key>"
    typer.echo(
        "Try:\n"
        f"  curl -s {base}/v1/keys -H 'Authorization: Bearer {key_hint}' -H 'Content-Type: application/json' "
        '-d \'{"role": "integrator"}\'\n'
        f"  curl -s {base}/v1/scan -H 'Authorization: Bearer <integrator key>' -H 'Content-Type: application/json' "
        '-d \'{"text": "mail me at jo@example.com", "context": {"surface": "message", '
        '"stage": "pre_contract"}}\''
    )
    os.environ.update(settings.to_env())  # the workers rebuild the same settings from the environment
    uvicorn.run(
        "ringfence.service.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=None,
        access_log=False,
        log_level=log_level.lower(),
    )


def _redact_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
