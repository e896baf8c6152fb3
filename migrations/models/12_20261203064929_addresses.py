"""Migration 12_20261203064929_addresses, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "customer_address" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "label" VARCHAR(40) NOT NULL,
    "recipient" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "province" VARCHAR(60) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "city" VARCHAR(60) NOT NULL,
    "district_code" VARCHAR(6) NOT NULL,
    "district" VARCHAR(60) NOT NULL,
    "street" VARCHAR(200) NOT NULL,
    "postal_code" VARCHAR(12) NOT NULL,
    "is_default" INT NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_ad_custome_fd5ac5" ON "customer_address" ("customer_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "customer_address" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "label" VARCHAR(40) NOT NULL,
    "recipient" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(20) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "province" VARCHAR(60) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "city" VARCHAR(60) NOT NULL,
    "district_code" VARCHAR(6) NOT NULL,
    "district" VARCHAR(60) NOT NULL,
    "street" VARCHAR(200) NOT NULL,
    "postal_code" VARCHAR(12) NOT NULL,
    "is_default" BOOL NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_ad_custome_fd5ac5" ON "customer_address" ("customer_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "customer_address";
""",
    "postgres": """
DROP TABLE IF EXISTS "customer_address";
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
    "eJztfWtz4zay9l9B6Us8b2lcsWbs+DhbWyXLmlltbMkry5PkxFs0TUIW1xTJkJQ9rj357y"
    "8AXsQLSAEUJfGCqt3JDIkGqadBoPvpRuO/naWpQt057q/cRd914dJyOxfgvx1DXkL0F9rt"
    "LujIlrW+iS+48pNO2suKYq4MV5KRgCRHJJ4c15YV3Plc1h2ILqnQUWzNcjXTwJITAwJZXW"
    "pIRgWO9mx81Axg2sCGzxqWxe2A32MXyA5wFxD93zZdV4eo1RIun6DtAM09xg9UTQVJacZz"
    "yX0/GA/GHYTg8dGGjqm/osvH/o92jgORx8dj8Au0XIAeg7tSZQSQ7EDgmOjfsgsgknsH/d"
    "sRsGxTgY4DvB4eDNzcQeAHr+P8DGzzzQGmrkIbC3s96qbxDB0XvGmGar4B2Yaop5UBVfLj"
    "V4b25wpKrvkMUWMbQfDHv9Fl1BZ+hw7+5387cw3qKvl7By5lTcdyL6gF/q9iQxlBhRTYwX"
    "Lwu4V+rINAcoKu/PFhrHQdq//dItrvkMYIUPKPv7og9hhZVXE3u3tASb3ihtaLRDqOfQwa"
    "AYdclwLZS+15ZLhfSFs87J4kxdRXS2Pd3np3F6YRCmgG+SCeoQFt/Lbommuv8AeB38r/jo"
    "JvxFPkuomnwYiMCufySnfXvwm9wPpaR5LGk5l0N5xJUif1yQUSkS/Fv6QgyBAc6FUdAsAz"
    "foWP/9Prffr0U+/HT2fnp59/+un0/Mdz1Ja8b/rWT395L7NGy+uKYDb6OhrP8AuZaE7wJg"
    "584S8ig74Vaa3UNfoR7aa0cIXuuNoS0vUQl0zoQ/VFj4O/JLUT6CJPPcGFtX7Ws9weFJSD"
    "9Wx0M7yb9W9ucfdLx/lTJ3j1Z0N8p0euvieuHp19iCsn7AT8Opr9A+B/gv+djIcETtNxn2"
    "3yxHW72f/ij7ODVgFTMsw3CX36EUyCy8El8h0Hag7moLiCBwvZHhqrJVHwCP142VBgStGB"
    "bELFCKrqKLVzN/o6lkbjC7IQSRpaT6bDr6O72XB64S9I0E6uYBnf5VL+LunQeHYX6J8nZz"
    "nD4Ft/OvhHf3p0klTt2L/TI7f+iqkCoezCoroIhfenjI4FDRUDxqmR2+H4ajT+egF8+Qfj"
    "S390PbzCz9B0qKIV/34wGA6v8CVnpSgQqlCtho7CtTutI/pkGApU+SNhX5pi8PZOPzPgi1"
    "plAkzuxRGOmC2sGEdEGojyGQvIZ9kYnxGIsZU1f4ms9PjCk6y8vMm2KqXumD0zq2361rK3"
    "TF6RDfmZAId/IX5/37MZmCtbIyZyyukJbjE5PEqk8UZfp4+8jzfj41yH0AW+ZBeY5L6s6+"
    "/gzbTRWvYM5shJMZHzsoS2gkx/imuzXVecjkIgKyHLVljYwsJuj4XdQT9QnRj6uz8wamJx"
    "+2M41+BeWWpBrcclhdaronWKn+W/fWSNi0zlXFNuQnDz3EvRsz8sK6PmPc6+ke/OgTY3+h"
    "GhQsi3ddlLWZvpLyGtiC+mDZGP/gt8T7m6CfB9i/Em0lW9PoG/goEWXF2/oi2/hZZa8utH"
    "EKAfDl0CAnoHML6/vvbsO1ZTPv5BpJUwMeDMRH8wquDe76RW3wEr+pGvP4b8oH836F8NE8"
    "Bv5RcFQ/nOlefzDsU7ijfosvhI4eBxQpnNrhLAP/oHB/gxmIVmAXMO4HckhbybqEfTBW+a"
    "uyDhEdvUIYnivIOFqav4bzakOE8ldy7cqWp8T8KdEob1Lgxr4U61Uess7hRZE9IK/+fdZE"
    "xXdiiQ1LOmuOD/gK45hcx5pjDJ3+YrQyE5D08rTXc1wznGz/s7Z9ykjPAkBiim4oAmPrrp"
    "/5ZkkAfXk8uk7nAHlwnP6qC+beU+OuHcNt0IqZxzW7VvoAzvlu5jCee2js7trWy7Bj3oF9"
    "zqsji0VqTxJk82G6/NXqNw8ISDV68Zt6amvnDw2qh1FgeP/Del7+wUoKB9A/N/Tno/smSx"
    "9X7MTmPD97hSgCL5ofCd4mhf+lJffplCneTzZ1tR/hKPLN8aqiLLmooN1jf4tDDNFwkaqm"
    "USya0A+9Xrbuj31iTUdplaFhln2YamPwqZbU3pxRdgSTLDG0xQ+2OA52SguQ64+0f/Y+/0"
    "DKga2T6iOcBxkSOo/kwiGw5Ehol3dWG+GcBE3giQXUDMFdQtNf2s9IeQLTZ+F0eG6QLZfj"
    "aN3gfwBBUZeQn4aQ7Z8oJafHzSXGDLhmou/Z4doCyg8gJV1LO/0caGaBQ67sWDIQNHN9/A"
    "QnYWeOuNCxXUHl35CA3XNq13YMmO82baqtMF+NF+z/iJRSI8gdJEgEfY/8L+r74lKOz/Nm"
    "qdxf5HE/dc+87jAawlyvEBDjvh7ngbC1pgJbwo8wAclWmgm1XONouMuBhXrDIpJ0KWpYcs"
    "kZ2K8PUexKGZhJhQTOmKseGr+VJotY9LlrDaVzNltIaLe9qmi/hpKS3n+VNxOZEvUFbYOh"
    "JY2zJqHYnn1UwRrHHT+BjcPmZdHgE2hXP0jS5maBo0OhQKLHa/y0KC2Z6E5IYiTHVlNMdZ"
    "QRX40oBIgyNMVT0+/sfVHh8/dINSLXN5qeHU37nHVfm1YjQX4G6hoTpgbptLeomZ8h+Dqb"
    "B+okPNwVnLKuHNLoJ7eIfnUrZfcI0a9DTcAC08j49ANlTvvbyiNgb87pK8Zu/JD4b3Isfg"
    "FvWCbAncj+z17z1NfkZDDyyhbJCudSijNe2C9PW2MPXwl6C38he8IjyZ10mZtWCCbAJBu9"
    "VybegK2q1FBIyg3dqodRbaDS2bPJSQ37xxhNunHgMX9KmXyQXhW3G/1l9xObBdSzSQbCsf"
    "YGR0aOg7KDBfxSUbOF/Vd36iLEtOsTXJEcxQLfQr+L82aLka21UOvSJWgfmj75Pgpv2K7p"
    "SoxjdV8l6JvRF+pBbAyHjVXNn/5SnOL9mky0L7kXoBkhaXYkmAW4sA1wT/MTUDyOGW/h9w"
    "XhrquAvQc6CFa0M/vRNmi4hB6G35x/wd4cKo2W/lPgHzfSSNDrdJpNH5XGFIAno5dZhfxP"
    "+S6clwXaBrLxDIJE3vwXiB7x9woh4MSl1G39+CdvjmhDckpSIvvCaEGCRcoA0tXVZgWGl7"
    "i6IH3aAcZYnEn4esKj29b0v/JctX+yosoWdBLApisV4LU00pJkEstlHrLMSiqJu867rJoi"
    "RGhdKYiNXInWEZl2ocq15+hqUgfYuM+IqvHWmTIXQF+PWcEBW0YC307Ll8KVXnuWZpWVEq"
    "l89Ri7jFMZ+eSw0pUaGFoloQZbWqRpaL6k4dDtKcqboTfdrZX0SiYjMNK7apaTajMnTG6i"
    "rw3YBv2pooofR2eYEfAj4l2hMoZXOIJ4j7iTpagncXvHvdGVjBu7dR63Xg3StEP+6EdQ/q"
    "13BzvSnBRsY5TpkQP81B/DSVSY0eLPGWh4sJ7fGE1F3FM3ZUIS7mjTkSsgu1VwrOl6apQ9"
    "nIsNWicgmon5DgrrAOJpb9cqyXk8l1bCm4HCXssfH9zeUQoU+wR400N4PvsXTZnZv2UsKB"
    "Ofrg3nwMcKqTPQ52wzQg54DvjNGyh2BHkg9G/+oGn9Msq0t8SvPg/m42uRlOkej022iAWi"
    "krxzWX0JaQ7/Kq+T/+4BsPvKDdK7QdP1MurrZMnyYltz+e7sfduje9k88/fT7/dPY59GrC"
    "K3nOTAb9lu1hR7PGI/uUt6y+mNwlXbMVOIvhoFNB63TELVGj5Jk2gxmK4Ya3bAvM+DCzNO"
    "VlZUllFEa9JV3dNq0oahQt5BGgFWE7mILYwgT31WigpGfbXFlbwkVg+oo7aipW8txFg0rW"
    "oSMpskPLEuPBqx/2NkCdNRUzRba3na4GqIuGTupzXUbm1p8r05W3BOkL7ukOjaZ/4c6aOp"
    "qedAQJznCUcOFjDX2IS1mledYcyF0GfQ5Rlyy11es40FLACcw2YmZrzgt6tKI529uoU9TX"
    "ld9VUz9OsrNrbpt45xt08dYrtE4iA+p529F2F3Z85/c7IN02dNxpxpP5XUL4GOabDtVnuI"
    "Rbm/yBLTvCfY9cuGwodrKq4q1t2464gU+R9b3umvTFcuVTROw4c4WWDcoe5wDW4Ew4BnDX"
    "XTVwBIaHhG8LU+qk8oaAxZmjE2b4UfJ0otl/2bk60XRDkacj8nREnk7dMzZEnk4btc6Spy"
    "POu9ttNoOjr5558A3aNy4L6pwF3PNsbM/T0Lqyu6L4LWwJC2vpPWYqrBNUeHIV+oPZ6Nvw"
    "AnjSD8bd/d3tcHw1vLoAzsrBFV6gWiQnofzjXYIDCVc2V+5fQqyQQipmzceRPv2RZfSjVp"
    "lYk3t0sL0KQEXwXks2D/KT3jnTbH6eM5ufFz691Pf+t2VV2uz487B0rC5/1QwQdpwOmf1R"
    "S9QQHHBhrrZmNn8N+mkqUJZtqitl6xQZr5emgiTSY0TKxy5TPvAyL/l7JLfP/sC99b3Omo"
    "qZs9CsEsJ8d343TYdJepJdZbF1XNnv7RJ31lTIvGiy5sLlAULItUQscCfRr9Ze4fbJMr96"
    "/V153TUpW2aXe/OjScqU0F8ihzk7+hfNm2aKAHb6QDGXSwS++w5IYuzHp9U78PoBpJ8uMN"
    "8MryoyLoJMGuEzxpAhRKm2vHV3nKWKPcmSywhHkntEFWERJRVR0urHy0SUtI1aF1HSw0dJ"
    "5XXaYBzi7CrCEZFq1BHGj21MHeG1ScRlYcTERP0/TluDmhnOq4KUqFADlxpS4T6aVtIq4a"
    "5jdxfrrGbqyHJwu4lydqnBuLkYozeFlABww4+Gik21MVinyNqZjgazvCKBh41s1IWuEfsy"
    "D0VmRWZH6uFi0bkzm8qKT9gilV2QNIKkqbu7LkiaNmqdhaRRTNrO9mySJmjfuFTrzywMze"
    "dsguZzip8R/Ndu+S/L1DWFUh2dsfZeKF1lvDs3/evrC7CUdf3B+DqdDIbT3y9w7E6B9ju5"
    "cn97ee9dWllPK3Ttpj/9ZTi7ve7jKnxL2X6BLjmTNBkyZNFbj6kIa04N1lQJVmVl29DIUl"
    "vGnBOR2eO+g8H4910xk4kyhwwgf8oucpja4uGXL+AhhqMyghkuhRkulAIv6q/x0At4TNJH"
    "Og9Q114vTQVJZOGKInWlY7U/Yq+W8HgV10gO9nYghQXXGkSB0myVg5dwqs0w2yWBvN62Q+"
    "GPY3t6sunjt1izUtnjP2JFVggT8W/BKAtGWXCLglEWWt+H1qvPKB9ar4JTrjWnLHIqK8Cc"
    "iXOVD27M5ST0iXOVOzn+WbfIucoszLDjmsrL9v6x8tIgsHfqDA8QPs+m/d6h+MLhvW6eK6"
    "wgd0g3nyUl2nqX+VSxvXQWcsTFProaz8Fd4VC3yLUSDnUbtc7iUAufT1QbrS+6azOEy1yI"
    "iRVy3ioWDquE7+ahWoLnFjWA66UHVsctNgBjbht6AzC+v75m89uUhaarNqQcNssXLG8a3v"
    "FJYs/l9OqC0S792yDtieLeRjKiNnu3eqQxQ9UbX9XAnM+hDVWgGUAG6z1HtMo2LCLUcLG1"
    "HhCRXU3JmLGoQNO0FbArPOcW+VDCc26j1lk8Z3/+53c+YnIidMQ5+YqSHBVQQ54XuDaLtn"
    "QDm1fAupt0A2NTweZKHKLcyY7KnWT72rt0koIBTqsNuh77m52kyCe3vwhg5LQeW1OgtNSM"
    "Mot1JkLb/tNKfEAQNxWeWG1Xoa7wxFpkkwtPrI1aFzFMvj31TMea9XKONeuljzWLvlkK5h"
    "laC+kwJ8T2uLm+s1urk/rNDH+bxT6XVH5q+MlcT8Zfg+bJpFVxniI5TxFDhy5coSvIDESX"
    "KnKaogPx+0guGvM8X0JCTHwJ3F/C2sdIr+tQ0ZaynkW2ReSSq7oneOx3UNvIHk0JV8PB6K"
    "Z/fXTyudsjmCPENc/pjW4NEeVTNs0hJZdPiXqdKZTzvMOEoEhaKcoaiz0fVWOMxZ6PDgej"
    "ybTngzbllABv8xKFkugmptktUrNE+SA64rGx+Srbmrx1MapvXi9NAmmXYYcALkrYIYLk5r"
    "DDa6Tx/jYerUNmgrWvpSXQFax9i/hbwdq3UessrL3zsuIhGvzmjdsXc8ZSBfcsuwruWaoK"
    "bvXDITujJfcQDPEYRXkZHOXNTUauRbfmI6s2WwlCsnaEpOyihz+tXFp1xJyyNDEpUZkmP9"
    "5RoDKNiPxVLPInsr2rRRqLNONy04xZKE1RJYipyLeuGdvWGiY1vq9RP01FCn73ajKXAVZ/"
    "7kKblMMeyA5kRK0m8YlEJMd2ywAMF0dv8uA6SIH02iC1y9CCN7tTAgvhtJ8dVtCMV2i4OP"
    "bmhI1LrvAdiVisK4nn7tgOm4mAQ22tyK4IOLSIehYBhzZqnSXggDSFbE7KdJs510Yk9ue5"
    "/7jbCbd38vmnz+efzj6H82x4JW96TSfSIcVA2+dnGPGMighAk4D61gk3xRSXExRT4dTQmL"
    "HHpYKkpFBCWTxfxGTfkudrXpZYN8HzxSeCzZmhsdOUtkQ3doBTQ/FNfuXFmdSl+QqXcOvE"
    "R+JV3/h9NQj4eIRS102FALEtTxh21CSodk7nhOMri9aJDkBmekdaRqX2WLUCP1twOXW1FL"
    "qCy2mRVy+4nDZqnYXLedFoRA5bdkwgW+XyD53+1T/v72YXQFb/s3LcB2M6vBtOcaKMz6Hg"
    "K9fD/h25okPZQVeuhlf3AySjQhzuJzKzyeAXIoPXPdSif9P/ikRUeYlW/Afj1+loNpQmX7"
    "5cgDdbc6FkzucdtrG143wbn3rDBrYr81N2aznBM2URd9zYpgUFuGlwZYdWJiU7YXUtIRKw"
    "WRKwkZ9g2hLywm1umi4lKrbRF+VKbYjLpfvLK/tQjwjtarSnHJ89DfZzlrF+nj3Uz9Nnxw"
    "TOKtcgj0oJHrosHjrMSdmSJ21a/mM3XXA1HH1VqrUaIf8oPFacGswmsbwETzneeuO5FPeG"
    "5jrAnAPZAKQHgJP4wAK9OD5u4si0gSu/QAPMbXP5AZjoHoER2OZb+siKrXvjpMxw79syZo"
    "naq4KFq/c82RUsXIv4GMHCtVHrLCzcnyvZcDWXsj8zc7KNijTJOi2NQMB797icqlBgj/RB"
    "NJFr955V+exiYNNw2QkRoSaN3P2f2iKc2oo4tbq/CWhLn7aJu9W6Cb828vEzndMiyIJtyA"
    "IcuZqOBrNDsQVBHUkysjsUwiDeoJvHGYQFG82w7d7SXRLFIuMeVrk+Pf3Alh0/VFmhIbQM"
    "6fzIo0plK4KfkjpNyFlolrXPB6LRpb3ic0pLfuSzba6sklkeS1NeUKeWqYnzTmtsP3QF2d"
    "Mit1+QPW3UOgvZY6yWT579wspMrCUaV7Wvd86S2HCenddwng721q7ikwUNFUEmWfJ7kMnN"
    "k+J2OxxfjcZfpdv+7zfD8ewCJPp7MG77oyt0WdbUB2MwGX8ZTW9wZSikmblmLyG6ejsa/I"
    "L6QI2QsYFksczglyGRUl5wi7t/jG5v8QXfVsNpctejb8MpvhaaU+HV36Uv/dF15N67NJc1"
    "HZI3uLm9Hs68N1ha2FfBV/vjwfCaSChYNbperGRVj6UOZC+7DmQvVQcSvbxDPbIpeyfhWk"
    "JkdiWJq/oUI9zbLFhyLUJn9eSarlf5MmFV5JXVjIqJkpowCn66pCaZBckki4uR8iKdEhZ4"
    "b8C7yIAWo5l7NC8hQipjR8CGsbwWbVz+7RlLSuJZdkri2SbAJd5a01nyjYP+pMeCPWqVHb"
    "XsZaOPvDZMo6WRzy7ZS5MVhXtjvncZhXttuJRtSuwnLyk6kGjcR3DKlP9/mpP/f5rO/19v"
    "JMbBlqIOc7qXKtvnHX/7lzQZS5Pp1XAa7gOT0CuTwFKw/Qs3CT1qbycYbhP10Q/umXqOss"
    "S/VyYlWEhpVdvAEUP7M8sn8zn7i0kbSTZEc66KWdcihxZQpA9jlu6KJyjbJlVk29b4iNKI"
    "SPMGdPn7YnDwHJN9Ej8lTREViG9GHFOwBcI9EbESYj0Vw7y+oZ10RC9k1ItEchOyQtNV1n"
    "QkY4VTz3FJoeUqazmWJsSp56Ss0HSVNR1GIgvN3HFZoelKazqILhfRdEJWaLrSmo5ntbIn"
    "NyYExUaJwrtUwnxYLvyjUgL8wuAnUsnZ8U8IChUUVkEyd5tLDRRhUWinqCZsaOmyQkqlSu"
    "acWxdUcaGNLXYvxjdkcG1hjIuK6amsfYxk3U1ro9hGxq9BZzXTBOumu6iRsnkrY7CkloDu"
    "TaSrhmKbMEAy9jTSbP0S8L13YIVC1qVjm3BuGLBdz7gloHsX66yhGKfWKAaUo9ZeCTjfku"
    "5uzVoaJaw4UyzkGNLoPcD4/vq6k2MKljgjh7uYm4k21QbOwDt7vzlVD1seSdFQBcRGLXzd"
    "HieCz/C1waeciEOjN2Mkhwc9S4rslHtsdFMx8+YqnPFyCMjqOF95CW9bIjUlnTQIIa5qK/"
    "F0gyDvlI7mxIAzE/3BcNpVpK+GoBrPa34yv0uaC5dlgBVYFiPc68jvtCGocRbziRgPlEo+"
    "cdNiU+lf+Mp6ZFVnQgrvQitaqvcHByw07GS9X4C3hQmOZIMU7X1baMoC2KYOPwBVU9G/Zb"
    "eL/oQGwC3eFu/pOsA76J+zupAHiajsUldGtQtEZZf21PgQlV3aqHVKwgnHYVp0XdfhAK2C"
    "qfPl777BVfilvOIudIwTYs3bpFD+rjI0wPlxjgkJlDejTM5QoiO8eddlKFzlqaMzuL+bTW"
    "7wJssg5vRg9K9uRmN8HN9SMx4MdBPhg3dYBhG/B+PrdHJ/K10P+2R7phdl1dGagaUHk/vp"
    "iHRorvBOL1w2aOpf8fZ+PRh3v9/NhjcXwHl3fHft8HWyxVlbVUg6EWfKRWsOMe0p/5Szp/"
    "xTek85doPS+GYXUwjaiwIKMRO3jAIKIanANdtEpUReVVl5VWHF6j3HmaumDNZAc3QUVunw"
    "s0heWxYDGma9bWJAw1w7NgZUWUDlxVy5F4RzBO4ChkYVsOR3B5ho5NDJTTbRB2SOjVwHeF"
    "Y8mJu6br45AJ+RFthmHjfqEKoTX/drYTjg6PER3dBeoferfE/g8fHDBe71/4FUhUrDdEk5"
    "SvAOXdKdg97GP4XNcTVdB/KbjB+BX9Z/zM+4p7BKZBcY8JX8AE29APiv7778m+ysK0iCJz"
    "hHX1nQBziK/fqwWffBANFnARUZnOQ4OEt2HKh+OAZ9oKMPLWxgzoGzUhZA9ixUoDkgqPAA"
    "EMgYUvzDcL/IeH2FGEkQqXGJH7Y0Dfge+R3kIumO/NZ11c4uwcgw/V+4/nVHWKNEHot66v"
    "kBWLaJVwYnrNXZXRfa/OB3PZ2N+tfXv0uRV/KetNZEFEZCgAc/8IPfCu9vTGqFxJYDlOKK"
    "WaONllyXjAEZaXqNhCJb7spGT0Ng4g8Wg4cHyJHsPxrfQBPZCjUxbaRaNMjRHTTYyTuhS6"
    "jPBb7ojQG/t6NARy4e/oqJjwEHQdMugMfPxwA/IUxG8TCaDr/cj68wMNQfEf+lREHer/E/"
    "MfLIHyIfSfA++OH4/cLhcuRHSj1ZNKoUCDHK5JN8fESaNHVcUfSYdOkc48wy6CwS3xrqDy"
    "t55XpDDf1oNM2qGp5DZB14tGIXxzDQyz0YaMYxHNmzfzxY0Af+jH9VcBgiQjOA/YMX3MAH"
    "m+OPHzw+Rqaw4795b/D3x8cHA80yT+Z3QKI7XlhEC7p2jpGcX8gAva2LQHRwExwgWQNGkM"
    "Gtfkato7vtcO/4LYKrfu0a1JOMPm8Hrh/3hHFALxoOSnKUY6DND1kBmj9iKaSaCpeW6eKa"
    "o9ILfO/8Oy9+EyE+PGVLwfQhIjr1tOW6IqLTIm5fRHTaqHWWiI6o1b9TDlzU6s+v1Z9hpt"
    "uuhkzNdym0j+jV8x+MtQkbGJtF6PAd1C0UJeBFCfgqlbbYrmh2IaRTwgLvDXiLEvC7RFeU"
    "A659OeAU+8DpqdDkG+iv1Nc/SbuloqBos/UripW1S9Oilvt+sknFCSCVT2BJhmA4PgmKaJ"
    "XN0IJfxQlTBtdJTgbXSTqDy4bolzqutJCdBQ/kSbkG4n3GYrCfZRvsZymD3dacF3/i5pqB"
    "knLVmH3w8xoz+4jaoQdP1xU14qqYyygKbYlCW9XBmLXQFks5Ii/pjTLR7LAQUV1wp/GMW0"
    "J1u6ZOmwLSznOPSVWirNTjoGTRpszjgNrdmHicDcghChzgERjp81W2Nb9CpEiyq6WR0QUi"
    "ya496VYiya6NWmdJsrNsk4RTec/ATso1kHLqMVF8vRyKr5em+IKVkxfvpFzjtsTuBG3nZc"
    "UDst+8gWO5fPr0zxUajppLCQ1kWmlRkSZxQr2Tzz99Pv909jm00sIrecZZmnRDv8uVLFtT"
    "aNkjeZlWcUGRbgWjw1oks+357GiRYLzjBOO5LjsLCdew5SbnU6KioknREIko8nBA8CMMFB"
    "f8cTmhAFFlo6pVNiijvQR8v617aiiy8S+cIfC3XhJLwPcL7uzO76teqygrwCkTYotTSGRd"
    "NxUSq9q2qn/YUYOGdryM3frgiBLO2YifgtC0Azd2GQtMnB9BCQimT5jIjgomjgNhCg12+g"
    "C3BaaB/gcTFYK6YG7aXokYzAo4pFgOKSszJ3WDyNhJ1yoqp8sKhCYTp9et9ylHYlMlPi6R"
    "Z7Kbh8TOfhL16mttQ3dF4LVFITgReG2j1lkCr6K6SZQf7bEQpL1shrSXovgxNlRwN++jDm"
    "SrTEQjX3Z2Px1L/fGV5FUawdun3ZVtSLKhSl7JkaAIiTQZX/8e1CGRTPQ9PRjD33Dx76/D"
    "CwC/e0XicOu7f4xuyT7shWYlbUSmKK4oUxNux4HBJ8yh03/do3nFqxnj9/Fg9G9vp5Nv+C"
    "JyI2zzlVz7tT+a4Vo23jC48Ep24n1x3iDAuhwMR9+8rhSoEanR+O52OCD9a4ZjQcX1CtX8"
    "079ow/+E1+4m1740qYCIy9xcT+5IjRvddKpSzIa83SpwdYuMkHgPFd6+2UkXFMJ6ur3uD7"
    "xrxEfI0Cdezq6m/V/RSHnT3IVqy29GEQ2WX50fF9ekqi+bwl9L7I+//3G3jkdpKQT1KLO/"
    "N8PilCmr6DQnq+g0nVVkWggSVXrKiHBvnnNiHVQZdeopIrRzQ9AsNPsymd5cADQLuXPTrs"
    "jZHyHSxc7/oIqLiHnRoK23HqFXLVBpgSbbuCTInZwLEpqSkrw0V7QoYm7iE038MDlQu1qD"
    "y06ACsyzoninpAXcIt/skPlmPrHgn/LFN2snJSvsYRUE+5xlzj7PnrLPKRMIQQ1HAV+wT8"
    "/PFWb3IPDfjH/AsxSg5BOiouxXdSj4dOQlYMYK6DkhKvRcZT2HZGcBRSdlhaarrOmArS70"
    "RcdEhZ6rrGcvBlEkUSIqKHRcaR2LKmCHJuwSyXTsKkgIChWIXUZ1BJ+aeMmliKweRBBBbD"
    "yq1sYj+uaYYCIvEeEGg5tY9hjwFRUdWbHlr+iYmnsPME1UbMpmBTtr2dpiq5fYtFSZTUtZ"
    "lQzp+DJvXmIvbti5D/YR4d1G3pnH5MRvzQAy2Yn0M9lz5IUxoAqeTVN1ut4Z6j4jh8tfL2"
    "WV7EJyF3CZ3tO0q4dw7nIi0JS7yWldS7LkjoNcYElUeKy7zdwFYqNRe7aciI1GbdQ6y0Yj"
    "UahtF1nWyBdRXiBlEcthgiIyInE9CembrbkuNCRzPucANSElYE3CGhifXMZWRKhJn/+eyW"
    "OaLc2lhowOBHW8XSwlcJu4dJESFR9GWQx+UPdkS2YuXXWlZspgJkLXs/PmymHxUye2hDh2"
    "0kVD0U196AxEc3KiLgFq9jptFZvZWXHOWNy4jxDaJWs68NLW+4pCdmJQGNNEi24eW6qbz5"
    "rjaooTpMNLckSs1PNg/ojF7XBGsobDFf9O0JSCnRPsXL1m8ZryNIKda6PWWdi5cG5O6Tz3"
    "7JVQpoGb18o/cJz3sJUGH2qzg81Siqu9UuC9NE0dykbGNqlQKIHxE5LaFciBJbHfvOvLye"
    "Q6NhldjhIWwfj+5nI4PTpJ7HilkHmmMdee01BnH1a9lqjGMdX4sY05pjrcXWnZcK5955lh"
    "KKKNK2ZwzjLTZE80qUkcfnczd8LmOScJwcbECPZMnuqyUwz/hOD+8P940igFiM0YVWOuRX"
    "J0h4Pxy0uODrnrwxB9dwvNIudhUyi+8F6Xjdxzou1LZvWinl+ytkOS3Murir6bMuVPsqss"
    "RMZgbWe6ruAkW8ROCU6yjVoXnGRFOMkgBsjLTSblGgh2+RzlFpW0yiqh1TbIa1i3HUlDXf"
    "LtFU6OrHPdvxxeS4PpsE9Kb8f6ejBuR4NfhlfS/e0FsDScBCytLFyPXZpN++O70QwXZMfV"
    "2gxHcx+Myf1M+jKZSlfD69G34fT3C2CuXGlu2thj0l6h/f5g+Pfws/yL+Dlf+qNr9Jz+bD"
    "ZEKwD+lZpOVmEXLi0X1wbH5eKH4WEBVanjTuBKD5YZcgyySCVfoAG0aZ7pMPxtls9bh5bD"
    "9WT8NWieJLMTS49vkRetikyXF2mpRYm90G/m0kJUSmAvSNXaqqAqFW5awvIIPvtgxT7IlF"
    "0CuAElfRn0V6+ZnhXg6Aq3ReEJ+Arxg9OzC0fliZnvBQ5fYaPGNKXoxMbSShMDzkz0B+dM"
    "ULiw0kHn5RLLKpUfrvK+/5yYVThB8ASupHCaKjd8tf/4lIgliVhSvebpmkYVRCypjVpniS"
    "WJY253esytCNXtI1Qn+NIK2BOCsxPEUbVVsadEyEiM1ffYtiQ3ohmO9Zp/OGiN8rzvOBdE"
    "8b5TZBGL9x3mGcDXHSWPRhNTAxvAexrJ2RR7w6sy0XaF79wiL0r4zm3UOovvXL8UKn49i7"
    "yprfKmomBSxwl9VkiINSCHag/naOumIvMCHZVpHMonPRaUUatMlMm9RDaIQs5mLrLWJUQb"
    "uNjVd3FL2zRpF4Tju6IKV3mdq05edhDl5fXjEoKCPCuLPIv65SUlBtVQFazkWWIYVmkX8U"
    "C2s4oEbqCBlAVUXrCtqgRN95Z5ET1WSeRa1HJu6Qq+qEXMgeCL2qh1Fr7INV8gl3caCjQu"
    "0+KMhWk5y2ZazlJMC7Y7LByfQfrAC2Qa5+wqbDTZreqxVTMMR8N6J4XXQjyXyMQx1WK6iM"
    "iK2nilq0gxlxY2ywtZHgnZElah+nwwFV900rZG4lxWjrSouKDIhyqaD4UjIytLskytAK1D"
    "ERaaKKoJNKBtOLfNIvRaUlQQbKURbCG0ZVBssc5qpg5mki05GDcfNLP/g8wrNuOwYpt3jj"
    "kV2egMXQK6t6S7W7OW0zoryJRV7bBHl2MOuGEnJ+00yTLEK4NP33w4eYxTZz+anDOpMiDs"
    "g5OfRBplZSyCrqDFW0SQClq8jVpnocXFAdhgB8cK2/wubkSoSaDumWMoeppwCYcIt1cBOe"
    "xCYAFu6ZYFSSI1UwGz17v+9jd7vIc4RrWuwOYcn3rgdKgvuuws7mSd6sOtb3bznDjLNpfo"
    "FXBjyQla7y03KoKtSI2q5bzdFT5gi7wB4QO2UessPmD1TwCt854dy9YUCrxXUNGWsp61g0"
    "OjGm6qJ3TsC9fwM8rB92o4GN30r49OPnd7idM+o5VpUpX0bdcpMGHFBBs4X9V3fkovS9BQ"
    "i6g4IiYUXGkFCxayfBbSMXWKB5WdYuM3b8wJsKUBaUFbCvMSdG2pUSai7AwyqvD+QN7xKa"
    "+lgawZeK+qab9LmOigW6Obyzqke9mjjapCdaW4EnqaJb8HGw15qj1Mh3fD6behNBlLk+nV"
    "cIrrKTjQfoW4T1JDGVdouLofzHCT2/7vN8PxDFdqoD334NUXDp7uV7HsHBEQaY0CcgIigr"
    "0vl72nzzglwMuVylqxqabkTFaWLECvxH8JuYDkJATGZMCawJ5wdUxX3hKjMD70L9xZg2aA"
    "nWZNJlDLi7uFuLIH36Q/Q5lNIbjOvaG5DpBB4BiABXK+HKAZwLQg+sMGlqypgHxTDjDnqC"
    "l+BDhyFxAgj+JjKKiYK8OF9ofjpM23q2dQ8zzjIcgw2V2ke1bGIumKUF+Lgj4i1NdGrTcq"
    "3bMu5OBBN/hW7sM5CMURscF4lZASFWooi+iI24RbOuOxhLiaaYPVGU+NxSpuK60ruEz7Sg"
    "+TCXrrk/YUf/R2zefnOKKRRntL/ny2zZUlUj9rO3F3hT/YIs9A+INt1DqLPyiOyNvDEXk2"
    "nEMbGrQs0GyUY0KiBGEC5HQJwrDoOTnwQibl44rWTU93UUgBFQtPJXOdz5lync9zcp3Pk0"
    "qQlzhWQFlA8pKd10Ii2xkmJ5kk22TjOYFC32WP6qhMA6frTwyj+FP2SSaUfPKaHSvUsaCh"
    "Yrz44O7cDsdXo/HXC+DLPxiD/u3snhz+o8iWuyJn/6Bhej0aewcCKTi8r+Lzfr7cj6+883"
    "7mK/Rqhc77OTljmX+StlFk+jlLfR3+W0uFpiGK9GHmo11R32VPRoHyi8FNkRZw58Ftye/S"
    "yta5DJq1SOP2ap0ynWJ1mnOK1Wn6FKs/bZxDq5syl90YlxJIsyC9nm35Waa4qCiAXB1+IU"
    "0rKbKuY57ckWyoQO0V8uxJoQuLIHQyAhqy8Slo81jzqJSIe5YV9ySolhCQI3mwX4POaqYJ"
    "1rBcdAgWzz32TMktc2qnpJMGYb3TXFofLUrMco3jxpClZK/b7i1yGTx7y9glnn4jvXrp7y"
    "IeWtcJvSvioS2KjIl4aBu1zhIPFQGMXXOGssN3SPhaooHBizMWZuUsm1g5o9XDaW384u5+"
    "MBgOSWDCWSkKhCqOVnzpj67xpbms6VWJVISRZs8CLhqnjkmLEDVTiPoFckVP/eaNS8DYSa"
    "mz0Avi8laiUqLQQ9FdEBG/lgv9uJzgAcviASNp2VsygZEs8JopgpUGjI/BzfseyIxRArI3"
    "0FYWsuFOgv7qNdGwwhudYLkPetoli3ipo27wSbJDw7XfOxQ2MdGim8cq2przIj0FAkysYm"
    "diQOAuEMgAb3sPhYG90iHJbnGgcxHdRX/09A7QRRto6ocukA0Al8iuRH8DFhpgEP3C5ZM3"
    "lmK78Xf0nAfjaHh8cvYZNwEqfNUUiAS8PfwIqB8c8Pj428crcuPjSH18/IA3/uOmuvYK7X"
    "fgn7kMjnCxAMO0kZeqOVAFyOzpPhiPj+imqaOWzrGsLjVDw3hi7I4J2OTasd+HhGTQA47B"
    "8DuCXH8H+DXNOf7BS6A5wIHuMeijH4I1+WC8ae4CvR38bmlIWpLdx0dcnIBUH5ARMoYJdN"
    "N4Rgj48CAQ3nGXRy/QcsEc/Q7c1oYKGt6ZtQnymODonqASqeCA9Ht6F3xwbRf2ruCDW8QM"
    "Cj64jVpn4YPJqsvDF4QCO6JjDscY9E6ZSkSe5tSIPE3v2sDGDBf3FQg0D18WQiaHj0nTMZ"
    "5ByEkuxoQaB/Judr2sDWAepBNijcO6/D1e9Yge7Sktt8eUltvLScvtpdNy1+4Yr5UTlxRJ"
    "udUxaihJuTEXNaXo3LJFSVHB2Bdl7A9aOqq1Gsih7PdfTqdiWii1mg59whHYbsI2OcFWir"
    "Gfas4LzmZyvF+fzv6N3u9uZOvVaNO9pQCXRfwKflbws4KpE/ys0PrB+NmDHzJTOV0fxJUx"
    "V65i8h0iGhFpYGJv+ccpeUwWJbP3n3eTcR75RUvnVTXFBf8HgjyJnbBgf5uvDFJCCTytNN"
    "3VDOcYP+/vu2LHcgDHEMUmtADoo5v+b0kdDK4nl8mZCndwWSX3vXKjv53+e9XUUKoDfxgP"
    "c33u0h100azx7KA1xCDDK+VtZrbt5nmekYXf8cUkZS23MWfs14UJvPYqPjQl7O0HkuNE+u"
    "uCtwU0cN6WSrKUguvgCc5Rc3Jdnrs4zwvd7iR0W/4THgzzFdq2puI0KsfrUQVoan58XGN4"
    "HPTx+Hjh5WGZuqa8o4f64xTJop4N0wU2tIinVCjvKmV4lZt/hXRnCte+vhN8V7j2LXLyhG"
    "vfRq2zuPbeQsbj76wlquHu4Mc2xt0hxgSPNkIBoYzylRHYOFy2SFRKBI2Lcl2Ccqyi73+4"
    "s3+rpg5WDoDx8N/UtLM/dqVi0w0rsNFptlLB+8nKfTK/D18zThuK3u7mESgmaSjB170fO2"
    "StnpDdsAgteuHl13Uq7wovv0X+nvDy26h1Fi/fNS1N4YkbhwINjBqXXw5Kfka6ekZ48EAc"
    "E2ogzOWf8BQixu+TJySFR1jYMV/61Ty4dZAQFNSI2NFQVw1knl6RzdNmH10hmNrtmdqkx8"
    "pj1yZlxaa66hiyaf9Fdl24tFxKhl724h8REadaJOcyXXZcCdo2jXKcwe8ZmMalmlAUM+8j"
    "Gf42y5+ywm/kejL+GjRPzmNx3DGXByVLtqnl63I8s4RcE7DfxY72VBTjMGxwUPxuZDyZ30"
    "doIupQOOF0o24eM7y2pHF7SQsENubU9YElayoI5AEpWQdUzbFkV0ErIHBNgEuUBQ26YGW4"
    "mg4cV57PAcIDzco6VJ8hakVy0mL5dKX3zklbJxyMSIeCyK6/9S2I7PZQmoLIbqPWWYhsEg"
    "3lJj6iUoL6K0x7eDAS5DgM1rhUA4nu8uMJgl+qGL9EsSV5VhyKuGCZqrPKUFimqMIK1G+i"
    "ywvCvZZBp8qtPofZfH6YU0fa6vDmJOEGYzqticJHM9TwK2DNE03MACzpt7G5uwSUm56IS1"
    "vrSkjJ3XgSycSAMxP9wTnYWc8hqdbUw6qOzGNI6DvOtyK3f4VPC9N8ufLPuehQqO1kk24e"
    "sf3mNZbUaOtS057/6DirJyztHx8SMgP/zt9LHRzYZ8DvruQHFLElX+KOamiolqntaLt2Yh"
    "Z0ZRthIijxOlsIXUGJt4gcFZR4G7XOlNsdzuVpRnbzWbRr6Sozs53b/nQ2Hk4vgCXbroGP"
    "5LoZYlZvPLsAUX/o8IfOxu0LVpI8LlVlVVQmG1yEgkQoqALw7zgUtERWOXK+OI+XiUs17l"
    "jl8ieTJ1OlMD3Z+Y9B+0aM4X2nPq7d6SIWy1p6j4fNWMg7xxDymi3D8dVo/BWZLZ78g3E1"
    "vB59G06HVxfB8aBQfTC+9EfX+NJc1nSoVsOQEZnWJWda2+bKUKUCsKYFBbgpcKH/OWmQC9"
    "qEmAA2CWyS8Uxhm88sUMRF6kN12IQ0iaRD2YESyczm1XVCVOi50nrGO3iKf9cUcaHvyuvb"
    "s52RGlWK3565SNJEG5TLJLbS1dyfJAiubK4TpKMyTcA87g2eMp1aeppzaulp+tTS0F8tsF"
    "wkZcVaUeW1IpGKwMGuxwUbtEi0KeG1tRrISboMRnZaG9zpgH5K1DDSY70UwpqKlpgNNqde"
    "HiaztaboMiW2HmbTe3KEZ+cFRj+CzXmB0Y9wj+VQvZSDneTl+cEMkYJXy/WiC0QKXnuSsU"
    "QKXhu1zpKCx8k9bEM7VE6r++Ad1m/GgXJCbI/JAp29YN1jwrqXg3UvjbUD0erDVY9qLdHA"
    "8XzSO2dJq+idZ+dV4HtZuXNc58wmxKqxy79RZ81GPCouzSTlhGpKV00NU8aQb6q9Qk4FdP"
    "qD2ejb8AJ40g/Gbf/+DmeGWfLKqUpmWNwhZncw43Ii+7osbtLHtQTW7HbdU80Uwcqaxccg"
    "L2mWCoZRs80ufdkvv0yhLmcYoNn7Y5tBV/61S4Jx4Fcy76sq5sw6FIIx2aSbRzCGldHlSO"
    "u9EYzRuuyCCazl7NwVTGCLOCHBBLZR6yxMIIIccuYh+QKN46fK36RlQ0WzNM566TGhJlJU"
    "TDTgSQ4NeJKmAS2EEtfOzlCggQj32HjWHJo1Ca9irgzXpmw4zAY4IrLHmWIw3hOXzYJwNs"
    "Cp4WubrxpydDMSnXOGcVKwgcOZhQ7KZoPSZJAPWRGYm4pw6bvAFc195x7MMaHGmRclD2MM"
    "Fi+4zcS19MGravgFFJd7AKcEmwd2uYM4AKwIyM3Et/TBjJ4FOQPkoUQDl7qdJCFgn1zW+Y"
    "23uFjjBvMJi5V8km0mn6TsZM0J3zmF86Vp6lA2MgjimGAC6SckuSuowyv7jWlfTibXMQbq"
    "cpTcl3Z/czlE8BP0USPNjbHDFTm9tXKTSRXCpwGwaXXsqtJz1dTAGjxNDMEqbTnoQ2TELD"
    "qUQKB/p5sX/5PXbXYZ9eMK0LUlOrfl9uvsuNsrtB3OnNGISBONtdNTFmPt9DTbWMP3EmWi"
    "0EfFgbDfvIHo7oSIR090qQGP7GzEiMj+ExF3v0jtNOUwZSXsczH76/8DEIqhUg=="
)
