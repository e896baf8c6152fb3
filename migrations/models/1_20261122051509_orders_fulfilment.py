"""Migration 1_20261122051509_orders_fulfilment, written by `python -m plaza.makemigrations`.

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
ALTER TABLE "merchant_order" ADD "tracking_number" VARCHAR(80);
        ALTER TABLE "merchant_order" ADD "carrier" VARCHAR(80);
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_status_b3c9ec" ON "merchant_order" ("status", "storefront_id", "shipped_at");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_status_86d258" ON "merchant_order" ("status", "storefront_id", "delivered_at");
""",
    "postgres": """
ALTER TABLE "merchant_order" ADD "tracking_number" VARCHAR(80);
        ALTER TABLE "merchant_order" ADD "carrier" VARCHAR(80);
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_status_b3c9ec" ON "merchant_order" ("status", "storefront_id", "shipped_at");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_status_86d258" ON "merchant_order" ("status", "storefront_id", "delivered_at");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_merchant_or_status_86d258";
        DROP INDEX IF EXISTS "idx_merchant_or_status_b3c9ec";
        ALTER TABLE "merchant_order" DROP COLUMN "tracking_number";
        ALTER TABLE "merchant_order" DROP COLUMN "carrier";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_merchant_or_status_86d258";
        DROP INDEX IF EXISTS "idx_merchant_or_status_b3c9ec";
        ALTER TABLE "merchant_order" DROP COLUMN "tracking_number";
        ALTER TABLE "merchant_order" DROP COLUMN "carrier";
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
    "eJztXW1z2ki2/itdfNmkiqRiYnt8fbe2CmOSYQaDF+PZmR1vqWTRGF2EpOjFDjWb/367hd"
    "7VEi0hQBLny+5E9GnJz2m1znnOS//VWmkzrJgfe5ptyNhoXaO/Wqq4wuQ/4j+1UUvU9eAH"
    "esESnxVnrChJmq1aghQa/GxahihZ5Oe5qJiYXJphUzJk3ZI1lQp1VaS9qR/mCsYWciXbSH"
    "N+FxVljd40YymrL2iuGUhTMVphQ1qIqvWRzj/TJHID8vPuU9mq/M3GgqW9YGvhoPDnf8hl"
    "WZ3h79j0/qkvhbmMlVkEJHlGJ3CuC9Zad67dyC8D1frijKUP+kxgUeyVGozX19ZCU30BWb"
    "Xo1ResYkO0ML2DZdgUMdVWFBdjD8TNwwZDNk8ZkpnhuWgrFHcqvXmA4FpLEEbjqfDQnwpC"
    "K6ETTyKErXtJ0lSqT/KopgPAC32ED//T6Xz+/FPn0+fLq4vzn366uPp0RcY6z5v86acfm4"
    "cJ0NpM5WA2+DoYTekDaWTRbBYVvfDDkREtcSPlKCNAXzIwxUsQraQWbskvlrzCbD1EJWP6"
    "mLmiH73/iGvH00WWerwLgX6C1+AQCiJ/4GysKmt3YWRgPx3c9R+m3bt7eruVaX5THPy60z"
    "79peNcXceuvrt8H1WWPwn612D6M6L/RP8ej/oOvJppvRjOHYNx03+36DOJtqUJqvYmiLPQ"
    "GvaueqiRkYHWbX1WUOtRSdB6VbTuYRRSu/v0oc+Ru2MLebfcmOD2vZehZ3dZVkbNB9x9Q+"
    "+diY3c6IeECiF/qp89anHMl8yvnregk4r4ohlYflF/xWtHGQPy7KIqYQb4rnF3F5qqXq/A"
    "D2+heVeDRzTEN99Si7/9BALyh2PLAYE8Axo9DoctB+1nUVq+icZMiMBOf9E6GlMRdG0nlT"
    "BW8VQj/8Opgkd3klq9B7zoh97+CPK97kOve9uPAR/Fmf606qziV0RVfHH+Xvpk9DliS/nB"
    "EufzFsORiQ7gcmf8xWP6Mtu9GkT/6L+ZxMVYPWPDXMg60uYIfydSxBEJOx9t9CZbC0R8Dm"
    "RoCjbpf63RQlNm9L8MzPBzSp4cPJ8KfwLA8zklGxg8n1PUOo/n42zfSYX/8jAesZXtC8T1"
    "LEsW+i9SZLOQ5c2j4dbf57YqUeWhZ1tWLFk1P9L7/aO1X0uEpWcKUETFo9+6k97P3cm7u+"
    "7vMXWOesPxTVx3dIKbmBN0VDe0ci8d+KFNN0Iq54dW7R0owxFlu0Pgh9bRD70XDUtlh9K8"
    "n9o8vqceGrzN6UzHCxy8Cu+tbXDwTsjUBwfvFLXO4+A5/5/Qd28hGmxde+NjWiZo1VGvK/"
    "G7oGD1xVqQf551PmUo1vPfyKi4/+b+1Nn8xrBb002rQBFLvGY42jeu1JdfJ1gRnb8v1Ypy"
    "P/HE8q2hKtKsqR9J47N0e4kilm4yuXhyW03C0hXgSULq3g8QGf8R0d0FyZaJHn7ufuhcXK"
    "KZ/IJNC8kmMi3i0sz+16HTTUw+sZurC+1NRRqxq5FoIefDS6ZlpieVfpMn9Un1pninahYS"
    "jRdN7bxHz1gSib1L72aSixiRER+eZQsZojrTVu7MJpIWWFriGZkZ4VdsrJGBySo0resnVU"
    "Smor2hhWgukG5oFpbIeHLlA1YtQ9PXSBdN800zZmYb0Vu7M9M7QlgBrE6wP6pjf4DVeYpa"
    "57E6dQPP5e957M5AohzL87gbbtTuvOQxO+PaClmdl+9jLDX5GAr0A5oH4LBMA437y3MOkC"
    "/PU0GmP6VGY3JFyOJyECgrPVBGbEqC7+ZGOTQTEwPFlK4YA79qy0Jf+6hkCV/7auYU1vDj"
    "nrTpPEc4rz8VlYModVnB0lA4Z8dYaSiKVDNF8Ebromtw90hpeWSVEyRl0FRe8HQ7QeXFai"
    "GmB+wKsCt197OBXTlFrfOwK3glykoe398XaBy30rng8fvJqFTH3/ntR8y+3UQgcnMsCcEG"
    "Ei2diwsuxC8yEL+IIz4nNxbyhqojQodDurUvZ31P0eowzrIpELtQfmXgfKNpChbVFFstLB"
    "eD+pkI7gtrb2M5rEN+Mx4PI5+Cm0HMHhs93t30CfoO9mSQbEXMtNBWoojWXDNWAs2bZy/u"
    "vmqvEu5ZdFuJT3LAxa5qKs654Fsj8tkjsBPJJ7V7ezcYXSNxtpLVJ7X3+DAd3/UnRHTy26"
    "BHRkm2aWkr4pAR3+VVdv/4nK/K5w7Hm/K5k/qi0J+iarO0JVaFV2yYbkZGVG2pPk1C7nAk"
    "x6f9ujeds/Ofzq8+X577Xo1/JcuZSeEueBJmdFla2rqga86TJPerPJkzzlT3Wj05ptTUmf"
    "CKJVYHWXW7weRlyo/pXI0GSngxNFvfES4Hpq90oqZiJYnGrq9ej0xRW7Y+G525Qqx84Zut"
    "WeKOIH2hMz2ICv4nnaypq+lZIZDQcJdAU71kVuwuD2g33nR9MhtPSmQd15ghm0tya0mmBs"
    "WOgE3IXLfuVE1aY7lI+dDmFvSTY2PqFTlxbHLBVA1cg36Dil1hSnTJaAhYBbuJtDIaiWQH"
    "fMLVkRDsgWAPBHvqTvtDsOcUtQ4FXMenxE3FfsmDrze+caG0Kx5wr9KxvUpCa4mWzXBa+F"
    "jvQPqAdHcQ5chDeHd708Fv/Wu0kX5SHx4f7vuj2/7tNTJtU8fkjrMixHb5meNv+HmhaUvB"
    "NnIFkGNihRRSMWs+ivTFJ57VT0alYu38xgZ7UxVXBO9AsnmQn3WuuHbzq4zd/KpwOa7r/e"
    "/Kbp6y458npMDr8lfNAOHCiYCBF5pt7spo/subp6lA6YY2s6Wdo3mbWZoKEkTyjtUtIBQl"
    "ZrULiAaR09m5cOCai6FrdZGkrVYEfGuNnMjkh2d7jTbzIGeeNj2DBM/Q86a+3xmEFOL0Yo"
    "PVyXfX6YAZBGYQOKJKcETADJ6i1oEZPD4zSDRBlJWrwjgkUo3qYnrbxlQXbwyU3GWnETGo"
    "Os1pa4TpAM3Ac0Mr0KA6IQpqKKv4N4A2qZLc9b8Pkclqpg7eEuDEYmRXASd3nhIALtoJuS"
    "bQRrbaCKwTYu1MBr1pVnX1cTmQOjK0kKB7SIIotDsy+KHo3plOD0U3bEjfApIGSJq6u+tA"
    "0pyi1nlIGol8APKQNN74xqUXnfMwNOfpBM15gp8B/mu//JeuKbK0ZiPMUbTsS1cZ79Zddz"
    "i8RitRUZ7Ur5Nxrz/545rGwyRsrJ0rj/c3j5tLtv5sk2t33cmv/en9sEvLl1eiscSWrojF"
    "Kpc7XN0rMppXJHpXSLZhYDVNbSl7TkjmgLl2vdEf+2ImY/XhPOXh6dXhibRGbFnk5rmI4b"
    "AMMMOlMMNQVL53eoGuSfZKzwPUcDNLU0GCfB2ovC8dq8MRe7WEZ1N6b4rMw2sLVd4DBcpF"
    "gQYpqgwGNJK/mk6AvkWGlcp//hkpjXV86f8AJwqcKLBjwImC1g+h9epzosfWK7CitWZFIS"
    "uwAtxPyjk9+Qy4mCCkpJWVkha2wXfMlwr3w6mZKnhzpmLLMO+RFJFMQGm5oz/8QOdoENh7"
    "dYZ7BJ8XzWAeLuv/1s5yhSXiDinaiyCFR0NGEHi/4P3W3A8C7/cUtc7j/YKDBg2d6ouuLh"
    "q4gK8VESvkaVUs+lIJR2uDagluVtharZceeL2syAKM+FjkCdDocTjkc7KkhazMyFS7xmab"
    "hvdR+7zUBaN9OqNelg3DFw0l4Gx3RZXQYI7GJa6qkTafYwPPkKwiEQUlLqzmJDwizNiuHi"
    "yIUBENBHgr86lqg4t7Qs4OuLinqHUeF9fdqPN7CRE5CMjk3HyhVUMF1JDlrgX2y47+WvNa"
    "ILbj/lpkK9jeoQHaYOypDUa6U7xPb8Zb4Kw+jMHa3+7NhF65vcbV/moFf1i4c7khS1hYyW"
    "qLjsffdZoH4pzk5E7h/m3ufbxl2HIGk6d1/uGs89D0sYCxe7ddbgAuE7hM9drkamo8g8t0"
    "ilqHqGC+omiusxg6GWcxdJJnMYSfLAHzlHwL2TDHxBpwynzWO9P/fRp5XRLpmf4rMxyPvn"
    "rD4zmbcAiMcwgMhY5cuCVXiL1GLlXkCBgT0+cRLLLm87wJMTF4E3K/CYEzkPyuY0leiUoa"
    "KxaSi3/VN4If3QlqGytjKeG23xvcdYfvzs7bHQdzgri88U7DlRHQ/2LbHlJy/wsvWTU3tR"
    "gThDSQovQulDxUjdqFkodWDuqRq+SBteWUAG/zUm/i6Ma22R2SnaD/CxvxyNp8FQ1Z3Lmb"
    "0G+bWZoE0j7jAx5cjPhACMnt8YHX0GCouwGGHRj2mnOtwLCfotZ5GHZzaechBdzhjasKue"
    "RpOXqZ3nL0MtFytPqhi71RiAcIXGzYP3Gl2SzvkoM4DER35g6rtlsBeVg78lC0yM2fbYvV"
    "uC+jg0pECpqoZMcmCjRRgShdxaJ0kEJdLYIXcnfLzd2FhjaldVRWZHXXNrhOQ+UhmaepSN"
    "F+ymUARZsqNxmnozRWrg1S+2S0NxsV+1y5zQ6WzmbL6itWLRryMf3BJfdVDhHlQf9mKL2t"
    "jOnSBpb7hPhOYLlPUes8LDfR1EJUGdtt6l4bkjicu/hpvxtu5+z8p/Orz5fn/j7rX8naXp"
    "OZVkQx2HBJAU48wyIAaBxQ147IzWtE5YDXKJw76FtvuVUQlwQllEUuhYzrHcml5qURtWPk"
    "UnQj2J46GDltZkd0IwfcNBTf+FtenL5baa94hXfOjHP83zt3rgYBHw2LKYomOUDsiFbXn6"
    "hJUO2dePHXVxoBE16A3ESMsApLQX4hMC/AvNTcBwfm5RS1zsO8LGUW7cKXQOHJVrmav9W9"
    "/eXxYXqNxNn/2ab1pE76D/0JzaVwGQ96ZdjvPjhXFCya5Mpt//axR2RmmEaEHZnpuPerI0"
    "O/kGRE9677lYjMxBX5Prf4VtGeky9cSowavpaYn0oL5ID/SSPUcmObFARwk+CKJqu/RXr2"
    "YiAB2bg82bjEftcMgXjHRm76LCEK9c9FOUwD087R7oeUf6mHhPa12hMuzoEW+xXPWr9KX+"
    "pXyWM0HAe2QPdQXwr44bL4YT+rY0f+smnJcO1kS0t/9VWpm2WIlGPwS1HKLp1c2mT7idHR"
    "W1v0P6qyZSJtjkQVOTMgmgaHFuTBaef9d5qBLHGJVTQ3tNV7pJHfHBiRob0lu/fvPBtQWR"
    "XegtpAZZ0QqQFU1ilqnYfK+maLqiVbjDq41M02LNIkw68035zWSOXyV3yBA3rm4dyl/Tst"
    "5RN31BjJ7bOEhJq0cg9/5AT4ixXxFxW3QmVHd7GJVUHtmMsYevm5DpkAP3wXP5yGfyaD3v"
    "RYjrjXW89Z2S2GLx4d0M5yx/0mdpo/9mAnTLCPgGhHfC0qX9KJE5JNNLryiev93CT4IxIn"
    "k5gLWdcPeUOibPmVHk646y2BzAAyo157fE3dWiAzTlHrPGSGaq+eN99nXs87kGhc96/OFU"
    "9M/Co9JH6VjBPWrnOMjtUZgUzQxbWXnJsnD+q+P7odjL4K990/7vqj6TWKzfek3ncHt+Sy"
    "KM+e1N549GUwuaMdZohm5rKxwuTq/aD3K5mDDJKlJZGlMr1f+46UtKQjHn4e3N/TC67xQ3"
    "OphoPf+hN6zbdP/Kt/CF+6g2Hot7UwF2UFO09wdz/sTzdPsNKpLU6vdke9/tCRkKhqFKVY"
    "65sOTz+5Tno/uU6inxx5eJN5TEt6cVggAUlBcWKmPk3NDrYLltzTzLSfLc3adNCLWRVZ7f"
    "nCYtCaD4fBT7bmc3ZBZ5OlTQ3zIp0QBry34F1kQcNqzr2aV5gglZI2vmUtB6KNS9285Mlm"
    "u0zPZrvcBriQt2dtmnzjoD/r8GBPRqVH5Trp6BOvjdJoSeTTW3+yZKEBaMT3LqMBqIFXos"
    "GIbWTl03oSjXsJLrhSxy8yUscvkqnjQW0oDSYUdZiTs1TZPm+5NULCeCSMJ7f9iV8sJJBH"
    "dgInXo0QHeJ71JtyITom7KMf3TPdOMpC/jKLhGAhpVUt9z+C9jnPK3Oe/sYkjSQDkz13Rl"
    "nXIs3PGdLHMUv3xROUbZNKomHI+YjSkEjzFnT5JRU0OEzJPiE/Jc0QBcS3I04p2ALhnpBY"
    "CbGeimFe39BOMqLnM+pFIrkxWdB0lTUdSgHJqeeoJGi5ylqO5N3k1HNcFjRdZU37kchCO3"
    "dUFjRdaU170eUimo7JgqYrrelomih/cmNMEAoBCldhvBiarefGPywF4BcGP5aVzY9/TBBU"
    "UFgFNJ2KLGVdkwuogSEMPVqKasLAuiJKTvdLQZvn1gVTHLSxQ3VetMIhV4leVBS2p7Lq9J"
    "zvblIbxQr1vnqT1UwTvEVlYSNle6me90ktAd270FQNxTZmgKTU7LFs/RLwfTRxhULWpWMb"
    "c244sA123BLQfYhM1lCME98oDpTD1l4JON87091rtTRKeHFmWMgRpMlzoNHjcNjKMAVL3J"
    "H9Kt1mos20gVPwTq+nZuphx1MGGqqAyKrFr7vj5ODTf23wwRVw+Ox2jDapSDuiNHEmadC7"
    "ts8+D6H3jtHkIfpWbmu4iF95D/BojZ12h1gPN0j8m4kWMrVP1tfobaGhd6LqtEp8W8jSAh"
    "magt+jmTwj/xatNvlfrCI64m2xTnZf3MP80I+xwtRBG0ELg9MpZocWBqeodUZkNcfRImxd"
    "1+E4kcqkmdNOxUJWFwM2xjGx5mXjll8+QRZ4fpwjQoDydpSdcybYCG8vL/KFq7x1tHqPD9"
    "PxHa0m8sjVJ7V7ezcY0cOJVrL6pJIfCT60lMijtp/Ur5Px470w7HedOqRNOEEh3wwq3Rs/"
    "TgbOhJpNSxpof4yJe2VT5PCkPvzxMO3fXSNzTWzwVdw451F2+Q1P4TySKkRX4dydcHMNru"
    "LJzxnFk5+TxZPUDUrim1417I2HSuGIiVtGpfCGFcm724SlIIGgrAQCv/XogQMqVVMGb0Ql"
    "vAqrdEBMKIEjja/00zu28ZV+UgkfXyktsLTUbOvaYQiRtcC+UYV0cW0ijawcNhXJL8pgGf"
    "+MpBDIM7zSNYv2nBKWeN36T4yETGnc6laHE0WKM6fpNRWDXq212+LaQHSeEOUFROcpap2H"
    "6IRerXulhqBX65ZerZXtiQpNPKGJZ6WKE3dre1gI6YQw4L0Fb2jiuU90oaFb7Ru6JfiDnL"
    "4GS76BHkd9PYykYwktoZqtX2g3cVqahm6ch0mTgh7OlY/MxoMoOV4JhmiVzdCCb8UZV2rC"
    "WUZqwlkyNcHA5C81LWEhmos8kMflGoj3JY/BfplusF8mDHZDNpfuxp1rB4rLVWP3ofdrzO"
    "4D3Z+OnocGXT6qmKQDrRKgVUJ1MOZtlcBTUO7wfQcuJa8L7iyecUeo7gPqtCkg7T2pzqkr"
    "T8up84rOt6XUedTuXg94h/QzSD+r11td00QkSD87Ra3zpJ/phuaEKfOeDhiXayCV0+Gizj"
    "oZ1FknSZ29ioZMu87lxTsu17gaqr2gbS7tPCC7wxu4lsunJb/ZZDnKFoNyT7XSwiJN4lpK"
    "O7ec/F1WodOeo4KQxoTDyxqSxA58qh4k7u45cXeuiOZCMEUF5ya9E6JQAl809ABVwUcE37"
    "OH88IflQMFQFl2VcuyGau9BHx/C2ZqKLLRN5wjoBZ8EkvA9wud7MGdq15fUV6AEybEDv2Z"
    "RUXRJCcGtGOgqOtP1KClvddYUU80mK1inevtrAiR1wRBkLyhECSCIBEEiWoeLoAg0SlqnS"
    "dIZGlLnKvcwBdoXIeC8on0SlUZVNMkPVhCr4/nilgjGuv8Ag5dhGSrkXPdqIoPOEX7ZIrd"
    "jpldXzG9wtGyp60JKHOoIukNqfjlpuIzue/D15JUbMcpo5SEiSwcB7nP4yB56O8SjpKjdG"
    "3TTpLbN+2dViERxpKT/t5TocSfLY9b90J/8fbAQIsDLV6v172mBCnQ4qeodR5aHFKgy0+B"
    "dr6puQmfQKhJoEJKXfMVkNVEwbUAd3TLvHyOmqmA2+sN3n3IoysT2Iw8uiMfHRPk2DF8uE"
    "gCXroTpxvaijxCJPUP0pjAXwN/re6WO/hrp6h1Hn8tb811Y2utzzpcTSE7GU0hO4myvyJ1"
    "q1CySm/BdY6ERexcs8CGFRFs4H5V3/0p+VnC6qyIikNioOBKKxgYw/IZQ1NTGB5UejqMO/"
    "xwWH6qCZA6NgQ/h0CRVzJjI0rP9mIKHw7ks5qAXP8TdFrsg21O9kCdo6fmVSyTBoIXJ6OA"
    "jOAFMO3lMu3V6ABdsa2m5KxTnoy9oDvujnl7kW68zYA95upolrgjRn4s5590sgbtAHvNcI"
    "yhlhUj83HlD5QJ33yZbeGy1qMqWyYSkecYoAVxvkwkq0jTMfkfwzmEGG16qiNtTobSW6B3"
    "1gIj4lF88AUlzVYtbLz/GLf59nUPZk5mNFzoJ6ZDamZlLJI2hPpOKOgDob5T1HqjUjPrQg"
    "7CUVdHpziO3vXzdNWQQXQcrXtc1bTB64xnt4+rSAloXcHlqgE9Ttamd5QTwx8NnfKU4YiG"
    "BkGiJnhv4L3V3I4H7+0Utc7jvemG9ioz+0lnHkjkyzTwBIHyT7c38BzTMxdypcRGhKC5Xw"
    "zkZHM/b1UK5J6qKTqN2Zje2/aFzZiikAIqFkyKZyZfcWUmX2VkJl/FlSCuKLPP+IBkpSYH"
    "QpCbjOObDBz4ctgDX4hXa9mMYCpftlggfcAsMR2rM4pXPrhb9/3R7WD09Rq58k9qr3s/fZ"
    "z0b6+RJOqWbeAZzQ7rDQcjeo28jTQYT65N+l8eR7f0GvlI2eTRZvFYIdcGdMmz/8Rto9D2"
    "c5l4O9ynFgptQwzp4+xH+yKqy96MPOUXg5shDXBnwa2La8E2GIepZRg0gUjjKqsuuE6xvM"
    "g4xfIieYrlN4NmvCqamMtujEoB0jxIB7ttfpYpKgqthavDLyRpJUlUFMpqm4KBJSy/4jwV"
    "JGxhCBnH45UvhmbruUOVYSmIUpYVpXRQLSF85mStfvUmq5kmeINo4SVYPFN4Y0rumAE7cS"
    "ZpENZ7zXx10WJEGAMctwYYBSMYC3FGiDNCnLHmESeIM56i1nnijBAY2DcXJ5paroPDAokG"
    "BgUueRiLy3TC4pLVFeZk4wIPj71ev+8Q/qYtSRjPaBTgS3cwpJfmoqxUJQLgR3A3lmXR+G"
    "9EGkK/XKHfJc4VlXSHNy6xYS8Nv8JHmPN7K2EpaHdQtBbA81VzH8oVkQN+rSx+LZScvCPD"
    "FsqFrpkieOm16Brcnv3v7BglIHuHDWkhqtbYm69eGw0vvOENNvfRRPtk524UMg09+7SvWs"
    "a6xWDpYiPaWWydIZtL4dkT4GLrWt2gSvzd8xrZJvkPefaeFomLKsIrYjM6ySMmniHyO60Q"
    "9++ADFvByfLzcqYEtrDC234b2MIT4o2ALTxFrfOwhc5mnseb9AX25Kwfz5/sXHC10bvI6K"
    "N3kciVrwdbeKD0pg5XelMnI72pw0hvghO1q+U2wtm2nE5NheuaJ8QRoSEfc/OnJ1MPwr9v"
    "d2lm4aGQfwAeBXgUNbctwaM4Ra3zeBRHbx1dOV0fJZii2Zak5TsaKCTSwESF8pukbzw1Rq"
    "bCLw/jUZZzx0pPmMmShf6LPN53L17e3+e26pRao2dbVixZNT/S+/1jX95fBuAUosiG5gH9"
    "7q77e1wHveH4Jr5T0QluquQKVm71n6YvWDU1NMAZHNvWs/a9/5rS6Cr8czvLFdScgQJ+PU"
    "THq79awV/X0u1nstEtfIuSYEyH4+862U2oY+qD4P5t7m28JdhyBpOHdf7xA7xM8DLrtQvV"
    "1N8AL/MUtc7jZVqaLkt5nBtfoIGuTfk52OIL0dULwSMPxBGhBsJcfrsyH7HcHktcElyWwk"
    "zJyk2hy62DmCAEEItqAEK4x9ZAaiuWdCorvQ/LkagsetvGUFlxjzWPXRuXhbYt1TFkk/6L"
    "aFl4pVsMGjn94x8SgRYt8b1MEU1LwIahMVjHKf6egmlUqgmVaFkvSf/3afaW5b8jw/Hoqz"
    "c8vo8xqN/jMJRdbMjSosUgJ91f2lm8pBiMqUxuyqlQhju+9elk4Cs2vIwjXv81JNJA77Vz"
    "ccGV3nqRkd56kXBgdUYDpgyGYDO8geiecaW2nmWktp4xUls11WIW4KVb5SGRw1vlx/mYlW"
    "Z/H/Vj9uP/AQjJjx4="
)
