"""Datasette hooks: newsgraph's pages, a menu link and the security headers on every response."""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import Response

from . import views
from .views import PREFIX

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


async def _home_redirect(datasette, request):
    return Response.redirect(datasette.urls.path(PREFIX))


def get_only(view):
    """Pages are read-only: anything but GET and HEAD is refused."""

    async def guarded(datasette, request):
        if request.method not in ("GET", "HEAD"):
            return Response.text("newsgraph's pages are read-only", status=405, headers={"Allow": "GET, HEAD"})
        return await view(datasette, request)

    return guarded


@hookimpl
def register_routes(datasette):
    routes = [
        (rf"^{PREFIX}/?$", views.home),
        (rf"^{PREFIX}/article/(?P<id>[^/]+)$", views.article),
        (rf"^{PREFIX}/actor/(?P<id>[^/]+)$", views.actor),
        (rf"^{PREFIX}/story$", views.story),
        (rf"^{PREFIX}/story/(?P<id>[^/]+)$", views.story),
        (rf"^{PREFIX}/search$", views.search),
        (rf"^{PREFIX}/network$", views.network),
        (rf"^{PREFIX}/network\.json$", views.network_json),
    ]
    if (datasette.plugin_config("newsgraph") or {}).get("home"):
        routes.append((r"^/$", _home_redirect))
    return [(pattern, get_only(view)) for pattern, view in routes]


@hookimpl
def menu_links(datasette, actor, request):
    return [{"href": datasette.urls.path(PREFIX), "label": "newsgraph"}]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                await app(scope, receive, send)
                return

            async def send_with_headers(message):
                if message["type"] == "http.response.start":
                    names = {k.lower() for k, _ in message.get("headers", [])}
                    headers = list(message.get("headers", []))
                    headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                    message = {**message, "headers": headers}
                await send(message)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrap
