"""The app side of the project: what sits on top of the construct library.

- :mod:`spoke_app.config`: a config file (``spoke.toml``) -> one stack per instance pair;
- :mod:`spoke_app.workspace`: runs the cdktf CLI offline and reads stack outputs;
- :mod:`spoke_app.terraform`: makes sure a Terraform >= 1.11 is available;
- :mod:`spoke_app.fleet`: many stacks of one config at once (deploy/diff/destroy, bounded parallelism,
  progress, summary, drift report); :mod:`spoke_app.pg_state`: the ``pg`` backend's connection string
  and lock holders.

The construct library (:mod:`servicenow_spoke`) never imports this package.
"""
