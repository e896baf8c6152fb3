"""Use cases: plain async functions ``(viewer, arguments) -> models`` or a ``DomainError``.

They know nothing of GraphQL; the schema layer and the background tasks both call them.
"""
