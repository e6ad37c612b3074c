"""The spoke's outputs: their names (a public contract: `spoke authorize` and `spoke verify` read
them), and the URL of ServiceNow's "Get OAuth Token" link."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cdk import TerraformOutput

if TYPE_CHECKING:
    from .construct import RemoteInstanceSpoke

# Output names: a public contract (the `authorize`/`verify` commands read them). Each is prefixed with
# ``output_prefix`` (default: none).
OUTPUT_NAMES: tuple[str, ...] = (
    "local_instance_url",
    "remote_instance_url",
    "remote_endpoint_sys_id",
    "remote_client_id",
    "registry_sys_id",
    "profile_sys_id",
    "oauth_credential_sys_id",
    "local_credential_sys_id",
    "remote_connection_sys_id",
    "local_connection_sys_id",
    "get_oauth_token_url",
)


def get_oauth_token_url(local_url: str, credential_sys_id: str, profile_sys_id: str) -> str:
    """The URL the "Get OAuth Token" related link opens on the local instance."""
    return (
        f"{local_url}/oauth_initiator.do?oauth_requestor_context=oauth_2_0_credentials"
        f"&oauth_requestor={credential_sys_id}&oauth_provider_profile={profile_sys_id}&response_type=code"
    )


def add_outputs(spoke: RemoteInstanceSpoke, prefix: str) -> dict[str, TerraformOutput]:
    """One ``TerraformOutput`` per name of :data:`OUTPUT_NAMES` under ``spoke``, named ``<prefix><name>``."""
    values: dict[str, tuple[str, str]] = {
        "local_instance_url": (spoke.local_url, "URL of the local instance"),
        "remote_instance_url": (spoke.remote_url, "URL of the remote instance"),
        "remote_endpoint_sys_id": (spoke.endpoint.sys_id, "sys_id of the remote OAuth API endpoint"),
        "remote_client_id": (spoke.endpoint.client_id, "client ID of the remote OAuth API endpoint"),
        "registry_sys_id": (spoke.registry.sys_id, "sys_id of the local RemoteSpoke registry"),
        "profile_sys_id": (spoke.profile.sys_id, "sys_id of the local OAuth entity profile"),
        "oauth_credential_sys_id": (spoke.oauth_credential.sys_id, "sys_id of the OAuth 2.0 credential"),
        "local_credential_sys_id": (spoke.local_credential.sys_id, "sys_id of the basic-auth credential"),
        "remote_connection_sys_id": (spoke.remote_connection.sys_id, "sys_id of the remote connection"),
        "local_connection_sys_id": (spoke.local_connection.sys_id, "sys_id of the local connection"),
        "get_oauth_token_url": (spoke.get_oauth_token_url, 'open it to run "Get OAuth Token"'),
    }
    assert tuple(values) == OUTPUT_NAMES
    outputs: dict[str, TerraformOutput] = {}
    for name, (value, description) in values.items():
        output = TerraformOutput(spoke, name, value=value, description=description)
        output.override_logical_id(f"{prefix}{name}")
        outputs[name] = output
    return outputs
