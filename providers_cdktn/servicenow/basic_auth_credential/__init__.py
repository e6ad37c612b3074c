r'''
# `servicenow_basic_auth_credential`

Refer to the Terraform Registry for docs: [`servicenow_basic_auth_credential`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential).
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


class BasicAuthCredential(
    _cdktn_78ede62e.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.basicAuthCredential.BasicAuthCredential",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential servicenow_basic_auth_credential}.'''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        name: builtins.str,
        user_name: builtins.str,
        active: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        order: typing.Optional[jsii.Number] = None,
        password: typing.Optional[builtins.str] = None,
        password_wo: typing.Optional[builtins.str] = None,
        password_wo_version: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union["_cdktn_78ede62e.SSHProvisionerConnection", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.WinrmProvisionerConnection", typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, "_cdktn_78ede62e.TerraformCount"]] = None,
        depends_on: typing.Optional[typing.Sequence["_cdktn_78ede62e.ITerraformDependable"]] = None,
        for_each: typing.Optional["_cdktn_78ede62e.ITerraformIterator"] = None,
        lifecycle: typing.Optional[typing.Union["_cdktn_78ede62e.TerraformResourceLifecycle", typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional["_cdktn_78ede62e.TerraformProvider"] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union["_cdktn_78ede62e.FileProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.LocalExecProvisioner", typing.Dict[builtins.str, typing.Any]], typing.Union["_cdktn_78ede62e.RemoteExecProvisioner", typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential servicenow_basic_auth_credential} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param name: Name of the credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#name BasicAuthCredential#name}
        :param user_name: User name the credential logs in with. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#user_name BasicAuthCredential#user_name}
        :param active: Whether the credential is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#active BasicAuthCredential#active}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#create_sys_id BasicAuthCredential#create_sys_id}
        :param order: Order in which credentials are tried. Default: ``100``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#order BasicAuthCredential#order}
        :param password: Password (password2): written as a display value, never read back from the instance. Required unless ``password_wo`` is set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password BasicAuthCredential#password}
        :param password_wo: Write-only form of ``password`` (Terraform >= 1.11): sent to the instance on create and whenever ``password_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``password``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo BasicAuthCredential#password_wo}
        :param password_wo_version: Any string; changing it sends ``password_wo`` to the instance again (e.g. a counter you bump to rotate the password). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo_version BasicAuthCredential#password_wo_version}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__25f3ea00af211f672e6cc1e75ae6f9f1328352f0cee62ae890d0da8f4ef118d5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = BasicAuthCredentialConfig(
            name=name,
            user_name=user_name,
            active=active,
            create_sys_id=create_sys_id,
            order=order,
            password=password,
            password_wo=password_wo,
            password_wo_version=password_wo_version,
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
        '''Generates CDKTN code for importing a BasicAuthCredential resource upon running "cdktn plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the BasicAuthCredential to import.
        :param import_from_id: The id of the existing BasicAuthCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the BasicAuthCredential to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__d20b8d5fc7128d86c09e4c3a1e8471259d220a067aff9fed20181703f2874cd6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast("_cdktn_78ede62e.ImportableResource", jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetActive")
    def reset_active(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetActive", []))

    @jsii.member(jsii_name="resetCreateSysId")
    def reset_create_sys_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCreateSysId", []))

    @jsii.member(jsii_name="resetOrder")
    def reset_order(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOrder", []))

    @jsii.member(jsii_name="resetPassword")
    def reset_password(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPassword", []))

    @jsii.member(jsii_name="resetPasswordWo")
    def reset_password_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPasswordWo", []))

    @jsii.member(jsii_name="resetPasswordWoVersion")
    def reset_password_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetPasswordWoVersion", []))

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
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], jsii.get(self, "activeInput"))

    @builtins.property
    @jsii.member(jsii_name="createSysIdInput")
    def create_sys_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "createSysIdInput"))

    @builtins.property
    @jsii.member(jsii_name="nameInput")
    def name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "nameInput"))

    @builtins.property
    @jsii.member(jsii_name="orderInput")
    def order_input(self) -> typing.Optional[jsii.Number]:
        return typing.cast(typing.Optional[jsii.Number], jsii.get(self, "orderInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordInput")
    def password_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordWoInput")
    def password_wo_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordWoInput"))

    @builtins.property
    @jsii.member(jsii_name="passwordWoVersionInput")
    def password_wo_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "passwordWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="userNameInput")
    def user_name_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "userNameInput"))

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
            type_hints = typing.get_type_hints(_typecheckingstub__1132b4d9a44c823ea618f224a0f6e9ca53ba803c710e77f2056e223581bd0195)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "active", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="createSysId")
    def create_sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createSysId"))

    @create_sys_id.setter
    def create_sys_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__65cfe3c40d7ae30783a651952119a5d2a86b4901e370766672e6b058aa801694)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "createSysId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="name")
    def name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "name"))

    @name.setter
    def name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__7d3dff5d5e887681daaf8687a63b64b12585458c9627a63aa204300724653d82)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "name", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="order")
    def order(self) -> jsii.Number:
        return typing.cast(jsii.Number, jsii.get(self, "order"))

    @order.setter
    def order(self, value: jsii.Number) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__aff060273e11fe3093e073926e7b1180d1dd6e23a11877aab58ad34c5d97626b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "order", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="password")
    def password(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "password"))

    @password.setter
    def password(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__083c604d311dfaaaf48f743fdf4eb104df82f1eed8da1d47dd62d6cffc285bb0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "password", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passwordWo")
    def password_wo(self) -> builtins.str:
        '''
        :deprecated: Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.

        :stability: deprecated
        '''
        return typing.cast(builtins.str, jsii.get(self, "passwordWo"))

    @password_wo.setter
    def password_wo(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e3c0c21e4055f8401dd175ba0a1cefd63630bc72f014401c4845fb76fb765e0f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passwordWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="passwordWoVersion")
    def password_wo_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "passwordWoVersion"))

    @password_wo_version.setter
    def password_wo_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__30ac252da58f097d8d5bbc6b0c78ce647cbb2785a8858440057a67d38b8516a8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "passwordWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="userName")
    def user_name(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "userName"))

    @user_name.setter
    def user_name(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__5cfd85a90ce0b78360799996455db3b0abe2a591992b09bf61f0965518b8f26e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "userName", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.basicAuthCredential.BasicAuthCredentialConfig",
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
        "user_name": "userName",
        "active": "active",
        "create_sys_id": "createSysId",
        "order": "order",
        "password": "password",
        "password_wo": "passwordWo",
        "password_wo_version": "passwordWoVersion",
    },
)
class BasicAuthCredentialConfig(_cdktn_78ede62e.TerraformMetaArguments):
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
        user_name: builtins.str,
        active: typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        order: typing.Optional[jsii.Number] = None,
        password: typing.Optional[builtins.str] = None,
        password_wo: typing.Optional[builtins.str] = None,
        password_wo_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param name: Name of the credential. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#name BasicAuthCredential#name}
        :param user_name: User name the credential logs in with. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#user_name BasicAuthCredential#user_name}
        :param active: Whether the credential is active. Default: ``true``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#active BasicAuthCredential#active}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#create_sys_id BasicAuthCredential#create_sys_id}
        :param order: Order in which credentials are tried. Default: ``100``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#order BasicAuthCredential#order}
        :param password: Password (password2): written as a display value, never read back from the instance. Required unless ``password_wo`` is set. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password BasicAuthCredential#password}
        :param password_wo: Write-only form of ``password`` (Terraform >= 1.11): sent to the instance on create and whenever ``password_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``password``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo BasicAuthCredential#password_wo}
        :param password_wo_version: Any string; changing it sends ``password_wo`` to the instance again (e.g. a counter you bump to rotate the password). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo_version BasicAuthCredential#password_wo_version}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktn_78ede62e.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__fa42937d494d24e7e9b9af5ad5fde2e6f2a3a5cd80aac919a2d5d52b51445ef0)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument user_name", value=user_name, expected_type=type_hints["user_name"])
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument create_sys_id", value=create_sys_id, expected_type=type_hints["create_sys_id"])
            check_type(argname="argument order", value=order, expected_type=type_hints["order"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument password_wo", value=password_wo, expected_type=type_hints["password_wo"])
            check_type(argname="argument password_wo_version", value=password_wo_version, expected_type=type_hints["password_wo_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "user_name": user_name,
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
        if order is not None:
            self._values["order"] = order
        if password is not None:
            self._values["password"] = password
        if password_wo is not None:
            self._values["password_wo"] = password_wo
        if password_wo_version is not None:
            self._values["password_wo_version"] = password_wo_version

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
        '''Name of the credential.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#name BasicAuthCredential#name}
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def user_name(self) -> builtins.str:
        '''User name the credential logs in with.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#user_name BasicAuthCredential#user_name}
        '''
        result = self._values.get("user_name")
        assert result is not None, "Required property 'user_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def active(
        self,
    ) -> typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]]:
        '''Whether the credential is active. Default: ``true``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#active BasicAuthCredential#active}
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional[typing.Union[builtins.bool, "_cdktn_78ede62e.IResolvable"]], result)

    @builtins.property
    def create_sys_id(self) -> typing.Optional[builtins.str]:
        '''The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs.

        A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#create_sys_id BasicAuthCredential#create_sys_id}
        '''
        result = self._values.get("create_sys_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def order(self) -> typing.Optional[jsii.Number]:
        '''Order in which credentials are tried. Default: ``100``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#order BasicAuthCredential#order}
        '''
        result = self._values.get("order")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def password(self) -> typing.Optional[builtins.str]:
        '''Password (password2): written as a display value, never read back from the instance. Required unless ``password_wo`` is set.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password BasicAuthCredential#password}
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_wo(self) -> typing.Optional[builtins.str]:
        '''Write-only form of ``password`` (Terraform >= 1.11): sent to the instance on create and whenever ``password_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``password``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo BasicAuthCredential#password_wo}
        '''
        result = self._values.get("password_wo")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_wo_version(self) -> typing.Optional[builtins.str]:
        '''Any string; changing it sends ``password_wo`` to the instance again (e.g. a counter you bump to rotate the password).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/basic_auth_credential#password_wo_version BasicAuthCredential#password_wo_version}
        '''
        result = self._values.get("password_wo_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BasicAuthCredentialConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "BasicAuthCredential",
    "BasicAuthCredentialConfig",
]

publication.publish()

def _typecheckingstub__25f3ea00af211f672e6cc1e75ae6f9f1328352f0cee62ae890d0da8f4ef118d5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    name: builtins.str,
    user_name: builtins.str,
    active: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    order: typing.Optional[jsii.Number] = None,
    password: typing.Optional[builtins.str] = None,
    password_wo: typing.Optional[builtins.str] = None,
    password_wo_version: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__d20b8d5fc7128d86c09e4c3a1e8471259d220a067aff9fed20181703f2874cd6(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1132b4d9a44c823ea618f224a0f6e9ca53ba803c710e77f2056e223581bd0195(
    value: typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65cfe3c40d7ae30783a651952119a5d2a86b4901e370766672e6b058aa801694(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d3dff5d5e887681daaf8687a63b64b12585458c9627a63aa204300724653d82(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aff060273e11fe3093e073926e7b1180d1dd6e23a11877aab58ad34c5d97626b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__083c604d311dfaaaf48f743fdf4eb104df82f1eed8da1d47dd62d6cffc285bb0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3c0c21e4055f8401dd175ba0a1cefd63630bc72f014401c4845fb76fb765e0f(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30ac252da58f097d8d5bbc6b0c78ce647cbb2785a8858440057a67d38b8516a8(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5cfd85a90ce0b78360799996455db3b0abe2a591992b09bf61f0965518b8f26e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa42937d494d24e7e9b9af5ad5fde2e6f2a3a5cd80aac919a2d5d52b51445ef0(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktn_78ede62e.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktn_78ede62e.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktn_78ede62e.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktn_78ede62e.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktn_78ede62e.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktn_78ede62e.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktn_78ede62e.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktn_78ede62e.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    name: builtins.str,
    user_name: builtins.str,
    active: typing.Optional[typing.Union[builtins.bool, _cdktn_78ede62e.IResolvable]] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    order: typing.Optional[jsii.Number] = None,
    password: typing.Optional[builtins.str] = None,
    password_wo: typing.Optional[builtins.str] = None,
    password_wo_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
