"""Migration 14_20261203071543_delivery_slots, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "delivery_slot" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "cutoff_at" TIMESTAMP NOT NULL,
    "picking_at" TIMESTAMP NOT NULL,
    "capacity" INT NOT NULL,
    "taken" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_delivery_sl_warehou_c7243a" UNIQUE ("warehouse_id", "starts_at")
);
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_merchan_7dcfef" ON "delivery_slot" ("merchant_id", "starts_at");
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_picking_293043" ON "delivery_slot" ("picking_at");
CREATE TABLE IF NOT EXISTS "delivery_slot_rule" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "slot_minutes" INT NOT NULL,
    "capacity" INT NOT NULL,
    "cutoff_minutes" INT NOT NULL,
    "picking_lead_minutes" INT NOT NULL,
    "weekdays" JSON NOT NULL,
    "opens_at" VARCHAR(5) NOT NULL,
    "closes_at" VARCHAR(5) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "horizon_days" INT NOT NULL,
    "generated_until" DATE,
    "active" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL UNIQUE REFERENCES "warehouse" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_merchan_502d7d" ON "delivery_slot_rule" ("merchant_id");
ALTER TABLE "merchant_order" ADD "delivery_slot_id" BIGINT REFERENCES "delivery_slot" ("id") ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS "idx_merchant_or_deliver_92e290" ON "merchant_order" ("delivery_slot_id");
ALTER TABLE "logistics_shipment" ADD "courier_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS "idx_logistics_s_courier_a1ec2b" ON "logistics_shipment" ("courier_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "delivery_slot" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "cutoff_at" TIMESTAMPTZ NOT NULL,
    "picking_at" TIMESTAMPTZ NOT NULL,
    "capacity" INT NOT NULL,
    "taken" INT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_delivery_sl_warehou_c7243a" UNIQUE ("warehouse_id", "starts_at")
);
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_merchan_7dcfef" ON "delivery_slot" ("merchant_id", "starts_at");
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_picking_293043" ON "delivery_slot" ("picking_at");
        CREATE TABLE IF NOT EXISTS "delivery_slot_rule" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "slot_minutes" INT NOT NULL,
    "capacity" INT NOT NULL,
    "cutoff_minutes" INT NOT NULL,
    "picking_lead_minutes" INT NOT NULL,
    "weekdays" JSONB NOT NULL,
    "opens_at" VARCHAR(5) NOT NULL,
    "closes_at" VARCHAR(5) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "horizon_days" INT NOT NULL,
    "generated_until" DATE,
    "active" BOOL NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL UNIQUE REFERENCES "warehouse" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_delivery_sl_merchan_502d7d" ON "delivery_slot_rule" ("merchant_id");
        ALTER TABLE "merchant_order" ADD "delivery_slot_id" BIGINT;
        ALTER TABLE "logistics_shipment" ADD "courier_id" BIGINT;
        ALTER TABLE "merchant_order" ADD CONSTRAINT "fk_merchant_delivery_65603194" FOREIGN KEY ("delivery_slot_id") REFERENCES "delivery_slot" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_deliver_92e290" ON "merchant_order" ("delivery_slot_id");
        ALTER TABLE "logistics_shipment" ADD CONSTRAINT "fk_logistic_account__7c588dc6" FOREIGN KEY ("courier_id") REFERENCES "account_user" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_logistics_s_courier_a1ec2b" ON "logistics_shipment" ("courier_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_merchant_or_deliver_92e290";
DROP INDEX IF EXISTS "idx_logistics_s_courier_a1ec2b";
ALTER TABLE "logistics_shipment" DROP COLUMN "courier_id";
ALTER TABLE "merchant_order" DROP COLUMN "delivery_slot_id";
DROP TABLE IF EXISTS "delivery_slot";
DROP TABLE IF EXISTS "delivery_slot_rule";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_merchant_or_deliver_92e290";
        ALTER TABLE "merchant_order" DROP CONSTRAINT IF EXISTS "fk_merchant_delivery_65603194";
        DROP INDEX IF EXISTS "idx_logistics_s_courier_a1ec2b";
        ALTER TABLE "logistics_shipment" DROP CONSTRAINT IF EXISTS "fk_logistic_account__7c588dc6";
        ALTER TABLE "logistics_shipment" DROP COLUMN "courier_id";
        ALTER TABLE "merchant_order" DROP COLUMN "delivery_slot_id";
        DROP TABLE IF EXISTS "delivery_slot_rule";
        DROP TABLE IF EXISTS "delivery_slot";
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
    "eJztff1z4kiS9r9SwS/T/Qbjd0y3PT7vxUVgTPeyYxsvxj0zt96QZakwWguJkYTdvr3536"
    "+q9IE+SlAlBEgiI3Z7uoWyBE+WqjKfzMr8d2tm69h0j7oLb9r1PDybe61z9O+Wpc4w+Qvv"
    "4zZqqfP58kN6wVOfTHa/qmn2wvIUlQgoakziyfUcVaODT1TTxeSSjl3NMeaeYVtUcmhhpO"
    "ozg8joyDWerR8NC9kOcvCzQWXpfSgYsY1UF3lTTP7v2J5nYnLXDM+esOMiwzuiD9RtjUgZ"
    "1nPJYz9YD9Ydxujx0cGubb6Sy0fBj3aPQpHHxyP0C557iDyGDqWrBCDVxci1yb9VD2Ei94"
    "66twM0d2wNuy7yR3iw6O0uAT/8Ou5fkGO/ucg2dexQYX9E07aeseuhN8PS7TekOpiMtLCw"
    "zn78wjL+WGDFs58xudkhEPzjn+QyuRd/xy79579bEwObOvt7C89Uw6RyL+QO+l/NwSqBii"
    "iwReXw9zn5sS4ByQ2HCuaHtTBNqv73OdN+i91MAGX/+LONEo9RdZ0Os70HlDQqvXH+orCB"
    "Ey+DwcBh15VQ9sJ4HljeF3YvnXZPimabi5m1vH/+7k1tKxIwLPZCPGMLO/Tbkmues6AvBP"
    "1WwXsUviO+Ipe3+BqMyeh4oi5Mb/mbyBdYXmspys1wrNz1x4rSyrxyoUTsTQkuaQQyAgf5"
    "qi4D4Jl+hR//o9P59Onnzk+fTs9OPv/888nZT2fkXvZ9sx/9/Kf/ZZZo+UMxzAZfBzdj+o"
    "Vssib4Cwe98CeTIe+KslTqEv2YdjNauCSfeMYM8/WQlEzpQw9Ej8K/pLUT6mKVesILS/0s"
    "V7kdKGgF1uPBdf9u3L2+pcPPXPcPk+HVHffpJx129T119cPpx6RyokHQr4PxXxH9J/rv4U"
    "2fwWm73rPDnri8b/zf9OVskV3AViz7TSGvfgyT8HJ4ib3HoZrDNSip4N5UdfrWYsYUPCA/"
    "XrU0nFF0KJtSMYGqOkpt3Q2+3iiDm3O2ESkG2U9G/a+Du3F/dB5sSNhJ72A57+VM/a6Y2H"
    "r2puSfx6crpsG37qj31+7ow3FatTfBJx320Z8JVRCUPVxUF5Hw7pTRmmNLp4BJauS2f3M5"
    "uPl6jgL5B+tLd3DVv6TPMEyskx3/vtfr9y/pJXehaRjrWK+GjqK9O6sj/mIYCVT5JRHfmh"
    "Lwdk4+C+BL7soFmH2WRDhmtohiHBNpIMqnIiCf5mN8yiCmVtbkJbbT0wtPqvbypjq6kvnE"
    "7th592Y/mnVm6SuqpT4z4OgvpN8/8Gx69sIxmImccXrCj4QcHi1281pfp0u8jzfrx4mJsY"
    "cCyTay2eeqab6jN9she9kzmhAnxSbOyww7GjH9Oa7NZkNJOgqhrEIsW7CwwcI+HAu7RX6g"
    "PrTM92Bi1MTiDubwSoN7MdcLaj0pCVqvitY5flbw7WN7XGwpl1pyU4Lr116OnoNpWRk173"
    "D1jb13Lnak0Y8JFUL+ULe9jLWZfROyivhiO5j46L/g94yrmwI/sBivY0PV6xX4M5xo4dXl"
    "V3TUt8hSS7/9BALyw7HHQCDfAd3cX1359p2oKZ98IbJKGFp4bJM/BFVwHwxSq/dAFP3Y25"
    "9Avte963Uv+yngN/KLwql856mTSYvjHSVvaIv4SNHkcSOZ9a4Soj/6BxcFMZipMUf2BOHv"
    "RIp4N3GPpo3eDG/KwiOObWIWxXlHU9vU6d8czHGeSh4c3KlqvE/gToFhvQ3DGtypQ9S6iD"
    "vF9oSswv92N7zhKzsSSOvZ0Dz0v8g03ELmvFCY5D8nC0tjOQ9PC8P0DMs9os/7L8m4SRnh"
    "SQpQQsUhTfzhuvtbmkHuXQ0v0rqjA1ykPKu9+raVe+nAuW26EVI557Zq70AZ3i3fxwLnto"
    "7O7a3qeBY/6Bd+1BZxaOexm9d5svl4rfcawcEDB69eK25NTX1w8A5R6yIOHvtvRt/5KUDh"
    "/Q3M/znu/CSSxdb5KT+NjX4mlQIUyw/F7xxH+yKQ+vLLCJssnz/figq2eGL51lAVedZUYr"
    "K+4aepbb8o2NLnNpPcCLBf/eH6wWhNQm2bqWWxeZZvaAazUNjWVF4CAZEkM3rAhNx/hOia"
    "jAzPRXd/7f7YOTlFusGOjxgucj3iCOp/YZENFxPDxL86td8sZBNvBKkeYuYKGZabflb6Q9"
    "gRm2CID5btIdV5tq3OR/SENZV4CfRpLjvyQu748cnwkKNauj0LRnaRNsXaC9bJyMFBGweT"
    "Weh65w+WilzTfkNT1Z3Sozce1sj95MqP2PIce/6O5qrrvtmO7rYRfXQwMn1ikQhPqDQI8I"
    "D9D/Z/9S1BsP8PUesi9j9ZuCfGdxkPYClRjg+w3wV3y8dYyAar0E1ZBuC4TAPdrHKOWeTE"
    "xaRilWk5CFmWHrIkdirB13+QhGZSYqCY0hXj4Ff7pdBun5QsYbevZspoDTf3rE0X89MyWl"
    "7lTyXlIF+grLB1LLC2YdQ6Fs+rmSJE46bJObh5zLo8AmyEJ+QdnY7JMmi1OBRY4vO2CAnm"
    "+BKKF4kI1ZUxXHeBdRRIIyaNPlCq6vHxX57x+PixHZZqmagzg6b+TnyuKqgVY3iIDost3U"
    "UTx57xS8yU/xhKhXVTAxouzVrWGW92Hn5GT3jOVOeF1qghT6M3kI3n8RGplu5/L7+ojYW/"
    "eyyv2X/yg+V/kSN0S0YhtgQdR/XH95+mPpOph2ZYtdjQJlbJnnbOxnqb2mb0S8i3Cja8Ij"
    "yZP0iZtWDCbAKg3Wq5N7SBdjsgAgZot0PUugjtRrZNGUoouL1xhNunjgAX9KmTywXRj5J+"
    "bbDjSmC7lGgg2VY+wMToMMh7UGC9Sko2cL2q7/rE2ZbcYnuSC8xQLfQL/N8haLkax1X2vS"
    "NWgfnjn5OQpv2KnpSoxjtV8lmJnRF+rBbAwHo1PDX45RnOL31LW4T2Y/UCFCMpJZIAtxRB"
    "no3+ZRsWUqMj/T/QvDQycBuR5+A5rQ399M6YLSaGsX/kn/J3jAvjZr+V+wTK97E0OnpPKo"
    "0u4AojEtDPqaP8Iv2Xyk+GayPTeMFIZWl6D9YLfv9IE/VwWOoy/v3n2Im+OeMNWanIc/8W"
    "RgwyLtDBc1PVcFRpe4OiB+2wHGWJxJ+PrK48vW9K/6XLVwcqLGFkIBaBWKzXxlRTigmIxU"
    "PUugixCHWTt103GUpiVCiNiVmN0hmWSanGserlZ1gC6Vtkxld878iaDJErIK/nlCjQgrXQ"
    "s+/yZVS9yjXLykKpXDlHLeYWJ3x6KTVkREELRbUAZbWqRpZDdaeWBGkuVN2Jv+zsLiJRsZ"
    "VGFNvMMptTGTpndwV81+CbtSZKKL1dXuCHgc+J9oRKWR/iCeN+UEcLeHfg3evOwALvfoha"
    "rwPvXiH6cSuse1i/RprrzQg2Ms5xIoT4yQrETzKZ1OTBimx5uITQDjukbiuesaUKcQlvzF"
    "WIXWi8cnC+sG0Tq1aOrRaXS0H9RAS3hXW4sOyWY70YDq8SW8HFIGWP3dxfX/QJ+gx7cpPh"
    "5fA9c1P1JrYzU2hgjj+517cBzgyyw8lu2RaWnPCtG7LtEdiJ5IPVvbymfZpVfUa7NPfu78"
    "bD6/6IiI6+DXrkLm3hevYMOwrxXV6N4Mfv/eCBH7R7xY4bZMol1Zbr02TkdsfT/bRd96Zz"
    "/Pnnz2efTj9HXk10ZZUzk0O/5XvY8azx2DnlDasvpk9J12wHzmM4+FTQMh1xQ9Q4eabNYI"
    "YSuNEj24CZHGZzQ3tZzJUyCqPesqFum1YUNY4W8QjIjrAZTGFsYUjHajRQyrNjL+YbwsVg"
    "+koHaipW6sQjk0o1satoqsvLEpPBqxuN1iODNRUz8lOJD+MYm6J1NzXmM1zHqLcQTJrqbL"
    "qq98gQDUVnYqrEKv1jYXvqhiB9oSPdkZfu73Swpr50TyaBhCaCKrQ+NHn3lJmq8wgICeQu"
    "wjH7ZEiREvR1nGgZ4ACztZg5hvtCHq0Z7uam/IiMdRkM1dSXkx2Amzg2PSCIPXpCjZgTxM"
    "583niLjAa+C8btsWEbOu8M68n+rhB8LPvNxPozpuZBSSb/gI498PCsodipuk5PAG4643oB"
    "k9j1h2vSGyuVdhKz4+wF2TY4R8FDWMPWeQLgLodq4AyMeqlvClOmoXtDwJJMZYoSITnpTP"
    "EkyfyUpnhWJqQzQToTpDPVPbEF0pkOUesi6UzQFnC7SR+uuXiWwTe8v3HJYmci4J7lY3uW"
    "hdZTvQXHbxHL61hK7zChY5nHI5PS0e2NB9/658iXfrDu7u9u+zeX/ctz5C5cWggH60VSN8"
    "rvghP2bVw4UimSKbFCCqmYNZ9E+uQnkdlP7srFmn3GB9svlFQE76Vk8yA/7pwJreZnK1bz"
    "s8JNXgPvf1NW5ZAdfxmWTtTlr5oBIo7TPpNkaokagQNP7cXGzOav4ThNBWru2PpC2ziTyB"
    "+lqSBBFhFkxmwz5YNu80pwlHTz7A86WtcfrKmYuUEW0O6SiWoNk/Kketq0rNSrCzpYUyHz"
    "o8mGh2d7CCHXErHQnSwrw+9Xf7xLf7imZsu8qo5Bi3lMbAeTrXLTleybP9yXYLSmzrVgjr"
    "0rrmlvClk4we7IUAeBl+IsuCUti4I2WpiNMsq2WWEkftSCE5lPncTID87HT38IBehbXaTZ"
    "sxkB33tHLL3/x6fFO/LHQWycNrLfLL+2Oy3lzm6inRKJn8KpGb/xcJIF133Jkouhx3LvoB"
    "Y6JDFAEkP1w9mQxHCIWockhv0nMajLrN4kxPm10GMi1aiGTh/bmGroS5NIysJIiEEVU0lb"
    "g3twQ1YFGVFQg5QaMtF4nlayKpGuxnmXGKxm6shzcNupopyZybi+pKy/hJQAcMMb3CWW2g"
    "SsI2LtjAa98apSp/sNPNaRTYVj07sks2KrI7dFYnztzKeykgs2nDQBkgZImrq760DSHKLW"
    "RUgazeYVnsgnacL7G3cS4rMIQ/M5n6D5nOFngP/aLv81t01D4/R4EKwgGklXGe/Wdffq6h"
    "zNVNN8sL6Ohr3+6PdzGrvTsPPOrtzfXtz7lxbzpwW5dt0d/dIf3151aS3Rmeq8YI91Vk6H"
    "DEX01hEqJb2iknSmkLS2cBxs5aktZ82JyezwWFDv5vdtMZOpYq0CIH/KL9WaOYEVVBeRIY"
    "bjMsAMl8IMFzqhAlUkZegFOif5M10GqCt/lKaCBEnyUGqzdKx2R+zVEh6/ICI7IrEZSFE9"
    "xAZRoDxbZe8V1mozzbZJIC9P1XH448SRu3z6+C1xW6ns8T8SNZAYE/FPYJSBUQZuERhl0P"
    "outF59RnnfegVOudacMuRUVoA5g+7wezfmViT0QXf41gr/rF2kO7wIM+x6tvayuX+svTQI"
    "bDiDuk3yYNVx1Xx4xStDFzizWheKS5J36ZFf/Gw77y0O7RJ91l7FumjE8zbtZ0WL373N1L"
    "3Esc256mA4slnj7b4N3M0BefHA3Ryi1kW4G6AXoO50fdFdmiFS5kJCrBBPUDGztBI0gY9q"
    "CSRB3ACulx5EOYLEBEwwBOQboJv7qysxikCbGqbuYE53drm8jKbhnVwkdlxYtS4YbTOvIM"
    "yw47i3seS79d6tGbtZoMBSoGpkTybYwToyLKSi5fE2XhElERFuZsJ8OSFiB+jS6QlQ7Khp"
    "O2AbPOcD8qHAcz5ErYt4zsH6L+98JOQgSim5+EL1lwqoYZUXuDSLNnQDm9fKoJ12AxNLwf"
    "qiL1BZZ0uVdfJ97W06SeEE55WhXc799U5S7JXbXQQw1rfNMTSszAyrzLqwqSyK4GklPiCM"
    "m4InVttdqA2e2AHZ5OCJHaLWIYYpV75BqMFlZ0WDy062wWX8m2VgHpO9kA9zSmyHdRxa27"
    "U6ue9M/7dx4nXJpEJHr8zV8OZreHs6Pxo667LOuhQ6cuGSXCFmILlUkb66LqbfR/HInJd5"
    "E1Ji8CZIvwlLHyO7r2PNmKlmHtkWk0vv6r7gUTBAbSN7PCVc9nuD6+7Vh+PP7Q7DnCBu+E"
    "5v/BQSVOpZt4aUXKkn7nVmUF7lHaYEIWmlKGsMx4uqxhjD8aKWBKMpdLyIt+SUAG/zEoXS"
    "6KaW2Q1Ss6BSFR/xxNwMei+W03KxSSBtM+wQwsUJO8SQXB92eI3dvLuDR8uQGbD2tbQE2s"
    "DaHxB/C6z9IWpdhLV3XxYyRENwe+POxZyKFFw+zS+4fJopuFz9cMjWaMkdBEN8RlGd2Que"
    "xypARi5FN+Yjq7ZaASFZO0JS9cjDnxYerxDnigpICSkogrQ63lGgCBJE/ioW+YNs72qRxp"
    "BmXG6asQilCQWphOrJm4a1aVlrVk7+iozTVKTwd7/8dxlgdScedljl9Z7qYkHUahKfSEVy"
    "HK8MwGgd/iZPrr3U4q8NUlKhhRioZF/VVJez48rXgQvCDF9iQzbkdZUMxfi7IScQE22T+W"
    "EYw3rFlkdjlW50c8nF92MRnmWR/5Un3KPbIEBTW6u7DQGaA6LqIUBziFoXCdAQTREbnbPc"
    "5q61MYndMR0/bXfB7Rx//vnz2afTz9E6G11ZtbxmEw+JYrAT8FmCeMZFANA0oIF1Ik3JJe"
    "WAkiucSpsw9qRUkJYEJZTFi8ZM9g150eZl1bVTvGhyIVifSZtodLYhuoneag3FN/2WF2ee"
    "Z/YrnuGNE0WZV30djNUg4JMRXdO0NQbEprxqNFCToNpmZm1yfuXROvEJKEzvKLO41A6rfN"
    "BnA5dTV0uhDVzOAXn1wOUcotZFuJwXg0fkiGUThbJVLpfR6l7+7f5ufI5U/V8L13uwRv27"
    "/ogmFgUcCr1y1e/esSsmVl1y5bJ/ed8jMjqm6RFMZjzs/cJk6L5H7uhed78SEV2dkR3/wf"
    "p1NBj3leGXL+fozTE8rNiTSUtsbm05Pymg3qiB7anylN1SDnimPOJOGtusIICbBVd1eWVl"
    "8hN8lxKQsC6SsE78BNtRiBfuSNN0GVEoO1CUK3UwLS8fbK/iUz0mtK3ZnnF8djTZz0Tm+l"
    "n+VD/L9toJnVWpSR6XAh66LB46yknZkCdtWr5oO1ugNpp9VapNGyP/ODxWkhrMJ7H8hFg1"
    "effaPh73luG5yJ4g1UJsBESTHtGUfHHanuOD7SBPfcEWmjj27COyyWcMRuTYb9kWHxuPJk"
    "mZ0dE3ZcxStWqBhav3OtkGFu6A+Bhg4Q5R6yIs3B8L1fIMj3OeNXexjYs0yTotjUCgZx2l"
    "nKpIYIf0QTyRa/ueVfnsYmjTSNkJMaEmzdzdd7kBp7YiTq0ZHJra0Kdt4um+dsqvjb38Qn"
    "1tgCzYhCygkavRoDfeF1sQ1t1kM7vFIQySN7RXcQZRgUs7undn6S6p4ppJD6tcn57f4GbL"
    "D9UWZArNIjo/9qhS2Yrwp2S6L7lTYz7f5QPJ7DJeaV/Xkh/57NiLecksz9zQXsigc9vYvD"
    "9saugAhnfFNW2onVhf26QNRNIBUQpAJB2i1kWIJGsxe/JtI1HWYynRuAqKnTORpImz/JyJ"
    "s2wguXbVt+bY0glkylx9D7PEZdLnbvs3l4Obr8pt9/fr/s34HKXGe7Buu4NLclk19AerN7"
    "z5Mhhd0ypdRDMTw5lhcvV20PuFjEFuIoYMkaUyvV/6TEp7oXfc/XVwe0svBHYgTcG7Gnzr"
    "j+i1yFSLrv6ufOkOrmKfvSsT1TAx+wbXt1f9sf8NZnPqB9Gr3Zte/4pJaFQ1plmsfFhHpC"
    "ZnJ78mZydTk5N8eZfbPiv/lOJSArLG0qRYfQpD7mwVLLkupLt48mzPr0KasipWlTiNi0F5"
    "UxwHP1velK2CbJGlhWFlkc4IA95r8C4yoWE2S8/mGSZI5Zw2WDOXl6KNy+09FUl3PM1Pdz"
    "xdB7giW/c7T75x0B93RLAnd+VHRDv56BOvjdJoWeTzyyfzZKGIcsL3LqOIsoNnqsOJK61K"
    "uA4lGvcSnAidLThZcbbgJHu2YHlImQZyijrM2VGqbJ+3gqNlyvBGGY4u+6PojJlCvjILWo"
    "VHy+gtkUftnzKj98R99L17pr6jrMifw8kIFlJa1Q6HJND+LPLKfM5/Y7JGkoPJmqtT1rVI"
    "AwmO9H7M0m3xBGXbpJrqOIYcURoTad6ELv/MDQ3MU7JPkaekOaKA+HrEKQVbINwTEysh1l"
    "MxzOsb2slG9CJGvUgkNyULmq6ypmPZMJJ6TkqClqus5UQKkqSe07Kg6SprOopEFlq5k7Kg"
    "6UprOowuF9F0ShY0XWlNJzNmxZMbU4JwCKPwCZhM8qqUHnjSUMakqC6ivGcpHcSl4EUoDH"
    "7qyIA4/ilBUEFhFaRz9KXUwBGGlaioJhw8N1WNlcRV7Im0LrjioI0NTqkmD95IHVVNisLy"
    "VNZ5VbbvZrVR7MDq13CwmmlC9HBl3EhZf2Q13FJLQPc6NlRDsU0ZIDlnV3l+Vwn43ru4Qu"
    "kDpWObcjQFsF2uuCWge5cYrKEYZ/YoAZTj1l4JON+y4W7tWholojhzLOQE0uR7oJv7q6vW"
    "ClOwxBU5Oq3eTLS5NrAA3glKpQS4L4Px7oLhmok2j4jKATu/iAN30m/Y56Whsz0xZfHr5j"
    "gxfPqvDW4dBJ3r12OkRt3mFU11y+1d31TM/LWKpnrtA7I6rld+pueGSI3YIA1CSKqEUTLP"
    "Jky45qMp3rr+LjZWQ1BNJvQ/2d8Vw8OzMsAKLYsBHXUQDNoQ1OjMk6iQFTMeOOWxkqbFun"
    "ra+FW0D1xryKpZ43m8/vUPLpoa1KN9P0dvUxt9UC1WCfttamhT5Ngm/oh0Qyf/Vr02+RNb"
    "iN7xNn3PFtfewviSJbt8SKCkUV3payoDJY0OpbgNlDQ6RK1zMq0kOtTxdV2HrnTiet3ysT"
    "Pa2kJZVdWIj3FKrHmnc8o/TkkmuDzOCSFAeT3KrDEZH+H1x40j4SovHa3e/d14eE1PF4cB"
    "vgere3k9uKE9LmeG9WCRDwk+9GhxGF59sL6Ohve3ylW/y84l+yFtk+wZVLo3vB8N2ID2gh"
    "5xpPWyRsEV/9Djg3X3+924f32O3Hc3cNf2X3weGthVIcMHGjXGi20JFVP4tKKYwqdsMQXq"
    "BmXxza8iEt4PlUMSJm4ZlUMiUkFqtYlLQRJbWUlsURn4HQf1q6YM0ThzfBZWqaNgLIkwjw"
    "GNUgzXMaBRYqMYA6pNsfZiL7xzxjkib4ojowrN1XcX2WTm8MlNMdEHYo4NPBf5Vjya2KZp"
    "v7mINh4MbTOfG3UZ1UmvB0VgXPTh8ZF8YLxi/1cFnsDj48dzOur/Q5nSrJbtsTqs6B17bD"
    "iXfJugtaHrGaaJ1DeVPoJ+2eAxf6EjReVR28jCr+wHGPo5on99D+TfVHdZOhU94Ql5y8Ix"
    "0IfEr49uaz9YKP4spBODk/VYnKuui/WPR6iLTPKiRTfYE+QutClSfQsVGS4KS5sgAjKFlP"
    "4wOi4xXl8xRRLFirvSh81sC7/Hfge7yIZjv3VZrrbNMLLs4Bcuf90HqlEmT0V99fyA5o5N"
    "dwY3KlLbXlaY/RgMPRoPuldXvyuxr+Q/aamJOIyMAA9/4MfgLpoMktYKiy2HKCUVs0SbbL"
    "kemwMq0fQSCU2dewuHPI2ASV9YCh6dIB/U4NH0A7KQLcgttkNUSyY5+YRMdvadyCUy5pRe"
    "9OdAMNqHUEcenf4a2TfpwMGtbYSPno8QfUKUjOJjNOp/ub+5pMBwf0TylzIF+b8meMXYI3"
    "+IvSTh96EPp98vmi4fgkipL0tmlYYxRZm9ko+PRJO2SUvpHrEh3SOaxofdaepdI+NRJS88"
    "f6qRH02WWd2ga4hqIp9WbNMYBvlyDxZZcSxX9e0fHxbygj/TXxV2GCVohrB/9IMbjkHHJj"
    "c8PsaWsKP/9L/Bfz0+PlhklXmyvyMW3fHDIkY4tHtE5IIKHuTbegREl95CAyRLwBgy9K6/"
    "kLvjx0zp6PRbhFeDok1kJJW83i5ePu6J4kC+aDQpWX/UUJsf8wI0/0jk6xo6ns1tjxbbVV"
    "7we+ufq+I3MeLDV7YSLh8Q0amnLdeGiM4BcfsQ0TlErYtEdKBJxVY5cGhSsbpJRY6Z7ngG"
    "MTXflcg+4reNeLCWJmxobBahw7dQsBN6H0DvgyrVdNmsWnwhpDPCgPcavKH3wTbRhTrYta"
    "+DnWEfJD0VnnwD/ZX6+idZtxQq6TZbv1Cl77A0DU0MdpNNCq1vKp/Akg7BSLwSHNEqm6EF"
    "34pjoQyu4xUZXMfZDC4Hk1/qespUdacykKflGoj3qYjBfppvsJ9mDHbHcF+ChVtqBUrLVW"
    "P1oc9rzOoDRXP3nq4LBfmqmMsIVc2gqll1MBataiZSjshPeuMsNFssRFQX3Hk844ZQ3S6p"
    "06aAtPXcY1aVKC/1OCxZtC7zOKR21yYe5wOyjwIHdAbGxnxVHSMoxwlJdrU0MtoIkuwOJ9"
    "0KkuwOUesiSXZzx2bhVNnm72m5BlJOHSGKr7OC4utkKb5w55TFOy3XuCOxW0HbfVnIgBzc"
    "3sC5XD59+seCTEfD44QGcq20uEiTOKHO8eefP599Ov0cWWnRlVXGWZZ0I7/LU+aOofGyR1"
    "ZlWiUFId0Kx6c1JLPtuGk6JBhvOcF4YqruVKE1bKXJ+YwoVDQpGiKBIg97BD/GQEnBn5QD"
    "BUCVjapW2eDM9hLw/bYcqaHIJt9wgcDfckssAd8vdLC7YKx67aKiAGdMiA26kKimaWssVr"
    "VpVf9ooAZN7WQZu2XjiBL6bCS7IDSt4cY2Y4Gp/hGcgGC2w0R+VDDVDkQoNNjqInovsi3y"
    "P5yqENRGE9vxS8RQVsBlxXJYWZkJqxvE5k62VlE5Q1YgNJlqFbg8pxyLTZX4uFSeyXYekm"
    "i0BfXqa21DtyHwekAhOAi8HqLWRQKvUN0kzo92RAjSTj5D2slQ/BQbLrjrz1GHslUmookv"
    "O74f3Sjdm0vFrzRCj097C8dSVEtX/JIjYRESZXhz9XtYh0Sxyfv0YPV/o8W/v/bPEf7uF4"
    "mjd9/9dXDLzmFPjXnaRhSK4kKZmug4Dg5fYQmd/v2erCt+zZhgjAere3s7Gn6jF4kb4div"
    "7Nqv3cGY1rLxp8G5X7KTnovzJwHVZa8/+OYPpWGDSQ1u7m77PTa+YblzrHl+oZq/BRcd/K"
    "/o2t3wKpBmFRBpmZur4R2rcWPablWK2bBvtwhd3SIzJDlChY9vtrIFhaiebq+6Pf8a8xFy"
    "9Em3s8tR91cyU94Mb6o76ptVRIPlV+enxTW56sun8JcSu+Pvf9qu41FaCkE9yuzvzLA4Ec"
    "oqOlmRVXSSzSqy5wQSXXnKiXCvX3MSA1QZdW4XEV7fELIKjb8MR9fniKxC3sR2KtL7I0K6"
    "WP8PrjhEzIsGbf39iHzVApUWeLKNS4LcSl+QyJRU1Jm94EURVyY+8cT3kwO1rT247ASo0D"
    "wrindGGuCGfLN95psFxELQ5Utu1U5LVtjDKgj2mciafZa/ZJ9xFhCGGo0CvlCfXp4rzB8B"
    "8F+Pf8izFKDkU6JQ9qs6FHw28hIyYwX0nBIFPVdZzxHZWUDRaVnQdJU1HbLVhd7ohCjouc"
    "p69mMQRRIl4oKg40rrGKqA7ZuwSyXTiasgJQgqgFNGdQSfm3gppYi8ESCIAAePqnXwiH84"
    "JlzIS0S4weCmtj0BfKGioyi28hUdM2vvHpaJii3ZomDnbVsbHPWCQ0uVObSUV8mQj6/w4S"
    "Xx4oat+/AcET1t5Pc8Zh2/DQup7CTSX9iZIz+MgXX0bNu62/Z7qAeMHC1/PVN1dgrJm+JZ"
    "9kzTth4iecqJQVPuIadlLcmSBw5zgRWo8Fh3m7mN4KDR4Rw5gYNGh6h1kYNGUKhtG1nWxB"
    "fRXjBnE1vBBMVkIHE9DembY3gethR7MpEANSUFsKZhDY1PKWMrJtSk13/H5DHPlpZSQ84A"
    "QB1vFksJ3SYpXWRE4cUoi8EP655syMxlq67UTBnCROhydV5fOSzZdWJDiBOdLhqKbuZFFy"
    "Ca0wt1CVCL12mr2MouinPO5ibdQmibrGnPT1vvaho7icFhTFN3tFexpab9bLieoblhOryi"
    "xsRK7Qfzj0TcjmYkGzRc8c8UTQnsHLBz9VrFa8rTADt3iFoXYeeitTmj85W9VyKZBh5eK7"
    "/huGyzlQY3tdnCYSnNM1458F7YtolVK+eYVCSUwviJSG0L5NCS2G3e9cVweJVYjC4GKYvg"
    "5v76oj/6cJw68coh82xrYjxnoc5vVr2UqEabavrYxrSpjk5Xzh08Mb7LrDAc0cYVMzgTWW"
    "nyF5rMIo6/e7knYVc5JynBxsQIdkyemqpbDP+U4O7w//G4UQqAwxhVY64hObolwfitSo6O"
    "uOv9EH13U2PO+mFzKL7os7YYuefG7y+Z1Yt7funaDmlyb1VV9O2UKX9SPW1ackKiZi8YVQ"
    "p5iHVdP9vAdB4Q5wVM5yFqHZjOijCdYWRRlvFMyzUQ7PKZzw3qc5VVmOvQIK9hNXgijU0l"
    "sFckmbfWVfeif6X0Rv0uK+idGOvBuh30fulfKve352hu0NRiZTGnVd6V8ah7czcY0zLvtA"
    "ac5RregzW8HytfhiPlsn81+NYf/X6O7IWnTGyH+mHGK3beH6zgM/qs4CJ9zpfu4Io8pzse"
    "98kOQH+lYbJd2MOzuUcrjtMi9P2oBUFVqsMzuLKTZUwcgzyqKhBoABm7ynTo/zZezYZHls"
    "PV8OZreHuaIk9tPYFFXrTWMl8ekl2L0oWRNy6lhbgUYF8U+xhrIfcOJOQAf6DKa6uCqtQt"
    "OhCWDaIUeyvhwrbMEsANAw0X4Xj1WulFAY5bGDnlRDhbaQn4CtbHqSmsSdNhgzot+BXTR2"
    "eXbYlCLeOA3ui/4kYtFpwaLWsrkQ0tPLbJH5JLbOE6ZHvd8ORO2Ygf+SgluusvrCtCvNHK"
    "KxPnVaL1v9xo7+7DuRAkhSBpvdbpmobLIEh6iFoXCZJCV+itdoWGGPQuYtAQCKiAPQFkKD"
    "By1VbFjvKGY8kDgce2IbkRTwiu1/ojQWuU530nuSCO950hi0S87yiBBr9uKdc6nscd2gD+"
    "01gyMpRSqMpC2wbf+YC8KPCdD1HrIr5z/XID5fUMCYEbJQTGweTOE/6qkBJrQHLgDtrOm7"
    "amygIdl2kcyscdEZTJXbkos89SaTYaa2VeZK9LiTZws6vv5pa1abIuiMR7xRWu8j5XnQMH"
    "YZRX1o9LCQJ5VhZ5FvfLS8q4qqEqRMmz1DSs0qH7nurk1dRcQwNpU6y9UFtVC2/dWeZFvA"
    "sZ5FrUcm1pA190QMwB8EWHqHURvsizX7CUdxoJNC7T4lSEaTnNZ1pOM0wLtTvmND5D9EE3"
    "yCzO+UULebIblS+sZhiOh/VW6hRGeM6IiWPrxXQRk4VSkqWrSLNnc2qWF7I8UrIl7EL1eW"
    "EqvulkbY1UG2OJtKikIORDFc2HopGRxVyZ20YBWocjDJooqgkyoR08cewi9FpaFAi20gi2"
    "CNoyKLbEYDVThzDJlp6M6/syhat5CRA3/Fxjcttbj2x8hS4B3Vs23K1dy2VdFGTOrrbBCV"
    "LaPGvDHEvKATes0dhWkywjvHL49BBLQU49ahhXdlJlSNiHjdIgjbIyFkEbaPEDIkiBFj9E"
    "rYvQ4tAvHm2hC7cj7+LGhJoE6o45hqLNt0vouX24CljBLoQW4IZuWZgkUjMVCHu9y3d/vc"
    "e7j67DdQV2RbfhPadDfTFVd3qnmlwfbvlhe5UTN3fsGfkK9GbFDe/eWW5UDFtIjarlut0G"
    "H/CAvAHwAQ9R6yI+YPUb5tb5zM7cMTQOvJdYM2aqmXeCw+AabrovdBQI1/A1WoHvZb83uO"
    "5efTj+3O6kmuPGK9NkWkQ4nltgwUoINnC9qu/6lN2WsKUXUXFMDBRcaQUDC1k+C+naJseD"
    "yk+xCW5vTMPk0oCcY0eJ8hJMY2ZwFqL8DDKu8O5A3nJT5NJANix6VtV23hVKdPCt0fVlHb"
    "Kj7NBG1bG+0DyFPG2uvocHDWWqPYz6d/3Rt74yvFGGo8v+iNZTcLHziumYrIYyrdBwed8b"
    "01tuu79f92/GtFID77l7r76w93S/imXnQEDkYBSwIiAC7H257D1/xSkBXqlU1ootNSVnso"
    "pkAfol/kvIBWSdEASTAWsCe8rVsT11Q4yi+NDf6WANWgG2mjWZQm1V3C3CVTz4pvwRyawL"
    "wbXuLcNzkYpCxwBNifPlIsNC9hyTPxw0Vw0dsXfKRfaE3EofgT54U4yIR/FjJKjZC8vDzs"
    "ejtM23rWdw8zyTIcgo2R3SPStjkbQh1HdAQR8I9R2i1huV7lkXcnCvB3wr9+LsheKI2WCy"
    "SsiIghrKIjqSNuGGzngiIa5m2hB1xjNzsYrHSusKrtC50v1kgt4GpD3HH71d8vkrHNHYTT"
    "tL/nx27MUcUj9ru3C3wR88IM8A/MFD1LqIPwgt8nbQIs/BE+xgi5cFmo9yQghKEKZAzpYg"
    "jIqes4YXKisfV7RuenaIQgqoWHgqnet8JpTrfLYi1/ksrQR1RmMFnA1kVbLzUgiynXF6kU"
    "mzTQ5dEzj0Xf6sjss0cLn+JDCLP+V3MuHkk9esrVBrji2d4iUHd+u2f3M5uPl6jgL5B6vX"
    "vR3fs+Y/mjr3Fqz3D5mmV4MbvyGQRsP7Ou338+X+5tLv9zNZkK9WqN/P8anI+pO2jWLLz2"
    "nm7Qi+tVJoGeJI72c92hb1XfZiFCq/GNwcaYB7Fdxz9V1ZOKaUQbMUadxZrROhLlYnK7pY"
    "nWS7WP3h0Bxa01al7MakFCAtgvRytZVnmZKiUAC5OvxCllbSVNOkPLmrOFjDxiuWOZPCF4"
    "YgdDoCGrHxGWhXseZxKYh7lhX3ZKiWEJBjebBfw8FqpgnRsFx8ChbPPfZNyQ1zakdskAZh"
    "vdVc2gAtTsxyiePakKXiLO/dWeQyfPaGsUu6/MZG9dPfIR5a1wW9DfHQA4qMQTz0ELUuEg"
    "+FAMa2OUPVlWsSvpRoYPDiVIRZOc0nVk559XAONn5xd9/r9fssMOEuNA1jnUYrvnQHV/TS"
    "RDXMqkQqokizbwEXjVMnpCFELRSifsFS0dPg9sYlYGyl1FnkBUl5K3EpKPRQ9BREzK+VQj"
    "8pBzxgWTxgLC17QyYwlgVeM0WI0oDJObj+3ANbMUpA9ho72lS1vGE4Xr0WGlF44wusdKOn"
    "bbKIFyYZhnaS7Vue897isImpO9qrWEXHcF+Up1BAiFVsDS2MvCkBGdFj75EwchYmZtktLn"
    "bP46foPzy9I3LRQYb+sY1UC+EZsSvJ39CcTDBMfuHsyZ9LidP4W3rOg/Whf3R8+pnegnT8"
    "amiYCPhn+AlQP7jo8fG3Hy/ZBz8O9MfHj/TgP73VNF6x846CnsvoAy0WYNkO8VINF+uImD"
    "3tB+vxkXxom+RO90jVZ4ZlUDwpdkcMbHbtKBhDITLkAUeo/51Abr4j+jXtCf3BM2S4yMXe"
    "EeqSH0I1+WC9Gd6UfDv8fW4QaUX1Hh9pcQJWfUAlyFg2Mm3rmSAQwENAeKdDfnjBcw9NyO"
    "+g9zpYI9M7tzbBKiY4fiaoRCo4JP2e3oEPru3G3gY++ICYQeCDD1HrInww23Vl+IJIYEt0"
    "zP4Yg86JUInIkxU1Ik+ypzaoMSPFfYUCzcNXhJBZwcdk6RjfIJQkFxNCjQN5O6delgawDN"
    "IpscZhXf4Zr3pEj3aUltsRSsvtrEjL7WTTcpfumKyVk5SEpNzqGDWcpNyEi5pR9MqyRWlR"
    "YOyLMvZ7LR11sBpYQdnvvpxOxbRQajUd/oID2K7DNr3AVoqxHxnuC81mcv1fn83+jX/eXs"
    "vW6/Fbd5YCXBbxC/ws8LPA1AE/C1rfGz+79yYzldP1XlwZe+FptlwT0ZhIAxN7y2+n5DNZ"
    "nMzev90Nb1aRX7x0Xt3QPPS/KMyT2AoL9p+ThcVKKKGnhWF6huUe0ef917bYsRWAU4gSC1"
    "oI9Ifr7m9pHfSuhhfplYoOcFEl971ys/8w/feqqaFUB34/Huay79Id9siq8eySPcRi0yvj"
    "bebe217lecY2fjcQU7Sl3NqcsV+nNvLv12nTlGi0H1iOExuvjd6m2KJ5WzrLUgqvoyc8Ib"
    "ez6+rEo3le5ONWSrflP+HBsl+x4xg6TaNy/RF1RJbmx8clhkfhGI+P534elm0a2jt5aDBP"
    "iSwZ2bI95OA585QK5V1lDK9y86+I7mxw7eu7wLfBtT8gJw9c+0PUuohr729kMv7OUqIa7g"
    "59bGPcHWZMyGgjEgBllK+M0MaRskXiUhA0Lsp1AeVYRd9/f71/q6YOUQ5AsPlvZtnZHbtS"
    "seVGFNj4Mlup4P1w4T3Z3/uvOd2G4h+3VxEoNrtRwa87bzs0XzwRu2EaWfTg5dd1KW+Dl3"
    "9A/h54+YeodREv37PnhiYTN44EGhg1Lr8clPpMdPVM8JCBOCHUQJjL7/AUISbvk6ckwSMs"
    "7JjPgmoe0jpICQI1Aica6qqB3O4V+TxtfusKYGo3Z2rTHquMXZuWhUN11TFks/6L6nl4Nv"
    "c4GXr5m39MBLpapNcyU3U9BTsOj3Ic4+85mCalmlAUc9VL0v9tvHrJit6Rq+HN1/D29DqW"
    "xJ1yeViZqw63fN0Kzywl1wTst3GiPRPF2A8bHBa/G1hP9vcBWYhaHE44e1N7FTO8tKTp/Y"
    "oRCqzNqeuiuWroKJRHrGQd0g13rnoa2QGRZyNaoiy8oY0WlmeYyPXUyQQRPMiqbGL9GZO7"
    "WE5aIp+u9NElaeuUgxEbEIjs+lvfQGQfDqUJRPYhal2EyGbRUGniIy4F1F9h2sOHkSEnYb"
    "AmpRpIdJcfTwB+qWL8EseWlNlxOOLAMlVnl+GwTHGFFajfxJcHwr2WQafK7T77OXy+n64j"
    "h+rwrkjCDed0VhOFWzPU8C0QzRNNrQAi6beJtbsElJueiMvb60pIyV3biWRo4bFN/pCc7K"
    "J9SKq19IiqI7cNCf/E+Ubk9q/4aWrbL5dBn4sWh9pO39JeRWy/+TcrevzuUtOe/9FyF09U"
    "OmgfEjED/1x9ljps2Gfh754SBBSpJV/iiWps6XPb2NJx7dQq6KkOwQQo8TpbCG2gxA+IHA"
    "VK/BC1LpTbHa3lWUZ2fS/apXSVmdnWbXc0vumPztFcdTyLtuS67lNW72Z8juL+0P6bzibt"
    "C1GSPClVZVVUJhscQkEQCqoA/FsOBc2IVU6cL8n2MkmpxrVVLn8xebJ1DtOTn/8Y3t+IOb"
    "zr1MelO13EYllK77DZzJx45xRCWbOlf3M5uPlKzBZf/sG67F8NvvVH/cvzsD0o1h+sL93B"
    "Fb00UQ0T69UwZCDTuuRMa8deWLpSANasIICbARcHr5OBpaBNiQGwaWDTjGcG29XMAkccUh"
    "+qwyZkSSQTqy5WWGa2rK5ToqDnSuuZnuAp/l5zxEHflde3bzsTNeocvz13k+SJNiiXCY7S"
    "1dyfZAguHKkO0nGZJmCe9AZPhLqWnqzoWnqS7Voa+asFtou0LOwVVd4rUqkIEux6UrBBm8"
    "QhJbwerAZWJF2GMzurDel0wCAlqh8bsV4KEU1FS60G61Mv95PZWlN0hRJb93PoPT3D8/MC"
    "4y/B+rzA+Eu4w3KofsrBVvLygmAGpODVcr9oI0jBO5xkLEjBO0Sti6TgSXIPm9AOldPqLn"
    "iH5TeTQDkltsNkgdZOsO4IYd1ZgXUni7WLye4jVY9qKdHA+XzcORNJq+ic5edV0M/ycuek"
    "+symxKpxyr9RvWZjHpWUZtJyoJrSVVPDlDHimxqvWFIBrW5vPPjWP0e+9IN1272/o5lhc3"
    "XhViUzLOkQizuYSTnIvi6LmwxwLYE1u12OVDNFiLJmyTkoS5plgmHcbLOLQPbLLyNsqjkG"
    "aP752GbQlX9uk2DsBZXMu7pOObMWh2BM39JeRTBGldHV2N07IxjjddmBCazl6twGJvCAOC"
    "FgAg9R6yJMIIEcS+YhBQKN46fKP6TlYM2YG5L10hNCTaSohGjA4xU04HGWBpwTlKROdkYC"
    "DUS4I8azrqBZ0/Bq9sLyHM6Bw3yAYyI7XCl6NzviskUQzgc4M30d+9Ugjm5OovOKaZwWbO"
    "B0FqGD8tmgLBkUQFYE5qYiXPopcM3w3qUnc0KoceZFydOYgiULbjNxLX3y6gb9AponPYEz"
    "gs0Du9xJHAJWBORm4lv6ZCbPwpIB8kiigVvdVpIQqE+umvLGW1KscZP5WMRKPs43k48zdr"
    "LhRt85g/OFbZtYtXII4oRgCuknIrktqKMru41pXwyHVwkG6mKQPpd2f33RJ/Az9MlNhpdg"
    "hyvSvbVyi0kVwqchsFl1bKvSc9XUIBo8TU3BKh05+KY6hkpeHaIxTXW5Rw7St7RXRQQNyz"
    "Wep57y6gspk7jUziKD8TMeJZ46iKbnpiWMIeIIEcd6LXU1jT1BxPEQtS4ScUys5ZJ6T8s2"
    "UPP11XT2BSfWp+MpusohKqme8+iHmNAqBTdLuVRhKc9rajvG//DOkORaJTGJJrlbpRW8mR"
    "Ej1pYsTBtKNJAMKz/TemoQh8t5p6+vTFXDtBhMXs7kJb/LcxXXNjkTOBfZpBDgysGVjIud"
    "V9Uk78UrLxfqi2mreV5gRjSF8ITKbgvjn47+42QPG9Xw/uKqj25H/d7gbhAcnYnMDvZhkl"
    "Ic9btXVaoWU9H5vOOCPSFPJKuBpBy0SCyH0oUWiS0JWnfDSjKx+DPXTJE5DpPiaC9VkRMx"
    "dcGdcyQms4Bk4ZPscvhtOU6t1g3RyZpcMLfd4ZAzH9dHFoJZKx9cCN303QUYoif7cNLnQz"
    "yglrthG+IBB8QMQzzgELUuEg+QpIeBGKb2r8phhVfwFKHALtmJPaFVAjth2m/c5Jp8fCMJ"
    "AFgE4MV8LglwJAEAiwCcspLFzdiUIPBrZRE88XSsDQkeTlpYzTQi6jqnZmOV0vfC+id3ps"
    "3N3Ut83l7lWweFWd4VN7y1VGf6Hy3yY/HUXrhsSrHousvS6ETz+JJS7dKS+uaG9kK+PaT0"
    "1Xa9a4MLf0DOHLjwh6h1ERd+uT1IKj0h2ECd11fH2VcbW3oRFcfEQMGVVrBGPpxMimzYcU"
    "FQcqWVHDO6JbWclAQ1V1rNmjpX+RUi8o9rxkSaxPuUlifoqS9YJhk7uh96dFeqW1xF5+mO"
    "8/8iVkhaB2lJUAJkAVY2C5A75UvA99f4WA0FOP2iF8+ztB0dOxtmWoYzekjHEkAdyo4nox"
    "CjBYNlZaSC3dMWjlYoTnh/7QoMQNQAogb1WrVryh9D1OAQtS4UNaA7yMywFh6vJ0nugpsW"
    "a5L7UZqDDfzPFjD1aW75GZsVBEYoDW7ILptkuSsAcZ747oA+rQvSbxi/8M+95TcMjMtAs8"
    "DE/lpGs0B7ji1+bDW/MEVcpoGlKU4EKlOc5DflzVTLNm0Xy0KcEAKM12FMLez/kWzDEZfZ"
    "Yf3brmuo//9uqlrPU9XY1iqSquz8WQDt08/5lZ0/Z2qt+MV+pGutpMR2t0X+XJMdclllbG"
    "F5BqciSP7pJI7ohieVqkljCh5UWraUTRFqq2o1L4V2WKc5pNpqW6YZQqoQUj1MPhkCqtUo"
    "q7KqWMiK0KtkuZCNAq+1KBhSIOy6UZCwix1Dm7Y4ocHgk/aqgKC6vGebQUCpeN2hBOs2tH"
    "jzw3Cv2HENXuXRfE8uJtJAV7lzIuIsk7vy28acZBxm+lJJIBzc3kB0t9ISlDzR47Zezac5"
    "YyK7Zzn347SVxmdmrLBdnsv98/8Ak4od0g=="
)
