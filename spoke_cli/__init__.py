"""The project's command line: ``python -m spoke_cli authorize|verify`` (console script ``spoke``).

``authorize`` runs ServiceNow's "Get OAuth Token" for a deployed spoke and waits for the token;
``verify`` checks the whole chain on both instances. Both find the records from the stack's state (the
config file's ``state_dir``) or from explicit flags, and read admin passwords from ``TF_VAR_*`` only.
"""
