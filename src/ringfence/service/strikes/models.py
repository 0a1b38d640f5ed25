"""Strikes against a sender, one per confirmed case, active for a rolling window unless removed on appeal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ringfence.service.db import Base, UTCDateTime


class Strike(Base):
    __tablename__ = "strikes"
    __table_args__ = (Index("ix_strikes_sender", "tenant", "sender_id", "expires_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(64))
    sender_id: Mapped[str] = mapped_column(String(128))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    weight: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))  # the case outcome: warn | takedown | suspend
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    removed_reason: Mapped[str | None] = mapped_column(String(200))
