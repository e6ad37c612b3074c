"""The config's [settings] choose the state backend: local files (default) or PostgreSQL (`pg`).

Synth only (no terraform, no instance): the backend block each stack gets, that the connection string is
never in it, and the errors for bad settings (file, key, fix).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from servicenow_spoke.cdk import App
from spoke_app.config import ConfigError, build_app, load_config, render_config, render_settings

PAIR = render_config(
    stack="dev",
    remote_url="https://remote-dev.service-now.com",
    local_url="https://local-dev.service-now.com",
    pair_only=True,
)


def synth(tmp_path: Path, settings: dict[str, object]) -> dict[str, dict[str, object]]:
    path = tmp_path / "spoke.toml"
    path.write_text(render_settings(settings) + "\n" + PAIR)
    app = App(outdir=str(tmp_path / "out"))
    build_app(app, load_config(path))
    app.synth()
    return json.loads((tmp_path / "out" / "stacks" / "dev" / "cdk.tf.json").read_text())["terraform"][
        "backend"
    ]


def test_the_default_backend_is_a_local_state_file_per_stack(tmp_path: Path) -> None:
    backend = synth(tmp_path, {"state_dir": "state"})
    assert backend == {"local": {"path": str((tmp_path / "state" / "dev.tfstate").resolve())}}


def test_the_pg_backend_keeps_each_stack_in_its_own_schema_without_a_connection_string(
    tmp_path: Path,
) -> None:
    backend = synth(tmp_path, {"backend": "pg"})
    assert backend == {"pg": {"schema_name": "spoke_dev"}}  # conn_str: from PG_CONN_STR at run time
    assert synth(tmp_path, {"backend": "pg", "pg_schema_prefix": "team_a_"}) == {
        "pg": {"schema_name": "team_a_dev"}
    }
    config = tmp_path / "spoke.toml"
    config.write_text(render_settings({"backend": "pg", "pg_conn_str_variable": "TEAM_PG"}) + "\n" + PAIR)
    loaded = load_config(config)
    assert loaded.backend == "pg" and loaded.pg is not None and loaded.pg.conn_str_variable == "TEAM_PG"


@pytest.mark.parametrize(
    ("settings", "key", "fix"),
    [
        ({"backend": "s3"}, "settings.backend", 'use "local" or "pg"'),
        ({"pg_conn_str_variable": "PG"}, "settings.pg_conn_str_variable", 'set backend = "pg"'),
        (
            {"backend": "pg", "pg_conn_str_variable": "1PG"},
            "settings.pg_conn_str_variable",
            "letters, digits",
        ),
        ({"backend": "pg", "pg_schema_prefix": "a-b"}, "settings.pg_schema_prefix", "letters, digits"),
        ({"backend": "pg", "pg_schema_prefix": "p" * 62}, "pair[0].stack", "shorter stack name"),
        (
            {"backend": "pg", "conn_str": "postgres://u:hunter2@h/db"},
            "settings.conn_str",
            "pg_conn_str_variable",
        ),
        (
            {"backend": "pg", "pg_conn_str": "postgres://u:hunter2@h/db"},
            "settings.pg_conn_str",
            "environment variable",
        ),
    ],
)
def test_bad_backend_settings_name_the_key_and_the_fix(
    tmp_path: Path, settings: dict[str, object], key: str, fix: str
) -> None:
    path = tmp_path / "spoke.toml"
    path.write_text(render_settings(settings) + "\n" + PAIR)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: key '{key}':"), message
    assert fix in message.split("Fix:", 1)[1], message
    assert "hunter2" not in message
