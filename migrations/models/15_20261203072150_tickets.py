"""Migration 15_20261203072150_tickets, written by `python -m plaza.makemigrations`.

aerich hands the connection to upgrade() and downgrade(); they return the SQL for its dialect.
Edit the SQL if you must, keeping both dialects in step; never edit MODELS_STATE (aerich diffs
the models against it). Extra SQL: plaza.makemigrations.EXTRA_SQL.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True
# SQLite: run the script in a savepoint, so that a failing statement undoes those before it
# (Python 3.11's sqlite3 commits before running a script, i.e. outside aerich's transaction).
# A script that must run outside any transaction (PRAGMA foreign_keys=OFF to rebuild a table)
# needs SQLITE_ATOMIC = False and RUN_IN_TRANSACTION = False.
SQLITE_ATOMIC = True

# The plaza.makemigrations.EXTRA_SQL entries whose statements this migration carries.
EXTRA_SQL_KEYS: tuple[str, ...] = ()

UPGRADE: dict[str, str] = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "ticket" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "category" VARCHAR(16) NOT NULL /* PAYMENT: payment
ADDRESS: address
STATUS: status
QUALITY: quality
OTHER: other */,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(24) NOT NULL /* OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed */,
    "version" INT NOT NULL,
    "opened_by" VARCHAR(16) NOT NULL /* CUSTOMER: customer
AGENT: agent */,
    "opened_by_user_id" BIGINT,
    "last_message_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "assignee_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "case_id" BIGINT REFERENCES "aftersales_case" ("id") ON DELETE SET NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE RESTRICT
) /* One conversation between a customer and platform customer service. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_custome_c5c84c" ON "ticket" ("customer_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_order_i_501b91" ON "ticket" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_ticket_merchan_2b9125" ON "ticket" ("merchant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_0e26f1" ON "ticket" ("status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_assigne_4cab82" ON "ticket" ("assignee_id", "status");
CREATE INDEX IF NOT EXISTS "idx_ticket_case_id_6b31c5" ON "ticket" ("case_id");
        CREATE TABLE IF NOT EXISTS "ticket_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "step" VARCHAR(24) NOT NULL /* OPENED: opened
MESSAGE_ADDED: message_added
NOTE_ADDED: note_added
ASSIGNED: assigned
STATUS_CHANGED: status_changed
CASE_OPENED: case_opened */,
    "party" VARCHAR(16) NOT NULL /* CUSTOMER: customer
AGENT: agent */,
    "actor_user_id" BIGINT,
    "role" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(24) /* OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed */,
    "to_status" VARCHAR(24) NOT NULL /* OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed */,
    "note" VARCHAR(500) NOT NULL,
    "internal" INT NOT NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* One step of a ticket: who (party, user, role), when, the status before and after, a note. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__2e29f1" ON "ticket_history" ("ticket_id", "created_at");
        CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "party" VARCHAR(16) NOT NULL /* CUSTOMER: customer
AGENT: agent */,
    "body" TEXT NOT NULL,
    "internal" INT NOT NULL,
    "author_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* A message on a ticket, from its customer or an agent; ``internal`` notes are agents' */;
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_author__2698c6" ON "ticket_message" ("author_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "ticket" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "category" VARCHAR(16) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "version" INT NOT NULL,
    "opened_by" VARCHAR(16) NOT NULL,
    "opened_by_user_id" BIGINT,
    "last_message_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "assignee_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "case_id" BIGINT REFERENCES "aftersales_case" ("id") ON DELETE SET NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_ticket_custome_c5c84c" ON "ticket" ("customer_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_order_i_501b91" ON "ticket" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_ticket_merchan_2b9125" ON "ticket" ("merchant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_0e26f1" ON "ticket" ("status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_assigne_4cab82" ON "ticket" ("assignee_id", "status");
CREATE INDEX IF NOT EXISTS "idx_ticket_case_id_6b31c5" ON "ticket" ("case_id");
COMMENT ON COLUMN "ticket"."category" IS 'PAYMENT: payment
ADDRESS: address
STATUS: status
QUALITY: quality
OTHER: other';
COMMENT ON COLUMN "ticket"."status" IS 'OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed';
COMMENT ON COLUMN "ticket"."opened_by" IS 'CUSTOMER: customer
AGENT: agent';
COMMENT ON TABLE "ticket" IS 'One conversation between a customer and platform customer service.';
        CREATE TABLE IF NOT EXISTS "ticket_history" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "step" VARCHAR(24) NOT NULL,
    "party" VARCHAR(16) NOT NULL,
    "actor_user_id" BIGINT,
    "role" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "internal" BOOL NOT NULL,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_hist_ticket__2e29f1" ON "ticket_history" ("ticket_id", "created_at");
COMMENT ON COLUMN "ticket_history"."step" IS 'OPENED: opened
MESSAGE_ADDED: message_added
NOTE_ADDED: note_added
ASSIGNED: assigned
STATUS_CHANGED: status_changed
CASE_OPENED: case_opened';
COMMENT ON COLUMN "ticket_history"."party" IS 'CUSTOMER: customer
AGENT: agent';
COMMENT ON COLUMN "ticket_history"."from_status" IS 'OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed';
COMMENT ON COLUMN "ticket_history"."to_status" IS 'OPEN: open
WAITING_ON_CUSTOMER: waiting_on_customer
RESOLVED: resolved
CLOSED: closed';
COMMENT ON TABLE "ticket_history" IS 'One step of a ticket: who (party, user, role), when, the status before and after, a note.';
        CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "party" VARCHAR(16) NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOL NOT NULL,
    "author_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "ticket_id" BIGINT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__cb5587" ON "ticket_message" ("ticket_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_author__2698c6" ON "ticket_message" ("author_id");
COMMENT ON COLUMN "ticket_message"."party" IS 'CUSTOMER: customer
AGENT: agent';
COMMENT ON TABLE "ticket_message" IS 'A message on a ticket, from its customer or an agent; ``internal`` notes are agents''';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "ticket_history";
        DROP TABLE IF EXISTS "ticket_message";
        DROP TABLE IF EXISTS "ticket";
""",
    "postgres": """
DROP TABLE IF EXISTS "ticket_history";
        DROP TABLE IF EXISTS "ticket_message";
        DROP TABLE IF EXISTS "ticket";
""",
}


def _sql(db: BaseDBAsyncClient, sql: dict[str, str]) -> str:
    dialect = db.capabilities.dialect
    if dialect not in sql:
        raise RuntimeError(f"migration {__name__} has no SQL for dialect {dialect!r}")
    script = sql[dialect].strip()
    if script and dialect == "sqlite" and SQLITE_ATOMIC:
        script = f"SAVEPOINT plaza_migration;\n{script}\n;\nRELEASE plaza_migration;"
    return script


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, UPGRADE) or "SELECT 1"  # asyncpg rejects an empty script


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, DOWNGRADE)


MODELS_STATE = (
    "eJztfX9z4ji29ldR8c90v8XknaQ7mdzsrVtFCN3DDoEskJ6Zd7PlOLYI3hiLsU3SuffOd3"
    "8l+bctg2QM2EZVuz3dxkeG58jSOc85Oud/WgukQ9M56azcecd14WLptq7A/7QsdQHxX1gf"
    "t0FLXS6jD8kFV30y6f2qpqGV5SoqFlDUmMST49qqRgafqaYD8SUdOpptLF0DWURyZEGg6g"
    "sDy+jAMZ6tHw0LIBvY8NkgsuQ+4I/YBqoD3DnE/7eR65oQ37WAiydoO8BwT8gDdaRhKcN6"
    "LnnsB+vBmkAIHh9t6CDzFV8+8X+0cxKIPD6egF/h0gX4MWQoXcUAqQ4EDsL/Vl0Asdw76N"
    "z1wdJGGnQc4I3wYJHbHQx+8HWcvwEbvTkAmTq0ibA3oomsZ+i44M2wdPQGVBvikVYW1OmP"
    "X1nGnyuouOgZ4pttDME//4Uv43vhd+iQf/5Pa2ZAU6d/b8GFaphE7gXfQf6r2VDFUGEFto"
    "gc/L7EP9bBIDnBUP78sFamSdT/vqTab9GbMaD0H3+1QeIxqq6TYXb3gJJGJTcuXxQ6cOJl"
    "MCg49LoSyF4bz33L/ULvJdPuSdGQuVpY0f3Ld3eOrFDAsOgL8QwtaJNvi6+59oq8EORb+e"
    "9R8I54ioxu8TQYk9HhTF2ZbvSb8BeIrrUUZTiaKpPeVFFamVcukIi9Kf4lDUOG4cBf1aEA"
    "PJOv8ON/nJ19+vTz2U+fLi7PP//88/nlT5f4Xvp9sx/9/Jf3ZSK0vKEoZv2v/eGUfCGE1w"
    "Rv4SAX/qIy+F1RIqVG6Me0m9HCDf7ENRaQrYekZEofui96EvwlrZ1AF+vUE1yI9BOtcntQ"
    "0Bqsp/3b3mTaub0jwy8c50+T4tWZ9sgnZ/Tqe+rqh4uPSeWEg4Df+tNfAPkn+H+jYY/CiR"
    "z32aZPjO6b/j/ycrbwLoAUC70p+NWPYRJcDi7R9zhQc7AGJRXcnat2z1otqIL7+MerlgYz"
    "ig5kUyrGUFVHqa1J/+tQ6Q+v6EakGHg/Gfe+9ifT3vjK35Cgnd7Bct7LhfpdMaH17M7xP0"
    "8v1kyDb51x95fO+MNpWrVD/5Mz+tFfCVVglF1YVBeh8P6U0VpCSyeACWrkrje86Q+/XgFf"
    "/sH60ukPejfkGYYJdbzj33e7vd4NueSsNA1CHerV0FG4d2d1xF4MQ4EqvyT8W1MC3rPzzx"
    "z44rtyAaafJRGOmS28GMdEGojyBQ/IF/kYX1CIiZU1e4nt9OTCk6q9vKm2rmQ+QWco797s"
    "R4uzRfqKaqnPFDjyC8n39z2bLlrZBjWRM05P8BGXw6PFbt7o63Sw9/Fm/TgzIXSBL9kGiH"
    "6umuY7eEM23suewQw7KQg7Lwtoa9j0Z7g22w0l6CgEsgq2bKWFLS3s47GwW/gH6iPLfPcn"
    "Rk0sbn8OrzW4V0u9oNaTklLrVdE6w8/yv31sj4st5UJLbkpw89rL0LM/LSuj5j2uvrH3zo"
    "G2MPoxoULIH+u2l7E2s29CVhFfkA2xj/4rfM+4uinwfYvxNjZUvV6Bv4KJFlyNvqKtvoWW"
    "WvrtxxDgHw5dCgL+DmB4Pxh49h2vKZ98IbJKGFlwivAfnCq49wep1XvAi37s7U8g3+1Mup"
    "2bXgr4rfyiYCpPXHU2azG8o+QNbR4fKZw8Tiiz2VUC5Ef/4AA/BjM3lgDNAPyOpbB3E/do"
    "2uDNcOc0PGIjE9IozjuYI1Mnf7Mhw3kqeXDpTlXjfZLulDSsd2FYS3fqGLXO407RPSGr8L"
    "9PRkO2skOBtJ4NzQX/C0zDKWTOc4VJ/nO2sjSa8/C0MkzXsJwT8rz/EoyblBGeJAAlVBzQ"
    "xB9uO7+nGeTuYHSd1h0Z4DrlWR3Ut63cSyed26YbIZVzbqv2DpTh3bJ9LOnc1tG5vVNt12"
    "IH/YKP2jwO7TJ28yZPNh+vzV6jdPCkg1evFbempr508I5R6zwOHv1vRt/5KUDB/Q3M/zk9"
    "+4kni+3sp/w0NvKZUApQLD8UvjMc7Wtf6suvY2jSfP58K8rf4rHlW0NV5FlTicn6Bp/mCL"
    "0o0NKXiEpuBdhv3nA9f7QmobbL1LLYPMs3NP1ZyG1rKi++AE+SGTlggu8/AWRNBobrgMkv"
    "nR/Pzi+AbtDjI4YDHBc7gvrfaGTDgdgw8a7O0ZsFEPZGgOoCaq7gYZnpZ6U/hB6x8Yf4YC"
    "EXqPYzss4+gieoqdhLIE9z6JEXfMePT4YLbNXS0cIf2QHaHGovUMcj+wdtbIhnoeNePVgq"
    "cEz0BuaqMydHb1yo4fvxlR+h5dpo+Q6WquO8IVt32oA82h+ZPLFIhCdQmgzwSPtf2v/Vtw"
    "Sl/X+MWuex//HCPTO+i3gAkUQ5PsBhF9wdH2PBG6xCNmURgOMyDXSzyjlmkRMXE4pVpuVk"
    "yLL0kCW2UzG+3oMENJMSk4opXTE2fEUvhXb7pGQJu301U0ZruLlnbbqYn5bR8jp/Kikn8w"
    "XKClvHAmtbRq1j8byaKYI3bpqcg9vHrMsjwMZwht/R+RQvg1aLQYElPm/zkGC2J6G4oQhX"
    "XRnDcVZQB740oNLgA6GqHh//7RqPjx/bQamWmbowSOrvzOOq/FoxhgvIsNDSHTCz0YJdYq"
    "b8xxAqrJMa0HBI1rJOebOr4DNywnOh2i+kRg1+GrkBbzyPj0C1dO97eUVtLPjdpXnN3pMf"
    "LO+LnIA7PAq2Jcg4qje+9zT1GU89sICqRYc2oYr3tCs61tscmeEvwd/K3/CK8GTeIGXWgg"
    "myCSTtVsu9oS1ptyMiYCTtdoxa56Hd8LYpQgn5tzeOcPt0xsEFfTrL5YLIR0m/1t9xBbCN"
    "JBpItpUPMDY6DPweFFivkpINXK/quz4xtiWn2J7kSGaoFvqV/N8xaLkax1UOvSNWgfljn5"
    "MQpv2KnpSoxjtV8lmJvRF+tBZA33o1XNX/5RnOL31Lm4f2o/UCFCMpxZMAF4kAF4F/I8MC"
    "anik/weSl4YHbgP8HLgktaGf3imzRcUg9I78E/6OcmHM7Ldyn0D4PppGR+5JpdH5XGFIAn"
    "o5dYRfJP9S2clwbWAaLxCoNE3vwXqB7x9Joh4MSl3Gv/8S2uE3p7whLRV55d1CiUHKBdpw"
    "aaoaDCttb1H0oB2UoyyR+POQ1ZWn923pv3T5al+FJYwsiUVJLNZrY6opxSSJxWPUOg+xKO"
    "sm77pusiyJUaE0Jmo1CmdYJqUax6qXn2EpSd8iM77ie0fWZAhdAXE9p0QlLVgLPXsuX0bV"
    "61yzrKwslSvmqMXc4oRPL6SGjKjUQlEtyLJaVSPLZXWnlgBpzlXdib3s7C8iUbGVhhfbzD"
    "KbUxk6Z3eV+G7AN2tNlFB6u7zADwWfEe0JlLI5xBPE/WQdLcm7S9697gys5N2PUet14N0r"
    "RD/uhHUP6tcIc70ZwUbGOc65ED9fg/h5JpMaP1gRLQ+XENpjh9RdxTN2VCEu4Y05CrYLjV"
    "cGztcImVC1cmy1uFwK6icsuCusg4Vlvxzr9Wg0SGwF1/2UPTa8v73uYfQp9vgmw83he5am"
    "6s6QvVBIYI49uTe3Ac4MssfJbiELCk741hBvexh2LPlgdW5uSZ9mVV+QLs3d+8l0dNsbY9"
    "Hxt34X36WtHBctoK1g3+XV8H/8wQ8eeEG7V2g7fqZcUm25Pk1Gbn883U+7dW/OTj///Pny"
    "08Xn0KsJr6xzZnLot3wPO541HjunvGX1xfQp6ZrtwHkMB5sKitIRt0SNkWfaDGYogRs5si"
    "0xE8NsaWgvq6VSRmHUOzrUXdOKosbRwh4B3hG2gymILYzIWI0GSnm20Wq5JVwUpq9koKZi"
    "pc5cPKlUEzqKpjqsLDERvDrhaF08WFMxwz8V+zC2sS1ak7mxXMA6Rr25YNJUe9tVvYuHaC"
    "g6M1PFVumfK+SqW4L0hYw0wS/dP8hgTX3pnkwMCUkEVUh9aPzuKQtVZxEQAshdB2P28JA8"
    "JejrONEywEnMNmJmG84LfrRmONub8mM81o0/VFNfTnoAbmYjckAQuuSEGjYnsJ35vPUWGQ"
    "488cft0mEbOu8M6wl9VzA+Fnozof4MiXlQksnfJ2P3XbhoKHaqrpMTgNvOuK7PJHa84Zr6"
    "xqoOqXQHMUbYcYbbzrEpHaShE2u/CNVyNnkQKQv8wqhbr/keVLfeWE1CTCjtK+ZHoRU22x"
    "ilGAJQg9aVHItbNFQDX1R6wL8MmIItcxIM2BCwBFMJw0RkRjphPEk5P6UwnhUt0wllOqFM"
    "J6x7YplMJzxGrfOkE8q2nLtNunLM1bMIvsH9jUvWvOQB9zIf28sstK7qrhheC19eVSS9x4"
    "SqKI9OJKWq0532v/WugCf9YE3uJ3e94U3v5go4K4cUooLeRDp4F6qgb+rKFkpRTokVUkjF"
    "rPkk0uc/8cx+fFcu1vQzNtheobIieEeSzYP89OySazW/XLOaXxZusux7/9uymsfs+Iuw5L"
    "wuf9UMEH6cDpmkVkvUMBxwjlZbRxZ+C8ZpKlBLG+krbetMPm+UpoIks/hkZtouU67INq/4"
    "R7m3z74io3W8wZqKmeNn4e0vma/WMClPqqvNy0p9vCaDNRUyL5vDcOHiACkctUQscCfLyr"
    "D9zRvvxhuuqdlqr6ptkGI6M2RDvFVuu5J984b74o/W1Lnmz7F3xTHRtpAFE2yChzoKvBR7"
    "xSwpWxS08cpsrFEmM6y2ToYRTFyIHwZj5C6kzorlpy/Ez6dxpTC0OkBDiwUG330H9ADSj0"
    "+rd+CNA+g4bYDeLK/7BGk2QW8ivVyxJ8foarH1cIItITzJkts1xLKDZbcGmeYh0zyqH/CX"
    "aR7HqHWZ5nH4NA81OneQhDi/W0NMpBr9GshjG9OvITKJhCyMhJissyxoazCPlomqICMq1S"
    "Ckhky+AksrWZUI1wueJAarmTryHNx2qmxwZjJuLnrtLSElANzwFpyJpTYB6xhbO+N+d7qu"
    "GPNhQ7N1oWtkYYdDkVmx1ZHZxDW+duZTWckFW57FkSSNJGnq7q5LkuYYtc5D0miIVRonn6"
    "QJ7m/cWZHPPAzN53yC5nOGn5H81275ryUyDY3RhYazxnEoXWW8W7edweAKLFTTfLC+jkfd"
    "3viPKxK706D9Tq/c313fe5dWy6cVvnbbGf/am94NOqTa8UK1X6BLe7+nQ4Y8ejvjKna/pt"
    "Z9ptS9trJtaOWpLWfNicns8eBUd/jHrpjJVDlpDpA/5ReTzpxR8+sfiRDDcRnJDJfCDBc6"
    "wyPr3IrQC2ROsme6CFADb5SmgiSPEchiwKVjtT9ir5bweCVb6SGS7UAKK7Y2iAJl2SoHrw"
    "FZm2m2SwI5OnfI4I8ThxLz6eO3xG2lssf/TFSJokzEvySjLBllyS1KRllqfR9arz6jfGi9"
    "Sk651pyyzKmsAHMWV0hg8Qmn9KUEZUJfWQl9cRt8y2yzeGnYmqmCN+MsNQ3ZqXw8zLDjIu"
    "1le/9Ye2kQ2PKU7i7Jg3UHevPh5a+dXeBUb10oLkHepYt/8TOy31sM2iX8rL2OddGw522i"
    "Z0WL373L1L3Esc2lakN5ZLPG231bcjdH5MVL7uYYtc7D3Uh6QVbmri+6kRkiZC4kxArxBB"
    "UzSytBE3iolkASxA3geumBlyNITMAEQ4C/ARjeDwZ8FIE2N0wdD7Wd79s8vJOLxJ5Lz9YF"
    "o13mFQQZdgz3NpZ8t9m7NWM3cxRY8lUN0GwGbagDwwIqiI63sYoo8YgwMxOW0YSIHaBLpy"
    "fIYkdN2wHb0nM+Ih9Kes7HqHUez9lf/8Wdj4ScjFIKLr6y+ksF1LDOC4zMoi3dwOY1e2in"
    "3cDEUrC56IusrLOjyjr5vvYunaRggrPK0EZzf7OTFHvl9hcBjHW2sw0NKgvDKrMubCqLwn"
    "9aiQ8I4qbSE6vtLtSWntgR2eTSEztGrcsYplj5Bq4WoGdrWoCeZVuAxr9ZBuYp3gvZMKfE"
    "9ljHobVbq5P5zvR+nyZel0wqdPjKDEbDr8Ht6fxo2XuY9h4m0OELN/gKNgPxpYp0HnYg+T"
    "6Ki+e8yJuQEpNvgvCbEPkY2X0dasZCNfPItphcelf3BE/8AWob2WMp4abX7d92Bh9OP7fP"
    "KOYYccNzeuOnkGSlnk1rSMmVeuJeZwbldd5hSlAmrRRljeXxoqoxxvJ4UUuA0eQ6XsRack"
    "qAt3mJQml0U8vsFqlZslIVG/HE3PS7U5bTlLJJIO0y7BDAxQg7xJDcHHZ4jd28v4NHUchM"
    "sva1tATakrU/Iv5WsvbHqHUe1t55WYkQDf7tjTsXc8FTcPkiv+DyRabgcvXDITujJfcQDP"
    "EYRXWBViyPlYOMjES35iOrtlpJQrJ2hKTq4oc/rVxWIc41FZASUrII0vp4R4EiSDLyV7HI"
    "n8z2rhZpLNOMy00z5qE0ZUEqrnrypmFtW9aalpMf4HGaihT87pX/LgOszsyFNq283lUdyI"
    "laTeITqUiO7ZYBGKnD3+TJdZBa/LVBSii0EAMV76ua6jB2XPE6cH6Y4UtsyIa8roKhGG83"
    "ZARiwm0yPwxjWK/Qckms0glvLrn4fizCExX5X3vCPbxNBmhqa3W3ZYDmiKh6GaA5Rq3zBG"
    "iwprCNzlhuc9famMT+mI6fdrvgnp1+/vnz5aeLz+E6G15Zt7xmEw+xYqDt81mceMZFJKBp"
    "QH3rRJiSS8pJSq5wKm3C2BNSQVpSKqEsXjRmsm/JizYvq66d4kWTC8HmTNpEo7Mt0U30Vm"
    "sovum3vDjzvECvcAG3ThSlXvWtP1aDgE9GdE0TaRSIbXnVcKAmQbXLzNrk/MqjdeITkJve"
    "URZxqT1W+SDPllxOXS2FtuRyjsirl1zOMWqdh8t5MVhEDl82USBb5XIZrc7N3+8n0yug6v"
    "9eOe6DNe5NemOSWORzKOTKoNeZ0CsmVB185aZ3c9/FMjok6RFUZjrq/kplyL6H7+jcdr5i"
    "EV1d4B3/wfpt3J/2lNGXL1fgzTZcqKDZrMU3t3acn+RTb8TAdlVxyi6SkzxTHnEnjG1WUI"
    "KbBVd1WGVl8hN8IwmZsM6TsI79BGQr2Au3hWm6jKgsO1CUK7UhKS/vb6/8Uz0mtKvZnnF8"
    "9jTZL3nm+mX+VL/M9toJnFWhSR6Xkjx0WTx0mJOyJU/atHzRdrZAbTj7qlSbNkb+MXisJD"
    "WYT2J5CbFq8u6NfTzuLcN1AJoB1QJ0BECSHsEcf3HSnuMDsoGrvkALzGy0+AgQ/ozCCGz0"
    "lm3xsfVogpQZGX1bxixVq1aycPVeJ9uShTsiPkaycMeodR4W7s+VarmGyzjPmrvYxkWaZJ"
    "2WRiCQs45CTlUosEf6IJ7ItXvPqnx2MbBphOyEmFCTZu7+u9xIp7YiTq3pH5ra0qdt4um+"
    "dsqvjb38XH1tJFmwDVlAIlfjfnd6KLYgqLtJZ3aLQRgkb2iv4wzCApcovHdv6S6p4ppJD6"
    "tcn57d4GbHD9VWeAotQjo/9qhS2Yrgp2S6LzlzY7nc5wPx7DJeSV/Xkh/5bKPVsmSWZ2lo"
    "L3jQJTK27w+bGtqH4V1xTCRrJ9bXNmlLIumIKAVJJB2j1nmIJGu1ePJsI17WI5JoXAXFs0"
    "uepInL/JyJy2wguXbVt5bQ0jFkylJ9D7LERdLn7nrDm/7wq3LX+eO2N5xegdR4D9Zdp3+D"
    "L6uG/mB1R8Mv/fEtqdKFNTMz7AXEV+/63V/xGPgmbMhgWSLT/bVHpbQXcsfkl/7dHbng24"
    "EkBW/Q/9Ybk2uhqRZe/UP50ukPYp+9KzPVMCH9Brd3g97U+waLJfGDyNXOsNsbUAmNqMY0"
    "i5UPO+OpyXmWX5PzLFOTE395h9k+K/+UYiQhs8bSpFh9CkPubRUsuS6ks3pyketVIU1ZFe"
    "tKnMbFZHlTGAc/W96UroJ0kSWFYUWRzghLvDfgXWRCy9ksPJsXECOVc9pgw1yORBuX23vB"
    "k+54kZ/ueLEJcEW07neefOOgPz3jwR7flR8RPctHH3tthEbLIp9fPpklK4soJ3zvMooo23"
    "Ch2oy40rqE60CicS/BOdfZgvM1ZwvOs2cLokPKJJBT1GHOjlJl+7zlHy1TRkNlNL7pjcMz"
    "Zgr+yjRoFRwtI7eEHrV3yozcE/fRD+6Zeo6yIn4OJyNYSGlVOxySQPszzyvzOf+NyRpJNs"
    "Rrrk5Y1yINJBjShzFLd8UTlG2TaqptG2JEaUykeRO6/DM3JDBPyD5FnJJmiErENyNOKNgC"
    "4Z6YWAmxnophXt/QTjaiFzLqRSK5KVmp6SprOpYNI6jnpKTUcpW1nEhBEtRzWlZqusqaDi"
    "ORhVbupKzUdKU1HUSXi2g6JSs1XWlNJzNm+ZMbU4LyEEbhEzCZ5FUhPbCkZRmToroI856F"
    "dBCXki9CYfBTRwb48U8JShUUVkE6R19IDQxhuRIV1YQNl6aq0ZK4CpoJ64IpLrWxxSnV5M"
    "EboaOqSVG5PJV1XpXuu1ltFDuw+jUYrGaa4D1cGTdSNh9ZDbbUEtC9jQ3VUGxTBkjO2VWW"
    "31UCvvcOrFD6QOnYphxNDmyjFbcEdCeJwRqKcWaP4kA5bu2VgPMdHe4O1dIo4cWZYSEnkM"
    "bfAwzvB4PWGlOwxBU5PK3eTLSZNjAH3glKpQS4b/zxJv5wzUSbRUTlgJ1fxIE56bfs89LQ"
    "2Z6YsvB1e5woPr3XBrcOkp3rN2Okht3mFU11yu1d31TMvLWKpHodArI6rldepueWSI3pIA"
    "1FyMWmItx2SZ/SQRqEELEcuIs8JTORgpR0NpojC04R/oOjyV5srIagmjzy8IS+K4YLF2WA"
    "FdhefTJq3x+0IaiRmSdQQyxmXjEKiCWNr00Vx+Erb6e81ojW+4bLeIXwHxwwN4jP/34F3u"
    "YIfFAtWiv8bW5oc2AjE34EuqHjf6tuG/8JLUDueJu/Z8uP72B8waJmHiSy6FNdCX4iI4s+"
    "HUv5H1n06Ri1zshFE+jhx9Z1Hfr28et1xwfzSPMPZV3dJzbGKbHmnV8q/8ApnuDiOCeEJM"
    "qbUaat29gIbz6QHQpXeelode8n09EtOX8dhEAfrM7NbX9IuoAuDOvBwh9ifMjh6yAA/WB9"
    "HY/u75RBr0NPbntBfxPvGUS6O7of9+mAaEUOgZKKYmP/incs9MGa/DGZ9m6vgPPu+O7a4c"
    "vzyxZ/VciBkq0s4+XIuMpNfFpTbuJTttwEcYOy+ObXWQnul7VVEiZuGbVVQlJBaLWJS8k0"
    "v7LS/MJC+XtOe6iaMngj8fFZWKWei7E0yzwGNEzC3MSAhqmffAyoNofaC1q5V5RzBO4chk"
    "YVWKrvDkB45rDJTT7RB2yO9V0HeFY8mCHTRG8OIK0ZA9vM40YdSnWS636ZHAd8eHzEHxiv"
    "0PtVvifw+Pjxioz6f0CmeK2FXFqpFrxDlw7n4G/jN390XMM0gfqmkkeQL+s/5m9kpLCAbB"
    "tY8JX+AEO/AuSv7778m+pExWXBE5zhtywYA3xI/PrwtvaDBeLPAjo2OGkXyqXqOFD/eAI6"
    "wMQvWngDmgFnpc2B6lmowHBAUPwFYJAJpOSHkXGx8foKCZIgVv6WPGyBLPge+x30Ih2O/t"
    "aooG+bYmQh/xdGv+4D0SiVJ6Keen4ASxuRncEJy/i2oxq8H/2hx9N+ZzD4Q4l9Je9JkSbi"
    "MFICPPiBH/27SLpMWis0+h6glFRMhDbecl06B1Ss6QgJTV26Kxs/DYNJXlgCHpkgH1T/0e"
    "QDvJCt8C3IxqrFkxx/gic7/U74Eh5zTi56c8Af7UOgI5dMfw3vm2Rg/9Y2gCfPJ4A8IUzX"
    "8TAa977cD28IMMwfkfylVEHer/FfMfrIH2IvSfB9yMPJ9wunywc/luzJ4lmlQUhQpq/k4y"
    "PWJDJJseETOqRzQhIdoTNPvWt4PKLkletNNfyj8TKrG2QNUU3g0YptEsPAX+7BwiuO5aie"
    "/ePBgl/wZ/Krgh6sGM0A9o9ecMM2yNj4hsfH2BJ28p/eN/ivx8cHC68yT+g7oNEdLyxiBE"
    "M7J1jOr3GCv62LQXTILSRAEgFGkSF3/Q3fHT+IS0Yn3yK46pe1wiOp+PV2YPS4J4ID/qLh"
    "pKQdZANtfswL0PwzkdFs6HCxRC4pR6y8wPfWv9bFb2LEh6dsJVg+ZESnnrZcW0Z0jojblx"
    "GdY9Q6T0RHtvHYKQcu23isb+ORY6bbroFNzXcltI/YjTUerMiEDYzNInT4Dkqayu4QsjtE"
    "larebFdPvxDSGWGJ9wa8ZXeIXaIrK4XXvlJ4hn0Q9FRY8g30V+rrn2TdUllruNn6lXUMj0"
    "vTss3DfrJJZXOgyiewpEMwAq8EQ7TKZmjBt+KUK4PrdE0G12k2g8uG+Jc6rjJXnbkI5Gm5"
    "BuJ9wWOwX+Qb7BcZg902nBd/4RZagdJy1Vh9yPMas/rIssIHT9eVJQurmMso677Jum/VwZ"
    "i37htPwSYv6Y2x0OywVFNdcGfxjFtCdRdRp00Baee5x7RuU17qcVDUaVPmcUDtbkw8zgfk"
    "EAUOyAyMjfmq2oZfsFQm2dXSyGgDmWR3POlWMsnuGLXOk2S3tBENpwbt7Xkpp7RcAymnMy"
    "6K72wNxXeWpfiCnVMU77Rc447E7gRt52UlArJ/ewPncvn06Z8rPB0NlxEayLXS4iJN4oTO"
    "Tj///Pny08Xn0EoLr6wzzrKkG/5drrK0DY2VPbIu0yopKNOtYHxay2S2PbeVlwnGO04wnp"
    "mqM1dIlV9hcj4jKiuaFA2RyCIPBwQ/xkAJwZ+UkwqQVTaqWmWDMdtLwPdbNFJDkU2+4RyB"
    "v2hLLAHfL2SwiT9WvXZRXoAzJsQWfVpU00QajVVt2/cgHKhBUztZxi5qrVFCJ5Jkn4imtS"
    "TZZSww1WGDERDM9uDIjwqmGqZwhQZbHUDuBcjC/4OpCkFtMEO2VyKGsAIOLZZDy8rMaN0g"
    "OneytYrKGbICoclUM8XonHIsNlXi41J5Jrt5SKIVmaxXX2sbui0Dr0cUgpOB12PUOk/gVV"
    "Y3ifOjZzwE6Vk+Q3qWofgJNkxwN5+jDmSrTERjX3Z6Px4qneGN4lUaIcen3ZVtKaqlK17J"
    "kaAIiTIaDv4I6pAoCL9PD1bvd1L8+2vvCsDvXpE4cvfkl/4dPYc9N5ZpG5EriivL1ITHcW"
    "DwCgvo9B/3eF3xasb4YzxYnbu78egbuYjdCBu90mu/dfpTUsvGmwZXXslOci7OmwREl91e"
    "/5s3lAYNKtUfTu56XTq+YTlLqLleoZq/+xdt+O/w2mQ08KVpBURS5mYwmtAaNyZyqlLMhn"
    "67VeDqFpkhyREqfHyzlS0oRPR0N+h0vWvUR8jRJ9nObsad3/BMeTPcuW6rb1YRDZZfnZ8U"
    "12SqL5/CjyT2x9//tFvHo7QUgnqU2d+bYXHOlVV0viar6DybVYSWGBJdecqJcG9ecxIDVB"
    "l1ZhcRVt8QvApNv4zGt1cAr0LuDNkV6f0RIl2s/wdTXEbMiwZtvf0If9UClRZYso1LgtxJ"
    "X5DQlFTUBVqxoohrE59Y4ofJgdrVHlx2AlRgnhXFOyMt4Zb5ZofMN/OJBb/Ll9iqnZassI"
    "dVEOxLnjX7Mn/JvmQsIBQ1EgV8IT69OFeYP4LEfzP+Ac9SgJJPicqyX9Wh4LORl4AZK6Dn"
    "lKjUc5X1HJKdBRSdlpWarrKmA7a60BudEJV6rrKevRhEkUSJuKDUcaV1LKuAHZqwSyXT8a"
    "sgJShVIE8Z1RF8ZuKlkCLyRpBBBHnwqFoHj9iHY4KFvESEGwxuatvjwFdWdOTFVryiY2bt"
    "PcAyUbElmxfsvG1ri6Ne8tCSwGEv19Be4LZFHqd0kOZM0j0e68qr9ciegdzHu/jLP7bug5"
    "NW5DyW1xWa9kQ3LKDSs1p/o6eyvEAP1MEzQrrT9rrM+5wlKRC+UHV6Tsudw0X21NeuHiJ4"
    "DoxCU+4xsKjaZskDB9nSiqyBWXevog3kUazjOZQjj2Ido9Z5jmLJUna7yEPH3ho2Pxmb2B"
    "quLCYjU/vTkL7ZhutCS0GzmQCoKSkJaxrWwPgUMrZiQk16/fdMr7NsaSE15AwgyfXtok2B"
    "2ySki4yofDHKinEElWG25C6zdWlqpgxuqjhanTfXVkv25dgS4kQvkIaim3nROaj49EJdAt"
    "T8lewqtrLz4pyzuQk3Wdola9r1Evs7mkbPqjAY09Qd7XVsqYmeDcc1NCc4MKCoMbFSO+b8"
    "MxHZJDnbBgno/CtFU0p2TrJz9VrFa8rTSHbuGLXOw86Fa3NG52u704QyDTzeV35LdtF2NA"
    "1u+7OD42Saa7wy4L1GyISqlXOQLBRKYfyEpXYFcmBJ7Dcz/Xo0GiQWo+t+yiIY3t9e98Yf"
    "TlNnghlkHrJmxnMW6vx23pFENRp5k8c2ppF3eP50acOZ8V1khWGINq7cwyXPSpO/0GQWcf"
    "jdzT0rvM45SQk2JkawZ/LUVJ1i+KcE94f/j6eNUoA8rlI15lqmj7cEGL916eMhd30Yom8y"
    "N5a0YziD4gs/a/ORe078/pJZvbjnl65+kSb31tWN300h9yfV1eYlJyRqaEWpUpmHWNf1sy"
    "2ZziPivCTTeYxal0xnRZjOILIoynim5RoIdvnM5xYVzMoqXXZskNewXj6Whqbi2yuCzFtr"
    "0LnuDZTuuNehJc8TYz1Yd/3ur70b5f7uCizJaThdWS1JHXxlOu4MJ/0pKYRPquRZjuE+WK"
    "P7qfJlNFZueoP+t974jyuAVq4yQzbxw4xXaL8/WP5n5Fn+RfKcL53+AD+nM5328A5AfqVh"
    "0l3YhYulS2qykzL9vbBJQ1Xq51O4spNlih2DPKrKF2gAGbvOdOj9Pl3PhoeWw2A0/Brcnq"
    "bIU1uPb5EXrUbNlpfJrkXpwtAbF9JCXEpiXxT7GGsh9g4k5CT+kiqvrQqqUtnpSFg2GaU4"
    "WJEbumWWAG4QaLgOxqvXSs8LcNzCyCm4wthKS8CXs4JQTWFNmg5bVLKBr9DaujaLT2/0Xm"
    "GjFgtGjZaNtdpGFpwi/IfgElu4UttBNzyxUzb8Rz5Kie56C+uaEG+48orEeZVw/S832rv/"
    "cK4Mksogab3W6ZqGy2SQ9Bi1zhMklX2zd9o3W8ag9xGDloGACtgTkgyVjFy1VbGnvOFY8o"
    "DvsW1JbsQTguu1/gjQGuV530kuiOF9Z8giHu87TKCBrzvKtY7ncQc2gPc0mowsSylUZaFt"
    "S9/5iLwo6Tsfo9Z5fOf65QaK61kmBG6VEBgHkzlP2KtCSqwByYEpouUnHhIA35VPtfyUoQ"
    "FMpKmiQMdlGofy6RkPyviuXJTpZ6k0G402ey+y16VEG7jZ1Xdzy9o0WRdE4L1iCld5n6vO"
    "gYMgyivqx6UEJXlWFnkW98tLyriqoSp4ybPUNKzSofuuaufV1NxAA2lzqL0QW1ULbt1b5k"
    "W8T5vMtajl2tKWfNERMQeSLzpGrfPwRS56gULeaSjQuEyLCx6m5SKfabnIMC3E7liS+AzW"
    "B9kgszjnFy1kyW5VvrCaYTgW1jupUxjiucAmDtKL6SImK0tJlq4iDS2WxCwvZHmkZEvYhe"
    "rzwlR808naGqlGzwJpUUlBmQ9VNB+KREZWS2WJjAK0DkNYaqKoJvCEtuHMRkXotbSoJNhK"
    "I9hCaMug2BKD1Uwd3CRbejJu7ssUrOYlQNzwc43JbW8zsvEVugR07+hwd6iWyzovyIxdbY"
    "sTpKR51pY5loQDblijsZ0mWYZ45fDpAZacnHrYMK7spMqAsA8apck0yspYBG1Jix8RQSpp"
    "8WPUOg8tLvvFgx104bbFXdyYUJNA3TPHULT5dgk9t49XAWvYhcAC3NItC5JEaqYCbq83ev"
    "c3e7yH6DpcV2DXdBs+cDrUF1N15hPVZPpw0YftdU7c0kYL/BXIzYoT3L233KgYtjI1qpbr"
    "dlv6gEfkDUgf8Bi1zuMDVr9hbp3P7CxtQ2PAewM1Y6GaeSc4DKbhpntCJ75wDV+jNfje9L"
    "r9287gw+nn9lmqOW68Mk2mRYTtOgUWrIRgA9er+q5P2W0JWnoRFcfEpIIrrWDJQpbPQjrI"
    "ZHhQ+Sk2/u2NaZhcGpBLaCthXoJpLAzGQpSfQcYU3h/IO26KXBrIhkXOqiL7XSFEB9sa3V"
    "zWITvKHm1UHeorzVXw05bqe3DQUKTaw7g36Y2/9ZTRUBmNb3pjUk/BgfYrJGPSGsqkQsPN"
    "fXdKbrnr/HHbG05JpQbWcw9efeHg6X4Vy86RAZGjUcCagIhk78tl79krTgnwCqWyVmypKT"
    "mTlScL0CvxX0IuIO2EwJkMWBPYU64OctUtMQrjQ/8ggzVoBdhp1mQKtXVxtxBX/uCb8mco"
    "sykE17q3DNcBKggcAzDHzpcDDAugJcR/2GCpGjqg75QD0AzfSh4BPrhzCLBH8WMoqKGV5U"
    "L740na5tvVM5h5nskQZJjsLtM9K2ORtGWo74iCPjLUd4xab1S6Z13IwYMe8K3ci3MQiiNm"
    "g4kqISMq1VAW0ZG0Cbd0xhMJcTXTBq8znpmLVTxWWldwuc6VHiYT9M4n7Rn+6F3E569xRG"
    "M37S3589lGq6VM/aztwt2W/uAReQbSHzxGrfP4g7JF3h5a5NlwBm1osbJA81FOCMkShCmQ"
    "syUIw6LntOGFSsvHFa2bnh2ikAIqFp5K5zpfcuU6X67Jdb5MK0FdkFgBYwNZl+wcCclsZ5"
    "heZNJsk03WBAZ9lz+r4zINXK4/ccziT/mdTBj55DVrK9RaQksneInB3brrDW/6w69XwJd/"
    "sLqdu+k9bf6jqUt3RXv/4Gk66A+9hkAaCe/rpN/Pl/vhjdfvZ7bCX61Qv5/TC571J20bxZ"
    "afi8zb4X9rpdAyxJA+zHq0K+q77MUoUH4xuBnSEu51cC/Vd2Vlm0IGTSTSuLNa51xdrM7X"
    "dLE6z3ax+tMmObQmUoXsxqSURJoH6Wi1FWeZkqKyAHJ1+IUsraSppkl4ckexoQaNVyhyJo"
    "UtLIPQ6QhoyMZnoF3HmselZNyzrLgnRbWEgBzNg/0aDFYzTfCG5eJTsHjusWdKbplTO6aD"
    "NAjrnebS+mgxYpYRjhtDlood3bu3yGXw7C1jl2T5jY3qpb/LeGhdF/S2jIceUWRMxkOPUe"
    "s88VAZwNg1Z6g6Yk3CI4kGBi8ueJiVi3xi5YJVD+do4xeT+26316OBCWelaRDqJFrxpdMf"
    "kEsz1TCrEqkII82eBVw0Tp2QliFqrhD1CxSKnvq3Ny4BYyelzkIvSMhbiUvJQg9FT0HE/F"
    "oh9JNykgcsiweMpWVvyQTGssBrpgheGjA5Bzefe6ArRgnI3kJbm6uWOwrGq9dCwwtvfIEV"
    "bvS0Sxbx2sTDkE6yPcu131sMNjF1R3sdq2gbzovyFAhwsYqtkQWBO8cgA3LsPRQG9sqENL"
    "vFgc5V/BT9h6d3gC/awNA/toFqAbjAdiX+G1jiCQbxL1w8eXMpcRp/R895sD70Tk4vPpNb"
    "gA5fDQ1iAe8MPwbqBwc8Pv7+4w394Me+/vj4kRz8J7eaxiu034Hfcxl8IMUCLGRjL9VwoA"
    "6w2dN+sB4f8YfIxHc6J6q+MCyD4EmwO6Fg02sn/hgKlsEPOAG97xhy8x2Qr4lm5AcvgOEA"
    "B7onoIN/CNHkg/VmuHP87eD3pYGlFdV9fCTFCWj1ARUjYyFgIusZI+DDg0F4J0N+eIFLF8"
    "zw7yD32lDD0zu3NsE6Jjh+JqhEKjgg/Z7eJR9c2429LfngI2IGJR98jFrn4YPprivCF4QC"
    "O6JjDscYnJ1zlYg8X1Mj8jx7aoMYM0LcVyDQPHx5CJk1fEyWjvEMQkFyMSHUOJB3c+olMo"
    "BFkE6JNQ7r8s941SN6tKe03DOutNyzNWm5Z9m03MgdE7VykpIyKbc6Rg0jKTfhomYUvbZs"
    "UVpUMvZFGfuDlo46Wg2soez3X06nYlootZoOe8GR2G7CNr3AVoqxHxvOC8lmcrxfn83+jX"
    "/e3sjW6/Fb95YCXBbxK/lZyc9Kpk7ys1LrB+NnD95kpnK6Pogrg1auhsSaiMZEGpjYW347"
    "JY/JYmT2/n0yGq4jv1jpvLqhueB/QZAnsRMW7D9nK4uWUAJPK8N0Dcs5Ic/7r12xY2sAJx"
    "AlFrQA6A+3nd/TOugORtfplYoMcF0l971ys/84/feqqaFUB/4wHmbUd2kCXbxqPDt4D7Ho"
    "9Mp4m7n3ttd5nrGN3/HFFC2S25gz9tscAe9+nTRNCUf7geY40fHa4G0OLZK3pdMspeA6eI"
    "IzfDu9rs5ckueFP26ldFv+Ex4s9Apt29BJGpXjjagDvDQ/PkYYngRjPD5eeXlYyDS0d/xQ"
    "f55iWTyyhVxgwyX1lArlXWUMr3Lzr7DukHTt67vAt6Vrf0ROnnTtj1HrPK69t5GJ+DuRRD"
    "XcHfLYxrg71JgQ0UYoIJVRvjICG0fIFolLyaBxUa5LUo5V9P0P1/u3aurg5QA4m/9mlp39"
    "sSsVW254gY0vs5UK3o9W7hP63nvN6TYU/7i9jkBB9EYFvu697dBy9YTthnlo0Usvv65LeV"
    "t6+Ufk70kv/xi1zuPlu2hpaCJx41CggVHj8stBqc9YV88YDxGIE0INhLn8Dk8hYuI+eUpS"
    "eoSFHfOFX81DWAcpQUmNyBMNddVAbveKfJ42v3WFZGq3Z2rTHquIXZuWlYfqqmPIZv0X1X"
    "XhYukyMvTyN/+YiOxqkV7LTNVxFWjbLMpxCr/nYJqUakJRzHUvSe/36folK3xHBqPh1+D2"
    "9DqWxJ1weVBZqjazfN0azywl1wTsd3GiPRPFOAwbHBS/61tP6HsfL0QtBiecvam9jhmOLG"
    "lyv2IEAhtz6jpgqRo6COQBLVkHdMNZqq6Gd0DgIkBKlAU3tMHKcg0TOK46mwGMB16VTag/"
    "Q3wXzUlL5NOVProgbZ1yMGIDSiK7/ta3JLKPh9KURPYxap2HyKbRUGHiIy4lqb/CtIcHI0"
    "VOwGBNSjWQ6C4/niD5pYrxSwxbUmTHYYhLlqk6uwyDZYorrED9Jra8JNxrGXSq3O5zmMPn"
    "h+k6cqwO75ok3GBOZzVRuDVDDd8C3jzR1ArAk36bWLtLQLnpibisva6ElNyNnUhGFpwi/I"
    "fgZOftQ1KtpYdXHbltSNgnzrcit3+DT3OEXm78PhctBrWdvqW9jth+825W9PjdpaY9/7Pl"
    "rJ6ItN8+JGQG/rX+LHXQsM+C313FDygSS77EE9XQ0pfI2NFx7dQq6Ko2xkRS4nW2ENqSEj"
    "8iclRS4seoda7c7nAtzzKym3vRRtJVZmZbd53xdNgbX4GlarsWacl12yOs3nB6BeL+0OGb"
    "zibtC16SPClVZVVUJhtchoJkKKgC8O84FLTAVjl2vgTbyySlGtdWufzF5AnpDKYnP/8xuL"
    "8Rc3jfqY+RO13EYomk99hsZom9cwKhqNnSG970h1+x2eLJP1g3vUH/W2/cu7kK2oNC/cH6"
    "0ukPyKWZaphQr4YhIzOtS860ttHK0pUCsGYFJbgZcKH/OhlQCNqUmAQ2DWya8cxgu55ZYI"
    "jL1IfqsAlZEsmEqgMVmpktquuUqNRzpfVMTvAUf68Z4lLflde3ZztjNeoMvz13k2SJNiiX"
    "SR6lq7k/SRFc2UIdpOMyTcA86Q2ec3UtPV/TtfQ827U09FcLbBdpWblXVHmvSKUiCLDrSc"
    "EGbRLHlPB6tBpYk3QZzOysNoTTAf2UqF5sxHophDcVLbUabE69PExma03R5UpsPcyh9/QM"
    "z88LjL8Em/MC4y/hHsuheikHO8nL84MZMgWvlvtFG8gUvONJxpIpeMeodZ4UPEHuYRvaoX"
    "Ja3QfvEH0zAZRTYntMFmjtBeszLqzP1mB9lsXagXj3EapHFUk0cD6fnl3ypFWcXebnVZDP"
    "8nLnhPrMpsSqccq/Ub1mYx6VkGbSclI1paumhilj2Dc1XqGgAlqd7rT/rXcFPOkH665zPy"
    "GZYUt15VQlMyzpEPM7mEk5mX1dFjfp41oCa3YXjVQzRfCyZsk5KEqaZYJhzGyza1/2y69j"
    "aKo5Bmj++dhm0JV/7ZJg7PqVzDu6TjizFoNgTN/SXkcwhpXR1djdeyMY43XZJRNYy9W5LZ"
    "nAI+KEJBN4jFrnYQIx5FAwD8kXaBw/Vf4hLRtqxtIQrJeeEGoiRcVFA56uoQFPszTgEqMk"
    "dLIzFGggwmd8POsamjUNr4ZWlmszDhzmAxwT2eNK0R3uicvmQTgf4Mz0tdGrgR3dnETnNd"
    "M4LdjA6cxDB+WzQVkyyIesCMxNRbj0U+Ca4b4LT+aEUOPMi5KnMQFLFNxm4lr65NUN8gU0"
    "V3gCZwSbB3a5kzgArAjIzcS39MmMnwUFA+ShRAO3up0kIRCfXDXFjbekWOMm8ymPlXyaby"
    "afZuxkwwm/cwbna4RMqFo5BHFCMIX0E5bcFdThlf3GtK9Ho0GCgbrup8+l3d9e9zD8FH18"
    "k+Em2OGKdG+t3GJShfBpAGxWHbuq9Fw1NfAGT1NTsEpHDr6ptqHiVwdrTFMd5pGD9C3tdR"
    "FBw3KM57mrvHpCyiwutbfIYPyMR4mnDsLpuW0JYxlxlBHHei11NY09yYjjMWqdJ+KYWMsF"
    "9Z6WbaDm66vp7AuOrU/bVXSVQVQSPefRDzGhdQpulnKJwlKe1xzZxn+zzpDkWiUxiSa5W6"
    "UVvFlgIxYJFqYNJBpIhpWfaT03sMNlv5PXV6SqYVpMTl7G5MW/y3UUB5mMCZyLbFJI4srA"
    "FY8L7VfVxO/FKysX6ouJ1DwvMCOaQnhGZHeF8U8n/3F+gI1qdH896IG7ca/bn/T9ozOh2U"
    "E/TFKK415nUKVqMRWdz3su2BPwRKIaSMrJFonlULqyRWJLgNbdspJMLP7MNFNEjsOkONob"
    "ledETF1wZxyJySwgWfgEuxx+i8ap1brBO1mTC+auOxwy5uPmyII/a8WDC4Gbvr8AQ/hkD0"
    "7yfBkPqOVu2JbxgCNihmU84Bi1zhMPEKSHJTFM7F+VwQqv4SkCgX2yEwdCqwR2wkRvzOSa"
    "fHxDCQkwD8Cr5VIQ4FBCAswDcMpK5jdjU4KSXyuL4ImnY21J8DDSwmqmEV7XOTUbq5S+F9"
    "Q/mZiImbuX+Ly9zrf2C7O8K05wa6nO9D9b+MfCOVo5dErR6LpD0+h48/iSUu3SkvqWhvaC"
    "v71M6avteteWLvwROXPShT9GrfO48NH2IKj0hGADdV5fHWdfbWjpRVQcE5MKrrSCNfzhbF"
    "Zkw44LSiVXWskxo1tQy0lJqeZKq1lTlyq7QkT+cc2YSJN4n9LyBF31BYokY4f3yx7dleoW"
    "V9F5uuf8v5AVEtZBWlIqQWYBVjYLkDnlS8D3t/hYDQU4/aIXz7NEtg7tLTMtgxk9ImNxoC"
    "7LjiejEOMVhWVtpILe0+aOVih2cH/tCgzIqIGMGtRr1a4pfyyjBseoda6oAdlBFoa1clk9"
    "SXIX3LRYk9yP0hxsyf/sAFOP5hafsVlByQilwQ3YZRMvdwUgzhPfH9AXdUH6DcIX9rm3/I"
    "aBcRnZLDCxv5bRLBAtocWOreYXpojLNLA0xTlHZYrz/Ka8mWrZJnKgKMQJIYnxJoyJhf3f"
    "gm044jJ7rH/bcQz1/07mqvU8V41drSKpys6fOdC++Jxf2flzptaKV+xHuNZKSmx/W+TPNd"
    "khoypjK8s1GBVB8k8nMUS3PKlUTRqT86BS1FI2Raitq9UcCe2xTnNAtdW2TLMMqcqQ6nHy"
    "yTKgWo2yKuuKhawJvQqWC9kq8FqLgiEFwq5bBQmnhvYCmYeY/E/a6wKCbnTPpiAgUTXAP/"
    "8V2o7qufPQfYPQAioIKrUD1dLB0lTdGbIX0VUH2q+GBk9aKaRLGnKL/sftROipxONRNGZe"
    "ch311Bu+my+O32B35exufBUP8WxBGJ1NI48r8QGa6r17Mr5cS3ugLePLRxRplPHlY9Q6T3"
    "zZWi2eWGUm8tnISKIcLvKwC26CfvzE04vrU34vrk+ZXlwaBuIZ5TUF7mEsMxZ9Kt4cyVeZ"
    "XG/ddf647Q2nV2Cpvi+g5T5YnZubcW8yuQJ4MhLr4MHCU3V6jy94xsiD9Y/7zqA//eMK/L"
    "lSTcN9f7BG01964yuAqH1ZQIHl1+p2Vk//hmK9F2MiVVZZwXfklKtx9umaztmn2dbZkTVc"
    "5CWJpPcYHSGhRcGgSGt01xvi2Y0lH6zfOv1pf/hVGQ2V7v1kOrolE/9NNVwSoce/IXCfHi"
    "z8Fo0G33o3VwC/Rsh8hfqD1R2MJuQKjb7pRV6VM55Qy1l+qOUsE2oh7qUh1IkhJiGTPdJE"
    "KZkm2Kh6Krx3JAao8krUil6AaNZ3vtLtRMVf0a3GVhDiqaycAp0emeKFpn3Fol2HiSOYpO"
    "TRAtsVeIYU8FkY4iU4LhXTTH39lKx7Gux9BXSdEpV6rrKePYumCPcUF5Q6rrKOU+Q0/x6a"
    "EpS7Z9HdM2DvhdCPCUnkCyMvO4UfWgUHzQKSL8EViMK2QvDHpST2JWX/BMtKVhXC2T/3Dt"
    "eZ86otQrwpJ6kFOJFxMsY20bjfnbay07wEYBt6qj8NcPz95kD3MHlrNcV2XdoaG97A1t7f"
    "wlBTaFNOSQJa/B3A8H4waGWs7xJg7cxcktFlQqercqX61RTgmN+RAy5PeRW/fS7D5BCor+"
    "Il+/0SDdWQvS61sFJadMtSNB5Ut95YTYJql7VokvMrN9s0NgE3JZ0qsXnPl3zquHAJ0Ayo"
    "wBvhCrzNEfiwVG33vQ1I8KINbGTCj238AbTawJ1DP6YPniBpR0CTSVWyOrXxKBZyc3JSd/"
    "YkwVRVH6lS8z1lbqPMbazXglfTLDeZ23iMWufJbSTbS1bfvDlFnmyl8yZIPhHJAvJSCx4s"
    "jNik87WndG5uyOUwvK3r5FM8UvgR2SmD653JpP+VjuN7MnqQqqd0f+kMv5JPvE1XIS7kM8"
    "0/6kx6SvB4ap973yG9zR8mE4kaEEU1HwpXWvX1SJnBtiayi6XLZEQl41uUbScmNPttyMmX"
    "8O/fYzZla1eA7zi/e2ajhbJd9mpqiEKg72eaNzx/FRsS22kyMUCld49mK5IYNyLrXXB/49"
    "a78594cvXxXfn1i37K5OrjR0HbUhkVX9YWLImL7bFkSXiltjVLEuQUv/2UEJPJImWFy6OT"
    "/FsGb6KyATVTA2/UJjEBq9SVNhmYyOXYY5GLjRz7InbvRo69EzjmAFkh9d0GxA4EhutExR"
    "cQqcrguXN/A4+PwQr6+EjddweohP8mnzo/ZOj1XTzkwUKW+Q4+WPCVlIaYozcLuIiS8vHh"
    "yL+DcPPHqtDx6fIIK/xObl04QnL8kuOv1+JdU7ZXcvzHqHUejl9SvRWhep+QztDDFO+W7J"
    "cuuL/K0JdyOKf3+zTxLmVqYYfv02A0/Brcni6QLX3wQ/rgkbkoZNYlxKQPXjiAISkQSYFU"
    "SQ0lUiDZVaYEYBt+ECOxrOZksh+GWupA29DmLQan5H/SXkcmqdE9u2wVKMRaHAtlsWXZln"
    "wyIrcqTn48Kr8sTj2t41S875ynpQa+Kz/id55pq0FeKgGE/dsbiO4pV8jvdE3I7zQb8sNP"
    "dCHroFV+M6SYyP57IR3G0yut61HG9trnZvbX/wfJOFSe"
)
