"""The object model: type registry, inheritance, interfaces, casts, properties."""

import pytest

from emu.qom import (Interface, Property, PropertyError, QOMError, object_check,
                     object_class_by_name, object_dynamic_cast, object_new, register_type,
                     type_names)
from emu.qom.device import DeviceState, SysBusDevice, device_help_text, device_list_text


class Resettable(Interface):
    type_name = "test-resettable"


@register_type
class _Base(DeviceState):
    type_name = "test-base"
    abstract = True
    properties = (Property("base-prop", "int", 7, bits=16, doc="from the base"),)

    def instance_init(self):
        self.init_order = ["base"]


@register_type
class _Leaf(_Base, Resettable):
    type_name = "test-leaf"
    user_creatable = True
    desc = "a test leaf"
    category = "misc"
    properties = (
        Property("flag", "bool", False),
        Property("count", "uint", 3, bits=8),
        Property("label", "string", "x"),
        Property("size", "size", 0),
        Property("peer", "link", None, link_type="test-base"),
    )
    class_inits = 0

    @classmethod
    def class_init(cls):
        cls.class_inits += 1

    def instance_init(self):
        self.init_order.append("leaf")


def test_instance_init_runs_parents_first():
    obj = object_new("test-leaf")
    assert obj.init_order == ["base", "leaf"]


def test_class_init_ran_once_at_registration():
    assert object_class_by_name("test-leaf").class_inits == 1


def test_abstract_type_cannot_be_instantiated():
    with pytest.raises(QOMError, match="abstract"):
        object_new("test-base")


def test_unknown_type():
    with pytest.raises(QOMError, match="unknown type 'nope'"):
        object_new("nope")


def test_parent_chain_and_interfaces_in_casts():
    obj = object_new("test-leaf")
    assert object_dynamic_cast(obj, "device") is obj
    assert object_dynamic_cast(obj, "test-base") is obj
    assert object_dynamic_cast(obj, "test-resettable") is obj
    assert object_dynamic_cast(obj, "sys-bus-device") is None
    with pytest.raises(QOMError, match="not an instance of type sys-bus-device"):
        object_check(obj, "sys-bus-device")


def test_type_names_filters_by_ancestor():
    assert "test-leaf" in type_names("test-base")
    assert "test-base" not in type_names("test-base")
    assert "test-base" in type_names("test-base", include_abstract=True)


def test_property_defaults_inherited():
    obj = object_new("test-leaf")
    assert (obj.base_prop, obj.flag, obj.count, obj.label, obj.size) == (7, False, 3, "x", 0)


@pytest.mark.parametrize("name,text,value", [
    ("flag", "on", True), ("flag", "off", False), ("flag", "yes", True),
    ("count", "0x10", 16), ("count", "255", 255), ("base-prop", "-5", -5),
    ("label", "hello", "hello"), ("size", "4k", 4096), ("size", "2M", 2 << 20),
])
def test_property_from_string(name, text, value):
    obj = object_new("test-leaf")
    obj.set_prop(name, text)
    assert obj.get_prop(name) == value


@pytest.mark.parametrize("name,text,message", [
    ("flag", "maybe", "Parameter 'flag' expects 'on' or 'off'"),
    ("count", "256", "Parameter 'count' expects uint8"),
    ("count", "-1", "Parameter 'count' expects uint8"),
    ("count", "ten", "Parameter 'count' expects uint8"),
    ("base-prop", "40000", "Parameter 'base-prop' expects int16"),
    ("size", "lots", "Parameter 'size' expects a non-negative number"),
])
def test_bad_property_values(name, text, message):
    obj = object_new("test-leaf")
    with pytest.raises(PropertyError, match=message):
        obj.set_prop(name, text)


def test_unknown_property_names_the_type():
    obj = object_new("test-leaf")
    with pytest.raises(PropertyError, match="Property 'test-leaf.colour' not found"):
        obj.set_prop("colour", "red")


def test_link_property_type_checked():
    obj = object_new("test-leaf")
    other = object_new("test-leaf")
    obj.set_prop("peer", other)
    assert obj.peer is other
    with pytest.raises(PropertyError, match="expects a link to test-base"):
        obj.set_prop("peer", object())


def test_properties_frozen_after_realize():
    obj = object_new("test-leaf")
    obj.do_realize()
    assert obj.realized
    with pytest.raises(PropertyError, match="after it was realized"):
        obj.set_prop("count", "1")


def test_realize_twice_refused():
    obj = object_new("test-leaf")
    obj.do_realize()
    with pytest.raises(QOMError, match="already realized"):
        obj.do_realize()


def test_object_new_with_props():
    obj = object_new("test-leaf", count="9", label="y")
    assert (obj.count, obj.label) == (9, "y")


def test_device_help_listing():
    text = device_list_text()
    assert 'name "test-leaf", desc "a test leaf"' in text
    assert "test-base" not in text


def test_device_property_help():
    text = device_help_text("test-leaf")
    assert "count=<uint8>" in text and "(default: 3)" in text
    assert "base-prop=<int16>" in text and "from the base" in text
    with pytest.raises(PropertyError, match="'nope' is not a valid device model name"):
        device_help_text("nope")


def test_duplicate_registration_refused():
    with pytest.raises(QOMError, match="already registered"):
        @register_type
        class _Again(DeviceState):       # noqa: F811
            type_name = "test-leaf"


def test_sysbus_irq_lines_reach_inputs():
    from emu.irq import IRQ

    @register_type
    class _Dev(SysBusDevice):
        type_name = "test-irq-dev"

    seen = []
    dev = object_new("test-irq-dev")
    n = dev.init_irq()
    dev.connect_irq(n, IRQ(lambda line, level: seen.append((line, level)), 5))
    dev.raise_irq(n)
    dev.lower_irq(n)
    assert seen == [(5, 1), (5, 0)]
