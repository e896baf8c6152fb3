"""Strawberry types, inputs, enums and errors; one module per domain.

``schema.build`` composes them into the schema served at ``/graphql`` and into one Apollo
Federation 2 subgraph per domain.
"""
