"""Types and objects: the type registry with parent chains, abstract types,
interfaces, class_init and instance_init.

QEMU keeps a TypeInfo per type and builds an ObjectClass from it.  Here a
type is a Python class registered under a QOM name: the Python class *is*
the ObjectClass (class attributes hold the class's virtual methods and
data), and the parent chain is the registered parent type.  ``TypeInfo``
records the declaration; ``class_init`` runs once when the type is
registered, ``instance_init`` for every new object, parents first.

    @register_type
    class PL011(SysBusDevice):
        type_name = "pl011"
        ...
"""

from dataclasses import dataclass, field


class QOMError(Exception):
    """A type-system or property error, worded for the user."""


@dataclass
class TypeInfo:
    """The declaration of one type."""
    name: str
    parent: str | None
    cls: type
    abstract: bool = False
    interfaces: tuple = ()
    class_init: object = None          # callable(cls) or None
    instance_init: object = None       # callable(obj) or None
    children: list = field(default_factory=list)


_TYPES: dict[str, TypeInfo] = {}


class Interface:
    """Base of interface types: a class that objects may implement."""
    type_name = "interface"


class Object:
    """The root of all QOM objects."""

    type_name = "object"
    abstract = True
    interfaces = ()

    def __init__(self):
        self.qom_parent = None
        self.qom_children = {}
        self.qom_name = None

    # QEMU's instance_init: per-class, run parents first by object_new.
    def instance_init(self):
        pass

    @classmethod
    def class_init(cls):
        pass

    @property
    def typename(self):
        return type(self).type_name

    def add_child(self, name, child):
        if name in self.qom_children:
            raise QOMError("attempt to add duplicate property '%s' to object (type '%s')"
                           % (name, self.typename))
        child.qom_parent = self
        child.qom_name = name
        self.qom_children[name] = child
        return child

    def canonical_path(self):
        parts = []
        obj = self
        while obj is not None and obj.qom_name is not None:
            parts.append(obj.qom_name)
            obj = obj.qom_parent
        return "/" + "/".join(reversed(parts))


ObjectClass = type   # the class of an object is its ObjectClass


def type_register(info: TypeInfo):
    """Register a type.  Its parent must already be registered."""
    if info.name in _TYPES:
        raise QOMError("Type '%s' is already registered" % info.name)
    if info.parent is not None and info.parent not in _TYPES:
        raise QOMError("Type '%s' has unknown parent type '%s'" % (info.name, info.parent))
    _TYPES[info.name] = info
    if info.parent is not None:
        _TYPES[info.parent].children.append(info.name)
    own = info.cls.__dict__.get("class_init")
    if own is not None:
        (own.__func__ if isinstance(own, classmethod) else own)(info.cls)
    if info.class_init is not None:
        info.class_init(info.cls)
    return info


def register_type(cls):
    """Class decorator: register ``cls`` under ``cls.type_name``."""
    name = cls.__dict__.get("type_name")
    if not name:
        raise QOMError("class %s has no type_name" % cls.__name__)
    parent = None
    for base in cls.__mro__[1:]:
        base_name = base.__dict__.get("type_name")
        if base_name and base_name in _TYPES and issubclass(base, Object):
            parent = base_name
            break
    ifaces = tuple(b.type_name for b in cls.__mro__[1:]
                   if issubclass(b, Interface) and b is not Interface)
    type_register(TypeInfo(name=name, parent=parent, cls=cls,
                           abstract=cls.__dict__.get("abstract", False),
                           interfaces=ifaces))
    return cls


def type_exists(name):
    return name in _TYPES


def type_names(parent=None, include_abstract=False):
    """All registered type names, optionally only those derived from parent."""
    names = []
    for name, info in _TYPES.items():
        if info.abstract and not include_abstract:
            continue
        if parent is not None and not _derives(info, parent):
            continue
        names.append(name)
    return sorted(names)


def _derives(info, ancestor):
    while info is not None:
        if info.name == ancestor or ancestor in info.interfaces:
            return True
        info = _TYPES.get(info.parent) if info.parent else None
    return False


def object_class_by_name(name):
    info = _TYPES.get(name)
    return info.cls if info else None


def type_info(name):
    return _TYPES.get(name)


def object_new(name, **props):
    """Create an object of the named type and run instance_init, parents first."""
    info = _TYPES.get(name)
    if info is None:
        raise QOMError("unknown type '%s'" % name)
    if info.abstract:
        raise QOMError("Object type '%s' is abstract" % name)
    obj = info.cls.__new__(info.cls)
    Object.__init__(obj)
    for klass in reversed(info.cls.__mro__):
        init = klass.__dict__.get("instance_init")
        if init is not None:
            init(obj)
    if info.instance_init is not None:
        info.instance_init(obj)
    for key, value in props.items():
        obj.set_prop(key, value)
    return obj


def object_dynamic_cast(obj, name):
    """obj if it is (or implements) type ``name``, else None."""
    info = _TYPES.get(getattr(type(obj), "type_name", None))
    if info is not None and _derives(info, name):
        return obj
    return None


def object_check(obj, name):
    """A checked cast: raises QOMError when obj is not a ``name``."""
    if object_dynamic_cast(obj, name) is None:
        raise QOMError("Object %s is not an instance of type %s"
                       % (type(obj).type_name, name))
    return obj


# The root type.
type_register(TypeInfo(name="object", parent=None, cls=Object, abstract=True))
type_register(TypeInfo(name="interface", parent=None, cls=Interface, abstract=True))
