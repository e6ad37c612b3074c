r'''
# `servicenow_application_registry`

Refer to the Terraform Registry for docs: [`servicenow_application_registry`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry).
'''
from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

import typeguard
from importlib.metadata import version as _metadata_package_version
TYPEGUARD_MAJOR_VERSION = int(_metadata_package_version('typeguard').split('.')[0])

def check_type(argname: str, value: object, expected_type: typing.Any) -> typing.Any:
    if TYPEGUARD_MAJOR_VERSION <= 2:
        return typeguard.check_type(argname=argname, value=value, expected_type=expected_type) # type:ignore
    else:
        if isinstance(value, jsii._reference_map.InterfaceDynamicProxy): # pyright: ignore [reportAttributeAccessIssue]
           pass
        else:
            if TYPEGUARD_MAJOR_VERSION == 3:
                typeguard.config.collection_check_strategy = typeguard.CollectionCheckStrategy.ALL_ITEMS # type:ignore
                typeguard.check_type(value=value, expected_type=expected_type) # type:ignore
            else:
                typeguard.check_type(value=value, expected_type=expected_type, collection_check_strategy=typeguard.CollectionCheckStrategy.ALL_ITEMS) # type:ignore

from .._jsii import *

import cdktn as _cdktn_78ede62e
import constructs as _constructs_77d1e7e8


class ApplicationRegistry(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.applicationRegistry.ApplicationRegistry",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry servicenow_application_registry}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        name: builtins.str,
        access: typing.Optional[builtins.str] = None,
        active: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        auth_url: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[builtins.str] = None,
        client_secret_wo: typing.Optional[builtins.str] = None,
        client_secret_wo_version: typing.Optional[builtins.str] = None,
        code_challenge_method: typing.Optional[builtins.str] = None,
        default_grant_type: typing.Optional[builtins.str] = None,
        on_destroy: typing.Optional[builtins.str] = None,
        public_client: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        redirect_url: typing.Optional[builtins.str] = None,
        refresh_token_lifespan: typing.Optional[jsii.Number] = None,
        sys_scope: typing.Optional[builtins.str] = None,
        token_url: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry servicenow_application_registry} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the existing record to adopt (for the spoke: ``RemoteSpoke``). Changing it adopts another. Changing it replaces the resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#name ApplicationRegistry#name}
        :param access: Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#access ApplicationRegistry#access}
        :param active: Whether the registry is active. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#active ApplicationRegistry#active}
        :param auth_url: Authorization URL (``https://<remote>/oauth_auth.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#auth_url ApplicationRegistry#auth_url}
        :param client_id: Client ID issued by the OAuth provider. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_id ApplicationRegistry#client_id}
        :param client_secret: Client secret issued by the OAuth provider (password2): written as a display value, never read back. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret ApplicationRegistry#client_secret}
        :param client_secret_wo: Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo ApplicationRegistry#client_secret_wo}
        :param client_secret_wo_version: Any string; changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo_version ApplicationRegistry#client_secret_wo_version}
        :param code_challenge_method: PKCE code challenge method: ``S256``, ``plain`` or ``none``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#code_challenge_method ApplicationRegistry#code_challenge_method}
        :param default_grant_type: Default grant type, for example ``authorization_code``, ``password`` or ``client_credentials``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#default_grant_type ApplicationRegistry#default_grant_type}
        :param on_destroy: What destroy does to the adopted record: ``restore`` (default) writes back the values this resource overwrote; ``keep`` leaves the record as it is. The record is never deleted. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#on_destroy ApplicationRegistry#on_destroy}
        :param public_client: PKCE required (public client). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#public_client ApplicationRegistry#public_client}
        :param redirect_url: Redirect URL (``https://<this instance>/oauth_redirect.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#redirect_url ApplicationRegistry#redirect_url}
        :param refresh_token_lifespan: Refresh token lifespan in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#refresh_token_lifespan ApplicationRegistry#refresh_token_lifespan}
        :param sys_scope: sys_id of the application (``sys_scope``) the record belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#sys_scope ApplicationRegistry#sys_scope}
        :param token_url: Token URL (``https://<remote>/oauth_token.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#token_url ApplicationRegistry#token_url}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__362d6a37fcd16f2a96917d6945c58bc160a53b0fa54e14804b7223345f3a0890)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ApplicationRegistryConfig(
            name=name,
            access=access,
            active=active,
            auth_url=auth_url,
            client_id=client_id,
            client_secret=client_secret,
            client_secret_wo=client_secret_wo,
            client_secret_wo_version=client_secret_wo_version,
            code_challenge_method=code_challenge_method,
            default_grant_type=default_grant_type,
            on_destroy=on_destroy,
            public_client=public_client,
            redirect_url=redirect_url,
            refresh_token_lifespan=refresh_token_lifespan,
            sys_scope=sys_scope,
            token_url=token_url,
            connection=connection,
            count=count,
            depends_on=depends_on,
            for_each=for_each,
            lifecycle=lifecycle,
            provider=provider,
            provisioners=provisioners,
        )

        jsii.create(self.__class__, self, [scope, id, config])

    @jsii.member(jsii_name="generateConfigForImport")
    @builtins.classmethod
    def generate_config_for_import(
        cls,
        scope: "_constructs_77d1e7e8.Construct",
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
    ) -> "_cdktn_78ede62e.ImportableResource":
        '''Generates CDKTN code for importing a ApplicationRegistry resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ApplicationRegistry to import.
        :param import_from_id: The id of the existing ApplicationRegistry that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ApplicationRegistry to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1767ff760a394f413cc3bd9226357abd2c4ca3c34881e31a634e5b7fea828486)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAccess")
    def reset_access(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccess", []))

    @jsii.member(jsii_name="resetActive")
    def reset_active(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetActive", []))

    @jsii.member(jsii_name="resetAuthUrl")
    def reset_auth_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthUrl", []))

    @jsii.member(jsii_name="resetClientId")
    def reset_client_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientId", []))

    @jsii.member(jsii_name="resetClientSecret")
    def reset_client_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientSecret", []))

    @jsii.member(jsii_name="resetClientSecretWo")
    def reset_client_secret_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientSecretWo", []))

    @jsii.member(jsii_name="resetClientSecretWoVersion")
    def reset_client_secret_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientSecretWoVersion", []))

    @jsii.member(jsii_name="resetCodeChallengeMethod")
    def reset_code_challenge_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCodeChallengeMethod", []))

    @jsii.member(jsii_name="resetDefaultGrantType")
    def reset_default_grant_type(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetDefaultGrantType", []))

    @jsii.member(jsii_name="resetOnDestroy")
    def reset_on_destroy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOnDestroy", []))

    @jsii.member(jsii_name="resetPublicClient")
    def reset_public_client(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPublicClient", []))

    @jsii.member(jsii_name="resetRedirectUrl")
    def reset_redirect_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectUrl", []))

    @jsii.member(jsii_name="resetRefreshTokenLifespan")
    def reset_refresh_token_lifespan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRefreshTokenLifespan", []))

    @jsii.member(jsii_name="resetSysScope")
    def reset_sys_scope(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSysScope", []))

    @jsii.member(jsii_name="resetTokenUrl")
    def reset_token_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetTokenUrl", []))

    @jsii.member(jsii_name="synthesizeAttributes")
    def _synthesize_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeAttributes", []))

    @jsii.member(jsii_name="synthesizeHclAttributes")
    def _synthesize_hcl_attributes(self) -> typing.Mapping[builtins.str, typing.Any]:
        return typing.cast(typing.Mapping[builtins.str, typing.Any], jsii.invoke(self, "synthesizeHclAttributes", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="tfResourceType")
    def TF_RESOURCE_TYPE(cls) -> builtins.str:
        return typing.cast(builtins.str, jsii.sget(cls, "tfResourceType"))

    @builtins.property
    @jsii.member(jsii_name="adoptedValues")
    def adopted_values(self) -> "_cdktn_78ede62e.StringMap":
        return typing.cast("_cdktn_78ede62e.StringMap", jsii.get(self, "adoptedValues"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="sysId")
    def sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sysId"))

    @builtins.property
    @jsii.member(jsii_name="accessInput")
    def access_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "accessInput"))

    @builtins.property
    @jsii.member(jsii_name="activeInput")
    def active_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], jsii.get(self, "activeInput"))

    @builtins.property
    @jsii.member(jsii_name="authUrlInput")
    def auth_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="clientIdInput")
    def client_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientIdInput"))

    @builtins.property
    @jsii.member(jsii_name="clientSecretInput")
    def client_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="clientSecretWoInput")
    def client_secret_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecretWoInput"))

    @builtins.property
    @jsii.member(jsii_name="clientSecretWoVersionInput")
    def client_secret_wo_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecretWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="codeChallengeMethodInput")
    def code_challenge_method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "codeChallengeMethodInput"))

    @builtins.property
    @jsii.member(jsii_name="defaultGrantTypeInput")
    def default_grant_type_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "defaultGrantTypeInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="onDestroyInput")
    def on_destroy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "onDestroyInput"))

    @builtins.property
    @jsii.member(jsii_name="publicClientInput")
    def public_client_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], jsii.get(self, "publicClientInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectUrlInput")
    def redirect_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirectUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="refreshTokenLifespanInput")
    def refresh_token_lifespan_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "refreshTokenLifespanInput"))

    @builtins.property
    @jsii.member(jsii_name="sysScopeInput")
    def sys_scope_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sysScopeInput"))

    @builtins.property
    @jsii.member(jsii_name="tokenUrlInput")
    def token_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tokenUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="access")
    def access(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "access"))

    @access.setter
    def access(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a99babaadb0ba3046ffb06e5531c249187254c131a61ed8e0bbba4603f5708b2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "access", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="active")
    def active(self) -> typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]:
        return typing.cast(typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"], jsii.get(self, "active"))

    @active.setter
    def active(
        self,
        value: typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8356f534c8678a07c4a3d855cf882f9c030b0e7fe255850243ae820b24206d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "active", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authUrl")
    def auth_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "authUrl"))

    @auth_url.setter
    def auth_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8c73d9d8e8bc28f4a424902c85be0ed0814af75d490069219fb3ea892a2b0a87)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientId")
    def client_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientId"))

    @client_id.setter
    def client_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f40064970bf1a4b2aa52d1f561ce826b115c42b2d405ddb34cb328f8b3218785)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ef592a0af3af25cd3a06f915840e652653d4c93e61a617b37db6090aedba220d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecretWo")
    def client_secret_wo(self) -> builtins.str:
        '''
        :deprecated: Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.

        :stability: deprecated
        '''
        return typing.cast(builtins.str, jsii.get(self, "clientSecretWo"))

    @client_secret_wo.setter
    def client_secret_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a02d4123b433461055eae18482eff4884af6146f80668a2e1d84277a0f916202)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecretWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecretWoVersion")
    def client_secret_wo_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecretWoVersion"))

    @client_secret_wo_version.setter
    def client_secret_wo_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e92b641bf3c02bff483171595a1cb49cbc963e8360b2758f1149b29816ceee6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecretWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="codeChallengeMethod")
    def code_challenge_method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "codeChallengeMethod"))

    @code_challenge_method.setter
    def code_challenge_method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f64a140534a66735f73327885946ab069e1f92115b762f0de5d51464155e8055)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "codeChallengeMethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="defaultGrantType")
    def default_grant_type(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "defaultGrantType"))

    @default_grant_type.setter
    def default_grant_type(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__bcda4aaa6207de69fdce3f40a278a3a398665078b70a35ae7157af4cba4219cf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "defaultGrantType", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__79ed872dc4ac86e58a021415f5c831b39e2cf918779eef2893fc8b5025f38a22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="onDestroy")
    def on_destroy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "onDestroy"))

    @on_destroy.setter
    def on_destroy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dbbbdba475e6a33e3146f499fb51ddc75ad973139d55427f2625acadb78bbefb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "onDestroy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="publicClient")
    def public_client(
        self,
    ) -> typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]:
        return typing.cast(typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"], jsii.get(self, "publicClient"))

    @public_client.setter
    def public_client(
        self,
        value: typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e91a2136de5917413569037ad7c11ce4ccff0f88de5fb97152ba7f93ddc890ea)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "publicClient", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectUrl")
    def redirect_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirectUrl"))

    @redirect_url.setter
    def redirect_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5803734eca40e56d9342bb4d600232a9603d2ae124cbc9140c74d774f1971b56)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="refreshTokenLifespan")
    def refresh_token_lifespan(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "refreshTokenLifespan"))

    @refresh_token_lifespan.setter
    def refresh_token_lifespan(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cbaac0bbf96f615efb95fbdbb4637a7e7b52fd5f518d1ceae40f289afe7f0e6e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "refreshTokenLifespan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sysScope")
    def sys_scope(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sysScope"))

    @sys_scope.setter
    def sys_scope(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__99089a900a49f02b9393394ea70d65c9cfbff8733e267e5e52f0d27f11dc81c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sysScope", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="tokenUrl")
    def token_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "tokenUrl"))

    @token_url.setter
    def token_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__ac38842ed01214146784b4b8e3409129068e1124d524ffb0930e84fc2a64a6bf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "tokenUrl", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.applicationRegistry.ApplicationRegistryConfig",
    jsii_struct_bases=[_cdktn_78ede62e.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "name": "name",
        "access": "access",
        "active": "active",
        "auth_url": "authUrl",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "client_secret_wo": "clientSecretWo",
        "client_secret_wo_version": "clientSecretWoVersion",
        "code_challenge_method": "codeChallengeMethod",
        "default_grant_type": "defaultGrantType",
        "on_destroy": "onDestroy",
        "public_client": "publicClient",
        "redirect_url": "redirectUrl",
        "refresh_token_lifespan": "refreshTokenLifespan",
        "sys_scope": "sysScope",
        "token_url": "tokenUrl",
    },
)
class ApplicationRegistryConfig(_cdktn_78ede62e.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
        name: builtins.str,
        access: typing.Optional[builtins.str] = None,
        active: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        auth_url: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[builtins.str] = None,
        client_secret_wo: typing.Optional[builtins.str] = None,
        client_secret_wo_version: typing.Optional[builtins.str] = None,
        code_challenge_method: typing.Optional[builtins.str] = None,
        default_grant_type: typing.Optional[builtins.str] = None,
        on_destroy: typing.Optional[builtins.str] = None,
        public_client: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        redirect_url: typing.Optional[builtins.str] = None,
        refresh_token_lifespan: typing.Optional[jsii.Number] = None,
        sys_scope: typing.Optional[builtins.str] = None,
        token_url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the existing record to adopt (for the spoke: ``RemoteSpoke``). Changing it adopts another. Changing it replaces the resource. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#name ApplicationRegistry#name}
        :param access: Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#access ApplicationRegistry#access}
        :param active: Whether the registry is active. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#active ApplicationRegistry#active}
        :param auth_url: Authorization URL (``https://<remote>/oauth_auth.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#auth_url ApplicationRegistry#auth_url}
        :param client_id: Client ID issued by the OAuth provider. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_id ApplicationRegistry#client_id}
        :param client_secret: Client secret issued by the OAuth provider (password2): written as a display value, never read back. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret ApplicationRegistry#client_secret}
        :param client_secret_wo: Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo ApplicationRegistry#client_secret_wo}
        :param client_secret_wo_version: Any string; changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo_version ApplicationRegistry#client_secret_wo_version}
        :param code_challenge_method: PKCE code challenge method: ``S256``, ``plain`` or ``none``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#code_challenge_method ApplicationRegistry#code_challenge_method}
        :param default_grant_type: Default grant type, for example ``authorization_code``, ``password`` or ``client_credentials``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#default_grant_type ApplicationRegistry#default_grant_type}
        :param on_destroy: What destroy does to the adopted record: ``restore`` (default) writes back the values this resource overwrote; ``keep`` leaves the record as it is. The record is never deleted. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#on_destroy ApplicationRegistry#on_destroy}
        :param public_client: PKCE required (public client). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#public_client ApplicationRegistry#public_client}
        :param redirect_url: Redirect URL (``https://<this instance>/oauth_redirect.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#redirect_url ApplicationRegistry#redirect_url}
        :param refresh_token_lifespan: Refresh token lifespan in seconds. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#refresh_token_lifespan ApplicationRegistry#refresh_token_lifespan}
        :param sys_scope: sys_id of the application (``sys_scope``) the record belongs to. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#sys_scope ApplicationRegistry#sys_scope}
        :param token_url: Token URL (``https://<remote>/oauth_token.do``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#token_url ApplicationRegistry#token_url}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__889f21c566b6ed80c4799a7ef653117a2939c38b216eacd45c6fc1d5ae6217ff)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument auth_url", value=auth_url, expected_type=type_hints["auth_url"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument client_secret_wo", value=client_secret_wo, expected_type=type_hints["client_secret_wo"])
            check_type(argname="argument client_secret_wo_version", value=client_secret_wo_version, expected_type=type_hints["client_secret_wo_version"])
            check_type(argname="argument code_challenge_method", value=code_challenge_method, expected_type=type_hints["code_challenge_method"])
            check_type(argname="argument default_grant_type", value=default_grant_type, expected_type=type_hints["default_grant_type"])
            check_type(argname="argument on_destroy", value=on_destroy, expected_type=type_hints["on_destroy"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument redirect_url", value=redirect_url, expected_type=type_hints["redirect_url"])
            check_type(argname="argument refresh_token_lifespan", value=refresh_token_lifespan, expected_type=type_hints["refresh_token_lifespan"])
            check_type(argname="argument sys_scope", value=sys_scope, expected_type=type_hints["sys_scope"])
            check_type(argname="argument token_url", value=token_url, expected_type=type_hints["token_url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if connection is not None:
            self._values["connection"] = connection
        if count is not None:
            self._values["count"] = count
        if depends_on is not None:
            self._values["depends_on"] = depends_on
        if for_each is not None:
            self._values["for_each"] = for_each
        if lifecycle is not None:
            self._values["lifecycle"] = lifecycle
        if provider is not None:
            self._values["provider"] = provider
        if provisioners is not None:
            self._values["provisioners"] = provisioners
        if access is not None:
            self._values["access"] = access
        if active is not None:
            self._values["active"] = active
        if auth_url is not None:
            self._values["auth_url"] = auth_url
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if client_secret_wo is not None:
            self._values["client_secret_wo"] = client_secret_wo
        if client_secret_wo_version is not None:
            self._values["client_secret_wo_version"] = client_secret_wo_version
        if code_challenge_method is not None:
            self._values["code_challenge_method"] = code_challenge_method
        if default_grant_type is not None:
            self._values["default_grant_type"] = default_grant_type
        if on_destroy is not None:
            self._values["on_destroy"] = on_destroy
        if public_client is not None:
            self._values["public_client"] = public_client
        if redirect_url is not None:
            self._values["redirect_url"] = redirect_url
        if refresh_token_lifespan is not None:
            self._values["refresh_token_lifespan"] = refresh_token_lifespan
        if sys_scope is not None:
            self._values["sys_scope"] = sys_scope
        if token_url is not None:
            self._values["token_url"] = token_url

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", "_cdktn_78ede62e.WinrmProvisionerConnection"]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List["_cdktn_78ede62e.ITerraformDependable"]], result)

    @builtins.property
    def for_each(self) -> typing.Optional["_cdktn_78ede62e.ITerraformIterator"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional["_cdktn_78ede62e.ITerraformIterator"], result)

    @builtins.property
    def lifecycle(
        self,
    ) -> typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformResourceLifecycle"], result)

    @builtins.property
    def provider(self) -> typing.Optional["_cdktn_78ede62e.TerraformProvider"]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional["_cdktn_78ede62e.TerraformProvider"], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union["_cdktn_78ede62e.FileProvisioner", "_cdktn_78ede62e.LocalExecProvisioner", "_cdktn_78ede62e.RemoteExecProvisioner"]]], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the existing record to adopt (for the spoke: ``RemoteSpoke``).

        Changing it adopts another. Changing it replaces the resource.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#name ApplicationRegistry#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access(self) -> typing.Optional[builtins.str]:
        '''Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#access ApplicationRegistry#access}
        '''
        result = self._values.get("access")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def active(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Whether the registry is active.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#active ApplicationRegistry#active}
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    @builtins.property
    def auth_url(self) -> typing.Optional[builtins.str]:
        '''Authorization URL (``https://<remote>/oauth_auth.do``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#auth_url ApplicationRegistry#auth_url}
        '''
        result = self._values.get("auth_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''Client ID issued by the OAuth provider.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_id ApplicationRegistry#client_id}
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret(self) -> typing.Optional[builtins.str]:
        '''Client secret issued by the OAuth provider (password2): written as a display value, never read back.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret ApplicationRegistry#client_secret}
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret_wo(self) -> typing.Optional[builtins.str]:
        '''Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo ApplicationRegistry#client_secret_wo}
        '''
        result = self._values.get("client_secret_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret_wo_version(self) -> typing.Optional[builtins.str]:
        '''Any string;

        changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#client_secret_wo_version ApplicationRegistry#client_secret_wo_version}
        '''
        result = self._values.get("client_secret_wo_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def code_challenge_method(self) -> typing.Optional[builtins.str]:
        '''PKCE code challenge method: ``S256``, ``plain`` or ``none``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#code_challenge_method ApplicationRegistry#code_challenge_method}
        '''
        result = self._values.get("code_challenge_method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_grant_type(self) -> typing.Optional[builtins.str]:
        '''Default grant type, for example ``authorization_code``, ``password`` or ``client_credentials``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#default_grant_type ApplicationRegistry#default_grant_type}
        '''
        result = self._values.get("default_grant_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_destroy(self) -> typing.Optional[builtins.str]:
        '''What destroy does to the adopted record: ``restore`` (default) writes back the values this resource overwrote;

        ``keep`` leaves the record as it is. The record is never deleted.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#on_destroy ApplicationRegistry#on_destroy}
        '''
        result = self._values.get("on_destroy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def public_client(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''PKCE required (public client).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#public_client ApplicationRegistry#public_client}
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    @builtins.property
    def redirect_url(self) -> typing.Optional[builtins.str]:
        '''Redirect URL (``https://<this instance>/oauth_redirect.do``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#redirect_url ApplicationRegistry#redirect_url}
        '''
        result = self._values.get("redirect_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_token_lifespan(self) -> typing.Optional[jsii.Number]:
        '''Refresh token lifespan in seconds.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#refresh_token_lifespan ApplicationRegistry#refresh_token_lifespan}
        '''
        result = self._values.get("refresh_token_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sys_scope(self) -> typing.Optional[builtins.str]:
        '''sys_id of the application (``sys_scope``) the record belongs to.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#sys_scope ApplicationRegistry#sys_scope}
        '''
        result = self._values.get("sys_scope")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def token_url(self) -> typing.Optional[builtins.str]:
        '''Token URL (``https://<remote>/oauth_token.do``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/application_registry#token_url ApplicationRegistry#token_url}
        '''
        result = self._values.get("token_url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ApplicationRegistryConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ApplicationRegistry",
    "ApplicationRegistryConfig",
]

publication.publish()

def _typecheckingstub__362d6a37fcd16f2a96917d6945c58bc160a53b0fa54e14804b7223345f3a0890(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    access: typing.Optional[builtins.str] = None,
    active: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    auth_url: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[builtins.str] = None,
    client_secret_wo: typing.Optional[builtins.str] = None,
    client_secret_wo_version: typing.Optional[builtins.str] = None,
    code_challenge_method: typing.Optional[builtins.str] = None,
    default_grant_type: typing.Optional[builtins.str] = None,
    on_destroy: typing.Optional[builtins.str] = None,
    public_client: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    redirect_url: typing.Optional[builtins.str] = None,
    refresh_token_lifespan: typing.Optional[jsii.Number] = None,
    sys_scope: typing.Optional[builtins.str] = None,
    token_url: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1767ff760a394f413cc3bd9226357abd2c4ca3c34881e31a634e5b7fea828486(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a99babaadb0ba3046ffb06e5531c249187254c131a61ed8e0bbba4603f5708b2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8356f534c8678a07c4a3d855cf882f9c030b0e7fe255850243ae820b24206d5(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c73d9d8e8bc28f4a424902c85be0ed0814af75d490069219fb3ea892a2b0a87(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f40064970bf1a4b2aa52d1f561ce826b115c42b2d405ddb34cb328f8b3218785(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef592a0af3af25cd3a06f915840e652653d4c93e61a617b37db6090aedba220d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a02d4123b433461055eae18482eff4884af6146f80668a2e1d84277a0f916202(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e92b641bf3c02bff483171595a1cb49cbc963e8360b2758f1149b29816ceee6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f64a140534a66735f73327885946ab069e1f92115b762f0de5d51464155e8055(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcda4aaa6207de69fdce3f40a278a3a398665078b70a35ae7157af4cba4219cf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79ed872dc4ac86e58a021415f5c831b39e2cf918779eef2893fc8b5025f38a22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbbbdba475e6a33e3146f499fb51ddc75ad973139d55427f2625acadb78bbefb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e91a2136de5917413569037ad7c11ce4ccff0f88de5fb97152ba7f93ddc890ea(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5803734eca40e56d9342bb4d600232a9603d2ae124cbc9140c74d774f1971b56(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbaac0bbf96f615efb95fbdbb4637a7e7b52fd5f518d1ceae40f289afe7f0e6e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99089a900a49f02b9393394ea70d65c9cfbff8733e267e5e52f0d27f11dc81c4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac38842ed01214146784b4b8e3409129068e1124d524ffb0930e84fc2a64a6bf(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__889f21c566b6ed80c4799a7ef653117a2939c38b216eacd45c6fc1d5ae6217ff(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    access: typing.Optional[builtins.str] = None,
    active: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    auth_url: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[builtins.str] = None,
    client_secret_wo: typing.Optional[builtins.str] = None,
    client_secret_wo_version: typing.Optional[builtins.str] = None,
    code_challenge_method: typing.Optional[builtins.str] = None,
    default_grant_type: typing.Optional[builtins.str] = None,
    on_destroy: typing.Optional[builtins.str] = None,
    public_client: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    redirect_url: typing.Optional[builtins.str] = None,
    refresh_token_lifespan: typing.Optional[jsii.Number] = None,
    sys_scope: typing.Optional[builtins.str] = None,
    token_url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
