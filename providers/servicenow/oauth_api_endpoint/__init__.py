r'''
# `servicenow_oauth_api_endpoint`

Refer to the Terraform Registry for docs: [`servicenow_oauth_api_endpoint`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint).
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

import cdktf as _cdktf_9a9027ec
import constructs as _constructs_77d1e7e8


class OauthApiEndpoint(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.oauthApiEndpoint.OauthApiEndpoint",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint servicenow_oauth_api_endpoint}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        name: builtins.str,
        access: typing.Optional[builtins.str] = None,
        access_token_lifespan: typing.Optional[jsii.Number] = None,
        active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        client_secret: typing.Optional[builtins.str] = None,
        client_secret_wo: typing.Optional[builtins.str] = None,
        client_secret_wo_version: typing.Optional[builtins.str] = None,
        code_challenge_method: typing.Optional[builtins.str] = None,
        comments: typing.Optional[builtins.str] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        logo_url: typing.Optional[builtins.str] = None,
        public_client: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        redirect_url: typing.Optional[builtins.str] = None,
        refresh_token_lifespan: typing.Optional[jsii.Number] = None,
        user: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint servicenow_oauth_api_endpoint} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the application registry, unique on the instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#name OauthApiEndpoint#name}
        :param access: Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only). Default: ``public``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access OauthApiEndpoint#access}
        :param access_token_lifespan: Access token lifespan in seconds. Default: ``1800``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access_token_lifespan OauthApiEndpoint#access_token_lifespan}
        :param active: Whether the endpoint is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#active OauthApiEndpoint#active}
        :param client_secret: Client secret (password2). Generated by the provider (48 URL-safe characters from ``secrets``) when not set; written as a display value, never read back from the instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret OauthApiEndpoint#client_secret}
        :param client_secret_wo: Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo OauthApiEndpoint#client_secret_wo}
        :param client_secret_wo_version: Any string; changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo_version OauthApiEndpoint#client_secret_wo_version}
        :param code_challenge_method: PKCE code challenge method: ``S256``, ``plain`` or ``none``. Default: ``S256``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#code_challenge_method OauthApiEndpoint#code_challenge_method}
        :param comments: Free-text comments about the endpoint. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#comments OauthApiEndpoint#comments}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#create_sys_id OauthApiEndpoint#create_sys_id}
        :param logo_url: URL of a logo shown on the consent page. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#logo_url OauthApiEndpoint#logo_url}
        :param public_client: Public client: PKCE required (only the authorization-code grant is then allowed). Default: ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#public_client OauthApiEndpoint#public_client}
        :param redirect_url: Redirect URL(s), comma separated. For the spoke: ``https://<local instance>/oauth_redirect.do``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#redirect_url OauthApiEndpoint#redirect_url}
        :param refresh_token_lifespan: Refresh token lifespan in seconds (8,640,000 = 100 days). Default: ``8640000``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#refresh_token_lifespan OauthApiEndpoint#refresh_token_lifespan}
        :param user: sys_id of the OAuth Application User (``sys_user``): the user that client-credentials tokens act as. Needed for the inbound client-credentials grant (Washington DC and later); unset, the column is cleared. The column's name is unconfirmed (ServiceNow adds the field through Form Design): before setting it the provider checks that ``oauth_entity`` has a ``user`` column in sys_dictionary, and stops with an error when it does not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#user OauthApiEndpoint#user}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__01df186fa7cce410b6a840b117319f0fd7d69888c92d1211e1a37dd2aa6d518e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = OauthApiEndpointConfig(
            name=name,
            access=access,
            access_token_lifespan=access_token_lifespan,
            active=active,
            client_secret=client_secret,
            client_secret_wo=client_secret_wo,
            client_secret_wo_version=client_secret_wo_version,
            code_challenge_method=code_challenge_method,
            comments=comments,
            create_sys_id=create_sys_id,
            logo_url=logo_url,
            public_client=public_client,
            redirect_url=redirect_url,
            refresh_token_lifespan=refresh_token_lifespan,
            user=user,
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
        scope: _constructs_77d1e7e8.Construct,
        import_to_id: builtins.str,
        import_from_id: builtins.str,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    ) -> _cdktf_9a9027ec.ImportableResource:
        '''Generates CDKTF code for importing a OauthApiEndpoint resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the OauthApiEndpoint to import.
        :param import_from_id: The id of the existing OauthApiEndpoint that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the OauthApiEndpoint to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__b815f07e730bf95985057f4af8deac7272e5acd7ca67044a66fb50c8c7d1eff7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAccess")
    def reset_access(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccess", []))

    @jsii.member(jsii_name="resetAccessTokenLifespan")
    def reset_access_token_lifespan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAccessTokenLifespan", []))

    @jsii.member(jsii_name="resetActive")
    def reset_active(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetActive", []))

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

    @jsii.member(jsii_name="resetComments")
    def reset_comments(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetComments", []))

    @jsii.member(jsii_name="resetCreateSysId")
    def reset_create_sys_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCreateSysId", []))

    @jsii.member(jsii_name="resetLogoUrl")
    def reset_logo_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetLogoUrl", []))

    @jsii.member(jsii_name="resetPublicClient")
    def reset_public_client(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPublicClient", []))

    @jsii.member(jsii_name="resetRedirectUrl")
    def reset_redirect_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRedirectUrl", []))

    @jsii.member(jsii_name="resetRefreshTokenLifespan")
    def reset_refresh_token_lifespan(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRefreshTokenLifespan", []))

    @jsii.member(jsii_name="resetUser")
    def reset_user(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUser", []))

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
    @jsii.member(jsii_name="clientId")
    def client_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientId"))

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
    @jsii.member(jsii_name="accessTokenLifespanInput")
    def access_token_lifespan_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "accessTokenLifespanInput"))

    @builtins.property
    @jsii.member(jsii_name="activeInput")
    def active_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "activeInput"))

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
    @jsii.member(jsii_name="commentsInput")
    def comments_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "commentsInput"))

    @builtins.property
    @jsii.member(jsii_name="createSysIdInput")
    def create_sys_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "createSysIdInput"))

    @builtins.property
    @jsii.member(jsii_name="logoUrlInput")
    def logo_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "logoUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="publicClientInput")
    def public_client_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "publicClientInput"))

    @builtins.property
    @jsii.member(jsii_name="redirectUrlInput")
    def redirect_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "redirectUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="refreshTokenLifespanInput")
    def refresh_token_lifespan_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "refreshTokenLifespanInput"))

    @builtins.property
    @jsii.member(jsii_name="userInput")
    def user_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "userInput"))

    @builtins.property
    @jsii.member(jsii_name="access")
    def access(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "access"))

    @access.setter
    def access(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c15c57908e8a6baf68149e475c77ff5c1f29ab19bfa1a4572b907237aa8ff52c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "access", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="accessTokenLifespan")
    def access_token_lifespan(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "accessTokenLifespan"))

    @access_token_lifespan.setter
    def access_token_lifespan(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__802cd2e3f1c10a9a17a50e201ee9158b9a5b7759098f0899f2851b6334ff6a13)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "accessTokenLifespan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="active")
    def active(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "active"))

    @active.setter
    def active(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a54b43b9b469bd4687d4a7fe05cf67c617670d5f6508e89c5c2ed67cac294764)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "active", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3753b4aa472929f3122220702b77786a754879d4c01152b9ffe716328027d6d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecretWo")
    def client_secret_wo(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecretWo"))

    @client_secret_wo.setter
    def client_secret_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__437d84767b35f8d7916cab6cc49254c899cd8bca06a3f098d31c2606f1e723ab)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecretWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecretWoVersion")
    def client_secret_wo_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "clientSecretWoVersion"))

    @client_secret_wo_version.setter
    def client_secret_wo_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__a1bbfc2a90f735fd7142d9ce0f4ce652808a8d2773d4057b0c32f4140ace4363)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecretWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="codeChallengeMethod")
    def code_challenge_method(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "codeChallengeMethod"))

    @code_challenge_method.setter
    def code_challenge_method(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fa30068f5045f5329e0d3a5cad2adf721efa57cbd7e4a044b3b4cdf97fb91e9f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "codeChallengeMethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="comments")
    def comments(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "comments"))

    @comments.setter
    def comments(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__63dc811f8efedf612ee49b69d795e650c21048aa2d4fc9338277e1bf3a88ed3e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "comments", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="createSysId")
    def create_sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createSysId"))

    @create_sys_id.setter
    def create_sys_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__8856ca4f2437016edbf609471897a42809f647d632e0dfbd168321a7d16b6726)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "createSysId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="logoUrl")
    def logo_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "logoUrl"))

    @logo_url.setter
    def logo_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c644e990edaa79d092f196d3fdc3863edb1d92ecd4a22692f9bf88c1269113fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "logoUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__36f04fc8398235d7a26800660d3330efd140bef6b80c781450c2b42479f14086)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="publicClient")
    def public_client(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "publicClient"))

    @public_client.setter
    def public_client(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3b965a38d3958c9c5adfcc32ab5ccf4489b513d16666a1e77c47fef3199e7d80)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "publicClient", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="redirectUrl")
    def redirect_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "redirectUrl"))

    @redirect_url.setter
    def redirect_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e269b169d3182ffdf11812a987afb4acc0d4f8cfda65753090e08574b2ce523f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "redirectUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="refreshTokenLifespan")
    def refresh_token_lifespan(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "refreshTokenLifespan"))

    @refresh_token_lifespan.setter
    def refresh_token_lifespan(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f8f555a412664cfdbf5f1692c3361b79a8f5d0a2555bfe78f6d1f54fa3372bc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "refreshTokenLifespan", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="user")
    def user(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "user"))

    @user.setter
    def user(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6f6d1ddc96b10f98e49c1e2b68dd6210ac22ed0328cda5004bb452d275c81171)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "user", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.oauthApiEndpoint.OauthApiEndpointConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
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
        "access_token_lifespan": "accessTokenLifespan",
        "active": "active",
        "client_secret": "clientSecret",
        "client_secret_wo": "clientSecretWo",
        "client_secret_wo_version": "clientSecretWoVersion",
        "code_challenge_method": "codeChallengeMethod",
        "comments": "comments",
        "create_sys_id": "createSysId",
        "logo_url": "logoUrl",
        "public_client": "publicClient",
        "redirect_url": "redirectUrl",
        "refresh_token_lifespan": "refreshTokenLifespan",
        "user": "user",
    },
)
class OauthApiEndpointConfig(_cdktf_9a9027ec.TerraformMetaArguments):
    def __init__(
        self,
        *,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
        name: builtins.str,
        access: typing.Optional[builtins.str] = None,
        access_token_lifespan: typing.Optional[jsii.Number] = None,
        active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        client_secret: typing.Optional[builtins.str] = None,
        client_secret_wo: typing.Optional[builtins.str] = None,
        client_secret_wo_version: typing.Optional[builtins.str] = None,
        code_challenge_method: typing.Optional[builtins.str] = None,
        comments: typing.Optional[builtins.str] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        logo_url: typing.Optional[builtins.str] = None,
        public_client: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        redirect_url: typing.Optional[builtins.str] = None,
        refresh_token_lifespan: typing.Optional[jsii.Number] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the application registry, unique on the instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#name OauthApiEndpoint#name}
        :param access: Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only). Default: ``public``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access OauthApiEndpoint#access}
        :param access_token_lifespan: Access token lifespan in seconds. Default: ``1800``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access_token_lifespan OauthApiEndpoint#access_token_lifespan}
        :param active: Whether the endpoint is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#active OauthApiEndpoint#active}
        :param client_secret: Client secret (password2). Generated by the provider (48 URL-safe characters from ``secrets``) when not set; written as a display value, never read back from the instance. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret OauthApiEndpoint#client_secret}
        :param client_secret_wo: Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo OauthApiEndpoint#client_secret_wo}
        :param client_secret_wo_version: Any string; changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo_version OauthApiEndpoint#client_secret_wo_version}
        :param code_challenge_method: PKCE code challenge method: ``S256``, ``plain`` or ``none``. Default: ``S256``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#code_challenge_method OauthApiEndpoint#code_challenge_method}
        :param comments: Free-text comments about the endpoint. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#comments OauthApiEndpoint#comments}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#create_sys_id OauthApiEndpoint#create_sys_id}
        :param logo_url: URL of a logo shown on the consent page. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#logo_url OauthApiEndpoint#logo_url}
        :param public_client: Public client: PKCE required (only the authorization-code grant is then allowed). Default: ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#public_client OauthApiEndpoint#public_client}
        :param redirect_url: Redirect URL(s), comma separated. For the spoke: ``https://<local instance>/oauth_redirect.do``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#redirect_url OauthApiEndpoint#redirect_url}
        :param refresh_token_lifespan: Refresh token lifespan in seconds (8,640,000 = 100 days). Default: ``8640000``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#refresh_token_lifespan OauthApiEndpoint#refresh_token_lifespan}
        :param user: sys_id of the OAuth Application User (``sys_user``): the user that client-credentials tokens act as. Needed for the inbound client-credentials grant (Washington DC and later); unset, the column is cleared. The column's name is unconfirmed (ServiceNow adds the field through Form Design): before setting it the provider checks that ``oauth_entity`` has a ``user`` column in sys_dictionary, and stops with an error when it does not. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#user OauthApiEndpoint#user}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__27adc204a93d1909f3f1e17afc5e5c1b64851eed77bcda914afe685e992918f4)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument access_token_lifespan", value=access_token_lifespan, expected_type=type_hints["access_token_lifespan"])
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument client_secret_wo", value=client_secret_wo, expected_type=type_hints["client_secret_wo"])
            check_type(argname="argument client_secret_wo_version", value=client_secret_wo_version, expected_type=type_hints["client_secret_wo_version"])
            check_type(argname="argument code_challenge_method", value=code_challenge_method, expected_type=type_hints["code_challenge_method"])
            check_type(argname="argument comments", value=comments, expected_type=type_hints["comments"])
            check_type(argname="argument create_sys_id", value=create_sys_id, expected_type=type_hints["create_sys_id"])
            check_type(argname="argument logo_url", value=logo_url, expected_type=type_hints["logo_url"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument redirect_url", value=redirect_url, expected_type=type_hints["redirect_url"])
            check_type(argname="argument refresh_token_lifespan", value=refresh_token_lifespan, expected_type=type_hints["refresh_token_lifespan"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
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
        if access_token_lifespan is not None:
            self._values["access_token_lifespan"] = access_token_lifespan
        if active is not None:
            self._values["active"] = active
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if client_secret_wo is not None:
            self._values["client_secret_wo"] = client_secret_wo
        if client_secret_wo_version is not None:
            self._values["client_secret_wo_version"] = client_secret_wo_version
        if code_challenge_method is not None:
            self._values["code_challenge_method"] = code_challenge_method
        if comments is not None:
            self._values["comments"] = comments
        if create_sys_id is not None:
            self._values["create_sys_id"] = create_sys_id
        if logo_url is not None:
            self._values["logo_url"] = logo_url
        if public_client is not None:
            self._values["public_client"] = public_client
        if redirect_url is not None:
            self._values["redirect_url"] = redirect_url
        if refresh_token_lifespan is not None:
            self._values["refresh_token_lifespan"] = refresh_token_lifespan
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def connection(
        self,
    ) -> typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("connection")
        return typing.cast(typing.Optional[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, _cdktf_9a9027ec.WinrmProvisionerConnection]], result)

    @builtins.property
    def count(
        self,
    ) -> typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("count")
        return typing.cast(typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]], result)

    @builtins.property
    def depends_on(
        self,
    ) -> typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("depends_on")
        return typing.cast(typing.Optional[typing.List[_cdktf_9a9027ec.ITerraformDependable]], result)

    @builtins.property
    def for_each(self) -> typing.Optional[_cdktf_9a9027ec.ITerraformIterator]:
        '''
        :stability: experimental
        '''
        result = self._values.get("for_each")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.ITerraformIterator], result)

    @builtins.property
    def lifecycle(self) -> typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle]:
        '''
        :stability: experimental
        '''
        result = self._values.get("lifecycle")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformResourceLifecycle], result)

    @builtins.property
    def provider(self) -> typing.Optional[_cdktf_9a9027ec.TerraformProvider]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[_cdktf_9a9027ec.TerraformProvider], result)

    @builtins.property
    def provisioners(
        self,
    ) -> typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]]:
        '''
        :stability: experimental
        '''
        result = self._values.get("provisioners")
        return typing.cast(typing.Optional[typing.List[typing.Union[_cdktf_9a9027ec.FileProvisioner, _cdktf_9a9027ec.LocalExecProvisioner, _cdktf_9a9027ec.RemoteExecProvisioner]]], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the application registry, unique on the instance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#name OauthApiEndpoint#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def access(self) -> typing.Optional[builtins.str]:
        '''Accessible from: ``public`` (all application scopes) or ``package_private`` (this scope only). Default: ``public``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access OauthApiEndpoint#access}
        '''
        result = self._values.get("access")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def access_token_lifespan(self) -> typing.Optional[jsii.Number]:
        '''Access token lifespan in seconds. Default: ``1800``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#access_token_lifespan OauthApiEndpoint#access_token_lifespan}
        '''
        result = self._values.get("access_token_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def active(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether the endpoint is active. Default: ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#active OauthApiEndpoint#active}
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def client_secret(self) -> typing.Optional[builtins.str]:
        '''Client secret (password2).

        Generated by the provider (48 URL-safe characters from ``secrets``) when not set; written as a display value, never read back from the instance.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret OauthApiEndpoint#client_secret}
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret_wo(self) -> typing.Optional[builtins.str]:
        '''Write-only form of ``client_secret`` (Terraform >= 1.11): sent to the instance on create and whenever ``client_secret_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``client_secret``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo OauthApiEndpoint#client_secret_wo}
        '''
        result = self._values.get("client_secret_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret_wo_version(self) -> typing.Optional[builtins.str]:
        '''Any string;

        changing it sends ``client_secret_wo`` to the instance again (e.g. a counter you bump to rotate the client secret).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#client_secret_wo_version OauthApiEndpoint#client_secret_wo_version}
        '''
        result = self._values.get("client_secret_wo_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def code_challenge_method(self) -> typing.Optional[builtins.str]:
        '''PKCE code challenge method: ``S256``, ``plain`` or ``none``. Default: ``S256``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#code_challenge_method OauthApiEndpoint#code_challenge_method}
        '''
        result = self._values.get("code_challenge_method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def comments(self) -> typing.Optional[builtins.str]:
        '''Free-text comments about the endpoint.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#comments OauthApiEndpoint#comments}
        '''
        result = self._values.get("comments")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def create_sys_id(self) -> typing.Optional[builtins.str]:
        '''The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs.

        A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#create_sys_id OauthApiEndpoint#create_sys_id}
        '''
        result = self._values.get("create_sys_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def logo_url(self) -> typing.Optional[builtins.str]:
        '''URL of a logo shown on the consent page.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#logo_url OauthApiEndpoint#logo_url}
        '''
        result = self._values.get("logo_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def public_client(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Public client: PKCE required (only the authorization-code grant is then allowed). Default: ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#public_client OauthApiEndpoint#public_client}
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def redirect_url(self) -> typing.Optional[builtins.str]:
        '''Redirect URL(s), comma separated. For the spoke: ``https://<local instance>/oauth_redirect.do``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#redirect_url OauthApiEndpoint#redirect_url}
        '''
        result = self._values.get("redirect_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_token_lifespan(self) -> typing.Optional[jsii.Number]:
        '''Refresh token lifespan in seconds (8,640,000 = 100 days). Default: ``8640000``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#refresh_token_lifespan OauthApiEndpoint#refresh_token_lifespan}
        '''
        result = self._values.get("refresh_token_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''sys_id of the OAuth Application User (``sys_user``): the user that client-credentials tokens act as.

        Needed for the inbound client-credentials grant (Washington DC and later); unset, the column is cleared. The column's name is unconfirmed (ServiceNow adds the field through Form Design): before setting it the provider checks that ``oauth_entity`` has a ``user`` column in sys_dictionary, and stops with an error when it does not.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/oauth_api_endpoint#user OauthApiEndpoint#user}
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OauthApiEndpointConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "OauthApiEndpoint",
    "OauthApiEndpointConfig",
]

publication.publish()

def _typecheckingstub__01df186fa7cce410b6a840b117319f0fd7d69888c92d1211e1a37dd2aa6d518e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    access: typing.Optional[builtins.str] = None,
    access_token_lifespan: typing.Optional[jsii.Number] = None,
    active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    client_secret: typing.Optional[builtins.str] = None,
    client_secret_wo: typing.Optional[builtins.str] = None,
    client_secret_wo_version: typing.Optional[builtins.str] = None,
    code_challenge_method: typing.Optional[builtins.str] = None,
    comments: typing.Optional[builtins.str] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    logo_url: typing.Optional[builtins.str] = None,
    public_client: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    redirect_url: typing.Optional[builtins.str] = None,
    refresh_token_lifespan: typing.Optional[jsii.Number] = None,
    user: typing.Optional[builtins.str] = None,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b815f07e730bf95985057f4af8deac7272e5acd7ca67044a66fb50c8c7d1eff7(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c15c57908e8a6baf68149e475c77ff5c1f29ab19bfa1a4572b907237aa8ff52c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__802cd2e3f1c10a9a17a50e201ee9158b9a5b7759098f0899f2851b6334ff6a13(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a54b43b9b469bd4687d4a7fe05cf67c617670d5f6508e89c5c2ed67cac294764(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3753b4aa472929f3122220702b77786a754879d4c01152b9ffe716328027d6d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__437d84767b35f8d7916cab6cc49254c899cd8bca06a3f098d31c2606f1e723ab(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1bbfc2a90f735fd7142d9ce0f4ce652808a8d2773d4057b0c32f4140ace4363(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa30068f5045f5329e0d3a5cad2adf721efa57cbd7e4a044b3b4cdf97fb91e9f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63dc811f8efedf612ee49b69d795e650c21048aa2d4fc9338277e1bf3a88ed3e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8856ca4f2437016edbf609471897a42809f647d632e0dfbd168321a7d16b6726(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c644e990edaa79d092f196d3fdc3863edb1d92ecd4a22692f9bf88c1269113fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36f04fc8398235d7a26800660d3330efd140bef6b80c781450c2b42479f14086(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b965a38d3958c9c5adfcc32ab5ccf4489b513d16666a1e77c47fef3199e7d80(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e269b169d3182ffdf11812a987afb4acc0d4f8cfda65753090e08574b2ce523f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8f555a412664cfdbf5f1692c3361b79a8f5d0a2555bfe78f6d1f54fa3372bc5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f6d1ddc96b10f98e49c1e2b68dd6210ac22ed0328cda5004bb452d275c81171(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27adc204a93d1909f3f1e17afc5e5c1b64851eed77bcda914afe685e992918f4(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    access: typing.Optional[builtins.str] = None,
    access_token_lifespan: typing.Optional[jsii.Number] = None,
    active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    client_secret: typing.Optional[builtins.str] = None,
    client_secret_wo: typing.Optional[builtins.str] = None,
    client_secret_wo_version: typing.Optional[builtins.str] = None,
    code_challenge_method: typing.Optional[builtins.str] = None,
    comments: typing.Optional[builtins.str] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    logo_url: typing.Optional[builtins.str] = None,
    public_client: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    redirect_url: typing.Optional[builtins.str] = None,
    refresh_token_lifespan: typing.Optional[jsii.Number] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
