"""A ServiceNow instance on loopback: Table API, OAuth 2.0 and fault injection, for tests and the demo.

Start one with ``python -m servicenow_emulator --port 0 --name remote --seed spoke`` or, in-process,
with :func:`servicenow_emulator.testing.run_emulator`. See README.md beside this file.
"""
