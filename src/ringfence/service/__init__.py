"""The Ringfence HTTP service: scanning API, moderation queue, strikes, appeals and audit.

Each domain (keys, policies, events, cases, reports, strikes, appeals, audit) has the same shape:
models.py (tables), service.py (rules, no HTTP) and routes.py (FastAPI endpoints). The engine never imports
this package.
"""
