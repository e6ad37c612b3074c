"""The plugin protocol this provider speaks: `tf`'s tfplugin6 message set, extended at start-up.

`tf` 1.2.0 ships an older tfplugin6 message set: no `write_only` attribute flag, no client capabilities,
no ephemeral resources. Terraform 1.10/1.11 added them to protocol 6 (tfplugin6.9) as new fields and new
RPCs of the same messages and service, and protobuf is wire-compatible across such additions. So this
module takes the FileDescriptorProto that `tf`'s generated module carries, adds those fields, messages
and RPCs (field numbers as Terraform's protocol defines them, cited beside each), builds the result in a
private descriptor pool, and registers the gRPC service with it. Nothing is generated or copied from
Terraform's `.proto`: the descriptor is built here, in code, at start-up (~2 ms).

Messages of RPCs that the extension changes (`EXTENDED_METHODS`) are decoded with the extended classes;
every other RPC keeps `tf`'s own classes, so `tf`'s servicer code sees what it always saw.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

PACKAGE = "tfplugin6"
SERVICE = f"{PACKAGE}.Provider"
_F = descriptor_pb2.FieldDescriptorProto

#: The ephemeral-resource RPCs (tfplugin6.9 `service Provider`, "Ephemeral Resource Lifecycle").
EPHEMERAL_METHODS = (
    "ValidateEphemeralResourceConfig",
    "OpenEphemeralResource",
    "RenewEphemeralResource",
    "CloseEphemeralResource",
)
#: RPCs served with the extended messages (their request or response has a field `tf` does not know).
EXTENDED_METHODS = frozenset(
    {"GetMetadata", "GetProviderSchema", "ValidateResourceConfig", "ConfigureProvider", *EPHEMERAL_METHODS}
)


def _field(
    message: descriptor_pb2.DescriptorProto,
    name: str,
    number: int,
    kind: int,
    type_name: str | None = None,
    repeated: bool = False,
) -> None:
    field = message.field.add()
    field.name = name
    field.number = number
    field.type = kind  # type: ignore[assignment]
    field.label = _F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL  # type: ignore[assignment]
    field.json_name = "".join(w if i == 0 else w.capitalize() for i, w in enumerate(name.split("_")))
    if type_name:
        field.type_name = f".{PACKAGE}.{type_name}"


def _message(parent: Any, name: str) -> descriptor_pb2.DescriptorProto:
    message = parent.add()
    message.name = name
    return message


def _nested(file: descriptor_pb2.FileDescriptorProto, path: str) -> descriptor_pb2.DescriptorProto:
    names = path.split(".")
    found = next(m for m in file.message_type if m.name == names[0])
    for name in names[1:]:
        found = next(m for m in found.nested_type if m.name == name)
    return found


def _request_response(
    file: descriptor_pb2.FileDescriptorProto, name: str
) -> tuple[descriptor_pb2.DescriptorProto, descriptor_pb2.DescriptorProto]:
    outer = _message(file.message_type, name)
    return _message(outer.nested_type, "Request"), _message(outer.nested_type, "Response")


def extended_file() -> descriptor_pb2.FileDescriptorProto:
    """`tf`'s tfplugin6 FileDescriptorProto plus the tfplugin6.9 additions this provider uses."""
    from tf.gen import tfplugin_pb2

    file = descriptor_pb2.FileDescriptorProto()
    tfplugin_pb2.DESCRIPTOR.CopyToProto(file)
    file.name = "terraform_provider_servicenow/tfplugin6_extended.proto"
    b, s, msg = _F.TYPE_BOOL, _F.TYPE_STRING, _F.TYPE_MESSAGE

    # Schema.Attribute: `bool write_only = 11`.
    _field(_nested(file, "Schema.Attribute"), "write_only", 11, b)
    # ClientCapabilities: `bool deferral_allowed = 1; bool write_only_attributes_allowed = 2`.
    capabilities = _message(file.message_type, "ClientCapabilities")
    _field(capabilities, "deferral_allowed", 1, b)
    _field(capabilities, "write_only_attributes_allowed", 2, b)
    # ValidateResourceConfig.Request and ConfigureProvider.Request: `client_capabilities = 3`.
    _field(
        _nested(file, "ValidateResourceConfig.Request"), "client_capabilities", 3, msg, "ClientCapabilities"
    )
    _field(_nested(file, "ConfigureProvider.Request"), "client_capabilities", 3, msg, "ClientCapabilities")
    # GetMetadata: `message EphemeralMetadata { string type_name = 1; }`, `ephemeral_resources = 6`.
    metadata = _nested(file, "GetMetadata")
    _field(_message(metadata.nested_type, "EphemeralMetadata"), "type_name", 1, s)
    _field(
        _nested(file, "GetMetadata.Response"),
        "ephemeral_resources",
        6,
        msg,
        "GetMetadata.EphemeralMetadata",
        repeated=True,
    )
    # GetProviderSchema.Response: `map<string, Schema> ephemeral_resource_schemas = 8` (a map is a
    # repeated entry message, shaped like the existing resource_schemas entry).
    response = _nested(file, "GetProviderSchema.Response")
    entry = next(m for m in response.nested_type if m.name == "ResourceSchemasEntry")
    ephemeral_entry = response.nested_type.add()
    ephemeral_entry.CopyFrom(entry)
    ephemeral_entry.name = "EphemeralResourceSchemasEntry"
    _field(
        response,
        "ephemeral_resource_schemas",
        8,
        msg,
        "GetProviderSchema.Response.EphemeralResourceSchemasEntry",
        repeated=True,
    )
    # The ephemeral-resource messages. Left out: OpenEphemeralResource.Response's `renew_at = 2`
    # (a Timestamp; this provider's ephemeral values never need renewing) and `deferred = 5`.
    request, response = _request_response(file, "ValidateEphemeralResourceConfig")
    _field(request, "type_name", 1, s)
    _field(request, "config", 2, msg, "DynamicValue")
    _field(response, "diagnostics", 1, msg, "Diagnostic", repeated=True)
    request, response = _request_response(file, "OpenEphemeralResource")
    _field(request, "type_name", 1, s)
    _field(request, "config", 2, msg, "DynamicValue")
    _field(request, "client_capabilities", 3, msg, "ClientCapabilities")
    _field(response, "diagnostics", 1, msg, "Diagnostic", repeated=True)
    _field(response, "result", 3, msg, "DynamicValue")
    _field(response, "private", 4, _F.TYPE_BYTES)
    for name in ("RenewEphemeralResource", "CloseEphemeralResource"):
        request, response = _request_response(file, name)
        _field(request, "type_name", 1, s)
        _field(request, "private", 2, _F.TYPE_BYTES)
        _field(response, "diagnostics", 1, msg, "Diagnostic", repeated=True)
        if name == "RenewEphemeralResource":
            _field(response, "private", 3, _F.TYPE_BYTES)
    service = next(s for s in file.service if s.name == "Provider")
    for name in EPHEMERAL_METHODS:
        method = service.method.add()
        method.name = name
        method.input_type = f".{PACKAGE}.{name}.Request"
        method.output_type = f".{PACKAGE}.{name}.Response"
    return file


class Messages:
    """The extended message classes, by their name in the package (``messages["Schema.Attribute"]``)."""

    def __init__(self) -> None:
        self.pool = descriptor_pool.DescriptorPool()
        self.file = self.pool.Add(extended_file())

    @functools.cache  # noqa: B019 - one instance per process
    def __getitem__(self, name: str) -> Any:
        return message_factory.GetMessageClass(self.pool.FindMessageTypeByName(f"{PACKAGE}.{name}"))

    def convert(self, message: Any, name: str) -> Any:
        """A message of `tf`'s classes as the extended class of the same name (or the reverse)."""
        return self[name].FromString(message.SerializeToString())

    def service_methods(self) -> list[tuple[str, str, str]]:
        """(method, request message name, response message name) of every RPC of the service."""
        service = self.pool.FindServiceByName(SERVICE)
        strip = len(PACKAGE) + 1
        return [
            (m.name, m.input_type.full_name[strip:], m.output_type.full_name[strip:]) for m in service.methods
        ]


@functools.cache
def messages() -> Messages:
    return Messages()


def _tf_class(module: ModuleType, name: str) -> Any:
    found: Any = module
    for part in name.split("."):
        found = getattr(found, part)
    return found


def _serialize(message: Any) -> bytes:
    return message.SerializeToString()


def add_servicer(servicer: Any, server: Any) -> None:
    """Register ``servicer`` for every RPC of the extended service (in place of `tf`'s
    ``add_ProviderServicer_to_server``, which knows only the older RPCs)."""
    import grpc
    from tf.gen import tfplugin_pb2

    ext = messages()
    handlers = {}
    for method, request_name, _ in ext.service_methods():
        request_class = (
            ext[request_name] if method in EXTENDED_METHODS else _tf_class(tfplugin_pb2, request_name)
        )
        handlers[method] = grpc.unary_unary_rpc_method_handler(
            getattr(servicer, method),
            request_deserializer=request_class.FromString,
            response_serializer=_serialize,
        )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
    server.add_registered_method_handlers(SERVICE, handlers)
