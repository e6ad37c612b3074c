r'''
# `servicenow_record`

Refer to the Terraform Registry for docs: [`servicenow_record`](https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record).
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


class Record(
    _cdktf_9a9027ec.TerraformResource,
    metaclass=jsii.JSIIMeta,
    jsii_type="servicenow.record.Record",
):
    '''Represents a {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record servicenow_record}.'''

    def __init__(
        self,
        scope: _constructs_77d1e7e8.Construct,
        id: builtins.str,
        *,
        fields: typing.Mapping[builtins.str, builtins.str],
        table: builtins.str,
        adopt_by: typing.Optional[builtins.str] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        on_destroy: typing.Optional[builtins.str] = None,
        sensitive_fields: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sensitive_fields_wo: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sensitive_fields_wo_version: typing.Optional[builtins.str] = None,
        connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
        count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
        depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
        for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
        lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
        provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
        provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    ) -> None:
        '''Create a new {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record servicenow_record} Resource.

        :param scope: The scope in which to define this construct.
        :param id: The scoped construct ID. Must be unique amongst siblings in the same scope
        :param fields: The columns this resource owns, as Table API string values. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#fields Record#fields}
        :param table: Table name, e.g. ``sys_properties``. Changing it replaces the record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#table Record#table}
        :param adopt_by: A column of ``fields`` (e.g. ``name``) that identifies the record instance-wide: create adopts the record whose column has that value (``<adopt_by>=<fields[adopt_by]>``, which must not contain ``^`` or a line break) and creates one only when none exists. Without it, create always inserts and destroy always deletes. Once the record is in state, changing ``adopt_by`` changes only what destroy does; changing ``fields[adopt_by]`` of an adopted record is an error (it would rename an instance-wide record): replace the resource to adopt another. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#adopt_by Record#adopt_by}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#create_sys_id Record#create_sys_id}
        :param on_destroy: With ``adopt_by``: ``restore`` (default) writes back the values this resource overwrote on an adopted record and deletes a record it created; ``keep`` leaves the record as it is. An adopted record is never deleted. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#on_destroy Record#on_destroy}
        :param sensitive_fields: password2 columns (sensitive): written as display values, never read back. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields Record#sensitive_fields}
        :param sensitive_fields_wo: Write-only form of ``sensitive_fields`` (Terraform >= 1.11): sent to the instance on create and whenever ``sensitive_fields_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``sensitive_fields``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo Record#sensitive_fields_wo}
        :param sensitive_fields_wo_version: Any string; changing it sends ``sensitive_fields_wo`` to the instance again (e.g. a counter you bump to rotate the secrets). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo_version Record#sensitive_fields_wo_version}
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__f6b31d77ab49ec3eda632daca4be747e7f40068733da930f81af491d6b6e95e5)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        config = RecordConfig(
            fields=fields,
            table=table,
            adopt_by=adopt_by,
            create_sys_id=create_sys_id,
            on_destroy=on_destroy,
            sensitive_fields=sensitive_fields,
            sensitive_fields_wo=sensitive_fields_wo,
            sensitive_fields_wo_version=sensitive_fields_wo_version,
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
        '''Generates CDKTF code for importing a Record resource upon running "cdktf plan ".

        :param scope: The scope in which to define this construct.
        :param import_to_id: The construct id used in the generated config for the Record to import.
        :param import_from_id: The id of the existing Record that should be imported. Refer to the {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#import import section} in the documentation of this resource for the id to use
        :param provider: ? Optional instance of the provider where the Record to import is found.
        '''
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__e40ae988382c826135384952c2e2eb4629ead69ea475ae7a6c603b1e13371c41)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument import_to_id", value=import_to_id, expected_type=type_hints["import_to_id"])
            check_type(argname="argument import_from_id", value=import_from_id, expected_type=type_hints["import_from_id"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        return typing.cast(_cdktf_9a9027ec.ImportableResource, jsii.sinvoke(cls, "generateConfigForImport", [scope, import_to_id, import_from_id, provider]))

    @jsii.member(jsii_name="resetAdoptBy")
    def reset_adopt_by(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetAdoptBy", []))

    @jsii.member(jsii_name="resetCreateSysId")
    def reset_create_sys_id(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetCreateSysId", []))

    @jsii.member(jsii_name="resetOnDestroy")
    def reset_on_destroy(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetOnDestroy", []))

    @jsii.member(jsii_name="resetSensitiveFields")
    def reset_sensitive_fields(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSensitiveFields", []))

    @jsii.member(jsii_name="resetSensitiveFieldsWo")
    def reset_sensitive_fields_wo(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSensitiveFieldsWo", []))

    @jsii.member(jsii_name="resetSensitiveFieldsWoVersion")
    def reset_sensitive_fields_wo_version(self) -> None:
        return typing.cast(None, jsii.invoke(self, "resetSensitiveFieldsWoVersion", []))

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
    @jsii.member(jsii_name="adopted")
    def adopted(self) -> _cdktf_9a9027ec.IResolvable:
        return typing.cast(_cdktf_9a9027ec.IResolvable, jsii.get(self, "adopted"))

    @builtins.property
    @jsii.member(jsii_name="adoptedValues")
    def adopted_values(self) -> _cdktf_9a9027ec.StringMap:
        return typing.cast(_cdktf_9a9027ec.StringMap, jsii.get(self, "adoptedValues"))

    @builtins.property
    @jsii.member(jsii_name="computedFields")
    def computed_fields(self) -> _cdktf_9a9027ec.StringMap:
        return typing.cast(_cdktf_9a9027ec.StringMap, jsii.get(self, "computedFields"))

    @builtins.property
    @jsii.member(jsii_name="id")
    def id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "id"))

    @builtins.property
    @jsii.member(jsii_name="sysId")
    def sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sysId"))

    @builtins.property
    @jsii.member(jsii_name="adoptByInput")
    def adopt_by_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "adoptByInput"))

    @builtins.property
    @jsii.member(jsii_name="createSysIdInput")
    def create_sys_id_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "createSysIdInput"))

    @builtins.property
    @jsii.member(jsii_name="fieldsInput")
    def fields_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "fieldsInput"))

    @builtins.property
    @jsii.member(jsii_name="onDestroyInput")
    def on_destroy_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "onDestroyInput"))

    @builtins.property
    @jsii.member(jsii_name="sensitiveFieldsInput")
    def sensitive_fields_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "sensitiveFieldsInput"))

    @builtins.property
    @jsii.member(jsii_name="sensitiveFieldsWoInput")
    def sensitive_fields_wo_input(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], jsii.get(self, "sensitiveFieldsWoInput"))

    @builtins.property
    @jsii.member(jsii_name="sensitiveFieldsWoVersionInput")
    def sensitive_fields_wo_version_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "sensitiveFieldsWoVersionInput"))

    @builtins.property
    @jsii.member(jsii_name="tableInput")
    def table_input(self) -> typing.Optional[builtins.str]:
        return typing.cast(typing.Optional[builtins.str], jsii.get(self, "tableInput"))

    @builtins.property
    @jsii.member(jsii_name="adoptBy")
    def adopt_by(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "adoptBy"))

    @adopt_by.setter
    def adopt_by(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__6c7b9c5904f3345b17ad3b3012f4b74a14c9c31d41dae330c55c607f7f8b546e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "adoptBy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="createSysId")
    def create_sys_id(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "createSysId"))

    @create_sys_id.setter
    def create_sys_id(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__0d522c4f2709469e3c5aa70f30436961a632c04a2e69fe9c313ace61d5bf41ed)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "createSysId", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="fields")
    def fields(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "fields"))

    @fields.setter
    def fields(self, value: typing.Mapping[builtins.str, builtins.str]) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__82899d9f4df06fd2a1539558c99a95ac6acd835a42c76c2f5f967d1ab363ce66)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "fields", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="onDestroy")
    def on_destroy(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "onDestroy"))

    @on_destroy.setter
    def on_destroy(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__1f091a0c5e50be586b039861861e385587aa3f0517521954f9632db4eea5a6f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "onDestroy", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sensitiveFields")
    def sensitive_fields(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "sensitiveFields"))

    @sensitive_fields.setter
    def sensitive_fields(
        self,
        value: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__824889235bda7756547fc400f05d6201e524627e595bc093dec62447d867d31b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sensitiveFields", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sensitiveFieldsWo")
    def sensitive_fields_wo(self) -> typing.Mapping[builtins.str, builtins.str]:
        return typing.cast(typing.Mapping[builtins.str, builtins.str], jsii.get(self, "sensitiveFieldsWo"))

    @sensitive_fields_wo.setter
    def sensitive_fields_wo(
        self,
        value: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__4aeadbaa1e880de1c14515dcf45719f5f970281dcecfdacc14588a879d09a613)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sensitiveFieldsWo", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="sensitiveFieldsWoVersion")
    def sensitive_fields_wo_version(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "sensitiveFieldsWoVersion"))

    @sensitive_fields_wo_version.setter
    def sensitive_fields_wo_version(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9f25475e235d22cd0003e35f65ebfb48b0ca96c379158d33f3ebc049d3d374c7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "sensitiveFieldsWoVersion", value) # pyright: ignore[reportArgumentType]

    @builtins.property
    @jsii.member(jsii_name="table")
    def table(self) -> builtins.str:
        return typing.cast(builtins.str, jsii.get(self, "table"))

    @table.setter
    def table(self, value: builtins.str) -> None:
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__9505be9aa8738d55d27315000d499e25555c7edcc68408b7df82c923d1ffc785)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        jsii.set(self, "table", value) # pyright: ignore[reportArgumentType]


@jsii.data_type(
    jsii_type="servicenow.record.RecordConfig",
    jsii_struct_bases=[_cdktf_9a9027ec.TerraformMetaArguments],
    name_mapping={
        "connection": "connection",
        "count": "count",
        "depends_on": "dependsOn",
        "for_each": "forEach",
        "lifecycle": "lifecycle",
        "provider": "provider",
        "provisioners": "provisioners",
        "fields": "fields",
        "table": "table",
        "adopt_by": "adoptBy",
        "create_sys_id": "createSysId",
        "on_destroy": "onDestroy",
        "sensitive_fields": "sensitiveFields",
        "sensitive_fields_wo": "sensitiveFieldsWo",
        "sensitive_fields_wo_version": "sensitiveFieldsWoVersion",
    },
)
class RecordConfig(_cdktf_9a9027ec.TerraformMetaArguments):
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
        fields: typing.Mapping[builtins.str, builtins.str],
        table: builtins.str,
        adopt_by: typing.Optional[builtins.str] = None,
        create_sys_id: typing.Optional[builtins.str] = None,
        on_destroy: typing.Optional[builtins.str] = None,
        sensitive_fields: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sensitive_fields_wo: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sensitive_fields_wo_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param connection: 
        :param count: 
        :param depends_on: 
        :param for_each: 
        :param lifecycle: 
        :param provider: 
        :param provisioners: 
        :param fields: The columns this resource owns, as Table API string values. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#fields Record#fields}
        :param table: Table name, e.g. ``sys_properties``. Changing it replaces the record. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#table Record#table}
        :param adopt_by: A column of ``fields`` (e.g. ``name``) that identifies the record instance-wide: create adopts the record whose column has that value (``<adopt_by>=<fields[adopt_by]>``, which must not contain ``^`` or a line break) and creates one only when none exists. Without it, create always inserts and destroy always deletes. Once the record is in state, changing ``adopt_by`` changes only what destroy does; changing ``fields[adopt_by]`` of an adopted record is an error (it would rename an instance-wide record): replace the resource to adopt another. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#adopt_by Record#adopt_by}
        :param create_sys_id: The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs. A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#create_sys_id Record#create_sys_id}
        :param on_destroy: With ``adopt_by``: ``restore`` (default) writes back the values this resource overwrote on an adopted record and deletes a record it created; ``keep`` leaves the record as it is. An adopted record is never deleted. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#on_destroy Record#on_destroy}
        :param sensitive_fields: password2 columns (sensitive): written as display values, never read back. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields Record#sensitive_fields}
        :param sensitive_fields_wo: Write-only form of ``sensitive_fields`` (Terraform >= 1.11): sent to the instance on create and whenever ``sensitive_fields_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``sensitive_fields``. Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo Record#sensitive_fields_wo}
        :param sensitive_fields_wo_version: Any string; changing it sends ``sensitive_fields_wo`` to the instance again (e.g. a counter you bump to rotate the secrets). Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo_version Record#sensitive_fields_wo_version}
        '''
        if isinstance(lifecycle, dict):
            lifecycle = _cdktf_9a9027ec.TerraformResourceLifecycle(**lifecycle)
        if __debug__:
            type_hints = typing.get_type_hints(_typecheckingstub__c1e5789f2587e7626d670d39fb9edd8c3bf627ceefbacf33ddc08479b0afb091)
            check_type(argname="argument connection", value=connection, expected_type=type_hints["connection"])
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument depends_on", value=depends_on, expected_type=type_hints["depends_on"])
            check_type(argname="argument for_each", value=for_each, expected_type=type_hints["for_each"])
            check_type(argname="argument lifecycle", value=lifecycle, expected_type=type_hints["lifecycle"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
            check_type(argname="argument provisioners", value=provisioners, expected_type=type_hints["provisioners"])
            check_type(argname="argument fields", value=fields, expected_type=type_hints["fields"])
            check_type(argname="argument table", value=table, expected_type=type_hints["table"])
            check_type(argname="argument adopt_by", value=adopt_by, expected_type=type_hints["adopt_by"])
            check_type(argname="argument create_sys_id", value=create_sys_id, expected_type=type_hints["create_sys_id"])
            check_type(argname="argument on_destroy", value=on_destroy, expected_type=type_hints["on_destroy"])
            check_type(argname="argument sensitive_fields", value=sensitive_fields, expected_type=type_hints["sensitive_fields"])
            check_type(argname="argument sensitive_fields_wo", value=sensitive_fields_wo, expected_type=type_hints["sensitive_fields_wo"])
            check_type(argname="argument sensitive_fields_wo_version", value=sensitive_fields_wo_version, expected_type=type_hints["sensitive_fields_wo_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "fields": fields,
            "table": table,
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
        if adopt_by is not None:
            self._values["adopt_by"] = adopt_by
        if create_sys_id is not None:
            self._values["create_sys_id"] = create_sys_id
        if on_destroy is not None:
            self._values["on_destroy"] = on_destroy
        if sensitive_fields is not None:
            self._values["sensitive_fields"] = sensitive_fields
        if sensitive_fields_wo is not None:
            self._values["sensitive_fields_wo"] = sensitive_fields_wo
        if sensitive_fields_wo_version is not None:
            self._values["sensitive_fields_wo_version"] = sensitive_fields_wo_version

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
    def fields(self) -> typing.Mapping[builtins.str, builtins.str]:
        '''The columns this resource owns, as Table API string values.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#fields Record#fields}
        '''
        result = self._values.get("fields")
        assert result is not None, "Required property 'fields' is missing"
        return typing.cast(typing.Mapping[builtins.str, builtins.str], result)

    @builtins.property
    def table(self) -> builtins.str:
        '''Table name, e.g. ``sys_properties``. Changing it replaces the record.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#table Record#table}
        '''
        result = self._values.get("table")
        assert result is not None, "Required property 'table' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def adopt_by(self) -> typing.Optional[builtins.str]:
        '''A column of ``fields`` (e.g. ``name``) that identifies the record instance-wide: create adopts the record whose column has that value (``<adopt_by>=<fields[adopt_by]>``, which must not contain ``^`` or a line break) and creates one only when none exists. Without it, create always inserts and destroy always deletes. Once the record is in state, changing ``adopt_by`` changes only what destroy does; changing ``fields[adopt_by]`` of an adopted record is an error (it would rename an instance-wide record): replace the resource to adopt another.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#adopt_by Record#adopt_by}
        '''
        result = self._values.get("adopt_by")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def create_sys_id(self) -> typing.Optional[builtins.str]:
        '''The sys_id to create the record with (32 lowercase hexadecimal characters), the same on every run: it makes the create idempotent across runs.

        A record that an interrupted or failed run created with it, and never recorded in state, is taken over by the next apply (PATCHed to the configured values) instead of being created twice. The constructs derive it from the stack and the construct path (uuid5); from HCL, give any fixed value unique per record, e.g. ``replace(uuidv5("url", "<stack>/<address>"), "-", "")``. Used only by create: changing it later changes nothing on the instance. Unset: a random sys_id per create (safe within one apply only).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#create_sys_id Record#create_sys_id}
        '''
        result = self._values.get("create_sys_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_destroy(self) -> typing.Optional[builtins.str]:
        '''With ``adopt_by``: ``restore`` (default) writes back the values this resource overwrote on an adopted record and deletes a record it created;

        ``keep`` leaves the record as it is. An adopted record is never deleted.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#on_destroy Record#on_destroy}
        '''
        result = self._values.get("on_destroy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sensitive_fields(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''password2 columns (sensitive): written as display values, never read back.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields Record#sensitive_fields}
        '''
        result = self._values.get("sensitive_fields")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def sensitive_fields_wo(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Write-only form of ``sensitive_fields`` (Terraform >= 1.11): sent to the instance on create and whenever ``sensitive_fields_wo_version`` changes, never stored in plan or state; accepts ephemeral values. Conflicts with ``sensitive_fields``.

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo Record#sensitive_fields_wo}
        '''
        result = self._values.get("sensitive_fields_wo")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def sensitive_fields_wo_version(self) -> typing.Optional[builtins.str]:
        '''Any string; changing it sends ``sensitive_fields_wo`` to the instance again (e.g. a counter you bump to rotate the secrets).

        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/servicenow-spoke/servicenow/0.1.0/docs/resources/record#sensitive_fields_wo_version Record#sensitive_fields_wo_version}
        '''
        result = self._values.get("sensitive_fields_wo_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RecordConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Record",
    "RecordConfig",
]

publication.publish()

def _typecheckingstub__f6b31d77ab49ec3eda632daca4be747e7f40068733da930f81af491d6b6e95e5(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    fields: typing.Mapping[builtins.str, builtins.str],
    table: builtins.str,
    adopt_by: typing.Optional[builtins.str] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    on_destroy: typing.Optional[builtins.str] = None,
    sensitive_fields: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sensitive_fields_wo: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sensitive_fields_wo_version: typing.Optional[builtins.str] = None,
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

def _typecheckingstub__e40ae988382c826135384952c2e2eb4629ead69ea475ae7a6c603b1e13371c41(
    scope: _constructs_77d1e7e8.Construct,
    import_to_id: builtins.str,
    import_from_id: builtins.str,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c7b9c5904f3345b17ad3b3012f4b74a14c9c31d41dae330c55c607f7f8b546e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d522c4f2709469e3c5aa70f30436961a632c04a2e69fe9c313ace61d5bf41ed(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82899d9f4df06fd2a1539558c99a95ac6acd835a42c76c2f5f967d1ab363ce66(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f091a0c5e50be586b039861861e385587aa3f0517521954f9632db4eea5a6f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__824889235bda7756547fc400f05d6201e524627e595bc093dec62447d867d31b(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4aeadbaa1e880de1c14515dcf45719f5f970281dcecfdacc14588a879d09a613(
    value: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f25475e235d22cd0003e35f65ebfb48b0ca96c379158d33f3ebc049d3d374c7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9505be9aa8738d55d27315000d499e25555c7edcc68408b7df82c923d1ffc785(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1e5789f2587e7626d670d39fb9edd8c3bf627ceefbacf33ddc08479b0afb091(
    *,
    connection: typing.Optional[typing.Union[typing.Union[_cdktf_9a9027ec.SSHProvisionerConnection, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.WinrmProvisionerConnection, typing.Dict[builtins.str, typing.Any]]]] = None,
    count: typing.Optional[typing.Union[jsii.Number, _cdktf_9a9027ec.TerraformCount]] = None,
    depends_on: typing.Optional[typing.Sequence[_cdktf_9a9027ec.ITerraformDependable]] = None,
    for_each: typing.Optional[_cdktf_9a9027ec.ITerraformIterator] = None,
    lifecycle: typing.Optional[typing.Union[_cdktf_9a9027ec.TerraformResourceLifecycle, typing.Dict[builtins.str, typing.Any]]] = None,
    provider: typing.Optional[_cdktf_9a9027ec.TerraformProvider] = None,
    provisioners: typing.Optional[typing.Sequence[typing.Union[typing.Union[_cdktf_9a9027ec.FileProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.LocalExecProvisioner, typing.Dict[builtins.str, typing.Any]], typing.Union[_cdktf_9a9027ec.RemoteExecProvisioner, typing.Dict[builtins.str, typing.Any]]]]] = None,
    fields: typing.Mapping[builtins.str, builtins.str],
    table: builtins.str,
    adopt_by: typing.Optional[builtins.str] = None,
    create_sys_id: typing.Optional[builtins.str] = None,
    on_destroy: typing.Optional[builtins.str] = None,
    sensitive_fields: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sensitive_fields_wo: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sensitive_fields_wo_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
