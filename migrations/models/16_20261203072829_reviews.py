"""Migration 16_20261203072829_reviews, written by `python -m plaza.makemigrations`.

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
        ALTER TABLE "catalog_product" ADD "rating_sum" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "catalog_product" ADD "rating_count" INT NOT NULL DEFAULT 0;
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
ALTER TABLE "catalog_product" DROP COLUMN "rating_sum";
        ALTER TABLE "catalog_product" DROP COLUMN "rating_count";
        DROP TABLE IF EXISTS "review";
        DROP TABLE IF EXISTS "review_moderation";
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
    "eJztfW1z4kiy7l+p4Mt032B8x3Tb4+M9cSIwpnvYwcYLuGfmrjdkWSqM1kJiJGG3zznz32"
    "+V3l9KUCUESCIjdnu6hbIET5aqMp/Myvyf1sJUsW6fdFfOvOs4eLF0Wpfof1qGvMDkL6yP"
    "26glL5fRh/SCIz/p7v2yopgrw5FkIiDJMYkn27FkhQ4+k3Ubk0sqthVLWzqaaVDJkYGRrC"
    "40IqMiW3s2ftQMZFrIws8alaX3IX/ENpJt5Mwx+b9lOo6OyV0LvHjClo0054Q+UDUVIqUZ"
    "zyWP/WA8GBOM0eOjhW1TfyWXT/wfbZ8EIo+PJ+hXvHQQeQwdSpUJQLKNkW2Sf8sOwkTuHX"
    "XvBmhpmQq2beSN8GDQ220CfvB17L8hy3yzkamr2KLC3oi6aTxj20FvmqGab0i2MBlpZWDV"
    "/fErQ/tzhSXHfMbkZotA8M9/kcvkXvwd2/Sf/9OaaVhX3b+38ELWdCr3Qu6g/1UsLBOoiA"
    "JbVA5/X5IfaxOQ7GAof34YK12n6n9futpvuTcTQN1//NVGicfIqkqH2d0DShqV3rh8kdyB"
    "Ey+D5oLjXpcC2SvteWA4X9x76bR7khRTXy2M6P7luzM3jVBAM9wX4hkb2KLfllxzrBV9Ie"
    "i38t+j4B3xFBnd4mkwJqPimbzSneg3kS8QXWtJ0u1oKk36U0lqZV65QCL2pviXFAIZgYN8"
    "VdsF4Jl+hR//o9P59Onnzk+fzi/OPv/889nFTxfkXvf7Zj/6+S/vy0RoeUO5mA2+Dm6n9A"
    "uZZE3wFg564S9XhrwrUqTUCP2YdjNauCafONoCs/WQlEzpQ/VFT4K/pLUT6GKdeoILkX6i"
    "VW4PClqD9XRw059Muzd3dPiFbf+pu3h1p336Sce9+p66+uH8Y1I54SDot8H0F0T/if7f6L"
    "bvwmnazrPlPjG6b/r/6MvZIruAKRnmm0Re/RgmweXgkvseB2oO1qCkgntz2eobq4Wr4AH5"
    "8bKh4IyiA9mUiglU1VFqazL4eisNbi/djUjSyH4y7n8dTKb98aW/IWErvYPlvJcL+bukY+"
    "PZmZN/np6vmQbfuuPeL93xh9O0am/9TzruR38lVEFQdnBRXYTC+1NGa4kNlQImqJG7/u31"
    "4PbrJfLlH4wv3cGwf02foelYJTv+fa/X71/TS/ZKUTBWsVoNHYV7d1ZH7MUwFKjyS8K/NS"
    "Xg7Zx95sCX3JULsPtZEuGY2cKLcUykgSif84B8no/xuQsxtbJmL7Gdnl54kpWXN9lSpcwn"
    "ZsfMuzf70aKzSF+RDfnZBY7+Qvr9fc+mZ64szTWRM05P8BGXw6PEbt7o63SJ9/Fm/DjTMX"
    "aQL9lGpvu5rOvv6M20yF72jGbESTGJ87LAlkJMf4Zrs91Qgo5CICsRyxYsbLCwj8fCbpEf"
    "qI4M/d2fGDWxuP05vNbgXi3VglpPSoLWq6J1hp/lf/vYHhdbyoWW3JTg5rWXoWd/WlZGzX"
    "tcfWPvnY0tYfRjQoWQP9ZtL2NtZt+ErCK+mBYmPvqv+D3j6qbA9y3Gm9hQ9XoF/gomWnA1"
    "+oqW/BZaaum3n0BAfjh2XBDId0C398OhZ9/xmvLJFyKrhJGBpyb5g1MF9/4gtXoPeNGPvf"
    "0J5HvdSa973U8Bv5VfFEzliSPPZi2Gd5S8oc3jI4WTxw5lNrtKiP7oH2zkx2Dm2hKZM4S/"
    "Eyni3cQ9mjZ605y5Gx6xTB27UZx3NDd1lf7NwgznqeTBwZ2qxvsE7hQY1rswrMGdOkat87"
    "hT7p6QVfjfJ6NbtrJDgbSeNcVB/4t0zS5kznOFSf5ztjIUN+fhaaXpjmbYJ/R5/yUYNykj"
    "PEkBSqg4oIk/3HR/TzPIveHoKq07OsBVyrM6qG9buZcOnNumGyGVc26r9g6U4d2yfSxwbu"
    "vo3N7JlmOwg37BR20eh3YZu3mTJ5uP12avERw8cPDqteLW1NQHB+8Ytc7j4Ln/zeg7PwUo"
    "uL+B+T+nnZ94stg6P+WnsdHPhFKAYvmh+J3haF/5Ul9+HWPdzefPt6L8LZ5YvjVURZ41lZ"
    "isb/hpbpovEjbUpelKbgXYb95wfX+0JqG2y9Sy2DzLNzT9Wchta0ovvgBPkhk9YELuP0F0"
    "TUaaY6PJL90fO2fnSNXc4yOajWyHOILq39zIho2JYeJdnZtvBjKJN4JkB7nmChmWmX5W+k"
    "PcIzb+EB8M00Gy9WwanY/oCSsy8RLo02z3yAu548cnzUGWbKjmwh/ZRsocKy9YJSP7B20s"
    "TGah7Vw+GDKydfMNzWV7To/eOFgh95MrP2LDsczlO1rKtv1mWqrdRvTR/sj0iUUiPIHSIM"
    "AD9j/Y/9W3BMH+P0at89j/ZOGead9FPIBIohwf4LAL7o6PsZANVqKbsgjAcZkGulnlHLPI"
    "iYsJxSrTchCyLD1kSexUgq/3IAHNpMRAMaUrxsKv5kuh3T4pWcJuX82U0Rpu7lmbLuanZb"
    "S8zp9KykG+QFlh61hgbcuodSyeVzNF8MZNk3Nw+5h1eQTYGM/IOzqfkmXQaDEosMTnbR4S"
    "zPIkJCcU4aoro9n2CqvIl0auNPpAqarHx3872uPjx3ZQqmUmLzSa+jvzuCq/VozmIDosNl"
    "QbzSxzwS4xU/5jKBXWTQ2o2TRrWXV5s8vgM3rCcyFbL7RGDXkavYFsPI+PSDZU73t5RW0M"
    "/N1x85q9Jz8Y3hc5QXdkFGJL0HFkb3zvafIzmXpogWXDHVrHMtnTLt2x3uamHv4S8q38Da"
    "8IT+YNUmYtmCCbAGi3Wu4NbaDdjoiAAdrtGLXOQ7uRbVOEEvJvbxzh9qnDwQV96uRyQfSj"
    "pF/r77gC2EYSDSTbygeYGB0aeQ8KrFdJyQauV/Vdnxjbkl1sT7KBGaqFfoH/OwYtV+O4yq"
    "F3xCowf+xzEsK0X9GTEtV4p0o+K7E3ws+tBTAwXjVH9n95hvNL39Lmof3cegGSlpTiSYCL"
    "RJBjon+bmoHk8Ej/DzQvjQzcRuQ5eElrQz+9u8yWK4axd+Sf8ncuF8bMfiv3CZTvc9Po6D"
    "2pNDqfKwxJQC+njvKL9F8yOxmujXTtBSPZTdN7MF7w+0eaqIeDUpfx77/EVvjNXd7QLRV5"
    "6d3iEoMuF2jhpS4rOKy0vUXRg3ZQjrJE4s9DVpWe3rel/9Llq30VljAyEItALNZrY6opxQ"
    "TE4jFqnYdYhLrJu66bDCUxKpTG5FqNwhmWSanGserlZ1gC6Vtkxld878iaDKErIK7nlCjQ"
    "grXQs+fyZVS9zjXLykKpXDFHLeYWJ3x6ITVkREELRbUAZbWqRpZDdaeWAGnOVd2JvezsLy"
    "JRsZWGF9vMMptTGTpndwV8N+CbtSZKKL1dXuDHBZ8R7QmUsjnEE8T9oI4W8O7Au9edgQXe"
    "/Ri1XgfevUL0405Y96B+jTDXmxFsZJzjjAvxszWIn2UyqcmDJdHycAmhPXZI3VU8Y0cV4h"
    "LemC0Ru1B7ZeB8ZZo6lo0cWy0ul4L6iQjuCutgYdkvx3o1Gg0TW8HVIGWP3d7fXPUJ+i72"
    "5CbNyeF7lrrszExrIdHAHHtyb24DnBlkj5PdMA0sOOFbt2TbI7ATyQeje31D+zTL6oJ2ae"
    "7dT6ajm/6YiI6/DXrkLmVlO+YCWxLxXV41/8cf/OCBF7R7xZbtZ8ol1Zbr02Tk9sfT/bRb"
    "96Zz+vnnzxefzj+HXk14ZZ0zk0O/5XvY8azx2DnlLasvpk9J12wHzmM42FRQlI64JWqMPN"
    "NmMEMJ3OiRbcBMDLOlprysllIZhVHv3KHumlYUNY4W8QjIjrAdTEFsYUTHajRQ0rNlrpZb"
    "wuXC9JUO1FSs5JlDJpWsY1tSZJuVJSaCVzccrUcGaypm5KcSH8bStkVrMteWC1zHqDcXTI"
    "psbbuq98gQDUVnpsvEKv1zZTryliB9oSNNyEv3DzpYU1+6J51AQhNBJVofmrx70kJWWQSE"
    "AHJXwZh9MiRPCfo6TrQMcIDZRswszX4hj1Y0e3tTfkzGuvaHaurL6R6Am1kmPSCIHXpCjZ"
    "gTxM583nqLDAee+OP23GEbOu8048n8LhF8DPNNx+ozpuZBSSb/gI49cPCiodjJqkpPAG47"
    "43o+k9j1hmvqGyvbtNIdJhgRxxlvO8em7iANnVj7RaiWs8mDSFqQF0bees33oLrxxmoqYh"
    "Z+1fDb1nw0HaTZEEn0kPvWVis3UnVcoHyg6E+1Qhy2xeomMVpDUBNKvIwxGeaKOE6MYigB"
    "rEHzWA7zIhqqIZgm/QB5NisDpsBonQQDNgQswWTe8CgAI6E3fkwgP6k3fi4BEnohoRcSeu"
    "ue2gkJvceodZ6EXmiMu9u0R1tfPYvgG9zfuHTpCx5wL/KxvchC68jOiuHj8WU2RtJ7TGmM"
    "MllFkhq7vengW/8SedIPxuR+cte/ve5fXyJ7ZdNScNibSAfvAxd0Ll5ZQocEUmKFFFIxaz"
    "6J9NlPPLOf3JWLtfsZG2yvVGARvCPJ5kF+2rngWs0v1qzmF4XbnPve/7ZxhWN2/EXiVLwu"
    "f9UMEH6cDpkmWkvUCBx4bq62ju39FozTVKCWlqmulK1zab1RmgoS5NFCbugukx7pNi/5xR"
    "S2z3+ko3W9wZqKme3nwe4vnbbWMElPsqPMy0o+vqKDNRUyL59Kc/DiAElUtUQscCfLynH/"
    "zRvv2huuqfmir7Kl0XJWM9PCZKvcdiX75g33xR+tqXPNn2Pvkq2b20IWTLAJGeoo8JKsFb"
    "Ooc1HQxiu9sUYZ5DhCOtru84UEczviJ1YZ6R2pA635GR7xQ7RcWR6tLlLMxYKA77wj95Tk"
    "j0+rd+SNg9xx2sh8M7wWObQjjnsTbThNnF1G652thxPsW+NJltxTJnaEAVrKQCYMZMJUPy"
    "cCMmGOUeuQCXP4TBg5OhyVhDi/pUxMpBpNZehjG9NUJjKJhCyMhBgUgxe0NZjnX0VVkBEF"
    "NQipIZPSwdJKViXCRc0nicFqpo48B7edqm2emYybK/N7S0gJADe8T3BiqU3AOibWznjQm6"
    "6rGH/Y6HUdGS2oPrNPMiu2OjI7TcfXznwqK7lgw3ElIGmApKm7uw4kzTFqnYekUUxW/a58"
    "kia4v3HHaT7zMDSf8wmazxl+Bviv3fJfS1PXFEarLM5C7KF0lfFu3XSHw0u0kHX9wfg6Hv"
    "X64z8uaexOwda7e+X+7ureu7RaPq3ItZvu+Nf+9G7YpSXZF7L1gp2lLherxt7h6sixpiFH"
    "ph+HsrIsbOSpLWfNicns8WxZ7/aPXTGTqZr3HCB/yq94nznG5xdpEyGG4zLADJfCDBc65g"
    "TFuEXoBTon2TNdBKihN0pTQYKTFlCxvHSs9kfs1RIer660e85mO5DCstINokBZtsrBC9XW"
    "ZprtkkCOjmYy+OPEuc18+vgtcVup7PE/E4W0XCbiX8AoA6MM3CIwyqD1fWi9+ozyofUKnH"
    "KtOWXIqawAcxZXSGDxCaf0pQQhoa+shL64Db5ltlm8em7NVMGbcZaahuxUPh5m2HZM5WV7"
    "/1h5aRDYcJB5l+TBujPP+fDylxcvcPC5LhSXIO/SI7/42bTeWwzaJfysvY51UYjnrZvPkh"
    "K/e5epe4ljm0vZwnBks8bbfRu4myPy4oG7OUat83A3QC9A8fL6ohuZIULmQkKsEE9QMbO0"
    "EjSBh2oJJEHcAK6XHng5gsQETDAE5Bug2/vhkI8iUOaarpKhtvN9m4d3cpHYc3XeumC0y7"
    "yCIMOO4d7Gku82e7d67GaOAku+qpE5m2ELq0gzkIyi422sIko8IszMhGU0IWIH6NLpCVDs"
    "qGk7YBs85yPyocBzPkat83jO/vov7nwk5CBKKbj4QvWXCqhhnRcYmUVbuoHN64fRTruBia"
    "Vgc9EXqKyzo8o6+b72Lp2kYIKzytBGc3+zkxR75fYXAYw1/7M0BUsLzSizLmwqi8J/WokP"
    "COKm4InVdhdqgyd2RDY5eGLHqHWIYYqVb+DqktpZ0yW1k+2SGv9mGZinZC9kw5wS22Mdh9"
    "ZurU7mO9P/fZp4XTKp0OErMxzdfg1uT+dHQ3tmtz0zhY5cuCZXiBlILlWkObON6feRHDLn"
    "Rd6ElBi8CcJvQuRjZPd1rGgLWc8j22Jy6V3dEzzxB6htZI+lhOt+b3DTHX44/dzuuJgTxD"
    "XP6Y2fQoJKPZvWkJIr9RAgyLOlsK9kEuZc3zAttj+68qddoex5iZ3Tzz9/vvh0/jl0DsMr"
    "63zCLBnsI2SvFmJed1KuMbjumYqPkylC8KcEIRerqAbg1FzVAiFwaq4lQNRznZpjLTklwN"
    "u8/Lc0uqlldouMQyjAxkY8MTf9vrTltKNtKkjQ+3LvWZnBjGIEHGOTbXPA8TV28/6OHEbB"
    "cojX1dJYakO87ogiNxCvO0at88Tr7JeVCMXo3964E3HnPKXWz/NLrZ9nSq1XPxC6s4DEHs"
    "KgXixBXrC5W44wRCS6dSSiaqsVhCJqF4qQHfLwp5XDKsG7pvZZQgrKn62PdBYofwYx/4rF"
    "/OGcR7V4dThgUO4BAx7WF0rRcXWS0DVj24L2biOJIRmnqUjh717h/zLA6s4cbLk9F3qyjT"
    "lRq0kIJxXsspwyAKMdOJo8uQ7ShaM2SAmFFmKgkn1VkW3GjiteAdIPM3yJDdmQ11UwFOPt"
    "hoxATLhN5odhNOMVGw4N59rhzSW33YhFeKL2HmtrW4S3QYCmtlZ3GwI0R0TVQ4DmGLXOE6"
    "AhmiI2OmO5zV1rYxKNyaEtLzcZ29jy+SzehO+YCACaBtS3ToQpuaQcUHKFs40Txp6QCtKS"
    "oISyeNGYyb4lL9q8xMN2ihdNLgSbk40TLQ63RDfRVbGh+Kbf8uLM88J8xQu8dS6t61Xf+G"
    "M1CPhkRFfXTcUFYlteNRyoSVDtMrM2Ob/yaJ34BOSmd6RFXGqP9X3os4HLqaul0AYu54i8"
    "euByjlHrPFzOi8YicviyiQLZKhfKaXWv/34/mV4iWf33ynYejHF/0h/TxCKfQ6FXhv3uxL"
    "2iY9kmV6771/c9IqNimh7hykxHvV9dGbrvkTu6N92vRESVF2THfzB+Gw+mfWn05cslerM0"
    "B0vmbNbim1s7zk/yqTdqYDuyOGUXyQHPlEfcCWObFQRws+DKNqugVH6CbyQBCes8CevETz"
    "AtiXjhljBNlxGFygxFuVIL08YS/vbKP9VjQrua7RnHZ0+T/YJnrl/kT/WLbJetwFkVmuRx"
    "KeChy+Khw5yULXnSpuWLtrOlqcPZV6Wq1DHyj8FjJanBfBLLS4iVk3dv7OBzb2iOjcwZkg"
    "3kjoBo0iOaky9OG/N8MC3kyC/YQDPLXHxEJvnMhRFZ5lu2uc/WowlSZnT0bRmzVJVqYOHq"
    "vU62gYU7Ij4GWLhj1DoPC/fnSjYczWGcZ81dbOMiTbJOSyMQ6FlHIacqFNgjfRBP5Nq9Z1"
    "U+uxjYNEJ2QkyoSTN3//2twKmtiFOr+4emtvRpm3i6r53ya2MvP1dHKyALtiELaORqPOhN"
    "D8UWBKVJ3ZndYhAGyRva6ziDsAaoGd67t3SXVP3RpIdVrk/Pbm2144cqKzKFFiGdH3tUqW"
    "xF8FMyfdfsubZc7vOBZHZpr7Sjc8mPfLbM1bJklmepKS9k0KWpbd8ZOjW0D8O7ZOsm1E6s"
    "r23SBiLpiCgFIJKOUes8RJKxWjx5thEv6xFJNK6CYueCJ2niIj9n4iIbSK5d9a0lNlTawm"
    "QpvwdZ4iLpc3f92+vB7VfprvvHTf92eolS4z0Yd93BNbksa+qD0RvdfhmMb2iVLqKZmWYt"
    "MLl6N+j9SsYgNxFDhshSmd6vfVdKeaF3TH4Z3N3RC74dSFPwhoNv/TG9Fppq4dU/pC/dwT"
    "D22bs0kzUdu9/g5m7Yn3rfYLGkfhC92r3t9YeuhEJVo+vFyod1eGpydvJrcnYyNTnJl7eZ"
    "jfPyTylGEpA1luk0U5vCkHtbBUuuC2mvnhzT8aqQpqyKdSVO42JQ3hTHwc+WN3VXQXeRpY"
    "VhRZHOCAPeG/AuMqFhNgvP5gUmSOWcNtgwlyPRxuX2nvOkO57npzuebwJcEq37nSffOOhP"
    "OzzYk7vyI6KdfPSJ10ZptCzy+eWTWbJQRDnhe5dRRNnCC9lixJXWJVwHEo17Cc64zhacrT"
    "lbcJY9WxAdUqaBnKIOc3aUKtvnLf9omTS6lUbj6/44PGMmka/sBq2Co2X0ltCj9k6Z0Xvi"
    "PvrBPVPPUZbEz+FkBAsprWqHQxJof+Z5ZT7nvzFZI8nCZM1VKetapIEEQ/owZumueIKybV"
    "JFtixNjCiNiTRvQpd/5oYG5inZJ4lT0gxRQHwz4pSCLRDuiYmVEOupGOb1De1kI3oho14k"
    "kpuSBU1XWdOxbBhBPSclQctV1nIiBUlQz2lZ0HSVNR1GIgut3ElZ0HSlNR1El4toOiULmq"
    "60ppMZs/zJjSlBOIRR+ARMJnlVSA8saShjUlQXYd6zkA7iUvAiFAY/dWSAH/+UIKigsArS"
    "OfpCamAIw0pUVBMWXuqy4pbElcyZsC6Y4qCNLU6pJg/eCB1VTYrC8lTWeVV3381qo9iB1a"
    "/BYDXTBO/hyriRsvnIarClloDuTWyohmKbMkByzq6y/K4S8L23cYXSB0rHNuVocmAbrbgl"
    "oDtJDNZQjDN7FAfKcWuvBJzv3OHuzFoaJbw4MyzkBNLke6Db++GwtcYULHFFDk+rNxNtpg"
    "3MgXeCUikB7mt/vIk/XDPRZhFROWDnF3FgTvot+7w0dLYnpix+3R4nF5/+a4NbB0Hn+s0Y"
    "yWG3eUmR7XJ71zcVM2+toqleh4CsjuuVl+m5JVJjd5CGIuQQUxFvu6RP3UEaipCFXzX8tv"
    "UcooM0aWGixhV3HaxkslaQtc+Gc2TgqUn+4OhDGBurgRNPM57M75Lm4EUZYAXm6YCOOvAH"
    "bQhqdOYJlFmLWaCMGmtJ+3RTUXb8yttMsDVyS6LjZbyI+g82mmuUFnm/RG9zE32QDbec+t"
    "tcU+bIMnX8EamaSv4tO23yJzYQveNt/p6t0L6D8QXrvnmQQF2susZAqAzUxTqWCklQF+sY"
    "tc5I1xNoc8jWdR1aG/LrdcdnF2l/FGldaSw2ximx5h3xKv9MLpng4jgnhADlzSi73e3YCG"
    "8+sx4KV3npaPXuJ9PRDT2iHkSJH4zu9c3gljZKXWjGg0E+JPjQ8+lBjP7B+Doe3d9Jw37X"
    "Pdzu5UXoZM+g0r3R/XjgDmiu6DlZWnRt7F/xTs4+GJM/JtP+zSWy323fXTt8BwPogliFND"
    "Ho9hmv2MZVkePTmoocn7IVOagblMU3vxRNcD+Un0mYuGWUnwlJBaHVJi4FmZBlZUKGvQT2"
    "nBlSNWXwJivEZ2GV2lLGMlHzGNAwT3UTAxpmx/IxoMocKy/myrl0OUfkzHFoVKGl/G4jk8"
    "wcNrnJJ/pAzLGBYyPPikczU9fNNxvR7pWBbeZxo7ZLddLrfiUhG314fCQfaK/Y+1W+J/D4"
    "+PGSjvp/UKa+r2E6bjFf9I4ddzibfBu/P6btaLqO5DeZPoJ+Wf8xf6MjhTV228jAr+4P0N"
    "RLRP/67su/yXZUfxc94Rl5y4Ix0IfErw9vaz8YKP4spBKD023UuZRtG6sfT1AX6eRFC28w"
    "Z8heKXMkexYq0mwU1MdBBGQKKf1hdFxivL5iiiSKVQimD1uYBn6P/Q73ojuc+1ujmsdtFy"
    "PD9H9h9Os+UI268lTUU88PaGmZdGeww0rH7ahM8Ud/6PF00B0O/5BiX8l7UqSJOIwuAR78"
    "wI/+XTSjKK0VN0EhQCmpmAhtsuU67hyQiaYjJBR56aws8jQCJn1hKXh0gnyQ/UfTD8hCti"
    "K3mBZRLZnk5BMy2d3vRC6RMef0ojcH/NE+BDpy6PRXyL5JB/ZvbSN88nyC6BPCjCYPo3H/"
    "y/3tNQWG+SOSv9RVkPdr/FfMfeQPsZck+D704fT7hdPlgx9u92TJrFIwpii7r+TjI9Gkqd"
    "N6zCfukPYJzQXF9jz1rpHxqJJXjjfVyI8my6yq0TVE1pFHK7ZpDIN8uQeDrDiGLXv2jwcL"
    "ecGf6a8K2tQSNAPYP3rBDUujY5MbHh9jS9jJf3rf4L8eHx8Msso8md+RG93xwiJaMLR9Qu"
    "T8MjDk2zoERJveQgMkEWAuMvSuv5G742eV6ej0WwRX/cpfZCSZvN42jh73RHEgXzSclG6T"
    "3UCbH/MCNP9MJH1rKl4sTYdWbJZe8HvrX+viNzHiw1O2FCwfENGppy3XhojOEXH7ENE5Rq"
    "3zRHSg08lOOXDodLK+00mOmW45GjE136XQPmL3HnkwIhM2MDaL0OE7qPoKDTSggUaVCgNt"
    "13KgENIZYcB7A97QQGOX6EIx9doXU8+wD4KeCku+gf5Kff2TrFsK5ZibrV8o9XhcmoZOGP"
    "vJJoX+SZVPYEmHYAReCYZolc3Qgm/FKVcG1+maDK7TbAaXhckvtR1pLttzEcjTcg3E+5zH"
    "YD/PN9jPMwa7pdkv/sIttAKl5aqx+tDnNWb1gcrLB0/XhaqOVcxlhNJ4UBqvOhjzlsbjqW"
    "nlJb0xFpodVrOqC+4snnFLqO4i6rQpIO0899gtbZWXehzUvdqUeRxQuxsTj/MBOUSBAzoD"
    "Y2O+ypbm13SFJLtaGhltBEl2x5NuBUl2x6h1niS7pWW64VT33xm951NOabkGUk4dLoqvs4"
    "bi62QpvmDnFMU7Lde4I7E7Qdt+WYmA7N/ewLlcPn3654pMR81hhAZyrbS4SJM4oc7p558/"
    "X3w6/xxaaeGVdcZZlnQjv8uRlpamsLJH1mVaJQUh3QrHpzUks+0XXUgw3nWC8UyX7blECy"
    "ELk/MZUahoUjREAkUeDgh+jIESgj8pBwqAKhtVrbLBmO0l4PstGqmhyCbfcI7AX7QlloDv"
    "FzrYxB+rXrsoL8AZE2KLVjayrpuKG6vatjVEOFCDpnayjF3UfaSEZi3JVhpN69oiFAtMt0"
    "3IB5a/cj1374SarAGi5epTnVoYUdNsL5f80Gmq8Q5X/LTVRfReZBrkfzhVRqmNZqbl1dGh"
    "1IntVhRya+/M3OJK7guWLehUzpAViN+mmnJGh7ljAbwSH5dKxtnNQxIt7aCof60djTZEp4"
    "8oTgnR6WPUOk90GkrAxEnkDg+L3MmnkTuZOAjFhgnu5sPmgWyV2Xri8E/vx7dS9/Za8sqx"
    "0DPmzsoyJNlQJa8uS1CpRRrdDv8IirVIJnmfHoz+77RC+tf+JcLfvUp69O7JL4M797D6XF"
    "umbUSuUDfU8gnPLOHgFRbQ6T/uybriFdbxx3gwund349E3epG4EZb56l77rTuY0oI/3jS4"
    "9Oqa0sOD3iSguuz1B9+8oRSsuVKD28ldv+eOrxn2EiuOV83n7/5FC/87vDYZDX1pt0wkrQ"
    "U0HE3cQkC6aVel4o/77VaBw1pkhiRHqPAZ11a26hLV092w2/OuuT5Cjj7pdnY97v5GZsqb"
    "5sxVS34zimiw/BYGtAIpU335cY5IYn9Bjp9263iUlmdRj14EezMszrhSr87WpF6dZVOvzC"
    "WBRJWectIANq85iQGqjDqz1QqruQpZhaZfRuObS0RWIWdmWhVpkBIiXaxJClMc0gqKRra9"
    "/Yh81QLlKFiyjcsU3UnzlNCUlOSFuWKFWtdmh7HED5Motqs9uOwsscA8K4p3RhrghqS8Qy"
    "bl+cSC3wpNbNVOS1bYwyoI9gXPmn2Rv2RfMBYQFzUaBXyhPr04V5g/AuC/Gf+AZylAyadE"
    "oTZadSj4bOQlYMYK6DklCnqusp5DsrOAotOyoOkqazpgqwu90QlR0HOV9ezFIIokSsQFQc"
    "eV1jGUSjs0YZdKpuNXQUoQVABHseoIPjPxUkgReSNAEAFOZ1XrdBb7BFGwkJeIcIPBTW17"
    "HPhC2UtebMXLXmbW3gMsExVbsnnBztu2tjgPBye7BE7EOZrygrethDl1B2nOJN1pHUzG3N"
    "p4tGtzZczU8S7+Gpmt++CkFT2P5bXOdhvHawaS3bNaf3NPZXmBHqyiZ9NU7TaijduD5E5a"
    "RX0hq+45LWeOF9lTX7t6iOA5MBeaco+BRSVJSx44yJaWoFBo3b2KNoKjWMdzKAeOYh2j1n"
    "mOYkG9v13koRNvjZifjE1sDVcWk4HU/jSkb5bmONiQzNlMANSUFMCahjUwPoWMrZhQk17/"
    "PdPrLFtaSA05AwC5vl20KXCbhHSREYUXo6wYR1AZZkvuMluXpmbK4KaKo9V5cwG6ZPOSLS"
    "FONExpKLqZF52Dik8v1CVAzV/ur2IrOy/OOZubcCeqXbKmPS+xv6so7lkVBmOauqO9ji3V"
    "zWfNdjTFDg4MSHJMrNS2Qv9MRDZpzrZGAzr/StGUwM4BO1evVbymPA2wc8eodR52LlybMz"
    "pf28InlGng8b7y+9aL9uxpcG+kHRwnUxztlQHvlWnqWDZyDpKFQimMn4jUrkAOLIn9ZqZf"
    "jUbDxGJ0NUhZBLf3N1f98YfT1JlgBplnGjPtOQt1fs/zSKIa3c7pYxvT7Tw8f7q08Ez7Lr"
    "LCMEQbV+7hgmelyV9oMos4/u7knhVe55ykBBsTI9gzearLdjH8U4L7w//H00YpAI6rVI25"
    "hvTxlgDjty59POSuD0P0Teba0m2rzqD4ws/afOSeHb+/ZFYv7vmlq1+kyb11deN3U8j9SX"
    "aUeckJiYq5cqlSyEOs6/rZBqbziDgvYDqPUevAdFaE6Qwii6KMZ1qugWCXz3xuUcGsrNJl"
    "xwZ5DevlE2msS769Isi8tYbdq/5Q6o37XbfkeWKsB+Nu0Pu1fy3d312iJT0Np0qrJa2DL0"
    "3H3dvJYEoL4dMqeYatOQ/G6H4qfRmNpev+cPCtP/7jEpkrR5qZFvXDtFdsvT8Y/mf0Wf5F"
    "+pwv3cGQPKc7nfbJDkB/paa7u7CDF0uH1mSnZfr7YZOGqtTPd+HKTpYpcQzyqCpfoAFk7D"
    "rTof/7dD0bHloOw9Ht1+D2NEWe2np8i7xoNWq2PCS7FqULQ29cSAtxKcC+KPYx1kLsHUjI"
    "Af5AlddWBVWp7HQkLBtEKQ5W5MbdMksANwg0XAXj1Wul5wU4bmHkFFxhbKUl4MtZQaimsC"
    "ZNhy0q2eBXbGxdm8WnN/qvuFGLBaNGy8ZabUHvccEltnCltoNueGKnbPiPfJQS3fUW1jUh"
    "3nDlFYnzSuH6X260d//hXAiSQpC0Xut0TcNlECQ9Rq3zBEmhb/ZO+2ZDDHofMWgIBFTAng"
    "AyFBi5aqtiT3nDseQB32PbktyIJwTXa/0RoDXK876TXBDD+86QRTzed5hAg193lGsdz+MO"
    "bADvaW4yMpRSqMpC2wbf+Yi8KPCdj1HrPL5z/XIDxfUMCYFbJQTGwWTOE/aqkBJrQHJgim"
    "j5iYcEIHflUy0/ZWgA3VRkUaDjMo1D+bTDgzK5Kxdl97NUmo3iNnsvstelRBu42dV3c8va"
    "NFkXROC9YgpXeZ+rzoGDIMor6selBIE8K4s8i/vlJWVc1VAVvORZahpW6dB9T7byampuoI"
    "GUOVZeqK2qBLfuLfMi3qcNci1quba0gS86IuYA+KJj1DoPX+SYL1jIOw0FGpdpcc7DtJzn"
    "My3nGaaF2h1LGp8h+qAbZBbn/KKFLNmtyhdWMwzHwnondQpDPBfExDHVYrqIyUIpydJVpJ"
    "iLJTXLC1keKdkSdqH6vDAV33Sytkaq0bNAWlRSEPKhiuZD0cjIaiktTa0ArcMQBk0U1QSZ"
    "0BaeWWYRei0tCgRbaQRbCG0ZFFtisJqpg5tkS0/GzX2ZgtW8BIgbfq4xue1tRja+QpeA7p"
    "073J1Zy2WdF2TGrrbFCVLaPGvLHEvKATes0dhOkyxDvHL49ABLTk49bBhXdlJlQNgHjdIg"
    "jbIyFkEbaPEjIkiBFj9GrfPQ4tAvHu2gC7cl7uLGhJoE6p45hqLNt0vouX28CljDLgQW4J"
    "ZuWZAkUjMVcHu90bu/2eM9RNfhugK7ptvwgdOhvuiyPZ/IOtOHiz5sr3Pilpa5IF+B3izZ"
    "wd17y42KYQupUbVct9vgAx6RNwA+4DFqnccHrH7D3Dqf2VlamsKA9xor2kLW805waEzDTf"
    "WETnzhGr5Ga/C97vcGN93hh9PP7U6qOW68Mk2mRYTl2AUWrIRgA9er+q5P2W0JG2oRFcfE"
    "QMGVVjCwkOWzkLapMzyo/BQb//bGNEwuDcgltqQwL0HXFhpjIcrPIGMK7w/kHTdFLg1kza"
    "BnVU3rXaJEB9sa3VzWITvKHm1UFasrxZHI05bye3DQUKTaw7g/6Y+/9aXRrTQaX/fHtJ6C"
    "ja1XTMd0ayjTCg3X970pveWu+8dN/3ZKKzWwnnvw6gsHT/erWHYOBESORgFrAiLA3pfL3r"
    "NXnBLgFUplrdhSU3ImK08WoFfiv4RcQLcTAmcyYE1gT7k6piNviVEYH/oHHaxBK8BOsyZT"
    "qK2Lu4W48gffpD9DmU0huNa9oTk2klHgGKA5cb5spBnIXGLyh4WWsqYi952ykTkjt9JHoA"
    "/OHCPiUfwYCirmynCw9fEkbfPt6hnMPM9kCDJMdod0z8pYJG0I9R1R0AdCfceo9Uale9aF"
    "HDzoAd/KvTgHoThiNpioEjKioIayiI6kTbilM55IiKuZNnid8cxcrOKx0rqCy3Wu9DCZoH"
    "c+ac/wR+8iPn+NIxq7aW/Jn8+WuVpC6mdtF+42+INH5BmAP3iMWufxB6FF3h5a5Fl4hi1s"
    "sLJA81FOCEEJwhTI2RKEYdFzt+GF7JaPK1o3PTtEIQVULDyVznW+4Mp1vliT63yRVoK8oL"
    "ECxgayLtk5EoJsZ5xeZNJsk0XXBAZ9lz+r4zINXK4/ccziT/mdTBj55DVrK9RaYkOleInB"
    "3brr314Pbr9eIl/+weh176b3bvMfRV46K7f3D5mmw8Gt1xBIoeF9lfb7+XJ/e+31+5mtyF"
    "cr1O/n9Jxn/UnbRrHl5zzzdvjfWiq0DDGkD7Me7Yr6LnsxCpRfDG6GNMC9Du6l/C6tLF3I"
    "oIlEGndW64yri9XZmi5WZ9kuVn9aNIdWN2UhuzEpBUjzIB2ttuIsU1IUCiBXh1/I0kqKrO"
    "uUJ7clCytYe8UiZ1LYwhCETkdAQzY+A+061jwuBXHPsuKeLqolBOTcPNivwWA10wRvWC4+"
    "BYvnHnum5JY5tWN3kAZhvdNcWh8tRswywnFjyFKyonv3FrkMnr1l7JIuv7FRvfR3iIfWdU"
    "FvQzz0iCJjEA89Rq3zxEMhgLFrzlC2xZqERxINDF6c8zAr5/nEyjmrHs7Rxi8m971ev+8G"
    "JuyVomCs0mjFl+5gSC/NZE2vSqQijDR7FnDROHVCGkLUXCHqFywUPfVvb1wCxk5KnYVekJ"
    "C3EpeCQg9FT0HE/Foh9JNywAOWxQPG0rK3ZAJjWeA1UwQvDZicg5vPPbgrRgnI3mBLmcuG"
    "MwrGq9dCwwtvfIEVbvS0SxbxSifD0E6yfcOx3lsMNjF1R3sdq2hp9ov0FAhwsYqtkYGRMy"
    "cgI3rsPRRG1krHbnaLje3L+Cn6D0/viFy0kKZ+bCPZQHhB7EryN7QkEwyTX7h48uZS4jT+"
    "jp7zYHzon5yef6a3IBW/agomAt4ZfgLUDzZ6fPz9x2v3gx8H6uPjR3rwn96qa6/Yekd+z2"
    "X0gRYLMEyLeKmajVVEzJ72g/H4SD40dXKnfSKrC83QKJ4UuxMXbPfaiT+GRGTIA05Q/zuB"
    "XH9H9GuaM/qDF0izkY2dE9QlP4Rq8sF405w5+Xb4+1Ij0pLsPD7S4gRu9QGZIGOYSDeNZ4"
    "KADw8B4Z0O+eEFLx00I7+D3mthhUzv3NoE65jg+JmgEqnggPR7egc+uLYbexv44CNiBoEP"
    "Pkat8/DB7q4rwheEAjuiYw7HGHTOuEpEnq2pEXmWPbVBjRkh7isQaB6+PITMGj4mS8d4Bq"
    "EguZgQahzIuzn1EhnAIkinxBqHdflnvOoRPdpTWm6HKy23syYtt5NNy43cMVErJykJSbnV"
    "MWoYSbkJFzWj6LVli9KiwNgXZewPWjrqaDWwhrLffzmdimmh1Go67AUHsN2EbXqBrRRjP9"
    "bsF5rNZHu/Ppv9G/+8vZGtV+O37i0FuCziF/hZ4GeBqQN+FrR+MH724E1mKqfrg7gy5spR"
    "TLEmojGRBib2lt9OyWOyGJm9f5+MbteRX6x0XlVTHPS/KMiT2AkL9p+zleGWUEJPK013NM"
    "M+oc/7r12xY2sApxAlFrQA6A833d/TOugNR1fplYoOcFUl971ys/84/feqqaFUB/4wHmbU"
    "d2mCHbJqPNtkDzHc6ZXxNnPvba/zPGMbv+2LSUoktzFn7Le5ibz7Vdo0JRztBzfHyR2vjd"
    "7m2KB5W6qbpRRcR094Rm53r8szh+Z5kY9bKd2W/4QHw3zFlqWpNI3K9kZUEVmaHx8jDE+C"
    "MR4fL708LFPXlHfyUH+eElkysmE6yMJL11MqlHeVMbzKzb8iujPBta/vAt8G1/6InDxw7Y"
    "9R6zyuvbeRifg7kUQ13B362Ma4O64xIaKNUACUUb4yAhtHyBaJS0HQuCjXBZRjFX3/w/X+"
    "rZo6eDkAzua/mWVnf+xKxZYbXmDjy2ylgvejlfNkfu+/5nQbin/cXkegmO6NEn7de9uh5e"
    "qJ2A3z0KIHL7+uS3kbvPwj8vfAyz9GrfN4+Y651BSRuHEo0MCocfnloORnoqtngocIxAmh"
    "BsJcfoenEDFxnzwlCR5hYcd84VfzENZBShCoETjRUFcN5HavyOdp81tXAFO7PVOb9lhF7N"
    "q0LByqq44hm/VfZMfBi6XDyNDL3/xjItDVIr2W6bLtSNiyWJTjFH/PwTQp1YSimOtekv7v"
    "0/VLVviODEe3X4Pb0+tYEnfK5WFpKVvM8nVrPLOUXBOw38WJ9kwU4zBscFD8bmA8md8HZC"
    "FqMTjh7E3tdcxwZEnT+yUtENiYU9dFS1lTUSCP3JJ1SNXspewoZAdEjoloibLghjZaGY6m"
    "I9uRZzNE8CCrso7VZ0zucnPSEvl0pY8uSFunHIzYgEBk19/6BiL7eChNILKPUes8RLYbDR"
    "UmPuJSQP0Vpj08GF3kBAzWpFQDie7y4wnAL1WMX2LYkiI7DkMcWKbq7DIMlimusAL1m9jy"
    "QLjXMuhUud3nMIfPD9N15Fgd3jVJuMGczmqicGuGGr4FvHmiqRWAJ/02sXaXgHLTE3FZe1"
    "0JKbkbO5GMDDw1yR+Ck523D0m1lh5edeS2IWGfON+K3P4NP81N8+Xa73PRYlDb6Vva64jt"
    "N+9mSY3fXWra8z9b9uqJSvvtQ0Jm4F/rz1IHDfsM/N2R/IAiteRLPFGNDXVpajs6rp1aBR"
    "3ZIpgAJV5nC6ENlPgRkaNAiR+j1rlyu8O1PMvIbu5FG0lXmZlt3XXH09v++BItZcsxaEuu"
    "mz5l9W6nlyjuDx2+6WzSvuAlyZNSVVZFZbLBIRQEoaAKwL/jUNCCWOXE+RJsL5OUalxb5f"
    "IXkydTZTA9+fmPwf2NmMP7Tn2M3OkiFkskvcdmM0vinVMIRc2W/u314PYrMVs8+Qfjuj8c"
    "fOuP+9eXQXtQrD4YX7qDIb00kzUdq9UwZCDTuuRMa8tcGapUANasIICbARf7r5OGhaBNiQ"
    "GwaWDTjGcG2/XMAkMcUh+qwyZkSSQdyzaW3MxsUV2nREHPldYzPcFT/L1miIO+K69vz3Ym"
    "alQZfnvuJskSbVAuExylq7k/6SK4soQ6SMdlmoB50hs84+paerama+lZtmtp6K8W2C7Ssr"
    "BXVHmvSKUiCLDrScEGbRLHlPB6tBpYk3QZzOysNoTTAf2UqH5sxHophDcVLbUabE69PExm"
    "a03R5UpsPcyh9/QMz88LjL8Em/MC4y/hHsuheikHO8nL84MZkIJXy/2ijSAF73iSsSAF7x"
    "i1zpOCJ8g9bEM7VE6r++Adom8mgHJKbI/JAq29YN3hwrqzButOFmsbk91HqB5VJNHA+Xza"
    "ueBJq+hc5OdV0M/ycueE+symxKpxyr9RvWZjHpWQZtJyoJrSVVPDlDHim2qvWFABrW5vOv"
    "jWv0Se9INx172f0Mywpbyyq5IZlnSI+R3MpBxkX5fFTfq4lsCa3UUj1UwRvKxZcg6KkmaZ"
    "YBgz2+zKl/3y6xjrco4Bmn8+thl05V+7JBh7fiXzrqpSzqzFIBjTt7TXEYxhZXQ5dvfeCM"
    "Z4XXZgAmu5OreBCTwiTgiYwGPUOg8TSCDHgnlIvkDj+KnyD2lZWNGWmmC99IRQEykqLhrw"
    "dA0NeJqlAZcEJaGTnaFAAxHu8PGsa2jWNLyKuTIci3HgMB/gmMgeV4re7Z64bB6E8wHOTF"
    "/LfNWIo5uT6LxmGqcFGzideeigfDYoSwb5kBWBuakIl34KXNGcd+HJnBBqnHlR8jSmYImC"
    "20xcS5+8qka/gOIIT+CMYPPALncSB4AVAbmZ+JY+mcmzsGCAPJRo4Fa3kyQE6pPLurjxlh"
    "Rr3GQ+5bGST/PN5NOMnazZ4XfO4HxlmjqWjRyCOCGYQvqJSO4K6vDKfmPaV6PRMMFAXQ3S"
    "59Lub676BH4XfXKT5iTY4Yp0b63cYlKF8GkAbFYdu6r0XDU18AZPU1OwSkcOvsmWJpNXh2"
    "hMkW3mkYP0Le11EUHNsLXnuSO9ekLSLC61t8hg/IxHiacOwum5bQljiDhCxLFeS11NY08Q"
    "cTxGrfNEHBNruaDe07IN1Hx9NZ19wYn1aTmSKjOISqrnPPohJrROwc1SLlVYyvOam5b236"
    "wzJLlWSUyiSe5WaQVvFsSINQUL0wYSDSTDys+0nmvE4bLe6esrUtUwLQaTlzF5ye9ybMk2"
    "dcYEzkU2KQS4MnAl42LrVdbJe/HKyoX6optynheYEU0hPKOyu8L4p5P/ODvARjW6vxr20d"
    "243xtMBv7RmdDscD9MUorjfndYpWoxFZ3Pey7YE/BEohpIykGLxHIoXWiR2BKgdbesJBOL"
    "PzPNFJHjMCmO9lrmORFTF9wZR2IyC0gWPsEuh9+icWq1bvBO1uSCuesOh4z5uDmy4M9a8e"
    "BC4KbvL8AQPtmDkz4f4gG13A3bEA84ImYY4gHHqHWeeIAgPQzEMLV/ZQYrvIanCAT2yU4c"
    "CK0S2AndfGMm1+TjG0oAwDwAr5ZLQYBDCQCYB+CUlcxvxqYEgV8ri+CJp2NtSfAw0sJqph"
    "Fe1zk1G6uUvhfUP5noJjN3L/F5e51v7RdmeZfs4NZSnel/tsiPxXNzZbtTyo2u224aHW8e"
    "X1KqXVpS31JTXsi3h5S+2q53bXDhj8iZAxf+GLXO48JH24Og0hOCDdR5fXWcfbWxoRZRcU"
    "wMFFxpBSvkw9msyIYdFwQlV1rJMaNbUMtJSVBzpdWsyEuZXSEi/7hmTKRJvE9peYKO/IJF"
    "krHD+6FHd6W6xVV0nu45/y9khYR1kJYEJUAWYGWzAJlTvgR8f4uP1VCA0y968TxL01KxtW"
    "WmZTCjR3QsDtSh7HgyCjFeubCsjVS497S5oxWSFdxfuwIDEDWAqEG9Vu2a8scQNThGrXNF"
    "DegOstCMlcPqSZK74KbFmuR+lOZgA/+zA0w9mlt8xmYFgRFKgxuwyzpZ7gpAnCe+P6DP64"
    "L0G8Yv7HNv+Q0D4zLQLDCxv5bRLNBcYoMdW80vTBGXaWBpijOOyhRn+U15M9WyddPGohAn"
    "hADjTRhTC/u/BdtwxGX2WP+2a2vy/53MZeN5Lmu7WkVSlZ0/c6B9/jm/svPnTK0Vr9iPcK"
    "2VlNj+tsifa7JDRlXGVoajMSqC5J9OYohueVKpmjQm50GlqKVsilBbV6s5EtpjneaAaqtt"
    "mWYIqUJI9Tj5ZAioVqOsyrpiIWtCr4LlQrYKvNaiYEiBsOtWQcKpprxg5iEm/5P2uoCgE9"
    "2zKQhIVY3Iz3/Fli177jx23jA2kIyCSu1INlS01GVnZlqL6KqNrVdNwSetFNIlDblF/+N2"
    "IvRU4vEoN2Zech311Bu+my9O3mBnZe9ufJkM8WxgHJ1No48r8QGK7L17EF+upT3QhvjyEU"
    "UaIb58jFrniS8bq8UTq8xEPhsZSZTDRR52wU3Qj594enF9yu/F9SnTi0shQDybeU2B+wTL"
    "jEWfijdH8lUm11t33T9u+rfTS7SU3xfYcB6M7vX1uD+ZXCIyGal18GCQqTq9Jxc8Y+TB+M"
    "d9dziY/nGJ/lzJuua8Pxij6S/98SUyXfuygALLr9Vtr57+jcV6L8ZEqqyygu/IKVfj7NM1"
    "nbNPs62zI2u4yEsSSe8xOkJDi4JBkdborn9LZjeRfDB+6w6mg9uv0uhW6t1PpqMbOvHfZM"
    "2hEXryGwL36cEgb9Fo+K1/fYnIa2Tqr1h9MHrD0YRecaNvapFXpcMTaunkh1o6mVALdS81"
    "oU4MMQlI9kgTpXSaEKPqqfDekRigyitRK3oBolnf/epuJzL5ik41toIQT2llF+j0yBQvNO"
    "0rFu06TBxBpyWPFsSuIDOkgM/CEC/BcamYZurrp2Td02DvK6DrlCjoucp69iyaItxTXBB0"
    "XGUdp8hp/j00JQi7Z9HdM2DvhdCPCQHyhZGHTuGHVsFBs4DgJbhEUdhWCP64FGBfUvZPsK"
    "xkVSGc/XNvc505r9oixJtyklqAExknY2ITjQe9aSs7zUsAtqGn+tMAx99vDnQPk7dWU2zX"
    "pa2x4Q1s7f0tDDWFNuWUJKAl3wHd3g+HrYz1XQKs3ZlDM7p0bPdkrlS/mgIc8ztywOUpr+"
    "K3z2WYHAL1Vbxkv1+ioRqy16UWVpcW3bIUjQfVjTdWk6DaZS2a5PzKzTaNTcBNSadSbN7z"
    "JZ/aDl4ic4Zk5I1wid7mJvqwlC3nvY1o8KKNLFPHH9vkA2y0kTPHfkwfPWHajsBNJpXp6t"
    "Qmoximk5OTurMnCaaq+kiVmu8JuY2Q21ivBa+mWW6Q23iMWufJbaTbS1bfvDlFnmyl8yZo"
    "PhHNAvJSCx4Mgtik+7Uvda+v6eUwvK2q9FMyUvgR3SmD693JZPDVHcf3ZNQgVU/q/dK9/U"
    "o/8TZdibqQz27+UXfSl4LHu/a59x3S2/xhMpFcA6Ko5kPhSqu+HikzxNY0rWLpMhlRYHyL"
    "su3UhGa/DTn5Ev79e8ymbO0K8B3nd88scyFtl72aGqIQ6PuZ5g3PXyWGxHaaTAxQ6d2j2Y"
    "qkxo3Iehfc37j17uwnnlx9cld+/aKfMrn65FHYMmRGxZe1BUviYnssWRJeqW3NkgQ5xW8/"
    "JcQgWaSscHl0kn/L4E1UNqBmauCN2iQmYJW60iYDE7kceyxysZFjX8Tu3cixdwPHHJlGSH"
    "23EbUDkebYUfEFk1Zl8Ny5v6HHx2AFfXx03XcbyZT/pp/aP2To9V085MEwDf0dfTDwKy0N"
    "MTffDOSYLikfH47+Owg3f6wKHZ8uj7Ai7+TWhSOA4weOv16Ld03ZXuD4j1HrPBw/UL0VoX"
    "qfTJWhhynZLdkvXXB/laEv5XBO//dp4l3K1MIO36fh6PZrcHu6QDb44If0wSNzUcisS4iB"
    "D144gAEUCFAgVVJDiRRIdpUpAdiGH8RILKs5meyHoZbG+FXDby0Gp+R/0l5HJlnRPXtrFb"
    "i0THWlBHN0rqmqV9am3JKaeU8hk5N++dKft4eyoOUOnjpbVO7gFl7qmld6BAivum7IbSC8"
    "joj6AMLrGLXOQ3hFW2ZS45OFrOu5620k1SQ/6FPn5/NwoaX/WLe0Tm66wyHDtyTbG5s/zH"
    "Eq/fshWYQrWWRBE5BXli7USS8pBb301vOHBXrpyYZpvC9MVqrb+q5DcTlgEAUYRM0Ov7kY"
    "5ElBwFwA88jPFMA7EgKshbEuYIsmBKFsW3Usz6zDQXmEd0nUYEpKVTi9vUp2U0DZFCl2GZ"
    "eEF6rKLxTUgjt4aBE6Qh5cBQcqBgfg0yvJyAw//Ek5UEDxw5mJ4IyQDjKicER2uzVI1wzx"
    "qrgZUehLW06eyaGqJ1ZtXeJNi8gtn8hMNvEX8BLwvYtGaiiyyc1uM7bQUVkEXa6Oyiy3qQ"
    "R4G54pta5kLRPayKTYH7gVM0B4sc1YX1vUpqSAWWE9xZTtIVBz0csyu0mM1pCpzSi7yDLf"
    "svgJtk53rYShP1KtjDYxOyFmsO66d3pmVubmRyZn7qZMSSn52vBVt4xkYuUnvfHQ03vUAp"
    "3Mk9kMfXibm0Hxybe57NA/3z+yq1mWNrJgCqcPxi4yB70iTJA0WFfvqo0gafB40scgafAY"
    "tc6TNCgrbNsyP2obSTTigOauT7+SqWOLARxJNBDgT1wx8U9rYuKfsjHx0BgRMhriUsCPF4"
    "9SxGxMkQhFTAyCRGUx49FBsS0ZmuhUWs3UwE/SxCYgxwlMulgA87Xp/GVsSRUmvXZ5/LKL"
    "LU2Ztxj0gv9Jex2pIEf37PL4pZA7fCy+cOf088+fLz6dfw6X0fDKutVzs5f7ii1b0PSNiT"
    "TQNOucnXGYZuSu/IKr9LOUabbMKbSfY5MtK19bv6hnwWX4nq4xfE+zhi95ooNZ0cT8EzQx"
    "kf0fnzlM9mdpB2Uyhtc+N7O//j81sz4E"
)
