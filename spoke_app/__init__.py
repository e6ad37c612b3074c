"""The app side of the project: what sits on top of the construct library.

- :mod:`spoke_app.config`: a config file (``spoke.toml``) -> one stack per instance pair
  (:func:`load_config`, :func:`build_app`, :func:`spoke_for_pair`, :func:`add_state_backend`,
  :class:`SpokeStack`);
- :mod:`spoke_app.app`: :class:`SpokeApp`, the cdktf ``App`` that checks the environment and seeds the
  provider's lock entry, so that plain ``cdktf deploy`` works offline;
- :mod:`spoke_app.cli`: the ``spoke`` command (``new``, ``setup``, ``env``, ``synth/deploy/diff/destroy``,
  ``authorize``, ``verify``), with :mod:`spoke_app.project` (an app folder) and
  :mod:`spoke_app.scaffold` (``spoke new``);
- :mod:`spoke_app.workspace`: runs the cdktf CLI in a work directory (demo, tests, benchmarks);
- :mod:`spoke_app.terraform`: makes sure a Terraform >= 1.11 is available;
- :mod:`spoke_app.fleet`: many stacks of one config at once (deploy/diff/destroy, bounded parallelism,
  progress, summary, drift report); :mod:`spoke_app.pg_state`: the ``pg`` backend's connection string
  and lock holders.

The construct library (:mod:`servicenow_spoke`) never imports this package. The names below are
imported on first use, so that the ``spoke`` command does not start cdktf's runtime for ``spoke env``.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ConfigError": "config",
    "PairConfig": "config",
    "SpokeConfig": "config",
    "SpokeStack": "config",
    "add_state_backend": "config",
    "build_app": "config",
    "load_config": "config",
    "spoke_for_pair": "config",
    "SpokeApp": "app",
    "SpokeEnvironmentError": "app",
    "check_environment": "app",
    "seed_provider_locks": "app",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'spoke_app' has no attribute {name!r}")
    return getattr(importlib.import_module(f"spoke_app.{_EXPORTS[name]}"), name)
