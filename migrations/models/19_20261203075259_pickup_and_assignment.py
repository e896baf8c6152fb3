"""Migration 19_20261203075259_pickup_and_assignment, written by `python -m plaza.makemigrations`.

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
        ALTER TABLE "pickup_point" ADD "longitude" DOUBLE PRECISION;
        ALTER TABLE "pickup_point" ADD "capacity_per_day" INT;
        ALTER TABLE "pickup_point" ADD "active" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "pickup_point" ADD "opening_hours" JSONB;
        ALTER TABLE "pickup_point" ADD "community" VARCHAR(120) NOT NULL DEFAULT '';
        ALTER TABLE "pickup_point" ADD "latitude" DOUBLE PRECISION;
        ALTER TABLE "pickup_point" ADD "city_code" VARCHAR(12) NOT NULL DEFAULT '';
        ALTER TABLE "merchant_order" ADD "warehouse_id" BIGINT;
        ALTER TABLE "merchant_order" ADD "assignee_id" BIGINT;
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_e955d3" ON "pickup_point" ("storefront_id", "city_code");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_5ec4a2" ON "pickup_point" ("storefront_id", "community");
        ALTER TABLE "merchant_order" ADD CONSTRAINT "fk_merchant_warehous_a1161d5d" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse" ("id") ON DELETE SET NULL;
        ALTER TABLE "merchant_order" ADD CONSTRAINT "fk_merchant_account__d33a349a" FOREIGN KEY ("assignee_id") REFERENCES "account_user" ("id") ON DELETE SET NULL;
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
        ALTER TABLE "merchant_order" DROP CONSTRAINT IF EXISTS "fk_merchant_account__d33a349a";
        ALTER TABLE "merchant_order" DROP CONSTRAINT IF EXISTS "fk_merchant_warehous_a1161d5d";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_5ec4a2";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_e955d3";
        ALTER TABLE "pickup_point" DROP COLUMN "longitude";
        ALTER TABLE "pickup_point" DROP COLUMN "capacity_per_day";
        ALTER TABLE "pickup_point" DROP COLUMN "active";
        ALTER TABLE "pickup_point" DROP COLUMN "opening_hours";
        ALTER TABLE "pickup_point" DROP COLUMN "community";
        ALTER TABLE "pickup_point" DROP COLUMN "latitude";
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
    "eJztfX9z4kiS9lep4J9xv8H42u62x+e5uAiM6R52MHgB98zcekOWpcJoLSRGEnZze/Pd36"
    "rSb6kkqoQASVTE3WxbKEvwZKkq88mszH+3FqYKdfu0s3LmHceBi6XTugb/bhnyAqJ/0D5u"
    "g5a8XIYf4guO/KyT+2VFMVeGI8lIQJIjEs+2Y8kKHnwm6zZEl1RoK5a2dDTTwJIjAwJZXW"
    "hIRgW29mL8qBnAtIAFXzQsi+8D3ohtINvAmUP0/5bpODpEdy3g4hlaNtCcU/xA1VSQlGa8"
    "lDz2o/FoTCAET08WtE39DV0+9X60feqLPD2dgl/h0gHoMXgoVUYAyTYEton+lh0AkdwadO"
    "77YGmZCrRt4I7waODbbQS+/3Xsn4FlvtvA1FVoYWF3RN00XqDtgHfNUM13IFsQjbQyoEp+"
    "/MrQ/lxByTFfILrZQhD845/oMroXfoc2/vPfrZkGdZX8uwUXsqZjuVd0B/5fxYIyggopsI"
    "Xl4Pcl+rE2Asn2h/Lmh7HSdaz+9ZJov0VuRoCSP/5qg9hjZFXFw+zuASWNim9cvkpk4NjL"
    "oBFwyHXJl73RXvqG84Xci6fds6SY+mphhPcv187cNAIBzSAvxAs0oIW/LbrmWCv8QuBv5b"
    "1H/jviKjK8xdVgREaFM3mlO+FvQl8gvNaSpOFoKk16U0lqpV45XyLypniXFAQZggN9VZsA"
    "8IK/wo//eX7+6dNP5x8/XV5dfP7pp4urj1foXvJ90x/99Jf7ZUK03KEIZv2v/eEUfyETrQ"
    "nuwoEv/EVk0LsihUoN0Y9oN6WFW/SJoy0gXQ9xyYQ+VE/01P9HUju+LvLU418I9ROucntQ"
    "UA7W0/5dbzLt3N3j4Re2/adO8OpMe/iTc3J1nbh6cvkhrpxgEPBbf/oLwH+C/xkNewRO03"
    "ZeLPLE8L7p/+CXs4V2AVMyzHcJvfoRTPzL/iXyHvtq9teguIK7c9nqGasFUXAf/XjZUGBK"
    "0b5sQsUIquootTXpfx1K/eE12YgkDe0n497X/mTaG197GxK0kjtYxnu5kL9LOjRenDn68+"
    "wyZxp864y7v3TGJ2dJ1Q69T87JR3/FVIFQdmBRXQTC+1NGawkNFQPGqZH73vC2P/x6DTz5"
    "R+NLpz/o3eJnaDpU0Y7/0O32erf4kr1SFAhVqFZDR8HendYRfTEMBKr8krBvTTF4zy8+M+"
    "CL7soEmHwWRzhitrBiHBFpIMqXLCBfZmN8SSDGVtbsNbLT4wvPsvL6LluqlPrEPDez7k1/"
    "tDhfJK/IhvxCgMO/EH9/z7PpmitLIyZyyunxP2JyeJTIzRt9nQ7yPt6NH2c6hA7wJNvAJJ"
    "/Lur4G76aF9rIXMENOiomclwW0FGT6U1yb7YbidBR8WQlZtsLCFhb28VjYLfQD1ZGhr72J"
    "UROL25vDuQb3aqkW1HpcUmi9Klqn+Fnet4/scZGlnGvJTQhuXnspevamZWXUvMfVN/Le2d"
    "DiRj8iVAj5Y932UtZm+k1IK+KLaUHko/8K1ylXNwG+ZzHeRYaq1yvwlz/R/KvhV7Tk98BS"
    "S779CAL0w6FDQEDfAQwfBgPXvmM15eMvRFoJIwNOTfQfRhU8eIPU6j1gRT/y9seQ73Ym3c"
    "5tLwH8Vn6RP5UnjjybtSjeUfyGNouPFEweO5DZ7CoB/KN/sIEXg5lrS2DOAPyOpJB3E/Vo"
    "2uBdc+YkPGKZOiRRnDWYm7qK/2VBivNU8uDCnarG+yTcKWFY78KwFu7UMWqdxZ0ie0Ja4X"
    "+bjIZ0ZQcCST1rigP+D+iaXcicZwqT/NdsZSgk5+F5pemOZtin+Hn/zRk3KSM8iQGKqdin"
    "iU/uOr8nGeTuYHST1B0e4CbhWR3Ut63cSyec26YbIZVzbqv2DpTh3dJ9LOHc1tG5vZctx6"
    "AH/fyP2iwO7TJy8yZPNhuvzV6jcPCEg1evFbempr5w8I5R6ywOHvnflL6zU4D8+xuY/3N2"
    "/pEli+38Y3YaG/6MKwUokh8K1xRH+8aT+vLrGOoknz/bivK2eGT51lAVWdZUbLK+w+e5ab"
    "5K0FCXJpHcCrDf3OF63mhNQm2XqWWReZZtaHqzkNnWlF49AZYkM3zABN1/CvCaDDTHBpNf"
    "Oj+eX1wCVSPHRzQb2A5yBNWfSWTDhsgwca/OzXcDmMgbAbIDiLmChqWmn5X+EHLExhvixD"
    "AdIFsvpnH+ATxDRUZeAn6aTY68oDt+fNYcYMmGai68kW2gzKHyClU0snfQxoJoFtrO9aMh"
    "A1s338Fctuf46I0DFXQ/uvIjNBzLXK7BUrbtd9NS7TbAj/ZGxk8sEuHxlSYCPML+F/Z/9S"
    "1BYf8fo9ZZ7H+0cM+07zweQChRjg9w2AV3x8dY0AYr4U2ZB+CoTAPdrHKOWWTExbhilUk5"
    "EbIsPWSJ7FSEr/sgDs0kxIRiSleMBd/M10K7fVyyhN2+mimjNdzc0zZdxE9LaTnPn4rLiX"
    "yBssLWkcDallHrSDyvZopgjZvG5+D2MevyCLAxnKF3dD5Fy6DRolBgsc/bLCSY5UpITiDC"
    "VFdGs+0VVIEnDYg0OMFU1dPTvxzt6elD2y/VMpMXGk79nblclVcrRnMAHhYaqg1mlrmgl5"
    "gp/zGYCuskBtRsnLWsEt7s2v8Mn/BcyNYrrlGDnoZvQBvP0xOQDdX9Xm5RGwN+d0hes/vk"
    "R8P9IqfgHo2CbAk8juyO7z5NfkFTDyygbJChdSijPe2ajPU+N/Xgl6Bv5W14RXgyd5Aya8"
    "H42QSCdqvl3tAWtNsRETCCdjtGrbPQbmjb5KGEvNsbR7h9Omfggj6dZ3JB+KO4X+vtuBzY"
    "hhINJNvKBxgZHRp6DwqsV3HJBq5X9V2fKNuSXWxPsgUzVAv9Cv7vGLRcjeMqh94Rq8D80c"
    "9JcNN+RU9KVOOdKvmsxN4IP1ILoG+8aY7s/fIU55e8pc1C+5F6AZIWl2JJgAtFgGOCf5ma"
    "AeTgSP8POC8NDdwG6DlwiWtDP68Js0XEIHSP/GP+jnBh1Oy3cp+A+T6SRofvSaTReVxhQA"
    "K6OXWYX8R/yfRkuDbQtVcIZJKm92i8wvUHnKgH/VKX0e+/hFbwzQlvSEpFXru3EGKQcIEW"
    "XOqyAoNK21sUPWj75ShLJP5cZFXpeb0t/ZcsX+2psISRBbEoiMV6bUw1pZgEsXiMWmchFk"
    "Xd5F3XTRYlMSqUxkSsRu4My7hU41j18jMsBelbZMZXfO9ImwyBK8Cv54SooAVroWfX5Uup"
    "Os81S8uKUrl8jlrELY759FxqSIkKLRTVgiirVTWyXFR3anGQ5kzVnejLzv4iEhVbaVixTS"
    "2zGZWhM3ZXge8GfNPWRAmlt8sL/BDwKdEeXymbQzx+3E/U0RK8u+Dd687ACt79GLVeB969"
    "QvTjTlh3v34NN9ebEmxknOOCCfGLHMQvUpnU6MESb3m4mNAeO6TuKp6xowpxMW/MlpBdqL"
    "1RcL4xTR3KRoatFpVLQP2MBHeFtb+w7JdjvRmNBrGt4KafsMeGD3c3PYQ+wR7dpDkZfM9S"
    "l52ZaS0kHJijT+7NbYBTg+xxshumATknfGuItj0EO5J8NDq3d7hPs6wucJfm7sNkOrrrjZ"
    "Ho+Fu/i+5SVrZjLqAlId/lTfN+/MEPHrhBuzdo2V6mXFxtmT5NSm5/PN3H3bo352eff/p8"
    "9enyc+DVBFfynJkM+i3bw45mjUfOKW9ZfTF5SrpmO3AWw0GngsJ0xC1Ro+SZNoMZiuGGj2"
    "wLzPgwW2rK62oplVEY9Z4Mdd+0oqixN9PGxQnQm4lcA7Q1bIeXH2QY4bEaOr0OgVMtZxYB"
    "SnqxzNVyS7gITF/xQE3FSp45aFLJOrQlRbZpaXU8eHWC0bposKZihn4qcvosbVu0JnNtuY"
    "B1TBNggkmRrW23wS4aoqHozHQZmfF/rkxH3hKkL3ikCXrp/o4Ha+pL96wjSHDmrIQLaqN3"
    "T1rIKo2x4UDuxh+zh4Zkqdlfx4mWAk5gthEzS7Nf0aMVzd7e9xmjsW69oZr6cpITgzPLxC"
    "cqoYOP9CFzAtmZL1tvkcHAE2/cLhm2ofNOM57N7xLCxzDfdai+QGwelGTy9/HYfQcuGoqd"
    "rKr4yOS2M67rUa8dd7imvrGB9+1oyivcdo5NySANnVj7RaiWs8mFSFqgF0bees13obpzx2"
    "oqYhZ80+D71gQ+HqTZEEm4KsDWViszUnVcoDyg8E+1Ahy2xeouNlpDUOPKVI0wGeYKOU6U"
    "6jE+rH63XQbzIhyqIZjG/QB5NisDJt9onfgDNgQszuzn4OwEJQM6eq4iOws6epBDZECLDG"
    "iRAV33XFiRAX2MWmfJgBadhHebJ2rrqxcefP37G5dffsUC7lU2tldpaB3ZWVF8PLZU0FB6"
    "jzmgYeovTxZopzvtf+tdA1f60Zg8TO57w9ve7TWwVzaunQfdiXTwxnl+q+eVxXWqIiFWSC"
    "EVs+bjSF98ZJn96K5MrMlndLDd2opF8A4lmwf52fkV02p+lbOaXxXuC+95/9vGFY7Z8eeJ"
    "U7G6/FUzQNhxOmRebS1RQ3DAubnaOrb3mz9OU4FaWqa6UrZOPnZHaSpIIo9W5IbuMukRb/"
    "OSV31i+/xHPFrHHaypmNleHuz+0mlrDZP0LDvKvKzk4xs8WFMhc/OpNAcuDpBEVUvEfHey"
    "rBz339zxbt3hmpov+iZbGq7/NTMtiLbKbVeyb+5wX7zRmjrXvDm2lmzd3BYyf4JN0FBHgZ"
    "dkrahVsIuCNl7pjTXKRI6jSEcrxfxaolEktPvj2hNlGGB4vKk3XJNw48qz4syJiR6NpqTF"
    "JE5OZ2fGRE9rkzs3t30CirlYIPCdNSCnS398Xq2BOw4g47SB+W64vZhw6yVyE+5srkKL0u"
    "Npq+FwQ6enJy/p/ekJzGW3D7t3BbzCte13dkLegvJqrhxw8vS0tMw3zVDg01MbPD0p6OHu"
    "v1QNfzPFQX/hgdEfEOI/yABfb/5jCs7PLz+CcIAugvTp6T/cMYI//GHcCx9+9p6B5gj+Gz"
    "d/wqMHPxxfstAXNJcabjy/Is2ocN8pwzGBG+SwgW2Cx5Z7qh4YUMa9pB5bAMfxbdx/ikz+"
    "UzysuYQGfkPn5spCmFyjh//j34/IpoWvqrx+RKCfnZ7+1Eaj4TttfOGx9csv13d3jy18Vd"
    "FNG8Yv//XPpycytiIvZfJLlsi7R6Ph4efmO0DzdA1cSolARb4ncORXiFtnoRvBydA0IJrG"
    "JtC1heZ8KNLbylV6yX2nIqd2djkwXjf8KbDbp/izSrTQEolsIpGt6ilNIpHtGLUuEtkOn8"
    "gmh2cb4xBnt9CKiFSjiRZ+bGOaaIWWC8esjwmJSp8sEz+0Q3lwjgo1EGcmmHNQToIc88J4"
    "1piU4FYrTTVpuP0tKQl/Na2ITMeFJtqg5kZbFe2MQowZPmdFW0y+6KacAW5UKAHqDEvVD9"
    "YczG5HDzeDHrgf97r9Sd+b5YGlST7El8JaweNeZ5BE2TReCsAclRI4M+BcqAS2qH9dpP51"
    "yOal0c4hlGJiotcZJ7VErVbEq4KUqFADlxpSCfg0rVAWet6eXZPYYDVTR1ZYrZ1o3ZWajJ"
    "sbz7lLSAkAMzZFqyu0saU2Buu4N5mO+91pXkO0w+YaV9NsEbVCqxNCj6yOlAh6fO3MDqDH"
    "F2xRXELE5ERMru7RGRGTO0ats8TkuFnzUgnzChU/+MwSl/icHZb4nIpKiHDnbqM+S1PXlI"
    "zQGkOfsUC6yni37jqDwTVYyLr+aHwdj7q98R/XOGNQgdaaXHm4v3lwL62Wzyt07a4z/rU3"
    "vR90cMexhWy9Qmepy8WajZ0zNZzM6TeZajeprCwLGllqy1hzIjJ7DNR1h3/sJ1b3iQHkT9"
    "kN3VJFV7yS2jwxuqiMSAQoJWpXqCiF6DXFQy/gOUmf6TxADdxRmgqSOBcv+kuVjtX+iL1a"
    "wuN2ASJVEbYDKWgC1CAKlGarHLytSG2m2S4J5LCQDoU/jlXZyaaP32O3lcoe/yNW9tg9dy"
    "IYZcEoC25RMMpC6/vQevUZ5UPrVXDKteaUxRGaCjBnUYX4Fh93Sl9CUCT0lZXQF7XBt8w2"
    "i/Y6qZkqWDPOEtOQnsrHwgzbjqm8bu8fK68NAvvgPGcdKRdRnmtnDcXSlbyy4WVvmlWgnF"
    "dd5iUnP9VFv/jFtNYtCj0VfNbOY6cU2ZF180VSonfvMsUxVtpkKVtw+6osguMSHFe91tma"
    "sh2C4zpGrbNwXIKGES256otuaIZwmQsxsQYVDjgsneKiWgKZEjWA66UHVi4lNgFjTAr6Bm"
    "D4MBiwUSnKXNNVNNR2vm/z8I4vEnvuOVMXjHaZf+FnIlLc20iS4mbvVo/czFD+1lM1MGcz"
    "aEEVaAaQQXgMkFbilkWEmsGxDCdE5KBhMo1jR/VMhecsPOea2dr19KGE53yMWmfxnL31n9"
    "/5iMmJaC7n4iuq5FRADXleYGgWbekGNq/LYzvpBsaWgs3FcUQFoh1VIMr2tXfpJPkTnNYk"
    "JJz7m52kyCu3vwhgpKW9pSlQWmhGmb0TEtkm3tNKfIAfNy27s0SyCY/w9Gq7y7WFp3dENr"
    "/w9I5R6yJGyldG4yNLFA/dlV1I42Mqihf9ZimYp2gvpMOcEGtA4fu8d6b3+zT2uqRS0oNX"
    "ZjAafvVvT+apJz1o34ZLT+3NdWciFuD+oA/rOfPUnul0p/1vvWvgSj8aGDp04RZdQWYmuq"
    "QmIwNMIe1Lloh2cuGKBLQv0wVP8PdBtuN3ygaT/SYkxMSbwP0mhD5Mel+HiraQ9SwyLyKX"
    "3NVdwVNvgNpGDmlKuO11+3edwcnZ5/Z5opp49DSYqJi0aQ0puWISAgI7n4q5onFEmb5hUm"
    "x/dOjHXaFccisNDyF7teDzuuNyjcF1z1R/lKzhgj8hKHK9impAnF48uAqo1CKXLrJGEK+F"
    "OFFa1ROltG2gBHibl/OYRDex9WVkmeYuMGVEGb0xp5Ehm4l31uK6RXqvqApJhz42a99kS5"
    "O3rjH6zR2lqSBZ8E2D71tiNCaDNAmiXUb3/RlFie5HJtvm6P5b5Ob9ne8NM1NE8LqWVmpb"
    "BK+PKIwpgtfHqHWW4LX9uuLh273bG3f89JKl/8Nldv+Hy1T/h+pnBeypQftOcgLcwJq8oA"
    "cyGGJyoejWYbmqrVYiLle7uJzsoIc/rxxaXfCcgowxKVGTMbblllGTUSTAVCwB5h1qL3NH"
    "erHkBUUtme5hUqwxcdbS4tfitFq1IkXimFS5x6RY6HRReJSpb5CuGdu2LyFVRwdonKYiBb"
    "+7bV7KAKszc6BFOux0ZRsyolaTIFkifGs5ZQCG+y01eXIdpOdSbZDiitlEQEX7qiLblB2X"
    "v46tF7/5EhmyIa8rZ4zL3Q0pEa5gm8yOb2nGGzQcnKBgBzeX3GQpEjoLmznlVugJbhORr9"
    "pa3W0R+TqiGIiIfB2j1lkiX0hTyEanLLeZa21EQjBIqRMQ0IaWRxSyHiuJiAhAk4B61gk3"
    "JReXE5Rc4YT6mLHHpYKkpFBCWbxoxGTfkhdtXkZnO8GLxheCzenzsYa2W6Ib66HbUHyTb3"
    "lx5nlhvsEF3DpJmXjVd95YDQI+HirXdVMhQGzLqwYDNQmqXaYsx+dXFq0TnYDM9I60iErt"
    "sUoZfrbgcupqKbQFl3NEXr3gco5R6yxczqtGI3LY0rR82SqX42p1bv/2MJleA1n918p2Ho"
    "1xb9Ib44wtj0PBVwa9zoRc0aFsoyu3vduHLpJRIU6PIDLTUfdXIoP3PXRH567zFYmo8gLt"
    "+I/Gb+P+tCeNvny5Bu+W5kDJnM1abHNrx4lfHvWGDWxH5qfsQjnBM2URd9zYpgUFuGlwZZ"
    "tWti47czqUECcBWE4CID/BtCTkhVvcNF1KVBS6KMqVWhC3x/G2V/apHhHa1WxPOT57muxX"
    "LHP9KnuqX6V7BfrOKtckj0oJHrosHjrISdmSJ21avmg7XWA/mH1Vqq0fIf8oPFacGswmsd"
    "yEWDl+98Y+ZA+G5tjAnAHZAGQEgJMewRx9cdxe7MS0gCO/QgPMLHPxAZjoMwIjsMz3dIuy"
    "rUfjpMzw6GUXxRcsXK3XybZg4Y6IjxEs3DFqnYWF+3MlG47mUA4KZy62UZEmWaelEQj4EC"
    "mXUxUI7JE+iCZy7d6zKp9d9G0aLjshItSkmbv/Ln3Cqa2IU6t7h6a29GmbeLqvnfBrIy8/"
    "U18+QRZsQxbgyNW4350eii3wi+2Smd2iEAbxG9p5nEFQ1dYM7t1bukuiom7cwyrXp6c36N"
    "vxQ5UVmkKLgM6PPKpUtsL/KanukaTG6z4fiGaX9ob70pf8yBfLXC1LZnm877qWbN3cunJk"
    "YuylpryiL7w0NdrkLvFBMhrixYBwD2+QOGtYf2OrLZixI+JIBDN2jFpnYcaM1eLZNfZYaZ"
    "xQonG1Ns+vWLJArrKTQK7SkfHa1WlbQkPF3QCW8tpPe+fJB7zvDW/7w6/SfeePu95weg0S"
    "4z0a953+Lbosa+qj0R0Nv/THd7ieG9LMTLMWEF2973d/RWOgm5D1hGSxTPfXHpFSXvEdk1"
    "/69/f4gmfY4pzCQf9bb4yvBbZncPUP6UunP4h8tpZmsqZD8g3u7ge9qfsNFkvs2OGrnWG3"
    "NyASClaNrhcrNHfOUr31PLt663mqeiv68ja132j2sctQQqTBpRp01aaE6N5WwZIriNqrZ8"
    "d03Hq1CasirxhuVEwUwoVR8NOFcIMWLqSEMC/SKWGB9wa8i0xoMZu5Z/MCIqQyjk9smMuh"
    "aOOSlS9Z8jcvs/M3LzcBLvFWiM+Sbxz0Z+cs2KO7skO859noI68N02hp5LMLbdNkRbntmO"
    "9dRrltCy5kixIoy8sg9yUa9xJcMB2WuMg5LHGRPiwRnrrGkamiDnN6lCrb5y3vrJw0Gkqj"
    "8W1vHByak9BXJlE4/6wcviXwqN1jc/ieqI9+cM/UdZQl/oNFKcFCSqvaaZcY2p9ZXpnP2W"
    "9M2kiyIFpzVcy6Fmk1QpE+jFm6K56gbJtUkS1L4yNKIyLNm9DlHyLCmQaY7JP4KWmKqEB8"
    "M+KYgi0Q7omIlRDrqRjm9Q3tpCN6AaNeJJKbkBWarrKmI+k9nHqOSwotV1nLsZwqTj0nZY"
    "Wmq6zpIBJZaOWOywpNV1rTfnS5iKYTskLTVdZ0IkGTPbkxIShKgRQ90ZNIwmbXQEJQnOsp"
    "rIJUqjWXHmjS4nUoqosglZ5LB1Ep8SIUBj9xCoUd/4SgUEFhFVCOZrCrgSIsVqKimrDgUp"
    "cVUmVZMmfcuqCKC21scfA5fpaL6/RzXFQsT4XVcOAmH0f7KuQcQye2T1oXxc6hf/UHq9nb"
    "wHpmOmoobj6J7ps1JaB7FxmqodgmjMCMI+k037cEfB9sWKEkmtKxTTj7DNiGu14J6E5igz"
    "UU45SdwIBy1OIuAed7Mty9WcvdkBVnipcSQxp9DzB8GAxaVKZyf2tFTeFNMLMM0B6qk1VN"
    "Ac5tZEVHOO4MlmhOBBVUmgk11YlmwDvGyZYA96033sQbrplo05jsDLBjxYIyHJOI8rbsPd"
    "bQ2R6bsvBte5wIPr23Brezw4XEygCpYfXW4pbSzIGWLevQlhTZ3hauTjBaV25Uf0rKBo2z"
    "dQ8BWR3XKzdZf0ukxmSQhiLkID8HbrukT8kgDUXIgm8afN96DuFBmrQwYeOKuTZjPN/WP3"
    "hFh3NkwKmJ/sPQGzcyVgMnnmY8m98lzYGLMsDyzdM+HrXvDdoQ1PDM4yj9GbFAKXU/4/bp"
    "pkYh8I21wW1rRNp0wGW0sccPNphrmNNbX4P3uQlOZIO0+Hifa8ocWKYOPwBVU9HfstNG/4"
    "UGwHe8z9fpriE7GJ+zFqkLiShtWNcAHpYRpQ2PpcidKG14jFqnZFxztN6l67oO7XbZ9brj"
    "4+e4Z5eUV92QjnFCrHmndMsvq4AmOD/OMSGB8maUScdVOsKby44EwlVeOlrdh8l0dIerjP"
    "gpDo9G5/auP8TNuxea8WigDxE+uMSIn2DyaHwdjx7upUGvQ+qTuEk9OtozsHR39DDukwHN"
    "FS51gOtmjr0rbvGDR2Pyx2Tau7sG9tr23LXDd9URnXmrkOAoOlBHi24yFVX6lFNU6VO6qB"
    "J2g9L4ZlcT8+8XFcRiJm4ZFcQCUoFrtYlKiVTqstJ4g/42e84MqZoyWJMVorOwSq2SI2nU"
    "WQxokGS9iQENUrvZGFBlDpVXc+VcE84ROHMYGFVgKa9tYKKZQyc32UQfkTnWd2zgWvFgZu"
    "q6+W4D3FHZt81cbtQmVCe+7hWDs8HJ0xP6QHuD7q/yPIGnpw/XeNT/B1Il2g3TIfXYwRo6"
    "ZDgbfRuvZ7PtaLoO5HcZPwJ/We8xP+ORgjLpbWDAN/IDNPUa4H+uPfl32Q5LqINnOENvmT"
    "8GOIn9+uC29qMBos8CKjI4SfPopWzbUP1wCjpARy9acIM5A/ZKmQPZtVCBZgO/xBlAIGNI"
    "8Q/D4yLj9Q1iJEGkyDt+2MI04DryO8hFMhz5rWHZ+jbByDC9Xxj+uhOsUSKPRV31/ACWlo"
    "l3BjsoVt8OK81/8IYeT/udweAPKfKV3CeFmojCSAhw/wd+8O7CGUVJrZAEBR+luGJCtNGW"
    "65A5ICNNh0go8tJZWehpCEz8wmLw8AQ5kb1H4w/QQrZCt5gWUi2a5OgTNNnJd0KX0JhzfN"
    "GdA95oJ76OHDz9FbRv4oG9W9sAnr6cAvyEIKPJxWjc+/IwvMXAUH9E/JcSBbm/xnvFyCN/"
    "iLwk/vfBD8ffL5guJ1643ZVFs0qBEKNMXsmnJ6RJU8cl9U/JkPYpTmSG9jzxrqHxsJJXjj"
    "vV0I9Gy6yq4TVE1oFLK7ZxDAN9uUcDrTiGLbv2jwsLesFf8K/yW6cjNH3YP7jBDUvDY6Mb"
    "np4iS9jpf7nf4L+fnh4NtMo8m98Bie64YRHNH9o+RXJeJS/0bR0Eoo1vwQGSEDCCDL7rZ3"
    "R3tNwEHh1/C/+qV7wRjSSj19uG4eOeMQ7oiwaTkjR+97X5IStA84/YiQVNhYul6eCi+9Ir"
    "XLf+mRe/iRAfrrIlf/kQEZ162nJtEdE5Im5fRHSOUessER3RrGqnHLhoVpXfrCrDTLccDZ"
    "maaymwj+jtox6N0IT1jc0idPgOCneLHkgpOpaFjBU9kKpUoTtohVEI6ZSwwHsD3qIH0i7R"
    "Ff0wat8PI8U+cHoqNPkG+iv19U/SbqmoqN9s/YpqvceladHMaD/ZpKIFXuUTWJIhGI5Xgi"
    "JaZTO04FtxxpTBdZaTwXWWzuCyIPqltiPNZXvOA3lSroF4X7IY7JfZBvtlymC3NPvVW7i5"
    "VqCkXDVWH/y8xqw+onT7wdN1RVnYKuYyirqOoq5jdTBmrevIUtPKTXqjLDQ7rGZVF9xpPO"
    "OWUN2H1GlTQNp57jEpbZWVeuzXvdqUeexTuxsTj7MBOUSBAzwDI2O+yZbmFSQWSXa1NDLa"
    "QCTZHU+6lUiyO0atsyTZLS2ThFPJ3ym9Z1NOSbkGUk7nTBTfeQ7Fd56m+PydkxfvpFzjjs"
    "TuBG37dcUDsnd7A+dy+fTpnys0HTWHEhrItNKiIk3ihM7PPv/0+erT5efASguu5BlnadIN"
    "/S5HWlqaQsseycu0iguKdCsYndYimW2/6IoE410nGM902Z5LuBAyNzmfEhUVTYqGSESRhw"
    "OCH2GguOCPywkFiCobVa2yQZntJeD7LRypocjG33CGwF+4JZaA7xc82MQbq167KCvAKRNi"
    "i1Y2sq6bColVbdsaIhioQVM7XsYu7D5SQrOWeCuNpnVt4YoFJtsmZAPLXrmeuXdCTdYA3n"
    "L1iU4tlKhpupdLdug00XiHKX7a6gB8LzAN9H8wUUapDWam5dbRwdSJTSoKkdo7M1Jcibxg"
    "6YJO5QxZgfhtoqNseJg7EsAr8XGJZJzdPCTW0k4U9a+1o9EW0ekjilOK6PQxap0lOi1KwE"
    "RJ5HMWFvk8m0Y+T8VBMDZUcDcfNvdlq8zWI4d/+jAeSp3hreSWY8FnzJ2VZUiyoUpuXRa/"
    "Uos0Gg7+8Iu1SCZ6nx6N3u+4QvrX3jWA391KevjuyS/9e3JYfa4tkzYiU6hb1PIJzixB/x"
    "Xm0OnfH9C64hbW8cZ4NDr39+PRN3wRuRGW+Uau/dbpT3HBH3caXLt1TfHhQXcSYF12e/1v"
    "7lAK1IhUfzi573XJ+JphL6HiuNV8/uZdtOC/gmuT0cCTJmUicS2gwWhCCgHppl2Vij/k26"
    "18h7XIDImPUOEzrq101SWsp/tBp+teIz5Chj7xdnY77vyGZsq75sxVS343imiw/BYGuAIp"
    "VX3ZcY5QYn9Bjo+7dTxKy7OoRy+CvRkWF0ypVxc5qVcX6dQrc4kgUaXnjDSAzWtObIAqo0"
    "5ttUJrroJWoemX0fjuGqBVyJmZVkUapARIF2uSQhUXaQVFI9vufoS+aoFyFDTZxmWK7qR5"
    "SmBKSvLCXNFCrbnZYTTxwySK7WoPLjtLzDfPiuKdkhZwi6S8QyblecSC1wqNb9VOSlbYwy"
    "oI9hXLmn2VvWRfURYQghqOAr5in56fK8weQeC/GX+fZylAySdERW206lDw6ciLz4wV0HNC"
    "VOi5ynoOyM4Cik7KCk1XWdM+W13ojY6JCj1XWc9uDKJIokRUUOi40joWpdIOTdglkunYVZ"
    "AQFCoQR7HqCD418ZJLEVkjiCCCOJ1VrdNZ9BNE/kJeIsINBjex7THgK8pesmLLX/YytfYe"
    "YJmo2JLNCnbWtrXFeThxsovjRJyjKa9w20qYUzJIcybpTutgUubWxqNdmytjJo53sdfIbD"
    "34J63weSy3dTZpHK8ZQCZntX4mp7LcQA9UwYtpqnYb4MbtfnInrqK+kFVyTsuZw0X61Neu"
    "HsJ5DoxAU+4xsLAkackD+9nSkigUWnevog3EUazjOZQjjmIdo9ZZjmKJen+7yENH3hoyPy"
    "mbWA5XFpERqf1JSN8tzXGgIZmzGQeoCSkBaxJW3/jkMrYiQk16/fdMr9NsaS41ZAwgyPXt"
    "ok2+28Sli5SoeDHKinH4lWG25C7TdWlqpgxmqjhcnTcXoIs3L9kS4ljDlIaim3rRGaj45E"
    "JdAtTs5f4qtrKz4pyxuXF3otola9p1E/s7ikLOqlAY08Qd7Ty2VDdfNNvRFNs/MCDJEbFS"
    "2wr9IxbZxDnbGg7o/DNBUwp2TrBz9VrFa8rTCHbuGLXOws4Fa3NK57ktfAKZBh7vK79vPW"
    "/Pngb3RtrBcTLF0d4o8N6Ypg5lI+MgWSCUwPgZSe0KZN+S2G9m+s1oNIgtRjf9hEUwfLi7"
    "6Y1PzhJngilknmnMtJc01Nk9z0OJanQ7x49tTrdzC6rQcDRZp6SyTOH3LHY1LtaAMg95+3"
    "Hv92k+8MF2PBgNv/q3J7WRKH/nH/xdWnCmfedZ2imiDVBAYo1nWeKzV/jU7olmcuYh7Tyv"
    "MCHYmODMnllrXbaL4Z8Q3B/+P541SgHinFDVQgYib7/FQbXm5e0HQYPDMKyTubYk/ewp3G"
    "rwWZuNVbWj95dMp0Zd7mTZkSSrmlewfzcV9J9lR5mXnAmqmCvCUYsE0Lqun21BMR8R2Sgo"
    "5mPUuqCYK0Ix+yFdXqo5KddAsMunnLcoHVdWzbhjg7yGjQqQNNQlz17hZN5ag85NbyB1x7"
    "0OqTUfG+vRuO93f+3dSg/312CJjyGq0mqJGxBI03FnOOlPcQcCXJ7QsDXn0Rg9TKUvo7F0"
    "2xv0v/XGf1wDc+VIM9PCfpj2Bq31o+F9hp/lXcTP+dLpD9BzOtNpD+0A+FdqOtmFHbhYOr"
    "gYPu6P0Au6Y1SlcQGBi4cTDwQaQMbumw33LfKiZcDp8iLLuChdGHjjXFqISgnsi2IfYS34"
    "3oGYnMBfUOW1VUFVSmodCcsmohQHqy5EtswSwPUDDTf+ePVa6VkBjloYGZVuKFtpCfgylm"
    "6qKaxx02GLEkLwDRpbF8Xx6I3eG2zUYkEpjrOxSJ7f9J1ziS1cIu+gGx7f8Sb2szalRHfd"
    "hTUnxBusvDxxXilY/8uN9u4/nCuCpCJIWq91uqbhMhEkPUatswRJRcPynTYsFzHofcSgRS"
    "CgAvaEIEMFI1dtVewpbziSPOB5bFuSG9GE4HqtPxy0Rnned5wLonjfKbKIxfsOEmjg245y"
    "raN53L4N4D6NJCOLGhZVWWjbwnc+Ii9K+M7HqHUW37l+uYH8ehYJgVslBEbBpM4T+qqQEG"
    "tAcmCCaPnIQgKgu7Kplo8pGkA3FZkX6KhM41A+O2dBGd2ViTL5LJFmoygryyq01yVEG7jZ"
    "1XdzS9s0aReE472iCld5n6vOgQM/ysvrxyUEBXlWFnkW9ctLyriqoSpYybPENKzSofuubG"
    "UVM91AAylzqLxiW1Xxb91b5kW0QZ7Itajl2tIWfNERMQeCLzpGrbPwRY75Crm800CgcZkW"
    "lyxMy2U203KZYlqw3bHE8RmkD7xBpnHOrhZJk92qbmQ1w3A0rHdSIDLAc4FMHFMtpouIrK"
    "jhWbqKFHOxxGZ5IcsjIVvCLlSfF6bim07a1kh02OZIi4oLinyoovlQODKyWkpLUytA61CE"
    "hSaKagJNaAvOLLMIvZYUFQRbaQRbAG0ZFFtssJqpg5lkS07GzQ2x/NW8BIgbfq4xvu1tRj"
    "a6QpeA7j0Z7t6s5bLOCjJlV9viBCnuWrZljiXmgBvW4W2nSZYBXhl8uo8lI6cedOorO6nS"
    "J+z9DnUijbIyFkFb0OJHRJAKWvwYtc5Ci/+5Qguz5qzTOs9cbKMiTfLDSmx/bvG7uBGhJo"
    "G6Z46haNfzEpqdH68CctgF3wLc0i3zk0RqpgJmrzd89zd7vIdo91xXYHPaPB84HeqLLtvz"
    "iaxTfbjww3aeE7e0zAX6Cvhmyfbv3ltuVARbkRpVy3W7LXzAI/IGhA94jFpn8QGr36m4zm"
    "d2lpamUOC9hYq2kPWsExwa1XBTXaFTT7iGr1EOvre9bv+uMzg5+9w+T3QljlamSbWIsBy7"
    "wIIVE2zgelXf9Sm9LUFDLaLiiJhQcKUVLFjI8llI29QpHlR2io13e2MaJpcG5BJaUpCXoG"
    "sLjbIQZWeQUYX3B/KOmyKXBrJm4LOqprWWMNFBt0Y3l3VIj7JHG1WF6kpxJPS0pbz2Dxry"
    "VHsY9ya98beeNBpKo/Ftb4zrKdjQeoN4TFJDGVdouH3oTvEt950/7nrDKa7UQHvuwasvHD"
    "zdr2LZOSIgcjQKyAmICPa+XPaevuKUAC9XKmvFlpqSM1lZsgDdEv8l5AKSTgiMyYA1gT3h"
    "6piOvCVGQXzo73iwBq0AO82aTKCWF3cLcGUPvkl/BjKbQnCtB0NzbCAD3zEAc+R82UAzgL"
    "mE6D8WWMqaCsg7ZQNzhm7FjwAnzhwC5FH8GAgq5spwoPXhNGnz7eoZ1DzPeAgySHYX6Z6V"
    "sUjaItR3REEfEeo7Rq03Kt2zLuTgQQ/4Vu7FOQjFEbHBeJWQEhVqKIvoiNuEWzrjsYS4mm"
    "mD1RlPzcUqHiutK7hM50oPkwl675H2FH/0PuTzcxzRyE17S/58sczVctvUTzyVI2OGNblF"
    "h8O6bwxt4W8ekech/M1j1DqLvyla8O2hBZ+sEIqWB+OISOOyeC9ZAL7MBvgyBbAFZ9CCBi"
    "2NNxvimJCoIZkEOZUvElStJx1LZFL/r2jh+/QQhRRQsfhiMln9iilZ/SonWf0qtZQs6CtJ"
    "brZ6KCTS1WFyFU/ShRZeEyj8a/asjso0cD/8xDCLP2W3oqEcCKhZX6jWEhoqxosP7tZ9b3"
    "jbH369Bp78o9Ht3E8fSPcmRV46K9K8CU3TQX/odnRScH6Gihs2fXkY3roNm2Yr9NUKNWw6"
    "u2RZf5LGZ2T5uUy9Hd63lgotQxTpw6xHu4pdlL0Y+covBjdFWsCdB/dSXksrS+cyaEKRxp"
    "npF0xtyC5y2pBdpNuQ/WnhJGjdlLnsxriUQJoF6XC15afx4qKignV1CJw0b6fIuo4DHbZk"
    "QQVqb5DnUBFdWGQRJEPYQTglBW1eWCIqJQLXZQWuCaolRFRJIvNXf7CaaYI1rhqdgsWTx1"
    "1Tcsuk6DEZpEFY7zQZ2kOLEnQOcdwYc5as8N69hZ79Z5cbfHbPL4haRnVd0Nsi4HxEoUcR"
    "cD5GrbMEnEUAY9ecoWzzdXkPJRoYvCg/1nzM8YvJQ7fb65HAhL1SFAhVHK340ukP8KWZrO"
    "lViVQEkWbXAi4ap45JixA1U4g6jDtwb+wJUUE8VmcjT9tvr5ArSu7d3rhEm53UJAy83RTA"
    "eV5pVEpUZCl6XCnCX3ChH5cTfG9ZfG/k/MSWjG/kuEbNFMFK98bn4OYDSmTFKAHZO2gpc9"
    "lwRv549VpoWOGNLrDcHdl2yRbf6GgY3PK5ZzjWukVhjRN3tPPYY0uzX6VnX4CJPW6NDAic"
    "OQIZ4PoUgTCwVjokWUw2tK+j5S5OntcAXbSApn5oA9kAcIH8B/QvsEQTDKJfuHh251KsbM"
    "aOnvNonPROzy4/41uACt80BSIBt9gGAuoHGzw9/f7jLfngx7769PQBV+jAt+raG7TWwGuO"
    "Dk5wVQ/DtBYy+lpQBcjsaT8aT0/oQ1NHd9qnsrrQDA3jibE7JWCTa6feGBKSQQ84Bb3vCH"
    "J9DfDXNGf4By+AZgMbOqegg34I1uSj8a45c/Tt4PelhqSR6fz0hKuIkDIhMkLGMIFuGi8I"
    "AQ8eBMIaD3nyCpcOmKHfge+1oIKmd2YRkTzGP3p4r0TK3yd3n9eC96/txt4WvP8RMcCC9z"
    "9GrbPw/mTX5eELAoEd0W6HYwzOL5hquV7kFHO9SJ/OwcYMF8fpCzQPXxZCJoePSdMxrkHI"
    "SSLHhBoH8m5ON4UGMA/SCbHGYV3+Wb56RAn3lH59zpR+fZ6Tfn2eTr8O3TFeKycuKWIg1T"
    "FqKMnXMRc1pejc+mJJUcHYF2XsD1rj7Wg1kEPZ77/uVcW0wEooM5W9oi84AttN2CYX2Eox"
    "9mPNfsVZa7b769NZ3tHP2xvZejV6695SvcsifgU/K/hZwdQJflZo/WD87MG7QVVO1wdxZc"
    "yVo5h83X4jIg1M4C6/75nLZFEyuP82GQ3zyC9a2raqKQ74P+DnSeyEBfuv2cogpbLA80rT"
    "Hc2wT/Hz/ntX7FgO4Bii2ILmA31y1/k9qYPuYHSTXKnwADdVct8rN/uP03+vmhpKdeAP42"
    "GGDdIm0EGrxouN9hCDTK+Ut5l5bzvP84xs/LYnJimh3Macsd/mJnDvV3F3o2C0H0iOExmv"
    "Dd7n0MB5WyrJUvKvg2c4Q7eT6/LMwXle6ONWQrflP+HRMN+gZWkqTqOy3RFVgJbmp6cQw1"
    "N/jKenazcPy9Q1ZY0e6s1TJItGNkwHWHBJPKVCeVcpw6vc/CukO1O49vVd4NvCtT8iJ0+4"
    "9seodRbX3t3IePydUKIa7g5+bGPcHWJM8GgjEBDKKF8Zvo3DZYtEpUTQuCjXJSjHKvr+h2"
    "vSXTV1sHIAjF26U8vO/tiVii03rMBGl9lKBe9HK+fZ/N57y2gLFv24nUegmORGCb7tvT/Y"
    "cvWM7IZ5YNELL7+uS3lbePlH5O8JL/8Ytc7i5TvmUlN44saBQAOjxuWX/ZJfkK5eEB48EM"
    "eEGgjzDlql+Yjx++QJSeERFnbMF141D24dJAQFNSJONNRVA5ldSrJ52uwWJYKp3Z6pTXqs"
    "PHZtUlYcqquOIZv2X2THgYulQ8nQy978IyKie0lyLdNl25GgZdEoxyn8noFpXKoJxU/zXp"
    "Le79P8JSt4Rwaj4Vf/9uQ6Fscdc3lQWsoWtXxdjmeWkGsC9rs40Z6KYhyGDfaL3/WNZ/N7"
    "Hy1ELQonnL6pnccMh5Y0vl/SfIGNOXUdsJQ1FfjygJSsA6pmL2VHQTsgcEyAS5T5N7TByn"
    "A0HdiOPJsBhAdalXWovkB0F8lJi+XTlT46J22dcDAiAwoiu/7WtyCyj4fSFET2MWqdhcgm"
    "0VBu4iMqJai/wrSHCyNBjsNgjUs1kOguP54g+KWK8UsUW5Jnx6GIC5apOrsMhWWKKqxA/S"
    "a6vCDcaxl0qtzuc5jD54fpOnKsDm9OEq4/p9OaKNyaoYZvAWueaGIFYEm/ja3dJaDc9ERc"
    "2l5XQkruxk4kIwNOTfQfzsnO2oekWksPqzoy25DQT5xvRW7/Bp/npvl66/W5aFGo7eQt7T"
    "xi+929WVKjd5ea9vyPlr16xtJe+5CAGfhn/llqvzGjAb87khdQxJZ8iSeqoaEuTW1Hx7UT"
    "q6AjWwgTQYnX2UJoC0r8iMhRQYkfo9aZcruDtTzNyG7uORxKV5mZbd13xtNhb3wNlrLlGL"
    "gl110Ps3rD6TWI+kOHby4cty9YSfK4VJVVUZlscBEKEqGgCsC/41DQAlnlyPnibC8Tl2pc"
    "W+XyF5NnU6UwPdn5j/79jZjD+059DN3pIhZLKL3HZjNL5J1jCHnNlt7wtj/8iswWV/7RuO"
    "0N+t96497ttd8eFKqPxpdOf4AvzWRNh2o1DBmRaV1yprVlrgxVKgBrWlCAmwIXeq+TBrmg"
    "TYgJYJPAJhnPFLb5zAJFXKQ+VIdNSJNIOpRtKJHMbF5dJ0SFniutZ3yCp/h7TREX+q68vl"
    "3bGalRpfjtmZskTbRBuUziKF3N/UmC4Mri6iAdlWkC5nFv8IKpa+lFTtfSi3TX0sBfLbBd"
    "JGXFXlHlvSKRisDBrscFG7RJHFPC69FqICfp0p/ZaW1wpwN6KVG9yIj1UghrKlpiNdicen"
    "mYzNaaosuU2HqYQ+/JGZ6dFxh9CTbnBUZfwj2WQ3VTDnaSl+cFM0QKXi33izYQKXjHk4wl"
    "UvCOUessKXic3MM2tEPltLoP3iH8ZhwoJ8T2mCzQ2gvW50xYn+dgfZ7G2oZo9+GqRxVKNH"
    "A+n51fsaRVnF9l51Xgz7Jy57j6zCbEqnHKv1G9ZiMeFZdmknJCNaWrpoYpY8g31d4gpwJa"
    "ne60/613DVzpR+O+8zDBmWFLeWVXJTMs7hCzO5hxOZF9XRY36eFaAmt2H45UM0WwsmbxOc"
    "hLmqWCYdRssxtP9suvY6jLGQZo9vnYZtCVf+2SYOx6lcw7qoo5sxaFYEze0s4jGIPK6HLk"
    "7r0RjNG67IIJrOXq3BZM4BFxQoIJPEatszCBCHLImYfkCTSOnyr/kJYFFW2pcdZLjwk1ka"
    "JiogHPcmjAszQNuEQocZ3sDAQaiPA5G8+aQ7Mm4VXMleFYlAOH2QBHRPa4UnSHe+KyWRDO"
    "Bjg1fS3zTUOObkaic840Tgo2cDqz0EHZbFCaDPIgKwJzUxEu/RS4ojlr7skcE2qceVHyNM"
    "Zg8YLbTFxLn7yqhr+A4nBP4JRg88AudxL7gBUBuZn4lj6Z0bMgZ4A8kGjgVreTJATsk8s6"
    "v/EWF2vcZD5jsZLPss3ks5SdrNnBd07hfGOaOpSNDII4JphA+hlJ7grq4Mp+Y9o3o9Egxk"
    "Dd9JPn0h7ubnoIfoI+uklzYuxwRbq3Vm4xqUL41Ac2rY5dVXqumhpYg6eJKVilIwffZEuT"
    "0auDNKbINvXIQfKWdl5EUDNs7WXuSG+ukDSLSu0tMhg941HiqYNgem5bwlhEHEXEsV5LXU"
    "1jTyLieIxaZ4k4xtZyTr0nZRuo+fpqOv2CI+vTciRVphCVWM9Z9ENEKE/BzVIuVljC85qb"
    "lva/tDMkmVZJRKJJ7lZpBW8WyIg1OQvT+hINJMPKz7Sea8jhstb49eWpapgUE5OXMnnR73"
    "JsyTZ1ygTORDYuJHCl4IrGhdabrKP34o2WC/VFN+UsLzAlmkB4hmV3hfHH0/+8OMBGNXq4"
    "GfTA/bjX7U/63tGZwOwgH8YpxXGvM6hStZiKzuc9F+zxeSJeDcTlRIvEcihd0SKxxUHrbl"
    "lJJhJ/ppopPMdhEhztrcxyIqYuuFOOxKQWkDR8nF0Ov4Xj1GrdYJ2s8QVz1x0OKfNxc2TB"
    "m7X8wQXfTd9fgCF4sgsnfr6IB9RyN2yLeMARMcMiHnCMWmeJB3DSw4IYxvavTGGFc3gKX2"
    "Cf7MSB0CqBndDNd2pyTTa+gYQAmAXg1XLJCXAgIQBmAThhJbObsQlBwa+VRfBE07G2JHgo"
    "aWE10wir65yYjVVK3/Prn0x0k5q7F/u8nedbe4VZ1pLt31qqM/2PFvqxcG6ubDKlSHTdJm"
    "l0rHl8cal2aUl9S015Rd9epPTVdr1rCxf+iJw54cIfo9ZZXPhwe+BUekywgTqvr47TrzY0"
    "1CIqjogJBVdawQr6cDYrsmFHBYWSK63kiNHNqeW4pFBzpdWsyEuZXiEi+7hmRKRJvE9peY"
    "KO/Ap5krGD+0WP7kp1i6voPN1z/l/ACnHrICkplCCyACubBUid8iXg+1t0rIYCnHzRi+dZ"
    "mpYKrS0zLf0ZPcJjMaAuyo7HoxDjFYElN1JB7mkzRysky7+/dgUGRNRARA3qtWrXlD8WUY"
    "Nj1DpT1ADvIAvNWDm0niSZC25SrEnuR2kOtuB/doCpS3Pzz9i0oGCEkuD67LKOlrsCEGeJ"
    "7w/oy7og/Q7hK/3cW3bDwKiMaBYY21/LaBZoLqFBj61mF6aIyjSwNMUFQ2WKi+ymvKlq2b"
    "ppQ16IY0IC400YYwv7fznbcERl9lj/tmNr8n9M5rLxMpe1Xa0iicrOnxnQvvycXdn5c6rW"
    "ilvsh7vWSkJsf1vkTzXZIcMqYyvD0SgVQbJPJ1FEtzypVE0ak/GgUthSNkGo5dVqDoX2WK"
    "fZp9pqW6ZZhFRFSPU4+WQRUK1GWZW8YiE5oVfOciFbBV5rUTCkQNh1qyDhVFNeIfUQk/dJ"
    "Oy8g6IT3bAoCYlUD9PPfoGXLrjsPnXcIDSADv1I7kA0VLHXZmZnWIrxqQ+tNU+BpK4F0SU"
    "Nu0f+4HQs9lXg8isTMS66jnnjDd/PF0RvsrOzdjS+jIV4MCMOzafhxJT5Akd13T8SXa2kP"
    "tEV8+YgijSK+fIxaZ4kvG6vFM63MRDYbGUqUw0UedsGN0Y+fWHpxfcruxfUp1YtLQUC8mF"
    "lNgXsIy5RFn4g3h/JVJtdb950/7nrD6TVYyusFNJxHo3N7O+5NJtcATUZsHTwaaKpOH9AF"
    "1xh5NP7+0Bn0p39cgz9Xsq4560djNP2lN74GJrEvCyiw/Frd9ur5X5Cv92JEpMoqK/iOnD"
    "E1zj7L6Zx9lm6dHVrDRV6SUHqP0REcWuQMirRG970hmt1I8tH4rdOf9odfpdFQ6j5MpqM7"
    "PPHfZc3BEXr0G3z36dFAb9Fo8K13ew3Qa2Tqb1B9NLqD0QRfIdE3tcircs4SajnPDrWcp0"
    "It2L3UuDoxRCREskeSKMXTBBlVz4X3jtgAVV6JWuELEM76zleyncjoKzrV2AoCPKWVXaDT"
    "I1W80LSvWLTrMHEEHZc8WiC7As2QAj4LRbwEx6Vimqmvn5J2T/29r4CuE6JCz1XWs2vRFO"
    "GeooJCx1XWcYKcZt9DE4Ji9yy6e/rsPRf6ESGBfGHkRafwQ6vgoFlA4iW4BmHYlgv+qJTA"
    "vqTsH39ZSauCO/vnwWY6c161RYg15SSxAMcyTsbIJhr3u9NWepqXAGxDT/UnAY6+3wzoHi"
    "ZvrabY5qWt0eH1be39LQw1hTbhlMSgRd8BDB8Gg1bK+i4B1s7MwRldOrS7MlOqX00Bjvgd"
    "GeCylFfx2udSTA6O+ipust8v4VAN2esSCyuhRbcsReNCdeeO1SSodlmLJj6/MrNNIxNwU9"
    "KpFJn3bMmntgOXwJwBGbgjXIP3uQlOlrLlrNsABy/awDJ1+KGNPoBGGzhz6MX0wTPE7QhI"
    "MqmMV6c2GsUwnYyc1J09iTNV1UOq1HxPkdsochvrteDVNMtN5DYeo9ZZchvx9pLWN2tOkS"
    "tb6bwJnE+Es4Dc1IJHAyE26XztSZ3bW3w5CG+rKv4UjRR8hHdK/3pnMul/JeN4nozqp+pJ"
    "3V86w6/4E3fTlbAL+ULyjzqTnuQ/ntjn7ndIbvOHyUQiBkRRzQfClVZ9PVJmkK1pWsXSZV"
    "KigvEtyrZjE5r+NmTkS3j37zGbsrUrwHec3z2zzIW0XfZqYohCoO9nmjc8fxUZEttpMjZA"
    "pXePZisSGzc8651/f+PWu4uPLLn66K7s+kUfU7n66FHQMmRKxZfcgiVRsT2WLAmu1LZmSY"
    "ycYrefYmIiWaSscHl4kn/L4E1YNqBmamCN2sQmYJW60sYDE5kceyRysZFjX0Tu3cixd3zH"
    "HJhGQH23AbYDgebYYfEFE1dlcN25n8HTk7+CPj0R990GMua/8af2Dyl6fRcPeTRMQ1+DEw"
    "O+4dIQc/PdAI5JSPnocPhvP9z8oSp0fLI8wgq9k1sXjhAcv+D467V415TtFRz/MWqdheMX"
    "VG9FqN5nU6XoYYp2S/pL599fZehLOZzT+30ae5dStbCD92kwGn71b08WyBY++CF98NBc5D"
    "LrYmLCBy8cwBAUiKBAqqSGEimQ9CpTArANP4gRW1YzMtkPQy2N4ZsG31sUTsn7pJ1HJlnh"
    "PXtrFbi0THWl+HN0rqmqW9am3JKaWU9BkxN/+dKft4eyoOUOnjhbVO7gFlzqmlt6RBBedd"
    "2Q24LwOiLqQxBex6h1FsIr3DLjGp8sZF3PXG9DqSb5QZ/Of7oMFlr8R97SOrnrDAYU3xJt"
    "b3T+MMOp9O4XySJMySILnIC8snSuTnpxKdFLL58/LNBLTzZMY70waalu+V2HonKCQeRgED"
    "U7+OZ8kMcFBeYcmId+JgfeoZDAmhvrArZoTFCUbauO5Zl2ODCPsJZ4Daa4VIXT26tkN/mU"
    "TZFil1FJ8UJV+YUSteAOHloUHSEProIDFYMT4OMr8cgMO/xxOaGA4oczY8EZLh2kRMUR2e"
    "3WIF0z+KvipkRFX9py8kwOVT2xausSa1pEZvlEarKJt4CXgO99OFJDkY1vdpuxFR2VedBl"
    "6qhMc5tKgLfhmVJ5JWup0IYmxf7ArZgBwoptyvraojYlBswK6ikmbA+OmotultldbLSGTG"
    "1K2UWa+ZbGj7N1OrESBt5ItTLa+OyEiMG6697pqVmZmR8Zn7mbMiWl+GvDVt0ylImUn3TH"
    "A8/rsAU6miezGTh5n5t+8cn3uezg/64/0KtZljYyZwqnB8YuMgfdIkwiabCu3lUbiKTB40"
    "kfE0mDx6h1lqRBWaHbltlR21CiEQc0d336FU0dmw/gUKKBAH9iiol/yomJf0rHxANjhMto"
    "iEoJfrx4lCJiY/JEKCJiIkhUFjMeHhTbkqEJT6XVTA3sJE1kAjKcwMSLhWC+Np2/jCyp3K"
    "TXLo9fTubacol+4RQusLcNWxSiIXVPO49o0M0XzXY0xZZsT05yooJ7O6eZPH0YZgUL17yW"
    "y3tbuOZH5KQJ1/wYtc7impP/Tek7p1ixd38DvcYrFqfxKttnvEq5jM+yrRUu5x0I7/Go31"
    "KDwTdhLhD2W6//9ZfpNXhHRurceTTu+71u7xqEY/HSIyxl8s+yy+Sfpcrki9NP+z+RM9Ms"
    "25HQj6ZtJ1DRFrJOxzwumNxNXMlTb4Qarjk56N/2uv27zuDk7GP7UwJff9p/Tq0xLlxLS1"
    "Mo6zgD0IHkUSL9uX3OjDTaVDX8HWS9yLSmSB8l4jxzO4JZkQlOEz9KzHlm+cyCUDLfaOlt"
    "+atJVG5rlKtJTZUGsrXSaf1ts0sSBAKiGkHMPimjGsHKsKH1BimUU7Y+ojJCJaWrBDqypM"
    "pryiuSSQFGRRoUaDs/+/zT56tPl58DBjC4kkf8iZOGFeFZc8JoIk0/srSUk6bPkuzsnabY"
    "sr08+6mTiq0rHAnO5UXGOhDZ3/MWJR7mfdLOi4LJ4T27DHhxRaOOJRS15f6THWRCnoLNmR"
    "QWEWkg/Xx+ccHAe6K7slsR4s8SHvQyowV1hse8rHzX6aI5d0wpYWc5KWFn6ZQw9EQH0jbw"
    "bMchIrJ/v+EwHnJpHkLKltpnmsdf/x8JKGim"
)
