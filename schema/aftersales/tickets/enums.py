"""Tickets: the category, status, party and step enums, and ``TicketError``."""

from __future__ import annotations

import strawberry

from models.tickets import TicketCategory as TicketCategoryModel
from models.tickets import TicketParty as TicketPartyModel
from models.tickets import TicketStatus as TicketStatusModel
from models.tickets import TicketStep as TicketStepModel
from resolvers.errors import TicketErrorCode
from schema.base import error_type

Code = TicketErrorCode
TicketError = error_type(Code, "TicketError")
TicketCategory = strawberry.enum(TicketCategoryModel, name="TicketCategory")
TicketStatus = strawberry.enum(TicketStatusModel, name="TicketStatus")
TicketParty = strawberry.enum(TicketPartyModel, name="TicketParty")
TicketStep = strawberry.enum(TicketStepModel, name="TicketStep")
