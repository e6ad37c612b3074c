r'''
# `servicenow_http_connection`

Refer to the Terraform Registry for docs: [`servicenow_http_connection`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection).
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


class HttpConnection(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.httpConnection.HttpConnection",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection servicenow_http_connection}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        connection_alias: builtins.str,
        connection_url: builtins.str,
        name: builtins.str,
        active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        credential: typing.Optional[builtins.str] = None,
        sys_domain: typing.Optional[builtins.str] = None,
        use_mid: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection servicenow_http_connection} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param connection_alias: sys_id of the connection & credential alias (``sys_alias``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_alias HttpConnection#connection_alias}
        :param connection_url: Connection URL (``https://<instance>``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_url HttpConnection#connection_url}
        :param name: Name of the connection, unique on the table. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#name HttpConnection#name}
        :param active: Whether the connection is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#active HttpConnection#active}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#create_sys_id HttpConnection#create_sys_id}
        :param credential: sys_id of the credential (``discovery_credentials``: OAuth 2.0 or basic auth). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#credential HttpConnection#credential}
        :param sys_domain: Domain (``sys_domain``); ``global`` when not set. The sys_id of a ``sys_user_group`` record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#sys_domain HttpConnection#sys_domain}
        :param use_mid: Connect through a MID server. Default: ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#use_mid HttpConnection#use_mid}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9c7b9bb1b0a1774ac1d2906fb7a47a726f8fe7e39886d5e2c3f8ebbbaa285ba1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = HttpConnectionConfig(
            connection_alias=connection_alias,
            connection_url=connection_url,
            name=name,
            active=active,
            create_sys_id=create_sys_id,
            credential=credential,
            sys_domain=sys_domain,
            use_mid=use_mid,
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
        '''Generates CDKTF code for importing a HttpConnection resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the HttpConnection to import.
        :param import_from_id: The id of the existing HttpConnection that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the HttpConnection to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1bcff4827d2f841986a7d7ea2bf21e788d2d3202c2f8db22fbbeb849feeb6d72)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetActive")
    def reset_active(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetActive", []))

    @jsii.member(jsii_name="resetCreateSysId")
    def reset_create_sys_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCreateSysId", []))

    @jsii.member(jsii_name="resetCredential")
    def reset_credential(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCredential", []))

    @jsii.member(jsii_name="resetSysDomain")
    def reset_sys_domain(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSysDomain", []))

    @jsii.member(jsii_name="resetUseMid")
    def reset_use_mid(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetUseMid", []))

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
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="sysId")
    def sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sysId"))

    @builtins.property
    @jsii.member(jsii_name="activeInput")
    def active_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "activeInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionAliasInput")
    def connection_alias_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionAliasInput"))

    @builtins.property
    @jsii.member(jsii_name="connectionUrlInput")
    def connection_url_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "connectionUrlInput"))

    @builtins.property
    @jsii.member(jsii_name="createSysIdInput")
    def create_sys_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "createSysIdInput"))

    @builtins.property
    @jsii.member(jsii_name="credentialInput")
    def credential_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "credentialInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="sysDomainInput")
    def sys_domain_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sysDomainInput"))

    @builtins.property
    @jsii.member(jsii_name="useMidInput")
    def use_mid_input(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], jsii.get(self, "useMidInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__07fcf7ce131cd85c53a3745f946ae0794c082ed2164e598c2d730cc5299ff059)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "active", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionAlias")
    def connection_alias(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionAlias"))

    @connection_alias.setter
    def connection_alias(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5726483d9ddceaf470ae97a9927ca5f95347a51c32ad8b83e24926bc43855164)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionAlias", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="connectionUrl")
    def connection_url(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "connectionUrl"))

    @connection_url.setter
    def connection_url(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e9d632dd48f31079ff9b8493b87e85bbe044674e961cd82e39c2f0e8fb945aa0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "connectionUrl", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="createSysId")
    def create_sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createSysId"))

    @create_sys_id.setter
    def create_sys_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0decb934ca844c86a4c9468454182b15297900da6f4144818e42ae73a65bb4b8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "createSysId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="credential")
    def credential(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "credential"))

    @credential.setter
    def credential(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7612b674dba221f6dadcb6b380b2285f3c1bd82ec4ff07ab61991b81fae1ad06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "credential", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7ce949aa41596a4f8902acc07fb10b01d99dd5bc3449ddc0727a9ed3f6b3f3fc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sysDomain")
    def sys_domain(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sysDomain"))

    @sys_domain.setter
    def sys_domain(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__41d830b1813d15f8db61b4cd18f177b32ba984795e7f431d78a9273033edd331)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sysDomain", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="useMid")
    def use_mid(self) -> typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]:
        return typing.cast(typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable], jsii.get(self, "useMid"))

    @use_mid.setter
    def use_mid(
        self,
        value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4705c8467b804060c30f74383c50c4176723c1a06471a1b313020138967b4b92)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "useMid", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.httpConnection.HttpConnectionConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "connection_alias": "connectionAlias",
        "connection_url": "connectionUrl",
        "name": "name",
        "active": "active",
        "create_sys_id": "createSysId",
        "credential": "credential",
        "sys_domain": "sysDomain",
        "use_mid": "useMid",
    },
)
class HttpConnectionConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        connection_alias: builtins.str,
        connection_url: builtins.str,
        name: builtins.str,
        active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        credential: typing.Optional[builtins.str] = None,
        sys_domain: typing.Optional[builtins.str] = None,
        use_mid: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param connection_alias: sys_id of the connection & credential alias (``sys_alias``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_alias HttpConnection#connection_alias}
        :param connection_url: Connection URL (``https://<instance>``). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_url HttpConnection#connection_url}
        :param name: Name of the connection, unique on the table. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#name HttpConnection#name}
        :param active: Whether the connection is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#active HttpConnection#active}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#create_sys_id HttpConnection#create_sys_id}
        :param credential: sys_id of the credential (``discovery_credentials``: OAuth 2.0 or basic auth). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#credential HttpConnection#credential}
        :param sys_domain: Domain (``sys_domain``); ``global`` when not set. The sys_id of a ``sys_user_group`` record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#sys_domain HttpConnection#sys_domain}
        :param use_mid: Connect through a MID server. Default: ``false``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#use_mid HttpConnection#use_mid}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7a3971c61c9a902aac62d39db4aefc6d53c32584971647de59919fc239e14cf2)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument connection_alias", value=connection_alias, expected_type=type_hints["connection_alias"])
            check_type(argname="argument connection_url", value=connection_url, expected_type=type_hints["connection_url"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument create_sys_id", value=create_sys_id, expected_type=type_hints["create_sys_id"])
            check_type(argname="argument credential", value=credential, expected_type=type_hints["credential"])
            check_type(argname="argument sys_domain", value=sys_domain, expected_type=type_hints["sys_domain"])
            check_type(argname="argument use_mid", value=use_mid, expected_type=type_hints["use_mid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "connection_alias": connection_alias,
            "connection_url": connection_url,
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
        if active is not None:
            self._values["active"] = active
        if create_sys_id is not None:
            self._values["create_sys_id"] = create_sys_id
        if credential is not None:
            self._values["credential"] = credential
        if sys_domain is not None:
            self._values["sys_domain"] = sys_domain
        if use_mid is not None:
            self._values["use_mid"] = use_mid

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
    def connection_alias(self) -> builtins.str:
        '''sys_id of the connection & credential alias (``sys_alias``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_alias HttpConnection#connection_alias}
        '''
        result = self._values.get("connection_alias")
        assert result is not None, "Required property 'connection_alias' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def connection_url(self) -> builtins.str:
        '''Connection URL (``https://<instance>``).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#connection_url HttpConnection#connection_url}
        '''
        result = self._values.get("connection_url")
        assert result is not None, "Required property 'connection_url' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the connection, unique on the table.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#name HttpConnection#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def active(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Whether the connection is active. Default: ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#active HttpConnection#active}
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    @builtins.property
    def create_sys_id(self) -> typing.Optional[builtins.str]:
        '''The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs.

        A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#create_sys_id HttpConnection#create_sys_id}
        '''
        result = self._values.get("create_sys_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential(self) -> typing.Optional[builtins.str]:
        '''sys_id of the credential (``discovery_credentials``: OAuth 2.0 or basic auth).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#credential HttpConnection#credential}
        '''
        result = self._values.get("credential")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sys_domain(self) -> typing.Optional[builtins.str]:
        '''Domain (``sys_domain``); ``global`` when not set. The sys_id of a ``sys_user_group`` record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#sys_domain HttpConnection#sys_domain}
        '''
        result = self._values.get("sys_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_mid(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]]:
        '''Connect through a MID server. Default: ``false``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/http_connection#use_mid HttpConnection#use_mid}
        '''
        result = self._values.get("use_mid")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpConnectionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HttpConnection",
    "HttpConnectionConfig",
]

publication.publish()

def _typecheckingstub__9c7b9bb1b0a1774ac1d2906fb7a47a726f8fe7e39886d5e2c3f8ebbbaa285ba1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    connection_alias: builtins.str,
    connection_url: builtins.str,
    name: builtins.str,
    active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    credential: typing.Optional[builtins.str] = None,
    sys_domain: typing.Optional[builtins.str] = None,
    use_mid: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
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

def _typecheckingstub__1bcff4827d2f841986a7d7ea2bf21e788d2d3202c2f8db22fbbeb849feeb6d72(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07fcf7ce131cd85c53a3745f946ae0794c082ed2164e598c2d730cc5299ff059(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5726483d9ddceaf470ae97a9927ca5f95347a51c32ad8b83e24926bc43855164(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9d632dd48f31079ff9b8493b87e85bbe044674e961cd82e39c2f0e8fb945aa0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0decb934ca844c86a4c9468454182b15297900da6f4144818e42ae73a65bb4b8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7612b674dba221f6dadcb6b380b2285f3c1bd82ec4ff07ab61991b81fae1ad06(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ce949aa41596a4f8902acc07fb10b01d99dd5bc3449ddc0727a9ed3f6b3f3fc(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41d830b1813d15f8db61b4cd18f177b32ba984795e7f431d78a9273033edd331(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4705c8467b804060c30f74383c50c4176723c1a06471a1b313020138967b4b92(
    value: typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a3971c61c9a902aac62d39db4aefc6d53c32584971647de59919fc239e14cf2(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    connection_alias: builtins.str,
    connection_url: builtins.str,
    name: builtins.str,
    active: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    credential: typing.Optional[builtins.str] = None,
    sys_domain: typing.Optional[builtins.str] = None,
    use_mid: typing.Optional[typing.Union[builtins.bool, _cdktf_9a9027ec.IResolvable]] = None,
) -> None:
    """Type checking stubs"""
    pass
