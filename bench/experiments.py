"""App factories for measuring changes proposed outside the files bench/ may change.

``python bench/flash_sale.py --start-server --app bench.experiments:cached_validation_app ...``

``cached_validation_app``: the app with the validation rules built once per schema instead of
once per request. ``schema.build.extensions`` passes ``QueryDepthLimiter`` and
``MaxAliasesLimiter`` as factories; each builds a new rule *class* per request, the validation
rules of every request differ, and strawberry's ``ValidationCache`` (keyed on schema, document
and rules) never hits: every request is validated again. Here the two rule classes are made
once and added with ``AddValidationRules``, so the cache hits after the first request of each
document. The rules, their limits and the other extensions are unchanged. The proposed change
to ``schema/build.py`` is the same few lines.
"""

from __future__ import annotations

import logging

from strawberry.extensions import AddValidationRules
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from schema import build

_original_extensions = build.extensions


def _extensions_with_cached_rules(
    max_depth: int = 12, max_tokens: int = 2000, max_aliases: int = 30
) -> list:
    rules = [depth_rule(max_depth, None, None), alias_rule(max_aliases)]
    original = _original_extensions(max_depth, max_tokens, max_aliases)
    # original: [depth, tokens, aliases, mask errors, ParserCache, ValidationCache]
    return [lambda: AddValidationRules(rules), original[1], *original[3:]]


def cached_validation_app():
    from plaza.app import create_app

    build.extensions = _extensions_with_cached_rules
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return create_app()
