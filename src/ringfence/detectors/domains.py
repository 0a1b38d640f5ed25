"""Host names against the public-suffix list that ships inside the `publicsuffixlist` package (offline)."""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList(only_icann=True)


@lru_cache(maxsize=65536)
def public_suffix(host: str) -> str | None:
    """The ICANN public suffix of `host` ("co.uk" for "a.b.co.uk"), or None if its TLD is unknown."""
    host = host.lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1]
    if not _PSL.is_public(tld) and not tld.startswith("xn--"):
        return None
    return _PSL.publicsuffix(host, accept_unknown=False)


@lru_cache(maxsize=65536)
def is_registrable_host(host: str) -> bool:
    """True when `host` has a known public suffix and at least one label left of it."""
    host = host.lower().rstrip(".")
    if any(not label for label in host.split(".")):
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    suffix = public_suffix(ascii_host)
    return suffix is not None and len(ascii_host) > len(suffix) + 1
