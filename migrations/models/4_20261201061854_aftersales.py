"""Migration 4_20261201061854_aftersales, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "aftersales_case" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "type" VARCHAR(24) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "resolution" VARCHAR(16),
    "version" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "opened_by" VARCHAR(16) NOT NULL,
    "opened_by_user_id" BIGINT,
    "rejection_reason" VARCHAR(300) NOT NULL,
    "requested_amount" VARCHAR(40) NOT NULL,
    "refunded_amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "return_carrier" VARCHAR(80),
    "return_tracking_number" VARCHAR(80),
    "approved_at" TIMESTAMP,
    "received_at" TIMESTAMP,
    "inspected_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE RESTRICT,
    "replacement_order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL
) /* A case on one merchant order, for some units of some of its lines. */;
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_i_ad1412" ON "aftersales_case" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__merchan_f0ff7d" ON "aftersales_case" ("merchant_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_aftersales__custome_79fa37" ON "aftersales_case" ("customer_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_aftersales__replace_a39066" ON "aftersales_case" ("replacement_order_id");
CREATE TABLE IF NOT EXISTS "aftersales_case_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "restocked" INT NOT NULL,
    "written_off" INT NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "aftersales_case" ("id") ON DELETE CASCADE,
    "exchange_variant_id" BIGINT REFERENCES "catalog_variant" ("id") ON DELETE RESTRICT,
    "order_line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE RESTRICT
) /* Units of one order line in a case; for returned goods, what inspection made of them. */;
CREATE INDEX IF NOT EXISTS "idx_aftersales__case_id_c4ec71" ON "aftersales_case_line" ("case_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_l_1f6e3d" ON "aftersales_case_line" ("order_line_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__exchang_c11449" ON "aftersales_case_line" ("exchange_variant_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "aftersales_case" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "type" VARCHAR(24) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "resolution" VARCHAR(16),
    "version" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "opened_by" VARCHAR(16) NOT NULL,
    "opened_by_user_id" BIGINT,
    "rejection_reason" VARCHAR(300) NOT NULL,
    "requested_amount" DECIMAL(14,2) NOT NULL,
    "refunded_amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "return_carrier" VARCHAR(80),
    "return_tracking_number" VARCHAR(80),
    "approved_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ,
    "inspected_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE RESTRICT,
    "replacement_order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_i_ad1412" ON "aftersales_case" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__merchan_f0ff7d" ON "aftersales_case" ("merchant_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_aftersales__custome_79fa37" ON "aftersales_case" ("customer_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_aftersales__replace_a39066" ON "aftersales_case" ("replacement_order_id");
COMMENT ON COLUMN "aftersales_case"."type" IS 'RETURN_AND_REFUND: return_and_refund
REFUND_ONLY: refund_only
EXCHANGE: exchange
RESHIP: reship';
COMMENT ON COLUMN "aftersales_case"."status" IS 'REQUESTED: requested
APPROVED: approved
AWAITING_RETURN: awaiting_return
RECEIVED: received
INSPECTED: inspected
REJECTED: rejected
RESOLVED: resolved
CLOSED: closed';
COMMENT ON COLUMN "aftersales_case"."resolution" IS 'REFUNDED: refunded
REPLACED: replaced
REJECTED: rejected
WITHDRAWN: withdrawn';
COMMENT ON COLUMN "aftersales_case"."opened_by" IS 'CUSTOMER: customer
MERCHANT: merchant
PLATFORM: platform';
COMMENT ON TABLE "aftersales_case" IS 'A case on one merchant order, for some units of some of its lines.';
        CREATE TABLE IF NOT EXISTS "aftersales_case_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "restocked" INT NOT NULL,
    "written_off" INT NOT NULL,
    "case_id" BIGINT NOT NULL REFERENCES "aftersales_case" ("id") ON DELETE CASCADE,
    "exchange_variant_id" BIGINT REFERENCES "catalog_variant" ("id") ON DELETE RESTRICT,
    "order_line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_aftersales__case_id_c4ec71" ON "aftersales_case_line" ("case_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__order_l_1f6e3d" ON "aftersales_case_line" ("order_line_id");
CREATE INDEX IF NOT EXISTS "idx_aftersales__exchang_c11449" ON "aftersales_case_line" ("exchange_variant_id");
COMMENT ON TABLE "aftersales_case_line" IS 'Units of one order line in a case; for returned goods, what inspection made of them.';
        COMMENT ON COLUMN "inventory_stock_movement"."kind" IS 'ADJUST: adjust
RESERVE: reserve
RELEASE: release
DEDUCT: deduct
RESTOCK: restock
DAMAGE: damage
WRITE_OFF: write_off';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "aftersales_case_line";
DROP TABLE IF EXISTS "aftersales_case";
""",
    "postgres": """
COMMENT ON COLUMN "inventory_stock_movement"."kind" IS 'ADJUST: adjust
RESERVE: reserve
RELEASE: release
DEDUCT: deduct
RESTOCK: restock
DAMAGE: damage';
DROP TABLE IF EXISTS "aftersales_case_line";
DROP TABLE IF EXISTS "aftersales_case";
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
    "eJztXWtz4kbW/isqvuykiqTGjO3x693aKgYzExIbWIwnycYplSwao0VIRBd7XLv572+37p"
    "eW6BYCdDlVqcmM6NOC57Ra5zzn0v/tbPQFUs0fBrptKMjoXAv/7WjSBuG/JD/qCh1puw0/"
    "IBcs6Ul1xkqyrNuaJcqRwU+mZUiyhT9eSqqJ8KUFMmVD2VqKrhGhvibor9r3SxUhS/Aku4"
    "LufC6p6pvwqhtrRXsWlroh6BoSNsiQV5Jm/UDmX+gyvgH+eP+pbE3500aipT8ja+Wg8Psf"
    "+LKiLdA3ZJJ//rezVJC6cP7e8WVFZdEh49C3rYFME9/K9EU9DDVbVQlMb1sHpY4zGKPi/O"
    "MvMnC7Fp2ZY8jjefFHznXRl/2kPI8067Mzlvz6J4y1am+0cPz2zVrpWiCgaBa5+ow0ZEgW"
    "InewDJuogXwrT3G+ZlwEwiHuT4/ILNBSslUr/E34C4TXOqI4nszF++FcFDspRfsSEYV5l2"
    "QMGYYDf1XTAeCZfIXv/6/X+/DhY+/9h8uri/OPHy+u3l/hsc73TX/08S/3y4RouVM5mI2+"
    "jMZz8oV0vBLdlUou/OXISJYkhloN0ZcNRPASJSuthRv8iaVsEF0PccmEPhae6A/+X5La8X"
    "WRpx7/Qqif8Nk6hoLwD1xMNPXNWxg52M9Hd8P7ef9uSm63Mc0/VQe//nxIPuk5V98SV99d"
    "fhdXVjCJ8Mto/qNA/in8ezIeOvDqpvVsOHcMx83/3SHfSbItXdT0V1FaRNawf9VHDY8MtW"
    "5vFwW1HpcErVdF6z5GEbV73z7yjots5VxbbkJw995L0bO3LCuj5iPuvpHnzkQGN/oRoULI"
    "t/W1RyyO5Zr61vMXdFoRn3UDKc/az+jNUcYIf3dJkxEFfM9ivItMVa9H4C9/oflXw69oSK"
    "+BpZZ8+jEE+IcjywEBfwdh/HB769p3T5K8fpWMhRiDnXyi93SqIsjaTithoqG5jv9gVMGD"
    "N0mtngNW9CNPfwz5Qf9+0L8ZJoCP40w+2vQ2ySuSJj07v5d8M/I9Ekv53pKWyw7FO4oP6L"
    "L4SMHiMQOZ3a6SQH7030zst2yekGGulK2gLwX0DUth7ybq0XSFV8VaCdiREQxdRSb525uw"
    "0tUF+ZuBKM5TyZODO1WN5wncKTCsD2FYgzvVRq2zuFPOOyGt8J/uJ2O6sgOBpJ4V2RL+J6"
    "iKWcicZ9Fw5x9LW5OJ8oQnW1EtRTN/IPf7Z+ew5g1NzwSgmIrHX/uzwY/92bu7/q8JdY4H"
    "t5NPSd2RCT4lPKuT+raVe+jAuW26EVI557Zqz0AZ3i3dxwLnto7O7VQyLI0e9PM/6rI4tN"
    "vI4F2ebDZeu71GcPDAwavXjltTUx8cvDZqncXBc/6f0vdgJRl0XfvjE1rGaNVRrxvpm6gi"
    "7dla4X+e9d7nKNb33/CopP/mfdRzP6PYrdmmVaiINXqjONqfPKnPP8+QKjm/L9OK8l7x2P"
    "KtoSqyrKnYYn1FTytdX4tIW2x1R3IvwH5xpxt6szUJtbTJXrqVSdZZtqHprUJmW1NcewIs"
    "SWb96UjA438QyJ4sKJYp3P/Y/753cSkslGdkWoJiCqaFHcHF353IhomwYeJeXemvmqBjb0"
    "SQLMExV/C01PSz0m/yqD1q/hTvNN0SJONZ13rfCU9IlrCXQO5m4otIwCO+f1IswZC0hb7x"
    "ZjYFeYXkNVrgmQX0gow3wUB4FZrW9aMmCaaqvworyVwJW0O3kIzH4yvfI80y9O2bsJVM81"
    "U3FmZXILf2ZiZ3LBLh8ZUGAR6w/8H+r74lCPZ/G7XOYv/jjXupfOPxAEKJcnyA0264cQ/g"
    "ksUBSGorYv9ffpeIF+AXrEheyjwAR2Ua6GZdnjOAfHmeCTL5KDMuxhWrTMpByLL0kCW2Uz"
    "G+7o04NJMQA8WUrhgDvejrQm/7uGQJb/tqpozW8OWetukiflpKy3n+VFwO8gXKCltHAmt7"
    "Rq0j8byaKYI1bhpfg/vHrMsjwJxwNYX68sPYu0kvP2oO0VVgV4BdqbufDexKG7XOwq6gja"
    "SoPL5/INA4bqV3weL341GZjr/z2V8J+9aNanBzLCnBBhItvYsLJsQvchC/SCK+xDcWeZMG"
    "YkLHQ7pzKGf9QHkDUZwVU8R2ofJCwfmTrqtI0jJstahcAuonLHgorP2N5bgO+afJ5Db2Kv"
    "g0Sthj44e7T0OMvoM9HqRYMTMtspWokrXUjY1IKhjoi3uo2ZuUexbfVpKTHHGxa7qGOBd8"
    "Z4xfexh2LPmo9W/uRuNrQVpsFO1RGzzczyd3wxkWnX0dDfAo2TYtfYMdMuy7vCjej+d8VD"
    "70GJ6UD73MB4V8FFebpa+RJr4gw/RSPeJqy/RpUnLHIzneH9a96Z2dfzy/+nB5Hng1wZU8"
    "ZyaDu2BJXdoq8treimWk5EydqaZNS8eJrlhsdeBVtx9Mfs3ChMzVaKDEZ0O3t3vC5cD0hU"
    "zUVKykpYUXlaQiU5QlkxZs4cGrH8w2wJM1FTNZMvbdrgZ4itpGOPLRWarYMxL/tHVL2hOk"
    "z2Sme7ya/kUma+pqelIxJCREKJKUO2XfR/CTP90Qz8aS0FvHNWYo5hrfWlbc1MG9AJvhuW"
    "68qZq6xhTtSf+G/bu1pr+qaPGMNmhvi8s3JUZk7pGFNg1aa1xBoMiLIex5ScfVL29keEGE"
    "UzUE0+h6DPrd7AtTqulOQ8Aq2Jyok9OXKD/AGK2LhuAiBBchuFj3MBMEF9uodZbgIpRuHj"
    "YEY6r2Mw++/vjGhW6vWMC9ysb2Kg2tJVk2xXFhi7KE0kcMr4RRNZ4AS38wH30dXguu9KN2"
    "/3A/HY5vhjfXgmmbW4TvuCgSSCm/UsGvrbUNroSFhFghhVTMmo8jffGeZfXjUZlYO5/RwX"
    "YrO4vgHUo2D/Kz3hXTbn6Vs5tfFS7E97z/fZnhNjv+PLwTq8tfNQOErWGBZKCVbu8dkPnF"
    "n6epQG0NfWHLe0eP3VmaChJEjiEaeuDYgmKhzQkCCrVEzDfF8K/Gtv3+IT+vHc2NO12TYn"
    "4H7UYTyRiitaOJJxRlM+fRJCYm9rzTF2R9s8HgW2+Ck6Xy/ZP9JrjzCM48XXKGGVoIT27/"
    "GGeQoCIJb720pv37TsfZxMWV3LeHC3kiIpM6HXGWhg7d/yHCABGGWnDNEGFoo9YhwnD6CA"
    "PWBHk1piHO7owREalGVwxy28Z0xQhNIi4LIyYG3RI4bY0orRg1HrlUkBIFNZTVtCKENq0S"
    "7r4V97HJaqYO1tYVqcVI716R3nlKALjoWQo1gTa21cZgnWFrZzYazPO6gpyWS60LXQNFEq"
    "cisyK7I4XLiu+d2VRWfMOGNFAgaYCkqbu7DiRNG7XOQtLI+AXAQ9L44xuXpnjOwtCcZxM0"
    "5yl+Bvivw/JfW11V5Dc6wgzNNgLpKuPduevf3l4LG0lVH7Uvs8lgOPvtmsTuZGS8OVcepp"
    "8e3Ev29snG1+76s5+H8+ltn7Td2EjGGllbVSrWcaPH1HUpp+lSqueSbBsG0rLUlrHnRGSO"
    "mLM7GP92KGYy0deEpa1JdleTVHo0six8cy5iOCoDzHApzDA0Qzk4vUDWJH2l8wB1687SVJ"
    "Ag7w86xpSO1fGIvVrC47Y/cbI+9wMp6H4CFCgTBRqmulMY0FgefDYB+hobVir/+XusxN7x"
    "pf8AThQ4UWDHgBMFrR9D69XnRE+tV2BFa82KQlZgBbifjPPl+Ay4hCCkpJWVkha1wffMl4"
    "r21aqZKlhzphLLkPcopVgmoLze0x++J3M0COyDOsMDjM+zblAPWg8+6+a5wjJ2h1T9WZSj"
    "ow+ZEZQ8JxxBJViN9+AuONQtcq3AoW6j1lkcavD5oNdcfdENzRAucyEmVsh5q1hApxK+m4"
    "tqCZ5b1ACulx5YHbfYAoy5bfgbCOOH21s2v01eKeoCT7VvuLdpeMc3iSO3oKoLRof0b/3E"
    "HYp7G8np2e3dqpHBDH1bPFUL+nKJDLQQFE2QhLBqhtabhUWEGi7ehgsiUpeTjBlDD5WmvQ"
    "G74Dm3yIcCz7mNWmfxnL39n9/5iMlB6Ihz84WmEhVQQ54XGJpFe7qBzWv62k26gbGtYHcv"
    "CWjYcaCGHdm+9iGdJH+B07pbhmt/t5MUeeSOFwGMnNVgKDISN4pWZrvJRGjbu1uJN/Djpu"
    "CJ1fYt1AVPrEU2OXhibdQ6xDD5qsKZDrXp5Rxq00sfahP9ZimY5/hdSIc5IXbE8vDOYa1O"
    "6jMz/HUee1xS+anBI3M7GX/xhyeTVuE0Lec0LQIdvnCDr2AzEF+qyFlaJiLfR7Twmud5Eh"
    "Ji8CRwPwmhj5F+ryNZ2UhqFtkWkUu+1V3BH7wJahvZoynhZjgY3fVv352dd3sO5hhxxXV6"
    "o6Uh0ABk1x5ScgOQqNeZQjnPO0wIQtJKUdYYaj6qxhhDzUeHg9FkqvmgbTklwNu8RKEkuo"
    "ltdo/ULGiAQ0c8tjZfJEOR9m6n9NWdpUkgHTLs4MNFCTtEkNwddniJDD5e4VEYMgPWvpaW"
    "QBdY+xbxt8Dat1HrLKy9ubZ5iAZveOPqYi5Z+rheZvdxvUz1ca1+OORgtOQRgiEuoyhtdJ"
    "vmsTKQkaHo3nxk1XYrICRrR0hKFr75k23RuiHmtKWJSUFnmvx4R4HONBD5q1jkD7K9q0Ua"
    "Q5pxuWnGLJQmdAlialOtKtq+vYWdLtW3eJ6mIoW+kSDGMyoDrP7SQobT0HkgmYgRtZrEJx"
    "KRHMMqAzDS3rvJi+skLb5rg9QhQwvu7k4JLATbfnZYQdFekGaR2JsZDC65w3ckYhF2Es+t"
    "2A6GQcChtlZkFwIOLaKeIeDQRq2zBBywprDNSdluM/faiMTxPPf3h91we2fnH8+vPlyeB/"
    "tscCVve00n0mHFIMPjZxjxjIoAoElAPeuEm2KKywHFVDg1NGbscakgKQlKKIvni5jse/J8"
    "zcsS6yZ4vvhGsDszNHaa0p7oxg5waii+yae8OJO60V/QBu2d+Oh41XfeXA0CPh6hVFVddo"
    "DYlycMJmoSVAenc4L1lUXrRBcgM70jbqJSR+xaQe4NXE5dLYUucDkt8uqBy2mj1lm4nLVC"
    "I3LYsmN82Sq3f+j0b356uJ9fC9LiP7ZpPWqz4f1wRhJlPA6FXLkd9u+dKyqSTHzlZnjzMM"
    "AyC0TC/Y7MfDL42ZEh7z08on/X/4JFFtIGv/EftV9mo/lQnHz+fC28GoqFRH257LCtrQPn"
    "23jUGzGwLYmfsgvlgGfKIu64sU0LArhpcCWT1iYlO2E1lIAEbJYEbOwn6IaIvXCDm6ZLiU"
    "IZfVGu1ECkXbr3emVf6hGhQ632lONzpMV+xbLWr7KX+lX67BjfWeVa5FEp4KHL4qGDnJQ9"
    "edKm5T920w1Xg9VXpV6rEfKPwmPFqcFsEstN8JTio3eeS/GgKZYp6EtB0gRnBoEk8Qkr/M"
    "XJcRPvdEOwpDXShKWhb74TdPyZA6Ng6K/pIyv2no2TMiOz78uYJXqvAgtX732yCyxci/gY"
    "YOHaqHUWFu5PW9IsxaLUZ2ZutlGRJlmnpREIpHaPy6kKBI5IH0QTuQ7vWZXPLvo2DZedEB"
    "Fq0so9/qkt4NRWxKlVvSKgPX3aJlardRN+beThZzqnBciCfcgCErmajQbzU7EFfh9JZ2V3"
    "KIRBfEA3jzMIGjbqwdijpbvQT1HpxnytEv162cYa3QTs+mFuEv6I1OE+5krZbo95Q6xs5Y"
    "UcG1ryLZ8N3d6WTLpsFXmNJ93qChw/WuPXeRe4lxZ54cC9tFHrLNyLZm+eXHOClSgIJRrX"
    "RK93xZJncJWdZnCVjr3WrgHTFmkLDJm4ld78xGqejLPpcHwzGn8Rp/3f7obj+bWQmO9Rm/"
    "ZHN/iypCwetcFk/Hk0uyONmrBmloqxQfjqdDT4Gc+BB2FjA8sSmcHPQ0dKXpMR9z+OplNy"
    "wbPVSNba7ejrcEauBeZUcPU38XN/dBv57E1cSoqKnG9wN70dzt1vsNkS14Fc7Y8Hw1tHQi"
    "aqUdViHaR6LG0Ze9ltGXuptoz4y5vUE5SyC/tCCUi0SvJI9ekNeLRdsOTWgKb9ZOmW24gy"
    "YVXkdbmMikGHSxQFP93h0tkFnU2W9AblRTolDHjvwLvIgobVzL2aNwgjlZGgv2Mth6KNS4"
    "e9ZMkQvMzOELzcBbjI2/o5S75x0J/1WLDHo7KDiL1s9LHXRmi0NPLZHXRpstBHN+Z7l9FH"
    "10AbyaCEYvJylH2Jxj0EF0zp+Bc56fgX6XT8sK6XxD6KOszpWapsn3e8aixxMhYns5vhLC"
    "jLEvFXduI8fjUWGRJ41G5hFhkT9dFP7pm6jrLIX7qSEiyktKrVU8TQPmd5ZM6zn5i0kWQg"
    "vOcuCOta5AwBivRpzNJD8QRl26SyZBgKH1EaEWnegi6/TIXEsgnZJ/JT0hRRQHw34oSCLR"
    "DuiYiVEOupGOb1De2kI3oBo14kkpuQBU1XWdORjBVOPcclQctV1nIsTYhTz0lZ0HSVNR1E"
    "Igvt3HFZ0HSlNe1Hl4toOiELmq60puNZrezJjQlBqFsoXDQS5MNy4R+VAvALg59IImfHPy"
    "EIKiisgmTuNpcaKMLQ96aoJgy0VSXZ6Vwq6ktuXVDFQRt7FBPGCzK4KgrjorA9lVVW6Lx3"
    "09ooVlf4xZ+sZppgrYGLGim7Kwv9V2oJ6N5FpmootgkDJKPEkGbrl4Dvg4kqFLIuHduEc8"
    "OAbbjjloDufWyyhmKcekcxoBy19krAeepMN9VraZSw4kyxkGNI4+8hjB9ubzs5pmCJO3JQ"
    "VNxMtKk2cAbe2eXfVD3seUJEQxUQW7XoZX+cHHyGLw0+dATOcN6NkRScuyzKklnuKc5Nxc"
    "zdq0jGyykgq+N+5Sa87YnUzJmkQQhxNT+JJus+6d9ExUKbbDwnGprr+A/21+WIzDryJm0Q"
    "wBwNYyJvREq3mPj7cld7WfTCeixSZ+I0d0XbaDvYv5nCSiGew9u18LrShXeS5jSGfV0p8k"
    "owdBV9JyyUBf63ZHXxn0gTyIjX1Vu61+wB5ufsYONCAu1K6koTdgVoV9KexhXQrqSNWqdk"
    "UXAc2ETXdR0OaSqYD15+SQnp9C7mdSyhY5wQa17mffmlUniB8+McEwKUd6PsnNNDR3h3KW"
    "EgXOWtozN4uJ9P7kjloB9IedT6N3ejMTnybaNojxr+EONDygb9MNaj9mU2eZiKt8O+U3Po"
    "hg5V/M4g0oPJw2zkTKjbpHyJ9MKZeVfcgqZH7f63+/nw7low30zPXTt9L2Y4z6kKmRRwbl"
    "m0kQ5TofSHnELpD+lCaeIGpfHN7hDgj4euADETt4yuAAGpwLXbRKUgWaisZKGgK/KRg6dV"
    "UwZr9DS6Cqt0wFYkWSuLAQ1SuXYxoEECGRsDKq+QvNZt69rhHAVrhQKjSthKb6ag45VDJz"
    "fZRSm85e+xdCFlgTZb3SL95cQ1euv8kUdrRvwBtxMEVqS0cPrxA9FZyy2uC0RniygvIDrb"
    "qHUWohP6Mh+UGoK+zDv6Mle2/zE07IWGvZUqRN6vxWkhpFPCgPcOvKFh7yHRheaNtW/emO"
    "IPOH0NmnwDPY76ehhpxxLavzVbv9Bapl2ahs67x0mTgn7tlY/MJoMoHI8ERbTKZmjBp+KM"
    "KTXhLCc14SydmmAg/EtNS1xJ5ooH8qRcA/G+ZDHYL7MN9suUwW4o5trbuLl2oKRcNXYfcr"
    "/G7D7Q6e3keWjQ0aeKSTrQFgXaolQHY9a2KCzNIxy+78htI+qCO41n3BOqaUidNgWkgyfV"
    "OT0ksnLq/AYTu1LqfGp3Z0ZdNiCnqNwlKzAy54tkKF4/L0iTq6WR0RUgTa49CVOQJtdGrb"
    "OkyW0N3Qmn8p5YmpRrIOXUY6L4ejkUXy9N8flvTl68k3KNq/U6CNrm2uYB2RvewLVcPn36"
    "p42Xo2JRQgOZVlpUpEmcUO/s/OP51YfL88BKC67kGWdp0g3/LqvQCfRxQUi3QtFlDclsRz"
    "7pExKMD5xgvFQlcyWSjoPc5HxKFEr1i4ZIoHr5hOBHGCgu+ONyoAAoH69q+ThltZeA79dw"
    "poYiG3/CGQJ/4SuxBHw/k8nuvbnq9RZlBThlQuzRM15SVV12YlX79mAOJmrQ0o73ZwrbfJ"
    "fQFT3es7pp7dEPGQtMdPumBATT/cCzo4KJ5u1MocFOXyBjBV3D/6GgLZnbFrgrLHVDMPUN"
    "EggrYJKWwc6/8P/JP521k27CUc6UFQhNJs4aCiuNI7GpEm+XyDM5zE1iJ3VAI+Za29BdCL"
    "y2KAQHgdc2ap0l8Ar9SaL8aI+FIO1lM6S9FMVPsKGCu7uO2petMhGNfdn5w2ws9sc34mz4"
    "+WF8Q8qnLdvQRElbiO5pLY+a+5E4Gd/+Rj4nF0UdP0+P2vBX0tX2y/BaQN+IwfSMyOj7H0"
    "dTpw57pWyTNiJTFBcazQTlOMh/hDl0+q8HvK8MHV16czxq/el0NvlKLmI3wtBfnGu/9Edz"
    "0o3GXQb4o1dJsUhdnLsIiC4Hw9FXdyoZKY7UaHw/HQ6c+RXN3CLZmX82/Mm7aKD/BNfuJ7"
    "eetKmrjvTgdnLv9LNRdbMqzWycb2f7rm6RFRKfocLlmx33WXZ1Qh5kV0/T2/7Aveb4CBn6"
    "JK+zm1n/F7xSXhVrtTCkV62IBstvO/2C3V+q+rIp/FDiePz9+8M6HqWlENSjf/TRDIsLpq"
    "yii5ysoot0VpG+xZAsxKeMCPfuPSc2QZVRp7bHpzXEx7vQ/PNkdnct4F3IWupGRZraB0gX"
    "a2xPFYeIedGgrfs+wl+1QKcFmmzjkiAP0vA+MCVFaaPbtChibuITTfw0OVCHegeXnQDlm2"
    "dF8U5JA9yQb3bKfDOPWPCOr+HbtZOSFfawCoJ9xbJnX2Vv2VeUDcRBjUQB18Sn5+cKs2cA"
    "/Hfj7/MsBSj5hCi0/aoOBZ+OvPjMWAE9J0RBz1XWc0B2FlB0UhY0XWVN+2x1oSc6Jgp6rr"
    "Ke3RhEkUSJqCDouNI6hi5gpybsEsl07CpICIIKoMqojuBTEy+5FJE1AwQRoPCoWoVH9OIY"
    "fyMvEeEGg5t47THgCx0dWbHl7+iY2ntPsE1UbMtmBTvrtbVHqRcULVWmaCmrkyEdX+biJf"
    "bmhp0Hv46IVBs5C8ypIhIUTZCcSqS/OzVHbhgDLYRnXV+YXfdwYI+RI+2vN9LCqUKyVmiT"
    "rmk61E04q5wcaMotcgp7SZY8sZ8LLEKHx7rbzF0BCo3aU3IChUZt1DpLoRE0ajtEljX2Re"
    "Q1orzEcpigiAwkrichfTUUy0KaqC+XHKAmpADWJKy+8cllbEWEmvT4H5k8ptnSXGrImACo"
    "4/1iKb7bxKWLlCg8GGUx+H7fkz2ZuXTXlZopg5kIDXfn3Z3D4qdO7Alx7KSLhqKbetAZiO"
    "bkRl0C1Ox92iq2s7PinPFy4z5C6JCs6UAyrA6FJ3Wud/OYUXmF5LVuWyTz3WKiRLMB5qUb"
    "I3ESoO5q+bLsAnXXIhIHqLs2ap2FurP0NeIqkg0EGtchqPwDLCp1Cnk1jTga1gc58DfAc4"
    "NNHH1RTBcR2WqcydyoE+FlfbMldnkhyyMhC3n31XnpVCzvvmJ6PQ1PuVXktb0Vt7pSgDWm"
    "CIMmimoCjkGvImMMR3Xzsm35R3VTmePjZyZXbMcpIzGZimx0hy4B3akz3VSv5bbOCjLlrX"
    "baXGTCATcsFHLQDOQArww+fXe2cYxTP9BB6iRb1yXs/VDOHwmuHWhxoMXr9bjXlCAFWryN"
    "WoeM1lPlCRr8Lm5EqEmgwlGWzVdAbj6aUYZb5ieJ1EwF7FloBjuXAOdXlnJ+ZYDtadKhwr"
    "MtKT5c7ODLbCdua+gb/BViR24eLzcKqhrrvm93wQdskTcAPmAbtc7iAzr/T+k75/A0b3zj"
    "jgw467G0P8ajsk/N6KUaIG8NRabAm9u3PpA5Tbf60yR3FGpYj21cwzILbFgxwQbuV/Xdn9"
    "KvJaQtiqg4IgYKrrSCgYUsn4U0dZWnpN4fDmXfqQwyZIhBXoKqbBTKRpSdQUYVPh7IZzUB"
    "WdFekGbpxptIiA66Nbr7MLj0LEe0URdoYcuWiO+2ld5ItzdOo5WU6A1nX4fiZCxOZjfkoD"
    "i8xSLjBZE5nVrKR+1mePMwmJMh0/5vd0Nychz9vic/TvTk6X4Vy86BgEhrFJATEAH2vlz2"
    "nr7jlAAvVyprxbaakjNZWbIAw1L/PXMBefoi1AT2hKujW9KeGAXxoX+RyRq0Axw0azKBWl"
    "7cLcCVPfgm/hnIMHZslYJzgIUVdr5M0kuVHJIr6IawlZSF22bVaboqCeQWwjtrhQTsUXwf"
    "CMrkWEtkfJfVsLX0e1DzPOMhyCDZHdI9K2ORdCHU16KgD4T62qj1RqV71oUchIO1Tk5xRG"
    "wwXiWkREENZREdcZtwT2c8lhBXM22wOuOptVjFstK6gstUV3qaTNCpR9pT/NFpyOfnOKKR"
    "QUdL/nw2dHsLqZ+13bi74A+2yDMAf7CNWmfxB7eG/qJQT3PLTv+MyhwvvH5I/cYi4ecsOa"
    "Dn2Smg6RxFAy2RgTRaFmg2yjEhaEGYADndgtBflSK+p2ZKTvs4qj+4e2FTpiikgIqFp5K5"
    "zldMuc5XObnOV0klSBsSK6C8QPKSnUMhyHZGyU0myTYZZE+g0HfZqzoq08Dt+gPDKv6QuY"
    "Y/UPLJLZsSnmXLPwulj5h3tkXaguDFB3dnOhzfjMZfrgVP/lEb9Kfzh9nw5lqQpa1lG2hB"
    "8s0Gt6MxuYafRhLex9dmw88P4xtyDb+kbPzVFsnoI9MGdMmy/yRto8j2c5l6OrxvLRbahi"
    "jSp9mPDkV9l70Z+covBjdFGuDOg3srvYm2oXIZNKFI42q1Lt6z2Ol4VOYG4nwWx/hPg+TQ"
    "qrrEZTfGpQBpFqTD3ZafZYqLQgPk6vALaVpJllSV8OSmaCAZKS+IpyaFLgxB6GQENGDjU9"
    "DmseZRKYh7lhX3dFAtISDn5MF+8SermSZYw3LRJVg899g1JffMqZ05kzQI64Pm0npoUWKW"
    "IY47Q5aiEY49WuTSv/eesUuy/UZmddPfIR5a1w29C/HQFkXGIB7aRq2zxEMhgHFozlAyda"
    "5j2EKJBgYvLlmYlctsYuWS1g+ntfGL+4fBYDh0AhOmLcsILUi04nN/dEsuLSVFrUqkIog0"
    "uxZw0Th1TBpC1Ewh6jXiip56wxuXgHGQVmeBF8TlrUSloNFD0SqIiF/LhX5cDnjAsnjASF"
    "r2nkxgJAu8ZopgpQHja3B33YOzY5SA7B0y5JWkWRN/vnptNKzwRjdY7oOeDskiflLxNOQk"
    "2aFmGW8dCpuYGNHNYxUNxVyLT74AE6vY6Yf18e+e3gTbxH9RFt+R8nhJE9AG24xOkouJFg"
    "L+nNTGB3cQDFtF6cL7cqbkZDWj9S1AQdbyXdIFCrJFZBRQkG3UOgsF6bwheFzUQOBADMDp"
    "nNTeBVNXwouctoQXqUKBelCQR8rt6jHldvVycrt6lNwuOPS8Wr4oHD/sr7T6lonPsHdD4k"
    "im+9PTeRfRz7s7/aRFdOjRki/ATan9NtMFN6VFBiu4KW3UOoubcvL23pXT9UnCPrptyTrf"
    "8U0RkQamVJTfyN51/yg5FT/dT8Z5HiMtkWKhyJbwP8FnqA/iOv5jaWtO8brwZCuqpWjmD+"
    "R+/zyUS5kDOIEotqH5QL+76/+a1MHgdvIpuVORCT5Vyb+s3Opvp4NZNTU0wMOc2NaT/m34"
    "ktGMLPpxN8+/1J2BIno5eleyrf2EN7pVYFGCl1nXvaYLXmaL/A3wMtuodRYv09K3iszj3A"
    "QCDXRtys8Wl56xrp4xHjwQx4QaCHP5DeACxLg9lqQkuCyFmZKNl+zHrYOEIEQli2oA4sKn"
    "1kBmc5tsKiu7s82JqCxy28ZQWUmPlceuTcpCI5zqGLJp/0WyLLTZWhQaOfvlHxGBpjfJvU"
    "yVTEtEhqFTWMc5+paBaVyqCTVzeQ/J8Nd5/pYVPCO3k/EXf3hyH6NQv6dhKP16jZH2pH8b"
    "4YejQ+Ep04O6eWxlaN2R8aLiCzCUDjgH6Pny7kl6wkIxt5Il411ZsHSBHMHnD+gKtmYpqm"
    "Ba0nIpYDzwTqGixTPCo2hVBCXPzkmlJozeyIRArtbfIgRytT00G5CrbdQ6U6XBS5GC4agU"
    "0FGFXXEXRge5FPw5tR4xqQaSr+Vz3MB5VIzzoNiSPG8cijgwH9V5y1CYj6jCnt74YyBUeS"
    "CBaxkIqdzb5zRZu6dplNNWhzcnc9Ff02lNFO4mUsOngDV7MbED7O7Ukti7S0C52QWI9Hdd"
    "CU1bdjbPmWhoruM/OBc7a+ucam09e3fOoafq7kVu/4KeVrq+vkGq8oLo3XCSQ7p5xParO5"
    "h86XB0qam4v3dM+4lIP7lLIGAG/shjlsMekxr6ZolekItY8vvQyYl+3EhbbHUl2KjKbfad"
    "2AUtycCYACVeZwuhC5R4i8hRoMTbqHWmfONgL08zsrvbJ4fSVWZmO9P+bD4ezq6FrWRY+B"
    "s9andDwuqN59dC1B86fZ/kuH3BSpLHpaqsispkKEMoCEJBFYD/wKGgDbbKsfPF2W49LtW4"
    "TuDlbyZP+oLC9GTn5PnjG7GGj5GOBwc+uAc+3AxvR1+HM/d0aoflqOqBD5D9W3L2r6GTky"
    "8KwJoWBHBT4CLvcVIQF7QJMQA2CWyS8Uxhm88sUMQh9aE6bEKaRFKRZCLRyczm1XVCFPRc"
    "aT2TqpLizzVFHPRdeX27tjNW44Lit2e+JGmiDcplgvKumvuTDoK2wdWBPirTBMzj3uAFU4"
    "/0i5we6RfpHumBv1rgdZGUhXdFld8ViVQEDnY9Ltigl0SbEl5bq4GcpEt/Zae1wZ0O6KVE"
    "DSMz1kshrKloid1gd+rlaTJba4ouU2LraYrekys8Oy8w+hDszguMPoRHbNHpphwcJC/PC2"
    "ZACl4t3xddAVLw2pOMBSl4bdQ6SwoeJ/ewD+1QOa0eg3cIvxkHygkxOAeP5Rw8E+G3T0Yy"
    "aUbmYiDRwPV81rtiSavoXWXnVZDPsnLnuA7oSIhVo8q/UYd0RDwqLs0k5UA1paumhilj2D"
    "dVXhCnAjr9wXz0dXgtuNKP2rT/cE8yw7YSOX29U2QPKz0zLO4QszuYcTnIvi6Lm/RwLYE1"
    "m4Yz1UwRrKxZfA3ykmapYBg12+yTJ/v55xlSpQwDNLs+thl05V+HJBj7GHl51aHwit4n3T"
    "w6UQrHHJJE5CLm2sLK7Zlskc234afH5PQQIyIN9F16Fxcs/uHFRc5J9BeppHD8UHEg7A1v"
    "ILpnTN73WY73fUY5hV7XLEQLf2X7HhGR47sdp0mnKM3BSJlUx4yW/fX/aaDoog=="
)
