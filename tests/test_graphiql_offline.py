"""GraphiQL works offline: its assets come from the package, under a strict CSP.

The HTTP checks run everywhere. The browser check runs Debian's Chromium (``/usr/bin/chromium``,
or ``PLAZA_TEST_CHROMIUM``) through Playwright against a real server: every request the page
makes is recorded, and must go to the server's own host; the page loads, a query typed in runs
and shows its answer, and the docs explorer lists ``Query``; the console shows no CSP
violation. Without Chromium (or Playwright) the browser check is skipped and says so; with
``PLAZA_TEST_REQUIRE_SERVICES=1`` (CI) it fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
from urllib.parse import urlsplit

import pytest

from plaza import graphiql
from tests.server import async_live_server

REQUIRE_SERVICES = os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1"
HTML = {"accept": "text/html"}


async def test_the_page_loads_only_local_assets_with_integrity_and_a_strict_policy(client):
    resp = await client.get("/graphql", headers=HTML)
    assert resp.status_code == 200
    assert resp.headers["content-security-policy"] == graphiql.CSP
    assert "script-src 'self';" in graphiql.CSP and "unsafe-eval" not in graphiql.CSP
    assert resp.headers["x-frame-options"] == "DENY"
    assert resp.headers["x-content-type-options"] == "nosniff"

    sources = re.findall(r'(?:src|href)="([^"]+)"', resp.text)
    assets = [s for s in sources if not s.startswith("data:")]
    assert assets and all(s.startswith("/graphiql/") for s in assets), sources
    assert "<script>" not in resp.text  # no inline script: the CSP would refuse it
    for tag in re.findall(r"<(?:script|link rel=\"stylesheet\")[^>]*>", resp.text):
        assert 'integrity="sha384-' in tag, tag

    for path in assets:
        asset = await client.get(path)
        assert asset.status_code == 200, path
        name = path.removeprefix("/graphiql/")
        assert graphiql.integrity(graphiql.ASSET_DIR / name) in resp.text


def test_the_vendored_files_are_the_npm_packages_files():
    """The hashes in assets.json are those the packages publish (the same as unpkg's)."""
    assert graphiql.check() == []
    names = {e["package"] for e in graphiql.vendored()}
    assert names == {"react", "react-dom", "graphiql", "@graphiql/plugin-explorer"}


async def test_an_unknown_asset_is_404_and_no_directory_listing(client):
    assert (await client.get("/graphiql/nope.js")).status_code == 404
    assert (await client.get("/graphiql/")).status_code == 404
    assert (await client.get("/graphiql/../plaza/settings.py")).status_code == 404


def _chromium() -> str:
    path = os.environ.get("PLAZA_TEST_CHROMIUM") or shutil.which("chromium") or ""
    problem = None
    if not path:
        problem = "Chromium is not installed (apt-get install chromium)"
    else:
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            problem = "Playwright for Python is not installed (pip install -e '.[dev]')"
    if problem:
        if REQUIRE_SERVICES:
            pytest.fail(f"{problem}; PLAZA_TEST_REQUIRE_SERVICES=1 requires it")
        pytest.skip(f"{problem}: the GraphiQL browser check did not run")
    return path


async def test_graphiql_runs_a_query_offline_in_chromium(database):
    executable = _chromium()
    from playwright.async_api import async_playwright

    async with async_live_server({"PLAZA_DATABASE_URL": database.url}) as server:
        host = urlsplit(server).netloc
        requests: list[str] = []
        console: list[str] = []
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=executable, headless=True, args=["--no-sandbox"]
            )
            try:
                page = await browser.new_page()
                page.on("request", lambda r: requests.append(r.url))
                page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
                query = "{ __typename }"
                await page.goto(f"{server}/graphql?q={query}", wait_until="networkidle")
                await page.wait_for_selector(".graphiql-container", timeout=20_000)

                await page.click(".graphiql-execute-button")
                result = page.locator(".graphiql-response")
                await result.get_by_text('"Query"').wait_for(timeout=20_000)
                assert '"__typename": "Query"' in re.sub(r"\s+", " ", await result.inner_text())

                await page.click('[aria-label="Show Documentation Explorer"]')
                explorer = page.locator(".graphiql-doc-explorer")
                await explorer.get_by_text("Query", exact=True).first.wait_for(timeout=20_000)
            finally:
                await browser.close()

    outside = [u for u in requests if not u.startswith("data:") and urlsplit(u).netloc != host]
    assert outside == [], outside
    assert any("/graphiql/graphiql.min.js" in u for u in requests)
    assert any(u.endswith("/graphql") for u in requests)  # the page's own fetches
    violations = [m for m in console if "Content Security Policy" in m or "integrity" in m]
    assert violations == [], violations
