"""Aftersales: the case type, status and resolution enums, and ``AftersalesError``."""

from __future__ import annotations

import strawberry

from models.aftersales import CaseResolution as CaseResolutionModel
from models.aftersales import CaseStatus as CaseStatusModel
from models.aftersales import CaseType as CaseTypeModel
from resolvers.errors import AftersalesErrorCode
from schema.base import error_type

Code = AftersalesErrorCode
AftersalesError = error_type(Code, "AftersalesError")
AftersalesCaseType = strawberry.enum(CaseTypeModel, name="AftersalesCaseType")
AftersalesCaseStatus = strawberry.enum(CaseStatusModel, name="AftersalesCaseStatus")
AftersalesCaseResolution = strawberry.enum(CaseResolutionModel, name="AftersalesCaseResolution")
