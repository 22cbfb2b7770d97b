"""`newsgraph serve`: the web UI over a newsgraph database (Datasette with the newsgraph plugin)."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

UI_PATH = "/-/newsgraph"


def make_datasette(db: str | Path, *, sql: bool = True, home: bool = True):
    """A Datasette over ``db`` (opened read-only) with the newsgraph plugin registered."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from . import web

    if not pm.is_registered(web):
        pm.register(web, name="newsgraph")
    settings = {} if sql else {"default_allow_sql": False}
    metadata = {"title": "newsgraph", "plugins": {"newsgraph": {"home": home}}}
    return Datasette([str(db)], settings=settings, metadata=metadata)


def register(main: click.Group) -> None:
    """Add the `serve` command to the newsgraph command group."""

    @main.command()
    @click.option("--db", "db", default="newsgraph.db", show_default=True, type=click.Path(dir_okay=False),
                  help="The newsgraph database to open (read-only).")
    @click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
    @click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
    @click.option("--no-sql", is_flag=True, help="Turn off Datasette's (read-only) SQL from the URL.")
    def serve(db: str, host: str, port: int, no_sql: bool) -> None:
        """Open the web UI: articles with their quotes and sources, actors, search, network.

        Pages are read-only. Browse to http://HOST:PORT/ (newsgraph's pages live under
        /-/newsgraph; Datasette's table browsing, facets and JSON stay at /DATABASE).
        """
        if not Path(db).is_file():
            click.echo(f"newsgraph: no database at {db}: run `newsgraph ingest FILES --db {db}` first", err=True)
            sys.exit(2)
        try:
            import uvicorn
        except ImportError:
            click.echo("newsgraph: the web UI needs Datasette: pip install 'newsgraph[web]'", err=True)
            sys.exit(2)
        try:
            ds = make_datasette(db, sql=not no_sql)
        except ImportError:
            click.echo("newsgraph: the web UI needs Datasette: pip install 'newsgraph[web]'", err=True)
            sys.exit(2)
        asyncio.run(ds.invoke_startup())
        click.echo(f"newsgraph: serving {db} at http://{host}:{port}{UI_PATH} (Ctrl-C to stop)")
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")
