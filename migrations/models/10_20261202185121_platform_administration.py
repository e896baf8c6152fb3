"""Migration 10_20261202185121_platform_administration, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "storefront_settings_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "before" JSON NOT NULL,
    "after" JSON NOT NULL,
    "actor_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_storefront__storefr_5c007a" ON "storefront_settings_change" ("storefront_id", "id");
CREATE INDEX IF NOT EXISTS "idx_storefront__actor_i_41463c" ON "storefront_settings_change" ("actor_id");
ALTER TABLE "risk_blacklist" ADD "address_key" VARCHAR(64);
ALTER TABLE "risk_blacklist" ADD "phone" VARCHAR(20);
ALTER TABLE "risk_blacklist" ADD "expires_at" TIMESTAMP;
ALTER TABLE "risk_blacklist" ADD "created_by_id" BIGINT;
ALTER TABLE "risk_blacklist" ADD "device_id" VARCHAR(128);
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_created_c31c01" ON "risk_blacklist" ("created_by_id");
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_address_024b29" ON "risk_blacklist" ("address_key");
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_phone_6f0252" ON "risk_blacklist" ("phone");
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_device__23e5be" ON "risk_blacklist" ("device_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "storefront_settings_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "actor_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_storefront__storefr_5c007a" ON "storefront_settings_change" ("storefront_id", "id");
CREATE INDEX IF NOT EXISTS "idx_storefront__actor_i_41463c" ON "storefront_settings_change" ("actor_id");
COMMENT ON TABLE "storefront_settings_change" IS 'Who changed a storefront''s settings, when, and the settings before and after (the';
        ALTER TABLE "risk_blacklist" ADD "address_key" VARCHAR(64);
        ALTER TABLE "risk_blacklist" ADD "phone" VARCHAR(20);
        ALTER TABLE "risk_blacklist" ADD "expires_at" TIMESTAMPTZ;
        ALTER TABLE "risk_blacklist" ADD "created_by_id" BIGINT;
        ALTER TABLE "risk_blacklist" ADD "device_id" VARCHAR(128);
        ALTER TABLE "risk_blacklist" ADD CONSTRAINT "fk_risk_bla_account__06ce15b2" FOREIGN KEY ("created_by_id") REFERENCES "account_user" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_created_c31c01" ON "risk_blacklist" ("created_by_id");
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_address_024b29" ON "risk_blacklist" ("address_key");
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_phone_6f0252" ON "risk_blacklist" ("phone");
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_device__23e5be" ON "risk_blacklist" ("device_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_risk_blackl_device__23e5be";
DROP INDEX IF EXISTS "idx_risk_blackl_phone_6f0252";
DROP INDEX IF EXISTS "idx_risk_blackl_address_024b29";
DROP INDEX IF EXISTS "idx_risk_blackl_created_c31c01";
ALTER TABLE "risk_blacklist" DROP COLUMN "address_key";
ALTER TABLE "risk_blacklist" DROP COLUMN "phone";
ALTER TABLE "risk_blacklist" DROP COLUMN "expires_at";
ALTER TABLE "risk_blacklist" DROP COLUMN "created_by_id";
ALTER TABLE "risk_blacklist" DROP COLUMN "device_id";
DROP TABLE IF EXISTS "storefront_settings_change";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_risk_blackl_device__23e5be";
        DROP INDEX IF EXISTS "idx_risk_blackl_phone_6f0252";
        DROP INDEX IF EXISTS "idx_risk_blackl_address_024b29";
        DROP INDEX IF EXISTS "idx_risk_blackl_created_c31c01";
        ALTER TABLE "risk_blacklist" DROP CONSTRAINT IF EXISTS "fk_risk_bla_account__06ce15b2";
        ALTER TABLE "risk_blacklist" DROP COLUMN "address_key";
        ALTER TABLE "risk_blacklist" DROP COLUMN "phone";
        ALTER TABLE "risk_blacklist" DROP COLUMN "expires_at";
        ALTER TABLE "risk_blacklist" DROP COLUMN "created_by_id";
        ALTER TABLE "risk_blacklist" DROP COLUMN "device_id";
        DROP TABLE IF EXISTS "storefront_settings_change";
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
    "eJztfWtz4kiy9l+p4Mu436AdY7rt8fFsbATGdC87Nngx7pk54w1ZlgqjtZA0krDbsWf++1"
    "tVuqA7JSFAl4zY7ekWlSV4slTKfDIr87+dpS5j1Trur+xF37bx0rA7F+i/HU1cYvKXpI+7"
    "qCMaxvpDesEWn1Q2XpQkfaXZgkgEBDEg8WTZpijRyeeiamFyScaWZCqGregalZxoGInyUi"
    "EyMrKUZ+2joiHdRCZ+VqgsHYfcGbtItJC9wOT/pm7bKiajlnj5hE0LKfYxvaGsS0RK0Z5L"
    "nvtBe9DuMEaPjya2dPWVXD52f7R17Ik8Ph6jX7BhI3IbOpUsEoBECyNLJ/8WbYSJ3Dvq34"
    "6QYeoStizkzPCg0eEWAd/7OtbPyNTfLKSrMjapsDOjqmvP2LLRm6LJ+hsSTUxmWmlYZj9+"
    "pSl/rrBg68+YDDYJBH/8m1wmY/F3bNF//rczV7Aqs7938FJUVCr3QkbQ/0omFglURIEdKo"
    "e/G+THWgQky5vKXR/aSlWp+t8Npv0OG0wAZf/4q4tCtxFlmU6zuxuUNCsdaLwIbOLQw6Aw"
    "cNh1wZO9VJ5Hmv2FjaXL7kmQdHW11NbjjXd7oWu+gKKxB+IZa9ik35Zcs80VfSDot3KfI+"
    "8ZcRS5HuJoMCAj47m4Uu31byJfYH2tIwjjyUy4G84EoRN75DyJwJPiXpIIZAQO8lUtBsAz"
    "/Qof/6fX+/Tpp96Pn87OTz//9NPp+Y/nZCz7vvGPfvrL+TJrtJypGGajr6PxjH4hnewJzs"
    "ZBL/zFZMizIqyVukY/oN2YFq7IJ7ayxMl6CEtG9CG7osfeX6La8XSRpR7vwlo/611uDwrK"
    "wHo2uhnezfo3t3T6pWX9qTK8+rMh/aTHrr5Hrh6dfQgrx58E/Tqa/QPRf6L/nYyHDE7dsp"
    "9Ndsf1uNn/0oezQ94CuqDpbwJ59AOYeJe9S+w59tTs7UFhBQ8WojnUVkum4BH58aIm4Zii"
    "PdmIiglU1VFq5270dSyMxhfsRSQo5H0yHX4d3c2G0wv3hYTN6Bss5blcit8FFWvP9oL88+"
    "QsYxl8608H/+hPj06iqh27n/TYR3+FVEFQtnFRXfjC+1NGx8CaTAHLqZHb4fhqNP56gVz5"
    "B+1Lf3Q9vKL3UFQskzf+/WAwHF7RS9ZKkjCWsVwNHfnv7riOkjdDX6DKDwn/qykEb+/0Mw"
    "e+ZFQqwOyzMMIBs4UX44BIA1E+4wH5LB3jMwYxtbLmL4E3Pb3wJEovb6IpC7FP9J6eNjb+"
    "0bK3jF4RNfGZAUd/If3+rmcz0FemwkzkmNPjfcTl8EiBwRt9nT7xPt60j3MVYxu5kl2ks8"
    "9FVX1Hb7pJ3mXPaE6cFJ04L0tsSsT0T3Bttpsqp6PgyQrEsgULGyzs9ljYHfID5YmmvrsL"
    "oyYWt7uGMw3ulSEX1HpYErReFa0n+Fnutw+84wJbea4tNyK4ee9N0LO7LCuj5j3uvoHnzs"
    "JmbvQDQoWQb+trL2Ztxp+EuCK+6CYmPvov+D3m6kbAdy3Gm8BU9XoE/vIWmnd1/RVN8c23"
    "1KJPP4GA/HBsMxDId0Dj++trx77jNeXDD0RcCRMNz3TyB6cK7t1JavUc8KIfePpDyA/6d4"
    "P+1TAC/FZ+kbeU72xxPu8keEfhAV0eH8lfPJYvs9lVQvRH/2AhNwazUAykzxH+TqSIdxP0"
    "aLroTbEXLDxi6ipmUZx3tNBVmf7NxAnOU8mTgztVjecJ3CkwrHdhWIM71Uat87hT7J0QV/"
    "g/7ybjZGX7AlE9K5KN/g+pilXInOcKk/xtvtIklvPwtFJUW9GsY3q/v+eMm5QRnqQAhVTs"
    "0cRHN/3fogzy4HpyGdUdneAy4lkd1Let3EMHzm3TjZDKObdVewbK8G6TfSxwbuvo3N6Kpq"
    "0lB/28j7o8Dq0RGLzJk03Ha7PXCA4eOHj12nFrauqDg9dGrfM4eOy/MX2npwB54xuY/3PS"
    "+5Eni633Y3oaG/0sVwpQID8Uvyc42peu1Jdfplhl+fzpVpT7iieWbw1VkWZNhRbrG35a6P"
    "qLgDXZ0JnkVoD96kw3dGdrEmq7TC0LrLN0Q9Ndhdy2pvDiCvAkmdEDJmT8MaJ7MlJsC939"
    "o/+xd3qGZIUdH1EsZNnEEZR/ZpENCxPDxLm60N80pBNvBIk2YuYKmTYx/az0m7AjNu4UR5"
    "puI9F81rXeB/SEJZF4CfRuFjvyQkZ8fFJsZIqarC/dmS0kLbD0gmUys3vQxsRkFVr2xYMm"
    "IkvV39BCtBb06I2NJTKeXPmINdvUjXdkiJb1ppuy1UX01u7M9I5FIjye0iDAA/Y/2P/Vtw"
    "TB/m+j1nnsf7Jxz5XveTyAtUQ5PsBhN9wdH2MhL1iBvpTzAByUaaCbVc4xi5S4WK5YZVQO"
    "QpalhyyJnUrwdW6UQzMRMVBM6Yox8av+UuhtH5Ys4W1fzZTRGr7c4zZdwE+LaTnLnwrLQb"
    "5AWWHrQGBty6h1IJ5XM0Xwxk3Da3D7mHV5BNgUz8kzupiRbVDrJFBgoc+7PCSY6UgIti/C"
    "VVdGsawVlpErjZg0OqJU1ePjf2zl8fFD1yvVMheXCk39nTtclVsrRrERnRZrsoXmpr5MLj"
    "FT/m0oFdaPTKhYNGtZZrzZhfcZPeG5FM0XWqOG3I0OIC+ex0ckarLzvZyiNhr+brO8ZufO"
    "D5rzRY7RLZmF2BJ0HtGZ37mb+EyWHlpiUWNTq1gk77QLNtfbQlf9X0K+lfvCK8KTOZOUWQ"
    "vGyyYA2q2W74Yu0G4tImCAdmuj1nloN/LazEMJucMbR7h96nFwQZ96qVwQ/Sjs17pv3BzY"
    "riUaSLaVDzAxOhTyHBTYr8KSDdyv6rs/JbyWrGLvJAuYoVroF/i/Nmi5GsdVDv1GrALzl3"
    "xOIjftV/SkRDWeqZLPSuyN8GO1AEbaq2KL7i+PcX7RIV0e2o/VCxCUsBRPAtxaBNk6+o+u"
    "aEj0j/T/QPPSyMRdRO6DDVob+umdMVtMDGPnyD/l7xgXlpj9Vu4dKN/H0ujomEgancsV+i"
    "Sgk1NH+UX6LzE5Ga6LVOUFI5Gl6T1oL/j9A03Uw16py+D3N7Dpf3PGG7JSkRfOEEYMMi7Q"
    "xIYqStivtL1F0YOuV46yROLPQVYWnt63pf+i5atdFZYwMxCLQCzW68VUU4oJiMU2ap2HWI"
    "S6ybuumwwlMSqUxsSsxtwZlmGpxrHq5WdYAulbZMVX/N0RNxl8VyC/niOiQAvWQs+OyxdT"
    "dZZrFpeFUrn5HLWAWxzy6XOpISYKWiiqBSirVTWyHKo7dXKQ5lzVnZK3nf1FJCq20/BiG9"
    "tmUypDp7xdAd8N+MatiRJKb5cX+GHgJ0R7PKVsDvF4cT+oowW8O/DudWdggXdvo9brwLtX"
    "iH7cCevu1a/JzfXGBBsZ5zjlQvw0A/HTWCY1ubGQtzxcSGiPHVJ3Fc/YUYW4kDdmCcQuVF"
    "4TcL7UdRWLWoqtFpSLQP1EBHeFtbex7JdjvZxMrkOvgstRxB4b399cDgn6DHsySLFT+B5D"
    "Fe25bi4FGphLXtyb2wDHJtnjYtd0Dedc8J0xee0R2Inkg9a/uqF9mkV5Sbs0D+7vZpOb4Z"
    "SITr+NBmSUtLJsfYlNgfgur4r74w9+8MAJ2r1i03Iz5cJqS/VpYnL74+l+3K170zv5/NPn"
    "809nn32vxr+S5cyk0G/pHnYwazxwTnnL6ovRU9I1ewOnMRzJVNA6HXFL1BLyTJvBDIVwo0"
    "e2AbN8mBmK9LIyhDIKo96yqW6bVhQ1iBbxCMgbYTuYvNjChM7VaKCEZ1NfGVvCxWD6Sidq"
    "Klbi3CaLSlSxJUiilZQllgevvj/bgEzWVMwk0dx2uxqQKRq6qc9VkZhbf650W9wSpC90pj"
    "uymv5FJ2vqanpSCSQ0w1GghY8V8iAuRTnJs86B3KU355BMyVNbvY4LLQYcYLYRM1OxXsit"
    "JcXa3kadkrmu3Kma+nCyk11zU6cn37BNj16R9yQxoJ63XW13/sR37rwDNm1D152iPenfBY"
    "KPpr+pWH7GS7y1ye/ZsiM698jGywZhlytDIGCZ6CuyESac2vVw9bqccVgo66kagmn4uXbb"
    "Xm8LU6z3dkPAypl14uesJWSeBPPZ0rNPggl0kHkCmSeQeVL3HATIPGmj1nkyT6CD227j85"
    "a6es6Drze+cXk95zzgnqdjex6H1hbtVYLjwheCX0vvMfa+TrnIE33vD2ajb8ML5Eg/aHf3"
    "d7fD8dXw6gJZK4vWLMFykSh7+Q1LvBZ7KzNXNltErJBCKmbNh5E+/ZFn9ZNRqVizz5LBdm"
    "raFMF7Ldk8yE9651y7+XnGbn5euB+n6/1vG5pos+Ofh3fidfmrZoDw43TIfIZaokbgwAt9"
    "tXUc9VdvnqYCZZi6vJK2TvpwZmkqSJDwAUkMu0xioK95wT31t30+A52t70zWVMyshWKUEL"
    "i6c6dpOkzCk2hLi60jpe5sl3SypkLmxEcVGy8PEBStJWKeO0l+tfKKt0//+NWZ78qZrkn5"
    "H7s8bR5Mu00I/UWyctOjf8FMYK4IYKePJH25JODb74ilen58Wr0jZx7E5uki/U1z6vzSsr"
    "5sEO2aRQyhhPrBW0+Xs/iuI1lyYdxAugrUxYUoKURJqx8vgyhpG7UOUdLDR0mJJuirMQ5x"
    "el3cgEg1KuPS2zamMu7aJMplYYTEoKJdTlsjMdc5rwpioqCGXGqIhfuStBJXSe7KbHehyW"
    "qmjjQHtxsp0BZbjJvLCzpbSAkAN7zZUWirDcE6JdbOdDSYZZW9O2xkoy50DZw0PBSZFdgd"
    "E9tlBffOdCorvGFDKjuQNEDS1N1dB5KmjVrnIWkkPemsdjpJ441vXKr1Zx6G5nM6QfM5xs"
    "8A/7Vb/svQVUVK6TvPUU3Ol64y3p2b/vX1BVqKqvqgfZ1OBsPp7xc0didh851dub+9vHcu"
    "rYynFbl205/+MpzdXvdpXbmlaL5gm3XZjIYMefTW4yormlFVNFZUVFqZJtbS1Jay5wRk9n"
    "juYDD+fVfMZKRwHwfIn9LL9sWOeLgH8vMQw0EZYIZLYYYLpcBDRbE89AJdk8krPQ9Q184s"
    "TQUJsnCh7FrpWO2P2KslPE4NMZaDvR1IfgmxBlGgSbbKwYsS1WaZ7ZJAXh/bSeCPQ2d60u"
    "njt9CwUtnjP0JFVhgT8W9glIFRBm4RGGXQ+j60Xn1G+dB6BU651pwy5FRWgDmDTsEHN+Yy"
    "EvqgU3Anwz/rFukUzMMMW7YuvWzvH0svDQJ7p87wgODzrJvvnQRf2P+sm+UKS8QdUvVnQQ"
    "qO3mU+VegsnUEccThHV+M9uAsOdYtcK3Co26h1HocafD6oNlpfdNdmSC5zISRWyHmrWDis"
    "Er6bg2oJnlvQAK6XHngdt9ACDLlt5Bug8f31NZ/fJi0UVTZxQvvUfMHypuEd3iT2XE6vLh"
    "jt0r/10p4S3NtARtRm71YNDOaoeuOqGunzOTaxjBQNiWh95iipsg2PSGK42FgviMCppmjM"
    "GCrQNO0N2AXPuUU+FHjObdQ6j+fs7v/5nY+QHISOcm6+UJKjAmrI8gLXZtGWbmDzClh3o2"
    "5gaCvYXIkDyp3sqNxJuq+9SyfJW+BJtUHXa3+zkxR45PYXAQx06zEVCQtLRSuzWGcktO3e"
    "rcQbeHFT8MRq+xbqgifWIpscPLE2ah1imPnO1HO1NetltDXrxduaBb9ZDOYZeRcmwxwR2+"
    "Ph+s5urc7EZ2b42yz0uMTyU/1H5noy/uoNjyatQj9F1k+RQkcuXJErxAwklyrSTdHC9PsI"
    "NlnzeZ6EiBg8CbmfhLWPEX+vY0lZimoa2RaQi77VHcFjd4LaRvaSlHA1HIxu+tdHJ5+7PY"
    "Y5QVxxnN7g0RAon7JpDym5fErQ64yhnOUdRgQhaaUoawxnPqrGGMOZj04ORpPrzEfSllMC"
    "vM1LFIqiG9lmt0jNgvJByYiH1uaraCri1sWovjmzNAmkXYYdPLgSwg4BJDeHHV4Dg/d38G"
    "gdMgPWvpaWQBdY+xbxt8Dat1HrPKy99bLKQzS4wxt3LuaMpwruWXoV3LNYFdzqh0N2Rkvu"
    "IRjiMIri0mvlnZuMXItuzUdWbbcCQrJ2hKRok5s/reyk6ogZZWlCUlCZJjveUaAyDUT+Kh"
    "b5g2zvapHGkGZcbpoxD6UJVYK4inyrirZtrWFW4/uazNNUpPB3pyZzGWD15zY2WTnsgWhh"
    "TtRqEp+IRHJMuwzAaHH0Ji+ugxRIrw1SuwwtOLt7QmDB3/bTwwqK9oo1m8beLH9wyRW+Ax"
    "GLdSXxzBPb/jAIONTWiuxCwKFF1DMEHNqodZ6AA9EUsTkTttvUvTYgsT/P/cfdbri9k88/"
    "fT7/dPbZ32f9K1nbazyRjigGmy4/w4lnUAQAjQLqWie5KaawHFBMhVNDQ8ZeLhVEJUEJZf"
    "F8AZN9S56veVli3QjPF94INmeGhropbYluqIFTQ/GNPuXFmdSl/oqXeOvER+ZV37hzNQj4"
    "cIRSVXWJAbEtT+hP1CSodk7n+OsrjdYJLkBuekdYBqX2WLWC3hu4nLpaCl3gclrk1QOX00"
    "at83A5L0oSkcOXHePJVrn8Q6d/9c/7u9kFEuX/rCz7QZsO74ZTmijjcij0yvWwf8euqFi0"
    "yJWr4dX9gMjImIb7mcxsMviFydD3HhnRv+l/JSKyuCRv/Aft1+loNhQmX75coDdTsbGgz+"
    "cdvrW143wbl3qjBrYt5qfs1nLAM6URd7mxjQsCuHFwRSupTEp6wupaAhKweRKwiZ+gmwLx"
    "ws3cNF1MFI7RF+VKTUzLpbuvV/6lHhDa1WqPOT57WuznPGv9PH2pn8d7x3jOaq5FHpQCHr"
    "osHtrPSdmSJ21a/mM3XnDVX31VqrUaIP8SeKwwNZhOYjkJnmJ49Ma+FPeaYltInyNRQ2wG"
    "RJP40IJ8cdpu4kg3kS2+YA3NTX35AenkMwYjMvW3eMuKrWfLSZnR2bdlzCK1V4GFq/c+2Q"
    "UWrkV8DLBwbdQ6Dwv350rUbMVOOJ+ZutkGRZpknZZGINCze7mcKl9gj/RBMJFr955V+eyi"
    "Z9PkshMCQk1aufvv2gJObUWcWtU9BLSlT9vE02rdiF8bePi5+rQAWbANWUAjV9PRYHYots"
    "CrI8lWdieBMAgP6GZxBn7BRt0fu7d0l0ixyLCHVa5Pn9ywZcc3lVZkCS19Oj9wq1LZCu+n"
    "xLoJWQvFMPZ5Q7K6lFfap7TkWz6b+soomeUxFOmFTGroCvQ7rbH90AWyp0VuP5A9bdQ6D9"
    "mjrZZPjv3Cy0ysJRpXta93zpPYcJ6e13AeD/bWruKTgTWZQCYY4ruXyZ0nxe12OL4ajb8K"
    "t/3fb4bj2QWKzPeg3fZHV+SyqMgP2mAy/jKa3tDKUEQzc8VcYnL1djT4hcxBBhFjg8hSmc"
    "EvQyYlvdARd/8Y3d7SC66tRtPkrkffhlN6zTen/Ku/C1/6o+vAZ+/CXFRUzL7Bze31cOZ8"
    "g6VBfRV6tT8eDK+ZhERVo6rFSlb1eOpA9tLrQPZidSDJl7cSWzalnyRcS0BmV5S4qk8xwr"
    "3tgiXXIrRWT7ZuO5UvI1ZFVlnNoBiU1MRB8OMlNdkuyDZZWow0L9IxYcB7A95FFjSs5tyr"
    "eYkJUiknAjas5bVo4/Jvz3hSEs/SUxLPNgEu5K01nSbfOOhPejzYk1HpUcteOvrEa6M0Wh"
    "z59JK9SbJQuDfke5dRuNfES9FMiP1kJUV7Eo17CE658v9PM/L/T+P5/+uDxDTYUtRhjs9S"
    "Zfu84x7/EiZjYTK9Gk79c2AC+cossOQd/6JDfI/aOQlGxwR99IN7po6jLOQ/KxMTLKS0qh"
    "3gCKH9meeR+Zz+xMSNJBOTPVemrGuRpgUJ0ocxS3fFE5Rtk0qiaSr5iNKASPMWdPnnYmjw"
    "nJJ9Qn5KOkEUEN+MOKVgC4R7AmIlxHoqhnl9QzvxiJ7PqBeJ5EZkQdNV1nQgYyWnnsOSoO"
    "UqazmUJpRTz1FZ0HSVNe1HIgvt3GFZ0HSlNe1Fl4toOiILmq60psNZrfzJjRFBOChR+JSK"
    "nw+bC/+gFIBfGPxIKjk//hFBUEFhFURzt3OpIUEYCu0U1YSJDVWUWKlUQZ/n1kWiOGhji9"
    "OL4QMZuY4whkVheyrrHCN778a1Uewg41dvspppgvfQXdBI2XyU0XulloDuTWCqhmIbMUBS"
    "zjQm2fol4Htv4QqFrEvHNuLccGC73nFLQPcuNFlDMY69ozhQDlp7JeB8y6a71WtplPDinG"
    "Ahh5Am3wON76+vOxmmYIk7sn+KuZloJ9rAKXinnzdP1MOWLSkaqoDQqsWv2+PE8Bm+NrjL"
    "CTSN3oyR6Dd6FiTRKrdtdFMxc/YqmvFyCMjquF85CW9bIjVlkzQIoVzVVsLpBl7eaTKaEw"
    "3PdPIHR7erwFwNQTWc1/ykfxcUGy/LAMuzLEZ01pE7aUNQy1nMJ2A8JFTyCZsWm0r/4lfe"
    "llWdCSu8i41gqd4fLLRQqJP1foHeFjo6EjVWtPdtoUgLZOoq/oBkRSb/Fu0u+RNriI54W7"
    "zH6wDvYP6c1YUcSKCyS10Z1S6Cyi7tqfEBlV3aqPWEhJMczbSSdV2HBloFU+fLP31Dq/AL"
    "WcVdkjGOiDXvkEL5p8rIAs+Pc0gIUN6MMuuhlIzw5lOXvnCVt47O4P5uNrmhhyy9mNOD1r"
    "+6GY1pO76loj1o5EOCDz1h6UX8HrSv08n9rXA97LPjmU6UVSXvDCo9mNxPR2xCfUVPetGy"
    "QVP3inP260G7+/1uNry5QNa75bprh6+TDb22qpB0Aj3lgjWHuM6Uf8o4U/4pfqacukFxfN"
    "OLKXjjoYBCyMQto4CCTyrk2m2CUpBXVVZelV+xes9x5qopgzfQHFyFVWp+FshrS2NA/ay3"
    "TQyon2vHx4BKCyy96Cv7gnGOyF5g36hChvhuIZ2snGRyk0/0gZhjI9tCjhWP5rqq6m8Woj"
    "3SPNvM4UYtRnXS624tDAsdPT6SD5RX7Pwq1xN4fPxwQWf9fyhWoVLTbVaOEr1jm01nkW/j"
    "dmGzbEVVkfgm0lvQL+ve5mc6k18lsos0/Mp+gCJfIPrXd1f+TbTWFSTRE56Tp8ybAx2Ffr"
    "0/rPugoeC9kEwMTtYOzhAtC8sfjlEfqeRB8wfoc2StpAUSHQsVKRbyKjwgAjKFlP4wOi8x"
    "Xl8xRRIFalzSmy11Db8Hfge7yKZjv3VdtbPLMNJ09xeuf90R1SiTp6KOen5AhqnTN4Pl1+"
    "rsrgttfnCnns5G/evr34XAV3LutNZEEEZGgHs/8IM7ip5vjGqFxZY9lMKKWaNNXrk2WwMi"
    "0fQaCUk07JVJ7kbApA8sBY8ukCPRvTX9gGxkKzJEN4lqySInn5DFzr4TuUTmXNCLzhpwZz"
    "vydGTT5S/ptA048oZ2ET5+Pkb0Dn4yioPRdPjlfnxFgUn8EeFfyhTk/Br3EWO3/CHwkHjf"
    "h96cfj9/uRy5kVJHlqwqCWOKMnskHx+JJnWVVhQ9ZlNaxzSzDFuLyLNG5qNKXtnOUiM/mm"
    "yzskL3EFFFDq3YpTEM8uUeNLLjaJbo2D8OLOQBf6a/ymuGSND0YP/gBDdoY3P68KPHx8AW"
    "dvw35xv8/fHxQSO7zJP+HbHojhMWUbyprWMi5xYyIN/WJiBadAgNkKwBY8jQUT+T0cHTdn"
    "R2+i28q27tGjKTSB5vC69v90RxIF/UX5SslaOnzQ9pAZo/QimkioyXhm7TmqPCC37v/Dsr"
    "fhMgPhxlC972ARGdetpyXYjotIjbh4hOG7XOE9GBWv075cChVn92rf4UM920FWJqvgu+fZ"
    "RcPf9BW5uwnrFZhA7fQd1CKAEPJeCrVNpiu6LZhZCOCQPeG/CGEvC7RBfKAde+HHCMfcjp"
    "qSTJN9Bfqa9/EndLoaBos/ULxcrapWmo5b6fbFLoAFL5BJZoCCbHI5EgWmUztOBTccKVwX"
    "WSkcF1Es/gMjH5pZYtLERrkQfyqFwD8T7jMdjP0g32s5jBbirWi7tx59qBonLV2H3o/Rqz"
    "+0Dt0IOn60KNuCrmMkKhLSi0VR2MeQtt8ZQjcpLeEjaaHRYiqgvuSTzjllDdrqnTpoC089"
    "xjVpUoLfXYK1m0KfPYo3Y3Jh6nA3KIAgd0BQbmfBVNxa0QCUl2tTQyugiS7NqTbgVJdm3U"
    "Ok+SnWHqLJyatwd2VK6BlFOPi+LrZVB8vTjF57058+IdlWvckdidoG29rPKA7A5v4Founz"
    "79c0WWo2InhAZSrbSgSJM4od7J558+n386++xbaf6VLOMsTrqR32ULhqlISdkjWZlWYUFI"
    "t8LBZQ3JbHvuHQ0JxjtOMJ6rorUQaA3b3OR8TBQqmhQNkUCRhwOCH2CgcsEflgMFQJWNql"
    "bZSFjtJeD7bT1TQ5ENP+Ecgb/1K7EEfL/Qye7cuer1FuUFOGZCbNGFRFRVXWKxqm2r+vsT"
    "NWhph8vYrRtHlNBnI9wFoWkNN3YZC4z0j0gICMY7TKRHBSPtQLhCg50+omORrpH/4UiFoC"
    "6a66ZTIoayAhYrlsPKysxZ3SC2duK1isqZsgKhyUj3uvU55UBsqsTbRfJMdnOTUO8nqFdf"
    "axu6C4HXFoXgIPDaRq3zBF6hukmQH+3xEKS9dIa0F6P4KTaJ4G4+R+3JVpmIJr7s7H46Fv"
    "rjK8GpNEKPT9srUxNETRackiNeERJhMr7+3atDIujkeXrQhr/R4t9fhxcIf3eKxNHRd/8Y"
    "3bJz2AvFiNqIXFFcKFPjH8fB3iOcQ6f/uif7ilMzxp3jQevf3k4n3+hF4kaY+iu79mt/NK"
    "O1bJxlcOGU7KTn4pxFQHU5GI6+OVNJWGFSo/Hd7XDA5lc0y8CS7RSq+ad70cT/8a/dTa5d"
    "aVYBkZa5uZ7csRo3qm5VpZgN+3Yrz9UtskLCM1T4+GYnXlCI6un2uj9wrjEfIUWf9HV2Ne"
    "3/SlbKm2IvZFN804posPzq/LS4ZqL60in8tcT++Psfd+t4lJZCUI8y+3szLE65sopOM7KK"
    "TuNZRbpBIJGFp5QI9+Y9JzRBlVFP7CKS1DeE7EKzL5PpzQUiu5A9182K9P7wkS7W/yNRHC"
    "LmRYO2zvuIfNUClRaSZBuXBLmTviC+KSmIS32VFEXMTHxKEj9MDtSu3sFlJ0B55llRvGPS"
    "ADfkmx0y38wlFtwuX/l27ahkhT2sgmCf8+zZ5+lb9nnCBsJQo1HAF+rT5+cK02cA/Dfj7/"
    "EsBSj5iCiU/aoOBR+PvHjMWAE9R0RBz1XWs092FlB0VBY0XWVNe2x1oSc6JAp6rrKenRhE"
    "kUSJoCDouNI6hipghybsIsl0/CqICIIK4JRRHcFPTLzMpYi0GSCIAAePqnXwKPlwjLeRl4"
    "hwg8GNvPY48IWKjrzY5q/oGNt7D7BNVGzL5gU77bW1xVEvOLRUmUNLaZUMk/HlPrzEX9yw"
    "c++dI6KnjZyex6zjt6IhkZ1E+pmdOXLCGFhGz7ouW12nh7rLyNHy10tRZqeQ7AVexs807e"
    "omOU85MWjKPeS0riVZ8sReLrAAFR7rbjN3ERw0as+REzho1Eat8xw0gkJtu8iyJr6I9IIT"
    "XmIZTFBABhLXo5C+mYptY03Q5/McoEakANYorJ7xmcvYCgg16fHfM3mcZEvnUkPKBEAdbx"
    "dL8dymXLqIicKDURaD79U92ZKZi1ddqZkyuInQ9e68uXJYuOvElhCHOl00FN3Yg85BNEc3"
    "6hKg5q/TVrGdnRfnlJdb7hZCu2RNB07ael+S2EmMBMY0MqKbxZaq+rNi2YpkeenwghgQK7"
    "UfzB+huB3NSFZouOLfEZoS2Dlg5+q1i9eUpwF2ro1a52Hn/L05pvPM3iu+TAMPr5XfcDxv"
    "s5UGN7XZwWEpyVZeE+C91HUVi1rKMSlfKILxE5HaFcieJbHfvOvLyeQ6tBldjiIWwfj+5n"
    "I4PTqJnHhNIPN0ba48x6FOb1a9lqhGm2p628a0qfZPVxomnivf8+wwCaKNK2ZwzrPTpG80"
    "sU0cf7dTT8JmOScRwcbECPZMnqqiVQz/iOD+8P940igFwGGMqjHXkBzdycH4ZSVH+9z1YY"
    "i+u4VisH7YCRSf/1mXj9yzguNLZvWCnl+0tkOU3Muqir6bMuVPoi0tIGOwtjtdFzjJFrFT"
    "wEm2UevASVaEk/RigHm5yahcA8Eun6PcopJWWSW02gZ5Deu2E2msCq69kpMj61z3L4fXwm"
    "A67LPS26G5HrTb0eCX4ZVwf3uBDIUmAQsrg9ZjF2bT/vhuNKMF2Wm1Ns1S7Adtcj8Tvkym"
    "wtXwevRtOP39AukrW5jrJvWYlFdsvj9o7mf0Xu5Fep8v/dE1uU9/NhuSNwD9lYrK3sI2Xh"
    "o2rQ1Oy8UP/WYBVanjzuCKL5YZcQzSSCVXoAG0aZbpMPxtls1b+5bD9WT81RseJbMjrx7X"
    "Ii9aFTlZHtJSixJ7vt+cSwtBKcAeSNXaqqAqFW5awvIAn32wYh9syy4BXI+SvvTmq9dOzw"
    "tw8A23ReEJ/IrpjeO7S47KEzPXCxy+4kat6YSiExtLK000PNPJHzl3gsKFlQ66L5dYVqn8"
    "cJXz/GfErPwNIk/gSvC3qXLDV/uPT0EsCWJJ9dqnaxpVgFhSG7XOE0uCNrc7bXMLobp9hO"
    "qAL62APQGcHRBH1VbFnhIhAzFW12PbktwIZjjWa//JQWuU532HuaAE7ztGFvF4336eAX7d"
    "UfJoMDHVswGcu7GcTTgbXpWNtgu+c4u8KPCd26h1Ht+5filU+fUMeVNb5U0FwUxcJ8m7Qk"
    "SsATlUe+ijreqSmBfooEzjUD7p8aBMRqWizD6LZINIrDdzkXddRLSBL7v6vtziNk3cBcnx"
    "XCUKV/k9V528bC/Km9ePiwgCeVYWeRb0y0tKDKqhKnjJs8gyrNIp4oFophUJ3EADSQssvV"
    "BbVfKG7i3zIthWCXItarm3dIEvahFzAHxRG7XOwxfZ+gvO5Z36Ao3LtDjjYVrO0pmWsxjT"
    "Qu0Og8ZniD7oCzKOc3oVtiTZreqxVTMMl4T1Tgqv+XguiYmjy8V0EZCF2nilq0jSlwY1yw"
    "tZHhHZEt5C9XlgKv7Sidsakb6sOdKiwoKQD1U0H4pGRlaGYOhKAVonQRg0UVQTZEGbeG7q"
    "Rei1qCgQbKURbD60ZVBsoclqpg5uki26GDc3mtl/I/OK7Ti82Gb1MU9ENrhDl4DuLZvuVq"
    "/lts4LcsJb7bCtyykH3LDOSTtNsvTxSuHTNzcnD3Hq/K3JcyZVeoS91/kJ0igrYxF0gRZv"
    "EUEKtHgbtc5Di0MDbLSDtsJmfhc3INQkUPfMMRTtJlxCE+H2KiCDXfAswC3dMi9JpGYq4P"
    "Z618/+Zo/3EG1U6wpsRvvUA6dDfVFFa3Enqok+3PrDbpYTZ5j6knwFOliwvNF7y40KYAup"
    "UbXct7vgA7bIGwAfsI1a5/EBq98BtM5ndgxTkRLgvcKSshTVtBMcSqLhJjtCx65wDR+jDH"
    "yvhoPRTf/66ORztxfp9hmsTBOrpG/aVoENKyTYwP2qvvtT/LWENbmIigNioOBKKxhYyPJZ"
    "SEtXEzyo9BQbd3hjOsCWBqSBTcHPS1CVpZKwEaVnkCUK7w/kHXd5LQ1kRaNnVXXzXaBER7"
    "I1urmsQ3yWPdqoMpZXki2Quxniu3fQME+1h+nwbjj9NhQmY2EyvRpOaT0FC5uvmM7JaijT"
    "Cg1X94MZHXLb//1mOJ7RSg1J9z149YWDp/tVLDsHAiKtUUBGQATY+3LZ++QdpwR4c6WyVm"
    "yrKTmTlScL0CnxX0IuIOuEwJkMWBPYI66ObotbYuTHh/5FJ2vQDrDTrMkIallxNx9X/uCb"
    "8KcvsykE17nXFNtCIvIcA7QgzpeFFA3pBiZ/mMgQFRmxZ8pC+pwMpbdAR/YCI+JRfPQFJX"
    "2l2dj8cBy1+XZ1j8Q8z3AI0k92h3TPylgkXQj1tSjoA6G+Nmq9UemedSEHD3rAt3IPzkEo"
    "joANllcJMVFQQ1lER9gm3NIZDyXE1UwbvM54bC1W8VhpXcHlOld6mEzQW5e0T/BHb9d8fo"
    "YjGhi0t+TPZ1NfGZD6WduNuwv+YIs8A/AH26h1Hn8QWuTtoUWeiefYxFpSFmg6yiEhKEEY"
    "ATlegtAves4aXoisfFzRuunxKQopoGLhqWiu8zlXrvN5Rq7zeVQJ4pLGChJeIFnJzmshyH"
    "bG0U0myjaZdE9IoO/SV3VQpoHb9SeOVfwpvZNJQj55zdoKdQysyRSvfHB3bofjq9H46wVy"
    "5R+0Qf92ds+a/0iiYa9Y7x+yTK9HY6chkETD+zLt9/Plfnzl9PuZr8hXK9Tv5+SMZ/+J2k"
    "aB7ecs9nS431ootA0lSB9mP9oV9V32ZuQpvxjcCdIAdxbchvgurEw1l0GzFmncWa1Tri5W"
    "pxldrE7jXaz+NGkOraqLuezGsBQgzYP0erfNzzKFRaEAcnX4hTitJImqSnlySzCxhJVXnO"
    "dMSrIwBKGjEVCfjY9Bm8WaB6Ug7llW3JOhWkJAjuXBfvUmq5kmeMNywSVYPPfYMSW3zKmd"
    "skkahPVOc2ldtBJilmscN4YsBXM9dm+RS+/eW8Yu6fYbmNVJf4d4aF039C7EQ1sUGYN4aB"
    "u1zhMPhQDGrjlD0crXJHwt0cDgxRkPs3KWTqycJdXDaW384u5+MBgOWWDCWkkSxjKNVnzp"
    "j67ppbmoqFWJVPiRZscCLhqnDklDiJorRP2Cc0VP3eGNS8DYSakz3wvK5a0EpaDQQ9FTEA"
    "G/Nhf6YTngAcviAQNp2VsygYEs8JopgpcGDK/Bzece2I5RArI32JQWomZPvPnqtdHwwhvc"
    "YHM3etoli3ipkmloJ9mhZpvvnQQ2MTKim8Uqmor1Ijx5AlysYmeiYWQvCMiIHnv3hZG5Uj"
    "HLbrGwdRE8RX/09I7IRRMp8ocuEjWEl8SuJH9DBllgmPzC5ZOzlkKn8Xd0nwftaHh8cvaZ"
    "DkEyflUkTAScM/wEqB8s9Pj428cr9sHHkfz4+IEe/KdDVeUVm+/I7bmMjmixAE03iZeqWF"
    "hGxOzpPmiPj+RDXSUjrWNRXiqaQvGk2B0zsNm1Y3cOgciQGxyj4XcCufqO6NfU5/QHL5Fi"
    "IQvbx6hPfgjV5IP2ptgL8u3wd0Mh0oJoPz7S4gSs+oBIkNF0pOraM0HAhYeA8E6nPHrBho"
    "3m5HfQsSaWyPJOrU2QxQQHzwSVSAV7pN/TO/DBtX2xd4EPbhEzCHxwG7XOwwezt24evsAX"
    "2BEdczjGoHfKVSLyNKNG5Gn81AY1ZnJxX55A8/DlIWQy+Jg4HeMYhDnJxZBQ40DezamXtQ"
    "GcB+mIWOOwLv+MVz2iR3tKy+1xpeX2MtJye/G03LU7ltfKCUtCUm51jJqEpNyQixpTdGbZ"
    "oqgoMPZFGfuDlo5qrQYyKPv9l9OpmBZKraaTvOEAtpuwjW6wlWLsp4r1QrOZLOfXx7N/g5"
    "93N7L1cnDo3lKAyyJ+gZ8FfhaYOuBnQesH42cP3mSmcro+iCujr2xJz9dENCDSwMTe8tsp"
    "OUxWQmbvP+8m4yzyKymdV1YkG/0f8vIkdsKC/W2+0lgJJfS0UlRb0axjer+/74odywCcQh"
    "Ta0Dygj276v0V1MLieXEZ3KjrBZZXc98qt/nb671VTQ6kO/GE8zHXfpTtsk13j2SLvEI0t"
    "r5i3mTq2m+V5Bl78lismSGu5jTljvy505IyXadMUf7YfWI4Tm6+L3hZYo3lbMstS8q6jJz"
    "wnw9l1cW7TPC/ycSei2/Lv8KDpr9g0FZmmUVnOjDIiW/Pj4xrDY2+Ox8cLJw9LVxXpndzU"
    "XadElsys6TYyscE8pUJ5VzHDq9z8K6I7HVz7+m7wXXDtW+TkgWvfRq3zuPbOiyyPv7OWqI"
    "a7Q2/bGHeHGRN5tOELgDLKV4Zn4+SyRYJSEDQuynUB5VhF3/9wvX+rpg5eDoCz+W9s29kf"
    "u1Kx7YYX2OA2W6ng/WRlP+nfh68p3YaCH3ezCBSdDRTw697bDhmrJ2I3LHyLHrz8um7lXf"
    "DyW+TvgZffRq3zePm2bihSnrixL9DAqHH55aDEZ6KrZ4JHHohDQg2EufwOTz5i+X3yiCR4"
    "hIUd86VbzSO3DiKCQI3AiYa6aiC1e0U6T5veugKY2u2Z2qjHmseujcrCobrqGLJx/0W0bb"
    "w07IQMvfSXf0AEulpE9zJVtGwBm2YS5TjD31MwDUs1oShm1kMy/G2WvWX5z8j1ZPzVGx7d"
    "xxKY9cMwlF5BtpH2pH8fkYejk8BTxgd1s9jKtXVHxwuKJ7Axz6uPDFGRkSePWBk1JCuWId"
    "oS2ZWRrSNaNssb0EUrzVZUZNnifI4IHmSnULH8jMkolicVyvEqffacVGrE6A1MCORq/S1C"
    "IFfbQ7MBudpGrfOQqyxCl9sZD0oBHVXYFXdgZMjF4M+oHxaSaiD5Wj7HDZxHxTiPBFsyzx"
    "snQRyYj+q8ZRKYj6DCCtQUSpYHEriWgZDKvX0OcyD6MJ0w2urwZiSGems6ronC7QJq+BTw"
    "5i5GdgCelNDQ3l0Cyk1PDk1615WQJrqxO8ZEwzOd/JFzsfP2xqjW1sOrjtTWGMmnoLcit3"
    "/FTwtdf7lyey90Eqjt6JBuFrH95gwW5ODoUlNx/+hYqycq7ba08JmBf2ef7/WayGn4uy24"
    "QS5qyZd4yhdrsqErOzpCHNkFbdEkmAAlXmcLoQuUeIvIUaDE26h1rnxjfy+PM7Kb+6Oupa"
    "vMzHZu+9PZeDi9QIZo2hptE3UzpKzeeHaBgv7Q4Ruhhu0LXpI8LFVlVVQmQxlCQRAKqgD8"
    "Ow4FLYlVTpyvnC1PwlKNa/Vb/mbypMsJTE96Tp43vhFreB/peNDR3enofjW8Hn0bTmn7dp"
    "flqGpHd8j+LTn719Rpa/sCsMYFAdwYuNh9nBScC9qIGAAbBTbKeMawzWYWEsQh9aE6bEKc"
    "RFKxaGGBZWbn1XVEFPRcaT3TUyXFn+sEcdB35fXt2M5EjXKC3576kkwSbVAuExzvqrk/yR"
    "Bcmbm6GgdlmoB52Bs85eqkeZrRSfM03knT91cLvC6isvCuqPK7IpKKkINdDws26CXRpoTX"
    "1mogI+nSW9lxbeROB3RTooaBGeulEN5UtMhusDn18jCZrTVFlyux9TCH3qMrPD0vMPgQbM"
    "4LDD6EeyzR6aQc7CQvzw1mQApeLd8XXQQpeO1JxoIUvDZqnScFLyf3sA3tUDmt7oN3WH+z"
    "HChHxPaYLNDZC9Y9Lqx7GVj34lhbmLx9UpJJUzIXfYkGrueT3jlPWkXvPD2vgn6WljuXq/"
    "dpRKwap/wb1f804FHl0kxUDlRTumpqmDJGfFPlFedUQKc/mI2+DS+QI/2g3fbv72hmmCGu"
    "rKpkhoUdYn4HMywH2ddlcZMuriWwZrfrmWqmCF7WLLwG85JmsWBYYrbZpSv75ZcpVsUUAz"
    "T9fGwz6Mq/dkkw9gny0qKTwCu6n3Sz6ERxPWaXJGIuYq4trNyWyRbpfBt5eqycHmJApIG+"
    "S+/0lMc/PD1N9w/pZ5GkcPJQ5UDYHd5AdE+4vO+TDO/7JO59kzvaOCn8le57BET273YcJp"
    "2iNAcjZlLtM1r21/8HbyDYkQ=="
)
