"""Migration 11_20261203063632_pickup_and_assignment, written by `python -m plaza.makemigrations`.

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
DROP INDEX IF EXISTS "idx_merchant_or_pickup__fdfa22";
ALTER TABLE "pickup_point" ADD "community" VARCHAR(120) NOT NULL DEFAULT '';
ALTER TABLE "pickup_point" ADD "active" BOOL NOT NULL DEFAULT 1;
ALTER TABLE "pickup_point" ADD "city_code" VARCHAR(12) NOT NULL DEFAULT '';
ALTER TABLE "pickup_point" ADD "opening_hours" JSON;
ALTER TABLE "pickup_point" ADD "latitude" REAL;
ALTER TABLE "pickup_point" ADD "longitude" REAL;
ALTER TABLE "pickup_point" ADD "capacity_per_day" INT;
ALTER TABLE "merchant_order" ADD "warehouse_id" BIGINT;
ALTER TABLE "merchant_order" ADD "assignee_id" BIGINT;
CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_e955d3" ON "pickup_point" ("storefront_id", "city_code");
CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_5ec4a2" ON "pickup_point" ("storefront_id", "community");
CREATE INDEX IF NOT EXISTS "idx_merchant_or_warehou_9e87a5" ON "merchant_order" ("warehouse_id");
CREATE INDEX IF NOT EXISTS "idx_merchant_or_assigne_53eac0" ON "merchant_order" ("assignee_id", "created_at", "id");
CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__b35249" ON "merchant_order" ("pickup_point_id", "created_at");
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_merchant_or_pickup__fdfa22";
        ALTER TABLE "pickup_point" ADD "opening_hours" JSONB;
        ALTER TABLE "pickup_point" ADD "longitude" DOUBLE PRECISION;
        ALTER TABLE "pickup_point" ADD "community" VARCHAR(120) NOT NULL DEFAULT '';
        ALTER TABLE "pickup_point" ADD "active" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "pickup_point" ADD "latitude" DOUBLE PRECISION;
        ALTER TABLE "pickup_point" ADD "capacity_per_day" INT;
        ALTER TABLE "pickup_point" ADD "city_code" VARCHAR(12) NOT NULL DEFAULT '';
        ALTER TABLE "merchant_order" ADD "warehouse_id" BIGINT;
        ALTER TABLE "merchant_order" ADD "assignee_id" BIGINT;
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_e955d3" ON "pickup_point" ("storefront_id", "city_code");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_5ec4a2" ON "pickup_point" ("storefront_id", "community");
        ALTER TABLE "merchant_order" ADD CONSTRAINT "fk_merchant_account__d33a349a" FOREIGN KEY ("assignee_id") REFERENCES "account_user" ("id") ON DELETE SET NULL;
        ALTER TABLE "merchant_order" ADD CONSTRAINT "fk_merchant_warehous_a1161d5d" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_assigne_53eac0" ON "merchant_order" ("assignee_id", "created_at", "id");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__b35249" ON "merchant_order" ("pickup_point_id", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_warehou_9e87a5" ON "merchant_order" ("warehouse_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_merchant_or_pickup__b35249";
DROP INDEX IF EXISTS "idx_merchant_or_assigne_53eac0";
DROP INDEX IF EXISTS "idx_merchant_or_warehou_9e87a5";
DROP INDEX IF EXISTS "idx_pickup_poin_storefr_5ec4a2";
DROP INDEX IF EXISTS "idx_pickup_poin_storefr_e955d3";
ALTER TABLE "pickup_point" DROP COLUMN "community";
ALTER TABLE "pickup_point" DROP COLUMN "active";
ALTER TABLE "pickup_point" DROP COLUMN "city_code";
ALTER TABLE "pickup_point" DROP COLUMN "opening_hours";
ALTER TABLE "pickup_point" DROP COLUMN "latitude";
ALTER TABLE "pickup_point" DROP COLUMN "longitude";
ALTER TABLE "pickup_point" DROP COLUMN "capacity_per_day";
ALTER TABLE "merchant_order" DROP COLUMN "warehouse_id";
ALTER TABLE "merchant_order" DROP COLUMN "assignee_id";
CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__fdfa22" ON "merchant_order" ("pickup_point_id");
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_merchant_or_warehou_9e87a5";
        DROP INDEX IF EXISTS "idx_merchant_or_pickup__b35249";
        DROP INDEX IF EXISTS "idx_merchant_or_assigne_53eac0";
        ALTER TABLE "merchant_order" DROP CONSTRAINT IF EXISTS "fk_merchant_warehous_a1161d5d";
        ALTER TABLE "merchant_order" DROP CONSTRAINT IF EXISTS "fk_merchant_account__d33a349a";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_5ec4a2";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_e955d3";
        ALTER TABLE "pickup_point" DROP COLUMN "opening_hours";
        ALTER TABLE "pickup_point" DROP COLUMN "longitude";
        ALTER TABLE "pickup_point" DROP COLUMN "community";
        ALTER TABLE "pickup_point" DROP COLUMN "active";
        ALTER TABLE "pickup_point" DROP COLUMN "latitude";
        ALTER TABLE "pickup_point" DROP COLUMN "capacity_per_day";
        ALTER TABLE "pickup_point" DROP COLUMN "city_code";
        ALTER TABLE "merchant_order" DROP COLUMN "warehouse_id";
        ALTER TABLE "merchant_order" DROP COLUMN "assignee_id";
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__fdfa22" ON "merchant_order" ("pickup_point_id");
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
    "eJztXW1z4zaS/isofYnnSvHFmrHjc7a2SpY1E21kySvLk+TiLYomIYtrimBIyh7XXv77Ae"
    "CL+AJSIEVJJIWqu+yYQoPS0yDY/XSj+z+tJVKhbp92V86i6zhwaTqtK/CfliEvIf4H6+M2"
    "aMmmuf6QXHDkJ52OlxUFrQxHkrGAJIcknmzHkhUy+VzWbYgvqdBWLM10NGQQybEBgawuNS"
    "yjAlt7Nr7XDIAsYMFnjciSccCbsQ1kGzgLiP/fQo6jQzxqCZdP0LKB5pySG6pIwVKa8Vzy"
    "3I/Go3EPIZjNLGgj/RVfPvV+tH3qi8xmp+AXaDoA34ZMpcoYINmGwEb4b9kBEMu9g+7dAJ"
    "gWUqBtA3eGR4MMtzH4/texfwIWerMB0lVoEWF3Rh0Zz9B2wJtmqOgNyBbEM60MqNIfvzK0"
    "P1dQctAzxIMtDMEf/8KX8Vj4Ddrkz/+05hrUVfrvFlzKmk7kXvAI8r+KBWUMFVZgi8jBby"
    "b+sTYGyfan8taHsdJ1ov53k2q/RQdjQOkff7VB5DayqpJpdneDkmYlA80XiU4ceRg0Cg69"
    "Lvmy19rzwHA+07Fk2T1JCtJXS2M93nx3FsgIBDSDPhDP0IAW+bb4mmOtyANBvpX3HPnPiK"
    "vI9RBXgyEZFc7lle6sfxP+AutrLUkajafSfX8qSa3EI+dLhJ4U75KCIcNw4K9qUwCeyVf4"
    "/n86nY8ff+z88PHi8vzTjz+eX/5wicfS75v86Me/3C+zRsudimI2+DIYTckXQnhPcDcOcu"
    "EvKoOfFWmt1DX6Ie0mtHCDP3G0JWTrISoZ04fqiZ76/4hrx9dFlnr8C2v9rHe5PSgoA+vp"
    "4LZ/P+3e3pHpl7b9p07x6k775JMOvfoeu3py8SGqnGAS8Otg+jMgf4L/HY/6FE5kO88Wve"
    "N63PR/ycPZwm8BJBnoTcKPfggT/7J/iT7Hvpr9PSiq4N5CtvrGakkVPMA/XjYUmFC0LxtT"
    "MYaqOkpt3Q++jKTB6Iq+iCQNv08m/S+D+2l/cuW9kKAVf4OlPJdL+ZukQ+PZWeA/zy4yls"
    "HX7qT3c3dychZX7cj7pEM/+iuiCoyyA4vqIhDenzJaJjRUAlhOjdz1RzeD0Zcr4Mk/Gp+7"
    "g2H/htxD06GK3/gPvV6/f0Mu2StFgVCFajV0FLy7kzpib4aBQJUfEv5XUwTezvknDnzxqF"
    "SA6WdRhENmCy/GIZEGonzBA/JFOsYXFGJiZc1fQm96cuFJVl7eZEuVEp+gDkobm/xo2VnG"
    "r8iG/EyBI7+QfH/Ps+mhlaVREznh9PgfcTk8SmjwRl+ni72PN+P7uQ6hAzzJNkD0c1nX38"
    "EbsvC77BnMsZOCsPOyhJaCTX+Ga7PdVDkdBV9WwpatsLCFhX08FnYL/0B1bOjv3sKoicXt"
    "reFMg3tlqgW1HpUUWq+K1hl+lvftQ++40Faea8uNCW7eexl69pZlZdS8x9039NzZ0MqNfk"
    "ioEPLH+tpLWJvJJyGpiM/IgthH/wW+J1zdGPiexXgbmqpej8Bf/kLzr66/oiW/BZZa/OnH"
    "EOAfDh0KAv4OYPQwHLr2Ha8pH30gkkoYG3CK8H84VfDgTVKr54AX/dDTH0G+173vdW/6Me"
    "C38ov8pXzvyPN5i+EdRQe0eXykYPHYgcxmVwmQH/2dDbwYzEIzAZoD+A1LYe8m7NG0wZvm"
    "LGh4xEI6pFGcd7BAukr+ZUGG81Ty5MKdqsbzJNwpYVjvwrAW7tQxap3HnaLvhKTC/3E/Hr"
    "GVHQjE9awpDvg/oGt2IXOeK0zyt/nKUGjOw9NK0x3NsE/J/f6eM25SRniSABRRsU8Tn9x2"
    "f4szyL3h+DquOzLBdcyzOqhvW7mHTji3TTdCKufcVu0ZKMO7ZftYwrmto3N7J1uOwQ76+R"
    "+1eRxaMzR4kyebjtdmr1E4eMLBq9eOW1NTXzh4x6h1HgeP/m9C3+kpQP74Bub/nHV+4Mli"
    "6/yQnsZGPsuVAhTKD4XvDEf72pP6/MsE6jSfP92K8l7x2PKtoSrSrKnIYn2DTwuEXiRoqC"
    "aiklsB9qs7Xd+brUmo7TK1LLTO0g1NbxVy25rSiyfAk2RGDpjg8aeA7MlAc2xw/3P3+875"
    "BVA1enxEs4HtYEdQ/YlGNmyIDRP36gK9GQBhbwTIDqDmCp6WmX5W+k3oERtvihMDOUC2np"
    "HR+QCeoCJjL4HczaZHXvCI7580B1iyoaKlN7MNlAVUXqCKZ/YO2lgQr0LbuXo0ZGDr6A0s"
    "ZHtBjt44UMHj8ZXvoeFYyHwHpmzbb8hS7TYgt/ZmJncsEuHxlSYCPML+F/Z/9S1BYf8fo9"
    "Z57H+8cc+1b3k8gLVEOT7AYTfcHR9jwS9YibyU8wAclmmgm1XOMYuUuFiuWGVcToQsSw9Z"
    "YjsV4+veKIdmYmJCMaUrxoKv6KXQ2z4qWcLbvpopozV8uSdtupCfltBylj8VlRP5AmWFrU"
    "OBtS2j1qF4Xs0UwRs3ja7B7WPW5RFgEzjHz+hiirdBo8WgwCKft3lIMMuVkJxAhKuujGbb"
    "K6gCTxpQaXBCqKrZ7N+ONpt9aPulWubyUiOpv3OXq/JqxWgOINNCQ7XB3EJLdomZ8m9DqL"
    "BubELNJlnLKuXNrvzPyAnPpWy9kBo1+G5kAH7xzGZANlT3e7lFbQz4zaF5ze6dHw33i5yC"
    "OzwLtiXIPLI7v3s3+RkvPbCEskGn1qGM32lXdK63BdKDX4K/lffCK8KTuZOUWQvGzyYQtF"
    "st3w1tQbsdEQEjaLdj1DoP7YZfm3koIW944wi3jx0OLuhjJ5ULIh9F/VrvjZsD27VEA8m2"
    "8gHGRoeGn4MC+1VUsoH7VX33J8ZryS72TrIFM1QL/Qr+7xi0XI3jKod+I1aB+WOfk8hN+x"
    "U9KVGNZ6rksxJ7I/xoLYCB8ao5svfLE5xffEibh/aj9QIkLSrFkwC3FgEOAv9GmgHk4Ej/"
    "dyQvDU/cBvg+0CS1oZ/eKbNFxSB0j/wT/o5yYczst3LvQPg+mkZHxsTS6DyuMCAB3Zw6wi"
    "+Sv2R2Mlwb6NoLBDJN03s0XuD7B5KoB/1Sl+Hvb0Ir+OaUN6SlIq/cIZQYpFygBU1dVmBQ"
    "aXuLogdtvxxlicSfi6wqPb1vS//Fy1d7KixhZkEsCmKxXi+mmlJMglg8Rq3zEIuibvKu6y"
    "aLkhgVSmOiVmPuDMuoVONY9fIzLAXpW2TFV/zdkTQZAlcgv55jooIWrIWeXZcvoeos1ywp"
    "K0rl5nPUQm5xxKfPpYaEqNBCUS2IslpVI8tFdadWDtKcq7oTe9vZX0SiYjsNL7aJbTalMn"
    "TK21XguwHfpDVRQunt8gI/FHxGtMdXyuYQjx/3E3W0BO8uePe6M7CCdz9GrdeBd68Q/bgT"
    "1t2vX5Ob600INjLOcc6F+HkG4ueJTGp8YylvebiI0B47pO4qnrGjCnERb8yWsF2ovTJwvk"
    "ZIh7KRYquF5WJQP2HBXWHtbyz75Vivx+Nh5FVwPYjZY6OH2+s+Rp9ijwdpTgrfY+qyM0fW"
    "UiKBOfbi3twGODHJHhe7gQyYc8G3Rvi1h2HHko9G9+aW9GmW1SXp0tx7uJ+Ob/sTLDr5Ou"
    "jhUcrKdtASWhL2XV4178cf/OCBG7R7hZbtZcpF1Zbq0yTk9sfT/bBb96Zz9unHT5cfLz4F"
    "Xk1wJcuZSaHf0j3scNZ46JzyltUX46eka/YGTmM42FTQOh1xS9QYeabNYIYiuJEj2wKzfJ"
    "iZmvKyMqUyCqPe0anumlYUNfJk2qQ4AX4ysWuAXw3b4eUHGcZkroYur0PgVMuVRYGSni20"
    "MreEi8L0hUzUVKzkuYMXlaxDW1Jkm5VWlwevbjBbD0/WVMwU2dp2f+/hKRq6Tc11Gdunf6"
    "6QI28J0mcy0z1eTf8kkzV1NT3pGBKSEiqRStEafhCXssqiInIgd+3P2cdT8hSjr+NCSwAn"
    "MNuImaXZL/jWimZvb9RP8Fw33lRNfTjpUbi5hchRQeiQs2r4PYkNqOdtV9t9MPG9N2+PTt"
    "vQdacZT+ibhPEx0JsO1We4hFv7SL4tOyBzDxy4bBB2uVIqQpYJWuGNkHHM2cfVbwvHYaGs"
    "p2oIptHn2usTvi1MiWblDQErZ5pOkOTHSNUJJwCmp+uEMw5Fqo5I1RGpOnVP2hCpOseodZ"
    "5UHdHybrcJDba+es6Drz++cYlQlzzgXqZje5mE1pGdFcNx4ctZWEvvMVlhnaOSJ12h25sO"
    "vvavgCv9aNw/3N/1Rzf9mytgr2xS5AWqRdISyu/w4vckXFm50v9iYoUUUjFrPor0+Q88qx"
    "+PSsWafsYG2y0CVATvtWTzID/rXHLt5pcZu/ll4Qamnve/bWjimB3/PLwTr8tfNQOEH6dD"
    "JoDUEjUMB1yg1dZx1F/9eZoKlGkhdaVsnSXjztJUkETCh0hi2GUSA3nNS94xye3zGchsXX"
    "eypmJmLzSzhMDVvTdN02GSnmRHWWwdKfVmuyaTNRUyNz6qOXB5gKBoLRHz3Un8q7VXuH36"
    "x6/ufDfudE3K/9jl8fxwnjIj9BdLY06P/oVTp7kigK0uUNByicF33gFN9fz+afUO3HkAna"
    "cN0JvhFkYmdZDpINJmDBtCjILLW01HqivPZrKqkqK9sxlYyG5TNO8KeIHvtl9mGe+Iygta"
    "OeBkNsNm8KtmKHA2a4PZTME3d/+lauSbKQ7+i0yM/4CQ/EEn+HL931PQ6Vz8ANYT9DCks9"
    "l/u3MEf/jTuBc+/OTdA68R8jepxExmD344uWThL4hMjXSBW9HK0KQItOEg4BI5NrAReGy5"
    "Ke7AgDIp7PzYAiRWYZNi0HTxn5JpkQkNDK6E/RgLY3KFb/7Hfx7xcwtfVPn9EYN+dnr6Yx"
    "vPRkba5MJj6+efr25vH1vkqqIjbMpFLv/1r9mMzq3Ipkx/iYktGDwbmX6B3gBep+/ANZsp"
    "VPR7Akd+gaSONR4ITkbIgOQYFtC1peZ8KFJo2lV6yUWgQ5lGu5yY7Bv+EtjtXfxVJepZi2"
    "C9CNZXPWwrgvXHqHURrD98sN6zEZMQp9ezDolUo6I1uW1jKlqvLZccqz4iJMpu8Cz8tR2a"
    "B+ewUANx5oI5A+U4yBEvLM8ekxDcaqepJleyvy0l5q8mFZHquLBEG1RpeKsKGmGICb/nrF"
    "ibyWcdySnghoVioM6JVP1gzcDsZvxwPeyDu0m/N7gfeKs8sDTph+TSunDPpN8dxlFGxnMB"
    "mMNSAmcOnAvVoxLFqIoUo1qzeUm0MwiliJgoPJ6TWmKesMyrgoSoUEMuNSSSDFlaYWz0eQ"
    "to30cmq5k60sJq7Vgd7cRi3FwF3t1CSgC44T1pI1ttBNZJ/346GfSmWdXJD5tPVU2zRdQ3"
    "qU4IPbQ7Mrsah/fO9AB6dMMWB2hFTE7E5OoenRExuWPUOk9MLjdrXiphXqEDnp944hKf0s"
    "MSnxJRCRHu3G3Ux0S6pqSE1jiKfgfSVca7ddsdDq/AUtb1R+PLZNzrT36/IhmDCrTe6ZWH"
    "u+sH99LKfFrha7fdyS/96d2wS8p/L2XrBTqmLher/N3h6v6Q0fwh0ftBWVkWNNLUlrLnhG"
    "T2GKjrjX7fT6zuIwfIH9OrqycOlntlwPLE6MIyIhGglKhdoYO3ovBzHnqBrEn2Ss8D1NCd"
    "pakgibN/othz6Vjtj9irJTxu5WJ68nM7kILCxQ2iQFm2ysFLodZmme2SQF4XC2Dwx5FKAu"
    "n08VtkWKns8R+R0o7uuRPBKAtGWXCLglEWWt+H1qvPKB9ar4JTrjWnLI7QVIA5CyvEt/hy"
    "p/TFBEVCX1kJfWEbfMtss3A995qpgjfjLLYM2al8PMyw7SDlZXv/WHlpENgH5znrQrnskj"
    "ToYXiekfXeYnAGwWftLMpAwW6jjp4lJTx6l3lnkXoTpmzB7UtlCOJBEA/12lRr6oIK4uEY"
    "tc5DPAjfWPSCqC+6azMkl7kQEWvQae7D+rguqiV4uGEDuF564HVwIwsw4t7ibwBGD8Mhn3"
    "+rLDRdxVNt58A1D+/oJrHnYud1wWiX/q2fHsZwb0OZY5u9Wz00mKMmqadqgOZzaEEVaAaQ"
    "wfpsFqvuKI8IM6xurhdE6PRXPLa+oyKTwnMWnnPNbO16+lDCcz5GrfN4zt7+n9/5iMiJEF"
    "vOzVeULqmAGrK8wLVZtKUb2Lz2Qu24GxjZCjZXLBFlYXZUFibd196lk+QvcFbnhvXa3+wk"
    "hR65/UUAQ71ULU2B0lIzyixoH0sB8O5W4g38uKnwxGr7FmoLT+yIbHLhiR2j1kUMM1/tAa"
    "6m052MptOdZNPp8DdLwDzF70I2zDGxBlQLz3pm+r9NI49LIo83eGSG49EXf3g8uVd0u6fd"
    "7gl0+MINvoLNQHypIr3ubUi+j+TgNZ/nSYiJiSch95Ow9jGS73WoaEtZTyPbQnLxt7oreO"
    "pNUNvIHksJN/3e4LY7PDn71O7ESjCHj9CIMjOb9pCSy8yEvc4EylneYUxQJK0UZY3F2Ziq"
    "McbibEwrB6PJdTaGteWUAG/zEoXi6Ma22S1Ss0SZJTbikbX5KluavHXRrq/uLE0CaZdhBx"
    "8uRtghhOTmsMNraPD+Dh6tQ2aCta+lJdAWrP0R8beCtT9GrfOw9vbLKg/R4A1v3LmYC55q"
    "wRfp1YIvEtWCqx8O2VM7z50EQ1xGUV6iFctj5SAj16Jb85FV260EIVk7QlJ28M2fVg6rim"
    "RG+Z6IlKjgkx3vKFDBR0T+Khb5E9ne1SKNRZpxuWnGPJSmqKbEVQxd14xtazLTUkpDPE9T"
    "kYLf3NrVZYDVnTvQomXDe7INOVGrSXwiFsmxnDIAI0Xkm7y4DlJIvjZI7TK04O7ujMBCsO"
    "2nhxU04xUaDom92cHgkiuhhyIW64rrmSe2g2Ei4FBbK7ItAg5HRD2LgMMxap0n4IA1hW1O"
    "xnabuteGJPbnuf+w2w23c/bpx0+XHy8+BftscCVre00m0mHFQMvjZzjxDIsIQOOAetZJbo"
    "opKicopsKpoRFjL5cK4pJCCWXxfCGTfUuer3lZYu0YzxfdCDZnhka6Tm2JbqTRVUPxjT/l"
    "xZnUJXqFS7h14iP1qm+9uRoEfDRCqetIoUBsyxMGEzUJqp3TOcH6SqN1wguQm96RlmGpPV"
    "atIPcWXE5dLYW24HKOyKsXXM4xap2Hy3nRWEQOX3aML1vl8g+t7s0/Hu6nV0BW/72ynUdj"
    "0r/vT0iijMehkCvDfveeXtGhbOMrN/2bhx6WUSEJ91OZ6bj3C5Uh7z08onvb/YJFVHmJ3/"
    "iPxq+TwbQvjT9/vgJvluZACc3nLb61teN8G496Iwa2I+en7NZygmdKI+5yY5sUFOAmwZVt"
    "VpmU9ITVtYRIwOZJwMZ+ArIk7IVbuWm6hKg4Rl+UK7UgKZfuvV75l3pIaFerPeH47GmxX/"
    "Ks9cv0pX6Z7B3jO6u5FnlYSvDQZfHQQU7Kljxp0/If28mCq8Hqq1Kt1RD5x+CxotRgOonl"
    "JnjK0dEb+1I8GJpjAzQHsgHoDIAk8YEF/uKk3cQJsoAjv0ADzC20/AAQ/ozCCCz0lmxZsf"
    "VsOSkzMvu2jFms9qpg4eq9T7YFC3dEfIxg4Y5R6zws3J8r2XA0h3E+M3WzDYs0yTotjUAg"
    "Z/dyOVWBwB7pg3Ai1+49q/LZRd+myWUnhISatHL337VFOLUVcWp17xDQlj5tE0+rtWN+be"
    "jh5+rTIsiCbcgCErmaDHrTQ7EFfh1JurJbDMIgOqCdxRkEBRtRMHZv6S6xYpFRD6tcn57d"
    "sGXHN1VWeAktAzo/dKtS2Qr/pyS6CdkLzTT3eUO8urRX0qe05Fs+W2hllszymJrygic1kc"
    "ZagCXeSMZTPBsQ7mGVi/OA9TeI2oK9OiIeQ7BXx6h1HvbKWC2fXIOMl2pZSzSuDGHnkidT"
    "4zI9UeMyGb2uXQkrExoqhkwy5Xc/NT1Pzt5df3QzGH2R7rq/3/ZH0ysQm+/RuOsObvBlWV"
    "Mfjd549HkwuSWlrrBm5pq1hPjq3aD3C54DD8LWE5YlMr1f+lRKeSEj7n8e3N2RC57xSfL+"
    "hoOv/Qm5FtiHwdXfpc/dwTD02bs0lzUd0m9wezfsT91vsDSJ80Wudke9/pBKKEQ1ul6sBl"
    "eHp7BlJ72wZSdR2BJ/eZvZgyr9aORaQqSqxZm4+lRX3NsuWHJxRXv15CDHLeUZsyqy6oSG"
    "xUSNUBgGP1kjlO6CdJMl1VXzIp0QFnhvwLvIgharOfdqXkKMVMoRhw1reS3auITiC54cy4"
    "v0HMuLTYBLeYtnp8k3DvqzDg/2eFR6GLaTjj722giNlkQ+vQYxS1ZUIo743mVUIrbgUrYY"
    "waysLG9fonEPwTnXgYbzjAMN58kDDeuT0SR6VNRhTs5SZfu85Z1nk8YjaTy56U+Cg20S/s"
    "o0UuafZyNDAo/aPdpGxoR99IN7pq6jLOU//JMQLKS0qp1IiaD9ieeR+ZT+xCSNJAviPVcl"
    "rGuRLgwM6cOYpbviCcq2SRXZsrR8RGlIpHkLuvyDPiQbgJB9Un5KmiEqEN+MOKFgC4R7Qm"
    "IlxHoqhnl9QzvJiF7AqBeJ5MZkhaarrOlQCk5OPUclhZarrOVI3lNOPcdlhaarrOkgEllo"
    "547KCk1XWtN+dLmIpmOyQtNV1nQsQZM/uTEmKMp1FD11E0uU5tdATFCcvSmsgiDFOhf+YS"
    "kBfmHwY6cT+PGPCQoVFFYB4zgAvxoYwuJlUFQTFjR1WaHVdyU0z60LprjQxhYHYqNnfHKd"
    "io2Kiu2psBoO3PzhaB+FjOPJ1PZJ6qLY+eQv/mQ1exp4z9KGDcXNJ5R9s6YEdG9DUzUU25"
    "gRmHJUmeVvlYDvgw0rlLhROrYxB5MD2/VbrwR07yOTNRTjhJ3AgXLY4i4B5zs63R2q5duQ"
    "F2eGlxJBGn8PMHoYDltMdmx/e0VN4Y2xgRzQHqrDUU0BzmxwxEY46gyWaE4ElTWaCTXTiU"
    "7BO70GClMPW7ZJaqgCIqsWvm6PE8Wn/9rgzlsltJpvYmmo6Mt77kCLtpqXFNneFq5uMFtP"
    "blQrPcY7gyQtHgKyOu5Xbs7ylkhN6CQNQoi8F7krgEUzxvyjA2w0xwacIvwfjg6Mobkagm"
    "r0aMoT+iZpDlyWAZZvWQzIrANv0oagRlZejgJzIeOBUV0ualpsKkcPX3nbKLbGtBg8NMPl"
    "47+zwUIjDMH7FXhbIHAiG7SQ/NtCUxbAQjr8AFRNxX/LThv/FxqAjHhbvCdr0+9g/pwV71"
    "xIRHGuuoYDiIwoznUsZZpEca5j1DojZzBHg0e2ruvQ1JFfrzs+QEk6w0hZ9bnYGMfEmnfO"
    "rPyDwXiB58c5IiRQ3owy7evHRnjzwflAuMpbR6v3cD8d35Jz8n7A9NHo3twORqRF7FIzHg"
    "38IcaHHJL3w9WPxpfJ+OFOGva79IS9myKg43cGke6NHyYDOiFakcO6pPLbxLviHt99NO5/"
    "v5/2b6+A/W577trhezeI/o9VSJcSfU7DZeO4yoJ8zCgL8jFZFoS4QUl80+vh+ONFDZyIiV"
    "tGDZyAVMi124SlRGJmWUmBQReFPceZq6YM3kBzeBVWqSFnKCkzjQENUjY3MaBBoigfA6os"
    "oPKCVs4V5RyBs4CBUQVM+d0GCK8cNrnJJ/qIzbGBYwPXigdzpOvozQakb6dvm7ncqE2pTn"
    "LdK2dkg5PZDH+gvUL3V3mewGz24YrM+l8gUWTYQA6tKAzeoUOns/G38TqD2o6m60B+k8kt"
    "yJf1bvMTmSko9NsGBnylP0BTrwD557sn/ybb6yLA4AnO8VPmzwFOIr8+GNZ+NED4XkDFBi"
    "dtUWrKtg3VD6egC3T8oAUD0BzYK2UBZNdCBZoN/CI9AINMICU/jMyLjddXSJAEoTLF5GZL"
    "ZMD30O+gF+l09LeuCy+3KUYG8n7h+tedEI1SeSLqquc7YFqIvBnsoNxye10r+YM39WQ66A"
    "6Hv0uhr+Teaa2JMIyUAPd/4AdvFDmiHtcKjS37KEUVs0Ybv3IdugZkrOk1EopsOisL3w2D"
    "SR5YAh5ZICeyd2vyAd7IVngIsrBq8SLHn+DFTr8TvoTnXJCL7hrwZjvxdeSQ5a/g9yaZ2B"
    "vaBvD0+RSQOwTJKC5Gk/7nh9ENAYb5I6K/lCrI/TXeI0Zv+V3oIfG/D7k5+X7BcjnxIqWu"
    "LF5VCoQEZfpIzmZYk0gnRaFP6ZT2KUmLhPYi9qzh+YiSV4671PCPxtusqpE9RNaBSyu2SQ"
    "wDf7lHA+84hi279o8LC37An8mv8hv0YjR92D+4wQ1LI3PjAbNZaAs7/Zv7Df4+mz0aeJd5"
    "Qt8Aje64YRHNn9o+xXJeLRr8bR0Mok2GkADJGjCKDBn1Ex4dPjBNZiffwr/qlR/DM8n48b"
    "bh+nZPBAf8RYNFSdsL+9r8kBag+SOS/6ypcGkih5SNll7ge+tfWfGbEPHhKlvytw8R0amn"
    "LdcWEZ0j4vZFROcYtc4T0RHtVnbKgYt2K9ntVlLMdMvRsKn5LgX2EbsByqOxNmF9Y7MIHb"
    "6D0rOii0eCjuUhY0UXjyrVmA2KuRdCOiEs8N6At+jisUt0RUX32ld0T7APOT0VlnwD/ZX6"
    "+idJt1TUhG62fkW9yePStGjHsZ9sUtHEqfIJLPEQTI5HgiFaZTO04FNxxpXBdZaRwXWWzO"
    "CyIP6ltiMtZHuRB/K4XAPxvuAx2C/SDfaLhMFuafaLt3Hn2oHictXYfcj9GrP7iOLDB0/X"
    "FUUmq5jLKKrEiSpx1cGYt0ocTzkiN+mNsdHssBBRXXBn8YxbQnW3pk6bAtLOc49pVaK01G"
    "O/ZNGmzGOf2t2YeJwOyCEKHJAVGJrzVbY0r7ypSLKrpZHRBiLJ7njSrUSS3TFqnSfJzrQQ"
    "DafSvxN6T6ec4nINpJw6XBRfJ4Pi6yQpPv/NmRfvuFzjjsTuBG37ZZUHZG94A9dy+fTpny"
    "u8HDWHERpItdLCIk3ihDpnn378dPnx4lNgpQVXsoyzJOmGf5cjmZamsLJHsjKtooIi3QqG"
    "l7VIZtsvuiLBeNcJxnNdthcSqWGbm5xPiIqKJkVDJKLIwwHBDzFQueCPygkFiCobVa2ywV"
    "jtJeD7dT1TQ5GNPuEcgb/1K7EEfD+Tye69uer1FuUFOGFCbNGFRNZ1pNBY1bZV/YOJGrS0"
    "o2Xs1o0jSuizEe2C0LSGG7uMBcb6RzACgskOE+lRwVg7EK7QYKsLyFiADPx/MFYhqA3myH"
    "JLxBBWwKbFcmhZmTmtG0TXTrJWUTlTViA0GWu9uD6nHIpNlXi7WJ7Jbm4S6f0k6tXX2oZu"
    "i8DrEYXgROD1GLXOE3gV1U3C/GiHhyDtpDOknQTFT7Bhgrv5HLUvW2UiGvuy04fJSOqObi"
    "S30gg5Pu2sLEOSDVVyS474RUik8Wj4u1+HREL4eXo0+r+R4t9f+lcAfnOLxJHR9z8P7ug5"
    "7IVmxm1EriiuKFMTHMeB/iOcQ6f/fMD7ilszxpvj0eje3U3GX8lF7EZY6JVe+7U7mJJaNu"
    "4yuHJLdpJzce4iILrs9Qdf3akUqFGpwej+rt+j82uGbULFcQvV/MO7aMF/B9fux0NPmlZA"
    "JGVuhuN7WuNGR3ZVitnQb7fyXd0iKyQ6Q4WPb7aSBYWInu6G3Z57jfoIKfokr7ObSfdXvF"
    "LeNGehWvKbUUSD5VfnJ8U1mepLp/DXEvvj73/YreNRWgpBPcrs782wOOfKKjrPyCo6T2YV"
    "IRNDokpPKRHuzXtOZIIqo87sIsLqG4J3oenn8eT2CuBdyJkjqyK9PwKki/X/YIqLiHnRoK"
    "37PsJftUClBZZs45Igd9IXJDAlJXmJVqwoYmbiE0v8MDlQu3oHl50A5ZtnRfFOSAu4Rb7Z"
    "IfPNPGLB6/KVb9eOS1bYwyoI9iXPnn2ZvmVfMjYQihqJAr4Qnz4/V5g+g8B/M/4+z1KAko"
    "+JirJf1aHgk5EXnxkroOeYqNBzlfUckJ0FFB2XFZqusqZ9trrQEx0RFXqusp7dGESRRImw"
    "oNBxpXUsqoAdmrCLJdPxqyAmKFQgThnVEXxm4mUuRaTNIIII4uBRtQ4esQ/H+Bt5iQg3GN"
    "zYa48DX1HRkRfb/BUdE3vvAbaJim3ZvGCnvba2OOolDi1V5tBSWiVDNr7ch5f4ixu2Hvxz"
    "ROS0kdvzmHb81gwg05NIP9EzR24YA6rgGSHVbrs91D1GjpS/XsoqPYXkLOAyeaZpVzfJec"
    "qJQlPuIad1LcmSJ/ZzgSVR4bHuNnMbiINGx3PkRBw0Okat8xw0EoXadpFljX0R5QUyXmIZ"
    "TFBIRiSuxyF9szTHgYaE5vMcoMakBKxxWH3jM5exFRJq0uO/Z/KYZUvnUkPKBII63i6W4r"
    "tNuXSREBUPRlkMvl/3ZEtmLll1pWbK4CZC17vz5sph0a4TW0Ic6XTRUHQTDzoH0RzfqEuA"
    "mr9OW8V2dl6cU15uuVsI7ZI17blp611FoScxGIxpbEQ7iy3V0bNmO5pi++nwkhwSK7UfzB"
    "+RuB3JSNZIuOJfMZpSsHOCnavXLl5Tnkawc8eodR52LtibEzrP7L0SyDTw8Fr5DcfzNltp"
    "cFObHRyWUhztlQHvNUI6lI2UY1KBUAzjJyy1K5B9S2K/edfX4/EwshldD2IWwejh9ro/OT"
    "mLnXhlkHnImGvPSajTm1WvJarRpprctjFtqoPTlaYF59q3PDsMQ7RxxQwueXaa9I0msYnD"
    "b07qSdgs5yQm2JgYwZ7JU122i+EfE9wf/t+fNUoB4jBG1ZhrkRzdysH4ZSVHB9z1YYi++4"
    "Vm0n7YDIov+KzNR+7Z4fEls3phzy9e2yFO7mVVRd9NmfIn2VEWImOwtjtdW3CSR8ROCU7y"
    "GLUuOMmKcJJ+DDAvNxmXayDY5XOUW1TSKquE1rFBXsO67Vga6pJnr+TkyFrD7nV/KPUm/S"
    "4tvR2Z69G4G/R+6d9ID3dXwNRIErC0Mkk9dmk66Y7uB1NSkJ1UazNszXk0xg9T6fN4It30"
    "h4Ov/cnvVwCtHGmOLOIxaa/Qen80vM/IvbyL5D6fu4Mhvk93Ou3jNwD5lZpO38IOXJoOqQ"
    "1OysX3g2YBVanjTuFKLpYpdgzSSCVPoAG0aZbp0P9tms1bB5bDcDz64g+Pk9mxV49nkRet"
    "isyWF2mpRYm9wG/OpYWwlMBekKq1VUFVKtwcCcsj+OyDFfugW3YJ4PqU9LU/X712el6Aw2"
    "+4LQpPwFdIbpzcXXJUnph6XmD/FTZqTTOKTmwsrTQ24BTh/+TcCQoXVjrovlxiWaXyw1Xu"
    "858Rswo2iDyBKynYpsoNX+0/PiViSSKWVK99uqZRBRFLOkat88SSRJvbnba5FaG6fYTqBF"
    "9aAXtCcHaCOKq2KvaUCBmKsXoe25bkRjjDsV77Tw5aozzvO8oFMbzvBFnE430HeQbwdUfJ"
    "o+HEVN8GcO9GczbF2fCqbLRt4TsfkRclfOdj1DqP71y/FKr8ehZ5U1vlTYXBZK4T9q4QE2"
    "tADtUe+mjrSJHzAh2WaRzKZx0elPGoVJTpZ7FsEIX2Zi7yrouJNvBlV9+XW9KmSbogOZ4r"
    "pnCV33PVycv2o7x5/biYoCDPyiLPwn55SYlBNVQFL3kWW4ZVOkXck620IoEbaCBlAZUXYq"
    "sq/tC9ZV6E2yqJXIta7i1twRcdEXMg+KJj1DoPX+SgF5jLOw0EGpdpccHDtFykMy0XCaaF"
    "2B0mic9gfZAXZBLn9CpsLNmt6rFVMwzHwnonhdcCPJfYxEFqMV2EZEVtvNJVpKClSczyQp"
    "ZHTLaEt1B9HpiKv3SStkasL2uOtKiooMiHKpoPRSIjK1MykVaA1mEIC00U1QRe0BacW6gI"
    "vRYXFQRbaQRbAG0ZFFtkspqpg5tkiy/GzY1m9t/IvGI7Di+2WX3MmciGd+gS0L2j092hWm"
    "7rvCAz3mqHbV1OOOCGdU7aaZJlgFcKn765OXmEU+dvTZ4zqdIn7P3OTyKNsjIWQVvQ4kdE"
    "kApa/Bi1zkOLiwbYYAdtha38Lm5IqEmg7pljKNpNuIQmwsergAx2wbcAt3TL/CSRmqmA2+"
    "tdP/ubPd5DtFGtK7AZ7VMPnA71WZftxb2sM3249YftLCfOtNASfwUyWLL90XvLjQphK1Kj"
    "arlvt4UPeETegPABj1HrPD5g9TuA1vnMjmlpCgPeG6hoS1lPO8GhMQ031RU69YRr+Bhl4H"
    "vT7w1uu8OTs0/tTqzbZ7gyTaKSvuXYBTasiGAD96v67k/J1xI01CIqDokJBVdawYKFLJ+F"
    "tJHO8KDSU2y84Y3pAFsakCa0pCAvQdeWGmMjSs8gYwrvD+Qdd3ktDWTNIGdVkfUuEaKDbY"
    "1uLuuQnGWPNqoK1ZXiSPhupvzuHzTMU+1h0r/vT772pfFIGk9u+hNST8GG1iskc9IayqRC"
    "w81Db0qG3HV/v+2PpqRSA+u+B6++cPB0v4pl54iAyNEoICMgItj7ctl79o5TAry5Ulkrtt"
    "WUnMnKkwXolvgvIReQdkLgTAasCewxVwc58pYYBfGhf5LJGrQD7DRrMoZaVtwtwJU/+Cb9"
    "GchsCsG1HgzNsYEMfMcALLDzZQPNAMiE+D8WMGVNBfSZsgGa46HkFuDEWUCAPYrvA0EFrQ"
    "wHWh9O4zbfru7BzPOMhiCDZHeR7lkZi6QtQn1HFPQRob5j1Hqj0j3rQg4e9IBv5R6cg1Ac"
    "IRssrxISokINZREdUZtwS2c8khBXM23wOuOJtVjFY6V1BZfrXOlhMkHvPNKe4Y/erfn8DE"
    "c0NGhvyZ/PFlqZIvWztht3W/iDR+QZCH/wGLXO4w+KFnl7aJFnwTm0oMHKAk1HOSIkShDG"
    "QE6WIAyKntOGFzItH1e0bnpyikIKqFh4Kp7rfMmV63yZket8GVeCvCSxAsYLJCvZeS0ksp"
    "1hfJOJs00W2RMY9F36qg7LNHC7/sixij+mdzJh5JPXrK1Qy4SGSvDKB3frrj+6GYy+XAFP"
    "/tHode+mD7T5jyKbzor2/sHLdDgYuQ2BFBLeV0m/n88Poxu33898hb9aoX4/Zxc8+0/cNg"
    "ptPxeJp8P71lKhbYghfZj9aFfUd9mbka/8YnAzpAXcWXCb8ru0svRcBs1apHFntc65ulid"
    "Z3SxOk92sfrTIjm0OpJz2Y1RKYE0D9Lr3TY/yxQVFQWQq8MvJGklRdZ1wpPbkgUVqL3CPG"
    "dS2MIiCB2PgAZsfALaLNY8LCXinmXFPSmqJQTkaB7sF3+ymmmCNywXXoLFc49dU3LLnNoJ"
    "naRBWO80l9ZDixGzXOO4MWQpWeuxe4tc+vfeMnZJtt/QrG76u4iH1nVDb4t46BFFxkQ89B"
    "i1zhMPFQGMXXOGsp2vSfhaooHBiwseZuUinVi5YNXDOdr4xf1Dr9fv08CEvVIUCFUSrfjc"
    "HQzJpbms6VWJVASRZtcCLhqnjkiLEDVXiPoF5oqeesMbl4Cxk1JngReUy1sJS4lCD0VPQY"
    "T82lzoR+UED1gWDxhKy96SCQxlgddMEbw0YHQNbj73QHeMEpC9hZaykA1n7M9Xr42GF97w"
    "Bpu70dMuWcRrHU9DOsn2Dcd6bzHYxNiIdharaGn2i/TkC3Cxiq2xAYGzwCADcuw9EAbWSo"
    "c0u8WG9lX4FP3J0zvAFy2gqR/aQDYAXGK7Ev8LmHiBQfwLl0/uWoqcxt/RfR6Nk/7p2cUn"
    "MgSo8FVTIBZwz/BjoL6zwWz22/c39IPvB+ps9oEc/CdDde0VWu/A67kMTkixAANZ2EvVbK"
    "gCbPa0H43ZDH+IdDzSPpXVpWZoBE+C3SkFm1479eaQsAy+wSnof8OQ6++AfE00Jz94CTQb"
    "2NA5BV38Q4gmH403zVngbwe/mRqWlmRnNiPFCWj1ARkjYyCgI+MZI+DBg0F4J1OevEDTAX"
    "P8O8hYCyp4eafWJshigsNngkqkgn3S7+ld8MG1fbG3BR98RMyg4IOPUes8fDB96+bhCwKB"
    "HdExh2MMOudcJSLPM2pEnidPbRBjJhf35Qs0D18eQiaDj0nSMa5BmJNcjAg1DuTdnHpZG8"
    "B5kI6JNQ7r8s941SN6tKe03A5XWm4nIy23k0zLXbtjea2cqKRIyq2OUcNIyo24qAlFZ5Yt"
    "iosKxr4oY3/Q0lFHq4EMyn7/5XQqpoVSq+mwNxyB7SZs4xtspRj7iWa/kGwm2/31yezf8O"
    "ftjWy9Gh66txTgsohfwc8KflYwdYKfFVo/GD978CYzldP1QVwZtHIUlK+JaEikgYm95bdT"
    "cpksRmbvP+7Hoyzyi5XOq2qKA/4P+HkSO2HB/jZfGbSEEnhaabqjGfYpud/fd8WOZQBOII"
    "psaD7QJ7fd3+I66A3H1/GdikxwXSX3vXKr/zj996qpoVQH/jAe5rrv0j108K7xbON3iEGX"
    "V8LbTB3bzvI8Qy9+2xOTlLXcxpyxXxcIuONV0jQlmO07muNE52uDtwU0SN6WSrOU/OvgCc"
    "7xcHpdnjskzwt/3Irptvw7PBroFVqWppI0KtudUQV4a57N1hie+nPMZlduHhbSNeUd39Rb"
    "p1gWz2wgB1jQpJ5SobyrhOFVbv4V1h0Srn19N/i2cO2PyMkTrv0xap3HtXdfZHn8nbVENd"
    "wdctvGuDvUmMijjUBAKKN8Zfg2Ti5bJCwlgsZFuS5BOVbR9z9c79+qqYOXA+Bs/pvYdvbH"
    "rlRsu+EFNrzNVip4P145T+hb/zWl21D443YWgYLoQAm+7r3tkLl6wnbDIrDohZdf1628Lb"
    "z8I/L3hJd/jFrn8fIdZGpKnrhxINDAqHH55aDkZ6yrZ4xHHogjQg2EufwOTwFi+X3ymKTw"
    "CAs75kuvmkduHcQEBTUiTjTUVQOp3SvSedr01hWCqd2eqY17rHns2risOFRXHUM26b/Ijg"
    "OXpsPI0Et/+YdERFeL+F6my7YjQctiUY5T+C0F06hUE4piZj0k/d+m2VtW8IwMx6Mv/vD4"
    "PsZg1g/DUPoF2QbGE/o2wA9Hi8FTJge1s9jKtXVHxkuaL7Axz6sLTFlTgS8PaBk1oGq2KT"
    "sK3pWBgwApm+UPaIOV4Wg6sB15PgcYD7xT6FB9hngUzZOK5HiVPntOKjVm9IYmFORq/S1C"
    "Qa4eD80myNVj1DoPuUojdLmd8bCUoKMKu+IujBS5BPwZ9cMiUg0kX8vnuAXnUTHOg2FL5n"
    "njMMQF81GdtwyD+QgrrEBNIba8IIFrGQip3NvnMAeiD9MJ41gd3ozEUH9NJzVRuF1ADZ8C"
    "3tzF2A7AkxIa2btLQLnpyaGsd10JaaIbu2OMDThF+D85Fztvb4xqbT286khtjcE+Bb0Vuf"
    "0rfFog9HLj9V5oMajt+JB2FrH95g6W1PDoUlNx/2jZqyci7bW0CJiBf2Wf7/WbyBnwmyN5"
    "QS5iyZd4yhcaqom0HR0hju2CjmxhTAQlXmcLoS0o8SMiRwUlfoxa58o3DvbyJCO7uT/qWr"
    "rKzGzrrjuZjvqTK2DKlmOQNlG3fcLqjaZXIOwPHb4RatS+4CXJo1JVVkVlMpRFKEiEgioA"
    "/45DQUtslWPnK2fLk6hU41r9lr+ZPCGVwfSk5+T54xuxhveRjic6ursd3W/6w8HX/oS0b/"
    "dYjqp2dBfZvyVn/1qItLYvAGtSUICbABd6j5MGc0EbExPAxoGNM54JbLOZBYa4SH2oDpuQ"
    "JJF0KNtQopnZeXUdExV6rrSeyamS4s81Q1zou/L6dm1nrEaV4benviRZog3KZRLHu2ruT1"
    "IEV1aursZhmSZgHvUGz7k6aZ5ndNI8T3bSDPzVAq+LuKx4V1T5XRFLRcjBrkcFG/SSOKaE"
    "16PVQEbSpb+yk9rInQ7opUT1QzPWSyG8qWix3WBz6uVhMltrii5XYuthDr3HV3h6XmD4Id"
    "icFxh+CPdYotNNOdhJXp4XzBApeLV8X7SBSME7nmQskYJ3jFrnScHLyT1sQztUTqv74B3W"
    "3ywHyjGxPSYLtPaCdYcL604G1p0k1jbEb5+UZNKUzMVAooHr+axzyZNW0blMz6sgn6Xlzu"
    "XqfRoTq8Yp/0b1Pw15VLk0E5cTqildNTVMGcO+qfYKcyqg1e1NB1/7V8CVfjTuug/3JDPM"
    "lFd2VTLDog4xv4MZlRPZ12Vxkx6uJbBmd+uZaqYIXtYsugbzkmaJYBgz2+zak/38ywTqco"
    "oBmn4+thl05V+7JBi7GHll0WLwit4n7Sw6UV6P2SWJmIuYOxZWbstki3S+DT89dk4PMSTS"
    "QN+lc37O4x+en6f7h+SzWFI4fqhyIOwNbyC6Z1ze91mG932W9L7xHR3ICn+l+x4hkf27HY"
    "dJpyjNwUiYVPuMlv31/52Lwcg="
)
