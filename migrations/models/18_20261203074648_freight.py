"""Migration 18_20261203074648_freight, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "logistics_shipping_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "basis" VARCHAR(12) NOT NULL /* WEIGHT: weight\nPIECE: piece */,
    "is_default" INT NOT NULL,
    "first_unit" VARCHAR(40) NOT NULL,
    "first_price" VARCHAR(40) NOT NULL,
    "additional_unit" VARCHAR(40) NOT NULL,
    "additional_price" VARCHAR(40) NOT NULL,
    "free_over" VARCHAR(40),
    "rules" JSON NOT NULL,
    "unserved" JSON NOT NULL,
    "eta_days" INT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_8db625" ON "logistics_shipping_template" ("merchant_id", "is_default");
ALTER TABLE "catalog_product" ADD "shipping_template_id" BIGINT REFERENCES "logistics_shipping_template" ("id") ON DELETE SET NULL;
ALTER TABLE "catalog_variant" ADD "weight_grams" INT NOT NULL DEFAULT 0;
ALTER TABLE "logistics_carrier_account" ADD "credentials" TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_shippin_ec4b42" ON "catalog_product" ("shipping_template_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "logistics_shipping_template" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "basis" VARCHAR(12) NOT NULL,
    "is_default" BOOL NOT NULL,
    "first_unit" DECIMAL(10,3) NOT NULL,
    "first_price" DECIMAL(14,2) NOT NULL,
    "additional_unit" DECIMAL(10,3) NOT NULL,
    "additional_price" DECIMAL(14,2) NOT NULL,
    "free_over" DECIMAL(14,2),
    "rules" JSONB NOT NULL,
    "unserved" JSONB NOT NULL,
    "eta_days" INT,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_logistics_s_merchan_8db625" ON "logistics_shipping_template" ("merchant_id", "is_default");
COMMENT ON COLUMN "logistics_shipping_template"."basis" IS 'WEIGHT: weight
PIECE: piece';
        ALTER TABLE "catalog_product" ADD "shipping_template_id" BIGINT;
        ALTER TABLE "catalog_variant" ADD "weight_grams" INT NOT NULL DEFAULT 0;
        ALTER TABLE "logistics_carrier_account" ADD "credentials" TEXT NOT NULL DEFAULT '';
        ALTER TABLE "catalog_product" ADD CONSTRAINT "fk_catalog__logistic_c8116c21" FOREIGN KEY ("shipping_template_id") REFERENCES "logistics_shipping_template" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_catalog_pro_shippin_ec4b42" ON "catalog_product" ("shipping_template_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_catalog_pro_shippin_ec4b42";
ALTER TABLE "catalog_product" DROP COLUMN "shipping_template_id";
ALTER TABLE "catalog_variant" DROP COLUMN "weight_grams";
ALTER TABLE "logistics_carrier_account" DROP COLUMN "credentials";
DROP TABLE IF EXISTS "logistics_shipping_template";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_catalog_pro_shippin_ec4b42";
        ALTER TABLE "catalog_product" DROP CONSTRAINT IF EXISTS "fk_catalog__logistic_c8116c21";
        ALTER TABLE "catalog_product" DROP COLUMN "shipping_template_id";
        ALTER TABLE "catalog_variant" DROP COLUMN "weight_grams";
        ALTER TABLE "logistics_carrier_account" DROP COLUMN "credentials";
        DROP TABLE IF EXISTS "logistics_shipping_template";
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
    "eJztfW1z4zay7l9B6Utmbim+scd2fLynTpXG1ky0kV9WkifJXW/RNAlZXFOkQlL26JyT/3"
    "4Bvr+AFEBREkl11e5khmKD0tMg0P10o/t/OnNTxbp91Fs6s57j4PnC6Vyi/+kY8hyTv7A+"
    "7qKOvFhEH9ILjvysu/fLimIuDUeSiYAkxySebceSFTr4VNZtTC6p2FYsbeFopkEl7wyMZH"
    "WuERkV2dqL8aNmINNCFn7RqCy9D/kjdpFsI2eGyf8t03F0TO6a4/kztmykOUf0gaqpECnN"
    "eKl47Efj0RhjjJ6eLGyb+hu5fOT/aPsoEHl6OkK/4oWDyGPoUKpMAJJtjGyT/Ft2ECZyK9"
    "S7H6CFZSrYtpE3wqNBb7cJ+MHXsf+GLPPdRqauYosKeyPqpvGCbQe9a4ZqviPZwmSkpYFV"
    "98cvDe3PJZYc8wWTmy0CwT//RS6Te/F3bNN//k9nqmFddf/ewXNZ06ncK7mD/lexsEygIg"
    "rsUDn8fUF+rE1AsoOh/PlhLHWdqn+1cLXfcW8mgLr/+KuLEo+RVZUOs70HVDQqvXHxKrkD"
    "J14GzQXHvS4Fsp+1l4HhfHHvpdPuWVJMfTk3ovsXK2dmGqGAZrgvxAs2sEW/LbnmWEv6Qt"
    "Bv5b9HwTviKTK6xdNgTEbFU3mpO9FvIl8gutaRpNu7iTTuTySpk3nlAonYm+JfUghkBA7y"
    "VW0XgBf6FX78j5OTT59+Pvnp0/nF2enPP59d/HRB7nW/b/ajn//yvkyEljeUi9ng6+B2Qr"
    "+QSdYEb+GgF/5yZci7IkVKjdCPaTejhWvyiaPNMVsPScmUPlRf9Cj4S1o7gS6K1BNciPQT"
    "rXI7UFAB1pPBTX886d3c0+Hntv2n7uLVm/TpJyfu1VXq6ofzj0nlhIOg3waTXxD9J/p/d7"
    "d9F07Tdl4s94nRfZP/R1/ODtkFTMkw3yXy6scwCS4Hl9z3OFBzsAYlFXw1k62+sZy7Ch6Q"
    "Hy8bCs4oOpBNqZhAVR+ldsaDr7fS4PbS3Ygkjewno/7XwXjSH136GxK20jtYzns5l79LOj"
    "ZenBn55/F5wTT41htd/dIbfThOq/bW/+TE/eivhCoIyg4uq4tQeHfK6CywoVLABDVy37+9"
    "Htx+vUS+/KPxpTcY9q/pMzQdq2THf7i66vev6SV7qSgYq1ith47CvTurI/ZiGArU+SXh35"
    "oS8J6cnXLgS+7KBdj9LIlwzGzhxTgm0kKUz3lAPs/H+NyFmFpZ09fYTk8vPMvK67tsqVLm"
    "E/PEzLs3+9H8ZJ6+Ihvyiwsc/YX0+/uezZW5tDTXRM44PcFHXA6PErt5ra/TI97Hu/HjVM"
    "fYQb5kF5nu57Kur9C7aZG97AVNiZNiEudlji2FmP4M12azoQQdhUBWIpYtWNhgYR+Ohd0h"
    "P1C9M/SVPzEaYnH7c7jQ4F4u1JJaT0qC1uuidYaf5X/72B4XW8qFltyU4Pq1l6Fnf1rWRs"
    "07XH1j752NLWH0Y0KlkD/UbS9jbWbfhKwivpgWJj76r3iVcXVT4PsW401sqGa9An8FEy24"
    "Gn1FS34PLbX0208gID8cOy4I5Dug24fh0LPveE355AuRVcKdgScm+YNTBQ/+II16D3jRj7"
    "39CeSveuOr3nU/BfxGflEwlceOPJ12GN5R8oYuj48UTh47lFnvKiH6o3+wkR+DmWkLZE4R"
    "/k6kiHcT92i66F1zZm54xDJ17EZxVmhm6ir9m4UZzlPFg4M7VY/3CdwpMKy3YViDO3WIWu"
    "dxp9w9Iavwv4/vbtnKDgXSetYUB/0v0jW7lDnPFSb5z+nSUNych+elpjuaYR/R5/2XYNyk"
    "ivAkBSih4oAm/nDT+z3NIF8N7z6ndUcH+JzyrPbq29bupQPntu1GSO2c27q9A1V4t2wfC5"
    "zbJjq397LlGOygX/BRl8ehXcRuXufJ5uO13msEBw8cvGatuA019cHBO0St8zh47n8z+s5P"
    "AQrub2H+z/HJTzxZbCc/5aex0c+EUoBi+aF4xXC0P/tSX34dYd3N58+3ovwtnli+DVRFnj"
    "WVmKzv+Hlmmq8SNtSF6UpuBNhv3nB9f7Q2obbN1LLYPMs3NP1ZyG1rSq++AE+SGT1gQu4/"
    "QnRNRppjo/EvvR9Pzs6RqrnHRzQb2Q5xBNW/uZENGxPDxLs6M98NZBJvBMkOcs0VMiwz/a"
    "zyh7hHbPwhPhimg2TrxTROPqJnrMjES6BPs90jL+SOH581B1myoZpzf2QbKTOsvGKVjOwf"
    "tLEwmYW2c/loyMjWzXc0k+0ZPXrjYIXcT678iA3HMhcrtJBt+920VLuL6KP9kekTy0R4Aq"
    "VBgAfsf7D/628Jgv1/iFrnsf/Jwj3Vvot4AJFENT7AfhfcLR9jIRusRDdlEYDjMi10s6o5"
    "ZpETFxOKVablIGRZeciS2KkEX+9BAppJiYFiKleMhd/M11K7fVKygt2+nimjDdzcszZdzE"
    "/LaLnIn0rKQb5AVWHrWGBtw6h1LJ7XMEXwxk2Tc3DzmHV1BNgIT8k7OpuQZdDoMCiwxOdd"
    "HhLM8iQkJxThqiuj2fYSq8iXRq40+kCpqqenfzva09PHblCqZSrPNZr6O/W4Kr9WjOYgOi"
    "w2VBtNLXPOLjFT/WMoFdZLDajZNGtZdXmzy+AzesJzLluvtEYNeRq9gWw8T09INlTve3lF"
    "bQz83XHzmr0nPxreFzlC92QUYkvQcWRvfO9p8guZemiOZcMdWscy2dMu3bHeZ6Ye/hLyrf"
    "wNrwxP5g1SZS2YIJsAaLdG7g1doN0OiIAB2u0Qtc5Du5FtU4QS8m9vHeH26YSDC/p0kssF"
    "0Y+Sfq2/4wpgG0m0kGyrHmBidGjkPSixXiUlW7heNXd9YmxLdrk9yQZmqBH6Bf7vELRcj+"
    "Mq+94R68D8sc9JCNN+ZU9K1OOdqvisxM4IP7cWwMB40xzZ/+UZzi99S5eH9nPrBUhaUoon"
    "AS4SQY6J/m1qBpLDI/0/0Lw0MnAXkefgBa0N/bxymS1XDGPvyD/l71wujJn9Vu0TKN/npt"
    "HRe1JpdD5XGJKAXk4d5Rfpv2R2MlwX6dorRrKbpvdovOLVR5qoh4NSl/Hvv8BW+M1d3tAt"
    "FXnp3eISgy4XaOGFLis4rLS9QdGDblCOskLiz0NWlZ5Xm9J/6fLVvgorGBmIRSAWm7UxNZ"
    "RiAmLxELXOQyxC3eRt102Gkhg1SmNyrUbhDMukVOtY9eozLIH0LTPja753ZE2G0BUQ13NK"
    "FGjBRujZc/kyqi5yzbKyUCpXzFGLucUJn15IDRlR0EJZLUBZrbqR5VDdqSNAmnNVd2IvO7"
    "uLSNRspeHFNrPM5lSGztldAd81+GatiQpKb1cX+HHBZ0R7AqWsD/EEcT+oowW8O/DuTWdg"
    "gXc/RK03gXevEf24FdY9qF8jzPVmBFsZ5zjjQvysAPGzTCY1ebAkWh4uIbTDDqnbimdsqU"
    "JcwhuzJWIXam8MnD+bpo5lI8dWi8uloH4mgtvCOlhYdsuxfr67Gya2gs+DlD12+3DzuU/Q"
    "d7EnN2lODt+z0GVnalpziQbm2JN7fRvgzCA7nOyGaWDBCd+5JdsegZ1IPhq96xvap1lW57"
    "RL89XDeHJ30x8R0dG3wRW5S1najjnHlkR8lzfN//F7P3jgBe3esGX7mXJJteX6NBm53fF0"
    "P23XvTk5Pv359OLT+Wno1YRXipyZHPot38OOZ43HzilvWH0xfUq6YTtwHsPBpoKidMQNUW"
    "PkmbaDGUrgRo9sA2ZimC005XW5kKoojHrvDnXftqKocbSIR0B2hM1gCmILd3SsVgMlvVjm"
    "crEhXC5MX+lAbcVKnjpkUsk6tiVFtllZYiJ49cLRrshgbcWM/FTiw1japmiNZ9pijpsY9e"
    "aCSZGtTVf1KzJES9GZ6jKxSv9cmo68IUhf6Ehj8tL9gw7W1pfuWSeQ0ERQidaHJu+eNJdV"
    "FgEhgNznYMw+GZKnBH0TJ1oGOMBsLWaWZr+SRyuavbkpPyJjXftDtfXldA/ATS2THhDEDj"
    "2hRswJYme+bLxFhgOP/XGv3GFbOu8049n8LhF8DPNdx+oLpuZBRSb/gI49cPC8pdjJqkpP"
    "AG464658JrHnDdfWN1a2aaU7TDAijjPedI5N3EFaOrF2i1AjZ5MHkTQnL4y88ZrvQXXjjd"
    "VWxCz8puH3jfloOki7IZLoIfeNrVZupJq4QPlA0Z9qhThsitVNYrSWoCaUeBljMswlcZwY"
    "xVACWIPmsRzmRTRUSzBN+gHydFoFTIHROg4GbAlYgsm84VEARkJv/JhAflJv/FwCJPRCQi"
    "8k9DY9tRMSeg9R6zwJvdAYd7tpj7a+fBHBN7i/denSFzzgXuRje5GF1pGdJcPH48tsjKR3"
    "mNIYZbKKJDX2riaDb/1L5Ek/GuOH8X3/9rp/fYnspU1LwWFvIu29D1zQuXhpCR0SSImVUk"
    "jNrPkk0mc/8cx+clcu1u5nbLC9UoFl8I4k2wf58ckF12p+UbCaX5Ruc+57/5vGFQ7Z8ReJ"
    "U/G6/HUzQPhx2meaaCNRI3DgmbncOLb3WzBOW4FaWKa6VDbOpfVGaStIkEcLuaHbTHqk27"
    "zkF1PYPP+RjtbzBmsrZrafB7u7dNpGwyQ9y44yqyr5+DMdrK2QeflUmoPne0iiaiRigTtZ"
    "VY77b954195wbc0XfZMtjZazmpoWJlvlpivZN2+4L/5obZ1r/hxbSbZubgpZMMHGZKiDwE"
    "uylsyizmVBGy311hplkOMI6WiVmF8LMopEdn9aSqEKA4yON/GHaxNuQnlWgjkx8ZO+jLSY"
    "1EHg/MyY+OFj9871XYyQYs7nBHxnhdzTpT8+L1fIGwe543SR+W54rYVoJyH3JtqoW8UWo2"
    "XRxsMJ9vvxJCvuxRM7+gGteCCDCDKI6p9LAhlEh6h1yCDafwaRHB0qS0Kc34onJlKPZjz0"
    "sa1pxhOZREIWRkIMiugL2hrMc8OiKsiIghqE1JBJhWFpJasS4WLw48RgDVNHnoPbTdWEz0"
    "zG9R0NvCWkAoBb3l85sdQmYB0Ra2c0uJoUVdrfb9S/iUwgVO3ZJZkVWx2ZHbrja2c+lZVc"
    "sOGYF5A0QNI03V0HkuYQtc5D0igmq+5ZPkkT3N+6Y0inPAzNaT5Bc5rhZ4D/2i7/tTB1TW"
    "G0GOMsYB9K1xnvzk1vOLxEc1nXH42vo7ur/uiPSxq7U7C1cq883H9+8C4tF89Lcu2mN/q1"
    "P7kf9mgp+7lsvWJnocvlqtifcHUyKWhkkuljoiwtCxt5astZc2IyOzyTd3X7x7aYyVSvAA"
    "6QP+V3Csgcf/SL24kQw3EZYIYrYYZLHQ+DIuYi9AKdk+yZLgLU0BulrSDBCRWo9F45Vrsj"
    "9hoJj1eP2z2ftBlIYTnuFlGgLFtl7wV+GzPNtkkgR0daGfxx4rxrPn38nritUvb4n4kCZC"
    "4T8S9glIFRBm4RGGXQ+i60Xn9Ged96BU650Zwy5FTWgDmLKySw+IRT+lKCkNBXVUJf3Abf"
    "MNssXnW4YargzThLTUN2Kh8PM2w7pvK6uX+svLYIbDgAvk3yoOiseD68/GXZSxwYbwrFJc"
    "i7XJFf/GJaqw6Ddgk/6xaxLgrxvHXzRVLid28zdS9xbHMhWxiObDZ4u+8Cd3NAXjxwN4eo"
    "dR7uBugFKPreXHQjM0TIXEiIleIJamaW1oIm8FCtgCSIG8DN0gMvR5CYgAmGgHwDdPswHP"
    "JRBMpM01Uy1Ga+b/vwTi4SO65q3BSMtplXEGTYMdzbWPLdeu9Wj93MUWDJVzUyp1NsYRVp"
    "BpJRdLyNVUSJR4SZmbCIJkTsAF06PQGKHbVtB+yC53xAPhR4zoeodR7P2V//xZ2PhBxEKQ"
    "UXX6j+UgM1FHmBkVm0oRvYvj4i3bQbmFgK1hd9gco6W6qsk+9rb9NJCiY4qwxtNPfXO0mx"
    "V253EcBY00RLU7A014wq68Kmsij8p1X4gCBuWnU923SZZ/D0GrvLdcHTOyCbHzy9Q9Q6xE"
    "jFykNwda89Kehee5LtXhv/ZhmYJ2QvZMOcEtthnYjOdq1a5jvT/32SeF0yqdbhKzO8u/0a"
    "3J7Ov4a22W7bbAoduXBNrhAzk1yqSdNsG9PvQ2zH74wNJv9NSInBmyD8JkQ+THZfx4o2l/"
    "U8Mi8ml97VPcEjf4DGRg5ZSrjuXw1uesMPx6fdExdzgrjmOdXxU05QCWjdGlJxJSACBHU+"
    "w36fSZhzfcO02O7o0J+2hbLnJZ4cn/58evHp/DR0DsMrRT5hlmz2EbKXczGvOynXGlx3TP"
    "XHyRoh+FOCkOtVVgNwKm/vKmBSi0K6yBsBXgs4KVnXk5KsbaACeNuX85hGN7X15WSZFi4w"
    "VUQZxdtUNhTvvMV1g/ReqHbIhj4xa/3m2dX0zG4rSNCgd+cp0MGMYkT3Y5NtfXT/LXbz7s"
    "73RpkpELxupJXaheD1AYUxIXh9iFrnCV7br0sRvt2/vXXHT895+hqc5/c1OM/0Nah/VsDW"
    "onM7yAnwAmvynB3I4IjJRaIbh+XqtlpBXK5xcTnZIQ9/XjqsetcFhQYTUlBrMLHlVlFrEB"
    "JgapYA8461l5kjvVjynKGWXPcwLdaaOGtl8Ws4rVavSBEck6r2mBQPnQ4FNbn64eiasWlb"
    "DrcdzpCM01ak8HevfUkVYPWmDrbczjFXso05UWtIkCwVvrWcKgCjfYTaPLn20kuoMUgJxW"
    "xioJJ9VZFtxo4rXsfWj998iQ3ZktdVMMbl7YaMCFe4TebHtzTjDRsOTVCww5srbh4UC51F"
    "TYoKK/SEt0Hkq7FWdxciXwcUA4HI1yFqnSfyRTRFbHTGcpu71sYkgEHKnIDANrZ8opD3WE"
    "lMBABNA+pbJ8KUXFIOKLnSCfUJY09IBWlJUEJVvGjMZN+QF21fRmc3xYsmF4L16fOJRq0b"
    "opvoDdtSfNNveXnmeW6+4TneOEnZ9apv/LFaBHwyVK7rpuICsSmvGg7UJqi2mbKcnF95tE"
    "58AnLTO9I8LrXDKmX02cDlNNVS6AKXc0BePXA5h6h1Hi7nVWMROXxpWoFsnctxdXrXf38Y"
    "Ty6RrP57aTuPxqg/7o9oxpbPodArw35v7F7RsWyTK9f964crIqNimh7hykzurn51Zei+R+"
    "7o3fS+EhFVnpMd/9H4bTSY9KW7L18u0bulOVgyp9MO39zacuKXT71RA9uRxSm7SA54pjzi"
    "ThjbrCCAmwVXtlll6/IzpyMJOAnAcxKA+AmmJREv3BKm6TKiUOiiLFdqYdoex99e+ad6TG"
    "hbsz3j+Oxosl/wzPWL/Kl+ke0VGDirQpM8LgU8dFU8dJiTsiFP2rZ80W62wH44++pUWz9G"
    "/jF4rCQ1mE9ieQmxcvLutX3IHgzNsZE5RbKB3BEQTXpEM/LFaXuxD6aFHPkVG2hqmfOPyC"
    "SfuTAiy3zPtijbeDRByoyOXnVRfGDhGr1OdoGFOyA+Bli4Q9Q6Dwv351I2HM1hHBTOXWzj"
    "Im2yTisjEOghUiGnKhTYIX0QT+TavmdVPbsY2DRCdkJMqE0zd/dd+sCprYlTq/uHpjb0ad"
    "t4uq+b8mtjLz9XXz4gCzYhC2jkajS4muyLLQiK7bozu8MgDJI3dIs4g7CqrRneu7N0l1RF"
    "3aSHVa1Pz27Qt+WHKksyheYhnR97VKVsRfBTMt0j3Rqvu3wgmV3aG+1LX/EjXyxzuaiY5V"
    "loyisZdGFqm/e3Tw3tw7CSbN2EopTNtU26QCQdEKUARNIhap2HSDKW82fPNuJlPSKJ1pWm"
    "PLngSZq4yM+ZuMgGkhtX1myBDZUWz1/IqyBLXCR97r5/ez24/Srd9/646d9OLlFqvEfjvj"
    "e4JpdlTX00ru5uvwxGN7T8GdHMVLPmmFy9H1z9SsYgNxFDhshSmatf+66U8krvGP8yuL+n"
    "F3w7kKbgDQff+iN6LTTVwqt/SF96g2Hss5U0lTUdu9/g5n7Yn3jfYL6gfhC92ru96g9dCY"
    "WqRtfL1WU74Sl2epJf7PQkU+yUfHmb2Z4z/5RiJAFZY5l+Vo2puLmzVbDigpv28tkxHa+8"
    "a8qqKKodGxeDurE4Dn62bmzY8cStuCuKdEYY8F6Dd5kJDbNZeDbPMUEq57TBmrkcibYut/"
    "ecJ93xPD/d8Xwd4JJoQfU8+dZBf3zCgz25Kz8iepKPPvHaKI2WRT6/LjVLFqpTJ3zvKqpT"
    "W3guW4y4UlHCdSDRupfgjOtswVnB2YKz7NmC6JAyDeSUdZizo9TZPu/4R8uku1vpbnTdH4"
    "VnzCTyld2gVXC0jN4SetTeKTN6T9xH37tn6jnKkvg5nIxgKaXV7XBIAu1TnlfmNP+NyRpJ"
    "FiZrrkpZ1zKdORjS+zFLt8UTVG2TKrJlaWJEaUykfRO6+jM3NDBPyT5JnJJmiALi6xGnFG"
    "yJcE9MrIJYT80wb25oJxvRCxn1MpHclCxous6ajmXDCOo5KQlarrOWEylIgnpOy4Km66zp"
    "MBJZauVOyoKma63pILpcRtMpWdB0rTWdzJjlT25MCcIhjNInYDLJq0J6YElDGZOyugjzno"
    "V0EJeCF6E0+KkjA/z4pwRBBaVVkM7RF1IDQxhWorKasPBClxW3JK5kToV1wRQHbWxwSjV5"
    "8EboqGpSFJanqs6ruvtuVhvlDqx+DQZrmCZ4D1fGjZT1R1aDLbUCdG9iQ7UU25QBknN2le"
    "V3VYDvg41rlD5QObYpR5MD22jFrQDdcWKwlmKc2aM4UI5bexXgfO8Od2820ijhxZlhISeQ"
    "Jt8D3T4Mh50CU7DCFTk8rd5OtJk2MAfeCUqlAriv/fHG/nDtRJtFROWAnV/EgTnpN+zz0t"
    "LZnpiy+G1znFx8+m8tbh0EnevXYySH3eYlRbar7V3fVsy8tYqmeu0DsiauV16m54ZIjdxB"
    "WoqQQ0xFvOmSPnEHaSlCFn7T8PvGc4gO0qaFiRpX3HWwkslaQdY+G847A09M8gdHH8LYWC"
    "2ceJrxbH6XNAfPqwArME8HdNSBP2hLUKMzT6DMWswCZdRYS9qn64qy4zfeZoKdO7ckOl7E"
    "i6j/YKOZRmmR1SV6n5nog2y45dTfZ5oyQ5ap449I1VTyb9npkj+xgegd77NVtkL7FsYXrP"
    "vmQQJ1sZoaA6EyUBfrUCokQV2sQ9Q6I11PoM0hW9dNaG3Ir9ctn12k/VGkotJYbIxTYu07"
    "4lX9mVwywcVxTggByutRdrvbsRFef2Y9FK7z0tG5ehhP7m7oEfUgSvxo9K5vBre0UepcMx"
    "4N8iHBh55PD2L0j8bX0d3DvTTs99zD7V5ehE72DCp9dfcwGrgDmkt6TpYWXRv5V7yTs4/G"
    "+I/xpH9zieyV7btr++9gAF0Q65AmBt0+4xXbuCpyfCqoyPEpW5GDukFZfPNL0QT3Q/mZhI"
    "lbRfmZkFQQWm3iUpAJWVUmZNhLYMeZIXVTBm+yQnwW1qktZSwTNY8BDfNU1zGgYXYsHwOq"
    "zLDyai6dS5dzRM4Mh0YVWsgrG5lk5rDJTT7RR2KODRwbeVY8mpq6br7biHavDGwzjxu1Xa"
    "qTXvcrCdnow9MT+UB7w96v8j2Bp6ePl3TU/4My9X0N03GL+aIVdtzhbPJt/P6YtqPpOpLf"
    "ZfoI+mX9x/yNjhTW2O0iA7+5P0BTLxH968qXf5ftqP4uesZT8pYFY6APiV8f3tZ9NFD8WU"
    "glBqfbqHMh2zZWPx6hHtLJixbeYE6RvVRmSPYsVKTZKKiPgwjIFFL6w+i4xHh9wxRJFKsQ"
    "TB82Nw28iv0O96I7nPtbo5rHXRcjw/R/YfTrPlCNuvJU1FPPD2hhmXRnsMNKx92oTPFHf+"
    "jRZNAbDv+QYl/Je1KkiTiMLgEe/MCP/l00oyitFTdBIUApqZgIbbLlOu4ckImmIyQUeeEs"
    "LfI0AiZ9YSl4dIJ8kP1H0w/IQrYkt5gWUS2Z5OQTMtnd70QukTFn9KI3B/zRPgQ6cuj0V8"
    "i+SQf2b+0ifPRyhOgTwowmD6NR/8vD7TUFhvkjkr/UVZD3a/xXzH3kD7GXJPg+9OH0+4XT"
    "5YMfbvdkyaxSMKYou6/k0xPRpKnTesxH7pD2Ec0FxfYs9a6R8aiSl4431ciPJsusqtE1RN"
    "aRRyt2aQyDfLlHg6w4hi179o8HC3nBX+ivCtrUEjQD2D96wQ1Lo2OTG56eYkvY0X963+C/"
    "np4eDbLKPJvfkRvd8cIiWjC0fUTk/DIw5Ns6BESb3kIDJBFgLjL0rr+Ru+Nnleno9FsEV/"
    "3KX2QkmbzeNo4e90xxIF80nJRuk91Amx/zAjT/TCR9ayqeL0yHVmyWXvGq86+i+E2M+PCU"
    "LQXLB0R0mmnLdSGic0DcPkR0DlHrPBEd6HSyVQ4cOp0UdzrJMdMtRyOm5koK7SN275FHIz"
    "JhA2OzDB2+haqv0EADGmjUqTDQZi0HSiGdEQa81+ANDTS2iS4UU298MfUM+yDoqbDkW+iv"
    "NNc/ybqlUI653fqFUo+HpWnohLGbbFLon1T7BJZ0CEbglWCI1tkMLflWHHNlcB0XZHAdZz"
    "O4LEx+qe1IM9meiUCelmsh3uc8Bvt5vsF+njHYLc1+9RduoRUoLVeP1Yc+rzWrD1Re3nu6"
    "LlR1rGMuI5TGg9J49cGYtzQeT00rL+mNsdBssZpVU3Bn8YwbQnUfUadtAWnrucduaau81O"
    "Og7tW6zOOA2l2beJwPyD4KHNAZGBvzTbY0v6YrJNk10sjoIkiyO5x0K0iyO0St8yTZLSzT"
    "Dae6/87oPZ9ySsu1kHI64aL4TgoovpMsxRfsnKJ4p+VadyR2K2jbr0sRkP3bWziXq6dP/1"
    "yS6ag5jNBArpUWF2kTJ3RyfPrz6cWn89PQSguvFBlnWdKN/C5HWliawsoeKcq0SgpCuhWO"
    "T2tIZtstupBgvO0E46ku2zOJFkIWJuczolDRpGyIBIo87BH8GAMlBH9SDhQAVTbqWmWDMd"
    "srwPdbNFJLkU2+4RyBv2hLrADfL3SwsT9Ws3ZRXoAzJsQGrWxkXTcVN1a1aWuIcKAWTe1k"
    "Gbuo+0gFzVqSrTTa1rVFKBaYbpuQDyx/5Xru3gkNWQNEy9WnOrUwoqbZXi75odNU4x2u+G"
    "mnh+i9yDTI/3CqjFIXTU3Lq6NDqRPbrSjk1t6ZusWV3BcsW9CpmiFrEL9NNeWMDnPHAngV"
    "Pi6VjLOdhyRa2kFR/0Y7Gl2ITh9QnBKi04eodZ7oNJSAiZPIJzws8kk+jXySiYNQbJjgrj"
    "9sHsjWma0nDv/kYXQr9W6vJa8cCz1j7iwtQ5INVfLqsgSVWqS72+EfQbEWySTv06PR/51W"
    "SP/av0T4u1dJj949/mVw7x5Wn2mLtI3IFeqGWj7hmSUcvMICOv3HA1lXvMI6/hiPRu/+fn"
    "T3jV4kboRlvrnXfusNJrTgjzcNLr26pvTwoDcJqC6v+oNv3lAK1lypwe34vn/ljq8Z9gIr"
    "jlfN5+/+RQv/O7w2vhv60m6ZSFoLaHg3dgsB6aZdl4o/7rdbBg5rmRmSHKHGZ1w72apLVE"
    "/3w96Vd831EXL0Sbez61HvNzJT3jVnplryu1FGg9W3MKAVSJnqy49zRBK7C3L8tF3Ho7I8"
    "i2b0ItiZYXHGlXp1VpB6dZZNvTIXBBJVes5JA1i/5iQGqDPqzFYrrOYqZBWafLkb3Vwisg"
    "o5U9OqSYOUEOlyTVKY4pBWUDay7e1H5KuWKEfBkm1dpuhWmqeEpqQkz80lK9RamB3GEt9P"
    "oti29uCqs8QC86ws3hlpgBuS8vaZlOcTC34rNLFVOy1ZYw+rJNgXPGv2Rf6SfcFYQFzUaB"
    "Twlfr04lxh/giA/3r8A56lBCWfEoXaaPWh4LORl4AZK6HnlCjouc56DsnOEopOy4Km66zp"
    "gK0u9UYnREHPddazF4MokygRFwQd11rHUCpt34RdKpmOXwUpQVABHMVqIvjMxEshReSNAE"
    "EEOJ1Vr9NZ7BNEwUJeIcItBje17XHgC2UvebEVL3uZWXv3sEzUbMnmBTtv29rgPByc7BI4"
    "EedoyivetBLmxB2kPZN0q3UwGXNr7dGu9ZUxU8e7+Gtkdh6Ck1b0PJbXOtttHK8ZSHbPav"
    "3NPZXlBXqwil5MU7W7iDZuD5I7aRX1uay657ScGZ5nT31t6yGC58BcaKo9BhaVJK144CBb"
    "WoJCoU33KroIjmIdzqEcOIp1iFrnOYoF9f62kYdOvDVifjI2sQKuLCYDqf1pSN8tzXGwIZ"
    "nTqQCoKSmANQ1rYHwKGVsxoTa9/jum11m2tJAacgYAcn2zaFPgNgnpIiMKL0ZVMY6gMsyG"
    "3GW2Lk3DlMFNFUer8/oCdMnmJRtCnGiY0lJ0My86BxWfXqgrgJq/3F/NVnZenHM2N+FOVN"
    "tkTa+8xP6eorhnVRiMaeqObhFbqpsvmu1oih0cGJDkmFilbYX+mYhs0pxtjQZ0/pWiKYGd"
    "A3auWat4Q3kaYOcOUes87Fy4Nmd0XtjCJ5Rp4fG+6vvWi/bsaXFvpC0cJ1Mc7Y0B72fT1L"
    "Fs5BwkC4VSGD8TqW2BHFgSu81M/3x3N0wsRp8HKYvg9uHmc3/04Th1JphB5pnGVHvJQp3f"
    "8zySqEe3c/rY9nQ7t7CKDUeTdUYqywR/z2NXk2ItKPNQtB/3f58UAx9ux8O726/B7WltpM"
    "rfBQd/Fxaeat9FlnaGaAsUkFrjeZb4/BU+s3uSmZx7SLvIK0wJtiY4s2PWWpftcvinBHeH"
    "/4/HrVIAnBOqW8gA8vY7AlRrUd5+GDTYD8M6nmkLt589g1sNP+vysap2/P6K6dS4y50uO5"
    "JmVYsK9m+ngv6z7CizijNBFXPpctSQANrU9bMLFPMBkY1AMR+i1oFirgnFHIR0RanmtFwL"
    "wa6ect6gdFxVNeMODfIGNiog0liXfHtFkHnrDHuf+0PpatTvubXmE2M9GveDq1/719LD/S"
    "Va0GOIqrRc0AYE0mTUux0PJrQDAS1PaNia82jcPUykL3cj6bo/HHzrj/64RObSkaamRf0w"
    "7Q1bq0fD/4w+y79In/OlNxiS5/Qmkz7ZAeiv1HR3F3bwfOHQYvi0P0I/7I5Rl8YFLlwinH"
    "go0AIydtdseGCRly0DzpaHLOOydGHojQtpIS4F2JfFPsZaiL0DCTnAH6jyxqqgLiW1DoRl"
    "gyjF3qoLuVtmBeAGgYbPwXjNWul5AY5bGDmVbhhbaQX4cpZuaiisSdNhgxJC+A0bGxfF8e"
    "mN/htu1WLBKI6ztkhe0PRdcIktXSJvrxue2PEm/rM2lUR3vYW1IMQbrrwicV4pXP+rjfbu"
    "PpwLQVIIkjZrnW5ouAyCpIeodZ4gKTQs32rDcohB7yIGDYGAGtgTQIYCI1dvVewobziWPO"
    "B7bBuSG/GE4GatPwK0RnXed5ILYnjfGbKIx/sOE2jw25ZyreN53IEN4D3NTUaGGhZ1WWi7"
    "4DsfkBcFvvMhap3Hd25ebqC4niEhcKOEwDiYzHnCXhVSYi1IDkwRLT/xkADkrnyq5acMDa"
    "CbiiwKdFymdSgfn/CgTO7KRdn9LJVmoyhLyyq116VEW7jZNXdzy9o0WRdE4L1iCtd5n6vP"
    "gYMgyivqx6UEgTyrijyL++UVZVw1UBW85FlqGtbp0P2VbOUVM11DAykzrLxSW1UJbt1Z5k"
    "W8QR7kWjRybekCX3RAzAHwRYeodR6+yDFfsZB3Ggq0LtPinIdpOc9nWs4zTAu1OxY0PkP0"
    "QTfILM751SJZshvVjaxnGI6F9VYKRIZ4zomJY6rldBGThRqelatIMecLapaXsjxSshXsQs"
    "15YWq+6WRtjVSHbYG0qKQg5EOVzYeikZHlQlqYWglahyEMmiirCTKhLTy1zDL0WloUCLbK"
    "CLYQ2iootsRgDVMHN8mWnozrG2IFq3kFELf8XGNy21uPbHyFrgDde3e4e7ORyzovyIxdbY"
    "MTpLRr2YY5lpQDblmHt60mWYZ45fDpAZacnHrYqa/qpMqAsA861EEaZW0sgi7Q4gdEkAIt"
    "foha56HF/1yShVlzVlmd5y62cZE2+WEVtj+3xF3cmFCbQN0xx1C263kFzc4PVwEF7EJgAW"
    "7olgVJIg1TAbfXG7376z3efbR7biqwBW2e95wO9UWX7dlY1pk+XPRht8iJW1jmnHwFerNk"
    "B3fvLDcqhi2kRjVy3e6CD3hA3gD4gIeodR4fsP6dipt8ZmdhaQoD3musaHNZzzvBoTENN9"
    "UTOvKFG/gaFeB73b8a3PSGH45PuyeprsTxyjSZFhGWY5dYsBKCLVyvmrs+ZbclbKhlVBwT"
    "AwXXWsHAQlbPQtqmzvCg8lNs/Ntb0zC5MiAX2JLCvARdm2uMhSg/g4wpvDuQt9wUuTKQNY"
    "OeVTWtlUSJDrY1ur6sQ3aUHdqoKlaXiiORpy3kVXDQUKTaw6g/7o++9aW7W+ludN0f0XoK"
    "NrbeMB3TraFMKzRcP1xN6C33vT9u+rcTWqmB9dy9V1/Ye7pfzbJzICByMAooCIgAe18te8"
    "9ecSqAVyiVtWZLTcWZrDxZgF6J/wpyAd1OCJzJgA2BPeXqmI68IUZhfOgfdLAWrQBbzZpM"
    "oVYUdwtx5Q++SX+GMutCcJ0HQ3NsJKPAMUAz4nzZSDOQucDkDwstZE1F7jtlI3NKbqWPQB"
    "+cGUbEo/gxFFTMpeFg6+NR2ubb1jOYeZ7JEGSY7A7pnrWxSLoQ6jugoA+E+g5R661K92wK"
    "ObjXA761e3H2QnHEbDBRJWREQQ1VER1Jm3BDZzyRENcwbfA645m5WMdjpU0Fl+tc6X4yQe"
    "990p7hj95HfH6BIxq7aWfJny+WuVxsmvpJp3JszKgmN3Q4bPrG0AV/84A8D/A3D1HrPP4m"
    "tODbQQs+WXEpWhGMYyKty+I95wH4PB/g8wzAFp5iCxusNN58iBNCUEMyDXImXySsWu92LJ"
    "Hd+n9lC99nhyilgJrFF9PJ6hdcyeoXBcnqF5mlZM5eSQqz1SMhSFfH6VU8TRdadE1g8K/5"
    "szou08L98BPHLP6U34qGcSCgYX2hOgtsqBQvMbg79/3b68Ht10vkyz8aV737yYPbvUmRF8"
    "7Sbd5EpulwcOt1dFJofoZKGzZ9ebi99ho2TZfkq5Vq2HR8zrP+pI3P2PJznnk7/G8tlVqG"
    "GNL7WY+2FbuoejEKlF8OboY0wF0E90JeSUtLFzJoIpHWmelnXG3IzgrakJ1l25D9adEkaN"
    "2UhezGpBQgzYN0tNqK03hJUahgXR8CJ8vbKbKu00CHLVlYwdobFjlUxBaGLIJ0CDsMp2Sg"
    "LQpLxKUgcF1V4NpFtYKIqpvI/DUYrGGa4I2rxqdg+eRxz5TcMCl65A7SIqy3mgzto8UIOk"
    "c4ro05S1Z0785Cz8Gzqw0+e+cXoJZRUxf0LgScDyj0CAHnQ9Q6T8AZAhjb5gxlW6zLeyTR"
    "wuBF9bHmQ45fjB+urvp9NzBhLxUFY5VGK770BkN6aSprel0iFWGk2bOAy8apE9IQouYKUU"
    "dxB+GNPSUKxGN9NvKs/faKhaLk/u2tS7TZSk3C0NvNAFzklcaloCJL2eNKMf5CCP2kHPC9"
    "VfG9sfMTGzK+seMaDVMEL92bnIPrDyi5K0YFyN5gS5nJhnMXjNeshYYX3vgCK9yRbZts8W"
    "edDENbPvcNx1p1GKxx6o5uEXtsafar9BwIcLHHnTsDI2dGQEa0PkUojKyljt0sJhvbl/Fy"
    "Fx+eV4hctJCmfuwi2UB4TvwH8je0IBMMk184f/bmUqJsxpae82h86B8dn5/SW5CK3zQFEw"
    "Gv2AYB6gcbPT39/uO1+8GPA/Xp6SOt0EFv1bU3bK2Q3xwdfaBVPQzTmsvka2EVEbOn+2g8"
    "PZEPTZ3caR/J6lwzNIonxe7IBdu9duSPIREZ8oAj1P9OINdXiH5Nc0p/8BxpNrKxc4R65I"
    "dQTT4a75ozI98Of19oRJqYzk9PtIqIWyZEJsgYJtJN44Ug4MNDQFjRIT+84oWDpuR30Hst"
    "rJDpnVtEpIjxjx/eq5DyD8jd5xXw/o3d2LvA+x8QAwy8/yFqnYf3d3ddEb4gFNgS7bY/xu"
    "DkjKuW61lBMdez7OkcaswIcZyBQPvw5SFkCviYLB3jGYSCJHJCqHUgb+d0U2QAiyCdEmsd"
    "1tWf5WtGlHBH6dcnXOnXJwXp1yfZ9OvIHRO1cpKSEAOpj1HDSL5OuKgZRRfWF0uLAmNflr"
    "Hfa423g9VAAWW/+7pXNdMCL6HMVfaKveAAtuuwTS+wtWLsR5r9SrPWbO/XZ7O8459317L1"
    "avzWnaV6V0X8Aj8L/CwwdcDPgtb3xs/uvRtU7XS9F1fGXDqKKdbtNybSwgTu6vueeUwWI4"
    "P77+O72yLyi5W2rWqKg/4XBXkSW2HB/nO6NNxSWeh5qemOZthH9Hn/tS12rABwClFiQQuA"
    "/nDT+z2tg6vh3ef0SkUH+Fwn9712s/8w/fe6qaFSB34/HmbUIG2MHbJqvNhkDzHc6ZXxNn"
    "Pv7RZ5nrGN3/bFJCWSW5sz9tvMRN79Ku1uFI72g5vj5I7XRe8zbNC8LdXNUgquo2c8Jbe7"
    "1+WpQ/O8yMedlG6rf8KjYb5hy9JUmkZleyOqiCzNT08RhkfBGE9Pl14elqlryoo81J+nRJ"
    "aMbJgOsvDC9ZRK5V1lDK9q86+I7kxw7Zu7wHfBtT8gJw9c+0PUOo9r721kIv5OJFEPd4c+"
    "tjXujmtMiGgjFABlVK+MwMYRskXiUhA0Lst1AeVYR99/f02666YOXg6As0t3ZtnZHbtSs+"
    "WGF9j4Mlur4P3d0nk2v/ffctqCxT/uFhEopnujhN923h9ssXwmdsMstOjBy2/qUt4FL/+A"
    "/D3w8g9R6zxevmMuNEUkbhwKtDBqXH3ZL/mF6OqF4CECcUKohTBvoVVagJi4T56SBI+wtG"
    "M+96t5COsgJQjUCJxoaKoGcruU5PO0+S1KgKndnKlNe6widm1aFg7V1ceQzfovsuPg+cJh"
    "ZOjlb/4xEehekl7LdNl2JGxZLMpxgr/nYJqUakPx06KXpP/7pHjJCt+R4d3t1+D29DqWxJ"
    "1yeVhayBazfF2BZ5aSawP22zjRnoli7IcNDorfDYxn8/uALEQdBiecvalbxAxHljS9X9IC"
    "gbU5dT20kDUVBfLILVmHVM1eyI5CdkDkmIiWKAtu6KKl4Wg6sh15OkUED7Iq61h9weQuNy"
    "ctkU9X+eiCtHXKwYgNCER2861vILIPh9IEIvsQtc5DZLvRUGHiIy4F1F9p2sOD0UVOwGBN"
    "SrWQ6K4+ngD8Us34JYYtKbLjMMSBZarPLsNgmeIKK1G/iS0PhHsjg0612332c/h8P11HDt"
    "XhLUjCDeZ0VhOlWzM08C3gzRNNrQA86beJtbsClNueiMva6ypIyV3bieTOwBOT/CE42Xn7"
    "kNRr6eFVR24bEvaJ843I7d/w88w0X6/9PhcdBrWdvqVbRGy/ezdLavzuStOe/9mxl89U2m"
    "8fEjID/yo+Sx00ZjTwd0fyA4rUkq/wRDU21IWpbem4dmoVdGSLYAKUeJMthC5Q4gdEjgIl"
    "foha58rtDtfyLCO7vudwJF1nZrZz3xtNbvujS7SQLcegLblu+pTVu51corg/tP/mwkn7gp"
    "ckT0rVWRW1yQaHUBCEgmoA/5ZDQXNilRPnS7C9TFKqdW2Vq19Mnk2VwfTk5z8G97diDu86"
    "9TFyp8tYLJH0DpvNLIh3TiEUNVv6t9eD26/EbPHkH43r/nDwrT/qX18G7UGx+mh86Q2G9N"
    "JU1nSs1sOQgUzrijOtLXNpqFIJWLOCAG4GXOy/ThoWgjYlBsCmgU0znhlsi5kFhjikPtSH"
    "TciSSDqWbSy5mdmiuk6Jgp5rrWd6gqf8e80QB33XXt+e7UzUqDL89txNkiXaolwmOErXcH"
    "/SRXBpCXWQjsu0AfOkN3jG1bX0rKBr6Vm2a2nor5bYLtKysFfUea9IpSIIsOtJwRZtEoeU"
    "8HqwGihIugxmdlYbwumAfkpUPzZisxTCm4qWWg3Wp17uJ7O1oehyJbbu59B7eobn5wXGX4"
    "L1eYHxl3CH5VC9lIOt5OX5wQxIwWvkftFFkIJ3OMlYkIJ3iFrnScET5B42oR1qp9Vd8A7R"
    "NxNAOSW2w2SBzk6wPuHC+qQA65Ms1jYmu49QPapIooXz+fjkgiet4uQiP6+CfpaXOyfUZz"
    "YlVo9T/q3qNRvzqIQ0k5YD1VSumgamjBHfVHvDggro9K4mg2/9S+RJPxr3vYcxzQxbyEu7"
    "LplhSYeY38FMykH2dVXcpI9rBazZfTRSwxTBy5ol56AoaZYJhjGzzT77sl9+HWFdzjFA88"
    "/HtoOu/GubBOOVX8m8p6qUM+swCMb0Ld0igjGsjC7H7t4ZwRivyw5MYCNX5y4wgQfECQET"
    "eIha52ECCeRYMA/JF2gdP1X9IS0LK9pCE6yXnhBqI0XFRQMeF9CAx1kacEFQEjrZGQq0EO"
    "ETPp61gGZNw6uYS8OxGAcO8wGOiexwpbi63RGXzYNwPsCZ6WuZbxpxdHMSnQumcVqwhdOZ"
    "hw7KZ4OyZJAPWRmY24pw5afAFc1ZCU/mhFDrzIuKpzEFSxTcduJa+eRVNfoFFEd4AmcE2w"
    "d2tZM4AKwMyO3Et/LJTJ6FBQPkoUQLt7qtJCFQn1zWxY23pFjrJvMxj5V8nG8mH2fsZM0O"
    "v3MG58+mqWPZyCGIE4IppJ+J5LagDq/sNqb9+e5umGCgPg/S59Iebj73Cfwu+uQmzUmwwz"
    "Xp3lq7xaQO4dMA2Kw6tlXpuW5q4A2epqZgnY4cfJMtTSavDtGYItvMIwfpW7pFEUHNsLWX"
    "mSO9eULSNC61s8hg/IxHhacOwum5aQljiDhCxLFZS11DY08QcTxErfNEHBNruaDe07It1H"
    "xzNZ19wYn1aTmSKjOISqrnPPohJlSk4HYplyos5XnNTEv7b9YZklyrJCbRJnersoI3c2LE"
    "moKFaQOJFpJh1WdazzTicFkr+vqKVDVMi8HkZUxe8rscW7JNnTGBc5FNCgGuDFzJuNh6k3"
    "XyXryxcqG+6Kac5wVmRFMIT6nstjD+6eg/zvawUd09fB720f2ofzUYD/yjM6HZ4X6YpBRH"
    "/d6wTtViajqfd1ywJ+CJRDWQlIMWidVQutAisSNA625YSSYWf2aaKSLHYVIc7bXMcyKmKb"
    "gzjsRkFpAsfIJdDr9F4zRq3eCdrMkFc9sdDhnzcX1kwZ+14sGFwE3fXYAhfLIHJ30+xAMa"
    "uRt2IR5wQMwwxAMOUes88QBBehiIYWr/ygxWuICnCAR2yU7sCa0K2AndfGcm1+TjG0oAwD"
    "wALxcLQYBDCQCYB+CUlcxvxqYEgV+riuCJp2NtSPAw0sIaphFe1zk1G+uUvhfUPxnrJjN3"
    "L/F5t8i39guzrCQ7uLVSZ/qfHfJj8cxc2u6UcqPrtptGx5vHl5TqVpbUt9CUV/LtIaWvse"
    "tdF1z4A3LmwIU/RK3zuPDR9iCo9IRgC3XeXB1nX21sqGVUHBMDBddawQr5cDots2HHBUHJ"
    "tVZyzOgW1HJSEtRcazUr8kJmV4jIP64ZE2kT71NZnqAjv2KRZOzwfujRXatucTWdpzvO/w"
    "tZIWEdpCVBCZAFWNssQOaUrwDf3+JjtRTg9ItePs/StFRsbZhpGczoOzoWB+pQdjwZhRgt"
    "XVgKIxXuPV3uaIVkBfc3rsAARA0gatCsVbuh/DFEDQ5R61xRA7qDzDVj6bB6kuQuuGmxNr"
    "kflTnYwP9sAVOP5hafsVlBYITS4Abssk6WuxIQ54nvDujzpiD9jvEr+9xbfsPAuAw0C0zs"
    "r1U0CzQX2GDHVvMLU8RlWlia4oyjMsVZflPeTLVs3bSxKMQJIcB4HcbUwv5vwTYccZkd1r"
    "/t2Zr8f8cz2XiZydq2VpFUZedTDrTPT/MrO59maq14xX6Ea62kxHa3Rf7ckB0yqjK2NByN"
    "UREk/3QSQ3TDk0r1pDE5DypFLWVThFpRreZIaId1mgOqrbFlmiGkCiHVw+STIaBaj7IqRc"
    "VCCkKvguVCNgq8NqJgSImw60ZBwommvGLmISb/k25RQNCJ7lkXBKSqRuTnv2HLlj13Hjvv"
    "GBtIRkGldiQbKlrosjM1rXl01cbWm6bgo04K6YqG3KD/cTcReqrweJQbM6+4jnrqDd/OFy"
    "dvsLO0tze+TIZ4MTCOzqbRx1X4AEX23j2ILzfSHuhCfPmAIo0QXz5ErfPEl43l/JlVZiKf"
    "jYwkquEi97vgJujHTzy9uD7l9+L6lOnFpRAgXsy8psB9gmXGok/FmyP5OpPrnfveHzf928"
    "klWsirOTacR6N3fT3qj8eXiExGah08GmSqTh7IBc8YeTT+8dAbDiZ/XKI/l7KuOatH427y"
    "S390iUzXviyhwOprddvL539jsd6LMZE6q6zkO3LM1Tj7uKBz9nG2dXZkDZd5SSLpHUZHaG"
    "hRMCjSubvv35LZTSQfjd96g8ng9qt0dytdPYwndzd04r/LmkMj9OQ3BO7To0Heorvht/71"
    "JSKvkam/YfXRuBrejekVN/qmlnlVTnhCLSf5oZaTTKiFupeaUCeGmAQke6SJUjpNiFH1XH"
    "rvSAxQ55WoE70A0azvfXW3E5l8RaceW0GIp7S0S3R6ZIqXmvY1i3btJ46g05JHc2JXkBlS"
    "wmdhiFfguNRMM831U7LuabD3ldB1ShT0XGc9exZNGe4pLgg6rrOOU+Q0/x6aEoTds+zuGb"
    "D3QujHhAD50shDp/B9q2CvWUDwElyiKGwrBH9cCrCvKPsnWFayqhDO/nmwuc6c120R4k05"
    "SS3AiYyTEbGJRoOrSSc7zSsAtqWn+tMAx99vDnT3k7fWUGyL0tbY8Aa29u4WhoZCm3JKEt"
    "CS74BuH4bDTsb6rgDW3tShGV06tq9krlS/hgIc8ztywOUpr+K3z2WYHAL1Vbxkv1+ioVqy"
    "16UWVpcW3bAUjQfVjTdWm6DaZi2a5PzKzTaNTcB1SadSbN7zJZ/aDl4gc4pk5I1wid5nJv"
    "qwkC1n1UU0eNFFlqnjj13yATa6yJlhP6aPnjFtR+Amk8p0deqSUQzTyclJ3dqTBFNVfaQq"
    "zfeE3EbIbWzWgtfQLDfIbTxErfPkNtLtJatv3pwiT7bWeRM0n4hmAXmpBY8GQWzc+9qXet"
    "fX9HIY3lZV+ikZKfyI7pTB9d54PPjqjuN7MmqQqidd/dK7/Uo/8TZdibqQL27+UW/cl4LH"
    "u/a59x3S2/x+MpFcA6Ks5kPhWqu+GSkzxNY0rXLpMhlRYHzLsu3UhGa/DTn5Ev79O8ym7G"
    "wL8C3nd08tcy5tlr2aGqIU6LuZ5i3PXyWGxGaaTAxQ692j3Yqkxo3Iehfc37r17uwnnlx9"
    "cld+/aKfMrn65FHYMmRGxZfCgiVxsR2WLAmvNLZmSYKc4refEmKQLFJVuDw6yb9h8CYqG9"
    "AwNfBGbRITsE5daZOBiVyOPRa5WMuxz2P3ruXYe4FjjkwjpL67iNqBSHPsqPiCSasyeO7c"
    "39DTU7CCPj257ruNZMp/00/tHzL0+jYe8miYhr5CHwz8RktDzMx3AzmmS8rHh6P/DsLNH+"
    "tCx6fLIyzJO7lx4Qjg+IHjb9bi3VC2Fzj+Q9Q6D8cPVG9NqN5nU2XoYUJ2S/ZLF9xfZ+gr"
    "OZzT/32SeJcytbDD92l4d/s1uD1dIBt88H364JG5KGTWJcTABy8dwAAKBCiQOqmhQgoku8"
    "pUAGzLD2IkltWcTPb9UEsj/Kbh9w6DU/I/6RaRSVZ0z85aBS4sU10qwRydaarqlbWptqRm"
    "3lPI5KRfvvLn7aAsaLWDp84WVTu4hRe65pUeAcKrqRtyFwivA6I+gPA6RK3zEF7RlpnU+H"
    "gu63ruehtJtckP+nTy83m40NJ/FC2t45vecMjwLcn2xuYPc5xK/35IFuFKFpnTBOSlpQt1"
    "0ktKQS+9Yv6wRC892TCN1dxkpboVdx2KywGDKMAganb4zcUgTwoC5gKYR36mAN6REGAtjH"
    "UJWzQhCGXb6mN5Zh0OyiOsJFGDKSlV4/T2OtlNAWVTpthlXBJeqDq/UFALbu+hRegIuXcV"
    "7KkYHIBPryQjM/zwJ+VAAeUPZyaCM0I6yIjCEdnN1iBdM8Sr4mZEoS9tNXkm+6qeWLd1iT"
    "ctIrd8IjPZxF/AK8D3PhqppcgmN7v12EJHZRF0uToqs9ymCuBteaZUUclaJrSRSbE7cGtm"
    "gPBim7G+NqhNSQGzwnqKKdtDoOail2V2kxitJVObUXaRZb5l8RNsne5aCUN/pEYZbWJ2Qs"
    "xg3Xbv9MyszM2PTM7cdZmSUvK14atuGcnEyk9646HnVdQCncyT6RR9eJ+ZQfHJ95ns0D9X"
    "H9nVLCsbWTCF0wdjG5mDXhEmSBpsqnfVRZA0eDjpY5A0eIha50kalBW2bZkftY0kWnFAc9"
    "unX8nUscUAjiRaCPAnrpj4p4KY+KdsTDw0RoSMhrgU8OPloxQxG1MkQhETgyBRVcx4dFBs"
    "Q4YmOpXWMDXwkzSxCchxApMuFsB8rTt/GVtShUmvbR6/HM+0xYL8wgmeU28bdxhEQ+aebh"
    "HRoJsvmu1oii3ZvpzkxAV3dk4zffowygoG17yRy3sXXPMDctLANT9ErfO45u5/M/ouKFbs"
    "399Cr/GCx2m8yPcZLzIu47Nsa6XLeYfCOzzqt9Bw+E24C4T91h98/WVyid6JkTpzHo37Qf"
    "+qf4misUTpEZ4y+cf5ZfKPM2Xy4fTT7k/kTDXLdiTyo1nbCVa0uayzMU8KpncTT/LIH6GB"
    "a04B+tf9q8FNb/jh+KfupxS+wbQ/zawxHlwLS1MY6zgH0KHkQSJ92j3hRppsqhr9DrJeZl"
    "ozpA8ScZG5HcOszARniR8k5iKzfGphLJlvrPS24tUkLrcxyvWkpioD2VrqrP62+SUJQgGo"
    "RpCwT6qoRrA0bGy9YQbllK+PuAyopHKVYEeWVHnFeEVyKcC4SIsCbSfHpz+fXnw6Pw0ZwP"
    "BKEfEHJw1rwrMWhNEgTT+2tFSTps+T7OyfptiwvTz/qZOarSsCCc7VRcZ6mNjfsw4jHuZ/"
    "0i2KgsnRPdsMeAlFow4lFLXh/pMfZCKegi2YFBYTaSH9fHJ2xsF7krvyWxHSz1Ie9CKnBX"
    "WOx7yofdfpsjl3XClhxwUpYcfZlDDyRAezNvB8xyEmsnu/YT8ecmUeQsaW2mWax1//H/wW"
    "f28="
)
