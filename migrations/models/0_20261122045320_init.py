"""Migration 0_20261122045320_init, written by `python -m plaza.makemigrations`.

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
EXTRA_SQL_KEYS: tuple[str, ...] = ('catalog_product_search_trgm',)

UPGRADE: dict[str, str] = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "account_partner" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(120) NOT NULL
);
CREATE TABLE IF NOT EXISTS "account_partner_key" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "merchant_ids" JSON NOT NULL,
    "event_types" JSON NOT NULL,
    "revoked_at" TIMESTAMP,
    "partner_id" BIGINT NOT NULL REFERENCES "account_partner" ("id") ON DELETE CASCADE
) /* An API key. Only its SHA-256 digest is stored; the secret is shown once at creation. */;
CREATE TABLE IF NOT EXISTS "account_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "full_name" VARCHAR(120) NOT NULL,
    "is_active" INT NOT NULL,
    "platform_role" VARCHAR(32) NOT NULL /* NONE: none
ADMIN: admin
CUSTOMER_SERVICE: customer_service */,
    "token_version" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "merchant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(80) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
SUSPENDED: suspended */,
    "webhook_url" VARCHAR(500),
    "webhook_secret" VARCHAR(128)
);
CREATE TABLE IF NOT EXISTS "account_courier" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE SET NULL,
    "user_id" BIGINT NOT NULL UNIQUE REFERENCES "account_user" ("id") ON DELETE CASCADE
) /* An own-fleet courier, optionally working for one merchant. */;
CREATE TABLE IF NOT EXISTS "account_merchant_staff" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "roles" JSON NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL UNIQUE REFERENCES "account_user" ("id") ON DELETE CASCADE
) /* A user's membership of exactly one merchant, with the roles they hold there. */;
CREATE TABLE IF NOT EXISTS "storefront" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "policy" VARCHAR(24) NOT NULL /* MALL: mall
GROCERY: grocery
GROUPBUY: groupbuy
MARKETPLACE: marketplace */,
    "currency" VARCHAR(3) NOT NULL,
    "settings" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "pickup_point" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "address" JSON NOT NULL,
    "leader_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
) /* A community group-buy pickup point, owned by its group leader. */;
CREATE TABLE IF NOT EXISTS "warehouse" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "address" JSON NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_warehouse_merchan_d09835" UNIQUE ("merchant_id", "code")
);
CREATE TABLE IF NOT EXISTS "catalog_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(120) NOT NULL UNIQUE,
    "parent_id" BIGINT REFERENCES "catalog_category" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "catalog_product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
ARCHIVED: archived */,
    "search_text" TEXT NOT NULL,
    "price_min" VARCHAR(40),
    "currency" VARCHAR(3) NOT NULL,
    "category_id" BIGINT REFERENCES "catalog_category" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_status_62fcf3" ON "catalog_product" ("status", "price_min");
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_merchan_66c4b4" ON "catalog_product" ("merchant_id", "status");
CREATE TABLE IF NOT EXISTS "catalog_listing" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_catalog_lis_product_255b27" UNIQUE ("product_id", "storefront_id")
) /* A product offered in a storefront. */;
CREATE TABLE IF NOT EXISTS "catalog_variant" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "sku" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "price_amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "attributes" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
ARCHIVED: archived */,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "inventory_stock" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_inventory_s_variant_7b9714" UNIQUE ("variant_id", "warehouse_id")
);
CREATE TABLE IF NOT EXISTS "inventory_stock_movement" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ADJUST: adjust
RESERVE: reserve
RELEASE: release
DEDUCT: deduct
RESTOCK: restock
DAMAGE: damage */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "actor_user_id" BIGINT,
    "reference" VARCHAR(80) NOT NULL,
    "stock_id" BIGINT NOT NULL REFERENCES "inventory_stock" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_inventory_s_referen_0cf68a" ON "inventory_stock_movement" ("reference");
CREATE TABLE IF NOT EXISTS "order_group" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(24) NOT NULL UNIQUE,
    "status" VARCHAR(24) NOT NULL /* PENDING_PAYMENT: pending_payment
PAID: paid
CANCELLED: cancelled */,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" VARCHAR(40) NOT NULL,
    "shipping_total" VARCHAR(40) NOT NULL,
    "total" VARCHAR(40) NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL /* RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment */,
    "payment_deadline" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "cancel_reason" VARCHAR(40),
    "shipping_address" JSON NOT NULL,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "risk_reasons" JSON NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_group_custome_6364cc" UNIQUE ("customer_id", "idempotency_key")
) /* One checkout: what the customer pays once. */;
CREATE INDEX IF NOT EXISTS "idx_order_group_status_ab7516" ON "order_group" ("status", "payment_deadline");
CREATE TABLE IF NOT EXISTS "merchant_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "number" VARCHAR(28) NOT NULL UNIQUE,
    "status" VARCHAR(24) NOT NULL /* PENDING_PAYMENT: pending_payment
PAID: paid
CONFIRMED: confirmed
PICKING: picking
PACKED: packed
SHIPPED: shipped
DELIVERED: delivered
DELIVERY_FAILED: delivery_failed
COMPLETED: completed
CANCELLED: cancelled */,
    "version" INT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" VARCHAR(40) NOT NULL,
    "shipping_price" VARCHAR(40) NOT NULL,
    "total" VARCHAR(40) NOT NULL,
    "shipping_method" VARCHAR(60) NOT NULL,
    "shipping_method_name" VARCHAR(120) NOT NULL,
    "shipping_address" JSON NOT NULL,
    "remark" VARCHAR(500) NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL /* RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment */,
    "cancel_reason" VARCHAR(40),
    "refunded_amount" VARCHAR(40) NOT NULL,
    "paid_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "delivered_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "group_id" BIGINT NOT NULL REFERENCES "order_group" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "pickup_point_id" BIGINT REFERENCES "pickup_point" ("id") ON DELETE SET NULL,
    "replacement_of_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_merchant_or_merchan_fe300d" ON "merchant_order" ("merchant_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_merchant_or_custome_99b4a3" ON "merchant_order" ("customer_id", "created_at");
CREATE TABLE IF NOT EXISTS "order_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "actor" VARCHAR(16) NOT NULL /* CUSTOMER: customer
ADMIN: admin
MERCHANT: merchant
GROUP_LEADER: group_leader
COURIER: courier
CARRIER: carrier
SYSTEM: system */,
    "actor_user_id" BIGINT,
    "reason" VARCHAR(300) NOT NULL,
    "data" JSON NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE
) /* One step of an order's history: who (and in which role) did what, when and why. */;
CREATE TABLE IF NOT EXISTS "checkout_cart" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "shipping_address" JSON,
    "shipping_methods" JSON NOT NULL,
    "completed_at" TIMESTAMP,
    "customer_id" BIGINT REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "pickup_point_id" BIGINT REFERENCES "pickup_point" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "checkout_cart_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "cart_id" BIGINT NOT NULL REFERENCES "checkout_cart" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_checkout_ca_cart_id_dc6c72" UNIQUE ("cart_id", "variant_id")
);
CREATE TABLE IF NOT EXISTS "promo_flash_sale" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "price" VARCHAR(40) NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_customer_limit" INT NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL /* RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment */,
    "storefront_id" BIGINT REFERENCES "storefront" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "variant_name" VARCHAR(200) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" VARCHAR(40) NOT NULL,
    "total" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "flash_sale_id" BIGINT REFERENCES "promo_flash_sale" ("id") ON DELETE SET NULL,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "order_allocation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "stock_id" BIGINT NOT NULL REFERENCES "inventory_stock" ("id") ON DELETE RESTRICT
) /* Units of an order line held in (or taken from) one stock row. */;
CREATE TABLE IF NOT EXISTS "promo_flash_sale_quota" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "quantity" INT NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "flash_sale_id" BIGINT NOT NULL REFERENCES "promo_flash_sale" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_promo_flash_flash_s_de3940" UNIQUE ("flash_sale_id", "customer_id")
) /* Units one customer holds in open or paid orders of a sale: the per-customer limit's counter. */;
CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "reference" VARCHAR(64) NOT NULL UNIQUE,
    "provider_transaction_id" VARCHAR(128),
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
CAPTURED: captured
DECLINED: declined
REFUNDED: refunded */,
    "captured_amount" VARCHAR(40) NOT NULL,
    "refunded_amount" VARCHAR(40) NOT NULL,
    "pay_url" VARCHAR(500) NOT NULL,
    "qr_payload" VARCHAR(500) NOT NULL,
    "captured_at" TIMESTAMP,
    "callbacks_received" INT NOT NULL,
    "group_id" BIGINT NOT NULL REFERENCES "order_group" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "payment_refund" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "reason" VARCHAR(60) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
SUCCEEDED: succeeded
FAILED: failed */,
    "provider_refund_id" VARCHAR(128),
    "key" VARCHAR(120) NOT NULL UNIQUE,
    "order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL,
    "payment_id" BIGINT NOT NULL REFERENCES "payment" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "risk_blacklist" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "email" VARCHAR(254),
    "reason" VARCHAR(200) NOT NULL,
    "customer_id" BIGINT REFERENCES "account_user" ("id") ON DELETE CASCADE
) /* A customer (by user id) or an email refused by the blacklist rule. */;
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_email_aaaf39" ON "risk_blacklist" ("email");
CREATE TABLE IF NOT EXISTS "risk_decision" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "storefront_id" BIGINT NOT NULL,
    "outcome" VARCHAR(24) NOT NULL,
    "reasons" JSON NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "outbox_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "topic" VARCHAR(60) NOT NULL,
    "aggregate" VARCHAR(40) NOT NULL,
    "aggregate_id" BIGINT NOT NULL,
    "merchant_id" BIGINT,
    "customer_id" BIGINT,
    "payload" JSON NOT NULL,
    "published_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "last_error" TEXT
);
CREATE INDEX IF NOT EXISTS "idx_outbox_even_publish_210a55" ON "outbox_event" ("published_at", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "account_partner" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(120) NOT NULL
);
CREATE TABLE IF NOT EXISTS "account_partner_key" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "merchant_ids" JSONB NOT NULL,
    "event_types" JSONB NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "partner_id" BIGINT NOT NULL REFERENCES "account_partner" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "account_partner_key" IS 'An API key. Only its SHA-256 digest is stored; the secret is shown once at creation.';
CREATE TABLE IF NOT EXISTS "account_user" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "full_name" VARCHAR(120) NOT NULL,
    "is_active" BOOL NOT NULL,
    "platform_role" VARCHAR(32) NOT NULL,
    "token_version" INT NOT NULL
);
COMMENT ON COLUMN "account_user"."platform_role" IS 'NONE: none
ADMIN: admin
CUSTOMER_SERVICE: customer_service';
CREATE TABLE IF NOT EXISTS "merchant" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(80) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "webhook_url" VARCHAR(500),
    "webhook_secret" VARCHAR(128)
);
COMMENT ON COLUMN "merchant"."status" IS 'ACTIVE: active
SUSPENDED: suspended';
CREATE TABLE IF NOT EXISTS "account_courier" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "merchant_id" BIGINT REFERENCES "merchant" ("id") ON DELETE SET NULL,
    "user_id" BIGINT NOT NULL UNIQUE REFERENCES "account_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "account_courier" IS 'An own-fleet courier, optionally working for one merchant.';
CREATE TABLE IF NOT EXISTS "account_merchant_staff" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "roles" JSONB NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    "user_id" BIGINT NOT NULL UNIQUE REFERENCES "account_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "account_merchant_staff" IS 'A user''s membership of exactly one merchant, with the roles they hold there.';
CREATE TABLE IF NOT EXISTS "storefront" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(120) NOT NULL,
    "policy" VARCHAR(24) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "settings" JSONB NOT NULL
);
COMMENT ON COLUMN "storefront"."policy" IS 'MALL: mall
GROCERY: grocery
GROUPBUY: groupbuy
MARKETPLACE: marketplace';
CREATE TABLE IF NOT EXISTS "pickup_point" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "address" JSONB NOT NULL,
    "leader_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "pickup_point" IS 'A community group-buy pickup point, owned by its group leader.';
CREATE TABLE IF NOT EXISTS "warehouse" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "address" JSONB NOT NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_warehouse_merchan_d09835" UNIQUE ("merchant_id", "code")
);
CREATE TABLE IF NOT EXISTS "catalog_category" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "slug" VARCHAR(120) NOT NULL UNIQUE,
    "parent_id" BIGINT REFERENCES "catalog_category" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "catalog_product" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "search_text" TEXT NOT NULL,
    "price_min" DECIMAL(14,2),
    "currency" VARCHAR(3) NOT NULL,
    "category_id" BIGINT REFERENCES "catalog_category" ("id") ON DELETE SET NULL,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_status_62fcf3" ON "catalog_product" ("status", "price_min");
CREATE INDEX IF NOT EXISTS "idx_catalog_pro_merchan_66c4b4" ON "catalog_product" ("merchant_id", "status");
COMMENT ON COLUMN "catalog_product"."status" IS 'ACTIVE: active
ARCHIVED: archived';
CREATE TABLE IF NOT EXISTS "catalog_listing" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_catalog_lis_product_255b27" UNIQUE ("product_id", "storefront_id")
);
COMMENT ON TABLE "catalog_listing" IS 'A product offered in a storefront.';
CREATE TABLE IF NOT EXISTS "catalog_variant" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "sku" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "price_amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "attributes" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "product_id" BIGINT NOT NULL REFERENCES "catalog_product" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "catalog_variant"."status" IS 'ACTIVE: active
ARCHIVED: archived';
CREATE TABLE IF NOT EXISTS "inventory_stock" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE,
    "warehouse_id" BIGINT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_inventory_s_variant_7b9714" UNIQUE ("variant_id", "warehouse_id")
);
CREATE TABLE IF NOT EXISTS "inventory_stock_movement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "actor_user_id" BIGINT,
    "reference" VARCHAR(80) NOT NULL,
    "stock_id" BIGINT NOT NULL REFERENCES "inventory_stock" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_inventory_s_referen_0cf68a" ON "inventory_stock_movement" ("reference");
COMMENT ON COLUMN "inventory_stock_movement"."kind" IS 'ADJUST: adjust
RESERVE: reserve
RELEASE: release
DEDUCT: deduct
RESTOCK: restock
DAMAGE: damage';
CREATE TABLE IF NOT EXISTS "order_group" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(24) NOT NULL UNIQUE,
    "status" VARCHAR(24) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" DECIMAL(14,2) NOT NULL,
    "shipping_total" DECIMAL(14,2) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL,
    "payment_deadline" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "cancel_reason" VARCHAR(40),
    "shipping_address" JSONB NOT NULL,
    "idempotency_key" VARCHAR(100) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "risk_reasons" JSONB NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_group_custome_6364cc" UNIQUE ("customer_id", "idempotency_key")
);
CREATE INDEX IF NOT EXISTS "idx_order_group_status_ab7516" ON "order_group" ("status", "payment_deadline");
COMMENT ON COLUMN "order_group"."status" IS 'PENDING_PAYMENT: pending_payment
PAID: paid
CANCELLED: cancelled';
COMMENT ON COLUMN "order_group"."inventory_mode" IS 'RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment';
COMMENT ON TABLE "order_group" IS 'One checkout: what the customer pays once.';
CREATE TABLE IF NOT EXISTS "merchant_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "number" VARCHAR(28) NOT NULL UNIQUE,
    "status" VARCHAR(24) NOT NULL,
    "version" INT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" DECIMAL(14,2) NOT NULL,
    "shipping_price" DECIMAL(14,2) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "shipping_method" VARCHAR(60) NOT NULL,
    "shipping_method_name" VARCHAR(120) NOT NULL,
    "shipping_address" JSONB NOT NULL,
    "remark" VARCHAR(500) NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL,
    "cancel_reason" VARCHAR(40),
    "refunded_amount" DECIMAL(14,2) NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "confirmed_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE RESTRICT,
    "group_id" BIGINT NOT NULL REFERENCES "order_group" ("id") ON DELETE CASCADE,
    "merchant_id" BIGINT NOT NULL REFERENCES "merchant" ("id") ON DELETE RESTRICT,
    "pickup_point_id" BIGINT REFERENCES "pickup_point" ("id") ON DELETE SET NULL,
    "replacement_of_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_merchant_or_merchan_fe300d" ON "merchant_order" ("merchant_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_merchant_or_custome_99b4a3" ON "merchant_order" ("customer_id", "created_at");
COMMENT ON COLUMN "merchant_order"."status" IS 'PENDING_PAYMENT: pending_payment
PAID: paid
CONFIRMED: confirmed
PICKING: picking
PACKED: packed
SHIPPED: shipped
DELIVERED: delivered
DELIVERY_FAILED: delivery_failed
COMPLETED: completed
CANCELLED: cancelled';
COMMENT ON COLUMN "merchant_order"."inventory_mode" IS 'RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment';
CREATE TABLE IF NOT EXISTS "order_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "from_status" VARCHAR(24),
    "to_status" VARCHAR(24),
    "actor" VARCHAR(16) NOT NULL,
    "actor_user_id" BIGINT,
    "reason" VARCHAR(300) NOT NULL,
    "data" JSONB NOT NULL,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "order_event"."actor" IS 'CUSTOMER: customer
ADMIN: admin
MERCHANT: merchant
GROUP_LEADER: group_leader
COURIER: courier
CARRIER: carrier
SYSTEM: system';
COMMENT ON TABLE "order_event" IS 'One step of an order''s history: who (and in which role) did what, when and why.';
CREATE TABLE IF NOT EXISTS "checkout_cart" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "shipping_address" JSONB,
    "shipping_methods" JSONB NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "customer_id" BIGINT REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "pickup_point_id" BIGINT REFERENCES "pickup_point" ("id") ON DELETE SET NULL,
    "storefront_id" BIGINT NOT NULL REFERENCES "storefront" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "checkout_cart_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "cart_id" BIGINT NOT NULL REFERENCES "checkout_cart" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_checkout_ca_cart_id_dc6c72" UNIQUE ("cart_id", "variant_id")
);
CREATE TABLE IF NOT EXISTS "promo_flash_sale" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "price" DECIMAL(14,2) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_customer_limit" INT NOT NULL,
    "inventory_mode" VARCHAR(24) NOT NULL,
    "storefront_id" BIGINT REFERENCES "storefront" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "promo_flash_sale"."inventory_mode" IS 'RESERVE_ON_ORDER: reserve_on_order
DEDUCT_ON_PAYMENT: deduct_on_payment';
CREATE TABLE IF NOT EXISTS "order_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "variant_name" VARCHAR(200) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "unit_price" DECIMAL(14,2) NOT NULL,
    "total" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "flash_sale_id" BIGINT REFERENCES "promo_flash_sale" ("id") ON DELETE SET NULL,
    "order_id" BIGINT NOT NULL REFERENCES "merchant_order" ("id") ON DELETE CASCADE,
    "variant_id" BIGINT NOT NULL REFERENCES "catalog_variant" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "order_allocation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "line_id" BIGINT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "stock_id" BIGINT NOT NULL REFERENCES "inventory_stock" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "order_allocation" IS 'Units of an order line held in (or taken from) one stock row.';
CREATE TABLE IF NOT EXISTS "promo_flash_sale_quota" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quantity" INT NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE,
    "flash_sale_id" BIGINT NOT NULL REFERENCES "promo_flash_sale" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_promo_flash_flash_s_de3940" UNIQUE ("flash_sale_id", "customer_id")
);
COMMENT ON TABLE "promo_flash_sale_quota" IS 'Units one customer holds in open or paid orders of a sale: the per-customer limit''s counter.';
CREATE TABLE IF NOT EXISTS "payment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "provider" VARCHAR(40) NOT NULL,
    "reference" VARCHAR(64) NOT NULL UNIQUE,
    "provider_transaction_id" VARCHAR(128),
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "captured_amount" DECIMAL(14,2) NOT NULL,
    "refunded_amount" DECIMAL(14,2) NOT NULL,
    "pay_url" VARCHAR(500) NOT NULL,
    "qr_payload" VARCHAR(500) NOT NULL,
    "captured_at" TIMESTAMPTZ,
    "callbacks_received" INT NOT NULL,
    "group_id" BIGINT NOT NULL REFERENCES "order_group" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "payment"."status" IS 'PENDING: pending
CAPTURED: captured
DECLINED: declined
REFUNDED: refunded';
CREATE TABLE IF NOT EXISTS "payment_refund" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "reason" VARCHAR(60) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "provider_refund_id" VARCHAR(128),
    "key" VARCHAR(120) NOT NULL UNIQUE,
    "order_id" BIGINT REFERENCES "merchant_order" ("id") ON DELETE SET NULL,
    "payment_id" BIGINT NOT NULL REFERENCES "payment" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "payment_refund"."status" IS 'PENDING: pending
SUCCEEDED: succeeded
FAILED: failed';
CREATE TABLE IF NOT EXISTS "risk_blacklist" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "email" VARCHAR(254),
    "reason" VARCHAR(200) NOT NULL,
    "customer_id" BIGINT REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_risk_blackl_email_aaaf39" ON "risk_blacklist" ("email");
COMMENT ON TABLE "risk_blacklist" IS 'A customer (by user id) or an email refused by the blacklist rule.';
CREATE TABLE IF NOT EXISTS "risk_decision" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "storefront_id" BIGINT NOT NULL,
    "outcome" VARCHAR(24) NOT NULL,
    "reasons" JSONB NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "account_user" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "outbox_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "topic" VARCHAR(60) NOT NULL,
    "aggregate" VARCHAR(40) NOT NULL,
    "aggregate_id" BIGINT NOT NULL,
    "merchant_id" BIGINT,
    "customer_id" BIGINT,
    "payload" JSONB NOT NULL,
    "published_at" TIMESTAMPTZ,
    "attempts" INT NOT NULL,
    "last_error" TEXT
);
CREATE INDEX IF NOT EXISTS "idx_outbox_even_publish_210a55" ON "outbox_event" ("published_at", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
-- extra: catalog_product_search_trgm
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS "idx_catalog_product_search_trgm" ON "catalog_product" USING GIN ("search_text" gin_trgm_ops);
""",
}

DOWNGRADE: dict[str, str] = {
    "sqlite": "",
    "postgres": "",
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
    "eJztXW1z2ki2/itdfJmkiqRiYju+vltbhTHJMMHgxTg7s+MplSwao4uQFL3Ycc3mv99uoX"
    "e1REsIkMT5sjsRfVryc1qtc57z0n+3VtoMK+b7nmYbMjZal+jvliquMPmP+E9t1BJ1PfiB"
    "XrDER8UZK0qSZquWIIUGP5qWIUoW+XkuKiYml2bYlAxZt2RNpUJdFWkv6ru5grGFXMk20p"
    "zfRUV5RS+asZTVJzTXDKSpGK2wIS1E1XpP559pErkB+Xn7qWxV/m5jwdKesLVwUPjzL3JZ"
    "Vmf4Bza9f+pLYS5jZRYBSZ7RCZzrgvWqO9eu5KeBan12xtIHfSSwKPZKDcbrr9ZCU30BWb"
    "Xo1SesYkO0ML2DZdgUMdVWFBdjD8T1wwZD1k8ZkpnhuWgrFHcqvX6A4FpLEEbjqXDXnwpC"
    "K6ETTyKErXtJ0lSqT/KopgPAE32Ed//T6Xz8+Knz4eP5xdnpp09nFx8uyFjneZM/ffq5fp"
    "gArfVUDmaDL4PRlD6QRhbNelHRCz8dGdES11KOMgL0JQNTvATRSmrhmvxiySvM1kNUMqaP"
    "mSv63vuPuHY8XWSpx7sQ6Cd4DfahIPIHzsaq8uoujAzsp4Ob/t20e3NLb7cyze+Kg1932q"
    "e/dJyrr7Grb87fRpXlT4L+PZj+iug/0X/Go74Dr2ZaT4Zzx2Dc9D8t+kyibWmCqr0I4iy0"
    "hr2rHmpkZKB1W58V1HpUErReFa17GIXU7j596HPk7thC3i03Jrh572Xo2V2WlVHzHnff0H"
    "tnYiM3+iGhQsgf62ePWhzzJfOr5y3opCI+awaWn9Sv+NVRxoA8u6hKmAG+a9zdhKaq1yvw"
    "01to3tXgEQ3xxbfU4m8/gYD84dhyQCDPgEb3w2HLQftRlJYvojETIrDTX7SOxlQEXdtJJY"
    "xVPNXI/3Cq4N6dpFbvAS/6obc/gnyve9frXvdjwEdxpj+tOqv4FVEVn5y/lz4ZfY7YUr6z"
    "xPm8xXBkogO43Bl/8Zi+zGavBtE/+heTuBirR2yYC1lH2hzhH0SKOCJh56ONXmRrgYjPgQ"
    "xNwSb9r1e00JQZ/S8DM/yckicHz6fCnwDwfI7JBgbP5xi1zuP5ONt3UuG/3Y1HbGX7AnE9"
    "y5KF/osU2SxkefNouPWPua1KVHno0ZYVS1bN9/R+/2zt1hJh6ZkCFFHx6Ft30vu1O3lz0/"
    "09ps5Rbzi+iuuOTnAVc4IO6oZW7qUDP7TpRkjl/NCqvQNlOKJsdwj80Dr6obeiYansUJr3"
    "U5vH99RDgzc5nel4gYNX4b21DQ7eEZn64OAdo9Z5HDzn/xP67i1Eg61rb3xMywStOup1Jf"
    "4QFKw+WQvyz5POhwzFev4bGRX339yfOuvfGHZrumkVKGKJXxmO9pUr9fnrBCui8/elWlHu"
    "J55YvjVURZo19TNpfJZuL1HE0k0mF09uq0lYugI8SUjd2wEi498jursg2TLR3a/dd52zcz"
    "STn7BpIdlEpkVcmtn/OnS6ickndn11ob2oSCN2NRIt5Hx4ybTM9KTSb/KgPqjeFG9UzUKi"
    "8aSpnbfoEUsisXfp3UxyESMy4t2jbCFDVGfayp3ZRNICS0s8IzMj/IyNV2RgsgpN6/JBFZ"
    "GpaC9oIZoLpBuahSUynlx5h1XL0PRXpIum+aIZM7ON6K3dmekdIawAVifYH9WxP8DqPEat"
    "81iduoHn8o88dmcgUY7ledgNN2p3nvOYnXFthazO87cxlpp8DAX6Ac0DcFimgcb9+SkHyO"
    "enqSDTn1KjMbkiZHE5CJSVHigjNiXBd32jHJqJiYFiSleMgZ+1ZaGvfVSyhK99NXMKa/hx"
    "T9p0niOc15+KykGUuqxgaSics2WsNBRFqpkieKN10TW4faS0PLLKCZIyaCoveLqZoPJitR"
    "DTA3YF2JW6+9nArhyj1nnYFbwSZSWP7+8LNI5b6Zzx+P1kVKrj7/z2M2bfriMQuTmWhGAD"
    "iZbO2RkX4mcZiJ/FEZ+TGwt5Q9URof0h3dqVs76jaHUYZ9kUiF0oPzNwvtI0BYtqiq0Wlo"
    "tB/UgEd4W1t7Hs1yG/Go+HkU/B1SBmj43ub676BH0HezJItiJmWmgrUURrrhkrgebNsxd3"
    "X7VXCfcsuq3EJ9njYlc1Fedc8K0R+ewR2Inkg9q9vhmMLpE4W8nqg9q7v5uOb/oTIjr5Nu"
    "iRUZJtWtqKOGTEd3mW3T8+56vyscPxpnzspL4o9Keo2ixtiVXhGRumm5ERVVuqT5OQ2x/J"
    "8WG37k3n5PTT6cXH81Pfq/GvZDkzKdwFT8KMLktLWxd0zXmS5H6VJ3PGmepWqyfHlJo6E1"
    "6xxOogq247mLxM+TGdq9FACU+GZutbwuXA9IVO1FSsJNHY9tXrkSlqy9ZnozNXiJUvfLc1"
    "S9wSpM90pjtRwf+ikzV1NT0qBBIa7hJoqpfMit3lAe3Km65PZuNJiazjGjNkc0luLcnUoN"
    "gSsAmZ69qdqklrLBcpH9rcgn5ybEy9IieOTS6YqoFr0G9QsS1MiS4ZDQGrYDeRVkYjkeyA"
    "T7g6EoI9EOyBYE/daX8I9hyj1qGA6/CUuKnYT3nw9cY3LpR2wQPuRTq2F0loLdGyGU4LH+"
    "sdSO+R7g6iHHkI725vOvjWv0Rr6Qf17v7utj+67l9fItM2dUzuOCtCbJefOf6CHxeathRs"
    "I1cAOSZWSCEVs+ajSJ994Fn9ZFQq1s5vbLDXVXFF8A4kmwf5SeeCaze/yNjNLwqX47re/7"
    "bs5jE7/nlCCrwuf9UMEC6cCBh4odnmtozmv715mgqUbmgzW9o6mreepakgQSTvUN0CQlFi"
    "VruAaBA5nZ0LB665GLpWF0naakXAt16RE5l892i/ovU8yJmnTc8gwTP0uK7vdwYhhTi92G"
    "B18t12OmAGgRkEjqgSHBEwg8eodWAGD88MEk0QZeWqMA6JVKO6mN62MdXFawMld9lpRAyq"
    "TnPaGmE6QDPw3NAKNKhOiIIayir+DaBNqiR3/e9dZLKaqYO3BDixGNlVwMmdpwSAi3ZCrg"
    "m0ka02AuuEWDuTQW+aVV19WA6kjgwtJOjukyAK7Y4Mfii6d6bTQ9ENG9K3gKQBkqbu7jqQ"
    "NMeodR6SRiIfgDwkjTe+celFpzwMzWk6QXOa4GeA/9ot/6Vriiy9shHmKFr2pauMd+umOx"
    "xeopWoKA/ql8m415/8cUnjYRI2Xp0r97dX9+tLtv5ok2s33cnX/vR22KXlyyvRWGJLV8Ri"
    "lcsdru4VGc0rEr0rJNswsJqmtpQ9JySzx1y73uiPXTGTsfpwnvLw9OrwRFojtixy81zEcF"
    "gGmOFSmGEoKt85vUDXJHul5wFquJ6lqSBBvg5U3peO1f6IvVrCsy69N0Xm4bWFKu+BAuWi"
    "QIMUVQYDGslfTSdAXyLDSuU//4yUxjq+9F/AiQInCuwYcKKg9X1ovfqc6KH1CqxorVlRyA"
    "qsAPeTck5PPgMuJggpaWWlpIVt8C3zpcL9cGqmCt6cqdgyzHskRSQTUFpu6Q/f0TkaBPZO"
    "neEewedJM5iHy/q/tbNcYYm4Q4r2JEjh0ZARBN4veL8194PA+z1GrfN4v+CgQUOn+qKriw"
    "Yu4GtFxAp5WhWLvlTC0VqjWoKbFbZW66UHXi8rsgAjPhZ5AjS6Hw75nCxpISszMtW2sdmm"
    "4X3QPi91wWiXzqiXZcPwRUMJOJtdUSU0mKNxiatqpM3n2MAzJKtIREGJC6s5CY8IM7arBw"
    "siVEQDAd7KfKra4OIekbMDLu4xap3HxXU36vxeQkQOAjI5N19o1VABNWS5a4H9sqW/1rwW"
    "iO24vxbZCjZ3aIA2GDtqg5HuFO/Sm/EWOKsPY7D2N3szoVdup3G1v1vBHxbuXG7IEhZWst"
    "qi4/EPneaBOCc5uVO4f5t7H28ZtpzB5GmdfzjrPDR9LGDs3m2bG4DLBC5TvTa5mhrP4DId"
    "o9YhKpivKJrrLIZOxlkMneRZDOEnS8A8Jd9CNswxsQacMp/1zvR/n0Zel0R6pv/KDMejL9"
    "7weM4mHALjHAJDoSMXrskVYq+RSxU5AsbE9HkEi6z5PG9CTAzehNxvQuAMJL/rWJJXopLG"
    "ioXk4l/1teB7d4LaxspYSrju9wY33eGbk9N2x8GcIC6vvdNwZQT0v9i0h5Tc/8JLVs1NLc"
    "YEIQ2kKL0LJQ9Vo3ah5KGVg3rkKnlgbTklwNu81Js4urFtdotkJ+j/wkY8sjafRUMWt+4m"
    "9G09S5NA2mV8wIOLER8IIbk5PvAcGgx1N8CwA8Nec64VGPZj1DoPw24u7TykgDu8cVUh5z"
    "wtR8/TW46eJ1qOVj90sTMKcQ+BizX7J640m+VdchCHgejW3GHVdisgD2tHHooWufmjbbEa"
    "92V0UIlIQROV7NhEgSYqEKWrWJQOUqirRfBC7m65ubvQ0Ka0jsqKrG7bBtdpqDwk8zQVKd"
    "pPuQygaFPlJuN0kMbKtUFql4z2eqNinyu33sHS2WxZfcaqRUM+pj+45L7KIaI86N8MpbeV"
    "MV3awHIfEd8JLPcxap2H5SaaWogqY7tN3WtDEvtzFz/sdsPtnJx+Or34eH7q77P+laztNZ"
    "lpRRSDDZcU4MQzLAKAxgF17YjcvEZUDniNwrmDvvWWWwVxSVBCWeRSyLjeklxqXhpRO0Yu"
    "RTeCzamDkdNmtkQ3csBNQ/GNv+XF6buV9oxXeOvMOMf/vXHnahDw0bCYomiSA8SWaHX9iZ"
    "oE1c6JF399pREw4QXITcQIq7AU5BcC8wLMS819cGBejlHrPMzLUmbRLnwJFJ5slav5W93r"
    "3+7vppdInP2fbVoP6qR/15/QXAqX8aBXhv3unXNFwaJJrlz3r+97RGaGaUTYkZmOe18dGf"
    "qFJCO6N90vRGQmrsj3ucW3inacfOFSYtTwtcT8VFogB/xPGqGWG9ukIICbBFc0Wf0t0rMX"
    "AwnIxuXJxiX2u2YIxDs2ctNnCVGofy7KYRqYdo52P6T8Sz0ktKvVnnBx9rTYL3jW+kX6Ur"
    "9IHqPhOLAFuof6UsAPl8UP+1kdW/KXTUuGaydbWvqrr0rdLEOkHINfilJ26eTSOttPjI7e"
    "2KL/XpUtE2lzJKrImQHRNDi0IA9OO++/0QxkiUusormhrd4ijfzmwIgM7SXZvX/r2YDKqv"
    "AW1AYq64hIDaCyjlHrPFTWd1tULdli1MGlbrZhkSYZfqX55rRGKpe/4gvs0TMP5y7t3mkp"
    "n7ijxkhunyUk1KSVu/8jJ8BfrIi/qLgVKlu6i02sCmrHXMbQy891yAT44dv44TT8Mxn0po"
    "dyxL3ees7KbjF88eiAdpY77jex0/yxezthgn0ERDvia1H5kk6ckGyi0ZVPXJd0E3D0wdGv"
    "1/5XU5cPHP1j1DqPo6/aq8f1t4vXKw0kGtcZq3PBEy++SA8XXyRjaLXrqqJjdUYgE3Tx1U"
    "tczZMjdNsfXQ9GX4Tb7h83/dH0EsXme1Bvu4NrclmUZw9qbzz6PJjc0O4rRDNz2VhhcvV2"
    "0PtK5iCDZGlJZKlM72vfkZKWdMTdr4PbW3rBXMi6Tq9c94eDb/0JvUYMNfmZHizsX/1D+N"
    "wdDEO/vQpzUVaw8wQ3t8P+dP0EK53aqfRqd9TrDx0JiapGUYq1henw9FrrpPda6yR6rZGH"
    "N5lHmKQXTgUSkDATJy3q0/Brb7tgyf2+TPvR0qx1d7mYVZHVui4sBm3rcBj8ZNs6Zxd0Nl"
    "na8C8v0glhwHsD3kUWNKzm3Kt5hQlSKSnVG9ZyINq4tMZznkyv8/RMr/NNgAt5+7mmyTcO"
    "+pMOD/ZkVHrEqpOOPvHaKI2WRD69LSZLFppjRnzvMppjGnglGgzePyvX1JNo3EtwxpVWfZ"
    "aRVn2WTKsO6iYp0V7UYU7OUmX7vOXWzwjjkTCeXPcnfiGNQB7ZCSp49TN0iO9Rr0tp6Jiw"
    "j35wz3TtKAv5SxASgoWUVrW8+AjapzyvzGn6G5M0kgxM9twZZV2LNAZnSB/GLN0VT1C2TU"
    "rpqgLUeEisBF68Yku8vjR4Mvrhs49Fol4xWdB0lTXtMsYF9ByVBC1XWct+DKCAnuOyoOkq"
    "a9qP2hTauaOyoOlKa9qLxBXRdEwWNF1pTUfTzfgTwWKCkFBcOJv7ydBsPTf+YSkAvzD4cL"
    "z3wVVAU0/IUtY1uYAaGMLQ66GoJgysK6LkdNETtHluXTDFQRtbVPkYeG5oBd6KhChsT2XV"
    "+zjf3aQ2ihX8fPEmq5kmeItTwkbK5pIf75NaAro3oakaim3MAEmp/WHZ+iXge2/iCoX3Ss"
    "c25txwYBvsuCWgexeZrKEYJ75RHCiHrb0ScL51prvVammU8OLMsJAjSJPnQKP74bCVYQqW"
    "uCP71X7NRJtpA6fgnV6XydTDlt3KG6qAyKrFz9vj5ODTf25wA3w4xHIzRuu0jS1RmjiTNO"
    "hd22W9eOi9YxSLR9/KTY3b8DPvQQCtsdM2DevhRmu/mGghU/vk9RK9LDT0RlSdlmsvC1la"
    "IENT8Fs0k2fk36LVJv+LVURHvCxek13cdjA/9HWrMHXQRlDufTyFv1DufYxaZ0RWcxxRwN"
    "Z1HY4lqExKLu14KmRVfLMxjok1L/m5/FRzssDz4xwRApQ3o+z0q2cjvLkUwxeu8tbR6t3f"
    "Tcc3tPLCI1cf1O71zWBEDzlZyeqDSn4k+NCyC4/aflC/TMb3t8Kw33VqNtbhBIV8M6h0b3"
    "w/GTgTarYhO1e6E/eKaKyv3P1xN+3fXCLzldjgq7hxzqPs8hsnwrkGVYiuwvkd4UYEXIVm"
    "HzMKzT4mC82oG5TEN73C0hsPVZURE7eMqso1K5J3twlLQQJBWQkEfgvDPQdUqqYM3ohKeB"
    "VW6aCJUAJHGl/pp3ds4iv9pBI+vlJaYGmp2dalwxAia4F9owrp4quJNLJy2FQkvyiDZfwz"
    "kkIgz/BK1yzan0dY4tfWXzESMtLWMuQPrCtpiSLFmdM8F/pa1nKLawPReUSUFxCdx6h1Hq"
    "IT+lrulBqCvpYb+lpWtn8kNDyEhoeVKk7crkVcIaQTwoD3Bryh4eEu0YXmV7VvfpXgD3L6"
    "Giz5Bnoc9fUwko4ltIRqtn6h3cRxaRo6F+4nTQr63VY+MhsPouR4JRiiVTZDC74VJ1ypCS"
    "cZqQknydQEA5O/1LSEhWgu8kAel2sg3uc8Bvt5usF+njDYDdlcuht3rh0oLleN3YferzG7"
    "D3R/OngeGnT5qGKSDrRKgFYJ1cGYt1UCT0G5w/ftuZS8LrizeMYtoboNqNOmgLTzpDqnrj"
    "wtp84rOt+UUudRuzs9KBrSzyD9rF5vdU0TkSD97Bi1zpN+phuaE6bMe5JaXK6BVE6Hizrr"
    "ZFBnnSR19iwaMu06lxfvuFzjaqh2gra5tPOA7A5v4Foun5b8bpPlKFsMyj3VSguLNIlrKe"
    "2MZ/J3WYVOxo0KQhoTDi9rSBLbL7qQuLvrxN25IpoLwRQVnJv0TohCCXzR0ANUBR8QfM8e"
    "zgt/VA4UAGXZVS3LZqz2EvD9FszUUGSjbzhHQC34JJaA72c62Z07V72+orwAJ0yILfozi4"
    "qiSU4MaMtAUdefqEFLe6exop5oMFvFOtfbWREirwmCIHlDIUgEQSIIEtU8XABBomPUOk+Q"
    "yNKWOFe5gS/QuA4F5RPplaoyqKZJureEXh/PFbFGNNb5BRy6CMlWI+e6URUfcIr20RS7HT"
    "K7vmJ6haNlj1sTUOZQRdIbUvHLTcVnct/7ryWp2I5TRikJE1k4DnKXx0Hy0N8lHCVH6dqm"
    "nSS3a9o7rUIijCUn/b2jQok/Wx637oX+4u2BgRYHWrxer3tNCVKgxY9R6zy0OKRAl58C7X"
    "xTcxM+gVCTQIWUuuYrIKuJgmsBbumWefkcNVMBt9cbvPuQR1cmsBl5dAc+OibIsWP4cJEE"
    "vHQnTje0FXmESOofpDGBvwb+Wt0td/DXjlHrPP5a3prrxtZan3S4mkJ2MppCdhJlf0XqVq"
    "Fkld6C6xwJi9i5ZoENKyLYwP2qvvtT8rOE1VkRFYfEQMGVVjAwhuUzhqamMDyo9HQYd/j+"
    "sPxQEyB1bAh+DoEir2TGRpSe7cUU3h/IJzUBuf4n6LTYB9sc7YE6B0/Nq1gmDQQvjkYBGc"
    "ELYNrLZdqr0QG6YltNyVmnPBl7QXfcLfP2It14mwF7zNXRLHFLjPxYzr/oZA3aAXaa4RhD"
    "LStG5uPKHygTvvsym8JlrXtVtkykqRh5rgFaEPfLRLKKNB2T/zGcY4jRuqs60uZIRPQmBK"
    "UFRsSneOcLOj7FLyaSNFu1sPE+bvzt/GbMLM1oANFPVYdkzcrYKG0I/h1RGAiCf8eo9UYl"
    "a9aFLoTDrw5Oehy8D+jxqiGD+jhYP7mqaYPXPc9uKFeRotC6gstVFXqYPE7vcCeGhxo69y"
    "nDNQ0NgtRN8N7Ae6u5HQ/e2zFqncd70w3tWWZ2mM48osiXaeCZAuWfd2/gOaanMORKko0I"
    "Qbu/GMjJdn/eqhTIPVVTdFq1Mb23zQubMUUhBVQsvBTPVb7gylW+yMhVvogrQVxRYp/xAc"
    "lKVg6EIFsZxzcZOAJmv0fAEK/WshnhVb78sUB6j3ljOlZnFK98cLdu+6PrwejLJXLlH9Re"
    "93Z6P+lfXyJJ1C3bwDOaL9YbDkb0GnkbaXieXJv0P9+Pruk18pGyyaPN4kFDrg3onGf/id"
    "tGoe3nPPF2uE8tFNqGGNKH2Y92RVSXvRl5yi8GN0Ma4M6CWxdfBdtgHK+WYdAEIo2rtTrj"
    "OtfyLONcy7PkuZbfDZoDq2hiLrsxKgVI8yAd7Lb5WaaoKDQbrg6/kKSVJFFRKKttCgaWsP"
    "yM89SUsIUhZByPVz4Zmq3nDlWGpSBKWVaU0kG1hPCZk8f6xZusZprgDaKFl2Dx3OG1Kbll"
    "TuzEmaRBWO80F9ZFixFhDHDcGGAUjGAsxBkhzghxxppHnCDOeIxa54kzQmBg11ycaGq5jh"
    "ILJBoYFDjnYSzO0wmLc1afmKONC9zd93r9vkP4m7YkYTyjUYDP3cGQXpqLslKVCIAfwV1b"
    "lkXjvxFpCP1yhX6XOFdU0h3euMSGnbQACx9qzu+thKWgAULRWgDPV819TFdEDvi1svi1UH"
    "LylgxbKBe6Zorgpdeia3Bz9r+zY5SA7A02pIWoWmNvvnptNLzwhjfY3IcV7ZKdu1LINPQ0"
    "1L5qGa8tBksXG9HOYusM2VwKj54AF1vX6gbF4m8eX5Ftkv+QZ29prbioIrwiNqOTPGLiGS"
    "K/00Jx/w7IsBWcrEMvZ0pgCyu87beBLTwi3gjYwmPUOg9b6GzmebxJX2BHzvrh/MnOGVdj"
    "vbOMznpniVz5erCFe0pv6nClN3Uy0ps6jPQmOGO7Wm4jnHbL6dRUuK55QhwRGvIx1396Mv"
    "Ug/Ptml2YWHgr5B+BRgEdRc9sSPIpj1DqPR3HwZtKV0/VBgimabUlavsOCQiINTFQov236"
    "2lNjZCr8djceZTl3rPSEmSxZ6L/I43134uX9Y26rTqk1erRlxZJV8z293z935f1lAE4him"
    "xoHtBvbrq/x3XQG46v4jsVneCqSq5g5Vb/cfqCVVNDA5zBsW09aj/6zymNrsI/t7NcQc0Z"
    "KODnfXS8+rsV/HUt3X4kG93CtygJxnQ4/qGT3YQ6pj4I7t/m3sZbgi1nMHlY5x8/wcsEL7"
    "Neu1BN/Q3wMo9R6zxepqXpspTHufEFGujalJ+DLT4RXT0RPPJAHBFqIMzltyvzEcvtscQl"
    "wWUpzJSs3BS63DqICUIAsagGIIR7aA2ktmJJp7LS+7AciMqit20MlRX3WPPYtXFZaNtSHU"
    "M26b+IloVXusWgkdM//iERaNES38sU0bQEbBgag3Wc4h8pmEalmlCJlvWS9H+fZm9Z/jsy"
    "HI++eMPj+xiD+j0MQ9nFhiwtWgxy0v2lncVLisGYyuSmHAtluOVbn04GPmPDyzji9V9DIg"
    "30XjtnZ1zprWcZ6a1nCQdWZzRgymAI1sMbiO4JV2rrSUZq6wkjtVVTLWYBXrpVHhLZv1V+"
    "mI9Zafb3QT9mP/8fKWtmaA=="
)
