"""The object model (QEMU's QOM in Python terms): types, properties, devices."""

from emu.qom.object import (Object, ObjectClass, QOMError, TypeInfo, type_register,
                            object_new, object_class_by_name, type_exists,
                            object_dynamic_cast, object_check, type_names,
                            register_type, Interface)
from emu.qom.properties import Property, PropertyError, set_property_from_str
from emu.qom.device import DeviceState, device_help_text, device_list_text

__all__ = [
    "Object", "ObjectClass", "QOMError", "TypeInfo", "type_register", "object_new",
    "object_class_by_name", "type_exists", "object_dynamic_cast", "object_check",
    "type_names", "register_type", "Interface", "Property", "PropertyError",
    "set_property_from_str", "DeviceState", "device_help_text", "device_list_text",
]
