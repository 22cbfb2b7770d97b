"""`newsgraph doctor`: check the installation and a database, and say what to fix."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .doctor import check_database, check_install


@click.command()
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database to check (default: newsgraph.db when it exists).")
def doctor(db: str | None) -> None:
    """Check the installation (model, versions, optional extras) and the database (schema, integrity)."""
    checks = check_install()
    if db is None and Path("newsgraph.db").exists():
        db = "newsgraph.db"
    if db:
        checks += check_database(db)
    for c in checks:
        click.echo(c.line())
    bad = [c for c in checks if c.required and not c.ok]
    click.echo("all required checks passed" if not bad else f"{len(bad)} problem(s) to fix")
    sys.exit(1 if bad else 0)


def register(group: click.Group) -> None:
    group.add_command(doctor)
