"""Migration 2_20261122052441_webhooks, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "merchant_inbox_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "event_id" BIGINT NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "payload" JSON NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "acknowledged_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL UNIQUE REFERENCES "merchant_order" ("id") ON DELETE CASCADE
) /* A paid merchant order dispatched to its merchant, until staff acknowledge it. */;
CREATE INDEX IF NOT EXISTS "idx_merchant_in_merchan_b0b550" ON "merchant_inbox_item" ("merchant_id", "acknowledged_at", "id");
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "secret" VARCHAR(128) NOT NULL,
    "event_types" JSON NOT NULL,
    "merchant_ids" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
PAUSED: paused */,
    "partner_id" BIGINT NOT NULL REFERENCES "account_partner" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_partner_c08239" ON "webhook_endpoint" ("partner_id", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_end_status_a06cc1" ON "webhook_endpoint" ("status");
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "target" VARCHAR(16) NOT NULL /* PARTNER: partner
MERCHANT: merchant */,
    "subscriber" VARCHAR(40) NOT NULL,
    "event_id" BIGINT NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "message_id" VARCHAR(40) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DELIVERED: delivered
FAILED: failed */,
    "attempts" INT NOT NULL,
    "round_attempts" INT NOT NULL,
    "redeliveries" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "lease_until" TIMESTAMP,
    "last_attempt_at" TIMESTAMP,
    "last_status_code" INT,
    "last_error" TEXT,
    "last_url" VARCHAR(500),
    "delivered_at" TIMESTAMP,
    "endpoint_id" BIGINT REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_del_subscri_309f9c" UNIQUE ("subscriber", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_62c3f9" ON "webhook_delivery" ("endpoint_id", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_merchan_e99211" ON "webhook_delivery" ("merchant_id", "target", "id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "merchant_inbox_item" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "event_id" BIGINT NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "payload" JSONB NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "acknowledged_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL UNIQUE REFERENCES "merchant_order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_merchant_in_merchan_b0b550" ON "merchant_inbox_item" ("merchant_id", "acknowledged_at", "id");
COMMENT ON TABLE "merchant_inbox_item" IS 'A paid merchant order dispatched to its merchant, until staff acknowledge it.';
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "secret" VARCHAR(128) NOT NULL,
    "event_types" JSONB NOT NULL,
    "merchant_ids" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "partner_id" BIGINT NOT NULL REFERENCES "account_partner" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_partner_c08239" ON "webhook_endpoint" ("partner_id", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_end_status_a06cc1" ON "webhook_endpoint" ("status");
COMMENT ON COLUMN "webhook_endpoint"."status" IS 'ACTIVE: active
PAUSED: paused';
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "target" VARCHAR(16) NOT NULL,
    "subscriber" VARCHAR(40) NOT NULL,
    "event_id" BIGINT NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "message_id" VARCHAR(40) NOT NULL UNIQUE,
    "body" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "round_attempts" INT NOT NULL,
    "redeliveries" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ,
    "lease_until" TIMESTAMPTZ,
    "last_attempt_at" TIMESTAMPTZ,
    "last_status_code" INT,
    "last_error" TEXT,
    "last_url" VARCHAR(500),
    "delivered_at" TIMESTAMPTZ,
    "endpoint_id" BIGINT REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_del_subscri_309f9c" UNIQUE ("subscriber", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_62c3f9" ON "webhook_delivery" ("endpoint_id", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_merchan_e99211" ON "webhook_delivery" ("merchant_id", "target", "id");
COMMENT ON COLUMN "webhook_delivery"."target" IS 'PARTNER: partner
MERCHANT: merchant';
COMMENT ON COLUMN "webhook_delivery"."status" IS 'PENDING: pending
DELIVERED: delivered
FAILED: failed';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "merchant_inbox_item";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_endpoint";
""",
    "postgres": """
DROP TABLE IF EXISTS "merchant_inbox_item";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_endpoint";
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
    "eJztXWtz2si2/StdfDlJFUnFxHZ8fU+dKoxJhokNPhhnZs54SiVEY3QREtHDjmtO/vvtFn"
    "qrJVpCgB77Sx6idyPWbrX2XvvRf7dW2gwrxvueZuky1luX6O+WKq4w+Uf0ozZqieu1/wG9"
    "YIpTxR4rSpJmqaYgBQZPDVMXJZN8PBcVA5NLM2xIurw2ZU2lQl0VaS/qu7mCsYkcyTbS7M"
    "9FRXlFL5q+lNUnNNd0pKkYrbAuLUTVfE/nn2kS+QLy8e5TWar83cKCqT1hc2Gj8Odf5LKs"
    "zvAPbLj/XS+FuYyVWQgkeUYnsK8L5uvavnYlPw1U87M9lt7olMCiWCvVH79+NRea6gnIqk"
    "mvPmEV66KJ6TeYukURUy1FcTB2QdzcrD9kc5cBmRmei5ZCcafSmxvwr7UEYTiaCPf9iSC0"
    "YjpxJQLYOpckTaX6JLdq2AA80Vt49z+dzsePnzofPp5fnJ1++nR28eGCjLXvN/7Rp5+bm/"
    "HR2kxlYzb4MhhO6A1pZNFsFhW98NOWEU1xI2Urw0df0jHFSxDNuBauySemvMJsPYQlI/qY"
    "OaLv3X9EtePqIk097gVfP/5jcAgFkR84G6nKq7MwUrCfDG7795Pu7R39upVhfFds/LqTPv"
    "2kY199jVx9c/42rCxvEvTbYPILov9F/xkN+za8mmE+6fY3+uMm/2nRexItUxNU7UUQZ4E1"
    "7F51USMjfa1b61lOrYclQetl0bqLUUDtzt0HXkfOji1k3XIjgtv3XoaenWVZGjUfcPcNPH"
    "cG1jOjHxDKhXxTX3vU4pgvmW89d0HHFfFZ07H8pH7Fr7YyBuTeRVXCDPAd4+42MFW1HoGf"
    "7kJzr/q3qIsvnqUWffoJBOSHY9MGgdwDGj7c3LRstKeitHwR9ZkQgp1+onU0piLo2o4rYa"
    "TiiUb+4FTBgzNJpZ4DXvQDT38I+V73vte97keAD+NMP1p1VtEroio+2b+X3hm9j8hSvjfF"
    "+bzFcGTCA7jcGW/xGJ7Mdq8G0R/9D4O4GKsp1o2FvEbaHOEfRIo4IkHno41eZHOBiM+BdE"
    "3BBv3XK1poyoz+S8cMP6fgycHzKfErADyfJtnA4Pk0Ues8no+9fccV/uv9aMhWticQ1bMs"
    "mei/SJGNXJY3j4Zb/5xbqkSVh6aWrJiyaryn3/ev1n4tEZaeKUAhFQ+/dce9X7rjN7fd3y"
    "PqHPZuRldR3dEJriJO0FHd0NI9dOCH1t0IKZ0fWrZnoAhHlO0OgR9aRT/0TtRNlR1Kcz9q"
    "8/ie68DgbU5nMl7g4JV4b22Dg9cgUx8cvCZqncfBs/+O6bu3EHW2rt3xES0TtKqo15X4Q1"
    "Cw+mQuyH9POh9SFOv6b2RU1H9zPupsPmPYrcmmla+IJX5lONpXjtTnr2OsiPbvS7SinFc8"
    "sXwrqIokayq0WF/wdKFpSwGrs7VmS+4E2G+b6frObHVCLW6yF25l0nWWbGg6q5Db1hSWjg"
    "BP6lb3boDI+PeI7slINg10/0v3XefsHM3kJ2yYSDaQYRJHcPa/dhDCwMQw2VxdaC8q0og3"
    "gkQT2eYKmZaZ1FX4lzyqj6o7xRtVM5GoP2lq5y2aYkkkXgL9NoNcxIiMeDeVTaSL6kxbOT"
    "MbSFpgaYlnZGaEn7H+inRMVqFhXj6qIjIU7QUtRGOB1rpmYomMJ1feYdXUtfUrWouG8aLp"
    "M6ON6Fc7M9NvhGAM2OpgtZXHagNbvYla57HV1zqeyz+yWOu+RDH2+nE33LC1fs5jrEe1Fb"
    "DVz99GuH3yMhToCzQLwEGZGrpE56ccIJ+fJoJMP0qMYWWKK0blILxYeHiR2JQE380XZdBM"
    "RAwUU7hidPysLXO97cOSBbzty5mJWcGXe9ymcx3hrP5UWA5i+0WFmANBsB0jzIHYW8UUwR"
    "vjDK/B3ePLxZFVdmiZQVO5IeftBJUb4YZIKLArwK5U3c8GdqWJWudhV/BKlJUsvr8nUDtu"
    "pXPG4/eTUYmOv/3Zz4h9u4lAZOZYYoI1JFo6Z2dciJ+lIH4WRXxOvljIGuAPCR0O6da+nP"
    "U9xfiDOMuGQOxC+ZmB85WmKVhUE2y1oFwE6ikR3BfW7sZyWIf8ajS6Cb0KrgYRe2z4cHvV"
    "J+jb2JNBshky0wJbiSKac01fCbTagL24+6q1irln4W0lOskBF7uqqTjjgm8NyWuPwE4kH9"
    "Xu9e1geInE2UpWH9Xew/1kdNsfE9Hxt0GPjJIsw9RWxCEjvsuz7Pz4jI/Kxw7Hk/Kxk/ig"
    "0I/CajO1JVaFZ6wbTlpGWG2JPk1M7nAkx4f9ujedk9NPpxcfz089r8a7kubMJHAXPGlGa1"
    "laWmuhiPSZO3uqu7qlzgRXLLE6yKrbDSa3vmBE56o1UMKTrlnrHeGyYfpCJ6orVpKo7/ro"
    "9cgUlWXr09GZK8TKF75bminuCNJnOtO9qOB/08nqupqmCoGEhrsEmuols2J3WUC7cqfrk9"
    "l4EkmruMZ02ViSr5ZkalDsCNiYzHXtTFXXNSarU+0H8VWWqvai4NkTXuGdrQf3tTigcw9M"
    "vKrRWssU0Ai8GPwOhmxc3bI6jheEP1VNMA2uR68lyq4wxfqy1ASsnP1rWimta9KDZcF6XA"
    "iUQaAMAmVVD5lAoKyJWucJlEHJ4H7DCYZiPWXB1x1fuzDkBQ+4F8nYXsShNUXTYjgufBED"
    "X/qAoQI/QpQlWNDtTQbf+pdoI/2o3j/c3/WH1/3rS2RYxhqTb5zlCQoUn3Xv1nRaeqbge0"
    "Qsl0JKZs2HkT77wLP6yahErO3P2GBvKgrz4O1L1g/yk84F125+kbKbX+QuAHe8/12Z4SY7"
    "/ll4J16Xv2wGCF+hvKjjhWYZu7LBv7nz1BWota7NLGnnSOhmlrqCBFHQTDy5bOLVEcjxSi"
    "LmmhXkVxM7dffwldPS43ozXZ3iV3vt6BHI5GC19AgneiSzwMHkEi4muNVFkrZaEfDNV2Rn"
    "D7ybWq9oMw+y52nT05XwDE03PTjsQUjBItlGWD3Kd50OGGhgoIGLLAUXCQx0E7UODPTxGW"
    "iiCaKsTF0AAiLl6ABAv7Y2HQA2Bkrm0vCQGFSGZ7Q1grSTpuO5ruVovR8TBTUUVaDvQxtX"
    "SeYa/fvQZBVTB2+Zfmwxsiv14ztPAQDn7fFeEWhDW20I1jGxdsaD3iStA8JxubaqUCCQRH"
    "8sgiiwOzL4ofDemUwPhTdsSBMEkgZImqq760DSNFHrPCSNRF4AWUgad3zt0thOeRia02SC"
    "5jTGzwD/tV/+a60psvTKRpijsYAnXWa8W7fdm5tLtBIV5VH9Mh71+uM/Lmk8TML6q33l4e"
    "7qYXPJWk8tcu22O/7an9zddGmLgZWoL7G5VsR83QU6XB1mUhrMxPrLSJauYzVJbQl7TkDm"
    "gDmdveEf+2ImIz0ceFo4JHdwiKXPYtMkX56JGA7KADNcCDMMjR/2Ti/QNcle6VmAutnMUl"
    "eQIC8MumMUjtXhiL1KwrNpj2GIzGO5c3XHAAqUiwL1U6EZDGgoTzqZAH0JDSuU//wzVIJt"
    "+9J/AScKnCiwY8CJgtYPofXyc6LH1iuwopVmRSErsATcT8JZWtkMuIggpKQVlZIWtMF3zJ"
    "cK9l2qmCp4c6YiyzDrsTGhTEBpuaM/fE/nqBHYe3WGewSfJ01nHgDtfdZOc4Ul4g4p2pMg"
    "BUdDRhB4v+D9VtwPAu+3iVrn8X7BQYPGYdVFdy3qOIevFRLL5WmVLPpSCkdrg2oBblbQWq"
    "2WHni9rNACDPlY5A7Q8OHmhs/JkhayMiNT7RqbrRveR+0nVBWM9umMulk2DF80kICz3RVV"
    "AoM5Gpc4qkbafI51PEOyikTkl7iwmpPwiDBju2t/QQSKaCDAW5pXVRtc3AY5O+DiNlHrPC"
    "6us1Fn9xJCchCQybj5QquGEqghzV3z7Zcd/bX6tdpsR/210FawvUMDtMHYUxuMZKd4n96M"
    "u8BZfRj9tb/dmwk8cnuNq/3d8n9YsEO+LktYWMlqi47HP9Y0D8Q+bc2Zwvltzve4y7BlDy"
    "Z3a//HXueB6SMBY+fbdvkCcJnAZarWJldR4xlcpiZqHaKC2Yqiuc786KSc+dGJn/kRvLMY"
    "zBPyLmTDHBE7YHV0a7/mIfOZ6f8+CT0usfRM75G5GQ2/uMOjOZtw2JB92BCFjly4JleIvU"
    "YuleSoIQPT+xFMsuazPAkRMXgSMj8JvjMQf69jSV6JShIrFpCLvtU3gu+dCSobK2Mp4brf"
    "G9x2b96cnLY7NuYEcXnjnQYrI6D/xbY9pOD+F26yamZqMSIIaSB56V0oeSgbtQslD60M1C"
    "NXyQNryykA3vql3kTRjWyzOyQ7Qf8XNuKhtfks6rK4czehb5tZ6gTSPuMDLlyM+EAAye3x"
    "gefAYKi7AYYdGPaKc63AsDdR6zwMu7G0spACzvDaVYWc87QcPU9uOXoeazla/tDF3ijEAw"
    "QuNuyfuNIslnfJQRz6ojtzh2XbrYA8rBx5KJrky6eWyWrcl9JBJSQFTVTSYxM5mqhAlK5k"
    "UTpIoS4XwQu5u8Xm7kJDm8I6KiuyumsbXLuh8g2Zp65I0X7KRQBFmyrXGaejNFauDFL7ZL"
    "Q3GxX7XLnNDpbMZsvqM1ZNGvIxvMEF91UOEOV+/2YovS2N6dIGlrtBfCew3E3UOg/LTTS1"
    "EFXGdpu41wYkDucuftjvhts5Of10evHx/NTbZ70radtrPNOKKAbrDinAiWdQBACNAurYEZ"
    "l5jbAc8Bq5cwc96y2zCqKSoISiyKWAcb0juVS/NKJ2hFwKbwTbUwdDp83siG7ogJua4ht9"
    "yvPTdyvtGa/wzplxtv9768xVI+DDYTFF0SQbiB3R6noT1QmqvRMv3vpKImCCC5CbiBFWQS"
    "nILwTmBZiXivvgwLw0Ues8zMtSZtEufAkUrmyZq/lb3etfH+4nl0ic/Z9lmI/quH/fH9Nc"
    "CofxoFdu+t17+4qCRYNcue5fP/SIzAzTiLAtMxn1vtoy9A1JRnRvu1+IyExckfdzi28V7T"
    "n5wqHEqOFritmpNF8O+J8kQi0ztnFBADcOrmiw+lskZy/6EpCNy5ONS+x3TReId6xnps9i"
    "olD/nJfD1DHtHO28SPmXekBoX6s95uIcaLFf8Kz1i+SlfhE/RsN2YHN0D/WkgB8uih/2sj"
    "p25C/rlgzXjre09FZfmbpZBkg5Br8UpuySyaVNtp8YHr21Rf+DKpsG0uZIVJE9A6JpcGhB"
    "bpx23n+j6cgUl1hFc11bvUUa+cyGEenaS7x7/86zAZVV4i2oDVRWg0gNoLKaqHUeKuu7Ja"
    "qmbDLq4BI326BInQy/wnxzWiOVyV/xBA7omQdzl/bvtBRP3FFjJLPPEhCq08o9/JET4C+W"
    "xF9UnAqVHd3FOlYFtSMuY+Dh5zpkAvzwXfxwGv4ZD3qTYznibm89e2W3GL54eEA7zR33mt"
    "hp3tiDnTDBPgKiHfK1qHxBJ05IFtHoyiOu9/Ml/o+InUxiLOT1+pBfSJQtP9PDCXf9SiAz"
    "gMyo1h5fUbcWyIwmap2HzFCt1XTzfub1vH2J2nX/6lzwxMQvkkPiF/E4YeU6x6yxOiOQCW"
    "vx1U3OzZIHddcfXg+GX4S77h+3/eHkEkXme1TvuoNrclmUZ49qbzT8PBjf0g4zRDNzWV9h"
    "cvVu0PtK5iCDZGlJZKlM72vflpKWdMT9L4O7O3rBMX5oLtXN4Ft/TK959ol39Q/hc3dwE/"
    "jsVZiLsoLtO7i9u+lPNnewWlNbnF7tDnv9G1tCoqpRlHytbzo8/eQ6yf3kOrF+cuTmDeYx"
    "LcnFYb4EJAVFiZnqNDU72C5YcE8zw5qamrnpoBexKtLa8wXFoDUfDoIfb81n74L2JkubGm"
    "ZFOiYMeG/BO8+ChtWceTWvMEEqIW18y1r2RWuXunnOk812npzNdr4NcCFrz9ok+dpBf9Lh"
    "wZ6MSo7KdZLRJ14bpdHiyCe3/mTJQgPQkO9dRANQHa9EnRHbSMundSVq9xCccaWOn6Wkjp"
    "/FU8f92lAaTMjrMMdnKbN93nJqhITRUBiNr/tjr1hIILdsB07cGiE6xPOoN+VCdEzQRz+6"
    "Z7pxlIXsZRYxwVxKK1vufwjtU55H5jT5iYkbSTome+6Msq55mp8zpI9jlu6LJyjaJpVEXZ"
    "ezEaUBkfot6OJLKmhwmJJ9QnZKmiEKiG9HnFKwOcI9AbECYj0lw7y6oZ14RM9j1PNEciOy"
    "oOkyazqQApJRz2FJ0HKZtRzKu8mo56gsaLrMmvYikbl27rAsaLrUmnajy3k0HZEFTZda0+"
    "E0Uf7kxoggFALkrsJ40jVrnRn/oBSAnxv8SFY2P/4RQVBBbhXQdCqylNeanEMNDGHo0ZJX"
    "EzpeK6Jkd78UtHlmXTDFQRs7VOeFKxwyleiFRWF7KqpOz37vxrWRr1DviztZxTTBW1QWNF"
    "K2l+q5r9QC0L0NTFVTbCMGSELNHsvWLwDfBwOXKGRdOLYR54YDW3/HLQDd+9BkNcU49o7i"
    "QDlo7RWA85093Z1WSaOEF2eGhRxCmtwHGj7c3LRSTMECd2SvSreeaDNt4AS8k+upmXrY8Z"
    "SBmiogtGrx8+442fj0n2t8cAUcPrsdo00q0o4oje1JavSsZerzEEyjnGo/BNnEq2Q8Ryqe"
    "aOQP/o1sQGcdOJPWCOAMvTECexWjMUZ4J9vWpBI/8x560hrZLSLxOthU8h8GWsjUpnu9RC"
    "8LDb0RVbu95MtClhZI1xT8Fs3kGfm/aLbJn1hFdMTL4jXesXIP80MPyxLTLW0EbR+a0wAA"
    "2j40UeuMaHSG41jYuq7CESylSc2n3Z2FtM4PbIwjYvXLYC6+5IQs8Ow4h4QA5e0o22dzsB"
    "HeXpLlCZd562j1Hu4no1tageUS0o9q9/p2MKQHOq1k9VElHxJ8aPmVGw54VL+MRw93wk2/"
    "a9dubUIwCnlnUOne6GE8sCfULFoGQnuKjJ0rm8KQR/X+j/tJ//YSGa+G41wdv0ksnOFSho"
    "g0nFUUbEjCVXD6MaXg9GO84JS6QXF8kyut3fFQXR0ycYuort6wIll3m6AUJF0UlXThtWs9"
    "cBCqbMrgjUIFV2GZDtUJJL0k8ZVeSsw2vtJLxOHjK6UFlpaaZV7aDCEyF9gzqtBafDWQRl"
    "YOm4rkF2WwjH+G0i7kGV6tNZP26RKW+LX1V4SETGh261TUE0WKM7tROBWD/raV2+LaQHQ2"
    "iPICorOJWuchOqG/7V6pIehvu6W/bWn7yELjU2h8WqqCzt1aReZCOiYMeG/BGxqf7hNdaI"
    "JX+SZ4Mf4go6/Bkq+hx1FdDyPuWEIbrXrrF1p0NEvT0MH0MGlS0Pe69JHZaBAlwyPBEC2z"
    "GZrzqTjhSk04SUlNOImnJuiY/FLDFBaiscgCeVSuhnif8xjs58kG+3nMYNdlY+ls3Jl2oK"
    "hcOXYf+n212X2gY9bR89CgM0oZk3SgvQS0lygPxrztJXiK8G2+78Dl91XBncUz7gjVnU+d"
    "1gWkvSfV2bX4STl1bqH+tpQ6l9rdmlGXDAjU2Zb45d1GkH7WnEQkSD9rotZ50s/WumaHKb"
    "OeqBiVqyGV0+Gizjop1FknTp09i7pMO/VlxTsqV7saqr2gbSytLCA7w2u4lounJb9bZDnK"
    "JoNyT7TSgiJ14loKO+ud/C4z1wnZYUFIY8LBZQ1JYgc+iRASd/ecuDtXRGMhGKKCM5PeMV"
    "Eogc8beoCq4COC79rDWeEPy4ECoCy7rGXZjNVeAL7f/Jlqimz4CecIqPmvxALw/Uwnu3fm"
    "qtZblBfgmAmxQ09rUVE0yY4B7Rgo6noT1Whp7zVW1BN1ZqtY+3o7LULkNkEQJHcoBIkgSA"
    "RBooqHCyBI1ESt8wSJTG2JM5UbeAK161BQPJFeqiqDcpqkB0vo9fBcEWtEY535wKGLgGw5"
    "cq5rVfEBJ483ptjtmNn1JdMrHMfbbE1AmUMZSW9IxS82FZ/JfR++lqRkO04RpSRMZOEIzX"
    "0eoclDfxdw/B6la+t2+t6+ae+kCokglpz0954KJf5sudy6G/qLtgcGWhxo8Wo97hUlSIEW"
    "b6LWeWhxSIEuPgXafqdmJnx8oTqBCil19VdAWhMFxwLc0S1z8zkqpgJur9d/9iGPrkhgU/"
    "Lojnx0jJ9jx/DhQgl4yU7cWtdW5BZCqX+QxgT+GvhrVbfcwV9rotZ5/LWsNde1rbU+6XA1"
    "heykNIXsxMr+8tStQskq/QqucyRMYucaOTaskGAN96vq7k/x1xJWZ3lUHBADBZdawcAYFs"
    "8YGprC8KCS02Gc4YfD8kNFgFxjXfByCBR5JTM2ouRsL6bw4UA+qQjI1T9Bp8U+2KaxB+oc"
    "PTWvZJk0ELxojAJSghfAtBfLtJejA3TJtpqCs055Mvb87rg75u2FuvHWA/aIq6OZ4o4Yeb"
    "Gcf9PJarQD7DXDMYJaWozMw5U/UCZ892S2hctaD6psGkhErmOAFsT5MpCsIm2NyR+6fQgx"
    "2vRUR9qcDKVfgd6YC4yIR/HOE5Q0SzWx/vZ91Obb13cwczLD4UIvMR1SM0tjkbQh1NegoA"
    "+E+pqo9VqlZlaFHISjro5OcRy962dz1ZBCdByte1zZtMHrjKe3jytJCWhVweWqAT1O1qZ7"
    "lBPDHw2c8pTiiAYGQaImeG/gvVXcjgfvrYla5/He1rr2LDP7SaceSOTJ1PAEgeJPt9fxHN"
    "MzFzKlxIaEoLlfBOR4cz93VQrkO1VDtBuzMb237QubMUUuBZQsmBTNTL7gyky+SMlMvogq"
    "QVxRZp/xAklLTfaFIDcZRzcZOPDlsAe+EK/WtBjBVL5sMV/6gFlia6zOKF7Z4G7d9YfXg+"
    "GXS+TIP6q97t3kYdy/vkSSuDYtHc9odljvZjCk18jTSIPx5Nq4//lheE2vkZeURW5tFo0V"
    "cm1A5zz7T9Q2Cmw/57Gnw7lrIdc2xJA+zn60L6K66M3IVX4+uBnSAHca3GvxVbB0xmFqKQ"
    "aNL1K7yqozrlMsz1JOsTyLn2L5XacZr4omZrIbw1KANA/S/m6bnWUKi0Jr4fLwC3FaSRIV"
    "hbLahqBjCcvPOEsFCVsYQsbReOWTrlnrzKHKoBREKYuKUtqoFhA+s7NWv7iTVUwTvEG04B"
    "LMnym8MSV3zIAd25PUCOu9Zr46aDEijD6OWwOMgu6PhTgjxBkhzljxiBPEGZuodZ44IwQG"
    "9s3FiYaW6eAwX6KGQYFzHsbiPJmwOGd1hWlsXOD+odfr923C37AkCeMZjQJ87g5u6KW5KC"
    "tliQB4EdyNZZk3/huShtAvV+h3iTNFJZ3htUts2EvDr+AR5vzeSlAK2h3krQVwfdXMh3KF"
    "5IBfK4pfCyQn78iwBXKhK6YIXnotvAa3Z//bO0YByN5iXVqIqjly56vWRsMLb3CDzXw00T"
    "7ZuSuFTEPPPu2rpv7aYrB0kRHtNLZOl42lMHUFuNi6VtevEn8zfUWWQf4hz97SInFRRXhF"
    "bEY7ecTAM0Q+pxXi3jcg3VJwvPy8mCmBLSzxtt8GtrBBvBGwhU3UOg9baG/mWbxJT2BPzv"
    "rx/MnOGVcbvbOUPnpnsVz5arCFB0pv6nClN3VS0ps6jPQmOFG7XG4jnG3L6dSUuK55TBwR"
    "GvIxNj89nnoQ/Hy7SzMLDoX8A/AowKOouG0JHkUTtc7jURy9dXTpdH2UYIpmmZKW7WiggE"
    "gNExWKb5K+8dQYmQq/3o+Gac4dKz1hJksm+i9yed+9eHn/nFuqXWqNppasmLJqvKff9699"
    "eX8pgFOIQhuaC/Sb2+7vUR30bkZX0Z2KTnBVJlewdKu/mb5g2dRQA2dwZJlT7Uf/OaHRVf"
    "DjdporqNkDBfx8iI5Xf7f8X9daW1Oy0S08i5JgTIfjH2uym1DH1APB+W3O17hLsGUPJjdr"
    "/+cneJngZVZrF6qovwFeZhO1zuNlmtpalrI4N55ADV2b4nOwxSeiqyeCRxaIQ0I1hLn4dm"
    "UeYpk9lqgkuCy5mZKVk0KXWQcRQQgg5tUAhHCPrYHEVizJVFZyH5YjUVn0a2tDZUU91ix2"
    "bVQW2raUx5CN+y+iaeLV2mTQyMkv/4AItGiJ7mWKaJgC1nWNwTpO8I8ETMNSdahES3tI+r"
    "9P0rcs7xm5GQ2/uMOj+xiD+j0OQ+lWQQzUqfZjQB6OFoOnjA9qp7GVvnVHxwuyK8CRkG8f"
    "zubKb05pQzPZWIumRHZlZGqIHu/mDmgjSzVlBRmmOJ8jggfZKRQ8e8JkFCs3v+DZM1KpEa"
    "M3MCGQq9W3CIFcbQ7NBuRqE7XOVRTwnKcMNygFdFRuV3wDo41cDP6UsoyQVA3J1+I5buA8"
    "SsZ5MGzJLG8chjgwH+V5yzCYj6DCpq/ZYyBMeSCBKxkIKd3b5zhZu8dpP9NUhzclc9Fd03"
    "FN5O7RUcGngDd7MbIDbO9/Etm7C0C53rWC7HddAa1QtrakGal4opE/Mi523oY05dp6du5H"
    "w07V3Ync/g1PF5q2vMaK/IzZPWaiQ9ppxPbLZjC9aX90oam4f7YMa0qlp5sl4DEDf6Uxy3"
    "7nRhX/MAUnyEUt+V3oZLrpBL4Eq7O1Jnsb1Y5cdWTyyC5oijrBBCjxKlsIbaDEG0SOAiXe"
    "RK1z5Rt7e3mckd3elNiXLjMz27rrjifD/vgSrUXdJHf0qN72Kas3nFyioD90/O7DYfuCly"
    "QPS5VZFaXJUIZQEISCSgD/nkNBK2KVE+crYxPzsFTt+msXv5lMtRmD6UnOyXPH12INHyId"
    "D45R2ByjcN2/GXzrjzdnKdssR1mPUYDs34Kzf3WNnieRA9a4IIAbAxc7j5OMM0EbEQNgo8"
    "BGGc8YtunMAkMcUh/KwybESSQFiwYW7MzsrLqOiIKeS61nWlWS/7lmiIO+S6/vje1M1Dhj"
    "+O2JL0mWaI1ymaC8q+L+pI2gpWdqFh+UqQPmYW/wjKud+VlKO/OzeDtzz1/N8bqIysK7os"
    "zvikgqQgZ2PSxYo5dEkxJeG6uBlKRLd2XHtZE5HdBJieoHZqyWQnhT0SK7wfbUy+NktlYU"
    "Xa7E1uMUvUdXeHJeYPAh2J4XGHwID9iic5NysJe8PCeYASl4lXxftBGk4DUnGQtS8JqodZ"
    "4UvIzcwy60Q+m0egjewb+zDChHxODIOp4j6wxM3j4JyaQJmYueRA3X80nngietonORnFdB"
    "P0vKnct0QEdErBxV/rU6pCPgUWXSTFQOVFO4aiqYMkZ8U/kZZ1RAq9ubDL71L9FG+lG96z"
    "7c08ywtUjPNG/l2cMKzwwLO8T8DmZYDrKvi+ImHVwLYM3u/Jkqpghe1iy8BrOSZrFgGDPb"
    "7MqR/fx1jBUxwQBNro+tB135c58EY5cgLy1aDF7R+aSdRieK/pjSnPjaFFZux2SLZL6NPD"
    "1GRg8xIFJD36VzdsbjH56dpRwafxZLCicPVQaEneE1RPeEy/s+SfG+TxgHxmuqiVnhr2Tf"
    "IyByeLfjOOkUhTkYMZPqkNGyn/8PI4kzNA=="
)
