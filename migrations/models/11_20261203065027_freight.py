"""Migration 11_20261203065027_freight, written by `python -m plaza.makemigrations`.

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
    "eJztfWtz4zay9l9B6Us8b2lcsWbs+DhbWyXLmok2suWV5Uly1ls0TUIW1xTJkJQ9rj357y"
    "8AXsQLSAEUJfGCqt3JDMUGpadBoPvpRvd/O0tThbpz3F+5i77rwqXldi7AfzuGvIToL7SP"
    "u6AjW9b6Q3zBlZ90cr+sKObKcCUZCUhyROLJcW1ZwYPPZd2B6JIKHcXWLFczDSw5MSCQ1a"
    "WGZFTgaM/GR80Apg1s+KxhWXwf8EfsAtkB7gKi/9um6+oQ3bWEyydoO0Bzj/EDVVNBUprx"
    "XPLYD8aDcQcheHy0oWPqr+jysf+jneNA5PHxGPwKLRegx+ChVBkBJDsQOCb6t+wCiOTeQf"
    "92BCzbVKDjAG+EBwPf7iDwg6/j/Axs880Bpq5CGwt7I+qm8QwdF7xphmq+AdmGaKSVAVXy"
    "41eG9ucKSq75DNHNNoLgX/9Gl9G98Dt08D//25lrUFfJ3ztwKWs6lntBd+D/KjaUEVRIgR"
    "0sB79b6Mc6CCQnGMqfH8ZK17H63y2i/Q65GQFK/vFXF8QeI6sqHmZ3DyhpVHyj9SKRgWMv"
    "g0bAIdelQPZSex4Z7hdyL552T5Ji6qulsb7fencXphEKaAZ5IZ6hAW38bdE1117hFwJ/K/"
    "89Ct4RT5HrWzwNRmRUOJdXurv+TegLrK91JOlmMpPuhjNJ6qReuUAi8qb4lxQEGYIDfVWH"
    "APCMv8LH/+n1Pn36qffjp7Pz088//XR6/uM5upd83/RHP/3lfZk1Wt5QBLPR19HNDH8hE6"
    "0J3sKBL/xFZNC7Iq2VukY/ot2UFq7QJ662hHQ9xCUT+lB90ePgL0ntBLrIU09wYa2f9Sq3"
    "BwXlYD0bXQ/vZv3rWzz80nH+1Ale/dkQf9IjV98TV4/OPsSVEw4CfhvNfgH4n+B/JzdDAq"
    "fpuM82eeL6vtn/4pezg3YBUzLMNwm9+hFMgsvBJfIeB2oO1qC4ggcL2R4aqyVR8Aj9eNlQ"
    "YErRgWxCxQiq6ii1czf6eiONbi7IRiRpaD+ZDr+O7mbD6YW/IUE7uYNlvJdL+bukQ+PZXa"
    "B/npzlTINv/engl/706CSp2hv/kx756K+YKhDKLiyqi1B4f8roWNBQMWCcGrkd3lyNbr5e"
    "AF/+wfjSH42HV/gZmg5VtOPfDwbD4RW+5KwUBUIVqtXQUbh3p3VEXwxDgSq/JOxbUwze3u"
    "lnBnzRXZkAk8/iCEfMFlaMIyINRPmMBeSzbIzPCMTYypq/RHZ6fOFJVl7eZFuVUp+YPTPr"
    "3vRHy94yeUU25GcCHP6F+Pv7ns3AXNkaMZFTTk/wEZPDo0Ru3ujr9JH38WZ8nOsQusCX7A"
    "KTfC7r+jt4M220lz2DOXJSTOS8LKGtINOf4tpsNxSnoxDISsiyFRa2sLDbY2F30A9UJ4b+"
    "7k+Mmljc/hzONbhXllpQ63FJofWqaJ3iZ/nfPrLHRZZyriU3Ibh57aXo2Z+WlVHzHlffyH"
    "vnQJsb/YhQIeTbuu2lrM30m5BWxBfThshH/xW+p1zdBPi+xXgdGaper8BfwUQLrq6/oi2/"
    "hZZa8u1HEKAfDl0CAvoO4OZ+PPbsO1ZTPv5CpJUwMeDMRH8wquDeH6RW7wEr+pG3P4b8oH"
    "836F8NE8Bv5RcFU/nOlefzDsU7it/QZfGRwsnjhDKbXSWAf/QPDvBjMAvNAuYcwO9ICnk3"
    "UY+mC940d0HCI7apQxLFeQcLU1fx32xIcZ5KHly4U9V4n4Q7JQzrXRjWwp1qo9ZZ3CmyJ6"
    "QV/o+7yQ1d2aFAUs+a4oL/A7rmFDLnmcIkf5uvDIXkPDytNN3VDOcYP+/vnHGTMsKTGKCY"
    "igOa+Oi6/3uSQR6MJ5dJ3eEBLhOe1UF928q9dMK5bboRUjnntmrvQBneLd3HEs5tHZ3bW9"
    "l2DXrQL/ioy+LQWpGbN3my2Xht9hqFgyccvHqtuDU19YWD10atszh45L8pfWenAAX3NzD/"
    "56T3I0sWW+/H7DQ2/BlXClAkPxS+UxztS1/qy69TqJN8/mwryt/ikeVbQ1VkWVOxyfoGnx"
    "am+SJBQ7VMIrkVYL95ww390ZqE2i5TyyLzLNvQ9Gchs60pvfgCLElm+IAJuv8Y4DUZaK4D"
    "7n7pf+ydngFVI8dHNAc4LnIE1Z9JZMOByDDxri7MNwOYyBsBsguIuYKGpaaflf4QcsTGH+"
    "LIMF0g28+m0fsAnqAiIy8BP80hR17QHR+fNBfYsqGaS39kBygLqLxAFY3sH7SxIZqFjnvx"
    "YMjA0c03sJCdBT5640IF3Y+ufISGa5vWO7Bkx3kzbdXpAvxof2T8xCIRnkBpIsAj7H9h/1"
    "ffEhT2fxu1zmL/o4V7rn3n8QDWEuX4AIddcHd8jAVtsBLelHkAjso00M0q55hFRlyMK1aZ"
    "lBMhy9JDlshORfh6D+LQTEJMKKZ0xdjw1XwptNvHJUvY7auZMlrDzT1t00X8tJSW8/ypuJ"
    "zIFygrbB0JrG0ZtY7E82qmCNa4aXwObh+zLo8Am8I5ekcXM7QMGh0KBRb7vMtCgtmehOSG"
    "Ikx1ZTTHWUEV+NKASIMjTFU9Pv7H1R4fP3SDUi1zeanh1N+5x1X5tWI0F+BhoaE6YG6bS3"
    "qJmfIfg6mwfmJAzcFZyyrhzS6Cz/AJz6Vsv+AaNehp+Aa08Tw+AtlQve/lFbUx4HeX5DV7"
    "T34wvC9yDG7RKMiWwOPI3vje0+RnNPXAEsoGGVqHMtrTLshYbwtTD38J+lb+hleEJ/MGKb"
    "MWTJBNIGi3Wu4NXUG7tYiAEbRbG7XOQruhbZOHEvJvbxzh9qnHwAV96mVyQfijuF/r77gc"
    "2K4lGki2lQ8wMjo09B4UWK/ikg1cr+q7PlG2JafYnuQIZqgW+hX8Xxu0XI3jKofeEavA/N"
    "HPSXDTfkVPSlTjnSr5rMTeCD9SC2BkvGqu7P/yFOeXvKXLQvuRegGSFpdiSYBbiwDXBP8x"
    "NQPI4ZH+H3BeGhq4C9BzoIVrQz+9E2aLiEHoHfnH/B3hwqjZb+U+AfN9JI0O35NIo/O5wp"
    "AE9HLqML+I/yXTk+G6QNdeIJBJmt6D8QLfP+BEPRiUuox+fwva4TcnvCEpFXnh3UKIQcIF"
    "2tDSZQWGlba3KHrQDcpRlkj8eciq0tP7tvRfsny1r8ISRhbEoiAW67Ux1ZRiEsRiG7XOQi"
    "yKusm7rpssSmJUKI2JWI3cGZZxqcax6uVnWArSt8iMr/jekTYZQleAX88JUUEL1kLPnsuX"
    "UnWea5aWFaVy+Ry1iFsc8+m51JASFVooqgVRVqtqZLmo7tThIM2ZqjvRl539RSQqttKwYp"
    "taZjMqQ2fsrgLfDfimrYkSSm+XF/gh4FOiPYFSNod4grifqKMleHfBu9edgRW8exu1Xgfe"
    "vUL0405Y96B+DTfXmxJsZJzjlAnx0xzET1OZ1OjBEm95uJjQHjuk7iqesaMKcTFvzJGQXa"
    "i9UnC+NE0dykaGrRaVS0D9hAR3hXWwsOyXY72cTMaxreBylLDHbu6vL4cIfYI9uklzM/ge"
    "S5fduWkvJRyYo0/uzW2AU4PscbIbpgE5J3znBm17CHYk+WD0r65xn2ZZXeIuzYP7u9nkej"
    "hFotNvowG6S1k5rrmEtoR8l1fN//EHP3jgBe1eoe34mXJxtWX6NCm5/fF0P+7WvemdfP7p"
    "8/mns8+hVxNeyXNmMui3bA87mjUeOae8ZfXF5Cnpmu3AWQwHnQpapyNuiRolz7QZzFAMN3"
    "xkW2DGh5mlKS8rSyqjMOotGeq2aUVRo2ghjwDtCNvBFMQWJnisRgMlPdvmytoSLgLTVzxQ"
    "U7GS5y6aVLIOHUmRHVqWGA9e/XC0ARqsqZgpsr3tcjVAQzR0UZ/rMjK3/lyZrrwlSF/wSH"
    "doNv0TD9bU2fSkI0hwhqOECx9r6EVcyirNs+ZA7jIYc4iGZKmtXseJlgJOYLYRM1tzXtCj"
    "Fc3Z3kadorGu/KGa+nKSk11z28Qn36CLj16hfRIZUM/bzra7cOA7f9wBGbah804znszvEs"
    "LHMN90qD7DJdza5A9s2REee+TCZYOw48oQiFgm5gothJRTuwGuQZczBgtlPVRDMI2/137b"
    "621hSvXebghYnFknYc4aJfMkms+WnX0STaATmSci80RkntQ9B0FknrRR6yyZJ6KD227j84"
    "6+eubBN7i/cXk95yzgnmdje56G1pXdFcVxYQvBr6X3GHtfp1zwRN/7g9no2/ACeNIPxt39"
    "3e3w5mp4dQGclYNrlkC1SJS9/IYlQYu9lc2VzZYQK6SQilnzcaRPf2SZ/eiuTKzJZ3SwvZ"
    "o2RfBeSzYP8pPeOdNqfp6zmp8X7sfpe//bhiba7Pjz8E6sLn/VDBB2nA6Zz1BL1BAccGGu"
    "to6j/haM01SgLNtUV8rWSR/eKE0FSSR8iCSGXSYx4G1e8k/9bZ/PgEfre4M1FTNnoVklBK"
    "7u/GGaDpP0JLvKYutIqT/aJR6sqZB58VHNhcsDBEVriVjgTqJfrb3C7dM/fvPGu/KGa2r+"
    "B341LTSKhGYGPg9SxsuJx5v5wzVptu3ylH40XZkSMk1kM2dHTaMZ1EyR004fKOZyicB33w"
    "FJkf34tHoH3jiAjNMF5pvh1UfG5ZDJTbjbGDIgKXWXtx6Os2ixJ1lyQeFImo+oJyyiyyK6"
    "XP04o4gut1HrIrp8+Ogy0gTeGtMQZ9cTjohUo6IwfmxjKgqvTSIuCyMmJioBctoa1BxxXh"
    "WkRIUauNSQCpPStJJWCXdFu7vYYDVTR5aD200UtktNxs1lGb0lpASAG94kKrbUxmCdImtn"
    "OhrM8soFHjYiVEeaS5zQ3CeZFVkdqW3GomtnNpUVX7DFEQBB0giSpu7uuiBp2qh1FpJGMW"
    "ln3LNJmuD+xqWof2ZhaD5nEzSfU/yM4L92y39Zpq4plDrpjFX4Qukq49257o/HF2Ap6/qD"
    "8XU6GQynf1zg2J0C7Xdy5f728t67tLKeVujadX/663B2O+7jenxL2X6BLulOmgwZsuitx1"
    "SONacaa6oYq7KybWhkqS1jzYnI7PG8xuDmj10xk4mChwwgf8oud5g6GuMXMuAhhqMyghku"
    "hRkudHRAVGLjoRfwnKTPdB6gxt4oTQVJZC+LcnWlY7U/Yq+W8Hi110ju+nYghaXXGkSB0m"
    "yVgxdzqs002yWBvD7uROGPY2ehsunjt9htpbLH/4oVpyFMxL8FoywYZcEtCkZZaH0fWq8+"
    "o3xovQpOudacssiprABzJjosH9yYy0noEx2WOzn+WbdIh2UWZthxTeVle/9YeWkQ2Dt1hg"
    "cIn2fTfu9QfOHws26eK6wgd0g3nyUlevcu86liZ+ks5IiLc3Q1XoO7wqFukWslHOo2ap3F"
    "oRY+n6jSWl9012YIl7kQEyvkvFUsHFYJ381DtQTPLWoA10sPrI5bbALG3Db0DcDN/XjM5r"
    "cpC01XbUhpO8sXLG8a3vFFYs9lCOuC0S792yDtieLeRjKiNnu3euRmhqo3vqqBOZ9DG6pA"
    "M4AM1meOaJVtWESo4WJrPSEip5qSMWNRgaZpO2BXeM4t8qGE59xGrbN4zv76z+98xORE6I"
    "hz8RUlOSqghjwvcG0WbekGNq/wdzfpBsaWgs2VOES5kx2VO8n2tXfpJAUTnFYbdD33NztJ"
    "kVdufxHASJcjW1OgtNSMMot1JkLb/tNKfEAQNy27yGiy9q7w9Gq7y3WFp9cim194em3Uuo"
    "iR8p3ZZ2o318tpN9dLt5uLfrMUzDO0F9JhTojt8fB+Z7dWLfWdGf4+i70uqfzX8JUZT26+"
    "Brcnk2JFn0vS5xJDhy5coSvIzESXKtLl0oH4+yDb8Ttlg8l+ExJi4k3gfhPWPkx6X4eKtp"
    "T1LDIvIpfc1T3BY3+A2kYOaUq4Gg5G1/3x0cnnbo9gjhDXPKc6evRElGfZtIaUXJ4l6tWm"
    "UM7zDhOCIimmKCstzpQcXAVUDoZLF1kjiNdCnPOp6jkf2jZQArzNSw5LopvY+jLS8XIXmD"
    "LCMfxN1mqKd9biukUepKjVRYc+NmtfZVuTt6789s0bpUkg7TLGF8BFifFFkNwc43uN3Ly/"
    "U37r+LQIYdXSBOuKEFaLghkihNVGrbOEsJyXFQ/r5t/euENoZywlp8+yS06fpUpOVz82uD"
    "OOfg+RQY9el5fmikYVMDDza9GtyfmqrVaCna8dOy+76OFPK2pD9pwaUDEpUQYqP/hXoAyU"
    "CINXLAz+BrXnhSs92/KSopZM9zAptr8Qyo+7Wo08R7F38vmnz+efzj6H/mF4Jc8tTEdGxJ"
    "mVaoVBxGGJcg9LsHDFotYZU6sCXTO2rZhOOhWM0ThNRQp+9yrLlwFWf+5CmxT1H8gOZESt"
    "JhGgRGzSdssADLd4aPLkOkibh9ogtcuYjbe6UyI24bKfHa/RjFdouDia7IQ3l9ynIBIKWv"
    "dDyK07Ed4mIjm1tSK7IpLTIk5fRHLaqHWWSA7SFLI5Kctt5lobkRCMSJIRQYqBtk98MeIZ"
    "FRGAJgH1rRNuiikuJyimwtnPMWOPSwVJSaGEsni+iMm+Jc/XvPS7boLniy8Em3OdYz3htk"
    "Q31oauofgm3/LiTOrSfIVLuHVGKfGqr/2xGgR8PPSr66ZCgNiWJwwHahJUO6dzwvmVRetE"
    "JyAzvSMto1J7rL2Dny24nLpaCl3B5bTIqxdcThu1zsLlvGg0Ioct7SiQrXKRmU7/6h/3d7"
    "MLIKv/WTnugzEd3g2nOAPJ51DwlfGwf0eu6FB20JWr4dX9AMmoEIf7icxsMviVyOB9D93R"
    "v+5/RSKqvEQ7/oPx23Q0G0qTL18uwJutuVAy5/MO29zacSKTT71hA9uV+Sm7tZzgmbKIO2"
    "5s04IC3DS4skMrxpSdCbyWEJntLJntyE8wbQl54TY3TZcSFVUJinKlNsRNH/ztlX2qR4R2"
    "NdtTjs+eJvs5y1w/z57q5+kOWIGzyjXJo1KChy6Lhw5zUrbkSZuW/9hNl40OZ1+VKkZHyD"
    "8KjxWnBrNJLC/BU47fvbG7zr2huQ4w50A2ABkB4CQ+sEBfHDfNOTJt4Mov0ABz21x+ACb6"
    "jMAIbPMt3Xhn69E4KTM8etmlngULV+t1sitYuBbxMYKFa6PWWVi4P1ey4Wou5eBr5mIbFW"
    "mSdVoagYAPRXI5VaHAHumDaCLX7j2r8tnFwKbhshMiQk2aufvvPSWc2oo4tbp/CGhLn7aJ"
    "p9W6Cb828vIzdZsSZME2ZAGOXE1Hg9mh2IKgMiqZ2R0KYRC/oZvHGYQlSM3w3r2luyTKn8"
    "Y9rHJ9enrbqR0/VFmhKbQM6fzIo0plK4KfkuqJRgpy7vOBaHZpr7jbcsmPfLbNlVUyy2Np"
    "ygsa1DI10bW5xvZDV5A9LXL7BdnTRq2zkD3Gavnk2S+szMRaonHlEHvnLIkN59l5DefpYG"
    "/tSmlZ0FBxNXJLfg8yuXlS3G6HN1ejm6/Sbf+P6+HN7AIkxnswbvujK3RZ1tQHYzC5+TKa"
    "XuOSW0gzc81eQnT1djT4FY2BbkLGBpLFMoNfh0RKecF33P0yur3FF3xbDafJjUffhlN8LT"
    "Snwqt/SF/6o3Hks3dpLms6JN/g+nY8nHnfYGlhXwVf7d8MhmMioWDV6HqxWmA9lgKbvewC"
    "m71UgU305R1qY7jsk4RrCZHZlSSu6lPlcW+rYMlFHp3Vk2u6XknRhFWRV680KiZqlcIo+O"
    "lapWELCVLllRfplLDAewPeRSa0mM3cs3kJEVIZJwI2zOW1aOPyb89YUhLPslMSzzYBLvEW"
    "8c6Sbxz0Jz0W7NFd2VHLXjb6yGvDNFoa+exayDRZURE55nuXURHZhkvZpsR+8pKiA4nGvQ"
    "SnTPn/pzn5/6fp/P/1QWIcbCnqMKdHqbJ93vGPf0mTG2kyvRpOw3NgEvrKJLAUHP/Ct4Qe"
    "tXcSDN8T9dEP7pl6jrLEf1YmJVhIaVU7wBFD+zPLK/M5+41JG0k2RGuuilnXIt0gKNKHMU"
    "t3xROUbZMqsm1rfERpRKR5E7r8czE4eI7JPomfkqaICsQ3I44p2ALhnohYCbGeimFe39BO"
    "OqIXMupFIrkJWaHpKms6krHCqee4pNBylbUcSxPi1HNSVmi6ypoOI5GFVu64rNB0pTUdRJ"
    "eLaDohKzRdaU3Hs1rZkxsTguKgROFTKmE+LBf+USkBfmHwE6nk7PgnBIUKCqsgmbvNpQaK"
    "sCi0U1QTNrR0WSGlUiVzzq0LqrjQxhanF+MHMriOMMZFxfJU1jlGsu+mtVHsIOPXYLCaaY"
    "L10F3USNl8lDHYUktA9zoyVEOxTRggGWcaabZ+CfjeO7BCIevSsU04NwzYrlfcEtC9iw3W"
    "UIxTexQDylFrrwScb8lwt2YtjRJWnCkWcgxp9D3Azf143MkxBUtckcNTzM1Em2oDZ+Cdfd"
    "6cqoctW1I0VAGxWQtft8eJ4DN8bXCXE9E0ejNGctjoWVJkp9y20U3FzFurcMbLISCr43rl"
    "JbxtidSUDNIghLiqrcTTDYK8UzqaEwPOTPQHQ7eryFgNQTWe1/xkfpc0Fy7LACuwLEZ41J"
    "E/aENQ4yzmEzEeKJV84qbFptK/8JW1ZVVnQgrvQitaqvcHByw07GS9X4C3hQmOZIMU7X1b"
    "aMoC2KYOPwBVU9G/ZbeL/oQGwHe8Ld7TdYB3MD5ndSEPElHZpa6MaheIyi7tqfEhKru0Ue"
    "uUhBOOZlp0XdehgVbB1PnyT9/gKvxSXnEXOsYJseYdUij/VBma4Pw4x4QEyptRJj2U6Ahv"
    "PnUZCld56egM7u9mk2t8yDKIOT0Y/avr0Q1ux7fUjAcDfYjwwScsg4jfg/F1Orm/lcbDPj"
    "me6UVZdbRnYOnB5H46IgOaK3zSC5cNmvpXvLNfD8bdH3ez4fUFcN4d3107fJ1s0WurCkkn"
    "oqdctOYQ05nyTzlnyj+lz5RjNyiNb3YxheB+UUAhZuKWUUAhJBW4VpuolMirKiuvKqxYve"
    "c4c9WUwRpojs7CKjU/i+S1ZTGgYdbbJgY0zLVjY0CVBVRezJV7QThH4C5gaFQBS353gIlm"
    "Dp3cZBN9QObYyHWAZ8WDuanr5psDcI+0wDbzuFGHUJ34ul8LwwFHj4/oA+0Ver/K9wQeHz"
    "9c4FH/H0hVqDRMl5SjBO/QJcM56Nv4XdgcV9N1IL/J+BH4y/qP+RmPFFaJ7AIDvpIfoKkX"
    "AP/13Zd/k511BUnwBOfoLQvGAEexXx/e1n0wQPRZQEUGJ2kHZ8mOA9UPx6APdPSihTeYc+"
    "CslAWQPQsVaA4IKjwABDKGFP8wPC4yXl8hRhJEalzihy1NA75Hfge5SIYjv3VdtbNLMDJM"
    "/xeuf90R1iiRx6Keen4Alm3incEJa3V214U2P/hDT2ej/nj8hxT5St6T1pqIwkgI8OAHfv"
    "Dvwucbk1ohseUApbhi1mijLdclc0BGml4jociWu7LR0xCY+IXF4OEJciT7j8YfoIVshW4x"
    "baRaNMnRJ2iyk++ELqExF/iiNwf80Y4CHbl4+ismbgMOglu7AB4/HwP8hDAZxcNoOvxyf3"
    "OFgaH+iPgvJQryfo3/ipFH/hB5SYLvgx+Ov184XY78SKkni2aVAiFGmbySj49Ik6aOK4oe"
    "kyGdY5xZBp1F4l1D42Elr1xvqqEfjZZZVcNriKwDj1bs4hgG+nIPBlpxDEf27B8PFvSCP+"
    "NfFTRDRGgGsH/wghu4sTl++cHjY2QJO/6b9w3+/vj4YKBV5sn8Dkh0xwuLaMHQzjGS8wsZ"
    "oG/rIhAdfAsOkKwBI8jgu35Gd0dP2+HR8bcIrvq1a9BIMnq9Hbh+3BPGAX3RcFKSVo6BNj"
    "9kBWj+FUsh1VS4tEwX1xyVXuB759958ZsI8eEpWwqWDxHRqact1xURnRZx+yKi00ats0R0"
    "RK3+nXLgolZ/fq3+DDPddjVkar5LoX1Er57/YKxN2MDYLEKH76BuoSgBL0rAV6m0xXZFsw"
    "shnRIWeG/AW5SA3yW6ohxw7csBp9gHTk+FJt9Af6W+/knaLRUFRZutX1GsrF2aFrXc95NN"
    "KjqAVD6BJRmC4XglKKJVNkMLvhUnTBlcJzkZXCfpDC4bol/quNJCdhY8kCflGoj3GYvBfp"
    "ZtsJ+lDHZbc178hZtrBUrKVWP1wc9rzOojaocePF1X1IirYi6jKLQlCm1VB2PWQlss5Yi8"
    "pDfKQrPDQkR1wZ3GM24J1e2aOm0KSDvPPSZVibJSj4OSRZsyjwNqd2PicTYghyhwgGdgZM"
    "xX2db8CpEiya6WRkYXiCS79qRbiSS7NmqdJcnOsk0STuXtgZ2UayDl1GOi+Ho5FF8vTfEF"
    "Oycv3km5xh2J3QnazsuKB2T/9gbO5fLp0z9XaDpqLiU0kGmlRUWaxAn1Tj7/9Pn809nn0E"
    "oLr+QZZ2nSDf0uV7JsTaFlj+RlWsUFRboVjE5rkcy2597RIsF4xwnGc112FhKuYctNzqdE"
    "RUWToiESUeThgOBHGCgu+ONyQgGiykZVq2xQZnsJ+H5bj9RQZONvOEPgb70lloDvFzzYnT"
    "9WvXZRVoBTJsQWXUhkXTcVEqvatqp/OFCDpna8jN26cUQJfTbiXRCa1nBjl7HARP8ISkAw"
    "3WEiOyqYaAfCFBrs9AG+F5gG+h9MVAjqgrlpeyViMCvgkGI5pKzMnNQNInMnXauonCErEJ"
    "pMdK9bn1OOxKZKfFwiz2Q3D4n1fhL16mttQ3dF4LVFITgReG2j1lkCr6K6SZQf7bEQpL1s"
    "hrSXovgxNlRwN5+jDmSrTEQjX3Z2P72R+jdXkldpBB+fdle2IcmGKnklR4IiJNLkZvxHUI"
    "dEMtH79GAMf8fFv78OLwD87hWJw3ff/TK6JeewF5qVtBGZoriiTE14HAcGrzCHTv95j9YV"
    "r2aMP8aD0b+9nU6+4YvIjbDNV3Ltt/5ohmvZeNPgwivZic/FeZMA63IwHH3zhlKgRqRGN3"
    "e3wwEZXzMcCyquV6jmH/5FG/4nvHY3GfvSpAIiLnMzntyRGje66VSlmA35dqvA1S0yQ+Ij"
    "VPj4ZiddUAjr6XbcH3jXiI+QoU+8nV1N+7+hmfKmuQvVlt+MIhosvzo/Lq5JVV82hb+W2B"
    "9//+NuHY/SUgjqUWZ/b4bFKVNW0WlOVtFpOqvItBAkqvSUEeHevObEBqgy6tQuIrS+IWgV"
    "mn2ZTK8vAFqF3LlpV6T3R4h0sf4fVHERMS8atPX2I/RVC1RaoMk2LglyJ31BQlNSkpfmih"
    "ZFzE18ookfJgdqV3tw2QlQgXlWFO+UtIBb5JsdMt/MJxb8Ll98q3ZSssIeVkGwz1nW7PPs"
    "JfucsoAQ1HAU8AX79PxcYfYIAv/N+Ac8SwFKPiEqyn5Vh4JPR14CZqyAnhOiQs9V1nNIdh"
    "ZQdFJWaLrKmg7Y6kJvdExU6LnKevZiEEUSJaKCQseV1rGoAnZowi6RTMeugoSgUIE4ZVRH"
    "8KmJl1yKyBpBBBHEwaNqHTyiH44JFvISEW4wuIltjwFfUdGRFVv+io6ptfcAy0TFlmxWsL"
    "O2rS2OeolDS5U5tJRVyZCOL/PhJfbihp374BwRPm3k9TwmHb81A8jkJNLP5MyRF8aAKng2"
    "TdXpej3UfUYOl79eyio5heQu4DJ9pmlXD+E85USgKfeQ07qWZMkDB7nAkqjwWHebuQvEQa"
    "P2HDkRB43aqHWWg0aiUNsusqyRL6K8QMomlsMERWRE4noS0jdbc11oSOZ8zgFqQkrAmoQ1"
    "MD65jK2IUJNe/z2TxzRbmksNGQMI6ni7WErgNnHpIiUqXoyyGPyg7smWzFy66krNlMFMhK"
    "5X582Vw+JdJ7aEONbpoqHopl50BqI5uVCXADV7nbaKreysOGdsbtwthHbJmg68tPW+opCT"
    "GBTGNHFHN48t1c1nzXE1xQnS4SU5IlZqP5h/xeJ2OCNZw+GKfydoSsHOCXauXqt4TXkawc"
    "61Uess7Fy4Nqd0ntt7JZRp4OG18huO8zZbaXBTmx0cllJc7ZUC76Vp6lA2Mo5JhUIJjJ+Q"
    "1K5ADiyJ/eZdX04m49hidDlKWAQ399eXw+nRSeLEK4XMM4259pyGOrtZ9VqiGm2q8WOb06"
    "bahio0XE3WKXktM/g9i12NizWgiEHefjz8fZYPfLgdjyc3X4Pbk9pIFHcLjrVaNpxr33mW"
    "dopoAxSQWONZlvjsFT61e6KZnHkEOc8rTAg2JjizZ9Zal51i+CcE94f/x5NGKUCcgqlayE"
    "BkpXc4qNa8rPQwaHAYhvVuoVmkETmFWw0/67Kxqk70/pLp1KjLnSyqkWRV88rR76Y+/JPs"
    "KguRqlnbla4ryOAW0YKCDG6j1gUZXBEyOAi+8pLCSbkGgl0+ObxFCbOyape1DfIaFsxH0l"
    "CXfHuFkyPrjPuXw7E0mA77pOZ5bKwH43Y0+HV4Jd3fXgBLw9nX0srChfCl2bR/czea4Ur4"
    "uEye4WjugzG5n0lfJlPpajgefRtO/7gA5sqV5qaNPSbtFdrvD4b/GX6WfxE/50t/NEbP6c"
    "9mQ7QD4F+p6WQXduHScnFRdlynfxh2aahKAX0CFw97HQo0gDbdN28dWORFy1HT5UU+cFFi"
    "L/SbubQQlRLYC1K1tiqoSmmhlrA8gs8+WJUVsmSXAG5ASV8G49VrpWcFOLrDbVHxA75C/O"
    "D06sJR8mPme4HDV9ioOU2p9rGxptXEgDMT/cG5EhSuaHXQdZnvvAb74YFSwlXe+58TswoX"
    "CJ7AlRQuU+WGr/YfnxKxJBFLqtc6XdOogogltVHrLLEk0V94p/2FRahuH6E6wZdWwJ4QnJ"
    "0gjqqtij0lQkZirL7HtiW5Ec1wrNf6w0FrlOd9x7kgivedIotYvO8wzwC+7ih5NJqYGtgA"
    "3tNIzqY4lF+VhbYrfOcWeVHCd26j1ll85/qlUPHrWeRNbZU3FQWTOk/oq0JCrAE5VHtoYK"
    "6biswLdFSmcSif9FhQRndlokw+S2SDKKQpdpG9LiHawM2uvptb2qZJuyAc7xVVuMr7XHXy"
    "soMoL68flxAU5FlZ5FnULy8pMaiGqmAlzxLTsEqniAeynVWdcQMNpCyg8oJtVSW4dW+ZF9"
    "F+ViLXopZrS1fwRS1iDgRf1Eats/BFrvkCubzTUKBxmRZnLEzLWTbTcpZiWrDdYeH4DNIH"
    "3iDTOGeXv6PJblUIr5phOBrWO6l4F+K5RCaOqRbTRURWFCUsXUWKubSwWV7I8kjIlrAL1e"
    "eFqfimk7Y1Eg1xOdKi4oIiH6poPhSOjKwsyTK1ArQORVhooqgm0IS24dw2i9BrSVFBsJVG"
    "sIXQlkGxxQarmTqYSbbkZNzc4Wf/HeQrtuKwYpvXQJ6KbHSFLgHdWzLcrVnLZZ0VZMqudt"
    "ie8ZgDbljLqp0mWYZ4ZfDpm7vCxzh19p7wnEmVAWEftNwSaZSVsQi6ghZvEUEqaPE2ap2F"
    "Fhedx8EO+jnb/C5uRKhJoO6ZYyjaxrmE7s3tVUAOuxBYgFu6ZUGSSM1UwOz1rt/9zR7vIf"
    "rX1hXYnL61B06H+qLLzuJO1qk+3PrDbp4TZ9nmEn0FfLPkBHfvLTcqgq1Ijarlut0VPmCL"
    "vAHhA7ZR6yw+YPVbr9b5zI5lawoF3iuoaEtZzzrBoVENN9UTOvaFa/ga5eB7NRyMrvvjo5"
    "PP3V6izWq0Mk2qkr7tOgUWrJhgA9er+q5P6W0JGmoRFUfEhIIrrWDBQpbPQjqmTvGgslNs"
    "/Nsb0wG2NCAtaEthXoKuLTXKQpSdQUYV3h/IO+7yWhrImoHPqpr2u4SJDro1urmsQ3qUPd"
    "qoKlRXiiuhp1nye3DQkKfaw3R4N5x+G0qTG2kyvRpOcT0FB9qvEI9JaijjCg1X94MZvuW2"
    "/8f18GaGKzXQnnvw6gsHT/erWHaOCIi0RgE5ARHB3pfL3tNXnBLg5UplrdhSU3ImK0sWoF"
    "fiv4RcQNIJgTEZsCawJ1wd05W3xCiMD/0TD9agFWCnWZMJ1PLibiGu7ME36c9QZlMIrnNv"
    "aK4DZBA4BmCBnC8HaAYwLYj+sIElayog75QDzDm6FT8CHLkLCJBH8TEUVMyV4UL7w3HS5t"
    "vVM6h5nvEQZJjsLtI9K2ORdEWor0VBHxHqa6PWG5XuWRdy8KAHfCv34hyE4ojYYLxKSIkK"
    "NZRFdMRtwi2d8VhCXM20weqMp+ZiFY+V1hVcpnOlh8kEvfVJe4o/ervm83Mc0chNe0v+fL"
    "bNlSVSP2u7cHeFP9giz0D4g23UOos/KFrk7aFFng3n0IYGLQs0G+WYkChBmAA5XYIwLHpO"
    "Gl7IpHxc0brp6SEKKaBi4alkrvM5U67zeU6u83lSCfISxwooG0hesvNaSGQ7w+Qik2SbbL"
    "wmUOi77FkdlWngcv2JYRZ/yu5kQsknr1lboY4FDRXjxQd353Z4czW6+XoBfPkHY9C/nd2T"
    "5j+KbLkr0vsHTdPx6MZrCKTg8L6K+/18ub+58vr9zFfoqxXq93NyxrL+JG2jyPJzlno7/G"
    "8tFVqGKNKHWY92RX2XvRgFyi8GN0VawJ0HtyW/Sytb5zJo1iKNO6t1ytTF6jSni9VpuovV"
    "nzbOodVNmctujEsJpFmQXq+2/CxTXFQUQK4Ov5CmlRRZ1zFP7kg2VKD2CnnOpNCFRRA6GQ"
    "EN2fgUtHmseVRKxD3LinsSVEsIyJE82K/BYDXTBGtYLjoFi+cee6bkljm1UzJIg7DeaS6t"
    "jxYlZrnGcWPIUrLX9+4tchk8e8vYJV5+I6N66e8iHlrXBb0r4qEtioyJeGgbtc4SDxUBjF"
    "1zhrLD1yR8LdHA4MUZC7Nylk2snNHq4bQ2fnF3PxgMhyQw4awUBUIVRyu+9EdjfGkua3pV"
    "IhVhpNmzgIvGqWPSIkTNFKJ+gVzRU//2xiVg7KTUWegFcXkrUSlR6KHoKYiIX8uFflxO8I"
    "Bl8YCRtOwtmcBIFnjNFMFKA8bn4OZzD2TFKAHZa2grC9lwJ8F49VpoWOGNLrDcjZ52ySJe"
    "6mgY3El2aLj2e4fCJibu6OaxirbmvEhPgQATq9iZGBC4CwQywMfeQ2Fgr3RIslsc6FxET9"
    "EfPb0DdNEGmvqhC2QDwCWyK9HfgIUmGES/cPnkzaXYafwdPefBOBoen5x9xrcAFb5qCkQC"
    "3hl+BNQPDnh8/P3jFfng40h9fPyAD/7jW3XtFdrvwO+5DI5wsQDDtJGXqjlQBcjs6T4Yj4"
    "/oQ1NHdzrHsrrUDA3jibE7JmCTa8f+GBKSQQ84BsPvCHL9HeCvac7xD14CzQEOdI9BH/0Q"
    "rMkH401zF+jbwe+WhqQl2X18xMUJSPUBGSFjmEA3jWeEgA8PAuEdD3n0Ai0XzNHvwPfaUE"
    "HTO7M2QR4THD0TVCIVHJB+T++CD67txt4VfHCLmEHBB7dR6yx8MNl1efiCUGBHdMzhGIPe"
    "KVOJyNOcGpGn6VMb2Jjh4r4Cgebhy0LI5PAxaTrGMwg5ycWYUONA3s2pl7UBzIN0QqxxWJ"
    "d/xqse0aM9peX2mNJyezlpub10Wu7aHeO1cuKSIim3OkYNJSk35qKmFJ1btigpKhj7ooz9"
    "QUtHtVYDOZT9/svpVEwLpVbToS84AttN2CYX2Eox9lPNecHZTI7369PZv9HPuxvZejV669"
    "5SgMsifgU/K/hZwdQJflZo/WD87MGbzFRO1wdxZcyVq5h8TUQjIg1M7C2/nZLHZFEye/9x"
    "N7nJI79o6byqprjg/0CQJ7ETFuxv85VBSiiBp5Wmu5rhHOPn/X1X7FgO4Bii2IIWAH103f"
    "89qYPBeHKZXKnwAJdVct8rN/vb6b9XTQ2lOvCH8TDXfZfuoItWjWcH7SEGmV4pbzPz3m6e"
    "5xnZ+B1fTFLWchtzxn5bmMC7X8VNU8LRfiA5TmS8LnhbQAPnbakkSym4Dp7gHN1OrstzF+"
    "d5oY87Cd2W/4QHw3yFtq2pOI3K8UZUAVqaHx/XGB4HYzw+Xnh5WKauKe/oof48RbJoZMN0"
    "gQ0t4ikVyrtKGV7l5l8h3ZnCta/vAt8Vrn2LnDzh2rdR6yyuvbeR8fg7a4lquDv4sY1xd4"
    "gxwaONUEAoo3xlBDYOly0SlRJB46Jcl6Acq+j7H673b9XUwcoBMDb/TS07+2NXKrbcsAIb"
    "XWYrFbyfrNwn8/vwNaPbUPTjbh6BYpIbJfi697ZD1uoJ2Q2L0KIXXn5dl/Ku8PJb5O8JL7"
    "+NWmfx8l3T0hSeuHEo0MCocfnloORnpKtnhAcPxDGhBsJcfoenEDF+nzwhKTzCwo750q/m"
    "wa2DhKCgRsSJhrpqILN7RTZPm926QjC12zO1SY+Vx65NyopDddUxZNP+i+y6cGm5lAy97M"
    "0/IiK6WiTXMl12XAnaNo1ynMHvGZjGpZpQFDPvJRn+PstfssJ3ZDy5+RrcnlzHKMz6YRjK"
    "oCDbyHgyv4/Qy9Gh8JTpm7p5bOXausP3S1ogsDHPqw8sWVNBIA9IGTWgao4luwpalYFrAl"
    "w2K7ihC1aGq+nAceX5HCA80EqhQ/UZortInlQsx6v00Tmp1ITRGxlQkKv1twgFudoemk2Q"
    "q23UOgu5SiJ03M54VErQUYVdcQ9GglwK/pz6YTGpBpKv5XPcgvOoGOdBsSV5dhyKuGA+qr"
    "PLUJiPqMIK1BSiywsSuJaBkMrtPoc5EH2YThhtdXhzEkODOZ3WROF2ATV8C1hzFxMrAEtK"
    "aGztLgHlpieH0va6EtJEN3bHmBhwZqI/OCc7a2+Mai09rOrIbI1BPwW9Fbn9G3xamObLld"
    "97oUOhtpO3dPOI7TfvZkmN3l1qKu6/Os7qCUv7LS1CZuDf+ed7gyZyBvzuSn6QC1vyJZ7y"
    "hYZqmdqOjhAnVkFXthEmghKvs4XQFZR4i8hRQYm3UetM+cbhWp5mZDf3R11LV5mZ7dz2p7"
    "Ob4fQCWLLtGrhN1PUQs3o3swsQ9YcO3wg1bl+wkuRxqSqrojIZyiIUJEJBFYB/x6GgJbLK"
    "kfPF2fIkLtW4Vr/lLyZPpkpherJz8oL7GzGH95GOJzq6ex3dr4bj0bfhFLdv91mOqnZ0F9"
    "m/JWf/2iZubV8A1rSgADcFLvRfJw1yQZsQE8AmgU0ynils85kFirhIfagOm5AmkXQoO1Ai"
    "mdm8uk6ICj1XWs/4VEnx95oiLvRdeX17tjNSo0rx2zM3SZpog3KZxPGumvuTBMGVzdXVOC"
    "rTBMzj3uApUyfN05xOmqfpTpqhv1pgu0jKir2iyntFIhWBg12PCzZok2hTwmtrNZCTdBnM"
    "7LQ2uNMB/ZSoYWTEeimENRUtsRpsTr08TGZrTdFlSmw9zKH35AzPzguMvgSb8wKjL+EeS3"
    "R6KQc7ycvzgxkiBa+W+0UXiBS89iRjiRS8NmqdJQWPk3vYhnaonFb3wTusvxkHygmxPSYL"
    "dPaCdY8J614O1r001g5Eu09GMmlG5mIo0cD5fNI7Z0mr6J1n51Xgz7Jy57h6nybEqnHKv1"
    "H9TyMeFZdmknJCNaWrpoYpY8g31V4hpwI6/cFs9G14ATzpB+O2f3+HM8MseeVUJTMs7hCz"
    "O5hxOZF9XRY36eNaAmt2ux6pZopgZc3ic5CXNEsFw6jZZpe+7Jdfp1CXMwzQ7POxzaAr/9"
    "olwXi30CwLfasZXFq6TNSXbqWcvKebRzHq5jPaLzXFkRxfTnKjgntjGxO0ruaEKhMkYS0X"
    "7q4gCVtEFwmSsI1aZyEJyX9T+s4mVoL7G0irnLMwV+fZxNV5+vyW7GiF3cNQeJ8HijSocD"
    "uHvw1HX3+ZXYA3ZNUvXOQcjoYD5Cuux+Kmt5jYrRxyK6mHiLmSNitMU4eykWFXxAQTinhC"
    "krvSRHhlvyzJ5WQyji1cl6NkpuP99eUQwU/QRzdpbsyoWGM+12ycy2hotO0EKtpS1umYxw"
    "WTu4kneeyPUMM1Jwf9q+FgdN0fH5382P2UwDd6fJSGs2VrCmUdZwA6lGwl0p+7PWak0aaq"
    "4e8g60WmNUW6lYjzzO0IZkUmOE28lZjzzPK5DaFkvtKIu/zVJCq3NcrVpJNKA9le6Xxhtl"
    "BARHFKj+KsDAfar5CrsHlURqikdJVAV5ZU+Z3nzHRUpEH55aUdAxPFqqsWIBMVkyNLy64T"
    "yyNxSdtUVwqt1AVPhOzWG6V+68pBImN9iOzvRYcSD/M/6eZFweT1PbsMeHFFo9oSitpy/8"
    "kOMiFPweHMnYyINJB+7p2esmROnp5mZ07izxIeNHqpOBD2b28guidMeaknOXmpJ+m8VPRE"
    "F9I28GzHISKyf7/hMB5yaR5Cypba5zmyv/4/pjLxbQ=="
)
