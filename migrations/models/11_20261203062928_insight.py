"""Migration 11_20261203062928_insight, written by `python -m plaza.makemigrations`.

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
    "eJztfW1z2ziy9V9B6cs4T2lcYyX2+Hq3bpUiK1nt2JZXljMzd71F0yRkcU2RGpKy47t3/v"
    "sDgC/iCygBFCWRVFftZhISDVKnQaD7dKPxn9bM1rHpHncX3rTreXg291oX6D8tS51h8hfe"
    "7TZqqfP58ia94KlPJmuvapq9sDxFJQKKGpN4cj1H1WjnE9V0MbmkY1dzjLln2BaVHFoYqf"
    "rMIDI6co1n60fDQraDHPxsUFnaDgU9tpHqIm+Kyf8d2/NMTFrN8OwJOy4yvGP6QN3WiJRh"
    "PZfc94P1YN1hjB4fHeza5iu5fBz8aPc4FHl8PEa/4LmHyGNoV7pKAFJdjFyb/Fv1ECZy76"
    "h7O0Bzx9aw6yK/hweLNncJ+OHruH9Bjv3mItvUsUOF/R5N23rGrofeDEu335DqYNLTwsI6"
    "+/ELy/hjgRXPfsaksUMg+Oe/yGXSFn/HLv3nf1oTA5s6+3sLz1TDpHIvpAX9r+ZglUBFFN"
    "iicvj7nPxYl4Dkhl0F48NamCZV//ucab/FGhNA2T/+bKPEY1Rdp91s7wEl9Uobzl8U1nHi"
    "YzAYOOy6Esp+Np4HlveFtaXD7knRbHMxs5bt5+/e1LYiAcNiH8QztrBD35Zc85wF/SDoWw"
    "XfUfiN+IpcNvE1GJPR8URdmN7yN5EXWF5rKcrNcKzc9ceK0sp8cqFE7EsJLmkEMgIHeVWX"
    "AfBMX+HH/+p0Pn78ufPTx7Pz008//3x6/tM5acveN3vr5z/9l1mi5XfFMBt8HdyM6QvZZE"
    "7wJw564U8mQ74VZanUJfox7Wa0cEnueMYM8/WQlEzpQw9Ej8O/pLUT6mKVesILS/0sZ7kd"
    "KGgF1uPBdf9u3L2+pd3PXPcPk+HVHffpnQ67+p66enT2IamcqBP062D8N0T/if5neNNncN"
    "qu9+ywJy7bjf+HfpwtsgrYimW/KeTTj2ESXg4vse84VHM4ByUV3JuqTt9azJiCB+THq5aG"
    "M4oOZVMqJlBVR6mtu8HXG2Vwc8EWIsUg68mo/3VwN+6PLoIFCTvpFSznu5yp3xUTW8/elP"
    "zz5GzFMPjWHfX+1h0dnaRVexPc6bBbfyZUQVD2cFFdRMK7U0Zrji2dAiapkdv+zeXg5usF"
    "CuQfrC/dwVX/kj7DMLFOVvz7Xq/fv6SX3IWmYaxjvRo6itburI74k2EkUOWPRHxpSsDbOf"
    "0kgC9plQswu5dEOGa2iGIcE2kgymciIJ/lY3zGIKZW1uQlttLTC0+q9vKmOrqSuWN37Ly2"
    "2Vuzzix9RbXUZwYc/YX0/QPPpmcvHIOZyBmnJ7wl5PBoscZrfZ0u8T7erB8nJsYeCiTbyG"
    "b3VdN8R2+2Q9ayZzQhTopNnJcZdjRi+nNcm826knQUQlmFWLZgYYOFfTgWdov8QH1ome/B"
    "wKiJxR2M4ZUG92KuF9R6UhK0XhWtc/ys4O1ja1xsKpeaclOC6+dejp6DYVkZNe9w9o19dy"
    "52pNGPCRVC/lCXvYy1mf0Ssor4YjuY+Oi/4PeMq5sCP7AYr2Nd1esT+DMcaOHV5Ss66ltk"
    "qaW/fgIB+eHYYyCQd0A391dXvn0nasonP4isEoYWHtvkD0EV3Aed1Oo7EEU/9vUnkO9173"
    "rdy34K+I38onAo33nqZNLieEfJBm0RHykaPG4ks95VQvRH/+CiIAYzNebIniD8nUgR7ybu"
    "0bTRm+FNWXjEsU3MojjvaGqbOv2bgznOU8mdgztVje8J3CkwrLdhWIM7dYhaF3Gn2JqQVf"
    "jf74Y3fGVHAmk9G5qH/g+ZhlvInBcKk/x1srA0lvPwtDBMz7DcY/q8/5aMm5QRnqQAJVQc"
    "0sRH193f0gxy72r4Oa072sHnlGe1V9+2ch8dOLdNN0Iq59xW7Rsow7vl+1jg3NbRub1VHc"
    "/iB/3CW20Rh3Yea7zOk83Ha73XCA4eOHj1mnFrauqDg3eIWhdx8Nh/M/rOTwEK2zcw/+ek"
    "85NIFlvnp/w0NnpPKgUolh+K3zmO9udA6ssvI2yyfP58KypY4onlW0NV5FlTicH6hp+mtv"
    "2iYEuf20xyI8B+9bvrB701CbVtppbFxlm+oRmMQmFbU3kJBESSzOgGE9L+GNE5GRmei+7+"
    "1v2xc3qGdINtHzFc5HrEEdT/wiIbLiaGiX91ar9ZyCbeCFI9xMwV0i03/az0h7AtNkEXR5"
    "btIdV5tq3OB/SENZV4CfRpLtvyQlr8+GR4yFEt3Z4FPbtIm2LtBeuk52CjjYPJKHS9iwdL"
    "Ra5pv6Gp6k7p1hsPa6Q9ufIjtjzHnr+jueq6b7aju21EHx30TJ9YJMITKg0CPGD/g/1ffU"
    "sQ7P9D1LqI/U8m7onxXcYDWEqU4wPsd8Ld8jYWssAqdFGWATgu00A3q5xtFjlxMalYZVoO"
    "QpalhyyJnUrw9R8koZmUGCimdMU4+NV+KbTaJyVLWO2rmTJaw8U9a9PF/LSMllf5U0k5yB"
    "coK2wdC6xtGLWOxfNqpgjRuGlyDG4esy6PABvhCflGp2MyDVotDgWWuN8WIcEcX0LxIhGh"
    "ujKG6y6wjgJpxKTREaWqHh//7RmPjx/aYamWiTozaOrvxOeqgloxhodot9jSXTRx7Bm/xE"
    "z5j6FUWDfVoeHSrGWd8WYX4T26w3OmOi+0Rg15Gm1AFp7HR6Rauv9eflEbC3/3WF6z/+QH"
    "y3+RY3RLeiG2BO1H9fv3n6Y+k6GHZli1WNcmVsmadsH6epvaZvRLyFsFC14RnszvpMxaMG"
    "E2AdButVwb2kC7HRABA7TbIWpdhHYjy6YMJRQ0bxzh9rEjwAV97ORyQfRW0q8NVlwJbJcS"
    "DSTbygeYGB0G+Q4KzFdJyQbOV/WdnzjLkltsTXKBGaqFfoH/OwQtV2O7yr5XxCowf/x9Et"
    "K0X9GdEtX4pkreK7Ezwo/VAhhYr4anBr88w/mlm7RFaD9WL0AxklIiCXBLEeTZ6N+2YSE1"
    "2tL/A81LIx23EXkOntPa0E/vjNliYhj7W/4pf8e4MG72W7lPoHwfS6OjbVJpdAFXGJGAfk"
    "4d5Rfpv1R+MlwbmcYLRipL03uwXvD7B5qoh8NSl/H3n2MnenPGG7JSkRd+E0YMMi7QwXNT"
    "1XBUaXuDogftsBxlicSfj6yuPL1vSv+ly1cHKiyhZyAWgVis18JUU4oJiMVD1LoIsQh1k7"
    "ddNxlKYlQojYlZjdIZlkmpxrHq5WdYAulbZMRXfO3ImgyRKyCv55Qo0IK10LPv8mVUvco1"
    "y8pCqVw5Ry3mFid8eik1ZERBC0W1AGW1qkaWQ3WnlgRpLlTdiT/t7C4iUbGZRhTbzDSbUx"
    "k6Z3UFfNfgm7UmSii9XV7gh4HPifaESlkf4gnjflBHC3h34N3rzsAC736IWq8D714h+nEr"
    "rHtYv0aa680INjLOcSqE+OkKxE8zmdTkwYpsebiE0A5PSN1WPGNLFeIS3pirELvQeOXg/N"
    "m2TaxaObZaXC4F9RMR3BbW4cSyW47183B4lVgKPg9S9tjN/fXnPkGfYU8aGV4O3zM3VW9i"
    "OzOFBub4g3v9McCZTnY42C3bwpIDvnVDlj0CO5F8sLqX1/ScZlWf0VOae/d34+F1f0RER9"
    "8GPdJKW7iePcOOQnyXVyP48XvfeOAH7V6x4waZckm15fo0Gbnd8XQ/bde96Zx8+vnT+cez"
    "T5FXE11Z5czk0G/5HnY8azy2T3nD6ovpXdI1W4HzGA4+FbRMR9wQNU6eaTOYoQRudMs2YC"
    "aH2dzQXhZzpYzCqLesq9umFUWNo0U8ArIibAZTGFsY0r4aDZTy7NiL+YZwMZi+0o6aipU6"
    "8cigUk3sKprq8rLEZPDqRr31SGdNxUxTnU2nqx7poqGT+sRUibn1x8L21A1B+kJ7uiOj6R"
    "+0s6aOpieTQEIzHBVa+NggH+JM1XmetQRyn8M++6RLkdrqdRxoGeAAs7WYOYb7Qh6tGe7m"
    "NuqI9HUZdNXUj5Pt7Jo4Nt35hj269Yqsk8SAet50tN1FHd8F/fZYtw0dd4b1ZH9XCD6W/W"
    "Zi/RnP8MYmf2jLDmjfAw/PGoSdVIZAzDKxF2Qi5OzaDXENTzkTsFCWXTUE0+R3HRx7vSlM"
    "mbO3GwKWZNZJlLPGyTyJ57PlZ5/EE+gg8wQyTyDzpO45CJB5cohaF8k8gRPcthufd83Fsw"
    "y+YfvG5fWci4B7no/teRZaT/UWHMdFLAS/lN5h7H2ZciETfe/2xoNv/QvkSz9Yd/d3t/2b"
    "y/7lBXIXLq1ZgvUiUfbyDywJj9hbOFLZbCmxQgqpmDWfRPr0J5HRT1rlYs3u8cH2a9oUwX"
    "sp2TzITzrnQrP5+YrZ/LzweZyB979paOKQHX8Z3knU5a+aASKO0z7zGWqJGoEDT+3FxnHU"
    "X8N+mgrU3LH1hbZx0offS1NBgoQPSGLYZhIDXeaVYNff5vkMtLeu31lTMXOnxryEwNVd0E"
    "3TYVKeVE+bbhwpDXr7TDtrKmR+fNTw8GwPQdFaIha6k+RXG6948/SPX/3+Lv3umpr/8ao6"
    "Bq27MLEdTJbKTWeyb353X4LemjTWtrlHP56szAmYpnKZ82Om8fxpobhpq4s0ezYj4HvviC"
    "XI/vi0eEd+P4j100b2m+VXR6bFkFkjetYYMR85VZc37k6yZLEvWXI54ViSD1QThtgyxJar"
    "H2WE2PIhah1iy/uPLRNN0KUxC3F+NeGYSDXqCdPHNqae8NIkkrIwEmJQB1DS1uBmiMuqIC"
    "MKapBSQyZIytNKViXS9ezuEp3VTB15Dm47VdYuMxjXF2X0p5ASAG74EVGJqTYB64hYO6NB"
    "b7yqWOB+40F1JLlgf+YuyazY7Mg9ZCw+d+ZTWckJGzYAAEkDJE3d3XUgaQ5R6yIkjWbzdr"
    "jnkzRh+8YlqH8SYWg+5RM0nzL8DPBf2+W/5rZpaJwq6YI1+CLpKuPduu5eXV2gmWqaD9bX"
    "0bDXH/1+QWN3Gnbe2ZX728/3/qXF/GlBrl13R7/0x7dXXVqNb6Y6L9hjZ5OmQ4YieusIFW"
    "NdUYs1U4pVWzgOtvLUljPnxGR2uFujd/P7tpjJVLlDAZA/5hc7zGyMCcoYyBDDcRlghkth"
    "hgttHIA6bDL0Ah2T/JEuA9SV30tTQYLcZShWVzpWuyP2agmPX3mNZa5vBlJUeK1BFCjPVt"
    "l7KafaDLNtEsjLzU4c/jixEyqfPn5LNCuVPf5nojQNYyL+BYwyMMrALQKjDFrfhdarzyjv"
    "W6/AKdeaU4acygowZ3C+8t6NuRUJfXC+cmuFf9Yucr6yCDPserb2srl/rL00COytOsM9gs"
    "+z7by3OL5wdK+9yhXWiDtk2s+KFm+9zXyqxF66OXHEYR9djefgNjjUB+RagUN9iFoXcajB"
    "54MarfVFd2mGSJkLCbFCzlvFwmGV8N18VEvw3OIGcL30IOq4JQZgwm0jb4Bu7q+uxPw2bW"
    "qYuoM5h87KBcubhndykthxEcK6YLRN/zZMe+K4t7GMqPXerRlrLFD1JlA1sicT7GAdGRZS"
    "0XLPEa+yjYgIN1w8Xw6I2K6mdMwYKtA0bQVsg+d8QD4UeM6HqHURzzmY/+Wdj4QchI4kJ1"
    "8oyVEBNazyApdm0YZuYPPKfrfTbmBiKlhfiQPKnWyp3Em+r71NJykc4LzaoMuxv95Jin1y"
    "u4sAxs44cgwNKzPDKrNYZyq0HTytxAeEcVPwxGq7CrXBEzsgmxw8sUPUOsQw5fbUCx0G11"
    "lxGFwnexhc/M0yMI/JWsiHOSW2w831re1andxvpv/bOPG5ZPJTo0/manjzNWyeTlqFUyjZ"
    "KZQUOnLhklwhZiC5VJEzKF1M30fxyJiX+RJSYvAlSH8JSx8ju65jzZipZh7ZFpNLr+q+4H"
    "HQQW0jezwlXPZ7g+vu1dHJp3aHYU4QN3ynN741BMqnrJtDSi6fEvc6Myiv8g5TgpC0UpQ1"
    "hj0fVWOMYc9HS4LRFNrzwZtySoC3eYlCaXRT0+wGqVlQPoiPeGJsBueUlXM8WZNA2mbYIY"
    "SLE3aIIbk+7PAaa7y7jUfLkBmw9rW0BNrA2h8Qfwus/SFqXYS1d18WMkRD0Lxx+2LORKrg"
    "nuVXwT3LVMGtfjhka7TkDoIhPqOozsID0KXJyKXoxnxk1WYrICRrR0iqHnn408LjVUdcUZ"
    "YmIQWVaVbHOwpUpoHIX8Uif5DtXS3SGNKMy00zFqE0oUqQUJFv07A2rTXManxfkX6aihT+"
    "7tdkLgOs7sTDDiuH3VNdLIhaTeITqUiO45UBGC2O3uTBtZcC6bVBSiq0EAOVrKua6nJW3B"
    "DRoYXHNvlDOGDzJdZlQz5XyVCMvxpyAjHRMpkfhjGsV2x5NFbpRo1Lrogei/AsK6+v3OEe"
    "NYMATW2t7jYEaA6IqocAzSFqXSRAQzRFbHTOdJs718Ykdsd0/LTdCbdz8unnT+cfzz5F82"
    "x0ZdX0mk08JIrBTsBnCeIZFwFA04AG1ok0JZeUA0qucCptwtiTUkFaEpRQFi8aM9k35EWb"
    "l1XXTvGiyYlgfSZt4vSpDdFNHHjVUHzTX3lx5nlmv+IZ3jhRlHnV10FfDQI+GdE1TVtjQG"
    "zKq0YdNQmqbWbWJsdXHq0TH4DC9I4yi0vtsMoHfTZwOXW1FNrA5RyQVw9cziFqXYTLeTF4"
    "RI5YNlEoW+VyGa3u5d/v78YXSNX/vXC9B2vUv+uPaGJRwKHQK1f97h27YmLVJVcu+5f3PS"
    "KjY5oewWTGw94vTIaue6RF97r7lYjo6oys+A/Wr6PBuK8Mv3y5QG+O4WHFnkxaYmNry/lJ"
    "AfVGDWxPlafslnLAM+URd9LYZgUB3Cy4qssrK5Of4LuUgIR1kYR14ifYjkK8cEeapsuIQt"
    "mBolypg2l5+WB5FR/qMaFtjfaM47OjwX4uMtbP84f6efasndBZlRrkcSngocvioaOclA15"
    "0qbli7azBWqj0Vel2rQx8o/DYyWpwXwSy0+IVZOt157jcW8ZnovsCVItxHpANOkRTcmL0+"
    "M5jmwHeeoLttDEsWcfkE3uMRiRY79lj/jYuDdJyoz2viljlqpVCyxcvefJNrBwB8THAAt3"
    "iFoXYeH+WKiWZ3ic/ay5k21cpEnWaWkEAt3rKOVURQI7pA/iiVzb96zKZxdDm0bKTogJNW"
    "nk7v6UG3BqK+LUmsGmqQ192ibu7mun/NrYxy90rg2QBZuQBTRyNRr0xvtiC8K6m2xktziE"
    "QbJBexVnEBW4tKO2O0t3SRXXTHpY5fr0/ANutvxQbUGG0Cyi82OPKpWtCH9K5vQld2rM57"
    "t8IBldxis917XkRz479mJeMsszN7QX0uncNuB82BrbD20gew7I7Qey5xC1LkL2WIvZk2+/"
    "iDITS4nGVTnsnIskNpzn5zWcZ4O9tauQNceWTiBT5up7mMktk+J227+5HNx8VW67v1/3b8"
    "YXKNXfg3XbHVySy6qhP1i94c2XweiaVtIimpkYzgyTq7eD3i+kD9KIGBtElsr0fukzKe2F"
    "trj72+D2ll4IbDWaJnc1+NYf0WuRORVd/V350h1cxe69KxPVMDF7g+vbq/7Yf4PZnPoq9G"
    "r3pte/YhIaVY1pFivx1RGpm9nJr5vZydTNJC/vco+4yt9JuJSAzK40cVWf4o07mwVLrt3o"
    "Lp482/MrhaasilVlSONiUIIUx8HPliBlsyCbZGnxVlmkM8KA9xq8iwxoGM3So3mGCVI5Ow"
    "LWjOWlaOPyb89EUhLP8lMSz9YBrsjW5s6Tbxz0Jx0R7Emr/KhlJx994rVRGi2LfH6JY54s"
    "FDpO+N5lFDp28Ex1OLGfVUnRoUTjPoJTofz/0xX5/6fZ/P/lRmIabCnqMGd7qbJ93gq2fy"
    "nDG2U4uuyPon1gCnllFlgKt3/RJpFH7e8Eo23iPvrePVPfUVbk98pkBAsprWobOBJofxL5"
    "ZD7lfzFZI8nBZM7VKeta5JAHjvR+zNJt8QRl26Sa6jiGHFEaE2negC5/XwwNnlOyT5GnpD"
    "migPh6xCkFWyDcExMrIdZTMczrG9rJRvQiRr1IJDclC5qusqZjGSuSek5KgparrOVEmpCk"
    "ntOyoOkqazqKRBaauZOyoOlKazqMLhfRdEoWNF1pTSezWsWTG1OCsFGi8C6VKB9WCv+4FI"
    "BfGPxUKrk4/ilBUEFhFaRzt6XUwBGGQjtFNeHgualqrFSqYk+kdcEVB21ssHsxuSFDagtj"
    "UhSmp7L2MbJ1N6uNYhsZv4ad1UwTopvu4kbK+q2M4ZJaArrXsa4aim3KAMnZ08iz9UvA99"
    "7FFQpZl45tyrkRwHY545aA7l2is4ZinFmjBFCOW3sl4HzLuru1a2mUiOLMsZATSJP3QDf3"
    "V1etFaZgiTNytIu5mWhzbeAcvPP3m3P1sOGRFA1VQGLU4tfNcWL49F8bfMoJHLK9HiM1Oh"
    "hb0VS33GO2m4qZP1fRjJd9QFbH+cpPeNsQqRHrpEEISVVbSaYbhHmnfDTFT9m+i/XVEFST"
    "ec1P9nfF8PCsDLBCy2JAex0EnTYENcliPjHjgVPJJ2larCv9i19Fj6xqDVnhXTyPl+r9wU"
    "VTgzpZ7xfobWqjI9ViRXvfpoY2RY5t4g9IN3Tyb9Vrkz+xhWiLt+l7tg7wFvqXrC7kQwKV"
    "XerKqLYRVHY5nBofUNnlELXOSTiROEyLr+s6HKBVMHW+/N03tAq/sqq4Cx/jlFjzNimUv6"
    "uMDHB5nBNCgPJ6lNkZSnyE1++6jISrPHW0evd34+E13WQZxpwerO7l9eCGHsc3M6wHi9wk"
    "+NAdlmHE78H6Ohre3ypX/S7bnulHWU2yZlDp3vB+NGAd2gu604uWDRoFV/y9Xw/W3e934/"
    "71BXLf3cBd23+dbDhrqwpJJ3CmXLzmkNCe8o8r9pR/zO4pp25QFt/8YgpheyigkDBxyyig"
    "EJEKUrNNXAryqsrKq4oqVu84zlw1ZYgGmuOjsEqHn8Xy2vIY0CjrbR0DGuXaiTGg2hRrL/"
    "bCu2CcI/KmODKq0Fx9d5FNRg6f3BQTfSDm2MBzkW/Fo4ltmvabi+gZaaFt5nOjLqM66fWg"
    "FoaLjh4fyQ3jFfu/KvAEHh8/XNBe/x/KVKi0bI+Vo0Tv2GPdueRtglPYXM8wTaS+qfQR9G"
    "WDx/yF9hRViWwjC7+yH2DoF4j+9T2Qf1PdZQVJ9IQn5CsL+0BHiV8fNWs/WCj+LKQTg5Md"
    "BzdXXRfrH45RF5nkQ4sa2BPkLrQpUn0LFRkuCis8IAIyhZT+MNovMV5fMUUSxWpc0ofNbA"
    "u/x34Hu8i6Y791WbWzzTCy7OAXLn/dEdUok6eivnp+QHPHpiuDG9XqbC8LbX4Iuh6NB92r"
    "q9+V2Cv5T1pqIg4jI8DDH/ghaEX3N6a1wmLLIUpJxSzRJkuux8aASjS9REJT597CIU8jYN"
    "IPloJHB8iRGjya3iAT2YI0sR2iWjLIyR0y2Nk7kUukzym96I+BoLejUEceHf6aTY8BR2HT"
    "NsLHz8eIPiFKRvExGvW/3N9cUmC4PyL5S5mC/F8TfGLskT/EPpLwfejD6ftFw+UoiJT6sm"
    "RUaRhTlNkn+fhINGmbtKLoMevSPaaZZdidpr410h9V8sLzhxr50WSa1Q06h6gm8mnFNo1h"
    "kJd7sMiMY7mqb//4sJAP/Jn+qvAwRIJmCPsHP7hBDzanHz96fIxNYcd/9d/gvx8fHywyyz"
    "zZ3xGL7vhhESPs2j0mckEhA/K2HgHRpU1ogGQJGEOGtvoLaR3fbUd7p28RXg1q15CeVPJ5"
    "u3j5uCeKA3nRaFCyoxxDbX7IC9D8M5FCauh4Nrc9WnNUecHvrX+tit/EiA9f2Uo4fUBEp5"
    "62XBsiOgfE7UNE5xC1LhLRgVr9W+XAoVb/6lr9OWa64xnE1HxXIvuIXz3/wVqasKGxWYQO"
    "30LdQigBDyXgq1TaYrOi2YWQzggD3mvwhhLw20QXygHXvhxwhn2Q9FR48g30V+rrn2TdUi"
    "go2mz9QrGyw9I01HLfTTYpnABS+QSWdAhG4pPgiFbZDC34VZwIZXCdrMjgOslmcDmY/FLX"
    "U6aqO5WBPC3XQLzPRAz2s3yD/SxjsDuG+xJM3FIzUFquGrMPfV5jZh+oHbr3dF2oEVfFXE"
    "YotAWFtqqDsWihLZFyRH7SG2ei2WIhorrgzuMZN4TqdkmdNgWkreces6pEeanHYcmidZnH"
    "IbW7NvE4H5B9FDigIzDW56vqGEGFSEiyq6WR0UaQZHc46VaQZHeIWhdJsps7Ngunyp6BnZ"
    "ZrIOXUEaL4Oisovk6W4gtXTlm803KN2xK7FbTdl4UMyEHzBo7l8unTPxZkOBoeJzSQa6XF"
    "RZrECXVOPv386fzj2afISouurDLOsqQb+V2eMncMjZc9sirTKikI6VY4PqwhmW3HZ0dDgv"
    "GWE4wnpupOFVrDVpqcz4hCRZOiIRIo8rBH8GMMlBT8STlQAFTZqGqVDc5oLwHfb8ueGops"
    "8gsXCPwtl8QS8P1CO7sL+qrXKioKcMaE2OAUEtU0bY3Fqjat6h911KChnSxjtzw4ooRzNp"
    "KnIDTtwI1txgJT50dwAoLZEybyo4Kp40CEQoOtLqJtkW2R/+FUhaA2mtiOXyKGsgIuK5bD"
    "yspMWN0gNnaytYrK6bICocnU6XXLfcqx2FSJj0vlmWznIYmzn6Befa1t6DYEXg8oBAeB10"
    "PUukjgFaqbxPnRjghB2slnSDsZip9iwwV3/T7qULbKRDTxZcf3oxule3Op+JVG6PZpb+FY"
    "imrpil9yJCxCogxvrn4P65AoNvmeHqz+b7T499f+BcLf/SJxtPXd3wa3bB/21JinbUShKC"
    "6UqYm24+DwE5bQ6T/uybzi14wJ+niwure3o+E3epG4EY79yq792h2MaS0bfxhc+CU76b44"
    "fxBQXfb6g29+Vxo2mNTg5u6232P9G5Y7x5rnF6r5e3DRwf+Ort0NrwJpVgGRlrm5Gt6xGj"
    "em7ValmA17u0Xo6hYZIckeKrx9s5UtKET1dHvV7fnXmI+Qo0+6nF2Our+SkfJmeFPdUd+s"
    "Ihosvzo/La7JVV8+hb+U2B1//9N2HY/SUgjqUWZ/Z4bFqVBW0emKrKLTbFaRPSeQ6MpTTo"
    "R7/ZyT6KDKqHNPEeGdG0JmofGX4ej6ApFZyJvYTkXO/oiQLnb+B1ccIuZFg7b+ekRetUCl"
    "BZ5s45Igt3IuSGRKKurMXvCiiCsTn3ji+8mB2tYaXHYCVGieFcU7Iw1wQ77ZPvPNAmIhOO"
    "VLbtZOS1bYwyoI9rnInH2eP2WfcyYQhhqNAr5Qn16eK8zvAfBfj3/IsxSg5FOiUParOhR8"
    "NvISMmMF9JwSBT1XWc8R2VlA0WlZ0HSVNR2y1YW+6IQo6LnKevZjEEUSJeKCoONK6xiqgO"
    "2bsEsl04mrICUIKoBdRnUEn5t4KaWIvB4giAAbj6q18Yi/OSacyEtEuMHgppY9AXyhoqMo"
    "tvIVHTNz7x6miYpN2aJg5y1bG2z1gk1Lldm0lFfJkI+v8OYl8eKGrftwHxHdbeSfecxO/D"
    "YspLKdSH9he478MAbW0bNt627bP0M9YORo+euZqrNdSN4Uz7J7mrb1EMldTgyacjc5LWtJ"
    "ltxxmAusQIXHutvMbQQbjQ5nywlsNDpErYtsNIJCbdvIsia+iPaCOYvYCiYoJgOJ62lI3x"
    "zD87Cl2JOJBKgpKYA1DWtofEoZWzGhJn3+OyaPeba0lBpyOgDqeLNYSug2SekiIwofRlkM"
    "flj3ZENmLlt1pWbKECZCl7Pz+sphyVMnNoQ4cdJFQ9HNfOgCRHN6oi4BavE6bRWb2UVxzl"
    "ncpI8Q2iZr2vPT1ruaxnZicBjTVIv2KrbUtJ8N1zM0N0yHV9SYWKnnwfwzEbejGckGDVf8"
    "K0VTAjsH7Fy9ZvGa8jTAzh2i1kXYuWhuzuh85dkrkUwDN6+Vf+C47GErDT7UZgubpTTPeO"
    "XA+9m2TaxaOdukIqEUxk9Ealsgh5bEbvOuPw+HV4nJ6PMgZRHc3F9/7o+OTlI7Xjlknm1N"
    "jOcs1PmHVS8lqnFMNX1sY46pjnZXzh08Mb7LzDAc0cYVMzgXmWnyJ5rMJI6/e7k7YVc5Jy"
    "nBxsQIdkyemqpbDP+U4O7w//GkUQqAzRhVY64hObolwfitSo6OuOv9EH13U2POzsPmUHzR"
    "vbYYuefG25fM6sU9v3RthzS5t6oq+nbKlD+pnjaFjMHaznRt4CQPiJ0CTvIQtQ6cZEU4yT"
    "AGKMtNpuUaCHb5HOUGlbTKKqF1aJDXsG47kcamEtgrkhxZ66r7uX+l9Eb9Liu9nejrwbod"
    "9H7pXyr3txdobtAkYGUxp/XYlfGoe3M3GNOC7LRam+Ua3oM1vB8rX4Yj5bJ/NfjWH/1+ge"
    "yFp0xsh3pMxit23h+s4B59VnCRPudLd3BFntMdj/tkBaC/0jDZKuzh2dyjtcFpufh+dFhA"
    "Veq4M7iyg2VMHIM8UikQaABtusp06P82Xs1bR5bD1fDma9g8TWanlp7AIi9aFZkvD2mpRY"
    "m9yG+W0kJcCrAHUrW2KqhKhZsDYXmAz95bsQ82ZZcAbkhJfw77q9dMLwpwfIXboPAEfsX0"
    "wdnZRaLyxDjwAvuvuFFjmlN0Ym1ppaGFxzb5Q3ImKFxYaa/zcolllcoPV/nf/4qYVTRByA"
    "SulGiaKjd8tfv4FMSSIJZUr3m6plEFiCUdotZFYklwzO1Wj7mFUN0uQnXAl1bAngDODoij"
    "aqtiR4mQsRhr4LFtSG7EMxzrNf9I0Brled9JLojjfWfIIhHvO8ozwK9bSh6NJ6aGNoD/NJ"
    "azCXvDqzLRtsF3PiAvCnznQ9S6iO9cvxQqeT1D3tRGeVNxMLnjhD8rpMQakEO1g3O0TVtT"
    "ZYGOyzQO5ZOOCMqkVS7K7F4qG0RjZzMXWetSog1c7Oq7uGVtmqwLIvFdcYWrvM5VJy87jP"
    "LK+nEpQSDPyiLP4n55SYlBNVSFKHmWGoZV2kXcU528IoFraCBtirUXaqtqYdOdZV7Ej1WC"
    "XItazi1t4IsOiDkAvugQtS7CF3n2C5byTiOBxmVanIkwLWf5TMtZhmmhdsecxmeIPugCmc"
    "U5vwobT3ajemzVDMPxsN5K4bUIzxkxcWy9mC5islAbr3QVafZsTs3yQpZHSraEVag+H0zF"
    "F52srZE6l1UiLSopCPlQRfOhaGRkMVfmtlGA1uEIgyaKaoIMaAdPHLsIvZYWBYKtNIItgr"
    "YMii3RWc3UIUyypQfj+oNmdn+QecVmHFFsV51jzkU2PkOXgO4t6+7WruW0LgoyZ1Xb79Hl"
    "lANu2MlJW02yjPDK4dPXH06e4NTFjyaXTKoMCfvw5CdIo6yMRdAGWvyACFKgxQ9R6yK0OB"
    "yAjbZwrLAj7+LGhJoE6o45hqKnCZdwiPDhKmAFuxBagBu6ZWGSSM1UIOz1Lr/99R7vPo5R"
    "rSuwK45P3XM61BdTdad3qsn14ZY326ucuLljz8gr0MaKG7beWW5UDFtIjarlvN0GH/CAvA"
    "HwAQ9R6yI+YPVPAK3znp25Y2gceC+xZsxUM28Hh8E13HRf6DgQruFntALfy35vcN29Ojr5"
    "1O6kTvuMV6bJVNJ3PLfAhJUQbOB8Vd/5KbssYUsvouKYGCi40goGFrJ8FtK1TY4HlZ9iEz"
    "RvzAmwpQE5x44S5SWYxszgTET5GWRc4d2BvOVTXksD2bDoXlXbeVco0cG3RteXdcj2skMb"
    "Vcf6QvMU8rS5+h5uNJSp9jDq3/VH3/rK8EYZji77I1pPwcXOK6Z9shrKtELD5X1vTJvcdn"
    "+/7t+MaaUG3nP3Xn1h7+l+FcvOgYDIwShgRUAE2Pty2Xv+jFMCvFKprBWbakrOZBXJAvRL"
    "/JeQC8hOQhBMBqwJ7ClXx/bUDTGK4kP/oJ01aAbYatZkCrVVcbcIV/Hgm/JHJLMuBNe6tw"
    "zPRSoKHQM0Jc6XiwwL2XNM/nDQXDV0xL4pF9kT0pQ+Ah15U4yIR/FjJKjZC8vDzofjtM23"
    "rWdw8zyTIcgo2R3SPStjkbQh1HdAQR8I9R2i1huV7lkXcnCvG3wr9+HsheKI2WCySsiIgh"
    "rKIjqSNuGGzngiIa5m2hB1xjNjsYrbSusKrtC+0v1kgt4GpD3HH71d8vkrHNFYo50lfz47"
    "9mIOqZ+1nbjb4A8ekGcA/uAhal3EH4Qj8nZwRJ6DJ9jBFi8LNB/lhBCUIEyBnC1BGBU9Zw"
    "deqKx8XNG66dkuCimgYuGpdK7zuVCu8/mKXOfztBLUGY0VcBaQVcnOSyHIdsbpSSbNNjl0"
    "TuDQd/mjOi7TwOn6o8Ao/ph/kgknn7xmxwq15tjSKV5ycLdu+zeXg5uvFyiQf7B63dvxPT"
    "v8R1Pn3oKd/UOG6dXgxj8QSKPhfZ2e9/Pl/ubSP+9nsiCvVui8n5MzkfknbRvFpp+zzNcR"
    "vLVSaBriSO9nPtoW9V32ZBQqvxjcHGmAexXcc/VdWTimlEGzFGncXq1ToVOsTlecYnWaPc"
    "XqD4fm0Jq2KmU3JqUAaRGkl7OtPMuUFIUCyNXhF7K0kqaaJuXJXcXBGjZescyeFL4wBKHT"
    "EdCIjc9Au4o1j0tB3LOsuCdDtYSAHMuD/Rp2VjNNiIbl4kOweO6xb0pumFM7Yp00COut5t"
    "IGaHFilksc14YsFWfZdmeRy/DZG8Yu6fQb69VPf4d4aF0n9DbEQw8oMgbx0EPUukg8FAIY"
    "2+YMVVfukPClRAODF2cizMpZPrFyxquHc7Dxi7v7Xq/fZ4EJd6FpGOs0WvGlO7iilyaqYV"
    "YlUhFFmn0LuGicOiENIWqhEPULloqeBs0bl4CxlVJnkRck5a3EpaDQQ9FdEDG/Vgr9pBzw"
    "gGXxgLG07A2ZwFgWeM0UIUoDJsfg+n0PbMYoAdlr7GhT1fKGYX/1mmhE4Y1PsNIHPW2TRf"
    "xskm7oSbJ9y3PeWxw2MdWivYpVdAz3RXkKBYRYxdbQwsibEpAR3fYeCSNnYWKW3eJi9yK+"
    "i/7o6R2Riw4y9A9tpFoIz4hdSf6G5mSAYfILZ0/+WErsxt/Scx6so/7xydkn2gTp+NXQMB"
    "Hw9/AToH5w0ePjbz9eshs/DvTHxw904z9tahqv2HlHwZnL6IgWC7Bsh3iphot1RMye9oP1"
    "+Ehu2iZp6R6r+sywDIonxe6Ygc2uHQd9KESGPOAY9b8TyM13RF/TntAfPEOGi1zsHaMu+S"
    "FUkw/Wm+FNydvh73ODSCuq9/hIixOw6gMqQcaykWlbzwSBAB4Cwjvt8ugFzz00Ib+DtnWw"
    "RoZ3bm2CVUxwfE9QiVRwSPo9vQMfXNuFvQ188AExg8AHH6LWRfhgturK8AWRwJbomP0xBp"
    "1ToRKRpytqRJ5md21QY0aK+woFmoevCCGzgo/J0jG+QShJLiaEGgfydna9LA1gGaRTYo3D"
    "uvw9XvWIHu0oLbcjlJbbWZGW28mm5S7dMVkrJykJSbnVMWo4SbkJFzWj6JVli9KiwNgXZe"
    "z3WjrqYDWwgrLffTmdimmh1Go6/AkHsF2HbXqCrRRjPzLcF5rN5Pq/Ppv9G7/fXsvW6/Gm"
    "O0sBLov4BX4W+Flg6oCfBa3vjZ/d+yEzldP1XlwZe+FpttwhojGRBib2ln+cks9kcTJ7/3"
    "43vFlFfvHSeXVD89D/oTBPYiss2F8nC4uVUEJPC8P0DMs9ps/7722xYysApxAlJrQQ6KPr"
    "7m9pHfSuhp/TMxXt4HOV3PfKjf7D9N+rpoZSHfj9eJjLc5fusEdmjWeXrCEWG14ZbzO3bX"
    "uV5xlb+N1ATNGWcmtzxn6d2shvr9NDU6LefmA5Tqy/NnqbYovmbeksSym8jp7whDRn19WJ"
    "R/O8yO1WSrflP+HBsl+x4xg6TaNy/R51RKbmx8clhsdhH4+PF34elm0a2jt5aDBOiSzp2b"
    "I95OA585QK5V1lDK9y86+I7mxw7es7wbfBtT8gJw9c+0PUuohr7y9kMv7OUqIa7g59bGPc"
    "HWZMyGgjEgBllK+M0MaRskXiUhA0Lsp1AeVYRd9/f2f/Vk0dohyA4OG/mWlnd+xKxaYbUW"
    "Dj02ylgvfDhfdkf++/5pw2FL/dXkWg2Kyhgl93fuzQfPFE7IZpZNGDl1/XqbwNXv4B+Xvg"
    "5R+i1kW8fM+eG5pM3DgSaGDUuPxyUOoz0dUzwUMG4oRQA2Eu/4SnCDF5nzwlCR5hYcd8Fl"
    "TzkNZBShCoEdjRUFcN5J5ekc/T5h9dAUzt5kxt2mOVsWvTsrCprjqGbNZ/UT0Pz+YeJ0Mv"
    "f/GPicCpFum5zFRdT8GOw6Mcx/h7DqZJqSYUxVz1kfR/G6+esqJv5Gp48zVsnp7HOMz6fh"
    "jKsCDbwHqyvw/Ix9Hi8JTZRu1VbOXSuqPtFSMUWJvn1UVz1dBRKI9YGTWkG+5c9TQyKyPP"
    "RrRsVtigjRaWZ5jI9dTJBBE8yExhYv0Zk1YsTyqR41V675JUasrojXUI5Gr9LUIgVw+HZg"
    "Ny9RC1LkKusgidtDMelwI6qrAr7sPIkMvAv6J+WEKqgeRr+Rw3cB4V4zw4tqTMisMRB+aj"
    "OqsMh/mIK6xATSG+PJDAtQyEVG712c+G6P2chHGoDu+KxNBwTGc1Ufi4gBp+BaK5i6kZQC"
    "QlNDF3l4By05NDeWtdCWmia0/HGFp4bJM/JAe76NkY1Zp6RNWRezQGfxf0RuT2r/hpatsv"
    "l8HZCy0OtZ1u0l5FbL/5jRU93rrUVNx/ttzFE5UOjrSImIF/rd7fGx4iZ+HvnhIEuaglX+"
    "IuX2zpc9vY0hbi1CzoqQ7BBCjxOlsIbaDED4gcBUr8ELUulG8czeVZRnb9+ahL6Sozs63b"
    "7mh80x9doLnqeBY9Juq6T1m9m/EFivtD+z8INWlfiJLkSakqq6IyGcoQCoJQUAXg33IoaE"
    "ascuJ8SR55kpRq3FG/5U8mT7bOYXryc/LC9o0Yw7tIx4MT3f0T3S/7V4Nv/RE9vj1gOap6"
    "ojtk/5ac/evY9Gj7ArBmBQHcDLg4+JwMLAVtSgyATQObZjwz2K5mFjjikPpQHTYhSyKZWH"
    "WxwjKzZXWdEgU9V1rPdFdJ8e+aIw76rry+fduZqFHn+O25iyRPtEG5TLC9q+b+JENw4Uid"
    "ahyXaQLmSW/wVOgkzdMVJ2meZk/SjPzVAstFWhbWiiqvFalUBAl2PSnYoEXikBJeD1YDK5"
    "Iuw5Gd1YZ0OmCQEtWP9VgvhYimoqVmg/Wpl/vJbK0pukKJrfvZ9J4e4fl5gfGPYH1eYPwj"
    "3GGJTj/lYCt5eUEwA1LwarletBGk4B1OMhak4B2i1kVS8CS5h01oh8ppdRe8w/LNJFBOie"
    "0wWaC1E6w7Qlh3VmDdyWLtYrL65CST5mQuRhINHM8nnXORtIrOeX5eBb2XlzsndfZpSqwa"
    "u/wbdf5pzKOS0kxaDlRTumpqmDJGfFPjFUsqoNXtjQff+hfIl36wbrv3dzQzbK4u3Kpkhi"
    "UdYnEHMykH2ddlcZMBriWwZrfLnmqmCFHWLDkGZUmzTDCMm232OZD98ssIm2qOAZq/P7YZ"
    "dOWf2yQYv6mOQRZcOr411eUSjOkm7VUEI1kvjeepp7z6QsokLrUzojHO6JbIMUbjadMNy8"
    "A0AtNYr1WhppwTMI2HqHURpjExl0vqPS3bQM3XV9PZD5zY6o6n6CpnXxrVcw4bFxdapeBm"
    "KZcqLOWkTm3H+F8eY5xrlcQkmuSblpbeOiNGrC25DTWUaCI3XDqvMjXoCbbv9POV2cOUFo"
    "PByxm85Hd5ruLaJmcA5yKbFAJcObiSfrHzqprku3jFnCjoF9NW87zAjGgK4QmV3RbGPx3/"
    "1+keFqrh/eerProd9XuDu0FAlEdmB7tJL5ELhk9KjfrdqyrlhlZ0PO84PTfkiWQ1kJSDgq"
    "hQELX0WWfbeaMxCpxrpsiQ3ymO9lIV4b/rgjuHAM9MIFn4JGuaflv2U6t5Q3SwJifMbdcz"
    "5YzH9ZGFYNTKBxdCN313AYboyT6c9PkQD6jlatiGeMABMcMQDzhErYvEAyTpYSCGqf2rcl"
    "jhFTxFKLBLdmJPaJXATpj2GzcVKR/fSAIAFgF4MZ9LAhxJAMAiAKesZHEzNiUI/FpZBE88"
    "HWtDgoeTFlYzjYi6zqnRWKX9wV3sGNq0xfGtgzvtVf60umyzTc9Zyrs9FNd2w7hRvtP6ih"
    "1XcoNXTKSB4eXO6anI9q7T0/ztXfReqqYr+agkEA6aNxDdE6HNcycrNs+dZDfPkSd6mEfq"
    "5m8dionsftfQfky00vYHZQyGXS5mf/5/hhpeZw=="
)
