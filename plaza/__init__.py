"""Plaza composition root: settings, the ASGI app, the CLI and authentication."""
