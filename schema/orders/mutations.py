"""Orders: the root mutations (the customer's changes and every step of fulfilment)."""

from __future__ import annotations

import strawberry

from resolvers import logistics as logistics_uc
from resolvers import orders as uc
from resolvers.errors import OrderErrorCode
from schema.base import address_data, decode_id, decode_optional_id
from schema.context import Info
from schema.orders.inputs import (
    OrderAssignInput,
    OrderCancelInput,
    OrderCancelOnRequestInput,
    OrderConfirmationCallRecordInput,
    OrderConfirmInput,
    OrderConfirmReceiptInput,
    OrderHandOverInput,
    OrderInvalidateInput,
    OrderMarkDeliveredInput,
    OrderMarkDeliveryFailedInput,
    OrderMarkPackedInput,
    OrderMarkReadyForPickupInput,
    OrderMarkReturnedInput,
    OrderReattemptDeliveryInput,
    OrderShipInput,
    OrderUpdateInput,
)
from schema.orders.inputs import order_pk as _pk
from schema.orders.payloads import OrderPayload
from schema.orders.payloads import order_payload as _payload


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="The customer cancels an order before it is confirmed. Unpaid: the whole "
        "order group is cancelled; paid: the order is refunded and its stock restocked."
    )
    async def order_cancel(self, info: Info, input: OrderCancelInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_cancel(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="The customer changes the shipping address and/or remark, until confirmed."
    )
    async def order_update(self, info: Info, input: OrderUpdateInput) -> OrderPayload:
        address = None
        if input.shipping_address is not None:
            address = address_data(input.shipping_address)
        return await _payload(
            lambda: uc.order_update(
                info.context.viewer,
                _pk(input.id),
                shipping_address=address,
                remark=input.remark,
                address_id=decode_optional_id(
                    input.address_id, "CustomerAddress", OrderErrorCode, "addressId"
                ),
            )
        )

    @strawberry.mutation(description="The customer confirms receipt (SHIPPED -> DELIVERED).")
    async def order_confirm_receipt(
        self, info: Info, input: OrderConfirmReceiptInput
    ) -> OrderPayload:
        return await _payload(lambda: uc.order_confirm_receipt(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(
        description="PAID -> CONFIRMED, by the storefront policy's confirmers (platform staff, "
        "merchant staff with the orders role, or the pickup point's group leader)."
    )
    async def order_confirm(self, info: Info, input: OrderConfirmInput) -> OrderPayload:
        return await _payload(lambda: uc.order_confirm(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(
        description="Where the storefront confirms by phone (mall): platform staff record a "
        "call to the customer of a PAID order; CONFIRMED confirms it, NO_ANSWER leaves it PAID "
        "(the attempt is in its history), DECLINED cancels it on the customer's request."
    )
    async def order_confirmation_call_record(
        self, info: Info, input: OrderConfirmationCallRecordInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_confirmation_call_record(
                info.context.viewer, _pk(input.id), input.outcome, input.note
            )
        )

    @strawberry.mutation(
        description="A paid order found invalid: cancelled, restocked and refunded."
    )
    async def order_invalidate(self, info: Info, input: OrderInvalidateInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_invalidate(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="Staff cancel on the customer's request before shipping: refund, restock."
    )
    async def order_cancel_on_request(
        self, info: Info, input: OrderCancelOnRequestInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_cancel_on_request(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="CONFIRMED -> PICKING: assign to warehouse or logistics staff."
    )
    async def order_assign(self, info: Info, input: OrderAssignInput) -> OrderPayload:
        async def run():
            assignee = decode_id(input.assignee_id, "User", OrderErrorCode, "assigneeId")
            warehouse = decode_optional_id(
                input.warehouse_id, "Warehouse", OrderErrorCode, "warehouseId"
            )
            return await uc.order_assign(
                info.context.viewer, _pk(input.id), assignee, input.note, warehouse
            )

        return await _payload(run)

    @strawberry.mutation(description="PICKING -> PACKED.")
    async def order_mark_packed(self, info: Info, input: OrderMarkPackedInput) -> OrderPayload:
        return await _payload(lambda: uc.order_mark_packed(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="PACKED -> SHIPPED with the carrier and tracking number.")
    async def order_ship(self, info: Info, input: OrderShipInput) -> OrderPayload:
        return await _payload(
            lambda: logistics_uc.ship(
                info.context.viewer,
                _pk(input.id),
                "manual",
                carrier_name=input.carrier,
                tracking_number=input.tracking_number,
            )
        )

    @strawberry.mutation(
        description="A group-buy parcel arrived at its pickup point: the leader tells the "
        "customer to collect it (the order stays SHIPPED)."
    )
    async def order_mark_ready_for_pickup(
        self, info: Info, input: OrderMarkReadyForPickupInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_ready_for_pickup(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(
        description="SHIPPED -> DELIVERED at the pickup point: the group leader hands it over."
    )
    async def order_hand_over(self, info: Info, input: OrderHandOverInput) -> OrderPayload:
        return await _payload(lambda: uc.order_hand_over(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="SHIPPED -> DELIVERED, by the merchant's own-fleet courier.")
    async def order_mark_delivered(
        self, info: Info, input: OrderMarkDeliveredInput
    ) -> OrderPayload:
        return await _payload(lambda: uc.order_mark_delivered(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="SHIPPED -> DELIVERY_FAILED (courier or merchant staff).")
    async def order_mark_delivery_failed(
        self, info: Info, input: OrderMarkDeliveryFailedInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_delivery_failed(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(description="DELIVERY_FAILED -> SHIPPED: delivery is tried again.")
    async def order_reattempt_delivery(
        self, info: Info, input: OrderReattemptDeliveryInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_reattempt_delivery(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(
        description="DELIVERY_FAILED -> CANCELLED: the goods are back; refund and restock."
    )
    async def order_mark_returned(self, info: Info, input: OrderMarkReturnedInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_returned(info.context.viewer, _pk(input.id), input.reason)
        )
