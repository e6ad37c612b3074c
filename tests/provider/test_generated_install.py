"""`install --catalog FILE`: the installed provider serves a catalog's tables, from its mirror, under the
lock file, with real terraform against an emulator."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from servicenow_emulator.testing import Emulator
from terraform_provider_servicenow.catalog_file import CatalogFileError
from terraform_provider_servicenow.install import install
from tests.provider.conftest import ROOT, TF_BASE_ENV, TerraformRun
from tests.provider.generated_tables import (
    SECRET,
    TABLE,
    WIDGET,
    hcl_lifecycle,
    make_widget_table,
    widget_hcl,
    write_catalog,
)

MODULE = "terraform_provider_servicenow/installed_catalog.py"


def _digest(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "terraform_provider_servicenow", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_install_compiles_the_catalog_beside_the_code_and_removes_it_when_installed_without(tmp_path):
    catalog = write_catalog(tmp_path / "widget.toml")
    first = install(tmp_path / "m", catalogs=[catalog])
    module = first.provider_dir / MODULE
    assert first.generated == (TABLE,) and first.skipped == ()
    assert "widget.toml (sha256 " in module.read_text() and str(tmp_path) not in module.read_text()
    assert list((module.parent / "__pycache__").glob("installed_catalog.*.pyc"))
    before = _digest(tmp_path / "m")
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    again = install(tmp_path / "m", catalogs=[write_catalog(moved / "widget.toml")])
    assert not again.changed and _digest(tmp_path / "m") == before  # same tables, same lock-file hash
    plain = install(tmp_path / "m")
    assert not module.exists() and not list(module.parent.glob("__pycache__/installed_catalog*"))
    assert {p.name for p in plain.removed} >= {"installed_catalog.py"}


def test_a_bad_catalog_installs_nothing_and_says_what_is_wrong(tmp_path):
    install(tmp_path / "m", catalogs=[write_catalog(tmp_path / "widget.toml")])
    before = _digest(tmp_path / "m")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        write_catalog(tmp_path / "ok.toml").read_text().replace('kind = "choice"', 'kind = "colour"')
    )
    with pytest.raises(CatalogFileError, match="kind 'colour' is not one of"):
        install(tmp_path / "m", catalogs=[bad])
    assert _digest(tmp_path / "m") == before
    proc = _cli("install", "--dir", str(tmp_path / "m"), "--catalog", str(tmp_path / "missing.toml"))
    assert proc.returncode == 2 and "missing.toml: no such file" in proc.stderr
    assert "nothing was installed" in proc.stderr and _digest(tmp_path / "m") == before


def test_the_install_command_says_what_it_serves_and_what_it_leaves_out(tmp_path):
    covered = replace(WIDGET, type_name="http_connection", table="http_connection")
    catalog = write_catalog(tmp_path / "two.toml", WIDGET, covered)
    proc = _cli("install", "--dir", str(tmp_path / "m"), "--catalog", str(catalog))
    assert proc.returncode == 0, proc.stderr
    assert "generated tables served: servicenow_u_widget" in proc.stdout
    assert (
        "note: servicenow_http_connection left out: table http_connection is served by the provider's own"
        in (proc.stderr)
    )


def test_the_schema_and_docs_commands_read_a_catalog_file(tmp_path):
    catalog = write_catalog(tmp_path / "widget.toml")
    schema = json.loads(_cli("schema", "--catalog", str(catalog)).stdout)
    (provider,) = schema["provider_schemas"].values()
    assert "servicenow_u_widget" in provider["resource_schemas"]
    assert "servicenow_u_widget" in provider["data_source_schemas"]
    docs = _cli("docs", "--catalog", str(catalog))
    assert docs.returncode == 0 and "## `servicenow_u_widget` Widget (table `u_widget`)" in docs.stdout
    assert "servicenow_u_widget" not in _cli("schema").stdout


# --------------------------------------------------------------------------------------------------
# With real terraform
# --------------------------------------------------------------------------------------------------


@pytest.fixture
def widget_terraform(tmp_path: Path, terraform_binary: str, emulator: Emulator) -> TerraformRun:
    make_widget_table(emulator.url, emulator.auth)
    mirror = tmp_path / "mirror"
    result = install(mirror, catalogs=[write_catalog(tmp_path / "widget.toml")])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TF_", "SERVICENOW_"))}
    env.update(TF_BASE_ENV, TF_CLI_CONFIG_FILE=str(result.terraformrc), TF_VAR_secret=SECRET)
    env["SERVICENOW_JOURNAL_DIR"] = str(tmp_path / "journal")
    workdir = tmp_path / "tf"
    workdir.mkdir()
    return TerraformRun(workdir, terraform_binary, env)


@pytest.mark.acceptance
def test_terraform_creates_plans_changes_sees_drift_imports_and_destroys_a_generated_table_record(
    widget_terraform: TerraformRun, emulator: Emulator, tmp_path: Path
):
    hcl_lifecycle(widget_terraform, emulator)


@pytest.mark.acceptance
def test_a_new_catalog_changes_the_package_so_the_lock_file_must_be_made_again(
    widget_terraform: TerraformRun, emulator: Emulator, tmp_path: Path
):
    tf = widget_terraform
    tf.write(widget_hcl(emulator.url, u_name='"gear"'))
    tf.init()
    lock = (tf.workdir / ".terraform.lock.hcl").read_text()
    wider = replace(WIDGET, description="Widget, described anew.")
    install(tmp_path / "mirror", catalogs=[write_catalog(tmp_path / "wider.toml", wider)])
    stale = tf.run("init", "-no-color", "-input=false", check=False)
    assert stale.returncode != 0 and "checksum" in (stale.stdout + stale.stderr).lower()
    # Same version, new package: `init -upgrade` keeps the recorded checksums and fails the same way.
    assert tf.run("init", "-no-color", "-input=false", "-upgrade", check=False).returncode != 0
    (tf.workdir / ".terraform.lock.hcl").unlink()
    tf.init()
    assert (tf.workdir / ".terraform.lock.hcl").read_text() != lock
    schema = json.loads(tf.run("providers", "schema", "-json").stdout)
    (provider,) = schema["provider_schemas"].values()
    assert (
        provider["resource_schemas"]["servicenow_u_widget"]["block"]["description"]
        == "Widget, described anew."
    )
