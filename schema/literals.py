"""A validation rule: string literals in a document may not contain NUL (U+0000).

PostgreSQL cannot store NUL in text and fails the statement; refused here, the client learns
which value was wrong before anything runs. (Variables are checked the same way before they are
coerced: ``plaza/request_limits.py``.)"""

from __future__ import annotations

from graphql import GraphQLError, StringValueNode, ValidationRule

INVALID_STRING = "INVALID_STRING"
NUL_MESSAGE = "Strings cannot contain NUL (U+0000) characters."


class NoNulInStrings(ValidationRule):
    def enter_string_value(self, node: StringValueNode, *_args) -> None:
        if "\x00" in node.value:
            self.report_error(GraphQLError(NUL_MESSAGE, node, extensions={"code": INVALID_STRING}))
