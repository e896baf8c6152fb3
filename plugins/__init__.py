"""Extension points (small interfaces), the registry that holds them, and built-in plugins.

A third-party plugin is an installable package exposing a ``register(registry)`` function under
the ``plaza.plugins`` entry-point group.
"""
