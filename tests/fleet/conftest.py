"""Fleet fixtures: a private PostgreSQL cluster, emulators for several pairs, and a fleet runner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import terraformrc  # noqa: F401  (the session's snapshot of the provider mirror)
from tools.postgres import Cluster, ensure, private_cluster


@pytest.fixture(scope="module")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster of its own on 127.0.0.1 and a free port, stopped and removed afterwards.

    ``ensure`` is the setup step (`make setup`): it finds the server or installs Debian's package.
    """
    ensure(quiet=True)
    with private_cluster() as cluster:
        yield cluster
