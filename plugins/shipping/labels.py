"""Printable shipping labels: one HTML fragment per parcel, with a Code 128 barcode of the
tracking number (what a courier's scanner reads), and a page that prints many of them."""

from __future__ import annotations

import io
from html import escape

import barcode
from barcode.writer import SVGWriter

from plugins.interfaces import ShipmentRequest

PAGE_STYLE = """
  body { font-family: sans-serif; margin: 0; }
  .label { width: 100mm; height: 150mm; box-sizing: border-box; padding: 5mm;
           border: 1px dashed #999; page-break-after: always; }
  .label h1 { font-size: 16pt; margin: 0 0 2mm; }
  .label .tracking { font: bold 14pt monospace; }
  .label .party { margin: 3mm 0; font-size: 10pt; }
  .label .items { font-size: 8pt; }
"""


def barcode_svg(text: str) -> str:
    """The tracking number as an inline Code 128 SVG (no XML declaration)."""
    out = io.BytesIO()
    barcode.get("code128", text, writer=SVGWriter()).write(
        out, options={"module_height": 12.0, "font_size": 6, "text_distance": 3.0}
    )
    svg = out.getvalue().decode()
    return svg[svg.index("<svg") :]


def _address(party: dict) -> str:
    keys = ("name", "phone", "country", "city", "district", "street", "postalCode")
    return "<br>".join(escape(str(party[k])) for k in keys if party.get(k))


def render_label(request: ShipmentRequest, tracking_number: str) -> str:
    items = ", ".join(f"{escape(name)} x{qty}" for _, name, qty in request.items)
    return (
        f'<section class="label" data-tracking="{escape(tracking_number)}">'
        f"<h1>{escape(request.carrier_name)}</h1>"
        f'<div class="barcode">{barcode_svg(tracking_number)}</div>'
        f'<div class="tracking">{escape(tracking_number)}</div>'
        f'<div class="party"><b>To</b><br>{_address(request.recipient)}</div>'
        f'<div class="party"><b>From</b><br>{_address(request.sender)}</div>'
        f'<div class="items">Order {escape(request.order_number)}: {items}</div>'
        "</section>"
    )


def label_page(title: str, labels: list[str]) -> str:
    """A printable page holding ``labels`` (one per printed page)."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{PAGE_STYLE}</style></head><body>"
        + "".join(labels)
        + "</body></html>"
    )
