"""API keys: create (secret returned once), look up by the secret's hash, list and revoke."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ringfence.service.audit import service as audit
from ringfence.service.clock import Clock
from ringfence.service.errors import Invalid, NotFound
from ringfence.service.keys.models import ApiKey
from ringfence.service.runtime import Principal

ROLES = ("integrator", "reviewer", "admin")
DEFAULT_TENANT = "default"
SECRET_PREFIX = "rfk_"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def _key_id(digest: str) -> str:
    return "key_" + digest[:16]


def key_dict(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "tenant": key.tenant,
        "role": key.role,
        "label": key.label,
        "created_by": key.created_by,
        "created_at": key.created_at.isoformat(),
        "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
    }


def validate_tenant(tenant: str) -> str:
    if not tenant or len(tenant) > 64 or not all(c.isalnum() or c in "-_." for c in tenant):
        raise Invalid("tenant must be 1-64 characters of letters, digits, '-', '_' or '.'")
    return tenant


def create_key(
    session: Session, clock: Clock, *, tenant: str, role: str, actor: str, label: str | None = None
) -> tuple[ApiKey, str]:
    if role not in ROLES:
        raise Invalid(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    validate_tenant(tenant)
    secret = new_secret()
    digest = hash_secret(secret)
    key = ApiKey(
        id=_key_id(digest),
        tenant=tenant,
        role=role,
        secret_sha256=digest,
        label=label,
        created_by=actor,
        created_at=clock.now(),
    )
    session.add(key)
    audit.record(
        session,
        tenant=tenant,
        actor=actor,
        action="key.create",
        target_type="key",
        target_id=key.id,
        at=key.created_at,
        after=key_dict(key),
    )
    return key, secret


def ensure_admin_key(session: Session, clock: Clock, secret: str | None) -> str | None:
    """Make `secret` (RINGFENCE_ADMIN_KEY) an admin key of the default tenant; with no secret, create one on first
    start only. Returns a newly generated secret (to print once), else None. Commits."""
    now = clock.now()
    if secret:
        digest = hash_secret(secret)
        if session.scalar(select(ApiKey.id).where(ApiKey.secret_sha256 == digest)) is not None:
            return None
        key = ApiKey(
            id=_key_id(digest),
            tenant=DEFAULT_TENANT,
            role="admin",
            secret_sha256=digest,
            label="RINGFENCE_ADMIN_KEY",
            created_by=audit.SYSTEM,
            created_at=now,
        )
        session.add(key)
        audit.record(
            session,
            tenant=DEFAULT_TENANT,
            actor=audit.SYSTEM,
            action="key.create",
            target_type="key",
            target_id=key.id,
            at=now,
            after=key_dict(key),
        )
        try:
            session.commit()
        except IntegrityError:  # another worker inserted it first
            session.rollback()
        return None
    existing = session.scalar(
        select(ApiKey.id).where(ApiKey.tenant == DEFAULT_TENANT, ApiKey.role == "admin", ApiKey.revoked_at.is_(None))
    )
    if existing is not None:
        return None
    _, generated = create_key(
        session, clock, tenant=DEFAULT_TENANT, role="admin", actor=audit.SYSTEM, label="generated at first start"
    )
    session.commit()
    return generated


def lookup(session: Session, secret: str) -> Principal | None:
    key = session.scalar(select(ApiKey).where(ApiKey.secret_sha256 == hash_secret(secret), ApiKey.revoked_at.is_(None)))
    return Principal(key.id, key.tenant, key.role) if key else None


def list_keys(session: Session, tenant: str) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.tenant == tenant).order_by(ApiKey.created_at)))


def revoke_key(session: Session, clock: Clock, *, tenant: str, key_id: str, actor: str) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None or key.tenant != tenant:
        raise NotFound(f"no key {key_id!r} in this tenant")
    if key.revoked_at is None:
        before = key_dict(key)
        key.revoked_at = clock.now()
        audit.record(
            session,
            tenant=tenant,
            actor=actor,
            action="key.revoke",
            target_type="key",
            target_id=key.id,
            at=key.revoked_at,
            before=before,
            after=key_dict(key),
        )
    return key
