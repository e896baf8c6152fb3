"""Migration 11_20261203062740_tickets, written by `python -m plaza.makemigrations`.

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
    "eJztfW1z4kiy9V+p4Mu4n6AdY7rt8fVsbATGdA87tvEC7pm56w1ZlgqjtVAxkrDbsXf++1"
    "NVen+DkhAgiYzY7ekWyhKcLFVlnszK/G9rTlSsW8fdpT3r2jaeL+zWBfpvy5DnmP4l7eM2"
    "asmLRfAhu2DLTzq/X1YUsjRsSaYCkhySeLJsU1bY4FNZtzC9pGJLMbWFrRGDSQ4NjGR1rl"
    "EZFVnas/FRMxAxkYmfNSbL7kPuiG0kW8ieYfp/k9i2juldczx/wqaFNPuYPVAlCpXSjOeS"
    "x34wHowxxujx0cQW0V/p5WP3R1vHnsjj4zH6FS9sRB/DhlJlCpBsYWQR+m/ZRpjKvaPu3Q"
    "AtTKJgy0LOCA8Gu92i4Htfx/oZmeTNQkRXscmEnRF1Yjxjy0ZvmqGSNySbmI60NLDKf/zS"
    "0P5cYskmz5jebFII/vVvepnei79ji/3zv62phnWV/72F57KmM7kXegf7r2JimUJFFdhicv"
    "j7gv5Yi4JkeUO588NY6jpT//uCa7/Fb6aA8n/81UaRx8iqyobZ3gNKGpXduHiR+MCRl0Hj"
    "4PDrkid7qT0PDPsLv5dNuydJIfpybgT3L97tGTF8Ac3gL8QzNrDJvi29ZptL9kKwb+W+R9"
    "474igyuMXRYEhGxVN5qdvBb6JfILjWkqTb4UQa9yeS1Eq8cp5E6E1xLykUMgoH/aoWB+CZ"
    "fYWP/9PpfPr0U+fHT2fnp59/+un0/Mdzei//vsmPfvrL+TIBWs5QHLPB18HthH0hQtcEZ+"
    "FgF/7iMvRdkQKlBuiHtJvQwhX9xNbmOF0PUcmYPlRX9Nj7S1w7ni5Wqce7EOgnWOV2oKAV"
    "WE8GN/3xpHtzx4afW9afOserO+mzTzr86nvs6tHZh6hy/EHQb4PJL4j9E/3v8LbP4SSW/W"
    "zyJwb3Tf6XvZwtugsQySBvEn31Q5h4l71L/D321OytQVEF92ay2TeWc67gAf3xsqHghKI9"
    "2ZiKKVTVUWprPPh6Kw1uL/hGJGl0Pxn1vw7Gk/7owt2QsBnfwTLey7n8XdKx8WzP6D9Pzl"
    "ZMg2/dUe+X7ujoJK7aW/eTDv/or4gqKMo2LqoLX3h3ymgtsKEywHJq5K5/ezW4/XqBXPkH"
    "40t3cN2/Ys/QdKzSHf++1+v3r9gla6koGKtYrYaO/L07qaP0xdAXqPJLIr41ReDtnH4WwJ"
    "felQkw/yyKcMhsEcU4JNJAlM9EQD7LxviMQ8ysrOlLaKdnF55k5eVNNlUp8QnpkKx7kx/N"
    "O/P4FdmQnzlw7Bey7+96Nj2yNDVuIiecHu8jIYdHCd281tfpUu/jzfg41TG2kSvZRoR/Lu"
    "v6O3ojJt3LntGUOimEOi9zbCrU9E9xbTYbKqej4MlK1LIFCxss7MOxsFv0B6pDQ393J0ZN"
    "LG53Dq80uJcLtaDWo5Kg9apoPcXPcr99aI8LLeW5ltyY4Pq1N0XP7rSsjJp3uPqG3jsLm7"
    "nRDwkVQv5Qt72EtZl8E5KK+EJMTH30X/F7wtWNge9ajDehoer1CvzlTTTvavAVTfnNt9Ti"
    "bz+FgP5wbHMQ6HdAt/fX1459J2rKR1+IpBKGBp4Q+oegCu7dQWr1HoiiH3r7I8j3uuNe96"
    "ofA34jv8ibymNbnk5bKd5R9Ia2iI/kTx7Ll1nvKiH2o3+wkBuDmWkLRKYIf6dS1LsJezRt"
    "9KbZMx4eMYmOeRTnHc2IrrK/mTjFeSp5cHCnqvE+gTsFhvU2DGtwpw5R6yLuFN8Tkgr/x3"
    "h4m65sXyCuZ02x0f8hXbMKmfNCYZK/TZeGwnMenpaabmuGdcye9/eccZMywpMMoIiKPZr4"
    "6Kb7e5xB7l0PL+O6YwNcxjyrvfq2lXvpwLltuhFSOee2au9AGd5tuo8Fzm0dnds72bSN9K"
    "Cf91FbxKFdhG5e58lm47XeawQHDxy8eq24NTX1wcE7RK2LOHj8vwl9Z6cAefc3MP/npPOj"
    "SBZb58fsNDb2Wa4UoFB+KH5PcbQvXakvv46wzvP5s60od4unlm8NVZFlTUUm6xt+mhHyIm"
    "FDXRAuuRFgvznD9d3RmoTaNlPLQvMs29B0Z6GwrSm9uAIiSWbsgAm9/xixNRlptoXGv3Q/"
    "dk7PkKrx4yOahSybOoLqzzyyYWFqmDhXZ+TNQIR6I0i2ETdX6LCp6WelP4QfsXGHODKIjW"
    "TzmRidD+gJKzL1EtjTLH7khd7x8UmzkSkbKpm7I1tImWHlBat0ZPegjYnpLLTsiwdDRpZO"
    "3tBMtmbs6I2NFXo/vfIRG7ZJFu9oIVvWGzFVq43Yo92R2ROLRHg8pUGAB+x/sP+rbwmC/X"
    "+IWhex/+nCPdW+5/EAAolyfID9LrhbPsZCN1iJbcp5AA7LNNDNKueYRUZcLFesMi4HIcvS"
    "Q5bUTqX4Og/KoZmYGCimdMWY+JW8FNrto5Il7PbVTBmt4eaetOlCflpCy6v8qagc5AuUFb"
    "YOBdY2jFqH4nk1U4Ro3DQ6BzePWZdHgI3wlL6jswldBo1WCgUW+bwtQoKZjoRk+yJCdWU0"
    "y1piFbnSiEujI0ZVPT7+x9YeHz+0vVItU3musdTfqcNVubViNBuxYbGhWmhqknl6iZnyH8"
    "OosG5sQM1iWcsq580uvM/YCc+5bL6wGjX0aewGuvE8PiLZUJ3v5RS1MfB3m+c1O09+MJwv"
    "cozu6CjUlmDjyM74ztPkZzr10BzLBh9axzLd0y74WG8zovu/hH4rd8MrwpM5g5RZC8bLJg"
    "DarZZ7QxtotwMiYIB2O0Sti9BudNvMQwm5tzeOcPvUEeCCPnUyuSD2UdSvdXfcHNgGEg0k"
    "28oHmBodGn0PCqxXUckGrlf1XZ9StiWr2J5kATNUC/0C/3cIWq7GcZV974hVYP7Sz0nkpv"
    "2KnpSoxjtV8lmJnRF+vBbAwHjVbNn95QnOL35LW4T24/UCJC0qJZIAF4ggm6D/EM1Asn+k"
    "/weWl0YHbiP6HLxgtaGf3jmzxcUwdo78M/6Oc2Gp2W/lPoHxfTyNjt0TS6NzuUKfBHRy6h"
    "i/yP4lpyfDtZGuvWAk8zS9B+MFv39giXrYK3UZ/v4LbPrfnPOGvFTkhXMLJwY5F2jihS4r"
    "2K+0vUHRg7ZXjrJE4s9BVpWe3jel/+Llq10VljAyEItALNZrY6opxQTE4iFqXYRYhLrJ26"
    "6bDCUxKpTGxK3G3BmWUanGserlZ1gC6Vtkxld870iaDL4rkF/PMVGgBWuhZ8flS6h6lWuW"
    "lIVSufkctZBbHPHpc6khIQpaKKoFKKtVNbIcqju1cpDmQtWd0ped3UUkKrbSiGKbWGYzKk"
    "Nn7K6A7xp8k9ZECaW3ywv8cPBToj2eUtaHeLy4H9TRAt4dePe6M7DAux+i1uvAu1eIftwK"
    "6+7Vr8nN9SYEGxnnOBVC/HQF4qeJTGr6YClvebiI0A47pG4rnrGlCnERb8ySqF2ovabgfE"
    "mIjmUjw1YLy8WgfqKC28LaW1h2y7FeDofXka3gchCzx27vby77FH2OPb1JszP4noUu21Ni"
    "ziUWmEuf3OvbACcG2eFkN4iBc0741i3d9ijsVPLB6F7dsD7NsjpnXZp79+PJ8KY/oqKjb4"
    "MevUtZWjaZY1Oivsur5v74vR88cIJ2r9i03Ey5qNoyfZqE3O54uh+36950Tj7/9Pn809ln"
    "36vxr6xyZjLot2wPO5w1HjqnvGH1xfgp6ZrtwFkMRzoVFKQjbohaSp5pM5ihCG7syDZglg"
    "+zhaa8LBdSGYVR7/hQd00rihpGi3oEdEfYDCYvtjBkYzUaKOnZJMvFhnBxmL6ygZqKlTy1"
    "6aSSdWxJimylZYnlwavrj9ajgzUVM0U2N12uenSIhi7qU12m5tafS2LLG4L0hY00prPpn2"
    "ywps6mJ51CwjIcJVb4WKMv4lxW0zzrHMhdemP26ZAitdXrONESwAFmazEzNeuFPlrRrM1t"
    "1BEd68odqqkvJz/ZNTUJO/mGbXb0iu6T1IB63nS2jf2Bx+64PT5sQ+edZjyR7xLFxyBvOl"
    "af8RxvbPJ7tuyAjT2w8byh2MkWK0pGPXKb+jh4U9QmfJCGQrVbhGq5ojkQSXNsWfLGq5gD"
    "1Y0zVpMQy5WhE/IMyJIaIimn5j1QvS6DAh5CMFQDX1S/7fymMHmbwNgbsCFg5cz68nNGUz"
    "K/wvmk2dlf4QRWyPyCzC/I/Kp7DhBkfh2i1kUyv6CD4nbzYyx9+ZwHX+/+xuXVnYuAe56N"
    "7XkSWlu2lylei1gKTCC9w9yXIOUpT/ZLtzcZfOtfIEf6wRjfj+/6t1f9qwtkLS1WMwirRb"
    "Jcym8Y5LW4XJq5skljYoUUUjFrPor06Y8is5/elYk1/ywdbKemVBG8A8nmQX7SORdazc9X"
    "rObnhfvhut7/pqHBQ3b88/C+oi5/1QwQcZz2mU9US9QoHHhGlhvnMfzmjdNUoBYmUZfKxk"
    "lXzihNBQkSriCJaJtJRGybl9xTt5vnE7HRus5gTcXMmmmLEgLHY3eYpsMkPcm2Mts4U8Ed"
    "7ZIN1lTInPwEzcbzPSQl1BIxz52kv1p7xZunX/3mjHflDNfU/CtI4dg42p4zMho+GJASHI"
    "2dG8iOj4bPKgjFSFtdpJD5nIJvvyOejP7xafmOnHEQH6eNyJvhVCJnhcf5TayvHzUVUyqc"
    "bzxczvLgjmTJpbtDCXVQuRviyBBHrn5EEeLIh6h1iCPvP45MNcG2xiTE2ZW7QyLVqN3NHt"
    "uY2t2BSZTLwoiIQc3NnLZG6mmMvCpIiIIacqkhERBN00pSJblrR44jg9VMHVkObjtWQjIx"
    "GdcXQHWWkBIAbng7tshSG4F1RK2d0aA3WVWYc7+xn7rQNXAWel9kVmh1TG3oF147s6ms6I"
    "INyf5A0gBJU3d3HUiaQ9S6CEmjkLRqEtkkjXd/45LRP4swNJ+zCZrPCX4G+K/t8l8LomtK"
    "SkcCwXqXvnSV8W7ddK+vL9Bc1vUH4+to2OuP/rhgsTsFm+/8yv3d5b1zabl4WtJrN93Rr/"
    "3J3XWXVb6cy+YLtnkf4HjIUERvHaHCxyvqHifKHitL08RGltoy1pyQzA5PZvRu/9gWMxkr"
    "LSoA8qfswqKJQzBuyZA8xHBYBpjhUpjhQocEoOZhHnqBzcn0mZ4HqGtnlKaCBHnKUBiydK"
    "x2R+zVEh6nyiHPUt8MJL/IYYMo0DRbZe9l02ozzbZJIAcHm1L448ipp2z6+C1yW6ns8b8i"
    "ZWg4E/FvYJSBUQZuERhl0PoutF59RnnfegVOudacMuRUVoA5g17mezfmViT0QS/z1gr/rF"
    "2kl7kIM2zZRHnZ3D9WXhoE9lad4R7F55mY760UX9j/rL3KFVaoO6STZ0kJ373NfKrIWboF"
    "dcThHF2N1+A2ONQH5FqBQ32IWhdxqMHng3qs9UU3MENymQsRsULOW8XCYZXw3RxUS/Dcwg"
    "ZwvfQg6rhFJmDEbaPfAN3eX1+L+W3KTNNVE6c0eM4XLG8a3tFFYscFB+uC0Tb9Wy/tKcW9"
    "DWVErfdu9dDNAlVvXFUjMp1iE6tIM5CMgjNHaZVtRERSw8WLYEKETjXFY8ZQgaZpO2AbPO"
    "cD8qHAcz5ErYt4zu76n9/5iMhB6Cjn4gslOSqghlVeYGAWbegGNq/EdzvuBkaWgvWVOKDc"
    "yZbKnWT72tt0krwJnlYbNJj7652k0Cu3uwhgqJ+RqSlYmmtGmcU6Y6Ft92klPsCLm4InVt"
    "tdqA2e2AHZ5OCJHaLWIYaZ70y9UOO3zorGb51k47fwN0vAPKF7YTrMMbEdHq5vbdfqTH1n"
    "+r9PIq9LIj/Vf2Wuh7dfvdvjSavQcZJ3nGTQ0QtX9Ao1A+mlivSbtDD7PpJN53yeNyEmBm"
    "9C7jch8DGS+zpWtLmsZ5FtIbn4ru4IHrsD1Dayl6aEq35vcNO9Pjr53O5wzCnimuP0ho+G"
    "QPmUdWtIyeVTwl5nAuVV3mFMEJJWirLGcOajaowxnPlo5WA0hc58pC05JcDbvEShOLqxZX"
    "aD1CwoH5SOeGRuvsqmJm9cjOqbM0qTQNpm2MGDKyXsEEJyfdjhNXTz7g4eBSEzYO1raQm0"
    "gbU/IP4WWPtD1LoIa2+9LPMQDe7tjTsXcyZSBfcsuwruWaIKbvXDIVujJXcQDHEYRXnuNT"
    "vPTUYGohvzkVVbrYCQrB0hKdv04U9LO6064oqyNBEpqEyzOt5RoDINRP4qFvmDbO9qkcaQ"
    "ZlxumrEIpQlVgoSKfOuasWmtYV7j+5qO01Sk8HenJnMZYHWnNjZ5OeyebGFB1GoSn4hFck"
    "y7DMBYcfQmT669FEivDVLbDC04q3tKYMFf9rPDCprxig2bxd4s/+aSK3yHIhZBJfGVJ7b9"
    "2yDgUFsrsg0BhwOiniHgcIhaFwk4UE1RmzNluc1ca0MSu/Pcf9zugts5+fzT5/NPZ5/9dd"
    "a/smp5TSbSUcVg0+VnBPEMiwCgcUBd6yQ3xRSVA4qpcGpoxNjLpYK4JCihLJ4vZLJvyPM1"
    "L0usHeP5ogvB+szQSDelDdGNNHBqKL7xt7w4kzonr3iON0585F71jTtWg4CPRih1nSgciE"
    "15Qn+gJkG1dTrHn19ZtE54AgrTO9I8LLXDqhXs2cDl1NVSaAOXc0BePXA5h6h1ES7nRUsj"
    "csSyYzzZKpd/aHWv/nE/nlwgWf3P0rIfjFF/3B+xRBmXQ2FXrvvdMb+iY9miV676V/c9Kq"
    "NiFu7nMpNh71cuw/Y9ekf3pvuViqjynO74D8Zvo8GkLw2/fLlAb6ZmY4lMpy2xubXlfBuX"
    "emMGti3np+wCOeCZsoi73NgmBQHcJLiylVYmJTthNZCABGyRBGzqJxBTol64mZumS4jCMf"
    "qiXKmJWbl0d3sVn+ohoW3N9oTjs6PJfi4y18+zp/p5sneM56zmmuRhKeChy+Kh/ZyUDXnS"
    "puU/tpMFV/3ZV6VaqyHyL4XHilKD2SSWk+ApR+9e25fi3tBsC5Epkg3ER0AsiQ/N6Bdn7S"
    "aOiIls+QUbaGqS+QdE6GccRmSSt2TLio1Hy0mZsdE3ZcxitVeBhav3OtkGFu6A+Bhg4Q5R"
    "6yIs3J9L2bA1O+V8ZuZiGxZpknVaGoHAzu7lcqp8gR3SB+FEru17VuWzi55Nk8tOCAk1ae"
    "buvmsLOLUVcWp19xDQhj5tE0+rtWN+bejlF+rTAmTBJmQBi1yNBr3JvtgCr44kn9mtFMIg"
    "ekN7FWfgF2wk/r07S3eJFYuMeljl+vTpDVu2/FBlSafQ3KfzQ48qla3wfkqim5A10xaLXT"
    "6Qzi7tlfUpLfmRzyZZLkpmeRaa8kIHXRAN+p3W2H5oA9lzQG4/kD2HqHURssdYzp8c+0WU"
    "mQgkGle1r3Mukthwnp3XcJ4M9tau4tMCGyqFTFrI714md54Ut7v+7dXg9qt01/3jpn87uU"
    "Cx8R6Mu+7gil6WNfXB6A1vvwxGN6wyFNXMVDPnmF69G/R+pWPQm6ixQWWZTO/XPpdSXtgd"
    "418Gd3fsgmursTS568G3/ohd880p/+of0pfu4Dr02bs0lTUd829wc3fdnzjfYL5gvgq72r"
    "3t9a+5hMJUo+vFSlZ1ROpAdrLrQHYSdSDpl7dSWzZlnyQMJCCzK05c1acY4c5WwZJrEVrL"
    "J5vYTuXLmFWxqqxmWAxKauIw+MmSmnwV5IssK0aaF+mEMOC9Bu8iExpmc+7ZPMcUqYwTAW"
    "vmciDauPzbM5GUxLPslMSzdYBLeWtNZ8k3DvqTjgj29K7sqGUnG33qtTEaLYl8dsneNFko"
    "3Bvxvcso3GviuWymxH5WJUV7Eo17CU6F8v9PV+T/nybz/4ODxCzYUtRhTo5SZfu85R7/ko"
    "a30nB01R/558Ak+pV5YMk7/sVu8T1q5yQYuyfso+/dM3UcZSn/WZmEYCGlVe0ARwTtzyKv"
    "zOfsNyZpJJmYrrkqY12LNC1Ikd6PWbotnqBsm1SRTVPLR5SGRJo3ocs/F8OC54zsk/JT0i"
    "migPh6xBkFWyDcExIrIdZTMczrG9pJRvR8Rr1IJDcmC5qusqZDGSs59RyVBC1XWcuRNKGc"
    "eo7LgqarrGk/Ello5Y7KgqYrrWkvulxE0zFZ0HSlNR3NahVPbowJwkGJwqdU/HzYXPiHpQ"
    "D8wuDHUsnF8Y8JggoKqyCeu51LDSnCUGinqCZMvNBlhZdKlcg0ty5SxUEbG5xejB7IyHWE"
    "MSoKy1NZ5xj5vpvURrGDjF+9wWqmCdFDd2EjZf1RRm9LLQHdm9BQDcU2ZoBknGlMs/VLwP"
    "fewhUKWZeObcy5EcA2WHFLQHccGayhGCf2KAGUw9ZeCTjf8eHuSC2NElGcUyzkCNL0e6Db"
    "++vr1gpTsMQV2T/F3Ey0U23gDLyzz5un6mHDlhQNVUBk1uLXzXHi+PRfG9zlBJpGr8dI9h"
    "s9S4pslds2uqmYOWsVy3jZB2R1XK+chLcNkRrxQRqKkE2tF7zpkj7hgzQIoVz1aKIJGV5m"
    "bjqaQwNPCP1DoB9YaKyGoBrN/H4i3yXNxvMywPJsrwEbdeAO2hDUcpY7CplXKbWOosbXuu"
    "LI+FW0qVdryEsT40W4mPEPFpppzA19v0BvM4KOZIOXNX6bacoMmUTHH5CqqfTfst2mf2ID"
    "sTveZu/JSslbGD9n/SUHEqh9U1fOuY2g9s3hVEGB2jeHqPWUlJwc7cbSdV2HFmMFDxeUfz"
    "6J9SmQVpW/Scc4Jta8Yxzln7ujEzw/zhEhQHk9yrzLVDrC68+l+sJVXjpavfvxZHjDjqF6"
    "UbkHo3t1M7hlDQvnmvFg0A8pPuwMqhcTfTC+job3d9J1v8sPsDpxaJ3uGUy6N7wfDfiAZM"
    "nOwrHCSiP3inM67sEY/zGe9G8ukPVuue7a/iuJQzeyKqTlQNe9cFUmoVP3n1acuv+UPHXP"
    "3KAkvtnlJrz7ocRExMQto8SETyrkWm3CUpB5VlbmmV/Te8eR+KopQzQUH56FVWoPF8r8y2"
    "JA/bzAdQyon40oxoAqM6y8kKV9wTlHZM+wb1ShhfxuIUJnTjq5KSb6QM2xgW0hx4pHU6Lr"
    "5M1CrIucZ5s53KjFqU523a0WYqGjx0f6gfaKnV/legKPjx8u2Kj/DyVqeBrE5gU70Tu2+X"
    "AW/TZunzrL1nQdyW8yewT7su5jfmYj+XU028jAr/wHaOoFYn99d+XfZCuosYme8JS+Zd4Y"
    "6Cjy6/3b2g8GCj8LqdTg5A3zFrJlYfXDMeoinb5o/g1kiqylMkOyY6EizUJeDQxEQWaQsh"
    "/GxqXG6ytmSKJQFVD2sDkx8Hvod/CLfDj+W4O6pm2OkUHcXxj8uiOmUS7PRB31/IAWJmE7"
    "g+VXM20HpUg/uEOPJoPu9fUfUugrOU8KNBGGkRPg3g/84N7FToDGtcKj7x5KUcUEaNMt1+"
    "ZzQKaaDpBQ5IW9NOnTKJjshWXgsQlyJLuPZh/QhWxJbyEmVS2d5PQTOtn5d6KX6JgzdtGZ"
    "A+5oR56ObDb9FcIapSPv1jbCx8/HiD3BT9dxMBr1v9zfXjFgUn9E9JdyBTm/xn3F+CN/CL"
    "0k3vdhD2ffz58uR24s2ZGls0rBmKHMX8nHR6pJorOaq8d8SOuY5d5haxZ71+h4TMlL25lq"
    "9EfTZVbV2Boi68ihFdsshkG/3INBVxzDkh37x4GFvuDP7Fd57SIpmh7sH5zgBmv9zl5+9P"
    "gYWsKO/+Z8g78/Pj4YdJV5It8Rj+44YRHNG9o6pnJuqQf6bW0KosVuYQGSADCODLvrZ3p3"
    "+DwiG519C++qW92HjiTT19vCweOeGA70i/qTkje79LT5IStA869Ikq2m4vmC2Kwqq/SC31"
    "v/XhW/CREfjrIlb/mAiE49bbk2RHQOiNuHiM4hal0kogPdDLbKgUM3g9XdDDLMdNPWqKn5"
    "Lvn2UXp/gQcjMGE9Y7MIHb6Fyo5QJB+K5Fep+MdmZcULIZ0QBrzX4A1F8reJLhRMrn3B5A"
    "T7kNNTSZNvoL9SX/8k6ZZCydVm6xfKuR2WpqHa/W6ySaFHSuUTWOIhmByvRIpolc3Qgm/F"
    "iVAG18mKDK6TZAaXiekvtWxpJluzPJDH5RqI95mIwX6WbbCfJQx2U7Ne3IU71woUl6vG6s"
    "Oe15jVB6qr7j1dF6roVTGXEUqRQSmy6mAsWopMpGCTk/SWstBssVRTXXBP4xk3hOouoE6b"
    "AtLWc4953aas1GOvqNO6zGOP2l2beJwNyD4KHLAZGBrzVTY1t4YmJNnV0shoI0iyO5x0K0"
    "iyO0StiyTZLUzCw6l5u4TH5RpIOXWEKL7OCoqvk6T4vJ0zL95xucYdid0K2tbLMg/I7u0N"
    "nMvl06d/Lul01OyU0ECmlRYWaRIn1Dn5/NPn809nn30rzb+yyjhLkm70d9nSwtSUtOyRVZ"
    "lWUUFIt8LhaQ3JbDvurg0JxltOMJ7qsjWTWJXf3OR8QhQqmhQNkUCRhz2CH2KgcsEflQMF"
    "QJWNqlbZSJntJeD7LRipochG33CBwF+wJZaA7xc22Ngdq167qCjACRNigz4tsq4ThceqNu"
    "174A/UoKkdLWMXtNYooRNJtE9E01qSbDMWGOuwkRIQTPbgyI4KxhqmCIUGW13E7kXEoP/D"
    "sQpBbTQlplMihrECFi+Ww8vKTHndID53krWKyhmyAqHJWH+/4JxyKDZV4uNieSbbeUikOx"
    "bUq6+1Dd2GwOsBheAg8HqIWhcJvEJ1kzA/2hEhSDvZDGknQfEzbFLBXX+O2pOtMhFNfdnJ"
    "/ehW6t5eSU6lEXZ82l6ahiQbquSUHPGKkEjD2+s/vDokEqHv04PR/50V//7av0D4u1Mkjt"
    "09/mVwx89hz7RF3EYUiuJCmRr/OA72XuEcOv3nPV1XnJox7hgPRvfubjT8xi5SN8Ikr/za"
    "b93BhNWycabBhVOyk52LcyYB02WvP/jmDKVgjUsNbsd3/R4fXzOsBVZsp1DNP9yLJv6Pf2"
    "08vHaleQVEVubmejjmNW50YlWlmA3/dkvP1S0yQ6IjVPj4ZitZUIjp6e6623OucR8hQ59s"
    "O7sadX+jM+VNs2eqKb8ZRTRYfnV+VlwzVX3ZFH4gsTv+/sftOh6lpRDUo8z+zgyLU6Gsot"
    "MVWUWnyawisqCQqNJTRoR7/ZoTGaDKqKd2EUnrG0JXocmX4ejmAtFVyJ4SsyK9P3yki/X/"
    "SBWHiHnRoK2zH9GvWqDSQpps45Igt9IXxDclJXlOlmlRxJWJT2ni+8mB2tYeXHYClGeeFc"
    "U7IQ1wQ77ZPvPNXGLB7fKVb9WOS1bYwyoI9rnImn2evWSfpywgHDUWBXxhPn1+rjB7BMB/"
    "Pf4ez1KAko+JQtmv6lDwyciLx4wV0HNMFPRcZT37ZGcBRcdlQdNV1rTHVhd6oyOioOcq69"
    "mJQRRJlAgLgo4rrWOoArZvwi6WTCeugpggqABOGdUR/NTEy1yKyBoBgghw8KhaB4/SD8d4"
    "C3mJCDcY3Ni2J4AvVHQUxTZ/RcfE2ruHZaJiS7Yo2Fnb1gZHveDQUo7DXramvOBNizxO+C"
    "DNmaQ7PNaVVesxfQYKH+8SL//YuvdOWrHzWE5XaN4TXTOQzM9q/cxPZTmBHqyiZ0JUq+10"
    "mXc5S1YgfC6r/JyWPcPz5KmvbT0k5zkwDk25x8CCapslD+xlS0tQA7PuXkUbwVGswzmUA0"
    "exDlHrIkexoJTdNvLQqbdGzc+UTWwFVxaSgdT+OKRvpmbb2JDIdJoD1JgUwBqH1TM+cxlb"
    "IaEmvf47ptfTbOlcasgYAMj1zaJNntuUSxcJUXgxyopxeJVhNuQuk3VpaqYMYao4WJ3X11"
    "aL9uXYEOJIL5CGopt40QWo+PhCXQLU4pXsKrayi+KcsbnlbrK0Tda05yT2dxWFn1VJYUxj"
    "d7RXsaU6edYsW1Ms78CAJIfESu2Y869IZJPlbGssoPPvGE0J7Bywc/VaxWvK0wA7d4haF2"
    "Hn/LU5ofOV3Wl8mQYe7yu/JXvedjQNbvuzheNkiq29psB7SYiOZSPjIJkvFMP4iUptC2TP"
    "kthtZvrlcHgdWYwuBzGL4Pb+5rI/OjqJnQlOIfOIMdWek1Bnt/MOJKrRyJs9tjGNvP3zpw"
    "sTT7XveVaYFNHGlXs4F1lpsheaxCKOv9uZZ4VXOScxwcbECHZMnuqyVQz/mODu8P940igF"
    "wHGVqjHXkD7eysH4rUof97nr/RB945m24B3DUyg+/7O2GLlnhe8vmdULe37x6hdxcm9V3f"
    "jtFHJ/km1lBhmDtV3p2sBJHhA7BZzkIWodOMmKcJJeDDAvNxmXayDY5XOUG9QaK6vI2KFB"
    "XsPK9lQa65Jrr+TkyFrX3cv+tdQb9bu8OHlkrAfjbtD7tX8l3d9doAU7t6ZKywWrWC9NRt"
    "3b8WDCStazenaGpdkPxvB+In0ZjqSr/vXgW3/0xwUiS1uaEpN5TNorNt8fDPcz9iz3InvO"
    "l+7gmj6nO5n06Q7AfqWm813YxvOFzaqns4L6fb+dQlUq3XO4kpNlQh2DLFLJFWgAbbrKdO"
    "j/PlnNW/uWw/Xw9qt3e5zMjm09rkVetG50ujykpRYl9ny/OZcWwlKAPZCqtVVBVWoAHQjL"
    "A3z23sqh8CW7BHA9SvrSG69eK70owOEdboPSHPgVGxsXm3C9wP4rbtScTik6sbb41NDAE0"
    "L/yLkSFC49tdd1Od+xAfEc9lLCVc77vyJm5S8QeQJXkr9MlRu+2n18CmJJEEuq1zpd06gC"
    "xJIOUesisSRoBLzVRsAQqttFqA740grYE8DZAXFUbVXsKBEyFGN1PbYNyY1whmO91p8ctE"
    "Z53neUC0rxvhNkkYj37ecZ4NctJY+GE1M9G8B5Gs/ZhLPhVVlo2+A7H5AXBb7zIWpdxHeu"
    "XwpVfj1D3tRGeVNhMFPnSfqqEBNrQA7VDjqN60SR8wIdlmkcyicdEZTpXZko889i2SAK71"
    "5dZK+LiTZws6vv5pa0aZIuSI73KlW4yvtcdfKyvShvXj8uJgjkWVnkWdgvLykxqIaqECXP"
    "YtOwSqeIe7KZVSRwDQ2kzLDywmxVxbt1Z5kX4cZTkGtRy7WlDXzRATEHwBcdotZF+CKbvO"
    "Bc3qkv0LhMizMRpuUsm2k5SzAtzO5YsPgM1QfbIJM4Z1dhS5PdqB5bNcNwaVhvpfCaj+ec"
    "mjhELaaLkCzUxitdRQqZL5hZXsjyiMmWsAvV54Wp+KaTtDVinWtzpEVFBSEfqmg+FIuMLB"
    "fSgmgFaJ0UYdBEUU3QCW3iqUmK0GtxUSDYSiPYfGjLoNgig9VMHcIkW3wyrm80s/tW7xVb"
    "cUSxXdXpPRXZ8ApdArp3fLg7UstlXRTklF1tv83dGQfcsM5JW02y9PHK4NPXNyePcOrirc"
    "lzJlV6hL3X+QnSKCtjEbSBFj8gghRo8UPUuggtDg2w0RbaCpv5XdyQUJNA3THHULSbcAlN"
    "hA9XASvYBc8C3NAt85JEaqYCYa83ePfXe7z7aKNaV2BXtE/dczrUF122ZmNZT/Xhgg/bq5"
    "y4hUnm9CuwmyXLu3tnuVEhbCE1qpbrdht8wAPyBsAHPESti/iA1e8AWuczOwtTU1LgvcKK"
    "Npf1rBMcWqrhpjpCx65wDV+jFfhe9XuDm+710cnndifW7TNcmSZRSd+0rQILVkSwgetVfd"
    "en5LaEDbWIikNioOBKKxhYyPJZSIvoKR5UdoqNe3tjOsCWBuQCm5Kfl6Brcy1lIcrOIEsV"
    "3h3IW+7yWhrImsHOqhLzXWJER7o1ur6sQ3KUHdqoKlaXii3Rpy3kd++gYZ5qD6P+uD/61p"
    "eGt9JwdNUfsXoKFjZfMRuT11BmFRqu7nsTdstd94+b/u2EVWpIe+7eqy/sPd2vYtk5EBA5"
    "GAWsCIgAe18ue5++4pQAb65U1ootNSVnsopkATol/kvIBeSdEASTAWsCe8zVIba8IUZ+fO"
    "ifbLAGrQBbzZqMobYq7ubjKh58k/70ZdaF4Fr3hmZbSEaeY4Bm1PmykGYgssD0DxMtZE1F"
    "/J2yEJnSW9kj0JE9w4h6FB99QYUsDRubH47jNt+2npGa5xkNQfrJ7pDuWRmLpA2hvgMK+k"
    "Co7xC13qh0z7qQg3s94Fu5F2cvFEfIBsurhIQoqKEsoiNqE27ojEcS4mqmDVFnPDEXq3is"
    "tK7gCp0r3U8m6J1L2qf4o3cBn7/CEQ3dtLPkz2eTLBeQ+lnbhbsN/uABeQbgDx6i1kX8QW"
    "iRt4MWeSaeYhMbaVmg2ShHhKAEYQzkZAlCv+g5b3gh8/JxReumJ4copICKhafiuc7nQrnO"
    "5ytync/jSpDnLFaQsoGsSnYOhCDbGccXmTjbZLI1IYW+y57VYZkGLtefBGbxp+xOJin55D"
    "VrK9RaYENleOWDu3XXv70a3H69QK78g9Hr3k3uefMfRV7YS977h07T68Gt0xBIYeF9lfX7"
    "+XJ/e+X0+5ku6Vcr1O/n5Exk/YnbRqHl5yzxdrjfWiq0DKVI72c92hb1XfZi5Cm/GNwp0g"
    "D3KrgX8ru0NPVcBk0g0rizWqdCXaxOV3SxOk12sfrTZDm0OpFz2Y1RKUBaBOlgtc3PMkVF"
    "oQBydfiFJK2kyLrOeHJLMrGCtVec50xKujAEoeMRUJ+NT0C7ijUPS0Hcs6y4J0e1hIAcz4"
    "P96g1WM02IhuXCU7B47rFjSm6YUzvigzQI663m0rpopcQsAxzXhiwlM7h3Z5FL79kbxi7Z"
    "8hsa1Ul/h3hoXRf0NsRDDygyBvHQQ9S6SDwUAhjb5gxlK1+T8ECigcGLMxFm5SybWDlLq4"
    "dzsPGL8X2v1+/zwIS1VBSMVRat+NIdXLNLU1nTqxKp8CPNjgVcNE4dkYYQtVCI+gXnip66"
    "tzcuAWMrpc58LyiXtxKWgkIPRU9BhPzaXOhH5YAHLIsHDKVlb8gEhrLAa6YIURowOgfXn3"
    "vgK0YJyN5gU5nJhj30xqvXQiMKb3iBzd3oaZss4qVOh2GdZPuGbb63UtjE2B3tVayiqVkv"
    "0pMnIMQqtoYGRvaMgozYsXdfGJlLHfPsFgtbF+FT9EdP74heNJGmfmgj2UB4Tu1K+je0oB"
    "MM0184f3LmUuQ0/pae82Ac9Y9Pzj6zW5CKXzUFUwHnDD8F6gcLPT7+/vGKf/BxoD4+fmAH"
    "/9mtuvaKzXfk9lxGR6xYgEFM6qVqFlYRNXvaD8bjI/2Q6PRO61hW55qhMTwZdsccbH7t2B"
    "1DojL0Aceo/51Crr8j9jXJlP3gOdIsZGH7GHXpD2GafDDeNHtGvx3+vtCotCTbj4+sOAGv"
    "PiBTZAyCdGI8UwRceCgI72zIoxe8sNGU/g52r4kVOr0zaxOsYoLDZ4JKpII90u/pHfjg2m"
    "7sbeCDD4gZBD74ELUuwgfzXTcPX+ALbImO2R9j0DkVKhF5uqJG5Gny1AYzZnJxX55A8/AV"
    "IWRW8DFJOsYxCHOSixGhxoG8nVMvgQGcB+mYWOOwLv+MVz2iRztKy+0IpeV2VqTldpJpuY"
    "E7ltfKiUpCUm51jJqUpNyIi5pQ9MqyRXFRYOyLMvZ7LR11sBpYQdnvvpxOxbRQajWd9AUH"
    "sF2HbXyBrRRjP9KsF5bNZDm/Ppn9G/68vZatV8O37iwFuCziF/hZ4GeBqQN+FrS+N35270"
    "1mKqfrvbgyZGkrJF8T0ZBIAxN7y2+n5DBZKZm9/xgPb1eRX2npvKqm2Oj/kJcnsRUW7G/T"
    "pcFLKKGnpabbmmEds+f9fVvs2ArAGUSRBc0D+uim+3tcB73r4WV8pWIDXFbJfa/c7D9M/7"
    "1qaijVgd+Phxn0XRpjm64azxbdQww+vRLeZua97VWeZ2jjt1wxSQnk1uaM/TYjyLlfZU1T"
    "/NF+4DlOfLw2epthg+VtqTxLybuOnvCU3s6vy1Ob5XnRj1sx3Zb/hAeDvGLT1FSWRmU5I6"
    "qILs2PjwGGx94Yj48XTh4W0TXlnT7UnadUlo5sEBuZeME9pUJ5VwnDq9z8K6o7Aq59fRf4"
    "Nrj2B+TkgWt/iFoXce2djSyPvxNIVMPdYY9tjLvDjYk82vAFQBnlK8OzcXLZImEpCBoX5b"
    "qAcqyi77+/3r9VU4coByDY/Dex7OyOXanYciMKbHiZrVTwfri0n8j3/mtGt6Hwx+1VBArh"
    "N0r4dedthxbLJ2o3zHyLHrz8ui7lbfDyD8jfAy//ELUu4uXbZKEpeeLGvkADo8bll4OSn6"
    "munikeeSCOCDUQ5vI7PPmI5ffJY5LgERZ2zOduNY/cOogJAjUCJxrqqoHM7hXZPG126wpg"
    "ajdnauMeax67Ni4Lh+qqY8gm/RfZtvF8Yadk6GVv/iER6GoRX8t02bIlbJpplOMEf8/ANC"
    "rVhKKYq16S/u+T1UuW/45cD2+/erfH17EUZn0/DKVXkG1gPJHvA/pytFJ4yuRN7VVsZWDd"
    "sfslzRNYm+fVRQtZU5Enj3gZNaRq1kK2FboqI5sgVjbLu6GNloat6ciy5ekUUTzoSqFj9R"
    "nTu3ieVCTHq/TRc1KpMaM3NCCQq/W3CIFcPRyaDcjVQ9S6CLnKI3S5nfGwFNBRhV1xB0aO"
    "XAL+FfXDIlINJF/L57iB86gY55FiS+bZcVLEgfmozi6TwnyEFVagplC6PJDAtQyEVG732c"
    "+B6P10wjhUh3dFYqg3p5OaKNwuoIZvgWjuYmwFEEkJjazdJaDc9OTQtL2uhDTRtd0xhgae"
    "EPpHzsku2hujWkuPqDoyW2Okn4LeiNz+DT/NCHm5cnsvtFKo7fgt7VXE9ptzs6SG7y41Ff"
    "dfLWv5xKTdlhY+M/Dv1ed7vSZyBv5uS26Qi1nyJZ7yxYa6INqWjhDHVkFbNikmQInX2UJo"
    "AyV+QOQoUOKHqHWhfGN/LU8ysuv7owbSVWZmW3fd0eS2P7pAC9m0DdYm6qbPWL3byQUK+0"
    "P7b4QatS9ESfKoVJVVUZkMZQgFQSioAvBvORQ0p1Y5db5ytjyJSjWu1W/5i8kTUVOYnuyc"
    "PO/+RszhXaTjQUd3p6P7Vf968K0/Yu3bXZajqh3dIfu35Oxfk7DW9gVgTQoCuAlwsfs6aT"
    "gXtDExADYObJzxTGC7mllIEYfUh+qwCUkSSceyhSWemZ1X1zFR0HOl9cxOlRR/r1PEQd+V"
    "17djO1M1qil+e+YmmSbaoFwmON5Vc3+SI7g0c3U1Dss0AfOoN3gq1EnzdEUnzdNkJ03fXy"
    "2wXcRlYa+o8l4RS0XIwa5HBRu0SRxSwuvBamBF0qU3s5PayJ0O6KZE9UMj1kshoqlosdVg"
    "ferlfjJba4quUGLrfg69x2d4dl5g+CVYnxcYfgl3WKLTSTnYSl6eG8yAFLxa7hdtBCl4h5"
    "OMBSl4h6h1kRS8nNzDJrRD5bS6C94h+GY5UI6J7TBZoLUTrDtCWHdWYN1JYm1huvtkJJNm"
    "ZC76Eg2czyedc5G0is55dl4F+ywrdy5X79OYWDVO+Teq/2nIo8qlmbgcqKZ01dQwZYz6pt"
    "orzqmAVrc3GXzrXyBH+sG4696PWWbYQl5aVckMizrE4g5mVA6yr8viJl1cS2DN7oKRaqYI"
    "UdYsOgfzkmaJYFhqttmlK/vl1xHW5QwDNPt8bDPoyr+2STBONOUFp/KK7iftVXSiHdyztm"
    "Tm0MCI/jaqG0t29ldsv2FsIBl5Jb55Z+IFVfSUmPPgqoXNV03ByTqZ5QyZk8SM1SMPcUwl"
    "spn+2fPtnVzezhcPDITtjC/TIZ4N7B3IKIH1jT1AYZl3cJa7rpt7G4jkA6IUgUg+RK2LEM"
    "nUk815cDiQaNwpv08dAcf1UyfTcWUfxbq5UCCeiZly0k+MRwjLV5ntbN11/7jps7PxC/l9"
    "jg37weheXY364/EFopORWQcPBp2qk3t6wTFGHox/3nevB5M/LtCfS1nX7PcHYzj5hR25J9"
    "y+LKDArRyu/w9W8vHTgUiVVVaYoBYJAtC7VhDUySBA/cg2ssBGXqpteNe/pbObSj4Yv3UH"
    "k8HtV2l4K/Xux5PhDZv4b7JmU1VI9Dd47tODQd+i4fU3RsnR14jor+z4Zu96yEk6RScFSb"
    "rOZ5FYzufsUM7nuBKZe5kaMcs020MScAwuUf6STpOMeoBir0VkgCqvRK3gBQhmffcr307k"
    "Z1yVOis+ntLSKlKYNE0csmWL5ivz4xRe1YmCp8mi4nBCoDp+StI99fa+ArqOiYKeq6xnx6"
    "Ipwj2FBUHHVdZxjJwW30NjgrB7Ft09PfY+F/ohIUC+MPL77O9bOWoBjrodpAb21NrhYLFf"
    "kcrjLStJVWyr60DVFiHRRJ7YAhzJ5BlRm2g06E1ayWleArB5+whUbJ6LApzZSCAdXTi7Wd"
    "LZzXR4PVt7dwtDTaGNOSUZfUji1ncJsHanNsvo0rHVcwdsJsAhvyN3k5cA9JlGl++0SGye"
    "5Ekn2e+XYKiG7HWxhZXTohvmmTpQ3ThjNQmq7aeZevMrM9s0NAHXJZ1KoXkvlnxq2XiByB"
    "TJyBnhAr3NCDpieczvbcSCF21kEh1/aNMPsNFG9gy7MX30hKd0FePJpDJbndp0FIPYGTmp"
    "W3tSzlRVF6lS8z0htxFyG+u14NU0yw1yGw9R6yK5jWx7SepbNKfIka103gTLJ2JZQE5qAe"
    "tQMx53v/al7tUVu+yHt1WVfUpH8j9iO6V3vTseD77ycVxPRvVS9STW7+Yr+8SrxUldyGee"
    "f9Qd9yXv8dw+d75DfJvfTyYSNyCKat4XrrTq65EyQ21NYhZLl0mIAuNblG1nJnT625CRL+"
    "He37gCFuXnd09NMpc2y16NDVHh0rANz1+lhsRmmowMUOndo9mKZMZNnvXOu79x691WiiPR"
    "R2HTkFPqT10SunHIRgaNERKLAf1E5baFtH9ltylZl8PhdcRLuhzEy4rf31z2qTnFoac3aX"
    "bG7h0hp8Ttp4gYJIuUFS4PTvJvGLwJygbUTA2iUZvIBKxSrdhoYCKTYw9FLtZy7PPQvWs5"
    "9q7nmCNi+NR3GzE7EGm2FRRfIKwqg+PO/YweH70V9PGRu+8Wkhn/zT61fkjQ69t4yINBDP"
    "0dHRn4lZWGmJE3A9mEk/Lh4di/vXDzh6rQ8fHyCEv6Tm5cOAI4fuD467V415TtBY7/ELUu"
    "wvED1VsRqhf6Ge+w/xT44Lv1wQNzMZdZFxEDH7xwAAMoEKBAqqSGEimQ5CpTArANP4gRWV"
    "YzMtn3Qy11sakps1YKp+R+0l5FJsnBPdtsNZSLtTgUymLDsi3ZZERmVZzseFR2WZx6Wsex"
    "eN/pqUjA7/Q0O+LHPosZaIuMTK8Mw2xR+eSuguieCIX8TlaE/E6SIT/6RBunHbTK7lAQEt"
    "l9c4L9eHqltSFI2F673Mz++v92dw9s"
)
