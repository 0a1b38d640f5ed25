"""Every table, imported in one place for Alembic's metadata."""

from ringfence.service.appeals.models import Appeal
from ringfence.service.audit.models import AuditEntry
from ringfence.service.cases.models import Case
from ringfence.service.db import Base
from ringfence.service.events.models import Event
from ringfence.service.keys.models import ApiKey
from ringfence.service.policies.models import TenantPolicyRecord
from ringfence.service.reports.models import Report
from ringfence.service.strikes.models import Strike

__all__ = ["ApiKey", "Appeal", "AuditEntry", "Base", "Case", "Event", "Report", "Strike", "TenantPolicyRecord"]
