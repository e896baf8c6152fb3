"""Migration 5_20261201065314_logistics, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "logistics_carrier_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "active" INT NOT NULL,
    "config" JSON NOT NULL,
    "tracking_prefix" VARCHAR(8) NOT NULL,
    "next_number" BIGINT NOT NULL,
    "last_number" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_logistics_c_merchan_ae434e" UNIQUE ("merchant_id", "provider")
);
        CREATE TABLE IF NOT EXISTS "logistics_shipment_batch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "provider" VARCHAR(40) NOT NULL,
    "created_by_user_id" BIGINT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_86b30f" ON "logistics_shipment_batch" ("merchant_id", "created_at");
        CREATE TABLE IF NOT EXISTS "logistics_shipment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "carrier_name" VARCHAR(80) NOT NULL,
    "tracking_number" VARCHAR(80) NOT NULL,
    "status" VARCHAR(24) NOT NULL /* LABEL_CREATED: label_created
PICKED_UP: picked_up
IN_TRANSIT: in_transit
OUT_FOR_DELIVERY: out_for_delivery
DELIVERED: delivered
FAILED_ATTEMPT: failed_attempt
RETURNED: returned */,
    "label" TEXT NOT NULL,
    "created_by_user_id" BIGINT,
    "batch_id" BIGINT REFERENCES "logistics_shipment_batch" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT NOT NULL UNIQUE REFERENCES "merchant_order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_provide_1d817e" ON "logistics_shipment" ("provider", "tracking_number");
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_7b9dab" ON "logistics_shipment" ("merchant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_logistics_s_batch_i_14e907" ON "logistics_shipment" ("batch_id");
        CREATE TABLE IF NOT EXISTS "logistics_tracking_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(24) NOT NULL /* LABEL_CREATED: label_created
PICKED_UP: picked_up
IN_TRANSIT: in_transit
OUT_FOR_DELIVERY: out_for_delivery
DELIVERED: delivered
FAILED_ATTEMPT: failed_attempt
RETURNED: returned */,
    "description" VARCHAR(300) NOT NULL,
    "location" VARCHAR(120) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "provider_event_id" VARCHAR(80) NOT NULL,
    "shipment_id" BIGINT NOT NULL REFERENCES "logistics_shipment" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_logistics_t_shipmen_ac2634" UNIQUE ("shipment_id", "provider_event_id")
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "logistics_carrier_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "active" BOOL NOT NULL,
    "config" JSONB NOT NULL,
    "tracking_prefix" VARCHAR(8) NOT NULL,
    "next_number" BIGINT NOT NULL,
    "last_number" BIGINT NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_logistics_c_merchan_ae434e" UNIQUE ("merchant_id", "provider")
);
        CREATE TABLE IF NOT EXISTS "logistics_shipment_batch" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(32) NOT NULL UNIQUE,
    "provider" VARCHAR(40) NOT NULL,
    "created_by_user_id" BIGINT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_86b30f" ON "logistics_shipment_batch" ("merchant_id", "created_at");
        CREATE TABLE IF NOT EXISTS "logistics_shipment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "carrier_name" VARCHAR(80) NOT NULL,
    "tracking_number" VARCHAR(80) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "label" TEXT NOT NULL,
    "created_by_user_id" BIGINT,
    "batch_id" BIGINT REFERENCES "logistics_shipment_batch" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "order_id" BIGINT NOT NULL UNIQUE REFERENCES "merchant_order" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_provide_1d817e" ON "logistics_shipment" ("provider", "tracking_number");
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_7b9dab" ON "logistics_shipment" ("merchant_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_logistics_s_batch_i_14e907" ON "logistics_shipment" ("batch_id");
COMMENT ON COLUMN "logistics_shipment"."status" IS 'LABEL_CREATED: label_created
PICKED_UP: picked_up
IN_TRANSIT: in_transit
OUT_FOR_DELIVERY: out_for_delivery
DELIVERED: delivered
FAILED_ATTEMPT: failed_attempt
RETURNED: returned';
        CREATE TABLE IF NOT EXISTS "logistics_tracking_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "description" VARCHAR(300) NOT NULL,
    "location" VARCHAR(120) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "provider_event_id" VARCHAR(80) NOT NULL,
    "shipment_id" BIGINT NOT NULL REFERENCES "logistics_shipment" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_logistics_t_shipmen_ac2634" UNIQUE ("shipment_id", "provider_event_id")
);
COMMENT ON COLUMN "logistics_tracking_event"."status" IS 'LABEL_CREATED: label_created
PICKED_UP: picked_up
IN_TRANSIT: in_transit
OUT_FOR_DELIVERY: out_for_delivery
DELIVERED: delivered
FAILED_ATTEMPT: failed_attempt
RETURNED: returned';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "logistics_tracking_event";
DROP TABLE IF EXISTS "logistics_shipment";
DROP TABLE IF EXISTS "logistics_shipment_batch";
DROP TABLE IF EXISTS "logistics_carrier_account";
""",
    "postgres": """
DROP TABLE IF EXISTS "logistics_tracking_event";
DROP TABLE IF EXISTS "logistics_shipment";
DROP TABLE IF EXISTS "logistics_shipment_batch";
DROP TABLE IF EXISTS "logistics_carrier_account";
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
    "eJztXW1z4saW/isqvtxJFZmKGdvxere2CmNmQoKBi/Ek2TilkkVjdC0kIgl7XPfmv2+33p"
    "BaLdEtBOjlVKUmM6JPC57Tap3znJf+d2tlzpFuf+yZG0tDVuta+nfLUFYI/4X+qC21lPV6"
    "+wG54ChPujtWUVVzYziyGhn8ZDuWojr444Wi2whfmiNbtbS1o5kGEeoakvlmfL/QEXIkX7"
    "Itme7niq6/S2+m9aIZz9LCtCTTQNIKWepSMZyPZP65qeIb4I/3n2pjaH9tkOyYz8hZuij8"
    "8Se+rBlz9A3Z5J//bi00pM/dv7cCWVmbt8g49G1tIdvGt7IDUR9DY6PrBKb3tYtSyx2MUX"
    "H/8TcZuH6R3ZljyON58UfudTmQvdGeB4bz2R1Lfv0TxlrfrIzt+PW7szSNUEAzHHL1GRnI"
    "UhxE7uBYG6IG8q18xQWa8RDYDvF+ekRmjhbKRne2vwl/ge21liyPxjP5vj+T5VZC0YFERG"
    "H+JRVDhuHAX9V2AXgmX+H7/+p0Pn36sfPDp8uri/Mff7y4+uEKj3W/b/KjH//2vswWLW8q"
    "F7PBl8FoRr6QiVeit1LJhb9dGcVR5K1Wt+irFiJ4yYqT1MIt/sTRVoith7gkpY+5L/ox+A"
    "utnUAXWeoJLmz1s322jqEg/APnY0N/9xdGBvazwV3/fta9m5DbrWz7L93Frzvrk0867tV3"
    "6uqHy+/iygonkX4dzH6SyD+l/xuP+i68pu08W+4dt+Nm/9ci30nZOKZsmG+yMo+s4eBqgB"
    "oeudX6Zj3PqfW4JGi9LFoPMIqo3f/2kXdcZCsX2nIpwd17L0PP/rIsjZqPuPtGnjsbWcLo"
    "R4RyId/U1x6xOBYvzLdesKCTivhsWkh7Nn5B764yBvi7K4aKGOD7FuNdZKpqPQJ/BwstuL"
    "r9ipbyFlpq9NOPIcA/HDkuCPg7SKOH4dCz754U9eVNseZyDHbyidkxmYogazuphLGBZib+"
    "g1MFD/4klXoOeNGPPP0x5Hvd+173tk8BH8eZfLTqrOgriqE8u7+XfDPyPailfO8oi0WL4R"
    "3FB7R5fKRw8dihzG5XSSI/+h829ltWT8iyl9paMhcS+oalsHcT9Wja0pvmLCXsyEiWqSOb"
    "/O1dWpr6nPzNQgznqeDJwZ0qx/ME7hQY1ocwrMGdaqLWedwp952QVPjP9+MRW9mhAK1nTX"
    "Wk/0i6Zucy53k03PqfxcZQifKkp42mO5phfyT3+9/WYc0blp4JQDEVj752p72futMPd93f"
    "KHWOesPxDa07MsEN5Vmd1Lct3UMHzm3djZDSObdlewaK8G7ZPhY4t1V0bieK5RjsoF/wUZ"
    "vHoV1HBu/yZNPx2u01goMHDl61dtyKmvrg4DVR6zwOnvv/hL57S8Vi6zoYT2kZo1VFva6U"
    "b7KOjGdnif951vkhQ7GB/4ZH0f6b/1HH+4xht6abVltFvKB3hqN940t9/mWKdMX9falWlP"
    "+Kx5ZvBVWRZk3FFusbelqa5ouMjPnadCX3AuxXb7q+P1udUEua7IVbmWSdpRua/irktjXl"
    "F1+AJ8msOxlIePxHiezJkubY0v1P3e87F5fSXHtGtiNptmQ72BGc/7cb2bARNky8q0vzzZ"
    "BM7I1IiiO55gqelpl+VvhNHo1HI5jig2E6kmI9m0bnO+kJqQr2EsjdbHwRSXjE90+aI1mK"
    "MTdX/sy2pC6R+oLmeGYJvSLrXbIQXoW2c/1oKJKtm2/SUrGX0toyHaTi8fjK98hwLHP9Lq"
    "0V234zrbndlsit/ZnJHfNEeAKlQYAH7H+w/8tvCYL930St89j/eONeaN9EPICtRDE+wGk3"
    "3LgHcMnjANDaitj/l99R8QL8gpXJS1kE4KhMDd2sy3MOkC/PU0EmH6XGxYRilbQchCwLD1"
    "liOxXj691IQDOUGCimcMVY6NV8yfW2j0sW8LYvZ8poBV/uSZsu4qcltJzlT8XlIF+gqLB1"
    "JLC2Z9Q6Es+rmCJ446bxNbh/zLo4AswNVzOoryCMvZv0CqLmEF0FdgXYlar72cCuNFHrPO"
    "wKWimaLuL7hwK141Y6Fzx+Px6V6vi7n/1N2bdeVEOYY0kI1pBo6VxccCF+kYH4BY34At9Y"
    "Fk0aiAkdD+nWoZz1A+UNRHHWbBnbhdorA+cb09SRYqTYalE5CuonLHgorION5bgO+c14PI"
    "y9Cm4GlD02eri76WP0XezxIM2JmWmRrURXnIVprWRSwcBe3H1js0q4Z/FthZ7kiIvdMA0k"
    "uOBbI/zaw7BjyUeje3s3GF1LynylGY9G7+F+Nr7rT7Ho9Ough0epG9sxV9ghw77Lq+b/eM"
    "FH5VOH40n51El9UMhHcbU55gsy5Fdk2X6qR1xtqT5NQu54JMcPh3VvOmfnP55ffbo8D72a"
    "8EqWM5PCXfCkLq019WWzlotIyZm4U03qlo4TXbHY6sCrbj+YgpqFMZmr1kDJz5a5We8Jlw"
    "vTFzJRXbFSFg5eVIqObFlVbFawRQSvbjhbD09WV8xUxdp3u+rhKSob4chGZ6Fjz0j+a2M6"
    "yp4gfSYz3ePV9E8yWV1X05OOISEhQpmk3Gn7PoI3wXR9PBtPQm8V15il2S/41qrmpQ7uBd"
    "gUz3XrT1XXNaYZT+Y37N+9GOabjubPaIX2trgCU2JA5h44aFWjtSYUBIq8GLY9L9m4BuWN"
    "HC+I7VQ1wTS6HsN+N/vClGi6UxOwcjYnamX0JcoOMEbroiG4CMFFCC5WPcwEwcUmap0nuA"
    "ilm4cNwdj65lkE32B87UK3VzzgXqVje5WE1lGcDcNx4YuybKWPGF7ZRtVEAizd3mzwtX8t"
    "edKPxv3D/aQ/uu3fXkv2xl4jfMd5nkBK8ZUKQW3txhJKWKDEcimkZNZ8HOmLH3hWPx6Vir"
    "X7GRtsr7IzD95byfpBfta54trNrzJ286vchfi+978vM9xkx1+Ed+J1+ctmgPA1LFAstDQ3"
    "ewdkfg3mqStQa8ucb9S9o8feLHUFCSLHEA09ZDSUvLBkv0Rh/8Aoma3rTVZXzEhj9QJCMP"
    "f+NHWHSX5SHHW57+MYoHVDJqsrZF6kT3PQ6gThvUoiFjhG+FdjT3v/ALzfHOrWm65OEfiD"
    "9oaK5O+xmkPF0/vS41jRlEKuWFarK6nmaoXBd94lN2fs+6fNu+TNI7nztMmJgmguPXndnN"
    "xBko4UbAixjtDYdzrBlkqe5L4dlcgTEZnU7U+1sEw4iwPifRDvq0TkB+J9TdQ6xPtOH+/D"
    "miCvxiTE6X1qIiLl6FFDblubHjVbk0jIwoiJQe8SQVsjSvJHjUchFSREQQ1FtZDZQptUiX"
    "AXmfvYZBVTB28jmcRiZPeSSe48BQCc92STikAb22pjsE6xtTMd9GZZPXpOG9moCl0DJUun"
    "IrMiuyODy4rvnelUVnzDhqRsIGmApKm6uw4kTRO1zkPSqPgFIELSBONrlzR8zsPQnKcTNO"
    "cJfgb4r8PyX2tT19R3NsIcrW9C6TLj3brrDofX0krR9Ufjy3Tc609/vyaxOxVZ7+6Vh8nN"
    "g3dps37a4Gt33ekv/dlk2CVNcFaK9YKcta7k63/T4eqBltECLdEBTd1YFjLS1Jay50Rkjp"
    "hB3xv9fihmkuoyxNNkKL3HUKJYATkOvrkQMRyVAWa4EGYYWhMdnF4ga5K90kWAGnqz1BUk"
    "yMKF/k2FY3U8Yq+S8HjNiNwc7P1ACnsRAQXKRYFuC08YDGisKiWdAH2LDSuU//wj1vDC9a"
    "X/BE4UOFFgx4ATBa0fQ+vl50RPrVdgRSvNikJWYAm4n5TTHsUMOEoQUtKKSkmL2uB75ktF"
    "u9xVTBW8OVPUMhQ92CyWCai+7FtMSeaoEdgHdYZ7GJ9n03pvMXzh8LN2liusYndIN59lNT"
    "r6kBlBsWqwNXbEoRKswntwGxzqBrlW4FA3Ues8DjX4fND5sbrobs0QIXMhJpbLeStZQKcU"
    "vpuHagGeW9QArpYeeB232AKMuW34G0ijh+GQz29Tl5o+x1PtG+6tG97xTeLIDeGqgtEh/d"
    "sgcYfh3kZyenZ7t3pkMEffFl/VkrlYIAvNJc2QFGlbNcPqzcIjwgwXr7cLIlKXQ8eMoYdK"
    "3d6AbfCcG+RDgefcRK3zeM7+/i/ufMTkIHQkuPlCU4kSqCHLC9yaRXu6gfVrwdym3cDYVr"
    "C7lwQ07DhQw450X/uQTlKwwFndLbdrf7eTFHnkjhcBjJycYmkqkleaUWS7SSq07d+twBsE"
    "cVPwxCr7FmqDJ9Ygmxw8sSZqHWKYYlXhXEdMdTKOmOokj5iKfrMEzDP8LmTDTIkdsTy8dV"
    "irk/nM9H+bxR6XRH5q+MgMx6MvwXA6aRXOtnPPtiPQ4Qu3+Ao2A/GlkpxsZyPyfWQHr3mR"
    "J4ESgydB+EnY+hjJ9zpStZWip5FtETn6re4JfvQnqGxkj6WE235vcNcdfjg7b3dczDHimu"
    "f0RktDoAHIrj2k4AYgUa8zgXKWd0gJQtJKXtYYaj7KxhhDzUdLgNHkqvlgbTkFwFu/RCEa"
    "XWqb3SM1CxrgsBGPrc1XxdKUvdspffVmqRNIhww7BHAxwg4RJHeHHV4jg49XeLQNmQFrX0"
    "lLoA2sfYP4W2Dtm6h1HtbeftmIEA3+8NrVxVzy9HG9TO/jepno41r+cMjBaMkjBEM8RlFZ"
    "BYdRC5ORW9G9+ciy7VZASFaOkFQcfPOnjcPqhpjRliYmBZ1psuMdOTrTQOSvZJE/yPYuF2"
    "kMacbFphnzUJrQJYirTbWuGfv2Fna7VA/xPHVFCn0jQYxnVARY3YWDLLehc0+xESdqFYlP"
    "UJEcyykCMNLeu86L6yQtviuD1CFDC97uzggshNt+elhBM16R4ZDYmx0OLrjDdyRise0knl"
    "mxHQ6DgENlrcg2BBwaRD1DwKGJWucJOGBNYZuTsd2m7rURieN57j8cdsPtnJ3/eH716fI8"
    "3GfDK1nbazKRDisGWT4/w4lnVAQApQH1rRNhiikuBxRT7tTQmLEnpAJaEpRQFM8XMdn35P"
    "nqlyXWpni++EawOzM0dprSnujGDnCqKb70U56fSV2Zr2iF9k58dL3qO3+uGgEfj1Dquqm6"
    "QOzLE4YT1Qmqg9M54fpKo3WiC5Cb3pFXUakjdq0g9wYup6qWQhu4nAZ59cDlNFHrPFzOi8"
    "YicviyYwLZMrd/aHVvf364n11LyvxfG9t5NKb9+/6UJMr4HAq5Mux3790rOlJsfOW2f/vQ"
    "wzJzRML9rsxs3PvFlSHvPTyie9f9gkXmygq/8R+NX6eDWV8ef/58Lb1ZmoNkc7Fo8a2tA+"
    "fb+NQbMbAdRZyy28oBz5RG3AljmxQEcJPgKjarTUp6wupWAhKweRKwsZ9gWjL2wi1hmi4h"
    "CmX0eblSC5F26f7rlX+pR4QOtdoTjs+RFvsVz1q/Sl/qV8mzYwJnVWiRR6WAhy6Khw5zUv"
    "bkSeuW/9hONlwNV1+Zeq1GyD8GjxWnBtNJLC/BU4mP3nkuxYOhObZkLiTFkNwZJJLEJy3x"
    "FyfHTXwwLclRXpAhLSxz9Z1k4s9cGCXLfEseWbH3bIKUGZl9X8aM6r0KLFy198k2sHAN4m"
    "OAhWui1nlYuL82iuFoDqM+M3WzjYrUyTotjEAgtXtCTlUocET6IJrIdXjPqnh2MbBphOyE"
    "iFCdVu7xT20Bp7YkTq3uFwHt6dPWsVqtTfm1kYef65wWIAv2IQtI5Go66M1OxRYEfSTdld"
    "1iEAbxAe0sziBs2GiGY4+W7sI+RaUd87UK9OvVDdboKmTXD3OT7Y9IHO5jL7X1+pg3xMrW"
    "XsmxoQXf8tkyN+uCSZe1pr7gSdemBsePVvh13gbupUFeOHAvTdQ6D/dibFZPnjnBSxRsJW"
    "rXRK9zxZNncJWeZnCVjL1WrgHTGhlzDJm8Vt6DxGqRjLNJf3Q7GH2RJ93f7/qj2bVEzfdo"
    "TLqDW3xZ0eaPRm88+jyY3pFGTVgzC81aIXx1Muj9gufAg7CxgWWJTO+XviulvpAR9z8NJh"
    "NywbfVSNbacPC1PyXXQnMqvPq7/Lk7GEY+e5cXiqYj9xvcTYb9mfcNVmviOpCr3VGvP3Ql"
    "VKIaXc/XQarD05axk96WsZNoy4i/vM08QSm9sG8rAYlWNI9Und6AR9sFC24NaG+eHNPxGl"
    "FSVkVWl8uoGHS4RFHwkx0u3V3Q3WRJb1BRpBPCgPcOvPMsaFjNwqt5hTBSKQn6O9byVrR2"
    "6bCXPBmCl+kZgpe7AJdFWz+nydcO+rMOD/Z4VHoQsZOOPvbaCI2WRD69gy5LFvroxnzvIv"
    "roWmilWIxQTFaOciBRu4fggisd/yIjHf8imY6/reslsY+8DnNyljLb5y2/Gksej+Tx9LY/"
    "DcuyZPyV3ThPUI1FhoQetVeYRcZEffSTe6aeoyyLl64kBHMprWz1FDG0z3kemfP0JyZpJF"
    "kI77lzwrrmOUOAIX0as/RQPEHRNqmqWJYmRpRGROq3oIsvUyGxbEL2yeKUNEMUEN+NOKFg"
    "c4R7ImIFxHpKhnl1QzvJiF7IqOeJ5FKyoOkyazqSsSKo57gkaLnMWo6lCQnqmZYFTZdZ02"
    "EkMtfOHZcFTZda00F0OY+mKVnQdKk1Hc9q5U9upAShbiF30UiYDyuEf1QKwM8NPpVEzo8/"
    "JQgqyK0COndbSA0MYeh7k1cTFlrriup2LpXNhbAumOKgjT2KCeMFGUIVhXFR2J6KKit037"
    "tJbeSrK/wSTFYxTfDWwEWNlN2VhcErtQB07yJT1RRbygBJKTFk2foF4PtgoxKFrAvHlnJu"
    "OLDd7rgFoHsfm6ymGCfeURwoR629AnCeuNNNzEoaJbw4MyzkGNL4e0ijh+GwlWEKFrgjh0"
    "XF9USbaQOn4J1e/s3Uw54nRNRUAbFVi173x8nFp/9a40NH4Azn3Rgp4bnLsqrYxZ7iXFfM"
    "vL2KZLycArIq7ldewtueSE3dSWqEkFDzk3i6QZB3ykZzbKCZif/gOHwqMldNUI3nNT+Z32"
    "TNQasiwAosiwGZdeBPWhPUBHvrRIwHRmOduGmxqxMveuU9Qao1dvvgonW0c+4/bGmpESfr"
    "/Vp6W5rSB8Vwe+i+LTV1KVmmjr6T5toc/1tx2vhPZEhkxNvyPdmW9wDzCzb78SCBzi5VZV"
    "TbEnR2aU6PD+js0kStMxJOBM62Yuu6CudZ5UydL776hjTFl7Oau7AxpsTqV6RQfFUZXuDi"
    "OMeEAOXdKLtHGrER3l11GQqXeeto9R7uZ+M7UmQZxJweje7t3WBETsdbacajgT/E+JAKyy"
    "Di92h8mY4fJvKw33XLM70oq47fGUS6N36YDtwJzQ2p9CJtg6b+Fa/269G4//1+1r+7lux3"
    "23fXTt+2Go6+KkPSCRzxFu05xFVT/imjpvxTsqacuEFJfNObKQTjoYFCzMQtooFCSCoI7T"
    "ZRKcirKiqvKmwgfeQ4c9mUwRtojq7CMp1FFslrS2NAw6y3XQxomGvHx4CqS6S+mBvn2uUc"
    "JWeJQqNKWivvtmTilcMmN/lFGbzlH7HMKm2OVmvTIa345Bf03vozi9aM+ANe0wysSGXuHl"
    "0ARGclt7g2EJ0NoryA6Gyi1nmITmhhfVBqCFpY72hhXdpW0dDbGHobl6pme79usLmQTggD"
    "3jvwht7Gh0QX+lxWvs9lgj8Q9DVY8jX0OKrrYSQdS+iUV2/9QheeZmkamhQfJ00KWtuXPj"
    "JLB1EEHgmGaJnN0JxPxRlXasJZRmrCWTI1wUL4l9qOvFTspQjktFwN8b7kMdgv0w32y4TB"
    "bmn2i79xC+1AtFw5dh9yv9rsPtAU7+R5aND8qIxJOtBBBjrIlAdj3g4yPH02XL7vyB02qo"
    "I7i2fcE6rJljqtC0gHT6pz222k5dQFvTh2pdQF1O7OjLp0QE5RuUtWYGTOV8XS/NZnkCZX"
    "SSOjLUGaXHMSpiBNrola50mTW1umG04VPdyVlqsh5dThovg6GRRfJ0nxBW9OUbxpudrVeh"
    "0EbftlIwKyP7yGa7l4+vSvDV6OmsMIDaRaaVGROnFCnbPzH8+vPl2eh1ZaeCXLOEuSbvh3"
    "OfLa0lRW9khWplVcENKtUHRZQzLbkQ9FhQTjAycYL3TFXsqkOaMwOZ8QhVL9vCESqF4+If"
    "gRBkoI/rgcKADKx8taPs5Y7QXg+3U7U02RjT/hHIG/7SuxAHw/k8nu/bmq9RblBThhQuzR"
    "Xl/RdVN1Y1X7tqsOJ6rR0o73Z9p2RC+ggXy8vXfdOskfMhZINUZnBASTrdPTo4JUn3uu0G"
    "CrK5Gxkmng/1DYlsxrC9yWFqYl2eYKSYQVsEnLYPdf+P/kn+7aSTbhKGbKEoQmqWOZtpXG"
    "kdhUgbej8kwOc5PYoSbQiLnSNnQbAq8NCsFB4LWJWucJvEJ/kig/2uEhSDvpDGknQfETbJ"
    "jg7q6jDmTLTERjX3b2MB3J3dGtPO1/fhjdkvJpZ2MZsmLMZe9gm0fD+0gej4a/k8/JRdnE"
    "z9Oj0f+NdLX90r+W0DdiMD0jMvr+p8HErcNeamvaRuSK4kKjmbAcBwWPsIBO//mA95W+q0"
    "t/jkejO5lMx1/JRexGWOare+3X7mBGutF4ywB/9KZoDqmL8xYB0WWvP/jqTaUizZUajO4n"
    "/Z47v2bYa6S680/7P/sXLfSv8Nr9eOhL26buSveG43u3n41u2mVpZuN+u03g6uZZIfEZSl"
    "y+2fKeZU8n5EH29DQZdnveNddHSNEneZ3dTru/4pXypjnLuaW8GXk0WHzb6Vfs/jLVl07h"
    "byWOx9//cFjHo7AUgmr0jz6aYXHBlVV0kZFVdJHMKjLXGJK5/JQS4d6958QmKDPqzPb4rI"
    "b4eBeafR5P764lvAs5C9MqSVP7EOl8je2Z4hAxzxu09d5H+Kvm6LTAkq1dEuRBGt6HpqSs"
    "rMwNK4qYmfjEEj9NDtSh3sFFJ0AF5llevBPSADfkm50y38wnFvzja8R2bVqyxB5WTrCveP"
    "bsq/Qt+4qxgbiokSjgC/HpxbnC9BkA/934BzxLDkqeEoW2X+Wh4JORl4AZy6FnShT0XGY9"
    "h2RnDkXTsqDpMms6YKtzPdExUdBzmfXsxSDyJEpEBUHHpdYxdAE7NWFHJdPxq4ASBBVAlV"
    "EVwWcmXgopIm0GCCJA4VG5Co/YxTHBRl4gwjUGl3rtceALHR15sRXv6JjYe0+wTZRsy+YF"
    "O+21tUepFxQtlaZoKa2TIRtf7uIl/uaGrYegjohUG7kLzK0ikjRDUtxKpP92a468MAaaS8"
    "+mObfb3uHAPiNH2l+vlLlbheQs0SpZ03SomwhWObnQFFvktO0lWfDEQS6wDB0eq24ztyUo"
    "NGpOyQkUGjVR6zyFRtCo7RBZ1tgXUV8Q4yWWwQRFZCBxnYb0zdIcBxmyuVgIgEpJAaw0rI"
    "HxKWRsRYTq9PgfmTxm2dJCakiZAKjj/WIpgdskpIuEKDwYRTH4Qd+TPZm5ZNeViimDmwjd"
    "7s67O4fFT53YE+LYSRc1RTfxoHMQzfRGXQDU/H3aSraz8+Kc8nITPkLokKxpz0tb76qqW4"
    "nBYEypEe0stlQ3nzXb0VQ7SIeXlYhYoefB/BGL25GMZI2EK/6kaEpg54Cdq9YuXlGeBti5"
    "Jmqdh50L9+aEzjPPXgllali8VvyB46KHrdT4UJsDFEupjvbKgPfGNHWkGCllUqEQhfETlj"
    "oUyIElcdy865vxeBjbjG4GlEUweri76U8/nFEVrwwyzzQW2nMS6vTDqrcS5Timmty2NsdU"
    "h9WVawsttG8iOwxDtHbNDK54dpr0jSaxiaNvTmolbJZzQgnWJkZwZPJUV+x8+FOCx8P/+7"
    "NaKQCKMcrGXENydEuA8ctKjg6569MQffdLbe2eh82g+MLP2nzknh0df7RTnqM+Id31ocD8"
    "QEqHh2l3/qQ46hIyDyu7Y7aB22wQywXcZhO1DtxmSbjNIJYoynHScjUEu3iuc4+OXEW14m"
    "oa5BXs/46lkS779oog19Yadm/6Q7k37XfdFt6xuR6NyaD3S/9WfphcS2uNJBPLmzXp6y7P"
    "pt3R/WBGGruTrm+GrTmPxvhhJn8eT+Xb/nDwtT/9/VoyN468MC3ieWmvyHp/NPzPyL38i+"
    "Q+n7uDIb5Pdzbr4zcA+ZWa7r6FHbRaO6THOGk73w8PHShLP3gXruRimWHHII2c8gVqQL9m"
    "mQ7932bZ/HdoOQzHoy/BcJoUp149vkWet7syWx7SW/MShKHfLKSFqBRgD+RsZVVQlk45DW"
    "F5gBc/WdMQd8suANyA2r4J5qvWTs8LcPQNt0cDC/SKyI2Tu4tAB4uZ7wX2X1Gt1jSjecXO"
    "Fk1jA81M/IfgTpC7QdNJ92Wx8gP+XPhCwl7e858R+wo3CJEAmBxuU8cLgx0mPgWxJIglVW"
    "ufrmhUAWJJTdQ6TywJjss96HG5EKo7RqgO+NIS2BPA2QFxVG5VHCmhMhJj9T22PcmNaKZk"
    "tfYfAVqjOO87zgUxvO8EWcTjfYd5Buj1IEmof7SiCa6BDeDdzc3ZhBrzsmy0bfCdG+RFge"
    "/cRK3z+M7VS6ES1zPkTe2VNxUFk7lO2LsCJVaDHKojnMetm6oiCnRUpnYon3V4UMajUlF2"
    "P6OyQVT3jOc87zpKtIYvu+q+3JI2TdIFEXiumMJlfs+VJy87iPKK+nGUIJBnRZFnUb+8oM"
    "SgCqqClzyjlmGZqpF7ipXWbHAHDaQukfpCbFU1GHq0zIvo8UyQa1HJvaUNfFGDmAPgi5qo"
    "dR6+yDFfkJB3GgrULtPikodpuUxnWi4TTAuxO9YkPoP1QV6QSZzTu7mxZPfq61bOMBwL64"
    "M0cAvxXGETx5zn00VEFnrsFa4i1VytiVmey/KgZAt4C1XngSn5Sydpa1DnuwqkRcUFIR8q"
    "bz4UiYxs1vLa1HLQOgxh0EReTeAFbaGFZeah12hRINgKI9hCaIug2GKTVUwd3CQbvRh3H1"
    "hz/APRS7bj8GKbdR46E9noDl0AuhN3uolZyW2dF2TGW+20R6ATDrhmJzAdNMkyxCuFT999"
    "yHmMU+c/4lwwqTIg7IMTpCCNsjQWQRto8QYRpECLN1HrPLQ4HKQtHeB4YkvcxY0I1QnUI3"
    "MMeU8lLuAw4uYqIINdCCzAPd2yIEmkYirg9nq3z/5uj/cUx7FWFdiMY1hPnA71WVfs5b2i"
    "M3247YftLCdubZkr/BXIYNkORh8tNyqCLaRGVXLfboMP2CBvAHzAJmqdxwcs/0miVa7ZWV"
    "uayoD3FqnaStHTKjg0puE294Q++sIVfIwy8L3t9wZ33eGHs/N2hzo1NNqZJtFJ33LsHBtW"
    "TLCG+1V196fkawkZ8zwqjoiBgkutYGAhi2chbVNneFDpKTb+8NqcJFsYkGtkyWFegq6tNM"
    "ZGlJ5BxhQ+HsgHPi22MJA1g9Sqmta7TIgOtjW6u61DcpYj2qhzNN+ojozvtlbeg0JDkW4P"
    "0/59f/q1L49H8nh625+Sfgo2sl4RmdPtoUw6NNw+9GZkyKT7+11/NCOdGlj3PXn3hZOn+5"
    "UsOwcCIo1RQEZABNj7Ytl79o5TALxCqawl22oKzmTlyQL0WvwXkAvonoTAmQxYEdgpV8d0"
    "lD0xCuND/yST1WgHOGjWJIVaVtwtxJU/+Cb/FcrsCsG1HgzNsSVFChwDaYmdL1vSDMlcI/"
    "yHJa0VbS65z5QtmQs8lNxC+uAskYQ9iu9DQdXcGA6yvvtI23yHugczzzMeggyT3SHdszQW"
    "SRtCfQ0K+kCor4lar1W6Z1XIwZMW+JbuwTkJxRGxwUSVkBAFNRRFdMRtwj2d8VhCXMW0we"
    "uMJ9ZiGctKqwouV13paTJBJz5pz/BHJ1s+P8MRjQw6WvLns2Vu1pD6WdmNuw3+YIM8A/AH"
    "m6h1Hn8Qjsg7whF5FlogCxmsLNB0lGNC0IKQAjnZgjBseu4eeKG47ePy9k1PTpFLASULT9"
    "G5zldcuc5XGbnOV7QSlBWJFTBeIFnJzlshyHZG9CZDs00W2RMY9F36qo7K1HC7/sSxij+l"
    "n2TCyCev2LFCrTUy5gQvMbhbk/7odjD6ci358o9GrzuZPbiH/6jK2tm4Z//gZTocjLwDgV"
    "QS3p+T834+P4xuvfN+Fhv81XKd93N2ybP/0LZRZPu5TDwd/reWc21DDOnT7EeHor6L3owC"
    "5eeDmyENcGfBvVbe5Y2lCxk0W5Ha1WpdcJ1idZFxitVF8hSrvyySQ6ubipDdGJcCpHmQ3u"
    "624ixTXBQaIJeHX0jSSqqi64Qnt2ULqUh7RSI1KWxhCELTEdCQjU9Am8WaR6Ug7llU3NNF"
    "tYCAnJsH+yWYrGKa4A3LRZdg/txjz5TcM6d26k5SI6wPmkvro8WIWW5x3BmylK3t2KNFLo"
    "N77xm7JNtvZFYv/R3ioVXd0NsQD21QZAzioU3UOk88FAIYh+YMFVvskPCtRA2DF5c8zMpl"
    "OrFyyeqH09j4xf1Dr9fvu4EJe6OqCM1JtOJzdzAklxaKppclUhFGmj0LOG+cOiYNIWquEP"
    "ULEoqe+sNrl4BxkFZnoRck5K1EpaDRQ94qiIhfK4R+XA54wKJ4wEha9p5MYCQLvGKK4KUB"
    "42twd92Du2MUgOwdstSlYjjjYL5qbTS88EY3WOGDng7JIt7oeBpykmzfcKz3FoNNpEa0s1"
    "hFS7Nf5KdAgItVbHW39fEfnt6ljY3/os2/I+XxiiGhFbYZ3SQXG80l/DmpjQ/vIFkbHSUL"
    "74uZUpDVjNa3AAVZyXdJGyjIBpFRQEE2Ues8FKT7hhBxUUOBAzEAp3NSOxdcXQkvMtoSXi"
    "QKBapBQR4pt6vDldvVycjt6jByu+DQ83L5onD8cLDSqlsmPsXeDYkj2d5PT+ZdRD9v7/ST"
    "5tGhR0u+ADel8ttMG9yUBhms4KY0Ues8bsrJ23uXTtcnCfuYG0c1xY5viojUMKWi+Eb2nv"
    "vHyKn4+X48yvIYWYkUc011pP9IAUN9ENfxfxYbwy1el542mu5ohv2R3O9/D+VSZgBOIIpt"
    "aAHQH+66v9E66A3HN/RORSa4KZN/WbrV30wHs2xqqIGHOd44T+a3/mtKM7Lox+0s/9J0B8"
    "ro9ehdydabJ7zRLUOLErzMqu41bfAyG+RvgJfZRK3zeJmOudZUEecmFKiha1N8trjyjHX1"
    "jPEQgTgmVEOYi28AFyIm7LHQkuCy5GZKVn6yn7AOKEGISubVAMSFT62B1OY26VRWemebE1"
    "FZ5La1obJoj1XErqVloRFOeQzZpP+iOA5arR0GjZz+8o+IQNMbei/TFduRkWWZDNZxhr6l"
    "YBqXqkPNXNZD0v9tlr1lhc/IcDz6Egyn9zEG9XsahjKo1xgYT+a3AX44WgyeMjmoncVWbq"
    "07Ml7WAgGO0gH3AL1A3jtJT5pr9lpxVLwrS44pkSP4ggFtaWM4mi7ZjrJYSBgPvFPoaP6M"
    "8ChWFUHBswtSqZTRG5kQyNXqW4RArjaHZgNytYla56o0eM1TMByVAjoqtyvuwegil4A/o9"
    "YjJlVD8rV4jhs4j5JxHgxbUuSNwxAH5qM8bxkG8xFV2NO7eAyEKQ8kcCUDIaV7+5wma/c0"
    "jXKa6vBmZC4GazqpidzdRCr4FPBmL1I7wO5OLdTeXQDK9S5AZL/rCmjasrN5zthAMxP/Ib"
    "jYeVvnlGvr2btzDjtVdy9y+1f0tDTNl1uka6+I3Q2HHtLOIrbfvMHkS29HF5qK+0fL3jwR"
    "6SdvCYTMwJ9ZzPK2x6SBvjmyH+Qilvw+dDLVjxsZ87WphRtVsc2+qV3QUSyMCVDiVbYQ2k"
    "CJN4gcBUq8iVrnyjcO9/IkI7u7ffJWuszMbGvSnc5G/em1tFYsB3+jR+OuT1i90exaivpD"
    "p++THLcveEnyuFSZVVGaDGUIBUEoqATwHzgUtMJWOXa+BNutx6Vq1wm8+M3kyZwzmJ70nL"
    "xgfC3W8DHS8eDAB+/Ah9v+cPC1P/VOp3ZZjrIe+ADZvwVn/1omOfkiB6xJQQA3AS7yHycN"
    "CUFLiQGwNLA045nANptZYIhD6kN52IQkiaQjxUaym5ktqmtKFPRcaj2TqpL8zzVDHPRden"
    "17tjNW45zht6e+JFmiNcplgvKuivuTLoIbS6gDfVSmDpjHvcELrh7pFxk90i+SPdJDfzXH"
    "64KWhXdFmd8VVCqCALseF6zRS6JJCa+N1UBG0mWwspPaEE4H9FOi+pEZq6UQ3lQ0ajfYnX"
    "p5mszWiqLLldh6mqJ3eoWn5wVGH4LdeYHRh/CILTq9lIOD5OX5wQxIwavk+6ItQQpec5Kx"
    "IAWviVrnScET5B72oR1Kp9Vj8A7bbyaAMiUG5+DxnINnI/z2SUkmTclcDCVquJ7POlc8aR"
    "Wdq/S8CvJZWu6c0AEdlFg5qvxrdUhHxKMS0gwtB6opXDUVTBnDvqn2igQV0Or2ZoOv/WvJ"
    "k340Jt2He5IZtlbI6eutPHtY4ZlhcYeY38GMy0H2dVHcpI9rAazZZDtTxRTBy5rF16AoaZ"
    "YIhjGzzW582c+/TJGupBig6fWx9aAr/z4kwdjFyKvLFoNX9D9pZ9GJynbMIUlEIWKuKazc"
    "nskW6XwbfnpsQQ8xIlJD36VzccHjH15cZJxEf5FICscPlQDC/vAaonvG5X2fZXjfZ4xT6E"
    "3DQazwV7rvERE5vttxmnSKwhyMhEl1zGjZ3/8PgAcw8w=="
)
