"""A stack of the library's constructs used directly, with Terraform tokens where values may be tokens
(variables for names, URLs, numbers and booleans), stored secrets (write_only=False), a generic record
with sensitive fields, and a provider of the app's own (tests/app/test_synth_golden.py)."""

from servicenow_spoke import (
    BasicAuthCredential,
    ConnectionAlias,
    GenericRecord,
    HttpConnection,
    OAuth2Credential,
    OAuthApiEndpoint,
    OAuthEntityProfile,
    RemoteInstanceSpoke,
    SecretValue,
    ServiceNowInstance,
    UserLookup,
)
from servicenow_spoke.cdk import App, LocalBackend, TerraformStack, TerraformVariable
from servicenow_spoke.records import ServicenowProvider
from spoke_app.app import TARGET_VERSIONS_CONTEXT, TERRAFORM_TARGET

# The project's Terraform target, as SpokeApp declares it (CDK Terrain checks write-only arguments
# against it; cdktf ignores it).
app = App(context={TARGET_VERSIONS_CONTEXT: {"terraform": TERRAFORM_TARGET}})
stack = TerraformStack(app, "library")
LocalBackend(stack, path="library.tfstate")
admin = SecretValue.from_env_variable(stack, "admin_password")
stored = SecretValue.from_variable(
    TerraformVariable(stack, "stored_secret", type="string", sensitive=True), ephemeral=False
)
name = TerraformVariable(stack, "record_name", type="string").string_value
url = TerraformVariable(stack, "hub_url", type="string").string_value
lifespan = TerraformVariable(stack, "lifespan", type="number").number_value
active = TerraformVariable(stack, "active", type="bool").boolean_value

hub = ServicenowProvider(
    stack, "Hub", alias="hub", instance_url=url, username="admin", password=admin.token, auth_method="basic"
)
dev = ServiceNowInstance(url="https://dev.service-now.com", username="admin", password=admin)
spoke = RemoteInstanceSpoke(
    stack,
    "Spoke",
    remote=ServiceNowInstance(url=url, provider=hub),
    local=dev,
    local_user_name=name,
    local_password=admin,
    endpoint_name=name,
    access_token_lifespan=lifespan,
    registry_active=active,
    output_prefix="main_",
)
user = UserLookup(stack, "Owner", provider=hub, user_name=name)
OAuthApiEndpoint(
    stack,
    "StoredEndpoint",
    provider=hub,
    name="Stored secret endpoint",
    redirect_url="https://dev.service-now.com/oauth_redirect.do",
    client_secret=stored,
    write_only=False,
    refresh_token_lifespan=lifespan,
    active=active,
    comments="kept in state",
    user=user,
)
profile = OAuthEntityProfile(
    stack, "OtherProfile", provider=spoke.local_provider, name="Other default_profile"
)
credential = OAuth2Credential(
    stack, "OtherCredential", provider=spoke.local_provider, oauth_entity_profile=profile, name=name, order=7
)
basic = BasicAuthCredential(
    stack,
    "StoredBasic",
    provider=spoke.local_provider,
    user_name="svc",
    password=stored,
    write_only=False,
    name="Stored Basic",
    order=lifespan,
)
alias = ConnectionAlias(stack, "OtherAlias", provider=spoke.local_provider, name="OtherAlias")
HttpConnection(
    stack,
    "OtherConnection",
    provider=spoke.local_provider,
    name="Other Connection",
    credential=credential,
    connection_alias=alias,
    connection_url=url,
    active=active,
)
HttpConnection(
    stack,
    "InactiveConnection",
    provider=spoke.local_provider,
    name="Inactive Connection",
    credential=basic.sys_id,
    connection_alias=alias.sys_id,
    connection_url="https://elsewhere.service-now.com/",
    active=False,
)
GenericRecord(
    stack,
    "Secretive",
    provider=spoke.local_provider,
    table="u_vault",
    fields={"u_name": name, "u_kind": "x"},
    sensitive_fields={"u_secret": admin},
    sensitive_fields_version="2",
    adopt_by="u_name",
    on_destroy="keep",
)
GenericRecord(
    stack,
    "StoredFields",
    provider=hub,
    table="u_vault",
    fields={"u_name": "stored"},
    sensitive_fields={"u_secret": stored},
    write_only=False,
)
app.synth()
