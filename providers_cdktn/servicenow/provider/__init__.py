r'''
# `provider`

Refer to the Terraform Registry for docs: [`servicenow`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs).
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


class ServicenowProvider(
    _cdktn_78ede62e.TerraformProvider,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.provider.ServicenowProvider",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs servicenow}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        alias: typing.Optional[builtins.str] = None,
        auth_method: typing.Optional[builtins.str] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[builtins.str] = None,
        instance_url: typing.Optional[builtins.str] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        password: typing.Optional[builtins.str] = None,
        request_timeout: typing.Optional[jsii.Number] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs servicenow} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#alias ServicenowProvider#alias}
        :param auth_method: ``basic``, ``oauth_password`` or ``oauth_client_credentials``. Inferred when not set: OAuth password grant with client_id + username, client credentials with client_id alone, basic otherwise. Environment variable: ``SERVICENOW_AUTH_METHOD``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#auth_method ServicenowProvider#auth_method}
        :param ca_bundle: Path of a PEM file of CA certificates to trust instead of the system's. Environment variable: ``SERVICENOW_CA_BUNDLE``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#ca_bundle ServicenowProvider#ca_bundle}
        :param client_id: OAuth client ID (an OAuth API endpoint on the instance). Environment variable: ``SERVICENOW_CLIENT_ID``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_id ServicenowProvider#client_id}
        :param client_secret: OAuth client secret. Environment variable: ``SERVICENOW_CLIENT_SECRET``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_secret ServicenowProvider#client_secret}
        :param instance_url: Base URL of the instance, e.g. ``https://example.service-now.com``. https is required, except http on loopback (127.0.0.1, localhost, ::1). Environment variable: ``SERVICENOW_INSTANCE_URL``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#instance_url ServicenowProvider#instance_url}
        :param max_retries: Retries of a request answered 429, 500, 502, 503, 504 or lost to a connection error, with exponential backoff and ``Retry-After``. Default: ``4``. Environment variable: ``SERVICENOW_MAX_RETRIES``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#max_retries ServicenowProvider#max_retries}
        :param password: Password for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_PASSWORD``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#password ServicenowProvider#password}
        :param request_timeout: Timeout of one HTTP request, in seconds. Default: ``60``. Environment variable: ``SERVICENOW_REQUEST_TIMEOUT``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#request_timeout ServicenowProvider#request_timeout}
        :param username: User name for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_USERNAME``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#username ServicenowProvider#username}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__cd70de01320ee74e22dc2f57a6fc958eeaedb1a204124dc2c993cafd511d7f6a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = ServicenowProviderConfig(
            alias=alias,
            auth_method=auth_method,
            ca_bundle=ca_bundle,
            client_id=client_id,
            client_secret=client_secret,
            instance_url=instance_url,
            max_retries=max_retries,
            password=password,
            request_timeout=request_timeout,
            username=username,
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
        '''Generates CDKTN code for importing a ServicenowProvider resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the ServicenowProvider to import.
        :param import_from_id: The id of the existing ServicenowProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the ServicenowProvider to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5db464ab34b10e48812bf435b2cc5921c413a4029646cc885863f7f6eb43ca33)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAlias")
    def reset_alias(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAlias", []))

    @jsii.member(jsii_name="resetAuthMethod")
    def reset_auth_method(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAuthMethod", []))

    @jsii.member(jsii_name="resetCaBundle")
    def reset_ca_bundle(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCaBundle", []))

    @jsii.member(jsii_name="resetClientId")
    def reset_client_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientId", []))

    @jsii.member(jsii_name="resetClientSecret")
    def reset_client_secret(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetClientSecret", []))

    @jsii.member(jsii_name="resetInstanceUrl")
    def reset_instance_url(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetInstanceUrl", []))

    @jsii.member(jsii_name="resetMaxRetries")
    def reset_max_retries(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetMaxRetries", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetRequestTimeout")
    def reset_request_timeout(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetRequestTimeout", []))

    @jsii.member(jsii_name="resetUsername")
    def reset_username(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUsername", []))

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
    @jsii.member(jsii_name="aliasInput")
    def alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "aliasInput"))

    @builtins.property
    @jsii.member(jsii_name="authMethodInput")
    def auth_method_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authMethodInput"))

    @builtins.property
    @jsii.member(jsii_name="caBundleInput")
    def ca_bundle_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caBundleInput"))

    @builtins.property
    @jsii.member(jsii_name="clientIdInput")
    def client_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientIdInput"))

    @builtins.property
    @jsii.member(jsii_name="clientSecretInput")
    def client_secret_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecretInput"))

    @builtins.property
    @jsii.member(jsii_name="instanceUrlInput")
    def instance_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "instanceUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="maxRetriesInput")
    def max_retries_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetriesInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="requestTimeoutInput")
    def request_timeout_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "requestTimeoutInput"))

    @builtins.property
    @jsii.member(jsii_name="usernameInput")
    def username_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "usernameInput"))

    @builtins.property
    @jsii.member(jsii_name="alias")
    def alias(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "alias"))

    @alias.setter
    def alias(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9e133e27650792b4bd40fd40236cff78cd43fc329edc6644ad4615bf0e1f3099)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "alias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="authMethod")
    def auth_method(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "authMethod"))

    @auth_method.setter
    def auth_method(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f089110d3e87180a3d66ca6475d069a22667a54076e93a05109bb4334c219d9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "authMethod", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="caBundle")
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "caBundle"))

    @ca_bundle.setter
    def ca_bundle(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__dd1b22f49087e764f0e51c505827de1a0da2cf65509a404bae673599634ef14a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "caBundle", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientId")
    def client_id(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientId"))

    @client_id.setter
    def client_id(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f9f3a36389a4a76c5a365da0a042dd16f29bda6443d31ee7fc70194ab97fba97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="clientSecret")
    def client_secret(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "clientSecret"))

    @client_secret.setter
    def client_secret(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0611cd950529e534a7a14b364d351d02d47b8ed7bea408a9391d05d6b2c6cdc5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "clientSecret", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="instanceUrl")
    def instance_url(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "instanceUrl"))

    @instance_url.setter
    def instance_url(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__98cb2403fdec0fd5577b87a00ce470cb4f1ce6aee1a0faefcb4679bb3c2651a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "instanceUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="maxRetries")
    def max_retries(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "maxRetries"))

    @max_retries.setter
    def max_retries(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__3be44af240bdf77b52ed95be82add78c60ada33c17b18cb96c83c10d0020a614)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "maxRetries", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "password"))

    @password.setter
    def password(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c100aaf0072c2e9aba00a0b211f9885a4c0053c1c8f7b7487f5cbb383ec167c4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="requestTimeout")
    def request_timeout(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "requestTimeout"))

    @request_timeout.setter
    def request_timeout(self, value: typing.Optional[jsii.Number]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__95aece7ba607f7eb7066a38d130174e61d836b0a2543c424f86cdd5f5686b5c2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "requestTimeout", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="username")
    def username(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "username"))

    @username.setter
    def username(self, value: typing.Optional[builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__eef18c21fbe983c162081c6e53be849702d9c596913c8b9ec3325e30ad487063)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "username", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.provider.ServicenowProviderConfig",
    jsii_struct_bases=[],
    name_mapping={
        "alias": "alias",
        "auth_method": "authMethod",
        "ca_bundle": "caBundle",
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "instance_url": "instanceUrl",
        "max_retries": "maxRetries",
        "password": "password",
        "request_timeout": "requestTimeout",
        "username": "username",
    },
)
class ServicenowProviderConfig:
    def __init__(
        self,
        *,
        alias: typing.Optional[builtins.str] = None,
        auth_method: typing.Optional[builtins.str] = None,
        ca_bundle: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[builtins.str] = None,
        instance_url: typing.Optional[builtins.str] = None,
        max_retries: typing.Optional[jsii.Number] = None,
        password: typing.Optional[builtins.str] = None,
        request_timeout: typing.Optional[jsii.Number] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param alias: Alias name. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#alias ServicenowProvider#alias}
        :param auth_method: ``basic``, ``oauth_password`` or ``oauth_client_credentials``. Inferred when not set: OAuth password grant with client_id + username, client credentials with client_id alone, basic otherwise. Environment variable: ``SERVICENOW_AUTH_METHOD``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#auth_method ServicenowProvider#auth_method}
        :param ca_bundle: Path of a PEM file of CA certificates to trust instead of the system's. Environment variable: ``SERVICENOW_CA_BUNDLE``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#ca_bundle ServicenowProvider#ca_bundle}
        :param client_id: OAuth client ID (an OAuth API endpoint on the instance). Environment variable: ``SERVICENOW_CLIENT_ID``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_id ServicenowProvider#client_id}
        :param client_secret: OAuth client secret. Environment variable: ``SERVICENOW_CLIENT_SECRET``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_secret ServicenowProvider#client_secret}
        :param instance_url: Base URL of the instance, e.g. ``https://example.service-now.com``. https is required, except http on loopback (127.0.0.1, localhost, ::1). Environment variable: ``SERVICENOW_INSTANCE_URL``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#instance_url ServicenowProvider#instance_url}
        :param max_retries: Retries of a request answered 429, 500, 502, 503, 504 or lost to a connection error, with exponential backoff and ``Retry-After``. Default: ``4``. Environment variable: ``SERVICENOW_MAX_RETRIES``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#max_retries ServicenowProvider#max_retries}
        :param password: Password for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_PASSWORD``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#password ServicenowProvider#password}
        :param request_timeout: Timeout of one HTTP request, in seconds. Default: ``60``. Environment variable: ``SERVICENOW_REQUEST_TIMEOUT``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#request_timeout ServicenowProvider#request_timeout}
        :param username: User name for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_USERNAME``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#username ServicenowProvider#username}
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fb1a5f3035960c19b515d66aa600e81d9f63df4d9ca408e8800241fc77dad8d1)
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument auth_method", value=auth_method, expected_type=type_hints["auth_method"])
            check_type(argname="argument ca_bundle", value=ca_bundle, expected_type=type_hints["ca_bundle"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument instance_url", value=instance_url, expected_type=type_hints["instance_url"])
            check_type(argname="argument max_retries", value=max_retries, expected_type=type_hints["max_retries"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument request_timeout", value=request_timeout, expected_type=type_hints["request_timeout"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alias is not None:
            self._values["alias"] = alias
        if auth_method is not None:
            self._values["auth_method"] = auth_method
        if ca_bundle is not None:
            self._values["ca_bundle"] = ca_bundle
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if instance_url is not None:
            self._values["instance_url"] = instance_url
        if max_retries is not None:
            self._values["max_retries"] = max_retries
        if password is not None:
            self._values["password"] = password
        if request_timeout is not None:
            self._values["request_timeout"] = request_timeout
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''Alias name.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#alias ServicenowProvider#alias}
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def auth_method(self) -> typing.Optional[builtins.str]:
        '''``basic``, ``oauth_password`` or ``oauth_client_credentials``.

        Inferred when not set: OAuth password grant with client_id + username, client credentials with client_id alone, basic otherwise. Environment variable: ``SERVICENOW_AUTH_METHOD``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#auth_method ServicenowProvider#auth_method}
        '''
        result = self._values.get("auth_method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_bundle(self) -> typing.Optional[builtins.str]:
        '''Path of a PEM file of CA certificates to trust instead of the system's. Environment variable: ``SERVICENOW_CA_BUNDLE``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#ca_bundle ServicenowProvider#ca_bundle}
        '''
        result = self._values.get("ca_bundle")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''OAuth client ID (an OAuth API endpoint on the instance). Environment variable: ``SERVICENOW_CLIENT_ID``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_id ServicenowProvider#client_id}
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret(self) -> typing.Optional[builtins.str]:
        '''OAuth client secret. Environment variable: ``SERVICENOW_CLIENT_SECRET``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#client_secret ServicenowProvider#client_secret}
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def instance_url(self) -> typing.Optional[builtins.str]:
        '''Base URL of the instance, e.g. ``https://example.service-now.com``. https is required, except http on loopback (127.0.0.1, localhost, ::1). Environment variable: ``SERVICENOW_INSTANCE_URL``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#instance_url ServicenowProvider#instance_url}
        '''
        result = self._values.get("instance_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_retries(self) -> typing.Optional[jsii.Number]:
        '''Retries of a request answered 429, 500, 502, 503, 504 or lost to a connection error, with exponential backoff and ``Retry-After``.

        Default: ``4``. Environment variable: ``SERVICENOW_MAX_RETRIES``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#max_retries ServicenowProvider#max_retries}
        '''
        result = self._values.get("max_retries")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Password for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_PASSWORD``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#password ServicenowProvider#password}
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request_timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout of one HTTP request, in seconds. Default: ``60``. Environment variable: ``SERVICENOW_REQUEST_TIMEOUT``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#request_timeout ServicenowProvider#request_timeout}
        '''
        result = self._values.get("request_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''User name for basic auth or the OAuth password grant. Environment variable: ``SERVICENOW_USERNAME``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs#username ServicenowProvider#username}
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServicenowProviderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ServicenowProvider",
    "ServicenowProviderConfig",
]

publication.publish()

def _typecheckingstub__cd70de01320ee74e22dc2f57a6fc958eeaedb1a204124dc2c993cafd511d7f6a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    alias: typing.Optional[builtins.str] = None,
    auth_method: typing.Optional[builtins.str] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[builtins.str] = None,
    instance_url: typing.Optional[builtins.str] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    password: typing.Optional[builtins.str] = None,
    request_timeout: typing.Optional[jsii.Number] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5db464ab34b10e48812bf435b2cc5921c413a4029646cc885863f7f6eb43ca33(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e133e27650792b4bd40fd40236cff78cd43fc329edc6644ad4615bf0e1f3099(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f089110d3e87180a3d66ca6475d069a22667a54076e93a05109bb4334c219d9d(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd1b22f49087e764f0e51c505827de1a0da2cf65509a404bae673599634ef14a(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9f3a36389a4a76c5a365da0a042dd16f29bda6443d31ee7fc70194ab97fba97(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0611cd950529e534a7a14b364d351d02d47b8ed7bea408a9391d05d6b2c6cdc5(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98cb2403fdec0fd5577b87a00ce470cb4f1ce6aee1a0faefcb4679bb3c2651a2(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3be44af240bdf77b52ed95be82add78c60ada33c17b18cb96c83c10d0020a614(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c100aaf0072c2e9aba00a0b211f9885a4c0053c1c8f7b7487f5cbb383ec167c4(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95aece7ba607f7eb7066a38d130174e61d836b0a2543c424f86cdd5f5686b5c2(
    value: typing.Optional[jsii.Number],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eef18c21fbe983c162081c6e53be849702d9c596913c8b9ec3325e30ad487063(
    value: typing.Optional[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb1a5f3035960c19b515d66aa600e81d9f63df4d9ca408e8800241fc77dad8d1(
    *,
    alias: typing.Optional[builtins.str] = None,
    auth_method: typing.Optional[builtins.str] = None,
    ca_bundle: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[builtins.str] = None,
    instance_url: typing.Optional[builtins.str] = None,
    max_retries: typing.Optional[jsii.Number] = None,
    password: typing.Optional[builtins.str] = None,
    request_timeout: typing.Optional[jsii.Number] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
