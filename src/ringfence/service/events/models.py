"""Recorded scans: the text, its context and the decision, keyed by the client's idempotency id per tenant."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ringfence.service.db import Base, UTCDateTime


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("tenant", "event_id", name="uq_events_tenant_event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)
    context: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # ScanResult.to_dict() as decided
    verdicts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # per finding: kind, rule, violation
    sender_id: Mapped[str | None] = mapped_column(String(128), index=True)
    surface: Mapped[str] = mapped_column(String(32))
    original_action: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))  # current: becomes allow when an appeal releases it
    status: Mapped[str] = mapped_column(String(16))  # decided | released
    violation: Mapped[bool] = mapped_column(Boolean)
    policy_version: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def content(self) -> str | None:
        """What the platform shows now: the text when allowed or released, the redaction, or nothing when held."""
        if self.action == "allow":
            return self.text
        if self.action == "redact":
            return str(self.result.get("redacted", ""))
        return None

    def violating_kinds(self) -> list[str]:
        return [v["kind"] for v in self.verdicts if v["violation"]]

    @property
    def state(self) -> dict[str, str]:
        """What the audit log records of an event before and after a moderation change."""
        return {"action": self.action, "status": self.status}

    def release(self, at: datetime) -> bool:
        """Show the original text (after a dismissal or an overturned appeal); False if nothing was withheld."""
        if self.action == "allow":
            return False
        self.action, self.status, self.released_at = "allow", "released", at
        return True

    def take_down(self) -> None:
        self.action, self.status = "block", "taken_down"
