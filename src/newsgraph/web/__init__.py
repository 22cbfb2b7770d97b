"""newsgraph's web UI: a Datasette plugin adding article, actor, story, search and network pages.

Registered under the ``datasette`` entry point, so ``datasette newsgraph.db`` loads it as
well as ``newsgraph serve``. Templates live in ``templates/``, bundled JS and CSS in
``static/`` (served by Datasette at ``/-/static-plugins/newsgraph.web/``).
"""
from __future__ import annotations

from .plugin import asgi_wrapper, menu_links, register_routes

__all__ = ["asgi_wrapper", "menu_links", "register_routes"]
