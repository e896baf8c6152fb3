"""Migration 11_20261203062208_insight, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "insight_variant_forecast" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "generated_at" TIMESTAMP NOT NULL,
    "start_day" DATE NOT NULL,
    "horizon" INT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "history_days" INT NOT NULL,
    "units_sold" INT NOT NULL,
    "interval_level" REAL NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_insight_var_merchan_4d77ad" ON "insight_variant_forecast" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_insight_var_generat_2b83cc" ON "insight_variant_forecast" ("generated_at");
        CREATE TABLE IF NOT EXISTS "insight_variant_forecast_day" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "day" DATE NOT NULL,
    "mean" REAL NOT NULL,
    "lower" REAL NOT NULL,
    "upper" REAL NOT NULL,
    "forecast_id" BIGINT NOT NULL REFERENCES "insight_variant_forecast" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_insight_var_forecas_12c62b" ON "insight_variant_forecast_day" ("forecast_id", "day");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "insight_variant_forecast" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "generated_at" TIMESTAMPTZ NOT NULL,
    "start_day" DATE NOT NULL,
    "horizon" INT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "history_days" INT NOT NULL,
    "units_sold" INT NOT NULL,
    "interval_level" DOUBLE PRECISION NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_insight_var_merchan_4d77ad" ON "insight_variant_forecast" ("merchant_id");
CREATE INDEX IF NOT EXISTS "idx_insight_var_generat_2b83cc" ON "insight_variant_forecast" ("generated_at");
        CREATE TABLE IF NOT EXISTS "insight_variant_forecast_day" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "mean" DOUBLE PRECISION NOT NULL,
    "lower" DOUBLE PRECISION NOT NULL,
    "upper" DOUBLE PRECISION NOT NULL,
    "forecast_id" BIGINT NOT NULL REFERENCES "insight_variant_forecast" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_insight_var_forecas_12c62b" ON "insight_variant_forecast_day" ("forecast_id", "day");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "insight_variant_forecast_day";
        DROP TABLE IF EXISTS "insight_variant_forecast";
""",
    "postgres": """
DROP TABLE IF EXISTS "insight_variant_forecast_day";
        DROP TABLE IF EXISTS "insight_variant_forecast";
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
    "eJztXf9zoziy/1dU/mUzrzypjWeSzcteXZXjeOZ868Q5x5ndfZcrQkCOuWDwAk4m797+70"
    "8SX8wXgQXGNuCuupudAbXAnxZS96dbrf+05qaKdfu4u3RmXcfB84XTukD/aRnyHJO/8G63"
    "UUteLFY36QVHftJZe1lRzKXhSDIRkOSQxJPtWLJCO5/Kuo3JJRXbiqUtHM00qOTIwEhW5x"
    "qRUZGtPRsfNQOZFrLws0ZlaTvk9dhGso2cGSb/t0zH0TFpNcfzJ2zZSHOO6QNVUyFSmvFc"
    "ct8PxoNxhzF6fLSwbeqv5PKx96PtY1/k8fEY/YIXDiKPoV2pMgFItjGyTfJv2UGYyL2j7u"
    "0ALSxTwbaN3B4eDNrcJuD7r2P/jCzzzUamrmKLCrs96qbxjG0HvWmGar4h2cKkp6WBVfbj"
    "l4b2xxJLjvmMSWOLQPDPf5HLpC3+jm36z/+0phrWVfb3Fp7Lmk7lXkgL+l/FwjKBiiiwRe"
    "Xw9wX5sTYByfa78saHsdR1qv73BdN+izUmgLJ//NlGkcfIqkq72d4DSuqVNly8SKzjyMeg"
    "MXDYdcmXvdSeB4bzhbWlw+5JUkx9OTdW7Rfvzsw0AgHNYB/EMzawRd+WXHOsJf0g6Ft535"
    "H/jbiKXDVxNRiSUfFUXurO6jeRF1hda0nSzWgi3fUnktRKfHK+ROhL8S4pBDICB3lVmwHw"
    "TF/h4393Op8+/dT58dPZ+ennn346Pf/xnLRl75u89dOf7sus0HK7YpgNvg5uJvSFTDInuB"
    "MHvfAnkyHfirRS6gr9kHYTWrgidxxtjvl6iErG9KF6osf+X+La8XWRpR7/wko/q1luBwrK"
    "wHoyuO7fTbrXt7T7uW3/oTO8upM+vdNhV99jV4/OPkSVE3SCfh1M/oboP9H/jG76DE7Tdp"
    "4t9sRVu8n/0I+zRVYBUzLMN4l8+iFM/Mv+JfYd+2r256Cognsz2eobyzlT8ID8eNlQcELR"
    "vmxMxQSq6ii1dTf4eiMNbi7YQiRpZD0Z978O7ib98YW3IGErvoKlfJdz+bukY+PZmZF/np"
    "xlDINv3XHvb93x0UlctTfenQ679WdEFQRlBxfVRSC8O2W0FthQKWA5NXLbv7ka3Hy9QJ78"
    "g/GlOxj2r+gzNB2rZMW/7/X6/St6yV4qCsYqVquho2DtTuqIPxkGAlX+SMSXpgi8ndPPAv"
    "iSVqkAs3tRhENmiyjGIZEGonwmAvJZOsZnDGJqZU1fQis9vfAkKy9vsqVKiTtmx0xrm7w1"
    "78zjV2RDfmbA0V9I39/zbHrm0tKYiZxwevxbQg6PEmq81tfpEu/jzfg41TF2kCfZRia7L+"
    "v6O3ozLbKWPaMpcVJM4rzMsaUQ05/j2mzWVU5HwZeViGULFjZY2IdjYbfID1RHhv7uDYya"
    "WNzeGM40uJcLtaDWo5Kg9aponeNneW8fWuNCU3muKTcmuH7u5ejZG5aVUfMOZ9/Qd2djKz"
    "f6IaFCyB/qspewNpNfQlIRX0wLEx/9F/yecHVj4HsW43Woq3p9An/6A82/unpFS34LLLX4"
    "108gID8cOwwE8g7o5n44dO07UVM++kEklTAy8MQkfwiq4N7rpFbfgSj6oa8/gnyve9frXv"
    "VjwG/kF/lD+c6Rp9MWxzuKNmiL+EjB4LEDmfWuEqI/+gcbeTGYmbZA5hTh70SKeDdhj6aN"
    "3jRnxsIjlqljFsV5RzNTV+nfLMxxnkruHNypanxP4E6BYb0NwxrcqUPUuog7xdaEpML/fj"
    "e64Ss7EIjrWVMc9H9I1+xC5rxQmOQv06WhsJyHp6WmO5phH9Pn/TVn3KSM8CQFKKJinyY+"
    "uu7+FmeQe8PRZVx3tIPLmGe1V9+2ch8dOLdNN0Iq59xW7Rsow7vl+1jg3NbRub2VLcfgB/"
    "38W20Rh3YRarzOk03Ha73XCA4eOHj1mnFrauqDg3eIWhdx8Nh/E/pOTwHy2zcw/+ek86NI"
    "Flvnx/Q0NnovVwpQKD8Uv3Mc7UtP6ssvY6yzfP50K8pb4onlW0NVpFlTkcH6hp9mpvkiYU"
    "NdmExyI8B+dbvre701CbVtppaFxlm6oemNQmFbU3rxBESSzOgGE9L+GNE5GWmOje7+1v3Y"
    "OT1Dqsa2j2g2sh3iCKo/s8iGjYlh4l6dmW8GMok3gmQHMXOFdMtNPyv9IWyLjdfFkWE6SL"
    "aeTaPzAT1hRSZeAn2azba8kBYfnzQHWbKhmnOvZxspM6y8YJX07G20sTAZhbZz8WDIyNbN"
    "NzST7RndeuNghbQnVz5iw7HMxTtayLb9Zlqq3Ub00V7P9IlFIjy+0iDAA/Y/2P/VtwTB/j"
    "9ErYvY/2Tinmrf83gAK4lyfID9Trhb3sZCFliJLsp5AA7LNNDNKmebRUpcLFesMi4HIcvS"
    "Q5bETiX4ug/KoZmYGCimdMVY+NV8KbTaRyVLWO2rmTJaw8U9adOF/LSElrP8qagc5AuUFb"
    "YOBdY2jFqH4nk1U4Ro3DQ6BjePWZdHgI3xlHyjswmZBo0WhwKL3G+LkGCWKyE5gYhQXRnN"
    "tpdYRZ40YtLoiFJVj4//drTHxw9tv1TLVJ5rNPV36nJVXq0YzUG0W2yoNppa5pxfYqb8x1"
    "AqrBvrULNp1rLKeLML/x7d4TmXrRdao4Y8jTYgC8/jI5IN1X0vt6iNgb87LK/ZffKD4b7I"
    "MbolvRBbgvYju/27T5OfydBDcywbrGsdy2RNu2B9vc1MPfgl5K28Ba8IT+Z2UmYtGD+bAG"
    "i3Wq4NbaDdDoiAAdrtELUuQruRZTMPJeQ1bxzh9qkjwAV96qRyQfRW1K/1Vtwc2K4kGki2"
    "lQ8wMTo08h0UmK+ikg2cr+o7P3GWJbvYmmQDM1QL/QL/dwharsZ2lX2viFVg/vj7JHLTfk"
    "V3SlTjmyp5r8TOCD9WC2BgvGqO7P3yBOcXb9IWof1YvQBJi0qJJMCtRJBjon+bmoHkYEv/"
    "DzQvjXTcRuQ5eEFrQz+9M2aLiWHsbvmn/B3jwrjZb+U+gfJ9LI2Otoml0XlcYUACujl1lF"
    "+k/5L5yXBtpGsvGMksTe/BeMHvH2iiHvZLXYbff4Gt4M0Zb8hKRV64TRgxyLhACy90WcFB"
    "pe0Nih60/XKUJRJ/LrKq9PS+Kf0XL1/tqbCEnoFYBGKxXgtTTSkmIBYPUesixCLUTd523W"
    "QoiVGhNCZmNebOsIxKNY5VLz/DEkjfIiO+4mtH0mQIXIH8eo6JAi1YCz27Ll9C1VmuWVIW"
    "SuXmc9RCbnHEp8+lhoQoaKGoFqCsVtXIcqju1MpBmgtVd+JPO7uLSFRsphHFNjHNplSGTl"
    "ldAd81+CatiRJKb5cX+GHgc6I9vlLWh3j8uB/U0QLeHXj3ujOwwLsfotbrwLtXiH7cCuvu"
    "16/JzfUmBBsZ5zgVQvw0A/HTRCY1ebCUtzxcRGiHJ6RuK56xpQpxEW/MlohdqL1ycL40TR"
    "3LRoqtFpaLQf1EBLeFtT+x7JZjvRyNhpGl4HIQs8du7q8v+wR9hj1ppDkpfM9Cl52pac0l"
    "GpjjD+71xwAnOtnhYDdMA+cc8K0bsuwR2Inkg9G9uqbnNMvqnJ7S3Lu/m4yu+2MiOv426J"
    "FWytJ2zDm2JOK7vGrej9/7xgM3aPeKLdvLlIuqLdWnScjtjqf7cbvuTefk80+fzz+dfQ68"
    "muBKljOTQr+le9jhrPHQPuUNqy/Gd0nXbAVOYzj4VNAqHXFD1Dh5ps1ghiK40S3bgFk+zB"
    "aa8rJcSGUURr1lXd02rShqGC3iEZAVYTOY/NjCiPbVaKCkZ8tcLjaEi8H0lXbUVKzkqUMG"
    "laxjW1Jkm5cllgevbtBbj3TWVMwU2dp0uuqRLho6qU91mZhbfyxNR94QpC+0pzsymv5BO2"
    "vqaHrSCSQ0w1GihY818iHOZZXnWedA7tLvs0+6FKmtXseBlgAOMFuLmaXZL+TRimZvbqOO"
    "SV9XXldN/TjZzq6pZdKdb9ihW6/IOkkMqOdNR9td0PGd12+PddvQcacZT+Z3ieBjmG86Vp"
    "/xHG9s8vu27ID2PXDwvEHY5coQCFkm5pJMhJxduz6u/ilnAhbKqquGYBr9rr1jrzeFKXH2"
    "dkPAypl1EuSscTJPwvls6dkn4QQ6yDyBzBPIPKl7DgJknhyi1kUyT+AEt+3G5219+ZwHX7"
    "994/J6zkXAPU/H9jwJrSM7S47jIhaCX0nvMPa+SrnIE33v9iaDb/0L5Eo/GHf3d7f9m6v+"
    "1QWylzatWYLVIlH28g8s8Y/YW1q5stliYoUUUjFrPor06Y8io5+0SsWa3eOD7da0KYL3Sr"
    "J5kJ90zoVm8/OM2fy88Hmcnve/aWjikB3/PLyTqMtfNQNEHKd95jPUEjUCB56Zy43jqL/6"
    "/TQVqIVlqktl46QPt5emggQJH5DEsM0kBrrMS96uv83zGWhvXbezpmJmz7RFCYGrO6+bps"
    "MkPcmOMts4Uur1dkk7aypkbnxUc/B8D0HRWiLmu5PkV2uvePP0j1/d/q7c7pqa//EqWxqt"
    "uzA1LUyWyk1nsm9ud1+83po01ra5Rz+crMwJmMZymdNjpuH8aaG4aauLFHM+J+A774glyH"
    "58Wr4jtx/E+mkj881wqyPTYsisET1rjJiPnKrLG3eXs2SxK1lyOeFQkg9UE4bYMsSWqx9l"
    "hNjyIWodYsv7jy0TTdClMQlxejXhkEg16gnTxzamnvDKJMplYUTEoA5gTluDmyGeVwUJUV"
    "BDLjUkgqQ8rSRVkrue3V2ks5qpI83BbcfK2iUG4/qijO4UUgLADT8iKjLVRmAdE2tnPOhN"
    "sooF7jceVEeSC/Zn7pLMCs2O3EPGwnNnOpUVnbBhAwCQNEDS1N1dB5LmELUuQtIoJm+Hez"
    "pJ47dvXIL6ZxGG5nM6QfM5wc8A/7Vd/mth6prCqZIuWIMvkK4y3q3r7nB4geayrj8YX8ej"
    "Xn/8+wWN3SnYemdX7m8v791Ly8XTkly77o5/6U9uh11ajW8uWy/YYWeTxkOGInrrCBVjza"
    "jFmijFqiwtCxtpakuZc0IyO9yt0bv5fVvMZKzcoQDIn9KLHSY2xnhlDPIQw2EZYIZLYYYL"
    "bRyAOmx56AU6JvkjPQ9QQ7eXpoIEuctQrK50rHZH7NUSHrfyGstc3wykoPBagyhQnq2y91"
    "JOtRlm2ySQV5udOPxxZCdUOn38FmlWKnv8z0hpGsZE/AsYZWCUgVsERhm0vgutV59R3rde"
    "gVOuNacMOZUVYM7gfOW9G3MZCX1wvnIrwz9rFzlfWYQZth1TedncP1ZeGgT2Vp3hHsHn2b"
    "TeWxxfOLjXznKFFeIO6eazpIRbbzOfKrKXbkEccdhHV+M5uA0O9QG5VuBQH6LWRRxq8Pmg"
    "Rmt90V2ZIbnMhYhYIeetYuGwSvhuLqoleG5hA7heehB13CIDMOK2kTdAN/fDoZjfpsw0Xb"
    "Uw59DZfMHypuEdnSR2XISwLhht07/105447m0oI2q9d6uHGgtUvfFUjczpFFtYRZqBZLTa"
    "c8SrbCMiwg0XL1YDIrSrKR4zhgo0TVsB2+A5H5APBZ7zIWpdxHP25v/8zkdEDkJHOSdfKM"
    "lRATVkeYErs2hDN7B5Zb/bcTcwMhWsr8QB5U62VO4k3dfeppPkD3BebdDV2F/vJIU+ud1F"
    "AENnHFmagqW5ZpRZrDMW2vaeVuID/LgpeGK1XYXa4IkdkE0Ontghah1imPn21AsdBtfJOA"
    "yukzwMLvxmCZgnZC3kwxwT2+Hm+tZ2rU7uN9P/bRL5XBL5qcEnMxzdfPWbx5NW4RRKdgol"
    "hY5cuCJXiBlILlXkDEob0/eRHDLm83wJMTH4EnJ/CSsfI7muY0Wby3oa2RaSi6/qruCx10"
    "FtI3s8JVz1e4Pr7vDo5HO7wzAniGuu0xveGgLlU9bNISWXTwl7nQmUs7zDmCAkrRRljWHP"
    "R9UYY9jz0crBaArt+eBNOSXA27xEoTi6sWl2g9QsKB/ERzwyNr1zyso5nqxJIG0z7ODDxQ"
    "k7hJBcH3Z4DTXe3cajVcgMWPtaWgJtYO0PiL8F1v4QtS7C2tsvyzxEg9e8cftizkSq4J6l"
    "V8E9S1TBrX44ZGu05A6CIS6jKM/9A9Bzk5Er0Y35yKrNVkBI1o6QlB3y8Kelw6uOmFGWJi"
    "IFlWmy4x0FKtNA5K9ikT/I9q4WaQxpxuWmGYtQmlAlSKjIt64Zm9YaZjW+h6SfpiKFv7s1"
    "mcsAqzt1sMXKYfdkGwuiVpP4RCySYzllAEaLozd5cO2lQHo9kSKLpSLbJQVgvni9NQmtbQ"
    "Zi3LWQE4YJFsn0IIxmvGLDoZFKO2hccj30UHxnVXc9c3970AzCM7W1udsQnjkgoh7CM4eo"
    "dZHwDNEUsdA5023qXBuS2B3P8eN2J9zOyeefPp9/OvsczLPBlazpNZl2SBSDLY/NEsQzLA"
    "KAxgH1rJPchFxUDgi5wom0EWMvlwrikqCEsljRkMm+ISvavJy6dowVjU4E6/NoI2dPbYhu"
    "5LirhuIb/8qL885z8xXP8cZposyrvvb6ahDw0XiurpsKA2JTVjXoqElQbZ3OCcZXGq0THo"
    "DC9I40D0vtsMYHfTZwOXW1FNrA5RyQVw9cziFqXYTLedF4RI5YLpEvW+ViGa3u1d/v7yYX"
    "SFb/vbSdB2Pcv+uPaVqRx6HQK8N+945d0bFskytX/av7HpFRMU2OYDKTUe8XJkPXPdKie9"
    "39SkRUeU5W/Afj1/Fg0pdGX75coDdLc7BkTqctsbG15ewkj3qjBrYj56fsVnLAM6URd7mx"
    "TQoCuElwZZtXVCY9vXclAenqIunqxE8wLYl44VZumi4hCkUHinKlFqbF5b3lVXyoh4S2Nd"
    "oTjs+OBvu5yFg/Tx/q58mTdnxnNdcgD0sBD10WDx3kpGzIkzYtW7SdLE8bjL4qVaYNkX8c"
    "HitKDaaTWG46rBxtvfYUj3tDc2xkTpFsINYDoimPaEZenB7OcWRayJFfsIGmljn/gExyj8"
    "GILPMtecDHxr3lpMxo75syZrFKtcDC1XuebAMLd0B8DLBwh6h1ERbuj6VsOJrD2c2aOtmG"
    "RZpknZZGINCdjrmcqkBgh/RBOJFr+55V+eyib9PkshNCQk0aubs/4wac2oo4tbq3ZWpDn7"
    "aJe/vaMb829PELnWoDZMEmZAGNXI0Hvcm+2AK/6iYb2S0OYRBt0M7iDILylmbQdmfpLrHS"
    "mlEPq1yfnn+8zZYfqizJEJoHdH7oUaWyFf5PSZy9ZM+0xWKXDySjS3ulp7qW/Mhny1wuSm"
    "Z5FpryQjpdmBqcDltj+6ENZM8Buf1A9hyi1kXIHmM5f3LtF1FmYiXRuBqHnXORxIbz9LyG"
    "82Swt3b1sRbYUAlk0kJ+9zO586S43fZvrgY3X6Xb7u/X/ZvJBYr192DcdgdX5LKsqQ9Gb3"
    "TzZTC+pnW0iGammjXH5OrtoPcL6YM0IsYGkaUyvV/6TEp5oS3u/ja4vaUXPFuNpskNB9/6"
    "Y3otMKeCq79LX7qDYejeuzSVNR2zN7i+HfYn7hvMF9RXoVe7N73+kEkoVDW6XqzAV0ekam"
    "YnvWpmJ1E1k7y8zT3gKn0n4UoCMrvixFV9SjfubBYsuXKjvXxyTMetExqzKrKKkIbFoAAp"
    "DoOfLEDKZkE2ydLSrXmRTggD3mvwLjKgYTTnHs1zTJBK2RGwZiyvRBuXf3smkpJ4lp6SeL"
    "YOcClvZe40+cZBf9IRwZ60So9adtLRJ14bpdGSyKcXOObJQpnjiO9dRpljC89lixP7yUqK"
    "9iUa9xGcCuX/n2bk/58m8/9XG4lpsKWow5zspcr2ecvb/iWNbqTR+Ko/DvaBSeSVWWDJ3/"
    "5FmwQetbsTjLYJ++h790xdR1nKv1cmIVhIaVXbwBFB+7PIJ/M5/YtJGkkWJnOuSlnXIkc8"
    "cKT3Y5Zuiyco2yZVZMvS8hGlIZHmDejy98XQ4Dkl+6T8lDRHFBBfjzilYAuEe0JiJcR6Ko"
    "Z5fUM7yYhewKgXieTGZEHTVdZ0KGMlp56jkqDlKms5kiaUU89xWdB0lTUdRCILzdxRWdB0"
    "pTXtR5eLaDomC5qutKajWa3iyY0xQdgoUXiXSpAPmwv/sBSAXxj8WCq5OP4xQVBBYRXEc7"
    "dzqYEjDIV2imrCwgtdVlipVMmc5tYFVxy0scHuxeiGjFxbGKOiMD2VtY+RrbtJbRTbyPjV"
    "76xmmhDddBc2UtZvZfSX1BLQvQ511VBsYwZIyp5Gnq1fAr73Nq5QyLp0bGPOjQC2qxm3BH"
    "TvIp01FOPEGiWActjaKwHnW9bdrVlLo0QUZ46FHEGavAe6uR8OWxmmYIkzcrCLuZloc23g"
    "FLzT95tz9bDhkRQNVUBk1OLXzXFi+PRfG3zKCRyxvR4jOTgWW1Jku9xDtpuKmTtX0YyXfU"
    "BWx/nKTXjbEKkx66RBCOWqthJNN/DzTvlojgw8MckfAqddhfpqCKrRvOYn87ukOXheBli+"
    "ZTGgvQ68ThuCWs5iPiHjgVPJJ2parCv9i19Fj6xqjVjhXbwIl+r9wUYzjTpZ7xfobWaiI9"
    "lgRXvfZpoyQ5ap4w9I1VTyb9lpkz+xgWiLt9l7sg7wFvrPWV3IhQQqu9SVUW0jqOxyODU+"
    "oLLLIWqdk3CS4zAtvq7rcIBWwdT58nff0Cr8UlZxFz7GMbHmbVIof1cZGeD5cY4IAcrrUW"
    "ZnKPERXr/rMhCu8tTR6t3fTUbXdJOlH3N6MLpX14MbehzfXDMeDHKT4EN3WPoRvwfj63h0"
    "fysN+122PdONsupkzaDSvdH9eMA6NJd0pxctGzT2rrh7vx6Mu9/vJv3rC2S/2567tv862X"
    "DWVhWSTuBMuXDNIaE95Z8y9pR/Su4pp25QEt/0Ygp+eyigEDFxyyigEJAKuWabsBTkVZWV"
    "VxVUrN5xnLlqyhANNIdHYZUOPwvltaUxoEHW2zoGNMi1E2NAlRlWXsylc8E4R+TMcGBUoY"
    "X8biOTjBw+uSkm+kDMsYFjI9eKR1NT1803G9Ez0nzbzOVGbUZ10uteLQwbHT0+khvaK3Z/"
    "lecJPD5+uKC9/hdKVKg0TIeVo0Tv2GHd2eRtvFPYbEfTdSS/yfQR9GW9x/xMewqqRLaRgV"
    "/ZD9DUC0T/+u7Jv8n2qoIkesJT8pX5faCjyK8PmrUfDBR+FlKJwcmOg1vIto3VD8eoi3Ty"
    "oQUNzCmyl8oMya6FijQb+RUeEAGZQkp/GO2XGK+vmCKJQjUu6cPmpoHfQ7+DXWTdsd+6qt"
    "rZZhgZpvcLV7/uiGqUyVNRVz0/oIVl0pXBDmp1tleFNj94XY8ng+5w+LsUeiX3SStNhGFk"
    "BLj/Az94rej+xrhWWGzZRymqmBXaZMl12BiQiaZXSCjywlla5GkETPrBUvDoADmSvUfTG2"
    "QiW5ImpkVUSwY5uUMGO3sncon0OaMX3THg9Xbk68ihw18x6THgyG/aRvj4+RjRJwTJKC5G"
    "4/6X+5srCgz3R0R/KVOQ+2u8T4w98ofQR+K/D304fb9guBx5kVJXlowqBWOKMvskHx+JJk"
    "2dVhQ9Zl3axzSzDNuz2LdG+qNKXjruUCM/mkyzqkbnEFlHLq3YpjEM8nIPBplxDFt27R8X"
    "FvKBP9Nf5R+GSND0Yf/gBjfoweb040ePj6Ep7Pgv7hv89fHxwSCzzJP5HbHojhsW0fyu7W"
    "Mi5xUyIG/rEBBt2oQGSFaAMWRoq59J6/BuO9o7fQv/qle7hvQkk8/bxqvHPVEcyIsGg5Id"
    "5ehr80NagOafkRRSTcXzhenQmqPSC35v/SsrfhMiPlxlS/70ARGdetpybYjoHBC3DxGdQ9"
    "S6SEQHavVvlQOHWv3ZtfpTzHTL0Yip+S4F9hG/ev6DsTJhfWOzCB2+hbqFUAIeSsBXqbTF"
    "ZkWzCyGdEAa81+ANJeC3iS6UA659OeAE+5DTU+HJN9Bfqa9/knRLoaBos/ULxcoOS9NQy3"
    "032aRwAkjlE1jiIZgcnwRHtMpmaMGv4kQog+skI4PrJJnBZWHyS21Hmsn2LA/kcbkG4n0m"
    "YrCfpRvsZwmD3dLsF2/izjUDxeWqMfvQ5zVm9oHaoXtP14UacVXMZYRCW1BoqzoYixbaEi"
    "lH5Ca9cSaaLRYiqgvuPJ5xQ6huV9RpU0Daeu4xq0qUlnrslyxal3nsU7trE4/TAdlHgQM6"
    "AkN9vsqW5lWIhCS7WhoZbQRJdoeTbgVJdoeodZEku4VlsnBq3jOw43INpJw6QhRfJ4Pi6y"
    "QpPn/lzIt3XK5xW2K3grb9sswDste8gWO5fPr0jyUZjprDCQ2kWmlhkSZxQp2Tzz99Pv90"
    "9jmw0oIrWcZZknQjv8uRFpam8LJHsjKtooKQboXDwxqS2XZ8djQkGG85wXiqy/ZMojVsc5"
    "PzCVGoaFI0RAJFHvYIfoiBygV/VA4UAFU2qlplgzPaS8D326qnhiIb/cIFAn+rJbEEfL/Q"
    "zu68vuq1iooCnDAhNjiFRNZ1U2Gxqk2r+gcdNWhoR8vYrQ6OKOGcjegpCE07cGObscDY+R"
    "GcgGDyhIn0qGDsOBCh0GCri2hbZBrkfzhWIaiNpqblloihrIDNiuWwsjJTVjeIjZ1kraJy"
    "uqxAaDJ2et1qn3IoNlXi42J5Jtt5SOTsJ6hXX2sbug2B1wMKwUHg9RC1LhJ4heomYX60I0"
    "KQdtIZ0k6C4qfYcMFdv4/al60yEU182cn9+Ebq3lxJbqURun3aWVqGJBuq5JYc8YuQSKOb"
    "4e9+HRLJJN/Tg9H/jRb//tq/QPi7WySOtr772+CW7cOeaYu4jSgUxYUyNcF2HOx/wjl0+o"
    "97Mq+4NWO8Ph6M7u3tePSNXiRuhGW+smu/dgcTWsvGHQYXbslOui/OHQRUl73+4JvblYI1"
    "JjW4ubvt91j/mmEvsOK4hWr+7l208L+Da3ejoSfNKiDSMjfD0R2rcaObdlWK2bC3W/qubp"
    "EREu2hwts3W8mCQlRPt8Nuz73GfIQUfdLl7Grc/ZWMlDfNmamW/GYU0WD51flpcU2u+tIp"
    "/JXE7vj7H7freJSWQlCPMvs7MyxOhbKKTjOyik6TWUXmgkCiSk8pEe71c06kgyqjzj1FhH"
    "duCJmFJl9G4+sLRGYhZ2paFTn7I0C62PkfXHGImBcN2rrrEXnVApUWeLKNS4LcyrkggSkp"
    "yXNzyYsiZiY+8cT3kwO1rTW47AQo3zwrindCGuCGfLN95pt5xIJ3yle+WTsuWWEPqyDY5y"
    "Jz9nn6lH3OmUAYajQK+EJ9+vxcYXoPgP96/H2epQAlHxOFsl/VoeCTkRefGSug55go6LnK"
    "eg7IzgKKjsuCpqusaZ+tLvRFR0RBz1XWsxuDKJIoERYEHVdax1AFbN+EXSyZTlwFMUFQAe"
    "wyqiP43MTLXIpI6wGCCLDxqFobj/ibY/yJvESEGwxubNkTwBcqOopim7+iY2Lu3cM0UbEp"
    "WxTstGVrg61esGmpMpuW0ioZ8vEV3rwkXtywde/vI6K7jdwzj9mJ35qBZLYT6We258gNY2"
    "AVPZumarfdM9Q9Ro6Wv57LKtuF5MzwPLmnaVsPybnLiUFT7ianVS3Jkjv2c4ElqPBYd5u5"
    "jWCj0eFsOYGNRoeodZGNRlCobRtZ1sQXUV4wZxHLYIJCMpC4Hof0zdIcBxuSOZ3mADUmBb"
    "DGYfWNz1zGVkioSZ//jsljni2dSw0pHQB1vFksxXebcukiIQofRlkMvl/3ZENmLll1pWbK"
    "ECZCV7Pz+sph0VMnNoQ4ctJFQ9FNfOgCRHN8oi4BavE6bRWb2UVxTlncch8htE3WtOemrX"
    "cVhe3E4DCmsRbtLLZUN58129EU20+Hl+SQWKnnwfwzErejGckaDVf8K0ZTAjsH7Fy9ZvGa"
    "8jTAzh2i1kXYuWBuTug88+yVQKaBm9fKP3A872ErDT7UZgubpRRHe+XAe2maOpaNlG1SgV"
    "AM4ycitS2QfUtit3nXl6PRMDIZXQ5iFsHN/fVlf3x0EtvxyiHzTGOqPSehTj+seiVRjWOq"
    "6WMbc0x1sLtyYeGp9j3PDMMRbVwxg3ORmSZ9oklM4vi7k7oTNss5iQk2JkawY/JUl+1i+M"
    "cEd4f/x5NGKQA2Y1SNuYbk6FYOxi8rOTrgrvdD9N3NtAU7D5tD8QX32mLknh1uXzKrF/b8"
    "4rUd4uReVlX07ZQpf5IdZQYZg7Wd6drASR4QOwWc5CFqHTjJinCSfgwwLzcZl2sg2OVzlB"
    "tU0iqrhNahQV7Duu1EGuuSZ6/k5Mhaw+5lfyj1xv0uK70d6evBuB30fulfSfe3F2ih0SRg"
    "abmg9dilybh7czeY0ILstFqbYWvOgzG6n0hfRmPpqj8cfOuPf79A5tKRpqZFPSbtFVvvD4"
    "Z3jz7Lu0if86U7GJLndCeTPlkB6K/UdLYKO3i+cGhtcFouvh8cFlCVOu4MruRgmRDHII1U"
    "8gQaQJtmmQ793ybZvHVgOQxHN1/95nEyO7b0eBZ50arIfHlISy1K7AV+cy4thKUAeyBVa6"
    "uCqlS4ORCWB/jsvRX7YFN2CeD6lPSl31+9ZnpRgMMr3AaFJ/Arpg9Ozi45Kk9MPC+w/4ob"
    "NaY5RSfWllYaGXhikj9yzgSFCyvtdV4usaxS+eEq9/vPiFkFE0SewJUUTFPlhq92H5+CWB"
    "LEkuo1T9c0qgCxpEPUukgsCY653eoxtxCq20WoDvjSCtgTwNkBcVRtVewoETIUY/U8tg3J"
    "jXCGY73mnxy0Rnned5QL4njfCbJIxPsO8gzw65aSR8OJqb4N4D6N5WzC3vCqTLRt8J0PyI"
    "sC3/kQtS7iO9cvhSq/niFvaqO8qTCY3HHCnxViYg3IodrBOdq6qch5gQ7LNA7lk44IyqRV"
    "KsrsXiwbRGFnMxdZ62KiDVzs6ru4JW2apAuS47viCld5natOXrYf5c3rx8UEgTwrizwL++"
    "UlJQbVUBWi5FlsGFZpF3FPttKKBK6hgZQZVl6orar4TXeWeRE+VglyLWo5t7SBLzog5gD4"
    "okPUughf5JgvOJd3Ggg0LtPiTIRpOUtnWs4STAu1OxY0PkP0QRfIJM7pVdh4shvVY6tmGI"
    "6H9VYKrwV4zomJY6rFdBGShdp4patIMecLapYXsjxisiWsQvX5YCq+6CRtjdi5rDnSoqKC"
    "kA9VNB+KRkaWC2lhagVoHY4waKKoJsiAtvDUMovQa3FRINhKI9gCaMug2CKd1UwdwiRbfD"
    "CuP2hm9weZV2zGEcU26xxzLrLhGboEdG9Zd7dmLad1UZA5q9p+jy6nHHDDTk7aapJlgFcK"
    "n77+cPIIpy5+NHnOpEqfsPdPfoI0yspYBG2gxQ+IIAVa/BC1LkKLwwHYaAvHClv5XdyQUJ"
    "NA3THHUPQ04RIOET5cBWSwC74FuKFb5ieJ1EwFwl7v6ttf7/Hu4xjVugKbcXzqntOhvuiy"
    "PbuTda4Pt7rZznLiFpY5J69AG0u233pnuVEhbCE1qpbzdht8wAPyBsAHPESti/iA1T8BtM"
    "57dhaWpnDgvcKKNpf1tB0cGtdwU12hY0+4hp9RBr5X/d7gujs8Ovnc7sRO+wxXpklU0rcc"
    "u8CEFRFs4HxV3/kpuSxhQy2i4pAYKLjSCgYWsnwW0jZ1jgeVnmLjNW/MCbClAbnAlhTkJe"
    "jaXONMROkZZFzh3YG85VNeSwNZM+heVdN6lyjRwbdG15d1SPayQxtVxepScSTytIX87m80"
    "zFPtYdy/64+/9aXRjTQaX/XHtJ6Cja1XTPtkNZRphYar+96ENrnt/n7dv5nQSg285+69+s"
    "Le0/0qlp0DAZGDUUBGQATY+3LZe/6MUwK8uVJZKzbVlJzJKpIF6Jb4LyEXkJ2EIJgMWBPY"
    "Y66O6cgbYhTEh/5BO2vQDLDVrMkYallxtwBX8eCb9Ecgsy4E17o3NMdGMvIdAzQjzpeNNA"
    "OZC0z+sNBC1lTEvikbmVPSlD4CHTkzjIhH8TEQVMyl4WDrw3Hc5tvWM7h5ntEQZJDsDume"
    "lbFI2hDqO6CgD4T6DlHrjUr3rAs5uNcNvpX7cPZCcYRssLxKSIiCGsoiOqI24YbOeCQhrm"
    "baEHXGE2OxittK6wqu0L7S/WSC3nqkPccfvV3x+RmOaKjRzpI/ny1zuYDUz9pO3G3wBw/I"
    "MwB/8BC1LuIPwhF5Ozgiz8JTbGGDlwWajnJECEoQxkBOliAMip6zAy9kVj6uaN30ZBeFFF"
    "Cx8FQ81/lcKNf5PCPX+TyuBHlOYwWcBSQr2XklBNnOOD7JxNkmi84JHPoufVSHZRo4XX8S"
    "GMWf0k8y4eST1+xYodYCGyrFKx/crdv+zdXg5usF8uQfjF73dnLPDv9R5IWzZGf/kGE6HN"
    "y4BwIpNLyv0vN+vtzfXLnn/UyX5NUKnfdzciYy/8Rto9D0c5b4Ory3lgpNQxzp/cxH26K+"
    "y56MfOUXg5sjDXBnwb2Q36WlpecyaFYijdurdSp0itVpxilWp8lTrP6waA6tbsq57MaoFC"
    "AtgvRqts3PMkVFoQBydfiFJK2kyLpOeXJbsrCCtVecZ08KXxiC0PEIaMDGJ6DNYs3DUhD3"
    "LCvuyVAtISDH8mC/+p3VTBOiYbnwECyee+yakhvm1I5ZJw3Cequ5tB5anJjlCse1IUvJWr"
    "XdWeTSf/aGsUs6/YZ6ddPfIR5a1wm9DfHQA4qMQTz0ELUuEg+FAMa2OUPZzndI+EqigcGL"
    "MxFm5SydWDnj1cM52PjF3X2v1++zwIS9VBSMVRqt+NIdDOmlqazpVYlUBJFm1wIuGqeOSE"
    "OIWihE/YJzRU+95o1LwNhKqbPAC8rlrYSloNBD0V0QIb82F/pROeABy+IBQ2nZGzKBoSzw"
    "milClAaMjsH1+x7YjFECstfYUmay4Yz8/uo10YjCG55gcx/0tE0W8VIn3dCTZPuGY723OG"
    "xirEU7i1W0NPtFevIFhFjF1sjAyJkRkBHd9h4II2upY5bdYmP7IryL/ujpHZGLFtLUD20k"
    "GwjPiV1J/oYWZIBh8gvnT+5YiuzG39JzHoyj/vHJ2WfaBKn4VVMwEXD38BOgfrDR4+NvH6"
    "/YjY8D9fHxA934T5vq2iu23pF35jI6osUCDNMiXqpmYxURs6f9YDw+kpumTlrax7I61wyN"
    "4kmxO2Zgs2vHXh8SkSEPOEb97wRy/R3R1zSn9AfPkWYjGzvHqEt+CNXkg/GmOTPydvj7Qi"
    "PSkuw8PtLiBKz6gEyQMUykm8YzQcCDh4DwTrs8esELB03J76BtLayQ4Z1amyCLCQ7vCSqR"
    "CvZJv6d34INru7C3gQ8+IGYQ+OBD1LoIH8xW3Tx8QSCwJTpmf4xB51SoRORpRo3I0+SuDW"
    "rM5OK+fIHm4StCyGTwMUk6xjUIc5KLEaHGgbydXS8rAzgP0jGxxmFd/h6vekSPdpSW2xFK"
    "y+1kpOV2kmm5K3csr5UTlYSk3OoYNZyk3IiLmlB0ZtmiuCgw9kUZ+72WjjpYDWRQ9rsvp1"
    "MxLZRaTYc/4QC267CNT7CVYuzHmv1Cs5ls99cns3/D99tr2Xo13HRnKcBlEb/AzwI/C0wd"
    "8LOg9b3xs3s/ZKZyut6LK2MuHcXMd4hoSKSBib3lH6fkMlmczN6/341ussgvXjqvqikO+j"
    "/k50lshQX7y3RpsBJK6Gmp6Y5m2Mf0eX/dFjuWATiFKDKh+UAfXXd/i+ugNxxdxmcq2sFl"
    "ldz3yo3+w/Tfq6aGUh34/XiYq3OX7rBDZo1nm6whBhteCW8ztW07y/MMLfy2JyYpK7m1OW"
    "O/zkzktlfpoSlBbz+wHCfWXxu9zbBB87ZUlqXkX0dPeEqas+vy1KF5XuR2K6bb8p/wYJiv"
    "2LI0laZR2W6PKiJT8+PjCsNjv4/Hxws3D8vUNeWdPNQbp0SW9GyYDrLwgnlKhfKuEoZXuf"
    "lXRHcmuPb1neDb4NofkJMHrv0hal3EtXcXsjz+zkqiGu4OfWxj3B1mTOTRRiAAyihfGb6N"
    "k8sWCUtB0Lgo1wWUYxV9//2d/Vs1dYhyAIKH/yamnd2xKxWbbkSBDU+zlQrej5bOk/m9/5"
    "py2lD4djuLQDFZQwm/7vzYocXyidgNs8CiBy+/rlN5G7z8A/L3wMs/RK2LePmOudCUPHHj"
    "QKCBUePyy0HJz0RXzwSPPBBHhBoIc/knPAWI5ffJY5LgERZ2zOdeNY/cOogJAjUCOxrqqo"
    "HU0yvSedr0oyuAqd2cqY17rHns2rgsbKqrjiGb9F9kx8HzhcPJ0Etf/EMicKpFfC7TZduR"
    "sGXxKMcJ/p6CaVSqCUUxsz6S/m+T7Ckr+EaGo5uvfvP4PMZh1vfDUPoF2QbGk/l9QD6OFo"
    "enTDZqZ7GVK+uOtpc0X2BtnlcXLWRNRb48YmXUkKrZC9lRyKyMHBPRsll+gzZaGo6mI9uR"
    "p1NE8CAzhY7VZ0xasTypSI5X6b3npFJjRm+oQyBX628RArl6ODQbkKuHqHURcpVF6HI742"
    "EpoKMKu+IujAy5BPwZ9cMiUg0kX8vnuIHzqBjnwbEl86w4HHFgPqqzynCYj7DCCtQU4ssD"
    "CVzLQEjlVp/9bIjez0kYh+rwZiSG+mM6qYnCxwXU8CsQzV2MzQAiKaGRubsElJueHMpb60"
    "pIE117OsbIwBOT/JFzsIuejVGtqUdUHalHY/B3QW9Ebv+Kn2am+XLlnb3Q4lDb8SbtLGL7"
    "zW0sqeHWpabi/rNlL5+otHekRcAM/Ct7f69/iJyBvzuSF+SilnyJu3yxoS5MbUtbiGOzoC"
    "NbBBOgxOtsIbSBEj8gchQo8UPUulC+cTCXJxnZ9eejrqSrzMy2brvjyU1/fIEWsuUY9Jio"
    "6z5l9W4mFyjsD+3/INSofSFKkkelqqyKymQoQygIQkEVgH/LoaA5scqJ85XzyJOoVOOO+i"
    "1/MnkyVQ7Tk56T57dvxBjeRToenOjunuh+1R8OvvXH9Ph2j+Wo6onukP1bcvavZdKj7QvA"
    "mhQEcBPgYu9z0nAuaGNiAGwc2DjjmcA2m1ngiEPqQ3XYhCSJpGPZxhLLzM6r65go6LnSeq"
    "a7Sop/1xxx0Hfl9e3azkSNKsdvT10keaINymWC7V019ycZgksr16nGYZkmYB71Bk+FTtI8"
    "zThJ8zR5kmbgrxZYLuKysFZUea2IpSLkYNejgg1aJA4p4fVgNZCRdOmP7KQ2cqcDeilR/V"
    "CP9VKIaCpabDZYn3q5n8zWmqIrlNi6n03v8RGenhcY/gjW5wWGP8Idluh0Uw62kpfnBTMg"
    "Ba+W60UbQQre4SRjQQreIWpdJAUvJ/ewCe1QOa3ugndYvVkOlGNiO0wWaO0E644Q1p0MrD"
    "tJrG1MVp+UZNKUzMVAooHj+aRzLpJW0TlPz6ug99Jy53KdfRoTq8Yu/0adfxryqHJpJi4H"
    "qildNTVMGSO+qfaKcyqg1e1NBt/6F8iVfjBuu/d3NDNsIS/tqmSGRR1icQczKgfZ12Vxkx"
    "6uJbBmt6ueaqYIUdYsOgbzkmaJYBg32+zSk/3yyxjrcooBmr4/thl05Z/bJBi/yZZGFlw6"
    "vhXZ5hKM8SbtLIKRrJfa88yRXl0haRqW2hnRGGZ0S+QYg/G06YZlYBqBaazXqlBTzgmYxk"
    "PUugjTGJnLc+o9LttAzddX08kPnNjqliOpMmdfGtVzChsXFspScLOUSxUWc1JnpqX9L48x"
    "TrVKQhJN8k1LS2+dEyPWzLkN1ZdoIjdcOq8y0+gJtu/0882zhykuBoOXM3jJ73JsyTZ1zg"
    "BORTYqBLhycCX9YutV1sl38Yo5UdAvuimneYEJ0RjCUyq7LYx/PP7v0z0sVKP7y2Ef3Y77"
    "vcHdwCPKA7OD3aSXyAXNJaXG/e6wSrmhFR3PO07P9XmivBqIyoECymLAPVxLYMC/rXqqVY"
    "EMUf47OgKrmpJbtUG+o5zcUHiBawLmCSzE+O8rWSS2UBfcdxlcoMitjy94+OYPMfjO+u7C"
    "DMGT3UFKnw9RgVquiG2IChwQPwxRgUPUukhUICdJDPQwtdRkDjecwVb4ArvkKPaEVgkchW"
    "6+cROS0vENJABgEYCXi0VOgAMJAFgE4JiVLG7GxgSB5CmL5AknZZXD8oSTw2qmEVFGIjYa"
    "q7RLuIstTZm1OL61d6ed5U/Lqzbb9JxzebeH4tpuGD1Kd1pfsWXn3OYVEmlgkLlzeiqyye"
    "v0NH2TF70Xq+xKPqocCHvNG4juidAWupOMLXQnyS105IkO5hHm6RuIQiK73zu0HxOttF1C"
    "CYNhl4vZn/8Pp6FeyQ=="
)
