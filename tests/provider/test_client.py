"""The Table API client: retries and backoff, Retry-After, lost creates, errors, OAuth tokens."""

from __future__ import annotations

import email.utils
import time

import pytest

from terraform_provider_servicenow.client import ApiError, parse_retry_after
from terraform_provider_servicenow.creates import create
from tests.provider.conftest import FakeServer, Sleeps, make_client

RECORD = {"sys_id": "a" * 32, "name": "x"}


def test_503_then_success_is_retried_with_exponential_backoff(fake_server: FakeServer):
    fake_server.answer(503, {"error": {"message": "busy"}})
    fake_server.answer(503, {"error": {"message": "busy"}})
    fake_server.answer(200, {"result": RECORD})
    sleeps = Sleeps()
    client = make_client(fake_server.url, sleeps, retry_base_delay=0.1, retry_max_delay=10)
    assert client.get("oauth_entity", "a" * 32) == RECORD
    assert len(fake_server.seen) == 3
    assert len(sleeps) == 2 and 0.05 <= sleeps[0] <= 0.1 and 0.1 <= sleeps[1] <= 0.2


def test_429_waits_the_retry_after_seconds(fake_server: FakeServer):
    fake_server.answer(429, {"error": {"message": "Rate limit exceeded"}}, {"Retry-After": "3"})
    fake_server.answer(200, {"result": RECORD})
    sleeps = Sleeps()
    make_client(fake_server.url, sleeps).get("t", "a" * 32)
    assert sleeps == [3.0]


def test_retry_after_is_capped_by_the_maximum_delay(fake_server: FakeServer):
    fake_server.answer(429, None, {"Retry-After": "3600"})
    fake_server.answer(200, {"result": RECORD})
    sleeps = Sleeps()
    make_client(fake_server.url, sleeps, retry_max_delay=5).get("t", "a" * 32)
    assert sleeps == [5]


def test_retry_after_accepts_seconds_and_http_dates():
    assert parse_retry_after("7") == 7.0
    now = time.time()
    assert 59 <= parse_retry_after(email.utils.formatdate(now + 60, usegmt=True), now=now) <= 61
    assert parse_retry_after("not a date") is None and parse_retry_after(None) is None


def test_retries_are_bounded_and_the_error_says_how_many_attempts(fake_server: FakeServer):
    fake_server.fallback = lambda _s: (
        503,
        {"error": {"message": "Service Unavailable", "detail": "node down"}},
        {},
    )
    with pytest.raises(ApiError) as info:
        make_client(fake_server.url, max_retries=3).get("http_connection", "a" * 32)
    err = info.value
    assert (err.status, err.attempts, err.message, err.detail) == (503, 4, "Service Unavailable", "node down")
    assert len(fake_server.seen) == 4


@pytest.mark.parametrize("status", [400, 401, 403])
def test_errors_that_retrying_cannot_fix_are_not_retried(fake_server: FakeServer, status: int):
    fake_server.fallback = lambda _s: (
        status,
        {"error": {"message": "m", "detail": "d"}, "status": "failure"},
        {},
    )
    with pytest.raises(ApiError) as info:
        make_client(fake_server.url).get("t", "a" * 32)
    assert info.value.status == status and (info.value.message, info.value.detail) == ("m", "d")
    assert len(fake_server.seen) == 1


@pytest.mark.parametrize("method", ["get", "update", "delete"])
def test_a_500_to_a_read_update_or_delete_is_retried_like_a_503(fake_server: FakeServer, method: str):
    fake_server.answer(500, {"error": {"message": "Internal server error"}})
    fake_server.answer(200, {"result": RECORD})
    client = make_client(fake_server.url)
    args = {"get": (), "update": ({"name": "x"},), "delete": ()}[method]
    assert getattr(client, method)("t", "a" * 32, *args)
    assert len(fake_server.seen) == 2


def test_404_on_read_is_none(fake_server: FakeServer):
    fake_server.answer(404, {"error": {"message": "No Record found"}, "status": "failure"})
    assert make_client(fake_server.url).get("t", "a" * 32) is None


def test_create_sends_a_sys_id_and_excludes_reference_links(fake_server: FakeServer):
    fake_server.handle(lambda seen: (201, {"result": dict(seen.body)}, {}))
    record = create(make_client(fake_server.url), "sys_properties", {"name": "p"})
    post = fake_server.seen[0]
    assert post.method == "POST" and post.args["sysparm_exclude_reference_link"] == "true"
    assert len(post.body["sys_id"]) == 32 and record["sys_id"] == post.body["sys_id"]
    assert "sysparm_input_display_value" not in post.args


def test_password2_writes_use_display_values(fake_server: FakeServer):
    fake_server.handle(lambda seen: (200, {"result": RECORD}, {}))
    make_client(fake_server.url).update(
        "basic_auth_credentials", "a" * 32, {"password": "x"}, display_value=True
    )
    assert fake_server.seen[0].method == "PATCH"
    assert fake_server.seen[0].args["sysparm_input_display_value"] == "true"


def test_a_create_whose_502_answer_hid_a_commit_is_not_sent_again(fake_server: FakeServer):
    committed: dict = {}

    def commit_then_502(seen):
        committed.update(seen.body)
        return 502, None, {}

    fake_server.handle(commit_then_502)
    fake_server.handle(lambda seen: (200, {"result": dict(committed)}, {}))  # GET by the sys_id
    record = create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET"]
    assert fake_server.seen[1].path == f"/api/now/table/oauth_entity/{committed['sys_id']}"
    assert record["name"] == "ep"


def test_a_create_whose_504_answer_hid_no_commit_is_sent_again_with_the_same_sys_id(fake_server: FakeServer):
    fake_server.answer(504)
    fake_server.answer(404, {"error": {"message": "No Record found"}})
    fake_server.handle(lambda seen: (201, {"result": dict(seen.body)}, {}))
    create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET", "POST"]
    assert fake_server.seen[0].body["sys_id"] == fake_server.seen[2].body["sys_id"]


def test_a_create_answered_503_is_looked_up_before_it_is_sent_again(fake_server: FakeServer):
    fake_server.answer(503)
    fake_server.answer(404, {"error": {"message": "No Record found"}})
    fake_server.handle(lambda seen: (201, {"result": dict(seen.body)}, {}))
    create(make_client(fake_server.url), "oauth_entity", {"name": "ep"})
    assert [s.method for s in fake_server.seen] == ["POST", "GET", "POST"]


def test_connection_refused_is_retried_then_reported_without_an_answer():
    client = make_client("http://127.0.0.1:9", max_retries=2)
    with pytest.raises(ApiError) as info:
        client.get("oauth_entity", "a" * 32)
    assert info.value.status is None and info.value.attempts == 3
    assert client.request_count == 3


def test_non_json_error_bodies_are_summarised(fake_server: FakeServer):
    fake_server.handle(lambda _s: (400, None, {}))
    with pytest.raises(ApiError) as info:
        make_client(fake_server.url).get("t", "a" * 32)
    assert info.value.message == "(empty body)"


def test_query_all_follows_pages_until_the_total(fake_server: FakeServer):
    rows = [{"sys_id": f"{i:032x}", "name": str(i)} for i in range(25)]

    def page(seen):
        offset, limit = int(seen.args["sysparm_offset"]), int(seen.args["sysparm_limit"])
        return 200, {"result": rows[offset : offset + limit]}, {"X-Total-Count": "25"}

    fake_server.fallback = page
    got = make_client(fake_server.url).query_all("sys_properties", "", limit=1000, page_size=10)
    assert [r["name"] for r in got] == [str(i) for i in range(25)]
    assert [s.args["sysparm_offset"] for s in fake_server.seen] == ["0", "10", "20"]


def test_query_all_stops_at_the_limit(fake_server: FakeServer):
    rows = [{"sys_id": f"{i:032x}"} for i in range(25)]
    fake_server.fallback = lambda s: (
        200,
        {"result": rows[int(s.args["sysparm_offset"]) :][: int(s.args["sysparm_limit"])]},
        {},
    )
    got = make_client(fake_server.url).query_all("t", "", limit=12, page_size=10)
    assert len(got) == 12 and [s.args["sysparm_limit"] for s in fake_server.seen] == ["10", "2"]


# ------------------------------------------------------------------------------------------ OAuth


def _token_answer(seen, counter=[0]):  # noqa: B006 - a shared counter is the point
    counter[0] += 1
    return 200, {"access_token": f"tok{counter[0]}", "refresh_token": "ref", "expires_in": 1800}, {}


def test_oauth_password_grant_gets_one_token_and_sends_it_as_bearer(fake_server: FakeServer):
    fake_server.handle(_token_answer)
    fake_server.fallback = lambda _s: (200, {"result": RECORD}, {})
    client = make_client(
        fake_server.url, auth_method="oauth_password", client_id="cid", client_secret="csecret-value"
    )
    client.get("t", "a" * 32)
    client.get("t", "a" * 32)
    token_req, first, second = fake_server.seen
    assert token_req.path == "/oauth_token.do"
    assert token_req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert token_req.body["grant_type"] == "password" and token_req.body["username"] == "admin"
    assert "Authorization" not in token_req.headers
    assert first.headers["Authorization"] == second.headers["Authorization"]
    assert first.headers["Authorization"].startswith("Bearer tok")


def test_oauth_client_credentials_grant(fake_server: FakeServer):
    fake_server.handle(lambda _s: (200, {"access_token": "cc", "expires_in": 1800}, {}))
    fake_server.fallback = lambda _s: (200, {"result": RECORD}, {})
    make_client(
        fake_server.url, auth_method="oauth_client_credentials", client_id="cid", client_secret="cs-value"
    ).get("t", "a" * 32)
    assert fake_server.seen[0].body == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": "cs-value",
    }
    assert fake_server.seen[1].headers["Authorization"] == "Bearer cc"


def test_an_expired_token_is_refreshed_with_the_refresh_grant(fake_server: FakeServer):
    fake_server.handle(lambda _s: (200, {"access_token": "t1", "refresh_token": "r1", "expires_in": 10}, {}))
    fake_server.handle(lambda _s: (200, {"result": RECORD}, {}))
    fake_server.handle(lambda _s: (200, {"access_token": "t2", "expires_in": 1800}, {}))
    fake_server.handle(lambda _s: (200, {"result": RECORD}, {}))
    client = make_client(
        fake_server.url, auth_method="oauth_password", client_id="c", client_secret="s-value"
    )
    client.get("t", "a" * 32)  # 10 s lifetime is inside the 30 s early-refresh window: refreshed next time
    client.get("t", "a" * 32)
    refresh = fake_server.seen[2]
    assert refresh.body["grant_type"] == "refresh_token" and refresh.body["refresh_token"] == "r1"
    assert fake_server.seen[3].headers["Authorization"] == "Bearer t2"


def test_a_401_with_a_token_gets_one_new_token_and_one_more_try(fake_server: FakeServer):
    fake_server.handle(lambda _s: (200, {"access_token": "old", "expires_in": 1800}, {}))
    fake_server.handle(lambda _s: (401, {"error": {"message": "User Not Authenticated"}}, {}))
    fake_server.handle(lambda _s: (200, {"access_token": "new", "expires_in": 1800}, {}))
    fake_server.handle(lambda _s: (200, {"result": RECORD}, {}))
    client = make_client(
        fake_server.url, auth_method="oauth_client_credentials", client_id="c", client_secret="s-v"
    )
    assert client.get("t", "a" * 32) == RECORD
    assert fake_server.seen[3].headers["Authorization"] == "Bearer new"


def test_a_refused_token_request_is_an_error_of_the_token_operation(fake_server: FakeServer):
    fake_server.fallback = lambda _s: (401, {"error": "access_denied", "error_description": "bad client"}, {})
    client = make_client(
        fake_server.url, auth_method="oauth_client_credentials", client_id="c", client_secret="s-v"
    )
    with pytest.raises(ApiError) as info:
        client.get("t", "a" * 32)
    assert (info.value.operation, info.value.status, info.value.message) == ("token", 401, "access_denied")
    assert info.value.detail == "bad client"


# ------------------------------------------------------------------------------------------ TLS


def _self_signed(tmp_path):
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


def test_https_with_a_private_ca_needs_ca_bundle_and_an_untrusted_one_is_not_retried(tmp_path):
    import ssl
    import threading

    from werkzeug.serving import make_server

    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    fake = FakeServer()
    fake.fallback = lambda _s: (200, {"result": RECORD}, {})
    server = make_server("127.0.0.1", 0, fake.wsgi, threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{server.server_port}"
    try:
        with pytest.raises(ApiError) as info:
            make_client(url).get("t", "a" * 32)
        assert info.value.status is None and "not trusted" in info.value.message and info.value.attempts == 1
        assert make_client(url, ca_bundle=str(cert_file)).get("t", "a" * 32) == RECORD
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


def test_an_html_answer_says_to_check_the_url_and_whether_the_instance_sleeps(fake_server: FakeServer):
    fake_server.script.append(lambda _s: (200, None, {}))
    with pytest.raises(ApiError) as info:
        make_client(fake_server.url).get("t", "a" * 32)
    assert "not JSON" in info.value.message and "hibernate" in info.value.detail


def test_a_create_that_committed_before_its_last_502_is_a_success_not_an_error(fake_server: FakeServer):
    committed: dict = {}

    def commit_then_502(seen):
        committed.update(seen.body)
        return 502, None, {}

    fake_server.handle(commit_then_502)
    fake_server.handle(lambda seen: (200, {"result": dict(committed)}, {}))
    record = create(make_client(fake_server.url, max_retries=0), "oauth_entity", {"name": "ep"})
    assert record["sys_id"] == committed["sys_id"]
    assert [s.method for s in fake_server.seen] == ["POST", "GET"]
