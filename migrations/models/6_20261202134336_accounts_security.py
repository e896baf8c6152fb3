"""Migration 6_20261202134336_accounts_security, written by `python -m plaza.makemigrations`.

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
CREATE TABLE IF NOT EXISTS "account_auth_attempt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* SIGN_IN: sign_in
REGISTER: register */,
    "state" VARCHAR(16) NOT NULL /* PENDING: pending
FAILED: failed
SUCCEEDED: succeeded */,
    "email" VARCHAR(254) NOT NULL,
    "address" VARCHAR(64) NOT NULL
) /* One admitted sign-in or registration attempt, as the throttle remembers it. */;
CREATE INDEX IF NOT EXISTS "idx_account_aut_email_c5bc58" ON "account_auth_attempt" ("email", "kind", "created_at");
CREATE INDEX IF NOT EXISTS "idx_account_aut_address_be1a8a" ON "account_auth_attempt" ("address", "created_at");
CREATE INDEX IF NOT EXISTS "idx_account_aut_created_e1ce76" ON "account_auth_attempt" ("created_at");
        CREATE TABLE IF NOT EXISTS "account_refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "jti" VARCHAR(32) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
) /* One issued refresh token (its ``jti``), in the family of the sign-in it descends from. */;
CREATE INDEX IF NOT EXISTS "idx_account_ref_family_fb67cc" ON "account_refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_account_ref_user_id_33c193" ON "account_refresh_token" ("user_id");
        CREATE TABLE IF NOT EXISTS "account_staff_invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "roles" JSON NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "accepted_at" TIMESTAMP,
    "accepted_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "invited_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
) /* An invitation to join a merchant's staff, accepted by the invitee with its token. */;
CREATE INDEX IF NOT EXISTS "idx_account_sta_merchan_21c6fa" ON "account_staff_invitation" ("merchant_id", "email");
CREATE INDEX IF NOT EXISTS "idx_account_sta_invited_44ff25" ON "account_staff_invitation" ("invited_by_id");
CREATE INDEX IF NOT EXISTS "idx_account_sta_accepte_ca4c4c" ON "account_staff_invitation" ("accepted_by_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "account_auth_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "address" VARCHAR(64) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_account_aut_email_c5bc58" ON "account_auth_attempt" ("email", "kind", "created_at");
CREATE INDEX IF NOT EXISTS "idx_account_aut_address_be1a8a" ON "account_auth_attempt" ("address", "created_at");
CREATE INDEX IF NOT EXISTS "idx_account_aut_created_e1ce76" ON "account_auth_attempt" ("created_at");
COMMENT ON COLUMN "account_auth_attempt"."kind" IS 'SIGN_IN: sign_in
REGISTER: register';
COMMENT ON COLUMN "account_auth_attempt"."state" IS 'PENDING: pending
FAILED: failed
SUCCEEDED: succeeded';
COMMENT ON TABLE "account_auth_attempt" IS 'One admitted sign-in or registration attempt, as the throttle remembers it.';
        CREATE TABLE IF NOT EXISTS "account_refresh_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "jti" VARCHAR(32) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_account_ref_family_fb67cc" ON "account_refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_account_ref_user_id_33c193" ON "account_refresh_token" ("user_id");
COMMENT ON TABLE "account_refresh_token" IS 'One issued refresh token (its ``jti``), in the family of the sign-in it descends from.';
        CREATE TABLE IF NOT EXISTS "account_staff_invitation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "roles" JSONB NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "accepted_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "invited_by_id" BIGINT REFERENCES "account_user" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_account_sta_merchan_21c6fa" ON "account_staff_invitation" ("merchant_id", "email");
CREATE INDEX IF NOT EXISTS "idx_account_sta_invited_44ff25" ON "account_staff_invitation" ("invited_by_id");
CREATE INDEX IF NOT EXISTS "idx_account_sta_accepte_ca4c4c" ON "account_staff_invitation" ("accepted_by_id");
COMMENT ON TABLE "account_staff_invitation" IS 'An invitation to join a merchant''s staff, accepted by the invitee with its token.';
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP TABLE IF EXISTS "account_refresh_token";
        DROP TABLE IF EXISTS "account_staff_invitation";
        DROP TABLE IF EXISTS "account_auth_attempt";
""",
    "postgres": """
DROP TABLE IF EXISTS "account_refresh_token";
        DROP TABLE IF EXISTS "account_auth_attempt";
        DROP TABLE IF EXISTS "account_staff_invitation";
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
    "eJztXftz4ka2/ldU/LKTKjIVM2PH13trqzBmJmwwsBhPko1TGlk0RmshEUnY49qb//12tx"
    "7o0RLdQoAep2p3MiN0WvCdVvc533n0f1src450+3134yy7joNWa6d1Jf23ZSgrhP/C+rgt"
    "tZT1evshueAojzq9X1FVc2M4soIFZCUk8Wg7lqKSwReKbiN8aY5s1dLWjmYaRHJsIEmZrz"
    "QsM5ds7cn4XjMk05Is9KQRWXKf5I3YlhRbcpYI/98yHUdH+K4VWj0iy5Y05z154NxUsZRm"
    "PBU89oPxYNwhJH39aiHb1F/w5ffej7bf+yJfv76XfkZrR8KPIUPNFQyQYiPJNvG/FUdCWO"
    "5N6k4G0toyVWTbkjvCg0FutzH4/tex/y5Z5qstmfocWUTYHVE3jSdkO9KrZszNV0mxEB5p"
    "Y6A5/fEbQ/tzg2THfEL4ZgtD8Psf+DK+F31DNvnnf1sLDelz+vcWWimaTuSe8R3kv6qFFA"
    "wVVmCLyKFva/xjbQyS7Q/lzQ9jo+tE/W9rqv0WvRkDSv/xV1uKPEaZz8kwh3tAQaOSG9fP"
    "Mh048jJoFBx6XfZlr7WngeF8oveSafcoq6a+WRnb+9dvztI0AgHNoC/EEzKQRb4tvuZYG/"
    "JCkG/lvUf+O+IqcnuLq8GQzBwtlI3ubH8T/gLbay1ZHo1n8l1/JsutxCvnS4TeFO+SiiHD"
    "cOCvalMAnshX+P5/Op0PH37s/PDh4vL8448/nl/+cInvpd83+dGPf7lfZouWOxTFbPB5MJ"
    "qRL2TiNcFdOMiFv6gMflfkrVK36Ie0m9DCDf7E0VaIrYeoZEwfc0/0vf+XuHZ8XWSpx7+w"
    "1c92lTuCgjKwng1u+3ez7u2EDL+y7T91ild31iefdOjVt9jVdxffRZUTDCL9Mpj9JJF/Sv"
    "8ej/oUTtN2niz6xO19s3+Tl7OFdwFTNsxXGb/6IUz8y/4l+h77avbXoKiCe0vF6hubFVXw"
    "AP94xVBRQtG+bEzFGKryKLV1N/g8kgejK7oRyRreT6b9z4O7WX965W1IyIrvYCnv5Ur5Ju"
    "vIeHKW+J9nFxnT4Et32vupO313FlftyPukQz/6K6IKjLKD8uoiED6eMlprZMwJYIIamfRH"
    "N4PR5yvJk38wPnUHw/4NeYamozne8e97vX7/hlyyN6qK0BzNy6GjYO9O6oi9GAYCZX5J+L"
    "emCLyd848c+OK7UgGmn0URDpktvBiHRGqI8gUPyBfpGF9QiImVtXgO7fTkwqOiPr8q1lxO"
    "fGJ2zLR7kx+tOqv4FcVQnihw5BeS7+95Nj1zY2nURE44Pf5HXA6PGrp5p6/Txd7Hq/H9Qk"
    "fIkTzJtmTSzxVdf5NeTQvvZU/SAjspJnZeVshSsenPcG32G0rQUfBlZWzZgoUNFnZzLOwW"
    "/oHzsaG/eROjIha3N4czDe7Nep5T61FJ0HpZtM7ws7xvH9rjQku50JIbE9y99jL07E3L0q"
    "j5iKtv6L2zkSWMfkgoF/JN3fYS1mbyTUgq4pNpIeyj/4zeEq5uDHzPYrwNDVWtV+Avf6L5"
    "V7df0VJeA0st/vZjCPAPRw4FAX8HaXQ/HLr2Ha8pH30hkkoYG2hm4j84VXDvDVKp94AX/d"
    "DbH0G+173rdW/6MeD38ov8qXznKItFi+EdRW9o8/hIweSxA5ndrpJEfvTfbMmLwSy1tWQu"
    "JPQNS2HvJuzRtKVXzVnS8Ihl6ohGcd6kpanPyd8sxHCeCh4c3KlyvE/gToFhfQjDGtypJm"
    "qdx52ie0JS4f+8G4/Yyg4E4nrWVEf6P0nX7FzmPFeY5H8XG0OlOQ+PG013NMN+T573D8G4"
    "SRHhSQJQRMU+TfzutvtrnEHuDcfXcd2RAa5jntVJfdvSvXTg3NbdCCmdc1u2d6AI75btY4"
    "FzW0XndqJYjsEO+vkftXkc2nXo5l2ebDpeu71GcPDAwavWiltRUx8cvCZqncfBo/9N6Ds9"
    "Bci/v4b5P2edH3iy2Do/pKexkc+EUoBC+aHojeFoX3tSn36eIp3m86dbUd4Wjy3fCqoizZ"
    "qKTNZX9Lg0zWcZGfO1SSX3AuwXd7i+N1qdUDtkallonqUbmt4s5LY15WdPgCfJjBSY4Pvf"
    "S2RNljTHlu5+6n7fOb+Q5hotH9FsyXawIzj/O41s2AgbJu7VpflqSCb2RiTFkai5godlpp"
    "8V/hBaYuMN8c4wHUmxnkyj8530iFQFewnkaTYtecF3fP+oOZKlGHNz5Y1sS+oSqc9ojkf2"
    "Cm0shGeh7Vw9GIpk6+artFTsJSm9cZCK78dXvkeGY5nrN2mt2Parac3ttkQe7Y1Mnpgnwu"
    "MrDQI8YP+D/V9+SxDs/yZqncf+xwv3Qvsm4gFsJYrxAU674B64jAVvsDLZlEUADsvU0M0q"
    "pswiJS4mFKuMy0HIsvCQJbZTMb7ugwQ0ExMDxRSuGAu9mM+5dvuoZAG7fTlTRiu4uSdtup"
    "CfltBylj8VlYN8gaLC1qHA2p5R61A8r2KK4I2bRufg/jHr4giwKVrgd3Q5w8ug0WJQYJHP"
    "2zwkmOVKyE4gwtVXRrPtDZpLnrREpaV3hKr6+vU/jvb163dtv1XLQllpJPV34XJVXq8YzZ"
    "HIsMiY29LCMlfsFjPFP4ZQYd3YgJpNspbnlDe78j8jFZ4rxXomPWrw08gNeOP5+lVSjLn7"
    "vdymNgb65tC8ZvfJD4b7Rd5LEzwKtiXIOIo7vvs05QlPPWmFFIMOrSMF72lXdKzXpakHvw"
    "R/K2/Dy8OTuYMU2QvGzyYA2q2Se0MbaLcGETBAuzVR6zy0G942RSgh7/baEW4fOhxc0IdO"
    "KhdEPor6td6OK4DtVqKGZFvxAGOjQ8PvQY71KipZw/WquusTY1uy8+1JNjBDldAv8H9N0H"
    "I5ylVOvSOWgflj10kI0355KyXK8U4VXCtxNMKP9gIYGC+ao3i/PMH5xW9p89B+tF+ArEWl"
    "eBLgtiKSY0r/MTVDUoKS/r+RvDQ8cFvCz0Fr0hv68Y0yW1QMIbfkn/B3lAtjZr8V+wTC99"
    "E0OnJPLI3O4woDEtDNqSP8IvmXwk6Ga0u69owkhabpPRjP6O07kqiH/FaX4e+/RlbwzSlv"
    "SFtFXrm3UGKQcoEWWuuKioJO23s0PWj77SgLJP5cZOfy49u+9F+8fbWnwgJGBmIRiMVqbU"
    "wVpZiAWGyi1nmIReibfOi+ydASo0RpTNRqFM6wjErVjlUvPsMSSN88M77ke0fSZAhcAXE9"
    "x0SBFqyEnl2XL6HqLNcsKQutcsUctZBbHPHphdSQEAUt5NUCtNUqG1kO3Z1aAqQ5V3cn9r"
    "JzvIhEyVYaXmwTy2xKZ+iU3RXw3YFv0poooPV2cYEfCj4j2uMrZXeIx4/7QR8t4N2Bd686"
    "Awu8exO1XgXevUT040FYd79/jTDXmxCsZZzjnAvx8wzEzxOZ1PjBsmh7uIjQEU9IPVQ840"
    "Ad4iLemC1ju1B7YeB8bZo6UowUWy0sF4P6EQseCmt/YTkux3o9Hg8jW8H1IGaPje5vr/sY"
    "fYo9vklzUvieta44C9NaySQwx57cu48BTgxyxMlumAYSnPCtEd72MOxY8sHo3tySc5qV+Y"
    "qc0ty7v5uNb/tTLDr9Mujhu9SN7ZgrZMnYd3nRvB9/8sIDN2j3gizby5SLqi3Vp0nIHY+n"
    "++Gw7k3n7OOPHy8/XHwMvJrgSpYzk0K/pXvY4azxUJ3ynt0X41XSFduB0xgONhW0TUfcEz"
    "VGnmk9mKEIbqRkGzATw2ytqc+btVxEY9QJHWpSt6aoYbSwR4B3hP1g8mMLYzJWrYGSnyxz"
    "s94TLgrTZzJQXbFSFg6eVIqObFlVbFaWmAhe3WC0Hh6srpipirXvctXDQ9R0UV/oCja3/t"
    "yYjrInSJ/ISHd4Nv2LDFbX2fSoY0hIhqNMGh9r+76C1/5wfTwaT1v1Ks4xS7Of8aNVzd7f"
    "1JrisW68oeo6xzTj0fwmY1AM81VH8ye0QntbXL4pMSBjDxy0qtFcEwrQhjYGc4NfYEbRpI"
    "+rf8gUxwaxHaommEacJf/U4X1hShx9XBOwBIP+QcoQI/AfTidKD/6H85cg8A+Bfwj8Vz0E"
    "DIH/JmqdJ/APB2gdNjxq65snEXz9+2uXVnHJA+5lOraXSWgdxdkwHBe+COhW+oihz23EWy"
    "T42e3NBl/6V5Ir/WDc3d9N+qOb/s2VZG9s0jICzfMEOYs/L8I/4WxjCSUTxcRyKaRk1nwU"
    "6fMfeGY/visVa/oZG2y3pUgevLeS9YP8rHPJtZpfZqzml7mPQ/S8/32Z4SY7/iK8E6/LXz"
    "YDhB+nU4aTK4kahgMtzc3eYaxf/HHqCtTaMucbde+YuztKXUGCeDvEkA8ZQybbvOwVXe0f"
    "Tiajdd3B6oqZvdTWBQSu7rxh6g6T/Kg46nLf19FH65oMVlfI3Pio5qDVCYKilUTMdyfxr9"
    "Ze0P5pC97B5jfucHXKWzhksW8465ER+oslRaZH/8KJmFwRwFZXUs3VCoPvvEk00+77x82b"
    "5I4j0XHakvlquG1WSVdVehM5tAgbQoz2rXsPJ9j71JUsuC8p7QO7sEy3scE+A0OUFKKk1d"
    "o1KhovgyhpE7UOUdLTR0mxJsjWmIQ4vS1pSKQcjUnJY2vTmHRrEglZGBExaCgmaGuEKf+w"
    "8SikgoQoqEFIDYlwH0srSZUIN8a6iwxWMXWkObjtWH+sxGTc3d3NXUIKALjmZ81EltoIrF"
    "Ns7UwHvVlW17HTRjaqQtdAodepyKzQ6sg8rSi8dqZTWdEFG1LZgaQBkqbq7jqQNE3UOg9J"
    "o+INQISk8e+vXar1Rx6G5mM6QfMxwc8A/3VY/mtt6pqacuw3RzOvQLrMeLduu8PhlbRSdP"
    "3B+Dwd9/rT365I7E5F1hu9cj+5vncvbdaPG3zttjv9uT+bDLukrddKsZ6RQw85jIcMefTW"
    "4erqmNHUMdHTUd1YFjLS1Jay5oRkjlh30Bv9dihmMtY3jQPkD+ld0xIlHsghR1wKEcNhGW"
    "CGC2GGc6XAQ0MnEXqBzEn2TBcBauiOUleQIAsXul4VjtXxiL1KwuO2cKI52PuBFHRwAgqU"
    "iwLdFp4wGNBIVUo6Afoaua1Q/vP3SJsQ6kv/AZwocKLAjgEnClo/htbLz4meWq/AilaaFY"
    "WswBJwP3DU6MmNuYyUNDhqtJXhn7XzHDXKw23ajqk+792HAY9RI7AP6gz3MD5PpvXWYvjC"
    "wWftLFdYxe6Qbj7JavjuQ2YERarB1tgRh0qwCq/BbXCoG+RagUPdRK3zONTg80G/zOqiuz"
    "VDhMyFiFgu561kAZ1S+G4uqgV4bmEDuFp64HXcIhMw4rbhbyCN7odDPr9NXWr63EKM8xfF"
    "wr11wzu6SBy5IVxVMDqkf+sn7jDc21BOz27vVg/dzNG3xVO1ZC4WyEJzSTMkRdpWzbB6s/"
    "CIMMPF6+2ECNXlxGPG0EOlbjtgGzznBvlQ4Dk3Ues8nrO3/os7HxE5CB0JLr7QVKIEasjy"
    "Ardm0Z5uYP1aMLfjbmBkKdjdSwIadhyoYUe6r31IJ8mf4Kzultu5v9tJCr1yx4sAhs6bsT"
    "QVySvNKLLdZCy07T2twAf4cVPwxCq7C7XBE2uQTQ6eWBO1DjFMsapwroO5OhkHc3WSB3OF"
    "v1kC5hneC9kwx8SOWB7eOqzVyXxn+r/OIq9LIj81eGWG49Fn//Z40iqcCEhPBCTQ4Qs3+A"
    "o2A/GlkpwHaCPyfWQHz3mRNyEmBm+C8Juw9TGS+zpStZWip5FtIbn4ru4KvvcGqGxkj6WE"
    "m35vcNsdvjv72O5QzDHimuv0hktDoAHIrjWk4AYgYa8zgXKWdxgThKSVvKwx1HyUjTGGmo"
    "+WAKPJVfPBWnIKgLd+iUJxdGPL7B6pWdAAh414ZG6+KJam7N1O6Ys7Sp1AOmTYwYeLEXYI"
    "Ibk77PASuvl4hUfbkBmw9pW0BNrA2jeIvwXWvola52Ht7eeNCNHg3V67upgLnj6uF+l9XC"
    "8SfVzLHw45GC15hGCIyygqK/8wamEyciu6Nx9ZttUKCMnKEZKKgx/+uHFY3RAz2tJEpKAz"
    "TXa8I0dnGoj8lSzyB9ne5SKNIc242DRjHkoTugRxtanWNWPf3sK0S/UQj1NXpNA3EsR4Qk"
    "WA1V04yKINnXuKjThRq0h8IhbJsZwiACPtves8uU7S4rsySB0ytOCu7ozAQrDsp4cVNOMF"
    "GQ6JvdnBzQV3+A5FLLadxDMrtoPbIOBQWSuyDQGHBlHPEHBootZ5Ag5YU9jmZCy3qWttSO"
    "J4nvsPh11wO2cff/x4+eHiY7DOBleyltdkIh1WDLI8foYTz7AIABoH1LNOhCmmqBxQTLlT"
    "QyPGnpAK4pKghKJ4vpDJvifPV78ssXaM54suBLszQyOnKe2JbuQAp5riG3/L8zOpK/MFrd"
    "DeiY/Uq771xqoR8NEIpa6bKgViX54wGKhOUB2czgnmVxqtE56A3PSOvApLHbFrBXk2cDlV"
    "tRTawOU0yKsHLqeJWufhcp41FpHDlx3jy5a5/UOre/PP+7vZlaTM/7OxnQdj2r/rT0mijM"
    "ehkCvDfveOXtGRYuMrN/2b+x6WmSMS7qcys3HvZypD9j18R/e2+xmLzJUV3vEfjF+mg1lf"
    "Hn/6dCW9WpqDZHOxaPHNrQPn23jUGzGwHUWcstvKAc+URtwJY5sUBHCT4Co2q01KesLqVg"
    "ISsHkSsLGfYFoy9sItYZouIQpl9Hm5UguRdune9so/1UNCh5rtCcfnSJP9kmeuX6ZP9cvk"
    "2TG+syo0ycNSwEMXxUMHOSl78qR1y39sJxuuBrOvTL1WQ+Qfg8eKUoPpJJab4KlE7955Ls"
    "W9oTm2ZC4kxZDoCBJJ4pOW+IuT4ybemZbkKM/IkBaWufpOMvFnFEbJMl+TR1bsPZogZUZG"
    "35cxi/VeBRau2utkG1i4BvExwMI1Ues8LNyfG8VwNIdRn5m62IZF6mSdFkYgkNo9IacqED"
    "gifRBO5Dq8Z1U8u+jbNEJ2QkioTjP3+Ke2gFNbEqdW94qA9vRp61it1o75taGXn+ucFiAL"
    "9iELSORqOujNTsUW+H0k6cxuMQiD6A3tLM4gaNhoBvceLd2FfYpKO+JrFejXqxus0VXArh"
    "/mIdsfkTjcx15q6/UxH4iVrb2QY0MLfuSTZW7WBZMua019xoOuTQ2OH63wdt4G7qVBXjhw"
    "L03UOg/3YmxWj645wUsUbCVq10Svc8mTZ3CZnmZwmYy9Vq4B0xoZcwyZvFbe/MRqkYyzSX"
    "90Mxh9lifd3277o9mVFBvvwZh0Bzf4sqLNH4zeePRpML0ljZqwZhaatUL46mTQ+xmPgW/C"
    "xgaWJTK9n/tUSn0md9z9NJhMyAXPViNZa8PBl/6UXAvMqeDqb/Kn7mAY+uxNXiiajug3uJ"
    "0M+zP3G6zWxHUgV7ujXn9IJVSiGl3P10Gqw9OWsZPelrGTaMuIv7zNPEEpvbBvKwGJVnEe"
    "qTq9AY+2ChbcGtDePDqm4zaijFkVWV0uw2LQ4RKFwU92uKSrIF1kSW9QUaQTwoD3DrzzTG"
    "iYzcKzeYUwUikJ+jvm8la0dumwFzwZghfpGYIXuwCXRVs/p8nXDvqzDg/2+K70IGInHX3s"
    "tREaLYl8egddliz00Y343kX00bXQSrEYoZisHGVfonYvwTlXOv55Rjr+eTIdf1vXS2IfeR"
    "3m5Chlts9bXjWWPB7J4+lNfxqUZcn4K9M4j1+NRW4JPGq3MIvcE/bRT+6Zuo6yLF66khDM"
    "pbSy1VNE0P7I88p8TH9jkkaShfCaOyesa54zBBjSpzFLD8UTFG2TqoplaWJEaUikfhO6+D"
    "IVEssmZJ8sTkkzRAHx3YgTCjZHuCckVkCsp2SYVze0k4zoBYx6nkhuTBY0XWZNhzJWBPUc"
    "lQQtl1nLkTQhQT3HZUHTZdZ0EInMtXJHZUHTpda0H13Oo+mYLGi61JqOZrXyJzfGBKFuIX"
    "fRSJAPK4R/WArAzw1+LImcH/+YIKggtwriudtCamAIQ9+bvJqw0FpXVNq5VDYXwrpgioM2"
    "9igmjBZkCFUURkVheSqqrJDuu0lt5Ksr/OwPVjFN8NbAhY2U3ZWF/pZaALq3oaFqim3MAE"
    "kpMWTZ+gXge2+jEoWsC8c25txwYLtdcQtA9y4yWE0xTuxRHCiHrb0CcJ7Q4SZmJY0SXpwZ"
    "FnIEafw9pNH9cNjKMAULXJGDouJ6os20gVPwTi//ZuphzxMiaqqAyKxFL/vjRPHpv9T40B"
    "E4w3k3Rkpw7rKsKnaxpzjXFTN3rSIZL6eArIrrlZvwtidSUzpIjRASan4STTfw807ZaI4N"
    "NDPxHxyHT4XGqgmq0bzmR/ObrDloVQRYvmUxIKMOvEFrgppgb52Q8cBorBM1LXZ14kUvvC"
    "dItca0Dy5ahzvn/s2Wlhpxst6upNelKb1TDNpD93WpqUvJMnX0nTTX5vjfitPGfyJDIne8"
    "Lt+SbXkPML5gsx8XEujsUlVGtS1BZ5fm9PiAzi5N1Doj4UTgbCu2rqtwnlXO1Pniq29IU3"
    "w5q7kLG+OYWP2KFIqvKsMTXBzniBCgvBtleqQRG+HdVZeBcJmXjlbv/m42viVFln7M6cHo"
    "3twORuR0vJVmPBj4Q4wPqbD0I34Pxufp+H4iD/tdWp7pRll1vGcQ6d74fjqgA5obUulF2g"
    "ZNvStu7deDcffb3ax/eyXZb7bnrp2+bTUcfVWGpBM44i3cc4irpvxDRk35h2RNOXGDkvim"
    "N1Pw74cGChETt4gGCgGpILTahKUgr6qovKqggfSR48xlUwZvoDk8C8t0Flkory2NAQ2y3n"
    "YxoEGuHR8Dqi6R+mxunCvKOUrOEgVGlbRW3mzJxDOHTW7yizJ4y98jmVXaHK3WpkNa8cnP"
    "6K31RxatGfIH3KYZWJHKnB5dAERnJZe4NhCdDaK8gOhsotZ5iE5oYX1QaghaWO9oYV3aVt"
    "HQ2xh6G5eqZnu/brC5kE4IA9478IbexodEF/pcVr7PZYI/EPQ1WPI19Diq62EkHUvolFdv"
    "/UIXnmZpGpoUHydNClrblz4yGw+iCLwSDNEym6E534ozrtSEs4zUhLNkaoKF8C+1HXmp2E"
    "sRyONyNcT7gsdgv0g32C8SBrul2c/ewi20AsXlyrH6kOfVZvWBpngnz0OD5kdlTNKBDjLQ"
    "QaY8GPN2kOHps0H5viN32KgK7iyecU+oJlvqtC4gHTypjrbbSMup83tx7Eqp86ndnRl16Y"
    "CconKXzMDQmC+KpXmtzyBNrpJGRluCNLnmJExBmlwTtc6TJre2TBpOFT3cNS5XQ8qpw0Xx"
    "dTIovk6S4vN3TlG843K1q/U6CNr280YEZO/2Gs7l4unTPzd4OmoOIzSQaqWFRerECXXOPv"
    "748fLDxcfASguuZBlnSdIN/y5HXluaysoeycq0igpCuhUKT2tIZjvyoaiQYHzgBOOFrthL"
    "mTRnFCbnE6JQqp83RALVyycEP8RACcEflQMFQPl4WcvHGbO9AHy/bEeqKbLRN5wj8LfdEg"
    "vA9xMZ7M4bq1q7KC/ACRNij/b6iq6bKo1V7duuOhioRlM72p9p2xG9gAby0fbedeskf8hY"
    "YKwxOiMgmGydnh4VjPW55woNtroSuVcyDfw/FLQlc9sCt6WFaUm2uUISYQVs0jKY/gv/l/"
    "yTzp1kE45ihixBaDJ2LNO20jgUmyrwcbE8k8M8JHKoCTRirrQN3YbAa4NCcBB4baLWeQKv"
    "0J8kzI92eAjSTjpD2klQ/AQbJri766h92TIT0diXnd1PR3J3dCNP+5/uRzekfNrZWIasGH"
    "PZPdjmwXA/ksej4W/kc3JRNvH79GD0fyVdbT/3ryT0jRhMT4jcfffTYELrsJfaOm4jckVx"
    "odFMUI6D/FdYQKf/usfrSp/q0hvjwehOJtPxF3IRuxGW+UKv/dIdzEg3Gnca4I9eFc0hdX"
    "HuJCC67PUHX9yhVKRRqcHobtLv0fE1w14jlY4/7f/Tu2ih/wTX7sZDT9o2dSrdG47vaD8b"
    "3bTL0syGfruN7+rmmSHREUpcvtly32VXJ+RFdvU0GXZ77jXqI6Tok2xnN9PuL3imvGrOcm"
    "4pr0YeDRbfdvoFu79M9aVT+FuJ4/H3PxzW8SgshaAa/aOPZlicc2UVnWdkFZ0ns4rMNYZk"
    "Lj+mRLh3rzmRAcqMOrM9PqshPl6FZp/G09srCa9CzsK0StLUPkA6X2N7pjhEzPMGbd39CH"
    "/VHJ0WWLK1S4I8SMP7wJSUlZW5YUURMxOfWOKnyYE61B5cdAKUb57lxTshDXBDvtkp8808"
    "YsE7vkZs1Y5LltjDygn2Jc+afZm+ZF8yFhCKGokCPhOfXpwrTB8B8N+Nv8+z5KDkY6LQ9q"
    "s8FHwy8uIzYzn0HBMFPZdZzwHZmUPRcVnQdJk17bPVud7oiCjoucx6dmMQeRIlwoKg41Lr"
    "GLqAnZqwiyXT8asgJggqgCqjKoLPTLwUUkTaCBBEgMKjchUesYtj/IW8QIRrDG5s2+PAFz"
    "o68mIr3tExsfaeYJko2ZLNC3batrVHqRcULZWmaCmtkyEbX+7iJf7mhq17v46IVBvRCUar"
    "iCTNkBRaifR3WnPkhjHQXHoyzbnddg8H9hg50v56pcxpFZKzRKtkTdOhHiJY5UShKbbIad"
    "tLsuCB/VxgGTo8Vt1mbktQaNSckhMoNGqi1nkKjaBR2yGyrLEvoj4jxiaWwQSFZCBxPQ7p"
    "q6U5DjJkc7EQADUmBbDGYfWNTyFjKyRUp9f/yOQxy5YWUkPKAEAd7xdL8d0mIV0kROHFKI"
    "rB9/ue7MnMJbuuVEwZ3ETodnXe3TkseurEnhBHTrqoKbqJF52DaI4v1AVAzd+nrWQrOy/O"
    "KZub8BFCh2RNe27aeldVaSUGgzGN3dHOYkt180mzHU21/XR4WQmJFXoezO+RuB3JSNZIuO"
    "KPGE0J7Bywc9VaxSvK0wA710St87Bzwdqc0Hnm2SuBTA2L14o/cFz0sJUaH2pzgGIp1dFe"
    "GPBem6aOFCOlTCoQimH8iKUOBbJvSRw37/p6PB5GFqPrQcwiGN3fXven785iFa8MMs80Ft"
    "pTEur0w6q3EuU4ppo8tjbHVAfVlWsLLbRvIisMQ7R2zQwueVaa9IUmsYijb05qJWyWcxIT"
    "rE2M4Mjkqa7Y+fCPCR4P/+/PaqUAKMYoG3MNydEtAcYvKzk64K5PQ/TdLbU1PQ+bQfEFn7"
    "X5yD07fP/RTnkO+4Txrg8F5gfGdHiYduePiqMuIfOwsitmG7jNBrFcwG02UevAbZaE2/Rj"
    "iaIcZ1yuhmAXz3Xu0ZGrqFZcTYO8gv3fsTTSZc9eEeTaWsPudX8o96b9Lm3hHRnrwZgMej"
    "/3b+T7yZW01kgysbxZk77u8mzaHd0NZqSxO+n6Ztia82CM72fyp/FUvukPB1/609+uJHPj"
    "yAvTIp6X9oKstwfD+4w8y7tInvOpOxji53Rnsz7eAciv1HS6CztotXZIj3HSdr4fHDpQln"
    "7wFK7kZJlhxyCNnPIEakC/ZpkO/V9n2fx3YDkMx6PP/u1xUjy29XgWed7uymx5SG/NSxAG"
    "frOQFsJSgD2Qs5VVQVk65TSE5QFe/GRNQ+iSXQC4PrV97Y9XrZWeF+DwDrdHAwv0gsiDk6"
    "uLQAeLmecF9l9QreY0o3nFzhZNYwPNTPyH4EqQu0HTSddlsfID/lz4QsJe7vufEfsKFgiR"
    "AJgcLFPHC4MdJj4FsSSIJVVrna5oVAFiSU3UOk8sCY7LPehxuRCqO0aoDvjSEtgTwNkBcV"
    "RuVRwpoTIUY/U8tj3JjXCmZLXWHwFaozjvO8oFMbzvBFnE430HeQbo5SBJqL+3wgmuvg3g"
    "Po3mbEKNeVkW2jb4zg3yosB3bqLWeXzn6qVQiesZ8qb2ypsKg8mcJ+xVISZWgxyqI5zHrZ"
    "uqIgp0WKZ2KJ91eFDGd6WiTD+LZYOo9IznPHtdTLSGm111N7ekTZN0QQTeK6Zwmfe58uRl"
    "+1FeUT8uJgjkWVHkWdgvLygxqIKq4CXPYtOwTNXIPcVKaza4gwZSl0h9Jraq6t96tMyL8P"
    "FMkGtRybWlDXxRg5gD4IuaqHUevsgxn5GQdxoI1C7T4oKHablIZ1ouEkwLsTvWJD6D9UE2"
    "yCTO6d3cWLJ79XUrZxiOhfVBGrgFeK6wiWPO8+kiJAs99gpXkWqu1sQsz2V5xGQL2IWq88"
    "KUfNNJ2hqx810F0qKigpAPlTcfikRGNmt5bWo5aB2GMGgirybwhLbQwjLz0GtxUSDYCiPY"
    "AmiLoNgig1VMHdwkW3wy7j6w5vgHopdsxeHFNus8dCay4RW6AHQndLiJWcllnRdkxq522i"
    "PQCQdcsxOYDppkGeCVwqfvPuQ8wqnzH3EumFTpE/b+CVKQRlkai6ANtHiDCFKgxZuodR5a"
    "HA7Slg5wPLEl7uKGhOoE6pE5hrynEhdwGHFzFZDBLvgW4J5umZ8kUjEVcHu923d/t8d7iu"
    "NYqwpsxjGsJ06H+qQr9vJO0Zk+3PbDdpYTt7bMFf4K5GbZ9u8+Wm5UCFtIjarkut0GH7BB"
    "3gD4gE3UOo8PWP6TRKtcs7O2NJUB7w1StZWip1VwaEzDbe4KvfeEK/gaZeB70+8NbrvDd2"
    "cf253YqaHhzjSJTvqWY+dYsCKCNVyvqrs+JbclZMzzqDgkBgoutYKBhSyehbRNneFBpafY"
    "eLfX5iTZwoBcI0sO8hJ0baUxFqL0DDKm8PFAPvBpsYWBrBmkVtW03mRCdLCt0d1tHZKjHN"
    "FGnaP5RnVk/LS18uYXGop0e5j27/rTL315PJLH05v+lPRTsJH1gsiYtIcy6dBwc9+bkVsm"
    "3d9u+6MZ6dTAeu7Juy+cPN2vZNk5EBBpjAIyAiLA3hfL3rNXnALgFUplLdlSU3AmK08WoN"
    "viv4BcQHoSAmcyYEVgj7k6pqPsiVEQH/oXGaxGK8BBsyZjqGXF3QJc+YNv8p+BzK4QXOve"
    "0BxbUiTfMZCW2PmyJc2QzDXCf1jSWtHmEn2nbMlc4FvJI6R3zhJJ2KP4PhBUzY3hIOu793"
    "Gb71DPYOZ5RkOQQbI7pHuWxiJpQ6ivQUEfCPU1Ueu1SvesCjl40gLf0r04J6E4QjaYqBIS"
    "oqCGooiOqE24pzMeSYirmDZ4nfHEXCxjWWlVweWqKz1NJujEI+0Z/uhky+dnOKKhm46W/P"
    "lkmZs1pH5WduFugz/YIM8A/MEmap3HH4Qj8o5wRJ6FFshCBisLNB3liBC0IIyBnGxBGDQ9"
    "pwdeKLR9XN6+6ckhcimgZOGpeK7zJVeu82VGrvNlXAnKisQKGBtIVrLzVgiynVF8kYmzTR"
    "ZZExj0XfqsDsvUcLn+wDGLP6SfZMLIJ6/YsUKtNTLmBC8xuFuT/uhmMPp8JXnyD0avO5nd"
    "08N/VGXtbOjZP3iaDgcj90AglYT35+S8n0/3oxv3vJ/FBn+1XOf9nF3wrD9x2yi0/Fwk3g"
    "7vW8u5liGG9GnWo0NR30UvRr7y88HNkAa4s+BeK2/yxtKFDJqtSO1qtc65TrE6zzjF6jx5"
    "itWfFsmh1U1FyG6MSgHSPEhvV1txlikqCg2Qy8MvJGklVdF1wpPbsoVUpL0gkZoUtjAEoe"
    "MR0ICNT0CbxZqHpSDuWVTck6JaQECO5sF+9germCZ4w3LhKZg/99g1JffMqZ3SQWqE9UFz"
    "aT20GDHLLY47Q5aytb33aJFL/9l7xi7J8hsa1U1/h3hoVRf0NsRDGxQZg3hoE7XOEw+FAM"
    "ahOUPFFjskfCtRw+DFBQ+zcpFOrFyw+uE0Nn5xd9/r9fs0MGFvVBWhOYlWfOoOhuTSQtH0"
    "skQqgkizawHnjVNHpCFEzRWifkZC0VPv9tolYByk1VngBQl5K2EpaPSQtwoi5NcKoR+VAx"
    "6wKB4wlJa9JxMYygKvmCJ4acDoHNxd90BXjAKQvUWWulQMZ+yPV62Fhhfe8AIrfNDTIVnE"
    "ax0PQ06S7RuO9dZisImxO9pZrKKl2c/yoy/AxSq2utv6+HePb9LGxn/R5t+R8njFkNAK24"
    "w0ycVGcwl/TmrjgydI1kZHycL7YoYUZDXD9S1AQVZyL2kDBdkgMgooyCZqnYeCpDuEiIsa"
    "CByIATidk9o55+pKeJ7RlvA8UShQDQrySLldHa7crk5GbleHkdsFh56XyxeF44f9mVbdMv"
    "Ep9m5IHMl2f3oy7yL8eXunnzQP33q05AtwUyq/zLTBTWmQwQpuShO1zuOmnLy9d+l0fZKw"
    "j7lxVFPs+KaQSA1TKopvZO+6f4ycin/ejUdZHiMrkWKuqY70f5LPUB/EdfzfxcagxevS40"
    "bTHc2w35Pn/eNQLmUG4ASiyILmA/3utvtrXAe94fg6vlKRAa7L5F+WbvY308Esmxpq4GGO"
    "N86j+a3/ktKMLPxxO8u/NOmNMno5eley9eYRL3TLwKIEL7Oqa00bvMwG+RvgZTZR6zxepm"
    "OuNVXEuQkEaujaFJ8trjxhXT1hPEQgjgjVEObiG8AFiAl7LHFJcFlyMyUrL9lPWAcxQYhK"
    "5tUAxIVPrYHU5jbpVFZ6Z5sTUVnksbWhsuIeq4hdG5eFRjjlMWST/oviOGi1dhg0cvrmHx"
    "KBpjfxtUxXbEdGlmUyWMcZ+paCaVSqDjVzWS9J/9dZ9pIVvCPD8eizf3t8HWNQv6dhKP16"
    "jYHxaH4b4JejxeApkze1s9jKrXVH7pc1X4CjdIAeoOfLuyfpSXPNXiuOildlyTElcgSff0"
    "Nb2hiOpku2oywWEsYDrxQ6mj8hfBeriqDg0QWp1JjRGxoQyNXqW4RArjaHZgNytYla56o0"
    "eMlTMByWAjoqtyvuwkiRS8CfUesRkaoh+Vo8xw2cR8k4D4YtKbLjMMSB+SjPLsNgPsIKe3"
    "wTj4Ew5YEErmQgpHS7z2mydk/TKKepDm9G5qI/p5OayN1NpIJvAW/2YmwF2N2pJbZ2F4By"
    "vQsQ2XtdAU1bdjbPGRtoZuI/BCc7b+ucci09e3fOYafq7kVu/4Iel6b5fIN07QWxu+HEb2"
    "lnEduv7s3kS2/vLjQV9/eWvXkk0o/uFAiYgT+ymOVtj0kDfXNkL8hFLPl96ORYP25kzNem"
    "FixUxTb7jq2CjmJhTIASr7KF0AZKvEHkKFDiTdQ6V75xsJYnGdnd7ZO30mVmZluT7nQ26k"
    "+vpLViOfgbPRi3fcLqjWZXUtgfOn2f5Kh9wUuSR6XKrIrSZChDKAhCQSWA/8ChoBW2yrHz"
    "JdhuPSpVu07gxS8mj+acwfSk5+T599diDh8jHQ8OfHAPfLjpDwdf+lP3dGrKcpT1wAfI/i"
    "04+9cyyckXOWBNCgK4CXCR9zppSAjamBgAGwc2zngmsM1mFhjikPpQHjYhSSLpSLGRTDOz"
    "RXUdEwU9l1rPpKok/3vNEAd9l17fru2M1Thn+O2pmyRLtEa5TFDeVXF/kiK4sYQ60Idl6o"
    "B51Bs85+qRfp7RI/082SM98FdzbBdxWdgryrxXxFIRBNj1qGCNNokmJbw2VgMZSZf+zE5q"
    "Qzgd0EuJ6odGrJZCeFPRYqvB7tTL02S2VhRdrsTW0xS9x2d4el5g+CXYnRcYfgmP2KLTTT"
    "k4SF6eF8yAFLxK7hdtCVLwmpOMBSl4TdQ6TwqeIPewD+1QOq0eg3fYfjMBlGNicA4ezzl4"
    "NsK7T0oyaUrmYiBRw/l81rnkSavoXKbnVZDP0nLnhA7oiImVo8q/Vod0hDwqIc3E5UA1ha"
    "umgilj2DfVXpCgAlrd3mzwpX8ludIPxqR7f0cyw9YKOX29lWcNKzwzLOoQ8zuYUTnIvi6K"
    "m/RwLYA1m2xHqpgieFmz6BwUJc0SwTBmttm1J/vp5ynSlRQDNL0+th505V+HJBi7GHl12W"
    "Lwit4n7Sw6Udnec0gSUYiYawort2eyRTrfht8eW9BDDInU0HfpnJ/z+Ifn5xkn0Z8nksLx"
    "SyWAsHd7DdE94/K+zzK87zPGKfSm4SBW+Cvd9wiJHN/tOE06RWEORsKkOma07K//B1YntP"
    "g="
)
