"""Typed object properties: bool, int, uint (with a width), string, size, link.

A class lists its properties in ``properties`` (a tuple of :class:`Property`);
subclasses' lists add to their parents'.  Values can be set from strings
(``-device x,prop=val``, ``-global``) with QEMU-worded errors.
"""

from dataclasses import dataclass

from emu.qom.object import QOMError, object_dynamic_cast


class PropertyError(QOMError):
    """A bad property name or value."""


_BOOL_WORDS = {"on": True, "yes": True, "true": True, "y": True,
               "off": False, "no": False, "false": False, "n": False}
_SIZE_SUFFIX = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


@dataclass(frozen=True)
class Property:
    """One typed property.  ``kind``: bool, int, uint, string, size, link, chardev."""
    name: str
    kind: str
    default: object = None
    attr: str | None = None     # attribute that holds the value (default: name with '-' -> '_')
    bits: int = 32              # for int/uint
    link_type: str | None = None
    doc: str = ""

    @property
    def attribute(self):
        return self.attr or self.name.replace("-", "_")

    def type_label(self):
        if self.kind in ("int", "uint"):
            return ("uint%d" if self.kind == "uint" else "int%d") % self.bits
        if self.kind == "link":
            return "link<%s>" % (self.link_type or "object")
        if self.kind == "string":
            return "str"
        return self.kind

    def parse(self, text):
        """Convert a command-line string to this property's value."""
        if self.kind == "bool":
            value = _BOOL_WORDS.get(text.lower())
            if value is None:
                raise PropertyError("Parameter '%s' expects 'on' or 'off'" % self.name)
            return value
        if self.kind in ("int", "uint"):
            return self.check_int(_parse_int(text, self))
        if self.kind == "size":
            return _parse_size(text, self)
        return text

    def check_int(self, value):
        if self.kind == "uint":
            lo, hi = 0, (1 << self.bits) - 1
        else:
            lo, hi = -(1 << (self.bits - 1)), (1 << (self.bits - 1)) - 1
        if not lo <= value <= hi:
            raise PropertyError("Parameter '%s' expects %s" % (self.name, self.type_label()))
        return value


def _parse_int(text, prop):
    try:
        return int(text, 0)
    except ValueError:
        raise PropertyError("Parameter '%s' expects %s" % (prop.name, prop.type_label())) from None


def _parse_size(text, prop):
    t = text.strip().lower()
    digits = t.rstrip("bkmgt")
    suffix = t[len(digits):]
    try:
        number = float(digits) if "." in digits else int(digits, 0)
    except ValueError:
        number = None
    if number is None or suffix not in _SIZE_SUFFIX or number < 0:
        raise PropertyError("Parameter '%s' expects a non-negative number below 2^64" % prop.name)
    return int(number * _SIZE_SUFFIX[suffix])


def class_properties(cls):
    """All properties of a class, parents' first."""
    props = {}
    for klass in reversed(cls.__mro__):
        for prop in klass.__dict__.get("properties", ()):
            props[prop.name] = prop
    return props


def find_property(obj, name):
    prop = class_properties(type(obj)).get(name)
    if prop is None:
        raise PropertyError("Property '%s.%s' not found" % (obj.typename, name))
    return prop


def init_properties(obj):
    """Give an object every property's default value."""
    for prop in class_properties(type(obj)).values():
        setattr(obj, prop.attribute, prop.default)


def set_property(obj, name, value):
    """Set a property from a Python value (type-checked)."""
    prop = find_property(obj, name)
    if getattr(obj, "realized", False):
        raise PropertyError("Attempt to set property '%s' on device '%s' (type '%s') after it was realized"
                            % (name, getattr(obj, "id", None) or "", obj.typename))
    if isinstance(value, str) and prop.kind not in ("string", "link", "chardev"):
        value = prop.parse(value)
    elif prop.kind in ("int", "uint") and value is not None:
        value = prop.check_int(int(value))
    elif prop.kind == "link" and value is not None and prop.link_type:
        if not isinstance(value, str) and object_dynamic_cast(value, prop.link_type) is None:
            raise PropertyError("Property '%s.%s' expects a link to %s"
                                % (obj.typename, name, prop.link_type))
    setattr(obj, prop.attribute, value)


def set_property_from_str(obj, name, text):
    set_property(obj, name, text)


def get_property(obj, name):
    return getattr(obj, find_property(obj, name).attribute)
