"""Migration 3_20261122082035_foreign_key_indexes, written by `python -m plaza.makemigrations`.

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
CREATE INDEX IF NOT EXISTS "idx_account_cou_merchan_b141cb" ON "account_courier" ("merchant_id");
        CREATE INDEX IF NOT EXISTS "idx_account_mer_merchan_00e407" ON "account_merchant_staff" ("merchant_id");
        CREATE INDEX IF NOT EXISTS "idx_account_par_partner_21fc50" ON "account_partner_key" ("partner_id");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_leader__a9e3f3" ON "pickup_point" ("leader_id");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_b3bb3d" ON "pickup_point" ("storefront_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_cat_parent__ec63f9" ON "catalog_category" ("parent_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_lis_storefr_6f4641" ON "catalog_listing" ("storefront_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_pro_categor_53b5da" ON "catalog_product" ("category_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_var_product_2bb5e1" ON "catalog_variant" ("product_id");
        CREATE INDEX IF NOT EXISTS "idx_inventory_s_warehou_63e06d" ON "inventory_stock" ("warehouse_id");
        CREATE INDEX IF NOT EXISTS "idx_inventory_s_stock_i_e7e7a0" ON "inventory_stock_movement" ("stock_id");
        CREATE INDEX IF NOT EXISTS "idx_order_alloc_line_id_d3f9a0" ON "order_allocation" ("line_id");
        CREATE INDEX IF NOT EXISTS "idx_order_alloc_stock_i_a8f63a" ON "order_allocation" ("stock_id");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__fdfa22" ON "merchant_order" ("pickup_point_id");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_group_i_9c9da5" ON "merchant_order" ("group_id");
        CREATE INDEX IF NOT EXISTS "idx_order_event_order_i_bd254e" ON "order_event" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_order_line_variant_ba9d9c" ON "order_line" ("variant_id");
        CREATE INDEX IF NOT EXISTS "idx_order_line_order_i_b67cd5" ON "order_line" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_checkout_ca_custome_158344" ON "checkout_cart" ("customer_id");
        CREATE INDEX IF NOT EXISTS "idx_promo_flash_variant_6b3189" ON "promo_flash_sale" ("variant_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_group_i_943f6b" ON "payment" ("group_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_ref_payment_388303" ON "payment_refund" ("payment_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_ref_order_i_37cfe2" ON "payment_refund" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_custome_c3fcc7" ON "risk_blacklist" ("customer_id");
        CREATE INDEX IF NOT EXISTS "idx_risk_decisi_custome_78e517" ON "risk_decision" ("customer_id");
""",
    "postgres": """
CREATE INDEX IF NOT EXISTS "idx_account_cou_merchan_b141cb" ON "account_courier" ("merchant_id");
        CREATE INDEX IF NOT EXISTS "idx_account_mer_merchan_00e407" ON "account_merchant_staff" ("merchant_id");
        CREATE INDEX IF NOT EXISTS "idx_account_par_partner_21fc50" ON "account_partner_key" ("partner_id");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_storefr_b3bb3d" ON "pickup_point" ("storefront_id");
        CREATE INDEX IF NOT EXISTS "idx_pickup_poin_leader__a9e3f3" ON "pickup_point" ("leader_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_cat_parent__ec63f9" ON "catalog_category" ("parent_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_lis_storefr_6f4641" ON "catalog_listing" ("storefront_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_pro_categor_53b5da" ON "catalog_product" ("category_id");
        CREATE INDEX IF NOT EXISTS "idx_catalog_var_product_2bb5e1" ON "catalog_variant" ("product_id");
        CREATE INDEX IF NOT EXISTS "idx_inventory_s_warehou_63e06d" ON "inventory_stock" ("warehouse_id");
        CREATE INDEX IF NOT EXISTS "idx_inventory_s_stock_i_e7e7a0" ON "inventory_stock_movement" ("stock_id");
        CREATE INDEX IF NOT EXISTS "idx_order_alloc_stock_i_a8f63a" ON "order_allocation" ("stock_id");
        CREATE INDEX IF NOT EXISTS "idx_order_alloc_line_id_d3f9a0" ON "order_allocation" ("line_id");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_group_i_9c9da5" ON "merchant_order" ("group_id");
        CREATE INDEX IF NOT EXISTS "idx_merchant_or_pickup__fdfa22" ON "merchant_order" ("pickup_point_id");
        CREATE INDEX IF NOT EXISTS "idx_order_event_order_i_bd254e" ON "order_event" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_order_line_order_i_b67cd5" ON "order_line" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_order_line_variant_ba9d9c" ON "order_line" ("variant_id");
        CREATE INDEX IF NOT EXISTS "idx_checkout_ca_custome_158344" ON "checkout_cart" ("customer_id");
        CREATE INDEX IF NOT EXISTS "idx_promo_flash_variant_6b3189" ON "promo_flash_sale" ("variant_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_group_i_943f6b" ON "payment" ("group_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_ref_order_i_37cfe2" ON "payment_refund" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_payment_ref_payment_388303" ON "payment_refund" ("payment_id");
        CREATE INDEX IF NOT EXISTS "idx_risk_blackl_custome_c3fcc7" ON "risk_blacklist" ("customer_id");
        CREATE INDEX IF NOT EXISTS "idx_risk_decisi_custome_78e517" ON "risk_decision" ("customer_id");
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": """
DROP INDEX IF EXISTS "idx_risk_decisi_custome_78e517";
        DROP INDEX IF EXISTS "idx_risk_blackl_custome_c3fcc7";
        DROP INDEX IF EXISTS "idx_payment_ref_order_i_37cfe2";
        DROP INDEX IF EXISTS "idx_payment_ref_payment_388303";
        DROP INDEX IF EXISTS "idx_payment_group_i_943f6b";
        DROP INDEX IF EXISTS "idx_promo_flash_variant_6b3189";
        DROP INDEX IF EXISTS "idx_checkout_ca_custome_158344";
        DROP INDEX IF EXISTS "idx_order_line_order_i_b67cd5";
        DROP INDEX IF EXISTS "idx_order_line_variant_ba9d9c";
        DROP INDEX IF EXISTS "idx_order_event_order_i_bd254e";
        DROP INDEX IF EXISTS "idx_merchant_or_group_i_9c9da5";
        DROP INDEX IF EXISTS "idx_merchant_or_pickup__fdfa22";
        DROP INDEX IF EXISTS "idx_order_alloc_stock_i_a8f63a";
        DROP INDEX IF EXISTS "idx_order_alloc_line_id_d3f9a0";
        DROP INDEX IF EXISTS "idx_inventory_s_stock_i_e7e7a0";
        DROP INDEX IF EXISTS "idx_inventory_s_warehou_63e06d";
        DROP INDEX IF EXISTS "idx_catalog_var_product_2bb5e1";
        DROP INDEX IF EXISTS "idx_catalog_pro_categor_53b5da";
        DROP INDEX IF EXISTS "idx_catalog_lis_storefr_6f4641";
        DROP INDEX IF EXISTS "idx_catalog_cat_parent__ec63f9";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_b3bb3d";
        DROP INDEX IF EXISTS "idx_pickup_poin_leader__a9e3f3";
        DROP INDEX IF EXISTS "idx_account_par_partner_21fc50";
        DROP INDEX IF EXISTS "idx_account_mer_merchan_00e407";
        DROP INDEX IF EXISTS "idx_account_cou_merchan_b141cb";
""",
    "postgres": """
DROP INDEX IF EXISTS "idx_risk_blackl_custome_c3fcc7";
        DROP INDEX IF EXISTS "idx_inventory_s_stock_i_e7e7a0";
        DROP INDEX IF EXISTS "idx_account_mer_merchan_00e407";
        DROP INDEX IF EXISTS "idx_merchant_or_pickup__fdfa22";
        DROP INDEX IF EXISTS "idx_merchant_or_group_i_9c9da5";
        DROP INDEX IF EXISTS "idx_risk_decisi_custome_78e517";
        DROP INDEX IF EXISTS "idx_pickup_poin_leader__a9e3f3";
        DROP INDEX IF EXISTS "idx_pickup_poin_storefr_b3bb3d";
        DROP INDEX IF EXISTS "idx_account_par_partner_21fc50";
        DROP INDEX IF EXISTS "idx_order_event_order_i_bd254e";
        DROP INDEX IF EXISTS "idx_order_alloc_line_id_d3f9a0";
        DROP INDEX IF EXISTS "idx_order_alloc_stock_i_a8f63a";
        DROP INDEX IF EXISTS "idx_order_line_variant_ba9d9c";
        DROP INDEX IF EXISTS "idx_order_line_order_i_b67cd5";
        DROP INDEX IF EXISTS "idx_promo_flash_variant_6b3189";
        DROP INDEX IF EXISTS "idx_catalog_cat_parent__ec63f9";
        DROP INDEX IF EXISTS "idx_catalog_var_product_2bb5e1";
        DROP INDEX IF EXISTS "idx_catalog_pro_categor_53b5da";
        DROP INDEX IF EXISTS "idx_payment_group_i_943f6b";
        DROP INDEX IF EXISTS "idx_catalog_lis_storefr_6f4641";
        DROP INDEX IF EXISTS "idx_account_cou_merchan_b141cb";
        DROP INDEX IF EXISTS "idx_payment_ref_payment_388303";
        DROP INDEX IF EXISTS "idx_payment_ref_order_i_37cfe2";
        DROP INDEX IF EXISTS "idx_inventory_s_warehou_63e06d";
        DROP INDEX IF EXISTS "idx_checkout_ca_custome_158344";
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
    "eJztXWtz2kjW/itdfNmkiqRiYnv8+t3aKoJJho2NvRhnZnY8pRKiMXoREtHFjms3//3tFr"
    "q0pJZogQBdzpdcRJ8WPKfVOuc5l/5Pa2lMsWa97xmOqWKzdYn+09LlJSb/iH/URi15tQo/"
    "oBdseaK5Y2VFMRzdlhRm8MSyTVmxycczWbMwuTTFlmKqK1s1dCrU1ZHxor+baRjbyJNsI8"
    "P9XNa0V/RimAtVf0Izw0SGjtESm8pc1u33dP6poZAbkI93n8rR1e8OlmzjCdtzF4U//yKX"
    "VX2Kf2CL/vc/rZmKtan775YvK6nTFh2Hf6xMbFnkVpYv6mGoO5pGYXpduSi13MEEFfc/P+"
    "nA1UJyZ44gT+YlH7nXJV/2k/o00O3P7lj66ycEa81Z6uH41as9N/RAQNVtevUJ69iUbUzv"
    "YJsOVQP9Vp7ifM2sEQiHrH86IzPFM9nR7PA3kS8QXmtJ0vB2LN33x5LUSijal2AU5l1SCG"
    "QEDvJVLReAJ/oV3v1Pp/Px4y+dDx/PL85Of/nl7OLDBRnrft/kR7/8XH+ZEK31VC5mgy+D"
    "4Zh+IYOsxPVKpRd+ujKyLUuhVkP0FRNTvCTZTmrhinxiq0vM10NUMqaPqSf63v9HXDu+Lr"
    "LU418I9RM+W4dQEPmB01tde/UWRgb248FN/37cvbmjt1ta1nfNxa877tNPOu7V19jVN+dv"
    "o8oKJkG/Dca/Ivpf9O/bYd+F17DsJ9O9Yzhu/O8W/U6yYxuSbrxI8pRZw/5VHzUyMtS6s5"
    "puqfWoJGi9LFr3MWLU7n175h3HbOW5ttyY4Oa9l6Nnb1mWRs0H3H2Z587CZm70GaGtkG/q"
    "a49aHLMF963nL+ikIj4bJlaf9K/41VXGgHx3WVcwB3zPYrxhpqrWI/DTX2j+1fArmvJLYK"
    "nFn34CAfnh2HZBIN8BDR+ur9f23URWFi+yOZUisNNPjI7BVQRd20kl3Op4bJA/BFXw4E1S"
    "qedAFH3m6Y8g3+ve97pX/RjwUZzpR8vOMn5F1uUn9/fSb0a/R2wp39vybNbieEfRAW0RHy"
    "lYPFYgs9lVQvRH/80ifstygk1rrq6QMUP4B5Ei3g3r0bTRi2rPEXFkkGlo2KL/ekVzQ5vS"
    "f5mY4zwVPDm4U+V4nsCdAsN6H4Y1uFNN1LqIO+W+E5IK/+f97ZCv7EAgrmdVsdF/kaZaW5"
    "nzIhpu/X3m6ApVHpo4qmaruvWe3u8frf2aNzw9U4AiKh5+6456v3ZHb266v8fUOexd336K"
    "645O8CnmWR3Vty3dQwfObd2NkNI5t2V7Borwbvk+Fji3VXRu72TT1vlBP/+jtohDu2IGb/"
    "Jk0/Ha7DWCgwcOXrV23Iqa+uDgNVHrIg6e+3dC3725bPJ17Y+PaZmgVUW9LuUfkob1J3tO"
    "/nvS+ZChWN9/I6Pi/pv3UWf9GcduTTetQkUs8CvH0f7kSX3+OsKa7P6+VCvKe8UTy7eCqk"
    "izpiKL9QVP5oaxkLA+XRmu5E6A/baeru/NVifUkiZ74VYmXWfphqa3CoVtTWnhCYgkmXXv"
    "BoiMf4/onoxU20L3v3bfdc7O0VR9wpaNVAtZNnEEp//rRjYsTAyT9dW58aIjg3gjSLaRa6"
    "6QabnpZ4Xf5FF/1P0p3uiGjWTzydA7b9EEKzLxEujdLHIRIzLi3US1kSnrU2PpzWwhZY6V"
    "BZ6SmRF+xuYrMjFZhZZ9+ajLyNKMFzSXrTlamYaNFTKeXHmHdds0Vq9oJVvWi2FOrTait/"
    "ZmpnfcJsLjKw0CPGD/g/1ffksQ7P8mal3E/icb90z9kccDCCWK8QGOu+FGPYBzEQcgri3G"
    "/j9/G4sXkBesRF/KeQBmZWroZp2fCoB8fpoKMv0oNS6WK1YZl4OQZeEhS2KnEnzXN8qhmZ"
    "gYKKZwxZj42Vhs9baPShbwti9nymgFX+5Jm47x0xJazvKnonKQL1BU2JoJrO0YtWbieRVT"
    "hGjcNLoGd49ZF0eAueFqDvXlh7E3k15+1Byiq8CuALtSdT8b2JUmal2EXcFLWdXy+P6BQO"
    "24lc6ZiN9PRqU6/u5nP2P27TqqkZtjSQjWkGjpnJ0JIX6WgfhZHPEZubGUN2kgInQ4pFv7"
    "ctb3lDfA4qxaErEL1WcOzp8MQ8OynmKrsXIxqCdEcF9Y+xvLYR3yT7e315FXwadBzB4bPt"
    "x86hP0XezJINWOmGnMVqLJ9swwlxKtYOAv7r7uLBPuWXRbiU9ywMWuGzrOueBbQ/LaI7AT"
    "yUe9e3UzGF4iebpU9Ue993A/vr3pj4jo6NugR0YpjmUbS+KQEd/lWfV+fM5H5WNH4En52E"
    "l9UOhHUbXZxgLr0jM2LS/VI6q2VJ8mIXc4kuPDft2bzsnpL6cXH89PA68muJLlzKRwFyKp"
    "SytVWTgrqYiUnDt3qru6peOwK5ZYHWTV7QaTX7NwS+eqNVDSk2k4qx3hcmH6QieqK1aKbO"
    "766PXIFJVl67PRmWnEype+O4Yt7wjSZzrTvazhf9HJ6rqaJhqBhIa7JJo+pvJid3lA++RP"
    "1yeziSSnVnGNmaq1ILdW1HUa3E6AjchcV95UdV1jqj4xfhBfZaEbLxqePuEl3tl68F+LAz"
    "r3wMbLGq21XAEN5sUQ9m/k4+qX6gm8IMKpaoIpux6D3i27wpRoIFMTsLZstNPK6LGTHSxj"
    "a3whUAaBMgiUVT1kAoGyJmpdJFAGZYj7DSdYmvOUB19/fO3CkBci4F6kY3uRhNaWbYfjuI"
    "hFDELpA4YKwghRnmBBtzcefOtforX0o37/cH/XH171ry6R5VgrTO443SYoUHzWvV8n6pi5"
    "gu8xsa0UUjJrPor02QeR1U9GpWLtfsYHe12luA3eoWT9ID/pXAjt5hcZu/nF1kXlnve/Kz"
    "PcZMc/D+8k6vKXzQARK76XTTw3HGtXNvg3f566ArUyjamj7BwJXc9SV5AgCpqLJ1dtvDwC"
    "OV5JxHyzgvxqYqfuHr7y2oRcraerU/xqr11CmEwOXpuQaKJHOgvMJpcIMcGtLlKM5ZKAb7"
    "8iN3vg3cR5Ret5kDtPm54thadosu7r4Q5CGpbJNsJrpr7rdDmba6wld+2tQZ8IZlK3U8nM"
    "NKArO7DlwJZXgjcFtryJWge2/PhsOdEEfTUmIU7vWMCIlKNbAb1tbboVhCZRLgsjIgZV7D"
    "ltDZYiY43HXCpIiIIaimomEEKbVEnufgL3kckqpg7RlgKJxcjvKpDceQoAeNse9xWBNrLV"
    "RmAdEWtnNOiNs7o1HJcXrApdAwn/xyKzmN2Rw2VF9850Kiu6YUNKI5A0QNJU3V0HkqaJWh"
    "chaRTyAshD0vjja5dydyrC0JymEzSnCX4G+K/98l8rQ1OVVz7CAk0QAuky49266V5fX6Kl"
    "rGmP+pfRba8/+uOSxu4UbL66Vx7uPj2sLzmriUOu3XRHX/vju+subYewlM0FtleavF0nhI"
    "5QN5yMZjiJXjiKY5pYT1Nbyp7DyBww/7Q3/GNfzGSs34RIu4n0bhOJVF9s2+TmuYhhVgaY"
    "4UKYYWhSsXd6ga5J/krPA9T1epa6ggQ5bNDJo3CsDkfsVRKedSsPS+YeS75VJw+gQIUo0D"
    "Btm8OARnK60wnQl8iwQvnPPyPl4q4v/RdwosCJAjsGnCho/RBaLz8nemy9AitaaVYUsgJL"
    "wP2knPuVz4CLCUJKWlEpaawNvmO+FNsjqmKqEM2Zii3DvEfcRDIBlcWO/vA9naNGYO/VGe"
    "4RfJ4Mk3sAdvBZO8sVVog7pBlPksKO3mdGUPz8ZgyVYBXeg9vgUDfItQKHuolaF3GoweeD"
    "vmnVRTc0Q3KZCxGxrZy3kgV0SuG7rVEtwHNjDeBq6UHUcYsswIjbRr4BGj5cX4v5bcpc1a"
    "Zkql3DvXXD++cx2ylVBaN9+rd+4g7HvWVyejZ7txozWKBvi6dqZMxm2MRTpOpIRmHVDK83"
    "i4gIN1y8ChcEU5cTjxlDD5W6vQHb4Dk3yIcCz7mJWhfxnL39P7/zEZGD0FHOzReaSpRADV"
    "leYGgW7egG1q+BaTvuBka2gs29JKBhx54adqT72vt0kvwFzutuGa79zU4S88gdLgLInDtg"
    "qgqWlqpeZLvJWGjbu1uBN/DjpuCJVfYt1AZPrEE2OXhiTdQ6xDDzVYULHdDSyTigpZM8oI"
    "X9ZgmYx+RdyIc5JnbA8vDWfq1O7jPT/30ceVwS+anBI3N9O/ziD48nrcLJUO7JUBQ6cuGK"
    "XCFmILlUknOhLEy/j2STNZ/nSYiJwZOQ+0kIfYzkex0r6lLW0sg2Ri7+Vl8LvvcmqGxkj6"
    "eEq35vcNO9fnNy2u64mBPE1bXTy5aGQAOQTXtIwQ1AWK8zgXKWdxgThKSVbVljqPkoG2MM"
    "NR+tHIymUM0Hb8spAN76JQrF0Y1tszukZkEDHD7ikbX5LJuqvHM7pW/rWeoE0j7DDj5cnL"
    "ADg+TmsMMzM/hwhUdhyAxY+0paAm1g7RvE3wJr30Sti7D21sLJQzR4w2tXF3Mu0sf1PL2P"
    "63mij2v5wyF7oyUPEAxZM4ry0nB4HqsAGRmK7sxHlm23AkKycoSkbJObTxyb1w0xoy1NRA"
    "o602THO7boTAORv5JF/iDbu1ykMaQZF5tmLEJpQpcgoTbVmqrv2lvY7VJ9TeapK1K0SXUR"
    "QNFO1XXG6SjdqiuD1D5Z8vVGxT+sb72DpTPkqv6MdZuGkaxgcMHNqhnyPWyKnVl8HAwD7r"
    "yyBlEbuPMGsajAnTdR6yLcOdHUXNY5223qXstIHM4J/bDfDbdzcvrL6cXH89Ngnw2uZG2v"
    "yZwwohhselSDIJ6sCAAaB9SzTnKzJVE5YEu2znKMGHu5VBCXBCUURVkxJvuOlFX9Ep7aMc"
    "oquhFsTnKMHAy0I7qRs4hqim/8Kd+eFFwaz3iJd87hc73qG2+uGgEfDbZpmqG4QOyIVjeY"
    "qE5Q7Z3OCdZXGq3DLkBhekdaslIHbMBA7w1cTlUthTZwOQ3y6oHLaaLWRbichcojcsQSPX"
    "zZMncyaHWv/vlwP75E8vT/HMt+1Ef9+/6I5nx4HAq9ct3v3rtXNCxb5MpV/+qhR2SmmEau"
    "XZnxbe+rK0Pfe2RE96b7hYhM5SV547fEVtGek0Q8ko2a0racn5wL5YBRSqPocmObFARwk+"
    "DKFq+3R3qWZSgBWcMiWcPEIzBMifjbZm5CLiEKtd/bsqImpj2+vRep+FJnhPa12hMuzoEW"
    "+4XIWr9IX+oXyQNPfLc01yJnpYBxLopxDrJPdmRE65a01052CQ1WX5kahDI0H4exipKA6X"
    "TVOitRjo7eeJjCg67aFjJmSNaROwOi6XpoTr44PSPhjWEiW15gHc1MY/kWGeQzF0ZkGi/J"
    "cxZ2ni0nOUZn35UbizUMBb6t2vtkG/i2BjEvwLc1UesifNt3R9Zt1eYUFaZutqxInazTwg"
    "gEWnCWy6kKBA5IH7ApW/v3rIpnF32bJpedwAjVaeUe/qgRcGpL4tRqXrnPjj5tHUus2jG/"
    "lnn4hQ4XAbJgF7KAxqhGg974WGyB3/zQXdktDmEQHdDO4gyCLoNGMPZgiS38oz/aEV+rQL"
    "9ecYhGlwG7vp+bhD8icSKNNVdXq0PekChbfaZnXRZ8yyfTcFYFky4rVVmQSVeGCmdmVvh1"
    "3gbupUFeOHAvTdS6CPeiO8vJ2pwQJQpCidp1futciOQZXKSnGVwkY6+V6xq0wvqUQCat5F"
    "c/hTpPbtldf3g1GH6R7rp/3PSH40sUm+9Rv+sOrshlWZ0+6r3b4efB6IZ2FyKamanmEpOr"
    "d4PeVzIHGUSMDSJLZXpf+66UsqAj7n8d3N3RC56tRvPTrgff+iN6LTCngqt/SJ+7g2vms1"
    "dpJqsadr/Bzd11f7z+BssVdR3o1e6w1792JRSqGk3bru1RR6SXYCe9l2An0UuQfHmLe+xP"
    "eglfKAGJVnEeqToN7Q62Cxbcz85yJrZhr7snxqyKrNaMrBi0ZcQs+Mm2jO4u6G6ytKFlXq"
    "QTwoD3Bry3WdCwmnOv5iUmSKWk4m9Yy6Fo7dJhz0UyBM/TMwTPNwEu5e1XnCZfO+hPOiLY"
    "k1HpQcROOvrEa6M0WhL59LavPFlo/hrxvYto/mripWxyQjFZOcq+RO0egjOhdPyzjHT8s2"
    "Q6fljBS2Mf2zrMyVnKbJ+3vLor6XYo3Y6u+qOgAEsiX9mN8/h1V3RI4FGvS7DoGNZHP7pn"
    "unaUpfylKwnBrZRWtnqKCNqnIo/MafoTkzSSTEz23CllXbdpfM+RPo5Zui+eoGibVJFNU8"
    "1HlDIi9VvQxZep0Fg2Jfuk/JQ0RxQQ34w4pWC3CPcwYgXEekqGeXVDO8mIXsCobxPJjcmC"
    "psusaSZjJaeeo5Kg5TJrOZImlFPPcVnQdJk1HUQit9q5o7Kg6VJr2o8ub6PpmCxoutSajm"
    "a1iic3xgShbmHropEgHzYX/qwUgL81+LEkcnH8Y4Kggq1VEM/dzqUGjjD0vdlWEyZeabLi"
    "9iiVjFluXXDFQRs7FBNGCzJyVRRGRWF7Kqqs0H3vJrWxXV3hF3+yimlCtAaONVI2Vxb6r9"
    "QC0L1hpqoptjEDJKXEkGfrF4Dvg4VLFLIuHNuYcyOAbbjjFoDufWSymmKceEcJoMxaewXg"
    "fOdOd2dU0igRxZljIUeQJt8DDR+ur1sZpmCBO3JQVFxPtLk2cAre6eXfXD3seBZETRUQWb"
    "X4eXecXHz6zzU+XgQOHt6M0ToVaUeURu4kNXrWcrWlYNMoJ8YPSbXxMh3PWx2PDfKH+EY2"
    "oLMOvElrBHCOVh7MXsXp4xHdyTY1/sTPokfTtG7dtpt4xTbq/JuF5iq16V4v0cvcQG9k3W"
    "3Z+TJXlTkyDQ2/RVN1Sv4v223yJ9YRHfEyf012Ad3D/Dl7i6whgUYSVSVw2ggaSTSnpQA0"
    "kmii1jnx7RyH5vB1XYWDckqT7E97cEtZvST4GMfE6pcTXXwRC1ng+XGOCAHKm1F2T1DhI7"
    "y5yCsQLvPW0eo93I9vb2hNl09xP+rdq5vBkB67tVT1R518SPChBV1+gOFR/zK6fbiTrvtd"
    "txpsHdTRyDuDSvduH0YDd0LDoYUltEvJyLuyLjV51O//uB/3by6R9Wp57trxu+TCSTtliH"
    "HDiVJsixOhEtaPGSWsH5MlrNQNSuKbXrvtj4d67YiJW0S9dkAq5NptWClI4ygqjSPoV3vg"
    "sFbZlCEa12JXYZmOPmLSaNIY0CDJZhMDGqT2iDGgyhwrC8OxL13OEdlzHBhVaCW/WsggK4"
    "dPboqLcnjLPyOJHOoUL1eGTTt/SQv82vori9Zk/IF1jT5RpDx1O6UD0VnJLa4NRGeDKC8g"
    "OpuodRGiEzrm7pUago65GzrmlrYzLbRShVaqpSoR3a355FZIJ4QB7w14QyvVfaILbfUq31"
    "YvwR/k9DV48jX0OKrrYSQdS2jMVW/9QtOPZmkaeqIeJk0KOmmXPjIbD6LkeCQ4omU2Q7d8"
    "Kk6EUhNOMlITTpKpCSYmv9SypblszfNAHperId7nIgb7ebrBfp4w2E3VWngbd64dKC5Xjt"
    "2H3q82uw/04Dp6Hhr0Wiljkg40rICGFeXBWLRhhUhZv8v3Hbigvyq483jGHaG6C6nTuoC0"
    "96Q6t7o/LafOL/3flFLnU7sbM+rSATlG5W7sdPln2VRlOFi+wkZGG0GaXHMSpiBNrolaF0"
    "mTW5mGG07Ne5ZkXK6GlFNHiOLrZFB8nSTF57858+Idl6tdrdde0LYWTh6QveE1XMvF06ff"
    "HbIcVZsTGki10liROnFChZ1yT36XvdXZ4FFBSLfC7LKGZLYDn8EICcZ7TjCeabI1lyxZw7"
    "nJ+YQolOpvGyKB6uUjgs8wULngj8qBAqB8vKzl45zVXgC+38KZaops9AkXCPyFr8QC8P1M"
    "J7v35qrWW1QU4IQJsUM3b1nTDMWNVe0Y0OoGE9Voae81ptWTTW6TXPd6OyuS5TdrkBR/6M"
    "GCWWxYHyJPlTQi2hB5alAMAiJPTdS6SOTJNhY4V61FIFC79gzFs/OlKrEop517sGzmAM8l"
    "MXEM3hEaArpgZMuRcF6rchc4yL0xlX7HLC0omV7hdONmawJqPMrIpEMdQrF1CFxC/fCFNC"
    "XbcYqoo+EiCyeS7vNEUhFOvYDTDCkHXLfDDPfNpaeVh7BYCnLqe6oS+bPlE/Z+PDHeGxlo"
    "caDFq/W4V5QgBVq8iVoXocUhr7r4vGr3nZqb8AmF6gQq5OnVXwFZHSQ8C3BHt8xPEqmYCo"
    "S93vDZh+S8IoHNSM478rk5YeIex4eLZPWlO3Er01iSrxDJJzxcbhQU5Vd9326DD9ggbwB8"
    "wCZqXcQHzFscXtui8JOOUJfNTkaXzU6iPnGbAluoraW3EDqYwya2s7XFhhURrOF+Vd39Kf"
    "lawvp0GxUzYqDgUisYWMjiWUjL0DgeVHqKjTf8cFh+qAiQK2xKQV6Cpi5VzkaUnkHGFT4c"
    "yCcVAbn6RxK1+CcFNfaEoqOn+5UsOwcCIo1RQEZABNj7Ytn7crTULtlWU3Amq0gWYNhueM"
    "dcwEh743rAHnN1DFveEaMgPvQvOlmNdoC9Zk3GUMuKuwW4igffpO+BzKYQXOtBV20Lych3"
    "DNCcOF8WUnVkrDD5w3RPdUbrJvXImJGh9BbojT3HiHgU7wJBxXB0G5tv38dtvn3dg5vnGQ"
    "1BBsnukO5ZGoukDaG+BgV9INTXRK3XKt2zKuQgnB12dIrj6O1Jm6uGDKLjaG3uyqYNUWc8"
    "u89dScpKqwquUF3pcTJB/bOxOP4oc2xWhiPKDDpY8ueTaTgrSP2s7MbdBn+wQZ4B+INN1L"
    "qIP7gyjWeV20o78yymQKaGhyeciuSAnqangCZzFE08w/S4iVxJthEhaEEYAznZgtBflRK5"
    "p27Jbvs4rj+4eWFzpthKASULT8VznS+Ecp0vMnKdL+JKkJc0VsB5gWQlO4dCkO2M45sMnH"
    "Vz2LNuiJ9sO5zwrFj+WSh9wLyzFdanFK98cLfu+sOrwfDLJfLkH/Ve9278MOpfXSJFXtmO"
    "iac036x3PRjSa+RppOF9cm3U//wwvKLXyEvKIV9tGo8+Cm1A5yL7T9w2Yraf88TT4X1raa"
    "ttiCN9nP1oX9R30ZuRr/zt4OZIA9xZcK/kV8kxOefIZRg0oUjtarXOhA7wPMs4wPMseYDn"
    "d5Pm0GqGnMtujEoB0iJIh7ttfpYpKgoNkMvDLyRpJUXWNMqTW5KJFaw+4zw1KXxhCELHI6"
    "ABG5+ANos1Z6Ug7llU3NNFtYCAnJsH+8WfrGKaEA3LsUtw+9zjtSm5Y07tyJ2kRljvNZfW"
    "Q4sTswxx3BiylMxw7MEil/69d4xd0u2XmTU4XxHioZXc0NsQD21QZAzioU3Uukg8FAIY++"
    "YMZcvIdQxbKFHD4MW5CLNynk6snPP64TQ2fnH/0Ov1+25gwnIUBeMpjVZ87g6u6aWZrGpl"
    "iVQEkea1BbxtnDoiDSFqoRD1AueKnnrDa5eAsZdWZ+wp8+LeCisFjR62rYJg/Npc6EflgA"
    "csigdk0rJ3ZAKZLPCKKUKUBoyuwc11D+6OUQCyN9hU5rJu3/rzVWujEYWX3WBzH/S0Txbx"
    "k0amoSfJ9nXbfG1x2MTYiHYWq2iq1kKa+AJCrGKrG9bHv5m8Isci/1Cnb2l5vKwjvCQ2o5"
    "vkYuEpIp/T2vjgDsh0NJwsvC9mypysJlvfAhRkJd8lbaAgG0RGAQXZRK2LUJDuGyKPixoI"
    "7IkBOJ6T2jkT6kp4ltGW8CxRKFANCvJAuV0dodyuTkZuV4eT2wWHnpfLF4Xjh/2VVt0y8R"
    "HxbmgcyVr/9GTeBft5e6OfNGWHHiz5AtyUym8zbXBTGmSwgpvSRK2LuClHb+9dOl0fJexj"
    "OLZi5Du+iRGpYUpF8Y3s1+4fJ6fin/e3wyyPkZdIMVUVG/0X+Qz1XlzHv88c3S1eRxNH1W"
    "xVt97T+/1jXy5lBuAUosiG5gP95qb7e1wHvevbT/Gdik7wqUz+ZelWfzMdzLKpoQYe5q1j"
    "T4wf/eeUZmTsx+0s/9JwB0r4+eBdyVbOhGx088CiBC+zqntNG7zMBvkb4GU2UesiXqZtrF"
    "Qlj3MTCNTQtSk+W1x+Irp6InjkgTgiVEOYi28AFyCW22OJS4LLsjVTsvSS/XLrICYIUclt"
    "NQBx4WNrILW5TTqVld7Z5khUFr1tbaisuMeax66Ny0IjnPIYskn/RbZtvFzZHBo5/eXPiE"
    "DTm/hepsmWLWHTNDis4xj/SME0KlWHmrmsh6T/+zh7ywqekevb4Rd/eHwf41C/x2Eo/XqN"
    "gT4xfgzIw9Hi8JTJQe0stjK07uh4SfUFBEoH3AP0fPn1SXpoqlor2VbIroxsA9Ej+PwBbe"
    "Totqohy5ZnM0TwIDuFhqdPmIziVREUPHtOKjVm9DITArlafYsQyNXm0GxArjZR60KVBs/b"
    "FAyzUkBHbe2Kr2F0kUvAn1HrEZGqIflaPMcNnEfJOA+OLZnnjcMRB+ajPG8ZDvPBKmzymj"
    "8GwpUHEriSgZDSvX2Ok7V7nEY5TXV4MzIX/TWd1MTW3UQq+BSIZi/GdoDNnVpie3cBKNe7"
    "AJH/riugacvG5jm3Oh4b5I+ci120dU65tp6dO+fwU3V3Ird/w5O5YSyusKY+Y343nPiQdh"
    "ax/bIeTL90OLrQVNw/W5YzodKT9RIImIG/spjlsMekjn/Ykhfkopb8LnRyrB831qcrQw02"
    "qmKbfcd2QVs2CSZAiVfZQmgDJd4gchQo8SZqXSjfONjLk4zs5vbJoXSZmdnWXXc0HvZHl2"
    "glmzb5Ro/6TZ+yesPxJWL9oeP3SY7aF6IkeVSqzKooTYYyhIIgFFQC+PccCloSq5w4Xznb"
    "rUelatcJvPjNZGJMOUxPek6eP74Wa/gQ6Xhw4MP6wIer/vXgW3+0Pp3aZTnKeuADZP8WnP"
    "1rGvTkiy1gTQoCuAlwsfc4qTgXtDExADYObJzxTGCbzSxwxCH1oTxsQpJE0rBsYcnNzM6r"
    "65go6LnUeqZVJds/1xxx0Hfp9b22nYkapxy/PfUlyROtUS4TlHdV3J90EXTMXB3oWZk6YB"
    "71Bs+EeqSfZfRIP0v2SA/81S1eF3FZeFeU+V0RS0XIwa5HBWv0kmhSwmtjNZCRdOmv7KQ2"
    "cqcDeilRfWbGailENBUtthtsTr08TmZrRdEVSmw9TtF7fIWn5wWyD8HmvED2ITxgi851ys"
    "Fe8vK8YAak4FXyfdFGkILXnGQsSMFrotZFUvBycg+70A6l0+oheIfwm+VAOSYG5+CJnINn"
    "YfL2SUkmTclcDCRquJ5POhciaRWdi/S8CvpZWu5crgM6YmLlqPKv1SEdjEeVSzNxOVBN4a"
    "qpYMoY8U3VZ5xTAa1ubzz41r9Ea+lH/a77cE8zw1YyPX29tc0eVnhmWNQhFncwo3KQfV0U"
    "N+nhWgBrdhfOVDFFiLJm0TWYlzRLBMO42WafPNnPX0dYk1MM0PT62HrQlT/3STB2CfLKvM"
    "XhFb1P2ll0ohyO2SeJmIuYawort2OyRTrfRp4eK6eHyIjU0HfpnJ2J+IdnZxkn0Z8lksLJ"
    "Q5UDYW94DdE9EfK+TzK87xPOKfSGbmNe+Cvd92BEDu92HCedojAHI2FSHTJa9vP/AbJvwh"
    "4="
)
