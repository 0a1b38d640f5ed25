"""User reports: each joins (or opens) the case for the reported content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ringfence.service.db import Base, UTCDateTime


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.id"))
    reason: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
