"""Migration 11_20261203062354_delivery_slots, written by `python -m plaza.makemigrations`.

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
        DROP TABLE IF EXISTS "delivery_slot";
        DROP TABLE IF EXISTS "delivery_slot_rule";
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
    "eJztfW1z4zay7l9B6Us8txTfWGM7vt6tUyXbmlltbMsry5PkrLdomoIsrilSISl7fPbkv1"
    "8AfBFfQAqgKImkump3MkOhQfJpEOh+utH4T2tmjbHhHHYX7rTrung2d1vn6D8tU51h8hfe"
    "z23UUufz5Y/0gqs+G6y9qmnWwnQVlQgoakTi2XFtVaOdT1TDweTSGDuarc9d3TKp5MDESB"
    "3PdCIzRo7+Yv6om8iykY1fdCpL2yG/xzZSHeROMfm/bbmugUmrGZ49Y9tBuntIbzi2NCKl"
    "my8l9/1oPpr3GKOnJxs7lvFGLh/6L+0cBiJPT4foFzx3EbkN7WqsEoBUByPHIv9WXYSJ3A"
    "fq3vXR3LY07DjI6+HRpM0dAn7wOM5fkG29O8gyxtimwl6PhmW+YMdF77o5tt6RamPS08LE"
    "Y/byC1P/Y4EV13rBpLFNIPjnv8hl0hZ/xw79539aEx0bY/b3Fp6pukHlXkkL+l/NxiqBii"
    "iwReXw9zl5WYeA5ARd+ePDXBgGVf/HnGm/xRoTQNk//myj2G3U8Zh2s7kblNQrbTh/VVjH"
    "sY9BZ+Cw60oge6G/9E33C2tLh92zolnGYmYu288/3KllhgK6yT6IF2ximz4tuebaC/pB0K"
    "fyv6PgG/EUuWziaTAiM8YTdWG4y3ciD7C81lKU28FIue+NFKWV+uQCiciX4l/SCGQEDvKo"
    "DgPghT7Cj/+v0/n8+efOT59Pz06Of/755OynM9KWPW/6p5//9B5miZbXFcOs/7V/O6IPZJ"
    "E5wZs46IU/mQz5VpSlUpfoR7Sb0sIV+cXVZ5ivh7hkQh9jX/Qw+EtSO4Eu8tQTXFjqZznL"
    "bUFBOViP+je9+1H35o52P3OcPwyGV3fUo7902NWPxNWD009x5YSdoF/7o78h+k/034PbHo"
    "PTctwXm91x2W703/TjbJFVwFJM610hn34Ek+BycIl9x4GagzkoruDLqWr3zMWMKbhPXl41"
    "NZxSdCCbUDGBqjpKbd33v94q/dtzthApOllPhr2v/ftRb3juL0jYTq5gGd/lTP2uGNh8ca"
    "fkn0enOcPgW3d4+bfu8OAoqdpb/5cO++nPmCoIyi4uqotQeHvKaM2xOaaASWrkrnd71b/9"
    "eo58+UfzS7d/3bui99ANPCYr/sPlZa93RS85C03DeIzH1dBRuHandcSfDEOBKn8k4ktTDN"
    "7OybEAvqRVJsDstzjCEbNFFOOISANRPhUB+TQb41MGMbWyJq+RlZ5eeFa113fVHiupX6yO"
    "ldU2/dOsM0teUU31hQFH35A+v+/ZXFoLW2cmcsrpCX4Scni0SOOVvk6XeB/v5o8TA2MX+Z"
    "JtZLHfVcP4QO+WTdayFzQhTopFnJcZtjVi+nNcm/W6knQUAlmFWLZgYYOFvT8Wdou84Hhg"
    "Gh/+wKiJxe2P4VyDezEfF9R6XBK0XhWtc/ws/+kja1xkKpeachOCq+dejp79YVkZNW9x9o"
    "18dw62pdGPCBVCfl+XvZS1mf4S0or4YtmY+Oi/4I+Uq5sA37cYbyJd1esT+DMYaMHV5SPa"
    "6ntoqSW/fgIBeXHsMhDIM6Dbh+trz74TNeXjH0RaCQMTjyzyh6AKHvxOavUdiKIf+fpjyF"
    "927y+7V70E8Gv5RcFQvnfVyaTF8Y7iDdoiPlI4eJxQZrWrhOhL/+AgPwYz1efImiD8nUgR"
    "7ybq0bTRu+5OWXjEtgzMojgfaGoZY/o3G3Ocp5I7B3eqGt8TuFNgWG/CsAZ3ah+1LuJOsT"
    "UhrfC/3w9u+coOBZJ61jUX/S8ydKeQOS8UJvnrZGFqLOfheaEbrm46h/R+/yUZNykjPEkB"
    "iqk4oIkPbrq/JRnky+vBRVJ3tIOLhGe1U9+2ch8dOLdNN0Iq59xW7Rsow7vl+1jg3NbRub"
    "1TbdfkB/2Cn9oiDu080niVJ5uN12qvERw8cPDqNePW1NQHB28ftS7i4LH/pvSdnQIUtG9g"
    "/s9R5yeRLLbOT9lpbPQ3qRSgSH4o/uA42he+1Jdfhthg+fzZVpS/xBPLt4aqyLKmYoP1HT"
    "9PLetVweZ4bjHJtQD71euu5/fWJNQ2mVoWGWfZhqY/CoVtTeXVFxBJMqMbTEj7Q0TnZKS7"
    "Drr/W/fHzskpGuts+4juIMcljuD4Lyyy4WBimHhXp9a7iSzijSDVRcxcId1y089KvwnbYu"
    "N3cWBaLlLtF8vsfELPWFOJl0Dv5rAtL6TFj8+6i2zVHFszv2cHaVOsveIx6dnfaGNjMgod"
    "9/zRVJFjWO9oqjpTuvXGxRppT678iE3XtuYfaK46zrtlj502orf2e6Z3LBLhCZQGAR6w/8"
    "H+r74lCPb/PmpdxP4nE/dE/y7jASwlyvEBdjvhbngbC1lgFbooywAclWmgm1XONouMuJhU"
    "rDIpByHL0kOWxE4l+Ho3ktBMQgwUU7pibPxmvRZa7eOSJaz21UwZreHinrbpIn5aSst5/l"
    "RcDvIFygpbRwJra0atI/G8milCNG4aH4Prx6zLI8CGeEK+0emITINmi0OBxX5vi5Bgtieh"
    "uKGIUF0Z3XEWeIx8acSk0QGlqp6e/u3qT0+f2kGplok602nq78TjqvxaMbqLaLfYHDtoYl"
    "szfomZ8m9DqbBuokPdoVnLY8abnQe/0R2eM9V+pTVqyN1oA7LwPD0h1Rx7z+UVtTHxd5fl"
    "NXt3fjS9BzlEd6QXYkvQflSvf+9u6gsZemiGVZN1bWCVrGnnrK/3qWWEb0Keyl/wivBkXi"
    "dl1oIJsgmAdqvl2tAG2m2PCBig3fZR6yK0G1k2ZSghv3njCLfPHQEu6HMnkwuiP8X9Wn/F"
    "lcB2KdFAsq18gInRoZPvoMB8FZds4HxV3/mJsyw5xdYkB5ihWugX+L990HI1tqvsekWsAv"
    "PH3ychTfsV3SlRjW+q5L0SWyP8WC2Avvmmu6r/5inOL9mkLUL7sXoBih6XEkmAW4og10L/"
    "tnQTqeGW/h9oXhrpuI3IffCc1oZ+/mDMFhPD2NvyT/k7xoVxs9/KvQPl+1gaHW2TSKPzuc"
    "KQBPRy6ii/SP+l8pPh2sjQXzFSWZreo/mKPz7RRD0clLqMPv8c2+GTM96QlYo895owYpBx"
    "gTaeG6qGw0rbaxQ9aAflKEsk/jxkx8rzx7r0X7J8ta/CEnoGYhGIxXotTDWlmIBY3Eetix"
    "CLUDd503WToSRGhdKYmNUonWEZl2ocq15+hiWQvkVGfMXXjrTJELoC8npOiAItWAs9ey5f"
    "StV5rllaFkrlyjlqEbc45tNLqSElClooqgUoq1U1shyqO7UkSHOh6k78aWd7EYmKzTSi2K"
    "am2YzK0BmrK+C7At+0NVFC6e3yAj8MfE60J1DK6hBPEPeDOlrAuwPvXncGFnj3fdR6HXj3"
    "CtGPG2Hdg/o10lxvSrCRcY4TIcRPchA/SWVSkxsrsuXhYkJbPCF1U/GMDVWIi3ljjkLsQv"
    "2Ng/OFZRlYNTNstahcAupnIrgprIOJZbsc68VgcB1bCi76CXvs9uHmokfQZ9iTRrqbwffM"
    "DdWdWPZMoYE5/uBefQxwqpMtDnbTMrHkgG/dkmWPwE4kH83u1Q09p1kdz+gpzZcP96PBTW"
    "9IRIff+peklbZwXGuGbYX4Lm+6//I733jgBe3esO34mXJxtWX6NCm57fF0P23WvekcHf98"
    "fPb59Dj0asIrec5MBv2W7WFHs8Yj+5TXrL6Y3CVdsxU4i+HgU0HLdMQ1UePkmTaDGYrhRr"
    "dsA2ZymM117XUxV8oojHrHurprWlHUKFrEIyArwnowBbGFAe2r0UApL7a1mK8JF4PpK+2o"
    "qVipE5cMKtXAjqKpDi9LTAavbtjbJemsqZiRVyU+jK2vi9b9VJ/PcB2j3kIwaaq97qx+Sb"
    "poKDoTQyVW6R8Ly1XXBOkL7emefHT/oJ019aN7NggkNBFUofWhybenzNQxj4CQQO4i6LNH"
    "uhQpQV/HgZYCDjBbiZmtO6/k1prurG/KD0lfV35XTf042Qa4iW3RDYLYpTvUiDlB7MyXtZ"
    "fIsON7v99L1m1Dx51uPlvfFYKPab0bePyCqXlQksnfp333XTxrEHZSiRQRy8RakImQs7k5"
    "wDU4DE7AQll21RBM49+1fzr4ujCljihvCFiSyTlhah8nQSea9pedpBPNM4QEHUjQgQSduq"
    "dqQILOPmpdJEEHDrrbbBqDYyxeZPAN2jcu/elMBNyzbGzP0tC6qrvgOC5imQpL6S2mKCwz"
    "U2SSFLqXo/633jnypB/N+4f7u97tVe/qHDkLh5Z2weMiyQjln+sSnES4sKWS/hJihRRSMW"
    "s+jvTJTyKjn7TKxJr9xgfbK/1TBO+lZPMgP+qcCc3mZzmz+VnhY0t973/d0MQ+O/4yvJOo"
    "y181A0Qcp12mfdQSNQIHnlqLtcPNvwb9NBWouW2NF9rauTFeL00FCfJiINdjk0kMdJlX/M"
    "2R6+cz0N66XmdNxczx81q2lx5Ta5iUZ9XVpmUlE13QzpoKmRcf1V0820FQtJaIBe5kWTlr"
    "v3r9XXndNTX/w0frQ3EMa91pLIDqnnTV1FEWw0uxF9xyg0VBGy6MRpkXm6z+EE2D58SYE1"
    "ny2WHmaGa+UKi51UWaNZsR8N0PxFKvf3xefCCvH8T6aSPr3fTqbtMy26wRPcWOWNycet5r"
    "dydZDNuTLLlQdSQvCupUQzgewvHVD8xCOH4ftQ7h+N2H44km6NKYhji7TnVEpBqVqultG1"
    "OpemkSSVkYMTGoMClpa3CT6mVVkBIFNUipIRVX5mklrRLpSon3sc5qpo4sB7edKJiYGoyr"
    "y316U0gJADf88LHYVBuDdUisnWH/cpRXhnK3IbQ68oKwpXWbZFZkduQeXxedO7OprPiEDX"
    "smgKQBkqbu7jqQNPuodRGSRrN4RQGySZqgfeNy+o9FGJrjbILmOMXPAP+1Wf5rbhm6xqm/"
    "L1jdMZSuMt6tm+719TmaqYbxaH4dDi57w9/PaexOw/YHu/Jwd/HgXVrMnxfk2k13+EtvdH"
    "fdpXUeZ6r9il126m0yZCiit45Qmd+cKr+pIr/awraxmaW2jDknIrPFDS6Xt79viplMFNIU"
    "APlzdhnN1F4iv/KDDDEclQFmuBRmuNBeC6jwJ0Mv0DHJH+kyQF17vTQVJEj3hjKIpWO1PW"
    "KvlvB4xepYsv96IIW16hpEgfJslZ1Xv6rNMNskgbzcH8bhj2Obx7Lp4/dYs1LZ43/Gqvkw"
    "JuJfwCgDowzcIjDKoPVtaL36jPKu9Qqccq05ZciprABzBid379yYy0nog5O7Wzn+WbvIyd"
    "0izLDjWtrr+v6x9togsGEP6ibJg7ztqtnwitc4LrBntS4UlyTvckne+MWyP1oc2iX8rZ3H"
    "umjE8zasF0WLtt5k6l5s2+ZctTFs2azxct8G7maPvHjgbvZR6yLcDdALUEG5vuguzRApcy"
    "EmVognqJhZWgmawEO1BJIgagDXSw+iHEFsAMYYAvIE6Pbh+lqMItCmujG2MefkbLm8jKbh"
    "HZ8ktlwitC4YbTKvIMiw47i3keS71d6tEWksUGDJVzWyJhNs4zHSTaSi5fY2XhElERFuZs"
    "J8OSAiG+iS6QlQ7KhpK2AbPOc98qHAc95HrYt4zv78L+98xOQgSik5+UL1lwqoIc8LXJpF"
    "a7qBzSvK3066gbGpYHXRF6iss6HKOtm+9iadpGCA88rQLsf+aicp8sltLwIYOYHM1jWszH"
    "SzzLqwiSwK/24l3iCIm4InVttVqA2e2B7Z5OCJ7aPWIYYpV75B6KjGTs5RjZ30UY3RJ0vB"
    "PCJrIR/mhNgW6zi0Nmt1cr+Z3m+j2OeSSoUOP5nrwe3XoHkyPxrOiGVnxFLoyIUrcoWYge"
    "RSRU6IdTB9HsUlY17mS0iIwZcg/SUsfYz0uo41faYaWWRbRC65qnuCh34HtY3s8ZRw1bvs"
    "33SvD46O2x2GOUFc95ze6C4kqNSzag4puVJP1OtMoZznHSYEIWmlKGsM24uqxhjD9qKWBK"
    "MptL2IN+WUAG/zEoWS6Cam2TVSs6BSFR/x2Nh8U21dXbvu2TevlyaBtMmwQwAXJ+wQQXJ1"
    "2OEt0nh7G4+WITNg7WtpCbSBtd8j/hZY+33Uughr77wuZIgGv3nj9sWcihRcPs0uuHyaKr"
    "hc/XDIxmjJLQRDPEZRnVkLnscqQEYuRdfmI6s2WwEhWTtCUnXJzZ8XLq8QZ04FpJgUFEHK"
    "j3cUKIIEkb+KRf4g27tapDGkGZebZixCaUJBKqF68oZurlvWmpWTvyb9NBUp/N0r/10GWN"
    "2Ji21Wef1SdbAgajWJTyQiObZbBmC0Dn+TB9dOavHXBqlNhha82Z0TWAin/eywgm6+YdOl"
    "sTcnbFxyMflIxGJZtD53x3bYDAIOtbUi2xBw2CPqGQIO+6h1kYAD0RSxOTnTbeZcG5HYnu"
    "f+02Yn3M7R8c/HZ59Pj8N5NrySN72mE+mIYrDt8zOCeEZFANAkoL51Ik0xxeWAYiqcGhoz"
    "9qRUkJQEJZTF80VM9jV5vuZlibUTPF98IlidGRo7uGtNdGNnhTUU3+RXXpxJnVlveIbXTn"
    "xkXvWN31eDgI9HKA3D0hgQ6/KEYUdNgmrjdE44vrJonegAFKZ3lFlUaotVK+i9gcupq6XQ"
    "Bi5nj7x64HL2UesiXM6rziNyxLJjAtkql39oda/+/nA/Okfq+N8Lx300h7373pAmyvgcCr"
    "1y3evesysGVh1y5ap39XBJZMaYhvuZzGhw+QuToeseadG96X4lImN1Rlb8R/PXYX/UUwZf"
    "vpyjd1t3sWJNJi2xsbXhfBufeqMGtqvKU3ZLOeCZsog7aWzTggBuGlzV4ZVJyU5YXUpAAr"
    "ZIAjbxEyxbIV64LU3TpURhG31RrtTGtFy6v7yKD/WI0KZGe8rx2dJgPxMZ62fZQ/0sfXZM"
    "4KxKDfKoFPDQZfHQYU7Kmjxp0/If2+mCq+Hoq1Kt1Qj5x+Gx4tRgNonlJXiq8dYrz6V4MH"
    "XXQdYEqSZiPSCaxIem5MHpcRMHlo1c9RWbaGJbs0/IIr8xGJFtvaePrFi7N0nKjPa+LmOW"
    "qL0KLFy958k2sHB7xMcAC7ePWhdh4f5YqKaru5z9mZmTbVSkSdZpaQQC3bsn5VSFAlukD6"
    "KJXJv3rMpnFwObRspOiAg1aeRu/9QWcGor4tQa/iagNX3aJu5Wayf82sjHL3ROC5AF65AF"
    "NHI17F+OdsUWBHUk2chucQiDeIN2HmcQFmy0wrZbS3dJFIuMe1jl+vT8A1s2fFNtQYbQLK"
    "TzI7cqla0IXiV1mpAz1efzbd6QjC79jZ5TWvItX2xrMS+Z5Znr2ivpdG7p6593mujah+FD"
    "cQwLagHW1zZpA5G0R5QCEEn7qHURIslczJ4920iU9VhKNK4iYOdMJGniLDtn4iwdSK5dNa"
    "k5NscEMmWufgRZ4jLpc3e926v+7Vflrvv7Te92dI4S/T2ad93+Fbms6uNH83Jw+6U/vKFV"
    "p4hmJro9w+TqXf/yF9IHaUQMGSJLZS5/6TEp7ZW2uP9b/+6OXvDtQJqCd93/1hvSa6GpFl"
    "79XfnS7V9HfvtQJqpuYPYEN3fXvZH3BLM59YPo1e7tZe+aSWhUNYZRrBxWR6TGZCe7xmQn"
    "VWOSPLzDPQ4qe5fiUgKyxpKkWH0KHW5tFiy5zqGzeHYt16uqmbAq8kp2RsWgXCeOgp8u18"
    "lmQTbJ0kKnskinhAHvFXgXGdAwmqVH8wwTpDJ2G6wYy0vRxuX2noqkO55mpzuergJcka1j"
    "nSXfOOiPOiLYk1bZEdFONvrEa6M0Whr57HLAPFkoChzzvcsoCmzjmWpz4kp5CdeBROM+gh"
    "OhvQUnOXsLTtJ7C5ablGkgp6jDnO6lyvZ5y99apgxulcHwqjcM95gp5JFZ0CrYWkabhB61"
    "t8uMton66Dv3TD1HWZHfh5MSLKS0qm0OiaF9LPLJHGd/MWkjycZkzh1T1rXIgQgc6d2YpZ"
    "viCcq2STXVtnU5ojQi0rwBXf6eGxqYp2SfIk9Jc0QB8dWIUwq2QLgnIlZCrKdimNc3tJOO"
    "6IWMepFIbkIWNF1lTUeyYST1HJcELVdZy7EUJEk9J2VB01XWdBiJLDRzx2VB05XWdBBdLq"
    "LphCxoutKajmfMiic3JgRhE0bhHTCp5FUpPfCkoYxJUV2Eec9SOohKwYdQGPzElgFx/BOC"
    "oILCKkjm6EupgSMMM1FRTdh4bqgaK4mrWBNpXXDFQRtr7FKNb7yR2qoaF4Xpqaz9qmzdTW"
    "uj2IbVr0FnNdOE6ObKqJGyestqsKSWgO5NpKuGYpswQDL2rvL8rhLwfXBwhdIHSsc24WgK"
    "YLuccUtA9z7WWUMxTq1RAihHrb0ScL5j3d1ZtTRKRHHmWMgxpMlzoNuH6+tWjilY4owc7l"
    "ZvJtpcG1gA7xilUgLcV35/9353zUSbR0RlgJ1dxIE76Nc856Whoz02ZPHb+jgxfHpvDT46"
    "CE5iX42RGp6ermiqU+5Z7E3FzJuraKrXLiCr43zlZXquidSQddIghKRKGMXzbIKEaz6aAx"
    "OPLPKHwBFykb4agmo8of/Z+q7oLp6VAVZgWfRpr32/04agRkeeRIWsiPHAKY8VNy1W1dPG"
    "b6LnwLUGrJo1nkfrX//goKlOPdqPc/Q+tdCBarJK2O9TXZsi2zLwJzTWx+Tfqtsmf2IT0R"
    "bv0490ce0N9C9ZssuDBEoa1ZW+pjJQ0mhfittASaN91Don00rihDq+rutwKp24Xje87Ywe"
    "baHkVTXiY5wQa97unPK3U5IBLo9zTAhQXo0yO5iMj/Dq7cahcJWnjtblw/1ocEN3FwcBvk"
    "eze3XTv6VnXM5089EkPxJ86NbiILz6aH4dDh7ulOtel+1L9kLaBlkzqPTl4GHYZx1aC7rF"
    "kdbLGvpXvE2Pj+b97/ej3s05cj4c313bffF5OMCuChk+cFBjtNiWUDGFzznFFD6niylQNy"
    "iNb3YVkaA9VA6JmbhlVA4JSQWp2SYqBUlsZSWxhWXgtxzUr5oyROPM0VFYpRMFI0mEWQxo"
    "mGK4igENExvFGFBtirVXa+GeM84RuVMcGlVorn44yCIjh09uiok+EnOs7zrIs+LRxDIM69"
    "1B9ODBwDbzuFGHUZ30ul8ExkEHT0/kB/0Ne2/lewJPT5/Oaa//B6VKs5qWy+qwog/ssu4c"
    "8jT+0YaOqxsGUt9Vegv6sP5t/kJ7CsujtpGJ39gL6ONzRP/64cu/q86ydCp6xhPylQV9oI"
    "PY24fN2o8mit4LjYnByc5YnKuOg8efDlEXGeRDCxtYE+QstClSPQsV6Q4KSpsgAjKFlL4Y"
    "7ZcYr2+YIokixV3pzWaWiT8i78Eusu7Yuy7L1bYZRqblv+Hy7Q6oRpk8FfXU8wOa2xZdGZ"
    "ywSG17WWH2k9/1cNTvXl//rkQeybvTUhNRGBkBHrzgJ78VTQZJaoXFlgOU4opZok2WXJeN"
    "AZVoeomEps7dhU3uRsCkHywFjw6QA9W/Nf2BTGQL0sSyiWrJICe/kMHOnolcIn1O6UVvDP"
    "i9HQQ6cunw18i6STv2m7YRPnw5RPQOYTKKh9Gw9+Xh9ooCw32J+JsyBXlv439i7JY/RD6S"
    "4HnozenzhcPlwI+UerJkVGkYU5TZJ/n0RDRpGbSU7iHr0jmkaXzYmSa+NdIfVfLC9YYaeW"
    "kyzY51OoeoBvJoxTaNYZCHezTJjGM6qmf/eLCQD/yFvlVwwihBM4D9kxfcsHXaN2nw9BSZ"
    "wg7/6j3Bfz09PZpklnm2viMW3fHCInrQtXNI5PwKHuRpXQKiQ5vQAMkSMIYMbfUX0jq6zZ"
    "T2Tp8iuOoXbSI9qeTzdvDyds8UB/Kg4aBk56MG2vyUFaD5ZyxfVx/j2dxyabFd5RV/tP6V"
    "F7+JEB+espVg+oCITj1tuTZEdPaI24eIzj5qXSSiA4dUbJQDh0Mq8g+pyDDTbVcnpuaHEt"
    "pH/GMjHs2lCRsYm0Xo8A0U7ISzD+DsgyrVdFmvWnwhpFPCgPcKvOHsg02iC3Wwa18HO8U+"
    "SHoqPPkG+iv19U/SbilU0m22fqFK335pGg4x2E42KRx9U/kElmQIRuKT4IhW2Qwt+FUcCW"
    "VwHeVkcB2lM7hsTN7UcZWp6kxlIE/KNRDvUxGD/TTbYD9NGey27rz6E7fUDJSUq8bsQ+/X"
    "mNkHiubuPF0XCvJVMZcRqppBVbPqYCxa1UykHJGX9MaZaDZYiKguuPN4xjWhultSp00Bae"
    "O5x6wqUVbqcVCyaFXmcUDtrkw8zgZkFwUO6AiM9Pmm2rpfjhOS7GppZLQRJNntT7oVJNnt"
    "o9ZFkuzmtsXCqbKHvyflGkg5dYQovk4OxddJU3zByimLd1KucVtiN4K287qQAdlv3sCxXD"
    "59+seCDEfd5YQGMq20qEiTOKHO0fHPx2efT49DKy28kmecpUk38l6uMrd1jZc9kpdpFReE"
    "dCscHdaQzLblQ9MhwXjDCcYTQ3WmCq1hK03Op0ShoknREAkUedgh+BEGSgr+uBwoAKpsVL"
    "XKBme0l4Dvt2VPDUU2/oULBP6WS2IJ+H6hnd37fdVrFRUFOGVCrHEKiWoYlsZiVetW9Q87"
    "atDQjpexWx4cUcI5G/FTEJp24MYmY4GJ8yM4AcH0CRPZUcHEcSBCocFWF9G2yDLJ/3CiQl"
    "AbTSzbKxFDWQGHFcthZWUmrG4QGzvpWkXldFmB0GTiqMDlPuVIbKrE2yXyTDZzk9hBW1Cv"
    "vtY2dBsCr3sUgoPA6z5qXSTwCtVNovxoR4Qg7WQzpJ0UxU+x4YK7eh91IFtlIpr4sqOH4a"
    "3Svb1SvEojdPu0u7BNRTXHildyJChCogxur38P6pAoFvmeHs3eb7T499feOcLfvSJxtPX9"
    "3/p3bB/2VJ8nbUShKC6UqQm34+DgE5bQ6T8eyLzi1Yzx+3g0u3d3w8E3epG4Ebb1xq792u"
    "2PaC0bbxiceyU76b44bxBQXV72+t+8rjSsM6n+7f1d75L1r5vOHGuuV6jm7/5FG/87vHY/"
    "uPalWQVEWubmenDPatwYllOVYjbs6RaBq1tkhMR7qPD2zVa6oBDV091199K7xnyEDH3S5e"
    "xq2P2VjJR33Z2ObfXdLKLB8qvz0+KaXPVlU/hLie3x9z9t1vEoLYWgHmX2t2ZYnAhlFZ3k"
    "ZBWdpLOKrDmBZKw8Z0S4V885sQ6qjDr3FBHeuSFkFhp9GQxvzhGZhdyJZVfk7I8Q6WLnf3"
    "DFIWJeNGjrrUfkUQtUWuDJNi4JciPngoSmpKLOrAUvipib+MQT300O1KbW4LIToALzrCje"
    "KWmAG/LNdplv5hML/ilfcrN2UrLCHlZBsM9E5uyz7Cn7jDOBMNRoFPCV+vTyXGF2D4D/av"
    "wDnqUAJZ8QhbJf1aHg05GXgBkroOeEKOi5ynoOyc4Cik7KgqarrOmArS70RcdEQc9V1rMX"
    "gyiSKBEVBB1XWsdQBWzXhF0imU5cBQlBUAHsMqoj+NzESylFZPUAQQTYeFStjUf8zTHBRF"
    "4iwg0GN7HsCeALFR1FsZWv6Jiae3cwTVRsyhYFO2vZWmOrF2xaqsympaxKhnx8hTcviRc3"
    "bD0E+4jobiPvzGN24rduIpXtRPoL23PkhTHwGL1Y1thpe2eo+4wcLX89U8dsF5I7xbP0nq"
    "ZN3URylxODptxNTstakiV3HOQCK1Dhse42cxvBRqP92XICG432UesiG42gUNsmsqyJL6K9"
    "Ys4ilsMERWQgcT0J6butuy42FWsykQA1IQWwJmENjE8pYysi1KTPf8vkMc+WllJDRgdAHa"
    "8XSwncJildpEThwyiLwQ/qnqzJzKWrrtRMGcJE6HJ2Xl05LH7qxJoQx066aCi6qQ9dgGhO"
    "TtQlQC1ep61iM7sozhmLm/QRQptkTS+9tPWuprGdGBzGNNGinceWGtaL7ri65gTp8IoaES"
    "v1PJh/xuJ2NCNZp+GKfyVoSmDngJ2r1yxeU54G2Ll91LoIOxfOzSmd5569Eso0cPNa+QeO"
    "yx620uBDbTawWUpz9TcOvBeWZWDVzNgmFQolMH4mUpsCObAktpt3fTEYXMcmo4t+wiK4fb"
    "i56A0PjhI7XjlknmVO9Jc01NmHVS8lqnFMNb1tY46pDndXzm080b/LzDAc0cYVMzgTmWmy"
    "J5rUJI6/u5k7YfOck4RgY2IEWyZPDdUphn9CcHv4/3jUKAXAZoyqMdeQHN2SYPzykqND7n"
    "o3RN/9VJ+z87A5FF/4W1uM3HOi7Utm9aKeX7K2Q5Lcy6uKvpky5c+qq01LTkjUrAWjSiEP"
    "sa7zZxuYzj3ivIDp3EetA9NZEaYziCzKMp5JuQaCXT7zuUZ9rrIKc+0b5DWsBk+ksaH49o"
    "ok89a67l70rpXLYa/LCnrH+no07/qXv/SulIe7czTXaWqxspjTKu/KaNi9ve+PaJl3WgPO"
    "dHT30Rw8jJQvg6Fy1bvuf+sNfz9H1sJVJpZN/TD9Ddsfj6b/G72Xf5He50u3f03u0x2Nem"
    "QFoG+pG2wVdvFs7tKK47QIfS88gqAq1eEZXOnBMiKOQRZV5Qs0gIzNMx16v43y2fDQcrge"
    "3H4Nmicp8sTS41vkRWst8+Uh2bUoXRh641JaiEoB9kWxj7AWct9ATA7wB6q8tiqoSt2iPW"
    "HZIEqxsxIubMksAdwg0HAR9FevmV4U4KiFkVFOhLOUloCvYH2cmsIaNx3WqNOC3zC9dXra"
    "lijUMvLpjd4bbtRkwanRsrIS2cDEI4v8ITnFFq5DttMFT26XjfiWj1Kiu97EmhPiDWdemT"
    "ivEs7/5UZ7tx/OhSApBEnrNU/XNFwGQdJ91LpIkBROhd7oqdAQg95GDBoCARWwJ4AMBUau"
    "2qrYUt5wJHnA99jWJDeiCcH1mn8kaI3yvO84F8TxvlNkkYj3HSbQ4LcN5VpH87gDG8C7G0"
    "tGhlIKVZlo2+A775EXBb7zPmpdxHeuX26gvJ4hIXCthMAomNxxwp8VEmINSA7cwrHzhqWp"
    "skBHZRqH8lFHBGXSKhNl9lsizUZjR5kXWesSog1c7Oq7uKVtmrQLIvFdcYWrvM5VZ8NBEO"
    "WV9eMSgkCelUWeRf3ykjKuaqgKUfIsMQyrtOn+UrWzamquoIG0KdZeqa2qBU23lnkRPYUM"
    "ci1qObe0gS/aI+YA+KJ91LoIX+Rar1jKOw0FGpdpcSrCtJxmMy2nKaaF2h1zGp8h+qALZB"
    "rn7KKFPNm1yhdWMwzHw3ojdQpDPGfExLHGxXQRkYVSkqWrSLNmc2qWF7I8ErIlrEL1+WAq"
    "vuikbY3EMcYSaVFxQciHKpoPRSMji7kyt/QCtA5HGDRRVBNkQNt4YltF6LWkKBBspRFsIb"
    "RlUGyxzmqmDmGSLTkYV5/LFMzmJUDc8H2N8WVvNbLRGboEdO9Yd3dWLad1UZA5q9oaO0jp"
    "4Vlr5lhSDrhhB41tNMkyxCuDTw+wFOTUwwPjyk6qDAj74KA0SKOsjEXQBlp8jwhSoMX3Ue"
    "sitDicF482cAq3Le/iRoSaBOqWOYaih2+XcOb2/iogh10ILMA13bIgSaRmKhD2epff/mqP"
    "dxenDtcV2JzThnecDvXFUJ3pvWpwfbjlj+08J25uWzPyCLSx4gStt5YbFcEWUqNqOW+3wQ"
    "fcI28AfMB91LqID1j9A3PrvGdnbusaB94rrOkz1cjawaFzDbexJ3ToC9fwM8rB96p32b/p"
    "Xh8cHbc7icNxo5VpUkdE2K5TYMKKCTZwvqrv/JRelrA5LqLiiBgouNIKBhayfBbSsQyOB5"
    "WdYuM3b8yByaUBOce2EuYlGPpM50xE2RlkXOHtgbzhQ5FLA1k36V5Vy/5QKNHBt0ZXl3VI"
    "97JFG3WMxwvNVcjd5upHsNFQptrDsHffG37rKYNbZTC86g1pPQUH22+Y9slqKNMKDVcPly"
    "Pa5K77+03vdkQrNfDuu/PqCztP96tYdg4ERPZGATkBEWDvy2Xv+TNOCfBKpbJWbKopOZNV"
    "JAvQK/FfQi4gOwlBMBmwJrAnXB3LVdfEKIwP/YN21qAZYKNZkwnU8uJuIa7iwTflj1BmVQ"
    "iu9WDqroNUFDgGaEqcLwfpJrLmmPxho7mqjxH7phxkTUhTegt04E4xIh7Fj6GgZi1MF9uf"
    "DpM236buwc3zjIcgw2R3SPesjEXShlDfHgV9INS3j1pvVLpnXcjBnW7wrdyHsxOKI2KDyS"
    "ohJQpqKIvoiNuEazrjsYS4mmlD1BlPjcUqbiutK7hC+0p3kwl655P2HH/0bsnn5ziikUZb"
    "S/58sa3FHFI/aztxt8Ef3CPPAPzBfdS6iD8IR+Rt4Yg8G0+wjU1eFmg2yjEhKEGYADldgj"
    "Ases4OvFBZ+biiddPTXRRSQMXCU8lc5zOhXOeznFzns6QS1BmNFXAWkLxk56UQZDvj5CST"
    "ZJtsOidw6LvsUR2VaeB0/VlgFH/OPsmEk09es2OFWnNsjilecnC37nq3V/3br+fIl380L7"
    "t3owd2+I+mzt0FO/uHDNPr/q13IJBGw/tjet7Pl4fbK++8n8mCPFqh836OTkXmn6RtFJl+"
    "TlNfh//USqFpiCO9m/loU9R32ZNRoPxicHOkAe48uOfqh7KwDSmDZinSuL1aJ0KnWJ3knG"
    "J1kj7F6g+b5tAaliplN8alAGkRpJezrTzLFBeFAsjV4RfStJKmGgblyR3FxhrW37DMnhS+"
    "MAShkxHQkI1PQZvHmkelIO5ZVtyToVpCQI7lwX4NOquZJkTDctEhWDz32DMl18ypHbJOGo"
    "T1RnNpfbQ4McsljitDloq9bLu1yGVw7zVjl3T6jfTqpb9DPLSuE3ob4qF7FBmDeOg+al0k"
    "HgoBjE1zhqojd0j4UqKBwYtTEWblNJtYOeXVw9nb+MX9w+Vlr8cCE85C0zAe02jFl27/ml"
    "6aqLpRlUhFGGn2LOCiceqYNISohULUr1gqeuo3b1wCxkZKnYVekJS3EpWCQg9Fd0FE/Fop"
    "9ONywAOWxQNG0rLXZAIjWeA1U4QoDRgfg6v3PbAZowRkb7CtTVXTHQT91WuiEYU3OsFKH/"
    "S0SRbxwiDd0JNke6Zrf7Q4bGKiRTuPVbR151V5DgSEWMXWwMTInRKQEd32Hgoje2Fglt3i"
    "YOc8uov+4PkDkYs20sef2kg1EZ4Ru5L8Dc3JAMPkDWfP3liK7cbf0H0ezYPe4dHpMW2Cxv"
    "hN1zAR8PbwE6B+cNDT028/XrEffuyPn54+0Y3/tKmhv2H7A/lnLqMDWizAtGzipeoOHiNi"
    "9rQfzacn8qNlkJbOoTqe6aZO8aTYHTKw2bVDvw+FyJAbHKLedwK58YHoY1oT+sIzpDvIwe"
    "4h6pIXoZp8NN91d0qeDn+f60RaUd2nJ1qcgFUfUAkypoUMy3whCPjwEBA+aJcHr3juogl5"
    "D9rWxhoZ3pm1CfKY4OieoBKp4ID0e/4APri2C3sb+OA9YgaBD95HrYvwwWzVleELQoEN0T"
    "G7Yww6J0IlIk9yakSepHdtUGNGivsKBJqHrwghk8PHpOkYzyCUJBdjQo0DeTO7XpYGsAzS"
    "CbHGYV3+Hq96RI+2lJbbEUrL7eSk5XbSablLd0zWyolLQlJudYwaTlJuzEVNKTq3bFFSFB"
    "j7ooz9TktH7a0Gcij77ZfTqZgWSq2mw59wANtV2CYn2Eox9kPdeaXZTI739uns3+jv7ZVs"
    "/TjadGspwGURv8DPAj8LTB3ws6D1nfGzOz9kpnK63okrYy1czZI7RDQi0sDE3vKPU/KYLE"
    "5m79/vB7d55BcvnXesay76XxTkSWyEBfvrZGGyEkroeaEbrm46h/R+/7UpdiwHcApRbEIL"
    "gD646f6W1MHl9eAiOVPRDi6q5L5XbvTvp/9eNTWU6sDvxsNcnrt0j10ya7w4ZA0x2fBKeZ"
    "uZbdt5nmdk4Xd8MUVbyq3MGft1aiGv/ZgemhL29gPLcWL9tdH7FJs0b2vMspSC6+gZT0hz"
    "dl2duDTPi/zcSui2/Ds8mtYbtm19TNOoHK/HMSJT89PTEsPDoI+np3MvD8sydO2D3NQfp0"
    "SW9GxaLrLxnHlKhfKuUoZXuflXRHcWuPb1neDb4NrvkZMHrv0+al3EtfcWMhl/ZylRDXeH"
    "3rYx7g4zJmS0EQqAMspXRmDjSNkiUSkIGhfluoByrKLvv7uzf6umDlEOQPDw39S0sz12pW"
    "LTjSiw0Wm2UsH7wcJ9tr733jJOG4r+3M4jUCzWUMFvWz92aL54JnbDNLTowcuv61TeBi9/"
    "j/w98PL3UesiXr5rzXVNJm4cCjQwalx+OSj1hejqheAhA3FMqIEwl3/CU4iYvE+ekASPsL"
    "BjPvOreUjrICEI1AjsaKirBjJPr8jmabOPrgCmdn2mNumxyti1SVnYVFcdQzbtv6iui2dz"
    "l5Ohl734R0TgVIvkXGaojqtg2+ZRjiP8PQPTuFQTimLmfSS930b5U1b4jVwPbr8GzZPzGI"
    "dZ3w1DGRRk65vP1vc++ThaHJ4y3aidx1YurTvaXtEDgZV5Xl00V/UxCuQRK6OGxrozV12N"
    "zMrItRAtmxU0aKOF6eoGclx1MkEEDzJTGHj8gkkrlicVy/EqvXdJKjVh9EY6BHK1/hYhkK"
    "v7Q7MBubqPWhchV1mETtoZj0oBHVXYFfdgZMil4M+pHxaTaiD5Wj7HDZxHxTgPji0ps+Jw"
    "xIH5qM4qw2E+ogorUFOILw8kcC0DIZVbfXazIXo3J2Hsq8ObkxgajOm0JgofF1DDr0A0dz"
    "ExA4ikhMbm7hJQbnpyKG+tKyFNdOXpGAMTjyzyh+RgFz0bo1pTj6g6Mo/G4O+CXovc/hU/"
    "Ty3r9co/e6HFobaTTdp5xPa711gZR1uXmor7z5azeKbS/pEWITPwr/z9vcEhcib+7ip+kI"
    "ta8iXu8sXmeG7pG9pCnJgFXdUmmAAlXmcLoQ2U+B6Ro0CJ76PWhfKNw7k8zciuPh91KV1l"
    "ZrZ11x2ObnvDczRXbdekx0Td9Cirdzs6R1F/aPcHocbtC1GSPC5VZVVUJkMZQkEQCqoA/B"
    "sOBc2IVU6cL8kjT+JSjTvqt/zJ5Nkac5ie7Jy8oH0jxvA20vHgRHfvRPer3nX/W29Ij2/3"
    "WY6qnugO2b8lZ//aFj3avgCsaUEANwUu9j8nHUtBmxADYJPAJhnPFLb5zAJHHFIfqsMmpE"
    "kkA6sOVlhmtqyuE6Kg50rrme4qKf5dc8RB35XXt2c7EzWOOX575iLJE21QLhNs76q5P8kQ"
    "XNhSpxpHZZqAedwbPBE6SfMk5yTNk/RJmqG/WmC5SMrCWlHltSKRiiDBrscFG7RI7FPC69"
    "5qICfpMhjZaW1IpwP6KVG9SI/1UohoKlpiNlidermbzNaaoiuU2LqbTe/JEZ6dFxj9CFbn"
    "BUY/wi2W6PRSDjaSl+cHMyAFr5brRRtBCt7+JGNBCt4+al0kBU+Se1iHdqicVrfBOyyfTA"
    "LlhNgWkwVaW8G6I4R1JwfrThprB5PVJyOZNCNzMZRo4Hg+6pyJpFV0zrLzKuhvWblzUmef"
    "JsSqscu/UeefRjwqKc0k5UA1paumhiljxDfV37CkAlrdy1H/W+8cedKP5l334Z5mhs3VhV"
    "OVzLC4QyzuYMblIPu6LG7Sx7UE1uxu2VPNFCHKmsXHoCxplgqGcbPNLnzZL78MsaFmGKDZ"
    "+2ObQVf+uUmCMYDr3rC47GLs93YetRhsNVacoGnJ+43Jy+KpRSZv2jn5/mzXYRuH8xjHBL"
    "UbkWqXxjzOde2VPP26vQL7COxjvVaKmvJQwD7uo9ZF2Mfl8iCp9JhgA3VeXx1zU3KKqDgi"
    "BgqutII18uNkUmTBjgqCkiut5IjRLanluCSoudJq1tS5qukuZ0dx9nlREZEmMWOlJde76i"
    "vmxP8yAQ3bw5a+SiWXVnScbjm/N2SFpHWQlAQllEWjQ13VlgSRLl1XNUaErptCHe2roQAn"
    "P/TisQpWEnTNOIVs8VSIUsSjEMMFgyU3UsHatIWjFYodtN9aKnT0o4eoQS0XwDZEDfaIP4"
    "aowT5qXShqQFeQmW4uXKmCOUmxJrkfpTnYwP9sAFOP5pYfsWlBYIRSh6z77LJBprsCEGeJ"
    "bw/o07og/Y7x61j9kMovjspAbnFsfS0jt9iaY5MfW83e9RCVaeC+hxORXTzZe3iSCcOaYT"
    "lYFuKYEGC8CmNqYf+PZUrVY47KbDEzvuvo6v+9n6rmy1TVNzWLJAozHwugfXqcXZj5OIn3"
    "1LL1/6GcHHcyz1wqk2LbWyJ/rskKGb57XhFCPrgc0TyntLY0Jg9I6lOmTi0NdqAkCDXLIp"
    "aaycdwKZSA7plIbWpsBlTbdiG7GAyuY9bERT9Zbezh5qI3PDhi8wJppLsZ8TwIqUJIdT/5"
    "ZAioVrWej1DoVfIMxbUCr7U4P7FA2HWtIGEX27o2bXFCg/4v7byAoLpss8kgoFS8bl+CdW"
    "tavNlhuDdsO5LFLiIiDXSVOycizjJplV3q4iTlMNOPSgJhv3kD0T0SKiRylFNI5ChdSITc"
    "0cW8pT+b5oyIbJ/l3I3TVhqfmbLCZAyFdRezP/8/a+XPOw=="
)
