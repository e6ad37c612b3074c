"""Provider settings: environment-variable defaults, auth inference, and errors that name the setting."""

from __future__ import annotations

import pytest
from tf.types import Unknown
from tf.utils import Diagnostics

from terraform_provider_servicenow.provider import ServiceNowProvider
from terraform_provider_servicenow.settings import SettingsError, resolve

SECRET = "pa55-word-never-shown"


def problems(config, env=None):
    with pytest.raises(SettingsError) as info:
        resolve(config, env or {})
    return {p.setting: p for p in info.value.problems}


def test_every_setting_falls_back_to_its_environment_variable():
    env = {
        "SERVICENOW_INSTANCE_URL": "https://acme.service-now.com/",
        "SERVICENOW_USERNAME": "admin",
        "SERVICENOW_PASSWORD": SECRET,
        "SERVICENOW_REQUEST_TIMEOUT": "12.5",
        "SERVICENOW_MAX_RETRIES": "7",
    }
    s = resolve({}, env)
    assert s.instance_url == "https://acme.service-now.com"
    assert (s.username, s.password, s.auth_method) == ("admin", SECRET, "basic")
    assert (s.request_timeout, s.max_retries) == (12.5, 7)


def test_the_provider_block_wins_over_the_environment():
    env = {"SERVICENOW_INSTANCE_URL": "https://env.service-now.com", "SERVICENOW_USERNAME": "env"}
    s = resolve({"instance_url": "https://block.service-now.com", "username": "u", "password": "p"}, env)
    assert (s.instance_url, s.username) == ("https://block.service-now.com", "u")


def test_defaults_are_sixty_seconds_and_four_retries():
    s = resolve({"instance_url": "https://a.service-now.com", "username": "u", "password": "p"}, {})
    assert (s.request_timeout, s.max_retries, s.ca_bundle) == (60.0, 4, None)


@pytest.mark.parametrize(
    ("config", "method"),
    [
        ({"username": "u", "password": "p"}, "basic"),
        ({"client_id": "c", "client_secret": "s", "username": "u", "password": "p"}, "oauth_password"),
        ({"client_id": "c", "client_secret": "s"}, "oauth_client_credentials"),
    ],
)
def test_auth_method_is_inferred_from_the_settings_given(config, method):
    assert resolve({"instance_url": "https://a.service-now.com", **config}, {}).auth_method == method


def test_missing_instance_url_names_the_setting_and_its_variable():
    found = problems({"username": "u", "password": "p"})
    assert "instance_url" in found
    assert "SERVICENOW_INSTANCE_URL" in found["instance_url"].detail


@pytest.mark.parametrize(
    "url",
    ["http://acme.service-now.com", "ftp://acme", "acme.service-now.com", "https://a.service-now.com/?x=1"],
)
def test_instance_url_must_be_https_except_on_loopback(url):
    found = problems({"instance_url": url, "username": "u", "password": "p"})
    assert set(found) == {"instance_url"}


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"])
def test_http_is_accepted_on_loopback(url):
    assert resolve({"instance_url": url, "username": "u", "password": "p"}, {}).instance_url == url


def test_basic_auth_without_password_names_password_and_the_variable():
    found = problems({"instance_url": "https://a.service-now.com", "username": "u"})
    assert set(found) == {"password"}
    assert "SERVICENOW_PASSWORD" in found["password"].detail


def test_oauth_password_grant_without_client_secret_names_client_secret():
    found = problems(
        {"instance_url": "https://a.service-now.com", "client_id": "c", "username": "u", "password": "p"}
    )
    assert set(found) == {"client_secret"}


def test_client_secret_without_client_id_is_an_error_naming_client_id():
    found = problems({"instance_url": "https://a.service-now.com", "client_secret": SECRET})
    assert set(found) == {"client_id"}
    assert SECRET not in found["client_id"].detail + found["client_id"].summary


def test_contradictory_settings_in_the_block_are_named():
    found = problems(
        {
            "instance_url": "https://a.service-now.com",
            "auth_method": "basic",
            "username": "u",
            "password": "p",
            "client_id": "c",
        }
    )
    assert set(found) == {"client_id"}
    assert "Contradictory" in found["client_id"].summary


def test_settings_from_the_environment_that_the_method_does_not_use_are_ignored():
    s = resolve(
        {
            "instance_url": "https://a.service-now.com",
            "auth_method": "basic",
            "username": "u",
            "password": "p",
        },
        {"SERVICENOW_CLIENT_ID": "shared-env-client"},
    )
    assert s.auth_method == "basic"


@pytest.mark.parametrize(
    ("name", "value"), [("auth_method", "kerberos"), ("max_retries", "-1"), ("request_timeout", "zero")]
)
def test_bad_values_name_the_environment_variable_they_came_from(name, value):
    env = {"SERVICENOW_" + name.upper(): value}
    found = problems({"instance_url": "https://a.service-now.com", "username": "u", "password": "p"}, env)
    assert name in found
    assert f"SERVICENOW_{name.upper()}" in found[name].summary


def test_ca_bundle_must_be_an_existing_file(tmp_path):
    found = problems(
        {
            "instance_url": "https://a.service-now.com",
            "username": "u",
            "password": "p",
            "ca_bundle": "/nope.pem",
        }
    )
    assert set(found) == {"ca_bundle"}
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    ok = resolve(
        {"instance_url": "https://a.service-now.com", "username": "u", "password": "p", "ca_bundle": str(pem)}
    )
    assert ok.ca_bundle == str(pem)


def test_settings_repr_never_shows_secrets():
    s = resolve({"instance_url": "https://a.service-now.com", "username": "u", "password": SECRET}, {})
    assert SECRET not in repr(s)


def test_configure_reports_each_problem_as_a_diagnostic_on_the_setting(monkeypatch):
    for var in (
        "SERVICENOW_INSTANCE_URL",
        "SERVICENOW_USERNAME",
        "SERVICENOW_PASSWORD",
        "SERVICENOW_CLIENT_ID",
    ):
        monkeypatch.delenv(var, raising=False)
    diags = Diagnostics()
    provider = ServiceNowProvider()
    provider.configure_provider(diags, {"instance_url": "http://example.com", "password": SECRET})
    paths = {tuple(d.path or ()) for d in diags.diagnostics}
    assert {("instance_url",), ("username",)} <= paths
    assert provider.client is None
    assert SECRET not in str(diags)


def test_configure_with_unknown_settings_says_which_are_unknown():
    diags = Diagnostics()
    ServiceNowProvider().configure_provider(diags, {"instance_url": Unknown, "username": "u"})
    assert diags.has_errors() and "instance_url" in str(diags)


def test_validate_checks_what_is_written_but_leaves_missing_settings_to_configure():
    diags = Diagnostics()
    ServiceNowProvider().validate_config(diags, {"instance_url": None})
    assert not diags.diagnostics
    ServiceNowProvider().validate_config(
        diags, {"instance_url": "http://acme.service-now.com", "auth_method": "x"}
    )
    assert {tuple(d.path) for d in diags.diagnostics} == {("instance_url",), ("auth_method",)}
