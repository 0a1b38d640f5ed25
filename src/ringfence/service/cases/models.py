"""Review cases: one open case per piece of content (or per escalated sender), decided exactly once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ringfence.service.db import Base, UTCDateTime


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        # While a case is open, open_key names what it is about ("event:<pk>" or "sender:<id>"); it is cleared
        # when the case is decided, so a second open case for the same content cannot exist (NULLs are distinct).
        UniqueConstraint("tenant", "open_key", name="uq_cases_tenant_open_key"),
        Index("ix_cases_queue", "tenant", "status", "priority", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(64))
    event_pk: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    open_key: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # scan | report | escalation
    status: Mapped[str] = mapped_column(String(16))  # open | claimed | decided
    surface: Mapped[str | None] = mapped_column(String(32))
    sender_id: Mapped[str | None] = mapped_column(String(128), index=True)
    severity: Mapped[int] = mapped_column(Integer)
    repeat_score: Mapped[int] = mapped_column(Integer)
    priority: Mapped[int] = mapped_column(Integer)
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(32))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    confirmed: Mapped[bool | None] = mapped_column()  # the reviewer's verdict after any appeal
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
