"""Migration 11_20261203063147_reviews, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "review" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "rating" SMALLINT NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "image_urls" JSON NOT NULL,
    "anonymous" INT NOT NULL,
    "is_default" INT NOT NULL,
    "hidden" INT NOT NULL,
    "hidden_at" TIMESTAMP,
    "reply_text" VARCHAR(500),
    "replied_at" TIMESTAMP,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE,
    "replied_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "order_line_id" BIGINT NOT NULL UNIQUE REFERENCES "order_line" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_review_product_36cb36" ON "review" ("product_id", "hidden", "id");
CREATE INDEX IF NOT EXISTS "idx_review_product_24732f" ON "review" ("product_id", "hidden", "rating", "id");
CREATE INDEX IF NOT EXISTS "idx_review_order_i_17ee83" ON "review" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_review_merchan_55d586" ON "review" ("merchant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_custome_ed0aa6" ON "review" ("customer_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_replied_f3528e" ON "review" ("replied_by_id");
        CREATE TABLE IF NOT EXISTS "review_moderation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "review_id" BIGINT NOT NULL REFERENCES "review" ("id") ON DELETE CASCADE
) /* One moderation step of a review by platform staff (who, when, what, why). */;
CREATE INDEX IF NOT EXISTS "idx_review_mode_review__ed3f2a" ON "review_moderation" ("review_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_mode_actor_i_39f031" ON "review_moderation" ("actor_id");
        ALTER TABLE "catalog_product" ADD "rating_count" INT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "rating_sum" BIGINT NOT NULL DEFAULT 0;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "rating" SMALLINT NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "image_urls" JSONB NOT NULL,
    "anonymous" BOOL NOT NULL,
    "is_default" BOOL NOT NULL,
    "hidden" BOOL NOT NULL,
    "hidden_at" TIMESTAMPTZ,
    "reply_text" VARCHAR(500),
    "replied_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE,
    "replied_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "order_line_id" BIGINT NOT NULL UNIQUE REFERENCES "order_line" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_review_product_36cb36" ON "review" ("product_id", "hidden", "id");
CREATE INDEX IF NOT EXISTS "idx_review_product_24732f" ON "review" ("product_id", "hidden", "rating", "id");
CREATE INDEX IF NOT EXISTS "idx_review_order_i_17ee83" ON "review" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_review_merchan_55d586" ON "review" ("merchant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_custome_ed0aa6" ON "review" ("customer_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_replied_f3528e" ON "review" ("replied_by_id");
        CREATE TABLE IF NOT EXISTS "review_moderation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "actor_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "review_id" BIGINT NOT NULL REFERENCES "review" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_review_mode_review__ed3f2a" ON "review_moderation" ("review_id", "id");
CREATE INDEX IF NOT EXISTS "idx_review_mode_actor_i_39f031" ON "review_moderation" ("actor_id");
COMMENT ON TABLE "review_moderation" IS 'One moderation step of a review by platform staff (who, when, what, why).';
        ALTER TABLE "catalog_product" ADD "rating_sum" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "rating_count" INT NOT NULL DEFAULT 0;
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
ALTER TABLE "catalog_product" DROP COLUMN "rating_count";
        ALTER TABLE "catalog_product" DROP COLUMN "rating_sum";
        DROP TABLE IF EXISTS "review_moderation";
        DROP TABLE IF EXISTS "review";
""",
    "postgres": """
ALTER TABLE "catalog_product" DROP COLUMN "rating_sum";
        ALTER TABLE "catalog_product" DROP COLUMN "rating_count";
        DROP TABLE IF EXISTS "review_moderation";
        DROP TABLE IF EXISTS "review";
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
    "eJztfW1z4kiy9V+p4Mu4n6AdY7rt8fVsbAS26V52sPFi3DNzxxuyLBVGayExkrCb2Dv//a"
    "kqvb9BlRAgiYzY7ekWlSU4WSplnszK/G9rZqpYt4+7C2fadRw8mzutC/TfliHPMPlL1sdt"
    "1JLn8/BDesGRn3U2XlYUc2E4kkwEJDki8Ww7lqzQySeybmNyScW2YmlzRzMNKjk0MJLVmU"
    "ZkVGRrL8ZHzUCmhSz8olFZOg55M7aRbCNnisn/LdNxdExGzfDsGVs20pxjekPVVIiUZryU"
    "PPej8WjcY4yenixsm/obuXzs/Wj72Bd5ejpGv+C5g8ht6FSqTACSbYxsk/xbdhAmckvUve"
    "ujuWUq2LaRO8OjQYfbBHz/69g/I8t8t5Gpq9iiwu6Mumm8YNtB75qhmu9ItjCZaWFglf34"
    "haH9ucCSY75gMtgiEPzxb3KZjMXfsU3/+d/WRMO6yv7ewjNZ06ncKxlB/6tYWCZQEQW2qB"
    "z+Pic/1iYg2f5U3vowFrpO1b+cM+232GACKPvHX20Uu42sqnSa7d2gpFnpwPmrxCaOPQwa"
    "A4ddl3zZS+2lbzhf2Fi67J4lxdQXMyMcP186U9MIBDSDPRAv2MAW/bbkmmMt6ANBv5X3HP"
    "nPiKvIcIirwYiMiifyQnfC30S+QHitJUm3w7F03xtLUiv1yPkSkSfFu6QQyAgc5KvaDIAX"
    "+hU+/k+n8+nTT50fP52dn37+6afT8x/PyVj2fdMf/fSX+2VCtNypGGb9r/3bMf1CJtkT3I"
    "2DXviLyZBnRQqVGqIf0W5KC9fkE0eb4Ww9xCUT+lA90WP/L0nt+LpYpR7/QqifcJfbgYJW"
    "YD3u3/Tux92bOzr9zLb/1Ble3XGPftJhV5eJq0dnH+LKCSZBv/bH/0D0n+h/h7c9BqdpOy"
    "8Wu2M4bvy/9OFskbeAKRnmu0Qe/Qgm/mX/EnuOfTX7e1BcwVdT2eoZixlTcJ/8eNlQcErR"
    "vmxCxQSq6ii1dd//eiv1by/Yi0jSyPtk1Pvavx/3RhfeCwlbyTdYznM5k79LOjZenCn558"
    "nZimXwrTu6+kd3dHSSVO2t90mHffRXTBUEZQcX1UUgvDtltObYUClgghq5691e92+/XiBP"
    "/tH40u0Petf0HpqOVfLGf7i66vWu6SV7oSgYq1itho6Cd3daR9mbYSBQ5YeE/9UUg7dz+p"
    "kDXzIqF2D2WRzhiNnCi3FEpIEon/GAfJaP8RmDmFpZk9fIm55eeJaV13fZUqXUJ2bHzBub"
    "/mjWmSWvyIb8woCjv5B+f8+zuTIXlsZM5JTT43/E5fAokcFrfZ0u8T7ejY8THWMHeZJtZL"
    "LPZV1fonfTIu+yFzQhTopJnJcZthRi+me4NptNJego+LISsWzBwgYL+3As7Bb5gerQ0Jfe"
    "wqiJxe2t4ZUG92KuFtR6XBK0XhWtZ/hZ3rePvOMiW7nQlpsQXL/3ZujZW5aVUfMOd9/Ic2"
    "djSxj9iFAh5A/1tZeyNtNPQloRX0wLEx/9F7xMuboJ8D2L8SYyVb0egb/8heZfDb+iJb8H"
    "llry6ScQkB+OHQYC+Q7o9mEwcO07XlM+/kCklTA08Ngkf3Cq4MGbpFbPAS/6kac/hvxV9/"
    "6qe91LAL+RX+Qv5XtHnkxaGd5RfECbx0cKFo8dyKx3lRD90T/YyIvBTLU5MicIfydSxLuJ"
    "ejRt9K45UxYesUwdsyjOEk1NXaV/s3CG81Ty5OBOVeN5AncKDOttGNbgTh2i1nncKfZOSC"
    "v8n/fD22xlBwJJPWuKg/4P6ZpdyJznCpP8bbIwFJbz8LzQdEcz7GN6v78Lxk3KCE9SgGIq"
    "9mnio5vub0kG+WowvEzqjk5wmfCs9urbVu6hA+e26UZI5Zzbqj0DZXi32T4WOLd1dG7vZM"
    "sxsoN+/kdtHod2Hhm8zpPNx2u91wgOHjh49dpxa2rqg4N3iFrncfDYf1P6zk8B8sc3MP/n"
    "pPMjTxZb58f8NDb6mVAKUCQ/FC8zHO1LT+rLLyOss3z+fCvKe8UTy7eGqsizpmKL9R0/T0"
    "3zVcKGOjeZ5EaA/epO1/NmaxJq20wti6yzfEPTW4Xctqb06gnwJJnRAyZk/DGiezLSHBvd"
    "/6P7sXN6hlSNHR/RbGQ7xBFUf2aRDRsTw8S9OjXfDWQSbwTJDmLmCpk2M/2s9JuwIzbeFE"
    "eG6SDZejGNzgf0jBWZeAn0bjY78kJGfHzWHGTJhmrOvJltpEyx8opVMrN30MbCZBXazsWj"
    "ISNbN9/RVLan9OiNgxUynlz5iA3HMudLNJdt+920VLuN6K29mekdi0R4fKVBgAfsf7D/q2"
    "8Jgv1/iFrnsf/Jxj3Rvot4AKFEOT7AfjfcLR9jIS9Yib6URQCOyjTQzSrnmEVOXEwoVpmU"
    "g5Bl6SFLYqcSfN0bCWgmIQaKKV0xFn4zXwu97eOSJbztq5kyWsOXe9qmi/hpKS2v8qficp"
    "AvUFbYOhJY2zBqHYnn1UwRvHHT+BrcPGZdHgE2whPyjE7HZBs0WhkUWOzzNg8JZrkSkhOI"
    "cNWV0Wx7gVXkSSMmjY4oVfX09B9He3r60PZLtUzkmUZTfycuV+XVitEcRKfFhmqjiWXOsk"
    "vMlH8bSoV1ExNqNs1aVhlvduF/Rk94zmTrldaoIXejA8iL5+kJyYbqfi+3qI2Bvzssr9m9"
    "86PhfpFjdEdmIbYEnUd253fvJr+QpYdmWDbY1DqWyTvtgs31PjX14JeQb+W98IrwZO4kZd"
    "aC8bMJgHar5buhDbTbAREwQLsdotZ5aDfy2hShhLzhjSPcPnU4uKBPnVwuiH4U92u9N64A"
    "tqFEA8m28gEmRodGnoMC+1VcsoH7VX33p4zXkl3snWQDM1QL/QL/dwharsZxlX2/EavA/G"
    "WfkxCm/YqelKjGM1XyWYmdEX6sFkDfeNMc2fvlKc4vOaTNQ/uxegGSFpfiSYALRZBjov+Y"
    "moHk4Ej/DzQvjUzcRuQ+eE5rQz8vGbPFxDB2j/xT/o5xYZnZb+XegfJ9LI2Ojkmk0XlcYU"
    "ACujl1lF+k/5Kzk+HaSNdeMZJZmt6j8YqXH2iiHvZLXUa//xxbwTdnvCErFXnhDmHEIOMC"
    "LTzXZQUHlbY3KHrQ9stRlkj8uciq0vNyU/ovWb7aU2EJMwOxCMRivV5MNaWYgFg8RK3zEI"
    "tQN3nbdZOhJEaF0piY1SicYRmXahyrXn6GJZC+RVZ8xd8daZMhcAXE9ZwQBVqwFnp2Xb6U"
    "qle5ZmlZKJUr5qhF3OKYTy+khpQoaKGoFqCsVtXIcqju1BIgzbmqO2VvO7uLSFRsp+HFNr"
    "XN5lSGznm7Ar5r8E1bEyWU3i4v8MPAz4j2+EpZH+Lx435QRwt4d+Dd687AAu9+iFqvA+9e"
    "IfpxK6y7X79GmOtNCTYyznHKhfjpCsRPU5nU5MaSaHm4mNAOO6RuK56xpQpxMW/MlohdqL"
    "1l4HxpmjqWjRxbLSqXgPqZCG4La39j2S3HejkcDmKvgst+wh67fbi57BH0GfZkkObk8D1z"
    "XXYmpjWTaGAue3GvbwOcmmSHi90wDSy44Fu35LVHYCeSj0b3+ob2aZbVGe3SfPVwPx7e9E"
    "ZEdPStf0VGKQvbMWfYkojv8qZ5P37vBw/coN0btmwvUy6utlyfJiW3O57ux+26N52Tzz99"
    "Pv909jnwaoIrq5yZHPot38OOZo1HzilvWH0xeUq6Zm/gPIYjmwoK0xE3RC0jz7QZzFAMN3"
    "pkGzATw2yuKa+LuVRGYdQ7NtVd04qiRtEiHgF5I2wGkx9bGNK5Gg2U9GKZi/mGcDGYvtKJ"
    "moqVPHHIopJ1bEuKbGdliYng1Q1muyKTNRUzRbY23a6uyBQN3dQnukzMrT8XpiNvCNIXOt"
    "M9WU3/opM1dTU96wQSmuEo0cLHGnkQZ7Ka5VkLIHfpz9kjU/LUVq/jQksBB5itxczS7Fdy"
    "a0WzN7dRR2Sua2+qpj6c7GTXxDLpyTfs0KNX5D1JDKiXTVfbfTDxvTfvFZu2oetOM57N7x"
    "LBxzDfday+4Bne2OT3bdk+nbvv4FlDsbPwm4bfN6Yu6CRNfUxdiCR6HnLj9wA3UvVdSxL9"
    "qVaAw6ZY3cRmawhqQjk6Ed/AXBBTJOPcvA+r32eQw0cIp2oIpvE3q9d4flOY/NfAvT9hQ8"
    "ASzPsKskYzcr+iGaX5+V/RFFbI/YLcL8j9qnsWEOR+HaLWeXK/oIfidjNkbH3xIoKvP75x"
    "mXXnPOCe52N7nobWkZ1Fho/HlwQTSu8w+yVMehLJf+lejfvfehfIlX407h/u73q3173rC2"
    "QvbFo1CKtF8lzKbxnkN7lcWEL5pAmxQgqpmDUfR/r0R57VT0blYs0+ywbbrSpVBO9QsnmQ"
    "n3TOuXbz8xW7+Xnhjrie979pcPCQHX8R5pfX5a+aAcKP0z4zimqJGoEDT83FxpkMv/rzNB"
    "WouWWqC2XjtCt3lqaCBClXkEa0zTQi+pqXvHO3m2cU0dm67mRNxcyeavMSQsf33jRNh0l6"
    "lh1lunGugjfbJZ2sqZC5GQqag2d7SEuoJWK+O0l+tfaGN0/A+tWd79qdrrEZWJDNsXG4XT"
    "A0Gj0bkBEdTRwdyA+QRo8rcAVJW12kmLMZAd9ZIpaP/vF5sUTuPIjN00bmu+EWI6e1x9kg"
    "2tqP2IoZRc43nk6wQrgrWXL17khOHRTvhkAyBJKrH1KEQPIhah0CyfsPJBNN0FdjGuL84t"
    "0RkWqU76a3bUz57tAkErIwYmJQdlPQ1sg8kCGqgpQoqEFIDamIaJZW0ioRLh95H5usZurI"
    "c3DbiSqSqcW4vgaqu4WUAHDDO7LFttoYrCNi7Yz6V+NVtTn3G/ypI6MFx6F3SWZFdsfMnn"
    "7RvTOfyopv2JDtDyQNkDR1d9eBpDlErfOQNIqZVVAin6TxxzcuG/0zD0PzOZ+g+ZziZ4D/"
    "2i7/NTd1TcloSsBZ8jKQrjLerZvuYHCBZrKuPxpfR8Or3uj3Cxq7U7C1ZFce7i4f3EuL+f"
    "OCXLvpjn7pje8GXVr8ciZbr9hhrYCTIUMevXW4ah+vKH2cqnysLCwLG3lqy9lzIjI7PJpx"
    "dfv7tpjJRHVRDpA/5dcWTZ2C8aqGiBDDURlghkthhgudEoCyhyL0Al2T2StdBKiBO0tTQY"
    "JEZagNWTpWuyP2agmPW+iQpalvBlJQ57BBFGiWrbL3ymm1WWbbJJDDk00Z/HHs2FM+ffwe"
    "G1Yqe/xHrA4NYyL+DYwyMMrALQKjDFrfhdarzyjvW6/AKdeaU4acygowZ9DOfO/G3IqEPm"
    "hn3lrhn7WLtDPnYYZtx1ReN/ePldcGgb1VZ/iK4PNiWstWhi8cfNZe5QorxB3SzRdJiY7e"
    "Zj5V7CzdnDjicI6uxntwGxzqA3KtwKE+RK3zONTg80FB1vqiG5ohQuZCTKyQ81axcFglfD"
    "cX1RI8t6gBXC898DpusQUYc9vIN0C3D4MBn9+mTDVdtfCG3VSah3d8k9hxxcG6YLRN/9ZP"
    "e8pwbyMZUeu9Wz0ymKPqjadqZE4m2MIq0gwko/DMUVZlGx6RzHDxPFwQkVNNyZgxVKBp2h"
    "uwDZ7zAflQ4DkfotZ5PGdv/xd3PmJyEDoS3HyhJEcF1LDKCwzNog3dwObV+G4n3cDYVrC+"
    "EgeUO9lSuZN8X3ubTpK/wLNqg4Zrf72TFHnkdhcBjDQ0sjQFSzPNKLNYZyK07d2txBv4cV"
    "PwxGr7FmqDJ3ZANjl4YoeodYhhip2p5+r81lnR+a2T7vwW/WYpmMfkXZgNc0Jsh4frW9u1"
    "OjOfmd5v49jjkspPDR6ZwfD2qz88mbQKLSdZy0kKHblwTa4QM5BcqkjDSRvT7yM5ZM2LPA"
    "kJMXgShJ+E0MdIv9exos1kPY9si8gl3+qu4LE3QW0je1lKuO5d9W+6g6OTz+0Ow5wgrrlO"
    "b/RoCJRPWbeHlFw+hQBB7i0FvbLiMOf6hkmx3dGVP24LZddL7Jx8/unz+aezz4FzGFxZ5R"
    "OmyWAPIXsxE/O643KNwXXHVHyUTBGCPyEIuVhFNQBHmaoWCIGjTC0Bop7rKFPWllMCvM3L"
    "f0uim9hmN8g4hKpY2YjH1uabbGnyxjXWvrmzNBUkaEi486xMf0VlBBwji219wPEtMnh3Rw"
    "7DYDnE62ppLLUhXndAkRuI1x2i1nnidfbrQoRi9IY37kTcGU/967P8+tdnqfrX1Q+Ebi0g"
    "sYMwqBtLkGfZ3C1HGCIU3TgSUbXdCkIRtQtFyA65+fPCyaqLuqIgVUwKalKtjnQWqEkFMf"
    "+KxfzhnEe1eHU4YFDuAQMe1hfqg3GV99c1Y9Mq46y6/4DM01Sk8He3GnsZYHUnDrZYIfwr"
    "2cacqNUkhJMIdllOGYDRtghNXlx7aY1QG6S2GVpwd/eMwEKw7eeHFTTjDRsODU/aweCSa/"
    "tHIhZhD4GVtRqCYRBwqK0V2YaAwwFRzxBwOESt8wQciKaIzZmx3ebutRGJxuSElpdri21s"
    "efwMbwJzRAQATQLqWSfCFFNcDiimwtmzMWNPSAVJSVBCWTxfxGTfkOdrXiJdO8HzxTeC9c"
    "mzsT5qG6Iba93WUHyTT3lxJnVmvuEZ3jg3lHnVN95cDQI+HqHUdVNhQGzKEwYTNQmqrdM5"
    "wfrKo3WiC5Cb3pFmUakd1quh9wYup66WQhu4nAPy6oHLOUSt83A5r1oWkcOXHePLVrnwS6"
    "t7/c+H+/EFktX/LGzn0Rj17nsjmijjcSj0yqDXvWdXdCzb5Mp17/rhisiomIb7mcx4ePUL"
    "k6HvPTKie9P9SkRUeUbe+I/Gr6P+uCcNv3y5QO+W5mDJnExafGtry/k2HvVGDWxHFqfsQj"
    "ngmfKIO2Fs04IAbhpc2c4qkJSfsBpKQAI2TwI28RNMSyJeuCVM06VEodJAUa7UwrRRgvd6"
    "5V/qEaFtrfaU47OjxX7Os9bP85f6ebprlO+sCi3yqBTw0GXx0EFOyoY8adPyH9vpUsvB6q"
    "tSleUI+ZfBY8WpwXwSy03wlOOj13akeTA0x0bmBMkGYjMgmsSHpuSL00YzR6aFHPkVG2hi"
    "mbMPyCSfMRiRZb6nm9VsPJsgZUZn35QxS1RdBhau3vtkG1i4A+JjgIU7RK3zsHB/LmTD0Z"
    "yM85m5m21UpEnWaWkEAj27J+RUBQI7pA+iiVzb96zKZxd9m0bITogINWnl7r5fEzi1FXFq"
    "de8Q0IY+bRNPq7UTfm3k4efq0ARkwSZkAY1cjfpX432xBX6pTbayWxmEQXxAexVnENS0NI"
    "OxO0t3SdTTjHtY5fr02a2atnxTZUGW0Cyg8yO3KpWt8H9Kqo+YPdXm813ekKwu7Y12KC75"
    "li+WuZiXzPLMNeWVTDo3Neh0XGP7oQ1kzwG5/UD2HKLWecgeYzF7du0XXmYilGhc1b7OOU"
    "9iw3l+XsN5Othbu4pPc2yotG3GXF76mdwiKW53vdvr/u1X6a77+03vdnyBEvM9Gnfd/jW5"
    "LGvqo3E1vP3SH93QylBEMxPNmmFy9a5/9QuZgwwixgaRpTJXv/SYlPJKR9z/o393Ry94th"
    "pNkxv0v/VG9FpgTgVXf5e+dPuDyGdLaSJrOmbf4OZu0Bu732A2p74Kvdq9veoNmIRCVaPr"
    "xUpWdXjqQHby60B2UnUgyZe3M5u15Z8kDCUgsyvV3aQ2xQh3tguWXIvQXjw7puNWvkxYFa"
    "vKakbFoKQmjoKfLqnJdkG2ydJipKJIp4QB7zV4F1nQsJqFV/MME6RyTgSsWcuhaOPyb894"
    "UhLP8lMSz9YBLonWms6Tbxz0Jx0e7Mmo/KhlJx994rVRGi2NfH7J3ixZKNwb873LKNxr4Z"
    "lsZcR+ViVF+xKNewhOufL/T1fk/5+m8//Dg8Q02FLUYU7PUmX7vOUd/5KGt9JwdN0bBefA"
    "JPKVWWDJP/5FhwQetXsSjI6J+uh790xdR1kSPyuTEiyktKod4Iih/Znnkfmc/8SkjSQLkz"
    "1XpaxrkaYFGdL7MUu3xROUbZMqsmVpYkRpRKR5C7r8czE0eE7JPkmcks4QBcTXI04p2ALh"
    "nohYCbGeimFe39BOOqIXMOpFIrkJWdB0lTUdyVgR1HNcErRcZS3H0oQE9ZyUBU1XWdNBJL"
    "LQzh2XBU1XWtN+dLmIphOyoOlKazqe1cqf3JgQhIMShU+pBPmwQvhHpQD8wuAnUsn58U8I"
    "ggoKqyCZuy2khgxhKLRTVBMWnuuywkqlSuZEWBeZ4qCNDU4vxg9kCB1hjIvC9lTWOUb23k"
    "1ro9hBxq/+ZDXTBO+hu6iRsv4oo/9KLQHdm8hUDcU2YYDknGnMsvVLwPfBxhUKWZeObcK5"
    "4cA23HFLQPc+NllDMU69ozhQjlp7JeB8x6a7M2tplPDinGEhx5Am3wPdPgwGrRWmYIk7cn"
    "CKuZloZ9rAOXjnnzfP1MOGLSkaqoDYqsVvm+PE8Om9NbjLCTSNXo+RHDR6lhTZLrdtdFMx"
    "c/cqmvGyD8jquF+5CW8bIjVikzQWoTcNv2+MEJ2kSY+dUEGaeEaGn5qbDefQwGOT/MHREC"
    "wyVwMXnmY8m98lzcGzMsDyja8+nbXvTdoQ1ATrHUXsq4xiR3Hra111ZPzG29WrNWS1ifE8"
    "Ws34BxtNNeqHLi/Q+9RER7LB6hq/TzVliixTxx+Qqqnk37LTJn9iA9ER79NlulTyFuYXLM"
    "DkQgLFb+pKOrcRFL85nDIoUPzmELWekZMj0G8sW9d16DFW8HRB+QeUaKMCaVX9m2yME2LN"
    "O8dR/sE7ssDFcY4JAcrrUWZtprIRXn8wNRCu8tbRunq4Hw9v6DlUPyz3aHSvb/q3tGPhTD"
    "MeDfIhwYceQvWDoo/G19Hw4U4a9LrsBKsbiNbJO4NKXw0fRn02obmgh+FoZaWRd8U9Hvdo"
    "3P9+P+7dXCB7aXvu2v5LiUM7sirk5UDbvWhZJq5j959WHLv/lD52T92gNL759Sb88VBjIm"
    "billFjIiAVhHabqBSknpWVehYU9d5xKL5qyuCNxUdXYZX6w0VS//IY0CAxcB0DGqQj8jGg"
    "yhQrr+bCuWCcI3KmODCq0Fxe2sgkKyeb3OQTfSTmWN+xkWvFo4mp6+a7jWgbOd82c7lRm1"
    "Gd9LpXLsRGR09P5APtDbu/yvMEnp4+XNBZ/x9KFfE0TIdV7ERL7LDpbPJtvEZ1tqPpOpLf"
    "ZXoL+mW92/xMZwoKabaRgd/YD9DUC0T/uvTk32U7LLKJnvGEPGX+HOgo9uuDYe1HA0XvhV"
    "RicLKOeXPZtrH64Rh1kU4etGCAOUH2Qpki2bVQkWYjvwgGIiBTSOkPo/MS4/UNUyRRpAwo"
    "vdnMNPAy8jvYRTYd+61hYdM2w8gwvV8Y/rojqlEmT0Vd9fyA5pZJ3wx2UM60HdYi/eBNPR"
    "r3u4PB71LkK7l3CjURhZER4P4P/OCNokdAk1ph4XcfpbhiQrTJK9dha0Ammg6RUOS5s7DI"
    "3QiY9IGl4NEFciR7t6YfkI1sQYaYFlEtWeTkE7LY2Xcil8icU3rRXQPebEe+jhy6/BWTdk"
    "pH/tA2wscvx4jeIcjXcTEa9b483F5TYDJ/RPyXMgW5v8Z7xNgtf4g8JP73oTen3y9YLkde"
    "MNmVJatKwZiizB7JpyeiSVOnRVeP2ZT2MU2+w/Y08ayR+aiSF4671MiPJtusqtE9RNaRSy"
    "u2aQyDfLlHg+w4hi279o8LC3nAX+iv8vtFEjR92D+4wQ3a+50+/OjpKbKFHf/N/QZ/f3p6"
    "NMgu82x+Ryy644ZFNH9q+5jIebUeyLd1CIg2HUIDJCFgDBk66mcyOnogkc5Ov4V/1SvvQ2"
    "aSyeNt4/B2zxQH8kWDRcm6Xfra/JAXoPkjlmWrqXg2Nx1allV6xcvWv1fFbyLEh6tsyd8+"
    "IKJTT1uuDRGdA+L2IaJziFrniehAO4OtcuDQzmB1O4McM91yNGJqLqXAPspuMPBohCasb2"
    "wWocO3UNoRquRDlfwqVf/YrK54IaRTwoD3GryhSv420YWKybWvmJxiHwQ9lSz5Bvor9fVP"
    "0m4p1Fxttn6hntthaRrK3e8mmxSapFQ+gSUZghF4JDJEq2yGFnwqTrgyuE5WZHCdpDO4LE"
    "x+qe1IU9meikCelGsg3mc8BvtZvsF+ljLYLc1+9TZuoR0oKVeN3YferzG7D5RX3Xu6LpTR"
    "q2IuI9Qig1pk1cGYtxYZT8UmN+ktY6PZYq2muuCexTNuCNVdSJ02BaSt5x6zwk15qcd+Va"
    "d1mcc+tbs28TgfkH0UOKArMDLnm2xpXhFNSLKrpZHRRpBkdzjpVpBkd4ha50mym1smC6eK"
    "tglPyjWQcupwUXydFRRfJ03x+W9OUbyTco07ErsVtO3XhQjI3vAGruXy6dM/F2Q5ak5GaC"
    "DXSouKNIkT6px8/unz+aezz4GVFlxZZZylSTfyuxxpbmlKVvbIqkyruCCkW+HosoZkth23"
    "14YE4y0nGE902Z5KtMyvMDmfEoWKJkVDJFDkYY/gRxgoIfjjcqAAqLJR1SobGau9BHy/hT"
    "M1FNn4E84R+AtfiSXg+4VOdu/NVa+3KC/AKRNig0Ytsq6bCotVbdr4IJioQUs7XsYu7K1R"
    "QiuSeKOIpvUkEYoFJtsm5APLX7meu3dCTfYA0XL1iT4kGVHTdKeS/NBpoq0MV/y01UV0LD"
    "IN8j+cKKPURhPTcuvoUOrEZhWFWO2dCSuuxB6wdEGncqasQPw20QUxPMwdCeCVeLtEMs52"
    "bhLrIQZF/WvtaLQhOn1AcUqITh+i1nmi01ACJkoid3hY5E4+jdxJxUEoNpngrj9s7stWma"
    "0nDv/4YXQrdW+vJbccCz1j7iwsQ5INVXLrsviVWqTh7eB3v1iLZJLn6dHo/UYrpH/tXSD8"
    "3a2kR0ff/6N/xw6rT7V50kbkCnVDLZ/gzBL2H2EBnf7rgewrbmEdb45Ho3t3Nxp+oxeJG2"
    "GZb+zar93+mBb8cZfBhVvXlB4edBcB1eVVr//NnUrBGpPq397f9a7Y/Jphz7HiuNV8/uld"
    "tPB/gmv3w4EnzcpE0lpAg+E9KwSkm3ZVKv6wb7fwHdYiKyQ+Q4XPuLbSVZeonu4G3Sv3Gv"
    "MRcvRJX2fXo+6vZKW8a85UteR3o4gGy29hQCuQZqovP84RSuwuyPHjdh2P0vIs6tGLYGeG"
    "xSlX6tXpitSr03TqlTknkKjSc04awPo9JzZBlVHPbLWS1VyF7ELjL8PRzQUiu5AzMa2KNE"
    "gJkC7WJCVTHNIKika23fcR+aoFylFkyTYuU3QrzVMCU1KSZ+YiK9S6MjssS3w/iWLbegeX"
    "nSXmm2dF8U5JA9yQlLfPpDyPWPBaoYnt2knJCntYBcE+59mzz/O37POMDYShRqOAr9SnF+"
    "cK82cA/Nfj7/MsBSj5hCjURqsOBZ+OvPjMWAE9J0RBz1XWc0B2FlB0UhY0XWVN+2x1oSc6"
    "Jgp6rrKe3RhEkUSJqCDouNI6hlJp+ybsEsl0/CpICIIK4ChWHcHPTLwUUkTeDBBEgNNZ1T"
    "qdlX2CyN/IS0S4weAmXnsc+ELZS15sxctepvbePWwTFduyecHOe21tcB4OTnbtscpjBnJr"
    "Dy6tr/uYOLzEXwGy9eCfI6KnjdzG0KwtumYgmZ1E+pmdOXLDGFhFL6ap2m230bzHyNEa4T"
    "NZZaeQnCmepc80besmgqecGDTlHnIKC26WPLGfCyxBGcy628xtBAeNDufICRw0OkSt8xw0"
    "gmp228iyJr6I8oozXmIrmKCIDCSuJyF9tzTHwYZkTiYCoCakANYkrL7xKWRsRYSa9PjvmD"
    "zOsqWF1JAzAVDHm8VSfLdJSBcpUXgwymLw/bonGzJz6aorNVMGNxEa7s7ry6vFW3NsCHGs"
    "HUhD0U096BxEc3KjLgFq/mJ2FdvZeXHOebkJ91naJmt65aatdxWFncTIYEwTI9qr2FLdfN"
    "FsR1NsPx1ekiNipTbN+SMWt6MZyRoNV/w7QVMCOwfsXL128ZryNMDOHaLWedi5YG9O6Xxl"
    "g5pApoGH18rvyi7akabBnX+2cFhKcbS3DHgvTVPHspFzTCoQSmD8TKS2BbJvSew27/pyOB"
    "zENqPLfsIiuH24ueyNjk4SJ14zyDzTmGgvaajzO3qHEtXo5U1v25he3sHpyrmFJ9p3kR0m"
    "Q7RxxQzOeXaa/I0mtYnj707uSdhVzklCsDExgh2Tp7psF8M/Ibg7/D+eNEoBcBijasw1JE"
    "e3BBi/VcnRAXe9H6LvfqrNWdPwDIov+KzNR+7Z0fEls3pRzy9Z2yFJ7q2qir6dMuXPsqNM"
    "IWOwtjtdGzjJA2KngJM8RK0DJ1kRTtKPAYpyk0m5BoJdPke5QSWtskpoHRrkNazbTqSxLn"
    "n2iiBH1hp0L3sD6WrU67LS27G5Ho27/tUvvWvp4e4CzTWaBCwt5rQeuzQedW/v+2NakJ1W"
    "azNszXk0hg9j6ctwJF33Bv1vvdHvF8hcONLEtKjHpL1ha/loeJ/Re3kX6X2+dPsDcp/ueN"
    "wjbwD6KzWdvYUdPJs7tDY4LRffC5oFVKWOO4MrvVjGxDHII5U8gQbQpqtMh95v49W8dWA5"
    "DIa3X/3hSTI78erxLPKiVZGz5SEttSixF/jNQlqISgH2QKrWVgVVqXBzICwP8Nl7K/bBtu"
    "wSwPUp6Ut/vnrt9LwAR99wGxSewG+Y3ji9uwhUnhh7XmDvDTdqTWcUnVhbWslvFSy4ExQu"
    "rLTXfbnEskrlh6vc539FzCrYIEQCV1KwTZUbvtp9fApiSRBLqtc+XdOoAsSSDlHrPLEkaH"
    "O71Ta3EKrbRagO+NIK2BPA2QFxVG1V7CgRMhJj9Ty2DcmNaIZjvfYfAVqjPO87zgVleN8p"
    "sojH+w7yDPDblpJHo4mpvg3g3o3lbMLZ8KpstG3wnQ/IiwLf+RC1zuM71y+FSlzPkDe1Ud"
    "5UFMzMdZK9KyTEGpBDtYM+2rqpyKJAR2Uah/JJhwdlMioXZfZZIhtEYb2Zi7zrEqINfNnV"
    "9+WWtmnSLojAc5UpXOX3XHXysv0or6gflxAE8qws8izql5eUGFRDVfCSZ4llWKVTxFeylV"
    "ckcA0NpEyx8kptVcUfurPMi2hbJci1qOXe0ga+6ICYA+CLDlHrPHyRY75iIe80EGhcpsUZ"
    "D9Nyls+0nKWYFmp3zGl8huiDviDTOOdXYcuS3ageWzXDcFlYb6XwWoDnjJg4plpMFxFZqI"
    "1XuooUczanZnkhyyMhW8JbqD4PTMVfOmlbI9GXVSAtKi4I+VBF86FoZGQxl+amVoDWyRAG"
    "TRTVBFnQFp5YZhF6LSkKBFtpBFsAbRkUW2yymqmDm2RLLsb1jWZ238i8YjsOL7ar+phnIh"
    "vdoUtA945Nd2fWclvnBTnjrbbf1uWUA25Y56StJlkGeOXw6eubk8c4df7W5IJJlT5h73d+"
    "gjTKylgEbaDFD4ggBVr8ELXOQ4tDA2y0hbbClriLGxFqEqg75hiKdhMuoYnw4SpgBbvgW4"
    "AbumV+kkjNVMDt9YbP/nqPdx9tVOsK7Ir2qXtOh/qiy/b0XtYzfbjww/YqJ25umTPyFehg"
    "yfZH7yw3KoItpEbVct9ugw94QN4A+ICHqHUeH7D6HUDrfGZnbmlKBrzXWNFmsp53gkPLNN"
    "xUV+jYE67hY7QC3+veVf+mOzg6+dzuJLp9RivTpCrpW45dYMOKCTZwv6rv/pR+LWFDLaLi"
    "iBgouNIKBhayfBbSNvUMDyo/xcYb3pgOsKUBOceWFOQl6NpMy9iI8jPIMoV3B/KWu7yWBr"
    "Jm0LOqprWUKNGRbY2uL+uQnmWHNqqK1YXiSORuc3npHzQUqfYw6t33Rt960vBWGo6ueyNa"
    "T8HG1humc7IayrRCw/XD1ZgOuev+ftO7HdNKDVn33Xv1hb2n+1UsOwcCIgejgBUBEWDvy2"
    "Xvs3ecEuAVSmWt2FZTciYrTxagW+K/hFxA1gmBMxmwJrAnXB3TkTfEKIgP/YtO1qAdYKtZ"
    "kwnUVsXdAlz5g2/Sn4HMuhBc68HQHBvJyHcM0JQ4XzbSDGTOMfnDQnNZUxF7pmxkTshQeg"
    "t05EwxIh7Fx0BQMReGg60Px0mbb1v3yMzzjIcgg2R3SPesjEXShlDfAQV9INR3iFpvVLpn"
    "XcjBvR7wrdyDsxeKI2KDiSohJQpqKIvoiNuEGzrjsYS4mmmD1xlPrcUqHiutK7hc50r3kw"
    "l655H2Gf7oXcjnr3BEI4N2lvz5YpmLOaR+1nbjboM/eECeAfiDh6h1Hn8QWuTtoEWehSfY"
    "wkZWFmg+yjEhKEGYADldgjAoes4aXsisfFzRuunpKQopoGLhqWSu8zlXrvP5ilzn86QS5B"
    "mNFWS8QFYlO4dCkO2Mk5tMkm2y6J6QQd/lr+qoTAO3608cq/hTfieTjHzymrUVas2xoVK8"
    "xOBu3fVur/u3Xy+QJ/9oXHXvxg+s+Y8iz50F6/1Dlumgf+s2BFJoeF+l/X6+PNxeu/1+Jg"
    "vy1Qr1+zk549l/krZRZPs5Sz0d3reWCm1DGdL72Y+2RX2XvRn5yi8Gd4Y0wL0K7rm8lBaW"
    "LmTQhCKNO6t1ytXF6nRFF6vTdBerPy2aQ6ubspDdGJcCpHmQDndbcZYpLgoFkKvDL6RpJU"
    "XWdcqT25KFFay9YZEzKdnCEIRORkADNj4F7SrWPCoFcc+y4p4M1RICciwP9qs/Wc00wRuW"
    "iy7B4rnHrim5YU7tiE3SIKy3mkvroZURswxxXBuylKxw7M4il/69N4xd0u03Mqub/g7x0L"
    "pu6G2Ihx5QZAzioYeodZ54KAQwts0ZyrZYk/BQooHBizMeZuUsn1g5y6qHc7Dxi/uHq6te"
    "jwUm7IWiYKzSaMWXbn9AL01kTa9KpCKINLsWcNE4dUwaQtRcIepXLBQ99YY3LgFjK6XOAi"
    "9IyFuJSkGhh6KnICJ+rRD6cTngAcviASNp2RsygZEs8JopgpcGjK/B9ece2I5RArI32FKm"
    "suEM/fnqtdHwwhvdYIUbPW2TRbzUyTS0k2zPcKxlK4NNTIxor2IVLc1+lZ59AS5WsTU0MH"
    "KmBGREj70Hwsha6Jhlt9jYvoieoj96XiJy0UKa+qGNZAPhGbEryd/QnCwwTH7h7NldS7HT"
    "+Fu6z6Nx1Ds+OftMhyAVv2kKJgLuGX4C1A82enr67eM1++BjX316+kAP/tOhuvaGrSXyei"
    "6jI1oswDAt4qVqNlYRMXvaj8bTE/nQ1MlI+1hWZ5qhUTwpdscMbHbt2JtDIjLkBseo951A"
    "ri8R/ZrmhP7gGdJsZGPnGHXJD6GafDTeNWdKvh3+PteItCQ7T0+0OAGrPiATZAwT6abxQh"
    "Dw4CEgLOmUR6947qAJ+R10rIUVsrxzaxOsYoKjZ4JKpIJ90u95CXxwbV/sbeCDD4gZBD74"
    "ELXOwwezt64IXxAIbImO2R9j0DnlKhF5uqJG5Gn61AY1ZoS4L1+gefjyEDIr+Jg0HeMahI"
    "LkYkyocSBv59RLaACLIJ0QaxzW5Z/xqkf0aEdpuR2utNzOirTcTjotN3THRK2cuCQk5VbH"
    "qMlIyo25qClFryxblBQFxr4oY7/X0lEHq4EVlP3uy+lUTAulVtPJ3nAA23XYJjfYSjH2I8"
    "1+pdlMtvvr09m/0c/ba9l6NTp0ZynAZRG/wM8CPwtMHfCzoPW98bN7bzJTOV3vxZUxF45i"
    "ijURjYg0MLG3/HZKLpOVkdn7z/vh7SryKyudV9UUB/0f8vMktsKC/W2yMFgJJfS80HRHM+"
    "xjer+/b4sdWwE4hSi2oflAH910f0vq4GowvEzuVHSCyyq575Vb/Yfpv1dNDaU68PvxMMO+"
    "S/fYIbvGi03eIQZbXilvM3dse5XnGXnx256YpIRya3PGfp2ayB2v0qYpwWw/sBwnNl8bvU"
    "+xQfO2VJal5F9Hz3hChrPr8sSheV7k41ZCt+Xf4dEw37BlaSpNo7LdGVVEtuanpxDDY3+O"
    "p6cLNw/L1DVlSW7qrVMiS2Y2TAdZeM48pUJ5VynDq9z8K6I7E1z7+m7wbXDtD8jJA9f+EL"
    "XO49q7LzIRfyeUqIa7Q2/bGHeHGRMi2ggEQBnlK8O3cYRskagUBI2Lcl1AOVbR999f79+q"
    "qYOXA+Bs/pvadnbHrlRsu+EFNrrNVip4P1w4z+b33ltOt6Hox+1VBIrJBkr4bedth+aLZ2"
    "I3TAOLHrz8um7lbfDyD8jfAy//ELXO4+U75lxTROLGgUADo8bll4OSX4iuXggeIhDHhBoI"
    "c/kdngLExH3yhCR4hIUd85lXzUNYBwlBoEbgRENdNZDbvSKfp81vXQFM7eZMbdJjFbFrk7"
    "JwqK46hmzaf5EdB8/mTkaGXv7LPyICXS2Se5ku246ELSuLchzj7zmYxqWaUBRz1UPS+228"
    "essKnpHB8ParPzy5j2Uw6/thKP2CbH3j2fzeJw9HK4OnTA9qr2IrQ+uOjpc0X2BtnlcXzW"
    "VNRb48YmXUkKrZc9lRyK6MHBPRsln+gDZaGI6mI9uRJxNE8CA7hY7VF0xGsTypWI5X6bML"
    "UqkJozcyIZCr9bcIgVw9HJoNyNVD1DoPucoidMLOeFQK6KjCrrgLI0MuBf+K+mExqQaSr+"
    "Vz3MB5VIzzyLAlRd44GeLAfFTnLZPBfEQVVqCmULY8kMC1DIRU7u2znwPR++mEcagO74rE"
    "UH9NpzVRuF1ADZ8C3tzFxA7AkxIa27tLQLnpyaFZ77oS0kTXdscYGnhskj8EFztvb4xqbT"
    "286shtjZF9CnojcvtX/Dw1zddrr/dCK4PaTg5pryK2393BkhodXWoq7h8te/FMpb2WFgEz"
    "8O/V53v9JnIG/u5IXpCLWvIlnvLFhjo3tS0dIU7sgo5sEUyAEq+zhdAGSvyAyFGgxA9R61"
    "z5xsFenmZk1/dHDaWrzMy27rqj8W1vdIHmsuUYtE3UTY+yerfjCxT1h/bfCDVuX/CS5HGp"
    "KquiMhnKEAqCUFAF4N9yKGhGrHLifAm2PIlLNa7Vb/mbybOpZjA9+Tl5/vhGrOFdpONBR3"
    "e3o/t1b9D/1hvR9u0ey1HVju6Q/Vty9q9l0tb2BWBNCwK4KXCx9zhpWAjahBgAmwQ2yXim"
    "sF3NLGSIQ+pDddiENImkY9nGEsvMFtV1QhT0XGk901MlxZ/rDHHQd+X17drORI1qht+e+5"
    "LMEm1QLhMc76q5P8kQXFhCXY2jMk3APO4NnnJ10jxd0UnzNN1JM/BXC7wukrLwrqjyuyKR"
    "iiDArscFG/SSOKSE14PVwIqkS39lp7UhnA7opUT1IjPWSyG8qWiJ3WB96uV+Mltrii5XYu"
    "t+Dr0nV3h+XmD0IVifFxh9CHdYotNNOdhKXp4XzIAUvFq+L9oIUvAOJxkLUvAOUes8KXiC"
    "3MMmtEPltLoL3iH8ZgIoJ8R2mCzQ2gnWHS6sOyuw7qSxtjF5++Qkk+ZkLgYSDVzPJ51znr"
    "SKznl+XgX9LC93Tqj3aUKsGqf8G9X/NOJRCWkmKQeqKV01NUwZI76p9oYFFdDqXo3733oX"
    "yJV+NO66D/c0M2wuL+yqZIbFHWJ+BzMuB9nXZXGTHq4lsGZ34Uw1UwQvaxZfg6KkWSoYlp"
    "ltdunJfvllhHU5xwDNPx/bDLryr20SjCP8puH3Vgav6H3SXkUnWuGY3ZGIlqkuFJ+snWqq"
    "io3y6cS8u5Dl5GUvl3u/4LD59o4qlzt5oix7uZNbeK5rQREE4HRr+Z5tA6d7QOwecLqHqH"
    "UeTjd8ZcY1fj+TdT3/PEEg1ST35lPnp7Ngo6X/WLW13t90B4N0RotDXm8ivKI/vnG87VY4"
    "cm1Gj3suLF2IuIpLAW1VOm0lG6axnJlZzNWlaepYNnIO0kXlEnp5JoLbUkhwZbfYXw6Hgx"
    "j2l/1k2u/DzWVvdHTCFEEGaU7MZIs8CHbwzcUgjwsC5gKYh36mAN6hEGAtjHUBWzQmCOnX"
    "1bE80w4H5RGWkqjBFJeCMw1cdpNP2Yg/T3FJeKCq/EDttYtjRX26QzrQACqgV6pSwfsgwY"
    "9HZgRi5jE5UEBhBcSDM0I6SInCqarN9iBdM8T7iqdEoZ9AOekjOdXVCx+5KlxfvRoWbwkV"
    "1jM2/hLwvQtnaiiy8ZddVc8L1hVd4U4YvvdTArycLTDqCm3CT1wPbWhS7A7cihkgvNimrC"
    "/h1iLxJDEryMgrnrXnZpndxGZryNLOyNvLMt/S+Al2Y2FWwsCbqVZGm5idEDFYt92OJbUq"
    "c/Mj4yt3XaakFH9s1vcZJ6sAhTLIdvAcmRMkI3c+9LxEc/KITUxr5nX/Pnqfmm30PsUG/V"
    "N26J/LD+ke46XOLJjC6YGxjcxBgqa5cR4lJA1C0mC93kE1TR+DpMFD1DpP0qCsiJ5SDiWa"
    "eHy29KNnZOnYYgCHEg0E+BNXTPzTipj4p3RMPDBGhIyGqBTw48WjFBEbUyRCERGDIFFZzH"
    "h4UGxDhiY8lVYzNfCTNJEFyNNj18kqkgvMV6KzbrilltBPtzyioYstTZm2MugF75P2KlJB"
    "Dsds8/ilkDt8KL7whrWu873cN2zZgqZvRKSBplnn9JTDNCOj8svz0M8Sphl5qAQQ9oY3EN"
    "0TLsP3ZIXhe5I2fMkdHZwVTcw/QRMR2f3xmf1kf5Z2UCZleO3yZfbX/wf3aMH3"
)
