"""Migration 13_20261203070420_insight, written by `python -m plaza.makemigrations`.

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
    "variant_id" BIGINT NOT NULL UNIQUE REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
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
    "variant_id" BIGINT NOT NULL UNIQUE REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
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
DROP TABLE IF EXISTS "insight_variant_forecast";
        DROP TABLE IF EXISTS "insight_variant_forecast_day";
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
    "eJztfWtz4zay9l9B6Us8bymuWDN2fLxbp0qW5VltbMkry5PkrLdomoQsrimSISl7fPbkv7"
    "8AeBEvIAVQlMQLqnYnMyQapJ4Gge6nG43/dJamCnXnuL9yF33XhUvL7VyA/3QMeQnRX2i3"
    "u6AjW9b6Jr7gys86aS8rirkyXElGApIckXh2XFtWcOdzWXcguqRCR7E1y9VMA0tODAhkda"
    "khGRU42ovxo2YA0wY2fNGwLG4H/B67QHaAu4Do/7bpujpErZZw+QxtB2juMX6gaipISjNe"
    "Su770Xg07iEET082dEz9DV0+9n+0cxyIPD0dg1+g5QL0GNyVKiOAZAcCx0T/ll0AkdwH6N"
    "+NgGWbCnQc4PXwaODmDgI/eB3nL8A23x1g6iq0sbDXo24aL9BxwbtmqOY7kG2IeloZUCU/"
    "fmVof6yg5JovEDW2EQT//Be6jNrC79DB//xPZ65BXSV/78ClrOlY7hW1wP9VbCgjqJACO1"
    "gOfrfQj3UQSE7QlT8+jJWuY/V/WET7HdIYAUr+8WcXxB4jqyruZncPKKlX3NB6lUjHsY9B"
    "I+CQ61Ige6m9jAz3mrTFw+5ZUkx9tTTW7a0Pd2EaoYBmkA/iBRrQxm+Lrrn2Cn8Q+K387y"
    "j4RjxFrpt4GozIqHAur3R3/ZvQC6yvdSRpPJlJ98OZJHVSn1wgEflS/EsKggzBgV7VIQC8"
    "4Ff48b96vc+ff+799Pns/PTLzz+fnv90jtqS903f+vlP72XWaHldEcxGX0fjGX4hE80J3s"
    "SBL/xJZNC3Iq2VukY/ot2UFq7QHVdbQroe4pIJfai+6HHwl6R2Al3kqSe4sNbPepbbg4Jy"
    "sJ6Nbof3s/7tHe5+6Th/6ASv/myI7/TI1Y/E1aOzT3HlhJ2AX0ezvwH8T/A/k/GQwGk67o"
    "tNnrhuN/sf/HF20CpgSob5LqFPP4JJcDm4RL7jQM3BHBRX8GAh20NjtSQKHqEfLxsKTCk6"
    "kE2oGEFVHaV27kdfx9JofEEWIklD68l0+HV0PxtOL/wFCdrJFSzju1zK3yUdGi/uAv3z5C"
    "xnGHzrTwd/60+PTpKqHft3euTWnzFVIJRdWFQXofD+lNGxoKFiwDg1cjccX43GXy+AL/9o"
    "XPdHN8Mr/AxNhypa8R8Gg+HwCl9yVooCoQrVaugoXLvTOqJPhqFAlT8S9qUpBm/v9AsDvq"
    "hVJsDkXhzhiNnCinFEpIEon7GAfJaN8RmBGFtZ89fISo8vPMvK67tsq1Lqjtkzs9qmby17"
    "y+QV2ZBfCHD4F+L39z2bgbmyNWIip5ye4BaTw6NEGm/0dfrI+3g3fpzrELrAl+wCk9yXdf"
    "0DvJs2WstewBw5KSZyXpbQVpDpT3FttuuK01EIZCVk2QoLW1jY7bGwO+gHqhND//AHRk0s"
    "bn8M5xrcK0stqPW4pNB6VbRO8bP8t4+scZGpnGvKTQhunnspevaHZWXUvMfZN/LdOdDmRj"
    "8iVAj5ti57KWsz/SWkFXFt2hD56L/Aj5SrmwDftxhvI13V6xP4MxhowdX1K9rye2ipJb9+"
    "BAH64dAlIKB3AOOHmxvPvmM15eMfRFoJEwPOTPQHowoe/E5q9R2woh/5+mPID/r3g/7VMA"
    "H8Vn5RMJTvXXk+71C8o3iDLouPFA4eJ5TZ7CoB/KN/cIAfg1loFjDnAH5HUsi7iXo0XfCu"
    "uQsSHrFNHZIozgdYmLqK/2ZDivNUcufCnarG9yTcKWFY78KwFu5UG7XO4k6RNSGt8L/fT8"
    "Z0ZYcCST1rigv+D+iaU8icZwqT/HW+MhSS8/C80nRXM5xj/Lz/5oyblBGexADFVBzQxEe3"
    "/d+SDPLgZnKZ1B3u4DLhWR3Ut63cRyec26YbIZVzbqv2DZTh3dJ9LOHc1tG5vZNt16AH/Y"
    "JbXRaH1oo03uTJZuO12WsUDp5w8Oo149bU1BcOXhu1zuLgkf+m9J2dAhS0b2D+z0nvJ5Ys"
    "tt5P2Wls+B5XClAkPxR+UBztS1/q+pcp1Ek+f7YV5S/xyPKtoSqyrKnYYH2HzwvTfJWgoV"
    "omkdwKsF+97oZ+b01CbZepZZFxlm1o+qOQ2daUXn0BliQzvMEEtT8GeE4GmuuA+7/1f+yd"
    "ngFVI9tHNAc4LnIE1b+QyIYDkWHiXV2Y7wYwkTcCZBcQcwV1S00/K/0hZIuN38WRYbpAtl"
    "9Mo/cJPENFRl4CfppDtrygFj8+ay6wZUM1l37PDlAWUHmFKurZ32hjQzQKHffi0ZCBo5vv"
    "YCE7C7z1xoUKao+u/AgN1zatD2DJjvNu2qrTBfjRfs/4iUUiPIHSRIBH2P/C/q++JSjs/z"
    "ZqncX+RxP3XPvO4wGsJcrxAQ474e54GwtaYCW8KPMAHJVpoJtVzjaLjLgYV6wyKSdClqWH"
    "LJGdivD1HsShmYSYUEzpirHhm/laaLWPS5aw2lczZbSGi3vapov4aSkt5/lTcTmRL1BW2D"
    "oSWNsyah2J59VMEaxx0/gY3D5mXR4BNoVz9I0uZmgaNDoUCix2v8tCgtmehOSGIkx1ZTTH"
    "WUEV+NKASIMjTFU9Pf3b1Z6ePnWDUi1zeanh1N+5x1X5tWI0F+BuoaE6YG6bS3qJmfIfg6"
    "mwfqJDzcFZyyrhzS6Ce3iH51K2X3GNGvQ03AAtPE9PQDZU7728ojYG/O6SvGbvyY+G9yLH"
    "4A71gmwJ3I/s9e89TX5BQw8soWyQrnUoozXtgvT1vjD18Jegt/IXvCI8mddJmbVggmwCQb"
    "vVcm3oCtqtRQSMoN3aqHUW2g0tmzyUkN+8cYTb5x4DF/S5l8kF4Vtxv9ZfcTmwXUs0kGwr"
    "H2BkdGjoOygwX8UlGzhf1Xd+oixLTrE1yRHMUC30K/i/Nmi5GttVDr0iVoH5o++T4Kb9iu"
    "6UqMY3VfJeib0RfqQWwMh401zZ/+Upzi/ZpMtC+5F6AZIWl2JJgFuLANcE/zY1A8jhlv4f"
    "cF4a6rgL0HOghWtDP38QZouIQeht+cf8HeHCqNlv5T4B830kjQ63SaTR+VxhSAJ6OXWYX8"
    "T/kunJcF2ga68QyCRN79F4hR+fcKIeDEpdRt/fgnb45oQ3JKUiL7wmhBgkXKANLV1WYFhp"
    "e4uiB92gHGWJxJ+HrCo9f2xL/yXLV/sqLKFnQSwKYrFeC1NNKSZBLLZR6yzEoqibvOu6ya"
    "IkRoXSmIjVyJ1hGZdqHKtefoalIH2LjPiKrx1pkyF0Bfj1nBAVtGAt9Oy5fClV57lmaVlR"
    "KpfPUYu4xTGfnksNKVGhhaJaEGW1qkaWi+pOHQ7SnKm6E33a2V9EomIzDSu2qWk2ozJ0xu"
    "oq8N2Ab9qaKKH0dnmBHwI+JdoTKGVziCeI+4k6WoJ3F7x73RlYwbu3Uet14N0rRD/uhHUP"
    "6tdwc70pwUbGOU6ZED/NQfw0lUmNHizxloeLCe3xhNRdxTN2VCEu5o05ErILtTcKzpemqU"
    "PZyLDVonIJqJ+R4K6wDiaW/XKsl5PJTWwpuBwl7LHxw+3lEKFPsEeNNDeD77F02Z2b9lLC"
    "gTn64N58DHCqkz0OdsM0IOeA74zRsodgR5KPRv/qFp/TLKtLfErz4OF+NrkdTpHo9NtogF"
    "opK8c1l9CWkO/ypvk//uAbD7yg3Ru0HT9TLq62TJ8mJbc/nu6n3bo3vZMvP385/3z2JfRq"
    "wit5zkwG/ZbtYUezxiP7lLesvpjcJV2zFTiL4aBTQet0xC1Ro+SZNoMZiuGGt2wLzPgwsz"
    "TldWVJZRRGvSNd3TWtKGoULeQRoBVhO5iC2MIE99VooKQX21xZW8JFYPqKO2oqVvLcRYNK"
    "1qEjKbJDyxLjwasf9jZAnTUVM0W2t52uBqiLhk7qc11G5tYfK9OVtwTpGvd0j0bTP3BnTR"
    "1NzzqCBGc4SrjwsYY+xKWs0jxrDuQugz6HqEuW2up1HGgp4ARmGzGzNecVPVrRnO1t1Cnq"
    "68rvqqkfJ9nZNbdNvPMNunjrFVonkQH1su1ouw87vvf7HZBuGzruNOPZ/C4hfAzzXYfqC1"
    "zCrU3+wJYd4b5HLlw2FDtZVfHWtm1H3MCnyPped036YrnyKSJ2nLlCywZlj3MAa3AmHAO4"
    "664aOALDQ8K3hSl1UnlDwOLM0Qkz/Ch5OtHsv+xcnWi6ocjTEXk6Ik+n7hkbIk+njVpnyd"
    "MR593tNpvB0VcvPPgG7RuXBXXOAu55NrbnaWhd2V1R/Ba2hIW19B4zFdYJKjy5Cv3BbPRt"
    "eAE86Ufj/uH+bji+Gl5dAGfl4AovUC2Sk1D+8S7BgYQrmyv3LyFWSCEVs+bjSJ/+xDL6Ua"
    "tMrMk9OtheBaAieK8lmwf5Se+caTY/z5nNzwufXup7/9uyKm12/HlYOlaXv2oGCDtOh8z+"
    "qCVqCA64MFdbM5u/Bv00FSjLNtWVsnWKjNdLU0ES6TEi5WOXKR94mZf8PZLbZ3/g3vpeZ0"
    "3FzFloVglhvnu/m6bDJD3LrrLYOq7s93aJO2sqZF40WXPh8gAh5FoiFriT6Fdrb3D7ZJlf"
    "vf6uvO6ami3zJtsarlIxN22IlsptZ7JvXnfXfm9NGmu7rGgQTe2mBEwTmd/ZMdNotjlT3L"
    "TTB4q5XCLw3Q9A0ol/fF59AK8fQPrpAvPd8GpJ49LRpBE+mQ2Zj5Qa1Vt3x1ng2ZMsufhy"
    "JCVK1F4WsWURW65+lFHEltuodRFbPnxsWV4nW8Yhzq69HBGpRvVl/NjGVF9em0RcFkZMTF"
    "RN5LQ1qPn0vCpIiQo1cKkhFSSlaSWtEu7qf/exzmqmjiwHt5soApgajJtLWHpTSAkAN/xA"
    "rdhUG4N1iqyd6WgwyyuteNh4UB1JLrGbdZ9kVmR2pB7JFp07s6ms+IQtNgAIkkaQNHV31w"
    "VJ00ats5A0ikmrB5BN0gTtG5eg/oWFofmSTdB8SfEzgv/aLf9lmbqmUGrKM1YsDKWrjHfn"
    "tn9zcwGWsq4/Gl+nk8Fw+vsFjt0p0P4gVx7uLh+8SyvreYWu3fanvwxndzd9XLtwKduv0C"
    "UnuSZDhix66zGVrs2pXJsqXKusbBsaWWrLmHMiMnvcrTEY/74rZjJRHJIB5M/ZpSFTG2P8"
    "og88xHBURjDDpTDDhTYOiKp1PPQCHpP0kc4D1I3XS1NBErnLorRf6Vjtj9irJTxenTqSub"
    "4dSGGZugZRoDRb5eCFr2ozzHZJIK83O1H449hOqGz6+D3WrFT2+J+x0jSEifiXYJQFoyy4"
    "RcEoC63vQ+vVZ5QPrVfBKdeaUxY5lRVgzsRp1Ac35nIS+sRp1J0c/6xb5DRqFmbYcU3ldX"
    "v/WHltENg7dYYHCJ8X0/7oUHzh8F43zxVWkDukmy+SEm29y3yq2F46CzniYh9djefgrnCo"
    "W+RaCYe6jVpncaiFzydqtNYX3bUZwmUuxMQKOW8VC4dVwnfzUC3Bc4sawPXSA6vjFhuAMb"
    "cNvQEYP9zcsPltykLTVRtSjujlC5Y3De/4JLHnIoR1wWiX/m2Q9kRxbyMZUZu9Wz3SmKHq"
    "ja9qYM7n0IYq0Awgg/WeI1plGxYRarjYWg+IyK6mZMxYVKBp2grYFZ5zi3wo4Tm3Uessnr"
    "M///M7HzE5ETrinHxFSY4KqCHPC1ybRVu6gc0r+91NuoGxqWBzJQ5R7mRH5U6yfe1dOknB"
    "AKfVBl2P/c1OUuST218EMHLGka0pUFpqRpnFOhOhbf9pJT4giJsKT6y2q1BXeGItssmFJ9"
    "ZGrYsYJt+eeqbD4Ho5h8H10ofBRd8sBfMMrYV0mBNie9xc39mt1Un9Zoa/zWKfSyo/Nfxk"
    "bibjr0HzZNKqOIWSnEKJoUMXrtAVZAaiSxU5g9KB+H0kF415ni8hISa+BO4vYe1jpNd1qG"
    "hLWc8i2yJyyVXdEzz2O6htZI+mhKvhYHTbvzk6+dLtEcwR4prn9Ea3hojyKZvmkJLLp0S9"
    "zhTKed5hQlAkrRRljcWej6oxxmLPR4eD0WTa80GbckqAt3mJQkl0E9PsFqlZonwQHfHY2P"
    "TPKSvneLImgbTLsEMAFyXsEEFyc9jhLdJ4fxuP1iEzwdrX0hLoCta+RfytYO3bqHUW1t55"
    "XfEQDX7zxu2LOWOpgnuWXQX3LFUFt/rhkJ3RknsIhniMorwMDkDnJiPXolvzkVWbrQQhWT"
    "tCUnbRw59XLq06Yk5ZmpiUqEyTH+8oUJlGRP4qFvkT2d7VIo1FmnG5acYslKaoEsRU5FvX"
    "jG1rDZMa3zeon6YiBb97NZnLAKs/d6FNymEPZAcyolaT+EQikmO7ZQCGi6M3eXAdpEB6bZ"
    "DiCi1EQEXrqiI7lBU3QHRiwJmJ/mAO2FxHumzI58oZivFWQ0ogJlwms8MwmvEGDRfHKp2w"
    "cckV0SMRnnXl9dwd7mEzEaCprdXdFQGaFlH1IkDTRq2zBGiQppCNTpluM+faiMT+mI6fdj"
    "vh9k6+/Pzl/PPZl3CeDa/kTa/pxEOkGGj7fBYjnlERAWgSUN864abk4nKCkiucShsz9rhU"
    "kJQUSiiLF42Y7Fvyos3LqusmeNH4RLA5kzZ2+tSW6MYOvGoovsmvvDjzvDTf4BJunShKvO"
    "pbv68GAR+P6Oq6qRAgtuVVw46aBNUuM2vj4yuL1okOQGZ6R1pGpfZY5QM/W3A5dbUUuoLL"
    "aZFXL7icNmqdhct51WhEDls2USBb5XIZnf7V3x/uZxdAVv+9ctxHYzq8H05xYpHPoeArN8"
    "P+PbmiQ9lBV66GVw8DJKNCnB5BZGaTwS9EBq97qEX/tv8ViajyEq34j8av09FsKE2ury/A"
    "u625UDLn8w7b2NpxfpJPvWED25X5Kbu1nOCZsog7bmzTggLcNLiyQysrk53gu5YQCessCe"
    "vITzBtCXnhNjdNlxIVZQeKcqU2xOXl/eWVfahHhHY12lOOz54G+znLWD/PHurn6bN2AmeV"
    "a5BHpQQPXRYPHeakbMmTNi1ftJsuUBuOvirVpo2QfxQeK04NZpNYXkKsHG+98RyPB0NzHW"
    "DOgWwA0gPASY9ggV4cH89xZNrAlV+hAea2ufwETHSPwAhs8z19xMfWvXFSZrj3bRmzRK1a"
    "wcLVe57sChauRXyMYOHaqHUWFu6PlWy4mkvZz5o52UZFmmSdlkYg4L2OXE5VKLBH+iCayL"
    "V7z6p8djGwabjshIhQk0bu/k+5EU5tRZxa3d80taVP28Tdfd2EXxv5+JnOtRFkwTZkAY5c"
    "TUeD2aHYgqDuJhnZHQphEG/QzeMMwgKXZth2b+kuieKacQ+rXJ+efsDNjh+qrNAQWoZ0fu"
    "RRpbIVwU9Jnb7kLDTL2ucD0ejS3vC5riU/8sU2V1bJLI+lKa+oU8vUxPmwNbYfuoLsaZHb"
    "L8ieNmqdhewxVstnz35hZSbWEo2rctg7Z0lsOM/OazhPB3trVyHLgoaKIJMs+SPI5OZJcb"
    "sbjq9G46/SXf/32+F4dgES/T0ad/3RFbosa+qjMZiMr0fTW1xJC2lmrtlLiK7ejQa/oD5Q"
    "I2RsIFksM/hlSKSUV9zi/m+juzt8wbfVcJrczejbcIqvheZUePV36bo/uonc+5DmsqZD8g"
    "a3dzfDmfcGSwv7KvhqfzwY3hAJBatG14uV+Oqx1M3sZdfN7KXqZqKXd6hHXGXvJFxLiMyu"
    "JHFVn+KNe5sFS67d6KyeXdP1KoUmrIq8MqRRMVGCFEbBT5cgJbMgmWRx8VZepFPCAu8NeB"
    "cZ0GI0c4/mJURIZewI2DCW16KNy789Y0lJPMtOSTzbBLjEW5s7S75x0J/0WLBHrbKjlr1s"
    "9JHXhmm0NPLZJY5psqLQccz3LqPQsQ2Xsk2J/eQlRQcSjfsITpny/09z8v9P0/n/643EON"
    "hS1GFO91Jl+7zjb/+SJmNpMr0aTsN9YBJ6ZRJYCrZ/4SahR+3tBMNtoj76wT1Tz1GW+PfK"
    "pAQLKa1qGzhiaH9h+WS+ZH8xaSPJhmjOVTHrWuSQB4r0YczSXfEEZdukimzbGh9RGhFp3o"
    "Auf18MDp5jsk/ip6QpogLxzYhjCrZAuCciVkKsp2KY1ze0k47ohYx6kUhuQlZousqajmSs"
    "cOo5Lim0XGUtx9KEOPWclBWarrKmw0hkoZk7Lis0XWlNB9HlIppOyApNV1rT8axW9uTGhK"
    "DYKFF4l0qYD8uFf1RKgF8Y/EQqOTv+CUGhgsIqSOZuc6mBIiwK7RTVhA0tXVZIqVTJnHPr"
    "gioutLHF7sX4hgyuLYxxUTE9lbWPkay7aW0U28j4NeisZppg3XQXNVI2b2UMltQS0L2NdN"
    "VQbBMGSMaeRpqtXwK+Dw6sUMi6dGwTzg0DtusZtwR072OdNRTj1BrFgHLU2isB5zvS3Z1Z"
    "S6OEFWeKhRxDGr0HGD/c3HRyTMESZ+RwF3Mz0abawBl4Z+83p+phyyMpGqqA2KiFb9vjRP"
    "AZvjX4lBNxyPZmjOTwYGxJkZ1yj9luKmbeXIUzXg4BWR3nKy/hbUukpqSTBiHEVW0lnm4Q"
    "5J3S0WQ/Zfs+0ldDUI3nNT+b3yXNhcsywAosixHudeR32hDUOIv5RIwHSiWfuGmxqfQvfG"
    "M9sqozIYV3oRUt1fuDAxYadrI+LsD7wgRHskGK9r4vNGUBbFOHn4CqqejfsttFf0ID4Bbv"
    "i490HeAd9M9ZXciDRFR2qSuj2gWiskt7anyIyi5t1Dol4YTjMC26rutwgFbB1Pnyd9/gKv"
    "xSXnEXOsYJseZtUih/Vxka4Pw4x4QEyptRJmco0RHevOsyFK7y1NEZPNzPJrd4k2UQc3o0"
    "+le3ozE+jm+pGY8GuonwwTssg4jfo/F1Onm4k26GfbI904uy6mjNwNKDycN0RDo0V3inFy"
    "4bNPWveHu/Ho373+9nw9sL4Hw4vrt2+DrZ4qytKiSdiDPlojWHmPaUf87ZU/45vaccu0Fp"
    "fLOLKQTtRQGFmIlbRgGFkFTgmm2iUiKvqqy8qrBi9Z7jzFVTBmugOToKq3T4WSSvLYsBDb"
    "PeNjGgYa4dGwOqLKDyaq7cC8I5AncBQ6MKWPKHA0w0cujkJpvoIzLHRq4DPCsezE1dN98d"
    "gM9IC2wzjxt1CNWJr/u1MBxw9PSEbmhv0PtVvifw9PTpAvf6/0CqQqVhuqQcJfiALunOQW"
    "/jn8LmuJquA/ldxo/AL+s/5i+4p7BKZBcY8I38AE29APivH778u+ysK0iCZzhHX1nQBziK"
    "/fqwWffRANFnARUZnOQ4OEt2HKh+OgZ9oKMPLWxgzoGzUhZA9ixUoDkgqPAAEMgYUvzDcL"
    "/IeH2DGEkQqXGJH7Y0DfgR+R3kIumO/NZ11c4uwcgw/V+4/nVHWKNEHot66vkBWLaJVwYn"
    "rNXZXRfa/OR3PZ2N+jc3v0uRV/KetNZEFEZCgAc/8JPfCu9vTGqFxJYDlOKKWaONllyXjA"
    "EZaXqNhCJb7spGT0Ng4g8Wg4cHyJHsPxrfQBPZCjUxbaRaNMjRHTTYyTuhS6jPBb7ojQG/"
    "t6NARy4e/oqJjwEHQdMugMcvxwA/IUxG8TCaDq8fxlcYGOqPiP9SoiDv1/ifGHnkD5GPJH"
    "gf/HD8fuFwOfIjpZ4sGlUKhBhl8kk+PSFNmjquKHpMunSOcWYZdBaJbw31h5W8cr2hhn40"
    "mmZVDc8hsg48WrGLYxjo5R4NNOMYjuzZPx4s6AN/wb8qOAwRoRnA/skLbuCDzfHHD56eIl"
    "PY8V+9N/jvp6dHA80yz+Z3QKI7XlhEC7p2jpGcX8gAva2LQHRwExwgWQNGkMGt/oJaR3fb"
    "4d7xWwRX/do1qCcZfd4OXD/uGeOAXjQclOQox0Cbn7ICNP+MpZBqKlxapotrjkqv8KPzr7"
    "z4TYT48JQtBdOHiOjU05briohOi7h9EdFpo9ZZIjqiVv9OOXBRqz+/Vn+GmW67GjI1P6TQ"
    "PqJXz3801iZsYGwWocN3ULdQlIAXJeCrVNpiu6LZhZBOCQu8N+AtSsDvEl1RDrj25YBT7A"
    "Onp0KTb6C/Ul//JO2WioKizdavKFbWLk2LWu77ySYVJ4BUPoElGYLh+CQoolU2Qwt+FSdM"
    "GVwnORlcJ+kMLhuiX+q40kJ2FjyQJ+UaiPcZi8F+lm2wn6UMdltzXv2Jm2sGSspVY/bBz2"
    "vM7CNqhx48XVfUiKtiLqMotCUKbVUHY9ZCWyzliLykN8pEs8NCRHXBncYzbgnV3Zo6bQpI"
    "O889JlWJslKPg5JFmzKPA2p3Y+JxNiCHKHCAR2CkzzfZ1vwKkSLJrpZGRheIJLv2pFuJJL"
    "s2ap0lyc6yTRJO5T0DOynXQMqpx0Tx9XIovl6a4gtWTl68k3KN2xK7E7Sd1xUPyH7zBo7l"
    "8unTP1ZoOGouJTSQaaVFRZrECfVOvvz85fzz2ZfQSguv5BlnadIN/S5XsmxNoWWP5GVaxQ"
    "VFuhWMDmuRzLbns6NFgvGOE4znuuwsJFzDlpucT4mKiiZFQySiyMMBwY8wUFzwx+WEAkSV"
    "japW2aCM9hLw/bbuqaHIxr9whsDfekksAd9r3Nm931e9VlFWgFMmxBankMi6biokVrVtVf"
    "+wowYN7XgZu/XBESWcsxE/BaFpB27sMhaYOD+CEhBMnzCRHRVMHAfCFBrs9AFuC0wD/Q8m"
    "KgR1wdy0vRIxmBVwSLEcUlZmTuoGkbGTrlVUTpcVCE0mTq9b71OOxKZKfFwiz2Q3D4md/S"
    "Tq1dfahu6KwGuLQnAi8NpGrbMEXkV1kyg/2mMhSHvZDGkvRfFjbKjgbt5HHchWmYhGvuzs"
    "YTqW+uMryas0grdPuyvbkGRDlbySI0EREmkyvvk9qEMimeh7ejSGv+Hi31+HFwB+94rE4d"
    "b3fxvdkX3YC81K2ohMUVxRpibcjgODT5hDp/94QPOKVzPG7+PR6N/dTSff8EXkRtjmG7n2"
    "a380w7VsvGFw4ZXsxPvivEGAdTkYjr55XSlQI1Kj8f3dcED61wzHgorrFar5u3/Rhv8Or9"
    "1PbnxpUgERl7m5mdyTGje66VSlmA15u1Xg6hYZIfEeKrx9s5MuKIT1dHfTH3jXiI+QoU+8"
    "nF1N+7+ikfKuuQvVlt+NIhosvzo/Lq5JVV82hb+W2B9//9NuHY/SUgjqUWZ/b4bFKVNW0W"
    "lOVtFpOqvItBAkqvScEeHePOfEOqgy6tRTRGjnhqBZaHY9md5eADQLuXPTrsjZHyHSxc7/"
    "oIqLiHnRoK23HqFXLVBpgSbbuCTInZwLEpqSkrw0V7QoYm7iE038MDlQu1qDy06ACsyzon"
    "inpAXcIt/skPlmPrHgn/LFN2snJSvsYRUE+5xlzj7PnrLPKRMIQQ1HAV+xT8/PFWb3IPDf"
    "jH/AsxSg5BOiouxXdSj4dOQlYMYK6DkhKvRcZT2HZGcBRSdlhaarrOmArS70RcdEhZ6rrG"
    "cvBlEkUSIqKHRcaR2LKmCHJuwSyXTsKkgIChWIXUZ1BJ+aeMmliKweRBBBbDyq1sYj+uaY"
    "YCIvEeEGg5tY9hjwFRUdWbHlr+iYmnsPME1UbMpmBTtr2dpiq5fYtFSZTUtZlQzp+DJvXm"
    "Ivbth5CPYR4d1G3pnH5MRvzQAy2Yn0F7LnyAtjQBW8mKbqdL0z1H1GDpe/Xsoq2YXkLuAy"
    "vadpVw/h3OVEoCl3k9O6lmTJHQe5wJKo8Fh3m7kLxEaj9mw5ERuN2qh1lo1GolDbLrKskS"
    "+ivELKIpbDBEVkROJ6EtJ3W3NdaEjmfM4BakJKwJqENTA+uYytiFCTPv89k8c0W5pLDRkd"
    "COp4u1hK4DZx6SIlKj6Mshj8oO7JlsxcuupKzZTBTISuZ+fNlcPip05sCXHspIuGopv60B"
    "mI5uREXQLU7HXaKjazs+KcsbhxHyG0S9Z04KWt9xWF7MSgMKaJFt08tlQ3XzTH1RQnSIeX"
    "5IhYqefB/DMWt8MZyRoOV/wrQVMKdk6wc/WaxWvK0wh2ro1aZ2Hnwrk5pfPcs1dCmQZuXi"
    "v/wHHew1YafKjNDjZLKa72RoH30jR1KBsZ26RCoQTGz0hqVyAHlsR+864vJ5Ob2GR0OUpY"
    "BOOH28vh9OgkseOVQuaZxlx7SUOdfVj1WqIax1TjxzbmmOpwd6Vlw7n2nWeGoYg2rpjBOc"
    "tMkz3RpCZx+N3N3Amb55wkBBsTI9gzearLTjH8E4L7w//Hk0YpQGzGqBpzLZKjOxyMX15y"
    "dMhdH4bou19oFjkPm0Lxhfe6bOSeE21fMqsX9fyStR2S5F5eVfTdlCl/ll1lITIGazvTdQ"
    "Un2SJ2SnCSbdS64CQrwkkGMUBebjIp10Cwy+cot6ikVVYJrbZBXsO67Uga6pJvr3ByZJ2b"
    "/uXwRhpMh31SejvW16NxNxr8MrySHu4ugKXhJGBpZeF67NJs2h/fj2a4IDuu1mY4mvtoTB"
    "5m0vVkKl0Nb0bfhtPfL4C5cqW5aWOPSXuD9sej4d/Dz/Iv4udc90c36Dn92WyIVgD8KzWd"
    "rMIuXFourg2Oy8UPw8MCqlLHncCVHiwz5BhkkUq+QANo0zzTYfjbLJ+3Di2Hm8n4a9A8SW"
    "Ynlh7fIi9aFZkuL9JSixJ7od/MpYWolMBekKq1VUFVKty0hOURfPbBin2QKbsEcANK+jLo"
    "r14zPSvA0RVui8IT8A3iB6dnF47KEzPfCxy+wUaNaUrRiY2llSYGnJnoD86ZoHBhpYPOyy"
    "WWVSo/XOV9/zkxq3CC4AlcSeE0VW74av/xKRFLErGkes3TNY0qiFhSG7XOEksSx9zu9Jhb"
    "EarbR6hO8KUVsCcEZyeIo2qrYk+JkJEYq++xbUluRDMc6zX/cNAa5XnfcS6I4n2nyCIW7z"
    "vMM4BvO0oejSamBjaA9zSSsyn2hldlou0K37lFXpTwnduodRbfuX4pVPx6FnlTW+VNRcGk"
    "jhP6rJAQa0AO1R7O0dZNReYFOirTOJRPeiwoo1aZKJN7iWwQhZzNXGStS4g2cLGr7+KWtm"
    "nSLgjHd0UVrvI6V5287CDKy+vHJQQFeVYWeRb1y0tKDKqhKljJs8QwrNIu4oFsZxUJ3EAD"
    "KQuovGJbVQma7i3zInqsksi1qOXc0hV8UYuYA8EXtVHrLHyRa75CLu80FGhcpsUZC9Nyls"
    "20nKWYFmx3WDg+g/SBF8g0ztlV2GiyW9Vjq2YYjob1TgqvhXgukYljqsV0EZEVtfFKV5Fi"
    "Li1slheyPBKyJaxC9flgKr7opG2NxLmsHGlRcUGRD1U0HwpHRlaWZJlaAVqHIiw0UVQTaE"
    "DbcG6bRei1pKgg2Eoj2EJoy6DYYp3VTB3MJFtyMG4+aGb/B5lXbMZhxTbvHHMqstEZugR0"
    "70h3d2Ytp3VWkCmr2mGPLscccMNOTtppkmWIVwafvvlw8hinzn40OWdSZUDYByc/iTTKyl"
    "gEXUGLt4ggFbR4G7XOQouLA7DBDo4Vtvld3IhQk0DdM8dQ9DThEg4Rbq8CctiFwALc0i0L"
    "kkRqpgJmr3f97W/2eA9xjGpdgc05PvXA6VDXuuws7mWd6sOtb3bznDjLNpfoFXBjyQla7y"
    "03KoKtSI2q5bzdFT5gi7wB4QO2UessPmD1TwCt854dy9YUCrxXUNGWsp61g0OjGm6qJ3Ts"
    "C9fwM8rB92o4GN32b45OvnR7idM+o5VpUpX0bdcpMGHFBBs4X9V3fkovS9BQi6g4IiYUXG"
    "kFCxayfBbSMXWKB5WdYuM3b8wJsKUBaUFbCvMSdG2pUSai7AwyqvD+QN7xKa+lgawZeK+q"
    "aX9ImOigW6Obyzqke9mjjapCdaW4EnqaJX8EGw15qj1Mh/fD6behNBlLk+nVcIrrKTjQfo"
    "O4T1JDGVdouHoYzHCTu/7vt8PxDFdqoD334NUXDp7uV7HsHBEQaY0CcgIigr0vl72nzzgl"
    "wMuVylqxqabkTFaWLECvxH8JuYDkJATGZMCawJ5wdUxX3hKjMD70D9xZg2aAnWZNJlDLi7"
    "uFuLIH36Q/QplNIbjOg6G5DpBB4BiABXK+HKAZwLQg+sMGlqypgHxTDjDnqCl+BDhyFxAg"
    "j+LHUFAxV4YL7U/HSZtvV8+g5nnGQ5BhsrtI96yMRdIVob4WBX1EqK+NWm9UumddyMGDbv"
    "Ct3IdzEIojYoPxKiElKtRQFtERtwm3dMZjCXE10warM54ai1XcVlpXcJn2lR4mE/TOJ+0p"
    "/ujdms/PcUQjjfaW/PlimytLpH7WduLuCn+wRZ6B8AfbqHUWf1AckbeHI/JsOIc2NGhZoN"
    "kox4RECcIEyOkShGHRc3LghUzKxxWtm57uopACKhaeSuY6nzPlOp/n5DqfJ5UgL3GsgLKA"
    "5CU7r4VEtjNMTjJJtsnGcwKFvsse1VGZBk7XnxlG8efsk0wo+eQ1O1aoY0FDxXjxwd25G4"
    "6vRuOvF8CXfzQG/bvZAzn8R5Etd0XO/kHD9GY09g4EUnB4X8Xn/Vw/jK+8837mK/Rqhc77"
    "OTljmX+StlFk+jlLfR3+W0uFpiGK9GHmo11R32VPRoHyi8FNkRZw58FtyR/Syta5DJq1SO"
    "P2ap0ynWJ1mnOK1Wn6FKs/bJxDq5syl90YlxJIsyC9nm35Waa4qCiAXB1+IU0rKbKuY57c"
    "kWyoQO0N8uxJoQuLIHQyAhqy8Slo81jzqJSIe5YV9ySolhCQI3mwX4POaqYJ1rBcdAgWzz"
    "32TMktc2qnpJMGYb3TXFofLUrMco3jxpClZK/b7i1yGTx7y9glnn4jvXrp7yIeWtcJvSvi"
    "oS2KjIl4aBu1zhIPFQGMXXOGssN3SPhaooHBizMWZuUsm1g5o9XDaW384v5hMBgOSWDCWS"
    "kKhCqOVlz3Rzf40lzW9KpEKsJIs2cBF41Tx6RFiJopRP0KuaKnfvPGJWDspNRZ6AVxeStR"
    "KVHooeguiIhfy4V+XE7wgGXxgJG07C2ZwEgWeM0UwUoDxsfg5n0PZMYoAdlbaCsL2XAnQX"
    "/1mmhY4Y1OsNwHPe2SRbzUUTf4JNmh4dofHQqbmGjRzWMVbc15lZ4DASZWsTMxIHAXCGSA"
    "t72HwsBe6ZBktzjQuYjuoj96/gDoog009VMXyAaAS2RXor8BCw0wiH7h8tkbS7Hd+Dt6zq"
    "NxNDw+OfuCmwAVvmkKRALeHn4E1A8OeHr67ccrcuPHkfr09Alv/MdNde0N2h/AP3MZHOFi"
    "AYZpIy9Vc6AKkNnTfTSentBNU0ctnWNZXWqGhvHE2B0TsMm1Y78PCcmgBxyD4XcEuf4B8G"
    "uac/yDl0BzgAPdY9BHPwRr8tF419wFejv43dKQtCS7T0+4OAGpPiAjZAwT6KbxghDw4UEg"
    "fOAuj16h5YI5+h24rQ0VNLwzaxPkMcHRPUElUsEB6ff8Ifjg2i7sXcEHt4gZFHxwG7XOwg"
    "eTVZeHLwgFdkTHHI4x6J0ylYg8zakReZretYGNGS7uKxBoHr4shEwOH5OmYzyDkJNcjAk1"
    "DuTd7HpZG8A8SCfEGod1+Xu86hE92lNabo8pLbeXk5bbS6flrt0xXisnLimScqtj1FCScm"
    "MuakrRuWWLkqKCsS/K2B+0dFRrNZBD2e+/nE7FtFBqNR36hCOw3YRtcoKtFGM/1ZxXnM3k"
    "eL8+nf0bvd/dyNar0aZ7SwEui/gV/KzgZwVTJ/hZofWD8bMHP2Smcro+iCtjrlzF5DtENC"
    "LSwMTe8o9T8pgsSmbv3+8n4zzyi5bOq2qKC/4PBHkSO2HB/jpfGaSEEnheabqrGc4xft5/"
    "74odywEcQxSb0AKgj277vyV1MLiZXCZnKtzBZZXc98qN/nb671VTQ6kO/GE8zPW5S/fQRb"
    "PGi4PWEIMMr5S3mdm2m+d5RhZ+xxeTlLXcxpyxXxcm8Nqr+NCUsLcfSI4T6a8L3hfQwHlb"
    "KslSCq6DZzhHzcl1ee7iPC90u5PQbflPeDTMN2jbmorTqByvRxWgqfnpaY3hcdDH09OFl4"
    "dl6prygR7qj1Mki3o2TBfY0CKeUqG8q5ThVW7+FdKdKVz7+k7wXeHat8jJE659G7XO4tp7"
    "CxmPv7OWqIa7gx/bGHeHGBM82ggFhDLKV0Zg43DZIlEpETQuynUJyrGKvv/hzv6tmjpYOQ"
    "DGw39T087+2JWKTTeswEan2UoF7ycr99n8PnzLOG0oerubR6CYpKEE3/Z+7JC1ekZ2wyK0"
    "6IWXX9epvCu8/Bb5e8LLb6PWWbx817Q0hSduHAo0MGpcfjko+QXp6gXhwQNxTKiBMJd/wl"
    "OIGL9PnpAUHmFhx3zpV/Pg1kFCUFAjYkdDXTWQeXpFNk+bfXSFYGq3Z2qTHiuPXZuUFZvq"
    "qmPIpv0X2XXh0nIpGXrZi39ERJxqkZzLdNlxJWjbNMpxBr9nYBqXakJRzLyPZPjbLH/KCr"
    "+Rm8n4a9A8OY/FccdcHpQs2aaWr8vxzBJyTcB+FzvaU1GMw7DBQfG7kfFsfh+hiahD4YTT"
    "jbp5zPDaksbtJS0Q2JhT1weWrKkgkAekZB1QNceSXQWtgMA1AS5RFjTogpXhajpwXHk+Bw"
    "gPNCvrUH2BqBXJSYvl05XeOydtnXAwIh0KIrv+1rcgsttDaQoiu41aZyGySTSUm/iISgnq"
    "rzDt4cFIkOMwWONSDSS6y48nCH6pYvwSxZbkWXEo4oJlqs4qQ2GZogorUL+JLi8I91oGnS"
    "q3+hxm8/lhTh1pq8Obk4QbjOm0JgofzVDDr4A1TzQxA7Ck38bm7hJQbnoiLm2tKyEld+NJ"
    "JBMDzkz0B+dgZz2HpFpTD6s6Mo8hoe8434rc/hU+L0zz9co/56JDobaTTbp5xPa711hSo6"
    "1LTXv+Z8dZPWNp//iQkBn4V/5e6uDAPgN+dyU/oIgt+RJ3VENDtUxtR9u1E7OgK9sIE0GJ"
    "19lC6ApKvEXkqKDE26h1ptzucC5PM7Kbz6JdS1eZme3c9aez8XB6ASzZdg18JNftELN649"
    "kFiPpDhz90Nm5fsJLkcakqq6Iy2eAiFCRCQRWAf8ehoCWyypHzxXm8TFyqcccqlz+ZPJsq"
    "henJzn8M2jdiDO879XHtThexWNbSezxsxkLeOYaQ12wZjq9G46/IbPHkH42r4c3o23A6vL"
    "oIjgeF6qNx3R/d4EtzWdOhWg1DRmRal5xpbZsrQ5UKwJoWFOCmwIX+56RBLmgTYgLYJLBJ"
    "xjOFbT6zQBEXqQ/VYRPSJJIOZQdKJDObV9cJUaHnSusZ7+Ap/l1TxIW+K69vz3ZGalQpfn"
    "vmIkkTbVAuk9hKV3N/kiC4srlOkI7KNAHzuDd4ynRq6WnOqaWn6VNLQ3+1wHKRlBVrRZXX"
    "ikQqAge7Hhds0CLRpoTX1mogJ+kyGNlpbXCnA/opUcNIj/VSCGsqWmI22Jx6eZjM1pqiy5"
    "TYephN78kRnp0XGP0INucFRj/CPZZD9VIOdpKX5wczRApeLdeLLhApeO1JxhIpeG3UOksK"
    "Hif3sA3tUDmt7oN3WL8ZB8oJsT0mC3T2gnWPCeteDta9NNYORKsPVz2qtUQDx/NJ75wlra"
    "J3np1Xge9l5c5xnTObEKvGLv9GnTUb8ai4NJOUE6opXTU1TBlDvqn2BjkV0OkPZqNvwwvg"
    "ST8ad/2He5wZZskrpyqZYXGHmN3BjMuJ7OuyuEkf1xJYs7t1TzVTBCtrFh+DvKRZKhhGzT"
    "a79GWvf5lCXc4wQLP3xzaDrvxzlwTjwK9k3ldVzJl1KARjskk3j2AMK6PLkdZ7IxijddkF"
    "E1jL2bkrmMAWcUKCCWyj1lmYQAQ55MxD8gUax0+Vv0nLhopmaZz10mNCTaSomGjAkxwa8C"
    "RNA1oIJa6dnaFAAxHusfGsOTRrEl7FXBmuTdlwmA1wRGSPM8VgvCcumwXhbIBTw9c23zTk"
    "6GYkOucM46RgA4czCx2UzQalySAfsiIwNxXh0neBK5r7wT2YY0KNMy9KHsYYLF5wm4lr6Y"
    "NX1fALKC73AE4JNg/scgdxAFgRkJuJb+mDGT0LcgbIQ4kGLnU7SULAPrms8xtvcbHGDeYT"
    "Fiv5JNtMPknZyZoTvnMK50vT1KFsZBDEMcEE0s9IcldQh1f2G9O+nExuYgzU5Si5L+3h9n"
    "KI4Cfoo0aaG2OHK3J6a+UmkyqETwNg0+rYVaXnqqmBNXiaGIJV2nLwTbY1GX06SGOK7FC3"
    "HCSbdPMigprhaC8LV3rzhKR5VGpvkcHoHo8Sdx2Ew3PbEsYi4igijvWa6moaexIRxzZqnS"
    "XiGJvLOfWelG2g5uur6fQHjqxP25VUmUJUYj1n0Q8RoTwFN0u5WGEJz2th2tr/0vaQZFol"
    "EYkmuVulFbxZIiPW5CxMG0g0kAwrP9N6oSGHy/7Any9PVcOkmBi8lMGLfpfrSI6pUwZwJr"
    "JxIYErBVfUL7TfZB19F2+0XKhr3ZSzvMCUaALhOZbdFcY/Hf/X6QEWqsnD5c0Q3E2Hg9H9"
    "yN86E5od5GacUpwO+zdVqhZT0fG854I9AU/Eq4G4nDgisRxKVxyR2OGgdbesJBOJP1PNFJ"
    "7tMAmO9kpm2RFTF9wpW2JSE0gaPs5TDr+t+6nVvME6WOMT5q5POKSMx82RBX/U8gcXAjd9"
    "fwGG8MkenPj5Ih5Qy9WwK+IBLWKGRTygjVpniQdw0sOCGMb2r0xhhXN4ikBgn+zEgdAqgZ"
    "3QzXdqck02vqGEAJgF4JVlcQIcSgiAWQBOWMnsZmxCUPBrZRE80XSsLQkeSlpYzTTC6jon"
    "RmOV0vf60NaURYfiW/t3unn+tLxus0vPmcu7bYtru2XcKNtpfYO2w1nyMSLSwPBy7/SUZa"
    "/F6Wn2Xgt8L3HKI/qoOBD2mzcQ3Z3so0dPdKn1CrKLCUZE9l9H8DAmWmkVA1MGwz4Xsz//"
    "P8TlJyg="
)
