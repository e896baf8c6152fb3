"""GraphiQL served from the package: no CDN, a strict Content-Security-Policy.

The page at ``GET /graphql`` (a browser asking for HTML) loads React, GraphiQL and its explorer
plugin from ``/graphiql/`` (``plaza/static/graphiql/``), vendored from their npm packages with
the versions and sha384 integrity hashes in ``assets.json``; the browser checks each file
against its hash (``integrity=``), and the page's script is a file of its own so that the CSP
allows scripts from the host only. Nothing leaves the host: the page works offline.

``python -m plaza.graphiql refresh`` fetches the packages again with ``npm pack`` (the versions
in ``assets.json``), copies the files and checks their hashes; ``check`` only checks.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from functools import cache
from html import escape
from pathlib import Path

from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

ASSET_DIR = Path(__file__).parent / "static" / "graphiql"
PREFIX = "/graphiql"
MANIFEST = ASSET_DIR / "assets.json"
OWN_FILES = ("page.css", "plaza-graphiql.js")

# Scripts and styles from the host only (GraphiQL sets inline styles, hence 'unsafe-inline' for
# styles only); its fonts are data: URLs; the fetcher talks to the same origin over HTTP and
# WebSocket. No framing (clickjacking), no base-URI or form tricks.
CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "worker-src 'self' blob:",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    )
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def integrity(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def vendored() -> list[dict]:
    return json.loads(MANIFEST.read_text())["vendored"]


@cache
def page_html() -> str:
    """The page, with an integrity hash on every script and stylesheet it loads."""
    files = {entry["file"]: entry["integrity"] for entry in vendored()}
    files.update({name: integrity(ASSET_DIR / name) for name in OWN_FILES})

    def tag(name: str) -> str:
        src, sri = escape(f"{PREFIX}/{name}"), escape(files[name])
        if name.endswith(".css"):
            return f'<link rel="stylesheet" href="{src}" integrity="{sri}">'
        return f'<script src="{src}" integrity="{sri}"></script>'

    head = [
        tag(n)
        for n in (
            "graphiql.min.css",
            "plugin-explorer.css",
            "page.css",
            "react.production.min.js",
            "react-dom.production.min.js",
        )
    ]
    body = [tag(n) for n in ("graphiql.min.js", "plugin-explorer.umd.js", "plaza-graphiql.js")]
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            "<title>Plaza GraphiQL</title>",
            '<link rel="icon" href="data:,">',
            *head,
            "</head>",
            "<body>",
            '<div id="graphiql">Loading...</div>',
            *body,
            "</body>",
            "</html>",
        ]
    )


def page_response() -> HTMLResponse:
    return HTMLResponse(page_html(), headers=HEADERS)


class _Assets(StaticFiles):
    """The assets, with the page's security headers and a long cache (their names carry no
    version, so a day rather than immutable)."""

    def file_response(self, *args, **kwargs):
        response = super().file_response(*args, **kwargs)
        response.headers.update(HEADERS)
        response.headers["Cache-Control"] = "public, max-age=86400"
        return response


def assets_mount() -> Mount:
    return Mount(PREFIX, app=_Assets(directory=ASSET_DIR), name="graphiql")


def check() -> list[str]:
    """The vendored files whose content does not match the manifest's hash."""
    return [e["file"] for e in vendored() if integrity(ASSET_DIR / e["file"]) != e["integrity"]]


def refresh() -> None:
    """Fetch the manifest's packages with ``npm pack`` and copy their files here."""
    with tempfile.TemporaryDirectory() as tmp:
        for entry in vendored():
            spec = f"{entry['package']}@{entry['version']}"
            name = (
                subprocess.run(
                    ["npm", "pack", spec, "--silent"],
                    cwd=tmp,
                    check=True,
                    capture_output=True,
                    text=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            with tarfile.open(Path(tmp) / name) as archive:
                member = archive.extractfile(f"package/{entry['path']}")
                assert member is not None, spec
                with open(ASSET_DIR / entry["file"], "wb") as out:
                    shutil.copyfileobj(member, out)
    if bad := check():
        sys.exit(f"integrity mismatch: {', '.join(bad)}")


if __name__ == "__main__":  # pragma: no cover - maintenance command
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "refresh":
        refresh()
    bad = check()
    print("GraphiQL assets: " + ("mismatch: " + ", ".join(bad) if bad else "all hashes match"))
    sys.exit(1 if bad else 0)
