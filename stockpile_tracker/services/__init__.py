"""The use cases. Widgets, the command line and reports call these, never the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from .archive import ArchiveService
from .base import Context
from .catalogue import CatalogueService
from .compliance import ComplianceService
from .corrections import CorrectionService
from .destruction import DestructionService
from .dto.reports import CheckReport
from .importing import ImportService
from .integrity import check_database
from .lots import LotService
from .overview import OverviewService
from .queries import LotFilter, QueryService


class Stockpile:
    """Everything one user can do with one database."""

    def __init__(self, engine: Engine, user: str, today: Callable[[], date] = date.today) -> None:
        self.context = Context(engine, user, today)
        self.catalogue = CatalogueService(self.context)
        self.lots = LotService(self.context)
        self.destruction = DestructionService(self.context)
        self.corrections = CorrectionService(self.context)
        self.queries = QueryService(self.context)
        self.archive = ArchiveService(self.context)
        self.compliance = ComplianceService(self.context, self.destruction)
        self.overview = OverviewService(self.context, self.queries, self.destruction)
        self.imports = ImportService(self.context, self.catalogue, self.lots, self.destruction)

    @property
    def user(self) -> str:
        return self.context.user

    def check(self) -> CheckReport:
        return check_database(self.context)


__all__ = ["LotFilter", "Stockpile"]
