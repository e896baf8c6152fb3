"""Descriptions of the freight template, product weight and carrier credential types and root
fields (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "FreightBasis": "What a freight template counts to price a shipment.",
    "FreightBasis.WEIGHT": (
        "By weight: units are kilograms, from each variant's `weightGrams` times the quantity."
    ),
    "FreightBasis.PIECE": "By piece count: units are items.",
    "FreightErrorCode.LIMIT_EXCEEDED": (
        "Over a cap: at most 50 templates a merchant, 40 region rules a template, 400 division "
        "codes a list."
    ),
    "ShippingRegionRule.firstUnit": (
        "The units the first price covers: kilograms (WEIGHT) or items (PIECE)."
    ),
    "ShippingRegionRule.firstPrice": "The price of the first unit, in the merchant's currency.",
    "ShippingRegionRule.additionalUnit": (
        "The size of each further step, in the template's unit (0: the first price covers all)."
    ),
    "ShippingRegionRule.additionalPrice": (
        "The price of each further step, or part of one, in the merchant's currency."
    ),
    "ShippingRegionRule.freeOver": (
        "Free shipping in these regions from this subtotal of the template's lines on (0: "
        "always free); wins over the template's. Null: the template's `freeOver` applies."
    ),
    "ShippingRegionRuleInput": (
        "Prices of their own for some regions; the most precise rule naming the address's "
        "district, city or province prices it."
    ),
    "ShippingRegionRuleInput.regions": (
        "GB/T 2260 division codes (six digits, provinces end in `0000`, cities in `00`); a code "
        "in two rules of a template is refused; at most 400."
    ),
    "ShippingRegionRuleInput.firstUnit": (
        "The units the first price covers: kilograms (WEIGHT) or items (PIECE), above 0."
    ),
    "ShippingRegionRuleInput.firstPrice": "The price of the first unit; not negative.",
    "ShippingRegionRuleInput.additionalUnit": (
        "The size of each further step (0: the first price covers all)."
    ),
    "ShippingRegionRuleInput.additionalPrice": (
        "The price of each further step, or part of one; not negative."
    ),
    "ShippingRegionRuleInput.freeOver": (
        "Free from this subtotal on in these regions (0: always free); omitted, the "
        "template's `freeOver` applies."
    ),
    "ShippingTemplate.name": "The merchant's name for the template.",
    "ShippingTemplate.basis": "Whether it prices by weight (kilograms) or by piece count.",
    "ShippingTemplate.firstUnit": (
        "The units the first price covers, where no region rule applies: kilograms (WEIGHT) "
        "or items (PIECE)."
    ),
    "ShippingTemplate.firstPrice": (
        "The price of the first unit where no region rule applies, in the merchant's currency."
    ),
    "ShippingTemplate.additionalUnit": (
        "The size of each further step, in the template's unit (0: the first price covers all)."
    ),
    "ShippingTemplate.additionalPrice": (
        "The price of each further step, or part of one, in the merchant's currency."
    ),
    "ShippingTemplate.rules": "The region rules, each pricing some division codes its own way.",
    "ShippingTemplate.etaDays": (
        "The delivery estimate in days, given with the quoted shipping rate (the longest of "
        "a cart's templates); null: no estimate."
    ),
    "ShippingTemplateCreateInput.name": "The merchant's name for the template.",
    "ShippingTemplateCreateInput.firstPrice": "The price of the first unit; not negative.",
    "ShippingTemplateCreateInput.additionalPrice": (
        "The price of each further step, or part of one; not negative."
    ),
    "ShippingTemplateCreateInput.basis": "Price by weight or by piece count; PIECE by default.",
    "ShippingTemplateCreateInput.isDefault": (
        "Make it the merchant's default (unsetting the previous one); false by default."
    ),
    "ShippingTemplateCreateInput.freeOver": (
        "Free shipping from this subtotal of the template's lines on; omitted, never free."
    ),
    "ShippingTemplateCreateInput.rules": "Region rules (at most 40); none by default.",
    "ShippingTemplateCreateInput.unserved": (
        "GB/T 2260 division codes it does not ship to (checkout refuses them); none by default."
    ),
    "ShippingTemplateCreateInput.etaDays": (
        "The delivery estimate in days for the quoted rate; omitted, none."
    ),
    "ShippingTemplateDeletePayload.deletedId": (
        "The deleted template's global ID; null when refused."
    ),
    "ShippingTemplateUpdateInput.id": "The template's global ID.",
    "ShippingTemplateUpdateInput.name": "A new name.",
    "ShippingTemplateUpdateInput.basis": "Price by weight or by piece count from now on.",
    "ShippingTemplateUpdateInput.isDefault": (
        "True makes it the merchant's default (unsetting the previous one); false unsets it."
    ),
    "ShippingTemplateUpdateInput.firstUnit": "New first units: kilograms or items, above 0.",
    "ShippingTemplateUpdateInput.firstPrice": "A new first-unit price; not negative.",
    "ShippingTemplateUpdateInput.additionalUnit": (
        "A new step size (0: the first price covers all)."
    ),
    "ShippingTemplateUpdateInput.additionalPrice": "A new step price; not negative.",
    "ShippingTemplateUpdateInput.freeOver": "A new free-shipping threshold.",
    "ShippingTemplateUpdateInput.clearFreeOver": (
        "True removes the free-shipping threshold (never free); false by default."
    ),
    "ShippingTemplateUpdateInput.rules": "New region rules, replacing all of them.",
    "ShippingTemplateUpdateInput.unserved": (
        "New division codes it does not ship to, replacing the list."
    ),
    "ShippingTemplateUpdateInput.etaDays": "A new delivery estimate, in days.",
    "ProductShippingTemplatePayload.productId": ("The product's global ID; null when refused."),
    "ProductShippingTemplateSetInput.product": (
        "The product's global ID; one of the viewer's merchant's."
    ),
    "VariantWeightPayload.variantId": "The variant's global ID; null when refused.",
    "VariantWeightPayload.weightGrams": (
        "The variant's shipping weight per unit, in grams; null when refused."
    ),
    "Mutation.shippingTemplateDelete(id)": "The template's global ID.",
    "Mutation.variantWeightSet(variant)": (
        "The variant's global ID; one of the viewer's merchant's."
    ),
    "Mutation.variantWeightSet(weightGrams)": (
        "The shipping weight of one unit, in grams (0 to 1000000)."
    ),
    "Query.shippingTemplates(merchant)": (
        "Platform staff: the merchant's global ID. Merchant staff: omitted, their own."
    ),
    # Carrier credentials (per-merchant secrets of a carrier account, stored encrypted).
    "CarrierAccount.credentials": (
        "Which of the carrier's secrets the account holds, never their values; empty for a "
        "carrier that takes none."
    ),
    "CarrierCredential.name": "The secret's name, as in `carrierCredentialsSet` (`key`, `salt`).",
    "CarrierCredential.configured": "Whether a value is stored for it.",
    "CarrierCredentialsSetInput.provider": (
        "The carrier plugin's code (`kuaidi100`); the account is created, inactive, if the "
        "merchant has none with it."
    ),
    "CarrierCredentialsSetInput.merchant": (
        "Platform admins: the merchant's global ID. Merchant staff: omitted, their own."
    ),
    "CarrierCredentialsSetInput.key": (
        'The carrier\'s API key (Kuaidi100 `key`): a value sets, "" clears, null keeps.'
    ),
    "CarrierCredentialsSetInput.customer": (
        'The carrier\'s customer ID (Kuaidi100 `customer`): a value sets, "" clears, null keeps.'
    ),
    "CarrierCredentialsSetInput.salt": (
        'The secret the carrier signs its pushes with (Kuaidi100 `salt`): a value sets, "" '
        "clears, null keeps."
    ),
}
