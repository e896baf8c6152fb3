"""Data access that the ORM's query builder does not write well: one module per domain.

Hand-written statements (``models.sql`` runs them on both dialects) for the hot paths and the
writes that must be one statement. A use case calls a named function here (``claim_outbox_rows``,
``insert_order_rows``...) rather than carrying SQL text, so every read and write of a table is
found under its domain in ``models/``.
"""
