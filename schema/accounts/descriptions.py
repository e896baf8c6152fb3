"""Descriptions of the accounts domain's types (see ``schema.descriptions``)."""

from __future__ import annotations

_REGION = "Administrative division code (GB/T 2260, six digits), e.g. 330106."

DESCRIPTIONS: dict[str, str] = {
    # people and roles
    "User": (
        "A person with an account: a customer, merchant staff or platform staff. People see "
        "themselves; platform staff see anybody."
    ),
    "User.email": "The sign-in email, unique (stored lowercase).",
    "User.fullName": "The person's name as they gave it; may be empty.",
    "User.platformRole": "The person's role on the platform itself (NONE for everyone else).",
    "PlatformRole": "A role on the platform (not at a merchant).",
    "PlatformRole.NONE": "No platform role: a customer, or merchant staff only.",
    "PlatformRole.ADMIN": (
        "Platform administrator: merchants, storefronts, categories, partners, every order."
    ),
    "PlatformRole.CUSTOMER_SERVICE": (
        "Platform customer service: sees every order and case, records confirmation calls."
    ),
    "StaffRole": "A role at a merchant; a staff member has one or more.",
    "StaffRole.OWNER": (
        "Runs the merchant's staff (invites, roles, removal) and counts as holding every role."
    ),
    "StaffRole.CATALOG": "Manages products, variants and prices.",
    "StaffRole.ORDERS": (
        "Handles orders: confirms them where the seller confirms, works them through "
        "fulfilment, handles aftersales cases."
    ),
    "StaffRole.WAREHOUSE": (
        "Manages warehouses and stock, picks and packs orders, receives returned goods."
    ),
    "StaffRole.LOGISTICS": "Ships orders: carrier accounts, waybill ranges, shipments.",
    "StaffRole.CUSTOMER_SERVICE": "Handles the merchant's aftersales cases and follows its orders.",
    "Me.user": "The signed-in person; null for a partner's API key.",
    "Me.partnerId": "The partner's ID when signed in with a partner API key; null otherwise.",
    "Me.staff": "The merchant the person works for and their roles; null if not merchant staff.",
    "Me.isCourier": "Whether the person delivers a merchant's own-fleet orders.",
    "Me.pickupPointIds": (
        "The pickup points the person leads as a group leader (group-buy storefronts); empty "
        "for everyone else."
    ),
    "StaffMembership.roles": "The person's roles at the merchant.",
    "StaffMembership.merchant": "The merchant they work for.",
    "StaffMember.user": "The staff member's account.",
    "StaffMember.roles": "Their roles at the merchant.",
    "StaffMember.merchant": "The merchant they work for.",
    "StaffInvitation.email": "The email invited; the invitation is accepted by that account.",
    "StaffInvitation.roles": "The roles the invitee gets on accepting.",
    "StaffInvitation.expiresAt": "When the invitation lapses (7 days after it was made).",
    "StaffInvitation.merchant": "The merchant the invitation is to.",
    "PartnerType": (
        "A partner: a third party (an ERP, a logistics service) that reads a set of "
        "merchants' data and events with an API key."
    ),
    "PartnerType.name": "The partner's name.",
    "PartnerKey": ("A partner's API key (the secret itself is shown once, by `partnerKeyCreate`)."),
    "PartnerKey.prefix": "The key's public prefix, to recognise it among a partner's keys.",
    "PartnerKey.merchantIds": "The merchants whose data the key may read.",
    "PartnerKey.eventTypes": (
        "The event types the key receives (subscriptions, webhooks); empty means all."
    ),
    "PartnerKey.revokedAt": "When the key was revoked; null while it is valid.",
    # error codes
    "AccountErrorCode.EMAIL_TAKEN": "An account with this email exists.",
    "AccountErrorCode.INVALID_CREDENTIALS": (
        "The email and password do not match an account (which one is wrong is not told)."
    ),
    "AccountErrorCode.INVALID_TOKEN": (
        "A refresh token or invitation token that is unknown, expired, revoked or spent."
    ),
    "AccountErrorCode.PASSWORD_TOO_SHORT": "The password has fewer than 8 characters.",
    "AccountErrorCode.ALREADY_STAFF": "The person is already a merchant's staff.",
    "AccountErrorCode.TOO_MANY_ATTEMPTS": (
        "Too many sign-in or registration attempts: wait `retryAfter` seconds."
    ),
    "AccountErrorCode.LAST_OWNER": ("The merchant's last owner cannot be demoted or removed."),
    "AddressErrorCode.REQUIRED": "A required address field (recipient, phone, street) is empty.",
    "AddressErrorCode.LIMIT_REACHED": "The address book is full (20 addresses).",
    # sessions
    "CustomerRegisterInput.email": "The sign-in email; must not be taken.",
    "CustomerRegisterInput.password": "At least 8 characters.",
    "CustomerRegisterInput.fullName": "The customer's name; empty by default.",
    "Mutation.customerRegister": (
        "Open a customer account (throttled per address: TOO_MANY_ATTEMPTS with `retryAfter`)."
    ),
    "Mutation.tokenCreate(email)": "The account's email.",
    "Mutation.tokenCreate(password)": "The account's password.",
    "Mutation.tokenRefresh(refreshToken)": "The refresh token last received; it is spent.",
    "Mutation.tokenRevoke(refreshToken)": "The session's refresh token.",
    "Mutation.tokenRevoke(all)": "Revoke every session of the signed-in person.",
    "Mutation.passwordChange(oldPassword)": "The current password.",
    "Mutation.passwordChange(newPassword)": "The new password (at least 8 characters).",
    "TokenCreatePayload.token": "The access token, sent as `Authorization: Bearer <token>`.",
    "TokenCreatePayload.refreshToken": "The refresh token, for `tokenRefresh` (one use).",
    "TokenRefreshPayload.token": "A new access token.",
    "TokenRevokePayload.revoked": "Whether sessions were revoked.",
    "PasswordChangePayload.refreshToken": "A new refresh token, for the new session.",
    # staff
    "Mutation.staffRoleUpdate(id)": "The staff member's ID.",
    "Mutation.staffRoleUpdate(roles)": "Their new roles (replace the old ones; at least one).",
    "Mutation.staffRemove(id)": "The staff member's ID.",
    "Query.merchantStaff(merchantId)": "The merchant's global ID.",
    "StaffInviteInput.merchant": "The merchant's global ID.",
    "StaffInviteInput.email": "The invitee's email.",
    "StaffInviteInput.roles": "The roles the invitee gets on accepting.",
    "StaffInvitationAcceptInput.token": "The invitation's secret, as `staffInvite` gave it.",
    "StaffInvitationAcceptInput.fullName": "For a new account: the person's name.",
    "StaffRemovePayload.removedStaffMemberId": "The removed staff member's ID; null if refused.",
    # partners
    "Mutation.partnerCreate": "Register a partner (platform admins).",
    "Mutation.partnerCreate(name)": "The partner's name (at most 120 characters).",
    "Mutation.partnerKeyRevoke(id)": "The key's global ID.",
    "PartnerKeyCreateInput.partner": "The partner's global ID.",
    "PartnerKeyCreateInput.merchants": "The merchants whose data the key may read.",
    "PartnerKeyCreateInput.eventTypes": "The event types the key receives; empty means all.",
    # address book
    "CustomerAddress.label": "The customer's name for it (`Home`, `Office`); may be empty.",
    "CustomerAddress.recipient": "Who receives the parcel.",
    "CustomerAddress.country": "ISO 3166-1 alpha-2 country code (`CN`).",
    "CustomerAddress.provinceCode": _REGION,
    "CustomerAddress.province": "The province's name, from the code list.",
    "CustomerAddress.cityCode": _REGION + " Null where the province has no city level.",
    "CustomerAddress.city": "The city's name, from the code list; null with no city code.",
    "CustomerAddress.districtCode": _REGION + " Null where the city has no districts.",
    "CustomerAddress.district": "The district's name, from the code list; null with no code.",
    "CustomerAddress.street": "Street, building and door.",
    "CustomerAddress.postalCode": "The postal code, if given.",
    "CustomerAddress.isDefault": "Whether checkout proposes this address first.",
    "AddressCreateInput.recipient": "Who receives the parcel (required).",
    "AddressCreateInput.street": "Street, building and door (required).",
    "AddressCreateInput.label": "The customer's name for it (`Home`).",
    "AddressCreateInput.postalCode": "The postal code.",
    "AddressUpdateInput.id": "The saved address's global ID.",
    "AddressUpdateInput.recipient": "A new recipient.",
    "AddressUpdateInput.phone": "A new phone (read as a Chinese number without +country code).",
    "AddressUpdateInput.street": "A new street, building and door.",
    "AddressUpdateInput.provinceCode": _REGION,
    "AddressUpdateInput.cityCode": _REGION,
    "AddressUpdateInput.districtCode": _REGION,
    "AddressUpdateInput.label": "A new label.",
    "AddressUpdateInput.postalCode": "A new postal code.",
    "AddressUpdateInput.isDefault": "True makes it the default address.",
    "AddressDeletePayload.deletedId": "The deleted address's ID; null when refused.",
    "Mutation.addressDelete(id)": "The saved address's global ID.",
    "Mutation.addressSetDefault(id)": "The saved address's global ID.",
}
