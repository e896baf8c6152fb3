"""A carrier account's secrets (a Kuaidi100 key, customer id and salt): set by the merchant's
owner or ``logistics`` staff (or a platform admin), stored encrypted (``plugins.credentials``),
handed decrypted to the carrier plugin only, and shown by the API as set or not with their
last 4 characters -- never the values."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.logistics import CarrierAccount
from plugins import credentials as vault
from plugins.registry import get_registry
from resolvers.errors import DomainError, clean_text
from resolvers.errors import FreightErrorCode as Code
from resolvers.freight.templates import ROLES
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role

MAX_SECRET = 200


@dataclass(frozen=True)
class CredentialState:
    name: str
    configured: bool
    last4: str


def _provider(code: str):
    provider = get_registry().carriers.get(code)
    if provider is None or not getattr(provider, "credential_fields", ()):
        takes = sorted(
            c for c, p in get_registry().carriers.items() if getattr(p, "credential_fields", ())
        )
        raise DomainError(
            Code.UNKNOWN_PROVIDER,
            f"'{code}' takes no credentials (carriers that do: {', '.join(takes)}).",
            "provider",
        )
    return provider


async def carrier_credentials_set(
    viewer: Viewer, merchant_id: int | None, provider_code: str, values: dict[str, str | None]
) -> CarrierAccount:
    """Set (a value), clear ("") or keep (absent, None) each secret of the merchant's account
    with the carrier (created, inactive until ``carrierAccountSet``, if it has none)."""
    merchant = merchant_scope(viewer, merchant_id, Code)
    if merchant is None:
        raise DomainError(Code.INVALID, "Name the merchant.", "merchant")
    require_merchant_role(viewer, merchant, ROLES, Code)
    provider = _provider(provider_code)
    fields = tuple(provider.credential_fields)
    for name in values:
        if name not in fields:
            raise DomainError(Code.INVALID, f"{provider.name} takes {', '.join(fields)}.", name)
    cleaned = {
        name: clean_text(value, name, Code, required=False, limit=MAX_SECRET)
        for name, value in values.items()
        if value is not None
    }
    config = get_registry().config
    async with in_transaction():
        account = (
            await CarrierAccount.filter(merchant_id=merchant, provider=provider.code)
            .select_for_update()
            .first()
        )
        if account is None:
            account = await CarrierAccount.create(
                merchant_id=merchant, provider=provider.code, name=provider.name, active=False
            )
        try:
            current = vault.decrypt(account.credentials, config)
        except vault.CredentialsUnreadable:
            current = {}  # stored under another key: what is given now replaces it
        merged = {k: v for k, v in {**current, **cleaned}.items() if v}
        account.credentials = vault.encrypt(merged, config)
        await CarrierAccount.filter(id=account.id).update(credentials=account.credentials)
    return account


def credentials_summary(account: CarrierAccount) -> list[CredentialState]:
    """Which secrets the account holds (the last 4 characters of each), never the values."""
    provider = get_registry().carriers.get(account.provider)
    fields = tuple(getattr(provider, "credential_fields", ()))
    if not fields and not account.credentials:
        return []
    try:
        values = vault.decrypt(account.credentials, get_registry().config)
    except vault.CredentialsUnreadable:
        return [CredentialState(name, bool(account.credentials), "") for name in fields]
    names = fields or tuple(sorted(values))
    return [CredentialState(n, bool(values.get(n)), vault.hint(values.get(n, ""))) for n in names]


def carrier_config(account: CarrierAccount | None) -> dict:
    """What a carrier plugin gets for the account: its settings, its id and its secrets."""
    if account is None:
        return {}
    try:
        secrets = vault.decrypt(account.credentials, get_registry().config)
    except vault.CredentialsUnreadable:
        secrets = {}
    return {**account.config, "account_id": account.id, "credentials": secrets}
