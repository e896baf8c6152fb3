"""Freight: a merchant's rate templates and the carriers' credentials.

* ``templates`` -- create, change, delete and list templates; a product's template and the
  merchant's default;
* ``quoting`` -- the templates of a cart's lines as the ``freight_template`` provider's config;
* ``credentials`` -- a carrier account's secrets, set encrypted, shown as configured only.
"""

from resolvers.errors import FreightErrorCode as Code
from resolvers.freight.credentials import (
    CredentialState,
    carrier_config,
    carrier_credentials_set,
    credentials_summary,
)
from resolvers.freight.quoting import freight_configs
from resolvers.freight.templates import (
    MAX_TEMPLATES,
    RegionRule,
    TemplateData,
    is_division_code,
    product_shipping_template_set,
    shipping_template_create,
    shipping_template_delete,
    shipping_template_update,
    shipping_templates,
    variant_weight_set,
)

__all__ = [
    "MAX_TEMPLATES",
    "Code",
    "CredentialState",
    "RegionRule",
    "TemplateData",
    "carrier_config",
    "carrier_credentials_set",
    "credentials_summary",
    "freight_configs",
    "is_division_code",
    "product_shipping_template_set",
    "shipping_template_create",
    "shipping_template_delete",
    "shipping_template_update",
    "shipping_templates",
    "variant_weight_set",
]
