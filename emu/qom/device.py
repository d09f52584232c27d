"""Devices: DeviceState/DeviceClass with realize, unrealize, reset and vmsd,
and SysBusDevice (MMIO regions and IRQ outputs a board maps and wires).

Class attributes a device type sets (its DeviceClass): ``type_name``,
``desc``, ``category``, ``user_creatable``, ``properties`` and ``vmsd``
(a migration.vmstate.VMStateDescription, or None).
"""

from emu.qom.object import Object, QOMError, register_type, type_names, object_class_by_name
from emu.qom.properties import (class_properties, init_properties, set_property,
                                get_property, PropertyError)


@register_type
class DeviceState(Object):
    """A device: properties, then realize, reset; optional migration state."""

    type_name = "device"
    abstract = True
    desc = ""
    category = "misc"
    user_creatable = False
    properties = ()
    vmsd = None

    def instance_init(self):
        self.id = None
        self.realized = False
        init_properties(self)

    # -- properties ---------------------------------------------------
    def set_prop(self, name, value):
        set_property(self, name, value)

    def get_prop(self, name):
        return get_property(self, name)

    # -- life cycle ------------------------------------------------------
    def realize(self):
        """Make the device usable; raise QOMError with a user message on failure."""

    def unrealize(self):
        pass

    def reset(self):
        """Put the device in its power-on state (QEMU's cold reset)."""

    def do_realize(self):
        if self.realized:
            raise QOMError("device '%s' is already realized" % self.typename)
        self.realize()
        self.realized = True

    def do_unrealize(self):
        if self.realized:
            self.unrealize()
            self.realized = False


@register_type
class SysBusDevice(DeviceState):
    """A device on the system bus: MMIO regions and outgoing IRQ lines."""

    type_name = "sys-bus-device"
    abstract = True

    def instance_init(self):
        self.mmio_regions = []
        self.irqs = []

    def init_mmio(self, region):
        self.mmio_regions.append(region)

    def init_irq(self):
        """Declare an outgoing IRQ line; returns its index.  Wire with connect_irq."""
        from emu.irq import IRQLine
        line = IRQLine()
        self.irqs.append(line)
        return len(self.irqs) - 1

    def connect_irq(self, n, target):
        """Connect outgoing line n to an input (an emu.irq.IRQ)."""
        self.irqs[n].connect(target)

    def raise_irq(self, n=0):
        self.irqs[n].set(1)

    def lower_irq(self, n=0):
        self.irqs[n].set(0)

    def set_irq(self, n, level):
        self.irqs[n].set(level)


def device_list_text():
    """The text of ``-device help``: user-creatable devices by category."""
    by_cat = {}
    for name in type_names("device"):
        cls = object_class_by_name(name)
        if not cls.user_creatable:
            continue
        by_cat.setdefault(cls.category, []).append((name, cls.desc))
    lines = []
    for cat in sorted(by_cat):
        lines.append("%s devices:" % cat.capitalize())
        for name, desc in sorted(by_cat[cat]):
            line = 'name "%s"' % name
            if desc:
                line += ', desc "%s"' % desc
            lines.append(line)
        lines.append("")
    return "\n".join(lines)


def device_help_text(name):
    """The text of ``-device NAME,help``: the device's properties."""
    cls = object_class_by_name(name)
    if cls is None or not issubclass(cls, DeviceState):
        raise PropertyError("'%s' is not a valid device model name" % name)
    props = class_properties(cls)
    if not props:
        return "There are no options for %s." % name
    lines = ["%s options:" % name]
    for prop in sorted(props.values(), key=lambda p: p.name):
        text = "  %s=<%s>" % (prop.name, prop.type_label())
        extra = []
        if prop.doc:
            extra.append(prop.doc)
        if prop.default is not None:
            default = prop.default
            if prop.kind == "bool":
                default = "true" if default else "false"
            extra.append("(default: %s)" % default)
        if extra:
            text = "%-24s - %s" % (text, " ".join(extra))
        lines.append(text)
    return "\n".join(lines)
